"""The CPU seconds a process and the processes it started have used, read from outside it.

Linux only. Three parts are added up:

- the process's own CPU clock: ``clock_gettime`` of the clock id ``clock_getcpuclockid(pid)``
  would give, the kernel's count in nanoseconds of every thread of the process, those that
  have ended included. Any process may read it for a pid of its own PID namespace, whoever
  owns the process and whether or not it is dumpable, and the process cannot change it;
- the processes it waited for (``cutime`` and ``cstime`` of ``/proc/<pid>/stat``, in clock
  ticks);
- the same, recursively, for the processes it started that still run (found through
  ``/proc``; not where the ``/proc`` mounted here belongs to another PID namespace).

A process that ended is still counted while its parent has not waited for it (its clock
outlives it until then), and afterwards in its parent's ``cutime``. What is missed is a
process that left the tree (its parent ended first, so another process adopted it): the
zygote, which adopts them, adds them itself. Where the seccomp filter refuses new processes
(the default) there are none of these. Elsewhere (macOS, Windows) no process's clock can be read from outside it:
``tree_seconds`` answers None.

Imported by the zygote as a neighbour of its script (standard library only) and by
``plain_host``.
"""

import os
import sys
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
CPUCLOCK_SCHED = 2  # the kernel's precise clock (the one CLOCK_PROCESS_CPUTIME_ID reads)


def process_seconds(pid: int) -> float | None:
    """The CPU seconds of all the threads of process ``pid`` (None if it cannot be read)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return time.clock_gettime(((~pid) << 3) | CPUCLOCK_SCHED)  # as clock_getcpuclockid(pid) makes it
    except OSError:
        return None  # gone, or not a process of this namespace


def proc_is_ours() -> bool:
    """Whether the ``/proc`` mounted here shows this process's PID namespace (its numbers are ours)."""
    try:
        return os.readlink("/proc/self") == str(os.getpid())
    except OSError:
        return False


def _stat_fields(pid: int) -> list[bytes] | None:
    """The fields of ``/proc/<pid>/stat`` after the command name (the state first), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return None
    return stat[stat.rfind(b")") + 2 :].split()


def waited_seconds(pid: int) -> float:
    """The CPU seconds of the processes ``pid`` started and waited for (0 if unreadable)."""
    fields = _stat_fields(pid)
    if fields is None:
        return 0.0
    return (int(fields[13]) + int(fields[14])) / CLOCK_TICKS  # cutime, cstime


def children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid``: from the kernel's list per thread
    (``/proc/<pid>/task/<tid>/children``, a few microseconds) or, where it keeps none, by
    reading every process's parent (milliseconds on a busy machine)."""
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", "rb") as fh:
                found += [int(child) for child in fh.read().split()]
        return found
    except OSError:
        found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat_fields(int(entry))
            if fields is not None and int(fields[1]) == pid:
                found.append(int(entry))
    return found


def tree_seconds(pid: int) -> float | None:
    """The CPU seconds process ``pid`` and every process it started have used so far (see the
    module's docstring for what is counted); None where the process's own clock cannot be read."""
    own = process_seconds(pid)
    if own is None:
        return None
    if not proc_is_ours():
        return own
    total, waiting, seen = 0.0, [pid], set()
    while waiting:
        process = waiting.pop()
        if process in seen:
            continue
        seen.add(process)
        total += (own if process == pid else process_seconds(process) or 0.0) + waited_seconds(process)
        waiting += children_of(process)
    return total
