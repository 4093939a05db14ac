"""Qwen2 / Qwen2.5: the Llama block (models/llama.py) plus biases on q, k and v.

The converter sets config["qkv_bias"] and stores layers.{i}.qkv_bias (f32 [(H + 2 Hkv) hd], the q, k
and v biases concatenated like the qkv rows); llama.build_plan then adds one add_bias step after each
qkv product. Everything else (RMSNorm, RoPE with NeoX rotate_half, SwiGLU, GQA) is shared.
"""

from ..errors import UnsupportedModelError
from . import llama

call_dims = llama.call_dims
F16_PLAN = True
DEBUG_PLAN = True  # debug=True: the teaching views' debug phases (llama.build_plan)


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu",
               precision: str = "f32", limits: dict | None = None, layers: tuple | None = None, debug: bool = False):
    if not config.get("qkv_bias"):
        raise UnsupportedModelError("a qwen2 model directory must have q/k/v biases (config qkv_bias)")
    return llama.build_plan(config, quant, context_length, max_tokens_per_call, profile, precision, limits, layers, debug)
