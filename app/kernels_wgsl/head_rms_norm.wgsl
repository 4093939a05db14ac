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

@compute @workgroup_size(64, 1, 1)
fn head_rms_norm_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var ss_local : array<f32, 1>;
  for (var ax0 : i32 = 0i; ax0 < podArgs.hd; ax0++) {
    let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
    let rdiv : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
    let rmod_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
    let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
    let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
    let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
    if ((((0i <= select((rdiv - 1i), rdiv, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod <= 0i))))) && (select((rdiv_1 - 1i), rdiv_1, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_1 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_1 <= 0i)))) < podArgs.n)) && (0i <= select((rmod_2 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_2, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_2 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_2 <= 0i)))))) && (select((rmod_3 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_3, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_3 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_3 <= 0i)))) < (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd))) {
      if (ax0 == 0i) {
        ss_local[0i] = 0.000000e+00f;
      }
      let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rdiv_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rmod_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rmod_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rdiv_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rmod_8 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      ss_local[0i] = fma(qkv_ptr[((((select((rdiv_2 - 1i), rdiv_2, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_4 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_4 <= 0i)))) * ((podArgs.Hkv * 2i) + podArgs.H)) + ((select((rmod_5 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_5, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_5 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_5 <= 0i)))) / podArgs.hd) + ((select((rmod_6 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_6, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_6 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_6 <= 0i)))) % podArgs.hd)>>31u))) * podArgs.hd) + ax0)], qkv_ptr[((((select((rdiv_3 - 1i), rdiv_3, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_7 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_7 <= 0i)))) * ((podArgs.Hkv * 2i) + podArgs.H)) + ((select((rmod_8 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_8, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_8 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_8 <= 0i)))) / podArgs.hd) + ((select((rmod_9 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_9, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_9 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_9 <= 0i)))) % podArgs.hd)>>31u))) * podArgs.hd) + ax0)], ss_local[0i]);
    }
  }
  if (((v__1 * 64i) + i32(threadIdx.x)) < ((podArgs.n * ((podArgs.Hkv * 2i) + podArgs.H)) * podArgs.hd)) {
        let rmod_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
let rmod_11 : i32 = (select((rmod_10 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_10, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_10 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_10 <= 0i)))) % podArgs.hd);
        let rmod_12 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
let rdiv_4 : i32 = (select((rmod_12 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_12, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_12 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_12 <= 0i)))) / podArgs.hd);
    var condval : f32;
    if ((select((rdiv_4 - 1i), rdiv_4, (((podArgs.hd >= 0i) && (rmod_11 >= 0i)) || ((podArgs.hd < 0i) && (rmod_11 <= 0i)))) < podArgs.H)) {
      let rmod_13 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rdiv_5 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rmod_14 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
      let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      condval = ((qkv_ptr[((v__1 * 64i) + i32(threadIdx.x))] * (1.000000e+00f / sqrt(((ss_local[(min(select((rdiv_5 - 1i), rdiv_5, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_13 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_13 <= 0i)))), 0i) + min(select((rmod_14 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_14, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_14 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_14 <= 0i)))), 0i))] / f32(podArgs.hd)) + podArgs.eps)))) * qw_ptr[select((rmod_15 + podArgs.hd), rmod_15, (((podArgs.hd >= 0i) && (rmod_15 >= 0i)) || ((podArgs.hd < 0i) && (rmod_15 <= 0i))))]);
} else {
            let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
let rmod_17 : i32 = (select((rmod_16 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_16, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_16 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_16 <= 0i)))) % podArgs.hd);
            let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
let rdiv_6 : i32 = (select((rmod_18 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_18, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_18 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_18 <= 0i)))) / podArgs.hd);
      var condval_1 : f32;
      if ((select((rdiv_6 - 1i), rdiv_6, (((podArgs.hd >= 0i) && (rmod_17 >= 0i)) || ((podArgs.hd < 0i) && (rmod_17 <= 0i)))) < (podArgs.H + podArgs.Hkv))) {
        let rmod_19 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
        let rdiv_7 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
        let rmod_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd));
        let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
        condval_1 = ((qkv_ptr[((v__1 * 64i) + i32(threadIdx.x))] * (1.000000e+00f / sqrt(((ss_local[(min(select((rdiv_7 - 1i), rdiv_7, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_19 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_19 <= 0i)))), 0i) + min(select((rmod_20 + (((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd)), rmod_20, ((((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) >= 0i) && (rmod_20 >= 0i)) || (((((podArgs.Hkv * 2i) + podArgs.H) * podArgs.hd) < 0i) && (rmod_20 <= 0i)))), 0i))] / f32(podArgs.hd)) + podArgs.eps)))) * kw_ptr[select((rmod_21 + podArgs.hd), rmod_21, (((podArgs.hd >= 0i) && (rmod_21 >= 0i)) || ((podArgs.hd < 0i) && (rmod_21 <= 0i))))]);
} else {
        condval_1 = qkv_ptr[((v__1 * 64i) + i32(threadIdx.x))];
}
      condval = condval_1;
}
    y_ptr[((v__1 * 64i) + i32(threadIdx.x))] = condval;
  }
}
