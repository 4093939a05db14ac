"""The API server against hostile or careless clients (README "Security"), over real HTTP on loopback:
text too long for the context refused before tokenizing, tokenizing off the event loop, JSON content
type, Host check, API key, CORS, caps, cancellation that frees the engine and the queue at once,
timeouts for slow clients, the CLI on text that is not UTF-8, and a bounded soak of all of it.

Nothing here waits on a clock to decide: where a request must be caught in the middle (tokenizing,
prefill, an embedding), a patched engine function holds it there until the test has done its part,
and every wait is a generous deadline for something that must happen, never a speed limit.
"""

import http.client
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import pytest

from test_api import CONTEXT, MODEL, NO_EOS, Server, chat, engine, model_dir, openai  # noqa: F401 (fixtures)

import tabllm.cli as cli  # noqa: E402
from tabllm.api.limits import MAX_BODY, RequestLimits, chars_per_token, text_char_limit  # noqa: E402
from tabllm.server import (LOOPBACK_HOSTS, allowed_hosts_for, create_app, exposure_warnings, host_name,  # noqa: E402
                           uvicorn_options)
from tabllm.tokenizer import Tokenizer  # noqa: E402

CHAT = "/v1/chat/completions"


@pytest.fixture(scope="module")
def server(engine):
    with Server(create_app(engine)) as s:
        yield s


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def hello(**extra) -> bytes:
    return body(messages=[{"role": "user", "content": "hello there"}], max_tokens=2, temperature=0, **extra)


def wait_for(condition, what, deadline_s=30):
    deadline = time.time() + deadline_s
    while not condition():
        assert time.time() < deadline, f"gave up waiting for {what}"
        time.sleep(0.01)


def settled_history(worker) -> int:
    """How many requests the worker has recorded, once the ones before have all finished."""
    wait_for(lambda: worker.admitted == 0, "the server to be idle")
    return len(worker.history)


def hold_until_cancelled(worker, entered):
    """In a patched engine function on the worker thread: say so, then wait until the running request
    is cancelled (its client went away)."""
    entered.set()
    wait_for(lambda: worker.running is not None and worker.running.cancelled.is_set(), "the cancellation")


def open_request(port, method, path, payload) -> http.client.HTTPConnection:
    """A request sent, its answer not read: the test drops the connection to disconnect."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request(method, path, body=payload, headers={"Content-Type": "application/json"})
    return conn


def drop(conn):
    conn.sock.shutdown(socket.SHUT_RDWR)
    conn.close()


def read_until_closed(sock) -> bytes:
    """Everything the server sends until it closes the connection."""
    sock.settimeout(30)  # far above any limit under test: the server must close first
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# --- 1. text longer than the context: refused before it is tokenized ------------------------------


def test_chars_per_token_bound_holds_and_is_tight_for_the_tiny_tokenizer(engine):
    tok = engine.tokenizer
    per_token = chars_per_token(tok._json, tok.token_bytes)
    assert per_token == len("<|endoftext|>")  # the longest token (13 bytes)
    assert text_char_limit(engine) == (CONTEXT - 1) * per_token
    texts = [("<|endoftext|>" * 50, True), ("the " * 400, False), ("\U0001f600 é" * 100, False),
             ("".join(map(chr, range(0x20, 0x3000, 7))), False)]
    for text, special in texts:
        assert len(tok.encode(text, allow_special=special)) * per_token >= len(text)
    # tight: 50 special tokens of 13 characters each are exactly 50 tokens
    assert len(tok.encode("<|endoftext|>" * 50, allow_special=True)) * per_token == 50 * 13


def test_chars_per_token_counts_what_nfc_composes(tiny_model_dir):
    """NFC turns 4 characters into 1 (alpha and three marks -> U+1F87): a token of composed text stands
    for 4 times its characters of input, and the bound says so."""
    spec = json.loads((tiny_model_dir / "tokenizer.json").read_text())
    composed = "\u1f87" * 4
    spec["normalizer"] = {"type": "NFC"}
    spec["added_tokens"].append({"id": 263, "content": composed, "single_word": False, "lstrip": False,
                                 "rstrip": False, "normalized": True, "special": False})
    tok = Tokenizer(json.dumps(spec))
    text = unicodedata.normalize("NFD", composed)  # 16 characters
    assert len(text) == 16 and tok.encode(text) == [263]  # one token of 12 bytes
    assert chars_per_token(spec, tok.token_bytes) >= 16


@pytest.mark.parametrize("change", [
    {"normalizer": {"type": "BertNormalizer", "clean_text": True}},
    {"normalizer": {"type": "Sequence", "normalizers": [{"type": "NFC"}, {"type": "StripAccents"}]}},
    {"normalizer": {"type": "Strip", "strip_left": True, "strip_right": True}},
    {"normalizer": {"type": "Replace", "pattern": {"Regex": "\\s+"}, "content": " "}},
    {"pre_tokenizer": {"type": "Whitespace"}},
    {"pre_tokenizer": {"type": "Split", "pattern": {"String": " "}, "behavior": "Removed", "invert": False}},
    {"model": {"type": "WordPiece"}},
    {"model": {"type": "BPE", "unk_token": "<unk>", "fuse_unk": True, "byte_fallback": False}},
    {"added_tokens": [{"id": 0, "content": "<mask>", "lstrip": True, "rstrip": False, "special": True}]},
])
def test_chars_per_token_gives_no_bound_where_characters_can_vanish(change):
    spec = {"normalizer": None, "pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE"}, "added_tokens": []}
    assert chars_per_token(spec, [b"ab"]) == 2
    assert chars_per_token({**spec, **change}, [b"ab"]) is None


def test_huge_texts_are_refused_without_tokenizing(server, engine, monkeypatch):
    encoded = []
    real_encode = engine.tokenizer.encode
    monkeypatch.setattr(engine.tokenizer, "encode", lambda text, allow_special=False: encoded.append(len(text)) or
                        real_encode(text, allow_special))
    huge = "a" * 15_000_000  # a 15 MB body, under MAX_BODY
    rss0 = rss_mib()
    for path, payload in [(CHAT, body(messages=[{"role": "user", "content": huge}])),
                          ("/v1/completions", body(prompt=huge)), ("/v1/embeddings", body(input=["hi", huge]))]:
        status, data = server.raw("POST", path, payload)
        assert status == 400 and data["error"]["code"] == "context_length_exceeded", (path, data)
        assert f"{CONTEXT} tokens" in data["error"]["message"]
    grown = rss_mib() - rss0
    print(f"RSS grew {grown:.0f} MiB over three 15 MB requests")
    assert encoded == [] and grown < 1024
    # the limit is the bound, not a guess: text just under it is tokenized (then measured in tokens)
    limit = text_char_limit(engine)
    status, data = server.raw("POST", "/v1/completions", body(prompt="a" * limit, max_tokens=1))
    assert status == 400 and data["error"]["code"] == "context_length_exceeded" and encoded == [limit]


# --- 2. tokenizing runs off the event loop --------------------------------------------------------


def test_a_request_being_tokenized_does_not_hold_up_others(server, engine, monkeypatch):
    entered, release = threading.Event(), threading.Event()
    real_encode = engine.tokenizer.encode

    def slow_encode(text, allow_special=False):
        entered.set()
        release.wait(60)
        return real_encode(text, allow_special)

    monkeypatch.setattr(engine.tokenizer, "encode", slow_encode)
    with ThreadPoolExecutor(1) as pool:
        try:
            tokenizing = pool.submit(server.raw, "POST", "/v1/completions", body(prompt="the", max_tokens=2))
            assert entered.wait(60)
            status, models = server.raw("GET", "/v1/models")  # answered while the other is still tokenizing
            assert status == 200 and models["data"][0]["id"] == MODEL and not tokenizing.done()
        finally:
            release.set()
        assert tokenizing.result(60)[0] == 200


# --- 3. application/json only ---------------------------------------------------------------------


def test_posts_that_are_not_json_are_415_and_never_run(server):
    worker = server.app.state.worker
    before = settled_history(worker)
    # what a page of another site can send without a CORS preflight, and no type at all
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""):
        for path in (CHAT, "/v1/completions", "/v1/embeddings"):
            status, data = server.raw("POST", path, hello(), headers={"Content-Type": content_type})
            assert status == 415 and data["error"]["code"] == "unsupported_media_type", (content_type, path, data)
            assert data["error"]["type"] == "invalid_request_error"
    assert settled_history(worker) == before
    status, _ = server.raw("POST", CHAT, hello(), headers={"Content-Type": "Application/JSON; charset=utf-8"})
    assert status == 200 and settled_history(worker) == before + 1


# --- 4. the Host header ---------------------------------------------------------------------------


def test_host_header_must_name_this_server(server, engine):
    port = server.port
    for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1.evil.example:{port}", "localhost.evil:80", ""):
        status, data = server.raw("GET", "/v1/models", headers={"Host": host})
        assert status == 421 and data["error"]["code"] == "invalid_host", (host, data)
        assert "--allowed-host" in data["error"]["message"]
    status, data = server.raw("POST", CHAT, hello(), headers={"Host": "rebound.example"})
    assert status == 421
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}", "LOCALHOST", "localhost."):
        assert server.raw("GET", "/v1/models", headers={"Host": host})[0] == 200, host
    with Server(create_app(engine, allowed_hosts=allowed_hosts_for("127.0.0.1", ["api.home.arpa"]))) as named:
        assert named.raw("GET", "/v1/models", headers={"Host": "api.home.arpa:8000"})[0] == 200
        assert named.raw("GET", "/v1/models", headers={"Host": "localhost"})[0] == 200
        assert named.raw("GET", "/v1/models", headers={"Host": "other.home.arpa"})[0] == 421


def test_allowed_hosts_by_bind_address():
    assert allowed_hosts_for("127.0.0.1") == allowed_hosts_for("::1") == allowed_hosts_for("localhost") == LOOPBACK_HOSTS
    assert allowed_hosts_for("127.0.0.1", ["Box.LAN:8000"]) == LOOPBACK_HOSTS | {"box.lan"}
    assert allowed_hosts_for("0.0.0.0") is None and allowed_hosts_for("192.168.1.5") is None  # reached by any name
    assert allowed_hosts_for("0.0.0.0", ["box.lan"]) == LOOPBACK_HOSTS | {"box.lan"}
    assert allowed_hosts_for("127.0.0.1", ["*"]) is None
    assert [host_name(h) for h in ("[::1]:80", "::1", "Example.COM.:443", "a:b:c")] == ["::1", "::1", "example.com",
                                                                                        "a:b:c"]
    assert exposure_warnings("127.0.0.1", LOOPBACK_HOSTS, None) == []
    warnings = exposure_warnings("0.0.0.0", None, None)
    assert len(warnings) == 2 and "TABLLM_API_KEY" in warnings[0] and "--allowed-host" in warnings[1]
    assert exposure_warnings("0.0.0.0", {"box.lan"}, "key") == []


# --- 5. the API key -------------------------------------------------------------------------------


def test_api_key_is_required_when_set(engine):
    key = "s3cret-key"
    with Server(create_app(engine, api_key=key)) as s:
        history = s.app.state.worker.history
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {key}"},
                        {"Authorization": f"Bearer {key}x"}, {"Authorization": key}):
            for method, path, payload in (("GET", "/v1/models", b""), ("GET", f"/v1/models/{MODEL}", b""),
                                          ("POST", CHAT, hello())):
                status, data = s.raw(method, path, payload, headers=headers)
                assert status == 401 and data["error"]["code"] == "invalid_api_key", (headers, path)
                assert key not in json.dumps(data)
        assert len(history) == 0
        good = openai.OpenAI(base_url=f"http://127.0.0.1:{s.port}/v1", api_key=key, max_retries=0, timeout=60)
        assert [m.id for m in good.models.list().data] == [MODEL]
        assert chat(good, "hello there", max_tokens=2).usage.completion_tokens == 2
        with pytest.raises(openai.AuthenticationError):
            s.client().models.list()  # the test clients' "unused" key


def test_cli_reads_the_api_key_from_the_environment(monkeypatch):
    seen = {}
    monkeypatch.setattr(cli, "cmd_serve", lambda args: seen.update(vars(args)))
    monkeypatch.setenv("TABLLM_API_KEY", "from-env")
    cli.main(["serve", "--api"])
    assert seen["api_key"] == "from-env" and seen["host"] == "127.0.0.1" and seen["allowed_host"] == []
    cli.main(["serve", "--api", "--api-key", "given", "--allowed-host", "a.lan", "--allowed-host", "b.lan"])
    assert seen["api_key"] == "given" and seen["allowed_host"] == ["a.lan", "b.lan"]
    monkeypatch.delenv("TABLLM_API_KEY")
    cli.main(["serve", "--api"])
    assert seen["api_key"] is None


# --- 6. CORS --------------------------------------------------------------------------------------


def test_cors_stays_off_by_default_and_preflights_need_no_key(server, engine):
    evil = {"Origin": "http://evil.example"}
    status, data = server.raw("OPTIONS", CHAT, headers={**evil, "Access-Control-Request-Method": "POST"})
    assert status == 405  # no CORS: no preflight is granted, so no page of another origin may send JSON

    def preflight(s):
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        conn.request("OPTIONS", CHAT, headers={"Origin": "http://localhost:5173", "Access-Control-Request-Method": "POST",
                                               "Access-Control-Request-Headers": "authorization, content-type"})
        response = conn.getresponse()
        response.read()
        conn.close()
        return response.status, response.getheader("access-control-allow-origin")

    with Server(create_app(engine, cors_origins=["http://localhost:5173"], api_key="k")) as s:
        assert preflight(s) == (200, "http://localhost:5173")  # a preflight carries no key
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        conn.request("GET", "/v1/models", headers={"Origin": "http://localhost:5173"})
        response = conn.getresponse()
        assert response.status == 401 and response.getheader("access-control-allow-origin") == "http://localhost:5173"
        response.read()
        conn.close()


# --- 7. caps ---------------------------------------------------------------------------------------


def test_caps_on_inputs_and_completions_per_request(server, engine, monkeypatch):
    encoded = []
    real_encode = engine.tokenizer.encode
    monkeypatch.setattr(engine.tokenizer, "encode", lambda text, allow_special=False: encoded.append(text) or
                        real_encode(text, allow_special))
    status, data = server.raw("POST", "/v1/embeddings", body(input=["the"] * 2049))
    assert status == 400 and data["error"]["param"] == "input" and "2048" in data["error"]["message"]
    status, data = server.raw("POST", "/v1/completions", body(prompt=["the"] * 9, n=16, max_tokens=1))
    assert status == 400 and data["error"]["param"] == "n" and "128" in data["error"]["message"]
    status, data = server.raw("POST", "/v1/completions", body(prompt=[[5, 6]] * 129, max_tokens=1))
    assert status == 400 and data["error"]["param"] == "prompt"
    assert encoded == []  # refused before any tokenizing
    with Server(create_app(engine, limits=RequestLimits(embedding_inputs=2, choices=3))) as small:
        assert small.raw("POST", "/v1/embeddings", body(input=["a", "b"]))[0] == 200
        assert small.raw("POST", "/v1/embeddings", body(input=["a", "b", "c"]))[0] == 400
        assert small.raw("POST", "/v1/completions", body(prompt="a", n=3, max_tokens=1))[0] == 200
        status, data = small.raw("POST", CHAT, hello(n=4))
        assert status == 400 and data["error"]["param"] == "n"


def post_over_the_limit(port, chunked) -> bytes:
    """The answer to a body one byte over MAX_BODY: with Content-Length, only the headers are sent (the
    server must answer without waiting for the body); chunked (no length), the bytes are sent and the
    server must count them. The client sends no more than that, so the server reads all it was sent
    before it closes (a close with unread bytes would reset the connection, losing the answer)."""
    head = f"POST {CHAT} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n".encode()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        if not chunked:
            sock.sendall(head + f"Content-Length: {MAX_BODY + 1}\r\n\r\n".encode())
        else:
            sock.sendall(head + b"Transfer-Encoding: chunked\r\n\r\n")
            chunk = b"a" * (1 << 20)
            for _ in range(MAX_BODY // len(chunk)):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sock.sendall(b"1\r\na\r\n")
        return read_until_closed(sock)


def test_bodies_over_the_limit_are_413(server):
    for chunked in (False, True):
        answer = post_over_the_limit(server.port, chunked)
        assert answer.startswith(b"HTTP/1.1 413") and b'"request_too_large"' in answer, chunked
    assert server.raw("POST", CHAT, hello())[0] == 200


# --- 8. cancellation ------------------------------------------------------------------------------


def test_a_request_dropped_during_prefill_stops_between_chunks(server, engine, monkeypatch):
    worker, history = server.app.state.worker, server.app.state.worker.history
    entered, calls = threading.Event(), []
    real_run = engine.executor.run

    def run(phases, dims):  # the prefill's chunks (decode steps of this executor are queued, not run)
        calls.append(phases)
        if len(calls) == 1:
            hold_until_cancelled(worker, entered)
        return real_run(phases, dims)

    monkeypatch.setattr(engine.executor, "run", run)
    prompt = list(range(3, 3 + 250))  # 4 prefill chunks of 64 rows
    assert engine.plan.max_tokens_per_call == 64
    before = settled_history(worker)
    conn = open_request(server.port, "POST", "/v1/completions", body(prompt=prompt, max_tokens=4))
    assert entered.wait(60)
    drop(conn)
    wait_for(lambda: len(history) > before, "the request to end")
    label, delivered, cancelled = history[-1]
    assert label.startswith("completion") and cancelled and delivered == 0
    assert len(calls) == 1, f"{len(calls)} prefill calls after the cancellation"
    monkeypatch.undo()
    assert server.raw("POST", CHAT, hello())[0] == 200


def test_an_embeddings_request_dropped_stops_between_inputs(server, engine, monkeypatch):
    worker, history = server.app.state.worker, server.app.state.worker.history
    entered, embedded = threading.Event(), []
    real_embedding = engine.pooled_embedding_steps  # (what EmbeddingsJob runs, as a step generator)

    def pooled_embedding_steps(ids):
        embedded.append(ids)
        if len(embedded) == 1:
            hold_until_cancelled(worker, entered)
        return real_embedding(ids)

    monkeypatch.setattr(engine, "pooled_embedding_steps", pooled_embedding_steps)
    before = settled_history(worker)
    conn = open_request(server.port, "POST", "/v1/embeddings", body(input=["the cat"] * 40))
    assert entered.wait(60)
    drop(conn)
    wait_for(lambda: len(history) > before, "the request to end")
    label, delivered, cancelled = history[-1]
    assert label == "embeddings" and cancelled
    assert len(embedded) == 1, f"{len(embedded)} of 40 inputs embedded after the cancellation"


def test_a_waiting_request_dropped_frees_its_queue_slot_at_once(engine, monkeypatch):
    entered, gate = threading.Event(), threading.Event()
    real_run = engine.executor.run

    def run(phases, dims):  # the first request holds the engine until the test opens the gate
        if not entered.is_set():
            entered.set()
            gate.wait(60)
        return real_run(phases, dims)

    monkeypatch.setattr(engine.executor, "run", run)
    with Server(create_app(engine, max_queue=1)) as s, ThreadPoolExecutor(2) as pool:
        worker = s.app.state.worker
        try:
            running = pool.submit(s.raw, "POST", CHAT, hello())
            assert entered.wait(60)
            waiting = open_request(s.port, "POST", CHAT, hello())
            wait_for(lambda: worker.admitted == 2, "the second request to be queued")
            status, data = s.raw("POST", CHAT, hello())
            assert status == 503 and data["error"]["code"] == "queue_full"
            drop(waiting)
            # the slot comes back while the first request still holds the engine
            wait_for(lambda: worker.admitted == 1, "the dropped request to leave the queue")
            assert worker.history[-1][1:] == (0, True)
            admitted = pool.submit(s.raw, "POST", CHAT, hello())
            wait_for(lambda: worker.admitted == 2, "the next request to be admitted")
        finally:
            gate.set()
        assert running.result(60)[0] == 200 and admitted.result(60)[0] == 200


# --- 9. slow clients ------------------------------------------------------------------------------


def test_slow_clients_are_timed_out(engine):
    answer = read_until_closed
    head = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n")
    with Server(create_app(engine, read_timeout=1), **uvicorn_options(read_timeout=1, keep_alive_timeout=1)) as s:
        socks = [socket.create_connection(("127.0.0.1", s.port)) for _ in range(4)]
        idle, slow_head, slow_body, kept_alive = socks
        slow_head.sendall(head[:40])  # the request line and part of the headers, then nothing
        slow_body.sendall(head + b'{"messages": [')  # headers, then part of the body, then nothing
        kept_alive.sendall(b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")  # then nothing more
        assert answer(idle) == b"" and answer(slow_head) == b""  # closed without an answer
        timed_out = answer(slow_body)
        assert timed_out.startswith(b"HTTP/1.1 408") and b'"request_timeout"' in timed_out
        assert answer(kept_alive).startswith(b"HTTP/1.1 200")  # answered, then closed when idle
        for sock in socks:
            sock.close()
        assert s.raw("POST", CHAT, hello())[0] == 200


# --- 10. the CLI on text that is not UTF-8 --------------------------------------------------------


def test_cli_prompt_that_is_not_utf8_is_a_clear_error(tiny_model_dir):
    # what the shell passes for `tabllm generate $'\xff'` (no model is loaded before the check)
    done = subprocess.run([sys.executable, "-m", "tabllm.cli", "generate", b"caf\xe9 \xff", "--model", str(tiny_model_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("tabllm: error: the prompt is not valid UTF-8")


def test_cli_chat_line_that_is_not_utf8_is_reported_and_the_chat_goes_on(monkeypatch, capsys):
    asked = []

    class Engine:
        executor, precision = type("Executor", (), {"adapter_name": "stub"})(), "f32"

        def chat_stream(self, messages, max_tokens, **sampler):
            asked.append(messages[-1]["content"])
            yield "ok"

    class Terminal:
        """stdin giving one line at a time; a bytes line is decoded as a strict UTF-8 terminal does."""

        def __init__(self, *lines):
            self.lines = list(lines)

        def readline(self):
            line = self.lines.pop(0) if self.lines else ""
            return line.decode("utf-8") if isinstance(line, bytes) else line

    monkeypatch.setattr(cli, "_load", lambda args: Engine())
    monkeypatch.setattr(sys, "stdin", Terminal(b"\xff\xfe\n", "hello\n"))
    cli.main(["chat"])
    assert asked == ["hello"] and "not valid UTF-8" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", Terminal("bad \udcff line\n", "hi\n"))  # a surrogateescape terminal
    cli.main(["chat"])
    assert asked == ["hello", "hi"] and "not valid UTF-8" in capsys.readouterr().err


# --- 11. soak --------------------------------------------------------------------------------------


ROUNDS = int(os.environ.get("TABLLM_SOAK_ROUNDS", 3))


def test_soak_mixed_load_no_crosstalk_no_500_flat_memory(server, caplog):
    """Rounds of concurrent streams (a quarter dropped mid-stream), texts too long for the context,
    bodies over the limit, malformed, non-JSON and abandoned bodies: every completed stream equals the same
    request alone, every answer is the expected one (never 500), the server answers afterwards, and
    its memory does not grow from one round to the next."""
    caplog.set_level(logging.ERROR, logger="tabllm.server")  # the server logs every 500
    client = server.client()
    prompts = [f"Question {i}: what comes after {i * 7}?" for i in range(8)]
    kw = dict(max_tokens=8, logit_bias=NO_EOS)
    alone = {p: chat(client, p, **kw).choices[0].message.content for p in prompts}
    assert len(set(alone.values())) >= 6  # distinct, so a mix-up would show

    def stream(k):
        chunks = chat(client, prompts[k % len(prompts)], stream=True, **kw)
        if k % 4 == 3:  # dropped after its first pieces
            next(iter(chunks))
            chunks.close()
            return "dropped", None
        return "stream", ("".join(c.choices[0].delta.content or "" for c in chunks), prompts[k % len(prompts)])

    def posted(path, payload, content_type="application/json"):
        def send():
            status, data = server.raw("POST", path, payload, headers={"Content-Type": content_type})
            return status, data["error"]["type"]
        return send

    def over_the_limit():
        head, _, data = post_over_the_limit(server.port, chunked=False).partition(b"\r\n\r\n")
        return int(head.split()[1]), json.loads(data)["error"]["type"]

    def gone_mid_body():
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(f"POST {CHAT} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         f"Content-Length: 1000\r\n\r\n{{\"messages\": [".encode())
        return None  # nobody left to answer

    bad = [(posted(CHAT, body(messages=[{"role": "user", "content": "x" * 1_000_000}])), 400),
           (over_the_limit, 413), (posted(CHAT, b'{"messages": [{"role": "user", "content": "hi"}'), 400),
           (posted(CHAT, b"[" * 50000), 400), (posted(CHAT, hello(), "text/plain"), 415),
           (posted("/v1/embeddings", body(input=[[1, 2]] * 3000)), 400), (gone_mid_body, None)]

    def misbehave(k):
        send, status = bad[k % len(bad)]
        return "bad", (send(), status)

    def one_round():
        jobs = [(stream, k) for k in range(16)] + [(misbehave, k) for k in range(2 * len(bad))]
        with ThreadPoolExecutor(8) as pool:
            return [f.result(120) for f in [pool.submit(fn, k) for fn, k in jobs]]

    rss = [rss_mib()]
    for _ in range(ROUNDS):
        for kind, result in one_round():
            if kind == "stream":
                text, prompt = result
                assert text == alone[prompt], prompt
            elif kind == "bad":
                answer, status = result
                assert answer == (None if status is None else (status, "invalid_request_error")), result
        rss.append(rss_mib())
    wait_for(lambda: server.app.state.worker.admitted == 0, "the queue to empty")
    assert [m.id for m in client.models.list().data] == [MODEL]
    assert chat(client, prompts[0], **kw).choices[0].message.content == alone[prompts[0]]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    print("server RSS (MiB) at the start and after each round:", " ".join(f"{r:.0f}" for r in rss))
    # the first round warms caches up; later rounds must not keep growing
    assert rss[-1] - rss[1] < 256, rss
