"""How long teach.inside takes in CPython (the learn page's "inside the model" view, docs/teaching.md), with the
logit lens summed up on the GPU (debug_lens_top: the head a row at a time, 4 words read back a row) and in Python
over every logit (debug_lens: the head over 8 rows at a time, every logit read back).

    .venv/bin/python benchmarks/teach_inside.py                          # SmolLM2 (the bundled model), the GPU
    .venv/bin/python benchmarks/teach_inside.py --model DIR --repeats 5 --device gpu

Prints the device, the kernel profile, and per path the milliseconds of each call and their median (the same
prompt each time: after the first call the prompt's K / V rows are reused, as after a page step). CPython's
sums are several times faster than Pyodide's (benchmarks/page_inside.py times the page itself).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app" / "py"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model directory (default: the bundled SmolLM2)")
    ap.add_argument("--device", default="gpu", help="gpu, cpu, auto or reference (tabllm.load)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--prompt", default="What is the capital of France?")
    args = ap.parse_args()

    import tabllm
    from tabllm import teach

    engine = tabllm.load(args.model, device=args.device, precision="f32", debug=True)
    ids = engine.chat_prompt_ids([{"role": "user", "content": args.prompt}])
    print(f"# teach.inside: model {engine.config.get('name', engine.model_dir.name)}, {len(ids)} prompt tokens, "
          f"{engine.config['num_layers']} layers, vocabulary {engine.config['vocab_size']}, "
          f"profile {engine.plan.profile}, device {args.device}")
    views = {}
    for name, on_gpu in (("lens on the GPU", True), ("lens in Python", False)):
        teach.inside(engine, ids, lens_on_gpu=on_gpu)  # (warm-up: pipelines, the prompt's K / V rows)
        times = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            views[name] = teach.inside(engine, ids, lens_on_gpu=on_gpu)
            times.append((time.perf_counter() - t0) * 1e3)
        print(f"{name:16s} ms: " + ", ".join(f"{t:.1f}" for t in times) + f"   (median {statistics.median(times):.1f})")
    same = [a["id"] for a in views["lens on the GPU"]["lens"]] == [b["id"] for b in views["lens in Python"]["lens"]]
    print(f"the two lenses pick the same token in every layer: {same}")
    engine.release()


if __name__ == "__main__":
    main()
