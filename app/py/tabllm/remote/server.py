"""`tabllm serve --split`: the server half of split execution. It runs layers [0, k) of a model for
sessions over WebSockets (remote/protocol.py) and returns hidden states; the client runs the rest.

One FirstPart (remote/parts.py) holds the weights once and a KV cache per session slot; the slots are
allocated at start (their number capped by --split-sessions and by --split-kv-mib of KV memory), so a
session costs no allocation and a full server answers "busy" at once. Every GPU call runs on one worker
thread, one at a time (the slots share the activation buffers); the sockets wait on the event loop. A
session ends, and its slot is free again, when its socket closes (by the client, by a protocol error
that closes that socket only, or after the idle timeout).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from ..errors import TabllmError
from . import protocol
from .parts import FirstPart
from .protocol import DTYPES, SplitProtocolError, model_fingerprint

DEFAULT_SESSIONS = 8
DEFAULT_IDLE_TIMEOUT = 120.0  # seconds without a request before a session is closed


@dataclass
class Session:
    id: str
    slot: int
    dtype: str = "f32"
    position: int = 0  # the session's KV rows hold positions 0 .. position - 1
    opened: float = field(default_factory=time.monotonic)
    requests: int = 0
    bytes_in: int = 0
    bytes_out: int = 0


class SessionPool:
    """The sessions of one FirstPart: slot bookkeeping (on the event loop) and the worker thread."""

    def __init__(self, part: FirstPart, idle_timeout=DEFAULT_IDLE_TIMEOUT):
        self.part, self.idle_timeout = part, float(idle_timeout)
        self.free = list(range(part.slots))
        self.sessions: dict[str, Session] = {}
        self.worker = ThreadPoolExecutor(1, thread_name_prefix="tabllm-split")  # every GPU call, in turn
        # (a part built from a config, without a model directory: random weights for a benchmark, no fingerprint)
        self.fingerprint = model_fingerprint(part.model_dir) if part.model_dir is not None else None
        self.max_ids = part.context_length  # a prompt may fill the context in one request
        self.closed_sessions = 0
        self.requests, self.compute_s = 0, 0.0  # over every session: requests run, seconds the worker ran them

    def open(self, dtype) -> Session:
        if not self.free:
            raise SplitProtocolError("busy", f"all {self.part.slots} sessions are in use: try again later")
        session = Session(secrets.token_hex(8), self.free.pop(0), dtype)
        self.sessions[session.id] = session
        return session

    def close(self, session: Session):
        if self.sessions.pop(session.id, None) is not None:
            self.free.append(session.slot)
            self.closed_sessions += 1

    def ready(self, session: Session) -> dict:
        c = self.part.config
        return {"type": "ready", "version": protocol.VERSION, "session": session.id, "model": c.get("name"),
                "fingerprint": self.fingerprint, "layers": list(self.part.layers), "num_layers": c["num_layers"],
                "hidden_size": c["hidden_size"], "vocab_size": c["vocab_size"], "context_length": self.part.context_length,
                "dtype": session.dtype, "max_ids": self.max_ids, "idle_timeout_s": self.idle_timeout}

    def status(self) -> dict:
        return {"model": self.part.config.get("name"), "layers": list(self.part.layers),
                "sessions": len(self.sessions), "slots": self.part.slots, "kv_bytes_per_session": self.part.slot_kv_bytes,
                "closed_sessions": self.closed_sessions, "requests": self.requests, "compute_s": round(self.compute_s, 6),
                "device": self.part.executor.adapter_name}

    def _timed_rows(self, kind, ids, pos0, slot):  # (on the worker thread)
        t = time.perf_counter()
        rows = self.part.rows(kind, ids, pos0, slot)
        return rows, time.perf_counter() - t

    def max_frame_bytes(self) -> int:
        return protocol.HEADER.size + 4 * self.max_ids

    async def handle(self, ws):
        """One session on a Starlette WebSocket, from accept to close; never raises."""
        from starlette.websockets import WebSocketDisconnect

        await ws.accept()
        session, loop = None, asyncio.get_running_loop()
        V, C = self.part.config["vocab_size"], self.part.context_length

        async def receive():  # the next message, or None when the client is gone
            msg = await asyncio.wait_for(ws.receive(), self.idle_timeout)
            return None if msg["type"] == "websocket.disconnect" else msg

        try:
            msg = await receive()
            if msg is None:
                return
            hello = protocol.parse_open(msg.get("text"))
            if hello["fingerprint"] and self.fingerprint and hello["fingerprint"] != self.fingerprint:
                raise SplitProtocolError("model_mismatch", f"this server runs {self.part.config.get('name')!r} with "
                                         f"weights {self.fingerprint[:16]}..., the client's are {hello['fingerprint'][:16]}...")
            session = self.open(hello["dtype"])
            await ws.send_text(json.dumps(self.ready(session)))
            while True:
                msg = await receive()
                if msg is None:
                    break
                data = msg.get("bytes")
                if data is None:
                    raise SplitProtocolError("bad_message", "after open, requests are binary frames (protocol.pack_request)")
                kind, pos0, ids = protocol.parse_request(data, self.max_ids, V, C)
                if pos0 > session.position:
                    raise SplitProtocolError("bad_frame", f"pos0 {pos0} is past the session's {session.position} rows")
                try:
                    rows, seconds = await loop.run_in_executor(self.worker, self._timed_rows, kind, ids, pos0, session.slot)
                except Exception as e:  # noqa: BLE001 (the session ends with what went wrong; the server goes on)
                    raise SplitProtocolError("internal", f"{type(e).__name__}: {e}") from None
                self.requests, self.compute_s = self.requests + 1, self.compute_s + seconds
                session.position = pos0 + len(ids)
                if session.dtype != "f32":
                    rows = np.frombuffer(rows, "<f4").astype(DTYPES[session.dtype][0]).tobytes()
                frame = protocol.pack_response(kind, pos0, len(ids), rows)
                await ws.send_bytes(frame)
                session.requests += 1
                session.bytes_in += len(data)
                session.bytes_out += len(frame)
        except SplitProtocolError as e:
            await _close_with(ws, e.frame(), e.close_code)
        except asyncio.TimeoutError:
            e = SplitProtocolError("idle_timeout", f"no request within {self.idle_timeout:g} s: the session is closed")
            await _close_with(ws, e.frame(), e.close_code)
        except (WebSocketDisconnect, OSError, RuntimeError):
            pass  # the client went away (mid-request too): nothing to tell it
        finally:
            if session is not None:
                self.close(session)


async def _close_with(ws, text, code):
    try:
        await ws.send_text(text)
        await ws.close(code)
    except Exception:  # noqa: BLE001 (the client may be gone already; its session is freed all the same)
        pass


def make_app(pool: SessionPool):
    """The Starlette app: the WebSocket at protocol.PATH and GET {PATH}/status (sessions, slots)."""
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route, WebSocketRoute

    async def status(request):
        return JSONResponse(pool.status())

    return Starlette(routes=[WebSocketRoute(protocol.PATH, pool.handle), Route(protocol.PATH + "/status", status)])


def uvicorn_config(pool: SessionPool, host, port, **kwargs):
    """uvicorn's config: frames far above a session's largest request are refused by the WebSocket layer
    (close 1009) before they are buffered whole; those between are the protocol's frame_too_large."""
    import uvicorn

    return uvicorn.Config(make_app(pool), host=host, port=port, ws_max_size=2 * pool.max_frame_bytes() + 4096,
                          log_level="warning", **kwargs)


class SplitServer:
    """A split server on a background thread (tests, benchmarks, notebooks): start() returns its URL."""

    def __init__(self, pool: SessionPool, host="127.0.0.1", port=0):
        import uvicorn

        self.pool = pool
        self.server = uvicorn.Server(uvicorn_config(pool, host, port))
        self.thread = threading.Thread(target=self.server.run, daemon=True, name="tabllm-split-server")

    def start(self, timeout=30.0) -> str:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise TabllmError("the split server did not start")
            time.sleep(0.01)
        host, port = self.server.servers[0].sockets[0].getsockname()[:2]
        self.url = f"ws://{host}:{port}{protocol.PATH}"
        return self.url

    def stop(self):
        self.server.should_exit = True
        self.thread.join(10)
        self.pool.worker.shutdown(wait=True)


def serve_split(model_dir, executor, k, host, port, context_length=None, precision="auto", sessions=DEFAULT_SESSIONS,
                kv_mib=None, idle_timeout=DEFAULT_IDLE_TIMEOUT):
    """`tabllm serve --split [K]` in the foreground: layers [0, k) of model_dir (k None: half the layers) for
    at most `sessions` sessions, fewer where kv_mib MiB of KV cache hold fewer."""
    import sys

    import uvicorn

    from ..weights import load_config

    L = load_config(model_dir)["num_layers"]
    k = L // 2 if k is None else k
    if not 1 <= k < L:
        raise TabllmError(f"--split K: the server runs layers [0, K) and the client the rest, so 1 <= K < {L}; got {k}")
    part = FirstPart(model_dir, executor, k, context_length=context_length, precision=precision, slots=sessions,
                     kv_budget=None if kv_mib is None else kv_mib * 2**20)
    pool = SessionPool(part, idle_timeout)
    print(f"tabllm: split server for {part.config.get('name')}: layers 0..{k - 1} of {L} on {executor.adapter_name}, "
          f"{part.slots} sessions of {part.slot_kv_bytes / 2**20:.1f} MiB KV cache, context {part.context_length}, at "
          f"ws://{host}:{port}{protocol.PATH}", file=sys.stderr, flush=True)
    uvicorn.Server(uvicorn_config(pool, host, port)).run()
