"""Engines for a range of layers: the two halves of split execution.

    first = FirstPart(model_dir, executor, k)                   # embedding + layers 0 .. k-1 (the server)
    rows = first.rows(PREFILL, ids, pos0)                       # f32 LE bytes, hidden states [n, D]
    last = LastPart(model_dir, executor, k, first.rows)         # layers k .. L-1, final norm, head, sampling
    last.generate("Hi", temperature=0)                          # Engine's generate / chat_stream / embeddings

Both are Engines (tabllm.engine) whose plan is the family's build_plan(..., layers=(a, b)). The first part
leaves the residual stream after layer k-1 in buffer "x" [n, D], which is read back; the last part gets
those rows uploaded into its own "x" and runs the rest exactly as the unsplit engine runs it (the same
phases for the same calls: "body" for prompt chunks, "body_decode" for single tokens), so split greedy
tokens equal unsplit ones.

engine.py has no hook for a layer range (its loader looks the family up itself and builds the plan), so
PartEngine loads itself (a copy of Engine._load_steps' few lines with the range passed through) and
reads only the shards holding its tensors; LastPart overrides what feeds the layers (_prefill_steps,
_run_chunks, and Engine.stream_steps' decode input hook) to take rows from the first part instead of token ids.
"""

from __future__ import annotations

import time
from array import array
from pathlib import Path

from ..conversation import END_OF_TURN_TOKENS, ChatTemplate
from ..engine import DEFAULT_CONTEXT, FAMILIES, Engine, _build_plan, _check_context, _is_whole, choose_precision
from ..errors import TabllmError, UnsupportedModelError
from ..kv_slots import KVSlots, add_kv_slots, kv_bytes_per_slot, slot_phase
from ..models import layer_range
from ..steps import Wait, acomplete, complete
from ..tokenizer import Tokenizer
from ..weights import DTYPES, load_config, read_index, read_shard
from .protocol import PREFILL, STEP


class _RangeFamily:
    """A model family module planned for layers [a, b) only: engine._build_plan calls build_plan on it
    (the range passed through); every other attribute (call_dims, F16_PLAN, __name__) is the family's."""

    def __init__(self, family, layers):
        self._family, self.layers = family, layers

    def build_plan(self, *args, **kwargs):
        return self._family.build_plan(*args, layers=self.layers, **kwargs)

    def __getattr__(self, name):
        return getattr(self._family, name)


def _f32_rows(data, start: int, n: int, D: int) -> array:
    """Rows start .. start + n - 1 of f32 LE bytes [*, D] as an array (no numpy: the page too)."""
    rows = array("f")
    rows.frombytes(memoryview(data)[4 * D * start: 4 * D * (start + n)])
    return rows


class PartEngine(Engine):
    """An Engine over layers [a, b) of a model directory: its plan, KV caches and weights are those layers'
    (plus the embedding where a = 0, the final norm and head where b = L). slots: sessions with their own
    KV caches (kv_slots.add_kv_slots: slot j is session j's, chosen by the caller), at most as many as
    kv_budget bytes of KV cache hold (None: no cap).
    Loads only the shards that hold its tensors."""

    weight_bytes_read = None  # shard bytes read at load (CPython); None where the executor loads them itself

    def __init__(self, model_dir, executor, layers, **options):
        """options: context_length, tokens_per_call, precision, slots, kv_budget, tokenizer (_part_load_steps)."""
        complete(self._part_load_steps(model_dir, executor, layers, **options))

    @classmethod
    async def load_async(cls, model_dir, executor, layers, **options):
        """A part for an executor whose prepare / load_weights return awaitables (the page's JsExecutor):
        the same steps, awaited on the event loop (tabllm.steps)."""
        self = cls.__new__(cls)
        await acomplete(self._part_load_steps(model_dir, executor, layers, **options))
        return self

    def _part_load_steps(self, model_dir, executor, layers, context_length=None, tokens_per_call=None, precision="auto",
                         slots=1, kv_budget=None, tokenizer=None):
        """The load as a step generator (Engine._load_steps' steps for a range of layers): it waits for the
        executor's prepare and, where the executor loads weights itself (the page), for that."""
        self.model_dir = Path(model_dir)
        config = load_config(self.model_dir)
        index = read_index(self.model_dir)
        self._plan_part(config, index["quant"], executor, layers, context_length, tokens_per_call, precision, slots,
                        kv_budget, preferred=config.get("quantization", {}).get("activations"))
        if self.has_head:  # the part that samples turns text into ids and back
            self.tokenizer = tokenizer or Tokenizer.from_model_dir(self.model_dir)
            self.template = ChatTemplate.from_config(self.config, self.tokenizer) if self.config.get("chat_template") else None
            self.eos_ids |= {i for i in map(self.tokenizer.token_to_id, END_OF_TURN_TOKENS) if i is not None}
        yield Wait(executor.prepare, self.plan)
        if hasattr(executor, "load_weights"):  # the page's executor streams the targets into GPU buffers
            yield Wait(executor.load_weights, self.model_dir, index, self.plan.weight_targets())
        else:
            self.weight_bytes_read = self._upload_part_weights(index)

    @classmethod
    def from_plan_config(cls, config: dict, quant: dict, executor, layers, context_length, tokens_per_call=None,
                         precision="auto", slots=1, kv_budget=None, **attributes):
        """A part without a model directory or tokenizer (token ids in, token ids out), as
        Engine.from_plan_config: the caller uploads every weight buffer of `part.plan` (the benchmark: random
        weights of a model's shapes). attributes: set on the part (LastPart: first_part)."""
        self = cls.__new__(cls)
        self.model_dir = None
        self._plan_part(config, quant, executor, layers, context_length, tokens_per_call, precision, slots, kv_budget)
        executor.prepare(self.plan)
        for name, value in attributes.items():
            setattr(self, name, value)
        return self

    def _plan_part(self, config, quant, executor, layers, context_length, tokens_per_call, precision, slots, kv_budget,
                   preferred=None):
        """Engine._load_steps' plan-building lines for layers [a, b), plus session slots (as many as kv_budget
        bytes of KV cache hold, at most `slots`). No executor calls, no weights, no tokenizer."""
        self.config = config
        family = FAMILIES.get(config["architecture"])
        if family is None:
            raise UnsupportedModelError(f"architecture {config['architecture']!r} is not supported "
                                        f"(supported: {', '.join(FAMILIES)})")
        self.layers = layer_range(config, layers)
        self.family = _RangeFamily(family, self.layers)
        if context_length is not None:
            _check_context(config, context_length, None)
        self.context_length = min(context_length or DEFAULT_CONTEXT, config["context_length"])
        if not _is_whole(slots) or slots < 1:
            raise TabllmError(f"slots must be a whole number >= 1, got {slots!r}")
        self.has_head = self.layers[1] == config["num_layers"]
        self.tokenizer = self.template = None
        self.precision = choose_precision(precision, family, executor, preferred)
        self.plan = _build_plan(self.family, config, quant, self.context_length, tokens_per_call, executor, self.precision)
        per_slot = kv_bytes_per_slot(self.plan)
        if kv_budget is not None and per_slot > kv_budget:
            raise TabllmError(f"one session's KV cache (layers {self.layers[0]}..{self.layers[1] - 1}, context "
                              f"{self.context_length}) needs {per_slot / 2**20:.1f} MiB, above the KV budget of "
                              f"{kv_budget / 2**20:.1f} MiB: raise the budget or lower the context")
        self.slots = slots if kv_budget is None else min(slots, int(kv_budget // per_slot))
        self.slot_kv_bytes = add_kv_slots(self.plan, self.slots)
        # Engine's own choice of slot by prompt prefix stays on slot 0: a part's slot is its session's (the
        # first part's rows of a request must come from the same slot as the last part's)
        self.kv_slots = KVSlots(1, per_slot)
        self.executor = executor
        self.eos_ids = set(config.get("eos_token_ids") or [])

    def _upload_part_weights(self, index) -> int:
        """Upload the plan's tensors, reading only the shards that hold them (weights.iter_tensors reads every
        shard); returns the shard bytes read. A tensor cut into parts across shards is assembled first."""
        targets = self.plan.weight_targets()  # tensor -> (dtype, shape, [(buffer, first byte, bytes)])
        missing = sorted(set(targets) - set(index["tensors"]))
        if missing:
            raise TabllmError(f"model directory {self.model_dir} lacks tensors: {', '.join(missing[:5])}")
        by_shard = {}  # shard -> [(offset in shard, tensor, bytes, offset in tensor)]
        for name in targets:
            t = index["tensors"][name]
            want_dtype, want_shape, _ = targets[name]
            if (t["dtype"], tuple(t["shape"])) != (want_dtype, tuple(want_shape)):
                raise TabllmError(f"tensor {name} is {t['dtype']}{list(t['shape'])}, the model needs {want_dtype}{list(want_shape)}")
            dest = 0
            for part in t.get("parts") or [t]:
                by_shard.setdefault(part["shard"], []).append((part["offset"], name, part["nbytes"], dest))
                dest += part["nbytes"]
        import numpy as np  # (CPython only: the page's executor loads its weights itself, and Pyodide has no numpy here)

        pending, read = {}, 0  # tensor in parts -> bytearray being filled
        for shard_no in sorted(by_shard):
            data = read_shard(self.model_dir, index["shards"][shard_no])
            read += len(data)
            for offset, name, nbytes, dest in by_shard[shard_no]:
                t = index["tensors"][name]
                if "parts" in t:
                    buf = pending.setdefault(name, bytearray(t["nbytes"]))
                    buf[dest:dest + nbytes] = data[offset:offset + nbytes]
                    if sum(p["nbytes"] for p in t["parts"] if p["shard"] <= shard_no) < t["nbytes"]:
                        continue  # (parts lie in increasing shards: the rest come later)
                    tensor = memoryview(pending.pop(name))
                else:
                    tensor = memoryview(data)[offset:offset + nbytes]
                for buffer, start, size in targets[name][2]:  # byte ranges of whole rows
                    self.executor.upload(buffer, np.frombuffer(tensor[start:start + size], DTYPES[t["dtype"]]))
        return read


class FirstPart(PartEngine):
    """Layers [0, k): token ids in, the hidden states after layer k-1 out (f32 [n, D])."""

    def __init__(self, model_dir, executor, k, **kwargs):
        super().__init__(model_dir, executor, (0, k), **kwargs)
        if self.has_head:
            raise TabllmError(f"a first part ends before the last layer: k must be below {self.config['num_layers']}")

    def rows(self, kind, ids, pos0, slot=0) -> bytes:
        """The hidden states [n, D] (f32 LE bytes) after layer k-1 of ids at positions pos0 .. pos0 + n - 1 in
        session slot `slot`, whose KV rows from pos0 on are (re)written. kind PREFILL runs the prompt phase
        in chunks of the activation rows, STEP one token in the one-token phase: what the unsplit engine
        runs for the same call."""
        self._check_open()
        ids, D, T = self._checked_ids(ids), self.config["hidden_size"], self.plan.max_tokens_per_call
        if not _is_whole(pos0) or pos0 < 0 or pos0 + len(ids) > self.context_length:
            raise TabllmError(f"positions {pos0} .. {pos0 + len(ids) - 1} do not fit the context of {self.context_length}")
        if not 0 <= slot < self.slots:
            raise TabllmError(f"slot {slot} is not one of this part's {self.slots}")
        if kind == STEP and len(ids) != 1:
            raise TabllmError("a step runs one token")
        out = bytearray()
        for start in range(0, len(ids), T):
            chunk = array("i", ids[start:start + T])
            self.executor.upload("ids", chunk)
            dims = self.family.call_dims(self.config, len(chunk), pos0 + start)
            phase = self.decode_phase(pos0) if kind == STEP else self.prefill_phase(dims["L"])
            self.executor.run([slot_phase(phase, slot)], dims)
            out += self.executor.read("x", "f32", len(chunk) * D).tobytes()
        return bytes(out)


class LastPart(PartEngine):
    """Layers [k, L), the final norm, the head and sampling. first_part(kind, ids, pos0) gives the hidden
    states [n, D] (f32 LE bytes) after layer k-1 for ids at pos0 .. (a FirstPart's rows, or a split server
    through remote.client); its caller keeps both parts' KV rows in step (prefix reuse rewinds both).
    generate, chat_stream, text_stream, pooled_embedding, hidden_states, logits and the OpenAI-shaped
    chat / completions / embeddings work as on an Engine."""

    def __init__(self, model_dir, executor, k, first_part, **kwargs):
        super().__init__(model_dir, executor, self._range(model_dir, k), **kwargs)
        self.first_part = first_part

    @classmethod
    async def load_async(cls, model_dir, executor, k, first_part, **options):
        """LastPart(...) awaited (the page: its executor's prepare and weight loading are awaitables)."""
        self = await super().load_async(model_dir, executor, cls._range(model_dir, k), **options)
        self.first_part = first_part
        return self

    @staticmethod
    def _range(model_dir, k) -> tuple:
        """(k, L): layer 0 holds the embedding, which is the first part's, so k >= 1."""
        if not _is_whole(k) or k < 1:
            raise TabllmError(f"a last part starts after layer 0: k must be a whole number >= 1, got {k!r}")
        return k, load_config(model_dir)["num_layers"]

    def _upload_rows(self, rows, start, n):
        self.executor.upload("x", _f32_rows(rows, start, n, self.config["hidden_size"]))

    def _prefill_steps(self, ids, pos0, tail_phases, tail_dims, should_stop=None):
        """Engine._prefill_steps with the first part's rows for ids (one request: the prompt in one batch)
        uploaded into x in place of the ids. A step generator; False when should_stop stopped it."""
        if should_stop is not None:
            ask = Wait(should_stop)
            yield ask
            if ask.result:
                return False
        fetch = Wait(self.first_part, PREFILL, ids, pos0)
        yield fetch
        T = self.plan.max_tokens_per_call
        for start in range(0, len(ids), T):
            if should_stop is not None and start:
                ask = Wait(should_stop)
                yield ask
                if ask.result:
                    return False
            n = min(T, len(ids) - start)
            self._upload_rows(fetch.result, start, n)
            last = start + T >= len(ids)
            dims = {**self.family.call_dims(self.config, n, pos0 + start), **(tail_dims if last else {})}
            self.executor.run([self.prefill_phase(dims["L"])] + (tail_phases if last else []), dims)
            self._kv_ids += tuple(ids[start:start + n])
        return True

    _prefetched = None  # (ids, rows): the first part's rows that pooled_embedding_steps waited for

    def pooled_embedding_steps(self, token_ids):
        """Engine.pooled_embedding_steps, the first part's rows waited for as a step (awaited in the page)."""
        ids = self._checked_ids(token_ids)
        fetch = Wait(self.first_part, PREFILL, ids, 0)
        yield fetch
        self._prefetched = (ids, fetch.result)
        try:
            return (yield from super().pooled_embedding_steps(ids))
        finally:
            self._prefetched = None

    def _run_chunks(self, token_ids, phase):
        """Engine._run_chunks (logits, hidden states, embeddings from position 0) over the first part's rows."""
        self._check_open()
        token_ids = self._checked_ids(token_ids)
        T = self.plan.max_tokens_per_call
        self._kv_ids = ()
        if self._prefetched is not None and self._prefetched[0] == token_ids:
            rows = self._prefetched[1]
        else:  # (logits, hidden_states: CPython only, a blocking call)
            rows = self.first_part(PREFILL, token_ids, 0)
        for start in range(0, len(token_ids), T):
            n = min(T, len(token_ids) - start)
            self._upload_rows(rows, start, n)
            dims = self.family.call_dims(self.config, n, start)
            self.executor.run([self.prefill_phase(dims["L"])] + ([phase] if phase else []), dims)
            self._kv_ids = tuple(token_ids[:start + n])
            yield n

    # Engine.stream_steps drives the generation; each decode step first asks the first part for the last
    # token's row (a round trip to the server), so no step is queued ahead: the host uploads that row
    queue_decode_steps = False

    def _decode_input_steps(self, token, pos, ids_stale, stats):
        """The decode step at pos reads the first part's row of `token` (after layer k-1) from x;
        stats["first_part_s"] adds up the waits for those rows (the round trips)."""
        t = time.perf_counter()
        fetch = Wait(self.first_part, STEP, [token], pos)
        yield fetch
        stats["first_part_s"] = stats.get("first_part_s", 0.0) + time.perf_counter() - t
        self._upload_rows(fetch.result, 0, 1)

    def _drafter(self, settings, constraint, logprobs, prompt_ids):
        return None  # (a verify pass would need the first part's rows of the drafts: not over the split yet)


def local_split(model_dir, executor_factory, k, **kwargs):
    """(first, last): both parts in this process, the last fed by the first's slot 0 (tests, measurements
    without a network). executor_factory() makes each part's executor."""
    first = FirstPart(model_dir, executor_factory(), k, **kwargs)
    last = LastPart(model_dir, executor_factory(), k, first.rows, **kwargs)
    return first, last

