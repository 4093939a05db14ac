"""Matrices above the storage-binding limit, registered as row parts while the plan is built
(lowering.linear_weights, lowering.RowParts): every op runs once per part with the kernel the whole matrix
would have, on the same rows, so the logits equal the whole plan's and generation is identical."""

import numpy as np
import pytest

from tabllm.engine import Engine
from tabllm.runtime.wgpu_executor import WgpuExecutor
from tabllm.sampling import SamplerSettings

# bytes: the tiny model's tied embedding / LM head (263 x 96 q8_0, a 25 KB payload) goes into 5 parts of
# at most 128 rows (64-row multiples), its gate_up matrices (320 rows, 15 KB) into 3
LIMIT = 8192
PROMPT = [1, 70, 101, 33, 250, 9, 180, 44, 3, 120, 77, 200, 15]


@pytest.mark.parametrize("profile", ["cpu", "gpu"])
def test_split_plan_computes_what_the_whole_plan_does(tiny_model_dir, gpu_adapter, profile):
    whole = Engine(tiny_model_dir, WgpuExecutor(profile=profile), context_length=64, precision="f32")
    split = Engine(tiny_model_dir, WgpuExecutor(profile=profile, limits={"max-storage-buffer-binding-size": LIMIT}),
                   context_length=64, precision="f32")
    try:
        plan = split.plan
        assert "embed.q" in whole.plan.buffers and "embed.q" not in plan.buffers
        for tensor, parts in (("embed.q", 3), ("embed.scale", 3), ("layers.0.gate_up.q", 2)):
            buffers = [b for b, _, _ in plan.splits[tensor]["parts"]]
            assert len(buffers) >= parts and all(plan.buffers[b].nbytes <= LIMIT for b in buffers), tensor
        assert all(b.nbytes <= LIMIT for b in plan.buffers.values() if b.kind == "weight")
        kernels = {s.kernel for steps in plan.phases.values() for s in steps}
        assert {"copy_columns", "part_ids", "merge_rows"} <= kernels

        np.testing.assert_array_equal(split.logits(PROMPT), whole.logits(PROMPT))
        for settings in (SamplerSettings(temperature=0), SamplerSettings(temperature=0.9, top_p=0.9, seed=7)):
            want = list(whole.stream_ids(PROMPT, 12, settings, stop_at_eos=False))
            assert list(split.stream_ids(PROMPT, 12, settings, stop_at_eos=False)) == want
    finally:
        whole.release()
        split.release()


def test_products_with_a_residual_are_split_too(tiny_model_dir):
    """layers.*.down (7.5 KB) is read by a product that adds the residual: under a 7000-byte binding it is cut
    into row parts too (each part's columns into a whole-width scratch, then mmt_sum_add adds the residual),
    and the plan computes what the whole plan does (float64 reference executor)."""
    from tabllm.runtime.reference import ReferenceExecutor

    executor = ReferenceExecutor()
    executor.limits = {"max-storage-buffer-binding-size": 7000}
    # context 32: a layer's KV cache (4 KiB) fits the 7000-byte binding (at 64 the engine refuses the context)
    split = Engine(tiny_model_dir, executor, context_length=32, precision="f32")
    whole = Engine(tiny_model_dir, ReferenceExecutor(), context_length=32, precision="f32")
    weights = {b.name for b in split.plan.buffers.values() if b.kind == "weight"}
    assert not {"layers.1.down.q", "embed.q", "layers.1.gate_up.q"} & weights
    assert "layers.1.down.part1.q" in weights and "mmt_sum_add" in {s.kernel for s in split.plan.phases["body"]}
    assert all(b.nbytes <= 7000 for b in split.plan.buffers.values() if b.kind == "weight")
    np.testing.assert_allclose(split.logits(PROMPT), whole.logits(PROMPT), rtol=0, atol=1e-9)


def test_check_limits_names_what_cannot_be_cut(tiny_model_dir):
    """A binding smaller than 64 rows of a matrix: that matrix stays whole and check_limits says so."""
    from tabllm.errors import DeviceError
    from tabllm.models import llama
    from tabllm.weights import load_config, read_index

    limits = {"max-storage-buffer-binding-size": 2000}  # 64 rows of the tiny model's q8_0 rows (96 wide) are ~6.9 KB
    plan = llama.build_plan(load_config(tiny_model_dir), read_index(tiny_model_dir)["quant"], 8, 8, limits=limits)
    assert "embed.q" in plan.buffers and not plan.splits
    with pytest.raises(DeviceError, match="embed.q needs .* split into row parts of 64-row multiples"):
        plan.check_limits(limits)


def test_page_loader_writes_each_part_into_its_buffer(tmp_path):
    """app/js/weights.mjs (run by node, fetch served from disk): the model dir's shard pieces (embed.q is
    cut across shards too) land in the part buffers at the right offsets."""
    import json
    import shutil
    import subprocess

    from gguf_helpers import write_tiny_gguf

    from tabllm.convert import convert_gguf
    from tabllm.models import llama
    from tabllm.site import repo_root
    from tabllm.plan import loader_parts
    from tabllm.weights import load_config, load_tensors, read_index

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    write_tiny_gguf(tmp_path / "tiny.gguf")
    model = convert_gguf(tmp_path / "tiny.gguf", tmp_path / "model", shard_limit=10 * 1024)
    index = read_index(model)
    assert "parts" in index["tensors"]["embed.q"]  # cut across shards as well as across buffers
    plan = llama.build_plan(load_config(model), index["quant"], 64, 64, limits={"max-storage-buffer-binding-size": LIMIT})
    targets = plan.weight_targets()
    # what JsExecutor.load_weights hands the page's loader
    (tmp_path / "index.json").write_text(json.dumps({**index, "gpu_parts": loader_parts(targets)}))
    sizes = {b.name: b.nbytes for b in plan.buffers.values() if b.kind == "weight"}
    (tmp_path / "sizes.json").write_text(json.dumps(sizes))
    script = f"""
import {{ loadWeights }} from "{(repo_root() / 'app' / 'js' / 'weights.mjs').as_uri()}";
import {{ readFileSync }} from "node:fs";
globalThis.fetch = async (url) => new Response(readFileSync(new URL(url)));
const sizes = JSON.parse(readFileSync("{tmp_path / 'sizes.json'}", "utf8"));
const buffers = Object.fromEntries(Object.entries(sizes).map(([name, n]) => [name, new Uint8Array(n)]));
const bridge = {{ writeWeight(name, shard, offset, nbytes, dest) {{
  if (!buffers[name]) return false;
  buffers[name].set(new Uint8Array(shard, offset, nbytes), dest); return true; }} }};
await loadWeights(bridge, "{model.as_uri()}/", JSON.parse(readFileSync("{tmp_path / 'index.json'}", "utf8")));
console.log(JSON.stringify(Object.fromEntries(Object.entries(buffers).map(([k, v]) => [k, Buffer.from(v).toString("hex")]))));
"""
    (tmp_path / "load.mjs").write_text(script)
    out = subprocess.run([node, str(tmp_path / "load.mjs")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    tensors = load_tensors(model)
    for name, (_, _, buffers) in targets.items():
        raw = tensors[name].tobytes()
        for buffer, start, nbytes in buffers:
            assert got[buffer] == raw[start:start + nbytes].hex(), buffer
    assert len(targets["embed.q"][2]) >= 3


def test_cut_matrices_keep_their_kernels_and_k_splits(monkeypatch):
    """8B-class shapes, a chunk of 64, a split target of 512 workgroups: the prefill products run as mmt_* in K
    splits (partial sums, then mmt_sum(_add)). Cut into row parts for an 8 MiB binding, each part keeps mmt_*
    with the K splits its own output tiles call for, and the products with a residual (o, down) end in
    mmt_sum_add."""
    from tabllm import lowering
    from tabllm.models import llama

    monkeypatch.setattr(lowering, "MMT_WORKGROUPS", 512)
    config = dict(hidden_size=4096, intermediate_size=14336, vocab_size=1000, num_heads=32, num_kv_heads=8, head_dim=128,
                  rope_theta=500000.0, rms_norm_eps=1e-5, num_layers=1)
    quant = {k: "q4_0" for k in ("embed", "lm_head", "layers.0.qkv", "layers.0.o", "layers.0.gate_up", "layers.0.down")}
    limits = {"max-storage-buffer-binding-size": 8 * 2**20 - 1}
    whole = llama.build_plan(config, quant, 128, 64, profile="gpu")
    plan = llama.build_plan(config, quant, 128, 64, profile="gpu", limits=limits)
    assert all(b.nbytes < 8 * 2**20 for b in plan.buffers.values() if b.kind == "weight")
    assert {name.rsplit(".", 1)[0] for name in plan.splits} == {"layers.0.gate_up", "layers.0.qkv", "layers.0.o", "layers.0.down"}
    assert ("mmt_q4_0", "layers.0.o.q", 8) in {(s.kernel, s.buffers.get("wq"), s.scalars.get("S")) for s in whole.phases["body"]}
    for base in ("layers.0.gate_up", "layers.0.qkv", "layers.0.o", "layers.0.down"):
        parts = [s for s in plan.phases["body"] if s.buffers.get("wq", "").startswith(base + ".part")]
        assert len(parts) >= 2 and {s.kernel for s in parts} == {"mmt_q4_0"}, base
    o_parts = [s for s in plan.phases["body"] if s.buffers.get("wq", "").startswith("layers.0.o.part")]
    assert max(s.scalars["S"] for s in o_parts) > 1  # (fewer output tiles per part: still split in K)
    assert [s.kernel for s in plan.phases["body"]].count("mmt_sum_add") == 2  # o and down add the residual once
    # decode: every product on int8 inputs as in the whole plan (act_q8_norm before qkv and gate_up, the attention
    # writing o's, act_q8_silu before down), a gemv8_* per part; gemv8_gate_up_* (gate and up rows paired in its
    # workgroups) reads one whole matrix, so the cut plan has act_q8_silu instead
    decode = [s.kernel for s in plan.phases["body_decode"]]
    assert "gemv8_gate_up_q4_0" in [s.kernel for s in whole.phases["body_decode"]] and "gemv8_gate_up_q4_0" not in decode
    parts = sum(len(plan.splits[f"layers.0.{m}.q"]["parts"]) for m in ("qkv", "o", "gate_up", "down"))
    assert decode.count("gemv8_q4_0") == decode.count("copy_columns") == parts
    assert decode.count("act_q8_norm") == 2 and "act_q8_silu" in decode and "attn_decode_rope_q8_gpu" in decode


def test_fused_gate_up_separated_to_be_cut(tiny_model_dir, gpu_adapter, monkeypatch):
    """A fused gate / up decode product (gemv8_gate_up_*: its workgroups pair gate and up rows) whose matrix
    must be cut into row parts becomes gemv8_* per part and act_q8_silu (lowering.gated_mlp): the tiny model on
    the int8 decode path (forced), greedy tokens and a decode step's logits against the unsplit plan's."""
    from tabllm import lowering

    monkeypatch.setattr(lowering, "SEPARATE_INPUT_WIDTH", 0)
    whole = Engine(tiny_model_dir, WgpuExecutor(profile="gpu"), context_length=64, precision="f32")
    split = Engine(tiny_model_dir, WgpuExecutor(profile="gpu", limits={"max-storage-buffer-binding-size": LIMIT}),
                   context_length=64, precision="f32")
    try:
        assert any(s.kernel.startswith("gemv8_gate_up_") for s in whole.plan.phases["body_decode"])
        decode = split.plan.phases["body_decode"]
        assert not any(s.kernel.startswith("gemv8_gate_up_") for s in decode) and "act_q8_silu" in {s.kernel for s in decode}
        assert sum(s.buffers.get("wq", "").startswith("layers.0.gate_up.part") for s in decode) >= 2
        greedy = SamplerSettings(temperature=0)
        V = whole.config["vocab_size"]
        tokens = [list(e.stream_ids(PROMPT, 8, greedy, stop_at_eos=False)) for e in (split, whole)]
        got, want = (np.asarray(e.executor.read("logits", "f32", V)) for e in (split, whole))
        assert tokens[0] == tokens[1]
        assert np.abs(got - want).max() < 1e-3 * np.abs(want).max()  # (int8 rounding of the same values)
    finally:
        whole.release()
        split.release()


def test_k_split_products_per_part(tiny_model_dir, gpu_adapter, monkeypatch):
    """A prefill product in K splits (mmt_* partial sums + mmt_sum) of a matrix cut into row parts keeps its K
    splits per part: the tiny model's gate_up with K splits forced (one split per K step), against the whole
    plan's logits and greedy tokens."""
    from tabllm import lowering

    monkeypatch.setattr(lowering, "MMT_MIN_STEPS", 1)
    whole = Engine(tiny_model_dir, WgpuExecutor(profile="gpu"), context_length=64, precision="f32")
    split = Engine(tiny_model_dir, WgpuExecutor(profile="gpu", limits={"max-storage-buffer-binding-size": LIMIT}),
                   context_length=64, precision="f32")
    try:
        k_splits = {s.scalars["S"] for s in whole.plan.phases["body"] if s.buffers.get("wq") == "layers.0.gate_up.q"}
        assert k_splits and min(k_splits) > 1
        parts = [s for s in split.plan.phases["body"] if s.buffers.get("wq", "").startswith("layers.0.gate_up.part")]
        assert len(parts) >= 2 and {s.kernel[:4] for s in parts} == {"mmt_"} and min(s.scalars["S"] for s in parts) > 1
        got, want = split.logits(PROMPT), whole.logits(PROMPT)
        assert np.abs(got - want).max() < 1e-5 * np.abs(want).max()
        greedy = SamplerSettings(temperature=0)
        assert list(split.stream_ids(PROMPT, 8, greedy, stop_at_eos=False)) == list(whole.stream_ids(PROMPT, 8, greedy, stop_at_eos=False))
    finally:
        whole.release()
        split.release()
