"""Every supported architecture, from a Hugging Face folder and from a GGUF, against HF transformers.

Tiny random-weight models (tests/hf_families.py) are converted with tabllm's converters; HF then runs
on exactly the weights the model directory stores (dequantized), so logits must agree to float32
rounding (< 1e-3 relative to the largest logit) and greedy decoding token for token over 16 steps.
"""

import json

import numpy as np
import pytest

pytestmark = pytest.mark.hf

PROMPT = [1, 70, 101, 33, 250, 9, 180, 44, 3, 120, 77, 200, 15]
CONTEXT = 64


@pytest.fixture(scope="module")
def hf():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    import hf_families

    return hf_families


# (architecture, source format, tied embeddings, HF checkpoint dtype or GGUF type, --quant)
CASES = [
    ("llama", "hf", False, "bfloat16", "q8f32"),
    ("llama", "gguf", True, "Q8_0", None),
    ("qwen2", "hf", True, "float32", "q4f32"),
    ("qwen2", "gguf", False, "Q8_0", None),
    ("gpt2", "hf", True, "float16", "q4f32"),
    ("gpt2", "gguf", True, "Q8_0", None),
    ("gemma3", "hf", False, "bfloat16", "q8f32"),
    ("gemma3", "gguf", True, "Q8_0", None),
    # Llama 3.1 rope scaling (HF rope_type llama3; llama.cpp's rope_freqs.weight), Mistral (a sliding window of 6),
    # Qwen3 (q/k head norms; YaRN rope scaling), Phi-3 (fused qkv / gate_up, longrope scaling, a sliding window)
    ("llama3", "hf", True, "float32", "q8f32"),
    ("llama3", "gguf", False, "Q8_0", None),
    ("mistral", "hf", False, "bfloat16", "q4f32"),
    ("mistral", "gguf", True, "Q8_0", None),
    ("qwen3", "hf", True, "bfloat16", "q8f32"),
    ("qwen3", "gguf", False, "Q4_0", None),
    ("phi3", "hf", False, "float32", "q8f32"),
    ("phi3", "gguf", True, "Q8_0", None),
    # Phi-4-mini's form: partial rotary embeddings (3/4 of each head), longrope, tied
    ("phi4", "hf", True, "bfloat16", "q8f32"),
    ("phi4", "gguf", True, "Q8_0", None),
    # unquantized matrices (exact where the checkpoint's values fit the format)
    ("llama", "hf", False, "float32", "f32"),
    ("gemma3", "hf", True, "float32", "f16"),
    ("gpt2", "hf", True, "float16", "f16"),
]
EXACT = {("float32", "f32"), ("float16", "f16")}  # (checkpoint dtype, --quant) stored without error


@pytest.fixture(scope="module", params=CASES, ids=lambda c: f"{c[0]}-{c[1]}" + (f"-{c[4]}" if c[4] in ("f16", "f32") else ""))
def converted(request, hf, tiny_model_dir, tmp_path_factory):
    import gguf
    import torch

    from tabllm.convert import convert_gguf
    from tabllm.convert_hf import convert_hf

    arch, source, tied, dtype, quant = request.param
    tmp = tmp_path_factory.mktemp(f"{arch}-{source}")
    model = hf.build_hf_model(arch, seed=len(arch) + tied, tied=tied)
    if source == "hf":
        folder = hf.save_hf_folder(model, tmp / "hf", tiny_model_dir / "tokenizer.json", getattr(torch, dtype))
        model_dir = convert_hf(folder, tmp / "model", quant=quant)
    else:
        path = hf.save_gguf(model, arch, tmp / "model.gguf", getattr(gguf.GGMLQuantizationType, dtype))
        model_dir = convert_gguf(path, tmp / "model")
    return arch, model_dir, hf.load_model_dir_weights(model, model_dir), request.param


@pytest.fixture(scope="module")
def engine(converted, gpu_adapter):
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    engine = Engine(converted[1], WgpuExecutor(), context_length=CONTEXT, precision="f32")  # f32 bounds vs HF
    yield engine
    engine.release()


def test_config_says_architecture_and_quantization(converted):
    kind, model_dir, _, (_, _, _, dtype, quant) = converted
    import hf_families

    arch = hf_families.ARCHITECTURE.get(kind, kind)
    config = json.loads((model_dir / "config.json").read_text())
    assert config["architecture"] == arch and config["qkv_bias"] == (arch == "qwen2")
    assert config.get("qk_norm", False) == (arch == "qwen3")
    assert config.get("sliding_window") == (hf_families.WINDOW if kind in ("mistral", "phi3") else
                                            hf_families.GEMMA_WINDOW if kind == "gemma3" else None)
    scaling = {"llama3": "freq_factors" if config["source"]["kind"] == "gguf" else "llama3", "qwen3": "yarn",
               "phi3": "longrope", "phi4": "longrope"}.get(kind)
    assert (config["rope_scaling"] or {}).get("rope_type") == scaling
    assert config.get("rope_dim") == (12 if kind == "phi4" else None)
    errors = config["quantization"]["error"]
    if config["source"]["kind"] == "gguf":  # Q8_0 blocks carried bit-for-bit
        assert all(row["exact"] for row in errors.values())
    else:
        assert set(errors) >= {"embed", "qkv", "o", "down", "up" if arch == "gpt2" else "gate_up"}
        if (dtype, quant) in EXACT:  # every value stored as it is: zero error
            assert all(row["exact"] and row["rel_rms"] == 0 == row["max_abs"] for row in errors.values()), errors
        else:  # quantized (or rounded to f16) here: a real, bounded error, reported per tensor kind
            assert all(0 < row["rel_rms"] < 0.2 for row in errors.values()), errors
        if quant in ("f16", "f32"):
            assert {row["quant"] for row in errors.values()} == {quant}


def test_logits_match_hf(converted, engine, hf):
    _, _, reference, _ = converted
    got = engine.logits(PROMPT)
    want = hf.hf_logits(reference, PROMPT)
    err = np.max(np.abs(got - want)) / np.max(np.abs(want))
    assert err < 1e-3, f"relative error {err:.2e}"
    assert np.array_equal(got.argmax(axis=1), want.argmax(axis=1))


def test_greedy_matches_hf(converted, engine, hf):
    from tabllm.sampling import SamplerSettings

    _, _, reference, _ = converted
    ours = list(engine.stream_ids(PROMPT, 16, SamplerSettings(temperature=0), stop_at_eos=False))
    assert ours == hf.hf_greedy(reference, PROMPT, 16)


def test_gpu_profile_matches_hf(converted, hf, gpu_adapter):
    """The "gpu" profile's kernels (tabllm.lowering: gemv_* / gemv_norm_* / gemv_silu_* decode products,
    mmt_* prefill products, the fused and split decode attention, attn_prefill_gpu or the scores path for
    large heads) for every family and format (the Llama family's quantized formats: tests/test_model.py)."""
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.sampling import SamplerSettings

    arch, model_dir, reference, case = converted
    if arch == "llama" and case[4] not in ("f16", "f32"):
        pytest.skip("tests/test_model.py runs the Llama family's quantized formats on the gpu profile")
    engine = Engine(model_dir, WgpuExecutor(profile="gpu"), context_length=CONTEXT)
    try:
        got, want = engine.logits(PROMPT), hf.hf_logits(reference, PROMPT)
        assert np.max(np.abs(got - want)) / np.max(np.abs(want)) < 1e-3
        ours = list(engine.stream_ids(PROMPT, 16, SamplerSettings(temperature=0), stop_at_eos=False))
        assert ours == hf.hf_greedy(reference, PROMPT, 16)
    finally:
        engine.release()


def test_gpu_split_attention_with_sliding_window_matches_hf(converted, hf, gpu_adapter, monkeypatch):
    """Gemma 3's sliding window (4 positions) through the split attention kernels, forced at this small
    context: every decode step over spans of 8 positions (attn_decode_rope_split_gpu + attn_combine_gpu),
    every prefill chunk over spans of 4 keys (attn_prefill_split_gpu + attn_combine_gpu)."""
    from tabllm import lowering
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.sampling import SamplerSettings

    arch, model_dir, reference, case = converted
    if arch != "gemma3" or case[1] != "hf" or case[4] != "q8f32":
        pytest.skip("one Gemma 3 case is enough: the kernels do not depend on the weights' format")
    for name, value in (("ATTN_DECODE_SPLIT_BYTES", 1), ("ATTN_SPLIT", 8), ("ATTN_PREFILL_LONG_L", 1), ("ATTN_PREFILL_MIN_SPAN", 4)):
        monkeypatch.setattr(lowering, name, value)
    engine = Engine(model_dir, WgpuExecutor(profile="gpu"), context_length=CONTEXT)
    try:
        kernels = {s.kernel for phase in ("body_long", "body_decode_long") for s in engine.plan.phases[phase]}
        assert {"attn_prefill_split_gpu", "attn_decode_rope_split_gpu"} <= kernels
        got, want = engine.logits(PROMPT), hf.hf_logits(reference, PROMPT)
        assert np.max(np.abs(got - want)) / np.max(np.abs(want)) < 1e-3
        ours = list(engine.stream_ids(PROMPT, 16, SamplerSettings(temperature=0), stop_at_eos=False))
        assert ours == hf.hf_greedy(reference, PROMPT, 16)
    finally:
        engine.release()


def test_f16_plan_with_sliding_window_matches_hf(converted, hf, gpu_adapter):
    """Mistral's sliding window in the Llama family's f16 plan (attn_scores_f16 / rope_qkv_f16 / attn_pv_f16, and
    on the gpu profile the f32 decode kernels' window): f16 storage bounds it to 128 u of the largest logit
    (tests/test_precision.py; measured ~8 u, and ~2300 u with the window left out)."""
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    kind, model_dir, reference, case = converted
    if kind != "mistral" or case[1] != "hf":
        pytest.skip("one Mistral case: the f16 kernels do not depend on the weights' format")
    executor = WgpuExecutor()
    if not executor.has_f16:
        pytest.skip(f"{executor.adapter_name} has no shader-f16")
    engine = Engine(model_dir, executor, context_length=CONTEXT, precision="f16")
    try:
        got, want = engine.logits(PROMPT), hf.hf_logits(reference, PROMPT)
        assert np.max(np.abs(got - want)) / np.max(np.abs(want)) < 128 * 2.0**-11
    finally:
        engine.release()


def test_cli_convert_reports_error_and_models_lists_it(hf, tiny_model_dir, tmp_path):
    import subprocess
    import sys

    folder = hf.save_hf_folder(hf.build_hf_model("qwen2", seed=1, tied=True), tmp_path / "hf", tiny_model_dir / "tokenizer.json")
    run = lambda *args: subprocess.run([sys.executable, "-m", "tabllm.cli", *args], capture_output=True, text=True, timeout=300)  # noqa: E731
    out = run("convert", str(folder), "--out", str(tmp_path / "models" / "tiny-qwen2"), "--quant", "q8f32")
    assert out.returncode == 0, out.stderr
    assert "qkv      q8_0  relative RMS error" in out.stderr
    listed = json.loads(run("models", "--dir", str(tmp_path / "models"), "--json").stdout)
    assert [(m["name"], m["architecture"], m["quant"]["linear"]) for m in listed] == [("hf", "qwen2", "q8_0")]
    assert listed[0]["gpu_bytes"] > listed[0]["disk_bytes"] > 0
    out = run("convert", str(folder), "--out", str(tmp_path / "models" / "tiny-qwen2-f32"), "--quant", "f32")
    assert out.returncode == 0, out.stderr
    assert "qkv      f32  exact" in out.stderr  # float32 checkpoint: stored as it is
    listed = json.loads(run("models", "--dir", str(tmp_path / "models"), "--json").stdout)
    assert sorted(m["quant"]["linear"] for m in listed) == ["f32", "q8_0"]
    table = run("models", "--dir", str(tmp_path / "models")).stdout
    assert "f32/f32" in table, table


def test_base_model_without_template_continues_raw_text(hf, tiny_model_dir, tmp_path):
    """GPT-2 has no chat template: `tabllm generate` continues the prompt as raw text."""
    import subprocess
    import sys

    from tabllm.convert_hf import convert_hf

    folder = hf.save_hf_folder(hf.build_hf_model("gpt2", seed=3, tied=True), tmp_path / "hf", tiny_model_dir / "tokenizer.json")
    (folder / "tokenizer_config.json").write_text("{}")  # no chat template
    model_dir = convert_hf(folder, tmp_path / "gpt2", quant="q8f32")
    out = subprocess.run([sys.executable, "-m", "tabllm.cli", "generate", "the the", "--model", str(model_dir),
                          "--max-tokens", "4", "--temperature", "0", "--json"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    from tabllm.tokenizer import Tokenizer

    want = len(Tokenizer.from_model_dir(model_dir).encode("the the"))  # the text alone: no template around it
    assert result["prompt_tokens"] == want and len(result["token_ids"]) == 4


@pytest.mark.parametrize("params", [
    {"rope_type": "linear", "factor": 2.5},
    {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0, "original_max_position_embeddings": 8192},
    {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 4096},
    {"rope_type": "yarn", "factor": 40.0, "original_max_position_embeddings": 4096, "beta_fast": 24.0, "beta_slow": 2.0,
     "mscale": 0.707, "mscale_all_dim": 0.707, "truncate": False},
    {"rope_type": "yarn", "factor": 2.0, "original_max_position_embeddings": 2048, "attention_factor": 1.25},
    {"rope_type": "longrope", "short_factor": [1.0 + k / 16 for k in range(64)], "long_factor": [1.0 + k for k in range(64)],
     "original_max_position_embeddings": 4096},
], ids=lambda p: p["rope_type"])
@pytest.mark.parametrize("capacity", [2048, 131072])
def test_rope_frequencies_match_hf(hf, params, capacity):
    """models/llama.rope_frequencies against transformers' own RoPE initializers (ROPE_INIT_FUNCTIONS), at real
    sizes (head dim 128, theta 500000, a 128k context): the inverse frequencies and the attention factor.
    longrope: tabllm picks the long factors by the KV capacity, HF by the sequence length (seq_len here)."""
    import torch
    import transformers
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS

    from tabllm.convert_hf import _rope
    from tabllm.models.llama import rope_frequencies

    hf_config = {"architectures": ["LlamaForCausalLM"], "max_position_embeddings": 131072,
                 "rope_parameters": {"rope_theta": 500000.0, **params}}
    config = transformers.LlamaConfig(hidden_size=4096, num_attention_heads=32, head_dim=128, **{
        k: v for k, v in hf_config.items() if k != "architectures"})
    want, want_factor = ROPE_INIT_FUNCTIONS[params["rope_type"]](config, "cpu", seq_len=capacity)
    theta, scaling = _rope(hf_config)  # what convert_hf stores
    got, factor = rope_frequencies({"head_dim": 128, "rope_theta": theta, "rope_scaling": scaling}, capacity)
    np.testing.assert_allclose(got, want.double().numpy(), rtol=1e-6)
    assert factor == pytest.approx(want_factor, rel=1e-6)


def test_gguf_rope_freqs_give_the_llama3_frequencies(hf):
    """A GGUF's rope_freqs.weight (llama.cpp's divisors, computed in float32) gives the frequencies of the HF
    llama3 scaling it came from."""
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS
    import transformers

    from tabllm.models.llama import rope_frequencies

    params = dict(hf.LLAMA3_ROPE)
    config = transformers.LlamaConfig(hidden_size=hf.D, num_attention_heads=hf.H, head_dim=hf.HD, rope_parameters=params)
    want, _ = ROPE_INIT_FUNCTIONS["llama3"](config, "cpu")
    factors = [float(x) for x in hf._llama3_rope_freqs(params)]
    got, factor = rope_frequencies({"head_dim": hf.HD, "rope_theta": params["rope_theta"],
                                    "rope_scaling": {"rope_type": "freq_factors", "factors": factors}}, 64)
    np.testing.assert_allclose(got, want.double().numpy(), rtol=1e-6)
    assert factor == 1.0 and len(set(factors)) > 2  # fast, slow and interpolated frequencies
