"""Lowering: the kernel steps of a model's logical ops (a family's file says "rms_norm, then the qkv
product", this module says which kernels compute it on this plan's device profile and precision).

A family builds its layer once per phase (`Lowering.layer_phases`: a prefill chunk, one decode token,
and their long-context variants where the profile has them) and asks for each op's steps:
    normed_product   y = rms_norm(x) * w @ W^T     (fused into one gemv for a GPU decode step)
    product          y = x @ W^T (+ residual)
    rope_attention   q / k rotated, k and v into the caches, att = softmax(q k^T * scale) v (causal, window)
    attention_out    rope_attention, then att @ Wo^T (+ residual): a wide GPU decode step fuses the two
    gated_mlp        x = residual + (act(gate) * up) @ Wdown^T with gate / up = rms_norm(x) * w @ Wgu^T
    rms_norm
Whatever a family asks for, every profile gets its kernels: the GPU schedules (gemv_* / gemv4_* /
gemv8_* for one token, mmt_* tiled prefill products, workgroup attention) on "gpu", the barrier-free
ones (mm8_* / matmul_*, one invocation an output) on "cpu" (CPU Vulkan such as lavapipe, SwiftShader).

Scratch buffers the steps use (the family declares the ones its math names: x, x2, xn, qkv, q, att,
gu, h; the lowering adds its own on first use, sized by their largest use): "mmt.part" (K splits),
"attn_part" / "attn_prefill.part" (split attention), "s" / "p" (scores [H, n, L] where no fused
attention applies), "xq" / "xs" / "hq" / "hs" (int8 activations of the wide decode products).

Every tuning constant below was measured; BENCHMARKS.md has the figures and the commands.
"""

import math
from dataclasses import dataclass, field

from .errors import TabllmError
from .kernel_set import (ATTN_MAX_HEAD_DIM, ATTN_PREFILL_MAX_HEAD_DIM, ATTN_SPLIT_GROUP, ATTN_SPLIT_SCORES,
                         ATTN_SPLIT_THREADS, GEMV4_ROWS, GEMV4_WIDE_ROWS, GEMV8_ROWS, GEMV_ROWS, MM_COLUMNS, MM_TOKENS,
                         MMT_BLOCKS, MMT_COLUMNS, MMT_ROWS, find, product_kernels)
from .plan import ITEMSIZE, Plan, Step
from .weights import matrix_buffers

# --- barrier-free products (profile "cpu", and shapes the GPU kernels do not take) ---------------------
# - prefill (n tokens): mm8_* — one invocation per (output column, 8 rows of x), so each weight word is
#   loaded and dequantized once for 8 tokens. On lavapipe a 37-token SmolLM2 prefill took ~7 s instead of
#   ~27 s with matmul_* (2026-12-07, BENCHMARKS.md "Memory and lavapipe"). It computes whole tiles of 8
#   rows (buffers hold a multiple of 8 rows) and needs N a multiple of its 64 outputs per workgroup.
# - one token (decode): matmul_* — one invocation per output: mm8_* would do 8 rows of work for 1.
# (MM_TOKENS, MM_COLUMNS: mm8_*'s rows of x per invocation and outputs per workgroup, tabllm.kernel_set)

# --- GPU products ------------------------------------------------------------------------------------
# (GEMV_ROWS, GEMV4_ROWS, GEMV8_ROWS: output rows per workgroup of gemv_* / gemv4_* / gemv8_*, tabllm.kernel_set)
# mmt_* (tiled prefill products, f32 activations): MMT_COLUMNS outputs per workgroup (N a multiple of it, and
# so is PART_ROWS: a row part keeps the kernel), MMT_BLOCKS quant blocks per K step (K a multiple of 32 times
# it), MMT_ROWS rows of x per tile (tabllm.kernel_set). Their grid comes from n and N: no call dims.
# K splits: a prefill product of few output tiles (a 4096-wide product in a chunk of 64 tokens: 64 tiles)
# leaves much of a large GPU idle, so its K steps are split over S workgroups per tile (mmt_* writes S
# partial sums into "mmt.part", mmt_sum(_add) adds them up): S = ceil(MMT_WORKGROUPS / tiles of a full
# chunk), at most MMT_MAX_SPLITS and one split per MMT_MIN_STEPS K steps. MMT_WORKGROUPS = 0: no splits.
# H200 sweeps (8B shapes): in chunks of 64 rows S = 4-8 took qkv 208 -> 155 us and down 740 -> 338 us
# (benchmarks/results/2026-11-30/h200-sweep-mmt.txt); in the 8B's chunks of 256 rows (engine.default_tokens_per_call) S = 2
# was slower for every shape (qkv 501 -> 524 us, o 350 -> 370, down 1207 -> 1245:
# benchmarks/results/2026-11-30/h200-sweep-mmt-r4x8-n256.txt), so 256 leaves those whole. SmolLM2 (64-row chunks,
# K = 576: 18 steps) prefills a 512-token prompt at 8.8k tok/s without splits, 13.7k with one split per 8
# steps, 15.0k per 4 (memory ratio 1.058 -> 1.069), 15.5k per 2 (1.081) (`tabllm bench`, H200). (A matrix cut
# into row parts, RowParts, has its K splits per part, from the part's own output tiles.)
MMT_WORKGROUPS = 256
MMT_MAX_SPLITS = 8
MMT_MIN_STEPS = 4
# gemv4_*: decode products over whole q4 blocks (kernel_set.Q4_FORMATS). gemv4_norm16_* (16 rows a workgroup) for
# normed products of >= GEMV4_WIDE rows (H200: qkv of 6144 rows 1.0 ms a token at 4 rows, 1.1 at 16)
GEMV4_WIDE = 16384
# From this input width (hidden size for the normed products, FFN width for the down product) a GPU decode
# step prepares the input of the q4 products once, in a dispatch of its own (the fused gemv4 kinds redo that
# input work in every workgroup, which costs more than a dispatch on 8B shapes, not on SmolLM2's): it
# quantizes rms_norm(x) * w or silu(gate) * up to int8 blocks of 32 (act_q8_*), and the products run as
# gemv8_* (dot4I8Packed): their f32 dequantization arithmetic, not memory, bounded them (H200: gate_up
# 916 -> 1826 GB/s, BENCHMARKS.md). The price is int8 rounding of those activations (as llama.cpp's q8_1
# activations; logits within 1-3% of the exact model's range with the path forced onto SmolLM2). The o
# product has no act_q8 dispatch in front (one cost more than it saved: H200, 8B, 681 against 587 us a
# token): gemv4 over f32, or gemv8 where the attention writes int8 itself (INT8_ATTENTION_OUTPUT).
# The k-quants of kernel_set.KQ8_FORMATS (q4_k, q6_k: GGUF's blocks, no gemv4_*) take the same route, and from
# this width their plain products too (the head: act_q8 then gemv8_*), where gemv_* read 360 GB/s (H100, 8B
# Q4_K_M mix, BENCHMARKS.md); there is no fused gate / up kernel for them (act_q8_silu runs between).
SEPARATE_INPUT_WIDTH = 4096
# Where both the gate / up and the down products take that path, gemv8_gate_up_* writes the down product's
# int8 input itself (a workgroup per block of 32 gate and 32 up rows), in place of gate_up into gu and an
# act_q8_silu dispatch: 8 -> 7 dispatches a layer.
FUSED_GATE_UP = True
# Likewise the o product of a wide model (H hd >= SEPARATE_INPUT_WIDTH, hd a multiple of 32) runs as gemv8_*
# when the decode attention is the one-dispatch kernel: attn_decode_rope_q8_gpu writes its output row as
# int8 blocks itself (a head's blocks are its own), so the int8 input costs no dispatch of its own.
INT8_ATTENTION_OUTPUT = True

# --- GPU attention -----------------------------------------------------------------------------------
# attn_split*_gpu, a GPU decode step's attention (build_tools/kernels/attention_decode.py): positions per workgroup (the
# split, a multiple of 8: the grid and the partials follow it), and query heads of one KV head per
# workgroup at most (gb: the largest divisor of H / Hkv within it; 1: one query head per workgroup, each
# K / V row then read by every head of its group). Both are uniforms: tune them here, no new kernels.
ATTN_SPLIT = 64  # (H200 sweep, BENCHMARKS.md: 64 with gb = H / Hkv the steadiest over L = 100 .. 4000 on both benchmark models)
# (ATTN_SPLIT_GROUP, ATTN_SPLIT_THREADS, ATTN_SPLIT_SCORES: the kernels' limits, gb * split at most the scores;
# ATTN_MAX_HEAD_DIM: larger heads take attn_scores_gpu, softmax_rows, attn_pv_gpu; tabllm.kernel_set)
# A GPU decode step's attention with a head dim of a multiple of 16 (attn_decode_rope*_gpu): one workgroup a
# query head reads the head's K / V rows, at the rate of one SM (~40-50 GB/s, H200), so its time grows with
# L hd. From ATTN_DECODE_SPLIT_BYTES of K / V a head (L hd 8 bytes) a step runs phase body_decode_long
# instead: attn_decode_rope_split_gpu spreads the positions over up to ATTN_DECODE_SPLITS workgroups a head
# (call dim decode_span = max(ATTN_SPLIT, ceil(L / ATTN_DECODE_SPLITS)) positions each), then
# attn_combine*_gpu merges them: one dispatch more. H200 (BENCHMARKS.md), both kernels alone at 8B / SmolLM2
# heads: the split costs ~22 us at any L, one workgroup a head 15-20 us at short L, and they meet at L ~ 512
# for head dim 128 and between 1024 and 2048 for 64 (512 KiB: 512 and 1024); 8B decode at L 513-640, 8B: 289
# -> 318 tok/s. Spans: at ~600 64 or 128 positions beat 256; at 4000 256 beats 128 and 64 (a merge of many
# costs more). In the whole SmolLM2 model, though, the split already wins from ~300-500 positions (H200,
# `tabllm bench --prompt-tokens L`, split against one workgroup a head: at 512 722-734 against 604-677 tok/s,
# at 800 651-720 against 637-650, at 300 713-715 against 712-729; BENCHMARKS.md row 30), so a step splits from
# ATTN_DECODE_SPLIT_MAX_L positions whatever its head dim.
ATTN_DECODE_SPLIT_BYTES = 512 << 10
ATTN_DECODE_SPLIT_MAX_L = 512
ATTN_DECODE_SPLITS = 16
# attn_prefill_gpu, a GPU prefill chunk's attention (f32 plan; build_tools/kernels/attention_prefill.py): query rows per
# workgroup (the kernel's ATTN_PREFILL_THREADS / ATTN_PREFILL_PARTS) and the largest head dim it takes
# (kernels.ATTN_PREFILL_MAX_HD4 vec4s; larger heads and the f16 plan: attn_scores_gpu, softmax_rows,
# attn_pv_gpu through the [H, n, L] buffers s and p). The query heads of one KV head per workgroup (gb,
# a uniform) divide those rows with the tokens: see prefill_heads.
ATTN_PREFILL_ROWS = 16  # (ATTN_PREFILL_MAX_HEAD_DIM: tabllm.kernel_set)
# Prefill chunks attending to at least ATTN_PREFILL_LONG_L positions run phase body_long, whose attention is
# attn_prefill_split_gpu over up to ATTN_PREFILL_SPLITS spans of key positions, span = max(ATTN_PREFILL_MIN_SPAN,
# ceil(L / S)) (call dim "span"), i.e. up to S times the workgroups (a 64-token chunk of the 8B has only 128
# without spans, each walking all L keys), into "attn_prefill.part" [T H, S, hd + 4], then attn_combine_gpu
# (one more dispatch); shorter ones one attn_prefill_gpu dispatch (phase body). H200, 8B, a chunk of 64, us a
# layer (benchmarks/results/2026-11-30/h200-sweep-attn-prefill.txt): L = 256 57 whole / 57-71 split, L = 512 103 /
# 89 (span 256), L = 2048 379 / 262-267 (span 128-256). ATTN_PREFILL_SPLITS = 0: no body_long.
ATTN_PREFILL_SPLITS = 8
ATTN_PREFILL_MIN_SPAN = 256
ATTN_PREFILL_LONG_L = 512


def product_dims(N: int, K: int) -> dict:
    """The scalars of either barrier-free kernel (each takes the ones it declares; nt is a call dim: tiles(n))."""
    return {"n": "n", "nt": "nt", "N": N, "Nj": N // MM_COLUMNS, "K": K}


def tiles(n: int) -> int:
    """mm8_*'s tiles of MM_TOKENS rows for n rows (the call dim nt)."""
    return -(-n // MM_TOKENS)


def split_heads(H: int, Hkv: int, hd: int, split: int = ATTN_SPLIT) -> int:
    """Query heads per workgroup of attn_split*_gpu (gb, see ATTN_SPLIT_GROUP): q of gb heads fits the
    workgroup (gb * hd / 4 <= ATTN_SPLIT_THREADS vec4s), their scores too (gb * split <= ATTN_SPLIT_SCORES)."""
    G = H // Hkv
    fits = [g for g in range(1, min(G, ATTN_SPLIT_GROUP) + 1)
            if G % g == 0 and g * hd // 4 <= ATTN_SPLIT_THREADS and g * split <= ATTN_SPLIT_SCORES]
    if split % 8 or not fits:
        raise TabllmError(f"attention split {split} must be a multiple of 8 and at most {ATTN_SPLIT_SCORES}")
    return max(fits)


def prefill_heads(H: int, Hkv: int) -> int:
    """Query heads per workgroup of attn_prefill_gpu (gb): the largest divisor of H / Hkv within its
    ATTN_PREFILL_ROWS rows. Its grid has H n / ATTN_PREFILL_ROWS workgroups whatever gb is; a larger gb
    leaves fewer tokens per workgroup (ATTN_PREFILL_ROWS // gb): a tighter causal bound per tile and fewer
    padded rows in short chunks."""
    G = H // Hkv
    return max(g for g in range(1, min(G, ATTN_PREFILL_ROWS) + 1) if G % g == 0)


def decode_split_from(hd: int) -> int:
    """The first L whose decode step splits the attention, for head dim hd."""
    return min(-(-ATTN_DECODE_SPLIT_BYTES // (8 * hd)), ATTN_DECODE_SPLIT_MAX_L)  # (8 hd: a position's K and V rows, f32)


def call_dims(H: int, n: int, pos0: int) -> dict:
    """Values of the call-time names the lowered steps use, for n tokens at positions pos0... (H query
    heads); a family adds its own."""
    L = pos0 + n
    nb = -(-H * n * L // 64)  # workgroups of attn_scores_gpu
    span = max(ATTN_PREFILL_MIN_SPAN, -(-L // max(ATTN_PREFILL_SPLITS, 1)))  # keys per span of attn_prefill_split_gpu
    decode_span = max(ATTN_SPLIT, -(-L // ATTN_DECODE_SPLITS))  # positions per workgroup of attn_decode_rope_split_gpu
    return {"n": n, "nt": tiles(n), "pos0": pos0, "L": L, "Hn": H * n, "nb": nb, "last_row": n - 1, "span": span,
            "decode_span": decode_span}


@dataclass(frozen=True)
class RowParts:
    """A matrix held as several matrices of consecutive rows, `{base}.part{k}`; each product of it is one product
    per part into the scratch "row_parts.out", whose columns copy_columns puts in place (an embedding lookup: one
    lookup per part, Lowering.embed). Two causes:
    - a fused matrix (qkv, gate_up) whose source tensors differ in format, kept as the GGUF holds them (a Q4_K_M
      GGUF's Q4_K q / k next to its Q6_K v): the model directory holds one matrix per run of tensors of one
      format (k: the run's first tensor);
    - a matrix above the device's storage binding (Plan.max_binding; WebGPU's default and some phones' 128 MiB,
      Gemma 3's 262k x 640 embedding in f16 is 320 MiB): the model directory holds it whole, and plan.splits
      says which byte range of each tensor goes into which part buffer."""
    base: str
    parts: tuple  # ((format, bindings, rows), ...) in row order


# Rows of a part cut for the storage binding: a multiple of the 64 outputs per workgroup of mm8_* and mmt_*
# (so also of gemv_*'s 4), so each part keeps the kernel the whole matrix would have.
PART_ROWS = 64


def linear_weights(plan: Plan, quant: dict, base: str, rows: int, cols: int, parts=None):
    """Register the buffers of matrix `base` ([rows, cols]) in its format (weights.MATRIX_FORMATS: .q,
    and .scale / .min where the format has them); returns (format, binding map). parts: the row counts of
    the tensors a fused matrix was made of; where the model directory holds them as separate matrices
    (`{base}.part{k}`: tensors k up to the next part), the format is a RowParts (and the binding map empty).
    A matrix with a buffer above plan.max_binding is registered as row parts of at most that many bytes
    (RowParts, PART_ROWS-row multiples) and its tensors' byte ranges recorded in plan.splits."""
    if base not in quant and parts and f"{base}.part0" in quant:  # part k: tensors k .. (the next part) - 1
        starts = [k for k in range(len(parts)) if f"{base}.part{k}" in quant] + [len(parts)]
        return RowParts(base, tuple((*linear_weights(plan, quant, f"{base}.part{a}", sum(parts[a:b]), cols), sum(parts[a:b]))
                                    for a, b in zip(starts, starts[1:]))), {}
    fmt = quant[base]
    buffers = matrix_buffers(fmt, rows, cols)
    row_bytes = {sfx: math.prod(shape[1:]) * ITEMSIZE[dtype] for sfx, (dtype, shape) in buffers.items()}
    limit = plan.max_binding
    part_rows = (min(limit // b for b in row_bytes.values()) // PART_ROWS * PART_ROWS) if limit else 0
    if not limit or max(row_bytes.values()) * rows <= limit or part_rows == 0:  # (0: a block of rows is too
        return fmt, _matrix_bindings(plan, base, fmt, rows, cols)            # large: Plan.check_limits names it)
    cuts = [(r0, min(part_rows, rows - r0)) for r0 in range(0, rows, part_rows)]
    for suffix, (dtype, shape) in buffers.items():
        plan.splits[f"{base}.{suffix}"] = {"dtype": dtype, "shape": shape, "parts": [
            (f"{base}.part{k}.{suffix}", r0 * row_bytes[suffix], n * row_bytes[suffix]) for k, (r0, n) in enumerate(cuts)]}
    return RowParts(base, tuple((fmt, _matrix_bindings(plan, f"{base}.part{k}", fmt, n, cols), n)
                                for k, (_, n) in enumerate(cuts))), {}


def _matrix_bindings(plan, name, fmt, rows, cols):
    """Register matrix `name`'s weight buffers; its products' bindings (wq, and wscale / wmin) to them."""
    return {"w" + suffix: plan.add_buffer(f"{name}.{suffix}", dtype, shape, "weight")
            for suffix, (dtype, shape) in matrix_buffers(fmt, rows, cols).items()}


def _schedule(step):
    """The schedule of a product step's kernel (tabllm.kernel_set), None for any other kernel."""
    product = product_kernels().get(step.kernel)
    return product.schedule if product else None


@dataclass
class Phase:
    """One phase's layer steps: `decode` (one token a call) and `long` (attending to many positions).
    keeps_probabilities: the attention takes the path that writes its probabilities to the scratch "p"
    [H, n, L] (attn_scores, softmax_rows, attn_pv) whatever the profile: the debug phase (inside_phase)."""
    name: str
    decode: bool
    long: bool
    steps: list = field(default_factory=list)
    keeps_probabilities: bool = False


@dataclass(frozen=True)
class Attention:
    """The attention shape: H query heads, Hkv KV heads of hd, KV capacity C."""
    H: int
    Hkv: int
    hd: int
    C: int

    @property
    def width(self) -> int:  # a qkv row: [q heads | k heads | v heads]
        return (self.H + 2 * self.Hkv) * self.hd


class Lowering:
    """Kernel steps for one plan (its profile, precision and rows per call T)."""

    def __init__(self, plan: Plan, attn: Attention, eps: float):
        self.plan, self.attn, self.eps = plan, attn, eps
        self.T = plan.max_tokens_per_call
        self.gpu = plan.profile == "gpu"
        self.v16 = "_f16" if plan.precision == "f16" else ""  # the layers' kernel variants for f16 storage
        self.sfx = "_gpu" if self.gpu else ""  # GPU schedules of rms_norm and attention (workgroup reductions)
        if self.T % MM_TOKENS:
            raise TabllmError(f"tokens per call must be a multiple of {MM_TOKENS}")  # mm8_* writes whole tiles
        H, Hkv, hd = attn.H, attn.Hkv, attn.hd
        # a GPU decode step (f32): attention split over the context, partials [H, Smax, hd + 4] in attn_part
        self.split_decode = self.gpu and hd <= ATTN_MAX_HEAD_DIM and not self.v16
        self.fused_decode = self.split_decode and hd % 16 == 0  # attn_decode_rope*_gpu (and the long decode phase)
        # prefill attention of the GPU profile's f32 plan: attn_prefill_gpu (no scores in memory)
        self.flash_prefill = self.gpu and not self.v16 and hd <= ATTN_PREFILL_MAX_HEAD_DIM
        self.long_prefill = self.flash_prefill and ATTN_PREFILL_SPLITS > 0  # (phase body_long)
        if self.split_decode:
            self.Smax = -(-attn.C // ATTN_SPLIT)
            self.split = {"H": H, "Hkv": Hkv, "gb": split_heads(H, Hkv, hd), "hd4": hd // 4, "C": attn.C, "Smax": self.Smax,
                          "P4": hd // 4 + 1, "split": ATTN_SPLIT, "L": "L", "window": attn.C, "scale": float(hd) ** -0.5}

    # --- phases ------------------------------------------------------------------------------------------

    def layer_phases(self, first_steps, debug: tuple | None = None) -> list:
        """The phases a family's layers are built into, each starting with `first_steps` (the embedding):
        body (a prefill chunk), body_long (prefill attending to many positions: split attention),
        body_decode (one token), body_decode_long (one token, long context: split attention).
        debug: (layers, D) for a plan with the debug phases (from the embedding to the head): also
        debug_inside (below), whose rows the family keeps after each layer with keep_layer."""
        phases = [Phase("body", False, False), Phase("body_decode", True, False)]
        if self.long_prefill:
            phases.insert(1, Phase("body_long", False, True))
        if self.fused_decode:
            phases.append(Phase("body_decode_long", True, True))
        for ph in phases:
            ph.steps = list(first_steps)
        if debug is not None:
            phases.append(self.inside_phase(first_steps, *debug))
        return phases

    def finish_phases(self, phases):
        """Register the layer phases in the plan, and when their long variants take over."""
        inside = self._inside(phases)
        if inside is not None and self._kept != self._debug_layers:  # (a family that forgot keep_layer)
            raise TabllmError(f"debug_inside kept {self._kept} layers of {self._debug_layers}: keep_layer after each layer")
        for ph in phases:
            self.plan.phases[ph.name] = ph.steps
        if self.fused_decode:  # single-token steps attending to ATTN_DECODE_SPLIT_BYTES of K / V a head and more
            self.plan.long_phases["body_decode"] = ("body_decode_long", decode_split_from(self.attn.hd))
        if self.long_prefill:  # prefill chunks attending to at least ATTN_PREFILL_LONG_L positions
            self.plan.long_phases["body"] = ("body_long", ATTN_PREFILL_LONG_L)

    # --- the debug phases (plans built with debug=True: the teaching page's "inside the model" view) -------
    # Every family builds them the same way: layer_phases(..., debug=(layers, D)), keep_layer(phases, x, i)
    # after each layer, lens_phase() once head_all exists. Phase debug_inside runs one token at pos0 through
    # the layers as a prefill chunk of one row (no fused decode kernel: the normal phases are untouched) with
    # the attention that writes its probabilities, and copies after each layer what the teaching views read:
    #   debug.attn  [H, layers, C]      row (h, l): layer l's attention probabilities of the query (L used)
    #   debug.resid [layers + 1, D]     row 0: the embedding (as the first layer reads it: Gemma's scaled,
    #                                   GPT-2's with its position); row l + 1: the residual stream after layer l
    # Phase debug_lens is head_all over debug.resid's rows row0 .. row0 + n - 1: the logit lens, every logit.
    # Phase debug_lens_top is the lens of one row (last_row) summed up on the GPU: head_last over it, then
    # token_logprobs (the sampler's kernel) writes [ids[0], lp(ids[0]), id_1, lp(id_1)] into "logprobs" (the
    # top token and its log-probability, and that of ids[0], the model's own pick): 4 words a row to read
    # instead of V logits (the page's plain Python took ~2 s over SmolLM2's 31 rows of 49152).

    def inside_phase(self, first_steps, layers: int, D: int) -> Phase:
        """Phase debug_inside, starting with `first_steps` (the embedding, leaving x [1, D]) and the copy of its row."""
        H, C = self.attn.H, self.attn.C
        self.plan.add_buffer("debug.attn", "f32", (H, layers, C))
        self.plan.add_buffer("debug.resid", "f32", (layers + 1, D))
        self._debug_layers, self._kept, self._D = layers, 0, D
        ph = Phase("debug_inside", False, False, keeps_probabilities=True)
        ph.steps = [*first_steps, self.keep_residual("x", 0)]
        return ph

    @staticmethod
    def _inside(phases):
        return next((ph for ph in phases if ph.keeps_probabilities), None)

    def keep_residual(self, x, row) -> Step:
        """debug.resid[row] = x[0] (f32 [1, D])."""
        D = self._D
        return Step("copy_columns", {"x": x, "y": "debug.resid"},
                    {"n": 1, "N": D, "ldy": (self._debug_layers + 1) * D, "col0": row * D})

    def keep_layer(self, phases, x, layer):
        """After layer `layer` (its steps added to every phase): debug_inside, where `phases` has it, keeps the
        layer's attention probabilities (p [H, 1, L]) in debug.attn and the residual stream x [1, D] (f32) in
        debug.resid row layer + 1; nothing without the debug phase."""
        inside = self._inside(phases)
        if inside is None:
            return
        layers, H, C = self._debug_layers, self.attn.H, self.attn.C
        inside.steps += [Step("copy_columns", {"x": "p", "y": "debug.attn"},
                              {"n": H, "N": "L", "ldy": layers * C, "col0": layer * C}),
                         self.keep_residual(x, layer + 1)]
        self._kept += 1

    def lens_phase(self):
        """Phases debug_lens and debug_lens_top (plans with debug_inside): head_all's and head_last's steps, their
        first one (the final norm of x's rows) reading debug.resid instead: the same head on the kept residual
        rows; debug_lens_top then the token_logprobs of its row (sampling.add_sampling_phases's buffers)."""
        if "debug_inside" not in self.plan.phases:
            return

        def on_kept_rows(phase):
            norm, *rest = self.plan.phases[phase]
            if norm.buffers.get("x") != "x" or any("x" in s.buffers.values() for s in rest):
                raise TabllmError(f"{phase} must start with the final norm of x, the only step that reads x")
            return [Step(norm.kernel, {**norm.buffers, "x": "debug.resid"}, norm.scalars), *rest]

        V = self.plan.buffers["logits"].shape[1]
        self.plan.phases["debug_lens"] = on_kept_rows("head_all")
        self.plan.phases["debug_lens_top"] = [
            *on_kept_rows("head_last"),
            Step("token_logprobs", {"logits": "logits", "token": "ids", "out": "logprobs"}, {"V": V, "N": 1})]

    # --- scratch -----------------------------------------------------------------------------------------

    def _int8_input(self, width):
        """xq / xs: one row of `width` activations as int8 blocks of 32 (4 a u32) and their scales."""
        self.plan.add_scratch("xq", "u32", (width // 4,))
        self.plan.add_scratch("xs", "f32", (width // 32, 2))

    # --- norms and products ------------------------------------------------------------------------------

    def rms_norm(self, x, w, y, K, n="n", row0=0, variant=None):
        """y[row0 .. row0 + n - 1] = rms_norm(x) * w (variant "": f32 storage whatever the plan's precision)."""
        v = self.v16 if variant is None else variant
        return Step("rms_norm" + self.sfx + v, {"x": x, "w": w, "y": y}, {"n": n, "K": K, "row0": row0, "eps": self.eps})

    def head_rms_norm(self, qkv, q_norm, k_norm, y, H, Hkv, hd, n="n"):
        """y[n, (H + 2 Hkv) hd] = qkv with each q head rms-normed * q_norm[hd], each k head * k_norm[hd], the v heads
        copied (Gemma 3's and Qwen3's q/k norms); on GPUs a workgroup per head, else an invocation per output."""
        kernel = "head_rms_norm_gpu" if self.gpu else "head_rms_norm"
        return Step(kernel, {"qkv": qkv, "qw": q_norm, "kw": k_norm, "y": y},
                    {"n": n, "H": H, "Hkv": Hkv, "hd": hd, "eps": self.eps})

    def embed(self, ids, out, fmt, bind, K, n="n"):
        """out[n, K] = W[ids] (f32 rows of the embedding matrix W [V, K] in format fmt). W in row parts
        (RowParts: beyond a storage binding): per part, the ids shifted into it (part_ids, clamped), the
        lookup into the scratch "embed.rows", and merge_rows keeps the rows whose id lies in the part."""
        if not isinstance(fmt, RowParts):
            return [Step(f"embed_{fmt}", {"ids": ids, "out": out, **bind}, {"n": n, "K": K})]
        part_ids = self.plan.add_scratch("embed.ids", "i32", self.plan.buffers[ids].shape)
        rows = self.plan.add_scratch("embed.rows", "f32", self.plan.buffers[out].shape)
        steps, row0 = [], 0
        for part_fmt, part_bind, part_rows in fmt.parts:
            steps += [Step("part_ids", {"ids": ids, "y": part_ids}, {"n": n, "row0": row0, "rows": part_rows}),
                      *self.embed(part_ids, rows, part_fmt, part_bind, K, n),
                      Step("merge_rows", {"ids": ids, "x": rows, "y": out}, {"n": n, "K": K, "row0": row0, "rows": part_rows})]
            row0 += part_rows
        return steps

    def _kernel(self, schedule, fmt, prologue="", epilogue="", variant=None, rows=None):
        """The generated product kernel with these attributes (tabllm.kernel_set); variant "_f16" / "": the
        activations' storage (None: the plan's)."""
        act = "f16" if (self.v16 if variant is None else variant) else "f32"
        name = find(schedule, fmt, prologue, epilogue, act, rows)
        if name is None:  # (a lowering that asks without checking `_has` first)
            raise TabllmError(f"no {schedule} product kernel for {fmt} (prologue {prologue!r}, epilogue {epilogue!r}, {act})")
        return name

    @staticmethod
    def _has(schedule, fmt, prologue="", epilogue="", act="f32", rows=None):
        return isinstance(fmt, str) and find(schedule, fmt, prologue, epilogue, act, rows) is not None

    def _product_schedule(self, fmt, N, K, decode, variant, epilogue):
        """The schedule of a product with N outputs and K inputs: the first one generated for its attributes of
        gemv (GPU, one token: workgroup reductions; over f16 activations only with a residual), mmt (GPU
        prefill: 64 x 64 output tiles; f32 activations), mm8 (prefill, barrier-free: 8 rows of x per
        invocation, whole tiles of 8 rows, N a multiple of its 64 outputs per workgroup) and matmul (one
        invocation per output: one token on CPU Vulkan, and any shape)."""
        act = "f16" if variant else "f32"
        candidates = []
        if self.gpu and decode and N % GEMV_ROWS == 0:
            candidates.append("gemv")
        if self.gpu and not decode and N % MMT_COLUMNS == 0 and K % (32 * MMT_BLOCKS) == 0:
            candidates.append("mmt")
        if not decode and N % MM_COLUMNS == 0 and self.T % MM_TOKENS == 0:
            candidates.append("mm8")
        return next(s for s in [*candidates, "matmul"] if self._has(s, fmt, epilogue=epilogue, act=act))

    def _block_gemv(self, fmt, N, decode, variant=None):
        """gemv4_* (whole q4 blocks, 16-byte loads; kernel_set.Q4_FORMATS, f32 activations) serves this GPU
        decode product. The f16 plan keeps the gemv_*_f16 kernels."""
        v = self.v16 if variant is None else variant
        return self.gpu and decode and self._has("gemv4", fmt) and N % GEMV4_ROWS == 0 and v == ""

    def _int8_gemv(self, fmt, N, decode, variant=None):
        """gemv8_* (int8 activations) serves this GPU decode product once its input is int8 blocks: the q4 formats
        where gemv4_* does (N a multiple of both schedules' rows), the k-quants of kernel_set.KQ8_FORMATS (no
        gemv4_*). The f16 plan keeps the gemv_*_f16 kernels."""
        v = self.v16 if variant is None else variant
        if self._has("gemv4", fmt):
            return self._block_gemv(fmt, N, decode, v) and N % GEMV8_ROWS == 0
        return self.gpu and decode and v == "" and self._has("gemv8", fmt) and N % GEMV8_ROWS == 0

    def _gemv4(self, kernel, bind, N, K, n="n", rows=GEMV4_ROWS):
        return Step(kernel, bind, {"n": n, "N": N, "Nb": N // rows, "Kb": K // 32, "eps": self.eps})

    def _mmt_splits(self, N, K):
        """K splits of an mmt_* product (see MMT_WORKGROUPS)."""
        tiles_ = -(-self.T // MMT_ROWS) * (N // MMT_COLUMNS)
        return max(1, min(-(-MMT_WORKGROUPS // tiles_), MMT_MAX_SPLITS, K // (32 * MMT_BLOCKS) // MMT_MIN_STEPS))

    def _split_mmt(self, kernel, x, bind, N, K, S, n, sum_step):
        """An mmt_* product in S K splits: partial sums [S n, N] into "mmt.part", then mmt_sum(_add)
        (sum_step: its kernel name and output bindings)."""
        self.plan.add_scratch("mmt.part", "f32", (S * self.T * N,))
        sum_kernel, sum_bind = sum_step
        return [Step(kernel, {"x": x, "y": "mmt.part", **bind}, {"n": n, "N": N, "Kb": K // 32, "S": S}),
                Step(sum_kernel, {"part": "mmt.part", **sum_bind}, {"n": n, "N": N, "S": S})]

    def product(self, ph, fmt, x, out, bind, N, K, residual=None, n="n", variant=None):
        """out[n, N] = x @ W^T (+ residual[n, N]); W [N, K] in format fmt with buffers `bind`.
        variant "": f32 activations whatever the plan's precision (the head)."""
        decode, v = ph.decode, self.v16 if variant is None else variant
        if isinstance(fmt, RowParts):
            if (K >= SEPARATE_INPUT_WIDTH and self._int8_parts(fmt, K, decode, v)
                    and not any(self._has("gemv4", f) for f, _, _ in fmt.parts)):  # (k-quant parts: the int8 input once)
                self._int8_input(K)
                return [Step("act_q8", {"x": x, "xq": "xq", "xs": "xs"}, {"n": n, "Kb": K // 32}),
                        *self._gemv8_parts(fmt, out, K, residual, n)]
            return self._row_parts_product(ph, fmt, x, out, K, residual, n, variant)
        epilogue = "" if residual is None else "add"
        with_residual = {} if residual is None else {"residual": residual}
        if self._block_gemv(fmt, N, decode, v):
            return [self._gemv4(self._kernel("gemv4", fmt, epilogue=epilogue, variant=""),
                                {"x": x, **with_residual, "out": out, **bind}, N, K, n)]
        if K >= SEPARATE_INPUT_WIDTH and self._int8_gemv(fmt, N, decode, v):
            # a k-quant (no gemv4_*): the input row as int8 blocks (act_q8), then gemv8_* (the 8B head: Q6_K)
            self._int8_input(K)
            return [Step("act_q8", {"x": x, "xq": "xq", "xs": "xs"}, {"n": n, "Kb": K // 32}),
                    self._gemv4(self._kernel("gemv8", fmt, epilogue=epilogue, variant=""),
                                {"xq": "xq", "xs": "xs", **with_residual, "out": out, **bind}, N, K, n, rows=GEMV8_ROWS)]
        outputs = {**with_residual, ("out" if residual else "y"): out}  # (the other kernels name a plain product's output y)
        schedule = self._product_schedule(fmt, N, K, decode, v, epilogue)
        if schedule == "mmt" and self._mmt_splits(N, K) > 1:  # (a residual is added once, by mmt_sum_add)
            return self._split_mmt(self._kernel("mmt", fmt, variant=v), x, bind, N, K, self._mmt_splits(N, K), n,
                                   ("mmt_sum" + ("_add" if residual else ""), outputs))
        scalars = {**product_dims(N, K), "n": n, "Nb": N // GEMV_ROWS, "Kb": K // 32}
        if residual is None:
            scalars["S"] = 1  # (mmt_* without residual is also the K-split kernel: one split here)
        return [Step(self._kernel(schedule, fmt, epilogue=epilogue, variant=v), {"x": x, **outputs, **bind}, scalars)]

    def _row_parts_product(self, ph, m, x, out, K, residual, n, variant):
        """out[n, N] = x @ W^T (+ residual) for W in row parts (RowParts): a product per part."""
        return self._row_parts(m, out, residual, n, lambda fmt, bind, rows, y: self.product(ph, fmt, x, y, bind, rows, K, n=n,
                                                                                             variant=variant))

    def _row_parts(self, m, out, residual, n, part_steps):
        """out[n, N] = the outputs of W's row parts side by side (+ residual[n, N]): part_steps(format, bindings,
        rows, y) gives the steps of one part's product into y [n, rows], here the scratch "row_parts.out" (shared
        by every such matrix), whose columns copy_columns then puts in place (out's dtype: the f16 plan's
        copy_columns_f16). With a residual the parts go into the whole-width scratch "row_parts.full" [n, N], and
        mmt_sum_add (one split, S = 1) writes out = it + residual."""
        N = sum(rows for _, _, rows in m.parts)
        depth = m.base.count(".part")  # (a part of a GGUF's fused matrix cut again for the binding: its own scratch)
        suffix = str(depth) if depth else ""
        if residual is not None:
            full = self.plan.add_scratch("row_parts.full" + suffix, "f32", (self.T, N))
            return [*self._row_parts(m, full, None, n, part_steps),
                    Step("mmt_sum_add", {"part": full, "residual": residual, "out": out}, {"n": n, "N": N, "S": 1})]
        dtype = self.plan.buffers[out].dtype
        scratch = self.plan.add_scratch("row_parts.out" + suffix, dtype, (self.T, max(rows for _, _, rows in m.parts)))
        steps, col0 = [], 0
        for fmt, bind, rows in m.parts:
            steps += [*part_steps(fmt, bind, rows, scratch),
                      Step("copy_columns" + ("_f16" if dtype == "f16" else ""), {"x": scratch, "y": out},
                           {"n": n, "N": rows, "ldy": N, "col0": col0})]
            col0 += rows
        return steps

    def _int8_parts(self, m, K, decode, variant=None):
        """Whether every row part of m takes gemv8_* over an int8 input of width K (as the whole matrix would)."""
        return K >= SEPARATE_INPUT_WIDTH and all(self._int8_gemv(fmt, rows, decode, variant) for fmt, _, rows in m.parts)

    def _gemv8_parts(self, m, out, K, residual=None, n="n"):
        """out = xq / xs (int8 blocks of a [1, K] input) @ W^T (+ residual), a gemv8_* per row part of W."""
        return self._row_parts(m, out, residual, n, lambda fmt, bind, rows, y: [
            self._gemv4(self._kernel("gemv8", fmt, variant=""), {"xq": "xq", "xs": "xs", "out": y, **bind}, rows, K, n,
                        rows=GEMV8_ROWS)])

    def normed_product(self, ph, x, norm_w, xn, fmt, out, bind, N, K):
        """out[n, N] = (rms_norm(x) * norm_w) @ W^T, through xn [n, K] where the steps need it: one
        gemv_norm_* / gemv4_norm*_* dispatch for a GPU decode step, act_q8_norm + gemv8_* from
        SEPARATE_INPUT_WIDTH."""
        decode = ph.decode
        if isinstance(fmt, RowParts) and self._int8_parts(fmt, K, decode):  # (the int8 input once, a product per part)
            self._int8_input(K)
            return [Step("act_q8_norm", {"x": x, "w": norm_w, "xq": "xq", "xs": "xs"}, {"n": "n", "Kb": K // 32, "eps": self.eps}),
                    *self._gemv8_parts(fmt, out, K)]
        if isinstance(fmt, RowParts):  # (the norm once, then a product per part)
            return [self.rms_norm(x, norm_w, xn, K), *self.product(ph, fmt, xn, out, bind, N, K)]
        if self._int8_gemv(fmt, N, decode) and K >= SEPARATE_INPUT_WIDTH:
            self._int8_input(K)
            return [Step("act_q8_norm", {"x": x, "w": norm_w, "xq": "xq", "xs": "xs"}, {"n": "n", "Kb": K // 32, "eps": self.eps}),
                    self._gemv4(self._kernel("gemv8", fmt, variant=""), {"xq": "xq", "xs": "xs", "out": out, **bind}, N, K,
                                rows=GEMV8_ROWS)]
        if self._block_gemv(fmt, N, decode) and N >= GEMV4_WIDE and N % GEMV4_WIDE_ROWS == 0:
            return [self._gemv4(self._kernel("gemv4", fmt, "norm", variant="", rows=GEMV4_WIDE_ROWS),
                                {"x": x, "w": norm_w, "out": out, **bind}, N, K, rows=GEMV4_WIDE_ROWS)]
        if self._block_gemv(fmt, N, decode):
            return [self._gemv4(self._kernel("gemv4", fmt, "norm", variant=""), {"x": x, "w": norm_w, "out": out, **bind}, N, K)]
        if self.gpu and decode and N % GEMV_ROWS == 0:
            return [Step(self._kernel("gemv", fmt, "norm"), {"x": x, "w": norm_w, "y": out, **bind},
                         {"n": "n", "N": N, "Nb": N // GEMV_ROWS, "K": K, "eps": self.eps})]
        return [self.rms_norm(x, norm_w, xn, K), *self.product(ph, fmt, xn, out, bind, N, K)]

    # --- attention ---------------------------------------------------------------------------------------

    def rope_attention(self, ph, qkv, q, k_cache, v_cache, rope, out, window=None, scale=None, q8_out=False):
        """qkv [n, (H + 2 Hkv) hd] -> q rotated into q [n, H hd], k rotated and v into the caches
        [Hkv, C, hd] at pos0 -> out [n, H hd] = softmax(q k^T * scale) v over the causal `window` positions
        (None: all; scale None: hd^-0.5). rope: the cos / sin table bindings.
        A GPU decode step: attn_decode_rope_gpu (head dim a multiple of 16; q8_out: attn_decode_rope_q8_gpu
        into xq / xs instead), for long contexts attn_decode_rope_split_gpu and attn_combine_gpu (q8_out:
        attn_combine_q8_gpu), for a head dim of 8 times an odd number attn_split_rope_gpu and
        attn_combine_gpu; else rope_qkv, then `attention`."""
        a = self.attn
        H, Hkv, hd, C = a.H, a.Hkv, a.hd, a.C
        window = C if window is None else window
        scale = float(hd) ** -0.5 if scale is None else scale
        if self.fused_decode and ph.decode:
            split = {**self.split, "split": "decode_span", "window": window, "scale": scale}
            if ph.long:
                self.plan.add_scratch("attn_part", "f32", (H, self.Smax, hd + 4))
                parts = Step("attn_decode_rope_split_gpu", {"qkv": qkv, "k_cache": k_cache, "v_cache": v_cache, "part": "attn_part",
                                                            **rope}, {**split, "half4": hd // 8})
                if q8_out:
                    return [parts, Step("attn_combine_q8_gpu", {"part": "attn_part", "xq": "xq", "xs": "xs"},
                                        {**split, "hb": hd // 32})]
                return [parts, Step("attn_combine_gpu", {"part": "attn_part", "out": out}, split)]
            scalars = {"H": H, "Hkv": Hkv, "hd4": hd // 4, "half4": hd // 8, "C": C, "L": "L", "window": window, "scale": scale}
            if q8_out:
                return [Step("attn_decode_rope_q8_gpu", {"qkv": qkv, "k_cache": k_cache, "v_cache": v_cache, "xq": "xq",
                                                         "xs": "xs", **rope}, {**scalars, "hb": hd // 32})]
            return [Step("attn_decode_rope_gpu", {"qkv": qkv, "k_cache": k_cache, "v_cache": v_cache, "out": out, **rope},
                         scalars)]
        if self.split_decode and ph.decode and hd % 8 == 0:
            self.plan.add_scratch("attn_part", "f32", (H, self.Smax, hd + 4))
            split = {**self.split, "window": window, "scale": scale}
            return [Step("attn_split_rope_gpu", {"qkv": qkv, "k_cache": k_cache, "v_cache": v_cache, "part": "attn_part", **rope},
                         {**split, "half4": hd // 8}),
                    Step("attn_combine_gpu", {"part": "attn_part", "out": out}, split)]
        return [
            Step(
                "rope_qkv" + self.v16,  # q rotated into q; k rotated and v into the caches at pos0
                {"qkv": qkv, "q": q, "k_cache": k_cache, "v_cache": v_cache, **rope},
                {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": C, "pos0": "pos0", "width": a.width},
            ),
            *self.attention(ph, q, k_cache, v_cache, out, window, scale),
        ]

    def attention(self, ph, q, k_cache, v_cache, out, window, scale):
        """out [n, H hd] = softmax(q k^T * scale) v from q [n, H hd] and the caches: for a GPU decode step
        attn_split_gpu and attn_combine_gpu, for GPU prefill (f32) attn_prefill_gpu (a long phase:
        attn_prefill_split_gpu and attn_combine_gpu), else scores, softmax and p @ v through the
        [H, n, L] buffers s and p."""
        a = self.attn
        H, Hkv, hd, C, T = a.H, a.Hkv, a.hd, a.C, self.T
        if self.split_decode and ph.decode:
            self.plan.add_scratch("attn_part", "f32", (H, self.Smax, hd + 4))
            split = {**self.split, "window": window, "scale": scale}
            return [Step("attn_split_gpu", {"q": q, "k_cache": k_cache, "v_cache": v_cache, "part": "attn_part"}, split),
                    Step("attn_combine_gpu", {"part": "attn_part", "out": out}, split)]
        if self.flash_prefill and not ph.decode and not ph.keeps_probabilities:
            dims = {"n": "n", "H": H, "Hkv": Hkv, "hd4": hd // 4, "C": C, "pos0": "pos0", "window": window, "scale": scale,
                    "gb": prefill_heads(H, Hkv)}
            # key spans only for full attention: a sliding-window layer's rows see at most `window` keys
            # whatever L is, and attn_prefill_split_gpu + attn_combine_gpu gave NaN logits with a window
            # of 4 (tests/test_families.py, spans forced): its spans before a row's window are not handled
            if not (ph.long and ATTN_PREFILL_SPLITS and window >= C):
                return [Step("attn_prefill_gpu", {"q": q, "k_cache": k_cache, "v_cache": v_cache, "out": out}, dims)]
            spans = {"span": "span", "Smax": ATTN_PREFILL_SPLITS, "P4": hd // 4 + 1}
            self.plan.add_scratch("attn_prefill.part", "f32", (T * H, ATTN_PREFILL_SPLITS, hd + 4))
            return [Step("attn_prefill_split_gpu", {"q": q, "k_cache": k_cache, "v_cache": v_cache, "part": "attn_prefill.part"},
                         {**dims, **spans}),
                    Step("attn_combine_gpu", {"part": "attn_prefill.part", "out": out},  # the n H rows' spans merged
                         {"H": "Hn", "hd4": hd // 4, "L": "L", "window": window, "split": "span", **spans})]
        self.plan.add_scratch("s", "f32", (H * T * C + 64,))  # [H, n, L] used; + 64: attn_scores_gpu's tail
        self.plan.add_scratch("p", "f32", (H, T, C))
        return [
            Step(
                "attn_scores" + self.sfx + self.v16,
                {"q": q, "k_cache": k_cache, "s": "s"},
                {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": "L", "pos0": "pos0", "nb": "nb",
                 "window": window, "scale": scale},
            ),
            Step("softmax_rows", {"s": "s", "p": "p"}, {"R": "Hn", "L": "L"}),
            Step("attn_pv" + self.sfx + self.v16, {"p": "p", "v_cache": v_cache, "out": out},
                 {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": "L"}),
        ]

    def attention_out(self, ph, qkv, q, k_cache, v_cache, rope, att, o_fmt, o_bind, D, out, residual=None,
                      window=None, scale=None):
        """out [n, D] = rope_attention(...) @ Wo^T (+ residual). A wide model's GPU decode step fuses the
        two (INT8_ATTENTION_OUTPUT): the attention writes its row as int8 blocks for a gemv8_* o product."""
        a = self.attn
        K = a.H * a.hd
        int8_o = (INT8_ATTENTION_OUTPUT and residual is not None and self.fused_decode and ph.decode and a.hd % 32 == 0
                  and K >= SEPARATE_INPUT_WIDTH and self._int8_gemv(o_fmt, D, True))
        if (INT8_ATTENTION_OUTPUT and residual is not None and self.fused_decode and ph.decode and a.hd % 32 == 0
                and isinstance(o_fmt, RowParts) and self._int8_parts(o_fmt, K, True)):
            self._int8_input(K)
            return [*self.rope_attention(ph, qkv, q, k_cache, v_cache, rope, att, window, scale, q8_out=True),
                    *self._gemv8_parts(o_fmt, out, K, residual)]
        if int8_o:
            self._int8_input(K)
            return [*self.rope_attention(ph, qkv, q, k_cache, v_cache, rope, att, window, scale, q8_out=True),
                    self._gemv4(self._kernel("gemv8", o_fmt, epilogue="add", variant=""),
                                {"xq": "xq", "xs": "xs", "residual": residual, "out": out, **o_bind},
                                D, K, rows=GEMV8_ROWS)]
        return [*self.rope_attention(ph, qkv, q, k_cache, v_cache, rope, att, window, scale),
                *self.product(ph, o_fmt, att, out, o_bind, D, K, residual=residual)]

    # --- MLP ---------------------------------------------------------------------------------------------

    def gated_mlp(self, ph, act, x, norm_w, xn, gu, h, gu_fmt, gu_bind, down_fmt, down_bind, D, F, out, residual=None):
        """out [n, D] = (residual +) (act(gate) * up) @ Wdown^T, where gu [n, 2 F] = [gate | up] =
        (rms_norm(x) * norm_w) @ Wgu^T and h [n, F] the gated product; act "silu" (SwiGLU) or "gelu_tanh".
        GPU decode steps of SwiGLU fuse: silu(gate) * up inside the down product (gemv*_silu_*), and from
        SEPARATE_INPUT_WIDTH int8 activations for both products (gemv8_gate_up_* writes the down
        product's int8 input itself: FUSED_GATE_UP)."""
        decode, v16 = ph.decode, self.v16
        gate_up = self.normed_product(ph, x, norm_w, xn, gu_fmt, gu, gu_bind, 2 * F, D)
        if act == "gelu_tanh":
            return [*gate_up, Step("gelu_mul", {"gu": gu, "h": h}, {"n": "n", "F": F}),
                    *self.product(ph, down_fmt, h, out, down_bind, D, F, residual=residual)]
        if act != "silu" or residual is None:
            raise TabllmError(f"gated MLP with activation {act!r} and no residual is not lowered")
        if isinstance(down_fmt, RowParts) and self._int8_parts(down_fmt, F, decode):  # (the fused kinds below read
            self._int8_input(F)                                                        # one whole down matrix)
            return [*gate_up, Step("act_q8_silu", {"gu": gu, "xq": "xq", "xs": "xs"}, {"n": "n", "Kb": F // 32}),
                    *self._gemv8_parts(down_fmt, out, F, residual)]
        if isinstance(down_fmt, RowParts):
            return [*gate_up, Step("silu_mul" + v16, {"gu": gu, "h": h}, {"n": "n", "F": F}),
                    *self.product(ph, down_fmt, h, out, down_bind, D, F, residual=residual)]
        int8_down = self._int8_gemv(down_fmt, D, decode) and F >= SEPARATE_INPUT_WIDTH
        down = {"residual": residual, "out": out, **down_bind}
        if (int8_down and FUSED_GATE_UP and _schedule(gate_up[-1]) == "gemv8"
                and self._has("gemv8", gu_fmt, epilogue="silu_q8")):
            # act_q8_norm, then the product that writes the down product's int8 input
            self.plan.add_scratch("hq", "u32", (F // 4,))
            self.plan.add_scratch("hs", "f32", (F // 32, 2))
            gate_up[-1] = Step(self._kernel("gemv8", gu_fmt, epilogue="silu_q8", variant=""),
                               {"xq": "xq", "xs": "xs", "hq": "hq", "hs": "hs", **gu_bind}, {"n": "n", "Kb": D // 32, "Fb": F // 32})
            return [*gate_up, self._gemv4(self._kernel("gemv8", down_fmt, epilogue="add", variant=""),
                                          {"xq": "hq", "xs": "hs", **down}, D, F, rows=GEMV8_ROWS)]
        if int8_down:
            self._int8_input(F)
            return [*gate_up, Step("act_q8_silu", {"gu": gu, "xq": "xq", "xs": "xs"}, {"n": "n", "Kb": F // 32}),
                    self._gemv4(self._kernel("gemv8", down_fmt, epilogue="add", variant=""), {"xq": "xq", "xs": "xs", **down},
                                D, F, rows=GEMV8_ROWS)]
        if self._block_gemv(down_fmt, D, decode):  # silu(gate) * up computed inside the down product
            return [*gate_up, self._gemv4(self._kernel("gemv4", down_fmt, "silu", "add", variant=""), {"gu": gu, **down}, D, F)]
        if decode and self.gpu and D % GEMV_ROWS == 0:
            scalars = {"n": "n", "N": D, "Nb": D // GEMV_ROWS, "K": F}
            return [*gate_up, Step(self._kernel("gemv", down_fmt, "silu", "add"), {"gu": gu, **down}, scalars)]
        return [*gate_up, Step("silu_mul" + v16, {"gu": gu, "h": h}, {"n": "n", "F": F}),
                *self.product(ph, down_fmt, h, out, down_bind, D, F, residual=residual)]
