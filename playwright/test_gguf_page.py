"""A GGUF file from this computer opens in the page (issue 19): the Models panel's file picker (set_input_files)
hands it to the worker, which converts it without numpy (tabllm/gguf_model.py slice_gguf in Pyodide, js/gguf.mjs)
into a model folder kept in the Cache API; the page then chats with it and gives CPython's greedy tokens for the
same file, and the kept config.json, tokenizer.json and index.json (every shard's sha256) equal what
`tabllm convert` (convert_gguf) writes. The storage panel lists it. A GGUF with a tensor type the kernels do not
read (picked) and a file that is no GGUF (dropped onto the page) are refused with the reason, the model kept.

check_gguf_file_opens runs inside test_models_page.py's page session, after its model switches: a page of its
own would cost a whole page start (~45 s on the 2-core CI machine) for ~3 s of opening the file.
"""

from __future__ import annotations

import json

from gguf_helpers import T, write_tiny_gguf
from test_page import ask, cpython_greedy_ids

PROMPT = "the thin hint"
TOKENS = 6


def cached_text(page, url):
    return page.evaluate(f"caches.open('tabllm-model-v1').then(c => c.match({json.dumps(url)})).then(r => r && r.text())")


def check_gguf_file_opens(page, url, tmp_path, count):
    """On a page of the site at url, loaded (temperature 0, max_tokens TOKENS, ignore_eos) after count - 1 ready
    messages: open a tiny GGUF by the picker (its ready message: the count-th), chat, check what is kept; refusals."""
    from test_models_page import load_model

    from tabllm.convert import convert_gguf

    gguf_path = tmp_path / "Tiny-Gguf.Q4_0.gguf"  # other weights than the site's models, and Q4_0 / F16 / Q8_0 matrices
    write_tiny_gguf(gguf_path, linear=T.Q4_0, output=T.Q8_0, seed=2, overrides={"blk.1.ffn_up.weight": T.F16})
    want_dir = convert_gguf(gguf_path, tmp_path / "converted")
    expected = cpython_greedy_ids(want_dir, PROMPT, TOKENS, stop_at_eos=False)
    odd = tmp_path / "odd.gguf"
    write_tiny_gguf(odd, overrides={"blk.0.attn_output.weight": T.F32})
    page.evaluate("document.getElementById('models').open = true; document.getElementById('storage').open = true")

    # the picker: converted in the worker, kept, loaded; CPython's tokens for the same file
    ready = load_model(page, lambda: page.set_input_files("#gguf-file", str(gguf_path)), count)
    base = ready["modelUrl"]
    assert ready["switched"] and ready["model"] == "Tiny-Gguf" and base.startswith(url + "local-gguf/Tiny-Gguf-"), ready
    assert ask(page, PROMPT)["token_ids"] == expected
    for name in ("config.json", "tokenizer.json", "weights/index.json"):
        assert cached_text(page, base + name) == (want_dir / name).read_text(encoding="utf-8"), name
    # the storage panel lists it among the kept models
    page.wait_for_function(f"window.tabllm.storage?.models.some(m => m.base === {json.dumps(base)})", timeout=10_000, polling=100)

    # refusals: a type the kernels do not read (picked), a file that is no GGUF (dropped); the GGUF's model stays
    refused = load_model(page, lambda: page.set_input_files("#gguf-file", str(odd)), count)["refused"]
    assert "tensor blk.0.attn_output.weight has type F32, which tabllm's kernels do not read" in refused, refused
    drop = """() => {
        const dt = new DataTransfer();
        dt.items.add(new File([new TextEncoder().encode("hello, not a model")], "notes.gguf"));
        document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }"""
    refused = load_model(page, lambda: page.evaluate(drop), count)["refused"]
    assert "notes.gguf is not a GGUF file" in refused, refused
    assert page.evaluate("window.tabllm.ready.model") == "Tiny-Gguf"
