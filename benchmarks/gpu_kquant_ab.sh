#!/usr/bin/env bash
# Issue 19's k-quant decode on the lent NVIDIA machine (device tool): `tabllm bench --synthetic` of the 8B-class
# body in Q4_0 (the anchor) and in the Q4_K_M mix, this tree against the tree before the k-quant gemv8_*
# products (.before_kq/app: `git archive <commit> app/py app/kernels_wgsl`, kept out of git), in one call.
# JSON into $OUT/<model>-<tree>.json; --profile (GPU time per kernel) on this tree's runs.
#   carry [.gl, .whl, .before_kq]:  bash benchmarks/gpu_kquant_ab.sh   (SKIP_BEFORE=1: this tree's two runs only)
set -euo pipefail
source benchmarks/gpu_env.sh
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
run() {  # model tree [extra bench flags]
  local src=$PWD/app/py; [ "$2" = before ] && src=$PWD/.before_kq/app/py
  PYTHONPATH=/tmp/site:$src python3 -m tabllm.cli bench --synthetic "$1" --json --precision f32 "${@:3}" > "$OUT/$1-$2.json"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], {k: round(d[k], 2) for k in ('decode_tok_s', 'decode_GBps', 'prefill_tok_s', 'dispatches_per_decode_token')})" \
    "$OUT/$1-$2.json" "$1" "$2"
}
run llama-8b-q4km after --profile
run llama-8b after --profile
[ -n "${SKIP_BEFORE:-}" ] || run llama-8b-q4km before
