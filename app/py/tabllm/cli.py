"""tabllm command line: chat, generate, convert, models, build-site, serve (the chat site, or --api), bench."""

import argparse
import json
import os
import sys

from .api.limits import DEFAULT_KEEP_ALIVE_TIMEOUT, DEFAULT_READ_TIMEOUT
from .errors import EXIT_DEVICE, EXIT_USER, DeviceError, TabllmError
from .sampling import DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE
from .site import DEFAULT_CONTEXT as DEFAULT_SITE_CONTEXT


def _progress(message):
    print(message, file=sys.stderr, flush=True)


def _load(args):
    import tabllm

    speculate = _speculation(args, lambda d: tabllm.load(d, device=args.device, context_length=args.context,
                                                         progress=_progress, precision=args.precision))
    slots = {"kv_slots": args.kv_slots, "kv_budget": args.kv_budget_mib * 2**20} if hasattr(args, "kv_slots") else {}
    return tabllm.load(args.model, device=args.device, context_length=args.context, progress=_progress,
                       precision=args.precision, speculate=speculate, **slots)


SPECULATE_HELP = ("speculative decoding of greedy replies (temperature 0): prompt-lookup drafts the next tokens "
                  "from earlier text of the conversation, draft-model from a smaller model with the same tokenizer "
                  "(--draft-model), and one pass checks them: the same reply in fewer passes; off (default), or "
                  "where it does not apply (sampling, constraints, logprobs)")


def speculation_options(p):
    p.add_argument("--speculate", default="off", choices=["off", "prompt-lookup", "draft-model"], help=SPECULATE_HELP)
    p.add_argument("--draft-tokens", type=int, default=None, metavar="K",
                   help="--speculate: the most tokens drafted a pass (default 7; at most 7)")
    p.add_argument("--draft-model", default=None, metavar="DIR",
                   help="--speculate draft-model: the draft model's directory (loaded on the same device)")
    p.add_argument("--speculate-inexact", action="store_true",
                   help="--speculate also where the verify pass rounds differently from a decode step (f16 plans, "
                        "int8-activation decode products on wide models): replies may then differ from plain "
                        "greedy decoding's where the two likeliest tokens are nearly tied")


def _speculation(args, load_draft):
    """The Speculation of --speculate / --draft-tokens / --draft-model; load_draft(dir) loads the draft
    model's engine."""
    from .speculative import Speculation

    method, draft_dir = getattr(args, "speculate", "off"), getattr(args, "draft_model", None)
    if (method == "draft-model") != (draft_dir is not None):
        raise TabllmError("--speculate draft-model and --draft-model DIR go together")
    draft = load_draft(draft_dir) if draft_dir else None
    return Speculation.parse(method, getattr(args, "draft_tokens", None), draft,
                             exact=not getattr(args, "speculate_inexact", False))


DEVICE_HELP = ("auto (default: the GPU through wgpu-native, or the CPU when wgpu finds no GPU or only a software one "
               "such as lavapipe and the CPU executor can be built), gpu, cpu (kernels compiled by TVM for this CPU; "
               "needs apache-tvm) or the numpy reference")
PRECISION_HELP = ("auto (default): f16 storage of activations and KV cache where the GPU has shader-f16 and the "
                  "model family an f16 plan (Llama, Qwen2), else f32; f16; f32")


def _sampler(args):
    return {"temperature": args.temperature, "seed": args.seed, "repetition_penalty": args.repetition_penalty,
            "top_k": args.top_k, "top_p": args.top_p}


def _unicode(text, what):
    """text from the command line or the terminal, checked to be valid Unicode: bytes that are not
    UTF-8 reach Python as lone surrogates, which no tokenizer can encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise TabllmError(f"the {what} is not valid UTF-8 text (character {e.start + 1} is an undecodable byte); "
                          "check the terminal's encoding") from None
    return text


def cmd_generate(args):
    _unicode(args.prompt, "prompt")  # before loading the model
    engine = _load(args)
    raw = args.raw or engine.template is None  # a base model without a chat template continues the text
    if args.json:
        g = engine.generate(args.prompt, max_tokens=args.max_tokens, chat=not raw, **_sampler(args))
        print(json.dumps({
            "text": g.text, "token_ids": g.token_ids, "prompt_tokens": g.prompt_tokens,
            "finish_reason": g.finish_reason, "prefill_tok_s": round(g.prefill_tok_s, 3),
            "decode_tok_s": round(g.decode_tok_s, 3), "adapter": engine.executor.adapter_name,
            "precision": engine.precision,
            **({"speculation": g.stats["speculation"]} if "speculation" in g.stats else {}),
        }, ensure_ascii=False))
        return
    pieces = (engine.text_stream(args.prompt, args.max_tokens, **_sampler(args)) if raw else
              engine.chat_stream([{"role": "user", "content": args.prompt}], args.max_tokens, **_sampler(args)))
    for piece in pieces:
        print(piece, end="", flush=True)
    print()


def cmd_chat(args):
    engine = _load(args)
    print(f"tabllm chat on {engine.executor.adapter_name} ({engine.precision}). Empty line or Ctrl-D to quit, /reset for a new chat.",
          file=sys.stderr)
    messages = []
    while True:
        try:
            line = _unicode(input("> "), "line").strip()
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return
        except (UnicodeDecodeError, TabllmError) as e:  # bytes that are not UTF-8 (strict or surrogateescape stdin)
            print(f"tabllm: {e if isinstance(e, TabllmError) else 'the line is not valid UTF-8 text'}; type it again",
                  file=sys.stderr)
            continue
        if not line:
            return
        if line == "/reset":
            messages = []
            continue
        messages.append({"role": "user", "content": line})
        reply = []
        try:
            for piece in engine.chat_stream(messages, args.max_tokens, context_policy=args.context_policy, **_sampler(args)):
                print(piece, end="", flush=True)
                reply.append(piece)
        except KeyboardInterrupt:
            print(" [stopped]", end="")
        except TabllmError as e:  # e.g. a message longer than the context: the chat goes on without it
            if not reply:
                messages.pop()  # (no dangling user message: the next turn's template would see two in a row)
                print(f"tabllm: {e}; the message was not added to the chat", file=sys.stderr)
                continue
            print(f" [cut off: {e}]", end="")
        print()
        messages.append({"role": "assistant", "content": "".join(reply)})


def cmd_convert(args):
    from pathlib import Path

    from .convert import convert_gguf
    from .convert_hf import convert_hf
    from .quantize import DEFAULT_SCHEME

    if Path(args.source).is_dir():
        out = convert_hf(args.source, args.out, progress=_progress, quant=args.quant or DEFAULT_SCHEME)
    else:
        out = convert_gguf(args.source, args.out, progress=_progress, quant=args.quant)
    print(out)


def cmd_build_site(args):
    from .site import build_site

    print(build_site(args.out, args.model, context_length=args.context or DEFAULT_SITE_CONTEXT, progress=_progress))


def cmd_bench(args):
    from .bench import main as bench_main

    bench_main(args)


def cmd_serve(args):
    if args.split is not None:
        return _serve_split(args)
    if not args.api:
        return _serve_site(args)
    try:
        from .server import allowed_hosts_for, exposure_warnings, serve
    except ImportError as e:
        raise TabllmError(f"the server needs starlette, uvicorn and sse-starlette: pip install 'tabllm[serve]' ({e})")
    for warning in exposure_warnings(args.host, allowed_hosts_for(args.host, args.allowed_host), args.api_key):
        print(f"tabllm: warning: {warning}", file=sys.stderr, flush=True)
    engine = _load(args)
    print(f"tabllm: serving {args.model or 'the default model'} on {engine.executor.adapter_name} at "
          f"http://{args.host}:{args.port}/v1{' (API key required)' if args.api_key else ''}", file=sys.stderr, flush=True)
    serve(engine, args.host, args.port, max_queue=args.max_queue, cors_origins=args.cors_origin,
          extra_hosts=args.allowed_host, api_key=args.api_key, read_timeout=args.read_timeout,
          keep_alive_timeout=args.keep_alive_timeout)


def _kv_slots(value):
    """--kv-slots: a whole number >= 1 or "auto"."""
    return value if value == "auto" else int(value)


def _split_point(value):
    """--split's K: a whole number of layers, or "half" (also what --split alone means)."""
    return value if value == "half" else int(value)


def _serve_split(args):
    """The server half of split execution (docs/split.md): layers [0, K) for sessions over a WebSocket."""
    try:
        from .remote.server import serve_split
    except ImportError as e:
        raise TabllmError(f"the split server needs starlette, uvicorn and websockets: pip install 'tabllm[serve]' ({e})")
    from .convert import default_model_dir
    from .runtime.devices import make_executor

    model_dir = args.model or default_model_dir(progress=_progress)
    k = None if args.split == "half" else args.split  # (--split without K: half the layers)
    serve_split(model_dir, make_executor(args.device, progress=_progress), k, args.host, args.port,
                context_length=args.context, precision=args.precision, sessions=args.split_sessions,
                kv_mib=args.split_kv_mib, idle_timeout=args.split_idle_timeout)


def _serve_site(args):
    """The static chat site (built first unless --no-build), on localhost."""
    from pathlib import Path

    from .site import build_site, make_server

    site = Path(args.site)
    if not args.no_build:
        build_site(site, args.model, context_length=args.context or DEFAULT_SITE_CONTEXT, progress=_progress)
    server = make_server(site, args.host, args.port)
    print(f"tabllm: serving the chat page {site} at http://{args.host}:{server.server_port}/ (Ctrl-C to stop)",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def cmd_models(args):
    from .registry import list_models

    rows = list_models(args.dir)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    if not rows:
        print(f"no converted models in {args.dir or 'the cache'} (tabllm convert SRC --out DIR, or run tabllm once)")
        return
    print(f"{'name':32} {'arch':6} {'quant':12} {'disk MiB':>8} {'GPU MiB @ctx':>14}  needs    path")
    for r in rows:
        if "error" in r:
            print(f"{r['name'][:32]:32} (damaged: {r['error']})")
            continue
        quant = f"{r['quant']['linear']}/{r['quant']['embed']}"
        gpu = f"{r['gpu_bytes'] / 2**20:.0f} @{r['context']}"
        print(f"{r['name'][:32]:32} {r['architecture']:6} {quant:12} {r['disk_bytes'] / 2**20:8.1f} {gpu:>14}  {r['needs']:8} {r['path']}")


def _gguf_models_to_dirs(args):
    """--model / --draft-model given as a .gguf file: converted into the cache on first use (convert.gguf_model_dir),
    then its cached model dir is what loads."""
    from .convert import gguf_model_dir, is_gguf_path

    for attr in ("model", "draft_model"):
        value = getattr(args, attr, None)
        if isinstance(value, list):  # build-site --model A --model B
            setattr(args, attr, [str(gguf_model_dir(v, _progress)) if is_gguf_path(v) else v for v in value])
        elif is_gguf_path(value):
            setattr(args, attr, str(gguf_model_dir(value, _progress)))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tabllm", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def model_options(p):
        p.add_argument("--model", help="model directory or .gguf file (converted into the cache on first use; "
                                        "default: the bundled SmolLM2-135M-Instruct)")
        p.add_argument("--device", default="auto", choices=["auto", "gpu", "cpu", "reference"], help=DEVICE_HELP)
        p.add_argument("--context", type=int, default=None, help="KV cache capacity in tokens (default 4096)")
        p.add_argument("--precision", default="auto", choices=["auto", "f16", "f32"], help=PRECISION_HELP)
        p.add_argument("--max-tokens", type=int, default=DEFAULT_MAX_TOKENS)
        p.add_argument("--temperature", type=float, default=DEFAULT_TEMPERATURE, help="0 = greedy")
        p.add_argument("--seed", type=int, default=None)
        p.add_argument("--repetition-penalty", type=float, default=1.0)
        p.add_argument("--top-k", type=int, default=0, help="sample from the k most likely tokens (0 = off)")
        p.add_argument("--top-p", type=float, default=1.0, help="nucleus sampling mass (1 = off)")
        speculation_options(p)

    g = sub.add_parser("generate", help="answer one prompt (as a chat message)")
    g.add_argument("prompt")
    g.add_argument("--json", action="store_true", help="print one JSON object with text, token ids and speeds")
    g.add_argument("--raw", action="store_true",
                   help="continue PROMPT as raw text, without the chat template (automatic for models without one)")
    model_options(g)
    g.set_defaults(func=cmd_generate)

    c = sub.add_parser("chat", help="interactive streaming chat")
    model_options(c)
    c.add_argument("--context-policy", choices=["drop_oldest", "error"], default="drop_oldest",
                   help="a chat longer than the context: drop its oldest turns (default; the system prompt stays) "
                        "or stop with an error")
    c.set_defaults(func=cmd_chat)

    v = sub.add_parser("convert", help="convert a GGUF file or a Hugging Face folder into a tabllm model directory")
    v.add_argument("source", help="a .gguf file, or a Hugging Face folder (config.json, *.safetensors, tokenizer.json)")
    v.add_argument("--out", required=True, help="output model directory")
    v.add_argument("--quant", choices=["q4f16", "q4f32", "q8f16", "q8f32", "f16", "f32"], default=None,
                   help="quantization scheme (Hugging Face default q4f32; GGUF: Q4_0/Q4_1/Q8_0 are always carried "
                        "exactly, other types are re-quantized to this scheme; f16 / f32 store every matrix "
                        "unquantized: F16 / F32 tensors carried, others dequantized)")
    v.set_defaults(func=cmd_convert)

    b = sub.add_parser("build-site", help="assemble the static chat site (page, Pyodide, kernels, model)")
    b.add_argument("--out", default="build/site", help="output folder: new, empty, or a site built before (replaced); default build/site")
    b.add_argument("--model", action="append", help="model directory (default: the bundled SmolLM2-135M-Instruct); "
                   "repeat it for several models: the page lists them all and loads the first")
    b.add_argument("--context", type=int, default=None, help=f"the page's KV cache capacity (default {DEFAULT_SITE_CONTEXT})")
    b.set_defaults(func=cmd_build_site)

    bench = sub.add_parser("bench", help="prefill/decode speed against this GPU's measured ceilings")
    src = bench.add_mutually_exclusive_group()
    src.add_argument("--synthetic", choices=["gemma3-270m", "gpt2-124m", "llama-8b", "llama-8b-q4km", "phi3-mini", "qwen3-0.6b", "smollm2-135m"], default="smollm2-135m",
                     help="random weights of these models' shapes and formats, built in memory (default smollm2-135m)")
    src.add_argument("--model", help="a model directory (or .gguf file, converted into the cache on first use) instead")
    bench.add_argument("--prompt-tokens", type=int, default=512)
    bench.add_argument("--decode-tokens", type=int, default=128)
    bench.add_argument("--tokens-per-call", type=int, default=None,
                       help="prefill chunk: rows of the activation buffers (default: the engine's choice for the model)")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.add_argument("--profile", action="store_true", help="also GPU time per kernel (timestamp queries)")
    bench.add_argument("--precision", default="auto", choices=["auto", "f16", "f32"], help=PRECISION_HELP)
    bench.add_argument("--device", default="gpu", choices=["gpu", "cpu"], help="gpu (wgpu-native) or cpu (the CPU executor, f32)")
    bench.add_argument("--temperature", type=float, default=0.0, help="decode sampling temperature (default 0: greedy)")
    bench.add_argument("--top-k", type=int, default=0, help="decode top-k (0 = off)")
    bench.add_argument("--top-p", type=float, default=1.0, help="decode top-p (1 = off)")
    bench.add_argument("--logprobs", type=int, default=None, metavar="N",
                       help="also each decoded token's log-probability and its N (0..20) most likely alternatives")
    speculation_options(bench)
    bench.set_defaults(func=cmd_bench)

    s = sub.add_parser("serve", help="serve the chat page (built into --site), or with --api the OpenAI-compatible HTTP API")
    s.add_argument("--api", action="store_true", help="/v1/chat/completions, /v1/completions, /v1/embeddings, /v1/models")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only; 0.0.0.0 exposes it to the network)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--max-queue", type=int, default=64, help="--api: requests that may wait for the engine (more get 503)")
    s.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="let pages from ORIGIN (e.g. http://localhost:5173, or *) call the API; repeatable")
    s.add_argument("--api-key", default=os.environ.get("TABLLM_API_KEY") or None, metavar="KEY",
                   help="--api: require 'Authorization: Bearer KEY' (default: $TABLLM_API_KEY; prefer it, a key "
                        "on the command line shows in the process list)")
    s.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                   help="--api: a host name clients reach the server by (the Host header), besides localhost, "
                        "127.0.0.1 and ::1; repeatable; * = any (the default when bound beyond loopback)")
    s.add_argument("--read-timeout", type=float, default=DEFAULT_READ_TIMEOUT, metavar="SECONDS",
                   help=f"--api: how long a request's headers, and then its body, may take to arrive "
                        f"(default {DEFAULT_READ_TIMEOUT:g})")
    s.add_argument("--keep-alive-timeout", type=float, default=DEFAULT_KEEP_ALIVE_TIMEOUT, metavar="SECONDS",
                   help=f"--api: idle keep-alive connections close after this (default {DEFAULT_KEEP_ALIVE_TIMEOUT:g})")
    s.add_argument("--model", help="model directory or .gguf file (default: the bundled SmolLM2-135M-Instruct)")
    s.add_argument("--device", default="auto", choices=["auto", "gpu", "cpu", "reference"], help="--api: " + DEVICE_HELP)
    s.add_argument("--precision", default="auto", choices=["auto", "f16", "f32"], help="--api: " + PRECISION_HELP)
    s.add_argument("--context", type=int, default=None,
                   help=f"KV cache capacity in tokens (default: 4096 with --api, {DEFAULT_SITE_CONTEXT} in the page)")
    s.add_argument("--kv-slots", type=_kv_slots, default="auto", metavar="N",
                   help="--api: KV caches kept, each holding one conversation's prefix so that its next turn "
                        "prefills only its new tokens; a request goes to the slot holding the longest prefix of it, "
                        "else the least recently used (default auto: as many as --kv-budget-mib holds, at most 8; "
                        "1: one conversation at a time)")
    s.add_argument("--kv-budget-mib", type=float, default=1024.0, metavar="MIB",
                   help="--api: GPU memory for the KV slots (default 1024 MiB; one slot is kept whatever it holds)")
    s.add_argument("--site", default="build/site", help="the chat page: site folder (default build/site)")
    s.add_argument("--no-build", action="store_true", help="the chat page: serve the site folder as it is")
    s.add_argument("--split", type=_split_point, nargs="?", const="half", default=None, metavar="K",
                   help="split execution (docs/split.md): run layers [0, K) of the model for clients that run the "
                        "rest, over a WebSocket at /v1/split (K omitted or \"half\": half the layers)")
    s.add_argument("--split-sessions", type=int, default=8, metavar="N", help="--split: sessions at once (default 8)")
    s.add_argument("--split-kv-mib", type=float, default=None, metavar="MIB",
                   help="--split: KV cache memory for all sessions; fewer sessions when it holds fewer (default: no cap)")
    s.add_argument("--split-idle-timeout", type=float, default=120.0, metavar="SECONDS",
                   help="--split: a session without a request for this long is closed (default 120)")
    speculation_options(s)
    s.set_defaults(func=cmd_serve)

    m = sub.add_parser("models", help="list converted model directories")
    m.add_argument("--dir", default=None, help="folder of model directories (default: the cache, $TABLLM_HOME/models)")
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=cmd_models)

    args = parser.parse_args(argv)
    try:
        _gguf_models_to_dirs(args)
        args.func(args)
    except TabllmError as exc:
        print(f"tabllm: error: {exc}", file=sys.stderr)
        sys.exit(EXIT_DEVICE if isinstance(exc, DeviceError) else EXIT_USER)


if __name__ == "__main__":
    main()
