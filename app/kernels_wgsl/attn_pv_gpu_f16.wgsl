enable f16;

@group(0) @binding(0) var<storage, read_write> out_ptr : array<f16>;
@group(0) @binding(1) var<storage, read> p_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> v_cache_ptr : array<f16>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  L: i32,
  hd: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn attn_pv_gpu_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var out_rf_local : array<f32, 1>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    out_rf_local[0i] = 0.000000e+00f;
    for (var jo : i32 = 0i; jo < ((podArgs.L + 255i)>>8u); jo++) {
            let rmod : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv : i32 = (podArgs.H / podArgs.Hkv);
let rmod_1 : i32 = (i32(blockIdx.y) % select((rdiv - 1i), rdiv, (((podArgs.Hkv >= 0i) && (rmod >= 0i)) || ((podArgs.Hkv < 0i) && (rmod <= 0i)))));
            let rmod_2 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_1 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_2 : i32 = (i32(blockIdx.y) / select((rdiv_1 - 1i), rdiv_1, (((podArgs.Hkv >= 0i) && (rmod_2 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_2 <= 0i)))));
      let rmod_3 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_3 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_4 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_4 : i32 = (podArgs.H / podArgs.Hkv);
      out_rf_local[0i] = fma((p_ptr[(min(((jo * 256i) + i32(threadIdx.x)), (podArgs.L - 1i)) + (((i32(blockIdx.y) * podArgs.n) + i) * podArgs.L))] * f32(v_cache_ptr[(((min(((jo * 256i) + i32(threadIdx.x)), (podArgs.L - 1i)) + (select((rdiv_2 - 1i), rdiv_2, (((select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_3 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_3 <= 0i)))) >= 0i) && (rmod_1 >= 0i)) || ((select((rdiv_4 - 1i), rdiv_4, (((podArgs.Hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_4 <= 0i)))) < 0i) && (rmod_1 <= 0i)))) * podArgs.C)) * podArgs.hd) + v__1)])), f32((((jo * 256i) + i32(threadIdx.x)) < podArgs.L)), out_rf_local[0i]);
            let rmod_5 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_5 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_6 : i32 = (i32(blockIdx.y) % select((rdiv_5 - 1i), rdiv_5, (((podArgs.Hkv >= 0i) && (rmod_5 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_5 <= 0i)))));
            let rmod_7 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_6 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_7 : i32 = (i32(blockIdx.y) / select((rdiv_6 - 1i), rdiv_6, (((podArgs.Hkv >= 0i) && (rmod_7 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_7 <= 0i)))));
      let rmod_8 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_8 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_9 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_9 : i32 = (podArgs.H / podArgs.Hkv);
      out_rf_local[0i] = fma((p_ptr[(min((((jo * 256i) + i32(threadIdx.x)) + 64i), (podArgs.L - 1i)) + (((i32(blockIdx.y) * podArgs.n) + i) * podArgs.L))] * f32(v_cache_ptr[(((min((((jo * 256i) + i32(threadIdx.x)) + 64i), (podArgs.L - 1i)) + (select((rdiv_7 - 1i), rdiv_7, (((select((rdiv_8 - 1i), rdiv_8, (((podArgs.Hkv >= 0i) && (rmod_8 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_8 <= 0i)))) >= 0i) && (rmod_6 >= 0i)) || ((select((rdiv_9 - 1i), rdiv_9, (((podArgs.Hkv >= 0i) && (rmod_9 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_9 <= 0i)))) < 0i) && (rmod_6 <= 0i)))) * podArgs.C)) * podArgs.hd) + v__1)])), f32(((((jo * 256i) + i32(threadIdx.x)) + 64i) < podArgs.L)), out_rf_local[0i]);
            let rmod_10 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_10 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_11 : i32 = (i32(blockIdx.y) % select((rdiv_10 - 1i), rdiv_10, (((podArgs.Hkv >= 0i) && (rmod_10 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_10 <= 0i)))));
            let rmod_12 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_11 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_12 : i32 = (i32(blockIdx.y) / select((rdiv_11 - 1i), rdiv_11, (((podArgs.Hkv >= 0i) && (rmod_12 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_12 <= 0i)))));
      let rmod_13 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_13 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_14 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_14 : i32 = (podArgs.H / podArgs.Hkv);
      out_rf_local[0i] = fma((p_ptr[(min((((jo * 256i) + i32(threadIdx.x)) + 128i), (podArgs.L - 1i)) + (((i32(blockIdx.y) * podArgs.n) + i) * podArgs.L))] * f32(v_cache_ptr[(((min((((jo * 256i) + i32(threadIdx.x)) + 128i), (podArgs.L - 1i)) + (select((rdiv_12 - 1i), rdiv_12, (((select((rdiv_13 - 1i), rdiv_13, (((podArgs.Hkv >= 0i) && (rmod_13 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_13 <= 0i)))) >= 0i) && (rmod_11 >= 0i)) || ((select((rdiv_14 - 1i), rdiv_14, (((podArgs.Hkv >= 0i) && (rmod_14 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_14 <= 0i)))) < 0i) && (rmod_11 <= 0i)))) * podArgs.C)) * podArgs.hd) + v__1)])), f32(((((jo * 256i) + i32(threadIdx.x)) + 128i) < podArgs.L)), out_rf_local[0i]);
            let rmod_15 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_15 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_16 : i32 = (i32(blockIdx.y) % select((rdiv_15 - 1i), rdiv_15, (((podArgs.Hkv >= 0i) && (rmod_15 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_15 <= 0i)))));
            let rmod_17 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_16 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_17 : i32 = (i32(blockIdx.y) / select((rdiv_16 - 1i), rdiv_16, (((podArgs.Hkv >= 0i) && (rmod_17 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_17 <= 0i)))));
      let rmod_18 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_18 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_19 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_19 : i32 = (podArgs.H / podArgs.Hkv);
      out_rf_local[0i] = fma((p_ptr[(min((((jo * 256i) + i32(threadIdx.x)) + 192i), (podArgs.L - 1i)) + (((i32(blockIdx.y) * podArgs.n) + i) * podArgs.L))] * f32(v_cache_ptr[(((min((((jo * 256i) + i32(threadIdx.x)) + 192i), (podArgs.L - 1i)) + (select((rdiv_17 - 1i), rdiv_17, (((select((rdiv_18 - 1i), rdiv_18, (((podArgs.Hkv >= 0i) && (rmod_18 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_18 <= 0i)))) >= 0i) && (rmod_16 >= 0i)) || ((select((rdiv_19 - 1i), rdiv_19, (((podArgs.Hkv >= 0i) && (rmod_19 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_19 <= 0i)))) < 0i) && (rmod_16 <= 0i)))) * podArgs.C)) * podArgs.hd) + v__1)])), f32(((((jo * 256i) + i32(threadIdx.x)) + 192i) < podArgs.L)), out_rf_local[0i]);
    }
    workgroupBarrier();
    red_buf0[i32(threadIdx.x)] = out_rf_local[0i];
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
      out_ptr[((((i * podArgs.H) + i32(blockIdx.y)) * podArgs.hd) + v__1)] = f16(red_buf0[0i]);
    }
  }
}
