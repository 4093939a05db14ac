@group(0) @binding(0) var<storage, read_write> am_v0_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> am_v1_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> logits_ptr : array<f32>;

struct PODArgs {
  V: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> rv : array<f32, 256>;
var<workgroup> ri : array<i32, 256>;
@compute @workgroup_size(256, 1, 1)
fn argmax_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var st : array<f32, 1>;
  var si : array<i32, 1>;
  var v : array<f32, 16>;
  var vi : array<i32, 1>;
  st[0i] = -3.402823e+38f;
  si[0i] = -1i;
  for (var p : i32 = 0i; p < ((podArgs.V + 4095i)>>12u); p++) {
    v[0i] = logits_ptr[min(((p * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
    v[1i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
    v[2i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
    v[3i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
    v[4i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
    v[5i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
    v[6i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
    v[7i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
    v[8i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
    v[9i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
    v[10i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
    v[11i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
    v[12i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
    v[13i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
    v[14i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
    v[15i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
    if ((st[0i] < v[0i]) && (((p * 4096i) + i32(threadIdx.x)) < podArgs.V)) {
      st[0i] = v[0i];
      si[0i] = ((p * 4096i) + i32(threadIdx.x));
    }
    if ((st[0i] < v[1i]) && ((((p * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V)) {
      st[0i] = v[1i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 256i);
    }
    if ((st[0i] < v[2i]) && ((((p * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V)) {
      st[0i] = v[2i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 512i);
    }
    if ((st[0i] < v[3i]) && ((((p * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V)) {
      st[0i] = v[3i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 768i);
    }
    if ((st[0i] < v[4i]) && ((((p * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V)) {
      st[0i] = v[4i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1024i);
    }
    if ((st[0i] < v[5i]) && ((((p * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V)) {
      st[0i] = v[5i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1280i);
    }
    if ((st[0i] < v[6i]) && ((((p * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V)) {
      st[0i] = v[6i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1536i);
    }
    if ((st[0i] < v[7i]) && ((((p * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V)) {
      st[0i] = v[7i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1792i);
    }
    if ((st[0i] < v[8i]) && ((((p * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V)) {
      st[0i] = v[8i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2048i);
    }
    if ((st[0i] < v[9i]) && ((((p * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V)) {
      st[0i] = v[9i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2304i);
    }
    if ((st[0i] < v[10i]) && ((((p * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V)) {
      st[0i] = v[10i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2560i);
    }
    if ((st[0i] < v[11i]) && ((((p * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V)) {
      st[0i] = v[11i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2816i);
    }
    if ((st[0i] < v[12i]) && ((((p * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V)) {
      st[0i] = v[12i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3072i);
    }
    if ((st[0i] < v[13i]) && ((((p * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V)) {
      st[0i] = v[13i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3328i);
    }
    if ((st[0i] < v[14i]) && ((((p * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V)) {
      st[0i] = v[14i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3584i);
    }
    if ((st[0i] < v[15i]) && ((((p * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V)) {
      st[0i] = v[15i];
      si[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3840i);
    }
  }
  rv[i32(threadIdx.x)] = st[0i];
  ri[i32(threadIdx.x)] = si[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    st[0i] = rv[(i32(threadIdx.x) * 16i)];
    si[0i] = ri[(i32(threadIdx.x) * 16i)];
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 1i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 1i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 2i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 2i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 3i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 3i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 4i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 4i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 5i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 5i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 6i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 6i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 7i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 7i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 8i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 8i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 9i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 9i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 10i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 10i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 11i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 11i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 12i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 12i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 13i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 13i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 14i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 14i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[((i32(threadIdx.x) * 16i) + 15i)];
    vi[0i] = ri[((i32(threadIdx.x) * 16i) + 15i)];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    rv[i32(threadIdx.x)] = st[0i];
    ri[i32(threadIdx.x)] = si[0i];
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    v[0i] = rv[1i];
    vi[0i] = ri[1i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[2i];
    vi[0i] = ri[2i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[3i];
    vi[0i] = ri[3i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[4i];
    vi[0i] = ri[4i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[5i];
    vi[0i] = ri[5i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[6i];
    vi[0i] = ri[6i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[7i];
    vi[0i] = ri[7i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[8i];
    vi[0i] = ri[8i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[9i];
    vi[0i] = ri[9i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[10i];
    vi[0i] = ri[10i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[11i];
    vi[0i] = ri[11i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[12i];
    vi[0i] = ri[12i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[13i];
    vi[0i] = ri[13i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[14i];
    vi[0i] = ri[14i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    v[0i] = rv[15i];
    vi[0i] = ri[15i];
    if ((st[0i] < v[0i]) || ((v[0i] == st[0i]) && (vi[0i] < si[0i]))) {
      st[0i] = v[0i];
      si[0i] = vi[0i];
    }
    am_v0_ptr[0i] = si[0i];
    am_v1_ptr[0i] = st[0i];
  }
}
