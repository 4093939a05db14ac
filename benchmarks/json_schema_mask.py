"""The per-token host cost of response_format json_schema's mask (api/json_schema.py), without a GPU.

Replays generations over a real tokenizer: at each step the constraint's allowed() (advance the DFA by
the last token, look up or build the state's packed mask), then a random allowed token (short tokens
preferred, so that strings end). Runs `--requests` generations of one schema, the first against an
empty cache (cold: every new DFA state walks the whole vocabulary through the DFA), the rest warm (masks cached by
state, as for repeated requests with one schema on a server):

    python benchmarks/json_schema_mask.py [--model ~/.cache/tabllm/models/SmolLM2-135M-Instruct]

Prints one JSON object: vocabulary and schema set-up times, and ms per token cold and warm (mean and
p99). --trie: the mask path the page takes without numpy (a walk of the vocabulary's trie in plain Python;
CPython here, Pyodide runs it slower). The engine adds to this the mask's upload (vocab / 8 bytes) and, with any constraint, the loss
of queued steps (Engine.stream_ids reads each token before the next step).
"""

import argparse
import json
import random
import time
from pathlib import Path

from tabllm.api.json_schema import JsonSchemaConstraint, SchemaVocab, response_format_schema
from tabllm.sampling import mask_ids
from tabllm.tokenizer import Tokenizer

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 40},
        "age": {"type": "integer"},
        "email": {"type": "string", "format": "email"},
        "role": {"enum": ["admin", "user", "guest"]},
        "tags": {"type": "array", "items": {"type": "string", "maxLength": 12}, "maxItems": 5},
        "address": {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "string", "pattern": "[0-9]{5}"}},
                    "required": ["city", "zip"]},
        "joined": {"type": "string", "format": "date"},
        "score": {"anyOf": [{"type": "number"}, {"type": "null"}]},
    },
    "required": ["name", "age", "email", "role", "tags", "address", "joined", "score"],
}


def generate(vocab, schema, tok, rng, times, max_tokens=400):
    c, out, ids = JsonSchemaConstraint(vocab, vocab.compiled(schema)), [], None
    for _ in range(max_tokens):
        t0 = time.perf_counter()
        mask = c.allowed(out)
        times.append(time.perf_counter() - t0)
        if mask is not None:
            ids = mask_ids(mask)
        if any(e in ids for e in vocab.eos_ids):
            break
        short = [t for t in ids if len(tok.token_bytes[t]) <= 3]
        out.append(rng.choice(short if short and rng.random() < 0.9 else ids))
    return len(out)


def stats(times):
    s = sorted(times)
    return {"tokens": len(s), "mean_ms": round(1e3 * sum(s) / len(s), 4), "p99_ms": round(1e3 * s[int(0.99 * (len(s) - 1))], 3),
            "max_ms": round(1e3 * s[-1], 2)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(Path.home() / ".cache/tabllm/models/SmolLM2-135M-Instruct"))
    ap.add_argument("--requests", type=int, default=6)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--trie", action="store_true", help="the no-numpy path (the page's)")
    args = ap.parse_args()
    tok = Tokenizer.from_model_dir(args.model)
    eos = tok.eos_token_ids or [tok.special_tokens.get("<|im_end|>", 2)]
    t0 = time.perf_counter()
    vocab = SchemaVocab(tok.token_bytes, len(tok.token_bytes), eos, tok.special_tokens.values(), use_numpy=not args.trie)
    t_vocab = time.perf_counter() - t0
    schema = response_format_schema({"type": "json_schema", "json_schema": {"name": "user", "schema": SCHEMA}})
    t0 = time.perf_counter()
    compiled = vocab.compiled(schema)
    t_compile = time.perf_counter() - t0
    rng = random.Random(args.seed)
    cold, warm = [], []
    for r in range(args.requests):
        generate(vocab, schema, tok, rng, cold if r == 0 else warm)
    print(json.dumps({"model": Path(args.model).name, "mask_path": "trie" if args.trie else "numpy", "vocab_size": len(tok.token_bytes), "vocab_layout_s": round(t_vocab, 3),
                      "schema_compile_s": round(t_compile, 3), "dfa_states": len(compiled.map),
                      "masks_cached": len(compiled._masks), "cold_first_request": stats(cold),
                      "warm_later_requests": stats(warm) if warm else None}, indent=1))


if __name__ == "__main__":
    main()
