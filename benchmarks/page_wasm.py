"""The chat page without WebGPU: SmolLM2 (or --model) on the WebAssembly kernels (app/js/wasm_executor.mjs) in
headless Chromium, prefill and decode tokens per second as the page measures them (its "done" message), and
the greedy ids against CPython's CPU executor (the same kernel definitions built for the host).

    .venv/bin/python benchmarks/page_wasm.py                       # SmolLM2, 3 replies of 128 tokens, 1 then 2 threads
    .venv/bin/python benchmarks/page_wasm.py --max-tokens 64 --replies 5 --threads 1,2,4 --model DIR

Each --threads count is a fresh page (?threads=N; the site is cross-origin isolated, so the worker's WebAssembly
threads can share the module's memory); then CPython's CPU executor (the host's build of the same kernels, its
own threads) decodes the same prompt in the same run, for scale.

Chromium runs without --enable-unsafe-webgpu (no WebGPU here: the worker takes the WebAssembly path by itself).
Each reply is a fresh conversation (the page's reset) with the same prompt; greedy, EOS ignored, so every
reply decodes --max-tokens tokens. Prints each reply's figures and the best; figures of one machine only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app" / "py"))

FLAGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
LOAD_TIMEOUT_MS = 600_000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, help="model directory (default: the bundled SmolLM2-135M-Instruct)")
    parser.add_argument("--prompt", default="Tell me about Paris.")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--replies", type=int, default=3)
    parser.add_argument("--chromium", default=os.environ.get("TABLLM_CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--threads", default="1,2", help="the page's WebAssembly threads, a page each (default 1,2)")
    parser.add_argument("--no-compare", action="store_true", help="skip the greedy ids' comparison")
    a = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from tabllm.convert import default_model_dir
    from tabllm.site import build_site

    sys.path.insert(0, str(ROOT / "playwright"))
    from site_server import serve

    model = a.model or default_model_dir()
    thread_counts = [int(t) for t in a.threads.split(",")]
    runs = []  # (threads, replies): one page each, in --threads order (a count may repeat: 1,2,1,2 interleaves)
    errors = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        site = build_site(Path(tmp) / "site", model, progress=lambda *_: None)
        browser = p.chromium.launch(executable_path=a.chromium, headless=True, args=FLAGS)
        with serve(site) as url:
            for threads in thread_counts:
                page = browser.new_page()
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                replies = page_replies(page, url + f"index.html?temperature=0&max_tokens={a.max_tokens}&ignore_eos=1"
                                       f"&threads={threads}", a)
                page.close()
                runs.append((threads, replies))
        browser.close()
    native = native_cpu(model, a)
    print()
    for threads, replies in runs:
        # prefill: the replies whose prompt was prefilled whole (the page keeps a conversation's K / V rows: a
        # new chat with the same prompt may reuse them)
        whole = [r["prefill_tok_s"] for r in replies if not r.get("cached_tokens")] or [float("nan")]
        print(f"page, WebAssembly SIMD128, {threads} thread(s): decode {max(r['decode_tok_s'] for r in replies):.1f} tok/s, "
              f"prefill {max(whole):.1f} tok/s (best of {len(replies)}; {Path(model).name})")
    print(f"CPython CPU executor: decode {native['decode_tok_s']:.1f} tok/s, prefill {native['prefill_tok_s']:.1f} tok/s")
    if errors:
        print("console errors:", *errors, sep="\n  ")
    if not a.no_compare:
        for threads, replies in runs:
            same = all(r["token_ids"] == native["ids"] for r in replies)
            first = next((i for i, (x, y) in enumerate(zip(replies[0]["token_ids"], native["ids"])) if x != y), None)
            print(f"{threads} thread(s): greedy ids equal to CPython's CPU executor: {same}"
                  + ("" if same else f" (first difference at {first})"))
    print(json.dumps({"pages": [{"threads": t, "decode_tok_s": [r["decode_tok_s"] for r in rs],
                                 "prefill_tok_s": [r["prefill_tok_s"] for r in rs],
                                 "cached_tokens": [r.get("cached_tokens", 0) for r in rs]} for t, rs in runs],
                      "cpu_executor": {k: native[k] for k in ("decode_tok_s", "prefill_tok_s")}}))


def page_replies(page, address, a):
    """--replies fresh conversations on the page at address; each one's done message."""
    t0 = time.perf_counter()
    page.goto(address)
    page.wait_for_function("document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'",
                           timeout=LOAD_TIMEOUT_MS, polling=250)
    ready = page.evaluate("window.tabllm.ready")
    if ready is None:
        raise SystemExit(f"the page failed: {page.inner_text('#error')}")
    print(f"ready in {time.perf_counter() - t0:.1f} s: {page.inner_text('#gpu-info')} (device {ready['device']}, "
          f"profile {ready['profile']}, cross-origin isolated: {page.evaluate('crossOriginIsolated')})", flush=True)
    replies = []
    for i in range(a.replies):
        page.evaluate("window.tabllm.replies.length = 0")
        if i:
            page.click("#new-chat")  # a fresh conversation: the same prompt prefilled again
        page.fill("#input", a.prompt)
        page.click("#send")
        page.wait_for_function("window.tabllm.replies.length > 0 || document.body.dataset.state === 'error'",
                               timeout=LOAD_TIMEOUT_MS, polling=100)
        r = page.evaluate("window.tabllm.replies.at(-1)")
        if r is None:
            raise SystemExit(f"the page failed: {page.inner_text('#error')}")
        replies.append(r)
        print(f"reply {i + 1}: {r['prompt_tokens']} prompt tokens ({r.get('cached_tokens', 0)} cached), prefill {r['prefill_tok_s']:.1f} tok/s, "
              f"{len(r['token_ids'])} tokens decode {r['decode_tok_s']:.1f} tok/s, "
              f"first token {r['time_to_first_token_s']:.2f} s, worker {r.get('host_ms_per_token', 0):.1f} ms/token "
              f"in bridge.run (the kernels) {r.get('encode_ms_per_token', 0):.1f}", flush=True)
        page.wait_for_function("document.body.dataset.state === 'ready'", timeout=LOAD_TIMEOUT_MS, polling=100)
    return replies


def native_cpu(model, a):
    """CPython's CPU executor on the same prompt: greedy ids, prefill tok/s (prompt / time to the first token),
    decode tok/s (the tokens after the first / their time); best of --replies."""
    import tabllm
    from tabllm.sampling import SamplerSettings

    engine = tabllm.load(model, device="cpu", precision="f32")
    try:
        ids = engine.chat_prompt_ids([{"role": "user", "content": a.prompt}])
        runs = []
        for _ in range(a.replies):
            engine.forget_cached_prefix()  # each run prefills the whole prompt, as the page's fresh conversations do
            t0 = time.perf_counter()
            out, first = [], None
            for token in engine.stream_ids(ids, a.max_tokens, SamplerSettings(temperature=0), stop_at_eos=False):
                out.append(token)
                if first is None:
                    first = time.perf_counter()
            end = time.perf_counter()
            runs.append({"ids": out, "prefill_tok_s": len(ids) / (first - t0),
                         "decode_tok_s": (len(out) - 1) / (end - first)})
    finally:
        engine.release()
    return {"ids": runs[0]["ids"], "prefill_tok_s": max(r["prefill_tok_s"] for r in runs),
            "decode_tok_s": max(r["decode_tok_s"] for r in runs)}


if __name__ == "__main__":
    main()
