enable f16;

@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> residual_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> x_ptr : array<f16>;

struct PODArgs {
  K: i32,
  N: i32,
  Nj: i32,
  n: i32,
  nt: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn mm8_f16_add_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var y_local : array<f32, 8>;
  y_local[0i] = 0.000000e+00f;
  y_local[1i] = 0.000000e+00f;
  y_local[2i] = 0.000000e+00f;
  y_local[3i] = 0.000000e+00f;
  y_local[4i] = 0.000000e+00f;
  y_local[5i] = 0.000000e+00f;
  y_local[6i] = 0.000000e+00f;
  y_local[7i] = 0.000000e+00f;
  for (var wd : i32 = 0i; wd < ((podArgs.K>>5u) * 16i); wd++) {
    let h : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[0i] = fma(f32(x_ptr[((wd * 2i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))), y_local[0i]);
    let h_1 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[1i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u)))), y_local[1i]);
    let h_2 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[2i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h_2>>15u)<<31u) | select(select((((((h_2>>10u) & 31u) + 112u)<<23u) | ((h_2 & 1023u)<<13u)), (2139095040u | ((h_2 & 1023u)<<13u)), (((h_2>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_2 & 1023u))) - 201326592u), 0u, ((h_2 & 1023u) == 0u)), (((h_2>>10u) & 31u) == 0u)))), y_local[2i]);
    let h_3 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[3i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h_3>>15u)<<31u) | select(select((((((h_3>>10u) & 31u) + 112u)<<23u) | ((h_3 & 1023u)<<13u)), (2139095040u | ((h_3 & 1023u)<<13u)), (((h_3>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_3 & 1023u))) - 201326592u), 0u, ((h_3 & 1023u) == 0u)), (((h_3>>10u) & 31u) == 0u)))), y_local[3i]);
    let h_4 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[4i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h_4>>15u)<<31u) | select(select((((((h_4>>10u) & 31u) + 112u)<<23u) | ((h_4 & 1023u)<<13u)), (2139095040u | ((h_4 & 1023u)<<13u)), (((h_4>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_4 & 1023u))) - 201326592u), 0u, ((h_4 & 1023u) == 0u)), (((h_4>>10u) & 31u) == 0u)))), y_local[4i]);
    let h_5 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[5i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h_5>>15u)<<31u) | select(select((((((h_5>>10u) & 31u) + 112u)<<23u) | ((h_5 & 1023u)<<13u)), (2139095040u | ((h_5 & 1023u)<<13u)), (((h_5>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_5 & 1023u))) - 201326592u), 0u, ((h_5 & 1023u) == 0u)), (((h_5>>10u) & 31u) == 0u)))), y_local[5i]);
    let h_6 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[6i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h_6>>15u)<<31u) | select(select((((((h_6>>10u) & 31u) + 112u)<<23u) | ((h_6 & 1023u)<<13u)), (2139095040u | ((h_6 & 1023u)<<13u)), (((h_6>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_6 & 1023u))) - 201326592u), 0u, ((h_6 & 1023u) == 0u)), (((h_6>>10u) & 31u) == 0u)))), y_local[6i]);
    let h_7 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u);
    y_local[7i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((h_7>>15u)<<31u) | select(select((((((h_7>>10u) & 31u) + 112u)<<23u) | ((h_7 & 1023u)<<13u)), (2139095040u | ((h_7 & 1023u)<<13u)), (((h_7>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_7 & 1023u))) - 201326592u), 0u, ((h_7 & 1023u) == 0u)), (((h_7>>10u) & 31u) == 0u)))), y_local[7i]);
    let h_8 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[0i] = fma(f32(x_ptr[(((wd * 2i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_8>>15u)<<31u) | select(select((((((h_8>>10u) & 31u) + 112u)<<23u) | ((h_8 & 1023u)<<13u)), (2139095040u | ((h_8 & 1023u)<<13u)), (((h_8>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_8 & 1023u))) - 201326592u), 0u, ((h_8 & 1023u) == 0u)), (((h_8>>10u) & 31u) == 0u)))), y_local[0i]);
    let h_9 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[1i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_9>>15u)<<31u) | select(select((((((h_9>>10u) & 31u) + 112u)<<23u) | ((h_9 & 1023u)<<13u)), (2139095040u | ((h_9 & 1023u)<<13u)), (((h_9>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_9 & 1023u))) - 201326592u), 0u, ((h_9 & 1023u) == 0u)), (((h_9>>10u) & 31u) == 0u)))), y_local[1i]);
    let h_10 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[2i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_10>>15u)<<31u) | select(select((((((h_10>>10u) & 31u) + 112u)<<23u) | ((h_10 & 1023u)<<13u)), (2139095040u | ((h_10 & 1023u)<<13u)), (((h_10>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_10 & 1023u))) - 201326592u), 0u, ((h_10 & 1023u) == 0u)), (((h_10>>10u) & 31u) == 0u)))), y_local[2i]);
    let h_11 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[3i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_11>>15u)<<31u) | select(select((((((h_11>>10u) & 31u) + 112u)<<23u) | ((h_11 & 1023u)<<13u)), (2139095040u | ((h_11 & 1023u)<<13u)), (((h_11>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_11 & 1023u))) - 201326592u), 0u, ((h_11 & 1023u) == 0u)), (((h_11>>10u) & 31u) == 0u)))), y_local[3i]);
    let h_12 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[4i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_12>>15u)<<31u) | select(select((((((h_12>>10u) & 31u) + 112u)<<23u) | ((h_12 & 1023u)<<13u)), (2139095040u | ((h_12 & 1023u)<<13u)), (((h_12>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_12 & 1023u))) - 201326592u), 0u, ((h_12 & 1023u) == 0u)), (((h_12>>10u) & 31u) == 0u)))), y_local[4i]);
    let h_13 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[5i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_13>>15u)<<31u) | select(select((((((h_13>>10u) & 31u) + 112u)<<23u) | ((h_13 & 1023u)<<13u)), (2139095040u | ((h_13 & 1023u)<<13u)), (((h_13>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_13 & 1023u))) - 201326592u), 0u, ((h_13 & 1023u) == 0u)), (((h_13>>10u) & 31u) == 0u)))), y_local[5i]);
    let h_14 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[6i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_14>>15u)<<31u) | select(select((((((h_14>>10u) & 31u) + 112u)<<23u) | ((h_14 & 1023u)<<13u)), (2139095040u | ((h_14 & 1023u)<<13u)), (((h_14>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_14 & 1023u))) - 201326592u), 0u, ((h_14 & 1023u) == 0u)), (((h_14>>10u) & 31u) == 0u)))), y_local[6i]);
    let h_15 : u32 = ((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u);
    y_local[7i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((h_15>>15u)<<31u) | select(select((((((h_15>>10u) & 31u) + 112u)<<23u) | ((h_15 & 1023u)<<13u)), (2139095040u | ((h_15 & 1023u)<<13u)), (((h_15>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_15 & 1023u))) - 201326592u), 0u, ((h_15 & 1023u) == 0u)), (((h_15>>10u) & 31u) == 0u)))), y_local[7i]);
  }
  for (var ax0 : i32 = 0i; ax0 < 8i; ax0++) {
    out_ptr[(((((i32(blockIdx.y) * podArgs.Nj) * 512i) + (v__1 * 64i)) + ((ax0 * podArgs.Nj) * 64i)) + i32(threadIdx.x))] = (y_local[ax0] + residual_ptr[(((v__1 * 64i) + (((i32(blockIdx.y) * 8i) + ax0) * podArgs.N)) + i32(threadIdx.x))]);
  }
}
