"""A record of every request each fake server received, so tests can assert on what the client sent.

The point is security and protocol assertions: "no Authorization reached the storage host", "the key was
sent as a header to the API host only", "the resume request carried Range and If-Range".
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RecordedRequest:
    server: str
    method: str
    path_qs: str
    headers: dict[str, str]
    """Header names as sent; repeated headers joined with ", "."""
    time: float = field(default_factory=time.time)

    @property
    def path(self) -> str:
        return self.path_qs.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        """Case-insensitive header lookup."""
        lowered = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lowered:
                return value
        return None

    def to_json(self) -> dict:
        return {
            "server": self.server,
            "method": self.method,
            "path_qs": self.path_qs,
            "headers": dict(self.headers),
            "time": self.time,
        }


class RequestLog:
    """Thread-safe, append-only list of requests to all servers (control endpoints excluded)."""

    def __init__(self) -> None:
        self._entries: list[RecordedRequest] = []
        self._lock = threading.Lock()

    def record(self, server: str, method: str, path_qs: str, headers) -> RecordedRequest:
        merged: dict[str, str] = {}
        for key, value in headers.items():
            merged[key] = f"{merged[key]}, {value}" if key in merged else value
        entry = RecordedRequest(server=server, method=method, path_qs=path_qs, headers=merged)
        with self._lock:
            self._entries.append(entry)
        return entry

    def entries(self, server: str | None = None, path_prefix: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            entries = list(self._entries)
        return [
            entry
            for entry in entries
            if (server is None or entry.server == server)
            and (path_prefix is None or entry.path_qs.startswith(path_prefix))
        ]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
