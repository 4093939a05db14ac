@group(0) @binding(0) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;

struct PODArgs {
  K: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn embed_iq4_xs_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.K)) {
        let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
let h : u32 = ((wq_ptr[(((select((rmod + podArgs.K), rmod, (((podArgs.K >= 0i) && (rmod >= 0i)) || ((podArgs.K < 0i) && (rmod <= 0i))))>>8u) * 34i) + ((ids_ptr[select((rdiv - 1i), rdiv, (((podArgs.K >= 0i) && (rmod_1 >= 0i)) || ((podArgs.K < 0i) && (rmod_1 <= 0i))))] * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_8 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_13 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    var condval : u32;
    if (((((wq_ptr[((((((select((rmod_9 + podArgs.K), rmod_9, (((podArgs.K >= 0i) && (rmod_9 >= 0i)) || ((podArgs.K < 0i) && (rmod_9 <= 0i))))>>8u) * 34i) + ((ids_ptr[select((rdiv_3 - 1i), rdiv_3, (((podArgs.K >= 0i) && (rmod_10 >= 0i)) || ((podArgs.K < 0i) && (rmod_10 <= 0i))))] * (podArgs.K>>8u)) * 34i)) + (((select((rmod_11 + podArgs.K), rmod_11, (((podArgs.K >= 0i) && (rmod_11 >= 0i)) || ((podArgs.K < 0i) && (rmod_11 <= 0i)))) & 255i)>>5u) * 4i)) + ((select((rmod_12 + podArgs.K), rmod_12, (((podArgs.K >= 0i) && (rmod_12 >= 0i)) || ((podArgs.K < 0i) && (rmod_12 <= 0i)))) & 15i)>>2u)) + 2i)]>>u32((((select((rmod_13 + podArgs.K), rmod_13, (((podArgs.K >= 0i) && (rmod_13 >= 0i)) || ((podArgs.K < 0i) && (rmod_13 <= 0i)))) & 3i) * 8i) + (((select((rmod_14 + podArgs.K), rmod_14, (((podArgs.K >= 0i) && (rmod_14 >= 0i)) || ((podArgs.K < 0i) && (rmod_14 <= 0i)))) & 31i)>>4u) * 4i)))) & 15u)>>2u) < 1u)) {
      condval = 1059919873u;
} else {
      let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
      let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
      let rdiv_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
      let rmod_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
      let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
      let rmod_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
      let rmod_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
      var condval_1 : u32;
      if (((((wq_ptr[((((((select((rmod_15 + podArgs.K), rmod_15, (((podArgs.K >= 0i) && (rmod_15 >= 0i)) || ((podArgs.K < 0i) && (rmod_15 <= 0i))))>>8u) * 34i) + ((ids_ptr[select((rdiv_4 - 1i), rdiv_4, (((podArgs.K >= 0i) && (rmod_16 >= 0i)) || ((podArgs.K < 0i) && (rmod_16 <= 0i))))] * (podArgs.K>>8u)) * 34i)) + (((select((rmod_17 + podArgs.K), rmod_17, (((podArgs.K >= 0i) && (rmod_17 >= 0i)) || ((podArgs.K < 0i) && (rmod_17 <= 0i)))) & 255i)>>5u) * 4i)) + ((select((rmod_18 + podArgs.K), rmod_18, (((podArgs.K >= 0i) && (rmod_18 >= 0i)) || ((podArgs.K < 0i) && (rmod_18 <= 0i)))) & 15i)>>2u)) + 2i)]>>u32((((select((rmod_19 + podArgs.K), rmod_19, (((podArgs.K >= 0i) && (rmod_19 >= 0i)) || ((podArgs.K < 0i) && (rmod_19 <= 0i)))) & 3i) * 8i) + (((select((rmod_20 + podArgs.K), rmod_20, (((podArgs.K >= 0i) && (rmod_20 >= 0i)) || ((podArgs.K < 0i) && (rmod_20 <= 0i)))) & 31i)>>4u) * 4i)))) & 15u)>>3u) < 1u)) {
        condval_1 = 1986682191u;
} else {
        let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
        let rmod_22 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
        let rdiv_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
        let rmod_23 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
        let rmod_24 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
        let rmod_25 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
        let rmod_26 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
        condval_1 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((select((rmod_21 + podArgs.K), rmod_21, (((podArgs.K >= 0i) && (rmod_21 >= 0i)) || ((podArgs.K < 0i) && (rmod_21 <= 0i))))>>8u) * 34i) + ((ids_ptr[select((rdiv_5 - 1i), rdiv_5, (((podArgs.K >= 0i) && (rmod_22 >= 0i)) || ((podArgs.K < 0i) && (rmod_22 <= 0i))))] * (podArgs.K>>8u)) * 34i)) + (((select((rmod_23 + podArgs.K), rmod_23, (((podArgs.K >= 0i) && (rmod_23 >= 0i)) || ((podArgs.K < 0i) && (rmod_23 <= 0i)))) & 255i)>>5u) * 4i)) + ((select((rmod_24 + podArgs.K), rmod_24, (((podArgs.K >= 0i) && (rmod_24 >= 0i)) || ((podArgs.K < 0i) && (rmod_24 <= 0i)))) & 15i)>>2u)) + 2i)]>>u32((((select((rmod_25 + podArgs.K), rmod_25, (((podArgs.K >= 0i) && (rmod_25 >= 0i)) || ((podArgs.K < 0i) && (rmod_25 <= 0i)))) & 3i) * 8i) + (((select((rmod_26 + podArgs.K), rmod_26, (((podArgs.K >= 0i) && (rmod_26 >= 0i)) || ((podArgs.K < 0i) && (rmod_26 <= 0i)))) & 31i)>>4u) * 4i)))) & 15u) / 12u) < 1u));
}
      condval = condval_1;
}
    let rmod_27 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_28 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_29 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_30 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_31 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_32 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_33 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_34 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = ((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((select((rmod_2 + podArgs.K), rmod_2, (((podArgs.K >= 0i) && (rmod_2 >= 0i)) || ((podArgs.K < 0i) && (rmod_2 <= 0i))))>>8u) * 34i) + ((ids_ptr[select((rdiv_1 - 1i), rdiv_1, (((podArgs.K >= 0i) && (rmod_3 >= 0i)) || ((podArgs.K < 0i) && (rmod_3 <= 0i))))] * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((select((rmod_4 + podArgs.K), rmod_4, (((podArgs.K >= 0i) && (rmod_4 >= 0i)) || ((podArgs.K < 0i) && (rmod_4 <= 0i)))) & 255i)>>6u) * 8i))) & 255u))>>u32((((select((rmod_5 + podArgs.K), rmod_5, (((podArgs.K >= 0i) && (rmod_5 >= 0i)) || ((podArgs.K < 0i) && (rmod_5 <= 0i)))) & 63i)>>5u) * 4i))) & 15i) | (((i32(((wq_ptr[(((select((rmod_6 + podArgs.K), rmod_6, (((podArgs.K >= 0i) && (rmod_6 >= 0i)) || ((podArgs.K < 0i) && (rmod_6 <= 0i))))>>8u) * 34i) + ((ids_ptr[select((rdiv_2 - 1i), rdiv_2, (((podArgs.K >= 0i) && (rmod_7 >= 0i)) || ((podArgs.K < 0i) && (rmod_7 <= 0i))))] * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((select((rmod_8 + podArgs.K), rmod_8, (((podArgs.K >= 0i) && (rmod_8 >= 0i)) || ((podArgs.K < 0i) && (rmod_8 <= 0i)))) & 255i)>>5u) * 2i))) & 3i) * 16i)) - 32i))) * f32((i32((((((condval>>((((wq_ptr[((((((select((rmod_27 + podArgs.K), rmod_27, (((podArgs.K >= 0i) && (rmod_27 >= 0i)) || ((podArgs.K < 0i) && (rmod_27 <= 0i))))>>8u) * 34i) + ((ids_ptr[select((rdiv_6 - 1i), rdiv_6, (((podArgs.K >= 0i) && (rmod_28 >= 0i)) || ((podArgs.K < 0i) && (rmod_28 <= 0i))))] * (podArgs.K>>8u)) * 34i)) + (((select((rmod_29 + podArgs.K), rmod_29, (((podArgs.K >= 0i) && (rmod_29 >= 0i)) || ((podArgs.K < 0i) && (rmod_29 <= 0i)))) & 255i)>>5u) * 4i)) + ((select((rmod_30 + podArgs.K), rmod_30, (((podArgs.K >= 0i) && (rmod_30 >= 0i)) || ((podArgs.K < 0i) && (rmod_30 <= 0i)))) & 15i)>>2u)) + 2i)]>>u32((((select((rmod_31 + podArgs.K), rmod_31, (((podArgs.K >= 0i) && (rmod_31 >= 0i)) || ((podArgs.K < 0i) && (rmod_31 <= 0i)))) & 3i) * 8i) + (((select((rmod_32 + podArgs.K), rmod_32, (((podArgs.K >= 0i) && (rmod_32 >= 0i)) || ((podArgs.K < 0i) && (rmod_32 <= 0i)))) & 31i)>>4u) * 4i)))) & 15u) & 3u) * 8u)) & 255u)<<u32(((select((rmod_33 + podArgs.K), rmod_33, (((podArgs.K >= 0i) && (rmod_33 >= 0i)) || ((podArgs.K < 0i) && (rmod_33 <= 0i)))) & 3i) * 8i)))>>u32(((select((rmod_34 + podArgs.K), rmod_34, (((podArgs.K >= 0i) && (rmod_34 >= 0i)) || ((podArgs.K < 0i) && (rmod_34 <= 0i)))) & 3i) * 8i))) & 255u)) - 128i)));
  }
}
