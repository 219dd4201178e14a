"""The pytest plugin that turns the checks into graded results.

The checks in ``autograder/checks/test_<module>.py`` are ordinary pytest tests
that take these fixtures:

- ``student``: the submission's module in the sandbox (``RemoteModule``);
- ``reference``: the reference solution, imported here, in the grader;
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
``pytest_runtest_protocol`` hook (setup, call and teardown), so any check a
course writes still works. Either way the fixtures' values come from one place
(``GradingPlugin._fixture``).
"""

from __future__ import annotations

import contextlib
import gc
import inspect
import os
import time
import zlib
from pathlib import Path
from collections.abc import Callable, Iterable

import numpy as np
import pytest

from .checking.outcome import CHECK_ENDINGS, Outcome, PlannedTest
from .checking.references import PlayedReferences, RecordingReferences, References
from .checking.remote import RemoteModule
from .checking.repair import record_questions
from .checking.second_look import repaired, second_look, vetted
from .checking.signatures import signature_hint
from .sandbox.host import Sandbox, SandboxError
from .sandbox.session import Budget, Session
from .intake.submission import Submission

FIXTURES = frozenset({"student", "reference", "seed", "rng", "artifacts", "run_cache"})


class RunCache(dict):
    """The ``run_cache`` fixture: a dict shared by every test of a grading run, for
    reference results that are the same for every submission (never for anything
    a student sent). A check's inputs come from its seed, so the same for all."""

    recording = False  # a run that writes down the references' answers for a student's kit

    def once(self, key, compute):
        """``compute()``, the first time ``key`` is asked for in this run; after that, its result."""
        if key not in self:
            self[key] = compute()
        return self[key]

    def when_needed(self, key, compute):
        """A function that gives ``once(key, compute)``: computed at its first call, only where a
        check needs it (to name a wrong answer's mistake, say), but at once in a recording run,
        where every question a check may ask must be asked whatever the student answers, so that
        a kit holds its answer."""
        if self.recording:
            self.once(key, compute)
        return lambda: self.once(key, compute)


class SandboxFailed(Exception):
    """Raised out of a check (past pytest) when the sandbox itself failed during it."""


@contextlib.contextmanager
def _old_objects_left_alone():
    """The objects alive before grading (NumPy's, pytest's, the checks', the references') kept out of
    the garbage collector's passes while grading runs: each full pass would walk them all again (tens
    of milliseconds). They are given back to it when the loop ends; the few of them that become
    garbage meanwhile are freed then."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _own_arguments(function) -> tuple:
    """The names a check function takes that pytest fills in (those without a default)."""
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return tuple(name for name, p in inspect.signature(function).parameters.items()
                 if p.kind in kinds and p.default is inspect.Parameter.empty)  # fmt: skip


def check_description(function) -> str:
    """What a check says it checks, in every report: its docstring's first paragraph, the lines joined (a first
    line alone may stop mid-sentence)."""
    return " ".join(inspect.cleandoc(function.__doc__ or "").split("\n\n", 1)[0].split())


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
        include_hidden: bool = True,
        record_into: Path | None = None,
        check_files: Iterable[Path] = (),
    ):
        self.course = course
        self.source = source
        self.on_graded = on_graded
        self.sandbox = sandbox
        self.include_hidden = include_hidden
        self.collection_errors: list[str] = []
        self.sandbox_failure = ""  # set when the sandbox itself failed: the run's grades cannot stand
        self._references: References | PlayedReferences | None = None  # read before any student code runs
        self.record_into = record_into  # a folder: what the references answer is written down there
        self._run_cache = RunCache()
        self._run_cache.recording = record_into is not None
        self._student: Session | None = None  # the child of the submission being graded
        self._under_way: Outcome | None = None  # the test being run through pytest's own protocol
        self._ending: BaseException | None = None  # how that test ended, when it raised
        # The check files to collect, in the course's order, and the folders above them (as pytest spells them)
        self._check_files = [os.path.abspath(path) for path in check_files]
        self._collected_paths = {str(p) for path in self._check_files for p in (Path(path), *Path(path).parents)}

    # -- collection ---------------------------------------------------------
    def pytest_configure(self, config):
        config.addinivalue_line("markers", "weight(n): this test's share of the exercise's points")
        config.addinivalue_line("markers", "hidden: run by `grade`, not shown by `check`")

    @pytest.hookimpl(tryfirst=True)
    def pytest_ignore_collect(self, collection_path, config):
        """Pass over, at once, every entry of the checks' folder that is not one of the chosen check
        files: the folder also holds their helpers, lessons and pictures, which pytest would otherwise
        ask its own rules about; only the chosen files are ever collected."""
        return None if str(collection_path) in self._collected_paths else True

    def pytest_collection_modifyitems(self, config, items):
        """The tests in the course's order of exercises (pytest collects the folder's files by name),
        each file's tests in its own order; without the hidden ones for a student's check."""
        order = {path: position for position, path in enumerate(self._check_files)}
        items.sort(key=lambda item: order.get(str(item.path), len(order)))
        if not self.include_hidden:
            items[:] = [item for item in items if item.get_closest_marker("hidden") is None]

    def pytest_collectreport(self, report):
        if report.failed:
            self.collection_errors.append(str(report.longrepr))

    def _plan(self, item, position: int, orders: dict) -> PlannedTest:
        params = dict(item.callspec.params) if hasattr(item, "callspec") else {}
        base = item.originalname.removeprefix("test_")
        name = f"{base}[{'-'.join(str(v) for v in params.values())}]" if params else base
        marker = item.get_closest_marker("weight")
        description = check_description(item.function)
        if description and params:
            description = f"{description} [{', '.join(str(v) for v in params.values())}]"
        exercise = item.module.EXERCISE
        seed = self._seed(exercise, item.function.__name__)
        # The closure of all a test needs adds "request" (which the plugin's fixtures use)
        # and any autouse fixture, which needs pytest's protocol.
        direct = set(item.fixturenames) <= FIXTURES | set(params) | {"request"}
        return PlannedTest(item, orders.setdefault(name, position), exercise, name,
                           float(marker.args[0]) if marker else 1.0, item.get_closest_marker("hidden") is not None,
                           description, seed, params, _own_arguments(item.function), direct)  # fmt: skip

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
        self._references = self._read_references({test.exercise for test in tests})
        self._before_grading(tests)
        with _old_objects_left_alone():
            for submission in self.source:
                # One fresh child per submission, shared by its exercises under one time budget.
                self._student = Session(self.sandbox, submission.files, Budget(self.course.limits.submission_timeout))
                try:
                    outcomes = [self._run(test) for test in tests]
                except SandboxFailed as failed:
                    self.sandbox_failure = f"while grading {submission.id}: {failed.__cause__}"
                    return True  # grading stops here: grade_stream reports the grader's failure
                finally:
                    printed = self._close_student()
                self.on_graded(submission, outcomes, printed)
        return True

    def _close_student(self) -> dict[str, str]:
        """Stop the submission's child (the zygote cleans up while grading goes on); what each module printed."""
        session, self._student = self._student, None
        session.close(wait=False)
        return {module: bytes(text).decode("utf-8", errors="replace") for module, text in session.printed.items()}

    def _run(self, test: PlannedTest) -> Outcome:
        """Run one test on the submission under way, and time it (the JUnit report's ``time``)."""
        started = time.perf_counter()
        outcome = Outcome(test)
        self._student.check_under_way = test.name  # a timeout names it to the checks that follow
        self._student.positional.clear()
        self._student.first_answers.clear()
        self._student.more_answers.clear()
        self._student.method_answers.clear()
        self._student.requests = 0
        self._student.first_request.clear()
        ending = self._call(test, outcome) if test.direct else self._call_through_pytest(test, outcome)
        if isinstance(ending, SandboxError):  # the walls failed, not the student: no grade of this run holds
            raise SandboxFailed(ending) from ending
        if ending is not None:
            outcome.record(ending)
            if outcome.credit < 1 and isinstance(ending, CHECK_ENDINGS):  # read only once a check failed
                outcome.hint = signature_hint(self._student, test.name, test.exercise, ending, outcome.hint)
                outcome.hint = second_look(self._student, test.exercise, ending, outcome.hint)
                outcome.hint = vetted(self._student, test.exercise, ending, outcome.hint)
                outcome.hint = repaired(self._student, test.exercise, self._references.module(test.exercise), ending,
                                        outcome.hint)  # fmt: skip
        if self._run_cache.recording:  # the kit's recording must hold what ``repaired`` asks the reference
            record_questions(self._student, self._references.module(test.exercise), test.exercise)
        outcome.seconds = time.perf_counter() - started
        return outcome

    def _call(self, test: PlannedTest, outcome: Outcome) -> BaseException | None:
        """Call a test that asks only for the plugin's fixtures: microseconds, not pytest's bookkeeping."""
        try:
            test.item.obj(**{name: test.params[name] if name in test.params else self._fixture(name, outcome)
                             for name in test.arguments})  # fmt: skip
        except CHECK_ENDINGS as exc:
            return exc
        return None

    def _call_through_pytest(self, test: PlannedTest, outcome: Outcome) -> BaseException | None:
        """Run a test with fixtures of its own through pytest's setup, call and teardown."""
        self._under_way, self._ending = outcome, None
        try:
            test.item.ihook.pytest_runtest_protocol(item=test.item, nextitem=None)
        finally:
            self._under_way = None
        return self._ending

    def _fixture(self, name: str, outcome: Outcome):
        """The value of one of the plugin's fixtures for the test of ``outcome``, on the submission under way."""
        test = outcome.test
        if name == "student":
            return RemoteModule(self._student, test.exercise)
        if name == "reference":
            return self._references.module(test.exercise)
        if name == "seed":
            return test.seed
        if name == "rng":
            return np.random.default_rng(test.seed)
        if name == "artifacts":
            return outcome.artifacts
        if name == "run_cache":
            return self._run_cache
        raise LookupError(name)

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
            prepare(**{name: self._fixture(name, Outcome(test)) for name in names})

    def _read_references(self, modules):
        """The course's references: recorded answers in a student's kit, the solutions otherwise
        (written down as the checks use them when ``record_into`` is given)."""
        if self.course.solutions_dir is None:
            return PlayedReferences(self.course.expected_dir, modules)
        if self.record_into is not None:
            return RecordingReferences(self.course.solutions_dir, modules, self.course.checks_dir)
        return References(self.course.solutions_dir, modules, self.course.checks_dir)

    def save_recording(self) -> None:
        """Write down what the references answered in this run (``record_into``)."""
        if self.record_into is not None and isinstance(self._references, RecordingReferences):
            self._references.save(self.record_into)

    def changed_references(self) -> list[str]:
        """The reference files whose text is no longer what was read at the start of the run."""
        return self._references.changed() if self._references is not None else []

    # -- the same fixtures, for tests that go through pytest's own protocol ---
    @pytest.fixture
    def student(self):
        return self._fixture("student", self._under_way)

    @pytest.fixture
    def reference(self):
        return self._fixture("reference", self._under_way)

    @pytest.fixture
    def run_cache(self):
        return self._fixture("run_cache", self._under_way)

    @pytest.fixture
    def artifacts(self):
        return self._fixture("artifacts", self._under_way)

    @pytest.fixture
    def seed(self):
        return self._fixture("seed", self._under_way)

    @pytest.fixture
    def rng(self):
        return self._fixture("rng", self._under_way)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item, call):
        """Note how a test run by pytest's protocol ended, and build pytest's report cheaply
        (pytest's own would render the source of every traceback frame)."""
        failed = call.excinfo is not None
        if failed and call.when in ("setup", "call") and self._ending is None:
            self._ending = call.excinfo.value
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
