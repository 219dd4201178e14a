"""The pytest plugin that turns the checks into graded results.

The checks in ``autograder/checks/test_<module>.py`` are ordinary pytest tests
that take these fixtures:

- ``student``: the submission's module in the sandbox (``RemoteModule``);
- ``reference``: the reference solution, imported here, in the grader;
- ``reference_remote``: the reference in a sandbox child like the student's
  (for timing the two under the same conditions);
- ``seed`` and ``rng``: the seed of this test's random inputs and a
  ``numpy.random.Generator`` made from it;
- ``artifacts``: a dict the check fills with plain data for the feedback's pictures;
- ``run_cache``: a ``RunCache`` (a dict with ``once(key, compute)``) shared by the
  whole grading run, for reference results that are the same for every submission.

Markers: ``@pytest.mark.weight(n)`` (share of the exercise's points, default 1)
and ``@pytest.mark.hidden`` (run by ``grade``, not by ``check``). Each module
names its exercise with ``EXERCISE = "<module>"``.

pytest collects the checks once per grading run; the plugin then takes over
the run loop (``pytest_runtestloop``) and runs every collected test for each
submission in turn, as the submissions arrive, so a batch worker pays for
collection once, not once per student. A test that asks only for the fixtures
above (and its own ``parametrize`` arguments) is called directly, which costs
microseconds instead of pytest's per-test fixture bookkeeping; a test that
asks for anything else (a fixture of its own module, say) goes through pytest's
full setup, call and teardown, so any check a course writes still works.
"""

from __future__ import annotations

import time
import traceback
import inspect
import types
from pathlib import Path
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pytest
from _pytest.runner import runtestprotocol

from .grading.compare import CheckFailed
from .grading.results import TestResult
from .sandbox.host import Budget, Sandbox, SandboxError, Session, StudentError
from .submission import Submission

# Exceptions a check may end with that are not errors of ours to re-raise
# (pytest.fail and pytest.skip raise BaseException subclasses).
_CHECK_ENDINGS = (Exception, pytest.fail.Exception, pytest.skip.Exception)
FIXTURES = frozenset({"student", "reference", "reference_remote", "seed", "rng", "artifacts", "run_cache"})


class RunCache(dict):
    """The ``run_cache`` fixture: a dict shared by every test of a grading run, for
    reference results that are the same for every submission (never for anything
    a student sent). A check's inputs come from its seed, so the same for all."""

    def once(self, key, compute):
        """``compute()``, the first time ``key`` is asked for in this run; after that, its result."""
        if key not in self:
            self[key] = compute()
        return self[key]


@dataclass
class _Test:
    """One collected test, with everything about it that does not depend on the submission."""

    item: pytest.Item
    order: int
    exercise: str
    name: str
    weight: float
    hidden: bool
    description: str
    seed: int
    params: dict
    arguments: tuple  # the names the test function takes
    direct: bool  # asks only for the plugin's fixtures: called without pytest's setup


@dataclass
class Outcome:
    """What one test produced for one submission, before the points are shared out."""

    test: _Test
    status: str = "passed"
    credit: float = 1.0
    message: str = ""
    hint: str | None = None
    detail: str = ""
    artifacts: dict = field(default_factory=dict)
    seconds: float = 0.0

    def result(self, max_score: float) -> TestResult:
        return TestResult(
            name=self.test.name,
            max_score=max_score,
            status=self.status,
            credit=self.credit,
            message=self.message,
            hint=self.hint,
            hidden=self.test.hidden,
            description=self.test.description,
            detail=self.detail,
            artifacts=self.artifacts,
            seconds=self.seconds,
        )


def _classify(exc: BaseException) -> dict:
    if isinstance(exc, CheckFailed):
        credit = min(1.0, max(0.0, float(exc.credit)))
        return {"status": "failed", "credit": credit, "message": exc.message, "hint": exc.hint}
    if isinstance(exc, StudentError):
        return {"status": exc.status, "credit": 0.0, "message": exc.message, "detail": exc.detail}
    if isinstance(exc, AssertionError):
        return {"status": "failed", "credit": 0.0, "message": str(exc) or "the answer is not right"}
    detail = "".join(traceback.format_exception(exc)[-4:])
    return {
        "status": "error",
        "credit": 0.0,
        "message": f"the grader could not check this answer ({type(exc).__name__}: {exc})",
        "detail": detail,
    }


class Workspace:
    """One submission's sandbox child, and one time budget for all its exercises.

    The exercises of a submission share one fresh child (forked for this
    submission only), each module imported on first use. A child that dies
    (exit, crash, timeout) is replaced at the next request, so one bad call
    costs one test. What the code printed is credited to the module whose
    request printed it.
    """

    def __init__(self, sandbox: Sandbox, files: dict, seconds: float):
        self.session = Session(sandbox, files, Budget(seconds))

    def module(self, exercise: str):
        return self.session.module(exercise)

    def close(self) -> dict[str, str]:
        """Stop the child (the zygote cleans up while grading goes on); what each module printed."""
        self.session.close(wait=False)
        return {module: bytes(text).decode("utf-8", errors="replace") for module, text in self.session.printed.items()}


def load_reference(path, module: str, source: str | None = None):
    """Import a reference solution under a private name (grader side only), from
    ``source`` when given (the text read before any student code ran)."""
    if source is None:
        source = Path(path).read_text(encoding="utf-8")
    mod = types.ModuleType(f"nnkit_reference_{module}")
    mod.__file__ = str(path)
    exec(compile(source, str(path), "exec"), mod.__dict__)  # noqa: S102 - the course's own reference
    return mod


class SandboxFailed(Exception):
    """Raised out of a check (past pytest) when the sandbox itself failed during it."""


class MissingReference(RuntimeError):
    """A check asked for a reference that was not read before grading began (the course has no
    such solution file). A reference file that changes during a run is the grader's error too,
    found at the end of the run (``changed_references``)."""


class GradingPlugin:
    """Runs the collected checks over ``source``, calling ``on_graded(submission,
    outcomes, printed)`` as each submission is done."""

    def __init__(
        self,
        course,
        source: Iterable[Submission],
        on_graded: Callable[[Submission, list[Outcome], dict[str, str]], None],
        *,
        sandbox: Sandbox,
        reference_sandbox: Sandbox | None = None,
        include_hidden: bool = True,
    ):
        self.course = course
        self.source = source
        self.on_graded = on_graded
        self.sandbox = sandbox
        self._reference_sandbox = reference_sandbox  # created on first use when not given
        self._owns_reference_sandbox = reference_sandbox is None
        self.include_hidden = include_hidden
        self.collection_errors: list[str] = []
        self.sandbox_failure = ""  # set when the sandbox itself failed: the run's grades cannot stand
        self._references: dict = {}
        self._reference_texts: dict[str, str] = {}  # file name -> text, read before any student code
        self._reference_session: Session | None = None
        self._run_cache = RunCache()
        self._workspace: Workspace | None = None  # the submission being graded
        self._ending = None  # what pytest's protocol recorded for the test under way

    # -- collection ---------------------------------------------------------
    def pytest_configure(self, config):
        config.addinivalue_line("markers", "weight(n): this test's share of the exercise's points")
        config.addinivalue_line("markers", "hidden: run by `grade`, not shown by `check`")

    def pytest_collection_modifyitems(self, config, items):
        if not self.include_hidden:
            items[:] = [item for item in items if item.get_closest_marker("hidden") is None]

    def pytest_collectreport(self, report):
        if report.failed:
            self.collection_errors.append(str(report.longrepr))

    def _plan(self, item, position: int, orders: dict) -> _Test:
        params = dict(item.callspec.params) if hasattr(item, "callspec") else {}
        base = item.originalname.removeprefix("test_")
        name = f"{base}[{'-'.join(str(v) for v in params.values())}]" if params else base
        marker = item.get_closest_marker("weight")
        doc = (item.function.__doc__ or "").strip().splitlines()
        description = doc[0] if doc else ""
        if description and params:
            description = f"{description} [{', '.join(str(v) for v in params.values())}]"
        exercise = item.module.EXERCISE
        seed = self._seed(exercise, item.function.__name__)
        # The test's own arguments; the closure of all it needs adds "request" (which the
        # plugin's fixtures use) and any autouse fixture, which needs pytest's protocol.
        arguments = tuple(item._fixtureinfo.argnames)
        direct = set(item.fixturenames) <= FIXTURES | set(params) | {"request"}
        return _Test(item, orders.setdefault(name, position), exercise, name,
                     float(marker.args[0]) if marker else 1.0, item.get_closest_marker("hidden") is not None,
                     description, seed, params, arguments, direct)  # fmt: skip

    def _seed(self, exercise: str, function: str) -> int:
        """Stable per test and course: every student gets the same inputs, and a
        failing input can be rebuilt from the seed shown in the feedback."""
        return (self.course.seed * 1_000_003 + zlib.crc32(f"{exercise}::{function}".encode())) % (2**32)

    # -- the run loop -------------------------------------------------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session):
        if self.collection_errors:
            return True  # the grader reports them; nothing is graded
        orders: dict[str, int] = {}
        tests = [self._plan(item, position, orders) for position, item in enumerate(session.items)]
        self._load_references({test.exercise for test in tests})
        self._before_grading(tests)
        for submission in self.source:
            self._workspace = Workspace(self.sandbox, submission.files, self.course.limits.submission_timeout)
            try:
                outcomes = [self._run(test) for test in tests]
            except SandboxFailed as failed:
                self.sandbox_failure = f"while grading {submission.id}: {failed.__cause__}"
                return True  # grading stops here: grade_stream reports the grader's failure
            finally:
                printed = self._workspace.close()
                self._workspace = None
            self.on_graded(submission, outcomes, printed)
        return True

    def _run(self, test: _Test) -> Outcome:
        """Run one test on the submission under way, and time it (the JUnit report's ``time``)."""
        started = time.perf_counter()
        outcome = self._outcome(test)
        outcome.seconds = time.perf_counter() - started
        return outcome

    def _outcome(self, test: _Test) -> Outcome:
        outcome = Outcome(test)
        if test.direct:
            try:
                kwargs = {name: test.params[name] if name in test.params else self._value(name, test, outcome)
                          for name in test.arguments}  # fmt: skip
                test.item.obj(**kwargs)
            except _CHECK_ENDINGS as exc:
                self._fill(outcome, exc)
            return outcome
        # Anything else: pytest's own setup, call and teardown, with fresh fixtures each time.
        test.item._initrequest()
        self._ending = None
        runtestprotocol(test.item, log=False, nextitem=None)
        if self._ending is not None:
            exc, artifacts = self._ending
            outcome.artifacts = artifacts
            if exc is not None:
                self._fill(outcome, exc)
        return outcome

    @staticmethod
    def _fill(outcome: Outcome, exc: BaseException) -> None:
        if isinstance(exc, SandboxError):  # the walls failed, not the student: no grade of this run holds
            raise SandboxFailed(exc) from exc
        for key, value in _classify(exc).items():
            setattr(outcome, key, value)

    def _value(self, name: str, test: _Test, outcome: Outcome):
        """The value of one of the plugin's fixtures for ``test`` on the submission under way."""
        if name == "student":
            return self._workspace.module(test.exercise)
        if name == "reference":
            return self._reference(test.exercise)
        if name == "reference_remote":
            return self._remote_reference(test.exercise)
        if name == "seed":
            return test.seed
        if name == "rng":
            return np.random.default_rng(test.seed)
        if name == "artifacts":
            return outcome.artifacts
        if name == "run_cache":
            return self._run_cache
        raise LookupError(name)

    def _load_references(self, modules) -> None:
        """Read every reference solution and import the graded ones, before any student code
        runs: the grader never imports a file that student code could have written since."""
        folder = self.course.solutions_dir
        self._reference_texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py"))}
        for module in sorted(modules):
            text = self._reference_texts.get(f"{module}.py")
            if text is not None:
                self._references[module] = load_reference(folder / f"{module}.py", module, text)

    def _before_grading(self, tests) -> None:
        """Run what a check asks to run before any student code (``check.before_grading``, a
        function taking plugin fixtures by name, such as timing the reference: a student's
        child left busy could slow it otherwise, and its result holds for the whole run)."""
        done = set()
        for test in tests:
            prepare = getattr(getattr(test.item, "obj", None), "before_grading", None)
            if prepare is None or prepare in done:
                continue
            done.add(prepare)
            names = inspect.signature(prepare).parameters
            prepare(**{name: self._value(name, test, Outcome(test)) for name in names})

    def changed_references(self) -> list[str]:
        """The reference files whose text is no longer what was read at the start of the run."""
        changed = []
        for name, text in self._reference_texts.items():
            try:
                now = (self.course.solutions_dir / name).read_text(encoding="utf-8")
            except OSError:
                now = None
            if now != text:
                changed.append(name)
        return changed

    def _reference(self, module: str):
        if module not in self._references:
            raise MissingReference(f"no reference for {module} was loaded before grading began")
        return self._references[module]

    def _remote_reference(self, module: str):
        if self._reference_session is None:
            # A sandbox of its own: no student child ever shares a zygote or a /tmp with it.
            if self._reference_sandbox is None:
                self._reference_sandbox = Sandbox(self.sandbox.limits, isolation=self.sandbox.isolation)
            self._reference_session = Session(self._reference_sandbox, self._reference_texts, Budget(float("inf")))
        return self._reference_session.module(module)

    # -- fixtures, for tests that go through pytest's own protocol ----------
    @pytest.fixture
    def student(self, request):
        return self._workspace.module(request.module.EXERCISE)

    @pytest.fixture
    def reference(self, request):
        return self._reference(request.module.EXERCISE)

    @pytest.fixture
    def reference_remote(self, request):
        return self._remote_reference(request.module.EXERCISE)

    @pytest.fixture
    def run_cache(self):
        return self._run_cache

    @pytest.fixture
    def artifacts(self):
        return {}

    @pytest.fixture
    def seed(self, request):
        return self._seed(request.module.EXERCISE, request.function.__name__)

    @pytest.fixture
    def rng(self, seed):
        return np.random.default_rng(seed)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item, call):
        """Note how a test run by pytest's protocol ended, and build pytest's report cheaply
        (pytest's own would render the source of every traceback frame)."""
        failed = call.excinfo is not None
        if call.when == "call" or (call.when == "setup" and failed):
            funcargs = getattr(item, "funcargs", None) or {}
            artifacts = funcargs.get("artifacts")
            self._ending = (call.excinfo.value if failed else None, artifacts if isinstance(artifacts, dict) else {})
        return pytest.TestReport(
            item.nodeid,
            item.location,
            keywords={},
            outcome="failed" if failed else "passed",
            longrepr=f"{call.excinfo.typename}: {call.excinfo.value}" if failed else None,
            when=call.when,
            duration=call.duration,
            start=call.start,
            stop=call.stop,
        )

    def close(self) -> None:
        if self._reference_session is not None:
            self._reference_session.close()
        if self._owns_reference_sandbox and self._reference_sandbox is not None:
            self._reference_sandbox.close()
