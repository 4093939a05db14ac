"""The page in a browser without JSPI (WebAssembly JavaScript Promise Integration), as Safari 26 and
Firefox 141+ are: WebGPU, but no WebAssembly.Suspending. The engine's loops are step generators awaited
on Pyodide's event loop (tabllm/steps.py), so the same chat runs there.

Debian's Chromium 156 ships JSPI and no switch turns it off (--js-flags=--no-experimental-wasm-jspi and
--disable-features=WebAssemblyJSPromiseIntegration leave WebAssembly.Suspending in place), so the site's
worker here starts by deleting WebAssembly.Suspending / promising / Suspender before Pyodide loads:
Pyodide decides from those (`"Suspending" in WebAssembly`) and then runs without stack switching, as in
those browsers. The worker's ready message says whether JSPI was there; the other page tests run with
it there (and unused).
"""

from __future__ import annotations

from site_server import serve
from test_chat_ui import LONG_PROMPT, settings_error
from test_page import TINY_PROMPT, cpython_greedy_ids, open_chat

NO_JSPI = ("// test_page_no_jspi.py: a browser without JSPI (Safari 26, Firefox 141+)\n"
           "delete WebAssembly.Suspending; delete WebAssembly.promising; delete WebAssembly.Suspender;\n")


def without_jspi(site):
    """The site's worker, JSPI removed before anything runs (imports are hoisted, but Pyodide is imported
    dynamically later). The site's files may be hard links: the file is replaced, not written into."""
    worker = site / "js" / "worker.mjs"
    text = worker.read_text()
    worker.unlink()
    worker.write_text(NO_JSPI + text)
    return site


def test_chat_without_jspi_gives_cpythons_greedy_tokens_stops_on_esc_and_shows_stats(
        context, fresh_tiny_site, tiny_model, gpu_adapter):
    expected = cpython_greedy_ids(tiny_model, LONG_PROMPT, 24, stop_at_eos=False)
    with serve(without_jspi(fresh_tiny_site)) as url:
        page, ready = open_chat(context, url, "?temperature=0&max_tokens=24&ignore_eos=1")
        assert ready is not None, page.inner_text("#error")
        assert ready["jspi"] is False  # really off in the worker that runs Python
        assert page.evaluate("typeof WebAssembly.Suspending") == "function"  # (the page's own is untouched)

        # a prompt of two prefill chunks: the prefill hook awaits the GPU between them, then 24 greedy tokens
        page.fill("#input", LONG_PROMPT)
        page.press("#input", "Enter")
        page.wait_for_function("window.tabllm.replies.length > 0 || !document.getElementById('error').hidden",
                               timeout=120_000, polling=100)
        assert page.is_hidden("#error"), page.inner_text("#error")
        reply = page.evaluate("window.tabllm.replies.at(-1)")
        assert reply["token_ids"] == expected
        assert reply["finish_reason"] == "length"
        prefill = page.evaluate("window.tabllm.prefill")
        assert [p["done"] for p in prefill] == [0, 64], prefill
        stats = page.inner_text("#stats")
        assert "decode" in stats and "24 tokens (length)" in stats and "host" in stats, stats
        assert reply["decode_tok_s"] > 0 and reply["host_ms_per_token"] > 0, reply

        # Esc stops a long reply between tokens (the stop message is handled while Python awaits the GPU)
        page.click("#settings summary")
        page.fill("#set-max_tokens", "150")
        assert settings_error(page) is None
        page.fill("#input", TINY_PROMPT)
        page.press("#input", "Enter")
        page.wait_for_function("window.tabllm.tokens >= 3", timeout=60_000, polling=100)
        at_stop = page.evaluate("window.tabllm.tokens")
        page.keyboard.press("Escape")
        page.wait_for_function("window.tabllm.replies.length > 1", timeout=60_000, polling=100)
        stopped = page.evaluate("window.tabllm.replies.at(-1)")
        assert stopped["finish_reason"] == "abort", stopped["finish_reason"]
        assert at_stop <= len(stopped["token_ids"]) <= at_stop + 2, (at_stop, len(stopped["token_ids"]))
        assert "(abort)" in page.inner_text("#stats")
        assert page.is_enabled("#send")
    # the stopped reply is a prefix of CPython's for the same conversation (turn 1 reused: prefix reuse)
    conversation = [{"role": "user", "content": LONG_PROMPT}, {"role": "assistant", "content": reply["text"]},
                    {"role": "user", "content": TINY_PROMPT}]
    want = cpython_greedy_ids(tiny_model, conversation, len(stopped["token_ids"]), stop_at_eos=False)
    assert stopped["token_ids"] == want
