// A GGUF file from this computer (the page's file picker or a drop) -> a tabllm model folder in the Cache API,
// made in the worker by the same Python the command line runs without numpy (tabllm/gguf_model.py slice_gguf:
// the GGUF's header, metadata and tensor table read with struct, its tensors sliced into hashed shards), so the
// folder is byte for byte what `tabllm convert` writes for that file. It is cached as a downloaded model is
// (weights.mjs: shards under "<folder>weights/shard-N.bin?sha256=...", the small files under their URL), under
// the folder local-gguf/<name>-<first 16 hex digits of the file's sha256>/ of the site, which nothing serves:
// the load that follows (worker.mjs switchModel) reads and checks every shard from the cache, and the storage
// panel lists and deletes it like any other model.

import { CACHE_NAME } from "./weights.mjs";

export const LOCAL_GGUF_FOLDER = "local-gguf/";
const SIZE_HEADER = "X-Tabllm-Bytes"; // (weights.mjs: each cached entry's size, for the storage panel)
const MODEL_META = ["config.json", "tokenizer.json", "weights/index.json"];
const MiB = (n) => (n / 2 ** 20).toFixed(1);

// The whole file as one Uint8Array, read in chunks with onStatus("Reading name: x / y MiB").
async function readFile(file, onStatus) {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let got = 0;
  let shown = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, got);
    got += value.byteLength;
    if (got - shown >= 8 * 2 ** 20 || got === file.size) {
      shown = got;
      onStatus(`Reading ${file.name}: ${MiB(got)} / ${MiB(file.size)} MiB`);
    }
  }
  if (got !== file.size) throw new Error(`${file.name} could not be read whole (${got} of ${file.size} bytes)`);
  return out;
}

// `file` (a File) -> {modelUrl (the cached folder's URL, a URL), files: [{path, data}] of MODEL_META}: converted in
// Pyodide's file system, then every file put into the Cache API. A file that is no GGUF, an architecture or a
// tensor type tabllm does not read: a Python error whose last line says so (worker.mjs errorMessage shows it).
// onStatus(text): progress, for the page's status line. seconds: {read, convert, cache} (the ready message's
// ggufSeconds: benchmarks/page_gguf_open.py).
export async function openGgufFile(pyodide, file, siteUrl, onStatus) {
  if (!/\.gguf$/i.test(file.name)) throw new Error(`${file.name} is not a .gguf file: open a GGUF model file (e.g. SmolLM2-135M-Instruct-Q8_0.gguf)`);
  const t0 = performance.now();
  const bytes = await readFile(file, onStatus);
  const t1 = performance.now();
  const work = `/gguf-open/${Date.now()}`;
  const source = `${work}/${file.name.replace(/[\\/]/g, "_")}`;
  const out = `${work}/model`;
  pyodide.FS.mkdirTree(work);
  try {
    pyodide.FS.writeFile(source, bytes);
    onStatus(`Converting ${file.name} (slicing its tensors into shards)`);
    const sliceGguf = pyodide.pyimport("tabllm.gguf_model").slice_gguf;
    try {
      sliceGguf(source, out, (message) => onStatus(`Converting ${file.name}: ${message}`));
    } finally {
      sliceGguf.destroy();
    }
    const t2 = performance.now();
    const read = (path) => pyodide.FS.readFile(`${out}/${path}`); // (a Uint8Array copy of the file)
    const config = JSON.parse(new TextDecoder().decode(read("config.json")));
    const index = JSON.parse(new TextDecoder().decode(read("weights/index.json")));
    const folder = `${config.name.replace(/[^\w.-]+/g, "_")}-${config.source.sha256.slice(0, 16)}/`;
    const modelUrl = new URL(LOCAL_GGUF_FOLDER + folder, siteUrl);
    const cache = await caches.open(CACHE_NAME); // (no Cache API: the load cannot read the folder back; said as is)
    for (const [k, shard] of index.shards.entries()) {
      onStatus(`Keeping ${file.name}'s model in this browser: shard ${k + 1}/${index.shards.length}`);
      const data = read(`weights/${shard.file}`);
      await cache.put(`${new URL(`weights/${shard.file}`, modelUrl).href}?sha256=${shard.sha256}`,
        new Response(data, { headers: { "Content-Type": "application/octet-stream", [SIZE_HEADER]: String(data.byteLength) } }));
    }
    const files = MODEL_META.map((path) => ({ path, data: read(path).buffer }));
    for (const { path, data } of files) {
      await cache.put(new URL(path, modelUrl).href, new Response(data, { headers: { [SIZE_HEADER]: String(data.byteLength) } }));
    }
    const seconds = { read: (t1 - t0) / 1000, convert: (t2 - t1) / 1000, cache: (performance.now() - t2) / 1000 };
    return { modelUrl, files, seconds };
  } finally {
    pyodide.runPython(`import shutil; shutil.rmtree(${JSON.stringify(work)}, ignore_errors=True)`);
  }
}

// Whether `url` (a model folder's URL) is a GGUF opened from this computer: its small files come from the cache
// only (no server has them).
export const isLocalGguf = (url, siteUrl) => String(url).startsWith(new URL(LOCAL_GGUF_FOLDER, siteUrl).href);

// The small files of a GGUF's model folder (isLocalGguf), from the cache: [{path, data}], or an error saying to open
// the file again where the storage panel (or the browser) dropped them.
export async function cachedGgufFolder(modelUrl) {
  const cache = await caches.open(CACHE_NAME);
  return Promise.all(MODEL_META.map(async (path) => {
    const kept = await cache.match(new URL(path, modelUrl).href);
    if (!kept) throw new Error(`the model opened from a GGUF file (${modelUrl.href}) is no longer kept in this browser: open the GGUF file again`);
    return { path, data: await kept.arrayBuffer() };
  }));
}
