"""Every WGSL kernel compiled by Chrome's WGSL compiler (Tint), and the GPU kernel schedules run end to
end in the page.

wgpu-native (naga) accepting a shader does not mean Chrome does: Tint is stricter (uniformity analysis,
for one). The compile test makes a shader module and a compute pipeline for every kernel of the
manifest on the device the page itself gets (Bridge.create: its features and limits), collects
getCompilationInfo() messages and pipeline errors, and fails naming each kernel that fails. Kernels
needing a feature the adapter lacks (shader-f16: SwiftShader has none) are reported as skipped; on
SwiftShader the products of the formats no page test loads go through Tint's front end only
(FRONT_END_ONLY_FORMATS).

The page picks the "cpu" schedules on SwiftShader; ?profile=gpu forces the "gpu" ones (the schedules
real GPUs get), whose greedy tokens must equal CPython's WgpuExecutor(profile="gpu").
"""

from __future__ import annotations

import json

from site_server import serve
from test_page import LOAD_TIMEOUT_MS, TINY_PROMPT, ask, open_chat

# Kernels SwiftShader's own shader compiler (Subzero) cannot build: creating their pipeline grows its
# process past all memory (10 GB and more, then the kernel's OOM killer; the GPU process dies and
# takes the device with it). Not Tint: the same kernels through wgpu-native (naga's SPIR-V) on the same
# SwiftShader ICD blow up the same way. Their WGSL still goes through Tint's front end (parse, resolve,
# uniformity) here; only their pipeline is left out, and only on SwiftShader.
SWIFTSHADER_CANNOT_BUILD = {
    "attn_prefill_gpu": "SwiftShader's compiler runs out of memory (OOM-killed at ~10 GB, also from naga's SPIR-V)",
    "attn_prefill_split_gpu": "SwiftShader's compiler runs out of memory (also from naga's SPIR-V)",
    "attn_scores_gpu": "SwiftShader's compiler runs out of memory (OOM-killed at ~19 GB from naga's SPIR-V)",
}

# The product kernels of the weight formats that no page test loads (q2_k, q3_k, q5_k, q5_0, q5_1, iq4_nl, iq4_xs, bf16): Tint's
# front end checks each of them here (parse, resolve, uniformity), but on SwiftShader their pipelines are not built:
# each differs from q4_k's / q6_k's (bf16: f16's; built) only in the inlined block reading, and building them all took the
# test from 122 to 180 s of the suite's 25 minutes. A real GPU's page builds them where a model uses them.
FRONT_END_ONLY_FORMATS = ("q2_k", "q3_k", "q5_k", "q5_0", "q5_1", "iq4_nl", "iq4_xs", "bf16")


def swiftshader_pipelines_left_out(manifest) -> dict:
    """Kernel -> why its pipeline is not built on SwiftShader (SWIFTSHADER_CANNOT_BUILD, FRONT_END_ONLY_FORMATS)."""
    left = dict(SWIFTSHADER_CANNOT_BUILD)
    for name, info in manifest["kernels"].items():
        fmt = info.get("attrs", {}).get("fmt") or (name[len("embed_"):] if name.startswith("embed_") else None)
        if fmt in FRONT_END_ONLY_FORMATS:
            left[name] = f"{fmt}: Tint's front end only on SwiftShader (the suite's time; q4_k / q6_k built)"
    return left


COMPILE_ALL = """async ({ names, unbuildable }) => {
  const { Bridge } = await import('./js/bridge.mjs');
  const kernelsUrl = new URL('kernels/', location.href);
  const bridge = await Bridge.create(kernelsUrl);  // the page's own device: same features and limits
  const device = bridge.device;
  const manifest = bridge.manifest;
  const adapter = bridge.info().adapter;
  const swiftshader = /swiftshader/i.test(adapter);
  let lost = null;
  device.lost.then((info) => { lost = `${info.reason}: ${info.message}`; });
  const results = {};
  const modules = {};
  // 1. Tint's front end, every kernel: parse, resolve, validate (uniformity included)
  for (const name of names) {
    const k = manifest.kernels[name];
    if (!k) { results[name] = { status: 'missing', errors: ['not in the site manifest'] }; continue; }
    const lacking = (k.features || []).filter((f) => !device.features.has(f));
    if (lacking.length) { results[name] = { status: 'skipped', reason: `the adapter lacks ${lacking.join(', ')}` }; continue; }
    const response = await fetch(new URL(k.file, kernelsUrl));
    if (!response.ok) { results[name] = { status: 'missing', errors: [`${k.file}: HTTP ${response.status}`] }; continue; }
    const code = await response.text();
    device.pushErrorScope('validation');
    device.pushErrorScope('internal');
    const module = device.createShaderModule({ code, label: name });
    const info = await module.getCompilationInfo();
    const scoped = [await device.popErrorScope(), await device.popErrorScope()].filter(Boolean);
    const errors = info.messages.filter((m) => m.type === 'error').map((m) => `${m.lineNum}:${m.linePos}: ${m.message}`);
    errors.push(...scoped.map((e) => `createShaderModule: ${e.message}`));
    results[name] = { status: errors.length ? 'failed' : 'ok', errors,
                      messages: info.messages.filter((m) => m.type !== 'error').map((m) => `${m.type} ${m.lineNum}:${m.linePos}: ${m.message}`) };
    if (!errors.length) modules[name] = { module, entryPoint: k.entry_point };
  }
  // 2. a compute pipeline for each (Dawn's pipeline checks, Tint's backend, the driver), two at a time
  const queue = Object.keys(modules).filter((name) => {
    if (swiftshader && unbuildable[name]) { results[name].pipeline = `not built on SwiftShader: ${unbuildable[name]}`; return false; }
    return true;
  });
  const build = async () => {
    for (let name; (name = queue.shift()) !== undefined && !lost;) {
      const t0 = performance.now();
      try {
        await device.createComputePipelineAsync({ layout: 'auto', compute: modules[name], label: name });
        results[name].pipeline = 'built';
      } catch (e) {
        results[name].status = 'failed';
        results[name].errors.push(`createComputePipelineAsync: ${e.name}: ${e.message}`);
      }
      results[name].ms = performance.now() - t0;
    }
  };
  await Promise.all([build(), build()]);
  const features = [...device.features];
  bridge.release();
  device.destroy();
  return { adapter, features, results, lost };
}"""


def test_chrome_compiles_every_kernel_of_the_manifest(context, tiny_site):
    from tabllm.runtime.kernels import kernels_dir

    manifest = json.loads((kernels_dir() / "manifest.json").read_text())
    names = sorted(manifest["kernels"])
    with serve(tiny_site) as url:
        page = context.new_page()
        # a blank page of the site's origin (served by the route): the test brings its own script
        page.route(url + "compile-kernels.html", lambda route: route.fulfill(
            status=200, content_type="text/html", body="<!doctype html><link rel=icon href='data:,'><title>kernels</title>"))
        page.goto(url + "compile-kernels.html")
        left_out = swiftshader_pipelines_left_out(manifest)
        report = page.evaluate(COMPILE_ALL, {"names": names, "unbuildable": left_out})
    results = report["results"]
    by_status = {}
    for name in names:
        by_status.setdefault(results[name]["status"], []).append(name)
    skipped = {name: results[name]["reason"] for name in by_status.get("skipped", [])}
    unbuilt = {name: r["pipeline"] for name, r in results.items() if r.get("pipeline", "built") != "built"}
    print(f"\n{report['adapter']} ({', '.join(report['features']) or 'no features'}): {len(names)} kernels, "
          f"{len(by_status.get('ok', []))} through Tint, {sum(r.get('pipeline') == 'built' for r in results.values())} pipelines built")
    for name, reason in {**skipped, **unbuilt}.items():
        print(f"  {name}: {reason}")
    for name, r in results.items():
        if r.get("messages"):
            print(f"  {name}: " + "\n    ".join(r["messages"]))
    slowest = sorted((r["ms"], name) for name, r in results.items() if "ms" in r)[-3:]
    print("  slowest pipelines: " + ", ".join(f"{name} {ms / 1000:.1f} s" for ms, name in reversed(slowest)))
    failed = {name: results[name]["errors"] for name in by_status.get("failed", []) + by_status.get("missing", [])}
    assert not failed, "kernels Chrome (Tint) rejects:\n" + "\n".join(
        f"{name}: " + "\n    ".join(errors) for name, errors in failed.items())
    assert report["lost"] is None, f"the device was lost while compiling: {report['lost']}"
    # nothing skipped but for a feature the device lacks (shader-f16 on SwiftShader)...
    for name in skipped:
        assert not set(manifest["kernels"][name]["features"]) <= set(report["features"]), name
    # ...every other kernel through Tint, and a pipeline for each but SwiftShader's known failures
    assert set(by_status["ok"]) == set(names) - set(skipped)
    assert set(unbuilt) <= set(left_out), unbuilt
    assert all(results[name].get("pipeline") == "built" for name in set(by_status["ok"]) - set(unbuilt))


def cpython_gpu_profile(model_dir, text, max_tokens):
    """(kernels of the plan, greedy ids) from CPython's engine on wgpu-native, the "gpu" kernel schedules
    forced, f32 (the page's precision without shader-f16)."""
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor
    from tabllm.sampling import SamplerSettings

    engine = Engine(model_dir, WgpuExecutor(profile="gpu"), precision="f32")
    try:
        assert engine.plan.profile == "gpu"
        kernels = {step.kernel for steps in engine.plan.phases.values() for step in steps}
        ids = engine.chat_prompt_ids([{"role": "user", "content": text}])
        return kernels, list(engine.stream_ids(ids, max_tokens, SamplerSettings(temperature=0), stop_at_eos=False))
    finally:
        engine.release()


def test_gpu_kernel_profile_runs_in_the_page_like_cpython(context, tiny_site, tiny_model, gpu_adapter):
    """The "gpu" schedules forced in the page (?profile=gpu): CPython's greedy tokens. Skipped where the
    browser's adapter is SwiftShader and the plan needs a kernel its compiler cannot build (the page
    compiles every pipeline of the plan before it is ready)."""
    import pytest

    kernels, expected = cpython_gpu_profile(tiny_model, TINY_PROMPT, 16)
    with serve(tiny_site) as url:
        page = context.new_page()
        page.route(url + "blank.html", lambda route: route.fulfill(
            status=200, content_type="text/html", body="<!doctype html><link rel=icon href='data:,'>"))
        page.goto(url + "blank.html")
        adapter = page.evaluate("navigator.gpu.requestAdapter().then(a => `${a.info.vendor} ${a.info.architecture}`)")
        page.close()
        blocked = sorted(kernels & set(SWIFTSHADER_CANNOT_BUILD))
        if "swiftshader" in adapter.lower() and blocked:
            pytest.skip(f"the gpu plan needs {', '.join(blocked)}, which SwiftShader cannot build: "
                        f"{SWIFTSHADER_CANNOT_BUILD[blocked[0]]}")
        page, ready = open_chat(context, url, "?profile=gpu&temperature=0&max_tokens=16&ignore_eos=1")
        assert ready is not None, page.inner_text("#error")
        assert "gpu kernel profile (forced)" in page.inner_text("#gpu-info")
        assert ready["profile"] == "gpu" and set(ready["kernels"]) == kernels, ready["kernels"]
        reply = ask(page, TINY_PROMPT, timeout_ms=LOAD_TIMEOUT_MS)
    assert len(expected) == 16
    assert reply["token_ids"] == expected
