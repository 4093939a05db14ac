enable f16;

@group(0) @binding(0) var<storage, read> x_ptr : array<f16>;
@group(0) @binding(1) var<storage, read_write> y_ptr : array<f16>;

struct PODArgs {
  N: i32,
  col0: i32,
  ldy: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn copy_columns_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
    let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
    let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
    let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
    y_ptr[(((select((rdiv - 1i), rdiv, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i)))) * podArgs.ldy) + podArgs.col0) + select((rmod_1 + podArgs.N), rmod_1, (((podArgs.N >= 0i) && (rmod_1 >= 0i)) || ((podArgs.N < 0i) && (rmod_1 <= 0i)))))] = x_ptr[((v__1 * 64i) + i32(threadIdx.x))];
  }
}
