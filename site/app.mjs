// The chat page: UI only. The engine (Pyodide + tabllm + WebGPU) runs in a module worker
// (js/worker.mjs), so nothing here ever takes long: it appends text and toggles buttons.

const $ = (id) => document.getElementById(id);
// ?profile=gpu (or cpu) forces the kernel schedules instead of letting the adapter pick them (tests).
const forcedProfile = new URLSearchParams(location.search).get("profile");
const workerUrl = new URL("js/worker.mjs", import.meta.url);
if (forcedProfile) workerUrl.searchParams.set("profile", forcedProfile);
const worker = new Worker(workerUrl, { type: "module" });

// For tests and curious users: finished replies, progress, main-thread long tasks, and the engine's
// lifecycle: its ready, recovering and error messages in order.
window.tabllm = { longTasks: [], replies: [], progress: [], prefill: [], lifecycle: [], tokens: 0, ready: null, worker,
  settingsChecked: [] };
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

function setState(state) {
  document.body.dataset.state = state;
  const generating = state === "generating";
  $("input").disabled = state !== "ready";
  $("send").disabled = state !== "ready";
  $("stop").disabled = !generating;
  $("new-chat").disabled = state !== "ready";
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

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

// Options from the address: ?temperature=0&max_tokens=24&seed=1&ignore_eos=1 (defaults: the engine's). The
// settings panel's fields (system prompt, temperature, top-p, max tokens) start from the address, else
// from what this browser kept (localStorage); the other options are the address's alone.
const SETTINGS = ["system", "temperature", "top_p", "max_tokens"];
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

worker.onmessage = ({ data: m }) => {
  switch (m.type) {
    case "status":
      $("status").textContent = m.text;
      break;
    case "gpu":
      $("gpu-info").textContent = `GPU: ${m.adapter} · ${m.path}`;
      break;
    case "progress": {
      window.tabllm.progress.push(m);
      const pct = m.totalBytes ? (100 * m.bytes) / m.totalBytes : 0;
      $("progress").value = pct;
      if (!recovering) $("status").textContent = "Loading the model weights";
      $("progress-text").textContent =
        `shard ${m.shard + 1}/${m.shards} (${m.file}): ${MB(m.bytes)} / ${MB(m.totalBytes)} MiB, ${pct.toFixed(0)}%` +
        (m.again ? ` (downloading it again: ${m.again})` : "");
      break;
    }
    case "ready":
      window.tabllm.ready = m;
      window.tabllm.lifecycle.push({ type: m.type });
      recovering = false;
      $("progress").value = 100;
      $("model-info").textContent = `model: ${m.model}`;
      $("stats").textContent = (m.recovered ? "the GPU device was lost: model reloaded on a new one" : "loaded") +
        ` in ${m.loadSeconds.toFixed(1)} s` + (m.shardsFromCache === m.shards ? " (weights from the browser cache)" : "");
      setState("ready");
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
      if (m.finish_reason === "abort" || m.finish_reason === "cancelled") current?.classList.add("stopped");
      if (m.finish_reason === "length" && current) {
        // cut by the max tokens setting, not ended by the model: say so under the reply
        current.classList.add("cut-at-length");
        const note = document.createElement("div");
        note.className = "finish-note";
        note.textContent = `Stopped at the max tokens limit (${m.token_ids.length} tokens): raise “Max tokens” in Settings for longer replies.`;
        current.after(note);
      }
      $("stats").textContent = `prefill ${m.prefill_tok_s.toFixed(1)} tok/s · decode ${m.decode_tok_s.toFixed(2)} tok/s · ` +
        `first token ${(m.time_to_first_token_s ?? 0).toFixed(1)} s` +
        (m.cached_tokens ? ` (${m.cached_tokens} of ${m.prompt_tokens} prompt tokens cached)` : "") +
        ` · ${m.token_ids.length} tokens (${m.finish_reason})` +
        (m.host_ms_per_token === undefined ? "" : ` · host ${m.host_ms_per_token.toFixed(2)} ms/token`);
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
        if (window.tabllm.tokens > 0) current.classList.add("interrupted");
        else { current.remove(); asked.classList.add("unanswered"); }
        current = currentText = null;
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
$("new-chat").addEventListener("click", () => {
  worker.postMessage({ type: "reset" });
  $("messages").replaceChildren();
  $("stats").textContent = "";
});
for (const key of SETTINGS) {
  $(`set-${key}`).addEventListener("input", () => { saveSettings(); checkSettings(); });
}
$("settings-defaults").addEventListener("click", () => {
  for (const key of SETTINGS) $(`set-${key}`).value = "";
  saveSettings();
  checkSettings();
});
loadSettings();

// The service worker keeps the page's own files for a reload with the network cut (site/sw.js).
window.tabllm.serviceWorker = navigator.serviceWorker?.register("sw.js").catch((e) => { console.warn("no service worker:", e); });
// Ask the browser to keep the cached model under storage pressure (best effort).
navigator.storage?.persist?.().catch(() => {});
setState("loading");
