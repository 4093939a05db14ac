"""The page's Python: the engine on the JS bridge and the chat loop, run in a Web Worker (app/js/worker.mjs).

    chat = await load_web_chat(bridge, load_weights_js, make_tokenizer_js, "/model", post, should_stop)
    await chat.send("Hello", '{"temperature": 0, "max_tokens": 24}')   # posts token messages, then done

Everything below the Engine is the CPython code: plan, chat template, sampler settings, streaming
detokenizer. What differs: the executor (runtime/js_executor.py) and the tokenizer backend
(@mlc-ai/web-tokenizers, since HF `tokenizers` is not built for Pyodide). Messages to the page are
JSON strings, the cheapest thing to post across the worker boundary.

No JSPI: the engine's loops are step generators (tabllm.steps) that yield a Wait where they need the
GPU; here they run under steps.adrive on Pyodide's event loop (load_web_chat, send and api are
coroutines; worker.mjs awaits them), in CPython under steps.drive. While a reply waits for the GPU the
worker handles its messages, so a stop arrives between tokens.
"""

import ast
import contextlib
import inspect
import io
import json
import time
import traceback

from .api.errors import InvalidRequestError
from .api.params import page_options
from .api.params import text as check_text
from .conversation import Conversation
from .engine import Engine
from .runtime.js_executor import JsExecutor
from . import teach
from .sampling import SamplerSettings
from .steps import acomplete, adrive
from .errors import ModelFormatError, TabllmError
from .tokenizer import REGENERATE_HINT, Tokenizer, parse_tokenizer_json, plain_tokenizer_json
from .weights import load_config


class WebTokenizersBackend:
    """Tokenizer backend over @mlc-ai/web-tokenizers (HF tokenizers compiled to wasm).

    That library has no `encode_special_tokens` switch, so user text is encoded by a tokenizer made
    from plain_tokenizer_json (special added tokens dropped); text allowed to hold control tokens uses
    one made from the full JSON, created on first use. decode and the id lookups are plain Python.
    """

    def __init__(self, tokenizer: dict, make_tokenizer_js, plain):
        """tokenizer: tokenizer.json as parse_tokenizer_json returns it (checked: a damaged file is a
        ModelFormatError before anything here reads it); plain: the web-tokenizers Tokenizer made from
        plain_tokenizer_json (create() makes both)."""
        self._json = tokenizer
        self._make = make_tokenizer_js  # (json text) -> Promise<Tokenizer>
        self._plain = plain
        self._special = None
        self._by_token = dict(self._json["model"]["vocab"])
        for added in self._json.get("added_tokens", []):
            self._by_token[added["content"]] = added["id"]
        self._by_id = {i: t for t, i in self._by_token.items()}
        self._specials = {a["id"] for a in self._json.get("added_tokens", []) if a.get("special")}
        self._token_bytes = None

    @classmethod
    async def create(cls, tokenizer: dict, make_tokenizer_js):
        return cls(tokenizer, make_tokenizer_js, await make_tokenizer_js(plain_tokenizer_json(tokenizer)))

    async def ensure_special(self):
        """The tokenizer that turns control-token text into control tokens (raw prompts of the JS API's
        completions), made on first need: awaited before such a request (encode cannot wait)."""
        if self._special is None:
            self._special = await self._make(json.dumps(self._json, ensure_ascii=False))

    def encode(self, text: str, allow_special: bool) -> list:
        if allow_special and self._special is None:
            raise TabllmError("the special-token tokenizer was not made yet (await ensure_special() first)")
        return (self._special if allow_special else self._plain).encode(text).to_py().tolist()

    def decode(self, ids, skip_special: bool) -> str:
        from .tokenizer import token_bytes_from_json

        if self._token_bytes is None:
            self._token_bytes = token_bytes_from_json(self._json)
        table = self._token_bytes
        data = b"".join(table[i] for i in ids if 0 <= i < len(table) and not (skip_special and i in self._specials))
        return data.decode("utf-8", errors="replace")

    def token_to_id(self, token: str):
        return self._by_token.get(token)

    def id_to_token(self, token_id: int):
        return self._by_id.get(token_id)


@contextlib.contextmanager
def _stage(stage, name):
    """A part of the start-up on the worker's timeline (worker.mjs stage: start now, end on leaving)."""
    end = stage(name) if stage else None
    try:
        yield
    finally:
        if end:
            end()


async def load_engine(bridge, load_weights_js, make_tokenizer_js, model_dir, context_length=None, profile=None,
                      stage=None, split=None, debug=False) -> Engine:
    """stage(name) -> end(): the worker's start-up timeline (None: not timed). split: {url, k} (JSON) to run
    as the last part of a split (remote/page.py: the first layers on a split server), None for the whole model.
    debug: the plan with the debug phases of the teaching page (its worker: js/worker.mjs?learn=1; Lab.inside)."""
    with _stage(stage, "tokenizer.json (Python)"):
        config = load_config(model_dir)
        path = f"{model_dir}/tokenizer.json"
        try:
            text = open(path, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError) as e:
            raise ModelFormatError(f"cannot read {path} ({e}); {REGENERATE_HINT}") from None
        # checked first, as CPython's Tokenizer checks it: a damaged file is the same ModelFormatError here
        parsed = parse_tokenizer_json(text, path)
    backend = await WebTokenizersBackend.create(parsed, make_tokenizer_js)
    tokenizer = Tokenizer(text, config.get("bos_token_id"), config.get("eos_token_ids") or (), backend=backend, source=path)
    # (the plan is built from this stage's start to the bridge's "pipelines" stage; then the weights)
    with _stage(stage, "engine"):
        if split:
            from .remote.page import PartJsExecutor, load_page_part

            split = json.loads(split)
            return await load_page_part(split["url"], split.get("k"), model_dir, PartJsExecutor(bridge, load_weights_js, profile),
                                        context_length, tokenizer)
        return await Engine.load_async(model_dir, JsExecutor(bridge, load_weights_js, profile), context_length=context_length,
                                       tokenizer=tokenizer, debug=debug)


def chat_options(options_json: str, vocab_size: int) -> tuple:
    """(system prompt or None, SamplerSettings, max_tokens, stop_at_eos, context_policy) from the page's options (the
    settings panel and the address): "system" here, the rest through api.params.page_options, checked as an
    API request's are (InvalidRequestError naming the option)."""
    options = json.loads(options_json)
    if not isinstance(options, dict):
        raise InvalidRequestError("the page's options must be an object")
    options = dict(options)
    system = options.pop("system", None)
    if system is not None:
        if not isinstance(system, str):
            raise InvalidRequestError(f"system must be a string, got {type(system).__name__}", param="system")
        system = check_text(system, "system").strip() or None
    return (system, *page_options(options, vocab_size))


class HostCost:
    """What a decode token costs the worker, from the executor's counters (JsExecutor.submit_s and
    fetch_wait_s) between the first and the last token of a reply: `host_ms_per_token`, the worker busy
    (Python's loop, the bridge call, JS encoding; the rest of the time it waits for the GPU), and
    `encode_ms_per_token`, the bridge.run calls alone. On a fast GPU the host bounds decode once
    host_ms_per_token nears the decode time per token."""

    def __init__(self, executor):
        self.executor = executor
        self.first = self.last = None  # (time, submit_s, fetch_wait_s, submits) at the first / last token

    def _snapshot(self):
        ex = self.executor
        return time.perf_counter(), ex.submit_s, ex.fetch_wait_s, ex.submits

    def token(self):
        if self.first is None:
            self.first = self._snapshot()
        else:
            self.last = self._snapshot()

    def per_token(self) -> dict:
        if self.first is None or self.last is None or self.last[3] == self.first[3]:
            return {}  # fewer than two tokens: no decode step between them
        (t0, s0, w0, n0), (t1, s1, w1, n1) = self.first, self.last
        return {"host_ms_per_token": 1e3 * ((t1 - t0) - (w1 - w0)) / (n1 - n0),
                "encode_ms_per_token": 1e3 * (s1 - s0) / (n1 - n0)}


class WebChat:
    """One conversation on one engine: send() streams a reply to the page, stop between tokens."""

    def __init__(self, engine: Engine, post, should_stop, conversation=None):
        self.engine = engine
        self._post = post  # (json text) -> None: worker.mjs posts it to the page
        self._should_stop = should_stop  # () -> bool: set by the page's stop button
        self.conversation = conversation or Conversation()  # carried over when the device was lost
        self.lab = Lab(engine)  # the teaching page's views (site/learn.html) on the same engine

    def post(self, **message):
        self._post(json.dumps(message, ensure_ascii=False))

    def reset(self):
        self.conversation = Conversation()

    def load_messages(self, messages_json: str):
        """The page switched conversations: this one's messages ([{role, content}], as the page keeps them in
        IndexedDB) replace the conversation. The engine's KV cache is reused as far as the new prompt's
        prefix matches."""
        messages = json.loads(messages_json)
        if not isinstance(messages, list) or not all(
                isinstance(m, dict) and m.get("role") in ("system", "user", "assistant") and isinstance(m.get("content"), str)
                for m in messages):
            raise InvalidRequestError("a conversation must be a list of {role, content} messages")
        self.conversation = Conversation()
        for m in messages:
            self.conversation.add(m["role"], m["content"])

    async def api(self, kind: str, body_json: str):
        """An OpenAI-shaped request from the JS API (kind "chat" or "text"); see run_api_request."""
        backend = self.engine.tokenizer._backend  # (a WebTokenizersBackend)
        if hasattr(backend, "ensure_special"):
            await backend.ensure_special()  # raw prompts may hold control tokens
        await run_api_request(self.engine, kind, body_json, self._post, self._should_stop)

    def check_options(self, options_json: str) -> str:
        """The settings panel's check: "" when the page's options are valid, else the message send() would
        give (the same path: chat_options)."""
        try:
            chat_options(options_json, self.engine.config["vocab_size"])
        except TabllmError as e:
            return str(e)
        return ""

    def _set_system(self, system):
        """The conversation's system message (its first) set to `system`, or dropped for None."""
        messages = self.conversation.messages
        has = bool(messages) and messages[0]["role"] == "system"
        if system is None:
            if has:
                messages.pop(0)
        elif has:
            messages[0] = {"role": "system", "content": system}
        else:
            messages.insert(0, {"role": "system", "content": system})

    def _between_prefill_chunks(self, stats: dict):
        """Engine.stream_ids' should_stop, asked before each prefill chunk: posts {type: "prefill", done,
        total} (prompt tokens run so far, of those to run; the page's "reading the prompt" state), then
        says whether the page asked to stop. Before a later chunk it waits for the GPU to finish the
        ones submitted, so that `done` is what the GPU has read (one wait per chunk of 64+ tokens)."""
        chunk = 0
        rows = self.engine.plan.max_tokens_per_call

        async def ask() -> bool:
            nonlocal chunk
            total = stats.get("prefill_tokens", 0)
            if chunk:
                await self.engine.executor.wait_idle()
            self.post(type="prefill", done=min(chunk * rows, total), total=total)
            chunk += 1
            return bool(self._should_stop())

        return ask

    async def send(self, text: str, options_json: str = "{}"):
        """Add the user's message, stream the assistant's reply (token messages), then post done."""
        system, settings, max_tokens, stop_at_eos, policy = chat_options(options_json, self.engine.config["vocab_size"])
        self._set_system(system)
        engine = self.engine
        stats, ids, pieces = {}, [], []
        t0 = time.perf_counter()
        first_token_s = None
        finish = None
        host = HostCost(engine.executor)
        wire = engine.wire_mark() if hasattr(engine, "wire_mark") else None  # a split's socket (remote/page.py)
        self.conversation.add_user(text)
        try:
            # drop_oldest keeps room for the reply as the CLI's chat does (Engine.chat_stream)
            prompt_ids = engine.chat_prompt_ids(self.conversation.messages, policy,
                                                reply_room=max(1, min(max_tokens, engine.context_length // 4)))
            decoder = engine.tokenizer.stream_decoder()
            tokens = adrive(engine.stream_steps(prompt_ids, max_tokens, settings, stats, stop_at_eos=stop_at_eos,
                                                should_stop=self._between_prefill_chunks(stats)))
            try:
                async for token in tokens:
                    host.token()
                    if self._should_stop():
                        finish = "abort"
                        break
                    if first_token_s is None:
                        first_token_s = time.perf_counter() - t0
                    ids.append(token)
                    piece = decoder.push(token)
                    pieces.append(piece)
                    self.post(type="token", id=token, text=piece)
            finally:
                await tokens.aclose()
        except BaseException:
            # The reply broke off (the GPU device was lost, the prompt too long, ...): the conversation
            # keeps what the page shows, the reply as far as its tokens went, or with no token, not the
            # message either (the page marks it unanswered; worker.mjs reports the error).
            if ids:
                self.conversation.add_assistant("".join(pieces))
            else:
                self.conversation.messages.pop()
            raise
        tail = decoder.flush()
        if tail:
            pieces.append(tail)
            self.post(type="token", id=None, text=tail)
        reply = "".join(pieces)
        self.conversation.add_assistant(reply)
        steps = stats.get("decode_steps", 0)
        decode_s = stats.get("decode_s", 0.0)
        self.post(
            type="done",
            text=reply,
            messages=len(self.conversation.messages),
            token_ids=ids,
            prompt_tokens=len(prompt_ids),
            cached_tokens=stats.get("cached_tokens", 0),  # the earlier turns' K / V rows, not run again
            finish_reason=finish or stats.get("finish_reason", "abort"),
            time_to_first_token_s=first_token_s,
            prefill_tok_s=stats["prefill_tokens"] / stats["prefill_s"] if stats.get("prefill_s") else 0.0,
            decode_tok_s=steps / decode_s if steps and decode_s > 0 else 0.0,
            **host.per_token(),
            **(engine.wire_since(wire) if wire is not None else {}),
        )


class Lab:
    """The teaching page's Python (site/learn.html, docs/teaching.md): the prompt's tokens, one generation
    step at a time with its next-token distribution (tabllm.teach), that step redrawn under other sampler
    settings from the logits read once, one decode step's dispatches timed, and the page's Python cells,
    run in this interpreter next to the engine. Answers are JSON strings (the worker posts them on)."""

    TOP = 12  # candidates shown per step

    def __init__(self, engine: Engine):
        self.engine = engine
        self.ids = []  # the prompt of the last step
        self.logits = []  # its next-token logits (floats [V]), as the GPU sampler read them
        self.token = None  # the GPU sampler's pick at the last step
        self.raw = None  # its probabilities at temperature 1, nothing cut
        self.namespace = {"engine": engine, "lab": self, "teach": teach, "SamplerSettings": SamplerSettings}

    def prompt_ids(self, text: str, chat: bool) -> list:
        """The prompt as the model reads it: the chat template around one user message, or the raw text."""
        if chat:
            return self.engine.chat_prompt_ids([{"role": "user", "content": text}])
        return self.engine.text_prompt_ids(text)

    def tokens(self, text: str, chat: bool = True) -> str:
        """{tokens: [{id, text, special}]} of the prompt (teach.tokens), or {error} (an empty raw prompt...)."""
        try:
            ids = self.prompt_ids(text, chat)
        except TabllmError as e:
            return json.dumps({"error": str(e)})
        return json.dumps({"tokens": teach.tokens(self.engine, ids)}, ensure_ascii=False)

    def _view(self, settings: SamplerSettings) -> dict:
        """The last step's distribution under `settings` (no model run): the candidates, how many tokens
        keep a chance, and the picked token's probability under these settings."""
        probs = teach.distribution(self.logits, settings, seen=self.ids)
        return {"token": self.token, "token_text": teach.tokens(self.engine, [self.token])[0]["text"],
                "token_prob": probs[self.token], "kept": sum(1 for p in probs if p > 0),
                "candidates": teach.candidates(self.engine, self.logits, settings, self.ids, self.TOP, probs, self.raw)}

    async def step(self, ids_json: str, settings_json: str) -> str:
        """One generation step after the prompt ids ([int]) under the settings ({temperature, top_k, top_p,
        seed}, checked as the API's are): the GPU sampler's pick and the view of its distribution."""
        settings = lab_settings(settings_json, self.engine.config["vocab_size"])
        view = await acomplete(teach.next_token_steps(self.engine, json.loads(ids_json), settings, top=0))
        self.ids, self.logits, self.token = [int(t) for t in json.loads(ids_json)], view["logits"], view["token"]
        self.raw = teach.distribution(self.logits, SamplerSettings(temperature=1.0))  # (the bars' pale part, per step)
        return json.dumps({**self._view(settings), "greedy": view["greedy"], "position": len(self.ids)}, ensure_ascii=False)

    def redraw(self, settings_json: str) -> str:
        """The last step's distribution under other settings, from its logits (the model does not run)."""
        if self.token is None:
            raise TabllmError("no step has run yet: nothing to redraw")
        return json.dumps(self._view(lab_settings(settings_json, self.engine.config["vocab_size"])), ensure_ascii=False)

    async def profile(self, method: str = "auto") -> str:
        """One decode step after the last step's prompt (at its next position, reading the token the sampler
        picked), every dispatch timed by the bridge (bridge.mjs profile: GPU timestamps where the device has
        them, else host round trips): {method, phase, position, dispatches: n, totals: teach.kernel_totals,
        ms, bytes}. The step writes what a decode step writes (the K / V row at that position), which the
        next step rewrites. method "host": host round trips even where the GPU has timestamps (to compare)."""
        if self.token is None:
            raise TabllmError("run a step first: the decode step that is timed follows its prompt")
        engine, pos = self.engine, len(self.ids)
        if pos + 1 >= engine.context_length:
            raise TabllmError("the prompt fills the context: no decode step follows it")
        phase = engine.decode_phase(pos)
        settings = SamplerSettings(temperature=0)
        call = json.dumps({"phases": [phase, "head_last", settings.phase()],
                           "dims": {**engine.family.call_dims(engine.config, 1, pos), **settings.call_dims(0, 1)}})
        timed = (await engine.executor.bridge.profile(call, method)).to_py()
        dispatches = timed["dispatches"]
        return json.dumps({"method": timed["method"], "baseline_ms": timed.get("baselineMs"), "phase": phase,
                           "position": pos, "dispatches": len(dispatches), "totals": teach.kernel_totals(dispatches),
                           "ms": sum(d["ms"] for d in dispatches), "bytes": sum(d["bytes"] for d in dispatches)})

    async def inside(self) -> str:
        """Inside the model at the last step's position (the prompt's last token, whose next token the step
        drew): teach.inside's attention rows and logit lens, with the positions' token texts, as JSON; a
        plan without the debug phases (an engine loaded without debug=True) says why in {unavailable}."""
        if self.token is None:
            raise TabllmError("run a step first: the view shows the position whose next token it picked")
        why = teach.inside_available(self.engine)
        if why:
            return json.dumps({"unavailable": why})
        view = await acomplete(teach.inside_steps(self.engine, self.ids))
        return json.dumps({**view, "tokens": teach.tokens(self.engine, self.ids)}, ensure_ascii=False)

    # --- helpers for the page's Python cells (the names they use: lab.ids, lab.logits, ...) ---------------

    def text(self, ids) -> str:
        """The text of token ids, control tokens included."""
        return self.engine.tokenizer.decode(list(ids), skip_special=False)

    async def next_logits(self, ids) -> list:
        """The next-token logits after ids (floats [V]): one greedy step on the GPU, its logits row read."""
        view = await acomplete(teach.next_token_steps(self.engine, ids, SamplerSettings(temperature=0), top=0))
        return view["logits"]

    async def generate(self, prompt: str, max_tokens: int = 16, **sampler) -> str:
        """The reply to a user message under sampler settings (SamplerSettings' fields: temperature, top_k,
        top_p, seed, ...), as the chat page would give it."""
        ids = self.prompt_ids(prompt, chat=True)
        out = [t async for t in adrive(self.engine.stream_steps(ids, max_tokens, SamplerSettings(**sampler).validate()))]
        return self.engine.tokenizer.decode(out)

    async def run_code(self, code: str) -> str:
        """Run a Python cell of the page here, next to the engine: top-level await allowed (the GPU is awaited),
        the value of a last bare expression printed as in a notebook; names persist from cell to cell.
        {output (printed text), error (the traceback's last lines, or null)}."""
        out = io.StringIO()
        error = None
        try:
            tree = ast.parse(code, "<cell>", "exec")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with contextlib.redirect_stdout(out):
                for part, mode in ((tree, "exec"), (ast.Expression(last.value) if last else None, "eval")):
                    if part is None:
                        continue
                    result = eval(compile(part, "<cell>", mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), self.namespace)
                    if inspect.iscoroutine(result):
                        result = await result
                    if mode == "eval" and result is not None:
                        print(repr(result))
        # the student's code failed, or was stopped (the page's Stop: KeyboardInterrupt through Pyodide's interrupt
        # buffer): its traceback is the cell's output, not the page's error
        except (Exception, KeyboardInterrupt):
            lines = traceback.format_exc().splitlines()
            error = "\n".join(lines[:1] + [line for line in lines if "<cell>" in line or not line.startswith(" ")][-6:])
        return json.dumps({"output": out.getvalue(), "error": error}, ensure_ascii=False)


def lab_settings(settings_json: str, vocab_size: int) -> SamplerSettings:
    """The teaching page's sampler sliders ({temperature, top_k, top_p, seed}) as SamplerSettings, checked
    through api.params.page_options as the chat page's settings are."""
    options = json.loads(settings_json)
    if not isinstance(options, dict) or set(options) - {"temperature", "top_k", "top_p", "seed"}:
        raise InvalidRequestError("the teaching page's settings are temperature, top_k, top_p and seed")
    return page_options(options, vocab_size)[0]


async def run_api_request(engine, kind: str, body_json: str, post, should_stop):
    """One OpenAI-shaped request from the page's JS API (app/js/tabllm.mjs), on the same code as
    engine.chat.completions / engine.completions / engine.embeddings in CPython. Posts {type: "api-chunk", chunk} per
    streamed chunk or {type: "api-result", result} once, then {type: "api-done"}; a bad request posts
    {type: "api-error", status, error} (OpenAI's error body). A stop request ends it between tokens."""
    from .api.errors import APIError

    try:
        resource = {"chat": engine.chat.completions, "text": engine.completions, "embeddings": engine.embeddings}[kind]
        job = resource.prepare(json.loads(body_json))
        if kind == "embeddings":
            post(json.dumps({"type": "api-result", "result": job.response([item async for item in adrive(job.item_steps())])}))
            post(json.dumps({"type": "api-done"}))
            return
        chunks = adrive(job.chunk_steps())
    except APIError as e:
        post(json.dumps({"type": "api-error", "status": e.status, "error": e.body()}, ensure_ascii=False))
        return
    collected = []
    try:
        async for chunk in chunks:  # closing the generator (stop) closes the engine's token loop with it
            if should_stop():
                break
            if not job.stream:
                collected.append(chunk)
            elif job.wanted_in_stream(chunk):
                post(json.dumps({"type": "api-chunk", "chunk": chunk}, ensure_ascii=False))
    finally:
        await chunks.aclose()
    if not job.stream:
        post(json.dumps({"type": "api-result", "result": job.aggregate(collected)}, ensure_ascii=False))
    post(json.dumps({"type": "api-done"}))


async def load_web_chat(bridge, load_weights_js, make_tokenizer_js, model_dir, post, should_stop, context_length=None,
                        conversation=None, profile=None, stage=None, split=None, debug=False):
    """profile: None (from the adapter), or "cpu" / "gpu" forced (the page's ?profile=, for tests);
    stage: the worker's start-up timeline (load_engine); split: the page's ?split= (load_engine). debug: the teaching page's debug phases (load_engine)."""
    engine = await load_engine(bridge, load_weights_js, make_tokenizer_js, model_dir, context_length, profile, stage, split, debug=debug)
    return WebChat(engine, post, should_stop, conversation)
