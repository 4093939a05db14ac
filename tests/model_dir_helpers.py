"""Helpers for tests that damage model directories (not a test module)."""

import json
import shutil
from pathlib import Path


def edited_copy(model_dir, dest, rel, edit) -> Path:
    """A copy of model_dir at dest whose JSON file `rel` (e.g. "weights/index.json") went through edit(obj),
    which changes obj in place."""
    dest = Path(shutil.copytree(model_dir, dest))
    obj = json.loads((dest / rel).read_text(encoding="utf-8"))
    edit(obj)
    (dest / rel).write_text(json.dumps(obj), encoding="utf-8")
    return dest
