@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> wq_ptr : array<vec4<u32>>;
@group(0) @binding(2) var<storage, read> xq_ptr : array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> xs_ptr : array<f32>;

struct PODArgs {
  Kb: i32,
  N: i32,
  Nb: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 128>;
var<workgroup> red8 : array<f32, 16>;
@compute @workgroup_size(64, 1, 1)
fn gemv8_q4_k_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var acc : array<f32, 2>;
  var xv : array<vec4<u32>, 4>;
  var xf : array<f32, 4>;
  var wv : array<vec4<u32>, 3>;
  var ip : array<i32, 2>;
  var su : array<u32, 2>;
  var blk : array<i32, 1>;
  var part : array<i32, 1>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    acc[0i] = 0.000000e+00f;
    acc[1i] = 0.000000e+00f;
    for (var bb : i32 = 0i; bb < (((((podArgs.Kb>>3u) * 4i) + 63i) - i32(threadIdx.x))>>6u); bb++) {
      blk[0i] = ((bb * 16i) + (i32(threadIdx.x)>>2u));
      part[0i] = (i32(threadIdx.x) & 3i);
      xv[0i] = xq_ptr[(((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i))];
      xv[1i] = xq_ptr[((((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i)) + 1i)];
      xv[2i] = xq_ptr[((((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i)) + 2i)];
      xv[3i] = xq_ptr[((((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i)) + 3i)];
      xf[0i] = xs_ptr[(((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i))];
      xf[1i] = xs_ptr[((((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i)) + 1i)];
      xf[2i] = xs_ptr[((((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i)) + 2i)];
      xf[3i] = xs_ptr[((((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i)) + 3i)];
      wv[0i] = wq_ptr[(((v__1 * (podArgs.Kb>>3u)) * 18i) + (blk[0i] * 9i))];
      wv[1i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 18i) + (blk[0i] * 9i)) + (part[0i] * 2i)) + 1i)];
      wv[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 18i) + (blk[0i] * 9i)) + (part[0i] * 2i)) + 2i)];
      ip[0i] = 0i;
      ip[1i] = 0i;
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[0] & 252645135u), (xv[0i])[0])) + dot4I8Packed(((wv[2i])[0] & 252645135u), (xv[1i])[0]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[0]>>4u) & 252645135u), (xv[2i])[0])) + dot4I8Packed((((wv[2i])[0]>>4u) & 252645135u), (xv[3i])[0]));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[1] & 252645135u), (xv[0i])[1])) + dot4I8Packed(((wv[2i])[1] & 252645135u), (xv[1i])[1]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[1]>>4u) & 252645135u), (xv[2i])[1])) + dot4I8Packed((((wv[2i])[1]>>4u) & 252645135u), (xv[3i])[1]));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[2] & 252645135u), (xv[0i])[2])) + dot4I8Packed(((wv[2i])[2] & 252645135u), (xv[1i])[2]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[2]>>4u) & 252645135u), (xv[2i])[2])) + dot4I8Packed((((wv[2i])[2]>>4u) & 252645135u), (xv[3i])[2]));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[3] & 252645135u), (xv[0i])[3])) + dot4I8Packed(((wv[2i])[3] & 252645135u), (xv[1i])[3]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[3]>>4u) & 252645135u), (xv[2i])[3])) + dot4I8Packed((((wv[2i])[3]>>4u) & 252645135u), (xv[3i])[3]));
      var condval : u32;
      if ((part[0i] < 2i)) {
        condval = (((wv[0i])[1]>>u32(((part[0i] & 1i) * 16i))) & 16191u);
} else {
        condval = ((((wv[0i])[3]>>u32(((part[0i] & 1i) * 16i))) & 3855u) | (((wv[0i])[1]>>u32((((part[0i] & 1i) * 16i) + 2i))) & 12336u));
}
      su[0i] = condval;
      var condval_1 : u32;
      if ((part[0i] < 2i)) {
        condval_1 = (((wv[0i])[2]>>u32(((part[0i] & 1i) * 16i))) & 16191u);
} else {
        condval_1 = ((((wv[0i])[3]>>u32((((part[0i] & 1i) * 16i) + 4i))) & 3855u) | (((wv[0i])[2]>>u32((((part[0i] & 1i) * 16i) + 2i))) & 12336u));
}
      su[1i] = condval_1;
      acc[0i] = (fma((unpack2x16float((wv[0i])[0]))[0], fma(f32((i32(((su[0i]>>8u) & 255u)) * ip[1i])), xf[2i], (f32((i32((su[0i] & 255u)) * ip[0i])) * xf[0i])), acc[0i]) - ((unpack2x16float((wv[0i])[0]))[1] * fma(f32(((su[1i]>>8u) & 255u)), xf[3i], (f32((su[1i] & 255u)) * xf[1i]))));
      wv[0i] = wq_ptr[((blk[0i] * 9i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 9i))];
      wv[1i] = wq_ptr[((((blk[0i] * 9i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 9i)) + (part[0i] * 2i)) + 1i)];
      wv[2i] = wq_ptr[((((blk[0i] * 9i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 9i)) + (part[0i] * 2i)) + 2i)];
      ip[0i] = 0i;
      ip[1i] = 0i;
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[0] & 252645135u), (xv[0i])[0])) + dot4I8Packed(((wv[2i])[0] & 252645135u), (xv[1i])[0]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[0]>>4u) & 252645135u), (xv[2i])[0])) + dot4I8Packed((((wv[2i])[0]>>4u) & 252645135u), (xv[3i])[0]));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[1] & 252645135u), (xv[0i])[1])) + dot4I8Packed(((wv[2i])[1] & 252645135u), (xv[1i])[1]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[1]>>4u) & 252645135u), (xv[2i])[1])) + dot4I8Packed((((wv[2i])[1]>>4u) & 252645135u), (xv[3i])[1]));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[2] & 252645135u), (xv[0i])[2])) + dot4I8Packed(((wv[2i])[2] & 252645135u), (xv[1i])[2]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[2]>>4u) & 252645135u), (xv[2i])[2])) + dot4I8Packed((((wv[2i])[2]>>4u) & 252645135u), (xv[3i])[2]));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wv[1i])[3] & 252645135u), (xv[0i])[3])) + dot4I8Packed(((wv[2i])[3] & 252645135u), (xv[1i])[3]));
      ip[1i] = ((ip[1i] + dot4I8Packed((((wv[1i])[3]>>4u) & 252645135u), (xv[2i])[3])) + dot4I8Packed((((wv[2i])[3]>>4u) & 252645135u), (xv[3i])[3]));
      var condval_2 : u32;
      if ((part[0i] < 2i)) {
        condval_2 = (((wv[0i])[1]>>u32(((part[0i] & 1i) * 16i))) & 16191u);
} else {
        condval_2 = ((((wv[0i])[3]>>u32(((part[0i] & 1i) * 16i))) & 3855u) | (((wv[0i])[1]>>u32((((part[0i] & 1i) * 16i) + 2i))) & 12336u));
}
      su[0i] = condval_2;
      var condval_3 : u32;
      if ((part[0i] < 2i)) {
        condval_3 = (((wv[0i])[2]>>u32(((part[0i] & 1i) * 16i))) & 16191u);
} else {
        condval_3 = ((((wv[0i])[3]>>u32((((part[0i] & 1i) * 16i) + 4i))) & 3855u) | (((wv[0i])[2]>>u32((((part[0i] & 1i) * 16i) + 2i))) & 12336u));
}
      su[1i] = condval_3;
      acc[1i] = (fma((unpack2x16float((wv[0i])[0]))[0], fma(f32((i32(((su[0i]>>8u) & 255u)) * ip[1i])), xf[2i], (f32((i32((su[0i] & 255u)) * ip[0i])) * xf[0i])), acc[1i]) - ((unpack2x16float((wv[0i])[0]))[1] * fma(f32(((su[1i]>>8u) & 255u)), xf[3i], (f32((su[1i] & 255u)) * xf[1i]))));
    }
    red[i32(threadIdx.x)] = acc[0i];
    red[(i32(threadIdx.x) + 64i)] = acc[1i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 16i) {
      acc[0i] = 0.000000e+00f;
      acc[0i] = (acc[0i] + red[(i32(threadIdx.x) * 8i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 1i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 2i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 3i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 4i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 5i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 6i)]);
      acc[0i] = (acc[0i] + red[((i32(threadIdx.x) * 8i) + 7i)]);
      red8[i32(threadIdx.x)] = acc[0i];
    }
    workgroupBarrier();
    if (i32(threadIdx.x) < 2i) {
      acc[0i] = 0.000000e+00f;
      acc[0i] = (acc[0i] + red8[(i32(threadIdx.x) * 8i)]);
      acc[0i] = (acc[0i] + red8[((i32(threadIdx.x) * 8i) + 1i)]);
      acc[0i] = (acc[0i] + red8[((i32(threadIdx.x) * 8i) + 2i)]);
      acc[0i] = (acc[0i] + red8[((i32(threadIdx.x) * 8i) + 3i)]);
      acc[0i] = (acc[0i] + red8[((i32(threadIdx.x) * 8i) + 4i)]);
      acc[0i] = (acc[0i] + red8[((i32(threadIdx.x) * 8i) + 5i)]);
      acc[0i] = (acc[0i] + red8[((i32(threadIdx.x) * 8i) + 6i)]);
      acc[0i] = (acc[0i] + red8[((i32(threadIdx.x) * 8i) + 7i)]);
      out_ptr[(((v__1 * 2i) + (i * podArgs.N)) + i32(threadIdx.x))] = acc[0i];
    }
    workgroupBarrier();
  }
}
