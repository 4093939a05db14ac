"""Matrices above the storage-binding limit, split into row parts when the plan is built (tabllm.split):
the split plan runs the same product kernels on the same rows, so its logits equal the whole plan's
bit for bit and generation is identical."""

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
    # f32: in the f16 plan gate_up writes an f16 buffer and stays whole (tabllm.split)
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


def test_products_with_a_residual_stay_whole_and_check_limits_says_so(tiny_model_dir):
    """layers.*.down (7.5 KB) is read by a product that adds the residual: it is not split, and
    check_limits refuses the plan."""
    from tabllm.errors import TabllmError
    from tabllm.runtime.reference import ReferenceExecutor

    executor = ReferenceExecutor()
    executor.limits = {"max-storage-buffer-binding-size": 7000}
    # context 32: a layer's KV cache (4 KiB) fits the 7000-byte binding (at 64 the engine refuses the context)
    engine = Engine(tiny_model_dir, executor, context_length=32, precision="f32")
    weights = {b.name for b in engine.plan.buffers.values() if b.kind == "weight"}
    assert "layers.1.down.q" in weights and "embed.q" not in weights and "layers.1.gate_up.q" not in weights
    too_big = [b.name for b in engine.plan.buffers.values() if b.kind == "weight" and b.nbytes > 7000]
    assert too_big == ["layers.0.down.q", "layers.1.down.q"]
    with pytest.raises(TabllmError, match="split into row parts to fit"):
        engine.plan.check_limits(executor.limits)


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
    from tabllm.split import loader_parts, split_large_matrices
    from tabllm.weights import load_config, load_tensors, read_index

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    write_tiny_gguf(tmp_path / "tiny.gguf")
    model = convert_gguf(tmp_path / "tiny.gguf", tmp_path / "model", shard_limit=10 * 1024)
    index = read_index(model)
    assert "parts" in index["tensors"]["embed.q"]  # cut across shards as well as across buffers
    plan = split_large_matrices(llama.build_plan(load_config(model), index["quant"], 64, 64), {"max-storage-buffer-binding-size": LIMIT})
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


def test_split_k_products_stay_whole(monkeypatch):
    """The GPU plan's prefill products of few output tiles run in K splits (mmt_* into partial sums, then
    mmt_sum(_add)): 8B-class shapes, a chunk of 64, a split target of 512 workgroups. Their output holds
    partial sums, so such a matrix is not cut into row parts, except a product without residual (gate_up),
    which becomes one whole product again (mmt_* with S = 1 straight into gu) and is then cut: mmt_* whole
    in each part."""
    from tabllm.models import llama
    from tabllm import lowering
    from tabllm.split import split_large_matrices

    monkeypatch.setattr(lowering, "MMT_WORKGROUPS", 512)  # (the default leaves gate_up whole at 64 rows)

    config = dict(hidden_size=4096, intermediate_size=14336, vocab_size=1000, num_heads=32, num_kv_heads=8, head_dim=128,
                  rope_theta=500000.0, rms_norm_eps=1e-5, num_layers=1)
    quant = {k: "q4_0" for k in ("embed", "lm_head", "layers.0.qkv", "layers.0.o", "layers.0.gate_up", "layers.0.down")}
    plan = llama.build_plan(config, quant, 128, 64, profile="gpu")
    steps = {(s.kernel, s.buffers.get("wq", s.buffers.get("part")), s.scalars.get("S")) for s in plan.phases["body"]}
    assert ("mmt_q4_0", "layers.0.o.q", 8) in steps and ("mmt_sum_add", "mmt.part", 8) in steps  # N = 4096: 64 tiles
    assert ("mmt_q4_0", "layers.0.qkv.q", 6) in steps and ("mmt_q4_0", "layers.0.gate_up.q", 2) in steps
    assert plan.buffers["mmt.part"].shape == (2 * 64 * 28672,)  # the largest S T N (gate_up)
    # every matrix above 8 MiB: o (8 MiB q4 payload) and down (split K, with residual) stay whole; qkv (12 MiB
    # with its scales) and gate_up are made whole again and cut
    split_large_matrices(plan, {"max-storage-buffer-binding-size": 8 * 2**20 - 1})
    assert {name.rsplit(".", 1)[0] for name in plan.splits} == {"layers.0.gate_up", "layers.0.qkv"}
    for base in ("layers.0.gate_up", "layers.0.qkv"):
        parts = [s for s in plan.phases["body"] if s.buffers.get("wq", "").startswith(base + ".part")]
        assert {(s.kernel, s.scalars["S"]) for s in parts} == {("mmt_q4_0", 1)}
    assert ("mmt_q4_0", "layers.0.o.q", 8) in {(s.kernel, s.buffers.get("wq"), s.scalars.get("S")) for s in plan.phases["body"]}
    # decode: gemv8_gate_up_q4_0 (int8 blocks of paired gate / up rows) is gemv8_q4_0 per part + act_q8_silu again
    decode = [s.kernel for s in plan.phases["body_decode"]]
    assert "gemv8_gate_up_q4_0" not in decode and decode.count("gemv8_q4_0") >= 3 and "act_q8_silu" in decode


def test_fused_gate_up_separated_to_be_cut(tiny_model_dir, gpu_adapter, monkeypatch):
    """A fused gate / up decode product (gemv8_gate_up_*: its workgroups pair gate and up rows) whose matrix
    must be cut into row parts becomes gemv8_* per part and act_q8_silu again (tabllm.split
    ._separate_gate_up): the tiny model on the int8 decode path (forced), greedy tokens and a decode
    step's logits against the unsplit plan's."""
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


def test_k_split_product_made_whole_to_be_cut(tiny_model_dir, gpu_adapter, monkeypatch):
    """A prefill product in K splits (mmt_* partial sums + mmt_sum) whose matrix must be cut into row parts
    becomes one whole product per part (tabllm.split._whole_k): the tiny model's gate_up with K splits
    forced (one split per K step), against the plan that keeps them (sums in another order: close, not
    bitwise)."""
    from tabllm import lowering

    monkeypatch.setattr(lowering, "MMT_MIN_STEPS", 1)
    whole = Engine(tiny_model_dir, WgpuExecutor(profile="gpu"), context_length=64, precision="f32")
    split = Engine(tiny_model_dir, WgpuExecutor(profile="gpu", limits={"max-storage-buffer-binding-size": LIMIT}),
                   context_length=64, precision="f32")
    try:
        k_splits = {s.scalars["S"] for s in whole.plan.phases["body"] if s.buffers.get("wq") == "layers.0.gate_up.q"}
        assert k_splits and min(k_splits) > 1
        parts = [s for s in split.plan.phases["body"] if s.buffers.get("wq", "").startswith("layers.0.gate_up.part")]
        assert len(parts) >= 2 and {(s.kernel[:4], s.scalars["S"]) for s in parts} == {("mmt_", 1)}
        got, want = split.logits(PROMPT), whole.logits(PROMPT)
        assert np.abs(got - want).max() < 1e-5 * np.abs(want).max()
        greedy = SamplerSettings(temperature=0)
        assert list(split.stream_ids(PROMPT, 8, greedy, stop_at_eos=False)) == list(whole.stream_ids(PROMPT, 8, greedy, stop_at_eos=False))
    finally:
        whole.release()
        split.release()
