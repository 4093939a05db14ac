"""Experiment behind gemv8_*'s schedule (BENCHMARKS.md, 2026-11-30): the dot4I8Packed product with R rows per
workgroup, TX invocations, U blocks in flight and a workgroup-memory or subgroupAdd reduction, on several
shapes, the weights rotated over copies so that no run reads from L2. Hand-written WGSL (unrolled text);
not a kernel source: the engine's kernels come from build_tools/kernels/.

    python tools/experiments/gemv_int8_schedules.py 28672x4096 6144x4096 4096x14336 [--quick]
"""
import sys
import numpy as np, wgpu
from wgpu.backends.wgpu_native.extras import write_timestamp

def kernel(Kb, R, TX, U, SG):
    L = []
    L.append(f"""
@group(0) @binding(0) var<storage, read> wq: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read> ws: array<f32>;
@group(0) @binding(2) var<storage, read> xq: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> xs: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read_write> y: array<f32>;
const KB: u32 = {Kb}u;
var<workgroup> red: array<array<f32, {R}>, {TX if not SG else TX // 4}>;
fn dp(w: vec4<u32>, lo: vec4<u32>, hi: vec4<u32>) -> i32 {{
  let m = vec4<u32>(0x0F0F0F0Fu);
  let wl = w & m;
  let wh = (w >> vec4<u32>(4u)) & m;
  return dot4I8Packed(wl.x, lo.x) + dot4I8Packed(wl.y, lo.y) + dot4I8Packed(wl.z, lo.z) + dot4I8Packed(wl.w, lo.w)
       + dot4I8Packed(wh.x, hi.x) + dot4I8Packed(wh.y, hi.y) + dot4I8Packed(wh.z, hi.z) + dot4I8Packed(wh.w, hi.w);
}}
@compute @workgroup_size({TX})
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) tx: u32{", @builtin(subgroup_invocation_id) lane: u32, @builtin(subgroup_size) sgs: u32" if SG else ""}) {{
  let row0 = wg.x * {R}u;""")
    for r in range(R):
        L.append(f"  var acc{r} = 0.0;")
    L.append(f"  for (var b0 = tx; b0 < KB; b0 += {TX * U}u) {{")
    for u in range(U):
        L.append(f"    let b{u} = min(b0 + {u * TX}u, KB - 1u);")
        for r in range(R):
            L.append(f"    let w{u}_{r} = wq[(row0 + {r}u) * KB + b{u}]; let s{u}_{r} = ws[(row0 + {r}u) * KB + b{u}];")
    for u in range(U):
        L.append(f"    {{ let lo = xq[b{u} * 2u]; let hi = xq[b{u} * 2u + 1u]; let s2 = xs[b{u}]; let ok = f32(b0 + {u * TX}u < KB);")
        for r in range(R):
            L.append(f"      acc{r} += ok * s{u}_{r} * (f32(dp(w{u}_{r}, lo, hi)) * s2.x - s2.y);")
        L.append("    }")
    L.append("  }")
    if SG:
        for r in range(R):
            L.append(f"  acc{r} = subgroupAdd(acc{r});")
        L.append("  if (lane == 0u) {")
        for r in range(R):
            L.append(f"    red[tx / sgs][{r}] = acc{r};")
        L.append("  }\n  workgroupBarrier();")
        L.append(f"  if (tx < {R}u) {{ var s = 0.0; for (var t = 0u; t < {TX}u / sgs; t++) {{ s += red[t][tx]; }} y[row0 + tx] = s; }}\n}}")
    else:
        for r in range(R):
            L.append(f"  red[tx][{r}] = acc{r};")
        L.append("  workgroupBarrier();")
        s = TX // 2
        while s >= 1:
            L.append(f"  if (tx < {s}u) {{ for (var r = 0u; r < {R}u; r++) {{ red[tx][r] += red[tx + {s}u][r]; }} }}\n  workgroupBarrier();")
            s //= 2
        L.append(f"  if (tx < {R}u) {{ y[row0 + tx] = red[0][tx]; }}\n}}")
    return "\n".join(L)

adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
lim = adapter.limits
feats = [f for f in ("timestamp-query", "timestamp-query-inside-passes", "subgroup") if f in adapter.features]
dev = adapter.request_device_sync(required_features=feats,
    required_limits={k: lim[k] for k in ("max-storage-buffer-binding-size", "max-buffer-size", "max-storage-buffers-per-shader-stage")})
U_ = wgpu.BufferUsage
VARIANTS = [(R, TX, U, SG) for SG in ((0, 1) if "subgroup" in feats else (0,)) for (R, TX, U) in
            [(8, 64, 1), (4, 64, 1), (4, 64, 2), (2, 64, 2), (4, 128, 1), (2, 128, 1), (2, 128, 2), (1, 128, 2), (2, 256, 1), (1, 256, 1), (4, 256, 1)]]
quick = "--quick" in sys.argv
for shape in [a for a in sys.argv[1:] if "x" in a]:
    N, K = map(int, shape.split("x")); Kb = K // 32
    rng = np.random.default_rng(0)
    copies = max(1, int(np.ceil(200e6 / (N * Kb * 20)))) if not quick else 1
    Wq = rng.integers(0, 2**32, (N, Kb * 4), dtype=np.uint32)
    Ws = (rng.random((N, Kb)) * 0.01).astype(np.float32)
    x = rng.standard_normal(K)
    by = Wq.view(np.uint8).reshape(N, Kb, 16)
    vals = np.concatenate([by & 15, by >> 4], axis=2).astype(np.float64) - 8
    Wd = (vals * Ws[:, :, None]).reshape(N, K)
    xb = x.reshape(Kb, 32)
    scale = np.abs(xb).max(1) / 127
    xi = np.round(xb / scale[:, None]).astype(np.int8)
    xq = xi.view(np.uint8).reshape(Kb, 32).copy().view(np.uint32).reshape(Kb, 8)
    xs = np.stack([scale, 8 * xi.astype(np.float64).sum(1) * scale], 1).astype(np.float32)
    yq = Wd @ (xi * scale[:, None]).reshape(K)
    wbufs = [(dev.create_buffer_with_data(data=Wq.tobytes(), usage=U_.STORAGE), dev.create_buffer_with_data(data=Ws.tobytes(), usage=U_.STORAGE)) for _ in range(copies)]
    xbufs = [dev.create_buffer_with_data(data=a.tobytes(), usage=U_.STORAGE) for a in (xq, xs)]
    yb = dev.create_buffer(size=N * 4, usage=U_.STORAGE | U_.COPY_SRC)
    nbytes = N * Kb * 20
    print(f"{adapter.info['device']} {N}x{K} ({nbytes/1e6:.1f} MB, {copies} copies)")
    for R, TX, U, SG in VARIANTS:
        if N % R: continue
        m = dev.create_shader_module(code=kernel(Kb, R, TX, U, SG))
        p = dev.create_compute_pipeline(layout="auto", compute={"module": m, "entry_point": "main"})
        bgs = [dev.create_bind_group(layout=p.get_bind_group_layout(0), entries=[{"binding": i, "resource": {"buffer": b}} for i, b in enumerate([*wb, *xbufs, yb])]) for wb in wbufs]
        reps = 4 * copies if copies > 1 else 20
        qs = dev.create_query_set(type=wgpu.QueryType.timestamp, count=reps + 1)
        rb = dev.create_buffer(size=8 * (reps + 1), usage=U_.QUERY_RESOLVE | U_.COPY_SRC)
        best = []
        for trial in range(3):
            e = dev.create_command_encoder(); c = e.begin_compute_pass(); c.set_pipeline(p)
            write_timestamp(c, qs, 0)
            for i in range(reps):
                c.set_bind_group(0, bgs[i % copies]); c.dispatch_workgroups(N // R); write_timestamp(c, qs, i + 1)
            c.end(); e.resolve_query_set(qs, 0, reps + 1, rb, 0); dev.queue.submit([e.finish()])
            t = np.diff(np.frombuffer(dev.queue.read_buffer(rb), np.uint64).astype(np.float64)) * 1e-9
            best.append(np.median(t))
        t = min(best)
        yg = np.frombuffer(dev.queue.read_buffer(yb), np.float32)
        err = np.abs(yg - yq).max() / np.abs(yq).max()
        print(f"  R{R:<2d} TX{TX:<4d} U{U} SG{SG}  {t*1e6:7.1f} us {nbytes / t / 1e9:6.0f} GB/s  err {err:.1e}")
