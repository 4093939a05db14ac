#!/usr/bin/env bash
# Issue 19's new formats on the lent NVIDIA machine (device tool): the decode product of one 4096 x 4096 matrix in
# each weight format (benchmarks/gemv_formats.py), so that bf16 (kept as GGUF stores it, widened by a shift) is
# seen against f32 (what converting it exactly would give) and f16, and iq4_xs against q4_0 / q4_k / iq4_nl.
#   carry [.gl, .whl]:  bash benchmarks/gpu_gemv_formats.sh
set -euo pipefail
source benchmarks/gpu_env.sh
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
PYTHONPATH=/tmp/site:$PWD/app/py python3 benchmarks/gemv_formats.py --rows 4096 --cols 4096 --repeats 50 | tee "$OUT/gemv_formats.txt"
