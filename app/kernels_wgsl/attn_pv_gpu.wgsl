@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> p_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> v_cache_ptr : array<f32>;

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
fn attn_pv_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var out_rf_local : array<f32, 1>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    out_rf_local[0i] = 0.000000e+00f;
    for (var jo : i32 = 0i; jo < ((podArgs.L + 63i)>>6u); jo++) {
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
      out_rf_local[0i] = fma((p_ptr[(min(((jo * 64i) + i32(threadIdx.x)), (podArgs.L - 1i)) + (((i32(blockIdx.y) * podArgs.n) + i) * podArgs.L))] * v_cache_ptr[(((min(((jo * 64i) + i32(threadIdx.x)), (podArgs.L - 1i)) + (select((rdiv_2 - 1i), rdiv_2, (((select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_3 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_3 <= 0i)))) >= 0i) && (rmod_1 >= 0i)) || ((select((rdiv_4 - 1i), rdiv_4, (((podArgs.Hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_4 <= 0i)))) < 0i) && (rmod_1 <= 0i)))) * podArgs.C)) * podArgs.hd) + v__1)]), f32((((jo * 64i) + i32(threadIdx.x)) < podArgs.L)), out_rf_local[0i]);
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
      out_ptr[((((i * podArgs.H) + i32(blockIdx.y)) * podArgs.hd) + v__1)] = red_buf0[0i];
    }
  }
}
