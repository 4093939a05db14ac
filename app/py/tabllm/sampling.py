"""Sampler settings and the host half of GPU sampling (the noise key). The sampling itself runs on the
GPU (kernels sample_scores + argmax): each step reads back one token id, never the logits."""

from dataclasses import dataclass

from .errors import TabllmError


@dataclass(frozen=True)
class SamplerSettings:
    temperature: float = 0.7  # 0 = greedy
    repetition_penalty: float = 1.0  # HF semantics: logits of seen tokens divided (>0) or multiplied (<0)
    seed: int | None = None
    top_k: int = 0  # 0 = off
    top_p: float = 1.0  # 1 = off

    def validate(self):
        if self.temperature < 0:
            raise TabllmError(f"temperature must be >= 0, got {self.temperature}")
        if self.repetition_penalty <= 0:
            raise TabllmError(f"repetition_penalty must be > 0, got {self.repetition_penalty}")
        if self.top_k < 0 or not 0 < self.top_p <= 1:
            raise TabllmError(f"top_k must be >= 0 and top_p in (0, 1], got {self.top_k}, {self.top_p}")
        if self.top_k or self.top_p < 1:
            raise TabllmError("top_k / top_p sampling is not implemented yet; use temperature and seed")
        return self

    @property
    def greedy(self) -> bool:
        return self.temperature == 0


def hash_u32(x: int) -> int:
    """lowbias32, the hash the sample_scores kernel applies to (key ^ token id)."""
    x &= 0xFFFFFFFF
    x = ((x ^ (x >> 16)) * 0x7FEB352D) & 0xFFFFFFFF
    x = ((x ^ (x >> 15)) * 0x846CA68B) & 0xFFFFFFFF
    return x ^ (x >> 16)


def noise_key(seed: int, step: int) -> int:
    """Per-step key of the Gumbel noise, as a signed 32-bit value for the kernel's i32 uniform."""
    key = hash_u32(hash_u32(seed) ^ hash_u32(step + 0x9E3779B9))
    return key - (1 << 32) if key >= 1 << 31 else key
