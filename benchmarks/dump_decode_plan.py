"""The bundled SmolLM2's GPU-profile plan (Plan.bridge_spec, as JsExecutor.prepare sends it) and one decode call at 600
positions, as JSON for benchmarks/bridge_run_cost.mjs.   .venv/bin/python benchmarks/dump_decode_plan.py OUT.json"""
import json, sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "app" / "py")]
from tabllm.convert import default_model_dir
from tabllm.weights import load_config
from tabllm.models import llama
from tabllm.sampling import SamplerSettings
m = default_model_dir(); cfg = load_config(m); idx = json.loads((m / "weights" / "index.json").read_text())
p = llama.build_plan(cfg, idx["quant"], 1024, 64, profile="gpu")
phases = ["body_decode_long", "head_last", "greedy"]
dims = {**llama.call_dims(cfg, 1, 600), **SamplerSettings(temperature=0).call_dims(0, 1)}
json.dump({"plan": p.bridge_spec(), "phases": phases, "dims": dims, "count": p.dispatch_count(*phases)}, open(sys.argv[1], "w"))
