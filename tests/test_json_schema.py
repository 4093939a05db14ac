"""response_format {"type": "json_schema"} (api/json_schema.py): outputs that always validate.

The official `openai` client drives the in-process server of test_api.py on the tiny random-weight
model: its text is gibberish, so any valid output comes from the mask alone. Sampled at temperature 1
over many seeds, every reply that ends with finish_reason "stop" must validate (jsonschema, with its
format checker); unsupported schema features are 400s naming response_format.
"""

import json

import pytest

jsonschema = pytest.importorskip("jsonschema", reason="pip install -e '.[test]'")
openai = pytest.importorskip("openai", reason="pip install -e '.[test]'")
pytest.importorskip("uvicorn", reason="the server needs: pip install -e '.[serve]'")
pytest.importorskip("sse_starlette", reason="the server needs: pip install -e '.[serve]'")

from test_api import MODEL, chat, tid, client, engine, model_dir, server, status_of  # noqa: E402,F401  (fixtures)

from tabllm.api.json_schema import FORMATS, schema_regex  # noqa: E402

# Everything the grammar holds, kept short: the tiny model's context is 256 tokens of one byte each.
PERSON = {
    "type": "object",
    "properties": {
        "n": {"type": "string", "maxLength": 4},
        "a": {"type": "integer"},
        "b": {"type": "boolean"},
        "c": {"enum": ["red", "green", "blue"]},
        "t": {"type": "array", "items": {"type": "string", "maxLength": 2}, "minItems": 1, "maxItems": 2},
        "p": {"$ref": "#/$defs/point"},
        "d": {"type": "string", "format": "date"},
        "k": {"type": "string", "pattern": "^[A-Z]{2}[0-9]$"},
        "o": {"anyOf": [{"type": "null"}, {"type": "string", "maxLength": 2}]},
        "e": {"type": "number"},
    },
    "required": ["n", "a", "b", "c", "t", "p", "d", "k", "o"],
    "additionalProperties": False,
    "$defs": {"point": {"type": "object", "properties": {"x": {"type": "number"}, "y": {"type": ["integer", "null"]}},
                        "required": ["x", "y"]}},
}
# nudges the random model towards ending numbers and strings, so that most replies close in time
ENDINGS = {tid(c): 4 for c in ',}]"'}


def response_format(schema, name="person"):
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}


def validate(text, schema):
    jsonschema.validate(json.loads(text), schema, format_checker=jsonschema.FormatChecker())


def test_sampled_outputs_always_validate(client):
    stopped = 0
    for seed in range(6):
        r = chat(client, "Describe a person", temperature=1.0, seed=seed, max_tokens=200,
                 response_format=response_format(PERSON), logit_bias=ENDINGS)
        if r.choices[0].finish_reason == "stop":
            stopped += 1
            validate(r.choices[0].message.content, PERSON)
    assert stopped >= 5  # the mask closes the object well within max_tokens
    # the same requests without the schema: the random model writes no such JSON
    r = chat(client, "Describe a person", temperature=1.0, seed=0, max_tokens=60, logit_bias=ENDINGS)
    with pytest.raises((ValueError, jsonschema.ValidationError)):
        validate(r.choices[0].message.content, PERSON)


def test_streamed_output_validates(client):
    schema = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"},
              "kind": {"const": "leaf"}}, "required": ["id", "kind"]}, "minItems": 2, "maxItems": 3}
    chunks = list(chat(client, "List", temperature=1.0, seed=5, max_tokens=150, stream=True, logit_bias=ENDINGS,
                       response_format=response_format(schema, "list")))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert chunks[-1].choices[0].finish_reason == "stop"
    validate(text, schema)
    assert 2 <= len(json.loads(text)) <= 3


def test_python_api_takes_json_schema(engine):
    r = engine.chat.completions.create(messages=[{"role": "user", "content": "x"}], temperature=1.0, seed=1,
                                       max_tokens=200, response_format=response_format(PERSON), logit_bias=ENDINGS)
    assert r.choices[0].finish_reason == "stop"
    validate(r.choices[0].message.content, PERSON)


def test_mask_computed_during_the_forward_pass_is_the_steps_own(engine):
    """With a constraint, Engine.stream_steps submits step pos + 1's layers before it fetches step pos's id
    and computes the mask meanwhile (overlap_mask). Every token must be one its own step's mask allowed (a
    mask that changes every step: a stale one would show), and the tokens equal those of the one-submit
    step (queue_decode_steps False turns the overlap off), sampled and greedy."""
    import tabllm
    from tabllm.sampling import mask_from_ids

    V = engine.config["vocab_size"]

    class EveryThird:  # step n allows the ids = n (mod 3), all but the end-of-turn token
        def allowed(self, out):
            return mask_from_ids([t for t in range(len(out) % 3, V, 3) if t != 2], V)

    prompt = engine.chat_prompt_ids([{"role": "user", "content": "x"}])
    fetches = []
    fetch = engine.executor.fetch
    engine.executor.fetch = lambda step: fetches.append(step) or fetch(step)
    try:
        for settings in (tabllm.SamplerSettings(temperature=0), tabllm.SamplerSettings(temperature=1.0, seed=5)):
            runs = []
            for overlap in (True, False):
                engine.queue_decode_steps = overlap
                fetches.clear()
                runs.append(list(engine.stream_ids(prompt, 12, settings, constraint=EveryThird(), stop_at_eos=False)))
                assert len(fetches) == (11 if overlap else 0)  # one per decode step
            assert runs[0] == runs[1] and all(t % 3 == n % 3 for n, t in enumerate(runs[0]))
    finally:
        del engine.queue_decode_steps, engine.executor.fetch  # (the class's)


@pytest.mark.parametrize("schema, words", [
    ({"type": "integer", "minimum": 0}, "minimum"),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "oneOf"),
    ({"type": "object", "properties": {"a": {"$ref": "#/$defs/a"}}, "$defs": {"a": {"type": "array", "items": {"$ref": "#/$defs/a"}}}},
     "recursive"),
    ({"type": "string", "pattern": "a.b"}, "quotes"),
    ({"type": "string", "format": "hostname"}, "hostname"),
    ({"type": "object"}, "additionalProperties"),
    ({"type": "object", "properties": {"a": {"type": "string"}}, "required": ["b"]}, "not defined"),
    ({"type": "array", "items": {"type": "integer"}, "uniqueItems": True}, "uniqueItems"),
    ({"enum": ["a", 1], "type": "string"}, "does not match"),
    ({"type": "string", "maxLength": 10_000}, "maxLength"),
    ("string", "must be a JSON object"),
])
def test_unsupported_schemas_are_400_naming_response_format(client, schema, words):
    status, err = status_of(lambda: chat(client, "hi", response_format=response_format(schema)))
    assert status == 400 and err.param == "response_format" and err.type == "invalid_request_error"
    assert words in err.message


@pytest.mark.parametrize("rf, param", [
    ({"type": "json_schema"}, "response_format.json_schema"),
    ({"type": "json_schema", "json_schema": {"schema": {"type": "string"}}}, "response_format.json_schema.name"),
    ({"type": "json_schema", "json_schema": {"name": "a b", "schema": {"type": "string"}}}, "response_format.json_schema.name"),
    ({"type": "json_schema", "json_schema": {"name": "a", "schema": {"type": "string"}, "strict": "yes"}},
     "response_format.json_schema.strict"),
    ({"type": "json_schema", "json_schema": {"name": "a", "schema": {"type": "string"}, "other": 1}}, "response_format"),
])
def test_malformed_json_schema_requests_are_400(client, rf, param):
    status, err = status_of(lambda: chat(client, "hi", response_format=rf))
    assert status == 400 and err.param == param


# --- the regex itself (no model) ----------------------------------------------------------------


def _matches(schema, text):
    import interegular

    return interegular.parse_pattern(schema_regex(schema)).to_fsm().accepts(text)


@pytest.mark.parametrize("schema, good, bad", [
    (PERSON, ['{"n":"ab","a":-3,"b":true,"c":"red","t":["x"],"p":{"x":1.5e3,"y":null},'
              '"d":"2024-12-31","k":"AB1","o":null}',
              '{ "n": "", "a": 0, "b": false, "c": "blue", "t": ["", "ab"], "p": {"x": -0, "y": 7}, '
              '"d": "1999-04-30", "k": "ZZ9", "o": "hi", "e": 0.25 }'],
     ['{"n":"ab","a":1}',  # required properties missing
      '{"n":"abcde","a":-3,"b":true,"c":"red","t":["x"],"p":{"x":1,"y":null},"d":"2024-12-31","k":"AB1","o":null}',
      '{"n":"ab","a":01,"b":true,"c":"red","t":["x"],"p":{"x":1,"y":null},"d":"2024-12-31","k":"AB1","o":null}',
      '{"n":"ab","a":1,"b":true,"c":"red","t":["x"],"p":{"x":1,"y":null},"d":"2024-02-30","k":"AB1","o":null}',
      '{"n":"ab","a":1,"b":true,"c":"red","t":[],"p":{"x":1,"y":null},"d":"2024-12-31","k":"AB1","o":null}']),
    ({"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}},
     ["{}", '{"a":1}', '{"b":2}', '{"a":1, "b":2}'], ['{"b":2,"a":1}', '{"a":1,}', '{,"b":2}']),
    ({"type": "object", "additionalProperties": {"type": "boolean"}}, ['{}', '{"x":true, "y":false}'], ['{"x":1}']),
    ({"type": "string", "format": "uuid"}, ['"123e4567-e89b-12d3-a456-426614174000"'], ['"123e4567"']),
    ({"type": "string", "minLength": 2, "maxLength": 3}, ['"ab"', '"a\\n\\u00e9"'], ['"a"', '"abcd"', '"a\nb"']),
])
def test_schema_regex_accepts_exactly_what_validates(schema, good, bad):
    for text in good:
        validate(text, schema)
        assert _matches(schema, text), text
    for text in bad:
        assert not _matches(schema, text), text


# --- the mask without numpy (the page) ----------------------------------------------------------


def _vocab_bytes(seed=0, count=1500):
    """A made-up byte-level vocabulary: every printable ASCII character, JSON-ish pieces, random strings of
    JSON's characters, a few pieces of UTF-8 characters (left out of the masks) and an end-of-turn token."""
    import random

    rng = random.Random(seed)
    pieces = [bytes([c]) for c in range(32, 127)] + [b'{"', b'":', b'",', b' "', b'"}', b'true', b'null', b'12', b'-0',
                                                    b'\n', b'\xc3', b'\xa9', "é".encode(), "日本".encode()]
    alphabet = '{}[]":, abcnrtuelsfxyz0123456789-.eE\\/'
    while len(pieces) < count:
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 7))).encode()
        if piece not in pieces:
            pieces.append(piece)
    return pieces + [b"<|im_end|>"]


def _reachable_states(compiled, limit=120):
    seen, todo = [compiled.initial], [compiled.initial]
    while todo and len(seen) < limit:
        for t in compiled.map.get(todo.pop(0), {}).values():
            if t in compiled.live and t not in seen:
                seen.append(t)
                todo.append(t)
    return seen


def test_trie_masks_equal_numpy_masks():
    """The page's mask path (a trie walk in plain Python, no numpy) allows exactly the tokens the numpy
    walk allows, in every state reached, for a schema and a tool call's regex."""
    from tabllm.api.json_schema import SchemaVocab
    from tabllm.api.params import Params
    from tabllm.api.tools import call_regex, read_tools

    pieces = _vocab_bytes()
    eos = len(pieces) - 1
    fast, slow = (SchemaVocab(pieces, len(pieces) + 5, [eos], [], use_numpy=flag) for flag in (True, False))
    assert fast.use_numpy and not slow.use_numpy
    weather = {"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string", "maxLength": 8}, "days": {"type": "integer"}},
        "required": ["city"]}}}
    tools = read_tools(Params({"tools": [weather], "tool_choice": "required"}, {"tools", "tool_choice"}), "generic")
    compared = 0
    for kw in ({"schema": PERSON}, {"regex": call_regex(tools)}):
        a, b = fast.compiled(**kw), slow.compiled(**kw)
        for state in _reachable_states(a):
            assert a.mask(state) == b.mask(state), (kw, state)
            compared += 1
    assert compared > 100


# Node + Pyodide (node_modules/pyodide, as the page runs it): the working tree's tabllm and this venv's
# interegular mounted; numpy blocked as in the page. argv: repo root, site-packages, a JSON job file.
PYODIDE_MASKS_JS = r"""
import fs from "node:fs";
const [root, sitePackages, jobFile] = process.argv.slice(2);
const { loadPyodide } = await import(root + "/node_modules/pyodide/pyodide.mjs");
const py = await loadPyodide({ indexURL: root + "/node_modules/pyodide/" });
for (const [dir, at] of [[root + "/app/py", "/src"], [sitePackages, "/site"]]) {
  py.FS.mkdirTree(at);
  py.FS.mount(py.FS.filesystems.NODEFS, { root: dir }, at);
}
py.FS.writeFile("/job.json", fs.readFileSync(jobFile));
try {
  py.runPython(`
import json, sys
class BlockNumpy:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "numpy":
            raise ImportError("not in the page")
sys.meta_path.insert(0, BlockNumpy())
sys.path[:0] = ["/src"]
sys.path.append("/site")
from tabllm.api.json_schema import SchemaVocab
job = json.load(open("/job.json"))
pieces = [bytes(p) for p in job["pieces"]]
eos = len(pieces) - 1
js, trie = (SchemaVocab(pieces, len(pieces) + 5, [eos], [], use_js=flag) for flag in (True, False))
assert js.use_js and not trie.use_js and not js.use_numpy
compared = 0
for kw in job["compile"]:
    a, b = js.compiled(**kw), trie.compiled(**kw)
    for state in sorted(a.live):
        assert a.mask(state) == b.mask(state), (kw, state)
        compared += 1
print("compared", compared)
`);
} catch (e) {
  console.error(String(e.message).slice(-3000));  // (the Python traceback, not node's dump of the source line)
  process.exit(1);
}
"""


def test_page_masks_in_javascript_equal_the_trie_walks(tmp_path):
    """Under Pyodide (the page) SchemaVocab walks the vocabulary in JavaScript (api/js_mask.py): its masks
    equal the plain-Python trie walk's in every live state, for a schema and a tool call's regex. Runs
    Pyodide in Node, as benchmarks/json_schema_mask_pyodide.mjs does."""
    import shutil
    import subprocess
    from pathlib import Path

    import interegular

    from tabllm.api.params import Params
    from tabllm.api.tools import call_regex, read_tools

    root = Path(__file__).resolve().parents[1]
    if shutil.which("node") is None or not (root / "node_modules/pyodide").is_dir():
        pytest.skip("needs node and node_modules/pyodide (npm install)")
    weather = {"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string", "maxLength": 8}, "days": {"type": "integer"}},
        "required": ["city"]}}}
    tools = read_tools(Params({"tools": [weather], "tool_choice": "required"}, {"tools", "tool_choice"}), "generic")
    job = tmp_path / "job.json"
    job.write_text(json.dumps({"pieces": [list(p) for p in _vocab_bytes()],
                               "compile": [{"schema": PERSON}, {"regex": call_regex(tools)}]}))
    script = tmp_path / "masks.mjs"
    script.write_text(PYODIDE_MASKS_JS)
    site = Path(interegular.__file__).parents[1]
    done = subprocess.run(["node", str(script), str(root), str(site), str(job)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert int(done.stdout.split("compared")[-1]) > 100


NO_NUMPY_SCRIPT = r'''
import sys

class BlockNumpy:  # as under Pyodide's core
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "numpy":
            raise ImportError(f"{name} is not in the page")

sys.meta_path.insert(0, BlockNumpy())
import json
from tabllm.api.json_schema import JsonSchemaConstraint, SchemaVocab
from tabllm.sampling import mask_ids

pieces = [bytes([c]) for c in range(32, 127)] + [b"<|im_end|>"]
vocab = SchemaVocab(pieces, len(pieces), [len(pieces) - 1], [])
assert not vocab.use_numpy
schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
c = JsonSchemaConstraint(vocab, vocab.compiled(schema))
out = []
while True:
    mask = c.allowed(out) or c.schema.mask(c.state)
    if c.complete:
        break
    out.append(mask_ids(mask)[0])  # the lowest allowed token each step
text = "".join(pieces[t].decode() for t in out)
assert json.loads(text) == {"ok": False}, text
assert "numpy" not in sys.modules
print("ok")
'''


def test_json_schema_runs_without_numpy():
    """With numpy unimportable (the page), SchemaVocab takes the trie path by itself and a constraint
    steps a schema's text to the end."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", NO_NUMPY_SCRIPT], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]


def test_without_interegular_constrained_requests_are_400_naming_the_parameter(monkeypatch):
    """A page built without the interegular wheel answers json_schema and required / named tool calls
    with a 400 naming the parameter, never a crash mid-request."""
    import sys
    from types import SimpleNamespace

    from tabllm.api.errors import InvalidRequestError
    from tabllm.api.resources import _compiled_schema

    monkeypatch.setitem(sys.modules, "interegular", None)  # import interegular raises ImportError
    pieces = _vocab_bytes(count=200)
    engine = type("FakeEngine", (), {})()  # what _schema_vocab reads of an engine
    engine.tokenizer = SimpleNamespace(token_bytes=pieces, special_tokens={})
    engine.config, engine.eos_ids = {"vocab_size": len(pieces)}, {len(pieces) - 1}
    for param, kw in (("response_format", {"schema": {"type": "boolean"}}), ("tool_choice", {"regex": "(true|false)"})):
        with pytest.raises(InvalidRequestError, match="interegular") as e:
            _compiled_schema(engine, param, **kw)
        assert e.value.param == param
    with pytest.raises(InvalidRequestError, match="interegular") as e:
        schema_regex({"type": "string", "pattern": "^[a-z]+$"})
    assert e.value.param == "response_format"
