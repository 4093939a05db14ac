enable f16;

@group(0) @binding(0) var<storage, read> k_cache_ptr : array<f16>;
@group(0) @binding(1) var<storage, read> q_ptr : array<f16>;
@group(0) @binding(2) var<storage, read_write> s_ptr : array<f32>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  L: i32,
  hd: i32,
  n: i32,
  pos0: i32,
  scale: f32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn attn_scores_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var dot_local : array<f32, 1>;
  for (var d : i32 = 0i; d < podArgs.hd; d++) {
    if (((v__1 * 64i) + i32(threadIdx.x)) < ((podArgs.H * podArgs.n) * podArgs.L)) {
      if (d == 0i) {
        dot_local[0i] = 0.000000e+00f;
      }
            let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rmod_1 : i32 = (select((rmod + (podArgs.n * podArgs.L)), rmod, ((((podArgs.n * podArgs.L) >= 0i) && (rmod >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod <= 0i)))) % podArgs.L);
            let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rdiv : i32 = (select((rmod_2 + (podArgs.n * podArgs.L)), rmod_2, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_2 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_2 <= 0i)))) / podArgs.L);
      let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
      let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.n * podArgs.L));
            let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
      let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.n * podArgs.L));
      let rmod_5 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_3 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_6 : i32 = (select((rdiv_2 - 1i), rdiv_2, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_4 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_4 <= 0i)))) % select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_5 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_5 <= 0i)))));
            let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
      let rdiv_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.n * podArgs.L));
      let rmod_8 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_5 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_6 : i32 = (select((rdiv_4 - 1i), rdiv_4, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_7 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_7 <= 0i)))) / select((rdiv_5 - 1i), rdiv_5, (((podArgs.Hkv >= 0i) && (rmod_8 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_8 <= 0i)))));
      let rmod_9 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_7 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_10 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_8 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.L);
      dot_local[0i] = fma(f32(q_ptr[((((select((rdiv - 1i), rdiv, (((podArgs.L >= 0i) && (rmod_1 >= 0i)) || ((podArgs.L < 0i) && (rmod_1 <= 0i)))) * podArgs.H) + select((rdiv_1 - 1i), rdiv_1, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_3 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_3 <= 0i))))) * podArgs.hd) + d)]), f32(k_cache_ptr[((((select((rdiv_6 - 1i), rdiv_6, (((select((rdiv_7 - 1i), rdiv_7, (((podArgs.Hkv >= 0i) && (rmod_9 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_9 <= 0i)))) >= 0i) && (rmod_6 >= 0i)) || ((select((rdiv_8 - 1i), rdiv_8, (((podArgs.Hkv >= 0i) && (rmod_10 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_10 <= 0i)))) < 0i) && (rmod_6 <= 0i)))) * podArgs.C) + select((rmod_11 + podArgs.L), rmod_11, (((podArgs.L >= 0i) && (rmod_11 >= 0i)) || ((podArgs.L < 0i) && (rmod_11 <= 0i))))) * podArgs.hd) + d)]), dot_local[0i]);
    }
  }
  let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
  let rdiv_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.n * podArgs.L));
  if (select((rdiv_9 - 1i), rdiv_9, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_12 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_12 <= 0i)))) < podArgs.H) {
    let rmod_13 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
    let rdiv_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.n * podArgs.L));
        let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rmod_15 : i32 = (select((rmod_14 + (podArgs.n * podArgs.L)), rmod_14, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_14 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_14 <= 0i)))) % podArgs.L);
        let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rdiv_11 : i32 = (select((rmod_16 + (podArgs.n * podArgs.L)), rmod_16, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_16 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_16 <= 0i)))) / podArgs.L);
    let rmod_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.L);
    let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.L);
        let rmod_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rmod_20 : i32 = (select((rmod_19 + (podArgs.n * podArgs.L)), rmod_19, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_19 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_19 <= 0i)))) % podArgs.L);
        let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rdiv_12 : i32 = (select((rmod_21 + (podArgs.n * podArgs.L)), rmod_21, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_21 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_21 <= 0i)))) / podArgs.L);
        let rmod_22 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rmod_23 : i32 = (select((rmod_22 + (podArgs.n * podArgs.L)), rmod_22, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_22 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_22 <= 0i)))) % podArgs.L);
        let rmod_24 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.n * podArgs.L));
let rdiv_13 : i32 = (select((rmod_24 + (podArgs.n * podArgs.L)), rmod_24, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_24 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_24 <= 0i)))) / podArgs.L);
    let rmod_25 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.L);
    var condval : f32;
    if (((select((rmod_18 + podArgs.L), rmod_18, (((podArgs.L >= 0i) && (rmod_18 >= 0i)) || ((podArgs.L < 0i) && (rmod_18 <= 0i)))) <= (podArgs.pos0 + select((rdiv_12 - 1i), rdiv_12, (((podArgs.L >= 0i) && (rmod_20 >= 0i)) || ((podArgs.L < 0i) && (rmod_20 <= 0i)))))) && ((podArgs.pos0 + select((rdiv_13 - 1i), rdiv_13, (((podArgs.L >= 0i) && (rmod_23 >= 0i)) || ((podArgs.L < 0i) && (rmod_23 <= 0i))))) < (select((rmod_25 + podArgs.L), rmod_25, (((podArgs.L >= 0i) && (rmod_25 >= 0i)) || ((podArgs.L < 0i) && (rmod_25 <= 0i)))) + podArgs.window)))) {
      condval = (dot_local[0i] * podArgs.scale);
} else {
      condval = -3.402823e+38f;
}
    s_ptr[((((select((rdiv_10 - 1i), rdiv_10, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_13 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_13 <= 0i)))) * podArgs.n) + select((rdiv_11 - 1i), rdiv_11, (((podArgs.L >= 0i) && (rmod_15 >= 0i)) || ((podArgs.L < 0i) && (rmod_15 <= 0i))))) * podArgs.L) + select((rmod_17 + podArgs.L), rmod_17, (((podArgs.L >= 0i) && (rmod_17 >= 0i)) || ((podArgs.L < 0i) && (rmod_17 <= 0i)))))] = condval;
  }
}
