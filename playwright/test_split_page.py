"""The page as the last part of a split (issue 21, docs/split.md): `tabllm serve --split 3` runs layers 0..2 of
a tiny 4-layer model in its own process (wgpu-native, lavapipe here), the page (?split=ws://...) runs layer 3,
the final norm, the head and sampling on SwiftShader, over the protocol's WebSocket.

One browser context: a chat whose greedy ids equal the unsplit CPython engine's, with only the part's shards
fetched (counted) and the wire's bytes per token as the protocol gives them; a second visit to a split server of
other weights (the same model converted with other shards: another fingerprint), which refuses the session (a
clear error, no shard fetched); then the server stops, and the first page's next message says it cannot reach
it (after the one reconnect it tries).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from site_server import serve
from test_page import LOAD_TIMEOUT_MS, cpython_greedy_ids

pytest.importorskip("uvicorn", reason="the split server needs uvicorn: pip install 'tabllm[serve]'")

K = 3  # the server runs layers [0, 3), the page layer 3 of 4
CONTEXT = 128
PROMPT = "the theme in the thin tin"
TOKENS = 16
SHARD = "/model/weights/shard-"  # (a shard request's URL: .../model/weights/shard-00003.bin)


@pytest.fixture(scope="module")
def tiny4(tmp_path_factory):
    """The tiny random Llama with 4 layers in 6 shards of <= 48 KiB (a layer over one or two), its site, and the
    same weights in shards of <= 64 KiB (another weights/index.json: another fingerprint)."""
    import gguf_helpers

    from tabllm.convert import convert_gguf
    from tabllm.site import build_site

    tmp = tmp_path_factory.mktemp("tiny4")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(gguf_helpers, "L", 4)
        gguf_helpers.write_tiny_gguf(tmp / "tiny.gguf", seed=4)
    model = convert_gguf(tmp / "tiny.gguf", tmp / "model", shard_limit=48 * 1024)
    other = convert_gguf(tmp / "tiny.gguf", tmp / "other", shard_limit=64 * 1024)
    return model, build_site(tmp / "site", model, context_length=CONTEXT), other


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(model_dir, port):
    """`tabllm serve --split K` in its own process (_wait_for_server: until it takes connections)."""
    tabllm = Path(sys.executable).with_name("tabllm")
    return subprocess.Popen([str(tabllm), "serve", "--split", str(K), "--model", str(model_dir), "--device", "gpu",
                             "--precision", "f32", "--context", str(CONTEXT), "--split-sessions", "2", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait_for_server(proc, port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the split server exited: {proc.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"the split server did not start within {timeout} s")


def _part_shards(model_dir, k) -> set:
    """The shard files holding layers [k, L), the final norm and the head (tied: the embedding), read off the
    index by tensor name, independently of the plan."""
    index = json.loads((Path(model_dir) / "weights" / "index.json").read_text())
    L = json.loads((Path(model_dir) / "config.json").read_text())["num_layers"]
    wanted = [name for name in index["tensors"] if name.startswith(("embed.", "lm_head", "final_norm"))
              or any(name.startswith(f"layers.{i}.") for i in range(k, L))]
    return {index["shards"][p["shard"]]["file"] for name in wanted for p in index["tensors"][name].get("parts") or [index["tensors"][name]]}


def _open(context, url, query):
    page = context.new_page()
    page.goto(url + "index.html" + query)
    page.wait_for_function("document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'",
                           timeout=LOAD_TIMEOUT_MS, polling=100)
    return page


def test_split_page_replies_like_the_unsplit_engine_and_fetches_only_its_shards(context, tiny4, page_errors, gpu_adapter):
    model, site, other_model = tiny4
    port, other_port = _free_port(), _free_port()
    ws_url = f"ws://127.0.0.1:{port}/v1/split"
    query = f"?split={ws_url}&temperature=0&max_tokens={TOKENS}&ignore_eos=1"
    fetched = []
    context.on("request", lambda r: fetched.append("shard-" + r.url.split(SHARD, 1)[1]) if SHARD in r.url else None)
    # the reconnect after the server is gone, refused, as the browser logs it
    page_errors.allow(r"WebSocket connection to 'ws://127\.0\.0\.1:\d+/v1/split' failed", "the test stops the server")
    server, other_server = _start_server(model, port), _start_server(other_model, other_port)
    try:
        expected = cpython_greedy_ids(model, PROMPT, TOKENS, stop_at_eos=False)  # (while the servers start)
        _wait_for_server(server, port)
        _wait_for_server(other_server, other_port)
        with serve(site) as url:
            # the split: layers [K, L) here
            page = _open(context, url, query)
            ready = page.evaluate("window.tabllm.ready")
            assert ready is not None, page.inner_text("#error")
            part = sorted(_part_shards(model, K))
            assert sorted(fetched) == part  # each of its shards once, no other
            assert ready["shards"] == len(part) < len(json.loads((model / "weights" / "index.json").read_text())["shards"])
            assert ready["weightBytes"] == sum((model / "weights" / f).stat().st_size for f in part) < ready["modelWeightBytes"]
            assert ready["split"]["server_layers"] == [0, K] and ready["split"]["page_layers"] == [K, 4]
            page.fill("#input", PROMPT)
            page.click("#send")
            page.wait_for_function("window.tabllm.replies.length > 0 || !document.getElementById('error').hidden",
                                   timeout=60_000, polling=100)
            assert page.is_hidden("#error"), page.inner_text("#error")
            reply = page.evaluate("window.tabllm.replies[0]")
            stats = page.inner_text("#stats")

            # a server of other weights: its refusal said before any weight is fetched
            fetched.clear()
            other = _open(context, url, query.replace(str(port), str(other_port)))
            assert other.evaluate("document.body.dataset.state") == "error"
            mismatch = other.inner_text("#error")
            assert fetched == []

            # the server gone: the next message says so (the page reconnects once, and cannot)
            server.terminate()
            server.wait(10)
            page.fill("#input", "more")
            page.click("#send")
            page.wait_for_function("!document.getElementById('error').hidden", timeout=30_000, polling=100)
            gone = page.inner_text("#error")
    finally:
        for proc in (server, other_server):
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
            proc.stderr.close()
    assert reply["token_ids"] == expected and len(expected) == TOKENS
    D = json.loads((model / "config.json").read_text())["hidden_size"]
    assert reply["split_bytes_per_token"] == (12 + 4) + (12 + 4 * D)  # one id up, one f32 row down (protocol.py)
    assert reply["split_rtt_ms_per_token"] > 0 and reply["split_prefill_rtt_ms"] > 0
    assert reply["split_wire_bytes"] > TOKENS * reply["split_bytes_per_token"]  # and the prompt's request
    assert "B/token on the wire" in stats and "round trip" in stats
    assert mismatch.startswith("split server: model_mismatch: this server runs") and "the client's are" in mismatch, mismatch
    assert f"cannot reach the split server at {ws_url}" in gone, gone
    print(f"split page: {ready['weightBytes']} of {ready['modelWeightBytes']} weight bytes, "
          f"{reply['split_bytes_per_token']:.0f} B/token, round trip {reply['split_rtt_ms_per_token']:.2f} ms/token, "
          f"prompt {reply['split_prefill_rtt_ms']:.1f} ms; load {ready['loadSeconds']:.1f} s")
