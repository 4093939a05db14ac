@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> w_ptr : array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> wscale_ptr : array<f32>;
@group(0) @binding(4) var<storage, read> x_ptr : array<vec4<f32>>;

struct PODArgs {
  Kb: i32,
  N: i32,
  Nb: i32,
  eps: f32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 64>;
var<workgroup> red8 : array<f32, 8>;
var<workgroup> red4 : array<vec4<f32>, 64>;
var<workgroup> red48 : array<vec4<f32>, 8>;
@compute @workgroup_size(64, 1, 1)
fn gemv4_norm_q4_0_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var st : array<f32, 2>;
  var xv : array<vec4<f32>, 8>;
  var acc : array<f32, 4>;
  var wv : array<vec4<u32>, 4>;
  var part : array<vec4<f32>, 1>;
  var tmp : array<vec4<f32>, 1>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    st[0i] = 0.000000e+00f;
    for (var b : i32 = 0i; b < ((podArgs.Kb + 63i)>>6u); b++) {
      xv[0i] = x_ptr[(((i * podArgs.Kb) * 8i) + min(((b * 512i) + i32(threadIdx.x)), ((podArgs.Kb * 8i) - 1i)))];
      xv[1i] = x_ptr[(((i * podArgs.Kb) * 8i) + min((((b * 512i) + i32(threadIdx.x)) + 64i), ((podArgs.Kb * 8i) - 1i)))];
      xv[2i] = x_ptr[(((i * podArgs.Kb) * 8i) + min((((b * 512i) + i32(threadIdx.x)) + 128i), ((podArgs.Kb * 8i) - 1i)))];
      xv[3i] = x_ptr[(((i * podArgs.Kb) * 8i) + min((((b * 512i) + i32(threadIdx.x)) + 192i), ((podArgs.Kb * 8i) - 1i)))];
      xv[4i] = x_ptr[(((i * podArgs.Kb) * 8i) + min((((b * 512i) + i32(threadIdx.x)) + 256i), ((podArgs.Kb * 8i) - 1i)))];
      xv[5i] = x_ptr[(((i * podArgs.Kb) * 8i) + min((((b * 512i) + i32(threadIdx.x)) + 320i), ((podArgs.Kb * 8i) - 1i)))];
      xv[6i] = x_ptr[(((i * podArgs.Kb) * 8i) + min((((b * 512i) + i32(threadIdx.x)) + 384i), ((podArgs.Kb * 8i) - 1i)))];
      xv[7i] = x_ptr[(((i * podArgs.Kb) * 8i) + min((((b * 512i) + i32(threadIdx.x)) + 448i), ((podArgs.Kb * 8i) - 1i)))];
      st[0i] = fma((((((xv[0i] * xv[0i]))[0] + ((xv[0i] * xv[0i]))[1]) + ((xv[0i] * xv[0i]))[2]) + ((xv[0i] * xv[0i]))[3]), f32((((b * 512i) + i32(threadIdx.x)) < (podArgs.Kb * 8i))), st[0i]);
      st[0i] = fma((((((xv[1i] * xv[1i]))[0] + ((xv[1i] * xv[1i]))[1]) + ((xv[1i] * xv[1i]))[2]) + ((xv[1i] * xv[1i]))[3]), f32(((((b * 512i) + i32(threadIdx.x)) + 64i) < (podArgs.Kb * 8i))), st[0i]);
      st[0i] = fma((((((xv[2i] * xv[2i]))[0] + ((xv[2i] * xv[2i]))[1]) + ((xv[2i] * xv[2i]))[2]) + ((xv[2i] * xv[2i]))[3]), f32(((((b * 512i) + i32(threadIdx.x)) + 128i) < (podArgs.Kb * 8i))), st[0i]);
      st[0i] = fma((((((xv[3i] * xv[3i]))[0] + ((xv[3i] * xv[3i]))[1]) + ((xv[3i] * xv[3i]))[2]) + ((xv[3i] * xv[3i]))[3]), f32(((((b * 512i) + i32(threadIdx.x)) + 192i) < (podArgs.Kb * 8i))), st[0i]);
      st[0i] = fma((((((xv[4i] * xv[4i]))[0] + ((xv[4i] * xv[4i]))[1]) + ((xv[4i] * xv[4i]))[2]) + ((xv[4i] * xv[4i]))[3]), f32(((((b * 512i) + i32(threadIdx.x)) + 256i) < (podArgs.Kb * 8i))), st[0i]);
      st[0i] = fma((((((xv[5i] * xv[5i]))[0] + ((xv[5i] * xv[5i]))[1]) + ((xv[5i] * xv[5i]))[2]) + ((xv[5i] * xv[5i]))[3]), f32(((((b * 512i) + i32(threadIdx.x)) + 320i) < (podArgs.Kb * 8i))), st[0i]);
      st[0i] = fma((((((xv[6i] * xv[6i]))[0] + ((xv[6i] * xv[6i]))[1]) + ((xv[6i] * xv[6i]))[2]) + ((xv[6i] * xv[6i]))[3]), f32(((((b * 512i) + i32(threadIdx.x)) + 384i) < (podArgs.Kb * 8i))), st[0i]);
      st[0i] = fma((((((xv[7i] * xv[7i]))[0] + ((xv[7i] * xv[7i]))[1]) + ((xv[7i] * xv[7i]))[2]) + ((xv[7i] * xv[7i]))[3]), f32(((((b * 512i) + i32(threadIdx.x)) + 448i) < (podArgs.Kb * 8i))), st[0i]);
    }
    red[i32(threadIdx.x)] = st[0i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 8i) {
      st[0i] = 0.000000e+00f;
      st[0i] = (st[0i] + red[(i32(threadIdx.x) * 8i)]);
      st[0i] = (st[0i] + red[((i32(threadIdx.x) * 8i) + 1i)]);
      st[0i] = (st[0i] + red[((i32(threadIdx.x) * 8i) + 2i)]);
      st[0i] = (st[0i] + red[((i32(threadIdx.x) * 8i) + 3i)]);
      st[0i] = (st[0i] + red[((i32(threadIdx.x) * 8i) + 4i)]);
      st[0i] = (st[0i] + red[((i32(threadIdx.x) * 8i) + 5i)]);
      st[0i] = (st[0i] + red[((i32(threadIdx.x) * 8i) + 6i)]);
      st[0i] = (st[0i] + red[((i32(threadIdx.x) * 8i) + 7i)]);
      red8[i32(threadIdx.x)] = st[0i];
    }
    workgroupBarrier();
    st[0i] = 0.000000e+00f;
    st[0i] = (st[0i] + red8[0i]);
    st[0i] = (st[0i] + red8[1i]);
    st[0i] = (st[0i] + red8[2i]);
    st[0i] = (st[0i] + red8[3i]);
    st[0i] = (st[0i] + red8[4i]);
    st[0i] = (st[0i] + red8[5i]);
    st[0i] = (st[0i] + red8[6i]);
    st[0i] = (st[0i] + red8[7i]);
    st[0i] = (1.000000e+00f / sqrt(((st[0i] / f32((podArgs.Kb * 32i))) + podArgs.eps)));
    workgroupBarrier();
    acc[0i] = 0.000000e+00f;
    acc[1i] = 0.000000e+00f;
    acc[2i] = 0.000000e+00f;
    acc[3i] = 0.000000e+00f;
    for (var b_1 : i32 = 0i; b_1 < (((podArgs.Kb + 63i) - i32(threadIdx.x))>>6u); b_1++) {
      xv[0i] = ((x_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i))] * w_ptr[((b_1 * 512i) + (i32(threadIdx.x) * 8i))]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      xv[1i] = ((x_ptr[((((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i)) + 1i)] * w_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + 1i)]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      xv[2i] = ((x_ptr[((((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i)) + 2i)] * w_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + 2i)]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      xv[3i] = ((x_ptr[((((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i)) + 3i)] * w_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + 3i)]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      xv[4i] = ((x_ptr[((((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i)) + 4i)] * w_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + 4i)]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      xv[5i] = ((x_ptr[((((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i)) + 5i)] * w_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + 5i)]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      xv[6i] = ((x_ptr[((((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i)) + 6i)] * w_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + 6i)]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      xv[7i] = ((x_ptr[((((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i * podArgs.Kb) * 8i)) + 7i)] * w_ptr[(((b_1 * 512i) + (i32(threadIdx.x) * 8i)) + 7i)]) * vec4<f32>(st[0i], st[0i], st[0i], st[0i]));
      wv[0i] = wq_ptr[(((b_1 * 64i) + ((v__1 * podArgs.Kb) * 4i)) + i32(threadIdx.x))];
      part[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[0], (wv[0i])[0], (wv[0i])[0], (wv[0i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[4i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[0], (wv[0i])[0], (wv[0i])[0], (wv[0i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[0i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[1], (wv[0i])[1], (wv[0i])[1], (wv[0i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[5i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[1], (wv[0i])[1], (wv[0i])[1], (wv[0i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[1i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[2], (wv[0i])[2], (wv[0i])[2], (wv[0i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[6i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[2], (wv[0i])[2], (wv[0i])[2], (wv[0i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[2i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[3], (wv[0i])[3], (wv[0i])[3], (wv[0i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[7i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[3], (wv[0i])[3], (wv[0i])[3], (wv[0i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[3i], part[0i]));
      acc[0i] = fma(wscale_ptr[(((b_1 * 64i) + ((v__1 * podArgs.Kb) * 4i)) + i32(threadIdx.x))], ((((part[0i])[0] + (part[0i])[1]) + (part[0i])[2]) + (part[0i])[3]), acc[0i]);
      wv[1i] = wq_ptr[(((b_1 * 64i) + (((v__1 * 4i) + 1i) * podArgs.Kb)) + i32(threadIdx.x))];
      part[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[0], (wv[1i])[0], (wv[1i])[0], (wv[1i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[4i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[0], (wv[1i])[0], (wv[1i])[0], (wv[1i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[0i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[1], (wv[1i])[1], (wv[1i])[1], (wv[1i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[5i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[1], (wv[1i])[1], (wv[1i])[1], (wv[1i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[1i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[2], (wv[1i])[2], (wv[1i])[2], (wv[1i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[6i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[2], (wv[1i])[2], (wv[1i])[2], (wv[1i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[2i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[3], (wv[1i])[3], (wv[1i])[3], (wv[1i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[7i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[3], (wv[1i])[3], (wv[1i])[3], (wv[1i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[3i], part[0i]));
      acc[1i] = fma(wscale_ptr[(((b_1 * 64i) + (((v__1 * 4i) + 1i) * podArgs.Kb)) + i32(threadIdx.x))], ((((part[0i])[0] + (part[0i])[1]) + (part[0i])[2]) + (part[0i])[3]), acc[1i]);
      wv[2i] = wq_ptr[(((b_1 * 64i) + (((v__1 * 4i) + 2i) * podArgs.Kb)) + i32(threadIdx.x))];
      part[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[0], (wv[2i])[0], (wv[2i])[0], (wv[2i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[4i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[0], (wv[2i])[0], (wv[2i])[0], (wv[2i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[0i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[1], (wv[2i])[1], (wv[2i])[1], (wv[2i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[5i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[1], (wv[2i])[1], (wv[2i])[1], (wv[2i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[1i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[2], (wv[2i])[2], (wv[2i])[2], (wv[2i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[6i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[2], (wv[2i])[2], (wv[2i])[2], (wv[2i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[2i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[3], (wv[2i])[3], (wv[2i])[3], (wv[2i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[7i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[3], (wv[2i])[3], (wv[2i])[3], (wv[2i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[3i], part[0i]));
      acc[2i] = fma(wscale_ptr[(((b_1 * 64i) + (((v__1 * 4i) + 2i) * podArgs.Kb)) + i32(threadIdx.x))], ((((part[0i])[0] + (part[0i])[1]) + (part[0i])[2]) + (part[0i])[3]), acc[2i]);
      wv[3i] = wq_ptr[(((b_1 * 64i) + (((v__1 * 4i) + 3i) * podArgs.Kb)) + i32(threadIdx.x))];
      part[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[0], (wv[3i])[0], (wv[3i])[0], (wv[3i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[4i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[0], (wv[3i])[0], (wv[3i])[0], (wv[3i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[0i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[1], (wv[3i])[1], (wv[3i])[1], (wv[3i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[5i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[1], (wv[3i])[1], (wv[3i])[1], (wv[3i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[1i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[2], (wv[3i])[2], (wv[3i])[2], (wv[3i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[6i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[2], (wv[3i])[2], (wv[3i])[2], (wv[3i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[2i], part[0i]));
      part[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[3], (wv[3i])[3], (wv[3i])[3], (wv[3i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[7i], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[3], (wv[3i])[3], (wv[3i])[3], (wv[3i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), xv[3i], part[0i]));
      acc[3i] = fma(wscale_ptr[(((b_1 * 64i) + (((v__1 * 4i) + 3i) * podArgs.Kb)) + i32(threadIdx.x))], ((((part[0i])[0] + (part[0i])[1]) + (part[0i])[2]) + (part[0i])[3]), acc[3i]);
    }
    red4[i32(threadIdx.x)] = vec4<f32>(acc[0i], acc[1i], acc[2i], acc[3i]);
    workgroupBarrier();
    if (i32(threadIdx.x) < 8i) {
      tmp[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      tmp[0i] = (tmp[0i] + red4[(i32(threadIdx.x) * 8i)]);
      tmp[0i] = (tmp[0i] + red4[((i32(threadIdx.x) * 8i) + 1i)]);
      tmp[0i] = (tmp[0i] + red4[((i32(threadIdx.x) * 8i) + 2i)]);
      tmp[0i] = (tmp[0i] + red4[((i32(threadIdx.x) * 8i) + 3i)]);
      tmp[0i] = (tmp[0i] + red4[((i32(threadIdx.x) * 8i) + 4i)]);
      tmp[0i] = (tmp[0i] + red4[((i32(threadIdx.x) * 8i) + 5i)]);
      tmp[0i] = (tmp[0i] + red4[((i32(threadIdx.x) * 8i) + 6i)]);
      tmp[0i] = (tmp[0i] + red4[((i32(threadIdx.x) * 8i) + 7i)]);
      red48[i32(threadIdx.x)] = tmp[0i];
    }
    workgroupBarrier();
    tmp[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    tmp[0i] = (tmp[0i] + red48[0i]);
    tmp[0i] = (tmp[0i] + red48[1i]);
    tmp[0i] = (tmp[0i] + red48[2i]);
    tmp[0i] = (tmp[0i] + red48[3i]);
    tmp[0i] = (tmp[0i] + red48[4i]);
    tmp[0i] = (tmp[0i] + red48[5i]);
    tmp[0i] = (tmp[0i] + red48[6i]);
    tmp[0i] = (tmp[0i] + red48[7i]);
    var condval : f32;
    if (((i32(threadIdx.x) % 4i) == 0i)) {
      condval = (tmp[0i])[0];
} else {
      var condval_1 : f32;
      if (((i32(threadIdx.x) & 3i) == 1i)) {
        condval_1 = (tmp[0i])[1];
} else {
        var condval_2 : f32;
        if (((i32(threadIdx.x) & 3i) == 2i)) {
          condval_2 = (tmp[0i])[2];
} else {
          condval_2 = (tmp[0i])[3];
}
        condval_1 = condval_2;
}
      condval = condval_1;
}
    st[1i] = condval;
    if (i32(threadIdx.x) < 4i) {
      out_ptr[(((v__1 * 4i) + (i * podArgs.N)) + i32(threadIdx.x))] = st[1i];
    }
    workgroupBarrier();
  }
}
