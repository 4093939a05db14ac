"""The CPU executor (runtime/cpu_executor.py: the "cpu" profile's kernels compiled by TVM for this CPU):
every kernel a cpu-profile f32 plan uses against its float64 twin on tests/test_kernels.py's odd shapes
(the same cases, run here with CpuExecutor in place of wgpu-native), the executor contract, and greedy
tokens of the tiny model equal to the WGSL path's. The compiled kernels are cached under TABLLM_HOME
(first run compiles them: ~0.1-0.4 s each)."""

import numpy as np
import pytest

pytest.importorskip("tvm")

import test_kernels as tk  # noqa: E402  (the cases; their `device` fixture is replaced below)
from test_executors import check_plan_calls  # noqa: E402

from tabllm.runtime.cpu_executor import CpuExecutor  # noqa: E402
from tabllm.runtime.executor import Executor  # noqa: E402

FORMATS = tk.FORMATS


@pytest.fixture
def device(monkeypatch):
    """tests/test_kernels.py's run_both with CpuExecutor in the GPU's place."""
    monkeypatch.setattr(tk, "WgpuExecutor", lambda *a: CpuExecutor())
    return ()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n", [1, 7])
@pytest.mark.parametrize("residual", [False, True])
def test_matmul(device, fmt, n, residual):
    tk.test_matmul(device, fmt, n, residual)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n", [1, 13])
@pytest.mark.parametrize("residual", [False, True])
def test_mm8(device, fmt, n, residual):
    tk.test_mm8(device, fmt, n, residual)


@pytest.mark.parametrize("fmt", FORMATS)
def test_embed(device, fmt):
    tk.test_embed(device, fmt)


def test_f16_decodes_every_value_exactly(device):
    tk.test_f16_decodes_every_value_exactly(device)


def test_rms_norm(device):
    tk.test_rms_norm(device, "rms_norm", 77)


def test_rope_qkv(device):
    tk.test_rope_qkv(device)


@pytest.mark.parametrize("n,pos0,C", [(1, 12, 29), (6, 0, 29), (1, 130, 150)])
@pytest.mark.parametrize("window", [None, 3])
def test_attention(device, n, pos0, C, window):
    tk.test_attention(device, n, pos0, C, window, False)


@pytest.mark.parametrize("case", ["silu_mul", "rms_norm_add", "head_rms_norm", "gelu_mul", "gelu", "layer_norm",
                                  "add_positions", "scale_rows", "add_bias", "copy_columns", "part_ids_and_merge_rows"])
def test_elementwise(device, case):
    getattr(tk, f"test_{case}")(device)


@pytest.mark.parametrize("V", [1, 333, 49157])
def test_argmax(device, V):
    tk.test_argmax(device, V)


@pytest.mark.parametrize("V", [5, 4099])
def test_sample_scores(device, V):
    tk.test_sample_scores(device, V)


def test_executor_keeps_the_contract():
    """tests/test_executors.py's plan and calls (uploads at offsets, changing call dims, reads)."""
    ex = CpuExecutor()
    assert isinstance(ex, Executor) and ex.kernel_profile == "cpu"
    check_plan_calls(ex, read_at_offset=False)
    ex.release()


# --- whole models -------------------------------------------------------------------------------------------

def _greedy():
    from tabllm.sampling import SamplerSettings

    return SamplerSettings(temperature=0)


def test_tiny_model_greedy_tokens_equal_the_wgsl_path(tiny_model_dir, gpu_adapter):
    """The tiny Llama's greedy tokens (a 2-chunk prefill, then decode) on the CPU executor and on wgpu-native
    (the same cpu-profile f32 plan), and its logits within 1e-4 of each other."""
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    cpu = Engine(tiny_model_dir, CpuExecutor(), context_length=64, tokens_per_call=8, precision="f32")
    gpu = Engine(tiny_model_dir, WgpuExecutor(profile="cpu"), context_length=64, tokens_per_call=8, precision="f32")
    ids = cpu.tokenizer.encode("the the in he the in")[:11]
    assert len(ids) > 8  # two prefill chunks
    got = list(cpu.stream_ids(ids, 24, _greedy(), stop_at_eos=False))
    want = list(gpu.stream_ids(ids, 24, _greedy(), stop_at_eos=False))
    assert got == want and len(got) == 24
    a, b = cpu.logits(ids), gpu.logits(ids)
    assert np.abs(a - b).max() / np.abs(b).max() < 1e-4
    cpu.release()
    gpu.release()


def test_tiny_model_sampling_and_logprobs_equal_the_wgsl_path(tiny_model_dir, gpu_adapter):
    """Seeded sampling with top-k / top-p and penalties, and logprobs: top_threshold and token_logprobs have
    no CPU kernel (workgroup barriers) and run as their float64 twins, which keep the WGSL kernels' semantics:
    the same tokens as wgpu-native's for the same seed."""
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.sampling import SamplerSettings

    settings = SamplerSettings(temperature=0.9, top_k=20, top_p=0.9, seed=7, repetition_penalty=1.2)
    runs = []
    for ex in (CpuExecutor(), WgpuExecutor(profile="cpu")):
        e = Engine(tiny_model_dir, ex, context_length=64, tokens_per_call=8, precision="f32")
        ids = e.tokenizer.encode("the in he")
        runs.append((list(e.stream_ids(ids, 16, settings, stop_at_eos=False)),
                     list(e.stream_ids(ids, 6, SamplerSettings(temperature=0), stop_at_eos=False, logprobs=3))))
        e.release()
    assert runs[0] == runs[1] and len(runs[0][0]) == 16


def test_smollm2_logits_match_the_float64_reference():
    """The real SmolLM2-135M (the bundled default model) on the CPU executor: the logits of 32 tokens of text
    (the prefill kernels and the head) within 1e-3 of the float64 reference's (per position, relative to its
    largest logit; as tests/test_model.py asks of the WGSL path), with the same top-1. Its greedy tokens (the
    decode kernels) are checked in tests/test_model.py against the reference's recorded ids (3 prompts x 32
    tokens). (~10-25 s, nearly all of it the float64 reference.)"""
    from test_model import CONTEXT, text_ids

    from tabllm.convert import default_model_dir
    from tabllm.engine import Engine
    from tabllm.runtime.reference import ReferenceExecutor

    cpu = Engine(default_model_dir(), CpuExecutor(), context_length=CONTEXT, precision="f32")
    ref = Engine(default_model_dir(), ReferenceExecutor(), context_length=CONTEXT, precision="f32")
    ids = text_ids(cpu, 32)
    got, want = cpu.logits(ids), ref.logits(ids)
    rel = np.abs(got - want).max(axis=1) / np.abs(want).max(axis=1)
    assert rel.max() < 1e-3, rel.max()
    assert np.array_equal(got.argmax(axis=1), want.argmax(axis=1))
    cpu.release()
    ref.release()


def test_auto_device_takes_the_cpu_for_software_adapters():
    """--device auto: the CPU executor where wgpu finds only a CPU emulation of a GPU (lavapipe here)."""
    from tabllm.errors import TabllmError
    from tabllm.runtime import devices

    lavapipe = {"vendor": "llvmpipe", "device": "llvmpipe (LLVM 15.0.6, 256 bits)", "adapter_type": "CPU"}
    swiftshader = {"vendor": "Google", "device": "SwiftShader Device (Subzero)", "adapter_type": "CPU"}
    nvidia = {"vendor": "NVIDIA", "device": "NVIDIA H100 80GB HBM3", "adapter_type": "DiscreteGPU"}
    assert devices.software_adapter(lavapipe) and devices.software_adapter(swiftshader)
    assert not devices.software_adapter(nvidia)
    assert isinstance(devices.make_executor("cpu"), CpuExecutor)
    if not devices.hardware_gpu():
        assert isinstance(devices.make_executor("auto"), CpuExecutor)
    with pytest.raises(TabllmError, match="device must be one of"):
        devices.make_executor("tpu")


def test_bench_on_the_cpu(tiny_model_dir, capsys):
    """`tabllm bench --device cpu --json`: the figures of tabllm.bench.run_bench on the CPU executor, a decode
    step being the plan's decode phase, head and sampler in one run()."""
    import json

    from tabllm.cli import main
    from tabllm.engine import Engine

    main(["bench", "--device", "cpu", "--model", str(tiny_model_dir), "--prompt-tokens", "9", "--decode-tokens", "3",
          "--json", "--temperature", "0.7", "--top-k", "5"])
    r = json.loads(capsys.readouterr().out)
    assert r["prompt_tokens"] == 9 and r["decode_tokens"] == 3 and r["generated"] == 4 and r["adapter"].startswith("CPU")
    engine = Engine(tiny_model_dir, CpuExecutor(), context_length=r["context_length"], tokens_per_call=r["tokens_per_call"])
    step = engine.plan.dispatch_count(engine.decode_phase(10), "head_last", "sample_top")
    engine.release()
    assert r["dispatches_per_decode_token"] == step and r["submits_per_decode_token"] == 1
    assert r["prefill_tok_s"] > 0 and r["decode_tok_s"] > 0
