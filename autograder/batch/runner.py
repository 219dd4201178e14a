"""Grade a whole class into a results folder: warm workers, results as they come, resumable.

``grade_batch`` decides who needs grading, cuts them into chunks and hands the
chunks to an executor: local workers (``supervisor``) or a Dask cluster
(``dask_executor``). Wherever a chunk is graded (``chunks``), the student's
feedback and ``result.json`` are written there (``student_files``), and the
full record comes back here. This side only keeps the gradebook (``store``),
the class summary's counts and the progress line up to date as records
arrive: one small row per student, never whole results.

Every path is made absolute before any work is sent (a worker's working folder
is its own). A failure of the grader itself (workers that cannot start, a Dask
cluster that does not answer, broken checks) raises ``GraderError``; one that
costs only some submissions (a chunk whose worker died twice, a Dask task that
failed) gives those students a record marked ``grader_failure``, and the rest is
graded.

A student is graded again when their submission changed since their stored
result: each result holds the ``fingerprint`` of the submission as read, and
this side compares it with the submission's now.
"""


from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..course import Course
from ..grader import chosen_exercises
from ..grading.results import SubmissionResult
from ..atomic_write import write_atomic
from ..report.summary import Summary
from ..similarity.write import write_similarity
from ..sandbox.isolation import detect
from .chunks import read_fingerprint
from .dask_executor import check_reachable, connect, run_dask
from .discover import Entry
from .store import FEEDBACK, SUMMARY, ResultStore, stored_results
from .supervisor import run_local

CHUNK = 2  # submissions per task of a local worker: a worker that dies costs a retry of this many
DASK_CHUNK = 8  # per Dask task, which starts a sandbox and a pytest session of its own
CHECKPOINT_SECONDS = 1.0  # how often the gradebook is rewritten while results arrive


@dataclass
class BatchReport:
    """What a batch did.

    ``failed_students``: graded now, with anything but the status ``graded``;
    ``grader_failures``: those the grader itself failed on (their records say so);
    ``missing``: students of the roster without a submission;
    ``totals``: every student of the gradebook, graded now or by an earlier run, and their total.
    """

    graded: int = 0
    skipped: int = 0
    failed_students: list[str] = field(default_factory=list)
    grader_failures: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    totals: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0

    def below(self, min_score: float) -> list[tuple[str, float]]:
        """Every student of the gradebook whose total is below ``min_score``, by name."""
        return sorted((student, total) for student, total in self.totals.items() if total < min_score)


def _absolute(entries: list[Entry]) -> list[Entry]:
    """The entries with absolute paths (not resolved: a link named stays a link), so that a worker
    whose working folder differs reads the same files."""
    return [dataclasses.replace(e, path=Path(e.path).absolute()) for e in entries]


def _to_grade(store: ResultStore, course: Course, entries: list[Entry], force: bool) -> list[Entry]:
    """The entries to grade: all with ``force``; otherwise those without a stored result, and
    those whose submission changed since (its fingerprint now is not the stored one). Only a
    stored result costs a reading of the submission: a new class is not read twice."""
    if force:
        return list(entries)
    return [e for e in entries if not (store.done(e.student) and store.current(e.student, read_fingerprint(course, e)))]


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
    on_result=None,
    deadline: float | None = None,
    missing=(),
    on_stored=None,
) -> BatchReport:
    """Grade into ``out`` every entry not graded yet, or changed since it was (all with
    ``force``); see the module docstring. ``missing``: student ids of the roster without a
    submission, listed in the gradebook with total 0 and status ``missing``.

    ``on_result`` gets the result of each student graded now, as they finish; ``on_stored``, at
    the end, that of each entry not graded again (its stored result).

    ``deadline``: the seconds a worker may take over one chunk (or go without a word while it
    holds one) before it counts as hung; by default ``longest_chunk_seconds`` of the chunk,
    from the course's limits. Tests make it short.

    Raises ``BatchUsageError`` (nothing graded) when the work cannot be sent as asked, and
    ``GraderError`` when the grader itself cannot go on; what is graded by then is saved.
    """
    started = time.monotonic()
    out = Path(out).absolute()
    entries = _absolute(entries)
    chosen = chosen_exercises(course, exercises)
    store = ResultStore(out, [e.module for e in chosen])
    client = connect(scheduler) if executor == "dask" else None
    try:
        if client is not None:
            check_reachable(client, course, entries, out)
        report, summary, summarised, isolation = _grade_into(
            store, client, entries, course=course, out=out, workers=workers, force=force, pictures=pictures,
            exercises=exercises, executor=executor, isolation_level=isolation_level, progress=progress,
            on_result=on_result, deadline=deadline,
        )  # fmt: skip
    finally:
        if client is not None:
            client.close()
    max_score = sum(e.points for e in chosen)
    for student in missing:
        if not store.done(student):
            store.mark_missing(student, max_score)
            report.missing.append(student)
    store.write_gradebook()
    named = {e.student for e in entries}
    for result in stored_results(out, skip=summarised):  # the students graded by earlier runs
        summary.add(result)
        if on_stored is not None and result.submission in named:
            on_stored(result)
    for student in report.missing:
        summary.add_missing(student)
    flagged = write_similarity(out, course=course, workers=workers)
    pages = {student for student in store.rows if (out / student / FEEDBACK).is_file()}
    write_atomic(out / SUMMARY, summary.render_html(isolation=isolation, feedback=pages, similar=len(flagged)))
    report.totals = store.totals()
    report.seconds = time.monotonic() - started
    return report


def _grade_into(store: ResultStore, client, entries, *, course, out, workers, force, pictures, exercises, executor,
                isolation_level, progress, on_result, deadline):  # fmt: skip
    """Grade what needs grading into ``store``: the report, the summary's counts of the students
    graded now, who they are, and how student code was isolated. The gradebook is written even
    when the grader fails part-way (``GraderError``), with everyone graded by then."""
    todo = _to_grade(store, course, entries, force)
    report = BatchReport(skipped=len(entries) - len(todo))
    summary, summarised = Summary(), set()  # counts, and who is in them already
    isolation = detect(tmp_mb=course.limits.scratch_mb, prefer=isolation_level)
    chunk = CHUNK if executor == "local" else DASK_CHUNK
    chunks = [[(e.student, str(e.path)) for e in todo[i : i + chunk]] for i in range(0, len(todo), chunk)]
    last_checkpoint = time.monotonic()

    def on_records(records, written: bool = True):
        """The full records of graded students; ``written``: their result.json is on disk already."""
        nonlocal last_checkpoint
        for student, record in records:
            if written:
                store.note(student, record)
            else:
                store.save(student, record)
            result = SubmissionResult.from_dict(record)
            summary.add(result)
            summarised.add(student)
            report.graded += 1
            if record.get("problem") or store.rows[student]["status"] != "graded":
                report.failed_students.append(student)
            if record.get("grader_failure"):
                report.grader_failures.append(student)
            if progress is not None:
                progress.update(student, record)
            if on_result is not None:
                on_result(result)
        if time.monotonic() - last_checkpoint >= CHECKPOINT_SECONDS:
            store.write_gradebook()
            last_checkpoint = time.monotonic()

    if chunks:
        common = dict(out=out, pictures=pictures, exercises=exercises, level=isolation.level, on_records=on_records,
                      deadline=deadline)  # fmt: skip
        try:
            if client is not None:
                run_dask(course, chunks, client=client, **common)
            else:
                run_local(course, chunks, workers=max(1, workers or os.cpu_count() or 1), **common)
        except BaseException:
            store.write_gradebook()
            raise
    return report, summary, summarised, isolation.describe()
