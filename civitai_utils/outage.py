"""A host that just failed to answer at all is not asked again for a short while.

With Civitai or Hugging Face unreachable (or accepting connections and never answering), every lookup
would otherwise wait out its own timeout, and the sidebar re-checks the open workflow often. During the
outage window every lookup to that host fails at once with the sentence of the failure that opened it.
An HTTP answer, even an error, is not an outage: the host is there and said something.
"""

from __future__ import annotations

import time
from collections.abc import Callable

OUTAGE_SECONDS = 30.0


class OutageMemory:
    def __init__(self, seconds: float = OUTAGE_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self._error: Exception | None = None
        self._until = 0.0

    def check(self) -> None:
        """Raise the failure that opened the window, while it lasts."""
        if self._error is not None and self._clock() < self._until:
            raise self._error

    def record(self, error: Exception) -> None:
        self._error, self._until = error, self._clock() + self.seconds

    def clear(self) -> None:
        self._error = None
