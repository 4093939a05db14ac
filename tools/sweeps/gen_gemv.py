"""Schedule sweep for the decode matrix-vector product (gemv_q4_0: variants of rows per workgroup (R),
invocations per workgroup (TX) and loads in flight (U); gemv4_q4_0: rows per workgroup), written as a kernel directory that
`python tools/sweeps/run_gemv.py DIR` times on the GPU with timestamp queries (8B-class shapes).

    python tools/sweeps/gen_gemv.py OUT_DIR
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from variant_dir import VariantDir  # noqa: E402  (also puts build_tools on the path)
from kernels import gemv, gemv4  # noqa: E402

VARIANTS = [(4, 64, 1)]  # gemv_q4_0 (R, TX, U): the committed schedule, for comparison
GEMV4_ROWS = [4, 8, 16, 32]  # gemv4_q4_0 rows per workgroup


def main():
    out = VariantDir(sys.argv[1])
    for R, TX, U in VARIANTS:
        name = f"gemv_q4_0_r{R}_t{TX}_u{U}"
        out.add(name, gemv("q4_0", False, rows=R, threads=TX, unroll=U, name=name), rows=R)
    for R in GEMV4_ROWS:
        out.add(f"gemv4_q4_0_r{R}", lambda R=R: gemv4("q4_0", "", rows=R), rows=R)
    out.write_manifest()


if __name__ == "__main__":
    main()
