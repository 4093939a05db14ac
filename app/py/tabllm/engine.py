"""The engine: a model directory loaded onto an executor, with generation, chat streaming and logits.

    engine = tabllm.load()                      # bundled SmolLM2-135M-Instruct on the GPU
    engine.generate("What is 2+2?", temperature=0, max_tokens=24).text
    for piece in engine.chat_stream([{"role": "user", "content": "Hi"}]): print(piece, end="")
    engine.logits([1, 2, 3])                    # numpy [3, vocab]

Per decode step the GPU gets one submit (the layers, the head, sampling) and Python reads back one
token id (4 bytes); the sampled id is written by the GPU straight into the next step's input.
"""

from __future__ import annotations  # np.ndarray annotations without numpy (the page)

import secrets
import math
from numbers import Integral
import time
from array import array
from collections import deque
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

try:
    import numpy as np
except ImportError:  # the page (Pyodide's core has no numpy): generation needs none, only logits() does
    np = None

from .conversation import END_OF_TURN_TOKENS, ChatTemplate, fit_messages
from .errors import ContextWindowError, DeviceError, TabllmError, TemplateError, UnsupportedModelError
from .models import gemma3, gpt2, llama, qwen2, qwen3
from .steps import Wait, acomplete, complete, drive
from .sampling import DEFAULT_MAX_TOKENS, LOGPROB_TOP_MAX, SamplerSettings, all_allowed_mask, decode_logprobs, pack_mask
from .kernel_set import product_kernels
from .kv_slots import KVSlots, add_kv_slots, kv_bytes_per_slot, slot_phase, slots_within
from .speculative import Speculation
from .tokenizer import Tokenizer
from .weights import iter_tensors, load_config, read_index

# config["architecture"] -> model module (Phi-3 is the Llama plan: its fused qkv / gate_up are our matrices)
FAMILIES = {"llama": llama, "qwen2": qwen2, "qwen3": qwen3, "phi3": llama, "gemma3": gemma3, "gpt2": gpt2}
DEFAULT_CONTEXT = 4096  # KV cache capacity unless asked otherwise (memory grows linearly with it)
TOKENS_PER_CALL = 64  # rows of the activation buffers; longer prompts are prefilled in chunks
WIDE_TOKENS_PER_CALL = 256  # the rows for models at least WIDE_MODEL_WIDTH wide (see default_tokens_per_call)
WIDE_MODEL_WIDTH = 2048
PRECISIONS = ("auto", "f16", "f32")
# decode steps submitted while the host waits for a token (executors with encode / submit / fetch): 2 keeps
# one step queued behind the one being read, so the GPU does not idle while the id comes back; 0: one step
# at a time, each run and read in turn
QUEUED_STEPS = 2


def choose_precision(requested: str, family, executor, preferred=None) -> str:
    """The plan's precision: "f32" always works; "f16" (f16 storage of activations and KV cache) needs a
    device with shader-f16 (executor.has_f16) and a family with an f16 plan (F16_PLAN: the Llama family);
    "auto" is "f16" where both hold, unless the model directory prefers f32 (preferred: its
    config quantization.activations, set by `convert --quant q4f32` / `q8f32`), else "f32".
    Exception, from measurement: "auto" keeps f32 on the "gpu" kernel profile, whose fastest decode
    kernels (gemv4_*, attn_split_*_gpu) exist for f32 activations only; on an H200 the f16 plan decodes
    the 8B body at 112 tok/s against f32's 188 (BENCHMARKS.md). "f16" there is still honoured."""
    if requested not in PRECISIONS:
        raise TabllmError(f"precision must be one of {', '.join(PRECISIONS)}, got {requested!r}")
    device_ok = bool(getattr(executor, "has_f16", False))
    family_ok = bool(getattr(family, "F16_PLAN", False))
    if requested == "f16" and not device_ok:
        raise DeviceError(f"precision f16 needs the WebGPU feature shader-f16, which {executor.adapter_name} lacks: use precision f32 (or auto)")
    if requested == "f16" and not family_ok:
        raise TabllmError(f"precision f16 is not available for {family.__name__.rsplit('.', 1)[-1]} models (f16 plans: the Llama family): use f32 (or auto)")
    if requested == "auto":
        fast_f16 = getattr(executor, "kernel_profile", "cpu") == "cpu"
        return "f16" if device_ok and family_ok and preferred != "f32" and fast_f16 else "f32"
    return requested


def default_tokens_per_call(config: dict) -> int:
    """Rows of the activation buffers, the prefill chunk. Wide models take WIDE_TOKENS_PER_CALL: 4x the
    output tiles of TOKENS_PER_CALL keep a large GPU busy in the tiled prefill products without K splits
    (8B on an H200, 512-token prompt: 64 rows 1474 tok/s, 256 rows 1616, before the 4 x 8 tile), for
    activation buffers of about 2% of the weights (8B: +77 MiB). Narrow models keep 64: the same rows
    would cost them more than 10% of their memory (SmolLM2-135M: +15 MiB on 142)."""
    return WIDE_TOKENS_PER_CALL if config["hidden_size"] >= WIDE_MODEL_WIDTH else TOKENS_PER_CALL


def _is_whole(value) -> bool:
    """An integer (numpy integers too), not a bool."""
    return isinstance(value, Integral) and not isinstance(value, bool)


def _check_context(config, context_length, limits):
    """A clear error, before any table is built, for a context length that is not a whole number >= 2 or
    whose per-layer KV cache [kv heads, C, head dim] (f32) cannot be one storage binding of this device."""
    C = context_length
    if not _is_whole(C) or C < 2:
        raise TabllmError(f"the context length must be a whole number >= 2, got {C!r}")
    row_bytes = 4 * config.get("num_kv_heads", config["num_heads"]) * config.get(
        "head_dim", config["hidden_size"] // config["num_heads"])
    binding = (limits or {}).get("max-storage-buffer-binding-size")
    if binding and C * row_bytes > binding:
        raise DeviceError(f"a context of {C} tokens needs a KV cache of {C * row_bytes / 2**20:.0f} MiB per layer, above "
                          f"this GPU's storage binding limit of {binding / 2**20:.0f} MiB: use a context of at most "
                          f"{binding // row_bytes} tokens")


def _build_plan(family, config, quant, context_length, tokens_per_call, executor, precision, debug=False):
    """The family's plan for the executor's kernel profile and the precision, with matrices above the
    executor's buffer limits split into row parts (lowering.linear_weights). tokens_per_call None: the model's default.
    debug: with the debug phases of the teaching views where the family has them (DEBUG_PLAN; tabllm.teach.inside)."""
    _check_context(config, context_length, getattr(executor, "limits", None))
    extra = {"precision": precision} if precision != "f32" else {}  # families without an f16 plan take no precision
    if debug and getattr(family, "DEBUG_PLAN", False):
        extra["debug"] = True
    return family.build_plan(config, quant, context_length, tokens_per_call or default_tokens_per_call(config),
                             profile=executor.kernel_profile, limits=getattr(executor, "limits", None), **extra)


@dataclass
class Generation:
    text: str
    token_ids: list
    prompt_tokens: int
    finish_reason: str  # "stop" (end-of-turn token) or "length"
    prefill_tok_s: float
    decode_tok_s: float
    stats: dict = field(default_factory=dict)


class Engine:
    _closed = False  # set by close() (a class default: from_plan_config builds engines without __init__)
    _speculation = None  # (the speculation property's value: a class default, like _closed)

    def __init__(self, model_dir, executor, context_length=None, tokens_per_call=None, tokenizer=None,
                 precision="auto", speculate=None, debug=False, kv_slots=1, kv_budget=None):
        """precision: "auto" (f16 where the device has shader-f16 and the family an f16 plan, else f32),
        "f16" or "f32" (choose_precision); the choice is self.precision. tokens_per_call: the prefill
        chunk (default: default_tokens_per_call(config)). speculate: None / "off", "prompt-lookup" or a
        tabllm.speculative.Speculation (self.speculation). debug: the plan also has the debug phases of the teaching views
        (tabllm.teach.inside; the other phases are the same). kv_slots: KV caches kept (1; a whole number;
        "auto": as many as kv_budget bytes hold, tabllm.kv_slots.slots_within), each holding one
        conversation's prefix (self.kv_slots)."""
        complete(self._load_steps(model_dir, executor, context_length, tokens_per_call, tokenizer, precision,
                                  kv_slots, kv_budget, debug=debug))
        self.speculation = speculate

    @classmethod
    async def load_async(cls, model_dir, executor, context_length=None, tokens_per_call=None, tokenizer=None,
                         precision="auto", debug=False):
        """Engine(...) for an executor whose prepare / load_weights return awaitables (the page's
        JsExecutor): the same steps, awaited on the event loop (tabllm.steps)."""
        self = cls.__new__(cls)
        await acomplete(self._load_steps(model_dir, executor, context_length, tokens_per_call, tokenizer, precision, debug=debug))
        return self

    def _load_steps(self, model_dir, executor, context_length, tokens_per_call, tokenizer, precision, kv_slots=1,
                    kv_budget=None, debug=False):
        """The constructor as a step generator: it waits for the executor's prepare and weight loading."""
        self.model_dir = Path(model_dir)
        self.config = load_config(self.model_dir)
        family = FAMILIES.get(self.config["architecture"])
        if family is None:
            raise UnsupportedModelError(
                f"architecture {self.config['architecture']!r} is not supported (supported: {', '.join(FAMILIES)})"
            )
        self.family = family
        if context_length is not None:
            _check_context(self.config, context_length, None)  # (-5 must not become min(-5, ...))
        self.context_length = min(context_length or DEFAULT_CONTEXT, self.config["context_length"])
        self.tokenizer = tokenizer or Tokenizer.from_model_dir(self.model_dir)
        # base models (GPT-2) may have no chat template: chat methods then say so, raw prompts still work
        self.template = ChatTemplate.from_config(self.config, self.tokenizer) if self.config.get("chat_template") else None
        index = read_index(self.model_dir)
        preferred = self.config.get("quantization", {}).get("activations")
        self.precision = choose_precision(precision, family, executor, preferred)
        self.plan = _build_plan(family, self.config, index["quant"], self.context_length, tokens_per_call, executor,
                                self.precision, debug)
        self._add_kv_slots(kv_slots, kv_budget)
        self.executor = executor
        yield Wait(executor.prepare, self.plan)
        if hasattr(executor, "load_weights"):
            # The page's executor streams the shards from the network straight into GPU buffers
            # (runtime/js_executor.py); the bytes never become Python objects.
            yield Wait(executor.load_weights, self.model_dir, index, self.plan.weight_targets())
        else:
            self._upload_weights()
        self.eos_ids = set(self.config.get("eos_token_ids") or [])
        self.eos_ids |= {i for i in map(self.tokenizer.token_to_id, END_OF_TURN_TOKENS) if i is not None}

    @classmethod
    def from_plan_config(cls, config: dict, quant: dict, executor, context_length, tokens_per_call=None,
                         precision="auto", kv_slots=1, kv_budget=None):
        """An engine without a model directory or tokenizer (token ids in, token ids out): the caller uploads
        every weight buffer of `engine.plan` itself. `tabllm bench --synthetic` uses it with random weights."""
        self = cls.__new__(cls)
        self.model_dir, self.config = None, config
        self.family = FAMILIES[config["architecture"]]
        self.context_length = context_length
        self.tokenizer = self.template = None
        self.precision = choose_precision(precision, self.family, executor)
        self.plan = _build_plan(self.family, config, quant, context_length, tokens_per_call, executor, self.precision)
        self._add_kv_slots(kv_slots, kv_budget)
        self.executor = executor
        executor.prepare(self.plan)
        self.eos_ids = set()
        return self

    def _add_kv_slots(self, requested, budget):
        """Give the plan its KV slots (tabllm.kv_slots: requested "auto" or a whole number, within budget
        bytes of KV cache) and self.kv_slots their bookkeeping. Before executor.prepare."""
        per_slot = kv_bytes_per_slot(self.plan)
        self.kv_slots = KVSlots(slots_within(requested, per_slot, budget), per_slot)
        add_kv_slots(self.plan, self.kv_slots.count)

    # The token ids whose K / V rows the active slot's caches hold, from position 0 (prefix reuse: a request
    # whose prompt starts with them prefills only the rest). Set before any write that could leave them
    # stale, so an error, a cancelled prefill or a closed generator leaves a true (possibly shorter) prefix.
    @property
    def _kv_ids(self) -> tuple:
        return self.kv_slots.ids[self.kv_slots.active]

    @_kv_ids.setter
    def _kv_ids(self, ids: tuple):
        self.kv_slots.ids[self.kv_slots.active] = ids

    def _at_length(self, phase: str, L: int) -> str:
        """`phase`, or its long-context replacement (plan.long_phases) for a call attending to L positions."""
        long, start = self.plan.long_phases.get(phase, (phase, 0))
        return long if L >= start else phase

    def prefill_phase(self, L: int) -> str:
        """The plan's phase for a chunk of tokens attending to L positions: body (or its long variant), in
        the active KV slot."""
        return slot_phase(self._at_length("body", L), self.kv_slots.active)

    def decode_phase(self, pos: int) -> str:
        """The plan's phase for a single-token step at position pos: body_decode where the plan has one
        (one-token kernels in place of the prefill's tiled ones), else body; either, or its long variant,
        by the L = pos + 1 attended positions; in the active KV slot."""
        phase = self._at_length("body_decode" if "body_decode" in self.plan.phases else "body", pos + 1)
        return slot_phase(phase, self.kv_slots.active)

    def _upload_weights(self):
        expected = self.plan.weight_targets()  # a tensor split into row parts goes to several buffers
        seen = set()
        for name, dtype, shape, data in iter_tensors(self.model_dir):
            target = expected.get(name)
            if target is None:
                continue  # e.g. a tensor a future kernel set would use
            want_dtype, want_shape, buffers = target
            if (dtype, tuple(shape)) != (want_dtype, tuple(want_shape)):
                raise TabllmError(f"tensor {name} is {dtype}{list(shape)}, the model needs {want_dtype}{list(want_shape)}")
            flat, size = data.reshape(-1), data.itemsize
            for buffer, start, nbytes in buffers:  # byte ranges of whole rows
                self.executor.upload(buffer, flat[start // size:(start + nbytes) // size])
            seen.add(name)
        missing = sorted(set(expected) - seen)
        if missing:
            raise TabllmError(f"model directory {self.model_dir} lacks tensors: {', '.join(missing[:5])}")

    # --- forward passes -------------------------------------------------------------------------

    def _prefill_steps(self, ids, pos0, tail_phases, tail_dims, should_stop=None):
        """Run the layers over ids (in chunks) starting at pos0; the last chunk also runs tail_phases.
        should_stop: None, or a callable asked before each chunk (through a Wait: in the page it may
        return an awaitable); when it says yes the prefill stops there and returns False (True: all
        chunks ran). A step generator (tabllm.steps)."""
        T = self.plan.max_tokens_per_call
        for start in range(0, len(ids), T):
            if should_stop is not None:
                ask = Wait(should_stop)
                yield ask
                if ask.result:
                    return False
            chunk = array("i", ids[start : start + T])
            self.executor.upload("ids", chunk)
            last = start + T >= len(ids)
            dims = {**self.family.call_dims(self.config, len(chunk), pos0 + start), **(tail_dims if last else {})}
            self.executor.run([self.prefill_phase(dims["L"])] + (tail_phases if last else []), dims)
            self._kv_ids += tuple(chunk)  # (the caches held ids[:pos0] before the call: rows are contiguous)
        return True

    def _verify_steps(self, ids, pos0):
        """One batched pass over n = len(ids) <= speculation_rows() tokens at positions pos0..: the layers
        (phase body: the prefill kernels at n rows, which write the n K / V rows), then the head over
        every row (head_all: logits [n, V]). Returns row r's greedy token (the argmax of its logits,
        taken on the host from the n * V floats read back), the token greedy decoding would choose
        after ids[r]. A step generator (tabllm.steps)."""
        V, n = self.config["vocab_size"], len(ids)
        yield from self._prefill_steps(ids, pos0, ["head_all"], {"row0": 0})
        read = Wait(self.executor.read, "logits", "f32", n * V)
        yield read
        return np.asarray(read.result).reshape(n, V).argmax(axis=1).tolist()

    @property
    def speculation(self):
        """Speculative decoding (tabllm.speculative): a Speculation, or None for plain decoding. Used by
        every greedy generation it can apply to (stream_steps). Set it at load (speculate=) or any time
        after, to None / "off", "prompt-lookup" or a Speculation (a draft model's: Speculation("draft-model",
        draft=other_engine))."""
        return self._speculation

    @speculation.setter
    def speculation(self, value):
        spec = Speculation.parse(value)
        if hasattr(spec, "check"):
            spec.check(self)
        self._speculation = spec

    def speculation_rows(self) -> int:
        """The most rows a verify pass may have: one head_all group (plan.logit_rows) in one prefill
        chunk (plan.max_tokens_per_call)."""
        return min(self.plan.logit_rows, self.plan.max_tokens_per_call)

    @cached_property
    def verify_matches_decode(self) -> bool:
        """Whether a verify pass (the prefill kernels) computes a decode step's logits up to f32 rounding:
        an f32 plan whose decode products read the activations as they are. Not so: f16 plans (the
        prefill kernels store normed and gated activations as f16 between steps where the decode kernels
        fuse them in f32: on the tiny model's gpu profile 4 of 8 replies of 60 tokens left plain greedy
        decoding's, at top-two gaps up to 0.25), and decode products over int8 activation blocks (gemv8_*:
        the wide models' GPU decode, ~1% of the logits' range)."""
        if self.plan.precision != "f32":
            return False
        products = product_kernels()
        decode = [steps for phase, steps in self.plan.phases.items() if phase.startswith("body_decode")]
        return not any(getattr(products.get(s.kernel), "schedule", None) == "gemv8" for steps in decode for s in steps)

    # Decode steps kept submitted ahead of the one whose id is read (QUEUED_STEPS, where the executor can):
    # a step's input must then be on the GPU already (the id the sampler wrote). A last part of split
    # execution (remote.parts.LastPart) gets its input from the host each step and sets this False.
    queue_decode_steps = True

    def _decode_input_steps(self, token, pos, ids_stale, stats):
        """Make the decode step at pos read `token`: the sampler left it in ids[0] on the GPU, unless a verify
        pass wrote its rows there since (ids_stale: upload it). A step generator (remote.parts.LastPart waits
        here for the first part's row of the token)."""
        if ids_stale:
            self.executor.upload("ids", array("i", [token]))
        return
        yield  # (a generator: subclasses wait here)

    def _drafter(self, settings, constraint, logprobs, prompt_ids):
        """The drafter of this request (tabllm.speculative), or None where speculation does not apply:
        none configured, sampling or anything the verify pass does not apply (penalties, logit bias: it
        reads raw logits), a constraint mask, logprobs, no numpy (the page), a plan too small for two
        rows, or an exact speculation (the default) on a plan whose verify pass rounds differently from
        its decode step (verify_matches_decode)."""
        spec = self.speculation
        if (spec is None or not settings.plain_greedy or constraint is not None or logprobs is not None
                or np is None or self.speculation_rows() < 2):
            return None
        if getattr(spec, "exact", True) and not self.verify_matches_decode:
            return None
        return spec.drafter(prompt_ids)

    def logits(self, token_ids) -> "np.ndarray":
        """Last-layer logits for every position of token_ids (from position 0): numpy float32 [n, V].
        Per chunk of the layers, phase head_all runs once per group of plan.logit_rows rows (the logits
        buffer holds one group)."""
        V, group = self.config["vocab_size"], self.plan.logit_rows
        out = []
        for n in self._run_chunks(token_ids, None):
            for row0 in range(0, n, group):
                rows = min(group, n - row0)
                self.executor.run(["head_all"], {**self.family.call_dims(self.config, rows, 0), "row0": row0})
                out.append(self.executor.read("logits", "f32", rows * V).reshape(rows, V))
        return np.concatenate(out)

    def hidden_states(self, token_ids) -> "np.ndarray":
        """Final-normed hidden states (the lm head's input) for every position: numpy float32 [n, D]."""
        return self._every_row(token_ids, "hidden_all", self.plan.hidden, self.config["hidden_size"])

    def pooled_embedding(self, token_ids) -> list:
        """The mean of the final-normed hidden states over all positions, scaled to length 1 (the
        embeddings API), as D floats. Plain Python, chunk by chunk: it runs in the page too
        (pooled_embedding_steps)."""
        return complete(self.pooled_embedding_steps(token_ids))

    def pooled_embedding_steps(self, token_ids):
        """pooled_embedding as a step generator (tabllm.steps): it returns the D floats."""
        D = self.config["hidden_size"]
        total = [0.0] * D  # float64 sums
        for n in self._run_chunks(token_ids, "hidden_all"):
            read = Wait(self.executor.read, self.plan.hidden, "f32", n * D)
            yield read
            rows = read.result
            for r in range(n):
                total = [a + float(b) for a, b in zip(total, rows[r * D : (r + 1) * D])]
        norm = math.sqrt(sum(x * x for x in total)) or 1.0  # the mean's 1/n cancels in the scaling
        return [x / norm for x in total]

    def _every_row(self, token_ids, phase, buffer, width) -> np.ndarray:
        """Run the layers and `phase` over token_ids chunk by chunk; `buffer`'s rows, [n, width]."""
        return np.concatenate([self.executor.read(buffer, "f32", n * width).reshape(n, width)
                               for n in self._run_chunks(token_ids, phase)])

    def _run_chunks(self, token_ids, phase):
        """Run the layers and `phase` (None: none) over token_ids (from position 0) in chunks of the
        activation buffers' rows; yields each chunk's row count once its results are in the buffers."""
        self._check_open()
        token_ids = self._checked_ids(token_ids)
        T = self.plan.max_tokens_per_call
        self.kv_slots.use(self.kv_slots.choose(token_ids))
        self._kv_ids = ()  # (the rows are rewritten from position 0)
        for start in range(0, len(token_ids), T):
            chunk = array("i", token_ids[start : start + T])
            self.executor.upload("ids", chunk)
            dims = self.family.call_dims(self.config, len(chunk), start)
            self.executor.run([self.prefill_phase(dims["L"])] + ([phase] if phase else []), dims)
            self._kv_ids = tuple(token_ids[: start + len(chunk)])
            yield len(chunk)

    def _checked_ids(self, token_ids) -> list:
        """token_ids as a list, each an int id of the vocabulary, fitting the context (else a TabllmError)."""
        token_ids, V = list(token_ids), self.config["vocab_size"]
        bad = next((t for t in token_ids if not _is_whole(t) or not 0 <= t < V), None)
        if bad is not None:
            raise TabllmError(f"token id {bad!r} is not in this model's vocabulary [0, {V})")
        self.check_prompt_fits(len(token_ids))
        return [int(t) for t in token_ids]  # (numpy integers too)

    def forget_cached_prefix(self):
        """The next request prefills its whole prompt (no prefix reuse): for measurements of prefill."""
        self.kv_slots.forget()

    def check_prompt_fits(self, n_prompt):
        """A ContextWindowError unless a prompt of n_prompt tokens leaves room for one generated token (the
        one place this is decided: the API server asks here before queueing a request)."""
        if n_prompt == 0:
            raise TabllmError("empty prompt")
        if n_prompt + 1 > self.context_length:
            raise ContextWindowError(
                f"context window exceeded: the prompt has {n_prompt} tokens, the context holds {self.context_length} "
                f"(at most {self.context_length - 1} fit, leaving room for one generated token)"
            )

    # --- generation -----------------------------------------------------------------------------

    def stream_ids(self, prompt_ids, max_tokens=DEFAULT_MAX_TOKENS, settings: SamplerSettings = SamplerSettings(), stats=None,
                   stop_at_eos=True, constraint=None, logprobs=None, should_stop=None):
        """Yield generated token ids (end-of-turn token excluded): stream_steps run by tabllm.steps.drive,
        each GPU read waited for in place (CPython). Arguments: see stream_steps."""
        return drive(self.stream_steps(prompt_ids, max_tokens, settings, stats, stop_at_eos, constraint, logprobs,
                                       should_stop))

    def stream_steps(self, prompt_ids, max_tokens=DEFAULT_MAX_TOKENS, settings: SamplerSettings = SamplerSettings(),
                     stats=None, stop_at_eos=True, constraint=None, logprobs=None, should_stop=None):
        """The generation as a step generator (tabllm.steps): it yields the generated token ids (ints) and,
        where it needs a GPU result (the first token's read, each queued step's fetch), a Wait. CPython
        runs it with drive (stream_ids), the page with adrive (web.py), so one loop serves both.
        Yields generated token ids (end-of-turn token excluded). `stats` (a dict) receives timings.
        constraint: None, or an object whose allowed(generated_ids) returns the tokens the next step may
        choose, as a bool array [vocab] or a packed mask (sampling.mask_from_ids), or None to keep the last
        mask; it is asked before every step.
        logprobs: None, or how many top alternatives (0..20) to report with each token: computed on the
        GPU in the same submit; stats["logprobs"] gets a TokenLogprob per token before it is yielded.
        should_stop: None, or a callable asked between prefill chunks; when it returns true the prefill
        ends there and nothing is yielded (stats["finish_reason"] "cancelled"): a long prompt whose
        request was cancelled frees the engine within a chunk.
        Prefix reuse: the prompt's longest common prefix with the tokens whose K / V rows the caches hold
        (the previous request's prompt and reply: a chat's earlier turns; with several KV slots, those of
        the slot KVSlots.choose picks) is not prefilled again;
        stats["cached_tokens"] says how many prompt tokens were reused, stats["prefill_tokens"] how many
        were run. At least the last prompt token is always run (its logits give the first reply token).
        Speculative decoding (self.speculation, tabllm.speculative) where it applies: plain greedy
        settings, no constraint, no logprobs; the tokens are the same, several come from one pass;
        stats["speculation"] counts the passes, drafted and accepted tokens."""
        self._check_open()
        V = self.config["vocab_size"]
        settings.validate(V)
        prompt_ids = self._checked_ids(prompt_ids)
        if not _is_whole(max_tokens) or max_tokens < 1:
            raise TabllmError(f"max_tokens must be a whole number >= 1, got {max_tokens!r}")
        self._reset_sampler(prompt_ids, settings)
        phase = settings.phase()
        if phase == "greedy" and constraint is not None:
            phase = "sample"  # the raw argmax would ignore the mask
        if logprobs is not None and not 0 <= logprobs <= LOGPROB_TOP_MAX:
            raise TabllmError(f"logprobs must be 0..{LOGPROB_TOP_MAX} top alternatives, got {logprobs}")
        phases = [phase] + (["logprobs"] if logprobs is not None else [])
        stats = stats if stats is not None else {}
        if logprobs is not None:
            stats["logprobs"] = []

        def read_token() -> Wait:
            """A Wait for the id the GPU chose (executor.read of ids[0]), or with logprobs the kernel's
            2 + 2N words; next_token(wait) turns its result into the token."""
            if logprobs is None:
                return Wait(self.executor.read, "ids", "i32", 1)
            return Wait(self.executor.read, "logprobs", "u32", 2 + 2 * logprobs)

        def next_token(wait, fetched=False):
            """The token of a finished Wait: read_token's values, or (fetched) the bytes a queued step
            copied out (executor.fetch)."""
            data = wait.result
            if logprobs is None:
                return int.from_bytes(data[:4], "little", signed=True) if fetched else int(data[0])
            words = np.frombuffer(data, "<u4") if fetched else data
            entry = decode_logprobs(words, logprobs)
            stats["logprobs"].append(entry)
            return entry.token

        seed = settings.seed if settings.seed is not None else secrets.randbits(32)
        out = []

        def constrain():
            if constraint is not None:
                t = time.perf_counter()
                allowed = constraint.allowed(out)
                if allowed is not None:
                    # a packed u32 mask (array "I", e.g. JSON mode's), or a bool array [vocab] (numpy)
                    packed = allowed if isinstance(allowed, array) else pack_mask(allowed)
                    self.executor.upload("allowed", packed)
                stats["constraint_s"] = stats.get("constraint_s", 0.0) + time.perf_counter() - t

        dims = lambda step: {**settings.call_dims(seed, step), "top_logprobs": logprobs or 0}  # noqa: E731
        t0 = time.perf_counter()
        # the KV slot holding the longest prefix of the prompt, else the least recently used (kv_slots.KVSlots)
        cached = self.kv_slots.place(prompt_ids, len(prompt_ids) - 1)
        stats["cached_tokens"], stats["prefill_tokens"] = cached, len(prompt_ids) - cached
        # with a constraint the first mask is computed while the prompt's last chunk runs (it ends with the
        # head), then goes up before the sampler: as each constrained decode step (overlap_mask below)
        tail = ["head_last"] if constraint is not None else ["head_last", *phases]
        if not (yield from self._prefill_steps(prompt_ids[cached:], cached, tail, dims(0), should_stop)):
            stats["finish_reason"] = "cancelled"
            return
        if constraint is not None:
            constrain()
            self.executor.run(phases, dims(0))
        wait = read_token()
        yield wait
        token = next_token(wait)
        stats["prefill_s"] = time.perf_counter() - t0
        stats["finish_reason"] = "length"
        P0 = len(prompt_ids)
        forward_phases = lambda pos: [self.decode_phase(pos), "head_last"]  # noqa: E731  (the layers and the head)
        step_phases = lambda pos: [*forward_phases(pos), *phases]  # noqa: E731
        # the step at position pos reads the token there and samples the next: sampler step pos - P0 + 1
        step_dims = lambda pos: {**self.family.call_dims(self.config, 1, pos), **dims(pos - P0 + 1)}  # noqa: E731
        # a step is worth running while the reply may still grow: it makes token pos - P0 + 2
        wanted = lambda pos: pos - P0 + 1 < max_tokens and pos + 1 < self.context_length  # noqa: E731
        # Without a constraint the host adds nothing between steps (the sampled id stays on the GPU), so
        # executors that can (encode / submit / fetch) keep QUEUED_STEPS steps submitted ahead of the one
        # being read: the GPU does not wait for the id's trip to the host. A step queued behind the end
        # of the reply (an end-of-turn token) is run for nothing and writes only state the next call
        # rewrites (KV rows past the reply, ids, the sampler's counts).
        depth = 0  # steps kept submitted; each holds one of the executor's readback slots till it is fetched
        drafter = self._drafter(settings, constraint, logprobs, prompt_ids)
        drafter_k = self.speculation.draft_tokens if drafter is not None else 0
        if constraint is None and hasattr(self.executor, "fetch") and self.queue_decode_steps:
            depth = min(QUEUED_STEPS, self.executor.readback_slots - 1)
        # With a constraint each step's mask needs the token read before it, so no step is queued; instead
        # the step is cut in two submits: the layers and head of step pos + 1 are submitted (they read the
        # sampled id on the GPU) before the id of step pos is fetched, and the host computes the mask for
        # that id while they run; then the mask goes up and the sampler runs. The GPU waits only for
        # what the mask takes beyond one forward pass.
        overlap_mask = constraint is not None and hasattr(self.executor, "fetch") and self.queue_decode_steps
        forward_ahead = None  # the position whose layers and head are submitted ahead (overlap_mask)
        # Speculation: a pass over [out[-1], *draft] at pos decides 1 .. len(draft) + 1 tokens; the first is
        # `token`, the others wait in `pending` (their K / V rows, but for the last one's, are written).
        # Steps are queued only for tokens the drafter has said it will not draft for (Drafter.skip: each
        # queued step takes one of those chances), never while a pass's tokens are pending.
        pending = deque()
        spec = {"passes": 0, "plain_steps": 0, "queued_steps": 0, "drafted": 0, "accepted": 0}
        ids_stale = False  # ids[0] no longer holds out[-1] (a verify pass wrote its rows there)
        readback = ("ids", 4) if logprobs is None else ("logprobs", 4 * (2 + 2 * logprobs))
        in_flight = deque()  # encoded and submitted steps, oldest first
        pos, t1 = P0, time.perf_counter()
        while True:
            if stop_at_eos and token in self.eos_ids:
                stats["finish_reason"] = "stop"
                if logprobs is not None:
                    stats["logprobs"].pop()  # one entry per yielded token
                break
            out.append(token)
            # top up the queue before the caller sees the token: the steps at pos, pos + 1, ...
            limit = depth if drafter is None else 0 if pending else min(depth, len(in_flight) + drafter.skip)
            while len(in_flight) < limit and wanted(pos + len(in_flight)):
                if ids_stale:  # (the first queued step reads out[-1] from ids[0])
                    self.executor.upload("ids", array("i", [out[-1]]))
                    ids_stale = False
                step = self.executor.encode(step_phases(pos + len(in_flight)), step_dims(pos + len(in_flight)), readback)
                self.executor.submit(step)
                in_flight.append(step)
                if drafter is not None:
                    drafter.skip -= 1
                    spec["queued_steps"] += 1
            if drafter is not None:
                drafter.append(token)
            yield token
            if not wanted(pos):
                break
            if pending:  # decided by the last verify pass
                token = pending.popleft()
            elif in_flight:
                wait = Wait(self.executor.fetch, in_flight.popleft())
                yield wait
                token = next_token(wait, fetched=True)
                if drafter is not None:
                    spec["plain_steps"] += 1
            else:
                t_pass = time.perf_counter()  # (a pass's time counts its drafting: a draft model's steps)
                # at most the drafts that leave the pass's tokens room in the reply and in the context
                room = min(max_tokens - len(out), self.context_length - 1 - pos)
                draft = [] if drafter is None else drafter.propose(min(drafter_k, self.speculation_rows() - 1, room - 1))
                if draft:
                    self._kv_ids = self._kv_ids[:pos]  # (rows pos .. pos + len(draft) are about to be rewritten)
                    greedy = yield from self._verify_steps([out[-1], *draft], pos)
                    # greedy[r] follows draft[r - 1] (row 0: out[-1]); a draft is kept while it is that token
                    accepted = next((i for i, d in enumerate(draft) if d != greedy[i]), len(draft))
                    decided = draft[:accepted] + [greedy[accepted]]
                    token = decided[0]
                    pending.extend(decided[1:])
                    drafter.record_verify(time.perf_counter() - t_pass, len(decided))
                    spec["passes"] += 1
                    spec["drafted"] += len(draft)
                    spec["accepted"] += accepted
                    self._kv_ids = self._kv_ids[:pos]  # (the loop adds each decided token's row as it emits it)
                    ids_stale = True
                elif overlap_mask:  # (no drafter: ids[0] holds `token`, written by the sampler)
                    if forward_ahead != pos:
                        self.executor.run(forward_phases(pos), step_dims(pos))
                    constrain()  # while the layers run
                    step = self.executor.encode(phases, step_dims(pos), readback)
                    self.executor.submit(step)
                    forward_ahead = pos + 1 if wanted(pos + 1) else None
                    if forward_ahead is not None:  # (reads the id the sampler writes; run for nothing after an end)
                        self.executor.run(forward_phases(pos + 1), step_dims(pos + 1))
                    wait = Wait(self.executor.fetch, step)
                    yield wait
                    token = next_token(wait, fetched=True)
                else:  # ids[0] already holds `token` (written by the sampler on the GPU), unless a verify pass ran
                    yield from self._decode_input_steps(out[-1], pos, ids_stale, stats)
                    ids_stale = False
                    constrain()
                    self.executor.run(step_phases(pos), step_dims(pos))
                    wait = read_token()
                    yield wait
                    token = next_token(wait)
                    if drafter is not None:
                        spec["plain_steps"] += 1
                        drafter.record_plain(time.perf_counter() - t_pass)
            self._kv_ids += (out[-1],)  # the step at pos has written out[-1]'s K / V rows there
            pos += 1
        stats["decode_s"] = time.perf_counter() - t1
        stats["decode_steps"] = max(len(out) - 1, 0)
        if drafter is not None:
            stats["speculation"] = spec

    def _reset_sampler(self, prompt_ids, settings):
        """The sampler's per-request GPU state: penalty memory, logit bias, allowed mask, threshold."""
        V = self.config["vocab_size"]
        # array.array, not numpy: the page runs this too (Pyodide's core has no numpy)
        seen = array("i", bytes(4 * V))
        if settings.repetition_penalty != 1.0:
            for i in set(prompt_ids):
                seen[i] = 1
        self.executor.upload("seen", seen)
        self.executor.upload("counts", array("i", bytes(4 * V)))
        self.executor.upload("bias", settings.bias_vector(V))
        self.executor.upload("allowed", all_allowed_mask(V))
        self.executor.upload("threshold", array("I", [0]))

    def chat_prompt_ids(self, messages, context_policy="error", reply_room=1, tools=None) -> list:
        """The prompt of a chat. context_policy (conversation.CONTEXT_POLICIES): "error" renders every
        message (a prompt that does not fit is a ContextWindowError when generation starts);
        "drop_oldest" drops the oldest turns after the system messages until the prompt leaves
        reply_room tokens of the context (the last user turn always stays). tools: the template's
        `tools` (api/tools.py)."""
        if self.template is None:
            raise TemplateError(f"{self.config.get('name', 'this model')} has no chat template: give a raw prompt "
                                "(generate(..., chat=False), completions) instead of chat messages")
        render = lambda ms: self.template.render_ids(ms, self.tokenizer, add_generation_prompt=True, tools=tools)  # noqa: E731
        return render(fit_messages(messages, lambda ms: len(render(ms)), self.context_length - reply_room, context_policy))

    def text_prompt_ids(self, text) -> list:
        """A raw prompt (no chat template), with BOS where the model wants one."""
        bos = self.config.get("bos_token_id")
        return ([bos] if self.config.get("add_bos_token") and bos is not None else []) + self.tokenizer.encode(text)

    def chat_stream(self, messages, max_tokens=DEFAULT_MAX_TOKENS, settings=None, context_policy="error", **sampler):
        """Yield text pieces of the assistant's reply; never splits a UTF-8 character. context_policy: see
        chat_prompt_ids (with "drop_oldest", room for min(max_tokens, a quarter of the context) is kept)."""
        ids = self.chat_prompt_ids(messages, context_policy, reply_room=max(1, min(max_tokens, self.context_length // 4)))
        return self._text_pieces(ids, max_tokens, settings or SamplerSettings(**sampler))

    def text_stream(self, text, max_tokens=DEFAULT_MAX_TOKENS, settings=None, **sampler):
        """Yield text pieces continuing a raw prompt (no chat template), as chat_stream does."""
        return self._text_pieces(self.text_prompt_ids(text), max_tokens, settings or SamplerSettings(**sampler))

    def _text_pieces(self, prompt_ids, max_tokens, settings):
        decoder = self.tokenizer.stream_decoder()
        for token in self.stream_ids(prompt_ids, max_tokens, settings):
            piece = decoder.push(token)
            if piece:
                yield piece
        tail = decoder.flush()
        if tail:
            yield tail

    def generate(self, prompt, max_tokens=DEFAULT_MAX_TOKENS, chat=True, **sampler) -> Generation:
        """prompt: a user message (str), a list of chat messages, or token ids (chat is then ignored).
        chat=False, or a model without a chat template (a base model such as GPT-2): a raw prompt."""
        settings = SamplerSettings(**sampler)
        if isinstance(prompt, str):
            raw = not chat or self.template is None
            ids = self.text_prompt_ids(prompt) if raw else self.chat_prompt_ids([{"role": "user", "content": prompt}])
        elif prompt and isinstance(prompt[0], dict):
            ids = self.chat_prompt_ids(prompt)
        else:
            ids = list(prompt)
        stats = {}
        out = list(self.stream_ids(ids, max_tokens, settings, stats))
        steps = stats["decode_steps"]
        return Generation(
            text=self.tokenizer.decode(out),
            token_ids=out,
            prompt_tokens=len(ids),
            finish_reason=stats["finish_reason"],
            prefill_tok_s=len(ids) / stats["prefill_s"],
            decode_tok_s=steps / stats["decode_s"] if steps and stats["decode_s"] > 0 else 0.0,
            stats=stats,
        )

    # --- OpenAI-shaped API (tabllm.api): engine.chat.completions.create(...) etc. -------------------

    @cached_property
    def chat(self):
        from .api import Chat

        return Chat(self)

    @cached_property
    def completions(self):
        from .api import Completions

        return Completions(self)

    @cached_property
    def embeddings(self):
        from .api import Embeddings

        return Embeddings(self)

    def close(self):
        """Free every GPU buffer and pipeline; using the engine afterwards raises a clear TabllmError.
        Closing twice is harmless. `with tabllm.load(...) as engine:` closes it at the block's end."""
        if not self._closed:
            self._closed = True
            self.executor.release()

    release = close  # (the name the engine had first)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _check_open(self):
        if self._closed:
            raise TabllmError("this engine was closed (engine.close()); load the model again to use it")


def load(model=None, device="gpu", context_length=None, progress=None, precision="auto", speculate=None,
         debug=False, kv_slots=1, kv_budget=None) -> Engine:
    """Load a model directory (None: the bundled SmolLM2-135M-Instruct, converted on first use).
    device: "gpu" (wgpu-native), "cpu" (the kernels compiled by TVM for this CPU; needs apache-tvm), "auto"
    (the GPU unless wgpu finds none or only a software one such as lavapipe, then the CPU) or "reference"
    (numpy float64, slow; for checks): tabllm.runtime.devices.
    precision: "auto" (f16 storage where the GPU has shader-f16 and the model family an f16 plan), "f16"
    or "f32"; the reference runs either plan (f16 buffers rounded to float16 as the GPU stores them).
    speculate: None / "off" (plain decoding), "prompt-lookup" or a tabllm.speculative.Speculation: greedy
    replies drafted and verified several tokens a pass, the same tokens (Engine.speculation).
    debug: the plan also has the debug phases of the teaching views (tabllm.teach.inside).
    kv_slots, kv_budget: KV caches kept for several conversations' prefixes (Engine, tabllm.kv_slots)."""
    from .convert import default_model_dir

    model_dir = Path(model) if model else default_model_dir(progress=progress)
    from .runtime.devices import make_executor

    executor = make_executor(device, progress=progress)
    return Engine(model_dir, executor, context_length=context_length, precision=precision, speculate=speculate,
                  debug=debug, kv_slots=kv_slots, kv_budget=kv_budget)
