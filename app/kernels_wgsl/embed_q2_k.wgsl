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
fn embed_q2_k_kernel(
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
let h : u32 = ((wq_ptr[((((select((rmod + podArgs.K), rmod, (((podArgs.K >= 0i) && (rmod >= 0i)) || ((podArgs.K < 0i) && (rmod <= 0i))))>>8u) * 21i) + ((ids_ptr[select((rdiv - 1i), rdiv, (((podArgs.K >= 0i) && (rmod_1 >= 0i)) || ((podArgs.K < 0i) && (rmod_1 <= 0i))))] * (podArgs.K>>8u)) * 21i)) + 20i)]>>16u) & 65535u);
    let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
        let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
let h_1 : u32 = ((wq_ptr[((((select((rmod_6 + podArgs.K), rmod_6, (((podArgs.K >= 0i) && (rmod_6 >= 0i)) || ((podArgs.K < 0i) && (rmod_6 <= 0i))))>>8u) * 21i) + ((ids_ptr[select((rdiv_2 - 1i), rdiv_2, (((podArgs.K >= 0i) && (rmod_7 >= 0i)) || ((podArgs.K < 0i) && (rmod_7 <= 0i))))] * (podArgs.K>>8u)) * 21i)) + 20i)]>>0u) & 65535u);
    let rmod_8 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_13 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = fma((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32((i32(((wq_ptr[((((select((rmod_2 + podArgs.K), rmod_2, (((podArgs.K >= 0i) && (rmod_2 >= 0i)) || ((podArgs.K < 0i) && (rmod_2 <= 0i))))>>8u) * 21i) + ((ids_ptr[select((rdiv_1 - 1i), rdiv_1, (((podArgs.K >= 0i) && (rmod_3 >= 0i)) || ((podArgs.K < 0i) && (rmod_3 <= 0i))))] * (podArgs.K>>8u)) * 21i)) + ((select((rmod_4 + podArgs.K), rmod_4, (((podArgs.K >= 0i) && (rmod_4 >= 0i)) || ((podArgs.K < 0i) && (rmod_4 <= 0i)))) & 255i)>>6u))]>>u32((((select((rmod_5 + podArgs.K), rmod_5, (((podArgs.K >= 0i) && (rmod_5 >= 0i)) || ((podArgs.K < 0i) && (rmod_5 <= 0i)))) & 63i)>>4u) * 8i))) & 255u))>>4u))), -1.000000e+00f, ((bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u)))) * f32((i32(((wq_ptr[((((select((rmod_8 + podArgs.K), rmod_8, (((podArgs.K >= 0i) && (rmod_8 >= 0i)) || ((podArgs.K < 0i) && (rmod_8 <= 0i))))>>8u) * 21i) + ((ids_ptr[select((rdiv_3 - 1i), rdiv_3, (((podArgs.K >= 0i) && (rmod_9 >= 0i)) || ((podArgs.K < 0i) && (rmod_9 <= 0i))))] * (podArgs.K>>8u)) * 21i)) + ((select((rmod_10 + podArgs.K), rmod_10, (((podArgs.K >= 0i) && (rmod_10 >= 0i)) || ((podArgs.K < 0i) && (rmod_10 <= 0i)))) & 255i)>>6u))]>>u32((((select((rmod_11 + podArgs.K), rmod_11, (((podArgs.K >= 0i) && (rmod_11 >= 0i)) || ((podArgs.K < 0i) && (rmod_11 <= 0i)))) & 63i)>>4u) * 8i))) & 255u)) & 15i))) * f32(i32(((((wq_ptr[((((((select((rmod_12 + podArgs.K), rmod_12, (((podArgs.K >= 0i) && (rmod_12 >= 0i)) || ((podArgs.K < 0i) && (rmod_12 <= 0i))))>>8u) * 21i) + ((ids_ptr[select((rdiv_4 - 1i), rdiv_4, (((podArgs.K >= 0i) && (rmod_13 >= 0i)) || ((podArgs.K < 0i) && (rmod_13 <= 0i))))] * (podArgs.K>>8u)) * 21i)) + (((select((rmod_14 + podArgs.K), rmod_14, (((podArgs.K >= 0i) && (rmod_14 >= 0i)) || ((podArgs.K < 0i) && (rmod_14 <= 0i)))) & 255i)>>7u) * 8i)) + ((select((rmod_15 + podArgs.K), rmod_15, (((podArgs.K >= 0i) && (rmod_15 >= 0i)) || ((podArgs.K < 0i) && (rmod_15 <= 0i)))) & 31i)>>2u)) + 4i)]>>u32((((select((rmod_16 + podArgs.K), rmod_16, (((podArgs.K >= 0i) && (rmod_16 >= 0i)) || ((podArgs.K < 0i) && (rmod_16 <= 0i)))) & 127i)>>5u) * 2i))) & 50529027u)>>u32(((select((rmod_17 + podArgs.K), rmod_17, (((podArgs.K >= 0i) && (rmod_17 >= 0i)) || ((podArgs.K < 0i) && (rmod_17 <= 0i)))) & 3i) * 8i))) & 255u)))));
  }
}
