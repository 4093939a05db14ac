"""GGUF's blocks as tabllm weight formats (q2_k, q3_k, q4_k, q5_k, q6_k, q5_0, q5_1, iq4_nl, iq4_xs; weights.GGUF_BLOCKS)
and GGUF's BF16 (bf16): the float64 dequantization against the `gguf` package's (an independent implementation of
llama.cpp's dequantize_row_q4_K / _q6_K / _q5_0 ...), and every product kernel of the formats against its float64
twin (tests/test_kernels.py's harness and bound), on K = 3 blocks of 256 (q6_k: an odd block count, so rows end in 2
padding bytes) and for q5_0 / q5_1 / iq4_nl / bf16 25 blocks of 32 (q5_0 and iq4_nl padded likewise)."""

import numpy as np
import pytest

from tabllm import weights
from test_kernels import RTOL, RTOL_F16_OUT, assert_close, device, f16, f16_device, rng, run_both  # noqa: F401

KQ = ["q2_k", "q3_k", "q4_k", "q5_k", "q6_k", "q5_0", "q5_1", "iq4_nl", "iq4_xs", "bf16"]
KDIM = {"q2_k": 256 * 3, "q3_k": 256 * 3, "q4_k": 256 * 3, "q5_k": 256 * 3, "q6_k": 256 * 3, "q5_0": 32 * 25, "q5_1": 32 * 25, "iq4_nl": 32 * 25,
        "iq4_xs": 256 * 3, "bf16": 32 * 25}


def random_kquant(r, fmt, rows, cols, d_max=0.004):
    """(u32 [rows, row_words], u8 [rows, GGUF bytes]): random GGUF blocks with finite f16 d (and dmin) up to
    d_max; row padding 0. bf16: random values of about 25 d_max (weights of the size the blocks' give), and every
    bf16 bit pattern's low 7 mantissa bits in use (a widening that dropped them would show)."""
    if fmt == "bf16":
        values = (r.standard_normal((rows, cols)) * 25 * d_max).astype(np.float32)
        raw = (values.view("<u4") >> 16).astype("<u2")
        return raw.view("<u4").reshape(rows, cols // 2), raw.view(np.uint8).reshape(rows, 2 * cols)
    elements, nbytes = weights.GGUF_BLOCKS[fmt]
    nb = cols // elements
    blocks = r.integers(0, 256, size=(rows, nb, nbytes), dtype=np.uint8)
    halves = {"q2_k": [80, 82], "q3_k": [108], "q4_k": [0, 2], "q5_k": [0, 2], "q6_k": [208], "q5_0": [0], "q5_1": [0, 2], "iq4_nl": [0],
             "iq4_xs": [0]}[fmt]  # d, dmin / d / d, m
    for at in halves:
        d = (r.random((rows, nb)) * d_max + d_max / 40).astype("<f2")
        blocks[:, :, at:at + 2] = d.view(np.uint8).reshape(rows, nb, 2)
    raw = np.zeros((rows, weights.row_words(fmt, cols) * 4), np.uint8)
    raw[:, : nb * nbytes] = blocks.reshape(rows, -1)
    return raw.view("<u4"), blocks.reshape(rows, -1)


@pytest.mark.parametrize("fmt", KQ)
def test_dequantize_equals_gguf(fmt):
    gguf = pytest.importorskip("gguf")
    from gguf import quants

    r, K = rng(), KDIM[fmt]
    q, raw = random_kquant(r, fmt, 7, K)
    ours = weights.dequantize(fmt, q)
    theirs = quants.dequantize(raw, getattr(gguf.GGMLQuantizationType, fmt.upper()))  # f32 arithmetic
    assert ours.shape == theirs.shape == (7, K)
    assert np.array_equal(ours.astype(np.float32), theirs) or np.allclose(ours, theirs, rtol=2**-23, atol=0)


def weights_of(r, fmt, rows):
    return {"wq": random_kquant(r, fmt, rows, KDIM[fmt])[0]}


@pytest.mark.parametrize("fmt", KQ)
@pytest.mark.parametrize("residual", [False, True])
def test_matmul_and_mm8(device, fmt, residual):
    """The barrier-free products: matmul_* (one invocation an output) and mm8_* (8 rows of x each)."""
    r, K = rng(), KDIM[fmt]
    n, N, rows = 9, 64 * 2, 16
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **weights_of(r, fmt, N)}
    if residual:
        inputs["residual"] = r.standard_normal((rows, N)).astype(np.float32)
    out, add = ("out", "_add") if residual else ("y", "")
    scalars = {"n": n, "nt": rows // 8, "N": N, "Nj": N // 64, "K": K}
    for kernel in (f"matmul_{fmt}{add}", f"mm8_{fmt}{add}"):
        gpu, ref = run_both(device, kernel, inputs, {out: np.zeros((rows, N), np.float32)}, scalars)[out]
        assert_close(gpu[:n], ref[:n])


@pytest.mark.parametrize("fmt", KQ)
def test_gemv(device, fmt):
    """The GPU decode products: gemv_*, gemv_*_add, gemv_norm_*, gemv_silu_*_add (n = 2 rows)."""
    r, K = rng(), KDIM[fmt]
    n, N = 2, 4 * 21
    w = weights_of(r, fmt, N)
    scalars = {"n": n, "N": N, "Nb": N // 4, "K": K, "eps": 1e-5}
    x = r.standard_normal((n, K)).astype(np.float32)
    residual = r.standard_normal((n, N)).astype(np.float32)
    assert_close(*run_both(device, f"gemv_{fmt}", {"x": x, **w}, {"y": np.zeros((n, N), np.float32)}, scalars)["y"])
    assert_close(*run_both(device, f"gemv_{fmt}_add", {"x": x, "residual": residual, **w},
                           {"out": np.zeros((n, N), np.float32)}, scalars)["out"])
    normed = {"x": x * 2, "w": r.standard_normal(K).astype(np.float32), **w}
    assert_close(*run_both(device, f"gemv_norm_{fmt}", normed, {"y": np.zeros((n, N), np.float32)}, scalars)["y"])
    gated = {"gu": r.standard_normal((n, 2 * K)).astype(np.float32) * 3, "residual": residual, **w}
    assert_close(*run_both(device, f"gemv_silu_{fmt}_add", gated, {"out": np.zeros((n, N), np.float32)}, scalars)["out"])


@pytest.mark.parametrize("fmt", ["q4_k", "q6_k", "iq4_xs"])
@pytest.mark.parametrize("n, blocks", [(1, 1), (2, 3), (1, 37)])
@pytest.mark.parametrize("residual", [False, True])
def test_gemv8(device, fmt, n, blocks, residual):
    """The k-quant x int8 decode products (dot4I8Packed over whole blocks, 4 items a block; iq4_xs's values from
    its workgroup table): fewer items than the 64 invocations, an odd block count (q6_k: every other block 2 bytes
    into a word, rows ending in 2 padding bytes), several passes with a tail; 2 rows per workgroup."""
    from test_kernels import q8_activations

    r = rng()
    N, K = 2 * 5, 256 * blocks
    inputs = {**q8_activations(r, n, K // 32), "wq": random_kquant(r, fmt, N, K)[0]}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    name = f"gemv8_{fmt}" + ("_add" if residual else "")
    assert_close(*run_both(device, name, inputs, {"out": np.zeros((n, N), np.float32)},
                           {"n": n, "N": N, "Nb": N // 2, "Kb": K // 32})["out"])


def test_act_q8_plain(device):
    """act_q8: a row as it is to int8 blocks (the input of a plain k-quant gemv8 product: the head)."""
    from test_kernels import check_q8_blocks

    r = rng()
    n, Kb = 2, 70
    x = (r.standard_normal((n, 32 * Kb)) * 2).astype(np.float32)
    x[1, 32:64] = 0
    outs = {"xq": np.zeros((n, 8 * Kb), np.uint32), "xs": np.zeros((n, Kb, 2), np.float32)}
    res = run_both(device, "act_q8", {"x": x}, outs, {"n": n, "Kb": Kb})
    q, d = check_q8_blocks(res["xq"], res["xs"], rtol=1e-6)
    assert (q[Kb + 1] == 0).all() and d[Kb + 1] == 0


@pytest.mark.parametrize("fmt", KQ)
@pytest.mark.parametrize("n,residual,S", [(70, True, 1), (13, False, 3)])
def test_mmt(device, fmt, n, residual, S):
    """The tiled prefill product (a second, partial tile of rows; K in 3 splits, summed here)."""
    r, K = rng(), KDIM[fmt]
    N = 64 * 2
    inputs = {"x": r.standard_normal((n, K)).astype(np.float32), **weights_of(r, fmt, N)}
    if residual:
        inputs["residual"] = r.standard_normal((n, N)).astype(np.float32)
    out = "out" if residual else "y"
    kernel = f"mmt_{fmt}" + ("_add" if residual else "")
    res = run_both(device, kernel, inputs, {out: np.zeros((S * n, N), np.float32)}, {"n": n, "N": N, "Kb": K // 32, "S": S})
    gpu, ref = (a.reshape(S, n, N).sum(axis=0) for a in res[out])
    assert_close(gpu, ref)


@pytest.mark.parametrize("fmt", KQ)
def test_embed(device, fmt):
    r, K = rng(), KDIM[fmt]
    V, n = 37, 5
    inputs = {"ids": r.integers(0, V, size=n, dtype=np.int32), **weights_of(r, fmt, V)}
    assert_close(*run_both(device, f"embed_{fmt}", inputs, {"out": np.zeros((n, K), np.float32)}, {"n": n, "K": K})["out"])


@pytest.mark.parametrize("fmt", KQ)
def test_products_f16(f16_device, fmt):
    """The f16 path's products: mm8 (x f16 -> y f16), gemv_norm (x f32 -> y f16), gemv_silu_add (gu f16)."""
    r, K = rng(), KDIM[fmt]
    n, N, rows = 3, 64, 8
    w = weights_of(r, fmt, N)
    scalars = {"n": n, "nt": 1, "N": N, "Nj": 1, "Nb": N // 4, "K": K, "eps": 1e-5}
    gpu, ref = run_both(f16_device, f"mm8_{fmt}_f16", {"x": f16(r.standard_normal((n, K))), **w},
                        {"y": np.zeros((rows, N), np.float16)}, scalars)["y"]
    assert_close(gpu[:n], ref[:n], RTOL_F16_OUT)
    normed = {"x": r.standard_normal((n, K)).astype(np.float32), "w": r.standard_normal(K).astype(np.float32), **w}
    assert_close(*run_both(f16_device, f"gemv_norm_{fmt}_f16", normed, {"y": np.zeros((n, N), np.float16)}, scalars)["y"],
                 RTOL_F16_OUT)
    gated = {"gu": f16(r.standard_normal((n, 2 * K)) * 3), "residual": r.standard_normal((n, N)).astype(np.float32), **w}
    assert_close(*run_both(f16_device, f"gemv_silu_{fmt}_add_f16", gated, {"out": np.zeros((n, N), np.float32)}, scalars)["out"],
                 RTOL)


# --- a tiny Llama GGUF in Q4_K_M's mix, end to end -------------------------------------------------------


def write_kquant_gguf(path, r, formats=None):
    """A tiny Llama GGUF (D 256, F 768: 3 blocks, so q6_k down rows carry 2 padding bytes) whose matrices are
    random blocks as a Q4_K_M file mixes them: q / k Q4_K next to v Q6_K, gate Q4_K next to up Q6_K (fused
    matrices of different formats: row parts), o Q5_0 in layer 0 and IQ4_NL in layer 1, down Q6_K; embedding Q8_0.
    Other files' types in a layer each: layer 1's q BF16 (a BF16 file's) next to its Q2_K k, layer 0's down IQ4_XS.
    formats: {GGUF matrix name ("attn_output", ...; "token_embd"; "norm": every norm vector): format} in place of
    those, in every layer."""
    gguf = pytest.importorskip("gguf")
    from gguf_helpers import CHATML, TOKENS, add_tiny_tokenizer

    T = gguf.GGMLQuantizationType
    D, F, H, Hkv, hd, L, V = 256, 768, 4, 2, 64, 2, len(TOKENS)
    w = gguf.GGUFWriter(str(path), "llama")
    for add, value in ((w.add_block_count, L), (w.add_context_length, 128), (w.add_embedding_length, D),
                       (w.add_feed_forward_length, F), (w.add_head_count, H), (w.add_head_count_kv, Hkv),
                       (w.add_rope_dimension_count, hd), (w.add_rope_freq_base, 10000.0), (w.add_layer_norm_rms_eps, 1e-5),
                       (w.add_vocab_size, V)):
        add(value)
    add_tiny_tokenizer(w, "smollm", CHATML)

    def kq(name, rows, cols, fmt):
        # (weights up to ~0.1, as a trained model's: larger ones make the logits so sharp that f32 rounding
        # in different kernels' sums moves them by more than the bound below)
        w.add_tensor(name, random_kquant(r, fmt, rows, cols, d_max=1e-4)[1], raw_dtype=getattr(T, fmt.upper()))

    def norm(name):
        values = (1 + 0.1 * r.standard_normal(D)).astype(np.float32)
        if (formats or {}).get("norm") == "bf16":
            w.add_tensor(name, gguf.quants.quantize(values, T.BF16), raw_dtype=T.BF16)
        else:
            w.add_tensor(name, values)

    if (formats or {}).get("token_embd"):
        kq("token_embd.weight", V, D, formats["token_embd"])
    else:
        w.add_tensor("token_embd.weight", gguf.quants.quantize(r.standard_normal((V, D)).astype(np.float32), T.Q8_0), raw_dtype=T.Q8_0)
    for i in range(L):
        p = f"blk.{i}."
        norm(p + "attn_norm.weight")
        norm(p + "ffn_norm.weight")
        for name, rows, cols, fmt in (("attn_q", H * hd, D, "q4_k" if i == 0 else "bf16"), ("attn_k", Hkv * hd, D, "q4_k" if i == 0 else "q2_k"),
                                      ("attn_v", Hkv * hd, D, "q6_k"),
                                      ("attn_output", D, H * hd, "q5_0" if i == 0 else "iq4_nl"),
                                      ("ffn_gate", F, D, "q4_k" if i == 0 else "q5_k"),
                                      ("ffn_up", F, D, "q6_k" if i == 1 else "q3_k"),
                                      ("ffn_down", D, F, "q6_k" if i == 1 else "iq4_xs")):
            kq(p + name + ".weight", rows, cols, (formats or {}).get(name, fmt))
    norm("output_norm.weight")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def test_q4_k_m_mix_converts_as_it_is_and_runs_like_its_f32_copy(tmp_path, gpu_adapter):
    """No --quant: every matrix kept as the GGUF holds it (q / k / v and gate / up as row parts), the weight
    bytes those of the GGUF's matrices plus q6_k row padding; the model's logits on both kernel profiles
    (cpu: matmul / mm8, gpu: gemv / mmt and the row parts' copy_columns) equal those of the same GGUF
    converted with --quant f32 (every weight dequantized exactly: one f32 matrix each)."""
    from tabllm.convert import convert_gguf
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.weights import load_config, read_index

    r = rng()
    write_kquant_gguf(tmp_path / "mix.gguf", r)
    model = convert_gguf(tmp_path / "mix.gguf", tmp_path / "mix")
    exact = convert_gguf(tmp_path / "mix.gguf", tmp_path / "mix-f32", quant="f32")
    quant = read_index(model)["quant"]
    assert {k: v for k, v in quant.items() if k.startswith("layers.0.qkv")} == {"layers.0.qkv.part0": "q4_k",  # q and k
                                                                                 "layers.0.qkv.part2": "q6_k"}  # v
    assert [quant[f"layers.1.gate_up.part{k}"] for k in range(2)] == ["q5_k", "q6_k"]  # (a Q5_K_M file's pair)
    assert [quant[f"layers.1.qkv.part{k}"] for k in range(3)] == ["bf16", "q2_k", "q6_k"]  # (Q2_K / Q3_K: Q2_K / Q3_K_M files)
    assert [quant[f"layers.0.gate_up.part{k}"] for k in range(2)] == ["q4_k", "q3_k"]
    assert quant["layers.0.o"] == "q5_0" and quant["layers.1.o"] == "iq4_nl" and quant["layers.1.down"] == "q6_k"
    assert quant["layers.0.down"] == "iq4_xs"
    assert all(row["carried"] for row in load_config(model)["quantization"]["error"].values())
    import gguf

    index = read_index(model)
    stored = sum(t["nbytes"] for name, t in index["tensors"].items()
                 if name.endswith(".q") and (quant[name[:-2]] in weights.GGUF_BLOCKS or quant[name[:-2]] == "bf16"))
    source = sum(int(t.n_bytes) for t in gguf.GGUFReader(tmp_path / "mix.gguf").tensors
                 if t.tensor_type.name in ("Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K", "Q5_0", "IQ4_NL", "IQ4_XS", "BF16"))
    q6_k_rows = 2 * (128 + 768) + 256  # v, up (1 block a row; layer 0's Q3_K: 110 bytes, padded alike), layer 1's down (3):
    # odd block counts, 2 padding bytes a row (IQ4_XS's 136-byte blocks: none)
    assert stored == source + 2 * q6_k_rows
    ids = list(range(3, 40))
    want = Engine(exact, WgpuExecutor(profile="cpu"), context_length=64, precision="f32").logits(ids)
    for profile in ("cpu", "gpu"):
        got = Engine(model, WgpuExecutor(profile=profile), context_length=64, precision="f32").logits(ids)
        assert_close(got, want)
    if WgpuExecutor().has_f16:  # the f16 plan: f16 activations, the row parts put together by copy_columns_f16
        want = Engine(exact, WgpuExecutor(profile="cpu"), context_length=64, precision="f16").logits(ids)
        got = Engine(model, WgpuExecutor(profile="cpu"), context_length=64, precision="f16").logits(ids)
        assert_close(got, want, 1e-3)  # (the same sums in the same order: equal on lavapipe)


@pytest.mark.parametrize("int8_attention_output", [True, False])
def test_q4_k_m_mix_on_the_int8_decode_products(tmp_path, gpu_adapter, monkeypatch, int8_attention_output):
    """The wide models' k-quant decode products (act_q8* + gemv8_q4_k / gemv8_q6_k over int8 activations in
    blocks of 32; lowering takes them from SEPARATE_INPUT_WIDTH) forced onto the tiny Q4_K_M mix with its o
    product in Q4_K: qkv and gate_up as row parts of both formats, down Q6_K (layer 0: IQ4_XS) after act_q8_silu, o behind the
    attention's int8 output or (int8_attention_output False) as a plain product (act_q8 + gemv8_q4_k_add). A
    decode step's logits against the exact model (the --quant f32 copy on the float64 reference): the same
    top-1 token and within 5% of the logit range (as tests/test_model.py's q4 int8 path; measured 0.2-0.3%);
    the same plan on the float64 twins as close."""
    from tabllm import lowering
    from tabllm.convert import convert_gguf
    from tabllm.engine import Engine
    from tabllm.runtime.reference import ReferenceExecutor
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.sampling import SamplerSettings

    monkeypatch.setattr(lowering, "SEPARATE_INPUT_WIDTH", 0)
    monkeypatch.setattr(lowering, "INT8_ATTENTION_OUTPUT", int8_attention_output)
    write_kquant_gguf(tmp_path / "mix.gguf", rng(), formats={"attn_output": "q4_k", "ffn_gate": "q4_k", "attn_k": "q4_k",
                                                                   "ffn_up": "q6_k", "attn_q": "q4_k"})
    # (q2_k, q3_k, q5_k, bf16: no gemv8; layer 0's down stays IQ4_XS: gemv8_iq4_xs_add)
    model = convert_gguf(tmp_path / "mix.gguf", tmp_path / "mix")
    exact = convert_gguf(tmp_path / "mix.gguf", tmp_path / "mix-f32", quant="f32")
    twin_executor = ReferenceExecutor()
    twin_executor.kernel_profile = "gpu"  # the same plan as the GPU's, on the float64 twins
    engines = [Engine(model, WgpuExecutor(profile="gpu"), context_length=64, precision="f32"),
               Engine(model, twin_executor, context_length=64, precision="f32"),
               Engine(exact, ReferenceExecutor(), context_length=64, precision="f32")]
    kernels = [s.kernel for s in engines[0].plan.phases["body_decode"]]
    assert {"act_q8_norm", "gemv8_q4_k", "gemv8_q6_k", "act_q8_silu", "gemv8_q6_k_add", "gemv8_q4_k_add", "gemv8_iq4_xs_add"} <= set(kernels)
    assert ("act_q8" in kernels) != int8_attention_output and ("attn_decode_rope_q8_gpu" in kernels) == int8_attention_output
    assert not any(k.startswith("gemv_") and "_k" in k for k in kernels)
    V = engines[0].config["vocab_size"]
    logits = []
    for e in engines:  # one decode step after the prompt
        list(e.stream_ids(list(range(3, 40)), 2, SamplerSettings(temperature=0), stop_at_eos=False))
        logits.append(np.asarray(e.executor.read("logits", "f32", V), np.float64))
        e.release()
    got, on_twins, want = logits
    scale = np.abs(want).max()
    assert got.argmax() == on_twins.argmax() == want.argmax()
    assert np.abs(got - want).max() < 0.05 * scale and np.abs(on_twins - want).max() < 0.05 * scale


def test_bf16_gguf_converts_as_it_is_and_runs_like_its_f32_copy(tmp_path, gpu_adapter):
    """A BF16 file (every matrix, the embedding and the norms BF16) without --quant: each matrix kept as bf16, its
    bytes the file's (no arithmetic), the norms widened exactly; its logits (embed_bf16, the bf16 products, the tied
    head over bf16) equal those of the --quant f32 copy. With --quant the matrices are re-quantized as asked."""
    import gguf
    from tabllm.convert import convert_gguf
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.weights import load_tensors, read_index

    names = ("token_embd", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down", "norm")
    write_kquant_gguf(tmp_path / "bf16.gguf", rng(), formats={name: "bf16" for name in names})
    model = convert_gguf(tmp_path / "bf16.gguf", tmp_path / "bf16")
    exact = convert_gguf(tmp_path / "bf16.gguf", tmp_path / "bf16-f32", quant="f32")
    assert set(read_index(model)["quant"].values()) == {"bf16"} and len(read_index(model)["quant"]) == 1 + 2 * 4
    source = {t.name: t for t in gguf.GGUFReader(tmp_path / "bf16.gguf").tensors}
    ours = load_tensors(model)
    assert ours["layers.1.down.q"].tobytes() == source["blk.1.ffn_down.weight"].data.tobytes()
    assert np.array_equal(ours["layers.1.ffn_norm"], gguf.quants.dequantize(source["blk.1.ffn_norm.weight"].data, gguf.GGMLQuantizationType.BF16))
    ids = list(range(3, 40))
    want = Engine(exact, WgpuExecutor(profile="cpu"), context_length=64, precision="f32").logits(ids)
    assert_close(Engine(model, WgpuExecutor(profile="cpu"), context_length=64, precision="f32").logits(ids), want)
    requantized = convert_gguf(tmp_path / "bf16.gguf", tmp_path / "bf16-q8", quant="q8f32")
    assert set(read_index(requantized)["quant"].values()) == {"q8_0"}
