@group(0) @binding(0) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  K: i32,
  n: i32,
  row0: i32,
  rows: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn merge_rows_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.K)) {
    let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    if ((podArgs.row0 <= ids_ptr[select((rdiv - 1i), rdiv, (((podArgs.K >= 0i) && (rmod >= 0i)) || ((podArgs.K < 0i) && (rmod <= 0i))))]) && (ids_ptr[select((rdiv_1 - 1i), rdiv_1, (((podArgs.K >= 0i) && (rmod_1 >= 0i)) || ((podArgs.K < 0i) && (rmod_1 <= 0i))))] < (podArgs.row0 + podArgs.rows))) {
      y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = x_ptr[((v__1 * 64i) + i32(threadIdx.x))];
    }
  }
}
