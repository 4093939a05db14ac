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
  var best_i : array<i32, 1>;
  var skip : array<i32, 1>;
  var picked : array<i32, 20>;
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
  for (var r : i32 = 0i; r < podArgs.N; r++) {
    best_v[0i] = -3.402823e+38f;
    best_i[0i] = podArgs.V;
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
        skip[0i] = 0i;
        for (var q : i32 = 0i; q < r; q++) {
          var condval : i32;
          if ((picked[q] == ((p_2 * 4096i) + i32(threadIdx.x)))) {
            condval = 1i;
} else {
            condval = skip[0i];
}
          skip[0i] = condval;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[0i])) {
          best_v[0i] = xs[0i];
          best_i[0i] = ((p_2 * 4096i) + i32(threadIdx.x));
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_1 : i32 = 0i; q_1 < r; q_1++) {
          var condval_1 : i32;
          if ((picked[q_1] == (((p_2 * 4096i) + i32(threadIdx.x)) + 256i))) {
            condval_1 = 1i;
} else {
            condval_1 = skip[0i];
}
          skip[0i] = condval_1;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[1i])) {
          best_v[0i] = xs[1i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 256i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_2 : i32 = 0i; q_2 < r; q_2++) {
          var condval_2 : i32;
          if ((picked[q_2] == (((p_2 * 4096i) + i32(threadIdx.x)) + 512i))) {
            condval_2 = 1i;
} else {
            condval_2 = skip[0i];
}
          skip[0i] = condval_2;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[2i])) {
          best_v[0i] = xs[2i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 512i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_3 : i32 = 0i; q_3 < r; q_3++) {
          var condval_3 : i32;
          if ((picked[q_3] == (((p_2 * 4096i) + i32(threadIdx.x)) + 768i))) {
            condval_3 = 1i;
} else {
            condval_3 = skip[0i];
}
          skip[0i] = condval_3;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[3i])) {
          best_v[0i] = xs[3i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 768i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_4 : i32 = 0i; q_4 < r; q_4++) {
          var condval_4 : i32;
          if ((picked[q_4] == (((p_2 * 4096i) + i32(threadIdx.x)) + 1024i))) {
            condval_4 = 1i;
} else {
            condval_4 = skip[0i];
}
          skip[0i] = condval_4;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[4i])) {
          best_v[0i] = xs[4i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1024i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_5 : i32 = 0i; q_5 < r; q_5++) {
          var condval_5 : i32;
          if ((picked[q_5] == (((p_2 * 4096i) + i32(threadIdx.x)) + 1280i))) {
            condval_5 = 1i;
} else {
            condval_5 = skip[0i];
}
          skip[0i] = condval_5;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[5i])) {
          best_v[0i] = xs[5i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1280i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_6 : i32 = 0i; q_6 < r; q_6++) {
          var condval_6 : i32;
          if ((picked[q_6] == (((p_2 * 4096i) + i32(threadIdx.x)) + 1536i))) {
            condval_6 = 1i;
} else {
            condval_6 = skip[0i];
}
          skip[0i] = condval_6;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[6i])) {
          best_v[0i] = xs[6i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1536i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_7 : i32 = 0i; q_7 < r; q_7++) {
          var condval_7 : i32;
          if ((picked[q_7] == (((p_2 * 4096i) + i32(threadIdx.x)) + 1792i))) {
            condval_7 = 1i;
} else {
            condval_7 = skip[0i];
}
          skip[0i] = condval_7;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[7i])) {
          best_v[0i] = xs[7i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 1792i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_8 : i32 = 0i; q_8 < r; q_8++) {
          var condval_8 : i32;
          if ((picked[q_8] == (((p_2 * 4096i) + i32(threadIdx.x)) + 2048i))) {
            condval_8 = 1i;
} else {
            condval_8 = skip[0i];
}
          skip[0i] = condval_8;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[8i])) {
          best_v[0i] = xs[8i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2048i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_9 : i32 = 0i; q_9 < r; q_9++) {
          var condval_9 : i32;
          if ((picked[q_9] == (((p_2 * 4096i) + i32(threadIdx.x)) + 2304i))) {
            condval_9 = 1i;
} else {
            condval_9 = skip[0i];
}
          skip[0i] = condval_9;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[9i])) {
          best_v[0i] = xs[9i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2304i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_10 : i32 = 0i; q_10 < r; q_10++) {
          var condval_10 : i32;
          if ((picked[q_10] == (((p_2 * 4096i) + i32(threadIdx.x)) + 2560i))) {
            condval_10 = 1i;
} else {
            condval_10 = skip[0i];
}
          skip[0i] = condval_10;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[10i])) {
          best_v[0i] = xs[10i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2560i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_11 : i32 = 0i; q_11 < r; q_11++) {
          var condval_11 : i32;
          if ((picked[q_11] == (((p_2 * 4096i) + i32(threadIdx.x)) + 2816i))) {
            condval_11 = 1i;
} else {
            condval_11 = skip[0i];
}
          skip[0i] = condval_11;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[11i])) {
          best_v[0i] = xs[11i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 2816i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_12 : i32 = 0i; q_12 < r; q_12++) {
          var condval_12 : i32;
          if ((picked[q_12] == (((p_2 * 4096i) + i32(threadIdx.x)) + 3072i))) {
            condval_12 = 1i;
} else {
            condval_12 = skip[0i];
}
          skip[0i] = condval_12;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[12i])) {
          best_v[0i] = xs[12i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3072i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_13 : i32 = 0i; q_13 < r; q_13++) {
          var condval_13 : i32;
          if ((picked[q_13] == (((p_2 * 4096i) + i32(threadIdx.x)) + 3328i))) {
            condval_13 = 1i;
} else {
            condval_13 = skip[0i];
}
          skip[0i] = condval_13;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[13i])) {
          best_v[0i] = xs[13i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3328i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_14 : i32 = 0i; q_14 < r; q_14++) {
          var condval_14 : i32;
          if ((picked[q_14] == (((p_2 * 4096i) + i32(threadIdx.x)) + 3584i))) {
            condval_14 = 1i;
} else {
            condval_14 = skip[0i];
}
          skip[0i] = condval_14;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[14i])) {
          best_v[0i] = xs[14i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3584i);
        }
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
        skip[0i] = 0i;
        for (var q_15 : i32 = 0i; q_15 < r; q_15++) {
          var condval_15 : i32;
          if ((picked[q_15] == (((p_2 * 4096i) + i32(threadIdx.x)) + 3840i))) {
            condval_15 = 1i;
} else {
            condval_15 = skip[0i];
}
          skip[0i] = condval_15;
        }
        if ((skip[0i] == 0i) && (best_v[0i] < xs[15i])) {
          best_v[0i] = xs[15i];
          best_i[0i] = (((p_2 * 4096i) + i32(threadIdx.x)) + 3840i);
        }
      }
    }
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
    picked[r] = best_i[0i];
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
