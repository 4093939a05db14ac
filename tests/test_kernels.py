"""Every generated WGSL kernel against its numpy float64 twin (runtime/reference.py), on odd shapes with
fresh random inputs. Error measure: max |gpu - ref| / max |ref| over the output, required < 1e-5.

The *_f16 kernels (f16 storage, f32 math) get f16 inputs (exact in both), so an f32 output keeps the 1e-5
bound; an f16 output is the f32 result rounded to f16 on the GPU and the float64 result rounded to
float16 by the reference: the two roundings (unit roundoff u = 2^-11) can land on neighbouring f16
values, at most one f16 ulp apart, <= 2u = 2^-10 relative to the element, so the bound there is
2^-10 + 1e-5."""

import numpy as np
import pytest

from tabllm.plan import Plan, Step
from tabllm.runtime import reference
from tabllm.runtime.kernels import load_kernels
from tabllm.runtime.wgpu_executor import WgpuExecutor, request_device
from tabllm.sampling import SamplerSettings, add_sampling_phases, noise_key, pack_mask

RTOL = 1e-5
RTOL_F16_OUT = 2.0**-10 + RTOL  # an f16 output (see the top)
FORMATS = ["q4_0", "q4_1", "q8_0", "f16", "f32"]  # every matrix format (weights.MATRIX_FORMATS)
DTYPE_NAMES = {np.dtype(np.float32): "f32", np.dtype(np.uint32): "u32", np.dtype(np.int32): "i32", np.dtype(np.float16): "f16"}


@pytest.fixture(scope="module")
def device(gpu_adapter):
    return request_device()


def rng():
    seed = np.random.SeedSequence().entropy % 2**32  # fresh inputs every run; seed printed on failure
    print(f"seed {seed}")
    return np.random.default_rng(seed)


def run_both(device, kernel, inputs: dict, outputs: dict, scalars: dict):
    """Run `kernel` on the GPU and on the reference; inputs/outputs: binding name -> array (outputs give
    shape and dtype). Returns {output: (gpu, ref)}."""
    plan = Plan()
    for name, arr in {**inputs, **outputs}.items():
        plan.add_buffer(name, DTYPE_NAMES[arr.dtype], arr.shape)
    plan.phases["k"] = [Step(kernel, {n: n for n in plan.buffers}, scalars)]
    gpu = WgpuExecutor(*reversed(device))
    ref = reference.ReferenceExecutor()
    results = {}
    for ex in (gpu, ref):
        ex.prepare(plan)
        for name, arr in {**inputs, **outputs}.items():
            ex.upload(name, arr)
        ex.run(["k"], {})
    for name, arr in outputs.items():
        dtype = plan.buffers[name].dtype
        results[name] = (gpu.read(name, dtype, arr.size).reshape(arr.shape), ref.read(name, dtype, arr.size).reshape(arr.shape))
    gpu.release()
    return results


def assert_close(gpu, ref, rtol=RTOL):
    gpu, ref = np.asarray(gpu, np.float64), np.asarray(ref, np.float64)
    err = np.max(np.abs(gpu - ref)) / max(np.max(np.abs(ref)), 1e-30)
    assert err < rtol, f"relative error {err:.3e}"


def random_quant(r, fmt, rows, cols):
    if fmt == "f32":
        return {"wq": (r.standard_normal((rows, cols)) * 0.05).astype("<f4").view("<u4")}
    if fmt == "f16":  # normal values with subnormals and signed zeros mixed in (decoded exactly too)
        bits = (r.standard_normal((rows, cols)) * 0.05).astype("<f2").view("<u2")
        odd = r.random((rows, cols)) < 0.1
        bits[odd] = r.integers(0, 1024, size=odd.sum()) | (r.integers(0, 2, size=odd.sum()) << 15)
        return {"wq": np.ascontiguousarray(bits).view("<u4")}
    words = {"q4_0": 4, "q4_1": 4, "q8_0": 8}[fmt] * cols // 32
    q = r.integers(0, 2**32, size=(rows, words), dtype=np.uint32)
    scale = (r.random((rows, cols // 32)) * 0.02 + 0.001).astype(np.float32)
    mins = (r.standard_normal((rows, cols // 32)) * 0.05).astype(np.float32)
    out = {"wq": q, "wscale": scale}
    if fmt == "q4_1":
        out["wmin"] = mins
    return out


def test_every_kernel_has_a_reference():
    assert set(load_kernels()) == set(reference.OPS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n", [1, 7])
@pytest.mark.parametrize("residual", [False, True])
def test_matmul(device, fmt, n, residual):
    r = rng()
    N, K = 83, 32 * 13  # odd rows, K not a multiple of the 64-wide thread split
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **random_quant(r, fmt, N, K)}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    out = "out" if residual else "y"
    kernel = f"matmul_{fmt}" + ("_add" if residual else "")
    res = run_both(device, kernel, inputs, {out: np.zeros((n, N), np.float32)}, {"n": n, "N": N, "K": K})
    assert_close(*res[out])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n,K", [(1, 32 * 13), (3, 32 * 37)])
@pytest.mark.parametrize("residual", [False, True])
def test_gemv(device, fmt, n, K, residual):
    """The GPU matrix-vector schedule: N a multiple of its 4 rows per workgroup; K below and above one
    pass of its 64 invocations over the payload words."""
    r = rng()
    N = 4 * 21
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **random_quant(r, fmt, N, K)}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    out = "out" if residual else "y"
    kernel = f"gemv_{fmt}" + ("_add" if residual else "")
    res = run_both(device, kernel, inputs, {out: np.zeros((n, N), np.float32)}, {"n": n, "N": N, "Nb": N // 4, "K": K})
    assert_close(*res[out])


@pytest.mark.parametrize("fmt", FORMATS)
def test_gemv_norm(device, fmt):
    """The decode product with the RMSNorm in front (each workgroup sums the squares of its x row)."""
    r = rng()
    n, N, K = 2, 4 * 19, 32 * 11
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32) * 2, "w": r.standard_normal(K).astype(np.float32),
              **random_quant(r, fmt, N, K)}
    res = run_both(device, f"gemv_norm_{fmt}", inputs, {"y": np.zeros((n, N), np.float32)}, {"n": n, "N": N, "Nb": N // 4, "K": K, "eps": 1e-5})
    assert_close(*res["y"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_gemv_silu(device, fmt):
    """The decode down product reading silu(gate) * up straight from gu[n, 2K]."""
    r = rng()
    n, N, K = 2, 4 * 19, 32 * 11
    inputs = {"gu": r.standard_normal((n, 2 * K)).astype(np.float32) * 3, **random_quant(r, fmt, N, K),
              "residual": r.standard_normal((n, N)).astype(np.float32)}
    res = run_both(device, f"gemv_silu_{fmt}_add", inputs, {"out": np.zeros((n, N), np.float32)}, {"n": n, "N": N, "Nb": N // 4, "K": K})
    assert_close(*res["out"])


@pytest.mark.parametrize("fmt", ["q4_0", "q4_1"])
@pytest.mark.parametrize("kind", ["", "_add", "norm", "silu_add", "norm16"])
@pytest.mark.parametrize("n,Kb", [(1, 3), (2, 70)])
def test_gemv4(device, fmt, kind, n, Kb):
    """The whole-block decode products (16-byte loads): fewer blocks than invocations, and more than
    one pass of 64 with a tail; every kind of input and output (norm16: 16 rows per workgroup)."""
    r = rng()
    rows = {"norm16": 16}.get(kind, 4)
    N, K = 16 * 3, 32 * Kb  # N: a multiple of the rows per workgroup
    inputs = {**random_quant(r, fmt, N, K)}
    if kind == "silu_add":
        inputs["gu"] = r.standard_normal((n, 2 * K)).astype(np.float32) * 3
    else:
        inputs["x"] = r.standard_normal((n, K)).astype(np.float32) * 2
    if kind.startswith("norm"):
        inputs["w"] = r.standard_normal(K).astype(np.float32)
    if kind.endswith("add"):
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    name = {"": f"gemv4_{fmt}", "_add": f"gemv4_{fmt}_add", "norm": f"gemv4_norm_{fmt}", "silu_add": f"gemv4_silu_{fmt}_add",
            "norm16": f"gemv4_norm16_{fmt}"}[kind]
    res = run_both(device, name, inputs, {"out": np.zeros((n, N), np.float32)}, {"n": n, "N": N, "Nb": N // rows, "Kb": Kb, "eps": 1e-5})
    assert_close(*res["out"])



def q8_activations(r, n, Kb):
    """Random act_q8 output: int8 blocks (-127..127) and their (d, d * sum(q)) pairs [n, Kb, 2]."""
    q = r.integers(-127, 128, size=(n, Kb, 32)).astype(np.int8)
    d = (r.random((n, Kb)) * 0.05 + 1e-3).astype(np.float32)
    xs = np.stack([d, d * q.sum(axis=2, dtype=np.float32)], axis=2).astype(np.float32)
    return {"xq": q.reshape(n, Kb * 32).view(np.uint32).copy(), "xs": xs}


def check_q8_blocks(q_out, s_out, rtol):
    """int8 blocks from a kernel against its float64 twin: q_out and s_out the (gpu, ref) pairs of xq-like
    u32 words and (d, d * sum(q)) pairs. A q may differ by one (the kernel rounds values computed in f32: one
    within f32 rounding of a half may go either way), few do; d within rtol; d * sum(q) of the kernel's own
    q. Returns the kernel's q [blocks, 32] and d [blocks]."""
    q_gpu, q_ref = (a.view(np.int8).astype(np.int64).reshape(-1, 32) for a in q_out)
    s_gpu, s_ref = (a.reshape(-1, 2) for a in s_out)
    assert np.abs(q_gpu - q_ref).max() <= 1
    assert (q_gpu != q_ref).sum() <= 2 + 2e-3 * q_ref.size
    assert np.abs(q_gpu).max() <= 127
    assert_close(s_gpu[:, 0], s_ref[:, 0], rtol=rtol)
    np.testing.assert_allclose(s_gpu[:, 1], s_gpu[:, 0] * q_gpu.sum(axis=1), rtol=1e-6, atol=1e-6)
    return q_gpu, s_gpu[:, 0]


@pytest.mark.parametrize("kind", ["norm", "silu"])
@pytest.mark.parametrize("n, Kb", [(1, 1), (3, 5), (2, 130), (1, 300)])
def test_act_q8(device, kind, n, Kb):
    """Activations to int8 blocks: the scale d exact to f32 rounding, each q within one of the float64
    rounding (the kernel rounds v * 127 / max|v| computed in f32: a value within f32 rounding of a half
    may go either way), nearly all equal, and an all-zero block gives d = 0, q = 0."""
    r = rng()
    K = 32 * Kb
    inputs = {}
    if kind == "silu":
        inputs["gu"] = (r.standard_normal((n, 2 * K)) * 3).astype(np.float32)
    else:
        x = (r.standard_normal((n, K)) * 2).astype(np.float32)
        x[0, :32] = 0  # an all-zero block
        inputs["x"] = x
        inputs["w"] = r.standard_normal(K).astype(np.float32)
    outs = {"xq": np.zeros((n, K // 4), np.uint32), "xs": np.zeros((n, Kb, 2), np.float32)}
    res = run_both(device, f"act_q8_{kind}", inputs, outs, {"n": n, "Kb": Kb, "eps": 1e-5})
    q, d = check_q8_blocks(res["xq"], res["xs"], rtol=1e-6)  # (silu's f32 exp widens the near-half band)
    if kind != "silu":
        assert (q[0] == 0).all() and d[0] == 0  # (row 0's first block)


@pytest.mark.parametrize("fmt", ["q4_0", "q4_1"])
@pytest.mark.parametrize("n, Kb", [(1, 1), (2, 3), (1, 130), (2, 300)])
@pytest.mark.parametrize("residual", [False, True])
def test_gemv8(device, fmt, n, Kb, residual):
    """The q4 x int8 decode products (dot4I8Packed): fewer blocks than invocations, several passes of
    128 with a tail, 2 rows per workgroup."""
    r = rng()
    N, K = 2 * 7, 32 * Kb
    inputs = {**q8_activations(r, n, Kb), **random_quant(r, fmt, N, K)}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    name = f"gemv8_{fmt}" + ("_add" if residual else "")
    res = run_both(device, name, inputs, {"out": np.zeros((n, N), np.float32)}, {"n": n, "N": N, "Nb": N // 2, "Kb": Kb})
    assert_close(*res["out"])

@pytest.mark.parametrize("fmt", ["q4_0", "q4_1"])
@pytest.mark.parametrize("n, Kb, Fb", [(1, 1, 1), (2, 13, 3), (1, 130, 2), (1, 300, 1)])
def test_gemv8_gate_up(device, fmt, n, Kb, Fb):
    """The gate / up decode product with act_q8_silu fused behind it: one workgroup per output block of
    32, its 64 rows over 8 invocations each (fewer blocks than invocations, a tail of the 4-block passes);
    the int8 blocks as test_act_q8 checks them (the product's f32 sums may move a q near a half by one)."""
    r = rng()
    F, K = 32 * Fb, 32 * Kb
    inputs = {**q8_activations(r, n, Kb), **random_quant(r, fmt, 2 * F, K)}
    outs = {"hq": np.zeros((n, F // 4), np.uint32), "hs": np.zeros((n, Fb, 2), np.float32)}
    res = run_both(device, f"gemv8_gate_up_{fmt}", inputs, outs, {"n": n, "Kb": Kb, "Fb": Fb})
    q, _ = check_q8_blocks(res["hq"], res["hs"], rtol=1e-5)
    assert (np.abs(q).max(axis=1) == 127).all()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n", [1, 13])
@pytest.mark.parametrize("residual", [False, True])
def test_mm8(device, fmt, n, residual):
    """The prefill product: 8 rows of x per invocation, whole tiles written (rows past n ignored)."""
    r = rng()
    N, K, rows = 64 * 3, 32 * 13, -(-n // 8) * 8
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **random_quant(r, fmt, N, K)}
    if residual:
        inputs["residual"] = r.standard_normal((rows, N)).astype(np.float32)
    out = "out" if residual else "y"
    kernel = f"mm8_{fmt}" + ("_add" if residual else "")
    scalars = {"n": n, "nt": rows // 8, "N": N, "Nj": N // 64, "K": K}
    gpu, ref = run_both(device, kernel, inputs, {out: np.zeros((rows, N), np.float32)}, scalars)[out]
    assert_close(gpu[:n], ref[:n])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n", [1, 7, 13, 64, 72])
@pytest.mark.parametrize("residual", [False, True])
def test_mmt(device, fmt, n, residual):
    """The tiled prefill product: 64 x 64 output tiles; n below, at and above one tile of rows (72: a
    second, partial tile), N three column tiles, K ten blocks. Only the n rows are written: the rows
    past n keep their (random) values."""
    r = rng()
    N, K = 64 * 3, 32 * 10
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **random_quant(r, fmt, N, K)}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    out = "out" if residual else "y"
    kernel = f"mmt_{fmt}" + ("_add" if residual else "")
    before = r.standard_normal((n + 3, N)).astype(np.float32)
    gpu, ref = run_both(device, kernel, inputs, {out: before}, {"n": n, "N": N, "Kb": K // 32, "S": 1})[out]
    assert_close(gpu[:n], ref[:n])
    assert np.array_equal(gpu[n:], before[n:])


@pytest.mark.parametrize("fmt", ["q4_0", "q4_1", "f16"])
@pytest.mark.parametrize("n,Kb,S", [(13, 10, 3), (72, 5, 4)])
def test_mmt_split(device, fmt, n, Kb, S):
    """mmt_* with its K steps in S splits, partial sums in row blocks of y (S = 4 of 5 steps: a split
    with none, which writes zeros); the twin puts the whole sum in block 0, so compare the sums."""
    r = rng()
    N, K = 64 * 2, 32 * Kb
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **random_quant(r, fmt, N, K)}
    res = run_both(device, f"mmt_{fmt}", inputs, {"y": np.zeros((S * n, N), np.float32)}, {"n": n, "N": N, "Kb": Kb, "S": S})
    gpu, ref = (a.reshape(S, n, N).sum(axis=0) for a in res["y"])
    assert_close(gpu, ref)


@pytest.mark.parametrize("residual", [False, True])
def test_mmt_sum(device, residual):
    r = rng()
    n, N, S = 7, 37, 3
    inputs = {"part": r.standard_normal((S * n, N)).astype(np.float32)}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    out = "out" if residual else "y"
    res = run_both(device, "mmt_sum" + ("_add" if residual else ""), inputs, {out: np.zeros((n, N), np.float32)}, {"n": n, "N": N, "S": S})
    assert_close(*res[out])


@pytest.mark.parametrize("fmt", FORMATS)
def test_embed(device, fmt):
    r = rng()
    V, K, n = 101, 96, 5
    inputs = {"ids": r.integers(0, V, size=n, dtype=np.int32), **random_quant(r, fmt, V, K)}
    res = run_both(device, f"embed_{fmt}", inputs, {"out": np.zeros((n, K), np.float32)}, {"n": n, "K": K})
    assert_close(*res["out"])


def test_copy_columns(device):
    """A row part's product output [n, N] into columns col0.. of a wider output [rows, ldy]; the other
    columns keep their values."""
    r = rng()
    n, N, rows, ldy, col0 = 5, 13, 7, 41, 17
    inputs = {"x": r.standard_normal((n, N)).astype(np.float32)}
    res = run_both(device, "copy_columns", inputs, {"y": r.standard_normal((rows, ldy)).astype(np.float32)},
                   {"n": n, "N": N, "ldy": ldy, "col0": col0})
    gpu, ref = res["y"]
    assert np.array_equal(gpu, ref) and np.array_equal(gpu[:n, col0:col0 + N], inputs["x"])


def test_part_ids_and_merge_rows(device):
    """Ids shifted into the row part [row0, row0 + rows) (clamped), and only the rows whose id lies in
    the part replaced."""
    r = rng()
    n, K, row0, rows = 9, 19, 40, 25
    ids = r.integers(0, 100, size=n, dtype=np.int32)
    ids[:3] = [row0 - 1, row0, row0 + rows - 1]  # both edges and just outside
    gpu, ref = run_both(device, "part_ids", {"ids": ids}, {"y": np.zeros(n, np.int32)}, {"n": n, "row0": row0, "rows": rows})["y"]
    assert np.array_equal(gpu, ref) and np.array_equal(gpu, np.clip(ids - row0, 0, rows - 1))
    inputs = {"ids": ids, "x": r.standard_normal((n, K)).astype(np.float32)}
    y = r.standard_normal((n, K)).astype(np.float32)
    gpu, ref = run_both(device, "merge_rows", inputs, {"y": y}, {"n": n, "K": K, "row0": row0, "rows": rows})["y"]
    inside = (ids >= row0) & (ids < row0 + rows)
    assert np.array_equal(gpu, ref) and np.array_equal(gpu, np.where(inside[:, None], inputs["x"], y))


def test_f16_decodes_every_value_exactly(device):
    """embed_f16 turns every f16 bit pattern (normal, subnormal, signed zero, infinity; NaNs left out:
    a GPU may change their payload) into the f32 of the same value, bit for bit."""
    bits = np.arange(2**16, dtype=np.uint32)
    bits[((bits >> 10) & 31 == 31) & (bits & 1023 != 0)] = 0  # NaN patterns -> +0
    K = 32
    table = bits.astype("<u2").reshape(-1, K)  # [2048, 32]: row r holds patterns 32r .. 32r+31
    r = rng()
    ids = r.permutation(table.shape[0]).astype(np.int32)  # every row, in a fresh order
    inputs = {"ids": ids, "wq": np.ascontiguousarray(table).view("<u4")}
    gpu, _ = run_both(device, "embed_f16", inputs, {"out": np.zeros((ids.size, K), np.float32)}, {"n": ids.size, "K": K})["out"]
    want = table[ids].view("<f2").astype(np.float32)
    assert np.array_equal(gpu.view(np.uint32), want.view(np.uint32))


@pytest.mark.parametrize("kernel,K", [("rms_norm", 77), ("rms_norm_gpu", 77), ("rms_norm_gpu", 600)])
def test_rms_norm(device, kernel, K):
    r = rng()
    rows, n, row0 = 9, 4, 3
    inputs = {"x": r.standard_normal((rows, K)).astype(np.float32), "w": r.standard_normal(K).astype(np.float32)}
    res = run_both(device, kernel, inputs, {"y": np.zeros((n, K), np.float32)}, {"n": n, "K": K, "row0": row0, "eps": 1e-5})
    assert_close(*res["y"])


def _rope_tables(r, C, hd):
    ang = r.random((C, hd // 2)) * 6.28
    return np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)


def test_rope_qkv(device):
    """q rotated into q; k rotated and v appended to the caches at pos0 (the other cache rows kept)."""
    r = rng()
    n, H, Hkv, hd, C, pos0 = 5, 6, 2, 18, 23, 7
    width = (H + 2 * Hkv) * hd
    cos, sin = _rope_tables(r, C, hd)
    qkv = r.standard_normal((n, width)).astype(np.float32)
    base = {"qkv": qkv, "cos": cos, "sin": sin}
    caches = {"k_cache": r.standard_normal((Hkv, C, hd)).astype(np.float32), "v_cache": r.standard_normal((Hkv, C, hd)).astype(np.float32)}
    outs = {"q": np.zeros((n, H, hd), np.float32), **caches}
    res = run_both(device, "rope_qkv", base, outs, {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": C, "pos0": pos0, "width": width})
    for name in outs:
        assert_close(*res[name])


@pytest.mark.parametrize("n,pos0,C", [(1, 12, 29), (6, 0, 29), (5, 9, 29), (1, 130, 150)])
@pytest.mark.parametrize("window", [None, 3])
@pytest.mark.parametrize("gpu_schedule", [False, True])
def test_attention(device, n, pos0, C, window, gpu_schedule):
    r = rng()
    H, Hkv, hd = 6, 2, 20  # head dims are multiples of 4 (attn_scores_gpu)
    sfx = "_gpu" if gpu_schedule else ""  # the GPU schedules attn_scores_gpu and attn_pv_gpu
    L = pos0 + n
    q = r.standard_normal((n, H, hd)).astype(np.float32)
    k_cache = r.standard_normal((Hkv, C, hd)).astype(np.float32)
    v_cache = r.standard_normal((Hkv, C, hd)).astype(np.float32)
    dims = {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": L, "pos0": pos0, "window": window or C, "scale": hd ** -0.5}
    dims["nb"] = -(-H * n * L // 64)
    # attn_scores_gpu writes whole workgroups of 64: the s buffer has 64 floats of padding
    s = run_both(device, "attn_scores" + sfx, {"q": q, "k_cache": k_cache}, {"s": np.zeros(H * n * L + 64, np.float32)}, dims)["s"]
    s = (s[0][: H * n * L].reshape(H, n, L), s[1][: H * n * L].reshape(H, n, L))
    masked = np.isinf(s[1])  # the reference masks with -inf, the kernel with the lowest f32
    assert masked.any() == (n > 1 or (window or C) < L) and np.all(s[0][masked] < -1e38)
    assert masked.sum() == sum(max(L - min(pos0 + i + 1, window or C), 0) if window else L - pos0 - i - 1 for i in range(n)) * H
    assert_close(s[0][~masked], s[1][~masked])
    scores = r.standard_normal((H * n, L)).astype(np.float32) * 3
    scores[:, -2:] = -3.4028234663852886e38  # masked entries as attn_scores writes them
    p = run_both(device, "softmax_rows", {"s": scores}, {"p": np.zeros((H * n, L), np.float32)}, {"R": H * n, "L": L})["p"]
    assert_close(*p)
    probs = r.random((H, n, L)).astype(np.float32)
    out = run_both(device, "attn_pv" + sfx, {"p": probs, "v_cache": v_cache}, {"out": np.zeros((n, H, hd), np.float32)}, dims)["out"]
    assert_close(*out)


SPLIT_CASES = [  # L, C, window, hd, H, Hkv, gb (query heads per workgroup), split (positions per workgroup)
    (1, 7, 7, 24, 6, 2, 3, 64),  # a single position
    (37, 50, 50, 16, 6, 2, 1, 64),  # one split, shorter than the split
    (200, 200, 200, 64, 9, 3, 3, 64),  # L = C, a last split of 8
    (1500, 1600, 300, 40, 8, 2, 4, 64),  # a window starting mid-cache; hd an odd multiple of 8
    (4097, 4100, 4100, 128, 8, 2, 2, 64),  # 65 splits, a last split of 1
    (130, 140, 140, 32, 5, 5, 1, 512),  # no GQA; the longest split
    (129, 129, 129, 24, 8, 1, 8, 8),  # the widest head block; the shortest split
    (70, 80, 80, 256, 4, 1, 4, 128),  # the largest head dim
    (333, 400, 400, 128, 32, 8, 4, 32),  # Llama-8B heads
]


# attn_decode_rope_split_gpu (one query head a workgroup, hd a multiple of 16): the cases it takes, a window
# starting mid-cache, and splits longer than its chunk of 1024 scores
DECODE_SPLIT_CASES = [c for c in SPLIT_CASES if c[3] % 16 == 0] + [
    (1500, 1600, 300, 48, 8, 2, 1, 64),
    (2500, 2600, 2600, 32, 4, 2, 1, 1500),
]


def split_dims(L, C, window, hd, H, Hkv, gb, split):
    Smax = -(-C // split)
    return {"H": H, "Hkv": Hkv, "gb": gb, "hd4": hd // 4, "half4": hd // 8, "C": C, "Smax": Smax, "P4": hd // 4 + 1,
            "split": split, "L": L, "window": window, "scale": hd ** -0.5}


def check_split(device, r, res, dims, q, caches):
    """The partials of attn_split*_gpu (res["part"]), then attn_combine_gpu on the GPU's partials; the
    float64 chain against plain softmax attention too."""
    H, Hkv, hd, L, C = dims["H"], dims["Hkv"], 4 * dims["hd4"], dims["L"], dims["C"]
    part = res["part"]
    S = -(-min(L, dims["window"]) // dims["split"])
    assert_close(*part)
    assert not part[0][:, S:].any()  # rows past S untouched
    out = run_both(device, "attn_combine_gpu", {"part": part[0]}, {"out": np.zeros((1, H * hd), np.float32)}, dims)["out"]
    assert_close(*out)
    if hd % 32 == 0:  # the combine writing int8 blocks for a gemv8 o product (as test_act_q8 checks them)
        outs = {"xq": np.zeros((1, H * hd // 4), np.uint32), "xs": np.zeros((1, H * hd // 32, 2), np.float32)}
        res8 = run_both(device, "attn_combine_q8_gpu", {"part": part[0]}, outs, {**dims, "hb": hd // 32})
        q8, _ = check_q8_blocks(res8["xq"], res8["xs"], rtol=1e-5)
        assert (np.abs(q8).max(axis=1) == 127).all()
    lo = max(L - dims["window"], 0)
    k = np.repeat(caches["k_cache"][:, lo:L].astype(np.float64), H // Hkv, axis=0)
    v = np.repeat(caches["v_cache"][:, lo:L].astype(np.float64), H // Hkv, axis=0)
    s = np.einsum("hd,hjd->hj", q.reshape(H, hd), k) * dims["scale"]
    p = np.exp(s - s.max(axis=1, keepdims=True))
    assert_close(out[1].reshape(H, hd), np.einsum("hj,hjd->hd", p / p.sum(axis=1, keepdims=True), v))


@pytest.mark.parametrize("L,C,window,hd,H,Hkv,gb,split", SPLIT_CASES + [
    (50, 60, 60, 20, 6, 2, 3, 16),  # head dims of an odd number of vec4s: the plain variant only (no RoPE)
    (5, 10, 2, 12, 4, 2, 2, 8),  # a window of 2
])
def test_attn_split_gpu(device, L, C, window, hd, H, Hkv, gb, split):
    """Split ("flash") decode attention, then the combine, on odd shapes."""
    r = rng()
    dims = split_dims(L, C, window, hd, H, Hkv, gb, split)
    q = r.standard_normal((1, H, hd)).astype(np.float32) * 2
    kv = {name: r.standard_normal((Hkv, C, hd)).astype(np.float32) for name in ("k_cache", "v_cache")}
    part = np.zeros((H, dims["Smax"], hd + 4), np.float32)
    res = run_both(device, "attn_split_gpu", {"q": q, **kv}, {"part": part}, dims)
    check_split(device, r, res, dims, q, kv)


@pytest.mark.parametrize("kernel,L,C,window,hd,H,Hkv,gb,split", [("attn_split_rope_gpu", *c) for c in SPLIT_CASES]
                         + [("attn_decode_rope_split_gpu", *c) for c in DECODE_SPLIT_CASES])
def test_attn_split_rope_gpu(device, kernel, L, C, window, hd, H, Hkv, gb, split):
    """rope_qkv fused in front of the split attention (both kernels; attn_decode_rope_split_gpu takes one
    query head a workgroup, gb unused): the partials (position L - 1 from the rotated k / v in workgroup
    memory), the rotated k and the v of position L - 1 in the caches (the rest untouched), then the
    combine."""
    r = rng()
    dims = split_dims(L, C, window, hd, H, Hkv, gb, split)
    qkv = r.standard_normal((1, (H + 2 * Hkv) * hd)).astype(np.float32) * 2
    angles = r.random((C, hd // 2)) * 6
    tables = {"cos": np.cos(angles).astype(np.float32), "sin": np.sin(angles).astype(np.float32)}
    caches = {name: r.standard_normal((Hkv, C, hd)).astype(np.float32) for name in ("k_cache", "v_cache")}
    part = np.zeros((H, dims["Smax"], hd + 4), np.float32)
    res = run_both(device, kernel, {"qkv": qkv, **tables}, {"part": part, **caches}, dims)
    for name in ("k_cache", "v_cache"):
        assert_close(*res[name])
        assert np.array_equal(np.delete(res[name][0], L - 1, axis=1), np.delete(caches[name], L - 1, axis=1))
    assert not np.array_equal(res["k_cache"][0][:, L - 1], caches["k_cache"][:, L - 1])
    q = np.zeros(H * hd)  # the rotated q, from the reference
    reference.rope_qkv({"qkv": qkv.astype(np.float64).ravel(), "q": q, "cos": tables["cos"].ravel(), "sin": tables["sin"].ravel(),
                        "k_cache": np.zeros(Hkv * C * hd), "v_cache": np.zeros(Hkv * C * hd)},
                       {"n": 1, "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": C, "pos0": L - 1, "width": (H + 2 * Hkv) * hd})
    check_split(device, r, res, dims, q, {name: res[name][1] for name in ("k_cache", "v_cache")})



def decode_attention_case(L, C, window, hd):
    """Random inputs of a decode attention step with RoPE in front (6 query heads over 2 KV heads):
    H, {qkv, cos, sin}, {k_cache, v_cache}, dims."""
    r = rng()
    H, Hkv = 6, 2
    qkv = r.standard_normal((1, (H + 2 * Hkv) * hd)).astype(np.float32) * 2
    angles = r.random((C, hd // 2)) * 6
    tables = {"cos": np.cos(angles).astype(np.float32), "sin": np.sin(angles).astype(np.float32)}
    caches = {name: r.standard_normal((Hkv, C, hd)).astype(np.float32) for name in ("k_cache", "v_cache")}
    dims = {"H": H, "Hkv": Hkv, "hd4": hd // 4, "half4": hd // 8, "C": C, "L": L, "window": window, "scale": hd ** -0.5}
    return H, {"qkv": qkv, **tables}, caches, dims


@pytest.mark.parametrize("L,C,window,hd", [(1, 7, 7, 32), (37, 50, 50, 16), (2100, 2200, 2200, 16), (1500, 1600, 300, 48),
                                           (70, 80, 80, 256)])
def test_attn_decode_rope_gpu(device, L, C, window, hd):
    """The one-workgroup-per-head decode attention (short contexts) with rope_qkv fused in front: a
    single position, one chunk, three chunks of 1024 (online softmax across them), a window that starts
    mid-cache, the largest head dim; the output, and the rotated k and the v of position L - 1 in the
    caches (the rest of the caches untouched)."""
    H, inputs, caches, dims = decode_attention_case(L, C, window, hd)
    res = run_both(device, "attn_decode_rope_gpu", inputs, {"out": np.zeros((1, H * hd), np.float32), **caches}, dims)
    for name in ("out", "k_cache", "v_cache"):
        assert_close(*res[name])
    assert not np.array_equal(res["k_cache"][0][:, L - 1], caches["k_cache"][:, L - 1])


@pytest.mark.parametrize("L,C,window,hd", [(1, 7, 7, 32), (300, 310, 310, 64), (1500, 1600, 300, 128), (70, 80, 80, 256)])
def test_attn_decode_rope_q8_gpu(device, L, C, window, hd):
    """The decode attention writing its output as int8 blocks for a gemv8 o product: the blocks as
    test_act_q8 checks them (the attention's f32 sums may move a q near a half by one), and the caches."""
    H, inputs, caches, dims = decode_attention_case(L, C, window, hd)
    outs = {"xq": np.zeros((1, H * hd // 4), np.uint32), "xs": np.zeros((1, H * hd // 32, 2), np.float32), **caches}
    res = run_both(device, "attn_decode_rope_q8_gpu", inputs, outs, {**dims, "hb": hd // 32})
    q, _ = check_q8_blocks(res["xq"], res["xs"], rtol=1e-5)
    assert (np.abs(q).max(axis=1) == 127).all()
    for name in ("k_cache", "v_cache"):
        assert_close(*res[name])


PREFILL_CASES = [  # n, pos0, C, window (None: C), hd, H, Hkv, gb (query heads per workgroup)
    (1, 0, 9, None, 16, 2, 2, 1),  # one token at position 0
    (7, 5, 20, None, 40, 6, 2, 3),  # GQA groups of 3 (tiles of 5 tokens: a row of the 16 idle); hd an odd number of vec4s
    (13, 30, 50, 11, 64, 8, 2, 4),  # a chunk after earlier ones, a window shorter than L
    (13, 27, 41, None, 128, 3, 1, 1),  # one head per workgroup: 16-token tiles, 3 rows padded
    (64, 0, 70, None, 128, 8, 2, 4),  # a whole 64-token chunk at 0, 8B head dim
    (64, 101, 170, 70, 128, 4, 1, 4),  # a later chunk, L = 165 not a multiple of the key chunk, window < L
    (64, 36, 100, None, 16, 3, 3, 1),  # no GQA, the smallest head
]


@pytest.mark.parametrize("n,pos0,C,window,hd,H,Hkv,gb", PREFILL_CASES)
def test_attn_prefill_gpu(device, n, pos0, C, window, hd, H, Hkv, gb):
    """The tiled ("flash") prefill attention against scores, softmax and p @ v in float64, on odd shapes."""
    r = rng()
    q = r.standard_normal((n, H, hd)).astype(np.float32) * 2
    caches = {name: r.standard_normal((Hkv, C, hd)).astype(np.float32) for name in ("k_cache", "v_cache")}
    dims = {"n": n, "H": H, "Hkv": Hkv, "hd4": hd // 4, "C": C, "pos0": pos0, "window": window or C, "scale": hd ** -0.5, "gb": gb}
    res = run_both(device, "attn_prefill_gpu", {"q": q, **caches}, {"out": np.zeros((n, H * hd), np.float32)}, dims)
    assert_close(*res["out"])


@pytest.mark.parametrize("n,pos0,C,window,hd,H,Hkv,gb", PREFILL_CASES)
@pytest.mark.parametrize("span", [8, 20, 64])
def test_attn_prefill_split_gpu(device, n, pos0, C, window, hd, H, Hkv, gb, span):
    """The prefill attention split into spans of key positions (some spans seen by no row of a tile, or by
    only some rows), then attn_combine_gpu over the n H rows of partials, against the plain attention."""
    r = rng()
    L = pos0 + n
    S = -(-L // span)
    q = r.standard_normal((n, H, hd)).astype(np.float32) * 2
    caches = {name: r.standard_normal((Hkv, C, hd)).astype(np.float32) for name in ("k_cache", "v_cache")}
    dims = {"n": n, "H": H, "Hkv": Hkv, "hd4": hd // 4, "C": C, "pos0": pos0, "window": window or C, "scale": hd ** -0.5,
            "gb": gb, "span": span, "Smax": S + 1, "P4": hd // 4 + 1}
    part = np.zeros((n * H, S + 1, hd + 4), np.float32)
    gpu, ref = run_both(device, "attn_prefill_split_gpu", {"q": q, **caches}, {"part": part}, dims)["part"]
    assert not gpu[:, S:].any()  # rows past S untouched
    # the sums, l, then m: the lowest f32 in spans a row does not see (l = 0 there), else the max score
    seen = ref[:, :S, hd + 1] > 0
    assert_close(gpu[:, :S, :hd], ref[:, :S, :hd])
    assert_close(gpu[:, :S, hd + 1], ref[:, :S, hd + 1])
    assert not gpu[:, :S, hd + 2 :].any()
    assert np.all(gpu[:, :S, hd][~seen] < -1e38)
    assert_close(gpu[:, :S, hd][seen], ref[:, :S, hd][seen])
    combine = {"H": n * H, "hd4": hd // 4, "L": L, "window": L, "split": span, "Smax": S + 1, "P4": hd // 4 + 1}
    out = run_both(device, "attn_combine_gpu", {"part": gpu}, {"out": np.zeros((n * H, hd), np.float32)}, combine)["out"]
    want = np.zeros(n * H * hd)
    reference.attn_prefill_gpu({"q": q.ravel(), **{k: v.ravel() for k, v in caches.items()}, "out": want}, dims)
    assert_close(out[0], want.reshape(n * H, hd))


def test_silu_mul(device):
    r = rng()
    n, F = 3, 45
    res = run_both(device, "silu_mul", {"gu": r.standard_normal((n, 2 * F)).astype(np.float32) * 4}, {"h": np.zeros((n, F), np.float32)}, {"n": n, "F": F})
    assert_close(*res["h"])


def test_rms_norm_add(device):
    r = rng()
    n, K = 3, 97
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32) * 5, "r": r.standard_normal((n, K)).astype(np.float32),
              "w": r.standard_normal(K).astype(np.float32)}
    res = run_both(device, "rms_norm_add", inputs, {"y": np.zeros((n, K), np.float32)}, {"n": n, "K": K, "eps": 1e-6})
    assert_close(*res["y"])


def test_head_rms_norm(device, kernel="head_rms_norm", hd=40):
    r = rng()
    n, H, Hkv = 3, 3, 2
    inputs = {"qkv": r.standard_normal((n, (H + 2 * Hkv) * hd)).astype(np.float32) * 3,
              "qw": r.standard_normal(hd).astype(np.float32), "kw": r.standard_normal(hd).astype(np.float32)}
    res = run_both(device, kernel, inputs, {"y": np.zeros((n, (H + 2 * Hkv) * hd), np.float32)},
                   {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "eps": 1e-6})
    assert_close(*res["y"])
    assert np.array_equal(res["y"][0][:, (H + Hkv) * hd:], inputs["qkv"][:, (H + Hkv) * hd:])  # v heads copied


@pytest.mark.parametrize("hd", [40, 100])  # one pass of the workgroup's 64 invocations, and two with a tail
def test_head_rms_norm_gpu(device, hd):
    test_head_rms_norm(device, "head_rms_norm_gpu", hd)


def test_gelu_mul(device):
    r = rng()
    n, F = 3, 45
    gu = r.standard_normal((n, 2 * F)).astype(np.float32) * 4
    gu[0, :3] = [-100.0, 100.0, 0.0]  # saturation, no inf / inf
    res = run_both(device, "gelu_mul", {"gu": gu}, {"h": np.zeros((n, F), np.float32)}, {"n": n, "F": F})
    assert_close(*res["h"])


def test_gelu(device):
    r = rng()
    x = r.standard_normal((3, 45)).astype(np.float32) * 4
    x[0, :2] = [-100.0, 100.0]
    res = run_both(device, "gelu", {"x": x}, {"y": np.zeros_like(x)}, {"n": 3, "F": 45})
    assert_close(*res["y"])


def test_layer_norm(device):
    r = rng()
    n, K = 3, 97
    inputs = {"x": (r.standard_normal((n + 2, K)) * 5 + 3).astype(np.float32), "w": r.standard_normal(K).astype(np.float32),
              "b": r.standard_normal(K).astype(np.float32)}
    res = run_both(device, "layer_norm", inputs, {"y": np.zeros((n, K), np.float32)}, {"n": n, "K": K, "row0": 2, "eps": 1e-5})
    assert_close(*res["y"])


def test_add_positions(device):
    r = rng()
    n, K, P = 3, 70, 11
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), "pos_embed": r.standard_normal((P, K)).astype(np.float32)}
    res = run_both(device, "add_positions", inputs, {"y": np.zeros((n, K), np.float32)}, {"n": n, "K": K, "pos0": 7})
    assert_close(*res["y"])


def test_scale_rows(device):
    r = rng()
    x = r.standard_normal((3, 70)).astype(np.float32)
    res = run_both(device, "scale_rows", {"x": x}, {"y": np.zeros_like(x)}, {"n": 3, "K": 70, "s": 25.298221})
    assert_close(*res["y"])


def test_add_bias(device):
    r = rng()
    n, N = 5, 67
    inputs = {"x": r.standard_normal((n, N)).astype(np.float32), "b": r.standard_normal(N).astype(np.float32)}
    res = run_both(device, "add_bias", inputs, {"y": np.zeros((n, N), np.float32)}, {"n": n, "N": N})
    assert_close(*res["y"])


@pytest.mark.parametrize("V", [1, 333, 49157, 262147])
def test_argmax(device, V):
    """Ties go to the lowest index: across invocations (V // 3, V - 2) and within one (i, i + 256 k: the
    kernel's invocations take every 256th logit)."""
    r = rng()
    logits = r.standard_normal(V).astype(np.float32)
    if V > 10:
        logits[V // 3] = logits[V - 2] = logits.max() + 1  # tie: the lowest index wins
    if V > 5000:
        logits[777] = logits[777 + 256 * 9] = logits.max() + 1
    res = run_both(device, "argmax", {"logits": logits}, {"am_v0": np.zeros(1, np.int32), "am_v1": np.zeros(1, np.float32)}, {"V": V})
    assert res["am_v0"][0][0] == res["am_v0"][1][0] == np.argmax(logits)
    assert res["am_v1"][0][0] == logits.max()


def sampler_inputs(r, V, logits=None):
    """Random inputs of sample_scores: some tokens biased, some masked, some seen, some counted."""
    allowed = r.random(V) > 0.2
    allowed[r.integers(V)] = True
    return {
        "logits": (r.standard_normal(V) * 3).astype(np.float32) if logits is None else logits,
        "bias": np.where(r.random(V) < 0.1, r.standard_normal(V) * 5, 0).astype(np.float32),
        "allowed": pack_mask(allowed),
        "seen": r.integers(0, 2, V, dtype=np.int32),
        "counts": np.where(r.random(V) < 0.3, r.integers(1, 5, V), 0).astype(np.int32),
    }


def sampler_scalars(key, temperature=0.7, noise=1.0, penalty=1.3, frequency=0.4, presence=0.6):
    return {"key": key, "inv_temp": 1 / temperature, "noise": noise, "penalty": penalty, "frequency": frequency,
            "presence": presence}


@pytest.mark.parametrize("V", [5, 4099])
def test_sample_scores(device, V):
    r = rng()
    scalars = {"V": V, **sampler_scalars(noise_key(int(r.integers(1 << 31)), 7))}
    res = run_both(device, "sample_scores", sampler_inputs(r, V), {"scores": np.zeros(V, np.float32)}, scalars)
    gpu, ref = res["scores"]
    masked = ref < -1e38
    assert np.array_equal(gpu < -1e38, masked)
    # Gumbel noise spans ~[-3, 17]; log(-log(u)) in f32 keeps ~1e-6 relative accuracy
    assert_close(gpu[~masked], ref[~masked], rtol=1e-5)


def draw_counts(device, settings: SamplerSettings, logits, draws):
    """Histogram of `draws` GPU draws through the plan's sampling phase, a fresh noise key each."""
    V = len(logits)
    plan = Plan()
    plan.add_buffer("logits", "f32", (V,))
    plan.add_buffer("ids", "i32", (1,))
    add_sampling_phases(plan, V)
    gpu = WgpuExecutor(*reversed(device))
    gpu.prepare(plan)  # buffers start zeroed: no bias, no penalty memory
    gpu.upload("logits", logits)
    gpu.upload("allowed", pack_mask(np.ones(V, bool)))
    counts = np.zeros(V)
    for step in range(draws):
        gpu.run([settings.phase()], settings.call_dims(123, step))
        counts[gpu.read("ids", "i32", 1)[0]] += 1
    gpu.release()
    return counts


@pytest.mark.parametrize("top_k, top_p", [(0, 1.0), (3, 1.0), (0, 0.6), (5, 0.9)])  # keep 6, 3, 2, 4 tokens
def test_sampling_follows_truncated_softmax(device, top_k, top_p):
    """Draws follow softmax(logits / T) restricted to the HF top-k then top-p set (chi-square-sized
    tolerance; tokens outside the set never drawn)."""
    logits = np.array([2.0, 1.0, 0.5, -1.0, 0.0, 1.5], np.float32)
    T, draws = 0.8, 400
    counts = draw_counts(device, SamplerSettings(temperature=T, top_k=top_k, top_p=top_p), logits, draws)
    p = np.exp(logits / T) / np.exp(logits / T).sum()
    order = np.argsort(-p)
    keep = np.zeros(len(p), bool)
    keep[order[: top_k or len(p)]] = True
    q = np.where(keep, p, 0) / p[keep].sum()
    above = np.cumsum(q[order]) - q[order]
    keep[order[above >= top_p]] = False
    want = np.where(keep, q, 0) / q[keep].sum()
    assert np.all(counts[~keep] == 0), (counts, want)
    assert np.all(np.abs(counts / draws - want) < 4 * np.sqrt(want * (1 - want) / draws) + 0.01), (counts / draws, want)


@pytest.mark.parametrize("V, top_k, top_p", [(7, 0, 0.5), (1000, 40, 1.0), (4099, 0, 0.9), (4099, 50, 0.7), (333, 500, 1.0), (50, 5, 0.999),
                                          (49157, 40, 0.95), (49157, 0, 0.3)])
def test_top_threshold(device, V, top_k, top_p):
    r = rng()
    scores = (r.standard_normal(V) * 2).astype(np.float32)
    scores[r.integers(V, size=3)] = scores.max()  # ties at the top
    if V > 100:
        scores[: V // 10] = reference.MASKED_SCORE  # masked tokens, as sample_scores writes them
    res = run_both(device, "top_threshold", {"scores": scores}, {"threshold": np.zeros(1, np.uint32)}, {"V": V, "top_k": top_k, "top_p": top_p})
    keys = reference._order_key(scores)
    gpu, ref = (keys >= t[0] for t in res["threshold"])
    # f32 sums on the GPU vs float64: a token whose mass-above lies within 1e-5 of the cut may differ
    e = np.exp(scores.astype(np.float64) - scores.max())
    desc = np.sort(scores)[::-1]
    margin = np.abs(np.cumsum(np.exp(desc.astype(np.float64) - desc[0])) / e.sum() - top_p).min()
    if margin > 1e-5:
        assert np.array_equal(gpu, ref), (gpu.sum(), ref.sum())
    else:
        assert abs(int(gpu.sum()) - int(ref.sum())) <= 1
    assert gpu[np.argmax(scores)]


def test_sample_noise(device):
    r = rng()
    V = 777
    scores = (r.standard_normal(V) * 2).astype(np.float32)
    threshold = reference._order_key(np.sort(scores)[-20])  # keeps the 20 best
    res = run_both(device, "sample_noise", {"scores": scores, "threshold": threshold.reshape(1)},
                   {"noisy": np.zeros(V, np.float32)}, {"V": V, "key": noise_key(5, 1), "noise": 1.0})
    gpu, ref = res["noisy"]
    kept = ref > -1e38
    assert kept.sum() == 20 and np.array_equal(gpu > -1e38, kept)
    assert_close(gpu[kept], ref[kept])


@pytest.mark.parametrize("V, N, coarse", [(7, 5, False), (4099, 20, False), (333, 0, False), (49157, 20, False),
                                           (5003, 20, True), (1000, 1, False), (5003, 3, True)])
def test_token_logprobs(device, V, N, coarse):
    """The chosen token's log-probability and the N best (lowest id first among equals). coarse: logits
    rounded to 0.25, so that the best 20 hold many ties, across invocations too."""
    r = rng()
    logits = (r.standard_normal(V) * 3).astype(np.float32)
    if coarse:
        logits = np.round(logits * 4) / 4
    logits[V // 2] = logits[V // 3] = logits.max() + 1  # a tie at the top: the lower id first
    token = np.array([int(r.integers(V)), 0], np.int32)
    res = run_both(device, "token_logprobs", {"logits": logits, "token": token}, {"out": np.zeros(42, np.uint32)}, {"V": V, "N": N})
    gpu, ref = res["out"]
    ids = slice(0, 2 + 2 * N, 2)
    assert np.array_equal(gpu[ids], ref[ids]) and gpu[0] == token[0]
    if N:
        assert gpu[2] == min(V // 2, V // 3)
    if N > 1:
        assert gpu[4] == max(V // 2, V // 3)
    values = slice(1, 2 + 2 * N, 2)
    assert_close(gpu[values].view(np.float32), ref[values].view(np.float32))
    assert np.all(gpu[2 + 2 * N:] == 0)  # nothing written past N


def test_count_token(device):
    seen, counts = np.zeros(37, np.int32), np.zeros(37, np.int32)
    counts[29] = 2
    res = run_both(device, "count_token", {"token": np.array([29, 0], np.int32)}, {"seen": seen, "counts": counts}, {})
    assert res["seen"][0][29] == 1 and res["seen"][0].sum() == 1 and res["counts"][0][29] == 3
    assert np.array_equal(*res["seen"]) and np.array_equal(*res["counts"])


# --- the f16 path: *_f16 kernels ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def f16_device(device):
    if "shader-f16" not in device[1].features:
        pytest.skip("this adapter lacks shader-f16: the *_f16 kernels cannot run here")
    return device


def f16(a):
    return np.asarray(a).astype(np.float16)


def test_f16_kernels_declare_the_feature():
    """The manifest says which kernels need shader-f16 (executors compile them only on such devices):
    exactly the f16-storage variants (the products of act "f16" in tabllm.kernel_set, and reference.F16_VARIANTS
    + "_f16"), whose WGSL enables f16 and binds f16 arrays. (embed_f16, gemv_f16, ...: the f16 *weight* format,
    two f16 per u32, needs no feature.)"""
    import json

    from tabllm.kernel_set import product_kernels
    from tabllm.runtime.kernels import kernels_dir

    manifest = json.loads((kernels_dir() / "manifest.json").read_text())["kernels"]
    variants = {v + "_f16" for v in reference.F16_VARIANTS} | {name for name, p in product_kernels().items() if p.act == "f16"}
    assert variants <= set(manifest)
    for name, info in manifest.items():
        is_f16 = name in variants
        assert info["features"] == (["shader-f16"] if is_f16 else []), name
        assert any(b["type"] == "f16" for b in info["bindings"]) == is_f16, name
        assert load_kernels()[name].wgsl.startswith("enable f16;") == is_f16, name


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["matmul", "mm8"])
@pytest.mark.parametrize("n", [1, 13])
@pytest.mark.parametrize("residual", [False, True])
def test_products_f16(f16_device, fmt, kind, n, residual):
    """x f16; y f16, or out f32 with the f32 residual."""
    r = rng()
    N, K, rows = 64 * 3, 32 * 13, -(-n // 8) * 8
    inputs = {"x": f16(r.standard_normal((n, K))), **random_quant(r, fmt, N, K)}
    if residual:
        inputs["residual"] = r.standard_normal((rows, N)).astype(np.float32)
        outputs = {"out": np.zeros((rows, N), np.float32)}
    else:
        outputs = {"y": np.zeros((rows, N), np.float16)}
    kernel = f"{kind}_{fmt}" + ("_add" if residual else "") + "_f16"
    scalars = {"n": n, "nt": rows // 8, "N": N, "Nj": N // 64, "K": K}
    gpu, ref = run_both(f16_device, kernel, inputs, outputs, scalars)[next(iter(outputs))]
    assert_close(gpu[:n], ref[:n], RTOL if residual else RTOL_F16_OUT)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n,K", [(1, 32 * 13), (3, 32 * 37)])
def test_gemv_f16(f16_device, fmt, n, K):
    """The decode products of the f16 path: gemv_norm (x f32 -> y f16), gemv_add (x f16 -> out f32),
    gemv_silu_add (gu f16 -> out f32)."""
    r = rng()
    N = 4 * 21
    w = random_quant(r, fmt, N, K)
    scalars = {"n": n, "N": N, "Nb": N // 4, "K": K, "eps": 1e-5}
    normed = {"x": r.standard_normal((n, K)).astype(np.float32) * 2, "w": r.standard_normal(K).astype(np.float32), **w}
    assert_close(*run_both(f16_device, f"gemv_norm_{fmt}_f16", normed, {"y": np.zeros((n, N), np.float16)}, scalars)["y"],
                 RTOL_F16_OUT)
    residual = r.standard_normal((n, N)).astype(np.float32)
    added = {"x": f16(r.standard_normal((n, K))), "residual": residual, **w}
    assert_close(*run_both(f16_device, f"gemv_{fmt}_add_f16", added, {"out": np.zeros((n, N), np.float32)}, scalars)["out"])
    gated = {"gu": f16(r.standard_normal((n, 2 * K)) * 3), "residual": residual, **w}
    assert_close(*run_both(f16_device, f"gemv_silu_{fmt}_add_f16", gated, {"out": np.zeros((n, N), np.float32)}, scalars)["out"])


@pytest.mark.parametrize("kernel,K", [("rms_norm_f16", 77), ("rms_norm_gpu_f16", 77), ("rms_norm_gpu_f16", 600)])
def test_rms_norm_f16(f16_device, kernel, K):
    r = rng()
    rows, n, row0 = 9, 4, 3
    inputs = {"x": r.standard_normal((rows, K)).astype(np.float32), "w": r.standard_normal(K).astype(np.float32)}
    res = run_both(f16_device, kernel, inputs, {"y": np.zeros((n, K), np.float16)}, {"n": n, "K": K, "row0": row0, "eps": 1e-5})
    assert_close(*res["y"], RTOL_F16_OUT)


def test_rope_qkv_f16(f16_device):
    r = rng()
    n, H, Hkv, hd, C, pos0 = 5, 6, 2, 18, 23, 7
    width = (H + 2 * Hkv) * hd
    cos, sin = _rope_tables(r, C, hd)
    inputs = {"qkv": f16(r.standard_normal((n, width))), "cos": cos, "sin": sin}
    outs = {"q": np.zeros((n, H, hd), np.float16), "k_cache": f16(r.standard_normal((Hkv, C, hd))),
            "v_cache": f16(r.standard_normal((Hkv, C, hd)))}
    res = run_both(f16_device, "rope_qkv_f16", inputs, outs,
                   {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": C, "pos0": pos0, "width": width})
    for name in outs:
        assert_close(*res[name], RTOL_F16_OUT)
    assert np.array_equal(*res["v_cache"])  # values are copied, not rounded


@pytest.mark.parametrize("n,pos0,C", [(1, 12, 29), (5, 9, 29), (1, 130, 150)])
@pytest.mark.parametrize("gpu_schedule", [False, True])
def test_attention_f16(f16_device, n, pos0, C, gpu_schedule):
    """q and the caches f16, the scores and probabilities f32, the output f16."""
    r = rng()
    H, Hkv, hd = 6, 2, 20
    sfx = "_gpu" if gpu_schedule else ""
    L = pos0 + n
    dims = {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": L, "pos0": pos0, "window": C, "scale": hd ** -0.5,
            "nb": -(-H * n * L // 64)}
    inputs = {"q": f16(r.standard_normal((n, H, hd))), "k_cache": f16(r.standard_normal((Hkv, C, hd)))}
    gpu, ref = run_both(f16_device, f"attn_scores{sfx}_f16", inputs, {"s": np.zeros(H * n * L + 64, np.float32)}, dims)["s"]
    gpu, ref = gpu[: H * n * L], ref[: H * n * L]
    masked = np.isinf(ref)
    assert np.all(gpu[masked] < -1e38)
    assert_close(gpu[~masked], ref[~masked])
    inputs = {"p": r.random((H, n, L)).astype(np.float32), "v_cache": f16(r.standard_normal((Hkv, C, hd)))}
    out = run_both(f16_device, f"attn_pv{sfx}_f16", inputs, {"out": np.zeros((n, H, hd), np.float16)}, dims)["out"]
    assert_close(*out, RTOL_F16_OUT)


def test_silu_mul_and_add_bias_f16(f16_device):
    r = rng()
    n, F = 3, 45
    res = run_both(f16_device, "silu_mul_f16", {"gu": f16(r.standard_normal((n, 2 * F)) * 4)}, {"h": np.zeros((n, F), np.float16)},
                   {"n": n, "F": F})
    assert_close(*res["h"], RTOL_F16_OUT)
    N = 67
    inputs = {"x": f16(r.standard_normal((n, N))), "b": r.standard_normal(N).astype(np.float32)}
    res = run_both(f16_device, "add_bias_f16", inputs, {"y": np.zeros((n, N), np.float16)}, {"n": n, "N": N})
    assert_close(*res["y"], RTOL_F16_OUT)
