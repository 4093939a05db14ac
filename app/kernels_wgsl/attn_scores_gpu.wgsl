@group(0) @binding(0) var<storage, read> k_cache_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> q_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> s_ptr : array<f32>;

struct PODArgs {
  C: i32,
  H: i32,
  Hkv: i32,
  L: i32,
  hd: i32,
  n: i32,
  pos0: i32,
  scale: f32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn attn_scores_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var dot_local : array<f32, 1>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    for (var d : i32 = 0i; d < podArgs.hd; d++) {
      if (((v__1 * 64i) + i32(threadIdx.x)) < podArgs.L) {
        if (d == 0i) {
          dot_local[0i] = 0.000000e+00f;
        }
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
        dot_local[0i] = fma(q_ptr[((((i * podArgs.H) + i32(blockIdx.y)) * podArgs.hd) + d)], k_cache_ptr[(((((v__1 * 64i) + (select((rdiv_2 - 1i), rdiv_2, (((select((rdiv_3 - 1i), rdiv_3, (((podArgs.Hkv >= 0i) && (rmod_3 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_3 <= 0i)))) >= 0i) && (rmod_1 >= 0i)) || ((select((rdiv_4 - 1i), rdiv_4, (((podArgs.Hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.Hkv < 0i) && (rmod_4 <= 0i)))) < 0i) && (rmod_1 <= 0i)))) * podArgs.C)) + i32(threadIdx.x)) * podArgs.hd) + d)], dot_local[0i]);
      }
    }
    if (((v__1 * 64i) + i32(threadIdx.x)) < podArgs.L) {
      var condval : f32;
      if ((((v__1 * 64i) + i32(threadIdx.x)) <= (podArgs.pos0 + i))) {
        condval = (dot_local[0i] * podArgs.scale);
} else {
        condval = -3.402823e+38f;
}
      s_ptr[((((v__1 * 64i) + ((i32(blockIdx.y) * podArgs.n) * podArgs.L)) + (i * podArgs.L)) + i32(threadIdx.x))] = condval;
    }
  }
}
