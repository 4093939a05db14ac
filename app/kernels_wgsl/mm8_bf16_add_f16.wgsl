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
fn mm8_bf16_add_f16_kernel(
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
    y_local[0i] = fma(f32(x_ptr[((wd * 2i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[0i]);
    y_local[1i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[1i]);
    y_local[2i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[2i]);
    y_local[3i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[3i]);
    y_local[4i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[4i]);
    y_local[5i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[5i]);
    y_local[6i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[6i]);
    y_local[7i] = fma(f32(x_ptr[((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K))]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>0u) & 65535u)<<16u)), y_local[7i]);
    y_local[0i] = fma(f32(x_ptr[(((wd * 2i) + (min((i32(blockIdx.y) * 8i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[0i]);
    y_local[1i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 1i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[1i]);
    y_local[2i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 2i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[2i]);
    y_local[3i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 3i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[3i]);
    y_local[4i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 4i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[4i]);
    y_local[5i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 5i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[5i]);
    y_local[6i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 6i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[6i]);
    y_local[7i] = fma(f32(x_ptr[(((wd * 2i) + (min(((i32(blockIdx.y) * 8i) + 7i), (podArgs.n - 1i)) * podArgs.K)) + 1i)]), bitcast<f32>((((wq_ptr[((((v__1 * (podArgs.K>>5u)) * 1024i) + ((i32(threadIdx.x) * (podArgs.K>>5u)) * 16i)) + wd)]>>16u) & 65535u)<<16u)), y_local[7i]);
  }
  for (var ax0 : i32 = 0i; ax0 < 8i; ax0++) {
    out_ptr[(((((i32(blockIdx.y) * podArgs.Nj) * 512i) + (v__1 * 64i)) + ((ax0 * podArgs.Nj) * 64i)) + i32(threadIdx.x))] = (y_local[ax0] + residual_ptr[(((v__1 * 64i) + (((i32(blockIdx.y) * 8i) + ax0) * podArgs.N)) + i32(threadIdx.x))]);
  }
}
