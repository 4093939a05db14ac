"""The tabllm model directory: reading config, index and weight shards (docs/model-format.md).

A model dir holds config.json, tokenizer.json and weights/ (index.json + shard-NNNNN.bin). Every
tensor is one contiguous little-endian array inside one shard; quantized matrices are split into
`.q` (u32 block payload words), `.scale` and (q4_1) `.min` (f32, one per 32-element block);
unquantized ones (f16, f32) are `.q` alone: the values' bits, two f16 or one f32 per u32 word.
"""

from __future__ import annotations  # np.ndarray annotations without numpy (the page)

import hashlib
import json
import math
import re
import sys
from pathlib import Path

try:
    import numpy as np
except ImportError:  # the page (Pyodide's core has no numpy) only reads config.json and index.json here
    np = None

from .errors import ModelFormatError

FORMAT_VERSION = 1
MAX_SHARD_BYTES = 32 * 1024 * 1024  # browser-friendly fetch size
TENSOR_ALIGN = 256  # byte alignment of every tensor inside its shard (GPU copy offsets)
BLOCK = 32  # elements per quantization block (all supported kinds)
# matrix format -> (u32 payload words per 32 elements of a row, has .scale, has .min)
MATRIX_FORMATS = {
    "q4_0": (4, True, False),
    "q4_1": (4, True, True),
    "q8_0": (8, True, False),
    "f16": (16, False, False),
    "f32": (32, False, False),
    "bf16": (16, False, False),  # GGUF's / HF's bf16 as they are: f16's layout (two per u32, the low half first)
    # GGUF's k-quant blocks as they are (superblocks of 256 elements, headers and all; see KQUANTS)
    "q2_k": (None, False, False),
    "q3_k": (None, False, False),
    "q4_k": (None, False, False),
    "q5_k": (None, False, False),
    "q6_k": (None, False, False),
    "q5_0": (None, False, False),  # GGUF's Q5_0 / Q5_1 blocks as they are (see GGUF_BLOCKS)
    "q5_1": (None, False, False),
    "iq4_nl": (None, False, False),  # GGUF's IQ4_NL blocks as they are: d * IQ4_NL_VALUES[nibble]
    "iq4_xs": (None, False, False),  # GGUF's IQ4_XS blocks as they are: IQ4_NL's values, 6-bit scales per 32
}
QUANT_KINDS = tuple(MATRIX_FORMATS)
UNQUANTIZED = ("f16", "f32")
# k-quant format -> bytes of one GGUF block of KQUANT_BLOCK elements. A row of cols elements is its cols / 256
# blocks' bytes in GGUF order, then zero bytes up to a whole u32 word (q6_k with an odd block count: 2 bytes),
# so converting is slicing; cols must be a multiple of 256.
KQUANT_BLOCK = 256
KQUANTS = {"q2_k": 84, "q3_k": 110, "q4_k": 144, "q5_k": 176, "q6_k": 210}
# every format stored as GGUF's blocks (rows of whole blocks, zero-padded to a u32 word): (elements, bytes) a block
GGUF_BLOCKS = {**{fmt: (KQUANT_BLOCK, nbytes) for fmt, nbytes in KQUANTS.items()}, "q5_0": (BLOCK, 22), "q5_1": (BLOCK, 24),
               "iq4_nl": (BLOCK, 18), "iq4_xs": (KQUANT_BLOCK, 136)}
IQ4_NL_VALUES = (-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113)  # llama.cpp kvalues_iq4nl


def row_words(fmt: str, cols: int) -> int:
    """u32 words of one row of `cols` elements of a matrix in format fmt (its .q tensor's second dimension)."""
    if fmt in GGUF_BLOCKS:
        elements, nbytes = GGUF_BLOCKS[fmt]
        return (cols // elements * nbytes + 3) // 4
    return cols // BLOCK * MATRIX_FORMATS[fmt][0]


def matrix_buffers(fmt: str, rows: int, cols: int) -> dict:
    """The GPU buffers of a [rows, cols] matrix in format fmt: {suffix: (dtype, shape)}."""
    words, has_scale, has_min = MATRIX_FORMATS[fmt]
    out = {"q": ("u32", (rows, row_words(fmt, cols)))}
    if has_scale:
        out["scale"] = ("f32", (rows, cols // BLOCK))
    if has_min:
        out["min"] = ("f32", (rows, cols // BLOCK))
    return out

# dtype string in index.json -> numpy dtype (always little-endian on disk)
DTYPES = {"u32": "<u4", "f32": "<f4"}  # strings: this module imports in the page, which has no numpy

REGENERATE_HINT = (
    "re-convert the model (`tabllm convert <model.gguf> <model dir>`), or delete the directory if "
    "it is the cached default model so it is converted again on next use"
)


def sha256_file(path) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks (GGUF sources, site files)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_json(path, missing_message) -> dict:
    """A model-dir JSON file, checked to be of the format version we read."""
    if not path.is_file():
        raise ModelFormatError(missing_message)
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise ModelFormatError(f"{path} is not valid JSON ({e}); {REGENERATE_HINT}") from None
    _check_version(path, obj)
    return obj


# --- Schemas: what the loaders read from config.json and weights/index.json -----------------------
# Checked when a file is read, so that a damaged or hand-edited file is one clear ModelFormatError naming
# the file and the field, never a KeyError or TypeError deep in a plan or a kernel. (No jsonschema: this
# module also runs in the page, whose Pyodide has only the standard library.)


class Field:
    """The expected JSON value of one field: kind "int" (not a bool), "number" (finite), "bool", "str",
    "list" or "object"; low / high: the smallest / largest value allowed (above: values must exceed low);
    choices: the values allowed; items: each element of a list; fields: an object's known keys (others are
    allowed); values: every value of an object used as a map; optional: the key may be absent; null: the
    value may be null."""

    def __init__(self, kind, low=None, high=None, *, above=False, choices=(), items=None, fields=None, values=None,
                 optional=False, null=False):
        self.kind, self.low, self.high, self.above, self.choices = kind, low, high, above, tuple(choices)
        self.items, self.fields, self.values, self.optional, self.null = items, fields, values, optional, null

    def describe(self) -> str:
        if self.choices:
            text = "one of " + ", ".join(map(json.dumps, self.choices))
        else:
            text = {"int": "a whole number", "number": "a number", "bool": "true or false", "str": "a string",
                    "list": "a list", "object": "an object"}[self.kind]
            if self.low is not None and self.high is not None:
                text += f" from {self.low} to {self.high}"
            elif self.low is not None:
                text += f" above {self.low}" if self.above else f" >= {self.low}"
        return text + (" or null" if self.null else "")

    def accepts(self, value) -> bool:
        if value is None:
            return self.null
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        finite = numeric and abs(value) <= sys.float_info.max  # not NaN or inf, and no int too large for a float
        ok = {"int": numeric and isinstance(value, int), "number": finite,
              "bool": isinstance(value, bool), "str": isinstance(value, str), "list": isinstance(value, list),
              "object": isinstance(value, dict)}[self.kind]
        if ok and self.low is not None:
            ok = value > self.low if self.above else value >= self.low
        if ok and self.high is not None:
            ok = value <= self.high
        return ok and (not self.choices or value in self.choices)


def check_fields(obj: dict, fields: dict, where, prefix=""):
    """obj (a dict) against fields {key: Field}; a ModelFormatError naming `where` (the file) and the field."""
    if not isinstance(obj, dict):
        raise ModelFormatError(f"{where}: expected a JSON object, got {type(obj).__name__}; {REGENERATE_HINT}")
    for key, field in fields.items():
        if key not in obj:
            if not field.optional:
                raise ModelFormatError(f"{where}: the field {prefix}{key} is missing; {REGENERATE_HINT}")
            continue
        _check_value(obj[key], field, where, prefix + key)


def _check_value(value, field: Field, where, name):
    if not field.accepts(value):
        shown = json.dumps(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        raise ModelFormatError(f"{where}: {name} must be {field.describe()}, got {shown}; {REGENERATE_HINT}")
    if value is None:
        return
    if field.items is not None:
        for k, item in enumerate(value):
            _check_value(item, field.items, where, f"{name}[{k}]")
    if field.fields is not None:
        check_fields(value, field.fields, where, name + ".")
    if field.values is not None:
        for key, item in value.items():
            _check_value(item, field.values, where, f"{name}[{json.dumps(key)}]")


# Upper bounds keep a damaged size from turning into a buffer of terabytes; each is far above any model
# these kernels run (Gemma 3: 262,144-token vocabulary; Llama 3 405B: 16,384 wide, 53,248 FFN, 126 layers).
MAX_VOCAB = 1 << 21
MAX_WIDTH = 1 << 17  # hidden_size, intermediate_size
MAX_LAYERS = MAX_HEADS = MAX_HEAD_DIM = 1024
TOKEN_ID = Field("int", 0, MAX_VOCAB - 1)
CONFIG_FIELDS = {  # required: what every converter writes; optional: what the loaders read with a default
    "architecture": Field("str"),
    "name": Field("str", optional=True),
    "vocab_size": Field("int", 1, MAX_VOCAB),
    "hidden_size": Field("int", 1, MAX_WIDTH),
    "intermediate_size": Field("int", 1, MAX_WIDTH),
    "num_layers": Field("int", 1, MAX_LAYERS),
    "num_heads": Field("int", 1, MAX_HEADS),
    "num_kv_heads": Field("int", 1, MAX_HEADS),
    "head_dim": Field("int", 1, MAX_HEAD_DIM),
    "rope_theta": Field("number", 0, above=True),
    "rope_dim": Field("int", 2, MAX_HEAD_DIM, optional=True),  # partial rotary embeddings: the rotated dims of a head
    "rope_scaling": Field("object", null=True, optional=True,
                          fields={"rope_type": Field("str", optional=True), "type": Field("str", optional=True)}),
    "rms_norm_eps": Field("number", 0, 1),
    "context_length": Field("int", 1),  # the engine bounds the context it builds (its memory check)
    "tie_word_embeddings": Field("bool"),
    "qkv_bias": Field("bool", optional=True),
    "bos_token_id": Field("int", 0, MAX_VOCAB - 1, null=True, optional=True),
    "eos_token_ids": Field("list", items=TOKEN_ID, optional=True),
    "pad_token_id": Field("int", null=True, optional=True),  # not used by the engine; HF configs may say -1
    "add_bos_token": Field("bool", optional=True),
    "chat_template": Field("str", null=True, optional=True),
    "quantization": Field("object", optional=True, fields={"activations": Field("str", choices=("f16", "f32"), optional=True)}),
    "source": Field("object", optional=True),
}
SLIDING_WINDOW = Field("int", 1, optional=True)  # attention to the last sliding_window positions (Mistral, Phi-3)
ARCHITECTURE_FIELDS = {  # the extra fields a family reads
    "gemma3": {
        "sliding_window": Field("int", 1),
        "rope_local_theta": Field("number", 0, above=True),
        "layer_types": Field("list", items=Field("str", choices=("full_attention", "sliding_attention"))),
        "query_pre_attn_scalar": Field("number", 0, above=True),
        "embed_scale": Field("number", 0, above=True),
    },
    "llama": {"sliding_window": SLIDING_WINDOW},
    "qwen3": {"sliding_window": SLIDING_WINDOW, "qk_norm": Field("bool", choices=(True,))},
    "phi3": {"sliding_window": SLIDING_WINDOW},
}
POSITIVE = Field("number", 0, above=True)
FACTORS = Field("list", items=POSITIVE)  # one per frequency (head_dim / 2): checked against head_dim
ROPE_SCALING_FIELDS = {  # rope_scaling by its rope_type (or type): models/llama.py rope_frequencies
    "default": {},
    "linear": {"factor": POSITIVE},
    "llama3": {"factor": POSITIVE, "low_freq_factor": POSITIVE, "high_freq_factor": POSITIVE,
               "original_max_position_embeddings": POSITIVE},
    "yarn": {"factor": POSITIVE, "original_max_position_embeddings": POSITIVE,
             **{key: Field("number", 0, above=True, null=True, optional=True)
                for key in ("attention_factor", "beta_fast", "beta_slow", "mscale", "mscale_all_dim")},
             "truncate": Field("bool", optional=True)},
    "longrope": {"factor": POSITIVE, "original_max_position_embeddings": POSITIVE, "short_factor": FACTORS,
                 "long_factor": FACTORS, "attention_factor": Field("number", 0, above=True, null=True, optional=True)},
    "freq_factors": {"factors": FACTORS},  # a GGUF's rope_freqs.weight (Llama 3.1 as llama.cpp stores it)
}
PLACEMENT_FIELDS = {"shard": Field("int", 0), "offset": Field("int", 0), "nbytes": Field("int", 0)}
INDEX_FIELDS = {
    # a shard's "file": _check_shard_file (a plain file name inside weights/)
    "shards": Field("list", items=Field("object", fields={"size": Field("int", 0), "sha256": Field("str")})),
    "tensors": Field("object", values=Field("object", fields={
        "dtype": Field("str", choices=tuple(DTYPES)),
        "shape": Field("list", items=Field("int", 0)),
        "nbytes": Field("int", 0),
        **{key: Field("int", 0, optional=True) for key in ("shard", "offset")},
        "parts": Field("list", items=Field("object", fields=PLACEMENT_FIELDS), optional=True),
    })),
    "quant": Field("object", values=Field("str", choices=QUANT_KINDS)),
}


def load_config(model_dir) -> dict:
    """config.json of a model dir, after checking it is a model dir of the format we read and that every
    field the loaders use has the type and range of CONFIG_FIELDS (and its family's ARCHITECTURE_FIELDS)."""
    path = Path(model_dir) / "config.json"
    config = _read_json(path, f"{model_dir} is not a tabllm model directory (no config.json)")
    _check_config(config, path)
    return config


def _check_config(config: dict, where):
    """A ModelFormatError naming `where` and the field unless config has the fields the loaders read, of the
    right type and range, and consistent with each other."""
    check_fields(config, CONFIG_FIELDS, where)
    check_fields(config, ARCHITECTURE_FIELDS.get(config["architecture"], {}), where)

    def refuse(problem):
        raise ModelFormatError(f"{where}: {problem}; {REGENERATE_HINT}")

    if config["num_heads"] % config["num_kv_heads"]:
        refuse(f"num_heads {config['num_heads']} is not a multiple of num_kv_heads {config['num_kv_heads']}")
    ids = [("bos_token_id", config.get("bos_token_id"))] + [("eos_token_ids", i) for i in config.get("eos_token_ids") or ()]
    for name, token_id in ids:
        if token_id is not None and token_id >= config["vocab_size"]:
            refuse(f"{name} holds the token id {token_id}, outside the vocabulary of vocab_size {config['vocab_size']}")
    layer_types = config.get("layer_types")
    if layer_types is not None and len(layer_types) != config["num_layers"]:
        refuse(f"layer_types lists {len(layer_types)} layers, num_layers is {config['num_layers']}")
    scaling = config.get("rope_scaling")
    if scaling:
        kind = scaling.get("rope_type", scaling.get("type"))
        if kind not in ROPE_SCALING_FIELDS:
            refuse(f"rope_scaling of type {kind!r} is not supported (supported: {', '.join(ROPE_SCALING_FIELDS)})")
        check_fields(scaling, ROPE_SCALING_FIELDS[kind], where, "rope_scaling.")
        if kind == "llama3" and scaling["high_freq_factor"] <= scaling["low_freq_factor"]:
            refuse("rope_scaling.high_freq_factor must be above rope_scaling.low_freq_factor")
    rope_dim = config.get("rope_dim") or config["head_dim"]
    if rope_dim % 2 or rope_dim > config["head_dim"]:
        refuse(f"rope_dim {rope_dim} must be even and at most head_dim {config['head_dim']}")
    if scaling:
        for key in ("factors", "short_factor", "long_factor"):
            if key in scaling and len(scaling[key]) != rope_dim // 2:
                refuse(f"rope_scaling.{key} has {len(scaling[key])} values, {rope_dim} rotated dimensions need "
                       f"{rope_dim // 2}")


def read_index(model_dir) -> dict:
    """weights/index.json: {"format_version", "shards": [{file, size, sha256}],
    "tensors": {name: {shard, offset, nbytes, dtype, shape}}, "quant": {matrix base name: kind}}, checked
    against INDEX_FIELDS, for placements that fit their shards, and against config.json: every tensor the
    format defines (docs/model-format.md) has the shape the config's sizes imply, so no plan is built, and
    no buffer allocated, for a config and weights that do not belong together."""
    path = Path(model_dir) / "weights" / "index.json"
    index = _read_json(path, f"{path} is missing; {REGENERATE_HINT}")
    check_fields(index, INDEX_FIELDS, path)
    for k, shard in enumerate(index["shards"]):
        _check_shard_file(path, k, shard.get("file"))
    _check_placements(path, index)
    _check_matrices(path, index)
    _check_against_config(path, index, load_config(model_dir))
    return index


def _check_shard_file(path, k, name):
    """A shard's file is a plain name inside weights/: no folder, no "..", not absolute, no hidden file (an
    index must not make the loader open files elsewhere, such as /etc/passwd or ../../secret)."""
    plain = isinstance(name, str) and name and name == Path(name).name and not name.startswith(".")
    if not plain or "\\" in name or ":" in name:
        raise ModelFormatError(f"{path}: shard {k} names the file {name!r}, which is not a plain file name inside "
                               f"the model's weights folder; {REGENERATE_HINT}")


def _check_placements(path, index):
    """Every tensor's bytes: as many as its dtype and shape need, each placement (the tensor, or each of its
    row parts) 256-byte aligned and inside its shard's recorded size (read_shard checks the file's size)."""
    shards = index["shards"]
    for name, t in index["tensors"].items():
        def refuse(problem):
            raise ModelFormatError(f"{path}: tensor {name} {problem}; {REGENERATE_HINT}")

        item_bytes = int(DTYPES[t["dtype"]][2:])  # the numpy type string's size: "<u4" -> 4
        if t["nbytes"] != math.prod(t["shape"]) * item_bytes:
            refuse(f"has nbytes {t['nbytes']}, but {t['dtype']}{t['shape']} is {math.prod(t['shape']) * item_bytes} bytes")
        if "parts" in t:
            placements = t["parts"]
            if sum(part["nbytes"] for part in placements) != t["nbytes"]:
                refuse(f"has parts of {sum(part['nbytes'] for part in placements)} bytes in all, not its nbytes {t['nbytes']}")
        elif "shard" in t and "offset" in t:
            placements = [t]
        else:
            refuse("has neither shard and offset nor parts")
        for p in placements:
            if p["shard"] >= len(shards):
                refuse(f"is placed in shard {p['shard']}, but the index lists {len(shards)} shards")
            if p["offset"] % TENSOR_ALIGN:
                refuse(f"starts at offset {p['offset']}, which is not a multiple of {TENSOR_ALIGN}")
            if p["offset"] + p["nbytes"] > shards[p["shard"]]["size"]:
                refuse(f"needs bytes {p['offset']} to {p['offset'] + p['nbytes']} of shard {p['shard']}, which has "
                       f"{shards[p['shard']]['size']}")


def _check_matrices(path, index):
    """Each matrix in "quant" has the tensors its format stores (.q, .scale, .min), and every .q tensor is a
    matrix in "quant" (the plans look each one up there)."""
    tensors, quant = index["tensors"], index["quant"]
    for base, fmt in quant.items():
        for suffix in matrix_buffers(fmt, 0, 0):
            if f"{base}.{suffix}" not in tensors:
                raise ModelFormatError(f"{path}: matrix {base} ({fmt}) has no tensor {base}.{suffix}; {REGENERATE_HINT}")
    for name in tensors:
        if name.endswith(".q") and name[:-2] not in quant:
            raise ModelFormatError(f"{path}: tensor {name} is a matrix without a format in \"quant\"; {REGENERATE_HINT}")


def _check_against_config(path, index, config):
    """The layers, the untied head and the shapes of the tensors docs/model-format.md defines, as config.json's
    sizes imply them."""
    def refuse(problem):
        raise ModelFormatError(f"{path} does not match config.json: {problem}; {REGENERATE_HINT}")

    tensors, quant = index["tensors"], index["quant"]
    layers = {int(m.group(1)) for m in map(re.compile(r"layers\.(\d+)\.").match, tensors) if m}
    missing = sorted(set(range(config["num_layers"])) - layers)
    if missing:
        refuse(f"num_layers is {config['num_layers']}, but there are no tensors for layer {missing[0]}")
    if "embed" not in quant:
        refuse("there is no embed matrix")
    if not config["tie_word_embeddings"] and "lm_head" not in quant:
        refuse("tie_word_embeddings is false, but there is no lm_head matrix")
    matrices, vectors = _documented_shapes(config)
    for base, fmt in quant.items():
        rows_cols = matrices.get(re.sub(r"^layers\.\d+\.", "layers.{i}.", base))
        for suffix, (dtype, shape) in matrix_buffers(fmt, *rows_cols).items() if rows_cols else ():
            actual = tensors[f"{base}.{suffix}"]
            if (actual["dtype"], tuple(actual["shape"])) != (dtype, shape):
                refuse(f"{base}.{suffix} is {actual['dtype']}{actual['shape']}, the config's sizes make it "
                       f"{dtype}{list(shape)} (a {fmt} matrix of {rows_cols[0]} x {rows_cols[1]})")
    for name, t in tensors.items():
        shape = vectors.get(re.sub(r"^layers\.\d+\.", "layers.{i}.", name))
        if shape is not None and tuple(t["shape"]) != shape:
            refuse(f"{name} has shape {t['shape']}, the config's sizes make it {list(shape)}")


def _documented_shapes(config) -> tuple:
    """({matrix base: (rows, cols)}, {f32 tensor: shape}) of the tensors docs/model-format.md defines, from
    config.json's sizes; "layers.{i}." stands for every layer."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    qkv = (H + 2 * Hkv) * hd
    matrices = {"embed": (V, D), "lm_head": (V, D), "layers.{i}.qkv": (qkv, D), "layers.{i}.o": (D, H * hd),
                "layers.{i}.gate_up": (2 * F, D), "layers.{i}.up": (F, D), "layers.{i}.down": (D, F)}
    vectors = {"final_norm": (D,), "pos_embed": (config["context_length"], D), "layers.{i}.qkv_bias": (qkv,),
               **{f"layers.{{i}}.{norm}": (D,) for norm in ("attn_norm", "ffn_norm", "post_attn_norm", "post_ffn_norm")},
               "layers.{i}.q_norm": (hd,), "layers.{i}.k_norm": (hd,)}
    return matrices, vectors


def _check_version(path, obj):
    version = obj.get("format_version") if isinstance(obj, dict) else None
    if version != FORMAT_VERSION:
        raise ModelFormatError(
            f"{path} has format_version {version!r} but this tabllm reads format_version "
            f"{FORMAT_VERSION}; {REGENERATE_HINT}"
        )


def read_shard(model_dir, shard: dict, verify=True) -> bytes:
    """The bytes of one shard, checked against the size and sha256 recorded in the index."""
    path = Path(model_dir) / "weights" / shard["file"]
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ModelFormatError(f"cannot read weight shard {path}: {e}; {REGENERATE_HINT}") from None
    if len(data) != shard["size"]:
        raise ModelFormatError(
            f"weight shard {path} has {len(data)} bytes, the index expects {shard['size']}; "
            f"the model dir is damaged: {REGENERATE_HINT}"
        )
    if verify:
        actual = hashlib.sha256(data).hexdigest()
        if actual != shard["sha256"]:
            raise ModelFormatError(
                f"weight shard {path} is corrupt: sha256 expected {shard['sha256']}, "
                f"actual {actual}; {REGENERATE_HINT}"
            )
    return data


def iter_tensors(model_dir, verify=True):
    """Yield (name, dtype, shape, array) for every tensor, shard by shard.

    dtype is the index string ("u32" or "f32"). A tensor whole in one shard is a read-only numpy view
    of the shard bytes; one cut into row-range "parts" is assembled once its last part is read. Each
    shard is sha256-checked before any of its tensors is yielded.
    """
    index = read_index(model_dir)
    by_shard = {}  # shard number -> [(offset, name, nbytes, destination offset)]
    for name, t in index["tensors"].items():
        dest = 0
        for part in t.get("parts") or [t]:
            by_shard.setdefault(part["shard"], []).append((part["offset"], name, part["nbytes"], dest))
            dest += part["nbytes"]
    pending = {}  # name of a tensor in parts -> (bytearray, bytes still missing)
    for shard_no, shard in enumerate(index["shards"]):
        entries = sorted(by_shard.get(shard_no, []))
        if not entries:
            continue
        data = read_shard(model_dir, shard, verify=verify)
        for offset, name, nbytes, dest in entries:  # placements read_index checked to fit the shard
            t = index["tensors"][name]
            dtype, shape = np.dtype(DTYPES[t["dtype"]]), tuple(t["shape"])
            if "parts" not in t:
                yield name, t["dtype"], shape, np.frombuffer(data, dtype, nbytes // dtype.itemsize, offset).reshape(shape)
                continue
            buf, missing = pending.get(name) or (bytearray(t["nbytes"]), t["nbytes"])
            buf[dest:dest + nbytes] = data[offset:offset + nbytes]
            pending[name] = (buf, missing - nbytes)
            if missing == nbytes:  # (read_index checked that the parts add up to the tensor)
                del pending[name]
                yield name, t["dtype"], shape, np.frombuffer(bytes(buf), dtype).reshape(shape)


def load_tensors(model_dir, verify=True) -> dict:
    """All tensors as {name: numpy array} (convenience for tests and the numpy reference)."""
    return {name: array for name, _, _, array in iter_tensors(model_dir, verify=verify)}


def dequantize(kind: str, q: np.ndarray, scale: np.ndarray = None, min=None) -> np.ndarray:
    """Dequantize one matrix from the model-dir layout to float64 [rows, cols].

    q: u32 [rows, cols/8] (q4_*) or [rows, cols/4] (q8_0), the GGUF block payload bytes;
    scale, min: f32 [rows, cols/32]. The arithmetic is exact in float64 (f16 scale x 4- or 8-bit
    integer + f16 min never needs more than 53 bits), so this is the true value of every weight.
    f16 / f32 / bf16: q holds the values' bits (u32 [rows, cols/2] / [rows, cols] / [rows, cols/2]); scale and min
    unused. GGUF_BLOCKS formats: dequantize_kquant.
    """
    if kind not in QUANT_KINDS:
        raise ValueError(f"unknown quant kind {kind!r}; expected one of {QUANT_KINDS}")
    rows = q.shape[0]
    if kind in GGUF_BLOCKS:
        return dequantize_kquant(kind, q)
    if kind in UNQUANTIZED:
        values = np.ascontiguousarray(q, dtype="<u4").view("<f2" if kind == "f16" else "<f4")
        return values.reshape(rows, -1).astype(np.float64)
    if kind == "bf16":  # a bf16 is the top half of an f32's bits
        halves = np.ascontiguousarray(q, dtype="<u4").view("<u2").astype("<u4") << 16
        return halves.view("<f4").reshape(rows, -1).astype(np.float64)
    nblocks = scale.shape[1]
    payload = np.ascontiguousarray(q, dtype="<u4").view(np.uint8)  # [rows, nblocks * payload bytes]
    d = scale.astype(np.float64)[:, :, None]  # [rows, nblocks, 1]
    if kind == "q8_0":
        ints = payload.reshape(rows, nblocks, 32).view(np.int8)  # [rows, nblocks, 32]
        values = d * ints
    else:
        b = payload.reshape(rows, nblocks, 16)
        # element j < 16 is the low nibble of byte j, element j >= 16 the high nibble of byte j-16
        nib = np.concatenate([b & 15, b >> 4], axis=2).astype(np.float64)  # [rows, nblocks, 32]
        if kind == "q4_0":
            values = d * (nib - 8)
        else:
            if min is None:
                raise ValueError("q4_1 needs the per-block min")
            values = d * nib + min.astype(np.float64)[:, :, None]
    return values.reshape(rows, nblocks * BLOCK)


def _kquant_blocks(kind: str, q: np.ndarray) -> np.ndarray:
    """u8 [rows, blocks, block bytes]: the GGUF blocks of each row of a GGUF_BLOCKS .q tensor (row padding dropped)."""
    rows, nbytes = q.shape[0], GGUF_BLOCKS[kind][1]
    payload = np.ascontiguousarray(q, dtype="<u4").view(np.uint8).reshape(rows, -1)
    blocks = payload.shape[1] // nbytes
    return payload[:, : blocks * nbytes].reshape(rows, blocks, nbytes)


def dequantize_kquant(kind: str, q: np.ndarray) -> np.ndarray:
    """float64 [rows, cols] of a q4_k / q6_k / q5_0 matrix, as llama.cpp's dequantize_row_q4_K / _q6_K / _q5_0 compute it
    (exact in float64: f16 d x 6- or 8-bit scale x 4- or 6-bit quant never needs 53 bits).
    q4_k block (144 bytes): d f16, dmin f16, scales[12] (8 pairs of 6-bit scale / min, get_scale_min_k4),
    qs[128]: sub-block s (32 elements) has value d sc[s] q - dmin m[s], q the low nibbles of qs[32 (s / 2) ..]
    (s even) or their high nibbles (s odd).
    q6_k block (210 bytes): ql[128], qh[64], scales[16] int8, d f16: element c (h = c / 128, g = c % 128 / 32,
    l = c % 32) is d scales[8 h + 2 g + l / 16] (q - 32), q = (nibble g / 2 of ql[64 h + 32 (g % 2) + l]) |
    (bits 2 g of qh[32 h + l]) << 4."""
    b = _kquant_blocks(kind, q)
    rows, nb = b.shape[:2]
    if kind == "iq4_nl":  # f16 d, qs[16] (element j: nibble j // 16 of qs[j % 16]); value d * IQ4_NL_VALUES[nibble]
        d = b[:, :, 0:2].copy().view("<f2").astype(np.float64)
        j = np.arange(BLOCK)
        nib = (b[:, :, 2 + j % 16].astype(np.int64) >> (4 * (j // 16))) & 15
        return (d * np.asarray(IQ4_NL_VALUES, np.float64)[nib]).reshape(rows, nb * BLOCK)
    if kind == "iq4_xs":  # f16 d, u16 scales_h, scales_l[4], qs[128]: sub-block ib (32 elements) is IQ4_NL's
        # reading of qs[16 ib ..] times d (ls - 32), ls = (nibble ib % 2 of scales_l[ib / 2]) | (bits 2 ib of scales_h) << 4
        d = b[:, :, 0:2].copy().view("<f2").astype(np.float64)  # [rows, nb, 1]
        scales_h = b[:, :, 2:4].copy().view("<u2").astype(np.int64)
        ib = np.arange(8)
        ls = ((b[:, :, 4 + ib // 2].astype(np.int64) >> (4 * (ib % 2))) & 15) | (((scales_h >> (2 * ib)) & 3) << 4)
        j = np.arange(32)
        nib = (b[:, :, 8 + 16 * ib[:, None] + j % 16].astype(np.int64) >> (4 * (j // 16))) & 15  # [rows, nb, 8, 32]
        values = (d * (ls - 32))[..., None] * np.asarray(IQ4_NL_VALUES, np.float64)[nib]
        return values.reshape(rows, nb * KQUANT_BLOCK)
    if kind in ("q5_0", "q5_1"):  # f16 d (q5_1: f16 m), u32 qh (bit j: bit 4 of element j), qs[16] (element j:
        # nibble j // 16 of qs[j % 16]); value d (q - 16) (q5_0) or d q + m (q5_1)
        h = 0 if kind == "q5_0" else 2
        d = b[:, :, 0:2].copy().view("<f2").astype(np.float64)
        qh = b[:, :, 2 + h:6 + h].copy().view("<u4").astype(np.int64)  # [rows, nb, 1]
        qs = b[:, :, 6 + h:22 + h].astype(np.int64)
        j = np.arange(BLOCK)
        quant = ((qs[:, :, j % 16] >> (4 * (j // 16))) & 15) | (((qh >> j) & 1) << 4)
        if kind == "q5_1":
            return (d * quant + b[:, :, 2:4].copy().view("<f2").astype(np.float64)).reshape(rows, nb * BLOCK)
        return (d * (quant - 16)).reshape(rows, nb * BLOCK)
    if kind in ("q4_k", "q5_k"):  # q5_k (176 bytes): q4_k's header, then qh[32] (bit s of qh[l]: bit 4 of element
        # l of sub-block s), then qs[128] as q4_k's
        d = b[:, :, 0:2].copy().view("<f2").astype(np.float64)  # [rows, nb, 1]
        dmin = b[:, :, 2:4].copy().view("<f2").astype(np.float64)
        sc12 = b[:, :, 4:16].astype(np.int64)
        lo, mid, hi = sc12[:, :, 0:4], sc12[:, :, 4:8], sc12[:, :, 8:12]
        sc = np.concatenate([lo & 63, (hi & 15) | ((lo >> 6) << 4)], axis=2)  # [rows, nb, 8]
        m = np.concatenate([mid & 63, (hi >> 4) | ((mid >> 6) << 4)], axis=2)
        q0 = 16 if kind == "q4_k" else 48
        qs = b[:, :, q0:q0 + 128].reshape(rows, nb, 4, 1, 32)
        nib = np.concatenate([qs & 15, qs >> 4], axis=3).reshape(rows, nb, 8, 32).astype(np.float64)
        if kind == "q5_k":
            qh = b[:, :, 16:48].astype(np.int64)  # [rows, nb, 32]
            nib += 16 * ((qh[:, :, None, :] >> np.arange(8)[None, None, :, None]) & 1)
        values = (d * sc)[..., None] * nib - (dmin * m)[..., None]
        return values.reshape(rows, nb * KQUANT_BLOCK)
    c = np.arange(KQUANT_BLOCK)
    h, g, l = c // 128, c % 128 // 32, c % 32
    if kind in ("q2_k", "q3_k"):  # element c: 2 bits (2 g) of qs[32 h + l] (l = c % 32: 16-element halves read
        # qs[.. + 16] with the next scale), scale index 8 h + 2 g + l / 16
        q0, d0 = (16, 80) if kind == "q2_k" else (32, 108)
        two = (b[:, :, q0 + 32 * h + l].astype(np.int64) >> (2 * g)) & 3
        i = 8 * h + 2 * g + l // 16
        d = b[:, :, d0:d0 + 2].copy().view("<f2").astype(np.float64)
        if kind == "q2_k":  # q2_k (84 bytes): scales[16] (low nibble scale, high nibble min), qs[64], f16 d, f16 dmin
            sc = b[:, :, i].astype(np.int64)
            dmin = b[:, :, 82:84].copy().view("<f2").astype(np.float64)
            return (d * (sc & 15) * two - dmin * (sc >> 4)).reshape(rows, nb * KQUANT_BLOCK)
        # q3_k (110 bytes): hmask[32] (bit 4 h + g of hmask[l]: the third bit), qs[64], scales[12] (16 6-bit
        # scales: low nibble (i % 8 < 4: byte i % 8 ... see below), high 2 bits from bytes 8..11), f16 d;
        # value d (scale - 32) (q - 4), q = two | hbit << 2
        hbit = (b[:, :, l].astype(np.int64) >> (4 * h + g)) & 1
        sc12 = b[:, :, 96:108].astype(np.int64)
        grp, k = i // 4, i % 4  # scale i = 4 grp + k: low nibble of byte 4 (grp % 2) + k, shifted by 4 (grp / 2);
        low = (sc12[:, :, 4 * (grp % 2) + k] >> (4 * (grp // 2))) & 15  # high bits 2 grp of byte 8 + k
        high = (sc12[:, :, 8 + k] >> (2 * grp)) & 3
        return (d * ((low | (high << 4)) - 32) * ((two | (hbit << 2)) - 4)).reshape(rows, nb * KQUANT_BLOCK)
    ql = b[:, :, 64 * h + 32 * (g % 2) + l].astype(np.int64) >> (4 * (g // 2))
    qh = b[:, :, 128 + 32 * h + l].astype(np.int64) >> (2 * g)
    quant = ((ql & 15) | ((qh & 3) << 4)) - 32
    scales = b[:, :, 192:208].copy().view(np.int8).astype(np.float64)[:, :, 8 * h + 2 * g + l // 16]
    d = b[:, :, 208:210].copy().view("<f2").astype(np.float64)
    return (d * scales * quant).reshape(rows, nb * KQUANT_BLOCK)
