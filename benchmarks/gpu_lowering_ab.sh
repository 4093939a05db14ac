#!/usr/bin/env bash
# Issue 17's before / after on the lent NVIDIA machine (device tool): `tabllm bench --synthetic` decode and
# prefill of each family's benchmark shapes, with the package before the lowering layer (.before2/app/py:
# commit 2b09855 plus today's bench.py, which knows the synthetic Gemma 3 and GPT-2 shapes; kept out of
# git) against this tree's, alternating, ROUNDS rounds. JSON lines into $OUT/<model>-<tree>-<round>.json.
#   carry [.gl, .whl, .before2]:  bash benchmarks/gpu_lowering_ab.sh "gemma3-270m gpt2-124m" 2
set -euo pipefail
MODELS=${1:-"gemma3-270m gpt2-124m"}
ROUNDS=${2:-2}
source benchmarks/gpu_env.sh
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
for r in $(seq 1 "$ROUNDS"); do
  for m in $MODELS; do
    for tree in before after; do
      src=${AFTER_SRC:-$PWD/app/py}; [ $tree = before ] && src=$PWD/.before2/app/py
      PYTHONPATH=/tmp/site:$src python3 -m tabllm.cli bench --synthetic "$m" --json --precision f32 \
        --prompt-tokens "${PROMPT_TOKENS:-512}" --decode-tokens "${DECODE_TOKENS:-128}" > "$OUT/$m-$tree-$r.json"
      python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], sys.argv[4], {k: d[k] for k in d if any(w in k for w in ('tok_s', 'dispatch', 'ceiling', 'device'))})" \
        "$OUT/$m-$tree-$r.json" "$m" "$tree" "$r"
    done
  done
done
