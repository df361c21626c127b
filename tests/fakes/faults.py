"""Fault injection: the switches tests flip to make a fake server misbehave the way real hosts do.

A rule targets one server (or all), optionally only requests whose path+query contains ``match`` (a file
name, storage key, version id...), and is active for the next ``times`` matching requests (``None`` = until
cleared). Counters make "429 twice, then success" testable. Rules are plain data so they can be set
in-process or over HTTP (``POST /__fake__/faults``); every method is thread-safe because the servers may
run on another thread's event loop.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import asdict, dataclass, field

SERVERS = ("civitai", "storage", "hf", "cdn")

STATUS = "status"
"""Answer ``status`` (429, 500, 502, 503...) instead of the real response, with ``Retry-After`` if given."""
DELAY = "delay"
"""Wait ``seconds`` before handling the request (slow server, not a stalled body)."""
IGNORE_RANGE = "ignore_range"
"""Answer 200 with the whole body to a Range request (some CDNs do this)."""
STALL = "stall"
"""Send headers and ``after_bytes`` bytes, then go silent for ``seconds`` (``None`` = until the client quits)."""
DROP = "drop"
"""Close the connection after ``after_bytes`` body bytes."""
WRONG_BYTES = "wrong_bytes"
"""Serve bytes that differ from the reported SHA-256 (same size)."""
NO_LENGTH = "no_length"
"""Send the body chunked, without Content-Length (compressing proxies and some CDNs do)."""

WRONG_RANGE = "wrong_range"
"""Answer a Range request with a 206 for other bytes than asked (its Content-Range says which): a broken CDN."""

SLOW = "slow"
"""Send the body at ``bytes_per_second`` (a slow link, so speed and time left can be watched)."""

REDIRECT = "redirect"
"""Answer 307 to ``location`` instead of the real response (a redirect loop, or a host that sends downloads
somewhere hostile)."""

KINDS = (STATUS, DELAY, IGNORE_RANGE, STALL, DROP, WRONG_BYTES, NO_LENGTH, REDIRECT, SLOW, WRONG_RANGE)
BODY_KINDS = (IGNORE_RANGE, STALL, DROP, WRONG_BYTES, NO_LENGTH, SLOW, WRONG_RANGE)
"""Kinds that act while a file body is served (storage, CDN, and Hugging Face non-LFS files)."""


@dataclass
class FaultRule:
    kind: str
    server: str | None = None
    match: str | None = None
    times: int | None = None
    status: int | None = None
    retry_after: int | None = None
    seconds: float | None = None
    after_bytes: int = 0
    location: str | None = None
    bytes_per_second: int = 0
    id: int = 0
    hits: int = field(default=0)

    def applies_to(self, server: str, path_qs: str) -> bool:
        if self.server is not None and self.server != server:
            return False
        return self.match is None or self.match in path_qs

    def to_json(self) -> dict:
        return asdict(self)


class FaultPlan:
    """The active fault rules of all four servers."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def add(
        self,
        kind: str,
        server: str | None = None,
        *,
        match: str | None = None,
        times: int | None = None,
        status: int | None = None,
        retry_after: int | None = None,
        seconds: float | None = None,
        after_bytes: int = 0,
        location: str | None = None,
        bytes_per_second: int = 0,
    ) -> FaultRule:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(KINDS)}")
        if server is not None and server not in SERVERS:
            raise ValueError(f"unknown server {server!r}; expected one of {', '.join(SERVERS)}")
        if kind == STATUS and (status is None or not 400 <= status <= 599):
            raise ValueError("a status fault needs a 4xx/5xx status")
        if kind == REDIRECT and not location:
            raise ValueError("a redirect fault needs a location")
        if kind == SLOW and bytes_per_second < 1:
            raise ValueError("a slow fault needs bytes_per_second >= 1")
        if times is not None and times < 1:
            raise ValueError("times must be >= 1 (or None for 'until cleared')")
        rule = FaultRule(
            kind=kind,
            server=server,
            match=match,
            times=times,
            status=status,
            retry_after=retry_after,
            seconds=seconds,
            after_bytes=max(0, after_bytes),
            location=location,
            bytes_per_second=bytes_per_second,
            id=next(self._ids),
        )
        with self._lock:
            self._rules.append(rule)
        return rule

    # Convenience spellings for the common cases.
    def fail_next(
        self,
        server: str,
        status: int = 503,
        times: int | None = 1,
        *,
        retry_after: int | None = None,
        match: str | None = None,
    ) -> FaultRule:
        return self.add(STATUS, server, status=status, times=times, retry_after=retry_after, match=match)

    def rate_limit_next(
        self, server: str, times: int | None = 1, *, retry_after: int | None = 2, match: str | None = None
    ) -> FaultRule:
        return self.add(STATUS, server, status=429, times=times, retry_after=retry_after, match=match)

    def delay(self, server: str, seconds: float, times: int | None = None, *, match: str | None = None) -> FaultRule:
        return self.add(DELAY, server, seconds=seconds, times=times, match=match)

    def ignore_range(self, server: str, times: int | None = None, *, match: str | None = None) -> FaultRule:
        return self.add(IGNORE_RANGE, server, times=times, match=match)

    def stall(
        self,
        server: str,
        *,
        after_bytes: int = 65536,
        seconds: float | None = None,
        times: int | None = 1,
        match: str | None = None,
    ) -> FaultRule:
        return self.add(STALL, server, after_bytes=after_bytes, seconds=seconds, times=times, match=match)

    def drop(self, server: str, *, after_bytes: int, times: int | None = 1, match: str | None = None) -> FaultRule:
        return self.add(DROP, server, after_bytes=after_bytes, times=times, match=match)

    def slow(
        self, server: str, bytes_per_second: int, times: int | None = None, *, match: str | None = None
    ) -> FaultRule:
        return self.add(SLOW, server, bytes_per_second=bytes_per_second, times=times, match=match)

    def wrong_range(self, server: str, times: int | None = None, *, match: str | None = None) -> FaultRule:
        return self.add(WRONG_RANGE, server, times=times, match=match)

    def wrong_bytes(self, server: str, times: int | None = None, *, match: str | None = None) -> FaultRule:
        return self.add(WRONG_BYTES, server, times=times, match=match)

    def no_length(self, server: str, times: int | None = None, *, match: str | None = None) -> FaultRule:
        return self.add(NO_LENGTH, server, times=times, match=match)

    def redirect(self, server: str, location: str, times: int | None = None, *, match: str | None = None) -> FaultRule:
        return self.add(REDIRECT, server, location=location, times=times, match=match)

    def take(self, kind: str, server: str, path_qs: str) -> FaultRule | None:
        """The first active rule of ``kind`` for this request; consumes one of its ``times``."""
        with self._lock:
            for rule in self._rules:
                if rule.kind == kind and rule.applies_to(server, path_qs):
                    rule.hits += 1
                    if rule.times is not None:
                        rule.times -= 1
                        if rule.times <= 0:
                            self._rules.remove(rule)
                    return rule
        return None

    def remove(self, rule_id: int) -> bool:
        with self._lock:
            before = len(self._rules)
            self._rules = [rule for rule in self._rules if rule.id != rule_id]
            return len(self._rules) != before

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)
