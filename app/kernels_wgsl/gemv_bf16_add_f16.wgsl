enable f16;

@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> x_ptr : array<f16>;

struct PODArgs {
  K: i32,
  N: i32,
  Nb: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn gemv_bf16_add_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var y_rf_local : array<f32, 4>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    y_rf_local[0i] = 0.000000e+00f;
    y_rf_local[1i] = 0.000000e+00f;
    y_rf_local[2i] = 0.000000e+00f;
    y_rf_local[3i] = 0.000000e+00f;
    for (var wo : i32 = 0i; wo < ((podArgs.K + 96i)>>7u); wo++) {
      y_rf_local[0i] = fma((f32(x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K))]) * bitcast<f32>((((wq_ptr[(((v__1 * (podArgs.K>>5u)) * 64i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[0i]);
      y_rf_local[1i] = fma((f32(x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K))]) * bitcast<f32>((((wq_ptr[(((((v__1 * 4i) + 1i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[1i]);
      y_rf_local[2i] = fma((f32(x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K))]) * bitcast<f32>((((wq_ptr[(((((v__1 * 4i) + 2i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[2i]);
      y_rf_local[3i] = fma((f32(x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K))]) * bitcast<f32>((((wq_ptr[(((((v__1 * 4i) + 3i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[3i]);
      y_rf_local[0i] = fma((f32(x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K)) + 1i)]) * bitcast<f32>((((wq_ptr[(((v__1 * (podArgs.K>>5u)) * 64i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[0i]);
      y_rf_local[1i] = fma((f32(x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K)) + 1i)]) * bitcast<f32>((((wq_ptr[(((((v__1 * 4i) + 1i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[1i]);
      y_rf_local[2i] = fma((f32(x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K)) + 1i)]) * bitcast<f32>((((wq_ptr[(((((v__1 * 4i) + 2i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[2i]);
      y_rf_local[3i] = fma((f32(x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + (i * podArgs.K)) + 1i)]) * bitcast<f32>((((wq_ptr[(((((v__1 * 4i) + 3i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u)<<16u))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[3i]);
    }
    for (var ax1 : i32 = 0i; ax1 < 4i; ax1++) {
      workgroupBarrier();
      red_buf0[i32(threadIdx.x)] = y_rf_local[ax1];
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
        out_ptr[(((v__1 * 4i) + ((i * podArgs.Nb) * 4i)) + ax1)] = (red_buf0[0i] + residual_ptr[(((v__1 * 4i) + (i * podArgs.N)) + ax1)]);
      }
    }
  }
}
