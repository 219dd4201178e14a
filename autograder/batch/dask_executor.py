"""The Dask executor: chunks graded as tasks of a Dask distributed cluster.

The chunks go to the cluster through its standard ``Client.submit``; every
task builds its own sandbox on the worker that runs it, so the isolation is the
same as on local workers. The workers are asked first whether they see each
submission, the course and the results folder at the paths this machine uses
(made absolute by the runner): a path one of them cannot reach refuses the
batch (``BatchUsageError``) before anything is graded.

A cluster that does not answer, or no task finishing within the longest a chunk
can take, is the grader's failure (``GraderError``); a task that fails costs
only its students, whose records say so.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import CancelledError
from pathlib import Path

from ..course import Course, load_course
from ..grader import GraderError
from ..grading.bounds import MAX_PROBLEM_CHARS, cut
from ..sandbox.plain_host import open_sandbox
from ..sandbox.isolation import detect
from .chunks import START_UP_SECONDS, failed_chunk, grade_chunk, longest_chunk_seconds
from .discover import Entry

MAX_PATHS_SHOWN = 5  # unreachable paths named per worker


class BatchUsageError(ValueError):
    """What was asked cannot be done as asked (a path the Dask workers cannot reach, Dask not
    installed): nothing was graded."""


def connect(scheduler: str):
    """A Dask client of the scheduler, which must answer within Dask's connect timeout."""
    try:
        from distributed import Client
    except ImportError:
        raise BatchUsageError("--executor dask needs the 'distributed' package: "
                              "pip install 'dask[distributed]'") from None  # fmt: skip
    try:
        return Client(scheduler)
    except (OSError, TimeoutError) as exc:
        raise GraderError(f"could not reach the Dask scheduler at {scheduler}: {exc}") from None


def unreachable(paths: list[str], folders: list[str], writable: str) -> list[str]:
    """Run on a Dask worker: which of ``paths`` (submissions, files) and ``folders`` it cannot
    see, and whether it can write into ``writable`` (the results folder), each with why."""
    missing = [f"{p} (not found)" for p in paths if not os.path.lexists(p)]
    missing += [f"{f} (not a folder)" for f in folders if not os.path.isdir(f)]
    try:
        handle, probe = tempfile.mkstemp(prefix=".nnkit-probe-", dir=writable)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        missing.append(f"{writable} (cannot write there: {exc.strerror or exc})")
    return missing


def check_reachable(client, course: Course, entries: list[Entry], out: Path) -> None:
    """Ask every worker of the cluster whether it sees the submissions, the course and the results
    folder at the paths this machine uses; refuse the batch (``BatchUsageError``) if one does not."""
    try:
        client.wait_for_workers(1, timeout=START_UP_SECONDS)
        answers = client.run(unreachable, [str(e.path) for e in entries] + [str(course.path)],
                             [str(p) for p in (course.solutions_dir, course.expected_dir, course.checks_dir) if p], str(out))  # fmt: skip
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


def run_dask(course: Course, chunks, *, client, out, pictures, exercises, level, on_records,
             deadline: float | None = None) -> None:  # fmt: skip
    """Grade the chunks as tasks of a Dask cluster, with a limit on every wait: some task must
    finish within the longest a chunk can take (or ``deadline``), or the batch stops with what
    is graded saved (``GraderError``). A task that fails (Dask gives up on it after its workers
    died: KilledWorker; or the grader raised on the worker) costs its students a record marked
    as the grader's failure; the other tasks go on."""
    from distributed import wait  # Dask is optional: imported once it is asked for

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
                on_records(failed_chunk(course, tasks[task], exercises, _dask_failure(exc)), written=False)
                continue
            on_records(records)


def _dask_failure(exc: BaseException) -> str:
    """How a Dask task failed, for its students' messages."""
    if type(exc).__name__ == "KilledWorker":
        return "the grader's Dask workers died while grading this submission (each time it was tried)"
    said = cut(f"{type(exc).__name__}: {exc}", MAX_PROBLEM_CHARS)
    return f"the grader failed on its Dask worker while grading this submission ({said})"


def grade_chunk_remote(course_path: str, level: str, entries, out: str | None, pictures: bool, exercises):
    """A Dask task: grade one chunk on whichever worker runs it, with a sandbox of its own."""
    course = load_course(course_path)
    isolation = detect(tmp_mb=course.limits.scratch_mb, prefer=level)
    with open_sandbox(course.limits, isolation=isolation) as sandbox:
        return grade_chunk(
            course,
            [Entry(s, Path(p)) for s, p in entries],
            out=Path(out) if out else None,
            pictures=pictures,
            sandbox=sandbox,
            exercises=exercises,
        )
