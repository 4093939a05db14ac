@group(0) @binding(0) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;

struct PODArgs {
  K: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn embed_bf16_kernel(
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
    let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = bitcast<f32>((((wq_ptr[(((ids_ptr[select((rdiv - 1i), rdiv, (((podArgs.K >= 0i) && (rmod >= 0i)) || ((podArgs.K < 0i) && (rmod <= 0i))))] * (podArgs.K>>5u)) * 16i) + (select((rmod_1 + podArgs.K), rmod_1, (((podArgs.K >= 0i) && (rmod_1 >= 0i)) || ((podArgs.K < 0i) && (rmod_1 <= 0i))))>>1u))]>>u32(((select((rmod_2 + podArgs.K), rmod_2, (((podArgs.K >= 0i) && (rmod_2 >= 0i)) || ((podArgs.K < 0i) && (rmod_2 <= 0i)))) & 1i) * 16i))) & 65535u)<<16u));
  }
}
