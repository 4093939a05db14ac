"""Where the chat page's load-to-ready time goes: a first visit (empty browser storage) and repeat visits
(the model in the Cache API, the site's files in the service worker's and the HTTP cache), stage by stage
from the worker's start-up timeline (app/js/worker.mjs `stages` in its ready message).

    .venv/bin/python benchmarks/page_startup.py                      # SmolLM2 (the bundled model), 3 repeat visits
    .venv/bin/python benchmarks/page_startup.py --model DIR --repeats 5 --importtime
    .venv/bin/python benchmarks/page_startup.py --site SITE --chromium /tmp/chr/chrome.sh --gpu   # a real GPU
    python3 benchmarks/page_startup.py --results first.txt repeat.txt   # visits measured by cdp_run.py
        (EXPR=benchmarks/page_startup_measure.js, the same profile twice: no Playwright needed)

Prints, per visit, each stage's start and duration (ms since the worker started) and the page's
navigation-to-ready time; with --importtime, the Python modules whose import cost most (Python's
-X importtime inside Pyodide; it slows imports a little, so its visits are not the timed ones).
--gpu adds the flags that give Chromium's WebGPU a Vulkan GPU (../shared/chromium-gpu/README.md);
without it WebGPU is SwiftShader (a CPU): compare figures of one machine only. --json writes them all.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app" / "py"))
sys.path.insert(0, str(ROOT / "playwright"))

BASE_FLAGS = ["--enable-unsafe-webgpu", "--no-sandbox", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--no-first-run"]
GPU_FLAGS = ["--use-angle=vulkan", "--enable-features=Vulkan", "--disable-vulkan-surface", "--ignore-gpu-blocklist",
             "--disable-dev-shm-usage"]
LOAD_TIMEOUT_MS = 600_000


def visit(context, url: str, query: str = "") -> dict:
    """One visit of the chat page: the ready message (with the worker's stages) and the page's clock at ready."""
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url + "index.html" + query)
    page.wait_for_function("window.tabllm && (window.tabllm.ready || document.body.dataset.state === 'error')",
                           timeout=LOAD_TIMEOUT_MS, polling=100)
    result = page.evaluate("""() => ({ready: window.tabllm.ready, readyAt: window.tabllm.readyAt, error: document.getElementById('error').hidden ? null
        : document.getElementById('error').textContent})""")
    page.close()
    if result["error"] or errors:
        raise SystemExit(f"the page failed: {result['error'] or errors}")
    return result


def stage_rows(result: dict) -> list:
    """[(name, start ms, duration ms)] in start order, times since the worker started."""
    stages = result["ready"]["stages"]
    return [(s["name"], s["start"], s["end"] - s["start"]) for s in sorted(stages, key=lambda s: s["start"])]


def print_visit(title: str, results: list):
    """The median over `results` (visits of one kind) of each stage's start and duration."""
    first = results[0]
    ready = first["ready"]
    print(f"\n## {title} ({len(results)} visit{'s' * (len(results) > 1)}; shards from cache: "
          f"{ready['shardsFromCache']}/{ready['shards']}; plan: {ready.get('profile')}, {len(ready.get('kernels', []))} kernels)")
    by_name = {}
    for r in results:
        for name, start, ms in stage_rows(r):
            by_name.setdefault(name, []).append((start, ms))
    worker_ready = [r["ready"]["loadSeconds"] * 1e3 for r in results]
    nav_ready = [r["readyAt"] for r in results]
    print(f"{'stage':44s} {'start ms':>9s} {'ms':>8s}")
    for name, seen in sorted(by_name.items(), key=lambda kv: statistics.median(s for s, _ in kv[1])):
        print(f"{name:44s} {statistics.median(s for s, _ in seen):9.0f} {statistics.median(m for _, m in seen):8.0f}")
    print(f"{'worker: load() to ready':44s} {'':9s} {statistics.median(worker_ready):8.0f}")
    print(f"{'page: navigation to ready':44s} {'':9s} {statistics.median(nav_ready):8.0f}   "
          f"(each: {', '.join(f'{v:.0f}' for v in nav_ready)})")


def import_costs(lines: list) -> list:
    """Python's -X importtime lines -> [(module, self ms, cumulative ms)]."""
    rows = []
    for line in lines:
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line[len("import time:"):].split("|"))
        rows.append((name.strip(), int(self_us) / 1e3, int(cumulative_us) / 1e3))
    return rows


def print_imports(lines: list, top: int = 25):
    rows = import_costs(lines)
    if not rows:
        print("\n(no -X importtime lines came back)")
        return
    packages = {}
    for name, self_ms, _ in rows:
        packages[name.split(".")[0]] = packages.get(name.split(".")[0], 0.0) + self_ms
    print(f"\n## Python imports at start (-X importtime, {len(rows)} modules, {sum(r[1] for r in rows):.0f} ms self time in all)")
    print("by top-level package: " + ", ".join(f"{k} {v:.0f}" for k, v in sorted(packages.items(), key=lambda kv: -kv[1])[:15]))
    print(f"{'module':44s} {'self ms':>8s} {'cumul. ms':>9s}")
    for name, self_ms, cumulative_ms in sorted(rows, key=lambda r: -r[1])[:top]:
        print(f"{name:44s} {self_ms:8.1f} {cumulative_ms:9.1f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model directory (default: the bundled SmolLM2)")
    ap.add_argument("--site", help="a site built by `tabllm build-site` (default: built here from --model)")
    ap.add_argument("--repeats", type=int, default=3, help="repeat visits timed (default 3)")
    ap.add_argument("--importtime", action="store_true", help="one more visit with Python's -X importtime")
    ap.add_argument("--chromium", default=os.environ.get("TABLLM_CHROMIUM", "/usr/bin/chromium"))
    ap.add_argument("--gpu", action="store_true", help="Chromium's Vulkan flags: WebGPU on the GPU, not SwiftShader")
    ap.add_argument("--query", default="", help="added to the page's address, e.g. ?profile=gpu")
    ap.add_argument("--json", help="write every visit's figures here")
    ap.add_argument("--results", nargs="+", metavar="FILE",
                    help="print the breakdown of visits cdp_run.py measured (its RESULT lines): the first visit, then repeats")
    args = ap.parse_args()
    if args.results:
        visits = [cdp_result(Path(f)) for f in args.results]
        report(visits[0], visits[1:], None, "cdp_run.py results " + " ".join(args.results), args.json)
        return

    from playwright.sync_api import sync_playwright
    from site_server import serve

    from tabllm.site import build_site

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(args.site) if args.site else build_site(Path(tmp) / "site", args.model)
        with serve(site) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True,
                                        args=BASE_FLAGS + (GPU_FLAGS if args.gpu else []))
            context = browser.new_context()
            first = visit(context, url, args.query)
            repeats = [visit(context, url, args.query) for _ in range(args.repeats)]
            imports = None
            if args.importtime:
                sep = "&" if args.query else "?"
                imports = visit(context, url, args.query + sep + "importtime=1")["ready"].get("importtime", [])
            browser.close()
    report(first, repeats, imports, f"{'GPU flags' if args.gpu else 'SwiftShader'} ({args.chromium})", args.json)


def cdp_result(path: Path) -> dict:
    """A visit as cdp_run.py printed it (`RESULT label {json}`, its page value from page_startup_measure.js)."""
    for line in path.read_text(errors="replace").splitlines():
        if line.startswith("RESULT "):
            page = json.loads(line.split(" ", 2)[2]).get("page") or {}
            if page.get("error") or not page.get("ready"):
                raise SystemExit(f"{path}: the page failed: {page.get('error')}")
            return page
    raise SystemExit(f"{path}: no RESULT line")


def report(first: dict, repeats: list, imports, where: str, json_path=None):
    ready = first["ready"]
    print(f"# page start-up, {time.strftime('%Y-%m-%d %H:%M')}, model {ready['model']}, pyodide {ready['pyodide']}, {where}")
    print_visit("first visit", [first])
    if repeats:
        print_visit("repeat visit (cached)", repeats)
    if imports is not None:
        print_imports(imports)
    if json_path:
        Path(json_path).write_text(json.dumps({"first": first, "repeats": repeats, "importtime": imports}, indent=1))


if __name__ == "__main__":
    main()
