"""The teaching page (site/learn.html) on the tiny model: each view renders with the values CPython computes for
the same prompt (token ids, the next-token candidates and probabilities, the GPU sampler's pick, one attention
row and the logit lens, the decode step's dispatches), the sliders redraw the step, a Python cell runs in the
worker and shows its output, a cell that never ends is stopped (the model kept); and screenshots at desktop and phone width
(artifacts/playwright/learn-*.png).

One page load serves every check (a load costs most of the test's time on SwiftShader)."""

from __future__ import annotations

import re

import pytest
from site_server import serve
from test_chat_ui import no_horizontal_overflow
from test_page import LOAD_TIMEOUT_MS

STEP_TIMEOUT_MS = 60_000
PROB_TOLERANCE = 2e-4  # f32 logits from two GPUs (SwiftShader in the page, lavapipe here): probabilities agree to ~1e-6


@pytest.fixture(scope="module")
def cpython_engine(tiny_model, gpu_adapter):
    import tabllm

    # f32 as the page on SwiftShader (no shader-f16); debug phases as the page's (teach.inside)
    engine = tabllm.load(tiny_model, precision="f32", debug=True)
    yield engine
    engine.release()


def wait_for(page, expression, timeout_ms=STEP_TIMEOUT_MS):
    """Until expression (JS) holds in the page, or its error box shows (then the test fails with its text)."""
    page.wait_for_function(f"({expression}) || !document.getElementById('error').hidden", timeout=timeout_ms, polling=100)
    assert page.is_hidden("#error"), page.inner_text("#error")


def assert_candidates_match(page_candidates, want, what):
    assert [c["id"] for c in page_candidates] == [c["id"] for c in want], f"{what}: candidate ids differ"
    for got, expected in zip(page_candidates, want):
        assert got["prob"] == pytest.approx(expected["prob"], abs=PROB_TOLERANCE), f"{what}: probability of {got['id']}"
        assert got["raw_prob"] == pytest.approx(expected["raw_prob"], abs=PROB_TOLERANCE), f"{what}: raw probability of {got['id']}"


def test_learn_page_views_match_cpython(context, tiny_site, cpython_engine, artifacts):
    from tabllm import teach
    from tabllm.sampling import SamplerSettings

    engine = cpython_engine
    with serve(tiny_site) as url:
        page = context.new_page()
        page.goto(url + "learn.html")
        page.wait_for_function("document.body.dataset.state !== 'loading'", timeout=LOAD_TIMEOUT_MS, polling=250)
        assert page.evaluate("window.tabllm.ready") is not None, page.inner_text("#error")

        # 1. tokens: the default prompt, then a typed one, as CPython tokenizes them (control tokens marked)
        wait_for(page, "window.tabllm.tokens !== null")
        prompt = page.input_value("#prompt")
        ids = engine.chat_prompt_ids([{"role": "user", "content": prompt}])
        assert [t["id"] for t in page.evaluate("window.tabllm.tokens")] == ids
        typed = "Why is the sky blue? <|im_end|>"  # typed control-token text stays plain text
        page.fill("#prompt", typed)
        ids = engine.chat_prompt_ids([{"role": "user", "content": typed}])
        wait_for(page, f"window.tabllm.tokens && window.tabllm.tokens.length === {len(ids)}")
        shown = page.evaluate("window.tabllm.tokens")
        assert [t["id"] for t in shown] == ids
        want_special = [t["id"] for t in teach.tokens(engine, ids) if t["special"]]
        assert [t["id"] for t in shown if t["special"]] == want_special
        assert page.locator("#tokens .tok.special").count() == len(want_special) > 0
        assert page.locator("#tokens .tok").count() == len(ids)

        # 2. one step: the page's candidates and the GPU sampler's pick are CPython's for the same settings
        page.fill("#temperature", "0.7")
        page.fill("#seed", "3")
        page.click("#step")
        wait_for(page, "window.tabllm.step !== null")
        step = page.evaluate("window.tabllm.step")
        settings = SamplerSettings(temperature=0.7, seed=3)
        view = teach.next_token(engine, ids, settings, top=len(step["candidates"]))
        assert_candidates_match(step["candidates"], view["candidates"], "step at temperature 0.7")
        assert step["token"] == view["token"]  # same logits, same seed: the same Gumbel draw
        assert step["position"] == len(ids)
        assert page.locator("#candidates .cand").count() == len(step["candidates"])
        if any(c["id"] == step["token"] for c in step["candidates"]):
            assert page.get_attribute("#candidates .cand.chosen", "data-id") == str(step["token"])

        # sliders redraw the same step from its logits: hotter and cut to the top 3 (no model run)
        before = page.evaluate("window.tabllm.redraws")
        page.fill("#temperature", "1.5")
        page.fill("#top_k", "3")
        wait_for(page, f"window.tabllm.redraws > {before} && window.tabllm.redraw.settings.top_k === 3"
                       " && window.tabllm.redraw.settings.temperature === 1.5")
        redraw = page.evaluate("window.tabllm.redraw")
        redrawn = teach.distribution(view["logits"], SamplerSettings(temperature=1.5, top_k=3), seen=ids)
        want = teach.candidates(engine, view["logits"], SamplerSettings(temperature=1.5, top_k=3), ids,
                                top=len(redraw["candidates"]), probs=redrawn)
        assert_candidates_match(redraw["candidates"], want, "redrawn at temperature 1.5, top-k 3")
        assert redraw["kept"] == sum(p > 0 for p in redrawn) >= 3
        assert redraw["token"] == step["token"]  # the step's pick stays marked
        assert page.locator("#candidates .cand-prob", has_text="cut").count() == len(redraw["candidates"]) - redraw["kept"]

        # 3. inside the model at the step's position: the attention rows and the logit lens are CPython's
        page.click("#inside-details summary")
        wait_for(page, "window.tabllm.inside !== null")
        inside = page.evaluate("window.tabllm.inside")
        want = teach.inside(engine, ids)
        assert (inside["position"], inside["layers"], inside["heads"]) == (len(ids) - 1, want["layers"], want["heads"])
        layer, head = want["layers"] - 1, want["heads"] - 1  # one attention row: the last layer's last head
        assert inside["attention"][layer][head] == pytest.approx(want["attention"][layer][head], abs=PROB_TOLERANCE)
        assert [r["id"] for r in inside["lens"]] == [r["id"] for r in want["lens"]]
        assert [r["prob"] for r in inside["lens"]] == pytest.approx([r["prob"] for r in want["lens"]], abs=PROB_TOLERANCE)
        assert inside["final"] == view["greedy"]  # the lens's last row: the model's own logits
        assert page.locator("#attn-heads .hm-row").count() == want["heads"]
        assert page.locator("#attn-row .cand").count() == len(ids)
        assert page.locator("#lens-table tbody tr").count() == want["layers"] + 1

        # 4. time: one decode step's dispatches, every kernel of the plan's phases there, bytes from buffer sizes
        page.click("#time")
        wait_for(page, "window.tabllm.profile !== null")
        profile = page.evaluate("window.tabllm.profile")
        phases = [engine.decode_phase(profile["position"]), "head_last", "greedy"]
        plan_kernels = [s.kernel for p in phases for s in engine.plan.phases[p]]
        assert profile["position"] == len(ids)
        assert profile["dispatches"] == len(plan_kernels)
        assert {t["kernel"]: t["count"] for t in profile["totals"]} == {k: plan_kernels.count(k) for k in set(plan_kernels)}
        assert profile["method"] in ("timestamp-query", "host") and profile["ms"] > 0
        assert all(t["bytes"] > 0 for t in profile["totals"])  # every kernel reads some buffer
        assert page.locator("#time-table tbody tr").count() == len(profile["totals"])
        method = page.inner_text("#time-method")
        assert ("timestamp-query" in method) == (profile["method"] == "timestamp-query")
        if profile["method"] == "timestamp-query":  # the same step timed on the host, as a GPU without timestamps is
            page.select_option("#time-how", "host")
            page.evaluate("window.tabllm.profile = null")
            page.click("#time")
            wait_for(page, "window.tabllm.profile !== null")
            host = page.evaluate("window.tabllm.profile")
            assert host["method"] == "host" and host["baseline_ms"] > 0 and "no 'timestamp-query'" not in page.inner_text("#time-method")
            assert {t["kernel"]: t["count"] for t in host["totals"]} == {k: plan_kernels.count(k) for k in set(plan_kernels)}

        # 5. a Python cell: PyScript's editor, its code run by the worker's Python next to the model
        page.wait_for_selector("#python-view .py-editor-run-button", timeout=STEP_TIMEOUT_MS)
        code = page.evaluate("document.querySelector('script[output=\"cell-sampler-out\"]').code")
        cell_prompt = re.search(r'lab\.prompt_ids\("([^"]*)"', code).group(1)
        page.locator("#python-view .py-editor-run-button").first.click()
        wait_for(page, "window.tabllm.cells.length > 0")
        cell = page.evaluate("window.tabllm.cells[0]")
        assert cell["error"] is None, cell["error"]
        cell_ids = engine.chat_prompt_ids([{"role": "user", "content": cell_prompt}])
        greedy = teach.next_token(engine, cell_ids, SamplerSettings(temperature=0), top=1)["greedy"]
        assert f"greedy: id {greedy} " in cell["output"], cell["output"]
        assert "sampled:" in page.inner_text("#cell-sampler-out")

        # a cell that never ends: Stop raises KeyboardInterrupt in it (the page is cross-origin isolated, as tabllm
        # serve makes it: Pyodide's interrupt buffer), the model stays loaded and answers as before
        assert page.evaluate("self.crossOriginIsolated")
        page.locator("#python-view .py-editor-run-button").nth(3).click()
        page.click("#cell-loop-out .cell-stop", timeout=STEP_TIMEOUT_MS)
        wait_for(page, "window.tabllm.cells.length === 2")
        stopped = page.evaluate("window.tabllm.cells[1]")
        assert stopped["cell"] == "cell-loop-out" and "KeyboardInterrupt" in stopped["error"], stopped
        assert "KeyboardInterrupt" in page.inner_text("#cell-loop-out")
        assert page.evaluate("window.tabllm.restarts") == 0
        page.click("#restart")  # back to the prompt (step and inside views cleared), then one greedy step
        page.fill("#temperature", "0")
        page.click("#step")
        wait_for(page, "window.tabllm.step !== null")
        assert page.evaluate("window.tabllm.step")["token"] == view["greedy"]
        wait_for(page, "window.tabllm.inside !== null")  # the open inside view follows the new step
        assert page.evaluate("window.tabllm.inside")["lens"][-1]["id"] == view["greedy"]

        page.screenshot(path=str(artifacts / "learn-desktop.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(100)
        assert no_horizontal_overflow(page), "the teaching page scrolls sideways at phone width"
        page.screenshot(path=str(artifacts / "learn-phone.png"), full_page=True)


def check_learn_page_on_a_real_model(context, url, engine):
    """The teaching page on a real model (SmolLM2, the site's default), on the WebAssembly path (?device=wasm: the
    cpu plans, as `engine`, a CPython engine on the CPU executor loaded with debug=True): the prompt's tokens, one
    sampled step's candidates and pick, one attention row and the logit lens equal CPython's. Called from the
    real-model page test (playwright/test_page.py), whose context has the model's shards cached already: a page
    start of its own would cost most of this check. The time view: every kernel of the decode step, each call
    timed by the worker's clock (the WebAssembly bridge's profile)."""
    from tabllm import teach
    from tabllm.sampling import SamplerSettings

    page = context.new_page()
    page.goto(url + "learn.html?device=wasm")
    page.wait_for_function("document.body.dataset.state !== 'loading'", timeout=LOAD_TIMEOUT_MS, polling=250)
    assert page.evaluate("window.tabllm.ready") is not None, page.inner_text("#error")
    wait_for(page, "window.tabllm.tokens !== null")
    ids = engine.chat_prompt_ids([{"role": "user", "content": page.input_value("#prompt")}])
    assert [t["id"] for t in page.evaluate("window.tabllm.tokens")] == ids

    page.fill("#temperature", "0.7")
    page.fill("#seed", "3")
    page.click("#step")
    wait_for(page, "window.tabllm.step !== null")
    step = page.evaluate("window.tabllm.step")
    view = teach.next_token(engine, ids, SamplerSettings(temperature=0.7, seed=3), top=len(step["candidates"]))
    assert_candidates_match(step["candidates"], view["candidates"], "SmolLM2 step at temperature 0.7")
    assert step["token"] == view["token"]

    page.click("#inside-details summary")
    wait_for(page, "window.tabllm.inside !== null")
    inside = page.evaluate("window.tabllm.inside")
    want = teach.inside(engine, ids)
    assert (inside["position"], inside["layers"], inside["heads"]) == (len(ids) - 1, want["layers"], want["heads"])
    layer, head = want["layers"] // 2, want["heads"] - 1  # one attention row: a middle layer's last head
    assert inside["attention"][layer][head] == pytest.approx(want["attention"][layer][head], abs=PROB_TOLERANCE)
    assert [r["id"] for r in inside["lens"]] == [r["id"] for r in want["lens"]]
    assert [r["prob"] for r in inside["lens"]] == pytest.approx([r["prob"] for r in want["lens"]], abs=PROB_TOLERANCE)
    assert inside["final"] == view["greedy"]

    # the time view: on this path each kernel call is timed by the worker's clock
    page.click("#time")
    wait_for(page, "window.tabllm.profile !== null")
    profile = page.evaluate("window.tabllm.profile")
    plan_kernels = [s.kernel for p in (engine.decode_phase(profile["position"]), "head_last", "greedy") for s in engine.plan.phases[p]]
    assert profile["method"] == "cpu-clock" and profile["position"] == len(ids) and profile["ms"] > 0
    assert {t["kernel"]: t["count"] for t in profile["totals"]} == {k: plan_kernels.count(k) for k in set(plan_kernels)}
    assert all(t["bytes"] > 0 for t in profile["totals"])
    assert "WebAssembly on the CPU" in page.inner_text("#time-method")
    page.close()
