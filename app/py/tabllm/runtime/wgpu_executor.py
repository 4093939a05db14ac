"""Executor on wgpu-py (wgpu-native: Vulkan, Metal, D3D12; Mesa lavapipe on machines without a GPU).

Everything heavy happens once in `prepare`: buffers allocated, pipelines compiled, bind groups made.
A run writes one uniform buffer, encodes the phase's dispatches into one compute pass and submits once
(`encode`, `submit` and `fetch` apart: decode steps are queued ahead of the one whose result is read).
"""

from dataclasses import dataclass

import numpy as np
import wgpu

from ..errors import DeviceError
from ..plan import DTYPES, ITEMSIZE, Plan
from .kernels import load_kernels

from .executor import READBACK_BYTES, READBACK_SLOTS, UNIFORM_STRIDE

# --- Workaround for Mesa's lavapipe (the CPU Vulkan driver), in this one place ---------------------------
# lavapipe "inlines uniforms": for a shader whose loop bounds read a uniform buffer, it compiles (LLVM) a new
# variant with the values folded in every time the bound uniform buffer changes. Mesa 22.3 (Debian 12) keeps
# no cache of those variants and never frees them (src/gallium/frontends/lavapipe/lvp_execute.c,
# update_inline_shader_state): each dispatch that follows a new bind group of such a kernel cost ~470 KiB of
# host memory and ~5 ms of compiling, e.g. SmolLM2's 60 rms_norm steps a token 28 MiB and ~300 ms
# (measured 2026-12-07; BENCHMARKS.md "Memory"). Newer Mesa caches the variants, yet would still compile one
# per distinct value (a decode step's L changes every token). lavapipe inlines only uniform-buffer loads, so
# on lavapipe the kernels' scalar struct is bound as a read-only storage buffer instead: same bytes, same
# layout (4-byte scalars), no variants. Other devices keep TVM's `var<uniform>`.
UNIFORM_DECL = "var<uniform> podArgs"
STORAGE_DECL = "var<storage, read> podArgs"


def scalars_in_storage(adapter) -> bool:
    """True on lavapipe, where the kernels' scalars go in a storage buffer (see UNIFORM_DECL above)."""
    info = adapter.info
    return "llvmpipe" in f"{info.get('vendor', '')} {info.get('device', '')}".lower()


# _write_uniforms: phases whose uniform slots lie at most this many slots apart share one buffer write (the
# gap's slots are written too: cheaper than a second write_buffer call while small)
UNIFORM_MERGE_GAP = 64


@dataclass
class EncodedStep:
    """What `encode` returns: the command buffer, and the mappable slot its result is copied into (if any)."""

    command_buffer: object
    readback: object = None  # GPUBuffer (MAP_READ) or None
    nbytes: int = 0
    submission: int = None  # wgpu-native's submission index, set by submit

try:  # wgpu-native's C entry points: encoding a dispatch without the Python wrappers' per-call work. The
    # raw `lib` (not wgpu-py's error-capturing `libf`, ~1.5 us of Python per call): a bad dispatch in a
    # pass is reported when the encoder finishes (WebGPU defers encoder errors), through the checked API.
    from wgpu.backends.wgpu_native._api import ffi as _ffi, lib as _lib
    # (and wgpu-py's error-checking wrapper of the same functions, for the once-a-step submit and wait)
    from wgpu.backends.wgpu_native._api import libf as _libf
except ImportError:  # another wgpu backend: the public API below
    _lib = None


class _PreparedPhase:
    """A phase ready to run: its dispatches [(kernel, pipeline, bind group, workgroups)] and the uniform bytes
    of its steps (slots first_slot, first_slot + 1, ..., UNIFORM_STRIDE bytes apart). A step whose scalars
    name call-time dims is packed again only when one of those dims changed since the phase last ran, and
    once per distinct (kernel, scalars): a decode step re-packs its attention's L once, not once a layer
    (the host's per-token cost: ~155 steps of Python for SmolLM2 before)."""

    def __init__(self, first_slot, steps):
        self.first_slot = first_slot
        self.dispatches = []
        self.uniform = bytearray(len(steps) * UNIFORM_STRIDE)
        self._groups = {}  # (kernel name, scalars) -> (kernel, step, [step indices]): steps with call-time dims
        self._by_dim = {}  # call-time dim -> [group keys]
        self._last = {}  # call-time dim -> its value when the phase last ran
        for k, (kernel, pipeline, bind_group, step) in enumerate(steps):
            dims = sorted({v for v in step.scalars.values() if isinstance(v, str)})
            groups = None  # (workgroups of steps with call-time dims: set by update)
            if dims:
                key = (kernel.name, tuple(sorted(step.scalars.items())))
                if key not in self._groups:
                    self._groups[key] = (kernel, step, [])
                    for name in dims:
                        self._by_dim.setdefault(name, []).append(key)
                self._groups[key][2].append(k)
            else:
                groups, pack_x = kernel.grid_size(step.scalars)
                packed = kernel.pack_uniform(step.scalars, pack_x)
                self.uniform[k * UNIFORM_STRIDE: k * UNIFORM_STRIDE + len(packed)] = packed
            self.dispatches.append((kernel, pipeline, bind_group, groups))

    def update(self, call_dims):
        """Re-pack the steps that read a call-time dim whose value changed (KeyError for a missing one)."""
        changed = [name for name in self._by_dim if name not in self._last or self._last[name] != call_dims[name]]
        for key in {key for name in changed for key in self._by_dim[name]}:
            kernel, step, indices = self._groups[key]
            dims = step.resolve(call_dims)
            groups, pack_x = kernel.grid_size(dims)
            packed = kernel.pack_uniform(dims, pack_x)
            for k in indices:
                self.uniform[k * UNIFORM_STRIDE: k * UNIFORM_STRIDE + len(packed)] = packed
                self.dispatches[k] = (*self.dispatches[k][:3], groups)
        for name in changed:
            self._last[name] = call_dims[name]


def request_device(power_preference="high-performance"):
    """Adapter and device with the adapter's full buffer limits (the defaults are only 128/256 MiB)."""
    adapter = wgpu.gpu.request_adapter_sync(power_preference=power_preference)
    if adapter is None:
        raise DeviceError("no WebGPU adapter found (install a Vulkan driver, e.g. mesa-vulkan-drivers)")
    limits = adapter.limits
    wanted = {
        k: limits[k]
        for k in ("max-storage-buffer-binding-size", "max-buffer-size", "max-storage-buffers-per-shader-stage")
        if k in limits
    }
    # shader-f16: the f16 path (Engine precision "auto" / "f16"); timestamp queries only serve
    # `tabllm bench --profile` (per-kernel GPU times)
    features = [f for f in ("shader-f16", "timestamp-query", "timestamp-query-inside-passes") if f in adapter.features]
    device = adapter.request_device_sync(required_limits=wanted, required_features=features)
    return adapter, device


class WgpuExecutor:
    def __init__(self, device=None, adapter=None, profile=None, kernels=None, limits=None):
        """profile: force a kernel profile ("cpu" / "gpu"); None picks it from the adapter.
        kernels: a kernel set (runtime.kernels.load_kernels) other than the generated one.
        limits: buffer limits (WebGPU names) plans are made for, e.g. a smaller binding size to
        force matrices into row parts; None: the device's."""
        if device is None:
            adapter, device = request_device()
        self.adapter, self.device = adapter, device
        self._profile = profile
        self._limits = limits
        self.kernels = kernels or load_kernels()
        self._pipelines = {}
        self.buffers = {}
        self._phases = {}  # phase -> _PreparedPhase
        self._uniform = None
        self._readback = []  # READBACK_SLOTS mappable buffers, made on first use
        self.readback_slots = READBACK_SLOTS  # encoded steps with a readback at most in flight, one being fetched
        self._readback_count = 0
        self.dispatches_run = 0
        self.submits = 0
        self.scalars_in_storage = scalars_in_storage(self.adapter)

    @property
    def kernel_profile(self) -> str:
        """Which kernel schedules suit this adapter: "cpu" for CPU Vulkan (lavapipe), where workgroup
        barriers are slow, "gpu" otherwise (models/llama.py build_plan)."""
        if self._profile:
            return self._profile
        return "cpu" if str(self.adapter.info.get("adapter_type", "")).lower() == "cpu" else "gpu"

    @property
    def has_f16(self) -> bool:
        """The device has shader-f16, so plans of precision "f16" (and their *_f16 kernels) run here."""
        return "shader-f16" in self.device.features

    @property
    def limits(self) -> dict:
        """The buffer limits a plan must respect (lowering.linear_weights splits larger matrices)."""
        return self._limits if self._limits is not None else dict(self.device.limits)

    @property
    def adapter_name(self) -> str:
        info = self.adapter.info
        return f"{info.get('device', '?')} ({info.get('backend_type', '?')})"

    def _pipeline(self, name):
        if name not in self._pipelines:
            kernel = self.kernels[name]
            code = kernel.wgsl.replace(UNIFORM_DECL, STORAGE_DECL) if self.scalars_in_storage else kernel.wgsl
            module = self.device.create_shader_module(code=code, label=name)
            self._pipelines[name] = self.device.create_compute_pipeline(
                layout="auto", compute={"module": module, "entry_point": kernel.entry_point}, label=name
            )
        return self._pipelines[name]

    def prepare(self, plan: Plan):
        plan.check_limits(dict(self.device.limits), self.adapter_name)
        if plan.precision == "f16" and not self.has_f16:
            raise DeviceError(f"this plan stores f16 buffers, and {self.adapter_name} lacks shader-f16: use precision f32")
        usage = wgpu.BufferUsage.STORAGE | wgpu.BufferUsage.COPY_DST | wgpu.BufferUsage.COPY_SRC
        for spec in plan.buffers.values():
            self.buffers[spec.name] = self.device.create_buffer(size=max(spec.nbytes, 16), usage=usage, label=spec.name)
        for name, table in plan.tables.items():
            self.upload(name, table)
        total_steps = sum(len(steps) for steps in plan.phases.values())
        scalar_usage = wgpu.BufferUsage.STORAGE if self.scalars_in_storage else wgpu.BufferUsage.UNIFORM
        self._uniform = self.device.create_buffer(
            size=total_steps * UNIFORM_STRIDE, usage=scalar_usage | wgpu.BufferUsage.COPY_DST
        )
        first_slot = 0  # the phase's steps have uniform slots first_slot, first_slot + 1, ...
        # slots in order of phase length: the small head and sampling phases of every call come first, next
        # to the decode body, so that a decode step's one uniform write spans little more than its own steps
        for phase in sorted(plan.phases, key=lambda p: len(plan.phases[p])):
            steps = plan.phases[phase]
            prepared = []
            for slot, step in enumerate(steps, first_slot):
                kernel = self.kernels[step.kernel]
                pipeline = self._pipeline(step.kernel)
                entries = []
                for binding, (arg, _writable) in enumerate(kernel.bindings):
                    if arg not in step.buffers:
                        raise KeyError(f"step {step.kernel} does not bind {arg!r}")
                    entries.append({"binding": binding, "resource": {"buffer": self.buffers[step.buffers[arg]]}})
                entries.append({
                    "binding": len(kernel.bindings),
                    "resource": {"buffer": self._uniform, "offset": slot * UNIFORM_STRIDE, "size": 4 * len(kernel.uniform)},
                })
                bind_group = self.device.create_bind_group(layout=pipeline.get_bind_group_layout(0), entries=entries)
                prepared.append((kernel, pipeline, bind_group, step))
            self._phases[phase] = _PreparedPhase(first_slot, prepared)
            first_slot += len(prepared)

    def upload(self, name, array: np.ndarray, offset_bytes: int = 0):
        data = np.ascontiguousarray(array).tobytes()
        data += b"\0" * (-len(data) % 4)  # write sizes are multiples of 4 bytes (an odd count of f16)
        self.device.queue.write_buffer(self.buffers[name], offset_bytes, data)

    def run(self, phases, call_dims: dict):
        """Encode the given phases (in order) for these call dims into one pass and submit once."""
        self.submit(self.encode(phases, call_dims))

    def submit(self, step: EncodedStep):
        """Submit what `encode` returned (in the order encoded)."""
        if _lib is not None:  # the same submit, keeping wgpu-native's index of it for `fetch` to wait on
            handles = _ffi.new("WGPUCommandBuffer[]", [step.command_buffer._internal])
            step.submission = _libf.wgpuQueueSubmitForIndex(self.device.queue._internal, 1, handles)
        else:
            self.device.queue.submit([step.command_buffer])
        self.submits += 1

    def fetch(self, step: EncodedStep) -> bytes:
        """The result a submitted step copied out (encode's `readback`), once that step is done: steps
        submitted after it keep the GPU busy meanwhile. wgpu-py's own map wait polls the device until its
        newest submission is done, so this waits on the step's submission index (one non-blocking poll then
        delivers the map)."""
        if step.submission is not None:
            _libf.wgpuDevicePoll(self.device._internal, True, _ffi.new("WGPUSubmissionIndex *", step.submission))
        promise = step.readback.map_async(wgpu.MapMode.READ, 0, step.nbytes)
        if _lib is not None:
            _lib.wgpuDevicePoll(self.device._internal, False, _ffi.NULL)
        promise.sync_wait()
        data = bytes(step.readback.read_mapped(0, step.nbytes))
        step.readback.unmap()
        return data

    def encode(self, phases, call_dims: dict, readback=None) -> EncodedStep:
        """Write the phases' uniforms and encode their dispatches into one pass, for `submit`. The uniform
        write takes effect in queue order, after everything already submitted: a decode step can be encoded
        while the GPU still runs the one before (Engine.stream_ids). readback: (buffer name, bytes) that the
        command buffer copies out at its end, for `fetch` (the sampled id: no read of its own per token)."""
        encoded = self._write_uniforms(phases, call_dims)
        encoder = self.device.create_command_encoder()
        compute = encoder.begin_compute_pass()
        if _lib is not None:
            # the same three calls per dispatch, straight to wgpu-native (the host cost of a token of a
            # small model is mostly this loop); the pipeline is set only when it changes
            handle, last, null = compute._internal, None, _ffi.NULL
            set_pipeline = _lib.wgpuComputePassEncoderSetPipeline
            set_bind_group = _lib.wgpuComputePassEncoderSetBindGroup
            dispatch = _lib.wgpuComputePassEncoderDispatchWorkgroups
            for _kernel, pipeline, bind_group, (x, y, z) in encoded:
                if pipeline is not last:
                    set_pipeline(handle, pipeline._internal)
                    last = pipeline
                set_bind_group(handle, 0, bind_group._internal, 0, null)
                dispatch(handle, x, y, z)
        else:
            for _kernel, pipeline, bind_group, groups in encoded:
                compute.set_pipeline(pipeline)
                compute.set_bind_group(0, bind_group)
                compute.dispatch_workgroups(*groups)
        compute.end()
        self.dispatches_run += len(encoded)
        if readback is None:
            return EncodedStep(encoder.finish())
        name, nbytes = readback
        if not self._readback:
            usage = wgpu.BufferUsage.MAP_READ | wgpu.BufferUsage.COPY_DST
            self._readback = [self.device.create_buffer(size=READBACK_BYTES, usage=usage, label="readback")
                              for _ in range(READBACK_SLOTS)]
        slot = self._readback[self._readback_count % READBACK_SLOTS]
        self._readback_count += 1
        encoder.copy_buffer_to_buffer(self.buffers[name], 0, slot, 0, nbytes)
        return EncodedStep(encoder.finish(), slot, nbytes)

    def profile(self, phases, call_dims: dict):
        """Run like `run` with a GPU timestamp after every dispatch; returns [(kernel name, seconds)], or
        None when the device lacks timestamp-query-inside-passes. For `tabllm bench --profile`."""
        if "timestamp-query-inside-passes" not in self.device.features:
            return None
        from wgpu.backends.wgpu_native.extras import write_timestamp

        encoded = self._write_uniforms(phases, call_dims)
        count = len(encoded) + 1
        queries = self.device.create_query_set(type=wgpu.QueryType.timestamp, count=count)
        resolved = self.device.create_buffer(size=8 * count, usage=wgpu.BufferUsage.QUERY_RESOLVE | wgpu.BufferUsage.COPY_SRC)
        encoder = self.device.create_command_encoder()
        compute = encoder.begin_compute_pass()
        write_timestamp(compute, queries, 0)
        for k, (_kernel, pipeline, bind_group, groups) in enumerate(encoded):
            compute.set_pipeline(pipeline)
            compute.set_bind_group(0, bind_group)
            compute.dispatch_workgroups(*groups)
            write_timestamp(compute, queries, k + 1)
        compute.end()
        encoder.resolve_query_set(queries, 0, count, resolved, 0)
        self.device.queue.submit([encoder.finish()])
        ticks = np.frombuffer(self.device.queue.read_buffer(resolved), np.uint64).astype(np.float64)
        resolved.destroy()
        # wgpu-native reports timestamps in nanoseconds
        return [(kernel.name, (b - a) * 1e-9) for (kernel, *_), a, b in zip(encoded, ticks[:-1], ticks[1:])]

    def _write_uniforms(self, phases, call_dims):
        """Write the uniforms of the phases' steps (one buffer write); returns [(kernel, pipeline, bind
        group, workgroups)] to encode."""
        prepared = [self._phases[phase] for phase in phases]
        for p in prepared:
            p.update(call_dims)
        if len(prepared) == 1:
            self.device.queue.write_buffer(self._uniform, prepared[0].first_slot * UNIFORM_STRIDE, prepared[0].uniform)
            return prepared[0].dispatches
        # One write per run of nearby phases' slots (the slots of other phases between them are rewritten when
        # those run): a decode step's layers, head and sampler are one write; a KV slot's layer phases
        # (tabllm.kv_slots: "body_decode@3", added after every other phase) are one more, rather than one
        # write spanning every phase in between (600 slots, 150 KB, for SmolLM2's slot 4 of 5).
        runs = []  # [first slot, end slot, phases]
        for p in sorted(prepared, key=lambda p: p.first_slot):
            end = p.first_slot + len(p.dispatches)
            if runs and p.first_slot - runs[-1][1] <= UNIFORM_MERGE_GAP:
                runs[-1][1] = max(runs[-1][1], end)
                runs[-1][2].append(p)
            else:
                runs.append([p.first_slot, end, [p]])
        for first, end, members in runs:
            data = bytearray((end - first) * UNIFORM_STRIDE)
            for p in members:
                start = (p.first_slot - first) * UNIFORM_STRIDE
                data[start: start + len(p.uniform)] = p.uniform
            self.device.queue.write_buffer(self._uniform, first * UNIFORM_STRIDE, data)
        return [d for p in prepared for d in p.dispatches]

    def read(self, name, dtype: str, count: int, offset: int = 0) -> np.ndarray:
        """Copy `count` elements from a buffer back (waits for the queue)."""
        size = ITEMSIZE[dtype]
        start, end = offset * size, (offset + count) * size
        lo, hi = start - start % 4, -(-end // 4) * 4  # copies are whole 4-byte words (f16 elements are 2)
        data = self.device.queue.read_buffer(self.buffers[name], lo, hi - lo)[start - lo : end - lo]
        return np.frombuffer(data, dtype=DTYPES[dtype]).copy()

    def release(self):
        for buf in self.buffers.values():
            buf.destroy()
        self.buffers.clear()
        self._phases.clear()
        if self._uniform is not None:
            self._uniform.destroy()
            self._uniform = None
        for slot in self._readback:
            slot.destroy()
        self._readback = []
