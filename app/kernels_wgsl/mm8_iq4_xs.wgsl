@group(0) @binding(0) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<f32>;

struct PODArgs {
  K: i32,
  Nj: i32,
  n: i32,
  nt: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn mm8_iq4_xs_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var y_local : array<f32, 8>;
  y_local[0i] = 0.000000e+00f;
  y_local[1i] = 0.000000e+00f;
  y_local[2i] = 0.000000e+00f;
  y_local[3i] = 0.000000e+00f;
  y_local[4i] = 0.000000e+00f;
  y_local[5i] = 0.000000e+00f;
  y_local[6i] = 0.000000e+00f;
  y_local[7i] = 0.000000e+00f;
  for (var wd : i32 = 0i; wd < ((podArgs.K>>5u) * 8i); wd++) {
    let h : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval = 1059919873u;
} else {
      var condval_1 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_1 = 1986682191u;
} else {
        condval_1 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval = condval_1;
}
    y_local[0i] = fma(x_ptr[((wd * 4i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    let h_1 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_2 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_2 = 1059919873u;
} else {
      var condval_3 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_3 = 1986682191u;
} else {
        condval_3 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_2 = condval_3;
}
    y_local[1i] = fma(x_ptr[((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_2>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[1i]);
    let h_2 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_4 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_4 = 1059919873u;
} else {
      var condval_5 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_5 = 1986682191u;
} else {
        condval_5 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_4 = condval_5;
}
    y_local[2i] = fma(x_ptr[((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h_2>>15u)<<31u) | select(select((((((h_2>>10u) & 31u) + 112u)<<23u) | ((h_2 & 1023u)<<13u)), (2139095040u | ((h_2 & 1023u)<<13u)), (((h_2>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_2 & 1023u))) - 201326592u), 0u, ((h_2 & 1023u) == 0u)), (((h_2>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_4>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[2i]);
    let h_3 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_6 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_6 = 1059919873u;
} else {
      var condval_7 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_7 = 1986682191u;
} else {
        condval_7 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_6 = condval_7;
}
    y_local[3i] = fma(x_ptr[((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h_3>>15u)<<31u) | select(select((((((h_3>>10u) & 31u) + 112u)<<23u) | ((h_3 & 1023u)<<13u)), (2139095040u | ((h_3 & 1023u)<<13u)), (((h_3>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_3 & 1023u))) - 201326592u), 0u, ((h_3 & 1023u) == 0u)), (((h_3>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_6>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[3i]);
    let h_4 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_8 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_8 = 1059919873u;
} else {
      var condval_9 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_9 = 1986682191u;
} else {
        condval_9 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_8 = condval_9;
}
    y_local[4i] = fma(x_ptr[((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h_4>>15u)<<31u) | select(select((((((h_4>>10u) & 31u) + 112u)<<23u) | ((h_4 & 1023u)<<13u)), (2139095040u | ((h_4 & 1023u)<<13u)), (((h_4>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_4 & 1023u))) - 201326592u), 0u, ((h_4 & 1023u) == 0u)), (((h_4>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_8>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[4i]);
    let h_5 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_10 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_10 = 1059919873u;
} else {
      var condval_11 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_11 = 1986682191u;
} else {
        condval_11 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_10 = condval_11;
}
    y_local[5i] = fma(x_ptr[((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h_5>>15u)<<31u) | select(select((((((h_5>>10u) & 31u) + 112u)<<23u) | ((h_5 & 1023u)<<13u)), (2139095040u | ((h_5 & 1023u)<<13u)), (((h_5>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_5 & 1023u))) - 201326592u), 0u, ((h_5 & 1023u) == 0u)), (((h_5>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_10>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[5i]);
    let h_6 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_12 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_12 = 1059919873u;
} else {
      var condval_13 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_13 = 1986682191u;
} else {
        condval_13 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_12 = condval_13;
}
    y_local[6i] = fma(x_ptr[((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h_6>>15u)<<31u) | select(select((((((h_6>>10u) & 31u) + 112u)<<23u) | ((h_6 & 1023u)<<13u)), (2139095040u | ((h_6 & 1023u)<<13u)), (((h_6>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_6 & 1023u))) - 201326592u), 0u, ((h_6 & 1023u) == 0u)), (((h_6>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_12>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[6i]);
    let h_7 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_14 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_14 = 1059919873u;
} else {
      var condval_15 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_15 = 1986682191u;
} else {
        condval_15 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_14 = condval_15;
}
    y_local[7i] = fma(x_ptr[((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K))], ((bitcast<f32>((((h_7>>15u)<<31u) | select(select((((((h_7>>10u) & 31u) + 112u)<<23u) | ((h_7 & 1023u)<<13u)), (2139095040u | ((h_7 & 1023u)<<13u)), (((h_7>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_7 & 1023u))) - 201326592u), 0u, ((h_7 & 1023u) == 0u)), (((h_7>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_14>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32((((wd & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[7i]);
    let h_8 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_16 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_16 = 1059919873u;
} else {
      var condval_17 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_17 = 1986682191u;
} else {
        condval_17 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_16 = condval_17;
}
    y_local[0i] = fma(x_ptr[(((wd * 4i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_8>>15u)<<31u) | select(select((((((h_8>>10u) & 31u) + 112u)<<23u) | ((h_8 & 1023u)<<13u)), (2139095040u | ((h_8 & 1023u)<<13u)), (((h_8>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_8 & 1023u))) - 201326592u), 0u, ((h_8 & 1023u) == 0u)), (((h_8>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_16>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    let h_9 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_18 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_18 = 1059919873u;
} else {
      var condval_19 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_19 = 1986682191u;
} else {
        condval_19 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_18 = condval_19;
}
    y_local[1i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_9>>15u)<<31u) | select(select((((((h_9>>10u) & 31u) + 112u)<<23u) | ((h_9 & 1023u)<<13u)), (2139095040u | ((h_9 & 1023u)<<13u)), (((h_9>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_9 & 1023u))) - 201326592u), 0u, ((h_9 & 1023u) == 0u)), (((h_9>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_18>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[1i]);
    let h_10 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_20 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_20 = 1059919873u;
} else {
      var condval_21 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_21 = 1986682191u;
} else {
        condval_21 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_20 = condval_21;
}
    y_local[2i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_10>>15u)<<31u) | select(select((((((h_10>>10u) & 31u) + 112u)<<23u) | ((h_10 & 1023u)<<13u)), (2139095040u | ((h_10 & 1023u)<<13u)), (((h_10>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_10 & 1023u))) - 201326592u), 0u, ((h_10 & 1023u) == 0u)), (((h_10>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_20>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[2i]);
    let h_11 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_22 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_22 = 1059919873u;
} else {
      var condval_23 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_23 = 1986682191u;
} else {
        condval_23 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_22 = condval_23;
}
    y_local[3i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_11>>15u)<<31u) | select(select((((((h_11>>10u) & 31u) + 112u)<<23u) | ((h_11 & 1023u)<<13u)), (2139095040u | ((h_11 & 1023u)<<13u)), (((h_11>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_11 & 1023u))) - 201326592u), 0u, ((h_11 & 1023u) == 0u)), (((h_11>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_22>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[3i]);
    let h_12 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_24 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_24 = 1059919873u;
} else {
      var condval_25 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_25 = 1986682191u;
} else {
        condval_25 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_24 = condval_25;
}
    y_local[4i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_12>>15u)<<31u) | select(select((((((h_12>>10u) & 31u) + 112u)<<23u) | ((h_12 & 1023u)<<13u)), (2139095040u | ((h_12 & 1023u)<<13u)), (((h_12>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_12 & 1023u))) - 201326592u), 0u, ((h_12 & 1023u) == 0u)), (((h_12>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_24>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[4i]);
    let h_13 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_26 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_26 = 1059919873u;
} else {
      var condval_27 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_27 = 1986682191u;
} else {
        condval_27 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_26 = condval_27;
}
    y_local[5i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_13>>15u)<<31u) | select(select((((((h_13>>10u) & 31u) + 112u)<<23u) | ((h_13 & 1023u)<<13u)), (2139095040u | ((h_13 & 1023u)<<13u)), (((h_13>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_13 & 1023u))) - 201326592u), 0u, ((h_13 & 1023u) == 0u)), (((h_13>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_26>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[5i]);
    let h_14 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_28 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_28 = 1059919873u;
} else {
      var condval_29 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_29 = 1986682191u;
} else {
        condval_29 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_28 = condval_29;
}
    y_local[6i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_14>>15u)<<31u) | select(select((((((h_14>>10u) & 31u) + 112u)<<23u) | ((h_14 & 1023u)<<13u)), (2139095040u | ((h_14 & 1023u)<<13u)), (((h_14>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_14 & 1023u))) - 201326592u), 0u, ((h_14 & 1023u) == 0u)), (((h_14>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_28>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[6i]);
    let h_15 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_30 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_30 = 1059919873u;
} else {
      var condval_31 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_31 = 1986682191u;
} else {
        condval_31 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_30 = condval_31;
}
    y_local[7i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_15>>15u)<<31u) | select(select((((((h_15>>10u) & 31u) + 112u)<<23u) | ((h_15 & 1023u)<<13u)), (2139095040u | ((h_15 & 1023u)<<13u)), (((h_15>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_15 & 1023u))) - 201326592u), 0u, ((h_15 & 1023u) == 0u)), (((h_15>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_30>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[7i]);
    let h_16 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_32 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_32 = 1059919873u;
} else {
      var condval_33 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_33 = 1986682191u;
} else {
        condval_33 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_32 = condval_33;
}
    y_local[0i] = fma(x_ptr[(((wd * 4i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_16>>15u)<<31u) | select(select((((((h_16>>10u) & 31u) + 112u)<<23u) | ((h_16 & 1023u)<<13u)), (2139095040u | ((h_16 & 1023u)<<13u)), (((h_16>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_16 & 1023u))) - 201326592u), 0u, ((h_16 & 1023u) == 0u)), (((h_16>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_32>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    let h_17 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_34 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_34 = 1059919873u;
} else {
      var condval_35 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_35 = 1986682191u;
} else {
        condval_35 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_34 = condval_35;
}
    y_local[1i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_17>>15u)<<31u) | select(select((((((h_17>>10u) & 31u) + 112u)<<23u) | ((h_17 & 1023u)<<13u)), (2139095040u | ((h_17 & 1023u)<<13u)), (((h_17>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_17 & 1023u))) - 201326592u), 0u, ((h_17 & 1023u) == 0u)), (((h_17>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_34>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[1i]);
    let h_18 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_36 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_36 = 1059919873u;
} else {
      var condval_37 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_37 = 1986682191u;
} else {
        condval_37 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_36 = condval_37;
}
    y_local[2i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_18>>15u)<<31u) | select(select((((((h_18>>10u) & 31u) + 112u)<<23u) | ((h_18 & 1023u)<<13u)), (2139095040u | ((h_18 & 1023u)<<13u)), (((h_18>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_18 & 1023u))) - 201326592u), 0u, ((h_18 & 1023u) == 0u)), (((h_18>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_36>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[2i]);
    let h_19 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_38 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_38 = 1059919873u;
} else {
      var condval_39 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_39 = 1986682191u;
} else {
        condval_39 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_38 = condval_39;
}
    y_local[3i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_19>>15u)<<31u) | select(select((((((h_19>>10u) & 31u) + 112u)<<23u) | ((h_19 & 1023u)<<13u)), (2139095040u | ((h_19 & 1023u)<<13u)), (((h_19>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_19 & 1023u))) - 201326592u), 0u, ((h_19 & 1023u) == 0u)), (((h_19>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_38>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[3i]);
    let h_20 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_40 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_40 = 1059919873u;
} else {
      var condval_41 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_41 = 1986682191u;
} else {
        condval_41 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_40 = condval_41;
}
    y_local[4i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_20>>15u)<<31u) | select(select((((((h_20>>10u) & 31u) + 112u)<<23u) | ((h_20 & 1023u)<<13u)), (2139095040u | ((h_20 & 1023u)<<13u)), (((h_20>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_20 & 1023u))) - 201326592u), 0u, ((h_20 & 1023u) == 0u)), (((h_20>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_40>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[4i]);
    let h_21 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_42 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_42 = 1059919873u;
} else {
      var condval_43 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_43 = 1986682191u;
} else {
        condval_43 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_42 = condval_43;
}
    y_local[5i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_21>>15u)<<31u) | select(select((((((h_21>>10u) & 31u) + 112u)<<23u) | ((h_21 & 1023u)<<13u)), (2139095040u | ((h_21 & 1023u)<<13u)), (((h_21>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_21 & 1023u))) - 201326592u), 0u, ((h_21 & 1023u) == 0u)), (((h_21>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_42>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[5i]);
    let h_22 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_44 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_44 = 1059919873u;
} else {
      var condval_45 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_45 = 1986682191u;
} else {
        condval_45 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_44 = condval_45;
}
    y_local[6i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_22>>15u)<<31u) | select(select((((((h_22>>10u) & 31u) + 112u)<<23u) | ((h_22 & 1023u)<<13u)), (2139095040u | ((h_22 & 1023u)<<13u)), (((h_22>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_22 & 1023u))) - 201326592u), 0u, ((h_22 & 1023u) == 0u)), (((h_22>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_44>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[6i]);
    let h_23 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_46 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_46 = 1059919873u;
} else {
      var condval_47 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_47 = 1986682191u;
} else {
        condval_47 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_46 = condval_47;
}
    y_local[7i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_23>>15u)<<31u) | select(select((((((h_23>>10u) & 31u) + 112u)<<23u) | ((h_23 & 1023u)<<13u)), (2139095040u | ((h_23 & 1023u)<<13u)), (((h_23>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_23 & 1023u))) - 201326592u), 0u, ((h_23 & 1023u) == 0u)), (((h_23>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_46>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[7i]);
    let h_24 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_48 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_48 = 1059919873u;
} else {
      var condval_49 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_49 = 1986682191u;
} else {
        condval_49 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_48 = condval_49;
}
    y_local[0i] = fma(x_ptr[(((wd * 4i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_24>>15u)<<31u) | select(select((((((h_24>>10u) & 31u) + 112u)<<23u) | ((h_24 & 1023u)<<13u)), (2139095040u | ((h_24 & 1023u)<<13u)), (((h_24>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_24 & 1023u))) - 201326592u), 0u, ((h_24 & 1023u) == 0u)), (((h_24>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_48>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    let h_25 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_50 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_50 = 1059919873u;
} else {
      var condval_51 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_51 = 1986682191u;
} else {
        condval_51 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_50 = condval_51;
}
    y_local[1i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_25>>15u)<<31u) | select(select((((((h_25>>10u) & 31u) + 112u)<<23u) | ((h_25 & 1023u)<<13u)), (2139095040u | ((h_25 & 1023u)<<13u)), (((h_25>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_25 & 1023u))) - 201326592u), 0u, ((h_25 & 1023u) == 0u)), (((h_25>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_50>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[1i]);
    let h_26 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_52 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_52 = 1059919873u;
} else {
      var condval_53 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_53 = 1986682191u;
} else {
        condval_53 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_52 = condval_53;
}
    y_local[2i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_26>>15u)<<31u) | select(select((((((h_26>>10u) & 31u) + 112u)<<23u) | ((h_26 & 1023u)<<13u)), (2139095040u | ((h_26 & 1023u)<<13u)), (((h_26>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_26 & 1023u))) - 201326592u), 0u, ((h_26 & 1023u) == 0u)), (((h_26>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_52>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[2i]);
    let h_27 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_54 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_54 = 1059919873u;
} else {
      var condval_55 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_55 = 1986682191u;
} else {
        condval_55 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_54 = condval_55;
}
    y_local[3i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_27>>15u)<<31u) | select(select((((((h_27>>10u) & 31u) + 112u)<<23u) | ((h_27 & 1023u)<<13u)), (2139095040u | ((h_27 & 1023u)<<13u)), (((h_27>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_27 & 1023u))) - 201326592u), 0u, ((h_27 & 1023u) == 0u)), (((h_27>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_54>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[3i]);
    let h_28 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_56 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_56 = 1059919873u;
} else {
      var condval_57 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_57 = 1986682191u;
} else {
        condval_57 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_56 = condval_57;
}
    y_local[4i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_28>>15u)<<31u) | select(select((((((h_28>>10u) & 31u) + 112u)<<23u) | ((h_28 & 1023u)<<13u)), (2139095040u | ((h_28 & 1023u)<<13u)), (((h_28>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_28 & 1023u))) - 201326592u), 0u, ((h_28 & 1023u) == 0u)), (((h_28>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_56>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[4i]);
    let h_29 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_58 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_58 = 1059919873u;
} else {
      var condval_59 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_59 = 1986682191u;
} else {
        condval_59 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_58 = condval_59;
}
    y_local[5i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_29>>15u)<<31u) | select(select((((((h_29>>10u) & 31u) + 112u)<<23u) | ((h_29 & 1023u)<<13u)), (2139095040u | ((h_29 & 1023u)<<13u)), (((h_29>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_29 & 1023u))) - 201326592u), 0u, ((h_29 & 1023u) == 0u)), (((h_29>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_58>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[5i]);
    let h_30 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_60 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_60 = 1059919873u;
} else {
      var condval_61 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_61 = 1986682191u;
} else {
        condval_61 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_60 = condval_61;
}
    y_local[6i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_30>>15u)<<31u) | select(select((((((h_30>>10u) & 31u) + 112u)<<23u) | ((h_30 & 1023u)<<13u)), (2139095040u | ((h_30 & 1023u)<<13u)), (((h_30>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_30 & 1023u))) - 201326592u), 0u, ((h_30 & 1023u) == 0u)), (((h_30>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_60>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[6i]);
    let h_31 : u32 = ((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
    var condval_62 : u32;
    if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_62 = 1059919873u;
} else {
      var condval_63 : u32;
      if (((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_63 = 1986682191u;
} else {
        condval_63 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_62 = condval_63;
}
    y_local[7i] = fma(x_ptr[(((wd * 4i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_31>>15u)<<31u) | select(select((((((h_31>>10u) & 31u) + 112u)<<23u) | ((h_31 & 1023u)<<13u)), (2139095040u | ((h_31 & 1023u)<<13u)), (((h_31>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_31 & 1023u))) - 201326592u), 0u, ((h_31 & 1023u) == 0u)), (((h_31>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wd & 63i)>>4u) * 8i))) & 255u))>>u32((((wd & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32((((wd & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_62>>((((wq_ptr[((((((wd>>6u) * 34i) + ((((v__1 * 64i) + i32(threadIdx.x)) * (podArgs.K>>8u)) * 34i)) + (((wd & 63i)>>3u) * 4i)) + (wd & 3i)) + 2i)]>>u32(((((wd & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[7i]);
  }
  for (var ax0 : i32 = 0i; ax0 < 8i; ax0++) {
    y_ptr[(((((i32(blockIdx.y) * podArgs.Nj) * 512i) + (v__1 * 64i)) + ((ax0 * podArgs.Nj) * 64i)) + i32(threadIdx.x))] = y_local[ax0];
  }
}
