@group(0) @binding(0) var<storage, read> wmin_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(2) var<storage, read> wscale_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> x_ptr : array<f32>;
@group(0) @binding(4) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  K: i32,
  Nb: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn gemv_q4_1_kernel(
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
  for (var wd_0 : i32 = 0i; wd_0 < ((podArgs.K + 480i)>>9u); wd_0++) {
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod : i32 = (v__1 % podArgs.Nb);
      let rdiv : i32 = (v__1 / podArgs.Nb);
      let rmod_1 : i32 = (v__1 % podArgs.Nb);
      let rmod_2 : i32 = (v__1 % podArgs.Nb);
      let rmod_3 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv - 1i), rdiv, (((podArgs.Nb >= 0i) && (rmod >= 0i)) || ((podArgs.Nb < 0i) && (rmod <= 0i)))) * podArgs.K))], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_1 + podArgs.Nb), rmod_1, (((podArgs.Nb >= 0i) && (rmod_1 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_1 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_2 + podArgs.Nb), rmod_2, (((podArgs.Nb >= 0i) && (rmod_2 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_2 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>0u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_3 + podArgs.Nb), rmod_3, (((podArgs.Nb >= 0i) && (rmod_3 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_3 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_4 : i32 = (v__1 % podArgs.Nb);
      let rdiv_1 : i32 = (v__1 / podArgs.Nb);
      let rmod_5 : i32 = (v__1 % podArgs.Nb);
      let rmod_6 : i32 = (v__1 % podArgs.Nb);
      let rmod_7 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_1 - 1i), rdiv_1, (((podArgs.Nb >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_4 <= 0i)))) * podArgs.K))], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_5 + podArgs.Nb), rmod_5, (((podArgs.Nb >= 0i) && (rmod_5 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_5 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_6 + podArgs.Nb), rmod_6, (((podArgs.Nb >= 0i) && (rmod_6 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_6 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>0u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_7 + podArgs.Nb), rmod_7, (((podArgs.Nb >= 0i) && (rmod_7 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_7 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_8 : i32 = (v__1 % podArgs.Nb);
      let rdiv_2 : i32 = (v__1 / podArgs.Nb);
      let rmod_9 : i32 = (v__1 % podArgs.Nb);
      let rmod_10 : i32 = (v__1 % podArgs.Nb);
      let rmod_11 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_2 - 1i), rdiv_2, (((podArgs.Nb >= 0i) && (rmod_8 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_8 <= 0i)))) * podArgs.K))], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_9 + podArgs.Nb), rmod_9, (((podArgs.Nb >= 0i) && (rmod_9 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_9 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_10 + podArgs.Nb), rmod_10, (((podArgs.Nb >= 0i) && (rmod_10 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_10 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>0u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_11 + podArgs.Nb), rmod_11, (((podArgs.Nb >= 0i) && (rmod_11 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_11 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_12 : i32 = (v__1 % podArgs.Nb);
      let rdiv_3 : i32 = (v__1 / podArgs.Nb);
      let rmod_13 : i32 = (v__1 % podArgs.Nb);
      let rmod_14 : i32 = (v__1 % podArgs.Nb);
      let rmod_15 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_3 - 1i), rdiv_3, (((podArgs.Nb >= 0i) && (rmod_12 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_12 <= 0i)))) * podArgs.K))], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_13 + podArgs.Nb), rmod_13, (((podArgs.Nb >= 0i) && (rmod_13 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_13 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_14 + podArgs.Nb), rmod_14, (((podArgs.Nb >= 0i) && (rmod_14 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_14 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>0u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_15 + podArgs.Nb), rmod_15, (((podArgs.Nb >= 0i) && (rmod_15 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_15 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_16 : i32 = (v__1 % podArgs.Nb);
      let rdiv_4 : i32 = (v__1 / podArgs.Nb);
      let rmod_17 : i32 = (v__1 % podArgs.Nb);
      let rmod_18 : i32 = (v__1 % podArgs.Nb);
      let rmod_19 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_4 - 1i), rdiv_4, (((podArgs.Nb >= 0i) && (rmod_16 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_16 <= 0i)))) * podArgs.K)) + 1i)], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_17 + podArgs.Nb), rmod_17, (((podArgs.Nb >= 0i) && (rmod_17 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_17 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_18 + podArgs.Nb), rmod_18, (((podArgs.Nb >= 0i) && (rmod_18 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_18 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>8u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_19 + podArgs.Nb), rmod_19, (((podArgs.Nb >= 0i) && (rmod_19 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_19 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_20 : i32 = (v__1 % podArgs.Nb);
      let rdiv_5 : i32 = (v__1 / podArgs.Nb);
      let rmod_21 : i32 = (v__1 % podArgs.Nb);
      let rmod_22 : i32 = (v__1 % podArgs.Nb);
      let rmod_23 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_5 - 1i), rdiv_5, (((podArgs.Nb >= 0i) && (rmod_20 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_20 <= 0i)))) * podArgs.K)) + 1i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_21 + podArgs.Nb), rmod_21, (((podArgs.Nb >= 0i) && (rmod_21 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_21 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_22 + podArgs.Nb), rmod_22, (((podArgs.Nb >= 0i) && (rmod_22 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_22 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>8u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_23 + podArgs.Nb), rmod_23, (((podArgs.Nb >= 0i) && (rmod_23 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_23 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_24 : i32 = (v__1 % podArgs.Nb);
      let rdiv_6 : i32 = (v__1 / podArgs.Nb);
      let rmod_25 : i32 = (v__1 % podArgs.Nb);
      let rmod_26 : i32 = (v__1 % podArgs.Nb);
      let rmod_27 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_6 - 1i), rdiv_6, (((podArgs.Nb >= 0i) && (rmod_24 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_24 <= 0i)))) * podArgs.K)) + 1i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_25 + podArgs.Nb), rmod_25, (((podArgs.Nb >= 0i) && (rmod_25 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_25 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_26 + podArgs.Nb), rmod_26, (((podArgs.Nb >= 0i) && (rmod_26 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_26 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>8u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_27 + podArgs.Nb), rmod_27, (((podArgs.Nb >= 0i) && (rmod_27 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_27 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_28 : i32 = (v__1 % podArgs.Nb);
      let rdiv_7 : i32 = (v__1 / podArgs.Nb);
      let rmod_29 : i32 = (v__1 % podArgs.Nb);
      let rmod_30 : i32 = (v__1 % podArgs.Nb);
      let rmod_31 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_7 - 1i), rdiv_7, (((podArgs.Nb >= 0i) && (rmod_28 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_28 <= 0i)))) * podArgs.K)) + 1i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_29 + podArgs.Nb), rmod_29, (((podArgs.Nb >= 0i) && (rmod_29 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_29 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_30 + podArgs.Nb), rmod_30, (((podArgs.Nb >= 0i) && (rmod_30 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_30 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>8u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_31 + podArgs.Nb), rmod_31, (((podArgs.Nb >= 0i) && (rmod_31 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_31 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_32 : i32 = (v__1 % podArgs.Nb);
      let rdiv_8 : i32 = (v__1 / podArgs.Nb);
      let rmod_33 : i32 = (v__1 % podArgs.Nb);
      let rmod_34 : i32 = (v__1 % podArgs.Nb);
      let rmod_35 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_8 - 1i), rdiv_8, (((podArgs.Nb >= 0i) && (rmod_32 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_32 <= 0i)))) * podArgs.K)) + 2i)], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_33 + podArgs.Nb), rmod_33, (((podArgs.Nb >= 0i) && (rmod_33 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_33 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_34 + podArgs.Nb), rmod_34, (((podArgs.Nb >= 0i) && (rmod_34 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_34 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>16u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_35 + podArgs.Nb), rmod_35, (((podArgs.Nb >= 0i) && (rmod_35 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_35 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_36 : i32 = (v__1 % podArgs.Nb);
      let rdiv_9 : i32 = (v__1 / podArgs.Nb);
      let rmod_37 : i32 = (v__1 % podArgs.Nb);
      let rmod_38 : i32 = (v__1 % podArgs.Nb);
      let rmod_39 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_9 - 1i), rdiv_9, (((podArgs.Nb >= 0i) && (rmod_36 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_36 <= 0i)))) * podArgs.K)) + 2i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_37 + podArgs.Nb), rmod_37, (((podArgs.Nb >= 0i) && (rmod_37 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_37 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_38 + podArgs.Nb), rmod_38, (((podArgs.Nb >= 0i) && (rmod_38 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_38 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>16u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_39 + podArgs.Nb), rmod_39, (((podArgs.Nb >= 0i) && (rmod_39 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_39 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_40 : i32 = (v__1 % podArgs.Nb);
      let rdiv_10 : i32 = (v__1 / podArgs.Nb);
      let rmod_41 : i32 = (v__1 % podArgs.Nb);
      let rmod_42 : i32 = (v__1 % podArgs.Nb);
      let rmod_43 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_10 - 1i), rdiv_10, (((podArgs.Nb >= 0i) && (rmod_40 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_40 <= 0i)))) * podArgs.K)) + 2i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_41 + podArgs.Nb), rmod_41, (((podArgs.Nb >= 0i) && (rmod_41 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_41 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_42 + podArgs.Nb), rmod_42, (((podArgs.Nb >= 0i) && (rmod_42 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_42 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>16u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_43 + podArgs.Nb), rmod_43, (((podArgs.Nb >= 0i) && (rmod_43 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_43 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_44 : i32 = (v__1 % podArgs.Nb);
      let rdiv_11 : i32 = (v__1 / podArgs.Nb);
      let rmod_45 : i32 = (v__1 % podArgs.Nb);
      let rmod_46 : i32 = (v__1 % podArgs.Nb);
      let rmod_47 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_11 - 1i), rdiv_11, (((podArgs.Nb >= 0i) && (rmod_44 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_44 <= 0i)))) * podArgs.K)) + 2i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_45 + podArgs.Nb), rmod_45, (((podArgs.Nb >= 0i) && (rmod_45 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_45 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_46 + podArgs.Nb), rmod_46, (((podArgs.Nb >= 0i) && (rmod_46 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_46 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>16u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_47 + podArgs.Nb), rmod_47, (((podArgs.Nb >= 0i) && (rmod_47 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_47 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_48 : i32 = (v__1 % podArgs.Nb);
      let rdiv_12 : i32 = (v__1 / podArgs.Nb);
      let rmod_49 : i32 = (v__1 % podArgs.Nb);
      let rmod_50 : i32 = (v__1 % podArgs.Nb);
      let rmod_51 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_12 - 1i), rdiv_12, (((podArgs.Nb >= 0i) && (rmod_48 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_48 <= 0i)))) * podArgs.K)) + 3i)], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_49 + podArgs.Nb), rmod_49, (((podArgs.Nb >= 0i) && (rmod_49 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_49 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_50 + podArgs.Nb), rmod_50, (((podArgs.Nb >= 0i) && (rmod_50 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_50 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>24u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_51 + podArgs.Nb), rmod_51, (((podArgs.Nb >= 0i) && (rmod_51 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_51 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_52 : i32 = (v__1 % podArgs.Nb);
      let rdiv_13 : i32 = (v__1 / podArgs.Nb);
      let rmod_53 : i32 = (v__1 % podArgs.Nb);
      let rmod_54 : i32 = (v__1 % podArgs.Nb);
      let rmod_55 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_13 - 1i), rdiv_13, (((podArgs.Nb >= 0i) && (rmod_52 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_52 <= 0i)))) * podArgs.K)) + 3i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_53 + podArgs.Nb), rmod_53, (((podArgs.Nb >= 0i) && (rmod_53 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_53 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_54 + podArgs.Nb), rmod_54, (((podArgs.Nb >= 0i) && (rmod_54 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_54 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>24u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_55 + podArgs.Nb), rmod_55, (((podArgs.Nb >= 0i) && (rmod_55 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_55 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_56 : i32 = (v__1 % podArgs.Nb);
      let rdiv_14 : i32 = (v__1 / podArgs.Nb);
      let rmod_57 : i32 = (v__1 % podArgs.Nb);
      let rmod_58 : i32 = (v__1 % podArgs.Nb);
      let rmod_59 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_14 - 1i), rdiv_14, (((podArgs.Nb >= 0i) && (rmod_56 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_56 <= 0i)))) * podArgs.K)) + 3i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_57 + podArgs.Nb), rmod_57, (((podArgs.Nb >= 0i) && (rmod_57 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_57 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_58 + podArgs.Nb), rmod_58, (((podArgs.Nb >= 0i) && (rmod_58 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_58 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>24u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_59 + podArgs.Nb), rmod_59, (((podArgs.Nb >= 0i) && (rmod_59 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_59 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_60 : i32 = (v__1 % podArgs.Nb);
      let rdiv_15 : i32 = (v__1 / podArgs.Nb);
      let rmod_61 : i32 = (v__1 % podArgs.Nb);
      let rmod_62 : i32 = (v__1 % podArgs.Nb);
      let rmod_63 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_15 - 1i), rdiv_15, (((podArgs.Nb >= 0i) && (rmod_60 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_60 <= 0i)))) * podArgs.K)) + 3i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_61 + podArgs.Nb), rmod_61, (((podArgs.Nb >= 0i) && (rmod_61 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_61 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_62 + podArgs.Nb), rmod_62, (((podArgs.Nb >= 0i) && (rmod_62 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_62 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>24u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_63 + podArgs.Nb), rmod_63, (((podArgs.Nb >= 0i) && (rmod_63 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_63 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_64 : i32 = (v__1 % podArgs.Nb);
      let rdiv_16 : i32 = (v__1 / podArgs.Nb);
      let rmod_65 : i32 = (v__1 % podArgs.Nb);
      let rmod_66 : i32 = (v__1 % podArgs.Nb);
      let rmod_67 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_16 - 1i), rdiv_16, (((podArgs.Nb >= 0i) && (rmod_64 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_64 <= 0i)))) * podArgs.K)) + 16i)], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_65 + podArgs.Nb), rmod_65, (((podArgs.Nb >= 0i) && (rmod_65 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_65 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_66 + podArgs.Nb), rmod_66, (((podArgs.Nb >= 0i) && (rmod_66 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_66 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>4u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_67 + podArgs.Nb), rmod_67, (((podArgs.Nb >= 0i) && (rmod_67 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_67 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_68 : i32 = (v__1 % podArgs.Nb);
      let rdiv_17 : i32 = (v__1 / podArgs.Nb);
      let rmod_69 : i32 = (v__1 % podArgs.Nb);
      let rmod_70 : i32 = (v__1 % podArgs.Nb);
      let rmod_71 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_17 - 1i), rdiv_17, (((podArgs.Nb >= 0i) && (rmod_68 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_68 <= 0i)))) * podArgs.K)) + 16i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_69 + podArgs.Nb), rmod_69, (((podArgs.Nb >= 0i) && (rmod_69 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_69 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_70 + podArgs.Nb), rmod_70, (((podArgs.Nb >= 0i) && (rmod_70 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_70 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>4u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_71 + podArgs.Nb), rmod_71, (((podArgs.Nb >= 0i) && (rmod_71 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_71 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_72 : i32 = (v__1 % podArgs.Nb);
      let rdiv_18 : i32 = (v__1 / podArgs.Nb);
      let rmod_73 : i32 = (v__1 % podArgs.Nb);
      let rmod_74 : i32 = (v__1 % podArgs.Nb);
      let rmod_75 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_18 - 1i), rdiv_18, (((podArgs.Nb >= 0i) && (rmod_72 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_72 <= 0i)))) * podArgs.K)) + 16i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_73 + podArgs.Nb), rmod_73, (((podArgs.Nb >= 0i) && (rmod_73 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_73 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_74 + podArgs.Nb), rmod_74, (((podArgs.Nb >= 0i) && (rmod_74 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_74 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>4u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_75 + podArgs.Nb), rmod_75, (((podArgs.Nb >= 0i) && (rmod_75 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_75 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_76 : i32 = (v__1 % podArgs.Nb);
      let rdiv_19 : i32 = (v__1 / podArgs.Nb);
      let rmod_77 : i32 = (v__1 % podArgs.Nb);
      let rmod_78 : i32 = (v__1 % podArgs.Nb);
      let rmod_79 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_19 - 1i), rdiv_19, (((podArgs.Nb >= 0i) && (rmod_76 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_76 <= 0i)))) * podArgs.K)) + 16i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_77 + podArgs.Nb), rmod_77, (((podArgs.Nb >= 0i) && (rmod_77 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_77 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_78 + podArgs.Nb), rmod_78, (((podArgs.Nb >= 0i) && (rmod_78 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_78 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>4u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_79 + podArgs.Nb), rmod_79, (((podArgs.Nb >= 0i) && (rmod_79 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_79 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_80 : i32 = (v__1 % podArgs.Nb);
      let rdiv_20 : i32 = (v__1 / podArgs.Nb);
      let rmod_81 : i32 = (v__1 % podArgs.Nb);
      let rmod_82 : i32 = (v__1 % podArgs.Nb);
      let rmod_83 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_20 - 1i), rdiv_20, (((podArgs.Nb >= 0i) && (rmod_80 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_80 <= 0i)))) * podArgs.K)) + 17i)], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_81 + podArgs.Nb), rmod_81, (((podArgs.Nb >= 0i) && (rmod_81 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_81 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_82 + podArgs.Nb), rmod_82, (((podArgs.Nb >= 0i) && (rmod_82 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_82 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>12u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_83 + podArgs.Nb), rmod_83, (((podArgs.Nb >= 0i) && (rmod_83 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_83 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_84 : i32 = (v__1 % podArgs.Nb);
      let rdiv_21 : i32 = (v__1 / podArgs.Nb);
      let rmod_85 : i32 = (v__1 % podArgs.Nb);
      let rmod_86 : i32 = (v__1 % podArgs.Nb);
      let rmod_87 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_21 - 1i), rdiv_21, (((podArgs.Nb >= 0i) && (rmod_84 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_84 <= 0i)))) * podArgs.K)) + 17i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_85 + podArgs.Nb), rmod_85, (((podArgs.Nb >= 0i) && (rmod_85 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_85 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_86 + podArgs.Nb), rmod_86, (((podArgs.Nb >= 0i) && (rmod_86 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_86 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>12u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_87 + podArgs.Nb), rmod_87, (((podArgs.Nb >= 0i) && (rmod_87 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_87 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_88 : i32 = (v__1 % podArgs.Nb);
      let rdiv_22 : i32 = (v__1 / podArgs.Nb);
      let rmod_89 : i32 = (v__1 % podArgs.Nb);
      let rmod_90 : i32 = (v__1 % podArgs.Nb);
      let rmod_91 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_22 - 1i), rdiv_22, (((podArgs.Nb >= 0i) && (rmod_88 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_88 <= 0i)))) * podArgs.K)) + 17i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_89 + podArgs.Nb), rmod_89, (((podArgs.Nb >= 0i) && (rmod_89 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_89 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_90 + podArgs.Nb), rmod_90, (((podArgs.Nb >= 0i) && (rmod_90 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_90 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>12u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_91 + podArgs.Nb), rmod_91, (((podArgs.Nb >= 0i) && (rmod_91 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_91 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_92 : i32 = (v__1 % podArgs.Nb);
      let rdiv_23 : i32 = (v__1 / podArgs.Nb);
      let rmod_93 : i32 = (v__1 % podArgs.Nb);
      let rmod_94 : i32 = (v__1 % podArgs.Nb);
      let rmod_95 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_23 - 1i), rdiv_23, (((podArgs.Nb >= 0i) && (rmod_92 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_92 <= 0i)))) * podArgs.K)) + 17i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_93 + podArgs.Nb), rmod_93, (((podArgs.Nb >= 0i) && (rmod_93 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_93 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_94 + podArgs.Nb), rmod_94, (((podArgs.Nb >= 0i) && (rmod_94 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_94 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>12u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_95 + podArgs.Nb), rmod_95, (((podArgs.Nb >= 0i) && (rmod_95 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_95 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_96 : i32 = (v__1 % podArgs.Nb);
      let rdiv_24 : i32 = (v__1 / podArgs.Nb);
      let rmod_97 : i32 = (v__1 % podArgs.Nb);
      let rmod_98 : i32 = (v__1 % podArgs.Nb);
      let rmod_99 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_24 - 1i), rdiv_24, (((podArgs.Nb >= 0i) && (rmod_96 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_96 <= 0i)))) * podArgs.K)) + 18i)], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_97 + podArgs.Nb), rmod_97, (((podArgs.Nb >= 0i) && (rmod_97 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_97 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_98 + podArgs.Nb), rmod_98, (((podArgs.Nb >= 0i) && (rmod_98 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_98 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>20u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_99 + podArgs.Nb), rmod_99, (((podArgs.Nb >= 0i) && (rmod_99 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_99 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_100 : i32 = (v__1 % podArgs.Nb);
      let rdiv_25 : i32 = (v__1 / podArgs.Nb);
      let rmod_101 : i32 = (v__1 % podArgs.Nb);
      let rmod_102 : i32 = (v__1 % podArgs.Nb);
      let rmod_103 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_25 - 1i), rdiv_25, (((podArgs.Nb >= 0i) && (rmod_100 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_100 <= 0i)))) * podArgs.K)) + 18i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_101 + podArgs.Nb), rmod_101, (((podArgs.Nb >= 0i) && (rmod_101 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_101 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_102 + podArgs.Nb), rmod_102, (((podArgs.Nb >= 0i) && (rmod_102 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_102 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>20u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_103 + podArgs.Nb), rmod_103, (((podArgs.Nb >= 0i) && (rmod_103 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_103 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_104 : i32 = (v__1 % podArgs.Nb);
      let rdiv_26 : i32 = (v__1 / podArgs.Nb);
      let rmod_105 : i32 = (v__1 % podArgs.Nb);
      let rmod_106 : i32 = (v__1 % podArgs.Nb);
      let rmod_107 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_26 - 1i), rdiv_26, (((podArgs.Nb >= 0i) && (rmod_104 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_104 <= 0i)))) * podArgs.K)) + 18i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_105 + podArgs.Nb), rmod_105, (((podArgs.Nb >= 0i) && (rmod_105 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_105 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_106 + podArgs.Nb), rmod_106, (((podArgs.Nb >= 0i) && (rmod_106 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_106 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>20u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_107 + podArgs.Nb), rmod_107, (((podArgs.Nb >= 0i) && (rmod_107 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_107 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_108 : i32 = (v__1 % podArgs.Nb);
      let rdiv_27 : i32 = (v__1 / podArgs.Nb);
      let rmod_109 : i32 = (v__1 % podArgs.Nb);
      let rmod_110 : i32 = (v__1 % podArgs.Nb);
      let rmod_111 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_27 - 1i), rdiv_27, (((podArgs.Nb >= 0i) && (rmod_108 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_108 <= 0i)))) * podArgs.K)) + 18i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_109 + podArgs.Nb), rmod_109, (((podArgs.Nb >= 0i) && (rmod_109 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_109 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_110 + podArgs.Nb), rmod_110, (((podArgs.Nb >= 0i) && (rmod_110 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_110 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>20u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_111 + podArgs.Nb), rmod_111, (((podArgs.Nb >= 0i) && (rmod_111 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_111 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_112 : i32 = (v__1 % podArgs.Nb);
      let rdiv_28 : i32 = (v__1 / podArgs.Nb);
      let rmod_113 : i32 = (v__1 % podArgs.Nb);
      let rmod_114 : i32 = (v__1 % podArgs.Nb);
      let rmod_115 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[0i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_28 - 1i), rdiv_28, (((podArgs.Nb >= 0i) && (rmod_112 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_112 <= 0i)))) * podArgs.K)) + 19i)], fma(wscale_ptr[(((wd_0 * 16i) + ((select((rmod_113 + podArgs.Nb), rmod_113, (((podArgs.Nb >= 0i) && (rmod_113 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_113 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))], (bitcast<f32>((((wq_ptr[(((wd_0 * 64i) + ((select((rmod_114 + podArgs.Nb), rmod_114, (((podArgs.Nb >= 0i) && (rmod_114 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_114 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + i32(threadIdx.x))]>>28u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + ((select((rmod_115 + podArgs.Nb), rmod_115, (((podArgs.Nb >= 0i) && (rmod_115 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_115 <= 0i)))) * (podArgs.K>>5u)) * 4i)) + (i32(threadIdx.x)>>2u))]), y_rf_local[0i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_116 : i32 = (v__1 % podArgs.Nb);
      let rdiv_29 : i32 = (v__1 / podArgs.Nb);
      let rmod_117 : i32 = (v__1 % podArgs.Nb);
      let rmod_118 : i32 = (v__1 % podArgs.Nb);
      let rmod_119 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[1i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_29 - 1i), rdiv_29, (((podArgs.Nb >= 0i) && (rmod_116 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_116 <= 0i)))) * podArgs.K)) + 19i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_117 + podArgs.Nb), rmod_117, (((podArgs.Nb >= 0i) && (rmod_117 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_117 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_118 + podArgs.Nb), rmod_118, (((podArgs.Nb >= 0i) && (rmod_118 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_118 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 4i)) + i32(threadIdx.x))]>>28u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_119 + podArgs.Nb), rmod_119, (((podArgs.Nb >= 0i) && (rmod_119 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_119 <= 0i)))) * 4i) + 1i) * (podArgs.K>>5u)))]), y_rf_local[1i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_120 : i32 = (v__1 % podArgs.Nb);
      let rdiv_30 : i32 = (v__1 / podArgs.Nb);
      let rmod_121 : i32 = (v__1 % podArgs.Nb);
      let rmod_122 : i32 = (v__1 % podArgs.Nb);
      let rmod_123 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[2i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_30 - 1i), rdiv_30, (((podArgs.Nb >= 0i) && (rmod_120 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_120 <= 0i)))) * podArgs.K)) + 19i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_121 + podArgs.Nb), rmod_121, (((podArgs.Nb >= 0i) && (rmod_121 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_121 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_122 + podArgs.Nb), rmod_122, (((podArgs.Nb >= 0i) && (rmod_122 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_122 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 8i)) + i32(threadIdx.x))]>>28u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_123 + podArgs.Nb), rmod_123, (((podArgs.Nb >= 0i) && (rmod_123 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_123 <= 0i)))) * 4i) + 2i) * (podArgs.K>>5u)))]), y_rf_local[2i]);
    }
    if (((wd_0 * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 4i)) {
      let rmod_124 : i32 = (v__1 % podArgs.Nb);
      let rdiv_31 : i32 = (v__1 / podArgs.Nb);
      let rmod_125 : i32 = (v__1 % podArgs.Nb);
      let rmod_126 : i32 = (v__1 % podArgs.Nb);
      let rmod_127 : i32 = (v__1 % podArgs.Nb);
      y_rf_local[3i] = fma(x_ptr[(((((wd_0 * 512i) + ((i32(threadIdx.x)>>2u) * 32i)) + ((i32(threadIdx.x) & 3i) * 4i)) + (select((rdiv_31 - 1i), rdiv_31, (((podArgs.Nb >= 0i) && (rmod_124 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_124 <= 0i)))) * podArgs.K)) + 19i)], fma(wscale_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_125 + podArgs.Nb), rmod_125, (((podArgs.Nb >= 0i) && (rmod_125 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_125 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))], (bitcast<f32>((((wq_ptr[((((wd_0 * 64i) + ((select((rmod_126 + podArgs.Nb), rmod_126, (((podArgs.Nb >= 0i) && (rmod_126 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_126 <= 0i)))) * (podArgs.K>>5u)) * 16i)) + ((podArgs.K>>5u) * 12i)) + i32(threadIdx.x))]>>28u) & 15u) | 1258291200u)) - 8.388608e+06f), wmin_ptr[(((wd_0 * 16i) + (i32(threadIdx.x)>>2u)) + (((select((rmod_127 + podArgs.Nb), rmod_127, (((podArgs.Nb >= 0i) && (rmod_127 >= 0i)) || ((podArgs.Nb < 0i) && (rmod_127 <= 0i)))) * 4i) + 3i) * (podArgs.K>>5u)))]), y_rf_local[3i]);
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
      y_ptr[((v__1 * 4i) + ax1)] = red_buf0[0i];
    }
  }
}
