"""Sampler settings, the sampling phases every model plan ends with, and the host half of GPU sampling.

Each step the GPU turns the last row's logits into the next token id and writes it straight into the
next step's input (ids[0]); the host reads back those 4 bytes, never the logits. Kernels (see
build_tools/kernels/sampling.py): sample_scores (bias, allowed-token mask, penalties, temperature, and Gumbel
noise), top_threshold + sample_noise (top-k / top-p), argmax, count_token (the penalties' memory).
"""

from array import array
from dataclasses import dataclass, field

try:
    import numpy as np
except ImportError:  # the page (Pyodide's core has no numpy) never packs a constraint mask
    np = None

from .errors import TabllmError
from .kernel_set import LOGPROB_TOP_MAX  # (the token_logprobs kernel's output holds this many alternatives)
from .plan import Plan, Step


# The defaults of the CLI, the Python API and the page (the OpenAI API keeps OpenAI's: temperature 1, and
# max_tokens up to the context window)
DEFAULT_TEMPERATURE = 0.7
DEFAULT_MAX_TOKENS = 256
MIN_TEMPERATURE = 1e-4  # below this sampling is greedy anyway, and 1 / T would overflow the kernels' f32


@dataclass(frozen=True)
class SamplerSettings:
    temperature: float = DEFAULT_TEMPERATURE  # 0 = greedy
    top_k: int = 0  # keep the k highest-scoring tokens; 0 = off
    top_p: float = 1.0  # keep the smallest set of top tokens with this much probability; 1 = off
    repetition_penalty: float = 1.0  # HF semantics, over prompt and output: logits of seen tokens / p (>0) or * p (<0)
    frequency_penalty: float = 0.0  # OpenAI semantics, over output tokens: logit -= f * count
    presence_penalty: float = 0.0  # OpenAI semantics, over output tokens: logit -= p if count > 0
    seed: int | None = None
    logit_bias: dict = field(default_factory=dict)  # token id -> added to its logit (OpenAI: -100..100)

    def validate(self, vocab_size=None):
        checks = [
            (self.temperature >= 0, "temperature", "must be >= 0"),
            (self.repetition_penalty > 0, "repetition_penalty", "must be > 0"),
            (self.top_k >= 0, "top_k", "must be >= 0"),
            (0 < self.top_p <= 1, "top_p", "must be in (0, 1]"),
            (-2 <= self.frequency_penalty <= 2, "frequency_penalty", "must be in [-2, 2]"),
            (-2 <= self.presence_penalty <= 2, "presence_penalty", "must be in [-2, 2]"),
        ]
        for ok, name, rule in checks:
            if not ok:
                raise TabllmError(f"{name} {rule}, got {getattr(self, name)}")
        for token, bias in self.logit_bias.items():
            if not isinstance(token, int) or token < 0 or (vocab_size is not None and token >= vocab_size):
                raise TabllmError(f"logit_bias: {token!r} is not a token id of this model (0..{vocab_size})")
            if not -100 <= bias <= 100:
                raise TabllmError(f"logit_bias: bias of token {token} must be in [-100, 100], got {bias}")
        return self

    @property
    def greedy(self) -> bool:
        return self.temperature < MIN_TEMPERATURE

    @property
    def truncates(self) -> bool:
        """True when top-k / top-p restrict the draw (they change nothing for greedy decoding)."""
        return not self.greedy and (self.top_k > 0 or self.top_p < 1)

    @property
    def plain_greedy(self) -> bool:
        """Greedy with nothing to apply to the logits: the argmax of the raw logits is the answer."""
        return (self.greedy and self.repetition_penalty == 1 and not self.frequency_penalty
                and not self.presence_penalty and not self.logit_bias)

    def phase(self) -> str:
        return "greedy" if self.plain_greedy else "sample_top" if self.truncates else "sample"

    def call_dims(self, seed: int, step: int) -> dict:
        """Uniform values of the sampling kernels for decode step `step` (0 = the token after the prompt)."""
        return {
            "key": noise_key(seed, step),
            "inv_temp": 1.0 if self.greedy else 1.0 / self.temperature,
            "noise": 0.0 if self.greedy else 1.0,
            "penalty": float(self.repetition_penalty),
            "frequency": float(self.frequency_penalty),
            "presence": float(self.presence_penalty),
            "top_k": min(int(self.top_k), 2**31 - 1),  # the kernel's i32; any k >= vocab keeps everything
            "top_p": float(self.top_p),
        }

    def bias_vector(self, vocab_size) -> array:
        bias = array("f", bytes(4 * vocab_size))
        for token, value in self.logit_bias.items():
            bias[token] = value
        return bias


def add_sampling_phases(plan: Plan, vocab_size: int):
    """Register the sampler's buffers and the phases greedy / sample / sample_top, which read logits[0]
    (the head's output row) and write the chosen id into ids[0]."""
    V = vocab_size
    plan.add_buffer("scores", "f32", (V,))
    plan.add_buffer("noisy", "f32", (V,))
    plan.add_buffer("max_logit", "f32", (1,))
    plan.add_buffer("threshold", "u32", (1,))
    plan.add_buffer("bias", "f32", (V,))
    plan.add_buffer("allowed", "u32", ((V + 31) // 32,))
    plan.add_buffer("seen", "i32", (V,))  # prompt + output tokens: the repetition penalty
    plan.add_buffer("counts", "i32", (V,))  # output tokens: frequency and presence penalties
    penalties = {"penalty": "penalty", "frequency": "frequency", "presence": "presence"}
    scores = lambda noise: Step(  # noqa: E731
        "sample_scores",
        {"logits": "logits", "bias": "bias", "allowed": "allowed", "seen": "seen", "counts": "counts", "scores": "scores"},
        {"V": V, "key": "key", "inv_temp": "inv_temp", "noise": noise, **penalties},
    )
    pick = lambda source: Step("argmax", {"logits": source, "am_v0": "ids", "am_v1": "max_logit"}, {"V": V})  # noqa: E731
    count = Step("count_token", {"token": "ids", "seen": "seen", "counts": "counts"}, {})
    plan.phases["greedy"] = [pick("logits"), count]
    plan.phases["sample"] = [scores("noise"), pick("scores"), count]
    # after sampling: the chosen token's log-probability and the top alternatives (raw logits)
    plan.add_buffer("logprobs", "u32", (2 + 2 * LOGPROB_TOP_MAX,))
    plan.phases["logprobs"] = [Step("token_logprobs", {"logits": "logits", "token": "ids", "out": "logprobs"},
                                    {"V": V, "N": "top_logprobs"})]
    plan.phases["sample_top"] = [
        scores(0.0),
        Step("top_threshold", {"scores": "scores", "threshold": "threshold"}, {"V": V, "top_k": "top_k", "top_p": "top_p"}),
        Step("sample_noise", {"scores": "scores", "threshold": "threshold", "noisy": "noisy"}, {"V": V, "key": "key", "noise": "noise"}),
        pick("noisy"),
        count,
    ]


def mask_from_ids(token_ids, vocab_size) -> array:
    """pack_mask of a mask allowing exactly token_ids, without numpy (JSON mode in the page too)."""
    words = array("I", [0]) * ((vocab_size + 31) // 32)
    for t in token_ids:
        words[t >> 5] |= 1 << (t & 31)
    if not any(words):
        raise TabllmError("the token constraint allows no token")
    return words


def mask_ids(words) -> list:
    """The token ids a packed mask (pack_mask / mask_from_ids) allows, in order."""
    return [(w << 5) + b for w, word in enumerate(words) if word for b in range(32) if word >> b & 1]


def all_allowed_mask(vocab_size) -> array:
    """pack_mask of a mask allowing every token, without numpy (the page builds it too)."""
    words = array("I", [0xFFFFFFFF]) * ((vocab_size + 31) // 32)
    if vocab_size % 32:
        words[-1] = (1 << (vocab_size % 32)) - 1
    return words


@dataclass(frozen=True)
class TokenLogprob:
    """A generated token's log-probability under the model (log-softmax of its raw logits, before
    temperature and penalties) and the `top` most likely tokens as (id, logprob), highest first."""

    token: int
    logprob: float
    top: tuple


def decode_logprobs(words: "np.ndarray", n_top: int) -> TokenLogprob:
    """The token_logprobs kernel's output [token, lp bits, id_1, lp_1 bits, ...] -> TokenLogprob."""
    words = np.asarray(words, np.uint32)
    values = words.view(np.float32)
    top = tuple((int(words[2 + 2 * r]), float(values[3 + 2 * r])) for r in range(n_top))
    return TokenLogprob(int(words[0]), float(values[1]), top)


def pack_mask(allowed: "np.ndarray") -> "np.ndarray":
    """bool [V] -> u32 [ceil(V/32)], bit j % 32 of word j // 32 set where token j is allowed."""
    allowed = np.asarray(allowed, bool)
    if not allowed.any():
        raise TabllmError("the token constraint allows no token")
    packed = np.packbits(allowed, bitorder="little")
    packed = np.concatenate([packed, np.zeros(-len(packed) % 4, np.uint8)])
    return packed.view("<u4").astype(np.uint32)


def hash_u32(x: int) -> int:
    """lowbias32, the hash the sampling kernels apply to (key ^ token id)."""
    x &= 0xFFFFFFFF
    x = ((x ^ (x >> 16)) * 0x7FEB352D) & 0xFFFFFFFF
    x = ((x ^ (x >> 15)) * 0x846CA68B) & 0xFFFFFFFF
    return x ^ (x >> 16)


def noise_key(seed: int, step: int) -> int:
    """Per-step key of the Gumbel noise, as a signed 32-bit value for the kernel's i32 uniform."""
    key = hash_u32(hash_u32(seed) ^ hash_u32(step + 0x9E3779B9))
    return key - (1 << 32) if key >= 1 << 31 else key
