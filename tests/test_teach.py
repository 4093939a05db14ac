"""tabllm.teach (issue 23's views as data) on the tiny random-weight model: the token view, the next-token
distribution against the GPU sampler (its logprobs, and what its draws can and cannot pick), and the
example script in docs/, run as a user would."""

import math
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
    e = tabllm.load(tiny_model_dir, context_length=256, precision="f32")
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
    for heading in ("1. The prompt", "2. The next token", "3. Greedy against sampled", "top-k 3", "sampled (seed 2)"):
        assert heading in run.stdout, run.stdout


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
