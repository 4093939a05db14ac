@group(0) @binding(0) var<storage, read_write> p_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> s_ptr : array<f32>;

struct PODArgs {
  L: i32,
  R: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
var<workgroup> mx_shared : array<f32, 1>;
var<workgroup> red_buf0_1 : array<f32, 64>;
var<workgroup> z_shared : array<f32, 1>;
@compute @workgroup_size(64, 1, 1)
fn softmax_rows_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var in_thread_mx_shared : array<f32, 1>;
  var in_thread_z_shared : array<f32, 1>;
  in_thread_mx_shared[0i] = -3.402823e+38f;
  for (var ax1_fused_0 : i32 = 0i; ax1_fused_0 < ((podArgs.L + 63i)>>6u); ax1_fused_0++) {
    if (((ax1_fused_0 * 64i) + i32(threadIdx.x)) < podArgs.L) {
      in_thread_mx_shared[0i] = max(in_thread_mx_shared[0i], s_ptr[(((ax1_fused_0 * 64i) + (v__1 * podArgs.L)) + i32(threadIdx.x))]);
    }
  }
  workgroupBarrier();
  red_buf0[i32(threadIdx.x)] = in_thread_mx_shared[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 32i) {
    red_buf0[i32(threadIdx.x)] = max(red_buf0[i32(threadIdx.x)], red_buf0[(i32(threadIdx.x) + 32i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    red_buf0[i32(threadIdx.x)] = max(red_buf0[i32(threadIdx.x)], red_buf0[(i32(threadIdx.x) + 16i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 8i) {
    red_buf0[i32(threadIdx.x)] = max(red_buf0[i32(threadIdx.x)], red_buf0[(i32(threadIdx.x) + 8i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    red_buf0[i32(threadIdx.x)] = max(red_buf0[i32(threadIdx.x)], red_buf0[(i32(threadIdx.x) + 4i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 2i) {
    red_buf0[i32(threadIdx.x)] = max(red_buf0[i32(threadIdx.x)], red_buf0[(i32(threadIdx.x) + 2i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 1i) {
    red_buf0[i32(threadIdx.x)] = max(red_buf0[i32(threadIdx.x)], red_buf0[(i32(threadIdx.x) + 1i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    mx_shared[0i] = red_buf0[0i];
  }
  in_thread_z_shared[0i] = 0.000000e+00f;
  workgroupBarrier();
  for (var ax1_fused_0_1 : i32 = 0i; ax1_fused_0_1 < ((podArgs.L + 63i)>>6u); ax1_fused_0_1++) {
    if (((ax1_fused_0_1 * 64i) + i32(threadIdx.x)) < podArgs.L) {
      in_thread_z_shared[0i] = (in_thread_z_shared[0i] + exp((s_ptr[(((ax1_fused_0_1 * 64i) + (v__1 * podArgs.L)) + i32(threadIdx.x))] - mx_shared[0i])));
    }
  }
  workgroupBarrier();
  red_buf0_1[i32(threadIdx.x)] = in_thread_z_shared[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 32i) {
    red_buf0_1[i32(threadIdx.x)] = (red_buf0_1[i32(threadIdx.x)] + red_buf0_1[(i32(threadIdx.x) + 32i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    red_buf0_1[i32(threadIdx.x)] = (red_buf0_1[i32(threadIdx.x)] + red_buf0_1[(i32(threadIdx.x) + 16i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 8i) {
    red_buf0_1[i32(threadIdx.x)] = (red_buf0_1[i32(threadIdx.x)] + red_buf0_1[(i32(threadIdx.x) + 8i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    red_buf0_1[i32(threadIdx.x)] = (red_buf0_1[i32(threadIdx.x)] + red_buf0_1[(i32(threadIdx.x) + 4i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 2i) {
    red_buf0_1[i32(threadIdx.x)] = (red_buf0_1[i32(threadIdx.x)] + red_buf0_1[(i32(threadIdx.x) + 2i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 1i) {
    red_buf0_1[i32(threadIdx.x)] = (red_buf0_1[i32(threadIdx.x)] + red_buf0_1[(i32(threadIdx.x) + 1i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    z_shared[0i] = red_buf0_1[0i];
  }
  workgroupBarrier();
  for (var ax1_0 : i32 = 0i; ax1_0 < ((podArgs.L + 63i)>>6u); ax1_0++) {
    if (((ax1_0 * 64i) + i32(threadIdx.x)) < podArgs.L) {
      p_ptr[(((ax1_0 * 64i) + (v__1 * podArgs.L)) + i32(threadIdx.x))] = (exp((s_ptr[(((ax1_0 * 64i) + (v__1 * podArgs.L)) + i32(threadIdx.x))] - mx_shared[0i])) / z_shared[0i]);
    }
  }
}
