// Model files for the page: fetched with progress, checked against the size and sha256 their index
// gives before they are used or cached, cached by content (the Cache API key carries the sha256, so a
// new model never reuses stale bytes), and weight shards written straight into GPU buffers: the bytes
// never become Python objects. The size is checked while the bytes arrive, from the network or the
// cache alike: a body that passes it is cancelled there, never read in full.

export const CACHE_NAME = "tabllm-model-v1";
const SIZE_HEADER = "X-Tabllm-Bytes"; // on each cached entry: its size, for the page's storage panel
const DOWNLOADS = 2; // tries of a file whose download fails or is damaged (a flaky link, a proxy's hiccup)

export class ModelFileError extends Error {}

async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function openCache() {
  try {
    return await caches.open(CACHE_NAME);
  } catch {
    return null; // no Cache API (e.g. an opaque origin, or node): run uncached
  }
}

// The body of `response`, which must be file.size bytes with sha256 file.sha256: {data} (an ArrayBuffer)
// or {problem} (what is wrong with it, for the message). Read into one buffer of that size as it arrives,
// reporting onBytes(bytes so far); a body announced or arriving longer than that is cancelled at once.
async function readChecked(response, file, onBytes) {
  const announced = response.headers.get("Content-Length");
  const encoding = response.headers.get("Content-Encoding"); // (then Content-Length counts the encoded bytes)
  if (announced !== null && (!encoding || encoding === "identity") && Number(announced) !== file.size) {
    await response.body?.cancel();
    return { problem: `${announced} bytes announced, ${file.size} expected` };
  }
  const out = new Uint8Array(file.size);
  let received = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.byteLength > file.size) {
        await reader.cancel();
        return { problem: `more than the ${file.size} bytes expected, the download was stopped there` };
      }
      out.set(value, received);
      received += value.byteLength;
      onBytes(received);
    }
  }
  if (received < file.size) return { problem: `${received} bytes, ${file.size} expected` };
  const actual = await sha256Hex(out.buffer);
  if (actual !== file.sha256) return { problem: `sha256 ${actual}, expected ${file.sha256}` };
  return { data: out.buffer };
}

// One download of url: {data}, {problem} (damaged bytes) or {network} (no complete answer: the server
// unreachable, the connection broken off mid-body). An HTTP error status throws.
async function download(url, file, onBytes) {
  let response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (e) {
    return { network: e.message };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ModelFileError(`${file.path}: HTTP ${response.status} from ${url}`);
  }
  try {
    return await readChecked(response, file, onBytes);
  } catch (e) {
    return { network: e.message };
  }
}

// The bytes of one model file {path, size, sha256}, from the cache or the network, always checked.
// A cached entry that fails the check is dropped (events.cacheDropped(problem)) and downloaded again;
// a download that fails or fails the check is tried once more (events.retry(attempt, problem)), then
// this throws a ModelFileError naming the file. Only checked bytes are ever cached.
export async function fetchVerified(baseUrl, file, onBytes = () => {}, events = {}) {
  const url = new URL(file.path, baseUrl).href;
  const key = `${url}?sha256=${file.sha256}`;
  const cache = await openCache();
  if (cache) {
    const hit = await cache.match(key);
    if (hit) {
      const got = await readChecked(hit, file, onBytes);
      if (got.data) {
        events.fromCache?.();
        return got.data;
      }
      events.cacheDropped?.(got.problem);
      await cache.delete(key);
    }
  }
  let got = null;
  for (let attempt = 1; attempt <= DOWNLOADS; attempt++) {
    got = await download(url, file, onBytes);
    if (got.data) {
      if (cache) {
        try {
          await cache.put(key, new Response(got.data, {
            headers: { "Content-Type": "application/octet-stream", [SIZE_HEADER]: String(file.size) } }));
        } catch (e) {
          events.cacheFailed?.(e, file); // quota exceeded (QuotaExceededError): keep going uncached, said to the user
        }
      }
      return got.data;
    }
    if (attempt < DOWNLOADS) events.retry?.(attempt, got.problem ?? `the download failed (${got.network})`);
  }
  if (got.problem) {
    throw new ModelFileError(`${file.path} is corrupt on the server (downloaded ${DOWNLOADS} times): ${got.problem}. ` +
      `Rebuild the site (tabllm build-site) or re-upload the model folder.`);
  }
  throw new ModelFileError(`${file.path} could not be downloaded (tried ${DOWNLOADS} times: ${got.network}). ` +
    `Check the connection and reload the page.`);
}

// Bytes [dest, dest + nbytes) of tensor p.name, at p.offset in a shard, into the GPU: into the tensor's
// buffer, or, for a tensor split into row parts (gpu_parts: [[buffer, first byte, bytes], ...], from
// tabllm.split), into each part buffer the range overlaps.
export function writeTensorPiece(bridge, parts, p, shard) {
  if (!parts) return bridge.writeWeight(p.name, shard, p.offset, p.nbytes, p.dest);
  for (const [buffer, start, nbytes] of parts) {
    const lo = Math.max(p.dest, start);
    const hi = Math.min(p.dest + p.nbytes, start + nbytes);
    if (lo < hi) bridge.writeWeight(buffer, shard, p.offset + (lo - p.dest), hi - lo, lo - start);
  }
  return true;
}

// The weight shards of `index`, read in order (from the cache or the network, checked: fetchVerified) ahead
// of their use: the worker starts one as soon as the model's index is known, so that the reads overlap
// Python's start and the pipelines' compiling, and hands it to loadWeights once the GPU buffers exist.
// At most aheadBytes of shards read but not yet taken are held in memory (one shard at least), so a large
// model is never held whole. onProgress gets loadWeights' progress messages as the bytes arrive.
export class ShardReader {
  #slots;
  #held = 0; // bytes of shards being read or read and not yet taken
  #wake = null;

  constructor(modelUrl, index, { aheadBytes = 0, onProgress = () => {}, onCacheFailed = () => {} } = {}) {
    this.shards = index.shards;
    this.aheadBytes = aheadBytes;
    this.totalBytes = index.shards.reduce((n, s) => n + s.size, 0);
    this.fromCache = 0;
    this.#slots = index.shards.map(() => {
      const slot = {};
      slot.data = new Promise((resolve, reject) => Object.assign(slot, { resolve, reject }));
      slot.data.catch(() => {}); // (a failure is thrown to whoever takes that shard)
      return slot;
    });
    this.done = this.#read(modelUrl, onProgress, onCacheFailed); // every shard read, or the first failure thrown
  }

  // Whether this reader reads the shards of `index` (the same files, the same bytes).
  reads(index) {
    return index.shards.length === this.shards.length
      && index.shards.every((s, i) => s.file === this.shards[i].file && s.sha256 === this.shards[i].sha256);
  }

  async #read(modelUrl, onProgress, onCacheFailed) {
    let done = 0;
    for (const [i, shard] of this.shards.entries()) {
      while (this.#held > 0 && this.#held + shard.size > this.aheadBytes) await new Promise((resolve) => { this.#wake = resolve; });
      this.#held += shard.size;
      const report = (shardBytes, again = undefined) => onProgress({
        file: shard.file, shard: i, shards: this.shards.length, bytes: done + shardBytes, totalBytes: this.totalBytes,
        shardBytes, shardSize: shard.size, again,
      });
      const again = (problem) => report(0, problem);
      try {
        const data = await fetchVerified(modelUrl, { path: `weights/${shard.file}`, size: shard.size, sha256: shard.sha256 },
          report, { fromCache: () => { this.fromCache += 1; }, retry: (attempt, problem) => again(problem), cacheDropped: again,
            cacheFailed: onCacheFailed });
        done += shard.size;
        report(0);
        this.#slots[i].resolve(data);
      } catch (e) {
        this.#slots[i].reject(e);
        throw e; // (the shards after it are never taken: loadWeights stops at this one)
      }
    }
  }

  // Shard i's bytes (an ArrayBuffer), once read; taking it makes room for the reads after it.
  async take(i) {
    const data = await this.#slots[i].data;
    this.#slots[i] = null; // (the bytes are the caller's now: not held here as well)
    this.#held -= this.shards[i].size;
    this.#wake?.();
    this.#wake = null;
    return data;
  }
}

// Load every weight shard of `index` (weights/index.json, plus gpu_parts: see writeTensorPiece) into
// the bridge's buffers, from `reader` (a ShardReader of the same shards started earlier) or read here one
// after another. A lost device takes writes without a word, so the bridge is asked between shards
// (bridge.throwIfLost): a loss stops the load there, the shards fetched so far being cached.
// onProgress({file, shard, shards, bytes, totalBytes, shardBytes, shardSize, again}): `again` says why
// a shard is being downloaded again (a damaged download or cache entry).
export async function loadWeights(bridge, modelUrl, index, onProgress = () => {}, onCacheFailed = () => {}, reader = null) {
  // A tensor lies whole in one shard, or (past the shard limit) in row-range "parts" in order.
  const byShard = index.shards.map(() => []);
  for (const [name, t] of Object.entries(index.tensors)) {
    let dest = 0;
    for (const part of t.parts || [t]) {
      byShard[part.shard].push({ name, offset: part.offset, nbytes: part.nbytes, dest });
      dest += part.nbytes;
    }
  }
  if (!reader?.reads(index)) reader = new ShardReader(modelUrl, index, { onProgress, onCacheFailed });
  for (const i of index.shards.keys()) {
    const data = await reader.take(i);
    bridge.throwIfLost?.();
    for (const p of byShard[i]) writeTensorPiece(bridge, index.gpu_parts?.[p.name], p, data);
  }
  return { shards: index.shards.length, fromCache: reader.fromCache, totalBytes: reader.totalBytes };
}

// What the model cache holds, per model: [{base (the model folder's URL), files, bytes}], for the page's
// storage panel. A model's files are keyed under its folder (weights/ shards under it too).
export async function storedModels() {
  const cache = await openCache();
  if (!cache) return [];
  const models = new Map();
  for (const request of await cache.keys()) {
    const path = new URL(request.url);
    path.search = "";
    const href = path.href;
    const at = href.lastIndexOf("/weights/");
    const base = at >= 0 ? href.slice(0, at + 1) : href.slice(0, href.lastIndexOf("/") + 1);
    const response = await cache.match(request);
    const bytes = Number(response?.headers.get(SIZE_HEADER)) || (response ? (await response.blob()).size : 0);
    const model = models.get(base) ?? { base, files: 0, bytes: 0 };
    model.files += 1;
    model.bytes += bytes;
    models.set(base, model);
  }
  return [...models.values()].sort((a, b) => a.base.localeCompare(b.base));
}

// Drop every cached file of the model at `base` (a storedModels() base); returns how many were dropped.
export async function deleteStoredModel(base) {
  const cache = await openCache();
  if (!cache) return 0;
  let dropped = 0;
  for (const request of await cache.keys()) {
    const href = request.url;
    if (href.startsWith(base) && (await cache.delete(request))) dropped += 1;
  }
  return dropped;
}

// ---- Models besides the site's default: the fit check, a model folder given by its URL ----

const MiB = (n) => `${(n / 2 ** 20).toFixed(1)} MiB`;

// Why `model` cannot run on an adapter with `limits` ({maxStorageBufferBindingSize, maxBufferSize}: the
// bridge's info()), or null where it can. model: a tabllm-site.json "models" entry or a URL model's summary
// (registry.model_summary: min_binding_bytes is the largest binding it needs once its matrices above the
// binding limit are split into row parts, as the plan does; gpu_bytes every buffer). Browsers tell no GPU
// memory size, so gpu_bytes is only checked against the largest buffer the device allows at all when one
// buffer would have to hold it (it never does: shown to the user instead).
export function modelFitProblem(model, limits) {
  const problems = [];
  for (const name of ["maxStorageBufferBindingSize", "maxBufferSize"]) {
    const limit = limits?.[name];
    if (limit && model.min_binding_bytes > limit) {
      problems.push(`it needs a GPU buffer of ${MiB(model.min_binding_bytes)} that cannot be split (a layer's KV cache ` +
        `or scratch at a ${model.context}-token context, or ${64} rows of a weight matrix), above this adapter's ${name} of ${MiB(limit)}`);
    }
  }
  return problems.length ? `${model.name} cannot run on this device: ${problems.join("; ")}.` : null;
}

const MODEL_META = ["config.json", "tokenizer.json", "weights/index.json"];
const META_LIMIT = 256 * 2 ** 20; // a model folder's small files: a larger answer is no model folder's

// The folder URL of a model the user gave by its address (absolute, or relative to `base`), ending in "/":
// a ModelFileError for anything that is no http(s) address.
export function modelFolderUrl(text, base) {
  const given = String(text ?? "").trim();
  let url = null;
  try {
    url = new URL(given, base);
  } catch { /* below */ }
  if (!given || !url || !/^https?:$/.test(url.protocol)) {
    throw new ModelFileError(`“${given}” is not a model folder's address: give an http(s) URL of a folder holding ` +
      `${MODEL_META.join(", ")} and the weight shards (what tabllm convert writes), e.g. https://example.org/models/smollm2/`);
  }
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

// One small file of a model folder given by URL: the network first (these have no hashes to check them
// against, so a copy is never trusted over the server), the cached copy when the server cannot be reached.
async function fetchFolderFile(base, path, cache) {
  const url = new URL(path, base).href;
  let response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (e) {
    const kept = await cache?.match(url);
    if (kept) return kept.arrayBuffer();
    const crossOrigin = new URL(url).origin !== self.location.origin;
    throw new ModelFileError(`${path} could not be fetched from ${url} (${e.message}): ` + (crossOrigin
      ? "the server is unreachable, or it does not let this page read its files: a server on another site must answer " +
        "with CORS headers (Access-Control-Allow-Origin)."
      : "the server is unreachable."));
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ModelFileError(response.status === 404
      ? `${url} does not exist (HTTP 404): a tabllm model folder holds ${MODEL_META.join(", ")} and the weight shards ` +
        "(tabllm convert writes one); check the address."
      : `${path}: HTTP ${response.status} from ${url}.`);
  }
  const announced = Number(response.headers.get("Content-Length"));
  if (announced > META_LIMIT) {
    await response.body?.cancel();
    throw new ModelFileError(`${url} is ${MiB(announced)}: no model folder's ${path} is that large; check the address.`);
  }
  const data = await response.arrayBuffer();
  try {
    await cache?.put(url, new Response(data, { headers: { [SIZE_HEADER]: String(data.byteLength) } }));
  } catch { /* not kept: the weights' own cache failure is what the page reports */ }
  return data;
}

// config.json, tokenizer.json and weights/index.json of the model folder at `base` (modelFolderUrl):
// [{path, data (an ArrayBuffer)}], or a ModelFileError saying what is wrong (no such file, the server
// unreachable or refusing cross-origin reads).
export async function fetchModelFolder(base) {
  const cache = await openCache();
  return Promise.all(MODEL_META.map(async (path) => ({ path, data: await fetchFolderFile(base, path, cache) })));
}

// Every weight shard of `index` fetched and checked against its sha256 (fetchVerified: the cache, or the
// network and then the cache), one at a time and let go: a model's shards are in hand, and a missing or
// damaged one said, before the model in use is unloaded for it; the load then reads them from the cache.
export async function checkModelShards(modelUrl, index, onProgress = () => {}, onCacheFailed = () => {}) {
  const reader = new ShardReader(modelUrl, index, { onProgress, onCacheFailed });
  reader.done.catch(() => {}); // (the first failure is thrown by take, below)
  for (const i of index.shards.keys()) await reader.take(i);
}
