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

var<workgroup> red : array<f32, 128>;
var<workgroup> red8 : array<f32, 16>;
@compute @workgroup_size(64, 1, 1)
fn gemv8_q6_k_add_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var acc : array<f32, 2>;
  var xv : array<vec4<u32>, 4>;
  var xf : array<f32, 4>;
  var raw : array<u32, 18>;
  var wd : array<u32, 4>;
  var ip : array<i32, 4>;
  var blk : array<i32, 1>;
  var part : array<i32, 1>;
  for (var i : i32 = 0i; i < podArgs.n; i++) {
    acc[0i] = 0.000000e+00f;
    acc[1i] = 0.000000e+00f;
    for (var bb : i32 = 0i; bb < (((((podArgs.Kb>>3u) * 4i) + 63i) - i32(threadIdx.x))>>6u); bb++) {
      blk[0i] = ((bb * 16i) + (i32(threadIdx.x)>>2u));
      part[0i] = (i32(threadIdx.x) & 3i);
      xv[0i] = xq_ptr[((((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i)) + (part[0i] & 1i))];
      xf[0i] = xs_ptr[(((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i))];
      xv[1i] = xq_ptr[(((((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i)) + (part[0i] & 1i)) + 2i)];
      xf[1i] = xs_ptr[((((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i)) + 2i)];
      xv[2i] = xq_ptr[(((((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i)) + (part[0i] & 1i)) + 4i)];
      xf[2i] = xs_ptr[((((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i)) + 4i)];
      xv[3i] = xq_ptr[(((((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i)) + (part[0i] & 1i)) + 6i)];
      xf[3i] = xs_ptr[((((blk[0i] * 16i) + ((part[0i]>>1u) * 8i)) + ((i * podArgs.Kb) * 2i)) + 6i)];
      raw[0i] = wq_ptr[(((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u))];
      raw[1i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 1i)];
      raw[2i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 2i)];
      raw[3i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 3i)];
      raw[4i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 4i)];
      raw[5i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 8i)];
      raw[6i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 9i)];
      raw[7i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 10i)];
      raw[8i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 11i)];
      raw[9i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 12i)];
      raw[10i] = wq_ptr[((((part[0i] * 4i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 32i)];
      raw[11i] = wq_ptr[((((part[0i] * 4i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 33i)];
      raw[12i] = wq_ptr[((((part[0i] * 4i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 34i)];
      raw[13i] = wq_ptr[((((part[0i] * 4i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 35i)];
      raw[14i] = wq_ptr[((((part[0i] * 4i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 36i)];
      raw[15i] = wq_ptr[(((((part[0i]>>1u) * 2i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 48i)];
      raw[16i] = wq_ptr[(((((part[0i]>>1u) * 2i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 49i)];
      raw[17i] = wq_ptr[(((((part[0i]>>1u) * 2i) + ((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i)) + ((blk[0i] * 210i)>>2u)) + 50i)];
      wd[0i] = ((((((((raw[0i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[1i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[1i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[2i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[2i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[3i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[3i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[4i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[0i] = (((dot4I8Packed(wd[0i], (xv[0i])[0]) + dot4I8Packed(wd[1i], (xv[0i])[1])) + dot4I8Packed(wd[2i], (xv[0i])[2])) + dot4I8Packed(wd[3i], (xv[0i])[3]));
      wd[0i] = ((((((((raw[5i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[6i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[6i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[7i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[7i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[8i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[8i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[9i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[1i] = (((dot4I8Packed(wd[0i], (xv[1i])[0]) + dot4I8Packed(wd[1i], (xv[1i])[1])) + dot4I8Packed(wd[2i], (xv[1i])[2])) + dot4I8Packed(wd[3i], (xv[1i])[3]));
      wd[0i] = ((((((((raw[0i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[1i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[1i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[2i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[2i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[3i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[3i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[4i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[2i] = (((dot4I8Packed(wd[0i], (xv[2i])[0]) + dot4I8Packed(wd[1i], (xv[2i])[1])) + dot4I8Packed(wd[2i], (xv[2i])[2])) + dot4I8Packed(wd[3i], (xv[2i])[3]));
      wd[0i] = ((((((((raw[5i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[6i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[6i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[7i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[7i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[8i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[8i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[9i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[3i] = (((dot4I8Packed(wd[0i], (xv[3i])[0]) + dot4I8Packed(wd[1i], (xv[3i])[1])) + dot4I8Packed(wd[2i], (xv[3i])[2])) + dot4I8Packed(wd[3i], (xv[3i])[3]));
      acc[0i] = fma((unpack2x16float((wq_ptr[((((v__1 * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)) * 2i) + ((blk[0i] * 210i)>>2u)) + 52i)]>>u32(((blk[0i] & 1i) * 16i)))))[0], fma(f32((((i32(((((raw[16i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[17i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32((((part[0i] & 1i) * 8i) + 16i))) & 255u)) ^ 128i) - 128i) * ip[3i])), xf[3i], fma(f32((((i32(((((raw[16i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[17i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32(((part[0i] & 1i) * 8i))) & 255u)) ^ 128i) - 128i) * ip[2i])), xf[2i], fma(f32((((i32(((((raw[15i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[16i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32((((part[0i] & 1i) * 8i) + 16i))) & 255u)) ^ 128i) - 128i) * ip[1i])), xf[1i], (f32((((i32(((((raw[15i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[16i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32(((part[0i] & 1i) * 8i))) & 255u)) ^ 128i) - 128i) * ip[0i])) * xf[0i])))), acc[0i]);
      raw[0i] = wq_ptr[(((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u)))];
      raw[1i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 1i)];
      raw[2i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 2i)];
      raw[3i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 3i)];
      raw[4i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 4i)];
      raw[5i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 8i)];
      raw[6i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 9i)];
      raw[7i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 10i)];
      raw[8i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 11i)];
      raw[9i] = wq_ptr[((((((part[0i]>>1u) * 16i) + ((part[0i] & 1i) * 4i)) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 12i)];
      raw[10i] = wq_ptr[((((part[0i] * 4i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 32i)];
      raw[11i] = wq_ptr[((((part[0i] * 4i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 33i)];
      raw[12i] = wq_ptr[((((part[0i] * 4i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 34i)];
      raw[13i] = wq_ptr[((((part[0i] * 4i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 35i)];
      raw[14i] = wq_ptr[((((part[0i] * 4i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 36i)];
      raw[15i] = wq_ptr[(((((part[0i]>>1u) * 2i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 48i)];
      raw[16i] = wq_ptr[(((((part[0i]>>1u) * 2i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 49i)];
      raw[17i] = wq_ptr[(((((part[0i]>>1u) * 2i) + ((blk[0i] * 210i)>>2u)) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 50i)];
      wd[0i] = ((((((((raw[0i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[1i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[1i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[2i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[2i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[3i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[3i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[4i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[0i] = (((dot4I8Packed(wd[0i], (xv[0i])[0]) + dot4I8Packed(wd[1i], (xv[0i])[1])) + dot4I8Packed(wd[2i], (xv[0i])[2])) + dot4I8Packed(wd[3i], (xv[0i])[3]));
      wd[0i] = ((((((((raw[5i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[6i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[6i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[7i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[7i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[8i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[8i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[9i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>0u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>2u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[1i] = (((dot4I8Packed(wd[0i], (xv[1i])[0]) + dot4I8Packed(wd[1i], (xv[1i])[1])) + dot4I8Packed(wd[2i], (xv[1i])[2])) + dot4I8Packed(wd[3i], (xv[1i])[3]));
      wd[0i] = ((((((((raw[0i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[1i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[1i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[2i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[2i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[3i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[3i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[4i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[2i] = (((dot4I8Packed(wd[0i], (xv[2i])[0]) + dot4I8Packed(wd[1i], (xv[2i])[1])) + dot4I8Packed(wd[2i], (xv[2i])[2])) + dot4I8Packed(wd[3i], (xv[2i])[3]));
      wd[0i] = ((((((((raw[5i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[6i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[10i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[11i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[1i] = ((((((((raw[6i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[7i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[11i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[12i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[2i] = ((((((((raw[7i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[8i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[12i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[13i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      wd[3i] = ((((((((raw[8i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[9i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>4u) & 252645135u) | (((((raw[13i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[14i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>6u)<<4u) & 808464432u)) | 2155905152u) - 538976288u) ^ 2155905152u);
      ip[3i] = (((dot4I8Packed(wd[0i], (xv[3i])[0]) + dot4I8Packed(wd[1i], (xv[3i])[1])) + dot4I8Packed(wd[2i], (xv[3i])[2])) + dot4I8Packed(wd[3i], (xv[3i])[3]));
      acc[1i] = fma((unpack2x16float((wq_ptr[((((blk[0i] * 210i)>>2u) + (((v__1 * 2i) + 1i) * ((((podArgs.Kb>>3u) * 105i) + 1i)>>1u))) + 52i)]>>u32(((blk[0i] & 1i) * 16i)))))[0], fma(f32((((i32(((((raw[16i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[17i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32((((part[0i] & 1i) * 8i) + 16i))) & 255u)) ^ 128i) - 128i) * ip[3i])), xf[3i], fma(f32((((i32(((((raw[16i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[17i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32(((part[0i] & 1i) * 8i))) & 255u)) ^ 128i) - 128i) * ip[2i])), xf[2i], fma(f32((((i32(((((raw[15i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[16i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32((((part[0i] & 1i) * 8i) + 16i))) & 255u)) ^ 128i) - 128i) * ip[1i])), xf[1i], (f32((((i32(((((raw[15i]>>u32(((blk[0i] & 1i) * 16i))) | ((raw[16i]<<16u)<<(16u - u32(((blk[0i] & 1i) * 16i)))))>>u32(((part[0i] & 1i) * 8i))) & 255u)) ^ 128i) - 128i) * ip[0i])) * xf[0i])))), acc[1i]);
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
