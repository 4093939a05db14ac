#!/usr/bin/env bash
# Issue 26's memory soak on the lent NVIDIA machine (device tool), in two calls back to back (a model
# directory is more than one call carries; the machine stays warm between them):
#   part 1, carry [.gl, .whl, .model1]: Vulkan loader, wheels, half of the SmolLM2 model dir (xz shards)
#   part 2, carry [.model2]:             the other half; then the soaks, JSON into $OUT
#   bash benchmarks/gpu_memory_soak.sh 1 ; bash benchmarks/gpu_memory_soak.sh 2
set -euo pipefail
M=/tmp/soak-model
unpack() {  # folder of the model dir's files, shards as .xz
  mkdir -p "$M/weights"
  cp -r "$1"/. "$M"/
  for f in "$M"/weights/*.xz; do [ -e "$f" ] && xz -d -f "$f"; done
}
if [ "$1" = 1 ]; then
  for f in .gl/*.deb; do dpkg -x "$f" /; done; ldconfig
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
  unpack .model1
  echo "part 1 ready: $(ls $M/weights)"
  exit 0
fi
[ -d /tmp/site ] || { echo "part 1 missing (the machine went cold): run part 1 again"; exit 3; }
unpack .model2
export PYTHONPATH=/tmp/site:$PWD/app/py PYTHONUNBUFFERED=1
ICD=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
[ -f "$ICD" ] && export VK_DRIVER_FILES="$ICD"
nvidia-smi --query-gpu=name,memory.used,memory.total --format=csv
python3 benchmarks/memory_soak.py decode --model $M --steps 1000 --precision f32 --json "$OUT/decode-smollm2.json"
python3 benchmarks/memory_soak.py decode --synthetic smollm2-135m --steps 3000 --every 250 --precision f32 --json "$OUT/decode-synthetic.json"
python3 benchmarks/memory_soak.py server --model $M --requests 200 --every 20 --json "$OUT/server-smollm2.json"
