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


def test_distribution_is_what_the_gpu_sampler_draws_from(engine):
    ids = engine.chat_prompt_ids([{"role": "user", "content": "Go"}])
    logits = engine.logits(ids)[-1]
    settings = SamplerSettings(temperature=1.3, top_k=4, repetition_penalty=1.3)
    probs = teach.distribution(logits, settings, seen=ids)
    assert math.isclose(probs.sum(), 1.0) and 4 <= np.count_nonzero(probs) <= 6  # (ties with the 4th stay)
    drawn = {engine.generate(ids, max_tokens=1, temperature=1.3, top_k=4, repetition_penalty=1.3, seed=s).token_ids[0]
             for s in range(24)}
    assert all(probs[t] > 0 for t in drawn)  # never a token the view says is cut
    assert len(drawn) >= 2
    greedy = teach.distribution(logits, SamplerSettings(temperature=0, repetition_penalty=1.3), seen=ids)
    want = engine.generate(ids, max_tokens=1, temperature=0, repetition_penalty=1.3).token_ids[0]
    assert greedy[want] == 1.0
    # redrawn at another temperature without the model: hotter is flatter
    cold, hot = (teach.distribution(logits, temperature=t) for t in (0.5, 2.0))
    assert cold.max() > probs.max() > 0 and hot.max() < cold.max()


def test_the_example_script_runs(tiny_model_dir, gpu_adapter):
    run = subprocess.run([sys.executable, str(ROOT / "docs" / "teach_example.py"), "--model", str(tiny_model_dir),
                          "--device", "gpu", "--prompt", "hello"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    for heading in ("1. The prompt", "2. The next token", "3. Greedy against sampled", "top-k 3", "sampled (seed 2)"):
        assert heading in run.stdout, run.stdout
