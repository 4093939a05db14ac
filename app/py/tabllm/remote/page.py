"""The page as the last part of a split (Pyodide only): layers [k, L), the final norm, the head and sampling
run in the tab; layers [0, k) on a split server (`tabllm serve --split`), over a JS WebSocket.

    engine = await load_page_part("ws://host:8000/v1/split", None, "/model", bridge, load_weights_js, ...)
    # an Engine (remote.parts.LastPart): web.py's WebChat runs it as it runs the unsplit one

The protocol is remote/protocol.py's (the one definition, shared with the server and the CPython client);
only the socket differs: a browser WebSocket whose events land in an asyncio queue, awaited on Pyodide's
event loop (tabllm/steps.py: no JSPI). The weights loaded are the part's only: part_index gives the page's
loader (app/js/weights.mjs) an index of the part's tensors and the shards that hold them, so the shards of
layers [0, k) are never downloaded.
"""

from __future__ import annotations

import asyncio
import time

import js  # Pyodide only: this module is never imported in CPython
from pyodide.ffi import create_proxy

from ..errors import TabllmError
from ..runtime.js_executor import JsExecutor, _bytes_to_js
from . import protocol
from .parts import LastPart
from .protocol import RECONNECT_CODES, SplitServerError, model_fingerprint

CONNECT_TIMEOUT_S = 15.0
ANSWER_TIMEOUT_S = 120.0  # a prompt's rows on a slow server


def part_index(index: dict, targets: dict) -> dict:
    """weights/index.json cut to a part's tensors (Plan.weight_targets()) and the shards holding them,
    renumbered: what the page's loader reads (it fetches every shard its index lists)."""
    kept = sorted({p["shard"] for name in targets for p in index["tensors"][name].get("parts") or [index["tensors"][name]]})
    renumber = {old: new for new, old in enumerate(kept)}

    def moved(entry):
        return {**entry, "shard": renumber[entry["shard"]]}

    tensors = {}
    for name in targets:
        t = index["tensors"][name]
        tensors[name] = {**t, "parts": [moved(p) for p in t["parts"]]} if t.get("parts") else moved(t)
    return {**index, "shards": [index["shards"][i] for i in kept], "tensors": tensors}


class PartJsExecutor(JsExecutor):
    """The page's executor for a part of a model: its loader gets part_index (the part's shards only)."""

    async def load_weights(self, model_dir, index: dict, expected: dict):
        missing = sorted(set(expected) - set(index["tensors"]))
        if missing:  # (JsExecutor says the same; checked first here since part_index looks them up)
            raise TabllmError(f"model directory {model_dir} lacks tensors: {', '.join(missing[:5])}")
        await super().load_weights(model_dir, part_index(index, expected), expected)


class JsSocket:
    """A browser WebSocket driven from Python: `await JsSocket.connect(url)`, send(bytes | str), `await recv()`
    (bytes for a binary frame, str for a text one). A closed socket is a SplitServerError("closed") with
    the close code and reason; the server's error message before it is recv()'s text as usual."""

    def __init__(self, url):
        self.url = url
        self._queue = asyncio.Queue()  # frames and, last, ("closed", code, reason)
        self._opened = asyncio.get_event_loop().create_future()
        self.closed = None  # (code, reason) once closed
        try:
            self._ws = js.WebSocket.new(url)
        except Exception as e:  # a SyntaxError for an address that is no ws:// or wss:// URL
            raise TabllmError(f"the split server's address {url!r} is not a WebSocket URL (ws://host:port/v1/split): {e}") from None
        self._ws.binaryType = "arraybuffer"
        self._proxies = [create_proxy(f) for f in (self._on_open, self._on_message, self._on_close)]
        for event, proxy in zip(("open", "message", "close"), self._proxies):
            self._ws.addEventListener(event, proxy)

    @classmethod
    async def connect(cls, url, timeout=CONNECT_TIMEOUT_S) -> "JsSocket":
        self = cls(url)
        try:
            await asyncio.wait_for(asyncio.shield(self._opened), timeout)
        except asyncio.TimeoutError:
            self._opened.cancel()  # (the close event that follows has no one to tell)
            self.close()
            raise TabllmError(f"cannot reach the split server at {url}: no connection within {timeout:g} s") from None
        return self

    def _on_open(self, event):
        if not self._opened.done():
            self._opened.set_result(True)

    def _on_message(self, event):
        data = event.data
        self._queue.put_nowait(data if isinstance(data, str) else data.to_bytes())

    def _on_close(self, event):
        self.closed = (int(event.code), str(event.reason))
        if not self._opened.done():  # (the browser says no more than code 1006 for a refused connection)
            self._opened.set_exception(TabllmError(
                f"cannot reach the split server at {self.url} (the connection closed with code {event.code} before "
                "it opened): is `tabllm serve --split` running there, and is the address right?"))
        self._queue.put_nowait(("closed", *self.closed))
        asyncio.get_event_loop().call_soon(self._release)  # (not from inside the handler being released)

    def _release(self):
        for event, proxy in zip(("open", "message", "close"), self._proxies):
            self._ws.removeEventListener(event, proxy)
            proxy.destroy()
        self._proxies = []

    def send(self, data):
        if self.closed is not None or int(self._ws.readyState) != 1:  # (1: OPEN)
            raise SplitServerError("closed", "the session's socket is closed")
        self._ws.send(data if isinstance(data, str) else _bytes_to_js(data))

    async def recv(self, timeout=ANSWER_TIMEOUT_S):
        try:
            msg = await asyncio.wait_for(self._queue.get(), timeout)
        except asyncio.TimeoutError:
            raise SplitServerError("timeout", f"no answer within {timeout:g} s") from None
        if isinstance(msg, tuple):
            self._queue.put_nowait(msg)  # (closed for good: every later recv says so too)
            raise SplitServerError("closed", f"the session's socket closed (code {msg[1]}{': ' + msg[2] if msg[2] else ''})")
        return msg

    def close(self):
        if self.closed is None:
            self._ws.close()


class PageFirstPart:
    """A session on a split server, as the first_part of a LastPart in the page: await part(kind, ids, pos0)
    -> the hidden states [n, D] (f32 LE bytes) after the server's layers. remote/client.py's
    RemoteFirstPart over the page's socket (the same messages, checks and reconnect), asynchronous.
    wire: per request kind ("prefill", "step"), the requests, bytes each way and seconds waited."""

    def __init__(self, url, fingerprint, timeout=ANSWER_TIMEOUT_S):
        self.url, self.fingerprint, self.timeout = url, fingerprint, timeout
        self.wire = {kind: {"requests": 0, "bytes_sent": 0, "bytes_received": 0, "wait_s": 0.0} for kind in protocol.KINDS.values()}
        self.reconnects = 0
        self.sent = []  # the ids of the positions the session holds rows for (what a new session gets again)
        self.socket = self.server = None

    async def open(self):
        """Connect and open a session: self.server is its "ready" message."""
        self.socket = await JsSocket.connect(self.url)
        try:
            self.socket.send(protocol.open_message("f32", self.fingerprint))
            ready = protocol.expect_ready(await self._answer())
        except BaseException:
            self.socket.close()
            raise
        self.server = ready
        return ready

    async def _answer(self):
        """The server's next message (protocol.server_message: an error message is raised)."""
        return protocol.server_message(await self.socket.recv(self.timeout))

    async def __call__(self, kind, ids, pos0) -> bytes:
        ids = list(ids)
        try:
            rows = await self._request(kind, ids, pos0)
        except SplitServerError as e:
            if e.code not in RECONNECT_CODES:
                raise
            layers = self.server["layers"]
            self.socket.close()
            await self.open()  # a new session (the server idled the last one out, or restarted)
            if self.server["layers"] != layers:
                raise SplitServerError("model_mismatch", f"the new session runs layers {self.server['layers']}, "
                                       f"the last one ran {layers}") from None
            self.reconnects += 1
            if pos0:  # the rows before the request, again
                await self._request(protocol.PREFILL, self.sent[:pos0], 0)
            rows = await self._request(kind, ids, pos0)
        del self.sent[pos0:]
        self.sent += ids
        return rows

    async def _request(self, kind, ids, pos0) -> bytes:
        request = protocol.pack_request(kind, pos0, ids)
        t = time.perf_counter()
        self.socket.send(request)
        try:
            data = await self._answer()
        except SplitServerError as e:
            if e.code == "timeout":  # (its answer may still come: the next request starts a new session instead)
                self.socket.close()
            raise
        counts = self.wire[protocol.KINDS[kind]]
        counts["wait_s"] += time.perf_counter() - t
        counts["requests"] += 1
        counts["bytes_sent"] += len(request)
        counts["bytes_received"] += len(data) if isinstance(data, bytes) else 0
        return protocol.parse_response(data, kind, pos0, len(ids), self.server["hidden_size"], "f32")

    def close(self):
        if self.socket is not None:
            self.socket.close()


def check_server(server: dict, config: dict, k):
    """The split server's "ready" message against the page's model (config.json) and the split point the
    page asked for (k, or None for the server's): a SplitServerError("model_mismatch") says what differs."""
    theirs = {"num_layers": server.get("num_layers"), "hidden_size": server.get("hidden_size"), "vocab_size": server.get("vocab_size")}
    ours = {key: config[key] for key in theirs}
    if theirs != ours:
        raise SplitServerError("model_mismatch", f"the server's model has {theirs}, this page's {ours}")
    layers = server.get("layers")
    if not (isinstance(layers, list) and len(layers) == 2 and layers[0] == 0 and 1 <= layers[1] < config["num_layers"]):
        raise SplitServerError("bad_message", f"the server runs layers {layers}: a first part is [0, k) with 1 <= k < {config['num_layers']}")
    if k is not None and layers[1] != k:
        raise SplitServerError("model_mismatch", f"the page asked for the split at layer {k}, the server runs layers "
                               f"0..{layers[1] - 1} (split at {layers[1]}): leave the split point out or start the server with --split {k}")


class PageLastPart(LastPart):
    """The page's part: a LastPart whose first part is a PageFirstPart; wire_mark / wire_since give a reply's
    share of the socket's traffic (web.py's done message: bytes and round-trip time per token)."""

    remote: PageFirstPart

    def wire_mark(self) -> dict:
        return {kind: dict(counts) for kind, counts in self.remote.wire.items()}

    def wire_since(self, mark: dict) -> dict:
        """{split_layers, split_wire_bytes, split_bytes_per_token, split_rtt_ms_per_token, split_prefill_rtt_ms}
        since mark: per generated token (a step request), its bytes both ways and its round trip."""
        now = self.remote.wire
        delta = {kind: {key: now[kind][key] - mark[kind][key] for key in now[kind]} for kind in now}
        step, prefill = delta["step"], delta["prefill"]
        total = sum(d["bytes_sent"] + d["bytes_received"] for d in delta.values())
        n = step["requests"]
        return {"split_layers": list(self.remote.server["layers"]), "split_wire_bytes": total,
                "split_bytes_per_token": (step["bytes_sent"] + step["bytes_received"]) / n if n else None,
                "split_rtt_ms_per_token": 1e3 * step["wait_s"] / n if n else None,
                "split_prefill_rtt_ms": 1e3 * prefill["wait_s"] if prefill["requests"] else None}

    def split_status(self) -> str:
        """The worker's ready message's "split" (JSON): the server, its session and who runs which layers."""
        import json

        s = self.remote.server
        return json.dumps({"url": self.remote.url, "session": s["session"], "model": s.get("model"),
                           "server_layers": s["layers"], "page_layers": list(self.layers), "num_layers": s["num_layers"]})

    def close(self):
        if not self._closed:
            self.remote.close()
        super().close()


async def load_page_part(url, k, model_dir, executor: PartJsExecutor, context_length=None, tokenizer=None) -> PageLastPart:
    """The page's last part: a session on the split server at url (checked against this model: fingerprint,
    shapes, the split point k where given), then layers [k, L) loaded through the executor (their shards only)."""
    from ..weights import load_config

    config = load_config(model_dir)
    remote = PageFirstPart(url, model_fingerprint(model_dir))
    server = await remote.open()
    try:
        check_server(server, config, k)
        C = server["context_length"]
        if context_length is not None and context_length > C:
            raise TabllmError(f"the page's context length {context_length} is above the split server's {C}")
        part = await PageLastPart.load_async(model_dir, executor, server["layers"][1], remote,
                                             context_length=context_length or C, tokenizer=tokenizer)
    except BaseException:
        remote.close()
        raise
    part.remote = remote
    return part
