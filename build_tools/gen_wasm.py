"""Generate app/kernels_wasm/: the CPU kernels as one WebAssembly module (SIMD128) for the page without WebGPU.

    python build_tools/gen_wasm.py           # regenerate (TVM, then Debian's clang-14, lld-14 and wasi-libc)
    python build_tools/gen_wasm.py --check   # fail if the committed module was built from other sources

The kernels are the CPU executor's (build_tools/kernels/cpu.py: the same definitions as the WGSL ones, CPU
schedules, the flat calling convention), compiled by TVM's LLVM backend for wasm32 with SIMD128 into one
object. TVM's functions take its packed calling convention (an array of TVMFFIAny with DLTensor pointers);
a small C shim, generated here, gives each kernel an export with a flat C ABI instead:

    int32 k_<kernel>(ptr buffer..., scalars...)   # buffers: byte offsets into the module's memory, in the
                                                   # manifest's "args" order; scalars: i32, or f64 for float ones

returning 0, or -1 with the error text at tabllm_error(). The shim also provides the few runtime functions the
generated code calls: TVMBackendParallelLaunch (the loop split over the page's threads: one, or the workers
of a cross-origin isolated page, see SHIM_RUNTIME),
the workspace allocator (malloc) and the error setter. expf / logf and malloc come from wasi-libc (linked in,
no WASI imports). The memory is imported (env.memory) and grows through malloc: the page's buffers are
tabllm_alloc(bytes) blocks (64-byte aligned, zeroed), so buffers and the kernels' workspace never collide.

Two links of the same objects: kernels.wasm (its own memory, one thread) and kernels_threads.wasm (shared memory,
for the page's worker threads, each an instance of it with its own stack).

manifest.json: {sources: sha256 of the kernel sources this was built from, wasm: sha256 of kernels.wasm,
wasm_threads: sha256 of kernels_threads.wasm,
kernels: {name: {export, args: [[kind, name, dtype or buffer]]}}} with the CPU executor's argument kinds
(buffer / scalar / extent: the buffer's length in elements); kernels with no CPU form (workgroup barriers:
top_threshold, token_logprobs) are listed under "twins" and run in JS (app/js/wasm_executor.mjs).
"""

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build_tools"))
sys.path.insert(0, str(ROOT / "app" / "py"))

OUT_DIR = ROOT / "app" / "kernels_wasm"
# +atomics, +bulk-memory: the same objects link into kernels_threads.wasm (shared memory) as well
TARGET = {"kind": "llvm", "mtriple": "wasm32-unknown-unknown", "mattr": ["+simd128", "+atomics", "+bulk-memory"]}
CLANG, WASM_LD = "clang-14", "wasm-ld-14"
WASI_SYSROOT = Path("/usr")  # Debian's wasi-libc: /usr/include/wasm32-wasi, /usr/lib/wasm32-wasi
TVM_FFI_INCLUDE = None  # set in build(): the tvm_ffi wheel's headers (TVMFFIAny, DLTensor)
STACK_BYTES = 1 << 20

# DLPack type codes of the element types the kernels' buffers take
DL_TYPES = {"float32": (2, 32), "float16": (2, 16), "int32": (0, 32), "int8": (0, 8), "uint8": (1, 8), "uint32": (1, 32)}

SHIM_RUNTIME = r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tvm/ffi/c_api.h>

/* TVM's parallel loops (a loop of `num_task` chunks: the lambda runs chunk task_id of penv->num_task), split
   over the page's threads: this one and threads - 1 workers looping in tabllm_thread_loop on the same shared
   memory (kernels_threads.wasm; app/js/wasm_executor.mjs starts them). CHUNKS_PER_THREAD chunks a thread,
   claimed one at a time by whichever thread is free (an atomic counter): a worker the OS has descheduled
   (a busy machine) leaves its share to the others instead of holding every loop up. With one thread
   (kernels.wasm, or a page that is not cross-origin isolated) the loop runs whole here. Workers spin a while
   before they sleep in memory.atomic.wait32: a token launches a few hundred parallel loops, microseconds apart. */
typedef struct { void* sync_handle; int32_t num_task; } TVMParallelGroupEnv;
typedef int (*FTVMParallelLambda)(int task_id, TVMParallelGroupEnv* penv, void* cdata);
#define SPINS 20000
#define CHUNKS_PER_THREAD 4
static int32_t threads = 1;
static FTVMParallelLambda job_lambda;
static void* job_cdata;
static TVMParallelGroupEnv job_env;
static int32_t job_generation; /* bumped by each launch: sleeping workers wait on it */
static int32_t job_next;       /* the next chunk to claim (>= num_task: none left) */
static int32_t job_done;       /* chunks finished: the launching thread waits for num_task */
static int32_t job_failed;
static int32_t wait_while(int32_t* at, int32_t value) {  /* returns *at once it differs from value */
  for (int i = 0; i < SPINS; i++) {
    int32_t now = __atomic_load_n(at, __ATOMIC_SEQ_CST);
    if (now != value) return now;
  }
  for (;;) {
    int32_t now = __atomic_load_n(at, __ATOMIC_SEQ_CST);
    if (now != value) return now;
    __builtin_wasm_memory_atomic_wait32(at, value, -1);
  }
}
/* claims and runs chunks of the current loop until none is left. A worker late for one loop claims from the
   next one's counter only after the launch wrote that loop's lambda and data (job_next is reset last). */
static void run_chunks(void) {
  for (;;) {
    int32_t chunk = __atomic_fetch_add(&job_next, 1, __ATOMIC_SEQ_CST);
    if (chunk >= job_env.num_task) return;
    if (job_lambda(chunk, &job_env, job_cdata)) __atomic_store_n(&job_failed, 1, __ATOMIC_SEQ_CST);
    if (__atomic_add_fetch(&job_done, 1, __ATOMIC_SEQ_CST) == job_env.num_task) __builtin_wasm_memory_atomic_notify(&job_done, 1);
  }
}
static int parallel_launch(FTVMParallelLambda flambda, void* cdata, int num_task) {
  if (threads == 1) {
    TVMParallelGroupEnv env = {0, 1};
    return flambda(0, &env, cdata);
  }
  job_lambda = flambda; job_cdata = cdata; job_env.num_task = threads * CHUNKS_PER_THREAD;
  __atomic_store_n(&job_failed, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&job_done, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&job_next, 0, __ATOMIC_SEQ_CST);
  __atomic_fetch_add(&job_generation, 1, __ATOMIC_SEQ_CST);
  __builtin_wasm_memory_atomic_notify(&job_generation, threads - 1);
  run_chunks();
  int32_t done;
  while ((done = __atomic_load_n(&job_done, __ATOMIC_SEQ_CST)) != job_env.num_task) wait_while(&job_done, done);
  return __atomic_load_n(&job_failed, __ATOMIC_SEQ_CST);
}
/* a worker: helps with every parallel loop from now on (never returns; the page terminates the worker) */
static int32_t threads_looping;  /* workers in tabllm_thread_loop */
__attribute__((export_name("tabllm_thread_loop"))) void tabllm_thread_loop(void) {
  int32_t seen = __atomic_load_n(&job_generation, __ATOMIC_SEQ_CST);
  __atomic_fetch_add(&threads_looping, 1, __ATOMIC_SEQ_CST);
  __builtin_wasm_memory_atomic_notify(&threads_looping, 1);
  for (;;) {
    seen = wait_while(&job_generation, seen);
    run_chunks();
  }
}
/* the thread count: waits until the n - 1 workers are in their loops (none may miss a launch) */
__attribute__((export_name("tabllm_set_threads"))) void tabllm_set_threads(int32_t n) {
  int32_t looping;
  while ((looping = __atomic_load_n(&threads_looping, __ATOMIC_SEQ_CST)) < n - 1) wait_while(&threads_looping, looping);
  threads = n;
}

/* malloc is wasi-libc's single-threaded one: a lock, for the workspace a parallel loop may allocate */
static int32_t heap_lock;
static void lock(void) { while (__atomic_exchange_n(&heap_lock, 1, __ATOMIC_ACQUIRE)) {} }
static void unlock(void) { __atomic_store_n(&heap_lock, 0, __ATOMIC_RELEASE); }
static void* alloc_workspace(int device_type, int device_id, uint64_t nbytes, int code, int bits) {
  lock();
  void* p = aligned_alloc(64, (size_t)((nbytes + 63) & ~(uint64_t)63));
  unlock();
  return p;
}
static int free_workspace(int device_type, int device_id, void* ptr) { lock(); free(ptr); unlock(); return 0; }
/* the generated code calls these through function pointers it declares (weak, null): set here */
void* __TVMBackendParallelLaunch = (void*)parallel_launch;
void* __TVMBackendAllocWorkspace = (void*)alloc_workspace;
void* __TVMBackendFreeWorkspace = (void*)free_workspace;

static char error_text[1024];
void TVMFFIErrorSetRaisedFromCStrParts(const char* kind, const char** parts, int32_t num_parts) {
  size_t at = 0;
  const char* first[2] = {kind, ": "};
  for (int i = -2; i < num_parts; i++) {
    const char* s = i < 0 ? first[i + 2] : parts[i];
    size_t n = strlen(s);
    if (at + n >= sizeof(error_text)) n = sizeof(error_text) - 1 - at;
    memcpy(error_text + at, s, n);
    at += n;
  }
  error_text[at] = 0;
}
__attribute__((export_name("tabllm_error"))) const char* tabllm_error(void) { return error_text; }

/* the page's buffers: 64-byte aligned (TVM's kernels assume it), zeroed */
__attribute__((export_name("tabllm_alloc"))) void* tabllm_alloc(uint32_t nbytes) {
  size_t size = ((size_t)nbytes + 63) & ~(size_t)63;
  lock();
  void* p = aligned_alloc(64, size ? size : 64);
  unlock();
  if (p) memset(p, 0, size);
  return p;
}
__attribute__((export_name("tabllm_free"))) void tabllm_free(void* p) { lock(); free(p); unlock(); }

static inline void tensor(DLTensor* t, void* data, int64_t* len, uint8_t code, uint8_t bits) {
  t->data = data; t->device.device_type = kDLCPU; t->device.device_id = 0; t->ndim = 1;
  t->dtype.code = code; t->dtype.bits = bits; t->dtype.lanes = 1; t->shape = len; t->strides = 0; t->byte_offset = 0;
}
/* flat buffers: the kernels' indexing is bounded by the step's dims, not by a length (TVM binds it to a var
   nothing reads) */
static int64_t ANY_LENGTH = 0x7fffffff;
"""


def kernel_sources_hash() -> str:
    """What the module is built from: the kernel definitions, the kernel catalogue and this file."""
    files = sorted((ROOT / "build_tools" / "kernels").glob("*.py")) + [ROOT / "app" / "py" / "tabllm" / "kernel_set.py",
                                                                       Path(__file__).resolve()]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


def wrapper(name, args) -> str:
    """C source of k_<name>: the flat export calling TVM's packed function __tvm_ffi_<name>."""
    params, fills = [], []
    nbuf = sum(1 for kind, _, _ in args if kind == "buffer")
    b = 0
    for i, (kind, arg, dtype) in enumerate(args):
        if kind == "buffer":
            code, bits = DL_TYPES[dtype]
            params.append(f"void* {arg}_{i}")
            fills.append(f"  tensor(&t[{b}], {arg}_{i}, &ANY_LENGTH, {code}, {bits});"
                         f" a[{i}].type_index = kTVMFFIDLTensorPtr; a[{i}].v_ptr = &t[{b}];")
            b += 1
        elif kind == "scalar" and dtype.startswith("float"):
            params.append(f"double {arg}_{i}")
            fills.append(f"  a[{i}].type_index = kTVMFFIFloat; a[{i}].v_float64 = {arg}_{i};")
        else:
            params.append(f"int32_t {arg}_{i}")
            fills.append(f"  a[{i}].type_index = kTVMFFIInt; a[{i}].v_int64 = {arg}_{i};")
    n = len(args)
    return "\n".join([
        f"int32_t __tvm_ffi_{name}(void*, const TVMFFIAny*, int32_t, TVMFFIAny*);",
        f'__attribute__((export_name("k_{name}"))) int32_t k_{name}({", ".join(params)}) {{',
        f"  DLTensor t[{max(nbuf, 1)}]; TVMFFIAny a[{n}]; TVMFFIAny result;",
        f"  memset(a, 0, sizeof a); memset(&result, 0, sizeof result);",
        *fills,
        f"  return __tvm_ffi_{name}(0, a, {n}, &result) ? -1 : 0;",
        "}",
    ])


def cpu_kernels():
    """{name: (PrimFunc, args)} for every kernel with a CPU form, and the names without one."""
    import kernels.cpu as cpu
    from kernels import KERNELS

    funcs, twins = {}, []
    for name, _ in KERNELS:
        try:
            funcs[name] = cpu.cpu_function(name)
        except cpu.NotCPUKernel:
            twins.append(name)
    return funcs, twins


def _run(cmd):
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    except FileNotFoundError as e:
        raise SystemExit(f"{cmd[0]} not found: building the wasm kernels needs Debian's clang-14, lld-14 and wasi-libc "
                         "(apt-get install clang-14 lld-14 wasi-libc)") from e
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"{' '.join(cmd[:3])} ... failed:\n{e.stderr}") from e


def build(out_dir: Path):
    import tvm
    import tvm_ffi

    t0 = time.time()
    funcs, twins = cpu_kernels()
    print(f"{len(funcs)} kernels with a CPU form, {len(twins)} without ({', '.join(twins)}) "
          f"[{time.time() - t0:.0f} s]", flush=True)
    module = tvm.IRModule({name: func for name, (func, _) in funcs.items()})
    executable = tvm.compile(module, target=tvm.target.Target(TARGET))
    print(f"compiled for {TARGET['mtriple']} {' '.join(TARGET['mattr'])} [{time.time() - t0:.0f} s]", flush=True)
    include = Path(tvm_ffi.__file__).parent / "include"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        executable.mod.write_to_file(str(tmp / "kernels.o"), "o")
        shim = SHIM_RUNTIME + "\n\n".join(wrapper(name, args) for name, (_, args) in funcs.items()) + "\n"
        (tmp / "shim.c").write_text(shim)
        _run([CLANG, "--target=wasm32-wasi", f"--sysroot={WASI_SYSROOT}", f"-I{include}", "-O2", "-msimd128",
              "-matomics", "-mbulk-memory", "-c", str(tmp / "shim.c"), "-o", str(tmp / "shim.o")])
        link = [WASM_LD, "--no-entry", "--import-memory", f"--max-memory={1 << 32}", "-z", f"stack-size={STACK_BYTES}",
                "--gc-sections", "--strip-all", str(tmp / "kernels.o"), str(tmp / "shim.o"),
                f"-L{WASI_SYSROOT / 'lib' / 'wasm32-wasi'}", "-lc"]
        _run(link + ["-o", str(tmp / "kernels.wasm")])
        # threads: the memory shared (the data segments written once, by the first instance), each worker's
        # instance given its own stack through the exported __stack_pointer; Debian's wasi-libc is built without
        # atomics (hence --no-check-features): the shim locks around its malloc, the one libc state it shares
        _run(link + ["--shared-memory", "--export=__stack_pointer", "--no-check-features",
                     "-o", str(tmp / "kernels_threads.wasm")])
        wasm = (tmp / "kernels.wasm").read_bytes()
        wasm_threads = (tmp / "kernels_threads.wasm").read_bytes()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "kernels.wasm").write_bytes(wasm)
    (out_dir / "kernels_threads.wasm").write_bytes(wasm_threads)
    manifest = {
        "sources": kernel_sources_hash(),
        "tvm": tvm.__version__,
        "target": TARGET,
        "wasm": hashlib.sha256(wasm).hexdigest(),
        "wasm_threads": hashlib.sha256(wasm_threads).hexdigest(),
        "kernels": {name: {"export": f"k_{name}", "args": [list(a) for a in args]} for name, (_, args) in sorted(funcs.items())},
        "twins": sorted(twins),
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"wrote {out_dir / 'kernels.wasm'} ({len(wasm) / 2 ** 20:.1f} MiB) and manifest.json [{time.time() - t0:.0f} s]")


def check(out_dir: Path) -> int:
    """Cheap: the committed module's sources hash and file hash (no TVM compile)."""
    try:
        manifest = json.loads((out_dir / "manifest.json").read_text())
        modules = {key: (out_dir / file, (out_dir / file).read_bytes())
                   for key, file in (("wasm", "kernels.wasm"), ("wasm_threads", "kernels_threads.wasm"))}
    except OSError as e:
        print(f"{out_dir}: {e}: run build_tools/gen_wasm.py", file=sys.stderr)
        return 1
    for key, (path, wasm) in modules.items():
        if hashlib.sha256(wasm).hexdigest() != manifest.get(key):
            print(f"{path} is not the module manifest.json describes: run build_tools/gen_wasm.py", file=sys.stderr)
            return 1
    if manifest["sources"] != kernel_sources_hash():
        print(f"{out_dir} was built from other kernel sources (build_tools/kernels, kernel_set.py or gen_wasm.py "
              "changed since): run build_tools/gen_wasm.py", file=sys.stderr)
        return 1
    print(f"{out_dir}: {len(manifest['kernels'])} kernels, up to date")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if app/kernels_wasm was built from other sources")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    a = parser.parse_args()
    if a.check:
        sys.exit(check(a.out))
    for tool in (CLANG, WASM_LD):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found: building the wasm kernels needs Debian's clang-14, lld-14 and "
                             "wasi-libc (apt-get install clang-14 lld-14 wasi-libc)")
    build(a.out)


if __name__ == "__main__":
    main()
