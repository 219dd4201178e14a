"""The sandbox's zygote: a clean interpreter that forks one child per piece of student work.

Started by the grader (``host.Sandbox``) as ``python -I -B zygote.py <control-fd>``.
It imports NumPy and the child's modules once, then waits on the control
socket. For each "spawn" request it receives two file descriptors (the child's
request socket and its output pipe), forks, and answers with the child's pid;
the child walls itself in (``walls``) and serves requests (``child``). For each
"reap" request it kills a child and all it left behind, and removes its files.
The zygote never sees a reference solution, a check or a submission: the
student's source reaches the child only after the fork, over the child's own
socket. The zygote is not dumpable, so no child can open its memory. A "usage"
request answers the CPU seconds its reaped children and the zygote itself (with its
clean-up processes) have used so far: where a grading run's time goes. A "cpu" request
answers the CPU seconds one live child (with all it started) has used so far, read from
outside it (see ``cputime``): what a timed call of student code costs.
"""

import ctypes
import gc
import json
import os
import signal
import socket
import sys
import traceback

# Started as a script (-I: the script's folder is not on sys.path): its neighbours are imported from here.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# One BLAS thread per child: fair timing, and many children side by side.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy  # noqa: E402, F401  (imported once, before any fork)

# What student code and the child's own error reports commonly need, loaded once here
# rather than in every child: NumPy 2 imports numpy.random only on first use, which
# would cost each child that draws random weights some 20 ms.
import linecache  # noqa: E402, F401
import numpy.random  # noqa: E402, F401

import seccomp  # noqa: E402
from child import RequestServer  # noqa: E402
from cleanup import remove_tree  # noqa: E402
from cputime import children_of, proc_is_ours, tree_seconds  # noqa: E402
from walls import PR_SET_DUMPABLE, wall_in  # noqa: E402
from wire import SETUP_FAILED  # noqa: E402

SHARED_WRITABLE = ("/tmp", "/var/tmp", "/dev/shm", "/dev/mqueue")
PR_SET_CHILD_SUBREAPER = 36


def zygote(control_fd):
    """Serve spawn/reap requests, one datagram each, until the grader hangs up.

    The zygote is a subreaper: whatever a child starts and leaves behind (even
    a process that detached into a session of its own) becomes the zygote's
    child when its parent dies, so reaping can find and kill it.
    """
    libc = ctypes.CDLL(None)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    # Nobody of our own user may open our memory or file descriptors through /proc (and
    # the children, forked from us, start the same way and may not change it).
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    filters = {allow: seccomp.Filter(allow) for allow in (False, True)}  # by "processes allowed"
    # Everything loaded so far (NumPy above all) goes to a generation the garbage
    # collector never scans, so forked children do not copy those pages to scan them.
    gc.freeze()
    control = socket.socket(fileno=control_fd)
    live = {}  # pid -> its spawn request
    removers = set()  # processes removing a dead child's scratch folder, off the answering path
    usage = {"children_seconds": 0.0, "children": 0}  # CPU of the children reaped so far
    while True:
        _collect_removers(removers)
        try:
            message, fds, _, _ = socket.recv_fds(control, 1 << 16, 2)
        except OSError:
            return
        if not message:
            return
        request = json.loads(message)
        if request["op"] == "spawn":
            reply = _spawn(request, fds, control, filters)
            live[reply["pid"]] = request
        elif request["op"] == "cpu":
            reply = {"seconds": _cpu_seconds(request["pid"], live, removers)}
        elif request["op"] == "usage":
            own = os.times()  # the zygote's own CPU, and that of the clean-up processes it waited for
            reply = dict(usage, zygote_seconds=own.user + own.system + own.children_user + own.children_system
                         - usage["children_seconds"])  # fmt: skip
        else:
            reply = _reap(request["pid"], live.pop(request["pid"], {}), live, removers, usage)
            if request.get("quiet"):
                continue  # the grader did not wait for this one
        control.send(json.dumps(reply).encode())


def _spawn(request, fds, control, filters):
    rpc_fd, out_fd = fds
    pid = os.fork()
    if pid == 0:
        try:
            control.close()
            sock = wall_in(request, rpc_fd, out_fd, filters)
        except BaseException:  # noqa: BLE001 - the grader must learn it was not the student
            traceback.print_exc()
            os._exit(SETUP_FAILED)
        try:
            RequestServer(sock, request["scratch"]).serve()
        finally:
            os._exit(0)
    os.close(rpc_fd)
    os.close(out_fd)
    return {"pid": pid}


def _reap(pid, spawned, live, removers, usage):
    """Kill the child and all it left behind, collect its exit status (and add the CPU it
    used to ``usage``), remove its files."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        _, status, used = os.wait4(pid, 0)
        usage["children_seconds"] += used.ru_utime + used.ru_stime
        usage["children"] += 1
    except ChildProcessError:
        status = None
    _kill_orphans(set(live) | removers)
    if not spawned.get("private_tmp"):  # (a private /tmp went with the child's mount namespace)
        if _small(spawned.get("scratch")) and spawned.get("landlock"):
            _remove_files(spawned)  # the usual case: a few files, gone at once
        else:
            removers.add(_in_background(_remove_files, spawned))
    if status is None:
        return {}
    if os.WIFSIGNALED(status):
        return {"signal": os.WTERMSIG(status)}
    return {"exit": os.WEXITSTATUS(status)}


def _remove_files(spawned):
    """What a dead child wrote: its scratch folder and, where neither Landlock nor a private
    /tmp kept it there, whatever its user left in the folders anyone may write to."""
    if spawned.get("scratch"):
        remove_tree(spawned["scratch"])
    if spawned.get("uid_mode") in ("own", "reader") and not spawned.get("landlock"):
        _remove_owned(spawned["uid"])


def _small(folder, most=64):
    """Whether ``folder`` holds at most ``most`` entries and no folder (quick to remove here)."""
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= most or entry.is_dir(follow_symlinks=False):
                    return False
    except OSError:
        return False
    return True


def _in_background(work, *args):
    """Run ``work(*args)`` in a process of its own, so that a child that left a million files
    costs the zygote no time: it goes on answering while they are removed."""
    pid = os.fork()
    if pid == 0:
        try:
            work(*args)
        finally:
            os._exit(0)
    return pid


def _collect_removers(removers):
    for pid in list(removers):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            removers.discard(pid)


def _remove_owned(uid):
    """What a child running as ``uid`` left in the folders anyone may write to (only where
    neither Landlock nor a private /tmp kept it to its scratch folder)."""
    for shared in SHARED_WRITABLE:
        try:
            entries = list(os.scandir(shared))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.stat(follow_symlinks=False).st_uid != uid:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    remove_tree(entry.path)
                else:
                    os.unlink(entry.path)
            except OSError:
                pass


def _orphans(live):
    """Our children that we did not spawn: what dead children left behind."""
    if not proc_is_ours():
        return []  # a /proc of another PID namespace: its numbers are not ours
    return [pid for pid in children_of(os.getpid()) if pid not in live]


def _cpu_seconds(pid, live, removers):
    """The CPU seconds the live child ``pid`` has used so far with all it started, and what
    dead children left behind (whose work it may have handed them): see ``cputime``. None
    for a process we did not spawn, or where its clock cannot be read."""
    if pid not in live:
        return None
    own = tree_seconds(pid)
    if own is None:
        return None
    return own + sum(tree_seconds(orphan) or 0.0 for orphan in _orphans(set(live) | removers))


def _kill_orphans(live, rounds=100):
    for _ in range(rounds):
        orphans = _orphans(live)
        if not orphans:
            return
        for pid in orphans:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        for pid in orphans:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


if __name__ == "__main__":
    zygote(int(sys.argv[1]))
