"""Matrix products over f32 (or f16) activations: matmul_* (any device), gemv* (decode), mm8_* and mmt_*
(prefill), embed_*."""

from tabllm.kernel_set import GEMV4_ROWS, GEMV4_WIDE_ROWS, GEMV_ROWS, MM_COLUMNS, MM_TOKENS, MMT_BLOCKS, MMT_COLUMNS, MMT_ROWS
from tvm import te, tirx as tir
from tvm.script import tirx as T

from .common import (F32, _f16_suffix, _one_per_invocation, _prim_func, _schedule, _schedule_elementwise,
                     _silu_times, _store_after, _stored, _var)
from .macros import U4, V4, block_inputs, rms_factor, splat4, tir_variant, vsum4
from .quant import (KQUANTS, QUANT_FORMATS, TWO23, UNQUANTIZED, WORD_LAYOUT, _quant_placeholders, kquant_row_words,
                    kquant_unit, word_dequant, word_element, word_value)


def quant_matmul(fmt, with_residual, x_dtype=F32, y_dtype=F32):
    """y[n, N] = x[n, K] @ W[N, K]^T (+ residual[n, N]); W dequantized on the fly. x_dtype / y_dtype:
    storage of x and of y (not of residual / out, the f32 residual stream)."""

    def build():
        n, N, K = _var("n"), _var("N"), _var("K")
        x = te.placeholder((n, K), x_dtype, name="x")
        q, scale, mins = _quant_placeholders(fmt, N, K)
        dequant = QUANT_FORMATS[fmt][2]
        name = f"matmul_{fmt}" + ("_add" if with_residual else "") + _f16_suffix(x_dtype, y_dtype)
        if fmt in KQUANTS:
            # K by 32-element sub-blocks, each unrolled (8 units of 4): the sub-block's scale and min, the same
            # expression in all 32 terms, are computed once there instead of once per element
            wo, u, e = te.reduce_axis((0, tir.floordiv(K, 32)), "wo"), te.reduce_axis((0, 8), "u"), te.reduce_axis((0, 4), "e")
            y = te.compute((n, N), lambda i, j: te.sum(x[i, wo * 32 + u * 4 + e].astype(F32) * word_dequant(
                fmt, q, None, None, j, wo * 8 + u, e), axis=[wo, u, e]), name="y")
            return _schedule_matmul_rows(_prim_func(name, [x, q, *_outputs(y, with_residual, y_dtype)]), with_residual,
                                         unrolled=True)
        k = te.reduce_axis((0, K), "k")
        y = te.compute((n, N), lambda i, j: te.sum(x[i, k].astype(F32) * dequant(q, scale, mins, j, k), axis=k), name="y")
        mod = _prim_func(name, [x, q, scale, mins, *_outputs(y, with_residual, y_dtype)])
        return _schedule_matmul_rows(mod, with_residual)

    return build


def _outputs(y, with_residual, y_dtype=F32):
    """The outputs of a product y [n, N]: residual [n, N] and out = y + residual (the f32 residual stream), or y
    as stored (y_dtype)."""
    if not with_residual:
        return [_stored(y, y_dtype)]
    residual = te.placeholder(y.shape, F32, name="residual")
    return [residual, te.compute(y.shape, lambda i, j: y[i, j] + residual[i, j], name="out")]


def _schedule_matmul_rows(mod, with_residual, unrolled=False):
    # One invocation per output (i, j), serial over K: no workgroup barriers, which CPU Vulkan
    # (lavapipe) and SwiftShader execute very slowly. A GPU-tuned schedule is future speed work.
    # unrolled: the reduction's inner loops (all but the first) unrolled, the sum kept in a register.
    sch = _schedule(mod)
    block = sch.get_sblock("y")
    i, j, *ks = sch.get_loops(block)
    inner = _one_per_invocation(sch, [i, j])
    if unrolled:
        for loop in ks[1:]:
            sch.unroll(loop)
        if not sch.get_consumers(block):
            sch.cache_write(block, 0, "local")  # (its write-back lands in the invocation's loop)
    _store_after(sch, block, inner)  # (residual add or f16 cast) y is one value per invocation, not a global buffer
    return sch.mod


# ---------------------------------------------------------------------------------------------------
# GPU matrix-vector products (decode; any n). One workgroup of GEMV_THREADS invocations computes
# GEMV_ROWS outputs of one row of x: each invocation walks the u32 payload words of those weight rows
# with a stride of GEMV_THREADS words (consecutive invocations read consecutive words: coalesced), keeps
# GEMV_ROWS partial sums in registers (each x element is loaded once and used GEMV_ROWS times), and the
# workgroup sums the partials through workgroup memory. N must be a multiple of GEMV_ROWS.

GEMV_THREADS = 64  # (GEMV_ROWS: tabllm.kernel_set, shared with the runtime)
GEMV_UNROLL = 1  # passes unrolled per invocation (a sweep on the H200 found 1 to 4 alike: BENCHMARKS.md)


def gemv(fmt, with_residual, gated=False, rows=None, threads=None, unroll=None, name=None, normed=False,
         x_dtype=F32, y_dtype=F32):
    """y[n, N] = x[n, K] @ W[N, K]^T (+ residual[n, N]), W dequantized on the fly; uniforms K, Nb = N / 4.
    gated: x is silu(gu[:, :K]) * gu[:, K:] of gu[n, 2K], computed as it is read (the FFN's down product
    without a separate silu_mul dispatch). x_dtype / y_dtype: storage of x (or gu) and of y."""

    def build():
        R, TX = rows or GEMV_ROWS, threads or GEMV_THREADS  # (other values: tools/sweeps/gen_gemv.py)
        n, N, Nb, K = _var("n"), _var("N"), _var("Nb"), _var("K")
        words, per_word = WORD_LAYOUT[fmt]
        Kw = tir.floordiv(K, 32) * words  # payload words per row
        if gated:
            gu = te.placeholder((n, 2 * K), x_dtype, name="gu")
            x_in = gu

            class _Gated:  # x[i, c] as an expression over gu
                def __getitem__(self, ic):
                    i, c = ic
                    return _silu_times(gu[i, c].astype(F32), gu[i, K + c].astype(F32))

            x = _Gated()
        elif normed:
            # RMSNorm fused in front: y = rsqrt(mean(x^2) + eps) * (x * w) @ W^T; each workgroup sums the
            # squares of its x row itself (the row is read anyway), saving the rms_norm dispatch
            x_in = te.placeholder((n, K), x_dtype, name="x")
            w_norm = te.placeholder((K,), F32, name="w")
            eps = _var("eps", F32)
            # k = (so * 8 + su) * TX + st, su unrolled: 8 loads in flight per pass (a row of 4096 takes
            # 64 serial loads per invocation otherwise, which dominated the kernel on the H200)
            so = te.reduce_axis((0, tir.floordiv(K + TX * 8 - 1, TX * 8)), "so")
            su = te.reduce_axis((0, 8), "su")
            st = te.reduce_axis((0, TX), "st")

            def sumsq(i):
                k = (so * 8 + su) * TX + st
                v = x_in[i, tir.min(k, K - 1)].astype(F32)
                return te.sum(v * v * (k < K).astype(F32), axis=[so, su, st])

            ss = te.compute((n,), sumsq, name="ss")
            # the row's factor, once (in workgroup memory), not an rsqrt per element
            rs = te.compute((n,), lambda i: te.rsqrt(ss[i] / K.astype(F32) + eps), name="rs")

            class _Normed:  # the normalized input x * rsqrt(mean(x^2) + eps) * w, element by element
                def __getitem__(self, ic):
                    i, c = ic
                    return x_in[i, c].astype(F32) * rs[i] * w_norm[c]

            x = _Normed()
        else:
            x = x_in = te.placeholder((n, K), x_dtype, name="x")
        q, scale, mins = _quant_placeholders(fmt, N, K)
        # word wd = wo * TX + tx; past the row's end (last pass) the term is multiplied by 0 instead of
        # predicated: a predicate on every unrolled term keeps GPU compilers from batching the loads.
        # wd = (wo * U + u) * TX + tx, u unrolled: U independent loads in flight per invocation and row
        # (a loop of one load per pass is bound by memory latency, not bandwidth)
        U = unroll or GEMV_UNROLL
        wo = te.reduce_axis((0, tir.floordiv(Kw + TX * U - 1, TX * U)), "wo")
        u = te.reduce_axis((0, U), "u")
        tx = te.reduce_axis((0, TX), "tx")
        e = te.reduce_axis((0, per_word), "e")

        def dot(i, jb, jr):  # output row j = jb * R + jr, as (Nb, R) so that no partial tile exists
            j = jb * R + jr
            w = (wo * U + u) * TX + tx
            wd = tir.min(w, Kw - 1)  # clamped: in bounds, and its term is zeroed below
            col, _ = word_element(fmt, wd, e)
            term = x[i, col].astype(F32) * word_dequant(fmt, q, scale, mins, j, wd, e)
            # a 0/1 factor, not a Select: TVM's WGSL for a Select that loads is an if/else. Every term
            # is finite (clamped in-bounds reads of finite data), so 0 * term is 0.
            return te.sum(term * (w < Kw).astype(F32), axis=[wo, u, tx, e])

        y = te.compute((n, Nb, R), dot, name="y")
        args = [x_in, q, scale, mins]
        if normed:
            args.insert(1, w_norm)
            args += [_stored(y, y_dtype), eps]
        elif with_residual:
            residual = te.placeholder((n, N), F32, name="residual")
            out = te.compute((n, Nb, R), lambda i, jb, jr: y[i, jb, jr] + residual[i, jb * R + jr], name="out")
            args += [residual, out]
        else:
            args += [_stored(y, y_dtype)]
        if gated:
            args.append(K)  # not recoverable from gu's shape [n, 2K]: a uniform of its own
        kind = "_silu" if gated else "_norm" if normed else ""
        mod = _prim_func(name or f"gemv{kind}_{fmt}" + ("_add" if with_residual else "") + _f16_suffix(x_dtype, y_dtype), args)
        sch = _schedule(mod)
        block = sch.get_sblock("y")
        rf = sch.rfactor(sch.get_loops(block)[5], 0)  # per-invocation partial sums y_rf[tx, i, jb, jr]
        i, jb, jr, w_outer, uu, tx, ee = sch.get_loops(rf)
        # The rows i of x loop inside the workgroup: its weight rows are read from memory once and
        # from cache for i > 0; and the grid is jb alone, so no index needs a division (which a GPU
        # compiler does not always hoist out of the loop).
        sch.reorder(jb, i, tx, w_outer, uu, ee, jr)  # jr innermost: one x load feeds R rows
        sch.bind(jb, "blockIdx.x")
        sch.bind(tx, "threadIdx.x")
        sch.unroll(uu)
        sch.unroll(ee)
        sch.unroll(jr)
        sch.set_scope(rf, 0, "local")
        sch.decompose_reduction(rf, w_outer)
        sch.reverse_compute_at(block, i)  # the cross-invocation sum, one row after another
        _, _, ax_tx, ax_r = sch.get_loops(block)
        sch.reorder(ax_r, ax_tx)
        sch.bind(ax_tx, "threadIdx.x")
        _store_after(sch, block, ax_r)  # the residual add or the f16 cast
        if normed:
            rs_block, ss_block = sch.get_sblock("rs"), sch.get_sblock("ss")
            sch.compute_at(rs_block, i)  # before the products of that row
            sch.set_scope(rs_block, 0, "shared")
            sch.compute_at(ss_block, i)
            _, _, s_o, s_u, s_t = sch.get_loops(ss_block)
            sch.reorder(s_t, s_o, s_u)
            sch.unroll(s_u)
            sch.bind(s_t, "threadIdx.x")
            sch.set_scope(ss_block, 0, "shared")
        return sch.mod

    return build


GEMV4_THREADS = 64  # gemv4_*: invocations per workgroup (8 x 8 in its sums); GEMV4_ROWS (a multiple of 4): kernel_set
# gemv4_norm16_*: 16 rows per workgroup for wide products (every workgroup sums the squares of the whole x
# row again: 16 rows quarter that cost per weight byte, but leave 4x fewer workgroups; H200, 8B shapes:
# gate_up + qkv 4.0 ms a token at 4 rows, 3.4 ms at 16; SmolLM2's narrow products were slower at 16)
GEMV4_NORM_WIDE_ROWS = GEMV4_WIDE_ROWS
GEMV4_KINDS = ("", "_add", "norm", "silu_add")  # plain, + residual, RMSNorm in front, silu(gate) * up input


def gemv4(fmt, kind, rows=GEMV4_ROWS):
    """Decode product over whole q4 blocks with 16-byte loads: y[n, N] = x[n, K] @ W[N, K]^T with the
    extras of gemv (kind "_add": + residual; "norm": x = rms_norm(x) * w, eps; "silu_add": x =
    silu(gu[:, :K]) * gu[:, K:] of gu[n, 2K], + residual). Uniforms: N, Nb = N / rows workgroups, Kb = K /
    32 blocks per row (K a multiple of 32, N of rows).
    Invocation t of a workgroup takes blocks t, t + 64, ... of `rows` weight rows (4; 16 in
    gemv4_norm16_*): per block it loads the 32 x values as 8 vec4 (once for all rows), then per row the block's 16 payload bytes as one vec4<u32>
    and its scale; the nibbles of a word go to f32 four at a time with vector shifts, masks and the
    2^23 exponent trick (no integer-to-float conversion), multiplied by the x vec4 they belong to.
    q4 block layout: byte b of the block holds element b (low nibble) and b + 16 (high nibble); word w
    (bytes 4w .. 4w + 3) thus holds elements 4w .. 4w + 3 (low nibbles, shifts 0, 8, 16, 24) and
    16 + 4w .. 16 + 4w + 3 (high nibbles, shifts 4, 12, 20, 28): x vec4s w and 4 + w.
    q4_1 adds min * sum(x of the block). The rows' partial sums meet in a workgroup tree reduction.
    Written in TIR directly (vector types and lane shuffles)."""
    if fmt not in ("q4_0", "q4_1"):
        raise ValueError(f"gemv4 reads q4 blocks, not {fmt}")
    R, TX = rows, GEMV4_THREADS
    has_min, normed, gated, has_residual = fmt == "q4_1", kind == "norm", kind == "silu_add", kind in ("_add", "silu_add")
    bias = TWO23 + (0 if has_min else 8)  # q4_0 stores nibble - 8

    def nibbles(word, shift0):  # f32 vec4 of the 4 nibbles of word at shifts shift0 + 0, 8, 16, 24
        bits = T.shift_right(splat4(word), T.Ramp(T.uint32(shift0), T.uint32(8), 4)) & splat4(T.uint32(15))
        return T.reinterpret(V4, bits | splat4(T.uint32(0x4B000000))) - splat4(T.float32(bias))

    @T.jit
    def gemv4_kernel(x_h: T.Optional(T.handle), gu_h: T.Optional(T.handle), w_h: T.Optional(T.handle), wq_h: T.handle,
                     wscale_h: T.handle, wmin_h: T.handle, residual_h: T.Optional(T.handle), out_h: T.handle, Nb: T.int32,
                     eps: T.Optional(T.float32)):
        n, N, Kb = T.int32(), T.int32(), T.int32()
        if x_h is not None:
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
        if gu_h is not None:
            gu = T.match_buffer(gu_h, (n, Kb * 16), V4)
        if w_h is not None:
            w = T.match_buffer(w_h, (Kb * 8,), V4)
        wq = T.match_buffer(wq_h, (N, Kb), U4)
        wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
        wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
        if residual_h is not None:
            residual = T.match_buffer(residual_h, (n, N), "float32")
        out = T.match_buffer(out_h, (n, N), "float32")
        jb = T.launch_thread("blockIdx.x", Nb)
        tx = T.launch_thread("threadIdx.x", TX)
        red = T.alloc_buffer((TX,), "float32", scope="shared")  # (the norm's sum of squares)
        red4 = T.alloc_buffer((R // 4 * TX,), V4, scope="shared")
        red48 = T.alloc_buffer((R // 4 * 8,), V4, scope="shared")
        red8 = T.alloc_buffer((8,), "float32", scope="shared")
        tmp = T.alloc_buffer((R // 4,), V4, scope="local")
        xv = T.alloc_buffer((8,), V4, scope="local")
        wv = T.alloc_buffer((R,), U4, scope="local")
        part = T.alloc_buffer((1,), V4, scope="local")
        acc = T.alloc_buffer((R,), "float32", scope="local")
        st = T.alloc_buffer((2,), "float32", scope="local")
        for i in range(n):
            if normed:  # st[0] = the row's norm factor, summed by this workgroup
                rms_factor(x, i, Kb, eps, tx, TX, xv, st, red, red8)
            for r in T.unroll(R):
                acc[r] = T.float32(0)
            for b in range(T.floordiv(Kb - tx + TX - 1, TX)):
                if gated:
                    block_inputs(xv, i, b * TX + tx, Kb, gu=gu)
                elif normed:
                    block_inputs(xv, i, b * TX + tx, Kb, x=x, w=w, st=st)
                else:
                    block_inputs(xv, i, b * TX + tx, Kb, x=x)
                if has_min:
                    st[1] = vsum4(xv[0] + xv[1] + xv[2] + xv[3] + xv[4] + xv[5] + xv[6] + xv[7])
                for r in T.unroll(R):
                    wv[r] = wq[jb * R + r, b * TX + tx]
                    part[0] = splat4(T.float32(0))
                    for w4 in T.unroll(4):
                        part[0] = part[0] + nibbles(T.Shuffle([wv[r]], [w4]), 0) * xv[w4] + nibbles(T.Shuffle([wv[r]], [w4]), 4) * xv[4 + w4]
                    if has_min:
                        acc[r] = acc[r] + wscale[jb * R + r, b * TX + tx] * vsum4(part[0]) + wmin[jb * R + r, b * TX + tx] * st[1]
                    else:
                        acc[r] = acc[r] + wscale[jb * R + r, b * TX + tx] * vsum4(part[0])
            # the R rows' partial sums as R / 4 vec4 per invocation, summed in two stages (8 x 8; 2 syncs,
            # not a tree's 6): invocation t < 8 R / 4 adds the 8 partials of octet t % 8 of group t // 8
            for g in T.unroll(R // 4):
                red4[g * TX + tx] = T.Shuffle([acc[g * 4], acc[g * 4 + 1], acc[g * 4 + 2], acc[g * 4 + 3]], [0, 1, 2, 3])
            T.tvm_storage_sync("shared")
            if tx < R * 2:
                tmp[0] = splat4(T.float32(0))
                for o in T.unroll(8):
                    tmp[0] = tmp[0] + red4[T.floordiv(tx, 8) * TX + T.floormod(tx, 8) * 8 + o]
                red48[tx] = tmp[0]
            T.tvm_storage_sync("shared")
            # row tx (< R) is lane tx % 4 of group tx // 4
            tmp[0] = splat4(T.float32(0))
            for o in T.unroll(8):
                tmp[0] = tmp[0] + red48[T.floordiv(T.min(tx, R - 1), 4) * 8 + o]
            st[1] = T.Select(T.floormod(tx, 4) == 0, T.Shuffle([tmp[0]], [0]), T.Select(T.floormod(tx, 4) == 1, T.Shuffle([tmp[0]], [1]), T.Select(
                T.floormod(tx, 4) == 2, T.Shuffle([tmp[0]], [2]), T.Shuffle([tmp[0]], [3]))))
            if tx < R:
                if has_residual:
                    out[i, jb * R + tx] = st[1] + residual[i, jb * R + tx]
                else:
                    out[i, jb * R + tx] = st[1]
            T.tvm_storage_sync("shared")

    return tir_variant(gemv4_kernel, gemv4_name(fmt, kind, rows), x_h=not gated, gu_h=gated, w_h=normed,
                       residual_h=has_residual, eps=normed)


def gemv4_name(fmt, kind, rows=GEMV4_ROWS):
    if kind == "norm" and rows == GEMV4_NORM_WIDE_ROWS:
        return f"gemv4_norm16_{fmt}"
    return {"": f"gemv4_{fmt}", "_add": f"gemv4_{fmt}_add", "norm": f"gemv4_norm_{fmt}", "silu_add": f"gemv4_silu_{fmt}_add"}[kind]


MM_THREADS = MM_COLUMNS  # (MM_TOKENS, rows of x per invocation, and MM_COLUMNS: tabllm.kernel_set)


def mm8(fmt, with_residual, x_dtype=F32, y_dtype=F32):
    """Prefill product y[n, N] = x[n, K] @ W[N, K]^T (+ residual), W dequantized on the fly. One invocation
    per (output column j, 8 rows of x): each weight word is loaded and dequantized once for 8 tokens, with
    no barriers (so it suits CPU Vulkan too). Works on nt = ceil(n / 8) tiles of 8 rows: rows n .. 8 nt - 1
    of y (and out) are written with values of no meaning, so buffers need 8 nt rows; x rows past n are
    read clamped to row n - 1. N must be a multiple of 64 (uniform Nj = N / 64). x_dtype / y_dtype: storage
    of x and of y."""

    def build():
        NT, TX = MM_TOKENS, MM_THREADS
        n, nt, N, Nj, K = _var("n"), _var("nt"), _var("N"), _var("Nj"), _var("K")
        words, per_word = WORD_LAYOUT[fmt]
        x = te.placeholder((n, K), x_dtype, name="x")
        q, scale, mins = _quant_placeholders(fmt, N, K)
        wd = te.reduce_axis((0, tir.floordiv(K, 32) * words), "wd")
        e = te.reduce_axis((0, per_word), "e")

        def dot(it, ii, jo, jt):  # row i = it * 8 + ii, column j = jo * 64 + jt: [n, N] row-major
            i = tir.min(it * NT + ii, n - 1)
            col, _ = word_element(fmt, wd, e)
            return te.sum(x[i, col].astype(F32) * word_dequant(fmt, q, scale, mins, jo * TX + jt, wd, e), axis=[wd, e])

        y = te.compute((nt, NT, Nj, TX), dot, name="y")
        args = [x, q, scale, mins]
        if with_residual:
            residual = te.placeholder((nt * NT, N), F32, name="residual")
            out = te.compute(
                (nt, NT, Nj, TX), lambda it, ii, jo, jt: y[it, ii, jo, jt] + residual[it * NT + ii, jo * TX + jt], name="out"
            )
            args += [residual, out]
        else:
            args += [_stored(y, y_dtype)]
        sch = _schedule(_prim_func(f"mm8_{fmt}" + ("_add" if with_residual else "") + _f16_suffix(x_dtype, y_dtype), args))
        block = sch.get_sblock("y")
        it, ii, jo, jt, w, ee = sch.get_loops(block)
        sch.reorder(jo, it, jt, w, ee, ii)  # ii innermost: one dequantized weight feeds 8 rows
        sch.bind(jo, "blockIdx.x")
        sch.bind(it, "blockIdx.y")
        sch.bind(jt, "threadIdx.x")
        sch.unroll(ee)
        sch.unroll(ii)
        if with_residual or y_dtype != F32:  # the 8 sums stay in registers; out (or the f16 y) is written from them
            _store_after(sch, block, jt)
        else:
            sch.reverse_compute_at(sch.cache_write(block, 0, "local"), jt)
        sch.decompose_reduction(block, w)
        return sch.mod

    return build


# ---------------------------------------------------------------------------------------------------
# Tiled prefill products (mmt_*). A workgroup computes a TM x TN tile of y (TM rows of x, TN outputs)
# with (TM / RM) x (TN / RN) invocations, each holding an RM x RN register tile. K goes by in steps of
# KB quant blocks (32 KB elements): the workgroup dequantizes the step's W tile [TN, 32 KB] once into
# workgroup memory (f32) and copies the x tile [TM, 32 KB] there, both k-major; every invocation then
# does 32 KB rank-1 updates of its register tile from workgroup memory. The next step's global loads
# go to registers before those updates, so their latency hides behind the arithmetic.
# Defaults for the H200 (other values: tools/sweeps/gen_mm.py and python tools/sweeps/run_mm.py). In chunks
# of 256 rows, 4 x 8 register tiles (128 invocations) and 32 unrolled updates reached 60-66% of the FMA
# ceiling on the 8B shapes, 4 x 4 with 16 unrolled 52-57% (benchmarks/results/2026-11-30/h200-sweep-mmt-r4x8-n256.txt).

MMT_TM = MMT_ROWS  # rows of x (tokens) per workgroup (tabllm.kernel_set)
MMT_TN = MMT_COLUMNS  # outputs per workgroup (N a multiple of it)
MMT_RM = 4  # register tile rows per invocation (a multiple of 4)
MMT_RN = 8  # register tile columns per invocation (a multiple of 4): 128 invocations, 32 outputs each
MMT_KB = MMT_BLOCKS  # quant blocks per K step (K a multiple of 32 KB): one pair of barriers per step
MMT_UNROLL = 32  # rank-1 updates unrolled in the inner loop: a whole quant block


def mmt_name(fmt, with_residual):
    return f"mmt_{fmt}" + ("_add" if with_residual else "")


def mmt(fmt, with_residual, tm=MMT_TM, tn=MMT_TN, rm=MMT_RM, rn=MMT_RN, kb=MMT_KB, unroll=MMT_UNROLL, name=None):
    """Prefill product y[n, N] = x[n, K] @ W[N, K]^T (+ residual[n, N]), tiled as described above.
    Uniforms n, N, Kb = K / 32 (K a multiple of 32 KB); grid (ceil(n / TM), N / TN): the M tiles vary
    fastest, so the workgroups sharing a W tile run side by side and it comes from memory once. Rows of
    x past n are read clamped to row n - 1 and their results are not written: buffers need n rows only.
    mmt_{fmt} (no residual) also takes uniform S, K splits: grid y is then (N / TN) S, split s of a
    tile takes K steps [s c, (s + 1) c) (c = ceil(Kb / KB / S); none past the end: zeros) and writes
    its partial sums to rows s n + i of y [S n, N], which mmt_sum(_add) adds up. S = 1: plain y [n, N].
    Workgroup memory, k-major, a vec4 = 4 consecutive rows of x or of W at one k:
      xs[k, m4] = x[m0 + 4 m4 .. + 3, k0 + k],  ws[k, j4] = W[j0 + 4 j4 .. + 3, k0 + k]
    (TM / 4 and TN / 4 vec4 per k). Invocation t = (ty, tx) holds rows 4 (ty + h TM / RM) + a and
    columns 4 (tx + g TN / RN) + c (h < RM / 4, g < RN / 4, a, c < 4): its ws reads are consecutive
    vec4 across tx, its xs reads one vec4 for a whole row of invocations (a broadcast): no bank
    conflicts in the rank-1 updates.
    Global loads: a W piece is one payload word of 4 consecutive rows, dequantized with u32 / f32
    vector ops into the vec4 of each of its elements; an x piece is one vec4 (4 consecutive k) of 4
    consecutive rows, transposed into 4 vec4. Pieces go to invocations in groups of 8 of consecutive
    row quads (m4 or j4), then along k: the 8 vec4 stores of a group (one 128-byte phase of the
    workgroup memory) hit distinct banks with no row padding, and a warp's loads still cover whole
    32-byte sectors of 8 rows. (No padding keeps the default 64 x 64 tile at 16 KiB, WebGPU's default
    maxComputeWorkgroupStorageSize.)
    Written in TIR directly (vector types, lane shuffles, explicit workgroup memory and barriers)."""
    TM, TN, RM, RN, KB, U = tm, tn, rm, rn, kb, unroll
    if TM % RM or TN % RN or RM % 4 or RN % 4 or (32 * KB) % U:
        raise ValueError(f"mmt: bad tile {TM}x{TN} / {RM}x{RN}, unroll {U}")
    words, per_word = WORD_LAYOUT[fmt]
    YN, XN = TM // RM, TN // RN  # invocations along the rows and the columns of the tile
    TX = YN * XN
    BK4 = 8 * KB  # vec4 of x per row and step (32 KB elements)
    WR = words * KB  # payload words per W row and step
    WP, XP = TN // 4 * WR, TM // 4 * BK4  # pieces per step (W: 4 rows x 1 word, x: 4 rows x 1 vec4)
    SX, SW = TM // 4, TN // 4  # vec4 per k row of xs, ws
    GX, GW = min(8, SX), min(8, SW)  # row quads per group of pieces (see above)

    def x_piece(v):  # (row quad, vec4 along k) of x piece v
        return T.floormod(v, GX) + T.floordiv(v, GX * BK4) * GX, T.floormod(T.floordiv(v, GX), BK4)

    def w_piece(v):  # (row quad, word along the row's step) of W piece v
        return T.floormod(v, GW) + T.floordiv(v, GW * WR) * GW, T.floormod(T.floordiv(v, GW), WR)

    def col(wd, e):  # column within the step of element e of payload word wd of a row
        return word_element(fmt, wd, e)[0]

    def deq(wv, wd, e, s4, m4):  # element e of the words wv (4 rows) as an f32 vec4
        value = word_value(fmt, wv, word_element(fmt, wd, e)[1], lanes=4)
        if fmt in UNQUANTIZED:
            return value
        return value * s4 + m4 if has_min else value * s4

    RM4, RN4, BK = RM // 4, RN // 4, 32 * KB
    PW, PX, NACC = -(-WP // TX), -(-XP // TX), RM * RN // 4  # pieces per invocation and step; vec4 sums
    scaled, has_min, kq = fmt not in UNQUANTIZED, fmt in ("q4_1", "q2_k", "q4_k", "q5_k", "q5_1"), fmt in KQUANTS

    def kq4(wq, wrow, unit, part):  # k-quants: part (0 word, 1 scale, 2 min) of a unit of 4 rows as a vec4
        return T.Shuffle([kquant_unit(fmt, wq, wrow + r, unit)[part] for r in range(4)], [0, 1, 2, 3])

    def wq_words(Kb):  # payload words of a row
        return kquant_row_words(fmt, Kb * 32) if kq else Kb * words

    @T.jit
    def mmt_kernel(x_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, residual_h: T.Optional(T.handle),
                   out_h: T.Optional(T.handle), y_h: T.Optional(T.handle), S: T.Optional(T.int32)):
        n, N, Kb = T.int32(), T.int32(), T.int32()
        x = T.match_buffer(x_h, (n, Kb * 8), V4)
        wq = T.match_buffer(wq_h, (N, wq_words(Kb)), "uint32")
        wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
        wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
        if with_residual:
            residual = T.match_buffer(residual_h, (n, N // 4), V4)
            out = T.match_buffer(out_h, (n, N // 4), V4)
        else:
            y = T.match_buffer(y_h, (S * n, N // 4), V4)
        mb = T.launch_thread("blockIdx.x", T.floordiv(n + TM - 1, TM))
        if with_residual:
            jb = T.launch_thread("blockIdx.y", T.floordiv(N, TN))
            t = T.launch_thread("threadIdx.x", TX)
        else:
            by = T.launch_thread("blockIdx.y", T.floordiv(N, TN) * S)  # (column tile, K split)
            t = T.launch_thread("threadIdx.x", TX)
            jb = T.floordiv(by, S)
            # split sk of S: steps k0 .. k0 + nsteps - 1 of the Kb / KB (nsteps <= 0: none, zeros written)
            k0 = T.floormod(by, S) * T.floordiv(T.floordiv(Kb, KB) + S - 1, S)
            nsteps = T.min(T.floordiv(Kb, KB) - k0, T.floordiv(T.floordiv(Kb, KB) + S - 1, S))
            row0 = T.floormod(by, S) * n
        xs = T.alloc_buffer((32 * KB * SX,), V4, scope="shared")
        ws = T.alloc_buffer((32 * KB * SW,), V4, scope="shared")
        wreg = T.alloc_buffer((PW,), U4, scope="local")
        sreg = T.alloc_buffer((PW,), V4, scope="local")
        mreg = T.alloc_buffer((PW,), V4, scope="local")
        xreg = T.alloc_buffer((PX * 4,), V4, scope="local")
        acc = T.alloc_buffer((NACC,), V4, scope="local")
        xa = T.alloc_buffer((RM // 4,), V4, scope="local")
        wb = T.alloc_buffer((RN // 4,), V4, scope="local")
        if with_residual:
            k0 = 0  # all of K
            nsteps = T.floordiv(Kb, KB)

        @T.inline
        def load(s):  # step s of W (raw words, scales) and of x into registers
            for p in T.unroll(PW):
                if p * TX + t < WP:
                    wrow = jb * TN + w_piece(p * TX + t)[0] * 4
                    wcol = s * WR + w_piece(p * TX + t)[1]
                    if kq:  # the unit's integers, scales and mins decoded from the block (kquant_unit)
                        wreg[p] = kq4(wq, wrow, wcol, 0)
                        sreg[p] = kq4(wq, wrow, wcol, 1)
                        if has_min:
                            mreg[p] = kq4(wq, wrow, wcol, 2)
                    else:
                        wreg[p] = T.Shuffle([wq[wrow, wcol], wq[wrow + 1, wcol], wq[wrow + 2, wcol], wq[wrow + 3, wcol]], [0, 1, 2, 3])
                    if scaled and not kq:
                        blk = s * KB + T.floordiv(w_piece(p * TX + t)[1], WR // KB)
                        sreg[p] = T.Shuffle([wscale[wrow, blk], wscale[wrow + 1, blk], wscale[wrow + 2, blk], wscale[wrow + 3, blk]], [0, 1, 2, 3])
                        if has_min:
                            mreg[p] = T.Shuffle([wmin[wrow, blk], wmin[wrow + 1, blk], wmin[wrow + 2, blk], wmin[wrow + 3, blk]], [0, 1, 2, 3])
            for p in T.unroll(PX):
                if p * TX + t < XP:
                    for r in T.unroll(4):
                        xreg[p * 4 + r] = x[T.min(mb * TM + x_piece(p * TX + t)[0] * 4 + r, n - 1), s * BK4 + x_piece(p * TX + t)[1]]

        @T.inline
        def store():  # the registers' step, dequantized / transposed, into workgroup memory
            for p in T.unroll(PW):
                if p * TX + t < WP:
                    for e in T.unroll(per_word):
                        ws[col(w_piece(p * TX + t)[1], e) * SW + w_piece(p * TX + t)[0]] = deq(
                            wreg[p], w_piece(p * TX + t)[1], e, sreg[p], mreg[p])
            for p in T.unroll(PX):
                if p * TX + t < XP:
                    for j in T.unroll(4):
                        xs[(x_piece(p * TX + t)[1] * 4 + j) * SX + x_piece(p * TX + t)[0]] = T.Shuffle(
                            [xreg[p * 4], xreg[p * 4 + 1], xreg[p * 4 + 2], xreg[p * 4 + 3]], [j, 4 + j, 8 + j, 12 + j])

        ty = T.floordiv(t, XN)
        tx = T.floormod(t, XN)
        for i in T.unroll(RM4 * 4 * RN4):
            acc[i] = splat4(T.float32(0))
        load(T.min(k0, T.floordiv(Kb, KB) - 1))  # (clamped: a split past the end has no steps)
        for s in range(nsteps):
            store()
            T.tvm_storage_sync("shared")
            load(T.min(k0 + s + 1, k0 + nsteps - 1))  # the next step (the last one again at the end)
            for ko in range(BK // U):
                for ku in T.unroll(U):
                    for h in T.unroll(RM4):
                        xa[h] = xs[(ko * U + ku) * SX + ty + h * YN]
                    for g in T.unroll(RN4):
                        wb[g] = ws[(ko * U + ku) * SW + tx + g * XN]
                    for h in T.unroll(RM4):
                        for a in T.unroll(4):
                            for g in T.unroll(RN4):
                                acc[(h * 4 + a) * RN4 + g] = acc[(h * 4 + a) * RN4 + g] + splat4(T.Shuffle([xa[h]], [a])) * wb[g]
            T.tvm_storage_sync("shared")
        for h in T.unroll(RM4):
            for a in T.unroll(4):
                if mb * TM + (ty + h * YN) * 4 + a < n:
                    for g in T.unroll(RN4):
                        if with_residual:
                            out[mb * TM + (ty + h * YN) * 4 + a, jb * (TN // 4) + tx + g * XN] = acc[(h * 4 + a) * RN4 + g] + residual[
                                mb * TM + (ty + h * YN) * 4 + a, jb * (TN // 4) + tx + g * XN]
                        else:
                            y[row0 + mb * TM + (ty + h * YN) * 4 + a, jb * (TN // 4) + tx + g * XN] = acc[(h * 4 + a) * RN4 + g]

    return tir_variant(mmt_kernel, name or mmt_name(fmt, with_residual), residual_h=with_residual, out_h=with_residual,
                       y_h=not with_residual, S=not with_residual)


def mmt_sum(with_residual):
    """y[n, N] = sum over s < S of part[s n + i, :] (+ residual[n, N]): the S K splits of an mmt_*
    product (its uniform S) added up. One invocation per output, serial over S."""
    n, N, S = _var("n"), _var("N"), _var("S")
    part = te.placeholder((S * n, N), F32, name="part")
    s = te.reduce_axis((0, S), "s")
    y = te.compute((n, N), lambda i, j: te.sum(part[s * n + i, j], axis=s), name="y")
    name = "mmt_sum" + ("_add" if with_residual else "")
    return _schedule_matmul_rows(_prim_func(name, [part, *_outputs(y, with_residual), S]), with_residual)


def embed(fmt):
    """out[n, K] = dequantized rows ids[n] of the embedding table [V, K]."""

    def build():
        n, V, K = _var("n"), _var("V"), _var("K")
        ids = te.placeholder((n,), "int32", name="ids")
        q, scale, mins = _quant_placeholders(fmt, V, K)
        dequant = QUANT_FORMATS[fmt][2]
        out = te.compute((n, K), lambda i, c: dequant(q, scale, mins, ids[i], c), name="out")
        return _schedule_elementwise(_prim_func(f"embed_{fmt}", [ids, q, scale, mins, out]), "out")

    return build
