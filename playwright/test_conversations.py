"""The chat page keeps people's work, on the tiny model: conversations saved in IndexedDB as they happen
and restored on reload, the list (newest first) with switch, delete and "New chat" (the worker's engine
gets the chosen chat's turns, the model is not reloaded), the context policy of the settings panel
reaching the engine, and the storage panel (what the Cache API holds per model, deleting a model's
files, persistence, usage / quota, a full quota said to the user).
"""

from __future__ import annotations

from site_server import serve
from test_page import LOAD_TIMEOUT_MS, ask, open_chat


def wait_state_ready(page):
    page.wait_for_function("document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'",
                           timeout=LOAD_TIMEOUT_MS, polling=100)
    assert page.evaluate("document.body.dataset.state") == "ready", page.inner_text("#error")


def chat_titles(page):
    return page.eval_on_selector_all("#chat-list .chat-open", "els => els.map(e => e.textContent)")


def shown(page):
    """The messages on screen: [(role, text, classes)]."""
    return page.eval_on_selector_all(
        ".message", "els => els.map(e => [e.classList.contains('user') ? 'user' : 'assistant', e.textContent,"
                    " [...e.classList].filter(c => !['message', 'user', 'assistant'].includes(c)).sort()])")


def loaded(page, count):
    """Until the worker has answered `count` load-conversation messages; the last answer."""
    page.wait_for_function(f"window.tabllm.conversationsLoaded.length >= {count}", timeout=30_000, polling=50)
    return page.evaluate("window.tabllm.conversationsLoaded.at(-1)")


def cpython_prompt_tokens(model_dir, messages):
    import tabllm

    engine = tabllm.load(model_dir, precision="f32")
    try:
        return len(engine.chat_prompt_ids(messages))
    finally:
        engine.release()


def test_conversations_kept_listed_switched_deleted(context, tiny_site, tiny_model, artifacts, gpu_adapter):
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
        assert a3["prompt_tokens"] == cpython_prompt_tokens(tiny_model, history)
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
        fresh = ask(page, "a new start")
        assert fresh["cached_tokens"] == 0 or fresh["prompt_tokens"] == cpython_prompt_tokens(
            tiny_model, [{"role": "user", "content": "a new start"}])
        page.reload()
        wait_state_ready(page)
        assert [m[1] for m in shown(page)] == ["a new start", fresh["text"]]

        # the context policy (settings panel) reaches the engine: a chat longer than the context (256
        # tokens) drops its oldest turns by default; with "error" the reply is refused with the reason
        long = " ".join(["the thin hint"] * 14)  # ~150 tokens: two such turns do not fit
        page.click("#new-chat")
        page.click("#settings summary")
        assert page.input_value("#set-context_policy") == "drop_oldest"
        ask(page, long)
        dropped = ask(page, long + " again")
        assert dropped["prompt_tokens"] == cpython_prompt_tokens(tiny_model, [{"role": "user", "content": long + " again"}])
        page.select_option("#set-context_policy", "error")
        page.wait_for_function("window.tabllm.settingsChecked.at(-1)?.checked && !window.tabllm.settingsChecked.at(-1).error",
                               timeout=30_000, polling=100)
        page.fill("#input", long + " once more")
        page.click("#send")
        page.wait_for_function("!document.getElementById('error').hidden", timeout=60_000, polling=100)
        assert "context window exceeded" in page.inner_text("#error"), page.inner_text("#error")
        assert shown(page)[-1] == ["user", long + " once more", ["unanswered"]]
        assert page.evaluate("JSON.parse(localStorage.getItem('tabllm-settings-v1')).context_policy") == "error"
        page.select_option("#set-context_policy", "drop_oldest")
