@group(0) @binding(0) var<storage, read> x_ptr : array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> xq_ptr : array<vec4<u32>>;
@group(0) @binding(2) var<storage, read_write> xs_ptr : array<f32>;

struct PODArgs {
  Kb: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn act_q8_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var v : array<vec4<f32>, 8>;
  var m : array<vec4<f32>, 1>;
  var st : array<f32, 3>;
  var qf : array<vec4<f32>, 8>;
  if (((v__1 * 64i) + i32(threadIdx.x)) < podArgs.Kb) {
    v[0i] = x_ptr[(((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i))];
    v[1i] = x_ptr[((((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i)) + 1i)];
    v[2i] = x_ptr[((((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i)) + 2i)];
    v[3i] = x_ptr[((((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i)) + 3i)];
    v[4i] = x_ptr[((((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i)) + 4i)];
    v[5i] = x_ptr[((((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i)) + 5i)];
    v[6i] = x_ptr[((((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i)) + 6i)];
    v[7i] = x_ptr[((((v__1 * 512i) + (i32(threadIdx.x) * 8i)) + ((i32(blockIdx.y) * podArgs.Kb) * 8i)) + 7i)];
    m[0i] = max(abs(v[0i]), abs(v[1i]));
    m[0i] = max(m[0i], abs(v[2i]));
    m[0i] = max(m[0i], abs(v[3i]));
    m[0i] = max(m[0i], abs(v[4i]));
    m[0i] = max(m[0i], abs(v[5i]));
    m[0i] = max(m[0i], abs(v[6i]));
    m[0i] = max(m[0i], abs(v[7i]));
    st[0i] = max(max((m[0i])[0], (m[0i])[1]), max((m[0i])[2], (m[0i])[3]));
    var condval : f32;
    if ((0.000000e+00f < st[0i])) {
      condval = (1.270000e+02f / st[0i]);
} else {
      condval = 0.000000e+00f;
}
    st[1i] = condval;
    st[2i] = 0.000000e+00f;
    qf[0i] = round((v[0i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[0i])[0] + (qf[0i])[1]) + (qf[0i])[2]) + (qf[0i])[3]));
    qf[1i] = round((v[1i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[1i])[0] + (qf[1i])[1]) + (qf[1i])[2]) + (qf[1i])[3]));
    qf[2i] = round((v[2i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[2i])[0] + (qf[2i])[1]) + (qf[2i])[2]) + (qf[2i])[3]));
    qf[3i] = round((v[3i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[3i])[0] + (qf[3i])[1]) + (qf[3i])[2]) + (qf[3i])[3]));
    qf[4i] = round((v[4i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[4i])[0] + (qf[4i])[1]) + (qf[4i])[2]) + (qf[4i])[3]));
    qf[5i] = round((v[5i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[5i])[0] + (qf[5i])[1]) + (qf[5i])[2]) + (qf[5i])[3]));
    qf[6i] = round((v[6i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[6i])[0] + (qf[6i])[1]) + (qf[6i])[2]) + (qf[6i])[3]));
    qf[7i] = round((v[7i] * vec4<f32>(st[1i], st[1i], st[1i], st[1i])));
    st[2i] = (st[2i] + ((((qf[7i])[0] + (qf[7i])[1]) + (qf[7i])[2]) + (qf[7i])[3]));
    xq_ptr[(((v__1 * 128i) + (i32(threadIdx.x) * 2i)) + ((i32(blockIdx.y) * podArgs.Kb) * 2i))] = vec4<u32>(((((u32(i32((qf[0i])[0])) & 255u) | ((u32(i32((qf[0i])[1])) & 255u)<<8u)) | ((u32(i32((qf[0i])[2])) & 255u)<<16u)) | ((u32(i32((qf[0i])[3])) & 255u)<<24u)), ((((u32(i32((qf[1i])[0])) & 255u) | ((u32(i32((qf[1i])[1])) & 255u)<<8u)) | ((u32(i32((qf[1i])[2])) & 255u)<<16u)) | ((u32(i32((qf[1i])[3])) & 255u)<<24u)), ((((u32(i32((qf[2i])[0])) & 255u) | ((u32(i32((qf[2i])[1])) & 255u)<<8u)) | ((u32(i32((qf[2i])[2])) & 255u)<<16u)) | ((u32(i32((qf[2i])[3])) & 255u)<<24u)), ((((u32(i32((qf[3i])[0])) & 255u) | ((u32(i32((qf[3i])[1])) & 255u)<<8u)) | ((u32(i32((qf[3i])[2])) & 255u)<<16u)) | ((u32(i32((qf[3i])[3])) & 255u)<<24u)));
    xq_ptr[((((v__1 * 128i) + (i32(threadIdx.x) * 2i)) + ((i32(blockIdx.y) * podArgs.Kb) * 2i)) + 1i)] = vec4<u32>(((((u32(i32((qf[4i])[0])) & 255u) | ((u32(i32((qf[4i])[1])) & 255u)<<8u)) | ((u32(i32((qf[4i])[2])) & 255u)<<16u)) | ((u32(i32((qf[4i])[3])) & 255u)<<24u)), ((((u32(i32((qf[5i])[0])) & 255u) | ((u32(i32((qf[5i])[1])) & 255u)<<8u)) | ((u32(i32((qf[5i])[2])) & 255u)<<16u)) | ((u32(i32((qf[5i])[3])) & 255u)<<24u)), ((((u32(i32((qf[6i])[0])) & 255u) | ((u32(i32((qf[6i])[1])) & 255u)<<8u)) | ((u32(i32((qf[6i])[2])) & 255u)<<16u)) | ((u32(i32((qf[6i])[3])) & 255u)<<24u)), ((((u32(i32((qf[7i])[0])) & 255u) | ((u32(i32((qf[7i])[1])) & 255u)<<8u)) | ((u32(i32((qf[7i])[2])) & 255u)<<16u)) | ((u32(i32((qf[7i])[3])) & 255u)<<24u)));
    xs_ptr[(((v__1 * 128i) + ((i32(blockIdx.y) * podArgs.Kb) * 2i)) + (i32(threadIdx.x) * 2i))] = (st[0i] / 1.270000e+02f);
    xs_ptr[((((v__1 * 128i) + ((i32(blockIdx.y) * podArgs.Kb) * 2i)) + (i32(threadIdx.x) * 2i)) + 1i)] = ((st[0i] / 1.270000e+02f) * st[2i]);
  }
}
