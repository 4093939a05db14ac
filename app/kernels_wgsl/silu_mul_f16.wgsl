enable f16;

@group(0) @binding(0) var<storage, read> gu_ptr : array<f16>;
@group(0) @binding(1) var<storage, read_write> h_ptr : array<f16>;

struct PODArgs {
  F: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn silu_mul_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.F)) {
    let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.F);
    let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.F);
    let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.F);
    let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.F);
    let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.F);
    let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.F);
    let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.F);
    let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.F);
    let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.F);
    h_ptr[((v__1 * 64i) + i32(threadIdx.x))] = f16(((f32(gu_ptr[(((select((rdiv - 1i), rdiv, (((podArgs.F >= 0i) && (rmod >= 0i)) || ((podArgs.F < 0i) && (rmod <= 0i)))) * podArgs.F) * 2i) + select((rmod_1 + podArgs.F), rmod_1, (((podArgs.F >= 0i) && (rmod_1 >= 0i)) || ((podArgs.F < 0i) && (rmod_1 <= 0i)))))]) / (1.000000e+00f + exp((f32(gu_ptr[(((select((rdiv_1 - 1i), rdiv_1, (((podArgs.F >= 0i) && (rmod_2 >= 0i)) || ((podArgs.F < 0i) && (rmod_2 <= 0i)))) * podArgs.F) * 2i) + select((rmod_3 + podArgs.F), rmod_3, (((podArgs.F >= 0i) && (rmod_3 >= 0i)) || ((podArgs.F < 0i) && (rmod_3 <= 0i)))))]) * -1.000000e+00f)))) * f32(gu_ptr[((((select((rdiv_2 - 1i), rdiv_2, (((podArgs.F >= 0i) && (rmod_4 >= 0i)) || ((podArgs.F < 0i) && (rmod_4 <= 0i)))) * podArgs.F) * 2i) + podArgs.F) + select((rmod_5 + podArgs.F), rmod_5, (((podArgs.F >= 0i) && (rmod_5 >= 0i)) || ((podArgs.F < 0i) && (rmod_5 <= 0i)))))])));
  }
}
