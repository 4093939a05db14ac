"""The f16 path (precision "f16": f16 storage of the layers' activations and KV cache, f32 math) on the
tiny random Llama, and the precision choice.

Tolerances, from f16's unit roundoff u = 2^-11 (relative error of one rounding to f16):
- f16 GPU vs the float64 reference running the same f16 plan (ReferenceExecutor rounds every f16 write
  to float16): both round the same stored values, except where the GPU's f32 arithmetic and float64
  land on different sides of an f16 rounding boundary: that element then differs by one f16 ulp (2u
  relative), and later layers carry the difference on. Bound: 8 u = 2^-8 ~ 3.9e-3 of max |logit| per
  position (measured on PROMPT: 0.6 u with the "gpu" kernels, ~0 with the "cpu" ones; 3.7 u on another
  prompt). Greedy tokens are then equal wherever the top two logits are
  more than 2 x 8 u apart; the test checks that margin on the reference (a prompt of this random model
  whose 24 greedy steps all have it: others have near-ties, down to 0.4 u, that either side may take).
- f16 plan vs f32 plan (both on the reference, so no GPU rounding at all): every stored activation is off
  by up to u, 7 stores per layer, amplified by this random-weight model's large gain (N(0, 1)
  weights). Bound: 128 u = 2^-4 of max |logit| (measured 2.2 u on PROMPT, 53 u on another prompt: the
  random model's gain varies a lot from input to input). On the real SmolLM2 the same
  comparison is tighter (tests/test_model.py: top-1 agreement >= 98%; measured max 3.8e-3 = 7.7 u).
"""

import numpy as np
import pytest

from tabllm.engine import Engine, choose_precision
from tabllm.errors import TabllmError
from tabllm.models import gemma3, gpt2, llama, qwen2
from tabllm.runtime.reference import ReferenceExecutor
from tabllm.runtime.wgpu_executor import WgpuExecutor
from tabllm.sampling import SamplerSettings

U = 2.0**-11  # f16 unit roundoff
PROMPT = [169, 203, 224, 58, 157, 212, 70, 92, 221]  # its greedy steps have top-2 margins >= 18 u (see the top)


def rel_err(got, want):
    """Per position: max |got - want| relative to that position's largest |logit|."""
    return np.abs(got - want).max(axis=1) / np.abs(want).max(axis=1)


@pytest.fixture(scope="module")
def ref16(tiny_model_dir):
    engine = Engine(tiny_model_dir, ReferenceExecutor(), context_length=64, precision="f16")
    yield engine
    engine.release()


@pytest.fixture(scope="module")
def ref32(tiny_model_dir):
    engine = Engine(tiny_model_dir, ReferenceExecutor(), context_length=64, precision="f32")
    yield engine
    engine.release()


@pytest.fixture(scope="module")
def executor_f16(gpu_adapter):
    executor = WgpuExecutor()
    if not executor.has_f16:
        pytest.skip("this adapter lacks shader-f16: no f16 path here")
    return executor


@pytest.mark.parametrize("profile", ["cpu", "gpu"])
def test_f16_gpu_matches_reference_f16_plan(gpu_adapter, executor_f16, tiny_model_dir, ref16, ref32, profile):
    """Both kernel profiles (lavapipe runs "cpu"; "gpu" is what real GPUs run): logits of every
    position and 24 greedy tokens."""
    engine = Engine(tiny_model_dir, WgpuExecutor(profile=profile), context_length=64, precision="f16")
    try:
        assert engine.precision == "f16" and engine.plan.profile == profile
        assert all(s.kernel.endswith("_f16") for s in engine.plan.phases["body"] if s.kernel.startswith(("rms_norm", "attn_pv")))
        got = engine.logits(PROMPT)
        want = ref16.logits(PROMPT)
        assert rel_err(got, want).max() < 8 * U, rel_err(got, want).max()
        assert rel_err(got, ref32.logits(PROMPT)).max() < 128 * U
        greedy = SamplerSettings(temperature=0)
        want_ids = list(ref16.stream_ids(PROMPT, 24, greedy, stop_at_eos=False))
        steps = ref16.logits(PROMPT + want_ids)[len(PROMPT) - 1 : -1]  # the logits each greedy step chose from
        top2 = np.sort(steps, axis=1)[:, -2:]
        margin = ((top2[:, 1] - top2[:, 0]) / np.abs(steps).max(axis=1)).min()
        assert margin > 16 * U, f"a near-tie ({margin / U:.1f} u): greedy ids may differ within tolerance; pick another prompt"
        assert list(engine.stream_ids(PROMPT, 24, greedy, stop_at_eos=False)) == want_ids
    finally:
        engine.release()


def test_f16_plan_vs_f32_plan_on_the_reference(ref16, ref32):
    got, want = ref16.logits(PROMPT), ref32.logits(PROMPT)
    err = rel_err(got, want).max()
    assert 0 < err < 128 * U, err  # not 0: the f16 plan really rounds


def test_f16_plan_halves_the_kv_cache(ref16, ref32):
    kv16, kv32 = ref16.plan.memory_summary()["kv_cache"], ref32.plan.memory_summary()["kv_cache"]
    assert kv16 * 2 == kv32
    dtypes = {b.name: b.dtype for b in ref16.plan.buffers.values()}
    assert {dtypes[n] for n in ("xn", "qkv", "q", "att", "gu", "h", "layers.0.k_cache", "layers.0.v_cache")} == {"f16"}
    assert {dtypes[n] for n in ("x", "x2", "s", "p", "xf", "logits")} == {"f32"}


def test_hidden_states_stay_f32_in_the_f16_plan(ref16):
    hidden = ref16.hidden_states(PROMPT[:5])
    assert hidden.dtype == np.float32 and hidden.shape == (5, ref16.config["hidden_size"])


class _NoF16:
    has_f16 = False
    adapter_name = "a test adapter"


class _F16:
    has_f16 = True
    adapter_name = "a test adapter"
    kernel_profile = "cpu"


class _F16Gpu(_F16):
    kernel_profile = "gpu"


def test_precision_choice():
    assert choose_precision("auto", llama, _F16()) == "f16"
    assert choose_precision("auto", qwen2, _F16()) == "f16"
    assert choose_precision("auto", llama, _NoF16()) == "f32"
    assert choose_precision("auto", gemma3, _F16()) == "f32"  # no f16 plan: f32
    assert choose_precision("auto", gpt2, _F16()) == "f32"
    assert choose_precision("f32", llama, _F16()) == "f32"
    assert choose_precision("auto", llama, _F16(), preferred="f32") == "f32"  # convert --quant q4f32
    assert choose_precision("auto", llama, _F16(), preferred="f16") == "f16"
    assert choose_precision("f16", llama, _F16(), preferred="f32") == "f16"  # asked for: honoured
    # the "gpu" profile's fastest decode kernels are f32-only: auto keeps f32 there, f16 is honoured
    assert choose_precision("auto", llama, _F16Gpu()) == "f32"
    assert choose_precision("f16", llama, _F16Gpu()) == "f16"
    with pytest.raises(TabllmError, match="shader-f16.*a test adapter"):
        choose_precision("f16", llama, _NoF16())
    with pytest.raises(TabllmError, match="not available for gemma3"):
        choose_precision("f16", gemma3, _F16())
    with pytest.raises(TabllmError, match="precision must be one of"):
        choose_precision("f64", llama, _F16())
