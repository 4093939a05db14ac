enable f16;

@group(0) @binding(0) var<storage, read> b_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<f16>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<f16>;

struct PODArgs {
  N: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn add_bias_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
    let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
    y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = f16((f32(x_ptr[((v__1 * 64i) + i32(threadIdx.x))]) + b_ptr[select((rmod + podArgs.N), rmod, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i))))]));
  }
}
