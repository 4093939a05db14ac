"""Shared pytest fixtures and markers.

- ``gpu_adapter`` (session): a wgpu adapter (lavapipe on a CPU-only machine); the test is skipped with
  the reason when no adapter can be had.
- ``hf_ref`` (session): the ``hf_reference`` module (HF transformers on the bundled SmolLM2 GGUF);
  skipped when torch/transformers are not installed (``bash scripts/setup.sh --dev`` installs them).
- ``tiny_model_dir`` (session): a tiny random-weight Llama (tests/gguf_helpers.py) converted to a model
  directory: fast enough on lavapipe for tests of everything around the model.
- markers: ``slow`` (long-running), ``hf`` (needs torch + transformers; skipped without them).
"""

from __future__ import annotations

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long-running test (a real model, many tokens)")
    config.addinivalue_line("markers", "hf: needs torch + transformers (HF reference); skipped without them")


def _require_hf():
    pytest.importorskip("torch", reason="torch not installed (bash scripts/setup.sh --dev)")
    pytest.importorskip("transformers", reason="transformers not installed (bash scripts/setup.sh --dev)")
    pytest.importorskip("accelerate", reason="accelerate not installed (bash scripts/setup.sh --dev)")


def pytest_runtest_setup(item):
    if item.get_closest_marker("hf") is not None:
        _require_hf()


@pytest.fixture(scope="session")
def gpu_adapter():
    wgpu = pytest.importorskip("wgpu")
    try:
        adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
    except Exception as exc:  # no Vulkan/Metal/D3D driver, or no loader at all
        pytest.skip(f"no WebGPU adapter: {type(exc).__name__}: {exc}")
    if adapter is None:
        pytest.skip("no WebGPU adapter: request_adapter_sync returned None")
    return adapter


@pytest.fixture(scope="session")
def hf_ref():
    _require_hf()
    import hf_reference

    return hf_reference


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    from gguf_helpers import write_tiny_gguf

    from tabllm.convert import convert_gguf

    tmp = tmp_path_factory.mktemp("tiny")
    write_tiny_gguf(tmp / "tiny.gguf")
    return convert_gguf(tmp / "tiny.gguf", tmp / "model")
