"""What a model does with a prompt, as plain data: the views of issue 23's teaching page, for CPython now.

    import tabllm
    from tabllm import teach
    engine = tabllm.load()
    ids = engine.chat_prompt_ids([{"role": "user", "content": "Name a colour."}])
    teach.tokens(engine, ids)                              # [{id, text, special}] per token
    view = teach.next_token(engine, ids, temperature=0.7, top_k=40)
    view["candidates"][:3]                                 # the likeliest next tokens: prob, raw_prob, logit
    teach.distribution(view["logits"], temperature=1.5)    # the same step redrawn: no model run

The distribution is the one the GPU sampler draws from (sampling.py, build_tools/kernels/sampling.py): the
logits plus logit_bias, the repetition / frequency / presence penalties, divided by the temperature, cut to
top-k and then top-p, softmaxed; the Gumbel-max draw picks token i with exactly that probability. It is
computed with the sampler kernels' float64 twins (runtime/reference.py), so it cannot drift from them.
"""

import numpy as np

from .runtime import reference
from .sampling import SamplerSettings


def tokens(engine, ids) -> list:
    """One entry per token id: its text (bytes decoded with replacement: a byte-level piece of a character
    shows as U+FFFD) and whether it is a special (control) token."""
    special = set(engine.tokenizer.special_tokens.values())
    raw = engine.tokenizer.token_bytes
    return [{"id": int(t), "text": raw[t].decode("utf-8", errors="replace"), "special": int(t) in special} for t in ids]


def distribution(logits, settings: SamplerSettings = None, seen=(), counts=None, **sampler) -> np.ndarray:
    """float64 [V] probabilities of the next token for a row of logits under the sampler's settings
    (SamplerSettings, or its fields as keywords). seen: token ids the repetition penalty applies to (the
    prompt and the reply so far); counts: {id: times in the reply} for the frequency / presence penalties.
    Greedy settings give probability 1 to the token the GPU's argmax picks."""
    settings = settings or SamplerSettings(**sampler)
    logits = np.asarray(logits, np.float32)
    V = logits.size
    seen_v = np.zeros(V, np.int32)
    seen_v[list(seen)] = 1
    counts_v = np.zeros(V, np.int32)
    for t, c in (counts or {}).items():
        counts_v[t] = c
    b = {"logits": logits, "bias": np.asarray(settings.bias_vector(V), np.float32), "seen": seen_v, "counts": counts_v,
         "allowed": np.full((V + 31) // 32, 0xFFFFFFFF, np.uint32), "scores": np.zeros(V), "noisy": np.zeros(V),
         "threshold": np.zeros(1, np.uint32)}
    u = {**settings.call_dims(0, 0), "V": V, "noise": 0.0}  # the scores the Gumbel noise is added to
    reference.sample_scores(b, u)
    scores = b["scores"]
    if settings.greedy:  # (greedy: inv_temp 1; the argmax of the scores, the lowest id on a tie)
        out = np.zeros(V)
        out[int(np.argmax(scores))] = 1.0
        return out
    if settings.truncates:  # top-k / top-p: the kept scores stay, the others are masked
        reference.top_threshold(b, u)
        reference.sample_noise(b, u)
        scores = b["noisy"]
    kept = scores > reference.MASKED_SCORE
    e = np.where(kept, np.exp(scores - scores[kept].max()), 0.0)
    return e / e.sum()


def next_token(engine, ids, settings: SamplerSettings = None, top=10, **sampler) -> dict:
    """The model's next-token view after ids: its logits (float32 [V], kept so that other settings can be
    drawn without running the model again), the probabilities under the settings, and the `top` likeliest
    candidates as {id, text, prob, raw_prob (temperature 1, nothing cut), logit}."""
    settings = settings or SamplerSettings(**sampler)
    logits = engine.logits(ids)[-1]
    probs = distribution(logits, settings, seen=ids)
    raw = distribution(logits, SamplerSettings(temperature=1.0))
    order = np.lexsort((np.arange(probs.size), -raw, -probs))[:top]  # likeliest first, then by raw probability
    texts = tokens(engine, order)
    return {
        "logits": logits,
        "probs": probs,
        "kept": int(np.count_nonzero(probs)),
        "greedy": int(np.argmax(logits)),
        "candidates": [{**texts[r], "prob": float(probs[i]), "raw_prob": float(raw[i]), "logit": float(logits[i])}
                       for r, i in enumerate(order)],
    }
