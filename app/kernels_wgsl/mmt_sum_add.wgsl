@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> part_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> residual_ptr : array<f32>;

struct PODArgs {
  N: i32,
  S: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn mmt_sum_add_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var y_local : array<f32, 1>;
  for (var s : i32 = 0i; s < podArgs.S; s++) {
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      if (s == 0i) {
        y_local[0i] = 0.000000e+00f;
      }
      y_local[0i] = (y_local[0i] + part_ptr[(((v__1 * 64i) + ((s * podArgs.n) * podArgs.N)) + i32(threadIdx.x))]);
    }
  }
  let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
  let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
  if (select((rdiv - 1i), rdiv, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i)))) < podArgs.n) {
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = (y_local[0i] + residual_ptr[((v__1 * 64i) + i32(threadIdx.x))]);
  }
}
