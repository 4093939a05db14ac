"""Quantization schemes of `tabllm convert --quant` and the error report every conversion prints.

A scheme names the weight kinds of the model directory (docs/model-format.md) and the activation
precision the engine should prefer:

    q4f16, q4f32   layer matrices Q4_1 (32-element groups, f16 scale and min), embedding Q8_0
    q8f16, q8f32   every matrix Q8_0
    f16            every matrix unquantized, rounded to f16 (an error if a value overflows f16)
    f32            every matrix unquantized in f32 (exact for f32, f16 and bf16 sources)

Quantization itself is the `gguf` package's (llama.cpp's reference algorithm), so a tabllm model dir
and a GGUF of the same type hold the same numbers.
"""

from __future__ import annotations  # np.ndarray annotations without numpy (the page)

import re
from dataclasses import dataclass

try:
    import numpy as np
except ImportError:  # the page (Pyodide's core has no numpy) reports carried blocks only (ErrorReport, gguf_model)
    np = None

from .errors import TabllmError
from .weights import dequantize


@dataclass(frozen=True)
class Scheme:
    name: str
    linear: str  # kind of the layer matrices and an untied LM head
    embed: str  # kind of the token embedding (also the LM head when tied)
    activations: str  # "f16" or "f32": what the engine prefers when the adapter has shader-f16


SCHEMES = {
    "q4f16": Scheme("q4f16", "q4_1", "q8_0", "f16"),
    "q4f32": Scheme("q4f32", "q4_1", "q8_0", "f32"),
    "q8f16": Scheme("q8f16", "q8_0", "q8_0", "f16"),
    "q8f32": Scheme("q8f32", "q8_0", "q8_0", "f32"),
    "f16": Scheme("f16", "f16", "f16", "f16"),
    "f32": Scheme("f32", "f32", "f32", "f32"),
}
F16_MAX = 65504.0  # largest finite f16; |values| from 65520 (half an ulp above) round to infinity
DEFAULT_SCHEME = "q4f32"


def scheme(name: str) -> Scheme:
    if name not in SCHEMES:
        raise TabllmError(f"unknown quantization {name!r}; choose one of {', '.join(SCHEMES)}")
    return SCHEMES[name]


def quantize_rows(values: np.ndarray, kind: str, name: str = "a matrix") -> np.ndarray:
    """f32 [rows, cols] (cols a multiple of 32) -> GGUF blocks, uint8 [rows, cols/32 * block bytes]; for
    f16 / f32 the GGUF F16 / F32 layout (the values' little-endian bytes; f16 rounded to nearest even)."""
    import gguf

    if values.ndim != 2 or values.shape[1] % 32:
        raise TabllmError(f"cannot quantize a matrix of shape {list(values.shape)}: columns must be a multiple of 32")
    if kind == "f32":
        return np.ascontiguousarray(values, "<f4").view(np.uint8)
    if kind == "f16":
        big = np.abs(values[np.isfinite(values)], dtype=np.float64)
        if big.size and big.max() >= F16_MAX + 16:
            raise TabllmError(
                f"{name} has values up to {big.max():.6g}, beyond f16's largest finite value {F16_MAX:g}: "
                "they would become infinities; convert with --quant f32 (or a quantized scheme) instead"
            )
        return np.ascontiguousarray(values, "<f2").view(np.uint8)
    ggml_type = {"q4_0": gguf.GGMLQuantizationType.Q4_0, "q4_1": gguf.GGMLQuantizationType.Q4_1,
                 "q8_0": gguf.GGMLQuantizationType.Q8_0}[kind]
    return gguf.quants.quantize(np.ascontiguousarray(values, np.float32), ggml_type)


def tensor_kind(base: str) -> str:
    """"layers.3.qkv" -> "qkv" (and its row parts "layers.3.qkv.part1": lowering.RowParts); "embed" -> "embed":
    the rows of the error report."""
    return re.sub(r"\.part\d+$", "", base).split(".")[-1]


class ErrorReport:
    """Per tensor kind: how far the stored weights are from the source values (relative RMS and max
    absolute error over all tensors of the kind); exact where blocks were carried bit-for-bit or every
    stored value equals its source value (zero error)."""

    def __init__(self):
        self.rows = {}

    def add(self, base: str, kind: str, blocks: dict, original):
        row = self.rows.setdefault(tensor_kind(base), {"kinds": set(), "err2": 0.0, "ref2": 0.0, "max_abs": 0.0, "exact": True,
                                                       "carried": True})
        row["kinds"].add(kind)
        if original is None:
            return
        row["carried"] = False
        stored = dequantize(kind, blocks["q"], blocks.get("scale"), blocks.get("min"))
        diff = stored - np.asarray(original, np.float64)
        row["err2"] += float(np.sum(diff * diff))
        row["ref2"] += float(np.sum(np.square(original, dtype=np.float64)))
        row["max_abs"] = max(row["max_abs"], float(np.max(np.abs(diff))))
        row["exact"] = row["exact"] and row["max_abs"] == 0  # e.g. f16 or bf16 values stored as f32

    def summary(self) -> dict:
        return {
            name: {"quant": "+".join(sorted(r["kinds"])), "exact": r["exact"], "carried": r["carried"],
                   "rel_rms": 0.0 if r["exact"] else (r["err2"] / max(r["ref2"], 1e-300)) ** 0.5,
                   "max_abs": r["max_abs"]}
            for name, r in self.rows.items()
        }

    def lines(self):
        for name, r in self.summary().items():
            if r["carried"]:
                yield f"  {name:8} {r['quant']}  exact (carried bit-for-bit)"
            elif r["exact"]:
                yield f"  {name:8} {r['quant']}  exact (every stored value equals the source's)"
            else:
                yield f"  {name:8} {r['quant']}  relative RMS error {r['rel_rms']:.2e}, max |error| {r['max_abs']:.2e}"
