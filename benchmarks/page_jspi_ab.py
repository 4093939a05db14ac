"""A/B of the page's decode speed (headless Chromium, SwiftShader): the working tree's page (the engine's
loops as step generators awaited on Pyodide's event loop, no JSPI) against REV's whole site (default: the
commit before "The page without JSPI", whose loop waited with JSPI's run_sync), on the tiny random model with
LAYERS layers (default 30, SmolLM2's count), rounds alternating. Prints each done message's decode_tok_s,
host_ms_per_token and time to first token.
    .venv/bin/python benchmarks/page_jspi_ab.py [rounds] [max_tokens] [layers] [rev]"""
import json, os, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "playwright"), str(ROOT / "app/py")]
import gguf_helpers
from playwright.sync_api import sync_playwright
from site_server import serve
from test_page import ask, open_chat
import importlib.util

_spec = importlib.util.spec_from_file_location("playwright_conftest", ROOT / "playwright" / "conftest.py")
_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conftest)  # (tests/ has a conftest.py too: load the browser one by path)
CHROMIUM, CHROMIUM_ARGS = _conftest.CHROMIUM, _conftest.CHROMIUM_ARGS
from tabllm.convert import convert_gguf
from tabllm.site import build_site

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
max_tokens = int(sys.argv[2]) if len(sys.argv) > 2 else 32
layers = int(sys.argv[3]) if len(sys.argv) > 3 else 30
git = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()  # noqa: E731
rev = sys.argv[4] if len(sys.argv) > 4 else git("log", "--format=%H", "-1", "--grep", "The page without JSPI") + "~1"
tmp = Path(tempfile.mkdtemp())
gguf_helpers.L = layers
gguf_helpers.write_tiny_gguf(tmp / "tiny.gguf")
model = convert_gguf(tmp / "tiny.gguf", tmp / "model", shard_limit=1 << 20)
# REV's tree, its own build_site making its site (its wheels, worker, kernels); node_modules shared
old = tmp / "old"
old.mkdir()
subprocess.run(f"git archive {rev} | tar -x -C {old}", shell=True, cwd=ROOT, check=True)
(old / "node_modules").symlink_to(ROOT / "node_modules")
subprocess.run([sys.executable, "-c", f"from tabllm.site import build_site; build_site({str(tmp / 'rev')!r}, {str(model)!r})"],
               env={**os.environ, "PYTHONPATH": str(old / "app/py")}, check=True)
sites = {"async (tree)": build_site(tmp / "tree", model), f"jspi ({rev[:10]})": tmp / "rev"}
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    for r in range(rounds):
        for name, site in sites.items():
            ctx = browser.new_context()
            with serve(site) as url:
                page, ready = open_chat(ctx, url, f"?temperature=0&max_tokens={max_tokens}&ignore_eos=1")
                assert ready is not None, page.inner_text("#error")
                ask(page, "the thin hint", timeout_ms=300_000)  # the first reply warms the pipelines up
                reply = ask(page, "the thin hint", timeout_ms=300_000)
                print(json.dumps({"page": name, "round": r, "layers": layers, "tokens": len(reply["token_ids"]),
                                  **{k: round(reply.get(k) or float("nan"), 3) for k in
                                     ("decode_tok_s", "host_ms_per_token", "encode_ms_per_token", "time_to_first_token_s")}}),
                      flush=True)
            ctx.close()
    browser.close()
shutil.rmtree(tmp)
