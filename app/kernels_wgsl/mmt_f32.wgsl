@group(0) @binding(0) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<vec4<f32>>;

struct PODArgs {
  Kb: i32,
  N: i32,
  S: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> ws : array<vec4<f32>, 512>;
var<workgroup> xs : array<vec4<f32>, 512>;
@compute @workgroup_size(256, 1, 1)
fn mmt_f32_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var jb : array<i32, 1>;
  var k0 : array<i32, 1>;
  var nsteps : array<i32, 1>;
  var row0 : array<i32, 1>;
  var ty : array<i32, 1>;
  var tx : array<i32, 1>;
  var acc : array<vec4<f32>, 4>;
  var wreg : array<vec4<u32>, 2>;
  var wrow : array<i32, 1>;
  var wcol : array<i32, 1>;
  var xreg : array<vec4<f32>, 4>;
  var xa : array<vec4<f32>, 1>;
  var wb : array<vec4<f32>, 1>;
  var wrow_1 : array<i32, 1>;
  var wcol_1 : array<i32, 1>;
  let rmod : i32 = (i32(blockIdx.y) % podArgs.S);
  let rdiv : i32 = (i32(blockIdx.y) / podArgs.S);
  jb[0i] = select((rdiv - 1i), rdiv, (((podArgs.S >= 0i) && (rmod >= 0i)) || ((podArgs.S < 0i) && (rmod <= 0i))));
  let rmod_1 : i32 = (i32(blockIdx.y) % podArgs.S);
  let rmod_2 : i32 = (((podArgs.Kb + podArgs.S) - 1i) % podArgs.S);
  let rdiv_1 : i32 = (((podArgs.Kb + podArgs.S) - 1i) / podArgs.S);
  k0[0i] = (select((rmod_1 + podArgs.S), rmod_1, (((podArgs.S >= 0i) && (rmod_1 >= 0i)) || ((podArgs.S < 0i) && (rmod_1 <= 0i)))) * select((rdiv_1 - 1i), rdiv_1, (((podArgs.S >= 0i) && (rmod_2 >= 0i)) || ((podArgs.S < 0i) && (rmod_2 <= 0i)))));
  let rmod_3 : i32 = (((podArgs.Kb + podArgs.S) - 1i) % podArgs.S);
  let rdiv_2 : i32 = (((podArgs.Kb + podArgs.S) - 1i) / podArgs.S);
  nsteps[0i] = min((podArgs.Kb - k0[0i]), select((rdiv_2 - 1i), rdiv_2, (((podArgs.S >= 0i) && (rmod_3 >= 0i)) || ((podArgs.S < 0i) && (rmod_3 <= 0i)))));
  let rmod_4 : i32 = (i32(blockIdx.y) % podArgs.S);
  row0[0i] = (select((rmod_4 + podArgs.S), rmod_4, (((podArgs.S >= 0i) && (rmod_4 >= 0i)) || ((podArgs.S < 0i) && (rmod_4 <= 0i)))) * podArgs.n);
  ty[0i] = (i32(threadIdx.x)>>4u);
  tx[0i] = (i32(threadIdx.x) & 15i);
  acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  wrow[0i] = ((jb[0i] * 64i) + ((i32(threadIdx.x) & 7i) * 4i));
  wcol[0i] = ((min(k0[0i], (podArgs.Kb - 1i)) * 32i) + (i32(threadIdx.x)>>3u));
  wreg[0i] = vec4<u32>(wq_ptr[(((wrow[0i] * podArgs.Kb) * 32i) + wcol[0i])], wq_ptr[((((wrow[0i] + 1i) * podArgs.Kb) * 32i) + wcol[0i])], wq_ptr[((((wrow[0i] + 2i) * podArgs.Kb) * 32i) + wcol[0i])], wq_ptr[((((wrow[0i] + 3i) * podArgs.Kb) * 32i) + wcol[0i])]);
  wrow[0i] = (((jb[0i] * 64i) + ((i32(threadIdx.x) & 7i) * 4i)) + 32i);
  wcol[0i] = ((min(k0[0i], (podArgs.Kb - 1i)) * 32i) + (i32(threadIdx.x)>>3u));
  wreg[1i] = vec4<u32>(wq_ptr[(((wrow[0i] * podArgs.Kb) * 32i) + wcol[0i])], wq_ptr[((((wrow[0i] + 1i) * podArgs.Kb) * 32i) + wcol[0i])], wq_ptr[((((wrow[0i] + 2i) * podArgs.Kb) * 32i) + wcol[0i])], wq_ptr[((((wrow[0i] + 3i) * podArgs.Kb) * 32i) + wcol[0i])]);
  if (i32(threadIdx.x) < 128i) {
    xreg[0i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    xreg[1i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 1i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    xreg[2i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 2i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    xreg[3i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 3i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
  }
  for (var s : i32 = 0i; s < nsteps[0i]; s++) {
    ws[(((i32(threadIdx.x)>>3u) * 16i) + (i32(threadIdx.x) & 7i))] = bitcast<vec4<f32>>(wreg[0i]);
    ws[((((i32(threadIdx.x)>>3u) * 16i) + (i32(threadIdx.x) & 7i)) + 8i)] = bitcast<vec4<f32>>(wreg[1i]);
    if (i32(threadIdx.x) < 128i) {
      xs[(((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i))] = vec4<f32>(xreg[0i][0], xreg[1i][0], xreg[2i][0], xreg[3i][0]);
      xs[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 16i)] = vec4<f32>(xreg[0i][1], xreg[1i][1], xreg[2i][1], xreg[3i][1]);
      xs[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 32i)] = vec4<f32>(xreg[0i][2], xreg[1i][2], xreg[2i][2], xreg[3i][2]);
      xs[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 48i)] = vec4<f32>(xreg[0i][3], xreg[1i][3], xreg[2i][3], xreg[3i][3]);
    }
    workgroupBarrier();
    wrow_1[0i] = ((jb[0i] * 64i) + ((i32(threadIdx.x) & 7i) * 4i));
    wcol_1[0i] = ((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 32i) + (i32(threadIdx.x)>>3u));
    wreg[0i] = vec4<u32>(wq_ptr[(((wrow_1[0i] * podArgs.Kb) * 32i) + wcol_1[0i])], wq_ptr[((((wrow_1[0i] + 1i) * podArgs.Kb) * 32i) + wcol_1[0i])], wq_ptr[((((wrow_1[0i] + 2i) * podArgs.Kb) * 32i) + wcol_1[0i])], wq_ptr[((((wrow_1[0i] + 3i) * podArgs.Kb) * 32i) + wcol_1[0i])]);
    wrow_1[0i] = (((jb[0i] * 64i) + ((i32(threadIdx.x) & 7i) * 4i)) + 32i);
    wcol_1[0i] = ((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 32i) + (i32(threadIdx.x)>>3u));
    wreg[1i] = vec4<u32>(wq_ptr[(((wrow_1[0i] * podArgs.Kb) * 32i) + wcol_1[0i])], wq_ptr[((((wrow_1[0i] + 1i) * podArgs.Kb) * 32i) + wcol_1[0i])], wq_ptr[((((wrow_1[0i] + 2i) * podArgs.Kb) * 32i) + wcol_1[0i])], wq_ptr[((((wrow_1[0i] + 3i) * podArgs.Kb) * 32i) + wcol_1[0i])]);
    if (i32(threadIdx.x) < 128i) {
      xreg[0i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
      xreg[1i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 1i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
      xreg[2i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 2i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
      xreg[3i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 3i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    }
    for (var ko : i32 = 0i; ko < 2i; ko++) {
      xa[0i] = xs[((ko * 256i) + ty[0i])];
      wb[0i] = ws[((ko * 256i) + tx[0i])];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 16i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 16i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 32i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 32i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 48i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 48i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 64i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 64i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 80i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 80i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 96i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 96i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 112i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 112i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 128i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 128i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 144i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 144i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 160i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 160i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 176i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 176i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 192i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 192i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 208i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 208i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 224i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 224i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
      xa[0i] = xs[(((ko * 256i) + ty[0i]) + 240i)];
      wb[0i] = ws[(((ko * 256i) + tx[0i]) + 240i)];
      acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
      acc[1i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[1i]);
      acc[2i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[2i]);
      acc[3i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[3i]);
    }
    workgroupBarrier();
  }
  if (((v__1 * 64i) + (ty[0i] * 4i)) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + ((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) * (podArgs.N>>2u))) + tx[0i])] = acc[0i];
  }
  if ((((v__1 * 64i) + (ty[0i] * 4i)) + 1i) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 1i) * (podArgs.N>>2u))) + tx[0i])] = acc[1i];
  }
  if ((((v__1 * 64i) + (ty[0i] * 4i)) + 2i) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 2i) * (podArgs.N>>2u))) + tx[0i])] = acc[2i];
  }
  if ((((v__1 * 64i) + (ty[0i] * 4i)) + 3i) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 3i) * (podArgs.N>>2u))) + tx[0i])] = acc[3i];
  }
}
