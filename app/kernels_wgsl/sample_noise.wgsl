@group(0) @binding(0) var<storage, read_write> noisy_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> scores_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> threshold_ptr : array<u32>;

struct PODArgs {
  V: i32,
  key: i32,
  noise: f32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn sample_noise_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < podArgs.V) {
    var condval : f32;
    if ((threshold_ptr[0i] <= (bitcast<u32>(scores_ptr[((v__1 * 64i) + i32(threadIdx.x))]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(scores_ptr[((v__1 * 64i) + i32(threadIdx.x))])>>31u) == 1u))))) {
            let hash_a : u32 = (((u32(((v__1 * 64i) + i32(threadIdx.x))) ^ u32(podArgs.key)) ^ ((u32(((v__1 * 64i) + i32(threadIdx.x))) ^ u32(podArgs.key))>>16u)) * 2146121005u);
      let hash_b : u32 = ((hash_a ^ (hash_a>>15u)) * 2221713035u);
let bits : u32 = (hash_b ^ (hash_b>>16u));
      condval = fma(podArgs.noise, (log(select((log((2.000000e+00f - bitcast<f32>(((bits>>9u) | 1065353217u)))) * -1.000000e+00f), ((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f) * fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), 1.428571e-01f, 1.666667e-01f), 2.000000e-01f), 2.500000e-01f), 3.333333e-01f), 5.000000e-01f), 1.000000e+00f)), ((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f) < 1.000000e-01f))) * -1.000000e+00f), scores_ptr[((v__1 * 64i) + i32(threadIdx.x))]);
} else {
      condval = -3.000000e+38f;
}
    noisy_ptr[((v__1 * 64i) + i32(threadIdx.x))] = condval;
  }
}
