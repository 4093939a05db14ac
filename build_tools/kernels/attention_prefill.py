"""A GPU prefill chunk's attention, tiled ("flash"): attn_prefill_gpu, attn_prefill_split_gpu."""

from tabllm.kernel_set import ATTN_PREFILL_MAX_HEAD_DIM
from tvm.script import tirx as T

from .common import NEG_INF
from .macros import V4, ml4, splat4, tir_variant, vsum4


# attn_prefill_gpu: a GPU prefill chunk's attention (f32 plan), tiled ("flash"): no [H, n, L] scores in memory
ATTN_PREFILL_THREADS = 128  # invocations per workgroup
ATTN_PREFILL_PARTS = 8  # invocations per query row, each owning every PARTS-th vec4 of the row's head dim
ATTN_PREFILL_KEYS = 8  # key positions per chunk (a multiple of 4): k and v rows staged in workgroup memory
ATTN_PREFILL_MAX_HD4 = ATTN_PREFILL_MAX_HEAD_DIM // 4  # head dim / 4 at most (larger heads: attn_scores_gpu, softmax_rows, attn_pv_gpu)


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
    TX, P, BK, MH4 = threads, parts, keys, ATTN_PREFILL_MAX_HD4
    R = TX // P  # query rows per workgroup
    SL = MH4 // P  # vec4s of a row per invocation
    LOADS = -(-BK * MH4 // TX)  # k (and v) vec4s per invocation per chunk at most
    assert TX % P == 0 and MH4 % P == 0 and BK % 4 == 0

    def d4(c, p, hd4):  # the head-dim vec4 of slot c of invocation part p, clamped (slots past hd4 have q = 0)
        return T.min(c * P + p, hd4 - 1)

    @T.jit
    def attn_prefill_kernel(q_h: T.handle, k_h: T.handle, v_h: T.handle, out_h: T.Optional(T.handle),
                            part_h: T.Optional(T.handle), pos0: T.int32, window: T.int32, scale: T.float32, gb: T.int32,
                            span: T.Optional(T.int32)):
        n, H, Hkv, hd4, C = T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
        q = T.match_buffer(q_h, (n, H, hd4), V4)
        k_cache = T.match_buffer(k_h, (Hkv, C, hd4), V4)
        v_cache = T.match_buffer(v_h, (Hkv, C, hd4), V4)
        if out_h is not None:
            out = T.match_buffer(out_h, (n, H, hd4), V4)
        if part_h is not None:
            Hn, Smax, P4 = T.int32(), T.int32(), T.int32()
            part = T.match_buffer(part_h, (Hn, Smax, P4), V4)  # [n H, splits, hd4 + 1]: attn_combine_gpu's input

        @T.inline
        def attend(t, first, last):
            # the rows of tile t (see the top) over the keys first .. last it sees: acc, st[0] (m), st[1] (l),
            # then out (or, split, part) for each row of the tile
            ks = T.alloc_buffer((BK * MH4,), V4, scope="shared")  # k rows j0 .. j0 + BK - 1, hd4 vec4s each
            vs = T.alloc_buffer((BK * MH4,), V4, scope="shared")
            dots = T.alloc_buffer((BK // 4 * TX,), V4, scope="shared")  # [key quad, invocation]: partial dots
            qr = T.alloc_buffer((SL,), V4, scope="local")  # q of this invocation's vec4s
            acc = T.alloc_buffer((SL,), V4, scope="local")  # sum_j exp(score_j - m) v_j of those vec4s
            dot = T.alloc_buffer((4,), V4, scope="local")
            sc = T.alloc_buffer((BK,), "float32", scope="local")  # the chunk's scores, then probabilities
            st = T.alloc_buffer((3,), "float32", scope="local")  # running max m, running sum l, new max
            kr = T.alloc_buffer((LOADS,), V4, scope="local")  # the next chunk's k / v vec4s of this invocation
            vr = T.alloc_buffer((LOADS,), V4, scope="local")
            bt = T.floordiv(R, gb)  # tokens per workgroup
            r = T.floordiv(tx, P)
            p = T.floormod(tx, P)
            h = b * gb + T.min(T.floordiv(r, bt), gb - 1)
            kvh = T.floordiv(b * gb, T.floordiv(H, Hkv))
            i = T.min(t * bt + T.floormod(r, bt), n - 1)  # this row's token (clamped)
            lo = T.max(T.max(pos0 + t * bt - window + 1, 0), first)  # the first key the tile's first token sees
            hi = T.min(pos0 + T.min(t * bt + bt, n) - 1, last)  # the last key of the tile's last token (>= 0)
            last_key = T.min(pos0 + i, hi)  # the last key this row sees (a span's last key, split)

            @T.inline
            def lane_score(j0, jq, u):
                # key j0 + 4 jq + u: lane u of the row's summed partials, scaled; the lowest f32 where not visible
                # (past last_key, or before the window)
                sc[jq * 4 + u] = T.Select(T.And(j0 + jq * 4 + u <= last_key, j0 + jq * 4 + u + window > pos0 + i),
                                          T.Shuffle([dot[0]], [u]) * scale, T.float32(NEG_INF))
                st[2] = T.max(st[2], sc[jq * 4 + u])

            @T.inline
            def load_chunk(first):  # kr, vr = the vec4s of k / v rows first .. first + BK - 1 this invocation stages
                for it in T.unroll(LOADS):
                    if it * TX + tx < BK * hd4:
                        kr[it] = k_cache[kvh, T.min(first + T.floordiv(it * TX + tx, hd4), hi), T.floormod(it * TX + tx, hd4)]
                        vr[it] = v_cache[kvh, T.min(first + T.floordiv(it * TX + tx, hd4), hi), T.floormod(it * TX + tx, hd4)]

            for c in T.unroll(SL):
                qr[c] = q[i, h, d4(c, p, hd4)] * splat4(T.Cast("float32", c * P + p < hd4))
                acc[c] = splat4(T.float32(0))
            st[0] = T.float32(NEG_INF)
            st[1] = T.float32(0)
            # a chunk's k and v rows are consecutive vec4s of the caches (rows past hi clamped, masked below),
            # loaded into registers one chunk ahead: the loads of chunk ch + 1 are in flight while chunk ch is
            # computed (a workgroup or two per SM cannot hide their latency otherwise)
            load_chunk(lo)
            for ch in range(T.floordiv(T.max(hi - lo + BK, 0), BK)):  # (none where hi < lo: a split past the tile)
                j0 = lo + ch * BK
                for it in T.unroll(LOADS):
                    if it * TX + tx < BK * hd4:
                        ks[it * TX + tx] = kr[it]
                        vs[it * TX + tx] = vr[it]
                T.tvm_storage_sync("shared")
                load_chunk(j0 + BK)  # (after the last chunk: rows clamped to hi, unused)
                for jq in T.unroll(BK // 4):
                    for u in T.unroll(4):
                        dot[u] = splat4(T.float32(0))
                        for c in T.unroll(SL):
                            dot[u] = dot[u] + qr[c] * ks[(jq * 4 + u) * hd4 + d4(c, p, hd4)]
                    dots[jq * TX + tx] = T.Shuffle([splat4(vsum4(dot[0])), splat4(vsum4(dot[1])), splat4(vsum4(dot[2])),
                                                    splat4(vsum4(dot[3]))], [0, 4, 8, 12])
                T.tvm_storage_sync("shared")
                st[2] = st[0]
                for jq in T.unroll(BK // 4):
                    dot[0] = splat4(T.float32(0))
                    for pp in T.unroll(P):
                        dot[0] = dot[0] + dots[jq * TX + r * P + pp]
                    lane_score(j0, jq, 0)
                    lane_score(j0, jq, 1)
                    lane_score(j0, jq, 2)
                    lane_score(j0, jq, 3)
                # online softmax: rescale by exp(m_old - m_new) (both the lowest f32 while nothing was visible:
                # a factor 1 on sums of 0), then the chunk's probabilities (exactly 0 where not visible)
                st[1] = st[1] * T.exp(st[0] - st[2])
                for c in T.unroll(SL):
                    acc[c] = acc[c] * splat4(T.exp(st[0] - st[2]))
                st[0] = st[2]
                for jj in T.unroll(BK):
                    sc[jj] = T.Select(T.And(j0 + jj <= last_key, j0 + jj + window > pos0 + i), T.exp(sc[jj] - st[0]), T.float32(0))
                    st[1] = st[1] + sc[jj]
                    for c in T.unroll(SL):
                        acc[c] = acc[c] + splat4(sc[jj]) * vs[jj * hd4 + d4(c, p, hd4)]
                T.tvm_storage_sync("shared")  # before the next chunk overwrites ks, vs, dots
            if t * bt + T.floormod(r, bt) < n and r < gb * bt:  # a row of the tile (not padding)
                if split:  # split s of row (i, h): the unnormalized sums, then (m, l, 0, 0) (attn_combine_gpu's input)
                    for c in T.unroll(SL):
                        if c * P + p < hd4:
                            part[i * H + h, s, c * P + p] = acc[c]
                    if p == 0:
                        part[i * H + h, s, hd4] = ml4(st[0], st[1])
                else:  # out[i, h] = the normalized sums
                    for c in T.unroll(SL):
                        if c * P + p < hd4:
                            out[i, h, c * P + p] = acc[c] / splat4(st[1])

        b = T.launch_thread("blockIdx.x", T.floordiv(H, gb))
        if split:
            y = T.launch_thread("blockIdx.y", T.floordiv(n + T.floordiv(R, gb) - 1, T.floordiv(R, gb)) * T.floordiv(
                pos0 + n + span - 1, span))
            tx = T.launch_thread("threadIdx.x", TX)
            s = T.floormod(y, T.floordiv(pos0 + n + span - 1, span))  # split s: keys s span .. s span + span - 1
            attend(T.floordiv(y, T.floordiv(pos0 + n + span - 1, span)), s * span, s * span + span - 1)
        else:
            t = T.launch_thread("blockIdx.y", T.floordiv(n + T.floordiv(R, gb) - 1, T.floordiv(R, gb)))
            tx = T.launch_thread("threadIdx.x", TX)
            attend(t, 0, pos0 + n)

    return tir_variant(attn_prefill_kernel, name or ("attn_prefill_split_gpu" if split else "attn_prefill_gpu"),
                       out_h=not split, part_h=split, span=split)
