"""Turn 2's time to first token with and without prefix reuse (issue 20).

A chat's turn 1 is a prompt of P token ids and a greedy reply of R; turn 2 resends them plus N new ids
(as a chat client does). With reuse the engine prefills only what its KV caches do not hold (about N + 1
tokens); without it (the caches invalidated first: engine.logits on one token) it prefills all P + R + N.
Token ids, not text, so it runs on the synthetic benchmark shapes too (no model files):

    python benchmarks/prefix_reuse.py --synthetic smollm2-135m [--prompt 400 --reply 64 --new 20 --rounds 3]
    python benchmarks/prefix_reuse.py --model DIR

Prints one JSON object: per round, turn 2's time to first token (s) both ways and the cached tokens.
"""

import argparse
import json
import random
import time

from tabllm.runtime.wgpu_executor import WgpuExecutor
from tabllm.sampling import SamplerSettings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--synthetic", default=None, help="a tabllm.bench.SYNTHETIC shape (random weights)")
    ap.add_argument("--model", default=None, help="a converted model directory instead")
    ap.add_argument("--prompt", type=int, default=400)
    ap.add_argument("--reply", type=int, default=64)
    ap.add_argument("--new", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--precision", default="f32")
    args = ap.parse_args()
    context = args.prompt + args.reply + args.new + 64
    if args.model:
        from tabllm.engine import Engine

        engine = Engine(args.model, WgpuExecutor(), context_length=context, precision=args.precision)
    else:
        from tabllm.bench import synthetic_engine

        engine = synthetic_engine(args.synthetic or "smollm2-135m", WgpuExecutor(), context, precision=args.precision)
    V, greedy = engine.config["vocab_size"], SamplerSettings(temperature=0)
    rng = random.Random(0)

    def first_token(ids):
        stats, t0 = {}, time.perf_counter()
        tokens = engine.stream_ids(ids, 1, greedy, stats=stats, stop_at_eos=False)
        next(tokens)
        ttft = time.perf_counter() - t0
        tokens.close()
        return ttft, stats["cached_tokens"]

    rounds = []
    for _ in range(args.rounds):
        turn1 = [rng.randrange(V) for _ in range(args.prompt)]
        reply = list(engine.stream_ids(turn1, args.reply, greedy, stop_at_eos=False))
        turn2 = turn1 + reply + [rng.randrange(V) for _ in range(args.new)]
        reuse_s, cached = first_token(turn2)
        engine.logits(turn2[:1])  # the caches now hold one token: no reuse
        scratch_s, cached0 = first_token(turn2)
        rounds.append({"turn2_tokens": len(turn2), "cached_tokens": cached, "ttft_reuse_s": round(reuse_s, 4),
                       "ttft_from_scratch_s": round(scratch_s, 4), "cached_without_reuse": cached0})
    print(json.dumps({"model": args.model or f"synthetic {args.synthetic or 'smollm2-135m'}",
                      "adapter": engine.executor.adapter_name, "kernel_path": engine.plan.profile,
                      "precision": engine.precision, "rounds": rounds}))
    engine.close()


if __name__ == "__main__":
    main()
