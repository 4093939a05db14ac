"""Speculative decoding (tabllm.speculative, Engine.stream_steps): the tokens equal plain greedy decoding's,
token by token, whatever the drafts. The tiny random model's own text rarely repeats, so most cases draft
with an oracle that knows the plain greedy continuation and spoils it where told (drafts fully kept,
cut short, refused at once), which drives every branch of the verify loop: passes cut by max_tokens and
by the end of the context, an end-of-turn token inside a kept draft, prompts across prefill chunks,
verify passes as wide as a chunk. Prompt lookup itself is checked on its own, on the tiny model and on the real
SmolLM2 (CPU executor) with a text to repeat."""

import numpy as np
import pytest

from tabllm.engine import Engine
from tabllm.errors import TabllmError
from tabllm.sampling import SamplerSettings
from tabllm.speculative import Drafter, PromptLookup, Speculation

GREEDY = SamplerSettings(temperature=0)


# --- drafters on their own -----------------------------------------------------------------------


def test_prompt_lookup_proposes_what_followed_the_longest_earlier_ngram():
    d = PromptLookup([5, 6, 7, 8, 9, 1, 6, 7, 3, 4, 2, 6, 7], max_ngram=3, min_ngram=1)
    # the 2-gram (6, 7) ending the context occurred twice before: the latest (followed by 3, 4) wins
    assert d.guess(3) == [3, 4, 2]
    d.append(3)  # now (6, 7, 3) occurred before, as the 3-gram at positions 6..8
    assert d.guess(2) == [4, 2]
    d.append(99)  # 99 never occurred, nor any n-gram ending in it
    assert d.guess(4) == []


def test_prompt_lookup_draft_runs_past_the_end_of_the_context():
    """A continuation that reaches the end of the context goes on with the draft itself: a repeating
    pattern is extended for the whole draft."""
    d = PromptLookup([1, 2, 3, 1, 2, 3, 1, 2], max_ngram=2, min_ngram=2)
    assert d.guess(7) == [3, 1, 2, 3, 1, 2, 3]
    d = PromptLookup([4, 4], max_ngram=1, min_ngram=1)
    assert d.guess(5) == [4, 4, 4, 4, 4]


def test_prompt_lookup_prefers_longer_ngrams_and_respects_min_ngram():
    d = PromptLookup([1, 2, 9, 8, 2, 7, 1, 2], max_ngram=2, min_ngram=1)
    assert d.guess(2) == [9, 8]  # (1, 2) -> 9, 8, not (2,) -> 7
    assert PromptLookup([3, 1, 5, 1], max_ngram=3, min_ngram=2).guess(2) == []  # only the 1-gram (1,) repeats


def test_drafter_backs_off_after_passes_that_did_not_pay():
    d = PromptLookup([1, 2, 1, 2, 1], max_ngram=2, min_ngram=1)
    d.record_plain(0.010)
    d.record_verify(0.030, 2)  # 2 tokens in the time of 3 plain steps: a loss, pass up the next chance
    assert d.propose(3) == [] and d.propose(3) == [2, 1, 2]
    d.record_verify(0.030, 1)  # a second loss in a row: two chances passed up
    assert d.propose(3) == [] and d.propose(3) == [] and d.propose(3) == [2, 1, 2]
    d.record_verify(0.030, 4)  # paid: drafting resumes at once
    assert d.propose(3) == [2, 1, 2]
    assert d.propose(0) == []


def test_speculation_settings_are_checked():
    assert Speculation.parse(None) is None and Speculation.parse("off") is None
    assert Speculation.parse("prompt-lookup", draft_tokens=3) == Speculation("prompt-lookup", 3)
    for bad in (lambda: Speculation.parse("medusa"), lambda: Speculation.parse(7),
                lambda: Speculation(draft_tokens=0), lambda: Speculation(min_ngram=4, max_ngram=3)):
        with pytest.raises(TabllmError):
            bad()


# --- the verify loop against plain greedy decoding (tiny model) ----------------------------------------


class Oracle(Drafter):
    """Drafts the plain greedy continuation (reference: prompt + plain reply), spoiled at draft offset
    spoil[i % len(spoil)] on the i-th draft (None: unspoiled; past the reference: a wrong token), and
    after every pass passes up `backoff` chances to draft (0: every chance is taken; the engine queues plain
    steps for the others). Checks that the context it is fed is the reference's."""

    def __init__(self, reference, spoil, vocab, backoff=0):
        super().__init__()
        self.reference, self.spoil, self.vocab, self.tokens, self.drafts = reference, spoil, vocab, [], 0
        self.backoff = backoff

    def append(self, token):
        assert token == self.reference[len(self.tokens)], "the context left the plain greedy path"
        self.tokens.append(token)

    def guess(self, k):
        start = len(self.tokens)
        draft = self.reference[start:start + k]
        draft += [(start + i) % self.vocab for i in range(len(draft), k)]  # past the reference: guesses
        where = self.spoil[self.drafts % len(self.spoil)]
        self.drafts += 1
        if where is not None and where < k:
            draft[where] = (draft[where] + 1) % self.vocab
        return draft

    def record_verify(self, seconds, decided):
        self.skip = self.backoff


class OracleSpeculation:
    """Engine.speculation's interface (draft_tokens, drafter(prompt_ids)) with an Oracle drafter."""

    def __init__(self, reference, spoil, vocab, draft_tokens=7, backoff=0):
        self.reference, self.spoil, self.vocab, self.draft_tokens = reference, spoil, vocab, draft_tokens
        self.backoff, self.drafters = backoff, []

    def drafter(self, prompt_ids):
        d = Oracle(self.reference, self.spoil, self.vocab, self.backoff)
        for t in prompt_ids:
            d.append(t)
        self.drafters.append(d)
        return d


@pytest.fixture(scope="module")
def engines(tiny_model_dir, gpu_adapter):
    """The tiny model on lavapipe: the "cpu" kernel profile in prefill chunks of 8 rows (the fewest it
    allows: prompts cross chunks, a verify pass of 8 rows fills one); the "gpu" profile (the kernels a
    real GPU runs) in a 48-token context."""
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    made = {"cpu8": Engine(tiny_model_dir, WgpuExecutor(), context_length=256, tokens_per_call=8, precision="f32"),
            "gpu48": Engine(tiny_model_dir, WgpuExecutor(profile="gpu"), context_length=48, precision="f32")}
    yield made
    for e in made.values():
        e.close()


def plain(engine, prompt, max_tokens, stop_at_eos=False):
    engine.speculation = None
    stats = {}
    out = list(engine.stream_ids(prompt, max_tokens, GREEDY, stats, stop_at_eos=stop_at_eos))
    return out, stats


def speculative(engine, spec, prompt, max_tokens, stop_at_eos=False):
    engine.speculation = spec
    stats = {}
    try:
        out = list(engine.stream_ids(prompt, max_tokens, GREEDY, stats, stop_at_eos=stop_at_eos))
    finally:
        engine.speculation = None
    return out, stats


def check_kv_ids(engine, context):
    """Engine._kv_ids claims only what the caches hold: a prefix of prompt + reply."""
    kv = list(engine._kv_ids)
    assert kv == context[:len(kv)], "the KV rows are claimed for tokens they do not hold"


# (engine, prompt length, max_tokens, spoil schedule): prompts of 1 row and across 8-row chunks; replies
# cut by max_tokens inside a draft (13, 9) and by the 48-token context
CASES = [
    ("cpu8", 1, 40, [None]),
    ("cpu8", 70, 13, [None, 3]),
    ("cpu8", 20, 50, [0, None, 2, 6, 0, 0, 5]),
    ("cpu8", 19, 30, [None, 1, 0, 2]),
    ("cpu8", 6, 9, [None]),
    ("gpu48", 11, 60, [None, 4, 0, 1]),
    ("gpu48", 40, 20, [2, None]),
]


@pytest.mark.parametrize("name,P,max_tokens,spoil", CASES)
def test_oracle_drafts_give_plain_greedy_tokens(engines, name, P, max_tokens, spoil):
    engine = engines[name]
    V = engine.config["vocab_size"]
    prompt = np.random.default_rng(P).integers(0, V, P).tolist()
    want, _ = plain(engine, prompt, max_tokens)
    spec = OracleSpeculation(prompt + want, spoil, V)
    got, stats = speculative(engine, spec, prompt, max_tokens)
    assert got == want
    s = stats["speculation"]
    rows = engine.speculation_rows()
    assert s["passes"] >= 1 and s["drafted"] <= s["passes"] * (rows - 1)
    if spoil == [None]:  # every draft kept: a pass decides a full draft + 1 until the room runs out
        assert s["accepted"] == s["drafted"] and s["passes"] < len(got)
    if 0 in spoil:
        assert s["accepted"] < s["drafted"]
    check_kv_ids(engine, prompt + got)
    if name == "gpu48" and P + max_tokens > engine.context_length:
        assert len(prompt + got) == engine.context_length  # the context filled to the last row, not past it


@pytest.mark.parametrize("name,backoff", [("cpu8", 1), ("cpu8", 5), ("gpu48", 3)])
def test_plain_steps_queued_between_passes(engines, name, backoff):
    """After each pass the drafter passes up `backoff` chances to draft: the engine queues plain steps for
    them (2 at most, wgpu-native keeps steps submitted ahead), the first reading the pass's last token,
    and the tokens stay plain greedy decoding's."""
    engine = engines[name]
    V = engine.config["vocab_size"]
    prompt = np.random.default_rng(backoff).integers(0, V, 13).tolist()
    want, _ = plain(engine, prompt, 40)
    got, stats = speculative(engine, OracleSpeculation(prompt + want, [None, 2, 0], V, backoff=backoff), prompt, 40)
    assert got == want
    s = stats["speculation"]
    assert s["passes"] >= 2 and s["queued_steps"] >= min(backoff, 2) * (s["passes"] - 1)
    check_kv_ids(engine, prompt + got)


def test_end_of_turn_inside_a_kept_draft(engines):
    engine = engines["cpu8"]
    V = engine.config["vocab_size"]
    prompt = np.random.default_rng(5).integers(0, V, 12).tolist()
    ref, _ = plain(engine, prompt, 40)
    eos = next(t for i, t in enumerate(ref) if i >= 10 and t not in ref[:i])  # first seen at reply index >= 10
    saved = engine.eos_ids
    engine.eos_ids = {eos}
    try:
        want, wstats = plain(engine, prompt, 40, stop_at_eos=True)
        spec = OracleSpeculation(prompt + ref, [None], V)
        got, stats = speculative(engine, spec, prompt, 40, stop_at_eos=True)
    finally:
        engine.eos_ids = saved
    assert want == ref[:ref.index(eos)] and got == want
    assert wstats["finish_reason"] == stats["finish_reason"] == "stop"
    # the end-of-turn token came as a kept draft (never spoiled, 7 a pass from reply index 1), not a pass's own token
    assert (ref.index(eos) - 1) % 8 != 7 and stats["speculation"]["accepted"] >= ref.index(eos) - 8


def test_rejected_rows_are_rewritten_before_reuse(engines):
    """After a reply with refused drafts (their K / V rows written past the reply), a follow-up request
    that reuses the cached prefix gives the tokens a fresh prefill gives."""
    engine = engines["cpu8"]
    V = engine.config["vocab_size"]
    prompt = np.random.default_rng(8).integers(0, V, 15).tolist()
    want, _ = plain(engine, prompt, 25)
    got, _ = speculative(engine, OracleSpeculation(prompt + want, [3, 0, 5], V), prompt, 25)
    assert got == want
    follow = prompt + got + [7, 8, 9]
    cached = len(engine._kv_ids)
    engine.speculation = Speculation()
    stats = {}
    try:
        reused = list(engine.stream_ids(follow, 20, GREEDY, stats, stop_at_eos=False))
    finally:
        engine.speculation = None
    assert stats["cached_tokens"] == cached > len(prompt)
    engine.forget_cached_prefix()
    fresh, _ = plain(engine, follow, 20)
    assert reused == fresh


def test_prompt_lookup_on_repeated_prompts_gives_plain_tokens(engines):
    """Prompt lookup proper on the tiny model: prompts that repeat a phrase (drafts found, mostly refused
    by a random model) and random ones, the bench's speculative_run comparing the two ways."""
    from tabllm.bench import speculative_run

    engine = engines["cpu8"]
    V = engine.config["vocab_size"]
    rng = np.random.default_rng(11)
    drafted = 0
    for P in (5, 33):
        phrase = rng.integers(0, V, 6).tolist()
        for prompt in ((phrase * 8)[:P], rng.integers(0, V, P).tolist()):
            r = speculative_run(engine, prompt, 16, Speculation(min_ngram=1), stop_at_eos=False)
            assert r["identical"] and r["tokens"] == 16
            assert r["passes"] == r["verify_passes"] + r["plain_steps"] and r["accepted"] <= r["drafted"]
            drafted += r["drafted"]
    assert drafted > 0


def test_speculation_steps_aside_where_it_does_not_apply(engines):
    """Sampling, a penalty, logprobs and a constraint decode plainly (no speculation stats), with the tokens
    they give without speculation."""
    engine = engines["cpu8"]
    V = engine.config["vocab_size"]
    prompt = [3, 4, 5, 3, 4, 5, 3, 4]

    class OnlyEven:
        def allowed(self, generated):
            return np.arange(V) % 2 == 0

    cases = [dict(settings=SamplerSettings(temperature=0.8, seed=3)),
             dict(settings=SamplerSettings(temperature=0, repetition_penalty=1.3)),
             dict(settings=GREEDY, logprobs=2),
             dict(settings=GREEDY, constraint=OnlyEven())]
    for case in cases:
        runs = []
        for spec in (None, Speculation()):
            engine.speculation = spec
            stats = {}
            try:
                runs.append((list(engine.stream_ids(prompt, 12, stats=stats, stop_at_eos=False, **case)), stats))
            finally:
                engine.speculation = None
        assert runs[0][0] == runs[1][0] and "speculation" not in runs[1][1], case


def test_api_stop_string_inside_a_pass(engines):
    """The OpenAI-shaped API (the server's path) on a speculating engine whose passes decide 8 tokens each:
    a stop string in the middle of the reply cuts the text where plain decoding does."""
    engine = engines["cpu8"]
    V = engine.config["vocab_size"]
    prompt = np.random.default_rng(4).integers(0, V, 9).tolist()
    ref, _ = plain(engine, prompt, 30)
    text = engine.tokenizer.decode(ref)
    stop = text[len(text) // 2:len(text) // 2 + 3]
    results = []
    for spec in (None, OracleSpeculation(prompt + ref, [None], V)):
        engine.speculation = spec
        try:
            r = engine.completions.create(prompt=prompt, temperature=0, max_tokens=30, stop=[stop])
        finally:
            engine.speculation = None
        results.append((r.choices[0].text, r.choices[0].finish_reason))
    assert results[0] == results[1] and results[0][1] == "stop" and stop not in results[0][0]
    assert spec.drafters and spec.drafters[0].drafts >= 1  # (the speculative run drafted)


def test_plans_whose_verify_pass_rounds_otherwise_decode_plainly(engines):
    """Exact speculation (the default) runs only where the verify pass computes the decode step's logits up
    to f32 rounding (Engine.verify_matches_decode): not on f16 plans nor where decode products take int8
    activations (the 8B-class shape's GPU plan); exact=False speculates there too."""
    from tabllm.bench import SYNTHETIC
    from tabllm.models import llama

    def plan_engine(name, profile, precision="f32"):
        spec = SYNTHETIC[name]
        config = {**spec["config"], "num_layers": 1}
        quant = {"embed": spec["quant"]["embed"], **{f"layers.0.{m}": spec["quant"]["*"] for m in ("qkv", "o", "gate_up", "down")}}
        if not config["tie_word_embeddings"]:
            quant["lm_head"] = spec["quant"]["*"]
        e = Engine.__new__(Engine)  # (the plan alone: nothing runs)
        extra = {"precision": precision} if precision != "f32" else {}
        e.plan = llama.build_plan(config, quant, 128, 64, profile=profile, **extra)
        return e

    assert plan_engine("smollm2-135m", "gpu").verify_matches_decode
    assert plan_engine("smollm2-135m", "cpu").verify_matches_decode
    assert not plan_engine("smollm2-135m", "cpu", "f16").verify_matches_decode
    assert not plan_engine("llama-8b", "gpu").verify_matches_decode  # (gemv8_* decode products)
    engine = engines["cpu8"]
    V = engine.config["vocab_size"]
    prompt = np.random.default_rng(6).integers(0, V, 7).tolist()
    want, _ = plain(engine, prompt, 12)
    engine.__dict__["verify_matches_decode"] = False  # (as on such a plan; the cached property's value)
    try:
        inexact = speculative(engine, Speculation(exact=False, min_ngram=1), prompt, 12)
        exact = speculative(engine, Speculation(min_ngram=1), prompt, 12)
    finally:
        del engine.__dict__["verify_matches_decode"]
    assert inexact[0] == exact[0] == want  # (this plan's verify pass does match: the same tokens)
    assert "speculation" in inexact[1] and "speculation" not in exact[1]


def test_draft_model_gives_plain_greedy_tokens(engines, tiny_model_dir, tmp_path):
    """A draft model drafting for the tiny model: the same model (its drafts kept, until its 40-token
    context is full: plain steps from there) and a model of other weights with the same tokenizer (its
    drafts mostly refused); the tokens are plain greedy decoding's either way. The drafts run on the float64
    reference (no pipelines to build)."""
    from gguf_helpers import write_tiny_gguf

    from tabllm.convert import convert_gguf
    from tabllm.runtime.reference import ReferenceExecutor

    write_tiny_gguf(tmp_path / "other.gguf", seed=1)
    other = convert_gguf(tmp_path / "other.gguf", tmp_path / "other")
    engine = engines["cpu8"]
    prompt = np.random.default_rng(2).integers(0, engine.config["vocab_size"], 10).tolist()
    want, _ = plain(engine, prompt, 45)
    kept = {}
    for name, model_dir in (("same", tiny_model_dir), ("other", other)):
        draft = Engine(model_dir, ReferenceExecutor(), context_length=40, precision="f32")
        try:
            got, stats = speculative(engine, Speculation("draft-model", draft=draft), prompt, 45)
        finally:
            draft.close()
        assert got == want, name
        kept[name] = stats["speculation"]
    same, other = kept["same"], kept["other"]
    assert same["accepted"] >= 0.9 * same["drafted"] and same["plain_steps"] >= 45 - 40  # (past its context)
    assert other["accepted"] < 0.5 * other["drafted"]


def test_draft_model_must_share_the_vocabulary(engines):
    from types import SimpleNamespace

    engine = engines["cpu8"]
    for draft in (SimpleNamespace(config={"vocab_size": 7}), engine):
        with pytest.raises(TabllmError):
            engine.speculation = Speculation("draft-model", draft=draft)
    assert engine.speculation is None
    with pytest.raises(TabllmError):
        Speculation("draft-model")  # no draft engine


# --- the real model ------------------------------------------------------------------------------------


def test_smollm2_cpu_edit_task_speculative_equals_plain():
    """SmolLM2-135M-Instruct on the CPU executor, asked to return a given text corrected: prompt lookup
    drafts from the text, and the reply is plain greedy decoding's, token by token."""
    pytest.importorskip("tvm", reason="the CPU executor needs apache-tvm")
    from tabllm.bench import speculative_run
    from tabllm.convert import default_model_dir
    from tabllm.runtime.cpu_executor import CpuExecutor

    engine = Engine(default_model_dir(), CpuExecutor(), context_length=256, precision="f32")
    try:
        text = ("Ships passing in the dark saw the beam sweep across the water once every ten seconds, and they "
                "knew exactly where they where.")
        ids = engine.chat_prompt_ids([{"role": "user", "content": "Correct the spelling and return the whole text:\n\n" + text}])
        r = speculative_run(engine, ids, 32, Speculation())
    finally:
        engine.close()
    assert r["identical"], r
    assert r["accepted"] >= 8 and r["passes"] < r["tokens"] - 1, r  # drafts kept: fewer passes than tokens


# --- the command line ----------------------------------------------------------------------------------


def test_cli_bench_and_generate_speculate(tiny_model_dir, capsys):
    """`tabllm bench --speculate` adds its speculation section (plain and speculative decoding of the same
    prompt, the verify pass's cost by rows) to the JSON; `tabllm generate --speculate` reports its passes."""
    import json

    pytest.importorskip("tvm", reason="the CPU executor needs apache-tvm")
    from tabllm.cli import main

    main(["bench", "--model", str(tiny_model_dir), "--device", "cpu", "--prompt-tokens", "9", "--decode-tokens", "6",
          "--json", "--speculate", "prompt-lookup", "--draft-tokens", "3"])
    s = json.loads(capsys.readouterr().out)["speculation"]
    assert s["method"] == "prompt-lookup" and s["draft_tokens"] == 3 and s["identical"] and s["tokens"] == 7
    assert s["passes"] == s["verify_passes"] + s["plain_steps"] >= 1
    assert sorted(s["verify_pass_ms"]) == ["1", "2", "3", "4", "decode_step"]
    main(["generate", "abc abc abc abc", "--raw", "--model", str(tiny_model_dir), "--device", "cpu", "--temperature", "0",
          "--max-tokens", "12", "--speculate", "prompt-lookup", "--json"])
    g = json.loads(capsys.readouterr().out)
    sp = g["speculation"]  # (every token after the prefill's comes from a verify pass or a plain step)
    assert len(g["token_ids"]) == 12 and sp["passes"] + sp["plain_steps"] + sp["accepted"] == 11
