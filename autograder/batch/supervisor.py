"""The supervisor of local workers: a pool of processes that grade chunks, watched for deaths and hangs.

Each worker is a process started once that keeps a warm sandbox (its zygote
has NumPy loaded) and one pytest session (the checks collected once), fed
chunks of submissions through a pipe of its own (``chunks.ChunkFeeder``); it
writes each student's files itself and sends the parent their records through
another pipe of its own (``messages``). Each worker is pinned to one CPU.

On Linux a worker is forked from the parent, which has imported all a worker
needs (NumPy, pytest, the grader) by then: a worker is ready in a few tenths of
a second instead of the second or more a fresh interpreter takes to import it
all again. A fork copies only the thread that calls it, so it is used only
while the parent runs no other thread (the supervisor starts none: its pipes
are written directly, not through ``multiprocessing.Queue``'s feeder threads).
Otherwise, and off Linux (macOS's system libraries do not survive a fork),
workers are spawned.

The parent never waits without a limit. A worker that dies, or hangs (holds
a chunk longer than ``longest_chunk_seconds`` allows, or says nothing for as
long), is killed with all it started and replaced, and its chunks are given
back; a chunk that costs two workers is the grader's failure, reported as such.
"""

from __future__ import annotations

import collections
import ctypes
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..course import Course, load_course
from ..grader import GraderError, grade_stream
from ..report.drawing import load_matplotlib
from ..sandbox.plain_host import open_sandbox
from ..sandbox.isolation import detect
from . import messages
from .chunks import ChunkFeeder, failed_chunk, longest_chunk_seconds

PREFETCH = 2  # chunks a local worker holds at once: the one it grades and the next
IDLE_DEATHS = 3  # workers dying (or hanging) in a row before beginning any chunk: the batch stops
RECOVER_SECONDS = 0.5  # how often the parent looks for dead and hung workers
PAUSED_SECONDS = 5.0  # a longer gap between two turns of the parent's loop: the parent itself was not running
JOIN_SECONDS = 5.0  # the longest the parent waits for a killed worker to be gone, or a stopped one to exit


def _die_with_parent() -> None:
    """Linux: when the process that started us dies (even by kill -9), so do we."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _cpus() -> list[int]:
    """The CPUs this process may run on (empty where the system does not say)."""
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


def _pin_to_cpu(cpu: int | None) -> None:
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


def _start_method() -> str:
    """How a worker is started: forked where that is safe (see the module's docstring), on Linux
    from a process that runs no other thread; otherwise spawned, a fresh interpreter."""
    return "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"


def _worker_main(course_path: str, level: str, out: str | None, pictures: bool, exercises, tasks, replies,
                 cpu: int | None = None) -> None:  # fmt: skip
    """A local worker's process: one grading session fed from ``tasks``, answering on ``replies``."""
    _die_with_parent()
    _pin_to_cpu(cpu)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    course = load_course(course_path)
    isolation = detect(tmp_mb=course.limits.scratch_mb, prefer=level)
    feeder = ChunkFeeder(course, tasks, replies, Path(out) if out else None, pictures, exercises)
    with open_sandbox(course.limits, isolation=isolation) as sandbox:
        try:
            grade_stream(feeder, feeder.on_result, course=course, sandbox=sandbox, exercises=exercises)
        except GraderError as exc:
            messages.send(replies, ("fatal", None, str(exc)))


def _how_two_workers_failed(failures: list[str]) -> str:
    """How a chunk's two workers failed, for its students' messages."""
    how = failures[0] if len(set(failures)) == 1 else " or ".join(dict.fromkeys(failures))
    return f"the grader's worker {how} while grading this submission (twice)"


def descendants(pid: int) -> list[int]:
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


def kill_tree(pid: int) -> None:
    """SIGKILL a worker and all it started: its sandboxes' zygotes and their children, each in a
    session of its own, which a zygote that stopped answering would otherwise leave behind.

    Each process goes with its whole process group where it leads one (never the parent's
    own group, which a worker shares). SIGKILL ends a stopped process too."""
    ours = os.getpgrp()
    for member in [pid, *descendants(pid)]:
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
    inbox: multiprocessing.connection.Connection  # the sending end of its own pipe of tasks
    answers: messages.Reader  # what it says, through a pipe of its own
    cpu: int | None  # the CPU it is pinned to
    heard: float  # when it last said anything, or was given work while it held none
    began: bool = False  # it began a chunk: its death is a chunk's doing, not the grader's start-up
    hung: bool = False  # the parent killed it for taking too long or saying nothing

    @property
    def pid(self) -> int:
        return self.process.pid

    def give(self, task) -> None:
        """Send it a task (or ``None``: stop). Never blocks: a worker holds at most ``PREFETCH``
        chunks (a few hundred bytes each) and the stop, far less than a pipe holds. A worker
        that died meanwhile is left to ``_recover``, which takes its chunks back."""
        try:
            self.inbox.send(task)
        except OSError:  # its end is closed: it is gone
            pass

    def forget(self) -> None:
        """Close the parent's ends of its two pipes, never waiting for the worker."""
        self.answers.close()
        self.inbox.close()


class Supervisor:
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
        if self.args[3] and _start_method() == "fork":
            load_matplotlib()  # every worker draws: loaded here, before the forks, it is loaded once
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
        cpu = replacing.cpu if replacing else None
        if cpu is None and self.cpus:
            taken = [worker.cpu for worker in self.pool.values()]
            cpu = min(self.cpus, key=lambda candidate: (taken.count(candidate), candidate))
        context = multiprocessing.get_context(_start_method())
        tasks, inbox = context.Pipe(duplex=False)
        answers, replies = context.Pipe(duplex=False)
        process = context.Process(target=_worker_main, args=(*self.args, tasks, replies, cpu), daemon=True)
        process.start()
        replies.close()  # the worker holds the only sending end: its death closes the pipe
        tasks.close()  # and the only receiving end of its tasks: a send to a dead worker fails at once
        worker = _Worker(process, inbox, messages.Reader(answers), cpu, heard=time.monotonic())
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
            worker.give((chunk_id, self.pending[chunk_id]))
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
                kill_tree(worker.pid)
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
            self._read_last_messages(worker)
            worker.forget()
            self.idle_deaths += not worker.began
            if self.idle_deaths >= IDLE_DEATHS:
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
                what = _how_two_workers_failed(self.failures[chunk_id])
                self.on_records(failed_chunk(self.course, entries, self.exercises, what), written=False)
            else:
                self.waiting.appendleft(chunk_id)

    def _read_last_messages(self, worker: _Worker) -> None:
        """Read what a dead worker said before it died ("start", "done"), so its chunks are
        counted right."""
        for kind, chunk_id, payload in worker.answers.read_all():
            self._take(worker, kind, chunk_id, payload)

    def _stop(self) -> None:
        """Tell the workers to finish, give them ``JOIN_SECONDS``, then kill those still there."""
        for worker in self.pool.values():
            worker.give(None)
        deadline = time.monotonic() + JOIN_SECONDS
        for worker in self.pool.values():
            worker.process.join(max(0.1, deadline - time.monotonic()))
        for worker in self.pool.values():
            if worker.process.is_alive():
                kill_tree(worker.pid)
                worker.process.join(JOIN_SECONDS)
            worker.forget()


def run_local(course: Course, chunks, **options) -> None:
    """Grade the chunks on local workers (see ``Supervisor``)."""
    Supervisor(course, chunks, **options).run()
