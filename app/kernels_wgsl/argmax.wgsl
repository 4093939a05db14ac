@group(0) @binding(0) var<storage, read_write> am_v0_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> am_v1_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> logits_ptr : array<f32>;

struct PODArgs {
  V: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red_buf0 : array<i32, 256>;
var<workgroup> red_buf1 : array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn argmax_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var in_thread_am_v0 : array<i32, 1>;
  var in_thread_am_v1 : array<f32, 1>;
  in_thread_am_v0[0i] = -1i;
  in_thread_am_v1[0i] = -3.402823e+38f;
  for (var v_0 : i32 = 0i; v_0 < ((podArgs.V + 255i)>>8u); v_0++) {
    if (((v_0 * 256i) + i32(threadIdx.x)) < podArgs.V) {
            var condval : i32;
      if (((logits_ptr[((v_0 * 256i) + i32(threadIdx.x))] < in_thread_am_v1[0i]) || ((in_thread_am_v1[0i] == logits_ptr[((v_0 * 256i) + i32(threadIdx.x))]) && (in_thread_am_v0[0i] < ((v_0 * 256i) + i32(threadIdx.x)))))) {
        condval = in_thread_am_v0[0i];
} else {
        condval = ((v_0 * 256i) + i32(threadIdx.x));
}
let v_am_v0 : i32 = condval;
            var condval_1 : f32;
      if ((logits_ptr[((v_0 * 256i) + i32(threadIdx.x))] < in_thread_am_v1[0i])) {
        condval_1 = in_thread_am_v1[0i];
} else {
        condval_1 = logits_ptr[((v_0 * 256i) + i32(threadIdx.x))];
}
let v_am_v1 : f32 = condval_1;
      in_thread_am_v0[0i] = v_am_v0;
      in_thread_am_v1[0i] = v_am_v1;
    }
  }
  workgroupBarrier();
  red_buf0[i32(threadIdx.x)] = in_thread_am_v0[0i];
  red_buf1[i32(threadIdx.x)] = in_thread_am_v1[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 128i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 128i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 128i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 128i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 128i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 128i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 128i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 64i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 64i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 64i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 64i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 64i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 64i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 64i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 32i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 32i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 32i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 32i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 32i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 32i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 32i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 16i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 16i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 16i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 16i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 16i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 16i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 8i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 8i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 8i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 8i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 8i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 8i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 8i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 4i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 4i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 4i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 4i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 4i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 4i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 2i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 2i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 2i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 2i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 2i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 2i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 2i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) < 1i) {
    red_buf0[i32(threadIdx.x)] = select(red_buf0[(i32(threadIdx.x) + 1i)], red_buf0[i32(threadIdx.x)], ((red_buf1[(i32(threadIdx.x) + 1i)] < red_buf1[i32(threadIdx.x)]) || ((red_buf1[i32(threadIdx.x)] == red_buf1[(i32(threadIdx.x) + 1i)]) && (red_buf0[i32(threadIdx.x)] < red_buf0[(i32(threadIdx.x) + 1i)]))));
    red_buf1[i32(threadIdx.x)] = select(red_buf1[(i32(threadIdx.x) + 1i)], red_buf1[i32(threadIdx.x)], (red_buf1[(i32(threadIdx.x) + 1i)] < red_buf1[i32(threadIdx.x)]));
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    am_v0_ptr[0i] = red_buf0[0i];
    am_v1_ptr[0i] = red_buf1[0i];
  }
}
