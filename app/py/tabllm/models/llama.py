"""Llama family (SmolLM2, Llama 2/3, TinyLlama, Mistral without sliding window) as a Plan.

Per layer, for n tokens at positions pos0 .. pos0+n-1 (D = hidden, F = FFN, H/Hkv heads, hd head dim,
C = KV capacity, L = pos0 + n):
    xn   [n, D]          = rms_norm(x) * attn_norm
    qkv  [n, (H+2Hkv)hd] = xn @ Wqkv^T
    q    [n, H, hd]      = rope(q part);  k/v parts -> RoPE'd into k_cache / v_cache [Hkv, C, hd] at pos0
                           (one dispatch: rope_qkv; a GPU decode step: fused into its attention kernel)
    s    [H, n, L]       = q . k_cache / sqrt(hd), causal
    p    [H, n, L]       = softmax(s)
    att  [n, H*hd]       = p @ v_cache
                           (GPU prefill, f32: attn_prefill_gpu, tiled with an online softmax: no s and p)
                           (a GPU decode step: attn_decode_rope_gpu, one workgroup per head, for short
                           contexts; from ATTN_DECODE_SPLIT_BYTES of K / V a head or ATTN_DECODE_SPLIT_MAX_L
                           positions, attn_decode_rope_split_gpu over spans of positions into attn_part
                           [H, S, hd + 4], then attn_combine_gpu)
    x2   [n, D]          = x + att @ Wo^T
    xn   [n, D]          = rms_norm(x2) * ffn_norm
    gu   [n, 2F]         = xn @ Wgate_up^T
    h    [n, F]          = silu(gate) * up
    x    [n, D]          = x2 + h @ Wdown^T
A GPU decode step of a wide model (SEPARATE_INPUT_WIDTH) quantizes the products' inputs to int8 blocks of
32 instead (xq / xs): act_q8_norm in front of qkv, the attention kernel itself for o
(attn_decode_rope_q8_gpu), act_q8_norm in front of gate_up, whose kernel writes h as int8 blocks for down
(gemv8_gate_up_*): 7 dispatches a layer.
Head: xf = rms_norm(x[rows]) * final_norm; logits = xf @ Wlm^T (the embedding when tied); then the
sampling phases (tabllm.sampling) turn the last row's logits into the next token id.

Precision "f16" (devices with shader-f16): xn, qkv (and qkv_raw), q, att, gu, h and the KV caches are
stored as f16 and the layers run the kernels' *_f16 variants, which widen every load to f32 and compute
and sum in f32 (f16 is storage: half the KV-cache memory and half the activation bytes). The residual
stream x / x2, the scores s / p (the mask value does not fit f16), the head (xf, logits) and sampling
stay f32, so the head and sampling kernels are the f32 ones.
"""

import math
from array import array

from ..errors import TabllmError
from ..lowering import MM_TOKENS, barrier_free_product, product_dims, tiles
from ..plan import Plan, Step
from ..sampling import add_sampling_phases
from ..weights import matrix_buffers


def rope_tables(config: dict, capacity: int):
    """cos, sin [capacity, hd/2] as flat f32 array.array (float64 math, rounded once), NeoX order
    (rotate_half), with Llama 3 scaling. Plain Python so that the page (Pyodide, no numpy) builds the
    same tables as CPython."""
    hd = config["head_dim"]
    inv_freq = [1.0 / (config["rope_theta"] ** (i / hd)) for i in range(0, hd, 2)]
    scaling = config.get("rope_scaling")
    if scaling:
        kind = scaling.get("rope_type", scaling.get("type"))
        if kind != "llama3":
            raise TabllmError(f"rope scaling {kind!r} is not supported (supported: llama3)")
        factor, low, high = scaling["factor"], scaling["low_freq_factor"], scaling["high_freq_factor"]
        old_ctx = scaling["original_max_position_embeddings"]

        def scaled(f):
            wavelen = 2 * math.pi / f
            if wavelen > old_ctx / low:
                return f / factor
            if wavelen >= old_ctx / high:  # between the two thresholds: interpolate
                smooth = (old_ctx / wavelen - low) / (high - low)
                return (1 - smooth) * f / factor + smooth * f
            return f

        inv_freq = [scaled(f) for f in inv_freq]
    cos, sin = array("f"), array("f")
    for pos in range(capacity):
        angles = [pos * f for f in inv_freq]
        cos.extend(map(math.cos, angles))
        sin.extend(map(math.sin, angles))
    return cos, sin


def _linear(plan, quant, base, rows, cols):
    """Register the buffers of matrix `base` ([rows, cols]) in its format (weights.MATRIX_FORMATS: .q,
    and .scale / .min where the format has them); returns (format, binding map)."""
    fmt = quant[base]
    bindings = {}
    for suffix, (dtype, shape) in matrix_buffers(fmt, rows, cols).items():
        bindings["w" + suffix] = plan.add_buffer(f"{base}.{suffix}", dtype, shape, "weight")
    return fmt, bindings


GEMV_ROWS = 4  # output rows per workgroup of the gemv_* kernels (build_tools/kernels.py)
# mmt_* (tiled prefill products, f32 activations): outputs per workgroup (N a multiple of it, and so is
# split.PART_ROWS: a row part keeps the kernel) and quant blocks per K step (K a multiple of 32 times it);
# the kernels' MMT_TN and MMT_KB (build_tools/kernels.py). Their grid comes from n and N: no call dims.
MMT_COLUMNS, MMT_BLOCKS = 64, 1
MMT_ROWS = 64  # rows of x per tile (kernels.MMT_TM)
# K splits: a prefill product of few output tiles (a 4096-wide product in a chunk of 64 tokens: 64 tiles)
# leaves much of a large GPU idle, so its K steps are split over S workgroups per tile (mmt_* writes S
# partial sums into "mmt.part", mmt_sum(_add) adds them up): S = ceil(MMT_WORKGROUPS / tiles of a full
# chunk), at most MMT_MAX_SPLITS and one split per MMT_MIN_STEPS K steps. MMT_WORKGROUPS = 0: no splits.
# H200 sweeps (8B shapes): in chunks of 64 rows S = 4-8 took qkv 208 -> 155 us and down 740 -> 338 us
# (benchmarks/results/2026-11-30/h200-sweep-mmt.txt); in the 8B's chunks of 256 rows (engine.default_tokens_per_call) S = 2
# was slower for every shape (qkv 501 -> 524 us, o 350 -> 370, down 1207 -> 1245:
# benchmarks/results/2026-11-30/h200-sweep-mmt-r4x8-n256.txt), so 256 leaves those whole. SmolLM2 (64-row chunks,
# K = 576: 18 steps) prefills a 512-token prompt at 8.8k tok/s without splits, 13.7k with one split per 8
# steps, 15.0k per 4 (memory ratio 1.058 -> 1.069), 15.5k per 2 (1.081) (`tabllm bench`, H200). (tabllm.split
# makes a product whole again where it must cut the matrix into row parts.)
MMT_WORKGROUPS = 256
MMT_MAX_SPLITS = 8
MMT_MIN_STEPS = 4
GEMV4_FORMATS = ("q4_0", "q4_1")  # gemv4_*: decode products over whole q4 blocks (build_tools/kernels.py)
GEMV4_ROWS = 4  # output rows per workgroup of gemv4_* (gemv4_norm16_*: 16, for normed products of >= 16384 rows; H200: qkv of 6144 rows 1.0 ms a token at 4, 1.1 at 16)
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
SEPARATE_INPUT_WIDTH = 4096
# Where both the gate / up and the down products take that path, gemv8_gate_up_* writes the down product's
# int8 input itself (a workgroup per block of 32 gate and 32 up rows), in place of gate_up into gu and an
# act_q8_silu dispatch: 8 -> 7 dispatches a layer.
FUSED_GATE_UP = True
# Likewise the o product of a wide model (H hd >= SEPARATE_INPUT_WIDTH, hd a multiple of 32) runs as gemv8_*
# when the decode attention is the one-dispatch kernel: attn_decode_rope_q8_gpu writes its output row as
# int8 blocks itself (a head's blocks are its own), so the int8 input costs no dispatch of its own.
INT8_ATTENTION_OUTPUT = True
GEMV8_ROWS = 2  # output rows per workgroup of gemv8_* (build_tools/kernels.py)
# attn_split*_gpu, a GPU decode step's attention (build_tools/kernels.py): positions per workgroup (the
# split, a multiple of 8: the grid and the partials follow it), and query heads of one KV head per
# workgroup at most (gb: the largest divisor of H / Hkv within it; 1: one query head per workgroup, each
# K / V row then read by every head of its group). Both are uniforms: tune them here, no new kernels.
ATTN_SPLIT = 64  # (H200 sweep, BENCHMARKS.md: 64 with gb = H / Hkv the steadiest over L = 100 .. 4000 on both benchmark models)
ATTN_SPLIT_GROUP = 8  # (the kernels' limit too: build_tools/kernels.py ATTN_SPLIT_GROUP)
ATTN_SPLIT_THREADS, ATTN_SPLIT_SCORES = 256, 512  # the kernels' workgroup size, and gb * split at most
ATTN_MAX_HEAD_DIM = 256  # (larger heads: attn_scores_gpu, softmax_rows, attn_pv_gpu)
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


def decode_split_from(hd: int) -> int:
    """The first L whose decode step splits the attention, for head dim hd."""
    return min(-(-ATTN_DECODE_SPLIT_BYTES // (8 * hd)), ATTN_DECODE_SPLIT_MAX_L)  # (8 hd: a position's K and V rows, f32)
# attn_prefill_gpu, a GPU prefill chunk's attention (f32 plan; build_tools/kernels.py): query rows per
# workgroup (the kernel's ATTN_PREFILL_THREADS / ATTN_PREFILL_PARTS) and the largest head dim it takes
# (kernels.ATTN_PREFILL_MAX_HD4 vec4s; larger heads and the f16 plan: attn_scores_gpu, softmax_rows,
# attn_pv_gpu through the [H, n, L] buffers s and p). The query heads of one KV head per workgroup (gb,
# a uniform) divide those rows with the tokens: see prefill_heads.
ATTN_PREFILL_ROWS = 16
ATTN_PREFILL_MAX_HEAD_DIM = 128
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


F16_PLAN = True  # build_plan has precision "f16" (Engine: precision "auto" picks it where the device has shader-f16)


def build_plan(config: dict, quant: dict, context_length: int, max_tokens_per_call: int, profile: str = "cpu",
               precision: str = "f32") -> Plan:
    """profile: "cpu" (CPU Vulkan such as lavapipe: barrier-free kernels, tabllm.lowering) or
    "gpu" (gemv_* workgroup reductions for one token in phase body_decode, mmt_* tiled products for
    prefill (mm8_* where a shape or the f16 plan rules them out), workgroup schedules of rms_norm and
    attn_pv): the same math, scheduled for the device.
    precision: "f32", or "f16" (f16 storage of the layers' activations and KV cache: see the top)."""
    D, F, V = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    H, Hkv, hd = config["num_heads"], config["num_kv_heads"], config["head_dim"]
    C, T = context_length, max_tokens_per_call
    width = (H + 2 * Hkv) * hd
    eps = float(config["rms_norm_eps"])
    if H % Hkv:
        raise TabllmError(f"num_heads {H} is not a multiple of num_kv_heads {Hkv}")
    if hd % 4 or D % 32 or F % 32 or (H * hd) % 32:
        raise TabllmError("hidden, FFN and attention widths must be multiples of 32 (head dim of 4) for the kernels")

    if T % MM_TOKENS:
        raise TabllmError(f"tokens per call must be a multiple of {MM_TOKENS}")  # mm8_* writes whole tiles
    if profile not in ("cpu", "gpu"):
        raise TabllmError(f"unknown kernel profile {profile!r}")
    if precision not in ("f32", "f16"):
        raise TabllmError(f"unknown precision {precision!r}")
    plan = Plan(max_tokens_per_call=T, context_length=C, profile=profile, precision=precision, hidden="xf")
    act = precision  # storage of the activations that feed products, and of the KV cache
    v16 = "_f16" if precision == "f16" else ""  # the layers' kernel variants for that storage
    plan.tables["rope.cos"], plan.tables["rope.sin"] = rope_tables(config, C)
    plan.add_buffer("rope.cos", "f32", (C, hd // 2), "table")
    plan.add_buffer("rope.sin", "f32", (C, hd // 2), "table")

    # activations, sized for T rows
    plan.add_buffer("ids", "i32", (T,))
    plan.add_buffer("x", "f32", (T, D))
    plan.add_buffer("x2", "f32", (T, D))
    plan.add_buffer("xn", act, (T, D))
    plan.add_buffer("qkv", act, (T, width))
    plan.add_buffer("q", act, (T, H * hd))
    # prefill attention of the GPU profile's f32 plan: attn_prefill_gpu (no scores in memory); else
    # scores and probabilities [H, n, L] in s and p
    flash_prefill = profile == "gpu" and precision == "f32" and hd <= ATTN_PREFILL_MAX_HEAD_DIM
    long_prefill = flash_prefill and ATTN_PREFILL_SPLITS > 0  # (phase body_long)
    if not flash_prefill:
        plan.add_buffer("s", "f32", (H * T * C + 64,))  # [H, n, L] used; + 64: attn_scores_gpu's tail
        plan.add_buffer("p", "f32", (H, T, C))
    plan.add_buffer("att", act, (T, H * hd))
    plan.add_buffer("gu", act, (T, 2 * F))
    plan.add_buffer("h", act, (T, F))
    plan.add_buffer("xf", "f32", (T, D))  # final-normed hidden states: the head's input (f32 in both precisions)
    plan.add_buffer("logits", "f32", (plan.logit_rows, V))
    if profile == "gpu" and max(D, F) >= SEPARATE_INPUT_WIDTH:  # int8 activations of the wide decode products (one row)
        plan.add_buffer("xq", "u32", (max(D, F) // 4,))
        plan.add_buffer("xs", "f32", (max(D, F) // 32, 2))
        plan.add_buffer("hq", "u32", (F // 4,))  # gemv8_gate_up_*'s output: the down product's int8 input
        plan.add_buffer("hs", "f32", (F // 32, 2))

    embed_fmt, embed_bind = _linear(plan, quant, "embed", V, D)
    gpu = profile == "gpu"
    sfx = "_gpu" if gpu else ""  # GPU schedules of rms_norm and attention (workgroup reductions, no branches)

    def product(fmt, N, K, decode, variant):
        """Kernel of a quantized product with N outputs and K inputs: on GPUs gemv_* for one token
        (workgroup reductions) and for prefill mmt_* (64 x 64 output tiles; f32 activations only);
        otherwise the barrier-free ones (tabllm.lowering: mm8_* for prefill, matmul_* for one token).
        (The caller appends "_add" and variant.)"""
        if gpu and decode and N % GEMV_ROWS == 0:
            return "gemv_" + fmt
        if gpu and not decode and not variant and N % MMT_COLUMNS == 0 and K % (32 * MMT_BLOCKS) == 0:
            return "mmt_" + fmt
        return barrier_free_product(fmt, N, T, decode)

    def block_gemv(fmt, N, decode, variant=v16):
        """gemv4_* (whole q4 blocks, 16-byte loads) serves this GPU decode product. They exist for
        f32 activations only: the f16 plan keeps the gemv_*_f16 kernels."""
        return gpu and decode and fmt in GEMV4_FORMATS and N % GEMV4_ROWS == 0 and variant == ""

    def gemv4(kernel, bind, N, K, n="n", rows=GEMV4_ROWS):
        return Step(kernel, bind, {"n": n, "N": N, "Nb": N // rows, "Kb": K // 32, "eps": eps})

    def mmt_splits(N, K):
        """K splits of an mmt_* product (see MMT_WORKGROUPS)."""
        tiles = -(-T // MMT_ROWS) * (N // MMT_COLUMNS)
        return max(1, min(-(-MMT_WORKGROUPS // tiles), MMT_MAX_SPLITS, K // (32 * MMT_BLOCKS) // MMT_MIN_STEPS))

    def split_mmt(kernel, x, bind, N, K, S, n, sum_step):
        """An mmt_* product in S K splits: partial sums [S n, N] into "mmt.part", then mmt_sum(_add)
        (sum_step: its kernel name and output bindings)."""
        size = plan.buffers["mmt.part"].shape[0] if "mmt.part" in plan.buffers else 0  # flat: the largest S T N
        plan.add_buffer("mmt.part", "f32", (max(size, S * T * N),))
        sum_kernel, sum_bind = sum_step
        return [Step(kernel, {"x": x, "y": "mmt.part", **bind}, {"n": n, "N": N, "Kb": K // 32, "S": S}),
                Step(sum_kernel, {"part": "mmt.part", **sum_bind}, {"n": n, "N": N, "S": S})]

    def mm(fmt, x, out, bind, N, K, decode, n="n", variant=v16):  # variant "": the f32 head
        """The steps of y[n, N] = x @ W^T into `out`."""
        if block_gemv(fmt, N, decode, variant):
            return [gemv4(f"gemv4_{fmt}", {"x": x, "out": out, **bind}, N, K, n)]
        kernel = product(fmt, N, K, decode, variant)
        if kernel.startswith("mmt_") and mmt_splits(N, K) > 1:
            return split_mmt(kernel, x, bind, N, K, mmt_splits(N, K), n, ("mmt_sum", {"y": out}))
        scalars = {**product_dims(N, K), "n": n, "Nb": N // GEMV_ROWS, "Kb": K // 32, "S": 1}
        return [Step(kernel + variant, {"x": x, "y": out, **bind}, scalars)]

    def mm_add(fmt, x, res, out, bind, N, K, decode):
        """The steps of out[n, N] = res + x @ W^T."""
        if block_gemv(fmt, N, decode):
            return [gemv4(f"gemv4_{fmt}_add", {"x": x, "residual": res, "out": out, **bind}, N, K)]
        kernel = product(fmt, N, K, decode, v16)
        if kernel.startswith("mmt_") and mmt_splits(N, K) > 1:  # (the residual added once, by mmt_sum_add)
            return split_mmt(kernel, x, bind, N, K, mmt_splits(N, K), "n", ("mmt_sum_add", {"residual": res, "out": out}))
        scalars = {**product_dims(N, K), "Nb": N // GEMV_ROWS, "Kb": K // 32}
        return [Step(kernel + "_add" + v16, {"x": x, "residual": res, "out": out, **bind}, scalars)]

    embed = Step(f"embed_{embed_fmt}", {"ids": "ids", "out": "x", **embed_bind}, {"n": "n", "K": D})
    # n tokens (prefill), one token (decode; GPU schedules), one token attending to many positions
    body, body_decode, body_decode_long = [embed], [embed], [embed]
    body_long = [embed]  # n tokens attending to at least ATTN_PREFILL_LONG_L positions
    rope = {"cos": "rope.cos", "sin": "rope.sin"}
    if config.get("qkv_bias"):  # Qwen2: q, k, v have biases
        plan.add_buffer("qkv_raw", act, (T, width))

    def normed(norm_w, fmt, out, bind, N, decode):
        """rms_norm(x) * norm_w, then the product: one gemv_norm_* dispatch for a GPU decode step."""
        x = "x" if norm_w.endswith("attn_norm") else "x2"  # the residual stream before attention / FFN
        if block_gemv(fmt, N, decode) and D >= SEPARATE_INPUT_WIDTH and N % GEMV8_ROWS == 0:
            return [Step("act_q8_norm", {"x": x, "w": norm_w, "xq": "xq", "xs": "xs"}, {"n": "n", "Kb": D // 32, "eps": eps}),
                    gemv4(f"gemv8_{fmt}", {"xq": "xq", "xs": "xs", "out": out, **bind}, N, D, rows=GEMV8_ROWS)]
        if block_gemv(fmt, N, decode) and N >= GEMV4_WIDE and N % 16 == 0:
            return [gemv4(f"gemv4_norm16_{fmt}", {"x": x, "w": norm_w, "out": out, **bind}, N, D, rows=16)]
        if block_gemv(fmt, N, decode):
            return [gemv4(f"gemv4_norm_{fmt}", {"x": x, "w": norm_w, "out": out, **bind}, N, D)]
        if gpu and decode and N % GEMV_ROWS == 0:
            return [Step(f"gemv_norm_{fmt}{v16}", {"x": x, "w": norm_w, "y": out, **bind},
                         {"n": "n", "N": N, "Nb": N // GEMV_ROWS, "K": D, "eps": eps})]
        return [Step("rms_norm" + sfx + v16, {"x": x, "w": norm_w, "y": "xn"}, {"n": "n", "K": D, "row0": 0, "eps": eps}),
                *mm(fmt, "xn", out, bind, N, D, decode)]

    def qkv_product(i, fmt, weight, decode):
        if not config.get("qkv_bias"):
            return normed(f"layers.{i}.attn_norm", fmt, "qkv", weight, width, decode)
        bias = plan.add_buffer(f"layers.{i}.qkv_bias", "f32", (width,), "weight")
        return [*normed(f"layers.{i}.attn_norm", fmt, "qkv_raw", weight, width, decode),
                Step("add_bias" + v16, {"x": "qkv_raw", "b": bias, "y": "qkv"}, {"n": "n", "N": width})]

    # a GPU decode step (f32): attention split over the context, partials [H, Smax, hd + 4] in attn_part
    split_decode = gpu and hd <= ATTN_MAX_HEAD_DIM and not v16
    if split_decode:
        Smax = -(-C // ATTN_SPLIT)
        plan.add_buffer("attn_part", "f32", (H, Smax, hd + 4))
        split = {"H": H, "Hkv": Hkv, "gb": split_heads(H, Hkv, hd), "hd4": hd // 4, "C": C, "Smax": Smax, "P4": hd // 4 + 1,
                 "split": ATTN_SPLIT, "L": "L", "window": C, "scale": float(hd) ** -0.5}
        combine = Step("attn_combine_gpu", {"part": "attn_part", "out": "att"}, split)

    fused_decode = split_decode and hd % 16 == 0  # attn_decode_rope*_gpu (phases body_decode and body_decode_long)
    if fused_decode:
        split_fused = {**split, "split": "decode_span"}

    def int8_o(o_fmt, decode):
        """Whether a decode step's attention writes int8 blocks for a gemv8_* o product (INT8_ATTENTION_OUTPUT)."""
        return (INT8_ATTENTION_OUTPUT and fused_decode and decode and hd % 32 == 0 and H * hd >= SEPARATE_INPUT_WIDTH
                and H * hd <= max(D, F) and block_gemv(o_fmt, D, decode) and D % GEMV8_ROWS == 0)

    def rope_attention(k_cache, v_cache, decode, long=False, q8_out=False):
        """qkv -> RoPE (q; k and v into the caches at pos0) -> att. A GPU decode step: attn_decode_rope_gpu
        (head dim a multiple of 16; q8_out: attn_decode_rope_q8_gpu into xq / xs instead), for `long`
        contexts attn_decode_rope_split_gpu and attn_combine_gpu (q8_out: attn_combine_q8_gpu), for a head
        dim of 8 times an odd number attn_split_rope_gpu and attn_combine_gpu; else rope_qkv, then attention."""
        if fused_decode and decode and long:
            parts = Step("attn_decode_rope_split_gpu", {"qkv": "qkv", "k_cache": k_cache, "v_cache": v_cache, "part": "attn_part",
                                                        **rope}, {**split_fused, "half4": hd // 8})
            if q8_out:
                return [parts, Step("attn_combine_q8_gpu", {"part": "attn_part", "xq": "xq", "xs": "xs"},
                                    {**split_fused, "hb": hd // 32})]
            return [parts, Step("attn_combine_gpu", {"part": "attn_part", "out": "att"}, split_fused)]
        if fused_decode and decode:
            scalars = {"H": H, "Hkv": Hkv, "hd4": hd // 4, "half4": hd // 8, "C": C, "L": "L", "window": C,
                       "scale": float(hd) ** -0.5}
            if q8_out:
                return [Step("attn_decode_rope_q8_gpu", {"qkv": "qkv", "k_cache": k_cache, "v_cache": v_cache, "xq": "xq",
                                                         "xs": "xs", **rope}, {**scalars, "hb": hd // 32})]
            return [Step("attn_decode_rope_gpu", {"qkv": "qkv", "k_cache": k_cache, "v_cache": v_cache, "out": "att", **rope},
                         scalars)]
        if split_decode and decode and hd % 8 == 0:
            return [Step("attn_split_rope_gpu", {"qkv": "qkv", "k_cache": k_cache, "v_cache": v_cache, "part": "attn_part", **rope},
                         {**split, "half4": hd // 8}), combine]
        return [
            Step(
                "rope_qkv" + v16,  # q rotated into q; k rotated and v into the caches at pos0
                {"qkv": "qkv", "q": "q", "k_cache": k_cache, "v_cache": v_cache, **rope},
                {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "half": hd // 2, "C": C, "pos0": "pos0", "width": width},
            ),
            *attention(k_cache, v_cache, decode, long),
        ]

    def attention(k_cache, v_cache, decode, long=False):
        """q, the caches -> att: for a GPU decode step attn_split_gpu and attn_combine_gpu, for GPU prefill
        (f32) attn_prefill_gpu (`long`: attn_prefill_split_gpu and attn_combine_gpu), else scores, softmax
        and p @ v through the [H, n, L] buffers s and p."""
        scale = float(hd) ** -0.5
        if split_decode and decode:
            return [Step("attn_split_gpu", {"q": "q", "k_cache": k_cache, "v_cache": v_cache, "part": "attn_part"}, split),
                    combine]
        if flash_prefill and not decode:
            dims = {"n": "n", "H": H, "Hkv": Hkv, "hd4": hd // 4, "C": C, "pos0": "pos0", "window": C, "scale": scale,
                    "gb": prefill_heads(H, Hkv)}
            if not (long and ATTN_PREFILL_SPLITS):
                return [Step("attn_prefill_gpu", {"q": "q", "k_cache": k_cache, "v_cache": v_cache, "out": "att"}, dims)]
            spans = {"span": "span", "Smax": ATTN_PREFILL_SPLITS, "P4": hd // 4 + 1}
            plan.add_buffer("attn_prefill.part", "f32", (T * H, ATTN_PREFILL_SPLITS, hd + 4))
            return [Step("attn_prefill_split_gpu", {"q": "q", "k_cache": k_cache, "v_cache": v_cache, "part": "attn_prefill.part"},
                         {**dims, **spans}),
                    Step("attn_combine_gpu", {"part": "attn_prefill.part", "out": "att"},  # the n H rows' spans merged
                         {"H": "Hn", "hd4": hd // 4, "L": "L", "window": C, "split": "span", **spans})]
        return [
            Step(
                "attn_scores" + sfx + v16,
                {"q": "q", "k_cache": k_cache, "s": "s"},
                {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": "L", "pos0": "pos0", "nb": "nb",
                 "window": C, "scale": scale},
            ),
            Step("softmax_rows", {"s": "s", "p": "p"}, {"R": "Hn", "L": "L"}),
            Step("attn_pv" + sfx + v16, {"p": "p", "v_cache": v_cache, "out": "att"}, {"n": "n", "H": H, "Hkv": Hkv, "hd": hd, "C": C, "L": "L"}),
        ]

    for i in range(config["num_layers"]):
        p = f"layers.{i}"
        plan.add_buffer(f"{p}.attn_norm", "f32", (D,), "weight")
        plan.add_buffer(f"{p}.ffn_norm", "f32", (D,), "weight")
        qkv_fmt, qkv = _linear(plan, quant, f"{p}.qkv", width, D)
        o_fmt, o = _linear(plan, quant, f"{p}.o", D, H * hd)
        gu_fmt, gu = _linear(plan, quant, f"{p}.gate_up", 2 * F, D)
        down_fmt, down = _linear(plan, quant, f"{p}.down", D, F)
        k_cache = plan.add_buffer(f"{p}.k_cache", act, (Hkv, C, hd))
        v_cache = plan.add_buffer(f"{p}.v_cache", act, (Hkv, C, hd))
        for steps, decode, long in ((body, False, False), (body_long, False, True), (body_decode, True, False),
                                    (body_decode_long, True, True)):
            if long and not (fused_decode if decode else long_prefill):
                continue  # (no long phase: body_decode splits already, or prefill has no split attention)
            steps += qkv_product(i, qkv_fmt, qkv, decode)  # (with the attention RMSNorm)
            if int8_o(o_fmt, decode):
                steps += [*rope_attention(k_cache, v_cache, decode, long, q8_out=True),
                          gemv4(f"gemv8_{o_fmt}_add", {"xq": "xq", "xs": "xs", "residual": "x", "out": "x2", **o}, D, H * hd,
                                rows=GEMV8_ROWS)]
            else:
                steps += [*rope_attention(k_cache, v_cache, decode, long), *mm_add(o_fmt, "att", "x", "x2", o, D, H * hd, decode)]
            int8_down = block_gemv(down_fmt, D, decode) and F >= SEPARATE_INPUT_WIDTH and D % GEMV8_ROWS == 0
            gate_up = normed(f"{p}.ffn_norm", gu_fmt, "gu", gu, 2 * F, decode)
            fused_gate_up = int8_down and FUSED_GATE_UP and gate_up[-1].kernel.startswith("gemv8_")
            if fused_gate_up:  # act_q8_norm, then the product that writes the down product's int8 input
                gate_up[-1] = Step(f"gemv8_gate_up_{gu_fmt}", {"xq": "xq", "xs": "xs", "hq": "hq", "hs": "hs", **gu},
                                   {"n": "n", "Kb": D // 32, "Fb": F // 32})
            steps += gate_up
            if fused_gate_up:
                steps.append(gemv4(f"gemv8_{down_fmt}_add", {"xq": "hq", "xs": "hs", "residual": "x2", "out": "x", **down}, D, F,
                                   rows=GEMV8_ROWS))
            elif int8_down:
                steps += [Step("act_q8_silu", {"gu": "gu", "xq": "xq", "xs": "xs"}, {"n": "n", "Kb": F // 32}),
                          gemv4(f"gemv8_{down_fmt}_add", {"xq": "xq", "xs": "xs", "residual": "x2", "out": "x", **down}, D, F,
                                rows=GEMV8_ROWS)]
            elif block_gemv(down_fmt, D, decode):  # silu(gate) * up computed inside the down product
                steps.append(gemv4(f"gemv4_silu_{down_fmt}_add", {"gu": "gu", "residual": "x2", "out": "x", **down}, D, F))
            elif decode and gpu and D % GEMV_ROWS == 0:
                scalars = {"n": "n", "N": D, "Nb": D // GEMV_ROWS, "K": F}
                steps.append(Step(f"gemv_silu_{down_fmt}_add{v16}", {"gu": "gu", "residual": "x2", "out": "x", **down}, scalars))
            else:
                steps += [
                    Step("silu_mul" + v16, {"gu": "gu", "h": "h"}, {"n": "n", "F": F}),
                    *mm_add(down_fmt, "h", "x2", "x", down, D, F, decode),
                ]
    plan.add_buffer("final_norm", "f32", (D,), "weight")
    if config.get("tie_word_embeddings", False):
        head_fmt, head = embed_fmt, embed_bind
    else:
        head_fmt, head = _linear(plan, quant, "lm_head", V, D)

    # logits of rows row0 .. row0 + n - 1 (Engine.logits, n <= plan.logit_rows) or of the last row only (generation)
    plan.phases["body"] = body
    plan.phases["body_decode"] = body_decode  # Engine runs it for single-token steps
    if fused_decode:  # single-token steps attending to ATTN_DECODE_SPLIT_BYTES of K / V a head and more
        plan.phases["body_decode_long"] = body_decode_long
        plan.long_phases["body_decode"] = ("body_decode_long", decode_split_from(hd))
    if long_prefill:  # prefill chunks attending to at least ATTN_PREFILL_LONG_L positions
        plan.phases["body_long"] = body_long
        plan.long_phases["body"] = ("body_long", ATTN_PREFILL_LONG_L)
    plan.phases["head_all"] = [
        Step("rms_norm" + sfx, {"x": "x", "w": "final_norm", "y": "xf"}, {"n": "n", "K": D, "row0": "row0", "eps": eps}),
        *mm(head_fmt, "xf", "logits", head, V, D, decode=False, variant=""),
    ]
    # final-normed hidden states of every row, left in "xf" (plan.hidden; Engine.hidden_states: embeddings)
    plan.phases["hidden_all"] = [
        Step("rms_norm" + sfx, {"x": "x", "w": "final_norm", "y": "xf"}, {"n": "n", "K": D, "row0": 0, "eps": eps})]
    plan.phases["head_last"] = [
        Step("rms_norm" + sfx, {"x": "x", "w": "final_norm", "y": "xf"}, {"n": 1, "K": D, "row0": "last_row", "eps": eps}),
        *mm(head_fmt, "xf", "logits", head, V, D, decode=True, n=1, variant=""),
    ]
    add_sampling_phases(plan, V)
    return plan


def call_dims(config: dict, n: int, pos0: int) -> dict:
    """Values of the call-time names used in the plan's steps for n tokens at positions pos0..."""
    nt = tiles(n)  # tiles of 8 rows of the mm8_* kernels
    H, L = config["num_heads"], pos0 + n
    nb = -(-H * n * L // 64)  # workgroups of attn_scores_gpu
    span = max(ATTN_PREFILL_MIN_SPAN, -(-L // max(ATTN_PREFILL_SPLITS, 1)))  # keys per span of attn_prefill_split_gpu
    decode_span = max(ATTN_SPLIT, -(-L // ATTN_DECODE_SPLITS))  # positions per workgroup of attn_decode_rope_split_gpu
    return {"n": n, "nt": nt, "pos0": pos0, "L": L, "Hn": H * n, "nb": nb, "last_row": n - 1, "span": span,
            "decode_span": decode_span}
