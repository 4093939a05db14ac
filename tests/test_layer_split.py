"""Split execution (issue 21, docs/split.md): plans for a layer range, the split server's sessions and
protocol, and SplitClient, against the unsplit engine token by token.

The tiny model here has 4 layers (tests/gguf_helpers.py with L = 4), so that it splits at two points
(k = 1 and 3); the real SmolLM2 splits at k = 10 and 20 (one test). Everything runs on the CPU executor:
after its kernels load once per process (~8 s here), a tiny part loads in ~10 ms and 24 tokens take ~20 ms,
where lavapipe takes ~2 s and ~0.5 s."""

import json
import struct
import time

import numpy as np
import pytest

from tabllm.bench import SYNTHETIC
from tabllm.engine import Engine
from tabllm.errors import TabllmError
from tabllm.models import gemma3, gpt2, llama
from tabllm.remote import protocol
from tabllm.remote.parts import FirstPart, LastPart, local_split
from tabllm.runtime.reference import ReferenceExecutor
from tabllm.sampling import SamplerSettings
from tabllm.weights import load_config, read_index

pytest.importorskip("tvm", reason="these tests run on the CPU executor, which needs apache-tvm: pip install -e '.[cpu]'")
pytest.importorskip("websockets", reason="the split server and client need websockets: pip install 'tabllm[serve]'")
pytest.importorskip("uvicorn", reason="the split server needs uvicorn: pip install 'tabllm[serve]'")

from tabllm.remote.client import SplitClient  # noqa: E402
from tabllm.remote.server import SessionPool, SplitServer  # noqa: E402
from tabllm.runtime.cpu_executor import CpuExecutor  # noqa: E402

CONTEXT = 128
SPLITS = (1, 3)
PROMPT = "the theme in the thin tin"


@pytest.fixture(scope="session")
def tiny4_dir(tmp_path_factory):
    """The tiny random Llama of conftest.tiny_model_dir with 4 layers."""
    import gguf_helpers

    from tabllm.convert import convert_gguf

    tmp = tmp_path_factory.mktemp("tiny4")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(gguf_helpers, "L", 4)
        gguf_helpers.write_tiny_gguf(tmp / "tiny.gguf", seed=4)
    return convert_gguf(tmp / "tiny.gguf", tmp / "model")


@pytest.fixture(scope="module")
def unsplit(tiny4_dir):
    engine = Engine(tiny4_dir, CpuExecutor(), context_length=CONTEXT, precision="f32")
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def servers(tiny4_dir):
    """A split server per split point k (2 session slots each), on a thread of this process."""
    started = {}
    for k in SPLITS:
        part = FirstPart(tiny4_dir, CpuExecutor(), k, context_length=CONTEXT, precision="f32", slots=2)
        started[k] = SplitServer(SessionPool(part, idle_timeout=30))
        started[k].start()
    yield started
    for server in started.values():
        server.stop()
        server.pool.part.close()


def _wait_for(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


def _raw_session(server):
    """A session on the protocol's own terms (websockets' client): (socket, its "ready" message)."""
    ws = _connect(server.url)
    ws.send(protocol.open_message())
    return ws, json.loads(ws.recv(timeout=10))


def _connect(url):
    """A websockets client connection, entered (websockets 17.1 deprecates using one outside a with block);
    each is closed by the test or by the server."""
    from websockets.sync.client import connect

    return connect(url, max_size=None).__enter__()


def _error_and_close(ws):
    """The error message the server sends before closing, and the close code."""
    from websockets.exceptions import ConnectionClosed

    msg = json.loads(ws.recv(timeout=10))
    with pytest.raises(ConnectionClosed):
        ws.recv(timeout=10)
    return msg, ws.close_code


# --- plans ---------------------------------------------------------------------------------------------

def _synthetic(name):
    """config and quant of a benchmark model's shapes (bench.SYNTHETIC), as bench.synthetic_engine makes them."""
    spec = SYNTHETIC[name]
    config, quant = spec["config"], {"embed": spec["quant"]["embed"]}
    for i in range(config["num_layers"]):
        for m in spec.get("matrices", ("qkv", "o", "gate_up", "down")):
            quant[f"layers.{i}.{m}"] = spec["quant"].get(m, spec["quant"]["*"])
    if not config["tie_word_embeddings"]:
        quant["lm_head"] = spec["quant"].get("lm_head", spec["quant"]["*"])
    return config, quant


@pytest.mark.parametrize("family, name", [(llama, "smollm2-135m"), (llama, "llama-8b"), (gemma3, "gemma3-270m"),
                                          (gpt2, "gpt2-124m")])
def test_layer_range_plans_partition_the_model(family, name):
    """[0, k) and [k, L) together hold every tensor of the whole plan once (the tied embedding in both: the
    lookup and the head), each its own layers' KV caches; only [0, k) embeds, only [k, L) has the head and
    sampling."""
    config, quant = _synthetic(name)
    L, k = config["num_layers"], config["num_layers"] // 3
    build = lambda layers=None: family.build_plan(config, quant, 64, 32, layers=layers)  # noqa: E731
    whole, first, last = build(), build((0, k)), build((k, L))
    assert build((0, L)).weight_targets() == whole.weight_targets()
    t_first, t_last = set(first.weight_targets()), set(last.weight_targets())
    assert t_first | t_last == set(whole.weight_targets())
    shared = {"embed.q", "embed.scale", "embed.min"} if config["tie_word_embeddings"] else set()
    assert t_first & t_last == shared & set(whole.weight_targets())
    assert all(int(t.split(".")[1]) < k for t in t_first if t.startswith("layers."))
    assert all(int(t.split(".")[1]) >= k for t in t_last if t.startswith("layers."))
    kv = lambda plan: {b for b in plan.buffers if b.endswith("_cache")}  # noqa: E731
    assert kv(first) | kv(last) == kv(whole) and not kv(first) & kv(last)
    assert not {"head_last", "greedy", "hidden_all"} & set(first.phases) and {"head_last", "greedy"} <= set(last.phases)
    assert not any(s.kernel.startswith("embed") for s in last.phases["body"])
    assert any(s.kernel.startswith("embed") for s in first.phases["body"])
    for bad in [(0, 0), (k, k - 1), (-1, k), (0, L + 1), (0.5, 2), "x"]:
        with pytest.raises(TabllmError, match="layers"):
            build(bad)


# --- generation over the split -------------------------------------------------------------------------

@pytest.mark.parametrize("k", SPLITS)
def test_split_greedy_tokens_equal_unsplit(unsplit, servers, tiny4_dir, k):
    """Greedy ids token by token, a prompt and then a second turn (prefix reuse rewinds both parts), and
    a seeded sampled reply; the wire carries one request per prompt and per generated token."""
    client = SplitClient(servers[k].url, tiny4_dir, CpuExecutor(), precision="f32")
    try:
        assert client.layers == (k, 4) and set(client.plan.weight_targets()) < set(unsplit.plan.weight_targets())
        turns = [[{"role": "user", "content": PROMPT}]]
        for engine in (unsplit, client):
            engine.forget_cached_prefix()
        for messages in turns + [turns[0] + [{"role": "assistant", "content": "in the"}, {"role": "user", "content": "thin"}]]:
            want, got = unsplit.generate(messages, max_tokens=24, temperature=0), client.generate(messages, max_tokens=24, temperature=0)
            assert got.token_ids == want.token_ids and len(got.token_ids) > 4
        assert got.stats["cached_tokens"] == want.stats["cached_tokens"] > 0  # the second turn reused the first
        settings = dict(temperature=0.8, top_p=0.9, seed=7, max_tokens=16)
        assert client.generate(PROMPT, chat=False, **settings).token_ids == unsplit.generate(PROMPT, chat=False, **settings).token_ids
        D = client.config["hidden_size"]
        before = dict(client.wire)
        out = client.generate(PROMPT, chat=False, max_tokens=8, temperature=0)
        sent, received = client.wire["bytes_sent"] - before["bytes_sent"], client.wire["bytes_received"] - before["bytes_received"]
        steps = len(out.token_ids) - 1  # (the first token comes from the prompt's request)
        assert client.wire["requests"] - before["requests"] == 1 + steps
        header = protocol.HEADER.size
        assert received == (header + 4 * D * out.stats["prefill_tokens"]) + steps * (header + 4 * D)
        assert sent == (header + 4 * out.stats["prefill_tokens"]) + steps * (header + 4)
    finally:
        client.close()
    assert _wait_for(lambda: not servers[k].pool.sessions)


def test_boundary_hidden_states_match_float64_reference(servers, tiny4_dir):
    """The rows the server returns (lavapipe, f32) against the same part on the float64 reference."""
    ref = FirstPart(tiny4_dir, ReferenceExecutor(), 3, context_length=CONTEXT, precision="f32")
    ws, ready = _raw_session(servers[3])
    try:
        ids = list(range(3, 40))
        ws.send(protocol.pack_request(protocol.PREFILL, 0, ids))
        rows = protocol.parse_response(ws.recv(timeout=10), protocol.PREFILL, 0, len(ids), ready["hidden_size"], "f32")
        ws.send(protocol.pack_request(protocol.STEP, len(ids), [41]))
        step = protocol.parse_response(ws.recv(timeout=10), protocol.STEP, len(ids), 1, ready["hidden_size"], "f32")
    finally:
        ws.close()
    got = np.frombuffer(rows + step, "<f4").reshape(len(ids) + 1, -1)
    want = np.frombuffer(ref.rows(protocol.PREFILL, ids, 0) + ref.rows(protocol.STEP, [41], len(ids)), "<f4").reshape(got.shape)
    scale = np.abs(want).max()
    assert scale > 0.1 and np.abs(got - want).max() <= 1e-4 * scale, np.abs(got - want).max() / scale
    ref.close()


def test_embeddings_logits_and_api_over_the_split(unsplit, servers, tiny4_dir):
    """/v1/embeddings' pooling and the chat API (the OpenAI-shaped objects) and Engine.logits over the split
    equal the unsplit engine's."""
    client = SplitClient(servers[1].url, tiny4_dir, CpuExecutor(), precision="f32")
    try:
        texts = [PROMPT, "in the thin the"]
        got = [d.embedding for d in client.embeddings.create(input=texts).data]
        want = [d.embedding for d in unsplit.embeddings.create(input=texts).data]
        assert np.allclose(got, want, atol=1e-6) and abs(np.linalg.norm(got[0]) - 1) < 1e-5
        ids = client.tokenizer.encode(PROMPT)
        assert np.allclose(client.logits(ids), unsplit.logits(ids), atol=1e-5)
        ask = dict(messages=[{"role": "user", "content": PROMPT}], temperature=0, max_tokens=10)
        assert (client.chat.completions.create(**ask).choices[0].message.content
                == unsplit.chat.completions.create(**ask).choices[0].message.content)
    finally:
        client.close()


def test_f16_on_the_wire_halves_the_bytes(servers, tiny4_dir):
    """dtype "f16": rows of 2 bytes a value, within f16 rounding of the f32 ones."""
    clients = [SplitClient(servers[3].url, tiny4_dir, CpuExecutor(), dtype=dtype, precision="f32") for dtype in ("f32", "f16")]
    try:
        ids = clients[0].tokenizer.encode(PROMPT)
        rows = [np.frombuffer(c.first_part(protocol.PREFILL, ids, 0), "<f4") for c in clients]
        assert np.abs(rows[1] - rows[0]).max() <= 1e-3 * np.abs(rows[0]).max()
        received = [c.wire["bytes_received"] - protocol.HEADER.size for c in clients]
        assert received[1] * 2 == received[0] == 4 * len(ids) * clients[0].config["hidden_size"]
    finally:
        for c in clients:
            c.close()


def test_last_part_runs_on_an_event_loop(unsplit, tiny4_dir):
    """The loops the page will run: LastPart.load_async, then generation (adrive) and the pooled embedding
    (acomplete) with a first part that is a coroutine (the page's socket): the unsplit engine's ids and
    embedding."""
    import asyncio

    from tabllm.steps import acomplete, adrive

    first = FirstPart(tiny4_dir, CpuExecutor(), 3, context_length=CONTEXT, precision="f32")
    waits = []

    async def first_part(kind, ids, pos0):  # a network round trip, awaited
        await asyncio.sleep(0)
        waits.append(kind)
        return first.rows(kind, ids, pos0)

    async def run():
        last = await LastPart.load_async(tiny4_dir, CpuExecutor(), 3, first_part, context_length=CONTEXT, precision="f32")
        ids = last.text_prompt_ids(PROMPT)
        tokens = [t async for t in adrive(last.stream_steps(ids, 16, SamplerSettings(temperature=0), stop_at_eos=False))]
        embedding = await acomplete(last.pooled_embedding_steps(ids))
        last.close()
        return ids, tokens, embedding

    ids, tokens, embedding = asyncio.run(run())
    unsplit.forget_cached_prefix()
    assert tokens == list(unsplit.stream_ids(ids, 16, SamplerSettings(temperature=0), stop_at_eos=False))
    assert np.allclose(embedding, unsplit.pooled_embedding(ids), atol=1e-6)
    assert waits == [protocol.PREFILL] + [protocol.STEP] * 15 + [protocol.PREFILL]
    first.close()


# --- sessions and errors --------------------------------------------------------------------------------

def test_disconnect_mid_generation_frees_the_session(servers, tiny4_dir):
    """A client that drops its socket while the server runs its step frees the slot; the server goes on."""
    server = servers[1]
    client = SplitClient(server.url, tiny4_dir, CpuExecutor(), precision="f32")
    stream = client.stream_ids(client.text_prompt_ids(PROMPT), max_tokens=50, settings=SamplerSettings(temperature=0))
    assert [next(stream) for _ in range(3)]
    assert len(server.pool.sessions) == 1
    client.remote._ws.send(protocol.pack_request(protocol.STEP, 40, [5]))  # a step in flight, then gone
    client.remote._ws.close()
    assert _wait_for(lambda: not server.pool.sessions), server.pool.status()
    stream.close()
    client.close()
    with SplitClient(server.url, tiny4_dir, CpuExecutor(), precision="f32") as again:
        assert len(again.generate(PROMPT, chat=False, max_tokens=4, temperature=0).token_ids) == 4


def test_a_lost_session_is_replaced(unsplit, servers, tiny4_dir):
    """The chat's socket drops between two turns (the server frees the session); the client opens a new
    session, sends the first turn's ids again in one prefill and goes on: the second turn's reply is the
    unsplit engine's. (An idle timeout ends a session the same way: test_bad_frames_close_only_their_session.)"""
    server = servers[3]
    client = SplitClient(server.url, tiny4_dir, CpuExecutor(), precision="f32")
    turns = [[{"role": "user", "content": PROMPT}]]
    for engine in (unsplit, client):
        engine.forget_cached_prefix()
    first = client.generate(turns[0], max_tokens=12, temperature=0)
    assert first.token_ids == unsplit.generate(turns[0], max_tokens=12, temperature=0).token_ids
    session = client.session
    client.remote._ws.close()  # the network drops
    assert _wait_for(lambda: session not in server.pool.sessions)
    second = turns[0] + [{"role": "assistant", "content": first.text}, {"role": "user", "content": "thin"}]
    got = client.generate(second, max_tokens=12, temperature=0)
    assert client.wire["reconnects"] == 1 and client.session != session and got.stats["cached_tokens"] > 0
    assert got.token_ids == unsplit.generate(second, max_tokens=12, temperature=0).token_ids
    client.close()
    assert _wait_for(lambda: not server.pool.sessions)


def test_bad_frames_close_only_their_session(servers):
    """Each bad message gets its error and close code; a session beside them keeps working; a full server
    answers busy; an idle session is closed."""
    server = servers[3]
    ok, ready = _raw_session(server)
    assert ready["type"] == "ready" and ready["layers"] == [0, 3] and ready["max_ids"] == CONTEXT
    cases = [
        (b"\x01\x00", "bad_frame"),  # shorter than the header
        (struct.pack("<B3xII", 9, 0, 1) + b"\0" * 4, "bad_frame"),  # no such kind
        (struct.pack("<B3xII", protocol.PREFILL, 0, 3) + b"\0" * 8, "bad_frame"),  # 2 ids where the header says 3
        (protocol.pack_request(protocol.PREFILL, 0, [10**6]), "bad_frame"),  # not in the vocabulary
        (protocol.pack_request(protocol.PREFILL, 5, [1]), "bad_frame"),  # past the session's rows
        (protocol.pack_request(protocol.PREFILL, 0, [1] * (CONTEXT + 50)), "frame_too_large"),
        ("not a frame", "bad_message"),  # text after open
    ]
    for frame, code in cases:
        ws, _ = _raw_session(server)
        ws.send(frame)
        msg, close_code = _error_and_close(ws)
        assert msg["type"] == "error" and msg["code"] == code and msg["message"], (frame[:16], msg)
        assert close_code == protocol.ERRORS[code][0]
    for first_message, code in [("{}", "bad_message"), (json.dumps({"type": "open", "version": 99}), "version"),
                                (protocol.open_message(fingerprint="0" * 64), "model_mismatch")]:
        ws = _connect(server.url)
        ws.send(first_message)
        assert _error_and_close(ws)[0]["code"] == code
    # the session beside them still runs, and is the only one left
    ok.send(protocol.pack_request(protocol.PREFILL, 0, [4, 5, 6]))
    assert len(protocol.parse_response(ok.recv(timeout=10), protocol.PREFILL, 0, 3, ready["hidden_size"], "f32")) == 3 * 4 * ready["hidden_size"]
    assert _wait_for(lambda: len(server.pool.sessions) == 1)
    second, _ = _raw_session(server)  # both slots taken: a third is refused at once
    third = _connect(server.url)
    third.send(protocol.open_message())
    msg, close_code = _error_and_close(third)
    assert msg["code"] == "busy" and close_code == 1013 and "2 sessions" in msg["message"]
    second.close()
    server.pool.idle_timeout = 0.3  # (read when the session next waits: after this request)
    try:
        ok.send(protocol.pack_request(protocol.STEP, 3, [7]))
        assert len(ok.recv(timeout=10)) == protocol.HEADER.size + 4 * ready["hidden_size"]
        assert _error_and_close(ok)[0]["code"] == "idle_timeout"
    finally:
        server.pool.idle_timeout = 30
    assert _wait_for(lambda: not server.pool.sessions)


# --- the real model -------------------------------------------------------------------------------------

def test_smollm2_split_greedy_equals_unsplit_on_cpu():
    """SmolLM2-135M split at k = 10 and k = 20 (both parts in this process, the CPU executor): the same
    greedy reply token by token as the unsplit engine."""
    from tabllm.convert import default_model_dir

    model_dir = default_model_dir()
    question = [{"role": "user", "content": "What is the capital of France? Answer in one word."}]
    with Engine(model_dir, CpuExecutor(), context_length=CONTEXT, precision="f32") as engine:
        want = engine.generate(question, max_tokens=12, temperature=0).token_ids
    assert len(want) >= 6
    for k in (10, 20):
        first, last = local_split(model_dir, CpuExecutor, k, context_length=CONTEXT, precision="f32")
        assert first.weight_bytes_read < sum(s["size"] for s in read_index(model_dir)["shards"])
        assert last.generate(question, max_tokens=12, temperature=0).token_ids == want, k
        first.close()
        last.close()
    assert load_config(model_dir)["num_layers"] == 30
