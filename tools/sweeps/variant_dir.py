"""A folder of kernel variants that the run_*.py tools load like app/kernels_wgsl/ (runtime.kernels.load_kernels):
each variant's WGSL plus a manifest entry, with the extra fields (kind, rows, ...) the runner reads."""

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build_tools"))
from gen_kernels import FORMAT_VERSION, compile_kernel  # noqa: E402


class VariantDir:
    def __init__(self, out):
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.manifest = {"format_version": FORMAT_VERSION, "kernels": {}}

    def add(self, name, build, **extra):
        """Compile build() as kernel `name` and write it; extra: manifest fields for the runner."""
        wgsl, info = compile_kernel(name, build)
        info.update(file=f"{name}.wgsl", sha256=hashlib.sha256(wgsl.encode()).hexdigest(), **extra)
        self.manifest["kernels"][name] = info
        (self.out / info["file"]).write_text(wgsl)
        print(name, file=sys.stderr)

    def write_manifest(self):
        (self.out / "manifest.json").write_text(json.dumps(self.manifest, indent=1))
