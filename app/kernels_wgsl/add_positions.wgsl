@group(0) @binding(0) var<storage, read> pos_embed_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  K: i32,
  n: i32,
  pos0: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn add_positions_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.K)) {
    y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = (x_ptr[((v__1 * 64i) + i32(threadIdx.x))] + pos_embed_ptr[(((v__1 * 64i) + i32(threadIdx.x)) + (podArgs.pos0 * podArgs.K))]);
  }
}
