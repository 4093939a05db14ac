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

@compute @workgroup_size(64, 1, 1)
fn attn_pv_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var out_local : array<f32, 1>;
  for (var j : i32 = 0i; j < podArgs.L; j++) {
    if (((v__1 * 64i) + i32(threadIdx.x)) < ((podArgs.n * podArgs.H) * podArgs.hd)) {
      if (j == 0i) {
        out_local[0i] = 0.000000e+00f;
      }
            let rmod : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rmod_1 : i32 = (select((rmod + (podArgs.H * podArgs.hd)), rmod, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod <= 0i)))) % podArgs.hd);
            let rmod_2 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rdiv : i32 = (select((rmod_2 + (podArgs.H * podArgs.hd)), rmod_2, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_2 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_2 <= 0i)))) / podArgs.hd);
      let rmod_3 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
      let rdiv_1 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
                  let rmod_4 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rmod_5 : i32 = (select((rmod_4 + (podArgs.H * podArgs.hd)), rmod_4, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_4 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_4 <= 0i)))) % podArgs.hd);
            let rmod_6 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rdiv_2 : i32 = (select((rmod_6 + (podArgs.H * podArgs.hd)), rmod_6, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_6 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_6 <= 0i)))) / podArgs.hd);
      let rmod_7 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_3 : i32 = (podArgs.H / podArgs.Hkv);
let rmod_8 : i32 = (select((rdiv_2 - 1i), rdiv_2, (((podArgs.hd >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hd < 0i) && (rmod_5 <= 0i)))) % select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_7 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_7 <= 0i)))));
                  let rmod_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rmod_10 : i32 = (select((rmod_9 + (podArgs.H * podArgs.hd)), rmod_9, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_9 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_9 <= 0i)))) % podArgs.hd);
            let rmod_11 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rdiv_4 : i32 = (select((rmod_11 + (podArgs.H * podArgs.hd)), rmod_11, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_11 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_11 <= 0i)))) / podArgs.hd);
      let rmod_12 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_5 : i32 = (podArgs.H / podArgs.Hkv);
let rdiv_6 : i32 = (select((rdiv_4 - 1i), rdiv_4, (((podArgs.hd >= 0i) && (rmod_10 >= 0i)) || ((podArgs.hd < 0i) && (rmod_10 <= 0i)))) / select((rdiv_5 - 1i), rdiv_5, (((podArgs.Hkv >= 0i) && (rmod_12 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_12 <= 0i)))));
      let rmod_13 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_7 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_14 : i32 = (podArgs.H % podArgs.Hkv);
      let rdiv_8 : i32 = (podArgs.H / podArgs.Hkv);
      let rmod_15 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
      out_local[0i] = fma(p_ptr[((((select((rdiv - 1i), rdiv, (((podArgs.hd >= 0i) && (rmod_1 >= 0i)) || ((podArgs.hd < 0i) && (rmod_1 <= 0i)))) * podArgs.n) + select((rdiv_1 - 1i), rdiv_1, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_3 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_3 <= 0i))))) * podArgs.L) + j)], f32(v_cache_ptr[((((select((rdiv_6 - 1i), rdiv_6, (((select((rdiv_7 - 1i), rdiv_7, (((podArgs.Hkv >= 0i) && (rmod_13 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_13 <= 0i)))) >= 0i) && (rmod_8 >= 0i)) || ((select((rdiv_8 - 1i), rdiv_8, (((podArgs.Hkv >= 0i) && (rmod_14 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_14 <= 0i)))) < 0i) && (rmod_8 <= 0i)))) * podArgs.C) + j) * podArgs.hd) + select((rmod_15 + podArgs.hd), rmod_15, (((podArgs.hd >= 0i) && (rmod_15 >= 0i)) || ((podArgs.hd < 0i) && (rmod_15 <= 0i)))))]), out_local[0i]);
    }
  }
  let rmod_16 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
  let rdiv_9 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
  if (select((rdiv_9 - 1i), rdiv_9, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_16 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_16 <= 0i)))) < podArgs.n) {
    let rmod_17 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
    let rdiv_10 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) / (podArgs.H * podArgs.hd));
        let rmod_18 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rmod_19 : i32 = (select((rmod_18 + (podArgs.H * podArgs.hd)), rmod_18, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_18 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_18 <= 0i)))) % podArgs.hd);
        let rmod_20 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % (podArgs.H * podArgs.hd));
let rdiv_11 : i32 = (select((rmod_20 + (podArgs.H * podArgs.hd)), rmod_20, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_20 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_20 <= 0i)))) / podArgs.hd);
    let rmod_21 : i32 = (((v__1 * 64i) + i32(threadIdx.x)) % podArgs.hd);
    out_ptr[((((select((rdiv_10 - 1i), rdiv_10, ((((podArgs.H * podArgs.hd) >= 0i) && (rmod_17 >= 0i)) || (((podArgs.H * podArgs.hd) < 0i) && (rmod_17 <= 0i)))) * podArgs.H) + select((rdiv_11 - 1i), rdiv_11, (((podArgs.hd >= 0i) && (rmod_19 >= 0i)) || ((podArgs.hd < 0i) && (rmod_19 <= 0i))))) * podArgs.hd) + select((rmod_21 + podArgs.hd), rmod_21, (((podArgs.hd >= 0i) && (rmod_21 >= 0i)) || ((podArgs.hd < 0i) && (rmod_21 <= 0i)))))] = f16(out_local[0i]);
  }
}
