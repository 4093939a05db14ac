"""Kernel choice shared by the model families (the first piece of a lowering layer: the families say
"a product", this module says which kernel computes it).

The barrier-free products, for devices where workgroup barriers are slow (CPU Vulkan such as lavapipe,
SwiftShader) and for families that have no GPU schedules yet:
- prefill (n tokens): mm8_* — one invocation per (output column, 8 rows of x), so each weight word is
  loaded and dequantized once for 8 tokens. On lavapipe a 37-token SmolLM2 prefill took ~7 s instead of
  ~27 s with matmul_* (2026-12-07, BENCHMARKS.md "Memory and lavapipe"). It computes whole tiles of 8
  rows (buffers hold a multiple of 8 rows) and needs N a multiple of its 64 outputs per workgroup.
- one token (decode): matmul_* — one invocation per output: mm8_* would do 8 rows of work for 1.
"""

MM_TOKENS, MM_COLUMNS = 8, 64  # mm8_*: rows of x per invocation, outputs per workgroup (build_tools/kernels.py)


def barrier_free_product(fmt: str, N: int, rows: int, decode: bool) -> str:
    """The kernel (without "_add" or a precision suffix) of a product with N outputs whose activation
    buffers hold `rows` rows, for a prefill chunk or (decode) one token."""
    if not decode and N % MM_COLUMNS == 0 and rows % MM_TOKENS == 0:
        return "mm8_" + fmt
    return "matmul_" + fmt


def product_dims(N: int, K: int) -> dict:
    """The scalars of either kernel (each takes the ones it declares; nt is a call dim: tiles(n))."""
    return {"n": "n", "nt": "nt", "N": N, "Nj": N // MM_COLUMNS, "K": K}


def tiles(n: int) -> int:
    """mm8_*'s tiles of MM_TOKENS rows for n rows (the call dim nt)."""
    return -(-n // MM_TOKENS)
