"""The worker process that reads workflows for /civitai/missing, so ComfyUI's event loop never waits on it.

Reading a graph is pure-Python work that holds the GIL: on a thread inside ComfyUI, every time the loop
wanted the GIL back it waited up to a switch interval (5 ms), many times per request, and /system_stats
took 90–110 ms at p99 while six clients sent a 167 KiB graph. In a process of its own the work competes
with nothing in ComfyUI.

`DetectionProcess` runs this file as a script. Frames on stdin/stdout are a length header, a tag byte and
JSON (nothing is unpickled on either side); the answer's JSON goes on to the browser as it is. One request
at a time, in two steps: READ a body (answering its node types), then DETECT with what ComfyUI knows of
those types; the folders' lists and the installed node types are sent only when they changed (the index
of the lists is kept).
"""

from __future__ import annotations

import json
import os
import struct
import sys
import types
from pathlib import Path
from typing import BinaryIO

HEADER = struct.Struct(">Q")
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


def serve(requests: BinaryIO, replies: BinaryIO) -> None:
    _pack_as("civitai_sidebar_pack")
    from civitai_sidebar_pack.pipeline.shapes.comfy_facts import ComfyState
    from civitai_sidebar_pack.pipeline.shapes.json_body import BadJson, parse_body
    from civitai_sidebar_pack.pipeline.shapes.route_schemas import MissingRequest
    from civitai_sidebar_pack.pipeline.workflows.detection import detect_in, needed_node_types
    from civitai_sidebar_pack.pipeline.workflows.presence import IndexedInventory

    workflow, kept, indexed = None, {"inventory": {}, "installed_node_types": []}, IndexedInventory({})
    while (frame := read_frame(requests)) is not None:
        step, content = frame[:1], frame[1:]
        try:
            if step == READ:
                workflow = None
                try:
                    body = parse_body(content, MissingRequest)
                except BadJson as refused:
                    _reply(replies, REFUSED, str(refused))
                    continue
                workflow = body.workflow
                _reply(replies, NODE_TYPES, {"sources": body.sources, "node_types": needed_node_types(workflow)})
            elif step == DETECT and workflow is not None:
                told = json.loads(content)
                for name, value in told.items():
                    if name in kept and value is None:  # None: the same as last time
                        told[name] = kept[name]
                    elif name in kept:
                        kept[name] = value
                        if name == "inventory":
                            indexed = IndexedInventory(value)
                told["installed_node_types"] = set(told["installed_node_types"])
                answer = detect_in(workflow, ComfyState(**told), indexed)
                workflow = None
                _reply(replies, ANSWER, answer)
            else:
                _reply(replies, FAILED, f"unexpected step {step!r}")
        except Exception as error:  # a bug must cost this request, not the worker
            workflow = None
            _reply(replies, FAILED, f"{type(error).__name__}: {error}")


def main() -> None:
    if hasattr(os, "nice"):  # when the CPUs are busy, ComfyUI's own threads go first (Windows: see the parent)
        os.nice(WORKER_NICENESS)
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the frames
    serve(requests, replies)


if __name__ == "__main__":
    main()
