"""Llama family (SmolLM2, Llama 2/3, TinyLlama, Mistral without sliding window) as a Plan.

Per layer, for n tokens at positions pos0 .. pos0+n-1 (D = hidden, F = FFN, H/Hkv heads, hd head dim,
C = KV capacity, L = pos0 + n):
    xn   [n, D]          = rms_norm(x) * attn_norm
    qkv  [n, (H+2Hkv)hd] = xn @ Wqkv^T
    q    [n, H, hd]      = rope(q part);  k/v parts -> RoPE'd into k_cache / v_cache [Hkv, C, hd] at pos0
    att  [n, H*hd]       = softmax(q . k_cache / sqrt(hd), causal) @ v_cache
    x2   [n, D]          = x + att @ Wo^T
    xn   [n, D]          = rms_norm(x2) * ffn_norm
    gu   [n, 2F]         = xn @ Wgate_up^T
    h    [n, F]          = silu(gate) * up
    x    [n, D]          = x2 + h @ Wdown^T
Head: xf = rms_norm(x[rows]) * final_norm; logits = xf @ Wlm^T (the embedding when tied); then the
sampling phases (tabllm.sampling) turn the last row's logits into the next token id.
The kernels that compute each line (fused ones for a GPU decode step, tiled ones for prefill, int8
activations for wide models, split attention for long contexts) are chosen in tabllm.lowering.

Precision "f16" (devices with shader-f16): xn, qkv (and qkv_raw), q, att, gu, h and the KV caches are
stored as f16 and the layers run the kernels' *_f16 variants, which widen every load to f32 and compute
and sum in f32 (f16 is storage: half the KV-cache memory and half the activation bytes). The residual
stream x / x2, the scores s / p (the mask value does not fit f16), the head (xf, logits) and sampling
stay f32, so the head and sampling kernels are the f32 ones.
"""

import math
from array import array

from ..errors import TabllmError
from ..lowering import Attention, Lowering, Phase, linear_weights
from ..lowering import call_dims as lowering_call_dims
from ..plan import Plan, Step
from ..sampling import add_sampling_phases


def rope_tables(config: dict, capacity: int):
    """cos, sin [capacity, hd/2] as flat f32 array.array (float64 math, rounded once), NeoX order
    (rotate_half), with Llama 3 scaling. Plain Python so that the page (Pyodide, no numpy) builds the
    same tables as CPython."""
    hd = config["head_dim"]
    inv_freq = [1.0 / (config["rope_theta"] ** (i / hd)) for i in range(0, hd, 2)]
    scaling = config.get("rope_scaling")
    if scaling:
        kind = scaling.get("rope_type", scaling.get("type"))
        if kind != "llama3":
            raise TabllmError(f"rope scaling {kind!r} is not supported (supported: llama3)")
        factor, low, high = scaling["factor"], scaling["low_freq_factor"], scaling["high_freq_factor"]
        old_ctx = scaling["original_max_position_embeddings"]

        def scaled(f):
            wavelen = 2 * math.pi / f
            if wavelen > old_ctx / low:
                return f / factor
            if wavelen >= old_ctx / high:  # between the two thresholds: interpolate
                smooth = (old_ctx / wavelen - low) / (high - low)
                return (1 - smooth) * f / factor + smooth * f
            return f

        inv_freq = [scaled(f) for f in inv_freq]
    cos, sin = array("f"), array("f")
    for pos in range(capacity):
        angles = [pos * f for f in inv_freq]
        cos.extend(map(math.cos, angles))
        sin.extend(map(math.sin, angles))
    return cos, sin


F16_PLAN = True  # build_plan has precision "f16" (Engine: precision "auto" picks it where the device has shader-f16)


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu",
               precision: str = "f32") -> Plan:
    """profile: "cpu" (CPU Vulkan such as lavapipe) or "gpu": the same math, lowered to the kernels the
    device prefers (tabllm.lowering). precision: "f32", or "f16" (f16 storage of the layers' activations
    and KV cache: see the top)."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    C, T = context_length, max_tokens_per_call
    eps = float(config["rms_norm_eps"])
    if H % Hkv:
        raise TabllmError(f"num_heads {H} is not a multiple of num_kv_heads {Hkv}")
    if hd % 4 or D % 32 or F % 32 or (H * hd) % 32:
        raise TabllmError("hidden, FFN and attention widths must be multiples of 32 (head dim of 4) for the kernels")
    if profile not in ("cpu", "gpu"):
        raise TabllmError(f"unknown kernel profile {profile!r}")
    if precision not in ("f32", "f16"):
        raise TabllmError(f"unknown precision {precision!r}")
    plan = Plan(max_tokens_per_call=T, context_length=C, profile=profile, precision=precision, hidden="xf")
    attn = Attention(H, Hkv, hd, C)
    low = Lowering(plan, attn, eps)
    act = precision  # storage of the activations that feed products, and of the KV cache
    plan.tables["rope.cos"], plan.tables["rope.sin"] = rope_tables(config, C)
    plan.add_buffer("rope.cos", "f32", (C, hd // 2), "table")
    plan.add_buffer("rope.sin", "f32", (C, hd // 2), "table")
    rope = {"cos": "rope.cos", "sin": "rope.sin"}

    # activations, sized for T rows
    plan.add_buffer("ids", "i32", (T,))
    plan.add_buffer("x", "f32", (T, D))
    plan.add_buffer("x2", "f32", (T, D))
    plan.add_buffer("xn", act, (T, D))
    plan.add_buffer("qkv", act, (T, attn.width))
    if config.get("qkv_bias"):  # Qwen2: q, k, v have biases
        plan.add_buffer("qkv_raw", act, (T, attn.width))
    plan.add_buffer("q", act, (T, H * hd))
    plan.add_buffer("att", act, (T, H * hd))
    plan.add_buffer("gu", act, (T, 2 * F))
    plan.add_buffer("h", act, (T, F))
    plan.add_buffer("xf", "f32", (T, D))  # final-normed hidden states: the head's input (f32 in both precisions)
    plan.add_buffer("logits", "f32", (plan.logit_rows, V))

    embed_fmt, embed_bind = linear_weights(plan, quant, "embed", V, D)
    phases = low.layer_phases([Step(f"embed_{embed_fmt}", {"ids": "ids", "out": "x", **embed_bind}, {"n": "n", "K": D})])
    for i in range(config["num_layers"]):
        p = f"layers.{i}"
        attn_norm = plan.add_buffer(f"{p}.attn_norm", "f32", (D,), "weight")
        ffn_norm = plan.add_buffer(f"{p}.ffn_norm", "f32", (D,), "weight")
        qkv_fmt, qkv = linear_weights(plan, quant, f"{p}.qkv", attn.width, D)
        o_fmt, o = linear_weights(plan, quant, f"{p}.o", D, H * hd)
        gu_fmt, gu = linear_weights(plan, quant, f"{p}.gate_up", 2 * F, D)
        down_fmt, down = linear_weights(plan, quant, f"{p}.down", D, F)
        k_cache = plan.add_buffer(f"{p}.k_cache", act, (Hkv, C, hd))
        v_cache = plan.add_buffer(f"{p}.v_cache", act, (Hkv, C, hd))
        qkv_bias = plan.add_buffer(f"{p}.qkv_bias", "f32", (attn.width,), "weight") if config.get("qkv_bias") else None
        for ph in phases:
            if qkv_bias:  # qkv = rms_norm(x) * attn_norm @ Wqkv^T + b
                ph.steps += [*low.normed_product(ph, "x", attn_norm, "xn", qkv_fmt, "qkv_raw", qkv, attn.width, D),
                             Step("add_bias" + low.v16, {"x": "qkv_raw", "b": qkv_bias, "y": "qkv"}, {"n": "n", "N": attn.width})]
            else:  # qkv = rms_norm(x) * attn_norm @ Wqkv^T
                ph.steps += low.normed_product(ph, "x", attn_norm, "xn", qkv_fmt, "qkv", qkv, attn.width, D)
            # x2 = x + attention(rope(q), rope(k), v) @ Wo^T
            ph.steps += low.attention_out(ph, "qkv", "q", k_cache, v_cache, rope, "att", o_fmt, o, D, "x2", residual="x")
            # x = x2 + (silu(gate) * up) @ Wdown^T, gate | up = rms_norm(x2) * ffn_norm @ Wgu^T
            ph.steps += low.gated_mlp(ph, "silu", "x2", ffn_norm, "xn", "gu", "h", gu_fmt, gu, down_fmt, down, D, F,
                                      "x", residual="x2")
    low.finish_phases(phases)
    plan.add_buffer("final_norm", "f32", (D,), "weight")
    if config.get("tie_word_embeddings", False):
        head_fmt, head = embed_fmt, embed_bind
    else:
        head_fmt, head = linear_weights(plan, quant, "lm_head", V, D)

    # head: f32 whatever the precision (variant ""). Logits of rows row0 .. row0 + n - 1 (Engine.logits,
    # n <= plan.logit_rows), or of the last row only (generation, as a one-token product)
    plan.phases["head_all"] = [low.rms_norm("x", "final_norm", "xf", D, row0="row0", variant=""),
                               *low.product(Phase("head_all", False, False), head_fmt, "xf", "logits", head, V, D, variant="")]
    # final-normed hidden states of every row, left in "xf" (plan.hidden; Engine.hidden_states: embeddings)
    plan.phases["hidden_all"] = [low.rms_norm("x", "final_norm", "xf", D, variant="")]
    plan.phases["head_last"] = [low.rms_norm("x", "final_norm", "xf", D, n=1, row0="last_row", variant=""),
                                *low.product(Phase("head_last", True, False), head_fmt, "xf", "logits", head, V, D, n=1, variant="")]
    add_sampling_phases(plan, V)
    return plan


def call_dims(config: dict, n: int, pos0: int) -> dict:
    """Values of the call-time names used in the plan's steps for n tokens at positions pos0..."""
    return lowering_call_dims(config["num_heads"], n, pos0)
