#!/usr/bin/env bash
# One device call for the GPU figures of issues 19, 20 and 21 that need no model weights to travel (carry
# [.gl, .whl, .before_kq, .tokdir]; .tokdir: SmolLM2's config.json and tokenizer.json), most wanted first:
#   1. issue 20: decode with and without a json_schema constraint, SmolLM2's shapes (random weights) with its
#      real tokenizer (benchmarks/json_schema_mask_decode.py --synthetic)
#   2. issue 19: the 8B-class body in Q4_K_M and Q4_0 (benchmarks/gpu_kquant_ab.sh: this tree; before the
#      gemv8 k-quant kernels last)
#   3. issue 19: one decode product per weight format (benchmarks/gpu_gemv_formats.sh)
#   (SHORT=1: only these three)
#   4. issue 21: split execution's cost per token on the 8B-class shapes (benchmarks/split_bench.py --synthetic)
set -uo pipefail
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
source benchmarks/gpu_env.sh
export PYTHONPATH=/tmp/site:$PWD/app/py
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
echo "== json_schema mask (SmolLM2 shapes, random weights, real tokenizer) $(date +%T)"
timeout 150 python3 benchmarks/json_schema_mask_decode.py --synthetic smollm2-135m --model .tokdir --device gpu \
  --tokens 256 --rounds 3 > "$OUT/json-schema-mask-smollm2-synthetic.json"; cat "$OUT/json-schema-mask-smollm2-synthetic.json"
echo "== k-quant decode, this tree $(date +%T)"
export SKIP_BEFORE=1; timeout 200 bash benchmarks/gpu_kquant_ab.sh
echo "== decode product per format $(date +%T)"
timeout 90 bash benchmarks/gpu_gemv_formats.sh
[ -n "${SHORT:-}" ] && { echo "== done (SHORT) $(date +%T)"; exit 0; }
echo "== split, 8B-class $(date +%T)"
timeout 120 python3 benchmarks/split_bench.py --device gpu --synthetic llama-8b --split 16 --delays 0,20,80 --repeats 3 --json "$OUT/split-llama8b.json"
echo "== k-quant decode, before the gemv8 k-quant kernels $(date +%T)"
unset SKIP_BEFORE; PYTHONPATH=/tmp/site:$PWD/.before_kq/app/py timeout 100 python3 -m tabllm.cli bench --synthetic llama-8b-q4km --json --precision f32 > "$OUT/llama-8b-q4km-before.json"; cat "$OUT/llama-8b-q4km-before.json" | head -c 600
echo "== done $(date +%T)"
