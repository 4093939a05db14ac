@group(0) @binding(0) var<storage, read> part_ptr : array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> xq_ptr : array<u32>;
@group(0) @binding(2) var<storage, read_write> xs_ptr : array<f32>;

struct PODArgs {
  H: i32,
  L: i32,
  P4: i32,
  Smax: i32,
  hb: i32,
  hd4: i32,
  split: i32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> ms : array<f32, 256>;
var<workgroup> ls : array<f32, 256>;
var<workgroup> sums : array<vec4<f32>, 256>;
var<workgroup> ov : array<vec4<f32>, 64>;
@compute @workgroup_size(256, 1, 1)
fn attn_combine_q8_gpu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var nsplit : array<i32, 1>;
  var lanes : array<i32, 1>;
  var lane : array<i32, 1>;
  var st : array<f32, 3>;
  var acc : array<vec4<f32>, 1>;
  var ml : array<vec4<f32>, 1>;
  let rmod : i32 = (((min(podArgs.L, podArgs.window) + podArgs.split) - 1i) % podArgs.split);
  let rdiv : i32 = (((min(podArgs.L, podArgs.window) + podArgs.split) - 1i) / podArgs.split);
  nsplit[0i] = select((rdiv - 1i), rdiv, (((podArgs.split >= 0i) && (rmod >= 0i)) || ((podArgs.split < 0i) && (rmod <= 0i))));
  let rmod_1 : i32 = (256i % podArgs.hd4);
  let rdiv_1 : i32 = (256i / podArgs.hd4);
  lanes[0i] = select((rdiv_1 - 1i), rdiv_1, (((podArgs.hd4 >= 0i) && (rmod_1 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_1 <= 0i))));
  let rmod_2 : i32 = (i32(threadIdx.x) % podArgs.hd4);
  let rdiv_2 : i32 = (i32(threadIdx.x) / podArgs.hd4);
  lane[0i] = select((rdiv_2 - 1i), rdiv_2, (((podArgs.hd4 >= 0i) && (rmod_2 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_2 <= 0i))));
  st[0i] = -3.402823e+38f;
  st[1i] = 0.000000e+00f;
  acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  if (lane[0i] < lanes[0i]) {
    let rmod_3 : i32 = (((nsplit[0i] + lanes[0i]) - 1i) % lanes[0i]);
    let rdiv_3 : i32 = (((nsplit[0i] + lanes[0i]) - 1i) / lanes[0i]);
    for (var t : i32 = 0i; t < select((rdiv_3 - 1i), rdiv_3, (((lanes[0i] >= 0i) && (rmod_3 >= 0i)) || ((lanes[0i] < 0i) && (rmod_3 <= 0i)))); t++) {
      if (((t * lanes[0i]) + lane[0i]) < nsplit[0i]) {
        ml[0i] = part_ptr[(((((v__1 * podArgs.Smax) + (t * lanes[0i])) + lane[0i]) * podArgs.P4) + podArgs.hd4)];
        st[2i] = max(st[0i], (ml[0i])[0]);
        let rmod_4 : i32 = (i32(threadIdx.x) % podArgs.hd4);
        acc[0i] = fma(part_ptr[(((((v__1 * podArgs.Smax) + (t * lanes[0i])) + lane[0i]) * podArgs.P4) + select((rmod_4 + podArgs.hd4), rmod_4, (((podArgs.hd4 >= 0i) && (rmod_4 >= 0i)) || ((podArgs.hd4 < 0i) && (rmod_4 <= 0i)))))], vec4<f32>(exp(((ml[0i])[0] - st[2i])), exp(((ml[0i])[0] - st[2i])), exp(((ml[0i])[0] - st[2i])), exp(((ml[0i])[0] - st[2i]))), (acc[0i] * vec4<f32>(exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])), exp((st[0i] - st[2i])))));
        st[1i] = fma((ml[0i])[1], exp(((ml[0i])[0] - st[2i])), (st[1i] * exp((st[0i] - st[2i]))));
        st[0i] = st[2i];
      }
    }
  }
  ms[i32(threadIdx.x)] = st[0i];
  ls[i32(threadIdx.x)] = st[1i];
  sums[i32(threadIdx.x)] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < podArgs.hd4) {
    st[2i] = ms[i32(threadIdx.x)];
    for (var ln : i32 = 0i; ln < (lanes[0i] - 1i); ln++) {
      st[2i] = max(st[2i], ms[(((ln + 1i) * podArgs.hd4) + i32(threadIdx.x))]);
    }
    acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
    st[1i] = 0.000000e+00f;
    for (var ln_1 : i32 = 0i; ln_1 < lanes[0i]; ln_1++) {
      acc[0i] = fma(sums[((ln_1 * podArgs.hd4) + i32(threadIdx.x))], vec4<f32>(exp((ms[((ln_1 * podArgs.hd4) + i32(threadIdx.x))] - st[2i])), exp((ms[((ln_1 * podArgs.hd4) + i32(threadIdx.x))] - st[2i])), exp((ms[((ln_1 * podArgs.hd4) + i32(threadIdx.x))] - st[2i])), exp((ms[((ln_1 * podArgs.hd4) + i32(threadIdx.x))] - st[2i]))), acc[0i]);
      st[1i] = fma(ls[((ln_1 * podArgs.hd4) + i32(threadIdx.x))], exp((ms[((ln_1 * podArgs.hd4) + i32(threadIdx.x))] - st[2i])), st[1i]);
    }
    acc[0i] = (acc[0i] / vec4<f32>(st[1i], st[1i], st[1i], st[1i]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < podArgs.hd4) {
    ov[i32(threadIdx.x)] = acc[0i];
    acc[0i] = abs(acc[0i]);
    ms[i32(threadIdx.x)] = max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < podArgs.hd4) {
    st[2i] = ms[((i32(threadIdx.x)>>3u) * 8i)];
    st[2i] = max(st[2i], ms[(((i32(threadIdx.x)>>3u) * 8i) + 1i)]);
    st[2i] = max(st[2i], ms[(((i32(threadIdx.x)>>3u) * 8i) + 2i)]);
    st[2i] = max(st[2i], ms[(((i32(threadIdx.x)>>3u) * 8i) + 3i)]);
    st[2i] = max(st[2i], ms[(((i32(threadIdx.x)>>3u) * 8i) + 4i)]);
    st[2i] = max(st[2i], ms[(((i32(threadIdx.x)>>3u) * 8i) + 5i)]);
    st[2i] = max(st[2i], ms[(((i32(threadIdx.x)>>3u) * 8i) + 6i)]);
    st[2i] = max(st[2i], ms[(((i32(threadIdx.x)>>3u) * 8i) + 7i)]);
    var condval : f32;
    if ((0.000000e+00f < st[2i])) {
      condval = (1.270000e+02f / st[2i]);
} else {
      condval = 0.000000e+00f;
}
    st[0i] = condval;
    acc[0i] = round((ov[i32(threadIdx.x)] * vec4<f32>(st[0i], st[0i], st[0i], st[0i])));
    xq_ptr[((v__1 * podArgs.hd4) + i32(threadIdx.x))] = ((((u32(i32((acc[0i])[0])) & 255u) | ((u32(i32((acc[0i])[1])) & 255u)<<8u)) | ((u32(i32((acc[0i])[2])) & 255u)<<16u)) | ((u32(i32((acc[0i])[3])) & 255u)<<24u));
    st[1i] = ((((acc[0i])[0] + (acc[0i])[1]) + (acc[0i])[2]) + (acc[0i])[3]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < podArgs.hd4) {
    ms[i32(threadIdx.x)] = st[1i];
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < (podArgs.hd4>>3u)) {
    st[2i] = 0.000000e+00f;
    st[0i] = 0.000000e+00f;
    acc[0i] = abs(ov[(i32(threadIdx.x) * 8i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[(i32(threadIdx.x) * 8i)]);
    acc[0i] = abs(ov[((i32(threadIdx.x) * 8i) + 1i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[((i32(threadIdx.x) * 8i) + 1i)]);
    acc[0i] = abs(ov[((i32(threadIdx.x) * 8i) + 2i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[((i32(threadIdx.x) * 8i) + 2i)]);
    acc[0i] = abs(ov[((i32(threadIdx.x) * 8i) + 3i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[((i32(threadIdx.x) * 8i) + 3i)]);
    acc[0i] = abs(ov[((i32(threadIdx.x) * 8i) + 4i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[((i32(threadIdx.x) * 8i) + 4i)]);
    acc[0i] = abs(ov[((i32(threadIdx.x) * 8i) + 5i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[((i32(threadIdx.x) * 8i) + 5i)]);
    acc[0i] = abs(ov[((i32(threadIdx.x) * 8i) + 6i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[((i32(threadIdx.x) * 8i) + 6i)]);
    acc[0i] = abs(ov[((i32(threadIdx.x) * 8i) + 7i)]);
    st[2i] = max(st[2i], max(max((acc[0i])[0], (acc[0i])[1]), max((acc[0i])[2], (acc[0i])[3])));
    st[0i] = (st[0i] + ms[((i32(threadIdx.x) * 8i) + 7i)]);
    xs_ptr[(((v__1 * podArgs.hb) * 2i) + (i32(threadIdx.x) * 2i))] = (st[2i] / 1.270000e+02f);
    xs_ptr[((((v__1 * podArgs.hb) * 2i) + (i32(threadIdx.x) * 2i)) + 1i)] = ((st[2i] / 1.270000e+02f) * st[0i]);
  }
}
