"""One submission's modules in a sandbox child, and the words a student reads when they fail.

``Session`` loads a submission's files into a child (see ``host``) and runs
requests there; every failure of student code (exception, exit, crash, timeout,
missing name) becomes a ``StudentError`` with a message meant for the student.
A failure of the sandbox itself is a ``SandboxError``, the grader's.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..grading import tracebacks
from ..grading.errors import missing_name_hint, python_error_hint
from ..grading.import_hints import import_hint
from ..intake.submission import meant_for
from . import wire
from .host import ChildGone, ChildProcess, Sandbox, SandboxError

ERROR_TYPE_CHARS, ERROR_TEXT_CHARS = 200, 4000  # what is kept of an error a child reports
LEASH_SECONDS = 1.0  # the time a call gets once an earlier call into its module ran out of time


class StudentError(Exception):
    """Student code failed: the test gets status ``error`` and this message.

    When a call into student code raised an exception, ``raised`` is its type's name
    (``"ValueError"``) and ``raised_message`` what it said, for a check that expects one;
    both are empty when the code failed otherwise (missing, not importable, crashed,
    out of time, garbled answer). ``hint``, when a check knows the cause (a part this code is
    built on that is wrong itself), is shown instead of the error's usual reading. ``held``: what each
    name on the student's raising line held, in words (``{"X": "an array of shape (4, 2) (float64)"}``),
    as the child read it; also said in the message.
    """

    status = "error"

    def __init__(self, message: str, detail: str = "", *, raised: str = "", raised_message: str = "",
                 hint: str | None = None, held: dict[str, str] | None = None):  # fmt: skip
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.raised = raised
        self.raised_message = raised_message
        self.hint = hint
        self.held = held or {}  # what each name on the raising line held, in words: {"X": "an array of shape (4, 2) ..."}

    @property
    def own_exception(self) -> bool:
        """Whether the student's code raised an exception of its own: not a stub's NotImplementedError, and
        not a part missing, a crash or a time-out (those have no ``raised``)."""
        return self.raised not in ("", "NotImplementedError")


class StudentTimeout(StudentError):
    status = "timeout"


class StudentTooSlow(StudentTimeout):
    """A call outran the shorter time its check allowed it (``within=``), not a limit:
    the check decides what that means (too slow to be vectorised, say)."""


@dataclass(frozen=True)
class FirstTimeout:
    """The first call into a module that ran out of time: what it was (``label``), the check
    that made it (``check``, empty when no check was named) and the time it had."""

    label: str
    check: str
    seconds: float


class Budget:
    """The wall-clock time left for one submission, shared by its sessions."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


# What the checks' API makes of an object living in the child, given the session's generation
# (see ``Session.generation``), the object's id there and its type's name.
ObjectMaker = Callable[[int, int, str], object]


@dataclass(frozen=True)
class BatchAnswer:
    """The child's answer to a batch: the values of the steps that ran and, if one raised,
    its index and its StudentError (the steps after it never ran)."""

    values: list
    failed: int | None = None
    error: StudentError | None = None


def _where(detail: str) -> str:
    """`` (line 2 of loss.py: x = undefined + 1)``: the last line of the student's own files
    in a traceback, so an error at import says where it happened."""
    found = tracebacks.frames(detail)
    if not found:
        return ""
    last = found[-1]
    return f" (line {last.line} of {last.file}" + (f": {last.code[:120]})" if last.code else ")")


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
    Checks reach it through ``checking.remote.RemoteModule(session, module)``.
    """

    def __init__(self, sandbox: Sandbox, files: dict[str, str], budget: Budget | None = None):
        self.sandbox = sandbox
        self.files = dict(files)
        self.budget = budget or Budget(sandbox.limits.submission_timeout)
        self.generation = 0  # children retired so far: an object of an earlier generation is gone
        self.last_elapsed = 0.0  # seconds the last request took, answered or not
        # The CPU seconds the child (all its threads, and the processes it started) used during
        # the last request, answered or not, read from outside it: only for a call with a shorter
        # time cap (``within``), whose time a check judges, and only where the child's CPU can be
        # read (Linux; see ``cputime``). None otherwise.
        self.last_cpu: float | None = None
        self._child: ChildProcess | None = None
        self._imported: set[str] = set()
        self._import_errors: dict[str, StudentError] = {}
        self._slow: set[str] = set()  # "module:name" of the calls that ran out of time once
        self._first_timeouts: dict[str, FirstTimeout] = {}  # by module: its first call that ran out of time
        self.positional: set[tuple[str, str]] = set()  # (module, name) of functions called with 2+ arguments by position
        self.first_answers: dict[tuple[str, str], tuple] = {}  # kept by checking.remote (see asked_again)
        self.more_answers: dict[tuple[str, str], list] = {}  # the next few calls of each, likewise (see repair)
        self.method_answers: dict[tuple[str, str], list] = {}  # methods' first answers, with their objects' histories
        self.requests = 0  # the requests of the check under way (calls, gets, batches): who resets it counts from 0
        self.first_request: set[tuple[str, str]] = set()  # the functions of first_answers asked in its first request
        self.repairs: dict[tuple[str, str], object] = {}  # what checking.repair found per function, once
        self.fresh_starts = 0  # children started beside this one to ask a question afresh (checking.kept_state)
        self.check_under_way = ""  # the name of the check running now, set by whoever runs the checks
        self.output = bytearray()  # everything the children printed, up to the limit
        self.printed: dict[str, bytearray] = {}  # the same, by the module whose request printed it
        self._module_under_way: str | None = None  # whose request is running: what is printed now is its

    def ran_out_of_time(self, module: str, name: str) -> bool:
        """Whether ``name`` of ``module`` (a function, or a method of an object the module
        made) was stopped for running out of time in an earlier call."""
        return f"{module}:{name}" in self._slow

    def leash(self) -> float:
        """How long a call into a module gets once a call into it ran out of time: long enough
        for any call that ends, short enough that a loop that never ends costs its full limit
        once, not once per check that goes through it."""
        return min(LEASH_SECONDS, self.sandbox.limits.call_timeout)

    # -- lifecycle -------------------------------------------------------
    def _fresh_child(self) -> ChildProcess:
        if self._child is None:
            self._child = self.sandbox.spawn()
            self._imported = set()
            self._exchange(self._child, {"op": "load", "files": self.files}, [], "loading your files")
        return self._child

    def _retire(self, wait: bool = True) -> dict:
        child, self._child = self._child, None
        self.generation += 1  # objects held by that child are gone with it
        ending = child.stop(wait)
        self._collect(child)
        return ending

    def _collect(self, child: ChildProcess) -> None:
        """Credit what the child printed since last time to the module of the request under way
        (the output is drained while waiting for each answer, and when the child stops)."""
        fresh = child.output[child.collected :]
        child.collected = len(child.output)
        if not fresh:
            return
        fresh = fresh[: max(0, self.sandbox.limits.output_bytes - len(self.output))]
        self.output += fresh
        self.printed.setdefault(self._module_under_way or "", bytearray()).extend(fresh)

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

    def _exchange(self, child: ChildProcess, header: dict, arrays: list, label: str, module: str | None = None,
                  calls: tuple[str, ...] = (), within: float | None = None) -> tuple[dict, list]:  # fmt: skip
        """Send ``child`` one request and wait for its reply, within the time allowed; every
        failure becomes a StudentError that names ``label`` (a SandboxError if the child could
        not be walled in). ``module`` is whose request it is (what is printed meanwhile is
        credited to it) and ``calls`` the names it calls there; ``within`` stops it sooner
        than the limits would, with StudentTooSlow, and has the CPU it costs measured (``last_cpu``)."""
        self._module_under_way = module
        timeout = self._timeout()
        budget_bound = timeout < self.sandbox.limits.call_timeout
        first = self._first_timeouts.get(module) if module else None
        leashed = first is not None and self.leash() < timeout
        timeout = self.leash() if leashed else timeout
        capped = within is not None and within < timeout
        timeout = within if capped else timeout
        try:
            reply, blobs = self._timed_request(child, header, arrays, timeout, measure_cpu=within is not None)
        except TimeoutError:
            self._retire()
            if capped:
                raise StudentTooSlow(f"{label} did not finish within {timeout:.3g} s and was stopped") from None
            raise self._ran_out_of_time(label, module, calls, timeout, first if leashed else None,
                                        "left for the submission" if budget_bound else "per call") from None  # fmt: skip
        except (ChildGone, wire.WireError) as exc:
            ending = self._retire()
            if not child.answered and ending.get("exit") == wire.SETUP_FAILED:
                said = child.output.decode("utf-8", "replace").strip()[-2000:]
                raise SandboxError(f"the sandbox could not wall in a child for student code:\n{said}") from None
            what = _describe_ending(ending) if isinstance(exc, ChildGone) else "sent back garbled data"
            doing = label if label.startswith("importing ") else f"running {label}"
            raise StudentError(f"while {doing}, your code {what}") from None
        finally:
            if self._child is child:
                self._collect(child)
        if "error" in reply:
            raise self._error(reply["error"], label, child.scratch)
        return reply, blobs

    def _timed_request(self, child: ChildProcess, header: dict, arrays: list, timeout: float, *,
                       measure_cpu: bool) -> tuple[dict, list]:  # fmt: skip
        """``child.request``, its wall-clock time kept in ``last_elapsed`` and, with ``measure_cpu``,
        the CPU seconds the child used meanwhile in ``last_cpu`` (read before the child is
        stopped, should it run out of time)."""
        before = child.cpu_seconds() if measure_cpu else None
        started = time.monotonic()
        try:
            return child.request(header, arrays, timeout)
        finally:
            self.last_elapsed = time.monotonic() - started
            after = child.cpu_seconds() if before is not None else None
            self.last_cpu = after - before if after is not None else None

    def _ran_out_of_time(self, label: str, module: str | None, calls: tuple[str, ...], timeout: float,
                         first: FirstTimeout | None, limit: str) -> StudentTimeout:  # fmt: skip
        """The StudentTimeout of a request stopped at ``timeout``, noted for the requests after it.
        A request stopped at the leash (``first``: the module's first timeout, the reason for it)
        points to that first timeout: the student reads the cause once, where it happened."""
        self._slow.update(f"{module}:{name}" for name in calls)
        if first is not None:
            where = "earlier in this check" if first.check and first.check == self.check_under_way else (
                f"in the check {first.check}" if first.check else "in an earlier test")  # fmt: skip
            return StudentTimeout(
                f"{label} did not finish within {timeout:.3g} s and was stopped: since {first.label} ran out of "
                f"time {where} ({first.seconds:.3g} s), a call into {module}.py gets only that long. Fix that first "
                "(look for a loop that never ends); this check may then pass as well"
            )
        if module:
            self._first_timeouts.setdefault(module, FirstTimeout(label, self.check_under_way, timeout))
        advice = "look for a loop that never ends"
        if label.startswith("importing "):
            advice += ', or for code at the top of the file that belongs under if __name__ == "__main__":'
        return StudentTimeout(f"{label} did not finish within {timeout:.3g} s (the time {limit}) and was stopped; {advice}")

    def _error(self, error: dict, label: str, scratch: str) -> StudentError:
        """The StudentError for an exception the child reported (its type, message, traceback)."""
        # The child cuts these, but a hostile one may send anything: cut them here too.
        kind = str(error.get("type", "Exception"))[:ERROR_TYPE_CHARS]
        message = str(error.get("message", ""))[:ERROR_TEXT_CHARS].replace(scratch + os.sep, "")
        detail = str(error.get("traceback", ""))[: 2 * ERROR_TEXT_CHARS]
        if kind == "MissingName":
            name, close, own = (message.split("\n") + ["", ""])[:3]
            return StudentError(f"{label}: {name} is not defined", hint=missing_name_hint(name, close, own.split()))
        if kind == "UnsendableValue":
            return StudentError(f"{label} returned a value the grader cannot read: {message}")
        said = f"{kind}: {message}" if message else kind
        importing = label.startswith("importing ")
        raised = {} if importing else {"raised": kind, "raised_message": message}
        if kind == "NotImplementedError":
            name = label.split("(")[0]
            return StudentError(f"{name} is not written yet (it still raises NotImplementedError)", **raised)
        if importing:
            file = label[len("importing "):]
            return StudentError(f"{file} could not be imported: {said}{_where(detail)}", detail,
                                hint=import_hint(kind, message, detail, self.files.get(file)) or python_error_hint(kind, message, detail))
        operands = str(error.get("operands", ""))[:ERROR_TEXT_CHARS].replace(scratch + os.sep, "")
        held = dict(part.split(" is ", 1) for part in operands.split("; ") if " is " in part)
        line = f"\n  On the line that raised, {operands}." if operands else ""
        return StudentError(f"{label} raised {said}{line}", detail, **raised, held=held)

    def ensure(self, module: str) -> ChildProcess:
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
                self._exchange(child, {"op": "import", "module": module}, [], f"importing {module}.py", module)
            except StudentError as exc:
                self._import_errors[module] = exc
                raise
            self._imported.add(module)
        return child

    def request(self, module: str, op: str, target: dict, label: str, args=(), kwargs=None, *,
                make_object: ObjectMaker, within: float | None = None, **options):  # fmt: skip
        """Run one request in the child that holds ``module``; options: strict, echo.

        ``within`` stops the call sooner than the limits would, with StudentTooSlow, and has
        the CPU seconds the child used for it measured (``last_cpu``).
        """
        child = self.ensure(module)
        self.requests += 1
        if op == "call" and len(args) > 1 and "module" in target:
            self.positional.add((module, str(target.get("name"))))
        tree, blobs = wire.encode([list(args), dict(kwargs or {})])
        header = {"op": op, "target": target, "args": tree, **options}
        reply, arrays = self._exchange(child, header, blobs, label, module, (str(target.get("name")),), within)
        value = self._decode(reply, arrays, make_object)
        return _echoed(value) if options.get("echo") else value

    def run_batch(self, module: str, steps: list[dict], arguments: list, labels: list[str], *,
                  make_object: ObjectMaker) -> BatchAnswer:  # fmt: skip
        """Run several steps (call, get, set) in the child that holds ``module`` in one request.

        They share one call's time limit, and a timeout fails them all. A step that
        raises stops the rest: the answer says which, with its StudentError.
        """
        child = self.ensure(module)
        self.requests += 1
        self.positional.update((module, str(step["target"].get("name"))) for step, (args, _) in zip(steps, arguments)
                               if step.get("op") == "call" and len(args) > 1 and "module" in step["target"])
        tree, blobs = wire.encode(arguments)
        calls = list(dict.fromkeys(f"{label.split('(')[0]}()" for label in labels if "(" in label))
        label = labels[0] if len(labels) == 1 else " and ".join(calls[:3]) if calls else module
        called = tuple(str(step["target"].get("name")) for step in steps if step.get("op") == "call")
        reply, arrays = self._exchange(child, {"op": "batch", "steps": steps, "args": tree}, blobs, label, module, called)
        answer = self._decode(reply, arrays, make_object)
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
        return BatchAnswer([_echoed(v) if s.get("echo") else v for s, v in zip(steps, values)], failed, error)

    def _decode(self, reply: dict, arrays: list, make_object: ObjectMaker):
        """The value a reply carries, objects living in the child made by ``make_object``."""
        generation = self.generation

        def resolve(tag):
            type_name = str(tag.get("type", "object"))[:100]
            return make_object(generation, tag["id"], type_name)

        return wire.decode(reply.get("value"), arrays, resolve)


def _echoed(value) -> tuple:
    """``(value, args, kwargs)`` of a call made with echo, checked: the child is not trusted."""
    if type(value) is list and len(value) == 3 and type(value[1]) is list and type(value[2]) is dict:
        return tuple(value)
    raise StudentError("your code sent back garbled data")
