"""What every kernel family uses: the target, dtypes, symbolic dims, and the TE scheduling helpers."""

import tvm
from tvm import te, tirx as tir
from tvm.s_tir import Schedule
import tvm.s_tir.dlight as dl


TARGET = tvm.target.Target("webgpu", host="llvm")
THREADS = 64  # workgroup width for the hand-written schedules
F32 = "float32"
F16 = "float16"  # storage only (lowering's f16 precision): loads widen to f32, math and sums stay f32
NEG_INF = -3.4028234663852886e38  # lowest f32: masked scores exp() to exactly 0


def _var(name, dtype="int32"):
    return te.var(name, dtype)


def _u32_field(word, shift, bits):
    """Bits [shift, shift+bits) of a u32 word, as int32 (TVM keeps indices signed)."""
    return tir.bitwise_and(tir.shift_right(word, shift.astype("uint32")), tir.const((1 << bits) - 1, "uint32")).astype("int32")


def _prim_func(name, args):
    func = te.create_prim_func([a for a in args if a is not None]).with_attr("global_symbol", name)
    return tvm.IRModule({name: func})


def _schedule(mod):
    sch = Schedule(mod)
    (gv,) = mod.functions.keys()
    sch.work_on(gv.name_hint)
    return sch


def _dlight(mod, *rules):
    with TARGET:
        return dl.ApplyDefaultSchedule(*rules, dl.gpu.Fallback())(mod)


def _f16_suffix(*dtypes):
    """Kernel name suffix of an f16 variant: "_f16" when any of the builder's storage dtypes is f16."""
    return "_f16" if F16 in dtypes else ""


def _stored(t, dtype):
    """t as stored in its output buffer: t itself for f32, else a cast stage under the same name (the
    binding keeps its name; TVM renames the f32 intermediate). Schedules place it with _store_after."""
    return t if dtype == F32 else te.compute(t.shape, lambda *i: t(*i).astype(dtype), name=t.op.name)


def _store_after(sch, block, loop):
    """The stage after `block` (a residual add, or the f16 cast of _stored), if any, computed at `loop`,
    with block's f32 result kept in registers instead of a global buffer."""
    for consumer in sch.get_consumers(block):
        sch.reverse_compute_at(consumer, loop)
        sch.set_scope(block, 0, "local")


def _one_per_invocation(sch, loops, threads=THREADS):
    """The loops fused and spread over workgroups of `threads` invocations, one iteration each (the tail
    predicated); returns the invocation's loop, where the steps after the block can go."""
    outer, inner = sch.split(sch.fuse(*loops), [None, threads])
    sch.bind(outer, "blockIdx.x")
    sch.bind(inner, "threadIdx.x")
    return inner


def _schedule_elementwise(mod, block_name, threads=THREADS):
    """One invocation per output element, all axes fused."""
    sch = _schedule(mod)
    _one_per_invocation(sch, sch.get_loops(sch.get_sblock(block_name)), threads)
    return sch.mod


def _silu_times(g, up):
    """silu(g) * up = g / (1 + exp(-g)) * up (the gated FFN's activation; g and up f32)."""
    return g / (tir.const(1.0, F32) + te.exp(-g)) * up
