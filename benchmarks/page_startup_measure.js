// Awaited by ../shared/chromium-gpu/cdp_run.py (EXPR) in the chat page, for a browser without Playwright (the
// GPU machine): waits until the model is ready (or the page failed) and returns what benchmarks/page_startup.py
// reads of a visit: the ready message (the worker's start-up stages in it) and the page's clock at ready.
// Run it twice with the same --user-data-dir (a first visit, then a repeat one) and give both result files to
// `benchmarks/page_startup.py --results FIRST REPEAT`.
(async () => {
  const end = performance.now() + 280000;
  const settled = () => window.tabllm && (window.tabllm.ready || document.body.dataset.state === "error");
  while (!settled() && performance.now() < end) await new Promise((r) => setTimeout(r, 100));
  const error = document.getElementById("error");
  return { ready: window.tabllm?.ready ?? null, readyAt: window.tabllm?.readyAt ?? null,
    error: error.hidden ? (settled() ? null : "not ready in 280 s") : error.textContent };
})()
