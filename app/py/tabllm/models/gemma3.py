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
from ..lowering import barrier_free_product, product_dims, tiles
from ..plan import Plan, Step
from ..sampling import add_sampling_phases
from .llama import _linear, rope_tables


def is_global_layer(config: dict, i: int) -> bool:
    return config["layer_types"][i] == "full_attention"  # else "sliding_attention"


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu") -> Plan:
    """profile: the kernel schedules the device prefers (models/llama.py); this family has the barrier-free
    ("cpu") kernels only so far, used on every device."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    C, T = context_length, max_tokens_per_call
    width = (H + 2 * Hkv) * hd
    eps = float(config["rms_norm_eps"])
    if H % Hkv or hd % 2 or D % 32 or F % 32 or (H * hd) % 32:
        raise TabllmError("Gemma 3 shapes must have H a multiple of Hkv, even head_dim, widths multiples of 32")

    plan = Plan(max_tokens_per_call=T, context_length=C)
    local = dict(config, rope_theta=config["rope_local_theta"], rope_scaling=None)
    for table, cfg in (("rope", config), ("rope_local", local)):
        plan.tables[f"{table}.cos"], plan.tables[f"{table}.sin"] = rope_tables(cfg, C)
        plan.add_buffer(f"{table}.cos", "f32", (C, hd // 2), "table")
        plan.add_buffer(f"{table}.sin", "f32", (C, hd // 2), "table")

    for name, cols in (("ids", None), ("x", D), ("x2", D), ("xn", D), ("e", D), ("qkv_raw", width), ("qkv", width),
                       ("q", H * hd), ("att", H * hd), ("gu", 2 * F), ("h", F)):
        plan.add_buffer(name, "i32" if cols is None else "f32", (T,) if cols is None else (T, cols))
    plan.add_buffer("logits", "f32", (plan.logit_rows, V))  # head_all: a group of rows at a time
    plan.add_buffer("s", "f32", (H, T, C))
    plan.add_buffer("p", "f32", (H, T, C))

    embed_fmt, embed_bind = _linear(plan, quant, "embed", V, D)
    embed = [
        Step(f"embed_{embed_fmt}", {"ids": "ids", "out": "e", **embed_bind}, {"n": "n", "K": D}),
        Step("scale_rows", {"x": "e", "y": "x"}, {"n": "n", "K": D, "s": float(config["embed_scale"])}),
    ]
    body, body_decode = list(embed), list(embed)  # n tokens (prefill), one token (decode)

    def mm(fmt, x, out, bind, N, K, decode):
        return Step(barrier_free_product(fmt, N, T, decode), {"x": x, "y": out, **bind}, product_dims(N, K))

    norm = lambda x, w, y: Step("rms_norm", {"x": x, "w": w, "y": y}, {"n": "n", "K": D, "row0": 0, "eps": eps})  # noqa: E731
    norm_add = lambda x, r, w, y: Step("rms_norm_add", {"x": x, "r": r, "w": w, "y": y}, {"n": "n", "K": D, "eps": eps})  # noqa: E731
    for i in range(config["num_layers"]):
        p = f"layers.{i}."
        for w, size in (("attn_norm", D), ("ffn_norm", D), ("post_attn_norm", D), ("post_ffn_norm", D), ("q_norm", hd), ("k_norm", hd)):
            plan.add_buffer(p + w, "f32", (size,), "weight")
        qkv_fmt, qkv = _linear(plan, quant, p + "qkv", width, D)
        o_fmt, o = _linear(plan, quant, p + "o", D, H * hd)
        gu_fmt, gu = _linear(plan, quant, p + "gate_up", 2 * F, D)
        down_fmt, down = _linear(plan, quant, p + "down", D, F)
        k_cache = plan.add_buffer(p + "k_cache", "f32", (Hkv, C, hd))
        v_cache = plan.add_buffer(p + "v_cache", "f32", (Hkv, C, hd))
        table = "rope" if is_global_layer(config, i) else "rope_local"
        rope = {"cos": f"{table}.cos", "sin": f"{table}.sin"}
        window = C if is_global_layer(config, i) else config["sliding_window"]
        for steps, decode in ((body, False), (body_decode, True)):
            steps += [
                norm("x", p + "attn_norm", "xn"),
                mm(qkv_fmt, "xn", "qkv_raw", qkv, width, D, decode),
                Step("head_rms_norm", {"qkv": "qkv_raw", "qw": p + "q_norm", "kw": p + "k_norm", "y": "qkv"},
                     {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "eps": eps}),
                Step("rope_q", {"qkv": "qkv", "q": "q", **rope}, {"n": "n", "H": H, "hd": hd, "pos0": "pos0", "width": width}),
                Step("kv_append", {"qkv": "qkv", "k_cache": k_cache, "v_cache": v_cache, **rope},
                     {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": C, "pos0": "pos0", "width": width}),
                Step("attn_scores", {"q": "q", "k_cache": k_cache, "s": "s"},
                     {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": "L", "pos0": "pos0", "window": window,
                      "scale": float(config["query_pre_attn_scalar"]) ** -0.5}),
                Step("softmax_rows", {"s": "s", "p": "p"}, {"R": "Hn", "L": "L"}),
                Step("attn_pv", {"p": "p", "v_cache": v_cache, "out": "att"}, {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": "L"}),
                mm(o_fmt, "att", "e", o, D, H * hd, decode),
                norm_add("e", "x", p + "post_attn_norm", "x2"),
                norm("x2", p + "ffn_norm", "xn"),
                mm(gu_fmt, "xn", "gu", gu, 2 * F, D, decode),
                Step("gelu_mul", {"gu": "gu", "h": "h"}, {"n": "n", "F": F}),
                mm(down_fmt, "h", "e", down, D, F, decode),
                norm_add("e", "x2", p + "post_ffn_norm", "x"),
            ]
    plan.add_buffer("final_norm", "f32", (D,), "weight")
    head_fmt, head = (embed_fmt, embed_bind) if config.get("tie_word_embeddings", True) else _linear(plan, quant, "lm_head", V, D)
    plan.phases["body"] = body
    plan.phases["body_decode"] = body_decode  # Engine runs it for single-token steps
    plan.phases["head_all"] = [  # rows row0 .. row0 + n - 1 (n <= plan.logit_rows)
        Step("rms_norm", {"x": "x", "w": "final_norm", "y": "xn"}, {"n": "n", "K": D, "row0": "row0", "eps": eps}),
        mm(head_fmt, "xn", "logits", head, V, D, decode=False),
    ]
    plan.phases["head_last"] = [
        Step("rms_norm", {"x": "x", "w": "final_norm", "y": "xn"}, {"n": 1, "K": D, "row0": "last_row", "eps": eps}),
        Step(f"matmul_{head_fmt}", {"x": "xn", "y": "logits", **head}, {"n": 1, "N": V, "K": D}),
    ]
    plan.phases["hidden_all"] = [  # final-normed hidden states of every row (embeddings API)
        Step("rms_norm", {"x": "x", "w": "final_norm", "y": "xn"}, {"n": "n", "K": D, "row0": 0, "eps": eps})]
    add_sampling_phases(plan, V)
    return plan


def call_dims(config: dict, n: int, pos0: int) -> dict:
    return {"n": n, "nt": tiles(n), "pos0": pos0, "L": pos0 + n, "Hn": config["num_heads"] * n, "last_row": n - 1}
