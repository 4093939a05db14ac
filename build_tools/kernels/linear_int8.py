"""Decode products over int8 activations (the wide models' products: lowering.py): the q4 decode
product is bound by its dequantization arithmetic, not by memory, when weights are turned into f32
(H200, 28672 x 4096 q4_0: 916 GB/s in f32, 1826 GB/s with dot4I8Packed against int8 activations, which
a load-only loop of the same shape bounds at 1886 GB/s; scratch experiment in BENCHMARKS.md). So the
input row is quantized once per step to int8 blocks of 32 (act_q8_*, the scheme llama.cpp's GPU backends
use for activations), and gemv8_* multiplies 4 nibbles by 4 int8 values per dot4I8Packed."""

from tabllm.kernel_set import GEMV8_ROWS, KQ8_FORMATS
from tvm.script import tirx as T

from .macros import U4, V4, block_inputs, rms_factor, splat4, tir_module, tir_variant, vmax4, vsum4
from .quant import IQ4_NL_VALUES, _add_q4_i8_word, _pack_i8x4, _pack_vec4_i8


Q8_THREADS = 64  # act_q8_*: invocations per workgroup, one per block of 32 (workgroup g: blocks 64 g .. 64 g + 63)
GEMV8_THREADS = 128  # gemv8_*: invocations per workgroup (H200 sweep: BENCHMARKS.md); GEMV8_ROWS: tabllm.kernel_set
ACT_Q8_KINDS = ("norm", "silu", "")  # "": act_q8, the row as it is (the input of a plain k-quant gemv8 product)


def act_q8_name(kind):
    return f"act_q8_{kind}" if kind else "act_q8"


def act_q8(kind):
    """Quantize a row of activations to int8 blocks for gemv8_*: per 32-element block b of row i, with v
    the block's values as `kind` defines them, d = max|v| / 127 and q = round(v * 127 / max|v|) (0 for an
    all-zero block), stored as xq [n, 2 Kb] u32x4 (the 32 int8 in order, 4 per u32, little-endian: vec4
    2b holds elements 0..15, 2b + 1 elements 16..31) and xs [n, Kb, 2] f32 (d, d * sum(q)).
    kind "norm": v = rms_norm(x) * w (eps) of x [n, K]; "silu": v = silu(g) * u of gu [n, 2K] = [g | u]; "": v = x.
    Uniform Kb = K / 32. Grid (ceil(Kb / 64), n): one invocation per block, so that a row of a decode step
    spreads over many workgroups (one workgroup per row took 12-17 us on the H200, mostly one SM's latency);
    with "norm" every workgroup sums the squares of the whole row itself (two-stage workgroup sum)."""
    TX = Q8_THREADS
    normed, gated = kind == "norm", kind == "silu"

    @T.jit
    def act_q8_kernel(x_h: T.Optional(T.handle), w_h: T.Optional(T.handle), gu_h: T.Optional(T.handle), xq_h: T.handle,
                      xs_h: T.handle, eps: T.Optional(T.float32)):
        n, Kb = T.int32(), T.int32()
        if x_h is not None:
            x = T.match_buffer(x_h, (n, Kb * 8), V4)
        if w_h is not None:
            w = T.match_buffer(w_h, (Kb * 8,), V4)
        if gu_h is not None:
            gu = T.match_buffer(gu_h, (n, Kb * 16), V4)
        xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
        xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
        g = T.launch_thread("blockIdx.x", T.floordiv(Kb + TX - 1, TX))
        i = T.launch_thread("blockIdx.y", n)
        tx = T.launch_thread("threadIdx.x", TX)
        red = T.alloc_buffer((TX,), "float32", scope="shared")
        red16 = T.alloc_buffer((8,), "float32", scope="shared")
        v = T.alloc_buffer((8,), "float32x4", scope="local")
        qf = T.alloc_buffer((8,), "float32x4", scope="local")
        m = T.alloc_buffer((1,), "float32x4", scope="local")
        st = T.alloc_buffer((4,), "float32", scope="local")
        if normed:  # st[0] = rsqrt(mean(x[i]^2) + eps)
            rms_factor(x, i, Kb, eps, tx, TX, v, st, red, red16)
        if g * TX + tx < Kb:
            if normed:
                block_inputs(v, i, g * TX + tx, Kb, x=x, w=w, st=st)
            elif gated:
                block_inputs(v, i, g * TX + tx, Kb, gu=gu)
            else:
                block_inputs(v, i, g * TX + tx, Kb, x=x)
            m[0] = T.max(T.abs(v[0]), T.abs(v[1]))
            for k in T.unroll(6):
                m[0] = T.max(m[0], T.abs(v[2 + k]))
            st[1] = vmax4(m[0])
            st[2] = T.Select(st[1] > T.float32(0), T.float32(127) / st[1], T.float32(0))  # 127 / max|v|
            st[3] = T.float32(0)
            for k in T.unroll(8):
                qf[k] = T.round(v[k] * splat4(st[2]))
                st[3] = st[3] + vsum4(qf[k])
            for h in T.unroll(2):
                xq[i, (g * TX + tx) * 2 + h] = T.Shuffle([_pack_vec4_i8(qf[h * 4]), _pack_vec4_i8(qf[h * 4 + 1]), _pack_vec4_i8(qf[h * 4 + 2]),
                                                          _pack_vec4_i8(qf[h * 4 + 3])], [0, 1, 2, 3])
            xs[i, g * TX + tx, 0] = st[1] / T.float32(127)
            xs[i, g * TX + tx, 1] = st[1] / T.float32(127) * st[3]

    return tir_variant(act_q8_kernel, act_q8_name(kind), x_h=not gated, w_h=normed, gu_h=gated, eps=normed)


def gemv8(fmt, residual):
    """Decode product over int8 activations: out[n, N] = W[N, K] @ v (+ residual), v given by act_q8_* as
    xq / xs (K = 32 Kb). Workgroup jb takes rows 2 jb, 2 jb + 1; invocation t takes blocks t, t + 128, ...:
    per block one vec4<u32> of weights per row (16 bytes: 32 nibbles; word w holds elements 4w .. 4w + 3
    in its low nibbles and 16 + 4w .. 16 + 4w + 3 in its high ones, so `w & 0x0F0F0F0F` meets x vec4 2b
    word w and `(w >> 4) & 0x0F0F0F0F` meets vec4 2b + 1 word w) and 8 dot4I8Packed. A block adds
    s * (d * dot - 8 * d * sum(q)) (q4_0: nibble - 8) or s * d * dot + min * d * sum(q) (q4_1). The rows'
    partial sums meet in a two-stage workgroup sum (16 x 8)."""
    if fmt == "iq4_xs":
        return gemv8_iq4_xs(residual)
    if fmt in KQ8_FORMATS:
        return gemv8_kquant(fmt, residual)
    if fmt not in ("q4_0", "q4_1"):
        raise ValueError(f"gemv8 reads q4 blocks, not {fmt}")
    R, TX = GEMV8_ROWS, GEMV8_THREADS
    has_min, has_residual = fmt == "q4_1", residual

    @T.jit
    def gemv8_kernel(xq_h: T.handle, xs_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle,
                     residual_h: T.Optional(T.handle), out_h: T.handle, Nb: T.int32):
        n, N, Kb = T.int32(), T.int32(), T.int32()
        xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
        xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
        wq = T.match_buffer(wq_h, (N, Kb), U4)
        wscale = T.match_buffer(wscale_h, (N, Kb), "float32")
        wmin = T.match_buffer(wmin_h, (N, Kb), "float32")
        if residual_h is not None:
            residual = T.match_buffer(residual_h, (n, N), "float32")
        out = T.match_buffer(out_h, (n, N), "float32")
        jb = T.launch_thread("blockIdx.x", Nb)
        tx = T.launch_thread("threadIdx.x", TX)
        red = T.alloc_buffer((R * TX,), "float32", scope="shared")
        red16 = T.alloc_buffer((R * 16,), "float32", scope="shared")
        lo = T.alloc_buffer((1,), "uint32x4", scope="local")
        hi = T.alloc_buffer((1,), "uint32x4", scope="local")
        wv = T.alloc_buffer((1,), "uint32x4", scope="local")
        dot = T.alloc_buffer((1,), "int32", scope="local")
        acc = T.alloc_buffer((R,), "float32", scope="local")
        for i in range(n):
            for r in T.unroll(R):
                acc[r] = T.float32(0)
            for bb in range(T.floordiv(Kb - tx + TX - 1, TX)):
                lo[0] = xq[i, (bb * TX + tx) * 2]
                hi[0] = xq[i, (bb * TX + tx) * 2 + 1]
                for r in T.unroll(R):
                    wv[0] = wq[jb * R + r, bb * TX + tx]
                    dot[0] = T.int32(0)
                    for k in T.unroll(4):
                        dot[0] = _add_q4_i8_word(dot[0], T.Shuffle([wv[0]], [k]), T.Shuffle([lo[0]], [k]), T.Shuffle([hi[0]], [k]))
                    if has_min:
                        acc[r] = acc[r] + wscale[jb * R + r, bb * TX + tx] * T.Cast("float32", dot[0]) * xs[i, bb * TX + tx, 0] + \
                            wmin[jb * R + r, bb * TX + tx] * xs[i, bb * TX + tx, 1]
                    else:
                        acc[r] = acc[r] + wscale[jb * R + r, bb * TX + tx] * (
                            T.Cast("float32", dot[0]) * xs[i, bb * TX + tx, 0] - T.float32(8) * xs[i, bb * TX + tx, 1])
            for r in T.unroll(R):
                red[r * TX + tx] = acc[r]
            T.tvm_storage_sync("shared")
            if tx < R * 16:  # row tx // 16, eighth tx % 16
                acc[0] = T.float32(0)
                for o in T.unroll(8):
                    acc[0] = acc[0] + red[T.floordiv(tx, 16) * TX + T.floormod(tx, 16) * 8 + o]
                red16[tx] = acc[0]
            T.tvm_storage_sync("shared")
            if tx < R:
                acc[0] = T.float32(0)
                for o in T.unroll(16):
                    acc[0] = acc[0] + red16[tx * 16 + o]
                if has_residual:
                    out[i, jb * R + tx] = acc[0] + residual[i, jb * R + tx]
                else:
                    out[i, jb * R + tx] = acc[0]
            T.tvm_storage_sync("shared")

    return tir_variant(gemv8_kernel, f"gemv8_{fmt}" + ("_add" if residual else ""), residual_h=has_residual)


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
    if fmt not in ("q4_0", "q4_1"):
        raise ValueError(f"gemv8_gate_up reads q4 blocks, not {fmt}")
    TX, U = GATE_UP_THREADS, GATE_UP_UNROLL
    P = TX // 32  # invocations per row pair
    has_min = fmt == "q4_1"

    @T.prim_func
    def gemv8_gate_up_kernel(xq_h: T.handle, xs_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle,
                             hq_h: T.handle, hs_h: T.handle):
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

        @T.inline
        def block_dot(i, row, blk):  # dot[0] = the q4 x int8 block product of W row `row`, block blk
            wv[0] = wq[row, blk]
            dot[0] = T.float32(0)
            ip[0] = T.int32(0)
            for k in T.unroll(4):
                ip[0] = _add_q4_i8_word(ip[0], T.Shuffle([wv[0]], [k]), T.Shuffle([lo[0]], [k]), T.Shuffle([hi[0]], [k]))
            if has_min:
                dot[0] = wscale[row, blk] * T.Cast("float32", ip[0]) * xs[i, blk, 0] + wmin[row, blk] * xs[i, blk, 1]
            else:
                dot[0] = wscale[row, blk] * (T.Cast("float32", ip[0]) * xs[i, blk, 0] - T.float32(8) * xs[i, blk, 1])

        for i in range(n):
            acc[0] = T.float32(0)
            acc[1] = T.float32(0)
            r = T.floordiv(tx, P)  # row pair: gate row 32 jb + r, up row F + 32 jb + r
            for bo in range(T.floordiv(Kb + P * U - 1, P * U)):
                for u in T.unroll(U):
                    # past the end: clamped to the last block (in bounds), times 0
                    blk = T.min((bo * U + u) * P + T.floormod(tx, P), Kb - 1)
                    ok = T.Cast("float32", (bo * U + u) * P + T.floormod(tx, P) < Kb)
                    lo[0] = xq[i, blk * 2]
                    hi[0] = xq[i, blk * 2 + 1]
                    block_dot(i, jb * 32 + r, blk)
                    acc[0] = acc[0] + dot[0] * ok
                    block_dot(i, Fb * 32 + jb * 32 + r, blk)
                    acc[1] = acc[1] + dot[0] * ok
            red[tx] = acc[0]
            red[TX + tx] = acc[1]
            T.tvm_storage_sync("shared")
            if tx < 32:  # h of row pair tx
                acc[0] = T.float32(0)
                acc[1] = T.float32(0)
                for o in T.unroll(P):
                    acc[0] = acc[0] + red[tx * P + o]
                    acc[1] = acc[1] + red[TX + tx * P + o]
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
                    hq[i, jb * 2 + h] = T.Shuffle([_pack_i8x4([qv[h * 16 + w * 4 + c] for c in range(4)]) for w in range(4)], [0, 1, 2, 3])
                hs[i, jb, 0] = st[0] / T.float32(127)
                hs[i, jb, 1] = st[0] / T.float32(127) * st[2]
            T.tvm_storage_sync("shared")

    return tir_module(f"gemv8_gate_up_{fmt}", gemv8_gate_up_kernel)


GEMV8K_THREADS = 64  # gemv8_q4_k / gemv8_q6_k / gemv8_iq4_xs: invocations per workgroup (each takes every 64th item of its rows)
GEMV8K_ITEMS = 4  # items per 256-element block: q4_k and iq4_xs 2 sub-blocks of 32, q6_k a quarter (4 x 16)


def _i8_minus_32(word):
    """The 4 bytes 0..63 of a u32 less 32 each, as 4 int8 (no borrow between bytes: each is 128 + v first)."""
    return ((word | T.uint32(0x80808080)) - T.uint32(0x20202020)) ^ T.uint32(0x80808080)


def _realign(lo, hi, sh):
    """The u32 at byte sh / 8 (0 or 2) of the word pair lo, hi: q6_k blocks (210 bytes) start every other one
    2 bytes into a word. (Two shifts of 16: WGSL takes a shift amount modulo 32, so hi << 32 would be hi.)"""
    return T.shift_right(lo, sh) | T.shift_left(T.shift_left(hi, T.uint32(16)), T.uint32(16) - sh)


def gemv8_kquant(fmt, residual):
    """Decode product over int8 activations of GGUF's q4_k / q6_k blocks as stored (quant.py): out[n, N] = W[N, K]
    @ v (+ residual), v given by act_q8_* as xq / xs (K = 32 Kb, a multiple of 256). As llama.cpp's CUDA
    mul_mat_vec_q lays the work out (vec_dot_q4_K_q8_1 / q6_K_q8_1: a block over several threads, the
    integer dot products by dp4a, the block's scales applied to whole sub-block sums): a row is Kb / 2 items,
    4 per 256-element block, and invocation t of the 64 takes items t, t + 64, ... of the workgroup's 2 rows
    (GEMV8_ROWS; the int8 activations loaded once for both):
      q4_k (144-byte blocks = 9 vec4<u32>, rows 16-byte aligned): item p of a block is sub-blocks 2p, 2p + 1:
        the block's header vec4 (d | dmin, the 12 scale bytes) and qs vec4s 1 + 2p, 2 + 2p (32 bytes: low
        nibbles sub-block 2p, high nibbles 2p + 1), 16 dot4I8Packed against 4 activation vec4s, then
        d (sc0 dx0 dot0 + sc1 dx1 dot1) - dmin (m0 dx0 sum0 + m1 dx1 sum1) (xs: (dx, dx * sum(q)));
      q6_k (210-byte blocks, every other one 2 bytes into a u32): item (h, j) = 2h + j of a block is
        elements 128 h + 32 g + 16 j + (0 .. 15) for g < 4: ql bytes 64 h + 16 j (+ 32), qh bytes 128 + 32 h
        + 16 j (16 bytes each, realigned word by word), 4 groups of 16 built as 4 int8 a u32 (q - 32),
        16 dot4I8Packed, d * sum_g sc_g dx_g dot_g.
    A warp reads 8 whole blocks side by side. The rows' partial sums meet in a two-stage workgroup sum (8 x 8)."""
    if fmt not in ("q4_k", "q6_k"):
        raise ValueError(f"gemv8_kquant reads q4_k / q6_k blocks, not {fmt}")
    R, TX, P = GEMV8_ROWS, GEMV8K_THREADS, GEMV8K_ITEMS
    q4k, has_residual = fmt == "q4_k", residual
    m4, m2 = T.uint32(0x0F0F0F0F), T.uint32(0x30303030)

    def dot(a, b):
        return T.call_pure_extern("int32", "dot4I8Packed", a, b)

    def lane(v, k):
        return T.Shuffle([v], [k])

    def halves(word):  # the two f16 of a u32 as f32 (WGSL unpack2x16float: no shader-f16 needed)
        return T.call_pure_extern("float32x2", "unpack2x16float", word)

    @T.jit
    def gemv8k_kernel(xq_h: T.handle, xs_h: T.handle, wq_h: T.handle, residual_h: T.Optional(T.handle), out_h: T.handle,
                      Nb: T.int32):
        n, N, Kb = T.int32(), T.int32(), T.int32()
        xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
        xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
        if q4k:
            wq = T.match_buffer(wq_h, (N, T.floordiv(Kb, 8) * 9), U4)
        else:
            wq = T.match_buffer(wq_h, (N, T.floordiv(T.floordiv(Kb, 8) * 210 + 3, 4)), "uint32")
        if residual_h is not None:
            residual = T.match_buffer(residual_h, (n, N), "float32")
        out = T.match_buffer(out_h, (n, N), "float32")
        jb = T.launch_thread("blockIdx.x", Nb)
        tx = T.launch_thread("threadIdx.x", TX)
        red = T.alloc_buffer((R * TX,), "float32", scope="shared")
        red8 = T.alloc_buffer((R * 8,), "float32", scope="shared")
        xv = T.alloc_buffer((4,), U4, scope="local")  # the item's 64 int8 activations
        xf = T.alloc_buffer((4,), "float32", scope="local")  # their blocks' dx (q4_k: and dx * sum(q))
        wv = T.alloc_buffer((3,), U4, scope="local")  # q4_k: header, qs a, qs b
        raw = T.alloc_buffer((18,), "uint32", scope="local")  # q6_k: ql, ql + 32, qh runs (5 words each), scale words
        wd = T.alloc_buffer((4,), "uint32", scope="local")  # q6_k: a group's 4 words
        su = T.alloc_buffer((2,), "uint32", scope="local")  # q4_k: scale and min byte pairs
        ip = T.alloc_buffer((4,), "int32", scope="local")
        acc = T.alloc_buffer((R,), "float32", scope="local")
        for i in range(n):
            for r in T.unroll(R):
                acc[r] = T.float32(0)
            for bb in range(T.floordiv(T.floordiv(Kb, 8) * P - tx + TX - 1, TX)):
                blk = T.floordiv(bb * TX + tx, P)
                part = T.floormod(bb * TX + tx, P)
                if q4k:
                    for c in T.unroll(4):  # sub-block 2 part (xq vec4s 0, 1) and 2 part + 1 (2, 3)
                        xv[c] = xq[i, (blk * 8 + part * 2) * 2 + c]
                    for c in T.unroll(2):
                        xf[c * 2] = xs[i, blk * 8 + part * 2 + c, 0]
                        xf[c * 2 + 1] = xs[i, blk * 8 + part * 2 + c, 1]
                    for r in T.unroll(R):
                        wv[0] = wq[jb * R + r, blk * 9]
                        wv[1] = wq[jb * R + r, blk * 9 + 1 + part * 2]
                        wv[2] = wq[jb * R + r, blk * 9 + 2 + part * 2]
                        ip[0] = T.int32(0)
                        ip[1] = T.int32(0)
                        for k in T.unroll(4):
                            ip[0] = ip[0] + dot(lane(wv[1], k) & m4, lane(xv[0], k)) + dot(lane(wv[2], k) & m4, lane(xv[1], k))
                            ip[1] = ip[1] + dot(T.shift_right(lane(wv[1], k), T.uint32(4)) & m4, lane(xv[2], k)) + dot(
                                T.shift_right(lane(wv[2], k), T.uint32(4)) & m4, lane(xv[3], k))
                        # 6-bit scales / mins of sub-blocks 2 part, 2 part + 1 as byte pairs (get_scale_min_k4):
                        # pairs 0, 1 in scale bytes 0..3 / 4..7, pairs 2, 3 from bytes 8..11 plus the top 2 bits
                        # of bytes 0..3 / 4..7
                        su[0] = T.Select(part < 2, T.shift_right(lane(wv[0], 1), T.Cast("uint32", T.floormod(part, 2) * 16)) & T.uint32(0x3F3F),
                                         (T.shift_right(lane(wv[0], 3), T.Cast("uint32", T.floormod(part, 2) * 16)) & T.uint32(0x0F0F)) | (
                                             T.shift_right(lane(wv[0], 1), T.Cast("uint32", T.floormod(part, 2) * 16 + 2)) & T.uint32(0x3030)))
                        su[1] = T.Select(part < 2, T.shift_right(lane(wv[0], 2), T.Cast("uint32", T.floormod(part, 2) * 16)) & T.uint32(0x3F3F),
                                         (T.shift_right(lane(wv[0], 3), T.Cast("uint32", T.floormod(part, 2) * 16 + 4)) & T.uint32(0x0F0F)) | (
                                             T.shift_right(lane(wv[0], 2), T.Cast("uint32", T.floormod(part, 2) * 16 + 2)) & T.uint32(0x3030)))
                        acc[r] = acc[r] + lane(halves(lane(wv[0], 0)), 0) * (
                            T.Cast("float32", T.Cast("int32", su[0] & T.uint32(255)) * ip[0]) * xf[0]
                            + T.Cast("float32", T.Cast("int32", T.shift_right(su[0], T.uint32(8)) & T.uint32(255)) * ip[1]) * xf[2]) - lane(
                            halves(lane(wv[0], 0)), 1) * (T.Cast("float32", su[1] & T.uint32(255)) * xf[1]
                                                         + T.Cast("float32", T.shift_right(su[1], T.uint32(8)) & T.uint32(255)) * xf[3])
                else:
                    for g in T.unroll(4):  # group g: 32-block 8 blk + 4 h + g, its half j
                        xv[g] = xq[i, (blk * 8 + T.floordiv(part, 2) * 4 + g) * 2 + T.floormod(part, 2)]
                        xf[g] = xs[i, blk * 8 + T.floordiv(part, 2) * 4 + g, 0]
                    for r in T.unroll(R):
                        # block byte 0 is byte 2 (blk % 2) of word (210 blk) / 4; run c (5 words, realigned to 4) at
                        # block bytes 64 h + 16 j (ql), 64 h + 32 + 16 j (ql), 128 + 32 h + 16 j (qh)
                        for c in T.unroll(3):
                            for k in T.unroll(5):
                                raw[c * 5 + k] = wq[jb * R + r, T.floordiv(blk * 210, 4) + T.floordiv(part, 2) * (16 - 8 * T.floordiv(c, 2))
                                                    + T.floormod(part, 2) * 4 + c * 8 + T.floordiv(c, 2) * 16 + k]
                        for k in T.unroll(3):  # the 8 scale bytes 192 + 8 h ..
                            raw[15 + k] = wq[jb * R + r, T.floordiv(blk * 210, 4) + 48 + T.floordiv(part, 2) * 2 + k]
                        for g in T.unroll(4):
                            for k in T.unroll(4):
                                # bits 0..3: ql run g % 2 (g >= 2: its high nibbles); bits 4, 5: qh >> 2 g
                                wd[k] = _i8_minus_32((T.shift_right(_realign(raw[T.floormod(g, 2) * 5 + k], raw[T.floormod(g, 2) * 5 + k + 1], T.Cast(
                                    "uint32", T.floormod(blk, 2) * 16)), T.Cast("uint32", T.floordiv(g, 2) * 4)) & m4) | (T.shift_left(T.shift_right(
                                        _realign(raw[10 + k], raw[11 + k], T.Cast("uint32", T.floormod(blk, 2) * 16)), T.Cast("uint32", g * 2)), T.uint32(4)) & m2))
                            ip[g] = dot(wd[0], lane(xv[g], 0)) + dot(wd[1], lane(xv[g], 1)) + dot(wd[2], lane(xv[g], 2)) + dot(wd[3], lane(xv[g], 3))
                        acc[r] = acc[r] + lane(halves(T.shift_right(wq[jb * R + r, T.floordiv(blk * 210, 4) + 52], T.Cast("uint32", T.floormod(blk, 2) * 16))), 0) * (
                            T.Cast("float32", _sc6(raw, 0, part, blk) * ip[0]) * xf[0] + T.Cast("float32", _sc6(raw, 1, part, blk) * ip[1]) * xf[1]
                            + T.Cast("float32", _sc6(raw, 2, part, blk) * ip[2]) * xf[2] + T.Cast("float32", _sc6(raw, 3, part, blk) * ip[3]) * xf[3])
            for r in T.unroll(R):
                red[r * TX + tx] = acc[r]
            T.tvm_storage_sync("shared")
            if tx < R * 8:  # row tx // 8, octet tx % 8
                acc[0] = T.float32(0)
                for o in T.unroll(TX // 8):
                    acc[0] = acc[0] + red[T.floordiv(tx, 8) * TX + T.floormod(tx, 8) * (TX // 8) + o]
                red8[tx] = acc[0]
            T.tvm_storage_sync("shared")
            if tx < R:
                acc[0] = T.float32(0)
                for o in T.unroll(8):
                    acc[0] = acc[0] + red8[tx * 8 + o]
                if has_residual:
                    out[i, jb * R + tx] = acc[0] + residual[i, jb * R + tx]
                else:
                    out[i, jb * R + tx] = acc[0]
            T.tvm_storage_sync("shared")

    return tir_variant(gemv8k_kernel, f"gemv8_{fmt}" + ("_add" if residual else ""), residual_h=has_residual)


# IQ4_NL's values (llama.cpp kvalues_iq4nl) as int8 bytes, 4 a u32 (value n: byte n % 4 of word n / 4)
IQ4_INT8_WORDS = [sum((IQ4_NL_VALUES[4 * w + b] & 255) << (8 * b) for b in range(4)) for w in range(4)]


def _iq4_value(n):
    """The int8 bits (0..255) of IQ4_NL_VALUES[n], n a u32 0..15, by selects over IQ4_INT8_WORDS."""
    word = T.Select(n < T.uint32(4), T.uint32(IQ4_INT8_WORDS[0]), T.Select(n < T.uint32(8), T.uint32(IQ4_INT8_WORDS[1]), T.Select(
        n < T.uint32(12), T.uint32(IQ4_INT8_WORDS[2]), T.uint32(IQ4_INT8_WORDS[3]))))
    return T.shift_right(word, (n & T.uint32(3)) * T.uint32(8)) & T.uint32(255)


def gemv8_iq4_xs(residual):
    """gemv8_kquant's product (same layout of the work: 64 invocations, GEMV8_ROWS rows, 4 items a 256-element
    block, the int8 activations loaded once for both rows) for GGUF's IQ4_XS blocks as stored (136 bytes = 34
    u32, aligned: word 0 f16 d | u16 scales_h, word 1 scales_l[4], words 2 + 4 ib .. 5 + 4 ib the 32 nibbles
    of sub-block ib). Item p of a block is sub-blocks 2p, 2p + 1; each nibble becomes its int8 IQ4_NL value
    through a 256-entry table in workgroup memory (a qs byte -> the values of its two nibbles at bytes 0 and 2,
    built once a workgroup), so a qs word gives the 4 low-nibble values (elements 4k ..) and the 4 high-nibble
    ones (16 + 4k ..) as two int8 x 4 words for dot4I8Packed; a sub-block adds d (ls - 32) dx dot."""
    R, TX, P = GEMV8_ROWS, GEMV8K_THREADS, GEMV8K_ITEMS
    has_residual = residual
    b2 = T.uint32(0x00FF00FF)

    def dot(a, b):
        return T.call_pure_extern("int32", "dot4I8Packed", a, b)

    def lane(v, k):
        return T.Shuffle([v], [k])

    def halves(word):  # the two f16 of a u32 as f32 (WGSL unpack2x16float: no shader-f16 needed)
        return T.call_pure_extern("float32x2", "unpack2x16float", word)

    def byte(word, m):
        return T.shift_right(word, T.uint32(8 * m)) & T.uint32(255)

    @T.jit
    def gemv8_iq4_xs_kernel(xq_h: T.handle, xs_h: T.handle, wq_h: T.handle, residual_h: T.Optional(T.handle), out_h: T.handle,
                            Nb: T.int32):
        n, N, Kb = T.int32(), T.int32(), T.int32()
        xq = T.match_buffer(xq_h, (n, Kb * 2), U4)
        xs = T.match_buffer(xs_h, (n, Kb, 2), "float32")
        wq = T.match_buffer(wq_h, (N, T.floordiv(Kb, 8) * 34), "uint32")
        if residual_h is not None:
            residual = T.match_buffer(residual_h, (n, N), "float32")
        out = T.match_buffer(out_h, (n, N), "float32")
        jb = T.launch_thread("blockIdx.x", Nb)
        tx = T.launch_thread("threadIdx.x", TX)
        red = T.alloc_buffer((R * TX,), "float32", scope="shared")
        red8 = T.alloc_buffer((R * 8,), "float32", scope="shared")
        table = T.alloc_buffer((256,), "uint32", scope="shared")  # qs byte b -> value(b & 15) | value(b >> 4) << 16
        xv = T.alloc_buffer((4,), U4, scope="local")  # the item's 64 int8 activations
        xf = T.alloc_buffer((2,), "float32", scope="local")  # their blocks' dx
        wd = T.alloc_buffer((6,), "uint32", scope="local")  # header, scales_l, a qs word, 2 packed value pairs
        ip = T.alloc_buffer((2,), "int32", scope="local")
        acc = T.alloc_buffer((R,), "float32", scope="local")
        for k in T.unroll(256 // TX):
            table[tx * (256 // TX) + k] = _iq4_value(T.Cast("uint32", tx * (256 // TX) + k) & T.uint32(15)) | T.shift_left(
                _iq4_value(T.shift_right(T.Cast("uint32", tx * (256 // TX) + k), T.uint32(4))), T.uint32(16))
        T.tvm_storage_sync("shared")
        for i in range(n):
            for r in T.unroll(R):
                acc[r] = T.float32(0)
            for bb in range(T.floordiv(T.floordiv(Kb, 8) * P - tx + TX - 1, TX)):
                blk = T.floordiv(bb * TX + tx, P)
                part = T.floormod(bb * TX + tx, P)
                for c in T.unroll(4):  # sub-block 2 part (xq vec4s 0, 1: elements 0..15, 16..31) and 2 part + 1 (2, 3)
                    xv[c] = xq[i, (blk * 8 + part * 2) * 2 + c]
                for s in T.unroll(2):
                    xf[s] = xs[i, blk * 8 + part * 2 + s, 0]
                for r in T.unroll(R):
                    wd[0] = wq[jb * R + r, blk * 34]
                    wd[1] = wq[jb * R + r, blk * 34 + 1]
                    for s in T.unroll(2):
                        ip[s] = T.int32(0)
                        for k in T.unroll(4):
                            wd[2] = wq[jb * R + r, blk * 34 + 2 + (part * 2 + s) * 4 + k]
                            # bytes 0, 1 (and 2, 3) of the word: their low-nibble values at bytes 0, 1 and high at 2, 3
                            wd[3] = (table[byte(wd[2], 0)] & b2) | T.shift_left(table[byte(wd[2], 1)] & b2, T.uint32(8))
                            wd[4] = (table[byte(wd[2], 2)] & b2) | T.shift_left(table[byte(wd[2], 3)] & b2, T.uint32(8))
                            ip[s] = ip[s] + dot((wd[3] & T.uint32(0xFFFF)) | T.shift_left(wd[4], T.uint32(16)), lane(xv[s * 2], k)) + dot(
                                T.shift_right(wd[3], T.uint32(16)) | (wd[4] & T.uint32(0xFFFF0000)), lane(xv[s * 2 + 1], k))
                    # sub-block 2 part + s: ls = (nibble s of scales_l byte part) | (bits 2 (2 part + s) of scales_h) << 4
                    acc[r] = acc[r] + lane(halves(wd[0]), 0) * (
                        T.Cast("float32", (T.Cast("int32", (T.shift_right(wd[1], T.Cast("uint32", part * 8)) & T.uint32(15)) | (
                            T.shift_right(wd[0], T.Cast("uint32", 16 + part * 4)) & T.uint32(3)) * T.uint32(16)) - 32) * ip[0]) * xf[0]
                        + T.Cast("float32", (T.Cast("int32", (T.shift_right(wd[1], T.Cast("uint32", part * 8 + 4)) & T.uint32(15)) | (
                            T.shift_right(wd[0], T.Cast("uint32", 18 + part * 4)) & T.uint32(3)) * T.uint32(16)) - 32) * ip[1]) * xf[1])
            for r in T.unroll(R):  # (gemv8_kquant's two-stage workgroup sum of the rows' partials)
                red[r * TX + tx] = acc[r]
            T.tvm_storage_sync("shared")
            if tx < R * 8:  # row tx // 8, octet tx % 8
                acc[0] = T.float32(0)
                for o in T.unroll(TX // 8):
                    acc[0] = acc[0] + red[T.floordiv(tx, 8) * TX + T.floormod(tx, 8) * (TX // 8) + o]
                red8[tx] = acc[0]
            T.tvm_storage_sync("shared")
            if tx < R:
                acc[0] = T.float32(0)
                for o in T.unroll(8):
                    acc[0] = acc[0] + red8[tx * 8 + o]
                if has_residual:
                    out[i, jb * R + tx] = acc[0] + residual[i, jb * R + tx]
                else:
                    out[i, jb * R + tx] = acc[0]
            T.tvm_storage_sync("shared")

    return tir_variant(gemv8_iq4_xs_kernel, "gemv8_iq4_xs" + ("_add" if residual else ""), residual_h=has_residual)


def _sc6(raw, g, part, blk):
    """q6_k: the int8 scale of group g of item `part` (sub-block 8 h + 2 g + j: byte 2 g + j of the 8 scale
    bytes in raw[15 .. 17], realigned)."""
    word = _realign(raw[15 + g // 2], raw[16 + g // 2], T.Cast("uint32", T.floormod(blk, 2) * 16))
    byte = T.Cast("int32", T.shift_right(word, T.Cast("uint32", (2 * (g % 2) + T.floormod(part, 2)) * 8)) & T.uint32(255))
    return (byte ^ 128) - 128
