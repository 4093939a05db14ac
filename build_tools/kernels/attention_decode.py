"""A GPU decode step's attention, fused with RoPE: attn_decode_rope*_gpu, attn_split*_gpu, attn_combine*_gpu."""

from tabllm.kernel_set import ATTN_MAX_HEAD_DIM, ATTN_SPLIT_GROUP, ATTN_SPLIT_SCORES, ATTN_SPLIT_THREADS
from tvm.script import tirx as T

from .common import NEG_INF
from .macros import V4, ml4, splat4, tir_module, tir_variant, vmax4, vsum4, workgroup_max, workgroup_sum
from .quant import _pack_vec4_i8


# attn_decode_rope_gpu: a GPU decode step's attention for short contexts (lowering.py ATTN_DECODE_SPLIT_BYTES;
# longer: attn_decode_rope_split_gpu + attn_combine*_gpu, which spread the positions over workgroups but take two
# dispatches)
ATTN_THREADS = 256  # invocations per workgroup of attn_decode_rope_gpu (its reductions: 16 x 16)
ATTN_CHUNK = 1024  # scores held in workgroup memory at a time (4 KiB)
ATTN_FUSED_MAX_HD4 = ATTN_MAX_HEAD_DIM // 4  # head dim / 4 at most (head dim 256)
ATTN_SCORE_LOADS = 4  # vec4 of a k row per invocation in the scores (hd4 a multiple of it)
ATTN_PV_ROWS = 8  # v rows in flight per invocation in p @ v


def _rope_last(qkv, cos, sin, L, at, partner, c, first_half):
    """Vec4 at of qkv [1, W4] rotated (rotate_half RoPE) at position L - 1: partner is the vec4 it pairs with
    (d4 +- hd4 / 2), c its column of the cos / sin tables, first_half where the partner's sign is minus."""
    sign = splat4(T.Select(first_half, T.float32(-1), T.float32(1)))
    return qkv[0, at] * cos[L - 1, c] + sign * qkv[0, partner] * sin[L - 1, c]


@T.macro
def _quantize_head_row(acc, ov, red, st, xq, xs, tx, h, hd4, hb):
    """The q8 output of attn_decode_rope_q8_gpu and attn_combine_q8_gpu: head h's output row, vec4 tx of it in
    acc[0] of invocation tx < hd4, as act_q8_* writes its rows: int8 blocks of 32 into xq [1, H hd4] u32 and
    xs [1, H hb, 2] = (d, d * sum(q)), d = max|v| / 127. ov: workgroup vec4 [hd4], red: workgroup f32 [hd4],
    st: local f32 [3]."""
    # the row into ov, red[t] = max|v| over vec4 t; a block of 32 is 8 vec4: act_q8_*'s arithmetic per block
    if tx < hd4:
        ov[tx] = acc[0]
        acc[0] = T.abs(acc[0])
        red[tx] = vmax4(acc[0])
    T.tvm_storage_sync("shared")
    if tx < hd4:
        st[2] = red[T.floordiv(tx, 8) * 8]
        for o in T.unroll(7):
            st[2] = T.max(st[2], red[T.floordiv(tx, 8) * 8 + 1 + o])
        st[0] = T.Select(st[2] > T.float32(0), T.float32(127) / st[2], T.float32(0))  # 127 / max|v|
        acc[0] = T.round(ov[tx] * splat4(st[0]))
        xq[0, h * hd4 + tx] = _pack_vec4_i8(acc[0])  # 4 int8 a u32
        st[1] = vsum4(acc[0])
    T.tvm_storage_sync("shared")
    if tx < hd4:
        red[tx] = st[1]
    T.tvm_storage_sync("shared")
    if tx < T.floordiv(hd4, 8):  # one invocation per block: (d, d * sum(q)), max|v| again from ov
        st[2] = T.float32(0)
        st[0] = T.float32(0)
        for o in T.unroll(8):
            acc[0] = T.abs(ov[tx * 8 + o])
            st[2] = T.max(st[2], vmax4(acc[0]))
            st[0] = st[0] + red[tx * 8 + o]
        xs[0, h * hb + tx, 0] = st[2] / T.float32(127)
        xs[0, h * hb + tx, 1] = st[2] / T.float32(127) * st[0]


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
    TX, B, SL, PV, HD4MAX = ATTN_THREADS, ATTN_CHUNK, ATTN_SCORE_LOADS, ATTN_PV_ROWS, ATTN_FUSED_MAX_HD4
    PER = B // TX  # positions per invocation per chunk
    split_kernel = split  # (in the kernel, split is the uniform)

    @T.jit
    def attn_decode_rope_kernel(qkv_h: T.handle, cos_h: T.handle, sin_h: T.handle, k_h: T.handle, v_h: T.handle,
                                part_h: T.Optional(T.handle), xq_h: T.Optional(T.handle), xs_h: T.Optional(T.handle),
                                out_h: T.Optional(T.handle), L: T.int32, window: T.int32, scale: T.float32, H: T.int32,
                                Hkv: T.int32, split: T.Optional(T.int32), hb: T.Optional(T.int32)):
        hd4, C, W4, half4 = T.int32(), T.int32(), T.int32(), T.int32()
        qkv = T.match_buffer(qkv_h, (1, W4), V4)  # [q heads | k heads | v heads] of hd4 vec4 each
        cos = T.match_buffer(cos_h, (C, half4), V4)
        sin = T.match_buffer(sin_h, (C, half4), V4)
        k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
        v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
        if part_h is not None:
            Smax, P4 = T.int32(), T.int32()
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
        if xq_h is not None:
            XQ4, XB = T.int32(), T.int32()
            xq = T.match_buffer(xq_h, (1, XQ4), "uint32")  # H hd4 of them in use
            xs = T.match_buffer(xs_h, (1, XB, 2), "float32")  # H hb
        if out_h is not None:
            out = T.match_buffer(out_h, (H, hd4), V4)
        h = T.launch_thread("blockIdx.x", H)
        if split_kernel:
            s = T.launch_thread("blockIdx.y", T.floordiv(T.min(L, window) + split - 1, split))
            span = split
        else:
            s = 0
            span = window  # one workgroup a head: lo + window >= L
        tx = T.launch_thread("threadIdx.x", TX)
        qs = T.alloc_buffer((HD4MAX,), "float32x4", scope="shared")  # q[h], rotated
        ks = T.alloc_buffer((HD4MAX,), "float32x4", scope="shared")  # k, v of this KV head at position L - 1
        vs = T.alloc_buffer((HD4MAX,), "float32x4", scope="shared")
        sc = T.alloc_buffer((B,), "float32", scope="shared")
        red = T.alloc_buffer((TX,), "float32", scope="shared")
        red16 = T.alloc_buffer((16,), "float32", scope="shared")
        sums = T.alloc_buffer((TX,), "float32x4", scope="shared")
        dot = T.alloc_buffer((PER,), "float32x4", scope="local")
        acc = T.alloc_buffer((1,), "float32x4", scope="local")
        st = T.alloc_buffer((3,), "float32", scope="local")
        if q8_out:
            ov = T.alloc_buffer((HD4MAX,), "float32x4", scope="shared")  # the head's output row
        kvh = T.floordiv(h, T.floordiv(H, Hkv))
        if tx < hd4:
            # rotate_half RoPE at position L - 1: vec4 tx pairs with tx +- hd4 / 2 (sign - in the first half)
            qs[tx] = _rope_last(qkv, cos, sin, L, h * hd4 + tx, h * hd4 + T.floormod(tx + half4, hd4), T.floormod(tx, half4),
                                tx < half4)
            ks[tx] = _rope_last(qkv, cos, sin, L, (H + kvh) * hd4 + tx, (H + kvh) * hd4 + T.floormod(tx + half4, hd4),
                                T.floormod(tx, half4), tx < half4)
            vs[tx] = qkv[0, (H + Hkv + kvh) * hd4 + tx]
            # one writer per KV head: its first query head, in the split holding L - 1
            if T.floormod(h, T.floordiv(H, Hkv)) == 0 and T.max(L - window, 0) + (s + 1) * span >= L:
                k_cache[kvh, L - 1, tx] = ks[tx]
                v_cache[kvh, L - 1, tx] = vs[tx]
        T.tvm_storage_sync("shared")
        # attend: position L - 1 (ks / vs) is added after the chunks (the cache rows of the chunks are read as
        # they are)
        st[0] = T.float32(NEG_INF)
        st[1] = T.float32(0)
        acc[0] = splat4(T.float32(0))
        lo = T.max(L - window, 0)  # the first visible position
        a = lo + s * span  # this workgroup's positions: a .. e - 1 from the caches (and L - 1 if its split holds it)
        e = T.min(a + span, L - 1)
        lanes = T.floordiv(TX, hd4)
        lane = T.floordiv(tx, hd4)
        dg = T.floormod(tx, hd4)
        G = T.floordiv(hd4, SL)  # invocations per k row in the scores, npos rows side by side
        npos = T.floordiv(TX, G)
        gk = T.floormod(tx, G)
        pk = T.min(T.floordiv(tx, G), npos - 1)
        for ch in range(T.floordiv(e - a + B - 1, B)):
            j0 = a + ch * B
            cnt = T.min(B, e - j0)  # positions in this chunk
            # scores, in rounds of 4 P positions: G = hd4 / SL invocations share a position's k row (invocation
            # (p, g) reads its vec4 g, g + G, ...: a warp reads whole rows, consecutive 16-byte pieces), each with
            # SL loads for each of 4 positions in flight; the G partial dot products meet in workgroup memory
            # (sums). One invocation per row read a warp's 32 rows 16 bytes apart: 32 cache lines per load
            # (H200: 31 us a layer for the 8B at 600 positions).
            st[2] = T.float32(NEG_INF)
            for r in range(T.floordiv(cnt + npos * 4 - 1, npos * 4)):
                for u in T.unroll(4):
                    dot[u] = splat4(T.float32(0))
                for d in T.unroll(SL):
                    for u in T.unroll(4):
                        # clamped past the chunk: in bounds, masked below
                        dot[u] = dot[u] + qs[d * G + gk] * k_cache[kvh, j0 + T.min(r * npos * 4 + u * npos + pk, cnt - 1), d * G + gk]
                sums[gk * npos + pk] = T.Shuffle([vsum4(dot[0]), vsum4(dot[1]), vsum4(dot[2]), vsum4(dot[3])], [0, 1, 2, 3])
                T.tvm_storage_sync("shared")
                if tx < npos:  # invocation p adds up the G partial sums of its 4 positions
                    dot[0] = splat4(T.float32(0))
                    for gg in range(G):
                        dot[0] = dot[0] + sums[gg * npos + tx]
                    for u in T.unroll(4):
                        if r * npos * 4 + u * npos + tx < cnt:
                            sc[r * npos * 4 + u * npos + tx] = T.Shuffle([dot[0]], [u]) * scale
                            st[2] = T.max(st[2], T.Shuffle([dot[0]], [u]) * scale)
                T.tvm_storage_sync("shared")
            workgroup_max(st[2], st, red, red16, tx, at=2, sync=False)
            st[2] = T.max(st[0], st[2])  # the new running max (finite: the chunk has a position)
            T.tvm_storage_sync("shared")
            acc[0] = acc[0] * splat4(T.exp(st[0] - st[2]))
            st[1] = st[1] * T.exp(st[0] - st[2])
            st[0] = st[2]
            st[2] = T.float32(0)
            for u in T.unroll(PER):
                sc[u * TX + tx] = T.Select(u * TX + tx < cnt, T.exp(sc[u * TX + tx] - st[0]), T.float32(0))
                st[2] = st[2] + sc[u * TX + tx]
            workgroup_sum(st[2], st, red, red16, tx, at=2, sync=False, from_zero=True)  # (its syncs also publish sc)
            st[1] = st[1] + st[2]
            if lane < lanes:
                for t in range(T.floordiv(cnt + lanes * PV - 1, lanes * PV)):  # PV v rows in flight
                    for u in T.unroll(PV):
                        # past the chunk: clamped, times a zero probability
                        acc[0] = acc[0] + splat4(sc[T.min((t * PV + u) * lanes + lane, cnt - 1)] * T.Cast(
                            "float32", (t * PV + u) * lanes + lane < cnt
                        )) * v_cache[kvh, j0 + T.min((t * PV + u) * lanes + lane, cnt - 1), dg]
            T.tvm_storage_sync("shared")  # before the next chunk overwrites sc and red
        if a + span >= L:  # position L - 1: one more online-softmax step, k and v from workgroup memory
            dot[0] = splat4(T.float32(0))
            for d4 in range(hd4):
                dot[0] = dot[0] + qs[d4] * ks[d4]
            st[2] = T.max(st[0], vsum4(dot[0]) * scale)
            acc[0] = acc[0] * splat4(T.exp(st[0] - st[2])) + splat4(
                T.exp(vsum4(dot[0]) * scale - st[2]) * T.Cast("float32", lane == 0)) * vs[T.min(dg, hd4 - 1)]
            st[1] = st[1] * T.exp(st[0] - st[2]) + T.exp(vsum4(dot[0]) * scale - st[2])
            st[0] = st[2]
        sums[tx] = acc[0]
        T.tvm_storage_sync("shared")
        if tx < hd4:
            acc[0] = splat4(T.float32(0))
            for ln in range(lanes):
                acc[0] = acc[0] + sums[ln * hd4 + tx]
            if split_kernel:  # the unnormalized partial and (m, l) for attn_combine_gpu
                part[h, s, tx] = acc[0]
                if tx == 0:
                    part[h, s, hd4] = ml4(st[0], st[1])
            elif q8_out:
                acc[0] = acc[0] / splat4(st[1])  # (quantized below)
            else:
                out[h, tx] = acc[0] / splat4(st[1])
        if q8_out:
            _quantize_head_row(acc, ov, red, st, xq, xs, tx, h, hd4, hb)

    name = "attn_decode_rope_split_gpu" if split else "attn_decode_rope_q8_gpu" if q8_out else "attn_decode_rope_gpu"
    return tir_variant(attn_decode_rope_kernel, name, part_h=split, xq_h=q8_out, xs_h=q8_out, out_h=not (split or q8_out),
                       split=split, hb=q8_out)


# ATTN_SPLIT_THREADS (invocations per workgroup of attn_split*_gpu), ATTN_SPLIT_SCORES (scores in workgroup
# memory: gb * split at most; the plan picks split and gb) and ATTN_SPLIT_GROUP (query heads of one KV head per
# workgroup at most) come from tabllm.kernel_set: the runtime's choices obey them
ATTN_SPLIT_MAX_HD4 = ATTN_MAX_HEAD_DIM // 4  # head dim / 4 at most: q, k, v rows in workgroup memory
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
    TX, NS, GM = ATTN_SPLIT_THREADS, ATTN_SPLIT_SCORES, ATTN_SPLIT_GROUP
    R = 8  # scores per invocation in the first stage of a head's max / sum (split / 8 partials per head)
    U = ATTN_SPLIT_UNROLL
    assert NS // R <= TX and ATTN_SPLIT_MAX_HD4 <= TX
    last = 1 if rope else 0  # the cache row L - 1 is not read: its k and v come from workgroup memory

    def m_of(v):  # a (max, sum) pair's max
        return T.Shuffle([v], [0])

    def l_of(v):  # and its sum
        return T.Shuffle([v], [1])

    @T.macro
    def split_kernel(k_cache, v_cache, part, L, window, scale, H, Hkv, gb, split, hd4, q=None, qkv=None, cos=None,
                     sin=None, half4=None):
        # the kernel after its signature (attn_split_gpu's H, Hkv are q's and the caches' dims,
        # attn_split_rope_gpu's uniforms): q of the gb heads into qs (rotated, with ks / vs, from qkv), then attend
        b = T.launch_thread("blockIdx.x", T.floordiv(H, gb))
        s = T.launch_thread("blockIdx.y", T.floordiv(T.min(L, window) + split - 1, split))
        tx = T.launch_thread("threadIdx.x", TX)
        qs = T.alloc_buffer((TX,), V4, scope="shared")  # q of the gb heads (gb * hd4 <= TX), rotated with rope
        if rope:
            ks = T.alloc_buffer((ATTN_SPLIT_MAX_HD4,), V4, scope="shared")  # k, v of this KV head at L - 1
            vs = T.alloc_buffer((ATTN_SPLIT_MAX_HD4,), V4, scope="shared")
        sc = T.alloc_buffer((NS,), "float32", scope="shared")  # scores, then exp(score - m)
        red = T.alloc_buffer((NS // R,), V4, scope="shared")  # first-stage (max, sum) per head
        sums = T.alloc_buffer((TX,), V4, scope="shared")  # the lanes' p @ v sums of one head
        dot = T.alloc_buffer((U,), V4, scope="local")  # sums of the dot product; then v rows
        acc = T.alloc_buffer((GM,), V4, scope="local")  # p @ v of vec4 dg, per head
        st = T.alloc_buffer((2,), "float32", scope="local")
        g0 = b * gb
        kvh = T.floordiv(g0, T.floordiv(H, Hkv))
        if rope:
            # rotate_half RoPE at position L - 1: vec4 d4 pairs with d4 +- hd4 / 2 (sign - in the first half)
            if tx < gb * hd4:
                qs[tx] = _rope_last(qkv, cos, sin, L, g0 * hd4 + tx, (g0 + T.floordiv(tx, hd4)) * hd4 + T.floormod(
                    T.floormod(tx, hd4) + half4, hd4), T.floormod(tx, half4), T.floormod(tx, hd4) < half4)
            if tx < hd4:
                ks[tx] = _rope_last(qkv, cos, sin, L, (H + kvh) * hd4 + tx, (H + kvh) * hd4 + T.floormod(tx + half4, hd4),
                                    T.floormod(tx, half4), tx < half4)
                vs[tx] = qkv[0, (H + Hkv + kvh) * hd4 + tx]
                # one writer per KV head: its first head block, in the split holding L - 1
                if T.floormod(g0, T.floordiv(H, Hkv)) == 0 and T.max(L - window, 0) + (s + 1) * split >= L:
                    k_cache[kvh, L - 1, tx] = ks[tx]
                    v_cache[kvh, L - 1, tx] = vs[tx]
        else:
            if tx < gb * hd4:
                qs[tx] = q[g0 + T.floordiv(tx, hd4), T.floormod(tx, hd4)]
        T.tvm_storage_sync("shared")
        # attend: with rope, ks / vs (k and v of position L - 1) stand in for the cache row L - 1
        lo = T.max(L - window, 0)
        j0 = lo + s * split
        cnt = T.min(split, L - j0)  # positions of this split (>= 1)
        ncache = cnt - T.Cast("int32", j0 + cnt == L) * last  # of them read from the caches
        rb = T.floordiv(split, R)  # first-stage partials of a head's max / sum
        # scores (masked past the split)
        for it in range(T.floordiv(gb * split + TX - 1, TX)):
            if it * TX + tx < gb * split:
                for u in T.unroll(U):
                    dot[u] = splat4(T.float32(0))
                if T.floormod(it * TX + tx, split) < ncache:
                    # U independent loads (and sums) at a time, then the hd4 % U left
                    for d in range(T.floordiv(hd4, U)):
                        for u in T.unroll(U):
                            dot[u] = dot[u] + qs[T.floordiv(it * TX + tx, split) * hd4 + d * U + u] * k_cache[
                                kvh, j0 + T.floormod(it * TX + tx, split), d * U + u]
                    for d in range(T.floormod(hd4, U)):
                        dot[0] = dot[0] + qs[T.floordiv(it * TX + tx, split) * hd4 + hd4 - 1 - d] * k_cache[
                            kvh, j0 + T.floormod(it * TX + tx, split), hd4 - 1 - d]
                elif rope:
                    for d4 in range(hd4):
                        dot[0] = dot[0] + qs[T.floordiv(it * TX + tx, split) * hd4 + d4] * ks[d4]
                for u in T.unroll(U - 1):
                    dot[0] = dot[0] + dot[u + 1]
                sc[it * TX + tx] = T.Select(T.floormod(it * TX + tx, split) < cnt, vsum4(dot[0]) * scale, T.float32(NEG_INF))
        T.tvm_storage_sync("shared")
        # max per head: R scores per invocation into red (.x), then each pair's head reads its split / R partials
        if tx < gb * rb:
            st[0] = sc[tx * R]
            for o in T.unroll(R - 1):
                st[0] = T.max(st[0], sc[tx * R + 1 + o])
            red[tx] = splat4(st[0])
        T.tvm_storage_sync("shared")
        for it in range(T.floordiv(gb * split + TX - 1, TX)):
            if it * TX + tx < gb * split:
                st[0] = m_of(red[T.floordiv(it * TX + tx, split) * rb])
                for o in range(rb - 1):
                    st[0] = T.max(st[0], m_of(red[T.floordiv(it * TX + tx, split) * rb + 1 + o]))
                sc[it * TX + tx] = T.exp(sc[it * TX + tx] - st[0])  # masked: exactly 0
        T.tvm_storage_sync("shared")
        if tx < gb * rb:  # sums per head likewise, into red (.y; the second stage when writing)
            st[0] = T.float32(0)
            for o in T.unroll(R):
                st[0] = st[0] + sc[tx * R + o]
            red[tx] = ml4(m_of(red[tx]), st[0])
        # p @ v
        lanes = T.floordiv(TX, hd4)
        lane = T.floordiv(tx, hd4)
        dg = T.floormod(tx, hd4)
        for g in T.unroll(GM):
            acc[g] = splat4(T.float32(0))
        if lane < lanes:
            for t in range(T.floordiv(cnt + lanes * U - 1, lanes * U)):
                for u in T.unroll(U):  # U positions' v rows loaded, then summed (past the split: 0)
                    dot[u] = splat4(T.float32(0))
                    if (t * U + u) * lanes + lane < ncache:
                        dot[u] = v_cache[kvh, j0 + (t * U + u) * lanes + lane, dg]
                    elif rope and (t * U + u) * lanes + lane < cnt:
                        dot[u] = vs[dg]
                for u in T.unroll(U):
                    for g in T.unroll(GM):
                        if g < gb:
                            acc[g] = acc[g] + splat4(sc[g * split + T.min((t * U + u) * lanes + lane, split - 1)]) * dot[u]
        for g in T.unroll(GM):
            if g < gb:
                sums[tx] = acc[g]
                T.tvm_storage_sync("shared")  # (the first also publishes red)
                if tx < hd4:
                    acc[g] = splat4(T.float32(0))
                    for ln in range(lanes):
                        acc[g] = acc[g] + sums[ln * hd4 + tx]
                    part[g0 + g, s, tx] = acc[g]
                if tx == hd4:
                    st[0] = m_of(red[g * rb])
                    st[1] = l_of(red[g * rb])
                    for o in range(rb - 1):
                        st[0] = T.max(st[0], m_of(red[g * rb + 1 + o]))
                        st[1] = st[1] + l_of(red[g * rb + 1 + o])
                    part[g0 + g, s, hd4] = ml4(st[0], st[1])
                T.tvm_storage_sync("shared")  # before the next head overwrites sums

    # TVMScript needs the parameters spelled out, and H, Hkv are dims of q in one, uniforms in the other
    if rope:
        @T.prim_func
        def attn_split_kernel(qkv_h: T.handle, cos_h: T.handle, sin_h: T.handle, k_h: T.handle, v_h: T.handle, part_h: T.handle,
                              L: T.int32, window: T.int32, scale: T.float32, H: T.int32, Hkv: T.int32, gb: T.int32,
                              split: T.int32):
            hd4, C, W4, half4, Smax, P4 = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            qkv = T.match_buffer(qkv_h, (1, W4), V4)  # [q heads | k heads | v heads] of hd4 vec4 each
            cos = T.match_buffer(cos_h, (C, half4), V4)
            sin = T.match_buffer(sin_h, (C, half4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            part = T.match_buffer(part_h, (H, Smax, P4), V4)
            split_kernel(k_cache, v_cache, part, L, window, scale, H, Hkv, gb, split, hd4, qkv=qkv, cos=cos, sin=sin, half4=half4)
    else:
        @T.prim_func
        def attn_split_kernel(q_h: T.handle, k_h: T.handle, v_h: T.handle, part_h: T.handle, L: T.int32, window: T.int32,
                              scale: T.float32, gb: T.int32, split: T.int32):
            H, Hkv, hd4, C, Smax, P4 = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            q = T.match_buffer(q_h, (H, hd4), V4)
            k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
            v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
            split_kernel(k_cache, v_cache, part, L, window, scale, H, Hkv, gb, split, hd4, q=q)
    return tir_module("attn_split_rope_gpu" if rope else "attn_split_gpu", attn_split_kernel)


def attn_combine(q8_out=False):
    """attn_combine_gpu: the partials of attn_split*_gpu -> out[h, :] = sum_s exp(m_s - M) o_s /
    sum_s exp(m_s - M) l_s, M = max_s m_s, over the S = ceil(min(L, window) / split) splits. One
    workgroup per head, invocations as (lane, dg): vec4 dg of the head, lanes = threads / hd4 splits
    side by side, each lane merging its splits with a running max; the lanes merged at the end.
    q8_out (attn_combine_q8_gpu): the output row as int8 blocks of 32 for a gemv8_* o product, as
    attn_decode_rope_q8_gpu writes it (xq [1, H hd4] u32, xs [1, H hb, 2]; hd a multiple of 32)."""
    TX, HD4MAX = ATTN_COMBINE_THREADS, ATTN_FUSED_MAX_HD4

    @T.macro
    def combine(part, L, window, split, H, hd4, out=None, xq=None, xs=None, hb=None):
        # the kernel after its signature (hd4 is out's dim in attn_combine_gpu, a uniform in attn_combine_q8_gpu)
        h = T.launch_thread("blockIdx.x", H)
        tx = T.launch_thread("threadIdx.x", TX)
        if q8_out:
            ov = T.alloc_buffer((HD4MAX,), "float32x4", scope="shared")  # the head's output row
            red = T.alloc_buffer((HD4MAX,), "float32", scope="shared")  # max|v| per vec4, then sums
        ms = T.alloc_buffer((TX,), "float32", scope="shared")  # per (lane, dg): running max, sum, output
        ls = T.alloc_buffer((TX,), "float32", scope="shared")
        sums = T.alloc_buffer((TX,), "float32x4", scope="shared")
        acc = T.alloc_buffer((1,), "float32x4", scope="local")
        ml = T.alloc_buffer((1,), "float32x4", scope="local")
        st = T.alloc_buffer((3,), "float32", scope="local")  # running max, running sum, new max
        nsplit = T.floordiv(T.min(L, window) + split - 1, split)
        lanes = T.floordiv(TX, hd4)
        lane = T.floordiv(tx, hd4)
        st[0] = T.float32(NEG_INF)
        st[1] = T.float32(0)
        acc[0] = splat4(T.float32(0))
        if lane < lanes:
            for t in range(T.floordiv(nsplit + lanes - 1, lanes)):
                if t * lanes + lane < nsplit:
                    ml[0] = part[h, t * lanes + lane, hd4]
                    st[2] = T.max(st[0], T.Shuffle([ml[0]], [0]))
                    acc[0] = acc[0] * splat4(T.exp(st[0] - st[2])) + part[h, t * lanes + lane, T.floormod(tx, hd4)] * splat4(
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
            acc[0] = splat4(T.float32(0))
            st[1] = T.float32(0)
            for ln in range(lanes):  # a lane without splits: max lowest f32, weight exactly 0
                acc[0] = acc[0] + sums[ln * hd4 + tx] * splat4(T.exp(ms[ln * hd4 + tx] - st[2]))
                st[1] = st[1] + ls[ln * hd4 + tx] * T.exp(ms[ln * hd4 + tx] - st[2])
            if q8_out:
                acc[0] = acc[0] / splat4(st[1])  # (quantized below)
            else:
                out[h, tx] = acc[0] / splat4(st[1])
        if q8_out:
            _quantize_head_row(acc, ov, red, st, xq, xs, tx, h, hd4, hb)

    if q8_out:
        @T.prim_func
        def attn_combine_kernel(part_h: T.handle, xq_h: T.handle, xs_h: T.handle, L: T.int32, window: T.int32,
                                split: T.int32, hd4: T.int32, hb: T.int32):
            H, Smax, P4, XQ4, XB = T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
            xq = T.match_buffer(xq_h, (1, XQ4), "uint32")  # H hd4 of them in use
            xs = T.match_buffer(xs_h, (1, XB, 2), "float32")  # H hb
            combine(part, L, window, split, H, hd4, xq=xq, xs=xs, hb=hb)
    else:
        @T.prim_func
        def attn_combine_kernel(part_h: T.handle, out_h: T.handle, L: T.int32, window: T.int32, split: T.int32):
            H, Smax, P4, hd4 = T.int32(), T.int32(), T.int32(), T.int32()
            part = T.match_buffer(part_h, (H, Smax, P4), V4)  # P4 = hd4 + 1
            out = T.match_buffer(out_h, (H, hd4), V4)
            combine(part, L, window, split, H, hd4, out=out)
    return tir_module("attn_combine_q8_gpu" if q8_out else "attn_combine_gpu", attn_combine_kernel)
