"""The sampler on the GPU: argmax, sample_scores, top_threshold, sample_noise, token_logprobs, count_token."""

from tabllm.kernel_set import LOGPROB_TOP_MAX, MASKED_SCORE
from tvm import te, tirx as tir
from tvm.script import tirx as T

from .common import F32, NEG_INF, _prim_func, _schedule_elementwise, _u32_field, _var
from .macros import tir_module, workgroup_max, workgroup_sum


# One-workgroup kernels over a row of V values (argmax, top_threshold, token_logprobs): ROW_THREADS invocations,
# invocation t taking the values t, t + ROW_THREADS, ... in passes of ROW_LOADS loads in flight (a loop of one
# load each waited out every load's latency: H200, argmax over V = 49152 took 56 us a token for SmolLM2, 75 for
# the 8B; 32 or 64 loads in flight were slower than 16). Their workgroup sums and maxima go in two stages
# (16 x 16: macros.workgroup_sum / workgroup_max), so all invocations hold the same result and take the same
# branches after it.
ROW_THREADS, ROW_LOADS = 256, 16


@T.macro
def _over_row(row, V, tx, xs, element, kind):
    """element(x, j, kind) for each of invocation tx's values x = row[j], j < V, in increasing j (passes of
    ROW_LOADS loads into xs, local f32 [ROW_LOADS])."""
    for p in range(T.floordiv(V + ROW_THREADS * ROW_LOADS - 1, ROW_THREADS * ROW_LOADS)):
        for u in T.unroll(ROW_LOADS):  # (past V: clamped, then skipped)
            xs[u] = row[T.min((p * ROW_LOADS + u) * ROW_THREADS + tx, V - 1)]
        for u in T.unroll(ROW_LOADS):
            if (p * ROW_LOADS + u) * ROW_THREADS + tx < V:
                element(xs[u], (p * ROW_LOADS + u) * ROW_THREADS + tx, kind)


@T.macro
def _workgroup_argmax(best_v, best_i, partial, part_i, cv, ci, tx):
    """(best_v[0], best_i[0]) = the largest (value, index) pair over the workgroup, the lower index on ties, in
    two stages (16 x 16) through partial (workgroup f32 [ROW_THREADS]), part_i (workgroup i32 [ROW_THREADS])
    and cv / ci (local f32 / i32 [1])."""
    partial[tx] = best_v[0]
    part_i[tx] = best_i[0]
    T.tvm_storage_sync("shared")
    if tx < 16:
        best_v[0] = partial[tx * 16]
        best_i[0] = part_i[tx * 16]
        for o in T.unroll(15):
            # (into registers first: TVM's sync planner takes no workgroup-memory load in a condition)
            cv[0] = partial[tx * 16 + 1 + o]
            ci[0] = part_i[tx * 16 + 1 + o]
            if cv[0] > best_v[0] or (cv[0] == best_v[0] and ci[0] < best_i[0]):
                best_v[0] = cv[0]
                best_i[0] = ci[0]
    T.tvm_storage_sync("shared")
    if tx < 16:  # (after every first-stage read)
        partial[tx] = best_v[0]
        part_i[tx] = best_i[0]
    T.tvm_storage_sync("shared")
    best_v[0] = partial[0]
    best_i[0] = part_i[0]
    for o in T.unroll(15):
        cv[0] = partial[1 + o]
        ci[0] = part_i[1 + o]
        if cv[0] > best_v[0] or (cv[0] == best_v[0] and ci[0] < best_i[0]):
            best_v[0] = cv[0]
            best_i[0] = ci[0]
    T.tvm_storage_sync("shared")


def argmax():
    """token[1], value[1] = index and value of the largest logits[V] (lowest index on ties; -1 and the lowest
    f32 when every logit is at most the lowest f32, as masked scores are), one workgroup (_over_row):
    each invocation keeps the first of its largest, then the workgroup's argmax. Uniform V."""

    @T.prim_func
    def argmax_kernel(logits_h: T.handle, idx_h: T.handle, val_h: T.handle):
        V = T.int32()
        logits = T.match_buffer(logits_h, (V,), "float32")
        am_v0 = T.match_buffer(idx_h, (1,), "int32")
        am_v1 = T.match_buffer(val_h, (1,), "float32")
        T.launch_thread("blockIdx.x", 1)
        tx = T.launch_thread("threadIdx.x", ROW_THREADS)
        xs = T.alloc_buffer((ROW_LOADS,), "float32", scope="local")
        best_v = T.alloc_buffer((1,), "float32", scope="local")
        best_i = T.alloc_buffer((1,), "int32", scope="local")
        cv = T.alloc_buffer((1,), "float32", scope="local")
        ci = T.alloc_buffer((1,), "int32", scope="local")
        partial = T.alloc_buffer((ROW_THREADS,), "float32", scope="shared")
        part_i = T.alloc_buffer((ROW_THREADS,), "int32", scope="shared")

        @T.inline
        def keep_largest(x, j, kind):  # in index order: strictly larger only, so the first of equals stays
            if x > best_v[0]:
                best_v[0] = x
                best_i[0] = j

        best_v[0] = T.min_value("float32")
        best_i[0] = -1
        _over_row(logits, V, tx, xs, keep_largest, "")
        _workgroup_argmax(best_v, best_i, partial, part_i, cv, ci, tx)
        if tx == 0:
            am_v0[0] = best_i[0]
            am_v1[0] = best_v[0]

    return tir_module("argmax", argmax_kernel)


def _hash_u32(x):
    """lowbias32 integer hash (u32 arithmetic wraps, as in WGSL). Let-bound so the WGSL stays linear."""
    u = lambda c: tir.const(c, "uint32")  # noqa: E731
    a, b = tir.Var("hash_a", "uint32"), tir.Var("hash_b", "uint32")
    return tir.Let(
        a,
        tir.bitwise_xor(x, tir.shift_right(x, u(16))) * u(0x7FEB352D),
        tir.Let(b, tir.bitwise_xor(a, tir.shift_right(a, u(15))) * u(0x846CA68B), tir.bitwise_xor(b, tir.shift_right(b, u(16)))),
    )


def _gumbel(j, key):
    """Standard Gumbel noise for token j under the per-step key (an i32 uniform): -log(-log(u)) with u a
    hash of (key ^ j). The host half (tabllm.sampling.noise_key) hashes seed and step into the key."""
    bits = tir.Var("bits", "uint32")
    # m uniform in [1 + 2^-23, 2 - 2^-23]: 22 random mantissa bits, lowest bit set. Built by bit
    # pattern because TVM prints f32 constants with 7 digits (2^-23 would not be exact). Then
    # u = 2 - m and 1 - u = m - 1 are both exact and never 0 or 1.
    m = tir.reinterpret(F32, tir.bitwise_or(tir.shift_right(bits, tir.const(9, "uint32")), tir.const(0x3F800001, "uint32")))
    u = tir.const(2.0, F32) - m
    t = m - tir.const(1.0, F32)
    # E = -log(u) ~ Exp(1). Near u = 1 WGSL's log has only 2^-21 absolute accuracy, so there use the
    # series of -log(1 - t): t + t^2/2 + ... + t^7/7, < 1e-8 relative for t < 0.1.
    poly = tir.const(1.0 / 7, F32)
    for k in range(6, 0, -1):
        poly = tir.const(1.0 / k, F32) + t * poly
    expo = tir.Select(t < tir.const(0.1, F32), t * poly, -te.log(u))
    return tir.Let(bits, _hash_u32(j.astype("uint32") ^ key.astype("uint32")), -te.log(expo))


def _order_key(x):
    """u32 whose unsigned order is the order of the f32 x (sign flips all bits, else the sign bit)."""
    bits = tir.reinterpret("uint32", x)
    flip = tir.Select(tir.shift_right(bits, tir.const(31, "uint32")) == tir.const(1, "uint32"),
                      tir.const(0xFFFFFFFF, "uint32"), tir.const(0x80000000, "uint32"))
    return tir.bitwise_xor(bits, flip)


def sample_scores():
    """scores[V] = the sampler's view of logits[V], noise * Gumbel noise added:
        x = logits + bias                                    (OpenAI logit_bias)
        x = x / penalty if x > 0 else x * penalty, where seen (HF repetition penalty: prompt + output)
        x = x - frequency * counts - presence * (counts > 0) (OpenAI penalties: output tokens)
        scores = x * inv_temp, or lowest f32 where the allowed bitmask [ceil(V/32)] has the bit clear.
    With noise = 1, argmax(scores) is an exact draw from softmax(x / T) (the Gumbel-max trick); with
    noise = 0 it is greedy, and top_threshold + sample_noise can restrict the draw to the top-k / top-p."""
    V, key = _var("V"), _var("key")
    inv_temp, penalty, noise = _var("inv_temp", F32), _var("penalty", F32), _var("noise", F32)
    frequency, presence = _var("frequency", F32), _var("presence", F32)
    logits = te.placeholder((V,), F32, name="logits")
    bias = te.placeholder((V,), F32, name="bias")
    allowed = te.placeholder((tir.floordiv(V + 31, 32),), "uint32", name="allowed")
    seen = te.placeholder((V,), "int32", name="seen")
    counts = te.placeholder((V,), "int32", name="counts")

    def score(j):
        x = tir.Var("logit", F32)
        repeated = tir.Select(seen[j] != 0, tir.Select(x > 0, x / penalty, x * penalty), x)
        penalized = repeated - frequency * counts[j].astype(F32) - tir.Select(counts[j] > 0, presence, tir.const(0.0, F32))
        is_allowed = _u32_field(allowed[tir.floordiv(j, 32)], tir.floormod(j, 32), 1) == 1
        value = penalized * inv_temp + noise * _gumbel(j, key)
        return tir.Let(x, logits[j] + bias[j], tir.Select(is_allowed, value, tir.const(MASKED_SCORE, F32)))

    scores = te.compute((V,), score, name="scores")
    args = [logits, bias, allowed, seen, counts, scores, key, inv_temp, penalty, frequency, presence, noise]
    return _schedule_elementwise(_prim_func("sample_scores", args), "scores")


TOP_WAYS = 8  # top_threshold: each pass over the scores tests TOP_WAYS - 1 cut points (a power of 2)
# passes per search: each leaves at most floor(width / TOP_WAYS) of the hi - lo width, so as many as 2^32 - 1
# has base-TOP_WAYS digits (11 for 8)
TOP_ROUNDS = -(-32 // (TOP_WAYS.bit_length() - 1))


def top_threshold():
    """threshold[0] = order key (see _order_key) of the lowest score that top-k and then top-p keep, HF
    semantics: a token is kept iff fewer than top_k tokens score strictly higher, and the softmax mass
    (within the top-k) of the tokens scoring strictly higher is < top_p. top_k = 0 / top_p >= 1 turn a
    filter off. Each bound is the smallest key T with count(key > T) < limit and mass(key > T) < limit,
    found exactly (no sort) by an 8-way search over the 2^32 keys: each pass over the scores counts the
    tokens (and sums their exp) above TOP_WAYS - 1 cut points at once, so 11 passes instead of a
    bisection's 32 (a pass is one workgroup's walk over the scores: ~11 us for 49152 on the H200, mostly
    load latency, so fewer passes pay for more arithmetic in each; BENCHMARKS.md). One workgroup;
    partial sums go through workgroup memory and every invocation adds them in the same order (the order
    of macros.workgroup_sum), so all invocations hold identical bounds and take identical branches,
    and each count / mass is the same f32 value that a bisection would compute for that cut.
    Written in TIR directly: TE cannot express a data-dependent loop of reductions."""
    CUTS = TOP_WAYS - 1

    @T.prim_func
    def top_threshold_kernel(scores_h: T.handle, threshold_h: T.handle, top_k: T.int32, top_p: T.float32):
        V = T.int32()
        scores = T.match_buffer(scores_h, (V,), "float32")
        threshold = T.match_buffer(threshold_h, (1,), "uint32")
        tx = T.launch_thread("threadIdx.x", ROW_THREADS)
        partial = T.alloc_buffer((ROW_THREADS,), "float32", scope="shared")
        partial16 = T.alloc_buffer((16,), "float32", scope="shared")
        wide = T.alloc_buffer((2 * CUTS * ROW_THREADS,), "float32", scope="shared")  # 14 KiB
        wide16 = T.alloc_buffer((2 * CUTS * 16,), "float32", scope="shared")
        xs = T.alloc_buffer((ROW_LOADS,), "float32", scope="local")
        bounds = T.alloc_buffer((3,), "uint32", scope="local")  # lo, hi, top-k bound
        cuts = T.alloc_buffer((CUTS,), "uint32", scope="local")
        ok = T.alloc_buffer((CUTS,), "int32", scope="local")
        key = T.alloc_buffer((1,), "uint32", scope="local")
        e = T.alloc_buffer((1,), "float32", scope="local")
        stats = T.alloc_buffer((1,), "float32", scope="local")  # max score
        local = T.alloc_buffer((2 * CUTS,), "float32", scope="local")  # this invocation's counts, masses
        sums = T.alloc_buffer((2 * CUTS,), "float32", scope="local")
        top_k_mass = T.alloc_buffer((1,), "float32", scope="local")

        @T.inline
        def add_score(x, j, kind):  # into local[...]
            if kind == "max":
                local[0] = T.max(local[0], x)
            elif kind == "mass":  # the mass at or above the top-k bound
                local[1] = local[1] + T.Select(_order_key(x) >= bounds[2], T.exp(x - stats[0]), T.float32(0))
            else:  # per cut c: count (local[c]) and mass at or above the top-k bound (local[CUTS + c]) above it
                key[0] = _order_key(x)
                if key[0] > cuts[0]:  # (most scores are below every cut: they would add only zeros)
                    e[0] = T.Select(key[0] >= bounds[2], T.exp(x - stats[0]), T.float32(0))
                    for c in T.unroll(CUTS):
                        local[c] = local[c] + T.Select(key[0] > cuts[c], T.float32(1), T.float32(0))
                        local[CUTS + c] = local[CUTS + c] + T.Select(key[0] > cuts[c], e[0], T.float32(0))

        @T.inline
        def sums_of_cuts():  # sums[v] = the workgroup's sum of local[v], v < 2 CUTS, in workgroup_sum's order
            for v in T.unroll(2 * CUTS):
                wide[v * ROW_THREADS + tx] = local[v]
            T.tvm_storage_sync("shared")
            if tx < 2 * CUTS * 16:  # 16 invocations a value, 16 partials each
                sums[0] = wide[tx * 16]
                for o in T.unroll(15):
                    sums[0] = sums[0] + wide[tx * 16 + 1 + o]
                wide16[tx] = sums[0]
            T.tvm_storage_sync("shared")
            for v in T.unroll(2 * CUTS):
                sums[v] = wide16[v * 16]
                for o in T.unroll(15):
                    sums[v] = sums[v] + wide16[v * 16 + 1 + o]
            T.tvm_storage_sync("shared")

        @T.inline
        def search(count_limit, mass_limit):
            # bounds[0] = the smallest key T with count(key > T) < count_limit and mass(key > T, key >= top-k
            # bound) < mass_limit: both fall as T rises, so the cuts that pass are those from some cut on;
            # invariant: T in [bounds[0], bounds[1]]
            bounds[0] = T.uint32(0)
            bounds[1] = T.uint32(0xFFFFFFFF)
            for _round in range(TOP_ROUNDS):
                # cut c = lo + floor((hi - lo) (c + 1) / TOP_WAYS), without overflow
                for c in T.unroll(CUTS):
                    cuts[c] = bounds[0] + T.floordiv(bounds[1] - bounds[0], T.uint32(TOP_WAYS)) * T.uint32(c + 1) + T.floordiv(
                        T.floormod(bounds[1] - bounds[0], T.uint32(TOP_WAYS)) * T.uint32(c + 1), T.uint32(TOP_WAYS))
                for v in T.unroll(2 * CUTS):
                    local[v] = T.float32(0)
                _over_row(scores, V, tx, xs, add_score, "count")
                sums_of_cuts()
                for c in T.unroll(CUTS):  # hi = the first cut that passes, lo = 1 past the last that fails
                    ok[c] = T.Cast("int32", sums[c] < count_limit and sums[CUTS + c] < mass_limit)
                for c in T.unroll(CUTS):
                    bounds[1] = T.Select(ok[CUTS - 1 - c] == 1, cuts[CUTS - 1 - c], bounds[1])
                    bounds[0] = T.Select(ok[c] == 0, cuts[c] + T.uint32(1), bounds[0])

        # max score, the shift that keeps exp() in range
        local[0] = T.float32(NEG_INF)
        _over_row(scores, V, tx, xs, add_score, "max")
        workgroup_max(local[0], stats, partial, partial16, tx)
        bounds[2] = T.uint32(0)
        if top_k > 0:
            search(T.Cast("float32", top_k), T.float32(3.0e38))
            bounds[2] = bounds[0]
        if top_p < T.float32(1):
            # the top-k set's mass, then the top-p bound within it
            local[1] = T.float32(0)
            _over_row(scores, V, tx, xs, add_score, "mass")
            workgroup_sum(local[1], top_k_mass, partial, partial16, tx)
            search(T.float32(3.0e38), top_p * top_k_mass[0])
            bounds[2] = T.max(bounds[2], bounds[0])
        if tx == 0:
            threshold[0] = bounds[2]

    return tir_module("top_threshold", top_threshold_kernel)


def sample_noise():
    """out[V] = scores + noise * Gumbel noise where order_key(scores) >= threshold[0], else lowest f32:
    the Gumbel-max draw restricted to what top_threshold kept."""
    V, key, noise = _var("V"), _var("key"), _var("noise", F32)
    scores = te.placeholder((V,), F32, name="scores")
    threshold = te.placeholder((1,), "uint32", name="threshold")

    def noisy(j):
        kept = _order_key(scores[j]) >= threshold[0]
        return tir.Select(kept, scores[j] + noise * _gumbel(j, key), tir.const(MASKED_SCORE, F32))

    out = te.compute((V,), noisy, name="noisy")
    return _schedule_elementwise(_prim_func("sample_noise", [scores, threshold, out, key, noise]), "noisy")




def token_logprobs():
    """out[2 + 2 * 20] (u32 words) = [token, lp(token), id_1, lp(id_1), ..., id_N, lp(id_N)] where lp is
    the log-softmax of the raw logits[V] (f32 bits) and id_1..id_N the N most likely tokens (highest
    first, lowest id on ties); token = token[0], the id the sampler chose. One workgroup (_over_row):
    log-sum-exp by two workgroup reductions; then one pass in which each invocation keeps its own best N
    (value, id) pairs sorted in registers (a value enters only when it beats the N-th: rarely, after the
    first few), and N rounds of a workgroup argmax over the invocations' heads, whose winner pops its
    head. (Every round used to be a pass over V that skipped the ids already taken.)
    Written in TIR directly: TE cannot express a data-dependent loop of reductions."""
    TOP = LOGPROB_TOP_MAX

    @T.prim_func
    def token_logprobs_kernel(logits_h: T.handle, token_h: T.handle, out_h: T.handle, N: T.int32):
        V, m = T.int32(), T.int32()
        logits = T.match_buffer(logits_h, (V,), "float32")
        token = T.match_buffer(token_h, (m,), "int32")
        out = T.match_buffer(out_h, (2 + 2 * TOP,), "uint32")
        tx = T.launch_thread("threadIdx.x", ROW_THREADS)
        partial = T.alloc_buffer((ROW_THREADS,), "float32", scope="shared")
        partial16 = T.alloc_buffer((16,), "float32", scope="shared")
        part_i = T.alloc_buffer((ROW_THREADS,), "int32", scope="shared")
        xs = T.alloc_buffer((ROW_LOADS,), "float32", scope="local")
        top_v = T.alloc_buffer((TOP,), "float32", scope="local")  # this invocation's best values, highest first
        top_i = T.alloc_buffer((TOP,), "int32", scope="local")  # and their ids
        floor_v = T.alloc_buffer((1,), "float32", scope="local")  # top_v[N - 1]
        carry_v = T.alloc_buffer((1,), "float32", scope="local")
        carry_i = T.alloc_buffer((1,), "int32", scope="local")
        swap_v = T.alloc_buffer((1,), "float32", scope="local")
        swap_i = T.alloc_buffer((1,), "int32", scope="local")
        best_v = T.alloc_buffer((1,), "float32", scope="local")  # _workgroup_argmax's pair (best_i: the id)
        best_i = T.alloc_buffer((1,), "int32", scope="local")
        cv = T.alloc_buffer((1,), "float32", scope="local")
        ci = T.alloc_buffer((1,), "int32", scope="local")
        lse = T.alloc_buffer((1,), "float32", scope="local")  # log-sum-exp of the logits
        total = T.alloc_buffer((1,), "float32", scope="local")

        @T.inline
        def add_logit(x, j, kind):
            if kind == "max":
                best_v[0] = T.max(best_v[0], x)
            elif kind == "sum":
                best_v[0] = best_v[0] + T.exp(x - lse[0])
            elif x > floor_v[0]:  # "keep": into the sorted list of N (ids come in increasing order: an equal value stays out)
                carry_v[0] = x
                carry_i[0] = j
                for q in T.unroll(TOP):  # the carried pair swaps with each entry it beats: (value, then lower id)
                    if q < N and (carry_v[0] > top_v[q] or (carry_v[0] == top_v[q] and carry_i[0] < top_i[q])):
                        swap_v[0] = top_v[q]
                        swap_i[0] = top_i[q]
                        top_v[q] = carry_v[0]
                        top_i[q] = carry_i[0]
                        carry_v[0] = swap_v[0]
                        carry_i[0] = swap_i[0]
                for q in T.unroll(TOP):  # the N-th value, the bar for the next (constant indices keep the list in registers)
                    floor_v[0] = T.Select(q == N - 1, top_v[q], floor_v[0])

        # log-sum-exp = max + log(sum exp(x - max))
        best_v[0] = T.float32(NEG_INF)
        _over_row(logits, V, tx, xs, add_logit, "max")
        workgroup_max(best_v[0], lse, partial, partial16, tx)
        best_v[0] = T.float32(0)
        _over_row(logits, V, tx, xs, add_logit, "sum")
        workgroup_sum(best_v[0], total, partial, partial16, tx)
        lse[0] = lse[0] + T.log(total[0])
        for q in T.unroll(TOP):
            top_v[q] = T.float32(NEG_INF)
            top_i[q] = V
        floor_v[0] = T.float32(NEG_INF)
        if N > 0:
            _over_row(logits, V, tx, xs, add_logit, "keep")
        for r in range(N):
            best_v[0] = top_v[0]
            best_i[0] = top_i[0]
            _workgroup_argmax(best_v, best_i, partial, part_i, cv, ci, tx)
            if top_i[0] == best_i[0]:  # the winner's head (ids are unique; past V every list holds the same)
                for q in T.unroll(TOP - 1):
                    top_v[q] = top_v[q + 1]
                    top_i[q] = top_i[q + 1]
                top_v[TOP - 1] = T.float32(NEG_INF)
                top_i[TOP - 1] = V
            if tx == 0:
                out[2 + 2 * r] = T.Cast("uint32", best_i[0])
                out[3 + 2 * r] = T.reinterpret("uint32", best_v[0] - lse[0])
        if tx == 0:
            out[0] = T.Cast("uint32", token[0])
            out[1] = T.reinterpret("uint32", logits[token[0]] - lse[0])

    return tir_module("token_logprobs", token_logprobs_kernel)


def count_token():
    """seen[token[0]] = 1 and counts[token[0]] += 1: the penalties' memory of tokens, kept on the GPU."""
    # Lowered TIR (one invocation): the schedule primitives refuse a block that reads what it writes.
    @T.prim_func
    def count_token(token_h: T.handle, seen_h: T.handle, counts_h: T.handle):
        V, m = T.int32(), T.int32()
        token = T.match_buffer(token_h, (m,), "int32")
        seen = T.match_buffer(seen_h, (V,), "int32")
        counts = T.match_buffer(counts_h, (V,), "int32")
        T.launch_thread("threadIdx.x", 1)
        seen[token[0]] = 1
        counts[token[0]] = counts[token[0]] + 1

    return tir_module("count_token", count_token)
