"""GGUF -> tabllm model directory without numpy: the rules both converters share, and the slicing converter the
page runs (its Pyodide has no numpy).

- read_gguf: the GGUF header, metadata and tensor table, read with `struct` (no data copied: tensors are
  memoryview slices of the file's bytes);
- build_config: metadata -> config.json; tensor_plan: which GGUF tensors make which model-dir tensor (names,
  shapes, fusions, row orders); part_runs: how a fused matrix of mixed formats is kept; write_model_dir: shards
  and index. tabllm.convert (CPython, numpy, the `gguf` package, --quant) executes the same plan on numpy arrays;
- slice_gguf: a GGUF whose matrices the kernels read as they are (no --quant) -> a model dir by slicing its
  bytes: rows reordered / concatenated as the plan says, Q4_0 / Q4_1 / Q8_0 blocks split into payload words and
  f16 scales widened to f32 (struct: exact), F16 vectors widened to f32. Byte-identical to convert.convert_gguf
  (tests/test_convert.py checks the shards' sha256).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import struct
import tempfile
from collections import Counter
from pathlib import Path

from .conversation import END_OF_TURN_TOKENS, ChatTemplate  # recorded as eos_token_ids too
from .errors import ModelFormatError, TabllmError, TemplateError, UnsupportedModelError
from .weights import FORMAT_VERSION, GGUF_BLOCKS, MAX_SHARD_BYTES, TENSOR_ALIGN, row_words

SUPPORTED_ARCHITECTURES = ("llama", "qwen2", "qwen3", "phi3", "gemma3", "gpt2")
# the GGUF tensors that are RoPE frequency factors, read into config.json's rope_scaling (not weights)
ROPE_TENSORS = ("rope_freqs.weight", "rope_factors_long.weight", "rope_factors_short.weight")
# Chat templates of families whose GGUFs often lack one (base models): app/py/tabllm/templates/
FAMILY_TEMPLATES = {"gemma3": "gemma3.jinja"}

# GGML type name -> (our kind, block bytes, header bytes before the payload): blocks split into payload words
# and f32 scales (split_blocks)
SPLIT_TYPES = {
    "Q4_0": ("q4_0", 18, 2),  # f16 d, 16 bytes of nibbles
    "Q4_1": ("q4_1", 20, 4),  # f16 d, f16 m, 16 bytes of nibbles
    "Q8_0": ("q8_0", 34, 2),  # f16 d, 32 int8
}
BLOCK = 32
# GGML type -> our format holding its blocks as they are (rows zero-padded to a u32 word)
KEPT_TYPES = {"Q2_K": "q2_k", "Q3_K": "q3_k", "Q4_K": "q4_k", "Q5_K": "q5_k", "Q6_K": "q6_k", "Q5_0": "q5_0", "Q5_1": "q5_1",
              "IQ4_NL": "iq4_nl", "IQ4_XS": "iq4_xs"}
# GGML type -> our format holding the values' bits as they are (two per u32 word)
BITS_TYPES = {"F16": "f16", "BF16": "bf16"}
READ_TYPES = (*SPLIT_TYPES, *KEPT_TYPES, *BITS_TYPES)  # every matrix type the kernels read without --quant

# GGML type id -> (name, elements a block, bytes a block) (ggml.h; gguf.constants.GGML_QUANT_SIZES)
GGML_TYPES = {0: ("F32", 1, 4), 1: ("F16", 1, 2), 2: ("Q4_0", 32, 18), 3: ("Q4_1", 32, 20), 6: ("Q5_0", 32, 22),
              7: ("Q5_1", 32, 24), 8: ("Q8_0", 32, 34), 9: ("Q8_1", 32, 40), 10: ("Q2_K", 256, 84), 11: ("Q3_K", 256, 110),
              12: ("Q4_K", 256, 144), 13: ("Q5_K", 256, 176), 14: ("Q6_K", 256, 210), 15: ("Q8_K", 256, 292),
              16: ("IQ2_XXS", 256, 66), 17: ("IQ2_XS", 256, 74), 18: ("IQ3_XXS", 256, 98), 19: ("IQ1_S", 256, 50),
              20: ("IQ4_NL", 32, 18), 21: ("IQ3_S", 256, 110), 22: ("IQ2_S", 256, 82), 23: ("IQ4_XS", 256, 136),
              24: ("I8", 1, 1), 25: ("I16", 1, 2), 26: ("I32", 1, 4), 27: ("I64", 1, 8), 28: ("F64", 1, 8),
              29: ("IQ1_M", 256, 56), 30: ("BF16", 1, 2), 34: ("TQ1_0", 256, 54), 35: ("TQ2_0", 256, 66),
              39: ("MXFP4", 32, 17)}


# ----------------------------------------------------------------------------------------------
# Reading a GGUF (header, metadata, tensor table) with struct

# GGUF metadata value type -> struct format (8: string, 9: array are read apart)
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}


class GGUFTensor:
    """One tensor of a GGUF: name, type_name (GGML's, e.g. "Q4_K"), shape (rows first, as numpy has it; GGUF lists
    dims fastest first), nbytes, and raw() its bytes (a memoryview of the file's)."""

    def __init__(self, name, type_name, shape, nbytes, data):
        self.name, self.type_name, self.shape, self.nbytes, self._data = name, type_name, shape, nbytes, data

    @property
    def n_elements(self) -> int:
        return math.prod(self.shape)

    def raw(self) -> memoryview:
        return self._data


class GGUFFile:
    """A GGUF's metadata {key: str / int / float / bool / list} and tensors {name: GGUFTensor}, in file order."""

    def __init__(self, meta: dict, tensors: dict):
        self.meta, self.tensors = meta, tensors


def read_gguf(data, where="the file") -> GGUFFile:
    """Parse a GGUF (v2 / v3) held in `data` (bytes, a bytearray, mmap or memoryview); `where` names it in errors.
    A damaged file (truncated, a bad count) is a ModelFormatError saying so."""
    buf = memoryview(data).cast("B") if not isinstance(data, memoryview) else data.cast("B")
    if bytes(buf[:4]) != b"GGUF":
        raise ModelFormatError(f"{where} is not a GGUF file (it starts with {bytes(buf[:4])!r}, not b'GGUF')")
    pos = 4

    def truncated():
        raise ModelFormatError(f"{where} is truncated or corrupt: it is not a complete GGUF file ({len(buf)} bytes); "
                               "download or export it again")

    def take(fmt):  # one value (or, with a count in fmt, a tuple of them) at pos
        nonlocal pos
        size = struct.calcsize(fmt)
        if pos + size > len(buf):
            truncated()
        values = struct.unpack_from(fmt, buf, pos)
        pos += size
        return values[0] if len(values) == 1 and not fmt[1:-1].isdigit() else values

    def string():
        nonlocal pos
        n = take("<Q")
        if pos + n > len(buf):
            truncated()
        text = bytes(buf[pos:pos + n])
        pos += n
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ModelFormatError(f"{where} has corrupt metadata (a string that is not UTF-8: {e})") from None

    def value(vtype):
        if vtype == 8:
            return string()
        if vtype == 9:
            item, n = take("<I"), take("<Q")
            if item in _SCALARS:  # one unpack for the whole array
                return list(take(f"<{n}{_SCALARS[item][1]}")) if n else []
            return [value(item) for _ in range(n)]
        if vtype not in _SCALARS:
            raise ModelFormatError(f"{where} has corrupt metadata (value type {vtype})")
        return take(_SCALARS[vtype])

    version = take("<I")
    if version not in (2, 3):
        raise ModelFormatError(f"{where} is GGUF version {version}; tabllm reads versions 2 and 3 (re-export it with a "
                               "current llama.cpp)")
    n_tensors, n_kv = take("<Q"), take("<Q")
    meta = {}
    for _ in range(n_kv):
        key = string()
        meta[key] = value(take("<I"))
    table = []
    for _ in range(n_tensors):
        name = string()
        dims = [take("<Q") for _ in range(take("<I"))]
        type_id, offset = take("<I"), take("<Q")
        table.append((name, dims, type_id, offset))
    align = int(meta.get("general.alignment", 32))
    start = -(-pos // align) * align
    tensors = {}
    for name, dims, type_id, offset in table:
        type_name, elements, block_bytes = GGML_TYPES.get(type_id, (f"type {type_id}", 1, 0))
        count = math.prod(dims)
        nbytes = count // elements * block_bytes
        begin = start + offset
        if begin + nbytes > len(buf):
            raise ModelFormatError(f"{where} is truncated: tensor {name} needs bytes up to {begin + nbytes}, the file has "
                                   f"{len(buf)}; download or export it again")
        tensors[name] = GGUFTensor(name, type_name, tuple(reversed(dims)), nbytes, buf[begin:begin + nbytes])
    return GGUFFile(meta, tensors)


def model_name(gguf_path) -> str:
    """Model name from the file name: "SmolLM2-135M-Instruct.Q4_1.gguf" -> "SmolLM2-135M-Instruct"."""
    stem = Path(gguf_path).stem
    return re.sub(r"[.\-_](?:[QqFf]\d+(?:_[A-Za-z0-9]+)*|[Bb][Ff]16)$", "", stem) or stem


# ----------------------------------------------------------------------------------------------
# config.json

def f32_value(x) -> float:
    """A float32 as the shortest decimal that reads back as the same float32 (GGUF stores eps / theta as float32:
    9.999999747e-06 -> 1e-05; numpy's str(np.float32(x)) gives the same)."""
    want = struct.pack("<f", x)
    if not math.isfinite(x):
        return float(x)
    for digits in range(1, 10):
        text = f"{struct.unpack('<f', want)[0]:.{digits}g}"
        if struct.pack("<f", float(text)) == want:
            return float(text)
    return struct.unpack("<f", want)[0]


def vector_f32(t: GGUFTensor, size: int) -> bytes:
    """A vector (norm weight, bias, GPT-2's position table flattened) as f32 [size] bytes, F16 and BF16 widened
    exactly."""
    if t.type_name not in ("F32", "F16", "BF16"):
        raise UnsupportedModelError(f"tensor {t.name} has type {t.type_name}; vectors must be F32, F16 or BF16")
    if t.n_elements != size:
        raise ModelFormatError(f"tensor {t.name} has {t.n_elements} elements, expected {size}")
    raw = t.raw()
    if t.type_name == "F32":
        return bytes(raw)
    if t.type_name == "F16":
        return f16_to_f32(raw)
    out = bytearray(4 * size)  # bf16: the top halves of f32s
    out[2::4] = raw[0::2]
    out[3::4] = raw[1::2]
    return bytes(out)


def f16_to_f32(raw) -> bytes:
    """Little-endian f16 bytes -> f32 bytes (exact)."""
    n = len(raw) // 2
    return struct.pack(f"<{n}f", *struct.unpack(f"<{n}e", raw))


def same_data(tensors, a, b) -> bool:
    return a in tensors and b in tensors and tensors[a].type_name == tensors[b].type_name and tensors[a].raw() == tensors[b].raw()


def build_config(meta: dict, tensors: dict, file_name: str, source_sha256: str) -> dict:
    """config.json from a GGUF's metadata and tensor table ({name: GGUFTensor})."""
    arch = meta.get("general.architecture")
    if arch not in SUPPORTED_ARCHITECTURES:
        raise UnsupportedModelError(
            f"model architecture {arch!r} is not supported; supported: {', '.join(SUPPORTED_ARCHITECTURES)}"
        )

    def hp(key, default=None):
        value = meta.get(f"{arch}.{key}", default)
        if value is None:
            raise ModelFormatError(f"{file_name} lacks the hyperparameter {arch}.{key}")
        if isinstance(value, list):
            raise UnsupportedModelError(f"per-layer values of {arch}.{key} are not supported")
        return value

    hidden = int(hp("embedding_length"))
    heads = int(hp("attention.head_count"))
    if heads < 1:  # (the default head_dim divides by it)
        raise ModelFormatError(f"{file_name}: {arch}.attention.head_count is {heads}, it must be at least 1")
    head_dim = int(hp("attention.key_length", hidden // heads))
    rope_dim = int(hp("rope.dimension_count", head_dim))
    if rope_dim != head_dim and (arch != "phi3" or rope_dim % 2 or not 0 < rope_dim < head_dim):
        raise UnsupportedModelError(f"partial rotary embeddings (rope.dimension_count {rope_dim} of head_dim {head_dim}) "
                                    "are supported for phi3 only")
    rope_scaling = rope_scaling_config(meta, tensors, arch, rope_dim, hp)
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
                  "query_pre_attn_scalar": head_dim, "embed_scale": math.sqrt(hidden)}
    return {
        "format_version": FORMAT_VERSION,
        "architecture": arch,
        "name": model_name(file_name),
        "vocab_size": int(meta.get(f"{arch}.vocab_size", len(tokens))),
        "hidden_size": hidden,
        "intermediate_size": int(hp("feed_forward_length")),
        "num_layers": int(hp("block_count")),
        "num_heads": heads,
        "num_kv_heads": int(hp("attention.head_count_kv", heads)),
        "head_dim": head_dim,
        "rope_theta": f32_value(hp("rope.freq_base", 10000.0)),
        "rope_scaling": rope_scaling,
        "rms_norm_eps": f32_value(hp("attention.layer_norm_epsilon" if arch == "gpt2" else "attention.layer_norm_rms_epsilon")),
        "context_length": int(hp("context_length")),
        # llama.cpp writes GPT-2's tied embedding a second time as output.weight
        "tie_word_embeddings": "output.weight" not in tensors or (arch == "gpt2" and same_data(tensors, "output.weight", "token_embd.weight")),
        "qkv_bias": "blk.0.attn_q.bias" in tensors,
        "bos_token_id": None if bos is None else int(bos),
        "eos_token_ids": eos_ids if eos is not None else [],
        "pad_token_id": None if pad is None else int(pad),
        "add_bos_token": bool(meta.get("tokenizer.ggml.add_bos_token", False)),
        "chat_template": template,
        "quantization": {},  # filled in once the matrices are known
        "source": {"kind": "gguf", "file": Path(file_name).name, "sha256": source_sha256},
        **family,
    }


def _rope_factors(tensors, name, rope_dim) -> list:
    n = rope_dim // 2
    return list(struct.unpack(f"<{n}f", vector_f32(tensors[name], n)))


def rope_scaling_config(meta: dict, tensors: dict, arch: str, rope_dim: int, hp):
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
            scaling["attention_factor"] = f32_value(meta[f"{arch}.rope.scaling.attn_factor"])
        return scaling
    if kind == "none":
        return None
    if kind == "linear":
        return {"rope_type": "linear", "factor": f32_value(hp("rope.scaling.factor"))}
    if kind == "yarn":
        attn = meta.get(f"{arch}.rope.scaling.attn_factor", meta.get(f"{arch}.rope.scaling.yarn_attn_factor", 1.0))
        if f32_value(attn) != 1.0 or meta.get(f"{arch}.rope.scaling.yarn_log_multiplier"):
            raise UnsupportedModelError("YaRN with an attention factor or log multiplier of its own is not supported")
        scaling = {"rope_type": "yarn", "factor": f32_value(hp("rope.scaling.factor")),
                   "original_max_position_embeddings": int(hp("rope.scaling.original_context_length"))}
        for key in ("beta_fast", "beta_slow"):
            if meta.get(f"{arch}.rope.scaling.yarn_{key}") is not None:
                scaling[key] = f32_value(meta[f"{arch}.rope.scaling.yarn_{key}"])
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
# Row orders (pure reorderings: quantized blocks stay bit-exact)


def unpermute_order(n: int, n_head: int) -> list:
    """The source row of each row when undoing llama.cpp's Q/K row permutation of n rows of n_head heads.

    llama.cpp stores row (h, i, j) of a head as (h, j, i) with shape (n_head, 2, hd/2) -> (n_head, hd/2, 2), so
    rotary pairs are adjacent; row (h, i, j) of HF's half-split layout is stored row h * hd + 2 j + i."""
    hd = n // n_head
    half = hd // 2
    return [h * hd + 2 * j + i for h in range(n_head) for i in range(2) for j in range(half)]


def rotary_row_order(heads: int, hd: int, rope_dim: int) -> list:
    """Row order of `heads` q (or k) heads of hd rows for partial rotary embeddings (rope_dim < hd): each head
    as [rotated first half, unrotated first half, rotated second half, unrotated second half], so that the
    runtime's pairs (i, i + hd/2) are HF's rotate_half pairs (i, i + rope_dim/2) for i < rope_dim/2 and
    unrotated dimensions after (models/llama.py rope_tables). Scores are unchanged: q and k are reordered
    alike."""
    half, r2 = hd // 2, rope_dim // 2
    within = [*range(r2), *(rope_dim + k for k in range(half - r2)), *(r2 + k for k in range(r2)),
              *(rope_dim + half - r2 + k for k in range(half - r2))]
    return [h * hd + w for h in range(heads) for w in within]


def qkv_row_order(config: dict):
    """The order of a qkv matrix's rows (q | k | v) for partial rotary embeddings; None where every dimension rotates."""
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    rope_dim = config.get("rope_dim") or hd
    if rope_dim == hd:
        return None
    return [*rotary_row_order(H, hd, rope_dim), *(H * hd + r for r in rotary_row_order(Hkv, hd, rope_dim)),
            *range((H + Hkv) * hd, (H + 2 * Hkv) * hd)]


# ----------------------------------------------------------------------------------------------
# The tensor plan: which GGUF tensors make which model-dir tensor

def tensor_plan(config: dict):
    """The model dir's tensors in file order (embed, layers, final norm, lm_head), as steps:
        ("layer", i)                                        (progress: layer i starts)
        ("vector", name, [(gguf name, size)], shape)        an f32 vector: the sources' values concatenated
                                                            (norms, biases); shape: a 2-D shape or None
        ("matrix", base, role, [(gguf name, rows, cols, permute heads)], row order)
                                                            a matrix: its sources' rows concatenated (qkv, gate_up;
                                                            permute heads: undo llama.cpp's Q/K permutation of that
                                                            many heads, or None); role "embed" or "linear" (which
                                                            --quant kind); row order: a list, or None
        ("done", also known)                                every GGUF tensor must have been used, but these."""
    if config["architecture"] == "gpt2":
        yield from _gpt2_plan(config)
        return
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    permuted = config["architecture"] == "llama"  # llama.cpp permutes the Q/K rows of Llama models only
    gemma = config["architecture"] == "gemma3"  # + q/k norms and norms after attention and FFN
    phi3 = config["architecture"] == "phi3"  # qkv and gate | up (as ffn_up) already fused, in our row order
    yield ("matrix", "embed", "embed", [("token_embd.weight", V, D, None)], None)
    for i in range(config["num_layers"]):
        yield ("layer", i)
        p, b = f"blk.{i}.", f"layers.{i}."
        yield ("vector", b + "attn_norm", [(p + "attn_norm.weight", D)], None)
        if phi3:  # (partial rotary embeddings: Phi-4-mini)
            yield ("matrix", b + "qkv", "linear", [(p + "attn_qkv.weight", (H + 2 * Hkv) * hd, D, None)], qkv_row_order(config))
        else:
            yield ("matrix", b + "qkv", "linear", [(p + "attn_q.weight", H * hd, D, H if permuted else None),
                                                   (p + "attn_k.weight", Hkv * hd, D, Hkv if permuted else None),
                                                   (p + "attn_v.weight", Hkv * hd, D, None)], None)
        if gemma or config.get("qk_norm"):
            yield ("vector", b + "q_norm", [(p + "attn_q_norm.weight", hd)], None)
            yield ("vector", b + "k_norm", [(p + "attn_k_norm.weight", hd)], None)
        if config.get("qkv_bias"):
            yield ("vector", b + "qkv_bias", [(p + "attn_q.bias", H * hd), (p + "attn_k.bias", Hkv * hd),
                                              (p + "attn_v.bias", Hkv * hd)], None)
        yield ("matrix", b + "o", "linear", [(p + "attn_output.weight", D, H * hd, None)], None)
        if gemma:
            yield ("vector", b + "post_attn_norm", [(p + "post_attention_norm.weight", D)], None)
        yield ("vector", b + "ffn_norm", [(p + "ffn_norm.weight", D)], None)
        if phi3:
            yield ("matrix", b + "gate_up", "linear", [(p + "ffn_up.weight", 2 * F, D, None)], None)
        else:
            yield ("matrix", b + "gate_up", "linear", [(p + "ffn_gate.weight", F, D, None), (p + "ffn_up.weight", F, D, None)], None)
        yield ("matrix", b + "down", "linear", [(p + "ffn_down.weight", D, F, None)], None)
        if gemma:
            yield ("vector", b + "post_ffn_norm", [(p + "post_ffw_norm.weight", D)], None)
    yield ("vector", "final_norm", [("output_norm.weight", D)], None)
    if not config["tie_word_embeddings"]:
        yield ("matrix", "lm_head", "linear", [("output.weight", V, D, None)], None)
    yield ("done", ROPE_TENSORS)  # (read into config.json's rope_scaling)


def _gpt2_plan(config: dict):
    """GPT-2: LayerNorms with bias, fused qkv with bias, biased output / up / down, learned positions."""
    D, F, V, P = config["hidden_size"], config["intermediate_size"], config["vocab_size"], config["context_length"]

    def norm(base, name):
        yield ("vector", base, [(name + ".weight", D)], None)
        yield ("vector", base + "_bias", [(name + ".bias", D)], None)

    def linear_with_bias(base, name, rows, cols):
        yield ("matrix", base, "linear", [(name + ".weight", rows, cols, None)], None)
        yield ("vector", base + "_bias", [(name + ".bias", rows)], None)

    yield ("matrix", "embed", "embed", [("token_embd.weight", V, D, None)], None)
    yield ("vector", "pos_embed", [("position_embd.weight", P * D)], (P, D))
    for i in range(config["num_layers"]):
        yield ("layer", i)
        p, b = f"blk.{i}.", f"layers.{i}."
        yield from norm(b + "attn_norm", p + "attn_norm")
        yield from linear_with_bias(b + "qkv", p + "attn_qkv", 3 * D, D)
        yield from linear_with_bias(b + "o", p + "attn_output", D, D)
        yield from norm(b + "ffn_norm", p + "ffn_norm")
        yield from linear_with_bias(b + "up", p + "ffn_up", F, D)
        yield from linear_with_bias(b + "down", p + "ffn_down", D, F)
    yield from norm("final_norm", "output_norm")
    if not config["tie_word_embeddings"]:
        yield ("matrix", "lm_head", "linear", [("output.weight", V, D, None)], None)
    yield ("done", ("output.weight",))


def part_runs(kinds: list):
    """A fused matrix whose sources have different formats `kinds` (carried as the GGUF holds them): the runs
    [(first, end)] of one format each, kept as separate matrices `{base}.part{first}` (lowering.RowParts), where
    one of the formats is kept as GGUF's blocks or bits (folding into a common format would grow the file: Q5_0 as
    Q8_0; nothing but f32 holds Q4_K and Q6_K exactly); None where none is (Q4_0 next to Q8_0: folded or refused)."""
    if not any(kind in GGUF_BLOCKS or kind in ("bf16", "f16") for kind in kinds):
        return None
    runs, first = [], 0
    for k in range(1, len(kinds) + 1):
        if k == len(kinds) or kinds[k] != kinds[first]:
            runs.append((first, k))
            first = k
    return runs


class TensorTaker:
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


# ----------------------------------------------------------------------------------------------
# Slicing: the plan executed on bytes (no --quant)


class Rows:
    """A C-order little-endian array held as bytes: dtype ("u32" / "f32"), shape (rows first) and data."""

    def __init__(self, dtype: str, shape: tuple, data):
        self.dtype, self.shape, self.data = dtype, tuple(shape), data

    @property
    def row_bytes(self) -> int:
        return len(self.data) // self.shape[0]

    def take(self, order) -> "Rows":
        """The rows in `order` (a list of row indices; None: as they are)."""
        if order is None:
            return self
        n = self.row_bytes
        view = memoryview(self.data)
        return Rows(self.dtype, (len(order), *self.shape[1:]), b"".join(view[r * n:(r + 1) * n] for r in order))

    @staticmethod
    def concat(parts: list) -> "Rows":
        if len(parts) == 1:
            return parts[0]
        return Rows(parts[0].dtype, (sum(p.shape[0] for p in parts), *parts[0].shape[1:]), b"".join(p.data for p in parts))


def matrix_rows(t: GGUFTensor, rows: int, cols: int, permute_heads=None):
    """One GGUF matrix the kernels read as it is -> (kind, {"q": Rows, "scale": Rows(, "min")}): Q4_0 / Q4_1 / Q8_0
    blocks split into payload words and f16 header fields widened to f32 (split_blocks' layout); KEPT_TYPES rows as
    they are, zero-padded to a whole u32 word; F16 / BF16 bits as they are. permute_heads: undo llama.cpp's Q/K row
    permutation. Other types are refused (the CPython converter's --quant re-quantizes them)."""
    if t.shape != (rows, cols):
        raise ModelFormatError(f"tensor {t.name} has shape {list(t.shape)}, expected [{rows}, {cols}]")
    ggml, raw = t.type_name, t.raw()
    order = None if permute_heads is None else unpermute_order(rows, permute_heads)
    if ggml in BITS_TYPES:
        return BITS_TYPES[ggml], {"q": Rows("u32", (rows, cols // 2), raw).take(order)}
    if ggml in SPLIT_TYPES:
        kind, block_bytes, header = SPLIT_TYPES[ggml]
        blocks = rows * (cols // BLOCK)
        payload = block_bytes - header
        q = bytearray(blocks * payload)
        for j in range(payload):  # byte j of every block's payload (strided copies in C)
            q[j::payload] = raw[header + j::block_bytes]
        out = {"q": Rows("u32", (rows, cols // BLOCK * payload // 4), q).take(order)}
        for name, at in (("scale", 0), ("min", 2))[: header // 2]:
            h = bytearray(2 * blocks)
            h[0::2] = raw[at::block_bytes]
            h[1::2] = raw[at + 1::block_bytes]
            out[name] = Rows("f32", (rows, cols // BLOCK), f16_to_f32(h)).take(order)
        return kind, out
    if ggml in KEPT_TYPES:
        kind = KEPT_TYPES[ggml]
        elements, nbytes = GGUF_BLOCKS[kind]
        if cols % elements:  # (GGUF's rows are whole blocks: a damaged file)
            raise ModelFormatError(f"tensor {t.name} is {ggml} with {cols} columns, not whole blocks")
        src, dst = cols // elements * nbytes, row_words(kind, cols) * 4
        if src == dst:
            q = raw
        else:  # each row padded to a whole u32 word
            pad = bytes(dst - src)
            q = b"".join(piece for r in range(rows) for piece in (raw[r * src:(r + 1) * src], pad))
        return kind, {"q": Rows("u32", (rows, dst // 4), q).take(order)}
    raise UnsupportedModelError(
        f"tensor {t.name} has type {ggml}, which tabllm's kernels do not read (they read {', '.join(READ_TYPES)}); "
        "convert it with the tabllm command line's --quant (e.g. tabllm convert model.gguf out --quant q8f32) to "
        "re-quantize it"
    )


def sliced_items(tensors: dict, config: dict, say):
    """tensor_plan executed on bytes: ("f32", name, Rows) and ("quant", base, kind, {suffix: Rows}, None) items
    for write_model_dir."""
    get = TensorTaker(tensors)
    for step in tensor_plan(config):
        if step[0] == "layer":
            say(f"layer {step[1] + 1}/{config['num_layers']}")
        elif step[0] == "vector":
            _, name, sources, shape = step
            data = b"".join(vector_f32(get(src), size) for src, size in sources)
            yield ("f32", name, Rows("f32", shape or (len(data) // 4,), data))
        elif step[0] == "matrix":
            _, base, _, sources, order = step
            mats = [matrix_rows(get(src), rows, cols, heads) for src, rows, cols, heads in sources]
            kinds = [kind for kind, _ in mats]
            if len(set(kinds)) == 1:
                runs, name = [(0, len(mats))], lambda first: base
            else:
                runs, name = part_runs(kinds), lambda first: f"{base}.part{first}"
                if runs is None:
                    names = ", ".join(f"{src}={get(src).type_name}" for src, *_ in sources)
                    raise UnsupportedModelError(
                        f"{base} fuses tensors of different quant types ({names}); convert it with the tabllm command "
                        "line's --quant to re-quantize them to one type")
            for first, end in runs:
                blocks = {key: Rows.concat([b[key] for _, b in mats[first:end]]).take(order) for key in mats[first][1]}
                yield ("quant", name(first), kinds[first], blocks, None)
        else:
            get.check_all_used(also_known=step[1])


# ----------------------------------------------------------------------------------------------
# Writing a model directory


class ShardWriter:
    """Appends tensors to shard files of at most `limit` bytes, each tensor 256-byte aligned; hashes
    shards as they are written. A tensor that fits the limit lies whole in one shard; a larger one is
    cut into row ranges ("parts"), each whole in its own shard (docs/model-format.md)."""

    def __init__(self, weights_dir: Path, limit: int, say):
        self.dir, self.limit, self.say = weights_dir, limit, say
        self.shards, self.tensors = [], {}
        self._file = None

    def add(self, name: str, dtype: str, shape: tuple, data):
        """data: the tensor's bytes (C order, little-endian), a bytes-like object."""
        data = memoryview(data).cast("B")
        entry = {"dtype": dtype, "shape": list(shape), "nbytes": len(data)}
        if len(data) <= self.limit:
            entry.update(self._place(data))
        else:
            row_bytes = len(data) // shape[0]
            rows_per_part = self.limit // row_bytes
            if len(shape) < 2 or rows_per_part == 0:
                raise UnsupportedModelError(f"tensor {name} ({len(data)} bytes) cannot be cut into shards of {self.limit} bytes")
            step = rows_per_part * row_bytes
            entry["parts"] = [self._place(data[r:r + step]) for r in range(0, len(data), step)]
        self.tensors[name] = entry

    def _place(self, data) -> dict:
        """Write data into the current shard (or a new one when it does not fit); where it went."""
        offset = -(-self._size // TENSOR_ALIGN) * TENSOR_ALIGN if self._file else 0
        if self._file is None or offset + len(data) > self.limit:
            self._next_shard()
            offset = 0
        self._write(b"\0" * (offset - self._size))
        self._write(data)
        return {"shard": len(self.shards) - 1, "offset": offset, "nbytes": len(data)}

    def _next_shard(self):
        self.close()
        name = f"shard-{len(self.shards):05d}.bin"
        self.shards.append({"file": name, "size": 0, "sha256": None})
        self._file = open(self.dir / name, "wb")
        self._hash = hashlib.sha256()
        self._size = 0

    def _write(self, data):
        self._file.write(data)
        self._hash.update(data)
        self._size += len(data)

    def close(self):
        if self._file is not None:
            self._file.close()
            self._file = None
            self.shards[-1].update(size=self._size, sha256=self._hash.hexdigest())
            self.say(f"wrote {self.shards[-1]['file']} ({self._size / 2**20:.1f} MiB)")


def prepare_out_dir(out_dir: Path):
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


def _as_rows(array) -> Rows:
    """A numpy array (the CPython converters' items) or Rows as Rows."""
    if isinstance(array, Rows):
        return array
    import numpy as np

    array = np.ascontiguousarray(array)
    dtype = {np.dtype("<u4"): "u32", np.dtype("<f4"): "f32"}[array.dtype]
    return Rows(dtype, array.shape, memoryview(array).cast("B"))


def write_model_dir(out_dir: Path, config: dict, tokenizer_json: str, items, say, shard_limit=MAX_SHARD_BYTES):
    """Write a model directory atomically from tensor items (arrays: numpy arrays or Rows):
        ("f32", name, array)                     a vector stored as f32 (norms, biases)
        ("quant", base, kind, blocks, original) a matrix as split_blocks returns it ({"q", "scale"(, "min")});
                                                 original: its f32 values before quantization, or None
                                                 when the blocks were carried exactly
    The directory is written into a temporary sibling and renamed into place at the end, so a crash or a
    Ctrl-C never leaves a half-written model dir that would later be loaded.
    config["quantization"] gets the kinds used and the error quantization introduced per tensor kind."""
    from .quantize import ErrorReport  # (numpy only for items with an original)

    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        os.chmod(tmp, 0o755)
        (tmp / "weights").mkdir()
        writer = ShardWriter(tmp / "weights", shard_limit, say)
        quant, errors = {}, ErrorReport()
        try:
            for item in items:
                if item[0] == "f32":
                    rows = _as_rows(item[2])
                    writer.add(item[1], rows.dtype, rows.shape, rows.data)
                    continue
                _, base, kind, blocks, original = item
                quant[base] = kind
                errors.add(base, kind, blocks, original)
                for suffix, array in blocks.items():
                    rows = _as_rows(array)
                    writer.add(f"{base}.{suffix}", rows.dtype, rows.shape, rows.data)
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
# The slicing converter (the page)


def slice_gguf(gguf_path, out_dir, progress=None, *, shard_limit=MAX_SHARD_BYTES) -> Path:
    """A GGUF file -> a model directory by slicing (no numpy, no --quant): what convert.convert_gguf writes for
    the same file without --quant, byte for byte. Types the kernels do not read, an architecture tabllm does not
    know, or a SentencePiece vocabulary (its tokenizer.json needs transformers) are clear errors.
    progress: optional callable taking one str message per step. Returns out_dir."""
    from .tokenizer import tokenizer_json_from_gguf

    say = progress or (lambda message: None)
    gguf_path, out_dir = Path(gguf_path), Path(out_dir)
    if not gguf_path.is_file():
        raise ModelFormatError(f"model file not found: {gguf_path}")
    say(f"reading {gguf_path.name}")
    with open(gguf_path, "rb") as f:
        data = f.read()
    gguf = read_gguf(data, gguf_path.name)
    if gguf.meta.get("tokenizer.ggml.model") == "llama":
        raise UnsupportedModelError(f"{gguf_path.name} has a SentencePiece vocabulary, whose tokenizer.json only the tabllm "
                                    "command line builds (tabllm convert): open the model directory it writes instead")
    prepare_out_dir(out_dir)
    config = build_config(gguf.meta, gguf.tensors, gguf_path.name, hashlib.sha256(data).hexdigest())
    tokenizer_json = tokenizer_json_from_gguf(gguf.meta)
    add_template_end_of_turn(config, tokenizer_json)
    write_model_dir(out_dir, config, tokenizer_json, sliced_items(gguf.tensors, config, say), say, shard_limit)
    say(f"converted {gguf_path.name} -> {out_dir}")
    return out_dir
