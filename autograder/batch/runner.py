"""Grade a whole class: warm workers, results as they come, resumable.

Each worker is a process started once that keeps a warm sandbox (its zygote
has NumPy loaded) and one pytest session (the checks collected once), fed
chunks of submissions through a queue of its own; it writes each student's
feedback and then ``result.json`` itself, and sends the parent the brief
record. The parent only hands out chunks, writes the gradebook as results
arrive, and shows progress: it keeps one small row per student and the
summary's counts.

The parent never waits without a limit. A worker that dies, or hangs (holds
a chunk longer than ``longest_chunk_seconds`` allows, or says nothing for as
long), is killed with all it started and replaced, and its chunks are given
back; a chunk that costs two workers is the grader's failure, reported as such.

With ``executor="dask"`` the chunks go to a Dask distributed cluster instead,
through its standard ``Client.submit``; every task builds its own sandbox on
the worker that runs it, so the isolation is the same. Every path is made
absolute before any work is sent (a worker's working folder is its own), and
the workers are asked first whether they see each submission, the course and
the results folder: a path one of them cannot reach refuses the batch
(``BatchUsageError``) before anything is graded.

A failure of the grader itself (workers that cannot start, a Dask cluster that
does not answer, broken checks) raises ``GraderError``; one that costs only some
submissions (a chunk whose worker died twice, a Dask task that failed) gives
those students a record marked ``grader_failure``, and the rest is graded.

A student is graded again when their submission changed since their stored
result: each result holds the ``fingerprint`` of the submission as read, and
the parent compares it with the submission's now.
"""

from __future__ import annotations

import collections
import ctypes
import dataclasses
import json
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import signal
import statistics
import time
from concurrent.futures import CancelledError
from dataclasses import dataclass, field
from pathlib import Path

from ..course import Course, Limits, load_course
from ..grading.bounds import MAX_PROBLEM_CHARS, cut
from ..grading.results import ExerciseResult, SubmissionResult, TestResult
from ..sandbox.host import Sandbox
from ..sandbox.isolation import detect
from ..submission import Submission, SubmissionError, fingerprint, load_submission
from . import messages
from .discover import Entry
from .store import FEEDBACK, RESULT, SUMMARY, ResultStore, check_student_folder, write_result

CHUNK = 2  # submissions per task of a local worker: a worker that dies costs a retry of this many
PREFETCH = 2  # chunks a local worker holds at once: the one it grades and the next
DASK_CHUNK = 8  # per Dask task, which starts a sandbox and a pytest session of its own
IDLE_DEATHS = 3  # workers dying (or hanging) in a row before beginning any chunk: the batch stops
CHECKPOINT_SECONDS = 1.0  # how often the gradebook is rewritten while results arrive
RECOVER_SECONDS = 0.5  # how often the parent looks for dead and hung workers
START_UP_SECONDS = 120.0  # a worker's start (NumPy, pytest, the checks collected, two zygotes) on a busy machine
GRADER_SECONDS_PER_SUBMISSION = 60.0  # the grader's own work on one submission: references, feedback, pictures
PAUSED_SECONDS = 5.0  # a longer gap between two turns of the parent's loop: the parent itself was not running
JOIN_SECONDS = 5.0  # the longest the parent waits for a killed worker to be gone, or a stopped one to exit


def longest_chunk_seconds(limits: Limits, submissions: int) -> float:
    """The longest a worker can legitimately take over a chunk of ``submissions``.

    Student code is cut off once a submission has used ``submission_timeout``;
    on top of that come the grader's own work for each submission (reference
    results, forking children, writing feedback and drawing pictures) and, once,
    the start of a worker. The margins are generous on purpose: a worker that
    takes longer than this, or says nothing for as long, is not slow but hung,
    and is killed (see ``_LocalRun``).
    """
    return START_UP_SECONDS + submissions * (limits.submission_timeout + GRADER_SECONDS_PER_SUBMISSION)


class BatchUsageError(ValueError):
    """What was asked cannot be done as asked (a path the Dask workers cannot reach, Dask not
    installed): nothing was graded."""


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


def _die_with_parent() -> None:
    """Linux: when the process that started us dies (even by kill -9), so do we."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _load(course: Course, entry: Entry, chosen) -> tuple[Submission | SubmissionResult, str]:
    """The entry's submission, or (if it cannot be read) its result: zero, and why; with the
    fingerprint of what was read (``submission.fingerprint``)."""
    from ..grader import unreadable

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
    return _load(course, entry, [])[1]


def _finish(result: SubmissionResult, out: Path | None, pictures: bool, fingerprint: str = "") -> dict:
    """Write the student's feedback and then result.json (when there is a results folder), with
    the ``fingerprint`` of the submission graded; the record the parent needs: the brief one of
    ``--format json``, with what the class summary also counts (each test's description, each
    exercise's problem) and the fingerprint."""
    from ..report.feedback import write_feedback

    if out is not None:
        check_student_folder(result.submission)  # before anything is written under that name
        try:
            write_feedback(result, out / result.submission, pictures=pictures)
        except Exception:  # noqa: BLE001 - one student's odd values must not cost the class its feedback
            try:
                write_feedback(result, out / result.submission, pictures=False)
            except Exception as exc:  # noqa: BLE001
                _write_plain_feedback(result, out / result.submission, exc)
        full = result.to_dict(full=True)
        if fingerprint:
            full["fingerprint"] = fingerprint
        write_result(out, result.submission, full)
    record = result.to_dict()
    if fingerprint:
        record["fingerprint"] = fingerprint
    for exercise, brief in zip(result.exercises, record["exercises"]):
        if exercise.problem:
            brief["problem"] = exercise.problem
        for test, test_brief in zip(exercise.tests, brief["tests"]):
            test_brief["description"] = test.description
    return record


def _write_plain_feedback(result: SubmissionResult, folder: Path, problem: Exception) -> None:
    """The feedback as the text table, when the page itself could not be made."""
    from ..report import text
    from ..atomic_write import write_atomic

    note = f"(The full feedback page could not be made: {type(problem).__name__}.)"
    write_atomic(folder / "feedback.md", text.table([result], verbose=True) + "\n" + note + "\n")


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
    read = [_load(course, entry, chosen) for entry in entries]
    submissions = [s for s, _ in read if isinstance(s, Submission)]
    graded = iter(grade(submissions, course=course, sandbox=sandbox, reference_sandbox=reference_sandbox,
                        exercises=exercises))  # fmt: skip
    results = [next(graded) if isinstance(s, Submission) else s for s, _ in read]
    return [(entry.student, _finish(result, out, pictures, seen))
            for entry, result, (_, seen) in zip(entries, results, read)]  # fmt: skip


class _Feeder:
    """Feeds a worker's one grading session from the task queue, chunk after chunk.

    The session collects the checks once and asks for the next submission when
    it has finished the last, so when a chunk's last submission is asked past,
    all of that chunk is graded and its records go back to the parent.
    """

    def __init__(self, course: Course, tasks, replies, out: Path | None, pictures: bool, exercises):
        # replies: a pipe's sending end (see ``messages``); a send is written before the worker goes
        # on, so even a worker killed right after saying "start" has said it
        from ..grader import chosen_exercises

        self.course, self.tasks, self.replies = course, tasks, replies
        self.out, self.pictures = out, pictures
        self.chosen = chosen_exercises(course, exercises)
        self.records: dict[str, dict] = {}
        self.fingerprints: dict[str, str] = {}  # of the chunk's submissions, as read

    def __iter__(self):
        while True:
            task = self.tasks.get()
            if task is None:
                return
            chunk_id, entries = task
            messages.send(self.replies, ("start", chunk_id, None))
            self.records, self.fingerprints = {}, {}
            for student, path in entries:
                loaded, self.fingerprints[student] = _load(self.course, Entry(student, Path(path)), self.chosen)
                if isinstance(loaded, Submission):
                    yield loaded  # graded before the next one is asked for
                else:
                    self.on_result(loaded)
            records = [(student, self.records[student]) for student, _ in entries]
            messages.send(self.replies, ("done", chunk_id, records))

    def on_result(self, result: SubmissionResult) -> None:
        self.records[result.submission] = _finish(result, self.out, self.pictures,
                                                  self.fingerprints.get(result.submission, ""))  # fmt: skip


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
            messages.send(replies, ("fatal", None, str(exc)))


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


def _crash_records(course: Course, entries, exercises, what: str) -> list[tuple[str, dict]]:
    """What a submission gets when the grader itself failed on it (``what`` says how): nothing
    the student did; each exercise has an error and a problem saying so."""
    from ..grader import chosen_exercises

    message = f"{what}; this is the grader's failure, not the submission's: please grade it again on its own"
    failed = tuple(
        ExerciseResult(e.module, e.title, e.points, (TestResult("grading", e.points, "error", message=message),),
                       problem=message)  # fmt: skip
        for e in chosen_exercises(course, exercises)
    )
    return [(student, SubmissionResult(student, failed, grader_failure=message).to_dict(full=True))
            for student, _ in entries]  # fmt: skip


def _twice(failures: list[str]) -> str:
    """How a chunk's two workers failed, for its students' messages."""
    how = failures[0] if len(set(failures)) == 1 else " or ".join(dict.fromkeys(failures))
    return f"the grader's worker {how} while grading this submission (twice)"


def _descendants(pid: int) -> list[int]:
    """The processes ``pid`` started, and the ones they started, found through /proc (Linux;
    nothing elsewhere). A process whose parent died is no longer found: look before killing."""
    children = collections.defaultdict(list)
    try:
        entries = [entry for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return []
    for entry in entries:
        try:
            stat = Path(f"/proc/{entry}/stat").read_bytes()
        except OSError:
            continue
        children[int(stat[stat.rfind(b")") + 2 :].split()[1])].append(int(entry))
    found, parents = [], [pid]
    while parents:
        for child in children.get(parents.pop(), []):
            found.append(child)
            parents.append(child)
    return found


def _kill_tree(pid: int) -> None:
    """SIGKILL a worker and all it started: its sandboxes' zygotes and their children, each in a
    session of its own, which a zygote that stopped answering would otherwise leave behind.

    Each process goes with its whole process group where it leads one (never the parent's
    own group, which a worker shares). SIGKILL ends a stopped process too."""
    ours = os.getpgrp()
    for member in [pid, *_descendants(pid)]:
        try:
            group = os.getpgid(member)
            if group == member and group != ours:
                os.killpg(group, signal.SIGKILL)
            else:
                os.kill(member, signal.SIGKILL)
        except OSError:
            pass  # gone already


@dataclass
class _Worker:
    """A local worker as the parent sees it."""

    process: multiprocessing.process.BaseProcess
    inbox: object  # its own task queue
    answers: messages.Reader  # what it says, through a pipe of its own
    seat: int | None  # the CPU it sits on
    heard: float  # when it last said anything, or was given work while it held none
    began: bool = False  # it began a chunk: its death is a chunk's doing, not the grader's start-up
    hung: bool = False  # the parent killed it for taking too long or saying nothing

    @property
    def pid(self) -> int:
        return self.process.pid

    def forget(self) -> None:
        """Close the parent's ends of its pipe and queue, never waiting for the worker."""
        self.answers.close()
        self.inbox.cancel_join_thread()  # what was put for it and not sent is dropped
        self.inbox.close()


class _LocalRun:
    """Local workers, each handed its own chunks through a queue of its own and
    answering through a pipe of its own.

    The parent records which worker holds which chunk as it hands it out, and
    since when the worker has been at the chunk it began. A worker that dies
    (even by kill -9, at any moment) gives its chunks back; so does one that
    hangs: one that has been at a chunk for longer than that chunk can take
    (``longest_chunk_seconds``, or ``deadline``), or has said nothing for as
    long while it holds chunks, is killed with all it started, and counts as
    dead. A chunk its worker had begun is tried once more, then reported as the
    grader's failure; one it had not begun simply goes to another worker. Each
    worker holds ``PREFETCH`` chunks, so it never waits for the parent between
    two. The parent never waits on a worker without a time limit: it reads the
    pipes without blocking, and looks for dead and hung workers every
    ``RECOVER_SECONDS`` while the others keep answering.
    """

    def __init__(self, course: Course, chunks, *, workers: int, out, pictures, exercises, level, on_records,
                 deadline: float | None = None):  # fmt: skip
        self.course, self.exercises, self.on_records = course, exercises, on_records
        self.deadline = deadline  # seconds a worker may take over one chunk; None: longest_chunk_seconds
        self.context = multiprocessing.get_context("spawn")
        self.args = (str(course.path), level, str(out) if out else None, pictures, exercises)
        self.pool: dict[int, _Worker] = {}  # the live workers by pid
        self.cpus = _cpus()
        self.pending = dict(enumerate(chunks))
        self.waiting = collections.deque(self.pending)  # chunk ids no worker holds
        self.owner: dict[int, int] = {}  # chunk id -> the worker holding it
        self.began_at: dict[int, float] = {}  # chunk id -> when its holder said it began it
        self.attempts = dict.fromkeys(self.pending, 0)  # times a worker began the chunk
        self.failures: dict[int, list[str]] = {chunk_id: [] for chunk_id in self.pending}  # how those ended
        self.idle_deaths = 0  # workers that died before beginning any, since one last began
        self.workers = min(workers, len(self.pending))

    def run(self) -> None:
        for _ in range(self.workers):
            self._start_worker(hand_out=False)
        for depth in range(1, PREFETCH + 1):  # one chunk each first, so a small batch is shared
            for worker in self.pool.values():
                self._hand_out(worker, depth)
        try:
            checked = turn = time.monotonic()
            while self.pending:
                listening = {w.answers: w for w in self.pool.values() if not w.answers.closed}
                for reader in multiprocessing.connection.wait(list(listening), timeout=RECOVER_SECONDS):
                    self._hear(listening[reader])
                now = time.monotonic()
                if now - turn > PAUSED_SECONDS:
                    self._pause_clocks(now - turn)
                turn = now
                if now - checked >= RECOVER_SECONDS or any(r.closed for r in listening):
                    self._stop_hung()
                    self._recover()
                    checked = time.monotonic()
        finally:
            self._stop()

    def _hear(self, worker: _Worker) -> None:
        """Take what a worker has said (a worker that closed its pipe is gone: ``_recover``
        takes its chunks back)."""
        for kind, chunk_id, payload in worker.answers.read():
            worker.heard = time.monotonic()
            self._take(worker, kind, chunk_id, payload)

    def _take(self, worker: _Worker, kind: str, chunk_id, payload) -> None:
        """One message from a worker: it began a chunk, finished one, or cannot grade at all."""
        if kind == "fatal":
            from ..grader import GraderError

            raise GraderError(payload)
        if kind == "start":
            worker.began = True
            self.idle_deaths = 0
            self.attempts[chunk_id] += 1
            self.began_at[chunk_id] = time.monotonic()
        elif chunk_id in self.pending:
            self.owner.pop(chunk_id, None)
            self.began_at.pop(chunk_id, None)
            del self.pending[chunk_id]
            self.on_records(payload)
            if worker.pid in self.pool:
                self._hand_out(worker)

    def _pause_clocks(self, gap: float) -> None:
        """The parent did not run for ``gap`` seconds (the whole batch was stopped, say, with
        Ctrl-Z): that time does not count against the workers."""
        for worker in self.pool.values():
            worker.heard += gap
        for chunk_id in self.began_at:
            self.began_at[chunk_id] += gap

    def _start_worker(self, replacing: _Worker | None = None, hand_out: bool = True) -> None:
        """Start a worker on the CPU of the one it replaces, or on the one with the fewest workers."""
        seat = replacing.seat if replacing else None
        if seat is None and self.cpus:
            seats = [worker.seat for worker in self.pool.values()]
            seat = min(self.cpus, key=lambda cpu: (seats.count(cpu), cpu))
        inbox = self.context.Queue()
        answers, replies = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_worker, args=(*self.args, inbox, replies, seat), daemon=True)
        process.start()
        replies.close()  # the worker holds the only sending end: its death closes the pipe
        worker = _Worker(process, inbox, messages.Reader(answers), seat, heard=time.monotonic())
        self.pool[process.pid] = worker
        if hand_out:
            self._hand_out(worker)

    def _held(self, worker: _Worker) -> list[int]:
        return [chunk_id for chunk_id, holder in self.owner.items() if holder == worker.pid]

    def _hand_out(self, worker: _Worker, up_to: int = PREFETCH) -> None:
        """Give the worker chunks until it holds ``up_to``."""
        held = len(self._held(worker))
        if held == 0 and self.waiting:
            worker.heard = time.monotonic()  # an idle worker owed nothing until now
        while self.waiting and held < up_to:
            chunk_id = self.waiting.popleft()
            self.owner[chunk_id] = worker.pid
            worker.inbox.put((chunk_id, self.pending[chunk_id]))  # never blocks: a thread sends it
            held += 1

    def _allowance(self, chunks: list[int]) -> float:
        """How long a worker holding ``chunks`` may be at one of them, or say nothing."""
        if self.deadline is not None:
            return self.deadline
        return longest_chunk_seconds(self.course.limits, max(len(self.pending[c]) for c in chunks))

    def _overdue(self, worker: _Worker, now: float) -> bool:
        """The worker holds chunks and has been at the one it began, or silent, for too long.
        One that holds none is waiting for work, not hung."""
        held = self._held(worker)
        if not held:
            return False
        allowance = self._allowance(held)
        began = [self.began_at[chunk_id] for chunk_id in held if chunk_id in self.began_at]
        return now - worker.heard > allowance or any(now - since > allowance for since in began)

    def _stop_hung(self) -> None:
        """Kill the workers that are overdue (stopped, blocked, in a loop): ``_recover`` then
        treats them as dead."""
        now = time.monotonic()
        for worker in self.pool.values():
            if not worker.hung and self._overdue(worker, now):
                worker.hung = True
                _kill_tree(worker.pid)
                worker.process.join(JOIN_SECONDS)

    def _recover(self) -> None:
        """Replace dead (or killed) workers and take their chunks back.

        Workers that keep dying or hanging before they begin any chunk are not a
        submission's doing: the grader cannot start (a broken installation, say),
        and replacing them again and again would never end, so the third such
        death in a row stops the batch with an error."""
        for pid, worker in list(self.pool.items()):
            if worker.process.is_alive() and not worker.hung:
                continue
            del self.pool[pid]
            self._last_words(worker)
            worker.forget()
            self.idle_deaths += not worker.began
            if self.idle_deaths >= IDLE_DEATHS:
                from ..grader import GraderError

                last = "said nothing for too long" if worker.hung else f"exit code {worker.process.exitcode}"
                raise GraderError(
                    f"grading workers died or hung {IDLE_DEATHS} times in a row before they could grade anything "
                    f"(the last: {last}); see the messages above"
                )
            self._give_back(worker, "stopped answering" if worker.hung else "died")
            if self.pending and (self.waiting or not self.pool):
                self._start_worker(replacing=worker)
        for worker in self.pool.values():
            self._hand_out(worker)

    def _give_back(self, worker: _Worker, how: str) -> None:
        """The chunks of a worker that is gone: tried again, or (the second time a worker
        that began one is lost) reported as the grader's failure."""
        for chunk_id in self._held(worker):
            del self.owner[chunk_id]
            if self.began_at.pop(chunk_id, None) is not None:
                self.failures[chunk_id].append(how)
            if self.attempts[chunk_id] >= 2:
                entries = self.pending.pop(chunk_id)
                what = _twice(self.failures[chunk_id])
                self.on_records(_crash_records(self.course, entries, self.exercises, what), written=False)
            else:
                self.waiting.appendleft(chunk_id)

    def _last_words(self, worker: _Worker) -> None:
        """Read what a dead worker said before it died ("start", "done"), so its chunks are
        counted right."""
        for kind, chunk_id, payload in worker.answers.read_all():
            self._take(worker, kind, chunk_id, payload)

    def _stop(self) -> None:
        """Tell the workers to finish, give them ``JOIN_SECONDS``, then kill those still there."""
        for worker in self.pool.values():
            worker.inbox.put(None)
        deadline = time.monotonic() + JOIN_SECONDS
        for worker in self.pool.values():
            worker.process.join(max(0.1, deadline - time.monotonic()))
        for worker in self.pool.values():
            if worker.process.is_alive():
                _kill_tree(worker.pid)
                worker.process.join(JOIN_SECONDS)
            worker.forget()


def _run_local(course: Course, chunks, **options) -> None:
    _LocalRun(course, chunks, **options).run()


def _connect(scheduler: str):
    """A Dask client of the scheduler, which must answer within Dask's connect timeout."""
    from ..grader import GraderError

    try:
        from distributed import Client
    except ImportError:
        raise BatchUsageError("--executor dask needs the 'distributed' package: pip install 'dask[distributed]'") from None
    try:
        return Client(scheduler)
    except (OSError, TimeoutError) as exc:
        raise GraderError(f"could not reach the Dask scheduler at {scheduler}: {exc}") from None


def unreachable(paths: list[str], folders: list[str], writable: str) -> list[str]:
    """Run on a Dask worker: which of ``paths`` (submissions, files) and ``folders`` it cannot
    see, and whether it can write into ``writable`` (the results folder), each with why."""
    import tempfile

    missing = [f"{p} (not found)" for p in paths if not os.path.lexists(p)]
    missing += [f"{f} (not a folder)" for f in folders if not os.path.isdir(f)]
    try:
        handle, probe = tempfile.mkstemp(prefix=".nnkit-probe-", dir=writable)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        missing.append(f"{writable} (cannot write there: {exc.strerror or exc})")
    return missing


MAX_PATHS_SHOWN = 5


def _check_reachable(client, course: Course, entries: list[Entry], out: Path) -> None:
    """Ask every worker of the cluster whether it sees the submissions, the course and the results
    folder at the paths this machine uses; refuse the batch (``BatchUsageError``) if one does not."""
    from ..grader import GraderError

    try:
        client.wait_for_workers(1, timeout=START_UP_SECONDS)
        answers = client.run(unreachable, [str(e.path) for e in entries] + [str(course.path)],
                             [str(course.solutions_dir), str(course.checks_dir)], str(out))  # fmt: skip
    except Exception as exc:  # noqa: BLE001 - no worker came, or nnkit could not run on one
        raise GraderError(f"the Dask workers could not be asked which paths they see: {type(exc).__name__}: "
                          f"{cut(str(exc), MAX_PROBLEM_CHARS)}") from None  # fmt: skip
    for worker, missing in sorted(answers.items()):
        if missing:
            shown = "; ".join(missing[:MAX_PATHS_SHOWN])
            more = f"; and {len(missing) - MAX_PATHS_SHOWN} more" if len(missing) > MAX_PATHS_SHOWN else ""
            raise BatchUsageError(
                f"the Dask worker {worker} cannot reach {shown}{more}: every worker must see the submissions, "
                "the course and the results folder at the same absolute paths as this machine (a shared filesystem)"
            )


def _run_dask(course: Course, chunks, *, client, out, pictures, exercises, level, on_records,
              deadline: float | None = None) -> None:  # fmt: skip
    """Grade the chunks as tasks of a Dask cluster, with a limit on every wait: some task must
    finish within the longest a chunk can take (or ``deadline``), or the batch stops with what
    is graded saved (``GraderError``). A task that fails (Dask gives up on it after its workers
    died: KilledWorker; or the grader raised on the worker) costs its students a record marked
    as the grader's failure; the other tasks go on."""
    from distributed import wait

    from ..grader import GraderError

    allowance = deadline or longest_chunk_seconds(course.limits, max(len(entries) for entries in chunks))
    tasks = {
        client.submit(grade_chunk_remote, str(course.path), level, entries, str(out) if out else None, pictures,
                      exercises, pure=False): entries  # fmt: skip
        for entries in chunks
    }
    left = set(tasks)
    while left:
        try:
            done, left = wait(left, timeout=allowance, return_when="FIRST_COMPLETED")
        except TimeoutError:
            client.cancel(list(left))
            raise GraderError(
                f"no Dask task finished in {allowance:g} s ({len(left)} of {len(tasks)} chunks still out): the "
                "cluster's workers may be hung or gone; what is graded is saved, run the same command again "
                "to grade the rest"
            ) from None
        except CancelledError as exc:
            raise GraderError(f"the Dask scheduler dropped the grading tasks: {exc}") from None
        for task in done:
            try:
                records = task.result()
            except Exception as exc:  # noqa: BLE001 - a task's failure is its students', never the batch's
                on_records(_crash_records(course, tasks[task], exercises, _dask_failure(exc)), written=False)
                continue
            on_records(records)


def _dask_failure(exc: BaseException) -> str:
    """How a Dask task failed, for its students' messages."""
    if type(exc).__name__ == "KilledWorker":
        return "the grader's Dask workers died while grading this submission (each time it was tried)"
    said = cut(f"{type(exc).__name__}: {exc}", MAX_PROBLEM_CHARS)
    return f"the grader failed on its Dask worker while grading this submission ({said})"


def _absolute(entries: list[Entry]) -> list[Entry]:
    """The entries with absolute paths (not resolved: a link named stays a link), so that a worker
    whose working folder differs reads the same files."""
    return [dataclasses.replace(e, path=Path(e.path).absolute()) for e in entries]


def _to_grade(store: ResultStore, course: Course, entries: list[Entry], force: bool) -> list[Entry]:
    """The entries to grade: all with ``force``; otherwise those without a stored result, and
    those whose submission changed since (its fingerprint now is not the stored one)."""
    if force:
        return list(entries)
    return [e for e in entries if not store.current(e.student, read_fingerprint(course, e))]


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
    deadline: float | None = None,
    missing=(),
    on_stored=None,
) -> BatchReport:
    """Grade into ``out`` every entry not graded yet, or changed since it was (all with
    ``force``); see the module docstring. ``missing``: student ids of the roster without a
    submission, listed in the gradebook with total 0 and status ``missing``.

    ``on_record`` gets the brief record of each student graded now, as they finish;
    ``on_stored``, at the end, that of each entry not graded again (its stored result).

    ``deadline``: the seconds a worker may take over one chunk (or go without a word while it
    holds one) before it counts as hung; by default ``longest_chunk_seconds`` of the chunk,
    from the course's limits. Tests make it short.

    Raises ``BatchUsageError`` (nothing graded) when the work cannot be sent as asked, and
    ``GraderError`` when the grader itself cannot go on; what is graded by then is saved.
    """
    from ..grader import chosen_exercises
    from ..atomic_write import write_atomic

    started = time.monotonic()
    out = Path(out).absolute()
    entries = _absolute(entries)
    chosen = chosen_exercises(course, exercises)
    store = ResultStore(out, [e.module for e in chosen])
    client = _connect(scheduler) if executor == "dask" else None
    try:
        if client is not None:
            _check_reachable(client, course, entries, out)
        report, summary, summarised, isolation = _grade_into(
            store, client, entries, course=course, out=out, workers=workers, force=force, pictures=pictures,
            exercises=exercises, executor=executor, isolation_level=isolation_level, progress=progress,
            on_record=on_record, deadline=deadline,
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
    for result in _all_results(out, skip=summarised):  # the students graded by earlier runs
        summary.add(result)
        if on_stored is not None and result.submission in named:
            on_stored(result.to_dict())
    for student in report.missing:
        summary.add_missing(student)
    pages = {student for student in store.rows if (out / student / FEEDBACK).is_file()}
    write_atomic(out / SUMMARY, summary.render_html(isolation=isolation, feedback=pages))
    report.totals = store.totals()
    report.seconds = time.monotonic() - started
    return report


def _grade_into(store: ResultStore, client, entries, *, course, out, workers, force, pictures, exercises, executor,
                isolation_level, progress, on_record, deadline):  # fmt: skip
    """Grade what needs grading into ``store``: the report, the summary's counts of the students
    graded now, who they are, and how student code was isolated. The gradebook is written even
    when the grader fails part-way (``GraderError``), with everyone graded by then."""
    from ..report.summary import Summary

    todo = _to_grade(store, course, entries, force)
    report = BatchReport(skipped=len(entries) - len(todo))
    summary, summarised = Summary(), set()  # counts, and who is in them already
    isolation = detect(tmp_mb=course.limits.scratch_mb, prefer=isolation_level)
    chunk = CHUNK if executor == "local" else DASK_CHUNK
    chunks = [[(e.student, str(e.path)) for e in todo[i : i + chunk]] for i in range(0, len(todo), chunk)]
    last_checkpoint = time.monotonic()

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
            if record.get("grader_failure"):
                report.grader_failures.append(student)
            if progress is not None:
                progress.update(student, record)
            if on_record is not None:
                on_record(record)
        if time.monotonic() - last_checkpoint >= CHECKPOINT_SECONDS:
            store.write_gradebook()
            last_checkpoint = time.monotonic()

    if chunks:
        common = dict(out=out, pictures=pictures, exercises=exercises, level=isolation.level, on_records=on_records,
                      deadline=deadline)  # fmt: skip
        try:
            if client is not None:
                _run_dask(course, chunks, client=client, **common)
            else:
                _run_local(course, chunks, workers=max(1, workers or os.cpu_count() or 1), **common)
        except BaseException:
            store.write_gradebook()
            raise
    return report, summary, summarised, isolation.describe()


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
    rows = list(store.rows.values())  # the students with a result: the missing have no row on disk
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
