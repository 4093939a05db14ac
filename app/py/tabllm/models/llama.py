"""Llama family (SmolLM2, Llama 2/3, TinyLlama, Mistral, and through config branches Qwen2, Qwen3 and
Phi-3) as a Plan.

Per layer, for n tokens at positions pos0 .. pos0+n-1 (D = hidden, F = FFN, H/Hkv heads, hd head dim,
C = KV capacity, L = pos0 + n):
    xn   [n, D]          = rms_norm(x) * attn_norm
    qkv  [n, (H+2Hkv)hd] = xn @ Wqkv^T (+ qkv_bias: Qwen2); Qwen3 (qk_norm): then each q head
                           rms_norm(q_h) * q_norm, each k head rms_norm(k_h) * k_norm
    q    [n, H, hd]      = rope(q part);  k/v parts -> RoPE'd into k_cache / v_cache [Hkv, C, hd] at pos0
                           (rope_tables: the config's rope scaling, linear / llama3 / yarn / longrope)
    att  [n, H*hd]       = softmax(q . k_cache / sqrt(hd), causal) @ v_cache; with sliding_window
                           (Mistral, Phi-3) over the last sliding_window positions only
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
from . import debug_phases, layer_range


ROPE_SCALINGS = ("linear", "llama3", "yarn", "longrope", "freq_factors")  # config rope_scaling rope_type (or type)


def rope_scaling_kind(config: dict):
    """The rope_scaling kind of a config ("rope_type", or the older "type"), None without scaling."""
    scaling = config.get("rope_scaling")
    return scaling.get("rope_type", scaling.get("type")) if scaling else None


def rope_frequencies(config: dict, capacity: int):
    """(inverse frequencies [hd/2], attention factor) of the config's RoPE, as HF transformers'
    modeling_rope_utils computes them (float64 here), for a KV capacity of `capacity` positions:
        linear        theta_i / factor
        llama3        Llama 3.1: low frequencies / factor, high ones kept, the band between interpolated
        yarn          YaRN: interpolated (/ factor) below the correction range, extrapolated above it, a
                      linear ramp between; cos and sin scaled by attention_factor (0.1 ln(factor) + 1)
        longrope      Phi-3 (su): theta_i / long_factor[i] where the context exceeds the original one, else
                      / short_factor[i] (HF picks per sequence length, llama.cpp and this per context size);
                      attention_factor sqrt(1 + ln(factor) / ln(original))
        freq_factors  a GGUF's per-frequency divisors (tensor rope_freqs.weight: Llama 3.1 as llama.cpp
                      stores it): theta_i / factors[i]
    The attention factor multiplies the cos / sin tables, so q . k is scaled by its square, as in HF.
    Partial rotary embeddings (rope_dim < head_dim, Phi-4-mini): rope_dim / 2 frequencies of a rope_dim-wide
    rotation (rope_tables leaves the other pairs unrotated)."""
    hd = config.get("rope_dim") or config["head_dim"]  # the rotated dimensions
    base = config["rope_theta"]
    inv_freq = [1.0 / (base ** (i / hd)) for i in range(0, hd, 2)]
    kind, s = rope_scaling_kind(config), config.get("rope_scaling")
    if kind is None or kind == "default":
        return inv_freq, 1.0
    if kind == "linear":
        return [f / s["factor"] for f in inv_freq], 1.0
    if kind == "freq_factors":
        return [f / c for f, c in zip(inv_freq, s["factors"], strict=True)], 1.0
    if kind == "llama3":
        factor, low, high = s["factor"], s["low_freq_factor"], s["high_freq_factor"]
        old_ctx = s["original_max_position_embeddings"]

        def scaled(f):
            wavelen = 2 * math.pi / f
            if wavelen > old_ctx / low:
                return f / factor
            if wavelen >= old_ctx / high:  # between the two thresholds: interpolate
                smooth = (old_ctx / wavelen - low) / (high - low)
                return (1 - smooth) * f / factor + smooth * f
            return f

        return [scaled(f) for f in inv_freq], 1.0
    if kind == "yarn":
        factor, old_ctx = s["factor"], s["original_max_position_embeddings"]
        attention = s.get("attention_factor")
        if attention is None:
            def mscale(m=1.0):
                return 1.0 if factor <= 1 else 0.1 * m * math.log(factor) + 1.0
            attention = mscale(s["mscale"]) / mscale(s["mscale_all_dim"]) if s.get("mscale") and s.get("mscale_all_dim") else mscale()

        def correction_dim(rotations):  # the dimension whose wavelength makes `rotations` turns in old_ctx
            return hd * math.log(old_ctx / (rotations * 2 * math.pi)) / (2 * math.log(base))

        low, high = correction_dim(s.get("beta_fast") or 32), correction_dim(s.get("beta_slow") or 1)
        if s.get("truncate", True):
            low, high = math.floor(low), math.ceil(high)
        low, high = max(low, 0), min(high, hd - 1)
        if low == high:
            high += 0.001  # (HF: no division by zero)
        out = []
        for i, f in enumerate(inv_freq):
            extrapolate = 1 - min(max((i - low) / (high - low), 0.0), 1.0)  # 1 for the fast dimensions
            out.append(f / factor * (1 - extrapolate) + f * extrapolate)
        return out, attention
    if kind == "longrope":
        old_ctx = s["original_max_position_embeddings"]
        ext = s["long_factor"] if capacity > old_ctx else s["short_factor"]
        attention = s.get("attention_factor")
        if attention is None:
            factor = s["factor"]
            attention = 1.0 if factor <= 1 else math.sqrt(1 + math.log(factor) / math.log(old_ctx))
        return [f / e for f, e in zip(inv_freq, ext, strict=True)], attention
    raise TabllmError(f"rope scaling {kind!r} is not supported (supported: {', '.join(ROPE_SCALINGS)})")


def rope_tables(config: dict, capacity: int):
    """cos, sin [capacity, hd/2] as flat f32 array.array (float64 math, rounded once), NeoX order
    (rotate_half: dimension i pairs with i + hd/2), with the config's rope scaling (rope_frequencies). Plain
    Python so that the page (Pyodide, no numpy) builds the same tables as CPython.
    Partial rotary embeddings (rope_dim < head_dim): the converters store each q / k head's rows as [rotated
    first half, unrotated first half, rotated second half, unrotated second half] (convert.rotary_row_order),
    so the first rope_dim / 2 pairs rotate as HF's rotate_half over rope_dim does, and the other pairs get
    cos 1, sin 0 (not scaled by the attention factor, as HF passes them through)."""
    inv_freq, attention = rope_frequencies(config, capacity)
    still = config["head_dim"] // 2 - len(inv_freq)  # unrotated pairs
    cos, sin = array("f"), array("f")
    for pos in range(capacity):
        angles = [pos * f for f in inv_freq]
        cos.extend(attention * math.cos(a) for a in angles)
        sin.extend(attention * math.sin(a) for a in angles)
        cos.extend([1.0] * still)
        sin.extend([0.0] * still)
    return cos, sin


F16_PLAN = True  # build_plan has precision "f16" (Engine: precision "auto" picks it where the device has shader-f16)
DEBUG_PLAN = True  # build_plan has debug=True: the phases of the teaching views (lowering.inside_phase, tabllm.teach)


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu",
               precision: str = "f32", limits: dict | None = None, layers: tuple | None = None,
               debug: bool = False) -> Plan:
    """profile: "cpu" (CPU Vulkan such as lavapipe) or "gpu": the same math, lowered to the kernels the
    device prefers (tabllm.lowering). precision: "f32", or "f16" (f16 storage of the layers' activations
    and KV cache: see the top). layers: (a, b), the layers [a, b) only (None: all; models.layer_range):
    the embedding only where a = 0 (else x [n, D] is uploaded), the head and sampling only where b is the
    last layer (else the phases leave x [n, D] for the next part); KV caches and weights of these layers only."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    C, T = context_length, max_tokens_per_call
    eps = float(config["rms_norm_eps"])
    first, last = layer_range(config, layers)
    with_head = last == config["num_layers"]  # the plan ends with the final norm, the head and sampling
    if H % Hkv:
        raise TabllmError(f"num_heads {H} is not a multiple of num_kv_heads {Hkv}")
    if hd % 4 or D % 32 or F % 32 or (H * hd) % 32:
        raise TabllmError("hidden, FFN and attention widths must be multiples of 32 (head dim of 4) for the kernels")
    if profile not in ("cpu", "gpu"):
        raise TabllmError(f"unknown kernel profile {profile!r}")
    if precision not in ("f32", "f16"):
        raise TabllmError(f"unknown precision {precision!r}")
    plan = Plan(max_tokens_per_call=T, context_length=C, profile=profile, precision=precision, hidden="xf",
                max_binding=Plan.binding_limit(limits))
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
    qk_norm = bool(config.get("qk_norm"))
    if qk_norm and (precision != "f32" or config.get("qkv_bias")):  # (no head_rms_norm_f16 kernel)
        raise TabllmError("q/k head norms (Qwen3) have an f32 plan only, without q/k/v biases")
    if config.get("qkv_bias") or qk_norm:  # Qwen2: q, k, v have biases; Qwen3: q and k heads are rms-normed
        plan.add_buffer("qkv_raw", act, (T, attn.width))
    # Mistral / Phi-3: each position attends to the last sliding_window positions (itself included)
    window = config.get("sliding_window") or None
    window = window if window and window < C else None
    plan.add_buffer("q", act, (T, H * hd))
    plan.add_buffer("att", act, (T, H * hd))
    plan.add_buffer("gu", act, (T, 2 * F))
    plan.add_buffer("h", act, (T, F))
    if with_head:
        plan.add_buffer("xf", "f32", (T, D))  # final-normed hidden states: the head's input (f32 in both precisions)
        plan.add_buffer("logits", "f32", (plan.logit_rows, V))

    tied = config.get("tie_word_embeddings", False)
    if first == 0 or (with_head and tied):
        embed_fmt, embed_bind = linear_weights(plan, quant, "embed", V, D)
    # x [n, D] = embed(ids); a plan from a later layer starts from x as uploaded
    phases = low.layer_phases(low.embed("ids", "x", embed_fmt, embed_bind, D) if first == 0 else [],
                              debug=debug_phases(debug, config, first, last))
    for i in range(first, last):
        p = f"layers.{i}"
        attn_norm = plan.add_buffer(f"{p}.attn_norm", "f32", (D,), "weight")
        ffn_norm = plan.add_buffer(f"{p}.ffn_norm", "f32", (D,), "weight")
        qkv_fmt, qkv = linear_weights(plan, quant, f"{p}.qkv", attn.width, D, parts=(H * hd, Hkv * hd, Hkv * hd))
        o_fmt, o = linear_weights(plan, quant, f"{p}.o", D, H * hd)
        gu_fmt, gu = linear_weights(plan, quant, f"{p}.gate_up", 2 * F, D, parts=(F, F))
        down_fmt, down = linear_weights(plan, quant, f"{p}.down", D, F)
        k_cache = plan.add_buffer(f"{p}.k_cache", act, (Hkv, C, hd))
        v_cache = plan.add_buffer(f"{p}.v_cache", act, (Hkv, C, hd))
        qkv_bias = plan.add_buffer(f"{p}.qkv_bias", "f32", (attn.width,), "weight") if config.get("qkv_bias") else None
        if qk_norm:
            q_norm = plan.add_buffer(f"{p}.q_norm", "f32", (hd,), "weight")
            k_norm = plan.add_buffer(f"{p}.k_norm", "f32", (hd,), "weight")
        for ph in phases:
            if qkv_bias:  # qkv = rms_norm(x) * attn_norm @ Wqkv^T + b
                ph.steps += [*low.normed_product(ph, "x", attn_norm, "xn", qkv_fmt, "qkv_raw", qkv, attn.width, D),
                             Step("add_bias" + low.v16, {"x": "qkv_raw", "b": qkv_bias, "y": "qkv"}, {"n": "n", "N": attn.width})]
            elif qk_norm:  # qkv = rms_norm(x) * attn_norm @ Wqkv^T, then each q head rms-normed * q_norm, each k head * k_norm
                ph.steps += [*low.normed_product(ph, "x", attn_norm, "xn", qkv_fmt, "qkv_raw", qkv, attn.width, D),
                             low.head_rms_norm("qkv_raw", q_norm, k_norm, "qkv", H, Hkv, hd)]
            else:  # qkv = rms_norm(x) * attn_norm @ Wqkv^T
                ph.steps += low.normed_product(ph, "x", attn_norm, "xn", qkv_fmt, "qkv", qkv, attn.width, D)
            # x2 = x + attention(rope(q), rope(k), v; the last `window` positions) @ Wo^T
            ph.steps += low.attention_out(ph, "qkv", "q", k_cache, v_cache, rope, "att", o_fmt, o, D, "x2", residual="x",
                                          window=window)
            # x = x2 + (silu(gate) * up) @ Wdown^T, gate | up = rms_norm(x2) * ffn_norm @ Wgu^T
            ph.steps += low.gated_mlp(ph, "silu", "x2", ffn_norm, "xn", "gu", "h", gu_fmt, gu, down_fmt, down, D, F,
                                      "x", residual="x2")
        low.keep_layer(phases, "x", i)  # (the debug phase's copies of this layer's rows, where it has one)
    low.finish_phases(phases)
    if not with_head:
        return plan  # the layers leave x [n, D]: the next part's input
    plan.add_buffer("final_norm", "f32", (D,), "weight")
    if tied:
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
    low.lens_phase()  # debug plans: the logit lens, the head over the kept residual rows (and the sampler's logprobs)
    return plan


def call_dims(config: dict, n: int, pos0: int) -> dict:
    """Values of the call-time names used in the plan's steps for n tokens at positions pos0..."""
    return lowering_call_dims(config["num_heads"], n, pos0)
