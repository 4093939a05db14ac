enable f16;

@group(0) @binding(0) var<storage, read> gu_ptr : array<f16>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> wq_ptr : array<u32>;

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
fn gemv_silu_f16_add_f16_kernel(
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
      let h : u32 = ((wq_ptr[(((v__1 * (podArgs.K>>5u)) * 64i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u);
      y_rf_local[0i] = fma((((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) / (1.000000e+00f + exp((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) * -1.000000e+00f)))) * f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K)])) * bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[0i]);
      let h_1 : u32 = ((wq_ptr[(((((v__1 * 4i) + 1i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u);
      y_rf_local[1i] = fma((((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) / (1.000000e+00f + exp((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) * -1.000000e+00f)))) * f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K)])) * bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[1i]);
      let h_2 : u32 = ((wq_ptr[(((((v__1 * 4i) + 2i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u);
      y_rf_local[2i] = fma((((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) / (1.000000e+00f + exp((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) * -1.000000e+00f)))) * f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K)])) * bitcast<f32>((((h_2>>15u)<<31u) | select(select((((((h_2>>10u) & 31u) + 112u)<<23u) | ((h_2 & 1023u)<<13u)), (2139095040u | ((h_2 & 1023u)<<13u)), (((h_2>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_2 & 1023u))) - 201326592u), 0u, ((h_2 & 1023u) == 0u)), (((h_2>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[2i]);
      let h_3 : u32 = ((wq_ptr[(((((v__1 * 4i) + 3i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>0u) & 65535u);
      y_rf_local[3i] = fma((((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) / (1.000000e+00f + exp((f32(gu_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i))]) * -1.000000e+00f)))) * f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K)])) * bitcast<f32>((((h_3>>15u)<<31u) | select(select((((((h_3>>10u) & 31u) + 112u)<<23u) | ((h_3 & 1023u)<<13u)), (2139095040u | ((h_3 & 1023u)<<13u)), (((h_3>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_3 & 1023u))) - 201326592u), 0u, ((h_3 & 1023u) == 0u)), (((h_3>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[3i]);
      let h_4 : u32 = ((wq_ptr[(((v__1 * (podArgs.K>>5u)) * 64i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u);
      y_rf_local[0i] = fma((((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) / (1.000000e+00f + exp((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) * -1.000000e+00f)))) * f32(gu_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K) + 1i)])) * bitcast<f32>((((h_4>>15u)<<31u) | select(select((((((h_4>>10u) & 31u) + 112u)<<23u) | ((h_4 & 1023u)<<13u)), (2139095040u | ((h_4 & 1023u)<<13u)), (((h_4>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_4 & 1023u))) - 201326592u), 0u, ((h_4 & 1023u) == 0u)), (((h_4>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[0i]);
      let h_5 : u32 = ((wq_ptr[(((((v__1 * 4i) + 1i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u);
      y_rf_local[1i] = fma((((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) / (1.000000e+00f + exp((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) * -1.000000e+00f)))) * f32(gu_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K) + 1i)])) * bitcast<f32>((((h_5>>15u)<<31u) | select(select((((((h_5>>10u) & 31u) + 112u)<<23u) | ((h_5 & 1023u)<<13u)), (2139095040u | ((h_5 & 1023u)<<13u)), (((h_5>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_5 & 1023u))) - 201326592u), 0u, ((h_5 & 1023u) == 0u)), (((h_5>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[1i]);
      let h_6 : u32 = ((wq_ptr[(((((v__1 * 4i) + 2i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u);
      y_rf_local[2i] = fma((((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) / (1.000000e+00f + exp((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) * -1.000000e+00f)))) * f32(gu_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K) + 1i)])) * bitcast<f32>((((h_6>>15u)<<31u) | select(select((((((h_6>>10u) & 31u) + 112u)<<23u) | ((h_6 & 1023u)<<13u)), (2139095040u | ((h_6 & 1023u)<<13u)), (((h_6>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_6 & 1023u))) - 201326592u), 0u, ((h_6 & 1023u) == 0u)), (((h_6>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[2i]);
      let h_7 : u32 = ((wq_ptr[(((((v__1 * 4i) + 3i) * (podArgs.K>>5u)) * 16i) + min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)))]>>16u) & 65535u);
      y_rf_local[3i] = fma((((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) / (1.000000e+00f + exp((f32(gu_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + 1i)]) * -1.000000e+00f)))) * f32(gu_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 16i) - 1i)) * 2i) + ((i * podArgs.K) * 2i)) + podArgs.K) + 1i)])) * bitcast<f32>((((h_7>>15u)<<31u) | select(select((((((h_7>>10u) & 31u) + 112u)<<23u) | ((h_7 & 1023u)<<13u)), (2139095040u | ((h_7 & 1023u)<<13u)), (((h_7>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_7 & 1023u))) - 201326592u), 0u, ((h_7 & 1023u) == 0u)), (((h_7>>10u) & 31u) == 0u))))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 16i))), y_rf_local[3i]);
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
