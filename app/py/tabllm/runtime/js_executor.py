"""Executor for the page (Pyodide): the device protocol of wgpu_executor.py over the JS bridge.

The GPU work happens in app/js/bridge.mjs; this class only hands it the plan once (as JSON) and then
makes one bridge call per run and one per read. Weights never pass through Python: load_weights asks
JS to fetch, verify and write the shards (app/js/weights.mjs). Decode steps go through encode / submit /
fetch as on CPython (Engine.stream_ids keeps a step queued behind the one whose token is read): the
bridge encodes and submits at `submit`, copying the step's result into a mappable slot that `fetch` maps.

Reads are asynchronous in the browser (mapAsync): the methods that wait (prepare, load_weights,
read, fetch, wait_idle) are coroutines awaiting the bridge's promises. The engine asks for them
through tabllm.steps.Wait, and web.py runs the engine's step generators with steps.adrive on
Pyodide's event loop, so the worker handles its messages (a stop) while the GPU works. The same
loops run in CPython with steps.drive, where the executor's calls block. No JavaScript Promise
Integration (JSPI) is needed: every browser with WebGPU runs the page.
"""

import json
import time
from dataclasses import dataclass

import js  # Pyodide only: this module is never imported in CPython

from ..errors import TabllmError
from ..plan import Plan, loader_parts


def _bytes_to_js(data):
    view = memoryview(data).cast("B")
    out = js.Uint8Array.new(len(view))
    out.assign(view)
    return out


@dataclass
class QueuedStep:
    """What `encode` returns: the bridge call (JSON) and the result to copy out; `submit` sets the slot."""

    call: str
    readback: tuple = None  # (buffer name, bytes) or None
    slot: int = -1


PROFILES = ("cpu", "gpu")


class JsExecutor:
    def __init__(self, bridge, load_weights_js, profile=None):
        """bridge: a Bridge (bridge.mjs); load_weights_js(index_json) -> Promise: loads every shard
        into the bridge's buffers, reporting progress to the page (worker.mjs makes it).
        profile: force a kernel profile ("cpu" / "gpu", the page's ?profile=); None picks it from the adapter."""
        if profile not in (None, *PROFILES):
            raise TabllmError(f"the kernel profile must be one of {', '.join(PROFILES)}, got {profile!r}")
        self._profile = profile
        self.bridge = bridge
        self._load_weights_js = load_weights_js
        self.dispatches_run = 0
        self.submits = 0
        # host cost, seconds in all: bridge.run calls (JS packing, encoding and submitting a step) and
        # fetch waits (the worker idle until a submitted step's result is back); web.py turns them into
        # per-token figures
        self.submit_s = 0.0
        self.fetch_wait_s = 0.0

    @property
    def adapter_name(self) -> str:
        return str(self.bridge.info().adapter)

    @property
    def readback_slots(self) -> int:
        """run()'s mappable result slots in the bridge (bridge.mjs READBACK_SLOTS): how many encoded steps
        with a readback may be in flight, one of them being fetched."""
        return int(self.bridge.info().readbackSlots)

    @property
    def has_f16(self) -> bool:
        """The page's device has shader-f16 (requested by bridge.mjs where the adapter offers it): the
        engine's precision "auto" then picks the f16 plan."""
        return bool(self.bridge.info().f16)

    @property
    def kernel_profile(self) -> str:
        """"cpu" on a CPU WebGPU (SwiftShader: workgroup barriers are slow), "gpu" otherwise, as in
        wgpu_executor.WgpuExecutor.kernel_profile; a forced profile wins."""
        if self._profile:
            return self._profile
        return "cpu" if self.bridge.info().cpu else "gpu"

    @property
    def limits(self) -> dict:
        """The adapter's buffer limits under their WebGPU names (the bridge requests the full limits)."""
        info = self.bridge.info()
        return {"max-storage-buffer-binding-size": int(info.maxStorageBufferBindingSize), "max-buffer-size": int(info.maxBufferSize)}

    async def prepare(self, plan: Plan):
        spec = plan.bridge_spec()
        for b in spec["buffers"]:  # (the WebAssembly bridge, wasm_executor.mjs, passes lengths in elements)
            b["dtype"] = plan.buffers[b["name"]].dtype
        await self.bridge.prepare(json.dumps(spec))
        for name, table in plan.tables.items():
            self.upload(name, table)

    async def load_weights(self, model_dir, index: dict, expected: dict):
        """expected: Plan.weight_targets() (tensor -> dtype, shape, destination buffers). Checked against
        the index before any download; the tensors split into row parts are passed to the loader as
        index["gpu_parts"] = {tensor: [[buffer, first byte, bytes], ...]} (weights.mjs)."""
        tensors = index["tensors"]
        missing = sorted(set(expected) - set(tensors))
        if missing:
            raise TabllmError(f"model directory {model_dir} lacks tensors: {', '.join(missing[:5])}")
        for name, (dtype, shape, _) in expected.items():
            t = tensors[name]
            if (t["dtype"], tuple(t["shape"])) != (dtype, tuple(shape)):
                raise TabllmError(f"tensor {name} is {t['dtype']}{t['shape']}, the model needs {dtype}{list(shape)}")
        await self._load_weights_js(json.dumps({**index, "gpu_parts": loader_parts(expected)}))

    def upload(self, name, array, offset_bytes: int = 0):
        self.bridge.upload(name, _bytes_to_js(array), offset_bytes)

    def run(self, phases, call_dims: dict):
        self.submit(self.encode(phases, call_dims))

    def encode(self, phases, call_dims: dict, readback=None) -> QueuedStep:
        """A step for `submit`; the bridge packs its uniforms and encodes it there (JS work, no wait)."""
        return QueuedStep(json.dumps({"phases": list(phases), "dims": call_dims}), readback)

    def submit(self, step: QueuedStep):
        name, nbytes = step.readback or (None, 0)
        t0 = time.perf_counter()
        step.slot = self.bridge.run(step.call, name, nbytes)
        self.submit_s += time.perf_counter() - t0
        self.submits += 1

    async def fetch(self, step: QueuedStep) -> bytes:
        """The result the submitted step copied out, once it is done (steps behind it keep the GPU busy)."""
        t0 = time.perf_counter()
        result = await self.bridge.fetch(step.slot, step.readback[1])
        self.fetch_wait_s += time.perf_counter() - t0
        return bytes(result.to_py())

    async def wait_idle(self):
        """Until the GPU has run everything submitted (the page's prefill progress waits between chunks)."""
        await self.bridge.device.queue.onSubmittedWorkDone()

    async def read(self, name, dtype: str, count: int, offset: int = 0) -> list:
        return (await self.bridge.read(name, dtype, count, offset)).to_py()

    def release(self):
        self.bridge.release()
