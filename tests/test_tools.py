"""Tool calls (api/tools.py): tools / tool_choice / role "tool" through the official `openai` client.

Two tiny random-weight models (tests/gguf_helpers.py, one byte a token, 1024-token context): one whose
ChatML template knows no tools (the "generic" format: a system message offers them) and one with a
Qwen2.5-shaped template that renders `tools` itself ("hermes"). Their text is gibberish, so a call that
validates comes from the constraint alone (tool_choice required / named); "auto" replies are parsed by
the same code the unit tests below check on hand-written replies.
"""

import json

import pytest

jsonschema = pytest.importorskip("jsonschema", reason="pip install -e '.[test]'")
openai = pytest.importorskip("openai", reason="pip install -e '.[test]'")
pytest.importorskip("uvicorn", reason="the server needs: pip install -e '.[serve]'")
pytest.importorskip("sse_starlette", reason="the server needs: pip install -e '.[serve]'")

from test_api import Server, status_of, tid  # noqa: E402

import tabllm  # noqa: E402
from tabllm.api.params import Params  # noqa: E402
from tabllm.api.tools import ToolCallStream, call_regex, parse_reply, read_tools  # noqa: E402
from tabllm.server import create_app  # noqa: E402

CONTEXT = 1024
WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "Weather in a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 8},
                                                    "days": {"type": "integer"}},
                   "required": ["city"], "additionalProperties": False}}}
TIME = {"type": "function", "function": {"name": "now", "parameters": {"type": "object", "properties": {}}}}
TOOLS = [WEATHER, TIME]
# nudges the random model towards closing strings and objects, so that calls end well within max_tokens
ENDINGS = {tid(c): 4 for c in '"}<'}

# Qwen2.5's tool template, its instructions shortened (the context holds one byte a token)
HERMES = (
    "{%- if tools %}{{- '<|im_start|>system\\n' }}{%- if messages[0]['role'] == 'system' %}{{- messages[0]['content'] }}"
    "{%- endif %}{{- '\\n# Tools\\n<tools>' }}{%- for tool in tools %}{{- '\\n' }}{{- tool | tojson }}{%- endfor %}"
    "{{- '\\n</tools>\\nCall as <tool_call>\\n{\"name\": <name>, \"arguments\": <object>}\\n</tool_call><|im_end|>\\n' }}"
    "{%- elif messages[0]['role'] == 'system' %}{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}"
    "{%- endif %}"
    "{%- for message in messages %}"
    "{%- if (message.role == 'user') or (message.role == 'system' and not loop.first) or (message.role == 'assistant' "
    "and not message.tool_calls) %}{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- elif message.role == 'assistant' %}{{- '<|im_start|>' + message.role }}"
    "{%- if message.content %}{{- '\\n' + message.content }}{%- endif %}"
    "{%- for tool_call in message.tool_calls %}{%- if tool_call.function is defined %}"
    "{%- set tool_call = tool_call.function %}{%- endif %}"
    "{{- '\\n<tool_call>\\n{\"name\": \"' }}{{- tool_call.name }}{{- '\", \"arguments\": ' }}"
    "{{- tool_call.arguments | tojson }}{{- '}\\n</tool_call>' }}{%- endfor %}{{- '<|im_end|>\\n' }}"
    "{%- elif message.role == 'tool' %}{%- if (loop.index0 == 0) or (messages[loop.index0 - 1].role != 'tool') %}"
    "{{- '<|im_start|>user' }}{%- endif %}{{- '\\n<tool_response>\\n' }}{{- message.content }}"
    "{{- '\\n</tool_response>' }}{%- if loop.last or (messages[loop.index0 + 1].role != 'tool') %}"
    "{{- '<|im_end|>\\n' }}{%- endif %}{%- endif %}{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)


def _model(tmp_path_factory, name, **kw):
    from gguf_helpers import write_tiny_gguf

    from tabllm.convert import convert_gguf

    tmp = tmp_path_factory.mktemp(name)
    write_tiny_gguf(tmp / f"{name}.gguf", context=CONTEXT, **kw)
    return convert_gguf(tmp / f"{name}.gguf", tmp / "model")


@pytest.fixture(scope="module")
def generic_engine(tmp_path_factory, gpu_adapter):
    e = tabllm.load(_model(tmp_path_factory, "generic"), context_length=CONTEXT, precision="f32")
    yield e
    e.release()


@pytest.fixture(scope="module")
def hermes_engine(tmp_path_factory, gpu_adapter):
    e = tabllm.load(_model(tmp_path_factory, "hermes", template=HERMES), context_length=CONTEXT, precision="f32")
    yield e
    e.release()


@pytest.fixture(scope="module")
def client(generic_engine):
    with Server(create_app(generic_engine, max_queue=8)) as s:
        yield s.client()


def ask(client, content="Weather in Paris?", messages=None, **kw):
    kw = {"temperature": 0, "max_tokens": 120, "logit_bias": ENDINGS, "tools": TOOLS, **kw}
    return client.chat.completions.create(model=client_model(client), messages=messages or [{"role": "user", "content": content}],
                                          **kw)


def client_model(client):
    return client.models.list().data[0].id


def check_call(call, tool=WEATHER):
    assert call.type == "function" and call.id.startswith("call_") and call.function.name == tool["function"]["name"]
    jsonschema.validate(json.loads(call.function.arguments), tool["function"]["parameters"])


def test_required_tool_choice_always_gives_a_valid_call(client):
    for seed in range(4):
        r = ask(client, temperature=1.0, seed=seed, tool_choice="required")
        choice = r.choices[0]
        assert choice.finish_reason == "tool_calls", choice
        assert choice.message.content is None and len(choice.message.tool_calls) == 1
        call = choice.message.tool_calls[0]
        check_call(call, WEATHER if call.function.name == "get_weather" else TIME)


def test_named_call_streamed_and_its_round_trip(client):
    named = {"type": "function", "function": {"name": "get_weather"}}
    chunks = list(ask(client, temperature=1.0, seed=3, tool_choice=named, stream=True))
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    assert "".join(d.content or "" for d in deltas) == ""  # no call syntax shown as content
    calls = [tc for d in deltas for tc in (d.tool_calls or [])]
    assert len(calls) == 1 and chunks[-1].choices[0].finish_reason == "tool_calls"
    check_call(calls[0])
    # the same request not streamed gives the same call (same seed), then the tool's result goes back
    r = ask(client, temperature=1.0, seed=3, tool_choice=named)
    assert r.choices[0].message.tool_calls[0].function.arguments == calls[0].function.arguments
    history = [{"role": "user", "content": "Weather in Paris?"}, r.choices[0].message.model_dump(exclude_none=True),
               {"role": "tool", "tool_call_id": r.choices[0].message.tool_calls[0].id, "content": "sunny, 21 C"}]
    after = ask(client, messages=history, tool_choice="none", max_tokens=8)
    assert after.choices[0].finish_reason in ("stop", "length") and after.choices[0].message.tool_calls is None
    assert isinstance(after.choices[0].message.content, str)


def test_generic_prompt_offers_the_tools_and_renders_the_history(generic_engine):
    from tabllm.api.tools import template_messages

    request = read_tools(Params({"tools": TOOLS}, {"tools"}), "generic")
    history = [{"role": "user", "content": "hi"},
               {"role": "assistant", "content": "", "tool_calls": [{"id": "c1", "type": "function", "function": {
                   "name": "get_weather", "arguments": '{"city": "Oslo"}'}}]},
               {"role": "tool", "tool_call_id": "c1", "content": "snow"}]
    messages, tools = template_messages(history, generic_engine.template.tool_format, request)
    text = generic_engine.template.render(messages, tools=tools)
    assert generic_engine.template.tool_format == "generic" and tools is None
    assert '"name": "get_weather"' in text.split("<|im_start|>user")[0]  # offered in the system message
    assert '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Oslo"}}\n</tool_call>' in text
    assert "<|im_start|>user\n<tool_response>\nsnow\n</tool_response><|im_end|>" in text


def test_hermes_template_gets_the_tools_and_a_named_call(hermes_engine):
    assert hermes_engine.template.tool_format == "hermes"
    history = [{"role": "user", "content": "hi"},
               {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
                   "name": "now", "arguments": "{}"}}]},
               {"role": "tool", "tool_call_id": "c1", "content": "noon"}]
    job = hermes_engine.chat.completions.prepare({"messages": history, "tools": TOOLS, "tool_choice": "required"})
    text = hermes_engine.tokenizer.decode(job.prompts[0], skip_special=False)
    assert "# Tools\n<tools>\n" + json.dumps(WEATHER, ensure_ascii=False) in text
    assert '<tool_call>\n{"name": "now", "arguments": {}}\n</tool_call><|im_end|>' in text
    assert "<|im_start|>user\n<tool_response>\nnoon\n</tool_response><|im_end|>" in text
    r = hermes_engine.chat.completions.create(messages=[{"role": "user", "content": "Oslo?"}], tools=TOOLS,
                                              tool_choice={"type": "function", "function": {"name": "get_weather"}},
                                              temperature=1.0, seed=1, max_tokens=120, logit_bias=ENDINGS)
    assert r.choices[0].finish_reason == "tool_calls"
    check_call(r.choices[0].message.tool_calls[0])


@pytest.mark.parametrize("body, param", [
    ({"tools": {"a": 1}}, "tools"),
    ({"tools": [{"type": "function", "function": {"name": "a b"}}]}, "tools[0].function.name"),
    ({"tools": [WEATHER, WEATHER]}, "tools"),
    ({"tools": [{"type": "retrieval"}]}, "tools[0]"),
    ({"tool_choice": "required"}, "tool_choice"),
    ({"tools": TOOLS, "tool_choice": {"type": "function", "function": {"name": "nope"}}}, "tool_choice"),
    ({"tools": TOOLS, "tool_choice": "sometimes"}, "tool_choice"),
    ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {
        "x": {"type": "integer", "minimum": 3}}}}}], "tool_choice": "required"}, "tools[0].function.parameters"),
    ({"tools": TOOLS, "tool_choice": "required", "response_format": {"type": "json_object"}}, "response_format"),
])
def test_bad_tool_requests_are_400_naming_the_field(client, body, param):
    status, err = status_of(lambda: client.chat.completions.create(
        model=client_model(client), messages=[{"role": "user", "content": "hi"}], **body))
    assert status == 400 and err.param == param, err


@pytest.mark.parametrize("messages, param", [
    ([{"role": "tool", "content": "x"}], "messages[0].tool_call_id"),
    ([{"role": "assistant", "tool_calls": [{"type": "function", "function": {"name": "f", "arguments": "[1]"}}]}],
     "messages[0].tool_calls[0]"),
    ([{"role": "user", "content": "x", "tool_calls": []}], "messages[0].tool_calls"),
])
def test_bad_tool_messages_are_400(client, messages, param):
    status, err = status_of(lambda: client.chat.completions.create(model=client_model(client), messages=messages))
    assert status == 400 and err.param == param, err


# --- parsing replies (no GPU) -------------------------------------------------------------------


def _request(fmt, choice=None, parallel=True):
    body = {"tools": TOOLS, "parallel_tool_calls": parallel, **({"tool_choice": choice} if choice else {})}
    return read_tools(Params(body, set(body)), fmt)


CALL = '{"name": "get_weather", "arguments": {"city": "Rome"}}'


@pytest.mark.parametrize("fmt, reply, content, names", [
    ("hermes", f"Let me look.\n<tool_call>\n{CALL}\n</tool_call>", "Let me look.", ["get_weather"]),
    ("hermes", f"<tool_call>\n{CALL}\n</tool_call>\n<tool_call>\n{{\"name\": \"now\", \"arguments\": {{}}}}\n</tool_call>",
     None, ["get_weather", "now"]),
    ("generic", "<tool_call>\n{\"name\": \"unknown\", \"arguments\": {}}\n</tool_call>", None, []),
    ("generic", "<tool_call>\n{not json}\n</tool_call>", None, []),
    ("generic", "It is 3 < 4, <tool no call", None, []),
    ("json", '{"name": "get_weather", "parameters": {"city": "Rome"}}', None, ["get_weather"]),
    ("json", '<|python_tag|>{"name": "now", "parameters": {}}', None, ["now"]),
    ("json", 'Use {"name": "now", "parameters": {}}', None, []),
])
def test_replies_parse_into_calls_and_stream_without_call_syntax(fmt, reply, content, names):
    request = _request(fmt)
    parsed_content, calls = parse_reply(reply, request)
    assert [c["function"]["name"] for c in calls] == names
    assert parsed_content == (content if names else reply)
    for c in calls:
        assert isinstance(json.loads(c["function"]["arguments"]), dict)
    for size in (1, 3, 7):  # streamed in pieces of any size: the same split
        stream = ToolCallStream(request)
        shown = "".join(stream.push(reply[i:i + size]) for i in range(0, len(reply), size))
        tail, streamed_calls = stream.finish()
        assert [c["function"]["name"] for c in streamed_calls] == names
        if names:
            assert "<tool_call>" not in shown and "{" not in shown
            assert (shown + tail).strip() == (content or "")
        else:
            assert shown + tail == reply


def test_parallel_tool_calls_false_keeps_the_first_call():
    reply = f"<tool_call>\n{CALL}\n</tool_call><tool_call>\n{{\"name\": \"now\", \"arguments\": {{}}}}\n</tool_call>"
    assert [c["function"]["name"] for c in parse_reply(reply, _request("hermes", parallel=False))[1]] == ["get_weather"]


def test_constrained_call_regex_holds_exactly_the_calls_of_the_schema():
    import interegular

    fsm = interegular.parse_pattern(call_regex(_request("hermes", "required"))).to_fsm()
    assert fsm.accepts(f"<tool_call>\n{CALL}\n</tool_call>")
    assert fsm.accepts('<tool_call>\n{"name":"now","arguments":{}}\n</tool_call>')
    assert not fsm.accepts(f"<tool_call>\n{CALL.replace('Rome', 'Rome of old')}\n</tool_call>")  # maxLength 8
    assert not fsm.accepts('<tool_call>\n{"name": "get_weather", "arguments": {}}\n</tool_call>')  # city required
    fsm = interegular.parse_pattern(call_regex(_request("json", {"type": "function", "function": {"name": "now"}}))).to_fsm()
    assert fsm.accepts('{"name": "now", "parameters": {}}') and not fsm.accepts(CALL)
