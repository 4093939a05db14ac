enable f16;

@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> x_ptr : array<f16>;

struct PODArgs {
  K: i32,
  N: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn matmul_q6_k_add_f16_kernel(
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
let h : u32 = ((wq_ptr[(((((k>>8u) * 210i)>>2u) + (select((rmod_1 + podArgs.N), rmod_1, (((podArgs.N >= 0i) && (rmod_1 >= 0i)) || ((podArgs.N < 0i) && (rmod_1 <= 0i)))) * ((((podArgs.K>>8u) * 105i) + 1i)>>1u))) + 52i)]>>u32((((k & 511i)>>8u) * 16i))) & 65535u);
      let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(f32(x_ptr[((select((rdiv - 1i), rdiv, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i)))) * podArgs.K) + k)]), ((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32((i32(((wq_ptr[((((((k & 255i)>>7u) * 2i) + ((((k>>8u) * 105i) + ((k & 127i)>>5u))>>1u)) + (select((rmod_2 + podArgs.N), rmod_2, (((podArgs.N >= 0i) && (rmod_2 >= 0i)) || ((podArgs.N < 0i) && (rmod_2 <= 0i)))) * ((((podArgs.K>>8u) * 105i) + 1i)>>1u))) + 48i)]>>u32((((((k>>8u) * 210i) + ((k & 127i)>>4u)) & 3i) * 8i))) & 255u)) - ((i32(((wq_ptr[((((((k & 255i)>>7u) * 2i) + ((((k>>8u) * 105i) + ((k & 127i)>>5u))>>1u)) + (select((rmod_3 + podArgs.N), rmod_3, (((podArgs.N >= 0i) && (rmod_3 >= 0i)) || ((podArgs.N < 0i) && (rmod_3 <= 0i)))) * ((((podArgs.K>>8u) * 105i) + 1i)>>1u))) + 48i)]>>u32((((((k>>8u) * 210i) + ((k & 127i)>>4u)) & 3i) * 8i))) & 255u))>>7u) * 256i)))) * f32((i32(((((((((wq_ptr[((((((k & 255i)>>7u) * 16i) + (((k>>8u) * 210i)>>2u)) + ((k & 63i)>>2u)) + (select((rmod_4 + podArgs.N), rmod_4, (((podArgs.N >= 0i) && (rmod_4 >= 0i)) || ((podArgs.N < 0i) && (rmod_4 <= 0i)))) * ((((podArgs.K>>8u) * 105i) + 1i)>>1u)))]>>u32((((k & 511i)>>8u) * 16i))) & 65535u) | (((wq_ptr[((((((k & 255i)>>7u) * 16i) + ((k & 63i)>>2u)) + ((((k>>8u) * 105i) + 1i)>>1u)) + (select((rmod_5 + podArgs.N), rmod_5, (((podArgs.N >= 0i) && (rmod_5 >= 0i)) || ((podArgs.N < 0i) && (rmod_5 <= 0i)))) * ((((podArgs.K>>8u) * 105i) + 1i)>>1u)))]>>u32((((((k>>8u) * 210i) + 2i) & 3i) * 8i))) & 65535u)<<16u))>>u32((((k & 127i)>>6u) * 4i))) & 252645135u) | ((((((wq_ptr[(((((((k & 255i)>>7u) * 8i) + (((k>>8u) * 210i)>>2u)) + ((k & 31i)>>2u)) + (select((rmod_6 + podArgs.N), rmod_6, (((podArgs.N >= 0i) && (rmod_6 >= 0i)) || ((podArgs.N < 0i) && (rmod_6 <= 0i)))) * ((((podArgs.K>>8u) * 105i) + 1i)>>1u))) + 32i)]>>u32((((k & 511i)>>8u) * 16i))) & 65535u) | (((wq_ptr[((((((k & 255i)>>7u) * 8i) + ((k & 31i)>>2u)) + ((((k>>8u) * 105i) + 65i)>>1u)) + (select((rmod_7 + podArgs.N), rmod_7, (((podArgs.N >= 0i) && (rmod_7 >= 0i)) || ((podArgs.N < 0i) && (rmod_7 <= 0i)))) * ((((podArgs.K>>8u) * 105i) + 1i)>>1u)))]>>u32((((((k>>8u) * 210i) + 2i) & 3i) * 8i))) & 65535u)<<16u))>>u32((((k & 127i)>>5u) * 2i))) & 50529027u)<<4u))>>u32(((k & 3i) * 8i))) & 255u)) - 32i))), y_local[0i]);
    }
  }
  let rmod_8 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
  let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
  if (select((rdiv_1 - 1i), rdiv_1, (((podArgs.N >= 0i) && (rmod_8 >= 0i)) || ((podArgs.N < 0i) && (rmod_8 <= 0i)))) < podArgs.n) {
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = (y_local[0i] + residual_ptr[((v__1 * 64i) + i32(threadIdx.x))]);
  }
}
