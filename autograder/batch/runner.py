"""Grade a whole class: warm workers, results as they come, resumable.

Each worker is a process started once that keeps a warm sandbox (its zygote
has NumPy loaded) and one pytest session (the checks collected once), fed
chunks of submissions through a queue of its own; it writes each student's
feedback and then ``result.json`` itself, and sends the parent the brief
record. The parent only hands out chunks, writes the gradebook as results
arrive, and shows progress: it keeps one small row per student and the
summary's counts.

With ``executor="dask"`` the chunks go to a Dask distributed cluster instead,
through its standard ``Client.submit``; every task builds its own sandbox on
the worker that runs it, so the isolation is the same.
"""

from __future__ import annotations

import collections
import ctypes
import json
import multiprocessing
import multiprocessing.connection
import os
import signal
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..course import Course, load_course
from ..grading.results import ExerciseResult, SubmissionResult, TestResult
from ..sandbox.host import Sandbox
from ..sandbox.isolation import detect
from ..submission import Submission, SubmissionError, load_submission
from .discover import Entry
from .store import RESULT, ResultStore, write_result

CHUNK = 2  # submissions per task of a local worker: a worker that dies costs a retry of this many
PREFETCH = 2  # chunks a local worker holds at once: the one it grades and the next
DASK_CHUNK = 8  # per Dask task, which starts a sandbox and a pytest session of its own
IDLE_DEATHS = 3  # workers dying in a row before beginning any chunk: the batch stops
CHECKPOINT_SECONDS = 1.0  # how often the gradebook is rewritten while results arrive
RECOVER_SECONDS = 0.5  # how often the parent looks for dead workers


@dataclass
class BatchReport:
    """What a batch did; ``rows`` are the gradebook's, for the final summary."""

    graded: int = 0
    skipped: int = 0
    failed_students: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _die_with_parent() -> None:
    """Linux: when the process that started us dies (even by kill -9), so do we."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _load(course: Course, entry: Entry, chosen):
    """The entry's submission, or (if it cannot be read) its result: zero, and why."""
    from ..grader import unreadable

    try:
        return load_submission(entry.path, entry.student, expected=[e.module for e in course.exercises])
    except SubmissionError as exc:
        return unreadable(entry.student, str(exc), chosen)


def _finish(result: SubmissionResult, out: Path | None, pictures: bool) -> dict:
    """Write the student's feedback and then result.json (when there is a results folder);
    the record the parent needs: the brief one of ``--format json``, with what the class
    summary also counts (each test's description, each exercise's problem)."""
    from ..report.feedback import write_feedback

    if out is not None:
        write_feedback(result, out / result.submission, pictures=pictures)
        write_result(out, result.submission, result.to_dict(full=True))
    record = result.to_dict()
    for exercise, brief in zip(result.exercises, record["exercises"]):
        if exercise.problem:
            brief["problem"] = exercise.problem
        for test, test_brief in zip(exercise.tests, brief["tests"]):
            test_brief["description"] = test.description
    return record


def grade_chunk(
    course: Course,
    entries: list[Entry],
    *,
    out: Path | None,
    pictures: bool,
    sandbox: Sandbox | None = None,
    reference_sandbox: Sandbox | None = None,
    exercises=None,
) -> list[tuple[str, dict]]:
    """Grade ``entries`` in one pytest session and write their feedback; (student, record) pairs."""
    from ..grader import chosen_exercises, grade

    chosen = chosen_exercises(course, exercises)
    loaded = [_load(course, entry, chosen) for entry in entries]
    submissions = [s for s in loaded if isinstance(s, Submission)]
    graded = iter(grade(submissions, course=course, sandbox=sandbox, reference_sandbox=reference_sandbox,
                        exercises=exercises))  # fmt: skip
    results = [next(graded) if isinstance(s, Submission) else s for s in loaded]
    return [(entry.student, _finish(result, out, pictures)) for entry, result in zip(entries, results)]


class _Feeder:
    """Feeds a worker's one grading session from the task queue, chunk after chunk.

    The session collects the checks once and asks for the next submission when
    it has finished the last, so when a chunk's last submission is asked past,
    all of that chunk is graded and its records go back to the parent.
    """

    def __init__(self, course: Course, tasks, replies, out: Path | None, pictures: bool, exercises):
        # replies: a pipe's sending end; a send is written before the worker goes on, so even a
        # worker killed right after saying "start" has said it
        from ..grader import chosen_exercises

        self.course, self.tasks, self.replies = course, tasks, replies
        self.out, self.pictures = out, pictures
        self.chosen = chosen_exercises(course, exercises)
        self.records: dict[str, dict] = {}

    def __iter__(self):
        while True:
            task = self.tasks.get()
            if task is None:
                return
            chunk_id, entries = task
            self.replies.send(("start", chunk_id, os.getpid()))
            self.records = {}
            for student, path in entries:
                loaded = _load(self.course, Entry(student, Path(path)), self.chosen)
                if isinstance(loaded, Submission):
                    yield loaded  # graded before the next one is asked for
                else:
                    self.on_result(loaded)
            self.replies.send(("done", chunk_id, [(student, self.records[student]) for student, _ in entries]))

    def on_result(self, result: SubmissionResult) -> None:
        self.records[result.submission] = _finish(result, self.out, self.pictures)


def _cpus() -> list[int]:
    """The CPUs this process may run on (empty where the system does not say)."""
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


def _sit_on(cpu: int | None) -> None:
    """Keep this worker, and the sandboxes it starts, on one CPU.

    A worker and its sandbox child take turns (a request, an answer), never
    run at once; on one CPU each turn is a plain switch, where across CPUs
    every wake-up is an interrupt to another core, costly above all in
    virtual machines: a round trip takes about a third of the time.
    """
    if cpu is None:
        return
    try:
        os.sched_setaffinity(0, {cpu})
    except (AttributeError, OSError):
        pass


def _worker(course_path: str, level: str, out: str | None, pictures: bool, exercises, tasks, replies,
            cpu: int | None = None) -> None:  # fmt: skip
    from ..grader import GraderError, grade_stream

    _die_with_parent()
    _sit_on(cpu)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    course = load_course(course_path)
    isolation = detect(tmp_mb=course.limits.scratch_mb, prefer=level)
    feeder = _Feeder(course, tasks, replies, Path(out) if out else None, pictures, exercises)
    with Sandbox(course.limits, isolation=isolation) as sandbox, Sandbox(
        course.limits, isolation=isolation
    ) as reference_sandbox:
        try:
            grade_stream(feeder, feeder.on_result, course=course, sandbox=sandbox,
                         reference_sandbox=reference_sandbox, exercises=exercises)  # fmt: skip
        except GraderError as exc:
            replies.send(("fatal", None, str(exc)))


def grade_chunk_remote(course_path: str, level: str, entries, out: str | None, pictures: bool, exercises):
    """A Dask task: grade one chunk on whichever worker runs it, with a sandbox of its own."""
    course = load_course(course_path)
    isolation = detect(tmp_mb=course.limits.scratch_mb, prefer=level)
    with Sandbox(course.limits, isolation=isolation) as sandbox:
        return grade_chunk(
            course,
            [Entry(s, Path(p)) for s, p in entries],
            out=Path(out) if out else None,
            pictures=pictures,
            sandbox=sandbox,
            exercises=exercises,
        )


def _crash_records(course: Course, entries, exercises) -> list[tuple[str, dict]]:
    """What a submission gets when the grader's own worker died twice grading it."""
    from ..grader import chosen_exercises

    message = "the grader's worker died while grading this submission (twice); please grade it again on its own"
    failed = tuple(
        ExerciseResult(e.module, e.title, e.points, (TestResult("grading", e.points, "error", message=message),))
        for e in chosen_exercises(course, exercises)
    )
    return [(student, SubmissionResult(student, failed).to_dict(full=True)) for student, _ in entries]


class _LocalRun:
    """Local workers, each handed its own chunks through a queue of its own and
    answering through a pipe of its own.

    The parent records which worker holds which chunk as it hands it out, so a
    worker that dies (even by kill -9, at any moment) gives its chunks back: a
    chunk it had begun is tried once more, then reported as the grader's
    failure; one it had not begun simply goes to another worker. Each worker
    holds ``PREFETCH`` chunks, so it never waits for the parent between two.
    A worker's death closes its pipe, and the parent also looks for dead
    workers every ``RECOVER_SECONDS`` while the others keep answering.
    """

    def __init__(self, course: Course, chunks, *, workers: int, out, pictures, exercises, level, on_records):
        self.course, self.exercises, self.on_records = course, exercises, on_records
        self.context = multiprocessing.get_context("spawn")
        self.answers: dict = {}  # a worker's pipe (the parent's end) -> its pid
        self.args = (str(course.path), level, str(out) if out else None, pictures, exercises)
        self.pool: dict[int, tuple] = {}  # worker pid -> (process, its own task queue)
        self.cpus = _cpus()
        self.seats: dict[int, int | None] = {}  # worker pid -> its CPU
        self.pending = dict(enumerate(chunks))
        self.waiting = collections.deque(self.pending)  # chunk ids no worker holds
        self.owner: dict[int, int] = {}  # chunk id -> the worker holding it
        self.attempts = dict.fromkeys(self.pending, 0)  # times a worker began the chunk
        self.began: set[int] = set()  # workers that began a chunk
        self.idle_deaths = 0  # workers that died before beginning any, since one last began
        self.workers = min(workers, len(self.pending))

    def run(self) -> None:
        for _ in range(self.workers):
            self._start_worker(hand_out=False)
        for depth in range(1, PREFETCH + 1):  # one chunk each first, so a small batch is shared
            for pid in self.pool:
                self._hand_out(pid, depth)
        try:
            checked = time.monotonic()
            while self.pending:
                for answers in multiprocessing.connection.wait(list(self.answers), timeout=RECOVER_SECONDS):
                    try:
                        self._take(*answers.recv())
                    except (EOFError, OSError):  # the worker is gone (all it said is read): _recover
                        answers.close()  # takes its chunks back
                        del self.answers[answers]
                        checked = 0.0
                if time.monotonic() - checked >= RECOVER_SECONDS:
                    self._recover()
                    checked = time.monotonic()
        finally:
            self._stop()

    def _take(self, kind: str, chunk_id, payload) -> None:
        """One message from a worker: it began a chunk, finished one, or cannot grade at all."""
        if kind == "fatal":
            from ..grader import GraderError

            raise GraderError(payload)
        if kind == "start":
            self.began.add(payload)
            self.idle_deaths = 0
            self.attempts[chunk_id] += 1
        elif chunk_id in self.pending:
            holder = self.owner.pop(chunk_id, None)
            del self.pending[chunk_id]
            self.on_records(payload)
            if holder in self.pool:
                self._hand_out(holder)

    def _start_worker(self, replacing: int | None = None, hand_out: bool = True) -> None:
        """Start a worker on the CPU of the one it replaces, or on the one with the fewest workers."""
        seat = self.seats.pop(replacing, None)
        if seat is None and self.cpus:
            seat = min(self.cpus, key=lambda cpu: (list(self.seats.values()).count(cpu), cpu))
        inbox = self.context.Queue()
        answers, replies = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_worker, args=(*self.args, inbox, replies, seat), daemon=True)
        process.start()
        replies.close()  # the worker holds the only sending end: its death closes the pipe
        self.answers[answers] = process.pid
        self.pool[process.pid] = (process, inbox)
        self.seats[process.pid] = seat
        if hand_out:
            self._hand_out(process.pid)

    def _hand_out(self, pid: int, up_to: int = PREFETCH) -> None:
        """Give the worker chunks until it holds ``up_to``."""
        inbox = self.pool[pid][1]
        held = sum(holder == pid for holder in self.owner.values())
        while self.waiting and held < up_to:
            chunk_id = self.waiting.popleft()
            self.owner[chunk_id] = pid
            inbox.put((chunk_id, self.pending[chunk_id]))
            held += 1

    def _recover(self) -> None:
        """Replace dead workers and take their chunks back.

        Workers that keep dying before they begin any chunk are not a submission's
        doing: the grader cannot start (a broken installation, say), and replacing
        them again and again would never end, so the third such death in a row
        stops the batch with an error."""
        for pid, (process, _) in list(self.pool.items()):
            if process.is_alive():
                continue
            del self.pool[pid]
            self._last_words(pid)
            self.idle_deaths += pid not in self.began
            if self.idle_deaths >= IDLE_DEATHS:
                raise RuntimeError(
                    f"grading workers died {IDLE_DEATHS} times in a row before they could grade anything "
                    f"(the last with exit code {process.exitcode}); see the messages above"
                )
            for chunk_id in [k for k, holder in self.owner.items() if holder == pid]:
                del self.owner[chunk_id]
                if self.attempts[chunk_id] >= 2:
                    records = _crash_records(self.course, self.pending.pop(chunk_id), self.exercises)
                    self.on_records(records, written=False)
                else:
                    self.waiting.appendleft(chunk_id)
            if self.pending and (self.waiting or not self.pool):
                self._start_worker(replacing=pid)
        for pid in self.pool:
            self._hand_out(pid)

    def _last_words(self, pid: int) -> None:
        """Read what a dead worker said before it died ("start", "done"), so its chunks are
        counted right; then forget its pipe."""
        for answers in [a for a, owner in self.answers.items() if owner == pid]:
            try:
                while answers.poll():
                    self._take(*answers.recv())
            except (EOFError, OSError):
                pass
            answers.close()
            del self.answers[answers]

    def _stop(self) -> None:
        for _, inbox in self.pool.values():
            inbox.put(None)
        deadline = time.monotonic() + 5
        for process, _ in self.pool.values():
            process.join(max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
        for answers in self.answers:
            answers.close()


def _run_local(course: Course, chunks, **options) -> None:
    _LocalRun(course, chunks, **options).run()


def _run_dask(course: Course, chunks, *, scheduler: str, out, pictures, exercises, level, on_records) -> None:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise RuntimeError("--executor dask needs the 'distributed' package: pip install 'dask[distributed]'") from None
    with Client(scheduler) as client:
        futures = [
            client.submit(grade_chunk_remote, str(course.path), level, entries, str(out) if out else None, pictures,
                          exercises, pure=False)  # fmt: skip
            for entries in chunks
        ]
        for future in as_completed(futures):
            on_records(future.result())


def grade_batch(
    entries: list[Entry],
    *,
    course: Course,
    out: Path,
    workers: int | None = None,
    force: bool = False,
    pictures: bool = True,
    exercises=None,
    executor: str = "local",
    scheduler: str | None = None,
    isolation_level: str | None = None,
    progress=None,
    on_record=None,
) -> BatchReport:
    """Grade every entry not graded yet into ``out`` (all with ``force``); see the module docstring."""
    from ..grader import chosen_exercises
    from ..report.feedback import write_atomic
    from ..report.summary import Summary

    started = time.monotonic()
    store = ResultStore(out, [e.module for e in chosen_exercises(course, exercises)])
    todo = [e for e in entries if force or not store.done(e.student)]
    report = BatchReport(skipped=len(entries) - len(todo))
    level = isolation_level or detect(tmp_mb=course.limits.scratch_mb).level
    chunk = CHUNK if executor == "local" else DASK_CHUNK
    chunks = [[(e.student, str(e.path)) for e in todo[i : i + chunk]] for i in range(0, len(todo), chunk)]
    last_checkpoint = time.monotonic()
    summary, summarised = Summary(), set()  # counts, and who is in them already

    def on_records(records, written: bool = True):
        """Records of graded students; ``written``: their result.json is on disk already."""
        nonlocal last_checkpoint
        for student, record in records:
            if written:
                store.note(student, record)
            else:
                store.save(student, record)
            summary.add(SubmissionResult.from_dict(record))
            summarised.add(student)
            report.graded += 1
            if record.get("problem") or store.rows[student][-1] != "graded":
                report.failed_students.append(student)
            if progress is not None:
                progress.update(student, record)
            if on_record is not None:
                on_record(record)
        if time.monotonic() - last_checkpoint >= CHECKPOINT_SECONDS:
            store.write_gradebook()
            last_checkpoint = time.monotonic()

    if chunks:
        run = _run_dask if executor == "dask" else _run_local
        options = {"scheduler": scheduler} if executor == "dask" else {"workers": max(1, workers or os.cpu_count() or 1)}
        run(course, chunks, out=out, pictures=pictures, exercises=exercises, level=level, on_records=on_records,
            **options)  # fmt: skip
    store.write_gradebook()
    for result in _all_results(out, skip=summarised):  # the students graded by earlier runs
        summary.add(result)
    write_atomic(out / "summary.html", summary.render_html())
    report.seconds = time.monotonic() - started
    return report


def _all_results(out: Path, skip=frozenset()):
    """Every graded student's result but those in ``skip``, one at a time (the summary keeps
    counts, not results)."""
    for path in sorted(Path(out).glob(f"*/{RESULT}")):
        if path.parent.name in skip:
            continue
        try:
            yield SubmissionResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError):
            continue


def summary_table(out: Path, exercises: list[str]) -> str:
    """Mean, median and a five-bin distribution per exercise, from the gradebook's rows."""
    store = ResultStore(out, exercises)
    rows = list(store.rows.values())
    lines = [f"{len(rows)} students graded in {out}"]
    if not rows:
        return "\n".join(lines) + "\n"
    header = f"  {'exercise':<12} {'mean':>7} {'median':>7}   0-20% 20-40% 40-60% 60-80% 80-100%"
    lines.append(header)
    columns = [("total", 1, 2)] + [(name, 3 + i, None) for i, name in enumerate(exercises)]
    maxima = _maxima(out, exercises)
    for name, index, max_index in columns:
        values = [float(row[index]) for row in rows if row[index] != ""]
        if not values:
            continue
        top = maxima.get(name) or max(values) or 1.0
        bins = [0] * 5
        for v in values:
            bins[min(4, int(5 * v / top))] += 1
        lines.append(
            f"  {name:<12} {statistics.mean(values):7.2f} {statistics.median(values):7.2f}   "
            + " ".join(f"{b:>6}" for b in bins[:4])
            + f" {bins[4]:>7}"
        )
    return "\n".join(lines) + "\n"


def _maxima(out: Path, exercises: list[str]) -> dict[str, float]:
    """The maximum of each column, from any one result (they all share the course's points)."""
    for path in Path(out).glob(f"*/{RESULT}"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        maxima = {e["name"]: e["max_score"] for e in record.get("exercises", [])}
        maxima["total"] = record.get("max_score", 0)
        return maxima
    return {}
