"""Which bytes of a segmented download are written, being fetched, or still to fetch.

Pieces are handed out in file order, so the bytes written from the start of the file (the prefix the SHA-256
can take in) keep growing while several connections run. A connection with nothing left to take splits the
piece with the most bytes still to come and fetches its second half (work stealing), so one slow connection
never carries the tail alone. Pure bookkeeping: no I/O, one event loop.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

MIN_SPLIT_BYTES = 1024 * 1024  # a piece is split only when both halves keep at least this much


@dataclass(eq=False)
class Piece:
    start: int
    end: int  # exclusive; shrinks when another connection takes the tail
    position: int  # the next byte this connection expects

    @property
    def left(self) -> int:
        return max(0, self.end - self.position)


class ByteRanges:
    """Disjoint, sorted, merged [start, end) ranges."""

    def __init__(self, ranges: list[tuple[int, int]] | None = None):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(ranges or []):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        i = bisect.bisect_left(self._ends, start)  # first range that ends at or after `start`
        j = i
        while j < len(self._starts) and self._starts[j] <= end:
            start, end = min(start, self._starts[j]), max(end, self._ends[j])
            j += 1
        self._starts[i:j], self._ends[i:j] = [start], [end]

    def take_first(self, size: int, before: int) -> tuple[int, int] | None:
        """Remove and return up to `size` bytes from the lowest range, if it starts before `before`."""
        if not self._starts or self._starts[0] >= before:
            return None
        start = self._starts[0]
        end = min(self._ends[0], start + size)
        if end == self._ends[0]:
            del self._starts[0], self._ends[0]
        else:
            self._starts[0] = end
        return start, end

    def take_exactly(self, start: int, end: int) -> bool:
        """Remove [start, end) if one range begins at `start` and covers it."""
        i = bisect.bisect_left(self._starts, start)
        if i == len(self._starts) or self._starts[i] != start or self._ends[i] < end:
            return False
        if self._ends[i] == end:
            del self._starts[i], self._ends[i]
        else:
            self._starts[i] = end
        return True

    def prefix_end(self) -> int:
        """Where the range starting at 0 ends (0 when none does)."""
        return self._ends[0] if self._starts and self._starts[0] == 0 else 0

    def total(self) -> int:
        return sum(e - s for s, e in zip(self._starts, self._ends, strict=True))

    def as_list(self) -> list[list[int]]:
        return [[s, e] for s, e in zip(self._starts, self._ends, strict=True)]

    def __bool__(self) -> bool:
        return bool(self._starts)


def complement(done: ByteRanges, total: int) -> ByteRanges:
    todo, at = ByteRanges(), 0
    for start, end in done.as_list():
        todo.add(at, start)
        at = end
    todo.add(at, total)
    return todo


class SegmentPlan:
    def __init__(self, total: int, done: list[list[int]] | None = None):
        self.total = total
        self.done = ByteRanges([(int(s), int(e)) for s, e in done or [] if 0 <= int(s) < int(e) <= total])
        self.todo = complement(self.done, total)
        self.active: list[Piece] = []
        self.obtained = self.done.total()  # bytes written or received so far: what progress shows

    def claim(self, size: int, window_end: int) -> Piece | None:
        """The next bytes in file order, up to `size`, if they start before `window_end`."""
        taken = self.todo.take_first(size, window_end)
        if taken is None:
            return None
        piece = Piece(taken[0], taken[1], taken[0])
        self.active.append(piece)
        return piece

    def extend(self, piece: Piece, size: int) -> bool:
        """Let a connection that streams on take the bytes right after its piece, if nobody has them."""
        after = piece.end
        for length in (size, MIN_SPLIT_BYTES):
            if self.todo.take_exactly(after, min(after + length, self.total)):
                piece.end = min(after + length, self.total)
                return True
        return False

    def steal(self) -> Piece | None:
        """Split the piece with the most bytes to come; the new connection takes its second half."""
        victim = max(self.active, key=lambda p: p.left, default=None)
        if victim is None or victim.left < 2 * MIN_SPLIT_BYTES:
            return None
        middle = victim.position + victim.left // 2
        piece = Piece(middle, victim.end, middle)
        victim.end = middle
        self.active.append(piece)
        return piece

    def written(self, start: int, end: int) -> None:
        self.done.add(start, end)

    def release(self, piece: Piece) -> None:
        """The connection stopped (finished, failed or cancelled): what it did not receive goes back."""
        if piece in self.active:
            self.active.remove(piece)
        if piece.position < piece.end:
            self.todo.add(piece.position, piece.end)

    @property
    def prefix_end(self) -> int:
        return self.done.prefix_end()

    @property
    def complete(self) -> bool:
        return self.prefix_end >= self.total
