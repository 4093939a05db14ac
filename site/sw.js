// Service worker: keeps the page's own files (HTML, scripts, Pyodide, wheels, kernels) so that a
// reload works with the network cut. The model is not handled here: js/weights.mjs keeps it in the
// Cache API, verified and keyed by content.
//
// Network first, cache as the fallback: an online reload always gets the current site, and the
// shell cache is named after the site's shell version (tabllm-site.json), so a new build replaces it.

const SHELL_PREFIX = "tabllm-shell-";

async function siteConfig() {
  const response = await fetch("tabllm-site.json", { cache: "no-cache" });
  return response.json();
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const site = await siteConfig();
    const cache = await caches.open(SHELL_PREFIX + site.shell.version);
    await cache.addAll(["./", "tabllm-site.json", ...site.shell.files]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const site = await siteConfig().catch(() => null);
    if (site) {
      for (const name of await caches.keys()) {
        if (name.startsWith(SHELL_PREFIX) && name !== SHELL_PREFIX + site.shell.version) await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  if (event.request.method !== "GET" || url.origin !== scope.origin || url.pathname.startsWith(scope.pathname + "model/")
      || url.pathname.startsWith(scope.pathname + "models/")) {
    return; // the models have their own verified cache (js/weights.mjs)
  }
  event.respondWith((async () => {
    try {
      return await fetch(event.request);
    } catch (err) {
      const hit = await caches.match(event.request, { ignoreSearch: true });
      if (hit) return hit;
      throw err;
    }
  })());
});
