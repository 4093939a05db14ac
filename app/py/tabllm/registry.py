"""The local model registry: every converted model directory under one folder (by default the cache,
$TABLLM_HOME/models or ~/.cache/tabllm/models). The registry is the directories themselves (config.json
and weights/index.json), so there is no list to keep in sync with the disk."""

from pathlib import Path

from .errors import ModelFormatError


def list_models(folder=None) -> list:
    """One dict per model directory in `folder`: name, architecture, quantization, bytes on disk,
    estimated GPU memory at the default context, and required GPU features."""
    from .convert import cache_home
    from .engine import DEFAULT_CONTEXT, FAMILIES, default_tokens_per_call
    from .weights import load_config, read_index

    folder = Path(folder) if folder else cache_home() / "models"
    rows = []
    for model_dir in sorted(p for p in folder.glob("*") if (p / "config.json").is_file()) if folder.is_dir() else []:
        try:
            config, index = load_config(model_dir), read_index(model_dir)
        except ModelFormatError as e:
            rows.append({"name": model_dir.name, "path": str(model_dir), "error": str(e)})
            continue
        family = FAMILIES.get(config["architecture"])
        context = min(DEFAULT_CONTEXT, config["context_length"])
        estimate = gpu_estimate(config, index, context) if family else None
        quant = config.get("quantization", {})
        rows.append({
            "name": config.get("name", model_dir.name),
            "path": str(model_dir),
            "architecture": config["architecture"] + ("" if family else " (unsupported)"),
            "quant": {"linear": quant.get("linear"), "embed": quant.get("embed"), "scheme": quant.get("scheme")},
            "disk_bytes": sum(s["size"] for s in index["shards"]),
            "context": context,
            "gpu_bytes": estimate["gpu_bytes"] if estimate else 0,
            "largest_buffer_bytes": estimate["largest_buffer_bytes"] if estimate else 0,
            # the f32 plan runs everywhere; shader-f16 is optional (the f16 path of the Llama family where present)
            "needs": "none",
        })
    return rows


def gpu_estimate(config: dict, index: dict, context: int) -> dict:
    """What a model needs of a GPU at `context` tokens, from its f32 plan (the f16 path needs less), with no
    device: `gpu_bytes` (every buffer: weights, KV cache, scratch), `largest_buffer_bytes` (the largest buffer
    whole) and `min_binding_bytes`, the largest storage binding it needs however small the device's limit: a
    weight matrix above the limit is split into row parts of PART_ROWS-row multiples (lowering.linear_weights),
    so it needs only PART_ROWS of its rows in one binding; any other buffer (a layer's KV cache, the
    scratch) is bound whole. Used by `tabllm models` and `tabllm build-site` (the page's model list), and by
    the page for a model loaded from a URL (web.model_estimate)."""
    from .engine import FAMILIES, default_tokens_per_call
    from .lowering import PART_ROWS

    family = FAMILIES.get(config.get("architecture"))
    if family is None:
        raise ModelFormatError(f"architecture {config.get('architecture')!r} is not supported")
    plan = family.build_plan(config, index["quant"], context, default_tokens_per_call(config))

    def least_binding(b):
        if b.kind == "weight" and len(b.shape) >= 2 and b.shape[0] > PART_ROWS:
            return -(-b.nbytes * PART_ROWS // b.shape[0])
        return b.nbytes

    return {"gpu_bytes": plan.memory_bytes(), "largest_buffer_bytes": max((b.nbytes for b in plan.buffers.values()), default=0),
            "min_binding_bytes": max((least_binding(b) for b in plan.buffers.values()), default=0)}


def model_summary(model_dir, context: int) -> dict:
    """A model directory as the page lists it (tabllm-site.json's "models", and a model the page loads from a
    URL, written into Pyodide's file system first): name, family, weight bytes, the context its KV cache
    holds (at most `context`, the site's) and gpu_estimate at it. Checks the directory as loading it would
    (load_config, read_index: a ModelFormatError naming the problem)."""
    from .weights import load_config, read_index

    config, index = load_config(model_dir), read_index(model_dir)
    context = min(context, config["context_length"])
    return {"name": config.get("name", Path(model_dir).name), "family": config["architecture"],
            "weight_bytes": sum(s["size"] for s in index["shards"]), "context": context,
            **gpu_estimate(config, index, context)}


def model_summary_json(model_dir, context: int) -> str:
    """model_summary as JSON, for the page's worker (js/worker.mjs)."""
    import json

    return json.dumps(model_summary(model_dir, int(context)))
