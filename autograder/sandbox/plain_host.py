"""The grader's side of the ``subprocess`` level: a fresh interpreter per piece of student
work, started with ``subprocess.Popen``, never forked.

This is the level for a student's own machine where the zygote cannot be had: macOS,
Windows, a Python without ``os.fork`` (see ``Isolation.gaps`` for what it does not
protect). ``PlainSandbox`` offers sessions what ``host.Sandbox`` does (``limits``,
``isolation``, ``spawn``, ``close``) and ``PlainChild`` what ``host.ChildProcess`` does
(``request``, ``cpu_seconds``, ``stop``, ``output``, ``answered``). Requests go down the child's stdin and
answers come up its stdout, in ``wire``'s frames; what the student prints comes up its
stderr, capped at ``output_bytes``. One thread per pipe moves the bytes, so the grader
waits on a queue with its own clock on every platform (``select`` cannot wait on a pipe
on Windows). When a call outruns its time the grader kills the child (and, on POSIX, its
process group); the child's answer to the next request never comes.
"""

from __future__ import annotations

import itertools
import os
import queue
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..course import Limits
from . import wire
from .cleanup import remove_tree
from .cputime import tree_seconds
from .host import ZYGOTE_ANSWER_SECONDS, ChildGone, Sandbox, SandboxError, sandbox_environment
from .isolation import Isolation, detect

CHUNK = 1 << 16
QUEUED_CHUNKS = 2048  # answer bytes read ahead of the grader: at most 128 MiB
OUTPUT_GRACE_SECONDS = 2.0  # how long a killed child's output pipe may take to close
ONE_BLAS_THREAD = {variable: "1" for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
CHILD_SCRIPT = "plain_child.py"


def open_sandbox(limits: Limits = Limits(), *, isolation: Isolation | None = None) -> Sandbox | PlainSandbox:
    """The sandbox of ``isolation`` (the strongest that works here when None): a zygote's,
    or at the ``subprocess`` level one that starts a fresh interpreter per child."""
    isolation = isolation or detect(tmp_mb=limits.scratch_mb)
    if isolation.level == "subprocess":
        return PlainSandbox(limits, isolation=isolation)
    return Sandbox(limits, isolation=isolation)


def _new_group() -> dict:
    """Popen options that put the child at the head of a process group of its own."""
    if os.name == "posix":
        return {"start_new_session": True}
    return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}


class PlainSandbox:
    """The scratch folder of the children at the ``subprocess`` level, and their start."""

    def __init__(self, limits: Limits = Limits(), *, isolation: Isolation):
        self.limits = limits
        self.isolation = isolation
        self.root = Path(tempfile.mkdtemp(prefix="nnkit-"))
        self._counter = itertools.count()
        self._stopping: list[PlainChild] = []  # killed, not yet waited for
        # The next child, started ahead: it loads NumPy while the grader gets ready (and, later,
        # while the one before it works), so a session need not wait for an interpreter to start.
        self._spare: PlainChild | None = self._start()

    def spawn(self) -> PlainChild:
        """A fresh interpreter for student code, with a scratch folder of its own, started ahead."""
        self.finish_stopped()
        child, self._spare = self._spare or self._start(), None
        self._spare = self._start()
        return child

    def _start(self) -> PlainChild:
        # A name of its own. (Unlike the zygote's children, an earlier child can read it here: at
        # this level it runs as the student and may do anything to their files anyway.)
        scratch = str(self.root / f"c{next(self._counter)}-{secrets.token_hex(8)}")
        marker = f"\x1enn-{secrets.token_hex(12)}:"
        command = [sys.executable, "-I", "-B", str(Path(self.isolation.script_dir) / CHILD_SCRIPT), scratch,
                   str(self.limits.memory_mb << 20), marker]  # fmt: skip
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
                env={**sandbox_environment(os.environ), **ONE_BLAS_THREAD}, cwd=str(self.root), **_new_group(),
            )  # fmt: skip
        except OSError as exc:
            raise SandboxError(f"could not start a Python process for student code: {exc}") from None
        return PlainChild(self, process, scratch, marker.encode())

    def stop_later(self, child: PlainChild) -> None:
        """Wait for a killed child and remove its files at the next spawn or close."""
        self._stopping.append(child)

    def finish_stopped(self) -> None:
        while self._stopping:
            self._stopping.pop().finish()

    def close(self) -> None:
        if self._spare is not None:
            self._spare.stop()
            self._spare = None
        self.finish_stopped()
        remove_tree(str(self.root))

    def __enter__(self) -> PlainSandbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class PlainChild:
    """One child process at the ``subprocess`` level: its three pipes, and how it ended."""

    def __init__(self, sandbox: PlainSandbox, process: subprocess.Popen, scratch: str, marker: bytes):
        self.sandbox = sandbox
        self.pid = process.pid
        self.scratch = scratch
        self.output = bytearray()
        self.collected = 0  # how much of output the session has credited to a module
        self.ending: dict | None = None
        self.answered = False  # set up and answering: from here on, how it ends is the student's doing
        self._process = process
        self._marker = marker
        self._ids = itertools.count(1)
        self._inbox = bytearray()
        self._answers: queue.Queue = queue.Queue(QUEUED_CHUNKS)  # chunks of the stdout pipe; b"" at its end
        self._requests: queue.Queue = queue.Queue()  # frames for the stdin pipe; None to close it
        self._stopped = threading.Event()
        self._printed = threading.Condition()  # guards the two below
        self._marked = 0  # the last request whose marker came through the output pipe
        self._output_ended = False
        for work in (self._read_answers, self._read_output, self._write_requests):
            threading.Thread(target=work, name=f"nnkit-child-{self.pid}{work.__name__}", daemon=True).start()

    # -- the three pipes, one thread each --------------------------------
    @staticmethod
    def _chunks(stream):
        """What comes through ``stream`` (one of the child's pipes), as it comes, until its end."""
        with stream:
            while True:
                try:
                    chunk = stream.read(CHUNK)
                except (OSError, ValueError):
                    return
                if not chunk:
                    return
                yield chunk

    def _read_answers(self) -> None:
        for chunk in itertools.chain(self._chunks(self._process.stdout), [b""]):  # b"": the pipe's end
            while not self._stopped.is_set():  # a grader that stopped listening takes nothing more
                try:
                    self._answers.put(chunk, timeout=0.5)
                    break
                except queue.Full:
                    continue
            if self._stopped.is_set():
                return

    def _read_output(self) -> None:
        pending = bytearray()
        for chunk in self._chunks(self._process.stderr):
            pending += chunk
            self._take_marks(pending)
        self._keep(pending)
        with self._printed:
            self._output_ended = True
            self._printed.notify_all()

    def _take_marks(self, pending: bytearray) -> None:
        """Keep what was printed in ``pending``, note the markers, and leave in it only what
        may be the start of a marker not yet all there."""
        size = len(self._marker) + wire.MARK_DIGITS
        while True:
            at = pending.find(self._marker)
            if at < 0 or len(pending) < at + size:
                cut = max(0, len(pending) - size + 1) if at < 0 else at
                self._keep(pending[:cut])
                del pending[:cut]
                return
            digits = bytes(pending[at + len(self._marker) : at + size])
            self._keep(pending[:at])
            del pending[: at + size]
            with self._printed:
                self._marked = int(digits) if digits.isdigit() else self._marked
                self._printed.notify_all()

    def _keep(self, data) -> None:
        """Keep what the child printed up to the output limit, drop the rest."""
        keep = max(0, self.sandbox.limits.output_bytes - len(self.output))
        self.output += data[:keep]

    def _write_requests(self) -> None:
        with self._process.stdin as stream:
            while True:
                data = self._requests.get()
                if data is None:
                    return
                view = memoryview(data)
                try:
                    while view:
                        view = view[stream.write(view) :]
                except (OSError, ValueError):  # the child is gone
                    return

    # -- what a session asks ------------------------------------------
    def _frame(self, deadline: float) -> bytearray:
        """The body of the next answer frame; TimeoutError past ``deadline``, ChildGone at the pipe's end."""
        while True:
            body = wire.take_frame(self._inbox)
            if body is not None:
                return body
            try:
                chunk = self._answers.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError from None
            if not chunk:
                raise ChildGone
            self._inbox += chunk

    def request(self, header: dict, arrays: list, timeout: float) -> tuple[dict, list]:
        """Send one request and wait for its reply; raises TimeoutError or ChildGone."""
        deadline = time.monotonic() + timeout
        header = dict(header, id=next(self._ids))
        self._requests.put(wire.pack(header, arrays, wire.REQUEST))
        reply, blobs = wire.unpack_body(self._frame(deadline))
        self.answered = True
        if reply.get("id") != header["id"]:  # a child answers each request once, in order
            raise wire.WireError("an answer to a request that was not asked")
        if reply.get("marked"):  # all that was printed before the answer is on its way: wait for it
            with self._printed:
                left = max(0.0, deadline - time.monotonic())
                if not self._printed.wait_for(lambda: self._marked >= header["id"] or self._output_ended, left):
                    raise TimeoutError
        return reply, blobs

    def cpu_seconds(self) -> float | None:
        """The CPU seconds this child has used so far, with all it started that stayed its
        descendant, read from outside it; None off Linux (see ``cputime``)."""
        return tree_seconds(self.pid)

    def stop(self, wait: bool = True) -> dict:
        """Kill the child, keep the last of its output; how it ended: ``{"exit": code}``,
        ``{"signal": number}``, or ``{}`` when not waited for (the sandbox finishes it later)."""
        if self.ending is None:
            self._kill()
            self._requests.put(None)
            if wait:
                self.ending = self.finish()
            else:
                self.ending = {}
                self.sandbox.stop_later(self)
        return self.ending

    def _kill(self) -> None:
        if os.name == "posix":  # the child heads a process group: what it started goes too
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            self._process.kill()
        except OSError:
            pass

    def finish(self) -> dict:
        """Wait for the killed child and its output, remove its files; how it ended."""
        try:
            code = self._process.wait(timeout=ZYGOTE_ANSWER_SECONDS)
        except subprocess.TimeoutExpired:
            code = None
        with self._printed:
            self._printed.wait_for(lambda: self._output_ended, OUTPUT_GRACE_SECONDS)
        self._stopped.set()
        remove_tree(self.scratch)
        if code is None:
            return {}
        return {"signal": -code} if code < 0 else {"exit": code}
