"""Decode products (gemv_*_add: y = x @ W^T + residual, one row of x; and gemv8_*_add over int8 activations where
the format has one) of one weight matrix in each weight format, on the GPU: microseconds a product and the weight
bytes read a second. Answers whether a format's kernels pay for
the bytes they save, e.g. bf16 (2 bytes a weight, widened by one shift) against f32 (4 bytes) and f16 (2 bytes,
widened by integer ops), and iq4_xs (4.25 bits, table lookups) against q4_0 / q4_k.
    PYTHONPATH=app/py python3 benchmarks/gemv_formats.py [--rows 4096] [--cols 4096] [--repeats 50] [--formats f32,bf16,...]
GPU time per dispatch from timestamp queries where the device has timestamp-query-inside-passes (the median of
the repeats), else wall time of the whole pass over the repeats. Weights are random bits (speed only)."""
import argparse
import time

import numpy as np
from tabllm import weights
from tabllm.kernel_set import find
from tabllm.plan import Plan, Step
from tabllm.runtime.wgpu_executor import WgpuExecutor

DEFAULT_FORMATS = "f32,bf16,f16,q8_0,q4_0,q4_k,q6_k,iq4_nl,iq4_xs"
NUMPY = {"f32": np.float32, "u32": np.uint32}


def weight_inputs(r, fmt, N, K):
    """{binding: array} of a random [N, K] matrix in format fmt (scales and mins small and finite)."""
    out = {}
    for suffix, (dtype, shape) in weights.matrix_buffers(fmt, N, K).items():
        name = {"q": "wq", "scale": "wscale", "min": "wmin"}[suffix]
        if dtype == "u32":
            out[name] = r.integers(0, 2**32, size=shape, dtype=np.uint64).astype(np.uint32)
            if fmt in ("f16", "bf16"):  # no NaN / infinity bit patterns: clear the top exponent bit of each half
                out[name] &= np.uint32(0xBFFFBFFF)
            elif fmt == "f32":
                out[name] &= np.uint32(0xBFFFFFFF)
        else:
            out[name] = (r.random(shape) * 0.01).astype(np.float32)
    return out


def measure(executor, fmt, N, K, repeats, r, schedule="gemv"):
    name = find(schedule, fmt, epilogue="add")
    if schedule == "gemv8":  # act_q8's output: int8 blocks of 32 and (d, d * sum) per block
        x = {"xq": r.integers(0, 2**32, size=(1, K // 4), dtype=np.uint64).astype(np.uint32),
             "xs": (r.random((1, K // 32, 2)) * 0.01).astype(np.float32)}
        scalars = {"n": 1, "N": N, "Nb": N // 2, "Kb": K // 32}
    else:
        x = {"x": r.standard_normal((1, K)).astype(np.float32)}
        scalars = {"n": 1, "N": N, "Nb": N // 4, "K": K}
    inputs = {**x, "residual": np.zeros((1, N), np.float32), **weight_inputs(r, fmt, N, K)}
    plan = Plan()
    for buffer, array in inputs.items():
        plan.add_buffer(buffer, "u32" if array.dtype == np.uint32 else "f32", array.shape)
    plan.add_buffer("out", "f32", (1, N))
    plan.phases["k"] = [Step(name, {b: b for b in plan.buffers}, scalars)] * repeats
    executor.prepare(plan)
    for buffer, array in inputs.items():
        executor.upload(buffer, array)
    executor.run(["k"], {})  # warm up (pipelines, caches)
    executor.read("out", "f32", 1)
    profile = executor.profile(["k"], {})
    if profile is not None:
        seconds, how = float(np.median([t for _, t in profile])), "timestamps"
    else:
        t0 = time.perf_counter()
        executor.run(["k"], {})
        executor.read("out", "f32", 1)
        seconds, how = (time.perf_counter() - t0) / repeats, "wall"
    nbytes = sum(a.nbytes for b, a in inputs.items() if b.startswith("w"))
    executor.release()
    return name, seconds, nbytes, how


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=4096, help="N, output rows (a multiple of 4)")
    parser.add_argument("--cols", type=int, default=4096, help="K, a multiple of 256")
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--formats", default=DEFAULT_FORMATS)
    args = parser.parse_args()
    r = np.random.default_rng(0)
    results = []
    for fmt in args.formats.split(","):
        for schedule in ("gemv", "gemv8"):
            if find(schedule, fmt, epilogue="add") is not None:
                name, seconds, nbytes, how = measure(WgpuExecutor(profile="gpu"), fmt, args.rows, args.cols, args.repeats, r, schedule)
                results.append((fmt, name, seconds, nbytes, how))
    print(f"device: {WgpuExecutor(profile='gpu').adapter_name}; W [{args.rows}, {args.cols}], 1 row of x, "
          f"{args.repeats} repeats")
    base = {name: s for _, name, s, _, _ in results}.get("gemv_f32_add")
    for fmt, name, seconds, nbytes, how in results:
        vs = f"  {base / seconds:5.2f}x f32's speed" if base else ""
        print(f"{fmt:>7} {name:<24} {seconds * 1e6:9.1f} us  {nbytes / 2**20:7.1f} MiB  {nbytes / seconds / 1e9:7.1f} GB/s"
              f"  ({how}){vs}")


if __name__ == "__main__":
    main()
