#!/usr/bin/env bash
# Install (scripts/setup.sh --dev), check that the generated kernels are current, run the tests
# (pytest: tests/ and the browser tests in playwright/).
#   bash scripts/test.sh [pytest args...]     e.g. bash scripts/test.sh -k tokenizer
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh --dev

PY=.venv/bin/python

# wgpu-native prints "XDG_RUNTIME_DIR is invalid or not set" without one; give it a private dir.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)"
  export XDG_RUNTIME_DIR
fi
# Tests never download anything (the network is closed on CI machines).
export HF_HUB_OFFLINE=1

if [ -f build_tools/gen_kernels.py ]; then
  echo "[test] $PY build_tools/gen_kernels.py --check"
  "$PY" build_tools/gen_kernels.py --check
else
  echo "[test] build_tools/gen_kernels.py not present yet: kernel check skipped"
fi
# the page's WebAssembly kernels (no WebGPU): built from the same definitions; the check compares the sources'
# hash only (rebuilding needs Debian's clang-14, lld-14 and wasi-libc: build_tools/gen_wasm.py says so)
echo "[test] $PY build_tools/gen_wasm.py --check"
"$PY" build_tools/gen_wasm.py --check

# tests/: CPython, wgpu-native, references; playwright/: the page in headless chromium (SwiftShader)
echo "[test +${SECONDS}s] $PY -m pytest -q -ra tests playwright $*"
exec "$PY" -m pytest -q -ra --durations=15 tests playwright "$@"
