"""The page's WebAssembly kernels (app/kernels_wasm/ from build_tools/gen_wasm.py) run by the page's own JS executor
(app/js/wasm_executor.mjs) in Node: every kernel kind a cpu-profile f32 plan uses against its float64 twin on
tests/test_kernels.py's odd shapes (the same cases, with NodeWasmExecutor in the GPU's place), the two kernels it
runs as JS twins (top_threshold, token_logprobs), and the executor contract. One Node process for the module;
each executor is a fresh instance of the wasm module in it."""

import base64
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import test_kernels as tk
from test_executors import check_plan_calls

from tabllm.plan import DTYPES

ROOT = Path(__file__).resolve().parents[1]
WASM_DIR = ROOT / "app" / "kernels_wasm"

# Node side: WasmBridge over a fresh instance per "new"; one JSON request a line, one answer a line
DRIVER = """
import { readFileSync } from "fs";
import { createInterface } from "readline";
const { WasmBridge } = await import(process.argv[1]);
const dir = process.argv[2];
const manifest = JSON.parse(readFileSync(dir + "/manifest.json"));
const module = await WebAssembly.compile(readFileSync(dir + "/kernels.wasm"));
let bridge = null;
for await (const line of createInterface({ input: process.stdin })) {
  const m = JSON.parse(line);
  let result = null, error = null;
  try {
    if (m.op === "new") {
      const memory = new WebAssembly.Memory({ initial: 256, maximum: 65536 });
      bridge = new WasmBridge(manifest, (await WebAssembly.instantiate(module, { env: { memory } })).exports, memory);
    } else if (m.op === "prepare") await bridge.prepare(m.plan);
    else if (m.op === "upload") bridge.upload(m.name, Buffer.from(m.data, "base64"), m.offset);
    else if (m.op === "run") bridge.run(m.call);
    else if (m.op === "read") result = Buffer.from(bridge._bytes(m.name, m.offset, m.nbytes)).toString("base64");
    else if (m.op === "release") bridge.release();
  } catch (e) {
    error = String(e.stack || e);
  }
  process.stdout.write(JSON.stringify({ result, error }) + "\\n");
}
"""


class NodeWasm:
    def __init__(self):
        self.proc = subprocess.Popen(["node", "--input-type=module", "-e", DRIVER, (ROOT / "app" / "js" / "wasm_executor.mjs").as_uri(),
                                      str(WASM_DIR)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, **request):
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        if answer["error"]:
            raise RuntimeError(answer["error"])
        return answer["result"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


class NodeWasmExecutor:
    """The executor protocol (runtime/executor.py) over WasmBridge in Node, as JsExecutor drives it in the page."""

    kernel_profile = "cpu"
    has_f16 = False
    limits = None
    adapter_name = "WebAssembly SIMD128 (Node)"

    def __init__(self, node):
        self.node = node
        node.ask(op="new")

    def prepare(self, plan):
        spec = plan.bridge_spec()
        for b in spec["buffers"]:
            b["dtype"] = plan.buffers[b["name"]].dtype
        self.node.ask(op="prepare", plan=json.dumps(spec))
        for name, table in plan.tables.items():
            self.upload(name, table)

    def upload(self, name, array, offset_bytes=0):
        data = memoryview(np.ascontiguousarray(array) if isinstance(array, np.ndarray) else array).cast("B")
        self.node.ask(op="upload", name=name, data=base64.b64encode(data).decode(), offset=offset_bytes)

    def run(self, phases, call_dims):
        self.node.ask(op="run", call=json.dumps({"phases": list(phases), "dims": call_dims}))

    def read(self, name, dtype, count, offset=0):
        size = np.dtype(DTYPES[dtype]).itemsize
        data = self.node.ask(op="read", name=name, offset=offset * size, nbytes=count * size)
        return np.frombuffer(base64.b64decode(data), DTYPES[dtype]).copy()

    def release(self):
        self.node.ask(op="release")


@pytest.fixture(scope="module")
def node():
    if shutil.which("node") is None:
        pytest.skip("node not found (scripts/setup.sh installs it)")
    n = NodeWasm()
    yield n
    n.close()


@pytest.fixture
def device(monkeypatch, node):
    """tests/test_kernels.py's run_both with the wasm executor in the GPU's place."""
    monkeypatch.setattr(tk, "WgpuExecutor", lambda *a: NodeWasmExecutor(node))
    return ()


@pytest.mark.parametrize("fmt", tk.FORMATS)
@pytest.mark.parametrize("n,residual", [(1, False), (7, True)])
def test_matmul(device, fmt, n, residual):
    tk.test_matmul(device, fmt, n, residual)


@pytest.mark.parametrize("fmt", tk.FORMATS)
@pytest.mark.parametrize("n,residual", [(1, True), (13, False)])
def test_mm8(device, fmt, n, residual):
    tk.test_mm8(device, fmt, n, residual)


@pytest.mark.parametrize("fmt", tk.FORMATS)
def test_embed(device, fmt):
    tk.test_embed(device, fmt)


def test_f16_decodes_every_value_exactly(device):
    tk.test_f16_decodes_every_value_exactly(device)


def test_rope_qkv(device):
    tk.test_rope_qkv(device)


@pytest.mark.parametrize("n,pos0,C,window", [(1, 12, 29, None), (6, 0, 29, 3), (1, 130, 150, None)])
def test_attention(device, n, pos0, C, window):
    tk.test_attention(device, n, pos0, C, window, False)


@pytest.mark.parametrize("case", ["rms_norm", "silu_mul", "rms_norm_add", "head_rms_norm", "gelu_mul", "gelu", "layer_norm",
                                  "add_positions", "scale_rows", "add_bias", "copy_columns", "part_ids_and_merge_rows",
                                  "count_token", "sample_noise"])
def test_elementwise(device, case):
    if case == "rms_norm":
        tk.test_rms_norm(device, "rms_norm", 77)
    else:
        getattr(tk, f"test_{case}")(device)


@pytest.mark.parametrize("V", [1, 49157])
def test_argmax(device, V):
    tk.test_argmax(device, V)


def test_sample_scores(device):
    tk.test_sample_scores(device, 4099)


@pytest.mark.parametrize("V,top_k,top_p", [(7, 0, 0.5), (1000, 40, 1.0), (4099, 0, 0.9), (4099, 50, 0.7), (333, 500, 1.0),
                                          (50, 5, 0.999), (49157, 40, 0.95), (49157, 0, 0.3)])
def test_top_threshold_js_twin(device, V, top_k, top_p):
    tk.test_top_threshold(device, V, top_k, top_p)


@pytest.mark.parametrize("V,N,coarse", [(7, 5, False), (4099, 20, False), (333, 0, False), (49157, 20, False),
                                         (5003, 20, True), (1000, 1, False), (5003, 3, True)])
def test_token_logprobs_js_twin(device, V, N, coarse):
    tk.test_token_logprobs(device, V, N, coarse)


def test_executor_keeps_the_contract(node):
    """tests/test_executors.py's plan and calls (uploads at offsets, changing call dims, reads)."""
    ex = NodeWasmExecutor(node)
    check_plan_calls(ex, read_at_offset=False)
    ex.release()


def test_a_plan_naming_a_kernel_the_module_lacks_is_refused_clearly(node):
    from tabllm.plan import Plan, Step

    plan = Plan()
    plan.add_buffer("x", "f32", (4,))
    plan.phases["k"] = [Step("no_such_kernel", {"x": "x"}, {})]
    with pytest.raises(RuntimeError, match="which the WebAssembly module lacks"):
        NodeWasmExecutor(node).prepare(plan)
