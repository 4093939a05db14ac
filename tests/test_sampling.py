"""GPU sampling end to end on a tiny random model: top-k / top-p, penalties, logit bias and token
constraints, checked against the float64 reference executor token by token and against their
definitions (top_k=1 is greedy, a +100 bias forces a token, a mask is obeyed)."""

import numpy as np
import pytest

from tabllm.engine import Engine
from tabllm.errors import TabllmError
from tabllm.runtime.reference import ReferenceExecutor
from tabllm.runtime.wgpu_executor import WgpuExecutor
from tabllm.sampling import SamplerSettings

PROMPT = [5, 77, 180, 9, 31, 250, 100]


@pytest.fixture(scope="module")
def gpu(gpu_adapter, tiny_model_dir):
    # f32: token-by-token equality with the reference needs f32's margins (f16 path: test_precision.py)
    engine = Engine(tiny_model_dir, WgpuExecutor(), context_length=64, precision="f32")
    yield engine
    engine.release()


@pytest.fixture(scope="module")
def ref(tiny_model_dir):
    engine = Engine(tiny_model_dir, ReferenceExecutor(), context_length=64, precision="f32")
    yield engine
    engine.release()


def run(engine, settings, n=16, **kw):
    return list(engine.stream_ids(PROMPT, n, settings, stop_at_eos=False, **kw))


@pytest.mark.parametrize("settings", [
    SamplerSettings(temperature=0.9, seed=3),
    SamplerSettings(temperature=1.3, top_k=7, seed=4),
    SamplerSettings(temperature=1.1, top_p=0.8, seed=5),
    SamplerSettings(temperature=0.8, top_k=20, top_p=0.9, repetition_penalty=1.2, frequency_penalty=0.5,
                    presence_penalty=0.3, logit_bias={3: 2.0, 40: -5.0}, seed=6),
    SamplerSettings(temperature=0, frequency_penalty=1.5, presence_penalty=-0.5),
], ids=["temperature", "top_k", "top_p", "everything", "greedy_penalties"])
def test_gpu_sampling_equals_reference(gpu, ref, settings):
    assert run(gpu, settings) == run(ref, settings)


def test_seed_reproduces_and_strong_penalty_forbids_repeats(gpu):
    s = SamplerSettings(temperature=0.9, seed=7)
    a, b = run(gpu, s, n=8), run(gpu, s, n=8)
    assert a == b and a != run(gpu, SamplerSettings(temperature=0.9, seed=8), n=8)
    # greedy with a huge repetition penalty never repeats a prompt or generated token
    out = run(gpu, SamplerSettings(temperature=0, repetition_penalty=1e6), n=8)
    assert not set(out) & set(PROMPT) and len(set(out)) == len(out)


def test_top_k_1_and_tiny_top_p_are_greedy(gpu):
    greedy = run(gpu, SamplerSettings(temperature=0))
    assert run(gpu, SamplerSettings(temperature=2.0, top_k=1, seed=1)) == greedy
    assert run(gpu, SamplerSettings(temperature=2.0, top_p=1e-6, seed=2)) == greedy


def test_logit_bias_forces_and_bans(gpu):
    assert set(run(gpu, SamplerSettings(temperature=0, logit_bias={42: 100.0}), n=6)) == {42}
    greedy = run(gpu, SamplerSettings(temperature=0), n=6)
    banned = run(gpu, SamplerSettings(temperature=0, logit_bias={greedy[0]: -100.0}), n=6)
    assert greedy[0] not in banned


def test_constraint_mask_is_obeyed_every_step(gpu):
    V = gpu.config["vocab_size"]
    asked = []

    class EvenThenOdd:
        """Even token ids first, odd ones from the fourth token on."""

        def allowed(self, generated):
            asked.append(list(generated))
            mask = np.zeros(V, bool)
            mask[(len(generated) >= 3)::2] = True
            return mask

    out = run(gpu, SamplerSettings(temperature=1.0, seed=9), n=8, constraint=EvenThenOdd())
    assert [t % 2 for t in out] == [0, 0, 0, 1, 1, 1, 1, 1]
    assert asked == [out[:i] for i in range(8)]


@pytest.mark.parametrize("bad, match", [
    (dict(top_p=0.0), "top_p"), (dict(top_k=-1), "top_k"), (dict(temperature=-1), "temperature"),
    (dict(frequency_penalty=3), "frequency_penalty"), (dict(logit_bias={10**6: 1.0}), "logit_bias"),
    (dict(logit_bias={5: 500.0}), "logit_bias"),
])
def test_bad_settings_are_clear_errors(gpu, bad, match):
    with pytest.raises(TabllmError, match=match):
        run(gpu, SamplerSettings(**bad), n=1)


def test_extreme_but_valid_values_do_not_overflow(gpu):
    greedy = run(gpu, SamplerSettings(temperature=0), n=4)
    assert run(gpu, SamplerSettings(temperature=1e-300), n=4) == greedy  # below MIN_TEMPERATURE: greedy
    assert len(run(gpu, SamplerSettings(temperature=1.0, top_k=10**30, seed=1), n=4)) == 4


def test_release_then_load_again_gives_the_same_reply(gpu_adapter, tiny_model_dir):
    """Unloading frees the GPU objects; a new engine afterwards works and answers alike."""
    settings = SamplerSettings(temperature=0.8, top_p=0.9, seed=11)
    first = Engine(tiny_model_dir, WgpuExecutor(), context_length=64)
    want = run(first, settings)
    first.release()
    assert not first.executor.buffers
    second = Engine(tiny_model_dir, WgpuExecutor(), context_length=64)
    try:
        assert run(second, settings) == want
    finally:
        second.release()


@pytest.mark.parametrize("queued", [0, 1, 3])
def test_queued_decode_steps_change_no_token(gpu, monkeypatch, queued):
    """Decode steps submitted ahead of the token being read (engine.QUEUED_STEPS, 2 by default) give the
    tokens and logprobs of one step at a time (0). A reply that ends early (an end-of-turn token) leaves a
    queued step behind it: it must not change the next reply, nor the stop."""
    from tabllm import engine as engine_module

    settings = SamplerSettings(temperature=0.9, top_k=30, repetition_penalty=1.3, seed=12)

    def replies():
        stats, stop_stats = {}, {}
        out = list(gpu.stream_ids(PROMPT, 12, settings, stats, stop_at_eos=False, logprobs=2))
        eos = gpu.eos_ids
        gpu.eos_ids = {out[4]}  # (the 5th token ends the reply, whatever it is)
        try:
            stopped = list(gpu.stream_ids(PROMPT, 12, settings, stop_stats))
        finally:
            gpu.eos_ids = eos
        after = list(gpu.stream_ids(PROMPT, 12, settings, stop_at_eos=False))
        return out, [(e.token, e.logprob, e.top) for e in stats["logprobs"]], stopped, stop_stats["finish_reason"], after

    monkeypatch.setattr(engine_module, "QUEUED_STEPS", 0)
    want = replies()
    monkeypatch.setattr(engine_module, "QUEUED_STEPS", queued)
    got = replies()
    assert got == want
    out, _, stopped, reason, after = got
    assert stopped == out[:out.index(out[4])] and reason == "stop" and after == out


def test_uniforms_follow_the_call_dims(gpu):
    """The executor re-packs a phase's uniforms only for steps whose call-time dims changed, once per
    distinct (kernel, scalars): after calls at changing positions (and back), every step's bytes and
    workgroups are those a fresh packing of its scalars gives."""
    ex = gpu.executor
    phases = [gpu.decode_phase(20), "head_last", "sample"]
    settings = SamplerSettings(temperature=0.7, top_k=5, seed=9)
    for pos, step in ((20, 1), (21, 2), (22, 3), (21, 2), (40, 9)):
        dims = {**gpu.family.call_dims(gpu.config, 1, pos), **settings.call_dims(9, step), "top_logprobs": 0}
        ex._write_uniforms(phases, dims)
        for phase in phases:
            prepared = ex._phases[phase]
            for k, (step_, (kernel, _, _, groups)) in enumerate(zip(gpu.plan.phases[phase], prepared.dispatches)):
                want_groups, pack_x = kernel.grid_size(step_.resolve(dims))
                packed = kernel.pack_uniform(step_.resolve(dims), pack_x)
                assert groups == want_groups
                assert bytes(prepared.uniform[k * 256: k * 256 + len(packed)]) == packed, (phase, k, kernel.name)


def test_logprobs_match_log_softmax_of_the_logits(gpu):
    """Per token: the chosen id's log-probability and the top 5, against log_softmax (float64) of the
    logits Engine.logits computes for the same sequence."""
    stats = {}
    out = list(gpu.stream_ids(PROMPT, 6, SamplerSettings(temperature=1.0, seed=4), stats, stop_at_eos=False, logprobs=5))
    assert [e.token for e in stats["logprobs"]] == out
    logits = gpu.logits(PROMPT + out).astype(np.float64)
    log_softmax = logits - logits.max(axis=1, keepdims=True)
    log_softmax -= np.log(np.exp(log_softmax).sum(axis=1, keepdims=True))
    for step, entry in enumerate(stats["logprobs"]):
        want = log_softmax[len(PROMPT) - 1 + step]
        assert abs(entry.logprob - want[entry.token]) < 1e-4
        top_ids = [i for i, _ in entry.top]
        assert top_ids == list(np.argsort(-want, kind="stable")[:5])
        assert np.allclose([lp for _, lp in entry.top], want[top_ids], atol=1e-4)
    # greedy: the chosen token is the top one
    stats = {}
    list(gpu.stream_ids(PROMPT, 3, SamplerSettings(temperature=0), stats, stop_at_eos=False, logprobs=1))
    assert all(e.token == e.top[0][0] and e.logprob == e.top[0][1] for e in stats["logprobs"])


def test_engine_closes_as_a_context_manager_and_refuses_use_after(gpu_adapter, tiny_model_dir):
    """`with Engine(...) as engine:` frees the GPU objects at the block's end; using it afterwards is a clear
    TabllmError (it was a KeyError); closing twice is harmless."""
    with Engine(tiny_model_dir, WgpuExecutor(), context_length=64) as engine:
        assert len(run(engine, SamplerSettings(temperature=0))) > 0
    assert not engine.executor.buffers
    for use in (lambda: list(engine.stream_ids([5, 6, 7], 4)), lambda: engine.logits([5, 6]),
                lambda: engine.generate("hi", max_tokens=2)):
        with pytest.raises(TabllmError, match="this engine was closed"):
            use()
    engine.close()


def test_bad_token_ids_and_max_tokens_are_clear_errors(gpu):
    V = gpu.config["vocab_size"]
    for ids in ([5, V], [-1], [5, 2.0], [True]):
        with pytest.raises(TabllmError, match="is not in this model's vocabulary"):
            list(gpu.stream_ids(ids, 4))
    with pytest.raises(TabllmError, match="is not in this model's vocabulary"):
        gpu.logits([V + 7])
    for bad in (0, -3, 2.5, None):
        with pytest.raises(TabllmError, match="max_tokens must be a whole number >= 1"):
            list(gpu.stream_ids([5, 6], bad))
    assert len(list(gpu.stream_ids(np.array([5, 6, 7]), 2, SamplerSettings(temperature=0), stop_at_eos=False))) == 2


def test_context_length_is_checked_before_any_table_is_built(gpu_adapter, tiny_model_dir, tmp_path):
    """A negative or fractional context is a clear error, and a huge one is refused from the binding limit
    before the RoPE tables are built (2e9 tokens used to hang in a pure-Python loop)."""
    import json
    import shutil

    from tabllm.errors import DeviceError

    for bad in (-5, 1, 2.5, "64"):
        with pytest.raises(TabllmError, match="context length must be a whole number >= 2"):
            Engine(tiny_model_dir, WgpuExecutor(), context_length=bad)
    permissive = tmp_path / "model"
    shutil.copytree(tiny_model_dir, permissive)
    config = json.loads((permissive / "config.json").read_text())
    config["context_length"] = 2**40
    (permissive / "config.json").write_text(json.dumps(config))
    with pytest.raises(DeviceError, match="use a context of at most"):  # (raised before the tables: no hang)
        Engine(permissive, WgpuExecutor(), context_length=2_000_000_000)
