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
  nb: i32,
  pos0: i32,
  scale: f32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn attn_scores_gpu_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var dot_local : array<f32, 1>;
  dot_local[0i] = 0.000000e+00f;
  for (var do_1 : i32 = 0i; do_1 < (podArgs.hd>>2u); do_1++) {
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
    dot_local[0i] = fma(f32(q_ptr[((do_1 * 4i) + (((select((rmod_1 + podArgs.n), rmod_1, (((podArgs.n >= 0i) && (rmod_1 >= 0i)) || ((podArgs.n < 0i) && (rmod_1 <= 0i)))) * podArgs.H) + select((rdiv_1 - 1i), rdiv_1, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_2 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_2 <= 0i))))) * podArgs.hd))]), f32(k_cache_ptr[((do_1 * 4i) + (((select((rdiv_6 - 1i), rdiv_6, (((select((rdiv_7 - 1i), rdiv_7, (((podArgs.Hkv >= 0i) && (rmod_8 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_8 <= 0i)))) >= 0i) && (rmod_5 >= 0i)) || ((select((rdiv_8 - 1i), rdiv_8, (((podArgs.Hkv >= 0i) && (rmod_9 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_9 <= 0i)))) < 0i) && (rmod_5 <= 0i)))) * podArgs.C) + select((rmod_10 + podArgs.L), rmod_10, (((podArgs.L >= 0i) && (rmod_10 >= 0i)) || ((podArgs.L < 0i) && (rmod_10 <= 0i))))) * podArgs.hd))]), dot_local[0i]);
        let rmod_11 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    let rdiv_9 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / podArgs.L);
let rmod_12 : i32 = (select((rdiv_9 - 1i), rdiv_9, (((podArgs.L >= 0i) && (rmod_11 >= 0i)) || ((podArgs.L < 0i) && (rmod_11 <= 0i)))) % podArgs.n);
    let rmod_13 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_10 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
        let rmod_14 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_11 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_15 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_12 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_16 : i32 = (select((rdiv_11 - 1i), rdiv_11, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_14 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_14 <= 0i)))) % select((rdiv_12 - 1i), rdiv_12, (((podArgs.Hkv >= 0i) && (rmod_15 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_15 <= 0i)))));
        let rmod_17 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_13 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_18 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_14 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_15 : i32 = (select((rdiv_13 - 1i), rdiv_13, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_17 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_17 <= 0i)))) / select((rdiv_14 - 1i), rdiv_14, (((podArgs.Hkv >= 0i) && (rmod_18 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_18 <= 0i)))));
    let rmod_19 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_16 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_20 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_17 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_21 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    dot_local[0i] = fma(f32(q_ptr[(((do_1 * 4i) + (((select((rmod_12 + podArgs.n), rmod_12, (((podArgs.n >= 0i) && (rmod_12 >= 0i)) || ((podArgs.n < 0i) && (rmod_12 <= 0i)))) * podArgs.H) + select((rdiv_10 - 1i), rdiv_10, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_13 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_13 <= 0i))))) * podArgs.hd)) + 1i)]), f32(k_cache_ptr[(((do_1 * 4i) + (((select((rdiv_15 - 1i), rdiv_15, (((select((rdiv_16 - 1i), rdiv_16, (((podArgs.Hkv >= 0i) && (rmod_19 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_19 <= 0i)))) >= 0i) && (rmod_16 >= 0i)) || ((select((rdiv_17 - 1i), rdiv_17, (((podArgs.Hkv >= 0i) && (rmod_20 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_20 <= 0i)))) < 0i) && (rmod_16 <= 0i)))) * podArgs.C) + select((rmod_21 + podArgs.L), rmod_21, (((podArgs.L >= 0i) && (rmod_21 >= 0i)) || ((podArgs.L < 0i) && (rmod_21 <= 0i))))) * podArgs.hd)) + 1i)]), dot_local[0i]);
        let rmod_22 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    let rdiv_18 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / podArgs.L);
let rmod_23 : i32 = (select((rdiv_18 - 1i), rdiv_18, (((podArgs.L >= 0i) && (rmod_22 >= 0i)) || ((podArgs.L < 0i) && (rmod_22 <= 0i)))) % podArgs.n);
    let rmod_24 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_19 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
        let rmod_25 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_20 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_26 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_21 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_27 : i32 = (select((rdiv_20 - 1i), rdiv_20, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_25 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_25 <= 0i)))) % select((rdiv_21 - 1i), rdiv_21, (((podArgs.Hkv >= 0i) && (rmod_26 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_26 <= 0i)))));
        let rmod_28 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_22 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_29 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_23 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_24 : i32 = (select((rdiv_22 - 1i), rdiv_22, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_28 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_28 <= 0i)))) / select((rdiv_23 - 1i), rdiv_23, (((podArgs.Hkv >= 0i) && (rmod_29 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_29 <= 0i)))));
    let rmod_30 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_25 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_31 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_26 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_32 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    dot_local[0i] = fma(f32(q_ptr[(((do_1 * 4i) + (((select((rmod_23 + podArgs.n), rmod_23, (((podArgs.n >= 0i) && (rmod_23 >= 0i)) || ((podArgs.n < 0i) && (rmod_23 <= 0i)))) * podArgs.H) + select((rdiv_19 - 1i), rdiv_19, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_24 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_24 <= 0i))))) * podArgs.hd)) + 2i)]), f32(k_cache_ptr[(((do_1 * 4i) + (((select((rdiv_24 - 1i), rdiv_24, (((select((rdiv_25 - 1i), rdiv_25, (((podArgs.Hkv >= 0i) && (rmod_30 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_30 <= 0i)))) >= 0i) && (rmod_27 >= 0i)) || ((select((rdiv_26 - 1i), rdiv_26, (((podArgs.Hkv >= 0i) && (rmod_31 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_31 <= 0i)))) < 0i) && (rmod_27 <= 0i)))) * podArgs.C) + select((rmod_32 + podArgs.L), rmod_32, (((podArgs.L >= 0i) && (rmod_32 >= 0i)) || ((podArgs.L < 0i) && (rmod_32 <= 0i))))) * podArgs.hd)) + 2i)]), dot_local[0i]);
        let rmod_33 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    let rdiv_27 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / podArgs.L);
let rmod_34 : i32 = (select((rdiv_27 - 1i), rdiv_27, (((podArgs.L >= 0i) && (rmod_33 >= 0i)) || ((podArgs.L < 0i) && (rmod_33 <= 0i)))) % podArgs.n);
    let rmod_35 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_28 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
        let rmod_36 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_29 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_37 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_30 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_38 : i32 = (select((rdiv_29 - 1i), rdiv_29, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_36 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_36 <= 0i)))) % select((rdiv_30 - 1i), rdiv_30, (((podArgs.Hkv >= 0i) && (rmod_37 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_37 <= 0i)))));
        let rmod_39 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % (podArgs.n * podArgs.L));
    let rdiv_31 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / (podArgs.n * podArgs.L));
    let rmod_40 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_32 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_33 : i32 = (select((rdiv_31 - 1i), rdiv_31, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_39 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_39 <= 0i)))) / select((rdiv_32 - 1i), rdiv_32, (((podArgs.Hkv >= 0i) && (rmod_40 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_40 <= 0i)))));
    let rmod_41 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_34 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_42 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_35 : i32 = (podArgs.H / podArgs.Hkv);
    let rmod_43 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    dot_local[0i] = fma(f32(q_ptr[(((do_1 * 4i) + (((select((rmod_34 + podArgs.n), rmod_34, (((podArgs.n >= 0i) && (rmod_34 >= 0i)) || ((podArgs.n < 0i) && (rmod_34 <= 0i)))) * podArgs.H) + select((rdiv_28 - 1i), rdiv_28, ((((podArgs.n * podArgs.L) >= 0i) && (rmod_35 >= 0i)) || (((podArgs.n * podArgs.L) < 0i) && (rmod_35 <= 0i))))) * podArgs.hd)) + 3i)]), f32(k_cache_ptr[(((do_1 * 4i) + (((select((rdiv_33 - 1i), rdiv_33, (((select((rdiv_34 - 1i), rdiv_34, (((podArgs.Hkv >= 0i) && (rmod_41 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_41 <= 0i)))) >= 0i) && (rmod_38 >= 0i)) || ((select((rdiv_35 - 1i), rdiv_35, (((podArgs.Hkv >= 0i) && (rmod_42 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_42 <= 0i)))) < 0i) && (rmod_38 <= 0i)))) * podArgs.C) + select((rmod_43 + podArgs.L), rmod_43, (((podArgs.L >= 0i) && (rmod_43 >= 0i)) || ((podArgs.L < 0i) && (rmod_43 <= 0i))))) * podArgs.hd)) + 3i)]), dot_local[0i]);
  }
  let rmod_44 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
    let rmod_45 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
  let rdiv_36 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / podArgs.L);
let rmod_46 : i32 = (select((rdiv_36 - 1i), rdiv_36, (((podArgs.L >= 0i) && (rmod_45 >= 0i)) || ((podArgs.L < 0i) && (rmod_45 <= 0i)))) % podArgs.n);
    let rmod_47 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
  let rdiv_37 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) / podArgs.L);
let rmod_48 : i32 = (select((rdiv_37 - 1i), rdiv_37, (((podArgs.L >= 0i) && (rmod_47 >= 0i)) || ((podArgs.L < 0i) && (rmod_47 <= 0i)))) % podArgs.n);
  let rmod_49 : i32 = (min(((v__1 * 64i) + i32(threadIdx.x)), (((podArgs.H * podArgs.n) * podArgs.L) - 1i)) % podArgs.L);
  var condval : f32;
  if (((select((rmod_44 + podArgs.L), rmod_44, (((podArgs.L >= 0i) && (rmod_44 >= 0i)) || ((podArgs.L < 0i) && (rmod_44 <= 0i)))) <= (podArgs.pos0 + select((rmod_46 + podArgs.n), rmod_46, (((podArgs.n >= 0i) && (rmod_46 >= 0i)) || ((podArgs.n < 0i) && (rmod_46 <= 0i)))))) && ((podArgs.pos0 + select((rmod_48 + podArgs.n), rmod_48, (((podArgs.n >= 0i) && (rmod_48 >= 0i)) || ((podArgs.n < 0i) && (rmod_48 <= 0i))))) < (select((rmod_49 + podArgs.L), rmod_49, (((podArgs.L >= 0i) && (rmod_49 >= 0i)) || ((podArgs.L < 0i) && (rmod_49 <= 0i)))) + podArgs.window)))) {
    condval = (dot_local[0i] * podArgs.scale);
} else {
    condval = -3.402823e+38f;
}
  s_ptr[((v__1 * 64i) + i32(threadIdx.x))] = condval;
}
