@group(0) @binding(0) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> wscale_ptr : array<f32>;

struct PODArgs {
  K: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn embed_q8_0_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.K)) {
    let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.K);
    let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.K);
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = (wscale_ptr[((select((rmod + podArgs.K), rmod, (((podArgs.K >= 0i) && (rmod >= 0i)) || ((podArgs.K < 0i) && (rmod <= 0i))))>>5u) + (ids_ptr[select((rdiv - 1i), rdiv, (((podArgs.K >= 0i) && (rmod_1 >= 0i)) || ((podArgs.K < 0i) && (rmod_1 <= 0i))))] * (podArgs.K>>5u)))] * f32((i32(((wq_ptr[(((ids_ptr[select((rdiv_1 - 1i), rdiv_1, (((podArgs.K >= 0i) && (rmod_2 >= 0i)) || ((podArgs.K < 0i) && (rmod_2 <= 0i))))] * (podArgs.K>>5u)) * 8i) + (select((rmod_3 + podArgs.K), rmod_3, (((podArgs.K >= 0i) && (rmod_3 >= 0i)) || ((podArgs.K < 0i) && (rmod_3 <= 0i))))>>2u))]>>u32(((select((rmod_4 + podArgs.K), rmod_4, (((podArgs.K >= 0i) && (rmod_4 >= 0i)) || ((podArgs.K < 0i) && (rmod_4 <= 0i)))) & 3i) * 8i))) & 255u)) - ((i32(((wq_ptr[(((ids_ptr[select((rdiv_2 - 1i), rdiv_2, (((podArgs.K >= 0i) && (rmod_5 >= 0i)) || ((podArgs.K < 0i) && (rmod_5 <= 0i))))] * (podArgs.K>>5u)) * 8i) + (select((rmod_6 + podArgs.K), rmod_6, (((podArgs.K >= 0i) && (rmod_6 >= 0i)) || ((podArgs.K < 0i) && (rmod_6 <= 0i))))>>2u))]>>u32(((select((rmod_7 + podArgs.K), rmod_7, (((podArgs.K >= 0i) && (rmod_7 >= 0i)) || ((podArgs.K < 0i) && (rmod_7 <= 0i)))) & 3i) * 8i))) & 255u))>>7u) * 256i))));
  }
}
