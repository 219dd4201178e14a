"""The pytest plugin that turns the checks into graded results.

The checks in ``autograder/checks/test_<module>.py`` are ordinary pytest tests
that take these fixtures:

- ``student``: the submission's module in the sandbox (``RemoteModule``);
- ``reference``: the reference solution, imported here, in the grader;
- ``reference_remote``: the reference in a sandbox child like the student's
  (for timing the two under the same conditions);
- ``seed`` and ``rng``: the seed of this test's random inputs and a
  ``numpy.random.Generator`` made from it.

Markers: ``@pytest.mark.weight(n)`` (share of the exercise's points, default 1)
and ``@pytest.mark.hidden`` (run by ``grade``, not by ``check``). Each module
names its exercise with ``EXERCISE = "<module>"``.

Every test is run once per submission (the ``submission`` parameter), all the
tests of one submission together, so one child process serves them in turn.
"""

from __future__ import annotations

import importlib.util
import traceback
import zlib

import numpy as np
import pytest

from .grading.compare import CheckFailed
from .grading.results import TestResult
from .sandbox.host import Budget, Sandbox, Session, StudentError


class _Outcome:
    """What one test produced, before the points are shared out."""

    __slots__ = (
        "order", "exercise", "name", "weight", "hidden", "status", "credit", "message", "hint", "description",
        "detail", "artifacts",
    )  # fmt: skip

    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)

    def result(self, max_score: float) -> TestResult:
        return TestResult(
            name=self.name,
            max_score=max_score,
            status=self.status,
            credit=self.credit,
            message=self.message,
            hint=self.hint,
            hidden=self.hidden,
            description=self.description,
            detail=self.detail,
            artifacts=self.artifacts,
        )


def _test_name(item) -> str:
    """``threshold_on_numbers`` or ``gate_weights[AND]``: the test, whoever it grades."""
    params = [str(v) for k, v in item.callspec.params.items() if k != "submission"]
    name = item.originalname.removeprefix("test_")
    return f"{name}[{'-'.join(params)}]" if params else name


def _classify(excinfo) -> dict:
    exc = excinfo.value
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
    """One submission's sessions: a fresh child per exercise, one time budget for all.

    Whatever one module does to its process (patching NumPy, changing
    builtins, leaving threads behind) cannot reach the grading of another
    exercise, which starts from a clean fork.
    """

    def __init__(self, sandbox: Sandbox, files: dict, seconds: float, outputs: dict):
        self.sandbox = sandbox
        self.files = files
        self.budget = Budget(seconds)
        self.outputs = outputs  # exercise -> what the student's code printed
        self._sessions: dict[str, Session] = {}

    def module(self, exercise: str):
        # pytest may interleave exercises (it groups parametrized tests), so each
        # exercise keeps its child until the whole submission is done
        if exercise not in self._sessions:
            self._sessions[exercise] = Session(self.sandbox, self.files, self.budget)
        return self._sessions[exercise].module(exercise)

    def close(self) -> None:
        for exercise, session in self._sessions.items():
            session.close(wait=False)  # the zygote cleans up while grading goes on
            printed = bytes(session.output).decode("utf-8", errors="replace")
            self.outputs[exercise] = self.outputs.get(exercise, "") + printed
        self._sessions.clear()


def load_reference(path, module: str):
    """Import a reference solution file under a private name (grader side only)."""
    spec = importlib.util.spec_from_file_location(f"nnkit_reference_{module}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the reference {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class GradingPlugin:
    def __init__(
        self,
        course,
        submissions: dict,
        *,
        sandbox: Sandbox,
        reference_sandbox: Sandbox | None = None,
        include_hidden: bool = True,
    ):
        self.course = course
        self.submissions = submissions  # id -> {filename: source}
        self.sandbox = sandbox
        self._reference_sandbox = reference_sandbox  # created on first use when not given
        self._owns_reference_sandbox = reference_sandbox is None
        self.include_hidden = include_hidden
        self.outcomes: dict[str, list[_Outcome]] = {sid: [] for sid in submissions}
        self.outputs: dict[str, dict[str, str]] = {}  # submission -> exercise -> printed text
        self.collection_errors: list[str] = []
        self._references: dict = {}
        self._reference_session: Session | None = None
        self._order: dict[str, int] = {}
        self._run_cache: dict = {}

    # -- collection ---------------------------------------------------------
    def pytest_configure(self, config):
        config.addinivalue_line("markers", "weight(n): this test's share of the exercise's points")
        config.addinivalue_line("markers", "hidden: run by `grade`, not shown by `check`")

    def pytest_generate_tests(self, metafunc):
        if "submission" in metafunc.fixturenames:
            metafunc.parametrize("submission", list(self.submissions), scope="session")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_collection_modifyitems(self, config, items):
        # Before pytest reorders: drop hidden tests and remember the written order.
        if not self.include_hidden:
            items[:] = [item for item in items if item.get_closest_marker("hidden") is None]
        for position, item in enumerate(items):
            self._order.setdefault(_test_name(item), position)
        yield
        # After: one submission at a time, each in the written order, so that a
        # submission's sandbox children are started once and closed once.
        rank = {sid: i for i, sid in enumerate(self.submissions)}
        items.sort(key=lambda item: (rank[item.callspec.params["submission"]], self._order[_test_name(item)]))

    def pytest_collectreport(self, report):
        if report.failed:
            self.collection_errors.append(str(report.longrepr))

    # -- fixtures -----------------------------------------------------------
    @pytest.fixture(scope="session")
    def workspace(self, submission):
        workspace = Workspace(
            self.sandbox, self.submissions[submission], self.course.limits.submission_timeout,
            self.outputs.setdefault(submission, {}),
        )  # fmt: skip
        yield workspace
        workspace.close()

    @pytest.fixture
    def student(self, workspace, request):
        return workspace.module(request.module.EXERCISE)

    @pytest.fixture
    def reference(self, request):
        module = request.module.EXERCISE
        if module not in self._references:
            self._references[module] = load_reference(self.course.solutions_dir / f"{module}.py", module)
        return self._references[module]

    @pytest.fixture
    def reference_remote(self, request):
        if self._reference_session is None:
            # A sandbox of its own: no student child ever shares a zygote or a /tmp with it.
            if self._reference_sandbox is None:
                self._reference_sandbox = Sandbox(self.sandbox.limits, isolation=self.sandbox.isolation)
            files = {p.name: p.read_text(encoding="utf-8") for p in self.course.solutions_dir.glob("*.py")}
            self._reference_session = Session(self._reference_sandbox, files, Budget(float("inf")))
        return self._reference_session.module(request.module.EXERCISE)

    @pytest.fixture
    def run_cache(self):
        """A dict shared by every test of this grading run: for reference results
        that are the same for every submission (never for anything a student sent)."""
        return self._run_cache

    @pytest.fixture
    def artifacts(self):
        """A dict a check fills with plain data for the feedback's pictures."""
        return {}

    @pytest.fixture
    def seed(self, request):
        # Stable per test and course: every student gets the same inputs, and a
        # failing input can be rebuilt from the seed shown in the feedback.
        name = f"{request.module.EXERCISE}::{request.function.__name__}".encode()
        return (self.course.seed * 1_000_003 + zlib.crc32(name)) % (2**32)

    @pytest.fixture
    def rng(self, seed):
        return np.random.default_rng(seed)

    # -- results ------------------------------------------------------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item, call):
        """Record the outcome, and build pytest's report cheaply.

        Returning a report here replaces pytest's own, which would render the
        source of every traceback frame (half a second per failing test).
        """
        failed = call.excinfo is not None
        if call.when == "call" or (call.when == "setup" and failed):
            self._record(item, call)
        longrepr = None
        if failed:
            longrepr = f"{call.excinfo.typename}: {call.excinfo.value}"
        return pytest.TestReport(
            item.nodeid,
            item.location,
            keywords={},
            outcome="failed" if failed else "passed",
            longrepr=longrepr,
            when=call.when,
            duration=call.duration,
            start=call.start,
            stop=call.stop,
        )

    def _record(self, item, call) -> None:
        submission = item.callspec.params["submission"]
        marker = item.get_closest_marker("weight")
        fields = {"status": "passed", "credit": 1.0, "message": "", "hint": None, "detail": ""}
        if call.excinfo is not None:
            fields.update(_classify(call.excinfo))
        doc = (item.function.__doc__ or "").strip().splitlines()
        params = [str(v) for k, v in item.callspec.params.items() if k != "submission"]
        if doc and params:
            doc[0] = f"{doc[0]} [{', '.join(params)}]"
        funcargs = getattr(item, "funcargs", {})
        fields["artifacts"] = funcargs.get("artifacts", {}) if isinstance(funcargs.get("artifacts"), dict) else {}
        self.outcomes[submission].append(
            _Outcome(
                exercise=item.module.EXERCISE,
                name=_test_name(item),
                order=self._order.get(_test_name(item), 0),
                weight=float(marker.args[0]) if marker else 1.0,
                hidden=item.get_closest_marker("hidden") is not None,
                description=doc[0] if doc else "",
                **fields,
            )
        )

    def close(self) -> None:
        if self._reference_session is not None:
            self._reference_session.close()
        if self._owns_reference_sandbox and self._reference_sandbox is not None:
            self._reference_sandbox.close()
