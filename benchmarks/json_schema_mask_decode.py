"""Decode speed with and without a json_schema constraint, in one run (issue 20: the mask's cost < 10%).

A constrained step cannot be queued behind the one being read (its mask needs the last token), so the
engine overlaps instead (Engine.stream_steps, overlap_mask): step pos + 1's layers are submitted before
step pos's id is fetched, the mask is computed while they run, then the sampler runs. This prints, on one
engine and one prompt, decode tokens per second for:

  plain_greedy       temperature 0, no constraint (queued steps: the usual headline figure)
  plain_sampled      temperature 0.7, no constraint (queued steps)
  json_schema        temperature 0.7, response_format json_schema (the overlap)
  json_schema_serial the same with the overlap off (one submit per step, the mask before it)

Each is the best of --rounds after a first round that warms the schema's mask cache (masks are kept per
DFA state: a server's repeated requests with one schema); the first json_schema round's figure is shown
too (cold: every new state's mask is computed while decoding). cost_pct = 1 - json_schema / plain_sampled.

    python benchmarks/json_schema_mask_decode.py --model DIR [--device gpu] [--tokens 256] [--rounds 3]

On the lent GPU: SmolLM2-135M-Instruct's model directory as the other GPU scripts carry it
(benchmarks/gpu_split_speculative.sh), then this command with --device gpu; prints one JSON object.
"""

import argparse
import json
import time
from pathlib import Path

from tabllm.api.json_schema import JsonSchemaConstraint, SchemaVocab, response_format_schema
from tabllm.engine import Engine
from tabllm.runtime.devices import make_executor
from tabllm.sampling import SamplerSettings

# long replies: at least 8 strings, so that a reply has a few hundred tokens before it may end (string
# lengths unbounded: bounds such as {20,60} inside an array multiply the DFA's states, and its compile time)
SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 40},
        "age": {"type": "integer"},
        "email": {"type": "string", "format": "email"},
        "role": {"enum": ["admin", "user", "guest"]},
        "notes": {"type": "array", "items": {"type": "string"}, "minItems": 8},
        "joined": {"type": "string", "format": "date"},
    },
    "required": ["name", "age", "email", "role", "notes", "joined"],
}
PROMPT = "Describe a fictional user of a web shop as JSON, with long notes about their orders."


def decode_rate(engine, prompt, settings, tokens, constraint=None, overlap=True):
    """(decode tokens per second, decode steps, host seconds in the constraint) of one generation."""
    engine.queue_decode_steps = overlap
    stats = {}
    try:
        for _ in engine.stream_ids(prompt, tokens, settings, stats=stats, stop_at_eos=constraint is not None,
                                   constraint=constraint):
            pass
    finally:
        del engine.queue_decode_steps  # (the class's)
    steps = stats["decode_steps"]
    return steps / stats["decode_s"] if steps else 0.0, steps, stats.get("constraint_s", 0.0)


def synthetic_with_tokenizer(name, model_dir, executor, precision):
    """An engine of random weights in `name`'s shapes (its vocabulary must be the tokenizer's), with model_dir's
    tokenizer, chat template and end-of-turn ids (config.json and tokenizer.json only). The constraint's cost
    per step depends on the vocabulary and the DFA states reached, not on what the weights say; the replies
    are the schema's language sampled from noise."""
    from tabllm.bench import synthetic_engine
    from tabllm.conversation import ChatTemplate
    from tabllm.tokenizer import Tokenizer
    from tabllm.weights import load_config

    config = load_config(model_dir)
    engine = synthetic_engine(name, executor, 1024, precision)
    if engine.config["vocab_size"] != config["vocab_size"]:
        raise SystemExit(f"--synthetic {name} has {engine.config['vocab_size']} tokens, {model_dir}'s tokenizer {config['vocab_size']}")
    engine.tokenizer = Tokenizer.from_model_dir(model_dir)
    engine.template = ChatTemplate.from_config(config, engine.tokenizer)
    engine.eos_ids = set(config.get("eos_token_ids") or [])
    return engine


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(Path.home() / ".cache/tabllm/models/SmolLM2-135M-Instruct"))
    ap.add_argument("--device", default="gpu", choices=["gpu", "cpu", "auto"])
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--tokens", type=int, default=256, help="most tokens a reply (the plain ones run all of them)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--synthetic", help="random weights of this benchmark model's shapes (tabllm bench --synthetic) "
                    "with --model's tokenizer and template: the model's files need not travel (a GPU machine)")
    args = ap.parse_args()
    if args.synthetic:
        engine = synthetic_with_tokenizer(args.synthetic, Path(args.model), make_executor(args.device), args.precision)
    else:
        engine = Engine(args.model, make_executor(args.device), context_length=1024, precision=args.precision)
    tok = engine.tokenizer
    vocab = SchemaVocab(tok.token_bytes, engine.config["vocab_size"], engine.eos_ids, tok.special_tokens.values())
    t0 = time.perf_counter()
    compiled = vocab.compiled(response_format_schema({"type": "json_schema", "json_schema": {"name": "user", "schema": SCHEMA}}))
    compile_s = time.perf_counter() - t0
    prompt = engine.chat_prompt_ids([{"role": "user", "content": PROMPT}])
    greedy, sampled = SamplerSettings(temperature=0), SamplerSettings(temperature=0.7, seed=1)

    def schema_run(overlap, seed):
        settings = SamplerSettings(temperature=0.7, seed=seed)
        return decode_rate(engine, prompt, settings, args.tokens, JsonSchemaConstraint(vocab, compiled), overlap)

    cold = schema_run(True, 0)  # every DFA state's mask computed as it is reached
    runs = {"plain_greedy": [], "plain_sampled": [], "json_schema": [], "json_schema_serial": []}
    for r in range(args.rounds):  # interleaved, so that a drift of the machine's speed hits all alike
        runs["plain_greedy"].append(decode_rate(engine, prompt, greedy, args.tokens))
        runs["plain_sampled"].append(decode_rate(engine, prompt, sampled, args.tokens))
        runs["json_schema"].append(schema_run(True, r))
        runs["json_schema_serial"].append(schema_run(False, r))
    best = {name: max(rates) for name, rates in runs.items()}
    out = {
        "device": engine.executor.adapter_name, "model": Path(args.model).name + (f" (random weights: {args.synthetic})" if args.synthetic else ""), "precision": engine.precision,
        "prompt_tokens": len(prompt), "schema_compile_s": round(compile_s, 3),
        **{f"{name}_tok_s": round(b[0], 1) for name, b in best.items()},
        "json_schema_cold_tok_s": round(cold[0], 1),
        "json_schema_steps": [r[1] for r in runs["json_schema"]],
        "constraint_ms_per_token": round(1e3 * best["json_schema"][2] / max(best["json_schema"][1], 1), 3),
        "cost_pct": round(100 * (1 - best["json_schema"][0] / best["plain_sampled"][0]), 1),
        "cost_pct_serial": round(100 * (1 - best["json_schema_serial"][0] / best["plain_sampled"][0]), 1),
        "runs_tok_s": {name: [round(r[0], 1) for r in rates] for name, rates in runs.items()},
    }
    print(json.dumps(out, indent=1))
    engine.close()


if __name__ == "__main__":
    main()
