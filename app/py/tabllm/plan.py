"""A model as data: named buffers with static sizes plus lists of kernel dispatches.

A model family (models/<family>.py) builds a Plan once per loaded model. Executors (runtime/wgpu_executor.py,
runtime/reference.py) allocate the buffers once, create pipelines and bind groups once, and then run a
phase for given call-time dims (n tokens at position pos0) with nothing else crossing from Python.
"""

from dataclasses import dataclass, field

import numpy as np

DTYPES = {"f32": np.float32, "u32": np.uint32, "i32": np.int32}


@dataclass(frozen=True)
class BufferSpec:
    name: str
    dtype: str  # "f32" | "u32" | "i32"
    shape: tuple
    kind: str  # "weight" (from the model dir), "table" (computed at load), "state" (activations, KV cache)

    @property
    def nbytes(self) -> int:
        return int(np.prod(self.shape)) * 4


@dataclass(frozen=True)
class Step:
    """One dispatch. `buffers` maps the kernel's binding names to plan buffers; `scalars` gives each
    uniform field a number, or the name of a call-time dim ("n", "pos0", "L") to look up per run."""

    kernel: str
    buffers: dict
    scalars: dict

    def resolve(self, call_dims: dict) -> dict:
        return {k: (call_dims[v] if isinstance(v, str) else v) for k, v in self.scalars.items()}


@dataclass
class Plan:
    buffers: dict = field(default_factory=dict)  # name -> BufferSpec
    phases: dict = field(default_factory=dict)  # phase name -> [Step]
    tables: dict = field(default_factory=dict)  # name -> np.ndarray computed at load (RoPE cos/sin)
    max_tokens_per_call: int = 0  # rows of the activation buffers: longer prompts run in chunks
    context_length: int = 0
    profile: str = "cpu"  # kernel schedules chosen for the device: "cpu" (lavapipe) or "gpu" (models/llama.py)

    def add_buffer(self, name, dtype, shape, kind="state"):
        self.buffers[name] = BufferSpec(name, dtype, tuple(int(s) for s in shape), kind)
        return name

    def dispatch_count(self, *phases) -> int:
        return sum(len(self.phases[p]) for p in phases)

    def memory_bytes(self, kind=None) -> int:
        return sum(b.nbytes for b in self.buffers.values() if kind is None or b.kind == kind)
