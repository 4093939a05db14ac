"""A model as data: named buffers with static sizes plus lists of kernel dispatches.

A model family (models/<family>.py) builds a Plan once per loaded model. Executors (runtime/wgpu_executor.py,
runtime/reference.py) allocate the buffers once, create pipelines and bind groups once, and then run a
phase for given call-time dims (n tokens at position pos0) with nothing else crossing from Python.
"""

import math
from dataclasses import dataclass, field

# buffer dtype -> numpy dtype string (little-endian). Strings, so that this module needs no numpy:
# the page runs it under Pyodide, whose core has none.
DTYPES = {"f32": "<f4", "u32": "<u4", "i32": "<i4", "f16": "<f2"}
ITEMSIZE = {"f32": 4, "u32": 4, "i32": 4, "f16": 2}


@dataclass(frozen=True)
class BufferSpec:
    name: str
    dtype: str  # "f32" | "u32" | "i32" | "f16" (the f16 path: activations and KV cache, models/llama.py)
    shape: tuple
    kind: str  # "weight" (from the model dir), "table" (computed at load), "state" (activations, KV cache)

    @property
    def nbytes(self) -> int:
        # rounded up to whole 4-byte words: WebGPU binding sizes are multiples of 4 (an odd f16 count)
        return -(-math.prod(self.shape) * ITEMSIZE[self.dtype] // 4) * 4


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
    tables: dict = field(default_factory=dict)  # name -> flat f32 array.array computed at load (RoPE cos/sin)
    max_tokens_per_call: int = 0  # rows of the activation buffers: longer prompts run in chunks
    context_length: int = 0
    profile: str = "cpu"  # kernel schedules chosen for the device: "cpu" (lavapipe) or "gpu" (models/llama.py)
    precision: str = "f32"  # "f32", or "f16": f16 storage of activations and KV cache (needs shader-f16)
    hidden: str = "xn"  # the buffer phase hidden_all leaves the final-normed hidden states in (f32)
    # rows of the logits buffer [logit_rows, V]: phase head_all makes the logits of rows row0 .. row0 + n - 1
    # (n <= logit_rows) of the last chunk, so Engine.logits runs it per group of rows; a [T, V] buffer
    # would be SmolLM2's largest state buffer (12 MiB at T = 64, V = 49152)
    logit_rows: int = 8
    # phase -> (the phase that replaces it for calls attending to at least L positions, L): Engine's
    # prefill_phase / decode_phase (models/llama.py: split attention for long contexts)
    long_phases: dict = field(default_factory=dict)
    # model-dir tensors split into row-part buffers (lowering.linear_weights): name -> {"dtype", "shape",
    # "parts": [(buffer name, first byte in the tensor, bytes)]}
    splits: dict = field(default_factory=dict)
    # the most bytes one storage binding may see (the device's maxStorageBufferBindingSize and
    # maxBufferSize, the smaller): tabllm.lowering registers a matrix above it as row parts. None: no limit
    max_binding: int | None = None

    @staticmethod
    def binding_limit(limits: dict | None) -> int | None:
        """max_binding for a device's limits (WebGPU names, as wgpu-py's adapter.limits)."""
        sizes = [(limits or {}).get(k) for k in ("max-storage-buffer-binding-size", "max-buffer-size")]
        return min((int(v) for v in sizes if v), default=None)

    def add_buffer(self, name, dtype, shape, kind="state"):
        self.buffers[name] = BufferSpec(name, dtype, tuple(int(s) for s in shape), kind)
        return name

    def add_scratch(self, name, dtype, shape):
        """A state buffer several steps share for different sizes: as large as its largest use so far,
        dim by dim (every use gives the same rank)."""
        old = self.buffers.get(name)
        if old is not None:
            shape = tuple(max(a, b) for a, b in zip(old.shape, shape))
        return self.add_buffer(name, dtype, shape)

    def weight_targets(self) -> dict:
        """Where each model-dir tensor goes: {tensor name: (dtype, shape, [(buffer, first byte, bytes)])};
        a tensor whole in one buffer has one entry covering it."""
        targets = {name: (s["dtype"], s["shape"], s["parts"]) for name, s in self.splits.items()}
        split_buffers = {buf for s in self.splits.values() for buf, _, _ in s["parts"]}
        for b in self.buffers.values():
            if b.kind == "weight" and b.name not in split_buffers:
                targets[b.name] = (b.dtype, b.shape, [(b.name, 0, b.nbytes)])
        return targets

    def bridge_spec(self) -> dict:
        """The plan as the page's JS bridge takes it (app/js/bridge.mjs prepare(), as JSON): every buffer's
        name and size, and every phase's steps (kernel, bindings, scalars)."""
        return {
            "buffers": [{"name": b.name, "nbytes": b.nbytes} for b in self.buffers.values()],
            "phases": {
                phase: [{"kernel": s.kernel, "buffers": s.buffers, "scalars": s.scalars} for s in steps]
                for phase, steps in self.phases.items()
            },
        }

    def dispatch_count(self, *phases) -> int:
        return sum(len(self.phases[p]) for p in phases)

    def memory_bytes(self, kind=None) -> int:
        return sum(b.nbytes for b in self.buffers.values() if kind is None or b.kind == kind)

    def check_limits(self, limits: dict, adapter_name="this GPU"):
        """Raise a clear DeviceError when a buffer exceeds the adapter's limits (WebGPU names, as in
        wgpu-py's adapter.limits / navigator.gpu adapter.limits), listing every problem at once."""
        from .errors import DeviceError

        problems = []
        binding = limits.get("max-storage-buffer-binding-size")
        size = limits.get("max-buffer-size")
        for spec in sorted(self.buffers.values(), key=lambda b: -b.nbytes):
            for limit, what in ((binding, "maxStorageBufferBindingSize"), (size, "maxBufferSize")):
                if limit is not None and spec.nbytes > limit:
                    problems.append(f"buffer {spec.name} needs {spec.nbytes / 2**20:.1f} MiB, above {what} = {limit / 2**20:.0f} MiB")
        if problems:
            raise DeviceError(
                f"the model does not fit {adapter_name}: " + "; ".join(problems[:4])
                + (f" (and {len(problems) - 4} more)" if len(problems) > 4 else "")
                + f". GPU memory needed: {self.memory_bytes() / 2**20:.0f} MiB. Weight matrices are split into row"
                " parts of 64-row multiples to fit (tabllm.lowering); these buffers could not be. Try a smaller"
                " --context or a smaller model."
            )

    def memory_summary(self) -> dict:
        """Bytes by buffer kind plus the KV cache, for `tabllm models` and the benchmark."""
        kv = sum(b.nbytes for b in self.buffers.values() if b.name.endswith(("k_cache", "v_cache")))
        return {"weights": self.memory_bytes("weight"), "kv_cache": kv, "other": self.memory_bytes() - self.memory_bytes("weight") - kv,
                "total": self.memory_bytes()}


def loader_parts(targets: dict) -> dict:
    """The tensors of Plan.weight_targets() held in row-part buffers, as the page's weight loader reads them
    (weights.mjs, index["gpu_parts"]): {tensor: [[buffer, first byte, bytes], ...]}."""
    return {name: [list(p) for p in buffers] for name, (_, _, buffers) in targets.items() if buffers[0][0] != name}
