"""GPT-2 as a Plan.

Per layer, for n tokens at positions pos0 .. pos0+n-1 (D hidden, F = 4D, H heads of hd = D / H):
    x    [n, D]   = embed(ids) + pos_embed[pos0 + i]                   (before layer 0)
    xn   [n, D]   = layer_norm(x) * attn_norm + attn_norm_bias
    qkv  [n, 3D]  = xn @ Wqkv^T + qkv_bias
    att  [n, D]   = softmax(q . k / sqrt(hd)) @ v, causal (no rotary embedding)
    x2   [n, D]   = x + att @ Wo^T + o_bias
    h    [n, F]   = gelu_tanh(layer_norm(x2) @ Wup^T + up_bias)
    x    [n, D]   = x2 + h @ Wdown^T + down_bias
Head: layer_norm(x) * final_norm + final_norm_bias, then the tied embedding as LM head.

The attention is the lowering's rotary attention (tabllm.lowering.rope_attention) run with an identity
rotation table (cos 1, sin 0: x * 1 - y * 0 = x exactly), so the KV cache layout and every attention
kernel (the GPU decode and prefill ones too) are shared with the other families.
"""

from array import array

from ..errors import TabllmError
from ..lowering import Attention, Lowering, Phase, linear_weights
from ..lowering import call_dims as lowering_call_dims
from ..plan import Plan, Step
from ..sampling import add_sampling_phases
from . import debug_phases, layer_range


DEBUG_PLAN = True  # build_plan has debug=True: the phases of the teaching views (lowering.inside_phase, tabllm.teach)


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu",
               limits: dict | None = None, layers: tuple | None = None, debug: bool = False) -> Plan:
    """profile: "cpu" or "gpu", the kernels the device prefers (tabllm.lowering); f32 activations.
    layers: (a, b), the layers [a, b) only (None: all; models.layer_range): the embedding only where a = 0
    (else x [n, D] is uploaded), the head and sampling only where b is the last layer (else the phases leave
    x [n, D] for the next part); KV caches and weights of these layers only. debug: also the debug phases of
    the teaching views (lowering.inside_phase: the lens's row 0 is the token's embedding plus its position's)."""
    D, F, V, P = config["hidden_size"], config["intermediate_size"], config["vocab_size"], config["context_length"]
    H, hd = config["num_heads"], config["head_dim"]
    C, T = context_length, max_tokens_per_call
    eps = float(config["rms_norm_eps"])  # GPT-2's layer_norm_epsilon
    first, last = layer_range(config, layers)
    with_head = last == config["num_layers"]  # the plan ends with the final norm, the head and sampling
    tied = config.get("tie_word_embeddings", True)
    if C > P:
        raise TabllmError(f"GPT-2 has {P} learned positions; the context cannot be {C}")
    if D % 32 or F % 32 or H * hd != D or hd % 4:
        raise TabllmError("GPT-2 widths must be multiples of 32, head_dim of 4, and heads * head_dim = hidden")

    plan = Plan(max_tokens_per_call=T, context_length=C, profile=profile, max_binding=Plan.binding_limit(limits))
    attn = Attention(H, H, hd, C)
    low = Lowering(plan, attn, eps)
    # identity rotation, flat f32 like llama.rope_tables (array.array: the page has no numpy)
    plan.tables["rope.cos"] = array("f", [1.0]) * (C * (hd // 2))
    plan.tables["rope.sin"] = array("f", bytes(4 * C * (hd // 2)))
    plan.add_buffer("rope.cos", "f32", (C, hd // 2), "table")
    plan.add_buffer("rope.sin", "f32", (C, hd // 2), "table")
    rope = {"cos": "rope.cos", "sin": "rope.sin"}
    for name, cols in (("ids", None), ("x", D), ("x2", D), ("xn", D), ("e", D), ("qkv_raw", 3 * D), ("qkv", 3 * D),
                       ("q", D), ("att", D), ("u", F), ("u_b", F), ("h", F)):
        plan.add_buffer(name, "i32" if cols is None else "f32", (T,) if cols is None else (T, cols))
    if with_head:
        plan.add_buffer("logits", "f32", (plan.logit_rows, V))  # head_all: a group of rows at a time
    if first == 0:
        plan.add_buffer("pos_embed", "f32", (P, D), "weight")
    if first == 0 or (with_head and tied):
        embed_fmt, embed_bind = linear_weights(plan, quant, "embed", V, D)
    # a plan from a later layer starts from x [n, D] as uploaded
    phases = low.layer_phases([
        *low.embed("ids", "e", embed_fmt, embed_bind, D),
        Step("add_positions", {"x": "e", "pos_embed": "pos_embed", "y": "x"}, {"n": "n", "K": D, "pos0": "pos0"}),
    ] if first == 0 else [], debug=debug_phases(debug, config, first, last))

    def norm(x, base, y, n="n", row0=0):  # y = layer_norm(x) * w + b
        for suffix in ("", "_bias"):
            plan.add_buffer(base + suffix, "f32", (D,), "weight")
        return Step("layer_norm", {"x": x, "w": base, "b": base + "_bias", "y": y}, {"n": n, "K": D, "row0": row0, "eps": eps})

    def bias(x, base, y, N):  # y = x + b
        plan.add_buffer(base + "_bias", "f32", (N,), "weight")
        return Step("add_bias", {"x": x, "b": base + "_bias", "y": y}, {"n": "n", "N": N})

    for i in range(first, last):
        p = f"layers.{i}."
        qkv_fmt, qkv = linear_weights(plan, quant, p + "qkv", 3 * D, D)
        o_fmt, o = linear_weights(plan, quant, p + "o", D, D)
        up_fmt, up = linear_weights(plan, quant, p + "up", F, D)
        down_fmt, down = linear_weights(plan, quant, p + "down", D, F)
        k_cache = plan.add_buffer(p + "k_cache", "f32", (H, C, hd))
        v_cache = plan.add_buffer(p + "v_cache", "f32", (H, C, hd))
        for ph in phases:
            ph.steps += [
                # qkv = layer_norm(x) @ Wqkv^T + b
                norm("x", p + "attn_norm", "xn"),
                *low.product(ph, qkv_fmt, "xn", "qkv_raw", qkv, 3 * D, D),
                bias("qkv_raw", p + "qkv", "qkv", 3 * D),
                # x2 = x + attention(q, k, v) @ Wo^T + b  (the identity rotation)
                *low.attention_out(ph, "qkv", "q", k_cache, v_cache, rope, "att", o_fmt, o, D, "e", residual="x"),
                bias("e", p + "o", "x2", D),
                # x = x2 + gelu_tanh(layer_norm(x2) @ Wup^T + b) @ Wdown^T + b
                norm("x2", p + "ffn_norm", "xn"),
                *low.product(ph, up_fmt, "xn", "u", up, F, D),
                bias("u", p + "up", "u_b", F),
                Step("gelu", {"x": "u_b", "y": "h"}, {"n": "n", "F": F}),
                *low.product(ph, down_fmt, "h", "e", down, D, F, residual="x2"),
                bias("e", p + "down", "x", D),
            ]
        low.keep_layer(phases, "x", i)  # (the debug phase's copies of this layer's rows, where it has one)
    low.finish_phases(phases)
    if not with_head:
        return plan  # the layers leave x [n, D]: the next part's input
    head_fmt, head = (embed_fmt, embed_bind) if tied else linear_weights(plan, quant, "lm_head", V, D)
    plan.phases["head_all"] = [norm("x", "final_norm", "xn", n="n", row0="row0"),
                               *low.product(Phase("head_all", False, False), head_fmt, "xn", "logits", head, V, D)]
    plan.phases["head_last"] = [  # the last row only
        norm("x", "final_norm", "xn", n=1, row0="last_row"),
        *low.product(Phase("head_last", True, False), head_fmt, "xn", "logits", head, V, D, n=1),
    ]
    plan.phases["hidden_all"] = [norm("x", "final_norm", "xn")]
    add_sampling_phases(plan, V)
    low.lens_phase()  # debug plans: the logit lens, the head over the kept residual rows (and the sampler's logprobs)
    return plan


def call_dims(config: dict, n: int, pos0: int) -> dict:
    return lowering_call_dims(config["num_heads"], n, pos0)
