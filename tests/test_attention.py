"""GPU decode attention (models/llama.py) in a whole plan: the tiny random Llama (3 query heads on 1 KV
head, head dim 32) decoding at positions past 2 * ATTN_SPLIT, with the split threshold
(ATTN_DECODE_SPLIT_BYTES) set inside that range, so that the first steps run the one-dispatch
attn_decode_rope_gpu (phase body_decode) and the rest the split attention (attn_decode_rope_split_gpu +
attn_combine_gpu, phase body_decode_long) over spans of ATTN_SPLIT positions, 3+ of them to merge. The
"gpu" plan on this adapter against the float64 reference
running the same plan (its twins model the partial buffer attn_part) and against the reference running
the "cpu" plan (scores, softmax, p @ v over the whole context: no splits)."""

import numpy as np
import pytest

from tabllm.engine import Engine
from tabllm.lowering import ATTN_SPLIT
from tabllm.runtime.reference import ReferenceExecutor
from tabllm.runtime.wgpu_executor import WgpuExecutor
from tabllm.sampling import SamplerSettings

CONTEXT = 256  # the tiny model's context


class _ReferenceGpuPlan(ReferenceExecutor):
    kernel_profile = "gpu"


def _decode(engine, prompt, steps):
    """Greedy ids, and the logits of the last decode step (left in the plan's logits buffer, row 0)."""
    ids = list(engine.stream_ids(prompt, steps, SamplerSettings(temperature=0), stop_at_eos=False))
    V = engine.config["vocab_size"]
    return ids, np.asarray(engine.executor.read("logits", "f32", V), np.float64)


def test_split_decode_attention_in_the_plan(tiny_model_dir, gpu_adapter, monkeypatch):
    from tabllm import lowering

    prompt = list(np.random.default_rng(5).integers(3, 263, size=2 * ATTN_SPLIT + 20))
    row_bytes = 8 * 32  # K and V of a position, head dim 32
    monkeypatch.setattr(lowering, "ATTN_DECODE_SPLIT_BYTES", (len(prompt) + 4) * row_bytes)  # decode steps 1-3 fused, the rest split
    engines = [Engine(tiny_model_dir, WgpuExecutor(profile="gpu"), context_length=CONTEXT, precision="f32"),
               Engine(tiny_model_dir, _ReferenceGpuPlan(), context_length=CONTEXT, precision="f32"),
               Engine(tiny_model_dir, ReferenceExecutor(), context_length=CONTEXT, precision="f32")]
    try:
        kernels = [{s.kernel for s in e.plan.phases.get("body_decode_long", [])} for e in engines]
        assert {"attn_decode_rope_split_gpu", "attn_combine_gpu"} <= kernels[0] and kernels[0] == kernels[1]
        assert "attn_decode_rope_gpu" in {s.kernel for s in engines[0].plan.phases["body_decode"]}
        assert [engines[0].decode_phase(len(prompt) + k) for k in (2, 3)] == ["body_decode", "body_decode_long"]
        (gpu_ids, gpu_logits), (ref_ids, ref_logits), (cpu_ids, cpu_logits) = (_decode(e, prompt, 12) for e in engines)
        assert gpu_ids == ref_ids == cpu_ids
        scale = np.abs(ref_logits).max()
        assert np.abs(ref_logits - cpu_logits).max() < 1e-9 * scale  # float64 both: splitting changes nothing
        assert np.abs(gpu_logits - ref_logits).max() < 1e-4 * scale
    finally:
        for e in engines:
            e.release()


def test_split_prefill_attention_in_the_plan(tiny_model_dir, gpu_adapter, monkeypatch):
    """GPU prefill attention on a prompt of three chunks (L = 64, 128, 150): the first chunk in one
    attn_prefill_gpu dispatch (phase body), the others, from ATTN_PREFILL_LONG_L (set to 100 here) attended
    positions, split over spans of key positions (attn_prefill_split_gpu + attn_combine_gpu, phase
    body_long: 4 spans of 32 keys, then 4 of up to 38): the logits against the float64 reference running
    the "cpu" plan."""
    from tabllm import lowering

    monkeypatch.setattr(lowering, "ATTN_PREFILL_SPLITS", 4)
    monkeypatch.setattr(lowering, "ATTN_PREFILL_MIN_SPAN", 16)
    monkeypatch.setattr(lowering, "ATTN_PREFILL_LONG_L", 100)
    prompt = list(np.random.default_rng(6).integers(3, 263, size=150))
    engines = [Engine(tiny_model_dir, WgpuExecutor(profile="gpu"), context_length=CONTEXT, precision="f32"),
               Engine(tiny_model_dir, ReferenceExecutor(), context_length=CONTEXT, precision="f32")]
    try:
        assert {"attn_prefill_split_gpu", "attn_combine_gpu"} <= {s.kernel for s in engines[0].plan.phases["body_long"]}
        assert "attn_prefill_gpu" in {s.kernel for s in engines[0].plan.phases["body"]}
        assert [engines[0].prefill_phase(L) for L in (64, 99, 100, 150)] == ["body", "body", "body_long", "body_long"]
        assert len(prompt) > 2 * engines[0].plan.max_tokens_per_call
        got, want = (e.logits(prompt)[-4:] for e in engines)
        assert np.abs(got - want).max() < 1e-4 * np.abs(want).max()
    finally:
        for e in engines:
            e.release()


@pytest.mark.parametrize("rows", [128, 256])
def test_prefill_in_chunks_of_many_rows(tiny_model_dir, gpu_adapter, rows):
    """Prefill chunks of more than 64 rows (wide models take 256: engine.default_tokens_per_call; the tiny
    model is narrow, so it is asked for): a 250-token prompt is two chunks of 128 and 122 rows, or one of
    250 (4 row tiles of the tiled products, the last partial; prefill attention over 250 query rows): the
    logits against the float64 reference running the "cpu" plan."""
    prompt = list(np.random.default_rng(7).integers(3, 263, size=CONTEXT - 6))
    engines = [Engine(tiny_model_dir, WgpuExecutor(profile="gpu"), context_length=CONTEXT, tokens_per_call=rows,
                      precision="f32"),
               Engine(tiny_model_dir, ReferenceExecutor(), context_length=CONTEXT, precision="f32")]
    try:
        assert engines[0].plan.max_tokens_per_call == rows
        got, want = (e.logits(prompt)[-4:] for e in engines)
        assert np.abs(got - want).max() < 1e-4 * np.abs(want).max()
    finally:
        for e in engines:
            e.release()
