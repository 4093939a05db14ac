@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wmin_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> wq_ptr : array<vec4<u32>>;
@group(0) @binding(4) var<storage, read> wscale_ptr : array<f32>;
@group(0) @binding(5) var<storage, read> xq_ptr : array<vec4<u32>>;
@group(0) @binding(6) var<storage, read> xs_ptr : array<f32>;

struct PODArgs {
  Kb: i32,
  N: i32,
  Nb: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(7) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 256>;
var<workgroup> red16 : array<f32, 32>;
@compute @workgroup_size(128, 1, 1)
fn gemv8_q4_1_add_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var acc : array<f32, 2>;
  var lo : array<vec4<u32>, 1>;
  var hi : array<vec4<u32>, 1>;
  var wv : array<vec4<u32>, 1>;
  var dot : array<i32, 1>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    acc[0i] = 0.000000e+00f;
    acc[1i] = 0.000000e+00f;
    for (var bb : i32 = 0i; bb < (((podArgs.Kb + 127i) - i32(threadIdx.x))>>7u); bb++) {
      lo[0i] = xq_ptr[(((bb * 256i) + (i32(threadIdx.x) * 2i)) + ((i * podArgs.Kb) * 2i))];
      hi[0i] = xq_ptr[((((bb * 256i) + (i32(threadIdx.x) * 2i)) + ((i * podArgs.Kb) * 2i)) + 1i)];
      wv[0i] = wq_ptr[(((bb * 128i) + ((v__1 * podArgs.Kb) * 2i)) + i32(threadIdx.x))];
      dot[0i] = 0i;
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[0] & 252645135u), (lo[0i])[0])) + dot4I8Packed((((wv[0i])[0]>>4u) & 252645135u), (hi[0i])[0]));
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[1] & 252645135u), (lo[0i])[1])) + dot4I8Packed((((wv[0i])[1]>>4u) & 252645135u), (hi[0i])[1]));
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[2] & 252645135u), (lo[0i])[2])) + dot4I8Packed((((wv[0i])[2]>>4u) & 252645135u), (hi[0i])[2]));
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[3] & 252645135u), (lo[0i])[3])) + dot4I8Packed((((wv[0i])[3]>>4u) & 252645135u), (hi[0i])[3]));
      acc[0i] = fma(wmin_ptr[(((bb * 128i) + ((v__1 * podArgs.Kb) * 2i)) + i32(threadIdx.x))], xs_ptr[((((bb * 256i) + ((i * podArgs.Kb) * 2i)) + (i32(threadIdx.x) * 2i)) + 1i)], fma((wscale_ptr[(((bb * 128i) + ((v__1 * podArgs.Kb) * 2i)) + i32(threadIdx.x))] * f32(dot[0i])), xs_ptr[(((bb * 256i) + ((i * podArgs.Kb) * 2i)) + (i32(threadIdx.x) * 2i))], acc[0i]));
      wv[0i] = wq_ptr[(((bb * 128i) + (((v__1 * 2i) + 1i) * podArgs.Kb)) + i32(threadIdx.x))];
      dot[0i] = 0i;
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[0] & 252645135u), (lo[0i])[0])) + dot4I8Packed((((wv[0i])[0]>>4u) & 252645135u), (hi[0i])[0]));
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[1] & 252645135u), (lo[0i])[1])) + dot4I8Packed((((wv[0i])[1]>>4u) & 252645135u), (hi[0i])[1]));
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[2] & 252645135u), (lo[0i])[2])) + dot4I8Packed((((wv[0i])[2]>>4u) & 252645135u), (hi[0i])[2]));
      dot[0i] = ((dot[0i] + dot4I8Packed(((wv[0i])[3] & 252645135u), (lo[0i])[3])) + dot4I8Packed((((wv[0i])[3]>>4u) & 252645135u), (hi[0i])[3]));
      acc[1i] = fma(wmin_ptr[(((bb * 128i) + (((v__1 * 2i) + 1i) * podArgs.Kb)) + i32(threadIdx.x))], xs_ptr[((((bb * 256i) + ((i * podArgs.Kb) * 2i)) + (i32(threadIdx.x) * 2i)) + 1i)], fma((wscale_ptr[(((bb * 128i) + (((v__1 * 2i) + 1i) * podArgs.Kb)) + i32(threadIdx.x))] * f32(dot[0i])), xs_ptr[(((bb * 256i) + ((i * podArgs.Kb) * 2i)) + (i32(threadIdx.x) * 2i))], acc[1i]));
    }
    red[i32(threadIdx.x)] = acc[0i];
    red[(i32(threadIdx.x) + 128i)] = acc[1i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 32i) {
      acc[0i] = 0.000000e+00f;
      acc[0i] = (acc[0i] + red[(i32(threadIdx.x) * 8i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 1i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 2i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 3i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 4i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 5i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 6i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 7i)]);
      red16[i32(threadIdx.x)] = acc[0i];
    }
    workgroupBarrier();
    if (i32(threadIdx.x) < 2i) {
      acc[0i] = 0.000000e+00f;
      acc[0i] = (acc[0i] + red16[(i32(threadIdx.x) * 16i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 1i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 2i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 3i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 4i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 5i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 6i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 7i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 8i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 9i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 10i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 11i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 12i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 13i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 14i)]);
      acc[0i] = (acc[0i] + red16[((i32(threadIdx.x) * 16i) + 15i)]);
      out_ptr[(((v__1 * 2i) + (i * podArgs.N)) + i32(threadIdx.x))] = (acc[0i] + residual_ptr[(((v__1 * 2i) + (i * podArgs.N)) + i32(threadIdx.x))]);
    }
    workgroupBarrier();
  }
}
