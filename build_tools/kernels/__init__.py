"""Kernel definitions: TVM TE computes (or TIR written directly) plus the schedule each one gets.

Every dimension is a symbolic var passed at dispatch time as a uniform (TVM's PODArgs), so one set of
kernels serves every model of a family and any prompt length without padding. Shapes in comments use
n = rows (tokens), K = input features, N = output features, H / Hkv = query / KV heads, hd = head dim,
L = attended length (pos0 + n), C = KV-cache capacity (context length), V = vocabulary.

Each entry of KERNELS is (name, builder); a builder returns a scheduled IRModule with one PrimFunc that
lowers to exactly one WGSL compute shader (build_tools/gen_kernels.py compiles them in this order). Their
float64 numpy twins live in app/py/tabllm/runtime/reference.py under the same names.

The definitions, by op family:
  common.py             target, dtypes, symbolic dims, TE scheduling helpers
  quant.py              weight formats: dequantization of an element or a payload word; int8 packing
  macros.py             what the TIR kernels share: vec4 helpers, variants of a @T.jit kernel, TIR macros
  linear.py             products over f32 / f16 activations: matmul_*, gemv*, mm8_*, mmt_*, embed_*
  linear_int8.py        decode products over int8 activations: act_q8*, gemv8_* (q4 blocks; q4_k / q6_k blocks)
  attention.py          attention in separate steps: rope_qkv, attn_scores*, softmax_rows, attn_pv*
  attention_decode.py   a decode step's fused attention: attn_decode_rope*, attn_split*, attn_combine*
  attention_prefill.py  a prefill chunk's tiled attention: attn_prefill*
  norm.py               rms_norm*, head_rms_norm*, layer_norm
  elementwise.py        activations, biases, positions, scaling; row parts of split matrices
  sampling.py           argmax, sample_scores, top_threshold, sample_noise, token_logprobs, count_token
This package re-exports their constants and builders (not macros.py's helpers): the sweeps in tools/sweeps/
build variants with them, and tests/test_constants.py checks the constants the runtime keeps copies of.
"""

from functools import partial

from tabllm import kernel_set
from tabllm.kernel_set import MASKED_SCORE, Product

from .common import F16, F32, NEG_INF, TARGET, THREADS
from .quant import (QUANT_FORMATS, TWO23, UNQUANTIZED, WORD_LAYOUT, dequant_f16, dequant_f32, dequant_q4_0,
                    dequant_q4_1, dequant_q8_0, f16_bits_to_f32, word_dequant, word_element, word_value)
from .linear import (GEMV4_KINDS, GEMV4_NORM_WIDE_ROWS, GEMV4_ROWS, GEMV4_THREADS, GEMV_ROWS, GEMV_THREADS,
                     GEMV_UNROLL, MM_THREADS, MM_TOKENS, MMT_KB, MMT_RM, MMT_RN, MMT_TM, MMT_TN, MMT_UNROLL, embed,
                     gemv, gemv4, gemv4_name, mm8, mmt, mmt_name, mmt_sum,
                     quant_matmul)
from .linear_int8 import (ACT_Q8_KINDS, GATE_UP_THREADS, GATE_UP_UNROLL, GEMV8_ROWS, GEMV8_THREADS, GEMV8K_THREADS,
                          Q8_THREADS, act_q8, act_q8_name, gemv8, gemv8_gate_up, gemv8_kquant)
from .attention import attn_pv, attn_pv_gpu, attn_scores, attn_scores_gpu, rope_qkv, softmax_rows
from .attention_decode import (ATTN_CHUNK, ATTN_COMBINE_THREADS, ATTN_FUSED_MAX_HD4, ATTN_PV_ROWS,
                               ATTN_SCORE_LOADS, ATTN_SPLIT_GROUP, ATTN_SPLIT_MAX_HD4, ATTN_SPLIT_SCORES,
                               ATTN_SPLIT_THREADS, ATTN_SPLIT_UNROLL, ATTN_THREADS, attn_combine,
                               attn_decode_rope, attn_split)
from .attention_prefill import (ATTN_PREFILL_KEYS, ATTN_PREFILL_MAX_HD4, ATTN_PREFILL_PARTS, ATTN_PREFILL_THREADS,
                                attn_prefill)
from .norm import HEAD_NORM_THREADS, RMS_THREADS, head_rms_norm, head_rms_norm_gpu, layer_norm, rms_norm, rms_norm_add, rms_norm_gpu
from .elementwise import (add_bias, add_positions, copy_columns, gelu, gelu_mul, merge_rows, part_ids, scale_rows,
                          silu_mul)
from .sampling import (LOGPROB_TOP_MAX, ROW_LOADS, ROW_THREADS, TOP_ROUNDS, TOP_WAYS, argmax, count_token,
                       sample_noise, sample_scores, token_logprobs, top_threshold)

__all__ = [
    "KERNELS",
    "F16", "F32", "MASKED_SCORE", "NEG_INF", "TARGET", "THREADS",
    "QUANT_FORMATS", "TWO23", "UNQUANTIZED", "WORD_LAYOUT", "dequant_f16", "dequant_f32", "dequant_q4_0",
    "dequant_q4_1", "dequant_q8_0", "f16_bits_to_f32", "word_dequant", "word_element", "word_value",
    "GEMV4_KINDS", "GEMV4_NORM_WIDE_ROWS", "GEMV4_ROWS", "GEMV4_THREADS", "GEMV_ROWS", "GEMV_THREADS",
    "GEMV_UNROLL", "MM_THREADS", "MM_TOKENS", "MMT_KB", "MMT_RM", "MMT_RN", "MMT_TM", "MMT_TN", "MMT_UNROLL", "embed",
    "gemv", "gemv4", "gemv4_name", "mm8", "mmt", "mmt_name", "mmt_sum",
    "quant_matmul",
    "ACT_Q8_KINDS", "GATE_UP_THREADS", "GATE_UP_UNROLL", "GEMV8_ROWS", "GEMV8_THREADS", "GEMV8K_THREADS", "Q8_THREADS",
    "act_q8", "act_q8_name", "gemv8", "gemv8_gate_up", "gemv8_kquant",
    "attn_pv", "attn_pv_gpu", "attn_scores", "attn_scores_gpu", "rope_qkv", "softmax_rows",
    "ATTN_CHUNK", "ATTN_COMBINE_THREADS", "ATTN_FUSED_MAX_HD4", "ATTN_PV_ROWS", "ATTN_SCORE_LOADS",
    "ATTN_SPLIT_GROUP", "ATTN_SPLIT_MAX_HD4", "ATTN_SPLIT_SCORES", "ATTN_SPLIT_THREADS", "ATTN_SPLIT_UNROLL",
    "ATTN_THREADS", "attn_combine", "attn_decode_rope", "attn_split",
    "ATTN_PREFILL_KEYS", "ATTN_PREFILL_MAX_HD4", "ATTN_PREFILL_PARTS", "ATTN_PREFILL_THREADS", "attn_prefill",
    "HEAD_NORM_THREADS", "RMS_THREADS", "head_rms_norm", "head_rms_norm_gpu", "layer_norm", "rms_norm", "rms_norm_add",
    "rms_norm_gpu",
    "add_bias", "add_positions", "copy_columns", "gelu", "gelu_mul", "merge_rows", "part_ids", "scale_rows",
    "silu_mul",
    "LOGPROB_TOP_MAX", "ROW_LOADS", "ROW_THREADS", "TOP_ROUNDS", "TOP_WAYS", "argmax", "count_token",
    "sample_noise", "sample_scores", "token_logprobs", "top_threshold",
]

Q4_FORMATS = kernel_set.Q4_FORMATS  # the formats of the products over whole q4 blocks (gemv4_*, gemv8_*)


def product_builder(p: Product):
    """The builder of the product kernel p (tabllm.kernel_set: what it computes, by attributes)."""
    add, f16 = p.epilogue == "add", p.act == "f16"
    # f16 activations: x unless the prologue reads the f32 residual stream (norm); y unless it is added to it
    dtypes = {"x_dtype": F16 if f16 and p.prologue != "norm" else F32, "y_dtype": F16 if f16 and not add else F32}
    if p.schedule == "matmul":
        return quant_matmul(p.fmt, add, **dtypes)
    if p.schedule == "mm8":
        return mm8(p.fmt, add, **dtypes)
    if p.schedule == "gemv":
        return gemv(p.fmt, add, gated=p.prologue == "silu", normed=p.prologue == "norm", **dtypes)
    if p.schedule == "mmt" and not f16:
        return partial(mmt, p.fmt, add)
    if p.schedule == "gemv4" and not f16:
        kind = {("", ""): "", ("", "add"): "_add", ("norm", ""): "norm", ("silu", "add"): "silu_add"}[(p.prologue, p.epilogue)]
        return partial(gemv4, p.fmt, kind, rows=p.rows)
    if p.schedule == "gemv8" and p.epilogue == "silu_q8" and not f16:
        return partial(gemv8_gate_up, p.fmt)
    if p.schedule == "gemv8" and not f16:
        return partial(gemv8, p.fmt, add)
    raise ValueError(f"no builder for {p}")


def _products(products):
    return [(p.name, product_builder(p)) for p in products]


KERNELS = [
    ("rms_norm", rms_norm),
    *(kernel for fmt in QUANT_FORMATS for kernel in [(f"embed_{fmt}", embed(fmt)), *_products(kernel_set.format_products(fmt))]),
    *_products(p for fmt in Q4_FORMATS for p in kernel_set.q4_products(fmt)),
    *_products(p for fmt in Q4_FORMATS for p in kernel_set.q4_products_wide(fmt)),
    *((act_q8_name(kind), partial(act_q8, kind)) for kind in ACT_Q8_KINDS),
    *_products(p for fmt in Q4_FORMATS for p in kernel_set.q8_products(fmt)),
    *_products(p for fmt in kernel_set.KQ8_FORMATS for p in kernel_set.q8_products(fmt)),
    *_products(p for fmt in Q4_FORMATS for p in kernel_set.gate_up_products(fmt)),
    ("mmt_sum", partial(mmt_sum, False)),
    ("mmt_sum_add", partial(mmt_sum, True)),
    ("rms_norm_gpu", rms_norm_gpu),
    ("attn_scores_gpu", attn_scores_gpu),
    ("attn_pv_gpu", attn_pv_gpu),
    ("attn_split_gpu", partial(attn_split, rope=False)),
    ("attn_split_rope_gpu", partial(attn_split, rope=True)),
    ("attn_combine_gpu", attn_combine),
    ("attn_combine_q8_gpu", partial(attn_combine, q8_out=True)),
    ("attn_decode_rope_gpu", attn_decode_rope),
    ("attn_decode_rope_q8_gpu", partial(attn_decode_rope, q8_out=True)),
    ("attn_decode_rope_split_gpu", partial(attn_decode_rope, split=True)),
    ("attn_prefill_gpu", attn_prefill),
    ("attn_prefill_split_gpu", partial(attn_prefill, split=True)),
    ("rope_qkv", rope_qkv),
    ("attn_scores", attn_scores),
    ("softmax_rows", softmax_rows),
    ("attn_pv", attn_pv),
    ("silu_mul", silu_mul),
    ("add_bias", add_bias),
    ("rms_norm_add", rms_norm_add),
    ("head_rms_norm", head_rms_norm),
    ("head_rms_norm_gpu", head_rms_norm_gpu),
    ("gelu_mul", gelu_mul),
    ("gelu", gelu),
    ("layer_norm", layer_norm),
    ("add_positions", add_positions),
    ("scale_rows", scale_rows),
    ("argmax", argmax),
    ("sample_scores", sample_scores),
    ("top_threshold", top_threshold),
    ("sample_noise", sample_noise),
    ("token_logprobs", token_logprobs),
    ("count_token", count_token),
    ("copy_columns", copy_columns),
    ("part_ids", part_ids),
    ("merge_rows", merge_rows),
    # The f16 path (lowering's precision "f16", devices with shader-f16): the same kernels with f16 storage of
    # the activations that feed matrix products (xn, qkv, q, att, gu, h) and of the KV cache. Loads widen to
    # f32, all math and sums are f32; the residual stream, scores and logits stay f32.
    ("rms_norm_f16", partial(rms_norm, y_dtype=F16)),
    ("rms_norm_gpu_f16", partial(rms_norm_gpu, y_dtype=F16)),
    ("rope_qkv_f16", partial(rope_qkv, dtype=F16)),
    ("attn_scores_f16", partial(attn_scores, q_dtype=F16, kv_dtype=F16)),
    ("attn_scores_gpu_f16", partial(attn_scores_gpu, q_dtype=F16, kv_dtype=F16)),
    ("attn_pv_f16", partial(attn_pv, kv_dtype=F16, out_dtype=F16)),
    ("attn_pv_gpu_f16", partial(attn_pv_gpu, kv_dtype=F16, out_dtype=F16)),
    ("silu_mul_f16", partial(silu_mul, dtype=F16)),
    ("add_bias_f16", partial(add_bias, dtype=F16)),
    ("copy_columns_f16", partial(copy_columns, F16)),
    *_products(p for fmt in QUANT_FORMATS for p in kernel_set.format_products_f16(fmt)),
]
assert {name for name, _ in KERNELS} >= set(kernel_set.product_kernels()), "kernel_set lists a product not generated"
# what manifest.json says each kernel computes (gen_kernels.py): the products' attributes (tabllm.kernel_set)
KERNEL_ATTRS = {name: p.attrs() for name, p in kernel_set.product_kernels().items()}
