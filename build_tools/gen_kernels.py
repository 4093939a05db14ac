"""Generate app/kernels_wgsl/: one <kernel>.wgsl per entry of build_tools/kernels/ (KERNELS) plus manifest.json.

    python build_tools/gen_kernels.py           # regenerate
    python build_tools/gen_kernels.py --check   # fail if the committed files differ from a fresh build

The manifest is the runtime's whole view of a kernel (the runtime never parses WGSL):
  entry point, workgroup size, storage bindings in binding order (name, read/read_write, element type:
  f32/u32/i32/f16), the WebGPU features the shader needs (["shader-f16"] for f16 kernels), uniform
  fields in order (name, i32/u32/f32; TVM appends packGridDimX), and the grid as
  expression trees over the kernel's symbolic dims: ["floordiv", ["add", "n", 63], 64]; for a matrix
  product also "attrs", what it computes (tabllm.kernel_set.Product: schedule, weight format, prologue,
  epilogue, activations' storage, output rows per workgroup).
"""

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import tvm
from tvm import tirx as tir

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kernels import KERNEL_ATTRS, KERNELS, TARGET  # noqa: E402

OUT_DIR = Path(__file__).resolve().parents[1] / "app" / "kernels_wgsl"
FORMAT_VERSION = 1

_BINDING = re.compile(r"@group\(0\) @binding\((\d+)\) var<storage, (read|read_write)> (\w+)_ptr : array<([\w<>]+)>;")  # f32, u32, i32, vec4<f32>
_POD_STRUCT = re.compile(r"struct PODArgs \{(.*?)\}", re.S)
_WORKGROUP = re.compile(r"@workgroup_size\((\d+), (\d+), (\d+)\)")
_ENABLE = re.compile(r"^enable (\w+);$", re.M)
FEATURES = {"f16": "shader-f16"}  # WGSL `enable` extension -> WebGPU device feature
_ENTRY = re.compile(r"@compute @workgroup_size\([^)]*\)\s*fn (\w+)\(")
_WORKGROUP_VAR = re.compile(r"var<workgroup> \w+ : array<([\w<>]+), (\d+)>;")
_ELEMENT_BYTES = {"f16": 2, "f32": 4, "i32": 4, "u32": 4, "vec2<f32>": 8, "vec4<f32>": 16, "vec4<u32>": 16, "vec4<i32>": 16}
# WebGPU's default device limits: what every generated kernel keeps to (generate checks), since neither the
# engine nor the page asks the adapter for more (Chrome enforces them: a pipeline over them fails to build).
# Sweep variants (tools/sweeps/gen_*.py) may exceed them: their manifests carry shared_bytes too.
MAX_INVOCATIONS = 256  # maxComputeInvocationsPerWorkgroup
MAX_WORKGROUP_BYTES = 16384  # maxComputeWorkgroupStorageSize


def expr_tree(e):
    """TIR index expression -> JSON tree the runtime evaluates (ints, var names, [op, a, b])."""
    ops = {
        tir.Add: "add", tir.Sub: "sub", tir.Mul: "mul", tir.FloorDiv: "floordiv",
        tir.FloorMod: "floormod", tir.Min: "min", tir.Max: "max",
    }
    if isinstance(e, tir.IntImm):
        return int(e.value)
    if isinstance(e, tir.Var):
        return e.name
    if isinstance(e, tir.Cast):
        return expr_tree(e.value)
    for cls, name in ops.items():
        if isinstance(e, cls):
            return [name, expr_tree(e.a), expr_tree(e.b)]
    raise ValueError(f"cannot express grid extent {e!r} ({type(e).__name__})")


def _walk(stmt, visit):
    """Visit every statement (this TVM build exposes no Python stmt visitor for TIR)."""
    if stmt is None:
        return
    visit(stmt)
    for child in getattr(stmt, "seq", None) or []:
        _walk(child, visit)
    for attr in ("body", "block", "then_case", "else_case", "init"):
        child = getattr(stmt, attr, None)
        if isinstance(child, tir.Stmt) or type(child).__name__ == "SBlock":
            _walk(child, visit)


def grid_of(func):
    """blockIdx.{x,y} extents of the scheduled PrimFunc, as expression trees."""
    grid = {}

    def visit(node):
        binding = None
        if isinstance(node, tir.For) and node.thread_binding is not None:
            binding, extent = node.thread_binding, node.extent
        elif isinstance(node, tir.AttrStmt) and node.attr_key == "thread_extent":  # T.launch_thread
            binding, extent = node.node, node.value
        if binding is not None:
            tag = binding.thread_tag
            if tag.startswith("blockIdx."):
                prev = grid.get(tag)
                ext = expr_tree(extent)
                if prev is not None and prev != ext:
                    raise ValueError(f"{tag} bound twice with different extents: {prev} vs {ext}")
                grid[tag] = ext

    _walk(func.body, visit)
    if "blockIdx.z" in grid:
        raise ValueError("blockIdx.z is reserved for folding wide grids")
    return [grid.get("blockIdx.x", 1), grid.get("blockIdx.y", 1)]


def compile_kernel(name, build):
    mod = build()
    (func,) = mod.functions.values()
    # Without this, TVM's host-side CSE turns shared index products into extra kernel parameters
    # (cse_v1, ...) whose definitions the manifest could not describe.
    with tvm.transform.PassContext(config={"tirx.disable_cse_tir": True}):
        executable = tvm.compile(mod, target=TARGET)
    wgsl = executable.mod.imports[0].inspect_source()
    if wgsl.count("@compute") != 1:
        raise RuntimeError(f"{name}: expected one compute shader, got {wgsl.count('@compute')}")
    # TVM prefixes the source with '// Function: ...' banners; keep only the shader and its `enable`
    # directives (f16 kernels start with `enable f16;`)
    enables = _ENABLE.findall(wgsl[: wgsl.index("@group")])
    wgsl = "".join(f"enable {e};\n" for e in enables) + ("\n" if enables else "") + wgsl[wgsl.index("@group"):].rstrip() + "\n"
    bindings = [
        {"binding": int(b), "name": nm, "access": acc, "type": ty} for b, acc, nm, ty in _BINDING.findall(wgsl)
    ]
    pod = []
    struct = _POD_STRUCT.search(wgsl)
    if struct:
        for line in struct.group(1).strip().splitlines():
            field, ty = [t.strip().rstrip(",") for t in line.split(":")]
            pod.append({"name": field, "type": ty})
    return wgsl, {
        "entry_point": _ENTRY.search(wgsl).group(1),
        "workgroup_size": [int(v) for v in _WORKGROUP.search(wgsl).groups()],
        "shared_bytes": sum(_ELEMENT_BYTES[ty] * int(n) for ty, n in _WORKGROUP_VAR.findall(wgsl)),  # workgroup memory
        "bindings": bindings,
        "features": [FEATURES[e] for e in enables],
        "uniform": pod,
        "grid": grid_of(func),
    }


def generate():
    files = {}
    manifest = {"format_version": FORMAT_VERSION, "tvm_version": tvm.__version__, "kernels": {}}
    for name, build in KERNELS:
        print(f"  {name}", file=sys.stderr)
        wgsl, info = compile_kernel(name, build)
        x, y, z = info["workgroup_size"]
        if x * y * z > MAX_INVOCATIONS or info["shared_bytes"] > MAX_WORKGROUP_BYTES:
            raise RuntimeError(f"{name}: {x * y * z} invocations and {info['shared_bytes']} bytes of workgroup memory "
                               f"exceed WebGPU's default limits ({MAX_INVOCATIONS}, {MAX_WORKGROUP_BYTES})")
        info["file"] = f"{name}.wgsl"
        info["sha256"] = hashlib.sha256(wgsl.encode()).hexdigest()
        if name in KERNEL_ATTRS:  # what a product computes (tabllm.kernel_set), for readers of the manifest
            info["attrs"] = KERNEL_ATTRS[name]
        manifest["kernels"][name] = info
        files[info["file"]] = wgsl
    files["manifest.json"] = json.dumps(manifest, indent=1) + "\n"
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = parser.parse_args()
    files = generate()
    if args.check:
        stale = [f for f, text in files.items() if not (OUT_DIR / f).exists() or (OUT_DIR / f).read_text() != text]
        extra = [p.name for p in OUT_DIR.glob("*") if p.name not in files]
        if stale or extra:
            print(f"app/kernels_wgsl is out of date: differs {stale}, not generated {extra}. "
                  "Run: python build_tools/gen_kernels.py", file=sys.stderr)
            sys.exit(1)
        print(f"app/kernels_wgsl matches a fresh build ({len(files) - 1} kernels)")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for p in OUT_DIR.glob("*"):
        if p.name not in files:
            p.unlink()
    for f, text in files.items():
        (OUT_DIR / f).write_text(text)
    print(f"wrote {len(files) - 1} kernels to {OUT_DIR}")


if __name__ == "__main__":
    main()
