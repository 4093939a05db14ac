"""SplitClient: the last part of a model run here, its first layers on a split server (`tabllm serve --split`).

    client = SplitClient("ws://host:8000/v1/split", model_dir)   # loads layers [k, L) and the head only
    client.generate("What is 2+2?", temperature=0).text           # Engine's generate / chat_stream / ...
    client.embeddings.create(input="some text")                   # /v1/embeddings' pooling over the split
    client.wire                                                   # bytes and round trips so far

It is a LastPart (remote/parts.py), so everything an Engine offers works over the split; its first_part is
a request to the server on the session's socket (one round trip per prompt, one per generated token).
"""

from __future__ import annotations

import time

import numpy as np

from ..errors import TabllmError
from . import protocol
from .parts import LastPart
from .protocol import DTYPES, RECONNECT_CODES, SplitServerError, model_fingerprint


class RemoteFirstPart:
    """A session on a split server, as the first_part callable of a LastPart: (kind, ids, pos0) -> the
    hidden states [n, D] (f32 LE bytes) after the server's layers. `server` is its "ready" message (layers,
    sizes, context), `wire` the requests, bytes each way, seconds waited and reconnects so far.

    A session the server closed (idle timeout, restart, a dropped network) is replaced once per request
    (reconnect=True): a new session gets the ids of positions 0 .. pos0 - 1 again in one prefill request,
    then the request itself. Those rows are then the prefill kernels' (the first time, a reply's rows came
    from one-token steps): equal up to f32 rounding, so a greedy reply may part from the unsplit one where
    two tokens' logits are that close."""

    def __init__(self, url, dtype="f32", fingerprint=None, timeout=60.0, reconnect=True):
        if dtype not in DTYPES:
            raise TabllmError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
        self.url, self.dtype, self.fingerprint, self.timeout, self.reconnect = url, dtype, fingerprint, timeout, reconnect
        self.wire = {"requests": 0, "bytes_sent": 0, "bytes_received": 0, "wait_s": 0.0, "reconnects": 0}
        self.sent = []  # the ids of positions 0 .. the session holds rows for, as sent (what a new session gets)
        self._ws = None
        self._open()
        self.layers = tuple(self.server["layers"])

    def _open(self):
        """Connect and open a session: self.server is its "ready" message."""
        from websockets.sync.client import connect

        try:
            # max_size None: a prompt's rows ([n, D] f32) may be megabytes; the server bounds n by its context.
            # Entered here and left in close() (websockets 17.1 deprecates a connection used outside a with block)
            self._ws = connect(self.url, max_size=None, open_timeout=self.timeout, close_timeout=2).__enter__()
        except Exception as e:  # OSError, or websockets' own InvalidURI / InvalidHandshake
            raise TabllmError(f"cannot reach the split server at {self.url}: {type(e).__name__}: {e}") from None
        try:
            self._ws.send(protocol.open_message(self.dtype, self.fingerprint))
            self.server = protocol.expect_ready(self._answer())
        except BaseException:
            self._ws.close()
            raise
        self.session = self.server["session"]

    def _answer(self):
        """The server's next message: bytes (a response), or a dict (a JSON control message); an error
        message or a closed socket is a SplitServerError."""
        from websockets.exceptions import ConnectionClosed

        try:
            msg = self._ws.recv(timeout=self.timeout)
        except TimeoutError:
            raise SplitServerError("timeout", f"no answer within {self.timeout:g} s") from None
        except ConnectionClosed as e:
            raise SplitServerError("closed", f"the session's socket closed ({e})") from None
        return protocol.server_message(msg)

    def __call__(self, kind, ids, pos0) -> bytes:
        ids = list(ids)
        try:
            rows = self._request(kind, ids, pos0)
        except SplitServerError as e:
            if not self.reconnect or e.code not in RECONNECT_CODES:
                raise
            self._ws.close()
            layers = self.layers
            self._open()
            if tuple(self.server["layers"]) != layers:
                raise SplitServerError("model_mismatch", f"the new session runs layers {self.server['layers']}, "
                                       f"the last one ran {list(layers)}") from None
            self.wire["reconnects"] += 1
            if pos0:  # the rows before the request, again (their rows are not needed here)
                self._request(protocol.PREFILL, self.sent[:pos0], 0)
            rows = self._request(kind, ids, pos0)
        del self.sent[pos0:]
        self.sent += ids
        return rows

    def _request(self, kind, ids, pos0) -> bytes:
        """One request and its rows (f32 LE bytes)."""
        from websockets.exceptions import ConnectionClosed

        request = protocol.pack_request(kind, pos0, ids)
        t = time.perf_counter()
        try:
            self._ws.send(request)
        except ConnectionClosed as e:  # (closed while idle: the server's error message is gone with it)
            raise SplitServerError("closed", f"the session's socket closed ({e})") from None
        data = self._answer()
        self.wire["wait_s"] += time.perf_counter() - t
        self.wire["requests"] += 1
        self.wire["bytes_sent"] += len(request)
        self.wire["bytes_received"] += len(data) if isinstance(data, bytes) else 0
        rows = protocol.parse_response(data, kind, pos0, len(ids), self.server["hidden_size"], self.dtype)
        if self.dtype != "f32":
            rows = np.frombuffer(rows, DTYPES[self.dtype][0]).astype("<f4").tobytes()
        return rows

    def close(self):
        """End the session: the server frees its slot."""
        self._ws.close()


class SplitClient(LastPart):
    def __init__(self, url, model_dir=None, executor=None, device="auto", dtype="f32", context_length=None,
                 precision="auto", timeout=60.0, **kwargs):
        """url: the server's WebSocket (ws://host:port/v1/split). model_dir: the same model as the server's
        (checked by fingerprint; None: the bundled default). executor: for the last part (None: made for
        `device`). dtype: "f32" (exact) or "f16" (half the bytes on the wire; replies may then differ from
        unsplit ones). context_length: at most the server's (None: the server's). timeout: seconds to wait
        for each of the server's answers."""
        if model_dir is None:
            from ..convert import default_model_dir

            model_dir = default_model_dir()
        self.remote = RemoteFirstPart(url, dtype, model_fingerprint(model_dir), timeout)
        try:
            C = self.remote.server["context_length"]
            if context_length is not None and context_length > C:
                raise TabllmError(f"context_length {context_length} is above the server's {C}")
            if executor is None:
                from ..runtime.devices import make_executor

                executor = make_executor(device)
            super().__init__(model_dir, executor, self.remote.layers[1], self.remote, context_length=context_length or C,
                             precision=precision, **kwargs)
        except BaseException:
            self.remote.close()
            raise

    @property
    def session(self) -> str:
        return self.remote.session

    @property
    def wire(self) -> dict:
        return self.remote.wire

    def close(self):
        """End the session (the server frees its slot) and free the last part."""
        if not self._closed:
            self.remote.close()
        super().close()
