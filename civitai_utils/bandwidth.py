"""One bandwidth cap for every download and every connection of each: a shared schedule of when bytes may pass.

Each received block books its time on the schedule (its size / the rate) and waits until its turn, less a
short burst allowance, so many connections together never pass more than the rate for longer than the burst.
Waiting here stops reading the socket, and TCP then slows the server down: nothing piles up in memory.
The rate can change while downloads run (the sidebar's setting); 0 means unlimited and costs nothing.
"""

from __future__ import annotations

import asyncio

BURST_SECONDS = 0.25


class BandwidthLimit:
    def __init__(self, bytes_per_second: int = 0):
        self.bytes_per_second = max(0, int(bytes_per_second))
        self._booked_until = 0.0  # the loop time at which every byte booked so far has passed

    def set_rate(self, bytes_per_second: int) -> None:
        self.bytes_per_second = max(0, int(bytes_per_second))
        self._booked_until = 0.0

    async def take(self, size: int) -> None:
        """Wait until `size` more bytes fit under the cap (returns at once when there is none)."""
        rate = self.bytes_per_second
        if rate <= 0 or size <= 0:
            return
        now = asyncio.get_running_loop().time()
        self._booked_until = max(self._booked_until, now - BURST_SECONDS) + size / rate
        wait = self._booked_until - now
        if wait > 0:
            await asyncio.sleep(wait)
