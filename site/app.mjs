// The chat page: UI only. The engine (Pyodide + tabllm + WebGPU) runs in a module worker
// (js/worker.mjs), so nothing here ever takes long: it appends text and toggles buttons.

const $ = (id) => document.getElementById(id);
const worker = new Worker(new URL("js/worker.mjs", import.meta.url), { type: "module" });

// For tests and curious users: finished replies, progress, main-thread long tasks, and the engine's
// lifecycle: its ready, recovering and error messages in order.
window.tabllm = { longTasks: [], replies: [], progress: [], lifecycle: [], tokens: 0, ready: null, worker };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.tabllm.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
} catch { /* no longtask support: nothing to record */ }

let current = null; // the assistant message element being written
let asked = null; // the user message it answers
let recovering = false; // the GPU device was lost: the engine is being reloaded

function setState(state) {
  document.body.dataset.state = state;
  const generating = state === "generating";
  $("input").disabled = state !== "ready";
  $("send").disabled = state !== "ready";
  $("stop").disabled = !generating;
  $("new-chat").disabled = state !== "ready";
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

// Sampler settings from the address: ?temperature=0&max_tokens=24&seed=1&ignore_eos=1 (defaults: the engine's).
function samplerOptions() {
  const q = new URLSearchParams(location.search);
  const options = {};
  for (const key of ["temperature", "max_tokens", "seed", "top_k", "top_p", "repetition_penalty", "frequency_penalty", "presence_penalty"]) {
    if (q.has(key)) options[key] = Number(q.get(key));
  }
  if (q.get("ignore_eos") === "1") options.ignore_eos = true;
  return options;
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
    case "token":
      window.tabllm.tokens += 1;
      if (current) current.textContent += m.text;
      break;
    case "done":
      window.tabllm.replies.push(m);
      if (m.finish_reason === "abort") current?.classList.add("stopped");
      $("stats").textContent = `prefill ${m.prefill_tok_s.toFixed(1)} tok/s · decode ${m.decode_tok_s.toFixed(2)} tok/s · ` +
        `first token ${(m.time_to_first_token_s ?? 0).toFixed(1)} s` +
        (m.cached_tokens ? ` (${m.cached_tokens} of ${m.prompt_tokens} prompt tokens cached)` : "") +
        ` · ${m.token_ids.length} tokens (${m.finish_reason})` +
        (m.host_ms_per_token === undefined ? "" : ` · host ${m.host_ms_per_token.toFixed(2)} ms/token`);
      current = null;
      if (document.body.dataset.state === "generating") setState("ready");
      break;
    case "error":
      window.tabllm.lifecycle.push({ type: m.type, message: m.message, fatal: Boolean(m.fatal) });
      if (current) {
        // the reply broke off: the engine's conversation keeps it as far as it went (web.py), or
        // without a token, not the question either
        if (window.tabllm.tokens > 0) current.classList.add("interrupted");
        else { current.remove(); asked.classList.add("unanswered"); }
        current = null;
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

$("composer").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("input").value.trim();
  if (!text || document.body.dataset.state !== "ready") return;
  $("input").value = "";
  $("error").hidden = true;
  asked = addMessage("user", text);
  current = addMessage("assistant", "");
  window.tabllm.tokens = 0;
  setState("generating");
  const options = samplerOptions();
  worker.postMessage({ type: "chat", text, options });
});
$("input").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("composer").requestSubmit(); }
});
$("stop").addEventListener("click", () => worker.postMessage({ type: "stop" }));
$("new-chat").addEventListener("click", () => {
  worker.postMessage({ type: "reset" });
  $("messages").replaceChildren();
  $("stats").textContent = "";
});

// The service worker keeps the page's own files for a reload with the network cut (site/sw.js).
window.tabllm.serviceWorker = navigator.serviceWorker?.register("sw.js").catch((e) => { console.warn("no service worker:", e); });
// Ask the browser to keep the cached model under storage pressure (best effort).
navigator.storage?.persist?.().catch(() => {});
setState("loading");
