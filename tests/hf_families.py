"""Tiny random-weight models of each architecture, built with HF transformers, saved as a Hugging Face
folder and as a GGUF, plus the HF reference run on the weights a converted model directory holds.
Not a test module; needs torch + transformers (the `hf` marker).

The reference loads the model dir's dequantized weights (weights.dequantize, exact) back into the HF
model, split back into q/k/v and gate/up, so HF's own modeling code computes the logits of exactly
the numbers tabllm stores: any difference is the engine's, not the quantizer's.
"""

import copy
import json
import shutil
from pathlib import Path

import gguf
import numpy as np
import torch
from gguf_helpers import V, add_tiny_tokenizer

from tabllm.convert import qkv_row_order
from tabllm.weights import dequantize, load_config, load_tensors, read_index

# D hidden, F ffn, H / HKV heads of HD, L layers: multiples of 32 where the quantized kernels need them
D, F, H, HKV, HD, L = 64, 96, 4, 2, 16, 2
CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
# the tiny models: a family, or a variant of one ("llama3": Llama with Llama 3.1 rope scaling, "mistral": the
# Llama block with a sliding window) -> its HF class; ARCHITECTURE: the model dir's architecture where it differs
HF_CLASSES = {"llama": "LlamaForCausalLM", "llama3": "LlamaForCausalLM", "mistral": "MistralForCausalLM",
              "qwen2": "Qwen2ForCausalLM", "qwen3": "Qwen3ForCausalLM", "phi3": "Phi3ForCausalLM", "phi4": "Phi3ForCausalLM",
              "gpt2": "GPT2LMHeadModel", "gemma3": "Gemma3ForCausalLM"}
ARCHITECTURE = {"llama3": "llama", "mistral": "llama", "phi4": "phi3"}  # phi4: Phi-4-mini's form, partial rotary
# Scaled RoPE with small original contexts, so that the scaling changes the rotations at this test's positions
# (0 .. 29): Llama 3.1 scales the 6 slowest of 8 frequencies (2 interpolated), YaRN interpolates all but the
# fastest, Phi-3's long factors apply from 8 positions (as HF picks them by sequence length, they apply from
# the first prompt token to the last generated one: the prompt has 13)
LLAMA3_ROPE = {"rope_type": "llama3", "rope_theta": 10000.0, "factor": 8.0, "low_freq_factor": 1.0,
               "high_freq_factor": 4.0, "original_max_position_embeddings": 64}
YARN_ROPE = {"rope_type": "yarn", "rope_theta": 10000.0, "factor": 4.0, "original_max_position_embeddings": 32}
PHI3_ORIGINAL = 8
PHI3_ROPE = {"rope_type": "longrope", "rope_theta": 10000.0, "short_factor": [1.0, 1.1, 1.3, 1.6, 2.0, 2.5, 3.0, 4.0],
             "long_factor": [1.0, 1.5, 2.5, 4.0, 6.0, 9.0, 12.0, 16.0], "original_max_position_embeddings": PHI3_ORIGINAL}
# Phi-4-mini: 3/4 of each head rotated (12 of 16 dimensions: 6 frequencies), longrope, tied, no window
PHI4_ROPE = {"rope_type": "longrope", "rope_theta": 10000.0, "partial_rotary_factor": 0.75,
             "short_factor": [1.0, 1.2, 1.5, 2.0, 3.0, 4.0], "long_factor": [1.0, 2.0, 3.0, 5.0, 8.0, 12.0],
             "original_max_position_embeddings": PHI3_ORIGINAL}
WINDOW = 6  # Mistral's and Phi-3's sliding window (the prompt has 13 tokens)


def build_hf_model(kind: str, seed: int, tied: bool):
    import transformers

    if kind == "gpt2":
        return _build_gpt2(seed)
    if kind == "gemma3":
        return _build_gemma3(seed, tied)
    common = dict(vocab_size=V, hidden_size=D, intermediate_size=F, num_hidden_layers=L, num_attention_heads=H,
                  num_key_value_heads=HKV, head_dim=HD, max_position_embeddings=128, rms_norm_eps=1e-5,
                  tie_word_embeddings=tied, bos_token_id=1, eos_token_id=2, initializer_range=0.3)
    config = {
        "llama": lambda: transformers.LlamaConfig(**common),
        "llama3": lambda: transformers.LlamaConfig(**common, rope_parameters=LLAMA3_ROPE),
        "mistral": lambda: transformers.MistralConfig(**common, sliding_window=WINDOW),
        "qwen2": lambda: transformers.Qwen2Config(**common),
        "qwen3": lambda: transformers.Qwen3Config(**common, rope_parameters=YARN_ROPE),
        "phi3": lambda: transformers.Phi3Config(**{k: v for k, v in common.items() if k != "head_dim"}, pad_token_id=0,
                                                original_max_position_embeddings=PHI3_ORIGINAL, rope_parameters=PHI3_ROPE,
                                                sliding_window=WINDOW),
        "phi4": lambda: transformers.Phi3Config(**{k: v for k, v in common.items() if k != "head_dim"}, pad_token_id=0,
                                                original_max_position_embeddings=PHI3_ORIGINAL, rope_parameters=PHI4_ROPE),
    }[kind]()
    torch.manual_seed(seed)
    model = getattr(transformers, HF_CLASSES[kind])(config).eval()
    with torch.no_grad():  # norms and biases away from their 1 / 0 init, so their handling is tested
        for name, param in model.named_parameters():
            if name.endswith("norm.weight"):
                param.copy_(1 + 0.2 * torch.randn_like(param))
            elif name.endswith(".bias"):
                param.copy_(0.5 * torch.randn_like(param))
    return model


def rope_theta(config) -> float:
    """transformers 5 keeps it in rope_parameters, older versions in rope_theta."""
    params = getattr(config, "rope_parameters", None) or {}
    return float(params.get("rope_theta") or getattr(config, "rope_theta", None) or 10000.0)


def save_hf_folder(model, folder: Path, tokenizer_json: Path, dtype=torch.float32):
    # a copy: casting the model itself would also round its RoPE inv_freq buffer to dtype
    copy.deepcopy(model).to(dtype).save_pretrained(folder, safe_serialization=True)
    shutil.copy(tokenizer_json, folder / "tokenizer.json")
    (folder / "tokenizer_config.json").write_text(json.dumps({"chat_template": CHATML, "add_bos_token": False}))
    return folder


def _add_quantized(w, name, data, qtype):
    w.add_tensor(name, gguf.quants.quantize(np.ascontiguousarray(data), qtype), raw_dtype=qtype)


def _permute_for_gguf(w: np.ndarray, n_head: int) -> np.ndarray:
    """llama.cpp's Q/K row permutation (convert_hf_to_gguf.py LlamaModel.permute)."""
    return w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _llama3_rope_freqs(params: dict) -> np.ndarray:
    """rope_freqs.weight as llama.cpp's converter writes a Llama 3.1 model's rope scaling (LlamaModel.
    generate_extra_tensors): one divisor per frequency, 1 (fast) .. factor (slow), interpolated between."""
    freqs = 1.0 / (params["rope_theta"] ** (torch.arange(0, HD, 2, dtype=torch.float32) / HD))
    factor, low, high, old = (params[k] for k in ("factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings"))
    out = []
    for freq in freqs.tolist():
        wavelen = 2 * np.pi / freq
        if wavelen < old / high:
            out.append(1.0)
        elif wavelen > old / low:
            out.append(factor)
        else:
            smooth = (old / wavelen - low) / (high - low)
            out.append(1 / ((1 - smooth) / factor + smooth))
    return np.array(out, dtype=np.float32)


def save_gguf(model, kind: str, path: Path, qtype=gguf.GGMLQuantizationType.Q8_0):
    """The HF model as a GGUF the way llama.cpp's converter writes it: Q/K permuted for llama (Mistral and
    Llama 3 are "llama" GGUFs), Llama 3.1 rope scaling as rope_freqs.weight, YaRN as rope.scaling metadata,
    Phi-3's fused attn_qkv and ffn_up (gate | up) and its long / short rope factors as tensors. Mistral's
    sliding window as llama.attention.sliding_window: llama.cpp's converter leaves it out (and runs Mistral
    v0.1 with full attention); a file that has it is read with it."""
    if kind in ("gpt2", "gemma3"):
        return (save_gpt2_gguf if kind == "gpt2" else save_gemma3_gguf)(model, path, qtype)
    arch = ARCHITECTURE.get(kind, kind)
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    params = model.config.rope_parameters or {}
    w = gguf.GGUFWriter(str(path), arch)
    w.add_block_count(L)
    w.add_context_length(128)
    w.add_embedding_length(D)
    w.add_feed_forward_length(F)
    w.add_head_count(H)
    w.add_head_count_kv(HKV)
    w.add_rope_dimension_count(int(HD * params.get("partial_rotary_factor", 1.0)))
    w.add_rope_freq_base(rope_theta(model.config))
    w.add_layer_norm_rms_eps(1e-5)
    w.add_vocab_size(V)
    if arch == "qwen3":
        w.add_key_length(HD)
        w.add_value_length(HD)
    if params.get("rope_type") == "yarn":
        w.add_rope_scaling_type(gguf.RopeScalingType.YARN)
        w.add_rope_scaling_factor(params["factor"])
        w.add_rope_scaling_orig_ctx_len(params["original_max_position_embeddings"])
    if getattr(model.config, "sliding_window", None):
        w.add_sliding_window(model.config.sliding_window)
    add_tiny_tokenizer(w, "smollm", CHATML)

    matrix = lambda name, data: _add_quantized(w, name, data, qtype)  # noqa: E731

    if params.get("rope_type") == "llama3":
        w.add_tensor("rope_freqs.weight", _llama3_rope_freqs(params))
    if params.get("rope_type") == "longrope":
        original = params["original_max_position_embeddings"]
        w.add_rope_scaling_orig_ctx_len(original)
        scale = 128 / original  # (context length / original, as llama.cpp's Phi3MiniModel computes it)
        w.add_rope_scaling_attn_factors(float(np.sqrt(1 + np.log(scale) / np.log(original))) if scale > 1 else 1.0)
        w.add_tensor("rope_factors_long.weight", np.array(params["long_factor"], dtype=np.float32))
        w.add_tensor("rope_factors_short.weight", np.array(params["short_factor"], dtype=np.float32))
    permute = (lambda a, n: _permute_for_gguf(a, n)) if arch == "llama" else (lambda a, n: a)
    matrix("token_embd.weight", sd["model.embed_tokens.weight"])
    for i in range(L):
        p, g = f"model.layers.{i}.", f"blk.{i}."
        w.add_tensor(g + "attn_norm.weight", sd[p + "input_layernorm.weight"])
        if arch == "phi3":
            matrix(g + "attn_qkv.weight", sd[p + "self_attn.qkv_proj.weight"])
        else:
            matrix(g + "attn_q.weight", permute(sd[p + "self_attn.q_proj.weight"], H))
            matrix(g + "attn_k.weight", permute(sd[p + "self_attn.k_proj.weight"], HKV))
            matrix(g + "attn_v.weight", sd[p + "self_attn.v_proj.weight"])
        if arch == "qwen2":
            for x in "qkv":
                w.add_tensor(g + f"attn_{x}.bias", sd[p + f"self_attn.{x}_proj.bias"])
        if arch == "qwen3":
            w.add_tensor(g + "attn_q_norm.weight", sd[p + "self_attn.q_norm.weight"])
            w.add_tensor(g + "attn_k_norm.weight", sd[p + "self_attn.k_norm.weight"])
        matrix(g + "attn_output.weight", sd[p + "self_attn.o_proj.weight"])
        w.add_tensor(g + "ffn_norm.weight", sd[p + "post_attention_layernorm.weight"])
        if arch == "phi3":
            matrix(g + "ffn_up.weight", sd[p + "mlp.gate_up_proj.weight"])
        else:
            matrix(g + "ffn_gate.weight", sd[p + "mlp.gate_proj.weight"])
            matrix(g + "ffn_up.weight", sd[p + "mlp.up_proj.weight"])
        matrix(g + "ffn_down.weight", sd[p + "mlp.down_proj.weight"])
    w.add_tensor("output_norm.weight", sd["model.norm.weight"])
    if not model.config.tie_word_embeddings:
        matrix("output.weight", sd["lm_head.weight"])
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def _stored_weights(model_dir: Path):
    """(config, tensors by name, mat) of a model dir; mat(base) is matrix `base` dequantized exactly."""
    quant, t = read_index(model_dir)["quant"], load_tensors(model_dir)

    def mat(base):
        if base not in quant:  # a fused matrix in row parts {base}.part{k} (lowering.RowParts), in order of k
            parts = sorted((int(name.rsplit("part", 1)[1]), name) for name in quant if name.startswith(base + ".part"))
            return np.concatenate([mat(name) for _, name in parts])
        return dequantize(quant[base], t[f"{base}.q"], t.get(f"{base}.scale"), t.get(f"{base}.min"))

    return load_config(model_dir), t, mat


def _load_state(model, sd: dict, dtype, may_miss):
    """Load sd into model (cast to dtype); only names for which may_miss(name) holds may be absent."""
    model = model.to(dtype)
    missing, unexpected = model.load_state_dict({k: torch.from_numpy(np.array(v)).to(dtype) for k, v in sd.items()},
                                                strict=False)
    assert not unexpected and not [m for m in missing if not may_miss(m)], (missing, unexpected)
    return model


def _rotary(name):  # the RoPE tables HF computes itself
    return "rotary" in name


def load_model_dir_weights(model, model_dir: Path):
    """Put the model directory's weights (dequantized exactly) into the HF model, in float64."""
    arch = load_config(model_dir)["architecture"]
    if arch in ("gpt2", "gemma3"):
        return (load_gpt2_model_dir_weights if arch == "gpt2" else load_gemma3_model_dir_weights)(model, model_dir)
    config, t, mat = _stored_weights(model_dir)

    sd = {"model.embed_tokens.weight": mat("embed"), "model.norm.weight": t["final_norm"]}
    for i in range(config["num_layers"]):
        p, b = f"model.layers.{i}.", f"layers.{i}."
        sd.update({
            p + "input_layernorm.weight": t[b + "attn_norm"], p + "post_attention_layernorm.weight": t[b + "ffn_norm"],
            p + "self_attn.o_proj.weight": mat(b + "o"), p + "mlp.down_proj.weight": mat(b + "down"),
        })
        if arch == "phi3":  # fused in HF too (rows back in HF's order where the converter reordered them)
            qkv = mat(b + "qkv")
            order = qkv_row_order(config)
            if order is not None:
                qkv = qkv[np.argsort(order)]
            sd.update({p + "self_attn.qkv_proj.weight": qkv, p + "mlp.gate_up_proj.weight": mat(b + "gate_up")})
        else:
            q, k, v = np.split(mat(b + "qkv"), [H * HD, (H + HKV) * HD])
            gate, up = np.split(mat(b + "gate_up"), 2)
            sd.update({p + "self_attn.q_proj.weight": q, p + "self_attn.k_proj.weight": k, p + "self_attn.v_proj.weight": v,
                       p + "mlp.gate_proj.weight": gate, p + "mlp.up_proj.weight": up})
        if config.get("qk_norm"):
            sd.update({p + "self_attn.q_norm.weight": t[b + "q_norm"], p + "self_attn.k_norm.weight": t[b + "k_norm"]})
        if config.get("qkv_bias"):
            qb, kb, vb = np.split(t[b + "qkv_bias"], [H * HD, (H + HKV) * HD])
            sd.update({p + "self_attn.q_proj.bias": qb, p + "self_attn.k_proj.bias": kb, p + "self_attn.v_proj.bias": vb})
    sd["lm_head.weight"] = mat("lm_head") if "lm_head.q" in t else sd["model.embed_tokens.weight"]
    return _load_state(model, sd, torch.float64, _rotary)


def hf_logits(model, ids) -> np.ndarray:
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0].numpy()


def hf_greedy(model, ids, n) -> list:
    with torch.no_grad():
        out = model.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                             max_new_tokens=n, min_new_tokens=n, do_sample=False, eos_token_id=None, pad_token_id=0)
    return out[0, len(ids):].tolist()


# --- GPT-2 (learned positions, LayerNorm with bias, biased Conv1D projections, tied embedding)


def _build_gpt2(seed):
    import transformers

    config = transformers.GPT2Config(vocab_size=V, n_embd=D, n_layer=L, n_head=H, n_positions=128, n_inner=4 * D,
                                     activation_function="gelu_new", layer_norm_epsilon=1e-5, initializer_range=0.3,
                                     bos_token_id=1, eos_token_id=2, tie_word_embeddings=True)
    torch.manual_seed(seed)
    model = transformers.GPT2LMHeadModel(config).eval()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name.startswith("transformer.h.") or name.startswith("transformer.ln_f"):
                if name.endswith(("ln_1.weight", "ln_2.weight", "ln_f.weight")):
                    param.copy_(1 + 0.2 * torch.randn_like(param))
                elif name.endswith(".bias"):
                    param.copy_(0.5 * torch.randn_like(param))
    return model


def save_gpt2_gguf(model, path: Path, qtype=gguf.GGMLQuantizationType.Q8_0):
    """The HF GPT-2 as llama.cpp writes it: Conv1D weights transposed to [out, in], qkv fused."""
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    w = gguf.GGUFWriter(str(path), "gpt2")
    w.add_block_count(L)
    w.add_context_length(128)
    w.add_embedding_length(D)
    w.add_feed_forward_length(4 * D)
    w.add_head_count(H)
    w.add_layer_norm_eps(1e-5)
    add_tiny_tokenizer(w, "gpt-2", None)

    matrix = lambda name, data: _add_quantized(w, name, data, qtype)  # noqa: E731

    matrix("token_embd.weight", sd["transformer.wte.weight"])
    w.add_tensor("position_embd.weight", sd["transformer.wpe.weight"])
    for i in range(L):
        h, g = f"transformer.h.{i}.", f"blk.{i}."
        for ours, theirs in (("attn_norm", "ln_1"), ("ffn_norm", "ln_2")):
            w.add_tensor(g + ours + ".weight", sd[h + theirs + ".weight"])
            w.add_tensor(g + ours + ".bias", sd[h + theirs + ".bias"])
        for ours, theirs in (("attn_qkv", "attn.c_attn"), ("attn_output", "attn.c_proj"), ("ffn_up", "mlp.c_fc"), ("ffn_down", "mlp.c_proj")):
            matrix(g + ours + ".weight", sd[h + theirs + ".weight"].T)
            w.add_tensor(g + ours + ".bias", sd[h + theirs + ".bias"])
    w.add_tensor("output_norm.weight", sd["transformer.ln_f.weight"])
    w.add_tensor("output_norm.bias", sd["transformer.ln_f.bias"])
    matrix("output.weight", sd["transformer.wte.weight"])  # llama.cpp repeats the tied matrix
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def load_gpt2_model_dir_weights(model, model_dir: Path):
    config, t, mat = _stored_weights(model_dir)

    sd = {"transformer.wte.weight": mat("embed"), "transformer.wpe.weight": t["pos_embed"],
          "transformer.ln_f.weight": t["final_norm"], "transformer.ln_f.bias": t["final_norm_bias"]}
    for i in range(config["num_layers"]):
        h, b = f"transformer.h.{i}.", f"layers.{i}."
        for ours, theirs in (("attn_norm", "ln_1"), ("ffn_norm", "ln_2")):
            sd[h + theirs + ".weight"], sd[h + theirs + ".bias"] = t[b + ours], t[b + ours + "_bias"]
        for ours, theirs in (("qkv", "attn.c_attn"), ("o", "attn.c_proj"), ("up", "mlp.c_fc"), ("down", "mlp.c_proj")):
            sd[h + theirs + ".weight"], sd[h + theirs + ".bias"] = mat(b + ours).T, t[b + ours + "_bias"]
    sd["lm_head.weight"] = sd["transformer.wte.weight"]
    return _load_state(model, sd, torch.float64, lambda m: m.endswith((".attn.bias", ".attn.masked_bias")))


# --- Gemma 3 (q/k norms, four norms a layer scaling by 1 + w, GeGLU, local/global attention)

GEMMA_LAYERS, GEMMA_WINDOW = 6, 4  # layer 5 global, the others see the last 4 positions


def _build_gemma3(seed, tied):
    import transformers

    config = transformers.Gemma3TextConfig(
        vocab_size=V, hidden_size=D, intermediate_size=F, num_hidden_layers=GEMMA_LAYERS, num_attention_heads=H,
        num_key_value_heads=HKV, head_dim=HD, max_position_embeddings=128, rms_norm_eps=1e-6,
        sliding_window=GEMMA_WINDOW, query_pre_attn_scalar=HD, initializer_range=0.3, tie_word_embeddings=tied,
        layer_types=["full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(GEMMA_LAYERS)],
        rope_parameters={"full_attention": {"rope_type": "default", "rope_theta": 1e6},
                         "sliding_attention": {"rope_type": "default", "rope_theta": 1e4}},
        bos_token_id=1, eos_token_id=2, pad_token_id=0)
    torch.manual_seed(seed)
    model = transformers.Gemma3ForCausalLM(config).eval()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "norm" in name:
                param.copy_(0.3 * torch.randn_like(param))  # HF scales by 1 + w
    return model


def save_gemma3_gguf(model, path: Path, qtype=gguf.GGMLQuantizationType.Q8_0):
    """As llama.cpp writes Gemma 3: norms stored as 1 + w, no Q/K permutation, tied embedding."""
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    w = gguf.GGUFWriter(str(path), "gemma3")
    w.add_block_count(GEMMA_LAYERS)
    w.add_context_length(128)
    w.add_embedding_length(D)
    w.add_feed_forward_length(F)
    w.add_head_count(H)
    w.add_head_count_kv(HKV)
    w.add_key_length(HD)
    w.add_value_length(HD)
    w.add_rope_freq_base(1e6)
    w.add_sliding_window(GEMMA_WINDOW)
    w.add_layer_norm_rms_eps(1e-6)
    add_tiny_tokenizer(w, "smollm", CHATML)

    matrix = lambda name, data: _add_quantized(w, name, data, qtype)  # noqa: E731

    def norm(name, data):
        w.add_tensor(name, (data + 1).astype(np.float32))

    matrix("token_embd.weight", sd["model.embed_tokens.weight"])
    for i in range(GEMMA_LAYERS):
        p, g = f"model.layers.{i}.", f"blk.{i}."
        norm(g + "attn_norm.weight", sd[p + "input_layernorm.weight"])
        for x in "qkv":
            matrix(g + f"attn_{x}.weight", sd[p + f"self_attn.{x}_proj.weight"])
        norm(g + "attn_q_norm.weight", sd[p + "self_attn.q_norm.weight"])
        norm(g + "attn_k_norm.weight", sd[p + "self_attn.k_norm.weight"])
        matrix(g + "attn_output.weight", sd[p + "self_attn.o_proj.weight"])
        norm(g + "post_attention_norm.weight", sd[p + "post_attention_layernorm.weight"])
        norm(g + "ffn_norm.weight", sd[p + "pre_feedforward_layernorm.weight"])
        for x in ("gate", "up", "down"):
            matrix(g + f"ffn_{x}.weight", sd[p + f"mlp.{x}_proj.weight"])
        norm(g + "post_ffw_norm.weight", sd[p + "post_feedforward_layernorm.weight"])
    norm("output_norm.weight", sd["model.norm.weight"])
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def load_gemma3_model_dir_weights(model, model_dir: Path, dtype=torch.float64):
    """The model dir's weights into an HF Gemma3ForCausalLM: matrices dequantized, norms w = stored - 1."""
    c, t, mat = _stored_weights(model_dir)
    H_, Hkv_, hd = c["num_heads"], c["num_kv_heads"], c["head_dim"]

    def norm(name):
        return t[name].astype(np.float64) - 1.0

    sd = {"model.embed_tokens.weight": mat("embed"), "model.norm.weight": norm("final_norm")}
    for i in range(c["num_layers"]):
        p, b = f"model.layers.{i}.", f"layers.{i}."
        q, k, v = np.split(mat(b + "qkv"), [H_ * hd, (H_ + Hkv_) * hd])
        gate, up = np.split(mat(b + "gate_up"), 2)
        sd.update({
            p + "self_attn.q_proj.weight": q, p + "self_attn.k_proj.weight": k, p + "self_attn.v_proj.weight": v,
            p + "self_attn.o_proj.weight": mat(b + "o"), p + "mlp.gate_proj.weight": gate, p + "mlp.up_proj.weight": up,
            p + "mlp.down_proj.weight": mat(b + "down"),
            p + "input_layernorm.weight": norm(b + "attn_norm"), p + "post_attention_layernorm.weight": norm(b + "post_attn_norm"),
            p + "pre_feedforward_layernorm.weight": norm(b + "ffn_norm"), p + "post_feedforward_layernorm.weight": norm(b + "post_ffn_norm"),
            p + "self_attn.q_norm.weight": norm(b + "q_norm"), p + "self_attn.k_norm.weight": norm(b + "k_norm"),
        })
    sd["lm_head.weight"] = mat("lm_head") if "lm_head.q" in t else sd["model.embed_tokens.weight"]
    return _load_state(model, sd, dtype, _rotary)
