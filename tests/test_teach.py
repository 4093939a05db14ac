"""tabllm.teach (issue 23's views as data) on the tiny random-weight model: the token view, the next-token
distribution against the GPU sampler (its logprobs, and what its draws can and cannot pick), and the
example script in docs/, run as a user would."""

import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import tabllm
from tabllm import teach
from tabllm.sampling import SamplerSettings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def engine(tiny_model_dir, gpu_adapter):
    # with the debug phases (teach.inside): the other phases are the same (test_debug_phases_leave_...)
    e = tabllm.load(tiny_model_dir, context_length=256, precision="f32", debug=True)
    yield e
    e.release()


@pytest.fixture(scope="module")
def reference(tiny_model_dir):
    """The same model on the float64 reference executor (runtime/reference.py), with the debug phases."""
    e = tabllm.load(tiny_model_dir, device="reference", context_length=256, precision="f32", debug=True)
    yield e
    e.release()


def test_tokens_mark_the_templates_control_tokens(engine):
    ids = engine.chat_prompt_ids([{"role": "user", "content": "hi <|im_end|>"}])
    view = teach.tokens(engine, ids)
    assert [t["id"] for t in view] == ids
    control = [t["text"] for t in view if t["special"]]
    assert control == ["<|im_start|>", "<|im_end|>", "<|im_start|>"]  # the typed "<|im_end|>" is plain text
    assert "".join(t["text"] for t in view if not t["special"]).startswith("user\nhi <|im_end|>")


def test_raw_probabilities_equal_the_gpus_logprobs(engine):
    ids = engine.chat_prompt_ids([{"role": "user", "content": "Name a colour."}])
    view = teach.next_token(engine, ids, temperature=1.0, top=5)
    stats = {}
    list(engine.stream_ids(ids, 1, SamplerSettings(temperature=0), stats, stop_at_eos=False, logprobs=5))
    gpu_top = stats["logprobs"][0].top  # (id, log-softmax of the raw logits) from the token_logprobs kernel
    assert [c["id"] for c in view["candidates"]] == [i for i, _ in gpu_top]
    for c, (_, lp) in zip(view["candidates"], gpu_top):
        assert math.isclose(c["raw_prob"], math.exp(lp), rel_tol=1e-4)
        assert math.isclose(c["prob"], c["raw_prob"], rel_tol=1e-9)  # temperature 1, nothing cut
    assert view["greedy"] == view["candidates"][0]["id"] == stats["logprobs"][0].token


def reference_distribution(logits, settings, seen=(), counts=None):
    """The distribution as the sampler kernels' float64 twins compute it (runtime/reference.py): the oracle
    teach.distribution's plain Python must equal."""
    from tabllm.runtime import reference

    logits = np.asarray(logits, np.float32)
    V = logits.size
    seen_v = np.zeros(V, np.int32)
    seen_v[list(seen)] = 1
    b = {"logits": logits, "bias": np.asarray(settings.bias_vector(V), np.float32), "seen": seen_v,
         "counts": np.zeros(V, np.int32) if not counts else np.bincount(np.repeat(list(counts), list(counts.values())), minlength=V).astype(np.int32),
         "allowed": np.full((V + 31) // 32, 0xFFFFFFFF, np.uint32),
         "scores": np.zeros(V), "noisy": np.zeros(V), "threshold": np.zeros(1, np.uint32)}
    u = {**settings.call_dims(0, 0), "V": V, "noise": 0.0}
    reference.sample_scores(b, u)
    scores = b["scores"]
    if settings.greedy:
        out = np.zeros(V)
        out[int(np.argmax(scores))] = 1.0
        return out
    if settings.truncates:
        reference.top_threshold(b, u)
        reference.sample_noise(b, u)
        scores = b["noisy"]
    kept = scores > reference.MASKED_SCORE
    e = np.where(kept, np.exp(scores - scores[kept].max()), 0.0)
    return e / e.sum()


@pytest.mark.parametrize("settings", [
    SamplerSettings(temperature=0), SamplerSettings(temperature=1.0), SamplerSettings(temperature=0.4),
    SamplerSettings(temperature=1.3, top_k=4, repetition_penalty=1.3), SamplerSettings(temperature=0.8, top_p=0.5),
    SamplerSettings(temperature=2.0, top_k=50, top_p=0.9, logit_bias={3: 2.5, 7: -100}),
    SamplerSettings(temperature=1.0, top_k=1), SamplerSettings(temperature=1.0, top_p=0.01),
    SamplerSettings(temperature=0.7, frequency_penalty=0.8, presence_penalty=-0.5, top_p=0.95),
], ids=lambda s: f"T{s.temperature}-k{s.top_k}-p{s.top_p}-rep{s.repetition_penalty}-bias{len(s.logit_bias)}")
def test_plain_python_distribution_equals_the_reference_twins(settings):
    rng = np.random.default_rng(7)
    logits = rng.normal(0, 3, 1000).astype(np.float32)
    logits[10:14] = logits[20]  # ties, at the cut too
    seen, counts = [1, 2, 3, 20, 500], {3: 2, 20: 1}
    want = reference_distribution(logits, settings, seen, counts)
    got = teach.distribution(logits.tolist(), settings, seen=seen, counts=counts)
    assert np.allclose(got, want, rtol=1e-9, atol=1e-15)
    assert np.array_equal(np.asarray(got) > 0, want > 0)  # the same tokens kept


def test_distribution_is_what_the_gpu_sampler_draws_from(engine):
    ids = engine.chat_prompt_ids([{"role": "user", "content": "Go"}])
    settings = SamplerSettings(temperature=1.3, top_k=4, repetition_penalty=1.3)
    view = teach.next_token(engine, ids, settings)
    probs = np.asarray(view["probs"])
    assert math.isclose(probs.sum(), 1.0) and 4 <= np.count_nonzero(probs) <= 6  # (ties with the 4th stay)
    assert view["kept"] == np.count_nonzero(probs) and probs[view["token"]] > 0  # the GPU's own pick
    drawn = {engine.generate(ids, max_tokens=1, temperature=1.3, top_k=4, repetition_penalty=1.3, seed=s).token_ids[0]
             for s in range(24)}
    assert all(probs[t] > 0 for t in drawn)  # never a token the view says is cut
    assert len(drawn) >= 2
    logits = view["logits"]
    greedy = teach.distribution(logits, SamplerSettings(temperature=0, repetition_penalty=1.3), seen=ids)
    want = engine.generate(ids, max_tokens=1, temperature=0, repetition_penalty=1.3).token_ids[0]
    assert greedy[want] == 1.0
    # redrawn at another temperature without the model: hotter is flatter
    cold, hot = (max(teach.distribution(logits, temperature=t)) for t in (0.5, 2.0))
    assert cold > probs.max() > 0 and hot < cold


def test_kernel_totals_sum_a_steps_dispatches():
    steps = [{"kernel": "a", "ms": 1.0, "bytes": 10}, {"kernel": "b", "ms": 3.0, "bytes": 5}, {"kernel": "a", "ms": 0.5, "bytes": 10}]
    assert teach.kernel_totals(steps) == [{"kernel": "b", "count": 1, "ms": 3.0, "bytes": 5},
                                          {"kernel": "a", "count": 2, "ms": 1.5, "bytes": 20}]


def test_the_example_script_runs(tiny_model_dir, gpu_adapter):
    run = subprocess.run([sys.executable, str(ROOT / "docs" / "teach_example.py"), "--model", str(tiny_model_dir),
                          "--device", "gpu", "--prompt", "hello"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    for heading in ("1. The prompt", "2. The next token", "3. Greedy against sampled", "top-k 3", "sampled (seed 2)",
                    "4. Inside the model", "the logit lens"):
        assert heading in run.stdout, run.stdout
    # the lens's last row is the model's own prediction: the greedy token of section 2's distribution
    greedy = re.search(r"greedy \(temperature 0\)\s+1 tokens possible; top: ('.*?') 1\.000", run.stdout).group(1)
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("  layer") and f"top {greedy}" in last, last


# --- inside the model: the debug phases (attention probabilities, logit lens) ----------------------------------

def family_plans():
    """(name, config, quant) of a plan per family and variant: bench.SYNTHETIC's real shapes (Gemma 3's sliding
    windows and 262144-token vocabulary, Qwen3's q/k norms, Phi-3's window, GPT-2), Qwen2 (q/k/v biases) made
    from Qwen3's; the tiny Llama is the tiny_model_dir test's."""
    from tabllm.bench import MATRICES, SYNTHETIC

    def quant(spec, config):  # each matrix's format, as bench.synthetic_engine gives them
        formats = {f"layers.{i}.{m}": spec["quant"].get(m, spec["quant"]["*"])
                   for i in range(config["num_layers"]) for m in spec.get("matrices", MATRICES)}
        head = {} if config["tie_word_embeddings"] else {"lm_head": spec["quant"].get("lm_head", spec["quant"]["*"])}
        return {"embed": spec["quant"]["embed"], **formats, **head}

    plans = [(name, SYNTHETIC[name]["config"], quant(SYNTHETIC[name], SYNTHETIC[name]["config"]))
             for name in ("smollm2-135m", "phi3-mini", "qwen3-0.6b", "gemma3-270m", "gpt2-124m")]
    qwen3 = SYNTHETIC["qwen3-0.6b"]
    qwen2 = {**{k: v for k, v in qwen3["config"].items() if k != "qk_norm"}, "architecture": "qwen2", "qkv_bias": True}
    return [*plans, ("qwen2", qwen2, quant(qwen3, qwen2))]


def build_debug_pair(config, quant, profile, precision):
    """The family's plan without and with debug=True (engine.FAMILIES: Phi-3 is the Llama module)."""
    from tabllm.engine import FAMILIES

    family = FAMILIES[config["architecture"]]
    extra = {"precision": precision} if precision != "f32" else {}
    return [family.build_plan(config, quant, 256, 16, profile, **extra, debug=debug) for debug in (False, True)]


def check_debug_phases_leave_the_normal_phases(config, plain, debug):
    assert set(debug.phases) - set(plain.phases) == {"debug_inside", "debug_lens", "debug_lens_top"}
    for name, steps in plain.phases.items():
        assert debug.phases[name] == steps, name
    assert debug.long_phases == plain.long_phases
    assert {n: b for n, b in debug.buffers.items() if n in plain.buffers} == plain.buffers
    assert set(debug.buffers) - set(plain.buffers) <= {"debug.attn", "debug.resid", "s", "p"}
    layers = config["num_layers"]
    kept = [s for s in debug.phases["debug_inside"] if s.kernel == "copy_columns" and s.buffers["y"].startswith("debug.")]
    assert len(kept) == 2 * layers + 1  # the embedding's row, then each layer's attention row and residual
    assert [s.buffers["x"] for s in kept] == ["x", *["p", "x"] * layers]
    assert debug.dispatch_count("debug_inside") > plain.dispatch_count("body")  # (the kept rows cost dispatches
    # only there: the decode phases above are unchanged)
    # the lens is the head of every row: head_all's steps (head_last's for one row, then the sampler's
    # token_logprobs), the final norm reading the kept rows
    for lens_phase, head_phase in (("debug_lens", "head_all"), ("debug_lens_top", "head_last")):
        lens, head = debug.phases[lens_phase], plain.phases[head_phase]
        assert lens[0].buffers == {**head[0].buffers, "x": "debug.resid"} and lens[1:len(head)] == head[1:]
    assert [s.kernel for s in debug.phases["debug_lens_top"][len(plain.phases["head_last"]):]] == ["token_logprobs"]


@pytest.mark.parametrize("profile,precision", [("cpu", "f32"), ("gpu", "f32"), ("gpu", "f16")])
def test_debug_phases_leave_the_normal_phases_as_they_are(tiny_model_dir, profile, precision):
    """A plan built with debug=True has the same phases, step for step (so the same dispatches per token),
    plus debug_inside and debug_lens; its extra buffers are the debug ones and the probabilities' scratch.
    Every family (models/*.py build_plan debug=True, the helpers of lowering.inside_phase), on the tiny Llama
    and on the real shapes of each family."""
    from tabllm.engine import FAMILIES
    from tabllm.weights import load_config, read_index

    cases = [("tiny", load_config(tiny_model_dir), read_index(tiny_model_dir)["quant"]), *family_plans()]
    assert {c["architecture"] for _, c, _ in cases} == set(FAMILIES)  # (a new family joins this test)
    for name, config, quant in cases:
        family = FAMILIES[config["architecture"]]
        if precision == "f16" and (not getattr(family, "F16_PLAN", False) or config.get("qk_norm")):
            continue  # (no f16 plan for this family)
        plain, debug = build_debug_pair(config, quant, profile, precision)
        check_debug_phases_leave_the_normal_phases(config, plain, debug)
    # a plan of a layer range (split execution) has no debug phases: they run from the embedding to the head
    from tabllm.models import llama

    config, quant = load_config(tiny_model_dir), read_index(tiny_model_dir)["quant"]
    part = llama.build_plan(config, quant, 256, 16, profile, precision, layers=(0, 1), debug=True)
    assert "debug_inside" not in part.phases and "debug.resid" not in part.buffers


def check_inside(engine, reference, ids):
    """teach.inside on the GPU equals the float64 twins running the same plan; the last layer's attention row
    equals the one an ordinary prefill leaves in "p" (another phase), and the last lens row is the model's
    logits (the normal head); each attention row is a distribution over the positions up to p. Returns the
    GPU's view."""
    got = teach.inside(engine, ids, lens_rows=True)
    want = teach.inside(reference, ids, lens_rows=True)
    layers, H, n = engine.config["num_layers"], engine.config["num_heads"], len(ids)
    assert (got["position"], got["layers"], got["heads"]) == (n - 1, layers, H)
    attention = np.asarray(got["attention"])
    assert attention.shape == (layers, H, n)
    assert np.allclose(attention.sum(axis=2), 1.0, atol=1e-5)
    assert np.allclose(attention, np.asarray(want["attention"]), atol=1e-4)
    lens = np.asarray(got["lens_logits"])
    assert lens.shape == (layers + 1, engine.config["vocab_size"])
    assert np.allclose(lens, np.asarray(want["lens_logits"]), atol=1e-3)
    assert [r["id"] for r in got["lens"]] == [r["id"] for r in want["lens"]]
    for g, w in zip(got["lens"], want["lens"]):
        assert g["prob"] == pytest.approx(w["prob"], abs=1e-4) and g["final_prob"] == pytest.approx(w["final_prob"], abs=1e-4)
        assert 0 < g["final_prob"] <= g["prob"] <= 1
    assert np.allclose(lens[-1], engine.logits(ids)[-1], atol=1e-4)  # the last row: the model's own head
    view = teach.next_token(engine, ids, SamplerSettings(temperature=1.0), top=1)
    assert got["final"] == got["lens"][-1]["id"] == view["greedy"]
    assert got["lens"][-1]["prob"] == pytest.approx(view["candidates"][0]["raw_prob"], abs=1e-5)
    # an independent path: the reference's ordinary prefill (phase body) leaves the last layer's
    # probabilities [H, n, L] in its scratch "p"; row n - 1 is the debug phase's last attention row
    reference.logits(ids)
    prefill = reference.executor.read("p", "f32", H * n * n).reshape(H, n, n)[:, -1, :]
    assert np.allclose(np.asarray(want["attention"][-1]), prefill, atol=1e-12)
    # the lens summed up on the GPU (debug_lens_top, the sampler's token_logprobs kernel: the "gpu" profile's
    # way) gives the same tokens and probabilities as the plain-Python sums of the rows
    quick = teach.inside(engine, ids, lens_on_gpu=True)
    assert quick["attention"] == got["attention"] and quick["final"] == got["final"] and "lens_logits" not in quick
    for q, g in zip(quick["lens"], got["lens"], strict=True):
        assert (q["layer"], q["id"], q["text"]) == (g["layer"], g["id"], g["text"])
        assert q["prob"] == pytest.approx(g["prob"], abs=1e-5) and q["final_prob"] == pytest.approx(g["final_prob"], abs=1e-5)
    return got


def check_gpu_profile(model_dir, reference, ids):
    """The "gpu" profile's debug phases (forced on this adapter: attn_scores_gpu, the gemv head of debug_lens_top)
    against the float64 twins; its lens is summed up on the GPU (teach.inside's default for that profile)."""
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    engine = Engine(model_dir, WgpuExecutor(profile="gpu"), context_length=reference.context_length, precision="f32",
                    debug=True)
    try:
        got, want = teach.inside(engine, ids), teach.inside(reference, ids)
    finally:
        engine.release()
    assert np.allclose(np.asarray(got["attention"]), np.asarray(want["attention"]), atol=1e-4)
    assert [r["id"] for r in got["lens"]] == [r["id"] for r in want["lens"]] and got["final"] == want["final"]
    for g, w in zip(got["lens"], want["lens"], strict=True):
        assert g["prob"] == pytest.approx(w["prob"], abs=1e-4) and g["final_prob"] == pytest.approx(w["final_prob"], abs=1e-4)


def test_inside_matches_the_float64_reference(engine, reference, tiny_model_dir):
    ids = engine.chat_prompt_ids([{"role": "user", "content": "Why is the sky blue?"}])
    check_inside(engine, reference, ids)
    check_gpu_profile(tiny_model_dir, reference, ids)


FAMILY_MODELS = ["qwen2", "qwen3", "gemma3", "gpt2"]  # (the Llama family: the test above)


@pytest.fixture(scope="module", params=FAMILY_MODELS)
def family_model(request, tiny_model_dir, tmp_path_factory):
    """A tiny random-weight model of the family (tests/hf_families.py's, as test_families.py converts them)."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    import hf_families

    from tabllm.convert_hf import convert_hf

    kind = request.param
    tmp = tmp_path_factory.mktemp(kind)
    folder = hf_families.save_hf_folder(hf_families.build_hf_model(kind, seed=3, tied=True), tmp / "hf",
                                        tiny_model_dir / "tokenizer.json")
    return kind, convert_hf(folder, tmp / "model", quant="q8f32")


@pytest.mark.hf
def test_inside_of_every_family_matches_the_float64_reference(family_model, gpu_adapter):
    """The debug phases of Qwen2 (q/k/v biases), Qwen3 (q/k head norms), Gemma 3 (the scaled embedding, sliding-
    window layers, its four norms a layer) and GPT-2 (layer norms, learned positions, the tied head) against the
    float64 twins (check_inside), on a prompt longer than Gemma's window."""
    kind, model_dir = family_model
    engine = tabllm.load(model_dir, context_length=64, precision="f32", debug=True)
    reference = tabllm.load(model_dir, device="reference", context_length=64, precision="f32", debug=True)
    try:
        ids = [1, 70, 101, 33, 250, 9, 180, 44, 3, 120, 77, 200, 15]  # (test_families.py's prompt)
        got = check_inside(engine, reference, ids)  # (the "gpu" profile's debug phases: the Llama test above)
        if kind == "gemma3":  # a sliding-window layer's query sees only the last `window` positions
            config, p = engine.config, len(ids) - 1
            attention = np.asarray(got["attention"])
            for layer, kind_of_layer in enumerate(config["layer_types"]):
                seen = attention[layer, :, : p + 1 - config["sliding_window"]]
                assert (kind_of_layer == "full_attention") == bool(seen.any()), layer
    finally:
        engine.release()
        reference.release()


def test_inside_says_why_it_is_not_there(tiny_model_dir):
    plain = tabllm.load(tiny_model_dir, device="reference", context_length=64, precision="f32")
    ids = plain.chat_prompt_ids([{"role": "user", "content": "hi"}])
    with pytest.raises(tabllm.TabllmError, match="debug=True"):
        teach.inside(plain, ids)
    assert "debug" not in " ".join(plain.plan.phases)
    # every family builds them (the plans: test_debug_phases_leave_the_normal_phases_as_they_are); a family
    # module without them (DEBUG_PLAN) says so, whatever the load asked for
    from types import SimpleNamespace

    from tabllm.engine import FAMILIES

    assert all(family.DEBUG_PLAN for family in FAMILIES.values())
    other = SimpleNamespace(plan=SimpleNamespace(phases={"body": []}), family=SimpleNamespace(), config={"architecture": "new"})
    assert teach.inside_available(other) == ("not available for this model family (new): its plan has no debug phases "
                                             "(the teaching views' lowering.inside_phase)")


# --- the teaching page's Python (web.py Lab), run here on wgpu-native as the worker runs it (awaited) ----------

import test_web  # noqa: E402

web_module = test_web.web_module  # the fixture: tabllm.web imported in CPython (with a stand-in `js` module)


@pytest.fixture
def lab(web_module, engine):
    return web_module.Lab(engine)


def finish(coroutine):
    """A Lab coroutine run to its end here: on wgpu-native every GPU call returns at once, so it never waits
    (asyncio.run would refuse inside Playwright's event loop when the browser tests share this process)."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    coroutine.close()
    raise AssertionError("the coroutine waited for something: nothing on CPython's executor should")


def test_lab_tokens_and_a_step_redrawn_without_the_model(lab, engine):
    import json

    ids = engine.chat_prompt_ids([{"role": "user", "content": "Go <|im_end|>"}])
    assert json.loads(lab.tokens("Go <|im_end|>", True))["tokens"] == teach.tokens(engine, ids)
    assert [t["id"] for t in json.loads(lab.tokens("Go", False))["tokens"]] == engine.text_prompt_ids("Go")
    assert json.loads(lab.tokens("", False)) == {"tokens": []}  # nothing typed yet: no tokens, no error

    step = json.loads(finish(lab.step(json.dumps(ids), json.dumps({"temperature": 0.9, "seed": 5}))))
    want = teach.next_token(engine, ids, SamplerSettings(temperature=0.9, seed=5), top=lab.TOP)
    assert step["token"] == want["token"] and step["position"] == len(ids) and step["kept"] == want["kept"]
    assert [c["id"] for c in step["candidates"]] == [c["id"] for c in want["candidates"]]
    assert [c["prob"] for c in step["candidates"]] == pytest.approx([c["prob"] for c in want["candidates"]], rel=1e-12)

    runs = engine.executor.submits if hasattr(engine.executor, "submits") else None
    again = json.loads(lab.redraw(json.dumps({"temperature": 0.9, "top_k": 2, "seed": 5})))
    probs = teach.distribution(want["logits"], SamplerSettings(temperature=0.9, top_k=2), seen=ids)
    assert again["kept"] == sum(p > 0 for p in probs) and again["token"] == step["token"]
    assert again["token_prob"] == pytest.approx(probs[step["token"]], abs=1e-15)
    if runs is not None:
        assert engine.executor.submits == runs  # the redraw ran nothing on the GPU
    with pytest.raises(Exception, match="top_p"):
        lab.redraw(json.dumps({"top_p": 2}))  # checked as the chat page's settings are
    with pytest.raises(Exception, match="temperature, top_k, top_p and seed"):
        lab.redraw(json.dumps({"max_tokens": 3}))


def test_lab_runs_python_cells_next_to_the_engine(lab, engine):
    import json

    run = lambda code: json.loads(finish(lab.run_code(code)))  # noqa: E731
    first = run("ids = lab.prompt_ids('hi', chat=True)\nlogits = await lab.next_logits(ids)\nprint(len(logits))\nmax(range(len(logits)), key=logits.__getitem__)")
    assert first["error"] is None, first["error"]
    greedy = engine.generate([{"role": "user", "content": "hi"}], max_tokens=1, temperature=0).token_ids[0]
    assert first["output"] == f"{engine.config['vocab_size']}\n{greedy}\n"  # printed, then the last expression's value
    assert run("len(ids)")["output"] == f"{len(engine.chat_prompt_ids([{'role': 'user', 'content': 'hi'}]))}\n"  # names persist
    reply = run("await lab.generate('hi', max_tokens=6, temperature=0)")
    assert reply["output"] == repr(engine.generate([{"role": "user", "content": "hi"}], max_tokens=6, temperature=0).text) + "\n"
    failed = run("x = 1\n1 / 0")
    assert failed["output"] == "" and "ZeroDivisionError" in failed["error"] and "<cell>" in failed["error"]
    assert "SyntaxError" in run("def (")["error"]
    # the page's Stop raises KeyboardInterrupt in the running cell (Pyodide's interrupt buffer): the cell's error,
    # with what it printed before, and the names it set stay
    stopped = run("n = 0\nprint('looping')\nwhile True:\n    n += 1\n    if n == 1000: raise KeyboardInterrupt")
    assert stopped["output"] == "looping\n" and "KeyboardInterrupt" in stopped["error"]
    assert run("n")["output"] == "1000\n"


def test_lab_inside_is_teach_inside_at_the_steps_position(lab, engine):
    import json

    with pytest.raises(tabllm.TabllmError, match="run a step first"):
        finish(lab.inside())
    ids = engine.chat_prompt_ids([{"role": "user", "content": "Go"}])
    finish(lab.step(json.dumps(ids), json.dumps({"temperature": 0})))
    view = json.loads(finish(lab.inside()))
    want = teach.inside(engine, ids)
    assert view["position"] == len(ids) - 1 and [t["id"] for t in view["tokens"]] == ids
    assert view["lens"] == want["lens"] and view["attention"] == want["attention"]
    assert view["final"] == json.loads(lab.redraw(json.dumps({"temperature": 0})))["token"]  # the step's greedy pick


def test_lab_inside_says_why_without_the_debug_phases(web_module, tiny_model_dir):
    import json

    plain = tabllm.load(tiny_model_dir, device="reference", context_length=64, precision="f32")
    lab = web_module.Lab(plain)
    ids = plain.chat_prompt_ids([{"role": "user", "content": "hi"}])
    finish(lab.step(json.dumps(ids), json.dumps({"temperature": 0})))
    view = json.loads(finish(lab.inside()))
    assert view == {"unavailable": teach.inside_available(plain)} and "debug=True" in view["unavailable"]
