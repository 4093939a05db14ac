"""KV slots: several KV caches in one plan, each holding the K / V rows of its own token ids.

A plan's layer phases write and read the caches `layer{i}.k_cache` / `.v_cache` ([kv heads, C, head dim]
each). add_kv_slots gives slots 1 .. N-1 their own caches ("slot{j}.<cache>") and a copy of each layer
phase bound to them (slot_phase: "body@2"); weights, tables and activation buffers stay shared, which
holds while one call runs at a time. A call runs in slot j by naming slot_phase(phase, j): the slot is
the unit a batched decode of several slots will take later.

Two users:
- Engine (the API server: `tabllm serve --api --kv-slots N`): KVSlots keeps each slot's token ids and
  sends each request to the slot that holds the longest prefix of it (a conversation continued), else to
  the least recently used slot; so several conversations keep their prefixes between turns.
- remote.parts (split execution): each session of the split server owns one slot, chosen by the server.
"""

from __future__ import annotations

from numbers import Integral

from .errors import TabllmError
from .plan import Step

# the phases that run layers (Lowering.layer_phases): a slot gets its own copy of each
LAYER_PHASES = ("body", "body_long", "body_decode", "body_decode_long")
# `--kv-slots auto`: as many slots as DEFAULT_KV_BUDGET bytes of KV cache hold, 1 .. MAX_AUTO_SLOTS
# (SmolLM2-135M, f32, 4096 tokens: 180 MiB a slot -> 5 slots; an 8B model: 1 slot)
DEFAULT_KV_BUDGET = 1 << 30
MAX_AUTO_SLOTS = 8
# A slot continues a request when the request starts with at least this share of the ids the slot holds
# (as llama.cpp's server's slot_prompt_similarity): a new conversation that shares only the chat template's
# first tokens with a slot goes to the least recently used slot instead of cutting that slot's conversation
SLOT_SIMILARITY = 0.5


def slot_phase(phase: str, slot: int) -> str:
    """The name of a layer phase run in slot `slot` (slot 0: the plan's own phases)."""
    return phase if slot == 0 else f"{phase}@{slot}"


def is_kv_cache(name: str) -> bool:
    return name.endswith((".k_cache", ".v_cache"))


def kv_bytes_per_slot(plan) -> int:
    """The bytes of one slot's KV caches (every layer's K and V, the whole context)."""
    return sum(b.nbytes for b in plan.buffers.values() if is_kv_cache(b.name) and not b.name.startswith("slot"))


def add_kv_slots(plan, slots: int) -> int:
    """Give the plan `slots` slots: slots 1 .. slots-1 get their own KV caches ("slot{j}.<cache>") and a copy
    of each layer phase bound to them (slot_phase). Returns one slot's KV bytes."""
    kv = [b for b in plan.buffers.values() if is_kv_cache(b.name)]
    for j in range(1, slots):
        rename = {b.name: plan.add_buffer(f"slot{j}.{b.name}", b.dtype, b.shape) for b in kv}
        for phase in LAYER_PHASES:
            if phase in plan.phases:
                plan.phases[slot_phase(phase, j)] = [
                    Step(s.kernel, {k: rename.get(v, v) for k, v in s.buffers.items()}, s.scalars) for s in plan.phases[phase]]
    return sum(b.nbytes for b in kv)


def slots_within(requested, per_slot: int, budget) -> int:
    """How many slots a plan gets: requested "auto" (as many as `budget` bytes of KV cache hold, 1 ..
    MAX_AUTO_SLOTS; budget None: DEFAULT_KV_BUDGET), or a whole number >= 1, which more than one slot must
    fit the budget (when one is given). per_slot: kv_bytes_per_slot(plan)."""
    if requested == "auto":
        fit = int((DEFAULT_KV_BUDGET if budget is None else budget) // per_slot)
        return max(1, min(MAX_AUTO_SLOTS, fit))
    if not isinstance(requested, Integral) or isinstance(requested, bool) or requested < 1:
        raise TabllmError(f"kv slots must be a whole number >= 1 or \"auto\", got {requested!r}")
    if requested > 1 and budget is not None and requested * per_slot > budget:
        raise TabllmError(f"{requested} KV slots of {per_slot / 2**20:.1f} MiB each need {requested * per_slot / 2**20:.0f} "
                          f"MiB, above the KV budget of {budget / 2**20:.0f} MiB: use at most "
                          f"{max(1, int(budget // per_slot))} slots, a larger budget or a shorter context")
    return int(requested)


def _common_prefix(a, b, limit) -> int:
    """Length of the longest common prefix of sequences a and b, at most limit."""
    n = 0
    for x, y in zip(a, b):
        if n >= limit or x != y:
            break
        n += 1
    return n


class KVSlots:
    """Which token ids each slot's caches hold (ids[j]: their K / V rows from position 0), which slot is in
    use (active), and the prefix-reuse counters of the requests placed by `place`."""

    def __init__(self, count: int, bytes_per_slot: int = 0):
        self.count, self.bytes_per_slot = count, bytes_per_slot
        self.ids = [()] * count
        self.active = 0
        self._clock = 0
        self._last_used = [0] * count  # _clock at each slot's last request (0: never used)
        self.counts = {"requests": 0, "hits": 0, "prompt_tokens": 0, "cached_tokens": 0, "evictions": 0}

    def choose(self, prompt_ids) -> int:
        """The slot for a request of prompt_ids (run from position 0 or after a reused prefix): the slot
        whose ids the prompt continues longest (a common prefix of at least SLOT_SIMILARITY of what it
        holds), else the least recently used one (ties: the lowest number)."""
        best, best_n = None, 0
        for j, held in enumerate(self.ids):
            n = _common_prefix(held, prompt_ids, len(prompt_ids))
            if held and n > best_n and n >= SLOT_SIMILARITY * len(held):
                best, best_n = j, n
        if best is None:
            best = min(range(self.count), key=lambda j: (self._last_used[j], j))
        return best

    def use(self, slot: int):
        """Make `slot` the active one, the most recently used."""
        self._clock += 1
        self.active, self._last_used[slot] = slot, self._clock

    def place(self, prompt_ids, limit: int) -> int:
        """Choose and activate the slot of a generation request; returns the prompt tokens whose K / V rows
        it holds already (at most limit), and counts the request. The slot's ids are cut to them."""
        slot = self.choose(prompt_ids)
        held = self.ids[slot]
        cached = _common_prefix(held, prompt_ids, limit)
        if held and cached < SLOT_SIMILARITY * len(held) and self.count > 1:
            self.counts["evictions"] += 1  # another conversation's rows are overwritten
        self.use(slot)
        self.ids[slot] = tuple(prompt_ids[:cached])  # (rows from `cached` on are about to be rewritten)
        c = self.counts
        c["requests"] += 1
        c["hits"] += cached > 0
        c["prompt_tokens"] += len(prompt_ids)
        c["cached_tokens"] += cached
        return cached

    def forget(self):
        """Every slot empty: the next requests prefill their whole prompts."""
        self.ids = [()] * self.count

    def stats(self) -> dict:
        """The slots and their prefix reuse so far: hit_rate (requests that reused a prefix / requests),
        saved (prompt tokens not prefilled / prompt tokens)."""
        c = self.counts
        return {"slots": self.count, "kv_bytes_per_slot": self.bytes_per_slot, **c,
                "hit_rate": c["hits"] / c["requests"] if c["requests"] else 0.0,
                "saved": c["cached_tokens"] / c["prompt_tokens"] if c["prompt_tokens"] else 0.0,
                "held_tokens": [len(ids) for ids in self.ids]}
