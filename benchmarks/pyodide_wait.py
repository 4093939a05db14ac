"""What one wait for a JS promise costs Python in the page's Pyodide (headless Chromium, a module worker):
JSPI's `pyodide.ffi.run_sync(promise)` (how the page's engine waited before the step generators) against
`await promise` in a coroutine on Pyodide's event loop (how it waits now: tabllm/steps.py adrive). Two
promises: one already resolved, and one resolved from a later task (as mapAsync's is). N waits each, two
rounds; prints microseconds per wait (the second round's).
    .venv/bin/python benchmarks/pyodide_wait.py"""
import functools
import http.server
import json
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
import importlib.util

_spec = importlib.util.spec_from_file_location("playwright_conftest", ROOT / "playwright" / "conftest.py")
_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conftest)
from playwright.sync_api import sync_playwright

WORKER = r"""
import { loadPyodide } from "./pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("./pyodide/", import.meta.url).href });
// a promise resolved from a later task (a MessageChannel message), as mapAsync's is
globalThis.later = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(1); c.port2.postMessage(0); });
py.runPython(`
import time, js
from pyodide.ffi import run_sync
N = 2000
def jspi(make):
    t0 = time.perf_counter()
    for i in range(N):
        run_sync(make())
    return (time.perf_counter() - t0) / N * 1e6
async def awaited(make):
    t0 = time.perf_counter()
    for i in range(N):
        await make()
    return (time.perf_counter() - t0) / N * 1e6
`);
const g = py.globals, out = {};
const resolved = () => Promise.resolve(1);
for (let round = 0; round < 2; round++) {
  out.jspi_resolved_us = await g.get("jspi").callPromising(resolved);
  out.jspi_later_task_us = await g.get("jspi").callPromising(later);
  out.await_resolved_us = await g.get("awaited")(resolved);
  out.await_later_task_us = await g.get("awaited")(later);
}
postMessage(out);
"""
PAGE = """<script>const w = new Worker("worker.mjs", {type: "module"});
w.onmessage = (e) => { window.result = e.data; }; w.onerror = (e) => { window.result = {error: String(e.message)}; };</script>"""

with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    (tmp / "pyodide").symlink_to(ROOT / "node_modules" / "pyodide")
    (tmp / "worker.mjs").write_text(WORKER)
    (tmp / "index.html").write_text(PAGE)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(tmp))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=_conftest.CHROMIUM, headless=True, args=_conftest.CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
            page.wait_for_function("window.result", timeout=180_000)
            result = page.evaluate("window.result")
            print(json.dumps({"chromium": browser.version, **{k: round(v, 1) if isinstance(v, float) else v
                                                              for k, v in result.items()}}))
            browser.close()
    finally:
        server.shutdown()
