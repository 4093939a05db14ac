"""Reading and checking OpenAI request parameters.

The Python API's keyword arguments and the HTTP server's JSON body go through the same checks, so a
bad value gets the same 400 error (naming the parameter) either way. `None` means "not given", as in
OpenAI's API, where `null` is accepted for every optional parameter.
"""

import json
import math

from ..errors import TabllmError
from ..sampling import DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE, MIN_TEMPERATURE, SamplerSettings
from .errors import InvalidRequestError

MAX_STOP = 4  # as OpenAI
MAX_N = 16


def _kind(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), type(value).__name__
    )


def text(value: str, param) -> str:
    """A string from the request that will be tokenized: it must be valid Unicode (JSON allows lone
    surrogate escapes such as "\\ud800", which no tokenizer can encode)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidRequestError(f"{param} is not valid Unicode (it holds a lone surrogate)", param=param) from None
    return value


class Params:
    """One request's parameters: `allowed` names are read with typed getters; anything else is an error."""

    def __init__(self, body, allowed):
        if not isinstance(body, dict):
            raise InvalidRequestError(f"the request body must be a JSON object, got {_kind(body)}")
        for name in body:
            if name not in allowed:
                raise InvalidRequestError(f"unrecognized request parameter: {name!r}", param=str(name))
        self.body = body

    def raw(self, name):
        return self.body.get(name)

    def number(self, name, default, lo=None, hi=None, lo_open=False):
        value = self.body.get(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise InvalidRequestError(f"{name} must be a number, got {_kind(value)}", param=name)
        below = value <= lo if lo_open else value < lo if lo is not None else False
        if below or (hi is not None and value > hi):
            bounds = f"{'(' if lo_open else '['}{lo}, {hi}]" if hi is not None else f">{'' if lo_open else '='} {lo}"
            raise InvalidRequestError(f"{name} must be in {bounds}, got {value}", param=name)
        return float(value)

    def integer(self, name, default, lo=None, hi=None):
        value = self.body.get(name)
        if value is None:
            return default
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidRequestError(f"{name} must be an integer, got {_kind(value)}", param=name)
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            bounds = f"[{lo}, {hi}]" if hi is not None else f">= {lo}"
            raise InvalidRequestError(f"{name} must be in {bounds}, got {value}", param=name)
        return value

    def boolean(self, name, default=False):
        value = self.body.get(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise InvalidRequestError(f"{name} must be true or false, got {_kind(value)}", param=name)
        return value

    def string(self, name, default=None, choices=None):
        value = self.body.get(name)
        if value is None:
            return default
        if not isinstance(value, str):
            raise InvalidRequestError(f"{name} must be a string, got {_kind(value)}", param=name)
        if choices is not None and value not in choices:
            raise InvalidRequestError(f"{name} must be one of {', '.join(map(repr, choices))}, got {value!r}", param=name)
        return value

    def n(self) -> int:
        """How many choices to generate per prompt."""
        return self.integer("n", 1, 1, MAX_N)

    def unsupported(self, name, allowed=(None, False)):
        """A parameter OpenAI has and tabllm does not implement yet: only its 'off' values pass."""
        value = self.body.get(name)
        if not any(value is a or (value == a and type(value) is type(a)) for a in allowed):
            raise InvalidRequestError(f"{name} is not supported by tabllm yet", param=name)

    # --- parameters shared by chat and text completions ---------------------------------------

    def max_tokens(self) -> int | None:
        """max_completion_tokens or max_tokens; None = until the context window is full."""
        a = self.integer("max_tokens", None, lo=1)
        b = self.integer("max_completion_tokens", None, lo=1)
        if a is not None and b is not None and a != b:
            raise InvalidRequestError("give max_tokens or max_completion_tokens, not both", param="max_tokens")
        return b if b is not None else a

    def stop(self) -> list:
        value = self.body.get("stop")
        if value is None:
            return []
        stops = [value] if isinstance(value, str) else value
        if not isinstance(stops, list) or not 1 <= len(stops) <= MAX_STOP or not all(isinstance(s, str) for s in stops):
            raise InvalidRequestError(f"stop must be a string or an array of 1 to {MAX_STOP} strings", param="stop")
        if any(s == "" for s in stops):
            raise InvalidRequestError("stop strings must not be empty", param="stop")
        return [text(s, "stop") for s in stops]

    def logit_bias(self, vocab_size) -> dict | None:
        value = self.body.get("logit_bias")
        if value is None:
            return None
        if not isinstance(value, dict):
            raise InvalidRequestError(f"logit_bias must be an object of token id -> bias, got {_kind(value)}",
                                      param="logit_bias")
        bias = {}
        for key, b in value.items():
            try:
                token = int(key)
            except (TypeError, ValueError):
                raise InvalidRequestError(f"logit_bias keys must be token ids, got {key!r}", param="logit_bias") from None
            if not 0 <= token < vocab_size:
                raise InvalidRequestError(f"logit_bias token id {token} is outside the vocabulary [0, {vocab_size})",
                                          param="logit_bias")
            if isinstance(b, bool) or not isinstance(b, (int, float)) or not -100 <= b <= 100:
                raise InvalidRequestError(f"logit_bias values must be numbers in [-100, 100], got {b!r} for {key}",
                                          param="logit_bias")
            bias[token] = float(b)
        return bias or None

    def stream_options(self, stream) -> bool:
        """include_usage of stream_options (only allowed with stream=true)."""
        value = self.body.get("stream_options")
        if value is None:
            return False
        if not stream:
            raise InvalidRequestError("stream_options is only allowed with stream=true", param="stream_options")
        if not isinstance(value, dict) or set(value) - {"include_usage"}:
            raise InvalidRequestError('stream_options must be {"include_usage": true|false}', param="stream_options")
        return Params(value, {"include_usage"}).boolean("include_usage")

    def logprobs(self, kind) -> int | None:
        """How many top alternatives to report with each token, or None for no logprobs. Chat:
        logprobs (bool) + top_logprobs (0..20); text completions: logprobs (0..5), as OpenAI."""
        if kind == "text":
            return self.integer("logprobs", None, 0, 5)
        wanted = self.boolean("logprobs")
        top = self.integer("top_logprobs", None, 0, 20)
        if top is not None and not wanted:
            raise InvalidRequestError("top_logprobs needs logprobs: true", param="top_logprobs")
        return (top or 0) if wanted else None

    def json_mode(self) -> bool:
        return self.response_format() == "json_object"

    def response_format(self):
        """None (plain text), "json_object", or ("json_schema", the checked schema)."""
        value = self.body.get("response_format")
        if value is None:
            return None
        kind = value.get("type") if isinstance(value, dict) else None
        if kind == "json_schema":
            from .json_schema import response_format_schema

            return ("json_schema", response_format_schema(value))
        if kind not in ("text", "json_object") or set(value) != {"type"}:
            raise InvalidRequestError('response_format must be {"type": "text"}, {"type": "json_object"} or '
                                      '{"type": "json_schema", "json_schema": {...}}', param="response_format")
        return kind if kind == "json_object" else None


# Parameters every generation request may carry (chat adds messages etc., completions add prompt).
SAMPLING = {
    "model", "stream", "stream_options", "max_tokens", "max_completion_tokens", "temperature", "top_p", "seed",
    "stop", "frequency_penalty", "presence_penalty", "logit_bias", "n", "response_format", "user",
    "logprobs", "top_logprobs", "repetition_penalty", "top_k",
}


def sampler_fields(p: Params, vocab_size, default_temperature=1.0) -> dict:
    """Keyword arguments for SamplerSettings; OpenAI's defaults (temperature 1, top_p 1) unless told."""
    temperature = p.number("temperature", default_temperature, 0, 2)
    top_k = p.integer("top_k", 0, lo=0)  # extension (as vLLM): 0 = off
    return {
        "temperature": 0.0 if temperature < MIN_TEMPERATURE else temperature,
        "top_p": p.number("top_p", 1.0, 0, 1, lo_open=True),
        "top_k": 0 if top_k >= vocab_size else top_k,  # keeping the whole vocabulary is no truncation
        "repetition_penalty": p.number("repetition_penalty", 1.0, 0.01, 100),  # extension (as vLLM)
        "frequency_penalty": p.number("frequency_penalty", 0.0, -2, 2),
        "presence_penalty": p.number("presence_penalty", 0.0, -2, 2),
        "logit_bias": p.logit_bias(vocab_size),
        "seed": p.integer("seed", None),
    }


# sampler_fields' values that mean "off": such fields keep SamplerSettings' defaults
_OFF = {"top_p": 1.0, "top_k": 0, "repetition_penalty": 1.0, "frequency_penalty": 0.0, "presence_penalty": 0.0,
        "logit_bias": None, "seed": None}


def sampler_settings(fields) -> SamplerSettings:
    """SamplerSettings from sampler_fields' values, validated (InvalidRequestError for what it refuses)."""
    given = {k: v for k, v in fields.items() if k not in _OFF or v != _OFF[k]}
    try:
        return SamplerSettings(**given).validate()
    except TabllmError as e:  # a value or combination the sampler refuses
        raise InvalidRequestError(str(e)) from None


# The chat page's options (site/app.mjs: from the address, e.g. ?temperature=0&max_tokens=24): the sampler's
# fields with the CLI's defaults, max_tokens, and ignore_eos (as WebLLM's: for tests and benchmarks).
PAGE_OPTIONS = {"temperature", "top_k", "top_p", "repetition_penalty", "frequency_penalty", "presence_penalty", "seed",
                "max_tokens", "ignore_eos", "context_policy"}
PAGE_CONTEXT_POLICY = "drop_oldest"  # the page's default, as the CLI's chat (--context-policy)


def page_options(options, vocab_size) -> tuple:
    """(SamplerSettings, max_tokens, stop_at_eos, context_policy) from the page's options object, checked as
    an API request's are (InvalidRequestError naming the option). context_policy: what a chat longer than
    the context does (conversation.CONTEXT_POLICIES), "drop_oldest" unless the option says "error"."""
    from ..conversation import CONTEXT_POLICIES

    p = Params(options, PAGE_OPTIONS)
    settings = sampler_settings(sampler_fields(p, vocab_size, default_temperature=DEFAULT_TEMPERATURE))
    return (settings, p.integer("max_tokens", DEFAULT_MAX_TOKENS, lo=1), not p.boolean("ignore_eos"),
            p.string("context_policy", PAGE_CONTEXT_POLICY, choices=CONTEXT_POLICIES))


ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}
_FIELDS = {"system": {"name"}, "user": {"name"}, "assistant": {"name", "tool_calls", "refusal"},
           "tool": {"tool_call_id", "name"}}


def messages(value) -> list:
    """Checked chat messages as [{"role", "content": str}], text content parts joined; an assistant's
    tool_calls ([{id, type: "function", function: {name, arguments: JSON text}}]) and a tool message's
    tool_call_id kept (tools.py renders them)."""
    if not isinstance(value, list) or not value:
        raise InvalidRequestError("messages must be a non-empty array of {role, content} objects", param="messages")
    out = []
    for i, m in enumerate(value):
        where = f"messages[{i}]"
        if not isinstance(m, dict):
            raise InvalidRequestError(f"{where} must be an object, got {_kind(m)}", param=where)
        role = m.get("role")
        if not isinstance(role, str) or role not in ROLES:
            raise InvalidRequestError(f"{where}.role must be one of {', '.join(ROLES)}, got {role!r}",
                                      param=f"{where}.role")
        role = ROLES[role]
        extra = set(m) - {"role", "content"} - _FIELDS[role]
        if extra:
            raise InvalidRequestError(f"{where} has unsupported fields: {', '.join(sorted(map(str, extra)))}",
                                      param=f"{where}.{sorted(map(str, extra))[0]}")
        calls = _tool_calls(m.get("tool_calls"), f"{where}.tool_calls")
        if calls and m.get("content") is None:  # a reply that only calls tools has content null
            content = ""
        else:
            content = _content(m.get("content"), f"{where}.content")
        message = {"role": role, "content": content}
        if calls:
            message["tool_calls"] = calls
        if role == "tool":
            if not isinstance(m.get("tool_call_id"), str):
                raise InvalidRequestError(f"{where}.tool_call_id must be the id of the call this message answers",
                                          param=f"{where}.tool_call_id")
            message["tool_call_id"] = m["tool_call_id"]
        out.append(message)
    return out


def _tool_calls(value, where) -> list:
    """An assistant message's tool_calls, checked; arguments stay JSON text (as OpenAI sends them)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidRequestError(f"{where} must be an array of tool calls", param=where)
    calls = []
    for j, c in enumerate(value):
        fn = c.get("function") if isinstance(c, dict) else None
        ok = (isinstance(fn, dict) and c.get("type", "function") == "function" and isinstance(fn.get("name"), str)
              and isinstance(fn.get("arguments"), str) and set(c) <= {"id", "type", "function"})
        if ok:
            try:
                ok = isinstance(json.loads(fn["arguments"]), dict)
            except ValueError:
                ok = False
        if not ok:
            raise InvalidRequestError(f'{where}[{j}] must be {{"id": ..., "type": "function", "function": {{"name": ..., '
                                      '"arguments": a JSON object as text}}}}', param=f"{where}[{j}]")
        calls.append({"id": c.get("id") if isinstance(c.get("id"), str) else f"call_{j}", "type": "function",
                      "function": {"name": fn["name"], "arguments": fn["arguments"]}})
    return calls


def _content(content, where) -> str:
    if isinstance(content, str):
        return text(content, where)
    if isinstance(content, list) and content:
        texts = []
        for j, part in enumerate(content):
            if not (isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)):
                raise InvalidRequestError(f'{where}[{j}] must be {{"type": "text", "text": ...}} (only text is supported)',
                                          param=f"{where}[{j}]")
            texts.append(text(part["text"], f"{where}[{j}].text"))
        return "".join(texts)
    raise InvalidRequestError(f"{where} must be a string or a non-empty array of text parts, got {_kind(content)}",
                              param=where)


def token_list(value, vocab_size, param):
    """A list of token ids given as input (completions prompt, embeddings input)."""
    if not value or not all(isinstance(t, int) and not isinstance(t, bool) and 0 <= t < vocab_size for t in value):
        raise InvalidRequestError(f"{param} token arrays must be non-empty lists of ids in [0, {vocab_size})",
                                  param=param)
    return list(value)


def _inputs(value, param) -> list:
    """completions `prompt` / embeddings `input` (a string, an array of strings, token ids, or arrays
    of token ids) as a list of inputs, each a string or a token-id array, not yet checked."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value:
        if all(isinstance(t, int) and not isinstance(t, bool) for t in value):
            return [value]
        if all(isinstance(v, (str, list)) for v in value):
            return value
    raise InvalidRequestError(f"{param} must be a string, an array of strings, an array of token ids or an array "
                              "of token-id arrays", param=param)


def input_count(value, param) -> int:
    """How many inputs a `prompt` / `input` value holds (to refuse too many before tokenizing any)."""
    return len(_inputs(value, param))


def text_or_tokens(value, tokenizer, vocab_size, param, allow_special, check_length=None) -> list:
    """completions `prompt` / embeddings `input` -> a list of token-id lists (one per input).
    check_length(n_chars, param), if given, is called on every text before any is tokenized."""
    def one(v):
        if isinstance(v, str):
            if not v:
                raise InvalidRequestError(f"{param} must not be an empty string", param=param)
            return tokenizer.encode(text(v, param), allow_special=allow_special)
        return token_list(v, vocab_size, param)

    inputs = _inputs(value, param)
    if check_length is not None:
        for v in inputs:
            if isinstance(v, str):
                check_length(len(v), param)
    return [one(v) for v in inputs]
