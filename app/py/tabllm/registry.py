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
        plan = family.build_plan(config, index["quant"], context, default_tokens_per_call(config)) if family else None
        quant = config.get("quantization", {})
        rows.append({
            "name": config.get("name", model_dir.name),
            "path": str(model_dir),
            "architecture": config["architecture"] + ("" if family else " (unsupported)"),
            "quant": {"linear": quant.get("linear"), "embed": quant.get("embed"), "scheme": quant.get("scheme")},
            "disk_bytes": sum(s["size"] for s in index["shards"]),
            "context": context,
            "gpu_bytes": plan.memory_bytes() if plan else 0,
            "largest_buffer_bytes": max((b.nbytes for b in plan.buffers.values()), default=0) if plan else 0,
            # the f32 plan runs everywhere; shader-f16 is optional (the f16 path of the Llama family where present)
            "needs": "none",
        })
    return rows
