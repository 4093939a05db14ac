"""Every executor against the one contract (tabllm.runtime.executor): the same small plan, the same calls,
the same answers, for the numpy reference and wgpu-native on both kernel profiles; the page's JsExecutor
by its methods and parameters (it needs Pyodide; the page tests compare its greedy tokens with CPython's).
"""

import ast
import inspect
from array import array
from pathlib import Path

import numpy as np
import pytest

from tabllm.plan import Plan, Step
from tabllm.runtime.executor import Executor, QueuedExecutor
from tabllm.runtime.reference import ReferenceExecutor

K, T, EPS = 20, 8, 1e-5  # (K a multiple of 4 for the gpu rms_norm's vec4s; T rows of the buffers)


def make_executor(kind):
    if kind == "reference":
        return ReferenceExecutor()
    pytest.importorskip("wgpu")
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    try:
        return WgpuExecutor(profile=kind.split("-")[1])
    except Exception as e:  # no adapter: the conftest's gpu tests skip the same way
        pytest.skip(f"no wgpu adapter: {e}")


def small_plan(profile):
    """z[n, K] = rms_norm(x) * w + b (two steps: one writes what the next reads), and an ids buffer."""
    plan = Plan(max_tokens_per_call=T, context_length=T, profile=profile)
    for name, shape in (("x", (T, K)), ("w", (K,)), ("y", (T, K)), ("b", (K,)), ("z", (T, K))):
        plan.add_buffer(name, "f32", shape)
    plan.add_buffer("ids", "i32", (T,))
    plan.add_buffer("mask", "u32", (T,))
    norm = "rms_norm_gpu" if profile == "gpu" else "rms_norm"
    plan.phases["affine"] = [Step(norm, {"x": "x", "w": "w", "y": "y"}, {"n": "n", "K": K, "row0": 0, "eps": EPS}),
                             Step("add_bias", {"x": "y", "b": "b", "y": "z"}, {"n": "n", "N": K})]
    return plan


def expected(x, w, b, n):
    x = x[:n].astype(np.float64)
    return x / np.sqrt((x * x).mean(axis=1, keepdims=True) + EPS) * w + b


@pytest.fixture(params=["reference", "wgpu-cpu", "wgpu-gpu"])
def executor(request):
    ex = make_executor(request.param)
    yield ex
    ex.release()


def check_plan_calls(executor, read_at_offset=True):
    """The contract's calls on small_plan: prepare, uploads from numpy and array.array at an offset, runs with
    changing call dims, reads (at an offset too, unless read_at_offset is False), i32 ids back. Also run by
    tests/test_cpu_executor.py and tests/test_wasm_executor.py on their executors."""
    executor.prepare(small_plan(executor.kernel_profile))
    r = np.random.default_rng(3)
    x, w, b = (r.standard_normal(s).astype(np.float32) for s in ((T, K), K, K))
    executor.upload("x", x)
    executor.upload("w", w)
    executor.upload("b", b[: K // 2])
    executor.upload("b", array("f", b[K // 2:]), offset_bytes=4 * (K // 2))  # array.array, at an offset (the page's form)

    for n in (3, 1, T):  # the call dims change between runs: every step's scalars follow
        executor.run(["affine"], {"n": n})
        got = np.asarray(executor.read("z", "f32", n * K), np.float64).reshape(n, K)
        np.testing.assert_allclose(got, expected(x, w, b, n), rtol=2e-5, atol=2e-6)
    if read_at_offset:
        assert np.asarray(executor.read("z", "f32", 2, offset=K + 1), np.float64) == pytest.approx(
            expected(x, w, b, 2)[1, 1:3], rel=2e-5)

    ids = array("i", [5, -7, 2**31 - 1, 0, 1, 2, 3, 4])
    executor.upload("ids", ids)
    assert [int(v) for v in executor.read("ids", "i32", T)] == list(ids)


def test_executor_keeps_the_contract(executor):
    assert isinstance(executor, Executor)
    assert executor.kernel_profile in ("cpu", "gpu") and isinstance(executor.adapter_name, str)
    check_plan_calls(executor)
    executor.upload("mask", np.array([2**32 - 1, 1], np.uint32), offset_bytes=8)
    assert [int(v) for v in executor.read("mask", "u32", 4)] == [0, 0, 2**32 - 1, 1]  # (prepare zeroed it)


def test_queued_steps_fetch_in_order(executor):
    """An executor that queues steps (encode / submit / fetch) returns each step's readback as it was when
    that step ran, in submission order, several in flight at once."""
    if not isinstance(executor, QueuedExecutor):
        pytest.skip(f"{type(executor).__name__} runs each call at once (no encode / submit / fetch)")
    plan = small_plan(executor.kernel_profile)
    executor.prepare(plan)
    r = np.random.default_rng(4)
    x, w, b = (r.standard_normal(s).astype(np.float32) for s in ((T, K), K, K))
    for name, value in (("x", x), ("w", w), ("b", b)):
        executor.upload(name, value)
    steps = []
    for n in (1, 3, 2)[: max(1, executor.readback_slots - 1)]:  # (n K floats within READBACK_BYTES)
        step = executor.encode(["affine"], {"n": n}, readback=("z", 4 * K * n))
        executor.submit(step)
        steps.append((n, step))
    for n, step in steps:
        got = np.frombuffer(executor.fetch(step), np.float32).reshape(n, K)
        np.testing.assert_allclose(got, expected(x, w, b, n), rtol=2e-5, atol=2e-6)


def test_js_executor_has_the_protocols_methods():
    """JsExecutor imports `js` (Pyodide only), so its class is read from the source: every method of the
    protocols, with the same parameters."""
    source = Path(__file__).resolve().parents[1] / "app/py/tabllm/runtime/js_executor.py"
    cls = next(n for n in ast.parse(source.read_text()).body if isinstance(n, ast.ClassDef) and n.name == "JsExecutor")
    # (the methods that wait are coroutines there: async def)
    members = {f.name: [a.arg for a in f.args.args] for f in cls.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for proto in (Executor, QueuedExecutor):
        for name, value in vars(proto).items():
            if inspect.isfunction(value) and not name.startswith("_"):
                assert name in members, f"JsExecutor lacks {name}"
                assert members[name] == list(inspect.signature(value).parameters), f"JsExecutor.{name}'s parameters"
        for name in proto.__annotations__:
            assert name in members or any(isinstance(s, ast.Assign) and any(getattr(t, "attr", None) == name for t in s.targets)
                                          for f in cls.body if isinstance(f, ast.FunctionDef) for s in ast.walk(f)), \
                f"JsExecutor lacks {name}"


def test_bridge_constants_equal_the_protocols():
    """bridge.mjs (the page) keeps its own copy of the shared constants; a change on one side fails here."""
    import re

    from tabllm.runtime import executor

    bridge = (Path(__file__).resolve().parents[1] / "app/js/bridge.mjs").read_text()
    js = {k: int(v) for k, v in re.findall(r"\b([A-Z_]+) = (\d+)", bridge)}
    for name in ("UNIFORM_STRIDE", "READBACK_SLOTS", "READBACK_BYTES"):
        assert js.get(name) == getattr(executor, name), f"bridge.mjs {name} = {js.get(name)}, executor.py {getattr(executor, name)}"
