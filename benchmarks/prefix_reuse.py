"""Turn 2's time to first token with and without prefix reuse (issue 20).

A chat's turn 1 is a prompt of P token ids and a greedy reply of R; turn 2 resends them plus N new ids
(as a chat client does). With reuse the engine prefills only what its KV caches do not hold (about N + 1
tokens); without it (the caches invalidated first: engine.logits on one token) it prefills all P + R + N.
Token ids, not text, so it runs on the synthetic benchmark shapes too (no model files):

    python benchmarks/prefix_reuse.py --synthetic smollm2-135m [--prompt 400 --reply 64 --new 20 --rounds 3]
    python benchmarks/prefix_reuse.py --model DIR

Prints one JSON object: per round, turn 2's time to first token (s) both ways and the cached tokens.

--conversations K (K >= 2): K conversations take turns (turn 1 of each, then turn 2 of each, as clients
of one API server), on an engine with K KV slots and on one with 1 (tabllm.kv_slots); prints each turn
2's time to first token and cached tokens both ways.
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
    ap.add_argument("--conversations", type=int, default=1, help="K >= 2: K conversations taking turns, K slots vs 1")
    args = ap.parse_args()
    context = args.prompt + args.reply + args.new + 64

    def make_engine(kv_slots=1):
        if args.model:
            from tabllm.engine import Engine

            return Engine(args.model, WgpuExecutor(), context_length=context, precision=args.precision, kv_slots=kv_slots)
        from tabllm.bench import synthetic_engine

        return synthetic_engine(args.synthetic or "smollm2-135m", WgpuExecutor(), context, precision=args.precision,
                                kv_slots=kv_slots)

    if args.conversations > 1:
        return taking_turns(args, make_engine)
    engine = make_engine()
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


def first_token(engine, ids):
    """(seconds to the first token of ids, the prompt tokens reused)."""
    stats, t0 = {}, time.perf_counter()
    tokens = engine.stream_ids(ids, 1, SamplerSettings(temperature=0), stats=stats, stop_at_eos=False)
    next(tokens)
    ttft = time.perf_counter() - t0
    tokens.close()
    return ttft, stats["cached_tokens"]


def taking_turns(args, make_engine):
    """K conversations' turn 1 each, then their turn 2 each, with K KV slots and with 1."""
    K, out = args.conversations, {}
    for slots in (K, 1):
        engine = make_engine(slots)
        V, rng = engine.config["vocab_size"], random.Random(0)
        turn1 = [[rng.randrange(V) for _ in range(args.prompt)] for _ in range(K)]
        replies = [list(engine.stream_ids(t, args.reply, SamplerSettings(temperature=0), stop_at_eos=False)) for t in turn1]
        turn2 = [t + r + [rng.randrange(V) for _ in range(args.new)] for t, r in zip(turn1, replies)]
        firsts = [first_token(engine, t) for t in turn2]
        out[f"slots_{slots}"] = {"ttft_s": [round(s, 4) for s, _ in firsts], "cached_tokens": [c for _, c in firsts],
                                 "kv_slots": engine.kv_slots.stats()}
        adapter, precision = engine.executor.adapter_name, engine.precision
        engine.close()
    print(json.dumps({"model": args.model or f"synthetic {args.synthetic or 'smollm2-135m'}", "adapter": adapter,
                      "precision": precision, "conversations": K, "turn2_tokens": len(turn2[0]), **out}))


if __name__ == "__main__":
    main()
