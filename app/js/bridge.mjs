// The page's executor: the same device protocol as runtime/wgpu_executor.py, over navigator.gpu.
//
// Python (runtime/js_executor.py) registers the plan once with prepare(): buffers, pipelines and
// bind groups are made here and kept. Per token Python calls run() once (this file resolves the
// scalars of the steps whose call dims changed since their last run, packs their uniforms into one write
// (in decode only the attention's position changes), encodes all dispatches into one compute pass
// and submits once; the pass is followed by a copy of the sampled id into one of READBACK_SLOTS mappable
// buffers) and fetch() once, for the step before the one just submitted (mapAsync of its slot), so the
// GPU has the next step queued while the id comes back.
//
// This file is the browser's one owner of TVM's WebGPU calling convention, as runtime/kernels.py is
// CPython's: storage buffers bound in manifest order, then one uniform struct of 4-byte scalars in
// manifest order ending in packGridDimX; grids wider than 65535 workgroups fold into z. It knows no
// kernel by name: everything comes from the manifest and the plan.

const UNIFORM_STRIDE = 256; // minUniformBufferOffsetAlignment upper bound in WebGPU
const MAX_WORKGROUPS_PER_DIM = 65535;
const KERNELS_FORMAT_VERSION = 1; // runtime/kernels.py KERNELS_FORMAT_VERSION
// mappable buffers that run() copies step results into, in turn (the Python side, js_executor.py, keeps
// fewer steps than this submitted and not yet fetched), each READBACK_BYTES: as wgpu_executor.py
export const READBACK_SLOTS = 4, READBACK_BYTES = 256;

// Headless Chromium 156 on Linux with Vulkan (an NVIDIA H100) answered the first requestAdapter() of a page
// with null every time and the GPU on a second call 300 ms later (../shared/chromium-gpu/README.md): ask up to
// three times before telling the user there is no GPU.
const ADAPTER_TRIES = 3;
const ADAPTER_RETRY_MS = 300;

async function requestAdapterWithRetry() {
  for (let i = 0; i < ADAPTER_TRIES; i++) {
    const adapter = await navigator.gpu.requestAdapter({ powerPreference: "high-performance" });
    if (adapter) return adapter;
    if (i + 1 < ADAPTER_TRIES) await new Promise((resolve) => setTimeout(resolve, ADAPTER_RETRY_MS));
  }
  return null;
}

export class BridgeError extends Error {}

// A manifest grid expression: int, dim name, or [op, a, b] (as runtime/kernels.py _grid_functions).
function evaluate(expr, dims) {
  if (typeof expr === "number") return expr;
  if (typeof expr === "string") {
    if (!(expr in dims)) throw new BridgeError(`grid needs scalar ${expr}`);
    return dims[expr];
  }
  const [op, ea, eb] = expr;
  const a = evaluate(ea, dims), b = evaluate(eb, dims);
  switch (op) {
    case "add": return a + b;
    case "sub": return a - b;
    case "mul": return a * b;
    case "floordiv": return Math.floor(a / b);
    case "floormod": return a - b * Math.floor(a / b);
    case "min": return Math.min(a, b);
    case "max": return Math.max(a, b);
  }
  throw new BridgeError(`unknown grid op ${op}`);
}

// Workgroups [x, y, z] and packGridDimX (runtime/kernels.py Kernel.grid_size()).
function gridSize(kernel, dims) {
  let x = Math.max(1, evaluate(kernel.grid[0], dims));
  const y = Math.max(1, evaluate(kernel.grid[1], dims));
  if (y > MAX_WORKGROUPS_PER_DIM) throw new BridgeError(`${kernel.name}: grid y ${y} exceeds ${MAX_WORKGROUPS_PER_DIM}`);
  const totalX = x;
  let z = 1;
  while (x > MAX_WORKGROUPS_PER_DIM) { x = Math.floor((x + 1) / 2); z *= 2; }
  return [[x, y, z], totalX - 1];
}

function checkWebGPU() {
  if (!globalThis.navigator?.gpu) {
    throw new BridgeError("This browser has no WebGPU (navigator.gpu is missing). Use a browser with WebGPU: Chrome or Edge 113+, Safari 26, Firefox 141+ (Windows), or enable WebGPU.");
  }
}

export class Bridge {
  // kernelsUrl: folder holding manifest.json and the .wgsl files.
  // options.timestamps: ask for 'timestamp-query' where the adapter offers it (the teaching page's
  // per-dispatch times, profile()); off for the chat page, whose device then has no feature it never uses.
  static async create(kernelsUrl, options = {}) {
    checkWebGPU();
    const adapter = await requestAdapterWithRetry();
    if (!adapter) throw new BridgeError("WebGPU is present but no GPU adapter was found.");
    const manifest = await (await fetch(new URL("manifest.json", kernelsUrl))).json();
    if (manifest.format_version !== KERNELS_FORMAT_VERSION) {
      throw new BridgeError(`kernels have format ${manifest.format_version}, this page needs ${KERNELS_FORMAT_VERSION}: rebuild the site`);
    }
    // The adapter's full buffer limits: the defaults (128 MiB binding) are smaller than many adapters offer.
    const wanted = ["maxStorageBufferBindingSize", "maxBufferSize", "maxStorageBuffersPerShaderStage"];
    const requiredLimits = Object.fromEntries(wanted.map((k) => [k, adapter.limits[k]]));
    // shader-f16 where offered: the Python side (JsExecutor.has_f16) then picks the f16 plan
    const requiredFeatures = adapter.features.has("shader-f16") ? ["shader-f16"] : [];
    if (options.timestamps && adapter.features.has("timestamp-query")) requiredFeatures.push("timestamp-query");
    const device = await adapter.requestDevice({ requiredLimits, requiredFeatures });
    const bridge = new Bridge(adapter, device, manifest, kernelsUrl);
    bridge.pipelinesInBackground = Boolean(options.pipelinesInBackground);
    return bridge;
  }

  constructor(adapter, device, manifest, kernelsUrl) {
    this.adapter = adapter;
    this.device = device;
    this.manifest = manifest;
    this.kernelsUrl = kernelsUrl;
    this.buffers = new Map(); // plan buffer name -> GPUBuffer
    this.bufferBytes = new Map(); // plan buffer name -> its size in the plan (profile()'s bytes read)
    this.phases = new Map(); // phase -> [{kernel, pipeline, bindGroup, scalars, slot, dims, packedFor, groups}]
    this.pipelines = new Map(); // kernel name -> GPUComputePipeline, once compiled
    this.compiling = new Map(); // kernel name -> Promise of its pipeline: one compile a kernel, whoever asks first
    this.planKernels = []; // the kernels the prepared plan uses
    // options.pipelinesInBackground (Bridge.create): prepare() returns once the buffers exist (the weights can
    // go in) and compiles the pipelines and makes the bind groups meanwhile; whenPrepared() awaits that.
    this.pipelinesInBackground = false;
    this.preparing = null;
    this.uniform = null;
    this.uniformBytes = null; // CPU copy of every slot, a step's rewritten when its call dims change
    this.staging = null; // MAP_READ buffer for read()
    this.readback = []; // READBACK_SLOTS MAP_READ buffers that run() copies a step's result into, in turn
    this.readbackCount = 0;
    this.lost = null; // set when the device is lost: {reason, message}
    this.released = false; // release() was called: a later device loss is expected, not an error
    this.dispatchesRun = 0;
    this.submits = 0;
    // stage(name) -> end(): the worker's start-up timeline (worker.mjs); prepare() reports its parts to it
    this.stage = () => () => {};
    device.lost.then((info) => { this.lost = { reason: info.reason, message: info.message }; });
  }

  info() {
    const i = this.adapter.info || {};
    const adapter = [i.vendor, i.architecture, i.device, i.description].filter(Boolean).join(" ") || "unknown adapter";
    return {
      adapter,
      // a CPU implementation (SwiftShader, lavapipe): the plan then uses the barrier-free kernels
      cpu: Boolean(i.isFallbackAdapter) || /swiftshader|llvmpipe|lavapipe/i.test(adapter),
      f16: this.device.features.has("shader-f16"), // the *_f16 kernels compile on this device
      maxStorageBufferBindingSize: this.adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: this.adapter.limits.maxBufferSize,
      readbackSlots: READBACK_SLOTS, // run() results in flight at most (JsExecutor.readback_slots)
      timestamps: this.device.features.has("timestamp-query"), // profile() times dispatches on the GPU
      adapterTimestamps: this.adapter.features.has("timestamp-query"),
    };
  }

  _check() {
    if (this.lost) throw new BridgeError(`the GPU device was lost (${this.lost.reason}: ${this.lost.message})`);
  }

  // For the weight loader between shards: writes to a lost device fail without a word.
  throwIfLost() { this._check(); }

  // Whether the device is lost, for sure: device.lost may resolve after the failure that made someone
  // ask (a pending mapAsync is rejected first), so a small map is tried, which a lost device refuses.
  async isLost() {
    if (this.lost) return true;
    const probe = this.device.createBuffer({ size: 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    try {
      await probe.mapAsync(GPUMapMode.READ);
      return false;
    } catch (e) {
      this.lost ??= { reason: "unknown", message: e.message };
      return true;
    } finally {
      probe.destroy();
    }
  }

  // mapAsync of a readback buffer; a lost device's refusal says so (rather than a bare AbortError).
  async _map(buffer, bytes) {
    try {
      await buffer.mapAsync(GPUMapMode.READ, 0, bytes);
    } catch (e) {
      if (await this.isLost()) this._check();
      throw e;
    }
  }

  _pipeline(name) {
    let pending = this.compiling.get(name);
    if (!pending) {
      pending = this._compile(name);
      this.compiling.set(name, pending);
      pending.catch(() => this.compiling.delete(name)); // (a failed compile is tried again, and reported, by prepare)
    }
    return pending;
  }

  async _compile(name) {
    const k = this.manifest.kernels[name];
    if (!k) throw new BridgeError(`the plan uses kernel ${name}, which the manifest lacks: rebuild the site`);
    for (const f of k.features || []) {
      if (!this.device.features.has(f)) throw new BridgeError(`kernel ${name} needs the WebGPU feature ${f}, which this device lacks`);
    }
    const code = await (await fetch(new URL(k.file, this.kernelsUrl))).text();
    const module = this.device.createShaderModule({ code, label: name });
    const pipeline = await this.device.createComputePipelineAsync({
      layout: "auto", compute: { module, entryPoint: k.entry_point }, label: name,
    });
    this.pipelines.set(name, pipeline);
    return pipeline;
  }

  // Start compiling kernels a plan is expected to use before the plan is known (worker.mjs: those of the
  // previous load on this adapter), so that compiling overlaps Python's start; prepare() then finds them
  // compiled or under way. Names this manifest or device cannot build are skipped; a failed compile is
  // left for prepare() to try again and report. Returns a promise of when all have compiled or failed.
  warm(names) {
    const buildable = names.filter((name) => (this.manifest.kernels[name]?.features || []).every((f) => this.device.features.has(f))
      && name in this.manifest.kernels);
    return Promise.allSettled(buildable.map((name) => this._pipeline(name)));
  }

  // prepare()'s pipelines and bind groups done (at once unless made in the background); a failure there
  // is thrown here.
  async whenPrepared() {
    await this.preparing;
  }

  // plan: {buffers: [{name, nbytes}], phases: {phase: [{kernel, buffers: {binding: buffer}, scalars: {field: number|dim}}]}}
  async prepare(planJson) {
    this._check();
    const plan = JSON.parse(planJson);
    const limit = this.device.limits.maxStorageBufferBindingSize;
    for (const b of plan.buffers) {
      if (b.nbytes > limit) {
        throw new BridgeError(`buffer ${b.name} needs ${(b.nbytes / 2 ** 20).toFixed(1)} MiB, above this GPU's ` +
          `${(limit / 2 ** 20).toFixed(0)} MiB storage binding limit: the model is too large for this adapter`);
      }
    }
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
    for (const b of plan.buffers) {
      this.buffers.set(b.name, this.device.createBuffer({ size: Math.max(4 * Math.ceil(b.nbytes / 4), 16), usage, label: b.name }));
      this.bufferBytes.set(b.name, b.nbytes);
    }
    const totalSteps = Object.values(plan.phases).reduce((n, steps) => n + steps.length, 0);
    this.uniform = this.device.createBuffer({ size: totalSteps * UNIFORM_STRIDE, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
    this.uniformBytes = new ArrayBuffer(totalSteps * UNIFORM_STRIDE);
    const names = [...new Set(Object.values(plan.phases).flat().map((s) => s.kernel))];
    this.planKernels = names;
    this.preparing = this._bindPlan(plan, names);
    if (this.pipelinesInBackground) this.preparing.catch(() => {}); // (thrown by whenPrepared)
    else await this.preparing;
  }

  // The plan's pipelines (compiled in parallel, or already under way: warm) and every step's bind group.
  async _bindPlan(plan, names) {
    const compiled = this.stage(`pipelines (${names.length} kernels)`);
    await Promise.all(names.map((n) => this._pipeline(n)));
    compiled();
    this._check();
    const bound = this.stage("bind groups");
    let slot = 0;
    for (const [phase, steps] of Object.entries(plan.phases)) {
      const prepared = [];
      for (const step of steps) {
        const info = this.manifest.kernels[step.kernel];
        const kernel = { name: step.kernel, grid: info.grid, uniform: info.uniform };
        const pipeline = this.pipelines.get(step.kernel);
        const entries = info.bindings.map((b, i) => {
          const bufName = step.buffers[b.name];
          if (bufName === undefined) throw new BridgeError(`step ${step.kernel} does not bind ${b.name}`);
          return { binding: i, resource: { buffer: this.buffers.get(bufName) } };
        });
        entries.push({
          binding: info.bindings.length,
          resource: { buffer: this.uniform, offset: slot * UNIFORM_STRIDE, size: 4 * info.uniform.length },
        });
        const bindGroup = this.device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries });
        // dims: the call dims its scalars name; packedFor: their values when its slot was last packed
        const dims = [...new Set(Object.values(step.scalars).filter((v) => typeof v === "string"))];
        prepared.push({ kernel, pipeline, bindGroup, scalars: step.scalars, slot, dims, packedFor: null, groups: null,
          bufferNames: step.buffers });
        slot += 1;
      }
      this.phases.set(phase, prepared);
    }
    bound();
  }

  // The step's scalars resolved against the call dims, packed into its uniform slot of uniformBytes
  // (in manifest order, packGridDimX last); returns its workgroups [x, y, z].
  _pack({ kernel, scalars, slot }, dims) {
    const values = {};
    for (const [field, v] of Object.entries(scalars)) {
      if (typeof v === "string" && !(v in dims)) throw new BridgeError(`kernel ${kernel.name} needs call dim ${v}`);
      values[field] = typeof v === "string" ? dims[v] : v;
    }
    const [groups, packX] = gridSize(kernel, values);
    const view = new DataView(this.uniformBytes);
    let at = slot * UNIFORM_STRIDE;
    for (const { name, type } of kernel.uniform) {
      const v = name === "packGridDimX" ? packX : values[name];
      if (v === undefined) throw new BridgeError(`kernel ${kernel.name} needs scalar ${name}`);
      if (type === "f32") view.setFloat32(at, v, true);
      else if (type === "u32") view.setUint32(at, v, true);
      else view.setInt32(at, v, true);
      at += 4;
    }
    return groups;
  }

  // bytes: Uint8Array (or any ArrayBufferView) written at offsetBytes of buffer `name`.
  upload(name, bytes, offsetBytes = 0) {
    this._check();
    const buf = this.buffers.get(name);
    if (!buf) throw new BridgeError(`no buffer ${name}`);
    this.device.queue.writeBuffer(buf, offsetBytes, bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  // A weight tensor (or a part of one, at byte dest) straight from a fetched shard (weights.mjs):
  // no copy through Python.
  writeWeight(name, shard, offset, nbytes, dest = 0) {
    const buf = this.buffers.get(name);
    if (!buf) return false; // a tensor this plan does not use
    this.device.queue.writeBuffer(buf, dest, shard, offset, nbytes);
    return true;
  }

  hasBuffer(name) { return this.buffers.has(name); }

  // call: JSON {phases: [...], dims: {...}}; encodes the phases in order into one pass, one submit.
  // readbackName: a buffer whose first readbackBytes (<= READBACK_BYTES) the step copies into a mappable
  // slot after the pass; returns that slot's index for fetch() (-1 without).
  run(callJson, readbackName = null, readbackBytes = 0) {
    this._check();
    const { phases, dims } = JSON.parse(callJson);
    const encoder = this.device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    let first = Infinity, last = -1, count = 0;
    for (const phase of phases) {
      const steps = this.phases.get(phase);
      if (!steps) throw new BridgeError(`the plan has no phase ${phase}`);
      for (const step of steps) {
        if (!step.packedFor || step.dims.some((d, i) => dims[d] !== step.packedFor[i])) {
          step.groups = this._pack(step, dims);
          step.packedFor = step.dims.map((d) => dims[d]);
          first = Math.min(first, step.slot);
          last = Math.max(last, step.slot);
        }
        pass.setPipeline(step.pipeline);
        pass.setBindGroup(0, step.bindGroup);
        pass.dispatchWorkgroups(...step.groups);
        count += 1;
      }
    }
    pass.end();
    let slot = -1;
    if (readbackName) {
      if (!this.readback.length) {
        for (let k = 0; k < READBACK_SLOTS; k++) {
          this.readback.push(this.device.createBuffer({ size: READBACK_BYTES, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST }));
        }
      }
      slot = this.readbackCount++ % READBACK_SLOTS;
      encoder.copyBufferToBuffer(this.buffers.get(readbackName), 0, this.readback[slot], 0, readbackBytes);
    }
    if (last >= first) {
      // the slots packed for this call are written in one go, before the submit that reads them (a step
      // submitted earlier still reads its old values: writeBuffer is ordered with submits)
      this.device.queue.writeBuffer(this.uniform, first * UNIFORM_STRIDE, this.uniformBytes,
        first * UNIFORM_STRIDE, (last - first + 1) * UNIFORM_STRIDE);
    }
    this.device.queue.submit([encoder.finish()]);
    this.dispatchesRun += count;
    this.submits += 1;
    return slot;
  }

  // One call (as run()'s JSON) with every dispatch timed, for the teaching page: {method, dispatches:
  // [{kernel, ms, bytes}]} in order; bytes: the sizes of the buffers the dispatch binds read-only (whole
  // buffers: a KV cache counts in full though attention reads only its first L rows). method
  // "timestamp-query": each dispatch in a pass of its own whose start and end the GPU writes (the device was
  // made with Bridge.create's timestamps option on an adapter that offers them); "host": each dispatch in a
  // submit of its own, timed from the submit to onSubmittedWorkDone less the median of empty submits' round
  // trips (queue and callback latency included: coarser, but measured). The call's work is done as run()
  // would do it (same order, same scalars), so it changes what a run() would.
  // method "host" times on the host even where timestamps are there (the two side by side).
  async profile(callJson, method = "auto") {
    this._check();
    const { phases, dims } = JSON.parse(callJson);
    const steps = [];
    for (const phase of phases) {
      const prepared = this.phases.get(phase);
      if (!prepared) throw new BridgeError(`the plan has no phase ${phase}`);
      for (const step of prepared) {
        step.groups = this._pack(step, dims);
        step.packedFor = step.dims.map((d) => dims[d]);
        steps.push(step);
      }
    }
    this.device.queue.writeBuffer(this.uniform, 0, this.uniformBytes); // (every slot: packed above or before)
    const dispatches = steps.map((step) => ({ kernel: step.kernel.name, ms: 0, bytes: this._bytesRead(step) }));
    const passWith = (encoder, step, timestampWrites) => {
      const pass = encoder.beginComputePass(timestampWrites ? { timestampWrites } : {});
      pass.setPipeline(step.pipeline);
      pass.setBindGroup(0, step.bindGroup);
      pass.dispatchWorkgroups(...step.groups);
      pass.end();
    };
    if (method !== "host" && this.device.features.has("timestamp-query")) {
      const n = steps.length;
      const querySet = this.device.createQuerySet({ type: "timestamp", count: 2 * n });
      const resolved = this.device.createBuffer({ size: 16 * n, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
      const readable = this.device.createBuffer({ size: 16 * n, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      try {
        const encoder = this.device.createCommandEncoder();
        steps.forEach((step, i) => passWith(encoder, step, { querySet, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1 }));
        encoder.resolveQuerySet(querySet, 0, 2 * n, resolved, 0);
        encoder.copyBufferToBuffer(resolved, 0, readable, 0, 16 * n);
        this.device.queue.submit([encoder.finish()]);
        await this._map(readable, 16 * n);
        const ns = new BigInt64Array(readable.getMappedRange(0, 16 * n).slice(0));
        readable.unmap();
        dispatches.forEach((d, i) => { d.ms = Math.max(0, Number(ns[2 * i + 1] - ns[2 * i])) / 1e6; });
      } finally {
        querySet.destroy();
        resolved.destroy();
        readable.destroy();
      }
      return { method: "timestamp-query", dispatches };
    }
    const roundTrip = async (step) => {
      const encoder = this.device.createCommandEncoder();
      if (step) passWith(encoder, step, null);
      const t0 = performance.now();
      this.device.queue.submit([encoder.finish()]);
      await this.device.queue.onSubmittedWorkDone();
      return performance.now() - t0;
    };
    await this.device.queue.onSubmittedWorkDone(); // (earlier work is not counted in the first dispatch)
    const empty = [];
    for (let i = 0; i < 7; i++) empty.push(await roundTrip(null));
    const baseline = empty.sort((a, b) => a - b)[3];
    for (let i = 0; i < steps.length; i++) {
      this._check();
      dispatches[i].ms = Math.max(0, (await roundTrip(steps[i])) - baseline);
    }
    return { method: "host", baselineMs: baseline, dispatches };
  }

  // Bytes of the buffers a prepared step binds read-only (manifest access "read"), from their sizes.
  _bytesRead(step) {
    const info = this.manifest.kernels[step.kernel.name];
    let bytes = 0;
    for (const b of info.bindings) {
      if (b.access === "read") bytes += this.bufferBytes.get(step.bufferNames[b.name]);
    }
    return bytes;
  }

  // The bytes a submitted run() copied into readback slot `slot`, once that step is done (mapAsync of
  // the slot: steps submitted after it keep running meanwhile): a Uint8Array.
  async fetch(slot, bytes) {
    this._check();
    const buffer = this.readback[slot];
    await this._map(buffer, bytes);
    const copy = new Uint8Array(buffer.getMappedRange(0, bytes).slice(0));
    buffer.unmap();
    return copy;
  }

  // count elements of dtype ("f32" | "i32" | "u32") from element `offset`: a plain Array of numbers.
  // (f16 buffers are never read back: the engine reads ids, logits, hidden states, all 4-byte types.)
  async read(name, dtype, count, offset = 0) {
    this._check();
    const bytes = count * 4;
    if (!this.staging || this.staging.size < bytes) {
      this.staging?.destroy();
      this.staging = this.device.createBuffer({ size: Math.max(256, 4 * Math.ceil(bytes / 4)), usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    }
    const encoder = this.device.createCommandEncoder();
    encoder.copyBufferToBuffer(this.buffers.get(name), offset * 4, this.staging, 0, bytes);
    this.device.queue.submit([encoder.finish()]);
    await this._map(this.staging, bytes);
    const copy = this.staging.getMappedRange(0, bytes).slice(0);
    this.staging.unmap();
    const Typed = { f32: Float32Array, i32: Int32Array, u32: Uint32Array }[dtype];
    return Array.from(new Typed(copy));
  }

  release() {
    this.released = true;
    for (const b of this.buffers.values()) b.destroy();
    this.buffers.clear();
    this.bufferBytes.clear();
    this.phases.clear();
    this.uniform?.destroy();
    this.uniform = null;
    this.staging?.destroy();
    this.staging = null;
    for (const b of this.readback) b.destroy();
    this.readback = [];
  }
}
