"""The grader's side of the sandbox: start children, talk to them, stop them.

``Sandbox`` owns one zygote (a clean interpreter that has imported NumPy and
nothing of the course) and forks a child from it for each piece of student
work. ``Session`` holds one submission's modules in such a child and turns
every failure of student code (exception, exit, crash, timeout, missing name)
into a ``StudentError`` with a message meant for the student. Values cross
only as plain data (see ``wire``).
"""

from __future__ import annotations

import itertools
import json
import re
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

import numpy as np

from ..submission import meant_for
from . import wire
from .cleanup import remove_tree
from .isolation import Isolation, detect


@dataclass(frozen=True)
class Limits:
    """Resource limits for student code; ``course.toml`` [limits] sets them."""

    call_timeout: float = 10.0  # seconds for one call into student code, or for one batch of quick calls
    submission_timeout: float = 300.0  # seconds for all calls of one submission
    memory_mb: int = 1024  # address space of one child
    output_bytes: int = 64 * 1024  # what is kept of a child's stdout and stderr
    processes: int = 1  # 1: student code may not start processes
    scratch_mb: int = 64  # size of the private /tmp under bubblewrap


class StudentError(Exception):
    """Student code failed: the test gets status ``error`` and this message."""

    status = "error"

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail


class StudentTimeout(StudentError):
    status = "timeout"


class StudentTooSlow(StudentTimeout):
    """A call outran the shorter time its check allowed it (``within=``), not a limit:
    the check decides what that means (too slow to be vectorised, say)."""


class Budget:
    """The wall-clock time left for one submission, shared by its sessions."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


class _ChildGone(Exception):
    pass


class SandboxError(RuntimeError):
    """The sandbox itself failed (not the student's code): grading cannot go on as is."""


ZYGOTE_ANSWER_SECONDS = 30.0  # the longest the zygote may take to fork or reap a child
SETUP_FAILED = 121  # child.py's exit code when it could not wall a child in
ERROR_TYPE_CHARS, ERROR_TEXT_CHARS = 200, 4000  # what is kept of an error a child reports


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
        script = f"{self.isolation.script_dir}/child.py"
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

    def spawn(self) -> "_Child":
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
        return _Child(self, reply["pid"], rpc_ours, out_read, scratch)

    def reap(self, pid: int, scratch: str, *, wait: bool = True) -> dict:
        """Kill a child and clean up after it; ``wait=False`` does not wait for the zygote
        to finish (nor learn how the child ended), which keeps it off the grading path."""
        request = {"op": "reap", "pid": pid}
        if wait:
            return self._ask(request)
        request["quiet"] = True
        try:
            socket.send_fds(self._control, [json.dumps(request).encode()], [])
        except (OSError, AttributeError):
            pass  # no zygote: nothing of it is left to clean
        return {}

    def close(self) -> None:
        self._stop_zygote()
        if self._own_root:
            remove_tree(str(self.root))

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Child:
    """One forked child: its socket, its output pipe, and how it ended."""

    def __init__(self, sandbox: Sandbox, pid: int, sock: socket.socket, out_fd: int, scratch: str):
        self.sandbox = sandbox
        self.pid = pid
        self.sock = sock
        self.out_fd = out_fd
        self.scratch = scratch
        self.output = bytearray()
        self.collected = 0  # how much of output the session has credited to a module
        self.dropped = 0
        self.ending: dict | None = None
        self.answered = False  # set up and answering: from here on, how it ends is the student's doing
        self._ids = itertools.count(1)
        self._inbox = bytearray()
        # recv(n) would allocate n bytes at every call; one reusable buffer does not
        self._scratch = bytearray(1 << 16)
        self._scratch_view = memoryview(self._scratch)
        sock.setblocking(False)  # the grader waits with select, under its own clock

    def _drain(self) -> None:
        cap = self.sandbox.limits.output_bytes
        while self.out_fd >= 0:
            try:
                chunk = os.read(self.out_fd, 1 << 16)
            except BlockingIOError:
                return
            except OSError:
                return
            if not chunk:
                return
            keep = max(0, cap - len(self.output))
            self.output += chunk[:keep]
            self.dropped += len(chunk) - min(keep, len(chunk))

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
                count = self.sock.recv_into(self._scratch)
            except BlockingIOError:
                continue
            if not count:
                raise _ChildGone
            self._inbox += self._scratch_view[:count]

    def request(self, header: dict, arrays: list, timeout: float) -> tuple[dict, list]:
        """Send one request and wait for its reply; raises TimeoutError or _ChildGone."""
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
            raise _ChildGone from None

    def stop(self, wait: bool = True) -> dict:
        if self.ending is None:
            self._drain()
            self.sock.close()
            self.ending = self.sandbox.reap(self.pid, self.scratch, wait=wait)
            self._drain()
            os.close(self.out_fd)
            self.out_fd = -1
        return self.ending


def _where(detail: str) -> str:
    """`` (line 2 of loss.py: x = undefined + 1)``: the last line of the student's own files
    in a traceback, so an error at import says where it happened."""
    frames = re.findall(r'File "([^"]+)", line (\d+), in [^\n]*(?:\n {4}(.*))?', detail)
    if not frames:
        return ""
    name, line, code = frames[-1]
    return f" (line {line} of {name}" + (f": {code.strip()[:120]})" if code.strip() else ")")


def _describe_ending(ending: dict) -> str:
    if "signal" in ending:
        try:
            name = signal.Signals(ending["signal"]).name
        except ValueError:
            name = f"signal {ending['signal']}"
        return f"crashed ({name})"
    if "exit" in ending:
        return f"ended the process (exit code {ending['exit']})"
    return "ended the process"


class Session:
    """One submission's modules, loaded into a child on first use.

    A child that dies (exit, crash, timeout) is replaced by a fresh one at the
    next request, so one bad call costs one test, not the exercise. Import
    failures are remembered: a module that does not import is not retried.
    """

    def __init__(self, sandbox: Sandbox, files: dict[str, str], budget: Budget | None = None):
        self.sandbox = sandbox
        self.files = dict(files)
        self.budget = budget or Budget(sandbox.limits.submission_timeout)
        self.generation = 0
        self.last_elapsed = 0.0
        self._child: _Child | None = None
        self._imported: set[str] = set()
        self._import_errors: dict[str, StudentError] = {}
        self._slow: set[str] = set()  # targets that ran out of time once
        self.output = bytearray()  # everything the children printed, up to the limit
        self.printed: dict[str, bytearray] = {}  # the same, by the module whose request printed it
        self._speaking: str | None = None  # the module of the request under way

    def module(self, name: str) -> "RemoteModule":
        return RemoteModule(self, name)

    def ran_out_of_time(self, module: str, name: str) -> bool:
        """Whether ``name`` of ``module`` (a function, or a method of an object the module
        made) was stopped for running out of time in an earlier call."""
        return f"{module}:{name}" in self._slow

    # -- lifecycle -------------------------------------------------------
    def _fresh_child(self) -> _Child:
        if self._child is None:
            self._child = self.sandbox.spawn()
            self._imported = set()
            self._raw(self._child, {"op": "load", "files": self.files}, [], "loading your files")
        return self._child

    def _retire(self, wait: bool = True) -> dict:
        child, self._child = self._child, None
        self.generation += 1  # objects held by that child are gone with it
        ending = child.stop(wait)
        self._collect(child)
        return ending

    def _collect(self, child: _Child) -> None:
        """Credit what the child printed since last time to the module of the request under way
        (the output is drained while waiting for each answer, and when the child stops)."""
        fresh = child.output[child.collected :]
        child.collected = len(child.output)
        if not fresh:
            return
        fresh = fresh[: max(0, self.sandbox.limits.output_bytes - len(self.output))]
        self.output += fresh
        self.printed.setdefault(self._speaking or "", bytearray()).extend(fresh)

    def close(self, wait: bool = True) -> None:
        """Stop the child; ``wait=False`` leaves the killing and cleaning to the zygote."""
        if self._child is not None:
            self._retire(wait)

    # -- requests --------------------------------------------------------
    def _timeout(self) -> float:
        left = self.budget.remaining()
        if left <= 0:
            raise StudentTimeout(
                f"the time limit for the whole submission ({self.budget.seconds:g} s) was used up "
                "before this test could run"
            )
        return min(self.sandbox.limits.call_timeout, left)

    def _raw(self, child: _Child, header: dict, arrays: list, label: str, slow_key: str = "",
             module: str | None = None, within: float | None = None):  # fmt: skip
        # A function that already ran out of time once gets a shorter leash: a loop
        # that never ends should not cost the full limit in every test that calls it.
        slow_key = slow_key or label
        self._speaking = module
        timeout = self._timeout()
        budget_bound = timeout < self.sandbox.limits.call_timeout
        if slow_key in self._slow:
            timeout = min(timeout, max(1.0, self.sandbox.limits.call_timeout / 5))
        shortened = not budget_bound and timeout < self.sandbox.limits.call_timeout
        capped = within is not None and within < timeout
        timeout = within if capped else timeout
        started = time.monotonic()
        try:
            reply, blobs = child.request(header, arrays, timeout)
        except TimeoutError:
            self._retire()
            if capped:
                raise StudentTooSlow(f"{label} did not finish within {timeout:.3g} s and was stopped") from None
            self._slow.add(slow_key)
            if shortened:
                limit = "allowed after it ran out of time in an earlier test"
            else:
                limit = "left for the submission" if budget_bound else "per call"
            advice = "look for a loop that never ends"
            if label.startswith("importing "):
                advice += ', or for code at the top of the file that belongs under if __name__ == "__main__":'
            raise StudentTimeout(
                f"{label} did not finish within {timeout:.3g} s (the time {limit}) and was stopped; {advice}"
            ) from None
        except (_ChildGone, wire.WireError) as exc:
            ending = self._retire()
            if not child.answered and ending.get("exit") == SETUP_FAILED:
                said = child.output.decode("utf-8", "replace").strip()[-2000:]
                raise SandboxError(f"the sandbox could not wall in a child for student code:\n{said}") from None
            what = _describe_ending(ending) if isinstance(exc, _ChildGone) else "sent back garbled data"
            doing = label if label.startswith("importing ") else f"running {label}"
            raise StudentError(f"while {doing}, your code {what}") from None
        finally:
            self.last_elapsed = time.monotonic() - started
            if self._child is child:
                self._collect(child)
        if "error" in reply:
            raise self._error(reply["error"], label, child.scratch)
        return reply, blobs

    def _error(self, error: dict, label: str, scratch: str) -> StudentError:
        # The child cuts these, but a hostile one may send anything: cut them here too.
        kind = str(error.get("type", "Exception"))[:ERROR_TYPE_CHARS]
        message = str(error.get("message", ""))[:ERROR_TEXT_CHARS].replace(scratch + os.sep, "")
        detail = str(error.get("traceback", ""))[: 2 * ERROR_TEXT_CHARS]
        if kind == "MissingName":
            return StudentError(f"{label}: {message} is not defined")
        if kind == "UnsendableValue":
            return StudentError(f"{label} returned a value the grader cannot read: {message}")
        said = f"{kind}: {message}" if message else kind
        if kind == "NotImplementedError":
            return StudentError(f"{label.split('(')[0]} is not written yet (it still raises NotImplementedError)")
        if label.startswith("importing "):
            return StudentError(f"{label[len('importing '):]} could not be imported: {said}{_where(detail)}", detail)
        return StudentError(f"{label} raised {said}", detail)

    def ensure(self, module: str) -> _Child:
        """A live child that has imported ``module``; StudentError if it cannot."""
        if module in self._import_errors:
            raise self._import_errors[module]
        if f"{module}.py" not in self.files:
            maybe = meant_for(module, self.files)
            error = StudentError(f"your submission has no {module}.py, so this could not be graded{maybe}")
            self._import_errors[module] = error
            raise error
        child = self._fresh_child()
        if module not in self._imported:
            try:
                self._raw(child, {"op": "import", "module": module}, [], f"importing {module}.py", module=module)
            except StudentError as exc:
                self._import_errors[module] = exc
                raise
            self._imported.add(module)
        return child

    def request(self, module: str, op: str, target: dict, label: str, args=(), kwargs=None, *,
                within: float | None = None, **options):  # fmt: skip
        """Run one request in the child that holds ``module``; options: strict, echo.

        ``within`` stops the call sooner than the limits would, with StudentTooSlow.
        """
        child = self.ensure(module)
        tree, blobs = wire.encode([list(args), dict(kwargs or {})])
        header = {"op": op, "target": target, "args": tree, **options}
        slow_key = f"{module}:{target.get('name')}"
        if op == "call" and (args or kwargs):
            label = label.replace("()", f"({describe_args(args, kwargs)})", 1)
        reply, arrays = self._raw(child, header, blobs, label, slow_key, module, within)
        return self._value(module, reply, arrays)

    def each(self, module: str, steps: list[dict], arguments: list, labels: list[str]) -> "Replies":
        """Run several steps (call, get, set) in the child that holds ``module`` in one request.

        They share one call's time limit, and a timeout fails them all. A step that
        raises stops the rest (see ``Replies``). If the child dies, the steps run
        again one by one, so the message names the call that killed it.
        """
        child = self.ensure(module)
        tree, blobs = wire.encode(arguments)
        calls = list(dict.fromkeys(f"{label.split('(')[0]}()" for label in labels if "(" in label))
        label = labels[0] if len(labels) == 1 else " and ".join(calls[:3]) if calls else module
        slow_key = f"{module}:{steps[0]['target'].get('name')}" if steps else module
        try:
            reply, arrays = self._raw(child, {"op": "each", "steps": steps, "args": tree}, blobs, label, slow_key, module)
        except StudentTimeout:
            raise
        except StudentError:
            if len(steps) == 1:
                raise
            return self._one_by_one(module, steps, arguments, labels)
        answer = self._value(module, reply, arrays)
        if type(answer) is not dict or type(answer.get("values")) is not list:
            raise StudentError(f"while running {label}, your code sent back garbled data")
        values, failed, error = answer["values"], answer.get("failed"), answer.get("error")
        if failed is None:
            whole = len(values) == len(steps)
        else:
            whole = type(failed) is int and len(values) == failed < len(steps) and type(error) is dict
        if not whole:
            raise StudentError(f"while running {label}, your code sent back garbled data")
        if failed is not None:
            error = self._error(error, labels[failed], child.scratch)
        return Replies([_echoed(v) if s.get("echo") else v for s, v in zip(steps, values)], failed, error)

    def _one_by_one(self, module: str, steps: list[dict], arguments: list, labels: list[str]) -> "Replies":
        """The steps of a batch as one request each, in a fresh child (after the batch's child died)."""
        values = []
        for index, (step, args, label) in enumerate(zip(steps, arguments, labels)):
            try:
                if "step" in step["target"]:  # the object an earlier step returned, now by its handle
                    holder = values[step["target"]["step"]]
                    if not isinstance(holder, RemoteObject):
                        raise StudentError(f"{label}: {step['target']['name']} is not defined")
                    step = dict(step, target=holder._target(step["target"]["name"]))
                values.append(self.each(module, [step], [args], [label])[0])
            except StudentError as exc:
                return Replies(values, index, exc)
        return Replies(values, None, None)

    def _value(self, module: str, reply: dict, arrays: list):
        generation = self.generation

        def resolve(tag):
            type_name = str(tag.get("type", "object"))[:100]
            return RemoteObject(self, module, generation, tag["id"], type_name)

        return wire.decode(reply.get("value"), arrays, resolve)


def _echoed(value) -> tuple:
    """``(value, args, kwargs)`` of a call made with echo, checked: the child is not trusted."""
    if type(value) is list and len(value) == 3 and type(value[1]) is list and type(value[2]) is dict:
        return tuple(value)
    raise StudentError("your code sent back garbled data")


def _short(value) -> str:
    if isinstance(value, RemoteObject):
        return f"a {value.type_name}"
    if isinstance(value, np.ndarray):
        if value.size <= 4 and value.ndim <= 1:
            return f"array({value.tolist()})"
        return f"array of shape {value.shape}"
    if isinstance(value, dict):
        return f"a dict of {len(value)}"
    if isinstance(value, (list, tuple)):
        text = repr(value)
        return text if len(text) <= 40 else f"a {type(value).__name__} of {len(value)}"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def describe_args(args, kwargs) -> str:
    """``0.5`` / ``array of shape (3, 4)`` / ``lr=0.1, epochs=10``: what a call was given, briefly."""
    parts = [_short(a) for a in args] + [f"{k}={_short(v)}" for k, v in (kwargs or {}).items()]
    return ", ".join(parts)


class RemoteModule:
    """A student's module seen from the grader: call its functions, read its names."""

    def __init__(self, session: Session, name: str):
        self.session = session
        self.name = name

    def _target(self, attr: str) -> dict:
        return {"module": self.name, "name": attr}

    def call(self, attr: str, *args, **kwargs):
        return self.invoke(attr, args, kwargs)

    def invoke(self, attr: str, args=(), kwargs=None, *, strict=False, echo=False, within=None):
        """Call ``attr``; ``strict`` turns warnings into errors, ``echo`` returns
        ``(value, args_after, kwargs_after)`` to show what the call modified, ``within``
        (seconds) stops it sooner than the limits would (StudentTooSlow)."""
        value = self.session.request(
            self.name, "call", self._target(attr), f"{attr}()", args, kwargs, strict=strict, echo=echo, within=within
        )
        return _echoed(value) if echo else value

    def get(self, attr: str):
        return self.session.request(self.name, "get", self._target(attr), f"{self.name}.{attr}")

    def map(self, attr: str, calls, kwargs=None, **options) -> "Replies":
        """``attr(*args, **kwargs)`` for each ``args`` in ``calls``, in one request
        (options: strict, echo).

        Iterating over the answer gives the values in order and raises the first
        failing call's StudentError where that call comes, as calling one by one would.
        """
        batch = self.batch()
        for args in calls:
            batch.invoke(attr, args, kwargs, **options)
        return batch.run()

    def batch(self) -> "Batch":
        return Batch(self)

    def new(self, cls: str, *args, **kwargs) -> "RemoteObject":
        obj = self.call(cls, *args, **kwargs)
        if not isinstance(obj, RemoteObject):
            raise StudentError(f"{cls}(...) did not create an object (got {type(obj).__name__})")
        return obj

    def ensure(self) -> None:
        """Raise StudentError now if the module is missing or does not import."""
        self.session.ensure(self.name)


class RemoteObject(wire.Handle):
    """An object living in the child (a Perceptron, an MLP), driven by requests."""

    __slots__ = ("session", "module", "generation")

    def __init__(self, session: Session, module: str, generation: int, ident: int, type_name: str):
        super().__init__(ident, type_name)
        self.session = session
        self.module = module
        self.generation = generation

    def _target(self, attr: str) -> dict:
        if self.generation != self.session.generation:
            raise StudentError(
                f"this {self.type_name} object was lost when the process running your code "
                "was stopped by an earlier failure"
            )
        return {"obj": self.id, "name": attr}

    def call(self, method: str, *args, **kwargs):
        return self.invoke(method, args, kwargs)

    def invoke(self, method: str, args=(), kwargs=None, *, strict=False, echo=False, within=None):
        label = f"{self.type_name}.{method}()"
        value = self.session.request(
            self.module, "call", self._target(method), label, args, kwargs, strict=strict, echo=echo, within=within
        )
        return _echoed(value) if echo else value

    def get(self, attr: str):
        label = f"{self.type_name}.{attr}"
        return self.session.request(self.module, "get", self._target(attr), label)

    def set(self, attr: str, value) -> None:
        label = f"setting {self.type_name}.{attr}"
        self.session.request(self.module, "set", self._target(attr), label, (value,))


class Replies:
    """The answers to a ``Batch``, by step: ``replies[k]`` is step ``k``'s value.

    Reading the step that raised raises its StudentError, and so does reading any
    step after it (those never ran). Iterating gives the values in order, so a
    check that looks at them one by one fails where calling one by one would have.
    """

    def __init__(self, values: list, failed: int | None, error: StudentError | None):
        self._values = values
        self._failed = failed
        self._error = error

    def __len__(self) -> int:
        return len(self._values) + (self._failed is not None)

    def __getitem__(self, step):
        if isinstance(step, slice):
            return [self[k] for k in range(len(self))[step]]
        if self._failed is not None and step >= self._failed:
            raise self._error
        if not 0 <= step < len(self._values):
            raise IndexError(f"no step {step} in this batch (was it added after the batch ran?)")
        return self._values[step]

    def __iter__(self):
        for step in range(len(self)):
            yield self[step]


class Batch:
    """Several requests to one module's child, sent and answered as one.

    Each ``invoke``/``get`` returns the number of its step; ``on=`` that number
    makes a later step work on the object an earlier step returned, e.g.
    ``b.invoke("feedforward", (x,), on=b.invoke("Neuron", (w, bias)))``.
    The steps share one call's time limit, so batch only quick calls.
    """

    def __init__(self, module: RemoteModule):
        self.module = module
        self.steps: list[dict] = []
        self.arguments: list = []
        self.labels: list[str] = []
        self.kinds: list[str] = []  # for a step on an earlier step's object, what to call it

    def _target(self, attr: str, on) -> tuple[dict, str, str]:
        """The step's target, its name in messages, and the type its value is taken to have."""
        if on is None:  # a module attribute: a class called here makes one of its kind
            return {"module": self.module.name, "name": attr}, attr, attr
        if isinstance(on, RemoteObject):
            return on._target(attr), f"{on.type_name}.{attr}", on.type_name
        if type(on) is not int or not 0 <= on < len(self.steps):
            raise ValueError(f"no step {on!r} to work on")
        return {"step": on, "name": attr}, f"{self.kinds[on]}.{attr}", self.kinds[on]

    def invoke(self, attr: str, args=(), kwargs=None, *, on=None, strict=False, echo=False) -> int:
        target, name, kind = self._target(attr, on)
        step = {"op": "call", "target": target, "strict": strict, "echo": echo}
        return self._add(step, list(args), f"{name}({describe_args(args, kwargs)})", kind, kwargs)

    def get(self, attr: str, *, on=None) -> int:
        target, name, _ = self._target(attr, on)
        return self._add({"op": "get", "target": target}, [], name)

    def set_many(self, values: dict, *, on) -> int:
        """Set several attributes of an object (one made by an earlier step, or a RemoteObject)."""
        target, name, _ = self._target("", on)
        return self._add({"op": "setmany", "target": target}, [dict(values)], f"setting {name}{', '.join(values)}")

    def get_many(self, names, *, on) -> int:
        """Read several attributes of an object: the step's value is a dict by name."""
        names = list(names)
        target, name, _ = self._target("", on)
        return self._add({"op": "getmany", "target": target}, [names], f"{name}{', '.join(names)}")

    def _add(self, step: dict, args: list, label: str, kind: str = "object", kwargs=None) -> int:
        self.steps.append(step)
        self.arguments.append([args, dict(kwargs or {})])
        self.labels.append(label)
        self.kinds.append(kind)
        return len(self.steps) - 1

    def run(self) -> Replies:
        return self.module.session.each(self.module.name, self.steps, self.arguments, self.labels)
