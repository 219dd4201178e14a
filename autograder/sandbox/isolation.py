"""Which walls stand around student code on this machine, and how to raise them.

The zygote (and so every child it forks) is started inside the strongest
sandbox that works here:

1. **bubblewrap** (``bwrap``): new PID, network, IPC, UTS and mount namespaces
   in which only the interpreter, its libraries and the sandbox scripts are
   visible, read-only. The course, the reference solutions, the checks, the
   submissions and the results are simply not there. As root, bubblewrap runs
   without a user namespace so that every child can be a user of its own;
   otherwise in a user namespace of its own.
2. **unshare** (util-linux): new PID, network and mount namespaces (and a user
   namespace when not root); the file system stays visible.
3. **none**: an ordinary process, as in a container that refuses namespaces
   (Docker's default seccomp profile: Gradescope, most CI).
4. **subprocess**: where none of these can be had (macOS, Windows, a Python without
   ``os.fork``): no zygote, each child a fresh interpreter started with
   ``subprocess.Popen`` (see ``plain_host``), with the grader's time limits, capped
   output and, where the platform has them, resource limits, and nothing of the walls
   below. It is for a student checking their own work on their own machine.

Whatever the Linux level, every child also gets, where the kernel offers it:

- a **user of its own** when the grader runs as root: it owns nothing, cannot
  signal or trace anyone, and its threads are counted and capped;
- **no capabilities**, and it is not dumpable (nobody of its user can open its
  memory through ``/proc``; the zygote is not dumpable either);
- a **private, empty, size-limited /tmp and /dev/shm** (in a mount namespace of
  its own: bubblewrap and unshare), gone with the child;
- **Landlock**: read only the interpreter, NumPy and the system libraries,
  write only its scratch folder, no TCP, no signals out of its domain;
- a **seccomp** filter (see ``seccomp.py``) and resource limits (memory,
  file size, open files, threads).

``Isolation.gaps`` says plainly what does not hold at the chosen level.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import secrets
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from . import landlock

SANDBOX_DIR = Path(__file__).resolve().parent
KIT_DIR = SANDBOX_DIR.parent  # the autograder package: checks and all
INSIDE_DIR = "/nnkit-sandbox"  # where this folder (zygote.py and its neighbours) appears inside bubblewrap
SECCOMP_ARCHES = ("x86_64", "aarch64")
UID_BASE, UID_SPAN = 1_900_000_000, 1 << 24  # children's own users: ids no account has
THREADS = 16  # threads (and processes, where allowed) one child may run at once
# What the zygote keeps inside bubblewrap as root, to give each child its own /tmp and user.
ZYGOTE_CAPS = ("CAP_SYS_ADMIN", "CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP", "CAP_CHOWN", "CAP_DAC_OVERRIDE",
               "CAP_FOWNER", "CAP_KILL")  # fmt: skip
LEVELS = ("bubblewrap", "unshare", "none", "subprocess")  # strongest first
FORCE_VARIABLE = "NNKIT_ISOLATION"  # names the level nnkit grade and nnkit check use, instead of the strongest
SYSTEM_LIBS = ("/usr/lib", "/usr/lib64", "/usr/lib32", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache")


@dataclass(frozen=True)
class Isolation:
    """How the zygote is started, how each child is walled in, and what that protects."""

    level: str  # one of LEVELS
    prefix: tuple[str, ...] = ()
    script_dir: str = str(SANDBOX_DIR)  # where the children's scripts (zygote.py, plain_child.py) are found
    scratch_root: str | None = None  # None: the grader makes a temporary folder
    uid_mode: str = "same"  # "own" | "reader" | "same": see walls.become_student
    private_tmp: bool = False  # each child mounts a fresh /tmp and /dev/shm
    landlock: int = 0  # the Landlock ABI children restrict themselves with (0: none)
    read_paths: tuple[str, ...] = ()  # what children may read under Landlock
    threads: int | None = None  # RLIMIT_NPROC of a child, where it bounds only that child
    kept_in_tmp: tuple[str, ...] = ()  # interpreter folders under /tmp, bound again into a private /tmp
    protections: tuple[str, ...] = field(default_factory=tuple)
    gaps: tuple[str, ...] = field(default_factory=tuple)  # what does NOT hold here, plainly

    def describe(self) -> str:
        text = f"student code runs under {self.level}: " + "; ".join(self.protections)
        if self.gaps:
            text += ". WARNING, not protected here: " + "; ".join(self.gaps)
        return text

    def child_config(self) -> dict:
        """What the zygote needs to wall in each child (the per-child user is added at spawn)."""
        return {"uid_mode": self.uid_mode, "private_tmp": self.private_tmp, "landlock": self.landlock,
                "read_paths": list(self.read_paths), "threads": self.threads,
                "kept_in_tmp": list(self.kept_in_tmp)}  # fmt: skip

    def new_uid(self) -> int | None:
        """A user id for one child, unpredictable and owned by no account."""
        return UID_BASE + secrets.randbelow(UID_SPAN) if self.uid_mode in ("own", "reader") else None


def _numpy_dir() -> Path:
    """NumPy's package folder, found as ``import numpy`` would find it but without importing it:
    detection runs before the sandbox's zygote starts, and NumPy takes longer to load than all the rest."""
    spec = importlib.util.find_spec("numpy")
    if spec is None or spec.origin is None:
        raise ImportError("NumPy is not installed for this interpreter")
    return Path(spec.origin).resolve().parent


def _python_dirs() -> list[str]:
    """Folders the interpreter and NumPy need, outermost first, without repeats."""
    candidates = [sys.base_prefix, sys.prefix, str(_numpy_dir().parent)]
    return _outermost(os.path.realpath(p) for p in candidates)


def _outermost(paths) -> list[str]:
    kept: list[str] = []
    for path in sorted(set(paths), key=len):
        if not any(path == d or path.startswith(d.rstrip(os.sep) + os.sep) for d in kept):
            kept.append(path)
    return kept


def _beneath(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _without(paths, hidden) -> list[str]:
    """``paths`` with every hidden folder taken out: a path that holds a hidden one is
    replaced by its entries (recursively), so a rule that allows only what is beneath
    can still leave the hidden folder out."""
    result = []
    for path in paths:
        inside = [h for h in hidden if _beneath(h, path)]
        if not inside:
            result.append(path)
        elif path not in inside and os.path.isdir(path):
            entries = [os.path.join(path, e) for e in sorted(os.listdir(path))]
            result += _without(entries, inside)
    return result


def hidden_paths() -> list[str]:
    """What student code must never read: the kit's package (checks, sandbox, builders)."""
    return [str(KIT_DIR)]


def landlock_read_paths() -> list[str]:
    """What a child may read under Landlock: the standard library, NumPy, the system libraries."""
    numpy_dir = _numpy_dir()
    stdlib = os.path.dirname(os.__file__)
    wanted = [stdlib, sysconfig.get_config_var("DESTSHARED") or stdlib, str(numpy_dir),
              str(numpy_dir.parent / "numpy.libs"), *SYSTEM_LIBS]  # fmt: skip
    wanted = [os.path.realpath(p) for p in wanted if os.path.exists(p)]
    return _without(_outermost(wanted), [os.path.realpath(h) for h in hidden_paths()])


def _ancestors(path: str) -> list[str]:
    parts = Path(path).parts[1:-1]
    return ["/" + "/".join(parts[: k + 1]) for k in range(len(parts))]


def bwrap_prefix(tmp_bytes: int, *, as_root: bool) -> tuple[str, ...]:
    args = ["bwrap", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--die-with-parent", "--new-session", "--cap-drop", "ALL"]  # fmt: skip
    if not as_root:
        args += ["--unshare-user", "--disable-userns"]
    for cap in ZYGOTE_CAPS if as_root else ("CAP_SYS_ADMIN", "CAP_SETPCAP"):
        args += ["--cap-add", cap]
    args += [
        "--hostname", "sandbox",
        "--proc", "/proc",
        "--dev", "/dev",
        "--size", str(min(tmp_bytes, 1 << 20)), "--tmpfs", "/tmp",  # the zygote's; each child mounts its own
        "--dir", "/home/student",
        "--setenv", "HOME", "/home/student",
        "--chdir", "/",
    ]  # fmt: skip
    made: set[str] = set()
    binds = [s for s in ("/usr", "/bin", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache", "/etc/alternatives")
             if os.path.lexists(s)] + _python_dirs()  # fmt: skip
    for path in binds:
        # bwrap makes missing parent folders readable by their owner only: a child of
        # its own user could not reach the interpreter under /root/... without this.
        for folder in _ancestors(path):
            if folder not in made and not any(_beneath(folder, b) for b in binds if b != path):
                args += ["--perms", "0755", "--dir", folder]
                made.add(folder)
        args += ["--ro-bind", path, path]
    for hidden in hidden_paths():
        if any(_beneath(hidden, b) for b in binds):
            args += ["--tmpfs", hidden]  # the kit installed beside NumPy: an empty folder there
    # sys.executable may be a venv's symlink: the venv folder is bound above
    args += ["--ro-bind", str(SANDBOX_DIR), INSIDE_DIR]
    # Last: the sandbox's own root read-only.
    args += ["--remount-ro", "/"]
    return tuple(args)


def unshare_prefix(*, as_root: bool) -> tuple[str, ...]:
    # --mount-proc: a /proc of the new PID namespace, so the zygote sees only its own processes
    user = () if as_root else ("--user", "--map-root-user")
    return ("unshare", *user, "--pid", "--fork", "--kill-child", "--net", "--ipc", "--uts", "--mount", "--mount-proc")


def _works(prefix: tuple[str, ...], script_dir: str) -> bool:
    """Try the prefix once: can the interpreter start inside it and see the sandbox scripts?"""
    probe = [*prefix, sys.executable, "-I", "-S", "-c", f"import os; assert os.path.exists({script_dir!r} + '/wire.py')"]
    return _run_ok(probe)


def _run_ok(command, **options) -> bool:
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=30, **options)
    except (OSError, subprocess.TimeoutExpired, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _interpreter_open_to_others() -> bool:
    """Can a user of no account start this interpreter and import NumPy (is it installed
    where others may read, not under /root)? Asked only of root without bubblewrap."""
    uid = UID_BASE + secrets.randbelow(UID_SPAN)
    return _run_ok([sys.executable, "-I", "-c", "import numpy, math"], user=uid, group=uid, extra_groups=[],
                   cwd="/", env={"PATH": "/usr/bin:/bin"})  # fmt: skip


def _root_mode() -> str:
    """The child's user for a root grader outside bubblewrap: ``own`` where other users can
    run the interpreter, else ``reader`` (see walls.become_student)."""
    return "own" if _interpreter_open_to_others() else "reader"


def zygote_possible() -> bool:
    """Whether the Linux levels can be had: a zygote that forks children and walls them in."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def detect(*, tmp_mb: int = 64, prefer: str | None = None) -> Isolation:
    """The strongest isolation that works here (``prefer`` forces a weaker one, for tests
    and for ``FORCE_VARIABLE``); the ``subprocess`` level wherever no zygote can be had."""
    order = list(LEVELS)
    if prefer is not None:
        if prefer not in order:
            raise ValueError(f"unknown isolation level {prefer!r} (one of {', '.join(LEVELS)})")
        order = order[order.index(prefer) :]
    if order[0] == "subprocess" or not zygote_possible():
        return plain_subprocess()
    as_root = os.geteuid() == 0
    abi = landlock.abi_version()
    bwrap_installed = shutil.which("bwrap") is not None
    for level in order:
        if level == "bubblewrap" and bwrap_installed:
            prefix = bwrap_prefix(tmp_mb << 20, as_root=as_root)
            if _works(prefix, INSIDE_DIR):
                return _walls("bubblewrap", prefix, INSIDE_DIR, "/tmp", as_root, abi, tmp_mb, "own" if as_root else "same")
        if level == "unshare" and shutil.which("unshare"):
            prefix = unshare_prefix(as_root=as_root)
            if _works(prefix, str(SANDBOX_DIR)):
                mode = _root_mode() if as_root else "same"
                return _walls("unshare", prefix, str(SANDBOX_DIR), None, as_root, abi, tmp_mb, mode)
        if level == "none":
            mode = _root_mode() if as_root else "same"
            why = ""
            if bwrap_installed and "bubblewrap" in order:
                why = "bubblewrap is installed but cannot start here (namespaces are refused, as in most containers)"
            return _walls("none", (), str(SANDBOX_DIR), None, as_root, abi, tmp_mb, mode, why)
    raise ValueError(f"no isolation level among {order} works here")


def plain_subprocess() -> Isolation:
    """The ``subprocess`` level, with what it protects and, plainly, what it does not."""
    limits = "memory, file size and open files" if os.name == "posix" else ""
    protections = [
        "each piece of student work in a fresh Python process of its own (no fork), answering as plain data: "
        "student code never runs in the grading process",
        "wall-clock limits kept by the grader, which kills the process when a call runs over",
        "printed output captured and capped",
    ]  # fmt: skip
    if limits:
        protections.append(f"resource limits ({limits}; macOS may ignore the memory limit)")
    gaps = [
        "this level is for checking your own work on your own machine, never for grading anyone else's: "
        "student code runs as you and can do whatever you can",
        "it can read and change every file you can (the kit and any solutions included), use the network, "
        "start processes and signal your other processes: no namespaces, seccomp filter or Landlock",
        "nothing caps the scratch folder, /tmp or threads" + ("" if limits else ", nor memory, file size or open files"),
        "a process it starts is stopped with it only while it stays in its process group"
        if os.name == "posix" else "a process it starts is not stopped with it",
    ]  # fmt: skip
    return Isolation("subprocess", protections=tuple(protections), gaps=tuple(gaps))


def _walls(level, prefix, script_dir, scratch_root, as_root, abi, tmp_mb, uid_mode, why="") -> Isolation:
    """The Isolation of one level, with what it protects and, plainly, what it does not."""
    private_tmp = level != "none"
    in_user_namespace = level != "none" and not as_root
    threads = THREADS if uid_mode != "same" else (THREADS + 4 if in_user_namespace else None)
    protections, gaps = [], []
    if why:
        protections.append(why)
    if level == "bubblewrap":
        protections.append("PID, network, IPC and mount namespaces: only the interpreter and NumPy visible, "
                           "read-only; the kit, solutions, checks and other submissions are not there")  # fmt: skip
    elif level == "unshare":
        protections.append("PID, network and mount namespaces")
    protections.append({
        "own": "each child a user of its own that owns nothing",
        "reader": "each child a user of its own that owns nothing (allowed to read past folder modes, "
                  "for an interpreter other users cannot read: Landlock decides what it reads)",
        "same": "each child without capabilities",
    }[uid_mode] + ", not dumpable")  # fmt: skip
    if private_tmp:
        protections.append(f"a fresh private /tmp ({tmp_mb} MiB) and /dev/shm for every child")
    if abi:
        protections.append(f"Landlock (ABI {abi}): reads only the interpreter and NumPy, writes only its scratch"
                           + (", no TCP" if abi >= 4 else "") + (", no signals out" if abi >= 6 else ""))
    if platform.machine() in SECCOMP_ARCHES:
        protections.append("a seccomp filter (no new processes, no signals to others, no other process's "
                           "memory, descriptors, limits or scheduling, no new sockets, no changes to file modes, "
                           "owners or times)")  # fmt: skip
    else:
        gaps.append(f"no seccomp filter on {platform.machine()}: new processes and signals are not refused")
    protections.append("resource limits (memory, file size, open files" + (", threads)" if threads else ")"))
    protections.append("wall-clock limits kept by the grader")
    if level != "bubblewrap" and not abi:
        if uid_mode == "own":
            gaps.append("student code can read every file that all users may read, the solutions and checks "
                        "included unless only their owner may read them (install bubblewrap, or use a kernel "
                        "with Landlock)")  # fmt: skip
        elif uid_mode == "reader":
            gaps.append("student code can read every file, the solutions and checks included (it cannot change "
                        "them): install bubblewrap, use a kernel with Landlock, or install Python where other "
                        "users can read it")  # fmt: skip
        else:
            gaps.append("student code can read and WRITE every file the grader can, the kit and solutions "
                        "included, so its grades cannot be trusted (install bubblewrap, or use a kernel with "
                        "Landlock)")  # fmt: skip
    if not private_tmp:
        gaps.append("the scratch folder's total size is not capped without a private /tmp (each file is, at 16 MiB)")
    if threads is None:
        gaps.append("threads are not capped (the child shares its user with your other processes)")
    return Isolation(
        level, tuple(prefix), script_dir=script_dir, scratch_root=scratch_root, uid_mode=uid_mode,
        private_tmp=private_tmp, landlock=abi, read_paths=tuple(landlock_read_paths()) if abi else (),
        threads=threads, protections=tuple(protections), gaps=tuple(gaps),
        kept_in_tmp=tuple(p for p in _python_dirs() if _beneath(p, "/tmp")) if private_tmp else (),
    )  # fmt: skip
