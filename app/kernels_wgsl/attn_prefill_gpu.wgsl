@group(0) @binding(0) var<storage, read> k_cache_ptr : array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> q_ptr : array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> v_cache_ptr : array<vec4<f32>>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  gb: i32,
  hd4: i32,
  n: i32,
  pos0: i32,
  scale: f32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> ks : array<vec4<f32>, 256>;
var<workgroup> vs : array<vec4<f32>, 256>;
var<workgroup> dots : array<vec4<f32>, 256>;
@compute @workgroup_size(128, 1, 1)
fn attn_prefill_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var bt : array<i32, 1>;
  var r : array<i32, 1>;
  var p : array<i32, 1>;
  var h : array<i32, 1>;
  var kvh : array<i32, 1>;
  var i : array<i32, 1>;
  var lo : array<i32, 1>;
  var hi : array<i32, 1>;
  var last_key : array<i32, 1>;
  var qr : array<vec4<f32>, 4>;
  var acc : array<vec4<f32>, 4>;
  var st : array<f32, 3>;
  var kr : array<vec4<f32>, 2>;
  var vr : array<vec4<f32>, 2>;
  var dot : array<vec4<f32>, 4>;
  var sc : array<f32, 8>;
  var j0 : array<i32, 1>;
  let rmod : i32 = (16i % podArgs.gb);
  let rdiv : i32 = (16i / podArgs.gb);
  bt[0i] = select((rdiv - 1i), rdiv, (((podArgs.gb >= 0i) && (rmod >= 0i)) || ((podArgs.gb < 0i) && (rmod <= 0i))));
  r[0i] = (i32(threadIdx.x)>>3u);
  p[0i] = (i32(threadIdx.x) & 7i);
  let rmod_1 : i32 = (r[0i] % bt[0i]);
  let rdiv_1 : i32 = (r[0i] / bt[0i]);
  h[0i] = (min(select((rdiv_1 - 1i), rdiv_1, (((bt[0i] >= 0i) && (rmod_1 >= 0i)) || ((bt[0i] < 0i) && (rmod_1 <= 0i)))), (podArgs.gb - 1i)) + (v__1 * podArgs.gb));
    let rmod_2 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_2 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_3 : i32 = ((v__1 * podArgs.gb) % select((rdiv_2 - 1i), rdiv_2, (((podArgs.Hkv >= 0i) && (rmod_2 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_2 <= 0i)))));
    let rmod_4 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_3 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_4 : i32 = ((v__1 * podArgs.gb) / select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_4 <= 0i)))));
  let rmod_5 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_5 : i32 = (podArgs.H / podArgs.Hkv);
  let rmod_6 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_6 : i32 = (podArgs.H / podArgs.Hkv);
  kvh[0i] = select((rdiv_4 - 1i), rdiv_4, (((select((rdiv_5 - 1i), rdiv_5, (((podArgs.Hkv >= 0i) && (rmod_5 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_5 <= 0i)))) >= 0i) && (rmod_3 >= 0i)) || ((select((rdiv_6 - 1i), rdiv_6, (((podArgs.Hkv >= 0i) && (rmod_6 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_6 <= 0i)))) < 0i) && (rmod_3 <= 0i))));
  let rmod_7 : i32 = (r[0i] % bt[0i]);
  i[0i] = min(((i32(blockIdx.y) * bt[0i]) + select((rmod_7 + bt[0i]), rmod_7, (((bt[0i] >= 0i) && (rmod_7 >= 0i)) || ((bt[0i] < 0i) && (rmod_7 <= 0i))))), (podArgs.n - 1i));
  lo[0i] = max((((podArgs.pos0 + (i32(blockIdx.y) * bt[0i])) + 1i) - podArgs.window), 0i);
  hi[0i] = min(((min(((i32(blockIdx.y) + 1i) * bt[0i]), podArgs.n) + podArgs.pos0) - 1i), (podArgs.pos0 + podArgs.n));
  last_key[0i] = min((podArgs.pos0 + i[0i]), hi[0i]);
  qr[0i] = (q_ptr[(min(p[0i], (podArgs.hd4 - 1i)) + (((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4))] * vec4<f32>(f32((p[0i] < podArgs.hd4)), f32((p[0i] < podArgs.hd4)), f32((p[0i] < podArgs.hd4)), f32((p[0i] < podArgs.hd4))));
  acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  qr[1i] = (q_ptr[(min((p[0i] + 8i), (podArgs.hd4 - 1i)) + (((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4))] * vec4<f32>(f32(((p[0i] + 8i) < podArgs.hd4)), f32(((p[0i] + 8i) < podArgs.hd4)), f32(((p[0i] + 8i) < podArgs.hd4)), f32(((p[0i] + 8i) < podArgs.hd4))));
  acc[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  qr[2i] = (q_ptr[(min((p[0i] + 16i), (podArgs.hd4 - 1i)) + (((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4))] * vec4<f32>(f32(((p[0i] + 16i) < podArgs.hd4)), f32(((p[0i] + 16i) < podArgs.hd4)), f32(((p[0i] + 16i) < podArgs.hd4)), f32(((p[0i] + 16i) < podArgs.hd4))));
  acc[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  qr[3i] = (q_ptr[(min((p[0i] + 24i), (podArgs.hd4 - 1i)) + (((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4))] * vec4<f32>(f32(((p[0i] + 24i) < podArgs.hd4)), f32(((p[0i] + 24i) < podArgs.hd4)), f32(((p[0i] + 24i) < podArgs.hd4)), f32(((p[0i] + 24i) < podArgs.hd4))));
  acc[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  st[0i] = -3.402823e+38f;
  st[1i] = 0.000000e+00f;
  if (i32(threadIdx.x) < (podArgs.hd4 * 8i)) {
    let rmod_8 : i32 = (i32(threadIdx.x) % podArgs.hd4);
    let rdiv_7 : i32 = (i32(threadIdx.x) / podArgs.hd4);
    let rmod_9 : i32 = (i32(threadIdx.x) % podArgs.hd4);
    kr[0i] = k_cache_ptr[(((min((lo[0i] + select((rdiv_7 - 1i), rdiv_7, (((podArgs.hd4 >= 0i) && (rmod_8 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_8 <= 0i))))), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_9 + podArgs.hd4), rmod_9, (((podArgs.hd4 >= 0i) && (rmod_9 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_9 <= 0i)))))];
    let rmod_10 : i32 = (i32(threadIdx.x) % podArgs.hd4);
    let rdiv_8 : i32 = (i32(threadIdx.x) / podArgs.hd4);
    let rmod_11 : i32 = (i32(threadIdx.x) % podArgs.hd4);
    vr[0i] = v_cache_ptr[(((min((lo[0i] + select((rdiv_8 - 1i), rdiv_8, (((podArgs.hd4 >= 0i) && (rmod_10 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_10 <= 0i))))), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_11 + podArgs.hd4), rmod_11, (((podArgs.hd4 >= 0i) && (rmod_11 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_11 <= 0i)))))];
  }
  if ((i32(threadIdx.x) + 128i) < (podArgs.hd4 * 8i)) {
    let rmod_12 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
    let rdiv_9 : i32 = ((i32(threadIdx.x) + 128i) / podArgs.hd4);
    let rmod_13 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
    kr[1i] = k_cache_ptr[(((min((lo[0i] + select((rdiv_9 - 1i), rdiv_9, (((podArgs.hd4 >= 0i) && (rmod_12 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_12 <= 0i))))), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_13 + podArgs.hd4), rmod_13, (((podArgs.hd4 >= 0i) && (rmod_13 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_13 <= 0i)))))];
    let rmod_14 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
    let rdiv_10 : i32 = ((i32(threadIdx.x) + 128i) / podArgs.hd4);
    let rmod_15 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
    vr[1i] = v_cache_ptr[(((min((lo[0i] + select((rdiv_10 - 1i), rdiv_10, (((podArgs.hd4 >= 0i) && (rmod_14 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_14 <= 0i))))), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_15 + podArgs.hd4), rmod_15, (((podArgs.hd4 >= 0i) && (rmod_15 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_15 <= 0i)))))];
  }
  for (var ch : i32 = 0i; ch < (max(((hi[0i] + 8i) - lo[0i]), 0i)>>3u); ch++) {
    j0[0i] = ((ch * 8i) + lo[0i]);
    if (i32(threadIdx.x) < (podArgs.hd4 * 8i)) {
      ks[i32(threadIdx.x)] = kr[0i];
      vs[i32(threadIdx.x)] = vr[0i];
    }
    if ((i32(threadIdx.x) + 128i) < (podArgs.hd4 * 8i)) {
      ks[(i32(threadIdx.x) + 128i)] = kr[1i];
      vs[(i32(threadIdx.x) + 128i)] = vr[1i];
    }
    workgroupBarrier();
    if (i32(threadIdx.x) < (podArgs.hd4 * 8i)) {
      let rmod_16 : i32 = (i32(threadIdx.x) % podArgs.hd4);
      let rdiv_11 : i32 = (i32(threadIdx.x) / podArgs.hd4);
      let rmod_17 : i32 = (i32(threadIdx.x) % podArgs.hd4);
      kr[0i] = k_cache_ptr[(((min(((j0[0i] + select((rdiv_11 - 1i), rdiv_11, (((podArgs.hd4 >= 0i) && (rmod_16 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_16 <= 0i))))) + 8i), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_17 + podArgs.hd4), rmod_17, (((podArgs.hd4 >= 0i) && (rmod_17 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_17 <= 0i)))))];
      let rmod_18 : i32 = (i32(threadIdx.x) % podArgs.hd4);
      let rdiv_12 : i32 = (i32(threadIdx.x) / podArgs.hd4);
      let rmod_19 : i32 = (i32(threadIdx.x) % podArgs.hd4);
      vr[0i] = v_cache_ptr[(((min(((j0[0i] + select((rdiv_12 - 1i), rdiv_12, (((podArgs.hd4 >= 0i) && (rmod_18 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_18 <= 0i))))) + 8i), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_19 + podArgs.hd4), rmod_19, (((podArgs.hd4 >= 0i) && (rmod_19 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_19 <= 0i)))))];
    }
    if ((i32(threadIdx.x) + 128i) < (podArgs.hd4 * 8i)) {
      let rmod_20 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
      let rdiv_13 : i32 = ((i32(threadIdx.x) + 128i) / podArgs.hd4);
      let rmod_21 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
      kr[1i] = k_cache_ptr[(((min(((j0[0i] + select((rdiv_13 - 1i), rdiv_13, (((podArgs.hd4 >= 0i) && (rmod_20 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_20 <= 0i))))) + 8i), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_21 + podArgs.hd4), rmod_21, (((podArgs.hd4 >= 0i) && (rmod_21 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_21 <= 0i)))))];
      let rmod_22 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
      let rdiv_14 : i32 = ((i32(threadIdx.x) + 128i) / podArgs.hd4);
      let rmod_23 : i32 = ((i32(threadIdx.x) + 128i) % podArgs.hd4);
      vr[1i] = v_cache_ptr[(((min(((j0[0i] + select((rdiv_14 - 1i), rdiv_14, (((podArgs.hd4 >= 0i) && (rmod_22 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_22 <= 0i))))) + 8i), hi[0i]) + (kvh[0i] * podArgs.C)) * podArgs.hd4) + select((rmod_23 + podArgs.hd4), rmod_23, (((podArgs.hd4 >= 0i) && (rmod_23 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_23 <= 0i)))))];
    }
    dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[0i] = fma(qr[0i], ks[min(p[0i], (podArgs.hd4 - 1i))], dot[0i]);
    dot[0i] = fma(qr[1i], ks[min((p[0i] + 8i), (podArgs.hd4 - 1i))], dot[0i]);
    dot[0i] = fma(qr[2i], ks[min((p[0i] + 16i), (podArgs.hd4 - 1i))], dot[0i]);
    dot[0i] = fma(qr[3i], ks[min((p[0i] + 24i), (podArgs.hd4 - 1i))], dot[0i]);
    dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[1i] = fma(qr[0i], ks[(min(p[0i], (podArgs.hd4 - 1i)) + podArgs.hd4)], dot[1i]);
    dot[1i] = fma(qr[1i], ks[(min((p[0i] + 8i), (podArgs.hd4 - 1i)) + podArgs.hd4)], dot[1i]);
    dot[1i] = fma(qr[2i], ks[(min((p[0i] + 16i), (podArgs.hd4 - 1i)) + podArgs.hd4)], dot[1i]);
    dot[1i] = fma(qr[3i], ks[(min((p[0i] + 24i), (podArgs.hd4 - 1i)) + podArgs.hd4)], dot[1i]);
    dot[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[2i] = fma(qr[0i], ks[((podArgs.hd4 * 2i) + min(p[0i], (podArgs.hd4 - 1i)))], dot[2i]);
    dot[2i] = fma(qr[1i], ks[((podArgs.hd4 * 2i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], dot[2i]);
    dot[2i] = fma(qr[2i], ks[((podArgs.hd4 * 2i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], dot[2i]);
    dot[2i] = fma(qr[3i], ks[((podArgs.hd4 * 2i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], dot[2i]);
    dot[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[3i] = fma(qr[0i], ks[((podArgs.hd4 * 3i) + min(p[0i], (podArgs.hd4 - 1i)))], dot[3i]);
    dot[3i] = fma(qr[1i], ks[((podArgs.hd4 * 3i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], dot[3i]);
    dot[3i] = fma(qr[2i], ks[((podArgs.hd4 * 3i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], dot[3i]);
    dot[3i] = fma(qr[3i], ks[((podArgs.hd4 * 3i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], dot[3i]);
    dots[i32(threadIdx.x)] = vec4<f32>(vec4<f32>(((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]))[0], vec4<f32>(((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]), ((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]), ((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]), ((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]))[0], vec4<f32>(((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]), ((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]), ((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]), ((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]))[0], vec4<f32>(((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]), ((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]), ((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]), ((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]))[0]);
    dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[0i] = fma(qr[0i], ks[((podArgs.hd4 * 4i) + min(p[0i], (podArgs.hd4 - 1i)))], dot[0i]);
    dot[0i] = fma(qr[1i], ks[((podArgs.hd4 * 4i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], dot[0i]);
    dot[0i] = fma(qr[2i], ks[((podArgs.hd4 * 4i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], dot[0i]);
    dot[0i] = fma(qr[3i], ks[((podArgs.hd4 * 4i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], dot[0i]);
    dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[1i] = fma(qr[0i], ks[((podArgs.hd4 * 5i) + min(p[0i], (podArgs.hd4 - 1i)))], dot[1i]);
    dot[1i] = fma(qr[1i], ks[((podArgs.hd4 * 5i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], dot[1i]);
    dot[1i] = fma(qr[2i], ks[((podArgs.hd4 * 5i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], dot[1i]);
    dot[1i] = fma(qr[3i], ks[((podArgs.hd4 * 5i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], dot[1i]);
    dot[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[2i] = fma(qr[0i], ks[((podArgs.hd4 * 6i) + min(p[0i], (podArgs.hd4 - 1i)))], dot[2i]);
    dot[2i] = fma(qr[1i], ks[((podArgs.hd4 * 6i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], dot[2i]);
    dot[2i] = fma(qr[2i], ks[((podArgs.hd4 * 6i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], dot[2i]);
    dot[2i] = fma(qr[3i], ks[((podArgs.hd4 * 6i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], dot[2i]);
    dot[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[3i] = fma(qr[0i], ks[((podArgs.hd4 * 7i) + min(p[0i], (podArgs.hd4 - 1i)))], dot[3i]);
    dot[3i] = fma(qr[1i], ks[((podArgs.hd4 * 7i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], dot[3i]);
    dot[3i] = fma(qr[2i], ks[((podArgs.hd4 * 7i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], dot[3i]);
    dot[3i] = fma(qr[3i], ks[((podArgs.hd4 * 7i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], dot[3i]);
    dots[(i32(threadIdx.x) + 128i)] = vec4<f32>(vec4<f32>(((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]), ((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]))[0], vec4<f32>(((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]), ((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]), ((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]), ((((dot[1i])[0] + (dot[1i])[1]) + (dot[1i])[2]) + (dot[1i])[3]))[0], vec4<f32>(((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]), ((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]), ((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]), ((((dot[2i])[0] + (dot[2i])[1]) + (dot[2i])[2]) + (dot[2i])[3]))[0], vec4<f32>(((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]), ((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]), ((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]), ((((dot[3i])[0] + (dot[3i])[1]) + (dot[3i])[2]) + (dot[3i])[3]))[0]);
    workgroupBarrier();
    st[2i] = st[0i];
    dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[0i] = (dot[0i] + dots[(r[0i] * 8i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 1i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 2i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 3i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 4i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 5i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 6i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 7i)]);
    var condval : f32;
    if (((j0[0i] <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < (j0[0i] + podArgs.window)))) {
      condval = ((dot[0i])[0] * podArgs.scale);
} else {
      condval = -3.402823e+38f;
}
    sc[0i] = condval;
    st[2i] = max(st[2i], sc[0i]);
    var condval_1 : f32;
    if (((j0[0i] < last_key[0i]) && ((podArgs.pos0 + i[0i]) <= (j0[0i] + podArgs.window)))) {
      condval_1 = ((dot[0i])[1] * podArgs.scale);
} else {
      condval_1 = -3.402823e+38f;
}
    sc[1i] = condval_1;
    st[2i] = max(st[2i], sc[1i]);
    var condval_2 : f32;
    if ((((j0[0i] + 2i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 2i)))) {
      condval_2 = ((dot[0i])[2] * podArgs.scale);
} else {
      condval_2 = -3.402823e+38f;
}
    sc[2i] = condval_2;
    st[2i] = max(st[2i], sc[2i]);
    var condval_3 : f32;
    if ((((j0[0i] + 3i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 3i)))) {
      condval_3 = ((dot[0i])[3] * podArgs.scale);
} else {
      condval_3 = -3.402823e+38f;
}
    sc[3i] = condval_3;
    st[2i] = max(st[2i], sc[3i]);
    dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 128i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 129i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 130i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 131i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 132i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 133i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 134i)]);
    dot[0i] = (dot[0i] + dots[((r[0i] * 8i) + 135i)]);
    var condval_4 : f32;
    if ((((j0[0i] + 4i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 4i)))) {
      condval_4 = ((dot[0i])[0] * podArgs.scale);
} else {
      condval_4 = -3.402823e+38f;
}
    sc[4i] = condval_4;
    st[2i] = max(st[2i], sc[4i]);
    var condval_5 : f32;
    if ((((j0[0i] + 4i) < last_key[0i]) && ((podArgs.pos0 + i[0i]) <= ((j0[0i] + podArgs.window) + 4i)))) {
      condval_5 = ((dot[0i])[1] * podArgs.scale);
} else {
      condval_5 = -3.402823e+38f;
}
    sc[5i] = condval_5;
    st[2i] = max(st[2i], sc[5i]);
    var condval_6 : f32;
    if ((((j0[0i] + 6i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 6i)))) {
      condval_6 = ((dot[0i])[2] * podArgs.scale);
} else {
      condval_6 = -3.402823e+38f;
}
    sc[6i] = condval_6;
    st[2i] = max(st[2i], sc[6i]);
    var condval_7 : f32;
    if ((((j0[0i] + 7i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 7i)))) {
      condval_7 = ((dot[0i])[3] * podArgs.scale);
} else {
      condval_7 = -3.402823e+38f;
}
    sc[7i] = condval_7;
    st[2i] = max(st[2i], sc[7i]);
    st[1i] = (st[1i] * exp((st[0i] - st[2i])));
    acc[0i] = (acc[0i] * vec4<f32>(exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i]))));
    acc[1i] = (acc[1i] * vec4<f32>(exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i]))));
    acc[2i] = (acc[2i] * vec4<f32>(exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i]))));
    acc[3i] = (acc[3i] * vec4<f32>(exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i]))));
    st[0i] = st[2i];
    var condval_8 : f32;
    if (((j0[0i] <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < (j0[0i] + podArgs.window)))) {
      condval_8 = exp((sc[0i] - st[0i]));
} else {
      condval_8 = 0.000000e+00f;
}
    sc[0i] = condval_8;
    st[1i] = (st[1i] + sc[0i]);
    acc[0i] = fma(vec4<f32>(sc[0i], sc[0i], sc[0i], sc[0i]), vs[min(p[0i], (podArgs.hd4 - 1i))], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[0i], sc[0i], sc[0i], sc[0i]), vs[min((p[0i] + 8i), (podArgs.hd4 - 1i))], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[0i], sc[0i], sc[0i], sc[0i]), vs[min((p[0i] + 16i), (podArgs.hd4 - 1i))], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[0i], sc[0i], sc[0i], sc[0i]), vs[min((p[0i] + 24i), (podArgs.hd4 - 1i))], acc[3i]);
    var condval_9 : f32;
    if (((j0[0i] < last_key[0i]) && ((podArgs.pos0 + i[0i]) <= (j0[0i] + podArgs.window)))) {
      condval_9 = exp((sc[1i] - st[0i]));
} else {
      condval_9 = 0.000000e+00f;
}
    sc[1i] = condval_9;
    st[1i] = (st[1i] + sc[1i]);
    acc[0i] = fma(vec4<f32>(sc[1i], sc[1i], sc[1i], sc[1i]), vs[(min(p[0i], (podArgs.hd4 - 1i)) + podArgs.hd4)], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[1i], sc[1i], sc[1i], sc[1i]), vs[(min((p[0i] + 8i), (podArgs.hd4 - 1i)) + podArgs.hd4)], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[1i], sc[1i], sc[1i], sc[1i]), vs[(min((p[0i] + 16i), (podArgs.hd4 - 1i)) + podArgs.hd4)], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[1i], sc[1i], sc[1i], sc[1i]), vs[(min((p[0i] + 24i), (podArgs.hd4 - 1i)) + podArgs.hd4)], acc[3i]);
    var condval_10 : f32;
    if ((((j0[0i] + 2i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 2i)))) {
      condval_10 = exp((sc[2i] - st[0i]));
} else {
      condval_10 = 0.000000e+00f;
}
    sc[2i] = condval_10;
    st[1i] = (st[1i] + sc[2i]);
    acc[0i] = fma(vec4<f32>(sc[2i], sc[2i], sc[2i], sc[2i]), vs[((podArgs.hd4 * 2i) + min(p[0i], (podArgs.hd4 - 1i)))], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[2i], sc[2i], sc[2i], sc[2i]), vs[((podArgs.hd4 * 2i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[2i], sc[2i], sc[2i], sc[2i]), vs[((podArgs.hd4 * 2i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[2i], sc[2i], sc[2i], sc[2i]), vs[((podArgs.hd4 * 2i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], acc[3i]);
    var condval_11 : f32;
    if ((((j0[0i] + 3i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 3i)))) {
      condval_11 = exp((sc[3i] - st[0i]));
} else {
      condval_11 = 0.000000e+00f;
}
    sc[3i] = condval_11;
    st[1i] = (st[1i] + sc[3i]);
    acc[0i] = fma(vec4<f32>(sc[3i], sc[3i], sc[3i], sc[3i]), vs[((podArgs.hd4 * 3i) + min(p[0i], (podArgs.hd4 - 1i)))], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[3i], sc[3i], sc[3i], sc[3i]), vs[((podArgs.hd4 * 3i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[3i], sc[3i], sc[3i], sc[3i]), vs[((podArgs.hd4 * 3i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[3i], sc[3i], sc[3i], sc[3i]), vs[((podArgs.hd4 * 3i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], acc[3i]);
    var condval_12 : f32;
    if ((((j0[0i] + 4i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 4i)))) {
      condval_12 = exp((sc[4i] - st[0i]));
} else {
      condval_12 = 0.000000e+00f;
}
    sc[4i] = condval_12;
    st[1i] = (st[1i] + sc[4i]);
    acc[0i] = fma(vec4<f32>(sc[4i], sc[4i], sc[4i], sc[4i]), vs[((podArgs.hd4 * 4i) + min(p[0i], (podArgs.hd4 - 1i)))], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[4i], sc[4i], sc[4i], sc[4i]), vs[((podArgs.hd4 * 4i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[4i], sc[4i], sc[4i], sc[4i]), vs[((podArgs.hd4 * 4i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[4i], sc[4i], sc[4i], sc[4i]), vs[((podArgs.hd4 * 4i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], acc[3i]);
    var condval_13 : f32;
    if ((((j0[0i] + 5i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 5i)))) {
      condval_13 = exp((sc[5i] - st[0i]));
} else {
      condval_13 = 0.000000e+00f;
}
    sc[5i] = condval_13;
    st[1i] = (st[1i] + sc[5i]);
    acc[0i] = fma(vec4<f32>(sc[5i], sc[5i], sc[5i], sc[5i]), vs[((podArgs.hd4 * 5i) + min(p[0i], (podArgs.hd4 - 1i)))], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[5i], sc[5i], sc[5i], sc[5i]), vs[((podArgs.hd4 * 5i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[5i], sc[5i], sc[5i], sc[5i]), vs[((podArgs.hd4 * 5i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[5i], sc[5i], sc[5i], sc[5i]), vs[((podArgs.hd4 * 5i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], acc[3i]);
    var condval_14 : f32;
    if ((((j0[0i] + 6i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 6i)))) {
      condval_14 = exp((sc[6i] - st[0i]));
} else {
      condval_14 = 0.000000e+00f;
}
    sc[6i] = condval_14;
    st[1i] = (st[1i] + sc[6i]);
    acc[0i] = fma(vec4<f32>(sc[6i], sc[6i], sc[6i], sc[6i]), vs[((podArgs.hd4 * 6i) + min(p[0i], (podArgs.hd4 - 1i)))], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[6i], sc[6i], sc[6i], sc[6i]), vs[((podArgs.hd4 * 6i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[6i], sc[6i], sc[6i], sc[6i]), vs[((podArgs.hd4 * 6i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[6i], sc[6i], sc[6i], sc[6i]), vs[((podArgs.hd4 * 6i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], acc[3i]);
    var condval_15 : f32;
    if ((((j0[0i] + 7i) <= last_key[0i]) && ((podArgs.pos0 + i[0i]) < ((j0[0i] + podArgs.window) + 7i)))) {
      condval_15 = exp((sc[7i] - st[0i]));
} else {
      condval_15 = 0.000000e+00f;
}
    sc[7i] = condval_15;
    st[1i] = (st[1i] + sc[7i]);
    acc[0i] = fma(vec4<f32>(sc[7i], sc[7i], sc[7i], sc[7i]), vs[((podArgs.hd4 * 7i) + min(p[0i], (podArgs.hd4 - 1i)))], acc[0i]);
    acc[1i] = fma(vec4<f32>(sc[7i], sc[7i], sc[7i], sc[7i]), vs[((podArgs.hd4 * 7i) + min((p[0i] + 8i), (podArgs.hd4 - 1i)))], acc[1i]);
    acc[2i] = fma(vec4<f32>(sc[7i], sc[7i], sc[7i], sc[7i]), vs[((podArgs.hd4 * 7i) + min((p[0i] + 16i), (podArgs.hd4 - 1i)))], acc[2i]);
    acc[3i] = fma(vec4<f32>(sc[7i], sc[7i], sc[7i], sc[7i]), vs[((podArgs.hd4 * 7i) + min((p[0i] + 24i), (podArgs.hd4 - 1i)))], acc[3i]);
    workgroupBarrier();
  }
  let rmod_24 : i32 = (r[0i] % bt[0i]);
  if ((((i32(blockIdx.y) * bt[0i]) + select((rmod_24 + bt[0i]), rmod_24, (((bt[0i] >= 0i) && (rmod_24 >= 0i)) || ((bt[0i] < 0i) && (rmod_24 <= 0i))))) < podArgs.n) && (r[0i] < (podArgs.gb * bt[0i]))) {
    if (p[0i] < podArgs.hd4) {
      out_ptr[((((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4) + p[0i])] = (acc[0i] / vec4<f32>(st[1i], st[1i], st[1i], st[1i]));
    }
    if ((p[0i] + 8i) < podArgs.hd4) {
      out_ptr[(((((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4) + p[0i]) + 8i)] = (acc[1i] / vec4<f32>(st[1i], st[1i], st[1i], st[1i]));
    }
    if ((p[0i] + 16i) < podArgs.hd4) {
      out_ptr[(((((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4) + p[0i]) + 16i)] = (acc[2i] / vec4<f32>(st[1i], st[1i], st[1i], st[1i]));
    }
    if ((p[0i] + 24i) < podArgs.hd4) {
      out_ptr[(((((i[0i] * podArgs.H) + h[0i]) * podArgs.hd4) + p[0i]) + 24i)] = (acc[3i] / vec4<f32>(st[1i], st[1i], st[1i], st[1i]));
    }
  }
}
