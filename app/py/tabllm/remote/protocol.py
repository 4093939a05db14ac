"""The split protocol (version 1): one WebSocket per session, control messages as JSON text frames, rows
as binary frames. Both sides import this module: it is the one definition of the messages.

    client -> server  text    {"type": "open", "version": 1, "dtype": "f32" | "f16", "fingerprint": "<hex>"?}
    server -> client  text    {"type": "ready", "version": 1, "session": id, "model": name, "fingerprint": hex,
                               "layers": [0, k], "num_layers": L, "hidden_size": D, "vocab_size": V,
                               "context_length": C, "dtype": ..., "max_ids": C, "idle_timeout_s": s}
    client -> server  binary  request:  header <B3xII (kind, pos0, n), then n token ids (i32 LE)
    server -> client  binary  response: header <B3xII (kind, pos0, n), then n rows of D hidden values
                                        (f32 LE, or f16 LE where "open" asked for it)
    server -> client  text    {"type": "error", "code": code, "message": text}, then the socket closes

kind PREFILL: rows for prompt tokens at pos0 .. pos0 + n - 1 (the server runs them in chunks, its "body"
phase); kind STEP: one generated token at pos0 (its one-token "body_decode" phase), so that each side runs
the same kernels the unsplit engine runs for that call and split greedy tokens equal unsplit ones. pos0 may
rewind (a new turn reusing a prefix, an embedding from 0): the session's KV rows from pos0 on are rewritten.
Each error closes its own session only; ERRORS gives its WebSocket close code.
"""

import json
import struct
from pathlib import Path

from ..errors import TabllmError
from ..weights import sha256_file

VERSION = 1
PATH = "/v1/split"  # the server's WebSocket endpoint
PREFILL, STEP = 1, 2
KINDS = {PREFILL: "prefill", STEP: "step"}
HEADER = struct.Struct("<B3xII")  # kind, (3 pad bytes), pos0, n
DTYPES = {"f32": ("<f4", 4), "f16": ("<f2", 2)}  # wire dtype -> (numpy dtype, bytes a value)

# error code -> (WebSocket close code, meaning)
ERRORS = {
    "bad_message": (1003, "a message that is not what the protocol expects at this point"),
    "bad_frame": (1007, "a binary request whose header, length or token ids are wrong"),
    "frame_too_large": (1009, "a request of more ids than the session's context (max_ids)"),
    "context_full": (1008, "positions beyond the session's context length"),
    "version": (1002, "a protocol version this server does not speak"),
    "model_mismatch": (1008, "the client's model directory is not the server's (fingerprint)"),
    "busy": (1013, "every session slot is taken: try again later"),
    "idle_timeout": (1000, "no request within the idle timeout"),
    "internal": (1011, "the server failed running the layers"),
}


class SplitServerError(TabllmError):
    """The split server refused or closed the session (a client's view): `code` is an ERRORS key, or
    "closed" (the socket closed without an error message), "timeout" (no answer in time)."""

    def __init__(self, code, message):
        super().__init__(f"split server: {code}: {message}")
        self.code = code


# errors after which a new session can take over: the socket closed (the server idled the session out,
# restarted, or the network dropped). Protocol errors (a bad frame) are bugs: they are raised.
RECONNECT_CODES = ("closed", "idle_timeout")


def model_fingerprint(model_dir) -> str:
    """sha256 of the model directory's weights/index.json (which holds every shard's sha256): both sides of
    a split must run the same weights."""
    return sha256_file(Path(model_dir) / "weights" / "index.json")


class SplitProtocolError(Exception):
    """A protocol error: `code` is a key of ERRORS, the message says what was wrong."""

    def __init__(self, code: str, message: str):
        assert code in ERRORS, code
        super().__init__(message)
        self.code = code

    @property
    def close_code(self) -> int:
        return ERRORS[self.code][0]

    def frame(self) -> str:
        return error_message(self.code, str(self))


def error_message(code: str, message: str) -> str:
    return json.dumps({"type": "error", "code": code, "message": message})


def open_message(dtype="f32", fingerprint=None) -> str:
    msg = {"type": "open", "version": VERSION, "dtype": dtype}
    if fingerprint:
        msg["fingerprint"] = fingerprint
    return json.dumps(msg)


def parse_open(text) -> dict:
    """The client's first message, checked: {"dtype", "fingerprint" (or None)}."""
    if not isinstance(text, str):
        raise SplitProtocolError("bad_message", "the first message must be a JSON text frame {\"type\": \"open\", ...}")
    try:
        msg = json.loads(text)
    except ValueError:
        raise SplitProtocolError("bad_message", "the first message is not JSON") from None
    if not isinstance(msg, dict) or msg.get("type") != "open":
        raise SplitProtocolError("bad_message", "the first message must be {\"type\": \"open\", \"version\": 1, ...}")
    if msg.get("version") != VERSION:
        raise SplitProtocolError("version", f"protocol version {msg.get('version')!r}; this server speaks {VERSION}")
    dtype = msg.get("dtype", "f32")
    if dtype not in DTYPES:
        raise SplitProtocolError("bad_message", f"dtype {dtype!r}: one of {', '.join(DTYPES)}")
    fingerprint = msg.get("fingerprint")
    if fingerprint is not None and not isinstance(fingerprint, str):
        raise SplitProtocolError("bad_message", "fingerprint must be a string")
    return {"dtype": dtype, "fingerprint": fingerprint}


def pack_request(kind: int, pos0: int, ids) -> bytes:
    """A request frame: header, then the ids as i32 LE."""
    ids = list(ids)
    return HEADER.pack(kind, pos0, len(ids)) + struct.pack(f"<{len(ids)}i", *ids)


def parse_request(data: bytes, max_ids: int, vocab_size: int, context_length: int) -> tuple:
    """(kind, pos0, ids) of a request frame, checked; a SplitProtocolError says what is wrong. The size is
    checked before anything is unpacked."""
    if len(data) > HEADER.size + 4 * max_ids:
        raise SplitProtocolError("frame_too_large", f"a request of {len(data)} bytes; at most {max_ids} ids "
                                 f"({HEADER.size + 4 * max_ids} bytes) fit a session")
    if len(data) < HEADER.size:
        raise SplitProtocolError("bad_frame", f"a request of {len(data)} bytes is shorter than its {HEADER.size}-byte header")
    kind, pos0, n = HEADER.unpack_from(data)
    if kind not in KINDS:
        raise SplitProtocolError("bad_frame", f"request kind {kind}: {PREFILL} (prefill) or {STEP} (step)")
    if len(data) != HEADER.size + 4 * n or n == 0:
        raise SplitProtocolError("bad_frame", f"the header says {n} ids, the frame holds {(len(data) - HEADER.size) / 4:g}")
    if kind == STEP and n != 1:
        raise SplitProtocolError("bad_frame", f"a step request carries one id, this one {n}")
    ids = struct.unpack_from(f"<{n}i", data, HEADER.size)
    bad = next((t for t in ids if not 0 <= t < vocab_size), None)
    if bad is not None:
        raise SplitProtocolError("bad_frame", f"token id {bad} is not in the vocabulary [0, {vocab_size})")
    if pos0 + n > context_length:
        raise SplitProtocolError("context_full", f"positions {pos0} .. {pos0 + n - 1} do not fit the context of {context_length}")
    return kind, pos0, list(ids)


def server_message(msg):
    """A message from the server as a client reads it: bytes (a response) as they are, a text frame as its JSON
    object; an error message is raised as a SplitServerError, text that is no JSON object as a bad_message."""
    if isinstance(msg, (bytes, bytearray)):
        return bytes(msg)
    try:
        obj = json.loads(msg)
    except ValueError:
        obj = None
    if not isinstance(obj, dict):
        raise SplitServerError("bad_message", f"not a JSON object: {msg[:200]!r}")
    if obj.get("type") == "error":
        raise SplitServerError(obj.get("code"), obj.get("message"))
    return obj


def expect_ready(msg) -> dict:
    """The server's answer to "open" (server_message's), which must be "ready"."""
    if isinstance(msg, bytes) or msg.get("type") != "ready":
        raise SplitServerError("bad_message", f"expected 'ready', got {str(msg)[:200]}")
    return msg


def pack_response(kind: int, pos0: int, n: int, rows: bytes) -> bytes:
    return HEADER.pack(kind, pos0, n) + rows


def parse_response(data: bytes, kind: int, pos0: int, n: int, width: int, dtype: str) -> bytes:
    """The row bytes of a response to request (kind, pos0, n) of `width` values a row; a
    SplitProtocolError when the server answered something else."""
    if not isinstance(data, bytes) or len(data) < HEADER.size:
        raise SplitProtocolError("bad_message", f"expected a binary response, got {data[:200]!r}")
    got = HEADER.unpack_from(data)
    size = HEADER.size + n * width * DTYPES[dtype][1]
    if got != (kind, pos0, n) or len(data) != size:
        raise SplitProtocolError("bad_frame", f"response {got} of {len(data)} bytes to request {(kind, pos0, n)} ({size} expected)")
    return data[HEADER.size:]
