"""Qwen3: the Llama block (models/llama.py) with q/k head norms and no q/k/v biases.

The converter sets config["qk_norm"] and stores layers.{i}.q_norm / k_norm (f32 [head_dim]); after the
qkv product llama.build_plan rms-normalizes each q head and each k head over head_dim and scales it by
q_norm / k_norm (the head_rms_norm kernel, Gemma 3's; Qwen3 stores w itself, not Gemma's 1 + w), before
RoPE. Everything else (RMSNorm, RoPE with rope scaling, SwiGLU, GQA, an optional sliding window) is
shared. f32 plan only: head_rms_norm has no f16 variant.
"""

from ..errors import UnsupportedModelError
from . import llama

call_dims = llama.call_dims
DEBUG_PLAN = True  # debug=True: the teaching views' debug phases (llama.build_plan)


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu",
               limits: dict | None = None, layers: tuple | None = None, debug: bool = False):
    if not config.get("qk_norm"):
        raise UnsupportedModelError("a qwen3 model directory must have q/k head norms (config qk_norm)")
    return llama.build_plan(config, quant, context_length, max_tokens_per_call, profile, limits=limits, layers=layers, debug=debug)
