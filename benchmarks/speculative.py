"""Speculative decoding (tabllm.speculative) against plain greedy decoding on a real model, two tasks:
"edit" (a given text to be returned corrected: the reply repeats most of the prompt, prompt lookup's
case) and "open" (a story from a one-line request: little to copy). Each task is decoded plainly and
speculatively on the same engine, in the same run (tabllm.bench.speculative_run), and the verify pass's
cost by rows is timed at the edit prompt's length (tabllm.bench.verify_pass_ms).

    python benchmarks/speculative.py --device cpu                 # the CPU executor
    python benchmarks/speculative.py --device gpu --max-tokens 256 --draft-tokens 7
    python benchmarks/speculative.py --model BIG --method draft-model --draft-model SMALL   # same tokenizer
    python benchmarks/speculative.py --model DIR --json

Prints per task: tokens, passes (verify + plain), accepted drafted tokens per verify pass, tokens per
pass, decode tok/s plain and speculative, and whether the tokens are identical (they must be).
"""

import argparse
import json
import os
import time

from tabllm.bench import speculative_run, verify_pass_ms
from tabllm.engine import Engine
from tabllm.runtime.devices import make_executor
from tabllm.speculative import DEFAULT_DRAFT_TOKENS, METHODS, Speculation

EDIT_TEXT = (
    "The lighthouse stood at the end of the rocky point for more then a hundred years. Every night its "
    "keeper climbed the ninety-nine steps, trimmed the wick and wound the clockwork that turned the great "
    "lens. Ships passing in the dark saw the beam sweep across the water once every ten seconds, and they "
    "knew exactly where they where. In the winter of 1921 a storm broke the windows of the lamp room, but "
    "the keeper kept the light burning untill morning with nothing but a lantern and a mirror."
)
TASKS = {
    "edit": "Correct the spelling mistakes in the following text and return the whole corrected text, "
            "nothing else:\n\n" + EDIT_TEXT,
    "open": "Write a short story about a lighthouse keeper who finds a message in a bottle.",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="model directory (default: the bundled SmolLM2-135M-Instruct)")
    ap.add_argument("--device", default="auto", choices=["auto", "gpu", "cpu", "reference"])
    ap.add_argument("--precision", default="auto", choices=["auto", "f16", "f32"])
    ap.add_argument("--method", default="prompt-lookup", choices=METHODS)
    ap.add_argument("--draft-tokens", type=int, default=DEFAULT_DRAFT_TOKENS)
    ap.add_argument("--draft-model", default=None, help="--method draft-model: the draft model's directory")
    ap.add_argument("--inexact", action="store_true",
                    help="speculate also where the verify pass rounds differently from a decode step (Speculation.exact)")
    ap.add_argument("--max-tokens", type=int, default=160)
    ap.add_argument("--tasks", default=",".join(TASKS), help=f"comma-separated, of {', '.join(TASKS)}")
    ap.add_argument("--rounds", type=int, default=2, help="plain and speculative runs of each task, alternating (best kept)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    from tabllm.convert import default_model_dir

    model_dir = args.model or default_model_dir()
    engine = Engine(model_dir, make_executor(args.device), context_length=1024, precision=args.precision)
    draft = None
    if args.method == "draft-model":
        if not args.draft_model:
            ap.error("--method draft-model needs --draft-model DIR")
        draft = Engine(args.draft_model, make_executor(args.device), context_length=1024, precision=args.precision)
    spec = Speculation.parse(args.method, args.draft_tokens, draft, exact=not args.inexact)
    result = {"model": str(model_dir), "adapter": engine.executor.adapter_name, "precision": engine.precision,
              "verify_matches_decode": engine.verify_matches_decode, "exact": spec.exact,
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "load_average_before": os.getloadavg()[0],
              "max_tokens": args.max_tokens, "tasks": {}}
    for name in args.tasks.split(","):
        ids = engine.chat_prompt_ids([{"role": "user", "content": TASKS[name]}])
        result["tasks"][name] = speculative_run(engine, ids, args.max_tokens, spec, rounds=args.rounds)
    result["verify_pass_ms"] = verify_pass_ms(engine, len(ids), range(1, spec.draft_tokens + 2))  # (last task's prompt)
    engine.close()
    if draft is not None:
        draft.close()
        result["draft_model"] = args.draft_model
    if args.json:
        print(json.dumps(result))
        return
    print(f"{result['model']} ({result['precision']}) on {result['adapter']}, load average {result['load_average_before']:.2f} "
          f"before, {result['date']}")
    for name, r in result["tasks"].items():
        print(f"  {name}: {r['tokens']} tokens, {r['passes']} passes ({r['verify_passes']} verify, {r['plain_steps']} plain), "
              f"{r['accepted_per_pass']:.2f} accepted per verify pass, {r['tokens_per_pass']:.2f} tokens per pass; "
              f"{r['decode_tok_s']:.1f} tok/s against plain {r['plain_decode_tok_s']:.1f} ({r['speedup']:.2f}x); "
              f"identical: {r['identical']}" + ("" if r["applied"] else " (not applied: see --inexact)"))
    print("  verify pass ms by rows (decode_step: the plain step): "
          + ", ".join(f"{k} {v:.2f}" for k, v in result["verify_pass_ms"].items()))


if __name__ == "__main__":
    main()
