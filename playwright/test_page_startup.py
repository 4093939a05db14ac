"""The page's start-up order (issue 18): what does not depend on each other runs at once. Checked on the
worker's stage timeline (worker.mjs `stages` in the ready message: [{name, start, end}], one clock), never
on how long anything took: a first visit and a repeat visit of the tiny model's site.
"""

from __future__ import annotations

from site_server import serve
from test_page import open_chat


def stages_of(ready) -> dict:
    """name -> (start, end) of the ready message's stages; a name seen twice keeps its first."""
    out = {}
    for s in ready["stages"]:
        assert s["end"] is not None and s["end"] >= s["start"], s
        out.setdefault(s["name"], (s["start"], s["end"]))
    return out


def one(stages: dict, prefix: str):
    """The one stage whose name starts with prefix (e.g. "pipelines (": its name carries the kernel count)."""
    found = [v for k, v in stages.items() if k.startswith(prefix)]
    assert len(found) == 1, (prefix, sorted(stages))
    return found[0]


def test_start_up_stages_overlap_and_a_repeat_visit_restores_python_and_compiles_kernels_meanwhile(context, tiny_site):
    with serve(tiny_site) as url:
        page, ready = open_chat(context, url)
        assert ready is not None, page.inner_text("#error")
        first = stages_of(ready)
        page.close()
        page, again = open_chat(context, url)
        assert again is not None, page.inner_text("#error")
        repeat = stages_of(again)
        page.close()

    # the first visit boots Python and keeps a memory snapshot of it with the page's modules imported; the
    # repeat visit restores that instead of booting
    assert "snapshot (make)" in first and "pyodide (from snapshot)" not in first
    assert "pyodide (from snapshot)" in repeat and "pyodide" not in repeat and "snapshot (make)" not in repeat
    for stages in (first, repeat):
        pyodide, webgpu = stages.get("pyodide") or stages["pyodide (from snapshot)"], stages["webgpu"]
        # the GPU device and the model's files are asked for while Pyodide starts, not after it
        assert webgpu[0] < pyodide[1] and stages["model files"][0] < pyodide[1]
        # every wheel downloads while Pyodide starts; they are unpacked after it
        downloads = [v for k, v in stages.items() if k.startswith("download ")]
        assert len(downloads) == 4 and all(d[0] < pyodide[1] for d in downloads)
        assert stages["unpack wheels"][0] >= pyodide[1]
        # the weight shards are read from their own start (a ShardReader), before Python asks for them
        assert stages["weights (read)"][0] < stages["python: load_web_chat"][0]
        # the plan's pipelines compile while its weights go into the GPU: ready waits for both
        pipelines, weights = one(stages, "pipelines ("), stages["weights"]
        assert pipelines[0] < weights[0] < pipelines[1]
        assert stages["pipelines done"][1] >= max(pipelines[1], weights[1])

    # the first visit knows its kernels only from the plan; the repeat visit compiles the ones the first
    # used (kept in the Cache API) from the GPU device's start, before Python has built the plan
    assert not [k for k in first if k.startswith("warm pipelines")]
    warm = one(repeat, "warm pipelines (")
    assert f"({len(ready['kernels'])} kernels)" in [k for k in repeat if k.startswith("warm pipelines")][0]
    assert warm[0] < repeat["engine"][0]
    assert again["kernels"] == ready["kernels"] and again["shardsFromCache"] == again["shards"]
