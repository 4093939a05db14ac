enable f16;

@group(0) @binding(0) var<storage, read> cos_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> k_cache_ptr : array<f16>;
@group(0) @binding(2) var<storage, read_write> q_ptr : array<f16>;
@group(0) @binding(3) var<storage, read> qkv_ptr : array<f16>;
@group(0) @binding(4) var<storage, read> sin_ptr : array<f32>;
@group(0) @binding(5) var<storage, read_write> v_cache_ptr : array<f16>;

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
@group(0) @binding(6) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn rope_qkv_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < ((podArgs.n * (podArgs.H + podArgs.Hkv)) * podArgs.hd)) {
        let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_1 : i32 = (select((rmod + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod <= 0i)))) % podArgs.hd);
        let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv : i32 = (select((rmod_2 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_2, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_2 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_2 <= 0i)))) / podArgs.hd);
    if (select((rdiv - 1i), rdiv, (((podArgs.hd >= 0i) && (rmod_1 >= 0i)) || ((podArgs.hd < 0i) && (rmod_1 <= 0i)))) < podArgs.H) {
      let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      var condval : f32;
      if ((select((rmod_5 + podArgs.hd), rmod_5, (((podArgs.hd >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd < 0i) && (rmod_5 <= 0i)))) < podArgs.half)) {
        let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
        let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
                let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_8 : i32 = (select((rmod_7 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_7, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_7 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_7 <= 0i)))) % podArgs.hd);
                let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_3 : i32 = (select((rmod_9 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_9, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_9 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_9 <= 0i)))) / podArgs.hd);
        let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
        condval = (f32(qkv_ptr[((((select((rdiv_2 - 1i), rdiv_2, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_6 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_6 <= 0i)))) * podArgs.width) + (select((rdiv_3 - 1i), rdiv_3, (((podArgs.hd >= 0i) && (rmod_8 >= 0i)) || ((podArgs.hd < 0i) && (rmod_8 <= 0i)))) * podArgs.hd)) + select((rmod_10 + podArgs.hd), rmod_10, (((podArgs.hd >= 0i) && (rmod_10 >= 0i)) || ((podArgs.hd < 0i) && (rmod_10 <= 0i))))) + podArgs.half)]) * -1.000000e+00f);
} else {
        let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
        let rdiv_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
                let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_13 : i32 = (select((rmod_12 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_12, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_12 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_12 <= 0i)))) % podArgs.hd);
                let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_5 : i32 = (select((rmod_14 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_14, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_14 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_14 <= 0i)))) / podArgs.hd);
        let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
        condval = f32(qkv_ptr[((((select((rdiv_4 - 1i), rdiv_4, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_11 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_11 <= 0i)))) * podArgs.width) + (select((rdiv_5 - 1i), rdiv_5, (((podArgs.hd >= 0i) && (rmod_13 >= 0i)) || ((podArgs.hd < 0i) && (rmod_13 <= 0i)))) * podArgs.hd)) + select((rmod_15 + podArgs.hd), rmod_15, (((podArgs.hd >= 0i) && (rmod_15 >= 0i)) || ((podArgs.hd < 0i) && (rmod_15 <= 0i))))) - podArgs.half)]);
}
      let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
            let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_22 : i32 = (select((rmod_21 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_21, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_21 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_21 <= 0i)))) % podArgs.hd);
            let rmod_23 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_8 : i32 = (select((rmod_23 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_23, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_23 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_23 <= 0i)))) / podArgs.hd);
      let rmod_24 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_25 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_26 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_27 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_28 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      q_ptr[(((select((rdiv_1 - 1i), rdiv_1, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_3 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_3 <= 0i)))) * podArgs.H) * podArgs.hd) + select((rmod_4 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_4, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_4 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_4 <= 0i)))))] = f16(fma(condval, sin_ptr[(((podArgs.pos0 + select((rdiv_6 - 1i), rdiv_6, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_16 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_16 <= 0i))))) * podArgs.half) + select((select((rmod_17 + podArgs.hd), rmod_17, (((podArgs.hd >= 0i) && (rmod_17 >= 0i)) || ((podArgs.hd < 0i) && (rmod_17 <= 0i)))) - podArgs.half), select((rmod_18 + podArgs.hd), rmod_18, (((podArgs.hd >= 0i) && (rmod_18 >= 0i)) || ((podArgs.hd < 0i) && (rmod_18 <= 0i)))), (select((rmod_19 + podArgs.hd), rmod_19, (((podArgs.hd >= 0i) && (rmod_19 >= 0i)) || ((podArgs.hd < 0i) && (rmod_19 <= 0i)))) < podArgs.half)))], (f32(qkv_ptr[(((select((rdiv_7 - 1i), rdiv_7, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_20 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_20 <= 0i)))) * podArgs.width) + (select((rdiv_8 - 1i), rdiv_8, (((podArgs.hd >= 0i) && (rmod_22 >= 0i)) || ((podArgs.hd < 0i) && (rmod_22 <= 0i)))) * podArgs.hd)) + select((rmod_24 + podArgs.hd), rmod_24, (((podArgs.hd >= 0i) && (rmod_24 >= 0i)) || ((podArgs.hd < 0i) && (rmod_24 <= 0i)))))]) * cos_ptr[(((podArgs.pos0 + select((rdiv_9 - 1i), rdiv_9, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_25 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_25 <= 0i))))) * podArgs.half) + select((select((rmod_26 + podArgs.hd), rmod_26, (((podArgs.hd >= 0i) && (rmod_26 >= 0i)) || ((podArgs.hd < 0i) && (rmod_26 <= 0i)))) - podArgs.half), select((rmod_27 + podArgs.hd), rmod_27, (((podArgs.hd >= 0i) && (rmod_27 >= 0i)) || ((podArgs.hd < 0i) && (rmod_27 <= 0i)))), (select((rmod_28 + podArgs.hd), rmod_28, (((podArgs.hd >= 0i) && (rmod_28 >= 0i)) || ((podArgs.hd < 0i) && (rmod_28 <= 0i)))) < podArgs.half)))])));
    } else {
            let rmod_29 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_30 : i32 = (select((rmod_29 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_29, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_29 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_29 <= 0i)))) % podArgs.hd);
            let rmod_31 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_10 : i32 = (select((rmod_31 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_31, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_31 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_31 <= 0i)))) / podArgs.hd);
      let rmod_32 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_33 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_34 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      var condval_1 : f32;
      if ((select((rmod_34 + podArgs.hd), rmod_34, (((podArgs.hd >= 0i) && (rmod_34 >= 0i)) || ((podArgs.hd < 0i) && (rmod_34 <= 0i)))) < podArgs.half)) {
        let rmod_35 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
        let rdiv_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
                let rmod_36 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_37 : i32 = (select((rmod_36 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_36, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_36 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_36 <= 0i)))) % podArgs.hd);
                let rmod_38 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_13 : i32 = (select((rmod_38 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_38, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_38 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_38 <= 0i)))) / podArgs.hd);
        let rmod_39 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
        condval_1 = (f32(qkv_ptr[((((select((rdiv_12 - 1i), rdiv_12, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_35 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_35 <= 0i)))) * podArgs.width) + (select((rdiv_13 - 1i), rdiv_13, (((podArgs.hd >= 0i) && (rmod_37 >= 0i)) || ((podArgs.hd < 0i) && (rmod_37 <= 0i)))) * podArgs.hd)) + select((rmod_39 + podArgs.hd), rmod_39, (((podArgs.hd >= 0i) && (rmod_39 >= 0i)) || ((podArgs.hd < 0i) && (rmod_39 <= 0i))))) + podArgs.half)]) * -1.000000e+00f);
} else {
        let rmod_40 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
        let rdiv_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
                let rmod_41 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_42 : i32 = (select((rmod_41 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_41, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_41 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_41 <= 0i)))) % podArgs.hd);
                let rmod_43 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_15 : i32 = (select((rmod_43 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_43, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_43 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_43 <= 0i)))) / podArgs.hd);
        let rmod_44 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
        condval_1 = f32(qkv_ptr[((((select((rdiv_14 - 1i), rdiv_14, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_40 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_40 <= 0i)))) * podArgs.width) + (select((rdiv_15 - 1i), rdiv_15, (((podArgs.hd >= 0i) && (rmod_42 >= 0i)) || ((podArgs.hd < 0i) && (rmod_42 <= 0i)))) * podArgs.hd)) + select((rmod_44 + podArgs.hd), rmod_44, (((podArgs.hd >= 0i) && (rmod_44 >= 0i)) || ((podArgs.hd < 0i) && (rmod_44 <= 0i))))) - podArgs.half)]);
}
      let rmod_45 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_46 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_47 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_48 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_49 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
            let rmod_50 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_51 : i32 = (select((rmod_50 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_50, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_50 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_50 <= 0i)))) % podArgs.hd);
            let rmod_52 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_18 : i32 = (select((rmod_52 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_52, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_52 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_52 <= 0i)))) / podArgs.hd);
      let rmod_53 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_54 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_55 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_56 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_57 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      k_cache_ptr[((((((select((rdiv_10 - 1i), rdiv_10, (((podArgs.hd >= 0i) && (rmod_30 >= 0i)) || ((podArgs.hd < 0i) && (rmod_30 <= 0i)))) - podArgs.H) * podArgs.C) + podArgs.pos0) + select((rdiv_11 - 1i), rdiv_11, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_32 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_32 <= 0i))))) * podArgs.hd) + select((rmod_33 + podArgs.hd), rmod_33, (((podArgs.hd >= 0i) && (rmod_33 >= 0i)) || ((podArgs.hd < 0i) && (rmod_33 <= 0i)))))] = f16(fma(condval_1, sin_ptr[(((podArgs.pos0 + select((rdiv_16 - 1i), rdiv_16, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_45 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_45 <= 0i))))) * podArgs.half) + select((select((rmod_46 + podArgs.hd), rmod_46, (((podArgs.hd >= 0i) && (rmod_46 >= 0i)) || ((podArgs.hd < 0i) && (rmod_46 <= 0i)))) - podArgs.half), select((rmod_47 + podArgs.hd), rmod_47, (((podArgs.hd >= 0i) && (rmod_47 >= 0i)) || ((podArgs.hd < 0i) && (rmod_47 <= 0i)))), (select((rmod_48 + podArgs.hd), rmod_48, (((podArgs.hd >= 0i) && (rmod_48 >= 0i)) || ((podArgs.hd < 0i) && (rmod_48 <= 0i)))) < podArgs.half)))], (f32(qkv_ptr[(((select((rdiv_17 - 1i), rdiv_17, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_49 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_49 <= 0i)))) * podArgs.width) + (select((rdiv_18 - 1i), rdiv_18, (((podArgs.hd >= 0i) && (rmod_51 >= 0i)) || ((podArgs.hd < 0i) && (rmod_51 <= 0i)))) * podArgs.hd)) + select((rmod_53 + podArgs.hd), rmod_53, (((podArgs.hd >= 0i) && (rmod_53 >= 0i)) || ((podArgs.hd < 0i) && (rmod_53 <= 0i)))))]) * cos_ptr[(((podArgs.pos0 + select((rdiv_19 - 1i), rdiv_19, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_54 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_54 <= 0i))))) * podArgs.half) + select((select((rmod_55 + podArgs.hd), rmod_55, (((podArgs.hd >= 0i) && (rmod_55 >= 0i)) || ((podArgs.hd < 0i) && (rmod_55 <= 0i)))) - podArgs.half), select((rmod_56 + podArgs.hd), rmod_56, (((podArgs.hd >= 0i) && (rmod_56 >= 0i)) || ((podArgs.hd < 0i) && (rmod_56 <= 0i)))), (select((rmod_57 + podArgs.hd), rmod_57, (((podArgs.hd >= 0i) && (rmod_57 >= 0i)) || ((podArgs.hd < 0i) && (rmod_57 <= 0i)))) < podArgs.half)))])));
            let rmod_58 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_59 : i32 = (select((rmod_58 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_58, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_58 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_58 <= 0i)))) % podArgs.hd);
            let rmod_60 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_20 : i32 = (select((rmod_60 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_60, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_60 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_60 <= 0i)))) / podArgs.hd);
      let rmod_61 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rmod_62 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      let rmod_63 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
      let rdiv_22 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / ((podArgs.H + podArgs.Hkv) * podArgs.hd));
            let rmod_64 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rmod_65 : i32 = (select((rmod_64 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_64, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_64 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_64 <= 0i)))) % podArgs.hd);
            let rmod_66 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % ((podArgs.H + podArgs.Hkv) * podArgs.hd));
let rdiv_23 : i32 = (select((rmod_66 + ((podArgs.H + podArgs.Hkv) * podArgs.hd)), rmod_66, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_66 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_66 <= 0i)))) / podArgs.hd);
      let rmod_67 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      v_cache_ptr[((((((select((rdiv_20 - 1i), rdiv_20, (((podArgs.hd >= 0i) && (rmod_59 >= 0i)) || ((podArgs.hd < 0i) && (rmod_59 <= 0i)))) - podArgs.H) * podArgs.C) + podArgs.pos0) + select((rdiv_21 - 1i), rdiv_21, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_61 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_61 <= 0i))))) * podArgs.hd) + select((rmod_62 + podArgs.hd), rmod_62, (((podArgs.hd >= 0i) && (rmod_62 >= 0i)) || ((podArgs.hd < 0i) && (rmod_62 <= 0i)))))] = qkv_ptr[(((select((rdiv_22 - 1i), rdiv_22, (((((podArgs.H + podArgs.Hkv) * podArgs.hd) >= 0i) && (rmod_63 >= 0i)) || ((((podArgs.H + podArgs.Hkv) * podArgs.hd) < 0i) && (rmod_63 <= 0i)))) * podArgs.width) + ((select((rdiv_23 - 1i), rdiv_23, (((podArgs.hd >= 0i) && (rmod_65 >= 0i)) || ((podArgs.hd < 0i) && (rmod_65 <= 0i)))) + podArgs.Hkv) * podArgs.hd)) + select((rmod_67 + podArgs.hd), rmod_67, (((podArgs.hd >= 0i) && (rmod_67 >= 0i)) || ((podArgs.hd < 0i) && (rmod_67 <= 0i)))))];
    }
  }
}
