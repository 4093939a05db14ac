"""The page's memory over a long generation: headless Chromium (WebGPU on SwiftShader here) runs the chat
page on a model; after every reply the resident memory of Chromium's processes is read from /proc, by
process type (the GPU process holds the WebGPU device, the dedicated worker runs in the renderer).
Prints a line per reply and the growth after warm-up; nothing is asserted (tests/test_memory.py is the
suite's bounded check, in CPython).

    .venv/bin/python benchmarks/page_memory_soak.py                      # the tiny test model, 10 x 200 tokens
                                                                         # (ignore_eos: every reply max_tokens long)
    .venv/bin/python benchmarks/page_memory_soak.py --model DIR --replies 5 --max-tokens 64
    ... --json OUT.json
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "playwright"), str(ROOT / "tests")]  # playwright/conftest.py before tests/conftest.py

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (playwright/conftest.py: the tests' browser)
from site_server import serve  # noqa: E402
from test_page import ask, open_chat  # noqa: E402


def chromium_rss_mib() -> dict:
    """Resident MiB of every Chromium process, summed by --type (browser: the one without)."""
    totals = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            # (Chromium rewrites its children's command line as one space-separated string)
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").split()
            if not cmdline or b"chrom" not in cmdline[0]:
                continue
            kind = next((a.split(b"=", 1)[1].decode() for a in cmdline if a.startswith(b"--type=")), "browser")
            kind += "".join(f" ({a.split(b'=', 1)[1].decode()})" for a in cmdline if a.startswith(b"--utility-sub-type="))
            rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page / 2**20
        except (OSError, IndexError, ValueError):
            continue  # a process that ended meanwhile
        totals[kind] = totals.get(kind, 0.0) + rss
    return totals


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model directory (default: the tiny random-weight test model)")
    ap.add_argument("--replies", type=int, default=10)
    ap.add_argument("--max-tokens", type=int, default=200)
    ap.add_argument("--prompt", default="the thin hint")
    ap.add_argument("--json", help="write the samples here")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from tabllm.convert import convert_gguf
    from tabllm.site import build_site

    tmp = Path(tempfile.mkdtemp(prefix="tabllm-page-soak-"))
    model = args.model
    if model is None:
        from gguf_helpers import write_tiny_gguf

        write_tiny_gguf(tmp / "tiny.gguf")
        model = convert_gguf(tmp / "tiny.gguf", tmp / "model")
    site = build_site(tmp / "site", model)
    samples = []
    with serve(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context()
        page, ready = open_chat(context, url, f"?temperature=0&max_tokens={args.max_tokens}&ignore_eos=1")
        if ready is None:
            raise SystemExit(page.inner_text("#error"))
        t0 = time.perf_counter()
        for k in range(args.replies):
            page.click("#new-chat")  # each reply from an empty conversation: the context stays short
            reply = ask(page, args.prompt, timeout_ms=900_000)
            rss = chromium_rss_mib()
            samples.append({"reply": k + 1, "tokens": len(reply["token_ids"]), "s": time.perf_counter() - t0, "rss_mib": rss})
            print(f"reply {k + 1:3d}: {len(reply['token_ids'])} tokens, " +
                  ", ".join(f"{kind} {mib:.0f}" for kind, mib in sorted(rss.items())) + " MiB", flush=True)
        browser.close()
    warm, last = samples[0]["rss_mib"], samples[-1]["rss_mib"]
    for kind in sorted(last):
        if kind in warm:
            print(f"{kind}: {warm[kind]:.1f} MiB after reply 1 -> {last[kind]:.1f} after reply {len(samples)} "
                  f"({last[kind] - warm[kind]:+.1f} MiB, {100 * (last[kind] - warm[kind]) / warm[kind]:+.1f}%)")
    if args.json:
        Path(args.json).write_text(json.dumps({"model": str(model), "max_tokens": args.max_tokens, "samples": samples}, indent=1))


if __name__ == "__main__":
    main()
