"""The chat page as people use it, on the tiny model: the settings panel (checked by the worker's Python,
the path send() takes), the "reading the prompt" state with prefill progress, the finish reason of a
reply cut by max tokens, keyboard shortcuts, the composer pinned, a narrow phone screen; and a damaged
tokenizer.json reported as CPython reports it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from site_server import serve
from test_page import LOAD_TIMEOUT_MS, open_chat

LONG_PROMPT = " ".join(["the thin hint"] * 9)  # ~100 tokens: prefilled in 64-token chunks (context: 256)
SYSTEM = "You answer in one word."


def screenshot_dir() -> Path:
    return Path(os.environ.get("TMPDIR") or tempfile.gettempdir())


def cpython_greedy(model_dir, messages, max_tokens):
    """(prompt token count, greedy ids) from the CPython engine, f32 as the page on SwiftShader."""
    import tabllm
    from tabllm.sampling import SamplerSettings

    engine = tabllm.load(model_dir, precision="f32")
    try:
        ids = engine.chat_prompt_ids(messages)
        return len(ids), list(engine.stream_ids(ids, max_tokens, SamplerSettings(temperature=0), stop_at_eos=False))
    finally:
        engine.release()


def settings_error(page, timeout_ms=30_000):
    """The settings panel's message after the worker's check of the values just typed (None: valid)."""
    page.wait_for_function("(() => { const c = window.tabllm.settingsChecked.at(-1);"
                           " return c && c.checked && c.id === window.tabllm.settingsChecked.reduce((m, x) => Math.max(m, x.id), 0); })()",
                           timeout=timeout_ms, polling=100)
    page.wait_for_timeout(50)
    return None if page.is_hidden("#settings-error") else page.inner_text("#settings-error")


def no_horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_settings_prefill_progress_finish_reason_shortcuts_and_phone_layout(context, tiny_site, tiny_model, gpu_adapter):
    prompt_tokens, expected = cpython_greedy(
        tiny_model, [{"role": "system", "content": SYSTEM}, {"role": "user", "content": LONG_PROMPT}], 8)
    shots = screenshot_dir()
    with serve(tiny_site) as url:
        page, ready = open_chat(context, url, "?ignore_eos=1")
        assert ready is not None, page.inner_text("#error")

        # settings: bad values are refused with a message naming the field, by the worker's Python
        page.click("#settings summary")
        page.fill("#set-temperature", "-1")
        assert "temperature" in (settings_error(page) or ""), page.inner_text("#settings-error")
        page.fill("#input", "hello")
        page.press("#input", "Enter")  # refused while a setting is bad: nothing sent
        assert page.evaluate("document.querySelectorAll('.message').length") == 0
        page.fill("#set-temperature", "0")
        page.fill("#set-max_tokens", "many")
        assert "max_tokens" in (settings_error(page) or ""), page.inner_text("#settings-error")
        page.fill("#set-max_tokens", "8")
        page.fill("#set-top_p", "0.9")
        page.fill("#set-system", SYSTEM)
        assert settings_error(page) is None

        # Shift+Enter is a new line, not a send
        page.fill("#input", "a")
        page.press("#input", "Shift+Enter")
        page.type("#input", "b")
        assert page.input_value("#input") == "a\nb"
        assert page.evaluate("document.querySelectorAll('.message').length") == 0

        # Enter sends; the bubble reads the prompt (prefill progress, several chunks), then the reply is cut at 8
        page.fill("#input", LONG_PROMPT)
        page.press("#input", "Enter")
        page.wait_for_function("window.tabllm.replies.length > 0 || !document.getElementById('error').hidden",
                               timeout=120_000, polling=100)
        assert page.is_hidden("#error"), page.inner_text("#error")
        reply = page.evaluate("window.tabllm.replies.at(-1)")
        prefill = page.evaluate("window.tabllm.prefill")
        assert reply["prompt_tokens"] == prompt_tokens  # the system prompt is in the conversation
        assert reply["token_ids"] == expected  # greedy (temperature 0 from the panel), top-p 0.9 no matter
        assert len(prefill) >= 2 and all(p["total"] == prompt_tokens - reply["cached_tokens"] for p in prefill), prefill
        assert [p["done"] for p in prefill] == sorted({p["done"] for p in prefill}) and prefill[0]["done"] == 0, prefill
        assert all(p["shown"] for p in prefill), prefill  # the "reading the prompt" line was on screen
        assert page.evaluate("document.querySelectorAll('.reading-line').length") == 0  # gone with the reply
        assert reply["finish_reason"] == "length"
        note = page.inner_text(".finish-note")
        assert "max tokens" in note.lower() and "8 tokens" in note, note

        # kept in this browser for the next visit
        kept = page.evaluate("JSON.parse(localStorage.getItem('tabllm-settings-v1'))")
        assert kept == {"system": SYSTEM, "temperature": "0", "top_p": "0.9", "max_tokens": "8", "context_policy": "drop_oldest"}, kept

        # Esc stops a long reply (max tokens: what the context of 256 has left)
        page.fill("#set-max_tokens", "120")
        assert settings_error(page) is None
        page.fill("#input", "more")
        page.press("#input", "Enter")
        page.wait_for_function("window.tabllm.tokens >= 3", timeout=60_000, polling=100)
        page.keyboard.press("Escape")
        page.wait_for_function("window.tabllm.replies.length > 1", timeout=60_000, polling=100)
        stopped = page.evaluate("window.tabllm.replies.at(-1)")
        assert stopped["finish_reason"] == "abort" and len(stopped["token_ids"]) < 120
        assert page.is_enabled("#send")

        # the layout: desktop, then a narrow phone; the composer stays on screen, nothing scrolls sideways
        page.set_viewport_size({"width": 1280, "height": 800})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(shots / "tabllm-page-desktop.png"))
        assert no_horizontal_overflow(page)
        page.set_viewport_size({"width": 390, "height": 844})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(shots / "tabllm-page-phone.png"))
        assert no_horizontal_overflow(page)
        # the phone with its keyboard up (480 px left): the conversation is scrolled, the composer stays
        page.set_viewport_size({"width": 390, "height": 480})
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(100)
        layout = page.evaluate("""() => {
            const r = document.getElementById('composer').getBoundingClientRect();
            return {top: r.top, bottom: r.bottom, height: innerHeight, scroll: document.documentElement.scrollHeight};
        }""")
        assert no_horizontal_overflow(page)
        assert layout["scroll"] > layout["height"], layout  # the conversation is longer than the screen...
        assert 0 <= layout["top"] and layout["bottom"] <= layout["height"] + 1, layout  # ...and the composer is on it


def test_a_damaged_tokenizer_json_is_reported_as_in_cpython(context, tiny_model, tmp_path):
    """tokenizer.json that is not JSON: the page shows CPython's ModelFormatError (not a JSONDecodeError)."""
    import pytest

    from tabllm.errors import ModelFormatError
    from tabllm.site import build_site
    from tabllm.tokenizer import Tokenizer

    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)
    (model / "tokenizer.json").write_text('{"model": {"vocab": ')
    with pytest.raises(ModelFormatError) as cpython:
        Tokenizer.from_model_dir(model)
    site = build_site(tmp_path / "site", model)
    with serve(site) as url:
        page = context.new_page()
        page.goto(url + "index.html")
        page.wait_for_function("document.body.dataset.state === 'error'", timeout=LOAD_TIMEOUT_MS, polling=250)
        message = page.inner_text("#error")
    assert "JSONDecodeError" not in message
    assert "tokenizer.json is not valid JSON" in message and "Expecting value" in message, message
    assert "is not valid JSON" in str(cpython.value)
