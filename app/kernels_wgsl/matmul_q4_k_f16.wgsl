enable f16;

@group(0) @binding(0) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<f16>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<f16>;

struct PODArgs {
  K: i32,
  N: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn matmul_q4_k_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var y_local : array<f32, 1>;
  for (var k : i32 = 0i; k < podArgs.K; k++) {
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      if (k == 0i) {
        y_local[0i] = 0.000000e+00f;
      }
      let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h : u32 = ((wq_ptr[(((k>>8u) * 36i) + ((select((rmod_1 + podArgs.N), rmod_1, (((podArgs.N >= 0i) && (rmod_1 >= 0i)) || ((podArgs.N < 0i) && (rmod_1 <= 0i)))) * (podArgs.K>>8u)) * 36i))]>>16u) & 65535u);
      let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
            let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_1 : u32 = ((wq_ptr[(((k>>8u) * 36i) + ((select((rmod_5 + podArgs.N), rmod_5, (((podArgs.N >= 0i) && (rmod_5 >= 0i)) || ((podArgs.N < 0i) && (rmod_5 <= 0i)))) * (podArgs.K>>8u)) * 36i))]>>0u) & 65535u);
      let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_8 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(f32(x_ptr[((select((rdiv - 1i), rdiv, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i)))) * podArgs.K) + k)]), fma((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32((((i32(((wq_ptr[((((k>>8u) * 36i) + ((select((rmod_2 + podArgs.N), rmod_2, (((podArgs.N >= 0i) && (rmod_2 >= 0i)) || ((podArgs.N < 0i) && (rmod_2 <= 0i)))) * (podArgs.K>>8u)) * 36i)) + 2i)]>>u32((((k & 127i)>>5u) * 8i))) & 255u)) & 63i) * (1i - ((k & 255i)>>7u))) + (((i32(((wq_ptr[((((k>>8u) * 36i) + ((select((rmod_3 + podArgs.N), rmod_3, (((podArgs.N >= 0i) && (rmod_3 >= 0i)) || ((podArgs.N < 0i) && (rmod_3 <= 0i)))) * (podArgs.K>>8u)) * 36i)) + 3i)]>>u32((((k & 127i)>>5u) * 8i))) & 255u))>>4u) | ((i32(((wq_ptr[((((k>>8u) * 36i) + ((select((rmod_4 + podArgs.N), rmod_4, (((podArgs.N >= 0i) && (rmod_4 >= 0i)) || ((podArgs.N < 0i) && (rmod_4 <= 0i)))) * (podArgs.K>>8u)) * 36i)) + 2i)]>>u32((((k & 127i)>>5u) * 8i))) & 255u))>>6u) * 16i)) * ((k & 255i)>>7u))))), -1.000000e+00f, ((bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u)))) * f32((((i32(((wq_ptr[((((k>>8u) * 36i) + ((select((rmod_6 + podArgs.N), rmod_6, (((podArgs.N >= 0i) && (rmod_6 >= 0i)) || ((podArgs.N < 0i) && (rmod_6 <= 0i)))) * (podArgs.K>>8u)) * 36i)) + 1i)]>>u32((((k & 127i)>>5u) * 8i))) & 255u)) & 63i) * (1i - ((k & 255i)>>7u))) + (((i32(((wq_ptr[((((k>>8u) * 36i) + ((select((rmod_7 + podArgs.N), rmod_7, (((podArgs.N >= 0i) && (rmod_7 >= 0i)) || ((podArgs.N < 0i) && (rmod_7 <= 0i)))) * (podArgs.K>>8u)) * 36i)) + 3i)]>>u32((((k & 127i)>>5u) * 8i))) & 255u)) & 15i) | ((i32(((wq_ptr[((((k>>8u) * 36i) + ((select((rmod_8 + podArgs.N), rmod_8, (((podArgs.N >= 0i) && (rmod_8 >= 0i)) || ((podArgs.N < 0i) && (rmod_8 <= 0i)))) * (podArgs.K>>8u)) * 36i)) + 1i)]>>u32((((k & 127i)>>5u) * 8i))) & 255u))>>6u) * 16i)) * ((k & 255i)>>7u))))) * f32(i32(((((wq_ptr[((((((k>>8u) * 36i) + ((select((rmod_9 + podArgs.N), rmod_9, (((podArgs.N >= 0i) && (rmod_9 >= 0i)) || ((podArgs.N < 0i) && (rmod_9 <= 0i)))) * (podArgs.K>>8u)) * 36i)) + (((k & 255i)>>6u) * 8i)) + ((k & 31i)>>2u)) + 4i)]>>u32((((k & 63i)>>5u) * 4i))) & 252645135u)>>u32(((k & 3i) * 8i))) & 255u))))), y_local[0i]);
    }
  }
  let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
  let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
  if (select((rdiv_1 - 1i), rdiv_1, (((podArgs.N >= 0i) && (rmod_10 >= 0i)) || ((podArgs.N < 0i) && (rmod_10 <= 0i)))) < podArgs.n) {
    y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = f16(y_local[0i]);
  }
}
