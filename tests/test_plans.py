"""Every family x profile x precision plan against the kernel manifest, without a GPU (a few seconds).

Plans of the benchmark shapes (tabllm.bench.SYNTHETIC, 2 layers: the lowering's choices depend on
widths, not depth) in several matrix formats and chunk sizes, each also split for a small storage-binding
limit (lowering.linear_weights), must name only generated kernels, bind every binding of each kernel to a plan
buffer, give every scalar a kernel reads (a number, or a call dim the family's call_dims provides),
and run dispatches whose grid evaluates, at a prefill chunk and a decode step (short and long context).
A wrong name or a missing scalar would otherwise show only on a device, mid-generation.
"""

import itertools

import pytest

from tabllm.bench import MATRICES, SYNTHETIC
from tabllm.engine import FAMILIES
from tabllm.runtime.kernels import load_kernels
from tabllm.sampling import SamplerSettings

KERNELS = load_kernels()
SMALL_BINDING = {"max-storage-buffer-binding-size": 16 << 20}  # cuts the large matrices into row parts
CONTEXT = 1024


def quant_for(spec, fmt):
    config = dict(spec["config"], num_layers=2)
    quant = {"embed": spec["quant"]["embed"], "lm_head": fmt}
    for i, m in itertools.product(range(2), spec.get("matrices", MATRICES)):
        quant[f"layers.{i}.{m}"] = fmt
    return config, quant


def cases():
    for name, spec in SYNTHETIC.items():
        family = FAMILIES[spec["config"]["architecture"]]
        precisions = ("f32", "f16") if getattr(family, "F16_PLAN", False) else ("f32",)
        for fmt, profile, precision in itertools.product(("q4_0", "q4_1", "q8_0", "f16", "f32"), ("cpu", "gpu"), precisions):
            for tokens in (8, 64) if (profile, precision) == ("gpu", "f32") else (64,):  # (8: no mmt tiles of 64 rows)
                yield pytest.param(name, fmt, profile, precision, tokens, id=f"{name}-{fmt}-{profile}-{precision}-T{tokens}")
    yield pytest.param("qwen2", "q4_1", "gpu", "f32", 64, id="qwen2-biases-gpu")


@pytest.mark.parametrize("name,fmt,profile,precision,tokens", list(cases()))
def test_plan_matches_the_manifest(name, fmt, profile, precision, tokens):
    spec = SYNTHETIC["smollm2-135m" if name == "qwen2" else name]
    config, quant = quant_for(spec, fmt)
    if name == "qwen2":
        config = dict(config, architecture="qwen2", qkv_bias=True)
    family = FAMILIES[config["architecture"]]
    extra = {"precision": precision} if precision != "f32" else {}
    whole = family.build_plan(config, quant, CONTEXT, tokens, profile=profile, **extra)
    assert whole.profile == profile and whole.precision == precision
    split = family.build_plan(config, quant, CONTEXT, tokens, profile=profile, limits=SMALL_BINDING, **extra)
    split.check_limits(SMALL_BINDING)  # every buffer within the binding: the large matrices are in row parts
    assert not any(b.nbytes > SMALL_BINDING["max-storage-buffer-binding-size"] for b in whole.buffers.values()) or split.splits
    for plan in (whole, split):
        check_against_manifest(family, config, plan, tokens)


def check_against_manifest(family, config, plan, tokens):
    calls = [family.call_dims(config, tokens, 0), family.call_dims(config, 1, 40), family.call_dims(config, 1, CONTEXT - 1),
             family.call_dims(config, tokens, CONTEXT - tokens)]
    for phase, steps in plan.phases.items():
        for step in steps:
            where = f"{phase}: {step.kernel}"
            assert step.kernel in KERNELS, f"{where}: not a generated kernel"
            kernel = KERNELS[step.kernel]
            bound = {b for b, _ in kernel.bindings}
            assert bound == set(step.buffers), f"{where}: binds {sorted(step.buffers)}, the kernel has {sorted(bound)}"
            for binding, buffer in step.buffers.items():
                assert buffer in plan.buffers, f"{where}: {binding} -> {buffer!r} is not a plan buffer"
            written = {step.buffers[b] for b, rw in kernel.bindings if rw}
            read = {step.buffers[b] for b, rw in kernel.bindings if not rw}
            assert not written & read, f"{where}: reads and writes {written & read}"
            needed = {u for u, _ in kernel.uniform if u != "packGridDimX"}
            assert needed <= set(step.scalars), f"{where}: scalars {sorted(needed - set(step.scalars))} missing"
            for dims in calls:
                (x, y, z), _ = kernel.grid_size(step.resolve({**dims, **ENGINE_DIMS}))
                assert x >= 1 and y >= 1 and z >= 1


@pytest.mark.parametrize("profile,precision", [("cpu", "f32"), ("gpu", "f32"), ("gpu", "f16")])
def test_mixed_format_parts_cut_for_the_binding(profile, precision):
    """A Q4_K_M-style model (qkv and gate_up in row parts of different formats, lowering.RowParts) on a device
    whose binding cuts those parts again: every step still names a generated kernel, and the nested parts
    have their own scratch (no step reads the buffer it writes)."""
    spec = SYNTHETIC["smollm2-135m"]
    config, quant = quant_for(spec, "q4_k")
    for i in range(2):
        for m, formats in (("qkv", ("q4_k", None, "q6_k")), ("gate_up", ("q4_k", "q6_k"))):
            del quant[f"layers.{i}.{m}"]
            quant.update({f"layers.{i}.{m}.part{k}": f for k, f in enumerate(formats) if f})
    family = FAMILIES[config["architecture"]]
    extra = {"precision": precision} if precision != "f32" else {}
    limits = {"max-storage-buffer-binding-size": 256 << 10}
    plan = family.build_plan(config, quant, CONTEXT, 64, profile=profile, limits=limits, **extra)
    assert "layers.0.gate_up.part1.part1.q" in plan.buffers and "row_parts.out1" in plan.buffers
    assert all(b.nbytes <= limits["max-storage-buffer-binding-size"] for b in plan.buffers.values() if b.kind == "weight")
    check_against_manifest(family, config, plan, 64)


def test_q4_k_m_decode_takes_the_int8_products():
    """The 8B-class Q4_K_M mix (bench's llama-8b-q4km: q4_k, q6_k down and head) decodes through gemv8_* over
    int8 activations (act_q8_*, the attention's int8 output), the head too (act_q8 + gemv8_q6_k), and no
    per-element gemv_*."""
    spec = SYNTHETIC["llama-8b-q4km"]
    config, quant = quant_for(spec, "q4_k")
    quant.update({"layers.0.down": "q6_k", "layers.1.down": "q6_k", "lm_head": "q6_k"})
    family = FAMILIES[config["architecture"]]
    plan = family.build_plan(config, quant, CONTEXT, 64, profile="gpu")
    check_against_manifest(family, config, plan, 64)
    # cut for a binding of 128 MiB (a browser's default): the head in row parts, its int8 input made once
    split = family.build_plan(config, quant, CONTEXT, 64, profile="gpu", limits={"max-storage-buffer-binding-size": 128 << 20})
    check_against_manifest(family, config, split, 64)
    head = [s.kernel for s in split.phases["head_last"]]
    assert head.count("act_q8") == 1 and head.count("gemv8_q6_k") == head.count("copy_columns") >= 2
    decode = [s.kernel for s in plan.phases["body_decode"]]
    assert decode.count("gemv8_q4_k") == 4 and decode.count("gemv8_q4_k_add") == 2 and decode.count("gemv8_q6_k_add") == 2
    assert "attn_decode_rope_q8_gpu" in decode and "act_q8_silu" in decode
    assert [s.kernel for s in plan.phases["head_last"]][-2:] == ["act_q8", "gemv8_q6_k"]
    assert not any(k.startswith("gemv_") for ph in ("body_decode", "head_last") for k in (s.kernel for s in plan.phases[ph]))


# the names the engine adds per call: the head's first row (Engine.logits), logprobs, the sampler's
ENGINE_DIMS = {"row0": 0, "top_logprobs": 5, **SamplerSettings(temperature=0.7, top_k=40, top_p=0.9).call_dims(seed=1, step=0)}


def test_every_family_gets_the_gpu_kernels():
    """The lowering gives every family the GPU schedules on the gpu profile (one-token gemv products and
    the fused decode attention, tiled prefill products), and the barrier-free ones on cpu."""
    for name, spec in SYNTHETIC.items():
        config, quant = quant_for(spec, "q8_0")
        family = FAMILIES[config["architecture"]]
        gpu = family.build_plan(config, quant, CONTEXT, 64, profile="gpu")
        cpu = family.build_plan(config, quant, CONTEXT, 64, profile="cpu")
        decode = {s.kernel for s in gpu.phases["body_decode"]}
        prefill = {s.kernel for s in gpu.phases["body"]}
        assert any(k.startswith("gemv") for k in decode), (name, decode)
        assert "attn_decode_rope_gpu" in decode, (name, decode)
        assert any(k.startswith("mmt_") for k in prefill), (name, prefill)
        assert not any(k.startswith(("gemv", "mmt_")) or k.endswith("_gpu") for ph in cpu.phases.values() for k in (s.kernel for s in ph)), name
