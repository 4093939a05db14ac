"""The static site: `tabllm build-site` (assemble it) and `tabllm serve` (serve it on localhost).

The site folder is self-contained and can be copied to any static host unchanged:

    index.html app.mjs style.css embed.html   the chat page and the embedding example (site/)
    learn.html learn.mjs                      the teaching page (docs/teaching.md)
    js/          the engine's JS: worker.mjs (Pyodide in a module worker), bridge.mjs, weights.mjs (app/js/)
    kernels/     manifest.json + *.wgsl (app/kernels_wgsl/)
    model/       config.json, tokenizer.json, weights/ (a tabllm model directory): the default model
    models/<name>/  the other models of `--model A --model B ...` (each a model directory, listed in "models")
    py/          pure-Python wheels: tabllm, jinja2, markupsafe, interegular (unpacked into Pyodide at start)
    vendor/      pyodide, @mlc-ai/web-tokenizers, @pyscript/core, copied from node_modules (npm)
    sw.js        service worker: keeps the page's own files for an offline reload (the model: js/weights.mjs)
    tabllm-site.json   what the worker loads: paths, wheel list, "model" (the default: its files with size and
                 sha256), "models" (every model the page offers, the default first: files, weight bytes and
                 what it needs of a GPU, registry.model_summary) and the shell (every file but the models)
                 the service worker caches

Weight shards are hard-linked when the file system allows it (they are 100+ MiB in all).
"""

import base64
import csv
import hashlib
import http.server
import importlib.metadata
import io
import json
import os
import shutil
import threading
import zipfile
from functools import partial
from pathlib import Path

from .errors import TabllmError
from .weights import read_index, sha256_file

SITE_FORMAT_VERSION = 1
DEFAULT_CONTEXT = 2048  # the page's KV cache capacity (memory in the tab grows linearly with it)

# npm package -> files copied into vendor/<folder> (relative to the package root)
NPM_FILES = {
    "pyodide": ("pyodide", ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]),
    "@mlc-ai/web-tokenizers": ("web-tokenizers", ["lib/index.js"]),
    "@pyscript/core": ("pyscript", ["dist"]),
}
# Pure-Python packages the page imports besides tabllm (Pyodide's npm core ships none of them):
# interegular compiles json_schema / required tool calls to a DFA (api/json_schema.py).
PURE_DEPENDENCIES = ("jinja2", "markupsafe", "interegular")


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def _link_or_copy(src: Path, dst: Path):
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def pure_wheel(out_dir: Path, dist_name: str, version: str, package_dir: Path) -> Path:
    """A py3-none-any wheel of the .py files (and py.typed) of one package folder.

    Used for tabllm itself and for jinja2/markupsafe as installed in this environment: MarkupSafe's
    wheels on PyPI are platform builds, but its package falls back to pure Python when its C speedups
    are absent, and Pyodide's npm core has no build of it. Compiled files are left out.
    """
    normalized = dist_name.replace("-", "_")
    wheel_name = f"{normalized}-{version}-py3-none-any.whl"
    dist_info = f"{normalized}-{version}.dist-info"
    files = {}
    for path in sorted(package_dir.rglob("*")):
        if path.is_file() and (path.suffix == ".py" or path.name == "py.typed") and "__pycache__" not in path.parts:
            files[f"{package_dir.name}/{path.relative_to(package_dir).as_posix()}"] = path.read_bytes()
    files[f"{dist_info}/METADATA"] = f"Metadata-Version: 2.1\nName: {dist_name}\nVersion: {version}\n".encode()
    files[f"{dist_info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: tabllm build-site\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        writer.writerow([name, f"sha256={digest}", len(data)])
    writer.writerow([f"{dist_info}/RECORD", "", ""])
    files[f"{dist_info}/RECORD"] = record.getvalue().encode()
    out = out_dir / wheel_name
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # reproducible
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out


def _installed_package_dir(import_name: str) -> Path:
    import importlib

    module = importlib.import_module(import_name)
    return Path(module.__file__).parent


def _shell(out: Path) -> dict:
    """Every file of the site but the model (which has its own cache), for the service worker
    (site/sw.js) to keep; the version changes whenever any of them does."""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                   if p.is_file() and p.relative_to(out).parts[0] not in ("model", "models"))
    version = hashlib.sha256()
    for rel in files:
        version.update(f"{rel} {sha256_file(out / rel)}\n".encode())
    return {"version": version.hexdigest()[:16], "files": files}


def _is_site_build(folder: Path) -> bool:
    """Whether folder holds a site build_site wrote: its tabllm-site.json, with the keys every build writes."""
    try:
        meta = json.loads((folder / "tabllm-site.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and {"format_version", "wheels", "model"} <= set(meta)


def _clear_previous_build(out: Path):
    """Make way for a build in `out`: nothing there, an empty folder, or a site built here before (removed).
    Anything else is refused: the folder may hold the user's own files."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise TabllmError(f"{out} exists and is not a folder: choose a new or empty folder")
    if not out.exists() or not any(out.iterdir()):
        return
    if not _is_site_build(out):
        raise TabllmError(f"{out} is not empty and holds no site that tabllm built (no tabllm-site.json): refusing "
                          "to replace it. Choose a new or empty folder, or remove it yourself.")
    shutil.rmtree(out)


def _model_folders(model_dirs) -> list:
    """(model directory, its folder in the site) for each model: the first (the default) in model/, the
    others in models/<their folder's name> (made unique)."""
    folders, taken = [], set()
    for k, model_dir in enumerate(model_dirs):
        if k == 0:
            folders.append((model_dir, "model/"))
            continue
        stem = "".join(c if c.isalnum() or c in "-_." else "-" for c in model_dir.name).strip(".-") or "model"
        name, n = stem, 2
        while name in taken:
            name, n = f"{stem}-{n}", n + 1
        taken.add(name)
        folders.append((model_dir, f"models/{name}/"))
    return folders


def _copy_model(model_dir: Path, out: Path, folder: str, context_length: int) -> dict:
    """Copy (hard-link) one model directory into out/folder; its entry of tabllm-site.json's "models"."""
    from .registry import model_summary

    index = read_index(model_dir)
    meta_files = []
    for rel in ("config.json", "tokenizer.json", "weights/index.json"):
        _link_or_copy(model_dir / rel, out / folder / rel)
        meta_files.append({"path": rel, "size": (model_dir / rel).stat().st_size, "sha256": sha256_file(model_dir / rel)})
    for shard in index["shards"]:
        _link_or_copy(model_dir / "weights" / shard["file"], out / folder / "weights" / shard["file"])
    return {**model_summary(model_dir, context_length), "url": folder, "files": meta_files}


def build_site(out_dir, model_dir=None, node_modules=None, context_length=DEFAULT_CONTEXT, progress=None) -> Path:
    """Assemble the static site into out_dir: a new or empty folder, or a site built before (replaced; any
    other folder is refused, never deleted). model_dir: a model directory, or a list of them (the page offers
    each; the first is the one it loads); None: the bundled default model."""
    say = progress or (lambda message: None)
    root = repo_root()
    out = Path(out_dir)
    node_modules = Path(node_modules) if node_modules else root / "node_modules"
    if model_dir is None:
        from .convert import default_model_dir

        model_dir = default_model_dir(progress=progress)
    model_dirs = [Path(d) for d in (model_dir if isinstance(model_dir, (list, tuple)) else [model_dir])]
    if not model_dirs:
        raise TabllmError("build-site needs at least one model directory")
    for d in model_dirs:
        read_index(d)  # a clear error before anything is written; also checks the format version
    missing = [pkg for pkg in NPM_FILES if not (node_modules / pkg / "package.json").is_file()]
    if missing:
        raise TabllmError(f"npm packages missing in {node_modules}: {', '.join(missing)}; run `npm ci` in {root}")
    _clear_previous_build(out)
    out.mkdir(parents=True, exist_ok=True)

    say(f"site: pages and scripts -> {out}")
    shutil.copytree(root / "site", out, dirs_exist_ok=True)
    shutil.copytree(root / "app" / "js", out / "js")
    from .runtime.kernels import kernels_dir

    shutil.copytree(kernels_dir(), out / "kernels")
    # the same plans' CPU kernels as WebAssembly, for browsers without WebGPU (build_tools/gen_wasm.py)
    if (root / "app" / "kernels_wasm").is_dir():
        shutil.copytree(root / "app" / "kernels_wasm", out / "kernels_wasm")

    say("site: vendoring npm packages")
    for pkg, (folder, entries) in NPM_FILES.items():
        for entry in entries:
            src = node_modules / pkg / entry
            if src.is_dir():  # a folder's contents go straight into vendor/<folder>/
                shutil.copytree(src, out / "vendor" / folder, ignore=shutil.ignore_patterns("*.map"), dirs_exist_ok=True)
            else:
                _link_or_copy(src, out / "vendor" / folder / Path(entry).name)

    say("site: wheels")
    wheels_dir = out / "py"
    wheels_dir.mkdir()
    from . import __version__

    wheels = [pure_wheel(wheels_dir, "tabllm", __version__, Path(__file__).resolve().parent)]
    for name in PURE_DEPENDENCIES:
        wheels.append(pure_wheel(wheels_dir, name, importlib.metadata.version(name), _installed_package_dir(name)))

    models = []
    for path, folder in _model_folders(model_dirs):
        say(f"site: model {path} -> {folder}")
        models.append(_copy_model(path, out, folder, context_length))

    site = {
        "format_version": SITE_FORMAT_VERSION,
        "pyodide": "vendor/pyodide/",
        "tokenizers": "vendor/web-tokenizers/index.js",
        "kernels": "kernels/",
        "kernels_wasm": "kernels_wasm/",
        "wheels": [f"py/{w.name}" for w in wheels],
        "context_length": context_length,
        "model": models[0],
        "models": models,
    }
    site["shell"] = _shell(out)
    (out / "tabllm-site.json").write_text(json.dumps(site, indent=1))
    say(f"site: done ({out})")
    return out


# The static server's limits: a connection whose read or write waits SERVE_TIMEOUT_S (a client that sends
# nothing, or stops reading) is closed, and at most SERVE_MAX_CONNECTIONS are served at once (a thread each;
# more get 503 at once). A browser opens about 6 connections to a host, so the page meets neither.
SERVE_TIMEOUT_S = 30
SERVE_MAX_CONNECTIONS = 64


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with the headers the page wants: cross-origin isolation (lets the page use
    SharedArrayBuffer and PyScript workers' synchronous mode) and module/wasm MIME types. Files (and
    folders) whose real path leaves the site folder through a symlink are answered 404; `timeout` bounds
    every read and write on the connection (socketserver sets it on the socket)."""

    timeout = SERVE_TIMEOUT_S
    index_pages = ("index.html", "index.htm")  # what SimpleHTTPRequestHandler serves for a folder (its name from 3.12)
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
        ".json": "application/json", ".whl": "application/zip", ".bin": "application/octet-stream",
    }

    def send_head(self):
        path = self.translate_path(self.path)
        # a folder is served as its index.html where it has one: that file must stay inside as well
        served = [path] + [os.path.join(path, name) for name in self.index_pages] if os.path.isdir(path) else [path]
        if not all(self._inside_site(p) for p in served):
            self.send_error(http.HTTPStatus.NOT_FOUND, "File not found")
            return None
        return super().send_head()

    def _inside_site(self, path) -> bool:
        root = os.path.realpath(self.directory)
        return os.path.commonpath([root, os.path.realpath(path)]) == root

    def end_headers(self):
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("TABLLM_SERVE_LOG"):
            super().log_message(format, *args)


class SiteServer(http.server.ThreadingHTTPServer):
    """A thread per connection, at most max_connections of them: a connection past the limit is answered
    503 and closed by the accepting thread, so idle or slow clients cannot make the server start threads
    without bound."""

    request_queue_size = 128  # the listen backlog (socketserver's 5 drops a burst of connects: 1 s SYN retries)
    BUSY = b"HTTP/1.0 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"

    def __init__(self, address, handler, max_connections):
        super().__init__(address, handler)
        self._slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request, client_address):
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(self.BUSY)  # a few bytes into a fresh socket's buffer: never blocks
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:  # the thread did not start: its slot is free again
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


def make_server(site_dir, host="127.0.0.1", port=8000, timeout=SERVE_TIMEOUT_S,
                max_connections=SERVE_MAX_CONNECTIONS) -> SiteServer:
    """The server of a built site (serve_forever to run it). timeout: seconds a connection may stay idle;
    max_connections: connections served at once (see SiteServer)."""
    site_dir = Path(site_dir)
    if not (site_dir / "tabllm-site.json").is_file():
        raise TabllmError(f"{site_dir} is not a built site (no tabllm-site.json): run `tabllm build-site --out {site_dir}`")
    handler = type("Handler", (SiteHandler,), {"timeout": timeout})
    return SiteServer((host, port), partial(handler, directory=str(site_dir)), max_connections)
