@group(0) @binding(0) var<storage, read_write> counts_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> seen_ptr : array<i32>;
@group(0) @binding(2) var<storage, read> token_ptr : array<i32>;

struct PODArgs {
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(1, 1, 1)
fn count_token_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  seen_ptr[token_ptr[0i]] = 1i;
  counts_ptr[token_ptr[0i]] = (counts_ptr[token_ptr[0i]] + 1i);
}
