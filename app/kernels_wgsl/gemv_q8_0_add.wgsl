@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> wscale_ptr : array<f32>;
@group(0) @binding(4) var<storage, read> x_ptr : array<f32>;

struct PODArgs {
  K: i32,
  N: i32,
  Nb: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn gemv_q8_0_add_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var y_rf_local : array<f32, 4>;
  y_rf_local[0i] = 0.000000e+00f;
  y_rf_local[1i] = 0.000000e+00f;
  y_rf_local[2i] = 0.000000e+00f;
  y_rf_local[3i] = 0.000000e+00f;
  for (var wd_0 : i32 = 0i; wd_0 < ((podArgs.K + 224i)>>8u); wd_0++) {
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod : i32 = (v__1 % podArgs.Nb);
      let rdiv : i32 = (v__1 / podArgs.Nb);
      let rmod_1 : i32 = (v__1 % podArgs.Nb);
      let rmod_2 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv - 1i), rdiv, (((podArgs.Nb >= 0i) && (rmod >= 0i)) || ((podArgs.Nb < 0i) && (rmod <= 0i)))) * podArgs.K))], (wscale_ptr[(((wd_0 * 8i) + ((select((rmod_1 + podArgs.Nb), rmod_1, (((podArgs.Nb >= 0i) && (rmod_1 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_1 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>3u))] * (bitcast<f32>(((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_2 + podArgs.Nb), rmod_2, (((podArgs.Nb >= 0i) && (rmod_2 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_2 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + i32(threadIdx.x))]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_3 : i32 = (v__1 % podArgs.Nb);
      let rdiv_1 : i32 = (v__1 / podArgs.Nb);
      let rmod_4 : i32 = (v__1 % podArgs.Nb);
      let rmod_5 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_1 - 1i), rdiv_1, (((podArgs.Nb >= 0i) && (rmod_3 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_3 <= 0i)))) * podArgs.K))], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_4 + podArgs.Nb), rmod_4, (((podArgs.Nb >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_4 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_5 + podArgs.Nb), rmod_5, (((podArgs.Nb >= 0i) && (rmod_5 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_5 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_6 : i32 = (v__1 % podArgs.Nb);
      let rdiv_2 : i32 = (v__1 / podArgs.Nb);
      let rmod_7 : i32 = (v__1 % podArgs.Nb);
      let rmod_8 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_2 - 1i), rdiv_2, (((podArgs.Nb >= 0i) && (rmod_6 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_6 <= 0i)))) * podArgs.K))], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_7 + podArgs.Nb), rmod_7, (((podArgs.Nb >= 0i) && (rmod_7 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_7 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_8 + podArgs.Nb), rmod_8, (((podArgs.Nb >= 0i) && (rmod_8 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_8 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 16i)) + i32(threadIdx.x))]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_9 : i32 = (v__1 % podArgs.Nb);
      let rdiv_3 : i32 = (v__1 / podArgs.Nb);
      let rmod_10 : i32 = (v__1 % podArgs.Nb);
      let rmod_11 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_3 - 1i), rdiv_3, (((podArgs.Nb >= 0i) && (rmod_9 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_9 <= 0i)))) * podArgs.K))], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_10 + podArgs.Nb), rmod_10, (((podArgs.Nb >= 0i) && (rmod_10 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_10 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_11 + podArgs.Nb), rmod_11, (((podArgs.Nb >= 0i) && (rmod_11 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_11 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 24i)) + i32(threadIdx.x))]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_12 : i32 = (v__1 % podArgs.Nb);
      let rdiv_4 : i32 = (v__1 / podArgs.Nb);
      let rmod_13 : i32 = (v__1 % podArgs.Nb);
      let rmod_14 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_4 - 1i), rdiv_4, (((podArgs.Nb >= 0i) && (rmod_12 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_12 <= 0i)))) * podArgs.K)) + 1i)], (wscale_ptr[(((wd_0 * 8i) + ((select((rmod_13 + podArgs.Nb), rmod_13, (((podArgs.Nb >= 0i) && (rmod_13 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_13 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>3u))] * (bitcast<f32>(((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_14 + podArgs.Nb), rmod_14, (((podArgs.Nb >= 0i) && (rmod_14 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_14 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + i32(threadIdx.x))]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_15 : i32 = (v__1 % podArgs.Nb);
      let rdiv_5 : i32 = (v__1 / podArgs.Nb);
      let rmod_16 : i32 = (v__1 % podArgs.Nb);
      let rmod_17 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_5 - 1i), rdiv_5, (((podArgs.Nb >= 0i) && (rmod_15 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_15 <= 0i)))) * podArgs.K)) + 1i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_16 + podArgs.Nb), rmod_16, (((podArgs.Nb >= 0i) && (rmod_16 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_16 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_17 + podArgs.Nb), rmod_17, (((podArgs.Nb >= 0i) && (rmod_17 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_17 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_18 : i32 = (v__1 % podArgs.Nb);
      let rdiv_6 : i32 = (v__1 / podArgs.Nb);
      let rmod_19 : i32 = (v__1 % podArgs.Nb);
      let rmod_20 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_6 - 1i), rdiv_6, (((podArgs.Nb >= 0i) && (rmod_18 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_18 <= 0i)))) * podArgs.K)) + 1i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_19 + podArgs.Nb), rmod_19, (((podArgs.Nb >= 0i) && (rmod_19 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_19 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_20 + podArgs.Nb), rmod_20, (((podArgs.Nb >= 0i) && (rmod_20 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_20 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 16i)) + i32(threadIdx.x))]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_21 : i32 = (v__1 % podArgs.Nb);
      let rdiv_7 : i32 = (v__1 / podArgs.Nb);
      let rmod_22 : i32 = (v__1 % podArgs.Nb);
      let rmod_23 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_7 - 1i), rdiv_7, (((podArgs.Nb >= 0i) && (rmod_21 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_21 <= 0i)))) * podArgs.K)) + 1i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_22 + podArgs.Nb), rmod_22, (((podArgs.Nb >= 0i) && (rmod_22 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_22 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_23 + podArgs.Nb), rmod_23, (((podArgs.Nb >= 0i) && (rmod_23 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_23 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 24i)) + i32(threadIdx.x))]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_24 : i32 = (v__1 % podArgs.Nb);
      let rdiv_8 : i32 = (v__1 / podArgs.Nb);
      let rmod_25 : i32 = (v__1 % podArgs.Nb);
      let rmod_26 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_8 - 1i), rdiv_8, (((podArgs.Nb >= 0i) && (rmod_24 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_24 <= 0i)))) * podArgs.K)) + 2i)], (wscale_ptr[(((wd_0 * 8i) + ((select((rmod_25 + podArgs.Nb), rmod_25, (((podArgs.Nb >= 0i) && (rmod_25 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_25 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>3u))] * (bitcast<f32>(((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_26 + podArgs.Nb), rmod_26, (((podArgs.Nb >= 0i) && (rmod_26 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_26 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + i32(threadIdx.x))]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_27 : i32 = (v__1 % podArgs.Nb);
      let rdiv_9 : i32 = (v__1 / podArgs.Nb);
      let rmod_28 : i32 = (v__1 % podArgs.Nb);
      let rmod_29 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_9 - 1i), rdiv_9, (((podArgs.Nb >= 0i) && (rmod_27 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_27 <= 0i)))) * podArgs.K)) + 2i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_28 + podArgs.Nb), rmod_28, (((podArgs.Nb >= 0i) && (rmod_28 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_28 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_29 + podArgs.Nb), rmod_29, (((podArgs.Nb >= 0i) && (rmod_29 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_29 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_30 : i32 = (v__1 % podArgs.Nb);
      let rdiv_10 : i32 = (v__1 / podArgs.Nb);
      let rmod_31 : i32 = (v__1 % podArgs.Nb);
      let rmod_32 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_10 - 1i), rdiv_10, (((podArgs.Nb >= 0i) && (rmod_30 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_30 <= 0i)))) * podArgs.K)) + 2i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_31 + podArgs.Nb), rmod_31, (((podArgs.Nb >= 0i) && (rmod_31 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_31 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_32 + podArgs.Nb), rmod_32, (((podArgs.Nb >= 0i) && (rmod_32 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_32 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 16i)) + i32(threadIdx.x))]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_33 : i32 = (v__1 % podArgs.Nb);
      let rdiv_11 : i32 = (v__1 / podArgs.Nb);
      let rmod_34 : i32 = (v__1 % podArgs.Nb);
      let rmod_35 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_11 - 1i), rdiv_11, (((podArgs.Nb >= 0i) && (rmod_33 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_33 <= 0i)))) * podArgs.K)) + 2i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_34 + podArgs.Nb), rmod_34, (((podArgs.Nb >= 0i) && (rmod_34 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_34 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_35 + podArgs.Nb), rmod_35, (((podArgs.Nb >= 0i) && (rmod_35 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_35 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 24i)) + i32(threadIdx.x))]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_36 : i32 = (v__1 % podArgs.Nb);
      let rdiv_12 : i32 = (v__1 / podArgs.Nb);
      let rmod_37 : i32 = (v__1 % podArgs.Nb);
      let rmod_38 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_12 - 1i), rdiv_12, (((podArgs.Nb >= 0i) && (rmod_36 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_36 <= 0i)))) * podArgs.K)) + 3i)], (wscale_ptr[(((wd_0 * 8i) + ((select((rmod_37 + podArgs.Nb), rmod_37, (((podArgs.Nb >= 0i) && (rmod_37 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_37 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>3u))] * (bitcast<f32>(((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_38 + podArgs.Nb), rmod_38, (((podArgs.Nb >= 0i) && (rmod_38 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_38 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + i32(threadIdx.x))]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_39 : i32 = (v__1 % podArgs.Nb);
      let rdiv_13 : i32 = (v__1 / podArgs.Nb);
      let rmod_40 : i32 = (v__1 % podArgs.Nb);
      let rmod_41 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_13 - 1i), rdiv_13, (((podArgs.Nb >= 0i) && (rmod_39 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_39 <= 0i)))) * podArgs.K)) + 3i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_40 + podArgs.Nb), rmod_40, (((podArgs.Nb >= 0i) && (rmod_40 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_40 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_41 + podArgs.Nb), rmod_41, (((podArgs.Nb >= 0i) && (rmod_41 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_41 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_42 : i32 = (v__1 % podArgs.Nb);
      let rdiv_14 : i32 = (v__1 / podArgs.Nb);
      let rmod_43 : i32 = (v__1 % podArgs.Nb);
      let rmod_44 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_14 - 1i), rdiv_14, (((podArgs.Nb >= 0i) && (rmod_42 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_42 <= 0i)))) * podArgs.K)) + 3i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_43 + podArgs.Nb), rmod_43, (((podArgs.Nb >= 0i) && (rmod_43 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_43 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_44 + podArgs.Nb), rmod_44, (((podArgs.Nb >= 0i) && (rmod_44 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_44 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 16i)) + i32(threadIdx.x))]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i)) {
      let rmod_45 : i32 = (v__1 % podArgs.Nb);
      let rdiv_15 : i32 = (v__1 / podArgs.Nb);
      let rmod_46 : i32 = (v__1 % podArgs.Nb);
      let rmod_47 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[((((wd_0 * 256i) + (i32(threadIdx.x) * 4i)) + (select((rdiv_15 - 1i), rdiv_15, (((podArgs.Nb >= 0i) && (rmod_45 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_45 <= 0i)))) * podArgs.K)) + 3i)], (wscale_ptr[(((wd_0 * 8i) + (i32(threadIdx.x)>>3u)) + (((select((rmod_46 + podArgs.Nb), rmod_46, (((podArgs.Nb >= 0i) && (rmod_46 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_46 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))] * (bitcast<f32>(((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_47 + podArgs.Nb), rmod_47, (((podArgs.Nb >= 0i) && (rmod_47 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_47 <= 0i)))) * (podArgs.K>>5u)) * 32i)) + ((podArgs.K>>5u) * 24i)) + i32(threadIdx.x))]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f)), y_rf_local[3i]);
    }
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
      let rmod_48 : i32 = (v__1 % podArgs.Nb);
      let rmod_49 : i32 = (v__1 % podArgs.Nb);
      let rdiv_16 : i32 = (v__1 / podArgs.Nb);
      out_ptr[((v__1 * 4i) + ax1)] = (red_buf0[0i] + residual_ptr[(((select((rmod_48 + podArgs.Nb), rmod_48, (((podArgs.Nb >= 0i) && (rmod_48 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_48 <= 0i)))) * 4i) + (select((rdiv_16 - 1i), rdiv_16, (((podArgs.Nb >= 0i) && (rmod_49 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_49 <= 0i)))) * podArgs.N)) + ax1)]);
    }
  }
}
