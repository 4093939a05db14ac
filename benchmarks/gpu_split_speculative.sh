#!/usr/bin/env bash
# Issues 20, 21 and 22 on the lent NVIDIA GPU (device tool): split execution's cost per token
# (benchmarks/split_bench.py) on SmolLM2's and the 8B-class synthetic shapes, and speculative decoding with
# prompt lookup (benchmarks/speculative.py) on the real SmolLM2, plain and speculative in the same run.
# SmolLM2's model directory travels xz-compressed in three carried folders (.model1: config, tokenizer,
# index, shards 0 and 3; .model2: shard 1; .model3: shard 2), each under the per-call limit with the working
# tree, so three calls back to back on the warm machine (it is released after 30 s idle):
#   carry [.gl, .whl, .model1]:  bash benchmarks/gpu_split_speculative.sh stash
#   carry [.model2]:             bash benchmarks/gpu_split_speculative.sh stash
#   carry [.model3]:             bash benchmarks/gpu_split_speculative.sh run
set -euo pipefail
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
M=/tmp/smollm2
stash() {  # whatever parts this call carried: the loaders and wheels once, the model's files
  if [ -d .gl ] && [ ! -d /tmp/site ]; then
    for f in .gl/*.deb; do dpkg -x "$f" /; done; ldconfig
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .whl/*.whl
  fi
  mkdir -p $M
  for d in .model1 .model2 .model3; do [ -d $d ] && cp -r $d/. $M/; done
  ls -la $M/weights
}
stash
[ "$1" = stash ] && exit 0
[ -f $M/config.json ] && [ -d /tmp/site ] || { echo "earlier stages missing (the machine was not warm?)"; exit 3; }
unxz -f $M/weights/*.xz && ls -la $M/weights
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json PYTHONUNBUFFERED=1
export PYTHONPATH=/tmp/site:$PWD/app/py
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
# f32: the verify pass computes a decode step's logits (exact); f16 (what auto picks on this GPU): --inexact
python3 benchmarks/speculative.py --model $M --device gpu --precision f32 --max-tokens 256 --rounds 3 --json > "$OUT/speculative-smollm2-f32.json" || true
cat "$OUT/speculative-smollm2-f32.json"
python3 benchmarks/speculative.py --model $M --device gpu --precision f16 --inexact --max-tokens 256 --rounds 3 --json > "$OUT/speculative-smollm2-f16-inexact.json" || true
cat "$OUT/speculative-smollm2-f16-inexact.json"
python3 benchmarks/split_bench.py --device gpu --model $M --split 15 --delays 0,20,80 --repeats 3 --json "$OUT/split-smollm2.json" || true
python3 benchmarks/split_bench.py --device gpu --synthetic llama-8b --split 16 --delays 0,20,80 --repeats 3 --json "$OUT/split-llama8b.json" || true
# issue 20: decode with and without a json_schema constraint (the mask's cost; overlapped with the forward pass)
python3 benchmarks/json_schema_mask_decode.py --model $M --device gpu --tokens 256 --rounds 3 > "$OUT/json-schema-mask-smollm2.json" || true
cat "$OUT/json-schema-mask-smollm2.json"
