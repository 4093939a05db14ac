"""Matrices too large for one storage binding, split into row parts when the plan is built.

A shader sees at most maxStorageBufferBindingSize bytes of a buffer (WebGPU's default and lavapipe's
128 MiB; some phones offer no more), and a vocabulary matrix can be larger (Gemma 3's 262k x 640
embedding in f16: 320 MiB). split_large_matrices(plan, limits) registers such a matrix as row parts
`{base}.part{k}.q` (`.scale`, `.min`), each buffer within the limits and each part's row count a
multiple of PART_ROWS, and rewrites the steps that read it:

- a product without residual, y[n, N] = x[n, K] @ W[N, K]^T (matmul_*, gemv_*, gemv_norm_*, gemv4_*,
  gemv8_*, mm8_*, mmt_*), runs once per part with the same kernel into a scratch `{base}.out` [rows of y,
  part rows], and copy_columns puts the part's columns into y at their offset: the same sums as the
  unsplit plan;
- an embedding lookup embed_* runs once per part on ids shifted into the part (part_ids: clamped)
  into a scratch `{base}.rows` [rows of out, K], and merge_rows keeps the rows whose id lies in it.

A product in K splits (mmt_* into partial sums, then mmt_sum) is made one whole product first, and a
gemv8_gate_up_* (gate and up rows paired in its workgroups, int8 blocks out) the gemv8_* product and
act_q8_silu it fuses. Products that add a residual (matmul_*_add, gemv_silu_*_add, ...) are left whole:
Plan.check_limits then names the buffer. plan.splits tells the weight loaders which byte range of a
model-dir tensor goes into which part buffer.
"""

from .plan import Plan, Step

# Rows of a part: a multiple of the 64 output columns per workgroup of mm8_* and mmt_* (so also of
# gemv_*'s 4), so a part keeps the kernel the whole matrix was given.
PART_ROWS = 64
MATRIX_BINDINGS = ("wq", "wscale", "wmin")  # the matrix kernels' binding names, suffixes q / scale / min


def split_large_matrices(plan: Plan, limits: dict) -> Plan:
    """Split every weight matrix with a buffer above limits["max-storage-buffer-binding-size"] (or
    "max-buffer-size") whose steps can all be split; returns the plan, changed in place."""
    sizes = [limits.get(k) for k in ("max-storage-buffer-binding-size", "max-buffer-size")]
    limit = min((int(v) for v in sizes if v), default=None)
    if limit is None:
        return plan
    for base in sorted({s.buffers["wq"][: -len(".q")] for steps in plan.phases.values() for s in steps if "wq" in s.buffers}):
        specs = [plan.buffers[f"{base}.{sfx}"] for sfx in ("q", "scale", "min") if f"{base}.{sfx}" in plan.buffers]
        if all(spec.nbytes <= limit for spec in specs):
            continue
        if not _splittable(plan, base):
            kept = {phase: list(steps) for phase, steps in plan.phases.items()}
            _whole_k(plan, base)  # a prefill product in K splits has partial sums for output: one product again
            _separate_gate_up(plan, base)  # (its output blocks need a gate row and an up row in one workgroup)
            if not _splittable(plan, base):  # (a residual product stays whole anyway: keep its K splits)
                plan.phases = kept
                continue
        rows = specs[0].shape[0]
        part_rows = min(limit // (spec.nbytes // rows) for spec in specs) // PART_ROWS * PART_ROWS
        if part_rows == 0:
            continue  # one block of rows is already too large: check_limits reports it
        _split(plan, base, specs, [(r0, min(part_rows, rows - r0)) for r0 in range(0, rows, part_rows)])
    return plan


def _uses(step, base):
    return step.buffers.get("wq") == f"{base}.q"


def _output(step):
    """The output binding of a product without residual: "y" (matmul_*, gemv_*, mm8_*, mmt_*) or "out"
    (gemv4_*, gemv8_*); None for a product that adds a residual, or writes int8 blocks of paired gate / up
    rows (gemv8_gate_up_*)."""
    if "residual" in step.buffers:
        return None
    return "y" if "y" in step.buffers else "out" if "out" in step.buffers and step.kernel.startswith(("gemv4_", "gemv8_")) else None


def _splittable(plan, base):
    # (copy_columns moves f32: a product into an f16 buffer of the f16 plan, such as gate_up, stays whole;
    # so does an mmt_* product in K splits, S > 1: its output holds S partial sums, not y)
    return all(s.kernel.startswith("embed_") or (_output(s) and plan.buffers[s.buffers[_output(s)]].dtype == "f32"
                                                 and s.scalars.get("S", 1) == 1)
               for steps in plan.phases.values() for s in steps if _uses(s, base))


def _whole_k(plan, base):
    """Each product of matrix `base` that runs in K splits (mmt_* into "mmt.part" with S > 1, then
    mmt_sum(_add)) becomes one whole mmt_*(_add) again (S = 1), writing where mmt_sum wrote."""
    for phase, steps in plan.phases.items():
        new = []
        for step in steps:
            if step.kernel in ("mmt_sum", "mmt_sum_add") and new and _uses(new[-1], base) and new[-1].scalars.get("S", 1) > 1:
                split = new.pop()
                outputs = {k: v for k, v in step.buffers.items() if k != "part"}  # y, or residual and out
                kernel = split.kernel + ("_add" if step.kernel == "mmt_sum_add" else "")
                new.append(Step(kernel, {**{k: v for k, v in split.buffers.items() if k != "y"}, **outputs}, {**split.scalars, "S": 1}))
            else:
                new.append(step)
        plan.phases[phase] = new


def _separate_gate_up(plan, base):
    """Each gemv8_gate_up_{fmt} of matrix `base` becomes gemv8_{fmt} over all 2 F rows into `{base}.gu`
    [1, 2 F] (decode steps: one row), then act_q8_silu into the hq / hs it wrote."""
    from .lowering import GEMV8_ROWS

    for phase, steps in plan.phases.items():
        new = []
        for step in steps:
            if _uses(step, base) and step.kernel.startswith("gemv8_gate_up_"):
                N = 64 * step.scalars["Fb"]
                out = plan.add_buffer(f"{base}.gu", "f32", (1, N))
                weights = {k: v for k, v in step.buffers.items() if k in MATRIX_BINDINGS}
                new += [Step("gemv8_" + step.kernel[len("gemv8_gate_up_"):], {"xq": step.buffers["xq"], "xs": step.buffers["xs"],
                                                                             "out": out, **weights},
                             {"n": step.scalars["n"], "N": N, "Nb": N // GEMV8_ROWS, "Kb": step.scalars["Kb"]}),
                        Step("act_q8_silu", {"gu": out, "xq": step.buffers["hq"], "xs": step.buffers["hs"]},
                             {"n": step.scalars["n"], "Kb": step.scalars["Fb"]})]
            else:
                new.append(step)
        plan.phases[phase] = new


def _split(plan, base, specs, parts):
    """Register the part buffers of matrix `base` (row ranges `parts`: [(first row, rows)]) in place of
    its whole buffers, and rewrite every step that reads it."""
    for spec in specs:
        row_bytes = spec.nbytes // spec.shape[0]
        del plan.buffers[spec.name]
        suffix = spec.name[len(base) + 1:]
        plan.splits[spec.name] = {"dtype": spec.dtype, "shape": spec.shape, "parts": [
            (plan.add_buffer(f"{base}.part{k}.{suffix}", spec.dtype, (n, *spec.shape[1:]), "weight"), r0 * row_bytes, n * row_bytes)
            for k, (r0, n) in enumerate(parts)]}
    binds = [{b: f"{base}.part{k}.{b[1:]}" for b in MATRIX_BINDINGS if f"{base}.{b[1:]}" in plan.splits}
             for k in range(len(parts))]
    for phase, steps in plan.phases.items():
        new = []
        for step in steps:
            if not _uses(step, base):
                new.append(step)
            elif step.kernel.startswith("embed_"):
                new += _embed_parts(plan, base, step, parts, binds)
            else:
                new += _product_parts(plan, base, step, parts, binds)
        plan.phases[phase] = new


def _product_parts(plan, base, step, parts, binds):
    """One product per part into the scratch, each followed by copy_columns into the output."""
    output = _output(step)
    y = step.buffers[output]
    T, N = plan.buffers[y].shape
    # one scratch for every product of `base` (prefill [T, N] and decode [1, N] outputs)
    scratch = plan.add_scratch(f"{base}.out", "f32", (T, max(n for _, n in parts)))
    out = []
    for (r0, n), bind in zip(parts, binds):
        scalars = dict(step.scalars, N=n)
        for name in ("Nb", "Nj"):  # gemv*'s N / (rows per workgroup) row blocks, mm8_*'s N / 64 column blocks
            if name in scalars:
                scalars[name] = n // (step.scalars["N"] // step.scalars[name])
        out += [Step(step.kernel, {**step.buffers, **bind, output: scratch}, scalars),
                Step("copy_columns", {"x": scratch, "y": y}, {"n": step.scalars["n"], "N": n, "ldy": N, "col0": r0})]
    return out


def _embed_parts(plan, base, step, parts, binds):
    """Per part: ids shifted into it (part_ids), the lookup into the scratch, merge_rows into the output."""
    ids, dest = step.buffers["ids"], step.buffers["out"]
    part_ids = plan.add_buffer(f"{base}.ids", "i32", plan.buffers[ids].shape)
    scratch = plan.add_buffer(f"{base}.rows", "f32", plan.buffers[dest].shape)
    n, K = step.scalars["n"], step.scalars["K"]
    out = []
    for (r0, rows), bind in zip(parts, binds):
        out += [Step("part_ids", {"ids": ids, "y": part_ids}, {"n": n, "row0": r0, "rows": rows}),
                Step(step.kernel, {**step.buffers, **bind, "ids": part_ids, "out": scratch}, step.scalars),
                Step("merge_rows", {"ids": ids, "x": scratch, "y": dest}, {"n": n, "K": K, "row0": r0, "rows": rows})]
    return out


def loader_parts(targets: dict) -> dict:
    """The split tensors of Plan.weight_targets() as the page's weight loader reads them (weights.mjs,
    index["gpu_parts"]): {tensor: [[buffer, first byte, bytes], ...]}."""
    return {name: [list(p) for p in buffers] for name, (_, _, buffers) in targets.items() if buffers[0][0] != name}
