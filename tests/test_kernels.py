"""Every generated WGSL kernel against its numpy float64 twin (runtime/reference.py), on odd shapes with
fresh random inputs. Error measure: max |gpu - ref| / max |ref| over the output, required < 1e-5."""

import numpy as np
import pytest

from tabllm.plan import Plan, Step
from tabllm.runtime import reference
from tabllm.runtime.kernels import load_kernels
from tabllm.runtime.wgpu_executor import WgpuExecutor, request_device

RTOL = 1e-5


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
        dtype = {np.dtype(np.float32): "f32", np.dtype(np.uint32): "u32", np.dtype(np.int32): "i32"}[arr.dtype]
        plan.add_buffer(name, dtype, arr.shape)
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


@pytest.mark.parametrize("fmt", ["q4_0", "q4_1", "q8_0"])
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


@pytest.mark.parametrize("fmt", ["q4_0", "q4_1", "q8_0"])
def test_embed(device, fmt):
    r = rng()
    V, K, n = 101, 96, 5
    inputs = {"ids": r.integers(0, V, size=n, dtype=np.int32), **random_quant(r, fmt, V, K)}
    res = run_both(device, f"embed_{fmt}", inputs, {"out": np.zeros((n, K), np.float32)}, {"n": n, "K": K})
    assert_close(*res["out"])


def test_rms_norm(device):
    r = rng()
    rows, K, n, row0 = 9, 77, 4, 3
    inputs = {"x": r.standard_normal((rows, K)).astype(np.float32), "w": r.standard_normal(K).astype(np.float32)}
    res = run_both(device, "rms_norm", inputs, {"y": np.zeros((n, K), np.float32)}, {"n": n, "K": K, "row0": row0, "eps": 1e-5})
    assert_close(*res["y"])


def _rope_tables(r, C, hd):
    ang = r.random((C, hd // 2)) * 6.28
    return np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)


def test_rope_and_kv_append(device):
    r = rng()
    n, H, Hkv, hd, C, pos0 = 5, 6, 2, 18, 23, 7
    width = (H + 2 * Hkv) * hd
    cos, sin = _rope_tables(r, C, hd)
    qkv = r.standard_normal((n, width)).astype(np.float32)
    base = {"qkv": qkv, "cos": cos, "sin": sin}
    res = run_both(device, "rope_q", base, {"q": np.zeros((n, H, hd), np.float32)}, {"n": n, "H": H, "hd": hd, "pos0": pos0, "width": width})
    assert_close(*res["q"])
    caches = {"k_cache": r.standard_normal((Hkv, C, hd)).astype(np.float32), "v_cache": r.standard_normal((Hkv, C, hd)).astype(np.float32)}
    res = run_both(device, "kv_append", base, caches, {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": C, "pos0": pos0, "width": width})
    assert_close(*res["k_cache"])
    assert_close(*res["v_cache"])


@pytest.mark.parametrize("n,pos0", [(1, 12), (6, 0), (5, 9)])
def test_attention(device, n, pos0):
    r = rng()
    H, Hkv, hd, C = 6, 2, 18, 29
    L = pos0 + n
    q = r.standard_normal((n, H, hd)).astype(np.float32)
    k_cache = r.standard_normal((Hkv, C, hd)).astype(np.float32)
    v_cache = r.standard_normal((Hkv, C, hd)).astype(np.float32)
    dims = {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": L, "pos0": pos0, "scale": hd ** -0.5}
    s = run_both(device, "attn_scores", {"q": q, "k_cache": k_cache}, {"s": np.zeros((H, n, L), np.float32)}, dims)["s"]
    masked = np.isinf(s[1])  # the reference masks with -inf, the kernel with the lowest f32
    assert masked.any() == (n > 1) and np.all(s[0][masked] < -1e38)
    assert_close(s[0][~masked], s[1][~masked])
    scores = r.standard_normal((H * n, L)).astype(np.float32) * 3
    scores[:, -2:] = -3.4028234663852886e38  # masked entries as attn_scores writes them
    p = run_both(device, "softmax_rows", {"s": scores}, {"p": np.zeros((H * n, L), np.float32)}, {"R": H * n, "L": L})["p"]
    assert_close(*p)
    probs = r.random((H, n, L)).astype(np.float32)
    out = run_both(device, "attn_pv", {"p": probs, "v_cache": v_cache}, {"out": np.zeros((n, H, hd), np.float32)}, dims)["out"]
    assert_close(*out)


def test_silu_mul(device):
    r = rng()
    n, F = 3, 45
    res = run_both(device, "silu_mul", {"gu": r.standard_normal((n, 2 * F)).astype(np.float32) * 4}, {"h": np.zeros((n, F), np.float32)}, {"n": n, "F": F})
    assert_close(*res["h"])


@pytest.mark.parametrize("V", [1, 333, 49157])
def test_argmax(device, V):
    r = rng()
    logits = r.standard_normal(V).astype(np.float32)
    if V > 10:
        logits[V // 3] = logits[V - 2] = logits.max() + 1  # tie: the lowest index wins
    res = run_both(device, "argmax", {"logits": logits}, {"am_v0": np.zeros(1, np.int32), "am_v1": np.zeros(1, np.float32)}, {"V": V})
    assert res["am_v0"][0][0] == res["am_v0"][1][0] == np.argmax(logits)
    assert res["am_v1"][0][0] == logits.max()


@pytest.mark.parametrize("V", [5, 4099])
def test_sample_scores(device, V):
    from tabllm.sampling import noise_key

    r = rng()
    inputs = {"logits": (r.standard_normal(V) * 3).astype(np.float32), "seen": r.integers(0, 2, V, dtype=np.int32)}
    scalars = {"V": V, "key": noise_key(int(r.integers(1 << 31)), 7), "inv_temp": 1 / 0.7, "penalty": 1.3, "noise": 1.0}
    res = run_both(device, "sample_scores", inputs, {"scores": np.zeros(V, np.float32)}, scalars)
    # Gumbel noise spans ~[-3, 17]; log(-log(u)) in f32 keeps ~1e-6 relative accuracy
    assert_close(*res["scores"], rtol=1e-5)


def test_sampling_follows_softmax(device):
    """Draws over many noise keys follow softmax(logits / T) (chi-square-sized tolerance)."""
    from tabllm.sampling import noise_key

    logits = np.array([2.0, 1.0, 0.5, -1.0, 0.0], np.float32)
    T, draws = 0.8, 400
    counts = np.zeros(5)
    for step in range(draws):
        scalars = {"V": 5, "key": noise_key(123, step), "inv_temp": 1 / T, "penalty": 1.0, "noise": 1.0}
        gpu, _ = run_both(device, "sample_scores", {"logits": logits, "seen": np.zeros(5, np.int32)}, {"scores": np.zeros(5, np.float32)}, scalars)["scores"]
        counts[np.argmax(gpu)] += 1
    p = np.exp(logits / T) / np.exp(logits / T).sum()
    assert np.all(np.abs(counts / draws - p) < 4 * np.sqrt(p * (1 - p) / draws) + 0.01), (counts / draws, p)


def test_mark_seen(device):
    seen = np.zeros(37, np.int32)
    res = run_both(device, "mark_seen", {"token": np.array([29, 0], np.int32)}, {"seen": seen}, {})
    assert res["seen"][0][29] == 1 and res["seen"][0].sum() == 1
    assert np.array_equal(*res["seen"])
