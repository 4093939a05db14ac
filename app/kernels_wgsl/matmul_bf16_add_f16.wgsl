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
fn matmul_bf16_add_f16_kernel(
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
      y_local[0i] = fma(f32(x_ptr[((select((rdiv - 1i), rdiv, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i)))) * podArgs.K) + k)]), bitcast<f32>((((wq_ptr[(((select((rmod_1 + podArgs.N), rmod_1, (((podArgs.N >= 0i) && (rmod_1 >= 0i)) || ((podArgs.N < 0i) && (rmod_1 <= 0i)))) * (podArgs.K>>5u)) * 16i) + (k>>1u))]>>u32(((k & 1i) * 16i))) & 65535u)<<16u)), y_local[0i]);
    }
  }
  let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
  let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
  if (select((rdiv_1 - 1i), rdiv_1, (((podArgs.N >= 0i) && (rmod_2 >= 0i)) || ((podArgs.N < 0i) && (rmod_2 <= 0i)))) < podArgs.n) {
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = (y_local[0i] + residual_ptr[((v__1 * 64i) + i32(threadIdx.x))]);
  }
}
