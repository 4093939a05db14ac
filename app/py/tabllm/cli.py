"""tabllm command line: chat, generate, convert, bench."""

import argparse
import json
import sys

from .errors import TabllmError


def _progress(message):
    print(message, file=sys.stderr, flush=True)


def _load(args):
    import tabllm

    return tabllm.load(args.model, device=args.device, context_length=args.context, progress=_progress)


def _sampler(args):
    return {"temperature": args.temperature, "seed": args.seed, "repetition_penalty": args.repetition_penalty,
            "top_k": args.top_k, "top_p": args.top_p}


def cmd_generate(args):
    engine = _load(args)
    if args.json:
        g = engine.generate(args.prompt, max_tokens=args.max_tokens, **_sampler(args))
        print(json.dumps({
            "text": g.text, "token_ids": g.token_ids, "prompt_tokens": g.prompt_tokens,
            "finish_reason": g.finish_reason, "prefill_tok_s": round(g.prefill_tok_s, 3),
            "decode_tok_s": round(g.decode_tok_s, 3), "adapter": engine.executor.adapter_name,
        }, ensure_ascii=False))
        return
    for piece in engine.chat_stream([{"role": "user", "content": args.prompt}], args.max_tokens, **_sampler(args)):
        print(piece, end="", flush=True)
    print()


def cmd_chat(args):
    engine = _load(args)
    print(f"tabllm chat on {engine.executor.adapter_name}. Empty line or Ctrl-D to quit, /reset for a new chat.",
          file=sys.stderr)
    messages = []
    while True:
        try:
            line = input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return
        if not line:
            return
        if line == "/reset":
            messages = []
            continue
        messages.append({"role": "user", "content": line})
        reply = []
        try:
            for piece in engine.chat_stream(messages, args.max_tokens, **_sampler(args)):
                print(piece, end="", flush=True)
                reply.append(piece)
        except KeyboardInterrupt:
            print(" [stopped]", end="")
        print()
        messages.append({"role": "assistant", "content": "".join(reply)})


def cmd_convert(args):
    from .convert import convert_gguf

    out = convert_gguf(args.source, args.out, progress=_progress)
    print(out)


def cmd_bench(args):
    from .bench import main as bench_main

    bench_main(args)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tabllm", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def model_options(p):
        p.add_argument("--model", help="model directory (default: the bundled SmolLM2-135M-Instruct)")
        p.add_argument("--device", default="gpu", choices=["gpu", "reference"], help="gpu (wgpu-native) or the numpy reference")
        p.add_argument("--context", type=int, default=None, help="KV cache capacity in tokens (default 4096)")
        p.add_argument("--max-tokens", type=int, default=256)
        p.add_argument("--temperature", type=float, default=0.7, help="0 = greedy")
        p.add_argument("--seed", type=int, default=None)
        p.add_argument("--repetition-penalty", type=float, default=1.0)
        p.add_argument("--top-k", type=int, default=0, help="sample from the k most likely tokens (0 = off)")
        p.add_argument("--top-p", type=float, default=1.0, help="nucleus sampling mass (1 = off)")

    g = sub.add_parser("generate", help="answer one prompt (as a chat message)")
    g.add_argument("prompt")
    g.add_argument("--json", action="store_true", help="print one JSON object with text, token ids and speeds")
    model_options(g)
    g.set_defaults(func=cmd_generate)

    c = sub.add_parser("chat", help="interactive streaming chat")
    model_options(c)
    c.set_defaults(func=cmd_chat)

    v = sub.add_parser("convert", help="convert a GGUF file into a tabllm model directory")
    v.add_argument("source", help="a .gguf file")
    v.add_argument("--out", required=True, help="output model directory")
    v.set_defaults(func=cmd_convert)

    b = sub.add_parser("bench", help="prefill/decode speed against this GPU's measured ceilings")
    src = b.add_mutually_exclusive_group()
    src.add_argument("--synthetic", choices=["llama-8b", "smollm2-135m"], default="smollm2-135m",
                     help="random q4 weights of these shapes, built in memory (default smollm2-135m)")
    src.add_argument("--model", help="a converted model directory instead")
    b.add_argument("--prompt-tokens", type=int, default=512)
    b.add_argument("--decode-tokens", type=int, default=128)
    b.add_argument("--json", action="store_true", help="print one JSON object")
    b.add_argument("--profile", action="store_true", help="also GPU time per kernel (timestamp queries)")
    b.set_defaults(func=cmd_bench)

    args = parser.parse_args(argv)
    try:
        args.func(args)
    except TabllmError as exc:
        print(f"tabllm: error: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
