"""The grader's side of the sandbox processes: start the zygote, fork children through it,
talk to them, stop them.

``Sandbox`` owns one zygote (a clean interpreter that has imported NumPy and
nothing of the course, see ``zygote.py``) and forks a child from it for each
piece of student work. ``ChildProcess`` is the grader's handle on one such
child: its request socket, its output pipe, and how it ended. Values cross only
as plain data (see ``wire``); what a failure means for the student is decided
by ``session``.
"""

from __future__ import annotations

import itertools
import json
import os
import secrets
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..course import Limits
from . import wire
from .cleanup import remove_tree
from .isolation import Isolation, detect


@dataclass(frozen=True)
class SandboxUsage:
    """CPU seconds a sandbox's processes used so far: the children it reaped (the student's code,
    with the walls and the wire on its side), and the zygote itself with its clean-up processes."""

    children_seconds: float
    zygote_seconds: float
    children: int  # how many children were reaped


class ChildGone(Exception):
    """The child hung up: it exited, crashed or was killed."""


class SandboxError(RuntimeError):
    """The sandbox itself failed (not the student's code): grading cannot go on as is."""

    stops_grading = True  # never taken for a hint reader's own failure (see grading.compare.read_quietly)


ZYGOTE_ANSWER_SECONDS = 30.0  # the longest the zygote may take to fork or reap a child

# What of the grader's environment the sandbox keeps: nothing a student could read a secret
# from (tokens, paths, the grader's folder), only what the interpreter and NumPy's BLAS need.
KEPT_VARIABLES = ("LD_LIBRARY_PATH", "SYSTEMROOT")
KEPT_PREFIXES = ("OPENBLAS_", "GOTO", "OMP_", "MKL_", "NPY_")


def sandbox_environment(environ) -> dict:
    """The zygote's environment: fixed basics, plus the BLAS settings some processors need
    for right answers (OPENBLAS_CORETYPE, say); never the grader's other variables."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.update({k: v for k, v in environ.items() if k in KEPT_VARIABLES or k.startswith(KEPT_PREFIXES)})
    return env


def _not_dumpable() -> None:
    try:
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE
    except (OSError, AttributeError):
        pass  # not Linux: nothing of the kind to guard


class Sandbox:
    """A zygote and the scratch folder its children work in."""

    def __init__(self, limits: Limits = Limits(), *, isolation: Isolation | None = None,
                 answer_seconds: float = ZYGOTE_ANSWER_SECONDS):  # fmt: skip
        self.limits = limits
        self.answer_seconds = answer_seconds
        self.isolation = isolation or detect(tmp_mb=limits.scratch_mb)
        # Inside bubblewrap the scratch lives on the sandbox's own /tmp; otherwise here.
        self._own_root = self.isolation.scratch_root is None
        self.root = Path(tempfile.mkdtemp(prefix="nnkit-") if self._own_root else self.isolation.scratch_root)
        if self._own_root and self.isolation.uid_mode == "own":
            os.chmod(self.root, 0o711)  # children of other users may enter, not list
        if self.isolation.level == "none" and self.isolation.uid_mode != "own":
            # Children share our user and see our /proc: they must not open our memory.
            _not_dumpable()
        self._counter = itertools.count()
        self._proc: subprocess.Popen | None = None
        self._control: socket.socket | None = None
        self._start()  # NumPy loads in the zygote while the grader gets ready

    # -- zygote -------------------------------------------------------------
    def _start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        script = f"{self.isolation.script_dir}/zygote.py"
        self._proc = subprocess.Popen(
            [*self.isolation.prefix, sys.executable, "-I", "-B", script, str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=sandbox_environment(os.environ),
            cwd="/",
            start_new_session=True,
        )
        theirs.close()
        ours.settimeout(self.answer_seconds)
        self._control = ours

    def _ask(self, request: dict, fds: list[int] = ()) -> dict:
        """Send the zygote one request and wait, at most ``answer_seconds``, for its answer.

        A zygote that died, or hangs, is killed and started again once."""
        for attempt in range(2):
            if self._control is None:
                self._start()
            try:
                socket.send_fds(self._control, [json.dumps(request).encode()], list(fds))
                reply = self._control.recv(1 << 16)  # a timeout is an OSError too
                if reply:
                    return json.loads(reply)
            except (OSError, ValueError):
                pass
            self._stop_zygote()
        raise SandboxError("the sandbox's zygote could not be started, or stopped answering")

    def _stop_zygote(self) -> None:
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._proc is not None:
            try:
                os.killpg(self._proc.pid, signal.SIGKILL)
            except OSError:
                pass
            try:
                self._proc.wait(timeout=self.answer_seconds)
            except subprocess.TimeoutExpired:
                pass  # killed, but not yet gone: nothing of it answers any more
            self._proc = None

    def spawn(self) -> "ChildProcess":
        """Have the zygote fork a fresh child, walled in, with a scratch folder of its own."""
        rpc_ours, rpc_theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        out_read, out_write = os.pipe()
        # unpredictable, so no earlier child can prepare a folder for a later one
        scratch = str(self.root / f"c{next(self._counter)}-{secrets.token_hex(8)}")
        try:
            reply = self._ask(
                {
                    "op": "spawn",
                    "scratch": scratch,
                    "memory_bytes": self.limits.memory_mb << 20,
                    "processes": self.limits.processes,
                    "scratch_bytes": self.limits.scratch_mb << 20,
                    "uid": self.isolation.new_uid(),
                    **self.isolation.child_config(),
                },
                [rpc_theirs.fileno(), out_write],
            )
        finally:
            rpc_theirs.close()
            os.close(out_write)
        os.set_blocking(out_read, False)
        return ChildProcess(self, reply["pid"], rpc_ours, out_read, scratch)

    def reap(self, pid: int, *, wait: bool = True) -> dict:
        """Kill a child and clean up after it (the zygote knows its scratch folder); how it
        ended. ``wait=False`` does not wait for the zygote to finish (nor learn how the child
        ended), which keeps it off the grading path."""
        request = {"op": "reap", "pid": pid}
        if wait:
            return self._ask(request)
        request["quiet"] = True
        try:
            socket.send_fds(self._control, [json.dumps(request).encode()], [])
        except (OSError, AttributeError):
            pass  # no zygote: nothing of it is left to clean
        return {}

    def cpu_seconds(self, pid: int) -> float | None:
        """The CPU seconds the live child ``pid`` has used so far, with all it started, read by
        the zygote from outside it (see ``cputime``); None where they cannot be read."""
        return self._ask({"op": "cpu", "pid": pid}).get("seconds")

    def usage(self) -> SandboxUsage:
        """What the zygote and the children it reaped have used so far (asked after the reaps
        already sent, which the zygote answers in order)."""
        reply = self._ask({"op": "usage"})
        return SandboxUsage(reply["children_seconds"], reply["zygote_seconds"], reply["children"])

    def close(self) -> None:
        self._stop_zygote()
        if self._own_root:
            remove_tree(str(self.root))

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ChildProcess:
    """One forked child: its socket, its output pipe, and how it ended."""

    def __init__(self, sandbox: Sandbox, pid: int, sock: socket.socket, out_fd: int, scratch: str):
        self.sandbox = sandbox
        self.pid = pid
        self.sock = sock
        self.out_fd = out_fd
        self.scratch = scratch
        self.output = bytearray()
        self.collected = 0  # how much of output the session has credited to a module
        self.ending: dict | None = None
        self.answered = False  # set up and answering: from here on, how it ends is the student's doing
        self._ids = itertools.count(1)
        self._inbox = bytearray()
        # recv(n) would allocate n bytes at every call; one reusable buffer does not
        self._receive_buffer = bytearray(1 << 16)
        self._receive_view = memoryview(self._receive_buffer)
        sock.setblocking(False)  # the grader waits with select, under its own clock

    def _drain(self) -> None:
        """Read what the child printed so far; keep it up to the output limit, drop the rest."""
        cap = self.sandbox.limits.output_bytes
        while self.out_fd >= 0:
            try:
                chunk = os.read(self.out_fd, 1 << 16)
            except OSError:  # nothing more for now (BlockingIOError), or the pipe is gone
                return
            if not chunk:
                return
            keep = max(0, cap - len(self.output))
            self.output += chunk[:keep]

    def _wait(self, deadline: float, *, write: bool = False) -> None:
        """Wait until the socket can be read (or written), draining output meanwhile."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            readers = [self.out_fd] if write else [self.sock, self.out_fd]
            ready, writable, _ = select.select(readers, [self.sock] if write else [], [], left)
            if self.out_fd in ready:
                self._drain()
            if writable or self.sock in ready:
                return

    def _send(self, data: bytes, deadline: float) -> None:
        view, sent = memoryview(data), 0
        while sent < len(data):
            try:
                sent += self.sock.send(view[sent:])
            except BlockingIOError:
                self._wait(deadline, write=True)

    def _frame(self, deadline: float) -> bytearray:
        """The body of the next frame, reading as much as is there at each wake-up.

        Every read follows a wait on both the socket and the output pipe, so what
        the child printed before it answered has been drained when the answer is read.
        """
        while True:
            body = wire.take_frame(self._inbox)
            if body is not None:
                return body
            self._wait(deadline)
            try:
                count = self.sock.recv_into(self._receive_buffer)
            except BlockingIOError:
                continue
            if not count:
                raise ChildGone
            self._inbox += self._receive_view[:count]

    def request(self, header: dict, arrays: list, timeout: float) -> tuple[dict, list]:
        """Send one request and wait for its reply; raises TimeoutError or ChildGone."""
        deadline = time.monotonic() + timeout
        header = dict(header, id=next(self._ids))
        try:
            self._send(wire.pack(header, arrays, wire.REQUEST), deadline)
            reply, blobs = wire.unpack_body(self._frame(deadline))
            self.answered = True
            if reply.get("id") != header["id"]:  # a child answers each request once, in order
                raise wire.WireError("an answer to a request that was not asked")
            return reply, blobs
        except (BrokenPipeError, ConnectionResetError):
            raise ChildGone from None

    def cpu_seconds(self) -> float | None:
        """The CPU seconds this child has used so far, read from outside it (see ``Sandbox.cpu_seconds``)."""
        return self.sandbox.cpu_seconds(self.pid)

    def stop(self, wait: bool = True) -> dict:
        """Kill the child, keep the last of its output; how it ended: ``{"exit": code}``,
        ``{"signal": number}``, or ``{}`` when not waited for (see ``Sandbox.reap``)."""
        if self.ending is None:
            self._drain()
            self.sock.close()
            self.ending = self.sandbox.reap(self.pid, wait=wait)
            self._drain()
            os.close(self.out_fd)
            self.out_fd = -1
        return self.ending
