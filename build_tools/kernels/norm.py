"""Row norms: rms_norm(_gpu), rms_norm_add, head_rms_norm, layer_norm."""

from tvm import te, tirx as tir
import tvm.s_tir.dlight as dl

from .common import F32, _dlight, _f16_suffix, _one_per_invocation, _prim_func, _schedule, _var


def _rms_norm_rows(name, y_dtype, sum_of_squares):
    """The PrimFunc of an rms_norm kernel: y[n, K] = x[row0 + i, :] * rsqrt(ss[i] / K + eps) * w[K] with
    ss[i] = sum_of_squares(x, row0 + i, K), the sum of row row0 + i's squares as the kernel sums it."""
    n, K, rows, row0 = _var("n"), _var("K"), _var("rows"), _var("row0")
    eps = _var("eps", F32)
    x = te.placeholder((rows, K), F32, name="x")
    w = te.placeholder((K,), F32, name="w")
    ss = te.compute((n,), lambda i: sum_of_squares(x, i + row0, K), name="ss")
    y = te.compute(
        (n, K), lambda i, j: (x[i + row0, j] * te.rsqrt(ss[i] / K.astype(F32) + eps) * w[j]).astype(y_dtype), name="y"
    )
    return _prim_func(name + _f16_suffix(y_dtype), [x, w, y, row0, eps])


def rms_norm(y_dtype=F32):
    """y[n, K] = x[row0 + i, :] * rsqrt(mean(x^2) + eps) * w[K]; row0 lets the final norm take only the
    last row before the LM head. y_dtype: storage of y."""

    def sum_of_squares(x, row, K):
        k = te.reduce_axis((0, K), "k")
        return te.sum(x[row, k] * x[row, k], axis=k)

    return _dlight(_rms_norm_rows("rms_norm", y_dtype, sum_of_squares), dl.gpu.GeneralReduction())


RMS_THREADS = 256  # (WebGPU's default limit of invocations per workgroup)


def rms_norm_gpu(y_dtype=F32):
    """rms_norm for GPUs: one workgroup of 256 per row: sum of squares with a workgroup reduction, then
    the scaled row written by the same invocations. y_dtype: storage of y."""

    def sum_of_squares(x, row, K):
        # k = ko * 256 + tx over whole passes, the tail masked by a 0 factor (no branch around each load)
        # 256 invocations, 4 loads each in flight per pass: a row of 4096 is four passes
        T4 = RMS_THREADS * 4
        ko = te.reduce_axis((0, tir.floordiv(K + T4 - 1, T4)), "ko")
        u = te.reduce_axis((0, 4), "u")
        tx = te.reduce_axis((0, RMS_THREADS), "tx")
        k = (ko * 4 + u) * RMS_THREADS + tx
        v = x[row, tir.min(k, K - 1)]
        return te.sum(v * v * (k < K).astype(F32), axis=[ko, u, tx])

    # a workgroup per row (i); loops of ss: i, ko, u (unrolled), tx
    return _reduce_then_scale(_schedule(_rms_norm_rows("rms_norm_gpu", y_dtype, sum_of_squares)), ["blockIdx.x"], RMS_THREADS,
                              unroll=True)


def _reduce_then_scale(sch, group_axes, threads, unroll=False):
    """The GPU norms' schedule: a workgroup per group of outputs sharing one sum of squares "ss" (ss's outer
    loops, bound to group_axes in order), whose `threads` invocations (ss's last loop) each add up every
    threads-th square over the serial loops between (the last one unrolled where asked), reduce through
    workgroup memory, then write the group's outputs "y" themselves."""
    red = sch.get_sblock("ss")
    loops = sch.get_loops(red)
    groups, serial, tx = loops[:len(group_axes)], loops[len(group_axes):-1], loops[-1]
    sch.reorder(tx, *serial)
    if unroll:
        sch.unroll(serial[-1])
    for loop, axis in zip(groups, group_axes):
        sch.bind(loop, axis)
    sch.bind(tx, "threadIdx.x")
    sch.set_scope(red, 0, "shared")
    out = sch.get_sblock("y")
    sch.reverse_compute_at(out, groups[-1])
    _, t = sch.split(sch.get_loops(out)[-1], [None, threads])
    sch.bind(t, "threadIdx.x")
    return sch.mod


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
    inner = _one_per_invocation(sch, sch.get_loops(sch.get_sblock("y")))
    sch.compute_at(sch.get_sblock("ss"), inner)
    sch.set_scope(sch.get_sblock("ss"), 0, "local")
    return sch.mod


HEAD_NORM_THREADS = 64  # invocations per head: hd 64-256 is one to four loads each


def head_rms_norm_gpu():
    """head_rms_norm for GPUs: one workgroup of 64 per (row, head) over all H + 2 Hkv heads: the head's sum of
    squares by a workgroup reduction, then its hd values scaled by the same invocations (the v heads copied,
    factor 1). head_rms_norm's one-invocation-an-output schedule re-sums the head's hd squares for each of
    its hd outputs: 107 us a dispatch for Gemma 3's decode on an H100, 43% of its decode step."""
    n, H, Hkv, hd = _var("n"), _var("H"), _var("Hkv"), _var("hd")
    eps = _var("eps", F32)
    heads = H + 2 * Hkv
    qkv = te.placeholder((n, heads, hd), F32, name="qkv")  # (the n x (H + 2 Hkv) hd of the qkv product)
    qw = te.placeholder((hd,), F32, name="qw")
    kw = te.placeholder((hd,), F32, name="kw")
    # d = ko * 64 + tx over whole passes, the tail masked by a 0 factor (no branch around each load)
    ko = te.reduce_axis((0, tir.floordiv(hd + HEAD_NORM_THREADS - 1, HEAD_NORM_THREADS)), "ko")
    tx = te.reduce_axis((0, HEAD_NORM_THREADS), "tx")

    def squares(i, h):
        d = ko * HEAD_NORM_THREADS + tx
        v = qkv[i, h, tir.min(d, hd - 1)]
        return te.sum(v * v * (d < hd).astype(F32), axis=[ko, tx])

    ss = te.compute((n, heads), squares, name="ss")

    def normed(i, h, e):
        inv = te.rsqrt(ss[i, h] / hd.astype(F32) + eps)
        return tir.Select(h < H, qkv[i, h, e] * inv * qw[e], tir.Select(h < H + Hkv, qkv[i, h, e] * inv * kw[e], qkv[i, h, e]))

    y = te.compute((n, heads, hd), normed, name="y")
    # a workgroup per (row i, head h): no division to find them; loops of ss: i, h, ko, tx
    return _reduce_then_scale(_schedule(_prim_func("head_rms_norm_gpu", [qkv, qw, kw, y, H, Hkv, eps])),
                              ["blockIdx.y", "blockIdx.x"], HEAD_NORM_THREADS)


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
