@group(0) @binding(0) var<storage, read> logits_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<u32>;
@group(0) @binding(2) var<storage, read> token_ptr : array<i32>;

struct PODArgs {
  N: i32,
  V: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> partial : array<f32, 256>;
var<workgroup> partial16 : array<f32, 16>;
var<workgroup> part_i : array<i32, 256>;
@compute @workgroup_size(256, 1, 1)
fn token_logprobs_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  var best_v : array<f32, 1>;
  var xs : array<f32, 16>;
  var lse : array<f32, 1>;
  var total : array<f32, 1>;
  var top_v : array<f32, 20>;
  var top_i : array<i32, 20>;
  var floor_v : array<f32, 1>;
  var carry_v : array<f32, 1>;
  var carry_i : array<i32, 1>;
  var swap_v : array<f32, 1>;
  var swap_i : array<i32, 1>;
  var best_i : array<i32, 1>;
  var cv : array<f32, 1>;
  var ci : array<i32, 1>;
  best_v[0i] = -3.402823e+38f;
  for (var p : i32 = 0i; p < ((podArgs.V + 4095i)>>12u); p++) {
    xs[0i] = logits_ptr[min(((p * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
    xs[1i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
    xs[2i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
    xs[3i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
    xs[4i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
    xs[5i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
    xs[6i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
    xs[7i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
    xs[8i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
    xs[9i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
    xs[10i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
    xs[11i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
    xs[12i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
    xs[13i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
    xs[14i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
    xs[15i] = logits_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
    if (((p * 4096i) + i32(threadIdx.x)) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[0i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[1i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[2i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[3i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[4i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[5i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[6i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[7i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[8i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[9i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[10i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[11i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[12i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[13i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[14i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
      best_v[0i] = max(best_v[0i], xs[15i]);
    }
  }
  partial[i32(threadIdx.x)] = best_v[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    lse[0i] = partial[(i32(threadIdx.x) * 16i)];
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 1i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 2i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 3i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 4i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 5i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 6i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 7i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 8i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 9i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 10i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 11i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 12i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 13i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 14i)]);
    lse[0i] = max(lse[0i], partial[((i32(threadIdx.x) * 16i) + 15i)]);
    partial16[i32(threadIdx.x)] = lse[0i];
  }
  workgroupBarrier();
  lse[0i] = partial16[0i];
  lse[0i] = max(lse[0i], partial16[1i]);
  lse[0i] = max(lse[0i], partial16[2i]);
  lse[0i] = max(lse[0i], partial16[3i]);
  lse[0i] = max(lse[0i], partial16[4i]);
  lse[0i] = max(lse[0i], partial16[5i]);
  lse[0i] = max(lse[0i], partial16[6i]);
  lse[0i] = max(lse[0i], partial16[7i]);
  lse[0i] = max(lse[0i], partial16[8i]);
  lse[0i] = max(lse[0i], partial16[9i]);
  lse[0i] = max(lse[0i], partial16[10i]);
  lse[0i] = max(lse[0i], partial16[11i]);
  lse[0i] = max(lse[0i], partial16[12i]);
  lse[0i] = max(lse[0i], partial16[13i]);
  lse[0i] = max(lse[0i], partial16[14i]);
  lse[0i] = max(lse[0i], partial16[15i]);
  workgroupBarrier();
  best_v[0i] = 0.000000e+00f;
  for (var p_1 : i32 = 0i; p_1 < ((podArgs.V + 4095i)>>12u); p_1++) {
    xs[0i] = logits_ptr[min(((p_1 * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
    xs[1i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
    xs[2i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
    xs[3i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
    xs[4i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
    xs[5i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
    xs[6i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
    xs[7i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
    xs[8i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
    xs[9i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
    xs[10i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
    xs[11i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
    xs[12i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
    xs[13i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
    xs[14i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
    xs[15i] = logits_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
    if (((p_1 * 4096i) + i32(threadIdx.x)) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[0i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[1i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[2i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[3i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[4i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[5i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[6i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[7i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[8i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[9i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[10i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[11i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[12i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[13i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[14i] - lse[0i])));
    }
    if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
      best_v[0i] = (best_v[0i] + exp((xs[15i] - lse[0i])));
    }
  }
  partial[i32(threadIdx.x)] = best_v[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    total[0i] = partial[(i32(threadIdx.x) * 16i)];
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 1i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 2i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 3i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 4i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 5i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 6i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 7i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 8i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 9i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 10i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 11i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 12i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 13i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 14i)]);
    total[0i] = (total[0i] + partial[((i32(threadIdx.x) * 16i) + 15i)]);
    partial16[i32(threadIdx.x)] = total[0i];
  }
  workgroupBarrier();
  total[0i] = partial16[0i];
  total[0i] = (total[0i] + partial16[1i]);
  total[0i] = (total[0i] + partial16[2i]);
  total[0i] = (total[0i] + partial16[3i]);
  total[0i] = (total[0i] + partial16[4i]);
  total[0i] = (total[0i] + partial16[5i]);
  total[0i] = (total[0i] + partial16[6i]);
  total[0i] = (total[0i] + partial16[7i]);
  total[0i] = (total[0i] + partial16[8i]);
  total[0i] = (total[0i] + partial16[9i]);
  total[0i] = (total[0i] + partial16[10i]);
  total[0i] = (total[0i] + partial16[11i]);
  total[0i] = (total[0i] + partial16[12i]);
  total[0i] = (total[0i] + partial16[13i]);
  total[0i] = (total[0i] + partial16[14i]);
  total[0i] = (total[0i] + partial16[15i]);
  workgroupBarrier();
  lse[0i] = (lse[0i] + log(total[0i]));
  top_v[0i] = -3.402823e+38f;
  top_i[0i] = podArgs.V;
  top_v[1i] = -3.402823e+38f;
  top_i[1i] = podArgs.V;
  top_v[2i] = -3.402823e+38f;
  top_i[2i] = podArgs.V;
  top_v[3i] = -3.402823e+38f;
  top_i[3i] = podArgs.V;
  top_v[4i] = -3.402823e+38f;
  top_i[4i] = podArgs.V;
  top_v[5i] = -3.402823e+38f;
  top_i[5i] = podArgs.V;
  top_v[6i] = -3.402823e+38f;
  top_i[6i] = podArgs.V;
  top_v[7i] = -3.402823e+38f;
  top_i[7i] = podArgs.V;
  top_v[8i] = -3.402823e+38f;
  top_i[8i] = podArgs.V;
  top_v[9i] = -3.402823e+38f;
  top_i[9i] = podArgs.V;
  top_v[10i] = -3.402823e+38f;
  top_i[10i] = podArgs.V;
  top_v[11i] = -3.402823e+38f;
  top_i[11i] = podArgs.V;
  top_v[12i] = -3.402823e+38f;
  top_i[12i] = podArgs.V;
  top_v[13i] = -3.402823e+38f;
  top_i[13i] = podArgs.V;
  top_v[14i] = -3.402823e+38f;
  top_i[14i] = podArgs.V;
  top_v[15i] = -3.402823e+38f;
  top_i[15i] = podArgs.V;
  top_v[16i] = -3.402823e+38f;
  top_i[16i] = podArgs.V;
  top_v[17i] = -3.402823e+38f;
  top_i[17i] = podArgs.V;
  top_v[18i] = -3.402823e+38f;
  top_i[18i] = podArgs.V;
  top_v[19i] = -3.402823e+38f;
  top_i[19i] = podArgs.V;
  floor_v[0i] = -3.402823e+38f;
  if (0i < podArgs.N) {
    for (var p_2 : i32 = 0i; p_2 < ((podArgs.V + 4095i)>>12u); p_2++) {
      xs[0i] = logits_ptr[min(((p_2 * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
      xs[1i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
      xs[2i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
      xs[3i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
      xs[4i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
      xs[5i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
      xs[6i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
      xs[7i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
      xs[8i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
      xs[9i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
      xs[10i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
      xs[11i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
      xs[12i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
      xs[13i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
      xs[14i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
      xs[15i] = logits_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
      if (((p_2 * 4096i) + i32(threadIdx.x)) < podArgs.V) {
        if (floor_v[0i] < xs[0i]) {
          carry_v[0i] = xs[0i];
          carry_i[0i] = ((p_2 * 4096i) + i32(threadIdx.x));
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval : f32;
          if ((podArgs.N == 1i)) {
            condval = top_v[0i];
} else {
            condval = floor_v[0i];
}
          floor_v[0i] = condval;
          var condval_1 : f32;
          if ((podArgs.N == 2i)) {
            condval_1 = top_v[1i];
} else {
            condval_1 = floor_v[0i];
}
          floor_v[0i] = condval_1;
          var condval_2 : f32;
          if ((podArgs.N == 3i)) {
            condval_2 = top_v[2i];
} else {
            condval_2 = floor_v[0i];
}
          floor_v[0i] = condval_2;
          var condval_3 : f32;
          if ((podArgs.N == 4i)) {
            condval_3 = top_v[3i];
} else {
            condval_3 = floor_v[0i];
}
          floor_v[0i] = condval_3;
          var condval_4 : f32;
          if ((podArgs.N == 5i)) {
            condval_4 = top_v[4i];
} else {
            condval_4 = floor_v[0i];
}
          floor_v[0i] = condval_4;
          var condval_5 : f32;
          if ((podArgs.N == 6i)) {
            condval_5 = top_v[5i];
} else {
            condval_5 = floor_v[0i];
}
          floor_v[0i] = condval_5;
          var condval_6 : f32;
          if ((podArgs.N == 7i)) {
            condval_6 = top_v[6i];
} else {
            condval_6 = floor_v[0i];
}
          floor_v[0i] = condval_6;
          var condval_7 : f32;
          if ((podArgs.N == 8i)) {
            condval_7 = top_v[7i];
} else {
            condval_7 = floor_v[0i];
}
          floor_v[0i] = condval_7;
          var condval_8 : f32;
          if ((podArgs.N == 9i)) {
            condval_8 = top_v[8i];
} else {
            condval_8 = floor_v[0i];
}
          floor_v[0i] = condval_8;
          var condval_9 : f32;
          if ((podArgs.N == 10i)) {
            condval_9 = top_v[9i];
} else {
            condval_9 = floor_v[0i];
}
          floor_v[0i] = condval_9;
          var condval_10 : f32;
          if ((podArgs.N == 11i)) {
            condval_10 = top_v[10i];
} else {
            condval_10 = floor_v[0i];
}
          floor_v[0i] = condval_10;
          var condval_11 : f32;
          if ((podArgs.N == 12i)) {
            condval_11 = top_v[11i];
} else {
            condval_11 = floor_v[0i];
}
          floor_v[0i] = condval_11;
          var condval_12 : f32;
          if ((podArgs.N == 13i)) {
            condval_12 = top_v[12i];
} else {
            condval_12 = floor_v[0i];
}
          floor_v[0i] = condval_12;
          var condval_13 : f32;
          if ((podArgs.N == 14i)) {
            condval_13 = top_v[13i];
} else {
            condval_13 = floor_v[0i];
}
          floor_v[0i] = condval_13;
          var condval_14 : f32;
          if ((podArgs.N == 15i)) {
            condval_14 = top_v[14i];
} else {
            condval_14 = floor_v[0i];
}
          floor_v[0i] = condval_14;
          var condval_15 : f32;
          if ((podArgs.N == 16i)) {
            condval_15 = top_v[15i];
} else {
            condval_15 = floor_v[0i];
}
          floor_v[0i] = condval_15;
          var condval_16 : f32;
          if ((podArgs.N == 17i)) {
            condval_16 = top_v[16i];
} else {
            condval_16 = floor_v[0i];
}
          floor_v[0i] = condval_16;
          var condval_17 : f32;
          if ((podArgs.N == 18i)) {
            condval_17 = top_v[17i];
} else {
            condval_17 = floor_v[0i];
}
          floor_v[0i] = condval_17;
          var condval_18 : f32;
          if ((podArgs.N == 19i)) {
            condval_18 = top_v[18i];
} else {
            condval_18 = floor_v[0i];
}
          floor_v[0i] = condval_18;
          var condval_19 : f32;
          if ((podArgs.N == 20i)) {
            condval_19 = top_v[19i];
} else {
            condval_19 = floor_v[0i];
}
          floor_v[0i] = condval_19;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
        if (floor_v[0i] < xs[1i]) {
          carry_v[0i] = xs[1i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 256i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_20 : f32;
          if ((podArgs.N == 1i)) {
            condval_20 = top_v[0i];
} else {
            condval_20 = floor_v[0i];
}
          floor_v[0i] = condval_20;
          var condval_21 : f32;
          if ((podArgs.N == 2i)) {
            condval_21 = top_v[1i];
} else {
            condval_21 = floor_v[0i];
}
          floor_v[0i] = condval_21;
          var condval_22 : f32;
          if ((podArgs.N == 3i)) {
            condval_22 = top_v[2i];
} else {
            condval_22 = floor_v[0i];
}
          floor_v[0i] = condval_22;
          var condval_23 : f32;
          if ((podArgs.N == 4i)) {
            condval_23 = top_v[3i];
} else {
            condval_23 = floor_v[0i];
}
          floor_v[0i] = condval_23;
          var condval_24 : f32;
          if ((podArgs.N == 5i)) {
            condval_24 = top_v[4i];
} else {
            condval_24 = floor_v[0i];
}
          floor_v[0i] = condval_24;
          var condval_25 : f32;
          if ((podArgs.N == 6i)) {
            condval_25 = top_v[5i];
} else {
            condval_25 = floor_v[0i];
}
          floor_v[0i] = condval_25;
          var condval_26 : f32;
          if ((podArgs.N == 7i)) {
            condval_26 = top_v[6i];
} else {
            condval_26 = floor_v[0i];
}
          floor_v[0i] = condval_26;
          var condval_27 : f32;
          if ((podArgs.N == 8i)) {
            condval_27 = top_v[7i];
} else {
            condval_27 = floor_v[0i];
}
          floor_v[0i] = condval_27;
          var condval_28 : f32;
          if ((podArgs.N == 9i)) {
            condval_28 = top_v[8i];
} else {
            condval_28 = floor_v[0i];
}
          floor_v[0i] = condval_28;
          var condval_29 : f32;
          if ((podArgs.N == 10i)) {
            condval_29 = top_v[9i];
} else {
            condval_29 = floor_v[0i];
}
          floor_v[0i] = condval_29;
          var condval_30 : f32;
          if ((podArgs.N == 11i)) {
            condval_30 = top_v[10i];
} else {
            condval_30 = floor_v[0i];
}
          floor_v[0i] = condval_30;
          var condval_31 : f32;
          if ((podArgs.N == 12i)) {
            condval_31 = top_v[11i];
} else {
            condval_31 = floor_v[0i];
}
          floor_v[0i] = condval_31;
          var condval_32 : f32;
          if ((podArgs.N == 13i)) {
            condval_32 = top_v[12i];
} else {
            condval_32 = floor_v[0i];
}
          floor_v[0i] = condval_32;
          var condval_33 : f32;
          if ((podArgs.N == 14i)) {
            condval_33 = top_v[13i];
} else {
            condval_33 = floor_v[0i];
}
          floor_v[0i] = condval_33;
          var condval_34 : f32;
          if ((podArgs.N == 15i)) {
            condval_34 = top_v[14i];
} else {
            condval_34 = floor_v[0i];
}
          floor_v[0i] = condval_34;
          var condval_35 : f32;
          if ((podArgs.N == 16i)) {
            condval_35 = top_v[15i];
} else {
            condval_35 = floor_v[0i];
}
          floor_v[0i] = condval_35;
          var condval_36 : f32;
          if ((podArgs.N == 17i)) {
            condval_36 = top_v[16i];
} else {
            condval_36 = floor_v[0i];
}
          floor_v[0i] = condval_36;
          var condval_37 : f32;
          if ((podArgs.N == 18i)) {
            condval_37 = top_v[17i];
} else {
            condval_37 = floor_v[0i];
}
          floor_v[0i] = condval_37;
          var condval_38 : f32;
          if ((podArgs.N == 19i)) {
            condval_38 = top_v[18i];
} else {
            condval_38 = floor_v[0i];
}
          floor_v[0i] = condval_38;
          var condval_39 : f32;
          if ((podArgs.N == 20i)) {
            condval_39 = top_v[19i];
} else {
            condval_39 = floor_v[0i];
}
          floor_v[0i] = condval_39;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
        if (floor_v[0i] < xs[2i]) {
          carry_v[0i] = xs[2i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 512i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_40 : f32;
          if ((podArgs.N == 1i)) {
            condval_40 = top_v[0i];
} else {
            condval_40 = floor_v[0i];
}
          floor_v[0i] = condval_40;
          var condval_41 : f32;
          if ((podArgs.N == 2i)) {
            condval_41 = top_v[1i];
} else {
            condval_41 = floor_v[0i];
}
          floor_v[0i] = condval_41;
          var condval_42 : f32;
          if ((podArgs.N == 3i)) {
            condval_42 = top_v[2i];
} else {
            condval_42 = floor_v[0i];
}
          floor_v[0i] = condval_42;
          var condval_43 : f32;
          if ((podArgs.N == 4i)) {
            condval_43 = top_v[3i];
} else {
            condval_43 = floor_v[0i];
}
          floor_v[0i] = condval_43;
          var condval_44 : f32;
          if ((podArgs.N == 5i)) {
            condval_44 = top_v[4i];
} else {
            condval_44 = floor_v[0i];
}
          floor_v[0i] = condval_44;
          var condval_45 : f32;
          if ((podArgs.N == 6i)) {
            condval_45 = top_v[5i];
} else {
            condval_45 = floor_v[0i];
}
          floor_v[0i] = condval_45;
          var condval_46 : f32;
          if ((podArgs.N == 7i)) {
            condval_46 = top_v[6i];
} else {
            condval_46 = floor_v[0i];
}
          floor_v[0i] = condval_46;
          var condval_47 : f32;
          if ((podArgs.N == 8i)) {
            condval_47 = top_v[7i];
} else {
            condval_47 = floor_v[0i];
}
          floor_v[0i] = condval_47;
          var condval_48 : f32;
          if ((podArgs.N == 9i)) {
            condval_48 = top_v[8i];
} else {
            condval_48 = floor_v[0i];
}
          floor_v[0i] = condval_48;
          var condval_49 : f32;
          if ((podArgs.N == 10i)) {
            condval_49 = top_v[9i];
} else {
            condval_49 = floor_v[0i];
}
          floor_v[0i] = condval_49;
          var condval_50 : f32;
          if ((podArgs.N == 11i)) {
            condval_50 = top_v[10i];
} else {
            condval_50 = floor_v[0i];
}
          floor_v[0i] = condval_50;
          var condval_51 : f32;
          if ((podArgs.N == 12i)) {
            condval_51 = top_v[11i];
} else {
            condval_51 = floor_v[0i];
}
          floor_v[0i] = condval_51;
          var condval_52 : f32;
          if ((podArgs.N == 13i)) {
            condval_52 = top_v[12i];
} else {
            condval_52 = floor_v[0i];
}
          floor_v[0i] = condval_52;
          var condval_53 : f32;
          if ((podArgs.N == 14i)) {
            condval_53 = top_v[13i];
} else {
            condval_53 = floor_v[0i];
}
          floor_v[0i] = condval_53;
          var condval_54 : f32;
          if ((podArgs.N == 15i)) {
            condval_54 = top_v[14i];
} else {
            condval_54 = floor_v[0i];
}
          floor_v[0i] = condval_54;
          var condval_55 : f32;
          if ((podArgs.N == 16i)) {
            condval_55 = top_v[15i];
} else {
            condval_55 = floor_v[0i];
}
          floor_v[0i] = condval_55;
          var condval_56 : f32;
          if ((podArgs.N == 17i)) {
            condval_56 = top_v[16i];
} else {
            condval_56 = floor_v[0i];
}
          floor_v[0i] = condval_56;
          var condval_57 : f32;
          if ((podArgs.N == 18i)) {
            condval_57 = top_v[17i];
} else {
            condval_57 = floor_v[0i];
}
          floor_v[0i] = condval_57;
          var condval_58 : f32;
          if ((podArgs.N == 19i)) {
            condval_58 = top_v[18i];
} else {
            condval_58 = floor_v[0i];
}
          floor_v[0i] = condval_58;
          var condval_59 : f32;
          if ((podArgs.N == 20i)) {
            condval_59 = top_v[19i];
} else {
            condval_59 = floor_v[0i];
}
          floor_v[0i] = condval_59;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
        if (floor_v[0i] < xs[3i]) {
          carry_v[0i] = xs[3i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 768i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_60 : f32;
          if ((podArgs.N == 1i)) {
            condval_60 = top_v[0i];
} else {
            condval_60 = floor_v[0i];
}
          floor_v[0i] = condval_60;
          var condval_61 : f32;
          if ((podArgs.N == 2i)) {
            condval_61 = top_v[1i];
} else {
            condval_61 = floor_v[0i];
}
          floor_v[0i] = condval_61;
          var condval_62 : f32;
          if ((podArgs.N == 3i)) {
            condval_62 = top_v[2i];
} else {
            condval_62 = floor_v[0i];
}
          floor_v[0i] = condval_62;
          var condval_63 : f32;
          if ((podArgs.N == 4i)) {
            condval_63 = top_v[3i];
} else {
            condval_63 = floor_v[0i];
}
          floor_v[0i] = condval_63;
          var condval_64 : f32;
          if ((podArgs.N == 5i)) {
            condval_64 = top_v[4i];
} else {
            condval_64 = floor_v[0i];
}
          floor_v[0i] = condval_64;
          var condval_65 : f32;
          if ((podArgs.N == 6i)) {
            condval_65 = top_v[5i];
} else {
            condval_65 = floor_v[0i];
}
          floor_v[0i] = condval_65;
          var condval_66 : f32;
          if ((podArgs.N == 7i)) {
            condval_66 = top_v[6i];
} else {
            condval_66 = floor_v[0i];
}
          floor_v[0i] = condval_66;
          var condval_67 : f32;
          if ((podArgs.N == 8i)) {
            condval_67 = top_v[7i];
} else {
            condval_67 = floor_v[0i];
}
          floor_v[0i] = condval_67;
          var condval_68 : f32;
          if ((podArgs.N == 9i)) {
            condval_68 = top_v[8i];
} else {
            condval_68 = floor_v[0i];
}
          floor_v[0i] = condval_68;
          var condval_69 : f32;
          if ((podArgs.N == 10i)) {
            condval_69 = top_v[9i];
} else {
            condval_69 = floor_v[0i];
}
          floor_v[0i] = condval_69;
          var condval_70 : f32;
          if ((podArgs.N == 11i)) {
            condval_70 = top_v[10i];
} else {
            condval_70 = floor_v[0i];
}
          floor_v[0i] = condval_70;
          var condval_71 : f32;
          if ((podArgs.N == 12i)) {
            condval_71 = top_v[11i];
} else {
            condval_71 = floor_v[0i];
}
          floor_v[0i] = condval_71;
          var condval_72 : f32;
          if ((podArgs.N == 13i)) {
            condval_72 = top_v[12i];
} else {
            condval_72 = floor_v[0i];
}
          floor_v[0i] = condval_72;
          var condval_73 : f32;
          if ((podArgs.N == 14i)) {
            condval_73 = top_v[13i];
} else {
            condval_73 = floor_v[0i];
}
          floor_v[0i] = condval_73;
          var condval_74 : f32;
          if ((podArgs.N == 15i)) {
            condval_74 = top_v[14i];
} else {
            condval_74 = floor_v[0i];
}
          floor_v[0i] = condval_74;
          var condval_75 : f32;
          if ((podArgs.N == 16i)) {
            condval_75 = top_v[15i];
} else {
            condval_75 = floor_v[0i];
}
          floor_v[0i] = condval_75;
          var condval_76 : f32;
          if ((podArgs.N == 17i)) {
            condval_76 = top_v[16i];
} else {
            condval_76 = floor_v[0i];
}
          floor_v[0i] = condval_76;
          var condval_77 : f32;
          if ((podArgs.N == 18i)) {
            condval_77 = top_v[17i];
} else {
            condval_77 = floor_v[0i];
}
          floor_v[0i] = condval_77;
          var condval_78 : f32;
          if ((podArgs.N == 19i)) {
            condval_78 = top_v[18i];
} else {
            condval_78 = floor_v[0i];
}
          floor_v[0i] = condval_78;
          var condval_79 : f32;
          if ((podArgs.N == 20i)) {
            condval_79 = top_v[19i];
} else {
            condval_79 = floor_v[0i];
}
          floor_v[0i] = condval_79;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
        if (floor_v[0i] < xs[4i]) {
          carry_v[0i] = xs[4i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1024i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_80 : f32;
          if ((podArgs.N == 1i)) {
            condval_80 = top_v[0i];
} else {
            condval_80 = floor_v[0i];
}
          floor_v[0i] = condval_80;
          var condval_81 : f32;
          if ((podArgs.N == 2i)) {
            condval_81 = top_v[1i];
} else {
            condval_81 = floor_v[0i];
}
          floor_v[0i] = condval_81;
          var condval_82 : f32;
          if ((podArgs.N == 3i)) {
            condval_82 = top_v[2i];
} else {
            condval_82 = floor_v[0i];
}
          floor_v[0i] = condval_82;
          var condval_83 : f32;
          if ((podArgs.N == 4i)) {
            condval_83 = top_v[3i];
} else {
            condval_83 = floor_v[0i];
}
          floor_v[0i] = condval_83;
          var condval_84 : f32;
          if ((podArgs.N == 5i)) {
            condval_84 = top_v[4i];
} else {
            condval_84 = floor_v[0i];
}
          floor_v[0i] = condval_84;
          var condval_85 : f32;
          if ((podArgs.N == 6i)) {
            condval_85 = top_v[5i];
} else {
            condval_85 = floor_v[0i];
}
          floor_v[0i] = condval_85;
          var condval_86 : f32;
          if ((podArgs.N == 7i)) {
            condval_86 = top_v[6i];
} else {
            condval_86 = floor_v[0i];
}
          floor_v[0i] = condval_86;
          var condval_87 : f32;
          if ((podArgs.N == 8i)) {
            condval_87 = top_v[7i];
} else {
            condval_87 = floor_v[0i];
}
          floor_v[0i] = condval_87;
          var condval_88 : f32;
          if ((podArgs.N == 9i)) {
            condval_88 = top_v[8i];
} else {
            condval_88 = floor_v[0i];
}
          floor_v[0i] = condval_88;
          var condval_89 : f32;
          if ((podArgs.N == 10i)) {
            condval_89 = top_v[9i];
} else {
            condval_89 = floor_v[0i];
}
          floor_v[0i] = condval_89;
          var condval_90 : f32;
          if ((podArgs.N == 11i)) {
            condval_90 = top_v[10i];
} else {
            condval_90 = floor_v[0i];
}
          floor_v[0i] = condval_90;
          var condval_91 : f32;
          if ((podArgs.N == 12i)) {
            condval_91 = top_v[11i];
} else {
            condval_91 = floor_v[0i];
}
          floor_v[0i] = condval_91;
          var condval_92 : f32;
          if ((podArgs.N == 13i)) {
            condval_92 = top_v[12i];
} else {
            condval_92 = floor_v[0i];
}
          floor_v[0i] = condval_92;
          var condval_93 : f32;
          if ((podArgs.N == 14i)) {
            condval_93 = top_v[13i];
} else {
            condval_93 = floor_v[0i];
}
          floor_v[0i] = condval_93;
          var condval_94 : f32;
          if ((podArgs.N == 15i)) {
            condval_94 = top_v[14i];
} else {
            condval_94 = floor_v[0i];
}
          floor_v[0i] = condval_94;
          var condval_95 : f32;
          if ((podArgs.N == 16i)) {
            condval_95 = top_v[15i];
} else {
            condval_95 = floor_v[0i];
}
          floor_v[0i] = condval_95;
          var condval_96 : f32;
          if ((podArgs.N == 17i)) {
            condval_96 = top_v[16i];
} else {
            condval_96 = floor_v[0i];
}
          floor_v[0i] = condval_96;
          var condval_97 : f32;
          if ((podArgs.N == 18i)) {
            condval_97 = top_v[17i];
} else {
            condval_97 = floor_v[0i];
}
          floor_v[0i] = condval_97;
          var condval_98 : f32;
          if ((podArgs.N == 19i)) {
            condval_98 = top_v[18i];
} else {
            condval_98 = floor_v[0i];
}
          floor_v[0i] = condval_98;
          var condval_99 : f32;
          if ((podArgs.N == 20i)) {
            condval_99 = top_v[19i];
} else {
            condval_99 = floor_v[0i];
}
          floor_v[0i] = condval_99;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
        if (floor_v[0i] < xs[5i]) {
          carry_v[0i] = xs[5i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1280i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_100 : f32;
          if ((podArgs.N == 1i)) {
            condval_100 = top_v[0i];
} else {
            condval_100 = floor_v[0i];
}
          floor_v[0i] = condval_100;
          var condval_101 : f32;
          if ((podArgs.N == 2i)) {
            condval_101 = top_v[1i];
} else {
            condval_101 = floor_v[0i];
}
          floor_v[0i] = condval_101;
          var condval_102 : f32;
          if ((podArgs.N == 3i)) {
            condval_102 = top_v[2i];
} else {
            condval_102 = floor_v[0i];
}
          floor_v[0i] = condval_102;
          var condval_103 : f32;
          if ((podArgs.N == 4i)) {
            condval_103 = top_v[3i];
} else {
            condval_103 = floor_v[0i];
}
          floor_v[0i] = condval_103;
          var condval_104 : f32;
          if ((podArgs.N == 5i)) {
            condval_104 = top_v[4i];
} else {
            condval_104 = floor_v[0i];
}
          floor_v[0i] = condval_104;
          var condval_105 : f32;
          if ((podArgs.N == 6i)) {
            condval_105 = top_v[5i];
} else {
            condval_105 = floor_v[0i];
}
          floor_v[0i] = condval_105;
          var condval_106 : f32;
          if ((podArgs.N == 7i)) {
            condval_106 = top_v[6i];
} else {
            condval_106 = floor_v[0i];
}
          floor_v[0i] = condval_106;
          var condval_107 : f32;
          if ((podArgs.N == 8i)) {
            condval_107 = top_v[7i];
} else {
            condval_107 = floor_v[0i];
}
          floor_v[0i] = condval_107;
          var condval_108 : f32;
          if ((podArgs.N == 9i)) {
            condval_108 = top_v[8i];
} else {
            condval_108 = floor_v[0i];
}
          floor_v[0i] = condval_108;
          var condval_109 : f32;
          if ((podArgs.N == 10i)) {
            condval_109 = top_v[9i];
} else {
            condval_109 = floor_v[0i];
}
          floor_v[0i] = condval_109;
          var condval_110 : f32;
          if ((podArgs.N == 11i)) {
            condval_110 = top_v[10i];
} else {
            condval_110 = floor_v[0i];
}
          floor_v[0i] = condval_110;
          var condval_111 : f32;
          if ((podArgs.N == 12i)) {
            condval_111 = top_v[11i];
} else {
            condval_111 = floor_v[0i];
}
          floor_v[0i] = condval_111;
          var condval_112 : f32;
          if ((podArgs.N == 13i)) {
            condval_112 = top_v[12i];
} else {
            condval_112 = floor_v[0i];
}
          floor_v[0i] = condval_112;
          var condval_113 : f32;
          if ((podArgs.N == 14i)) {
            condval_113 = top_v[13i];
} else {
            condval_113 = floor_v[0i];
}
          floor_v[0i] = condval_113;
          var condval_114 : f32;
          if ((podArgs.N == 15i)) {
            condval_114 = top_v[14i];
} else {
            condval_114 = floor_v[0i];
}
          floor_v[0i] = condval_114;
          var condval_115 : f32;
          if ((podArgs.N == 16i)) {
            condval_115 = top_v[15i];
} else {
            condval_115 = floor_v[0i];
}
          floor_v[0i] = condval_115;
          var condval_116 : f32;
          if ((podArgs.N == 17i)) {
            condval_116 = top_v[16i];
} else {
            condval_116 = floor_v[0i];
}
          floor_v[0i] = condval_116;
          var condval_117 : f32;
          if ((podArgs.N == 18i)) {
            condval_117 = top_v[17i];
} else {
            condval_117 = floor_v[0i];
}
          floor_v[0i] = condval_117;
          var condval_118 : f32;
          if ((podArgs.N == 19i)) {
            condval_118 = top_v[18i];
} else {
            condval_118 = floor_v[0i];
}
          floor_v[0i] = condval_118;
          var condval_119 : f32;
          if ((podArgs.N == 20i)) {
            condval_119 = top_v[19i];
} else {
            condval_119 = floor_v[0i];
}
          floor_v[0i] = condval_119;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
        if (floor_v[0i] < xs[6i]) {
          carry_v[0i] = xs[6i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1536i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_120 : f32;
          if ((podArgs.N == 1i)) {
            condval_120 = top_v[0i];
} else {
            condval_120 = floor_v[0i];
}
          floor_v[0i] = condval_120;
          var condval_121 : f32;
          if ((podArgs.N == 2i)) {
            condval_121 = top_v[1i];
} else {
            condval_121 = floor_v[0i];
}
          floor_v[0i] = condval_121;
          var condval_122 : f32;
          if ((podArgs.N == 3i)) {
            condval_122 = top_v[2i];
} else {
            condval_122 = floor_v[0i];
}
          floor_v[0i] = condval_122;
          var condval_123 : f32;
          if ((podArgs.N == 4i)) {
            condval_123 = top_v[3i];
} else {
            condval_123 = floor_v[0i];
}
          floor_v[0i] = condval_123;
          var condval_124 : f32;
          if ((podArgs.N == 5i)) {
            condval_124 = top_v[4i];
} else {
            condval_124 = floor_v[0i];
}
          floor_v[0i] = condval_124;
          var condval_125 : f32;
          if ((podArgs.N == 6i)) {
            condval_125 = top_v[5i];
} else {
            condval_125 = floor_v[0i];
}
          floor_v[0i] = condval_125;
          var condval_126 : f32;
          if ((podArgs.N == 7i)) {
            condval_126 = top_v[6i];
} else {
            condval_126 = floor_v[0i];
}
          floor_v[0i] = condval_126;
          var condval_127 : f32;
          if ((podArgs.N == 8i)) {
            condval_127 = top_v[7i];
} else {
            condval_127 = floor_v[0i];
}
          floor_v[0i] = condval_127;
          var condval_128 : f32;
          if ((podArgs.N == 9i)) {
            condval_128 = top_v[8i];
} else {
            condval_128 = floor_v[0i];
}
          floor_v[0i] = condval_128;
          var condval_129 : f32;
          if ((podArgs.N == 10i)) {
            condval_129 = top_v[9i];
} else {
            condval_129 = floor_v[0i];
}
          floor_v[0i] = condval_129;
          var condval_130 : f32;
          if ((podArgs.N == 11i)) {
            condval_130 = top_v[10i];
} else {
            condval_130 = floor_v[0i];
}
          floor_v[0i] = condval_130;
          var condval_131 : f32;
          if ((podArgs.N == 12i)) {
            condval_131 = top_v[11i];
} else {
            condval_131 = floor_v[0i];
}
          floor_v[0i] = condval_131;
          var condval_132 : f32;
          if ((podArgs.N == 13i)) {
            condval_132 = top_v[12i];
} else {
            condval_132 = floor_v[0i];
}
          floor_v[0i] = condval_132;
          var condval_133 : f32;
          if ((podArgs.N == 14i)) {
            condval_133 = top_v[13i];
} else {
            condval_133 = floor_v[0i];
}
          floor_v[0i] = condval_133;
          var condval_134 : f32;
          if ((podArgs.N == 15i)) {
            condval_134 = top_v[14i];
} else {
            condval_134 = floor_v[0i];
}
          floor_v[0i] = condval_134;
          var condval_135 : f32;
          if ((podArgs.N == 16i)) {
            condval_135 = top_v[15i];
} else {
            condval_135 = floor_v[0i];
}
          floor_v[0i] = condval_135;
          var condval_136 : f32;
          if ((podArgs.N == 17i)) {
            condval_136 = top_v[16i];
} else {
            condval_136 = floor_v[0i];
}
          floor_v[0i] = condval_136;
          var condval_137 : f32;
          if ((podArgs.N == 18i)) {
            condval_137 = top_v[17i];
} else {
            condval_137 = floor_v[0i];
}
          floor_v[0i] = condval_137;
          var condval_138 : f32;
          if ((podArgs.N == 19i)) {
            condval_138 = top_v[18i];
} else {
            condval_138 = floor_v[0i];
}
          floor_v[0i] = condval_138;
          var condval_139 : f32;
          if ((podArgs.N == 20i)) {
            condval_139 = top_v[19i];
} else {
            condval_139 = floor_v[0i];
}
          floor_v[0i] = condval_139;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
        if (floor_v[0i] < xs[7i]) {
          carry_v[0i] = xs[7i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1792i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_140 : f32;
          if ((podArgs.N == 1i)) {
            condval_140 = top_v[0i];
} else {
            condval_140 = floor_v[0i];
}
          floor_v[0i] = condval_140;
          var condval_141 : f32;
          if ((podArgs.N == 2i)) {
            condval_141 = top_v[1i];
} else {
            condval_141 = floor_v[0i];
}
          floor_v[0i] = condval_141;
          var condval_142 : f32;
          if ((podArgs.N == 3i)) {
            condval_142 = top_v[2i];
} else {
            condval_142 = floor_v[0i];
}
          floor_v[0i] = condval_142;
          var condval_143 : f32;
          if ((podArgs.N == 4i)) {
            condval_143 = top_v[3i];
} else {
            condval_143 = floor_v[0i];
}
          floor_v[0i] = condval_143;
          var condval_144 : f32;
          if ((podArgs.N == 5i)) {
            condval_144 = top_v[4i];
} else {
            condval_144 = floor_v[0i];
}
          floor_v[0i] = condval_144;
          var condval_145 : f32;
          if ((podArgs.N == 6i)) {
            condval_145 = top_v[5i];
} else {
            condval_145 = floor_v[0i];
}
          floor_v[0i] = condval_145;
          var condval_146 : f32;
          if ((podArgs.N == 7i)) {
            condval_146 = top_v[6i];
} else {
            condval_146 = floor_v[0i];
}
          floor_v[0i] = condval_146;
          var condval_147 : f32;
          if ((podArgs.N == 8i)) {
            condval_147 = top_v[7i];
} else {
            condval_147 = floor_v[0i];
}
          floor_v[0i] = condval_147;
          var condval_148 : f32;
          if ((podArgs.N == 9i)) {
            condval_148 = top_v[8i];
} else {
            condval_148 = floor_v[0i];
}
          floor_v[0i] = condval_148;
          var condval_149 : f32;
          if ((podArgs.N == 10i)) {
            condval_149 = top_v[9i];
} else {
            condval_149 = floor_v[0i];
}
          floor_v[0i] = condval_149;
          var condval_150 : f32;
          if ((podArgs.N == 11i)) {
            condval_150 = top_v[10i];
} else {
            condval_150 = floor_v[0i];
}
          floor_v[0i] = condval_150;
          var condval_151 : f32;
          if ((podArgs.N == 12i)) {
            condval_151 = top_v[11i];
} else {
            condval_151 = floor_v[0i];
}
          floor_v[0i] = condval_151;
          var condval_152 : f32;
          if ((podArgs.N == 13i)) {
            condval_152 = top_v[12i];
} else {
            condval_152 = floor_v[0i];
}
          floor_v[0i] = condval_152;
          var condval_153 : f32;
          if ((podArgs.N == 14i)) {
            condval_153 = top_v[13i];
} else {
            condval_153 = floor_v[0i];
}
          floor_v[0i] = condval_153;
          var condval_154 : f32;
          if ((podArgs.N == 15i)) {
            condval_154 = top_v[14i];
} else {
            condval_154 = floor_v[0i];
}
          floor_v[0i] = condval_154;
          var condval_155 : f32;
          if ((podArgs.N == 16i)) {
            condval_155 = top_v[15i];
} else {
            condval_155 = floor_v[0i];
}
          floor_v[0i] = condval_155;
          var condval_156 : f32;
          if ((podArgs.N == 17i)) {
            condval_156 = top_v[16i];
} else {
            condval_156 = floor_v[0i];
}
          floor_v[0i] = condval_156;
          var condval_157 : f32;
          if ((podArgs.N == 18i)) {
            condval_157 = top_v[17i];
} else {
            condval_157 = floor_v[0i];
}
          floor_v[0i] = condval_157;
          var condval_158 : f32;
          if ((podArgs.N == 19i)) {
            condval_158 = top_v[18i];
} else {
            condval_158 = floor_v[0i];
}
          floor_v[0i] = condval_158;
          var condval_159 : f32;
          if ((podArgs.N == 20i)) {
            condval_159 = top_v[19i];
} else {
            condval_159 = floor_v[0i];
}
          floor_v[0i] = condval_159;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
        if (floor_v[0i] < xs[8i]) {
          carry_v[0i] = xs[8i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2048i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_160 : f32;
          if ((podArgs.N == 1i)) {
            condval_160 = top_v[0i];
} else {
            condval_160 = floor_v[0i];
}
          floor_v[0i] = condval_160;
          var condval_161 : f32;
          if ((podArgs.N == 2i)) {
            condval_161 = top_v[1i];
} else {
            condval_161 = floor_v[0i];
}
          floor_v[0i] = condval_161;
          var condval_162 : f32;
          if ((podArgs.N == 3i)) {
            condval_162 = top_v[2i];
} else {
            condval_162 = floor_v[0i];
}
          floor_v[0i] = condval_162;
          var condval_163 : f32;
          if ((podArgs.N == 4i)) {
            condval_163 = top_v[3i];
} else {
            condval_163 = floor_v[0i];
}
          floor_v[0i] = condval_163;
          var condval_164 : f32;
          if ((podArgs.N == 5i)) {
            condval_164 = top_v[4i];
} else {
            condval_164 = floor_v[0i];
}
          floor_v[0i] = condval_164;
          var condval_165 : f32;
          if ((podArgs.N == 6i)) {
            condval_165 = top_v[5i];
} else {
            condval_165 = floor_v[0i];
}
          floor_v[0i] = condval_165;
          var condval_166 : f32;
          if ((podArgs.N == 7i)) {
            condval_166 = top_v[6i];
} else {
            condval_166 = floor_v[0i];
}
          floor_v[0i] = condval_166;
          var condval_167 : f32;
          if ((podArgs.N == 8i)) {
            condval_167 = top_v[7i];
} else {
            condval_167 = floor_v[0i];
}
          floor_v[0i] = condval_167;
          var condval_168 : f32;
          if ((podArgs.N == 9i)) {
            condval_168 = top_v[8i];
} else {
            condval_168 = floor_v[0i];
}
          floor_v[0i] = condval_168;
          var condval_169 : f32;
          if ((podArgs.N == 10i)) {
            condval_169 = top_v[9i];
} else {
            condval_169 = floor_v[0i];
}
          floor_v[0i] = condval_169;
          var condval_170 : f32;
          if ((podArgs.N == 11i)) {
            condval_170 = top_v[10i];
} else {
            condval_170 = floor_v[0i];
}
          floor_v[0i] = condval_170;
          var condval_171 : f32;
          if ((podArgs.N == 12i)) {
            condval_171 = top_v[11i];
} else {
            condval_171 = floor_v[0i];
}
          floor_v[0i] = condval_171;
          var condval_172 : f32;
          if ((podArgs.N == 13i)) {
            condval_172 = top_v[12i];
} else {
            condval_172 = floor_v[0i];
}
          floor_v[0i] = condval_172;
          var condval_173 : f32;
          if ((podArgs.N == 14i)) {
            condval_173 = top_v[13i];
} else {
            condval_173 = floor_v[0i];
}
          floor_v[0i] = condval_173;
          var condval_174 : f32;
          if ((podArgs.N == 15i)) {
            condval_174 = top_v[14i];
} else {
            condval_174 = floor_v[0i];
}
          floor_v[0i] = condval_174;
          var condval_175 : f32;
          if ((podArgs.N == 16i)) {
            condval_175 = top_v[15i];
} else {
            condval_175 = floor_v[0i];
}
          floor_v[0i] = condval_175;
          var condval_176 : f32;
          if ((podArgs.N == 17i)) {
            condval_176 = top_v[16i];
} else {
            condval_176 = floor_v[0i];
}
          floor_v[0i] = condval_176;
          var condval_177 : f32;
          if ((podArgs.N == 18i)) {
            condval_177 = top_v[17i];
} else {
            condval_177 = floor_v[0i];
}
          floor_v[0i] = condval_177;
          var condval_178 : f32;
          if ((podArgs.N == 19i)) {
            condval_178 = top_v[18i];
} else {
            condval_178 = floor_v[0i];
}
          floor_v[0i] = condval_178;
          var condval_179 : f32;
          if ((podArgs.N == 20i)) {
            condval_179 = top_v[19i];
} else {
            condval_179 = floor_v[0i];
}
          floor_v[0i] = condval_179;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
        if (floor_v[0i] < xs[9i]) {
          carry_v[0i] = xs[9i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2304i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_180 : f32;
          if ((podArgs.N == 1i)) {
            condval_180 = top_v[0i];
} else {
            condval_180 = floor_v[0i];
}
          floor_v[0i] = condval_180;
          var condval_181 : f32;
          if ((podArgs.N == 2i)) {
            condval_181 = top_v[1i];
} else {
            condval_181 = floor_v[0i];
}
          floor_v[0i] = condval_181;
          var condval_182 : f32;
          if ((podArgs.N == 3i)) {
            condval_182 = top_v[2i];
} else {
            condval_182 = floor_v[0i];
}
          floor_v[0i] = condval_182;
          var condval_183 : f32;
          if ((podArgs.N == 4i)) {
            condval_183 = top_v[3i];
} else {
            condval_183 = floor_v[0i];
}
          floor_v[0i] = condval_183;
          var condval_184 : f32;
          if ((podArgs.N == 5i)) {
            condval_184 = top_v[4i];
} else {
            condval_184 = floor_v[0i];
}
          floor_v[0i] = condval_184;
          var condval_185 : f32;
          if ((podArgs.N == 6i)) {
            condval_185 = top_v[5i];
} else {
            condval_185 = floor_v[0i];
}
          floor_v[0i] = condval_185;
          var condval_186 : f32;
          if ((podArgs.N == 7i)) {
            condval_186 = top_v[6i];
} else {
            condval_186 = floor_v[0i];
}
          floor_v[0i] = condval_186;
          var condval_187 : f32;
          if ((podArgs.N == 8i)) {
            condval_187 = top_v[7i];
} else {
            condval_187 = floor_v[0i];
}
          floor_v[0i] = condval_187;
          var condval_188 : f32;
          if ((podArgs.N == 9i)) {
            condval_188 = top_v[8i];
} else {
            condval_188 = floor_v[0i];
}
          floor_v[0i] = condval_188;
          var condval_189 : f32;
          if ((podArgs.N == 10i)) {
            condval_189 = top_v[9i];
} else {
            condval_189 = floor_v[0i];
}
          floor_v[0i] = condval_189;
          var condval_190 : f32;
          if ((podArgs.N == 11i)) {
            condval_190 = top_v[10i];
} else {
            condval_190 = floor_v[0i];
}
          floor_v[0i] = condval_190;
          var condval_191 : f32;
          if ((podArgs.N == 12i)) {
            condval_191 = top_v[11i];
} else {
            condval_191 = floor_v[0i];
}
          floor_v[0i] = condval_191;
          var condval_192 : f32;
          if ((podArgs.N == 13i)) {
            condval_192 = top_v[12i];
} else {
            condval_192 = floor_v[0i];
}
          floor_v[0i] = condval_192;
          var condval_193 : f32;
          if ((podArgs.N == 14i)) {
            condval_193 = top_v[13i];
} else {
            condval_193 = floor_v[0i];
}
          floor_v[0i] = condval_193;
          var condval_194 : f32;
          if ((podArgs.N == 15i)) {
            condval_194 = top_v[14i];
} else {
            condval_194 = floor_v[0i];
}
          floor_v[0i] = condval_194;
          var condval_195 : f32;
          if ((podArgs.N == 16i)) {
            condval_195 = top_v[15i];
} else {
            condval_195 = floor_v[0i];
}
          floor_v[0i] = condval_195;
          var condval_196 : f32;
          if ((podArgs.N == 17i)) {
            condval_196 = top_v[16i];
} else {
            condval_196 = floor_v[0i];
}
          floor_v[0i] = condval_196;
          var condval_197 : f32;
          if ((podArgs.N == 18i)) {
            condval_197 = top_v[17i];
} else {
            condval_197 = floor_v[0i];
}
          floor_v[0i] = condval_197;
          var condval_198 : f32;
          if ((podArgs.N == 19i)) {
            condval_198 = top_v[18i];
} else {
            condval_198 = floor_v[0i];
}
          floor_v[0i] = condval_198;
          var condval_199 : f32;
          if ((podArgs.N == 20i)) {
            condval_199 = top_v[19i];
} else {
            condval_199 = floor_v[0i];
}
          floor_v[0i] = condval_199;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
        if (floor_v[0i] < xs[10i]) {
          carry_v[0i] = xs[10i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2560i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_200 : f32;
          if ((podArgs.N == 1i)) {
            condval_200 = top_v[0i];
} else {
            condval_200 = floor_v[0i];
}
          floor_v[0i] = condval_200;
          var condval_201 : f32;
          if ((podArgs.N == 2i)) {
            condval_201 = top_v[1i];
} else {
            condval_201 = floor_v[0i];
}
          floor_v[0i] = condval_201;
          var condval_202 : f32;
          if ((podArgs.N == 3i)) {
            condval_202 = top_v[2i];
} else {
            condval_202 = floor_v[0i];
}
          floor_v[0i] = condval_202;
          var condval_203 : f32;
          if ((podArgs.N == 4i)) {
            condval_203 = top_v[3i];
} else {
            condval_203 = floor_v[0i];
}
          floor_v[0i] = condval_203;
          var condval_204 : f32;
          if ((podArgs.N == 5i)) {
            condval_204 = top_v[4i];
} else {
            condval_204 = floor_v[0i];
}
          floor_v[0i] = condval_204;
          var condval_205 : f32;
          if ((podArgs.N == 6i)) {
            condval_205 = top_v[5i];
} else {
            condval_205 = floor_v[0i];
}
          floor_v[0i] = condval_205;
          var condval_206 : f32;
          if ((podArgs.N == 7i)) {
            condval_206 = top_v[6i];
} else {
            condval_206 = floor_v[0i];
}
          floor_v[0i] = condval_206;
          var condval_207 : f32;
          if ((podArgs.N == 8i)) {
            condval_207 = top_v[7i];
} else {
            condval_207 = floor_v[0i];
}
          floor_v[0i] = condval_207;
          var condval_208 : f32;
          if ((podArgs.N == 9i)) {
            condval_208 = top_v[8i];
} else {
            condval_208 = floor_v[0i];
}
          floor_v[0i] = condval_208;
          var condval_209 : f32;
          if ((podArgs.N == 10i)) {
            condval_209 = top_v[9i];
} else {
            condval_209 = floor_v[0i];
}
          floor_v[0i] = condval_209;
          var condval_210 : f32;
          if ((podArgs.N == 11i)) {
            condval_210 = top_v[10i];
} else {
            condval_210 = floor_v[0i];
}
          floor_v[0i] = condval_210;
          var condval_211 : f32;
          if ((podArgs.N == 12i)) {
            condval_211 = top_v[11i];
} else {
            condval_211 = floor_v[0i];
}
          floor_v[0i] = condval_211;
          var condval_212 : f32;
          if ((podArgs.N == 13i)) {
            condval_212 = top_v[12i];
} else {
            condval_212 = floor_v[0i];
}
          floor_v[0i] = condval_212;
          var condval_213 : f32;
          if ((podArgs.N == 14i)) {
            condval_213 = top_v[13i];
} else {
            condval_213 = floor_v[0i];
}
          floor_v[0i] = condval_213;
          var condval_214 : f32;
          if ((podArgs.N == 15i)) {
            condval_214 = top_v[14i];
} else {
            condval_214 = floor_v[0i];
}
          floor_v[0i] = condval_214;
          var condval_215 : f32;
          if ((podArgs.N == 16i)) {
            condval_215 = top_v[15i];
} else {
            condval_215 = floor_v[0i];
}
          floor_v[0i] = condval_215;
          var condval_216 : f32;
          if ((podArgs.N == 17i)) {
            condval_216 = top_v[16i];
} else {
            condval_216 = floor_v[0i];
}
          floor_v[0i] = condval_216;
          var condval_217 : f32;
          if ((podArgs.N == 18i)) {
            condval_217 = top_v[17i];
} else {
            condval_217 = floor_v[0i];
}
          floor_v[0i] = condval_217;
          var condval_218 : f32;
          if ((podArgs.N == 19i)) {
            condval_218 = top_v[18i];
} else {
            condval_218 = floor_v[0i];
}
          floor_v[0i] = condval_218;
          var condval_219 : f32;
          if ((podArgs.N == 20i)) {
            condval_219 = top_v[19i];
} else {
            condval_219 = floor_v[0i];
}
          floor_v[0i] = condval_219;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
        if (floor_v[0i] < xs[11i]) {
          carry_v[0i] = xs[11i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2816i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_220 : f32;
          if ((podArgs.N == 1i)) {
            condval_220 = top_v[0i];
} else {
            condval_220 = floor_v[0i];
}
          floor_v[0i] = condval_220;
          var condval_221 : f32;
          if ((podArgs.N == 2i)) {
            condval_221 = top_v[1i];
} else {
            condval_221 = floor_v[0i];
}
          floor_v[0i] = condval_221;
          var condval_222 : f32;
          if ((podArgs.N == 3i)) {
            condval_222 = top_v[2i];
} else {
            condval_222 = floor_v[0i];
}
          floor_v[0i] = condval_222;
          var condval_223 : f32;
          if ((podArgs.N == 4i)) {
            condval_223 = top_v[3i];
} else {
            condval_223 = floor_v[0i];
}
          floor_v[0i] = condval_223;
          var condval_224 : f32;
          if ((podArgs.N == 5i)) {
            condval_224 = top_v[4i];
} else {
            condval_224 = floor_v[0i];
}
          floor_v[0i] = condval_224;
          var condval_225 : f32;
          if ((podArgs.N == 6i)) {
            condval_225 = top_v[5i];
} else {
            condval_225 = floor_v[0i];
}
          floor_v[0i] = condval_225;
          var condval_226 : f32;
          if ((podArgs.N == 7i)) {
            condval_226 = top_v[6i];
} else {
            condval_226 = floor_v[0i];
}
          floor_v[0i] = condval_226;
          var condval_227 : f32;
          if ((podArgs.N == 8i)) {
            condval_227 = top_v[7i];
} else {
            condval_227 = floor_v[0i];
}
          floor_v[0i] = condval_227;
          var condval_228 : f32;
          if ((podArgs.N == 9i)) {
            condval_228 = top_v[8i];
} else {
            condval_228 = floor_v[0i];
}
          floor_v[0i] = condval_228;
          var condval_229 : f32;
          if ((podArgs.N == 10i)) {
            condval_229 = top_v[9i];
} else {
            condval_229 = floor_v[0i];
}
          floor_v[0i] = condval_229;
          var condval_230 : f32;
          if ((podArgs.N == 11i)) {
            condval_230 = top_v[10i];
} else {
            condval_230 = floor_v[0i];
}
          floor_v[0i] = condval_230;
          var condval_231 : f32;
          if ((podArgs.N == 12i)) {
            condval_231 = top_v[11i];
} else {
            condval_231 = floor_v[0i];
}
          floor_v[0i] = condval_231;
          var condval_232 : f32;
          if ((podArgs.N == 13i)) {
            condval_232 = top_v[12i];
} else {
            condval_232 = floor_v[0i];
}
          floor_v[0i] = condval_232;
          var condval_233 : f32;
          if ((podArgs.N == 14i)) {
            condval_233 = top_v[13i];
} else {
            condval_233 = floor_v[0i];
}
          floor_v[0i] = condval_233;
          var condval_234 : f32;
          if ((podArgs.N == 15i)) {
            condval_234 = top_v[14i];
} else {
            condval_234 = floor_v[0i];
}
          floor_v[0i] = condval_234;
          var condval_235 : f32;
          if ((podArgs.N == 16i)) {
            condval_235 = top_v[15i];
} else {
            condval_235 = floor_v[0i];
}
          floor_v[0i] = condval_235;
          var condval_236 : f32;
          if ((podArgs.N == 17i)) {
            condval_236 = top_v[16i];
} else {
            condval_236 = floor_v[0i];
}
          floor_v[0i] = condval_236;
          var condval_237 : f32;
          if ((podArgs.N == 18i)) {
            condval_237 = top_v[17i];
} else {
            condval_237 = floor_v[0i];
}
          floor_v[0i] = condval_237;
          var condval_238 : f32;
          if ((podArgs.N == 19i)) {
            condval_238 = top_v[18i];
} else {
            condval_238 = floor_v[0i];
}
          floor_v[0i] = condval_238;
          var condval_239 : f32;
          if ((podArgs.N == 20i)) {
            condval_239 = top_v[19i];
} else {
            condval_239 = floor_v[0i];
}
          floor_v[0i] = condval_239;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
        if (floor_v[0i] < xs[12i]) {
          carry_v[0i] = xs[12i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3072i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_240 : f32;
          if ((podArgs.N == 1i)) {
            condval_240 = top_v[0i];
} else {
            condval_240 = floor_v[0i];
}
          floor_v[0i] = condval_240;
          var condval_241 : f32;
          if ((podArgs.N == 2i)) {
            condval_241 = top_v[1i];
} else {
            condval_241 = floor_v[0i];
}
          floor_v[0i] = condval_241;
          var condval_242 : f32;
          if ((podArgs.N == 3i)) {
            condval_242 = top_v[2i];
} else {
            condval_242 = floor_v[0i];
}
          floor_v[0i] = condval_242;
          var condval_243 : f32;
          if ((podArgs.N == 4i)) {
            condval_243 = top_v[3i];
} else {
            condval_243 = floor_v[0i];
}
          floor_v[0i] = condval_243;
          var condval_244 : f32;
          if ((podArgs.N == 5i)) {
            condval_244 = top_v[4i];
} else {
            condval_244 = floor_v[0i];
}
          floor_v[0i] = condval_244;
          var condval_245 : f32;
          if ((podArgs.N == 6i)) {
            condval_245 = top_v[5i];
} else {
            condval_245 = floor_v[0i];
}
          floor_v[0i] = condval_245;
          var condval_246 : f32;
          if ((podArgs.N == 7i)) {
            condval_246 = top_v[6i];
} else {
            condval_246 = floor_v[0i];
}
          floor_v[0i] = condval_246;
          var condval_247 : f32;
          if ((podArgs.N == 8i)) {
            condval_247 = top_v[7i];
} else {
            condval_247 = floor_v[0i];
}
          floor_v[0i] = condval_247;
          var condval_248 : f32;
          if ((podArgs.N == 9i)) {
            condval_248 = top_v[8i];
} else {
            condval_248 = floor_v[0i];
}
          floor_v[0i] = condval_248;
          var condval_249 : f32;
          if ((podArgs.N == 10i)) {
            condval_249 = top_v[9i];
} else {
            condval_249 = floor_v[0i];
}
          floor_v[0i] = condval_249;
          var condval_250 : f32;
          if ((podArgs.N == 11i)) {
            condval_250 = top_v[10i];
} else {
            condval_250 = floor_v[0i];
}
          floor_v[0i] = condval_250;
          var condval_251 : f32;
          if ((podArgs.N == 12i)) {
            condval_251 = top_v[11i];
} else {
            condval_251 = floor_v[0i];
}
          floor_v[0i] = condval_251;
          var condval_252 : f32;
          if ((podArgs.N == 13i)) {
            condval_252 = top_v[12i];
} else {
            condval_252 = floor_v[0i];
}
          floor_v[0i] = condval_252;
          var condval_253 : f32;
          if ((podArgs.N == 14i)) {
            condval_253 = top_v[13i];
} else {
            condval_253 = floor_v[0i];
}
          floor_v[0i] = condval_253;
          var condval_254 : f32;
          if ((podArgs.N == 15i)) {
            condval_254 = top_v[14i];
} else {
            condval_254 = floor_v[0i];
}
          floor_v[0i] = condval_254;
          var condval_255 : f32;
          if ((podArgs.N == 16i)) {
            condval_255 = top_v[15i];
} else {
            condval_255 = floor_v[0i];
}
          floor_v[0i] = condval_255;
          var condval_256 : f32;
          if ((podArgs.N == 17i)) {
            condval_256 = top_v[16i];
} else {
            condval_256 = floor_v[0i];
}
          floor_v[0i] = condval_256;
          var condval_257 : f32;
          if ((podArgs.N == 18i)) {
            condval_257 = top_v[17i];
} else {
            condval_257 = floor_v[0i];
}
          floor_v[0i] = condval_257;
          var condval_258 : f32;
          if ((podArgs.N == 19i)) {
            condval_258 = top_v[18i];
} else {
            condval_258 = floor_v[0i];
}
          floor_v[0i] = condval_258;
          var condval_259 : f32;
          if ((podArgs.N == 20i)) {
            condval_259 = top_v[19i];
} else {
            condval_259 = floor_v[0i];
}
          floor_v[0i] = condval_259;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
        if (floor_v[0i] < xs[13i]) {
          carry_v[0i] = xs[13i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3328i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_260 : f32;
          if ((podArgs.N == 1i)) {
            condval_260 = top_v[0i];
} else {
            condval_260 = floor_v[0i];
}
          floor_v[0i] = condval_260;
          var condval_261 : f32;
          if ((podArgs.N == 2i)) {
            condval_261 = top_v[1i];
} else {
            condval_261 = floor_v[0i];
}
          floor_v[0i] = condval_261;
          var condval_262 : f32;
          if ((podArgs.N == 3i)) {
            condval_262 = top_v[2i];
} else {
            condval_262 = floor_v[0i];
}
          floor_v[0i] = condval_262;
          var condval_263 : f32;
          if ((podArgs.N == 4i)) {
            condval_263 = top_v[3i];
} else {
            condval_263 = floor_v[0i];
}
          floor_v[0i] = condval_263;
          var condval_264 : f32;
          if ((podArgs.N == 5i)) {
            condval_264 = top_v[4i];
} else {
            condval_264 = floor_v[0i];
}
          floor_v[0i] = condval_264;
          var condval_265 : f32;
          if ((podArgs.N == 6i)) {
            condval_265 = top_v[5i];
} else {
            condval_265 = floor_v[0i];
}
          floor_v[0i] = condval_265;
          var condval_266 : f32;
          if ((podArgs.N == 7i)) {
            condval_266 = top_v[6i];
} else {
            condval_266 = floor_v[0i];
}
          floor_v[0i] = condval_266;
          var condval_267 : f32;
          if ((podArgs.N == 8i)) {
            condval_267 = top_v[7i];
} else {
            condval_267 = floor_v[0i];
}
          floor_v[0i] = condval_267;
          var condval_268 : f32;
          if ((podArgs.N == 9i)) {
            condval_268 = top_v[8i];
} else {
            condval_268 = floor_v[0i];
}
          floor_v[0i] = condval_268;
          var condval_269 : f32;
          if ((podArgs.N == 10i)) {
            condval_269 = top_v[9i];
} else {
            condval_269 = floor_v[0i];
}
          floor_v[0i] = condval_269;
          var condval_270 : f32;
          if ((podArgs.N == 11i)) {
            condval_270 = top_v[10i];
} else {
            condval_270 = floor_v[0i];
}
          floor_v[0i] = condval_270;
          var condval_271 : f32;
          if ((podArgs.N == 12i)) {
            condval_271 = top_v[11i];
} else {
            condval_271 = floor_v[0i];
}
          floor_v[0i] = condval_271;
          var condval_272 : f32;
          if ((podArgs.N == 13i)) {
            condval_272 = top_v[12i];
} else {
            condval_272 = floor_v[0i];
}
          floor_v[0i] = condval_272;
          var condval_273 : f32;
          if ((podArgs.N == 14i)) {
            condval_273 = top_v[13i];
} else {
            condval_273 = floor_v[0i];
}
          floor_v[0i] = condval_273;
          var condval_274 : f32;
          if ((podArgs.N == 15i)) {
            condval_274 = top_v[14i];
} else {
            condval_274 = floor_v[0i];
}
          floor_v[0i] = condval_274;
          var condval_275 : f32;
          if ((podArgs.N == 16i)) {
            condval_275 = top_v[15i];
} else {
            condval_275 = floor_v[0i];
}
          floor_v[0i] = condval_275;
          var condval_276 : f32;
          if ((podArgs.N == 17i)) {
            condval_276 = top_v[16i];
} else {
            condval_276 = floor_v[0i];
}
          floor_v[0i] = condval_276;
          var condval_277 : f32;
          if ((podArgs.N == 18i)) {
            condval_277 = top_v[17i];
} else {
            condval_277 = floor_v[0i];
}
          floor_v[0i] = condval_277;
          var condval_278 : f32;
          if ((podArgs.N == 19i)) {
            condval_278 = top_v[18i];
} else {
            condval_278 = floor_v[0i];
}
          floor_v[0i] = condval_278;
          var condval_279 : f32;
          if ((podArgs.N == 20i)) {
            condval_279 = top_v[19i];
} else {
            condval_279 = floor_v[0i];
}
          floor_v[0i] = condval_279;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
        if (floor_v[0i] < xs[14i]) {
          carry_v[0i] = xs[14i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3584i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_280 : f32;
          if ((podArgs.N == 1i)) {
            condval_280 = top_v[0i];
} else {
            condval_280 = floor_v[0i];
}
          floor_v[0i] = condval_280;
          var condval_281 : f32;
          if ((podArgs.N == 2i)) {
            condval_281 = top_v[1i];
} else {
            condval_281 = floor_v[0i];
}
          floor_v[0i] = condval_281;
          var condval_282 : f32;
          if ((podArgs.N == 3i)) {
            condval_282 = top_v[2i];
} else {
            condval_282 = floor_v[0i];
}
          floor_v[0i] = condval_282;
          var condval_283 : f32;
          if ((podArgs.N == 4i)) {
            condval_283 = top_v[3i];
} else {
            condval_283 = floor_v[0i];
}
          floor_v[0i] = condval_283;
          var condval_284 : f32;
          if ((podArgs.N == 5i)) {
            condval_284 = top_v[4i];
} else {
            condval_284 = floor_v[0i];
}
          floor_v[0i] = condval_284;
          var condval_285 : f32;
          if ((podArgs.N == 6i)) {
            condval_285 = top_v[5i];
} else {
            condval_285 = floor_v[0i];
}
          floor_v[0i] = condval_285;
          var condval_286 : f32;
          if ((podArgs.N == 7i)) {
            condval_286 = top_v[6i];
} else {
            condval_286 = floor_v[0i];
}
          floor_v[0i] = condval_286;
          var condval_287 : f32;
          if ((podArgs.N == 8i)) {
            condval_287 = top_v[7i];
} else {
            condval_287 = floor_v[0i];
}
          floor_v[0i] = condval_287;
          var condval_288 : f32;
          if ((podArgs.N == 9i)) {
            condval_288 = top_v[8i];
} else {
            condval_288 = floor_v[0i];
}
          floor_v[0i] = condval_288;
          var condval_289 : f32;
          if ((podArgs.N == 10i)) {
            condval_289 = top_v[9i];
} else {
            condval_289 = floor_v[0i];
}
          floor_v[0i] = condval_289;
          var condval_290 : f32;
          if ((podArgs.N == 11i)) {
            condval_290 = top_v[10i];
} else {
            condval_290 = floor_v[0i];
}
          floor_v[0i] = condval_290;
          var condval_291 : f32;
          if ((podArgs.N == 12i)) {
            condval_291 = top_v[11i];
} else {
            condval_291 = floor_v[0i];
}
          floor_v[0i] = condval_291;
          var condval_292 : f32;
          if ((podArgs.N == 13i)) {
            condval_292 = top_v[12i];
} else {
            condval_292 = floor_v[0i];
}
          floor_v[0i] = condval_292;
          var condval_293 : f32;
          if ((podArgs.N == 14i)) {
            condval_293 = top_v[13i];
} else {
            condval_293 = floor_v[0i];
}
          floor_v[0i] = condval_293;
          var condval_294 : f32;
          if ((podArgs.N == 15i)) {
            condval_294 = top_v[14i];
} else {
            condval_294 = floor_v[0i];
}
          floor_v[0i] = condval_294;
          var condval_295 : f32;
          if ((podArgs.N == 16i)) {
            condval_295 = top_v[15i];
} else {
            condval_295 = floor_v[0i];
}
          floor_v[0i] = condval_295;
          var condval_296 : f32;
          if ((podArgs.N == 17i)) {
            condval_296 = top_v[16i];
} else {
            condval_296 = floor_v[0i];
}
          floor_v[0i] = condval_296;
          var condval_297 : f32;
          if ((podArgs.N == 18i)) {
            condval_297 = top_v[17i];
} else {
            condval_297 = floor_v[0i];
}
          floor_v[0i] = condval_297;
          var condval_298 : f32;
          if ((podArgs.N == 19i)) {
            condval_298 = top_v[18i];
} else {
            condval_298 = floor_v[0i];
}
          floor_v[0i] = condval_298;
          var condval_299 : f32;
          if ((podArgs.N == 20i)) {
            condval_299 = top_v[19i];
} else {
            condval_299 = floor_v[0i];
}
          floor_v[0i] = condval_299;
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
        if (floor_v[0i] < xs[15i]) {
          carry_v[0i] = xs[15i];
          carry_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3840i);
          if ((top_v[0i] < carry_v[0i]) || ((carry_v[0i] == top_v[0i]) && (carry_i[0i] < top_i[0i]))) {
            swap_v[0i] = top_v[0i];
            swap_i[0i] = top_i[0i];
            top_v[0i] = carry_v[0i];
            top_i[0i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((1i < podArgs.N) && ((top_v[1i] < carry_v[0i]) || ((carry_v[0i] == top_v[1i]) && (carry_i[0i] < top_i[1i])))) {
            swap_v[0i] = top_v[1i];
            swap_i[0i] = top_i[1i];
            top_v[1i] = carry_v[0i];
            top_i[1i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((2i < podArgs.N) && ((top_v[2i] < carry_v[0i]) || ((carry_v[0i] == top_v[2i]) && (carry_i[0i] < top_i[2i])))) {
            swap_v[0i] = top_v[2i];
            swap_i[0i] = top_i[2i];
            top_v[2i] = carry_v[0i];
            top_i[2i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((3i < podArgs.N) && ((top_v[3i] < carry_v[0i]) || ((carry_v[0i] == top_v[3i]) && (carry_i[0i] < top_i[3i])))) {
            swap_v[0i] = top_v[3i];
            swap_i[0i] = top_i[3i];
            top_v[3i] = carry_v[0i];
            top_i[3i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((4i < podArgs.N) && ((top_v[4i] < carry_v[0i]) || ((carry_v[0i] == top_v[4i]) && (carry_i[0i] < top_i[4i])))) {
            swap_v[0i] = top_v[4i];
            swap_i[0i] = top_i[4i];
            top_v[4i] = carry_v[0i];
            top_i[4i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((5i < podArgs.N) && ((top_v[5i] < carry_v[0i]) || ((carry_v[0i] == top_v[5i]) && (carry_i[0i] < top_i[5i])))) {
            swap_v[0i] = top_v[5i];
            swap_i[0i] = top_i[5i];
            top_v[5i] = carry_v[0i];
            top_i[5i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((6i < podArgs.N) && ((top_v[6i] < carry_v[0i]) || ((carry_v[0i] == top_v[6i]) && (carry_i[0i] < top_i[6i])))) {
            swap_v[0i] = top_v[6i];
            swap_i[0i] = top_i[6i];
            top_v[6i] = carry_v[0i];
            top_i[6i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((7i < podArgs.N) && ((top_v[7i] < carry_v[0i]) || ((carry_v[0i] == top_v[7i]) && (carry_i[0i] < top_i[7i])))) {
            swap_v[0i] = top_v[7i];
            swap_i[0i] = top_i[7i];
            top_v[7i] = carry_v[0i];
            top_i[7i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((8i < podArgs.N) && ((top_v[8i] < carry_v[0i]) || ((carry_v[0i] == top_v[8i]) && (carry_i[0i] < top_i[8i])))) {
            swap_v[0i] = top_v[8i];
            swap_i[0i] = top_i[8i];
            top_v[8i] = carry_v[0i];
            top_i[8i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((9i < podArgs.N) && ((top_v[9i] < carry_v[0i]) || ((carry_v[0i] == top_v[9i]) && (carry_i[0i] < top_i[9i])))) {
            swap_v[0i] = top_v[9i];
            swap_i[0i] = top_i[9i];
            top_v[9i] = carry_v[0i];
            top_i[9i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((10i < podArgs.N) && ((top_v[10i] < carry_v[0i]) || ((carry_v[0i] == top_v[10i]) && (carry_i[0i] < top_i[10i])))) {
            swap_v[0i] = top_v[10i];
            swap_i[0i] = top_i[10i];
            top_v[10i] = carry_v[0i];
            top_i[10i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((11i < podArgs.N) && ((top_v[11i] < carry_v[0i]) || ((carry_v[0i] == top_v[11i]) && (carry_i[0i] < top_i[11i])))) {
            swap_v[0i] = top_v[11i];
            swap_i[0i] = top_i[11i];
            top_v[11i] = carry_v[0i];
            top_i[11i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((12i < podArgs.N) && ((top_v[12i] < carry_v[0i]) || ((carry_v[0i] == top_v[12i]) && (carry_i[0i] < top_i[12i])))) {
            swap_v[0i] = top_v[12i];
            swap_i[0i] = top_i[12i];
            top_v[12i] = carry_v[0i];
            top_i[12i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((13i < podArgs.N) && ((top_v[13i] < carry_v[0i]) || ((carry_v[0i] == top_v[13i]) && (carry_i[0i] < top_i[13i])))) {
            swap_v[0i] = top_v[13i];
            swap_i[0i] = top_i[13i];
            top_v[13i] = carry_v[0i];
            top_i[13i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((14i < podArgs.N) && ((top_v[14i] < carry_v[0i]) || ((carry_v[0i] == top_v[14i]) && (carry_i[0i] < top_i[14i])))) {
            swap_v[0i] = top_v[14i];
            swap_i[0i] = top_i[14i];
            top_v[14i] = carry_v[0i];
            top_i[14i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((15i < podArgs.N) && ((top_v[15i] < carry_v[0i]) || ((carry_v[0i] == top_v[15i]) && (carry_i[0i] < top_i[15i])))) {
            swap_v[0i] = top_v[15i];
            swap_i[0i] = top_i[15i];
            top_v[15i] = carry_v[0i];
            top_i[15i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((16i < podArgs.N) && ((top_v[16i] < carry_v[0i]) || ((carry_v[0i] == top_v[16i]) && (carry_i[0i] < top_i[16i])))) {
            swap_v[0i] = top_v[16i];
            swap_i[0i] = top_i[16i];
            top_v[16i] = carry_v[0i];
            top_i[16i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((17i < podArgs.N) && ((top_v[17i] < carry_v[0i]) || ((carry_v[0i] == top_v[17i]) && (carry_i[0i] < top_i[17i])))) {
            swap_v[0i] = top_v[17i];
            swap_i[0i] = top_i[17i];
            top_v[17i] = carry_v[0i];
            top_i[17i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((18i < podArgs.N) && ((top_v[18i] < carry_v[0i]) || ((carry_v[0i] == top_v[18i]) && (carry_i[0i] < top_i[18i])))) {
            swap_v[0i] = top_v[18i];
            swap_i[0i] = top_i[18i];
            top_v[18i] = carry_v[0i];
            top_i[18i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          if ((19i < podArgs.N) && ((top_v[19i] < carry_v[0i]) || ((carry_v[0i] == top_v[19i]) && (carry_i[0i] < top_i[19i])))) {
            swap_v[0i] = top_v[19i];
            swap_i[0i] = top_i[19i];
            top_v[19i] = carry_v[0i];
            top_i[19i] = carry_i[0i];
            carry_v[0i] = swap_v[0i];
            carry_i[0i] = swap_i[0i];
          }
          var condval_300 : f32;
          if ((podArgs.N == 1i)) {
            condval_300 = top_v[0i];
} else {
            condval_300 = floor_v[0i];
}
          floor_v[0i] = condval_300;
          var condval_301 : f32;
          if ((podArgs.N == 2i)) {
            condval_301 = top_v[1i];
} else {
            condval_301 = floor_v[0i];
}
          floor_v[0i] = condval_301;
          var condval_302 : f32;
          if ((podArgs.N == 3i)) {
            condval_302 = top_v[2i];
} else {
            condval_302 = floor_v[0i];
}
          floor_v[0i] = condval_302;
          var condval_303 : f32;
          if ((podArgs.N == 4i)) {
            condval_303 = top_v[3i];
} else {
            condval_303 = floor_v[0i];
}
          floor_v[0i] = condval_303;
          var condval_304 : f32;
          if ((podArgs.N == 5i)) {
            condval_304 = top_v[4i];
} else {
            condval_304 = floor_v[0i];
}
          floor_v[0i] = condval_304;
          var condval_305 : f32;
          if ((podArgs.N == 6i)) {
            condval_305 = top_v[5i];
} else {
            condval_305 = floor_v[0i];
}
          floor_v[0i] = condval_305;
          var condval_306 : f32;
          if ((podArgs.N == 7i)) {
            condval_306 = top_v[6i];
} else {
            condval_306 = floor_v[0i];
}
          floor_v[0i] = condval_306;
          var condval_307 : f32;
          if ((podArgs.N == 8i)) {
            condval_307 = top_v[7i];
} else {
            condval_307 = floor_v[0i];
}
          floor_v[0i] = condval_307;
          var condval_308 : f32;
          if ((podArgs.N == 9i)) {
            condval_308 = top_v[8i];
} else {
            condval_308 = floor_v[0i];
}
          floor_v[0i] = condval_308;
          var condval_309 : f32;
          if ((podArgs.N == 10i)) {
            condval_309 = top_v[9i];
} else {
            condval_309 = floor_v[0i];
}
          floor_v[0i] = condval_309;
          var condval_310 : f32;
          if ((podArgs.N == 11i)) {
            condval_310 = top_v[10i];
} else {
            condval_310 = floor_v[0i];
}
          floor_v[0i] = condval_310;
          var condval_311 : f32;
          if ((podArgs.N == 12i)) {
            condval_311 = top_v[11i];
} else {
            condval_311 = floor_v[0i];
}
          floor_v[0i] = condval_311;
          var condval_312 : f32;
          if ((podArgs.N == 13i)) {
            condval_312 = top_v[12i];
} else {
            condval_312 = floor_v[0i];
}
          floor_v[0i] = condval_312;
          var condval_313 : f32;
          if ((podArgs.N == 14i)) {
            condval_313 = top_v[13i];
} else {
            condval_313 = floor_v[0i];
}
          floor_v[0i] = condval_313;
          var condval_314 : f32;
          if ((podArgs.N == 15i)) {
            condval_314 = top_v[14i];
} else {
            condval_314 = floor_v[0i];
}
          floor_v[0i] = condval_314;
          var condval_315 : f32;
          if ((podArgs.N == 16i)) {
            condval_315 = top_v[15i];
} else {
            condval_315 = floor_v[0i];
}
          floor_v[0i] = condval_315;
          var condval_316 : f32;
          if ((podArgs.N == 17i)) {
            condval_316 = top_v[16i];
} else {
            condval_316 = floor_v[0i];
}
          floor_v[0i] = condval_316;
          var condval_317 : f32;
          if ((podArgs.N == 18i)) {
            condval_317 = top_v[17i];
} else {
            condval_317 = floor_v[0i];
}
          floor_v[0i] = condval_317;
          var condval_318 : f32;
          if ((podArgs.N == 19i)) {
            condval_318 = top_v[18i];
} else {
            condval_318 = floor_v[0i];
}
          floor_v[0i] = condval_318;
          var condval_319 : f32;
          if ((podArgs.N == 20i)) {
            condval_319 = top_v[19i];
} else {
            condval_319 = floor_v[0i];
}
          floor_v[0i] = condval_319;
        }
      }
    }
  }
  for (var r : i32 = 0i; r < podArgs.N; r++) {
    best_v[0i] = top_v[0i];
    best_i[0i] = top_i[0i];
    partial[i32(threadIdx.x)] = best_v[0i];
    part_i[i32(threadIdx.x)] = best_i[0i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 16i) {
      best_v[0i] = partial[(i32(threadIdx.x) * 16i)];
      best_i[0i] = part_i[(i32(threadIdx.x) * 16i)];
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 1i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 1i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 2i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 2i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 3i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 3i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 4i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 4i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 5i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 5i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 6i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 6i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 7i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 7i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 8i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 8i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 9i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 9i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 10i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 10i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 11i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 11i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 12i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 12i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 13i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 13i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 14i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 14i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
      cv[0i] = partial[((i32(threadIdx.x) * 16i) + 15i)];
      ci[0i] = part_i[((i32(threadIdx.x) * 16i) + 15i)];
      if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
        best_v[0i] = cv[0i];
        best_i[0i] = ci[0i];
      }
    }
    workgroupBarrier();
    if (i32(threadIdx.x) < 16i) {
      partial[i32(threadIdx.x)] = best_v[0i];
      part_i[i32(threadIdx.x)] = best_i[0i];
    }
    workgroupBarrier();
    best_v[0i] = partial[0i];
    best_i[0i] = part_i[0i];
    cv[0i] = partial[1i];
    ci[0i] = part_i[1i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[2i];
    ci[0i] = part_i[2i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[3i];
    ci[0i] = part_i[3i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[4i];
    ci[0i] = part_i[4i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[5i];
    ci[0i] = part_i[5i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[6i];
    ci[0i] = part_i[6i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[7i];
    ci[0i] = part_i[7i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[8i];
    ci[0i] = part_i[8i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[9i];
    ci[0i] = part_i[9i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[10i];
    ci[0i] = part_i[10i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[11i];
    ci[0i] = part_i[11i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[12i];
    ci[0i] = part_i[12i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[13i];
    ci[0i] = part_i[13i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[14i];
    ci[0i] = part_i[14i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    cv[0i] = partial[15i];
    ci[0i] = part_i[15i];
    if ((best_v[0i] < cv[0i]) || ((cv[0i] == best_v[0i]) && (ci[0i] < best_i[0i]))) {
      best_v[0i] = cv[0i];
      best_i[0i] = ci[0i];
    }
    workgroupBarrier();
    if (top_i[0i] == best_i[0i]) {
      top_v[0i] = top_v[1i];
      top_i[0i] = top_i[1i];
      top_v[1i] = top_v[2i];
      top_i[1i] = top_i[2i];
      top_v[2i] = top_v[3i];
      top_i[2i] = top_i[3i];
      top_v[3i] = top_v[4i];
      top_i[3i] = top_i[4i];
      top_v[4i] = top_v[5i];
      top_i[4i] = top_i[5i];
      top_v[5i] = top_v[6i];
      top_i[5i] = top_i[6i];
      top_v[6i] = top_v[7i];
      top_i[6i] = top_i[7i];
      top_v[7i] = top_v[8i];
      top_i[7i] = top_i[8i];
      top_v[8i] = top_v[9i];
      top_i[8i] = top_i[9i];
      top_v[9i] = top_v[10i];
      top_i[9i] = top_i[10i];
      top_v[10i] = top_v[11i];
      top_i[10i] = top_i[11i];
      top_v[11i] = top_v[12i];
      top_i[11i] = top_i[12i];
      top_v[12i] = top_v[13i];
      top_i[12i] = top_i[13i];
      top_v[13i] = top_v[14i];
      top_i[13i] = top_i[14i];
      top_v[14i] = top_v[15i];
      top_i[14i] = top_i[15i];
      top_v[15i] = top_v[16i];
      top_i[15i] = top_i[16i];
      top_v[16i] = top_v[17i];
      top_i[16i] = top_i[17i];
      top_v[17i] = top_v[18i];
      top_i[17i] = top_i[18i];
      top_v[18i] = top_v[19i];
      top_i[18i] = top_i[19i];
      top_v[19i] = -3.402823e+38f;
      top_i[19i] = podArgs.V;
    }
    if (i32(threadIdx.x) == 0i) {
      out_ptr[((r * 2i) + 2i)] = u32(best_i[0i]);
      out_ptr[((r * 2i) + 3i)] = bitcast<u32>((best_v[0i] - lse[0i]));
    }
  }
  if (i32(threadIdx.x) == 0i) {
    out_ptr[0i] = u32(token_ptr[0i]);
    out_ptr[1i] = bitcast<u32>((logits_ptr[token_ptr[0i]] - lse[0i]));
  }
}
