@group(0) @binding(0) var<storage, read> cos_ptr : array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> k_cache_ptr : array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> out_ptr : array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> sin_ptr : array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> v_cache_ptr : array<vec4<f32>>;
@group(0) @binding(5) var<storage, read> w_ptr : array<vec4<f32>>;
@group(0) @binding(6) var<storage, read> wq_ptr : array<vec4<u32>>;
@group(0) @binding(7) var<storage, read> wscale_ptr : array<f32>;
@group(0) @binding(8) var<storage, read> x_ptr : array<vec4<f32>>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  Kb: i32,
  L: i32,
  eps: f32,
  half4: i32,
  hd4: i32,
  scale: f32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(9) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 256>;
var<workgroup> red16 : array<f32, 16>;
var<workgroup> sums : array<vec4<f32>, 256>;
var<workgroup> proj : array<f32, 1024>;
var<workgroup> qs : array<vec4<f32>, 64>;
var<workgroup> ks : array<vec4<f32>, 64>;
var<workgroup> vs : array<vec4<f32>, 64>;
@compute @workgroup_size(256, 1, 1)
fn attn_decode_qkv_q4_0_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var s : array<i32, 1>;
  var span : array<i32, 1>;
  var kvh : array<i32, 1>;
  var st : array<f32, 3>;
  var acc : array<vec4<f32>, 1>;
  var wv : array<vec4<u32>, 6>;
  var ws : array<f32, 6>;
  var dot : array<vec4<f32>, 4>;
  var row : array<i32, 1>;
  var lo : array<i32, 1>;
  var e : array<i32, 1>;
  var lanes : array<i32, 1>;
  var lane : array<i32, 1>;
  var dg : array<i32, 1>;
  var G : array<i32, 1>;
  var npos : array<i32, 1>;
  var gk : array<i32, 1>;
  var pk : array<i32, 1>;
  var j0 : array<i32, 1>;
  var cnt : array<i32, 1>;
  s[0i] = 0i;
  span[0i] = podArgs.window;
    let rmod : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv : i32 = (podArgs.H / podArgs.Hkv);
let rmod_1 : i32 = (v__1 % select((rdiv - 1i), rdiv, (((podArgs.Hkv >= 0i) && (rmod >= 0i)) || ((podArgs.Hkv < 0i) && (rmod <= 0i)))));
    let rmod_2 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_1 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_2 : i32 = (v__1 / select((rdiv_1 - 1i), rdiv_1, (((podArgs.Hkv >= 0i) && (rmod_2 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_2 <= 0i)))));
  let rmod_3 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_3 : i32 = (podArgs.H / podArgs.Hkv);
  let rmod_4 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_4 : i32 = (podArgs.H / podArgs.Hkv);
  kvh[0i] = select((rdiv_2 - 1i), rdiv_2, (((select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_3 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_3 <= 0i)))) >= 0i) && (rmod_1 >= 0i)) || ((select((rdiv_4 - 1i), rdiv_4, (((podArgs.Hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_4 <= 0i)))) < 0i) && (rmod_1 <= 0i))));
  st[1i] = 0.000000e+00f;
  for (var b : i32 = 0i; b < ((podArgs.Kb + 31i)>>5u); b++) {
    acc[0i] = x_ptr[min(((b * 256i) + i32(threadIdx.x)), ((podArgs.Kb * 8i) - 1i))];
    st[1i] = fma((((((acc[0i] * acc[0i]))[0] + ((acc[0i] * acc[0i]))[1]) + ((acc[0i] * acc[0i]))[2]) + ((acc[0i] * acc[0i]))[3]), f32((((b * 256i) + i32(threadIdx.x)) < (podArgs.Kb * 8i))), st[1i]);
  }
  red[i32(threadIdx.x)] = st[1i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    st[2i] = 0.000000e+00f;
    st[2i] = (st[2i] + red[(i32(threadIdx.x) * 16i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 1i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 2i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 3i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 4i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 5i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 6i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 7i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 8i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 9i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 10i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 11i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 12i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 13i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 14i)]);
    st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 15i)]);
    red16[i32(threadIdx.x)] = st[2i];
  }
  workgroupBarrier();
  st[2i] = 0.000000e+00f;
  st[2i] = (st[2i] + red16[0i]);
  st[2i] = (st[2i] + red16[1i]);
  st[2i] = (st[2i] + red16[2i]);
  st[2i] = (st[2i] + red16[3i]);
  st[2i] = (st[2i] + red16[4i]);
  st[2i] = (st[2i] + red16[5i]);
  st[2i] = (st[2i] + red16[6i]);
  st[2i] = (st[2i] + red16[7i]);
  st[2i] = (st[2i] + red16[8i]);
  st[2i] = (st[2i] + red16[9i]);
  st[2i] = (st[2i] + red16[10i]);
  st[2i] = (st[2i] + red16[11i]);
  st[2i] = (st[2i] + red16[12i]);
  st[2i] = (st[2i] + red16[13i]);
  st[2i] = (st[2i] + red16[14i]);
  st[2i] = (st[2i] + red16[15i]);
  st[2i] = (1.000000e+00f / sqrt(((st[2i] / f32((podArgs.Kb * 32i))) + podArgs.eps)));
  for (var b_1 : i32 = 0i; b_1 < ((podArgs.Kb + 31i)>>5u); b_1++) {
    if (((b_1 * 256i) + i32(threadIdx.x)) < (podArgs.Kb * 8i)) {
      sums[((b_1 * 256i) + i32(threadIdx.x))] = ((x_ptr[((b_1 * 256i) + i32(threadIdx.x))] * w_ptr[((b_1 * 256i) + i32(threadIdx.x))]) * vec4<f32>(st[2i], st[2i], st[2i], st[2i]));
    }
  }
  workgroupBarrier();
  for (var k : i32 = 0i; k < (((podArgs.hd4 * 3i) + 63i)>>6u); k++) {
    if (((k * 256i) + i32(threadIdx.x)) < (podArgs.hd4 * 12i)) {
      var condval : i32;
      if ((((k * 256i) + i32(threadIdx.x)) < (podArgs.hd4 * 8i))) {
        condval = ((((k * 256i) + (((podArgs.H + kvh[0i]) * podArgs.hd4) * 4i)) + i32(threadIdx.x)) - (podArgs.hd4 * 4i));
} else {
        condval = ((((k * 256i) + ((((podArgs.H + podArgs.Hkv) + kvh[0i]) * podArgs.hd4) * 4i)) + i32(threadIdx.x)) - (podArgs.hd4 * 8i));
}
      row[0i] = select(condval, (((k * 256i) + ((v__1 * podArgs.hd4) * 4i)) + i32(threadIdx.x)), (((k * 256i) + i32(threadIdx.x)) < (podArgs.hd4 * 4i)));
      st[0i] = 0.000000e+00f;
      for (var bo : i32 = 0i; bo < (((podArgs.Kb + 5i) / 6i) + (((podArgs.Kb + 5i) % 6i)>>31u)); bo++) {
        wv[0i] = wq_ptr[(min((bo * 6i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))];
        ws[0i] = (wscale_ptr[(min((bo * 6i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))] * f32(((bo * 6i) < podArgs.Kb)));
        wv[1i] = wq_ptr[(min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))];
        ws[1i] = (wscale_ptr[(min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))] * f32((((bo * 6i) + 1i) < podArgs.Kb)));
        wv[2i] = wq_ptr[(min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))];
        ws[2i] = (wscale_ptr[(min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))] * f32((((bo * 6i) + 2i) < podArgs.Kb)));
        wv[3i] = wq_ptr[(min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))];
        ws[3i] = (wscale_ptr[(min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))] * f32((((bo * 6i) + 3i) < podArgs.Kb)));
        wv[4i] = wq_ptr[(min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))];
        ws[4i] = (wscale_ptr[(min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))] * f32((((bo * 6i) + 4i) < podArgs.Kb)));
        wv[5i] = wq_ptr[(min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))];
        ws[5i] = (wscale_ptr[(min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) + (row[0i] * podArgs.Kb))] * f32((((bo * 6i) + 5i) < podArgs.Kb)));
        dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[0], (wv[0i])[0], (wv[0i])[0], (wv[0i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min((bo * 6i), (podArgs.Kb - 1i)) * 8i) + 4i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[0], (wv[0i])[0], (wv[0i])[0], (wv[0i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[(min((bo * 6i), (podArgs.Kb - 1i)) * 8i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[1], (wv[0i])[1], (wv[0i])[1], (wv[0i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min((bo * 6i), (podArgs.Kb - 1i)) * 8i) + 5i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[1], (wv[0i])[1], (wv[0i])[1], (wv[0i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min((bo * 6i), (podArgs.Kb - 1i)) * 8i) + 1i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[2], (wv[0i])[2], (wv[0i])[2], (wv[0i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min((bo * 6i), (podArgs.Kb - 1i)) * 8i) + 6i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[2], (wv[0i])[2], (wv[0i])[2], (wv[0i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min((bo * 6i), (podArgs.Kb - 1i)) * 8i) + 2i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[3], (wv[0i])[3], (wv[0i])[3], (wv[0i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min((bo * 6i), (podArgs.Kb - 1i)) * 8i) + 7i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[0i])[3], (wv[0i])[3], (wv[0i])[3], (wv[0i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min((bo * 6i), (podArgs.Kb - 1i)) * 8i) + 3i)], dot[0i]));
        st[0i] = fma(ws[0i], ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), st[0i]);
        dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[0], (wv[1i])[0], (wv[1i])[0], (wv[1i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i) + 4i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[0], (wv[1i])[0], (wv[1i])[0], (wv[1i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[(min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[1], (wv[1i])[1], (wv[1i])[1], (wv[1i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i) + 5i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[1], (wv[1i])[1], (wv[1i])[1], (wv[1i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i) + 1i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[2], (wv[1i])[2], (wv[1i])[2], (wv[1i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i) + 6i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[2], (wv[1i])[2], (wv[1i])[2], (wv[1i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i) + 2i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[3], (wv[1i])[3], (wv[1i])[3], (wv[1i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i) + 7i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[1i])[3], (wv[1i])[3], (wv[1i])[3], (wv[1i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 1i), (podArgs.Kb - 1i)) * 8i) + 3i)], dot[0i]));
        st[0i] = fma(ws[1i], ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), st[0i]);
        dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[0], (wv[2i])[0], (wv[2i])[0], (wv[2i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i) + 4i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[0], (wv[2i])[0], (wv[2i])[0], (wv[2i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[(min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[1], (wv[2i])[1], (wv[2i])[1], (wv[2i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i) + 5i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[1], (wv[2i])[1], (wv[2i])[1], (wv[2i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i) + 1i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[2], (wv[2i])[2], (wv[2i])[2], (wv[2i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i) + 6i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[2], (wv[2i])[2], (wv[2i])[2], (wv[2i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i) + 2i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[3], (wv[2i])[3], (wv[2i])[3], (wv[2i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i) + 7i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[2i])[3], (wv[2i])[3], (wv[2i])[3], (wv[2i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 2i), (podArgs.Kb - 1i)) * 8i) + 3i)], dot[0i]));
        st[0i] = fma(ws[2i], ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), st[0i]);
        dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[0], (wv[3i])[0], (wv[3i])[0], (wv[3i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i) + 4i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[0], (wv[3i])[0], (wv[3i])[0], (wv[3i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[(min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[1], (wv[3i])[1], (wv[3i])[1], (wv[3i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i) + 5i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[1], (wv[3i])[1], (wv[3i])[1], (wv[3i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i) + 1i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[2], (wv[3i])[2], (wv[3i])[2], (wv[3i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i) + 6i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[2], (wv[3i])[2], (wv[3i])[2], (wv[3i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i) + 2i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[3], (wv[3i])[3], (wv[3i])[3], (wv[3i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i) + 7i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[3i])[3], (wv[3i])[3], (wv[3i])[3], (wv[3i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 3i), (podArgs.Kb - 1i)) * 8i) + 3i)], dot[0i]));
        st[0i] = fma(ws[3i], ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), st[0i]);
        dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[0], (wv[4i])[0], (wv[4i])[0], (wv[4i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i) + 4i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[0], (wv[4i])[0], (wv[4i])[0], (wv[4i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[(min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[1], (wv[4i])[1], (wv[4i])[1], (wv[4i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i) + 5i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[1], (wv[4i])[1], (wv[4i])[1], (wv[4i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i) + 1i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[2], (wv[4i])[2], (wv[4i])[2], (wv[4i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i) + 6i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[2], (wv[4i])[2], (wv[4i])[2], (wv[4i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i) + 2i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[3], (wv[4i])[3], (wv[4i])[3], (wv[4i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i) + 7i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[4i])[3], (wv[4i])[3], (wv[4i])[3], (wv[4i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 4i), (podArgs.Kb - 1i)) * 8i) + 3i)], dot[0i]));
        st[0i] = fma(ws[4i], ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), st[0i]);
        dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[0], (wv[5i])[0], (wv[5i])[0], (wv[5i])[0])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i) + 4i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[0], (wv[5i])[0], (wv[5i])[0], (wv[5i])[0])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[(min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[1], (wv[5i])[1], (wv[5i])[1], (wv[5i])[1])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i) + 5i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[1], (wv[5i])[1], (wv[5i])[1], (wv[5i])[1])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i) + 1i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[2], (wv[5i])[2], (wv[5i])[2], (wv[5i])[2])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i) + 6i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[2], (wv[5i])[2], (wv[5i])[2], (wv[5i])[2])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i) + 2i)], dot[0i]));
        dot[0i] = fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[3], (wv[5i])[3], (wv[5i])[3], (wv[5i])[3])>>vec4<u32>((4u)+(8u*0), (4u)+(8u*1), (4u)+(8u*2), (4u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i) + 7i)], fma((bitcast<vec4<f32>>((((vec4<u32>((wv[5i])[3], (wv[5i])[3], (wv[5i])[3], (wv[5i])[3])>>vec4<u32>((0u)+(8u*0), (0u)+(8u*1), (0u)+(8u*2), (0u)+(8u*3))) & vec4<u32>(15u, 15u, 15u, 15u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388616e+06f, 8.388616e+06f, 8.388616e+06f, 8.388616e+06f)), sums[((min(((bo * 6i) + 5i), (podArgs.Kb - 1i)) * 8i) + 3i)], dot[0i]));
        st[0i] = fma(ws[5i], ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), st[0i]);
      }
      proj[((k * 256i) + i32(threadIdx.x))] = st[0i];
    }
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < podArgs.hd4) {
    let rmod_5 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_6 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_7 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_8 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_9 : i32 = (i32(threadIdx.x) % podArgs.half4);
    let rmod_10 : i32 = (i32(threadIdx.x) % podArgs.half4);
    qs[i32(threadIdx.x)] = fma((vec4<f32>(select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4))) * vec4<f32>(proj[(select((rmod_5 + podArgs.hd4), rmod_5, (((podArgs.hd4 >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_5 <= 0i)))) * 4i)], proj[((select((rmod_6 + podArgs.hd4), rmod_6, (((podArgs.hd4 >= 0i) && (rmod_6 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_6 <= 0i)))) * 4i) + 1i)], proj[((select((rmod_7 + podArgs.hd4), rmod_7, (((podArgs.hd4 >= 0i) && (rmod_7 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_7 <= 0i)))) * 4i) + 2i)], proj[((select((rmod_8 + podArgs.hd4), rmod_8, (((podArgs.hd4 >= 0i) && (rmod_8 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_8 <= 0i)))) * 4i) + 3i)])), sin_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_9 + podArgs.half4), rmod_9, (((podArgs.half4 >= 0i) && (rmod_9 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_9 <= 0i)))))], (vec4<f32>(proj[(i32(threadIdx.x) * 4i)], proj[((i32(threadIdx.x) * 4i) + 1i)], proj[((i32(threadIdx.x) * 4i) + 2i)], proj[((i32(threadIdx.x) * 4i) + 3i)]) * cos_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_10 + podArgs.half4), rmod_10, (((podArgs.half4 >= 0i) && (rmod_10 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_10 <= 0i)))))]));
    let rmod_11 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_12 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_13 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_14 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_15 : i32 = (i32(threadIdx.x) % podArgs.half4);
    let rmod_16 : i32 = (i32(threadIdx.x) % podArgs.half4);
    ks[i32(threadIdx.x)] = fma((vec4<f32>(select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4))) * vec4<f32>(proj[((podArgs.hd4 * 4i) + (select((rmod_11 + podArgs.hd4), rmod_11, (((podArgs.hd4 >= 0i) && (rmod_11 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_11 <= 0i)))) * 4i))], proj[(((podArgs.hd4 * 4i) + (select((rmod_12 + podArgs.hd4), rmod_12, (((podArgs.hd4 >= 0i) && (rmod_12 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_12 <= 0i)))) * 4i)) + 1i)], proj[(((podArgs.hd4 * 4i) + (select((rmod_13 + podArgs.hd4), rmod_13, (((podArgs.hd4 >= 0i) && (rmod_13 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_13 <= 0i)))) * 4i)) + 2i)], proj[(((podArgs.hd4 * 4i) + (select((rmod_14 + podArgs.hd4), rmod_14, (((podArgs.hd4 >= 0i) && (rmod_14 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_14 <= 0i)))) * 4i)) + 3i)])), sin_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_15 + podArgs.half4), rmod_15, (((podArgs.half4 >= 0i) && (rmod_15 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_15 <= 0i)))))], (vec4<f32>(proj[((i32(threadIdx.x) * 4i) + (podArgs.hd4 * 4i))], proj[(((i32(threadIdx.x) * 4i) + (podArgs.hd4 * 4i)) + 1i)], proj[(((i32(threadIdx.x) * 4i) + (podArgs.hd4 * 4i)) + 2i)], proj[(((i32(threadIdx.x) * 4i) + (podArgs.hd4 * 4i)) + 3i)]) * cos_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_16 + podArgs.half4), rmod_16, (((podArgs.half4 >= 0i) && (rmod_16 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_16 <= 0i)))))]));
    vs[i32(threadIdx.x)] = vec4<f32>(proj[((podArgs.hd4 * 8i) + (i32(threadIdx.x) * 4i))], proj[(((podArgs.hd4 * 8i) + (i32(threadIdx.x) * 4i)) + 1i)], proj[(((podArgs.hd4 * 8i) + (i32(threadIdx.x) * 4i)) + 2i)], proj[(((podArgs.hd4 * 8i) + (i32(threadIdx.x) * 4i)) + 3i)]);
    let rmod_17 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_5 : i32 = (podArgs.H / podArgs.Hkv);
    if ((v__1 % select((rdiv_5 - 1i), rdiv_5, (((podArgs.Hkv >= 0i) && (rmod_17 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_17 <= 0i))))) == 0i) {
      k_cache_ptr[(i32(threadIdx.x) + ((((kvh[0i] * podArgs.C) + podArgs.L) - 1i) * podArgs.hd4))] = ks[i32(threadIdx.x)];
      v_cache_ptr[(i32(threadIdx.x) + ((((kvh[0i] * podArgs.C) + podArgs.L) - 1i) * podArgs.hd4))] = vs[i32(threadIdx.x)];
    }
  }
  workgroupBarrier();
  st[0i] = -3.402823e+38f;
  st[1i] = 0.000000e+00f;
  acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  lo[0i] = max((podArgs.L - podArgs.window), 0i);
  lo[0i] = (lo[0i] + (s[0i] * span[0i]));
  e[0i] = min((lo[0i] + span[0i]), (podArgs.L - 1i));
  let rmod_18 : i32 = (256i % podArgs.hd4);
  let rdiv_6 : i32 = (256i / podArgs.hd4);
  lanes[0i] = select((rdiv_6 - 1i), rdiv_6, (((podArgs.hd4 >= 0i) && (rmod_18 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_18 <= 0i))));
  let rmod_19 : i32 = (i32(threadIdx.x) % podArgs.hd4);
  let rdiv_7 : i32 = (i32(threadIdx.x) / podArgs.hd4);
  lane[0i] = select((rdiv_7 - 1i), rdiv_7, (((podArgs.hd4 >= 0i) && (rmod_19 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_19 <= 0i))));
  let rmod_20 : i32 = (i32(threadIdx.x) % podArgs.hd4);
  dg[0i] = select((rmod_20 + podArgs.hd4), rmod_20, (((podArgs.hd4 >= 0i) && (rmod_20 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_20 <= 0i))));
  G[0i] = (podArgs.hd4>>2u);
  let rmod_21 : i32 = (256i % G[0i]);
  let rdiv_8 : i32 = (256i / G[0i]);
  npos[0i] = select((rdiv_8 - 1i), rdiv_8, (((G[0i] >= 0i) && (rmod_21 >= 0i)) || ((G[0i] < 0i) && (rmod_21 <= 0i))));
  let rmod_22 : i32 = (i32(threadIdx.x) % G[0i]);
  gk[0i] = select((rmod_22 + G[0i]), rmod_22, (((G[0i] >= 0i) && (rmod_22 >= 0i)) || ((G[0i] < 0i) && (rmod_22 <= 0i))));
  let rmod_23 : i32 = (i32(threadIdx.x) % G[0i]);
  let rdiv_9 : i32 = (i32(threadIdx.x) / G[0i]);
  pk[0i] = min(select((rdiv_9 - 1i), rdiv_9, (((G[0i] >= 0i) && (rmod_23 >= 0i)) || ((G[0i] < 0i) && (rmod_23 <= 0i)))), (npos[0i] - 1i));
  for (var ch : i32 = 0i; ch < (((e[0i] + 1023i) - lo[0i])>>10u); ch++) {
    j0[0i] = ((ch * 1024i) + lo[0i]);
    cnt[0i] = min(1024i, (e[0i] - j0[0i]));
    st[2i] = -3.402823e+38f;
    let rmod_24 : i32 = ((((npos[0i] * 4i) + cnt[0i]) - 1i) % (npos[0i] * 4i));
    let rdiv_10 : i32 = ((((npos[0i] * 4i) + cnt[0i]) - 1i) / (npos[0i] * 4i));
    for (var r : i32 = 0i; r < select((rdiv_10 - 1i), rdiv_10, ((((npos[0i] * 4i) >= 0i) && (rmod_24 >= 0i)) || (((npos[0i] * 4i) < 0i) && (rmod_24 <= 0i)))); r++) {
      dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      dot[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      dot[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      dot[0i] = fma(qs[gk[0i]], k_cache_ptr[((((min((((r * npos[0i]) * 4i) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + gk[0i])], dot[0i]);
      dot[1i] = fma(qs[gk[0i]], k_cache_ptr[((((min(((((r * npos[0i]) * 4i) + npos[0i]) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + gk[0i])], dot[1i]);
      dot[2i] = fma(qs[gk[0i]], k_cache_ptr[((((min(((((r * npos[0i]) * 4i) + (npos[0i] * 2i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + gk[0i])], dot[2i]);
      dot[3i] = fma(qs[gk[0i]], k_cache_ptr[((((min(((((r * npos[0i]) * 4i) + (npos[0i] * 3i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + gk[0i])], dot[3i]);
      dot[0i] = fma(qs[(G[0i] + gk[0i])], k_cache_ptr[(((((min((((r * npos[0i]) * 4i) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + G[0i]) + gk[0i])], dot[0i]);
      dot[1i] = fma(qs[(G[0i] + gk[0i])], k_cache_ptr[(((((min(((((r * npos[0i]) * 4i) + npos[0i]) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + G[0i]) + gk[0i])], dot[1i]);
      dot[2i] = fma(qs[(G[0i] + gk[0i])], k_cache_ptr[(((((min(((((r * npos[0i]) * 4i) + (npos[0i] * 2i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + G[0i]) + gk[0i])], dot[2i]);
      dot[3i] = fma(qs[(G[0i] + gk[0i])], k_cache_ptr[(((((min(((((r * npos[0i]) * 4i) + (npos[0i] * 3i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + G[0i]) + gk[0i])], dot[3i]);
      dot[0i] = fma(qs[((G[0i] * 2i) + gk[0i])], k_cache_ptr[(((G[0i] * 2i) + (((min((((r * npos[0i]) * 4i) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[0i]);
      dot[1i] = fma(qs[((G[0i] * 2i) + gk[0i])], k_cache_ptr[(((G[0i] * 2i) + (((min(((((r * npos[0i]) * 4i) + npos[0i]) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[1i]);
      dot[2i] = fma(qs[((G[0i] * 2i) + gk[0i])], k_cache_ptr[(((G[0i] * 2i) + (((min(((((r * npos[0i]) * 4i) + (npos[0i] * 2i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[2i]);
      dot[3i] = fma(qs[((G[0i] * 2i) + gk[0i])], k_cache_ptr[(((G[0i] * 2i) + (((min(((((r * npos[0i]) * 4i) + (npos[0i] * 3i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[3i]);
      dot[0i] = fma(qs[((G[0i] * 3i) + gk[0i])], k_cache_ptr[(((G[0i] * 3i) + (((min((((r * npos[0i]) * 4i) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[0i]);
      dot[1i] = fma(qs[((G[0i] * 3i) + gk[0i])], k_cache_ptr[(((G[0i] * 3i) + (((min(((((r * npos[0i]) * 4i) + npos[0i]) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[1i]);
      dot[2i] = fma(qs[((G[0i] * 3i) + gk[0i])], k_cache_ptr[(((G[0i] * 3i) + (((min(((((r * npos[0i]) * 4i) + (npos[0i] * 2i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[2i]);
      dot[3i] = fma(qs[((G[0i] * 3i) + gk[0i])], k_cache_ptr[(((G[0i] * 3i) + (((min(((((r * npos[0i]) * 4i) + (npos[0i] * 3i)) + pk[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4)) + gk[0i])], dot[3i]);
      sums[((gk[0i] * npos[0i]) + pk[0i])] = vec4<f32>(((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), ((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]), ((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]), ((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]));
      workgroupBarrier();
      if (i32(threadIdx.x) < npos[0i]) {
        dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
        for (var gg : i32 = 0i; gg < G[0i]; gg++) {
          dot[0i] = (dot[0i] + sums[((gg * npos[0i]) + i32(threadIdx.x))]);
        }
        if ((((r * npos[0i]) * 4i) + i32(threadIdx.x)) < cnt[0i]) {
          proj[(((r * npos[0i]) * 4i) + i32(threadIdx.x))] = ((dot[0i])[0] * podArgs.scale);
          st[2i] = max(st[2i], ((dot[0i])[0] * podArgs.scale));
        }
        if (((((r * npos[0i]) * 4i) + npos[0i]) + i32(threadIdx.x)) < cnt[0i]) {
          proj[((((r * npos[0i]) * 4i) + npos[0i]) + i32(threadIdx.x))] = ((dot[0i])[1] * podArgs.scale);
          st[2i] = max(st[2i], ((dot[0i])[1] * podArgs.scale));
        }
        if (((((r * npos[0i]) * 4i) + (npos[0i] * 2i)) + i32(threadIdx.x)) < cnt[0i]) {
          proj[((((r * npos[0i]) * 4i) + (npos[0i] * 2i)) + i32(threadIdx.x))] = ((dot[0i])[2] * podArgs.scale);
          st[2i] = max(st[2i], ((dot[0i])[2] * podArgs.scale));
        }
        if (((((r * npos[0i]) * 4i) + (npos[0i] * 3i)) + i32(threadIdx.x)) < cnt[0i]) {
          proj[((((r * npos[0i]) * 4i) + (npos[0i] * 3i)) + i32(threadIdx.x))] = ((dot[0i])[3] * podArgs.scale);
          st[2i] = max(st[2i], ((dot[0i])[3] * podArgs.scale));
        }
      }
      workgroupBarrier();
    }
    red[i32(threadIdx.x)] = st[2i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 16i) {
      st[2i] = red[(i32(threadIdx.x) * 16i)];
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 1i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 2i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 3i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 4i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 5i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 6i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 7i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 8i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 9i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 10i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 11i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 12i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 13i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 14i)]);
      st[2i] = max(st[2i], red[((i32(threadIdx.x) * 16i) + 15i)]);
      red16[i32(threadIdx.x)] = st[2i];
    }
    workgroupBarrier();
    st[2i] = red16[0i];
    st[2i] = max(st[2i], red16[1i]);
    st[2i] = max(st[2i], red16[2i]);
    st[2i] = max(st[2i], red16[3i]);
    st[2i] = max(st[2i], red16[4i]);
    st[2i] = max(st[2i], red16[5i]);
    st[2i] = max(st[2i], red16[6i]);
    st[2i] = max(st[2i], red16[7i]);
    st[2i] = max(st[2i], red16[8i]);
    st[2i] = max(st[2i], red16[9i]);
    st[2i] = max(st[2i], red16[10i]);
    st[2i] = max(st[2i], red16[11i]);
    st[2i] = max(st[2i], red16[12i]);
    st[2i] = max(st[2i], red16[13i]);
    st[2i] = max(st[2i], red16[14i]);
    st[2i] = max(st[2i], red16[15i]);
    st[2i] = max(st[0i], st[2i]);
    workgroupBarrier();
    acc[0i] = (acc[0i] * vec4<f32>(exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i]))));
    st[1i] = (st[1i] * exp((st[0i] - st[2i])));
    st[0i] = st[2i];
    st[2i] = 0.000000e+00f;
    var condval_1 : f32;
    if ((i32(threadIdx.x) < cnt[0i])) {
      condval_1 = exp((proj[i32(threadIdx.x)] - st[0i]));
} else {
      condval_1 = 0.000000e+00f;
}
    proj[i32(threadIdx.x)] = condval_1;
    st[2i] = (st[2i] + proj[i32(threadIdx.x)]);
    workgroupBarrier();
    var condval_2 : f32;
    if (((i32(threadIdx.x) + 256i) < cnt[0i])) {
      condval_2 = exp((proj[(i32(threadIdx.x) + 256i)] - st[0i]));
} else {
      condval_2 = 0.000000e+00f;
}
    proj[(i32(threadIdx.x) + 256i)] = condval_2;
    st[2i] = (st[2i] + proj[(i32(threadIdx.x) + 256i)]);
    workgroupBarrier();
    var condval_3 : f32;
    if (((i32(threadIdx.x) + 512i) < cnt[0i])) {
      condval_3 = exp((proj[(i32(threadIdx.x) + 512i)] - st[0i]));
} else {
      condval_3 = 0.000000e+00f;
}
    proj[(i32(threadIdx.x) + 512i)] = condval_3;
    st[2i] = (st[2i] + proj[(i32(threadIdx.x) + 512i)]);
    workgroupBarrier();
    var condval_4 : f32;
    if (((i32(threadIdx.x) + 768i) < cnt[0i])) {
      condval_4 = exp((proj[(i32(threadIdx.x) + 768i)] - st[0i]));
} else {
      condval_4 = 0.000000e+00f;
}
    proj[(i32(threadIdx.x) + 768i)] = condval_4;
    st[2i] = (st[2i] + proj[(i32(threadIdx.x) + 768i)]);
    red[i32(threadIdx.x)] = st[2i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 16i) {
      st[2i] = 0.000000e+00f;
      st[2i] = (st[2i] + red[(i32(threadIdx.x) * 16i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 1i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 2i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 3i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 4i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 5i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 6i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 7i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 8i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 9i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 10i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 11i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 12i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 13i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 14i)]);
      st[2i] = (st[2i] + red[((i32(threadIdx.x) * 16i) + 15i)]);
      red16[i32(threadIdx.x)] = st[2i];
    }
    workgroupBarrier();
    st[2i] = 0.000000e+00f;
    st[2i] = (st[2i] + red16[0i]);
    st[2i] = (st[2i] + red16[1i]);
    st[2i] = (st[2i] + red16[2i]);
    st[2i] = (st[2i] + red16[3i]);
    st[2i] = (st[2i] + red16[4i]);
    st[2i] = (st[2i] + red16[5i]);
    st[2i] = (st[2i] + red16[6i]);
    st[2i] = (st[2i] + red16[7i]);
    st[2i] = (st[2i] + red16[8i]);
    st[2i] = (st[2i] + red16[9i]);
    st[2i] = (st[2i] + red16[10i]);
    st[2i] = (st[2i] + red16[11i]);
    st[2i] = (st[2i] + red16[12i]);
    st[2i] = (st[2i] + red16[13i]);
    st[2i] = (st[2i] + red16[14i]);
    st[2i] = (st[2i] + red16[15i]);
    st[1i] = (st[1i] + st[2i]);
    if (lane[0i] < lanes[0i]) {
      let rmod_25 : i32 = ((((lanes[0i] * 8i) + cnt[0i]) - 1i) % (lanes[0i] * 8i));
      let rdiv_11 : i32 = ((((lanes[0i] * 8i) + cnt[0i]) - 1i) / (lanes[0i] * 8i));
      for (var t : i32 = 0i; t < select((rdiv_11 - 1i), rdiv_11, ((((lanes[0i] * 8i) >= 0i) && (rmod_25 >= 0i)) || (((lanes[0i] * 8i) < 0i) && (rmod_25 <= 0i)))); t++) {
        acc[0i] = fma(vec4<f32>((proj[min((((t * lanes[0i]) * 8i) + lane[0i]), (cnt[0i] - 1i))] * f32(((((t * lanes[0i]) * 8i) + lane[0i]) < cnt[0i]))), (proj[min((((t * lanes[0i]) * 8i) + lane[0i]), (cnt[0i] - 1i))] * f32(((((t * lanes[0i]) * 8i) + lane[0i]) < cnt[0i]))), (proj[min((((t * lanes[0i]) * 8i) + lane[0i]), (cnt[0i] - 1i))] * f32(((((t * lanes[0i]) * 8i) + lane[0i]) < cnt[0i]))), (proj[min((((t * lanes[0i]) * 8i) + lane[0i]), (cnt[0i] - 1i))] * f32(((((t * lanes[0i]) * 8i) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min((((t * lanes[0i]) * 8i) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
        acc[0i] = fma(vec4<f32>((proj[min(((((t * 8i) + 1i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 1i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 1i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 1i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 1i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 1i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 1i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 1i) * lanes[0i]) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min(((((t * 8i) + 1i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
        acc[0i] = fma(vec4<f32>((proj[min(((((t * 8i) + 2i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 2i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 2i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 2i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 2i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 2i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 2i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 2i) * lanes[0i]) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min(((((t * 8i) + 2i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
        acc[0i] = fma(vec4<f32>((proj[min(((((t * 8i) + 3i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 3i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 3i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 3i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 3i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 3i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 3i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 3i) * lanes[0i]) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min(((((t * 8i) + 3i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
        acc[0i] = fma(vec4<f32>((proj[min(((((t * 8i) + 4i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 4i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 4i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 4i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 4i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 4i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 4i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 4i) * lanes[0i]) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min(((((t * 8i) + 4i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
        acc[0i] = fma(vec4<f32>((proj[min(((((t * 8i) + 5i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 5i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 5i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 5i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 5i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 5i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 5i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 5i) * lanes[0i]) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min(((((t * 8i) + 5i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
        acc[0i] = fma(vec4<f32>((proj[min(((((t * 8i) + 6i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 6i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 6i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 6i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 6i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 6i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 6i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 6i) * lanes[0i]) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min(((((t * 8i) + 6i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
        acc[0i] = fma(vec4<f32>((proj[min(((((t * 8i) + 7i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 7i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 7i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 7i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 7i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 7i) * lanes[0i]) + lane[0i]) < cnt[0i]))), (proj[min(((((t * 8i) + 7i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i))] * f32((((((t * 8i) + 7i) * lanes[0i]) + lane[0i]) < cnt[0i])))), v_cache_ptr[((((min(((((t * 8i) + 7i) * lanes[0i]) + lane[0i]), (cnt[0i] - 1i)) + (kvh[0i] * podArgs.C)) + j0[0i]) * podArgs.hd4) + dg[0i])], acc[0i]);
      }
    }
    workgroupBarrier();
  }
  if (podArgs.L <= (lo[0i] + span[0i])) {
    dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    for (var d4 : i32 = 0i; d4 < podArgs.hd4; d4++) {
      dot[0i] = fma(qs[d4], ks[d4], dot[0i]);
    }
    st[2i] = max(st[0i], (((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]) * podArgs.scale));
    acc[0i] = fma(vec4<f32>((exp(((((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]) * podArgs.scale) - st[2i])) * f32((lane[0i] == 0i))), (exp(((((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]) * podArgs.scale) - st[2i])) * f32((lane[0i] == 0i))), (exp(((((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]) * podArgs.scale) - st[2i])) * f32((lane[0i] == 0i))), (exp(((((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]) * podArgs.scale) - st[2i])) * f32((lane[0i] == 0i)))), vs[min(dg[0i], (podArgs.hd4 - 1i))], (acc[0i] * vec4<f32>(exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])))));
    st[1i] = fma(st[1i], exp((st[0i] - st[2i])), exp(((((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]) * podArgs.scale) - st[2i])));
    st[0i] = st[2i];
  }
  sums[i32(threadIdx.x)] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < podArgs.hd4) {
    acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    for (var ln : i32 = 0i; ln < lanes[0i]; ln++) {
      acc[0i] = (acc[0i] + sums[((ln * podArgs.hd4) + i32(threadIdx.x))]);
    }
    out_ptr[((v__1 * podArgs.hd4) + i32(threadIdx.x))] = (acc[0i] / vec4<f32>(st[1i], st[1i], st[1i], st[1i]));
  }
}
