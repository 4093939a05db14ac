"""numpy float64 twin of every generated kernel, and an executor running a Plan with them.

Each op takes `b` (the kernel's binding names -> flat numpy arrays; outputs are written in place) and
`u` (its uniform scalars), with the same semantics as the WGSL kernel of the same name. Tests compare
kernels against these on random inputs, and the whole model runs on ReferenceExecutor to check the GPU.
"""

import numpy as np

from .. import weights
from ..kernel_set import MASKED_SCORE, Product, product_kernels
from ..plan import DTYPES, Plan

# --- dequantization (model-dir GPU layout, docs/model-format.md) ---------------------------------


def dequantize(fmt, q, scale, mins, rows, cols):
    """Flat kernel buffers -> float64 [rows, cols] (weights.dequantize on the reshaped arrays; scale and
    mins None where the format has none)."""
    shape = (rows, cols // 32)
    return weights.dequantize(
        fmt, np.asarray(q).reshape(rows, -1), None if scale is None else np.asarray(scale).reshape(shape),
        None if mins is None else np.asarray(mins).reshape(shape),
    )


def _words_per_row(fmt, cols):
    return weights.row_words(fmt, cols)


# Dequantized weights, kept while the executor lives: id(q array) -> (q array, scale, min, float64 [N, K]).
# Holding the arrays keeps their ids from being reused; ReferenceExecutor.release() clears it.
_DEQUANT_CACHE = {}


def _dequantized(fmt, b, N, K):
    q, scale, mins = b["wq"], b.get("wscale"), b.get("wmin")
    hit = _DEQUANT_CACHE.get(id(q))
    if hit is not None and hit[0] is q and hit[1] is scale and hit[2] is mins and hit[3].shape == (N, K):
        return hit[3]
    blocks = N * K // 32
    w = dequantize(fmt, q[: N * _words_per_row(fmt, K)], scale[:blocks] if scale is not None else None,
                   mins[:blocks] if mins is not None else None, N, K)
    _DEQUANT_CACHE[id(q)] = (q, scale, mins, w)
    return w


def _quant_op(fmt, with_residual):
    def op(b, u):
        n, N, K = u["n"], u["N"], u["K"]
        w = _dequantized(fmt, b, N, K)
        y = b["x"][: n * K].reshape(n, K).astype(np.float64) @ w.T
        if with_residual:
            b["out"][: n * N] = (y + b["residual"][: n * N].reshape(n, N)).ravel()
        else:
            b["y"][: n * N] = y.ravel()

    return op


def _silu_quant_op(fmt):
    """gemv_silu_*_add: the down product of silu(gate) * up, x computed from gu[n, 2K]."""
    inner = _quant_op(fmt, True)

    def op(b, u):
        n, K = u["n"], u["K"]
        gu = b["gu"][: n * 2 * K].reshape(n, 2 * K).astype(np.float64)
        g, up = gu[:, :K], gu[:, K:]
        inner({**b, "x": (g / (1 + np.exp(-g)) * up).ravel()}, u)

    return op


def _norm_quant_op(fmt):
    """gemv_norm_*: rms_norm(x) * w in front of the product."""
    inner = _quant_op(fmt, False)

    def op(b, u):
        n, K = u["n"], u["K"]
        xn = np.zeros(n * K)
        rms_norm({"x": b["x"], "w": b["w"], "y": xn}, {"n": n, "K": K, "row0": 0, "eps": u["eps"]})
        inner({**b, "x": xn}, u)

    return op


def _gemv4_op(fmt, kind):
    """gemv4_*: the gemv products (same math) with uniform Kb = K / 32 and the result in "out"."""
    inner = {"": _quant_op(fmt, False), "_add": _quant_op(fmt, True), "norm": _norm_quant_op(fmt),
             "silu_add": _silu_quant_op(fmt)}[kind]

    def op(b, u):
        inner({**b, "y": b["out"]} if kind in ("", "norm") else b, {**u, "K": 32 * u["Kb"]})

    return op


def _act_q8_op(kind):
    """act_q8_*: the row's values (rms_norm(x) * w; silu(g) * u; act_q8: x) as int8 blocks of 32: xq holds the
    int8 in order (4 per u32, little-endian), xs [n, Kb, 2] = (d, d * sum(q)), d = max|v| / 127 and
    q = round(v * 127 / max|v|) in float64 (the kernel rounds in f32: a q can differ by one where
    v * 127 / max|v| lies within f32 rounding of a half)."""

    def op(b, u):
        n, K = u["n"], 32 * u["Kb"]
        if kind == "silu":
            gu = b["gu"][: n * 2 * K].reshape(n, 2 * K).astype(np.float64)
            v = gu[:, :K] / (1 + np.exp(-gu[:, :K])) * gu[:, K:]
        elif kind == "":
            v = b["x"][: n * K].reshape(n, K).astype(np.float64)
        else:
            v = _rms(b["x"][: n * K].reshape(n, K).astype(np.float64), b["w"][:K].astype(np.float64), u["eps"])
        _q8_blocks(v, b["xq"], b["xs"])

    return op


def _q8_blocks(v, xq, xs):
    """Rows v [n, K] as act_q8_* stores them: int8 q = round(v * 127 / max|v|) per block of 32 into xq (4 per
    u32, little-endian), (d, d * sum(q)) with d = max|v| / 127 into xs [n, K / 32, 2]."""
    n, K = v.shape
    blocks = v.reshape(n, K // 32, 32)
    amax = np.abs(blocks).max(axis=2, keepdims=True)
    q = np.round(blocks * np.divide(127, amax, out=np.zeros_like(amax), where=amax > 0))
    xq[: n * K // 4] = q.astype(np.int8).reshape(n, K).view(np.uint32).ravel()
    d = amax[..., 0] / 127
    xs[: n * K // 16] = np.stack([d, d * q.sum(axis=2)], axis=2).ravel()


def _blocks_op(inner):
    """A product op given uniform Kb = K / 32 in place of K (mmt_*)."""
    return lambda b, u: inner(b, {**u, "K": 32 * u["Kb"]})


def _split_op(inner):
    """mmt_*: uniform Kb = K / 32, and S K splits whose partial sums go to y's row blocks [s n, (s + 1) n)
    for mmt_sum to add up. Here the whole sum goes to block 0 and the other blocks are zeros: the same
    total (the kernel's split points depend on its tile constants)."""
    blocks = _blocks_op(inner)

    def op(b, u):
        blocks(b, u)
        b["y"][u["n"] * u["N"]: u["S"] * u["n"] * u["N"]] = 0

    return op


def _gemv8_op(fmt, residual):
    """gemv8_*: the product with the int8 activations act_q8 wrote (v = d * q per block), exactly."""

    def op(b, u):
        n, N, Kb = u["n"], u["N"], u["Kb"]
        K = 32 * Kb
        q = b["xq"][: n * K // 4].view(np.int8).reshape(n, Kb, 32).astype(np.float64)
        d = b["xs"][: n * Kb * 2].reshape(n, Kb, 2)[..., :1].astype(np.float64)
        y = (q * d).reshape(n, K) @ _dequantized(fmt, b, N, K).T
        if residual:
            y += b["residual"][: n * N].reshape(n, N)
        b["out"][: n * N] = y.ravel()

    return op


def _gemv8_gate_up_op(fmt):
    """gemv8_gate_up_*: gemv8_*'s product over the 2 F gate / up rows, then act_q8_silu's quantization of
    silu(g) * u into hq / hs (F = 32 Fb)."""
    product, quantize = _gemv8_op(fmt, False), _act_q8_op("silu")

    def op(b, u):
        n, F = u["n"], 32 * u["Fb"]
        gu = np.zeros(n * 2 * F)
        product({**b, "out": gu}, {**u, "N": 2 * F})
        quantize({"gu": gu, "xq": b["hq"], "xs": b["hs"]}, {"n": n, "Kb": u["Fb"]})

    return op


def mmt_sum(b, u, residual=False):
    n, N, S = u["n"], u["N"], u["S"]
    y = b["part"][: S * n * N].reshape(S, n, N).sum(axis=0)
    if residual:
        b["out"][: n * N] = (y + b["residual"][: n * N].reshape(n, N)).ravel()
    else:
        b["y"][: n * N] = y.ravel()


def _embed_op(fmt):
    def op(b, u):
        n, K = u["n"], u["K"]
        ids = b["ids"][:n].astype(np.int64)
        q = b["wq"].reshape(-1, _words_per_row(fmt, K))[ids]
        scale = b["wscale"].reshape(-1, K // 32)[ids] if "wscale" in b else None
        mins = b["wmin"].reshape(-1, K // 32)[ids] if "wmin" in b else None
        b["out"][: n * K] = dequantize(fmt, q, scale, mins, n, K).ravel()

    return op


def rms_norm(b, u):
    n, K, row0 = u["n"], u["K"], u["row0"]
    x = b["x"][row0 * K : (row0 + n) * K].reshape(n, K).astype(np.float64)
    y = x / np.sqrt((x * x).mean(axis=1, keepdims=True) + u["eps"]) * b["w"][:K]
    b["y"][: n * K] = y.ravel()


def _rotate(x, cos, sin):
    """x [..., hd] rotate_half RoPE with cos/sin [..., hd/2]."""
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    return np.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


def _tables(b, u, n):
    half = u["hd"] // 2
    rows = slice(u["pos0"] * half, (u["pos0"] + n) * half)
    return b["cos"][rows].reshape(n, 1, half).astype(np.float64), b["sin"][rows].reshape(n, 1, half).astype(np.float64)


def _rope_q(b, u):
    n, H, hd, width = u["n"], u["H"], u["hd"], u["width"]
    q = b["qkv"][: n * width].reshape(n, width)[:, : H * hd].reshape(n, H, hd)
    cos, sin = _tables(b, u, n)
    b["q"][: n * H * hd] = _rotate(q, cos, sin).ravel()


def _kv_append(b, u):
    n, H, Hkv, hd, C, pos0, width = u["n"], u["H"], u["Hkv"], u["hd"], u["C"], u["pos0"], u["width"]
    qkv = b["qkv"][: n * width].reshape(n, width)
    k = qkv[:, H * hd : (H + Hkv) * hd].reshape(n, Hkv, hd)
    v = qkv[:, (H + Hkv) * hd : (H + 2 * Hkv) * hd].reshape(n, Hkv, hd)
    cos, sin = _tables(b, u, n)
    k_cache = b["k_cache"].reshape(Hkv, C, hd)
    v_cache = b["v_cache"].reshape(Hkv, C, hd)
    k_cache[:, pos0 : pos0 + n] = _rotate(k, cos, sin).transpose(1, 0, 2)
    v_cache[:, pos0 : pos0 + n] = v.transpose(1, 0, 2)


def rope_qkv(b, u):
    _rope_q(b, u)
    _kv_append(b, u)


def attn_scores(b, u):
    n, H, Hkv, hd, C, L, pos0 = u["n"], u["H"], u["Hkv"], u["hd"], u["C"], u["L"], u["pos0"]
    q = b["q"][: n * H * hd].reshape(n, H, hd).astype(np.float64)
    k = b["k_cache"].reshape(Hkv, C, hd)[:, :L].astype(np.float64)
    k = np.repeat(k, H // Hkv, axis=0)  # [H, L, hd]
    s = np.einsum("ihd,hjd->hij", q, k) * u["scale"]
    pos = (pos0 + np.arange(n))[:, None]
    hidden = (np.arange(L)[None, :] > pos) | (np.arange(L)[None, :] <= pos - u["window"])  # [n, L]
    s[:, hidden] = -np.inf
    b["s"][: H * n * L] = s.ravel()


def softmax_rows(b, u):
    R, L = u["R"], u["L"]
    s = b["s"][: R * L].reshape(R, L).astype(np.float64)
    e = np.exp(s - s.max(axis=1, keepdims=True))
    b["p"][: R * L] = (e / e.sum(axis=1, keepdims=True)).ravel()


def attn_pv(b, u):
    n, H, Hkv, hd, C, L = u["n"], u["H"], u["Hkv"], u["hd"], u["C"], u["L"]
    p = b["p"][: H * n * L].reshape(H, n, L).astype(np.float64)
    v = np.repeat(b["v_cache"].reshape(Hkv, C, hd)[:, :L].astype(np.float64), H // Hkv, axis=0)
    b["out"][: n * H * hd] = np.einsum("hij,hjd->ihd", p, v).ravel()


def attn_split_gpu(b, u):
    """Partials of one-token attention (position L - 1) over splits of u["split"] consecutive visible
    positions lo = max(L - window, 0) .. L - 1: q [1, H, hd] -> part [H, Smax, hd + 4]; for split s < S =
    ceil((L - lo) / split): the unnormalized p @ v (sum_j exp(score_j - m) v_j), then (m, l, 0, 0) with m
    the split's max score and l = sum_j exp(score_j - m). Rows s >= S are left as they are."""
    H, Hkv, hd, C, L, SP = u["H"], u["Hkv"], 4 * u["hd4"], u["C"], u["L"], u["split"]
    lo = max(L - u["window"], 0)
    part = b["part"][: H * u["Smax"] * 4 * u["P4"]].reshape(H, u["Smax"], 4 * u["P4"])  # (a view)
    q = b["q"][: H * hd].reshape(H, hd).astype(np.float64)
    k = np.repeat(b["k_cache"].reshape(Hkv, C, hd)[:, lo:L].astype(np.float64), H // Hkv, axis=0)
    v = np.repeat(b["v_cache"].reshape(Hkv, C, hd)[:, lo:L].astype(np.float64), H // Hkv, axis=0)
    s = np.einsum("hd,hjd->hj", q, k) * u["scale"]  # [H, L - lo]
    for i in range(-(-(L - lo) // SP)):
        seg = slice(i * SP, min((i + 1) * SP, L - lo))
        m = s[:, seg].max(axis=1)
        e = np.exp(s[:, seg] - m[:, None])
        part[:, i, :hd] = np.einsum("hj,hjd->hd", e, v[:, seg])
        part[:, i, hd:] = np.stack([m, e.sum(axis=1), 0 * m, 0 * m], axis=1)


def _rope_last(b, u):
    """rope_qkv for one token at position L - 1 of qkv [1, (H + 2 Hkv) hd]: k rotated and v into the
    caches; returns q rotated, [H * hd] (the decode attention kernels' fused front)."""
    H, Hkv, hd = u["H"], u["Hkv"], 4 * u["hd4"]
    q = np.zeros(H * hd)
    rope_qkv({**b, "q": q}, {"n": 1, "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": u["C"], "pos0": u["L"] - 1,
                             "width": (H + 2 * Hkv) * hd})
    return q


def attn_split_rope_gpu(b, u):
    """_rope_last, then attn_split_gpu."""
    attn_split_gpu({**b, "q": _rope_last(b, u)}, u)


def attn_combine_gpu(b, u):
    """The partials of attn_split*_gpu merged: out[h] = sum_s exp(m_s - M) o_s / sum_s exp(m_s - M) l_s,
    M = max_s m_s, over the S splits -> out [1, H * hd]."""
    H, hd, SP = u["H"], 4 * u["hd4"], u["split"]
    S = -(-min(u["L"], u["window"]) // SP)
    part = b["part"][: H * u["Smax"] * 4 * u["P4"]].reshape(H, u["Smax"], 4 * u["P4"])[:, :S].astype(np.float64)
    m, l = part[:, :, hd], part[:, :, hd + 1]
    w = np.exp(m - m.max(axis=1, keepdims=True))  # [H, S]
    b["out"][: H * hd] = (np.einsum("hs,hsd->hd", w, part[:, :, :hd]) / (w * l).sum(axis=1)[:, None]).ravel()


def attn_decode_rope_gpu(b, u):
    """_rope_last, then softmax attention of that one token over the visible positions L - window <= j < L
    (attn_prefill_gpu's, n = 1 at pos0 = L - 1) -> out [1, H * hd]."""
    attn_prefill_gpu({**b, "q": _rope_last(b, u)}, {**u, "n": 1, "pos0": u["L"] - 1})


def _q8_output(attention):
    """An attention op whose output row [H * hd] is written as int8 blocks of 32 instead (xq, xs: act_q8_*'s
    format): attn_decode_rope_q8_gpu, attn_combine_q8_gpu."""
    def op(b, u):
        out = np.zeros(u["H"] * 4 * u["hd4"])
        attention({**b, "out": out}, u)
        _q8_blocks(out[None], b["xq"], b["xs"])
    return op


def attn_prefill_gpu(b, u):
    """Causal attention of n tokens at positions pos0 .. pos0 + n - 1 (key j visible to token i iff
    pos0 + i - window < j <= pos0 + i), GQA: q [n, H, hd], caches [Hkv, C, hd] -> out [n, H * hd]
    (attn_scores, softmax_rows and attn_pv in one; the kernel's tiles and online softmax change nothing
    here)."""
    n, H, Hkv, hd, C, pos0 = u["n"], u["H"], u["Hkv"], 4 * u["hd4"], u["C"], u["pos0"]
    L = pos0 + n
    s = np.zeros(H * n * L)
    attn_scores({"q": b["q"], "k_cache": b["k_cache"], "s": s},
                {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": L, "pos0": pos0, "window": u["window"], "scale": u["scale"]})
    p = np.zeros(H * n * L)
    softmax_rows({"s": s, "p": p}, {"R": H * n, "L": L})
    attn_pv({"p": p, "v_cache": b["v_cache"], "out": b["out"]}, {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": L})


def attn_prefill_split_gpu(b, u):
    """The partials of attn_prefill_gpu's attention over spans of u["span"] key positions: for row (i, h)
    and span s < S = ceil(L / span): part[i H + h, s, :hd] = sum_j exp(score_j - m) v_j over the keys of
    the span the row sees, part[i H + h, s, hd:] = (m, l, 0, 0), m their max score, l = sum_j exp(score_j -
    m); where it sees none of them, zeros and (lowest f32, 0, 0, 0). Rows s >= S are left as they are."""
    n, H, Hkv, hd, C, pos0, span = u["n"], u["H"], u["Hkv"], 4 * u["hd4"], u["C"], u["pos0"], u["span"]
    L = pos0 + n
    s = np.zeros(H * n * L)
    attn_scores({"q": b["q"], "k_cache": b["k_cache"], "s": s},
                {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": L, "pos0": pos0, "window": u["window"], "scale": u["scale"]})
    s = s.reshape(H, n, L).transpose(1, 0, 2)  # [n, H, L], -inf where not visible
    v = np.repeat(b["v_cache"].reshape(Hkv, C, hd)[:, :L].astype(np.float64), H // Hkv, axis=0)  # [H, L, hd]
    part = b["part"][: n * H * u["Smax"] * 4 * u["P4"]].reshape(n, H, u["Smax"], 4 * u["P4"])  # (a view)
    for k in range(-(-L // span)):
        seg = s[:, :, k * span : (k + 1) * span]
        m = seg.max(axis=2)
        seen = np.isfinite(m)
        e = np.exp(seg - np.where(seen, m, 0)[:, :, None])  # exactly 0 where not visible
        part[:, :, k, :hd] = np.einsum("ihj,hjd->ihd", e, v[:, k * span : (k + 1) * span])
        part[:, :, k, hd:] = np.stack([np.where(seen, m, -3.4028234663852886e38), e.sum(axis=2), 0 * e[:, :, 0], 0 * e[:, :, 0]], axis=2)


def silu_mul(b, u):
    n, F = u["n"], u["F"]
    gu = b["gu"][: n * 2 * F].reshape(n, 2 * F).astype(np.float64)
    g, up = gu[:, :F], gu[:, F:]
    b["h"][: n * F] = (g / (1 + np.exp(-g)) * up).ravel()


def add_bias(b, u):
    n, N = u["n"], u["N"]
    b["y"][: n * N] = (b["x"][: n * N].reshape(n, N) + b["b"][:N]).ravel()


def _rms(x, w, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * w


def rms_norm_add(b, u):
    n, K = u["n"], u["K"]
    x = b["x"][: n * K].reshape(n, K).astype(np.float64)
    b["y"][: n * K] = (b["r"][: n * K].reshape(n, K) + _rms(x, b["w"][:K], u["eps"])).ravel()


def head_rms_norm(b, u):
    n, H, Hkv, hd = u["n"], u["H"], u["Hkv"], u["hd"]
    heads = b["qkv"][: n * (H + 2 * Hkv) * hd].reshape(n, H + 2 * Hkv, hd).astype(np.float64)
    out = heads.copy()
    out[:, :H] = _rms(heads[:, :H], b["qw"][:hd], u["eps"])
    out[:, H : H + Hkv] = _rms(heads[:, H : H + Hkv], b["kw"][:hd], u["eps"])
    b["y"][: out.size] = out.ravel()


def _gelu_tanh(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))  # HF gelu_pytorch_tanh / gelu_new


def gelu_mul(b, u):
    n, F = u["n"], u["F"]
    gu = b["gu"][: n * 2 * F].reshape(n, 2 * F).astype(np.float64)
    b["h"][: n * F] = (_gelu_tanh(gu[:, :F]) * gu[:, F:]).ravel()


def gelu(b, u):
    size = u["n"] * u["F"]
    b["y"][:size] = _gelu_tanh(b["x"][:size].astype(np.float64))


def layer_norm(b, u):
    n, K, row0 = u["n"], u["K"], u["row0"]
    x = b["x"][row0 * K : (row0 + n) * K].reshape(n, K).astype(np.float64)
    mean = x.mean(axis=1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=1, keepdims=True)
    b["y"][: n * K] = ((x - mean) / np.sqrt(var + u["eps"]) * b["w"][:K] + b["b"][:K]).ravel()


def add_positions(b, u):
    n, K, pos0 = u["n"], u["K"], u["pos0"]
    b["y"][: n * K] = b["x"][: n * K] + b["pos_embed"][pos0 * K : (pos0 + n) * K]


def scale_rows(b, u):
    size = u["n"] * u["K"]
    b["y"][:size] = b["x"][:size] * u["s"]


def argmax(b, u):
    logits = b["logits"][: u["V"]]
    b["am_v0"][0] = int(np.argmax(logits))
    b["am_v1"][0] = logits.max()




def _gumbel(V, key):
    """The kernels' Gumbel noise for tokens 0..V-1 under `key`, in float64."""
    j = np.arange(V, dtype=np.uint64)
    x = (j ^ (key & 0xFFFFFFFF)) & 0xFFFFFFFF  # lowbias32 on every token id, as the kernels do
    x = ((x ^ (x >> 16)) * 0x7FEB352D) & 0xFFFFFFFF
    x = ((x ^ (x >> 15)) * 0x846CA68B) & 0xFFFFFFFF
    x = x ^ (x >> 16)
    uniform = 1 - ((x >> 9) | 1).astype(np.float64) * 2.0**-23  # = 2 - m of the kernel, exactly
    return -np.log(-np.log(uniform))


def _order_key(values):
    """u32 keys ordered like the values rounded to f32 (the kernels' _order_key)."""
    bits = np.asarray(values, np.float32).view(np.uint32)
    return np.where(bits >> 31, ~bits, bits | np.uint32(0x80000000)).astype(np.uint32)


def sample_scores(b, u):
    V = u["V"]
    x = b["logits"][:V].astype(np.float64) + b["bias"][:V]
    x = np.where(b["seen"][:V] != 0, np.where(x > 0, x / u["penalty"], x * u["penalty"]), x)
    counts = b["counts"][:V].astype(np.float64)
    x = x - u["frequency"] * counts - u["presence"] * (counts > 0)
    j = np.arange(V, dtype=np.uint64)
    allowed = (b["allowed"][j // 32].astype(np.uint64) >> (j % 32)) & 1
    value = x * u["inv_temp"] + u["noise"] * _gumbel(V, u["key"])
    b["scores"][:V] = np.where(allowed == 1, value, MASKED_SCORE)


def top_threshold(b, u):
    """The key of the lowest kept score, computed by sorting (the kernel bisects)."""
    s = b["scores"][: u["V"]].astype(np.float64)
    kept = np.ones(s.size, bool)
    if u["top_k"] > 0:
        kth = np.sort(s)[::-1][min(u["top_k"], s.size) - 1]
        kept = s >= kth  # ties with the k-th score stay, as in HF
    if u["top_p"] < 1:
        desc = np.sort(s[kept])[::-1]
        e = np.exp(desc - desc[0])
        above = np.cumsum(e) - e  # mass before each position in descending order
        strictly_above = above[np.searchsorted(-desc, -desc, side="left")]  # ties count as not above
        kept &= s >= desc[strictly_above < u["top_p"] * e.sum()].min()
    b["threshold"][0] = _order_key(s[kept].min())[()]


def sample_noise(b, u):
    V = u["V"]
    s = b["scores"][:V]
    kept = _order_key(s) >= b["threshold"][0]
    b["noisy"][:V] = np.where(kept, s + u["noise"] * _gumbel(V, u["key"]), MASKED_SCORE)


def token_logprobs(b, u):
    x = b["logits"][: u["V"]].astype(np.float64)
    lse = x.max() + np.log(np.sum(np.exp(x - x.max())))
    token = int(b["token"][0])
    top = np.lexsort((np.arange(x.size), -x))[: u["N"]]  # highest first, lowest id on ties
    out = b["out"]
    f32_bits = lambda v: int(np.float32(v).view(np.uint32))  # noqa: E731
    out[0], out[1] = token, f32_bits(x[token] - lse)
    for r, i in enumerate(top):
        out[2 + 2 * r], out[3 + 2 * r] = int(i), f32_bits(x[i] - lse)


def count_token(b, u):
    t = int(b["token"][0])
    b["seen"][t] = 1
    b["counts"][t] += 1


def copy_columns(b, u):
    n, N, ldy, col0 = u["n"], u["N"], u["ldy"], u["col0"]
    y = b["y"].reshape(-1, ldy)
    y[:n, col0 : col0 + N] = b["x"][: n * N].reshape(n, N)


def part_ids(b, u):
    n = u["n"]
    b["y"][:n] = np.clip(b["ids"][:n] - u["row0"], 0, u["rows"] - 1)


def merge_rows(b, u):
    n, K = u["n"], u["K"]
    ids = b["ids"][:n]
    inside = (ids >= u["row0"]) & (ids < u["row0"] + u["rows"])
    y = b["y"][: n * K].reshape(n, K)
    y[inside] = b["x"][: n * K].reshape(n, K)[inside]


OPS = {
    "rms_norm": rms_norm,
    "rope_qkv": rope_qkv,
    "attn_scores": attn_scores,
    "softmax_rows": softmax_rows,
    "attn_pv": attn_pv,
    "attn_split_gpu": attn_split_gpu,
    "attn_split_rope_gpu": attn_split_rope_gpu,
    "attn_combine_gpu": attn_combine_gpu,
    "attn_combine_q8_gpu": _q8_output(attn_combine_gpu),
    "attn_decode_rope_split_gpu": attn_split_rope_gpu,  # (the same partials: only the kernels' schedules differ)
    "attn_decode_rope_gpu": attn_decode_rope_gpu,
    "attn_decode_rope_q8_gpu": _q8_output(attn_decode_rope_gpu),
    "attn_prefill_gpu": attn_prefill_gpu,
    "attn_prefill_split_gpu": attn_prefill_split_gpu,
    "silu_mul": silu_mul,
    "add_bias": add_bias,
    "rms_norm_add": rms_norm_add,
    "head_rms_norm": head_rms_norm,
    "head_rms_norm_gpu": head_rms_norm,  # (the same values: only the schedules differ)
    "gelu_mul": gelu_mul,
    "gelu": gelu,
    "layer_norm": layer_norm,
    "add_positions": add_positions,
    "scale_rows": scale_rows,
    "argmax": argmax,
    "sample_scores": sample_scores,
    "top_threshold": top_threshold,
    "sample_noise": sample_noise,
    "token_logprobs": token_logprobs,
    "count_token": count_token,
    "copy_columns": copy_columns,
    "part_ids": part_ids,
    "merge_rows": merge_rows,
}
OPS["mmt_sum"] = mmt_sum
OPS["mmt_sum_add"] = lambda b, u: mmt_sum(b, u, residual=True)
# GPU schedules of the same functions (profile "gpu", models/llama.py)
OPS["rms_norm_gpu"] = rms_norm
OPS["attn_scores_gpu"] = attn_scores
OPS["attn_pv_gpu"] = attn_pv


def _product_op(p: Product):
    """The float64 twin of product kernel p, from its attributes (tabllm.kernel_set). The f16 ones compute
    what their f32 originals do: their f16 buffers are float16 arrays here (ReferenceExecutor), so reads
    widen and writes round exactly where the kernels' do."""
    add = p.epilogue == "add"
    if p.schedule == "gemv8":
        return _gemv8_gate_up_op(p.fmt) if p.epilogue == "silu_q8" else _gemv8_op(p.fmt, add)
    if p.schedule == "gemv4":
        return _gemv4_op(p.fmt, {("", ""): "", ("", "add"): "_add", ("norm", ""): "norm", ("silu", "add"): "silu_add"}[
            (p.prologue, p.epilogue)])
    if p.schedule == "mmt":  # (the tiled prefill product writes only the n rows, too)
        return _blocks_op(_quant_op(p.fmt, True)) if add else _split_op(_quant_op(p.fmt, False))
    # matmul, mm8 (writes only the n rows; the kernel whole tiles of 8), gemv (uniform Nb = N / 4 unused here)
    return {"": _quant_op(p.fmt, add), "norm": _norm_quant_op(p.fmt), "silu": _silu_quant_op(p.fmt)}[p.prologue]


for _fmt in weights.MATRIX_FORMATS:
    OPS[f"embed_{_fmt}"] = _embed_op(_fmt)
for _name, _product in product_kernels().items():
    OPS[_name] = _product_op(_product)
# The other *_f16 kernels (f16 storage of the f16 plan's activations) compute what their f32 originals do, too
F16_VARIANTS = ("rms_norm", "rms_norm_gpu", "rope_qkv", "attn_scores", "attn_scores_gpu", "attn_pv", "attn_pv_gpu",
                "silu_mul", "add_bias", "copy_columns")
for _name in F16_VARIANTS:
    OPS[_name + "_f16"] = OPS[_name]
for _kind in ("norm", "silu"):
    OPS[f"act_q8_{_kind}"] = _act_q8_op(_kind)
OPS["act_q8"] = _act_q8_op("")


class ReferenceExecutor:
    """Runs a Plan's steps with the float64 ops: f32 activations and KV cache held in float64, weights as
    stored. An f16 buffer (plans of precision "f16") is a numpy float16 array: an op computes in float64
    and its write rounds to float16 (round to nearest even), as the f16 kernels round their f32 results
    when they store them; every read widens to float64. So the reference runs the f16 plan with the GPU's
    storage rounding and exact arithmetic."""

    adapter_name = "numpy float64 reference"
    kernel_profile = "cpu"  # the float64 twins are the same for every profile
    has_f16 = True  # runs f16 plans (f16 storage modelled, see above)
    limits = None  # no buffer limits (a test may set some to have matrices split: lowering.linear_weights)

    def __init__(self):
        self.buffers = {}
        self.plan = None
        self.dispatches_run = 0
        self.submits = 0

    def prepare(self, plan: Plan):
        self.plan = plan
        for spec in plan.buffers.values():
            dtype = {"f32": np.float64, "u32": np.uint32, "i32": np.int64, "f16": np.float16}[spec.dtype]
            self.buffers[spec.name] = np.zeros(int(np.prod(spec.shape)), dtype)
        for name, table in plan.tables.items():
            self.upload(name, table)

    def upload(self, name, array, offset_bytes=0):
        flat = np.asarray(array).ravel()
        dst = self.buffers[name]
        _DEQUANT_CACHE.pop(id(dst), None)
        start = offset_bytes // (2 if dst.dtype == np.float16 else 4)
        dst[start : start + flat.size] = flat.astype(dst.dtype)

    def run(self, phases, call_dims):
        for phase in phases:
            for step in self.plan.phases[phase]:
                bufs = {arg: self.buffers[name] for arg, name in step.buffers.items()}
                OPS[step.kernel](bufs, step.resolve(call_dims))
                self.dispatches_run += 1
        self.submits += 1

    def read(self, name, dtype, count, offset=0):
        return self.buffers[name][offset : offset + count].astype(DTYPES[dtype])

    def release(self):
        self.buffers.clear()
        _DEQUANT_CACHE.clear()
