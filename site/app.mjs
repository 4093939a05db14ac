// The chat page: UI only. The engine (Pyodide + tabllm + WebGPU) runs in a module worker
// (js/worker.mjs), so nothing here ever takes long: it appends text and toggles buttons.

import { deleteStoredModel, modelFitProblem, storedModels } from "./js/weights.mjs";
import { ChatStore, answeredTurns } from "./store.mjs";

const $ = (id) => document.getElementById(id);
// ?profile=gpu (or cpu) forces the kernel schedules instead of letting the adapter pick them (tests).
const forcedProfile = new URLSearchParams(location.search).get("profile");
const workerUrl = new URL("js/worker.mjs", import.meta.url);
if (forcedProfile) workerUrl.searchParams.set("profile", forcedProfile);
// ?importtime=1: the worker's Python reports each module's import time (benchmarks/page_startup.py)
if (new URLSearchParams(location.search).get("importtime") === "1") workerUrl.searchParams.set("importtime", "1");
// ?split=ws://host:port/v1/split[&split_k=K]: run as the last part of a split (docs/split.md): the first layers on
// that split server (`tabllm serve --split`), the rest here; only this part's weights are downloaded.
// ?device=wasm: the kernels as WebAssembly on the CPU even where WebGPU works; ?threads=N: that path's threads
// (tests, benchmarks: worker.mjs).
const splitQuery = new URLSearchParams(location.search);
for (const key of ["split", "split_k", "device", "threads"]) if (splitQuery.get(key)) workerUrl.searchParams.set(key, splitQuery.get(key));
const worker = new Worker(workerUrl, { type: "module" });

// For tests and curious users: finished replies, progress, main-thread long tasks, and the engine's
// lifecycle: its ready, recovering and error messages in order.
window.tabllm = { longTasks: [], replies: [], progress: [], prefill: [], lifecycle: [], tokens: 0, ready: null, worker,
  settingsChecked: [], conversationsLoaded: [], cacheFailed: [], storage: null, saving: 0, modelsRefused: [],
  // for tests: the adapter limits a model's needs are checked against, lowered (the worker's check too)
  setTestLimits(limits) { testLimits = limits; worker.postMessage({ type: "test-limits", limits }); renderModels(); } };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.tabllm.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
} catch { /* no longtask support: nothing to record */ }

let current = null; // the assistant message element being written
let currentText = null; // its text node, which the tokens extend
let reading = null; // its "reading the prompt" line (prefill progress), until the first token
let asked = null; // the user message it answers
let recovering = false; // the GPU device was lost: the engine is being reloaded
let replyChat = null; // the kept chat the reply being written goes into

function setState(state) {
  document.body.dataset.state = state;
  const generating = state === "generating";
  $("input").disabled = state !== "ready";
  $("send").disabled = state !== "ready";
  $("stop").disabled = !generating;
  $("new-chat").disabled = state !== "ready";
  for (const b of document.querySelectorAll("#chat-list button")) b.disabled = generating || recovering;
  for (const b of document.querySelectorAll("#model-list button, #model-url-load")) b.disabled = state !== "ready";
  if (state === "ready") checkSettings();
}

function addMessage(role, text) {
  const div = document.createElement("div");
  div.className = `message ${role}`;
  div.textContent = text;
  $("messages").append(div);
  div.scrollIntoView({ block: "end" });
  return div;
}

// How a reply ended, on its bubble: stopped, or cut by the max tokens setting (a note under it).
function markFinish(el, finish, tokens) {
  if (finish === "abort" || finish === "cancelled") el.classList.add("stopped");
  if (finish === "length") {
    // cut by the max tokens setting, not ended by the model: say so under the reply
    el.classList.add("cut-at-length");
    const note = document.createElement("div");
    note.className = "finish-note";
    note.textContent = `Stopped at the max tokens limit (${tokens} tokens): raise “Max tokens” in Settings for longer replies.`;
    el.after(note);
  }
}

// The storage panel: whether the browser keeps this site's data under pressure, its usage / quota, and
// the model files the Cache API holds (js/weights.mjs), a model's deletable (the one in use keeps
// running: its weights are in the GPU; the next visit downloads it again).
let modelInUse = null; // the model folder's URL (the worker's ready message)
let cacheWarned = false;
let storageRun = Promise.resolve();

function refreshStorage() {
  storageRun = storageRun.then(showStorage, showStorage);
  return storageRun;
}

async function showStorage() {
  const persistent = await persisted;
  $("storage-persist").textContent = persistent === null ? "Persistent storage: not available in this browser."
    : persistent ? "Persistent storage: granted (the browser keeps the model and chats when space runs low)."
    : "Persistent storage: not granted (the browser may clear the cached model when space runs low).";
  let estimate = null;
  try { estimate = await navigator.storage?.estimate?.(); } catch { /* not available */ }
  $("storage-usage").textContent = estimate
    ? `Used by this page: ${MB(estimate.usage)} MiB of ${MB(estimate.quota)} MiB the browser allows it.` : "";
  const models = await storedModels();
  const rows = models.map((model) => {
    const tr = document.createElement("tr");
    tr.dataset.base = model.base;
    const name = model.base.startsWith(location.origin) ? model.base.slice(location.origin.length) : model.base;
    const cells = [name + (model.base === modelInUse ? " (in use)" : ""), String(model.files), `${MB(model.bytes)} MiB`];
    for (const text of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    const del = document.createElement("button");
    del.type = "button";
    del.className = "storage-delete";
    del.textContent = "Delete";
    del.setAttribute("aria-label", `Delete the kept files of ${name}`);
    del.addEventListener("click", async () => {
      const dropped = await deleteStoredModel(model.base);
      $("storage-note").textContent = `Deleted ${dropped} files of ${name}.` + (model.base === modelInUse
        ? " The model keeps running until the page is closed; the next visit downloads it again." : "");
      refreshStorage();
    });
    const td = document.createElement("td");
    td.append(del);
    tr.append(td);
    return tr;
  });
  if (!rows.length) {
    const tr = document.createElement("tr");
    const td = document.createElement("td");
    td.colSpan = 4;
    td.textContent = "No model files kept in this browser.";
    tr.append(td);
    rows.push(tr);
  }
  $("storage-models").tBodies[0].replaceChildren(...rows);
  window.tabllm.storage = { persistent, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, models };
}

// The models panel: the site's models (tabllm-site.json "models", from the worker's first ready message) with
// their weight size and estimated GPU memory, each checked against the adapter's limits (modelFitProblem, as the
// worker checks before loading); "Use" or a model folder's address loads another model without a reload
// (worker.mjs switchModel). Each chat remembers the model it was written with (its record's `model`): opening
// it loads that model again; switching the model from this panel starts a new chat.
let siteModels = []; // tabllm-site.json "models", their url made absolute
let adapterLimits = null; // the worker's "gpu" message: {maxStorageBufferBindingSize, maxBufferSize}
let testLimits = null;
let modelName = null; // the loaded model's name
let modelRequest = 0;

const limits = () => ({ ...(adapterLimits ?? {}), ...(testLimits ?? {}) });

// The one memory figure a browser tells: navigator.deviceMemory, GiB of RAM rounded down (Chrome, Edge; at
// most 8, so only a smaller figure says anything). A model estimated above it may not load: said, not refused.
function lowMemory(model) {
  const gib = navigator.deviceMemory;
  return gib && gib < 8 && model.gpu_bytes > gib * 2 ** 30
    ? `May not fit: it needs about ${MB(model.gpu_bytes)} MiB, this device reports ${gib} GiB of memory.` : null;
}

function renderModels() {
  const rows = siteModels.map((model, i) => {
    const tr = document.createElement("tr");
    tr.dataset.url = model.url;
    if (model.url === modelInUse) tr.setAttribute("aria-current", "true");
    const unfit = adapterLimits ? modelFitProblem(model, limits()) : null;
    const cells = [model.name + (model.url === modelInUse ? " (in use)" : ""), model.family, `${MB(model.weight_bytes)} MiB`,
      `~${MB(model.gpu_bytes)} MiB (${model.context}-token context)`];
    for (const text of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    const td = document.createElement("td");
    if (unfit) {
      td.className = "model-unfit";
      td.textContent = unfit;
    } else if (model.url !== modelInUse) {
      if (lowMemory(model)) {
        const note = document.createElement("div");
        note.className = "model-unfit";
        note.textContent = lowMemory(model);
        td.append(note);
      }
      const use = document.createElement("button");
      use.type = "button";
      use.className = "model-use";
      use.textContent = "Use";
      use.setAttribute("aria-label", `Load ${model.name}`);
      use.disabled = document.body.dataset.state !== "ready";
      use.addEventListener("click", () => requestModel({ site: i }, true));
      td.append(use);
    }
    tr.append(td);
    return tr;
  });
  if (modelInUse && !siteModels.some((m) => m.url === modelInUse)) {
    const tr = document.createElement("tr"); // a model loaded from its address
    tr.dataset.url = modelInUse;
    tr.setAttribute("aria-current", "true");
    const td = document.createElement("td");
    td.colSpan = 5;
    td.textContent = `${modelName} (in use, from ${modelInUse})`;
    tr.append(td);
    rows.push(tr);
  }
  $("model-list").tBodies[0].replaceChildren(...rows);
  $("model-count").textContent = siteModels.length > 1 ? `(${siteModels.length})` : "";
}

function showModelError(message) {
  $("model-error").textContent = message ?? "";
  $("model-error").hidden = !message;
  if (message) $("models").open = true;
}

// Ask the worker for another model: {site: i} or {url}. fresh: a new chat for it (the panel), else the chat on
// screen is the one that asked (switchChat) and goes to the engine at ready.
let freshChatForModel = false;
function requestModel(source, fresh) {
  if (document.body.dataset.state !== "ready") return;
  showModelError(null);
  freshChatForModel = fresh;
  setState("loading");
  $("status").textContent = "Fetching the model…";
  worker.postMessage({ type: "load-model", id: ++modelRequest, ...source });
}

// The source a kept chat's model is loaded from: the site's model of that address, or the address itself.
function modelSource(model) {
  const i = siteModels.findIndex((m) => m.url === model.url);
  return i >= 0 ? { site: i } : { url: model.url };
}

$("model-url-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("model-url").value.trim();
  let url = text;
  try { url = new URL(text, location.href).href; } catch { /* sent as typed: the worker says what is wrong */ }
  requestModel({ url: text ? url : text }, true);
});

// A GGUF file from this computer, by the Models panel's file picker or dropped anywhere on the page: the worker
// converts it into a model folder kept in this browser and loads it (js/gguf.mjs), as a model picked above.
function setupGgufOpen() {
  const open = (file) => {
    if (!file) return;
    if (document.body.dataset.state !== "ready") {
      showModelError(`${file.name} can be opened once the model on the page has loaded.`);
      return;
    }
    requestModel({ gguf: file }, true);
    $("status").textContent = `Reading ${file.name}…`;
  };
  $("gguf-file").addEventListener("change", () => {
    open($("gguf-file").files[0]);
    $("gguf-file").value = ""; // (the same file picked again opens again)
  });
  const dropping = (on) => document.body.classList.toggle("gguf-dropping", on);
  document.addEventListener("dragover", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    e.preventDefault(); // (else the browser opens the file in place of the page)
    dropping(true);
  });
  document.addEventListener("dragleave", (e) => { if (!e.relatedTarget) dropping(false); });
  document.addEventListener("drop", (e) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    dropping(false);
    open(e.dataTransfer.files[0]);
  });
}
setupGgufOpen();

// Conversations kept across reloads (IndexedDB, store.mjs): `chat` is the one on screen, null for a new
// chat (written at its first message). The engine's copy (web.py) follows: a switch sends it the chosen
// chat's answered turns, "New chat" resets it; its KV cache is kept, the model never reloaded.
const CURRENT_KEY = "tabllm-current-chat";
let store = null;
let chat = null;
let loadId = 0;

async function saveChat() {
  if (!chat) return;
  chat.updated = Date.now();
  window.tabllm.saving += 1; // (tests wait for 0: written and listed)
  try {
    try { await store.put(chat); } catch (e) { showError(`This chat could not be saved in the browser (${e.name}: ${e.message}).`); }
    rememberCurrent();
    await renderChatList();
  } finally {
    window.tabllm.saving -= 1;
  }
}

function rememberCurrent() {
  try {
    if (chat) localStorage.setItem(CURRENT_KEY, chat.id);
    else localStorage.removeItem(CURRENT_KEY);
  } catch { /* storage refused: the newest chat is not reopened */ }
}

function showChat() {
  $("messages").replaceChildren();
  $("stats").textContent = "";
  $("error").hidden = true;
  const messages = chat?.messages ?? [];
  messages.forEach((m, i) => {
    const el = addMessage(m.role, m.content);
    if (m.role === "user" && messages[i + 1]?.role !== "assistant") el.classList.add("unanswered");
    if (m.role === "assistant") {
      if (m.interrupted) el.classList.add("interrupted");
      markFinish(el, m.finish, m.tokens);
    }
  });
}

// The engine's conversation becomes the one on screen (at the first ready and at each switch).
function sendChatToEngine() {
  worker.postMessage({ type: "load-conversation", id: ++loadId, messages: answeredTurns(chat?.messages ?? []) });
}

async function renderChatList() {
  const chats = await store.list();
  $("chat-count").textContent = chats.length ? `(${chats.length})` : "";
  const busy = document.body.dataset.state === "generating" || recovering;
  $("chat-list").replaceChildren(...chats.map((c) => {
    const li = document.createElement("li");
    li.dataset.id = c.id;
    if (c.id === chat?.id) li.setAttribute("aria-current", "true");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "chat-open";
    open.textContent = c.title;
    if (c.model && (siteModels.length > 1 || c.model.url !== modelInUse)) { // (which model wrote it, where there is a choice)
      const small = document.createElement("span");
      small.className = "chat-model";
      small.textContent = c.model ? ` · ${c.model.name}` : "";
      open.append(small);
    }
    open.title = `${c.title} (${c.model ? c.model.name + ", " : ""}${new Date(c.updated).toLocaleString()})`;
    open.disabled = busy;
    open.addEventListener("click", () => switchChat(c.id));
    const del = document.createElement("button");
    del.type = "button";
    del.className = "chat-delete";
    del.textContent = "✕";
    del.setAttribute("aria-label", `Delete the chat “${c.title}”`);
    del.disabled = busy;
    del.addEventListener("click", () => deleteChat(c.id));
    li.append(open, del);
    return li;
  }));
  if (!chats.length) {
    const li = document.createElement("li");
    li.className = "hint";
    li.textContent = "No chats kept yet: they are saved in this browser as you write.";
    $("chat-list").append(li);
  }
}

async function switchChat(id) {
  if (document.body.dataset.state === "generating" || recovering) return;
  chat = await store.get(id);
  rememberCurrent();
  showChat();
  if (document.body.dataset.state === "ready") {
    // a chat written with another model loads it (its turns go to the engine at ready); else they go now
    if (chat?.model && modelInUse && chat.model.url !== modelInUse) requestModel(modelSource(chat.model), false);
    else sendChatToEngine(); // (before the first ready: sent then)
  }
  await renderChatList();
}

function newChat() {
  chat = null;
  rememberCurrent();
  worker.postMessage({ type: "reset" });
  showChat();
  renderChatList();
}

async function deleteChat(id) {
  if (document.body.dataset.state === "generating" || recovering) return;
  await store.delete(id);
  if (chat?.id === id) newChat();
  else await renderChatList();
}

// The chats of earlier visits: the list, and the one open last (unless a new chat was).
const restored = (async () => {
  store = await ChatStore.open();
  let id = null;
  try { id = localStorage.getItem(CURRENT_KEY); } catch { /* none */ }
  chat = id ? await store.get(id) : null;
  showChat();
  await renderChatList();
})();

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

// Options from the address: ?temperature=0&max_tokens=24&seed=1&ignore_eos=1 (defaults: the engine's). The
// settings panel's fields (system prompt, temperature, top-p, max tokens) start from the address, else
// from what this browser kept (localStorage); the other options are the address's alone.
const SETTINGS = ["system", "temperature", "top_p", "max_tokens", "context_policy"];
const DEFAULT_CONTEXT_POLICY = "drop_oldest"; // as the CLI's chat (web.py, api/params.py page_options)
const SETTINGS_KEY = "tabllm-settings-v1";

function addressOptions() {
  const q = new URLSearchParams(location.search);
  const options = {};
  for (const key of ["seed", "top_k", "repetition_penalty", "frequency_penalty", "presence_penalty"]) {
    if (q.has(key)) options[key] = Number(q.get(key));
  }
  if (q.get("ignore_eos") === "1") options.ignore_eos = true;
  return options;
}

function loadSettings() {
  let kept = {};
  try { kept = JSON.parse(localStorage.getItem(SETTINGS_KEY) || "{}") ?? {}; } catch { kept = {}; }
  const q = new URLSearchParams(location.search);
  for (const key of SETTINGS) {
    const value = q.has(key) ? q.get(key) : kept[key];
    $(`set-${key}`).value = typeof value === "string" ? value : "";
  }
  if (!$("set-context_policy").value) $("set-context_policy").value = DEFAULT_CONTEXT_POLICY; // (none kept, or unknown)
}

function saveSettings() {
  const values = Object.fromEntries(SETTINGS.map((key) => [key, $(`set-${key}`).value]));
  try { localStorage.setItem(SETTINGS_KEY, JSON.stringify(values)); } catch { /* storage refused: not kept */ }
}

// The options a message is sent with: the address's, then the panel's non-empty fields. A field that is
// no number goes as typed: the worker's check (web.py chat_options, the one validated path) says why.
function chatOptions() {
  const options = addressOptions();
  for (const key of SETTINGS) {
    const raw = $(`set-${key}`).value;
    if (key === "system") {
      if (raw.trim()) options.system = raw;
    } else if (raw.trim()) {
      const n = Number(raw);
      options[key] = raw.trim() !== "" && Number.isFinite(n) ? n : raw;
    }
  }
  return options;
}

let settingsError = null; // the last check's message (null: valid or not checked yet)
let checkId = 0;
let checkPending = false; // a check asked for while the engine was busy: asked again once ready

function checkSettings() {
  if (document.body.dataset.state !== "ready") { checkPending = true; return; }
  checkPending = false;
  worker.postMessage({ type: "check-options", id: ++checkId, options: chatOptions() });
}

function showSettingsError(message) {
  settingsError = message;
  $("settings-error").textContent = message ? `Settings: ${message}` : "";
  $("settings-error").hidden = !message;
  if (message) $("settings").open = true;
}

const MB = (n) => (n / 2 ** 20).toFixed(1);
let engineLabel = ""; // which path runs the kernels (the worker's "gpu" message): the stats line says it

worker.onmessage = ({ data: m }) => {
  switch (m.type) {
    case "status":
      $("status").textContent = m.text;
      break;
    case "gpu":
      $("gpu-info").textContent = `${m.wasm ? "CPU" : "GPU"}: ${m.adapter} · ${m.path}`;
      engineLabel = m.wasm ? "WebAssembly on the CPU" : "WebGPU";
      adapterLimits = { maxStorageBufferBindingSize: m.maxStorageBufferBindingSize, maxBufferSize: m.maxBufferSize };
      break;
    case "progress": {
      window.tabllm.progress.push(m);
      const pct = m.totalBytes ? (100 * m.bytes) / m.totalBytes : 0;
      $("progress").value = pct;
      $("progress-text").textContent =
        `shard ${m.shard + 1}/${m.shards} (${m.file}): ${MB(m.bytes)} / ${MB(m.totalBytes)} MiB, ${pct.toFixed(0)}%` +
        (m.again ? ` (downloading it again: ${m.again})` : "");
      break;
    }
    case "ready":
      window.tabllm.ready = m;
      window.tabllm.readyAt ??= performance.now(); // the first ready, on the page's clock (benchmarks/page_startup.py)
      if (m.modelUrl) modelInUse = m.modelUrl;
      modelName = m.model;
      if (m.models) siteModels = m.models.map((model) => ({ ...model, url: new URL(model.url, new URL(".", location.href)).href }));
      if (m.switched) {
        // the model the panel chose starts a new chat; a kept chat that asked for its model goes to the engine below
        if (freshChatForModel) { chat = null; rememberCurrent(); showChat(); }
        freshChatForModel = false;
      }
      renderModels();
      if ($("storage").open) refreshStorage(); // (else when opened: reading the cache costs a little)
      window.tabllm.lifecycle.push({ type: m.type });
      recovering = false;
      $("progress").value = 100;
      $("model-info").textContent = `model: ${m.model}`;
      $("stats").textContent = (m.recovered ? "the GPU device was lost: model reloaded on a new one" : "loaded") +
        ` in ${m.loadSeconds.toFixed(1)} s` + (m.shardsFromCache === m.shards ? " (weights from the browser cache)" : "") +
        (m.weightBytes === undefined ? "" : ` · weights ${MB(m.weightBytes)} MiB` +
          (m.weightBytes < m.modelWeightBytes ? ` of the model's ${MB(m.modelWeightBytes)} MiB` : ""));
      if (m.split) {
        const s = m.split;
        $("model-info").textContent = `model: ${m.model} · split: layers ${s.page_layers[0]}–${s.num_layers - 1} here, ` +
          `0–${s.server_layers[1] - 1} on ${s.url}`;
      }
      // the kept chat on screen goes to the engine first (a recovered engine kept its own)
      restored.then(() => {
        // (the chat reopened at the first load was written with another model: that model is loaded for it)
        const otherModel = !m.recovered && !m.switched && chat?.model && chat.model.url !== m.modelUrl;
        if (!m.recovered && !otherModel) sendChatToEngine();
        setState("ready");
        if (otherModel) requestModel(modelSource(chat.model), false);
        renderChatList();
      });
      break;
    case "model-loading":
      $("status").textContent = `Loading ${m.name}…`;
      break;
    case "model-refused":
      // the loaded model stays: the reason shown in the models panel
      window.tabllm.modelsRefused.push(m);
      showModelError(m.message);
      setState("ready");
      // a kept chat that asked for its model goes on with the loaded one (its turns to this engine)
      if (!freshChatForModel) sendChatToEngine();
      freshChatForModel = false;
      break;
    case "cache-failed":
      window.tabllm.cacheFailed.push(m);
      if (!cacheWarned) {
        // said once a load: the model still runs, from the network; the next visit downloads it again
        cacheWarned = true;
        $("warning").textContent = m.quota
          ? `The browser's storage for this page is full: ${m.file} and the model files after it could not be kept, ` +
            "so the next visit downloads them again. Free space under Storage (delete a model you no longer use), " +
            "or in the browser's site settings."
          : `The model could not be kept in the browser's cache (${m.file}: ${m.name}: ${m.message}); the next visit downloads it again.`;
        $("warning").hidden = false;
        $("storage").open = true;
        refreshStorage();
      }
      break;
    case "conversation-loaded":
      window.tabllm.conversationsLoaded.push(m);
      if (m.error) showError(`The chat could not be given to the engine: ${m.error}`);
      break;
    case "recovering":
      window.tabllm.lifecycle.push({ type: m.type, message: m.message });
      recovering = true;
      $("status").textContent = m.message;
      $("progress").value = 0;
      setState("loading");
      break;
    case "prefill":
      // the prompt is being read (prefilled): done of total prompt tokens run, the earlier turns' not counted
      window.tabllm.prefill.push({ ...m, shown: Boolean(reading?.isConnected && reading.checkVisibility()) });
      if (reading) {
        reading.querySelector("span").textContent = `Reading the prompt… ${m.done} / ${m.total} tokens`;
        reading.querySelector("progress").value = m.total ? m.done / m.total : 0;
      }
      break;
    case "token":
      window.tabllm.tokens += 1;
      endReading();
      if (currentText) currentText.data += m.text;
      break;
    case "options-checked":
      window.tabllm.settingsChecked.push(m);
      if (m.id === checkId) {
        if (m.checked) showSettingsError(m.error);
        else checkPending = true; // the engine was busy: asked again once ready
      }
      break;
    case "done":
      window.tabllm.replies.push(m);
      endReading();
      if (current) markFinish(current, m.finish_reason, m.token_ids.length);
      if (replyChat) {
        replyChat.messages.push({ role: "assistant", content: m.text, finish: m.finish_reason, tokens: m.token_ids.length });
        replyChat = null;
        saveChat();
      }
      $("stats").textContent = `${engineLabel} · prefill ${m.prefill_tok_s.toFixed(1)} tok/s · decode ${m.decode_tok_s.toFixed(2)} tok/s · ` +
        `first token ${(m.time_to_first_token_s ?? 0).toFixed(1)} s` +
        (m.cached_tokens ? ` (${m.cached_tokens} of ${m.prompt_tokens} prompt tokens cached)` : "") +
        ` · ${m.token_ids.length} tokens (${m.finish_reason})` +
        (m.host_ms_per_token === undefined ? "" : ` · host ${m.host_ms_per_token.toFixed(2)} ms/token`) +
        // a split's socket: bytes both ways and the round trip per generated token, the reply's bytes in all
        (m.split_bytes_per_token == null ? "" : ` · split: ${m.split_bytes_per_token.toFixed(0)} B/token on the wire, ` +
          `round trip ${m.split_rtt_ms_per_token.toFixed(1)} ms/token (${(m.split_wire_bytes / 1024).toFixed(1)} KiB this reply)`);
      current = currentText = null;
      if (document.body.dataset.state === "generating") setState("ready");
      else if (checkPending) checkSettings();
      break;
    case "error":
      window.tabllm.lifecycle.push({ type: m.type, message: m.message, fatal: Boolean(m.fatal) });
      endReading();
      if (current) {
        // the reply broke off: the engine's conversation keeps it as far as it went (web.py), or
        // without a token, not the question either
        if (window.tabllm.tokens > 0) {
          current.classList.add("interrupted");
          replyChat?.messages.push({ role: "assistant", content: currentText.data, interrupted: true });
        } else { current.remove(); asked.classList.add("unanswered"); }
        current = currentText = null;
        if (replyChat) { replyChat = null; saveChat(); } // (kept unanswered: shown, never sent to the engine)
      }
      if (m.deviceLost) $("stats").textContent = m.message; // the status line follows the reload
      else showError(m.message);
      if (m.fatal) { recovering = false; setState("error"); }
      else if (document.body.dataset.state === "generating") setState("ready");
      break;
  }
};
// The worker itself failed (its script did not load, an uncaught error): nothing more will come.
worker.addEventListener("error", (e) => {
  showError(`The engine's worker failed: ${e.message || "unknown error"}. Reload the page to try again.`);
  setState("error");
});

function endReading() {
  reading?.remove();
  reading = null;
  current?.classList.remove("reading");
}

$("composer").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("input").value.trim();
  if (!text || document.body.dataset.state !== "ready") return;
  if (settingsError) { showSettingsError(settingsError); $("settings-error").scrollIntoView({ block: "nearest" }); return; }
  $("input").value = "";
  $("error").hidden = true;
  asked = addMessage("user", text);
  // kept as it happens: the user's message now, the reply when it ends
  const now = Date.now();
  chat ??= { id: crypto.randomUUID?.() ?? `${now}-${Math.random()}`, title: text.replace(/\s+/g, " ").slice(0, 60), created: now, updated: now,
    messages: [], model: modelInUse ? { url: modelInUse, name: modelName } : undefined };
  chat.messages.push({ role: "user", content: text });
  replyChat = chat;
  saveChat();
  // the reply's bubble says it reads the prompt (prefill messages give the progress) until the first token
  current = addMessage("assistant", "");
  current.classList.add("reading");
  reading = document.createElement("div");
  reading.className = "reading-line";
  reading.append(document.createElement("span"), document.createElement("progress"));
  reading.querySelector("span").textContent = "Reading the prompt…";
  reading.querySelector("progress").max = 1;
  currentText = document.createTextNode("");
  current.append(reading, currentText);
  current.scrollIntoView({ block: "end" });
  window.tabllm.tokens = 0;
  setState("generating");
  worker.postMessage({ type: "chat", text, options: chatOptions() });
});
// Enter sends, Shift+Enter is a new line (the textarea's own), Esc stops the reply being written.
$("input").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); $("composer").requestSubmit(); }
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && document.body.dataset.state === "generating") { e.preventDefault(); $("stop").click(); }
});
$("stop").addEventListener("click", () => worker.postMessage({ type: "stop" }));
$("new-chat").addEventListener("click", newChat);
for (const key of SETTINGS) {
  $(`set-${key}`).addEventListener(key === "context_policy" ? "change" : "input", () => { saveSettings(); checkSettings(); });
}
$("settings-defaults").addEventListener("click", () => {
  for (const key of SETTINGS) $(`set-${key}`).value = "";
  $("set-context_policy").value = DEFAULT_CONTEXT_POLICY;
  saveSettings();
  checkSettings();
});
loadSettings();

// The service worker keeps the page's own files for a reload with the network cut (site/sw.js).
window.tabllm.serviceWorker = navigator.serviceWorker?.register("sw.js").catch((e) => { console.warn("no service worker:", e); });
// Ask the browser to keep the cached model under storage pressure (at the first load; shown in Storage).
const persisted = (async () => {
  try {
    if (!navigator.storage?.persist) return null;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch { return null; }
})();
$("storage").addEventListener("toggle", () => { if ($("storage").open) refreshStorage(); });
setState("loading");
