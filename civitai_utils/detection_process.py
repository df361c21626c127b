"""ComfyUI's side of the detection worker (see `detection_child`): start it, ask it, bound it, restart it.

The calling thread (the CPU lane) mostly waits on a pipe, which releases the GIL; what it still does in
ComfyUI is read the node definitions of the workflow's types (cached) and the folders' lists. A request
that takes longer than `time_limit` has its worker killed and answers with a sentence; the next request
starts a fresh one. Where no worker can be started (a frozen or embedded Python), detection runs in the
calling thread as before.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import subprocess
import sys
import threading
from pathlib import Path

from ..pipeline.shapes.comfy_facts import ComfyFacts
from ..pipeline.shapes.json_body import BadJson
from .detection_child import ANSWER, DETECT, FAILED, NODE_TYPES, READ, REFUSED, read_frame, write_frame

log = logging.getLogger("civitai_sidebar")
CHILD_SCRIPT = Path(__file__).with_name("detection_child.py")
TIME_LIMIT_SECONDS = 60.0
KEPT_BY_WORKER = ("inventory", "installed_node_types")  # big, and rarely changed between two requests


class DetectionFailed(Exception):
    """The workflow could not be read (too slow, or the worker failed); the message says which."""


class _WorkerGone(Exception):
    """The worker's pipe broke before it answered: it had died or was killed."""


class DetectionProcess:
    """One worker process for reading workflows, used by one request at a time."""

    def __init__(self, job: str, time_limit: float = TIME_LIMIT_SECONDS) -> None:
        """`job`: the pack's module (dotted, from the pack) whose DetectionSteps the worker runs."""
        self.job = job
        self.time_limit = time_limit
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._sent: dict = {}  # the lists the running worker holds (see KEPT_BY_WORKER)
        self._unavailable = bool(getattr(sys, "frozen", False)) or not sys.executable

    def detect(self, raw: bytes, facts: ComfyFacts) -> tuple[bool, bytes | dict]:
        """(whether sources were asked for, the answer): JSON bytes from the worker, or a dict without one.

        A worker found dead (killed, crashed) is replaced and asked once more. Raises BadJson for a body that
        is not a /civitai/missing request, DetectionFailed when reading it fails."""
        with self._lock:
            for attempt in (1, 2):
                process = self._running()
                if process is None:  # the job's own in-process form
                    pack = __name__.rsplit(".", 2)[0]
                    return importlib.import_module(f"{pack}.{self.job}").detect_body(raw, facts)
                try:
                    return self._ask_in_time(process, raw, facts)
                except _WorkerGone:
                    self._discard()
                    if attempt == 2:
                        raise DetectionFailed("the workflow reader stopped unexpectedly; try again") from None
            raise AssertionError("unreachable")

    def start(self) -> None:
        """Start the worker now (at ComfyUI's start-up), so no request waits for its start or its imports."""
        with self._lock:
            self._running()

    def close(self) -> None:
        with self._lock:
            self._discard()

    def _ask_in_time(self, process: subprocess.Popen, raw: bytes, facts: ComfyFacts) -> tuple[bool, bytes]:
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            process.kill()

        watchdog = threading.Timer(self.time_limit, expire)
        watchdog.daemon = True
        watchdog.start()
        try:
            return self._ask(process, raw, facts)
        except (OSError, EOFError):
            if not expired.is_set():
                raise _WorkerGone from None
            self._discard()
            raise DetectionFailed(
                f"reading this workflow took longer than {self.time_limit:g} s and was stopped"
            ) from None
        finally:
            watchdog.cancel()

    def _ask(self, process: subprocess.Popen, raw: bytes, facts: ComfyFacts) -> tuple[bool, bytes]:
        tag, content = self._exchange(process, READ, raw)
        if tag == REFUSED:
            raise BadJson(json.loads(content))
        if tag != NODE_TYPES:
            raise self._failure(tag, content)
        first = json.loads(content)
        state = facts.state_for(first["node_types"])
        told = {**vars(state), "installed_node_types": sorted(state.installed_node_types)}
        for name in KEPT_BY_WORKER:
            unchanged = told[name] == self._sent.get(name)  # the same str objects as last time: cheap to compare
            self._sent[name] = told[name]
            if unchanged:
                told[name] = None
        tag, content = self._exchange(process, DETECT, json.dumps(told, default=str).encode())
        if tag != ANSWER:
            self._sent = {}  # send the lists again next time, whatever the worker kept
            raise self._failure(tag, content)
        return first["sources"], content

    @staticmethod
    def _exchange(process: subprocess.Popen, step: bytes, content: bytes) -> tuple[bytes, bytes]:
        write_frame(process.stdin, step + content)
        reply = read_frame(process.stdout)
        if not reply:
            raise EOFError("the detection worker closed its pipe")
        return reply[:1], reply[1:]

    @staticmethod
    def _failure(tag: bytes, content: bytes) -> DetectionFailed:
        reason = json.loads(content) if tag == FAILED else f"unexpected reply {tag!r}"
        log.warning("[Civitai Sidebar] reading a workflow failed: %s", reason)
        return DetectionFailed(f"this workflow could not be read ({reason})")

    def _running(self) -> subprocess.Popen | None:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._discard()
        if self._unavailable:
            return None
        try:
            self._process = subprocess.Popen(
                [sys.executable, str(CHILD_SCRIPT), self.job],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                cwd=str(CHILD_SCRIPT.parent),
                # Windows: no console window, and ComfyUI's own threads first when the CPUs are busy.
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)
                | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),
            )
        except OSError as error:
            log.warning("[Civitai Sidebar] no detection worker (%s); workflows are read in ComfyUI", error)
            self._unavailable = True
            return None
        return self._process

    def _discard(self) -> None:
        process, self._process = self._process, None
        self._sent = {}
        if process is None:
            return
        for pipe in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                pipe.close()
        if process.poll() is None:
            process.kill()
        process.wait()
