@group(0) @binding(0) var<storage, read> cos_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> q_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> qkv_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> sin_ptr : array<f32>;

struct PODArgs {
  H: i32,
  hd: i32,
  n: i32,
  pos0: i32,
  width: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn rope_q_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < ((podArgs.n * podArgs.H) * podArgs.hd)) {
    let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    var condval : f32;
    if ((select((rmod + podArgs.hd), rmod, (((podArgs.hd >= 0i) && (rmod >= 0i)) || ((podArgs.hd < 0i) && (rmod <= 0i)))) < (podArgs.hd>>1u))) {
      let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
      let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
            let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rmod_3 : i32 = (select((rmod_2 + (podArgs.H * podArgs.hd)), rmod_2, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_2 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_2 <= 0i)))) % podArgs.hd);
            let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rdiv_1 : i32 = (select((rmod_4 + (podArgs.H * podArgs.hd)), rmod_4, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_4 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_4 <= 0i)))) / podArgs.hd);
      let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      condval = (qkv_ptr[((((podArgs.hd>>1u) + (select((rdiv - 1i), rdiv, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_1 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_1 <= 0i)))) * podArgs.width)) + (select((rdiv_1 - 1i), rdiv_1, (((podArgs.hd >= 0i) && (rmod_3 >= 0i)) || ((podArgs.hd < 0i) && (rmod_3 <= 0i)))) * podArgs.hd)) + select((rmod_5 + podArgs.hd), rmod_5, (((podArgs.hd >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd < 0i) && (rmod_5 <= 0i)))))] * -1.000000e+00f);
} else {
      let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
      let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
            let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rmod_8 : i32 = (select((rmod_7 + (podArgs.H * podArgs.hd)), rmod_7, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_7 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_7 <= 0i)))) % podArgs.hd);
            let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rdiv_3 : i32 = (select((rmod_9 + (podArgs.H * podArgs.hd)), rmod_9, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_9 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_9 <= 0i)))) / podArgs.hd);
      let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      condval = qkv_ptr[((((select((rdiv_2 - 1i), rdiv_2, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_6 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_6 <= 0i)))) * podArgs.width) + (select((rdiv_3 - 1i), rdiv_3, (((podArgs.hd >= 0i) && (rmod_8 >= 0i)) || ((podArgs.hd < 0i) && (rmod_8 <= 0i)))) * podArgs.hd)) + select((rmod_10 + podArgs.hd), rmod_10, (((podArgs.hd >= 0i) && (rmod_10 >= 0i)) || ((podArgs.hd < 0i) && (rmod_10 <= 0i))))) - (podArgs.hd>>1u))];
}
    let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
    let rdiv_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
    let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_13 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
    let rdiv_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
        let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rmod_17 : i32 = (select((rmod_16 + (podArgs.H * podArgs.hd)), rmod_16, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_16 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_16 <= 0i)))) % podArgs.hd);
        let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rdiv_6 : i32 = (select((rmod_18 + (podArgs.H * podArgs.hd)), rmod_18, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_18 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_18 <= 0i)))) / podArgs.hd);
    let rmod_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
    let rdiv_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
    let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_22 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    let rmod_23 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    q_ptr[((v__1 * 64i) + i32(threadIdx.x))] = fma(condval, sin_ptr[(((podArgs.pos0 + select((rdiv_4 - 1i), rdiv_4, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_11 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_11 <= 0i))))) * (podArgs.hd>>1u)) + select((select((rmod_12 + podArgs.hd), rmod_12, (((podArgs.hd >= 0i) && (rmod_12 >= 0i)) || ((podArgs.hd < 0i) && (rmod_12 <= 0i)))) - (podArgs.hd>>1u)), select((rmod_13 + podArgs.hd), rmod_13, (((podArgs.hd >= 0i) && (rmod_13 >= 0i)) || ((podArgs.hd < 0i) && (rmod_13 <= 0i)))), (select((rmod_14 + podArgs.hd), rmod_14, (((podArgs.hd >= 0i) && (rmod_14 >= 0i)) || ((podArgs.hd < 0i) && (rmod_14 <= 0i)))) < (podArgs.hd>>1u))))], (qkv_ptr[(((select((rdiv_5 - 1i), rdiv_5, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_15 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_15 <= 0i)))) * podArgs.width) + (select((rdiv_6 - 1i), rdiv_6, (((podArgs.hd >= 0i) && (rmod_17 >= 0i)) || ((podArgs.hd < 0i) && (rmod_17 <= 0i)))) * podArgs.hd)) + select((rmod_19 + podArgs.hd), rmod_19, (((podArgs.hd >= 0i) && (rmod_19 >= 0i)) || ((podArgs.hd < 0i) && (rmod_19 <= 0i)))))] * cos_ptr[(((podArgs.pos0 + select((rdiv_7 - 1i), rdiv_7, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_20 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_20 <= 0i))))) * (podArgs.hd>>1u)) + select((select((rmod_21 + podArgs.hd), rmod_21, (((podArgs.hd >= 0i) && (rmod_21 >= 0i)) || ((podArgs.hd < 0i) && (rmod_21 <= 0i)))) - (podArgs.hd>>1u)), select((rmod_22 + podArgs.hd), rmod_22, (((podArgs.hd >= 0i) && (rmod_22 >= 0i)) || ((podArgs.hd < 0i) && (rmod_22 <= 0i)))), (select((rmod_23 + podArgs.hd), rmod_23, (((podArgs.hd >= 0i) && (rmod_23 >= 0i)) || ((podArgs.hd < 0i) && (rmod_23 <= 0i)))) < (podArgs.hd>>1u))))]));
  }
}
