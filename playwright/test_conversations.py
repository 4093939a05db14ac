"""The chat page keeps people's work, on the tiny model: conversations saved in IndexedDB as they happen
and restored on reload, the list (newest first) with switch, delete and "New chat" (the worker's engine
gets the chosen chat's turns, the model is not reloaded), the context policy of the settings panel
reaching the engine, and the storage panel (what the Cache API holds per model, deleting a model's
files, persistence, usage / quota, a full quota said to the user).
"""

from __future__ import annotations

import json

import pytest

from site_server import serve
from test_page import LOAD_TIMEOUT_MS, ask, open_chat


def wait_state_ready(page):
    page.wait_for_function("document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'",
                           timeout=LOAD_TIMEOUT_MS, polling=100)
    assert page.evaluate("document.body.dataset.state") == "ready", page.inner_text("#error")


def chat_titles(page):
    """The chats listed, once every save under way is written and listed."""
    page.wait_for_function("window.tabllm.saving === 0", timeout=10_000, polling=50)
    return page.eval_on_selector_all("#chat-list .chat-open", "els => els.map(e => e.textContent)")


def saved(page):
    page.wait_for_function("window.tabllm.saving === 0", timeout=10_000, polling=50)


def shown(page):
    """The messages on screen: [(role, text, classes)]."""
    return page.eval_on_selector_all(
        ".message", "els => els.map(e => [e.classList.contains('user') ? 'user' : 'assistant', e.textContent,"
                    " [...e.classList].filter(c => !['message', 'user', 'assistant'].includes(c)).sort()])")


def loaded(page, count):
    """Until the worker has answered `count` load-conversation messages; the last answer."""
    page.wait_for_function(f"window.tabllm.conversationsLoaded.length >= {count}", timeout=30_000, polling=50)
    return page.evaluate("window.tabllm.conversationsLoaded.at(-1)")


@pytest.fixture(scope="module")
def prompt_tokens(tiny_model, gpu_adapter):
    """The CPython engine's prompt length of a chat (its chat template and tokenizer): one engine for the module."""
    import tabllm

    engine = tabllm.load(tiny_model, precision="f32")
    yield lambda messages: len(engine.chat_prompt_ids(messages))
    engine.release()


def test_conversations_kept_listed_switched_deleted(context, tiny_site, artifacts, prompt_tokens):
    with serve(tiny_site) as url:
        page, ready = open_chat(context, url, "?temperature=0&max_tokens=4&ignore_eos=1")
        assert ready is not None, page.inner_text("#error")
        assert loaded(page, 1)["messages"] == 0  # nothing kept yet: the engine starts empty
        page.click("#chats summary")
        assert page.inner_text("#chat-list").startswith("No chats kept yet")

        a1 = ask(page, "first question")
        a2 = ask(page, "second question")
        page.click("#new-chat")
        assert shown(page) == []
        b1 = ask(page, "another topic")
        assert chat_titles(page) == ["another topic", "first question"]  # newest first

        # a reload: the chat open last comes back on screen and into the engine
        saved(page)
        page.reload()
        wait_state_ready(page)
        assert loaded(page, 1)["messages"] == 2
        assert shown(page) == [["user", "another topic", []], ["assistant", b1["text"], ["cut-at-length"]]]
        page.click("#chats summary")
        assert chat_titles(page) == ["another topic", "first question"]

        # switch: the engine gets that chat's turns (the next prompt holds them all), no model reload
        page.click("#chat-list li:nth-child(2) .chat-open")
        assert loaded(page, 2)["messages"] == 4
        assert [m[1] for m in shown(page)] == ["first question", a1["text"], "second question", a2["text"]]
        a3 = ask(page, "third question")
        history = [{"role": "user", "content": "first question"}, {"role": "assistant", "content": a1["text"]},
                   {"role": "user", "content": "second question"}, {"role": "assistant", "content": a2["text"]},
                   {"role": "user", "content": "third question"}]
        assert a3["prompt_tokens"] == prompt_tokens(history)
        assert page.evaluate("window.tabllm.lifecycle.filter(e => e.type === 'ready').length") == 1
        assert chat_titles(page) == ["first question", "another topic"]  # written last: first

        page.set_viewport_size({"width": 1280, "height": 800})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(artifacts / "conversations-desktop.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(artifacts / "conversations-phone.png"))
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        page.set_viewport_size({"width": 1000, "height": 700})

        # delete the other chat, then the open one: the page is a new chat, the engine reset
        page.click("#chat-list li:nth-child(2) .chat-delete")
        page.wait_for_function("document.querySelectorAll('#chat-list .chat-open').length === 1", timeout=5_000)
        assert chat_titles(page) == ["first question"] and len(shown(page)) == 6
        page.click("#chat-list li:nth-child(1) .chat-delete")
        page.wait_for_function("document.querySelectorAll('#chat-list .chat-open').length === 0", timeout=5_000)
        assert shown(page) == []
        fresh = ask(page, "a new start")  # the engine's conversation was reset: only this message
        assert fresh["prompt_tokens"] == prompt_tokens([{"role": "user", "content": "a new start"}])
        assert chat_titles(page) == ["a new start"]

        # the context policy (settings panel) reaches the engine: a chat longer than the context (256
        # tokens) drops its oldest turns by default; with "error" the reply is refused with the reason
        long = " ".join(["the thin hint"] * 14)  # ~150 tokens: two such turns do not fit
        page.click("#new-chat")
        page.click("#settings summary")
        assert page.input_value("#set-context_policy") == "drop_oldest"
        ask(page, long)
        dropped = ask(page, long + " again")
        assert dropped["prompt_tokens"] == prompt_tokens([{"role": "user", "content": long + " again"}])
        page.select_option("#set-context_policy", "error")
        page.wait_for_function("window.tabllm.settingsChecked.at(-1)?.checked && !window.tabllm.settingsChecked.at(-1).error",
                               timeout=30_000, polling=100)
        page.fill("#input", long + " once more")
        page.click("#send")
        page.wait_for_function("!document.getElementById('error').hidden", timeout=60_000, polling=100)
        assert "context window exceeded" in page.inner_text("#error"), page.inner_text("#error")
        assert shown(page)[-1] == ["user", long + " once more", ["unanswered"]]
        assert page.evaluate("JSON.parse(localStorage.getItem('tabllm-settings-v1')).context_policy") == "error"
        # the unanswered message stays on screen and in the kept chat, never in the engine's conversation
        assert chat_titles(page)[1] == "a new start"
        n = page.evaluate("window.tabllm.conversationsLoaded.length")
        page.click("#chat-list li:nth-child(2) .chat-open")
        assert loaded(page, n + 1)["messages"] == 2
        page.click("#chat-list li:nth-child(1) .chat-open")
        assert loaded(page, n + 2)["messages"] == 4  # two answered turns, not the refused message
        assert shown(page)[-1] == ["user", long + " once more", ["unanswered"]]
        page.select_option("#set-context_policy", "drop_oldest")

        # the storage panel: the model's cached files (metadata and shards) summed, then deleted
        page.click("#storage summary")
        page.wait_for_function("window.tabllm.storage?.models.length >= 1", timeout=10_000, polling=100)
        storage = page.evaluate("window.tabllm.storage")
        site = json.loads((tiny_site / "tabllm-site.json").read_text())
        index = json.loads((tiny_site / site["model"]["url"] / "weights" / "index.json").read_text())
        files = [f["size"] for f in site["model"]["files"]] + [s["size"] for s in index["shards"]]
        assert [(m["base"], m["files"], m["bytes"]) for m in storage["models"]] == [
            (url + site["model"]["url"].rstrip("/") + "/", len(files), sum(files))], storage
        assert storage["persistent"] in (True, False) and storage["usage"] > 0 and storage["quota"] > storage["usage"]
        row = page.inner_text("#storage-models tbody tr")
        assert "(in use)" in row and f"{sum(files) / 2**20:.1f} MiB" in row, row
        assert page.inner_text("#storage-persist").startswith("Persistent storage: ")
        assert "MiB of" in page.inner_text("#storage-usage")
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(artifacts / "storage-phone.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        page.set_viewport_size({"width": 1280, "height": 800})
        page.screenshot(path=str(artifacts / "storage-desktop.png"), full_page=True)
        page.click("#storage-models .storage-delete")
        page.wait_for_function("window.tabllm.storage.models.length === 0", timeout=10_000, polling=100)
        assert page.evaluate("caches.open('tabllm-model-v1').then(c => c.keys()).then(k => k.length)") == 0
        assert f"Deleted {len(files)} files" in page.inner_text("#storage-note")
        assert ask(page, "still running")["token_ids"]  # the model in use keeps running


# Run in the worker before its own code: every Cache API write fails as a full quota does.
FULL_QUOTA = ("Cache.prototype.put = function () { return Promise.reject(new DOMException("
              "'The quota has been exceeded.', 'QuotaExceededError')); };\n")


def test_a_full_quota_is_said_to_the_user(context, tiny_site, artifacts):
    def full_quota(route):
        response = route.fetch()
        route.fulfill(response=response, body=FULL_QUOTA + response.text())

    context.route("**/js/worker.mjs", full_quota)
    with serve(tiny_site) as url:
        page, ready = open_chat(context, url)
        assert ready is not None, page.inner_text("#error")
        assert page.evaluate("window.tabllm.cacheFailed.length") >= 1
        assert all(m["quota"] for m in page.evaluate("window.tabllm.cacheFailed"))
        warning = page.inner_text("#warning")
        assert "storage for this page is full" in warning and "next visit downloads" in warning, warning
        assert page.is_visible("#warning") and page.evaluate("document.getElementById('storage').open")
        page.wait_for_function("window.tabllm.storage !== null", timeout=10_000, polling=100)
        assert page.evaluate("window.tabllm.storage.models") == []
        page.screenshot(path=str(artifacts / "storage-quota-full.png"), full_page=True)
