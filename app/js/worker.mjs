// The engine's home: a module Web Worker running Pyodide with the tabllm package, so the page never
// blocks. Messages in: {type: "chat", text, options}, {type: "api", kind: "chat"|"text", body} (the
// OpenAI-shaped JS API, js/tabllm.mjs), {type: "stop"}, {type: "reset"}, and for tests
// {type: "test-lose-device"}. Messages out: {type: "status"|"gpu"|"progress"|"ready"|"recovering"|
// "token"|"done"|"api-chunk"|"api-result"|"api-error"|"api-done"|"error", ...} (README, "In the browser").
//
// Everything comes from the site itself (tabllm-site.json, written by `tabllm build-site`): no CDN.

import { Bridge } from "./bridge.mjs";
import { fetchVerified, loadWeights } from "./weights.mjs";

const siteUrl = new URL("../", import.meta.url);
const MODEL_DIR = "/model"; // in Pyodide's file system: config.json, tokenizer.json, weights/index.json

let chat = null; // tabllm.web.WebChat (a PyProxy)
let busy = false;
let stopRequested = false;

const status = (text) => postMessage({ type: "status", text });

// A Python exception's message is its whole traceback; the page shows the last line, which for a
// TabllmError is the sentence meant for the user.
function errorMessage(err) {
  const text = String(err?.message ?? err);
  const lines = text.trim().split("\n").filter((l) => l.trim());
  const last = lines[lines.length - 1] || text;
  return last.replace(/^tabllm(\.\w+)+: /, "").replace(/^\w*Error: /, "");
}

let python = null; // {site, pyodide, web, Tokenizer, modelUrl, metaFromCache}: started once

async function startPython(site) {
  status("Starting Python (Pyodide)");
  const pyodideUrl = new URL(site.pyodide, siteUrl);
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideUrl).href);
  const pyodide = await loadPyodide({ indexURL: pyodideUrl.href });
  for (const wheel of site.wheels) {
    const response = await fetch(new URL(wheel, siteUrl));
    if (!response.ok) throw new Error(`${wheel}: HTTP ${response.status}`);
    pyodide.unpackArchive(await response.arrayBuffer(), "wheel");
  }
  // @mlc-ai/web-tokenizers ships a UMD bundle despite its package.json's "type": "module": imported
  // as a module it defines globalThis.tokenizers instead of exporting anything.
  await import(new URL(site.tokenizers, siteUrl).href);
  const { Tokenizer } = globalThis.tokenizers;

  status("Loading the model");
  const modelUrl = new URL(site.model.url, siteUrl);
  let metaFromCache = 0;
  for (const file of site.model.files) {
    const data = await fetchVerified(modelUrl, file, () => {}, { fromCache: () => { metaFromCache += 1; } });
    const path = `${MODEL_DIR}/${file.path}`;
    pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    pyodide.FS.writeFile(path, new Uint8Array(data));
  }
  python = { site, pyodide, web: pyodide.pyimport("tabllm.web"), Tokenizer, modelUrl, metaFromCache };
}

// A GPU device, the engine on it and the weights in it; `conversation` carries a chat over from a
// lost device. The weights come from the Cache API after the first load.
async function startEngine(conversation = null, bridge = null) {
  const { site, pyodide, web, Tokenizer, modelUrl } = python;
  status("Starting WebGPU");
  bridge ??= await Bridge.create(new URL(site.kernels, siteUrl));
  const gpu = bridge.info();
  postMessage({ type: "gpu", ...gpu, path: gpu.f16 ? "shader-f16: f16 path for Llama-family models" : "f32 kernels (no shader-f16)" });
  let weights = null;
  const loadWeightsJs = async (indexJson) => {
    weights = await loadWeights(bridge, modelUrl, JSON.parse(indexJson), (p) => postMessage({ type: "progress", ...p }));
  };
  const makeTokenizer = (json) => Tokenizer.fromJSON(new TextEncoder().encode(json).buffer);
  const newChat = await web.load_web_chat.callPromising(
    bridge, loadWeightsJs, makeTokenizer, MODEL_DIR,
    (json) => postMessage(JSON.parse(json)), () => stopRequested, site.context_length ?? null, conversation);
  bridge.device.lost.then((info) => {
    if (!bridge.released) recover(newChat, info);
  });
  chat = newChat;
  chat.bridge = bridge;
  return { weights, pyodideVersion: pyodide.version };
}

// The device was lost (driver reset, GPU process crash): make a new one, reload from the cache,
// keep the conversation. Text computed on the lost device is never shown: its read fails first.
async function recover(lostChat, info) {
  if (chat !== lostChat) return;
  chat = null;
  postMessage({ type: "recovering", message: `The GPU device was lost (${info.reason || "unknown"}: ${info.message}); restarting it and reloading the model from the cache.` });
  try {
    const t0 = performance.now();
    const { weights } = await startEngine(lostChat.conversation);
    lostChat.destroy();
    postMessage({ type: "ready", model: python.site.model.name, loadSeconds: (performance.now() - t0) / 1000,
      shards: weights.shards, shardsFromCache: weights.fromCache, metaFromCache: python.metaFromCache, recovered: true });
  } catch (err) {
    postMessage({ type: "error", fatal: true, message: errorMessage(err) });
  }
}

async function load() {
  const t0 = performance.now();
  const site = await (await fetch(new URL("tabllm-site.json", siteUrl), { cache: "no-cache" })).json();
  if (typeof WebAssembly.Suspending !== "function") {
    // JSPI lets the shared synchronous chat loop wait for GPU reads (runtime/js_executor.py).
    throw new Error("This browser lacks WebAssembly JavaScript Promise Integration (JSPI), which tabllm's page needs: use Chrome or Edge 137 or newer.");
  }
  // The GPU first: no WebGPU, no adapter or too small limits are said before anything is downloaded.
  status("Starting WebGPU");
  const bridge = await Bridge.create(new URL(site.kernels, siteUrl));
  await startPython(site);
  const { weights, pyodideVersion } = await startEngine(null, bridge);
  postMessage({
    type: "ready", model: python.site.model.name, loadSeconds: (performance.now() - t0) / 1000,
    shards: weights.shards, shardsFromCache: weights.fromCache, metaFromCache: python.metaFromCache, pyodide: pyodideVersion,
  });
}

self.onmessage = async (event) => {
  const m = event.data;
  if (m.type === "stop") {
    stopRequested = true; // read by the chat loop between tokens
  } else if (m.type === "reset") {
    chat?.reset();
  } else if (m.type === "test-lose-device") {
    chat?.bridge.device.destroy(); // for the device-lost test: the same path as a real loss
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
    try {
      if (m.type === "chat") await chat.send.callPromising(m.text, JSON.stringify(m.options || {}));
      else await chat.api.callPromising(m.kind, JSON.stringify(m.body ?? {}));
    } catch (err) {
      postMessage({ type: m.type === "api" ? "api-error" : "error", status: 500, message: errorMessage(err),
        error: { error: { message: errorMessage(err), type: "server_error", param: null, code: null } } });
    } finally {
      busy = false;
    }
  }
};

load().catch((err) => postMessage({ type: "error", fatal: true, message: errorMessage(err) }));
