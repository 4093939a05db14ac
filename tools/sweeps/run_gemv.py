"""Time the gemv / gemv4 schedule variants of tools/sweeps/gen_gemv.py on this GPU (GPU timestamps), on the
8B-class decode shapes: python tools/sweeps/run_gemv.py KERNEL_DIR. A development tool; no test depends on it."""

import json
import sys
from pathlib import Path

import numpy as np

from tabllm.plan import Plan, Step
from tabllm.runtime.kernels import load_kernels
from tabllm.runtime.wgpu_executor import WgpuExecutor

SHAPES = {"gate_up 28672x4096": (28672, 4096), "down 4096x14336": (4096, 14336), "qkv 6144x4096": (6144, 4096)}


def main(directory):
    directory = Path(directory)
    rows = {k: v["rows"] for k, v in json.loads((directory / "manifest.json").read_text())["kernels"].items()}
    ex = WgpuExecutor(kernels=load_kernels(directory))
    plan = Plan()
    r = np.random.default_rng(0)
    for label, (N, K) in SHAPES.items():
        tag = label.split()[0]
        plan.add_buffer(f"{tag}.x", "f32", (1, K))
        plan.add_buffer(f"{tag}.q", "u32", (N, K // 8), "weight")
        plan.add_buffer(f"{tag}.s", "f32", (N, K // 32), "weight")
        plan.add_buffer(f"{tag}.y", "f32", (1, N))
        plan.phases[tag] = [
            Step(name, {"x": f"{tag}.x", "wq": f"{tag}.q", "wscale": f"{tag}.s", "y": f"{tag}.y", "out": f"{tag}.y"},
                 {"n": 1, "N": N, "Nb": N // R, "K": K, "Kb": K // 32})  # (gemv_* / gemv4_* conventions)
            for name, R in rows.items() for _ in range(5)
        ]
    ex.prepare(plan)
    for spec in plan.buffers.values():
        a = r.integers(0, 2**32, spec.nbytes // 4, dtype=np.uint32) if spec.dtype == "u32" else (r.random(spec.nbytes // 4) * 0.01).astype(np.float32)
        ex.upload(spec.name, a)
    import time

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 3:  # an idle GPU runs at a low clock: load it first
        ex.profile(["gate_up"], {})
    for label, (N, K) in SHAPES.items():
        tag = label.split()[0]
        nbytes = N * K // 2 + N * K // 32 * 4
        ex.profile([tag], {})
        times = ex.profile([tag], {})
        print(f"{label} ({nbytes / 1e6:.1f} MB):")
        for name in rows:
            t = sorted(sec for k, sec in times if k == name)[2]  # median of 5
            print(f"  {name:24s} {t * 1e6:8.1f} us  {nbytes / t / 1e9:7.0f} GB/s")


if __name__ == "__main__":
    main(sys.argv[1])
