"""Time a prefill chunk's attention on this GPU with GPU timestamps (wall clock where the adapter has no
timestamps inside passes): the three-kernel path (attn_scores_gpu + softmax_rows + attn_pv_gpu through the
[H, n, L] buffers s and p), the committed attn_prefill_gpu, and the variants of tools/sweeps/gen_attn_prefill.py
(if a directory is given), each with every gb (query heads per workgroup) it takes, on the 8B's attention
shapes (H = 32, Hkv = 8, hd = 128), a chunk of n = 64 tokens ending at L = pos0 + n:

    python tools/sweeps/run_attn_prefill.py [KERNEL_DIR] [--n 64] [--L 64 256 512 2048] [--spans 128 256 512] [--tiny]

The split kernels (attn_prefill_split_gpu and the variants' *_split: spans of key positions, models/llama.py
ATTN_PREFILL_SPAN) run with each span of --spans, at the plan's gb (the largest), followed by
attn_combine_gpu; both dispatches timed. Times are per layer; every output is checked against the
three-kernel path's. --tiny: small shapes, only to check that the tool runs (e.g. on lavapipe). A development tool; no
test depends on it."""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from tabllm.plan import Plan, Step
from tabllm.runtime.kernels import load_kernels
from tabllm.runtime.wgpu_executor import WgpuExecutor
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_mm import REPEATS, _device, time_phase  # noqa: E402



def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", help="variants from tools/sweeps/gen_attn_prefill.py")
    parser.add_argument("--n", type=int, default=64, help="tokens of the prefill chunk")
    parser.add_argument("--L", type=int, nargs="*", default=[64, 256, 512, 2048], help="attended lengths pos0 + n")
    parser.add_argument("--spans", type=int, nargs="*", default=[128, 256, 512], help="key spans of the split kernels")
    parser.add_argument("--tiny", action="store_true", help="small shapes (a check that the tool runs)")
    args = parser.parse_args(argv)
    H, Hkv, hd = (6, 2, 64) if args.tiny else (32, 8, 128)
    n, Ls = (16, [16, 40]) if args.tiny else (args.n, args.L)
    G, C = H // Hkv, max(Ls)
    kernels = load_kernels()
    # name -> (query rows per workgroup (models/llama.py ATTN_PREFILL_ROWS), split over key spans)
    variants = {"attn_prefill_gpu": (16, False), "attn_prefill_split_gpu": (16, True)}
    if args.directory:
        kernels.update(load_kernels(Path(args.directory)))
        info = json.loads((Path(args.directory) / "manifest.json").read_text())["kernels"]
        variants.update({k: (v["rows"], v["split"]) for k, v in info.items() if v.get("kind") == "attn_prefill"})
    adapter, device = _device()
    ex = WgpuExecutor(device, adapter, kernels=kernels)
    plan = Plan()
    plan.add_buffer("q", "f32", (n, H, hd))
    plan.add_buffer("k_cache", "f32", (Hkv, C, hd))
    plan.add_buffer("v_cache", "f32", (Hkv, C, hd))
    plan.add_buffer("s", "f32", (H * n * C + 64,))
    plan.add_buffer("p", "f32", (H, n, C))
    plan.add_buffer("att", "f32", (n, H * hd))
    Smax = -(-C // min(args.spans or [C]))
    plan.add_buffer("part", "f32", (n * H, Smax, hd + 4))
    cases = {}  # L -> [(label, phase)]
    for L in Ls:
        pos0 = L - n
        dims = {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "hd4": hd // 4, "C": C, "L": L, "pos0": pos0, "window": C,
                "scale": hd ** -0.5, "nb": -(-H * n * L // 64)}
        old = [Step("attn_scores_gpu", {"q": "q", "k_cache": "k_cache", "s": "s"}, dims),
               Step("softmax_rows", {"s": "s", "p": "p"}, {"R": H * n, "L": L}),
               Step("attn_pv_gpu", {"p": "p", "v_cache": "v_cache", "out": "att"}, dims)]
        plan.phases[f"old/{L}"] = old * REPEATS
        cases[L] = [("scores + softmax + pv", f"old/{L}")]
        for name, (rows, split) in variants.items():
            gbs = [g for g in range(1, min(G, rows) + 1) if G % g == 0]
            if not split:
                for gb in gbs:
                    phase = f"{name}/{gb}/{L}"
                    step = Step(name, {"q": "q", "k_cache": "k_cache", "v_cache": "v_cache", "out": "att"}, {**dims, "gb": gb})
                    plan.phases[phase] = [step] * REPEATS
                    cases[L].append((f"{name} gb={gb}", phase))
                continue
            for span in args.spans:
                spans = {"span": span, "split": span, "Smax": Smax, "P4": hd // 4 + 1}
                phase = f"{name}/{span}/{L}"
                plan.phases[phase] = [
                    Step(name, {"q": "q", "k_cache": "k_cache", "v_cache": "v_cache", "part": "part"}, {**dims, **spans, "gb": gbs[-1]}),
                    Step("attn_combine_gpu", {"part": "part", "out": "att"}, {**dims, **spans, "H": n * H}),
                ] * REPEATS
                cases[L].append((f"{name} gb={gbs[-1]} span={span} (+ combine)", phase))
    ex.prepare(plan)
    r = np.random.default_rng(0)
    for name in ("q", "k_cache", "v_cache"):
        ex.upload(name, r.standard_normal(plan.buffers[name].nbytes // 4).astype(np.float32))
    warm = f"old/{Ls[-1]}"
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < (0.5 if args.tiny else 3):  # an idle GPU runs at a low clock: load it first
        ex.run([warm], {})
        ex.read("att", "f32", 4)
    timed = ex.profile([warm], {}) is not None
    print(f"{ex.adapter_name}; H = {H}, Hkv = {Hkv}, hd = {hd}, n = {n}, C = {C}; "
          f"{'GPU timestamps' if timed else 'wall clock (no timestamps inside passes)'}, median of {REPEATS}")
    for L in Ls:
        print(f"L = {L} (pos0 = {L - n}):")
        reference = None
        for label, phase in cases[L]:
            reps = time_phase(ex, plan, phase, timed, "att")
            out = ex.read("att", "f32", n * H * hd)
            reference = out if reference is None else reference
            diff = np.abs(out - reference).max() / np.abs(reference).max()
            print(f"  {label:58s} {reps[len(reps) // 2] * 1e6:9.1f} us  (max diff to the three kernels: {diff:.1e})")
    ex.release()


if __name__ == "__main__":
    main()
