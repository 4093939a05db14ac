#!/usr/bin/env bash
# One device call (carry [.gl, .whl, .before2]): issue 17's lowering A/B (benchmarks/gpu_lowering_ab.sh) on
# the Gemma 3 and GPT-2 shapes (2 rounds) and SmolLM2's (1 round: its plan is step for step the same), then
# issue 20's prefix reuse on SmolLM2's shapes.
set -euo pipefail
DECODE_TOKENS=64 bash benchmarks/gpu_lowering_ab.sh "gpt2-124m gemma3-270m" 2
DECODE_TOKENS=64 bash benchmarks/gpu_lowering_ab.sh "smollm2-135m" 1
export PYTHONPATH=/tmp/site:$PWD/app/py PYTHONUNBUFFERED=1
python3 benchmarks/prefix_reuse.py --synthetic smollm2-135m --prompt 1000 --reply 64 --new 20 --rounds 2 | tee "$OUT/prefix-reuse-smollm2.json"
