"""Grading a chunk of submissions, wherever it runs: a local worker or a Dask task.

A chunk is a few submissions graded in one pytest session, each student's files
written as soon as they are graded (``student_files``). A local worker keeps
one session for all its chunks, fed by ``ChunkFeeder``; a Dask task grades one
chunk with ``grade_chunk``. Either way the parent gets, per student, the record
that was written to their ``result.json``. A chunk the grader itself failed on
gets ``failed_chunk``: records that say so, and cost the student nothing.
"""

from __future__ import annotations

from pathlib import Path

from ..course import Course, Limits
from ..grader import chosen_exercises, grade, unreadable
from ..grading.results import ExerciseResult, SubmissionResult, TestResult
from ..sandbox.host import Sandbox
from ..intake.load import load_submission
from ..intake.submission import Submission, SubmissionError, fingerprint
from . import messages
from ..similarity.sources import write_sources
from .discover import Entry
from .store import check_student_folder
from .student_files import write_student_files

START_UP_SECONDS = 120.0  # a worker's start (NumPy, pytest, the checks collected, its zygote) on a busy machine
GRADER_SECONDS_PER_SUBMISSION = 60.0  # the grader's own work on one submission: references, feedback, pictures


def longest_chunk_seconds(limits: Limits, submissions: int) -> float:
    """The longest a worker can legitimately take over a chunk of ``submissions``.

    Student code is cut off once a submission has used ``submission_timeout``;
    on top of that come the grader's own work for each submission (reference
    results, forking children, writing feedback and drawing pictures) and, once,
    the start of a worker. The margins are generous on purpose: a worker that
    takes longer than this, or says nothing for as long, is not slow but hung,
    and is killed (see ``supervisor``; a Dask task that takes longer stops the batch).
    """
    return START_UP_SECONDS + submissions * (limits.submission_timeout + GRADER_SECONDS_PER_SUBMISSION)


def load_entry(course: Course, entry: Entry, chosen) -> tuple[Submission | SubmissionResult, str]:
    """The entry's submission, or (if it cannot be read) its result: zero, and why; with the
    fingerprint of what was read (``submission.fingerprint``)."""
    try:
        submission = load_submission(entry.path, entry.student, expected=[e.module for e in course.exercises])
        return submission, fingerprint(submission)
    except SubmissionError as exc:
        problem = str(exc)
    except Exception as exc:  # noqa: BLE001 - whatever a submission holds, it stops only itself
        problem = f"the submission could not be read ({type(exc).__name__})"
    return unreadable(entry.student, problem, chosen), fingerprint(None, problem)


def read_fingerprint(course: Course, entry: Entry) -> str:
    """The fingerprint of the entry's submission as a worker grading it now would read it."""
    return load_entry(course, entry, [])[1]


def keep_sources(out: Path | None, student: str, loaded) -> None:
    """Keep a read submission's code in its results folder, for ``similarity.html``."""
    if out is not None and isinstance(loaded, Submission):
        check_student_folder(student)
        write_sources(out / student, loaded.files)


def grade_chunk(
    course: Course,
    entries: list[Entry],
    *,
    out: Path | None,
    pictures: bool,
    sandbox: Sandbox | None = None,
    exercises=None,
) -> list[tuple[str, dict]]:
    """Grade ``entries`` in one pytest session and write their files; (student, record) pairs."""
    chosen = chosen_exercises(course, exercises)
    read = [load_entry(course, entry, chosen) for entry in entries]
    for entry, (loaded, _) in zip(entries, read):
        keep_sources(out, entry.student, loaded)
    submissions = [s for s, _ in read if isinstance(s, Submission)]
    graded = iter(grade(submissions, course=course, sandbox=sandbox, exercises=exercises))  # fmt: skip
    results = [next(graded) if isinstance(s, Submission) else s for s, _ in read]
    return [(entry.student, write_student_files(result, out, pictures, seen))
            for entry, result, (_, seen) in zip(entries, results, read)]  # fmt: skip


class ChunkFeeder:
    """Feeds a worker's one grading session from the task queue, chunk after chunk.

    The session collects the checks once and asks for the next submission when
    it has finished the last, so when a chunk's last submission is asked past,
    all of that chunk is graded and its records go back to the parent.
    """

    def __init__(self, course: Course, tasks, replies, out: Path | None, pictures: bool, exercises):
        # tasks: a pipe's receiving end, chunks and then None; replies: a pipe's sending end (see
        # ``messages``); a send is written before the worker goes on, so even a worker killed right
        # after saying "start" has said it
        self.course, self.tasks, self.replies = course, tasks, replies
        self.out, self.pictures = out, pictures
        self.chosen = chosen_exercises(course, exercises)
        self.records: dict[str, dict] = {}
        self.fingerprints: dict[str, str] = {}  # of the chunk's submissions, as read

    def __iter__(self):
        while True:
            try:
                task = self.tasks.recv()
            except EOFError:  # the parent is gone
                return
            if task is None:
                return
            chunk_id, entries = task
            messages.send(self.replies, ("start", chunk_id, None))
            self.records, self.fingerprints = {}, {}
            for student, path in entries:
                loaded, self.fingerprints[student] = load_entry(self.course, Entry(student, Path(path)), self.chosen)
                if isinstance(loaded, Submission):
                    keep_sources(self.out, student, loaded)
                    yield loaded  # graded before the next one is asked for
                else:
                    self.on_result(loaded)
            records = [(student, self.records[student]) for student, _ in entries]
            messages.send(self.replies, ("done", chunk_id, records))

    def on_result(self, result: SubmissionResult) -> None:
        self.records[result.submission] = write_student_files(result, self.out, self.pictures,
                                                              self.fingerprints.get(result.submission, ""))  # fmt: skip


def failed_chunk(course: Course, entries, exercises, what: str) -> list[tuple[str, dict]]:
    """What a submission gets when the grader itself failed on it (``what`` says how): nothing
    the student did; each exercise has an error and a problem saying so."""
    message = f"{what}; this is the grader's failure, not the submission's: please grade it again on its own"
    failed = tuple(
        ExerciseResult(e.module, e.title, e.points, (TestResult("grading", e.points, "error", message=message),),
                       problem=message)  # fmt: skip
        for e in chosen_exercises(course, exercises)
    )
    return [(student, SubmissionResult(student, failed, grader_failure=message).to_dict(full=True))
            for student, _ in entries]  # fmt: skip
