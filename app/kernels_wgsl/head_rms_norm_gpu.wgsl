@group(0) @binding(0) var<storage, read> kw_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> qkv_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> qw_ptr : array<f32>;
@group(0) @binding(3) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  H: i32,
  Hkv: i32,
  eps: f32,
  hd: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
var<workgroup> ss_shared : array<f32, 1>;
@compute @workgroup_size(64, 1, 1)
fn head_rms_norm_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  var in_thread_ss_shared : array<f32, 1>;
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  in_thread_ss_shared[0i] = 0.000000e+00f;
  for (var ko : i32 = 0i; ko < ((podArgs.hd + 63i)>>6u); ko++) {
    in_thread_ss_shared[0i] = fma((qkv_ptr[(min(((ko * 64i) + i32(threadIdx.x)), (podArgs.hd - 1i)) + (((i32(blockIdx.y) * ((podArgs.Hkv * 2i) + podArgs.H)) + v__1) * podArgs.hd))] * qkv_ptr[(min(((ko * 64i) + i32(threadIdx.x)), (podArgs.hd - 1i)) + (((i32(blockIdx.y) * ((podArgs.Hkv * 2i) + podArgs.H)) + v__1) * podArgs.hd))]), f32((((ko * 64i) + i32(threadIdx.x)) < podArgs.hd)), in_thread_ss_shared[0i]);
  }
  workgroupBarrier();
  red_buf0[i32(threadIdx.x)] = in_thread_ss_shared[0i];
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
  for (var ax0_0 : i32 = 0i; ax0_0 < ((podArgs.hd + 63i)>>6u); ax0_0++) {
    if (((ax0_0 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      var condval : f32;
      if ((v__1 < podArgs.H)) {
        condval = ((qkv_ptr[((((ax0_0 * 64i) + ((i32(blockIdx.y) * ((podArgs.Hkv * 2i) + podArgs.H)) * podArgs.hd)) + (v__1 * podArgs.hd)) + i32(threadIdx.x))] * (1.000000e+00f / sqrt(((ss_shared[0i] / f32(podArgs.hd)) + podArgs.eps)))) * qw_ptr[((ax0_0 * 64i) + i32(threadIdx.x))]);
} else {
        var condval_1 : f32;
        if ((v__1 < (podArgs.H + podArgs.Hkv))) {
          condval_1 = ((qkv_ptr[((((ax0_0 * 64i) + ((i32(blockIdx.y) * ((podArgs.Hkv * 2i) + podArgs.H)) * podArgs.hd)) + (v__1 * podArgs.hd)) + i32(threadIdx.x))] * (1.000000e+00f / sqrt(((ss_shared[0i] / f32(podArgs.hd)) + podArgs.eps)))) * kw_ptr[((ax0_0 * 64i) + i32(threadIdx.x))]);
} else {
          condval_1 = qkv_ptr[((((ax0_0 * 64i) + ((i32(blockIdx.y) * ((podArgs.Hkv * 2i) + podArgs.H)) * podArgs.hd)) + (v__1 * podArgs.hd)) + i32(threadIdx.x))];
}
        condval = condval_1;
}
      y_ptr[((((ax0_0 * 64i) + ((i32(blockIdx.y) * ((podArgs.Hkv * 2i) + podArgs.H)) * podArgs.hd)) + (v__1 * podArgs.hd)) + i32(threadIdx.x))] = condval;
    }
  }
}
