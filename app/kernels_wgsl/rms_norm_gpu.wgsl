@group(0) @binding(0) var<storage, read> w_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  K: i32,
  eps: f32,
  n: i32,
  row0: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 256>;
var<workgroup> ss_shared : array<f32, 1>;
@compute @workgroup_size(256, 1, 1)
fn rms_norm_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var in_thread_ss_shared : array<f32, 1>;
  in_thread_ss_shared[0i] = 0.000000e+00f;
  for (var ko : i32 = 0i; ko < ((podArgs.K + 1023i)>>10u); ko++) {
    in_thread_ss_shared[0i] = fma((x_ptr[(min(((ko * 1024i) + i32(threadIdx.x)), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))] * x_ptr[(min(((ko * 1024i) + i32(threadIdx.x)), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))]), f32((((ko * 1024i) + i32(threadIdx.x)) < podArgs.K)), in_thread_ss_shared[0i]);
    in_thread_ss_shared[0i] = fma((x_ptr[(min((((ko * 1024i) + i32(threadIdx.x)) + 256i), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))] * x_ptr[(min((((ko * 1024i) + i32(threadIdx.x)) + 256i), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))]), f32(((((ko * 1024i) + i32(threadIdx.x)) + 256i) < podArgs.K)), in_thread_ss_shared[0i]);
    in_thread_ss_shared[0i] = fma((x_ptr[(min((((ko * 1024i) + i32(threadIdx.x)) + 512i), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))] * x_ptr[(min((((ko * 1024i) + i32(threadIdx.x)) + 512i), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))]), f32(((((ko * 1024i) + i32(threadIdx.x)) + 512i) < podArgs.K)), in_thread_ss_shared[0i]);
    in_thread_ss_shared[0i] = fma((x_ptr[(min((((ko * 1024i) + i32(threadIdx.x)) + 768i), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))] * x_ptr[(min((((ko * 1024i) + i32(threadIdx.x)) + 768i), (podArgs.K - 1i)) + ((v__1 + podArgs.row0) * podArgs.K))]), f32(((((ko * 1024i) + i32(threadIdx.x)) + 768i) < podArgs.K)), in_thread_ss_shared[0i]);
  }
  workgroupBarrier();
  red_buf0[i32(threadIdx.x)] = in_thread_ss_shared[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 128i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 128i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 64i) {
    red_buf0[i32(threadIdx.x)] = (red_buf0[i32(threadIdx.x)] + red_buf0[(i32(threadIdx.x) + 64i)]);
  }
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
    ss_shared[0i] = red_buf0[0i];
  }
  workgroupBarrier();
  for (var ax0_0 : i32 = 0i; ax0_0 < ((podArgs.K + 255i)>>8u); ax0_0++) {
    if (((ax0_0 * 256i) + i32(threadIdx.x)) < podArgs.K) {
      y_ptr[(((ax0_0 * 256i) + (v__1 * podArgs.K)) + i32(threadIdx.x))] = ((x_ptr[((((ax0_0 * 256i) + (v__1 * podArgs.K)) + i32(threadIdx.x)) + (podArgs.row0 * podArgs.K))] * (1.000000e+00f / sqrt(((ss_shared[0i] / f32(podArgs.K)) + podArgs.eps)))) * w_ptr[((ax0_0 * 256i) + i32(threadIdx.x))]);
    }
  }
}
