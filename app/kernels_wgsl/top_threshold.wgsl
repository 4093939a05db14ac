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
@compute @workgroup_size(256, 1, 1)
fn top_threshold_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  var local : array<f32, 2>;
  var stats : array<f32, 1>;
  var bounds : array<u32, 3>;
  var count : array<f32, 1>;
  var mass : array<f32, 1>;
  var mid : array<u32, 1>;
  var x : array<f32, 1>;
  var k : array<u32, 1>;
  var ok : array<bool, 1>;
  var top_k_mass : array<f32, 1>;
  var x_1 : array<f32, 1>;
  var mid_1 : array<u32, 1>;
  var x_2 : array<f32, 1>;
  var k_1 : array<u32, 1>;
  var ok_1 : array<bool, 1>;
  local[0i] = -3.402823e+38f;
  for (var j : i32 = 0i; j < (((podArgs.V + 255i) - i32(threadIdx.x))>>8u); j++) {
    local[0i] = max(local[0i], scores_ptr[((j * 256i) + i32(threadIdx.x))]);
  }
  partial[i32(threadIdx.x)] = local[0i];
  workgroupBarrier();
  stats[0i] = -3.402823e+38f;
  for (var t : i32 = 0i; t < 256i; t++) {
    stats[0i] = max(stats[0i], partial[t]);
  }
  workgroupBarrier();
  bounds[2i] = 0u;
  if (0i < podArgs.top_k) {
    bounds[0i] = 0u;
    bounds[1i] = 4294967295u;
    for (var _round : i32 = 0i; _round < 32i; _round++) {
      mid[0i] = (bounds[0i] + ((bounds[1i] - bounds[0i])>>1u));
      local[0i] = 0.000000e+00f;
      local[1i] = 0.000000e+00f;
      for (var j_1 : i32 = 0i; j_1 < (((podArgs.V + 255i) - i32(threadIdx.x))>>8u); j_1++) {
        x[0i] = scores_ptr[((j_1 * 256i) + i32(threadIdx.x))];
        k[0i] = (bitcast<u32>(x[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(x[0i])>>31u) == 1u)));
        local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid[0i] < k[0i])));
        var condval : f32;
        if (((mid[0i] < k[0i]) && (bounds[2i] <= k[0i]))) {
          condval = exp((x[0i] - stats[0i]));
} else {
          condval = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval);
      }
      partial[i32(threadIdx.x)] = local[0i];
      workgroupBarrier();
      count[0i] = 0.000000e+00f;
      for (var t_1 : i32 = 0i; t_1 < 256i; t_1++) {
        count[0i] = (count[0i] + partial[t_1]);
      }
      workgroupBarrier();
      partial[i32(threadIdx.x)] = local[1i];
      workgroupBarrier();
      mass[0i] = 0.000000e+00f;
      for (var t_2 : i32 = 0i; t_2 < 256i; t_2++) {
        mass[0i] = (mass[0i] + partial[t_2]);
      }
      workgroupBarrier();
      ok[0i] = bool(((count[0i] < f32(podArgs.top_k)) && (mass[0i] < 3.000000e+38f)));
      var condval_1 : u32;
      if (bool(ok[0i])) {
        condval_1 = mid[0i];
} else {
        condval_1 = bounds[1i];
}
      bounds[1i] = condval_1;
      var condval_2 : u32;
      if (bool(ok[0i])) {
        condval_2 = bounds[0i];
} else {
        condval_2 = (mid[0i] + 1u);
}
      bounds[0i] = condval_2;
    }
    bounds[2i] = bounds[0i];
  }
  if (podArgs.top_p < 1.000000e+00f) {
    local[1i] = 0.000000e+00f;
    for (var j_2 : i32 = 0i; j_2 < (((podArgs.V + 255i) - i32(threadIdx.x))>>8u); j_2++) {
      x_1[0i] = scores_ptr[((j_2 * 256i) + i32(threadIdx.x))];
      var condval_3 : f32;
      if ((bounds[2i] <= (bitcast<u32>(x_1[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(x_1[0i])>>31u) == 1u))))) {
        condval_3 = exp((x_1[0i] - stats[0i]));
} else {
        condval_3 = 0.000000e+00f;
}
      local[1i] = (local[1i] + condval_3);
    }
    partial[i32(threadIdx.x)] = local[1i];
    workgroupBarrier();
    top_k_mass[0i] = 0.000000e+00f;
    for (var t_3 : i32 = 0i; t_3 < 256i; t_3++) {
      top_k_mass[0i] = (top_k_mass[0i] + partial[t_3]);
    }
    workgroupBarrier();
    bounds[0i] = 0u;
    bounds[1i] = 4294967295u;
    for (var _round_1 : i32 = 0i; _round_1 < 32i; _round_1++) {
      mid_1[0i] = (bounds[0i] + ((bounds[1i] - bounds[0i])>>1u));
      local[0i] = 0.000000e+00f;
      local[1i] = 0.000000e+00f;
      for (var j_3 : i32 = 0i; j_3 < (((podArgs.V + 255i) - i32(threadIdx.x))>>8u); j_3++) {
        x_2[0i] = scores_ptr[((j_3 * 256i) + i32(threadIdx.x))];
        k_1[0i] = (bitcast<u32>(x_2[0i]) ^ select(2147483648u, 4294967295u, ((bitcast<u32>(x_2[0i])>>31u) == 1u)));
        local[0i] = (local[0i] + select(0.000000e+00f, 1.000000e+00f, (mid_1[0i] < k_1[0i])));
        var condval_4 : f32;
        if (((mid_1[0i] < k_1[0i]) && (bounds[2i] <= k_1[0i]))) {
          condval_4 = exp((x_2[0i] - stats[0i]));
} else {
          condval_4 = 0.000000e+00f;
}
        local[1i] = (local[1i] + condval_4);
      }
      partial[i32(threadIdx.x)] = local[0i];
      workgroupBarrier();
      count[0i] = 0.000000e+00f;
      for (var t_4 : i32 = 0i; t_4 < 256i; t_4++) {
        count[0i] = (count[0i] + partial[t_4]);
      }
      workgroupBarrier();
      partial[i32(threadIdx.x)] = local[1i];
      workgroupBarrier();
      mass[0i] = 0.000000e+00f;
      for (var t_5 : i32 = 0i; t_5 < 256i; t_5++) {
        mass[0i] = (mass[0i] + partial[t_5]);
      }
      workgroupBarrier();
      ok_1[0i] = bool(((count[0i] < 3.000000e+38f) && (mass[0i] < (podArgs.top_p * top_k_mass[0i]))));
      var condval_5 : u32;
      if (bool(ok_1[0i])) {
        condval_5 = mid_1[0i];
} else {
        condval_5 = bounds[1i];
}
      bounds[1i] = condval_5;
      var condval_6 : u32;
      if (bool(ok_1[0i])) {
        condval_6 = bounds[0i];
} else {
        condval_6 = (mid_1[0i] + 1u);
}
      bounds[0i] = condval_6;
    }
    bounds[2i] = max(bounds[2i], bounds[0i]);
  }
  if (i32(threadIdx.x) == 0i) {
    threshold_ptr[0i] = bounds[2i];
  }
}
