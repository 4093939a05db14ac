// Awaited by ../shared/chromium-gpu/cdp_run.py (EXPR) in the chat page on a real GPU (benchmarks/page_gpu.sh):
// waits for the model to load, sends a short message (the page's URL asks for 128 tokens, greedy, no
// early end), then a long one (a ~450-token prefill after the first turn's cached rows), and returns
// the load time, the ready message and both replies' figures.
(async () => {
  const until = async (f, ms) => {
    const end = performance.now() + ms;
    while (!f()) {
      if (performance.now() > end) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
    return true;
  };
  const failed = () => !document.getElementById("error").hidden;
  const loaded = await until(() => (window.tabllm && window.tabllm.ready) || failed(), 280000);
  const out = { ready_ms_since_navigation: performance.now(), ready: window.tabllm && window.tabllm.ready };
  if (!loaded || failed()) return { ...out, error: document.getElementById("error").textContent };
  const paragraph = "The history of computing is a story of people finding faster ways to do arithmetic, " +
    "from the abacus to mechanical calculators, punched cards, vacuum tubes, transistors and chips. ";
  const messages = ["Write a short story about a robot who learns to paint.",
                    "Summarise this text in one sentence: " + paragraph.repeat(14)];
  out.replies = [];
  for (const text of messages) {
    const before = window.tabllm.replies.length;
    document.getElementById("input").value = text;
    const t0 = performance.now();
    document.getElementById("composer").requestSubmit();
    await until(() => window.tabllm.replies.length > before || failed(), 200000);
    const r = window.tabllm.replies.at(-1) || {};
    const { text: _, token_ids, ...figures } = r;
    out.replies.push({ ...figures, tokens: (token_ids || []).length, wall_ms: performance.now() - t0 });
    if (failed()) return { ...out, error: document.getElementById("error").textContent };
  }
  return out;
})()
