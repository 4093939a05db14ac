@group(0) @binding(0) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> wscale_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> x_ptr : array<f32>;
@group(0) @binding(3) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  K: i32,
  N: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn matmul_q8_0_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var in_thread_y : array<f32, 1>;
  in_thread_y[0i] = 0.000000e+00f;
  for (var k_0 : i32 = 0i; k_0 < ((podArgs.K + 63i)>>6u); k_0++) {
    if (((k_0 * 64i) + i32(threadIdx.x)) < podArgs.K) {
      let rmod : i32 = (v__1 % podArgs.N);
      let rdiv : i32 = (v__1 / podArgs.N);
      let rmod_1 : i32 = (v__1 % podArgs.N);
      let rmod_2 : i32 = (v__1 % podArgs.N);
      let rmod_3 : i32 = (v__1 % podArgs.N);
      in_thread_y[0i] = fma(x_ptr[(((k_0 * 64i) + (select((rdiv - 1i), rdiv, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i)))) * podArgs.K)) + i32(threadIdx.x))], (wscale_ptr[(((k_0 * 2i) + (i32(threadIdx.x)>>5u)) + (select((rmod_1 + podArgs.N), rmod_1, (((podArgs.N >= 0i) && (rmod_1 >= 0i)) || ((podArgs.N < 0i) && (rmod_1 <= 0i)))) * (podArgs.K>>5u)))] * f32((i32(((wq_ptr[(((k_0 * 16i) + ((select((rmod_2 + podArgs.N), rmod_2, (((podArgs.N >= 0i) && (rmod_2 >= 0i)) || ((podArgs.N < 0i) && (rmod_2 <= 0i)))) * (podArgs.K>>5u)) * 8i)) + (i32(threadIdx.x)>>2u))]>>u32(((i32(threadIdx.x) & 3i) * 8i))) & 255u)) - ((i32(((wq_ptr[(((k_0 * 16i) + ((select((rmod_3 + podArgs.N), rmod_3, (((podArgs.N >= 0i) && (rmod_3 >= 0i)) || ((podArgs.N < 0i) && (rmod_3 <= 0i)))) * (podArgs.K>>5u)) * 8i)) + (i32(threadIdx.x)>>2u))]>>u32(((i32(threadIdx.x) & 3i) * 8i))) & 255u))>>7u) * 256i)))), in_thread_y[0i]);
    }
  }
  workgroupBarrier();
  red_buf0[i32(threadIdx.x)] = in_thread_y[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 32i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 32i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 16i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 8i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 8i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 4i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 2i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 2i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 1i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 1i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    y_ptr[v__1] = red_buf0[0i];
  }
}
