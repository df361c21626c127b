"""The worker process that reads workflows for /civitai/missing, so ComfyUI's event loop never waits on it.

Reading a graph is pure-Python work that holds the GIL: on a thread inside ComfyUI, every time the loop
wanted the GIL back it waited up to a switch interval (5 ms), many times per request, and /system_stats
took 90–110 ms at p99 while six clients sent a 167 KiB graph. In a process of its own the work competes
with nothing in ComfyUI.

`DetectionProcess` runs this file as a script, naming the job (the module whose `DetectionSteps` does the
reading: pipeline logic this file never imports). Frames on stdin/stdout are a length header, a tag byte and
JSON (nothing is unpickled on either side); the answer's JSON goes on to the browser as it is. One request
at a time, in two steps: READ a body (answering its node types), then DETECT with what ComfyUI knows of
those types; the folders' lists and the installed node types are sent only when they changed (the index
of the lists is kept).
"""

from __future__ import annotations

import importlib
import json
import os
import struct
import sys
import types
from pathlib import Path
from typing import BinaryIO

HEADER = struct.Struct(">Q")
PACKAGE = "civitai_sidebar_pack"
WORKER_NICENESS = 10


def read_frame(stream: BinaryIO) -> bytes | None:
    """One frame's payload; None at the end of the stream (the other side has gone)."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    payload = stream.read(size)
    return payload if len(payload) == size else None


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    stream.write(HEADER.pack(len(payload)))
    stream.write(payload)
    stream.flush()


# The first byte of a frame says what follows: the request body as sent, or JSON.
READ, DETECT = b"W", b"D"
NODE_TYPES, REFUSED, ANSWER, FAILED = b"T", b"R", b"A", b"F"


def _reply(stream: BinaryIO, tag: bytes, content: object) -> None:
    write_frame(stream, tag + json.dumps(content).encode())


def _pack_as(name: str) -> None:
    """Make the pack's folder importable as package `name` without running its `__init__` (ComfyUI's entry)."""
    package = types.ModuleType(name)
    package.__path__ = [str(Path(__file__).resolve().parents[1])]
    sys.modules[name] = package


def serve(requests: BinaryIO, replies: BinaryIO, job: str) -> None:
    """Answer frames with `job`'s DetectionSteps (a module of the pack, named by the services builder)."""
    _pack_as(PACKAGE)
    from civitai_sidebar_pack.pipeline.shapes.json_body import BadJson

    steps = importlib.import_module(f"{PACKAGE}.{job}").DetectionSteps()
    while (frame := read_frame(requests)) is not None:
        step, content = frame[:1], frame[1:]
        try:
            if step == READ:
                try:
                    _reply(replies, NODE_TYPES, steps.read(content))
                except BadJson as refused:
                    _reply(replies, REFUSED, str(refused))
            elif step == DETECT:
                _reply(replies, ANSWER, steps.detect(json.loads(content)))
            else:
                _reply(replies, FAILED, f"unexpected step {step!r}")
        except Exception as error:  # a bug must cost this request, not the worker
            steps.forget()
            _reply(replies, FAILED, f"{type(error).__name__}: {error}")


def main() -> None:
    if hasattr(os, "nice"):  # when the CPUs are busy, ComfyUI's own threads go first (Windows: see the parent)
        os.nice(WORKER_NICENESS)
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the frames
    serve(requests, replies, job=sys.argv[1])


if __name__ == "__main__":
    main()
