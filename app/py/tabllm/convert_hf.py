"""Hugging Face checkpoint folder -> tabllm model directory (docs/model-format.md).

Reads config.json, the safetensors weights (one file or a sharded index; f32, f16 or bf16),
tokenizer.json (copied as is), tokenizer_config.json / chat_template.jinja (the chat template) and
generation_config.json (end-of-turn ids). Matrices are quantized with the chosen scheme
(tabllm.quantize; f16 / f32 store them unquantized) and the error introduced is reported per tensor
kind (zero where every value is stored exactly, e.g. f16 or bf16 weights as f32). HF stores Q/K rows in the
rotate_half order the runtime uses, so rows are only concatenated (q|k|v, gate|up), never permuted.

Architectures: LlamaForCausalLM, MistralForCausalLM (architecture "llama" with its sliding_window),
Qwen2ForCausalLM (q/k/v biases), Qwen3ForCausalLM (q/k head norms: qk_norm), Phi3ForCausalLM (qkv_proj and
gate_up_proj are already our fused qkv / gate_up; its sliding_window), GPT2LMHeadModel (Conv1D weights are
stored [in, out]: transposed here), Gemma3ForCausalLM (text; its RMSNorms scale by (1 + w), stored here as
1 + w so the plain norm kernels apply them). RoPE scaling: linear, llama3, yarn, longrope (Phi-3's su);
partial rotary embeddings are refused.
"""

import json
from pathlib import Path

import numpy as np

from . import quantize
from .convert import _prepare_out_dir, add_template_end_of_turn, qkv_row_order, split_blocks, write_model_dir
from .errors import MissingPackageError, ModelFormatError, UnsupportedModelError
from .weights import FORMAT_VERSION, MAX_SHARD_BYTES

ARCHITECTURES = {"LlamaForCausalLM": "llama", "MistralForCausalLM": "llama", "Qwen2ForCausalLM": "qwen2",
                 "Qwen3ForCausalLM": "qwen3", "Phi3ForCausalLM": "phi3", "GPT2LMHeadModel": "gpt2",
                 "Gemma3ForCausalLM": "gemma3"}


def _read_json(path: Path, required=True):
    if not path.is_file():
        if required:
            raise ModelFormatError(f"{path} is missing: a Hugging Face model folder needs it")
        return {}
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise ModelFormatError(f"{path} is not valid JSON: {e}") from None
    if not isinstance(obj, dict):
        raise ModelFormatError(f"{path} is not a JSON object")
    return obj


class _SafetensorsFolder:
    """Tensors of model.safetensors or a sharded model.safetensors.index.json, as float32 numpy."""

    def __init__(self, folder: Path):
        try:
            import ml_dtypes  # noqa: F401  (registers bfloat16 with numpy, so safetensors can return it)
            from safetensors import SafetensorError, safe_open
        except ImportError:
            raise MissingPackageError("converting a Hugging Face folder needs: pip install safetensors ml_dtypes") from None
        index = folder / "model.safetensors.index.json"
        if index.is_file():
            weight_map = _read_json(index).get("weight_map")
            if not isinstance(weight_map, dict) or not all(isinstance(f, str) for f in weight_map.values()):
                raise ModelFormatError(f"{index} has no weight_map of tensor names to file names")
            files = sorted(set(weight_map.values()))
        elif (folder / "model.safetensors").is_file():
            files = ["model.safetensors"]
        else:
            raise ModelFormatError(f"{folder} has no model.safetensors (or model.safetensors.index.json)")
        self._where = {}
        self._handles = []
        for f in files:
            try:
                self._handles.append(safe_open(str(folder / f), framework="numpy"))
            except (SafetensorError, OSError) as e:
                raise ModelFormatError(f"{folder / f} is not a readable safetensors file ({e})") from None
        for handle in self._handles:
            for name in handle.keys():
                self._where[name] = handle
        self.used = set()

    def __contains__(self, name):
        return name in self._where

    def get(self, name, shape) -> np.ndarray:
        if name not in self._where:
            raise ModelFormatError(f"the checkpoint lacks tensor {name}")
        self.used.add(name)
        array = self._where[name].get_tensor(name).astype(np.float32)
        if array.shape != tuple(shape):
            raise ModelFormatError(f"tensor {name} has shape {list(array.shape)}, expected {list(shape)}")
        return array

    def unused(self):
        return sorted(set(self._where) - self.used)


ROPE_KEYS = {  # rope_scaling kind -> (required keys, optional keys) kept (models/llama.py rope_frequencies reads them)
    "linear": (("factor",), ()),
    "llama3": (("factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings"), ()),
    "yarn": (("factor", "original_max_position_embeddings"),
             ("attention_factor", "beta_fast", "beta_slow", "mscale", "mscale_all_dim", "truncate")),
    "longrope": (("factor", "original_max_position_embeddings", "short_factor", "long_factor"), ("attention_factor",)),
}


def _rope(hf: dict):
    """(theta, scaling) from the legacy rope_theta/rope_scaling keys or transformers 5's rope_parameters.
    (Partial rotary embeddings: _rope_dim.)
    Scaling kinds: linear, llama3, yarn, longrope (Phi-3's "su" / "yarn" too); the factor and the original
    context where the config leaves them to be derived (HF: max_position_embeddings / the original)."""
    params = hf.get("rope_parameters") or {}
    params = params.get("full_attention", params)  # Gemma 3: one entry per layer type
    theta = float(hf.get("rope_theta") or params.get("rope_theta") or 10000.0)
    scaling = hf.get("rope_scaling") or (params if params.get("rope_type", "default") != "default" else None)
    if not scaling:
        return theta, None
    kind = scaling.get("rope_type", scaling.get("type"))
    if kind in ("su", "yarn") and hf.get("architectures", [None])[0] == "Phi3ForCausalLM":
        kind = "longrope"  # (what transformers does with Phi-3's older names)
    if kind == "default":
        return theta, None
    if kind not in ROPE_KEYS:
        raise UnsupportedModelError(f"RoPE scaling {kind!r} is not supported (supported: {', '.join(ROPE_KEYS)})")
    scaling = dict(scaling)
    original = scaling.get("original_max_position_embeddings") or hf.get("original_max_position_embeddings")
    if kind in ("yarn", "longrope"):
        if not original:
            raise ModelFormatError(f"RoPE scaling {kind} needs original_max_position_embeddings")
        scaling["original_max_position_embeddings"] = int(original)
        if scaling.get("factor") is None:
            scaling["factor"] = hf.get("max_position_embeddings", original) / original
    required, optional = ROPE_KEYS[kind]
    kept = {k: scaling[k] for k in required}  # (a KeyError: the caller names the missing key)
    return theta, {"rope_type": kind, **kept, **{k: scaling[k] for k in optional if scaling.get(k) is not None}}


def _rope_dim(hf: dict, arch: str, head_dim: int) -> dict:
    """{"rope_dim": rotated dimensions} for partial rotary embeddings (Phi-4-mini: partial_rotary_factor 0.75,
    HF's int(head_dim * factor)), {} where every dimension rotates."""
    params = hf.get("rope_parameters") or {}
    factor = float(params.get("partial_rotary_factor") or hf.get("partial_rotary_factor") or 1.0)
    rope_dim = int(head_dim * factor)
    if rope_dim == head_dim:
        return {}
    if arch != "phi3" or rope_dim % 2 or rope_dim <= 0:
        raise UnsupportedModelError(f"partial rotary embeddings (partial_rotary_factor {factor}) are supported for Phi-3 only")
    return {"rope_dim": rope_dim}


def _gpt2_names(hf: dict) -> dict:
    """GPT-2's config keys under the names the rest of this module reads."""
    D = int(hf["n_embd"])
    if hf.get("activation_function", "gelu_new") not in ("gelu_new", "gelu_pytorch_tanh"):
        raise UnsupportedModelError(f"GPT-2 activation {hf['activation_function']!r} is not supported (supported: gelu_new)")
    return dict(hf, hidden_size=D, num_attention_heads=hf["n_head"], num_hidden_layers=hf["n_layer"],
                intermediate_size=hf.get("n_inner") or 4 * D, max_position_embeddings=hf["n_positions"],
                rms_norm_eps=hf.get("layer_norm_epsilon", 1e-5), tie_word_embeddings=hf.get("tie_word_embeddings", True))


def _gemma3_config(hf: dict) -> dict:
    """Gemma 3's extra keys (see models/gemma3.py); transformers 5 puts both RoPE thetas in
    rope_parameters per layer type, older versions in rope_theta / rope_local_base_freq."""
    if hf.get("final_logit_softcapping") or hf.get("attn_logit_softcapping"):
        raise UnsupportedModelError("Gemma 3 checkpoints with logit soft-capping are not supported")
    if hf.get("hidden_activation", "gelu_pytorch_tanh") != "gelu_pytorch_tanh":
        raise UnsupportedModelError(f"Gemma 3 activation {hf['hidden_activation']!r} is not supported")
    params = hf.get("rope_parameters") or {}
    for kind in ("full_attention", "sliding_attention"):
        if params.get(kind, {}).get("rope_type", "default") != "default":
            raise UnsupportedModelError(f"Gemma 3 RoPE scaling ({kind}: {params[kind]['rope_type']}) is not supported")
    layers = int(hf["num_hidden_layers"])
    pattern = int(hf.get("sliding_window_pattern") or 6)
    return {
        "sliding_window": int(hf["sliding_window"]),
        "layer_types": hf.get("layer_types") or ["full_attention" if (i + 1) % pattern == 0 else "sliding_attention" for i in range(layers)],
        "rope_local_theta": float(params.get("sliding_attention", {}).get("rope_theta") or hf.get("rope_local_base_freq") or 10000.0),
        "query_pre_attn_scalar": float(hf.get("query_pre_attn_scalar") or hf["head_dim"]),
        "embed_scale": float(np.sqrt(int(hf["hidden_size"]))),
    }


def _build_config(folder: Path, hf: dict, scheme) -> dict:
    names = hf.get("architectures") or []
    arch = next((ARCHITECTURES[n] for n in names if n in ARCHITECTURES), None)
    if arch is None:
        raise UnsupportedModelError(
            f"architecture {names or hf.get('model_type')!r} is not supported; supported: {', '.join(ARCHITECTURES)}"
        )
    if arch == "gpt2":
        hf = _gpt2_names(hf)
    if arch in ("llama", "qwen3", "phi3") and (hf.get("attention_bias") or hf.get("mlp_bias")):
        raise UnsupportedModelError(f"{names[0]} checkpoints with attention_bias / mlp_bias are not supported")
    if hf.get("hidden_act", "silu") != "silu" and arch in ("llama", "qwen2", "qwen3", "phi3"):
        raise UnsupportedModelError(f"{names[0]} activation {hf['hidden_act']!r} is not supported (supported: silu)")
    hidden, heads = int(hf["hidden_size"]), int(hf["num_attention_heads"])
    context = int(hf.get("max_position_embeddings", 2048))
    family = {}
    if arch == "llama" and names[0] == "MistralForCausalLM" or arch == "phi3":
        if hf.get("sliding_window"):  # every layer attends to the last sliding_window positions
            family["sliding_window"] = int(hf["sliding_window"])
    elif hf.get("sliding_window") and hf.get("use_sliding_window"):  # Qwen2 / Qwen3: windows on some layers only
        context = min(context, int(hf["sliding_window"]))  # within the window, full attention is exact
    if arch == "qwen3":
        family["qk_norm"] = True
    theta, scaling = _rope(hf)
    tokenizer_config = _read_json(folder / "tokenizer_config.json", required=False)
    template_file = folder / "chat_template.jinja"
    template = template_file.read_text(encoding="utf-8") if template_file.is_file() else tokenizer_config.get("chat_template")
    generation = _read_json(folder / "generation_config.json", required=False)
    eos = []
    for value in (generation.get("eos_token_id"), hf.get("eos_token_id")):
        for token in value if isinstance(value, list) else [value]:
            if token is not None and int(token) not in eos:
                eos.append(int(token))
    bos = hf.get("bos_token_id", generation.get("bos_token_id"))
    pad = hf.get("pad_token_id")
    if arch == "gemma3":
        family = _gemma3_config(hf)
    family.update(_rope_dim(hf, arch, int(hf.get("head_dim") or hidden // heads)))
    return {
        "format_version": FORMAT_VERSION,
        "architecture": arch,
        "name": folder.name,
        "vocab_size": int(hf["vocab_size"]),
        "hidden_size": hidden,
        "intermediate_size": int(hf["intermediate_size"]),
        "num_layers": int(hf["num_hidden_layers"]),
        "num_heads": heads,
        "num_kv_heads": int(hf.get("num_key_value_heads") or heads),
        "head_dim": int(hf.get("head_dim") or hidden // heads),
        "rope_theta": theta,
        "rope_scaling": scaling,
        "rms_norm_eps": float(hf.get("rms_norm_eps", 1e-6)),
        "context_length": context,
        "tie_word_embeddings": bool(hf.get("tie_word_embeddings", False)),
        "qkv_bias": arch == "qwen2",
        "bos_token_id": None if bos is None else int(bos),
        "eos_token_ids": eos,
        "pad_token_id": None if pad is None else int(pad),
        "add_bos_token": bool(tokenizer_config.get("add_bos_token", False)),
        "chat_template": template,
        "quantization": {"scheme": scheme.name, "activations": scheme.activations},
        "source": {"kind": "huggingface", "folder": folder.name},
        **family,
    }


def _iter_gpt2_tensors(weights: _SafetensorsFolder, config: dict, scheme, say):
    """GPT-2 tensor items (names as in tabllm.convert._iter_gpt2_tensors)."""
    D, F, V, P = config["hidden_size"], config["intermediate_size"], config["vocab_size"], config["context_length"]
    prefix = "transformer." if "transformer.wte.weight" in weights else ""

    def conv1d(base, name, cols_in, rows_out):  # Conv1D weight [in, out] -> our [out, in]
        values = np.ascontiguousarray(weights.get(name + ".weight", (cols_in, rows_out)).T)
        yield ("quant", base, scheme.linear, split_blocks(scheme.linear, quantize.quantize_rows(values, scheme.linear, name)), values)
        yield ("f32", base + "_bias", weights.get(name + ".bias", (rows_out,)))

    def norm(base, name):
        yield ("f32", base, weights.get(name + ".weight", (D,)))
        yield ("f32", base + "_bias", weights.get(name + ".bias", (D,)))

    embed = weights.get(prefix + "wte.weight", (V, D))
    yield ("quant", "embed", scheme.embed, split_blocks(scheme.embed, quantize.quantize_rows(embed, scheme.embed, "wte")), embed)
    yield ("f32", "pos_embed", weights.get(prefix + "wpe.weight", (P, D)))
    for i in range(config["num_layers"]):
        say(f"layer {i + 1}/{config['num_layers']}")
        h, b = f"{prefix}h.{i}.", f"layers.{i}."
        yield from norm(b + "attn_norm", h + "ln_1")
        yield from conv1d(b + "qkv", h + "attn.c_attn", D, 3 * D)
        yield from conv1d(b + "o", h + "attn.c_proj", D, D)
        yield from norm(b + "ffn_norm", h + "ln_2")
        yield from conv1d(b + "up", h + "mlp.c_fc", D, F)
        yield from conv1d(b + "down", h + "mlp.c_proj", F, D)
    yield from norm("final_norm", prefix + "ln_f")
    weights.used.add("lm_head.weight")  # GPT-2 ties it to wte
    unknown = [n for n in weights.unused() if not n.endswith((".attn.bias", ".attn.masked_bias"))]
    if unknown:
        raise UnsupportedModelError(f"the checkpoint has tensors tabllm does not know how to use: {', '.join(unknown[:8])}")


def _iter_model_tensors(weights: _SafetensorsFolder, config: dict, scheme, say):
    """Tensor items for write_model_dir, quantizing every matrix (embed, layers, final_norm, lm_head)."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    gemma, phi3 = config["architecture"] == "gemma3", config["architecture"] == "phi3"
    attn_rows = (H + 2 * Hkv) * hd
    qkv_order = qkv_row_order(config)  # None unless rope_dim < head_dim

    def norm(ours, theirs, size=D):  # Gemma scales by (1 + w): store 1 + w
        w = weights.get(theirs + ".weight", (size,))
        return ("f32", ours, w + np.float32(1) if gemma else w)

    def matrix(base, kind, names_and_rows, cols, order=None):  # order: the rows' order (partial rotary embeddings)
        values = np.concatenate([weights.get(name, (rows, cols)) for name, rows in names_and_rows])
        values = values if order is None else np.ascontiguousarray(values[order])
        names = " + ".join(name for name, _ in names_and_rows)
        return ("quant", base, kind, split_blocks(kind, quantize.quantize_rows(values, kind, names)), values)

    yield matrix("embed", scheme.embed, [("model.embed_tokens.weight", V)], D)
    for i in range(config["num_layers"]):
        say(f"layer {i + 1}/{config['num_layers']}")
        p = f"model.layers.{i}."
        attn, mlp = p + "self_attn.", p + "mlp."
        yield norm(f"layers.{i}.attn_norm", p + "input_layernorm")
        qkv_rows = [("q_proj", H * hd), ("k_proj", Hkv * hd), ("v_proj", Hkv * hd)]
        if phi3:  # q, k, v (and gate, up) already fused, rows in our order
            yield matrix(f"layers.{i}.qkv", scheme.linear, [(attn + "qkv_proj.weight", attn_rows)], D, qkv_order)
        else:
            yield matrix(f"layers.{i}.qkv", scheme.linear, [(f"{attn}{n}.weight", r) for n, r in qkv_rows], D, qkv_order)
        if config["qkv_bias"]:
            yield ("f32", f"layers.{i}.qkv_bias", np.concatenate([weights.get(f"{attn}{n}.bias", (r,)) for n, r in qkv_rows]))
        if gemma or config.get("qk_norm"):
            yield norm(f"layers.{i}.q_norm", attn + "q_norm", hd)
            yield norm(f"layers.{i}.k_norm", attn + "k_norm", hd)
        yield matrix(f"layers.{i}.o", scheme.linear, [(attn + "o_proj.weight", D)], H * hd)
        if gemma:  # norms after attention and around the FFN
            yield norm(f"layers.{i}.post_attn_norm", p + "post_attention_layernorm")
            yield norm(f"layers.{i}.ffn_norm", p + "pre_feedforward_layernorm")
        else:
            yield norm(f"layers.{i}.ffn_norm", p + "post_attention_layernorm")
        gate_up = [(mlp + "gate_up_proj.weight", 2 * F)] if phi3 else [(mlp + "gate_proj.weight", F), (mlp + "up_proj.weight", F)]
        yield matrix(f"layers.{i}.gate_up", scheme.linear, gate_up, D)
        yield matrix(f"layers.{i}.down", scheme.linear, [(mlp + "down_proj.weight", D)], F)
        if gemma:
            yield norm(f"layers.{i}.post_ffn_norm", p + "post_feedforward_layernorm")
    yield norm("final_norm", "model.norm")
    if not config["tie_word_embeddings"]:
        yield matrix("lm_head", scheme.linear, [("lm_head.weight", V)], D)
    elif "lm_head.weight" in weights:
        weights.used.add("lm_head.weight")  # a tied checkpoint may still store the (same) matrix
    unknown = [n for n in weights.unused() if not n.endswith("rotary_emb.inv_freq")]
    if unknown:
        raise UnsupportedModelError(f"the checkpoint has tensors tabllm does not know how to use: {', '.join(unknown[:8])}")


def _config_from_folder(folder: Path, scheme) -> dict:
    """_build_config, with a key it needs missing from config.json, or a value of the wrong type or range (in
    config.json or generation_config.json), as a ModelFormatError rather than a KeyError or ValueError."""
    try:
        return _build_config(folder, _read_json(folder / "config.json"), scheme)
    except KeyError as e:
        raise ModelFormatError(f"{folder / 'config.json'} lacks the key {e}") from None
    except (TypeError, ValueError, ZeroDivisionError) as e:
        raise ModelFormatError(f"{folder}: config.json or generation_config.json holds a value of the wrong type "
                               f"or range ({type(e).__name__}: {e})") from None


def convert_hf(folder, out_dir, progress=None, *, quant=quantize.DEFAULT_SCHEME, shard_limit=MAX_SHARD_BYTES) -> Path:
    """Convert a Hugging Face model folder into a model directory with quantization scheme `quant`."""
    say = progress or (lambda message: None)
    folder, out_dir = Path(folder), Path(out_dir)
    scheme = quantize.scheme(quant)
    if not folder.is_dir():
        raise ModelFormatError(f"{folder} is not a Hugging Face model folder")
    say(f"reading {folder}")
    config = _config_from_folder(folder, scheme)
    tokenizer_path = folder / "tokenizer.json"
    if not tokenizer_path.is_file():
        raise ModelFormatError(f"{tokenizer_path} is missing: tabllm needs the fast-tokenizer file tokenizer.json")
    weights = _SafetensorsFolder(folder)
    _prepare_out_dir(out_dir)
    items = (_iter_gpt2_tensors if config["architecture"] == "gpt2" else _iter_model_tensors)(weights, config, scheme, say)
    tokenizer_json = tokenizer_path.read_text(encoding="utf-8")
    try:
        add_template_end_of_turn(config, tokenizer_json)  # (generation_config.json often names eos alone)
    except (ValueError, AttributeError, TypeError, KeyError):
        raise ModelFormatError(f"{tokenizer_path} is not a tokenizer JSON object with a list of added_tokens") from None
    write_model_dir(out_dir, config, tokenizer_json, items, say, shard_limit)
    say(f"converted {folder.name} ({scheme.name}) -> {out_dir}")
    return out_dir
