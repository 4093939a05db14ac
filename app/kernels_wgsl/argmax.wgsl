@group(0) @binding(0) var<storage, read_write> am_v0_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> am_v1_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> logits_ptr : array<f32>;

struct PODArgs {
  V: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> partial : array<f32, 256>;
var<workgroup> part_i : array<i32, 256>;
@compute @workgroup_size(256, 1, 1)
fn argmax_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var best_v : array<f32, 1>;
  var best_i : array<i32, 1>;
  var xs : array<f32, 16>;
  var cv : array<f32, 1>;
  var ci : array<i32, 1>;
  best_v[0i] = -3.402823e+38f;
  best_i[0i] = -1i;
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
      if (best_v[0i] < xs[0i]) {
        best_v[0i] = xs[0i];
        best_i[0i] = ((p * 4096i) + i32(threadIdx.x));
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 256i) < podArgs.V) {
      if (best_v[0i] < xs[1i]) {
        best_v[0i] = xs[1i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 256i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 512i) < podArgs.V) {
      if (best_v[0i] < xs[2i]) {
        best_v[0i] = xs[2i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 512i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 768i) < podArgs.V) {
      if (best_v[0i] < xs[3i]) {
        best_v[0i] = xs[3i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 768i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1024i) < podArgs.V) {
      if (best_v[0i] < xs[4i]) {
        best_v[0i] = xs[4i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1024i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1280i) < podArgs.V) {
      if (best_v[0i] < xs[5i]) {
        best_v[0i] = xs[5i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1280i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1536i) < podArgs.V) {
      if (best_v[0i] < xs[6i]) {
        best_v[0i] = xs[6i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1536i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 1792i) < podArgs.V) {
      if (best_v[0i] < xs[7i]) {
        best_v[0i] = xs[7i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 1792i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2048i) < podArgs.V) {
      if (best_v[0i] < xs[8i]) {
        best_v[0i] = xs[8i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2048i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2304i) < podArgs.V) {
      if (best_v[0i] < xs[9i]) {
        best_v[0i] = xs[9i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2304i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2560i) < podArgs.V) {
      if (best_v[0i] < xs[10i]) {
        best_v[0i] = xs[10i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2560i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 2816i) < podArgs.V) {
      if (best_v[0i] < xs[11i]) {
        best_v[0i] = xs[11i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 2816i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3072i) < podArgs.V) {
      if (best_v[0i] < xs[12i]) {
        best_v[0i] = xs[12i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3072i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3328i) < podArgs.V) {
      if (best_v[0i] < xs[13i]) {
        best_v[0i] = xs[13i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3328i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3584i) < podArgs.V) {
      if (best_v[0i] < xs[14i]) {
        best_v[0i] = xs[14i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3584i);
      }
    }
    if ((((p * 4096i) + i32(threadIdx.x)) + 3840i) < podArgs.V) {
      if (best_v[0i] < xs[15i]) {
        best_v[0i] = xs[15i];
        best_i[0i] = (((p * 4096i) + i32(threadIdx.x)) + 3840i);
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
  if (i32(threadIdx.x) == 0i) {
    am_v0_ptr[0i] = best_i[0i];
    am_v1_ptr[0i] = best_v[0i];
  }
}
