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
@compute @workgroup_size(256, 1, 1)
fn top_threshold_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  var local : array<f32, 2>;
  var xs : array<f32, 16>;
  var stats : array<f32, 1>;
  var bounds : array<u32, 3>;
  var count : array<f32, 1>;
  var mass : array<f32, 1>;
  var mid : array<u32, 1>;
  var ok : array<bool, 1>;
  var top_k_mass : array<f32, 1>;
  var mid_1 : array<u32, 1>;
  var ok_1 : array<bool, 1>;
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
    for (var _round : i32 = 0i; _round < 32i; _round++) {
      mid[0i] = (bounds[0i] + ((bounds[1i] - bounds[0i])>>1u));
      local[0i] = 0.000000e+00f;
      local[1i] = 0.000000e+00f;
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
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u))))));
          var condval : f32;
          if (((mid[0i] < (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u)))))) {
            condval = exp((xs[0i] - stats[0i]));
} else {
            condval = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u))))));
          var condval_1 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u)))))) {
            condval_1 = exp((xs[1i] - stats[0i]));
} else {
            condval_1 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_1);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u))))));
          var condval_2 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u)))))) {
            condval_2 = exp((xs[2i] - stats[0i]));
} else {
            condval_2 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_2);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u))))));
          var condval_3 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u)))))) {
            condval_3 = exp((xs[3i] - stats[0i]));
} else {
            condval_3 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_3);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u))))));
          var condval_4 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u)))))) {
            condval_4 = exp((xs[4i] - stats[0i]));
} else {
            condval_4 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_4);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u))))));
          var condval_5 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u)))))) {
            condval_5 = exp((xs[5i] - stats[0i]));
} else {
            condval_5 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_5);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u))))));
          var condval_6 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u)))))) {
            condval_6 = exp((xs[6i] - stats[0i]));
} else {
            condval_6 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_6);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u))))));
          var condval_7 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u)))))) {
            condval_7 = exp((xs[7i] - stats[0i]));
} else {
            condval_7 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_7);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u))))));
          var condval_8 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u)))))) {
            condval_8 = exp((xs[8i] - stats[0i]));
} else {
            condval_8 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_8);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u))))));
          var condval_9 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u)))))) {
            condval_9 = exp((xs[9i] - stats[0i]));
} else {
            condval_9 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_9);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u))))));
          var condval_10 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u)))))) {
            condval_10 = exp((xs[10i] - stats[0i]));
} else {
            condval_10 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_10);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u))))));
          var condval_11 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u)))))) {
            condval_11 = exp((xs[11i] - stats[0i]));
} else {
            condval_11 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_11);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u))))));
          var condval_12 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u)))))) {
            condval_12 = exp((xs[12i] - stats[0i]));
} else {
            condval_12 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_12);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u))))));
          var condval_13 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u)))))) {
            condval_13 = exp((xs[13i] - stats[0i]));
} else {
            condval_13 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_13);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u))))));
          var condval_14 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u)))))) {
            condval_14 = exp((xs[14i] - stats[0i]));
} else {
            condval_14 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_14);
        }
        if ((((p_1 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u))))));
          var condval_15 : f32;
          if (((mid[0i] < (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u)))))) {
            condval_15 = exp((xs[15i] - stats[0i]));
} else {
            condval_15 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_15);
        }
      }
      partial[i32(threadIdx.x)] = local[0i];
      workgroupBarrier();
      if (i32(threadIdx.x) < 16i) {
        count[0i] = partial[(i32(threadIdx.x) * 16i)];
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 1i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 2i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 3i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 4i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 5i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 6i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 7i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 8i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 9i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 10i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 11i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 12i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 13i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 14i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 15i)]);
        partial16[i32(threadIdx.x)] = count[0i];
      }
      workgroupBarrier();
      count[0i] = partial16[0i];
      count[0i] = (count[0i] + partial16[1i]);
      count[0i] = (count[0i] + partial16[2i]);
      count[0i] = (count[0i] + partial16[3i]);
      count[0i] = (count[0i] + partial16[4i]);
      count[0i] = (count[0i] + partial16[5i]);
      count[0i] = (count[0i] + partial16[6i]);
      count[0i] = (count[0i] + partial16[7i]);
      count[0i] = (count[0i] + partial16[8i]);
      count[0i] = (count[0i] + partial16[9i]);
      count[0i] = (count[0i] + partial16[10i]);
      count[0i] = (count[0i] + partial16[11i]);
      count[0i] = (count[0i] + partial16[12i]);
      count[0i] = (count[0i] + partial16[13i]);
      count[0i] = (count[0i] + partial16[14i]);
      count[0i] = (count[0i] + partial16[15i]);
      workgroupBarrier();
      partial[i32(threadIdx.x)] = local[1i];
      workgroupBarrier();
      if (i32(threadIdx.x) < 16i) {
        mass[0i] = partial[(i32(threadIdx.x) * 16i)];
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 1i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 2i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 3i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 4i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 5i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 6i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 7i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 8i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 9i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 10i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 11i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 12i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 13i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 14i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 15i)]);
        partial16[i32(threadIdx.x)] = mass[0i];
      }
      workgroupBarrier();
      mass[0i] = partial16[0i];
      mass[0i] = (mass[0i] + partial16[1i]);
      mass[0i] = (mass[0i] + partial16[2i]);
      mass[0i] = (mass[0i] + partial16[3i]);
      mass[0i] = (mass[0i] + partial16[4i]);
      mass[0i] = (mass[0i] + partial16[5i]);
      mass[0i] = (mass[0i] + partial16[6i]);
      mass[0i] = (mass[0i] + partial16[7i]);
      mass[0i] = (mass[0i] + partial16[8i]);
      mass[0i] = (mass[0i] + partial16[9i]);
      mass[0i] = (mass[0i] + partial16[10i]);
      mass[0i] = (mass[0i] + partial16[11i]);
      mass[0i] = (mass[0i] + partial16[12i]);
      mass[0i] = (mass[0i] + partial16[13i]);
      mass[0i] = (mass[0i] + partial16[14i]);
      mass[0i] = (mass[0i] + partial16[15i]);
      workgroupBarrier();
      ok[0i] = bool(((count[0i] < f32(podArgs.top_k)) && (mass[0i] < 3.000000e+38f)));
      var condval_16 : u32;
      if (bool(ok[0i])) {
        condval_16 = mid[0i];
} else {
        condval_16 = bounds[1i];
}
      bounds[1i] = condval_16;
      var condval_17 : u32;
      if (bool(ok[0i])) {
        condval_17 = bounds[0i];
} else {
        condval_17 = (mid[0i] + 1u);
}
      bounds[0i] = condval_17;
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
        var condval_18 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u))))) {
          condval_18 = exp((xs[0i] - stats[0i]));
} else {
          condval_18 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_18);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
        var condval_19 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u))))) {
          condval_19 = exp((xs[1i] - stats[0i]));
} else {
          condval_19 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_19);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
        var condval_20 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u))))) {
          condval_20 = exp((xs[2i] - stats[0i]));
} else {
          condval_20 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_20);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
        var condval_21 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u))))) {
          condval_21 = exp((xs[3i] - stats[0i]));
} else {
          condval_21 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_21);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
        var condval_22 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u))))) {
          condval_22 = exp((xs[4i] - stats[0i]));
} else {
          condval_22 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_22);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
        var condval_23 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u))))) {
          condval_23 = exp((xs[5i] - stats[0i]));
} else {
          condval_23 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_23);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
        var condval_24 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u))))) {
          condval_24 = exp((xs[6i] - stats[0i]));
} else {
          condval_24 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_24);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
        var condval_25 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u))))) {
          condval_25 = exp((xs[7i] - stats[0i]));
} else {
          condval_25 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_25);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
        var condval_26 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u))))) {
          condval_26 = exp((xs[8i] - stats[0i]));
} else {
          condval_26 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_26);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
        var condval_27 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u))))) {
          condval_27 = exp((xs[9i] - stats[0i]));
} else {
          condval_27 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_27);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
        var condval_28 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u))))) {
          condval_28 = exp((xs[10i] - stats[0i]));
} else {
          condval_28 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_28);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
        var condval_29 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u))))) {
          condval_29 = exp((xs[11i] - stats[0i]));
} else {
          condval_29 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_29);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
        var condval_30 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u))))) {
          condval_30 = exp((xs[12i] - stats[0i]));
} else {
          condval_30 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_30);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
        var condval_31 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u))))) {
          condval_31 = exp((xs[13i] - stats[0i]));
} else {
          condval_31 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_31);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
        var condval_32 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u))))) {
          condval_32 = exp((xs[14i] - stats[0i]));
} else {
          condval_32 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_32);
      }
      if ((((p_2 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
        var condval_33 : f32;
        if ((bounds[2i] <= (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u))))) {
          condval_33 = exp((xs[15i] - stats[0i]));
} else {
          condval_33 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_33);
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
    for (var _round_1 : i32 = 0i; _round_1 < 32i; _round_1++) {
      mid_1[0i] = (bounds[0i] + ((bounds[1i] - bounds[0i])>>1u));
      local[0i] = 0.000000e+00f;
      local[1i] = 0.000000e+00f;
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
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u))))));
          var condval_34 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[0i])>>31u) == 1u)))))) {
            condval_34 = exp((xs[0i] - stats[0i]));
} else {
            condval_34 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_34);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u))))));
          var condval_35 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[1i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[1i])>>31u) == 1u)))))) {
            condval_35 = exp((xs[1i] - stats[0i]));
} else {
            condval_35 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_35);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u))))));
          var condval_36 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[2i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[2i])>>31u) == 1u)))))) {
            condval_36 = exp((xs[2i] - stats[0i]));
} else {
            condval_36 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_36);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u))))));
          var condval_37 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[3i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[3i])>>31u) == 1u)))))) {
            condval_37 = exp((xs[3i] - stats[0i]));
} else {
            condval_37 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_37);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u))))));
          var condval_38 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[4i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[4i])>>31u) == 1u)))))) {
            condval_38 = exp((xs[4i] - stats[0i]));
} else {
            condval_38 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_38);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u))))));
          var condval_39 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[5i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[5i])>>31u) == 1u)))))) {
            condval_39 = exp((xs[5i] - stats[0i]));
} else {
            condval_39 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_39);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u))))));
          var condval_40 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[6i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[6i])>>31u) == 1u)))))) {
            condval_40 = exp((xs[6i] - stats[0i]));
} else {
            condval_40 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_40);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u))))));
          var condval_41 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[7i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[7i])>>31u) == 1u)))))) {
            condval_41 = exp((xs[7i] - stats[0i]));
} else {
            condval_41 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_41);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u))))));
          var condval_42 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[8i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[8i])>>31u) == 1u)))))) {
            condval_42 = exp((xs[8i] - stats[0i]));
} else {
            condval_42 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_42);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u))))));
          var condval_43 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[9i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[9i])>>31u) == 1u)))))) {
            condval_43 = exp((xs[9i] - stats[0i]));
} else {
            condval_43 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_43);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u))))));
          var condval_44 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[10i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[10i])>>31u) == 1u)))))) {
            condval_44 = exp((xs[10i] - stats[0i]));
} else {
            condval_44 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_44);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u))))));
          var condval_45 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[11i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[11i])>>31u) == 1u)))))) {
            condval_45 = exp((xs[11i] - stats[0i]));
} else {
            condval_45 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_45);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u))))));
          var condval_46 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[12i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[12i])>>31u) == 1u)))))) {
            condval_46 = exp((xs[12i] - stats[0i]));
} else {
            condval_46 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_46);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u))))));
          var condval_47 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[13i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[13i])>>31u) == 1u)))))) {
            condval_47 = exp((xs[13i] - stats[0i]));
} else {
            condval_47 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_47);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u))))));
          var condval_48 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[14i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[14i])>>31u) == 1u)))))) {
            condval_48 = exp((xs[14i] - stats[0i]));
} else {
            condval_48 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_48);
        }
        if ((((p_3 * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
          local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u))))));
          var condval_49 : f32;
          if (((mid_1[0i] < (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u)))) && (bounds[2i] <= (bitcast<u32>(xs[15i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(xs[15i])>>31u) == 1u)))))) {
            condval_49 = exp((xs[15i] - stats[0i]));
} else {
            condval_49 = 0.000000e+00f;
}
          local[1i] = (local[1i] + condval_49);
        }
      }
      partial[i32(threadIdx.x)] = local[0i];
      workgroupBarrier();
      if (i32(threadIdx.x) < 16i) {
        count[0i] = partial[(i32(threadIdx.x) * 16i)];
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 1i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 2i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 3i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 4i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 5i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 6i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 7i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 8i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 9i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 10i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 11i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 12i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 13i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 14i)]);
        count[0i] = (count[0i] + partial[((i32(threadIdx.x) * 16i) + 15i)]);
        partial16[i32(threadIdx.x)] = count[0i];
      }
      workgroupBarrier();
      count[0i] = partial16[0i];
      count[0i] = (count[0i] + partial16[1i]);
      count[0i] = (count[0i] + partial16[2i]);
      count[0i] = (count[0i] + partial16[3i]);
      count[0i] = (count[0i] + partial16[4i]);
      count[0i] = (count[0i] + partial16[5i]);
      count[0i] = (count[0i] + partial16[6i]);
      count[0i] = (count[0i] + partial16[7i]);
      count[0i] = (count[0i] + partial16[8i]);
      count[0i] = (count[0i] + partial16[9i]);
      count[0i] = (count[0i] + partial16[10i]);
      count[0i] = (count[0i] + partial16[11i]);
      count[0i] = (count[0i] + partial16[12i]);
      count[0i] = (count[0i] + partial16[13i]);
      count[0i] = (count[0i] + partial16[14i]);
      count[0i] = (count[0i] + partial16[15i]);
      workgroupBarrier();
      partial[i32(threadIdx.x)] = local[1i];
      workgroupBarrier();
      if (i32(threadIdx.x) < 16i) {
        mass[0i] = partial[(i32(threadIdx.x) * 16i)];
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 1i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 2i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 3i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 4i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 5i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 6i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 7i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 8i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 9i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 10i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 11i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 12i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 13i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 14i)]);
        mass[0i] = (mass[0i] + partial[((i32(threadIdx.x) * 16i) + 15i)]);
        partial16[i32(threadIdx.x)] = mass[0i];
      }
      workgroupBarrier();
      mass[0i] = partial16[0i];
      mass[0i] = (mass[0i] + partial16[1i]);
      mass[0i] = (mass[0i] + partial16[2i]);
      mass[0i] = (mass[0i] + partial16[3i]);
      mass[0i] = (mass[0i] + partial16[4i]);
      mass[0i] = (mass[0i] + partial16[5i]);
      mass[0i] = (mass[0i] + partial16[6i]);
      mass[0i] = (mass[0i] + partial16[7i]);
      mass[0i] = (mass[0i] + partial16[8i]);
      mass[0i] = (mass[0i] + partial16[9i]);
      mass[0i] = (mass[0i] + partial16[10i]);
      mass[0i] = (mass[0i] + partial16[11i]);
      mass[0i] = (mass[0i] + partial16[12i]);
      mass[0i] = (mass[0i] + partial16[13i]);
      mass[0i] = (mass[0i] + partial16[14i]);
      mass[0i] = (mass[0i] + partial16[15i]);
      workgroupBarrier();
      ok_1[0i] = bool(((count[0i] < 3.000000e+38f) && (mass[0i] < (podArgs.top_p * top_k_mass[0i]))));
      var condval_50 : u32;
      if (bool(ok_1[0i])) {
        condval_50 = mid_1[0i];
} else {
        condval_50 = bounds[1i];
}
      bounds[1i] = condval_50;
      var condval_51 : u32;
      if (bool(ok_1[0i])) {
        condval_51 = bounds[0i];
} else {
        condval_51 = (mid_1[0i] + 1u);
}
      bounds[0i] = condval_51;
    }
    bounds[2i] = max(bounds[2i], bounds[0i]);
  }
  if (i32(threadIdx.x) == 0i) {
    threshold_ptr[0i] = bounds[2i];
  }
}
