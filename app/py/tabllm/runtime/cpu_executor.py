"""CpuExecutor: the "cpu" profile's plans on the host CPU, with the kernels compiled by TVM for LLVM.

The kernels come from the same definitions as the WGSL ones (build_tools/kernels/, CPU forms in
build_tools/kernels/cpu.py); they are compiled on first use for this machine's CPU and cached under
$TABLLM_HOME/cpu_kernels (default ~/.cache/tabllm/cpu_kernels), one shared library per kernel, in a folder
keyed by the hash of the kernel sources, the TVM version and the host target: a change to any of them
compiles afresh. This path needs apache-tvm at run time (`pip install -e .[cpu]`) and a C compiler to link
the libraries, and a source checkout (the kernel definitions live in build_tools/).

Buffers are 64-byte aligned numpy arrays wrapped once as TVM tensors (zero copy); every call passes the
whole flat buffers and the step's scalars (build_tools/kernels/cpu.py: the flat calling convention).
Kernels with workgroup barriers and no CPU form (top_threshold, token_logprobs) run as their float64
twins (runtime/reference.py) on the same buffers.
"""

import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

from ..errors import DeviceError
from ..plan import DTYPES, Plan
from . import reference

_REPO = Path(__file__).resolve().parents[4]
KERNEL_SOURCES = _REPO / "build_tools" / "kernels"
ALIGN = 64  # bytes: TVM takes numpy memory without a copy only at this alignment


def _tvm():
    try:
        import tvm
    except ImportError as e:
        raise DeviceError("the CPU executor needs apache-tvm (pip install -e '.[cpu]'): it compiles the kernels for "
                          f"this CPU on first use ({e})") from e
    return tvm


def cache_root() -> Path:
    return Path(os.environ.get("TABLLM_HOME") or Path.home() / ".cache" / "tabllm").expanduser() / "cpu_kernels"


def _aligned_zeros(nbytes: int) -> np.ndarray:
    raw = np.zeros(nbytes + ALIGN, np.uint8)
    start = (-raw.ctypes.data) % ALIGN
    return raw[start : start + nbytes]


def _build_tools():
    if not (KERNEL_SOURCES / "cpu.py").exists():
        raise DeviceError(f"the CPU executor compiles the kernels from their definitions in {KERNEL_SOURCES.parent}, "
                          "which this installation lacks: install tabllm from a source checkout (pip install -e .)")
    if str(KERNEL_SOURCES.parent) not in sys.path:
        sys.path.insert(0, str(KERNEL_SOURCES.parent))
    import kernels.cpu as cpu

    return cpu


class KernelCache:
    """The compiled CPU kernels of this machine: name -> (function, argument list), compiled on first use."""

    def __init__(self, root: Path | None = None, progress=None):
        tvm = _tvm()
        self.tvm = tvm
        self.cpu = _build_tools()
        self.target = self.cpu.host_target()
        sources = b"".join(p.read_bytes() for p in sorted(KERNEL_SOURCES.glob("*.py")))
        key = hashlib.sha256(sources + tvm.__version__.encode() + json.dumps(str(self.target)).encode()).hexdigest()[:16]
        self.dir = (root or cache_root()) / key
        self.progress = progress or (lambda msg: print(msg, file=sys.stderr, flush=True))
        self.loaded = {}

    def get(self, names) -> dict:
        """{name: (function, args) or None (no CPU form: the numpy twin runs)} for the kernels `names`."""
        missing = [n for n in names if n not in self.loaded and not (self.dir / f"{n}.json").exists()]
        if missing:
            self._compile(missing)
        for n in names:
            if n not in self.loaded:
                info = json.loads((self.dir / f"{n}.json").read_text())
                if info["args"] is None:
                    self.loaded[n] = None
                else:
                    module = self.tvm.runtime.load_module(str(self.dir / f"{n}.so"))
                    self.loaded[n] = (module[n], [tuple(a) for a in info["args"]])
        return {n: self.loaded[n] for n in names}

    def _compile(self, names):
        self.dir.mkdir(parents=True, exist_ok=True)
        t0 = time.time()
        self.progress(f"compiling {len(names)} CPU kernels for {self.target.attrs.get('mcpu', 'this CPU')} with TVM "
                      f"(once; cached in {self.dir})")
        for name in names:
            try:
                func, args = self.cpu.cpu_function(name)
            except self.cpu.NotCPUKernel:
                func, args = None, None
            if func is not None:
                tmp = self.dir / f".{name}.{os.getpid()}.so"
                try:
                    self.tvm.compile(self.tvm.IRModule({name: func}), target=self.target).export_library(str(tmp))
                except Exception as e:
                    raise DeviceError(f"compiling the CPU kernel {name} failed (the CPU executor needs a C compiler, "
                                      f"gcc or clang, to link the kernels TVM compiles): {e}") from e
                tmp.replace(self.dir / f"{name}.so")
            tmp = self.dir / f".{name}.{os.getpid()}.json"
            tmp.write_text(json.dumps({"args": args}))
            tmp.replace(self.dir / f"{name}.json")
        self.progress(f"compiled {len(names)} CPU kernels in {time.time() - t0:.1f} s")


_CACHES = {}


def kernel_cache(progress=None) -> KernelCache:
    """One KernelCache per process and cache folder (loaded libraries are kept)."""
    root = cache_root()
    if root not in _CACHES:
        _CACHES[root] = KernelCache(root, progress)
    return _CACHES[root]


def physical_cores() -> int:
    """Cores (not hyper-threads) this process may run on: Linux's topology, else os.cpu_count()."""
    try:
        cpus = os.sched_getaffinity(0)
        cores = set()
        for cpu in cpus:
            topo = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology")
            cores.add((topo / "physical_package_id").read_text().strip() + "/" + (topo / "core_id").read_text().strip())
        return max(1, len(cores))
    except (OSError, AttributeError):
        return os.cpu_count() or 1


def default_threads() -> int:
    """One thread per physical core but one (the calling thread is one of them; the core left over takes the
    rest of the process and the machine's other work), at least one. On this project's 2-core VM, busy with
    other work, one thread beat two at every step (SmolLM2 decode 43-72 against 25-33 tok/s, prefill 133-244
    against 77-146; BENCHMARKS.md). (TVM's own default halves the logical CPUs on x86, assuming two
    hyper-threads per core.)"""
    return max(1, physical_cores() - 1)


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or platform.machine()


class CpuExecutor:
    """Runs a Plan ("cpu" profile, f32) on the host CPU with the TVM-compiled kernels (see the top)."""

    kernel_profile = "cpu"
    has_f16 = False  # (the f16 plan's kernels are not built for the CPU: f32 activations)
    limits = None  # host memory: no binding limits

    def __init__(self, progress=None, threads=None):
        """threads: the host threads the products are spread over, the calling one included (None: one per
        physical core but one, at least one: default_threads). TVM's thread pool is one per process, sized
        when it first runs: the first executor of a process sets it."""
        os.environ.setdefault("TVM_NUM_THREADS", str(threads or default_threads()))
        # Threads not pinned to cores, and idle workers spinning ~20x shorter than TVM's default before they
        # sleep: on a busy machine pinned, long-spinning workers take the cores the calling thread needs
        # (this 2-core VM at load average 6-7, SmolLM2 decode at 2 threads: 16 tok/s pinned with the default
        # spin, 35-37 unpinned or with the short spin; 39-42 at 1 thread; BENCHMARKS.md)
        os.environ.setdefault("TVM_BIND_THREADS", "0")
        os.environ.setdefault("TVM_THREAD_POOL_SPIN_COUNT", "20000")
        self.cache = kernel_cache(progress)
        self.threads = int(self.cache.tvm.get_global_func("runtime.NumThreads")())
        self.adapter_name = f"CPU: {_cpu_name()} ({self.threads} threads, TVM LLVM kernels)"
        self.plan = None
        self.buffers = {}  # name -> flat numpy array of the plan's dtype (64-byte aligned)
        self._tensors = {}  # (name, dtype) -> TVM tensor over the same memory
        self._phases = {}
        self.dispatches_run = 0
        self.submits = 0  # run() calls (the benchmark's count of submits)

    # --- Executor protocol -------------------------------------------------------------------------

    def prepare(self, plan: Plan):
        self.plan = plan
        for spec in plan.buffers.values():
            self.buffers[spec.name] = _aligned_zeros(spec.nbytes).view(DTYPES[spec.dtype])
        for name, table in plan.tables.items():
            self.upload(name, table)
        names = sorted({s.kernel for steps in plan.phases.values() for s in steps})
        kernels = self.cache.get(names)
        self._phases = {phase: [self._step(s, kernels[s.kernel]) for s in steps] for phase, steps in plan.phases.items()}

    def upload(self, name, array, offset_bytes=0):
        src = memoryview(np.ascontiguousarray(array) if isinstance(array, np.ndarray) else array).cast("B")
        dst = self.buffers[name].view(np.uint8)
        dst[offset_bytes : offset_bytes + len(src)] = np.frombuffer(src, np.uint8)

    def run(self, phases, call_dims):
        for phase in phases:
            for call in self._phases[phase]:
                call(call_dims)
            self.dispatches_run += len(self._phases[phase])
        self.submits += 1

    def read(self, name, dtype, count, offset=0):
        return self.buffers[name].view(DTYPES[dtype])[offset : offset + count].copy()

    def release(self):
        self._phases.clear()
        self._tensors.clear()
        self.buffers.clear()

    # --- steps ----------------------------------------------------------------------------------------

    def _tensor(self, name, dtype):
        key = (name, dtype)
        if key not in self._tensors:
            self._tensors[key] = self.cache.tvm.runtime.from_dlpack(self.buffers[name].view(np.dtype(dtype)))
        return self._tensors[key]

    def _step(self, step, kernel):
        """A function of the call dims that runs `step` (its arguments made once; only the call-dim
        scalars are filled in per call)."""
        if kernel is None:  # no CPU form: the float64 twin on the same buffers
            op = reference.OPS[step.kernel]
            views = {arg: self.buffers[buf] for arg, buf in step.buffers.items()}
            return lambda dims: op(views, step.resolve(dims))
        func, spec = kernel
        args, dynamic = [], []
        for kind, name, extra in spec:
            if kind == "buffer":
                if name not in step.buffers:
                    raise DeviceError(f"step {step.kernel} binds no buffer {name!r}")
                args.append(self._tensor(step.buffers[name], extra))
                continue
            key = name if name in step.scalars else re.sub(r"_\d+$", "", name)
            if key in step.scalars:
                value = step.scalars[key]
                if isinstance(value, str):
                    dynamic.append((len(args), value))
                    value = 0
                args.append(float(value) if extra.startswith("float") else int(value))
            elif kind == "extent":  # a dim the kernel's indexing does not use: the buffer's length
                args.append(int(self.buffers[step.buffers[extra]].size))
            else:
                raise DeviceError(f"step {step.kernel} gives no scalar {name!r}")
        if not dynamic:
            return lambda dims: func(*args)

        def call(dims):
            for i, dim in dynamic:
                args[i] = dims[dim]
            func(*args)

        return call
