"""`tabllm serve --api`: the OpenAI-compatible HTTP API (Starlette + uvicorn) on one engine.

    POST /v1/chat/completions   (SSE with "stream": true, ending in "data: [DONE]")
    POST /v1/completions
    POST /v1/embeddings
    GET  /v1/models, /v1/models/{id}
    GET  /v1/status             (tabllm's own: the queue, and the KV slots' prefix reuse)

One engine, one worker thread: requests are checked and tokenized as they arrive (every 400 comes
before any GPU work; tokenizing runs in a thread pool, not on the event loop), then queued and run
one at a time, so no two generations share the GPU state (KV cache, sampler buffers). The engine's KV
slots (`--kv-slots`) keep several conversations' prefixes: a request goes to the slot that holds the
longest prefix of it, else to the least recently used one (tabllm.kv_slots). At most
`max_queue` requests wait behind the running one; more get 503. A client that goes away (closes a
stream, or drops the connection of a plain request) stops its request at once: a waiting one gives
its queue slot back, a running one stops before its next prefill chunk, token or embedding input.

Before a request reaches a handler (README "Security"): its Host header must name this server (a
page on another site reaching a local server through DNS rebinding sends its own host name: 421),
and with an API key, `Authorization: Bearer KEY` must carry it (401). A POST body must be declared
application/json (415: a page of another origin can send text/plain without asking, but must ask,
through CORS, before sending JSON), at most MAX_BODY bytes (413), arriving within `read_timeout`
seconds (408); text that cannot fit the context is refused before it is tokenized (api/limits.py).
"""

import asyncio
import contextlib
import hmac
import ipaddress
import json
import logging
import queue
import threading
import time
from collections import deque

from sse_starlette.sse import EventSourceResponse
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api import APIError, InvalidRequestError, ModelNotFoundError, QueueFullError, model_id
from .api.errors import (AuthenticationError, MisdirectedRequestError, RequestTimeoutError, RequestTooLargeError,
                         UnsupportedMediaTypeError)
from .api.limits import DEFAULT_KEEP_ALIVE_TIMEOUT, DEFAULT_READ_TIMEOUT, MAX_BODY, RequestLimits
from .errors import ContextWindowError, DeviceError, TabllmError

log = logging.getLogger("tabllm.server")
DEFAULT_MAX_QUEUE = 64
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})  # the names a page on this machine uses

_END = object()


class _Failed:
    def __init__(self, error):
        self.error = error


class Ticket:
    """One queued request: `run(should_stop)` (called on the worker thread) returns the iterator of its
    results, which are handed to the event loop as they come; should_stop() says whether the request
    was cancelled, for work inside one item (the prefill's chunks). `cancel()` stops it before its next
    item, and gives its queue slot back at once if it has not started (`on_cancel`)."""

    def __init__(self, run, loop, label, on_cancel=None):
        self.run, self.loop, self.label, self.on_cancel = run, loop, label, on_cancel
        self.out = asyncio.Queue()
        self.cancelled = threading.Event()
        self.delivered = 0

    def _put(self, item):
        try:
            self.loop.call_soon_threadsafe(self.out.put_nowait, item)
        except RuntimeError:  # the event loop is closed: the server is shutting down
            pass

    def execute(self):
        """On the worker thread: run the job unless cancelled already, stop when cancelled."""
        items = None
        try:
            if not self.cancelled.is_set():
                items = self.run(self.cancelled.is_set)
                for item in items:
                    if self.cancelled.is_set():
                        break
                    self._put(item)
                    self.delivered += 1
        except BaseException as e:  # reported to the request; the worker goes on
            self._put(_Failed(e))
        finally:
            if items is not None and hasattr(items, "close"):
                items.close()  # stops the engine's token generator if we left it early
            self._put(_END)

    def cancel(self):
        if not self.cancelled.is_set():
            self.cancelled.set()
            if self.on_cancel is not None:
                self.on_cancel(self)

    async def items(self):
        """The results, on the event loop. Leaving early (a disconnect cancels the task) cancels the job."""
        try:
            while True:
                item = await self.out.get()
                if item is _END:
                    return
                if isinstance(item, _Failed):
                    raise item.error
                yield item
        finally:
            self.cancel()


class EngineWorker:
    """The only thread that touches the engine: runs tickets one at a time, first come first served."""

    def __init__(self, engine, max_queue=DEFAULT_MAX_QUEUE):
        self.engine, self.max_queue = engine, max_queue
        self._tickets = queue.Queue()
        self._lock = threading.Lock()  # guards _waiting and _running
        self._waiting = set()  # admitted tickets not started; a cancelled one leaves at once
        self.history = deque(maxlen=256)  # (label, items delivered, cancelled) of finished tickets
        self._running = None
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="tabllm-engine", daemon=True)
        self._thread.start()

    @property
    def admitted(self) -> int:
        """Requests waiting or running."""
        with self._lock:
            return len(self._waiting) + (self._running is not None)

    @property
    def running(self):
        """The ticket running now, or None."""
        return self._running

    def submit(self, run, label) -> Ticket:
        ticket = Ticket(run, asyncio.get_running_loop(), label, on_cancel=self._withdraw)
        with self._lock:
            if len(self._waiting) + (self._running is not None) > self.max_queue:
                raise QueueFullError(f"the server is busy: {self.max_queue} requests are already waiting; retry later")
            self._waiting.add(ticket)
        self._tickets.put(ticket)
        return ticket

    def _withdraw(self, ticket):
        """A ticket cancelled while waiting gives its slot back now (the worker skips it later)."""
        with self._lock:
            if ticket not in self._waiting:
                return  # running or done: execute() sees the cancellation
            self._finished(ticket)
            self._waiting.discard(ticket)

    def _finished(self, ticket):
        """Record a finished ticket (before its slot is free: an idle worker has recorded all)."""
        self.history.append((ticket.label, ticket.delivered, ticket.cancelled.is_set()))
        if ticket.cancelled.is_set():
            log.info("%s cancelled after %d items", ticket.label, ticket.delivered)

    def _loop(self):
        while True:
            ticket = self._tickets.get()
            if ticket is None:
                return
            with self._lock:
                if ticket not in self._waiting:
                    continue  # withdrawn
                self._waiting.discard(ticket)
                self._running = ticket  # before looking at _stopping: stop() sees one or the other
            if self._stopping:
                ticket.cancel()
            try:
                ticket.execute()
            finally:
                self._finished(ticket)
                with self._lock:
                    self._running = None

    def stop(self):
        """At server shutdown: cancel the running and the waiting requests, then end the thread."""
        self._stopping = True
        running = self._running
        if running is not None:
            running.cancel()
        self._tickets.put(None)
        self._thread.join(timeout=30)


# --- request handling ---------------------------------------------------------------------------


async def _json_body(request: Request):
    """The request's JSON body: declared application/json, at most MAX_BODY bytes, in full within the
    app's read timeout."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != "application/json":
        raise UnsupportedMediaTypeError("the request body must be JSON, sent with the header Content-Type: "
                                        f"application/json (got {media_type or 'no Content-Type'!r})")
    too_large = RequestTooLargeError(f"the request body is larger than {MAX_BODY} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise too_large  # before reading any of it
    size, parts = 0, []
    timeout = request.app.state.read_timeout
    try:
        async with asyncio.timeout(timeout):
            async for part in request.stream():
                size += len(part)
                if size > MAX_BODY:
                    raise too_large
                parts.append(part)
    except TimeoutError:
        raise RequestTimeoutError(f"the request body did not arrive within {timeout:g} s") from None
    try:
        return json.loads(b"".join(parts))
    except (ValueError, RecursionError) as e:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise InvalidRequestError(f"the request body is not valid JSON: {e}") from None


async def _until_disconnected(request: Request):
    # the body has been read, so the next ASGI message can only be the disconnect
    while (await request.receive())["type"] != "http.disconnect":
        pass


def _sse(data) -> dict:
    return {"data": json.dumps(data, ensure_ascii=False)}


# errors answered before the request body was read to its end: the connection cannot carry another request
_BEFORE_THE_BODY = (MisdirectedRequestError, AuthenticationError, UnsupportedMediaTypeError, RequestTooLargeError,
                    RequestTimeoutError)


def _error_response(exc):
    status, body = _error_body(exc)
    headers = {"Connection": "close"} if isinstance(exc, _BEFORE_THE_BODY) else None
    # ASCII escapes: an error message may quote the request's text, which can hold lone surrogates
    return Response(json.dumps(body), status_code=status, media_type="application/json", headers=headers)


async def _prepared(request: Request, resource):
    """The request's job: its body checked and tokenized by `resource.prepare`, in a worker thread
    (tokenizing takes a while: the event loop keeps serving others meanwhile)."""
    body = await _json_body(request)
    return await run_in_threadpool(resource.prepare, body, request.app.state.limits)


async def _generation(request: Request, resource, label):
    job = await _prepared(request, resource)
    worker: EngineWorker = request.app.state.worker
    ticket = worker.submit(job.chunks, f"{label} {job.id}")
    if job.stream:

        async def events():
            try:
                async for chunk in ticket.items():
                    if job.wanted_in_stream(chunk):
                        yield _sse(chunk)
            except Exception as e:  # the stream has started (status 200): report in-band, as OpenAI does
                yield {"data": json.dumps(_error_body(e)[1])}
                return
            finally:  # also when the client went away and the response closes this generator
                ticket.cancel()
            yield {"data": "[DONE]"}

        return EventSourceResponse(events(), ping=15)
    return await _collect(request, ticket, job.aggregate)


async def _collect(request, ticket, fold):
    """All results of a non-streaming request, or cancel it when the client disconnects first."""
    async def gather():
        return [item async for item in ticket.items()]

    result = asyncio.ensure_future(gather())
    gone = asyncio.ensure_future(_until_disconnected(request))
    await asyncio.wait({result, gone}, return_when=asyncio.FIRST_COMPLETED)
    gone.cancel()
    if not result.done():
        ticket.cancel()
        result.cancel()
        return _error_response(ClientDisconnect())
    return JSONResponse(fold(result.result()))


async def chat_completions(request):
    return await _generation(request, request.app.state.engine.chat.completions, "chat")


async def completions(request):
    return await _generation(request, request.app.state.engine.completions, "completion")


async def embeddings(request):
    job = await _prepared(request, request.app.state.engine.embeddings)
    # one item per input: a cancelled request stops between inputs
    ticket = request.app.state.worker.submit(lambda should_stop: job.items(), "embeddings")
    return await _collect(request, ticket, job.response)


async def status(request):
    """The queue and the engine's KV slots: their count and size, requests, prefix hits, hit_rate, cached
    and prompt tokens, saved (the share of prompt tokens not prefilled), evictions, tokens each holds."""
    worker: EngineWorker = request.app.state.worker
    return JSONResponse({"model": model_id(request.app.state.engine), "admitted": worker.admitted,
                         "max_queue": worker.max_queue, "kv_slots": request.app.state.engine.kv_slots.stats()})


def _model_card(app):
    return {"id": model_id(app.state.engine), "object": "model", "created": app.state.started, "owned_by": "tabllm"}


async def list_models(request):
    return JSONResponse({"object": "list", "data": [_model_card(request.app)]})


async def get_model(request):
    engine = request.app.state.engine
    name = request.path_params["model"]
    if name != model_id(engine):
        raise ModelNotFoundError(f"the model {name!r} does not exist; this server has {model_id(engine)!r}",
                                 param="model")
    return JSONResponse(_model_card(request.app))


# --- errors -------------------------------------------------------------------------------------


def _error_body(exc):
    """(status, OpenAI error body) for any exception escaping a request."""
    if isinstance(exc, APIError):
        return exc.status, exc.body()
    if isinstance(exc, DeviceError):  # the GPU cannot serve it: not the client's fault
        return 503, {"error": {"message": str(exc), "type": "server_error", "param": None, "code": None}}
    if isinstance(exc, ContextWindowError):
        return 400, InvalidRequestError(str(exc), code="context_length_exceeded").body()
    if isinstance(exc, TabllmError):  # from the engine: something about this request's input
        return 400, InvalidRequestError(str(exc)).body()
    if isinstance(exc, ClientDisconnect):  # gone while sending its body: nobody reads this answer
        return 499, {"error": {"message": "client disconnected", "type": "invalid_request_error", "param": None,
                               "code": None}}
    if isinstance(exc, HTTPException):
        kind = "invalid_request_error" if exc.status_code < 500 else "server_error"
        return exc.status_code, {"error": {"message": exc.detail, "type": kind, "param": None, "code": None}}
    log.error("internal error", exc_info=exc)
    return 500, {"error": {"message": f"internal server error: {type(exc).__name__}", "type": "server_error",
                           "param": None, "code": None}}


async def _handle_error(request, exc):
    return _error_response(exc)


# --- who may call -------------------------------------------------------------------------------


class _Gate:
    """ASGI middleware: answers the APIError `refusal(scope)` returns instead of calling the app."""

    def __init__(self, app, refusal):
        self.app, self.refusal = app, refusal

    async def __call__(self, scope, receive, send):
        error = self.refusal(scope) if scope["type"] == "http" else None
        if error is not None:
            await _error_response(error)(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def _header(scope, name: bytes) -> bytes:
    return next((value for key, value in scope["headers"] if key == name), b"")


def host_name(host_header: str) -> str:
    """The host of a Host header, lowercase, without port or trailing dot: "[::1]:8000" -> "::1"."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    return host.rstrip(".")


def _wrong_host(allowed_hosts):
    """A refusal of requests whose Host header is not in allowed_hosts. The port is not compared: a
    page that reaches this port under a loopback name is on this machine, and what keeps pages of
    other origins out is the JSON Content-Type with CORS off."""
    def refusal(scope):
        host = _header(scope, b"host").decode("latin-1")
        if host_name(host) not in allowed_hosts:
            return MisdirectedRequestError(
                f"this server does not answer for the host {host!r} (it answers for {', '.join(sorted(allowed_hosts))}); "
                "start it with --allowed-host NAME to add a name it is reached by")
    return refusal


def _missing_key(api_key: str):
    """A refusal of requests without `Authorization: Bearer <api_key>` (compared in constant time)."""
    expected = api_key.encode()

    def refusal(scope):
        scheme, _, given = _header(scope, b"authorization").partition(b" ")
        if scheme.lower() != b"bearer" or not hmac.compare_digest(given.strip(), expected):
            return AuthenticationError("missing or incorrect API key: send the header 'Authorization: Bearer KEY' "
                                       "with the key the server was started with (--api-key or TABLLM_API_KEY)")
    return refusal


def is_loopback(bind_host: str) -> bool:
    if bind_host == "localhost":
        return True
    try:
        return ipaddress.ip_address(bind_host.strip("[]")).is_loopback
    except ValueError:  # a host name
        return False


def allowed_hosts_for(bind_host: str, extra=()):
    """The Host names a server bound to bind_host answers for: the loopback names plus `extra`; None
    (any Host) when extra holds "*", or when it is bound beyond loopback (0.0.0.0, a LAN address)
    and no names are given: clients then reach it by names it cannot know."""
    names = {host_name(h) for h in extra}
    if "*" in names or (not names and not is_loopback(bind_host)):
        return None
    return LOOPBACK_HOSTS | names


def exposure_warnings(bind_host, allowed_hosts, api_key) -> list:
    """What a user starting a server this way should know (README "Security")."""
    if is_loopback(bind_host):
        return []
    out = []
    if not api_key:
        out.append(f"bound to {bind_host} without an API key: anyone who can reach this address can use the API; "
                   "set TABLLM_API_KEY (or --api-key)")
    if allowed_hosts is None:
        out.append("the Host header is not checked (any name is answered): give --allowed-host NAME for each "
                   "name clients use, so that pages of other sites cannot reach the API through DNS rebinding")
    return out


# --- the app ------------------------------------------------------------------------------------


def create_app(engine, max_queue=DEFAULT_MAX_QUEUE, cors_origins=(), allowed_hosts=LOOPBACK_HOSTS, api_key=None,
               limits=RequestLimits(), read_timeout=DEFAULT_READ_TIMEOUT) -> Starlette:
    """The ASGI app serving `engine`; its worker thread starts now and stops with the app's lifespan.
    cors_origins: web origins (or "*") whose pages may call the API from the browser.
    allowed_hosts: the names the Host header may give (allowed_hosts_for), None for any.
    api_key: None (no key), or the key every request must carry as `Authorization: Bearer KEY`.
    limits: embedding inputs and completions per request (api.limits.RequestLimits).
    read_timeout: seconds a request body may take to arrive in full (408 after)."""
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware

    worker = EngineWorker(engine, max_queue)
    # outermost first: the Host check; CORS answers preflights (they carry no key) and marks even a 401 as
    # readable by the pages it allows; then the key
    middleware = [Middleware(_Gate, refusal=_wrong_host(frozenset(allowed_hosts)))] if allowed_hosts is not None else []
    if cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                                     allow_headers=["*"]))
    if api_key:
        middleware.append(Middleware(_Gate, refusal=_missing_key(api_key)))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        worker.stop()

    app = Starlette(
        routes=[
            Route("/v1/chat/completions", chat_completions, methods=["POST"]),
            Route("/v1/completions", completions, methods=["POST"]),
            Route("/v1/embeddings", embeddings, methods=["POST"]),
            Route("/v1/models", list_models, methods=["GET"]),
            Route("/v1/models/{model:path}", get_model, methods=["GET"]),
            Route("/v1/status", status, methods=["GET"]),
        ],
        # (an Exception handler answers, then the error propagates to uvicorn, which logs it: expected ones are named)
        exception_handlers={Exception: _handle_error, HTTPException: _handle_error, TabllmError: _handle_error,
                            ClientDisconnect: _handle_error},
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.engine, app.state.worker, app.state.started = engine, worker, int(time.time())
    app.state.limits, app.state.read_timeout = limits, read_timeout
    return app


def uvicorn_options(read_timeout=DEFAULT_READ_TIMEOUT, keep_alive_timeout=DEFAULT_KEEP_ALIVE_TIMEOUT) -> dict:
    """uvicorn.Config keywords: idle keep-alive connections close after keep_alive_timeout seconds, and a
    connection whose request line and headers have not arrived read_timeout seconds after it opened
    (or after its previous response) is closed."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class H11WithHeadTimeout(H11Protocol):
        # uvicorn times only idle keep-alive connections, and that timer stops at their first byte: a
        # client sending nothing, or its headers a byte at a time, would hold the connection for ever
        def connection_made(self, transport):
            super().connection_made(transport)
            self._expect_a_request()

        def on_response_complete(self):
            self._expect_a_request()  # before super(), which may start a pipelined request at once
            super().on_response_complete()

        def _expect_a_request(self):
            before = self.cycle  # a request whose headers have arrived replaces self.cycle

            def expire():
                if self.cycle is before and not self.transport.is_closing():
                    self.transport.close()

            self.loop.call_later(read_timeout, expire)

    return {"http": H11WithHeadTimeout, "timeout_keep_alive": keep_alive_timeout}


def serve(engine, host="127.0.0.1", port=8000, max_queue=DEFAULT_MAX_QUEUE, log_level="info", cors_origins=(),
          extra_hosts=(), api_key=None, read_timeout=DEFAULT_READ_TIMEOUT, keep_alive_timeout=DEFAULT_KEEP_ALIVE_TIMEOUT):
    """Serve engine's API on host:port until stopped. extra_hosts: names the Host header may give besides
    the loopback ones (allowed_hosts_for); the other arguments are create_app's and uvicorn_options'."""
    import uvicorn

    app = create_app(engine, max_queue, cors_origins, allowed_hosts_for(host, extra_hosts), api_key,
                     read_timeout=read_timeout)
    uvicorn.run(app, host=host, port=port, log_level=log_level, **uvicorn_options(read_timeout, keep_alive_timeout))
