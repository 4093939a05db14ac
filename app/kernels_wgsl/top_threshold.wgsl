@group(0) @binding(0) var<storage, read> scores_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> threshold_ptr : array<u32>;

struct PODArgs {
  V: i32,
  top_k: i32,
  top_p: f32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

var<workgroup> partial : array<f32, 256>;
var<workgroup> partial16 : array<f32, 16>;
var<workgroup> wide : array<f32, 3584>;
var<workgroup> wide16 : array<f32, 224>;
@compute @workgroup_size(256, 1, 1)
fn top_threshold_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  var local : array<f32, 14>;
  var xs : array<f32, 16>;
  var stats : array<f32, 1>;
  var bounds : array<u32, 3>;
  var cuts : array<u32, 7>;
  var key : array<u32, 1>;
  var e : array<f32, 1>;
  var sums : array<f32, 14>;
  var ok : array<i32, 7>;
  var top_k_mass : array<f32, 1>;
  local[0i] = -3.402823e+38f;
  for (var p : i32 = 0i; p < ((podArgs.V + 4095i)>>12u); p++) {
    xs[0i] = scores_ptr[min(((p * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
    xs[1i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
    xs[2i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
    xs[3i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
    xs[4i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
    xs[5i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
    xs[6i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
    xs[7i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
    xs[8i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
    xs[9i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
    xs[10i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
    xs[11i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
    xs[12i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
    xs[13i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
    xs[14i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
    xs[15i] = scores_ptr[min((((p * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
    if (((p * 4096i) + i32(threadIdx.x)) < podArgs.V) {
      local[0i] = max(local[0i], xs[0i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
      local[0i] = max(local[0i], xs[1i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
      local[0i] = max(local[0i], xs[2i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
      local[0i] = max(local[0i], xs[3i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
      local[0i] = max(local[0i], xs[4i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
      local[0i] = max(local[0i], xs[5i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
      local[0i] = max(local[0i], xs[6i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
      local[0i] = max(local[0i], xs[7i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
      local[0i] = max(local[0i], xs[8i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
      local[0i] = max(local[0i], xs[9i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
      local[0i] = max(local[0i], xs[10i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
      local[0i] = max(local[0i], xs[11i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
      local[0i] = max(local[0i], xs[12i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
      local[0i] = max(local[0i], xs[13i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
      local[0i] = max(local[0i], xs[14i]);
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
      local[0i] = max(local[0i], xs[15i]);
    }
  }
  partial[i32(threadIdx.x)] = local[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    stats[0i] = partial[(i32(threadIdx.x) * 16i)];
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 1i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 2i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 3i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 4i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 5i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 6i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 7i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 8i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 9i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 10i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 11i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 12i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 13i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 14i)]);
    stats[0i] = max(stats[0i], partial[((i32(threadIdx.x) * 16i) + 15i)]);
    partial16[i32(threadIdx.x)] = stats[0i];
  }
  workgroupBarrier();
  stats[0i] = partial16[0i];
  stats[0i] = max(stats[0i], partial16[1i]);
  stats[0i] = max(stats[0i], partial16[2i]);
  stats[0i] = max(stats[0i], partial16[3i]);
  stats[0i] = max(stats[0i], partial16[4i]);
  stats[0i] = max(stats[0i], partial16[5i]);
  stats[0i] = max(stats[0i], partial16[6i]);
  stats[0i] = max(stats[0i], partial16[7i]);
  stats[0i] = max(stats[0i], partial16[8i]);
  stats[0i] = max(stats[0i], partial16[9i]);
  stats[0i] = max(stats[0i], partial16[10i]);
  stats[0i] = max(stats[0i], partial16[11i]);
  stats[0i] = max(stats[0i], partial16[12i]);
  stats[0i] = max(stats[0i], partial16[13i]);
  stats[0i] = max(stats[0i], partial16[14i]);
  stats[0i] = max(stats[0i], partial16[15i]);
  workgroupBarrier();
  bounds[2i] = 0u;
  if (0i < podArgs.top_k) {
    bounds[0i] = 0u;
    bounds[1i] = 4294967295u;
    for (var _round : i32 = 0i; _round < 11i; _round++) {
      cuts[0i] = (bounds[0i] + ((bounds[1i] - bounds[0i])>>3u));
      cuts[1i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 2u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 2u)>>3u));
      cuts[2i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 3u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 3u)>>3u));
      cuts[3i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 4u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 4u)>>3u));
      cuts[4i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 5u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 5u)>>3u));
      cuts[5i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 6u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 6u)>>3u));
      cuts[6i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 7u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 7u)>>3u));
      local[0i] = 0.000000e+00f;
      local[1i] = 0.000000e+00f;
      local[2i] = 0.000000e+00f;
      local[3i] = 0.000000e+00f;
      local[4i] = 0.000000e+00f;
      local[5i] = 0.000000e+00f;
      local[6i] = 0.000000e+00f;
      local[7i] = 0.000000e+00f;
      local[8i] = 0.000000e+00f;
      local[9i] = 0.000000e+00f;
      local[10i] = 0.000000e+00f;
      local[11i] = 0.000000e+00f;
      local[12i] = 0.000000e+00f;
      local[13i] = 0.000000e+00f;
      for (var p_1 : i32 = 0i; p_1 < ((podArgs.V + 4095i)>>12u); p_1++) {
        xs[0i] = scores_ptr[min(((p_1 * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
        xs[1i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
        xs[2i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
        xs[3i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
        xs[4i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
        xs[5i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
        xs[6i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
        xs[7i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
        xs[8i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
        xs[9i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
        xs[10i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
        xs[11i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
        xs[12i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
        xs[13i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
        xs[14i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
        xs[15i] = scores_ptr[min((((p_1 * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
        if (((p_1 * 4096i) + i32(threadIdx.x)) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval : f32;
            if ((bounds[2i] <= key[0i])) {
              condval = exp((xs[0i] - stats[0i]));
} else {
              condval = 0.000000e+00f;
}
            e[0i] = condval;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_1 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_1 = e[0i];
} else {
              condval_1 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_1);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_2 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_2 = e[0i];
} else {
              condval_2 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_2);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_3 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_3 = e[0i];
} else {
              condval_3 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_3);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_4 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_4 = e[0i];
} else {
              condval_4 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_4);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_5 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_5 = e[0i];
} else {
              condval_5 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_5);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_6 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_6 = e[0i];
} else {
              condval_6 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_6);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_7 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_7 = e[0i];
} else {
              condval_7 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_7);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_8 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_8 = exp((xs[1i] - stats[0i]));
} else {
              condval_8 = 0.000000e+00f;
}
            e[0i] = condval_8;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_9 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_9 = e[0i];
} else {
              condval_9 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_9);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_10 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_10 = e[0i];
} else {
              condval_10 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_10);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_11 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_11 = e[0i];
} else {
              condval_11 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_11);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_12 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_12 = e[0i];
} else {
              condval_12 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_12);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_13 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_13 = e[0i];
} else {
              condval_13 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_13);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_14 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_14 = e[0i];
} else {
              condval_14 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_14);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_15 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_15 = e[0i];
} else {
              condval_15 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_15);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_16 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_16 = exp((xs[2i] - stats[0i]));
} else {
              condval_16 = 0.000000e+00f;
}
            e[0i] = condval_16;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_17 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_17 = e[0i];
} else {
              condval_17 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_17);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_18 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_18 = e[0i];
} else {
              condval_18 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_18);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_19 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_19 = e[0i];
} else {
              condval_19 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_19);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_20 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_20 = e[0i];
} else {
              condval_20 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_20);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_21 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_21 = e[0i];
} else {
              condval_21 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_21);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_22 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_22 = e[0i];
} else {
              condval_22 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_22);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_23 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_23 = e[0i];
} else {
              condval_23 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_23);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_24 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_24 = exp((xs[3i] - stats[0i]));
} else {
              condval_24 = 0.000000e+00f;
}
            e[0i] = condval_24;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_25 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_25 = e[0i];
} else {
              condval_25 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_25);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_26 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_26 = e[0i];
} else {
              condval_26 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_26);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_27 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_27 = e[0i];
} else {
              condval_27 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_27);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_28 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_28 = e[0i];
} else {
              condval_28 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_28);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_29 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_29 = e[0i];
} else {
              condval_29 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_29);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_30 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_30 = e[0i];
} else {
              condval_30 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_30);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_31 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_31 = e[0i];
} else {
              condval_31 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_31);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_32 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_32 = exp((xs[4i] - stats[0i]));
} else {
              condval_32 = 0.000000e+00f;
}
            e[0i] = condval_32;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_33 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_33 = e[0i];
} else {
              condval_33 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_33);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_34 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_34 = e[0i];
} else {
              condval_34 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_34);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_35 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_35 = e[0i];
} else {
              condval_35 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_35);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_36 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_36 = e[0i];
} else {
              condval_36 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_36);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_37 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_37 = e[0i];
} else {
              condval_37 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_37);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_38 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_38 = e[0i];
} else {
              condval_38 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_38);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_39 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_39 = e[0i];
} else {
              condval_39 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_39);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_40 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_40 = exp((xs[5i] - stats[0i]));
} else {
              condval_40 = 0.000000e+00f;
}
            e[0i] = condval_40;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_41 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_41 = e[0i];
} else {
              condval_41 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_41);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_42 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_42 = e[0i];
} else {
              condval_42 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_42);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_43 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_43 = e[0i];
} else {
              condval_43 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_43);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_44 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_44 = e[0i];
} else {
              condval_44 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_44);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_45 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_45 = e[0i];
} else {
              condval_45 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_45);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_46 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_46 = e[0i];
} else {
              condval_46 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_46);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_47 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_47 = e[0i];
} else {
              condval_47 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_47);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_48 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_48 = exp((xs[6i] - stats[0i]));
} else {
              condval_48 = 0.000000e+00f;
}
            e[0i] = condval_48;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_49 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_49 = e[0i];
} else {
              condval_49 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_49);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_50 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_50 = e[0i];
} else {
              condval_50 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_50);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_51 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_51 = e[0i];
} else {
              condval_51 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_51);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_52 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_52 = e[0i];
} else {
              condval_52 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_52);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_53 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_53 = e[0i];
} else {
              condval_53 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_53);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_54 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_54 = e[0i];
} else {
              condval_54 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_54);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_55 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_55 = e[0i];
} else {
              condval_55 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_55);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_56 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_56 = exp((xs[7i] - stats[0i]));
} else {
              condval_56 = 0.000000e+00f;
}
            e[0i] = condval_56;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_57 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_57 = e[0i];
} else {
              condval_57 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_57);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_58 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_58 = e[0i];
} else {
              condval_58 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_58);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_59 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_59 = e[0i];
} else {
              condval_59 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_59);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_60 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_60 = e[0i];
} else {
              condval_60 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_60);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_61 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_61 = e[0i];
} else {
              condval_61 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_61);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_62 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_62 = e[0i];
} else {
              condval_62 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_62);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_63 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_63 = e[0i];
} else {
              condval_63 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_63);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_64 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_64 = exp((xs[8i] - stats[0i]));
} else {
              condval_64 = 0.000000e+00f;
}
            e[0i] = condval_64;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_65 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_65 = e[0i];
} else {
              condval_65 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_65);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_66 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_66 = e[0i];
} else {
              condval_66 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_66);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_67 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_67 = e[0i];
} else {
              condval_67 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_67);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_68 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_68 = e[0i];
} else {
              condval_68 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_68);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_69 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_69 = e[0i];
} else {
              condval_69 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_69);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_70 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_70 = e[0i];
} else {
              condval_70 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_70);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_71 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_71 = e[0i];
} else {
              condval_71 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_71);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_72 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_72 = exp((xs[9i] - stats[0i]));
} else {
              condval_72 = 0.000000e+00f;
}
            e[0i] = condval_72;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_73 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_73 = e[0i];
} else {
              condval_73 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_73);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_74 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_74 = e[0i];
} else {
              condval_74 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_74);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_75 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_75 = e[0i];
} else {
              condval_75 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_75);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_76 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_76 = e[0i];
} else {
              condval_76 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_76);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_77 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_77 = e[0i];
} else {
              condval_77 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_77);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_78 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_78 = e[0i];
} else {
              condval_78 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_78);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_79 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_79 = e[0i];
} else {
              condval_79 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_79);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_80 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_80 = exp((xs[10i] - stats[0i]));
} else {
              condval_80 = 0.000000e+00f;
}
            e[0i] = condval_80;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_81 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_81 = e[0i];
} else {
              condval_81 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_81);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_82 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_82 = e[0i];
} else {
              condval_82 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_82);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_83 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_83 = e[0i];
} else {
              condval_83 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_83);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_84 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_84 = e[0i];
} else {
              condval_84 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_84);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_85 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_85 = e[0i];
} else {
              condval_85 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_85);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_86 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_86 = e[0i];
} else {
              condval_86 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_86);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_87 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_87 = e[0i];
} else {
              condval_87 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_87);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_88 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_88 = exp((xs[11i] - stats[0i]));
} else {
              condval_88 = 0.000000e+00f;
}
            e[0i] = condval_88;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_89 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_89 = e[0i];
} else {
              condval_89 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_89);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_90 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_90 = e[0i];
} else {
              condval_90 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_90);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_91 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_91 = e[0i];
} else {
              condval_91 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_91);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_92 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_92 = e[0i];
} else {
              condval_92 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_92);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_93 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_93 = e[0i];
} else {
              condval_93 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_93);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_94 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_94 = e[0i];
} else {
              condval_94 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_94);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_95 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_95 = e[0i];
} else {
              condval_95 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_95);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_96 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_96 = exp((xs[12i] - stats[0i]));
} else {
              condval_96 = 0.000000e+00f;
}
            e[0i] = condval_96;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_97 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_97 = e[0i];
} else {
              condval_97 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_97);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_98 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_98 = e[0i];
} else {
              condval_98 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_98);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_99 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_99 = e[0i];
} else {
              condval_99 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_99);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_100 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_100 = e[0i];
} else {
              condval_100 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_100);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_101 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_101 = e[0i];
} else {
              condval_101 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_101);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_102 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_102 = e[0i];
} else {
              condval_102 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_102);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_103 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_103 = e[0i];
} else {
              condval_103 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_103);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_104 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_104 = exp((xs[13i] - stats[0i]));
} else {
              condval_104 = 0.000000e+00f;
}
            e[0i] = condval_104;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_105 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_105 = e[0i];
} else {
              condval_105 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_105);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_106 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_106 = e[0i];
} else {
              condval_106 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_106);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_107 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_107 = e[0i];
} else {
              condval_107 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_107);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_108 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_108 = e[0i];
} else {
              condval_108 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_108);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_109 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_109 = e[0i];
} else {
              condval_109 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_109);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_110 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_110 = e[0i];
} else {
              condval_110 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_110);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_111 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_111 = e[0i];
} else {
              condval_111 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_111);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_112 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_112 = exp((xs[14i] - stats[0i]));
} else {
              condval_112 = 0.000000e+00f;
}
            e[0i] = condval_112;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_113 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_113 = e[0i];
} else {
              condval_113 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_113);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_114 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_114 = e[0i];
} else {
              condval_114 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_114);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_115 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_115 = e[0i];
} else {
              condval_115 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_115);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_116 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_116 = e[0i];
} else {
              condval_116 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_116);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_117 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_117 = e[0i];
} else {
              condval_117 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_117);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_118 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_118 = e[0i];
} else {
              condval_118 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_118);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_119 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_119 = e[0i];
} else {
              condval_119 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_119);
          }
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_120 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_120 = exp((xs[15i] - stats[0i]));
} else {
              condval_120 = 0.000000e+00f;
}
            e[0i] = condval_120;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_121 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_121 = e[0i];
} else {
              condval_121 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_121);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_122 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_122 = e[0i];
} else {
              condval_122 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_122);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_123 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_123 = e[0i];
} else {
              condval_123 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_123);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_124 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_124 = e[0i];
} else {
              condval_124 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_124);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_125 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_125 = e[0i];
} else {
              condval_125 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_125);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_126 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_126 = e[0i];
} else {
              condval_126 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_126);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_127 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_127 = e[0i];
} else {
              condval_127 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_127);
          }
        }
      }
      wide[i32(threadIdx.x)] = local[0i];
      wide[(i32(threadIdx.x) + 256i)] = local[1i];
      wide[(i32(threadIdx.x) + 512i)] = local[2i];
      wide[(i32(threadIdx.x) + 768i)] = local[3i];
      wide[(i32(threadIdx.x) + 1024i)] = local[4i];
      wide[(i32(threadIdx.x) + 1280i)] = local[5i];
      wide[(i32(threadIdx.x) + 1536i)] = local[6i];
      wide[(i32(threadIdx.x) + 1792i)] = local[7i];
      wide[(i32(threadIdx.x) + 2048i)] = local[8i];
      wide[(i32(threadIdx.x) + 2304i)] = local[9i];
      wide[(i32(threadIdx.x) + 2560i)] = local[10i];
      wide[(i32(threadIdx.x) + 2816i)] = local[11i];
      wide[(i32(threadIdx.x) + 3072i)] = local[12i];
      wide[(i32(threadIdx.x) + 3328i)] = local[13i];
      workgroupBarrier();
      if (i32(threadIdx.x) < 224i) {
        sums[0i] = wide[(i32(threadIdx.x) * 16i)];
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 1i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 2i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 3i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 4i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 5i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 6i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 7i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 8i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 9i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 10i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 11i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 12i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 13i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 14i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 15i)]);
        wide16[i32(threadIdx.x)] = sums[0i];
      }
      workgroupBarrier();
      sums[0i] = wide16[0i];
      sums[0i] = (sums[0i] + wide16[1i]);
      sums[0i] = (sums[0i] + wide16[2i]);
      sums[0i] = (sums[0i] + wide16[3i]);
      sums[0i] = (sums[0i] + wide16[4i]);
      sums[0i] = (sums[0i] + wide16[5i]);
      sums[0i] = (sums[0i] + wide16[6i]);
      sums[0i] = (sums[0i] + wide16[7i]);
      sums[0i] = (sums[0i] + wide16[8i]);
      sums[0i] = (sums[0i] + wide16[9i]);
      sums[0i] = (sums[0i] + wide16[10i]);
      sums[0i] = (sums[0i] + wide16[11i]);
      sums[0i] = (sums[0i] + wide16[12i]);
      sums[0i] = (sums[0i] + wide16[13i]);
      sums[0i] = (sums[0i] + wide16[14i]);
      sums[0i] = (sums[0i] + wide16[15i]);
      sums[1i] = wide16[16i];
      sums[1i] = (sums[1i] + wide16[17i]);
      sums[1i] = (sums[1i] + wide16[18i]);
      sums[1i] = (sums[1i] + wide16[19i]);
      sums[1i] = (sums[1i] + wide16[20i]);
      sums[1i] = (sums[1i] + wide16[21i]);
      sums[1i] = (sums[1i] + wide16[22i]);
      sums[1i] = (sums[1i] + wide16[23i]);
      sums[1i] = (sums[1i] + wide16[24i]);
      sums[1i] = (sums[1i] + wide16[25i]);
      sums[1i] = (sums[1i] + wide16[26i]);
      sums[1i] = (sums[1i] + wide16[27i]);
      sums[1i] = (sums[1i] + wide16[28i]);
      sums[1i] = (sums[1i] + wide16[29i]);
      sums[1i] = (sums[1i] + wide16[30i]);
      sums[1i] = (sums[1i] + wide16[31i]);
      sums[2i] = wide16[32i];
      sums[2i] = (sums[2i] + wide16[33i]);
      sums[2i] = (sums[2i] + wide16[34i]);
      sums[2i] = (sums[2i] + wide16[35i]);
      sums[2i] = (sums[2i] + wide16[36i]);
      sums[2i] = (sums[2i] + wide16[37i]);
      sums[2i] = (sums[2i] + wide16[38i]);
      sums[2i] = (sums[2i] + wide16[39i]);
      sums[2i] = (sums[2i] + wide16[40i]);
      sums[2i] = (sums[2i] + wide16[41i]);
      sums[2i] = (sums[2i] + wide16[42i]);
      sums[2i] = (sums[2i] + wide16[43i]);
      sums[2i] = (sums[2i] + wide16[44i]);
      sums[2i] = (sums[2i] + wide16[45i]);
      sums[2i] = (sums[2i] + wide16[46i]);
      sums[2i] = (sums[2i] + wide16[47i]);
      sums[3i] = wide16[48i];
      sums[3i] = (sums[3i] + wide16[49i]);
      sums[3i] = (sums[3i] + wide16[50i]);
      sums[3i] = (sums[3i] + wide16[51i]);
      sums[3i] = (sums[3i] + wide16[52i]);
      sums[3i] = (sums[3i] + wide16[53i]);
      sums[3i] = (sums[3i] + wide16[54i]);
      sums[3i] = (sums[3i] + wide16[55i]);
      sums[3i] = (sums[3i] + wide16[56i]);
      sums[3i] = (sums[3i] + wide16[57i]);
      sums[3i] = (sums[3i] + wide16[58i]);
      sums[3i] = (sums[3i] + wide16[59i]);
      sums[3i] = (sums[3i] + wide16[60i]);
      sums[3i] = (sums[3i] + wide16[61i]);
      sums[3i] = (sums[3i] + wide16[62i]);
      sums[3i] = (sums[3i] + wide16[63i]);
      sums[4i] = wide16[64i];
      sums[4i] = (sums[4i] + wide16[65i]);
      sums[4i] = (sums[4i] + wide16[66i]);
      sums[4i] = (sums[4i] + wide16[67i]);
      sums[4i] = (sums[4i] + wide16[68i]);
      sums[4i] = (sums[4i] + wide16[69i]);
      sums[4i] = (sums[4i] + wide16[70i]);
      sums[4i] = (sums[4i] + wide16[71i]);
      sums[4i] = (sums[4i] + wide16[72i]);
      sums[4i] = (sums[4i] + wide16[73i]);
      sums[4i] = (sums[4i] + wide16[74i]);
      sums[4i] = (sums[4i] + wide16[75i]);
      sums[4i] = (sums[4i] + wide16[76i]);
      sums[4i] = (sums[4i] + wide16[77i]);
      sums[4i] = (sums[4i] + wide16[78i]);
      sums[4i] = (sums[4i] + wide16[79i]);
      sums[5i] = wide16[80i];
      sums[5i] = (sums[5i] + wide16[81i]);
      sums[5i] = (sums[5i] + wide16[82i]);
      sums[5i] = (sums[5i] + wide16[83i]);
      sums[5i] = (sums[5i] + wide16[84i]);
      sums[5i] = (sums[5i] + wide16[85i]);
      sums[5i] = (sums[5i] + wide16[86i]);
      sums[5i] = (sums[5i] + wide16[87i]);
      sums[5i] = (sums[5i] + wide16[88i]);
      sums[5i] = (sums[5i] + wide16[89i]);
      sums[5i] = (sums[5i] + wide16[90i]);
      sums[5i] = (sums[5i] + wide16[91i]);
      sums[5i] = (sums[5i] + wide16[92i]);
      sums[5i] = (sums[5i] + wide16[93i]);
      sums[5i] = (sums[5i] + wide16[94i]);
      sums[5i] = (sums[5i] + wide16[95i]);
      sums[6i] = wide16[96i];
      sums[6i] = (sums[6i] + wide16[97i]);
      sums[6i] = (sums[6i] + wide16[98i]);
      sums[6i] = (sums[6i] + wide16[99i]);
      sums[6i] = (sums[6i] + wide16[100i]);
      sums[6i] = (sums[6i] + wide16[101i]);
      sums[6i] = (sums[6i] + wide16[102i]);
      sums[6i] = (sums[6i] + wide16[103i]);
      sums[6i] = (sums[6i] + wide16[104i]);
      sums[6i] = (sums[6i] + wide16[105i]);
      sums[6i] = (sums[6i] + wide16[106i]);
      sums[6i] = (sums[6i] + wide16[107i]);
      sums[6i] = (sums[6i] + wide16[108i]);
      sums[6i] = (sums[6i] + wide16[109i]);
      sums[6i] = (sums[6i] + wide16[110i]);
      sums[6i] = (sums[6i] + wide16[111i]);
      sums[7i] = wide16[112i];
      sums[7i] = (sums[7i] + wide16[113i]);
      sums[7i] = (sums[7i] + wide16[114i]);
      sums[7i] = (sums[7i] + wide16[115i]);
      sums[7i] = (sums[7i] + wide16[116i]);
      sums[7i] = (sums[7i] + wide16[117i]);
      sums[7i] = (sums[7i] + wide16[118i]);
      sums[7i] = (sums[7i] + wide16[119i]);
      sums[7i] = (sums[7i] + wide16[120i]);
      sums[7i] = (sums[7i] + wide16[121i]);
      sums[7i] = (sums[7i] + wide16[122i]);
      sums[7i] = (sums[7i] + wide16[123i]);
      sums[7i] = (sums[7i] + wide16[124i]);
      sums[7i] = (sums[7i] + wide16[125i]);
      sums[7i] = (sums[7i] + wide16[126i]);
      sums[7i] = (sums[7i] + wide16[127i]);
      sums[8i] = wide16[128i];
      sums[8i] = (sums[8i] + wide16[129i]);
      sums[8i] = (sums[8i] + wide16[130i]);
      sums[8i] = (sums[8i] + wide16[131i]);
      sums[8i] = (sums[8i] + wide16[132i]);
      sums[8i] = (sums[8i] + wide16[133i]);
      sums[8i] = (sums[8i] + wide16[134i]);
      sums[8i] = (sums[8i] + wide16[135i]);
      sums[8i] = (sums[8i] + wide16[136i]);
      sums[8i] = (sums[8i] + wide16[137i]);
      sums[8i] = (sums[8i] + wide16[138i]);
      sums[8i] = (sums[8i] + wide16[139i]);
      sums[8i] = (sums[8i] + wide16[140i]);
      sums[8i] = (sums[8i] + wide16[141i]);
      sums[8i] = (sums[8i] + wide16[142i]);
      sums[8i] = (sums[8i] + wide16[143i]);
      sums[9i] = wide16[144i];
      sums[9i] = (sums[9i] + wide16[145i]);
      sums[9i] = (sums[9i] + wide16[146i]);
      sums[9i] = (sums[9i] + wide16[147i]);
      sums[9i] = (sums[9i] + wide16[148i]);
      sums[9i] = (sums[9i] + wide16[149i]);
      sums[9i] = (sums[9i] + wide16[150i]);
      sums[9i] = (sums[9i] + wide16[151i]);
      sums[9i] = (sums[9i] + wide16[152i]);
      sums[9i] = (sums[9i] + wide16[153i]);
      sums[9i] = (sums[9i] + wide16[154i]);
      sums[9i] = (sums[9i] + wide16[155i]);
      sums[9i] = (sums[9i] + wide16[156i]);
      sums[9i] = (sums[9i] + wide16[157i]);
      sums[9i] = (sums[9i] + wide16[158i]);
      sums[9i] = (sums[9i] + wide16[159i]);
      sums[10i] = wide16[160i];
      sums[10i] = (sums[10i] + wide16[161i]);
      sums[10i] = (sums[10i] + wide16[162i]);
      sums[10i] = (sums[10i] + wide16[163i]);
      sums[10i] = (sums[10i] + wide16[164i]);
      sums[10i] = (sums[10i] + wide16[165i]);
      sums[10i] = (sums[10i] + wide16[166i]);
      sums[10i] = (sums[10i] + wide16[167i]);
      sums[10i] = (sums[10i] + wide16[168i]);
      sums[10i] = (sums[10i] + wide16[169i]);
      sums[10i] = (sums[10i] + wide16[170i]);
      sums[10i] = (sums[10i] + wide16[171i]);
      sums[10i] = (sums[10i] + wide16[172i]);
      sums[10i] = (sums[10i] + wide16[173i]);
      sums[10i] = (sums[10i] + wide16[174i]);
      sums[10i] = (sums[10i] + wide16[175i]);
      sums[11i] = wide16[176i];
      sums[11i] = (sums[11i] + wide16[177i]);
      sums[11i] = (sums[11i] + wide16[178i]);
      sums[11i] = (sums[11i] + wide16[179i]);
      sums[11i] = (sums[11i] + wide16[180i]);
      sums[11i] = (sums[11i] + wide16[181i]);
      sums[11i] = (sums[11i] + wide16[182i]);
      sums[11i] = (sums[11i] + wide16[183i]);
      sums[11i] = (sums[11i] + wide16[184i]);
      sums[11i] = (sums[11i] + wide16[185i]);
      sums[11i] = (sums[11i] + wide16[186i]);
      sums[11i] = (sums[11i] + wide16[187i]);
      sums[11i] = (sums[11i] + wide16[188i]);
      sums[11i] = (sums[11i] + wide16[189i]);
      sums[11i] = (sums[11i] + wide16[190i]);
      sums[11i] = (sums[11i] + wide16[191i]);
      sums[12i] = wide16[192i];
      sums[12i] = (sums[12i] + wide16[193i]);
      sums[12i] = (sums[12i] + wide16[194i]);
      sums[12i] = (sums[12i] + wide16[195i]);
      sums[12i] = (sums[12i] + wide16[196i]);
      sums[12i] = (sums[12i] + wide16[197i]);
      sums[12i] = (sums[12i] + wide16[198i]);
      sums[12i] = (sums[12i] + wide16[199i]);
      sums[12i] = (sums[12i] + wide16[200i]);
      sums[12i] = (sums[12i] + wide16[201i]);
      sums[12i] = (sums[12i] + wide16[202i]);
      sums[12i] = (sums[12i] + wide16[203i]);
      sums[12i] = (sums[12i] + wide16[204i]);
      sums[12i] = (sums[12i] + wide16[205i]);
      sums[12i] = (sums[12i] + wide16[206i]);
      sums[12i] = (sums[12i] + wide16[207i]);
      sums[13i] = wide16[208i];
      sums[13i] = (sums[13i] + wide16[209i]);
      sums[13i] = (sums[13i] + wide16[210i]);
      sums[13i] = (sums[13i] + wide16[211i]);
      sums[13i] = (sums[13i] + wide16[212i]);
      sums[13i] = (sums[13i] + wide16[213i]);
      sums[13i] = (sums[13i] + wide16[214i]);
      sums[13i] = (sums[13i] + wide16[215i]);
      sums[13i] = (sums[13i] + wide16[216i]);
      sums[13i] = (sums[13i] + wide16[217i]);
      sums[13i] = (sums[13i] + wide16[218i]);
      sums[13i] = (sums[13i] + wide16[219i]);
      sums[13i] = (sums[13i] + wide16[220i]);
      sums[13i] = (sums[13i] + wide16[221i]);
      sums[13i] = (sums[13i] + wide16[222i]);
      sums[13i] = (sums[13i] + wide16[223i]);
      workgroupBarrier();
      ok[0i] = i32(((sums[0i] < f32(podArgs.top_k)) && (sums[7i] < 3.000000e+38f)));
      ok[1i] = i32(((sums[1i] < f32(podArgs.top_k)) && (sums[8i] < 3.000000e+38f)));
      ok[2i] = i32(((sums[2i] < f32(podArgs.top_k)) && (sums[9i] < 3.000000e+38f)));
      ok[3i] = i32(((sums[3i] < f32(podArgs.top_k)) && (sums[10i] < 3.000000e+38f)));
      ok[4i] = i32(((sums[4i] < f32(podArgs.top_k)) && (sums[11i] < 3.000000e+38f)));
      ok[5i] = i32(((sums[5i] < f32(podArgs.top_k)) && (sums[12i] < 3.000000e+38f)));
      ok[6i] = i32(((sums[6i] < f32(podArgs.top_k)) && (sums[13i] < 3.000000e+38f)));
      var condval_128 : u32;
      if ((ok[6i] == 1i)) {
        condval_128 = cuts[6i];
} else {
        condval_128 = bounds[1i];
}
      bounds[1i] = condval_128;
      var condval_129 : u32;
      if ((ok[0i] == 0i)) {
        condval_129 = (cuts[0i] + 1u);
} else {
        condval_129 = bounds[0i];
}
      bounds[0i] = condval_129;
      var condval_130 : u32;
      if ((ok[5i] == 1i)) {
        condval_130 = cuts[5i];
} else {
        condval_130 = bounds[1i];
}
      bounds[1i] = condval_130;
      var condval_131 : u32;
      if ((ok[1i] == 0i)) {
        condval_131 = (cuts[1i] + 1u);
} else {
        condval_131 = bounds[0i];
}
      bounds[0i] = condval_131;
      var condval_132 : u32;
      if ((ok[4i] == 1i)) {
        condval_132 = cuts[4i];
} else {
        condval_132 = bounds[1i];
}
      bounds[1i] = condval_132;
      var condval_133 : u32;
      if ((ok[2i] == 0i)) {
        condval_133 = (cuts[2i] + 1u);
} else {
        condval_133 = bounds[0i];
}
      bounds[0i] = condval_133;
      var condval_134 : u32;
      if ((ok[3i] == 1i)) {
        condval_134 = cuts[3i];
} else {
        condval_134 = bounds[1i];
}
      bounds[1i] = condval_134;
      var condval_135 : u32;
      if ((ok[3i] == 0i)) {
        condval_135 = (cuts[3i] + 1u);
} else {
        condval_135 = bounds[0i];
}
      bounds[0i] = condval_135;
      var condval_136 : u32;
      if ((ok[2i] == 1i)) {
        condval_136 = cuts[2i];
} else {
        condval_136 = bounds[1i];
}
      bounds[1i] = condval_136;
      var condval_137 : u32;
      if ((ok[4i] == 0i)) {
        condval_137 = (cuts[4i] + 1u);
} else {
        condval_137 = bounds[0i];
}
      bounds[0i] = condval_137;
      var condval_138 : u32;
      if ((ok[1i] == 1i)) {
        condval_138 = cuts[1i];
} else {
        condval_138 = bounds[1i];
}
      bounds[1i] = condval_138;
      var condval_139 : u32;
      if ((ok[5i] == 0i)) {
        condval_139 = (cuts[5i] + 1u);
} else {
        condval_139 = bounds[0i];
}
      bounds[0i] = condval_139;
      var condval_140 : u32;
      if ((ok[0i] == 1i)) {
        condval_140 = cuts[0i];
} else {
        condval_140 = bounds[1i];
}
      bounds[1i] = condval_140;
      var condval_141 : u32;
      if ((ok[6i] == 0i)) {
        condval_141 = (cuts[6i] + 1u);
} else {
        condval_141 = bounds[0i];
}
      bounds[0i] = condval_141;
    }
    bounds[2i] = bounds[0i];
  }
  if (podArgs.top_p < 1.000000e+00f) {
    local[1i] = 0.000000e+00f;
    for (var p_2 : i32 = 0i; p_2 < ((podArgs.V + 4095i)>>12u); p_2++) {
      xs[0i] = scores_ptr[min(((p_2 * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
      xs[1i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
      xs[2i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
      xs[3i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
      xs[4i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
      xs[5i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
      xs[6i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
      xs[7i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
      xs[8i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
      xs[9i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
      xs[10i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
      xs[11i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
      xs[12i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
      xs[13i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
      xs[14i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
      xs[15i] = scores_ptr[min((((p_2 * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
      if (((p_2 * 4096i) + i32(threadIdx.x)) < podArgs.V) {
        var condval_142 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u))))) {
          condval_142 = exp((xs[0i] - stats[0i]));
} else {
          condval_142 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_142);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
        var condval_143 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u))))) {
          condval_143 = exp((xs[1i] - stats[0i]));
} else {
          condval_143 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_143);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
        var condval_144 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u))))) {
          condval_144 = exp((xs[2i] - stats[0i]));
} else {
          condval_144 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_144);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
        var condval_145 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u))))) {
          condval_145 = exp((xs[3i] - stats[0i]));
} else {
          condval_145 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_145);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
        var condval_146 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u))))) {
          condval_146 = exp((xs[4i] - stats[0i]));
} else {
          condval_146 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_146);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
        var condval_147 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u))))) {
          condval_147 = exp((xs[5i] - stats[0i]));
} else {
          condval_147 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_147);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
        var condval_148 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u))))) {
          condval_148 = exp((xs[6i] - stats[0i]));
} else {
          condval_148 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_148);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
        var condval_149 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u))))) {
          condval_149 = exp((xs[7i] - stats[0i]));
} else {
          condval_149 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_149);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
        var condval_150 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u))))) {
          condval_150 = exp((xs[8i] - stats[0i]));
} else {
          condval_150 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_150);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
        var condval_151 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u))))) {
          condval_151 = exp((xs[9i] - stats[0i]));
} else {
          condval_151 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_151);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
        var condval_152 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u))))) {
          condval_152 = exp((xs[10i] - stats[0i]));
} else {
          condval_152 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_152);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
        var condval_153 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u))))) {
          condval_153 = exp((xs[11i] - stats[0i]));
} else {
          condval_153 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_153);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
        var condval_154 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u))))) {
          condval_154 = exp((xs[12i] - stats[0i]));
} else {
          condval_154 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_154);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
        var condval_155 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u))))) {
          condval_155 = exp((xs[13i] - stats[0i]));
} else {
          condval_155 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_155);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
        var condval_156 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u))))) {
          condval_156 = exp((xs[14i] - stats[0i]));
} else {
          condval_156 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_156);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
        var condval_157 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u))))) {
          condval_157 = exp((xs[15i] - stats[0i]));
} else {
          condval_157 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_157);
      }
    }
    partial[i32(threadIdx.x)] = local[1i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 16i) {
      top_k_mass[0i] = partial[(i32(threadIdx.x) * 16i)];
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 1i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 2i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 3i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 4i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 5i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 6i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 7i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 8i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 9i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 10i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 11i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 12i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 13i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 14i)]);
      top_k_mass[0i] = (top_k_mass[0i] + partial[((i32(threadIdx.x) * 16i) + 15i)]);
      partial16[i32(threadIdx.x)] = top_k_mass[0i];
    }
    workgroupBarrier();
    top_k_mass[0i] = partial16[0i];
    top_k_mass[0i] = (top_k_mass[0i] + partial16[1i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[2i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[3i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[4i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[5i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[6i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[7i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[8i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[9i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[10i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[11i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[12i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[13i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[14i]);
    top_k_mass[0i] = (top_k_mass[0i] + partial16[15i]);
    workgroupBarrier();
    bounds[0i] = 0u;
    bounds[1i] = 4294967295u;
    for (var _round_1 : i32 = 0i; _round_1 < 11i; _round_1++) {
      cuts[0i] = (bounds[0i] + ((bounds[1i] - bounds[0i])>>3u));
      cuts[1i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 2u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 2u)>>3u));
      cuts[2i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 3u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 3u)>>3u));
      cuts[3i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 4u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 4u)>>3u));
      cuts[4i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 5u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 5u)>>3u));
      cuts[5i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 6u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 6u)>>3u));
      cuts[6i] = ((bounds[0i] + (((bounds[1i] - bounds[0i])>>3u) * 7u)) + ((((bounds[1i] - bounds[0i]) & 7u) * 7u)>>3u));
      local[0i] = 0.000000e+00f;
      local[1i] = 0.000000e+00f;
      local[2i] = 0.000000e+00f;
      local[3i] = 0.000000e+00f;
      local[4i] = 0.000000e+00f;
      local[5i] = 0.000000e+00f;
      local[6i] = 0.000000e+00f;
      local[7i] = 0.000000e+00f;
      local[8i] = 0.000000e+00f;
      local[9i] = 0.000000e+00f;
      local[10i] = 0.000000e+00f;
      local[11i] = 0.000000e+00f;
      local[12i] = 0.000000e+00f;
      local[13i] = 0.000000e+00f;
      for (var p_3 : i32 = 0i; p_3 < ((podArgs.V + 4095i)>>12u); p_3++) {
        xs[0i] = scores_ptr[min(((p_3 * 4096i) + i32(threadIdx.x)), (podArgs.V - 1i))];
        xs[1i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 256i), (podArgs.V - 1i))];
        xs[2i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 512i), (podArgs.V - 1i))];
        xs[3i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 768i), (podArgs.V - 1i))];
        xs[4i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 1024i), (podArgs.V - 1i))];
        xs[5i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 1280i), (podArgs.V - 1i))];
        xs[6i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 1536i), (podArgs.V - 1i))];
        xs[7i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 1792i), (podArgs.V - 1i))];
        xs[8i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 2048i), (podArgs.V - 1i))];
        xs[9i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 2304i), (podArgs.V - 1i))];
        xs[10i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 2560i), (podArgs.V - 1i))];
        xs[11i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 2816i), (podArgs.V - 1i))];
        xs[12i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 3072i), (podArgs.V - 1i))];
        xs[13i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 3328i), (podArgs.V - 1i))];
        xs[14i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 3584i), (podArgs.V - 1i))];
        xs[15i] = scores_ptr[min((((p_3 * 4096i) + i32(threadIdx.x)) + 3840i), (podArgs.V - 1i))];
        if (((p_3 * 4096i) + i32(threadIdx.x)) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_158 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_158 = exp((xs[0i] - stats[0i]));
} else {
              condval_158 = 0.000000e+00f;
}
            e[0i] = condval_158;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_159 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_159 = e[0i];
} else {
              condval_159 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_159);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_160 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_160 = e[0i];
} else {
              condval_160 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_160);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_161 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_161 = e[0i];
} else {
              condval_161 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_161);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_162 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_162 = e[0i];
} else {
              condval_162 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_162);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_163 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_163 = e[0i];
} else {
              condval_163 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_163);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_164 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_164 = e[0i];
} else {
              condval_164 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_164);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_165 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_165 = e[0i];
} else {
              condval_165 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_165);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_166 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_166 = exp((xs[1i] - stats[0i]));
} else {
              condval_166 = 0.000000e+00f;
}
            e[0i] = condval_166;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_167 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_167 = e[0i];
} else {
              condval_167 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_167);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_168 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_168 = e[0i];
} else {
              condval_168 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_168);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_169 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_169 = e[0i];
} else {
              condval_169 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_169);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_170 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_170 = e[0i];
} else {
              condval_170 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_170);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_171 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_171 = e[0i];
} else {
              condval_171 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_171);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_172 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_172 = e[0i];
} else {
              condval_172 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_172);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_173 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_173 = e[0i];
} else {
              condval_173 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_173);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_174 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_174 = exp((xs[2i] - stats[0i]));
} else {
              condval_174 = 0.000000e+00f;
}
            e[0i] = condval_174;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_175 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_175 = e[0i];
} else {
              condval_175 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_175);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_176 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_176 = e[0i];
} else {
              condval_176 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_176);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_177 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_177 = e[0i];
} else {
              condval_177 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_177);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_178 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_178 = e[0i];
} else {
              condval_178 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_178);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_179 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_179 = e[0i];
} else {
              condval_179 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_179);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_180 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_180 = e[0i];
} else {
              condval_180 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_180);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_181 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_181 = e[0i];
} else {
              condval_181 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_181);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_182 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_182 = exp((xs[3i] - stats[0i]));
} else {
              condval_182 = 0.000000e+00f;
}
            e[0i] = condval_182;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_183 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_183 = e[0i];
} else {
              condval_183 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_183);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_184 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_184 = e[0i];
} else {
              condval_184 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_184);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_185 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_185 = e[0i];
} else {
              condval_185 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_185);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_186 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_186 = e[0i];
} else {
              condval_186 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_186);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_187 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_187 = e[0i];
} else {
              condval_187 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_187);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_188 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_188 = e[0i];
} else {
              condval_188 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_188);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_189 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_189 = e[0i];
} else {
              condval_189 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_189);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_190 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_190 = exp((xs[4i] - stats[0i]));
} else {
              condval_190 = 0.000000e+00f;
}
            e[0i] = condval_190;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_191 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_191 = e[0i];
} else {
              condval_191 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_191);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_192 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_192 = e[0i];
} else {
              condval_192 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_192);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_193 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_193 = e[0i];
} else {
              condval_193 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_193);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_194 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_194 = e[0i];
} else {
              condval_194 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_194);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_195 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_195 = e[0i];
} else {
              condval_195 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_195);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_196 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_196 = e[0i];
} else {
              condval_196 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_196);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_197 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_197 = e[0i];
} else {
              condval_197 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_197);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_198 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_198 = exp((xs[5i] - stats[0i]));
} else {
              condval_198 = 0.000000e+00f;
}
            e[0i] = condval_198;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_199 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_199 = e[0i];
} else {
              condval_199 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_199);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_200 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_200 = e[0i];
} else {
              condval_200 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_200);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_201 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_201 = e[0i];
} else {
              condval_201 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_201);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_202 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_202 = e[0i];
} else {
              condval_202 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_202);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_203 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_203 = e[0i];
} else {
              condval_203 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_203);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_204 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_204 = e[0i];
} else {
              condval_204 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_204);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_205 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_205 = e[0i];
} else {
              condval_205 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_205);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_206 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_206 = exp((xs[6i] - stats[0i]));
} else {
              condval_206 = 0.000000e+00f;
}
            e[0i] = condval_206;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_207 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_207 = e[0i];
} else {
              condval_207 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_207);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_208 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_208 = e[0i];
} else {
              condval_208 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_208);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_209 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_209 = e[0i];
} else {
              condval_209 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_209);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_210 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_210 = e[0i];
} else {
              condval_210 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_210);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_211 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_211 = e[0i];
} else {
              condval_211 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_211);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_212 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_212 = e[0i];
} else {
              condval_212 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_212);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_213 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_213 = e[0i];
} else {
              condval_213 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_213);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_214 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_214 = exp((xs[7i] - stats[0i]));
} else {
              condval_214 = 0.000000e+00f;
}
            e[0i] = condval_214;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_215 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_215 = e[0i];
} else {
              condval_215 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_215);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_216 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_216 = e[0i];
} else {
              condval_216 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_216);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_217 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_217 = e[0i];
} else {
              condval_217 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_217);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_218 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_218 = e[0i];
} else {
              condval_218 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_218);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_219 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_219 = e[0i];
} else {
              condval_219 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_219);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_220 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_220 = e[0i];
} else {
              condval_220 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_220);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_221 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_221 = e[0i];
} else {
              condval_221 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_221);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_222 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_222 = exp((xs[8i] - stats[0i]));
} else {
              condval_222 = 0.000000e+00f;
}
            e[0i] = condval_222;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_223 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_223 = e[0i];
} else {
              condval_223 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_223);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_224 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_224 = e[0i];
} else {
              condval_224 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_224);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_225 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_225 = e[0i];
} else {
              condval_225 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_225);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_226 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_226 = e[0i];
} else {
              condval_226 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_226);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_227 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_227 = e[0i];
} else {
              condval_227 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_227);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_228 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_228 = e[0i];
} else {
              condval_228 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_228);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_229 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_229 = e[0i];
} else {
              condval_229 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_229);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_230 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_230 = exp((xs[9i] - stats[0i]));
} else {
              condval_230 = 0.000000e+00f;
}
            e[0i] = condval_230;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_231 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_231 = e[0i];
} else {
              condval_231 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_231);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_232 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_232 = e[0i];
} else {
              condval_232 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_232);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_233 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_233 = e[0i];
} else {
              condval_233 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_233);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_234 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_234 = e[0i];
} else {
              condval_234 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_234);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_235 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_235 = e[0i];
} else {
              condval_235 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_235);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_236 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_236 = e[0i];
} else {
              condval_236 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_236);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_237 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_237 = e[0i];
} else {
              condval_237 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_237);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_238 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_238 = exp((xs[10i] - stats[0i]));
} else {
              condval_238 = 0.000000e+00f;
}
            e[0i] = condval_238;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_239 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_239 = e[0i];
} else {
              condval_239 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_239);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_240 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_240 = e[0i];
} else {
              condval_240 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_240);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_241 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_241 = e[0i];
} else {
              condval_241 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_241);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_242 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_242 = e[0i];
} else {
              condval_242 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_242);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_243 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_243 = e[0i];
} else {
              condval_243 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_243);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_244 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_244 = e[0i];
} else {
              condval_244 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_244);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_245 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_245 = e[0i];
} else {
              condval_245 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_245);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_246 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_246 = exp((xs[11i] - stats[0i]));
} else {
              condval_246 = 0.000000e+00f;
}
            e[0i] = condval_246;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_247 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_247 = e[0i];
} else {
              condval_247 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_247);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_248 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_248 = e[0i];
} else {
              condval_248 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_248);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_249 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_249 = e[0i];
} else {
              condval_249 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_249);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_250 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_250 = e[0i];
} else {
              condval_250 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_250);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_251 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_251 = e[0i];
} else {
              condval_251 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_251);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_252 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_252 = e[0i];
} else {
              condval_252 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_252);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_253 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_253 = e[0i];
} else {
              condval_253 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_253);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_254 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_254 = exp((xs[12i] - stats[0i]));
} else {
              condval_254 = 0.000000e+00f;
}
            e[0i] = condval_254;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_255 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_255 = e[0i];
} else {
              condval_255 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_255);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_256 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_256 = e[0i];
} else {
              condval_256 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_256);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_257 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_257 = e[0i];
} else {
              condval_257 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_257);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_258 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_258 = e[0i];
} else {
              condval_258 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_258);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_259 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_259 = e[0i];
} else {
              condval_259 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_259);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_260 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_260 = e[0i];
} else {
              condval_260 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_260);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_261 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_261 = e[0i];
} else {
              condval_261 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_261);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_262 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_262 = exp((xs[13i] - stats[0i]));
} else {
              condval_262 = 0.000000e+00f;
}
            e[0i] = condval_262;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_263 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_263 = e[0i];
} else {
              condval_263 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_263);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_264 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_264 = e[0i];
} else {
              condval_264 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_264);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_265 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_265 = e[0i];
} else {
              condval_265 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_265);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_266 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_266 = e[0i];
} else {
              condval_266 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_266);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_267 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_267 = e[0i];
} else {
              condval_267 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_267);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_268 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_268 = e[0i];
} else {
              condval_268 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_268);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_269 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_269 = e[0i];
} else {
              condval_269 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_269);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_270 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_270 = exp((xs[14i] - stats[0i]));
} else {
              condval_270 = 0.000000e+00f;
}
            e[0i] = condval_270;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_271 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_271 = e[0i];
} else {
              condval_271 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_271);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_272 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_272 = e[0i];
} else {
              condval_272 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_272);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_273 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_273 = e[0i];
} else {
              condval_273 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_273);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_274 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_274 = e[0i];
} else {
              condval_274 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_274);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_275 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_275 = e[0i];
} else {
              condval_275 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_275);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_276 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_276 = e[0i];
} else {
              condval_276 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_276);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_277 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_277 = e[0i];
} else {
              condval_277 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_277);
          }
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
          key[0i] = (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u)));
          if (cuts[0i] < key[0i]) {
            var condval_278 : f32;
            if ((bounds[2i] <= key[0i])) {
              condval_278 = exp((xs[15i] - stats[0i]));
} else {
              condval_278 = 0.000000e+00f;
}
            e[0i] = condval_278;
            local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (cuts[0i] < key[0i])));
            var condval_279 : f32;
            if ((cuts[0i] < key[0i])) {
              condval_279 = e[0i];
} else {
              condval_279 = 0.000000e+00f;
}
            local[7i] = (local[7i] + condval_279);
            local[1i] = (local[1i] + select(0.000000e+00f, 1.000000e+00f, (cuts[1i] < key[0i])));
            var condval_280 : f32;
            if ((cuts[1i] < key[0i])) {
              condval_280 = e[0i];
} else {
              condval_280 = 0.000000e+00f;
}
            local[8i] = (local[8i] + condval_280);
            local[2i] = (local[2i] + select(0.000000e+00f, 1.000000e+00f, (cuts[2i] < key[0i])));
            var condval_281 : f32;
            if ((cuts[2i] < key[0i])) {
              condval_281 = e[0i];
} else {
              condval_281 = 0.000000e+00f;
}
            local[9i] = (local[9i] + condval_281);
            local[3i] = (local[3i] + select(0.000000e+00f, 1.000000e+00f, (cuts[3i] < key[0i])));
            var condval_282 : f32;
            if ((cuts[3i] < key[0i])) {
              condval_282 = e[0i];
} else {
              condval_282 = 0.000000e+00f;
}
            local[10i] = (local[10i] + condval_282);
            local[4i] = (local[4i] + select(0.000000e+00f, 1.000000e+00f, (cuts[4i] < key[0i])));
            var condval_283 : f32;
            if ((cuts[4i] < key[0i])) {
              condval_283 = e[0i];
} else {
              condval_283 = 0.000000e+00f;
}
            local[11i] = (local[11i] + condval_283);
            local[5i] = (local[5i] + select(0.000000e+00f, 1.000000e+00f, (cuts[5i] < key[0i])));
            var condval_284 : f32;
            if ((cuts[5i] < key[0i])) {
              condval_284 = e[0i];
} else {
              condval_284 = 0.000000e+00f;
}
            local[12i] = (local[12i] + condval_284);
            local[6i] = (local[6i] + select(0.000000e+00f, 1.000000e+00f, (cuts[6i] < key[0i])));
            var condval_285 : f32;
            if ((cuts[6i] < key[0i])) {
              condval_285 = e[0i];
} else {
              condval_285 = 0.000000e+00f;
}
            local[13i] = (local[13i] + condval_285);
          }
        }
      }
      wide[i32(threadIdx.x)] = local[0i];
      wide[(i32(threadIdx.x) + 256i)] = local[1i];
      wide[(i32(threadIdx.x) + 512i)] = local[2i];
      wide[(i32(threadIdx.x) + 768i)] = local[3i];
      wide[(i32(threadIdx.x) + 1024i)] = local[4i];
      wide[(i32(threadIdx.x) + 1280i)] = local[5i];
      wide[(i32(threadIdx.x) + 1536i)] = local[6i];
      wide[(i32(threadIdx.x) + 1792i)] = local[7i];
      wide[(i32(threadIdx.x) + 2048i)] = local[8i];
      wide[(i32(threadIdx.x) + 2304i)] = local[9i];
      wide[(i32(threadIdx.x) + 2560i)] = local[10i];
      wide[(i32(threadIdx.x) + 2816i)] = local[11i];
      wide[(i32(threadIdx.x) + 3072i)] = local[12i];
      wide[(i32(threadIdx.x) + 3328i)] = local[13i];
      workgroupBarrier();
      if (i32(threadIdx.x) < 224i) {
        sums[0i] = wide[(i32(threadIdx.x) * 16i)];
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 1i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 2i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 3i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 4i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 5i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 6i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 7i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 8i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 9i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 10i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 11i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 12i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 13i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 14i)]);
        sums[0i] = (sums[0i] + wide[((i32(threadIdx.x) * 16i) + 15i)]);
        wide16[i32(threadIdx.x)] = sums[0i];
      }
      workgroupBarrier();
      sums[0i] = wide16[0i];
      sums[0i] = (sums[0i] + wide16[1i]);
      sums[0i] = (sums[0i] + wide16[2i]);
      sums[0i] = (sums[0i] + wide16[3i]);
      sums[0i] = (sums[0i] + wide16[4i]);
      sums[0i] = (sums[0i] + wide16[5i]);
      sums[0i] = (sums[0i] + wide16[6i]);
      sums[0i] = (sums[0i] + wide16[7i]);
      sums[0i] = (sums[0i] + wide16[8i]);
      sums[0i] = (sums[0i] + wide16[9i]);
      sums[0i] = (sums[0i] + wide16[10i]);
      sums[0i] = (sums[0i] + wide16[11i]);
      sums[0i] = (sums[0i] + wide16[12i]);
      sums[0i] = (sums[0i] + wide16[13i]);
      sums[0i] = (sums[0i] + wide16[14i]);
      sums[0i] = (sums[0i] + wide16[15i]);
      sums[1i] = wide16[16i];
      sums[1i] = (sums[1i] + wide16[17i]);
      sums[1i] = (sums[1i] + wide16[18i]);
      sums[1i] = (sums[1i] + wide16[19i]);
      sums[1i] = (sums[1i] + wide16[20i]);
      sums[1i] = (sums[1i] + wide16[21i]);
      sums[1i] = (sums[1i] + wide16[22i]);
      sums[1i] = (sums[1i] + wide16[23i]);
      sums[1i] = (sums[1i] + wide16[24i]);
      sums[1i] = (sums[1i] + wide16[25i]);
      sums[1i] = (sums[1i] + wide16[26i]);
      sums[1i] = (sums[1i] + wide16[27i]);
      sums[1i] = (sums[1i] + wide16[28i]);
      sums[1i] = (sums[1i] + wide16[29i]);
      sums[1i] = (sums[1i] + wide16[30i]);
      sums[1i] = (sums[1i] + wide16[31i]);
      sums[2i] = wide16[32i];
      sums[2i] = (sums[2i] + wide16[33i]);
      sums[2i] = (sums[2i] + wide16[34i]);
      sums[2i] = (sums[2i] + wide16[35i]);
      sums[2i] = (sums[2i] + wide16[36i]);
      sums[2i] = (sums[2i] + wide16[37i]);
      sums[2i] = (sums[2i] + wide16[38i]);
      sums[2i] = (sums[2i] + wide16[39i]);
      sums[2i] = (sums[2i] + wide16[40i]);
      sums[2i] = (sums[2i] + wide16[41i]);
      sums[2i] = (sums[2i] + wide16[42i]);
      sums[2i] = (sums[2i] + wide16[43i]);
      sums[2i] = (sums[2i] + wide16[44i]);
      sums[2i] = (sums[2i] + wide16[45i]);
      sums[2i] = (sums[2i] + wide16[46i]);
      sums[2i] = (sums[2i] + wide16[47i]);
      sums[3i] = wide16[48i];
      sums[3i] = (sums[3i] + wide16[49i]);
      sums[3i] = (sums[3i] + wide16[50i]);
      sums[3i] = (sums[3i] + wide16[51i]);
      sums[3i] = (sums[3i] + wide16[52i]);
      sums[3i] = (sums[3i] + wide16[53i]);
      sums[3i] = (sums[3i] + wide16[54i]);
      sums[3i] = (sums[3i] + wide16[55i]);
      sums[3i] = (sums[3i] + wide16[56i]);
      sums[3i] = (sums[3i] + wide16[57i]);
      sums[3i] = (sums[3i] + wide16[58i]);
      sums[3i] = (sums[3i] + wide16[59i]);
      sums[3i] = (sums[3i] + wide16[60i]);
      sums[3i] = (sums[3i] + wide16[61i]);
      sums[3i] = (sums[3i] + wide16[62i]);
      sums[3i] = (sums[3i] + wide16[63i]);
      sums[4i] = wide16[64i];
      sums[4i] = (sums[4i] + wide16[65i]);
      sums[4i] = (sums[4i] + wide16[66i]);
      sums[4i] = (sums[4i] + wide16[67i]);
      sums[4i] = (sums[4i] + wide16[68i]);
      sums[4i] = (sums[4i] + wide16[69i]);
      sums[4i] = (sums[4i] + wide16[70i]);
      sums[4i] = (sums[4i] + wide16[71i]);
      sums[4i] = (sums[4i] + wide16[72i]);
      sums[4i] = (sums[4i] + wide16[73i]);
      sums[4i] = (sums[4i] + wide16[74i]);
      sums[4i] = (sums[4i] + wide16[75i]);
      sums[4i] = (sums[4i] + wide16[76i]);
      sums[4i] = (sums[4i] + wide16[77i]);
      sums[4i] = (sums[4i] + wide16[78i]);
      sums[4i] = (sums[4i] + wide16[79i]);
      sums[5i] = wide16[80i];
      sums[5i] = (sums[5i] + wide16[81i]);
      sums[5i] = (sums[5i] + wide16[82i]);
      sums[5i] = (sums[5i] + wide16[83i]);
      sums[5i] = (sums[5i] + wide16[84i]);
      sums[5i] = (sums[5i] + wide16[85i]);
      sums[5i] = (sums[5i] + wide16[86i]);
      sums[5i] = (sums[5i] + wide16[87i]);
      sums[5i] = (sums[5i] + wide16[88i]);
      sums[5i] = (sums[5i] + wide16[89i]);
      sums[5i] = (sums[5i] + wide16[90i]);
      sums[5i] = (sums[5i] + wide16[91i]);
      sums[5i] = (sums[5i] + wide16[92i]);
      sums[5i] = (sums[5i] + wide16[93i]);
      sums[5i] = (sums[5i] + wide16[94i]);
      sums[5i] = (sums[5i] + wide16[95i]);
      sums[6i] = wide16[96i];
      sums[6i] = (sums[6i] + wide16[97i]);
      sums[6i] = (sums[6i] + wide16[98i]);
      sums[6i] = (sums[6i] + wide16[99i]);
      sums[6i] = (sums[6i] + wide16[100i]);
      sums[6i] = (sums[6i] + wide16[101i]);
      sums[6i] = (sums[6i] + wide16[102i]);
      sums[6i] = (sums[6i] + wide16[103i]);
      sums[6i] = (sums[6i] + wide16[104i]);
      sums[6i] = (sums[6i] + wide16[105i]);
      sums[6i] = (sums[6i] + wide16[106i]);
      sums[6i] = (sums[6i] + wide16[107i]);
      sums[6i] = (sums[6i] + wide16[108i]);
      sums[6i] = (sums[6i] + wide16[109i]);
      sums[6i] = (sums[6i] + wide16[110i]);
      sums[6i] = (sums[6i] + wide16[111i]);
      sums[7i] = wide16[112i];
      sums[7i] = (sums[7i] + wide16[113i]);
      sums[7i] = (sums[7i] + wide16[114i]);
      sums[7i] = (sums[7i] + wide16[115i]);
      sums[7i] = (sums[7i] + wide16[116i]);
      sums[7i] = (sums[7i] + wide16[117i]);
      sums[7i] = (sums[7i] + wide16[118i]);
      sums[7i] = (sums[7i] + wide16[119i]);
      sums[7i] = (sums[7i] + wide16[120i]);
      sums[7i] = (sums[7i] + wide16[121i]);
      sums[7i] = (sums[7i] + wide16[122i]);
      sums[7i] = (sums[7i] + wide16[123i]);
      sums[7i] = (sums[7i] + wide16[124i]);
      sums[7i] = (sums[7i] + wide16[125i]);
      sums[7i] = (sums[7i] + wide16[126i]);
      sums[7i] = (sums[7i] + wide16[127i]);
      sums[8i] = wide16[128i];
      sums[8i] = (sums[8i] + wide16[129i]);
      sums[8i] = (sums[8i] + wide16[130i]);
      sums[8i] = (sums[8i] + wide16[131i]);
      sums[8i] = (sums[8i] + wide16[132i]);
      sums[8i] = (sums[8i] + wide16[133i]);
      sums[8i] = (sums[8i] + wide16[134i]);
      sums[8i] = (sums[8i] + wide16[135i]);
      sums[8i] = (sums[8i] + wide16[136i]);
      sums[8i] = (sums[8i] + wide16[137i]);
      sums[8i] = (sums[8i] + wide16[138i]);
      sums[8i] = (sums[8i] + wide16[139i]);
      sums[8i] = (sums[8i] + wide16[140i]);
      sums[8i] = (sums[8i] + wide16[141i]);
      sums[8i] = (sums[8i] + wide16[142i]);
      sums[8i] = (sums[8i] + wide16[143i]);
      sums[9i] = wide16[144i];
      sums[9i] = (sums[9i] + wide16[145i]);
      sums[9i] = (sums[9i] + wide16[146i]);
      sums[9i] = (sums[9i] + wide16[147i]);
      sums[9i] = (sums[9i] + wide16[148i]);
      sums[9i] = (sums[9i] + wide16[149i]);
      sums[9i] = (sums[9i] + wide16[150i]);
      sums[9i] = (sums[9i] + wide16[151i]);
      sums[9i] = (sums[9i] + wide16[152i]);
      sums[9i] = (sums[9i] + wide16[153i]);
      sums[9i] = (sums[9i] + wide16[154i]);
      sums[9i] = (sums[9i] + wide16[155i]);
      sums[9i] = (sums[9i] + wide16[156i]);
      sums[9i] = (sums[9i] + wide16[157i]);
      sums[9i] = (sums[9i] + wide16[158i]);
      sums[9i] = (sums[9i] + wide16[159i]);
      sums[10i] = wide16[160i];
      sums[10i] = (sums[10i] + wide16[161i]);
      sums[10i] = (sums[10i] + wide16[162i]);
      sums[10i] = (sums[10i] + wide16[163i]);
      sums[10i] = (sums[10i] + wide16[164i]);
      sums[10i] = (sums[10i] + wide16[165i]);
      sums[10i] = (sums[10i] + wide16[166i]);
      sums[10i] = (sums[10i] + wide16[167i]);
      sums[10i] = (sums[10i] + wide16[168i]);
      sums[10i] = (sums[10i] + wide16[169i]);
      sums[10i] = (sums[10i] + wide16[170i]);
      sums[10i] = (sums[10i] + wide16[171i]);
      sums[10i] = (sums[10i] + wide16[172i]);
      sums[10i] = (sums[10i] + wide16[173i]);
      sums[10i] = (sums[10i] + wide16[174i]);
      sums[10i] = (sums[10i] + wide16[175i]);
      sums[11i] = wide16[176i];
      sums[11i] = (sums[11i] + wide16[177i]);
      sums[11i] = (sums[11i] + wide16[178i]);
      sums[11i] = (sums[11i] + wide16[179i]);
      sums[11i] = (sums[11i] + wide16[180i]);
      sums[11i] = (sums[11i] + wide16[181i]);
      sums[11i] = (sums[11i] + wide16[182i]);
      sums[11i] = (sums[11i] + wide16[183i]);
      sums[11i] = (sums[11i] + wide16[184i]);
      sums[11i] = (sums[11i] + wide16[185i]);
      sums[11i] = (sums[11i] + wide16[186i]);
      sums[11i] = (sums[11i] + wide16[187i]);
      sums[11i] = (sums[11i] + wide16[188i]);
      sums[11i] = (sums[11i] + wide16[189i]);
      sums[11i] = (sums[11i] + wide16[190i]);
      sums[11i] = (sums[11i] + wide16[191i]);
      sums[12i] = wide16[192i];
      sums[12i] = (sums[12i] + wide16[193i]);
      sums[12i] = (sums[12i] + wide16[194i]);
      sums[12i] = (sums[12i] + wide16[195i]);
      sums[12i] = (sums[12i] + wide16[196i]);
      sums[12i] = (sums[12i] + wide16[197i]);
      sums[12i] = (sums[12i] + wide16[198i]);
      sums[12i] = (sums[12i] + wide16[199i]);
      sums[12i] = (sums[12i] + wide16[200i]);
      sums[12i] = (sums[12i] + wide16[201i]);
      sums[12i] = (sums[12i] + wide16[202i]);
      sums[12i] = (sums[12i] + wide16[203i]);
      sums[12i] = (sums[12i] + wide16[204i]);
      sums[12i] = (sums[12i] + wide16[205i]);
      sums[12i] = (sums[12i] + wide16[206i]);
      sums[12i] = (sums[12i] + wide16[207i]);
      sums[13i] = wide16[208i];
      sums[13i] = (sums[13i] + wide16[209i]);
      sums[13i] = (sums[13i] + wide16[210i]);
      sums[13i] = (sums[13i] + wide16[211i]);
      sums[13i] = (sums[13i] + wide16[212i]);
      sums[13i] = (sums[13i] + wide16[213i]);
      sums[13i] = (sums[13i] + wide16[214i]);
      sums[13i] = (sums[13i] + wide16[215i]);
      sums[13i] = (sums[13i] + wide16[216i]);
      sums[13i] = (sums[13i] + wide16[217i]);
      sums[13i] = (sums[13i] + wide16[218i]);
      sums[13i] = (sums[13i] + wide16[219i]);
      sums[13i] = (sums[13i] + wide16[220i]);
      sums[13i] = (sums[13i] + wide16[221i]);
      sums[13i] = (sums[13i] + wide16[222i]);
      sums[13i] = (sums[13i] + wide16[223i]);
      workgroupBarrier();
      ok[0i] = i32(((sums[0i] < 3.000000e+38f) && (sums[7i] < (podArgs.top_p * top_k_mass[0i]))));
      ok[1i] = i32(((sums[1i] < 3.000000e+38f) && (sums[8i] < (podArgs.top_p * top_k_mass[0i]))));
      ok[2i] = i32(((sums[2i] < 3.000000e+38f) && (sums[9i] < (podArgs.top_p * top_k_mass[0i]))));
      ok[3i] = i32(((sums[3i] < 3.000000e+38f) && (sums[10i] < (podArgs.top_p * top_k_mass[0i]))));
      ok[4i] = i32(((sums[4i] < 3.000000e+38f) && (sums[11i] < (podArgs.top_p * top_k_mass[0i]))));
      ok[5i] = i32(((sums[5i] < 3.000000e+38f) && (sums[12i] < (podArgs.top_p * top_k_mass[0i]))));
      ok[6i] = i32(((sums[6i] < 3.000000e+38f) && (sums[13i] < (podArgs.top_p * top_k_mass[0i]))));
      var condval_286 : u32;
      if ((ok[6i] == 1i)) {
        condval_286 = cuts[6i];
} else {
        condval_286 = bounds[1i];
}
      bounds[1i] = condval_286;
      var condval_287 : u32;
      if ((ok[0i] == 0i)) {
        condval_287 = (cuts[0i] + 1u);
} else {
        condval_287 = bounds[0i];
}
      bounds[0i] = condval_287;
      var condval_288 : u32;
      if ((ok[5i] == 1i)) {
        condval_288 = cuts[5i];
} else {
        condval_288 = bounds[1i];
}
      bounds[1i] = condval_288;
      var condval_289 : u32;
      if ((ok[1i] == 0i)) {
        condval_289 = (cuts[1i] + 1u);
} else {
        condval_289 = bounds[0i];
}
      bounds[0i] = condval_289;
      var condval_290 : u32;
      if ((ok[4i] == 1i)) {
        condval_290 = cuts[4i];
} else {
        condval_290 = bounds[1i];
}
      bounds[1i] = condval_290;
      var condval_291 : u32;
      if ((ok[2i] == 0i)) {
        condval_291 = (cuts[2i] + 1u);
} else {
        condval_291 = bounds[0i];
}
      bounds[0i] = condval_291;
      var condval_292 : u32;
      if ((ok[3i] == 1i)) {
        condval_292 = cuts[3i];
} else {
        condval_292 = bounds[1i];
}
      bounds[1i] = condval_292;
      var condval_293 : u32;
      if ((ok[3i] == 0i)) {
        condval_293 = (cuts[3i] + 1u);
} else {
        condval_293 = bounds[0i];
}
      bounds[0i] = condval_293;
      var condval_294 : u32;
      if ((ok[2i] == 1i)) {
        condval_294 = cuts[2i];
} else {
        condval_294 = bounds[1i];
}
      bounds[1i] = condval_294;
      var condval_295 : u32;
      if ((ok[4i] == 0i)) {
        condval_295 = (cuts[4i] + 1u);
} else {
        condval_295 = bounds[0i];
}
      bounds[0i] = condval_295;
      var condval_296 : u32;
      if ((ok[1i] == 1i)) {
        condval_296 = cuts[1i];
} else {
        condval_296 = bounds[1i];
}
      bounds[1i] = condval_296;
      var condval_297 : u32;
      if ((ok[5i] == 0i)) {
        condval_297 = (cuts[5i] + 1u);
} else {
        condval_297 = bounds[0i];
}
      bounds[0i] = condval_297;
      var condval_298 : u32;
      if ((ok[0i] == 1i)) {
        condval_298 = cuts[0i];
} else {
        condval_298 = bounds[1i];
}
      bounds[1i] = condval_298;
      var condval_299 : u32;
      if ((ok[6i] == 0i)) {
        condval_299 = (cuts[6i] + 1u);
} else {
        condval_299 = bounds[0i];
}
      bounds[0i] = condval_299;
    }
    bounds[2i] = max(bounds[2i], bounds[0i]);
  }
  if (i32(threadIdx.x) == 0i) {
    threshold_ptr[0i] = bounds[2i];
  }
}
