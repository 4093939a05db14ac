// benchmarks/json_schema_mask.py under Pyodide in Node: the page's json_schema mask path (no numpy:
// the vocabulary trie walk in plain Python, api/json_schema.py), with the wheels a built site ships.
//
//   node benchmarks/json_schema_mask_pyodide.mjs SITE_DIR [MODEL_DIR] [--tree]
//
// SITE_DIR: a `tabllm build-site` output (its py/*.whl: tabllm, jinja2, markupsafe, interegular);
// MODEL_DIR (default ~/.cache/tabllm/models/SmolLM2-135M-Instruct): its tokenizer.json. Prints one JSON
// object per mask path (js: the page's walk in JavaScript, api/js_mask.py; trie: the walk in plain
// Python): vocabulary layout and schema compile times, ms per token over a first request (cold) and two
// later ones (warm), as json_schema_mask.py prints them; the same tokens are replayed on both paths (one seed).
// --tree: this working tree's app/py in front of the site's tabllm wheel.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2).filter((a) => a !== "--tree");
const [siteDir, modelDir = path.join(process.env.HOME, ".cache/tabllm/models/SmolLM2-135M-Instruct")] = args;
if (!siteDir) throw new Error("usage: node benchmarks/json_schema_mask_pyodide.mjs SITE_DIR [MODEL_DIR]");
const { loadPyodide } = await import(path.join(root, "node_modules/pyodide/pyodide.mjs"));
const py = await loadPyodide({ indexURL: path.join(root, "node_modules/pyodide/") });
const read = (file) => new Uint8Array(fs.readFileSync(file));
for (const wheel of fs.readdirSync(path.join(siteDir, "py")).filter((f) => f.endsWith(".whl")))
  py.unpackArchive(read(path.join(siteDir, "py", wheel)), "wheel");
py.FS.writeFile("/tokenizer.json", read(path.join(modelDir, "tokenizer.json")));
if (process.argv.includes("--tree")) {
  py.FS.mkdirTree("/tree");
  py.FS.mount(py.FS.filesystems.NODEFS, { root: path.join(root, "app/py") }, "/tree");
  py.runPython('import sys; sys.path.insert(0, "/tree")');
}
py.FS.writeFile("/json_schema_mask.py", read(path.join(root, "benchmarks/json_schema_mask.py")));
py.runPython(`
import json, random, sys, time, types
sys.path.insert(0, "/")
import json_schema_mask as bench
from tabllm.api.json_schema import SchemaVocab
from tabllm.tokenizer import token_bytes_from_json

tj = json.load(open("/tokenizer.json"))
token_bytes = token_bytes_from_json(tj)
specials = [a["id"] for a in tj.get("added_tokens", []) if a.get("special")]
eos = [a["id"] for a in tj.get("added_tokens", []) if a["content"] in ("<|im_end|>", "<|endoftext|>", "<|eot_id|>")][:1] or [2]
paths = {"js": {"use_js": True}, "trie": {"use_js": False}}
if "use_js" not in SchemaVocab.__init__.__code__.co_varnames:  # (a site from before api/js_mask.py)
    paths = {"trie": {}}
for name, options in paths.items():
    t0 = time.perf_counter()
    vocab = SchemaVocab(token_bytes, len(token_bytes), eos, specials, **options)
    t_vocab = time.perf_counter() - t0
    t0 = time.perf_counter()
    compiled = vocab.compiled(bench.SCHEMA)
    t_compile = time.perf_counter() - t0
    rng, cold, warm = random.Random(0), [], []
    for r in range(3):
        bench.generate(vocab, bench.SCHEMA, types.SimpleNamespace(token_bytes=token_bytes), rng, cold if r == 0 else warm)
    print(json.dumps({"where": "pyodide " + sys.version.split()[0] + " (node)", "mask_path": name,
                      "vocab_size": len(token_bytes), "vocab_layout_s": round(t_vocab, 3), "schema_compile_s": round(t_compile, 3),
                      "masks_cached": len(compiled._masks), "cold_first_request": bench.stats(cold),
                      "warm_later_requests": bench.stats(warm)}, indent=1))
`);
