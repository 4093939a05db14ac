#!/usr/bin/env bash
# The chat page on the lent NVIDIA GPU (issue 18 scope 3), next to CPython on wgpu-native in the same call.
# What travels (~260 MB, more than one device call carries): headless Chromium from
# ../shared/chromium-gpu/pack.sh (.chr1, .chr2), the Vulkan loader debs and wgpu wheels (.gl, .whl), a site
# built by `tabllm build-site` (SmolLM2) and the tabllm package it was built from (pkg/app). Here:
#   tar -cf - .chr1 .chr2 .gl .whl site pkg | split -b 56m -d -a 1 - part.   (then one folder per part)
# There, one call per part, back to back (the machine keeps /tmp only while warm):
#   bash benchmarks/page_gpu.sh stash .pp0    ...    bash benchmarks/page_gpu.sh run .pp4
set -u
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
PARTS=/tmp/pageparts
mkdir -p $PARTS && cp "$2"/part.* $PARTS/ && ls -la $PARTS
[ "$1" = stash ] && exit 0
HERE=$PWD
W=/tmp/pagegpu; rm -rf $W; mkdir -p $W
cat $PARTS/part.* | tar -x -C $W || { echo "parts missing or broken (the machine was not warm?)"; exit 3; }
cd $W
for f in .gl/*.deb; do dpkg -x "$f" /; done; ldconfig
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site-packages .whl/*.whl
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json PYTHONUNBUFFERED=1
export PYTHONPATH=/tmp/site-packages:$W/pkg/app/py
mkdir -p /tmp/chrparts && cp .chr1/chromium.xz.part1 /tmp/chrparts/
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
# CPython on wgpu-native, the same model files, f32 (Chromium offers no shader-f16 on this machine)
for p in 48 512; do
  python3 -m tabllm.cli bench --model site/model --precision f32 --prompt-tokens $p --decode-tokens 128 --json \
    > "$OUT/cpython-prompt$p.json" && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('cpython prompt', sys.argv[2], {k: round(d[k], 1) for k in ('prefill_tok_s', 'decode_tok_s')})" "$OUT/cpython-prompt$p.json" $p
done
python3 -m tabllm.cli serve --site site --no-build --port 8123 > "$OUT/serve.log" 2>&1 &
sleep 2
export PAGE_URL='http://127.0.0.1:8123/index.html?temperature=0&max_tokens=128&ignore_eos=1'
export EXPR="$(cat $HERE/benchmarks/page_gpu_measure.js)" EVAL_TIMEOUT=400 RUN_TIMEOUT=450
SKIP_GL=1 bash .chr2/run.sh > /tmp/run-first.txt 2>&1; grep -a "^RESULT" /tmp/res-main.txt | cut -c1-3000
cp /tmp/res-main.txt "$OUT/page-first-load.txt"
# the same browser profile again: the model now comes from the page's Cache Storage (a reload)
SKIP_GL=1 bash .chr2/run.sh > /tmp/run-reload.txt 2>&1; grep -a "^RESULT" /tmp/res-main.txt | cut -c1-3000
cp /tmp/res-main.txt "$OUT/page-reload.txt"
