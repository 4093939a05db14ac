"""How long the teaching page's "inside the model" view takes (site/learn.html view 3): the debug pass over the
step's position and the logit lens, from the page's request to the worker's answer (window.tabllm.insideMs).

    .venv/bin/python benchmarks/page_inside.py                        # SmolLM2 (the bundled model), SwiftShader
    .venv/bin/python benchmarks/page_inside.py --model DIR --repeats 5 --query '?profile=gpu'
    .venv/bin/python benchmarks/page_inside.py --site SITE --chromium /tmp/chr/chrome.sh --gpu   # a real GPU

Each repeat is a new greedy step on the page's default prompt, whose inside view the open view then asks for.
With the "gpu" kernel profile the lens is summed up on the GPU (phase debug_lens_top: the head a row at a time,
4 words read back a row); with the "cpu" profile (SwiftShader, lavapipe) the worker's plain Python sums every
logit of every row (SmolLM2: 31 rows of 49152, ~2.2 s in Pyodide (Python 3.14) under Node on a 2-core x86
machine, ~0.9 s turning them into lists and ~1.3 s the softmax sums; teach.inside's lens_on_gpu). Prints the
model, the worker's profile, and the view's milliseconds per repeat with their median. --gpu adds the flags that give
Chromium's WebGPU a Vulkan GPU (benchmarks/page_startup.py); without it WebGPU is SwiftShader (a CPU).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app" / "py"))
sys.path.insert(0, str(ROOT / "playwright"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from page_startup import BASE_FLAGS, GPU_FLAGS, LOAD_TIMEOUT_MS  # noqa: E402

STEP_TIMEOUT_MS = 300_000


def wait_for(page, expression, timeout_ms=STEP_TIMEOUT_MS):
    page.wait_for_function(f"({expression}) || !document.getElementById('error').hidden", timeout=timeout_ms, polling=50)
    if not page.is_hidden("#error"):
        raise SystemExit(f"the page failed: {page.inner_text('#error')}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model directory (default: the bundled SmolLM2)")
    ap.add_argument("--site", help="a site built by `tabllm build-site` (default: built here from --model)")
    ap.add_argument("--repeats", type=int, default=3, help="steps whose inside view is timed (default 3)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--gpu", action="store_true", help="Chromium's Vulkan flags: WebGPU on the GPU, not SwiftShader")
    ap.add_argument("--query", default="", help="added to the page's address, e.g. ?profile=gpu (the lens summed up on the GPU)")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright
    from site_server import serve

    from tabllm.site import build_site

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(args.site) if args.site else build_site(Path(tmp) / "site", args.model)
        with serve(site) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True,
                                        args=BASE_FLAGS + (GPU_FLAGS if args.gpu else []))
            page = browser.new_page()
            errors = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(url + "learn.html" + args.query)
            page.wait_for_function("document.body.dataset.state !== 'loading'", timeout=LOAD_TIMEOUT_MS, polling=250)
            ready = page.evaluate("window.tabllm.ready")
            if ready is None:
                raise SystemExit(f"the page failed: {page.inner_text('#error')}")
            page.fill("#temperature", "0")
            page.click("#inside-details summary")  # open: each step's inside view follows it
            times, inside = [], None
            for r in range(args.repeats):
                page.evaluate("window.tabllm.inside = null; window.tabllm.step = null")
                page.click("#step")
                wait_for(page, "window.tabllm.step !== null && window.tabllm.inside !== null")
                inside = page.evaluate("window.tabllm.inside")
                times.append(page.evaluate("window.tabllm.insideMs"))
            browser.close()
    if errors:
        raise SystemExit(f"console errors: {errors}")
    where = f"{'GPU flags' if args.gpu else 'SwiftShader'} ({args.chromium})"
    print(f"# learn page, inside view: model {ready['model']}, profile {ready.get('profile')}, {where}")
    print(f"position {inside['position']}, {inside['layers']} layers x {inside['heads']} heads, "
          f"lens top of the last layer: {inside['lens'][-1]['text']!r}")
    print("inside view ms: " + ", ".join(f"{t:.0f}" for t in times) + f"   (median {statistics.median(times):.0f})")


if __name__ == "__main__":
    main()
