"""`tabllm serve --api`: the OpenAI-compatible HTTP API (Starlette + uvicorn) on one engine.

    POST /v1/chat/completions   (SSE with "stream": true, ending in "data: [DONE]")
    POST /v1/completions
    POST /v1/embeddings
    GET  /v1/models, /v1/models/{id}

One engine, one worker thread: requests are checked and tokenized as they arrive (every 400 comes
before any GPU work), then queued and run one at a time, so no two generations share the GPU state
(KV cache, sampler buffers). At most `max_queue` requests wait behind the running one; more get 503.
A client that goes away (closes a stream, or drops the connection of a plain request) stops its
generation before the next token: its job's generator is closed, which frees the engine.
"""

import asyncio
import contextlib
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
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api import APIError, InvalidRequestError, ModelNotFoundError, QueueFullError, model_id
from .errors import ContextWindowError, DeviceError, TabllmError

log = logging.getLogger("tabllm.server")
MAX_BODY = 16 << 20  # bytes of one request body
DEFAULT_MAX_QUEUE = 64

_END = object()


class _Failed:
    def __init__(self, error):
        self.error = error


class Ticket:
    """One queued request: `run` (called on the worker thread) returns the iterator of its results,
    which are handed to the event loop as they come; `cancel()` stops it before its next item."""

    def __init__(self, run, loop, label):
        self.run, self.loop, self.label = run, loop, label
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
                items = self.run()
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
        self.cancelled.set()

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
        self._lock = threading.Lock()
        self._admitted = 0  # waiting + running
        self.history = deque(maxlen=256)  # (label, items delivered, cancelled) of finished tickets
        self._running = None
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="tabllm-engine", daemon=True)
        self._thread.start()

    def submit(self, run, label) -> Ticket:
        with self._lock:
            if self._admitted > self.max_queue:
                raise QueueFullError(f"the server is busy: {self.max_queue} requests are already waiting; retry later")
            self._admitted += 1
        ticket = Ticket(run, asyncio.get_running_loop(), label)
        self._tickets.put(ticket)
        return ticket

    def _loop(self):
        while True:
            ticket = self._tickets.get()
            if ticket is None:
                return
            self._running = ticket  # before looking at _stopping: stop() sees one or the other
            if self._stopping:
                ticket.cancel()
            try:
                ticket.execute()
            finally:
                self._running = None
                with self._lock:
                    self._admitted -= 1
                self.history.append((ticket.label, ticket.delivered, ticket.cancelled.is_set()))
                if ticket.cancelled.is_set():
                    log.info("%s cancelled after %d items", ticket.label, ticket.delivered)

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
    size, parts = 0, []
    async for part in request.stream():
        size += len(part)
        if size > MAX_BODY:
            raise InvalidRequestError(f"the request body is larger than {MAX_BODY} bytes")
        parts.append(part)
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


def _error_response(exc):
    status, body = _error_body(exc)
    # ASCII escapes: an error message may quote the request's text, which can hold lone surrogates
    return Response(json.dumps(body), status_code=status, media_type="application/json")


async def _generation(request: Request, prepare, label):
    body = await _json_body(request)
    job = await run_in_threadpool(prepare, body)  # tokenizing may take a while: off the event loop
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
        return JSONResponse({"error": {"message": "client disconnected"}}, status_code=499)
    return JSONResponse(fold(result.result()))


async def chat_completions(request):
    return await _generation(request, request.app.state.engine.chat.completions.prepare, "chat")


async def completions(request):
    return await _generation(request, request.app.state.engine.completions.prepare, "completion")


async def embeddings(request):
    body = await _json_body(request)
    job = await run_in_threadpool(request.app.state.engine.embeddings.prepare, body)
    ticket = request.app.state.worker.submit(lambda: iter([job.run()]), "embeddings")
    return await _collect(request, ticket, lambda items: items[0])


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
    if isinstance(exc, HTTPException):
        kind = "invalid_request_error" if exc.status_code < 500 else "server_error"
        return exc.status_code, {"error": {"message": exc.detail, "type": kind, "param": None, "code": None}}
    log.error("internal error", exc_info=exc)
    return 500, {"error": {"message": f"internal server error: {type(exc).__name__}", "type": "server_error",
                           "param": None, "code": None}}


async def _handle_error(request, exc):
    return _error_response(exc)


def create_app(engine, max_queue=DEFAULT_MAX_QUEUE, cors_origins=()) -> Starlette:
    """The ASGI app serving `engine`; its worker thread starts now and stops with the app's lifespan.
    cors_origins: web origins (or "*") whose pages may call the API from the browser."""
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware

    worker = EngineWorker(engine, max_queue)
    middleware = [Middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                             allow_headers=["*"])] if cors_origins else []

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
        ],
        exception_handlers={Exception: _handle_error, HTTPException: _handle_error, TabllmError: _handle_error},
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.engine, app.state.worker, app.state.started = engine, worker, int(time.time())
    return app


def serve(engine, host="127.0.0.1", port=8000, max_queue=DEFAULT_MAX_QUEUE, log_level="info", cors_origins=()):
    import uvicorn

    uvicorn.run(create_app(engine, max_queue, cors_origins), host=host, port=port, log_level=log_level)
