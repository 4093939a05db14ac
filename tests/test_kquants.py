"""GGUF's k-quant blocks as tabllm weight formats (q4_k, q6_k; weights.KQUANTS): the float64 dequantization
against the `gguf` package's (an independent implementation of llama.cpp's dequantize_row_q4_K / _q6_K), and
every product kernel of the formats against its float64 twin (tests/test_kernels.py's harness and bound), on
K = 3 blocks of 256 (q6_k: an odd block count, so rows end in 2 padding bytes)."""

import numpy as np
import pytest

from tabllm import weights
from test_kernels import RTOL, RTOL_F16_OUT, assert_close, device, f16, f16_device, rng, run_both  # noqa: F401

KQ = ["q4_k", "q6_k"]
K = 256 * 3


def random_kquant(r, fmt, rows, cols):
    """u32 [rows, row_words]: random GGUF blocks with finite f16 d (and dmin) of weight-like size; row padding 0."""
    nbytes, nb = weights.KQUANTS[fmt], cols // 256
    blocks = r.integers(0, 256, size=(rows, nb, nbytes), dtype=np.uint8)
    halves = [0, 2] if fmt == "q4_k" else [208]  # d, dmin / d
    for at in halves:
        d = (r.random((rows, nb)) * 0.004 + 1e-4).astype("<f2")
        blocks[:, :, at:at + 2] = d.view(np.uint8).reshape(rows, nb, 2)
    raw = np.zeros((rows, weights.row_words(fmt, cols) * 4), np.uint8)
    raw[:, : nb * nbytes] = blocks.reshape(rows, -1)
    return raw.view("<u4"), blocks.reshape(rows, -1)


@pytest.mark.parametrize("fmt", KQ)
def test_dequantize_equals_gguf(fmt):
    gguf = pytest.importorskip("gguf")
    from gguf import quants

    r = rng()
    q, raw = random_kquant(r, fmt, 7, K)
    ours = weights.dequantize(fmt, q)
    theirs = quants.dequantize(raw, getattr(gguf.GGMLQuantizationType, fmt.upper()))  # f32 arithmetic
    assert ours.shape == theirs.shape == (7, K)
    assert np.array_equal(ours.astype(np.float32), theirs) or np.allclose(ours, theirs, rtol=2**-23, atol=0)


def weights_of(r, fmt, rows):
    return {"wq": random_kquant(r, fmt, rows, K)[0]}


@pytest.mark.parametrize("fmt", KQ)
@pytest.mark.parametrize("residual", [False, True])
def test_matmul_and_mm8(device, fmt, residual):
    """The barrier-free products: matmul_* (one invocation an output) and mm8_* (8 rows of x each)."""
    r = rng()
    n, N, rows = 9, 64 * 2, 16
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **weights_of(r, fmt, N)}
    if residual:
        inputs["residual"] = r.standard_normal((rows, N)).astype(np.float32)
    out, add = ("out", "_add") if residual else ("y", "")
    scalars = {"n": n, "nt": rows // 8, "N": N, "Nj": N // 64, "K": K}
    for kernel in (f"matmul_{fmt}{add}", f"mm8_{fmt}{add}"):
        gpu, ref = run_both(device, kernel, inputs, {out: np.zeros((rows, N), np.float32)}, scalars)[out]
        assert_close(gpu[:n], ref[:n])


@pytest.mark.parametrize("fmt", KQ)
def test_gemv(device, fmt):
    """The GPU decode products: gemv_*, gemv_*_add, gemv_norm_*, gemv_silu_*_add (n = 2 rows)."""
    r = rng()
    n, N = 2, 4 * 21
    w = weights_of(r, fmt, N)
    scalars = {"n": n, "N": N, "Nb": N // 4, "K": K, "eps": 1e-5}
    x = r.standard_normal((n, K)).astype(np.float32)
    residual = r.standard_normal((n, N)).astype(np.float32)
    assert_close(*run_both(device, f"gemv_{fmt}", {"x": x, **w}, {"y": np.zeros((n, N), np.float32)}, scalars)["y"])
    assert_close(*run_both(device, f"gemv_{fmt}_add", {"x": x, "residual": residual, **w},
                           {"out": np.zeros((n, N), np.float32)}, scalars)["out"])
    normed = {"x": x * 2, "w": r.standard_normal(K).astype(np.float32), **w}
    assert_close(*run_both(device, f"gemv_norm_{fmt}", normed, {"y": np.zeros((n, N), np.float32)}, scalars)["y"])
    gated = {"gu": r.standard_normal((n, 2 * K)).astype(np.float32) * 3, "residual": residual, **w}
    assert_close(*run_both(device, f"gemv_silu_{fmt}_add", gated, {"out": np.zeros((n, N), np.float32)}, scalars)["out"])


@pytest.mark.parametrize("fmt", KQ)
@pytest.mark.parametrize("n,residual,S", [(7, False, 1), (70, True, 1), (13, False, 3)])
def test_mmt(device, fmt, n, residual, S):
    """The tiled prefill product (a partial tile of rows; a second tile; K in 3 splits, summed here)."""
    r = rng()
    N = 64 * 2
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **weights_of(r, fmt, N)}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    out = "out" if residual else "y"
    kernel = f"mmt_{fmt}" + ("_add" if residual else "")
    res = run_both(device, kernel, inputs, {out: np.zeros((S * n, N), np.float32)}, {"n": n, "N": N, "Kb": K // 32, "S": S})
    gpu, ref = (a.reshape(S, n, N).sum(axis=0) for a in res[out])
    assert_close(gpu, ref)


@pytest.mark.parametrize("fmt", KQ)
def test_embed(device, fmt):
    r = rng()
    V, n = 37, 5
    inputs = {"ids": r.integers(0, V, size=n, dtype=np.int32), **weights_of(r, fmt, V)}
    assert_close(*run_both(device, f"embed_{fmt}", inputs, {"out": np.zeros((n, K), np.float32)}, {"n": n, "K": K})["out"])


@pytest.mark.parametrize("fmt", KQ)
def test_products_f16(f16_device, fmt):
    """The f16 path's products: mm8 (x f16 -> y f16), gemv_norm (x f32 -> y f16), gemv_silu_add (gu f16)."""
    r = rng()
    n, N, rows = 3, 64, 8
    w = weights_of(r, fmt, N)
    scalars = {"n": n, "nt": 1, "N": N, "Nj": 1, "Nb": N // 4, "K": K, "eps": 1e-5}
    gpu, ref = run_both(f16_device, f"mm8_{fmt}_f16", {"x": f16(r.standard_normal((n, K))), **w},
                        {"y": np.zeros((rows, N), np.float16)}, scalars)["y"]
    assert_close(gpu[:n], ref[:n], RTOL_F16_OUT)
    normed = {"x": r.standard_normal((n, K)).astype(np.float32), "w": r.standard_normal(K).astype(np.float32), **w}
    assert_close(*run_both(f16_device, f"gemv_norm_{fmt}_f16", normed, {"y": np.zeros((n, N), np.float16)}, scalars)["y"],
                 RTOL_F16_OUT)
    gated = {"gu": f16(r.standard_normal((n, 2 * K)) * 3), "residual": r.standard_normal((n, N)).astype(np.float32), **w}
    assert_close(*run_both(f16_device, f"gemv_silu_{fmt}_add_f16", gated, {"out": np.zeros((n, N), np.float32)}, scalars)["out"],
                 RTOL)
