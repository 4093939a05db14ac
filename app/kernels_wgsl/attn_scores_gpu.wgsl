@group(0) @binding(0) var<storage, read> k_cache_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> q_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> s_ptr : array<f32>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  L: i32,
  hd: i32,
  n: i32,
  nb: i32,
  pos0: i32,
  scale: f32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn attn_scores_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var dot_local : array<f32, 1>;
  dot_local[0i] = 0.000000e+00f;
  for (var d : i32 = 0i; d < podArgs.hd; d++) {
        let rmod : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    let rdiv : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / podArgs.L);
let rmod_1 : i32 = (select((rdiv - 1i), rdiv, (((podArgs.L >= 0i) && (rmod >= 0i)) || ((podArgs.L < 0i) && (rmod <= 0i)))) % podArgs.n);
    let rmod_2 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_1 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
        let rmod_3 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_2 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_4 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_3 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_5 : i32 = (select((rdiv_2 - 1i), rdiv_2, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_3 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_3 <= 0i)))) % select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_4 <= 0i)))));
        let rmod_6 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_4 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_7 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_5 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_6 : i32 = (select((rdiv_4 - 1i), rdiv_4, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_6 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_6 <= 0i)))) / select((rdiv_5 - 1i), rdiv_5, (((podArgs.Hkv >= 0i) && (rmod_7 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_7 <= 0i)))));
    let rmod_8 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_7 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_9 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_8 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_10 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    dot_local[0i] = fma(q_ptr[((((select((rmod_1 + podArgs.n), rmod_1, (((podArgs.n >= 0i) && (rmod_1 >= 0i)) || ((podArgs.n < 0i) && (rmod_1 <= 0i)))) * podArgs.H) + select((rdiv_1 - 1i), rdiv_1, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_2 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_2 <= 0i))))) * podArgs.hd) + d)], k_cache_ptr[((((select((rdiv_6 - 1i), rdiv_6, (((select((rdiv_7 - 1i), rdiv_7, (((podArgs.Hkv >= 0i) && (rmod_8 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_8 <= 0i)))) >= 0i) && (rmod_5 >= 0i)) || ((select((rdiv_8 - 1i), rdiv_8, (((podArgs.Hkv >= 0i) && (rmod_9 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_9 <= 0i)))) < 0i) && (rmod_5 <= 0i)))) * podArgs.C) + select((rmod_10 + podArgs.L), rmod_10, (((podArgs.L >= 0i) && (rmod_10 >= 0i)) || ((podArgs.L < 0i) && (rmod_10 <= 0i))))) * podArgs.hd) + d)], dot_local[0i]);
  }
  let rmod_11 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    let rmod_12 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
  let rdiv_9 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / podArgs.L);
let rmod_13 : i32 = (select((rdiv_9 - 1i), rdiv_9, (((podArgs.L >= 0i) && (rmod_12 >= 0i)) || ((podArgs.L < 0i) && (rmod_12 <= 0i)))) % podArgs.n);
  var condval : f32;
  if ((select((rmod_11 + podArgs.L), rmod_11, (((podArgs.L >= 0i) && (rmod_11 >= 0i)) || ((podArgs.L < 0i) && (rmod_11 <= 0i)))) <= (podArgs.pos0 + select((rmod_13 + podArgs.n), rmod_13, (((podArgs.n >= 0i) && (rmod_13 >= 0i)) || ((podArgs.n < 0i) && (rmod_13 <= 0i))))))) {
    condval = (dot_local[0i] * podArgs.scale);
} else {
    condval = -3.402823e+38f;
}
  s_ptr[((v__1 * 64i) + i32(threadIdx.x))] = condval;
}
