"""CPython's host cost per generated token in Engine.stream_ids alone: SmolLM2-135M's synthetic plan on an
executor that does nothing (every read answers token 5 at once), 3000 greedy tokens, best and median of 7.
The GPU's time is not in it: what the Python loop (queued steps, the step generator and its driver) adds.
    PYTHONPATH=app/py .venv/bin/python benchmarks/host_loop.py [label]
(run it with PYTHONPATH at another checkout's app/py to compare two revisions)"""
import sys
import time

from tabllm.bench import synthetic_engine
from tabllm.sampling import SamplerSettings


class NoGpu:
    kernel_profile, adapter_name, has_f16, limits, readback_slots = "cpu", "none", False, None, 4

    def prepare(self, plan): pass
    def upload(self, name, array, offset_bytes=0): pass
    def run(self, phases, call_dims): pass
    def encode(self, phases, call_dims, readback=None): return (phases, call_dims)
    def submit(self, step): pass
    def fetch(self, step): return b"\x05\x00\x00\x00"
    def read(self, name, dtype, count, offset=0): return [5] * count
    def release(self): pass


engine = synthetic_engine("smollm2-135m", NoGpu(), 4096, precision="f32")
ids, greedy, n = list(range(1, 40)), SamplerSettings(temperature=0), 3000
list(engine.stream_ids(ids, 50, greedy, stop_at_eos=False))
times = []
for _ in range(7):
    t0 = time.perf_counter()
    list(engine.stream_ids(ids, n, greedy, stop_at_eos=False))
    times.append((time.perf_counter() - t0) / n * 1e6)
times.sort()
print(f"{sys.argv[1] if len(sys.argv) > 1 else 'tree'}: {times[0]:.1f} us a token (best), {times[3]:.1f} (median)")
