"""One loop for CPython and the page: work that waits for the GPU, written once as a step generator.

A GPU read is a blocking call in CPython (wgpu-native) and a JavaScript promise in the browser
(`mapAsync`). The engine's loops (loading, prefill, the decode loop with its queued readbacks, the API's
chunks) are generators that yield a `Wait(fn, *args)` wherever they need such a result, and read
`wait.result` after the yield; whatever else they yield is their output (token ids, text, chunks):

    def token_steps(executor):
        wait = Wait(executor.fetch, step)
        yield wait                        # the driver calls executor.fetch(step), awaiting it in the page
        yield int.from_bytes(wait.result[:4], "little")

Two drivers run the same generator:
- `drive(steps)`: CPython. Calls each Wait's function at once (it blocks) and yields the output: a plain
  generator, the same loop as before (a Wait costs an object and a type check per GPU read).
- `adrive(steps)`: the page (Pyodide). An async generator that awaits what the function returns (a
  coroutine awaiting the bridge's promise) on Pyodide's event loop, so the worker handles its messages
  (a stop) while the GPU works. No JavaScript Promise Integration (JSPI) is needed: every browser with
  WebGPU runs the page.
`complete` / `acomplete` run a step generator that yields only Waits and return its return value.

A step generator that uses another passes its Waits on: `result = yield from inner` when the inner one
yields only Waits, or `for item in inner: if type(item) is Wait: yield item; continue` to see its output.
"""

from inspect import isawaitable


class Wait:
    """A step generator's request: the driver sets `result` to fn(*args) (awaited where it is awaitable)."""

    __slots__ = ("fn", "args", "result")

    def __init__(self, fn, *args):
        self.fn, self.args, self.result = fn, args, None


def drive(steps):
    """Run a step generator synchronously (CPython), yielding its output; closing this closes it."""
    try:
        for item in steps:
            if type(item) is Wait:
                item.result = item.fn(*item.args)
            else:
                yield item
    finally:
        steps.close()


async def adrive(steps):
    """Run a step generator on an event loop (the page), yielding its output; `aclose()` closes it."""
    try:
        for item in steps:
            if type(item) is Wait:
                result = item.fn(*item.args)
                item.result = (await result) if isawaitable(result) else result
            else:
                yield item
    finally:
        steps.close()


def complete(steps):
    """Run a step generator that yields only Waits synchronously; its return value."""
    try:
        while True:
            wait = next(steps)
            wait.result = wait.fn(*wait.args)
    except StopIteration as end:
        return end.value


async def acomplete(steps):
    """Run a step generator that yields only Waits on an event loop; its return value."""
    try:
        while True:
            wait = next(steps)
            result = wait.fn(*wait.args)
            wait.result = (await result) if isawaitable(result) else result
    except StopIteration as end:
        return end.value
