// The teaching page: UI only. The model runs in the chat page's worker (js/worker.mjs), asked through its
// "lab" requests (web.py Lab): the prompt's tokens, one generation step with its next-token distribution, that
// step redrawn under other sampler settings, inside the model at that step's position (attention, logit lens),
// one decode step timed, and the Python cells' code.

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const workerUrl = new URL("js/worker.mjs", import.meta.url);
// learn=1: GPU timestamps where the adapter offers them (the time view), and the plan's debug phases (inside view)
workerUrl.searchParams.set("learn", "1");
if (params.get("profile")) workerUrl.searchParams.set("profile", params.get("profile")); // (tests)
// ?device=wasm: the kernels as WebAssembly on the CPU even where WebGPU works (as the chat page)
if (params.get("device")) workerUrl.searchParams.set("device", params.get("device"));

// For tests and curious users: the worker's ready message and the last answer of each view.
window.tabllm = { ready: null, gpu: null, tokens: null, step: null, redraw: null, redraws: 0, profile: null, inside: null,
  insideMs: null, cells: [], restarts: 0, worker: null };

// --- requests to the worker's Lab: one promise per request, answered by id --------------------------------
let nextId = 1;
const pending = new Map();
function lab(op, fields = {}) {
  const id = nextId++;
  window.tabllm.worker.postMessage({ type: "lab", id, op, ...fields });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

const setBusy = (busy) => { for (const id of ["step", "restart", "time"]) $(id).disabled = busy || !window.tabllm.ready; };

// How a token's text is shown: spaces and new lines made visible, nothing else changed.
const visible = (text) => text.replace(/ /g, "·").replace(/\n/g, "↵").replace(/\t/g, "⇥") || "∅";

// --- 1. tokens, as the user types --------------------------------------------------------------------------
let promptIds = [];
let tokensAsked = 0; // the latest request: answers to older ones are dropped
let tokensTimer = 0;

async function refreshTokens() {
  const asked = ++tokensAsked;
  const answer = await lab("tokens", { text: $("prompt").value, chat: $("chat-template").checked }).catch((e) => ({ error: e.message }));
  if (asked !== tokensAsked) return;
  const box = $("tokens");
  box.replaceChildren();
  if (answer.error) {
    $("token-count").textContent = answer.error;
    promptIds = [];
    setBusy(false);
    return;
  }
  window.tabllm.tokens = answer.tokens;
  promptIds = answer.tokens.map((t) => t.id);
  $("token-count").textContent = `${promptIds.length} tokens`;
  for (const t of answer.tokens) {
    const span = document.createElement("span");
    span.className = "tok" + (t.special ? " special" : "");
    span.title = t.special ? `control token ${t.id}` : `token ${t.id}`;
    const text = document.createElement("span");
    text.className = "tok-text";
    text.textContent = visible(t.text);
    const id = document.createElement("span");
    id.className = "tok-id";
    id.textContent = t.id;
    span.append(text, id);
    box.append(span);
  }
  restart();
}

function tokensSoon() {
  clearTimeout(tokensTimer);
  tokensTimer = setTimeout(refreshTokens, 120); // (one request per pause in typing, not per key)
}

// --- 2. the next token ---------------------------------------------------------------------------------------
let generated = []; // tokens the steps picked after the prompt: [{id, text}]

function settings() {
  const s = { temperature: Number($("temperature").value), top_k: Number($("top_k").value), top_p: Number($("top_p").value) };
  const seed = $("seed").value.trim();
  if (seed !== "") s.seed = Number(seed);
  return s;
}

function showSliderValues() {
  const s = settings();
  $("temperature-value").textContent = s.temperature === 0 ? "0 (greedy)" : s.temperature.toFixed(2);
  $("top_k-value").textContent = s.top_k === 0 ? "off" : String(s.top_k);
  $("top_p-value").textContent = s.top_p >= 1 ? "off" : s.top_p.toFixed(2);
}

function restart() {
  generated = [];
  $("continuation").textContent = "";
  $("candidates").replaceChildren();
  $("step-info").textContent = promptIds.length ? "Press “Next token”: the model reads the prompt and picks one token." : "";
  window.tabllm.step = null;
  clearInside("Press “Next token” first: this view shows the position whose next token that step picked.");
}

function renderView(view, picked) {
  const list = $("candidates");
  list.replaceChildren();
  const top = Math.max(...view.candidates.map((c) => Math.max(c.prob, c.raw_prob)), 1e-9);
  for (const c of view.candidates) {
    const li = document.createElement("li");
    li.className = "cand" + (c.id === view.token ? " chosen" : "") + (c.special ? " special" : "");
    li.dataset.id = c.id;
    const label = document.createElement("span");
    label.className = "cand-text";
    label.textContent = visible(c.text);
    const id = document.createElement("span");
    id.className = "cand-id";
    id.textContent = c.id;
    const bar = document.createElement("span");
    bar.className = "bar";
    const raw = document.createElement("span");
    raw.className = "bar-raw";
    raw.style.width = `${(100 * c.raw_prob) / top}%`;
    const fill = document.createElement("span");
    fill.className = "bar-fill";
    fill.style.width = `${(100 * c.prob) / top}%`;
    bar.append(raw, fill);
    const pct = document.createElement("span");
    pct.className = "cand-prob";
    pct.textContent = c.prob > 0 ? `${(100 * c.prob).toFixed(c.prob < 0.001 ? 3 : 1)}%` : "cut";
    li.append(label, id, bar, pct);
    if (c.id === view.token) li.setAttribute("aria-label", `picked: ${c.text}`);
    list.append(li);
  }
  const shown = view.candidates.some((c) => c.id === view.token);
  const now = view.token_prob > 0 ? `${(100 * view.token_prob).toFixed(1)}% under the sliders' settings` : "cut under the sliders' settings";
  $("step-info").textContent = `Position ${picked.position}: the GPU sampler picked ${JSON.stringify(view.token_text)} (id ${view.token}) ` +
    `at the step's settings; ${now}${shown ? "" : " (outside the list)"}. ${view.kept} token${view.kept === 1 ? "" : "s"} keep a chance.`;
}

async function step() {
  if (!promptIds.length) return;
  setBusy(true);
  showError("");
  $("step-info").textContent = generated.length ? "Running one step…" : "Reading the prompt and running one step…";
  try {
    const view = await lab("step", { ids: [...promptIds, ...generated.map((g) => g.id)], settings: settings() });
    window.tabllm.step = { ...view, settings: settings(), prompt: [...promptIds, ...generated.map((g) => g.id)] };
    renderView(view, view);
    generated.push({ id: view.token, text: view.token_text });
    $("continuation").textContent = "Continuation so far: " + generated.map((g) => g.text).join("");
    clearInside("");
  } catch (e) {
    showError(e.message);
  } finally {
    setBusy(false);
  }
  if ($("inside-details").open) inside();
}

// Slider moves redraw the last step; one redraw in flight at a time, the latest settings next.
let redrawing = false, redrawAgain = false;
async function redraw() {
  showSliderValues();
  if (!window.tabllm.step) return;
  if (redrawing) { redrawAgain = true; return; }
  redrawing = true;
  try {
    do {
      redrawAgain = false;
      const asked = settings();
      const view = await lab("redraw", { settings: asked });
      window.tabllm.redraw = { ...view, settings: asked };
      window.tabllm.redraws += 1;
      renderView(view, window.tabllm.step);
    } while (redrawAgain);
  } catch (e) {
    showError(e.message);
  } finally {
    redrawing = false;
  }
}

// --- 3. inside the model: attention rows and the logit lens of the step's position ------------------------------
// Asked only while the view is open (a debug run of one position: the normal steps never run it).
let insideShown = null; // the step whose position the view shows

function clearInside(message) {
  insideShown = null;
  window.tabllm.inside = null;
  $("inside-body").hidden = true;
  $("inside-info").textContent = message;
}

async function inside() {
  const step = window.tabllm.step;
  if (!step || insideShown === step) return;
  insideShown = step;
  $("inside-info").textContent = "Running the position through the model's debug phase…";
  try {
    const started = performance.now();
    const view = await lab("inside");
    if (window.tabllm.step !== step) return; // (a newer step: its own request follows)
    // the debug pass and the lens, worker round trip included (benchmarks/page_inside.py reads it)
    window.tabllm.insideMs = performance.now() - started;
    window.tabllm.inside = view;
    if (view.unavailable) {
      $("inside-info").textContent = view.unavailable;
      return;
    }
    renderInside(view, step);
  } catch (e) {
    insideShown = null;
    $("inside-info").textContent = "";
    showError(e.message);
  }
}

function options(select, count, label, chosen) {
  select.replaceChildren(...Array.from({ length: count }, (_, i) => new Option(label(i), String(i), false, i === chosen)));
}

function renderInside(view, step) {
  const at = view.tokens[view.position];
  $("inside-info").textContent = `Position ${view.position}, the token ${JSON.stringify(at.text)} (id ${at.id}): ` +
    `the model reads it and predicts the next token. ${view.layers} layers of ${view.heads} attention heads ` +
    `(looked inside in ${Math.round(window.tabllm.insideMs)} ms).`;
  const layer = Math.min(Number($("attn-layer").value || view.layers - 1), view.layers - 1);
  options($("attn-layer"), view.layers, (i) => `layer ${i + 1}`, layer);
  options($("attn-head"), view.heads, (i) => `head ${i + 1}`, Math.min(Number($("attn-head").value || 0), view.heads - 1));
  renderAttention();
  const body = $("lens-table").tBodies[0];
  body.replaceChildren();
  for (const row of view.lens) {
    const tr = document.createElement("tr");
    if (row.id === view.final) tr.className = "final-pick";
    for (const cell of [row.layer === 0 ? "embedding" : `layer ${row.layer}`, visible(row.text),
      `${(100 * row.prob).toFixed(1)}%`, `${(100 * row.final_prob).toFixed(1)}%`]) {
      const td = document.createElement("td");
      td.textContent = cell;
      tr.append(td);
    }
    tr.title = `token ${row.id}`;
    body.append(tr);
  }
  $("inside-body").hidden = false;
}

// The chosen layer's heads as a heatmap (rows: heads, columns: positions 0 .. p), the chosen head as bars.
function renderAttention() {
  const view = window.tabllm.inside;
  if (!view || view.unavailable) return;
  const layer = Number($("attn-layer").value), head = Number($("attn-head").value);
  const rows = view.attention[layer];
  const map = $("attn-heads");
  map.style.gridTemplateColumns = `auto repeat(${view.position + 1}, 0.75rem)`;
  map.replaceChildren();
  rows.forEach((probs, h) => {
    const row = document.createElement("div");
    row.className = "hm-row" + (h === head ? " picked" : "");
    row.dataset.head = h;
    const label = document.createElement("span");
    label.className = "hm-label";
    label.textContent = `h${h + 1}`;
    row.append(label);
    probs.forEach((p, j) => {
      const cell = document.createElement("span");
      cell.className = "hm-cell";
      const shade = `rgba(47, 95, 184, ${Math.sqrt(p).toFixed(3)})`; // (square root: small weights stay visible)
      cell.style.background = `linear-gradient(${shade}, ${shade}), #eef0f5`;
      cell.title = `head ${h + 1} → ${visible(view.tokens[j].text)} (position ${j}): ${(100 * p).toFixed(1)}%`;
      row.append(cell);
    });
    row.addEventListener("click", () => { $("attn-head").value = String(h); renderAttention(); });
    map.append(row);
  });
  const list = $("attn-row");
  list.replaceChildren();
  const probs = rows[head];
  const top = Math.max(...probs, 1e-9);
  probs.forEach((p, j) => {
    const t = view.tokens[j];
    const li = document.createElement("li");
    li.className = "cand" + (j === view.position ? " chosen" : "") + (t.special ? " special" : "");
    const text = document.createElement("span");
    text.className = "cand-text";
    text.textContent = visible(t.text);
    const pos = document.createElement("span");
    pos.className = "cand-id";
    pos.textContent = j;
    const bar = document.createElement("span");
    bar.className = "bar";
    const fill = document.createElement("span");
    fill.className = "bar-fill";
    fill.style.width = `${(100 * p) / top}%`;
    bar.append(fill);
    const pct = document.createElement("span");
    pct.className = "cand-prob";
    pct.textContent = `${(100 * p).toFixed(1)}%`;
    li.append(text, pos, bar, pct);
    list.append(li);
  });
}

// --- 4. time -------------------------------------------------------------------------------------------------
async function time() {
  setBusy(true);
  showError("");
  $("time-method").textContent = window.tabllm.step ? "Timing…" : "Running one step first, then timing the decode step after it…";
  try {
    if (!window.tabllm.step) await step();
    const p = await lab("profile", { method: $("time-how").value });
    window.tabllm.profile = p;
    const how = p.method === "timestamp-query"
      ? "GPU timestamps (WebGPU 'timestamp-query'): each dispatch in a compute pass of its own; browsers may coarsen them (a privacy measure), so read small values as approximate."
      : p.method === "cpu-clock"
      ? "WebAssembly on the CPU: each kernel runs inside its call, timed by the worker's clock (performance.now, which browsers coarsen a little)."
      : (window.tabllm.gpu?.timestamps ? "Timed on the host (chosen above): " : "This GPU offers no 'timestamp-query', so timed on the host: ") +
        `each dispatch submitted alone, from the submit until the GPU said it was done, less an empty submit's round trip (${p.baseline_ms.toFixed(3)} ms). ` +
        "Queue and callback latency stay in: small kernels look slower than they are.";
    $("time-method").textContent = `${p.dispatches} dispatches of phase ${p.phase} at position ${p.position}: ${p.ms.toFixed(2)} ms, ` +
      `${(p.bytes / 2 ** 20).toFixed(1)} MiB bound for reading. ${how} MiB read: the sizes of the buffers each kernel binds for ` +
      "reading (whole buffers: the KV cache counts in full).";
    const body = $("time-table").tBodies[0];
    body.replaceChildren();
    for (const t of p.totals) {
      const tr = document.createElement("tr");
      for (const cell of [t.kernel, t.count, t.ms.toFixed(3), p.ms > 0 ? `${((100 * t.ms) / p.ms).toFixed(1)}%` : "–",
        (t.bytes / 2 ** 20).toFixed(2)]) {
        const td = document.createElement("td");
        td.textContent = cell;
        tr.append(td);
      }
      body.append(tr);
    }
  } catch (e) {
    showError(e.message);
    $("time-method").textContent = "";
  } finally {
    setBusy(false);
  }
}

// --- 5. Python cells: PyScript's editors, run in the worker's interpreter ------------------------------------
// py-editor would start a Pyodide of its own in another worker, which cannot reach this model. Its
// handleEvent hook (returning false stops PyScript's own run) sends the cell's code to the engine's worker.
function hookEditor(script) {
  if (script.dataset.hooked) return;
  script.dataset.hooked = "1";
  script.handleEvent = async (event) => {
    const out = document.getElementById(script.getAttribute("output"));
    const button = event.currentTarget;
    button?.setAttribute("aria-busy", "true");
    out.textContent = window.tabllm.ready ? "running… " : "The model is still loading: run the cell again once it is ready.";
    if (window.tabllm.ready) {
      const stop = document.createElement("button");
      stop.type = "button";
      stop.className = "cell-stop";
      stop.textContent = "■ Stop";
      const running = {};
      cellsInFlight.add(running);
      stop.addEventListener("click", () => stopCell(running));
      out.append(stop);
      try {
        const result = await lab("code", { code: event.code });
        cellEnded(running);
        out.replaceChildren(document.createTextNode(result.output));
        if (result.error) {
          const err = document.createElement("span");
          err.className = "cell-error";
          err.textContent = result.error;
          out.append(err);
        }
        window.tabllm.cells.push({ cell: script.getAttribute("output"), ...result });
      } catch (e) {
        cellEnded(running);
        out.textContent = e.message;
        window.tabllm.cells.push({ cell: script.getAttribute("output"), output: "", error: e.message });
      }
    }
    button?.removeAttribute("aria-busy");
    return false;
  };
  // PyScript focuses every editor it makes: the page stays where the reader is
  if (!userMoved) {
    $("prompt").focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

let userMoved = false;
for (const event of ["keydown", "pointerdown", "wheel", "touchstart"]) addEventListener(event, () => { userMoved = true; }, { once: true, capture: true });
document.addEventListener("py-editor", (event) => hookEditor(event.target));

// --- stopping a cell that runs too long ----------------------------------------------------------------------
// The worker's event loop waits while its Python runs, so no message reaches it then. Where the page is
// cross-origin isolated (tabllm serve sends the headers), a SharedArrayBuffer shared with the worker is Pyodide's
// interrupt buffer: Stop writes 2 (SIGINT) into it and the cell ends with a KeyboardInterrupt, the model and the
// cells' names kept. Elsewhere, or when the cell does not end within STOP_GRACE_MS (a long loop inside one C call
// checks no signal), Stop ends the worker and a new one loads the model again (its weights from the browser's cache).
const interrupt = self.crossOriginIsolated ? new Uint8Array(new SharedArrayBuffer(1)) : null; // (Pyodide's form)
const STOP_GRACE_MS = 3000;
const STOPPED = "Stopped: the model's worker was ended and starts again (names the cells defined are gone; the weights " +
  "load from the browser's cache).";
const cellsInFlight = new Set(); // a token per cell sent and not yet answered (the worker runs them one at a time)

function stopCell(running) {
  if (!cellsInFlight.has(running)) return;
  if (!interrupt) {
    restartWorker(STOPPED);
    return;
  }
  Atomics.store(interrupt, 0, 2);
  setTimeout(() => { if (cellsInFlight.has(running)) restartWorker(STOPPED); }, STOP_GRACE_MS);
}

function cellEnded(running) {
  cellsInFlight.delete(running);
  if (interrupt) Atomics.store(interrupt, 0, 0); // (a Stop that came as the cell ended must not hit the next request)
}

// --- the worker: started with the page, started again when a stopped cell would not end -------------------------
function startWorker() {
  const worker = new Worker(workerUrl, { type: "module" });
  worker.onmessage = onWorkerMessage;
  if (interrupt) worker.postMessage({ type: "interrupt-buffer", buffer: interrupt }); // (shared, not copied)
  window.tabllm.worker = worker;
}

function restartWorker(reason) {
  window.tabllm.worker.terminate();
  cellsInFlight.clear();
  if (interrupt) Atomics.store(interrupt, 0, 0);
  for (const p of pending.values()) p.reject(new Error(reason));
  pending.clear();
  window.tabllm.ready = null;
  window.tabllm.restarts += 1;
  document.body.dataset.state = "loading";
  $("status").textContent = "Starting the model again…";
  setBusy(true);
  restart();
  startWorker();
}

function onWorkerMessage({ data: m }) {
  switch (m.type) {
    case "status":
      $("status").textContent = m.text;
      break;
    case "gpu":
      window.tabllm.gpu = m;
      $("gpu-info").textContent = `GPU: ${m.adapter} · ${m.timestamps ? "timestamp-query" : "no timestamp-query"}`;
      if (!m.timestamps) {  // the host's round trips are the only clock this device has
        $("time-how").value = "host";
        $("time-how").querySelector("option[value=auto]").disabled = true;
      }
      break;
    case "progress": {
      const pct = m.totalBytes ? (100 * m.bytes) / m.totalBytes : 0;
      $("progress").value = pct;
      $("progress-text").textContent = `weights: shard ${m.shard + 1}/${m.shards}, ${pct.toFixed(0)}%`;
      break;
    }
    case "ready":
      window.tabllm.ready = m;
      document.body.dataset.state = "ready";
      $("model-info").textContent = `model: ${m.model}`;
      setBusy(false);
      refreshTokens();
      break;
    case "lab-result": {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve(m.result);
      break;
    }
    case "error":
      if (m.fatal) document.body.dataset.state = "error";
      showError(m.message);
      break;
    case "recovering":
      showError(m.message);
      break;
    // the chat's messages (cache-failed, ...) are not this page's business
  }
}

$("prompt").addEventListener("input", tokensSoon);
$("chat-template").addEventListener("change", refreshTokens);
for (const id of ["temperature", "top_k", "top_p"]) $(id).addEventListener("input", redraw);
$("step").addEventListener("click", step);
$("restart").addEventListener("click", restart);
$("time").addEventListener("click", time);
$("inside-details").addEventListener("toggle", () => { if ($("inside-details").open) inside(); });
for (const id of ["attn-layer", "attn-head"]) $(id).addEventListener("change", renderAttention);
showSliderValues();
startWorker();
