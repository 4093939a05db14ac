@group(0) @binding(0) var<storage, read> w_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(2) var<storage, read> x_ptr : array<f32>;
@group(0) @binding(3) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  K: i32,
  Nb: i32,
  eps: f32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
var<workgroup> ss_shared : array<f32, 1>;
var<workgroup> red_buf0_1 : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn gemv_norm_iq4_xs_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var in_thread_ss_shared : array<f32, 1>;
  var y_rf_local : array<f32, 4>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    in_thread_ss_shared[0i] = 0.000000e+00f;
    for (var ax0 : i32 = 0i; ax0 < ((podArgs.K + 511i)>>9u); ax0++) {
      in_thread_ss_shared[0i] = fma((x_ptr[(min(((ax0 * 512i) + i32(threadIdx.x)), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min(((ax0 * 512i) + i32(threadIdx.x)), (podArgs.K - 1i)) + (i * podArgs.K))]), f32((((ax0 * 512i) + i32(threadIdx.x)) < podArgs.K)), in_thread_ss_shared[0i]);
      in_thread_ss_shared[0i] = fma((x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 64i), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 64i), (podArgs.K - 1i)) + (i * podArgs.K))]), f32(((((ax0 * 512i) + i32(threadIdx.x)) + 64i) < podArgs.K)), in_thread_ss_shared[0i]);
      in_thread_ss_shared[0i] = fma((x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 128i), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 128i), (podArgs.K - 1i)) + (i * podArgs.K))]), f32(((((ax0 * 512i) + i32(threadIdx.x)) + 128i) < podArgs.K)), in_thread_ss_shared[0i]);
      in_thread_ss_shared[0i] = fma((x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 192i), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 192i), (podArgs.K - 1i)) + (i * podArgs.K))]), f32(((((ax0 * 512i) + i32(threadIdx.x)) + 192i) < podArgs.K)), in_thread_ss_shared[0i]);
      in_thread_ss_shared[0i] = fma((x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 256i), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 256i), (podArgs.K - 1i)) + (i * podArgs.K))]), f32(((((ax0 * 512i) + i32(threadIdx.x)) + 256i) < podArgs.K)), in_thread_ss_shared[0i]);
      in_thread_ss_shared[0i] = fma((x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 320i), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 320i), (podArgs.K - 1i)) + (i * podArgs.K))]), f32(((((ax0 * 512i) + i32(threadIdx.x)) + 320i) < podArgs.K)), in_thread_ss_shared[0i]);
      in_thread_ss_shared[0i] = fma((x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 384i), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 384i), (podArgs.K - 1i)) + (i * podArgs.K))]), f32(((((ax0 * 512i) + i32(threadIdx.x)) + 384i) < podArgs.K)), in_thread_ss_shared[0i]);
      in_thread_ss_shared[0i] = fma((x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 448i), (podArgs.K - 1i)) + (i * podArgs.K))] * x_ptr[(min((((ax0 * 512i) + i32(threadIdx.x)) + 448i), (podArgs.K - 1i)) + (i * podArgs.K))]), f32(((((ax0 * 512i) + i32(threadIdx.x)) + 448i) < podArgs.K)), in_thread_ss_shared[0i]);
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
    workgroupBarrier();
    if (i32(threadIdx.x) == 0i) {
      ss_shared[0i] = red_buf0[0i];
    }
    workgroupBarrier();
    if (i32(threadIdx.x) == 0i) {
      ss_shared[0i] = (1.000000e+00f / sqrt(((ss_shared[0i] / f32(podArgs.K)) + podArgs.eps)));
    }
    y_rf_local[0i] = 0.000000e+00f;
    y_rf_local[1i] = 0.000000e+00f;
    y_rf_local[2i] = 0.000000e+00f;
    y_rf_local[3i] = 0.000000e+00f;
    workgroupBarrier();
    for (var wo : i32 = 0i; wo < ((podArgs.K + 224i)>>8u); wo++) {
      let h : u32 = ((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>0u) & 65535u);
      var condval : u32;
      if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
        condval = 1059919873u;
} else {
        var condval_1 : u32;
        if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
          condval_1 = 1986682191u;
} else {
          condval_1 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
        condval = condval_1;
}
      y_rf_local[0i] = fma((((x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K))] * ss_shared[0i]) * w_ptr[(min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i)]) * ((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval>>((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[0i]);
      let h_1 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_2 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
        condval_2 = 1059919873u;
} else {
        var condval_3 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
          condval_3 = 1986682191u;
} else {
          condval_3 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
        condval_2 = condval_3;
}
      y_rf_local[1i] = fma((((x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K))] * ss_shared[0i]) * w_ptr[(min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i)]) * ((bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_2>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[1i]);
      let h_2 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_4 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
        condval_4 = 1059919873u;
} else {
        var condval_5 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
          condval_5 = 1986682191u;
} else {
          condval_5 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
        condval_4 = condval_5;
}
      y_rf_local[2i] = fma((((x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K))] * ss_shared[0i]) * w_ptr[(min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i)]) * ((bitcast<f32>((((h_2>>15u)<<31u) | select(select((((((h_2>>10u) & 31u) + 112u)<<23u) | ((h_2 & 1023u)<<13u)), (2139095040u | ((h_2 & 1023u)<<13u)), (((h_2>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_2 & 1023u))) - 201326592u), 0u, ((h_2 & 1023u) == 0u)), (((h_2>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_4>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[2i]);
      let h_3 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_6 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
        condval_6 = 1059919873u;
} else {
        var condval_7 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
          condval_7 = 1986682191u;
} else {
          condval_7 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
        condval_6 = condval_7;
}
      y_rf_local[3i] = fma((((x_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K))] * ss_shared[0i]) * w_ptr[(min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i)]) * ((bitcast<f32>((((h_3>>15u)<<31u) | select(select((((((h_3>>10u) & 31u) + 112u)<<23u) | ((h_3 & 1023u)<<13u)), (2139095040u | ((h_3 & 1023u)<<13u)), (((h_3>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_3 & 1023u))) - 201326592u), 0u, ((h_3 & 1023u) == 0u)), (((h_3>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_6>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[3i]);
      let h_4 : u32 = ((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>0u) & 65535u);
      var condval_8 : u32;
      if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
        condval_8 = 1059919873u;
} else {
        var condval_9 : u32;
        if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
          condval_9 = 1986682191u;
} else {
          condval_9 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
        condval_8 = condval_9;
}
      y_rf_local[0i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 1i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 1i)]) * ((bitcast<f32>((((h_4>>15u)<<31u) | select(select((((((h_4>>10u) & 31u) + 112u)<<23u) | ((h_4 & 1023u)<<13u)), (2139095040u | ((h_4 & 1023u)<<13u)), (((h_4>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_4 & 1023u))) - 201326592u), 0u, ((h_4 & 1023u) == 0u)), (((h_4>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_8>>((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[0i]);
      let h_5 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_10 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
        condval_10 = 1059919873u;
} else {
        var condval_11 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
          condval_11 = 1986682191u;
} else {
          condval_11 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
        condval_10 = condval_11;
}
      y_rf_local[1i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 1i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 1i)]) * ((bitcast<f32>((((h_5>>15u)<<31u) | select(select((((((h_5>>10u) & 31u) + 112u)<<23u) | ((h_5 & 1023u)<<13u)), (2139095040u | ((h_5 & 1023u)<<13u)), (((h_5>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_5 & 1023u))) - 201326592u), 0u, ((h_5 & 1023u) == 0u)), (((h_5>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_10>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[1i]);
      let h_6 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_12 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
        condval_12 = 1059919873u;
} else {
        var condval_13 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
          condval_13 = 1986682191u;
} else {
          condval_13 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
        condval_12 = condval_13;
}
      y_rf_local[2i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 1i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 1i)]) * ((bitcast<f32>((((h_6>>15u)<<31u) | select(select((((((h_6>>10u) & 31u) + 112u)<<23u) | ((h_6 & 1023u)<<13u)), (2139095040u | ((h_6 & 1023u)<<13u)), (((h_6>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_6 & 1023u))) - 201326592u), 0u, ((h_6 & 1023u) == 0u)), (((h_6>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_12>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[2i]);
      let h_7 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_14 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
        condval_14 = 1059919873u;
} else {
        var condval_15 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
          condval_15 = 1986682191u;
} else {
          condval_15 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
        condval_14 = condval_15;
}
      y_rf_local[3i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 1i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 1i)]) * ((bitcast<f32>((((h_7>>15u)<<31u) | select(select((((((h_7>>10u) & 31u) + 112u)<<23u) | ((h_7 & 1023u)<<13u)), (2139095040u | ((h_7 & 1023u)<<13u)), (((h_7>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_7 & 1023u))) - 201326592u), 0u, ((h_7 & 1023u) == 0u)), (((h_7>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_14>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[3i]);
      let h_8 : u32 = ((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>0u) & 65535u);
      var condval_16 : u32;
      if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
        condval_16 = 1059919873u;
} else {
        var condval_17 : u32;
        if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
          condval_17 = 1986682191u;
} else {
          condval_17 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
        condval_16 = condval_17;
}
      y_rf_local[0i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 2i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 2i)]) * ((bitcast<f32>((((h_8>>15u)<<31u) | select(select((((((h_8>>10u) & 31u) + 112u)<<23u) | ((h_8 & 1023u)<<13u)), (2139095040u | ((h_8 & 1023u)<<13u)), (((h_8>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_8 & 1023u))) - 201326592u), 0u, ((h_8 & 1023u) == 0u)), (((h_8>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_16>>((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[0i]);
      let h_9 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_18 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
        condval_18 = 1059919873u;
} else {
        var condval_19 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
          condval_19 = 1986682191u;
} else {
          condval_19 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
        condval_18 = condval_19;
}
      y_rf_local[1i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 2i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 2i)]) * ((bitcast<f32>((((h_9>>15u)<<31u) | select(select((((((h_9>>10u) & 31u) + 112u)<<23u) | ((h_9 & 1023u)<<13u)), (2139095040u | ((h_9 & 1023u)<<13u)), (((h_9>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_9 & 1023u))) - 201326592u), 0u, ((h_9 & 1023u) == 0u)), (((h_9>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_18>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[1i]);
      let h_10 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_20 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
        condval_20 = 1059919873u;
} else {
        var condval_21 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
          condval_21 = 1986682191u;
} else {
          condval_21 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
        condval_20 = condval_21;
}
      y_rf_local[2i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 2i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 2i)]) * ((bitcast<f32>((((h_10>>15u)<<31u) | select(select((((((h_10>>10u) & 31u) + 112u)<<23u) | ((h_10 & 1023u)<<13u)), (2139095040u | ((h_10 & 1023u)<<13u)), (((h_10>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_10 & 1023u))) - 201326592u), 0u, ((h_10 & 1023u) == 0u)), (((h_10>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_20>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[2i]);
      let h_11 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_22 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
        condval_22 = 1059919873u;
} else {
        var condval_23 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
          condval_23 = 1986682191u;
} else {
          condval_23 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
        condval_22 = condval_23;
}
      y_rf_local[3i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 2i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 2i)]) * ((bitcast<f32>((((h_11>>15u)<<31u) | select(select((((((h_11>>10u) & 31u) + 112u)<<23u) | ((h_11 & 1023u)<<13u)), (2139095040u | ((h_11 & 1023u)<<13u)), (((h_11>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_11 & 1023u))) - 201326592u), 0u, ((h_11 & 1023u) == 0u)), (((h_11>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_22>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[3i]);
      let h_12 : u32 = ((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>0u) & 65535u);
      var condval_24 : u32;
      if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
        condval_24 = 1059919873u;
} else {
        var condval_25 : u32;
        if (((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
          condval_25 = 1986682191u;
} else {
          condval_25 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
        condval_24 = condval_25;
}
      y_rf_local[0i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 3i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 3i)]) * ((bitcast<f32>((((h_12>>15u)<<31u) | select(select((((((h_12>>10u) & 31u) + 112u)<<23u) | ((h_12 & 1023u)<<13u)), (2139095040u | ((h_12 & 1023u)<<13u)), (((h_12>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_12 & 1023u))) - 201326592u), 0u, ((h_12 & 1023u) == 0u)), (((h_12>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_24>>((((wq_ptr[((((((v__1 * (podArgs.K>>8u)) * 136i) + ((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[0i]);
      let h_13 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_26 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
        condval_26 = 1059919873u;
} else {
        var condval_27 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
          condval_27 = 1986682191u;
} else {
          condval_27 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
        condval_26 = condval_27;
}
      y_rf_local[1i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 3i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 3i)]) * ((bitcast<f32>((((h_13>>15u)<<31u) | select(select((((((h_13>>10u) & 31u) + 112u)<<23u) | ((h_13 & 1023u)<<13u)), (2139095040u | ((h_13 & 1023u)<<13u)), (((h_13>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_13 & 1023u))) - 201326592u), 0u, ((h_13 & 1023u) == 0u)), (((h_13>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_26>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 1i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[1i]);
      let h_14 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_28 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
        condval_28 = 1059919873u;
} else {
        var condval_29 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
          condval_29 = 1986682191u;
} else {
          condval_29 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
        condval_28 = condval_29;
}
      y_rf_local[2i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 3i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 3i)]) * ((bitcast<f32>((((h_14>>15u)<<31u) | select(select((((((h_14>>10u) & 31u) + 112u)<<23u) | ((h_14 & 1023u)<<13u)), (2139095040u | ((h_14 & 1023u)<<13u)), (((h_14>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_14 & 1023u))) - 201326592u), 0u, ((h_14 & 1023u) == 0u)), (((h_14>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_28>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 2i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[2i]);
      let h_15 : u32 = ((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      var condval_30 : u32;
      if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
        condval_30 = 1059919873u;
} else {
        var condval_31 : u32;
        if (((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
          condval_31 = 1986682191u;
} else {
          condval_31 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
        condval_30 = condval_31;
}
      y_rf_local[3i] = fma((((x_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + (i * podArgs.K)) + 3i)] * ss_shared[0i]) * w_ptr[((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) * 4i) + 3i)]) * ((bitcast<f32>((((h_15>>15u)<<31u) | select(select((((((h_15>>10u) & 31u) + 112u)<<23u) | ((h_15 & 1023u)<<13u)), (2139095040u | ((h_15 & 1023u)<<13u)), (((h_15>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_15 & 1023u))) - 201326592u), 0u, ((h_15 & 1023u) == 0u)), (((h_15>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>4u) * 8i))) & 255u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_30>>((((wq_ptr[((((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i))>>6u) * 34i) + ((((v__1 * 4i) + 3i) * (podArgs.K>>8u)) * 34i)) + (((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 63i)>>3u) * 4i)) + (min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 3i)) + 2i)]>>u32(((((min(((wo * 64i) + i32(threadIdx.x)), (((podArgs.K>>5u) * 8i) - 1i)) & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f))), f32((((wo * 64i) + i32(threadIdx.x)) < ((podArgs.K>>5u) * 8i))), y_rf_local[3i]);
    }
    for (var ax1 : i32 = 0i; ax1 < 4i; ax1++) {
      workgroupBarrier();
      red_buf0_1[i32(threadIdx.x)] = y_rf_local[ax1];
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
        y_ptr[(((v__1 * 4i) + ((i * podArgs.Nb) * 4i)) + ax1)] = red_buf0_1[0i];
      }
    }
  }
}
