"""One invocation per output element: activations, biases, positions, scaling, and the row-part helpers of
split matrices (copy_columns, part_ids, merge_rows)."""

from tvm import te, tirx as tir
from tvm.script import tirx as T

from .common import F32, _f16_suffix, _prim_func, _schedule_elementwise, _silu_times, _var
from .macros import tir_module


def silu_mul(dtype=F32):
    """h[n, F] = silu(gu[:, :F]) * gu[:, F:] for gu[n, 2F] (gate rows then up rows); dtype: storage of gu, h."""
    n, F = _var("n"), _var("F")
    gu = te.placeholder((n, 2 * F), dtype, name="gu")

    def silu_times_up(i, j):
        return _silu_times(gu[i, j].astype(F32), gu[i, F + j].astype(F32)).astype(dtype)

    h = te.compute((n, F), silu_times_up, name="h")
    return _schedule_elementwise(_prim_func("silu_mul" + _f16_suffix(dtype), [gu, h]), "h")


def add_bias(dtype=F32):
    """y[n, N] = x[n, N] + b[N] (Qwen2's q/k/v biases); dtype: storage of x and y."""
    n, N = _var("n"), _var("N")
    x = te.placeholder((n, N), dtype, name="x")
    b = te.placeholder((N,), F32, name="b")
    y = te.compute((n, N), lambda i, j: (x[i, j].astype(F32) + b[j]).astype(dtype), name="y")
    return _schedule_elementwise(_prim_func("add_bias" + _f16_suffix(dtype), [x, b, y]), "y")


def _gelu_tanh(x):
    """gelu_tanh(x) = 0.5 x (1 + tanh(y)), y = sqrt(2/pi) (x + 0.044715 x^3), computed as x / (1 + exp(-2y)):
    the same function, and it saturates to 0 or x where a tanh through exp would overflow to inf / inf."""
    y = tir.const(0.7978845608028654, F32) * (x + tir.const(0.044715, F32) * x * x * x)
    return x / (tir.const(1.0, F32) + te.exp(tir.const(-2.0, F32) * y))


def gelu_mul():
    """h[n, F] = gelu_tanh(gu[:, :F]) * gu[:, F:] (Gemma's GeGLU)."""
    n, F = _var("n"), _var("F")
    gu = te.placeholder((n, 2 * F), F32, name="gu")
    h = te.compute((n, F), lambda i, j: _gelu_tanh(gu[i, j]) * gu[i, F + j], name="h")
    return _schedule_elementwise(_prim_func("gelu_mul", [gu, h]), "h")


def gelu():
    """y[n, F] = gelu_tanh(x[n, F]) (GPT-2's MLP activation, "gelu_new")."""
    n, F = _var("n"), _var("F")
    x = te.placeholder((n, F), F32, name="x")
    y = te.compute((n, F), lambda i, j: _gelu_tanh(x[i, j]), name="y")
    return _schedule_elementwise(_prim_func("gelu", [x, y]), "y")


def add_positions():
    """y[n, K] = x[n, K] + pos_embed[pos0 + i, K] (GPT-2's learned positions)."""
    n, K, P, pos0 = _var("n"), _var("K"), _var("P"), _var("pos0")
    x = te.placeholder((n, K), F32, name="x")
    table = te.placeholder((P, K), F32, name="pos_embed")
    y = te.compute((n, K), lambda i, j: x[i, j] + table[pos0 + i, j], name="y")
    return _schedule_elementwise(_prim_func("add_positions", [x, table, y, pos0]), "y")


def scale_rows():
    """y[n, K] = x[n, K] * s (Gemma scales the embedding by sqrt(hidden size))."""
    n, K, s = _var("n"), _var("K"), _var("s", F32)
    x = te.placeholder((n, K), F32, name="x")
    y = te.compute((n, K), lambda i, j: x[i, j] * s, name="y")
    return _schedule_elementwise(_prim_func("scale_rows", [x, y, s]), "y")


def copy_columns(dtype=F32):
    """y[i, col0 + j] = x[i, j] for x [n, N] and y [rows, ldy]: one row part's product output put into
    its columns of the whole output (lowering.RowParts: a matrix split across bindings, or a fused
    matrix stored in row parts of different formats). dtype: of x and y (f16: the f16
    plan's activations). Written in TIR directly: TE has no in-place update of an existing buffer."""
    @T.prim_func(s_tir=True)
    def copy_columns(x_h: T.handle, y_h: T.handle, col0: T.int32):
        n, N, rows, ldy = T.int32(), T.int32(), T.int32(), T.int32()
        x = T.match_buffer(x_h, (n, N), dtype)
        y = T.match_buffer(y_h, (rows, ldy), dtype)
        for i, j in T.grid(n, N):
            with T.sblock("copy"):
                vi, vj = T.axis.remap("SS", [i, j])
                y[vi, col0 + vj] = x[vi, vj]

    name = "copy_columns" + _f16_suffix(dtype)
    return _schedule_elementwise(tir_module(name, copy_columns), "copy")


def part_ids():
    """y[n] = ids[n] - row0, clamped to [0, rows - 1]: token ids as row numbers within one row part
    [row0, row0 + rows) of a split embedding (merge_rows then keeps the rows whose id lies in it)."""
    n, row0, rows = _var("n"), _var("row0"), _var("rows")
    ids = te.placeholder((n,), "int32", name="ids")
    y = te.compute((n,), lambda i: tir.max(tir.min(ids[i] - row0, rows - 1), 0), name="y")
    return _schedule_elementwise(_prim_func("part_ids", [ids, y, row0, rows]), "y")


def merge_rows():
    """y[i, :] = x[i, :] where row0 <= ids[i] < row0 + rows, else y[i, :] unchanged (x, y [n, K]): the
    rows one part of a split embedding looked up. Written in TIR directly (y updated in place)."""
    @T.prim_func(s_tir=True)
    def merge_rows(ids_h: T.handle, x_h: T.handle, y_h: T.handle, row0: T.int32, rows: T.int32):
        n, K = T.int32(), T.int32()
        ids = T.match_buffer(ids_h, (n,), "int32")
        x = T.match_buffer(x_h, (n, K), "float32")
        y = T.match_buffer(y_h, (n, K), "float32")
        for i, c in T.grid(n, K):
            with T.sblock("merge"):
                vi, vc = T.axis.remap("SS", [i, c])
                T.reads(ids[vi], x[vi, vc])
                T.writes(y[vi, vc])
                if row0 <= ids[vi] and ids[vi] < row0 + rows:
                    y[vi, vc] = x[vi, vc]

    return _schedule_elementwise(tir_module("merge_rows", merge_rows), "merge")
