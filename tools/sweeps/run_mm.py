"""Time the prefill product variants of tools/sweeps/gen_mm.py (mmt_q4_0 tiles, mm8_q4_0) on this GPU with
GPU timestamps (wall clock where the adapter has no timestamps inside passes), on 8B-class prefill shapes:

    python tools/sweeps/run_mm.py KERNEL_DIR [--n 64] [--splits 2 4 6 8] [--tiny] [--peak-gflops 43500]

Each variant runs whole (S = 1); the first mmt variant also in S K splits (mmt_* into S partial sums,
then mmt_sum: both timed). Every result is checked against mm8_q4_0's. --tiny: small shapes, only to
check that the tool runs (e.g. on lavapipe). A development tool; no test depends on it. The device is
asked for the adapter's maxComputeWorkgroupStorageSize, so variants above WebGPU's default 16 KiB run
too (the engine does not ask for it)."""

import argparse
import json
import time
from pathlib import Path

import numpy as np
import wgpu

from tabllm.plan import Plan, Step
from tabllm.runtime.kernels import load_kernels
from tabllm.runtime.wgpu_executor import WgpuExecutor

SHAPES = {"qkv 6144x4096": (6144, 4096), "gate_up 28672x4096": (28672, 4096), "down 4096x14336": (4096, 14336),
          "o 4096x4096": (4096, 4096)}
TINY = {"small 256x512": (256, 512), "narrow 128x1024": (128, 1024)}
REPEATS = 5
PEAK_GFLOPS = 43500.0  # H200: the WGSL f32 FMA loop of `tabllm bench` (BENCHMARKS.md; the data sheet says 67 TFLOP/s)


def _device():
    adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
    names = ("max-storage-buffer-binding-size", "max-buffer-size", "max-compute-workgroup-storage-size")
    limits = {k: adapter.limits[k] for k in names if k in adapter.limits}
    features = [f for f in ("timestamp-query", "timestamp-query-inside-passes") if f in adapter.features]
    return adapter, adapter.request_device_sync(required_limits=limits, required_features=features)


def time_phase(ex, plan, phase, timed, sync_buffer) -> list:
    """Seconds per repetition of a phase that holds REPEATS copies of the same dispatches, sorted: from GPU
    timestamps (timed; one warm-up run), else wall clock of three runs, each waiting on a read of sync_buffer."""
    per = len(plan.phases[phase]) // REPEATS  # dispatches per repetition
    if timed:
        ex.profile([phase], {})
        samples = [sec for _, sec in ex.profile([phase], {})]
        return sorted(sum(samples[i * per:(i + 1) * per]) for i in range(REPEATS))
    reps = []
    for _ in range(3):
        t = time.perf_counter()
        ex.run([phase], {})
        ex.read(sync_buffer, "f32", 4)
        reps.append((time.perf_counter() - t) / REPEATS)
    return sorted(reps)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--n", type=int, default=64, help="rows of x (tokens of a prefill chunk)")
    parser.add_argument("--splits", type=int, nargs="*", default=[2, 4, 6, 8], help="K splits to time the first mmt variant with")
    parser.add_argument("--tiny", action="store_true", help="small shapes (a check that the tool runs)")
    parser.add_argument("--peak-gflops", type=float, default=PEAK_GFLOPS, help="f32 FMA ceiling for the %% column")
    args = parser.parse_args(argv)
    directory = Path(args.directory)
    info = json.loads((directory / "manifest.json").read_text())["kernels"]
    adapter, device = _device()
    ex = WgpuExecutor(device, adapter, kernels=load_kernels(directory))
    shared = device.limits["max-compute-workgroup-storage-size"]
    products = [k for k, v in info.items() if v.get("kind") in ("mm8", "mmt") and v.get("shared_bytes", 0) <= shared]
    for k in sorted(k for k, v in info.items() if v.get("shared_bytes", 0) > shared):
        print(f"skipped {k}: {info[k]['shared_bytes']} bytes of workgroup memory, the device offers {shared}")
    first_mmt = next(k for k in products if info[k]["kind"] == "mmt")
    cases = [(k, 1) for k in products] + [(first_mmt, S) for S in args.splits]  # (kernel, K splits)
    shapes, n = TINY if args.tiny else SHAPES, args.n
    rows = -(-n // 8) * 8  # (mm8 writes rows in tiles of 8)
    plan = Plan()
    for label, (N, K) in shapes.items():
        tag = label.split()[0]
        plan.add_buffer(f"{tag}.x", "f32", (rows, K))
        plan.add_buffer(f"{tag}.q", "u32", (N, K // 8), "weight")
        plan.add_buffer(f"{tag}.s", "f32", (N, K // 32), "weight")
        plan.add_buffer(f"{tag}.y", "f32", (rows, N))
        plan.add_buffer(f"{tag}.part", "f32", (max([1, *args.splits]) * n, N))
        for kernel, S in cases:
            scalars = {"n": n, "nt": rows // 8, "N": N, "Nj": N // 64, "K": K, "Kb": K // 32, "S": S}
            w = {"x": f"{tag}.x", "wq": f"{tag}.q", "wscale": f"{tag}.s"}
            if S == 1:
                steps = [Step(kernel, {**w, "y": f"{tag}.y"}, scalars)]
            else:
                steps = [Step(kernel, {**w, "y": f"{tag}.part"}, scalars),
                         Step("mmt_sum", {"part": f"{tag}.part", "y": f"{tag}.y"}, {"n": n, "N": N, "S": S})]
            plan.phases[f"{tag}/{kernel}/{S}"] = steps * REPEATS
    ex.prepare(plan)
    r = np.random.default_rng(0)
    for spec in plan.buffers.values():
        count = spec.nbytes // 4
        a = r.integers(0, 2**32, count, dtype=np.uint32) if spec.dtype == "u32" else (r.random(count) * 0.01).astype(np.float32)
        ex.upload(spec.name, a)
    warm = next(iter(plan.phases))
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < (0.5 if args.tiny else 3):  # an idle GPU runs at a low clock: load it first
        ex.run([warm], {})
        ex.read(plan.phases[warm][-1].buffers["y"], "f32", 4)
    timed = ex.profile([warm], {}) is not None
    print(f"{ex.adapter_name}; n = {n}; {'GPU timestamps' if timed else 'wall clock (no timestamps inside passes)'}, median of {REPEATS}")
    for label, (N, K) in shapes.items():
        tag = label.split()[0]
        flops = 2.0 * n * N * K
        print(f"{label}:")
        reference = None
        for kernel, S in cases:
            phase = f"{tag}/{kernel}/{S}"
            reps = time_phase(ex, plan, phase, timed, f"{tag}.y")
            t = reps[len(reps) // 2]
            y = ex.read(f"{tag}.y", "f32", n * N)
            reference = y if reference is None else reference
            diff = np.abs(y - reference).max() / np.abs(reference).max()
            gflops = flops / t / 1e9
            name = kernel + (f" S={S}" if S > 1 else "")
            print(f"  {name:36s} {t * 1e6:9.1f} us  {gflops:8.0f} GFLOP/s  {100 * gflops / args.peak_gflops:5.1f}%"
                  f"  (max diff to {cases[0][0]}: {diff:.1e})")
    ex.release()


if __name__ == "__main__":
    main()
