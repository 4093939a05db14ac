"""Memory over a long run: host RSS (and GPU memory where nvidia-smi answers) sampled while the engine
decodes many tokens, and the API server's RSS over many chat requests. Prints one line per sample and a
summary: growth after warm-up, in MiB and in % of the warm-up figure. Nothing is asserted here
(tests/test_memory.py is the bounded check in the suite).

    python benchmarks/memory_soak.py decode --steps 1000                 # bundled SmolLM2, real weights
    python benchmarks/memory_soak.py decode --synthetic smollm2-135m     # random weights of its shapes
    python benchmarks/memory_soak.py server --requests 200 [--model DIR] # tabllm serve --api, RSS of the server
    ... --json OUT.json                                                  # the samples and summary as JSON

Issue 26's cause (Mesa 22.3 lavapipe compiling a shader variant per bind-group change) and its workaround
are in app/py/tabllm/runtime/wgpu_executor.py (UNIFORM_DECL).
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request


def rss_mib(pid="self") -> float:
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def gpu_used_mib():
    """GPU memory in use on the first NVIDIA GPU (the whole device: this process is its only user in a
    benchmark), or None where nvidia-smi is missing."""
    if not shutil.which("nvidia-smi"):
        return None
    out = subprocess.run(["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits"],
                         capture_output=True, text=True, timeout=30)
    return float(out.stdout.split()[0]) if out.returncode == 0 and out.stdout.strip() else None


def summarize(samples, key, warmup_index):
    values = [s[key] for s in samples if s.get(key) is not None]
    if len(values) <= warmup_index:
        return None
    base, last = values[warmup_index], values[-1]
    return {"warm": base, "last": last, "max_after_warm": max(values[warmup_index:]), "growth_mib": last - base,
            "growth_pct": 100.0 * (last - base) / base if base else 0.0}


def soak_decode(args):
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.sampling import SamplerSettings

    context = args.steps + 64
    if args.synthetic:
        from tabllm.bench import synthetic_engine

        engine = synthetic_engine(args.synthetic, WgpuExecutor(), context, precision=args.precision)
        prompt = list(range(100, 132))
        model = f"synthetic {args.synthetic}"
    else:
        import tabllm

        engine = tabllm.load(args.model, context_length=context, precision=args.precision)
        prompt = engine.chat_prompt_ids([{"role": "user", "content": "Tell me a long story about the sea."}])
        model = str(engine.model_dir)
    print(f"model {model}, adapter {engine.executor.adapter_name}, plan {engine.plan.profile}/{engine.precision}, "
          f"{args.steps} decode steps", flush=True)
    samples, t0 = [], time.perf_counter()
    settings = SamplerSettings(temperature=args.temperature, seed=1)
    for step, _ in enumerate(engine.stream_ids(prompt, args.steps + 1, settings, stop_at_eos=False)):
        if step % args.every == 0 or step == args.steps:
            s = {"step": step, "rss_mib": rss_mib(), "gpu_mib": gpu_used_mib(), "s": time.perf_counter() - t0}
            samples.append(s)
            gpu = f", GPU {s['gpu_mib']:.0f} MiB" if s["gpu_mib"] is not None else ""
            print(f"step {step:5d}  RSS {s['rss_mib']:8.1f} MiB{gpu}  {s['s']:7.1f} s", flush=True)
    engine.release()
    return {"mode": "decode", "model": model, "adapter": engine.executor.adapter_name, "steps": args.steps, "samples": samples}


def soak_server(args):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "tabllm.cli", "serve", "--api", "--host", "127.0.0.1", "--port", str(port)]
    if args.model:
        cmd += ["--model", args.model]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    try:
        for _ in range(600):  # the model loads before the server listens
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None:
                    raise SystemExit(f"server exited: {server.stderr.read()[-2000:]}")
                time.sleep(0.5)
        samples, t0 = [], time.perf_counter()
        for k in range(args.requests):
            body = {"messages": [{"role": "user", "content": f"Say a number near {k}."}], "max_tokens": args.max_tokens,
                    "temperature": 0.7, "seed": k, "stream": k % 2 == 1}
            req = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=600) as r:
                r.read()
            if k % args.every == 0 or k == args.requests - 1:
                s = {"request": k + 1, "rss_mib": rss_mib(server.pid), "gpu_mib": gpu_used_mib(), "s": time.perf_counter() - t0}
                samples.append(s)
                gpu = f", GPU {s['gpu_mib']:.0f} MiB" if s["gpu_mib"] is not None else ""
                print(f"request {k + 1:4d}  server RSS {s['rss_mib']:8.1f} MiB{gpu}  {s['s']:7.1f} s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=60)
    return {"mode": "server", "model": args.model or "bundled SmolLM2", "requests": args.requests, "samples": samples}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["decode", "server"])
    ap.add_argument("--model", help="model directory (default: the bundled SmolLM2)")
    ap.add_argument("--synthetic", help="decode: random weights of a benchmark shape (tabllm.bench.SYNTHETIC)")
    ap.add_argument("--steps", type=int, default=1000, help="decode: tokens generated in one stream")
    ap.add_argument("--requests", type=int, default=200, help="server: chat requests, one at a time")
    ap.add_argument("--max-tokens", type=int, default=8, help="server: max_tokens of each request")
    ap.add_argument("--every", type=int, default=None, help="sample every N steps / requests")
    ap.add_argument("--warmup", type=int, default=1, help="samples before the one growth is measured from")
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--temperature", type=float, default=0.0)
    ap.add_argument("--json", help="write the samples and summary here")
    args = ap.parse_args()
    args.every = args.every or (100 if args.mode == "decode" else 20)
    result = soak_decode(args) if args.mode == "decode" else soak_server(args)
    result["summary"] = {key: summarize(result["samples"], key, args.warmup) for key in ("rss_mib", "gpu_mib")}
    for key, s in result["summary"].items():
        if s:
            print(f"{key}: {s['warm']:.1f} after warm-up -> {s['last']:.1f} at the end "
                  f"({s['growth_mib']:+.1f} MiB, {s['growth_pct']:+.2f}%), max {s['max_after_warm']:.1f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
