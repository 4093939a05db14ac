"""Kernel definitions: TVM TE computes plus the schedule each one gets.

Every dimension is a symbolic var passed at dispatch time as a uniform (TVM's PODArgs), so one set of
kernels serves every model of a family and any prompt length without padding. Shapes in comments use
n = rows (tokens), K = input features, N = output features, H / Hkv = query / KV heads, hd = head dim,
L = attended length (pos0 + n), C = KV-cache capacity (context length), V = vocabulary.

Each entry of KERNELS is (name, builder); a builder returns a scheduled IRModule with one PrimFunc that
lowers to exactly one WGSL compute shader. Their float64 numpy twins live in
app/py/tabllm/runtime/reference.py under the same names.
"""

import tvm
from tvm import te, tirx as tir
from tvm.s_tir import Schedule
import tvm.s_tir.dlight as dl

TARGET = tvm.target.Target("webgpu", host="llvm")
THREADS = 64  # workgroup width for the hand-written schedules
F32 = "float32"
F16 = "float16"  # storage only (the f16 path of models/llama.py): loads widen to f32, math and sums stay f32
NEG_INF = -3.4028234663852886e38  # lowest f32: masked scores exp() to exactly 0
MASKED_SCORE = -3.0e38  # a sampler score that never wins; printed exactly (TVM prints 7 digits)


def _var(name, dtype="int32"):
    return te.var(name, dtype)


def _u32_field(word, shift, bits):
    """Bits [shift, shift+bits) of a u32 word, as int32 (TVM keeps indices signed)."""
    return tir.bitwise_and(tir.shift_right(word, shift.astype("uint32")), tir.const((1 << bits) - 1, "uint32")).astype("int32")


# ---------------------------------------------------------------------------------------------------
# Dequantization of one element (row r, column c) of a quantized matrix in the model-dir GPU layout
# (docs/model-format.md): q u32 [rows, cols/8] (q4) or [rows, cols/4] (q8), scale/min f32 [rows, cols/32].


def _q4_nibble(q, r, c):
    # byte j of a 32-element block holds element j (low nibble) and j+16 (high nibble)
    j = tir.floormod(c, 32)
    byte = tir.floordiv(c, 32) * 16 + tir.floormod(j, 16)  # byte index within the row
    word = q[r, tir.floordiv(byte, 4)]
    shift = tir.floormod(byte, 4) * 8 + tir.floordiv(j, 16) * 4
    return _u32_field(word, shift, 4)


def dequant_q4_0(q, scale, r, c):
    return scale[r, tir.floordiv(c, 32)] * (_q4_nibble(q, r, c) - 8).astype(F32)


def dequant_q4_1(q, scale, mins, r, c):
    return scale[r, tir.floordiv(c, 32)] * _q4_nibble(q, r, c).astype(F32) + mins[r, tir.floordiv(c, 32)]


def dequant_q8_0(q, scale, r, c):
    byte = _u32_field(q[r, tir.floordiv(c, 4)], tir.floormod(c, 4) * 8, 8)
    signed = byte - tir.shift_right(byte, 7) * 256  # two's complement int8
    return scale[r, tir.floordiv(c, 32)] * signed.astype(F32)


def _splat(v, lanes):
    """v as a vector of `lanes` equal lanes (v itself for lanes 1)."""
    return v if lanes == 1 else tir.Broadcast(v, lanes)


def _lanes(dtype, lanes):
    return dtype if lanes == 1 else f"{dtype}x{lanes}"


def _shift_u32(shift, lanes=1):
    """A shift amount as u32 (a vector of it for lanes > 1): an int or an int32 expression."""
    if isinstance(shift, int):
        shift = tir.const(shift, "int32")
    return _splat(shift.astype("uint32"), lanes)


def f16_bits_to_f32(word, shift, lanes=1):
    """The f16 in bits [shift, shift+16) of a u32 word as the f32 of the same value, exactly, with
    integer and float ops only (no shader-f16; TVM has no intrinsic for WGSL's unpack2x16float):
    normal numbers re-biased (exponent + 112, mantissa << 13), subnormals and zeros m * 2^-24 (a
    normal f32), infinities and NaNs exponent 255; the sign bit copied in every case. lanes > 1: word
    is a u32 vector, the result an f32 vector (lane by lane)."""
    u32 = lambda v: _splat(tir.const(v, "uint32"), lanes)  # noqa: E731
    h = tir.Var("h", _lanes("uint32", lanes))  # bound once below: the Selects then hold no loads (no WGSL if/else)
    exp = tir.bitwise_and(tir.shift_right(h, u32(10)), u32(31))
    mant = tir.bitwise_and(h, u32(1023))
    normal = tir.bitwise_or(tir.shift_left(exp + u32(112), u32(23)), tir.shift_left(mant, u32(13)))
    inf_nan = tir.bitwise_or(u32(0x7F800000), tir.shift_left(mant, u32(13)))
    # m * 2^-24 by lowering the exponent of f32(m) by 24 (TVM prints float constants with 7 digits,
    # so a multiply by 2^-24 would not be exact); m = 0 is +0
    subnormal = tir.Select(mant == u32(0), u32(0), tir.reinterpret(_lanes("uint32", lanes), mant.astype(_lanes(F32, lanes))) - u32(24 << 23))
    magnitude = tir.Select(exp == u32(0), subnormal, tir.Select(exp == u32(31), inf_nan, normal))
    sign = tir.shift_left(tir.shift_right(h, u32(15)), u32(31))
    bits = tir.bitwise_and(tir.shift_right(word, _shift_u32(shift, lanes)), u32(0xFFFF))
    return tir.Let(h, bits, tir.reinterpret(_lanes(F32, lanes), tir.bitwise_or(sign, magnitude)))


def dequant_f32(q, r, c):
    return tir.reinterpret(F32, q[r, c])


def dequant_f16(q, r, c):  # element c is half c % 2 of word c / 2 (the low half first)
    return f16_bits_to_f32(q[r, tir.floordiv(c, 2)], tir.floormod(c, 2) * 16)


QUANT_FORMATS = {
    # name: (u32 words per row per 32 elements, has min, dequant(q, scale, min, r, c))
    "q4_0": (4, False, lambda q, s, m, r, c: dequant_q4_0(q, s, r, c)),
    "q4_1": (4, True, dequant_q4_1),
    "q8_0": (8, False, lambda q, s, m, r, c: dequant_q8_0(q, s, r, c)),
    # unquantized: the values themselves, no scale or min buffer
    "f16": (16, False, lambda q, s, m, r, c: dequant_f16(q, r, c)),
    "f32": (32, False, lambda q, s, m, r, c: dequant_f32(q, r, c)),
}
UNQUANTIZED = ("f16", "f32")


def _quant_placeholders(fmt, rows, K):
    words, has_min, _ = QUANT_FORMATS[fmt]
    q = te.placeholder((rows, tir.floordiv(K, 32) * words), "uint32", name="wq")
    if fmt in UNQUANTIZED:
        return q, None, None
    scale = te.placeholder((rows, tir.floordiv(K, 32)), F32, name="wscale")
    mins = te.placeholder((rows, tir.floordiv(K, 32)), F32, name="wmin") if has_min else None
    return q, scale, mins


def _prim_func(name, args):
    func = te.create_prim_func([a for a in args if a is not None]).with_attr("global_symbol", name)
    return tvm.IRModule({name: func})


def _schedule(mod):
    sch = Schedule(mod)
    (gv,) = mod.functions.keys()
    sch.work_on(gv.name_hint)
    return sch


def _dlight(mod, *rules):
    with TARGET:
        return dl.ApplyDefaultSchedule(*rules, dl.gpu.Fallback())(mod)


def _f16_suffix(*dtypes):
    """Kernel name suffix of an f16 variant: "_f16" when any of the builder's storage dtypes is f16."""
    return "_f16" if F16 in dtypes else ""


def _stored(t, dtype):
    """t as stored in its output buffer: t itself for f32, else a cast stage under the same name (the
    binding keeps its name; TVM renames the f32 intermediate). Schedules place it with _store_after."""
    return t if dtype == F32 else te.compute(t.shape, lambda *i: t(*i).astype(dtype), name=t.op.name)


def _store_after(sch, block, loop):
    """The stage after `block` (a residual add, or the f16 cast of _stored), if any, computed at `loop`,
    with block's f32 result kept in registers instead of a global buffer."""
    for consumer in sch.get_consumers(block):
        sch.reverse_compute_at(consumer, loop)
        sch.set_scope(block, 0, "local")


def _schedule_rowwise_reduction(mod, block_name, spatial_axes, threads=THREADS):
    """One workgroup per output element (spatial axes fused onto blockIdx.x); the reduction axis split
    across `threads` invocations and combined with a cross-thread (workgroup-memory) reduction."""
    sch = _schedule(mod)
    block = sch.get_sblock(block_name)
    loops = sch.get_loops(block)
    spatial = sch.fuse(*loops[:spatial_axes])
    (k,) = loops[spatial_axes:]
    k_outer, k_thread = sch.split(k, [None, threads])
    sch.reorder(k_thread, k_outer)
    sch.bind(spatial, "blockIdx.x")
    sch.bind(k_thread, "threadIdx.x")
    return sch.mod


def _schedule_elementwise(mod, block_name, threads=THREADS):
    """One invocation per output element, all axes fused."""
    sch = _schedule(mod)
    block = sch.get_sblock(block_name)
    fused = sch.fuse(*sch.get_loops(block))
    outer, inner = sch.split(fused, [None, threads])
    sch.bind(outer, "blockIdx.x")
    sch.bind(inner, "threadIdx.x")
    return sch.mod


# ---------------------------------------------------------------------------------------------------
# Kernels


def quant_matmul(fmt, with_residual, x_dtype=F32, y_dtype=F32):
    """y[n, N] = x[n, K] @ W[N, K]^T (+ residual[n, N]); W dequantized on the fly. x_dtype / y_dtype:
    storage of x and of y (not of residual / out, the f32 residual stream)."""

    def build():
        n, N, K = _var("n"), _var("N"), _var("K")
        x = te.placeholder((n, K), x_dtype, name="x")
        q, scale, mins = _quant_placeholders(fmt, N, K)
        dequant = QUANT_FORMATS[fmt][2]
        k = te.reduce_axis((0, K), "k")
        y = te.compute((n, N), lambda i, j: te.sum(x[i, k].astype(F32) * dequant(q, scale, mins, j, k), axis=k), name="y")
        args = [x, q, scale, mins]
        if with_residual:
            residual = te.placeholder((n, N), F32, name="residual")
            out = te.compute((n, N), lambda i, j: y[i, j] + residual[i, j], name="out")
            args += [residual, out]
        else:
            args += [_stored(y, y_dtype)]
        name = f"matmul_{fmt}" + ("_add" if with_residual else "") + _f16_suffix(x_dtype, y_dtype)
        return _schedule_matmul_rows(_prim_func(name, args), with_residual)

    return build


def _schedule_matmul_rows(mod, with_residual):
    # One invocation per output (i, j), serial over K: no workgroup barriers, which CPU Vulkan
    # (lavapipe) and SwiftShader execute very slowly. A GPU-tuned schedule is future speed work.
    sch = _schedule(mod)
    block = sch.get_sblock("y")
    i, j, k = sch.get_loops(block)
    spatial = sch.fuse(i, j)
    outer, inner = sch.split(spatial, [None, THREADS])
    sch.bind(outer, "blockIdx.x")
    sch.bind(inner, "threadIdx.x")
    _store_after(sch, block, inner)  # (residual add or f16 cast) y is one value per invocation, not a global buffer
    return sch.mod


# ---------------------------------------------------------------------------------------------------
# GPU matrix-vector products (decode; any n). One workgroup of GEMV_THREADS invocations computes
# GEMV_ROWS outputs of one row of x: each invocation walks the u32 payload words of those weight rows
# with a stride of GEMV_THREADS words (consecutive invocations read consecutive words: coalesced), keeps
# GEMV_ROWS partial sums in registers (each x element is loaded once and used GEMV_ROWS times), and the
# workgroup sums the partials through workgroup memory. N must be a multiple of GEMV_ROWS.

GEMV_ROWS = 4
GEMV_THREADS = 64
GEMV_UNROLL = 1  # passes unrolled per invocation (a sweep on the H200 found 1 to 4 alike: BENCHMARKS.md)
# u32 payload words per 32-element block, elements per word
WORD_LAYOUT = {"q4_0": (4, 8), "q4_1": (4, 8), "q8_0": (8, 4), "f16": (16, 2), "f32": (32, 1)}
TWO23 = 8388608.0  # f32 bits 0x4B000000 | v (v < 2^23) are exactly 2^23 + v: an int -> f32 without I2F


def _small_uint_f32(word, shift, bits, xor=0, lanes=1):
    u32 = lambda v: _splat(tir.const(v, "uint32"), lanes)  # noqa: E731
    v = tir.bitwise_and(tir.shift_right(word, _shift_u32(shift, lanes)), u32((1 << bits) - 1))
    if xor:
        v = tir.bitwise_xor(v, u32(xor))
    return tir.reinterpret(_lanes(F32, lanes), tir.bitwise_or(v, u32(0x4B000000)))


def word_element(fmt, wd, e):
    """(column, shift) of element e of payload word wd of a row (model-dir layout, docs/model-format.md)."""
    words, per_word = WORD_LAYOUT[fmt]
    if fmt in UNQUANTIZED:  # per_word consecutive values per word, the low half first
        return wd * per_word + e, e * 16
    if fmt == "q8_0":  # 4 consecutive int8 per word
        return wd * 4 + e, e * 8
    # q4: byte b of a block holds element b (low nibble) and b + 16 (high); word w holds bytes 4w..4w+3
    blk, w = tir.floordiv(wd, words), tir.floormod(wd, words)
    b, hi = tir.floormod(e, 4), tir.floordiv(e, 4)
    return blk * 32 + hi * 16 + w * 4 + b, b * 8 + hi * 4


def word_value(fmt, word, shift, lanes=1):
    """The element at `shift` of a payload word, exactly: its value (f16, f32), or its quantized integer
    less the format's offset (q4_0: nibble - 8, q8_0: the signed byte, q4_1: nibble), to be scaled.
    lanes > 1: word is a u32 vector (one word of each of `lanes` rows), the result an f32 vector."""
    const = lambda v: _splat(tir.const(v, F32), lanes)  # noqa: E731
    if fmt == "f32":
        return tir.reinterpret(_lanes(F32, lanes), word)
    if fmt == "f16":
        return f16_bits_to_f32(word, shift, lanes)
    if fmt == "q8_0":  # int8 b: (b ^ 0x80) is b + 128 as unsigned
        return _small_uint_f32(word, shift, 8, xor=0x80, lanes=lanes) - const(TWO23 + 128)
    return _small_uint_f32(word, shift, 4, lanes=lanes) - const(TWO23 + (8 if fmt == "q4_0" else 0))


def word_dequant(fmt, q, scale, mins, j, wd, e):
    words, _ = WORD_LAYOUT[fmt]
    blk = tir.floordiv(wd, words)
    _, shift = word_element(fmt, wd, e)
    value = word_value(fmt, q[j, wd], shift)
    if fmt in UNQUANTIZED:
        return value
    if fmt == "q4_1":
        return scale[j, blk] * value + mins[j, blk]
    return scale[j, blk] * value


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
                    g = gu[i, c].astype(F32)
                    return g / (tir.const(1.0, F32) + te.exp(-g)) * gu[i, K + c].astype(F32)

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


GEMV4_ROWS, GEMV4_THREADS = 4, 64  # gemv4_*: output rows per workgroup (a multiple of 4), invocations per workgroup (8 x 8 in its sums)
# gemv4_norm16_*: 16 rows per workgroup for wide products (every workgroup sums the squares of the whole x
# row again: 16 rows quarter that cost per weight byte, but leave 4x fewer workgroups; H200, 8B shapes:
# gate_up + qkv 4.0 ms a token at 4 rows, 3.4 ms at 16; SmolLM2's narrow products were slower at 16)
GEMV4_NORM_WIDE_ROWS = 16
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
    from tvm.script import tirx as T

    if fmt not in ("q4_0", "q4_1"):
        raise ValueError(f"gemv4 reads q4 blocks, not {fmt}")
    R, TX = rows, GEMV4_THREADS
    V4, U4 = "float32x4", "uint32x4"
    has_min, normed, gated, residual = fmt == "q4_1", kind == "norm", kind == "silu_add", kind in ("_add", "silu_add")
    bias = TWO23 + (0 if has_min else 8)  # q4_0 stores nibble - 8

    def splat(v):
        return T.Broadcast(v, 4)

    def vsum(v):
        return T.Shuffle([v], [0]) + T.Shuffle([v], [1]) + T.Shuffle([v], [2]) + T.Shuffle([v], [3])

    def nibbles(word, shift0):  # f32 vec4 of the 4 nibbles of word at shifts shift0 + 0, 8, 16, 24
        bits = T.shift_right(splat(word), T.Ramp(T.uint32(shift0), T.uint32(8), 4)) & splat(T.uint32(15))
        return T.reinterpret(V4, bits | splat(T.uint32(0x4B000000))) - splat(T.float32(bias))

    from types import SimpleNamespace

    # what the macros below need besides the kernel's own names (non-hygienic macros see only the
    # calling PrimFunc's names and their arguments)
    cfg = SimpleNamespace(R=R, TX=TX, has_min=has_min, normed=normed, gated=gated, residual=residual,
                          splat=splat, vsum=vsum, nibbles=nibbles)  # (+ x_block, below)

    @T.macro(hygienic=False)
    def x_block(i, blk, cfg):  # xv[0 .. 7] = the block's 32 inputs (as the kind defines them)
        for k in T.unroll(8):
            if cfg.gated:
                xv[k] = gu[i, blk * 8 + k] / (cfg.splat(T.float32(1)) + T.exp(cfg.splat(T.float32(0)) - gu[i, blk * 8 + k])) * gu[i, Kb * 8 + blk * 8 + k]
            elif cfg.normed:
                xv[k] = x[i, blk * 8 + k] * w[blk * 8 + k] * cfg.splat(st[0])
            else:
                xv[k] = x[i, blk * 8 + k]

    cfg.x_block = x_block

    @T.macro(hygienic=False)
    def body(i, cfg):
        if cfg.normed:  # st[0] = rsqrt(mean(x[i]^2) + eps), the row's norm factor, summed by this workgroup
            st[0] = T.float32(0)
            # 8 loads in flight per pass (a loop of one load each waits out every load's latency: H200,
            # a 4096 row: 14 us a dispatch that way)
            for b in range(T.floordiv(Kb * 8 + cfg.TX * 8 - 1, cfg.TX * 8)):
                for u in T.unroll(8):  # (the tail clamped, then masked by a 0 factor: no branch around a load)
                    xv[u] = x[i, T.min((b * 8 + u) * cfg.TX + tx, Kb * 8 - 1)]
                for u in T.unroll(8):
                    st[0] = st[0] + cfg.vsum(xv[u] * xv[u]) * T.Cast("float32", (b * 8 + u) * cfg.TX + tx < Kb * 8)
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
        for r in T.unroll(cfg.R):
            acc[r] = T.float32(0)
        for b in range(T.floordiv(Kb - tx + cfg.TX - 1, cfg.TX)):
            cfg.x_block(i, b * cfg.TX + tx, cfg)
            if cfg.has_min:
                st[1] = cfg.vsum(xv[0] + xv[1] + xv[2] + xv[3] + xv[4] + xv[5] + xv[6] + xv[7])
            for r in T.unroll(cfg.R):
                wv[r] = wq[jb * cfg.R + r, b * cfg.TX + tx]
                part[0] = cfg.splat(T.float32(0))
                for w in T.unroll(4):
                    part[0] = part[0] + cfg.nibbles(T.Shuffle([wv[r]], [w]), 0) * xv[w] + cfg.nibbles(T.Shuffle([wv[r]], [w]), 4) * xv[4 + w]
                if cfg.has_min:
                    acc[r] = acc[r] + wscale[jb * cfg.R + r, b * cfg.TX + tx] * cfg.vsum(part[0]) + wmin[jb * cfg.R + r, b * cfg.TX + tx] * st[1]
                else:
                    acc[r] = acc[r] + wscale[jb * cfg.R + r, b * cfg.TX + tx] * cfg.vsum(part[0])
        # the R rows' partial sums as R / 4 vec4 per invocation, summed in two stages (8 x 8; 2 syncs,
        # not a tree's 6): invocation t < 8 R / 4 adds the 8 partials of octet t % 8 of group t // 8
        for g in T.unroll(cfg.R // 4):
            red4[g * cfg.TX + tx] = T.Shuffle([acc[g * 4], acc[g * 4 + 1], acc[g * 4 + 2], acc[g * 4 + 3]], [0, 1, 2, 3])
        T.tvm_storage_sync("shared")
        if tx < cfg.R * 2:
            tmp[0] = cfg.splat(T.float32(0))
            for o in T.unroll(8):
                tmp[0] = tmp[0] + red4[T.floordiv(tx, 8) * cfg.TX + T.floormod(tx, 8) * 8 + o]
            red48[tx] = tmp[0]
        T.tvm_storage_sync("shared")
        # row tx (< R) is lane tx % 4 of group tx // 4
        tmp[0] = cfg.splat(T.float32(0))
        for o in T.unroll(8):
            tmp[0] = tmp[0] + red48[T.floordiv(T.min(tx, cfg.R - 1), 4) * 8 + o]
        st[1] = T.Select(T.floormod(tx, 4) == 0, T.Shuffle([tmp[0]], [0]), T.Select(T.floormod(tx, 4) == 1, T.Shuffle([tmp[0]], [1]), T.Select(
            T.floormod(tx, 4) == 2, T.Shuffle([tmp[0]], [2]), T.Shuffle([tmp[0]], [3]))))
        if tx < cfg.R:
            if cfg.residual:
                out[i, jb * cfg.R + tx] = st[1] + residual[i, jb * cfg.R + tx]
            else:
                out[i, jb * cfg.R + tx] = st[1]
        T.tvm_storage_sync("shared")

    # One PrimFunc signature per kind (TVMScript needs the parameters spelled out).
    if kind == "":
        @T.prim_func
        def func(x_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, y_h: T.handle, Nb: T.int32):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
            wq = T.match_buffer(wq_h, (N, Kb), U4)
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
            out = T.match_buffer(y_h, (n, N), "float32")
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
                body(i, cfg)
    elif kind == "_add":
        @T.prim_func
        def func(x_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, residual_h: T.handle, out_h: T.handle, Nb: T.int32):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
            wq = T.match_buffer(wq_h, (N, Kb), U4)
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
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
                body(i, cfg)
    elif kind == "norm":
        @T.prim_func
        def func(x_h: T.handle, w_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, y_h: T.handle,
                 Nb: T.int32, eps: T.float32):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
            w = T.match_buffer(w_h, (Kb * 8,), V4)
            wq = T.match_buffer(wq_h, (N, Kb), U4)
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
            out = T.match_buffer(y_h, (n, N), "float32")
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
                body(i, cfg)
    else:
        @T.prim_func
        def func(gu_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, residual_h: T.handle, out_h: T.handle, Nb: T.int32):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            gu = T.match_buffer(gu_h, (n, Kb * 16), V4)
            wq = T.match_buffer(wq_h, (N, Kb), U4)
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
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
                body(i, cfg)

    name = gemv4_name(fmt, kind, rows)
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


def gemv4_name(fmt, kind, rows=GEMV4_ROWS):
    if kind == "norm" and rows == GEMV4_NORM_WIDE_ROWS:
        return f"gemv4_norm16_{fmt}"
    return {"": f"gemv4_{fmt}", "_add": f"gemv4_{fmt}_add", "norm": f"gemv4_norm_{fmt}", "silu_add": f"gemv4_silu_{fmt}_add"}[kind]


# ---------------------------------------------------------------------------------------------------
# Decode products over int8 activations (the wide models' products, models/llama.py): the q4 decode
# product is bound by its dequantization arithmetic, not by memory, when weights are turned into f32
# (H200, 28672 x 4096 q4_0: 916 GB/s in f32, 1826 GB/s with dot4I8Packed against int8 activations, which
# a load-only loop of the same shape bounds at 1886 GB/s; scratch experiment in BENCHMARKS.md). So the
# input row is quantized once per step to int8 blocks of 32 (act_q8_*, the scheme llama.cpp's GPU backends
# use for activations), and gemv8_* multiplies 4 nibbles by 4 int8 values per dot4I8Packed.

Q8_THREADS = 64  # act_q8_*: invocations per workgroup, one per block of 32 (workgroup g: blocks 64 g .. 64 g + 63)
GEMV8_ROWS, GEMV8_THREADS = 2, 128  # gemv8_*: output rows and invocations per workgroup (H200 sweep: BENCHMARKS.md)
ACT_Q8_KINDS = ("norm", "silu")


def _pack_i8x4(values):
    """4 whole f32 values -127..127 as one u32 of 4 int8 (two's complement), the first in the low byte:
    the int8 activations' packing (act_q8_* and the kernels that write their format)."""
    from tvm.script import tirx as T

    b = [T.Cast("uint32", T.Cast("int32", c)) & T.uint32(255) for c in values]
    return b[0] | T.shift_left(b[1], T.uint32(8)) | T.shift_left(b[2], T.uint32(16)) | T.shift_left(b[3], T.uint32(24))


def _pack_vec4_i8(qv):
    """_pack_i8x4 of an f32 vec4's lanes, lane 0 in the low byte."""
    from tvm.script import tirx as T

    return _pack_i8x4([T.Shuffle([qv], [k]) for k in range(4)])


def _add_q4_i8_word(acc, word, lo, hi):
    """acc + the 8 products of one u32 of a q4 block (low nibbles: 4 elements, high nibbles: the 4 elements
    16 further on) with the int8 activations lo and hi (a u32 of 4 int8 each), by two dot4I8Packed."""
    from tvm.script import tirx as T

    m = T.uint32(0x0F0F0F0F)
    return acc + T.call_pure_extern("int32", "dot4I8Packed", word & m, lo) + T.call_pure_extern(
        "int32", "dot4I8Packed", T.shift_right(word, T.uint32(4)) & m, hi)


def act_q8(kind):
    """Quantize a row of activations to int8 blocks for gemv8_*: per 32-element block b of row i, with v
    the block's values as `kind` defines them, d = max|v| / 127 and q = round(v * 127 / max|v|) (0 for an
    all-zero block), stored as xq [n, 2 Kb] u32x4 (the 32 int8 in order, 4 per u32, little-endian: vec4
    2b holds elements 0..15, 2b + 1 elements 16..31) and xs [n, Kb, 2] f32 (d, d * sum(q)).
    kind "norm": v = rms_norm(x) * w (eps) of x [n, K]; "silu": v = silu(g) * u of gu [n, 2K] = [g | u].
    Uniform Kb = K / 32. Grid (ceil(Kb / 64), n): one invocation per block, so that a row of a decode step
    spreads over many workgroups (one workgroup per row took 12-17 us on the H200, mostly one SM's latency);
    with "norm" every workgroup sums the squares of the whole row itself (two-stage workgroup sum)."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    TX = Q8_THREADS
    V4, U4 = "float32x4", "uint32x4"

    def splat(v):
        return T.Broadcast(v, 4)

    @T.macro(hygienic=False)
    def values(i, blk, cfg):  # v[0 .. 7] = the block's 32 values
        for k in T.unroll(8):
            if cfg.kind == "silu":
                v[k] = gu[i, blk * 8 + k] / (cfg.splat(T.float32(1)) + T.exp(cfg.splat(T.float32(0)) - gu[i, blk * 8 + k])) * gu[i, Kb * 8 + blk * 8 + k]
            else:
                v[k] = x[i, blk * 8 + k] * w[blk * 8 + k] * cfg.splat(st[0])

    @T.macro(hygienic=False)
    def body(i, cfg):
        red = T.alloc_buffer((cfg.TX,), "float32", scope="shared")
        red16 = T.alloc_buffer((8,), "float32", scope="shared")
        v = T.alloc_buffer((8,), "float32x4", scope="local")
        qf = T.alloc_buffer((8,), "float32x4", scope="local")
        m = T.alloc_buffer((1,), "float32x4", scope="local")
        st = T.alloc_buffer((4,), "float32", scope="local")
        if cfg.kind == "norm":  # st[0] = rsqrt(mean(x[i]^2) + eps)
            st[0] = T.float32(0)
            # 8 loads in flight per pass (a loop of one load each waits out every load's latency: H200,
            # a 4096 row: 14 us a dispatch that way)
            for b in range(T.floordiv(Kb * 8 + cfg.TX * 8 - 1, cfg.TX * 8)):
                for u in T.unroll(8):  # (the tail clamped, then masked by a 0 factor: no branch around a load)
                    v[u] = x[i, T.min((b * 8 + u) * cfg.TX + tx, Kb * 8 - 1)]
                for u in T.unroll(8):
                    st[0] = st[0] + cfg.vsum(v[u] * v[u]) * T.Cast("float32", (b * 8 + u) * cfg.TX + tx < Kb * 8)
            red[tx] = st[0]  # two stages (8 x 8): 2 syncs
            T.tvm_storage_sync("shared")
            if tx < 8:
                st[0] = T.float32(0)
                for o in T.unroll(8):
                    st[0] = st[0] + red[tx * 8 + o]
                red16[tx] = st[0]
            T.tvm_storage_sync("shared")
            st[0] = T.float32(0)
            for o in T.unroll(8):
                st[0] = st[0] + red16[o]
            st[0] = T.rsqrt(st[0] / T.Cast("float32", Kb * 32) + eps)
            T.tvm_storage_sync("shared")
        if g * cfg.TX + tx < Kb:
            cfg.values(i, g * cfg.TX + tx, cfg)
            m[0] = T.max(T.abs(v[0]), T.abs(v[1]))
            for k in T.unroll(6):
                m[0] = T.max(m[0], T.abs(v[2 + k]))
            st[1] = T.max(T.max(T.Shuffle([m[0]], [0]), T.Shuffle([m[0]], [1])), T.max(T.Shuffle([m[0]], [2]), T.Shuffle([m[0]], [3])))
            st[2] = T.Select(st[1] > T.float32(0), T.float32(127) / st[1], T.float32(0))  # 127 / max|v|
            st[3] = T.float32(0)
            for k in T.unroll(8):
                qf[k] = T.round(v[k] * cfg.splat(st[2]))
                st[3] = st[3] + cfg.vsum(qf[k])
            for h in T.unroll(2):
                xq[i, (g * cfg.TX + tx) * 2 + h] = T.Shuffle([cfg.pack(qf[h * 4]), cfg.pack(qf[h * 4 + 1]), cfg.pack(qf[h * 4 + 2]), cfg.pack(qf[h * 4 + 3])], [0, 1, 2, 3])
            xs[i, g * cfg.TX + tx, 0] = st[1] / T.float32(127)
            xs[i, g * cfg.TX + tx, 1] = st[1] / T.float32(127) * st[3]

    cfg = SimpleNamespace(TX=TX, kind=kind, splat=splat, pack=_pack_vec4_i8, values=values,
                          vsum=lambda a: T.Shuffle([a], [0]) + T.Shuffle([a], [1]) + T.Shuffle([a], [2]) + T.Shuffle([a], [3]))

    if kind == "norm":
        @T.prim_func
        def func(x_h: T.handle, w_h: T.handle, xq_h: T.handle, xs_h: T.handle, eps: T.float32):
            n, Kb = T.int32(), T.int32()
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
            w = T.match_buffer(w_h, (Kb * 8,), V4)
            xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
            xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
            g = T.launch_thread("blockIdx.x", T.floordiv(Kb + TX - 1, TX))
            i = T.launch_thread("blockIdx.y", n)
            tx = T.launch_thread("threadIdx.x", TX)
            body(i, cfg)
    else:
        @T.prim_func
        def func(gu_h: T.handle, xq_h: T.handle, xs_h: T.handle):
            n, Kb = T.int32(), T.int32()
            gu = T.match_buffer(gu_h, (n, Kb * 16), V4)
            xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
            xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
            g = T.launch_thread("blockIdx.x", T.floordiv(Kb + TX - 1, TX))
            i = T.launch_thread("blockIdx.y", n)
            tx = T.launch_thread("threadIdx.x", TX)
            body(i, cfg)
    name = f"act_q8_{kind}"
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


def gemv8(fmt, residual):
    """Decode product over int8 activations: out[n, N] = W[N, K] @ v (+ residual), v given by act_q8_* as
    xq / xs (K = 32 Kb). Workgroup jb takes rows 2 jb, 2 jb + 1; invocation t takes blocks t, t + 128, ...:
    per block one vec4<u32> of weights per row (16 bytes: 32 nibbles; word w holds elements 4w .. 4w + 3
    in its low nibbles and 16 + 4w .. 16 + 4w + 3 in its high ones, so `w & 0x0F0F0F0F` meets x vec4 2b
    word w and `(w >> 4) & 0x0F0F0F0F` meets vec4 2b + 1 word w) and 8 dot4I8Packed. A block adds
    s * (d * dot - 8 * d * sum(q)) (q4_0: nibble - 8) or s * d * dot + min * d * sum(q) (q4_1). The rows'
    partial sums meet in a two-stage workgroup sum (16 x 8)."""
    from tvm.script import tirx as T

    if fmt not in ("q4_0", "q4_1"):
        raise ValueError(f"gemv8 reads q4 blocks, not {fmt}")
    R, TX = GEMV8_ROWS, GEMV8_THREADS
    U4 = "uint32x4"
    has_min = fmt == "q4_1"

    from types import SimpleNamespace

    # what the macro needs besides the kernel's own names (non-hygienic macros see only the PrimFunc's names)
    cfg = SimpleNamespace(R=R, TX=TX, has_min=has_min, residual=residual, add_word=_add_q4_i8_word)

    @T.macro(hygienic=False)
    def body(i, cfg):
        for r in T.unroll(cfg.R):
            acc[r] = T.float32(0)
        for bb in range(T.floordiv(Kb - tx + cfg.TX - 1, cfg.TX)):
            lo[0] = xq[i, (bb * cfg.TX + tx) * 2]
            hi[0] = xq[i, (bb * cfg.TX + tx) * 2 + 1]
            for r in T.unroll(cfg.R):
                wv[0] = wq[jb * cfg.R + r, bb * cfg.TX + tx]
                dot[0] = T.int32(0)
                for k in T.unroll(4):
                    dot[0] = cfg.add_word(dot[0], T.Shuffle([wv[0]], [k]), T.Shuffle([lo[0]], [k]), T.Shuffle([hi[0]], [k]))
                if cfg.has_min:
                    acc[r] = acc[r] + wscale[jb * cfg.R + r, bb * cfg.TX + tx] * T.Cast("float32", dot[0]) * xs[i, bb * cfg.TX + tx, 0] + \
                        wmin[jb * cfg.R + r, bb * cfg.TX + tx] * xs[i, bb * cfg.TX + tx, 1]
                else:
                    acc[r] = acc[r] + wscale[jb * cfg.R + r, bb * cfg.TX + tx] * (
                        T.Cast("float32", dot[0]) * xs[i, bb * cfg.TX + tx, 0] - T.float32(8) * xs[i, bb * cfg.TX + tx, 1])
        for r in T.unroll(cfg.R):
            red[r * cfg.TX + tx] = acc[r]
        T.tvm_storage_sync("shared")
        if tx < cfg.R * 16:  # row tx // 16, eighth tx % 16
            acc[0] = T.float32(0)
            for o in T.unroll(8):
                acc[0] = acc[0] + red[T.floordiv(tx, 16) * cfg.TX + T.floormod(tx, 16) * 8 + o]
            red16[tx] = acc[0]
        T.tvm_storage_sync("shared")
        if tx < cfg.R:
            acc[0] = T.float32(0)
            for o in T.unroll(16):
                acc[0] = acc[0] + red16[tx * 16 + o]
            if cfg.residual:
                out[i, jb * cfg.R + tx] = acc[0] + residual[i, jb * cfg.R + tx]
            else:
                out[i, jb * cfg.R + tx] = acc[0]
        T.tvm_storage_sync("shared")

    @T.macro(hygienic=False)
    def rows(cfg):  # the kernel's locals, then every row of x
        red = T.alloc_buffer((cfg.R * cfg.TX,), "float32", scope="shared")
        red16 = T.alloc_buffer((cfg.R * 16,), "float32", scope="shared")
        lo = T.alloc_buffer((1,), "uint32x4", scope="local")
        hi = T.alloc_buffer((1,), "uint32x4", scope="local")
        wv = T.alloc_buffer((1,), "uint32x4", scope="local")
        dot = T.alloc_buffer((1,), "int32", scope="local")
        acc = T.alloc_buffer((cfg.R,), "float32", scope="local")
        for i in range(n):
            cfg.body(i, cfg)

    cfg.body = body

    if residual:
        @T.prim_func
        def func(xq_h: T.handle, xs_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, residual_h: T.handle,
                 out_h: T.handle, Nb: T.int32):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
            xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
            wq = T.match_buffer(wq_h, (N, Kb), U4)
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
            residual = T.match_buffer(residual_h, (n, N), "float32")
            out = T.match_buffer(out_h, (n, N), "float32")
            jb = T.launch_thread("blockIdx.x", Nb)
            tx = T.launch_thread("threadIdx.x", TX)
            rows(cfg)
    else:
        @T.prim_func
        def func(xq_h: T.handle, xs_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, out_h: T.handle,
                 Nb: T.int32):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
            xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
            wq = T.match_buffer(wq_h, (N, Kb), U4)
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
            out = T.match_buffer(out_h, (n, N), "float32")
            jb = T.launch_thread("blockIdx.x", Nb)
            tx = T.launch_thread("threadIdx.x", TX)
            rows(cfg)
    name = f"gemv8_{fmt}" + ("_add" if residual else "")
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


GATE_UP_THREADS = 256  # gemv8_gate_up_*: invocations per workgroup (8 per row pair)
GATE_UP_UNROLL = 4  # blocks in flight per invocation


def gemv8_gate_up(fmt):
    """The FFN's gate/up decode product over int8 activations with act_q8_silu fused behind it:
    h = silu(g) * u for g = W[:F] @ v, u = W[F:] @ v (v given by act_q8_norm as xq / xs, K = 32 Kb), written
    as act_q8_silu writes it: int8 blocks hq [n, 2 Fb] u32x4 and hs [n, Fb, 2] = (d, d * sum(q)), d = max|h|
    / 127 (Fb = F / 32). One workgroup per output block jb: gate rows 32 jb .. 32 jb + 31 and the same up
    rows, so the block's 32 values meet in one workgroup and need no second dispatch. Invocation t takes
    row pair t // 8 and blocks t % 8, t % 8 + 8, ... (GATE_UP_UNROLL of them in flight; a warp reads 4 row
    pairs x 128 contiguous bytes); per block the gemv8_* arithmetic (dot4I8Packed). The 8 partial sums
    of a row meet in workgroup memory; invocation 0 quantizes the block."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    if fmt not in ("q4_0", "q4_1"):
        raise ValueError(f"gemv8_gate_up reads q4 blocks, not {fmt}")
    TX, U = GATE_UP_THREADS, GATE_UP_UNROLL
    P = TX // 32  # invocations per row pair
    has_min = fmt == "q4_1"
    cfg = SimpleNamespace(TX=TX, U=U, P=P, has_min=has_min, add_word=_add_q4_i8_word, pack=_pack_i8x4)

    @T.macro(hygienic=False)
    def block_dot(i, row, blk, cfg):  # dot[0] = the q4 x int8 block product of W row `row`, block blk
        wv[0] = wq[row, blk]
        dot[0] = T.float32(0)
        ip[0] = T.int32(0)
        for k in T.unroll(4):
            ip[0] = cfg.add_word(ip[0], T.Shuffle([wv[0]], [k]), T.Shuffle([lo[0]], [k]), T.Shuffle([hi[0]], [k]))
        if cfg.has_min:
            dot[0] = wscale[row, blk] * T.Cast("float32", ip[0]) * xs[i, blk, 0] + wmin[row, blk] * xs[i, blk, 1]
        else:
            dot[0] = wscale[row, blk] * (T.Cast("float32", ip[0]) * xs[i, blk, 0] - T.float32(8) * xs[i, blk, 1])

    @T.macro(hygienic=False)
    def body(i, cfg):
        acc[0] = T.float32(0)
        acc[1] = T.float32(0)
        r = T.floordiv(tx, cfg.P)  # row pair: gate row 32 jb + r, up row F + 32 jb + r
        for bo in range(T.floordiv(Kb + cfg.P * cfg.U - 1, cfg.P * cfg.U)):
            for u in T.unroll(cfg.U):
                # past the end: clamped to the last block (in bounds), times 0
                blk = T.min((bo * cfg.U + u) * cfg.P + T.floormod(tx, cfg.P), Kb - 1)
                ok = T.Cast("float32", (bo * cfg.U + u) * cfg.P + T.floormod(tx, cfg.P) < Kb)
                lo[0] = xq[i, blk * 2]
                hi[0] = xq[i, blk * 2 + 1]
                cfg.block_dot(i, jb * 32 + r, blk, cfg)
                acc[0] = acc[0] + dot[0] * ok
                cfg.block_dot(i, Fb * 32 + jb * 32 + r, blk, cfg)
                acc[1] = acc[1] + dot[0] * ok
        red[tx] = acc[0]
        red[cfg.TX + tx] = acc[1]
        T.tvm_storage_sync("shared")
        if tx < 32:  # h of row pair tx
            acc[0] = T.float32(0)
            acc[1] = T.float32(0)
            for o in T.unroll(cfg.P):
                acc[0] = acc[0] + red[tx * cfg.P + o]
                acc[1] = acc[1] + red[cfg.TX + tx * cfg.P + o]
            hb[tx] = acc[0] / (T.float32(1) + T.exp(T.float32(0) - acc[0])) * acc[1]
        T.tvm_storage_sync("shared")
        if tx == 0:  # act_q8_silu's quantization of the block (same f32 arithmetic)
            st[0] = T.float32(0)
            for e in range(32):
                st[0] = T.max(st[0], T.abs(hb[e]))
            st[1] = T.Select(st[0] > T.float32(0), T.float32(127) / st[0], T.float32(0))
            st[2] = T.float32(0)
            for e in T.unroll(32):
                qv[e] = T.round(hb[e] * st[1])
                st[2] = st[2] + qv[e]
            for h in T.unroll(2):
                hq[i, jb * 2 + h] = T.Shuffle([cfg.pack([qv[h * 16 + w * 4 + c] for c in range(4)]) for w in range(4)], [0, 1, 2, 3])
            hs[i, jb, 0] = st[0] / T.float32(127)
            hs[i, jb, 1] = st[0] / T.float32(127) * st[2]
        T.tvm_storage_sync("shared")

    cfg.block_dot = block_dot

    @T.prim_func
    def func(xq_h: T.handle, xs_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, hq_h: T.handle,
             hs_h: T.handle):
        n, Kb, Fb = T.int32(), T.int32(), T.int32()
        xq = T.match_buffer(xq_h, (n, Kb * 2), "uint32x4")
        xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
        wq = T.match_buffer(wq_h, (Fb * 64, Kb), "uint32x4")
        wscale = T.match_buffer(wscale_h, (Fb * 64, Kb), "float32")
        wmin = T.match_buffer(wmin_h, (Fb * 64, Kb), "float32")
        hq = T.match_buffer(hq_h, (n, Fb * 2), "uint32x4")
        hs = T.match_buffer(hs_h, (n, Fb, 2), "float32")
        jb = T.launch_thread("blockIdx.x", Fb)
        tx = T.launch_thread("threadIdx.x", TX)
        red = T.alloc_buffer((2 * TX,), "float32", scope="shared")
        hb = T.alloc_buffer((32,), "float32", scope="shared")
        lo = T.alloc_buffer((1,), "uint32x4", scope="local")
        hi = T.alloc_buffer((1,), "uint32x4", scope="local")
        wv = T.alloc_buffer((1,), "uint32x4", scope="local")
        ip = T.alloc_buffer((1,), "int32", scope="local")
        dot = T.alloc_buffer((1,), "float32", scope="local")
        acc = T.alloc_buffer((2,), "float32", scope="local")
        st = T.alloc_buffer((3,), "float32", scope="local")
        qv = T.alloc_buffer((32,), "float32", scope="local")
        for i in range(n):
            body(i, cfg)
    name = f"gemv8_gate_up_{fmt}"
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


MM_TOKENS = 8  # rows of x per invocation of the mm8_* kernels
MM_THREADS = 64


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

MMT_TM = 64  # rows of x (tokens) per workgroup
MMT_TN = 64  # outputs per workgroup (N a multiple of it)
MMT_RM = 4  # register tile rows per invocation (a multiple of 4)
MMT_RN = 8  # register tile columns per invocation (a multiple of 4): 128 invocations, 32 outputs each
MMT_KB = 1  # quant blocks per K step (K a multiple of 32 KB): one pair of barriers per step
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
    from types import SimpleNamespace

    from tvm.script import tirx as T

    TM, TN, RM, RN, KB, U = tm, tn, rm, rn, kb, unroll
    if TM % RM or TN % RN or RM % 4 or RN % 4 or (32 * KB) % U:
        raise ValueError(f"mmt: bad tile {TM}x{TN} / {RM}x{RN}, unroll {U}")
    words, per_word = WORD_LAYOUT[fmt]
    V4, U4 = "float32x4", "uint32x4"
    YN, XN = TM // RM, TN // RN  # invocations along the rows and the columns of the tile
    TX = YN * XN
    BK4 = 8 * KB  # vec4 of x per row and step (32 KB elements)
    WR = words * KB  # payload words per W row and step
    WP, XP = TN // 4 * WR, TM // 4 * BK4  # pieces per step (W: 4 rows x 1 word, x: 4 rows x 1 vec4)
    SX, SW = TM // 4, TN // 4  # vec4 per k row of xs, ws
    GX, GW = min(8, SX), min(8, SW)  # row quads per group of pieces (see above)

    def splat(v):
        return T.Broadcast(v, 4)

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
        return value * s4 + m4 if fmt == "q4_1" else value * s4

    cfg = SimpleNamespace(TM=TM, TN=TN, RM4=RM // 4, RN4=RN // 4, YN=YN, XN=XN, TX=TX, BK4=BK4, WR=WR, WP=WP, XP=XP,
                          PW=-(-WP // TX), PX=-(-XP // TX), SX=SX, SW=SW, U=U, BK=32 * KB, KB=KB, per_word=per_word,
                          scaled=fmt not in UNQUANTIZED, has_min=fmt == "q4_1", residual=with_residual,
                          splat=splat, col=col, deq=deq, x_piece=x_piece, w_piece=w_piece)

    @T.macro(hygienic=False)
    def load(s, cfg):  # step s of W (raw words, scales) and of x into registers
        for p in T.unroll(cfg.PW):
            if p * cfg.TX + t < cfg.WP:
                wrow = jb * cfg.TN + cfg.w_piece(p * cfg.TX + t)[0] * 4
                wcol = s * cfg.WR + cfg.w_piece(p * cfg.TX + t)[1]
                wreg[p] = T.Shuffle([wq[wrow, wcol], wq[wrow + 1, wcol], wq[wrow + 2, wcol], wq[wrow + 3, wcol]], [0, 1, 2, 3])
                if cfg.scaled:
                    blk = s * cfg.KB + T.floordiv(cfg.w_piece(p * cfg.TX + t)[1], cfg.WR // cfg.KB)
                    sreg[p] = T.Shuffle([wscale[wrow, blk], wscale[wrow + 1, blk], wscale[wrow + 2, blk], wscale[wrow + 3, blk]], [0, 1, 2, 3])
                    if cfg.has_min:
                        mreg[p] = T.Shuffle([wmin[wrow, blk], wmin[wrow + 1, blk], wmin[wrow + 2, blk], wmin[wrow + 3, blk]], [0, 1, 2, 3])
        for p in T.unroll(cfg.PX):
            if p * cfg.TX + t < cfg.XP:
                for r in T.unroll(4):
                    xreg[p * 4 + r] = x[T.min(mb * cfg.TM + cfg.x_piece(p * cfg.TX + t)[0] * 4 + r, n - 1),
                                        s * cfg.BK4 + cfg.x_piece(p * cfg.TX + t)[1]]

    @T.macro(hygienic=False)
    def store(cfg):  # the registers' step, dequantized / transposed, into workgroup memory
        for p in T.unroll(cfg.PW):
            if p * cfg.TX + t < cfg.WP:
                for e in T.unroll(cfg.per_word):
                    ws[cfg.col(cfg.w_piece(p * cfg.TX + t)[1], e) * cfg.SW + cfg.w_piece(p * cfg.TX + t)[0]] = cfg.deq(
                        wreg[p], cfg.w_piece(p * cfg.TX + t)[1], e, sreg[p], mreg[p])
        for p in T.unroll(cfg.PX):
            if p * cfg.TX + t < cfg.XP:
                for j in T.unroll(4):
                    xs[(cfg.x_piece(p * cfg.TX + t)[1] * 4 + j) * cfg.SX + cfg.x_piece(p * cfg.TX + t)[0]] = T.Shuffle(
                        [xreg[p * 4], xreg[p * 4 + 1], xreg[p * 4 + 2], xreg[p * 4 + 3]], [j, 4 + j, 8 + j, 12 + j])

    @T.macro(hygienic=False)
    def body(cfg):
        ty = T.floordiv(t, cfg.XN)
        tx = T.floormod(t, cfg.XN)
        for i in T.unroll(cfg.RM4 * 4 * cfg.RN4):
            acc[i] = cfg.splat(T.float32(0))
        cfg.load(T.min(k0, T.floordiv(Kb, cfg.KB) - 1), cfg)  # (clamped: a split past the end has no steps)
        for s in range(nsteps):
            cfg.store(cfg)
            T.tvm_storage_sync("shared")
            cfg.load(T.min(k0 + s + 1, k0 + nsteps - 1), cfg)  # the next step (the last one again at the end)
            for ko in range(cfg.BK // cfg.U):
                for ku in T.unroll(cfg.U):
                    for h in T.unroll(cfg.RM4):
                        xa[h] = xs[(ko * cfg.U + ku) * cfg.SX + ty + h * cfg.YN]
                    for g in T.unroll(cfg.RN4):
                        wb[g] = ws[(ko * cfg.U + ku) * cfg.SW + tx + g * cfg.XN]
                    for h in T.unroll(cfg.RM4):
                        for a in T.unroll(4):
                            for g in T.unroll(cfg.RN4):
                                acc[(h * 4 + a) * cfg.RN4 + g] = acc[(h * 4 + a) * cfg.RN4 + g] + cfg.splat(T.Shuffle([xa[h]], [a])) * wb[g]
            T.tvm_storage_sync("shared")
        for h in T.unroll(cfg.RM4):
            for a in T.unroll(4):
                if mb * cfg.TM + (ty + h * cfg.YN) * 4 + a < n:
                    for g in T.unroll(cfg.RN4):
                        if cfg.residual:
                            out[mb * cfg.TM + (ty + h * cfg.YN) * 4 + a, jb * (cfg.TN // 4) + tx + g * cfg.XN] = acc[(h * 4 + a) * cfg.RN4 + g] + residual[
                                mb * cfg.TM + (ty + h * cfg.YN) * 4 + a, jb * (cfg.TN // 4) + tx + g * cfg.XN]
                        else:
                            y[row0 + mb * cfg.TM + (ty + h * cfg.YN) * 4 + a, jb * (cfg.TN // 4) + tx + g * cfg.XN] = acc[(h * 4 + a) * cfg.RN4 + g]

    cfg.load, cfg.store = load, store
    PW, PX, NACC = cfg.PW, cfg.PX, RM * RN // 4

    # TVMScript needs the parameters spelled out: one signature with, one without the residual
    if with_residual:
        @T.prim_func
        def func(x_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, residual_h: T.handle, out_h: T.handle):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
            wq = T.match_buffer(wq_h, (N, Kb * words), "uint32")
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
            residual = T.match_buffer(residual_h, (n, N // 4), V4)
            out = T.match_buffer(out_h, (n, N // 4), V4)
            mb = T.launch_thread("blockIdx.x", T.floordiv(n + TM - 1, TM))
            jb = T.launch_thread("blockIdx.y", T.floordiv(N, TN))
            t = T.launch_thread("threadIdx.x", TX)
            xs = T.alloc_buffer((32 * KB * SX,), V4, scope="shared")
            ws = T.alloc_buffer((32 * KB * SW,), V4, scope="shared")
            wreg = T.alloc_buffer((PW,), U4, scope="local")
            sreg = T.alloc_buffer((PW,), V4, scope="local")
            mreg = T.alloc_buffer((PW,), V4, scope="local")
            xreg = T.alloc_buffer((PX * 4,), V4, scope="local")
            acc = T.alloc_buffer((NACC,), V4, scope="local")
            xa = T.alloc_buffer((RM // 4,), V4, scope="local")
            wb = T.alloc_buffer((RN // 4,), V4, scope="local")
            k0 = 0  # all of K
            nsteps = T.floordiv(Kb, KB)
            body(cfg)
    else:
        @T.prim_func
        def func(x_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, y_h: T.handle, S: T.int32):
            n, N, Kb = T.int32(), T.int32(), T.int32()
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
            wq = T.match_buffer(wq_h, (N, Kb * words), "uint32")
            wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
            wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
            y = T.match_buffer(y_h, (S * n, N // 4), V4)
            mb = T.launch_thread("blockIdx.x", T.floordiv(n + TM - 1, TM))
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
            body(cfg)

    name = name or mmt_name(fmt, with_residual)
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


def mmt_sum(with_residual):
    """y[n, N] = sum over s < S of part[s n + i, :] (+ residual[n, N]): the S K splits of an mmt_*
    product (its uniform S) added up. One invocation per output, serial over S."""
    n, N, S = _var("n"), _var("N"), _var("S")
    part = te.placeholder((S * n, N), F32, name="part")
    s = te.reduce_axis((0, S), "s")
    y = te.compute((n, N), lambda i, j: te.sum(part[s * n + i, j], axis=s), name="y")
    args = [part]
    if with_residual:
        residual = te.placeholder((n, N), F32, name="residual")
        args += [residual, te.compute((n, N), lambda i, j: y[i, j] + residual[i, j], name="out")]
    else:
        args.append(y)
    name = "mmt_sum" + ("_add" if with_residual else "")
    return _schedule_matmul_rows(_prim_func(name, args + [S]), with_residual)

def rms_norm(y_dtype=F32):
    """y[n, K] = x[row0 + i, :] * rsqrt(mean(x^2) + eps) * w[K]; row0 lets the final norm take only the
    last row before the LM head. y_dtype: storage of y."""
    n, K, rows, row0 = _var("n"), _var("K"), _var("rows"), _var("row0")
    eps = _var("eps", F32)
    x = te.placeholder((rows, K), F32, name="x")
    w = te.placeholder((K,), F32, name="w")
    k = te.reduce_axis((0, K), "k")
    ss = te.compute((n,), lambda i: te.sum(x[i + row0, k] * x[i + row0, k], axis=k), name="ss")
    y = te.compute(
        (n, K), lambda i, j: (x[i + row0, j] * te.rsqrt(ss[i] / K.astype(F32) + eps) * w[j]).astype(y_dtype), name="y"
    )
    return _dlight(_prim_func("rms_norm" + _f16_suffix(y_dtype), [x, w, y, row0, eps]), dl.gpu.GeneralReduction())


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


def rope_qkv(dtype=F32):
    """RoPE and the KV-cache append in one dispatch: over (n, H + Hkv, hd), heads h < H write the rotated query
    q[n, H, hd]; the others the rotated key and the value of KV head h - H into the caches at pos0 + i.
    dtype: storage of qkv, q and the caches (the rotation is computed in f32)."""
    from tvm.script import tirx as T

    def f32(v):  # a load widened to f32 (no cast at all when stored as f32)
        return v.astype(F32)

    def stored(v):
        return v.astype(dtype)

    @T.prim_func(s_tir=True)
    def rope_qkv(
        qkv_h: T.handle, cos_h: T.handle, sin_h: T.handle, q_h: T.handle, k_h: T.handle, v_h: T.handle,
        pos0: T.int32, H: T.int32, Hkv: T.int32,
    ):
        n, width, C, half, hd = T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
        qkv = T.match_buffer(qkv_h, (n, width), dtype)
        cos = T.match_buffer(cos_h, (C, half), "float32")
        sin = T.match_buffer(sin_h, (C, half), "float32")
        q = T.match_buffer(q_h, (n, H, hd), dtype)
        k_cache = T.match_buffer(k_h, (Hkv, C, hd), dtype)
        v_cache = T.match_buffer(v_h, (Hkv, C, hd), dtype)
        for i, h, d in T.grid(n, H + Hkv, hd):
            with T.sblock("rope"):
                vi, vh, vd = T.axis.remap("SSS", [i, h, d])
                # element vd of head vh (q heads, then k heads) rotated with its rotate_half partner
                if vh < H:
                    q[vi, vh, vd] = stored(f32(qkv[vi, vh * hd + vd]) * cos[pos0 + vi, T.Select(vd < half, vd, vd - half)] + T.Select(
                        vd < half, f32(qkv[vi, vh * hd + vd + half]) * T.float32(-1), f32(qkv[vi, vh * hd + vd - half])
                    ) * sin[pos0 + vi, T.Select(vd < half, vd, vd - half)])
                else:
                    k_cache[vh - H, pos0 + vi, vd] = stored(f32(qkv[vi, vh * hd + vd]) * cos[pos0 + vi, T.Select(vd < half, vd, vd - half)] + T.Select(
                        vd < half, f32(qkv[vi, vh * hd + vd + half]) * T.float32(-1), f32(qkv[vi, vh * hd + vd - half])
                    ) * sin[pos0 + vi, T.Select(vd < half, vd, vd - half)])
                    v_cache[vh - H, pos0 + vi, vd] = qkv[vi, (vh + Hkv) * hd + vd]

    name = "rope_qkv" + _f16_suffix(dtype)
    mod = tvm.IRModule({name: rope_qkv.with_attr("global_symbol", name)})
    return _schedule_elementwise(mod, "rope")


def attn_scores(q_dtype=F32, kv_dtype=F32):
    """s[H, n, L] = scale * q[n, H, hd] . k_cache[h // (H / Hkv), j, hd], causal and within the window:
    -inf unless pos0 + i - window < j <= pos0 + i (window = C: full causal attention). q_dtype /
    kv_dtype: storage of q and of the cache (s stays f32: the mask value does not fit f16)."""
    n, H, Hkv, hd, C, L, pos0 = _var("n"), _var("H"), _var("Hkv"), _var("hd"), _var("C"), _var("L"), _var("pos0")
    window = _var("window")
    scale = _var("scale", F32)
    q = te.placeholder((n, H, hd), q_dtype, name="q")
    k_cache = te.placeholder((Hkv, C, hd), kv_dtype, name="k_cache")
    d = te.reduce_axis((0, hd), "d")
    group = tir.floordiv(H, Hkv)
    dot = te.compute(
        (H, n, L), lambda h, i, j: te.sum(q[i, h, d].astype(F32) * k_cache[tir.floordiv(h, group), j, d].astype(F32), axis=d), name="dot"
    )
    s = te.compute(
        (H, n, L),
        lambda h, i, j: tir.Select(tir.And(j <= pos0 + i, j + window > pos0 + i), dot[h, i, j] * scale, tir.const(NEG_INF, F32)),
        name="s",
    )
    mod = _prim_func("attn_scores" + _f16_suffix(q_dtype, kv_dtype), [q, k_cache, s, pos0, window, scale])
    sch = _schedule(mod)
    # one invocation per score; the hd-long dot product stays serial inside it
    block = sch.get_sblock("dot")
    h, i, j, dd = sch.get_loops(block)
    fused = sch.fuse(h, i, j)
    outer, inner = sch.split(fused, [None, THREADS])
    sch.bind(outer, "blockIdx.x")
    sch.bind(inner, "threadIdx.x")
    sch.reverse_compute_at(sch.get_sblock("s"), inner)
    sch.set_scope(block, 0, "local")
    return sch.mod


def attn_scores_gpu(q_dtype=F32, kv_dtype=F32):
    """attn_scores (with its window) for GPUs, over the flat output f = (h n + i) L + j in whole workgroups of 64: the tail
    past H n L is computed on clamped indices and written to padding (the s buffer has 64 floats more),
    so the loop over hd has no branch around its loads. Uniform nb = ceil(H n L / 64). q_dtype / kv_dtype:
    storage of q and of the cache."""
    n, H, Hkv, hd, C, L, pos0, nb, window = (_var(v) for v in ("n", "H", "Hkv", "hd", "C", "L", "pos0", "nb", "window"))
    scale = _var("scale", F32)
    q = te.placeholder((n, H, hd), q_dtype, name="q")
    k_cache = te.placeholder((Hkv, C, hd), kv_dtype, name="k_cache")
    # d = do * 4 + di, di unrolled: 4 loads in flight per pass (head_dim must be a multiple of 4)
    do = te.reduce_axis((0, tir.floordiv(hd, 4)), "do")
    di = te.reduce_axis((0, 4), "di")
    group = tir.floordiv(H, Hkv)

    def coords(b, t):
        f = tir.min(b * THREADS + t, H * n * L - 1)
        return tir.floordiv(f, n * L), tir.floormod(tir.floordiv(f, L), n), tir.floormod(f, L)

    def dot_fn(b, t):
        h, i, j = coords(b, t)
        d = do * 4 + di
        return te.sum(q[i, h, d].astype(F32) * k_cache[tir.floordiv(h, group), j, d].astype(F32), axis=[do, di])

    dot = te.compute((nb, THREADS), dot_fn, name="dot")

    def masked(b, t):
        h, i, j = coords(b, t)
        return tir.Select(tir.And(j <= pos0 + i, j + window > pos0 + i), dot[b, t] * scale, tir.const(NEG_INF, F32))

    s = te.compute((nb, THREADS), masked, name="s")
    sch = _schedule(_prim_func("attn_scores_gpu" + _f16_suffix(q_dtype, kv_dtype), [q, k_cache, s, pos0, window, scale, L]))
    block = sch.get_sblock("dot")
    b, t, dd, di_ = sch.get_loops(block)
    sch.bind(b, "blockIdx.x")
    sch.bind(t, "threadIdx.x")
    sch.unroll(di_)
    sch.reverse_compute_at(sch.get_sblock("s"), t)
    sch.set_scope(block, 0, "local")
    sch.decompose_reduction(block, dd)
    return sch.mod


def attn_pv_gpu(kv_dtype=F32, out_dtype=F32):
    """attn_pv for GPUs: one workgroup per (d, h) sums p[h, i, :L] * v[h // (H / Hkv), :L, d] over L with
    64 invocations (strided j) and a workgroup-memory reduction; the rows i loop inside. kv_dtype /
    out_dtype: storage of the cache and of out."""
    n, H, Hkv, hd, C, L = _var("n"), _var("H"), _var("Hkv"), _var("hd"), _var("C"), _var("L")
    p = te.placeholder((H, n, L), F32, name="p")
    v_cache = te.placeholder((Hkv, C, hd), kv_dtype, name="v_cache")
    # j = jo * 64 + tx over whole passes; past L the (clamped, finite) term is multiplied by 0 rather than
    # predicated, so that the loop's loads are not each behind a branch
    # (j = (jo * 4 + u) * 64 + tx, u unrolled: 4 loads in flight per pass)
    jo = te.reduce_axis((0, tir.floordiv(L + THREADS * 4 - 1, THREADS * 4)), "jo")
    u = te.reduce_axis((0, 4), "u")
    tx = te.reduce_axis((0, THREADS), "tx")
    group = tir.floordiv(H, Hkv)

    def pv(i, h, d):
        jj = (jo * 4 + u) * THREADS + tx
        j = tir.min(jj, L - 1)
        return te.sum(p[h, i, j] * v_cache[tir.floordiv(h, group), j, d].astype(F32) * (jj < L).astype(F32), axis=[jo, u, tx])

    out = te.compute((n, H, hd), pv, name="out")
    sch = _schedule(_prim_func("attn_pv_gpu" + _f16_suffix(kv_dtype, out_dtype), [p, v_cache, _stored(out, out_dtype)]))
    block = sch.get_sblock("out")
    i, h, d, jo, uu, tx = sch.get_loops(block)
    rf = sch.rfactor(tx, 0)
    i, h, d, jo, uu, tx = sch.get_loops(rf)
    sch.reorder(d, h, i, tx, jo, uu)
    sch.unroll(uu)
    sch.bind(d, "blockIdx.x")
    sch.bind(h, "blockIdx.y")
    sch.bind(tx, "threadIdx.x")
    sch.set_scope(rf, 0, "local")
    sch.decompose_reduction(rf, jo)
    sch.reverse_compute_at(block, i)
    sch.bind(sch.get_loops(block)[-1], "threadIdx.x")
    _store_after(sch, block, sch.get_loops(block)[-2])  # the f16 cast, per row i
    return sch.mod


# attn_decode_rope_gpu: a GPU decode step's attention for short contexts (models/llama.py ATTN_DECODE_SPLIT_BYTES;
# longer: attn_decode_rope_split_gpu + attn_combine*_gpu, which spread the positions over workgroups but take two
# dispatches)
ATTN_THREADS = 256  # invocations per workgroup of attn_decode_rope_gpu (its reductions: 16 x 16)
ATTN_CHUNK = 1024  # scores held in workgroup memory at a time (4 KiB)
ATTN_FUSED_MAX_HD4 = 64  # head dim / 4 at most (head dim 256)
ATTN_SCORE_LOADS = 4  # vec4 of a k row per invocation in the scores (hd4 a multiple of it)
ATTN_PV_ROWS = 8  # v rows in flight per invocation in p @ v


def _quantize_head_row():
    """A macro for the q8 outputs of attn_decode_rope_q8_gpu and attn_combine_q8_gpu: head h's output row,
    vec4 tx of it in acc[0] of invocation tx < hd4, as act_q8_* writes its rows: int8 blocks of 32 into xq
    [1, H hd4] u32 and xs [1, H hb, 2] = (d, d * sum(q)), d = max|v| / 127. Expects workgroup buffers ov
    [hd4] vec4 and red [hd4] f32, and tx, hd4, hb, h, st (>= 3 f32), acc (vec4) and cfg.splat / vsum /
    pack where it is used."""
    from tvm.script import tirx as T

    @T.macro(hygienic=False)
    def quantize_out(cfg):
        # the row into ov, red[t] = max|v| over vec4 t; a block of 32 is 8 vec4: act_q8_*'s arithmetic per block
        if tx < hd4:
            ov[tx] = acc[0]
            acc[0] = T.abs(acc[0])
            red[tx] = T.max(T.max(T.Shuffle([acc[0]], [0]), T.Shuffle([acc[0]], [1])),
                            T.max(T.Shuffle([acc[0]], [2]), T.Shuffle([acc[0]], [3])))
        T.tvm_storage_sync("shared")
        if tx < hd4:
            st[2] = red[T.floordiv(tx, 8) * 8]
            for o in T.unroll(7):
                st[2] = T.max(st[2], red[T.floordiv(tx, 8) * 8 + 1 + o])
            st[0] = T.Select(st[2] > T.float32(0), T.float32(127) / st[2], T.float32(0))  # 127 / max|v|
            acc[0] = T.round(ov[tx] * cfg.splat(st[0]))
            xq[0, h * hd4 + tx] = cfg.pack(acc[0])  # 4 int8 a u32
            st[1] = cfg.vsum(acc[0])
        T.tvm_storage_sync("shared")
        if tx < hd4:
            red[tx] = st[1]
        T.tvm_storage_sync("shared")
        if tx < T.floordiv(hd4, 8):  # one invocation per block: (d, d * sum(q)), max|v| again from ov
            st[2] = T.float32(0)
            st[0] = T.float32(0)
            for o in T.unroll(8):
                acc[0] = T.abs(ov[tx * 8 + o])
                st[2] = T.max(st[2], T.max(T.max(T.Shuffle([acc[0]], [0]), T.Shuffle([acc[0]], [1])),
                                           T.max(T.Shuffle([acc[0]], [2]), T.Shuffle([acc[0]], [3]))))
                st[0] = st[0] + red[tx * 8 + o]
            xs[0, h * hb + tx, 0] = st[2] / T.float32(127)
            xs[0, h * hb + tx, 1] = st[2] / T.float32(127) * st[0]

    return quantize_out


def attn_decode_rope(q8_out=False, split=False):
    """Attention of one query token (decode), fused: out[h, :] = softmax(scale * q[h] . k[kvh, j]) @
    v[kvh, j] over the visible positions L - window <= j < L (kvh = h // (H / Hkv)), one workgroup per
    query head, so scores and probabilities never leave workgroup memory (attn_scores_gpu, softmax_rows
    and attn_pv_gpu in one dispatch). The positions go by in chunks of ATTN_CHUNK with an online softmax
    (running max m and sum l; the output sums are rescaled by exp(m_old - m_new) per chunk):
    - scores: G = hd4 / ATTN_SCORE_LOADS invocations per position, 4 positions each per round (their
      partial dot products added up through workgroup memory), q from workgroup memory; chunk max and
      sum by tree reductions;
    - p @ v: invocations as (lane, dg): one vec4 dg of the head (hd4 = hd / 4 of them), lanes =
      256 / hd4 positions side by side, 8 positions unrolled; the lanes' sums are added at the end.
    q, k, v and out are read as vec4<f32> (16-byte loads: a position's k row is hd4 loads, not hd);
    uniform hd4 = hd / 4, a multiple of 4 (at most ATTN_FUSED_MAX_HD4: q, k, v of the head in workgroup memory,
    12 KiB in all, within WebGPU's default 16 KiB).
    rope_qkv is fused in front, from qkv [1, width] and the cos / sin tables [C, hd / 2] (hd a multiple of 8): the workgroup rotates its
    q and its KV head's k for position L - 1 itself, attends to positions < L - 1 from the caches and
    then to L - 1 from workgroup memory (one more online-softmax step), and the first query head of each
    KV group writes k and v to the caches.
    q8_out (attn_decode_rope_q8_gpu): the output row as act_q8_* writes its rows, for a gemv8_* o product:
    int8 blocks of 32 xq [1, H hd / 4] u32 and xs [1, H hd / 32, 2] = (d, d * sum(q)), d = max|v| / 127
    (hd a multiple of 32; uniform hb = hd / 32); the head's blocks are its own, so the quantization needs
    no other workgroup.
    split (attn_decode_rope_split_gpu): the positions spread over workgroups too, as attn_split_rope_gpu
    spreads them: workgroup (h, s) attends to the `split` positions lo + s * split .. (uniform split, at most
    ATTN_CHUNK; grid (H, ceil(min(L, window) / split))) and writes attn_combine_gpu's partial, part[h, s, :hd4]
    = sum_j exp(score_j - m) v_j and part[h, s, hd4] = (m, l, 0, 0); the split holding L - 1 adds it and
    writes the caches. A workgroup's time grows with the bytes it reads (one SM streams ~40-50 GB/s: H200,
    8B heads, 10 us at L = 1, 30 us at 640), so long contexts take more SMs this way, for one more dispatch.
    Written in TIR directly: TE has no loop-carried online softmax."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    TX, B, SL, PV = ATTN_THREADS, ATTN_CHUNK, ATTN_SCORE_LOADS, ATTN_PV_ROWS
    PER = B // TX  # positions per invocation per chunk
    V4 = "float32x4"

    def vsum(v):
        return T.Shuffle([v], [0]) + T.Shuffle([v], [1]) + T.Shuffle([v], [2]) + T.Shuffle([v], [3])

    def splat(x):
        return T.Broadcast(x, 4)

    @T.macro(hygienic=False)
    def tree_max(value, cfg):
        # st[2] = max over the workgroup of value, in two stages (16 x 16; 2 syncs, not a tree's 8)
        red[tx] = value
        T.tvm_storage_sync("shared")
        if tx < 16:
            st[2] = red[tx * 16]
            for o in T.unroll(15):
                st[2] = T.max(st[2], red[tx * 16 + 1 + o])
            red16[tx] = st[2]
        T.tvm_storage_sync("shared")
        st[2] = red16[0]
        for o in T.unroll(15):
            st[2] = T.max(st[2], red16[1 + o])

    @T.macro(hygienic=False)
    def tree_sum(value, cfg):  # st[2] = the sum over the workgroup of value (likewise)
        red[tx] = value
        T.tvm_storage_sync("shared")
        if tx < 16:
            st[2] = T.float32(0)
            for o in T.unroll(16):
                st[2] = st[2] + red[tx * 16 + o]
            red16[tx] = st[2]
        T.tvm_storage_sync("shared")
        st[2] = T.float32(0)
        for o in T.unroll(16):
            st[2] = st[2] + red16[o]

    @T.macro(hygienic=False)
    def attend(cfg):
        # expects qs (q[h]), ks / vs filled and synced; position L - 1 (ks / vs) is
        # added after the chunks (the cache rows of the chunks are read as they are)
        st[0] = T.float32(NEG_INF)
        st[1] = T.float32(0)
        acc[0] = cfg.splat(T.float32(0))
        lo = T.max(L - window, 0)  # the first visible position
        a = lo + s * span  # this workgroup's positions: a .. e - 1 from the caches (and L - 1 if its split holds it)
        e = T.min(a + span, L - 1)
        lanes = T.floordiv(cfg.TX, hd4)
        lane = T.floordiv(tx, hd4)
        dg = T.floormod(tx, hd4)
        G = T.floordiv(hd4, cfg.SL)  # invocations per k row in the scores, npos rows side by side
        npos = T.floordiv(cfg.TX, G)
        gk = T.floormod(tx, G)
        pk = T.min(T.floordiv(tx, G), npos - 1)
        for ch in range(T.floordiv(e - a + cfg.B - 1, cfg.B)):
            j0 = a + ch * cfg.B
            cnt = T.min(cfg.B, e - j0)  # positions in this chunk
            # scores, in rounds of 4 P positions: G = hd4 / SL invocations share a position's k row (invocation
            # (p, g) reads its vec4 g, g + G, ...: a warp reads whole rows, consecutive 16-byte pieces), each with
            # SL loads for each of 4 positions in flight; the G partial dot products meet in workgroup memory
            # (sums). One invocation per row read a warp's 32 rows 16 bytes apart: 32 cache lines per load
            # (H200: 31 us a layer for the 8B at 600 positions).
            st[2] = T.float32(NEG_INF)
            for r in range(T.floordiv(cnt + npos * 4 - 1, npos * 4)):
                for u in T.unroll(4):
                    dot[u] = cfg.splat(T.float32(0))
                for d in T.unroll(cfg.SL):
                    for u in T.unroll(4):
                        # clamped past the chunk: in bounds, masked below
                        dot[u] = dot[u] + qs[d * G + gk] * k_cache[kvh, j0 + T.min(r * npos * 4 + u * npos + pk, cnt - 1), d * G + gk]
                sums[gk * npos + pk] = T.Shuffle([cfg.vsum(dot[0]), cfg.vsum(dot[1]), cfg.vsum(dot[2]), cfg.vsum(dot[3])], [0, 1, 2, 3])
                T.tvm_storage_sync("shared")
                if tx < npos:  # invocation p adds up the G partial sums of its 4 positions
                    dot[0] = cfg.splat(T.float32(0))
                    for gg in range(G):
                        dot[0] = dot[0] + sums[gg * npos + tx]
                    for u in T.unroll(4):
                        if r * npos * 4 + u * npos + tx < cnt:
                            sc[r * npos * 4 + u * npos + tx] = T.Shuffle([dot[0]], [u]) * scale
                            st[2] = T.max(st[2], T.Shuffle([dot[0]], [u]) * scale)
                T.tvm_storage_sync("shared")
            cfg.tree_max(st[2], cfg)
            st[2] = T.max(st[0], st[2])  # the new running max (finite: the chunk has a position)
            T.tvm_storage_sync("shared")
            acc[0] = acc[0] * cfg.splat(T.exp(st[0] - st[2]))
            st[1] = st[1] * T.exp(st[0] - st[2])
            st[0] = st[2]
            st[2] = T.float32(0)
            for u in T.unroll(cfg.PER):
                sc[u * cfg.TX + tx] = T.Select(u * cfg.TX + tx < cnt, T.exp(sc[u * cfg.TX + tx] - st[0]), T.float32(0))
                st[2] = st[2] + sc[u * cfg.TX + tx]
            cfg.tree_sum(st[2], cfg)  # (its syncs also publish sc)
            st[1] = st[1] + st[2]
            if lane < lanes:
                for t in range(T.floordiv(cnt + lanes * cfg.PV - 1, lanes * cfg.PV)):  # PV v rows in flight
                    for u in T.unroll(cfg.PV):
                        # past the chunk: clamped, times a zero probability
                        acc[0] = acc[0] + cfg.splat(sc[T.min((t * cfg.PV + u) * lanes + lane, cnt - 1)] * T.Cast(
                            "float32", (t * cfg.PV + u) * lanes + lane < cnt
                        )) * v_cache[kvh, j0 + T.min((t * cfg.PV + u) * lanes + lane, cnt - 1), dg]
            T.tvm_storage_sync("shared")  # before the next chunk overwrites sc and red
        if a + span >= L:  # position L - 1: one more online-softmax step, k and v from workgroup memory
            dot[0] = cfg.splat(T.float32(0))
            for d4 in range(hd4):
                dot[0] = dot[0] + qs[d4] * ks[d4]
            st[2] = T.max(st[0], cfg.vsum(dot[0]) * scale)
            acc[0] = acc[0] * cfg.splat(T.exp(st[0] - st[2])) + cfg.splat(
                T.exp(cfg.vsum(dot[0]) * scale - st[2]) * T.Cast("float32", lane == 0)) * vs[T.min(dg, hd4 - 1)]
            st[1] = st[1] * T.exp(st[0] - st[2]) + T.exp(cfg.vsum(dot[0]) * scale - st[2])
            st[0] = st[2]
        sums[tx] = acc[0]
        T.tvm_storage_sync("shared")
        if tx < hd4:
            acc[0] = cfg.splat(T.float32(0))
            for ln in range(lanes):
                acc[0] = acc[0] + sums[ln * hd4 + tx]
            if cfg.split:  # the unnormalized partial and (m, l) for attn_combine_gpu
                part[h, s, tx] = acc[0]
                if tx == 0:
                    part[h, s, hd4] = T.Shuffle([T.Broadcast(st[0], 4), T.Broadcast(st[1], 4), T.Broadcast(T.float32(0), 4)],
                                                [0, 4, 8, 8])
            elif cfg.q8_out:
                acc[0] = acc[0] / cfg.splat(st[1])  # (quantized below)
            else:
                out[h, tx] = acc[0] / cfg.splat(st[1])
        if cfg.q8_out:
            cfg.quantize_out(cfg)

    quantize_out = _quantize_head_row()

    cfg = SimpleNamespace(TX=TX, B=B, PER=PER, SL=SL, PV=PV, vsum=vsum, splat=splat,
                          tree_max=tree_max, tree_sum=tree_sum, q8_out=q8_out, split=split, quantize_out=quantize_out,
                          pack=_pack_vec4_i8, HD4MAX=ATTN_FUSED_MAX_HD4, attend=attend)

    @T.macro(hygienic=False)
    def kernel_body(cfg):
        h = T.launch_thread("blockIdx.x", H)
        if cfg.split:
            s = T.launch_thread("blockIdx.y", T.floordiv(T.min(L, window) + split - 1, split))
            span = split
        else:
            s = 0
            span = window  # one workgroup a head: lo + window >= L
        tx = T.launch_thread("threadIdx.x", cfg.TX)
        qs = T.alloc_buffer((cfg.HD4MAX,), "float32x4", scope="shared")  # q[h], rotated
        ks = T.alloc_buffer((cfg.HD4MAX,), "float32x4", scope="shared")  # k, v of this KV head at position L - 1
        vs = T.alloc_buffer((cfg.HD4MAX,), "float32x4", scope="shared")
        sc = T.alloc_buffer((cfg.B,), "float32", scope="shared")
        red = T.alloc_buffer((cfg.TX,), "float32", scope="shared")
        red16 = T.alloc_buffer((16,), "float32", scope="shared")
        sums = T.alloc_buffer((cfg.TX,), "float32x4", scope="shared")
        dot = T.alloc_buffer((cfg.PER,), "float32x4", scope="local")
        acc = T.alloc_buffer((1,), "float32x4", scope="local")
        st = T.alloc_buffer((3,), "float32", scope="local")
        if cfg.q8_out:
            ov = T.alloc_buffer((cfg.HD4MAX,), "float32x4", scope="shared")  # the head's output row
        kvh = T.floordiv(h, T.floordiv(H, Hkv))
        if tx < hd4:
            # rotate_half RoPE at position L - 1: vec4 tx pairs with tx +- hd4 / 2 (sign - in the first half)
            qs[tx] = qkv[0, h * hd4 + tx] * cos[L - 1, T.floormod(tx, half4)] + cfg.splat(
                T.Select(tx < half4, T.float32(-1), T.float32(1))) * qkv[0, h * hd4 + T.floormod(tx + half4, hd4)] * sin[
                L - 1, T.floormod(tx, half4)]
            ks[tx] = qkv[0, (H + kvh) * hd4 + tx] * cos[L - 1, T.floormod(tx, half4)] + cfg.splat(
                T.Select(tx < half4, T.float32(-1), T.float32(1))) * qkv[0, (H + kvh) * hd4 + T.floormod(tx + half4, hd4)] * sin[
                L - 1, T.floormod(tx, half4)]
            vs[tx] = qkv[0, (H + Hkv + kvh) * hd4 + tx]
            # one writer per KV head: its first query head, in the split holding L - 1
            if T.floormod(h, T.floordiv(H, Hkv)) == 0 and T.max(L - window, 0) + (s + 1) * span >= L:
                k_cache[kvh, L - 1, tx] = ks[tx]
                v_cache[kvh, L - 1, tx] = vs[tx]
        T.tvm_storage_sync("shared")
        cfg.attend(cfg)

    if split:
        @T.prim_func
        def func(qkv_h: T.handle, cos_h: T.handle, sin_h: T.handle, k_h: T.handle, v_h: T.handle, part_h: T.handle,
                 L: T.int32, window: T.int32, scale: T.float32, H: T.int32, Hkv: T.int32, split: T.int32):
            hd4, C, W4, half4, Smax, P4 = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            qkv = T.match_buffer(qkv_h, (1, W4), V4)  # [q heads | k heads | v heads] of hd4 vec4 each
            cos = T.match_buffer(cos_h, (C, half4), V4)
            sin = T.match_buffer(sin_h, (C, half4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
            kernel_body(cfg)
    elif q8_out:
        @T.prim_func
        def func(qkv_h: T.handle, cos_h: T.handle, sin_h: T.handle, k_h: T.handle, v_h: T.handle, xq_h: T.handle,
                 xs_h: T.handle, L: T.int32, window: T.int32, scale: T.float32, H: T.int32, Hkv: T.int32, hb: T.int32):
            hd4, C, W4, half4, XQ4, XB = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            qkv = T.match_buffer(qkv_h, (1, W4), V4)  # [q heads | k heads | v heads] of hd4 vec4 each
            cos = T.match_buffer(cos_h, (C, half4), V4)
            sin = T.match_buffer(sin_h, (C, half4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            xq = T.match_buffer(xq_h, (1, XQ4), "uint32")  # H hd4 of them in use
            xs = T.match_buffer(xs_h, (1, XB, 2), "float32")  # H hb
            kernel_body(cfg)
    else:
        @T.prim_func
        def func(qkv_h: T.handle, cos_h: T.handle, sin_h: T.handle, k_h: T.handle, v_h: T.handle, out_h: T.handle,
                 L: T.int32, window: T.int32, scale: T.float32, H: T.int32, Hkv: T.int32):
            hd4, C, W4, half4 = T.int32(), T.int32(), T.int32(), T.int32()
            qkv = T.match_buffer(qkv_h, (1, W4), V4)  # [q heads | k heads | v heads] of hd4 vec4 each
            cos = T.match_buffer(cos_h, (C, half4), V4)
            sin = T.match_buffer(sin_h, (C, half4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            out = T.match_buffer(out_h, (H, hd4), V4)
            kernel_body(cfg)
    name = "attn_decode_rope_split_gpu" if split else "attn_decode_rope_q8_gpu" if q8_out else "attn_decode_rope_gpu"
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


ATTN_SPLIT_THREADS = 256  # invocations per workgroup of attn_split*_gpu
ATTN_SPLIT_SCORES = 512  # scores in workgroup memory: gb * split at most (the plan picks split and gb)
ATTN_SPLIT_GROUP = 8  # at most this many query heads (of one KV head) per workgroup of attn_split*_gpu
ATTN_SPLIT_MAX_HD4 = 64  # head dim / 4 at most (head dim 256): q, k, v rows in workgroup memory
ATTN_SPLIT_UNROLL = 4  # loads in flight per invocation of attn_split*_gpu (k: vec4s of a row; v: rows)
ATTN_COMBINE_THREADS = 256  # invocations per workgroup of attn_combine_gpu


def attn_split(rope):
    """Attention of one query token (decode), split over the context ("flash decoding"): workgroup
    (b, s) takes the gb query heads b * gb .. b * gb + gb - 1 (all of one KV head kvh; gb divides
    H / Hkv) and the split s of `split` consecutive visible positions j0 = lo + s * split ..
    min(j0 + split, L) - 1 (lo = max(L - window, 0)); the grid is (H / gb, ceil(min(L, window) /
    split)), so it follows L with no call-time dim of its own. split (a multiple of 8) and gb are
    uniforms the plan sets (gb * split <= ATTN_SPLIT_SCORES), so both can be tuned without new kernels.
    It writes a partial per head:
        part[h, s, :hd4]  = sum_j exp(score_j - m) v_j   (vec4s; score_j = scale * q[h] . k[kvh, j])
        part[h, s, hd4]   = (m, l, 0, 0), m = max_j score_j, l = sum_j exp(score_j - m)
    and attn_combine_gpu merges the splits. Several query heads per workgroup (GQA: gb up to
    ATTN_SPLIT_GROUP, gb * hd4 <= ATTN_SPLIT_THREADS) so that each v row is loaded once for the group
    (and each k row into the cache lines its gb readers share), at the price of fewer workgroups: gb = 1
    gives H * S workgroups, gb = H / Hkv gives Hkv * S.
    Steps (ATTN_SPLIT_THREADS invocations):
    - scores: invocation per (head g, position jj) pair, the k row read as vec4s, ATTN_SPLIT_UNROLL of
      them in flight, q from workgroup memory;
    - max and sum per head in two stages: 8 scores per invocation, then split / 8 partials;
    - p @ v: invocations as (lane, dg), one vec4 dg of the head, lanes = threads / hd4 positions side by
      side, ATTN_SPLIT_UNROLL v rows loaded at a time, a register sum per head (unrolled to
      ATTN_SPLIT_GROUP, guarded by g < gb); the lanes added in workgroup memory at the end.
    attn_split_gpu: q [1, H, hd]. attn_split_rope_gpu: rope_qkv fused in front, from qkv [1, width] and
    the cos / sin tables [C, hd / 2] (hd a multiple of 8): every workgroup rotates the q of its heads; the
    k and v of position L - 1 are rotated into workgroup memory and used from there by the last split
    (the one holding L - 1; the cache row L - 1 is read by no workgroup), whose first head block of each
    KV head writes them to the caches. So no ordering between workgroups is needed.
    Written in TIR directly: TE has no workgroup-memory softmax of this shape."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    TX, NS, GM = ATTN_SPLIT_THREADS, ATTN_SPLIT_SCORES, ATTN_SPLIT_GROUP
    R = 8  # scores per invocation in the first stage of a head's max / sum (split / 8 partials per head)
    U = ATTN_SPLIT_UNROLL
    assert NS // R <= TX and ATTN_SPLIT_MAX_HD4 <= TX
    V4 = "float32x4"

    def vsum(v):
        return T.Shuffle([v], [0]) + T.Shuffle([v], [1]) + T.Shuffle([v], [2]) + T.Shuffle([v], [3])

    def splat(x):
        return T.Broadcast(x, 4)

    def ml(m, l):  # (m, l, 0, 0)
        return T.Shuffle([T.Broadcast(m, 4), T.Broadcast(l, 4), T.Broadcast(T.float32(0), 4)], [0, 4, 8, 8])

    @T.macro(hygienic=False)
    def split_attend(cfg):
        # expects qs ([g * hd4 + d4]: q of head g0 + g) filled and synced; with cfg.rope also ks / vs
        # (k and v of position L - 1), which stand in for the cache row L - 1
        lo = T.max(L - window, 0)
        j0 = lo + s * split
        cnt = T.min(split, L - j0)  # positions of this split (>= 1)
        ncache = cnt - T.Cast("int32", j0 + cnt == L) * cfg.last  # of them read from the caches
        rb = T.floordiv(split, cfg.R)  # first-stage partials of a head's max / sum
        # scores (masked past the split)
        for it in range(T.floordiv(gb * split + cfg.TX - 1, cfg.TX)):
            if it * cfg.TX + tx < gb * split:
                for u in T.unroll(cfg.U):
                    dot[u] = cfg.splat(T.float32(0))
                if T.floormod(it * cfg.TX + tx, split) < ncache:
                    # U independent loads (and sums) at a time, then the hd4 % U left
                    for d in range(T.floordiv(hd4, cfg.U)):
                        for u in T.unroll(cfg.U):
                            dot[u] = dot[u] + qs[T.floordiv(it * cfg.TX + tx, split) * hd4 + d * cfg.U + u] * k_cache[
                                kvh, j0 + T.floormod(it * cfg.TX + tx, split), d * cfg.U + u]
                    for d in range(T.floormod(hd4, cfg.U)):
                        dot[0] = dot[0] + qs[T.floordiv(it * cfg.TX + tx, split) * hd4 + hd4 - 1 - d] * k_cache[
                            kvh, j0 + T.floormod(it * cfg.TX + tx, split), hd4 - 1 - d]
                elif cfg.rope:
                    for d4 in range(hd4):
                        dot[0] = dot[0] + qs[T.floordiv(it * cfg.TX + tx, split) * hd4 + d4] * ks[d4]
                for u in T.unroll(cfg.U - 1):
                    dot[0] = dot[0] + dot[u + 1]
                sc[it * cfg.TX + tx] = T.Select(T.floormod(it * cfg.TX + tx, split) < cnt, cfg.vsum(dot[0]) * scale,
                                                T.float32(NEG_INF))
        T.tvm_storage_sync("shared")
        # max per head: R scores per invocation into red (.x), then each pair's head reads its split / R partials
        if tx < gb * rb:
            st[0] = sc[tx * cfg.R]
            for o in T.unroll(cfg.R - 1):
                st[0] = T.max(st[0], sc[tx * cfg.R + 1 + o])
            red[tx] = cfg.splat(st[0])
        T.tvm_storage_sync("shared")
        for it in range(T.floordiv(gb * split + cfg.TX - 1, cfg.TX)):
            if it * cfg.TX + tx < gb * split:
                st[0] = cfg.x(red[T.floordiv(it * cfg.TX + tx, split) * rb])
                for o in range(rb - 1):
                    st[0] = T.max(st[0], cfg.x(red[T.floordiv(it * cfg.TX + tx, split) * rb + 1 + o]))
                sc[it * cfg.TX + tx] = T.exp(sc[it * cfg.TX + tx] - st[0])  # masked: exactly 0
        T.tvm_storage_sync("shared")
        if tx < gb * rb:  # sums per head likewise, into red (.y; the second stage when writing)
            st[0] = T.float32(0)
            for o in T.unroll(cfg.R):
                st[0] = st[0] + sc[tx * cfg.R + o]
            red[tx] = cfg.ml(cfg.x(red[tx]), st[0])
        # p @ v
        lanes = T.floordiv(cfg.TX, hd4)
        lane = T.floordiv(tx, hd4)
        dg = T.floormod(tx, hd4)
        for g in T.unroll(cfg.GM):
            acc[g] = cfg.splat(T.float32(0))
        if lane < lanes:
            for t in range(T.floordiv(cnt + lanes * cfg.U - 1, lanes * cfg.U)):
                for u in T.unroll(cfg.U):  # U positions' v rows loaded, then summed (past the split: 0)
                    dot[u] = cfg.splat(T.float32(0))
                    if (t * cfg.U + u) * lanes + lane < ncache:
                        dot[u] = v_cache[kvh, j0 + (t * cfg.U + u) * lanes + lane, dg]
                    elif cfg.rope and (t * cfg.U + u) * lanes + lane < cnt:
                        dot[u] = vs[dg]
                for u in T.unroll(cfg.U):
                    for g in T.unroll(cfg.GM):
                        if g < gb:
                            acc[g] = acc[g] + cfg.splat(sc[g * split + T.min((t * cfg.U + u) * lanes + lane, split - 1)]) * dot[u]
        for g in T.unroll(cfg.GM):
            if g < gb:
                sums[tx] = acc[g]
                T.tvm_storage_sync("shared")  # (the first also publishes red)
                if tx < hd4:
                    acc[g] = cfg.splat(T.float32(0))
                    for ln in range(lanes):
                        acc[g] = acc[g] + sums[ln * hd4 + tx]
                    part[g0 + g, s, tx] = acc[g]
                if tx == hd4:
                    st[0] = cfg.x(red[g * rb])
                    st[1] = cfg.y(red[g * rb])
                    for o in range(rb - 1):
                        st[0] = T.max(st[0], cfg.x(red[g * rb + 1 + o]))
                        st[1] = st[1] + cfg.y(red[g * rb + 1 + o])
                    part[g0 + g, s, hd4] = cfg.ml(st[0], st[1])
                T.tvm_storage_sync("shared")  # before the next head overwrites sums

    cfg = SimpleNamespace(TX=TX, GM=GM, R=R, U=U, rope=rope, last=1 if rope else 0, vsum=vsum, splat=splat,
                          ml=ml, x=lambda v: T.Shuffle([v], [0]), y=lambda v: T.Shuffle([v], [1]))

    if not rope:
        @T.prim_func
        def func(q_h: T.handle, k_h: T.handle, v_h: T.handle, part_h: T.handle, L: T.int32, window: T.int32,
                 scale: T.float32, gb: T.int32, split: T.int32):
            H, Hkv, hd4, C, Smax, P4 = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            q = T.match_buffer(q_h, (H, hd4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
            b = T.launch_thread("blockIdx.x", T.floordiv(H, gb))
            s = T.launch_thread("blockIdx.y", T.floordiv(T.min(L, window) + split - 1, split))
            tx = T.launch_thread("threadIdx.x", TX)
            qs = T.alloc_buffer((TX,), V4, scope="shared")  # q of the gb heads (gb * hd4 <= TX)
            sc = T.alloc_buffer((NS,), "float32", scope="shared")  # scores, then exp(score - m)
            red = T.alloc_buffer((NS // R,), V4, scope="shared")  # first-stage (max, sum) per head
            sums = T.alloc_buffer((TX,), V4, scope="shared")  # the lanes' p @ v sums of one head
            dot = T.alloc_buffer((U,), V4, scope="local")  # sums of the dot product; then v rows
            acc = T.alloc_buffer((GM,), V4, scope="local")  # p @ v of vec4 dg, per head
            st = T.alloc_buffer((2,), "float32", scope="local")
            g0 = b * gb
            kvh = T.floordiv(g0, T.floordiv(H, Hkv))
            if tx < gb * hd4:
                qs[tx] = q[g0 + T.floordiv(tx, hd4), T.floormod(tx, hd4)]
            T.tvm_storage_sync("shared")
            split_attend(cfg)
        name = "attn_split_gpu"
    else:
        @T.prim_func
        def func(qkv_h: T.handle, cos_h: T.handle, sin_h: T.handle, k_h: T.handle, v_h: T.handle, part_h: T.handle,
                 L: T.int32, window: T.int32, scale: T.float32, H: T.int32, Hkv: T.int32, gb: T.int32, split: T.int32):
            hd4, C, W4, half4, Smax, P4 = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            qkv = T.match_buffer(qkv_h, (1, W4), V4)  # [q heads | k heads | v heads] of hd4 vec4 each
            cos = T.match_buffer(cos_h, (C, half4), V4)
            sin = T.match_buffer(sin_h, (C, half4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            part = T.match_buffer(part_h, (H, Smax, P4), V4)
            b = T.launch_thread("blockIdx.x", T.floordiv(H, gb))
            s = T.launch_thread("blockIdx.y", T.floordiv(T.min(L, window) + split - 1, split))
            tx = T.launch_thread("threadIdx.x", TX)
            qs = T.alloc_buffer((TX,), V4, scope="shared")  # q of the gb heads, rotated
            ks = T.alloc_buffer((ATTN_SPLIT_MAX_HD4,), V4, scope="shared")  # k, v of this KV head at L - 1
            vs = T.alloc_buffer((ATTN_SPLIT_MAX_HD4,), V4, scope="shared")
            sc = T.alloc_buffer((NS,), "float32", scope="shared")
            red = T.alloc_buffer((NS // R,), V4, scope="shared")
            sums = T.alloc_buffer((TX,), V4, scope="shared")
            dot = T.alloc_buffer((U,), V4, scope="local")  # sums of the dot product; then v rows
            acc = T.alloc_buffer((GM,), V4, scope="local")
            st = T.alloc_buffer((2,), "float32", scope="local")
            g0 = b * gb
            kvh = T.floordiv(g0, T.floordiv(H, Hkv))
            # rotate_half RoPE at position L - 1: vec4 d4 pairs with d4 +- hd4 / 2 (sign - in the first half)
            if tx < gb * hd4:
                qs[tx] = qkv[0, g0 * hd4 + tx] * cos[L - 1, T.floormod(tx, half4)] + splat(
                    T.Select(T.floormod(tx, hd4) < half4, T.float32(-1), T.float32(1))) * qkv[
                    0, (g0 + T.floordiv(tx, hd4)) * hd4 + T.floormod(T.floormod(tx, hd4) + half4, hd4)] * sin[
                    L - 1, T.floormod(tx, half4)]
            if tx < hd4:
                ks[tx] = qkv[0, (H + kvh) * hd4 + tx] * cos[L - 1, T.floormod(tx, half4)] + splat(
                    T.Select(tx < half4, T.float32(-1), T.float32(1))) * qkv[0, (H + kvh) * hd4 + T.floormod(tx + half4, hd4)] * sin[
                    L - 1, T.floormod(tx, half4)]
                vs[tx] = qkv[0, (H + Hkv + kvh) * hd4 + tx]
                # one writer per KV head: its first head block, in the split holding L - 1
                if T.floormod(g0, T.floordiv(H, Hkv)) == 0 and T.max(L - window, 0) + (s + 1) * split >= L:
                    k_cache[kvh, L - 1, tx] = ks[tx]
                    v_cache[kvh, L - 1, tx] = vs[tx]
            T.tvm_storage_sync("shared")
            split_attend(cfg)
        name = "attn_split_rope_gpu"
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


def attn_combine(q8_out=False):
    """attn_combine_gpu: the partials of attn_split*_gpu -> out[h, :] = sum_s exp(m_s - M) o_s /
    sum_s exp(m_s - M) l_s, M = max_s m_s, over the S = ceil(min(L, window) / split) splits. One
    workgroup per head, invocations as (lane, dg): vec4 dg of the head, lanes = threads / hd4 splits
    side by side, each lane merging its splits with a running max; the lanes merged at the end.
    q8_out (attn_combine_q8_gpu): the output row as int8 blocks of 32 for a gemv8_* o product, as
    attn_decode_rope_q8_gpu writes it (xq [1, H hd4] u32, xs [1, H hb, 2]; hd a multiple of 32)."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    TX = ATTN_COMBINE_THREADS
    V4 = "float32x4"

    def splat(x):
        return T.Broadcast(x, 4)

    def vsum(v):
        return T.Shuffle([v], [0]) + T.Shuffle([v], [1]) + T.Shuffle([v], [2]) + T.Shuffle([v], [3])

    cfg = SimpleNamespace(TX=TX, HD4MAX=ATTN_FUSED_MAX_HD4, splat=splat, vsum=vsum, pack=_pack_vec4_i8,
                          quantize_out=_quantize_head_row(), q8_out=q8_out)

    @T.macro(hygienic=False)
    def combine_body(cfg):
        h = T.launch_thread("blockIdx.x", H)
        tx = T.launch_thread("threadIdx.x", cfg.TX)
        if cfg.q8_out:
            ov = T.alloc_buffer((cfg.HD4MAX,), "float32x4", scope="shared")  # the head's output row
            red = T.alloc_buffer((cfg.HD4MAX,), "float32", scope="shared")  # max|v| per vec4, then sums
        ms = T.alloc_buffer((cfg.TX,), "float32", scope="shared")  # per (lane, dg): running max, sum, output
        ls = T.alloc_buffer((cfg.TX,), "float32", scope="shared")
        sums = T.alloc_buffer((cfg.TX,), "float32x4", scope="shared")
        acc = T.alloc_buffer((1,), "float32x4", scope="local")
        ml = T.alloc_buffer((1,), "float32x4", scope="local")
        st = T.alloc_buffer((3,), "float32", scope="local")  # running max, running sum, new max
        nsplit = T.floordiv(T.min(L, window) + split - 1, split)
        lanes = T.floordiv(cfg.TX, hd4)
        lane = T.floordiv(tx, hd4)
        st[0] = T.float32(NEG_INF)
        st[1] = T.float32(0)
        acc[0] = cfg.splat(T.float32(0))
        if lane < lanes:
            for t in range(T.floordiv(nsplit + lanes - 1, lanes)):
                if t * lanes + lane < nsplit:
                    ml[0] = part[h, t * lanes + lane, hd4]
                    st[2] = T.max(st[0], T.Shuffle([ml[0]], [0]))
                    acc[0] = acc[0] * cfg.splat(T.exp(st[0] - st[2])) + part[h, t * lanes + lane, T.floormod(tx, hd4)] * cfg.splat(
                        T.exp(T.Shuffle([ml[0]], [0]) - st[2]))
                    st[1] = st[1] * T.exp(st[0] - st[2]) + T.Shuffle([ml[0]], [1]) * T.exp(T.Shuffle([ml[0]], [0]) - st[2])
                    st[0] = st[2]
        ms[tx] = st[0]
        ls[tx] = st[1]
        sums[tx] = acc[0]
        T.tvm_storage_sync("shared")
        if tx < hd4:
            st[2] = ms[tx]
            for ln in range(lanes - 1):
                st[2] = T.max(st[2], ms[(ln + 1) * hd4 + tx])
            acc[0] = cfg.splat(T.float32(0))
            st[1] = T.float32(0)
            for ln in range(lanes):  # a lane without splits: max lowest f32, weight exactly 0
                acc[0] = acc[0] + sums[ln * hd4 + tx] * cfg.splat(T.exp(ms[ln * hd4 + tx] - st[2]))
                st[1] = st[1] + ls[ln * hd4 + tx] * T.exp(ms[ln * hd4 + tx] - st[2])
            if cfg.q8_out:
                acc[0] = acc[0] / cfg.splat(st[1])  # (quantized below)
            else:
                out[h, tx] = acc[0] / cfg.splat(st[1])
        if cfg.q8_out:
            cfg.quantize_out(cfg)

    if q8_out:
        @T.prim_func
        def func(part_h: T.handle, xq_h: T.handle, xs_h: T.handle, L: T.int32, window: T.int32, split: T.int32,
                 hd4: T.int32, hb: T.int32):
            H, Smax, P4, XQ4, XB = T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
            xq = T.match_buffer(xq_h, (1, XQ4), "uint32")  # H hd4 of them in use
            xs = T.match_buffer(xs_h, (1, XB, 2), "float32")  # H hb
            combine_body(cfg)
    else:
        @T.prim_func
        def func(part_h: T.handle, out_h: T.handle, L: T.int32, window: T.int32, split: T.int32):
            H, Smax, P4, hd4 = T.int32(), T.int32(), T.int32(), T.int32()
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
            out = T.match_buffer(out_h, (H, hd4), V4)
            combine_body(cfg)

    name = "attn_combine_q8_gpu" if q8_out else "attn_combine_gpu"
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


# attn_prefill_gpu: a GPU prefill chunk's attention (f32 plan), tiled ("flash"): no [H, n, L] scores in memory
ATTN_PREFILL_THREADS = 128  # invocations per workgroup
ATTN_PREFILL_PARTS = 8  # invocations per query row, each owning every PARTS-th vec4 of the row's head dim
ATTN_PREFILL_KEYS = 8  # key positions per chunk (a multiple of 4): k and v rows staged in workgroup memory
ATTN_PREFILL_MAX_HD4 = 32  # head dim / 4 at most (head dim 128; larger heads: attn_scores_gpu, softmax_rows, attn_pv_gpu)


def attn_prefill(split=False, threads=ATTN_PREFILL_THREADS, parts=ATTN_PREFILL_PARTS, keys=ATTN_PREFILL_KEYS, name=None):
    """Causal attention of a prefill chunk: n query tokens at positions pos0 .. pos0 + n - 1 over the cached
    positions (rope_qkv has written this chunk's k / v), with the sliding window (key j is visible to token
    i iff pos0 + i - window < j <= pos0 + i; window = C: plain causal) and GQA (query head h reads KV head
    h // (H / Hkv)):
        out[i, h, :] = softmax_j(scale * q[i, h] . k[kvh, j]) @ v[kvh, j]
    q [n, H, hd4], k_cache / v_cache [Hkv, C, hd4], out [n, H, hd4] (vec4<f32>; hd4 = hd / 4 <=
    ATTN_PREFILL_MAX_HD4). The three-kernel path writes scores and probabilities [H, n, L] to memory and
    re-reads a k row per score; here a workgroup keeps everything of its query rows on chip.

    Workgroup (b, t): R = THREADS / PARTS query rows = gb query heads b * gb .. b * gb + gb - 1 (of one KV
    head: gb divides H / Hkv; a uniform the plan picks) times bt = R // gb tokens t * bt .. t * bt + bt - 1
    (rows past gb * bt, or past n: computed on clamped indices, not stored). Grid (H / gb, ceil(n / bt)).
    Invocation tx = r * PARTS + p serves row r, and of its head the vec4s d4 = c * PARTS + p (c <
    MAX_HD4 / PARTS): q and the output sums of those vec4s stay in registers all along. The keys go by in
    chunks of KEYS, from the first key any row of the tile sees to the last one (pos0 + the tile's last
    token: the causal bound of the whole tile), with an online softmax per row (running max m and sum l;
    the sums rescaled by exp(m_old - m_new) per chunk):
    - the chunk's k and v rows (KEYS * hd4 consecutive vec4s each) into workgroup memory, from registers
      loaded during the previous chunk;
    - partial dot products: invocation (r, p) over its vec4s of q . k_j, for the KEYS keys, 4 keys to one
      vec4 of `dots` (every invocation of a warp with the same p reads the same k vec4: a broadcast);
    - invocation (r, p) sums the PARTS partials of its row (vec4 loads), masks, updates m and l (the row's
      PARTS invocations alike) and adds p_j v_j to its vec4s.
    Three barriers per chunk.
    Sizes (H200, 132 SMs; 8B shapes H = 32, Hkv = 8, hd = 128, chunks of n = 64): the grid has H n / R
    workgroups whatever gb is (R = 16: 128 workgroups of 128, about one per SM), and a larger gb only
    narrows the tile's token range (tighter causal bound, fewer padded rows when n is small), so the plan
    takes the largest gb it can. R is the trade: more rows per workgroup reuse each staged k / v row more
    but give fewer workgroups. PARTS = 8 keeps 4 + 4 vec4s of q and sums per invocation (registers) at
    hd 128; fewer parts mean more registers and fewer workgroups, more parts more partials to add.
    Workgroup memory: k and v 2 * KEYS * MAX_HD4 * 16 B = 8 KiB, partials KEYS / 4 * THREADS * 16 B = 4 KiB:
    12 KiB of WebGPU's default 16 KiB (gen_kernels checks).
    split=True, attn_prefill_split_gpu: the keys also split into spans of `span` positions (a uniform), so
    that long contexts give more workgroups (a 64-token chunk of the 8B is 128 workgroups at any L, each
    walking up to L keys): workgroup (b, y) takes tile y // S and the keys s * span .. s * span + span - 1
    of it (s = y % S, S = ceil((pos0 + n) / span); grid (H / gb, ceil(n / bt) * S)) and writes, like
    attn_split_gpu, part[i * H + h, s, :hd4] = sum_j exp(score_j - m) v_j and part[i * H + h, s, hd4] =
    (m, l, 0, 0) (m the lowest f32 and l = 0 where the span holds no key the row sees); attn_combine_gpu
    with H := n * H merges the spans into out.
    threads, parts, keys: THREADS, PARTS, KEYS (other values: the variants of tools/sweeps/gen_attn_prefill.py).
    Written in TIR directly: TE has no loop-carried online softmax."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    TX, P, BK, MH4 = threads, parts, keys, ATTN_PREFILL_MAX_HD4
    R = TX // P  # query rows per workgroup
    SL = MH4 // P  # vec4s of a row per invocation
    LOADS = -(-BK * MH4 // TX)  # k (and v) vec4s per invocation per chunk at most
    assert TX % P == 0 and MH4 % P == 0 and BK % 4 == 0
    V4 = "float32x4"

    def splat(x):
        return T.Broadcast(x, 4)

    def vsum(v):
        return T.Shuffle([v], [0]) + T.Shuffle([v], [1]) + T.Shuffle([v], [2]) + T.Shuffle([v], [3])

    def d4(c, p, hd4):  # the head-dim vec4 of slot c of invocation part p, clamped (slots past hd4 have q = 0)
        return T.min(c * P + p, hd4 - 1)

    @T.macro(hygienic=False)
    def lane_score(jq, u, cfg):
        # key j0 + 4 jq + u: lane u of the row's summed partials, scaled; the lowest f32 where not visible
        # (past last_key, or before the window)
        sc[jq * 4 + u] = T.Select(T.And(j0 + jq * 4 + u <= last_key, j0 + jq * 4 + u + window > pos0 + i),
                                  T.Shuffle([dot[0]], [u]) * scale, T.float32(NEG_INF))
        st[2] = T.max(st[2], sc[jq * 4 + u])

    @T.macro(hygienic=False)
    def load_chunk(first, cfg):  # kr, vr = the vec4s of k / v rows first .. first + BK - 1 this invocation stages
        for it in T.unroll(cfg.LOADS):
            if it * cfg.TX + tx < cfg.BK * hd4:
                kr[it] = k_cache[kvh, T.min(first + T.floordiv(it * cfg.TX + tx, hd4), hi), T.floormod(it * cfg.TX + tx, hd4)]
                vr[it] = v_cache[kvh, T.min(first + T.floordiv(it * cfg.TX + tx, hd4), hi), T.floormod(it * cfg.TX + tx, hd4)]

    @T.macro(hygienic=False)
    def attend(t, first, last, cfg, store):
        # the rows of tile t (see the top) over the keys first .. last it sees: acc, st[0] (m), st[1] (l),
        # then store(cfg) for each row of the tile
        ks = T.alloc_buffer((cfg.BK * cfg.MH4,), cfg.V4, scope="shared")  # k rows j0 .. j0 + BK - 1, hd4 vec4s each
        vs = T.alloc_buffer((cfg.BK * cfg.MH4,), cfg.V4, scope="shared")
        dots = T.alloc_buffer((cfg.BK // 4 * cfg.TX,), cfg.V4, scope="shared")  # [key quad, invocation]: partial dots
        qr = T.alloc_buffer((cfg.SL,), cfg.V4, scope="local")  # q of this invocation's vec4s
        acc = T.alloc_buffer((cfg.SL,), cfg.V4, scope="local")  # sum_j exp(score_j - m) v_j of those vec4s
        dot = T.alloc_buffer((4,), cfg.V4, scope="local")
        sc = T.alloc_buffer((cfg.BK,), "float32", scope="local")  # the chunk's scores, then probabilities
        st = T.alloc_buffer((3,), "float32", scope="local")  # running max m, running sum l, new max
        kr = T.alloc_buffer((cfg.LOADS,), cfg.V4, scope="local")  # the next chunk's k / v vec4s of this invocation
        vr = T.alloc_buffer((cfg.LOADS,), cfg.V4, scope="local")
        bt = T.floordiv(cfg.R, gb)  # tokens per workgroup
        r = T.floordiv(tx, cfg.P)
        p = T.floormod(tx, cfg.P)
        h = b * gb + T.min(T.floordiv(r, bt), gb - 1)
        kvh = T.floordiv(b * gb, T.floordiv(H, Hkv))
        i = T.min(t * bt + T.floormod(r, bt), n - 1)  # this row's token (clamped)
        lo = T.max(T.max(pos0 + t * bt - window + 1, 0), first)  # the first key the tile's first token sees
        hi = T.min(pos0 + T.min(t * bt + bt, n) - 1, last)  # the last key of the tile's last token (>= 0)
        last_key = T.min(pos0 + i, hi)  # the last key this row sees (a span's last key, split)
        for c in T.unroll(cfg.SL):
            qr[c] = q[i, h, cfg.d4(c, p, hd4)] * cfg.splat(T.Cast("float32", c * cfg.P + p < hd4))
            acc[c] = cfg.splat(T.float32(0))
        st[0] = T.float32(NEG_INF)
        st[1] = T.float32(0)
        # a chunk's k and v rows are consecutive vec4s of the caches (rows past hi clamped, masked below),
        # loaded into registers one chunk ahead: the loads of chunk ch + 1 are in flight while chunk ch is
        # computed (a workgroup or two per SM cannot hide their latency otherwise)
        cfg.load_chunk(lo, cfg)
        for ch in range(T.floordiv(T.max(hi - lo + cfg.BK, 0), cfg.BK)):  # (none where hi < lo: a split past the tile)
            j0 = lo + ch * cfg.BK
            for it in T.unroll(cfg.LOADS):
                if it * cfg.TX + tx < cfg.BK * hd4:
                    ks[it * cfg.TX + tx] = kr[it]
                    vs[it * cfg.TX + tx] = vr[it]
            T.tvm_storage_sync("shared")
            cfg.load_chunk(j0 + cfg.BK, cfg)  # (after the last chunk: rows clamped to hi, unused)
            for jq in T.unroll(cfg.BK // 4):
                for u in T.unroll(4):
                    dot[u] = cfg.splat(T.float32(0))
                    for c in T.unroll(cfg.SL):
                        dot[u] = dot[u] + qr[c] * ks[(jq * 4 + u) * hd4 + cfg.d4(c, p, hd4)]
                dots[jq * cfg.TX + tx] = T.Shuffle([cfg.splat(cfg.vsum(dot[0])), cfg.splat(cfg.vsum(dot[1])), cfg.splat(cfg.vsum(dot[2])),
                                                cfg.splat(cfg.vsum(dot[3]))], [0, 4, 8, 12])
            T.tvm_storage_sync("shared")
            st[2] = st[0]
            for jq in T.unroll(cfg.BK // 4):
                dot[0] = cfg.splat(T.float32(0))
                for pp in T.unroll(cfg.P):
                    dot[0] = dot[0] + dots[jq * cfg.TX + r * cfg.P + pp]
                cfg.lane_score(jq, 0, cfg)
                cfg.lane_score(jq, 1, cfg)
                cfg.lane_score(jq, 2, cfg)
                cfg.lane_score(jq, 3, cfg)
            # online softmax: rescale by exp(m_old - m_new) (both the lowest f32 while nothing was visible:
            # a factor 1 on sums of 0), then the chunk's probabilities (exactly 0 where not visible)
            st[1] = st[1] * T.exp(st[0] - st[2])
            for c in T.unroll(cfg.SL):
                acc[c] = acc[c] * cfg.splat(T.exp(st[0] - st[2]))
            st[0] = st[2]
            for jj in T.unroll(cfg.BK):
                sc[jj] = T.Select(T.And(j0 + jj <= last_key, j0 + jj + window > pos0 + i), T.exp(sc[jj] - st[0]), T.float32(0))
                st[1] = st[1] + sc[jj]
                for c in T.unroll(cfg.SL):
                    acc[c] = acc[c] + cfg.splat(sc[jj]) * vs[jj * hd4 + cfg.d4(c, p, hd4)]
            T.tvm_storage_sync("shared")  # before the next chunk overwrites ks, vs, dots
        if t * bt + T.floormod(r, bt) < n and r < gb * bt:  # a row of the tile (not padding)
            store(cfg)

    cfg = SimpleNamespace(BK=BK, MH4=MH4, SL=SL, LOADS=LOADS, TX=TX, P=P, R=R, V4=V4, splat=splat, vsum=vsum, d4=d4,
                          lane_score=lane_score, load_chunk=load_chunk)

    @T.macro(hygienic=False)
    def store_out(cfg):  # out[i, h] = the normalized sums
        for c in T.unroll(cfg.SL):
            if c * cfg.P + p < hd4:
                out[i, h, c * cfg.P + p] = acc[c] / cfg.splat(st[1])

    @T.macro(hygienic=False)
    def store_part(cfg):  # split s of row (i, h): the unnormalized sums, then (m, l, 0, 0) (attn_combine_gpu's input)
        for c in T.unroll(cfg.SL):
            if c * cfg.P + p < hd4:
                part[i * H + h, s, c * cfg.P + p] = acc[c]
        if p == 0:
            part[i * H + h, s, hd4] = T.Shuffle([cfg.splat(st[0]), cfg.splat(st[1]), cfg.splat(T.float32(0))], [0, 4, 8, 8])

    if not split:
        @T.prim_func
        def func(q_h: T.handle, k_h: T.handle, v_h: T.handle, out_h: T.handle, pos0: T.int32, window: T.int32,
                 scale: T.float32, gb: T.int32):
            n, H, Hkv, hd4, C = T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            q = T.match_buffer(q_h, (n, H, hd4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            out = T.match_buffer(out_h, (n, H, hd4), V4)
            b = T.launch_thread("blockIdx.x", T.floordiv(H, gb))
            t = T.launch_thread("blockIdx.y", T.floordiv(n + T.floordiv(R, gb) - 1, T.floordiv(R, gb)))
            tx = T.launch_thread("threadIdx.x", TX)
            attend(t, 0, pos0 + n, cfg, store_out)
    else:
        @T.prim_func
        def func(q_h: T.handle, k_h: T.handle, v_h: T.handle, part_h: T.handle, pos0: T.int32, window: T.int32,
                 scale: T.float32, gb: T.int32, span: T.int32):
            n, H, Hkv, hd4, C, Hn, Smax, P4 = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            q = T.match_buffer(q_h, (n, H, hd4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            part = T.match_buffer(part_h, (Hn, Smax, P4), V4)  # [n H, splits, hd4 + 1]: attn_combine_gpu's input
            b = T.launch_thread("blockIdx.x", T.floordiv(H, gb))
            y = T.launch_thread("blockIdx.y", T.floordiv(n + T.floordiv(R, gb) - 1, T.floordiv(R, gb)) * T.floordiv(
                pos0 + n + span - 1, span))
            tx = T.launch_thread("threadIdx.x", TX)
            s = T.floormod(y, T.floordiv(pos0 + n + span - 1, span))  # split s: keys s span .. s span + span - 1
            attend(T.floordiv(y, T.floordiv(pos0 + n + span - 1, span)), s * span, s * span + span - 1, cfg, store_part)
    name = name or ("attn_prefill_split_gpu" if split else "attn_prefill_gpu")
    return tvm.IRModule({name: func.with_attr("global_symbol", name)})


RMS_THREADS = 256  # (WebGPU's default limit of invocations per workgroup)


def rms_norm_gpu(y_dtype=F32):
    """rms_norm for GPUs: one workgroup of 256 per row: sum of squares with a workgroup reduction, then
    the scaled row written by the same invocations. y_dtype: storage of y."""
    n, K, rows, row0 = _var("n"), _var("K"), _var("rows"), _var("row0")
    eps = _var("eps", F32)
    x = te.placeholder((rows, K), F32, name="x")
    w = te.placeholder((K,), F32, name="w")
    # k = ko * 256 + tx over whole passes, the tail masked by a 0 factor (no branch around each load)
    # 256 invocations, 4 loads each in flight per pass: a row of 4096 is four passes
    T4 = RMS_THREADS * 4
    ko = te.reduce_axis((0, tir.floordiv(K + T4 - 1, T4)), "ko")
    u = te.reduce_axis((0, 4), "u")
    tx = te.reduce_axis((0, RMS_THREADS), "tx")

    def sumsq(i):
        k = (ko * 4 + u) * RMS_THREADS + tx
        v = x[i + row0, tir.min(k, K - 1)]
        return te.sum(v * v * (k < K).astype(F32), axis=[ko, u, tx])

    ss = te.compute((n,), sumsq, name="ss")
    y = te.compute(
        (n, K), lambda i, j: (x[i + row0, j] * te.rsqrt(ss[i] / K.astype(F32) + eps) * w[j]).astype(y_dtype), name="y"
    )
    sch = _schedule(_prim_func("rms_norm_gpu" + _f16_suffix(y_dtype), [x, w, y, row0, eps]))
    red = sch.get_sblock("ss")
    i, ko, uu, tx = sch.get_loops(red)
    sch.reorder(tx, ko, uu)
    sch.unroll(uu)
    sch.bind(i, "blockIdx.x")
    sch.bind(tx, "threadIdx.x")
    sch.set_scope(red, 0, "shared")
    out = sch.get_sblock("y")
    sch.reverse_compute_at(out, i)
    jo, jt = sch.split(sch.get_loops(out)[-1], [None, RMS_THREADS])
    sch.bind(jt, "threadIdx.x")
    return sch.mod


def softmax_rows():
    """p[R, L] = softmax(s[R, L]) along L (R = H * n rows)."""
    R, L = _var("R"), _var("L")
    s = te.placeholder((R, L), F32, name="s")
    j = te.reduce_axis((0, L), "j")
    mx = te.compute((R,), lambda r: te.max(s[r, j], axis=j), name="mx")
    e = te.compute((R, L), lambda r, c: te.exp(s[r, c] - mx[r]), name="e")
    j2 = te.reduce_axis((0, L), "j2")
    z = te.compute((R,), lambda r: te.sum(e[r, j2], axis=j2), name="z")
    p = te.compute((R, L), lambda r, c: e[r, c] / z[r], name="p")
    return _dlight(_prim_func("softmax_rows", [s, p]), dl.gpu.GeneralReduction())


def attn_pv(kv_dtype=F32, out_dtype=F32):
    """out[n, H * hd] = p[H, n, L] @ v_cache[h // (H / Hkv), :L, hd]; kv_dtype / out_dtype: storage of the
    cache and of out."""
    n, H, Hkv, hd, C, L = _var("n"), _var("H"), _var("Hkv"), _var("hd"), _var("C"), _var("L")
    p = te.placeholder((H, n, L), F32, name="p")
    v_cache = te.placeholder((Hkv, C, hd), kv_dtype, name="v_cache")
    j = te.reduce_axis((0, L), "j")
    group = tir.floordiv(H, Hkv)
    out = te.compute(
        (n, H, hd), lambda i, h, d: te.sum(p[h, i, j] * v_cache[tir.floordiv(h, group), j, d].astype(F32), axis=j), name="out"
    )
    mod = _prim_func("attn_pv" + _f16_suffix(kv_dtype, out_dtype), [p, v_cache, _stored(out, out_dtype)])
    sch = _schedule(mod)
    block = sch.get_sblock("out")
    i, h, d, jj = sch.get_loops(block)
    fused = sch.fuse(i, h, d)
    outer, inner = sch.split(fused, [None, THREADS])
    sch.bind(outer, "blockIdx.x")
    sch.bind(inner, "threadIdx.x")
    _store_after(sch, block, inner)  # the f16 cast: the sum stays in a register
    return sch.mod


def silu_mul(dtype=F32):
    """h[n, F] = silu(gu[:, :F]) * gu[:, F:] for gu[n, 2F] (gate rows then up rows); dtype: storage of gu, h."""
    n, F = _var("n"), _var("F")
    gu = te.placeholder((n, 2 * F), dtype, name="gu")

    def silu_times_up(i, j):
        g = gu[i, j].astype(F32)
        return (g / (tir.const(1.0, F32) + te.exp(-g)) * gu[i, F + j].astype(F32)).astype(dtype)

    h = te.compute((n, F), silu_times_up, name="h")
    return _schedule_elementwise(_prim_func("silu_mul" + _f16_suffix(dtype), [gu, h]), "h")


def add_bias(dtype=F32):
    """y[n, N] = x[n, N] + b[N] (Qwen2's q/k/v biases); dtype: storage of x and y."""
    n, N = _var("n"), _var("N")
    x = te.placeholder((n, N), dtype, name="x")
    b = te.placeholder((N,), F32, name="b")
    y = te.compute((n, N), lambda i, j: (x[i, j].astype(F32) + b[j]).astype(dtype), name="y")
    return _schedule_elementwise(_prim_func("add_bias" + _f16_suffix(dtype), [x, b, y]), "y")


def rms_norm_add():
    """y[n, K] = r[n, K] + x[n, K] * rsqrt(mean(x^2) + eps) * w[K]: Gemma's norm on a sublayer's output
    before the residual add."""
    n, K = _var("n"), _var("K")
    eps = _var("eps", F32)
    x = te.placeholder((n, K), F32, name="x")
    r = te.placeholder((n, K), F32, name="r")
    w = te.placeholder((K,), F32, name="w")
    k = te.reduce_axis((0, K), "k")
    ss = te.compute((n,), lambda i: te.sum(x[i, k] * x[i, k], axis=k), name="ss")
    y = te.compute((n, K), lambda i, j: r[i, j] + x[i, j] * te.rsqrt(ss[i] / K.astype(F32) + eps) * w[j], name="y")
    return _dlight(_prim_func("rms_norm_add", [x, r, w, y, eps]), dl.gpu.GeneralReduction())


def head_rms_norm():
    """y[n, (H + 2 Hkv) hd] = qkv with each q head RMS-normed and scaled by qw[hd], each k head by kw[hd],
    the v heads copied (Gemma 3's q/k norms). Each invocation sums its own head's squares: hd-long
    serial sums, cheaper here than a workgroup reduction for the few rows of decode."""
    n, H, Hkv, hd = _var("n"), _var("H"), _var("Hkv"), _var("hd")
    eps = _var("eps", F32)
    width = (H + 2 * Hkv) * hd
    qkv = te.placeholder((n, width), F32, name="qkv")
    qw = te.placeholder((hd,), F32, name="qw")
    kw = te.placeholder((hd,), F32, name="kw")
    d = te.reduce_axis((0, hd), "d")
    ss = te.compute((n, width), lambda i, c: te.sum(
        qkv[i, tir.floordiv(c, hd) * hd + d] * qkv[i, tir.floordiv(c, hd) * hd + d], axis=d), name="ss")

    def normed(i, c):
        head, e = tir.floordiv(c, hd), tir.floormod(c, hd)
        inv = te.rsqrt(ss[i, c] / hd.astype(F32) + eps)
        return tir.Select(head < H, qkv[i, c] * inv * qw[e], tir.Select(head < H + Hkv, qkv[i, c] * inv * kw[e], qkv[i, c]))

    y = te.compute((n, width), normed, name="y")
    sch = _schedule(_prim_func("head_rms_norm", [qkv, qw, kw, y, H, Hkv, eps]))
    block = sch.get_sblock("y")
    fused = sch.fuse(*sch.get_loops(block))
    outer, inner = sch.split(fused, [None, THREADS])
    sch.bind(outer, "blockIdx.x")
    sch.bind(inner, "threadIdx.x")
    sch.compute_at(sch.get_sblock("ss"), inner)
    sch.set_scope(sch.get_sblock("ss"), 0, "local")
    return sch.mod


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


def layer_norm():
    """y[n, K] = (x[row0 + i] - mean) * rsqrt(var + eps) * w[K] + b[K], over each row (GPT-2); row0 lets
    the final norm take only the last row before the LM head."""
    n, K, rows, row0 = _var("n"), _var("K"), _var("rows"), _var("row0")
    eps = _var("eps", F32)
    x = te.placeholder((rows, K), F32, name="x")
    w = te.placeholder((K,), F32, name="w")
    b = te.placeholder((K,), F32, name="b")
    k1, k2 = te.reduce_axis((0, K), "k1"), te.reduce_axis((0, K), "k2")
    total = te.compute((n,), lambda i: te.sum(x[i + row0, k1], axis=k1), name="total")
    mean = lambda i: total[i] / K.astype(F32)  # noqa: E731
    centered = lambda i, k: x[i + row0, k] - mean(i)  # noqa: E731
    var = te.compute((n,), lambda i: te.sum(centered(i, k2) * centered(i, k2), axis=k2), name="var")
    y = te.compute((n, K), lambda i, j: centered(i, j) * te.rsqrt(var[i] / K.astype(F32) + eps) * w[j] + b[j], name="y")
    return _dlight(_prim_func("layer_norm", [x, w, b, y, row0, eps]), dl.gpu.GeneralReduction())


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


# One-workgroup kernels over a row of V values (argmax, top_threshold, token_logprobs): ROW_THREADS invocations,
# invocation t taking the values t, t + ROW_THREADS, ... in passes of ROW_LOADS loads in flight (a loop of one
# load each waited out every load's latency: H200, argmax over V = 49152 took 56 us a token for SmolLM2, 75 for
# the 8B; 32 or 64 loads in flight were slower than 16)
ROW_THREADS, ROW_LOADS = 256, 16


def _row_macros():
    """TIR macros of the one-workgroup kernels. They use the caller's tx (thread index) and V, and:
    - over_row(row, cfg, kind, extra): cfg.element(x, j, kind, extra) for each of this invocation's values
      x = row[j], j < V, in increasing j (passes of ROW_LOADS loads into xs, local f32 [ROW_LOADS]);
    - workgroup_max / workgroup_sum(value, result): result[0] = the max / sum of `value` over the workgroup,
      through partial (shared f32 [ROW_THREADS]) and partial16 (shared f32 [16]);
    - workgroup_argmax(): (best_v[0], best_i[0]) = the largest pair over the workgroup, the lower index on
      ties, through partial, part_i (shared i32 [ROW_THREADS]) and cv / ci (local f32 / i32 [1]).
    Two stages (16 x 16: 16 invocations each combine 16 partials, then every invocation the 16 results in
    the same order), so all invocations hold the same result and take the same branches after it."""
    from tvm.script import tirx as T

    @T.macro(hygienic=False)
    def over_row(row, cfg, kind, extra):  # (macros see module names, not this function's)
        for p in range(T.floordiv(V + ROW_THREADS * ROW_LOADS - 1, ROW_THREADS * ROW_LOADS)):
            for u in T.unroll(ROW_LOADS):  # (past V: clamped, then skipped)
                xs[u] = row[T.min((p * ROW_LOADS + u) * ROW_THREADS + tx, V - 1)]
            for u in T.unroll(ROW_LOADS):
                if (p * ROW_LOADS + u) * ROW_THREADS + tx < V:
                    cfg.element(xs[u], (p * ROW_LOADS + u) * ROW_THREADS + tx, kind, extra)

    @T.macro(hygienic=False)
    def workgroup_max(value, result):
        partial[tx] = value
        T.tvm_storage_sync("shared")
        if tx < 16:
            result[0] = partial[tx * 16]
            for o in T.unroll(15):
                result[0] = T.max(result[0], partial[tx * 16 + 1 + o])
            partial16[tx] = result[0]
        T.tvm_storage_sync("shared")
        result[0] = partial16[0]
        for o in T.unroll(15):
            result[0] = T.max(result[0], partial16[1 + o])
        T.tvm_storage_sync("shared")

    @T.macro(hygienic=False)
    def workgroup_sum(value, result):
        partial[tx] = value
        T.tvm_storage_sync("shared")
        if tx < 16:
            result[0] = partial[tx * 16]
            for o in T.unroll(15):
                result[0] = result[0] + partial[tx * 16 + 1 + o]
            partial16[tx] = result[0]
        T.tvm_storage_sync("shared")
        result[0] = partial16[0]
        for o in T.unroll(15):
            result[0] = result[0] + partial16[1 + o]
        T.tvm_storage_sync("shared")

    @T.macro(hygienic=False)
    def workgroup_argmax():
        partial[tx] = best_v[0]
        part_i[tx] = best_i[0]
        T.tvm_storage_sync("shared")
        if tx < 16:
            best_v[0] = partial[tx * 16]
            best_i[0] = part_i[tx * 16]
            for o in T.unroll(15):
                # (into registers first: TVM's sync planner takes no workgroup-memory load in a condition)
                cv[0] = partial[tx * 16 + 1 + o]
                ci[0] = part_i[tx * 16 + 1 + o]
                if cv[0] > best_v[0] or (cv[0] == best_v[0] and ci[0] < best_i[0]):
                    best_v[0] = cv[0]
                    best_i[0] = ci[0]
        T.tvm_storage_sync("shared")
        if tx < 16:  # (after every first-stage read)
            partial[tx] = best_v[0]
            part_i[tx] = best_i[0]
        T.tvm_storage_sync("shared")
        best_v[0] = partial[0]
        best_i[0] = part_i[0]
        for o in T.unroll(15):
            cv[0] = partial[1 + o]
            ci[0] = part_i[1 + o]
            if cv[0] > best_v[0] or (cv[0] == best_v[0] and ci[0] < best_i[0]):
                best_v[0] = cv[0]
                best_i[0] = ci[0]
        T.tvm_storage_sync("shared")

    return over_row, workgroup_max, workgroup_sum, workgroup_argmax


def argmax():
    """token[1], value[1] = index and value of the largest logits[V] (lowest index on ties; -1 and the lowest
    f32 when every logit is at most the lowest f32, as masked scores are), one workgroup (_row_macros):
    each invocation keeps the first of its largest, then the workgroup's argmax. Uniform V."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    over_row, _, _, workgroup_argmax = _row_macros()

    @T.macro(hygienic=False)
    def keep_largest(x, j, kind, extra):  # in index order: strictly larger only, so the first of equals stays
        if x > best_v[0]:
            best_v[0] = x
            best_i[0] = j

    cfg = SimpleNamespace(element=keep_largest)

    @T.prim_func
    def func(logits_h: T.handle, idx_h: T.handle, val_h: T.handle):
        V = T.int32()
        logits = T.match_buffer(logits_h, (V,), "float32")
        am_v0 = T.match_buffer(idx_h, (1,), "int32")
        am_v1 = T.match_buffer(val_h, (1,), "float32")
        b = T.launch_thread("blockIdx.x", 1)
        tx = T.launch_thread("threadIdx.x", ROW_THREADS)
        xs = T.alloc_buffer((ROW_LOADS,), "float32", scope="local")
        best_v = T.alloc_buffer((1,), "float32", scope="local")
        best_i = T.alloc_buffer((1,), "int32", scope="local")
        cv = T.alloc_buffer((1,), "float32", scope="local")
        ci = T.alloc_buffer((1,), "int32", scope="local")
        partial = T.alloc_buffer((ROW_THREADS,), "float32", scope="shared")
        part_i = T.alloc_buffer((ROW_THREADS,), "int32", scope="shared")
        best_v[0] = T.min_value("float32")
        best_i[0] = -1
        over_row(logits, cfg, "", 0)
        workgroup_argmax()
        if tx == 0:
            am_v0[0] = best_i[0]
            am_v1[0] = best_v[0]

    return tvm.IRModule({"argmax": func.with_attr("global_symbol", "argmax")})


def _hash_u32(x):
    """lowbias32 integer hash (u32 arithmetic wraps, as in WGSL). Let-bound so the WGSL stays linear."""
    u = lambda c: tir.const(c, "uint32")  # noqa: E731
    a, b = tir.Var("hash_a", "uint32"), tir.Var("hash_b", "uint32")
    return tir.Let(
        a,
        tir.bitwise_xor(x, tir.shift_right(x, u(16))) * u(0x7FEB352D),
        tir.Let(b, tir.bitwise_xor(a, tir.shift_right(a, u(15))) * u(0x846CA68B), tir.bitwise_xor(b, tir.shift_right(b, u(16)))),
    )


def _gumbel(j, key):
    """Standard Gumbel noise for token j under the per-step key (an i32 uniform): -log(-log(u)) with u a
    hash of (key ^ j). The host half (tabllm.sampling.noise_key) hashes seed and step into the key."""
    bits = tir.Var("bits", "uint32")
    # m uniform in [1 + 2^-23, 2 - 2^-23]: 22 random mantissa bits, lowest bit set. Built by bit
    # pattern because TVM prints f32 constants with 7 digits (2^-23 would not be exact). Then
    # u = 2 - m and 1 - u = m - 1 are both exact and never 0 or 1.
    m = tir.reinterpret(F32, tir.bitwise_or(tir.shift_right(bits, tir.const(9, "uint32")), tir.const(0x3F800001, "uint32")))
    u = tir.const(2.0, F32) - m
    t = m - tir.const(1.0, F32)
    # E = -log(u) ~ Exp(1). Near u = 1 WGSL's log has only 2^-21 absolute accuracy, so there use the
    # series of -log(1 - t): t + t^2/2 + ... + t^7/7, < 1e-8 relative for t < 0.1.
    poly = tir.const(1.0 / 7, F32)
    for k in range(6, 0, -1):
        poly = tir.const(1.0 / k, F32) + t * poly
    expo = tir.Select(t < tir.const(0.1, F32), t * poly, -te.log(u))
    return tir.Let(bits, _hash_u32(j.astype("uint32") ^ key.astype("uint32")), -te.log(expo))


def _order_key(x):
    """u32 whose unsigned order is the order of the f32 x (sign flips all bits, else the sign bit)."""
    bits = tir.reinterpret("uint32", x)
    flip = tir.Select(tir.shift_right(bits, tir.const(31, "uint32")) == tir.const(1, "uint32"),
                      tir.const(0xFFFFFFFF, "uint32"), tir.const(0x80000000, "uint32"))
    return tir.bitwise_xor(bits, flip)


def sample_scores():
    """scores[V] = the sampler's view of logits[V], noise * Gumbel noise added:
        x = logits + bias                                    (OpenAI logit_bias)
        x = x / penalty if x > 0 else x * penalty, where seen (HF repetition penalty: prompt + output)
        x = x - frequency * counts - presence * (counts > 0) (OpenAI penalties: output tokens)
        scores = x * inv_temp, or lowest f32 where the allowed bitmask [ceil(V/32)] has the bit clear.
    With noise = 1, argmax(scores) is an exact draw from softmax(x / T) (the Gumbel-max trick); with
    noise = 0 it is greedy, and top_threshold + sample_noise can restrict the draw to the top-k / top-p."""
    V, key = _var("V"), _var("key")
    inv_temp, penalty, noise = _var("inv_temp", F32), _var("penalty", F32), _var("noise", F32)
    frequency, presence = _var("frequency", F32), _var("presence", F32)
    logits = te.placeholder((V,), F32, name="logits")
    bias = te.placeholder((V,), F32, name="bias")
    allowed = te.placeholder((tir.floordiv(V + 31, 32),), "uint32", name="allowed")
    seen = te.placeholder((V,), "int32", name="seen")
    counts = te.placeholder((V,), "int32", name="counts")

    def score(j):
        x = tir.Var("logit", F32)
        repeated = tir.Select(seen[j] != 0, tir.Select(x > 0, x / penalty, x * penalty), x)
        penalized = repeated - frequency * counts[j].astype(F32) - tir.Select(counts[j] > 0, presence, tir.const(0.0, F32))
        is_allowed = _u32_field(allowed[tir.floordiv(j, 32)], tir.floormod(j, 32), 1) == 1
        value = penalized * inv_temp + noise * _gumbel(j, key)
        return tir.Let(x, logits[j] + bias[j], tir.Select(is_allowed, value, tir.const(MASKED_SCORE, F32)))

    scores = te.compute((V,), score, name="scores")
    args = [logits, bias, allowed, seen, counts, scores, key, inv_temp, penalty, frequency, presence, noise]
    return _schedule_elementwise(_prim_func("sample_scores", args), "scores")


TOP_WAYS = 8  # top_threshold: each pass over the scores tests TOP_WAYS - 1 cut points (a power of 2)
# passes per search: each leaves at most floor(width / TOP_WAYS) of the hi - lo width, so as many as 2^32 - 1
# has base-TOP_WAYS digits (11 for 8)
TOP_ROUNDS = -(-32 // (TOP_WAYS.bit_length() - 1))


def top_threshold():
    """threshold[0] = order key (see _order_key) of the lowest score that top-k and then top-p keep, HF
    semantics: a token is kept iff fewer than top_k tokens score strictly higher, and the softmax mass
    (within the top-k) of the tokens scoring strictly higher is < top_p. top_k = 0 / top_p >= 1 turn a
    filter off. Each bound is the smallest key T with count(key > T) < limit and mass(key > T) < limit,
    found exactly (no sort) by an 8-way search over the 2^32 keys: each pass over the scores counts the
    tokens (and sums their exp) above TOP_WAYS - 1 cut points at once, so 11 passes instead of a
    bisection's 32 (a pass is one workgroup's walk over the scores: ~11 us for 49152 on the H200, mostly
    load latency, so fewer passes pay for more arithmetic in each; BENCHMARKS.md). One workgroup;
    partial sums go through workgroup memory and every invocation adds them in the same order (the order
    of _row_macros' workgroup_sum), so all invocations hold identical bounds and take identical branches,
    and each count / mass is the same f32 value that a bisection would compute for that cut.
    Written in TIR directly: TE cannot express a data-dependent loop of reductions."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    over_row, workgroup_max, workgroup_sum, _ = _row_macros()
    CUTS = TOP_WAYS - 1

    @T.macro(hygienic=False)
    def add_score(x, j, kind, extra):  # into local[...]
        if kind == "max":
            local[0] = T.max(local[0], x)
        elif kind == "mass":  # the mass at or above the top-k bound
            local[1] = local[1] + T.Select(_order_key(x) >= bounds[2], T.exp(x - stats[0]), T.float32(0))
        else:  # per cut c: count (local[c]) and mass at or above the top-k bound (local[CUTS + c]) above it
            key[0] = _order_key(x)
            if key[0] > cuts[0]:  # (most scores are below every cut: they would add only zeros)
                e[0] = T.Select(key[0] >= bounds[2], T.exp(x - stats[0]), T.float32(0))
                for c in T.unroll(CUTS):
                    local[c] = local[c] + T.Select(key[0] > cuts[c], T.float32(1), T.float32(0))
                    local[CUTS + c] = local[CUTS + c] + T.Select(key[0] > cuts[c], e[0], T.float32(0))

    @T.macro(hygienic=False)
    def sums_of_cuts():  # sums[v] = the workgroup's sum of local[v], v < 2 CUTS, in workgroup_sum's order
        for v in T.unroll(2 * CUTS):
            wide[v * ROW_THREADS + tx] = local[v]
        T.tvm_storage_sync("shared")
        if tx < 2 * CUTS * 16:  # 16 invocations a value, 16 partials each
            sums[0] = wide[tx * 16]
            for o in T.unroll(15):
                sums[0] = sums[0] + wide[tx * 16 + 1 + o]
            wide16[tx] = sums[0]
        T.tvm_storage_sync("shared")
        for v in T.unroll(2 * CUTS):
            sums[v] = wide16[v * 16]
            for o in T.unroll(15):
                sums[v] = sums[v] + wide16[v * 16 + 1 + o]
        T.tvm_storage_sync("shared")

    # (a macro sees the names of the prim_func that expands it: the others go through cfg)
    cfg = SimpleNamespace(element=add_score, sums_of_cuts=sums_of_cuts)

    @T.macro(hygienic=False)
    def search(count_limit, mass_limit):
        # bounds[0] = the smallest key T with count(key > T) < count_limit and mass(key > T, key >= top-k
        # bound) < mass_limit: both fall as T rises, so the cuts that pass are those from some cut on;
        # invariant: T in [bounds[0], bounds[1]]
        bounds[0] = T.uint32(0)
        bounds[1] = T.uint32(0xFFFFFFFF)
        for _round in range(TOP_ROUNDS):
            # cut c = lo + floor((hi - lo) (c + 1) / TOP_WAYS), without overflow
            for c in T.unroll(CUTS):
                cuts[c] = bounds[0] + T.floordiv(bounds[1] - bounds[0], T.uint32(TOP_WAYS)) * T.uint32(c + 1) + T.floordiv(
                    T.floormod(bounds[1] - bounds[0], T.uint32(TOP_WAYS)) * T.uint32(c + 1), T.uint32(TOP_WAYS))
            for v in T.unroll(2 * CUTS):
                local[v] = T.float32(0)
            over_row(scores, cfg, "count", 0)
            cfg.sums_of_cuts()
            for c in T.unroll(CUTS):  # hi = the first cut that passes, lo = 1 past the last that fails
                ok[c] = T.Cast("int32", sums[c] < count_limit and sums[CUTS + c] < mass_limit)
            for c in T.unroll(CUTS):
                bounds[1] = T.Select(ok[CUTS - 1 - c] == 1, cuts[CUTS - 1 - c], bounds[1])
                bounds[0] = T.Select(ok[c] == 0, cuts[c] + T.uint32(1), bounds[0])

    @T.prim_func
    def top_threshold(scores_h: T.handle, threshold_h: T.handle, top_k: T.int32, top_p: T.float32):
        V = T.int32()
        scores = T.match_buffer(scores_h, (V,), "float32")
        threshold = T.match_buffer(threshold_h, (1,), "uint32")
        tx = T.launch_thread("threadIdx.x", ROW_THREADS)
        partial = T.alloc_buffer((ROW_THREADS,), "float32", scope="shared")
        partial16 = T.alloc_buffer((16,), "float32", scope="shared")
        wide = T.alloc_buffer((2 * CUTS * ROW_THREADS,), "float32", scope="shared")  # 14 KiB
        wide16 = T.alloc_buffer((2 * CUTS * 16,), "float32", scope="shared")
        xs = T.alloc_buffer((ROW_LOADS,), "float32", scope="local")
        bounds = T.alloc_buffer((3,), "uint32", scope="local")  # lo, hi, top-k bound
        cuts = T.alloc_buffer((CUTS,), "uint32", scope="local")
        ok = T.alloc_buffer((CUTS,), "int32", scope="local")
        key = T.alloc_buffer((1,), "uint32", scope="local")
        e = T.alloc_buffer((1,), "float32", scope="local")
        stats = T.alloc_buffer((1,), "float32", scope="local")  # max score
        local = T.alloc_buffer((2 * CUTS,), "float32", scope="local")  # this invocation's counts, masses
        sums = T.alloc_buffer((2 * CUTS,), "float32", scope="local")
        top_k_mass = T.alloc_buffer((1,), "float32", scope="local")
        # max score, the shift that keeps exp() in range
        local[0] = T.float32(NEG_INF)
        over_row(scores, cfg, "max", 0)
        workgroup_max(local[0], stats)
        bounds[2] = T.uint32(0)
        if top_k > 0:
            search(T.Cast("float32", top_k), T.float32(3.0e38))
            bounds[2] = bounds[0]
        if top_p < T.float32(1):
            # the top-k set's mass, then the top-p bound within it
            local[1] = T.float32(0)
            over_row(scores, cfg, "mass", 0)
            workgroup_sum(local[1], top_k_mass)
            search(T.float32(3.0e38), top_p * top_k_mass[0])
            bounds[2] = T.max(bounds[2], bounds[0])
        if tx == 0:
            threshold[0] = bounds[2]

    return tvm.IRModule({"top_threshold": top_threshold.with_attr("global_symbol", "top_threshold")})


def sample_noise():
    """out[V] = scores + noise * Gumbel noise where order_key(scores) >= threshold[0], else lowest f32:
    the Gumbel-max draw restricted to what top_threshold kept."""
    V, key, noise = _var("V"), _var("key"), _var("noise", F32)
    scores = te.placeholder((V,), F32, name="scores")
    threshold = te.placeholder((1,), "uint32", name="threshold")

    def noisy(j):
        kept = _order_key(scores[j]) >= threshold[0]
        return tir.Select(kept, scores[j] + noise * _gumbel(j, key), tir.const(MASKED_SCORE, F32))

    out = te.compute((V,), noisy, name="noisy")
    return _schedule_elementwise(_prim_func("sample_noise", [scores, threshold, out, key, noise]), "noisy")


LOGPROB_TOP_MAX = 20  # OpenAI's top_logprobs limit


def token_logprobs():
    """out[2 + 2 * 20] (u32 words) = [token, lp(token), id_1, lp(id_1), ..., id_N, lp(id_N)] where lp is
    the log-softmax of the raw logits[V] (f32 bits) and id_1..id_N the N most likely tokens (highest
    first, lowest id on ties); token = token[0], the id the sampler chose. One workgroup (_row_macros):
    log-sum-exp by two workgroup reductions; then one pass in which each invocation keeps its own best N
    (value, id) pairs sorted in registers (a value enters only when it beats the N-th: rarely, after the
    first few), and N rounds of a workgroup argmax over the invocations' heads, whose winner pops its
    head. (Every round used to be a pass over V that skipped the ids already taken.)
    Written in TIR directly: TE cannot express a data-dependent loop of reductions."""
    from types import SimpleNamespace

    from tvm.script import tirx as T

    over_row, workgroup_max, workgroup_sum, workgroup_argmax = _row_macros()
    TOP = LOGPROB_TOP_MAX

    @T.macro(hygienic=False)
    def add_logit(x, j, kind, extra):
        if kind == "max":
            best_v[0] = T.max(best_v[0], x)
        elif kind == "sum":
            best_v[0] = best_v[0] + T.exp(x - lse[0])
        elif x > floor_v[0]:  # "keep": into the sorted list of N (ids come in increasing order: an equal value stays out)
            carry_v[0] = x
            carry_i[0] = j
            for q in T.unroll(TOP):  # the carried pair swaps with each entry it beats: (value, then lower id)
                if q < N and (carry_v[0] > top_v[q] or (carry_v[0] == top_v[q] and carry_i[0] < top_i[q])):
                    swap_v[0] = top_v[q]
                    swap_i[0] = top_i[q]
                    top_v[q] = carry_v[0]
                    top_i[q] = carry_i[0]
                    carry_v[0] = swap_v[0]
                    carry_i[0] = swap_i[0]
            for q in T.unroll(TOP):  # the N-th value, the bar for the next (constant indices keep the list in registers)
                floor_v[0] = T.Select(q == N - 1, top_v[q], floor_v[0])

    cfg = SimpleNamespace(element=add_logit)

    @T.prim_func
    def token_logprobs(logits_h: T.handle, token_h: T.handle, out_h: T.handle, N: T.int32):
        V, m = T.int32(), T.int32()
        logits = T.match_buffer(logits_h, (V,), "float32")
        token = T.match_buffer(token_h, (m,), "int32")
        out = T.match_buffer(out_h, (2 + 2 * TOP,), "uint32")
        tx = T.launch_thread("threadIdx.x", ROW_THREADS)
        partial = T.alloc_buffer((ROW_THREADS,), "float32", scope="shared")
        partial16 = T.alloc_buffer((16,), "float32", scope="shared")
        part_i = T.alloc_buffer((ROW_THREADS,), "int32", scope="shared")
        xs = T.alloc_buffer((ROW_LOADS,), "float32", scope="local")
        top_v = T.alloc_buffer((TOP,), "float32", scope="local")  # this invocation's best values, highest first
        top_i = T.alloc_buffer((TOP,), "int32", scope="local")  # and their ids
        floor_v = T.alloc_buffer((1,), "float32", scope="local")  # top_v[N - 1]
        carry_v = T.alloc_buffer((1,), "float32", scope="local")
        carry_i = T.alloc_buffer((1,), "int32", scope="local")
        swap_v = T.alloc_buffer((1,), "float32", scope="local")
        swap_i = T.alloc_buffer((1,), "int32", scope="local")
        best_v = T.alloc_buffer((1,), "float32", scope="local")  # workgroup_argmax's pair (best_i: the id)
        best_i = T.alloc_buffer((1,), "int32", scope="local")
        cv = T.alloc_buffer((1,), "float32", scope="local")
        ci = T.alloc_buffer((1,), "int32", scope="local")
        lse = T.alloc_buffer((1,), "float32", scope="local")  # log-sum-exp of the logits
        total = T.alloc_buffer((1,), "float32", scope="local")
        # log-sum-exp = max + log(sum exp(x - max))
        best_v[0] = T.float32(NEG_INF)
        over_row(logits, cfg, "max", 0)
        workgroup_max(best_v[0], lse)
        best_v[0] = T.float32(0)
        over_row(logits, cfg, "sum", 0)
        workgroup_sum(best_v[0], total)
        lse[0] = lse[0] + T.log(total[0])
        for q in T.unroll(TOP):
            top_v[q] = T.float32(NEG_INF)
            top_i[q] = V
        floor_v[0] = T.float32(NEG_INF)
        if N > 0:
            over_row(logits, cfg, "keep", 0)
        for r in range(N):
            best_v[0] = top_v[0]
            best_i[0] = top_i[0]
            workgroup_argmax()
            if top_i[0] == best_i[0]:  # the winner's head (ids are unique; past V every list holds the same)
                for q in T.unroll(TOP - 1):
                    top_v[q] = top_v[q + 1]
                    top_i[q] = top_i[q + 1]
                top_v[TOP - 1] = T.float32(NEG_INF)
                top_i[TOP - 1] = V
            if tx == 0:
                out[2 + 2 * r] = T.Cast("uint32", best_i[0])
                out[3 + 2 * r] = T.reinterpret("uint32", best_v[0] - lse[0])
        if tx == 0:
            out[0] = T.Cast("uint32", token[0])
            out[1] = T.reinterpret("uint32", logits[token[0]] - lse[0])

    return tvm.IRModule({"token_logprobs": token_logprobs.with_attr("global_symbol", "token_logprobs")})


def copy_columns():
    """y[i, col0 + j] = x[i, j] for x [n, N] and y [rows, ldy]: one row part's product output put into
    its columns of the whole output (a matrix split across bindings: app/py/tabllm/split.py).
    Written in TIR directly: TE has no in-place update of an existing buffer."""
    from tvm.script import tirx as T

    @T.prim_func(s_tir=True)
    def copy_columns(x_h: T.handle, y_h: T.handle, col0: T.int32):
        n, N, rows, ldy = T.int32(), T.int32(), T.int32(), T.int32()
        x = T.match_buffer(x_h, (n, N), "float32")
        y = T.match_buffer(y_h, (rows, ldy), "float32")
        for i, j in T.grid(n, N):
            with T.sblock("copy"):
                vi, vj = T.axis.remap("SS", [i, j])
                y[vi, col0 + vj] = x[vi, vj]

    mod = tvm.IRModule({"copy_columns": copy_columns.with_attr("global_symbol", "copy_columns")})
    return _schedule_elementwise(mod, "copy")


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
    from tvm.script import tirx as T

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

    mod = tvm.IRModule({"merge_rows": merge_rows.with_attr("global_symbol", "merge_rows")})
    return _schedule_elementwise(mod, "merge")


def count_token():
    """seen[token[0]] = 1 and counts[token[0]] += 1: the penalties' memory of tokens, kept on the GPU."""
    from tvm.script import tirx as T

    # Lowered TIR (one invocation): the schedule primitives refuse a block that reads what it writes.
    @T.prim_func
    def count_token(token_h: T.handle, seen_h: T.handle, counts_h: T.handle):
        V, m = T.int32(), T.int32()
        token = T.match_buffer(token_h, (m,), "int32")
        seen = T.match_buffer(seen_h, (V,), "int32")
        counts = T.match_buffer(counts_h, (V,), "int32")
        T.launch_thread("threadIdx.x", 1)
        seen[token[0]] = 1
        counts[token[0]] = counts[token[0]] + 1

    return tvm.IRModule({"count_token": count_token.with_attr("global_symbol", "count_token")})


def matrix_kernels(fmt):
    """Every product kind of one matrix format: the model plans pick among them by name."""
    return [
        (f"embed_{fmt}", embed(fmt)),
        (f"matmul_{fmt}", quant_matmul(fmt, False)),
        (f"matmul_{fmt}_add", quant_matmul(fmt, True)),
        (f"gemv_{fmt}", gemv(fmt, False)),
        (f"gemv_{fmt}_add", gemv(fmt, True)),
        (f"gemv_norm_{fmt}", gemv(fmt, False, normed=True)),
        (f"gemv_silu_{fmt}_add", gemv(fmt, True, gated=True)),
        (f"mm8_{fmt}", mm8(fmt, False)),
        (f"mm8_{fmt}_add", mm8(fmt, True)),
        (mmt_name(fmt, False), lambda: mmt(fmt, False)),
        (mmt_name(fmt, True), lambda: mmt(fmt, True)),
    ]


KERNELS = [
    ("rms_norm", rms_norm),
    *[kernel for fmt in QUANT_FORMATS for kernel in matrix_kernels(fmt)],
    *((gemv4_name(_fmt, _kind), lambda _fmt=_fmt, _kind=_kind: gemv4(_fmt, _kind))
      for _fmt in ("q4_0", "q4_1") for _kind in GEMV4_KINDS),
    *((f"gemv4_norm16_{_fmt}", lambda _fmt=_fmt: gemv4(_fmt, "norm", rows=GEMV4_NORM_WIDE_ROWS)) for _fmt in ("q4_0", "q4_1")),
    *((f"act_q8_{_kind}", lambda _kind=_kind: act_q8(_kind)) for _kind in ACT_Q8_KINDS),
    *((f"gemv8_{_fmt}{_add}", lambda _fmt=_fmt, _add=_add: gemv8(_fmt, bool(_add))) for _fmt in ("q4_0", "q4_1") for _add in ("", "_add")),
    *((f"gemv8_gate_up_{_fmt}", lambda _fmt=_fmt: gemv8_gate_up(_fmt)) for _fmt in ("q4_0", "q4_1")),
    ("mmt_sum", lambda: mmt_sum(False)),
    ("mmt_sum_add", lambda: mmt_sum(True)),
    ("rms_norm_gpu", rms_norm_gpu),
    ("attn_scores_gpu", attn_scores_gpu),
    ("attn_pv_gpu", attn_pv_gpu),
    ("attn_split_gpu", lambda: attn_split(rope=False)),
    ("attn_split_rope_gpu", lambda: attn_split(rope=True)),
    ("attn_combine_gpu", attn_combine),
    ("attn_combine_q8_gpu", lambda: attn_combine(q8_out=True)),
    ("attn_decode_rope_gpu", attn_decode_rope),
    ("attn_decode_rope_q8_gpu", lambda: attn_decode_rope(q8_out=True)),
    ("attn_decode_rope_split_gpu", lambda: attn_decode_rope(split=True)),
    ("attn_prefill_gpu", attn_prefill),
    ("attn_prefill_split_gpu", lambda: attn_prefill(split=True)),
    ("rope_qkv", rope_qkv),
    ("attn_scores", attn_scores),
    ("softmax_rows", softmax_rows),
    ("attn_pv", attn_pv),
    ("silu_mul", silu_mul),
    ("add_bias", add_bias),
    ("rms_norm_add", rms_norm_add),
    ("head_rms_norm", head_rms_norm),
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
]

# The f16 path (models/llama.py with precision "f16", devices with shader-f16): the same kernels with f16
# storage of the activations that feed matrix products (xn, qkv, q, att, gu, h) and of the KV cache. Loads
# widen to f32, all math and sums are f32; the residual stream, scores and logits stay f32.
KERNELS += [
    ("rms_norm_f16", lambda: rms_norm(y_dtype=F16)),
    ("rms_norm_gpu_f16", lambda: rms_norm_gpu(y_dtype=F16)),
    ("rope_qkv_f16", lambda: rope_qkv(dtype=F16)),
    ("attn_scores_f16", lambda: attn_scores(q_dtype=F16, kv_dtype=F16)),
    ("attn_scores_gpu_f16", lambda: attn_scores_gpu(q_dtype=F16, kv_dtype=F16)),
    ("attn_pv_f16", lambda: attn_pv(kv_dtype=F16, out_dtype=F16)),
    ("attn_pv_gpu_f16", lambda: attn_pv_gpu(kv_dtype=F16, out_dtype=F16)),
    ("silu_mul_f16", lambda: silu_mul(dtype=F16)),
    ("add_bias_f16", lambda: add_bias(dtype=F16)),
]
for _fmt in QUANT_FORMATS:
    KERNELS += [
        (f"matmul_{_fmt}_f16", quant_matmul(_fmt, False, x_dtype=F16, y_dtype=F16)),
        (f"matmul_{_fmt}_add_f16", quant_matmul(_fmt, True, x_dtype=F16)),
        (f"mm8_{_fmt}_f16", mm8(_fmt, False, x_dtype=F16, y_dtype=F16)),
        (f"mm8_{_fmt}_add_f16", mm8(_fmt, True, x_dtype=F16)),
        (f"gemv_norm_{_fmt}_f16", gemv(_fmt, False, normed=True, y_dtype=F16)),  # x: the f32 residual stream
        (f"gemv_{_fmt}_add_f16", gemv(_fmt, True, x_dtype=F16)),
        (f"gemv_silu_{_fmt}_add_f16", gemv(_fmt, True, gated=True, x_dtype=F16)),
    ]
