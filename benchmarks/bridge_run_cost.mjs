// bridge.run()'s own JS cost per decode step (node, a stand-in device whose calls do nothing): the working
// tree's bridge.mjs against another version of it, over a plan dumped by benchmarks/dump_decode_plan.py.
//   .venv/bin/python benchmarks/dump_decode_plan.py /tmp/plan.json
//   git show REV:app/js/bridge.mjs > /tmp/bridge_rev.mjs
//   node benchmarks/bridge_run_cost.mjs /tmp/plan.json /tmp/bridge_rev.mjs
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const manifest = JSON.parse(readFileSync(new URL("../app/kernels_wgsl/manifest.json", import.meta.url), "utf8"));
const noop = () => {};
globalThis.GPUBufferUsage = { STORAGE: 128, COPY_DST: 8, COPY_SRC: 4, UNIFORM: 64, MAP_READ: 1 };
const pass = { setPipeline: noop, setBindGroup: noop, dispatchWorkgroups: noop, end: noop };
const device = {
  lost: new Promise(noop), limits: { maxStorageBufferBindingSize: 2 ** 31 }, features: new Set(),
  createBuffer: () => ({ destroy: noop }), createBindGroup: () => ({}),
  createCommandEncoder: () => ({ beginComputePass: () => pass, copyBufferToBuffer: noop, finish: noop }),
  queue: { writeBuffer: noop, submit: noop },
};
for (const [name, url] of [["tree", new URL("../app/js/bridge.mjs", import.meta.url)], ["other", pathToFileURL(process.argv[3])]]) {
  const { Bridge } = await import(url);
  const bridge = new Bridge({}, device, manifest, "");
  for (const k of Object.keys(manifest.kernels)) bridge.pipelines.set(k, { getBindGroupLayout: noop });
  await bridge.prepare(JSON.stringify(spec.plan));
  const call = (L) => JSON.stringify({ phases: spec.phases, dims: { ...spec.dims, L, pos0: L - 1 } });
  for (let i = 0; i < 300; i++) bridge.run(call(600 + i), "ids", 4);
  const N = 3000, calls = Array.from({ length: N }, (_, i) => call(900 + i));
  const t0 = performance.now();
  for (const c of calls) bridge.run(c, "ids", 4);
  console.log(`${name}: ${spec.phases.join(" + ")}, ${spec.count} dispatches: ${((performance.now() - t0) / N * 1e3).toFixed(1)} us a run`);
}
