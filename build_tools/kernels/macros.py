"""What the kernels written in TIR share: vec4 lane helpers, the IRModule of a kernel (or of one variant of a
T.jit kernel), and TIR macros for steps that several kernels take the same way.

A kernel with variants (a residual added or not, an input normed or gated, ...) is one @T.jit function whose
variant-only parameters are T.Optional: each variant leaves out the ones it does not take (tir_variant), and
the body picks its steps with Python conditions, evaluated as it is parsed. Steps of one kernel are @T.inline
functions inside it (they see its names); steps shared by kernels are the @T.macro functions here, which get
every buffer and value they use as an argument."""

import tvm
from tvm.script import tirx as T

V4, U4 = "float32x4", "uint32x4"  # f32 / u32 vec4: 16-byte loads and stores


def splat4(v):
    """v in the 4 lanes of a vec4."""
    return T.Broadcast(v, 4)


def vsum4(v):
    """The sum of a vec4's lanes, lane 0 first."""
    return T.Shuffle([v], [0]) + T.Shuffle([v], [1]) + T.Shuffle([v], [2]) + T.Shuffle([v], [3])


def vmax4(v):
    """The largest of a vec4's lanes, as max(max(lane 0, lane 1), max(lane 2, lane 3))."""
    return T.max(T.max(T.Shuffle([v], [0]), T.Shuffle([v], [1])), T.max(T.Shuffle([v], [2]), T.Shuffle([v], [3])))


def tir_module(name, func):
    """The IRModule of kernel `name`: the PrimFunc func as its entry point."""
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


def tir_variant(kernel, name, **present):
    """tir_module of one variant of a @T.jit kernel: each T.Optional parameter named in `present` is a
    parameter of the variant or, where its value is false, left out."""
    return tir_module(name, kernel.specialize(**{p: None for p, keep in present.items() if not keep}))


@T.macro
def rms_factor(x, i, Kb, eps, tx, TX, xv, st, red, red8):
    """st[0] = rsqrt(mean(x[i]^2) + eps), the norm factor of row i of x [n, 8 Kb] (vec4s), summed by the
    workgroup's TX = 64 invocations tx itself (every workgroup of a row sums it again: no dispatch of its
    own). xv: local vec4 [8]; red: workgroup f32 [64], red8: workgroup f32 [8]."""
    st[0] = T.float32(0)
    # 8 loads in flight per pass (a loop of one load each waits out every load's latency: H200,
    # a 4096 row: 14 us a dispatch that way)
    for b in range(T.floordiv(Kb * 8 + TX * 8 - 1, TX * 8)):
        for u in T.unroll(8):  # (the tail clamped, then masked by a 0 factor: no branch around a load)
            xv[u] = x[i, T.min((b * 8 + u) * TX + tx, Kb * 8 - 1)]
        for u in T.unroll(8):
            st[0] = st[0] + vsum4(xv[u] * xv[u]) * T.Cast("float32", (b * 8 + u) * TX + tx < Kb * 8)
    # two-stage sum (8 x 8): 2 syncs instead of a tree's 6
    red[tx] = st[0]
    T.tvm_storage_sync("shared")
    if tx < 8:
        st[0] = T.float32(0)
        for o in T.unroll(8):
            st[0] = st[0] + red[tx * 8 + o]
        red8[tx] = st[0]
    T.tvm_storage_sync("shared")
    st[0] = T.float32(0)
    for o in T.unroll(8):
        st[0] = st[0] + red8[o]
    st[0] = T.rsqrt(st[0] / T.Cast("float32", Kb * 32) + eps)
    T.tvm_storage_sync("shared")


@T.macro
def block_inputs(xv, i, blk, Kb, x=None, w=None, st=None, gu=None):
    """xv[0 .. 7] = the 32 inputs of quant block blk of row i as vec4s: given gu [n, 16 Kb] (gate | up), silu
    of the gate times the up value; given w [8 Kb], x [n, 8 Kb] normed (x * w * st[0], st[0] from
    rms_factor); else x itself."""
    for k in T.unroll(8):
        if gu is not None:
            xv[k] = gu[i, blk * 8 + k] / (splat4(T.float32(1)) + T.exp(splat4(T.float32(0)) - gu[i, blk * 8 + k])) * gu[
                i, Kb * 8 + blk * 8 + k]
        elif w is not None:
            xv[k] = x[i, blk * 8 + k] * w[blk * 8 + k] * splat4(st[0])
        else:
            xv[k] = x[i, blk * 8 + k]


def ml4(m, l):
    """The (m, l, 0, 0) vec4 that ends a partial softmax row (running max m, sum l) for attn_combine_gpu."""
    return T.Shuffle([T.Broadcast(m, 4), T.Broadcast(l, 4), T.Broadcast(T.float32(0), 4)], [0, 4, 8, 8])


# Two-stage workgroup reductions over 256 invocations (16 x 16: 16 invocations each combine 16 partials, then
# every invocation the 16 results in the same order): 2 syncs, not a tree's 8, and all invocations hold the
# same result and take the same branches after it. partial: workgroup f32 [256], partial16: workgroup f32 [16];
# the result goes to result[at]. sync: a barrier after it too (before partial is written again).


@T.macro
def workgroup_max(value, result, partial, partial16, tx, at=0, sync=True):
    """result[at] = the largest value over the workgroup (see above)."""
    partial[tx] = value
    T.tvm_storage_sync("shared")
    if tx < 16:
        result[at] = partial[tx * 16]
        for o in T.unroll(15):
            result[at] = T.max(result[at], partial[tx * 16 + 1 + o])
        partial16[tx] = result[at]
    T.tvm_storage_sync("shared")
    result[at] = partial16[0]
    for o in T.unroll(15):
        result[at] = T.max(result[at], partial16[1 + o])
    if sync:
        T.tvm_storage_sync("shared")


@T.macro
def workgroup_sum(value, result, partial, partial16, tx, at=0, sync=True, from_zero=False):
    """result[at] = the sum of value over the workgroup (see above). from_zero: each stage's sum starts from 0
    rather than from its first partial (the same value; attn_decode_rope_gpu's order, which its WGSL keeps)."""
    partial[tx] = value
    T.tvm_storage_sync("shared")
    if tx < 16:
        if from_zero:
            result[at] = T.float32(0)
            for o in T.unroll(16):
                result[at] = result[at] + partial[tx * 16 + o]
        else:
            result[at] = partial[tx * 16]
            for o in T.unroll(15):
                result[at] = result[at] + partial[tx * 16 + 1 + o]
        partial16[tx] = result[at]
    T.tvm_storage_sync("shared")
    if from_zero:
        result[at] = T.float32(0)
        for o in T.unroll(16):
            result[at] = result[at] + partial16[o]
    else:
        result[at] = partial16[0]
        for o in T.unroll(15):
            result[at] = result[at] + partial16[1 + o]
    if sync:
        T.tvm_storage_sync("shared")
