"""Tile sweep for the tiled prefill product mmt_q4_0 (build_tools/kernels/linear.py `mmt`): writes a kernel directory
of variants (output tile TM x TN, register tile RM x RN, quant blocks per K step KB, rank-1 updates
unrolled U), plus mm8_q4_0 for comparison and mmt_sum for the K splits, which `python tools/sweeps/run_mm.py
DIR` times on the GPU with timestamp queries on the 8B-class prefill shapes.

    python tools/sweeps/gen_mm.py OUT_DIR

Workgroup memory of a variant: 128 KB (TM + TN) bytes. Above 16 KiB (WebGPU's default
maxComputeWorkgroupStorageSize) a variant needs the device limit raised: tools/sweeps/run_mm.py asks for the
adapter's, but the engine does not (yet), so such a tile cannot become the default as it is.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from variant_dir import VariantDir  # noqa: E402  (also puts build_tools on the path)
from kernels import mm8, mmt, mmt_sum  # noqa: E402

# (TM, TN, RM, RN, KB, U); the first is the committed default (kernels.MMT_*)
VARIANTS = [
    (64, 64, 4, 8, 1, 16),
    (64, 64, 4, 8, 1, 32),
    (64, 64, 4, 4, 1, 16),
    (64, 64, 4, 4, 1, 32),
    (64, 64, 4, 4, 1, 8),
    (64, 64, 4, 4, 2, 16),  # 32 KiB
    (32, 64, 4, 4, 1, 16),  # 128 invocations; n = 64 is 2 row tiles: twice the workgroups for N = 4096
    (64, 32, 4, 4, 1, 16),  # 128 invocations, twice the workgroups
    (32, 32, 4, 4, 1, 16),  # 64 invocations
    (64, 64, 8, 8, 1, 16),  # 64 invocations, 64 outputs each
    (64, 128, 4, 8, 1, 16),  # 24 KiB
    (64, 128, 8, 8, 1, 16),  # 24 KiB, 128 invocations
]


def variant_name(tm, tn, rm, rn, kb, u):
    return f"mmt_q4_0_m{tm}n{tn}_r{rm}x{rn}_k{kb}_u{u}"


def main():
    out = VariantDir(sys.argv[1])
    builds = [("mm8_q4_0", mm8("q4_0", False), {"kind": "mm8"}), ("mmt_sum", lambda: mmt_sum(False), {"kind": "sum"})]
    for v in VARIANTS:
        tm, tn, rm, rn, kb, u = v
        name = variant_name(*v)
        builds.append((name, lambda v=v, name=name: mmt("q4_0", False, *v, name=name),
                       {"kind": "mmt", "tm": tm, "tn": tn, "kb": kb}))  # (compile_kernel measures shared_bytes)
    for name, build, extra in builds:
        out.add(name, build, **extra)
    out.write_manifest()


if __name__ == "__main__":
    main()
