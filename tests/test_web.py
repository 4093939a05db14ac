"""The CPython side of the browser app: the plain tokenizer JSON the page encodes user text with, the
pure-Python wheels, the built site and the server's headers. (The page itself: playwright/.)"""

import hashlib
import json
import urllib.request
import zipfile

import pytest
from gguf_helpers import smollm2_model_dir, write_tiny_gguf

from tabllm.convert import convert_gguf
from tabllm.site import build_site, make_server, pure_wheel, repo_root
from tabllm.tokenizer import plain_tokenizer_json

TEXTS = [
    "Hello <|im_end|> world",
    "<|im_start|>user\nhi<|im_end|>",
    "<|endoftext|>",
    "plain text, 123 numbers and émojis 🎉",
]


@pytest.mark.parametrize("text", TEXTS)
def test_plain_tokenizer_json_encodes_like_encode_special_tokens(text):
    from tokenizers import Tokenizer as HF

    full = (smollm2_model_dir() / "tokenizer.json").read_text(encoding="utf-8")
    reference = HF.from_str(full)
    reference.encode_special_tokens = True
    plain = HF.from_str(plain_tokenizer_json(json.loads(full)))
    assert plain.encode(text, add_special_tokens=False).ids == reference.encode(text, add_special_tokens=False).ids
    if "<|im_end|>" in text:  # and it really differs from the special-aware encoding
        assert 2 not in plain.encode(text, add_special_tokens=False).ids


def test_pure_wheel_holds_only_python_files_with_a_valid_record(tmp_path):
    import markupsafe

    from pathlib import Path

    wheel = pure_wheel(tmp_path, "markupsafe", "9.9", Path(markupsafe.__file__).parent)
    assert wheel.name == "markupsafe-9.9-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        assert "markupsafe/__init__.py" in names and "markupsafe/_native.py" in names
        assert not [n for n in names if n.endswith((".so", ".pyd", ".c"))]
        record = z.read("markupsafe-9.9.dist-info/RECORD").decode().splitlines()
        for line in record[:-1]:
            name, digest, size = line.split(",")
            data = z.read(name)
            assert int(size) == len(data)
            assert digest.startswith("sha256=")


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory):
    if not (repo_root() / "node_modules" / "pyodide").is_dir():
        pytest.skip("node_modules missing: run `npm ci` (bash scripts/setup.sh does)")
    tmp = tmp_path_factory.mktemp("site")
    write_tiny_gguf(tmp / "tiny.gguf")
    model = convert_gguf(tmp / "tiny.gguf", tmp / "model", shard_limit=48 * 1024)
    return build_site(tmp / "site", model), model


def test_built_site_is_self_contained_and_lists_verified_model_files(tiny_site):
    site, model = tiny_site
    config = json.loads((site / "tabllm-site.json").read_text())
    for rel in ("index.html", "app.mjs", "embed.html", "js/worker.mjs", "js/bridge.mjs", "js/weights.mjs",
                "kernels/manifest.json", config["tokenizers"], config["pyodide"] + "pyodide.mjs",
                config["pyodide"] + "pyodide.asm.wasm", config["pyodide"] + "python_stdlib.zip",
                "vendor/pyscript/core.js"):
        assert (site / rel).is_file(), rel
    for wheel in config["wheels"]:
        with zipfile.ZipFile(site / wheel) as z:
            assert z.testzip() is None
    with zipfile.ZipFile(site / config["wheels"][0]) as z:
        assert "tabllm/web.py" in z.namelist() and "tabllm/runtime/js_executor.py" in z.namelist()
    for f in config["model"]["files"]:
        data = (site / "model" / f["path"]).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (f["size"], f["sha256"])
    index = json.loads((model / "weights" / "index.json").read_text())
    for shard in index["shards"]:
        assert (site / "model" / "weights" / shard["file"]).read_bytes() == (model / "weights" / shard["file"]).read_bytes()
    # no page refers to a CDN: everything is served from the site
    for page in ("index.html", "app.mjs", "embed.html", "js/worker.mjs"):
        assert "https://" not in (site / page).read_text()


def test_server_sends_isolation_headers_and_module_mime_types(tiny_site):
    import threading

    site, _ = tiny_site
    server = make_server(site, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_port}/"
        with urllib.request.urlopen(base + "js/worker.mjs") as r:
            assert r.headers["Content-Type"].startswith("text/javascript")
            assert r.headers["Cross-Origin-Opener-Policy"] == "same-origin"
            assert r.headers["Cross-Origin-Embedder-Policy"] == "require-corp"
        with urllib.request.urlopen(base + "vendor/pyodide/pyodide.asm.wasm") as r:
            assert r.headers["Content-Type"] == "application/wasm"
    finally:
        server.shutdown()
        server.server_close()


def test_cli_build_site_reports_missing_model_dir_clearly(tmp_path, capsys):
    from tabllm.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["build-site", "--out", str(tmp_path / "site"), "--model", str(tmp_path / "nope")])
    assert exc.value.code == 2
    assert "missing" in capsys.readouterr().err


PAGE_PATH_SCRIPT = r'''
import sys

class BlockImports:
    """The page runs under Pyodide's core: no numpy, no HF tokenizers, no wgpu."""
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("numpy", "tokenizers", "wgpu"):
            raise ImportError(f"{name} is not in the page")

sys.meta_path.insert(0, BlockImports())
import tabllm
from tabllm.engine import Engine
from tabllm.sampling import SamplerSettings
from tabllm.tokenizer import Tokenizer

class Backend:  # stands in for @mlc-ai/web-tokenizers (web.WebTokenizersBackend)
    def encode(self, text, allow_special): return [ord(c) % 200 + 3 for c in text]
    def decode(self, ids, skip_special): return ""
    def token_to_id(self, token): return {"<|im_end|>": 2}.get(token)
    def id_to_token(self, i): return {1: "<|im_start|>", 2: "<|im_end|>"}.get(i, "x")

class Executor:  # the device protocol as js_executor.JsExecutor calls the bridge
    kernel_profile = "cpu"  # as JsExecutor on SwiftShader
    def __init__(self): self.calls = []
    def prepare(self, plan): self.calls.append(("prepare", len(plan.buffers))); [self.upload(n, t) for n, t in plan.tables.items()]
    def load_weights(self, model_dir, index, expected): self.calls.append(("load_weights", len(expected)))
    def upload(self, name, data, offset_bytes=0): self.calls.append(("upload", name, len(memoryview(data).cast("B"))))
    def run(self, phases, dims): self.calls.append(("run", tuple(phases)))
    def read(self, name, dtype, count, offset=0): return [7]

model_dir = sys.argv[1]
text = open(f"{model_dir}/tokenizer.json", encoding="utf-8").read()
executor = Executor()
engine = Engine(model_dir, executor, context_length=64, tokenizer=Tokenizer(text, backend=Backend()))
ids = engine.chat_prompt_ids([{"role": "user", "content": "hi"}])
out = list(engine.stream_ids(ids, 3, SamplerSettings(temperature=0)))
assert out == [7, 7, 7], out
assert ("run", ("body", "head_last", "greedy")) in executor.calls
assert ("load_weights", sum(1 for b in engine.plan.buffers.values() if b.kind == "weight")) in executor.calls

# the page's way (web.py): the executor's waits are coroutines (as JsExecutor's), the engine's step
# generators awaited by steps.adrive on an event loop; queued steps fetched, the prefill hook awaited
import asyncio
from tabllm.steps import adrive

class AsyncExecutor(Executor):
    readback_slots = 4
    async def prepare(self, plan): Executor.prepare(self, plan)
    async def load_weights(self, model_dir, index, expected): Executor.load_weights(self, model_dir, index, expected)
    async def read(self, name, dtype, count, offset=0): await asyncio.sleep(0); return [7]
    def encode(self, phases, dims, readback=None): return (tuple(phases), readback)
    def submit(self, step): self.calls.append(("submit", step[0]))
    async def fetch(self, step): await asyncio.sleep(0); return (8).to_bytes(4, "little")

async def page():
    ex = AsyncExecutor()
    eng = await Engine.load_async(model_dir, ex, context_length=64, tokenizer=Tokenizer(text, backend=Backend()))
    asked = []
    async def should_stop():
        await asyncio.sleep(0)
        asked.append(len(ex.calls))
        return False
    tokens = adrive(eng.stream_steps(ids, 3, SamplerSettings(temperature=0), should_stop=should_stop))
    try:
        return ex, [t async for t in tokens], asked
    finally:
        await tokens.aclose()

ex, out, asked = asyncio.run(page())
assert out == [7, 8, 8], out  # the prefill's read, then two queued steps' fetches
assert len(asked) == 1 and sum(1 for c in ex.calls if c[0] == "submit") == 2, (asked, ex.calls[-6:])
assert ("load_weights", sum(1 for b in engine.plan.buffers.values() if b.kind == "weight")) in ex.calls
assert "numpy" not in sys.modules
print("ok")
'''


def test_the_page_python_path_needs_no_numpy_tokenizers_or_wgpu(tiny_site):
    """Engine, plan, template and generation loop with numpy, tokenizers and wgpu unimportable, as
    under Pyodide's core (the page would fail to start if a module on this path imported numpy); run
    synchronously (steps.drive) and as the page runs it, awaited on an event loop (steps.adrive)."""
    import subprocess
    import sys

    _, model = tiny_site
    done = subprocess.run([sys.executable, "-c", PAGE_PATH_SCRIPT, str(model)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]


def test_build_site_never_deletes_a_folder_it_did_not_build(tiny_site, tmp_path, capsys):
    """`tabllm build-site --out DIR` / `tabllm serve` replace DIR only when it holds a site they built; a folder
    with anything else in it is refused and left as it was (it used to be deleted whatever it held)."""
    from tabllm import cli
    from tabllm.errors import TabllmError

    _, model = tiny_site
    mine = tmp_path / "project" / "build" / "site"
    mine.mkdir(parents=True)
    (mine / "index.html").write_text("the user's own page")
    with pytest.raises(TabllmError, match="refusing to replace it"):
        build_site(mine, model)
    assert (mine / "index.html").read_text() == "the user's own page" and len(list(mine.iterdir())) == 1
    with pytest.raises(SystemExit) as done:  # the CLI says so in one line
        cli.main(["build-site", "--model", str(model), "--out", str(mine)])
    assert done.value.code == 2 and "refusing to replace it" in capsys.readouterr().err
    assert (mine / "index.html").read_text() == "the user's own page"

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(TabllmError, match="not a folder"):
        build_site(not_a_folder, model)

    empty = tmp_path / "empty"
    empty.mkdir()
    site = build_site(empty, model)  # an empty folder is used
    assert (site / "tabllm-site.json").is_file()
    (site / "stale.txt").write_text("left over from the last build")
    site = build_site(empty, model)  # a site built before is replaced
    assert (site / "tabllm-site.json").is_file() and not (site / "stale.txt").exists()


@pytest.fixture
def web_module(monkeypatch):
    """tabllm.web imported in CPython, with a stand-in for Pyodide's `js` module (js_executor imports it);
    both forgotten afterwards."""
    import importlib
    import sys
    import types

    monkeypatch.setitem(sys.modules, "js", types.ModuleType("js"))
    try:
        yield importlib.import_module("tabllm.web")
    finally:
        for name in ("tabllm.web", "tabllm.runtime.js_executor"):
            sys.modules.pop(name, None)


def test_a_kept_chat_replaces_the_pages_conversation_and_the_context_policy_is_an_option(web_module):
    """The page's switch to a kept chat (worker load-conversation → WebChat.load_messages) and its context
    policy option (web.chat_options: drop_oldest unless "error"; anything else named as the API names it)."""
    from tabllm.api.errors import InvalidRequestError

    WebChat, chat_options = web_module.WebChat, web_module.chat_options

    chat = WebChat(engine=None, post=lambda text: None, should_stop=lambda: False)
    chat.conversation.add_user("before")
    turns = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]
    chat.load_messages(json.dumps(turns))
    assert chat.conversation.messages == turns
    for bad in ('{"role": "user"}', '[{"role": "robot", "content": "x"}]', '[{"role": "user", "content": 3}]'):
        with pytest.raises(InvalidRequestError):
            chat.load_messages(bad)
    assert chat.conversation.messages == turns  # a refused one leaves the chat as it was
    assert chat_options("{}", 100)[-1] == "drop_oldest"
    assert chat_options('{"context_policy": "error", "system": "be brief"}', 100)[::4] == ("be brief", "error")
    with pytest.raises(InvalidRequestError) as err:
        chat_options('{"context_policy": "truncate"}', 100)
    assert err.value.param == "context_policy"
