// The engine's home: a module Web Worker running Pyodide with the tabllm package, so the page never
// blocks. Messages in: {type: "chat", text, options}, {type: "api", kind: "chat"|"text", body} (the
// OpenAI-shaped JS API, js/tabllm.mjs), {type: "stop"}, {type: "reset"}, {type: "load-conversation", id,
// messages} (a kept conversation replaces the engine's), {type: "check-options", id, options} (the settings panel),
// {type: "lab", id, op, ...} and {type: "interrupt-buffer", buffer} (the teaching page, see labRequest and interruptBuffer),
// {type: "load-model", id, site | url | gguf (a File: gguf.mjs)} (another model without a reload: switchModel), and for tests {type: "test-lose-device"},
// {type: "test-limits", limits}. Messages out:
// {type: "status"|"gpu"|"progress"|"ready"|"recovering"|"prefill"|"token"|"done"|"options-checked"|"conversation-loaded"|"cache-failed"|"lab-result"|
// "model-loading"|"model-refused"|
// "api-chunk"|"api-result"|"api-error"|"api-done"|"error", ...} (README, "In the browser").
//
// Everything comes from the site itself (tabllm-site.json, written by `tabllm build-site`): no CDN.
//
// No JSPI needed: web.py's load_web_chat, send and api are Python coroutines (the engine's loops run
// as step generators awaiting the GPU on Pyodide's event loop, tabllm/steps.py); calling one returns
// an awaitable this file awaits, and while it waits for the GPU this worker handles its messages.

import { Bridge, BridgeError } from "./bridge.mjs";
import { WasmBridge } from "./wasm_executor.mjs";
import { cachedGgufFolder, isLocalGguf, openGgufFile } from "./gguf.mjs";
import { ShardReader, checkModelShards, fetchModelFolder, fetchVerified, loadWeights, modelFitProblem, modelFolderUrl } from "./weights.mjs";

const siteUrl = new URL("../", import.meta.url);
// The worker's own address may force the kernel profile: js/worker.mjs?profile=gpu (the page passes its
// ?profile= on). Without it the adapter decides (JsExecutor.kernel_profile); for tests and measurements.
const PROFILE = new URL(import.meta.url).searchParams.get("profile") || undefined; // (undefined: None in Python)
// js/worker.mjs?learn=1: the teaching page (site/learn.mjs), whose time view wants GPU timestamps where the
// adapter offers them; the chat page's device asks for no feature it does not use.
// The pipelines compile in the background while the weights go in (Bridge.whenPrepared before ready).
const LEARN = new URL(import.meta.url).searchParams.get("learn") === "1"; // (its plan also has the debug phases: web.py Lab.inside)
const BRIDGE_OPTIONS = { timestamps: LEARN, pipelinesInBackground: true };
// js/worker.mjs?device=wasm: the kernels as WebAssembly on the CPU even where WebGPU works (tests, benchmarks);
// without it they run there only when the browser has no WebGPU or no adapter (createBridge).
const FORCE_WASM = new URL(import.meta.url).searchParams.get("device") === "wasm";
// js/worker.mjs?threads=N: the WebAssembly kernels' threads (wasm_executor.mjs; by default the CPU's cores, at most 4;
// more than one only where the page is cross-origin isolated, as `tabllm serve` makes it); for benchmarks
const WASM_THREADS = new URL(import.meta.url).searchParams.get("threads");
const MODEL_DIR = "/model"; // in Pyodide's file system: config.json, tokenizer.json, weights/index.json
// js/worker.mjs?importtime=1: Python runs with -X importtime and the ready message carries what each module's
// import cost (benchmarks/page_startup.py); off by default, since it prints a line a module.
const IMPORTTIME = new URL(import.meta.url).searchParams.get("importtime") === "1";
// js/worker.mjs?split=ws://host:port/v1/split[&split_k=K]: the page runs as the last part of a split (docs/split.md):
// layers [K, L) here, the first ones on that split server (K: the server's; given, it must be the server's).
// Only the part's shards are downloaded (no read-ahead of every shard: the plan says which ones).
const SPLIT = (() => {
  const q = new URL(import.meta.url).searchParams;
  return q.get("split") ? JSON.stringify({ url: q.get("split"), k: q.has("split_k") ? Number(q.get("split_k")) : null }) : null;
})();

// The start-up's stages, for the ready message: [{name, start, end}] in ms of this worker's clock
// (performance.now()), so that a benchmark can break load-to-ready down and a test can check which
// stages overlap. stage(name) starts one and returns the function that ends it.
const stages = [];
function stage(name) {
  const entry = { name, start: performance.now(), end: null };
  stages.push(entry);
  return () => { entry.end ??= performance.now(); };
}

// What the user is told is under way: several things load at once, so the status line lists them all.
const activities = new Map(); // label -> how many of its stages run
function showActivities() {
  if (activities.size) status([...activities.keys()].join(" · "));
}

// work() timed as stage `name`; `label`: what the status line says meanwhile (none: not shown)
async function timed(name, work, label = null) {
  const end = stage(name);
  if (label) {
    activities.set(label, (activities.get(label) ?? 0) + 1);
    showActivities();
  }
  try {
    return await work();
  } finally {
    end();
    if (label) {
      const left = activities.get(label) - 1;
      if (left) activities.set(label, left);
      else activities.delete(label);
      showActivities();
    }
  }
}

// The engine's device: WebGPU (bridge.mjs), or, with no WebGPU or no adapter, the same plans on the CPU as
// WebAssembly (wasm_executor.mjs: the "cpu" profile's kernels from build_tools/gen_wasm.py).
async function createBridge(site) {
  if (globalThis.navigator?.gpu && !FORCE_WASM) {
    try {
      return await Bridge.create(new URL(site.kernels, siteUrl), BRIDGE_OPTIONS);
    } catch (err) {
      if (!(err instanceof BridgeError && /no GPU adapter/.test(err.message))) throw err;
    }
  }
  return WasmBridge.create(new URL(site.kernels_wasm ?? "kernels_wasm/", siteUrl),
    { wgslKernels: new URL(site.kernels, siteUrl), ...(WASM_THREADS ? { threads: Number(WASM_THREADS) } : {}) });
}

let chat = null; // tabllm.web.WebChat (a PyProxy)
let busy = false;
let stopRequested = false;

const status = (text) => postMessage({ type: "status", text });

// A model file that could not be kept in the Cache API (the page says so: a full quota is not silent);
// the load goes on from the network.
const cacheFailed = (err, file) => postMessage({ type: "cache-failed", file: file.path, name: err?.name ?? "Error",
  quota: err?.name === "QuotaExceededError", message: String(err?.message ?? err) });

// A Python exception's message is its whole traceback; the page shows the last line, which for a
// TabllmError is the sentence meant for the user.
function errorMessage(err) {
  const text = String(err?.message ?? err);
  const lines = text.trim().split("\n").filter((l) => l.trim());
  const last = lines[lines.length - 1] || text;
  // "pyodide.ffi.JsException: Error: ...", "tabllm.errors.ModelFormatError: ...", "BridgeError: ..."
  return last.replace(/^(([\w.]*(Error|Exception)|tabllm(\.\w+)+): )+/, "");
}

let python = null; // {site, pyodide, web, Tokenizer, modelUrl, modelDir, model, metaFromCache, importtime}: started once
// (model: the loaded model's tabllm-site.json "models" entry or URL summary; modelUrl / modelDir: its folder on the
// network / in Pyodide's file system; all three replaced by switchModel)
// the teaching page's Stop: a Uint8Array on a SharedArrayBuffer it writes 2 into to raise KeyboardInterrupt in the running Python
// (Pyodide's interrupt buffer; sent as {type: "interrupt-buffer", buffer} where the page is cross-origin isolated)
let interruptBuffer = null;

// Pyodide with the site's wheels unpacked (they download while Pyodide boots) and the page's Python
// modules imported (START_MODULE). importtime: where -X importtime's lines go (IMPORTTIME).
//
// Pyodide's own start (the interpreter's initialisation, synchronous: seconds, BENCHMARKS.md) is
// skipped on a repeat visit: the first visit keeps a memory snapshot of the interpreter with the modules
// imported (loadPyodide's _makeSnapshot / makeMemorySnapshot / _loadSnapshot, private options of Pyodide
// 314), and the next visit restores it. The snapshot holds no file system: the wheels are unpacked again
// (a module imported later finds its file); its references to JS objects are paths from globalThis, so
// nothing else may be held from Python before it is taken. It is keyed by the site's build (Pyodide and
// the wheels are in its shell) and whether this browser has JSPI; a restore that fails boots afresh.
const START_MODULE = "tabllm.web";

async function startPyodide(site, importtime) {
  const wheels = site.wheels.map((wheel) => timed(`download ${wheel.slice(wheel.lastIndexOf("/") + 1)}`, async () => {
    const response = await fetch(new URL(wheel, siteUrl));
    if (!response.ok) throw new Error(`${wheel}: HTTP ${response.status}`);
    return response.arrayBuffer();
  }));
  wheels.forEach((w) => w.catch(() => {})); // (awaited below, after Pyodide's start: thrown there)
  const pyodideUrl = new URL(site.pyodide, siteUrl);
  const { loadPyodide } = await timed("import pyodide.mjs", () => import(new URL("pyodide.mjs", pyodideUrl).href));
  const unpack = (pyodide) => timed("unpack wheels", async () => {
    for (const wheel of wheels) pyodide.unpackArchive(await wheel, "wheel");
  }, "Starting Python (Pyodide)");
  const snapshotKey = IMPORTTIME ? null : snapshotUrl(site);
  const snapshot = snapshotKey && await timed("snapshot (read)", () => cached(snapshotKey));
  if (snapshot) {
    try {
      const pyodide = await timed("pyodide (from snapshot)", async () => loadPyodide({ indexURL: pyodideUrl.href,
        _loadSnapshot: new Uint8Array(await snapshot.arrayBuffer()) }), "Starting Python (Pyodide)");
      await unpack(pyodide);
      // a snapshot's interpreter starts with the random state it was taken with: seed it afresh
      pyodide.runPython("import random; random.seed()");
      return pyodide;
    } catch (err) {
      console.warn("the kept Python snapshot could not be restored; starting Python afresh:", err);
      forget(snapshotKey);
    }
  }
  const pyodide = await timed("pyodide", () => loadPyodide({ indexURL: pyodideUrl.href, _makeSnapshot: Boolean(snapshotKey),
    ...(IMPORTTIME ? { args: ["-X", "importtime"], stderr: (line) => importtime.push(line) } : {}) }), "Starting Python (Pyodide)");
  await unpack(pyodide);
  if (snapshotKey) {
    await timed(`import ${START_MODULE}`, () => pyodide.runPython(`import ${START_MODULE}`), "Starting Python (Pyodide)");
    const bytes = timed("snapshot (make)", () => pyodide.makeMemorySnapshot());
    keep(snapshotKey, await bytes, START_SNAPSHOT_PREFIX); // (not awaited: the load goes on while it is written)
  }
  return pyodide;
}

// The model's small files (config.json, tokenizer.json, weights/index.json), checked and cached as the
// weights are: {files: [{path, data}], fromCache}.
async function fetchModelFiles(site, modelUrl, model = site.model) {
  let fromCache = 0;
  const files = await Promise.all(model.files.map(async (file) => ({ path: file.path,
    data: await fetchVerified(modelUrl, file, () => {}, { fromCache: () => { fromCache += 1; }, cacheFailed }) })));
  return { files, fromCache };
}

// The kernels the last load on this adapter compiled, kept in the Cache API (START_CACHE) under a key of
// the site's build, the model, the adapter and the forced profile: the next visit compiles them while
// Python starts (Bridge.warm) instead of after the plan is built. A stale list costs only wasted compiles.
const START_CACHE = "tabllm-start-v1";

function kernelListKey(site, bridge) {
  const gpu = bridge.info();
  const index = site.model.files.find((f) => f.path === "weights/index.json");
  const key = [site.shell?.version, index?.sha256, gpu.adapter, gpu.f16, PROFILE ?? "auto"].join(" ");
  return new URL(`kernels-used.json?key=${encodeURIComponent(key)}`, siteUrl).href;
}

const START_SNAPSHOT_PREFIX = new URL("python-snapshot.bin", siteUrl).href;

function snapshotUrl(site) {
  return `${START_SNAPSHOT_PREFIX}?key=${encodeURIComponent(`${site.shell?.version} jspi:${typeof WebAssembly.Suspending === "function"}`)}`;
}

// START_CACHE's entry under `key` (a Response), or null (none, or no Cache API here)
async function cached(key) {
  try {
    return (await (await caches.open(START_CACHE)).match(key)) ?? null;
  } catch {
    return null;
  }
}

// Keep `body` under `key` in START_CACHE, dropping the entries whose keys start with `replaces` (an older
// build's). Not kept (no Cache API, a full quota): the next visit starts as this one did.
async function keep(key, body, replaces = null) {
  try {
    const cache = await caches.open(START_CACHE);
    if (replaces) {
      for (const request of await cache.keys()) if (request.url.startsWith(replaces) && request.url !== key) await cache.delete(request);
    }
    await cache.put(key, new Response(body));
  } catch { /* see above */ }
}

async function forget(key) {
  try { await (await caches.open(START_CACHE)).delete(key); } catch { /* nothing kept */ }
}

async function rememberedKernels(site, bridge) {
  try {
    return (await (await cached(kernelListKey(site, bridge)))?.json()) ?? [];
  } catch {
    return []; // an unreadable entry: the plan's kernels compile after the plan
  }
}

const rememberKernels = (site, bridge, kernels) => keep(kernelListKey(site, bridge), JSON.stringify(kernels));

// Weight shards read ahead of the GPU buffers (ShardReader) at most this many bytes: the whole of a small
// model, the first shards of a large one (held in the worker's memory until Python's plan has made the buffers).
const READ_AHEAD_BYTES = 256 * 2 ** 20;

const LOSSES_WHILE_LOADING = 3; // device losses in a row while loading before the page gives up
let engineBridge = null; // the bridge being loaded or in use: the one test-lose-device destroys

const lostText = (bridge) => `${bridge.lost?.reason || "unknown"}: ${bridge.lost?.message ?? ""}`;

// A GPU device, the engine on it and the weights in it; `conversation` carries a chat over from a
// lost device. The weights come from the Cache API after the first load. A device lost while loading
// (its writes fail without a word: the weight loader asks between shards, this asks at the end) is
// replaced and the load starts again on the new one, the shards fetched so far coming from the cache.
async function startEngine(conversation = null, bridge = null, reader = null) {
  const { site, pyodide, web, Tokenizer, modelUrl, modelDir } = python;
  for (let losses = 0; ;) {
    if (!bridge) {
      status("Starting WebGPU");
      bridge = await createBridge(site);
      bridge.stage = stage;
    }
    engineBridge = bridge;
    const gpu = bridge.info();
    postMessage({ type: "gpu", ...gpu, profile: PROFILE,
      path: (gpu.wasm ? "WebAssembly kernels on the CPU" + (FORCE_WASM ? " (forced)" : " (no WebGPU)")
        : gpu.f16 ? "shader-f16: f16 path for Llama-family models" : "f32 kernels (no shader-f16)") + (PROFILE ? ` · ${PROFILE} kernel profile (forced)` : "") });
    let weights = null;
    const loadWeightsJs = (indexJson) => timed("weights", async () => {
      const shards = reader;
      reader = null; // (read ahead for the first load only: a load again after a device loss reads afresh)
      weights = await loadWeights(bridge, modelUrl, JSON.parse(indexJson), postProgress, cacheFailed, shards);
    }, "Loading the model weights");
    const makeTokenizer = (json) => timed("tokenizer (wasm)", () => Tokenizer.fromJSON(new TextEncoder().encode(json).buffer),
      "Loading the tokenizer");
    let newChat = null;
    let failure = null;
    try {
      newChat = await timed("python: load_web_chat", () => web.load_web_chat(
        bridge, loadWeightsJs, makeTokenizer, modelDir,
        (json) => postMessage(JSON.parse(json)), () => stopRequested, site.context_length ?? null, conversation, PROFILE, stage,
        SPLIT, LEARN),
        "Preparing the model");
      // the pipelines compile while the weights load (Bridge pipelinesInBackground): ready once both are done
      await timed("pipelines done", () => bridge.whenPrepared(), "Compiling the GPU kernels");
    } catch (err) {
      failure = err;
    }
    if (!(await bridge.isLost())) {
      if (failure) throw failure;
      const live = bridge;
      live.device.lost.then(() => {
        if (!live.released) recover(newChat, live);
      });
      chat = newChat;
      chat.bridge = bridge;
      // the plan's kernel schedules ("cpu" / "gpu") and the kernels it compiled, for the ready message
      const plan = { profile: String(newChat.engine.plan.profile), kernels: [...bridge.planKernels].sort(),
        device: bridge.info().wasm ? "wasm" : "webgpu",
        ...(SPLIT ? { split: JSON.parse(newChat.engine.split_status()) } : {}) };
      return { weights, pyodideVersion: pyodide.version, plan };
    }
    newChat?.destroy();
    bridge.release();
    losses += 1;
    const what = `The GPU device was lost while loading the model (${lostText(bridge)})`;
    if (losses >= LOSSES_WHILE_LOADING) throw new Error(`${what}, ${losses} times in a row: reload the page to try again.`);
    postMessage({ type: "recovering", message: `${what}; restarting it and loading again (weights fetched so far come from the cache).` });
    bridge = null;
  }
}

let inFlight = null; // the chat or API request being answered (a promise that never rejects)

// The limits a model's needs are checked against (modelFitProblem): the adapter's, or lower ones a test set.
let testLimits = null;
const adapterLimits = (bridge) => ({ ...bridge.info(), ...(testLimits ?? {}) });

// Another model in place of the loaded one, without a reload: {type: "load-model", id, site: i} (the i-th of the
// site's "models"), {url} (a model folder's address, relative to the page or absolute) or {gguf} (a GGUF File from
// this computer, converted here into a cached model folder first: gguf.mjs openGgufFile). While the loaded model
// keeps answering, the new one's small files are fetched (a URL model's: checked by Python as loading would,
// registry.model_summary, which also gives its needs), its needs checked against the adapter's limits, and every
// weight shard fetched and checked against its sha256 into the cache; a failure there is {type: "model-refused",
// id, message} and the loaded model stays. Then the old engine's GPU buffers are released and the new model
// loaded on the same device (the pipelines compiled so far are kept): {type: "model-loading", id, name}, then
// "ready" (switched: true), or a fatal "error" if that load fails.
let switching = false;
let modelLoads = 0; // folders /models/<n> of Pyodide's file system, one a load

async function switchModel(m) {
  const refuse = (message) => postMessage({ type: "model-refused", id: m.id, message });
  if (!chat || busy || switching) {
    refuse(switching ? "a model is being loaded already" : chat ? "a reply is still being generated" : "the model is not loaded yet");
    return;
  }
  switching = true;
  let unloaded = false;
  let modelDir = null;
  // a model's small files in Pyodide's file system, once they are no longer read (a tokenizer.json can be MBs)
  const removeFolder = (dir) => { if (dir?.startsWith("/models/")) python.pyodide.pyimport("shutil").rmtree(dir, true); };
  try {
    const { site, pyodide } = python;
    const t0 = performance.now();
    let model, modelUrl, files, ggufSeconds; // (ggufSeconds: reading, converting and caching a GGUF file)
    if (m.gguf !== undefined) {
      ({ modelUrl, files, seconds: ggufSeconds } = await openGgufFile(pyodide, m.gguf, siteUrl, status));
    } else if (m.url !== undefined && isLocalGguf(m.url, siteUrl)) {
      // (a kept chat's model opened from a GGUF: its folder is in the cache only)
      modelUrl = new URL(m.url);
      files = await cachedGgufFolder(modelUrl);
    } else if (m.url !== undefined) {
      modelUrl = new URL(modelFolderUrl(m.url, siteUrl));
      status(`Fetching the model at ${modelUrl.href}`);
      files = await fetchModelFolder(modelUrl);
    } else {
      model = site.models?.[m.site];
      if (!model) throw new Error(`the site has no model number ${m.site}`);
      modelUrl = new URL(model.url, siteUrl);
      files = (await fetchModelFiles(site, modelUrl, model)).files;
    }
    modelDir = `/models/${++modelLoads}`;
    for (const { path, data } of files) {
      const file = `${modelDir}/${path}`;
      pyodide.FS.mkdirTree(file.slice(0, file.lastIndexOf("/")));
      pyodide.FS.writeFile(file, new Uint8Array(data));
    }
    if (!model) {
      // (a URL model's files have no hashes from the site: Python reads them as loading would, and sizes the plan)
      const summary = pyodide.pyimport("tabllm.registry").model_summary_json(modelDir, site.context_length ?? 2048);
      model = { ...JSON.parse(summary), url: modelUrl.href };
    }
    const unfit = modelFitProblem(model, adapterLimits(chat.bridge));
    if (unfit) throw new Error(unfit);
    postMessage({ type: "model-loading", id: m.id, name: model.name, url: modelUrl.href });
    const index = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === "weights/index.json").data));
    await timed("weights (check)", () => checkModelShards(modelUrl, index, postProgress, cacheFailed), `Fetching ${model.name}'s weights`);
    if (busy) throw new Error("a reply started while the model was fetched: load it again once the reply ends");
    // the old engine goes: its GPU buffers freed, the device and its compiled pipelines kept for the new one
    const old = chat;
    const bridge = old.bridge;
    chat = null;
    unloaded = true;
    old.engine.release();
    old.destroy();
    bridge.released = false; // (its buffers went with the old engine; a loss from now on is the new one's)
    removeFolder(python.modelDir);
    Object.assign(python, { model, modelUrl, modelDir });
    const { weights, plan } = await startEngine(null, bridge);
    postMessage({ type: "ready", switched: true, model: model.name, modelUrl: modelUrl.href, loadSeconds: (performance.now() - t0) / 1000,
      shards: weights.shards, shardsFromCache: weights.fromCache, weightBytes: weights.totalBytes, modelWeightBytes: weights.totalBytes,
      jspi: typeof WebAssembly.Suspending === "function", ...plan, ...(ggufSeconds === undefined ? {} : { ggufSeconds }) });
  } catch (err) {
    if (unloaded) postMessage({ type: "error", fatal: true, message: `${errorMessage(err)} (the model could not be loaded: reload the page)` });
    else {
      removeFolder(modelDir);
      refuse(errorMessage(err));
    }
  } finally {
    switching = false;
  }
}

// The device was lost (driver reset, GPU process crash): make a new one, reload from the cache,
// keep the conversation. Text computed on the lost device is never shown: its read fails first; a
// reply cut off by the loss keeps what was shown (web.py WebChat.send).
async function recover(lostChat, bridge) {
  if (chat !== lostChat) return;
  chat = null;
  postMessage({ type: "recovering", message: `The GPU device was lost (${lostText(bridge)}); restarting it and reloading the model from the cache.` });
  try {
    const t0 = performance.now();
    const { weights, plan } = await startEngine(lostChat.conversation);
    await inFlight; // a request cut off by the loss has ended before its chat goes
    lostChat.destroy();
    postMessage({ type: "ready", model: python.model.name, modelUrl: python.modelUrl.href, loadSeconds: (performance.now() - t0) / 1000,
      shards: weights.shards, shardsFromCache: weights.fromCache, metaFromCache: python.metaFromCache, recovered: true, ...plan });
  } catch (err) {
    postMessage({ type: "error", fatal: true, message: errorMessage(err) });
  }
}

// One chat or API request on `active`. A failure because the device was lost starts the recovery (if
// device.lost has not already) and is said as such.
async function answer(m, active) {
  try {
    if (m.type === "chat") await active.send(m.text, JSON.stringify(m.options || {}));
    else await active.api(m.kind, JSON.stringify(m.body ?? {}));
  } catch (err) {
    let message = errorMessage(err);
    const lost = await active.bridge.isLost();
    if (lost) {
      recover(active, active.bridge);
      message = `The GPU device was lost (${lostText(active.bridge)}) during the reply, which stops there; ` +
        (m.type === "chat" ? "the model is being reloaded." : "the model is being reloaded: send the request again.");
    }
    if (m.type === "api") {
      postMessage({ type: "api-error", status: lost ? 503 : 500,
        error: { error: { message, type: "server_error", param: null, code: null } } });
    } else {
      postMessage({ type: "error", message, deviceLost: lost });
    }
  }
}

const postProgress = (p) => postMessage({ type: "progress", ...p });

// The first load. What does not depend on each other runs at once: Pyodide's start (and the wheels'
// download), the GPU device, then, once it is known to be there, the model's files, the weight shards'
// reads (ShardReader) and the compiling of the kernels the last visit used (Bridge.warm); Python then
// builds the plan while those go on, and the plan's pipelines compile while its weights go into the GPU.
async function load() {
  const t0 = performance.now();
  const site = await timed("tabllm-site.json", async () => (await fetch(new URL("tabllm-site.json", siteUrl), { cache: "no-cache" })).json());
  const importtime = [];
  const pyodideStarted = startPyodide(site, importtime);
  pyodideStarted.catch(() => {}); // (awaited below: thrown there, unless the GPU fails first)
  // The GPU first: no WebGPU, no adapter or too small limits are said before the model is downloaded.
  const bridge = await timed("webgpu", () => createBridge(site), "Starting WebGPU");
  const unfit = site.model.min_binding_bytes === undefined ? null : modelFitProblem(site.model, adapterLimits(bridge));
  if (unfit) throw new Error(`${unfit} Choose a smaller model, or a device with larger limits.`);
  bridge.stage = stage;
  engineBridge = bridge; // (the shards are read from here on, before startEngine: a loss now is a loss while loading)
  const warm = rememberedKernels(site, bridge).then((names) => names.length
    && timed(`warm pipelines (${names.length} kernels)`, () => bridge.warm(names), "Compiling the GPU kernels"));
  const modelUrl = new URL(site.model.url, siteUrl);
  const tokenizers = timed("web-tokenizers", () => import(new URL(site.tokenizers, siteUrl).href));
  const meta = await timed("model files", () => fetchModelFiles(site, modelUrl), "Loading the model");
  const index = JSON.parse(new TextDecoder().decode(meta.files.find((f) => f.path === "weights/index.json").data));
  const reader = SPLIT ? null : new ShardReader(modelUrl, index, { aheadBytes: READ_AHEAD_BYTES, onProgress: postProgress, onCacheFailed: cacheFailed });
  if (reader) timed("weights (read)", () => reader.done, "Loading the model weights").catch(() => {}); // (a failure: loadWeights throws it)

  const pyodide = await pyodideStarted;
  for (const { path, data } of meta.files) {
    const file = `${MODEL_DIR}/${path}`;
    pyodide.FS.mkdirTree(file.slice(0, file.lastIndexOf("/")));
    pyodide.FS.writeFile(file, new Uint8Array(data));
  }
  // @mlc-ai/web-tokenizers ships a UMD bundle despite its package.json's "type": "module": imported
  // as a module it defines globalThis.tokenizers instead of exporting anything.
  await tokenizers;
  const { Tokenizer } = globalThis.tokenizers;
  const web = await timed("import tabllm.web", () => pyodide.pyimport("tabllm.web"), "Starting Python (Pyodide)");
  python = { site, pyodide, web, Tokenizer, modelUrl, modelDir: MODEL_DIR, model: site.model, metaFromCache: meta.fromCache, importtime };
  if (interruptBuffer) pyodide.setInterruptBuffer(interruptBuffer);
  const { weights, pyodideVersion, plan } = await startEngine(null, bridge, reader);
  warm.catch(() => {}); // (not awaited: a kernel of the last visit that this plan does not use never delays ready)
  rememberKernels(site, bridge, plan.kernels);
  postMessage({
    type: "ready", model: python.model.name, modelUrl: python.modelUrl.href, models: site.models ?? [site.model], loadSeconds: (performance.now() - t0) / 1000,
    shards: weights.shards, shardsFromCache: weights.fromCache, metaFromCache: python.metaFromCache, pyodide: pyodideVersion,
    // the weight bytes this page loaded, and the model's (a split's last part loads its layers' shards only)
    weightBytes: weights.totalBytes, modelWeightBytes: index.shards.reduce((n, s) => n + s.size, 0),
    // whether this browser has JSPI (WebAssembly.Suspending): the page does not need it; tests check it is off
    jspi: typeof WebAssembly.Suspending === "function",
    stages, importtime,
    ...plan,
  });
}

// The teaching page's requests (web.py Lab), one at a time in arrival order, never during a chat reply:
// {type: "lab", id, op: "tokens" (text, chat) | "step" (ids, settings) | "redraw" (settings) | "profile" (method) |
// "inside" | "code" (code)} -> {type: "lab-result", id, op, result (Lab's JSON, parsed), error}.
let labQueue = Promise.resolve();

function labCall(lab, m) {
  switch (m.op) {
    case "tokens": return lab.tokens(String(m.text ?? ""), m.chat !== false);
    case "step": return lab.step(JSON.stringify(m.ids ?? []), JSON.stringify(m.settings ?? {}));
    case "redraw": return lab.redraw(JSON.stringify(m.settings ?? {}));
    case "profile": return lab.profile(m.method === "host" ? "host" : "auto");
    case "inside": return lab.inside();
    case "code": return lab.run_code(String(m.code ?? ""));
  }
  throw new Error(`unknown lab request ${m.op}`);
}

function labRequest(m) {
  labQueue = labQueue.then(async () => {
    let result = null, error = null;
    if (!chat || busy) error = chat ? "a reply is still being generated" : "the model is not loaded yet";
    else {
      busy = true;
      try {
        result = JSON.parse(await labCall(chat.lab, m));
      } catch (err) {
        error = errorMessage(err);
      } finally {
        busy = false;
      }
    }
    postMessage({ type: "lab-result", id: m.id, op: m.op, result, error });
  });
}

self.onmessage = async (event) => {
  const m = event.data;
  if (m.type === "stop") {
    stopRequested = true; // read by the chat loop between tokens
  } else if (m.type === "reset") {
    chat?.reset();
  } else if (m.type === "load-conversation") {
    // the page switched to a kept conversation (IndexedDB): its messages replace the engine's (web.py)
    let error = null;
    if (!chat || busy) error = chat ? "a reply is still being generated" : "the model is not loaded yet";
    else {
      try { chat.load_messages(JSON.stringify(m.messages ?? [])); } catch (err) { error = errorMessage(err); }
    }
    postMessage({ type: "conversation-loaded", id: m.id, messages: (m.messages ?? []).length, error });
  } else if (m.type === "check-options") {
    // the settings panel's values, checked by the Python that send() uses (web.py chat_options); not
    // while a reply runs (its options are already fixed): the page asks again after it
    const error = chat && !busy ? String(chat.check_options(JSON.stringify(m.options ?? {}))) : null;
    postMessage({ type: "options-checked", id: m.id, checked: Boolean(chat && !busy), error: error || null });
  } else if (m.type === "lab") {
    labRequest(m);
  } else if (m.type === "interrupt-buffer") {
    interruptBuffer = m.buffer;
    python?.pyodide.setInterruptBuffer(interruptBuffer);
  } else if (m.type === "load-model") {
    switchModel(m);
  } else if (m.type === "test-limits") {
    testLimits = m.limits ?? null; // lowered adapter limits for the fit check (the models page test)
  } else if (m.type === "test-lose-device") {
    engineBridge?.device.destroy(); // for the device-lost tests, loading or not: the same path as a real loss
  } else if (m.type === "chat" || m.type === "api") {
    if (!chat || busy) {
      const message = chat ? "a reply is still being generated" : "the model is not loaded yet";
      postMessage(m.type === "api"
        ? { type: "api-error", status: 503, error: { error: { message, type: "server_error", param: null, code: null } } }
        : { type: "error", message });
      return;
    }
    busy = true;
    stopRequested = false;
    inFlight = answer(m, chat).finally(() => { busy = false; inFlight = null; });
  }
};

load().catch((err) => postMessage({ type: "error", fatal: true, message: errorMessage(err) }));
