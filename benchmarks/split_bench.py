"""Split execution's cost per generated token (docs/split.md): bytes on the wire, and milliseconds added
against the unsplit engine, on loopback and with a simulated round trip added.

    .venv/bin/python benchmarks/split_bench.py --device cpu                      # the bundled SmolLM2
    .venv/bin/python benchmarks/split_bench.py --device gpu --synthetic llama-8b --split 16
    .venv/bin/python benchmarks/split_bench.py --device cpu --delays 0,20,80 --json out.json

One process holds all of it: the unsplit engine; a split server (remote.server.SplitServer, uvicorn on a
thread) running layers [0, k); a client's last part (remote.parts.LastPart) fed through a real WebSocket
on 127.0.0.1 (remote.client.RemoteFirstPart). Each row decodes the same greedy tokens after the same random
prompt (the unsplit engine's ids are checked equal where the weights are a model directory's):
- unsplit:        the whole model in one engine (its decode keeps steps queued, engine.QUEUED_STEPS)
- local split:    both parts in this process, no socket: the split's own cost (two submits and two reads a
                  token, nothing queued)
- loopback (+d):  over the socket, with d ms slept before each request (a simulated round trip)
Server compute: the seconds the server's worker ran [0, k) for a decode step (pool.compute_s), against the
unsplit step: what one user's token costs the server's device instead.
Synthetic shapes (--synthetic, bench.SYNTHETIC) have random weights and no model directory: the same
figures without the equality check.
"""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app" / "py"))

from tabllm.bench import SYNTHETIC, synthetic_engine, upload_random_weights  # noqa: E402
from tabllm.engine import Engine  # noqa: E402
from tabllm.remote import protocol  # noqa: E402
from tabllm.remote.client import RemoteFirstPart  # noqa: E402
from tabllm.remote.parts import FirstPart, LastPart  # noqa: E402
from tabllm.remote.server import SessionPool, SplitServer, model_fingerprint  # noqa: E402
from tabllm.runtime.devices import make_executor  # noqa: E402
from tabllm.sampling import SamplerSettings  # noqa: E402

GREEDY = SamplerSettings(temperature=0)


def synthetic_parts(name, k, device, context):
    """(first, last) over random weights of a SYNTHETIC model's shapes (no model directory); last's
    first_part is set by the caller."""
    spec = SYNTHETIC[name]
    config, quant = spec["config"], _quant_of(spec, spec["config"])
    first = FirstPart.from_plan_config(config, quant, make_executor(device), (0, k), context)
    last = LastPart.from_plan_config(config, quant, make_executor(device), (k, config["num_layers"]), context, first_part=None)
    for part in (first, last):
        upload_random_weights(part.plan, part.executor)
    return first, last


def _quant_of(spec, config):
    """Each matrix's format, as bench.synthetic_engine gives it."""
    quant = {"embed": spec["quant"]["embed"]}
    for i in range(config["num_layers"]):
        for m in spec.get("matrices", ("qkv", "o", "gate_up", "down")):
            quant[f"layers.{i}.{m}"] = spec["quant"].get(m, spec["quant"]["*"])
    if not config["tie_word_embeddings"]:
        quant["lm_head"] = spec["quant"].get("lm_head", spec["quant"]["*"])
    return quant


def decode(engine, ids, tokens, on_first=None):
    """(generated ids, decode seconds a token): greedy, the whole prompt prefilled. on_first(): called when
    the first token is out (the prefill done)."""
    engine.forget_cached_prefix()
    stats, out = {}, []
    for token in engine.stream_ids(ids, tokens + 1, GREEDY, stats, stop_at_eos=False):
        if not out and on_first:
            on_first()
        out.append(token)
    return out, stats["decode_s"] / max(stats["decode_steps"], 1)


class Delayed:
    """A first_part that sleeps `delay_s` before each request: a simulated network round trip."""

    def __init__(self, inner, delay_s):
        self.inner, self.delay_s = inner, delay_s

    def __call__(self, *args):
        time.sleep(self.delay_s)
        return self.inner(*args)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--device", default="cpu", choices=["cpu", "gpu", "auto"])
    ap.add_argument("--model", help="model directory (default: the bundled SmolLM2-135M-Instruct)")
    ap.add_argument("--synthetic", choices=sorted(SYNTHETIC), help="random weights of these shapes instead of a model")
    ap.add_argument("--split", type=int, default=None, help="k: the server runs layers [0, k) (default: half)")
    ap.add_argument("--prompt-tokens", type=int, default=64)
    ap.add_argument("--decode-tokens", type=int, default=32)
    ap.add_argument("--context", type=int, default=512)
    ap.add_argument("--delays", default="0,20,80", help="simulated round trips in ms, comma-separated")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each row; the median is reported")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    delays = [float(d) for d in args.delays.split(",") if d != ""]

    if args.synthetic:
        full = synthetic_engine(args.synthetic, make_executor(args.device), args.context)
        k = args.split or full.config["num_layers"] // 2
        first, last = synthetic_parts(args.synthetic, k, args.device, args.context)
        fingerprint, what = None, f"synthetic {args.synthetic}"
    else:
        from tabllm.convert import default_model_dir

        model_dir = Path(args.model) if args.model else default_model_dir()
        full = Engine(model_dir, make_executor(args.device), context_length=args.context, precision="f32")
        k = args.split or full.config["num_layers"] // 2
        first = FirstPart(model_dir, make_executor(args.device), k, context_length=args.context, precision="f32")
        last = LastPart(model_dir, make_executor(args.device), k, None, context_length=args.context, precision="f32")
        fingerprint, what = model_fingerprint(model_dir), full.config.get("name", model_dir.name)
    config = full.config
    L, D = config["num_layers"], config["hidden_size"]
    ids = np.random.default_rng(7).integers(0, config["vocab_size"], args.prompt_tokens).tolist()
    check = not args.synthetic  # random weights: the parts' weights are not the unsplit engine's

    def median_run(engine, **kw):
        runs = [decode(engine, ids, args.decode_tokens, **kw) for _ in range(args.repeats)]
        return runs[0][0], float(np.median([r[1] for r in runs]))

    decode(full, ids[:8], 4)  # warm-up: pipelines, caches
    want, unsplit_s = median_run(full)
    rows = [{"row": "unsplit", "ms_per_token": unsplit_s * 1e3}]

    last.first_part = first.rows  # both parts here, no socket
    got, local_s = median_run(last)
    assert not check or got == want, "the local split's ids differ from the unsplit engine's"
    rows.append({"row": "local split", "ms_per_token": local_s * 1e3})

    # the server: first's slot 0 serves the socket's one session (first.rows above used it too: rewound)
    server = SplitServer(SessionPool(first, idle_timeout=600))
    url = server.start()
    remote = RemoteFirstPart(url, fingerprint=fingerprint)
    pool = server.pool
    for delay in delays:
        last.first_part = Delayed(remote, delay / 1e3) if delay else remote
        marks = {}

        def prefill_done():  # (each run: the figures below are the last run's decode)
            marks["requests"], marks["compute_s"] = pool.requests, pool.compute_s
            marks["wire"] = dict(remote.wire)

        runs = [decode(last, ids, args.decode_tokens, on_first=prefill_done) for _ in range(args.repeats)]
        got, split_s = runs[-1][0], float(np.median([r[1] for r in runs]))
        assert not check or got == want, f"split ids differ from the unsplit engine's (delay {delay} ms)"
        steps = pool.requests - marks["requests"]  # the last run's decode requests
        wire = {key: remote.wire[key] - marks["wire"][key] for key in ("bytes_sent", "bytes_received")}
        rows.append({
            "row": f"loopback + {delay:g} ms" if delay else "loopback",
            "ms_per_token": split_s * 1e3,
            "added_ms_per_token": (split_s - unsplit_s) * 1e3,
            "bytes_per_token": (wire["bytes_sent"] + wire["bytes_received"]) / steps,
            "bytes_up_per_token": wire["bytes_sent"] / steps,
            "bytes_down_per_token": wire["bytes_received"] / steps,
            "server_ms_per_token": (pool.compute_s - marks["compute_s"]) / steps * 1e3,
        })
    remote.close()
    server.stop()

    result = {"model": what, "device": full.executor.adapter_name, "layers": L, "hidden_size": D, "split": k,
              "prompt_tokens": args.prompt_tokens, "decode_tokens": args.decode_tokens, "repeats": args.repeats,
              "date": time.strftime("%Y-%m-%d"), "tokens_checked_equal": check,
              "predicted_bytes_per_token": 2 * protocol.HEADER.size + 4 + 4 * D, "rows": rows}
    print(f"{what} on {result['device']}: server layers [0, {k}) of {L}, D = {D}; {args.prompt_tokens}-token prompt, "
          f"{args.decode_tokens} greedy tokens, median of {args.repeats}"
          + (" (ids equal to the unsplit engine's in every row)" if check else ""))
    print(f"{'row':<18}{'ms/token':>10}{'added ms':>10}{'bytes/token':>13}{'server ms':>11}")
    for r in rows:
        added = f"{r['added_ms_per_token']:10.2f}" if "added_ms_per_token" in r else f"{(r['ms_per_token'] - unsplit_s * 1e3):10.2f}"
        extra = f"{r['bytes_per_token']:13.0f}{r['server_ms_per_token']:11.2f}" if "bytes_per_token" in r else ""
        print(f"{r['row']:<18}{r['ms_per_token']:10.2f}{added}{extra}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    for part in (full, first, last):
        part.close()


if __name__ == "__main__":
    main()
