#!/usr/bin/env bash
# One device call (carry [.gl, .whl, .before2]): issue 17's lowering A/B (benchmarks/gpu_lowering_ab.sh) on
# the Gemma 3 and GPT-2 shapes and the SmolLM2 / 8B no-slower check, then issue 20's prefix reuse.
set -euo pipefail
bash benchmarks/gpu_lowering_ab.sh "gpt2-124m gemma3-270m" 2
bash benchmarks/gpu_lowering_ab.sh "smollm2-135m llama-8b" 1
export PYTHONPATH=/tmp/site:$PWD/app/py PYTHONUNBUFFERED=1
python3 benchmarks/prefix_reuse.py --synthetic smollm2-135m --prompt 1000 --reply 64 --new 20 --rounds 2 | tee "$OUT/prefix-reuse-smollm2.json"

