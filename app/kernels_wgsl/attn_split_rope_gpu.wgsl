@group(0) @binding(0) var<storage, read> cos_ptr : array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> k_cache_ptr : array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> part_ptr : array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> qkv_ptr : array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> sin_ptr : array<vec4<f32>>;
@group(0) @binding(5) var<storage, read_write> v_cache_ptr : array<vec4<f32>>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  L: i32,
  P4: i32,
  Smax: i32,
  gb: i32,
  half4: i32,
  hd4: i32,
  scale: f32,
  split: i32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(6) var<uniform> podArgs : PODArgs;

var<workgroup> qs : array<vec4<f32>, 256>;
var<workgroup> ks : array<vec4<f32>, 64>;
var<workgroup> vs : array<vec4<f32>, 64>;
var<workgroup> sc : array<f32, 512>;
var<workgroup> red : array<vec4<f32>, 64>;
var<workgroup> sums : array<vec4<f32>, 256>;
@compute @workgroup_size(256, 1, 1)
fn attn_split_rope_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var g0 : array<i32, 1>;
  var kvh : array<i32, 1>;
  var lo : array<i32, 1>;
  var cnt : array<i32, 1>;
  var ncache : array<i32, 1>;
  var rb : array<i32, 1>;
  var dot : array<vec4<f32>, 4>;
  var st : array<f32, 2>;
  var lanes : array<i32, 1>;
  var lane : array<i32, 1>;
  var dg : array<i32, 1>;
  var acc : array<vec4<f32>, 8>;
  g0[0i] = (v__1 * podArgs.gb);
    let rmod : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv : i32 = (podArgs.H / podArgs.Hkv);
let rmod_1 : i32 = (g0[0i] % select((rdiv - 1i), rdiv, (((podArgs.Hkv >= 0i) && (rmod >= 0i)) || ((podArgs.Hkv < 0i) && (rmod <= 0i)))));
    let rmod_2 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_1 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_2 : i32 = (g0[0i] / select((rdiv_1 - 1i), rdiv_1, (((podArgs.Hkv >= 0i) && (rmod_2 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_2 <= 0i)))));
  let rmod_3 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_3 : i32 = (podArgs.H / podArgs.Hkv);
  let rmod_4 : i32 = (podArgs.H % podArgs.Hkv);
  let rdiv_4 : i32 = (podArgs.H / podArgs.Hkv);
  kvh[0i] = select((rdiv_2 - 1i), rdiv_2, (((select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_3 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_3 <= 0i)))) >= 0i) && (rmod_1 >= 0i)) || ((select((rdiv_4 - 1i), rdiv_4, (((podArgs.Hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_4 <= 0i)))) < 0i) && (rmod_1 <= 0i))));
  if (i32(threadIdx.x) < (podArgs.gb * podArgs.hd4)) {
    let rmod_5 : i32 = (i32(threadIdx.x) % podArgs.hd4);
    let rmod_6 : i32 = (i32(threadIdx.x) % podArgs.hd4);
    let rdiv_5 : i32 = (i32(threadIdx.x) / podArgs.hd4);
        let rmod_7 : i32 = (i32(threadIdx.x) % podArgs.hd4);
let rmod_8 : i32 = ((select((rmod_7 + podArgs.hd4), rmod_7, (((podArgs.hd4 >= 0i) && (rmod_7 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_7 <= 0i)))) + podArgs.half4) % podArgs.hd4);
    let rmod_9 : i32 = (i32(threadIdx.x) % podArgs.half4);
    let rmod_10 : i32 = (i32(threadIdx.x) % podArgs.half4);
    qs[i32(threadIdx.x)] = fma((vec4<f32>(select(1.000000e+00f, -1.000000e+00f, (select((rmod_5 + podArgs.hd4), rmod_5, (((podArgs.hd4 >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_5 <= 0i)))) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (select((rmod_5 + podArgs.hd4), rmod_5, (((podArgs.hd4 >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_5 <= 0i)))) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (select((rmod_5 + podArgs.hd4), rmod_5, (((podArgs.hd4 >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_5 <= 0i)))) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (select((rmod_5 + podArgs.hd4), rmod_5, (((podArgs.hd4 >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_5 <= 0i)))) < podArgs.half4))) * qkv_ptr[(((g0[0i] + select((rdiv_5 - 1i), rdiv_5, (((podArgs.hd4 >= 0i) && (rmod_6 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_6 <= 0i))))) * podArgs.hd4) + select((rmod_8 + podArgs.hd4), rmod_8, (((podArgs.hd4 >= 0i) && (rmod_8 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_8 <= 0i)))))]), sin_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_9 + podArgs.half4), rmod_9, (((podArgs.half4 >= 0i) && (rmod_9 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_9 <= 0i)))))], (qkv_ptr[(i32(threadIdx.x) + (g0[0i] * podArgs.hd4))] * cos_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_10 + podArgs.half4), rmod_10, (((podArgs.half4 >= 0i) && (rmod_10 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_10 <= 0i)))))]));
  }
  if (i32(threadIdx.x) < podArgs.hd4) {
    let rmod_11 : i32 = ((i32(threadIdx.x) + podArgs.half4) % podArgs.hd4);
    let rmod_12 : i32 = (i32(threadIdx.x) % podArgs.half4);
    let rmod_13 : i32 = (i32(threadIdx.x) % podArgs.half4);
    ks[i32(threadIdx.x)] = fma((vec4<f32>(select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4)), select(1.000000e+00f, -1.000000e+00f, (i32(threadIdx.x) < podArgs.half4))) * qkv_ptr[(((podArgs.H + kvh[0i]) * podArgs.hd4) + select((rmod_11 + podArgs.hd4), rmod_11, (((podArgs.hd4 >= 0i) && (rmod_11 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_11 <= 0i)))))]), sin_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_12 + podArgs.half4), rmod_12, (((podArgs.half4 >= 0i) && (rmod_12 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_12 <= 0i)))))], (qkv_ptr[(i32(threadIdx.x) + ((podArgs.H + kvh[0i]) * podArgs.hd4))] * cos_ptr[(((podArgs.L - 1i) * podArgs.half4) + select((rmod_13 + podArgs.half4), rmod_13, (((podArgs.half4 >= 0i) && (rmod_13 >= 0i)) || ((podArgs.half4 < 0i) && (rmod_13 <= 0i)))))]));
    vs[i32(threadIdx.x)] = qkv_ptr[(i32(threadIdx.x) + (((podArgs.H + podArgs.Hkv) + kvh[0i]) * podArgs.hd4))];
    let rmod_14 : i32 = (podArgs.H % podArgs.Hkv);
    let rdiv_6 : i32 = (podArgs.H / podArgs.Hkv);
    if (((g0[0i] % select((rdiv_6 - 1i), rdiv_6, (((podArgs.Hkv >= 0i) && (rmod_14 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_14 <= 0i))))) == 0i) && (podArgs.L <= (max((podArgs.L - podArgs.window), 0i) + ((i32(blockIdx.y) + 1i) * podArgs.split)))) {
      k_cache_ptr[(i32(threadIdx.x) + ((((kvh[0i] * podArgs.C) + podArgs.L) - 1i) * podArgs.hd4))] = ks[i32(threadIdx.x)];
      v_cache_ptr[(i32(threadIdx.x) + ((((kvh[0i] * podArgs.C) + podArgs.L) - 1i) * podArgs.hd4))] = vs[i32(threadIdx.x)];
    }
  }
  workgroupBarrier();
  lo[0i] = max((podArgs.L - podArgs.window), 0i);
  lo[0i] = (lo[0i] + (i32(blockIdx.y) * podArgs.split));
  cnt[0i] = min(podArgs.split, (podArgs.L - lo[0i]));
  ncache[0i] = (cnt[0i] - i32(((lo[0i] + cnt[0i]) == podArgs.L)));
  rb[0i] = (podArgs.split>>3u);
  for (var it : i32 = 0i; it < (((podArgs.gb * podArgs.split) + 255i)>>8u); it++) {
    if (((it * 256i) + i32(threadIdx.x)) < (podArgs.gb * podArgs.split)) {
      dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      dot[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      dot[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      let rmod_15 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
      if (select((rmod_15 + podArgs.split), rmod_15, (((podArgs.split >= 0i) && (rmod_15 >= 0i)) || ((podArgs.split < 0i) && (rmod_15 <= 0i)))) < ncache[0i]) {
        for (var d : i32 = 0i; d < (podArgs.hd4>>2u); d++) {
          let rmod_16 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          let rdiv_7 : i32 = (((it * 256i) + i32(threadIdx.x)) / podArgs.split);
          let rmod_17 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          dot[0i] = fma(qs[((d * 4i) + (select((rdiv_7 - 1i), rdiv_7, (((podArgs.split >= 0i) && (rmod_16 >= 0i)) || ((podArgs.split < 0i) && (rmod_16 <= 0i)))) * podArgs.hd4))], k_cache_ptr[((d * 4i) + ((((kvh[0i] * podArgs.C) + lo[0i]) + select((rmod_17 + podArgs.split), rmod_17, (((podArgs.split >= 0i) && (rmod_17 >= 0i)) || ((podArgs.split < 0i) && (rmod_17 <= 0i))))) * podArgs.hd4))], dot[0i]);
          let rmod_18 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          let rdiv_8 : i32 = (((it * 256i) + i32(threadIdx.x)) / podArgs.split);
          let rmod_19 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          dot[1i] = fma(qs[(((d * 4i) + (select((rdiv_8 - 1i), rdiv_8, (((podArgs.split >= 0i) && (rmod_18 >= 0i)) || ((podArgs.split < 0i) && (rmod_18 <= 0i)))) * podArgs.hd4)) + 1i)], k_cache_ptr[(((d * 4i) + ((((kvh[0i] * podArgs.C) + lo[0i]) + select((rmod_19 + podArgs.split), rmod_19, (((podArgs.split >= 0i) && (rmod_19 >= 0i)) || ((podArgs.split < 0i) && (rmod_19 <= 0i))))) * podArgs.hd4)) + 1i)], dot[1i]);
          let rmod_20 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          let rdiv_9 : i32 = (((it * 256i) + i32(threadIdx.x)) / podArgs.split);
          let rmod_21 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          dot[2i] = fma(qs[(((d * 4i) + (select((rdiv_9 - 1i), rdiv_9, (((podArgs.split >= 0i) && (rmod_20 >= 0i)) || ((podArgs.split < 0i) && (rmod_20 <= 0i)))) * podArgs.hd4)) + 2i)], k_cache_ptr[(((d * 4i) + ((((kvh[0i] * podArgs.C) + lo[0i]) + select((rmod_21 + podArgs.split), rmod_21, (((podArgs.split >= 0i) && (rmod_21 >= 0i)) || ((podArgs.split < 0i) && (rmod_21 <= 0i))))) * podArgs.hd4)) + 2i)], dot[2i]);
          let rmod_22 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          let rdiv_10 : i32 = (((it * 256i) + i32(threadIdx.x)) / podArgs.split);
          let rmod_23 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          dot[3i] = fma(qs[(((d * 4i) + (select((rdiv_10 - 1i), rdiv_10, (((podArgs.split >= 0i) && (rmod_22 >= 0i)) || ((podArgs.split < 0i) && (rmod_22 <= 0i)))) * podArgs.hd4)) + 3i)], k_cache_ptr[(((d * 4i) + ((((kvh[0i] * podArgs.C) + lo[0i]) + select((rmod_23 + podArgs.split), rmod_23, (((podArgs.split >= 0i) && (rmod_23 >= 0i)) || ((podArgs.split < 0i) && (rmod_23 <= 0i))))) * podArgs.hd4)) + 3i)], dot[3i]);
        }
        for (var d_1 : i32 = 0i; d_1 < (podArgs.hd4 & 3i); d_1++) {
          let rmod_24 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          let rdiv_11 : i32 = (((it * 256i) + i32(threadIdx.x)) / podArgs.split);
          let rmod_25 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          dot[0i] = fma(qs[((((select((rdiv_11 - 1i), rdiv_11, (((podArgs.split >= 0i) && (rmod_24 >= 0i)) || ((podArgs.split < 0i) && (rmod_24 <= 0i)))) + 1i) * podArgs.hd4) - d_1) - 1i)], k_cache_ptr[(((((((kvh[0i] * podArgs.C) + lo[0i]) + select((rmod_25 + podArgs.split), rmod_25, (((podArgs.split >= 0i) && (rmod_25 >= 0i)) || ((podArgs.split < 0i) && (rmod_25 <= 0i))))) + 1i) * podArgs.hd4) - d_1) - 1i)], dot[0i]);
        }
      } else {
        for (var d4 : i32 = 0i; d4 < podArgs.hd4; d4++) {
          let rmod_26 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
          let rdiv_12 : i32 = (((it * 256i) + i32(threadIdx.x)) / podArgs.split);
          dot[0i] = fma(qs[((select((rdiv_12 - 1i), rdiv_12, (((podArgs.split >= 0i) && (rmod_26 >= 0i)) || ((podArgs.split < 0i) && (rmod_26 <= 0i)))) * podArgs.hd4) + d4)], ks[d4], dot[0i]);
        }
      }
      dot[0i] = (dot[0i] + dot[1i]);
      dot[0i] = (dot[0i] + dot[2i]);
      dot[0i] = (dot[0i] + dot[3i]);
      let rmod_27 : i32 = (((it * 256i) + i32(threadIdx.x)) % podArgs.split);
      var condval : f32;
      if ((select((rmod_27 + podArgs.split), rmod_27, (((podArgs.split >= 0i) && (rmod_27 >= 0i)) || ((podArgs.split < 0i) && (rmod_27 <= 0i)))) < cnt[0i])) {
        condval = (((((dot[0i])[0] + (dot[0i])[1]) + (dot[0i])[2]) + (dot[0i])[3]) * podArgs.scale);
} else {
        condval = -3.402823e+38f;
}
      sc[((it * 256i) + i32(threadIdx.x))] = condval;
    }
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < (podArgs.gb * rb[0i])) {
    st[0i] = sc[(i32(threadIdx.x) * 8i)];
    st[0i] = max(st[0i], sc[((i32(threadIdx.x) * 8i) + 1i)]);
    st[0i] = max(st[0i], sc[((i32(threadIdx.x) * 8i) + 2i)]);
    st[0i] = max(st[0i], sc[((i32(threadIdx.x) * 8i) + 3i)]);
    st[0i] = max(st[0i], sc[((i32(threadIdx.x) * 8i) + 4i)]);
    st[0i] = max(st[0i], sc[((i32(threadIdx.x) * 8i) + 5i)]);
    st[0i] = max(st[0i], sc[((i32(threadIdx.x) * 8i) + 6i)]);
    st[0i] = max(st[0i], sc[((i32(threadIdx.x) * 8i) + 7i)]);
    red[i32(threadIdx.x)] = vec4<f32>(st[0i], st[0i], st[0i], st[0i]);
  }
  workgroupBarrier();
  for (var it_1 : i32 = 0i; it_1 < (((podArgs.gb * podArgs.split) + 255i)>>8u); it_1++) {
    if (((it_1 * 256i) + i32(threadIdx.x)) < (podArgs.gb * podArgs.split)) {
      let rmod_28 : i32 = (((it_1 * 256i) + i32(threadIdx.x)) % podArgs.split);
      let rdiv_13 : i32 = (((it_1 * 256i) + i32(threadIdx.x)) / podArgs.split);
      st[0i] = (red[(select((rdiv_13 - 1i), rdiv_13, (((podArgs.split >= 0i) && (rmod_28 >= 0i)) || ((podArgs.split < 0i) && (rmod_28 <= 0i)))) * rb[0i])])[0];
      for (var o : i32 = 0i; o < (rb[0i] - 1i); o++) {
        let rmod_29 : i32 = (((it_1 * 256i) + i32(threadIdx.x)) % podArgs.split);
        let rdiv_14 : i32 = (((it_1 * 256i) + i32(threadIdx.x)) / podArgs.split);
        st[0i] = max(st[0i], (red[(((select((rdiv_14 - 1i), rdiv_14, (((podArgs.split >= 0i) && (rmod_29 >= 0i)) || ((podArgs.split < 0i) && (rmod_29 <= 0i)))) * rb[0i]) + o) + 1i)])[0]);
      }
      sc[((it_1 * 256i) + i32(threadIdx.x))] = exp((sc[((it_1 * 256i) + i32(threadIdx.x))] - st[0i]));
    }
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < (podArgs.gb * rb[0i])) {
    st[0i] = 0.000000e+00f;
    st[0i] = (st[0i] + sc[(i32(threadIdx.x) * 8i)]);
    st[0i] = (st[0i] + sc[((i32(threadIdx.x) * 8i) + 1i)]);
    st[0i] = (st[0i] + sc[((i32(threadIdx.x) * 8i) + 2i)]);
    st[0i] = (st[0i] + sc[((i32(threadIdx.x) * 8i) + 3i)]);
    st[0i] = (st[0i] + sc[((i32(threadIdx.x) * 8i) + 4i)]);
    st[0i] = (st[0i] + sc[((i32(threadIdx.x) * 8i) + 5i)]);
    st[0i] = (st[0i] + sc[((i32(threadIdx.x) * 8i) + 6i)]);
    st[0i] = (st[0i] + sc[((i32(threadIdx.x) * 8i) + 7i)]);
    red[i32(threadIdx.x)] = vec4<f32>(vec4<f32>((red[i32(threadIdx.x)])[0], (red[i32(threadIdx.x)])[0], (red[i32(threadIdx.x)])[0], (red[i32(threadIdx.x)])[0])[0], vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
  }
  let rmod_30 : i32 = (256i % podArgs.hd4);
  let rdiv_15 : i32 = (256i / podArgs.hd4);
  lanes[0i] = select((rdiv_15 - 1i), rdiv_15, (((podArgs.hd4 >= 0i) && (rmod_30 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_30 <= 0i))));
  let rmod_31 : i32 = (i32(threadIdx.x) % podArgs.hd4);
  let rdiv_16 : i32 = (i32(threadIdx.x) / podArgs.hd4);
  lane[0i] = select((rdiv_16 - 1i), rdiv_16, (((podArgs.hd4 >= 0i) && (rmod_31 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_31 <= 0i))));
  let rmod_32 : i32 = (i32(threadIdx.x) % podArgs.hd4);
  dg[0i] = select((rmod_32 + podArgs.hd4), rmod_32, (((podArgs.hd4 >= 0i) && (rmod_32 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_32 <= 0i))));
  acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[4i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[5i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[6i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[7i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  if (lane[0i] < lanes[0i]) {
    let rmod_33 : i32 = ((((lanes[0i] * 4i) + cnt[0i]) - 1i) % (lanes[0i] * 4i));
    let rdiv_17 : i32 = ((((lanes[0i] * 4i) + cnt[0i]) - 1i) / (lanes[0i] * 4i));
    for (var t : i32 = 0i; t < select((rdiv_17 - 1i), rdiv_17, ((((lanes[0i] * 4i) >= 0i) && (rmod_33 >= 0i)) || (((lanes[0i] * 4i) < 0i) && (rmod_33 <= 0i)))); t++) {
      dot[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      if ((((t * lanes[0i]) * 4i) + lane[0i]) < ncache[0i]) {
        dot[0i] = v_cache_ptr[(((((((t * lanes[0i]) * 4i) + (kvh[0i] * podArgs.C)) + lo[0i]) + lane[0i]) * podArgs.hd4) + dg[0i])];
      } else {
        if ((((t * lanes[0i]) * 4i) + lane[0i]) < cnt[0i]) {
          dot[0i] = vs[dg[0i]];
        }
      }
      dot[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      if (((((t * 4i) + 1i) * lanes[0i]) + lane[0i]) < ncache[0i]) {
        dot[1i] = v_cache_ptr[((((((((t * 4i) + 1i) * lanes[0i]) + (kvh[0i] * podArgs.C)) + lo[0i]) + lane[0i]) * podArgs.hd4) + dg[0i])];
      } else {
        if (((((t * 4i) + 1i) * lanes[0i]) + lane[0i]) < cnt[0i]) {
          dot[1i] = vs[dg[0i]];
        }
      }
      dot[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      if (((((t * 4i) + 2i) * lanes[0i]) + lane[0i]) < ncache[0i]) {
        dot[2i] = v_cache_ptr[((((((((t * 4i) + 2i) * lanes[0i]) + (kvh[0i] * podArgs.C)) + lo[0i]) + lane[0i]) * podArgs.hd4) + dg[0i])];
      } else {
        if (((((t * 4i) + 2i) * lanes[0i]) + lane[0i]) < cnt[0i]) {
          dot[2i] = vs[dg[0i]];
        }
      }
      dot[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      if (((((t * 4i) + 3i) * lanes[0i]) + lane[0i]) < ncache[0i]) {
        dot[3i] = v_cache_ptr[((((((((t * 4i) + 3i) * lanes[0i]) + (kvh[0i] * podArgs.C)) + lo[0i]) + lane[0i]) * podArgs.hd4) + dg[0i])];
      } else {
        if (((((t * 4i) + 3i) * lanes[0i]) + lane[0i]) < cnt[0i]) {
          dot[3i] = vs[dg[0i]];
        }
      }
      if (0i < podArgs.gb) {
        acc[0i] = fma(vec4<f32>(sc[min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i))], sc[min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i))], sc[min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i))], sc[min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i))]), dot[0i], acc[0i]);
      }
      if (1i < podArgs.gb) {
        acc[1i] = fma(vec4<f32>(sc[(min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)]), dot[0i], acc[1i]);
      }
      if (2i < podArgs.gb) {
        acc[2i] = fma(vec4<f32>(sc[((podArgs.split * 2i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))]), dot[0i], acc[2i]);
      }
      if (3i < podArgs.gb) {
        acc[3i] = fma(vec4<f32>(sc[((podArgs.split * 3i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))]), dot[0i], acc[3i]);
      }
      if (4i < podArgs.gb) {
        acc[4i] = fma(vec4<f32>(sc[((podArgs.split * 4i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))]), dot[0i], acc[4i]);
      }
      if (5i < podArgs.gb) {
        acc[5i] = fma(vec4<f32>(sc[((podArgs.split * 5i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))]), dot[0i], acc[5i]);
      }
      if (6i < podArgs.gb) {
        acc[6i] = fma(vec4<f32>(sc[((podArgs.split * 6i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))]), dot[0i], acc[6i]);
      }
      if (7i < podArgs.gb) {
        acc[7i] = fma(vec4<f32>(sc[((podArgs.split * 7i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min((((t * lanes[0i]) * 4i) + lane[0i]), (podArgs.split - 1i)))]), dot[0i], acc[7i]);
      }
      if (0i < podArgs.gb) {
        acc[0i] = fma(vec4<f32>(sc[min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))]), dot[1i], acc[0i]);
      }
      if (1i < podArgs.gb) {
        acc[1i] = fma(vec4<f32>(sc[(min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)]), dot[1i], acc[1i]);
      }
      if (2i < podArgs.gb) {
        acc[2i] = fma(vec4<f32>(sc[((podArgs.split * 2i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[1i], acc[2i]);
      }
      if (3i < podArgs.gb) {
        acc[3i] = fma(vec4<f32>(sc[((podArgs.split * 3i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[1i], acc[3i]);
      }
      if (4i < podArgs.gb) {
        acc[4i] = fma(vec4<f32>(sc[((podArgs.split * 4i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[1i], acc[4i]);
      }
      if (5i < podArgs.gb) {
        acc[5i] = fma(vec4<f32>(sc[((podArgs.split * 5i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[1i], acc[5i]);
      }
      if (6i < podArgs.gb) {
        acc[6i] = fma(vec4<f32>(sc[((podArgs.split * 6i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[1i], acc[6i]);
      }
      if (7i < podArgs.gb) {
        acc[7i] = fma(vec4<f32>(sc[((podArgs.split * 7i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 1i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[1i], acc[7i]);
      }
      if (0i < podArgs.gb) {
        acc[0i] = fma(vec4<f32>(sc[min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))]), dot[2i], acc[0i]);
      }
      if (1i < podArgs.gb) {
        acc[1i] = fma(vec4<f32>(sc[(min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)]), dot[2i], acc[1i]);
      }
      if (2i < podArgs.gb) {
        acc[2i] = fma(vec4<f32>(sc[((podArgs.split * 2i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[2i], acc[2i]);
      }
      if (3i < podArgs.gb) {
        acc[3i] = fma(vec4<f32>(sc[((podArgs.split * 3i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[2i], acc[3i]);
      }
      if (4i < podArgs.gb) {
        acc[4i] = fma(vec4<f32>(sc[((podArgs.split * 4i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[2i], acc[4i]);
      }
      if (5i < podArgs.gb) {
        acc[5i] = fma(vec4<f32>(sc[((podArgs.split * 5i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[2i], acc[5i]);
      }
      if (6i < podArgs.gb) {
        acc[6i] = fma(vec4<f32>(sc[((podArgs.split * 6i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[2i], acc[6i]);
      }
      if (7i < podArgs.gb) {
        acc[7i] = fma(vec4<f32>(sc[((podArgs.split * 7i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 2i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[2i], acc[7i]);
      }
      if (0i < podArgs.gb) {
        acc[0i] = fma(vec4<f32>(sc[min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))], sc[min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i))]), dot[3i], acc[0i]);
      }
      if (1i < podArgs.gb) {
        acc[1i] = fma(vec4<f32>(sc[(min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)], sc[(min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)) + podArgs.split)]), dot[3i], acc[1i]);
      }
      if (2i < podArgs.gb) {
        acc[2i] = fma(vec4<f32>(sc[((podArgs.split * 2i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 2i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[3i], acc[2i]);
      }
      if (3i < podArgs.gb) {
        acc[3i] = fma(vec4<f32>(sc[((podArgs.split * 3i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 3i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[3i], acc[3i]);
      }
      if (4i < podArgs.gb) {
        acc[4i] = fma(vec4<f32>(sc[((podArgs.split * 4i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 4i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[3i], acc[4i]);
      }
      if (5i < podArgs.gb) {
        acc[5i] = fma(vec4<f32>(sc[((podArgs.split * 5i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 5i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[3i], acc[5i]);
      }
      if (6i < podArgs.gb) {
        acc[6i] = fma(vec4<f32>(sc[((podArgs.split * 6i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 6i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[3i], acc[6i]);
      }
      if (7i < podArgs.gb) {
        acc[7i] = fma(vec4<f32>(sc[((podArgs.split * 7i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))], sc[((podArgs.split * 7i) + min(((((t * 4i) + 3i) * lanes[0i]) + lane[0i]), (podArgs.split - 1i)))]), dot[3i], acc[7i]);
      }
    }
  }
  if (0i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[0i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln : i32 = 0i; ln < lanes[0i]; ln++) {
        acc[0i] = (acc[0i] + sums[((ln * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[((((g0[0i] * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[0i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[0i])[0];
      st[1i] = (red[0i])[1];
      for (var o_1 : i32 = 0i; o_1 < (rb[0i] - 1i); o_1++) {
        st[0i] = max(st[0i], (red[(o_1 + 1i)])[0]);
        st[1i] = (st[1i] + (red[(o_1 + 1i)])[1]);
      }
      part_ptr[((((g0[0i] * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
  if (1i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[1i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln_1 : i32 = 0i; ln_1 < lanes[0i]; ln_1++) {
        acc[1i] = (acc[1i] + sums[((ln_1 * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[(((((g0[0i] + 1i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[1i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[rb[0i]])[0];
      st[1i] = (red[rb[0i]])[1];
      for (var o_2 : i32 = 0i; o_2 < (rb[0i] - 1i); o_2++) {
        st[0i] = max(st[0i], (red[((rb[0i] + o_2) + 1i)])[0]);
        st[1i] = (st[1i] + (red[((rb[0i] + o_2) + 1i)])[1]);
      }
      part_ptr[(((((g0[0i] + 1i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
  if (2i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[2i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln_2 : i32 = 0i; ln_2 < lanes[0i]; ln_2++) {
        acc[2i] = (acc[2i] + sums[((ln_2 * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[(((((g0[0i] + 2i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[2i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[(rb[0i] * 2i)])[0];
      st[1i] = (red[(rb[0i] * 2i)])[1];
      for (var o_3 : i32 = 0i; o_3 < (rb[0i] - 1i); o_3++) {
        st[0i] = max(st[0i], (red[(((rb[0i] * 2i) + o_3) + 1i)])[0]);
        st[1i] = (st[1i] + (red[(((rb[0i] * 2i) + o_3) + 1i)])[1]);
      }
      part_ptr[(((((g0[0i] + 2i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
  if (3i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[3i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln_3 : i32 = 0i; ln_3 < lanes[0i]; ln_3++) {
        acc[3i] = (acc[3i] + sums[((ln_3 * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[(((((g0[0i] + 3i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[3i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[(rb[0i] * 3i)])[0];
      st[1i] = (red[(rb[0i] * 3i)])[1];
      for (var o_4 : i32 = 0i; o_4 < (rb[0i] - 1i); o_4++) {
        st[0i] = max(st[0i], (red[(((rb[0i] * 3i) + o_4) + 1i)])[0]);
        st[1i] = (st[1i] + (red[(((rb[0i] * 3i) + o_4) + 1i)])[1]);
      }
      part_ptr[(((((g0[0i] + 3i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
  if (4i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[4i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[4i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln_4 : i32 = 0i; ln_4 < lanes[0i]; ln_4++) {
        acc[4i] = (acc[4i] + sums[((ln_4 * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[(((((g0[0i] + 4i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[4i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[(rb[0i] * 4i)])[0];
      st[1i] = (red[(rb[0i] * 4i)])[1];
      for (var o_5 : i32 = 0i; o_5 < (rb[0i] - 1i); o_5++) {
        st[0i] = max(st[0i], (red[(((rb[0i] * 4i) + o_5) + 1i)])[0]);
        st[1i] = (st[1i] + (red[(((rb[0i] * 4i) + o_5) + 1i)])[1]);
      }
      part_ptr[(((((g0[0i] + 4i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
  if (5i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[5i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[5i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln_5 : i32 = 0i; ln_5 < lanes[0i]; ln_5++) {
        acc[5i] = (acc[5i] + sums[((ln_5 * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[(((((g0[0i] + 5i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[5i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[(rb[0i] * 5i)])[0];
      st[1i] = (red[(rb[0i] * 5i)])[1];
      for (var o_6 : i32 = 0i; o_6 < (rb[0i] - 1i); o_6++) {
        st[0i] = max(st[0i], (red[(((rb[0i] * 5i) + o_6) + 1i)])[0]);
        st[1i] = (st[1i] + (red[(((rb[0i] * 5i) + o_6) + 1i)])[1]);
      }
      part_ptr[(((((g0[0i] + 5i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
  if (6i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[6i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[6i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln_6 : i32 = 0i; ln_6 < lanes[0i]; ln_6++) {
        acc[6i] = (acc[6i] + sums[((ln_6 * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[(((((g0[0i] + 6i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[6i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[(rb[0i] * 6i)])[0];
      st[1i] = (red[(rb[0i] * 6i)])[1];
      for (var o_7 : i32 = 0i; o_7 < (rb[0i] - 1i); o_7++) {
        st[0i] = max(st[0i], (red[(((rb[0i] * 6i) + o_7) + 1i)])[0]);
        st[1i] = (st[1i] + (red[(((rb[0i] * 6i) + o_7) + 1i)])[1]);
      }
      part_ptr[(((((g0[0i] + 6i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
  if (7i < podArgs.gb) {
    sums[i32(threadIdx.x)] = acc[7i];
    workgroupBarrier();
    if (i32(threadIdx.x) < podArgs.hd4) {
      acc[7i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
      for (var ln_7 : i32 = 0i; ln_7 < lanes[0i]; ln_7++) {
        acc[7i] = (acc[7i] + sums[((ln_7 * podArgs.hd4) + i32(threadIdx.x))]);
      }
      part_ptr[(((((g0[0i] + 7i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + i32(threadIdx.x))] = acc[7i];
    }
    if (i32(threadIdx.x) == podArgs.hd4) {
      st[0i] = (red[(rb[0i] * 7i)])[0];
      st[1i] = (red[(rb[0i] * 7i)])[1];
      for (var o_8 : i32 = 0i; o_8 < (rb[0i] - 1i); o_8++) {
        st[0i] = max(st[0i], (red[(((rb[0i] * 7i) + o_8) + 1i)])[0]);
        st[1i] = (st[1i] + (red[(((rb[0i] * 7i) + o_8) + 1i)])[1]);
      }
      part_ptr[(((((g0[0i] + 7i) * podArgs.Smax) + i32(blockIdx.y)) * podArgs.P4) + podArgs.hd4)] = vec4<f32>(vec4<f32>(st[0i], st[0i], st[0i], st[0i])[0], vec4<f32>(st[1i], st[1i], st[1i], st[1i])[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0], vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f)[0]);
    }
    workgroupBarrier();
  }
}
