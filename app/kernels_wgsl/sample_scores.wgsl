@group(0) @binding(0) var<storage, read> allowed_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> bias_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> counts_ptr : array<i32>;
@group(0) @binding(3) var<storage, read> logits_ptr : array<f32>;
@group(0) @binding(4) var<storage, read_write> scores_ptr : array<f32>;
@group(0) @binding(5) var<storage, read> seen_ptr : array<i32>;

struct PODArgs {
  V: i32,
  frequency: f32,
  inv_temp: f32,
  key: i32,
  noise: f32,
  penalty: f32,
  presence: f32,
  packGridDimX: u32
}
@group(0) @binding(6) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn sample_scores_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  if (((v__1 * 64i) + i32(threadIdx.x)) < podArgs.V) {
    let logit : f32 = (logits_ptr[((v__1 * 64i) + i32(threadIdx.x))] + bias_ptr[((v__1 * 64i) + i32(threadIdx.x))]);
    var condval : f32;
    if ((i32(((allowed_ptr[((v__1 * 2i) + (i32(threadIdx.x)>>5u))]>>u32((i32(threadIdx.x) & 31i))) & 1u)) == 1i)) {
            let hash_a : u32 = (((u32(((v__1 * 64i) + i32(threadIdx.x))) ^ u32(podArgs.key)) ^ ((u32(((v__1 * 64i) + i32(threadIdx.x))) ^ u32(podArgs.key))>>16u)) * 2146121005u);
      let hash_b : u32 = ((hash_a ^ (hash_a>>15u)) * 2221713035u);
let bits : u32 = (hash_b ^ (hash_b>>16u));
      condval = fma(podArgs.noise, (log(select((log((2.000000e+00f - bitcast<f32>(((bits>>9u) | 1065353217u)))) * -1.000000e+00f), ((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f) * fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), fma((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f), 1.428571e-01f, 1.666667e-01f), 2.000000e-01f), 2.500000e-01f), 3.333333e-01f), 5.000000e-01f), 1.000000e+00f)), ((bitcast<f32>(((bits>>9u) | 1065353217u)) - 1.000000e+00f) < 1.000000e-01f))) * -1.000000e+00f), (((select(logit, select((logit * podArgs.penalty), (logit / podArgs.penalty), (0.000000e+00f < logit)), (seen_ptr[((v__1 * 64i) + i32(threadIdx.x))] != 0i)) - (podArgs.frequency * f32(counts_ptr[((v__1 * 64i) + i32(threadIdx.x))]))) - select(0.000000e+00f, podArgs.presence, (0i < counts_ptr[((v__1 * 64i) + i32(threadIdx.x))]))) * podArgs.inv_temp));
} else {
      condval = -3.000000e+38f;
}
    scores_ptr[((v__1 * 64i) + i32(threadIdx.x))] = condval;
  }
}
