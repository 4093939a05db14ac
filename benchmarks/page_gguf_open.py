"""How long the chat page takes to open a local GGUF file (issue 19): reading the File in the worker, converting it
in Pyodide without numpy (tabllm.gguf_model.slice_gguf: struct parsing, byte slicing, f16 -> f32 scales) and
putting the model folder into the Cache API (app/js/gguf.mjs), then the load of the converted model.

    .venv/bin/python benchmarks/page_gguf_open.py                    # the bundled SmolLM2 GGUF (93.8 MiB)
    .venv/bin/python benchmarks/page_gguf_open.py --gguf FILE.gguf --repeats 3

The site's own model is the tests' tiny one (a quick page start); the GGUF is opened by the Models panel's file
picker. Prints the ready message's ggufSeconds {read, convert, cache} and the whole switch (loadSeconds), and
CPython's slice_gguf on the same file for comparison. WebGPU is SwiftShader (a CPU) unless --gpu: compare figures
of one machine only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app" / "py"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "playwright"))  # (before tests/: its conftest is the one read here)

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the tests' Chromium: Debian's, WebGPU on SwiftShader)
from page_startup import GPU_FLAGS, LOAD_TIMEOUT_MS  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gguf", type=Path, default=None, help="the GGUF to open (default: the bundled SmolLM2)")
    p.add_argument("--repeats", type=int, default=2, help="opens of the file in one page (default 2)")
    p.add_argument("--gpu", action="store_true", help="Chromium's WebGPU on a Vulkan GPU (see page_startup.py)")
    args = p.parse_args()

    from gguf_helpers import write_tiny_gguf
    from playwright.sync_api import sync_playwright
    from site_server import serve

    from tabllm.convert import bundled_gguf, convert_gguf
    from tabllm.gguf_model import slice_gguf
    from tabllm.site import build_site

    gguf_path = args.gguf or bundled_gguf()
    size_mib = gguf_path.stat().st_size / 2**20
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        slice_gguf(gguf_path, tmp / "cpython")
        print(f"CPython slice_gguf of {gguf_path.name} ({size_mib:.1f} MiB): {time.perf_counter() - t:.2f} s")
        write_tiny_gguf(tmp / "tiny.gguf")
        site = build_site(tmp / "site", convert_gguf(tmp / "tiny.gguf", tmp / "tiny"))
        with serve(site) as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS + (GPU_FLAGS if args.gpu else []))
            page = browser.new_context().new_page()
            page.goto(url + "index.html")
            page.wait_for_function("document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'",
                                   timeout=LOAD_TIMEOUT_MS, polling=100)
            for k in range(args.repeats):
                page.set_input_files("#gguf-file", str(gguf_path))
                page.wait_for_function(
                    f"window.tabllm.lifecycle.filter(e => e.type === 'ready').length >= {k + 2} && document.body.dataset.state === 'ready'"
                    " || window.tabllm.modelsRefused.length || document.body.dataset.state === 'error'",
                    timeout=LOAD_TIMEOUT_MS, polling=100)
                ready = page.evaluate("window.tabllm.ready")
                if not ready.get("ggufSeconds"):
                    raise SystemExit(f"the page did not open it: {page.evaluate('window.tabllm.modelsRefused')} "
                                     f"{page.inner_text('#error')}")
                s = ready["ggufSeconds"]
                print(f"page open {k + 1}: read {s['read']:.2f} s, convert {s['convert']:.2f} s, cache {s['cache']:.2f} s; "
                      f"whole switch (with the model's load) {ready['loadSeconds']:.2f} s")
            browser.close()


if __name__ == "__main__":
    main()
