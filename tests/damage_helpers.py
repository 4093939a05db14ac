"""Helpers for tests that damage model files (not a test module): where a GGUF's records lie, edited copies
of model directories."""

import json
import shutil
from pathlib import Path

import gguf


def gguf_records(path) -> tuple:
    """({metadata key or tensor name: [(start, size) of each part of its record]}, where the tensor data
    starts). A metadata record's parts: key length, key, value type, (array type, count,) value(s); a
    tensor's: name length, name, dimension count, dimensions, type, data offset."""
    reader = gguf.GGUFReader(path)
    base = reader.data.ctypes.data  # the parts are views into the file's memory map
    fields = [field for name, field in reader.fields.items() if not name.startswith("GGUF.")]
    records = {field.name: [(p.ctypes.data - base, p.nbytes) for p in field.parts]
               for field in fields + [t.field for t in reader.tensors]}
    return records, min(t.data_offset for t in reader.tensors)


def edited_copy(model_dir, dest, rel, edit) -> Path:
    """A copy of model_dir at dest whose JSON file `rel` (e.g. "weights/index.json") went through edit(obj),
    which changes obj in place."""
    dest = Path(shutil.copytree(model_dir, dest))
    obj = json.loads((dest / rel).read_text(encoding="utf-8"))
    edit(obj)
    (dest / rel).write_text(json.dumps(obj), encoding="utf-8")
    return dest
