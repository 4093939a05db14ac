// The page without WebGPU: the same plans on the CPU, as WebAssembly (SIMD128), in the worker.
//
// WasmBridge has the methods of Bridge (bridge.mjs) that the page's Python (runtime/js_executor.py) and the
// worker call, so JsExecutor runs the "cpu" profile's plans on it unchanged. The kernels are the CPU
// executor's (build_tools/kernels/cpu.py), compiled by TVM for wasm32 into one module by
// build_tools/gen_wasm.py (app/kernels_wasm/: kernels.wasm + manifest.json); each kernel is an export with
// a flat C ABI: k_<name>(buffer offsets..., scalars...), in the manifest's "args" order, returning 0 or -1
// (the error text at tabllm_error()).
//
// Buffers are blocks of the module's memory (tabllm_alloc: 64-byte aligned, zeroed); an upload or a weight
// is a copy into it, a readback a copy out. run() calls the steps' exports in order, synchronously (the
// worker is busy for one step; the page's UI thread never is); fetch() then yields to the worker's event
// loop once (a stop message gets in between tokens). The two kernels with no CPU form (workgroup
// barriers: top_threshold, token_logprobs, run once a sampled token with top-k/p or logprobs) run here in
// JS, as the CPU executor runs their float64 twins (runtime/reference.py).

import { READBACK_BYTES, READBACK_SLOTS } from "./bridge.mjs";

export class WasmBridgeError extends Error {}

// Threads for TVM's parallel loops (a page that is cross-origin isolated): more than 4 gain little on one token's
// small products and cost a spinning core each between loops.
const MAX_THREADS = 4;
const defaultThreads = () => Math.max(1, Math.min(globalThis.navigator?.hardwareConcurrency ?? 1, MAX_THREADS));
const THREAD_STACK_BYTES = 1 << 20; // each worker's C stack (the module's own, for this thread, is as large)
// A thread: its instance of the module (the data segments already in the shared memory are not written again),
// its stack, then chunks of every parallel loop, for good (it sleeps in memory.atomic.wait32 between them).
const THREAD_SOURCE = `onmessage = async ({ data: { module, memory, stackTop } }) => {
  const { exports } = await WebAssembly.instantiate(module, { env: { memory } });
  exports.__stack_pointer.value = stackTop;
  postMessage("running");
  exports.tabllm_thread_loop();
};`;

const PAGE = 65536;
const ITEMSIZE = { f32: 4, u32: 4, i32: 4, f16: 2 }; // plan buffer dtypes (tabllm/plan.py ITEMSIZE)
// wasm32 addresses 4 GiB; one buffer is a tabllm_alloc block of at most that less the module's own memory
const MAX_BUFFER_BYTES = 2 ** 31;

// A macrotask turn of the worker's event loop (setTimeout(0) is clamped to 4 ms after a few nestings).
const channel = new MessageChannel();
const pending = [];
channel.port1.onmessage = () => pending.shift()?.();
channel.port1.unref?.(); // (Node, where tests drive this file: the port alone keeps no process alive)
const yieldToEventLoop = () => new Promise((resolve) => { pending.push(resolve); channel.port2.postMessage(0); });

// f32 bits as the kernels' order key (runtime/reference.py _order_key): u32 keys ordered like the floats
const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
function orderKey(v) {
  f32[0] = v;
  const bits = u32[0];
  return (bits >>> 31 ? ~bits : bits | 0x80000000) >>> 0;
}
function f32Bits(v) {
  f32[0] = v;
  return u32[0];
}

// The kernels with workgroup barriers and no CPU form, as their float64 twins (runtime/reference.py).
// b: {binding: typed array over the buffer}, u: the step's scalars resolved.
const TWINS = {
  // the key of the lowest kept score (the kernel bisects; this sorts once: ~5 ms for 49152 scores, not ~40 with
  // arrays of numbers)
  top_threshold(b, u) {
    const asc = Float32Array.from(b.scores.subarray(0, u.V)).sort(); // ascending, numeric
    const V = asc.length;
    // kept: scores >= the k-th highest (ties with it stay, as in HF): asc[first..V)
    let first = 0;
    if (u.top_k > 0) {
      const kth = asc[V - Math.min(u.top_k, V)];
      while (asc[first] < kth) first++;
    }
    let lowest = asc[first];
    if (u.top_p < 1) {
      // in descending order, the mass strictly above each distinct score (ties count as not above); the lowest
      // score with less than top_p of the total above it
      let total = 0;
      for (let i = V - 1; i >= first; i--) total += Math.exp(asc[i] - asc[V - 1]);
      let above = 0;
      for (let i = V - 1; i >= first; i--) {
        if ((i === V - 1 || asc[i] !== asc[i + 1]) && above < u.top_p * total) lowest = asc[i];
        above += Math.exp(asc[i] - asc[V - 1]);
      }
    }
    b.threshold[0] = orderKey(lowest);
  },
  token_logprobs(b, u) {
    const x = b.logits.subarray(0, u.V);
    let max = -Infinity;
    for (let i = 0; i < x.length; i++) if (x[i] > max) max = x[i];
    let sum = 0;
    for (let i = 0; i < x.length; i++) sum += Math.exp(x[i] - max);
    const lse = max + Math.log(sum);
    // the N highest, lowest id on ties: one pass keeping them in order (N <= LOGPROB_TOP_MAX, small)
    const top = [];
    for (let i = 0; i < x.length; i++) {
      if (top.length === u.N && !(x[i] > x[top[top.length - 1]])) continue;
      let at = top.length;
      while (at > 0 && x[i] > x[top[at - 1]]) at--;
      top.splice(at, 0, i);
      if (top.length > u.N) top.pop();
    }
    const token = b.token[0];
    b.out[0] = token;
    b.out[1] = f32Bits(x[token] - lse);
    top.forEach((i, r) => { b.out[2 + 2 * r] = i; b.out[3 + 2 * r] = f32Bits(x[i] - lse); });
  },
};
// the twins' bindings' element types (as the WGSL kernels': app/kernels_wgsl/manifest.json)
const TWIN_TYPES = { scores: Float32Array, threshold: Uint32Array, logits: Float32Array, out: Uint32Array, token: Int32Array };

export class WasmBridge {
  // url: folder holding kernels.wasm, kernels_threads.wasm and manifest.json (the site's kernels_wasm/).
  // threads: how many threads run TVM's parallel loops (the kernels' output rows split between them); more than
  // one needs a cross-origin isolated page (shared memory: COOP/COEP headers, as `tabllm serve` sends) and
  // Worker: otherwise one. Default: the browser's hardwareConcurrency, at most MAX_THREADS.
  // wgslKernels: the WGSL kernels' folder (its manifest.json says which bindings each kernel only reads: the
  // teaching page's bytes read per kernel, profile())
  static async create(url, { threads = defaultThreads(), wgslKernels = null } = {}) {
    if (typeof WebAssembly !== "object") throw new WasmBridgeError("This browser has neither WebGPU nor WebAssembly.");
    if (!(Number.isInteger(threads) && threads >= 1)) throw new WasmBridgeError(`threads must be a whole number >= 1, not ${threads}`);
    const shared = threads > 1 && globalThis.crossOriginIsolated === true && typeof Worker === "function";
    const manifest = await (await fetch(new URL("manifest.json", url))).json();
    const file = shared ? "kernels_threads.wasm" : "kernels.wasm";
    const response = await fetch(new URL(file, url));
    if (!response.ok) throw new WasmBridgeError(`${file}: HTTP ${response.status}`);
    const module = await WebAssembly.compile(await response.arrayBuffer());
    const memory = new WebAssembly.Memory({ initial: 256, maximum: 65536, shared });
    const instance = await WebAssembly.instantiate(module, { env: { memory } });
    const bridge = new WasmBridge(manifest, instance.exports, memory);
    bridge.wgslKernels = wgslKernels;
    if (shared) await bridge._startThreads(module, threads);
    return bridge;
  }

  // threads - 1 workers, each an instance of the module on the same memory with its own stack, looping in
  // tabllm_thread_loop (gen_wasm.py's shim): every thread, this one too, claims the parallel loops' chunks.
  async _startThreads(module, threads) {
    const source = URL.createObjectURL(new Blob([THREAD_SOURCE], { type: "text/javascript" }));
    const started = Array.from({ length: threads - 1 }, () => new Worker(source));
    try {
      await Promise.all(started.map((worker) => new Promise((resolve, reject) => {
        const stack = this.exports.tabllm_alloc(THREAD_STACK_BYTES);
        worker.onmessage = resolve;
        worker.onerror = (e) => reject(new WasmBridgeError(`a WebAssembly thread failed to start: ${e.message}`));
        worker.postMessage({ module, memory: this.memory, stackTop: stack + THREAD_STACK_BYTES });
      })));
    } catch (err) {
      // one thread then (the module runs its loops whole until tabllm_set_threads): slower, not broken
      for (const worker of started) worker.terminate();
      console.warn(`${err.message}; the WebAssembly kernels run on one thread`);
      return;
    } finally {
      URL.revokeObjectURL(source);
    }
    this.workers = started;
    this.exports.tabllm_set_threads(threads); // (waits until every worker is in its loop)
    this.threads = threads;
  }


  constructor(manifest, exports, memory) {
    this.manifest = manifest;
    this.exports = exports;
    this.threads = 1;
    this.workers = [];
    this.memory = memory;
    this.buffers = new Map(); // plan buffer name -> {ptr, nbytes, dtype}
    this.phases = new Map(); // phase -> [function(dims)]
    this.stepInfo = new Map(); // phase -> [{kernel, buffers: {binding: buffer}}] (profile())
    this.wgslKernels = null; // (create's option)
    this.planKernels = [];
    this.readback = []; // READBACK_SLOTS copies of run() results
    this.readbackCount = 0;
    this.lost = null; // (never: a CPU does not get lost; the worker's device-lost paths ask)
    this.released = false;
    this.dispatchesRun = 0;
    this.submits = 0;
    this.stage = () => () => {};
    // what the worker and JsExecutor use of a GPUDevice: no loss, work done when run() returns
    this.device = { lost: new Promise(() => {}), queue: { onSubmittedWorkDone: async () => {} }, destroy: () => {} };
  }

  info() {
    return {
      adapter: `WebAssembly SIMD128 (${this.threads} thread${this.threads > 1 ? "s" : ""}, TVM LLVM kernels)`,
      threads: this.threads,
      cpu: true, // the "cpu" profile's plan (barrier-free kernels, the ones this module has)
      wasm: true,
      f16: false,
      maxStorageBufferBindingSize: MAX_BUFFER_BYTES,
      maxBufferSize: MAX_BUFFER_BYTES,
      readbackSlots: READBACK_SLOTS,
      timestamps: false,
      adapterTimestamps: false,
    };
  }

  throwIfLost() {}
  async isLost() { return false; }
  warm() { return Promise.resolve([]); }
  async whenPrepared() {}
  hasBuffer(name) { return this.buffers.has(name); }

  _error(what) {
    const at = this.exports.tabllm_error();
    const bytes = new Uint8Array(this.memory.buffer, at, 1024);
    // (a copy: TextDecoder refuses a view of shared memory)
    return new WasmBridgeError(`${what}: ${new TextDecoder().decode(bytes.slice(0, bytes.indexOf(0)))}`);
  }

  _bytes(name, offset = 0, nbytes = undefined) {
    const b = this.buffers.get(name);
    if (!b) throw new WasmBridgeError(`no buffer ${name}`);
    return new Uint8Array(this.memory.buffer, b.ptr + offset, nbytes ?? b.nbytes - offset);
  }

  // plan: {buffers: [{name, nbytes, dtype}], phases: {phase: [{kernel, buffers: {binding: buffer}, scalars}]}}
  async prepare(planJson) {
    const plan = JSON.parse(planJson);
    const total = plan.buffers.reduce((n, b) => n + b.nbytes, 0);
    for (const b of plan.buffers) {
      const ptr = b.nbytes > MAX_BUFFER_BYTES ? 0 : this.exports.tabllm_alloc(b.nbytes);
      if (!ptr) {
        throw new WasmBridgeError(`the model needs ${(total / 2 ** 20).toFixed(0)} MiB of buffers, more than WebAssembly's ` +
          `4 GiB memory holds (buffer ${b.name}: ${(b.nbytes / 2 ** 20).toFixed(1)} MiB): use a smaller model or a browser with WebGPU`);
      }
      this.buffers.set(b.name, { ptr, nbytes: b.nbytes, dtype: b.dtype ?? "f32" });
    }
    this.planKernels = [...new Set(Object.values(plan.phases).flat().map((s) => s.kernel))];
    for (const [phase, steps] of Object.entries(plan.phases)) {
      this.phases.set(phase, steps.map((s) => this._step(s)));
      this.stepInfo.set(phase, steps.map((s) => ({ kernel: s.kernel, buffers: s.buffers })));
    }
  }

  // A function of the call dims running `step` (its arguments made once; the call-dim scalars filled in
  // per call), as CpuExecutor._step.
  _step(step) {
    if (TWINS[step.kernel]) return this._twin(step);
    const kernel = this.manifest.kernels[step.kernel];
    if (!kernel) {
      throw new WasmBridgeError(`the plan uses kernel ${step.kernel}, which the WebAssembly module lacks` +
        (this.manifest.twins.includes(step.kernel) ? " (it has no CPU form)" : ": rebuild it (build_tools/gen_wasm.py)"));
    }
    const fn = this.exports[kernel.export];
    const args = [], dynamic = [];
    for (const [kind, name, extra] of kernel.args) {
      if (kind === "buffer") {
        const buffer = step.buffers[name];
        if (buffer === undefined) throw new WasmBridgeError(`step ${step.kernel} binds no buffer ${name}`);
        args.push(this.buffers.get(buffer).ptr);
        continue;
      }
      const key = name in step.scalars ? name : name.replace(/_\d+$/, "");
      if (key in step.scalars) {
        const value = step.scalars[key];
        if (typeof value === "string") {
          dynamic.push([args.length, value]);
          args.push(0);
        } else {
          args.push(value);
        }
      } else if (kind === "extent") { // a dim the kernel's indexing does not use: the buffer's length
        const b = this.buffers.get(step.buffers[extra]);
        args.push(b.nbytes / ITEMSIZE[b.dtype]);
      } else {
        throw new WasmBridgeError(`step ${step.kernel} gives no scalar ${name}`);
      }
    }
    return (dims) => {
      for (const [i, dim] of dynamic) {
        if (!(dim in dims)) throw new WasmBridgeError(`kernel ${step.kernel} needs call dim ${dim}`);
        args[i] = dims[dim];
      }
      if (fn(...args) !== 0) throw this._error(`kernel ${step.kernel}`);
    };
  }

  _twin(step) {
    const twin = TWINS[step.kernel];
    return (dims) => {
      const views = {};
      for (const [binding, buffer] of Object.entries(step.buffers)) {
        const b = this.buffers.get(buffer);
        views[binding] = new TWIN_TYPES[binding](this.memory.buffer, b.ptr, b.nbytes / 4);
      }
      const u = {};
      for (const [field, v] of Object.entries(step.scalars)) u[field] = typeof v === "string" ? dims[v] : v;
      twin(views, u);
    };
  }

  upload(name, bytes, offsetBytes = 0) {
    this._bytes(name, offsetBytes, bytes.byteLength).set(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  // a weight tensor (or a part of one, at byte dest) from a fetched shard (weights.mjs)
  writeWeight(name, shard, offset, nbytes, dest = 0) {
    if (!this.buffers.has(name)) return false; // a tensor this plan does not use
    const src = ArrayBuffer.isView(shard) ? new Uint8Array(shard.buffer, shard.byteOffset + offset, nbytes) : new Uint8Array(shard, offset, nbytes);
    this._bytes(name, dest, nbytes).set(src);
    return true;
  }

  // call: JSON {phases, dims}: every step now, in order; the readback copied out as run() ends: its slot
  run(callJson, readbackName = null, readbackBytes = 0) {
    const { phases, dims } = JSON.parse(callJson);
    let count = 0;
    for (const phase of phases) {
      const steps = this.phases.get(phase);
      if (!steps) throw new WasmBridgeError(`the plan has no phase ${phase}`);
      for (const step of steps) step(dims);
      count += steps.length;
    }
    this.dispatchesRun += count;
    this.submits += 1;
    if (!readbackName) return -1;
    if (readbackBytes > READBACK_BYTES) throw new WasmBridgeError(`a readback of ${readbackBytes} bytes (at most ${READBACK_BYTES})`);
    const slot = this.readbackCount++ % READBACK_SLOTS;
    this.readback[slot] = this._bytes(readbackName, 0, readbackBytes).slice();
    return slot;
  }

  async fetch(slot, bytes) {
    await yieldToEventLoop(); // (the worker's messages, a stop, between tokens)
    return this.readback[slot].slice(0, bytes);
  }

  async read(name, dtype, count, offset = 0) {
    const Typed = { f32: Float32Array, i32: Int32Array, u32: Uint32Array }[dtype];
    const b = this.buffers.get(name);
    if (!b) throw new WasmBridgeError(`no buffer ${name}`);
    return Array.from(new Typed(this.memory.buffer, b.ptr + 4 * offset, count));
  }

  // One call (as run()'s JSON) with every kernel call timed, for the teaching page, as Bridge.profile answers:
  // {method: "cpu-clock", dispatches: [{kernel, ms, bytes}]}. A kernel runs inside its call here (on this
  // thread and the pool's), so the worker's clock around the call measures it; method is ignored (there is no
  // other clock). bytes: the sizes of the buffers the kernel only reads (the WGSL kernels' manifest says
  // which: the same definitions), whole buffers as Bridge.profile counts them.
  async profile(callJson) {
    const { phases, dims } = JSON.parse(callJson);
    if (!this.readOnly) {
      if (!this.wgslKernels) throw new WasmBridgeError("profile() needs the WGSL kernels' manifest (create's wgslKernels)");
      const response = await fetch(new URL("manifest.json", this.wgslKernels));
      if (!response.ok) throw new WasmBridgeError(`the WGSL kernels' manifest.json: HTTP ${response.status}`);
      const kernels = (await response.json()).kernels;
      this.readOnly = new Map(Object.entries(kernels).map(([name, k]) =>
        [name, new Set(k.bindings.filter((b) => b.access === "read").map((b) => b.name))]));
    }
    const dispatches = [];
    for (const phase of phases) {
      const steps = this.phases.get(phase);
      if (!steps) throw new WasmBridgeError(`the plan has no phase ${phase}`);
      this.stepInfo.get(phase).forEach((info, i) => {
        const t0 = performance.now();
        steps[i](dims);
        const ms = performance.now() - t0;
        const reads = this.readOnly.get(info.kernel) ?? new Set();
        const bytes = Object.entries(info.buffers).reduce((n, [binding, buffer]) => n + (reads.has(binding) ? this.buffers.get(buffer).nbytes : 0), 0);
        dispatches.push({ kernel: info.kernel, ms, bytes });
      });
    }
    this.dispatchesRun += dispatches.length;
    return { method: "cpu-clock", dispatches };
  }

  release() {
    this.released = true;
    for (const b of this.buffers.values()) this.exports.tabllm_free(b.ptr);
    this.buffers.clear();
    this.phases.clear();
  }
}
