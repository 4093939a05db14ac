"""Split execution's cost per generated token (docs/split.md): bytes on the wire, and milliseconds added
against the unsplit engine, on loopback and with a simulated round trip added.

    .venv/bin/python benchmarks/split_bench.py --device cpu                      # the bundled SmolLM2
    .venv/bin/python benchmarks/split_bench.py --device gpu --synthetic llama-8b --split 16
    .venv/bin/python benchmarks/split_bench.py --device cpu --delays 0,20,80 --repeats 5 --json out.json

The split server (remote.server.SplitServer: layers [0, k)) runs in a child process, as it would on a
machine of its own (in one process the server's threads and the client share the GIL: on this 2-core VM
that added ~10 ms a token); this process holds the unsplit engine and the client's last part
(remote.parts.LastPart), fed through a real WebSocket on 127.0.0.1 (remote.client.RemoteFirstPart). Each
row decodes the same greedy tokens after the same random prompt, and every repeat runs every row in turn
(a shared machine's load falls on all rows alike; each figure is the row's median):
- unsplit:        the whole model in one engine (its decode keeps steps queued, engine.QUEUED_STEPS)
- local split:    both parts in this process, no socket: the split's own cost (two submits and two reads a
                  token, nothing queued)
- loopback (+d):  over the socket, with d ms slept before each request (a simulated round trip)
bytes/token: both directions, decode steps only. server ms: the server's worker running [0, k) for one
decode step (GET /v1/split/status: compute_s over requests): what a user's token costs the server's
device, against the unsplit step. Synthetic shapes (--synthetic, bench.SYNTHETIC) get random weights that
bench.upload_random_weights makes from each buffer's name and size, so the parts hold the unsplit
engine's weights and the ids are compared there too (each row reports ids_equal_unsplit).
"""

import argparse
import json
import multiprocessing
import os
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


def make_part(args, cls, layers):
    """A FirstPart / LastPart (first_part unset) of the model directory, or of a SYNTHETIC model's shapes
    over bench.upload_random_weights, which fills each buffer from its name and size alone: the parts'
    weights are then the unsplit synthetic engine's."""
    if args.synthetic:
        spec = SYNTHETIC[args.synthetic]
        config = spec["config"]
        part = cls.from_plan_config(config, _quant_of(spec, config), make_executor(args.device), layers, args.context,
                                    precision="f32", first_part=None)
        upload_random_weights(part.plan, part.executor)
        return part
    k = layers[0] if cls is LastPart else layers[1]
    return cls(model_dir_of(args), make_executor(args.device), k, *([None] if cls is LastPart else []),
               context_length=args.context, precision="f32")


def model_dir_of(args):
    from tabllm.convert import default_model_dir

    return Path(args.model) if args.model else default_model_dir()


def serve_child(conn, args, k):
    """The split server in a process of its own (as it would be on its own machine: no GIL shared with
    the client): sends its URL, serves until told to stop."""
    first = make_part(args, FirstPart, (0, k))
    server = SplitServer(SessionPool(first, idle_timeout=3600))
    conn.send(server.start())
    conn.recv()
    server.stop()


def server_status(url) -> dict:
    """The server's GET /v1/split/status (requests run, seconds computing)."""
    from urllib.request import urlopen

    with urlopen(url.replace("ws://", "http://") + "/status", timeout=30) as r:
        return json.loads(r.read())


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
        full = synthetic_engine(args.synthetic, make_executor(args.device), args.context, precision="f32")
        fingerprint, what = None, f"synthetic {args.synthetic}"
    else:
        model_dir = model_dir_of(args)
        full = Engine(model_dir, make_executor(args.device), context_length=args.context, precision="f32")
        fingerprint, what = model_fingerprint(model_dir), full.config.get("name", model_dir.name)
    config = full.config
    L, D = config["num_layers"], config["hidden_size"]
    k = args.split or L // 2
    first, last = make_part(args, FirstPart, (0, k)), make_part(args, LastPart, (k, L))
    ids = np.random.default_rng(7).integers(0, config["vocab_size"], args.prompt_tokens).tolist()

    # the server, in a process of its own; its status gives its compute seconds
    ctx = multiprocessing.get_context("spawn")
    conn, child_conn = ctx.Pipe()
    child = ctx.Process(target=serve_child, args=(child_conn, args, k), daemon=True)
    child.start()
    url = conn.recv()
    remote = RemoteFirstPart(url, fingerprint=fingerprint)
    # row -> (engine, first_part or None): every repeat runs every row in turn, so that the load of a shared
    # machine falls on all rows alike; each row's figure is its median
    plan = [("unsplit", full, None), ("local split", last, first.rows)]
    plan += [(f"loopback + {d:g} ms" if d else "loopback", last, Delayed(remote, d / 1e3) if d else remote) for d in delays]
    decode(full, ids[:8], 4)  # warm-up: caches, lazily made pipelines
    times = {row: [] for row, _, _ in plan}
    server_s, wire_bytes, up_bytes, steps_run, equal = {}, {}, {}, {}, {}
    for _ in range(args.repeats):
        for row, engine, first_part in plan:
            marks = {}

            def prefill_done():  # the figures below are the decode's: from the first token on
                marks.update(remote.wire)
                marks["server"] = server_status(url) if row.startswith("loopback") else None

            if first_part is not None:
                engine.first_part = first_part
            got, seconds = decode(engine, ids, args.decode_tokens, on_first=prefill_done)
            if row == "unsplit":
                want = got
            equal[row] = equal.get(row, True) and got == want
            times[row].append(seconds)
            if marks["server"] is not None:  # (rows over the socket)
                status = server_status(url)
                steps = status["requests"] - marks["server"]["requests"]
                steps_run[row] = steps_run.get(row, 0) + steps
                server_s[row] = server_s.get(row, 0.0) + status["compute_s"] - marks["server"]["compute_s"]
                up = remote.wire["bytes_sent"] - marks["bytes_sent"]
                up_bytes[row] = up_bytes.get(row, 0) + up
                wire_bytes[row] = wire_bytes.get(row, 0) + up + remote.wire["bytes_received"] - marks["bytes_received"]
    remote.close()
    conn.send("stop")
    child.join(30)
    unsplit_s = float(np.median(times["unsplit"]))
    rows = []
    for row, _, _ in plan:
        r = {"row": row, "ms_per_token": float(np.median(times[row])) * 1e3, "runs_ms": [t * 1e3 for t in times[row]],
             "ids_equal_unsplit": equal[row]}
        r["added_ms_per_token"] = r["ms_per_token"] - unsplit_s * 1e3
        if row in steps_run:
            n = steps_run[row]
            r.update(bytes_per_token=wire_bytes[row] / n, bytes_up_per_token=up_bytes[row] / n,
                     bytes_down_per_token=(wire_bytes[row] - up_bytes[row]) / n, server_ms_per_token=server_s[row] / n * 1e3)
        rows.append(r)

    result = {"model": what, "device": full.executor.adapter_name, "layers": L, "hidden_size": D, "split": k,
              "prompt_tokens": args.prompt_tokens, "decode_tokens": args.decode_tokens, "repeats": args.repeats,
              "date": time.strftime("%Y-%m-%d"),
              "predicted_bytes_per_token": 2 * protocol.HEADER.size + 4 + 4 * D, "load_average": os.getloadavg(),
              "rows": rows}
    print(f"{what} on {result['device']}: server layers [0, {k}) of {L}, D = {D}; {args.prompt_tokens}-token prompt, "
          f"{args.decode_tokens} greedy tokens, median of {args.repeats}"
          + ("; ids equal to the unsplit engine's in every row" if all(equal.values()) else
             f"; ids DIFFER from the unsplit engine's in: {', '.join(r for r, ok in equal.items() if not ok)}"))
    print(f"{'row':<18}{'ms/token':>10}{'added ms':>10}{'bytes/token':>13}{'server ms':>11}")
    for r in rows:
        added = f"{r['added_ms_per_token']:10.2f}"
        extra = f"{r['bytes_per_token']:13.0f}{r['server_ms_per_token']:11.2f}" if "bytes_per_token" in r else ""
        print(f"{r['row']:<18}{r['ms_per_token']:10.2f}{added}{extra}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    for part in (full, first, last):
        part.close()


if __name__ == "__main__":
    main()
