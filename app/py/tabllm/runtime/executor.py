"""The executor protocol: what the engine asks of a device (one written contract for the three executors).

    WgpuExecutor      runtime/wgpu_executor.py   wgpu-native (Vulkan / Metal / D3D12, lavapipe)
    JsExecutor        runtime/js_executor.py     the browser's WebGPU through app/js/bridge.mjs
    ReferenceExecutor runtime/reference.py       numpy float64 twins of every kernel

tests/test_executors.py holds every CPython executor to this contract (and the JS one to its method
names and parameters; the page tests compare its greedy tokens with CPython's).

The methods that wait for the device (prepare, read, fetch, and the page's load_weights) block in
CPython and are coroutines in the page (JsExecutor). The engine never calls them directly where they
wait: it yields a tabllm.steps.Wait for them, which steps.drive answers with a call and steps.adrive
with an await, so one engine loop serves both.
"""

from typing import Protocol, runtime_checkable

from ..plan import Plan

# Shared by the executors (app/js/bridge.mjs has its own copy: tests/test_executors.py compares them)
UNIFORM_STRIDE = 256  # bytes between two steps' scalars: minUniformBufferOffsetAlignment's upper bound in WebGPU
# Mappable buffers that encoded steps copy their result into, in turn (Engine.stream_ids keeps fewer steps
# than that submitted and not yet fetched), each READBACK_BYTES (the largest result: token_logprobs' 2 + 2 *
# 20 words).
READBACK_SLOTS, READBACK_BYTES = 4, 256


@runtime_checkable
class Executor(Protocol):
    kernel_profile: str  # "cpu" (barrier-free kernels: CPU Vulkan) or "gpu": the plan the family builds for it
    adapter_name: str  # for messages and benchmark records
    has_f16: bool  # runs plans of precision "f16"
    limits: dict  # WebGPU buffer limits the plan must respect (lowering.linear_weights splits matrices), or None: none

    def prepare(self, plan: Plan):
        """Once per load: allocate every buffer (zeroed), upload plan.tables, create the pipelines and bind
        groups of every phase. A plan the device cannot hold is a DeviceError."""

    def upload(self, name: str, array, offset_bytes: int = 0):
        """Write array's bytes (numpy or array.array, any shape) into buffer `name` from offset_bytes."""

    def run(self, phases: list, call_dims: dict):
        """Run the phases' steps in order, each step's scalars resolved against call_dims (Step.resolve);
        returns when the work is submitted (a later read waits for it)."""

    def read(self, name: str, dtype: str, count: int, offset: int = 0):
        """count elements of dtype ("f32" / "i32" / "u32") from buffer `name` at element offset, after every
        submitted run: a numpy array in CPython, a list in the page."""

    def release(self):
        """Free every device object; the executor is not used again."""


@runtime_checkable
class QueuedExecutor(Executor, Protocol):
    """Executors that can keep decode steps submitted ahead of the one being read (Engine.stream_ids)."""

    readback_slots: int  # encoded steps with a readback that may be in flight at once

    def encode(self, phases: list, call_dims: dict, readback=None):
        """A step of these phases, not yet submitted; readback (buffer name, bytes <= READBACK_BYTES): the
        start of that buffer as the step leaves it, which fetch returns."""

    def submit(self, step):
        """Submit an encoded step (steps run in submission order)."""

    def fetch(self, step) -> bytes:
        """The readback bytes of a submitted step, once it has run."""
