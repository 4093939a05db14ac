"""Constants that the runtime and build_tools/kernels/ must agree on (a kernel's rows per workgroup, its
limits), compared here since each side keeps its own copy: the page's Python has no manifest to read
them from. A change on one side alone fails this test instead of giving wrong grids or results."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build_tools"))
kernels = pytest.importorskip("kernels", reason="apache-tvm not installed (build_tools/kernels/ needs it)")

from tabllm import lowering, sampling  # noqa: E402
from tabllm.runtime import reference  # noqa: E402

PAIRS = [  # (runtime name, runtime value, build name, build value)
    ("lowering.GEMV_ROWS", lowering.GEMV_ROWS, "GEMV_ROWS", kernels.GEMV_ROWS),
    ("lowering.GEMV4_ROWS", lowering.GEMV4_ROWS, "GEMV4_ROWS", kernels.GEMV4_ROWS),
    ("lowering.GEMV8_ROWS", lowering.GEMV8_ROWS, "GEMV8_ROWS", kernels.GEMV8_ROWS),
    ("lowering.MM_TOKENS", lowering.MM_TOKENS, "MM_TOKENS", kernels.MM_TOKENS),
    ("lowering.MM_COLUMNS", lowering.MM_COLUMNS, "MM_THREADS", kernels.MM_THREADS),
    ("lowering.MMT_ROWS", lowering.MMT_ROWS, "MMT_TM", kernels.MMT_TM),
    ("lowering.MMT_COLUMNS", lowering.MMT_COLUMNS, "MMT_TN", kernels.MMT_TN),
    ("lowering.MMT_BLOCKS", lowering.MMT_BLOCKS, "MMT_KB", kernels.MMT_KB),
    ("lowering.ATTN_SPLIT_GROUP", lowering.ATTN_SPLIT_GROUP, "ATTN_SPLIT_GROUP", kernels.ATTN_SPLIT_GROUP),
    ("lowering.ATTN_SPLIT_THREADS", lowering.ATTN_SPLIT_THREADS, "ATTN_SPLIT_THREADS", kernels.ATTN_SPLIT_THREADS),
    ("lowering.ATTN_SPLIT_SCORES", lowering.ATTN_SPLIT_SCORES, "ATTN_SPLIT_SCORES", kernels.ATTN_SPLIT_SCORES),
    ("lowering.ATTN_MAX_HEAD_DIM", lowering.ATTN_MAX_HEAD_DIM, "4 * ATTN_SPLIT_MAX_HD4", 4 * kernels.ATTN_SPLIT_MAX_HD4),
    ("lowering.ATTN_PREFILL_MAX_HEAD_DIM", lowering.ATTN_PREFILL_MAX_HEAD_DIM, "4 * ATTN_PREFILL_MAX_HD4",
     4 * kernels.ATTN_PREFILL_MAX_HD4),
    ("sampling.LOGPROB_TOP_MAX", sampling.LOGPROB_TOP_MAX, "LOGPROB_TOP_MAX", kernels.LOGPROB_TOP_MAX),
    ("reference.MASKED_SCORE", reference.MASKED_SCORE, "MASKED_SCORE", kernels.MASKED_SCORE),
]


@pytest.mark.parametrize("runtime_name,runtime_value,build_name,build_value", PAIRS, ids=[p[0] for p in PAIRS])
def test_runtime_constant_equals_the_kernels(runtime_name, runtime_value, build_name, build_value):
    assert runtime_value == build_value, f"{runtime_name} = {runtime_value}, build_tools/kernels {build_name} = {build_value}"
