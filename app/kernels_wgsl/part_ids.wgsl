@group(0) @binding(0) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> y_ptr : array<i32>;

struct PODArgs {
  n: i32,
  row0: i32,
  rows: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn part_ids_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < podArgs.n) {
    y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = max(min((ids_ptr[((v__1 * 64i) + i32(threadIdx.x))] - podArgs.row0), (podArgs.rows - 1i)), 0i);
  }
}
