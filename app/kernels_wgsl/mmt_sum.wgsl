@group(0) @binding(0) var<storage, read> part_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  N: i32,
  S: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn mmt_sum_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  for (var s : i32 = 0i; s < podArgs.S; s++) {
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      if (s == 0i) {
        y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = 0.000000e+00f;
      }
      y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = (y_ptr[((v__1 * 64i) + i32(threadIdx.x))] + part_ptr[(((v__1 * 64i) + ((s * podArgs.n) * podArgs.N)) + i32(threadIdx.x))]);
    }
  }
}
