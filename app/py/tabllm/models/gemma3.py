"""Gemma 3 (text) as a Plan.

Per layer, for n tokens at positions pos0 .. pos0+n-1 (D hidden, F FFN, H / Hkv heads of hd):
    x    [n, D]            = embed(ids) * sqrt(D)                      (before layer 0)
    xn   [n, D]            = rms_norm(x) * attn_norm
    qkv  [n, (H+2Hkv) hd]  = xn @ Wqkv^T, then q heads rms-normed * q_norm, k heads * k_norm
    q, k_cache, v_cache    : RoPE (NeoX order) with the layer's table: global layers (layer_types
                             "full_attention") theta rope_theta, local ones rope_local_theta
    att  [n, H hd]         = softmax(q . k / sqrt(query_pre_attn_scalar)) @ v, causal; local layers
                             see only the last sliding_window positions
    x2   [n, D]            = x + rms_norm(att @ Wo^T) * post_attn_norm
    xn   [n, D]            = rms_norm(x2) * ffn_norm
    x    [n, D]            = x2 + rms_norm((gelu_tanh(xn Wg^T) * (xn Wu^T)) @ Wdown^T) * post_ffn_norm
Head: rms_norm(x) * final_norm, then the tied embedding as LM head. Norm weights are stored as Gemma's
(1 + w), so the plain rms_norm kernels apply them.
"""

from ..errors import TabllmError
from ..lowering import Attention, Lowering, Phase, linear_weights
from ..lowering import call_dims as lowering_call_dims
from ..plan import Plan, Step
from ..sampling import add_sampling_phases
from . import debug_phases, layer_range
from .llama import rope_tables


def is_global_layer(config: dict, i: int) -> bool:
    return config["layer_types"][i] == "full_attention"  # else "sliding_attention"


DEBUG_PLAN = True  # build_plan has debug=True: the phases of the teaching views (lowering.inside_phase, tabllm.teach)


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu",
               limits: dict | None = None, layers: tuple | None = None, debug: bool = False) -> Plan:
    """profile: "cpu" or "gpu", the kernels the device prefers (tabllm.lowering); f32 activations.
    layers: (a, b), the layers [a, b) only (None: all; models.layer_range): the embedding only where a = 0
    (else x [n, D] is uploaded), the head and sampling only where b is the last layer (else the phases leave
    x [n, D] for the next part); KV caches and weights of these layers only. debug: also the debug phases of
    the teaching views (lowering.inside_phase: the lens's row 0 is the scaled embedding, each layer's
    attention row covers its window only, zeros before it on a sliding-window layer)."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    C, T = context_length, max_tokens_per_call
    eps = float(config["rms_norm_eps"])
    first, last = layer_range(config, layers)
    with_head = last == config["num_layers"]  # the plan ends with the final norm, the head and sampling
    tied = config.get("tie_word_embeddings", True)
    if H % Hkv or hd % 4 or D % 32 or F % 32 or (H * hd) % 32:
        raise TabllmError("Gemma 3 shapes must have H a multiple of Hkv, head_dim a multiple of 4, widths multiples of 32")

    plan = Plan(max_tokens_per_call=T, context_length=C, profile=profile, max_binding=Plan.binding_limit(limits))
    attn = Attention(H, Hkv, hd, C)
    low = Lowering(plan, attn, eps)
    local = dict(config, rope_theta=config["rope_local_theta"], rope_scaling=None)
    for table, cfg in (("rope", config), ("rope_local", local)):
        plan.tables[f"{table}.cos"], plan.tables[f"{table}.sin"] = rope_tables(cfg, C)
        plan.add_buffer(f"{table}.cos", "f32", (C, hd // 2), "table")
        plan.add_buffer(f"{table}.sin", "f32", (C, hd // 2), "table")

    for name, cols in (("ids", None), ("x", D), ("x2", D), ("xn", D), ("e", D), ("qkv_raw", attn.width), ("qkv", attn.width),
                       ("q", H * hd), ("att", H * hd), ("gu", 2 * F), ("h", F)):
        plan.add_buffer(name, "i32" if cols is None else "f32", (T,) if cols is None else (T, cols))
    if with_head:
        plan.add_buffer("logits", "f32", (plan.logit_rows, V))  # head_all: a group of rows at a time

    if first == 0 or (with_head and tied):
        embed_fmt, embed_bind = linear_weights(plan, quant, "embed", V, D)
    # a plan from a later layer starts from x [n, D] as uploaded
    phases = low.layer_phases([
        *low.embed("ids", "e", embed_fmt, embed_bind, D),
        Step("scale_rows", {"x": "e", "y": "x"}, {"n": "n", "K": D, "s": float(config["embed_scale"])}),
    ] if first == 0 else [], debug=debug_phases(debug, config, first, last))
    scale = float(config["query_pre_attn_scalar"]) ** -0.5

    def norm_add(x, r, w, y):  # y = r + rms_norm(x) * w
        return Step("rms_norm_add", {"x": x, "r": r, "w": w, "y": y}, {"n": "n", "K": D, "eps": eps})

    for i in range(first, last):
        p = f"layers.{i}."
        for w, size in (("attn_norm", D), ("ffn_norm", D), ("post_attn_norm", D), ("post_ffn_norm", D), ("q_norm", hd), ("k_norm", hd)):
            plan.add_buffer(p + w, "f32", (size,), "weight")
        qkv_fmt, qkv = linear_weights(plan, quant, p + "qkv", attn.width, D, parts=(H * hd, Hkv * hd, Hkv * hd))
        o_fmt, o = linear_weights(plan, quant, p + "o", D, H * hd)
        gu_fmt, gu = linear_weights(plan, quant, p + "gate_up", 2 * F, D, parts=(F, F))
        down_fmt, down = linear_weights(plan, quant, p + "down", D, F)
        k_cache = plan.add_buffer(p + "k_cache", "f32", (Hkv, C, hd))
        v_cache = plan.add_buffer(p + "v_cache", "f32", (Hkv, C, hd))
        table = "rope" if is_global_layer(config, i) else "rope_local"
        rope = {"cos": f"{table}.cos", "sin": f"{table}.sin"}
        window = C if is_global_layer(config, i) else config["sliding_window"]
        for ph in phases:
            ph.steps += [
                # qkv = rms_norm(x) * attn_norm @ Wqkv^T, then each q head rms-normed * q_norm, each k head * k_norm
                *low.normed_product(ph, "x", p + "attn_norm", "xn", qkv_fmt, "qkv_raw", qkv, attn.width, D),
                low.head_rms_norm("qkv_raw", p + "q_norm", p + "k_norm", "qkv", H, Hkv, hd),
                # e = attention(rope(q), rope(k), v; the layer's window) @ Wo^T;  x2 = x + rms_norm(e) * post_attn_norm
                *low.attention_out(ph, "qkv", "q", k_cache, v_cache, rope, "att", o_fmt, o, D, "e", window=window, scale=scale),
                norm_add("e", "x", p + "post_attn_norm", "x2"),
                # e = (gelu_tanh(gate) * up) @ Wdown^T, gate | up = rms_norm(x2) * ffn_norm @ Wgu^T;  x = x2 + rms_norm(e) * post_ffn_norm
                *low.gated_mlp(ph, "gelu_tanh", "x2", p + "ffn_norm", "xn", "gu", "h", gu_fmt, gu, down_fmt, down, D, F, "e"),
                norm_add("e", "x2", p + "post_ffn_norm", "x"),
            ]
        low.keep_layer(phases, "x", i)  # (the debug phase's copies of this layer's rows, where it has one)
    low.finish_phases(phases)
    if not with_head:
        return plan  # the layers leave x [n, D]: the next part's input
    plan.add_buffer("final_norm", "f32", (D,), "weight")
    head_fmt, head = (embed_fmt, embed_bind) if tied else linear_weights(plan, quant, "lm_head", V, D)
    plan.phases["head_all"] = [  # rows row0 .. row0 + n - 1 (n <= plan.logit_rows)
        low.rms_norm("x", "final_norm", "xn", D, row0="row0"),
        *low.product(Phase("head_all", False, False), head_fmt, "xn", "logits", head, V, D),
    ]
    plan.phases["head_last"] = [
        low.rms_norm("x", "final_norm", "xn", D, n=1, row0="last_row"),
        *low.product(Phase("head_last", True, False), head_fmt, "xn", "logits", head, V, D, n=1),
    ]
    plan.phases["hidden_all"] = [low.rms_norm("x", "final_norm", "xn", D)]  # final-normed hidden states of every row (embeddings API)
    add_sampling_phases(plan, V)
    low.lens_phase()  # debug plans: the logit lens, the head over the kept residual rows (and the sampler's logprobs)
    return plan


def call_dims(config: dict, n: int, pos0: int) -> dict:
    return lowering_call_dims(config["num_heads"], n, pos0)
