"""Speculative decoding: more than one token per pass, greedy output unchanged.

A drafter guesses the next k tokens from what the host already knows; one batched pass of the layers
(the prefill kernels over k + 1 rows: the last emitted token and the k drafts, at their positions) and
the head over those rows (phase head_all: logits [k + 1, V]) gives the greedy token after each row. The
drafts are kept while they equal those tokens, and the first row where they differ contributes the
model's own token, so a pass emits 1 .. k + 1 tokens, each the token plain greedy decoding would choose
after the same context (Engine.stream_steps runs the passes).

    engine = tabllm.load(speculate="prompt-lookup")     # or engine.speculation = Speculation(...)
    engine.speculation = Speculation("draft-model", draft=tabllm.load(SMALL_MODEL_DIR))

Drafters:
- prompt lookup (PromptLookup): the longest n-gram (max_ngram .. min_ngram tokens) ending the context
  (prompt and generated text) that occurred before; its continuation there is the draft, copied as an
  overlapping copy (a continuation that runs into the end of the context continues with the draft
  itself, so a repeated pattern is extended). Costs the host a few dict operations a token.
- a draft model (DraftModel): a second, smaller Engine with the same vocabulary decodes its own greedy
  continuation, k tokens a pass (its KV cache follows the context by prefix reuse).
A drafter of one's own: any object with draft_tokens and drafter(context_ids) returning a Drafter.

Where speculation does not apply, generation is plain decoding: sampling (temperature > 0, or any
penalty / logit bias: the verify pass has no sampler), a constraint mask, logprobs, and hosts without
numpy (the page: the rows' argmax is taken on the host).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .errors import TabllmError

METHODS = ("prompt-lookup", "draft-model")
DEFAULT_DRAFT_TOKENS = 7  # k: the verify pass is k + 1 rows, one head_all group of plan.logit_rows (8)


@dataclass(frozen=True)
class Speculation:
    """How to draft. draft_tokens: k, the most tokens guessed a pass (capped by the plan: k + 1 rows must
    fit one head_all group, plan.logit_rows, and one prefill chunk, plan.max_tokens_per_call). max_ngram /
    min_ngram: the n-gram lengths prompt lookup tries, longest first (SmolLM2, CPU executor: 1-token
    matches drafted 5x as often on a story, almost never kept; BENCHMARKS.md). draft: the method
    "draft-model"'s Engine, a smaller model with the same vocabulary (its speculation stays off).
    exact: speculate only where the verify pass computes the decode step's logits up to f32 rounding
    (Engine.verify_matches_decode: f32 plans whose decode products read the activations as they are),
    so the tokens are plain greedy decoding's; elsewhere generation decodes plainly. exact=False speculates
    there too (f16 plans; int8-activation decode products, the 8B-class shapes on GPUs): the tokens are
    then greedy under the verify pass's kernels, and can differ from plain decoding's where the two best
    logits are closer than those kernels' differences (f16 storage of intermediate activations, int8
    activation blocks: up to ~1% of the logits' range)."""

    method: str = "prompt-lookup"
    draft_tokens: int = DEFAULT_DRAFT_TOKENS
    max_ngram: int = 3
    min_ngram: int = 2
    draft: object = None
    exact: bool = True

    def __post_init__(self):
        if self.method not in METHODS:
            raise TabllmError(f"speculation method must be one of {', '.join(METHODS)} (or off), got {self.method!r}")
        if (self.method == "draft-model") != (self.draft is not None):
            raise TabllmError("speculation by draft-model needs a draft engine (draft=), and only it takes one")
        for name in ("draft_tokens", "max_ngram", "min_ngram"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise TabllmError(f"speculation {name} must be a whole number >= 1, got {value!r}")
        if self.min_ngram > self.max_ngram:
            raise TabllmError(f"speculation min_ngram {self.min_ngram} is above max_ngram {self.max_ngram}")

    @classmethod
    def parse(cls, value, draft_tokens=None, draft=None, exact=True) -> "Speculation | None":
        """None / "off" / "" -> None (plain decoding); a method name -> its Speculation; a Speculation as
        it is, and so any object with draft_tokens and drafter(context_ids) (a drafter of one's own: see
        Drafter). draft_tokens: k, when given; draft: the draft engine of "draft-model"; exact: see above
        (a method name's only)."""
        if value is None or value == "off" or value == "":
            return None
        if not isinstance(value, (cls, str)) and hasattr(value, "drafter") and hasattr(value, "draft_tokens"):
            return value
        if isinstance(value, cls):
            spec = value
        elif isinstance(value, str):
            spec = cls(method=value, draft=draft, exact=exact)
        else:
            raise TabllmError(f"speculate must be None, 'off', one of {', '.join(METHODS)} or a Speculation, got {value!r}")
        if draft_tokens is not None:
            spec = replace(spec, draft_tokens=draft_tokens)
        return spec

    def check(self, engine):
        """A clear error where this speculation cannot serve `engine` (a draft model of another vocabulary)."""
        if self.draft is not None:
            if self.draft is engine:
                raise TabllmError("the draft model must be another engine than the one it drafts for")
            V, W = engine.config["vocab_size"], self.draft.config["vocab_size"]
            if V != W:
                raise TabllmError(f"the draft model's vocabulary has {W} tokens, the model's {V}: a draft model "
                                  "must share the tokenizer")
        return self

    def drafter(self, context_ids):
        """A fresh drafter over the context so far (the prompt); Engine.stream_steps appends each token."""
        if self.method == "draft-model":
            return DraftModel(self.draft, context_ids)
        return PromptLookup(context_ids, self.max_ngram, self.min_ngram)


class Drafter:
    """What Engine.stream_steps asks of a drafter: append(token) as the context grows, propose(k) before a
    pass (a list of at most k guessed tokens; empty: a plain decode step), and the timings of the passes
    it caused (record_verify) and of plain steps (record_plain).

    Backing off: a verify pass costs more than a plain step (more rows, the prefill kernels, V floats a row
    read back), so a pass whose decided tokens took longer than plain steps would have (judged by the
    plain steps' mean time; before one is timed, a pass that kept no draft) is a loss; after a loss the
    next `skip` chances to draft are passed up, skip doubling with each loss in a row (to BACKOFF_MAX)
    and cleared by a pass that paid. The tokens are the same either way; only the speed changes."""

    BACKOFF_MAX = 64

    def __init__(self):
        self.skip = 0  # chances to draft still to pass up
        self.backoff = 0  # the skip set by the last loss (0: the last pass paid)
        self.plain_s = None  # a plain step's mean seconds (exponential average)

    def append(self, token: int):
        raise NotImplementedError

    def guess(self, k: int) -> list:
        raise NotImplementedError

    def propose(self, k: int) -> list:
        if k < 1:
            return []
        if self.skip:
            self.skip -= 1
            return []
        return self.guess(k)

    def record_plain(self, seconds: float):
        self.plain_s = seconds if self.plain_s is None else 0.8 * self.plain_s + 0.2 * seconds

    def record_verify(self, seconds: float, decided: int):
        """A verify pass took `seconds` and decided `decided` tokens (accepted drafts + 1)."""
        paid = decided > 1 if self.plain_s is None else decided * self.plain_s >= seconds
        self.backoff = 0 if paid else min(max(2 * self.backoff, 1), self.BACKOFF_MAX)
        self.skip = self.backoff


class PromptLookup(Drafter):
    """Drafts from the context's own n-grams. index[n - min_ngram] maps an n-gram to the end (exclusive)
    of its latest occurrence that ends before the last token, so the n-gram ending the context finds an
    earlier occurrence, never itself."""

    def __init__(self, context_ids, max_ngram=3, min_ngram=2):
        super().__init__()
        self.max_ngram, self.min_ngram = max_ngram, min_ngram
        self.tokens = []
        self.index = [{} for _ in range(min_ngram, max_ngram + 1)]
        for t in context_ids:
            self.append(t)

    def append(self, token: int):
        """The context grew by one token: index the n-grams that end at the previous last token."""
        tokens = self.tokens
        end = len(tokens)  # n-grams ending here (exclusive) become findable once a token follows them
        for n, table in zip(range(self.min_ngram, self.max_ngram + 1), self.index):
            if end >= n:
                table[tuple(tokens[end - n:end])] = end
        tokens.append(int(token))

    def guess(self, k: int) -> list:
        """Up to k drafted tokens (empty: no n-gram of the context's end occurred before)."""
        tokens, end = self.tokens, len(self.tokens)
        for n, table in zip(range(self.max_ngram, self.min_ngram - 1, -1), reversed(self.index)):
            if end < n:
                continue
            start = table.get(tuple(tokens[end - n:]))
            if start is not None:
                # continuation of the earlier occurrence: tokens[start], tokens[start + 1], ...; past the
                # end of the context it reads the draft itself (start < end, so every index exists)
                draft = []
                for i in range(k):
                    j = start + i
                    draft.append(tokens[j] if j < end else draft[j - end])
                return draft
        return []


class DraftModel(Drafter):
    """Drafts with a second, smaller engine sharing the tokenizer: its own greedy continuation of the
    context, k tokens. Its KV cache follows the context by prefix reuse (Engine.stream_steps): each guess
    prefills only the tokens since the last guess's kept part (1 .. k + 1 of them), then decodes k - 1
    steps."""

    def __init__(self, engine, context_ids):
        super().__init__()
        self.engine, self.tokens = engine, [int(t) for t in context_ids]

    def append(self, token: int):
        self.tokens.append(int(token))

    def guess(self, k: int) -> list:
        from .sampling import SamplerSettings

        if len(self.tokens) + 1 > self.engine.context_length:
            return []  # the draft model's context is full: plain steps from here
        return list(self.engine.stream_ids(self.tokens, k, SamplerSettings(temperature=0), stop_at_eos=False))
