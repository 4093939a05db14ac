@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> x_ptr : array<f32>;

struct PODArgs {
  K: i32,
  N: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn matmul_iq4_xs_add_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var y_local : array<f32, 1>;
  for (var wo : i32 = 0i; wo < (podArgs.K>>5u); wo++) {
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      if (wo == 0i) {
        y_local[0i] = 0.000000e+00f;
      }
      let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_1 + podArgs.N), rmod_1, (((podArgs.N >= 0i) && (rmod_1 >= 0i)) || ((podArgs.N < 0i) && (rmod_1 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_4 + podArgs.N), rmod_4, (((podArgs.N >= 0i) && (rmod_4 >= 0i)) || ((podArgs.N < 0i) && (rmod_4 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>0u) & 15u)>>2u) < 1u)) {
        condval = 1059919873u;
} else {
        let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_1 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_5 + podArgs.N), rmod_5, (((podArgs.N >= 0i) && (rmod_5 >= 0i)) || ((podArgs.N < 0i) && (rmod_5 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>0u) & 15u)>>3u) < 1u)) {
          condval_1 = 1986682191u;
} else {
          let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_1 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_6 + podArgs.N), rmod_6, (((podArgs.N >= 0i) && (rmod_6 >= 0i)) || ((podArgs.N < 0i) && (rmod_6 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>0u) & 15u) / 12u) < 1u));
}
        condval = condval_1;
}
      let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[((wo * 32i) + (select((rdiv - 1i), rdiv, (((podArgs.N >= 0i) && (rmod >= 0i)) || ((podArgs.N < 0i) && (rmod <= 0i)))) * podArgs.K))], ((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_2 + podArgs.N), rmod_2, (((podArgs.N >= 0i) && (rmod_2 >= 0i)) || ((podArgs.N < 0i) && (rmod_2 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_3 + podArgs.N), rmod_3, (((podArgs.N >= 0i) && (rmod_3 >= 0i)) || ((podArgs.N < 0i) && (rmod_3 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_7 + podArgs.N), rmod_7, (((podArgs.N >= 0i) && (rmod_7 >= 0i)) || ((podArgs.N < 0i) && (rmod_7 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>0u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_8 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_1 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_9 + podArgs.N), rmod_9, (((podArgs.N >= 0i) && (rmod_9 >= 0i)) || ((podArgs.N < 0i) && (rmod_9 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_2 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_12 + podArgs.N), rmod_12, (((podArgs.N >= 0i) && (rmod_12 >= 0i)) || ((podArgs.N < 0i) && (rmod_12 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>8u) & 15u)>>2u) < 1u)) {
        condval_2 = 1059919873u;
} else {
        let rmod_13 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_3 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_13 + podArgs.N), rmod_13, (((podArgs.N >= 0i) && (rmod_13 >= 0i)) || ((podArgs.N < 0i) && (rmod_13 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>8u) & 15u)>>3u) < 1u)) {
          condval_3 = 1986682191u;
} else {
          let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_3 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_14 + podArgs.N), rmod_14, (((podArgs.N >= 0i) && (rmod_14 >= 0i)) || ((podArgs.N < 0i) && (rmod_14 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>8u) & 15u) / 12u) < 1u));
}
        condval_2 = condval_3;
}
      let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_1 - 1i), rdiv_1, (((podArgs.N >= 0i) && (rmod_8 >= 0i)) || ((podArgs.N < 0i) && (rmod_8 <= 0i)))) * podArgs.K)) + 1i)], ((bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_10 + podArgs.N), rmod_10, (((podArgs.N >= 0i) && (rmod_10 >= 0i)) || ((podArgs.N < 0i) && (rmod_10 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_11 + podArgs.N), rmod_11, (((podArgs.N >= 0i) && (rmod_11 >= 0i)) || ((podArgs.N < 0i) && (rmod_11 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_2>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_15 + podArgs.N), rmod_15, (((podArgs.N >= 0i) && (rmod_15 >= 0i)) || ((podArgs.N < 0i) && (rmod_15 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>8u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_2 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_17 + podArgs.N), rmod_17, (((podArgs.N >= 0i) && (rmod_17 >= 0i)) || ((podArgs.N < 0i) && (rmod_17 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_4 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_20 + podArgs.N), rmod_20, (((podArgs.N >= 0i) && (rmod_20 >= 0i)) || ((podArgs.N < 0i) && (rmod_20 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>16u) & 15u)>>2u) < 1u)) {
        condval_4 = 1059919873u;
} else {
        let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_5 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_21 + podArgs.N), rmod_21, (((podArgs.N >= 0i) && (rmod_21 >= 0i)) || ((podArgs.N < 0i) && (rmod_21 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>16u) & 15u)>>3u) < 1u)) {
          condval_5 = 1986682191u;
} else {
          let rmod_22 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_5 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_22 + podArgs.N), rmod_22, (((podArgs.N >= 0i) && (rmod_22 >= 0i)) || ((podArgs.N < 0i) && (rmod_22 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>16u) & 15u) / 12u) < 1u));
}
        condval_4 = condval_5;
}
      let rmod_23 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_2 - 1i), rdiv_2, (((podArgs.N >= 0i) && (rmod_16 >= 0i)) || ((podArgs.N < 0i) && (rmod_16 <= 0i)))) * podArgs.K)) + 2i)], ((bitcast<f32>((((h_2>>15u)<<31u) | select(select((((((h_2>>10u) & 31u) + 112u)<<23u) | ((h_2 & 1023u)<<13u)), (2139095040u | ((h_2 & 1023u)<<13u)), (((h_2>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_2 & 1023u))) - 201326592u), 0u, ((h_2 & 1023u) == 0u)), (((h_2>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_18 + podArgs.N), rmod_18, (((podArgs.N >= 0i) && (rmod_18 >= 0i)) || ((podArgs.N < 0i) && (rmod_18 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_19 + podArgs.N), rmod_19, (((podArgs.N >= 0i) && (rmod_19 >= 0i)) || ((podArgs.N < 0i) && (rmod_19 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_4>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_23 + podArgs.N), rmod_23, (((podArgs.N >= 0i) && (rmod_23 >= 0i)) || ((podArgs.N < 0i) && (rmod_23 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>16u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_24 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_25 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_3 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_25 + podArgs.N), rmod_25, (((podArgs.N >= 0i) && (rmod_25 >= 0i)) || ((podArgs.N < 0i) && (rmod_25 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_26 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_27 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_28 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_6 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_28 + podArgs.N), rmod_28, (((podArgs.N >= 0i) && (rmod_28 >= 0i)) || ((podArgs.N < 0i) && (rmod_28 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>24u) & 15u)>>2u) < 1u)) {
        condval_6 = 1059919873u;
} else {
        let rmod_29 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_7 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_29 + podArgs.N), rmod_29, (((podArgs.N >= 0i) && (rmod_29 >= 0i)) || ((podArgs.N < 0i) && (rmod_29 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>24u) & 15u)>>3u) < 1u)) {
          condval_7 = 1986682191u;
} else {
          let rmod_30 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_7 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_30 + podArgs.N), rmod_30, (((podArgs.N >= 0i) && (rmod_30 >= 0i)) || ((podArgs.N < 0i) && (rmod_30 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>24u) & 15u) / 12u) < 1u));
}
        condval_6 = condval_7;
}
      let rmod_31 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_3 - 1i), rdiv_3, (((podArgs.N >= 0i) && (rmod_24 >= 0i)) || ((podArgs.N < 0i) && (rmod_24 <= 0i)))) * podArgs.K)) + 3i)], ((bitcast<f32>((((h_3>>15u)<<31u) | select(select((((((h_3>>10u) & 31u) + 112u)<<23u) | ((h_3 & 1023u)<<13u)), (2139095040u | ((h_3 & 1023u)<<13u)), (((h_3>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_3 & 1023u))) - 201326592u), 0u, ((h_3 & 1023u) == 0u)), (((h_3>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_26 + podArgs.N), rmod_26, (((podArgs.N >= 0i) && (rmod_26 >= 0i)) || ((podArgs.N < 0i) && (rmod_26 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_27 + podArgs.N), rmod_27, (((podArgs.N >= 0i) && (rmod_27 >= 0i)) || ((podArgs.N < 0i) && (rmod_27 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_6>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_31 + podArgs.N), rmod_31, (((podArgs.N >= 0i) && (rmod_31 >= 0i)) || ((podArgs.N < 0i) && (rmod_31 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>24u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_32 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_33 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_4 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_33 + podArgs.N), rmod_33, (((podArgs.N >= 0i) && (rmod_33 >= 0i)) || ((podArgs.N < 0i) && (rmod_33 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_34 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_35 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_36 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_8 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_36 + podArgs.N), rmod_36, (((podArgs.N >= 0i) && (rmod_36 >= 0i)) || ((podArgs.N < 0i) && (rmod_36 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>0u) & 15u)>>2u) < 1u)) {
        condval_8 = 1059919873u;
} else {
        let rmod_37 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_9 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_37 + podArgs.N), rmod_37, (((podArgs.N >= 0i) && (rmod_37 >= 0i)) || ((podArgs.N < 0i) && (rmod_37 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>0u) & 15u)>>3u) < 1u)) {
          condval_9 = 1986682191u;
} else {
          let rmod_38 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_9 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_38 + podArgs.N), rmod_38, (((podArgs.N >= 0i) && (rmod_38 >= 0i)) || ((podArgs.N < 0i) && (rmod_38 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>0u) & 15u) / 12u) < 1u));
}
        condval_8 = condval_9;
}
      let rmod_39 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_4 - 1i), rdiv_4, (((podArgs.N >= 0i) && (rmod_32 >= 0i)) || ((podArgs.N < 0i) && (rmod_32 <= 0i)))) * podArgs.K)) + 4i)], ((bitcast<f32>((((h_4>>15u)<<31u) | select(select((((((h_4>>10u) & 31u) + 112u)<<23u) | ((h_4 & 1023u)<<13u)), (2139095040u | ((h_4 & 1023u)<<13u)), (((h_4>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_4 & 1023u))) - 201326592u), 0u, ((h_4 & 1023u) == 0u)), (((h_4>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_34 + podArgs.N), rmod_34, (((podArgs.N >= 0i) && (rmod_34 >= 0i)) || ((podArgs.N < 0i) && (rmod_34 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_35 + podArgs.N), rmod_35, (((podArgs.N >= 0i) && (rmod_35 >= 0i)) || ((podArgs.N < 0i) && (rmod_35 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_8>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_39 + podArgs.N), rmod_39, (((podArgs.N >= 0i) && (rmod_39 >= 0i)) || ((podArgs.N < 0i) && (rmod_39 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>0u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_40 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_41 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_5 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_41 + podArgs.N), rmod_41, (((podArgs.N >= 0i) && (rmod_41 >= 0i)) || ((podArgs.N < 0i) && (rmod_41 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_42 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_43 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_44 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_10 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_44 + podArgs.N), rmod_44, (((podArgs.N >= 0i) && (rmod_44 >= 0i)) || ((podArgs.N < 0i) && (rmod_44 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>8u) & 15u)>>2u) < 1u)) {
        condval_10 = 1059919873u;
} else {
        let rmod_45 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_11 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_45 + podArgs.N), rmod_45, (((podArgs.N >= 0i) && (rmod_45 >= 0i)) || ((podArgs.N < 0i) && (rmod_45 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>8u) & 15u)>>3u) < 1u)) {
          condval_11 = 1986682191u;
} else {
          let rmod_46 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_11 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_46 + podArgs.N), rmod_46, (((podArgs.N >= 0i) && (rmod_46 >= 0i)) || ((podArgs.N < 0i) && (rmod_46 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>8u) & 15u) / 12u) < 1u));
}
        condval_10 = condval_11;
}
      let rmod_47 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_5 - 1i), rdiv_5, (((podArgs.N >= 0i) && (rmod_40 >= 0i)) || ((podArgs.N < 0i) && (rmod_40 <= 0i)))) * podArgs.K)) + 5i)], ((bitcast<f32>((((h_5>>15u)<<31u) | select(select((((((h_5>>10u) & 31u) + 112u)<<23u) | ((h_5 & 1023u)<<13u)), (2139095040u | ((h_5 & 1023u)<<13u)), (((h_5>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_5 & 1023u))) - 201326592u), 0u, ((h_5 & 1023u) == 0u)), (((h_5>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_42 + podArgs.N), rmod_42, (((podArgs.N >= 0i) && (rmod_42 >= 0i)) || ((podArgs.N < 0i) && (rmod_42 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_43 + podArgs.N), rmod_43, (((podArgs.N >= 0i) && (rmod_43 >= 0i)) || ((podArgs.N < 0i) && (rmod_43 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_10>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_47 + podArgs.N), rmod_47, (((podArgs.N >= 0i) && (rmod_47 >= 0i)) || ((podArgs.N < 0i) && (rmod_47 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>8u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_48 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_49 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_6 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_49 + podArgs.N), rmod_49, (((podArgs.N >= 0i) && (rmod_49 >= 0i)) || ((podArgs.N < 0i) && (rmod_49 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_50 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_51 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_52 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_12 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_52 + podArgs.N), rmod_52, (((podArgs.N >= 0i) && (rmod_52 >= 0i)) || ((podArgs.N < 0i) && (rmod_52 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>16u) & 15u)>>2u) < 1u)) {
        condval_12 = 1059919873u;
} else {
        let rmod_53 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_13 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_53 + podArgs.N), rmod_53, (((podArgs.N >= 0i) && (rmod_53 >= 0i)) || ((podArgs.N < 0i) && (rmod_53 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>16u) & 15u)>>3u) < 1u)) {
          condval_13 = 1986682191u;
} else {
          let rmod_54 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_13 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_54 + podArgs.N), rmod_54, (((podArgs.N >= 0i) && (rmod_54 >= 0i)) || ((podArgs.N < 0i) && (rmod_54 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>16u) & 15u) / 12u) < 1u));
}
        condval_12 = condval_13;
}
      let rmod_55 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_6 - 1i), rdiv_6, (((podArgs.N >= 0i) && (rmod_48 >= 0i)) || ((podArgs.N < 0i) && (rmod_48 <= 0i)))) * podArgs.K)) + 6i)], ((bitcast<f32>((((h_6>>15u)<<31u) | select(select((((((h_6>>10u) & 31u) + 112u)<<23u) | ((h_6 & 1023u)<<13u)), (2139095040u | ((h_6 & 1023u)<<13u)), (((h_6>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_6 & 1023u))) - 201326592u), 0u, ((h_6 & 1023u) == 0u)), (((h_6>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_50 + podArgs.N), rmod_50, (((podArgs.N >= 0i) && (rmod_50 >= 0i)) || ((podArgs.N < 0i) && (rmod_50 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_51 + podArgs.N), rmod_51, (((podArgs.N >= 0i) && (rmod_51 >= 0i)) || ((podArgs.N < 0i) && (rmod_51 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_12>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_55 + podArgs.N), rmod_55, (((podArgs.N >= 0i) && (rmod_55 >= 0i)) || ((podArgs.N < 0i) && (rmod_55 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>16u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_56 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_57 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_7 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_57 + podArgs.N), rmod_57, (((podArgs.N >= 0i) && (rmod_57 >= 0i)) || ((podArgs.N < 0i) && (rmod_57 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_58 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_59 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_60 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_14 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_60 + podArgs.N), rmod_60, (((podArgs.N >= 0i) && (rmod_60 >= 0i)) || ((podArgs.N < 0i) && (rmod_60 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>24u) & 15u)>>2u) < 1u)) {
        condval_14 = 1059919873u;
} else {
        let rmod_61 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_15 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_61 + podArgs.N), rmod_61, (((podArgs.N >= 0i) && (rmod_61 >= 0i)) || ((podArgs.N < 0i) && (rmod_61 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>24u) & 15u)>>3u) < 1u)) {
          condval_15 = 1986682191u;
} else {
          let rmod_62 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_15 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_62 + podArgs.N), rmod_62, (((podArgs.N >= 0i) && (rmod_62 >= 0i)) || ((podArgs.N < 0i) && (rmod_62 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>24u) & 15u) / 12u) < 1u));
}
        condval_14 = condval_15;
}
      let rmod_63 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_7 - 1i), rdiv_7, (((podArgs.N >= 0i) && (rmod_56 >= 0i)) || ((podArgs.N < 0i) && (rmod_56 <= 0i)))) * podArgs.K)) + 7i)], ((bitcast<f32>((((h_7>>15u)<<31u) | select(select((((((h_7>>10u) & 31u) + 112u)<<23u) | ((h_7 & 1023u)<<13u)), (2139095040u | ((h_7 & 1023u)<<13u)), (((h_7>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_7 & 1023u))) - 201326592u), 0u, ((h_7 & 1023u) == 0u)), (((h_7>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_58 + podArgs.N), rmod_58, (((podArgs.N >= 0i) && (rmod_58 >= 0i)) || ((podArgs.N < 0i) && (rmod_58 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_59 + podArgs.N), rmod_59, (((podArgs.N >= 0i) && (rmod_59 >= 0i)) || ((podArgs.N < 0i) && (rmod_59 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_14>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_63 + podArgs.N), rmod_63, (((podArgs.N >= 0i) && (rmod_63 >= 0i)) || ((podArgs.N < 0i) && (rmod_63 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>24u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_64 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_8 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_65 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_8 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_65 + podArgs.N), rmod_65, (((podArgs.N >= 0i) && (rmod_65 >= 0i)) || ((podArgs.N < 0i) && (rmod_65 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_66 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_67 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_68 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_16 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_68 + podArgs.N), rmod_68, (((podArgs.N >= 0i) && (rmod_68 >= 0i)) || ((podArgs.N < 0i) && (rmod_68 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>0u) & 15u)>>2u) < 1u)) {
        condval_16 = 1059919873u;
} else {
        let rmod_69 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_17 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_69 + podArgs.N), rmod_69, (((podArgs.N >= 0i) && (rmod_69 >= 0i)) || ((podArgs.N < 0i) && (rmod_69 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>0u) & 15u)>>3u) < 1u)) {
          condval_17 = 1986682191u;
} else {
          let rmod_70 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_17 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_70 + podArgs.N), rmod_70, (((podArgs.N >= 0i) && (rmod_70 >= 0i)) || ((podArgs.N < 0i) && (rmod_70 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>0u) & 15u) / 12u) < 1u));
}
        condval_16 = condval_17;
}
      let rmod_71 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_8 - 1i), rdiv_8, (((podArgs.N >= 0i) && (rmod_64 >= 0i)) || ((podArgs.N < 0i) && (rmod_64 <= 0i)))) * podArgs.K)) + 8i)], ((bitcast<f32>((((h_8>>15u)<<31u) | select(select((((((h_8>>10u) & 31u) + 112u)<<23u) | ((h_8 & 1023u)<<13u)), (2139095040u | ((h_8 & 1023u)<<13u)), (((h_8>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_8 & 1023u))) - 201326592u), 0u, ((h_8 & 1023u) == 0u)), (((h_8>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_66 + podArgs.N), rmod_66, (((podArgs.N >= 0i) && (rmod_66 >= 0i)) || ((podArgs.N < 0i) && (rmod_66 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_67 + podArgs.N), rmod_67, (((podArgs.N >= 0i) && (rmod_67 >= 0i)) || ((podArgs.N < 0i) && (rmod_67 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_16>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_71 + podArgs.N), rmod_71, (((podArgs.N >= 0i) && (rmod_71 >= 0i)) || ((podArgs.N < 0i) && (rmod_71 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>0u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_72 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_73 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_9 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_73 + podArgs.N), rmod_73, (((podArgs.N >= 0i) && (rmod_73 >= 0i)) || ((podArgs.N < 0i) && (rmod_73 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_74 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_75 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_76 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_18 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_76 + podArgs.N), rmod_76, (((podArgs.N >= 0i) && (rmod_76 >= 0i)) || ((podArgs.N < 0i) && (rmod_76 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>8u) & 15u)>>2u) < 1u)) {
        condval_18 = 1059919873u;
} else {
        let rmod_77 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_19 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_77 + podArgs.N), rmod_77, (((podArgs.N >= 0i) && (rmod_77 >= 0i)) || ((podArgs.N < 0i) && (rmod_77 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>8u) & 15u)>>3u) < 1u)) {
          condval_19 = 1986682191u;
} else {
          let rmod_78 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_19 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_78 + podArgs.N), rmod_78, (((podArgs.N >= 0i) && (rmod_78 >= 0i)) || ((podArgs.N < 0i) && (rmod_78 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>8u) & 15u) / 12u) < 1u));
}
        condval_18 = condval_19;
}
      let rmod_79 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_9 - 1i), rdiv_9, (((podArgs.N >= 0i) && (rmod_72 >= 0i)) || ((podArgs.N < 0i) && (rmod_72 <= 0i)))) * podArgs.K)) + 9i)], ((bitcast<f32>((((h_9>>15u)<<31u) | select(select((((((h_9>>10u) & 31u) + 112u)<<23u) | ((h_9 & 1023u)<<13u)), (2139095040u | ((h_9 & 1023u)<<13u)), (((h_9>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_9 & 1023u))) - 201326592u), 0u, ((h_9 & 1023u) == 0u)), (((h_9>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_74 + podArgs.N), rmod_74, (((podArgs.N >= 0i) && (rmod_74 >= 0i)) || ((podArgs.N < 0i) && (rmod_74 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_75 + podArgs.N), rmod_75, (((podArgs.N >= 0i) && (rmod_75 >= 0i)) || ((podArgs.N < 0i) && (rmod_75 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_18>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_79 + podArgs.N), rmod_79, (((podArgs.N >= 0i) && (rmod_79 >= 0i)) || ((podArgs.N < 0i) && (rmod_79 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>8u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_80 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_81 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_10 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_81 + podArgs.N), rmod_81, (((podArgs.N >= 0i) && (rmod_81 >= 0i)) || ((podArgs.N < 0i) && (rmod_81 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_82 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_83 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_84 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_20 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_84 + podArgs.N), rmod_84, (((podArgs.N >= 0i) && (rmod_84 >= 0i)) || ((podArgs.N < 0i) && (rmod_84 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>16u) & 15u)>>2u) < 1u)) {
        condval_20 = 1059919873u;
} else {
        let rmod_85 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_21 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_85 + podArgs.N), rmod_85, (((podArgs.N >= 0i) && (rmod_85 >= 0i)) || ((podArgs.N < 0i) && (rmod_85 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>16u) & 15u)>>3u) < 1u)) {
          condval_21 = 1986682191u;
} else {
          let rmod_86 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_21 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_86 + podArgs.N), rmod_86, (((podArgs.N >= 0i) && (rmod_86 >= 0i)) || ((podArgs.N < 0i) && (rmod_86 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>16u) & 15u) / 12u) < 1u));
}
        condval_20 = condval_21;
}
      let rmod_87 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_10 - 1i), rdiv_10, (((podArgs.N >= 0i) && (rmod_80 >= 0i)) || ((podArgs.N < 0i) && (rmod_80 <= 0i)))) * podArgs.K)) + 10i)], ((bitcast<f32>((((h_10>>15u)<<31u) | select(select((((((h_10>>10u) & 31u) + 112u)<<23u) | ((h_10 & 1023u)<<13u)), (2139095040u | ((h_10 & 1023u)<<13u)), (((h_10>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_10 & 1023u))) - 201326592u), 0u, ((h_10 & 1023u) == 0u)), (((h_10>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_82 + podArgs.N), rmod_82, (((podArgs.N >= 0i) && (rmod_82 >= 0i)) || ((podArgs.N < 0i) && (rmod_82 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_83 + podArgs.N), rmod_83, (((podArgs.N >= 0i) && (rmod_83 >= 0i)) || ((podArgs.N < 0i) && (rmod_83 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_20>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_87 + podArgs.N), rmod_87, (((podArgs.N >= 0i) && (rmod_87 >= 0i)) || ((podArgs.N < 0i) && (rmod_87 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>16u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_88 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_89 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_11 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_89 + podArgs.N), rmod_89, (((podArgs.N >= 0i) && (rmod_89 >= 0i)) || ((podArgs.N < 0i) && (rmod_89 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_90 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_91 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_92 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_22 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_92 + podArgs.N), rmod_92, (((podArgs.N >= 0i) && (rmod_92 >= 0i)) || ((podArgs.N < 0i) && (rmod_92 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>24u) & 15u)>>2u) < 1u)) {
        condval_22 = 1059919873u;
} else {
        let rmod_93 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_23 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_93 + podArgs.N), rmod_93, (((podArgs.N >= 0i) && (rmod_93 >= 0i)) || ((podArgs.N < 0i) && (rmod_93 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>24u) & 15u)>>3u) < 1u)) {
          condval_23 = 1986682191u;
} else {
          let rmod_94 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_23 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_94 + podArgs.N), rmod_94, (((podArgs.N >= 0i) && (rmod_94 >= 0i)) || ((podArgs.N < 0i) && (rmod_94 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>24u) & 15u) / 12u) < 1u));
}
        condval_22 = condval_23;
}
      let rmod_95 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_11 - 1i), rdiv_11, (((podArgs.N >= 0i) && (rmod_88 >= 0i)) || ((podArgs.N < 0i) && (rmod_88 <= 0i)))) * podArgs.K)) + 11i)], ((bitcast<f32>((((h_11>>15u)<<31u) | select(select((((((h_11>>10u) & 31u) + 112u)<<23u) | ((h_11 & 1023u)<<13u)), (2139095040u | ((h_11 & 1023u)<<13u)), (((h_11>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_11 & 1023u))) - 201326592u), 0u, ((h_11 & 1023u) == 0u)), (((h_11>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_90 + podArgs.N), rmod_90, (((podArgs.N >= 0i) && (rmod_90 >= 0i)) || ((podArgs.N < 0i) && (rmod_90 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_91 + podArgs.N), rmod_91, (((podArgs.N >= 0i) && (rmod_91 >= 0i)) || ((podArgs.N < 0i) && (rmod_91 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_22>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_95 + podArgs.N), rmod_95, (((podArgs.N >= 0i) && (rmod_95 >= 0i)) || ((podArgs.N < 0i) && (rmod_95 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>24u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_96 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_97 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_12 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_97 + podArgs.N), rmod_97, (((podArgs.N >= 0i) && (rmod_97 >= 0i)) || ((podArgs.N < 0i) && (rmod_97 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_98 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_99 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_100 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_24 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_100 + podArgs.N), rmod_100, (((podArgs.N >= 0i) && (rmod_100 >= 0i)) || ((podArgs.N < 0i) && (rmod_100 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>0u) & 15u)>>2u) < 1u)) {
        condval_24 = 1059919873u;
} else {
        let rmod_101 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_25 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_101 + podArgs.N), rmod_101, (((podArgs.N >= 0i) && (rmod_101 >= 0i)) || ((podArgs.N < 0i) && (rmod_101 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>0u) & 15u)>>3u) < 1u)) {
          condval_25 = 1986682191u;
} else {
          let rmod_102 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_25 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_102 + podArgs.N), rmod_102, (((podArgs.N >= 0i) && (rmod_102 >= 0i)) || ((podArgs.N < 0i) && (rmod_102 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>0u) & 15u) / 12u) < 1u));
}
        condval_24 = condval_25;
}
      let rmod_103 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_12 - 1i), rdiv_12, (((podArgs.N >= 0i) && (rmod_96 >= 0i)) || ((podArgs.N < 0i) && (rmod_96 <= 0i)))) * podArgs.K)) + 12i)], ((bitcast<f32>((((h_12>>15u)<<31u) | select(select((((((h_12>>10u) & 31u) + 112u)<<23u) | ((h_12 & 1023u)<<13u)), (2139095040u | ((h_12 & 1023u)<<13u)), (((h_12>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_12 & 1023u))) - 201326592u), 0u, ((h_12 & 1023u) == 0u)), (((h_12>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_98 + podArgs.N), rmod_98, (((podArgs.N >= 0i) && (rmod_98 >= 0i)) || ((podArgs.N < 0i) && (rmod_98 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_99 + podArgs.N), rmod_99, (((podArgs.N >= 0i) && (rmod_99 >= 0i)) || ((podArgs.N < 0i) && (rmod_99 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_24>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_103 + podArgs.N), rmod_103, (((podArgs.N >= 0i) && (rmod_103 >= 0i)) || ((podArgs.N < 0i) && (rmod_103 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>0u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_104 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_13 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_105 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_13 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_105 + podArgs.N), rmod_105, (((podArgs.N >= 0i) && (rmod_105 >= 0i)) || ((podArgs.N < 0i) && (rmod_105 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_106 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_107 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_108 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_26 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_108 + podArgs.N), rmod_108, (((podArgs.N >= 0i) && (rmod_108 >= 0i)) || ((podArgs.N < 0i) && (rmod_108 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>8u) & 15u)>>2u) < 1u)) {
        condval_26 = 1059919873u;
} else {
        let rmod_109 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_27 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_109 + podArgs.N), rmod_109, (((podArgs.N >= 0i) && (rmod_109 >= 0i)) || ((podArgs.N < 0i) && (rmod_109 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>8u) & 15u)>>3u) < 1u)) {
          condval_27 = 1986682191u;
} else {
          let rmod_110 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_27 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_110 + podArgs.N), rmod_110, (((podArgs.N >= 0i) && (rmod_110 >= 0i)) || ((podArgs.N < 0i) && (rmod_110 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>8u) & 15u) / 12u) < 1u));
}
        condval_26 = condval_27;
}
      let rmod_111 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_13 - 1i), rdiv_13, (((podArgs.N >= 0i) && (rmod_104 >= 0i)) || ((podArgs.N < 0i) && (rmod_104 <= 0i)))) * podArgs.K)) + 13i)], ((bitcast<f32>((((h_13>>15u)<<31u) | select(select((((((h_13>>10u) & 31u) + 112u)<<23u) | ((h_13 & 1023u)<<13u)), (2139095040u | ((h_13 & 1023u)<<13u)), (((h_13>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_13 & 1023u))) - 201326592u), 0u, ((h_13 & 1023u) == 0u)), (((h_13>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_106 + podArgs.N), rmod_106, (((podArgs.N >= 0i) && (rmod_106 >= 0i)) || ((podArgs.N < 0i) && (rmod_106 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_107 + podArgs.N), rmod_107, (((podArgs.N >= 0i) && (rmod_107 >= 0i)) || ((podArgs.N < 0i) && (rmod_107 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_26>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_111 + podArgs.N), rmod_111, (((podArgs.N >= 0i) && (rmod_111 >= 0i)) || ((podArgs.N < 0i) && (rmod_111 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>8u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_112 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_113 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_14 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_113 + podArgs.N), rmod_113, (((podArgs.N >= 0i) && (rmod_113 >= 0i)) || ((podArgs.N < 0i) && (rmod_113 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_114 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_115 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_116 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_28 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_116 + podArgs.N), rmod_116, (((podArgs.N >= 0i) && (rmod_116 >= 0i)) || ((podArgs.N < 0i) && (rmod_116 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>16u) & 15u)>>2u) < 1u)) {
        condval_28 = 1059919873u;
} else {
        let rmod_117 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_29 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_117 + podArgs.N), rmod_117, (((podArgs.N >= 0i) && (rmod_117 >= 0i)) || ((podArgs.N < 0i) && (rmod_117 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>16u) & 15u)>>3u) < 1u)) {
          condval_29 = 1986682191u;
} else {
          let rmod_118 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_29 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_118 + podArgs.N), rmod_118, (((podArgs.N >= 0i) && (rmod_118 >= 0i)) || ((podArgs.N < 0i) && (rmod_118 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>16u) & 15u) / 12u) < 1u));
}
        condval_28 = condval_29;
}
      let rmod_119 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_14 - 1i), rdiv_14, (((podArgs.N >= 0i) && (rmod_112 >= 0i)) || ((podArgs.N < 0i) && (rmod_112 <= 0i)))) * podArgs.K)) + 14i)], ((bitcast<f32>((((h_14>>15u)<<31u) | select(select((((((h_14>>10u) & 31u) + 112u)<<23u) | ((h_14 & 1023u)<<13u)), (2139095040u | ((h_14 & 1023u)<<13u)), (((h_14>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_14 & 1023u))) - 201326592u), 0u, ((h_14 & 1023u) == 0u)), (((h_14>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_114 + podArgs.N), rmod_114, (((podArgs.N >= 0i) && (rmod_114 >= 0i)) || ((podArgs.N < 0i) && (rmod_114 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_115 + podArgs.N), rmod_115, (((podArgs.N >= 0i) && (rmod_115 >= 0i)) || ((podArgs.N < 0i) && (rmod_115 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_28>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_119 + podArgs.N), rmod_119, (((podArgs.N >= 0i) && (rmod_119 >= 0i)) || ((podArgs.N < 0i) && (rmod_119 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>16u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_120 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_121 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_15 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_121 + podArgs.N), rmod_121, (((podArgs.N >= 0i) && (rmod_121 >= 0i)) || ((podArgs.N < 0i) && (rmod_121 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_122 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_123 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_124 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_30 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_124 + podArgs.N), rmod_124, (((podArgs.N >= 0i) && (rmod_124 >= 0i)) || ((podArgs.N < 0i) && (rmod_124 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>24u) & 15u)>>2u) < 1u)) {
        condval_30 = 1059919873u;
} else {
        let rmod_125 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_31 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_125 + podArgs.N), rmod_125, (((podArgs.N >= 0i) && (rmod_125 >= 0i)) || ((podArgs.N < 0i) && (rmod_125 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>24u) & 15u)>>3u) < 1u)) {
          condval_31 = 1986682191u;
} else {
          let rmod_126 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_31 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_126 + podArgs.N), rmod_126, (((podArgs.N >= 0i) && (rmod_126 >= 0i)) || ((podArgs.N < 0i) && (rmod_126 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>24u) & 15u) / 12u) < 1u));
}
        condval_30 = condval_31;
}
      let rmod_127 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_15 - 1i), rdiv_15, (((podArgs.N >= 0i) && (rmod_120 >= 0i)) || ((podArgs.N < 0i) && (rmod_120 <= 0i)))) * podArgs.K)) + 15i)], ((bitcast<f32>((((h_15>>15u)<<31u) | select(select((((((h_15>>10u) & 31u) + 112u)<<23u) | ((h_15 & 1023u)<<13u)), (2139095040u | ((h_15 & 1023u)<<13u)), (((h_15>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_15 & 1023u))) - 201326592u), 0u, ((h_15 & 1023u) == 0u)), (((h_15>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_122 + podArgs.N), rmod_122, (((podArgs.N >= 0i) && (rmod_122 >= 0i)) || ((podArgs.N < 0i) && (rmod_122 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_123 + podArgs.N), rmod_123, (((podArgs.N >= 0i) && (rmod_123 >= 0i)) || ((podArgs.N < 0i) && (rmod_123 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_30>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_127 + podArgs.N), rmod_127, (((podArgs.N >= 0i) && (rmod_127 >= 0i)) || ((podArgs.N < 0i) && (rmod_127 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>24u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_128 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_129 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_16 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_129 + podArgs.N), rmod_129, (((podArgs.N >= 0i) && (rmod_129 >= 0i)) || ((podArgs.N < 0i) && (rmod_129 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_130 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_131 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_132 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_32 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_132 + podArgs.N), rmod_132, (((podArgs.N >= 0i) && (rmod_132 >= 0i)) || ((podArgs.N < 0i) && (rmod_132 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>4u) & 15u)>>2u) < 1u)) {
        condval_32 = 1059919873u;
} else {
        let rmod_133 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_33 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_133 + podArgs.N), rmod_133, (((podArgs.N >= 0i) && (rmod_133 >= 0i)) || ((podArgs.N < 0i) && (rmod_133 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>4u) & 15u)>>3u) < 1u)) {
          condval_33 = 1986682191u;
} else {
          let rmod_134 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_33 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_134 + podArgs.N), rmod_134, (((podArgs.N >= 0i) && (rmod_134 >= 0i)) || ((podArgs.N < 0i) && (rmod_134 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>4u) & 15u) / 12u) < 1u));
}
        condval_32 = condval_33;
}
      let rmod_135 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_16 - 1i), rdiv_16, (((podArgs.N >= 0i) && (rmod_128 >= 0i)) || ((podArgs.N < 0i) && (rmod_128 <= 0i)))) * podArgs.K)) + 16i)], ((bitcast<f32>((((h_16>>15u)<<31u) | select(select((((((h_16>>10u) & 31u) + 112u)<<23u) | ((h_16 & 1023u)<<13u)), (2139095040u | ((h_16 & 1023u)<<13u)), (((h_16>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_16 & 1023u))) - 201326592u), 0u, ((h_16 & 1023u) == 0u)), (((h_16>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_130 + podArgs.N), rmod_130, (((podArgs.N >= 0i) && (rmod_130 >= 0i)) || ((podArgs.N < 0i) && (rmod_130 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_131 + podArgs.N), rmod_131, (((podArgs.N >= 0i) && (rmod_131 >= 0i)) || ((podArgs.N < 0i) && (rmod_131 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_32>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_135 + podArgs.N), rmod_135, (((podArgs.N >= 0i) && (rmod_135 >= 0i)) || ((podArgs.N < 0i) && (rmod_135 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>4u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_136 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_137 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_17 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_137 + podArgs.N), rmod_137, (((podArgs.N >= 0i) && (rmod_137 >= 0i)) || ((podArgs.N < 0i) && (rmod_137 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_138 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_139 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_140 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_34 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_140 + podArgs.N), rmod_140, (((podArgs.N >= 0i) && (rmod_140 >= 0i)) || ((podArgs.N < 0i) && (rmod_140 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>12u) & 15u)>>2u) < 1u)) {
        condval_34 = 1059919873u;
} else {
        let rmod_141 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_35 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_141 + podArgs.N), rmod_141, (((podArgs.N >= 0i) && (rmod_141 >= 0i)) || ((podArgs.N < 0i) && (rmod_141 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>12u) & 15u)>>3u) < 1u)) {
          condval_35 = 1986682191u;
} else {
          let rmod_142 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_35 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_142 + podArgs.N), rmod_142, (((podArgs.N >= 0i) && (rmod_142 >= 0i)) || ((podArgs.N < 0i) && (rmod_142 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>12u) & 15u) / 12u) < 1u));
}
        condval_34 = condval_35;
}
      let rmod_143 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_17 - 1i), rdiv_17, (((podArgs.N >= 0i) && (rmod_136 >= 0i)) || ((podArgs.N < 0i) && (rmod_136 <= 0i)))) * podArgs.K)) + 17i)], ((bitcast<f32>((((h_17>>15u)<<31u) | select(select((((((h_17>>10u) & 31u) + 112u)<<23u) | ((h_17 & 1023u)<<13u)), (2139095040u | ((h_17 & 1023u)<<13u)), (((h_17>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_17 & 1023u))) - 201326592u), 0u, ((h_17 & 1023u) == 0u)), (((h_17>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_138 + podArgs.N), rmod_138, (((podArgs.N >= 0i) && (rmod_138 >= 0i)) || ((podArgs.N < 0i) && (rmod_138 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_139 + podArgs.N), rmod_139, (((podArgs.N >= 0i) && (rmod_139 >= 0i)) || ((podArgs.N < 0i) && (rmod_139 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_34>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_143 + podArgs.N), rmod_143, (((podArgs.N >= 0i) && (rmod_143 >= 0i)) || ((podArgs.N < 0i) && (rmod_143 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>12u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_144 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_145 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_18 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_145 + podArgs.N), rmod_145, (((podArgs.N >= 0i) && (rmod_145 >= 0i)) || ((podArgs.N < 0i) && (rmod_145 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_146 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_147 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_148 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_36 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_148 + podArgs.N), rmod_148, (((podArgs.N >= 0i) && (rmod_148 >= 0i)) || ((podArgs.N < 0i) && (rmod_148 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>20u) & 15u)>>2u) < 1u)) {
        condval_36 = 1059919873u;
} else {
        let rmod_149 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_37 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_149 + podArgs.N), rmod_149, (((podArgs.N >= 0i) && (rmod_149 >= 0i)) || ((podArgs.N < 0i) && (rmod_149 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>20u) & 15u)>>3u) < 1u)) {
          condval_37 = 1986682191u;
} else {
          let rmod_150 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_37 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_150 + podArgs.N), rmod_150, (((podArgs.N >= 0i) && (rmod_150 >= 0i)) || ((podArgs.N < 0i) && (rmod_150 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>20u) & 15u) / 12u) < 1u));
}
        condval_36 = condval_37;
}
      let rmod_151 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_18 - 1i), rdiv_18, (((podArgs.N >= 0i) && (rmod_144 >= 0i)) || ((podArgs.N < 0i) && (rmod_144 <= 0i)))) * podArgs.K)) + 18i)], ((bitcast<f32>((((h_18>>15u)<<31u) | select(select((((((h_18>>10u) & 31u) + 112u)<<23u) | ((h_18 & 1023u)<<13u)), (2139095040u | ((h_18 & 1023u)<<13u)), (((h_18>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_18 & 1023u))) - 201326592u), 0u, ((h_18 & 1023u) == 0u)), (((h_18>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_146 + podArgs.N), rmod_146, (((podArgs.N >= 0i) && (rmod_146 >= 0i)) || ((podArgs.N < 0i) && (rmod_146 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_147 + podArgs.N), rmod_147, (((podArgs.N >= 0i) && (rmod_147 >= 0i)) || ((podArgs.N < 0i) && (rmod_147 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_36>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_151 + podArgs.N), rmod_151, (((podArgs.N >= 0i) && (rmod_151 >= 0i)) || ((podArgs.N < 0i) && (rmod_151 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>20u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_152 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_153 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_19 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_153 + podArgs.N), rmod_153, (((podArgs.N >= 0i) && (rmod_153 >= 0i)) || ((podArgs.N < 0i) && (rmod_153 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_154 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_155 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_156 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_38 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_156 + podArgs.N), rmod_156, (((podArgs.N >= 0i) && (rmod_156 >= 0i)) || ((podArgs.N < 0i) && (rmod_156 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>28u) & 15u)>>2u) < 1u)) {
        condval_38 = 1059919873u;
} else {
        let rmod_157 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_39 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_157 + podArgs.N), rmod_157, (((podArgs.N >= 0i) && (rmod_157 >= 0i)) || ((podArgs.N < 0i) && (rmod_157 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>28u) & 15u)>>3u) < 1u)) {
          condval_39 = 1986682191u;
} else {
          let rmod_158 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_39 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_158 + podArgs.N), rmod_158, (((podArgs.N >= 0i) && (rmod_158 >= 0i)) || ((podArgs.N < 0i) && (rmod_158 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>28u) & 15u) / 12u) < 1u));
}
        condval_38 = condval_39;
}
      let rmod_159 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_19 - 1i), rdiv_19, (((podArgs.N >= 0i) && (rmod_152 >= 0i)) || ((podArgs.N < 0i) && (rmod_152 <= 0i)))) * podArgs.K)) + 19i)], ((bitcast<f32>((((h_19>>15u)<<31u) | select(select((((((h_19>>10u) & 31u) + 112u)<<23u) | ((h_19 & 1023u)<<13u)), (2139095040u | ((h_19 & 1023u)<<13u)), (((h_19>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_19 & 1023u))) - 201326592u), 0u, ((h_19 & 1023u) == 0u)), (((h_19>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_154 + podArgs.N), rmod_154, (((podArgs.N >= 0i) && (rmod_154 >= 0i)) || ((podArgs.N < 0i) && (rmod_154 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_155 + podArgs.N), rmod_155, (((podArgs.N >= 0i) && (rmod_155 >= 0i)) || ((podArgs.N < 0i) && (rmod_155 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_38>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_159 + podArgs.N), rmod_159, (((podArgs.N >= 0i) && (rmod_159 >= 0i)) || ((podArgs.N < 0i) && (rmod_159 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 2i)]>>28u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_160 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_161 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_20 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_161 + podArgs.N), rmod_161, (((podArgs.N >= 0i) && (rmod_161 >= 0i)) || ((podArgs.N < 0i) && (rmod_161 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_162 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_163 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_164 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_40 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_164 + podArgs.N), rmod_164, (((podArgs.N >= 0i) && (rmod_164 >= 0i)) || ((podArgs.N < 0i) && (rmod_164 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>4u) & 15u)>>2u) < 1u)) {
        condval_40 = 1059919873u;
} else {
        let rmod_165 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_41 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_165 + podArgs.N), rmod_165, (((podArgs.N >= 0i) && (rmod_165 >= 0i)) || ((podArgs.N < 0i) && (rmod_165 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>4u) & 15u)>>3u) < 1u)) {
          condval_41 = 1986682191u;
} else {
          let rmod_166 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_41 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_166 + podArgs.N), rmod_166, (((podArgs.N >= 0i) && (rmod_166 >= 0i)) || ((podArgs.N < 0i) && (rmod_166 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>4u) & 15u) / 12u) < 1u));
}
        condval_40 = condval_41;
}
      let rmod_167 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_20 - 1i), rdiv_20, (((podArgs.N >= 0i) && (rmod_160 >= 0i)) || ((podArgs.N < 0i) && (rmod_160 <= 0i)))) * podArgs.K)) + 20i)], ((bitcast<f32>((((h_20>>15u)<<31u) | select(select((((((h_20>>10u) & 31u) + 112u)<<23u) | ((h_20 & 1023u)<<13u)), (2139095040u | ((h_20 & 1023u)<<13u)), (((h_20>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_20 & 1023u))) - 201326592u), 0u, ((h_20 & 1023u) == 0u)), (((h_20>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_162 + podArgs.N), rmod_162, (((podArgs.N >= 0i) && (rmod_162 >= 0i)) || ((podArgs.N < 0i) && (rmod_162 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_163 + podArgs.N), rmod_163, (((podArgs.N >= 0i) && (rmod_163 >= 0i)) || ((podArgs.N < 0i) && (rmod_163 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_40>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_167 + podArgs.N), rmod_167, (((podArgs.N >= 0i) && (rmod_167 >= 0i)) || ((podArgs.N < 0i) && (rmod_167 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>4u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_168 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_169 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_21 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_169 + podArgs.N), rmod_169, (((podArgs.N >= 0i) && (rmod_169 >= 0i)) || ((podArgs.N < 0i) && (rmod_169 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_170 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_171 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_172 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_42 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_172 + podArgs.N), rmod_172, (((podArgs.N >= 0i) && (rmod_172 >= 0i)) || ((podArgs.N < 0i) && (rmod_172 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>12u) & 15u)>>2u) < 1u)) {
        condval_42 = 1059919873u;
} else {
        let rmod_173 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_43 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_173 + podArgs.N), rmod_173, (((podArgs.N >= 0i) && (rmod_173 >= 0i)) || ((podArgs.N < 0i) && (rmod_173 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>12u) & 15u)>>3u) < 1u)) {
          condval_43 = 1986682191u;
} else {
          let rmod_174 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_43 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_174 + podArgs.N), rmod_174, (((podArgs.N >= 0i) && (rmod_174 >= 0i)) || ((podArgs.N < 0i) && (rmod_174 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>12u) & 15u) / 12u) < 1u));
}
        condval_42 = condval_43;
}
      let rmod_175 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_21 - 1i), rdiv_21, (((podArgs.N >= 0i) && (rmod_168 >= 0i)) || ((podArgs.N < 0i) && (rmod_168 <= 0i)))) * podArgs.K)) + 21i)], ((bitcast<f32>((((h_21>>15u)<<31u) | select(select((((((h_21>>10u) & 31u) + 112u)<<23u) | ((h_21 & 1023u)<<13u)), (2139095040u | ((h_21 & 1023u)<<13u)), (((h_21>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_21 & 1023u))) - 201326592u), 0u, ((h_21 & 1023u) == 0u)), (((h_21>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_170 + podArgs.N), rmod_170, (((podArgs.N >= 0i) && (rmod_170 >= 0i)) || ((podArgs.N < 0i) && (rmod_170 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_171 + podArgs.N), rmod_171, (((podArgs.N >= 0i) && (rmod_171 >= 0i)) || ((podArgs.N < 0i) && (rmod_171 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_42>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_175 + podArgs.N), rmod_175, (((podArgs.N >= 0i) && (rmod_175 >= 0i)) || ((podArgs.N < 0i) && (rmod_175 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>12u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_176 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_22 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_177 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_22 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_177 + podArgs.N), rmod_177, (((podArgs.N >= 0i) && (rmod_177 >= 0i)) || ((podArgs.N < 0i) && (rmod_177 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_178 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_179 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_180 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_44 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_180 + podArgs.N), rmod_180, (((podArgs.N >= 0i) && (rmod_180 >= 0i)) || ((podArgs.N < 0i) && (rmod_180 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>20u) & 15u)>>2u) < 1u)) {
        condval_44 = 1059919873u;
} else {
        let rmod_181 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_45 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_181 + podArgs.N), rmod_181, (((podArgs.N >= 0i) && (rmod_181 >= 0i)) || ((podArgs.N < 0i) && (rmod_181 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>20u) & 15u)>>3u) < 1u)) {
          condval_45 = 1986682191u;
} else {
          let rmod_182 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_45 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_182 + podArgs.N), rmod_182, (((podArgs.N >= 0i) && (rmod_182 >= 0i)) || ((podArgs.N < 0i) && (rmod_182 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>20u) & 15u) / 12u) < 1u));
}
        condval_44 = condval_45;
}
      let rmod_183 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_22 - 1i), rdiv_22, (((podArgs.N >= 0i) && (rmod_176 >= 0i)) || ((podArgs.N < 0i) && (rmod_176 <= 0i)))) * podArgs.K)) + 22i)], ((bitcast<f32>((((h_22>>15u)<<31u) | select(select((((((h_22>>10u) & 31u) + 112u)<<23u) | ((h_22 & 1023u)<<13u)), (2139095040u | ((h_22 & 1023u)<<13u)), (((h_22>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_22 & 1023u))) - 201326592u), 0u, ((h_22 & 1023u) == 0u)), (((h_22>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_178 + podArgs.N), rmod_178, (((podArgs.N >= 0i) && (rmod_178 >= 0i)) || ((podArgs.N < 0i) && (rmod_178 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_179 + podArgs.N), rmod_179, (((podArgs.N >= 0i) && (rmod_179 >= 0i)) || ((podArgs.N < 0i) && (rmod_179 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_44>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_183 + podArgs.N), rmod_183, (((podArgs.N >= 0i) && (rmod_183 >= 0i)) || ((podArgs.N < 0i) && (rmod_183 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>20u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_184 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_23 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_185 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_23 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_185 + podArgs.N), rmod_185, (((podArgs.N >= 0i) && (rmod_185 >= 0i)) || ((podArgs.N < 0i) && (rmod_185 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_186 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_187 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_188 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_46 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_188 + podArgs.N), rmod_188, (((podArgs.N >= 0i) && (rmod_188 >= 0i)) || ((podArgs.N < 0i) && (rmod_188 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>28u) & 15u)>>2u) < 1u)) {
        condval_46 = 1059919873u;
} else {
        let rmod_189 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_47 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_189 + podArgs.N), rmod_189, (((podArgs.N >= 0i) && (rmod_189 >= 0i)) || ((podArgs.N < 0i) && (rmod_189 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>28u) & 15u)>>3u) < 1u)) {
          condval_47 = 1986682191u;
} else {
          let rmod_190 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_47 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_190 + podArgs.N), rmod_190, (((podArgs.N >= 0i) && (rmod_190 >= 0i)) || ((podArgs.N < 0i) && (rmod_190 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>28u) & 15u) / 12u) < 1u));
}
        condval_46 = condval_47;
}
      let rmod_191 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_23 - 1i), rdiv_23, (((podArgs.N >= 0i) && (rmod_184 >= 0i)) || ((podArgs.N < 0i) && (rmod_184 <= 0i)))) * podArgs.K)) + 23i)], ((bitcast<f32>((((h_23>>15u)<<31u) | select(select((((((h_23>>10u) & 31u) + 112u)<<23u) | ((h_23 & 1023u)<<13u)), (2139095040u | ((h_23 & 1023u)<<13u)), (((h_23>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_23 & 1023u))) - 201326592u), 0u, ((h_23 & 1023u) == 0u)), (((h_23>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_186 + podArgs.N), rmod_186, (((podArgs.N >= 0i) && (rmod_186 >= 0i)) || ((podArgs.N < 0i) && (rmod_186 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_187 + podArgs.N), rmod_187, (((podArgs.N >= 0i) && (rmod_187 >= 0i)) || ((podArgs.N < 0i) && (rmod_187 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_46>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_191 + podArgs.N), rmod_191, (((podArgs.N >= 0i) && (rmod_191 >= 0i)) || ((podArgs.N < 0i) && (rmod_191 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 3i)]>>28u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_192 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_24 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_193 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_24 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_193 + podArgs.N), rmod_193, (((podArgs.N >= 0i) && (rmod_193 >= 0i)) || ((podArgs.N < 0i) && (rmod_193 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_194 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_195 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_196 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_48 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_196 + podArgs.N), rmod_196, (((podArgs.N >= 0i) && (rmod_196 >= 0i)) || ((podArgs.N < 0i) && (rmod_196 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>4u) & 15u)>>2u) < 1u)) {
        condval_48 = 1059919873u;
} else {
        let rmod_197 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_49 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_197 + podArgs.N), rmod_197, (((podArgs.N >= 0i) && (rmod_197 >= 0i)) || ((podArgs.N < 0i) && (rmod_197 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>4u) & 15u)>>3u) < 1u)) {
          condval_49 = 1986682191u;
} else {
          let rmod_198 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_49 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_198 + podArgs.N), rmod_198, (((podArgs.N >= 0i) && (rmod_198 >= 0i)) || ((podArgs.N < 0i) && (rmod_198 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>4u) & 15u) / 12u) < 1u));
}
        condval_48 = condval_49;
}
      let rmod_199 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_24 - 1i), rdiv_24, (((podArgs.N >= 0i) && (rmod_192 >= 0i)) || ((podArgs.N < 0i) && (rmod_192 <= 0i)))) * podArgs.K)) + 24i)], ((bitcast<f32>((((h_24>>15u)<<31u) | select(select((((((h_24>>10u) & 31u) + 112u)<<23u) | ((h_24 & 1023u)<<13u)), (2139095040u | ((h_24 & 1023u)<<13u)), (((h_24>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_24 & 1023u))) - 201326592u), 0u, ((h_24 & 1023u) == 0u)), (((h_24>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_194 + podArgs.N), rmod_194, (((podArgs.N >= 0i) && (rmod_194 >= 0i)) || ((podArgs.N < 0i) && (rmod_194 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_195 + podArgs.N), rmod_195, (((podArgs.N >= 0i) && (rmod_195 >= 0i)) || ((podArgs.N < 0i) && (rmod_195 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_48>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_199 + podArgs.N), rmod_199, (((podArgs.N >= 0i) && (rmod_199 >= 0i)) || ((podArgs.N < 0i) && (rmod_199 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>4u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_200 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_25 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_201 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_25 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_201 + podArgs.N), rmod_201, (((podArgs.N >= 0i) && (rmod_201 >= 0i)) || ((podArgs.N < 0i) && (rmod_201 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_202 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_203 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_204 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_50 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_204 + podArgs.N), rmod_204, (((podArgs.N >= 0i) && (rmod_204 >= 0i)) || ((podArgs.N < 0i) && (rmod_204 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>12u) & 15u)>>2u) < 1u)) {
        condval_50 = 1059919873u;
} else {
        let rmod_205 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_51 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_205 + podArgs.N), rmod_205, (((podArgs.N >= 0i) && (rmod_205 >= 0i)) || ((podArgs.N < 0i) && (rmod_205 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>12u) & 15u)>>3u) < 1u)) {
          condval_51 = 1986682191u;
} else {
          let rmod_206 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_51 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_206 + podArgs.N), rmod_206, (((podArgs.N >= 0i) && (rmod_206 >= 0i)) || ((podArgs.N < 0i) && (rmod_206 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>12u) & 15u) / 12u) < 1u));
}
        condval_50 = condval_51;
}
      let rmod_207 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_25 - 1i), rdiv_25, (((podArgs.N >= 0i) && (rmod_200 >= 0i)) || ((podArgs.N < 0i) && (rmod_200 <= 0i)))) * podArgs.K)) + 25i)], ((bitcast<f32>((((h_25>>15u)<<31u) | select(select((((((h_25>>10u) & 31u) + 112u)<<23u) | ((h_25 & 1023u)<<13u)), (2139095040u | ((h_25 & 1023u)<<13u)), (((h_25>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_25 & 1023u))) - 201326592u), 0u, ((h_25 & 1023u) == 0u)), (((h_25>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_202 + podArgs.N), rmod_202, (((podArgs.N >= 0i) && (rmod_202 >= 0i)) || ((podArgs.N < 0i) && (rmod_202 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_203 + podArgs.N), rmod_203, (((podArgs.N >= 0i) && (rmod_203 >= 0i)) || ((podArgs.N < 0i) && (rmod_203 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_50>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_207 + podArgs.N), rmod_207, (((podArgs.N >= 0i) && (rmod_207 >= 0i)) || ((podArgs.N < 0i) && (rmod_207 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>12u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_208 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_26 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_209 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_26 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_209 + podArgs.N), rmod_209, (((podArgs.N >= 0i) && (rmod_209 >= 0i)) || ((podArgs.N < 0i) && (rmod_209 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_210 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_211 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_212 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_52 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_212 + podArgs.N), rmod_212, (((podArgs.N >= 0i) && (rmod_212 >= 0i)) || ((podArgs.N < 0i) && (rmod_212 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>20u) & 15u)>>2u) < 1u)) {
        condval_52 = 1059919873u;
} else {
        let rmod_213 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_53 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_213 + podArgs.N), rmod_213, (((podArgs.N >= 0i) && (rmod_213 >= 0i)) || ((podArgs.N < 0i) && (rmod_213 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>20u) & 15u)>>3u) < 1u)) {
          condval_53 = 1986682191u;
} else {
          let rmod_214 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_53 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_214 + podArgs.N), rmod_214, (((podArgs.N >= 0i) && (rmod_214 >= 0i)) || ((podArgs.N < 0i) && (rmod_214 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>20u) & 15u) / 12u) < 1u));
}
        condval_52 = condval_53;
}
      let rmod_215 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_26 - 1i), rdiv_26, (((podArgs.N >= 0i) && (rmod_208 >= 0i)) || ((podArgs.N < 0i) && (rmod_208 <= 0i)))) * podArgs.K)) + 26i)], ((bitcast<f32>((((h_26>>15u)<<31u) | select(select((((((h_26>>10u) & 31u) + 112u)<<23u) | ((h_26 & 1023u)<<13u)), (2139095040u | ((h_26 & 1023u)<<13u)), (((h_26>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_26 & 1023u))) - 201326592u), 0u, ((h_26 & 1023u) == 0u)), (((h_26>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_210 + podArgs.N), rmod_210, (((podArgs.N >= 0i) && (rmod_210 >= 0i)) || ((podArgs.N < 0i) && (rmod_210 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_211 + podArgs.N), rmod_211, (((podArgs.N >= 0i) && (rmod_211 >= 0i)) || ((podArgs.N < 0i) && (rmod_211 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_52>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_215 + podArgs.N), rmod_215, (((podArgs.N >= 0i) && (rmod_215 >= 0i)) || ((podArgs.N < 0i) && (rmod_215 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>20u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_216 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_27 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_217 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_27 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_217 + podArgs.N), rmod_217, (((podArgs.N >= 0i) && (rmod_217 >= 0i)) || ((podArgs.N < 0i) && (rmod_217 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_218 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_219 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_220 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_54 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_220 + podArgs.N), rmod_220, (((podArgs.N >= 0i) && (rmod_220 >= 0i)) || ((podArgs.N < 0i) && (rmod_220 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>28u) & 15u)>>2u) < 1u)) {
        condval_54 = 1059919873u;
} else {
        let rmod_221 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_55 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_221 + podArgs.N), rmod_221, (((podArgs.N >= 0i) && (rmod_221 >= 0i)) || ((podArgs.N < 0i) && (rmod_221 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>28u) & 15u)>>3u) < 1u)) {
          condval_55 = 1986682191u;
} else {
          let rmod_222 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_55 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_222 + podArgs.N), rmod_222, (((podArgs.N >= 0i) && (rmod_222 >= 0i)) || ((podArgs.N < 0i) && (rmod_222 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>28u) & 15u) / 12u) < 1u));
}
        condval_54 = condval_55;
}
      let rmod_223 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_27 - 1i), rdiv_27, (((podArgs.N >= 0i) && (rmod_216 >= 0i)) || ((podArgs.N < 0i) && (rmod_216 <= 0i)))) * podArgs.K)) + 27i)], ((bitcast<f32>((((h_27>>15u)<<31u) | select(select((((((h_27>>10u) & 31u) + 112u)<<23u) | ((h_27 & 1023u)<<13u)), (2139095040u | ((h_27 & 1023u)<<13u)), (((h_27>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_27 & 1023u))) - 201326592u), 0u, ((h_27 & 1023u) == 0u)), (((h_27>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_218 + podArgs.N), rmod_218, (((podArgs.N >= 0i) && (rmod_218 >= 0i)) || ((podArgs.N < 0i) && (rmod_218 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_219 + podArgs.N), rmod_219, (((podArgs.N >= 0i) && (rmod_219 >= 0i)) || ((podArgs.N < 0i) && (rmod_219 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_54>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_223 + podArgs.N), rmod_223, (((podArgs.N >= 0i) && (rmod_223 >= 0i)) || ((podArgs.N < 0i) && (rmod_223 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 4i)]>>28u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_224 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_28 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_225 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_28 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_225 + podArgs.N), rmod_225, (((podArgs.N >= 0i) && (rmod_225 >= 0i)) || ((podArgs.N < 0i) && (rmod_225 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_226 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_227 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_228 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_56 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_228 + podArgs.N), rmod_228, (((podArgs.N >= 0i) && (rmod_228 >= 0i)) || ((podArgs.N < 0i) && (rmod_228 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>4u) & 15u)>>2u) < 1u)) {
        condval_56 = 1059919873u;
} else {
        let rmod_229 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_57 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_229 + podArgs.N), rmod_229, (((podArgs.N >= 0i) && (rmod_229 >= 0i)) || ((podArgs.N < 0i) && (rmod_229 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>4u) & 15u)>>3u) < 1u)) {
          condval_57 = 1986682191u;
} else {
          let rmod_230 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_57 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_230 + podArgs.N), rmod_230, (((podArgs.N >= 0i) && (rmod_230 >= 0i)) || ((podArgs.N < 0i) && (rmod_230 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>4u) & 15u) / 12u) < 1u));
}
        condval_56 = condval_57;
}
      let rmod_231 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_28 - 1i), rdiv_28, (((podArgs.N >= 0i) && (rmod_224 >= 0i)) || ((podArgs.N < 0i) && (rmod_224 <= 0i)))) * podArgs.K)) + 28i)], ((bitcast<f32>((((h_28>>15u)<<31u) | select(select((((((h_28>>10u) & 31u) + 112u)<<23u) | ((h_28 & 1023u)<<13u)), (2139095040u | ((h_28 & 1023u)<<13u)), (((h_28>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_28 & 1023u))) - 201326592u), 0u, ((h_28 & 1023u) == 0u)), (((h_28>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_226 + podArgs.N), rmod_226, (((podArgs.N >= 0i) && (rmod_226 >= 0i)) || ((podArgs.N < 0i) && (rmod_226 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_227 + podArgs.N), rmod_227, (((podArgs.N >= 0i) && (rmod_227 >= 0i)) || ((podArgs.N < 0i) && (rmod_227 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_56>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_231 + podArgs.N), rmod_231, (((podArgs.N >= 0i) && (rmod_231 >= 0i)) || ((podArgs.N < 0i) && (rmod_231 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>4u) & 15u) & 3u) * 8u)) & 255u)<<0u)>>0u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_232 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_29 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_233 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_29 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_233 + podArgs.N), rmod_233, (((podArgs.N >= 0i) && (rmod_233 >= 0i)) || ((podArgs.N < 0i) && (rmod_233 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_234 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_235 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_236 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_58 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_236 + podArgs.N), rmod_236, (((podArgs.N >= 0i) && (rmod_236 >= 0i)) || ((podArgs.N < 0i) && (rmod_236 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>12u) & 15u)>>2u) < 1u)) {
        condval_58 = 1059919873u;
} else {
        let rmod_237 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_59 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_237 + podArgs.N), rmod_237, (((podArgs.N >= 0i) && (rmod_237 >= 0i)) || ((podArgs.N < 0i) && (rmod_237 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>12u) & 15u)>>3u) < 1u)) {
          condval_59 = 1986682191u;
} else {
          let rmod_238 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_59 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_238 + podArgs.N), rmod_238, (((podArgs.N >= 0i) && (rmod_238 >= 0i)) || ((podArgs.N < 0i) && (rmod_238 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>12u) & 15u) / 12u) < 1u));
}
        condval_58 = condval_59;
}
      let rmod_239 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_29 - 1i), rdiv_29, (((podArgs.N >= 0i) && (rmod_232 >= 0i)) || ((podArgs.N < 0i) && (rmod_232 <= 0i)))) * podArgs.K)) + 29i)], ((bitcast<f32>((((h_29>>15u)<<31u) | select(select((((((h_29>>10u) & 31u) + 112u)<<23u) | ((h_29 & 1023u)<<13u)), (2139095040u | ((h_29 & 1023u)<<13u)), (((h_29>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_29 & 1023u))) - 201326592u), 0u, ((h_29 & 1023u) == 0u)), (((h_29>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_234 + podArgs.N), rmod_234, (((podArgs.N >= 0i) && (rmod_234 >= 0i)) || ((podArgs.N < 0i) && (rmod_234 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_235 + podArgs.N), rmod_235, (((podArgs.N >= 0i) && (rmod_235 >= 0i)) || ((podArgs.N < 0i) && (rmod_235 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_58>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_239 + podArgs.N), rmod_239, (((podArgs.N >= 0i) && (rmod_239 >= 0i)) || ((podArgs.N < 0i) && (rmod_239 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>12u) & 15u) & 3u) * 8u)) & 255u)<<8u)>>8u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_240 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_30 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_241 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_30 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_241 + podArgs.N), rmod_241, (((podArgs.N >= 0i) && (rmod_241 >= 0i)) || ((podArgs.N < 0i) && (rmod_241 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_242 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_243 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_244 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_60 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_244 + podArgs.N), rmod_244, (((podArgs.N >= 0i) && (rmod_244 >= 0i)) || ((podArgs.N < 0i) && (rmod_244 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>20u) & 15u)>>2u) < 1u)) {
        condval_60 = 1059919873u;
} else {
        let rmod_245 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_61 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_245 + podArgs.N), rmod_245, (((podArgs.N >= 0i) && (rmod_245 >= 0i)) || ((podArgs.N < 0i) && (rmod_245 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>20u) & 15u)>>3u) < 1u)) {
          condval_61 = 1986682191u;
} else {
          let rmod_246 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_61 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_246 + podArgs.N), rmod_246, (((podArgs.N >= 0i) && (rmod_246 >= 0i)) || ((podArgs.N < 0i) && (rmod_246 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>20u) & 15u) / 12u) < 1u));
}
        condval_60 = condval_61;
}
      let rmod_247 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_30 - 1i), rdiv_30, (((podArgs.N >= 0i) && (rmod_240 >= 0i)) || ((podArgs.N < 0i) && (rmod_240 <= 0i)))) * podArgs.K)) + 30i)], ((bitcast<f32>((((h_30>>15u)<<31u) | select(select((((((h_30>>10u) & 31u) + 112u)<<23u) | ((h_30 & 1023u)<<13u)), (2139095040u | ((h_30 & 1023u)<<13u)), (((h_30>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_30 & 1023u))) - 201326592u), 0u, ((h_30 & 1023u) == 0u)), (((h_30>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_242 + podArgs.N), rmod_242, (((podArgs.N >= 0i) && (rmod_242 >= 0i)) || ((podArgs.N < 0i) && (rmod_242 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_243 + podArgs.N), rmod_243, (((podArgs.N >= 0i) && (rmod_243 >= 0i)) || ((podArgs.N < 0i) && (rmod_243 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_60>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_247 + podArgs.N), rmod_247, (((podArgs.N >= 0i) && (rmod_247 >= 0i)) || ((podArgs.N < 0i) && (rmod_247 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>20u) & 15u) & 3u) * 8u)) & 255u)<<16u)>>16u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < (podArgs.n * podArgs.N)) {
      let rmod_248 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rdiv_31 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
            let rmod_249 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
let h_31 : u32 = ((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_249 + podArgs.N), rmod_249, (((podArgs.N >= 0i) && (rmod_249 >= 0i)) || ((podArgs.N < 0i) && (rmod_249 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>0u) & 65535u);
      let rmod_250 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_251 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      let rmod_252 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      var condval_62 : u32;
      if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_252 + podArgs.N), rmod_252, (((podArgs.N >= 0i) && (rmod_252 >= 0i)) || ((podArgs.N < 0i) && (rmod_252 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>28u) & 15u)>>2u) < 1u)) {
        condval_62 = 1059919873u;
} else {
        let rmod_253 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
        var condval_63 : u32;
        if (((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_253 + podArgs.N), rmod_253, (((podArgs.N >= 0i) && (rmod_253 >= 0i)) || ((podArgs.N < 0i) && (rmod_253 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>28u) & 15u)>>3u) < 1u)) {
          condval_63 = 1986682191u;
} else {
          let rmod_254 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
          condval_63 = select(4057580981u, 2795081089u, ((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_254 + podArgs.N), rmod_254, (((podArgs.N >= 0i) && (rmod_254 >= 0i)) || ((podArgs.N < 0i) && (rmod_254 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>28u) & 15u) / 12u) < 1u));
}
        condval_62 = condval_63;
}
      let rmod_255 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
      y_local[0i] = fma(x_ptr[(((wo * 32i) + (select((rdiv_31 - 1i), rdiv_31, (((podArgs.N >= 0i) && (rmod_248 >= 0i)) || ((podArgs.N < 0i) && (rmod_248 <= 0i)))) * podArgs.K)) + 31i)], ((bitcast<f32>((((h_31>>15u)<<31u) | select(select((((((h_31>>10u) & 31u) + 112u)<<23u) | ((h_31 & 1023u)<<13u)), (2139095040u | ((h_31 & 1023u)<<13u)), (((h_31>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_31 & 1023u))) - 201326592u), 0u, ((h_31 & 1023u) == 0u)), (((h_31>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wo>>3u) * 34i) + ((select((rmod_250 + podArgs.N), rmod_250, (((podArgs.N >= 0i) && (rmod_250 >= 0i)) || ((podArgs.N < 0i) && (rmod_250 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + 1i)]>>u32((((wo & 7i)>>1u) * 8i))) & 255u))>>u32(((wo & 1i) * 4i))) & 15i) | (((i32(((wq_ptr[(((wo>>3u) * 34i) + ((select((rmod_251 + podArgs.N), rmod_251, (((podArgs.N >= 0i) && (rmod_251 >= 0i)) || ((podArgs.N < 0i) && (rmod_251 <= 0i)))) * (podArgs.K>>8u)) * 34i))]>>16u) & 65535u))>>u32(((wo & 7i) * 2i))) & 3i) * 16i)) - 32i))) * (bitcast<f32>(((((((condval_62>>((((wq_ptr[(((((wo>>3u) * 34i) + ((select((rmod_255 + podArgs.N), rmod_255, (((podArgs.N >= 0i) && (rmod_255 >= 0i)) || ((podArgs.N < 0i) && (rmod_255 <= 0i)))) * (podArgs.K>>8u)) * 34i)) + ((wo & 7i) * 4i)) + 5i)]>>28u) & 15u) & 3u) * 8u)) & 255u)<<24u)>>24u) & 255u) | 1258291200u)) - 8.388736e+06f)), y_local[0i]);
    }
  }
  let rmod_256 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.N);
  let rdiv_32 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / podArgs.N);
  if (select((rdiv_32 - 1i), rdiv_32, (((podArgs.N >= 0i) && (rmod_256 >= 0i)) || ((podArgs.N < 0i) && (rmod_256 <= 0i)))) < podArgs.n) {
    out_ptr[((v__1 * 64i) + i32(threadIdx.x))] = (y_local[0i] + residual_ptr[((v__1 * 64i) + i32(threadIdx.x))]);
  }
}
