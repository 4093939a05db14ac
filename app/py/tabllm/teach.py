"""What a model does with a prompt, as plain data: the views of the teaching page (site/learn.html, issue 23),
the same in CPython and in the page (Pyodide, no numpy).

    import tabllm
    from tabllm import teach
    engine = tabllm.load()
    ids = engine.chat_prompt_ids([{"role": "user", "content": "Name a colour."}])
    teach.tokens(engine, ids)                              # [{id, text, special}] per token
    view = teach.next_token(engine, ids, temperature=0.7, top_k=40)
    view["token"], view["candidates"][:3]                  # the GPU's pick; the likeliest: prob, raw_prob, logit
    teach.distribution(view["logits"], temperature=1.5)    # the same step redrawn: no model run
    engine = tabllm.load(debug=True)                       # a plan with the debug phases (every family)
    inside = teach.inside(engine, ids)                     # the last position, inside the model:
    inside["attention"][layer][head]                       # its attention probabilities over positions 0 .. p
    inside["lens"][layer]                                  # the logit lens: what each layer would predict

The distribution is the one the GPU sampler draws from (sampling.py, build_tools/kernels/sampling.py): the
logits plus logit_bias, the repetition / frequency / presence penalties, divided by the temperature, cut to
top-k and then top-p, softmaxed; the Gumbel-max draw picks token i with exactly that probability. It is
plain Python (float64) so that the page runs it too; tests/test_teach.py holds it equal to the sampler
kernels' float64 twins (runtime/reference.py).
"""

import heapq
import math
import struct
from array import array

from .errors import TabllmError
from .sampling import SamplerSettings
from .steps import Wait, complete


def tokens(engine, ids) -> list:
    """One entry per token id: its text (bytes decoded with replacement: a byte-level piece of a character
    shows as U+FFFD) and whether it is a special (control) token."""
    special = set(engine.tokenizer.special_tokens.values())
    raw = engine.tokenizer.token_bytes
    return [{"id": int(t), "text": raw[t].decode("utf-8", errors="replace"), "special": int(t) in special} for t in ids]


def scores(logits, settings: SamplerSettings, seen=(), counts=None) -> list:
    """The sampler's scores before truncation (reference.sample_scores without noise): float64 per token."""
    u = settings.call_dims(0, 0)
    bias = settings.bias_vector(len(logits)) if settings.logit_bias else None  # f32, as the GPU's bias buffer
    x = [float(v) for v in logits]
    if bias is not None:
        x = [v + b for v, b in zip(x, bias)]
    penalty = u["penalty"]
    for t in set(seen):
        x[t] = x[t] / penalty if x[t] > 0 else x[t] * penalty
    for t, c in (counts or {}).items():
        x[t] -= u["frequency"] * c + u["presence"] * (c > 0)
    inv_temp = u["inv_temp"]
    return [v * inv_temp for v in x] if inv_temp != 1.0 else x


def kept_threshold(s, top_k: int, top_p: float) -> float:
    """The lowest score that top-k then top-p keep (reference.top_threshold): ties with the k-th score stay;
    top-p keeps the highest scores while the mass above a score (ties counting as not above) is below
    top_p of the whole."""
    desc = sorted(s, reverse=True)
    if top_k > 0:
        last = min(top_k, len(desc)) - 1
        while last + 1 < len(desc) and desc[last + 1] == desc[last]:
            last += 1
        desc = desc[:last + 1]
    if top_p >= 1:
        return desc[-1]
    e = [math.exp(v - desc[0]) for v in desc]
    limit = top_p * math.fsum(e)
    low, above, above_value = desc[0], 0.0, 0.0
    for j, v in enumerate(desc):
        if j == 0 or v != desc[j - 1]:
            above_value = above  # the mass of the strictly higher scores
        if above_value >= limit:
            break
        low = v
        above += e[j]
    return low


def distribution(logits, settings: SamplerSettings = None, seen=(), counts=None, **sampler) -> list:
    """float64 probabilities of the next token (a list [V]) for a row of logits under the sampler's settings
    (SamplerSettings, or its fields as keywords). seen: token ids the repetition penalty applies to (the
    prompt and the reply so far); counts: {id: times in the reply} for the frequency / presence penalties.
    Greedy settings give probability 1 to the token the GPU's argmax picks (the lowest id on a tie)."""
    settings = settings or SamplerSettings(**sampler)
    s = scores(logits, settings, seen, counts)
    V = len(s)
    if settings.greedy:
        out = [0.0] * V
        out[max(range(V), key=lambda i: (s[i], -i))] = 1.0
        return out
    low = kept_threshold(s, settings.top_k, settings.top_p) if settings.truncates else -math.inf
    top = max(s)
    e = [math.exp(v - top) if v >= low else 0.0 for v in s]
    total = math.fsum(e)
    return [v / total for v in e]


def candidates(engine, logits, settings: SamplerSettings, seen=(), top=10, probs=None, raw=None) -> list:
    """The `top` likeliest next tokens under the settings (then by raw probability, then by id) as
    {id, text, special, prob, raw_prob (temperature 1, nothing cut), logit}. probs / raw: the distributions
    under the settings and at temperature 1 where the caller has them already."""
    probs = probs if probs is not None else distribution(logits, settings, seen)
    raw = raw if raw is not None else distribution(logits, SamplerSettings(temperature=1.0))
    order = heapq.nsmallest(top, range(len(probs)), key=lambda i: (-probs[i], -raw[i], i))
    texts = tokens(engine, order)
    return [{**texts[r], "prob": probs[i], "raw_prob": raw[i], "logit": float(logits[i])} for r, i in enumerate(order)]


def next_token_steps(engine, ids, settings: SamplerSettings = None, top=10):
    """next_token as a step generator (tabllm.steps): the page runs it with acomplete, CPython with complete."""
    settings = settings or SamplerSettings()
    ids = [int(t) for t in ids]
    token = None
    # One generation step on the engine's own path: the prompt's new rows, the head of the last row
    # (logits[0]) and the GPU sampler's draw. Its K / V rows stay, so the next step prefills one token.
    for item in engine.stream_steps(ids, 1, settings, {}, stop_at_eos=False):
        if type(item) is Wait:
            yield item
        else:
            token = item
    read = Wait(engine.executor.read, "logits", "f32", engine.config["vocab_size"])  # the row the sampler read
    yield read
    logits = [float(v) for v in read.result]
    probs = distribution(logits, settings, seen=ids)
    return {
        "token": token,  # the GPU sampler's pick from exactly these probabilities
        "logits": logits,
        "probs": probs,
        "kept": sum(1 for p in probs if p > 0),
        "greedy": max(range(len(logits)), key=lambda i: (logits[i], -i)),
        "candidates": candidates(engine, logits, settings, ids, top, probs) if top else [],
    }


def next_token(engine, ids, settings: SamplerSettings = None, top=10, **sampler) -> dict:
    """The model's next-token view after ids: the token the GPU sampler picks under the settings, the logits
    it picked from (float [V], kept so that other settings can be drawn without running the model again),
    the probabilities under the settings, how many tokens they keep, the greedy id, and the `top` likeliest
    candidates as {id, text, special, prob, raw_prob (temperature 1, nothing cut), logit}."""
    return complete(next_token_steps(engine, ids, settings or SamplerSettings(**sampler), top))


def kernel_totals(dispatches) -> list:
    """Per-kernel totals of one step's timed dispatches ({kernel, ms, bytes}, in order): {kernel, count, ms,
    bytes}, the costliest first."""
    totals = {}
    for d in dispatches:
        t = totals.setdefault(d["kernel"], {"kernel": d["kernel"], "count": 0, "ms": 0.0, "bytes": 0})
        t["count"] += 1
        t["ms"] += d["ms"]
        t["bytes"] += d["bytes"]
    return sorted(totals.values(), key=lambda t: (-t["ms"], t["kernel"]))


# --- inside the model: attention probabilities and the logit lens of one position ----------------------------

def inside_available(engine) -> str | None:
    """None where the engine's plan has the debug phases (a family's build_plan with debug=True, lowering.inside_phase:
    an engine loaded with debug=True), else why not, in words."""
    if "debug_inside" in engine.plan.phases:
        return None
    if not getattr(engine.family, "DEBUG_PLAN", False):  # (a family module without debug=True in its build_plan)
        return (f"not available for this model family ({engine.config['architecture']}): its plan has no debug phases "
                "(the teaching views' lowering.inside_phase)")
    return "the model was loaded without the debug phases: load it with debug=True (tabllm.load(..., debug=True))"


def softmax_top(row) -> tuple:
    """(id of the largest value (the lowest id on a tie), its softmax probability, the float64 softmax
    normalizer's log) of one row of logits: plain Python (the page has no numpy)."""
    peak = max(row)
    top = row.index(peak)  # (the first: the lowest id)
    log_total = math.log(math.fsum(math.exp(v - peak) for v in row))
    return top, math.exp(-log_total), peak + log_total


def inside_steps(engine, ids, lens_rows: bool = False, lens_on_gpu: bool | None = None):
    """inside as a step generator (tabllm.steps): the page runs it with acomplete, CPython with complete."""
    why = inside_available(engine)
    if why:
        raise TabllmError(why)
    slots = getattr(engine, "kv_slots", None)
    if slots is not None and slots.active != 0:
        raise TabllmError("the debug phases read KV slot 0, and the engine's active slot is another")
    ids = [int(t) for t in ids]
    if not ids:
        raise TabllmError("empty prompt: there is no position to look inside")
    ex, config = engine.executor, engine.config
    H, C, layers = config["num_heads"], engine.context_length, config["num_layers"]
    p = len(ids) - 1
    # The K / V rows of positions 0 .. p - 1: one step on the engine's own path (as next_token; prefix reuse
    # makes it one token after a step on the same prompt), then position p again through debug_inside,
    # which writes the same K / V row p and keeps each layer's attention row and residual stream.
    for item in engine.stream_steps(ids, 1, SamplerSettings(temperature=0), {}, stop_at_eos=False):
        if type(item) is Wait:
            yield item
    ex.upload("ids", array("i", [ids[p]]))
    ex.run(["debug_inside"], engine.family.call_dims(config, 1, p))
    read = Wait(ex.read, "debug.attn", "f32", H * layers * C)  # [H, layers, C]: row (h, l) holds L = p + 1 values
    yield read
    flat = read.result
    attention = [[[float(v) for v in flat[(h * layers + l) * C:(h * layers + l) * C + p + 1]] for h in range(H)]
                 for l in range(layers)]
    # the logit lens: the final norm and the head on each row of debug.resid (row 0: the embedding)
    if lens_on_gpu is None:  # (CPU Vulkan: the head once a row costs more than the sums in Python)
        lens_on_gpu = engine.plan.profile == "gpu"
    if lens_rows or not lens_on_gpu:  # every logit of every row, summed up here
        rows = yield from _lens_logits(engine, layers + 1)
        lens = _lens_of_rows(engine, rows)
    else:  # summed up on the GPU (debug_lens_top): 4 words a row instead of V logits
        lens = yield from _lens_on_gpu(engine, layers + 1)
    out = {"position": p, "token": ids[p], "layers": layers, "heads": H, "attention": attention, "lens": lens,
           "final": lens[-1]["id"]}  # the model's own prediction: the last row is the model's logits
    if lens_rows:
        out["lens_logits"] = rows
    return out


def _lens_logits(engine, count):
    """The logits [count][V] of debug.resid's rows 0 .. count - 1 (phase debug_lens, plan.logit_rows rows a run)."""
    ex, config, V = engine.executor, engine.config, engine.config["vocab_size"]
    rows, group = [], engine.plan.logit_rows
    for row0 in range(0, count, group):
        n = min(group, count - row0)
        ex.run(["debug_lens"], {**engine.family.call_dims(config, n, 0), "row0": row0})
        read = Wait(ex.read, "logits", "f32", n * V)
        yield read
        block = read.result
        rows += [[float(v) for v in block[r * V:(r + 1) * V]] for r in range(n)]
    return rows


def _lens_of_rows(engine, rows) -> list:
    """inside's lens entries from the rows of logits (plain Python: softmax_top of each)."""
    final_top = softmax_top(rows[-1])[0]
    lens = []
    for layer, row in enumerate(rows):
        top, prob, log_total = softmax_top(row)
        lens.append({"layer": layer, "id": top, "text": tokens(engine, [top])[0]["text"], "prob": prob,
                     # what this layer gives the model's pick
                     "final_prob": prob if top == final_top else math.exp(row[final_top] - log_total)})
    return lens


def _lens_on_gpu(engine, count):
    """inside's lens entries of debug.resid's rows 0 .. count - 1 from phase debug_lens_top (lowering.lens_phase):
    per row the head, then the sampler's token_logprobs kernel with ids[0] = the model's pick (the last row's
    top token, found first), read back as [pick, lp(pick), top id, lp(top)] (u32 words, f32 bits)."""
    ex, config = engine.executor, engine.config

    def summary(row):
        ex.run(["debug_lens_top"], {**engine.family.call_dims(config, 1, 0), "last_row": row})
        read = Wait(ex.read, "logprobs", "u32", 4)
        yield read
        words = [int(w) for w in read.result[:4]]
        final_lp, top_lp = struct.unpack("<2f", struct.pack("<2I", words[1], words[3]))
        return words[2], math.exp(top_lp), math.exp(final_lp)

    ex.upload("ids", array("i", [0]))
    last = yield from summary(count - 1)  # the last row's top token: the model's own pick
    final_top = last[0]
    ex.upload("ids", array("i", [final_top]))
    lens = []
    for layer in range(count):
        top, prob, final_prob = last if layer == count - 1 else (yield from summary(layer))
        lens.append({"layer": layer, "id": top, "text": tokens(engine, [top])[0]["text"], "prob": prob,
                     "final_prob": prob if top == final_top else final_prob})
    return lens


def inside(engine, ids, lens_rows: bool = False, lens_on_gpu: bool | None = None) -> dict:
    """Inside the model at the last position p of ids (the one whose next token the model predicts), from the
    debug phases of a plan that has them (engine loaded with debug=True; inside_available says why not):
        attention [layers][heads][p + 1]  each layer's attention probabilities of position p's query over
                                          positions 0 .. p (each row sums to 1; the causal mask: none later)
        lens [layers + 1]                 the logit lens: the final norm and the head applied to the residual
                                          stream, row 0 after the embedding, row l after layer l (the last:
                                          the model's own logits): {layer, id, text, prob (its softmax
                                          probability), final_prob (the probability this row gives the
                                          model's final top token)}
        final                             the model's top token at p (the last lens row's)
    lens_rows: also lens_logits, the rows of logits [layers + 1][V]. lens_on_gpu: the lens's sums on the GPU
    (debug_lens_top: the head run a row at a time, 4 words read back a row), else in Python over every logit
    (the head run on 8 rows at a time); None: on the GPU for the "gpu" profile (CPU Vulkan runs the head
    slowly, and Python's sums cost it less: SmolLM2 in the page on SwiftShader, 18 s against 63 s). The normal
    phases do not run the debug phases: they cost nothing unless asked for."""
    return complete(inside_steps(engine, ids, lens_rows, lens_on_gpu))
