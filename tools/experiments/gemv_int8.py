"""Experiment behind the gemv8_* products (BENCHMARKS.md, 2026-11-30): is the q4 decode product bound by
memory or by its dequantization arithmetic? Three hand-written WGSL loops over the same q4_0 matrix
(8 rows per workgroup of 64, one 16-byte block word per row and step): load-only (reads every weight and
scale, no math), f32 dequantization (the gemv4_* arithmetic), and dot4I8Packed against int8 activations.
Each is checked against float64 (the int8 one against the int8-rounded input). Not a kernel source: the
engine's kernels come from build_tools/kernels/.

    python tools/experiments/gemv_int8.py [NxK]      (default 28672x4096)
"""
import sys
import numpy as np, wgpu

N, K = (28672, 4096) if len(sys.argv) < 2 else map(int, sys.argv[1].split("x"))
Kb = K // 32
R = 8
COMMON = """
@group(0) @binding(0) var<storage, read> wq: array<vec4<u32>>;   // [N, Kb]
@group(0) @binding(1) var<storage, read> ws: array<f32>;         // [N, Kb]
@group(0) @binding(2) var<storage, read> xf: array<vec4<f32>>;   // [Kb * 8]
@group(0) @binding(3) var<storage, read> xq: array<vec4<u32>>;   // [Kb * 2]: int8 x, lo then hi
@group(0) @binding(4) var<storage, read> xs: array<vec2<f32>>;   // [Kb]: x scale, 8 * sum of int8 x * scale
@group(0) @binding(5) var<storage, read_write> y: array<f32>;    // [N]
const KB: u32 = %du;
var<workgroup> red: array<array<f32, 8>, 64>;
fn finish(tx: u32, jb: u32, acc: array<f32, 8>) {
  for (var r = 0u; r < 8u; r++) { red[tx][r] = acc[r]; }
  workgroupBarrier();
  if (tx < 8u) { var s = 0.0; for (var t = 0u; t < 64u; t++) { s += red[t][tx]; } y[jb * 8u + tx] = s; }
}
""" % Kb
F32 = COMMON + """
fn nib(w: u32, s0: u32) -> vec4<f32> {
  let b = (vec4<u32>(w) >> vec4<u32>(s0, s0 + 8u, s0 + 16u, s0 + 24u)) & vec4<u32>(15u);
  return bitcast<vec4<f32>>(b | vec4<u32>(0x4B000000u)) - vec4<f32>(8388616.0);
}
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) tx: u32) {
  let jb = wg.x;
  var acc: array<f32, 8>;
  for (var b = tx; b < KB; b += 64u) {
    var xv: array<vec4<f32>, 8>;
    for (var k = 0u; k < 8u; k++) { xv[k] = xf[b * 8u + k]; }
    for (var r = 0u; r < 8u; r++) {
      let w = wq[(jb * 8u + r) * KB + b];
      var p = nib(w.x, 0u) * xv[0] + nib(w.x, 4u) * xv[4];
      p += nib(w.y, 0u) * xv[1] + nib(w.y, 4u) * xv[5];
      p += nib(w.z, 0u) * xv[2] + nib(w.z, 4u) * xv[6];
      p += nib(w.w, 0u) * xv[3] + nib(w.w, 4u) * xv[7];
      acc[r] += ws[(jb * 8u + r) * KB + b] * (p.x + p.y + p.z + p.w);
    }
  }
  finish(tx, jb, acc);
}
"""
DP4 = COMMON + """
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) tx: u32) {
  let jb = wg.x;
  var acc: array<f32, 8>;
  for (var b = tx; b < KB; b += 64u) {
    let lo = xq[b * 2u];
    let hi = xq[b * 2u + 1u];
    let sc = xs[b];
    for (var r = 0u; r < 8u; r++) {
      let w = wq[(jb * 8u + r) * KB + b];
      let m = vec4<u32>(0x0F0F0F0Fu);
      let wl = w & m;
      let wh = (w >> vec4<u32>(4u)) & m;
      let s = dot4I8Packed(wl.x, lo.x) + dot4I8Packed(wl.y, lo.y) + dot4I8Packed(wl.z, lo.z) + dot4I8Packed(wl.w, lo.w)
            + dot4I8Packed(wh.x, hi.x) + dot4I8Packed(wh.y, hi.y) + dot4I8Packed(wh.z, hi.z) + dot4I8Packed(wh.w, hi.w);
      acc[r] += ws[(jb * 8u + r) * KB + b] * (f32(s) * sc.x - sc.y);
    }
  }
  finish(tx, jb, acc);
}
"""
LOAD = COMMON + """
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) tx: u32) {
  let jb = wg.x;
  var acc: array<f32, 8>;
  for (var b = tx; b < KB; b += 64u) {
    for (var r = 0u; r < 8u; r++) {
      let w = wq[(jb * 8u + r) * KB + b];
      acc[r] += ws[(jb * 8u + r) * KB + b] * f32((w.x ^ w.y) ^ (w.z ^ w.w));
    }
  }
  finish(tx, jb, acc);
}
"""
adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
lim = adapter.limits
dev = adapter.request_device_sync(required_features=["timestamp-query", "timestamp-query-inside-passes"] if "timestamp-query-inside-passes" in adapter.features else [],
    required_limits={k: lim[k] for k in ("max-storage-buffer-binding-size", "max-buffer-size", "max-storage-buffers-per-shader-stage")})
print(adapter.info["device"], N, K)
rng = np.random.default_rng(0)
Wq = rng.integers(0, 2**32, (N, Kb * 4), dtype=np.uint32)
Ws = (rng.random((N, Kb)) * 0.01).astype(np.float32)
x = rng.standard_normal(K).astype(np.float32)
# reference (float64)
nib = np.zeros((N, K), np.float64)
by = Wq.view(np.uint8).reshape(N, Kb, 16)
vals = np.concatenate([by & 15, by >> 4], axis=2).astype(np.float64) - 8  # element e: byte e (low) / e - 16 (high)
Wd = (vals * Ws[:, :, None]).reshape(N, K)
yref = Wd @ x.astype(np.float64)
# x quantized to int8 per block (q8): element order lo = elements 0..15 of the block, hi = 16..31
xb = x.reshape(Kb, 32).astype(np.float64)
scale = np.abs(xb).max(1) / 127
xi = np.round(xb / scale[:, None]).astype(np.int8)
xq = xi.view(np.uint8).reshape(Kb, 32).copy().view(np.uint32).reshape(Kb, 8)
xs = np.stack([scale, 8 * xi.astype(np.float64).sum(1) * scale], 1).astype(np.float32)
yq = Wd @ (xi * scale[:, None]).reshape(K)
U = wgpu.BufferUsage
bufs = [dev.create_buffer_with_data(data=a.tobytes(), usage=U.STORAGE) for a in (Wq, Ws, x, xq, xs)]
yb = dev.create_buffer(size=N * 4, usage=U.STORAGE | U.COPY_SRC)
nbytes = N * Kb * 20
from wgpu.backends.wgpu_native.extras import write_timestamp
for name, src in (("load-only", LOAD), ("f32-dequant", F32), ("dp4a-int8-x", DP4)):
    m = dev.create_shader_module(code=src)
    bgl = dev.create_bind_group_layout(entries=[{"binding": i, "visibility": wgpu.ShaderStage.COMPUTE, "buffer": {"type": "read-only-storage" if i < 5 else "storage"}} for i in range(6)])
    p = dev.create_compute_pipeline(layout=dev.create_pipeline_layout(bind_group_layouts=[bgl]), compute={"module": m, "entry_point": "main"})
    bg = dev.create_bind_group(layout=bgl, entries=[{"binding": i, "resource": {"buffer": b}} for i, b in enumerate(bufs + [yb])])
    reps = 20
    qs = dev.create_query_set(type=wgpu.QueryType.timestamp, count=reps + 1)
    rb = dev.create_buffer(size=8 * (reps + 1), usage=U.QUERY_RESOLVE | U.COPY_SRC)
    best = []
    for trial in range(4):
        e = dev.create_command_encoder(); c = e.begin_compute_pass(); c.set_pipeline(p); c.set_bind_group(0, bg)
        write_timestamp(c, qs, 0)
        for i in range(reps):
            c.dispatch_workgroups(N // 8); write_timestamp(c, qs, i + 1)
        c.end(); e.resolve_query_set(qs, 0, reps + 1, rb, 0); dev.queue.submit([e.finish()])
        t = np.diff(np.frombuffer(dev.queue.read_buffer(rb), np.uint64).astype(np.float64)) * 1e-9
        best.append(np.median(t))
    t = min(best)
    yg = np.frombuffer(dev.queue.read_buffer(yb), np.float32)
    ref = yq if "dp4a" in name else yref
    err = np.abs(yg - ref).max() / np.abs(ref).max()
    print(f"{name:14s} {t*1e6:8.1f} us {nbytes / t / 1e9:7.0f} GB/s  max rel err {err:.2e}  (int8-x vs f32 math: {np.abs(yq - yref).max() / np.abs(yref).max():.2e})")
