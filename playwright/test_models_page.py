"""The chat page's models, in one page session on two tiny models (`build-site --model A --model B`): the
panel lists both with their weights and estimated GPU memory; a model the adapter's (lowered) limits cannot
hold is refused with the reason, the loaded one kept; a model folder given by URL is refused with a clear
message when the address is no URL, the folder has no model, a shard fails its sha256 or another origin
does not allow the read (CORS); switching to B without a reload replies with CPython's greedy tokens for B,
a model loaded from a URL (A's files under another path) with A's; a chat remembers its model and loads it
again when opened; the storage panel deletes one model's files and keeps the others'.
"""

from __future__ import annotations

import json
import shutil

import pytest

from site_server import serve
from test_gguf_page import check_gguf_file_opens
from test_page import LOAD_TIMEOUT_MS, ask, cpython_greedy_ids, open_chat, wait_for_ready

PROMPT = "the thin hint"
TOKENS = 6


@pytest.fixture(scope="module")
def tiny_model_b(tmp_path_factory):
    """The tiny model's shapes with other random weights (so other greedy tokens), under another name."""
    from gguf_helpers import write_tiny_gguf

    from tabllm.convert import convert_gguf

    tmp = tmp_path_factory.mktemp("tiny-b")
    write_tiny_gguf(tmp / "tiny-b.gguf", seed=1)
    return convert_gguf(tmp / "tiny-b.gguf", tmp / "tiny-b", shard_limit=48 * 1024)


@pytest.fixture(scope="module")
def two_model_site(tmp_path_factory, tiny_model, tiny_model_b):
    """The site of both models, plus, under extra/ (served, not listed): A's folder again (a model given by its
    URL) and a copy whose last shard has one byte changed (its sha256 no longer matches the index)."""
    from tabllm.site import build_site

    site = build_site(tmp_path_factory.mktemp("two-models") / "site", [tiny_model, tiny_model_b])
    shutil.copytree(tiny_model, site / "extra" / "a-by-url")
    bad = site / "extra" / "damaged"
    shutil.copytree(tiny_model, bad)
    shard = bad / "weights" / json.loads((bad / "weights" / "index.json").read_text())["shards"][-1]["file"]
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.unlink()
    shard.write_bytes(bytes(data))
    return site


def load_model(page, action, count):
    """Run action (a click, a form submit); wait for the worker's answer: the count-th ready message
    (returned) or a refusal (returned as {"refused": message})."""
    refused = page.evaluate("window.tabllm.modelsRefused.length")
    action()
    page.wait_for_function(
        f"window.tabllm.modelsRefused.length > {refused} || document.body.dataset.state === 'error' || "
        f"window.tabllm.lifecycle.filter(e => e.type === 'ready').length >= {count} && document.body.dataset.state === 'ready'",
        timeout=LOAD_TIMEOUT_MS, polling=100)
    if page.evaluate("window.tabllm.modelsRefused.length") > refused:
        assert page.evaluate("document.body.dataset.state") == "ready"  # the loaded model stays
        return {"refused": page.evaluate("window.tabllm.modelsRefused.at(-1).message")}
    return wait_for_ready(page, count)


def load_url(page, url, count):
    page.fill("#model-url", url)
    return load_model(page, lambda: page.click("#model-url-load"), count)


def test_models_listed_refused_switched_loaded_by_url(context, page_errors, two_model_site, tiny_model, tiny_model_b,
                                                      tmp_path, artifacts, gpu_adapter):
    page_errors.allow(r"status of 404", "the missing model folder's config.json is answered 404 on purpose")
    page_errors.allow(r"blocked by CORS policy|net::ERR_FAILED", "the other origin's model folder has no CORS headers on purpose")
    expected_a = cpython_greedy_ids(tiny_model, PROMPT, TOKENS, stop_at_eos=False)
    expected_b = cpython_greedy_ids(tiny_model_b, PROMPT, TOKENS, stop_at_eos=False)
    assert expected_a != expected_b
    site = json.loads((two_model_site / "tabllm-site.json").read_text())
    listed = site["models"]
    assert [m["url"] for m in listed] == ["model/", "models/tiny-b/"] and site["model"] == listed[0]
    other_origin = tmp_path / "other"
    shutil.copytree(two_model_site, other_origin, ignore=shutil.ignore_patterns("vendor", "kernels*", "py"))

    with serve(two_model_site) as url, serve(other_origin) as elsewhere:
        page, ready = open_chat(context, url, f"?temperature=0&max_tokens={TOKENS}&ignore_eos=1")
        assert ready is not None, page.inner_text("#error")
        assert ready["model"] == listed[0]["name"] and ready["modelUrl"] == url + "model/"
        page.evaluate("window.notReloaded = true")
        page.click("#models summary")
        rows = page.eval_on_selector_all("#model-list tbody tr", "rs => rs.map(r => [...r.cells].map(c => c.textContent))")
        assert [r[0] for r in rows] == [listed[0]["name"] + " (in use)", listed[1]["name"]]
        for row, model in zip(rows, listed):
            assert row[2] == f"{model['weight_bytes'] / 2**20:.1f} MiB"
            assert row[3] == f"~{model['gpu_bytes'] / 2**20:.1f} MiB ({model['context']}-token context)"
            assert model["weight_bytes"] < model["gpu_bytes"] and 0 < model["min_binding_bytes"] <= model["largest_buffer_bytes"]

        # limits below what either model needs in one binding: B's row says so, and A's folder by URL is refused
        low = min(m["min_binding_bytes"] for m in listed) - 4
        page.evaluate(f"window.tabllm.setTestLimits({{maxStorageBufferBindingSize: {low}}})")
        assert "cannot run on this device" in page.inner_text("#model-list tbody tr:nth-child(2)")
        refused = load_url(page, "extra/a-by-url/", 2)["refused"]
        assert "cannot run on this device" in refused and "maxStorageBufferBindingSize" in refused, refused
        page.evaluate("window.tabllm.setTestLimits(null)")

        # a model folder's address that is wrong in each way: refused, saying why; A keeps answering
        assert "is not a model folder's address" in load_url(page, "http://", 2)["refused"]
        assert "does not exist (HTTP 404)" in load_url(page, "extra/none/", 2)["refused"]
        damaged = load_url(page, "extra/damaged/", 2)["refused"]
        assert "corrupt on the server" in damaged and "sha256" in damaged, damaged
        assert "CORS" in load_url(page, elsewhere + "model/", 2)["refused"]
        assert page.inner_text("#model-error") and page.evaluate("window.tabllm.ready.model") == listed[0]["name"]

        # B, without a reload: CPython's greedy tokens for B
        ready = load_model(page, lambda: page.click("#model-list tbody tr:nth-child(2) .model-use"), 2)
        assert ready["switched"] and ready["model"] == listed[1]["name"] and ready["modelUrl"] == url + "models/tiny-b/"
        assert ask(page, PROMPT)["token_ids"] == expected_b
        # A's folder by its URL: A's tokens
        ready = load_url(page, "extra/a-by-url/", 3)
        assert ready["modelUrl"] == url + "extra/a-by-url/" and ready["shards"] > 1
        assert ask(page, PROMPT)["token_ids"] == expected_a
        assert page.evaluate("window.notReloaded") is True

        # each chat remembers its model: opening B's chat loads B again, and its turns go to its engine
        page.click("#chats summary")
        page.click("#chat-list li:nth-child(2) .chat-open")
        ready = wait_for_ready(page, 4)
        assert ready["modelUrl"] == url + "models/tiny-b/"
        page.wait_for_function("window.tabllm.conversationsLoaded.at(-1)?.messages === 2", timeout=10_000, polling=50)
        page.set_viewport_size({"width": 1000, "height": 900})
        page.screenshot(path=str(artifacts / "models-desktop.png"), full_page=True)

        # the storage panel: each model's files apart; deleting B's keeps the others'
        page.click("#storage summary")
        page.wait_for_function("window.tabllm.storage?.models.length >= 3", timeout=10_000, polling=100)
        bases = [m["base"] for m in page.evaluate("window.tabllm.storage.models")]
        assert {url + "model/", url + "models/tiny-b/", url + "extra/a-by-url/"} <= set(bases)
        page.click(f"#storage-models tr[data-base='{url}models/tiny-b/'] .storage-delete")
        page.wait_for_function(f"!window.tabllm.storage.models.some(m => m.base === '{url}models/tiny-b/')",
                               timeout=10_000, polling=100)
        left = {m["base"] for m in page.evaluate("window.tabllm.storage.models")}
        assert {url + "model/", url + "extra/a-by-url/"} <= left
        page.set_viewport_size({"width": 390, "height": 844})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(artifacts / "models-phone.png"))

        # a GGUF file from this computer, opened in the same page (test_gguf_page.py)
        check_gguf_file_opens(page, url, tmp_path, 5)
