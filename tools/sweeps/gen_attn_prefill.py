"""Tile sweep for the tiled prefill attention attn_prefill_gpu (build_tools/kernels/attention_prefill.py `attn_prefill`):
writes a kernel directory of variants (invocations per workgroup THREADS, invocations per query row PARTS,
keys per chunk KEYS; query rows per workgroup = THREADS / PARTS; each also as the key-span split kernel,
attn_prefill_split_gpu's, name ending in _split), which `python tools/sweeps/run_attn_prefill.py
DIR` times on the GPU against the committed attn_prefill_gpu and the three-kernel path it replaces
(attn_scores_gpu, softmax_rows, attn_pv_gpu) on the 8B's prefill shapes.

    python tools/sweeps/gen_attn_prefill.py OUT_DIR

Every variant keeps within WebGPU's default 16 KiB of workgroup memory (kernels.attn_prefill asserts it).
A variant that wins becomes the default by setting kernels.ATTN_PREFILL_THREADS / _PARTS / _KEYS and
models/llama.py ATTN_PREFILL_ROWS (= THREADS / PARTS), then regenerating the kernels.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from variant_dir import VariantDir  # noqa: E402  (also puts build_tools on the path)
from kernels import attn_prefill  # noqa: E402

# (THREADS, PARTS, KEYS); the first is the committed default (kernels.ATTN_PREFILL_*)
VARIANTS = [
    (128, 8, 8),  # 16 rows, 4 + 4 vec4s of q and sums per invocation; 12 KiB
    (128, 8, 4),  # shorter key chunks: 6 KiB, twice the barriers
    (64, 8, 8),  # 8 rows: twice the workgroups (256 at n = 64 on the 8B), 10 KiB
    (128, 16, 8),  # 8 rows, 2 + 2 vec4s per invocation, 16 partials a row; 12 KiB
    (64, 4, 8),  # 16 rows of 64 invocations, 8 + 8 vec4s per invocation; 10 KiB
    (128, 4, 8),  # 32 rows (half the workgroups), 8 + 8 vec4s; 12 KiB
    (256, 8, 8),  # 32 rows; 16 KiB
    (256, 16, 8),  # 16 rows, 2 + 2 vec4s; 16 KiB
    (64, 8, 12),  # 8 rows, 12-key chunks; 15 KiB
    (32, 4, 8),  # 8 rows of one warp; 9 KiB
]


def variant_name(threads, parts, keys):
    return f"attn_prefill_t{threads}p{parts}k{keys}"


def main():
    out = VariantDir(sys.argv[1])
    for v in VARIANTS:
        for split in (False, True):  # (the split variant: attn_prefill_split_gpu's tiles, name ending in _split)
            name = variant_name(*v) + ("_split" if split else "")
            out.add(name, lambda v=v, name=name, split=split: attn_prefill(split, *v, name=name), kind="attn_prefill",
                    rows=v[0] // v[1], split=split)
    out.write_manifest()


if __name__ == "__main__":
    main()
