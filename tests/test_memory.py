"""Host memory stays flat over many decode steps (issue: memory grew with every generated token).

The cause was Mesa's lavapipe (Mesa 22.3): it compiled and kept a new shader variant whenever a kernel
with uniform-dependent loops (rms_norm, ...) ran after a change of bind group, ~470 KiB a dispatch
(runtime/wgpu_executor.py, UNIFORM_DECL). The tiny test model's shapes did not trigger it; a model of
SmolLM2's width with two layers does (before the fix: 284 MiB over 130 steps here, ~2.2 MiB a step).
"""

import pytest

from tabllm.bench import synthetic_engine
from tabllm.sampling import SamplerSettings

STEPS, WARMUP = 80, 10
BOUND_MIB = 8.0  # growth allowed after warm-up: allocator noise, far below the leak's ~150 MiB over 70 steps


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


@pytest.fixture(scope="module")
def narrow_engine(gpu_adapter):
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    # SmolLM2's width (d 576, 9 / 3 heads of 64, FFN 1536), 2 layers and a small vocabulary: fast on lavapipe
    engine = synthetic_engine("smollm2-135m", WgpuExecutor(), context_length=256, precision="f32",
                              overrides={"num_layers": 2, "vocab_size": 2048})
    yield engine
    engine.release()


@pytest.mark.parametrize("queued", [True, False], ids=["queued-steps", "one-step-at-a-time"])
def test_host_memory_flat_over_decode_steps(narrow_engine, queued, monkeypatch):
    import tabllm.engine

    if not queued:  # the path of constrained decoding (JSON mode) and of executors without encode/submit/fetch
        monkeypatch.setattr(tabllm.engine, "QUEUED_STEPS", 0)
    ids = list(range(5, 37))
    rss = []
    for _ in narrow_engine.stream_ids(ids, STEPS, SamplerSettings(temperature=0), stop_at_eos=False):
        rss.append(rss_mib())
    assert len(rss) == STEPS
    growth = rss[-1] - rss[WARMUP]
    print(f"RSS after {WARMUP} steps {rss[WARMUP]:.1f} MiB, after {STEPS} {rss[-1]:.1f} MiB")
    assert growth < BOUND_MIB, f"host memory grew {growth:.1f} MiB over {STEPS - WARMUP} decode steps"
