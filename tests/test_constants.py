"""The build / runtime boundary of the kernels: tabllm.kernel_set is the one source of the product kernels'
attributes and of the constants both sides use. build_tools/kernels/ imports them, the generated manifest
carries the products' attributes, and lowering / the reference look products up by them. These tests fail
when one side drifts: a constant defined again in build_tools, a product generated without its attributes,
or attributes that no longer match what the catalogue says."""

import sys
from pathlib import Path

import pytest

from tabllm import kernel_set, lowering
from tabllm.runtime import reference
from tabllm.runtime.kernels import kernels_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build_tools"))
kernels = pytest.importorskip("kernels", reason="apache-tvm not installed (build_tools/kernels/ needs it)")

SHARED = ["GEMV_ROWS", "GEMV4_ROWS", "GEMV8_ROWS", "MM_TOKENS", "ATTN_SPLIT_GROUP", "ATTN_SPLIT_THREADS",
          "ATTN_SPLIT_SCORES", "LOGPROB_TOP_MAX", "MASKED_SCORE"]
DERIVED = [  # (build_tools name, its value, the kernel_set value it must equal)
    ("MM_THREADS", kernels.MM_THREADS, kernel_set.MM_COLUMNS),
    ("MMT_TM", kernels.MMT_TM, kernel_set.MMT_ROWS),
    ("MMT_TN", kernels.MMT_TN, kernel_set.MMT_COLUMNS),
    ("MMT_KB", kernels.MMT_KB, kernel_set.MMT_BLOCKS),
    ("GEMV4_NORM_WIDE_ROWS", kernels.GEMV4_NORM_WIDE_ROWS, kernel_set.GEMV4_WIDE_ROWS),
    ("4 * ATTN_SPLIT_MAX_HD4", 4 * kernels.ATTN_SPLIT_MAX_HD4, kernel_set.ATTN_MAX_HEAD_DIM),
    ("4 * ATTN_PREFILL_MAX_HD4", 4 * kernels.ATTN_PREFILL_MAX_HD4, kernel_set.ATTN_PREFILL_MAX_HEAD_DIM),
]


@pytest.mark.parametrize("name", SHARED)
def test_build_tools_use_the_kernel_set_constants(name):
    assert getattr(kernels, name) == getattr(kernel_set, name), f"build_tools/kernels {name} differs from tabllm.kernel_set"


@pytest.mark.parametrize("name,build_value,runtime_value", DERIVED, ids=[d[0] for d in DERIVED])
def test_build_tools_derived_constants(name, build_value, runtime_value):
    assert build_value == runtime_value


def test_manifest_attributes_are_the_catalogue():
    """Every product kernel of manifest.json carries the attributes kernel_set gives it, and every kernel
    with attributes is in the catalogue (so lowering's lookups and the reference's twins see the truth)."""
    import json

    manifest = json.loads((kernels_dir() / "manifest.json").read_text())["kernels"]
    catalogue = kernel_set.product_kernels()
    assert set(catalogue) <= set(manifest)
    assert {name for name, info in manifest.items() if "attrs" in info} == set(catalogue)
    for name, product in catalogue.items():
        assert manifest[name]["attrs"] == product.attrs(), name
        assert product.name == name


def test_lookups_by_attributes():
    """find() names only generated kernels: the f16 plan has gemv products over f16 activations only with a
    residual, gemv4 / gemv8 exist for the q4 formats, and the wide normed gemv4 only at 16 rows."""
    assert kernel_set.find("gemv", "q4_k", epilogue="add", act="f16") == "gemv_q4_k_add_f16"
    assert kernel_set.find("gemv", "q4_k", act="f16") is None
    assert kernel_set.find("gemv4", "q4_0", "norm", rows=16) == "gemv4_norm16_q4_0"
    assert kernel_set.find("gemv4", "q4_0", "silu", rows=16) is None
    assert kernel_set.find("gemv4", "q6_k") is None
    assert kernel_set.find("gemv8", "q4_1", epilogue="silu_q8") == "gemv8_gate_up_q4_1"
    assert kernel_set.find("mmt", "f16", act="f16") is None  # (mmt_f16 reads f16 weights, f32 activations)
    assert kernel_set.find("mmt", "f16") == "mmt_f16"


def test_every_kernel_has_a_reference_twin():
    import json

    manifest = json.loads((kernels_dir() / "manifest.json").read_text())["kernels"]
    assert set(reference.OPS) == set(manifest)
    assert lowering.GEMV_ROWS == kernel_set.GEMV_ROWS  # (lowering reads the catalogue's constants)
