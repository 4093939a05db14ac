"""Fixtures for the browser tests: Debian's Chromium driven by Playwright (Python), headless, WebGPU on
SwiftShader; sites built with tabllm.site and served on 127.0.0.1.

Chromium flags: --enable-unsafe-webgpu exposes WebGPU on Linux; the network flags keep Chromium from
calling home (the machine's network is closed); --no-sandbox because tests run as root here.
Every test gets a fresh browser context (its own Cache Storage), every site its own port (origin).
Every test fails on an uncaught error or a console error in its pages, their workers or service workers
(the page_errors fixture), but for messages the test allows by name, with its reason.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # gguf_helpers: the tiny random-weight model

CHROMIUM = os.environ.get("TABLLM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--enable-unsafe-webgpu", "--no-sandbox",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = ROOT / "artifacts" / "playwright"


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (bash scripts/setup.sh --dev)")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium; bash scripts/setup.sh --dev does)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageErrors:
    """Uncaught errors (pages, workers) and console errors (pages, workers, service workers) of the
    browser contexts it watches; check() fails the test on any that no allow() matches."""

    def __init__(self):
        self.seen = []
        self.allowed = []  # (compiled pattern, reason)

    def watch(self, ctx):
        def console(message):
            if message.type == "error":
                self.seen.append(f"console error: {message.text} ({message.location.get('url', '?')})")

        ctx.on("console", console)
        ctx.on("weberror", lambda e: self.seen.append(f"uncaught: {e.error}"))
        return ctx

    def allow(self, pattern: str, reason: str):
        """Let messages matching pattern (a regular expression) pass: only ones the test provokes on purpose."""
        assert reason, "say why the test provokes this message"
        self.allowed.append((re.compile(pattern), reason))

    def unexpected(self) -> list:
        return [m for m in self.seen if not any(p.search(m) for p, _ in self.allowed)]

    def check(self):
        unexpected = self.unexpected()
        if unexpected:
            pytest.fail("the page reported errors:\n" + "\n".join(unexpected), pytrace=False)


@pytest.fixture
def page_errors():
    errors = PageErrors()
    yield errors
    errors.check()


@pytest.fixture
def context(browser, page_errors):
    ctx = page_errors.watch(browser.new_context(viewport={"width": 1000, "height": 700}))
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def gpu_adapter():
    """wgpu-native's adapter (lavapipe here), for the CPython side of comparisons; skip without one."""
    wgpu = pytest.importorskip("wgpu")
    try:
        adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
    except Exception as exc:  # no Vulkan driver or loader
        pytest.skip(f"no wgpu adapter: {type(exc).__name__}: {exc}")
    if adapter is None:
        pytest.skip("no wgpu adapter")
    return adapter


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """The tiny random-weight Llama of tests/gguf_helpers.py, in several small shards."""
    from gguf_helpers import write_tiny_gguf

    from tabllm.convert import convert_gguf

    tmp = tmp_path_factory.mktemp("tiny")
    write_tiny_gguf(tmp / "tiny.gguf")
    return convert_gguf(tmp / "tiny.gguf", tmp / "model", shard_limit=48 * 1024)


@pytest.fixture(scope="session")
def tiny_site(tmp_path_factory, tiny_model):
    from tabllm.site import build_site

    return build_site(tmp_path_factory.mktemp("tiny-site") / "site", tiny_model)


@pytest.fixture(scope="session")
def tiny_api_model(tmp_path_factory):
    """The tiny model with a 1024-token context (the same weights): the JS API's test, whose tool
    requests carry a generic-format system message of ~300 tokens (one byte a token)."""
    from gguf_helpers import write_tiny_gguf

    from tabllm.convert import convert_gguf

    tmp = tmp_path_factory.mktemp("tiny-api")
    write_tiny_gguf(tmp / "tiny.gguf", context=1024)
    return convert_gguf(tmp / "tiny.gguf", tmp / "model", shard_limit=48 * 1024)


@pytest.fixture(scope="session")
def tiny_api_site(tmp_path_factory, tiny_api_model):
    from tabllm.site import build_site

    return build_site(tmp_path_factory.mktemp("tiny-api-site") / "site", tiny_api_model)


@pytest.fixture
def fresh_tiny_site(tmp_path, tiny_model):
    """A site of its own, for tests that damage it (shards are links: replace files, never write into them)."""
    from tabllm.site import build_site

    return build_site(tmp_path / "site", tiny_model)


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long-running test (a real model, many tokens)")
