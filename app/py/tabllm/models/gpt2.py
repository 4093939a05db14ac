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

The attention steps are the Llama ones (rope_q, kv_append) run with an identity rotation table
(cos 1, sin 0: x * 1 + y * 0 = x exactly), so the KV cache layout and kernels are shared.
"""

from array import array

from ..errors import TabllmError
from ..plan import Plan, Step
from ..sampling import add_sampling_phases
from .llama import _linear


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu") -> Plan:
    """profile: the kernel schedules the device prefers (models/llama.py); this family has the barrier-free
    ("cpu") kernels only so far, used on every device."""
    D, F, V, P = config["hidden_size"], config["intermediate_size"], config["vocab_size"], config["context_length"]
    H, hd = config["num_heads"], config["head_dim"]
    C, T = context_length, max_tokens_per_call
    eps = float(config["rms_norm_eps"])  # GPT-2's layer_norm_epsilon
    if C > P:
        raise TabllmError(f"GPT-2 has {P} learned positions; the context cannot be {C}")
    if D % 32 or F % 32 or H * hd != D:
        raise TabllmError("GPT-2 widths must be multiples of 32 and heads * head_dim = hidden")

    plan = Plan(max_tokens_per_call=T, context_length=C)
    # identity rotation, flat f32 like llama.rope_tables (array.array: the page has no numpy)
    plan.tables["rope.cos"] = array("f", [1.0]) * (C * (hd // 2))
    plan.tables["rope.sin"] = array("f", bytes(4 * C * (hd // 2)))
    plan.add_buffer("rope.cos", "f32", (C, hd // 2), "table")
    plan.add_buffer("rope.sin", "f32", (C, hd // 2), "table")
    for name, cols in (("ids", None), ("x", D), ("x2", D), ("xn", D), ("e", D), ("qkv_raw", 3 * D), ("qkv", 3 * D),
                       ("q", D), ("att", D), ("u", F), ("u_b", F), ("h", F)):
        plan.add_buffer(name, "i32" if cols is None else "f32", (T,) if cols is None else (T, cols))
    plan.add_buffer("logits", "f32", (plan.logit_rows, V))  # head_all: a group of rows at a time
    plan.add_buffer("s", "f32", (H, T, C))
    plan.add_buffer("p", "f32", (H, T, C))
    plan.add_buffer("pos_embed", "f32", (P, D), "weight")

    embed_fmt, embed_bind = _linear(plan, quant, "embed", V, D)
    body = [
        Step(f"embed_{embed_fmt}", {"ids": "ids", "out": "e", **embed_bind}, {"n": "n", "K": D}),
        Step("add_positions", {"x": "e", "pos_embed": "pos_embed", "y": "x"}, {"n": "n", "K": D, "pos0": "pos0"}),
    ]

    def norm(x, base, y, n="n", row0=0):
        for suffix in ("", "_bias"):
            plan.add_buffer(base + suffix, "f32", (D,), "weight")
        return Step("layer_norm", {"x": x, "w": base, "b": base + "_bias", "y": y}, {"n": n, "K": D, "row0": row0, "eps": eps})

    def bias(x, base, y, N):
        plan.add_buffer(base + "_bias", "f32", (N,), "weight")
        return Step("add_bias", {"x": x, "b": base + "_bias", "y": y}, {"n": "n", "N": N})

    rope = {"cos": "rope.cos", "sin": "rope.sin"}
    for i in range(config["num_layers"]):
        p = f"layers.{i}."
        qkv_fmt, qkv = _linear(plan, quant, p + "qkv", 3 * D, D)
        o_fmt, o = _linear(plan, quant, p + "o", D, D)
        up_fmt, up = _linear(plan, quant, p + "up", F, D)
        down_fmt, down = _linear(plan, quant, p + "down", D, F)
        k_cache = plan.add_buffer(p + "k_cache", "f32", (H, C, hd))
        v_cache = plan.add_buffer(p + "v_cache", "f32", (H, C, hd))
        body += [
            norm("x", p + "attn_norm", "xn"),
            Step(f"matmul_{qkv_fmt}", {"x": "xn", "y": "qkv_raw", **qkv}, {"n": "n", "N": 3 * D, "K": D}),
            bias("qkv_raw", p + "qkv", "qkv", 3 * D),
            Step("rope_q", {"qkv": "qkv", "q": "q", **rope}, {"n": "n", "H": H, "hd": hd, "pos0": "pos0", "width": 3 * D}),
            Step("kv_append", {"qkv": "qkv", "k_cache": k_cache, "v_cache": v_cache, **rope},
                 {"n": "n", "H": H, "Hkv": H, "hd": hd, "half": hd // 2, "C": C, "pos0": "pos0", "width": 3 * D}),
            Step("attn_scores", {"q": "q", "k_cache": k_cache, "s": "s"},
                 {"n": "n", "H": H, "Hkv": H, "hd": hd, "C": C, "L": "L", "pos0": "pos0", "window": C, "scale": float(hd) ** -0.5}),
            Step("softmax_rows", {"s": "s", "p": "p"}, {"R": "Hn", "L": "L"}),
            Step("attn_pv", {"p": "p", "v_cache": v_cache, "out": "att"}, {"n": "n", "H": H, "Hkv": H, "hd": hd, "C": C, "L": "L"}),
            Step(f"matmul_{o_fmt}_add", {"x": "att", "residual": "x", "out": "e", **o}, {"n": "n", "N": D, "K": D}),
            bias("e", p + "o", "x2", D),
            norm("x2", p + "ffn_norm", "xn"),
            Step(f"matmul_{up_fmt}", {"x": "xn", "y": "u", **up}, {"n": "n", "N": F, "K": D}),
            bias("u", p + "up", "u_b", F),
            Step("gelu", {"x": "u_b", "y": "h"}, {"n": "n", "F": F}),
            Step(f"matmul_{down_fmt}_add", {"x": "h", "residual": "x2", "out": "e", **down}, {"n": "n", "N": D, "K": F}),
            bias("e", p + "down", "x", D),
        ]
    head_fmt, head = (embed_fmt, embed_bind) if config.get("tie_word_embeddings", True) else _linear(plan, quant, "lm_head", V, D)
    plan.phases["body"] = body
    final = norm("x", "final_norm", "xn")
    plan.phases["head_all"] = [norm("x", "final_norm", "xn", n="n", row0="row0"), Step(f"matmul_{head_fmt}", {"x": "xn", "y": "logits", **head}, {"n": "n", "N": V, "K": D})]
    plan.phases["head_last"] = [  # the last row only
        norm("x", "final_norm", "xn", n=1, row0="last_row"),
        Step(f"matmul_{head_fmt}", {"x": "xn", "y": "logits", **head}, {"n": 1, "N": V, "K": D}),
    ]
    plan.phases["hidden_all"] = [final]
    add_sampling_phases(plan, V)
    return plan


def call_dims(config: dict, n: int, pos0: int) -> dict:
    return {"n": n, "pos0": pos0, "L": pos0 + n, "Hn": config["num_heads"] * n, "last_row": n - 1}
