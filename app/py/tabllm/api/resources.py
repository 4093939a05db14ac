"""engine.chat.completions / engine.completions / engine.embeddings: OpenAI's API on one engine.

Every generation request becomes a Job: checked parameters plus prompt token ids, made by
`prepare()` before any GPU work (so every 400 comes before a stream starts). `Job.chunks()` runs the
generation and yields streaming chunks (plain dicts, OpenAI's JSON shapes), ending with one usage
chunk; a non-streaming answer is those chunks folded together (`Job.aggregate`). The Python API and
the HTTP server (server.py) share this one path. Closing the chunk generator stops the generation
at once: the engine's token generator is closed with it.
"""

import base64
import struct
from array import array
import dataclasses
import functools
import secrets
import time
import weakref

from ..conversation import CONTEXT_POLICIES, fit_messages
from ..errors import ContextWindowError, TabllmError
from ..sampling import TokenLogprob
from ..steps import Wait, drive
from . import params as P
from .errors import ContextLengthError, InvalidRequestError, ModelNotFoundError
from .limits import RequestLimits, check_text_fits, text_char_limit
from .tools import read_tools, template_messages


class APIObject(dict):
    """An OpenAI JSON object: a dict (json.dumps works on it) whose keys also read as attributes, as
    with the openai client's objects: `resp.choices[0].message.content`. A field the object lacks
    reads as None, as an unset optional field does there (`chunk.usage`, `chunk.choices[0].delta.content`
    of the last chunk), so code written against the openai client runs unchanged."""

    def __getattr__(self, name):
        if name.startswith("__"):  # keep copy/pickle protocols working
            raise AttributeError(name)
        return self.get(name)


def wrap(value):
    if isinstance(value, dict):
        return APIObject((k, wrap(v)) for k, v in value.items())
    if isinstance(value, list):
        return [wrap(v) for v in value]
    return value


def model_id(engine) -> str:
    return engine.config.get("name") or engine.model_dir.name


def _check_model(p: P.Params, engine):
    name = p.string("model")
    if name is not None and name != model_id(engine):
        raise ModelNotFoundError(f"the model {name!r} does not exist; this server has {model_id(engine)!r}",
                                 param="model")


def _check_fits(engine, n_tokens, param):
    """400 context_length_exceeded (naming the parameter) when the engine says the prompt does not fit."""
    try:
        engine.check_prompt_fits(n_tokens)
    except ContextWindowError as e:
        raise ContextLengthError(f"{param}: {e}", param=param) from None


# --- stop strings -------------------------------------------------------------------------------


class StopBuffer:
    """Holds back generated text that may turn out to be the start of a stop string.

    push() returns the text that is safe to show and whether a stop string was found (the text
    before it is returned, the stop string and anything after it never are).
    """

    def __init__(self, stops):
        self.stops = stops
        self.held = ""

    def push(self, text):
        if not self.stops:
            return text, False
        self.held += text
        found = [i for i in (self.held.find(s) for s in self.stops) if i >= 0]
        if found:
            out, self.held = self.held[: min(found)], ""
            return out, True
        # keep the longest tail of the text that is a proper prefix of some stop string
        keep = 0
        for s in self.stops:
            for k in range(min(len(s) - 1, len(self.held)), keep, -1):
                if self.held.endswith(s[:k]):
                    keep = k
                    break
        out = self.held[: len(self.held) - keep]
        self.held = self.held[len(self.held) - keep :]
        return out, False

    def flush(self):
        out, self.held = self.held, ""
        return out


# --- one generation -----------------------------------------------------------------------------


@dataclasses.dataclass
class Finish:
    reason: str  # "stop" (end of turn or a stop string) | "length"
    completion_tokens: int
    ttft_s: float  # request start to first token (prefill + first sampling step)
    decode_s: float  # first token to last
    cached_tokens: int = 0  # prompt tokens whose K / V rows the engine reused (Engine.stream_ids: prefix reuse)


def generate_text(engine, prompt_ids, max_tokens, settings, stops, constraint=None, logprobs=None, should_stop=None):
    """Yield the text of one completion in pieces (complete UTF-8 only), then a Finish. With logprobs
    (the number of top alternatives), each token's TokenLogprob comes before its text. should_stop:
    see Engine.stream_ids (a cancelled request stops its prefill between chunks). A step generator
    (tabllm.steps): the engine's Waits are passed on."""
    room = engine.context_length - len(prompt_ids)
    max_tokens = room if max_tokens is None else min(max_tokens, room)
    decoder, stopper, stats = engine.tokenizer.stream_decoder(), StopBuffer(stops), {}
    extra = {"constraint": constraint} if constraint is not None else {}
    if logprobs is not None:
        extra["logprobs"] = logprobs
    if should_stop is not None:
        extra["should_stop"] = should_stop
    tokens = engine.stream_steps(prompt_ids, max_tokens, settings, stats, **extra)
    t0 = time.perf_counter()
    t_first = t_last = None
    count, reason = 0, None
    try:
        for token in tokens:
            if type(token) is Wait:
                yield token
                continue
            t_last = time.perf_counter()
            t_first = t_first or t_last
            count += 1
            if logprobs is not None:
                yield stats["logprobs"][-1]
            text, stopped = stopper.push(decoder.push(token))
            if text:
                yield text
            if stopped:
                reason = "stop"
                break
        if reason is None:
            text, stopped = stopper.push(decoder.flush())  # an unfinished character at the end
            text += "" if stopped else stopper.flush()
            if text:
                yield text
            reason = "stop" if stopped else stats.get("finish_reason", "length")
    finally:
        tokens.close()
    t_first = t_first or time.perf_counter()
    yield Finish(reason, count, t_first - t0, (t_last or t_first) - t_first, stats.get("cached_tokens", 0))


# --- jobs ---------------------------------------------------------------------------------------

_JSON_VOCABS = weakref.WeakKeyDictionary()  # engine -> JsonVocab (the vocabulary trie is built once)


def _json_vocab(engine):
    """The JsonVocab of engine's tokenizer (plain Python: CPython and the page)."""
    from .json_mode import JsonVocab

    vocab = _JSON_VOCABS.get(engine)
    if vocab is None:
        tok = engine.tokenizer
        vocab = JsonVocab(tok.token_bytes, engine.config["vocab_size"], engine.eos_ids, tok.special_tokens.values())
        _JSON_VOCABS[engine] = vocab
    return vocab


_SCHEMA_VOCABS = weakref.WeakKeyDictionary()  # engine -> json_schema.SchemaVocab (its walk layout, compiled schemas)


def _schema_vocab(engine):
    vocab = _SCHEMA_VOCABS.get(engine)
    if vocab is None:
        from .json_schema import SchemaVocab

        tok = engine.tokenizer
        vocab = SchemaVocab(tok.token_bytes, engine.config["vocab_size"], engine.eos_ids, tok.special_tokens.values())
        _SCHEMA_VOCABS[engine] = vocab
    return vocab


def _compiled_schema(engine, param, schema=None, regex=None):
    """(the engine's SchemaVocab, the compiled DFA of schema or regex); a 400 naming param where the
    grammar library cannot be imported (a page built without its wheel), never a crash mid-request."""
    try:
        vocab = _schema_vocab(engine)
        return vocab, vocab.compiled(schema, regex)
    except ImportError as e:
        raise InvalidRequestError(f"{param}: constrained output needs the interegular package, which is not "
                                  f"available here ({e})", param=param) from None


class Job:
    """A checked generation request (chat or text completion) ready to run on the engine."""

    def __init__(self, engine, kind, p: P.Params, prompts, tools=None):
        self.engine, self.kind, self.prompts = engine, kind, prompts
        self.tools = tools  # tools.ToolRequest: the reply is parsed into tool_calls
        self.stream = p.boolean("stream")
        self.include_usage = p.stream_options(self.stream)
        self.n = p.n()
        if self.stream and (self.n > 1 or len(prompts) > 1):
            raise InvalidRequestError("streaming returns one choice: use n=1 and a single prompt with stream=true",
                                      param="n" if self.n > 1 else "prompt")
        self.max_tokens = p.max_tokens()
        self.stops = p.stop()
        self.settings = P.sampler_settings(P.sampler_fields(p, engine.config["vocab_size"]))
        fmt = p.response_format()
        if fmt is not None and tools is not None and tools.constrained:
            raise InvalidRequestError("response_format cannot be combined with a required or named tool_choice (the "
                                      "call's arguments already follow the function's parameters)", param="response_format")
        self.json_vocab = _json_vocab(engine) if fmt == "json_object" else None
        # json_schema or a required call: (the engine's SchemaVocab, the compiled DFA), compiled here before any GPU work
        self.json_schema = None
        if isinstance(fmt, tuple):
            self.json_schema = _compiled_schema(engine, "response_format", schema=fmt[1])
        elif tools is not None and tools.constrained:
            from .tools import call_regex

            self.json_schema = _compiled_schema(engine, "tool_choice", regex=call_regex(tools))
        self.logprobs = p.logprobs(kind)
        for k in ("echo", "suffix") + (("top_logprobs",) if kind == "text" else ()):
            p.unsupported(k)
        p.unsupported("best_of", (None, 1))
        param = "messages" if kind == "chat" else "prompt"
        for ids in prompts:
            _check_fits(engine, len(ids), param)
        self.id = ("chatcmpl-" if kind == "chat" else "cmpl-") + secrets.token_hex(12)
        self.created = int(time.time())
        self.model = model_id(engine)

    def _token(self, token_id):
        raw = self.engine.tokenizer.token_bytes[token_id]
        return raw.decode("utf-8", errors="replace"), list(raw)

    def _logprobs(self, entries):
        """OpenAI's logprobs object for these TokenLogprobs (None when none were asked for)."""
        if self.logprobs is None:
            return None
        if self.kind == "chat":
            def item(token_id, logprob, top=()):
                text, raw = self._token(token_id)
                out = {"token": text, "logprob": logprob, "bytes": raw}
                return out if top is None else {**out, "top_logprobs": [item(i, lp, None) for i, lp in top]}
            return {"content": [item(e.token, e.logprob, e.top) for e in entries], "refusal": None}
        tokens = [self._token(e.token)[0] for e in entries]
        return {"tokens": tokens, "token_logprobs": [e.logprob for e in entries],
                # keyed by text, as OpenAI's: where two ids decode alike, the likelier one is kept
                "top_logprobs": [dict(reversed([(self._token(i)[0], lp) for i, lp in e.top])) for e in entries],
                "text_offset": [sum(len(t) for t in tokens[:k]) for k in range(len(tokens))]}

    def _chunk(self, index, delta=None, finish_reason=None, text=None, logprobs=()):
        if self.kind == "chat":
            choice = {"index": index, "delta": delta, "logprobs": self._logprobs(logprobs), "finish_reason": finish_reason}
            obj = "chat.completion.chunk"
        else:
            choice = {"index": index, "text": text, "logprobs": self._logprobs(logprobs), "finish_reason": finish_reason}
            obj = "text_completion"
        return {"id": self.id, "object": obj, "created": self.created, "model": self.model,
                "system_fingerprint": None, "choices": [choice]}

    def chunks(self, should_stop=None):
        """Run the generation: streaming chunks, then a usage chunk (choices = []). should_stop: a
        callable asked between prefill chunks (the HTTP server's cancellation); when it says yes the
        generation ends early (whoever asked to stop reads no more chunks)."""
        return drive(self.chunk_steps(should_stop))

    def chunk_steps(self, should_stop=None):
        """chunks() as a step generator (tabllm.steps): the page runs it with adrive."""
        t0 = time.perf_counter()
        finishes, prompt_tokens = [], 0
        for p_index, prompt_ids in enumerate(self.prompts):
            prompt_tokens += len(prompt_ids)
            for j in range(self.n):
                index = p_index * self.n + j
                settings = self.settings
                if j and settings.seed is not None:  # choice j of a seeded request: seed + j
                    settings = dataclasses.replace(settings, seed=settings.seed + j)
                constraint = None
                if self.json_vocab:
                    from .json_mode import JsonObjectConstraint

                    constraint = JsonObjectConstraint(self.json_vocab)
                elif self.json_schema:
                    from .json_schema import JsonSchemaConstraint

                    constraint = JsonSchemaConstraint(*self.json_schema)  # the schema's, or the required call's
                if self.kind == "chat":
                    yield self._chunk(index, {"role": "assistant", "content": ""})
                calls = None
                if self.tools is not None:
                    from .tools import ToolCallStream

                    calls = ToolCallStream(self.tools)
                pending = []  # TokenLogprobs of tokens whose text has not been sent yet
                for item in generate_text(self.engine, prompt_ids, self.max_tokens, settings, self.stops, constraint,
                                          self.logprobs, should_stop):
                    if type(item) is Wait:
                        yield item
                        continue
                    if isinstance(item, TokenLogprob):
                        pending.append(item)
                    elif isinstance(item, Finish):
                        finishes.append(item)
                        reason = item.reason
                        if calls is not None:  # what was held back: the rest of the content, and the calls
                            tail, tool_calls = calls.finish()
                            if tail:
                                yield self._chunk(index, {"content": tail}, logprobs=pending)
                                pending = []
                            if tool_calls:
                                reason = "tool_calls"
                                yield self._chunk(index, {"tool_calls": [{"index": k, **c} for k, c in enumerate(tool_calls)]})
                        yield self._chunk(index, {}, reason, text="", logprobs=pending)
                    else:
                        shown = item if calls is None else calls.push(item)
                        if shown:
                            yield self._chunk(index, {"content": shown}, text=shown, logprobs=pending)
                            pending = []
        completion_tokens = sum(f.completion_tokens for f in finishes)
        cached_tokens = sum(f.cached_tokens for f in finishes)
        prefilled = sum(len(p) for p in self.prompts) * self.n - cached_tokens
        prefill_s = sum(f.ttft_s for f in finishes)
        decode_s = sum(f.decode_s for f in finishes)
        decode_tokens = sum(max(f.completion_tokens - 1, 0) for f in finishes)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            # prompt tokens not prefilled again: the start of the previous request's prompt and reply
            "prompt_tokens_details": {"cached_tokens": cached_tokens},
            # tabllm's timing statistics (named as in WebLLM's usage.extra)
            "extra": {
                "time_to_first_token_s": round(finishes[0].ttft_s, 4),
                "prefill_tokens_per_s": round(prefilled / prefill_s, 2) if prefill_s > 0 else None,
                "decode_tokens_per_s": round(decode_tokens / decode_s, 2) if decode_s > 0 else None,
                "e2e_latency_s": round(time.perf_counter() - t0, 4),
            },
        }
        chunk = self._chunk(0)
        chunk["choices"], chunk["usage"] = [], usage
        yield chunk

    def wanted_in_stream(self, chunk) -> bool:
        return bool(chunk["choices"]) or self.include_usage

    def aggregate(self, chunks) -> dict:
        """The non-streaming response made from all chunks of a run."""
        texts, reasons, logprobs, calls, usage = {}, {}, {}, {}, None
        for chunk in chunks:
            if not chunk["choices"]:
                usage = chunk["usage"]
            for c in chunk["choices"]:
                piece = c["delta"].get("content") if self.kind == "chat" else c["text"]
                texts[c["index"]] = texts.get(c["index"], "") + (piece or "")
                if self.kind == "chat" and c["delta"].get("tool_calls"):  # sent whole, in one delta
                    calls[c["index"]] = [{k: v for k, v in call.items() if k != "index"} for call in c["delta"]["tool_calls"]]
                if c["finish_reason"]:
                    reasons[c["index"]] = c["finish_reason"]
                if c["logprobs"] is not None:  # fold the chunks' lists together
                    merged = logprobs.setdefault(c["index"], {k: ([] if isinstance(v, list) else v) for k, v in c["logprobs"].items()})
                    for k, v in c["logprobs"].items():
                        if isinstance(v, list):
                            merged[k] += v
        if self.kind == "text":  # text offsets count from the start of the whole completion
            for merged in logprobs.values():
                merged["text_offset"] = [sum(len(t) for t in merged["tokens"][:k]) for k in range(len(merged["tokens"]))]
        if self.kind == "chat":
            def message(i):
                if i not in calls:
                    return {"role": "assistant", "content": texts[i]}
                return {"role": "assistant", "content": texts[i].strip() or None, "tool_calls": calls[i]}
            choices = [{"index": i, "message": message(i), "logprobs": logprobs.get(i),
                        "finish_reason": reasons.get(i)} for i in sorted(texts)]
            obj = "chat.completion"
        else:
            choices = [{"index": i, "text": texts[i], "logprobs": logprobs.get(i), "finish_reason": reasons.get(i)}
                       for i in sorted(texts)]
            obj = "text_completion"
        return {"id": self.id, "object": obj, "created": self.created, "model": self.model,
                "system_fingerprint": None, "choices": choices, "usage": usage}

    def run(self):
        """The Python API's answer: an iterator of chunk objects, or the whole response object."""
        if self.stream:
            return (wrap(c) for c in self.chunks() if self.wanted_in_stream(c))
        return wrap(self.aggregate(self.chunks()))


# --- the resources ------------------------------------------------------------------------------


class ChatCompletions:
    def __init__(self, engine):
        self._engine = engine

    def prepare(self, params: dict, limits=RequestLimits()) -> Job:
        p = P.Params(params, P.SAMPLING | {"messages", "context_policy", "tools", "tool_choice", "parallel_tool_calls"})
        _check_model(p, self._engine)
        if "messages" not in params:
            raise InvalidRequestError("messages is required", param="messages")
        limits.check_choices(1, p.n(), "messages")
        messages = P.messages(p.raw("messages"))
        # tabllm's extension: "drop_oldest" drops a long chat's oldest turns to fit (conversation.fit_messages)
        policy = p.string("context_policy", "error", choices=CONTEXT_POLICIES)
        engine = self._engine
        tool_format = engine.template.tool_format if engine.template is not None else "generic"
        tools = read_tools(p, tool_format)
        messages, template_tools = template_messages(messages, tool_format, tools)
        reply_room = max(1, min(p.max_tokens() or engine.context_length, engine.context_length // 4))
        try:
            char_limit = text_char_limit(engine)
            if policy == "drop_oldest" and char_limit is not None:  # turns whose text alone cannot fit: never tokenized
                messages = fit_messages(messages, lambda ms: sum(len(m["content"]) for m in ms), char_limit, policy)
            _check_chat_fits(engine, messages, template_tools)
            ids = engine.chat_prompt_ids(messages, policy, reply_room, tools=template_tools)
        except ContextLengthError:  # an answer already
            raise
        except TabllmError as e:  # the model's chat template refused these messages
            raise InvalidRequestError(str(e), param="messages") from None
        return Job(self._engine, "chat", p, [ids], tools)

    def create(self, **params):
        """OpenAI's chat.completions.create: a ChatCompletion, or an iterator of chunks with stream=True."""
        return self.prepare(params).run()


def _check_chat_fits(engine, messages, tools=None):
    """ContextLengthError, before tokenizing, for a chat whose text cannot fit the context. The contents
    are measured first (cheap); only a long chat is rendered, to measure the text the tokenizer would
    get: a template may drop content (some drop the reasoning of earlier replies), so long contents
    alone prove nothing."""
    limit = text_char_limit(engine)
    if limit is None or engine.template is None or sum(len(m["content"]) for m in messages) <= limit:
        return
    check_text_fits(engine, len(engine.template.render(messages, tools=tools)), "messages")


class Chat:
    def __init__(self, engine):
        self.completions = ChatCompletions(engine)


class Completions:
    """Text completions: the prompt is raw text (no chat template); control tokens written in it,
    such as <|im_start|>, are recognised, so a hand-written template works."""

    def __init__(self, engine):
        self._engine = engine

    def prepare(self, params: dict, limits=RequestLimits()) -> Job:
        p = P.Params(params, P.SAMPLING | {"prompt", "echo", "suffix", "best_of"})
        _check_model(p, self._engine)
        if p.raw("prompt") is None:
            raise InvalidRequestError("prompt is required", param="prompt")
        engine = self._engine
        limits.check_choices(P.input_count(p.raw("prompt"), "prompt"), p.n(), "prompt")
        prompts = P.text_or_tokens(p.raw("prompt"), engine.tokenizer, engine.config["vocab_size"], "prompt",
                                   allow_special=True, check_length=functools.partial(check_text_fits, engine))
        return Job(engine, "text", p, prompts)

    def create(self, **params):
        return self.prepare(params).run()


class EmbeddingsJob:
    def __init__(self, engine, inputs, base64_out):
        self.engine, self.inputs, self.base64_out = engine, inputs, base64_out

    def items(self):
        """One embedding object per input, computed as they are asked for (so a cancelled request
        stops between inputs)."""
        return drive(self.item_steps())

    def item_steps(self):
        """items() as a step generator (tabllm.steps): the page runs it with adrive."""
        for i, ids in enumerate(self.inputs):
            # mean of the final-normed hidden states over all positions, scaled to unit length, as f32
            v = list(array("f", (yield from self.engine.pooled_embedding_steps(ids))))
            emb = base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode() if self.base64_out else v
            yield {"object": "embedding", "index": i, "embedding": emb}

    def response(self, data) -> dict:
        """The response made from all of items()."""
        total = sum(len(ids) for ids in self.inputs)
        return {"object": "list", "data": list(data), "model": model_id(self.engine),
                "usage": {"prompt_tokens": total, "total_tokens": total}}

    def run(self):
        return self.response(self.items())


class Embeddings:
    """Sentence embeddings: the mean of the model's final-normed hidden states, L2-normalised."""

    def __init__(self, engine):
        self._engine = engine

    def prepare(self, params: dict, limits=RequestLimits()) -> EmbeddingsJob:
        p = P.Params(params, {"model", "input", "encoding_format", "dimensions", "user"})
        _check_model(p, self._engine)
        engine = self._engine
        if p.raw("input") is None:
            raise InvalidRequestError("input is required", param="input")
        limits.check_embedding_inputs(P.input_count(p.raw("input"), "input"))
        inputs = P.text_or_tokens(p.raw("input"), engine.tokenizer, engine.config["vocab_size"], "input",
                                  allow_special=False, check_length=functools.partial(check_text_fits, engine))
        fmt = p.string("encoding_format", "float", ("float", "base64"))
        dims = p.integer("dimensions", None, lo=1)
        if dims is not None and dims != engine.config["hidden_size"]:
            raise InvalidRequestError(f"dimensions must be {engine.config['hidden_size']} (this model's width), got "
                                      f"{dims}", param="dimensions")
        for ids in inputs:
            _check_fits(engine, len(ids), "input")
        return EmbeddingsJob(engine, inputs, fmt == "base64")

    def create(self, **params):
        return wrap(self.prepare(params).run())
