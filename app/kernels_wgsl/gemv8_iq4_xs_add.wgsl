@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> xq_ptr : array<vec4<u32>>;
@group(0) @binding(4) var<storage, read> xs_ptr : array<f32>;

struct PODArgs {
  Kb: i32,
  N: i32,
  Nb: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

var<workgroup> table : array<u32, 256>;
var<workgroup> red : array<f32, 128>;
var<workgroup> red8 : array<f32, 16>;
@compute @workgroup_size(64, 1, 1)
fn gemv8_iq4_xs_add_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var acc : array<f32, 2>;
  var xv : array<vec4<u32>, 4>;
  var xf : array<f32, 2>;
  var wd : array<u32, 5>;
  var ip : array<i32, 2>;
  var blk : array<i32, 1>;
  var part : array<i32, 1>;
  table[(i32(threadIdx.x) * 4i)] = (((select(select(select(1901675829u, 639175937u, (((u32((i32(threadIdx.x) * 4i)) & 15u) / 12u) < 1u)), 4142587343u, (((u32((i32(threadIdx.x) * 4i)) & 15u)>>3u) < 1u)), 3215825025u, (((u32((i32(threadIdx.x) * 4i)) & 15u)>>2u) < 1u))>>(((u32((i32(threadIdx.x) * 4i)) & 15u) & 3u) * 8u)) & 255u) | (((select(select(select(1901675829u, 639175937u, (((u32((i32(threadIdx.x) * 4i))>>4u) / 12u) < 1u)), 4142587343u, (((u32((i32(threadIdx.x) * 4i))>>4u)>>3u) < 1u)), 3215825025u, (((u32((i32(threadIdx.x) * 4i))>>4u)>>2u) < 1u))>>(((u32((i32(threadIdx.x) * 4i))>>4u) & 3u) * 8u)) & 255u)<<16u));
  table[((i32(threadIdx.x) * 4i) + 1i)] = (((select(select(select(1901675829u, 639175937u, (((u32(((i32(threadIdx.x) * 4i) + 1i)) & 15u) / 12u) < 1u)), 4142587343u, (((u32(((i32(threadIdx.x) * 4i) + 1i)) & 15u)>>3u) < 1u)), 3215825025u, (((u32(((i32(threadIdx.x) * 4i) + 1i)) & 15u)>>2u) < 1u))>>(((u32(((i32(threadIdx.x) * 4i) + 1i)) & 15u) & 3u) * 8u)) & 255u) | (((select(select(select(1901675829u, 639175937u, (((u32(((i32(threadIdx.x) * 4i) + 1i))>>4u) / 12u) < 1u)), 4142587343u, (((u32(((i32(threadIdx.x) * 4i) + 1i))>>4u)>>3u) < 1u)), 3215825025u, (((u32(((i32(threadIdx.x) * 4i) + 1i))>>4u)>>2u) < 1u))>>(((u32(((i32(threadIdx.x) * 4i) + 1i))>>4u) & 3u) * 8u)) & 255u)<<16u));
  table[((i32(threadIdx.x) * 4i) + 2i)] = (((select(select(select(1901675829u, 639175937u, (((u32(((i32(threadIdx.x) * 4i) + 2i)) & 15u) / 12u) < 1u)), 4142587343u, (((u32(((i32(threadIdx.x) * 4i) + 2i)) & 15u)>>3u) < 1u)), 3215825025u, (((u32(((i32(threadIdx.x) * 4i) + 2i)) & 15u)>>2u) < 1u))>>(((u32(((i32(threadIdx.x) * 4i) + 2i)) & 15u) & 3u) * 8u)) & 255u) | (((select(select(select(1901675829u, 639175937u, (((u32(((i32(threadIdx.x) * 4i) + 2i))>>4u) / 12u) < 1u)), 4142587343u, (((u32(((i32(threadIdx.x) * 4i) + 2i))>>4u)>>3u) < 1u)), 3215825025u, (((u32(((i32(threadIdx.x) * 4i) + 2i))>>4u)>>2u) < 1u))>>(((u32(((i32(threadIdx.x) * 4i) + 2i))>>4u) & 3u) * 8u)) & 255u)<<16u));
  table[((i32(threadIdx.x) * 4i) + 3i)] = (((select(select(select(1901675829u, 639175937u, (((u32(((i32(threadIdx.x) * 4i) + 3i)) & 15u) / 12u) < 1u)), 4142587343u, (((u32(((i32(threadIdx.x) * 4i) + 3i)) & 15u)>>3u) < 1u)), 3215825025u, (((u32(((i32(threadIdx.x) * 4i) + 3i)) & 15u)>>2u) < 1u))>>(((u32(((i32(threadIdx.x) * 4i) + 3i)) & 15u) & 3u) * 8u)) & 255u) | (((select(select(select(1901675829u, 639175937u, (((u32(((i32(threadIdx.x) * 4i) + 3i))>>4u) / 12u) < 1u)), 4142587343u, (((u32(((i32(threadIdx.x) * 4i) + 3i))>>4u)>>3u) < 1u)), 3215825025u, (((u32(((i32(threadIdx.x) * 4i) + 3i))>>4u)>>2u) < 1u))>>(((u32(((i32(threadIdx.x) * 4i) + 3i))>>4u) & 3u) * 8u)) & 255u)<<16u));
  workgroupBarrier();
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
      xf[1i] = xs_ptr[((((blk[0i] * 16i) + (part[0i] * 4i)) + ((i * podArgs.Kb) * 2i)) + 2i)];
      wd[0i] = wq_ptr[(((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i))];
      wd[1i] = wq_ptr[((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + 1i)];
      ip[0i] = 0i;
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 2i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[0])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[0]));
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 3i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[1])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[1]));
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 4i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[2])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[2]));
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 5i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[3])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[3]));
      ip[1i] = 0i;
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 6i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[0])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[0]));
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 7i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[1])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[1]));
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 8i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[2])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[2]));
      wd[2i] = wq_ptr[(((((v__1 * (podArgs.Kb>>3u)) * 68i) + (blk[0i] * 34i)) + (part[0i] * 8i)) + 9i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[3])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[3]));
      acc[0i] = fma((unpack2x16float(wd[0i]))[0], fma(f32(((i32((((wd[1i]>>u32(((part[0i] * 8i) + 4i))) & 15u) | (((wd[0i]>>u32(((part[0i] * 4i) + 18i))) & 3u) * 16u))) - 32i) * ip[1i])), xf[1i], (f32(((i32((((wd[1i]>>u32((part[0i] * 8i))) & 15u) | (((wd[0i]>>u32(((part[0i] * 4i) + 16i))) & 3u) * 16u))) - 32i) * ip[0i])) * xf[0i])), acc[0i]);
      wd[0i] = wq_ptr[((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i))];
      wd[1i] = wq_ptr[(((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + 1i)];
      ip[0i] = 0i;
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 2i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[0])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[0]));
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 3i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[1])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[1]));
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 4i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[2])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[2]));
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 5i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[0i] = ((ip[0i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[0i])[3])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[1i])[3]));
      ip[1i] = 0i;
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 6i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[0])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[0]));
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 7i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[1])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[1]));
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 8i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[2])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[2]));
      wd[2i] = wq_ptr[((((blk[0i] * 34i) + ((((v__1 * 2i) + 1i) * (podArgs.Kb>>3u)) * 34i)) + (part[0i] * 8i)) + 9i)];
      wd[3i] = ((table[((wd[2i]>>0u) & 255u)] & 16711935u) | ((table[((wd[2i]>>8u) & 255u)] & 16711935u)<<8u));
      wd[4i] = ((table[((wd[2i]>>16u) & 255u)] & 16711935u) | ((table[((wd[2i]>>24u) & 255u)] & 16711935u)<<8u));
      ip[1i] = ((ip[1i] + dot4I8Packed(((wd[3i] & 65535u) | (wd[4i]<<16u)), (xv[2i])[3])) + dot4I8Packed(((wd[3i]>>16u) | (wd[4i] & 4294901760u)), (xv[3i])[3]));
      acc[1i] = fma((unpack2x16float(wd[0i]))[0], fma(f32(((i32((((wd[1i]>>u32(((part[0i] * 8i) + 4i))) & 15u) | (((wd[0i]>>u32(((part[0i] * 4i) + 18i))) & 3u) * 16u))) - 32i) * ip[1i])), xf[1i], (f32(((i32((((wd[1i]>>u32((part[0i] * 8i))) & 15u) | (((wd[0i]>>u32(((part[0i] * 4i) + 16i))) & 3u) * 16u))) - 32i) * ip[0i])) * xf[0i])), acc[1i]);
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
      out_ptr[(((v__1 * 2i) + (i * podArgs.N)) + i32(threadIdx.x))] = (acc[0i] + residual_ptr[(((v__1 * 2i) + (i * podArgs.N)) + i32(threadIdx.x))]);
    }
    workgroupBarrier();
  }
}
