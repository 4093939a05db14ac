# Sourced by the scripts that run on the lent NVIDIA machine (device tool; carry .gl and .whl on the call that
# starts it): once per machine the Vulkan loader's debs and the wheels go in (/tmp/site), then wgpu-native is
# pointed at the NVIDIA Vulkan driver.
if [ ! -d /tmp/site ]; then
  for f in .gl/*.deb; do dpkg -x "$f" /; done; ldconfig
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
fi
ICD=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
if [ -f "$ICD" ]; then export VK_DRIVER_FILES="$ICD"; fi
export PYTHONUNBUFFERED=1
