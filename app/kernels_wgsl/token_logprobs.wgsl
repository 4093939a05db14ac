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
  var lse : array<f32, 1>;
  var total : array<f32, 1>;
  var best_i : array<i32, 1>;
  var skip : array<i32, 1>;
  var picked : array<i32, 20>;
  var better : array<bool, 1>;
  var better_1 : array<bool, 1>;
  best_v[0i] = -3.402823e+38f;
  for (var j : i32 = 0i; j < (((podArgs.V + 255i) - i32(threadIdx.x))>>8u); j++) {
    best_v[0i] = max(best_v[0i], logits_ptr[((j * 256i) + i32(threadIdx.x))]);
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
  for (var j_1 : i32 = 0i; j_1 < (((podArgs.V + 255i) - i32(threadIdx.x))>>8u); j_1++) {
    best_v[0i] = (best_v[0i] + exp((logits_ptr[((j_1 * 256i) + i32(threadIdx.x))] - lse[0i])));
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
    for (var j_2 : i32 = 0i; j_2 < (((podArgs.V + 255i) - i32(threadIdx.x))>>8u); j_2++) {
      skip[0i] = 0i;
      for (var q : i32 = 0i; q < r; q++) {
        var condval : i32;
        if ((picked[q] == ((j_2 * 256i) + i32(threadIdx.x)))) {
          condval = 1i;
} else {
          condval = skip[0i];
}
        skip[0i] = condval;
      }
      better[0i] = bool((best_v[0i] < logits_ptr[((j_2 * 256i) + i32(threadIdx.x))]));
      var condval_1 : i32;
      if (((skip[0i] == 0i) && bool(better[0i]))) {
        condval_1 = ((j_2 * 256i) + i32(threadIdx.x));
} else {
        condval_1 = best_i[0i];
}
      best_i[0i] = condval_1;
      var condval_2 : f32;
      if (((skip[0i] == 0i) && bool(better[0i]))) {
        condval_2 = logits_ptr[((j_2 * 256i) + i32(threadIdx.x))];
} else {
        condval_2 = best_v[0i];
}
      best_v[0i] = condval_2;
    }
    partial[i32(threadIdx.x)] = best_v[0i];
    part_i[i32(threadIdx.x)] = best_i[0i];
    workgroupBarrier();
    best_v[0i] = -3.402823e+38f;
    best_i[0i] = podArgs.V;
    for (var t : i32 = 0i; t < 256i; t++) {
      better_1[0i] = bool(((best_v[0i] < partial[t]) || ((partial[t] == best_v[0i]) && (part_i[t] < best_i[0i]))));
      var condval_3 : i32;
      if (bool(better_1[0i])) {
        condval_3 = part_i[t];
} else {
        condval_3 = best_i[0i];
}
      best_i[0i] = condval_3;
      var condval_4 : f32;
      if (bool(better_1[0i])) {
        condval_4 = partial[t];
} else {
        condval_4 = best_v[0i];
}
      best_v[0i] = condval_4;
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
