// Model files for the page: fetched with progress, sha256-checked before they are cached, cached
// by content (the Cache API key carries the sha256, so a new model never reuses stale bytes), and
// weight shards written straight into GPU buffers: the bytes never become Python objects.

export const CACHE_NAME = "tabllm-model-v1";

export class ModelFileError extends Error {}

async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function openCache() {
  try {
    return await caches.open(CACHE_NAME);
  } catch {
    return null; // no Cache API (e.g. an opaque origin): run uncached
  }
}

// Fetch url, reporting (bytesSoFar) as the body arrives.
async function fetchWithProgress(url, onBytes) {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new ModelFileError(`${url}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onBytes(received);
  }
  const out = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out.buffer;
}

// The bytes of one model file {path, size, sha256}, from the cache or the network, always verified.
// A cached entry that fails the check is dropped; a download that fails it is fetched once more,
// then this throws a ModelFileError naming the file. Only verified bytes are ever cached.
export async function fetchVerified(baseUrl, file, onBytes = () => {}, events = {}) {
  const url = new URL(file.path, baseUrl).href;
  const key = `${url}?sha256=${file.sha256}`;
  const cache = await openCache();
  if (cache) {
    const hit = await cache.match(key);
    if (hit) {
      const data = await hit.arrayBuffer();
      if (data.byteLength === file.size && (await sha256Hex(data)) === file.sha256) {
        onBytes(data.byteLength);
        events.fromCache?.();
        return data;
      }
      await cache.delete(key);
    }
  }
  let actual = "";
  for (let attempt = 1; attempt <= 2; attempt++) {
    const data = await fetchWithProgress(url, onBytes);
    actual = await sha256Hex(data);
    if (data.byteLength === file.size && actual === file.sha256) {
      if (cache) {
        try {
          await cache.put(key, new Response(data, { headers: { "Content-Type": "application/octet-stream" } }));
        } catch (e) {
          events.cacheFailed?.(e); // quota exceeded: keep going uncached, with a warning
        }
      }
      return data;
    }
    events.retry?.(attempt, actual);
  }
  throw new ModelFileError(
    `${file.path} is corrupt on the server: sha256 ${actual}, expected ${file.sha256} (fetched twice). ` +
    `Rebuild the site (tabllm build-site) or re-upload the model folder.`);
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

// Load every weight shard of `index` (weights/index.json, plus gpu_parts: see writeTensorPiece) into
// the bridge's buffers.
// onProgress({file, shard, shards, bytes, totalBytes, shardBytes, shardSize, fromCache})
export async function loadWeights(bridge, modelUrl, index, onProgress = () => {}) {
  // A tensor lies whole in one shard, or (past the shard limit) in row-range "parts" in order.
  const byShard = index.shards.map(() => []);
  for (const [name, t] of Object.entries(index.tensors)) {
    let dest = 0;
    for (const part of t.parts || [t]) {
      byShard[part.shard].push({ name, offset: part.offset, nbytes: part.nbytes, dest });
      dest += part.nbytes;
    }
  }
  const totalBytes = index.shards.reduce((n, s) => n + s.size, 0);
  let done = 0;
  let fromCache = 0;
  for (const [i, shard] of index.shards.entries()) {
    const report = (shardBytes) => onProgress({
      file: shard.file, shard: i, shards: index.shards.length, bytes: done + shardBytes, totalBytes,
      shardBytes, shardSize: shard.size,
    });
    const data = await fetchVerified(modelUrl, { path: `weights/${shard.file}`, size: shard.size, sha256: shard.sha256 },
      report, { fromCache: () => { fromCache += 1; } });
    for (const p of byShard[i]) writeTensorPiece(bridge, index.gpu_parts?.[p.name], p, data);
    done += shard.size;
    report(0);
  }
  return { shards: index.shards.length, fromCache, totalBytes };
}
