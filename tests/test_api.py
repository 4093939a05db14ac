"""The OpenAI-compatible HTTP server on loopback, driven by the official `openai` client.

A tiny random-weight Llama (tests/gguf_helpers.py, 263-token byte-level vocabulary, 256-token context)
keeps this fast on lavapipe; its text is gibberish, but every property checked here (exact greedy
equality, stop strings, seeds, JSON mode, isolation of concurrent requests, errors) holds for any
weights. The server runs in-process (uvicorn in a thread) so tests can look at its worker; one test
starts the real `tabllm serve --api` command.
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

openai = pytest.importorskip("openai", reason="the API tests need the openai client: pip install -e '.[test]'")
uvicorn = pytest.importorskip("uvicorn", reason="the server needs: pip install -e '.[serve]'")
pytest.importorskip("sse_starlette", reason="the server needs: pip install -e '.[serve]'")

import tabllm  # noqa: E402
from tabllm.server import create_app  # noqa: E402

MODEL = "tiny"  # the name of conftest's tiny_model_dir
CONTEXT = 256
EOS = 2  # <|im_end|> in the tiny vocabulary
NO_EOS = {str(EOS): -100}  # keeps the random model talking until max_tokens


def tid(ch):
    """Token id of a one-byte token in the tiny vocabulary (3 control tokens, then the 256 bytes)."""
    return str(3 + ord(ch))


@pytest.fixture(scope="module")
def model_dir(tiny_model_dir):
    return tiny_model_dir


class Server:
    """uvicorn serving `app` in a thread on a free loopback port (config: more uvicorn.Config keywords)."""

    def __init__(self, app, **config):
        self.app = app
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", **config))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            assert time.time() < deadline and self.thread.is_alive(), "server did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(30)
        self.sock.close()

    def client(self, **kw):
        return openai.OpenAI(base_url=f"http://127.0.0.1:{self.port}/v1", api_key="unused", max_retries=0,
                             timeout=120, **kw)

    def raw(self, method, path, body=b"", headers=None):
        """(status, parsed JSON) of a request with an exact body, bypassing the openai client; for a
        stream, the JSON is {"events": [data of each event]}."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request(method, path, body=body, headers={"Content-Type": "application/json", **(headers or {})})
        resp = conn.getresponse()
        data = resp.read().decode()
        conn.close()
        if resp.getheader("content-type", "").startswith("text/event-stream"):
            return resp.status, {"events": [line[6:] for line in data.splitlines() if line.startswith("data: ")]}
        return resp.status, json.loads(data)


@pytest.fixture(scope="module")
def engine(model_dir, gpu_adapter):
    e = tabllm.load(model_dir, context_length=CONTEXT, precision="f32")  # f32 bounds below (the f16 path: test_precision.py)
    yield e
    e.release()


@pytest.fixture(scope="module")
def server(engine):
    with Server(create_app(engine, max_queue=64)) as s:
        yield s


@pytest.fixture(scope="module")
def client(server):
    return server.client()


def chat(client, content, **kw):
    kw.setdefault("temperature", 0)
    return client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": content}], **kw)


def stream_text(client, content, **kw):
    """(joined content, chunks) of a streamed chat."""
    chunks = list(chat(client, content, stream=True, **kw))
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices), chunks


# --- chat ---------------------------------------------------------------------------------------


def test_models_endpoint(client):
    assert [m.id for m in client.models.list().data] == [MODEL]
    assert client.models.retrieve(MODEL).id == MODEL


def test_chat_greedy_equals_the_engine(client, engine, server):
    messages = [{"role": "user", "content": "List three colors"}]
    r = client.chat.completions.create(model=MODEL, messages=messages, temperature=0, max_tokens=24)
    assert r.object == "chat.completion" and r.id.startswith("chatcmpl-") and r.model == MODEL
    choice = r.choices[0]
    assert choice.message.role == "assistant" and choice.finish_reason == "length" and choice.index == 0
    # the same prompt straight on the engine (the server is idle between requests)
    ids = engine.chat_prompt_ids(messages)
    want = list(engine.stream_ids(ids, 24, tabllm.SamplerSettings(temperature=0)))
    assert choice.message.content == engine.tokenizer.decode(want)
    assert (r.usage.prompt_tokens, r.usage.completion_tokens, r.usage.total_tokens) == (len(ids), 24, len(ids) + 24)
    extra = r.usage.model_extra["extra"]  # tabllm's timings ride along in usage.extra
    assert extra["decode_tokens_per_s"] > 0 and extra["time_to_first_token_s"] > 0


def test_second_turn_reuses_the_first_turns_cache(client, engine):
    """A client resends the whole conversation each turn; the server prefills only what the engine's
    caches do not hold yet (usage.prompt_tokens_details.cached_tokens), and the reply is the one the
    conversation gets from position 0."""
    first = [{"role": "user", "content": "Name a color"}]
    r1 = client.chat.completions.create(model=MODEL, messages=first, temperature=0, max_tokens=8)
    second = first + [{"role": "assistant", "content": r1.choices[0].message.content},
                      {"role": "user", "content": "And another one"}]
    r2 = client.chat.completions.create(model=MODEL, messages=second, temperature=0, max_tokens=8)
    cached = r2.usage.prompt_tokens_details.cached_tokens
    # at least the first turn's prompt (its reply re-tokenized may differ from the ids generated)
    assert len(engine.chat_prompt_ids(first)) <= cached < r2.usage.prompt_tokens
    engine.logits([1])  # (the engine, idle between requests, forgets the conversation)
    want = list(engine.stream_ids(engine.chat_prompt_ids(second), 8, tabllm.SamplerSettings(temperature=0)))
    assert r2.choices[0].message.content == engine.tokenizer.decode(want)


def test_interleaved_conversations_each_keep_their_slot(model_dir):
    """With 2 KV slots, conversations A and B take turns and each turn reuses its own conversation's rows
    (usage.prompt_tokens_details.cached_tokens); GET /v1/status counts the hits and the saved tokens."""
    engine = tabllm.load(model_dir, device="reference", context_length=CONTEXT, kv_slots=2)
    with Server(create_app(engine)) as server:
        client = server.client()
        turns = {"A": [{"role": "user", "content": "Name a color"}], "B": [{"role": "user", "content": "Count to three"}]}
        cached = {}
        for name in ("A", "B", "A", "B"):
            r = client.chat.completions.create(model=MODEL, messages=turns[name], temperature=0, max_tokens=6)
            cached.setdefault(name, []).append(r.usage.prompt_tokens_details.cached_tokens)
            turns[name] += [{"role": "assistant", "content": r.choices[0].message.content},
                            {"role": "user", "content": "Another"}]
        for name in "AB":
            # at least the first turn's prompt (its reply re-tokenized may differ from the ids generated)
            assert cached[name][0] == 0 and len(engine.chat_prompt_ids(turns[name][:1])) <= cached[name][1]
        status, body = server.raw("GET", "/v1/status")
        slots = body["kv_slots"]
        assert status == 200 and slots["slots"] == 2 and (slots["requests"], slots["hits"], slots["evictions"]) == (4, 2, 0)
        assert slots["cached_tokens"] == sum(cached["A"] + cached["B"]) and 0 < slots["saved"] < 1
    engine.close()


def test_streaming_equals_non_streaming(client):
    full = chat(client, "Paris", max_tokens=30).choices[0].message.content
    text, chunks = stream_text(client, "Paris", max_tokens=30, stream_options={"include_usage": True})
    assert text == full
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-2].choices[0].finish_reason == "length"
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 30
    assert len({c.id for c in chunks}) == 1 and all(c.object == "chat.completion.chunk" for c in chunks)
    # without include_usage there is no usage chunk
    _, plain = stream_text(client, "Paris", max_tokens=3)
    assert all(c.choices for c in plain)


def test_finish_reason_stop_at_end_of_turn(client):
    r = chat(client, "hello there", max_tokens=40)  # this prompt's greedy reply ends after 10 tokens
    assert r.choices[0].finish_reason == "stop" and r.usage.completion_tokens == 10


def test_stop_sequences(client):
    full = chat(client, "Paris", max_tokens=40).choices[0].message.content
    stop = full[12:15]
    cut = full.find(stop)
    assert 0 < cut <= 12
    r = chat(client, "Paris", max_tokens=40, stop=[stop, "\u2603never"])
    assert r.choices[0].message.content == full[:cut] and r.choices[0].finish_reason == "stop"
    text, chunks = stream_text(client, "Paris", max_tokens=40, stop=stop)
    assert text == full[:cut] and chunks[-1].choices[0].finish_reason == "stop"


def test_seed_reproduces_sampling(client):
    kw = dict(temperature=1.5, max_tokens=20, logit_bias=NO_EOS)
    a = chat(client, "hello", seed=1, **kw).choices[0].message.content
    b = chat(client, "hello", seed=1, **kw).choices[0].message.content
    c = chat(client, "hello", seed=2, **kw).choices[0].message.content
    assert a == b != c
    # n choices of a seeded request use seeds seed, seed+1, ...
    r = chat(client, "hello", seed=1, n=2, **kw)
    assert [x.message.content for x in r.choices] == [a, c]
    assert r.usage.completion_tokens == 40


def test_logit_bias_and_penalties_reach_the_sampler(client):
    base = chat(client, "Paris", max_tokens=60, logit_bias=NO_EOS).choices[0].message.content
    assert base.startswith("P")  # the greedy first token
    banned = chat(client, "Paris", max_tokens=4, logit_bias={tid("P"): -100}).choices[0].message.content
    assert not banned.startswith("P")
    assert chat(client, "Paris", max_tokens=4, logit_bias={tid("E"): 100}).choices[0].message.content == "EEEE"
    # top_p / top_k keeping only the best token make sampling at any temperature greedy
    assert chat(client, "Paris", max_tokens=60, logit_bias=NO_EOS, temperature=1.5, seed=3,
                top_p=1e-6).choices[0].message.content == base
    assert client.completions.create(model=MODEL, prompt="Paris", max_tokens=20, temperature=1.5, seed=3,
                                     extra_body={"top_k": 1}).choices[0].text == \
        client.completions.create(model=MODEL, prompt="Paris", max_tokens=20, temperature=0).choices[0].text
    for penalty in ("frequency_penalty", "presence_penalty"):
        other = chat(client, "Paris", max_tokens=60, logit_bias=NO_EOS, **{penalty: 2.0}).choices[0].message.content
        assert other != base, penalty


def test_json_mode_output_parses(client):
    for seed in range(4):
        # the random model is nudged towards '"' and '}' so that its objects close within max_tokens
        r = chat(client, "Give me a JSON object", temperature=1.0, seed=seed, max_tokens=200,
                 response_format={"type": "json_object"}, logit_bias={tid('"'): 12, tid("}"): 6})
        assert r.choices[0].finish_reason == "stop"
        assert isinstance(json.loads(r.choices[0].message.content), dict)
    # the same request without JSON mode is no JSON at all
    r = chat(client, "Give me a JSON object", temperature=1.0, seed=0, max_tokens=50, logit_bias={tid('"'): 12})
    with pytest.raises(ValueError):
        json.loads(r.choices[0].message.content)


def test_python_api_returns_openai_shaped_objects(engine, client):
    kw = dict(messages=[{"role": "user", "content": "Paris"}], temperature=0, max_tokens=8)
    r = engine.chat.completions.create(**kw)
    assert r.choices[0].message.content == r["choices"][0]["message"]["content"]
    assert json.loads(json.dumps(r)) == r  # plain JSON underneath
    assert r.choices[0].message.content == client.chat.completions.create(model=MODEL, **kw).choices[0].message.content
    chunks = list(engine.chat.completions.create(stream=True, **kw))
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == r.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == "length" and chunks[-1].usage is None
    with pytest.raises(tabllm.TabllmError) as e:
        engine.chat.completions.create(messages=[{"role": "user", "content": "x"}], top_p=2)
    assert e.value.param == "top_p"


# --- text completions and embeddings -------------------------------------------------------------


def test_text_completion(client, engine):
    r = client.completions.create(model=MODEL, prompt="the the", max_tokens=8, temperature=0, logit_bias=NO_EOS)
    assert r.object == "text_completion" and r.choices[0].finish_reason == "length"
    ids = engine.tokenizer.encode("the the")
    settings = tabllm.SamplerSettings(temperature=0, logit_bias={EOS: -100})
    want = engine.tokenizer.decode(list(engine.stream_ids(ids, 8, settings)))
    assert r.choices[0].text == want and r.usage.prompt_tokens == len(ids)
    s = client.completions.create(model=MODEL, prompt=ids, max_tokens=8, temperature=0, logit_bias=NO_EOS,
                                  stream=True)
    assert "".join(c.choices[0].text for c in s) == want


def test_embeddings(client, engine):
    texts = ["hello there", "the cat", "hello there"]
    r = client.embeddings.create(model=MODEL, input=texts)  # the client asks for base64 and decodes it
    vecs = np.array([d.embedding for d in r.data])
    assert vecs.shape == (3, engine.config["hidden_size"]) and [d.index for d in r.data] == [0, 1, 2]
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-5)
    assert np.allclose(vecs[0], vecs[2]) and not np.allclose(vecs[0], vecs[1])
    floats = client.embeddings.create(model=MODEL, input="hello there", encoding_format="float")
    assert np.allclose(floats.data[0].embedding, vecs[0], atol=1e-6)
    # the mean of the final-normed hidden states, normalised
    h = engine.hidden_states(engine.tokenizer.encode("hello there")).mean(axis=0)
    assert np.allclose(vecs[0], h / np.linalg.norm(h), atol=1e-5)
    assert r.usage.prompt_tokens == sum(len(engine.tokenizer.encode(t)) for t in texts)


def test_hidden_states_match_float64_reference(model_dir, engine):
    from tabllm.engine import Engine
    from tabllm.runtime.reference import ReferenceExecutor

    ref = Engine(model_dir, ReferenceExecutor(), context_length=CONTEXT, precision="f32")
    ids = list(range(3, 3 + 100))  # two chunks of the 64-row activation buffers
    got, want = engine.hidden_states(ids), ref.hidden_states(ids)
    ref.release()
    assert got.shape == want.shape == (100, engine.config["hidden_size"])
    assert np.abs(got - want).max() / np.abs(want).max() < 1e-4


# --- errors -------------------------------------------------------------------------------------


def status_of(call):
    with pytest.raises(openai.APIStatusError) as e:
        call()
    return e.value.status_code, e.value


@pytest.mark.parametrize("kw, param", [
    ({"temperature": "hot"}, "temperature"),
    ({"temperature": 7}, "temperature"),
    ({"max_tokens": 0}, "max_tokens"),
    ({"top_p": 1.5}, "top_p"),
    ({"seed": "x"}, "seed"),
    ({"stop": 5}, "stop"),
    ({"logit_bias": {"100000": 1}}, "logit_bias"),
    ({"n": 2, "stream": True}, "n"),
    ({"response_format": {"type": "yaml"}}, "response_format"),
    ({"top_logprobs": 3}, "top_logprobs"),  # without logprobs: true
    ({"logprobs": True, "top_logprobs": 21}, "top_logprobs"),
    ({"messages": []}, "messages"),
    ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0].role"),
    ({"messages": [{"role": "user", "content": None}]}, "messages[0].content"),
    ({"extra_body": {"foo": 1}}, "foo"),
])
def test_invalid_parameters_are_400_naming_the_parameter(client, kw, param):
    kw = {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], **kw}
    status, err = status_of(lambda: client.chat.completions.create(**kw))
    assert status == 400 and err.param == param and err.type == "invalid_request_error"


def test_prompt_longer_than_context_is_400_with_sizes(client, engine):
    long = "the " * 300
    n = len(engine.chat_prompt_ids([{"role": "user", "content": long}]))
    status, err = status_of(lambda: chat(client, long))
    assert status == 400 and err.code == "context_length_exceeded"
    assert str(CONTEXT) in err.message and str(n) in err.message
    status, err = status_of(lambda: client.embeddings.create(model=MODEL, input=long * 2))
    assert status == 400 and err.code == "context_length_exceeded"


def test_context_policy_drop_oldest_fits_a_long_chat(client, engine):
    """A chat longer than the context: 400 by default (OpenAI's behaviour); with tabllm's context_policy
    "drop_oldest" its oldest turns are dropped (the system prompt kept) and it is answered. A bad policy
    is a 400 naming the parameter."""
    turn = [{"role": "user", "content": "abc " * 20}, {"role": "assistant", "content": "def " * 20}]
    messages = [{"role": "system", "content": "be brief"}, *turn * 5, {"role": "user", "content": "and now?"}]
    assert len(engine.chat_prompt_ids(messages)) > CONTEXT
    create = lambda **kw: client.chat.completions.create(model=MODEL, messages=messages, temperature=0,  # noqa: E731
                                                         max_tokens=8, logit_bias=NO_EOS, **kw)
    status, err = status_of(create)
    assert status == 400 and err.code == "context_length_exceeded"
    r = create(extra_body={"context_policy": "drop_oldest"})
    assert r.usage.prompt_tokens <= CONTEXT - 8 and r.usage.completion_tokens == 8
    kept = engine.chat_prompt_ids(messages, "drop_oldest", reply_room=8)
    assert r.usage.prompt_tokens == len(kept) and kept[: 5] == engine.chat_prompt_ids(messages)[: 5]  # (the system prompt)
    status, err = status_of(lambda: create(extra_body={"context_policy": "sliding"}))
    assert status == 400 and err.param == "context_policy"


def test_unknown_model_is_404(client):
    status, err = status_of(lambda: client.chat.completions.create(model="gpt-9", messages=[{"role": "user",
                                                                                             "content": "hi"}]))
    assert status == 404 and err.code == "model_not_found"
    assert status_of(lambda: client.models.retrieve("gpt-9"))[0] == 404


def test_huge_max_tokens_stops_at_the_context(client, engine):
    r = chat(client, "Paris", max_tokens=10**12, logit_bias=NO_EOS)
    assert r.choices[0].finish_reason == "length"
    assert r.usage.total_tokens == CONTEXT  # the reply fills the context window


@pytest.mark.parametrize("body", [
    b"{not json", b"\xff\xfe\x00garbage", b'{"model": "tiny-chat", "messages": "\xc3\x28"}', b"[1, 2]", b"",
    b"[" * 100000, b'{"messages": [{"role": "user", "content": "hi"}], "max_tokens": 1e400}',
    b'{"messages": [{"role": "user", "content": "lone \\ud800 surrogate"}]}', b'{"\\udc00": 1}',
])
def test_malformed_bodies_are_400(server, body):
    status, data = server.raw("POST", "/v1/chat/completions", body)
    assert status == 400 and data["error"]["type"] == "invalid_request_error"


ODD_VALUES = [None, True, 0, -1, 2.5, 10**30, 1e300, 1e-300, "x", "", [], [1], ["a"], {}, {"a": 1}]
FIELDS = {
    "/v1/chat/completions": ({"messages": [{"role": "user", "content": "hi"}], "max_tokens": 2},
                             ["model", "messages", "stream", "stream_options", "max_tokens", "temperature", "top_p",
                              "seed", "stop", "frequency_penalty", "presence_penalty", "logit_bias", "n",
                              "response_format", "logprobs", "top_k", "repetition_penalty"]),
    "/v1/completions": ({"prompt": "the", "max_tokens": 2}, ["prompt", "echo", "best_of", "suffix", "stream"]),
    "/v1/embeddings": ({"input": "the"}, ["input", "encoding_format", "dimensions"]),
}


@pytest.mark.parametrize("path", list(FIELDS))
def test_any_value_of_any_field_is_answered_never_a_crash(server, path):
    base, fields = FIELDS[path]
    answered = set()
    for field in fields:
        for value in ODD_VALUES:
            body = {**base, field: value}
            if field == "max_tokens" and value == 10**30:
                body["logit_bias"] = {"83": 100}  # ends as fast as the random model can (stop at the context)
            status, data = server.raw("POST", path, json.dumps(body).encode())
            assert status in (200, 400, 404), (field, value, status, data)
            assert ("error" in data) == (status != 200), (field, value, data)
            if "events" in data:  # a stream: chunks, no in-band error, then [DONE]
                assert data["events"][-1] == "[DONE]" and all("error" not in e for e in data["events"])
            answered.add(status)
    assert answered >= {200, 400}


def test_odd_message_fields_are_400(server):
    for value in ODD_VALUES:
        for message in ({"role": value, "content": "hi"}, {"role": "user", "content": value},
                        {"role": "user", "content": [{"type": "text", "text": value}]}):
            body = {"messages": [message], "max_tokens": 2}
            status, data = server.raw("POST", "/v1/chat/completions", json.dumps(body).encode())
            ok = isinstance(value, str) and message["role"] == "user"  # only text content is valid here
            assert status == (200 if ok else 400), (message, status, data)


def test_wrong_route_and_method_are_openai_shaped(server):
    assert server.raw("GET", "/v1/nothing")[0] == 404
    status, data = server.raw("GET", "/v1/chat/completions")
    assert status == 405 and "error" in data


def test_server_alive_after_bad_input(client):
    assert chat(client, "hello there", max_tokens=2).usage.completion_tokens == 2


# --- queueing, isolation, disconnects ----------------------------------------------------------


def test_32_concurrent_streams_equal_each_request_alone(client):
    prompts = [f"Question {i}: what comes after {i * 7}?" for i in range(32)]
    kw = dict(max_tokens=16, logit_bias=NO_EOS)
    alone = [chat(client, p, **kw).choices[0].message.content for p in prompts]
    assert len(set(alone)) >= 24  # mostly distinct answers, so a mix-up would show
    with ThreadPoolExecutor(32) as pool:
        together = list(pool.map(lambda p: stream_text(client, p, **kw)[0], prompts))
    assert together == alone


def test_client_disconnect_stops_generation(client, server):
    history = server.app.state.worker.history
    before = len(history)
    stream = chat(client, "Paris", stream=True, max_tokens=200, logit_bias=NO_EOS)
    for _, chunk in zip(range(3), stream):
        pass
    stream.close()
    deadline = time.time() + 30
    while len(history) == before:
        assert time.time() < deadline, "the generation did not stop"
        time.sleep(0.05)
    label, delivered, cancelled = history[-1]
    assert label.startswith("chat") and cancelled and delivered < 100, history[-1]
    assert chat(client, "hello there", max_tokens=2).usage.completion_tokens == 2  # the engine is free again


def test_client_disconnect_stops_a_plain_request(server):
    history = server.app.state.worker.history
    before = len(history)
    body = json.dumps({"messages": [{"role": "user", "content": "Paris"}], "max_tokens": 200, "temperature": 0,
                       "logit_bias": NO_EOS}).encode()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    conn.request("POST", "/v1/chat/completions", body=body, headers={"Content-Type": "application/json"})
    time.sleep(0.3)  # the request is running
    conn.sock.shutdown(socket.SHUT_RDWR)
    conn.close()
    deadline = time.time() + 30
    while len(history) == before:
        assert time.time() < deadline, "the generation did not stop"
        time.sleep(0.05)
    label, delivered, cancelled = history[-1]
    assert cancelled and delivered < 150, history[-1]


def test_full_queue_is_503(engine):
    # a second app on the same engine whose queue holds nobody besides the running request
    with Server(create_app(engine, max_queue=0)) as small:
        c = small.client()
        stream = chat(c, "Paris", stream=True, max_tokens=200, logit_bias=NO_EOS)
        next(iter(stream))  # the long request is running now
        status, err = status_of(lambda: chat(c, "hi", max_tokens=1))
        assert status == 503 and err.code == "queue_full"
        stream.close()


def test_logprobs_chat_streamed_and_whole_agree_with_the_engine(client, engine):
    kw = dict(model=MODEL, messages=[{"role": "user", "content": "the"}], max_tokens=6, temperature=0,
              logprobs=True, top_logprobs=3, logit_bias=NO_EOS)
    whole = client.chat.completions.create(**kw)
    content = whole.choices[0].logprobs.content
    assert len(content) == whole.usage.completion_tokens == 6
    # a token may hold part of a UTF-8 character: its bytes, joined, are the reply
    assert b"".join(bytes(c.bytes) for c in content).decode("utf-8", "replace") == whole.choices[0].message.content
    for c in content:
        assert c.logprob <= 0 and len(c.top_logprobs) == 3
        assert c.top_logprobs[0].token == c.token and c.top_logprobs[0].logprob == c.logprob  # greedy
        assert [t.logprob for t in c.top_logprobs] == sorted((t.logprob for t in c.top_logprobs), reverse=True)
        assert bytes(c.bytes).decode("utf-8", "replace") == c.token
    streamed = [e for chunk in client.chat.completions.create(**kw, stream=True)
                for e in (chunk.choices[0].logprobs.content if chunk.choices and chunk.choices[0].logprobs else [])]
    assert [(e.token, e.logprob) for e in streamed] == [(c.token, c.logprob) for c in content]


def test_logprobs_text_completion(client):
    r = client.completions.create(model=MODEL, prompt="the", max_tokens=5, temperature=0, logprobs=2, logit_bias=NO_EOS)
    lp = r.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) == 5
    assert lp.text_offset == [sum(len(t) for t in lp.tokens[:k]) for k in range(5)]
    # greedy: the chosen token is the likeliest (two ids decoding to the same text share a key)
    assert all(1 <= len(top) <= 2 and max(top.values()) == p for top, p in zip(lp.top_logprobs, lp.token_logprobs))
    status, err = status_of(lambda: client.completions.create(model=MODEL, prompt="the", max_tokens=2, logprobs=6))
    assert status == 400 and err.param == "logprobs"


def test_cors_only_for_named_origins(engine):
    def headers(server, method, path, **sent):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        conn.request(method, "/v1" + path, headers=sent)
        response = conn.getresponse()
        response.read()
        conn.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}

    page = "http://localhost:5173"
    with Server(create_app(engine, cors_origins=[page])) as s:
        status, got = headers(s, "OPTIONS", "/chat/completions", **{
            "Origin": page, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
        assert status == 200 and got["access-control-allow-origin"] == page
        assert headers(s, "GET", "/models", Origin=page)[1]["access-control-allow-origin"] == page
        assert "access-control-allow-origin" not in headers(s, "GET", "/models", Origin="http://evil.test")[1]
    with Server(create_app(engine)) as s:  # by default no page of another origin may call it
        assert "access-control-allow-origin" not in headers(s, "GET", "/models", Origin=page)[1]


# --- the command ----------------------------------------------------------------------------------


def test_cli_serve_api(model_dir, gpu_adapter, tmp_path):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    key = "test-key-0123"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(tabllm.__file__).parents[1]),
                                                         os.environ.get("PYTHONPATH", "")]),
           "TABLLM_API_KEY": key}
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "tabllm.cli", "serve", "--api", "--model", str(model_dir),
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        c = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=key, max_retries=0, timeout=60)
        deadline = time.time() + 90
        while True:
            try:
                assert [m.id for m in c.models.list().data] == [MODEL]
                break
            except openai.APIConnectionError:
                assert proc.poll() is None and time.time() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(0.2)
        r = chat(c, "hello there", max_tokens=4)
        assert r.usage.completion_tokens == 4
        # the key came from TABLLM_API_KEY: a client without it is refused
        wrong = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="unused", max_retries=0, timeout=60)
        with pytest.raises(openai.AuthenticationError):
            wrong.models.list()
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()
