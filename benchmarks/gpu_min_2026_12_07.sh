#!/usr/bin/env bash
# The smallest device call for issue 17's figure (carry [.gl, .whl, .before2]): Gemma 3 and GPT-2 shapes,
# decode and prefill, before / after the lowering layer, one round.
set -euo pipefail
PROMPT_TOKENS=256 DECODE_TOKENS=64 bash benchmarks/gpu_lowering_ab.sh "gpt2-124m gemma3-270m" 1
