"""A/B of the page's host cost per decode token (headless Chromium, SwiftShader): the working tree's
bridge.mjs against REV's (default HEAD), on the tiny random model with LAYERS layers (default 30, SmolLM2's
count), rounds alternating. Prints the done message's host_ms_per_token / encode_ms_per_token / decode_tok_s.
    .venv/bin/python benchmarks/page_host_ab.py [rounds] [max_tokens] [layers] [rev]"""
import json, shutil, subprocess, sys, tempfile
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
max_tokens = int(sys.argv[2]) if len(sys.argv) > 2 else 48
layers = int(sys.argv[3]) if len(sys.argv) > 3 else 30
rev = sys.argv[4] if len(sys.argv) > 4 else "HEAD"
tmp = Path(tempfile.mkdtemp())
gguf_helpers.L = layers
gguf_helpers.write_tiny_gguf(tmp / "tiny.gguf")
model = convert_gguf(tmp / "tiny.gguf", tmp / "model", shard_limit=1 << 20)
sites = {"tree": build_site(tmp / "tree", model), rev: build_site(tmp / "rev", model)}
old_bridge = subprocess.run(["git", "show", f"{rev}:app/js/bridge.mjs"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
(sites[rev] / "js" / "bridge.mjs").write_text(old_bridge)
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
                print(json.dumps({"bridge": name, "round": r, "layers": layers, "tokens": len(reply["token_ids"]),
                                  **{k: round(reply.get(k, float("nan")), 3) for k in ("host_ms_per_token", "encode_ms_per_token", "decode_tok_s")}}), flush=True)
            ctx.close()
    browser.close()
shutil.rmtree(tmp)
