"""The walls a sandbox child puts up around itself between the fork and student code.

``wall_in`` raises them in this order: its own session and output; a private
/tmp and /dev/shm where mounts are possible; its scratch folder; the kernel's
first choice for the OOM killer; its own user and no capabilities
(``become_student``); resource limits; Landlock; and last the seccomp filter.
If any step fails, the zygote ends the child with SETUP_FAILED before it reads a
request, and the grader reports the sandbox, not the student.

Runs inside the sandbox, imported by the zygote before any fork: standard
library only, called through ctypes.
"""

import ctypes
import os
import resource
import signal
import socket
import sys

import landlock
import rlimits

SHM_BYTES = 8 << 20  # a child's private /dev/shm
DEVICES = ["/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"]
PR_SET_DUMPABLE = 4
PR_CAPBSET_DROP = 24
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
PR_SET_KEEPCAPS = 8
CAP_DAC_READ_SEARCH = 2
OOM_FIRST = b"1000"  # under memory pressure, the kernel kills a child before anything else
_LINUX_CAPABILITY_VERSION_3 = 0x20080522
CLONE_NEWNS = 0x00020000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 0x1, 0x2, 0x4, 0x20, 0x1000, 0x4000, 0x40000


def _private_tmp(scratch_bytes, kept=()):
    """A mount namespace of the child's own with a fresh, empty, size-limited /tmp and
    /dev/shm: what it writes there dies with it, and no later child sees any of it.

    ``kept`` are folders the child needs that live under /tmp (a virtual environment made
    there, say): they are bound again, read-only, into the fresh /tmp at the same paths."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNS) != 0:
        raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNS) failed")
    if libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        raise OSError(ctypes.get_errno(), "making / private failed")
    held = [(path, os.open(path, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)) for path in kept]
    for where, size in ((b"/tmp", scratch_bytes), (b"/dev/shm", SHM_BYTES)):
        options = f"size={size},mode=1777,nr_inodes=4096".encode()
        if os.path.isdir(where) and libc.mount(b"tmpfs", where, b"tmpfs", MS_NOSUID | MS_NODEV, options) != 0:
            raise OSError(ctypes.get_errno(), f"mounting a fresh {where.decode()} failed")
    for path, fd in held:
        os.makedirs(path, mode=0o755, exist_ok=True)
        target = path.encode()
        if libc.mount(f"/proc/self/fd/{fd}".encode(), target, None, MS_BIND | MS_REC, None) != 0:
            raise OSError(ctypes.get_errno(), f"binding {path} into the fresh /tmp failed")
        if libc.mount(None, target, None, MS_REMOUNT | MS_BIND | MS_RDONLY, None) != 0:
            raise OSError(ctypes.get_errno(), f"making {path} read-only failed")
        os.close(fd)
    for parent in {os.path.dirname(path) for path, _ in held}:
        while parent not in ("/tmp", "/"):  # folders made for the binds: enterable, not writable
            os.chmod(parent, 0o755)
            parent = os.path.dirname(parent)


def _oom_first():
    """Make this child the out-of-memory killer's first choice. A process that is not dumpable
    has a /proc/self owned by root, which a user without capabilities may not write: dumpable
    for that one write, before any student code, then not again."""
    libc = ctypes.CDLL(None)
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    try:
        with open("/proc/self/oom_score_adj", "wb") as fh:
            fh.write(OOM_FIRST)
    finally:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _capset(*capabilities):
    """Keep exactly ``capabilities`` as effective and permitted, none inheritable."""
    libc = ctypes.CDLL(None, use_errno=True)
    mask = 0
    for cap in capabilities:
        mask |= 1 << cap
    header = (ctypes.c_uint32 * 2)(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)(mask & 0xFFFFFFFF, mask & 0xFFFFFFFF, 0, mask >> 32, mask >> 32, 0)
    if libc.capset(header, data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")


def _drop_capabilities(keep=()):
    """Give up every capability but ``keep`` for good (bounding and ambient sets too); a step
    that needs a capability the process no longer has is simply skipped."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in range(64):
        if cap not in keep:
            libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)
    libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    _capset(*keep)


def become_student(config, scratch):
    """Take the identity planned for student code, with no capability (or one, see ``reader``).

    ``own``: a user id of its own, which owns nothing but the scratch folder (the grader runs
    as root). ``reader``: the same, keeping only CAP_DAC_READ_SEARCH, for a grader whose
    interpreter sits where other users cannot read (under /root): folder and file modes no
    longer stop the child reading, so Landlock alone decides what it may read (this mode is
    chosen only where Landlock works), while owning nothing still keeps it from changing any
    file. ``same``: the zygote's user, without capabilities.
    """
    mode, uid = config.get("uid_mode", "same"), config.get("uid")
    if mode in ("own", "reader"):
        keep = (CAP_DAC_READ_SEARCH,) if mode == "reader" else ()
        os.chown(scratch, uid, uid)
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in range(64):  # while CAP_SETPCAP is still ours
            if cap not in keep:
                libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)
        libc.prctl(PR_SET_KEEPCAPS, 1 if keep else 0, 0, 0, 0)
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)  # every capability goes with the change of user, but those kept
        libc.prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0)
        _drop_capabilities(keep)
    else:
        _drop_capabilities()
    os.environ["USER"] = os.environ["LOGNAME"] = "student"
    for variable in ("PWD", "OLDPWD"):  # where the zygote was started: none of the student's business
        os.environ.pop(variable, None)


def wall_in(config, rpc_fd, out_fd, filters):
    """Everything between the fork and the first line of student code; returns the child's
    request socket. ``filters`` are the seccomp filters the zygote built, by whether the
    course allows processes."""
    os.setsid()
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large file is an OSError, not a kill
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    for fd in (devnull, out_fd):
        os.close(fd)
    # Keep what the student printed even if the process is killed mid-way.
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)
    scratch = config["scratch"]
    private = config.get("private_tmp", False)
    if private:
        _private_tmp(config.get("scratch_bytes", 64 << 20), config.get("kept_in_tmp", ()))
    os.makedirs(scratch, mode=0o700)
    _oom_first()
    become_student(config, scratch)
    rlimits.set_limits(config.get("memory_bytes"))
    if config.get("threads"):
        # Threads and processes of this user: only this child has it (or, in a user
        # namespace of its own, only the sandbox), so this bounds what it can start.
        resource.setrlimit(resource.RLIMIT_NPROC, (config["threads"], config["threads"]))
    os.chdir(scratch)
    os.environ["HOME"] = scratch
    os.environ["TMPDIR"] = scratch
    sock = socket.socket(fileno=rpc_fd)
    if config.get("landlock"):
        # Not the whole private /tmp: the interpreter's folders kept there must stay unreadable
        # but for what Landlock allows, and Landlock grants what it grants below a folder.
        writable = [scratch, "/dev/shm"] if private else [scratch]
        landlock.restrict(read=config.get("read_paths", []) + DEVICES, write=writable + ["/dev/null"],
                          abi=config["landlock"])  # fmt: skip
    # Last, before any student code: no new processes, no signals to others.
    filters[config.get("processes", 1) > 1].install()
    return sock
