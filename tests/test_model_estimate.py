"""What a model needs of a GPU, without a device (registry.gpu_estimate): the page's model list and its fit
check (tabllm-site.json "models", js/weights.mjs modelFitProblem) and `tabllm models` read it. The smallest
binding limit it names is exact: the plan built for that limit (matrices split into row parts) fits it, and
one word less is refused by the plan's own check, for the tiny model and SmolLM2."""

from __future__ import annotations

import pytest

from tabllm.engine import FAMILIES, default_tokens_per_call
from tabllm.errors import DeviceError
from tabllm.registry import gpu_estimate, model_summary
from tabllm.weights import load_config, read_index


def plan_at(config, index, context, binding):
    limits = {"max-storage-buffer-binding-size": binding, "max-buffer-size": binding}
    return FAMILIES[config["architecture"]].build_plan(config, index["quant"], context, default_tokens_per_call(config),
                                                       limits=limits), limits


def smollm2_dir():
    from tabllm.convert import default_model_dir

    try:
        return default_model_dir()
    except Exception as e:  # (not converted here, and no network)
        pytest.skip(f"SmolLM2 not available: {e}")


@pytest.mark.parametrize("which", ["tiny", "smollm2"])
def test_min_binding_is_the_smallest_limit_the_split_plan_fits(which, tiny_model_dir):
    model_dir = tiny_model_dir if which == "tiny" else smollm2_dir()
    config, index = load_config(model_dir), read_index(model_dir)
    context = min(2048, config["context_length"])
    estimate = gpu_estimate(config, index, context)
    whole = FAMILIES[config["architecture"]].build_plan(config, index["quant"], context, default_tokens_per_call(config))
    assert estimate["gpu_bytes"] == whole.memory_bytes()
    assert estimate["largest_buffer_bytes"] == max(b.nbytes for b in whole.buffers.values())
    assert estimate["min_binding_bytes"] <= estimate["largest_buffer_bytes"]
    if which == "smollm2":  # its largest buffer (the embedding) splits: the limit is the attention scratch's
        assert estimate["min_binding_bytes"] < estimate["largest_buffer_bytes"] // 4
    plan, limits = plan_at(config, index, context, estimate["min_binding_bytes"])
    plan.check_limits(limits)
    plan, limits = plan_at(config, index, context, estimate["min_binding_bytes"] - 4)
    with pytest.raises(DeviceError, match="does not fit"):
        plan.check_limits(limits)
    summary = model_summary(model_dir, 1 << 20)  # (a context above the model's: the model's own)
    assert summary["context"] == config["context_length"] and summary["weight_bytes"] == sum(s["size"] for s in index["shards"])
