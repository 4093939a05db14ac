"""The generated matrix-product kernels as data, and the constants the kernels and the runtime share.

One source for both sides of the build / runtime boundary:
- build_tools/kernels/ generates exactly the products listed here (`product_kernels`), each built from its
  attributes, and gen_kernels.py writes those attributes into manifest.json ("attrs");
- tabllm.lowering asks for a product by its attributes (`find`) and gets a generated kernel's name or None,
  so it never builds a name that was not generated;
- the float64 reference (runtime/reference.py) gives each product its twin from the same attributes.
The constants below (rows per workgroup, tile sizes, limits) are the kernels' own: build_tools imports them
from here. Pure Python without numpy: the page's Python imports it.

A product computes y[n, N] = x[n, K] @ W[N, K]^T with W in a weight format (weights.MATRIX_FORMATS):
    schedule   matmul  one invocation an output, barrier-free (one token on CPU Vulkan, odd shapes)
               mm8     one invocation per (output, 8 rows of x), barrier-free: prefill on CPU Vulkan
               mmt     64 x 64 output tiles in workgroup memory, K splits: GPU prefill
               gemv    a workgroup per GEMV_ROWS outputs, workgroup reductions: GPU decode
               gemv4   gemv over whole q4 blocks with 16-byte loads (Q4_FORMATS)
               gemv8   gemv over int8 activation blocks (dot4I8Packed; Q4_FORMATS and KQ8_FORMATS), from act_q8*
    prologue   ""      x as stored
               "norm"  x = rms_norm(x) * w (the f32 residual stream in, eps)
               "silu"  x = silu(gate) * up of gu [n, 2K]
    epilogue   ""      y
               "add"   out = y + residual (the f32 residual stream)
               "silu_q8" (gemv8 over gate | up rows) h = silu(gate) * up written as int8 blocks for the down product
    act        "f32" or "f16": storage of x and y where they are activations (the f16 plan); a prologue's
               input and an added residual are f32 whatever act is
    rows       output rows per workgroup (gemv4's normed kind also in 16: for N >= 16384)
"""

from dataclasses import asdict, dataclass
from functools import lru_cache

from .weights import MATRIX_FORMATS

# --- constants shared with build_tools/kernels --------------------------------------------------------
GEMV_ROWS = 4  # output rows per workgroup of gemv_*
GEMV4_ROWS = 4  # of gemv4_*
GEMV4_WIDE_ROWS = 16  # of gemv4_norm16_* (normed products of >= 16384 rows)
GEMV8_ROWS = 2  # of gemv8_*
MM_TOKENS = 8  # rows of x per invocation of mm8_* (buffers hold a multiple of 8 rows: whole tiles)
MM_COLUMNS = 64  # outputs per workgroup of mm8_* (N a multiple of it)
MMT_ROWS = 64  # rows of x per tile of mmt_*
MMT_COLUMNS = 64  # outputs per workgroup of mmt_* (N a multiple of it)
MMT_BLOCKS = 1  # quant blocks of 32 per K step of mmt_* (K a multiple of 32 times it)
ATTN_SPLIT_GROUP = 8  # query heads of one KV head per workgroup of attn_split*_gpu, at most
ATTN_SPLIT_THREADS = 256  # invocations per workgroup of attn_split*_gpu
ATTN_SPLIT_SCORES = 512  # scores in workgroup memory of attn_split*_gpu: heads per workgroup * split at most
ATTN_MAX_HEAD_DIM = 256  # the largest head dim of attn_split*_gpu / attn_decode_rope*_gpu
ATTN_PREFILL_MAX_HEAD_DIM = 128  # the largest head dim of attn_prefill*_gpu
LOGPROB_TOP_MAX = 20  # alternatives the token_logprobs kernel's output holds (OpenAI's top_logprobs limit)
MASKED_SCORE = -3.0e38  # the sampling kernels' score of a masked token (never wins; exact in f32)

Q4_FORMATS = ("q4_0", "q4_1")  # the formats of the products over whole q4 blocks (gemv4_*, gemv8_*)
KQ8_FORMATS = ("q4_k", "q6_k", "iq4_xs")  # GGUF blocks with gemv8_* products (int8 activations; no gemv4, no fused gate / up)


@dataclass(frozen=True)
class Product:
    """A matrix-product kernel by what it computes (see the top)."""
    schedule: str
    fmt: str
    prologue: str = ""
    epilogue: str = ""
    act: str = "f32"
    rows: int = 0  # output rows per workgroup (0: not fixed by the schedule: matmul, mm8, mmt)

    @property
    def name(self) -> str:
        """The kernel's name (its .wgsl file and manifest key)."""
        add = "_add" if self.epilogue == "add" else ""
        f16 = "_f16" if self.act == "f16" else ""
        if self.schedule == "gemv4":
            kind = {"": "", "norm": "norm16_" if self.rows == GEMV4_WIDE_ROWS else "norm_", "silu": "silu_"}[self.prologue]
            return f"gemv4_{kind}{self.fmt}{add}"
        if self.schedule == "gemv8" and self.epilogue == "silu_q8":
            return f"gemv8_gate_up_{self.fmt}"
        prologue = f"{self.prologue}_" if self.prologue else ""
        return f"{self.schedule}_{prologue}{self.fmt}{add}{f16}"

    def attrs(self) -> dict:
        return {"op": "product", **asdict(self)}


def _rows(schedule):
    return {"gemv": GEMV_ROWS, "gemv4": GEMV4_ROWS, "gemv8": GEMV8_ROWS}.get(schedule, 0)


def format_products(fmt: str) -> list:
    """The f32 products of one weight format, in generation order."""
    p = [Product(s, fmt, pro, epi, rows=_rows(s)) for s, pro, epi in (
        ("matmul", "", ""), ("matmul", "", "add"), ("gemv", "", ""), ("gemv", "", "add"), ("gemv", "norm", ""),
        ("gemv", "silu", "add"), ("mm8", "", ""), ("mm8", "", "add"), ("mmt", "", ""), ("mmt", "", "add"))]
    return p


def format_products_f16(fmt: str) -> list:
    """The products of one weight format over f16 activations (the f16 plan): f16 x in and y out, except where
    x is the f32 residual stream (gemv norm) or y is added to it (add). There is no plain gemv over f16: a
    plan uses it only for products without residual, which the f16 plan fuses (norm) or has none of."""
    return [Product(s, fmt, pro, epi, "f16", _rows(s)) for s, pro, epi in (
        ("matmul", "", ""), ("matmul", "", "add"), ("mm8", "", ""), ("mm8", "", "add"), ("gemv", "norm", ""),
        ("gemv", "", "add"), ("gemv", "silu", "add"))]


def q4_products(fmt: str) -> list:
    """The products over whole q4 blocks of a Q4_FORMATS format: gemv4 kinds, then gemv8."""
    return [Product("gemv4", fmt, pro, epi, rows=GEMV4_ROWS) for pro, epi in (("", ""), ("", "add"), ("norm", ""), ("silu", "add"))]


def q4_products_wide(fmt: str) -> list:
    return [Product("gemv4", fmt, "norm", rows=GEMV4_WIDE_ROWS)]


def q8_products(fmt: str) -> list:
    return [Product("gemv8", fmt, rows=GEMV8_ROWS), Product("gemv8", fmt, epilogue="add", rows=GEMV8_ROWS)]


def gate_up_products(fmt: str) -> list:
    return [Product("gemv8", fmt, epilogue="silu_q8", rows=GEMV8_ROWS)]


@lru_cache(maxsize=None)
def product_kernels() -> dict:
    """Every generated product kernel: {name: Product}."""
    products = [p for fmt in MATRIX_FORMATS for p in format_products(fmt)]
    for make in (q4_products, q4_products_wide, q8_products, gate_up_products):
        products += [p for fmt in Q4_FORMATS for p in make(fmt)]
    products += [p for fmt in KQ8_FORMATS for p in q8_products(fmt)]
    products += [p for fmt in MATRIX_FORMATS for p in format_products_f16(fmt)]
    return {p.name: p for p in products}


def find(schedule, fmt, prologue="", epilogue="", act="f32", rows=None):
    """The name of the generated product with these attributes (rows None: the schedule's usual rows), or
    None when no such kernel is generated."""
    rows = _rows(schedule) if rows is None else rows
    name = Product(schedule, fmt, prologue, epilogue, act, rows).name
    kernel = product_kernels().get(name)
    return name if kernel is not None and kernel.rows == rows else None
