@group(0) @binding(0) var<storage, read> cos_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> k_cache_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> qkv_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> sin_ptr : array<f32>;
@group(0) @binding(4) var<storage, read_write> v_cache_ptr : array<f32>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  half: i32,
  hd: i32,
  n: i32,
  pos0: i32,
  width: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn kv_append_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < ((podArgs.n * podArgs.Hkv) * podArgs.hd)) {
        let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rmod_1 : i32 = (select((rmod + (podArgs.Hkv * podArgs.hd)), rmod, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod <= 0i)))) % podArgs.hd);
        let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rdiv : i32 = (select((rmod_2 + (podArgs.Hkv * podArgs.hd)), rmod_2, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_2 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_2 <= 0i)))) / podArgs.hd);
    let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
    let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
    let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    var condval : f32;
    if ((select((rmod_5 + podArgs.hd), rmod_5, (((podArgs.hd >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd < 0i) && (rmod_5 <= 0i)))) < podArgs.half)) {
      let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
      let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
            let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rmod_8 : i32 = (select((rmod_7 + (podArgs.Hkv * podArgs.hd)), rmod_7, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_7 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_7 <= 0i)))) % podArgs.hd);
            let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rdiv_3 : i32 = (select((rmod_9 + (podArgs.Hkv * podArgs.hd)), rmod_9, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_9 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_9 <= 0i)))) / podArgs.hd);
      let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      condval = (qkv_ptr[((((select((rdiv_2 - 1i), rdiv_2, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_6 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_6 <= 0i)))) * podArgs.width) + ((podArgs.H + select((rdiv_3 - 1i), rdiv_3, (((podArgs.hd >= 0i) && (rmod_8 >= 0i)) || ((podArgs.hd < 0i) && (rmod_8 <= 0i))))) * podArgs.hd)) + select((rmod_10 + podArgs.hd), rmod_10, (((podArgs.hd >= 0i) && (rmod_10 >= 0i)) || ((podArgs.hd < 0i) && (rmod_10 <= 0i))))) + podArgs.half)] * -1.000000e+00f);
} else {
      let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
      let rdiv_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
            let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rmod_13 : i32 = (select((rmod_12 + (podArgs.Hkv * podArgs.hd)), rmod_12, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_12 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_12 <= 0i)))) % podArgs.hd);
            let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rdiv_5 : i32 = (select((rmod_14 + (podArgs.Hkv * podArgs.hd)), rmod_14, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_14 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_14 <= 0i)))) / podArgs.hd);
      let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      condval = qkv_ptr[((((select((rdiv_4 - 1i), rdiv_4, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_11 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_11 <= 0i)))) * podArgs.width) + ((podArgs.H + select((rdiv_5 - 1i), rdiv_5, (((podArgs.hd >= 0i) && (rmod_13 >= 0i)) || ((podArgs.hd < 0i) && (rmod_13 <= 0i))))) * podArgs.hd)) + select((rmod_15 + podArgs.hd), rmod_15, (((podArgs.hd >= 0i) && (rmod_15 >= 0i)) || ((podArgs.hd < 0i) && (rmod_15 <= 0i))))) - podArgs.half)];
}
    let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
    let rdiv_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
    let rmod_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
    let rdiv_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
        let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rmod_22 : i32 = (select((rmod_21 + (podArgs.Hkv * podArgs.hd)), rmod_21, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_21 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_21 <= 0i)))) % podArgs.hd);
        let rmod_23 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rdiv_8 : i32 = (select((rmod_23 + (podArgs.Hkv * podArgs.hd)), rmod_23, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_23 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_23 <= 0i)))) / podArgs.hd);
    let rmod_24 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_25 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
    let rdiv_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
    let rmod_26 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_27 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_28 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    k_cache_ptr[(((((select((rdiv - 1i), rdiv, (((podArgs.hd >= 0i) && (rmod_1 >= 0i)) || ((podArgs.hd < 0i) && (rmod_1 <= 0i)))) * podArgs.C) + podArgs.pos0) + select((rdiv_1 - 1i), rdiv_1, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_3 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_3 <= 0i))))) * podArgs.hd) + select((rmod_4 + podArgs.hd), rmod_4, (((podArgs.hd >= 0i) && (rmod_4 >= 0i)) || ((podArgs.hd < 0i) && (rmod_4 <= 0i)))))] = fma(condval, sin_ptr[(((podArgs.pos0 + select((rdiv_6 - 1i), rdiv_6, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_16 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_16 <= 0i))))) * podArgs.half) + select((select((rmod_17 + podArgs.hd), rmod_17, (((podArgs.hd >= 0i) && (rmod_17 >= 0i)) || ((podArgs.hd < 0i) && (rmod_17 <= 0i)))) - podArgs.half), select((rmod_18 + podArgs.hd), rmod_18, (((podArgs.hd >= 0i) && (rmod_18 >= 0i)) || ((podArgs.hd < 0i) && (rmod_18 <= 0i)))), (select((rmod_19 + podArgs.hd), rmod_19, (((podArgs.hd >= 0i) && (rmod_19 >= 0i)) || ((podArgs.hd < 0i) && (rmod_19 <= 0i)))) < podArgs.half)))], (qkv_ptr[(((select((rdiv_7 - 1i), rdiv_7, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_20 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_20 <= 0i)))) * podArgs.width) + ((podArgs.H + select((rdiv_8 - 1i), rdiv_8, (((podArgs.hd >= 0i) && (rmod_22 >= 0i)) || ((podArgs.hd < 0i) && (rmod_22 <= 0i))))) * podArgs.hd)) + select((rmod_24 + podArgs.hd), rmod_24, (((podArgs.hd >= 0i) && (rmod_24 >= 0i)) || ((podArgs.hd < 0i) && (rmod_24 <= 0i)))))] * cos_ptr[(((podArgs.pos0 + select((rdiv_9 - 1i), rdiv_9, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_25 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_25 <= 0i))))) * podArgs.half) + select((select((rmod_26 + podArgs.hd), rmod_26, (((podArgs.hd >= 0i) && (rmod_26 >= 0i)) || ((podArgs.hd < 0i) && (rmod_26 <= 0i)))) - podArgs.half), select((rmod_27 + podArgs.hd), rmod_27, (((podArgs.hd >= 0i) && (rmod_27 >= 0i)) || ((podArgs.hd < 0i) && (rmod_27 <= 0i)))), (select((rmod_28 + podArgs.hd), rmod_28, (((podArgs.hd >= 0i) && (rmod_28 >= 0i)) || ((podArgs.hd < 0i) && (rmod_28 <= 0i)))) < podArgs.half)))]));
        let rmod_29 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rmod_30 : i32 = (select((rmod_29 + (podArgs.Hkv * podArgs.hd)), rmod_29, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_29 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_29 <= 0i)))) % podArgs.hd);
        let rmod_31 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rdiv_10 : i32 = (select((rmod_31 + (podArgs.Hkv * podArgs.hd)), rmod_31, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_31 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_31 <= 0i)))) / podArgs.hd);
    let rmod_32 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
    let rdiv_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
    let rmod_33 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_34 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
    let rdiv_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.Hkv * podArgs.hd));
        let rmod_35 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rmod_36 : i32 = (select((rmod_35 + (podArgs.Hkv * podArgs.hd)), rmod_35, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_35 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_35 <= 0i)))) % podArgs.hd);
        let rmod_37 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.Hkv * podArgs.hd));
let rdiv_13 : i32 = (select((rmod_37 + (podArgs.Hkv * podArgs.hd)), rmod_37, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_37 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_37 <= 0i)))) / podArgs.hd);
    let rmod_38 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    v_cache_ptr[(((((select((rdiv_10 - 1i), rdiv_10, (((podArgs.hd >= 0i) && (rmod_30 >= 0i)) || ((podArgs.hd < 0i) && (rmod_30 <= 0i)))) * podArgs.C) + podArgs.pos0) + select((rdiv_11 - 1i), rdiv_11, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_32 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_32 <= 0i))))) * podArgs.hd) + select((rmod_33 + podArgs.hd), rmod_33, (((podArgs.hd >= 0i) && (rmod_33 >= 0i)) || ((podArgs.hd < 0i) && (rmod_33 <= 0i)))))] = qkv_ptr[(((select((rdiv_12 - 1i), rdiv_12, ((((podArgs.Hkv * podArgs.hd) >= 0i) && (rmod_34 >= 0i)) || (((podArgs.Hkv * podArgs.hd) < 0i) && (rmod_34 <= 0i)))) * podArgs.width) + (((podArgs.H + podArgs.Hkv) + select((rdiv_13 - 1i), rdiv_13, (((podArgs.hd >= 0i) && (rmod_36 >= 0i)) || ((podArgs.hd < 0i) && (rmod_36 <= 0i))))) * podArgs.hd)) + select((rmod_38 + podArgs.hd), rmod_38, (((podArgs.hd >= 0i) && (rmod_38 >= 0i)) || ((podArgs.hd < 0i) && (rmod_38 <= 0i)))))];
  }
}
