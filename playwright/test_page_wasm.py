"""The page without WebGPU: the worker runs the same "cpu" plans as WebAssembly (app/js/wasm_executor.mjs,
the kernels of app/kernels_wasm/ from build_tools/gen_wasm.py) and gives CPython's greedy tokens.

Chromium without --enable-unsafe-webgpu has no WebGPU on Linux here (navigator.gpu missing, or no adapter):
the path a visitor without WebGPU gets, not a forced one.
"""

from __future__ import annotations

import pytest
from site_server import serve
from test_page import LOAD_TIMEOUT_MS, TINY_PROMPT, ask


def cpu_greedy_ids(model_dir, messages, max_tokens):
    """Greedy ids of the CPython engine on the CPU executor (the host's build of the same kernels), f32."""
    import tabllm
    from tabllm.sampling import SamplerSettings

    engine = tabllm.load(model_dir, device="cpu", precision="f32")
    try:
        ids = engine.chat_prompt_ids(messages)
        return list(engine.stream_ids(ids, max_tokens, SamplerSettings(temperature=0), stop_at_eos=False))
    finally:
        engine.release()


@pytest.fixture
def no_webgpu_page(browser, page_errors):
    """A page in a Chromium without WebGPU (its own browser: the flag is per launch)."""
    from conftest import CHROMIUM, CHROMIUM_ARGS

    no_gpu = browser.browser_type.launch(executable_path=CHROMIUM, headless=True,
                                         args=[a for a in CHROMIUM_ARGS if a != "--enable-unsafe-webgpu"])
    try:
        page = no_gpu.new_page()
        page_errors.watch(page.context)
        yield page
    finally:
        no_gpu.close()


def test_without_webgpu_the_page_chats_on_webassembly_with_cpython_greedy_tokens(no_webgpu_page, tiny_site, tiny_model):
    """Greedy ids equal CPython's (a fresh engine on the CPU executor: the same kernel definitions compiled
    for the host) over two turns, the second reusing the first's K / V rows; the page says which path runs.
    Threads: as many as the CPU has cores (at most 4), kernels_threads.wasm on shared memory."""
    expected = cpu_greedy_ids(tiny_model, [{"role": "user", "content": TINY_PROMPT}], 24)
    page = no_webgpu_page
    with serve(tiny_site) as url:
        page.goto(url + "index.html?temperature=0&max_tokens=24&ignore_eos=1")
        page.wait_for_function("document.body.dataset.state !== 'loading'", timeout=LOAD_TIMEOUT_MS, polling=250)
        ready = page.evaluate("window.tabllm.ready")
        assert ready is not None, page.inner_text("#error")
        assert page.evaluate("typeof navigator.gpu === 'undefined'") or ready["device"] == "wasm"
        assert ready["device"] == "wasm" and ready["profile"] == "cpu", ready
        # the site is cross-origin isolated (COOP / COEP): the kernels' parallel loops split over the CPU's cores
        threads = page.evaluate("Math.min(navigator.hardwareConcurrency, 4)")
        assert page.evaluate("crossOriginIsolated") and f"({threads} thread" in page.inner_text("#gpu-info")
        reply = ask(page, TINY_PROMPT)
        stats = page.inner_text("#stats")
        second = ask(page, "more")
    assert reply["token_ids"] == expected
    assert len(expected) == 24
    assert stats.startswith("WebAssembly on the CPU · prefill"), stats
    assert reply["prompt_tokens"] <= second["cached_tokens"] < second["prompt_tokens"]
    conversation = [{"role": "user", "content": TINY_PROMPT}, {"role": "assistant", "content": reply["text"]},
                    {"role": "user", "content": "more"}]
    assert second["token_ids"] == cpu_greedy_ids(tiny_model, conversation, 24)


def test_one_thread_runs_the_unshared_module_with_the_same_greedy_tokens(no_webgpu_page, tiny_site, tiny_model):
    """?threads=1: kernels.wasm on an unshared memory, what a page that is not cross-origin isolated gets."""
    expected = cpu_greedy_ids(tiny_model, [{"role": "user", "content": TINY_PROMPT}], 24)
    page = no_webgpu_page
    with serve(tiny_site) as url:
        page.goto(url + "index.html?temperature=0&max_tokens=24&ignore_eos=1&threads=1")
        page.wait_for_function("document.body.dataset.state !== 'loading'", timeout=LOAD_TIMEOUT_MS, polling=250)
        assert page.evaluate("window.tabllm.ready") is not None, page.inner_text("#error")
        assert "(1 thread," in page.inner_text("#gpu-info")
        reply = ask(page, TINY_PROMPT)
    assert reply["token_ids"] == expected
