"""Schedule sweep for the decode matrix-vector product (gemv_q4_0: variants of rows per workgroup (R),
invocations per workgroup (TX) and loads in flight (U); gemv4_q4_0: rows per workgroup), written as a kernel directory that
`python tools/sweeps/run_gemv.py DIR` times on the GPU with timestamp queries (8B-class shapes).

    python tools/sweeps/gen_gemv.py OUT_DIR
"""

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build_tools"))
from gen_kernels import FORMAT_VERSION, compile_kernel  # noqa: E402
from kernels import gemv, gemv4  # noqa: E402

VARIANTS = [(4, 64, 1)]  # gemv_q4_0 (R, TX, U): the committed schedule, for comparison
GEMV4_ROWS = [4, 8, 16, 32]  # gemv4_q4_0 rows per workgroup


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"format_version": FORMAT_VERSION, "kernels": {}}
    for R, TX, U in VARIANTS:
        name = f"gemv_q4_0_r{R}_t{TX}_u{U}"
        wgsl, info = compile_kernel(name, gemv("q4_0", False, rows=R, threads=TX, unroll=U, name=name))
        info.update(file=f"{name}.wgsl", sha256=hashlib.sha256(wgsl.encode()).hexdigest(), rows=R)
        manifest["kernels"][name] = info
        (out / info["file"]).write_text(wgsl)
        print(name, file=sys.stderr)
    for R in GEMV4_ROWS:
        name = f"gemv4_q4_0_r{R}"
        wgsl, info = compile_kernel(name, lambda R=R: gemv4("q4_0", "", rows=R))
        info.update(file=f"{name}.wgsl", sha256=hashlib.sha256(wgsl.encode()).hexdigest(), rows=R)
        manifest["kernels"][name] = info
        (out / info["file"]).write_text(wgsl)
        print(name, file=sys.stderr)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))


if __name__ == "__main__":
    main()
