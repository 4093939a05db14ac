"""Prefill and decode speed of a model on the CPU executor (runtime/cpu_executor.py), as `tabllm bench`
reports them for the GPU: tabllm.bench.run_bench on the real model directory (default: the bundled
SmolLM2-135M-Instruct) or a synthetic shape.

    .venv/bin/python benchmarks/cpu_bench.py [--model DIR | --synthetic NAME] [--prompt-tokens 512]
        [--decode-tokens 128] [--context 1024] [--json]
"""

import argparse
import json
import os
import time

from tabllm.bench import SYNTHETIC, run_bench, synthetic_engine
from tabllm.convert import default_model_dir
from tabllm.engine import Engine
from tabllm.runtime.cpu_executor import CpuExecutor


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--model", default=None)
    src.add_argument("--synthetic", choices=sorted(SYNTHETIC))
    ap.add_argument("--prompt-tokens", type=int, default=512)
    ap.add_argument("--decode-tokens", type=int, default=128)
    ap.add_argument("--context", type=int, default=1024)
    ap.add_argument("--threads", type=int, default=None, help="host threads (default: one per core)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    ex = CpuExecutor(threads=args.threads)
    t0 = time.time()
    if args.synthetic:
        engine = synthetic_engine(args.synthetic, ex, args.context, precision="f32")
    else:
        engine = Engine(args.model or default_model_dir(), ex, context_length=args.context, precision="f32")
    load_s = time.time() - t0
    r = run_bench(engine, args.prompt_tokens, args.decode_tokens)
    r.update({"device": ex.adapter_name, "threads": ex.threads, "load_s": load_s,
              "model": args.synthetic or str(args.model or "SmolLM2-135M-Instruct (bundled)"),
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": os.cpu_count(),
              "load_average": os.getloadavg()})
    if args.json:
        print(json.dumps(r, indent=1))
    else:
        print(f"{r['model']} on {r['device']}: prefill {r['prompt_tokens']} tokens {r['prefill_tok_s']:.1f} tok/s, "
              f"decode {r['decode_tokens']} tokens {r['decode_tok_s']:.1f} tok/s ({r['decode_ms_per_token']:.2f} ms/token, "
              f"{r['weight_bytes_per_token'] / 1e6:.1f} MB weights/token, {r['decode_GBps']:.1f} GB/s), "
              f"{r['dispatches_per_decode_token']:.0f} dispatches/token; load average before {r['load_average'][0]:.2f}")
    engine.release()


if __name__ == "__main__":
    main()
