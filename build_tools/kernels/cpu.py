"""The kernels for the host CPU (LLVM): the same definitions as the WGSL ones, for the CPU executor
(app/py/tabllm/runtime/cpu_executor.py), which compiles them on first use and caches them per machine.

How a kernel becomes a CPU function (cpu_function):
- The matrix products of the "cpu" profile (matmul_*, mm8_*, every weight format) have CPU definitions of
  their own here (products()): the weight row's bytes read as vectors of 16 lanes (a q4 block is 16 bytes:
  element t in the low nibble of byte t, element t + 16 in the high one, so both halves meet contiguous x),
  dequantized in registers, rows of the output spread over the host's threads (T.parallel); mm8_* keeps a
  tile of 8 rows of x per dequantized block. They compute what the WGSL kernels compute (same float64 twins
  in runtime/reference.py, same tests).
- argmax (a workgroup reduction with barriers on the GPU) has a serial CPU definition; attn_scores and attn_pv
  have vectorized ones (a head's rows over the host's threads, 16 lanes of the head dim at a time), and so
  have the row steps of every layer: rms_norm, silu_mul, softmax_rows (16 lanes at a time, in order).
- Every other barrier-free kernel is the WGSL kernel's own scheduled TIR with its GPU loops turned into CPU
  loops (unbind): blockIdx and threadIdx loops run in order (small kernels: waking the host's other
  threads costs more), workgroup- and invocation-scoped buffers become ordinary (stack) ones. A scheduled block-level TIR is a serial loop nest
  whose loops a schedule bound to threads; without barriers the loops mean the same thing in order.
- Kernels with workgroup barriers (tvm_storage_sync) and no CPU definition raise NotCPUKernel: the executor
  runs their numpy twins (top_threshold, token_logprobs: once per sampled token with top-k/p or logprobs).

Calling convention (flat): every buffer argument is the plan's whole flat buffer (any length; a weight read
as the element type the function declares: a u32 q4 payload as uint8, q8_0 as int8, f16 as float16), then
the scalars, then the symbolic dims that the WGSL kernel gets as uniforms (n, K, N, L, ...): cpu_function
returns the PrimFunc and its argument list [(kind, name, dtype)] with kind "buffer", "scalar" (a uniform of
the step) or "extent" (a dim only the outermost extent of a buffer depends on, which indexing never uses:
the executor passes the buffer's length).
"""

import re
from functools import partial

from tabllm.kernel_set import find

import tvm
from tvm import tirx as tir
from tvm.script import tirx as T


LANES = 16  # f32 lanes of a dequantized half block (a q4 block: 16 bytes, two halves of 16 elements)
MM_TILE = 8  # rows of x per dequantized block in mm8_* (as the WGSL mm8_*)
MM_ROWS = 2  # weight rows per step of mm8_* (N is a multiple of 64 there)


class NotCPUKernel(Exception):
    """The kernel has no CPU form (workgroup barriers): the executor runs its numpy twin."""


def host_target(cores=None):
    """LLVM for this machine's CPU (its vector units) and its cores (TVM's thread pool)."""
    import os

    from tvm.target import codegen

    return tvm.target.Target({"kind": "llvm", "mcpu": codegen.llvm_get_system_cpu(),
                              "num-cores": cores or os.cpu_count() or 1})


# --- matrix products ------------------------------------------------------------------------------------

WEIGHT_VIEW = {"q4_0": "uint8", "q4_1": "uint8", "q8_0": "int8", "f16": "float16", "f32": "float32"}


def _small_int_to_f32(v, signed):
    """A byte's value (uint8 0..255 or int8) as f32, exactly, by placing it in the mantissa of 2^23 (or 1.5 * 2^23
    for signed values) and subtracting that: LLVM's WebAssembly backend turns a plain conversion of a 16-byte
    vector into 16 lane extracts and scalar converts each (build_tools/gen_wasm.py; SmolLM2's decode products
    ~10x slower), while this stays in vector ops; on x86 it costs about what the conversion does."""
    if signed:
        return T.reinterpret("float32", T.Cast("int32", v) + T.int32(0x4B400000)) - T.float32(12582912.0)
    return T.reinterpret("float32", T.Cast("int32", v) | T.int32(0x4B000000)) - T.float32(8388608.0)


def _halves(fmt, q, s, m, row, kb, K, t):
    """Elements t and t + 16 of block kb of weight row `row` (f32): the two halves of a 32-element block."""
    blk = row * (K // 32) + kb
    if fmt in ("q4_0", "q4_1"):
        byte = q[row * (K // 2) + kb * 16 + t]
        lo = _small_int_to_f32(byte & T.uint8(15), False)
        hi = _small_int_to_f32(byte >> T.uint8(4), False)
        if fmt == "q4_0":
            return s[blk] * (lo - T.float32(8)), s[blk] * (hi - T.float32(8))
        return s[blk] * lo + m[blk], s[blk] * hi + m[blk]
    if fmt == "q8_0":
        lo = _small_int_to_f32(q[row * K + kb * 32 + t], True)
        hi = _small_int_to_f32(q[row * K + kb * 32 + 16 + t], True)
        return s[blk] * lo, s[blk] * hi
    return T.Cast("float32", q[row * K + kb * 32 + t]), T.Cast("float32", q[row * K + kb * 32 + 16 + t])


def product(fmt, with_residual, tiled, rows_per_step=None):
    """matmul_{fmt}(_add) (tiled False: any n, one x row at a time) or mm8_{fmt}(_add) (tiled: nt tiles of 8
    rows of x per dequantized block, rows past n skipped; MM_ROWS weight rows at a time, so that each x load
    feeds MM_ROWS products): y[n, N] = x[n, K] @ W[N, K]^T (+ residual).
    Returns the PrimFunc and the names its arguments take in the plan's steps where they differ."""
    has_scale, has_min = fmt in ("q4_0", "q4_1", "q8_0"), fmt == "q4_1"
    view = WEIGHT_VIEW[fmt]
    out_name = "out" if with_residual else "y"
    R = MM_TILE if tiled else 1
    J = rows_per_step or (MM_ROWS if tiled else 1)

    @T.prim_func
    def kernel(x_h: T.handle, wq_h: T.handle, wscale_h: T.handle, wmin_h: T.handle, residual_h: T.handle,
               y_h: T.handle, n: T.int32, nt: T.int32, N: T.int32, K: T.int32):
        xl, ql, sl, ml, rl, yl = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
        x = T.match_buffer(x_h, (xl,), "float32")
        wq = T.match_buffer(wq_h, (ql,), view)
        wscale = T.match_buffer(wscale_h, (sl,), "float32")
        wmin = T.match_buffer(wmin_h, (ml,), "float32")
        residual = T.match_buffer(residual_h, (rl,), "float32")
        y = T.match_buffer(y_h, (yl,), "float32")
        for jj in T.parallel(N // J):
            for it in range(nt):
                # (scope "global": small fixed-size buffers of a CPU function live on its stack, in registers
                # once LLVM promotes them; scope "local" would be a workspace allocation per iteration)
                acc = T.alloc_buffer((J * R * LANES,), "float32", scope="global")
                w_lo = T.alloc_buffer((J * LANES,), "float32", scope="global")
                w_hi = T.alloc_buffer((J * LANES,), "float32", scope="global")
                total = T.alloc_buffer((1,), "float32", scope="global")
                for u in T.unroll(J):
                    for r in T.unroll(R):
                        for t in T.vectorized(LANES):
                            acc[(u * R + r) * LANES + t] = T.float32(0)
                for kb in range(K // 32):
                    for u in T.unroll(J):
                        for t in T.vectorized(LANES):
                            w_lo[u * LANES + t] = _halves(fmt, wq, wscale, wmin, jj * J + u, kb, K, t)[0]
                        for t in T.vectorized(LANES):
                            w_hi[u * LANES + t] = _halves(fmt, wq, wscale, wmin, jj * J + u, kb, K, t)[1]
                    for r in T.unroll(R):
                        for u in T.unroll(J):
                            for t in T.vectorized(LANES):
                                acc[(u * R + r) * LANES + t] = acc[(u * R + r) * LANES + t] \
                                    + w_lo[u * LANES + t] * x[T.min(it * R + r, n - 1) * K + kb * 32 + t] \
                                    + w_hi[u * LANES + t] * x[T.min(it * R + r, n - 1) * K + kb * 32 + 16 + t]
                for u in T.unroll(J):
                    for r in T.unroll(R):
                        if it * R + r < n:
                            # the 16 lanes summed as a tree (a chain of 16 dependent adds per output took
                            # a third of a decode product's time)
                            for t in T.vectorized(8):
                                acc[(u * R + r) * LANES + t] = acc[(u * R + r) * LANES + t] + acc[(u * R + r) * LANES + 8 + t]
                            for t in T.vectorized(4):
                                acc[(u * R + r) * LANES + t] = acc[(u * R + r) * LANES + t] + acc[(u * R + r) * LANES + 4 + t]
                            for t in T.vectorized(2):
                                acc[(u * R + r) * LANES + t] = acc[(u * R + r) * LANES + t] + acc[(u * R + r) * LANES + 2 + t]
                            total[0] = acc[(u * R + r) * LANES] + acc[(u * R + r) * LANES + 1]
                            if with_residual:
                                y[(it * R + r) * N + jj * J + u] = total[0] + residual[(it * R + r) * N + jj * J + u]
                            else:
                                y[(it * R + r) * N + jj * J + u] = total[0]

    drop = [p for p, keep in {"wscale": has_scale, "wmin": has_min, "residual": with_residual}.items() if not keep]
    return _drop_params(kernel, drop), {"y": out_name, **({} if tiled else {"nt": "n"})}


def _drop_params(func, names):
    """func without the buffer parameters `names` (the variant's body does not read them: Python conditions
    removed their uses as it was parsed)."""
    keep = [p for p in func.params if p.name not in names]
    return tir.PrimFunc(keep, func.body, attrs=func.attrs)


# --- argmax ---------------------------------------------------------------------------------------------


def argmax():
    """am_v0[0] = the first index of the largest logit, am_v1[0] = that logit (as the WGSL argmax)."""

    @T.prim_func
    def argmax(logits_h: T.handle, am_v0_h: T.handle, am_v1_h: T.handle, V: T.int32):
        ll, il, vl = T.int32(), T.int32(), T.int32()
        logits = T.match_buffer(logits_h, (ll,), "float32")
        am_v0 = T.match_buffer(am_v0_h, (il,), "int32")
        am_v1 = T.match_buffer(am_v1_h, (vl,), "float32")
        best_v: T.float32
        best_i: T.int32
        best_v = T.float32(-3.4028234663852886e38)
        best_i = -1
        for j in range(V):
            if logits[j] > best_v:
                best_v = logits[j]
                best_i = j
        am_v0[0] = best_i
        am_v1[0] = best_v

    return argmax, {}


# --- attention in separate steps (attn_scores, attn_pv; softmax_rows is its WGSL schedule, unbound) -------

NEG_INF = -3.4028234663852886e38  # a masked score, as the WGSL attn_scores writes it (kernels.NEG_INF)


def attn_scores():
    """s[H, n, L] = scale * q[n, H, hd] . k_cache[h // (H / Hkv), j, hd] where pos0 + i - window < j <= pos0 + i,
    else the lowest f32 (as the WGSL attn_scores): rows (KV head, i) over the host's threads; each key row
    is read once for the H / Hkv query heads that share it, each dot product in 16-lane pieces plus a scalar
    tail."""

    @T.prim_func
    def attn_scores(q_h: T.handle, k_cache_h: T.handle, s_h: T.handle, n: T.int32, H: T.int32, Hkv: T.int32,
                    hd: T.int32, C: T.int32, L: T.int32, pos0: T.int32, window: T.int32, scale: T.float32):
        ql, kl, sl = T.int32(), T.int32(), T.int32()
        q = T.match_buffer(q_h, (ql,), "float32")
        k_cache = T.match_buffer(k_cache_h, (kl,), "float32")
        s = T.match_buffer(s_h, (sl,), "float32")
        for ki in T.parallel(Hkv * n):
            acc = T.alloc_buffer((LANES,), "float32", scope="global")
            dot = T.alloc_buffer((1,), "float32", scope="global")
            for j in range(L):
                for g in range(H // Hkv):
                    if j <= pos0 + ki % n and j + window > pos0 + ki % n:
                        for t in T.vectorized(LANES):
                            acc[t] = T.float32(0)
                        for d0 in range(hd // LANES):
                            for t in T.vectorized(LANES):
                                acc[t] = acc[t] + q[((ki % n) * H + (ki // n) * (H // Hkv) + g) * hd + d0 * LANES + t] \
                                    * k_cache[((ki // n) * C + j) * hd + d0 * LANES + t]
                        for t in T.vectorized(8):
                            acc[t] = acc[t] + acc[8 + t]
                        for t in T.vectorized(4):
                            acc[t] = acc[t] + acc[4 + t]
                        for t in T.vectorized(2):
                            acc[t] = acc[t] + acc[2 + t]
                        dot[0] = acc[0] + acc[1]
                        for d in range(hd // LANES * LANES, hd):
                            dot[0] = dot[0] + q[((ki % n) * H + (ki // n) * (H // Hkv) + g) * hd + d] \
                                * k_cache[((ki // n) * C + j) * hd + d]
                        s[(((ki // n) * (H // Hkv) + g) * n + ki % n) * L + j] = dot[0] * scale
                    else:
                        s[(((ki // n) * (H // Hkv) + g) * n + ki % n) * L + j] = T.float32(NEG_INF)

    return attn_scores, {}


def attn_pv():
    """out[n, H * hd] = p[H, n, L] @ v_cache[h // (H / Hkv), :L, hd]: rows (h, i) over the host's threads,
    16 output lanes at a time (the rest of a head dim not a multiple of 16 one lane at a time)."""

    @T.prim_func
    def attn_pv(p_h: T.handle, v_cache_h: T.handle, out_h: T.handle, n: T.int32, H: T.int32, Hkv: T.int32,
                hd: T.int32, C: T.int32, L: T.int32):
        pl, vl, ol = T.int32(), T.int32(), T.int32()
        p = T.match_buffer(p_h, (pl,), "float32")
        v_cache = T.match_buffer(v_cache_h, (vl,), "float32")
        out = T.match_buffer(out_h, (ol,), "float32")
        for hi in T.parallel(H * n):
            acc = T.alloc_buffer((4 * LANES,), "float32", scope="global")
            tail = T.alloc_buffer((1,), "float32", scope="global")
            for d0 in range(hd // LANES):
                for t in T.vectorized(4 * LANES):
                    acc[t] = T.float32(0)
                for j0 in range(L // 4):  # 4 keys a step into 4 sums: 4 independent add chains
                    for u in T.unroll(4):
                        for t in T.vectorized(LANES):
                            acc[u * LANES + t] = acc[u * LANES + t] + p[hi * L + j0 * 4 + u] \
                                * v_cache[((hi // n) // (H // Hkv) * C + j0 * 4 + u) * hd + d0 * LANES + t]
                for j in range(L // 4 * 4, L):
                    for t in T.vectorized(LANES):
                        acc[t] = acc[t] + p[hi * L + j] * v_cache[((hi // n) // (H // Hkv) * C + j) * hd + d0 * LANES + t]
                for t in T.vectorized(LANES):
                    out[((hi % n) * H + hi // n) * hd + d0 * LANES + t] = (acc[t] + acc[LANES + t]) + (acc[2 * LANES + t] + acc[3 * LANES + t])
            for d in range(hd // LANES * LANES, hd):
                tail[0] = T.float32(0)
                for j in range(L):
                    tail[0] = tail[0] + p[hi * L + j] * v_cache[((hi // n) // (H // Hkv) * C + j) * hd + d]
                out[((hi % n) * H + hi // n) * hd + d] = tail[0]

    return attn_pv, {}


# --- row steps of every layer: vectorized (their WGSL schedules, unbound, run one element at a time with an
# index division each; these are 5-10x faster on SmolLM2's prefill rows) -------------------------------------


def rms_norm():
    """y[n, K] = x[row0 + i, :] * rsqrt(mean(x^2) + eps) * w (as the WGSL rms_norm)."""

    @T.prim_func
    def rms_norm(x_h: T.handle, w_h: T.handle, y_h: T.handle, n: T.int32, K: T.int32, row0: T.int32, eps: T.float32):
        xl, wl, yl = T.int32(), T.int32(), T.int32()
        x = T.match_buffer(x_h, (xl,), "float32")
        w = T.match_buffer(w_h, (wl,), "float32")
        y = T.match_buffer(y_h, (yl,), "float32")
        acc = T.alloc_buffer((LANES,), "float32", scope="global")
        ss = T.alloc_buffer((1,), "float32", scope="global")
        for i in range(n):
            for t in T.vectorized(LANES):
                acc[t] = T.float32(0)
            for c0 in range(K // LANES):
                for t in T.vectorized(LANES):
                    acc[t] = acc[t] + x[(row0 + i) * K + c0 * LANES + t] * x[(row0 + i) * K + c0 * LANES + t]
            ss[0] = T.float32(0)
            for t in range(LANES):
                ss[0] = ss[0] + acc[t]
            for c in range(K // LANES * LANES, K):
                ss[0] = ss[0] + x[(row0 + i) * K + c] * x[(row0 + i) * K + c]
            ss[0] = T.rsqrt(ss[0] / T.Cast("float32", K) + eps)
            for c0 in range(K // LANES):
                for t in T.vectorized(LANES):
                    y[i * K + c0 * LANES + t] = x[(row0 + i) * K + c0 * LANES + t] * ss[0] * w[c0 * LANES + t]
            for c in range(K // LANES * LANES, K):
                y[i * K + c] = x[(row0 + i) * K + c] * ss[0] * w[c]

    return rms_norm, {}


def silu_mul():
    """h[n, F] = silu(gu[:, :F]) * gu[:, F:] = g / (1 + exp(-g)) * up (as the WGSL silu_mul)."""

    @T.prim_func
    def silu_mul(gu_h: T.handle, h_h: T.handle, n: T.int32, F: T.int32):
        gl, hl = T.int32(), T.int32()
        gu = T.match_buffer(gu_h, (gl,), "float32")
        h = T.match_buffer(h_h, (hl,), "float32")
        for i in range(n):
            for c0 in range(F // LANES):
                for t in T.vectorized(LANES):
                    h[i * F + c0 * LANES + t] = gu[i * 2 * F + c0 * LANES + t] / (T.float32(1) + T.exp(
                        -gu[i * 2 * F + c0 * LANES + t])) * gu[i * 2 * F + F + c0 * LANES + t]
            for c in range(F // LANES * LANES, F):
                h[i * F + c] = gu[i * 2 * F + c] / (T.float32(1) + T.exp(-gu[i * 2 * F + c])) * gu[i * 2 * F + F + c]

    return silu_mul, {}


def softmax_rows():
    """p[R, L] = softmax(s[R, L]) along L: exp(s - max) / sum (as the WGSL softmax_rows)."""

    @T.prim_func
    def softmax_rows(s_h: T.handle, p_h: T.handle, R: T.int32, L: T.int32):
        sl, pl = T.int32(), T.int32()
        s = T.match_buffer(s_h, (sl,), "float32")
        p = T.match_buffer(p_h, (pl,), "float32")
        acc = T.alloc_buffer((LANES,), "float32", scope="global")
        st = T.alloc_buffer((2,), "float32", scope="global")  # max, sum
        for r in range(R):
            for t in T.vectorized(LANES):
                acc[t] = T.float32(NEG_INF)
            for j0 in range(L // LANES):
                for t in T.vectorized(LANES):
                    acc[t] = T.max(acc[t], s[r * L + j0 * LANES + t])
            st[0] = T.float32(NEG_INF)
            for t in range(LANES):
                st[0] = T.max(st[0], acc[t])
            for j in range(L // LANES * LANES, L):
                st[0] = T.max(st[0], s[r * L + j])
            for t in T.vectorized(LANES):
                acc[t] = T.float32(0)
            for j0 in range(L // LANES):
                for t in T.vectorized(LANES):
                    p[r * L + j0 * LANES + t] = T.exp(s[r * L + j0 * LANES + t] - st[0])
                    acc[t] = acc[t] + p[r * L + j0 * LANES + t]
            st[1] = T.float32(0)
            for t in range(LANES):
                st[1] = st[1] + acc[t]
            for j in range(L // LANES * LANES, L):
                p[r * L + j] = T.exp(s[r * L + j] - st[0])
                st[1] = st[1] + p[r * L + j]
            for j0 in range(L // LANES):
                for t in T.vectorized(LANES):
                    p[r * L + j0 * LANES + t] = p[r * L + j0 * LANES + t] / st[1]
            for j in range(L // LANES * LANES, L):
                p[r * L + j] = p[r * L + j] / st[1]

    return softmax_rows, {}


CPU_DEFINITIONS = {"argmax": argmax, "attn_scores": attn_scores, "attn_pv": attn_pv, "rms_norm": rms_norm,
                   "silu_mul": silu_mul, "softmax_rows": softmax_rows}
for _fmt in WEIGHT_VIEW:  # (other formats, such as GGUF's k-quants: their WGSL kernels' loops, unbound)
    for _res in (False, True):
        CPU_DEFINITIONS[find("matmul", _fmt, epilogue="add" if _res else "")] = partial(product, _fmt, _res, False)
        CPU_DEFINITIONS[find("mm8", _fmt, epilogue="add" if _res else "")] = partial(product, _fmt, _res, True)


# --- any other kernel: its WGSL schedule's loops as CPU loops ---------------------------------------------

_THREAD_LOOP = re.compile(r'T\.thread_binding\((.*?), thread="(\w+)\.(\w)"\)')
_LAUNCH_ONE = re.compile(r'^(\s*)(?:(\w+) = )?T\.launch_thread\("\w+\.\w", 1\)\n', re.M)


def unbind(func, name):
    """The scheduled GPU PrimFunc as CPU loops (see the top); NotCPUKernel where it has barriers or
    launch_thread loops wider than one invocation."""
    src = func.script()
    if "tvm_storage_sync" in src or "alloc_shared" in src:
        raise NotCPUKernel(f"{name} synchronizes a workgroup")
    src = _LAUNCH_ONE.sub(lambda m: f"{m.group(1)}{m.group(2)} = 0\n" if m.group(2) else "", src)
    if "T.launch_thread" in src:
        raise NotCPUKernel(f"{name} launches threads outside loops")
    # All loops in order: these kernels (norms, elementwise steps, RoPE, softmax, embedding, sampling) are
    # small next to the products, and waking the thread pool costs more than they take (measured: rms_norm
    # of 576 9 us over 2 threads, 2 us on one)
    src = _THREAD_LOOP.sub(lambda m: f"T.serial({m.group(1)})", src)
    # workgroup and invocation buffers as ordinary ones: on the stack where small (scope "local" would be a
    # workspace allocation at every use)
    src = src.replace('scope="shared"', 'scope="global"').replace('scope="local"', 'scope="global"')
    return tvm.script.from_source(src)


def _free_vars(e, out):
    if isinstance(e, tir.Var):
        out.append(e)
    for attr in ("a", "b", "value"):
        child = getattr(e, attr, None)
        if isinstance(child, tvm.ir.expr.Expr) and not isinstance(child, (tir.IntImm, tir.FloatImm)):
            _free_vars(child, out)
    return out


def _is_buffer(p):
    try:
        p.dtype  # (only a buffer's var has one)
        return True
    except Exception:
        return False


def flat_args(func):
    """The PrimFunc with flat buffer parameters (see the top) and its argument list."""
    buffers = [p for p in func.params if _is_buffer(p)]
    scalars = [p for p in func.params if p not in buffers]
    dims, outer = [], {}
    known = {v.name for v in scalars}
    for b in buffers:
        for axis, extent in enumerate(b.shape):
            for v in _free_vars(extent, []):
                if v.name in known:
                    continue
                known.add(v.name)
                dims.append(v)
                outer[v.name] = b.name if axis == 0 and len(b.shape) > 0 and isinstance(extent, tir.Var) else None
    # a dim that is also an inner extent (or appears in the body's index arithmetic through an inner extent)
    # must be a uniform of the step; one seen only as some buffer's outermost extent is that buffer's length
    for b in buffers:
        for extent in list(b.shape)[1:]:
            for v in _free_vars(extent, []):
                if v.name in outer:
                    outer[v.name] = None
    flats = [tir.decl_buffer((tir.Var(b.name + "_len", "int32"),), b.dtype, b.name + "_flat") for b in buffers]
    body = tir.SeqStmt([tir.DeclBuffer(b, data=f.data) for b, f in zip(buffers, flats)] + [func.body])
    new = tir.PrimFunc(flats + scalars + dims, body, attrs=func.attrs)
    args = [("buffer", b.name, str(b.dtype)) for b in buffers]
    args += [("scalar", v.name, str(v.ty)) for v in scalars]
    args += [("extent", v.name, outer[v.name]) if outer[v.name] else ("scalar", v.name, str(v.ty)) for v in dims]
    return new, args


def cpu_function(name):
    """(PrimFunc named `name` for the host, argument list) of kernel `name`; NotCPUKernel where none."""
    if name in CPU_DEFINITIONS:
        func, renamed = CPU_DEFINITIONS[name]()
    else:
        from . import KERNELS

        builders = dict(KERNELS)
        if name not in builders:
            raise NotCPUKernel(f"no kernel {name}")
        (func,) = builders[name]().functions.values()
        func, renamed = unbind(func, name), {}
    func, args = flat_args(func)
    args = [(kind, renamed.get(arg, arg), renamed.get(extra, extra) if kind == "extent" else extra)
            for kind, arg, extra in args]
    return func.with_attr("global_symbol", name), args
