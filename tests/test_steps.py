"""tabllm.steps: one step generator, run synchronously (CPython) and awaited (the page), same output."""

import asyncio

import pytest

from tabllm.steps import Wait, acomplete, adrive, complete, drive


def double(k, fail_at=None):
    if k == fail_at:
        raise RuntimeError("lost")
    return 2 * k


def counting(log, n=3, fail_at=None):
    """Yields n outputs, each after a Wait for double its index; logs its end (closed or not)."""
    try:
        for i in range(n):
            wait = Wait(double, i, fail_at)
            yield wait
            yield f"out {wait.result}"
        return "done"
    finally:
        log.append("finally")


async def awaitable_double(k):
    await asyncio.sleep(0)
    return 2 * k


def test_drive_and_adrive_give_the_same_outputs_and_close_what_they_drive():
    log = []
    assert list(drive(counting(log))) == ["out 0", "out 2", "out 4"] and log == ["finally"]

    async def page():
        steps = counting(log)
        got = [x async for x in adrive(steps)]
        return got

    assert asyncio.run(page()) == ["out 0", "out 2", "out 4"] and log == ["finally"] * 2

    # a consumer that stops early closes the step generator (drive: close; adrive: aclose)
    outputs = drive(counting(log))
    assert next(outputs) == "out 0"
    outputs.close()
    assert log == ["finally"] * 3

    async def stop_early():
        outputs = adrive(counting(log))
        try:
            async for x in outputs:
                return x
        finally:
            await outputs.aclose()

    assert asyncio.run(stop_early()) == "out 0" and log == ["finally"] * 4


def test_a_failed_wait_raises_from_the_driver_and_closes_the_steps():
    log = []
    with pytest.raises(RuntimeError, match="lost"):
        list(drive(counting(log, fail_at=1)))
    assert log == ["finally"]


def test_complete_and_acomplete_return_the_value_awaiting_what_is_awaitable():
    def steps():
        a = Wait(lambda: 20)
        yield a
        b = Wait(awaitable_double, 11) if asyncio_mode else Wait(lambda k: 2 * k, 11)
        yield b
        return a.result + b.result

    asyncio_mode = False
    assert complete(steps()) == 42
    asyncio_mode = True
    assert asyncio.run(acomplete(steps())) == 42
