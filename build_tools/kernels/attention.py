"""Attention in separate steps (any device): rope_qkv, attn_scores(_gpu), softmax_rows, attn_pv(_gpu)."""

from tvm import te, tirx as tir
import tvm.s_tir.dlight as dl
from tvm.script import tirx as T

from .common import (F32, NEG_INF, THREADS, _dlight, _f16_suffix, _one_per_invocation, _prim_func, _schedule,
                     _schedule_elementwise, _store_after, _stored, _var)
from .macros import tir_module


def rope_qkv(dtype=F32):
    """RoPE and the KV-cache append in one dispatch: over (n, H + Hkv, hd), heads h < H write the rotated query
    q[n, H, hd]; the others the rotated key and the value of KV head h - H into the caches at pos0 + i.
    dtype: storage of qkv, q and the caches (the rotation is computed in f32)."""
    def f32(v):  # a load widened to f32 (no cast at all when stored as f32)
        return v.astype(F32)

    def stored(v):
        return v.astype(dtype)

    def rotated(qkv, cos, sin, pos, i, at, d, half):
        # element d of the head at column `at` of qkv row i, rotated with its rotate_half partner at position pos
        c = T.Select(d < half, d, d - half)  # its column of the cos / sin tables
        return f32(qkv[i, at + d]) * cos[pos, c] + T.Select(
            d < half, f32(qkv[i, at + d + half]) * T.float32(-1), f32(qkv[i, at + d - half])) * sin[pos, c]

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
                    q[vi, vh, vd] = stored(rotated(qkv, cos, sin, pos0 + vi, vi, vh * hd, vd, half))
                else:
                    k_cache[vh - H, pos0 + vi, vd] = stored(rotated(qkv, cos, sin, pos0 + vi, vi, vh * hd, vd, half))
                    v_cache[vh - H, pos0 + vi, vd] = qkv[vi, (vh + Hkv) * hd + vd]

    return _schedule_elementwise(tir_module("rope_qkv" + _f16_suffix(dtype), rope_qkv), "rope")


def _visible(i, j, pos0, window):
    """Whether key position j is visible to the query token at position pos0 + i: causal, within the window."""
    return tir.And(j <= pos0 + i, j + window > pos0 + i)


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
        lambda h, i, j: tir.Select(_visible(i, j, pos0, window), dot[h, i, j] * scale, tir.const(NEG_INF, F32)),
        name="s",
    )
    mod = _prim_func("attn_scores" + _f16_suffix(q_dtype, kv_dtype), [q, k_cache, s, pos0, window, scale])
    sch = _schedule(mod)
    # one invocation per score; the hd-long dot product stays serial inside it
    block = sch.get_sblock("dot")
    h, i, j, dd = sch.get_loops(block)
    inner = _one_per_invocation(sch, [h, i, j])
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
        return tir.Select(_visible(i, j, pos0, window), dot[b, t] * scale, tir.const(NEG_INF, F32))

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
    inner = _one_per_invocation(sch, [i, h, d])
    _store_after(sch, block, inner)  # the f16 cast: the sum stays in a register
    return sch.mod
