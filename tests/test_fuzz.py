"""Seeded random damage to a tiny GGUF (through convert, then load) and to a converted model directory
(through load): every case must end in a TabllmError or in a model that loads and generates, never in
another exception. The seed is printed (pytest -s) and named in every failure; TABLLM_FUZZ_SEED=<n>
replays or explores another one."""

import hashlib
import json
import os
import random
import shutil
import traceback

import pytest
from damage_helpers import edited_copy, gguf_records
from gguf_helpers import write_tiny_gguf

import tabllm
from tabllm.convert import convert_gguf
from tabllm.errors import TabllmError
from tabllm.weights import QUANT_KINDS

# damaged weights may overflow to inf / NaN in the reference's numpy arithmetic: expected, not a finding
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")
SEED = int(os.environ.get("TABLLM_FUZZ_SEED", "25"))
GGUF_CASES = 24
MODEL_DIR_CASES = 36
SHARD_LIMIT = 16 * 1024  # several shards, and the embedding in row parts, so placements and parts get damaged too
# values that are wrong for most fields: wrong types, out of range, non-finite, too large for a float
ODD_VALUES = [None, "x", "96", -1, 0, 1.5, 2**40, 10**400, [], {}, True, float("nan"), [1, "a"], {"a": 1}]


@pytest.fixture(scope="module")
def tiny_gguf(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "tiny.gguf"
    write_tiny_gguf(path)
    return path


@pytest.fixture(scope="module")
def model_dir(tiny_gguf):
    return convert_gguf(tiny_gguf, tiny_gguf.parent / "model", shard_limit=SHARD_LIMIT)


def generates(model_dir):
    """Load model_dir on the numpy reference and generate up to two tokens (none where the first is an end of
    turn): the model works. (Damaged weights may give inf / NaN logits: still token ids.)"""
    with tabllm.load(model_dir, device="reference", context_length=64) as engine:
        result = engine.generate("the", max_tokens=2, temperature=0)
        ids, vocab = result.token_ids, engine.config["vocab_size"]
        assert len(ids) == 2 or result.finish_reason == "stop", result
        assert all(0 <= i < vocab for i in ids), ids


def outcome(case: str, run) -> str:
    """run() ends in "works" or "error" (a TabllmError with a message); anything else fails the test with
    the seed and the case."""
    try:
        run()
        return "works"
    except TabllmError as e:
        assert str(e).strip(), f"seed {SEED}, {case}: a TabllmError without a message"
        return "error"
    except Exception:
        pytest.fail(f"seed {SEED}, {case}: not a TabllmError:\n{traceback.format_exc()}")


# --- GGUF damage: bytes of the header, one part of a metadata or tensor record, bytes of the data; truncation


def damage_gguf(data: bytes, parts, data_start, rng: random.Random) -> tuple:
    """(what was done, the damaged bytes)."""
    out = bytearray(data)
    kind = rng.choice(["truncate", "header bytes", "record part", "record part extreme", "data bytes"])
    if kind == "truncate":
        cut = rng.randrange(len(data))
        return f"truncated at {cut}", bytes(out[:cut])
    if kind in ("record part", "record part extreme"):
        start, size = rng.choice(parts)
        fill = bytes(rng.randrange(256) for _ in range(size)) if kind == "record part" else rng.choice([b"\0", b"\xff"]) * size
        out[start:start + size] = fill
        return f"bytes {start}..{start + size} set to {fill[:16].hex()}", bytes(out)
    lo, hi = (0, data_start) if kind == "header bytes" else (data_start, len(data))
    spots = sorted(rng.randrange(lo, hi) for _ in range(rng.randint(1, 4)))
    for spot in spots:
        out[spot] ^= 1 << rng.randrange(8)
    return f"{kind} flipped at {spots}", bytes(out)


def test_damaged_gguf_converts_to_a_working_model_or_fails_clearly(tiny_gguf, tmp_path):
    print(f"fuzz seed {SEED} (TABLLM_FUZZ_SEED)")
    rng = random.Random(SEED)
    records, data_start = gguf_records(tiny_gguf)
    data, parts = tiny_gguf.read_bytes(), [part for record in records.values() for part in record]
    seen = set()
    for k in range(GGUF_CASES):
        what, damaged = damage_gguf(data, parts, data_start, rng)
        path, out = tmp_path / f"{k}.gguf", tmp_path / f"model{k}"
        path.write_bytes(damaged)
        seen.add(outcome(f"GGUF case {k}: {what}", lambda: generates(convert_gguf(path, out))))
        path.unlink()
        shutil.rmtree(out, ignore_errors=True)
    assert seen == {"works", "error"}, seen  # both ends reached: flipped weight data still converts


# --- model directory damage: config.json and index.json fields, shard bytes, tokenizer.json


def random_value(rng, value):
    """A wrong-ish replacement for value: an odd value, or (for numbers) a near or scaled one that
    keeps the type."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and rng.random() < 0.4:
        return rng.choice([value + 1, value - 1, value * 2, -value, value * 1000])
    return rng.choice(ODD_VALUES)


def damage_value(obj, rng) -> str:
    """Remove or replace one value somewhere in a JSON tree (object keys and list items); what was done."""
    path, node = [], obj
    while isinstance(node, (dict, list)) and node and (not path or rng.random() < 0.6):
        key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
        if not isinstance(node[key], (dict, list)) or not node[key] or rng.random() < 0.3:
            break
        path.append(key)
        node = node[key]
    if not isinstance(node, (dict, list)) or not node:
        return "nothing to damage"
    key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
    where = "".join(f"[{json.dumps(p)}]" for p in path + [key])
    if isinstance(node, dict) and rng.random() < 0.25:
        del node[key]
        return f"removed {where}"
    node[key] = random_value(rng, node[key])
    return f"set {where} = {json.dumps(node[key])}"


def damage_model_dir(src, dest, rng) -> str:
    """A damaged copy of the model directory src at dest; what was done."""
    kind = rng.choice(["config.json", "config.json", "weights/index.json", "weights/index.json", "index quant",
                       "shard bytes", "shard bytes, index updated", "shard truncated", "tokenizer.json", "file removed"])
    if kind in ("config.json", "weights/index.json", "tokenizer.json"):
        what = []
        edited_copy(src, dest, kind, lambda obj: what.append(damage_value(obj, rng)))
        return f"{kind}: {what[0]}"
    if kind == "index quant":
        what = []

        def edit(index):
            base = rng.choice(sorted(index["quant"]))
            index["quant"][base] = rng.choice(QUANT_KINDS + ("q5_k", 3))
            what.append(f"quant[{base}] = {index['quant'][base]!r}")

        edited_copy(src, dest, "weights/index.json", edit)
        return what[0]
    shutil.copytree(src, dest)
    index = json.loads((dest / "weights" / "index.json").read_text())
    if kind == "file removed":
        name = rng.choice(["config.json", "tokenizer.json", "weights/index.json"] + [f"weights/{s['file']}" for s in index["shards"]])
        (dest / name).unlink()
        return f"removed {name}"
    k = rng.randrange(len(index["shards"]))
    shard = dest / "weights" / index["shards"][k]["file"]
    data = bytearray(shard.read_bytes())
    if kind == "shard truncated":
        cut = rng.randrange(len(data))
        shard.write_bytes(data[:cut])
        return f"shard {k} truncated at {cut}"
    spots = sorted(rng.randrange(len(data)) for _ in range(rng.randint(1, 8)))
    for spot in spots:
        data[spot] ^= 1 << rng.randrange(8)
    shard.write_bytes(data)
    if kind == "shard bytes, index updated":  # consistent again: the weights themselves are just different
        index["shards"][k]["sha256"] = hashlib.sha256(data).hexdigest()
        (dest / "weights" / "index.json").write_text(json.dumps(index))
    return f"{kind}: shard {k} flipped at {spots}"


def test_damaged_model_dir_loads_and_works_or_fails_clearly(model_dir, tmp_path):
    print(f"fuzz seed {SEED} (TABLLM_FUZZ_SEED)")
    rng = random.Random(SEED + 1)
    assert outcome("undamaged", lambda: generates(model_dir)) == "works"
    seen = set()
    for k in range(MODEL_DIR_CASES):
        dest = tmp_path / f"model{k}"
        what = damage_model_dir(model_dir, dest, rng)
        seen.add(outcome(f"model dir case {k}: {what}", lambda: generates(dest)))
        shutil.rmtree(dest)
    assert seen == {"works", "error"}, seen
