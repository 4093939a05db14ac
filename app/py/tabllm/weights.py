"""The tabllm model directory: reading config, index and weight shards (docs/model-format.md).

A model dir holds config.json, tokenizer.json and weights/ (index.json + shard-NNNNN.bin). Every
tensor is one contiguous little-endian array inside one shard; quantized matrices are split into
`.q` (u32 block payload words), `.scale` and (q4_1) `.min` (f32, one per 32-element block);
unquantized ones (f16, f32) are `.q` alone: the values' bits, two f16 or one f32 per u32 word.
"""

from __future__ import annotations  # np.ndarray annotations without numpy (the page)

import hashlib
import json
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
}
QUANT_KINDS = tuple(MATRIX_FORMATS)
UNQUANTIZED = ("f16", "f32")


def matrix_buffers(fmt: str, rows: int, cols: int) -> dict:
    """The GPU buffers of a [rows, cols] matrix in format fmt: {suffix: (dtype, shape)}."""
    words, has_scale, has_min = MATRIX_FORMATS[fmt]
    out = {"q": ("u32", (rows, cols // BLOCK * words))}
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


def load_config(model_dir) -> dict:
    """config.json of a model dir, after checking it is a model dir of the format we read."""
    return _read_json(Path(model_dir) / "config.json", f"{model_dir} is not a tabllm model directory (no config.json)")


def read_index(model_dir) -> dict:
    """weights/index.json: {"format_version", "shards": [{file, size, sha256}],
    "tensors": {name: {shard, offset, nbytes, dtype, shape}}, "quant": {matrix base name: kind}}."""
    path = Path(model_dir) / "weights" / "index.json"
    index = _read_json(path, f"{path} is missing; {REGENERATE_HINT}")
    shards = index.get("shards")
    if not isinstance(shards, list):
        raise ModelFormatError(f"{path}: \"shards\" must be a list; {REGENERATE_HINT}")
    for k, shard in enumerate(shards):
        if not isinstance(shard, dict):
            raise ModelFormatError(f"{path}: shard {k} must be an object; {REGENERATE_HINT}")
        _check_shard_file(path, k, shard.get("file"))
    return index


def _check_shard_file(path, k, name):
    """A shard's file is a plain name inside weights/: no folder, no "..", not absolute, no hidden file (an
    index must not make the loader open files elsewhere, such as /etc/passwd or ../../secret)."""
    plain = isinstance(name, str) and name and name == Path(name).name and not name.startswith(".")
    if not plain or "\\" in name or ":" in name:
        raise ModelFormatError(f"{path}: shard {k} names the file {name!r}, which is not a plain file name inside "
                               f"the model's weights folder; {REGENERATE_HINT}")


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
        for offset, name, nbytes, dest in entries:
            t = index["tensors"][name]
            dtype, shape = np.dtype(DTYPES[t["dtype"]]), tuple(t["shape"])
            if offset + nbytes > len(data) or t["nbytes"] != int(np.prod(shape, dtype=np.int64)) * dtype.itemsize:
                raise ModelFormatError(f"tensor {name} does not fit its shard {shard['file']} or its shape; {REGENERATE_HINT}")
            if "parts" not in t:
                yield name, t["dtype"], shape, np.frombuffer(data, dtype, nbytes // dtype.itemsize, offset).reshape(shape)
                continue
            buf, missing = pending.get(name) or (bytearray(t["nbytes"]), t["nbytes"])
            buf[dest:dest + nbytes] = data[offset:offset + nbytes]
            pending[name] = (buf, missing - nbytes)
            if missing == nbytes:
                del pending[name]
                yield name, t["dtype"], shape, np.frombuffer(bytes(buf), dtype).reshape(shape)
    if pending:
        raise ModelFormatError(f"tensors {', '.join(sorted(pending))} lack parts; {REGENERATE_HINT}")


def load_tensors(model_dir, verify=True) -> dict:
    """All tensors as {name: numpy array} (convenience for tests and the numpy reference)."""
    return {name: array for name, _, _, array in iter_tensors(model_dir, verify=verify)}


def dequantize(kind: str, q: np.ndarray, scale: np.ndarray = None, min=None) -> np.ndarray:
    """Dequantize one matrix from the model-dir layout to float64 [rows, cols].

    q: u32 [rows, cols/8] (q4_*) or [rows, cols/4] (q8_0), the GGUF block payload bytes;
    scale, min: f32 [rows, cols/32]. The arithmetic is exact in float64 (f16 scale x 4- or 8-bit
    integer + f16 min never needs more than 53 bits), so this is the true value of every weight.
    f16 / f32: q holds the values' bits (u32 [rows, cols/2] / [rows, cols]); scale and min unused.
    """
    if kind not in QUANT_KINDS:
        raise ValueError(f"unknown quant kind {kind!r}; expected one of {QUANT_KINDS}")
    rows = q.shape[0]
    if kind in UNQUANTIZED:
        values = np.ascontiguousarray(q, dtype="<u4").view("<f2" if kind == "f16" else "<f4")
        return values.reshape(rows, -1).astype(np.float64)
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
