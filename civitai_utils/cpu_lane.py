"""One worker thread for the pack's CPU-bound request work (parsing bodies, reading graphs, building workflows).

Off the event loop is not enough, for two reasons measured inside ComfyUI (issue 11.3):

* pure-Python work holds the GIL, and six request threads parsing at once each took their 5 ms turns before
  ComfyUI's loop got one: with one lane, the loop competes with a single thread and requests queue instead;
* a parsed 167 KiB graph is ~15,000 containers that live through a few young collections, get promoted, and
  soon trigger a full collection of ComfyUI's ~600,000 objects: 1.4–2.4 s holding the GIL, the loop frozen.
  The lane pauses automatic collection while it works; what it allocates is acyclic, freed by reference
  counting as soon as the request is answered, so it never reaches the old generation.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import gc
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

Result = TypeVar("Result")
LANE_NICENESS = 10


def _lower_priority() -> None:
    """On Linux a thread has its own nice value: when the CPUs are busy, the loop's thread is scheduled first."""
    # Not Linux, or not allowed: the lane works the same, only less politely.
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LANE_NICENESS)


_lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix="civitai-sidebar-cpu", initializer=_lower_priority)


def _without_collections(function: Callable[..., Result], *args) -> Result:
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return function(*args)
    finally:
        if paused:
            gc.enable()


async def on_cpu_lane(function: Callable[..., Result], *args) -> Result:
    """`asyncio.to_thread`, but on the pack's single CPU lane, with automatic garbage collection paused."""
    call = functools.partial(contextvars.copy_context().run, _without_collections, function, *args)
    return await asyncio.get_running_loop().run_in_executor(_lane, call)
