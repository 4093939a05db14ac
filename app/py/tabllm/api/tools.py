"""Tool calls: OpenAI's `tools` / `tool_choice`, assistant `tool_calls` and `role: "tool"` messages.

The prompt format comes from the model's chat template (ChatTemplate.tool_format):
  "hermes"   the template renders `tools` and writes calls as <tool_call>{"name", "arguments"}</tool_call>
             (Qwen2.5, Qwen3, Hermes): tools, past calls and tool results go to the template as HF's
             apply_chat_template passes them (a call's arguments as an object).
  "json"     the template renders `tools` and asks for a bare {"name", "parameters"} object (Llama 3.1-3.3).
  "generic"  the template knows no tools (SmolLM2, Gemma 3): a system message lists the functions and asks
             for the hermes form; past calls are written into the assistant's text and tool results become
             a user message in <tool_response> tags.
The reply is parsed back into `tool_calls` (finish_reason "tool_calls"); while streaming, text that may be a
call is held back, so content deltas never show call syntax. tool_choice "required" or a named function
constrains the reply (json_schema.py's DFA mask) to exactly one call whose arguments match the function's
`parameters` schema (the subset json_schema.py holds); "auto" lets the model choose and parses what it
wrote; "none" does not show the tools to the model.
"""

import dataclasses
import json
import re
import secrets

from . import params as P
from .errors import InvalidRequestError
from .json_schema import SCHEMA_WHERE, WS, schema_regex

CALL_OPEN, CALL_CLOSE = "<tool_call>", "</tool_call>"
_HERMES_BLOCK = re.compile(re.escape(CALL_OPEN) + r"\s*(.*?)\s*" + re.escape(CALL_CLOSE), re.S)
_PYTHON_TAG = "<|python_tag|>"  # Llama 3.1+ may start a call with it
_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")
NO_PARAMETERS = {"type": "object", "properties": {}}
MAX_TOOLS = 64


@dataclasses.dataclass
class ToolRequest:
    """A request's checked tools: shown to the model (template `tools`, or the generic system message)."""

    tools: list  # as given: [{"type": "function", "function": {"name", "description", "parameters"}}]
    choice: str  # "auto" | "required" | "named"
    name: str | None  # the function tool_choice names
    fmt: str  # the template's tool format (module docstring)
    parallel: bool  # parallel_tool_calls: more than one call per reply allowed (auto only)

    @property
    def functions(self) -> dict:
        return {t["function"]["name"]: t["function"] for t in self.tools}

    @property
    def constrained(self) -> bool:
        return self.choice in ("required", "named")


def _bad(param, message):
    return InvalidRequestError(message, param=param)


def _function(tool, i) -> dict:
    where = f"tools[{i}]"
    if not isinstance(tool, dict) or tool.get("type") != "function" or not isinstance(tool.get("function"), dict):
        raise _bad(where, f'{where} must be {{"type": "function", "function": {{"name": ..., "parameters": ...}}}}')
    if set(tool) - {"type", "function"}:
        raise _bad(where, f"{where} has unsupported fields: {', '.join(sorted(map(str, set(tool) - {'type', 'function'})))}")
    fn = tool["function"]
    extra = set(fn) - {"name", "description", "parameters", "strict"}
    if extra:
        raise _bad(f"{where}.function", f"{where}.function has unsupported fields: {', '.join(sorted(map(str, extra)))}")
    name = fn.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise _bad(f"{where}.function.name", f"{where}.function.name must be 1 to 64 letters, digits, _ or -")
    if not isinstance(fn.get("description", ""), str):
        raise _bad(f"{where}.function.description", f"{where}.function.description must be a string")
    if fn.get("strict") not in (None, True, False):
        raise _bad(f"{where}.function.strict", f"{where}.function.strict must be a boolean")
    if not isinstance(fn.get("parameters", {}), dict):
        raise _bad(f"{where}.function.parameters", f"{where}.function.parameters must be a JSON Schema object")
    return fn


def read_tools(p: P.Params, tool_format: str) -> ToolRequest | None:
    """The request's tools and tool_choice, checked (400s name the field); None when no tool is shown."""
    tools, choice = p.raw("tools"), p.raw("tool_choice")
    parallel = p.boolean("parallel_tool_calls", True)
    if tools is None:
        if choice not in (None, "none", "auto"):
            raise _bad("tool_choice", "tool_choice needs tools")
        return None
    if not isinstance(tools, list) or not 1 <= len(tools) <= MAX_TOOLS:
        raise _bad("tools", f"tools must be an array of 1 to {MAX_TOOLS} function tools")
    names = [_function(t, i)["name"] for i, t in enumerate(tools)]
    if len(set(names)) != len(names):
        raise _bad("tools", "tools must have distinct function names")
    name = None
    if choice is None or choice == "auto":
        kind = "auto"
    elif choice == "none":
        return None
    elif choice == "required":
        kind = "required"
    elif (isinstance(choice, dict) and choice.get("type") == "function" and set(choice) == {"type", "function"}
          and isinstance(choice["function"], dict) and set(choice["function"]) == {"name"}):
        kind, name = "named", choice["function"]["name"]
        if name not in names:
            raise _bad("tool_choice", f"tool_choice names {name!r}, which is not among tools")
    else:
        raise _bad("tool_choice", 'tool_choice must be "none", "auto", "required" or '
                                  '{"type": "function", "function": {"name": ...}}')
    request = ToolRequest(tools, kind, name, tool_format, parallel)
    if request.constrained:
        call_regex(request)  # every 400 about a parameters schema before generation
    return request


# --- the constrained reply ------------------------------------------------------------------------


def _arguments_regex(fn, i) -> str:
    where = f"tools[{i}].function.parameters"
    try:
        return schema_regex(fn.get("parameters") or NO_PARAMETERS)
    except InvalidRequestError as e:  # said of response_format's schema: say it of this function's parameters
        raise _bad(where, str(e).replace(SCHEMA_WHERE, where, 1)) from None


def call_regex(request: ToolRequest) -> str:
    """The regex of the one call a required / named tool_choice allows, in the template's format."""
    key = "parameters" if request.fmt == "json" else "arguments"
    calls = []
    for i, tool in enumerate(request.tools):
        fn = tool["function"]
        if request.choice == "named" and fn["name"] != request.name:
            continue
        calls.append(rf'\{{{WS}"name"{WS}:{WS}"{fn["name"]}"{WS},{WS}"{key}"{WS}:{WS}{_arguments_regex(fn, i)}{WS}\}}')
    body = "(" + "|".join(calls) + ")"
    return body if request.fmt == "json" else rf"{re.escape(CALL_OPEN)}\n{body}\n{re.escape(CALL_CLOSE)}"


# --- the prompt -----------------------------------------------------------------------------------


def generic_instructions(request: ToolRequest) -> str:
    """The system message that offers the tools to a model whose template knows none."""
    listed = "\n".join(json.dumps({k: v for k, v in t["function"].items() if k != "strict"}, ensure_ascii=False)
                       for t in request.tools)
    return (f"You can call these functions:\n{listed}\nTo call one, reply with only\n{CALL_OPEN}\n"
            f'{{"name": <function name>, "arguments": <arguments object>}}\n{CALL_CLOSE}')


def _call_text(call) -> str:
    fn = call["function"]
    return f'{CALL_OPEN}\n{json.dumps({"name": fn["name"], "arguments": _arguments_object(fn["arguments"])}, ensure_ascii=False)}\n{CALL_CLOSE}'


def _arguments_object(arguments):
    try:
        return json.loads(arguments)
    except ValueError:  # P.messages checked it; kept as text if a client sent something else
        return arguments


def template_messages(messages, tool_format: str, request: ToolRequest | None) -> tuple:
    """(messages for the chat template, its `tools` argument) for checked messages (params.messages)."""
    out = []
    if tool_format == "generic":
        if request is not None:
            system = generic_instructions(request)
            if messages and messages[0]["role"] == "system":
                messages = [{**messages[0], "content": messages[0]["content"] + "\n\n" + system}, *messages[1:]]
            else:
                messages = [{"role": "system", "content": system}, *messages]
        for m in messages:
            if m["role"] == "tool":
                text = f"<tool_response>\n{m['content']}\n</tool_response>"
                if out and out[-1].get("tool_results"):  # results of one turn's calls: one user message
                    out[-1] = {**out[-1], "content": out[-1]["content"] + "\n" + text}
                else:
                    out.append({"role": "user", "content": text, "tool_results": True})
            elif m.get("tool_calls"):
                calls = "\n".join(_call_text(c) for c in m["tool_calls"])
                out.append({"role": "assistant", "content": (m["content"] + "\n" if m["content"] else "") + calls})
            else:
                out.append(m)
        return [{k: v for k, v in m.items() if k != "tool_results"} for m in out], None
    for m in messages:
        if m.get("tool_calls"):
            m = {**m, "tool_calls": [{**c, "function": {**c["function"], "arguments": _arguments_object(c["function"]["arguments"])}}
                                     for c in m["tool_calls"]]}
        out.append(m)
    return out, (request.tools if request is not None else None)


# --- the reply ------------------------------------------------------------------------------------


def _as_call(obj, request: ToolRequest):
    """A tool_calls entry for a parsed object naming one of the tools, else None."""
    if not isinstance(obj, dict) or obj.get("name") not in request.functions:
        return None
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except ValueError:
            return None
    if not isinstance(args, dict):
        return None
    return {"id": "call_" + secrets.token_hex(12), "type": "function",
            "function": {"name": obj["name"], "arguments": json.dumps(args, ensure_ascii=False)}}


def parse_reply(text: str, request: ToolRequest) -> tuple:
    """(content without the calls, or None when nothing else is left; [tool_calls entries])."""
    calls, content = [], text
    if request.fmt == "json":
        body = text.strip().removeprefix(_PYTHON_TAG).strip()
        try:
            objs = json.loads(body)
        except ValueError:
            objs = None
        objs = objs if isinstance(objs, list) else [objs]
        parsed = [_as_call(o, request) for o in objs]
        if objs and all(parsed):
            calls, content = parsed, ""
    else:
        kept = []
        last = 0
        for block in _HERMES_BLOCK.finditer(text):
            try:
                call = _as_call(json.loads(block.group(1)), request)
            except ValueError:
                call = None
            if call is not None:
                calls.append(call)
                kept.append(text[last:block.start()])
                last = block.end()
        content = "".join(kept) + text[last:]
    if not request.parallel:
        calls = calls[:1]
    content = content.strip()
    return (content or None) if calls else text, calls


class ToolCallStream:
    """Streams a reply's content while holding back whatever may be a tool call.

    push(piece) returns the text safe to show now; finish() parses what was held back and returns (the rest
    of the content, tool_calls). hermes / generic: text before "<tool_call>" is shown (a tail that may be
    its start is held); from the tag on, everything is held. json: the reply is a call only if it starts
    with "{" or <|python_tag|> (after spaces), so such a start is held to the end.
    """

    def __init__(self, request: ToolRequest):
        self.request = request
        self.text = ""
        self.shown = 0  # characters of text already returned by push
        self.holding = False  # from here on everything is held (a call may have started)
        self.plain = False  # json format: the reply started as text, so it is not a call

    def push(self, piece: str) -> str:
        self.text += piece
        if self.holding:
            return ""
        rest = self.text[self.shown:]
        if self.request.fmt == "json":
            start = self.text.lstrip()
            if not self.plain:
                if start.startswith("{") or start.startswith(_PYTHON_TAG):
                    self.holding = True
                if self.holding or not start or _PYTHON_TAG.startswith(start):
                    return ""
                self.plain = True
            self.shown = len(self.text)
            return rest
        at = rest.find(CALL_OPEN)
        if at >= 0:
            self.holding = True
            self.shown += at
            return rest[:at]
        keep = next((k for k in range(min(len(CALL_OPEN) - 1, len(rest)), 0, -1) if rest.endswith(CALL_OPEN[:k])), 0)
        out = rest[:len(rest) - keep]
        self.shown += len(out)
        return out

    def finish(self) -> tuple:
        held = self.text[self.shown:]
        if not self.holding:
            return held, []
        content, calls = parse_reply(held, self.request)
        if not calls:
            return held, []
        return content or "", calls
