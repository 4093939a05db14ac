"""Time the prefill product variants of build_tools/sweep_mm.py (mmt_q4_0 tiles, mm8_q4_0) on this GPU with
GPU timestamps (wall clock where the adapter has no timestamps inside passes), on 8B-class prefill shapes:

    python -m tabllm.sweep_mm KERNEL_DIR [--n 64] [--tiny] [--peak-gflops 67000]

--tiny: small shapes, only to check that the tool runs (e.g. on lavapipe). A development tool; no test
depends on it. The device is asked for the adapter's maxComputeWorkgroupStorageSize, so variants above
WebGPU's default 16 KiB run too."""

import argparse
import json
import time
from pathlib import Path

import numpy as np
import wgpu

from .plan import Plan, Step
from .runtime.kernels import load_kernels
from .runtime.wgpu_executor import WgpuExecutor

SHAPES = {"qkv 6144x4096": (6144, 4096), "gate_up 28672x4096": (28672, 4096), "down 4096x14336": (4096, 14336),
          "o 4096x4096": (4096, 4096)}
TINY = {"small 256x512": (256, 512), "narrow 128x1024": (128, 1024)}
REPEATS = 5
# H200 SXM: 67 TFLOP/s of f32 FMA (the data sheet's FP32 figure)
PEAK_GFLOPS = 67000.0


def _device():
    adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
    names = ("max-storage-buffer-binding-size", "max-buffer-size", "max-compute-workgroup-storage-size")
    limits = {k: adapter.limits[k] for k in names if k in adapter.limits}
    features = [f for f in ("timestamp-query", "timestamp-query-inside-passes") if f in adapter.features]
    return adapter, adapter.request_device_sync(required_limits=limits, required_features=features)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--n", type=int, default=64, help="rows of x (tokens of a prefill chunk)")
    parser.add_argument("--tiny", action="store_true", help="small shapes (a check that the tool runs)")
    parser.add_argument("--peak-gflops", type=float, default=PEAK_GFLOPS, help="f32 FMA ceiling for the %% column")
    args = parser.parse_args(argv)
    directory = Path(args.directory)
    info = json.loads((directory / "manifest.json").read_text())["kernels"]
    adapter, device = _device()
    ex = WgpuExecutor(device, adapter, kernels=load_kernels(directory))
    shared = device.limits["max-compute-workgroup-storage-size"]
    names = [k for k, v in info.items() if v.get("shared_bytes", 0) <= shared]
    for k in sorted(set(info) - set(names)):
        print(f"skipped {k}: {info[k]['shared_bytes']} bytes of workgroup memory, the device offers {shared}")
    shapes, n = TINY if args.tiny else SHAPES, args.n
    plan = Plan()
    r = np.random.default_rng(0)
    for label, (N, K) in shapes.items():
        tag = label.split()[0]
        plan.add_buffer(f"{tag}.x", "f32", (-(-n // 8) * 8, K))  # (mm8 reads rows in tiles of 8)
        plan.add_buffer(f"{tag}.q", "u32", (N, K // 8), "weight")
        plan.add_buffer(f"{tag}.s", "f32", (N, K // 32), "weight")
        plan.add_buffer(f"{tag}.y", "f32", (-(-n // 8) * 8, N))
        scalars = {"n": n, "nt": -(-n // 8), "N": N, "Nj": N // 64, "K": K, "Kb": K // 32}
        plan.phases[tag] = [Step(name, {"x": f"{tag}.x", "wq": f"{tag}.q", "wscale": f"{tag}.s", "y": f"{tag}.y"}, scalars)
                            for name in names for _ in range(REPEATS)]
        for name in names:
            plan.phases[f"{tag}/{name}"] = [s for s in plan.phases[tag] if s.kernel == name]
    ex.prepare(plan)
    for spec in plan.buffers.values():
        count = spec.nbytes // 4
        a = r.integers(0, 2**32, count, dtype=np.uint32) if spec.dtype == "u32" else (r.random(count) * 0.01).astype(np.float32)
        ex.upload(spec.name, a)
    first = next(iter(shapes)).split()[0]
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < (0.5 if args.tiny else 3):  # an idle GPU runs at a low clock: load it first
        ex.run([first], {})
        ex.read(f"{first}.y", "f32", 4)
    timed = ex.profile([first], {}) is not None
    print(f"{ex.adapter_name}; n = {n}; {'GPU timestamps' if timed else 'wall clock (no timestamps inside passes)'}, median of {REPEATS}")
    for label, (N, K) in shapes.items():
        tag = label.split()[0]
        flops = 2.0 * n * N * K
        if timed:
            ex.profile([tag], {})
            samples = ex.profile([tag], {})
        else:
            samples = []
            for name in names:
                for _ in range(REPEATS):
                    t = time.perf_counter()
                    ex.run([f"{tag}/{name}"], {})
                    ex.read(f"{tag}.y", "f32", 4)
                    samples.append((name, (time.perf_counter() - t) / REPEATS))
        results = {}  # each variant's y, to check it against the first (mm8_q4_0)
        for name in names:
            ex.run([f"{tag}/{name}"], {})
            results[name] = ex.read(f"{tag}.y", "f32", n * N)
        first_y = results[names[0]]
        print(f"{label}:")
        for name in names:
            t = sorted(sec for k, sec in samples if k == name)[REPEATS // 2]
            gflops = flops / t / 1e9
            diff = np.abs(results[name] - first_y).max() / np.abs(first_y).max()
            print(f"  {name:32s} {t * 1e6:9.1f} us  {gflops:8.0f} GFLOP/s  {100 * gflops / args.peak_gflops:5.1f}%"
                  f"  (max diff to {names[0]}: {diff:.1e})")
    ex.release()


if __name__ == "__main__":
    main()
