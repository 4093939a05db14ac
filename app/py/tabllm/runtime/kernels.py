"""The generated kernel set (app/kernels_wgsl/): manifest, WGSL sources and TVM's calling convention.

This module is the one place that knows the convention (see build_tools/gen_kernels.py):
storage buffers bound in manifest order, then one uniform struct of 4-byte scalars in manifest order
ending in packGridDimX; grids wider than 65535 workgroups fold into z.
"""

import json
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import TabllmError

KERNELS_FORMAT_VERSION = 1
MAX_WORKGROUPS_PER_DIM = 65535


def kernels_dir() -> Path:
    # Installed wheel: tabllm/kernels_wgsl; source checkout: app/kernels_wgsl beside app/py.
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "kernels_wgsl", here.parents[1] / "kernels_wgsl"):
        if (candidate / "manifest.json").exists():
            return candidate
    raise TabllmError("generated kernels not found: run `python build_tools/gen_kernels.py`")


@dataclass(frozen=True)
class Kernel:
    name: str
    entry_point: str
    wgsl: str
    bindings: tuple  # ((name, writable), ...) in binding order
    uniform: tuple  # ((name, "i32"|"u32"|"f32"), ...) ending in packGridDimX
    grid: tuple  # (expr_x, expr_y): JSON expression trees over the uniform names
    workgroup_size: tuple

    def grid_size(self, dims: dict) -> tuple:
        """Workgroups (x, y, z) and packGridDimX for the given dim values; x folds into z past 65535."""
        x, y = (max(1, f(dims)) for f in _grid_functions(self.grid))
        if y > MAX_WORKGROUPS_PER_DIM:
            raise TabllmError(f"{self.name}: grid y {y} exceeds {MAX_WORKGROUPS_PER_DIM}")
        total_x, z = x, 1
        while x > MAX_WORKGROUPS_PER_DIM:
            x, z = (x + 1) // 2, z * 2
        return (x, y, z), total_x - 1

    def pack_uniform(self, dims: dict, pack_grid_dim_x: int) -> bytes:
        values = []
        fmt = "<"
        for name, ty in self.uniform:
            if name == "packGridDimX":
                values.append(pack_grid_dim_x)
            elif name not in dims:
                raise KeyError(f"kernel {self.name} needs scalar {name!r}")
            else:
                values.append(dims[name])
            fmt += {"i32": "i", "u32": "I", "f32": "f"}[ty]
        return struct.pack(fmt, *values)


_OPS = {"add": "({} + {})", "sub": "({} - {})", "mul": "({} * {})", "floordiv": "({} // {})",
        "floormod": "({} % {})", "min": "min({}, {})", "max": "max({}, {})"}


def _source(expr) -> str:
    if isinstance(expr, int):
        return str(expr)
    if isinstance(expr, str):
        return f"int(d[{expr!r}])"
    op, a, b = expr
    return _OPS[op].format(_source(a), _source(b))


@lru_cache(maxsize=None)
def _grid_functions(grid: tuple) -> tuple:
    """The grid expressions as Python functions of the dims (per-token encoding cost: evaluating the
    trees node by node took most of the host time of a decode step)."""
    return tuple(eval(f"lambda d: {_source(_freeze(e))}") for e in grid)  # noqa: S307 (our own manifest)


def _freeze(expr):
    return expr if isinstance(expr, (int, str)) else tuple(_freeze(e) for e in expr)


@lru_cache(maxsize=4)
def load_kernels(directory: Path | None = None) -> dict:
    directory = Path(directory) if directory else kernels_dir()
    manifest = json.loads((directory / "manifest.json").read_text())
    if manifest.get("format_version") != KERNELS_FORMAT_VERSION:
        raise TabllmError(
            f"kernels in {directory} have format {manifest.get('format_version')}, this tabllm needs "
            f"{KERNELS_FORMAT_VERSION}: regenerate them with `python build_tools/gen_kernels.py`"
        )
    kernels = {}
    for name, info in manifest["kernels"].items():
        kernels[name] = Kernel(
            name=name,
            entry_point=info["entry_point"],
            wgsl=(directory / info["file"]).read_text(),
            bindings=tuple((b["name"], b["access"] == "read_write") for b in info["bindings"]),
            uniform=tuple((u["name"], u["type"]) for u in info["uniform"]),
            grid=_freeze(info["grid"]),
            workgroup_size=tuple(info["workgroup_size"]),
        )
    return kernels
