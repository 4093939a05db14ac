"""KV slots (tabllm.kv_slots): several KV caches in one engine, each holding one conversation's prefix.

On the tiny random-weight Llama (conftest's tiny_model_dir) with the float64 reference executor: cheap,
and the slot's phases are the plan's own kernels bound to other cache buffers, which the reference runs
as the GPU does.
"""

import pytest

from tabllm.engine import Engine
from tabllm.errors import TabllmError
from tabllm.kv_slots import MAX_AUTO_SLOTS, KVSlots, kv_bytes_per_slot, slots_within
from tabllm.runtime.reference import ReferenceExecutor
from tabllm.sampling import SamplerSettings

GREEDY = SamplerSettings(temperature=0)
CONTEXT = 64


def _engine(model_dir, **slots):
    return Engine(model_dir, ReferenceExecutor(), context_length=CONTEXT, **slots)


def _ask(engine, prompt, n=5):
    stats = {}
    reply = list(engine.stream_ids(prompt, n, GREEDY, stats=stats, stop_at_eos=False))
    return reply, stats


def test_interleaved_conversations_keep_their_prefixes(tiny_model_dir):
    """Conversations A, B, then A again: with 2 slots A's third request prefills only its new tokens (B went
    to the other slot); with 1 slot B overwrote A, so A prefills everything. Greedy replies equal a fresh
    engine's either way; the counters say what was reused."""
    a1 = [1, 70, 101, 33, 250, 9, 180, 44, 3, 120]
    b1 = [5, 200, 17, 88, 140, 61, 19, 230]
    fresh = _engine(tiny_model_dir)

    def from_scratch(prompt):
        fresh.forget_cached_prefix()
        return _ask(fresh, prompt)[0]

    for slots in (2, 1):
        engine = _engine(tiny_model_dir, kv_slots=slots)
        reply_a, _ = _ask(engine, a1)
        reply_b, stats_b = _ask(engine, b1)
        assert stats_b["cached_tokens"] == 0
        a2 = a1 + reply_a + [77, 78, 79]
        reply_a2, stats = _ask(engine, a2)
        # every reply token but the last went through a decode step, which wrote its K / V rows
        kept = len(a1) + len(reply_a) - 1 if slots == 2 else 0
        assert (stats["cached_tokens"], stats["prefill_tokens"]) == (kept, len(a2) - kept)
        assert reply_a2 == from_scratch(a2) and reply_b == from_scratch(b1) and reply_a == from_scratch(a1)
        counts = engine.kv_slots.stats()
        assert counts["slots"] == slots and counts["requests"] == 3
        assert counts["hits"] == (slots == 2) and counts["cached_tokens"] == kept
        assert counts["evictions"] == 0  # (2 slots: no conversation replaced; 1 slot: nothing counted as one)
        # B continues in its slot too (2 slots), after A's turn
        b2 = b1 + reply_b + [9]
        assert _ask(engine, b2)[1]["cached_tokens"] == (len(b1) + len(reply_b) - 1 if slots == 2 else 0)


def test_a_slots_phases_use_its_own_caches(tiny_model_dir):
    """Slot 1's layer phases bind slot 1's caches and nothing else differs: the plan's phases, renamed."""
    engine = _engine(tiny_model_dir, kv_slots=3)
    plan = engine.plan
    for phase in ("body", "body_decode"):
        for j in (1, 2):
            steps, copy = plan.phases[phase], plan.phases[f"{phase}@{j}"]
            assert [s.kernel for s in steps] == [s.kernel for s in copy]
            for s, c in zip(steps, copy):
                for arg, buf in s.buffers.items():
                    want = f"slot{j}.{buf}" if buf.endswith(("k_cache", "v_cache")) else buf
                    assert c.buffers[arg] == want
    assert "body@3" not in plan.phases and "head_last@1" not in plan.phases


def test_least_recently_used_slot_is_replaced():
    """A new conversation takes an empty slot, then the least recently used one; a continued one keeps its
    slot (and refreshes it); a request sharing only a short start with a slot's ids (a chat template's first
    tokens) does not cut that slot's conversation."""
    slots = KVSlots(3)

    def request(ids):
        cached = slots.place(ids, len(ids) - 1)
        slots.ids[slots.active] = tuple(ids)  # (as a generation leaves it: the prompt's rows, and more)
        return slots.active, cached

    A, B, C, D = ([k] * 6 for k in (10, 20, 30, 40))
    assert [request(x)[0] for x in (A, B, C)] == [0, 1, 2]
    assert request(A + [1, 2]) == (0, 6)  # A continued: its slot, now the most recent
    assert request(D) == (1, 0)  # B's slot was the least recently used
    assert slots.counts["evictions"] == 1
    assert request(B + [5]) == (2, 0)  # B is gone; C's slot is now the oldest
    assert request(A + [1, 2, 3]) == (0, 8)
    shared_start = [10, 10, 99, 98, 97, 96, 95, 94]  # 2 of A's 9 ids: below SLOT_SIMILARITY
    assert slots.choose(shared_start) == 1  # D's slot, the least recently used, not A's
    assert request(D + [7]) == (1, 6)
    assert slots.stats()["hit_rate"] == 3 / 8 and slots.counts["evictions"] == 2


def test_slot_count_within_the_memory_budget(tiny_model_dir):
    """`auto` takes as many slots as the budget holds (1 .. MAX_AUTO_SLOTS); an explicit count above the
    budget is refused with the figures; the plan's KV caches are exactly slots x one slot's bytes."""
    one = _engine(tiny_model_dir)
    per_slot = kv_bytes_per_slot(one.plan)
    assert per_slot == one.kv_slots.bytes_per_slot > 0 and one.kv_slots.count == 1
    assert slots_within("auto", per_slot, 2.5 * per_slot) == 2
    assert slots_within("auto", per_slot, 0.5 * per_slot) == 1  # one slot whatever the budget
    assert slots_within("auto", per_slot, 100 * per_slot) == MAX_AUTO_SLOTS
    assert slots_within(3, per_slot, None) == 3
    with pytest.raises(TabllmError, match="3 KV slots .* above the KV budget .* at most 2 slots"):
        _engine(tiny_model_dir, kv_slots=3, kv_budget=2.5 * per_slot)
    for bad in (0, -1, 1.5, "many", True):
        with pytest.raises(TabllmError, match="kv slots must be a whole number"):
            slots_within(bad, per_slot, None)
    engine = _engine(tiny_model_dir, kv_slots="auto", kv_budget=2.5 * per_slot)
    kv = [b.nbytes for b in engine.plan.buffers.values() if b.name.endswith(("k_cache", "v_cache"))]
    assert engine.kv_slots.count == 2 and sum(kv) == 2 * per_slot
