// tabllm's OpenAI-shaped API for JavaScript pages, with no Python to write: the engine (Pyodide +
// tabllm + WebGPU) runs in a module worker (worker.mjs) and every request goes to the same Python code
// as engine.chat.completions in CPython (tabllm/api). Only JSON crosses the worker boundary.
//
//   import { TabllmEngine } from "./js/tabllm.mjs";
//   const engine = await TabllmEngine.create({ onProgress: (p) => console.log(p.percent) });
//   const reply = await engine.chat.completions.create({ messages: [{ role: "user", content: "Hi" }] });
//   for await (const chunk of await engine.chat.completions.create({ messages, stream: true }))
//     out.textContent += chunk.choices[0]?.delta?.content ?? "";
//   const { data } = await engine.embeddings.create({ input: ["a sentence", "another"] });
//   engine.interruptGenerate();   // the running request ends within one token
//
// Requests run one at a time, in call order. A bad request rejects with an APIError carrying OpenAI's
// error body (status, type, param), as the HTTP server would answer it.

export class APIError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `request failed (${status})`);
    this.name = "APIError";
    this.status = status;
    this.error = body?.error ?? null;
    this.param = this.error?.param ?? null;
    this.type = this.error?.type ?? null;
  }
}

export class TabllmEngine {
  #worker;
  #queue = Promise.resolve(); // requests run one after another
  #listener = null; // the running request's message handler

  constructor(worker, ready) {
    this.#worker = worker;
    this.ready = ready; // the worker's ready message: model, load time, shards from cache
    this.chat = { completions: { create: (body) => this.#request("chat", body) } };
    this.completions = { create: (body) => this.#request("text", body) };
    this.embeddings = { create: (body) => this.#request("embeddings", body) };
    worker.addEventListener("message", (event) => this.#listener?.(event.data));
  }

  /** Start the worker, load the model (from the browser cache after the first time), resolve when ready.
   * onProgress({percent, bytes, totalBytes, file, shard, shards, again}): the weights' download (`again`:
   * why a shard is downloaded again); onStatus(text): the loading steps. */
  static create({ onProgress = null, onStatus = null, workerUrl = new URL("./worker.mjs", import.meta.url) } = {}) {
    const worker = new Worker(workerUrl, { type: "module" });
    return new Promise((resolve, reject) => {
      const onMessage = (event) => {
        const m = event.data;
        if (m.type === "progress") onProgress?.({ ...m, percent: m.totalBytes ? (100 * m.bytes) / m.totalBytes : 0 });
        else if (m.type === "status") onStatus?.(m.text);
        else if (m.type === "ready") {
          worker.removeEventListener("message", onMessage);
          resolve(new TabllmEngine(worker, m));
        } else if (m.type === "error" && m.fatal) {
          worker.removeEventListener("message", onMessage);
          worker.terminate();
          reject(new Error(m.message));
        }
      };
      worker.addEventListener("message", onMessage);
    });
  }

  /** Stop the running request between two tokens (its stream ends, finish_reason stays unset). */
  interruptGenerate() {
    this.#worker.postMessage({ type: "stop" });
  }

  /** Free the GPU and the worker. */
  unload() {
    this.#worker.terminate();
  }

  #request(kind, body) {
    if (body?.stream) return Promise.resolve(this.#stream(kind, body));
    const result = this.#queue.then(() => this.#run(kind, body, null));
    this.#queue = result.catch(() => {});
    return result;
  }

  // One request in the worker: chunks go to onChunk (streaming) or the result resolves it.
  #run(kind, body, onChunk) {
    return new Promise((resolve, reject) => {
      let result = null;
      this.#listener = (m) => {
        if (m.type === "api-chunk") onChunk?.(m.chunk);
        else if (m.type === "api-result") result = m.result;
        else if (m.type === "api-done") { this.#listener = null; resolve(result); }
        else if (m.type === "api-error") { this.#listener = null; reject(new APIError(m.status, m.error)); }
        else if (m.type === "error" && m.fatal) { this.#listener = null; reject(new Error(m.message)); }
      };
      this.#worker.postMessage({ type: "api", kind, body });
    });
  }

  // A stream: an async iterator of chunks, fed by the worker's messages as they come.
  #stream(kind, body) {
    const chunks = [];
    let wake = null;
    let finished = false;
    let failure = null;
    const notify = () => { wake?.(); wake = null; };
    const run = this.#queue.then(() => this.#run(kind, body, (chunk) => { chunks.push(chunk); notify(); }));
    this.#queue = run.catch(() => {});
    run.then(() => { finished = true; notify(); }, (err) => { failure = err; finished = true; notify(); });
    const engine = this;
    return {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            if (chunks.length) yield chunks.shift();
            else if (failure) throw failure;
            else if (finished) return;
            else await new Promise((r) => { wake = r; });
          }
        } finally {
          if (!finished) engine.interruptGenerate(); // the caller stopped reading: stop generating
        }
      },
    };
  }
}
