"""Which walls stand around student code on this machine, and how to raise them.

The zygote (and so every child it forks) is started inside the strongest
sandbox that works here:

1. **bubblewrap** (``bwrap``): new user, PID, network, IPC, UTS and cgroup
   namespaces and a new mount namespace in which only the interpreter, its
   libraries and the two sandbox scripts are visible, read-only, plus a private
   size-limited ``/tmp``. The course, the reference solutions, the checks, the
   submissions and the results are simply not there.
2. **unshare** (util-linux): new user, PID and network namespaces; the file
   system stays visible (read-only files are still readable).
3. **none**: an ordinary process.

Whatever the level, each child also gets resource limits and, where the
architecture is known, a seccomp filter (see ``child.py``): no new processes,
no signals to other processes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

SANDBOX_DIR = Path(__file__).resolve().parent
INSIDE_DIR = "/nnkit-sandbox"  # where child.py and wire.py appear inside bubblewrap
SECCOMP_ARCHES = ("x86_64", "aarch64")


@dataclass(frozen=True)
class Isolation:
    """How the zygote is started, and what that protects."""

    level: str  # "bubblewrap" | "unshare" | "none"
    prefix: tuple[str, ...] = ()
    script_dir: str = str(SANDBOX_DIR)  # where the zygote finds child.py
    scratch_root: str | None = None  # None: the grader makes a temporary folder
    pid_namespace: bool = False
    protections: tuple[str, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        return f"student code runs under {self.level}: " + "; ".join(self.protections)


def _python_dirs() -> list[str]:
    """Folders the interpreter and NumPy need, outermost first, without repeats."""
    import numpy

    candidates = [sys.base_prefix, sys.prefix, str(Path(numpy.__file__).resolve().parents[1])]
    dirs: list[str] = []
    for path in candidates:
        path = os.path.realpath(path)
        if not any(path == d or path.startswith(d + os.sep) for d in dirs):
            dirs.append(path)
    return dirs


def bwrap_prefix(tmp_bytes: int) -> tuple[str, ...]:
    args = [
        "bwrap",
        "--unshare-all",
        "--unshare-user",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--cap-drop", "ALL",
        "--hostname", "sandbox",
        "--proc", "/proc",
        "--dev", "/dev",
        "--size", str(tmp_bytes), "--tmpfs", "/tmp",
        "--dir", "/home/student",
        "--setenv", "HOME", "/home/student",
        "--chdir", "/tmp",
    ]  # fmt: skip
    for system in ("/usr", "/bin", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache", "/etc/alternatives"):
        if os.path.lexists(system):
            args += ["--ro-bind", system, system]
    for path in _python_dirs():
        args += ["--ro-bind", path, path]
    # sys.executable may be a venv's symlink: the venv folder is bound above
    args += ["--ro-bind", str(SANDBOX_DIR), INSIDE_DIR]
    # Last: the sandbox's own root read-only, so /tmp is the only place to write.
    args += ["--remount-ro", "/"]
    return tuple(args)


def unshare_prefix() -> tuple[str, ...]:
    # --mount-proc: a /proc of the new PID namespace, so the zygote sees only its own processes
    return ("unshare", "--user", "--map-root-user", "--pid", "--fork", "--kill-child", "--net", "--mount", "--mount-proc")


def _works(prefix: tuple[str, ...], script_dir: str) -> bool:
    """Try the prefix once: can the interpreter start and import NumPy inside it?"""
    # cheap: the interpreter starts and sees the sandbox scripts (NumPy's folder is bound with it)
    probe = [*prefix, sys.executable, "-I", "-S", "-c", f"import os; assert os.path.exists({script_dir!r} + '/wire.py')"]
    try:
        done = subprocess.run(probe, stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def detect(*, tmp_mb: int = 64, prefer: str | None = None) -> Isolation:
    """The strongest isolation that works here (``prefer`` forces a weaker one, for tests)."""
    import platform

    common = ["a seccomp filter (no new processes, no signals to others)"] if platform.machine() in SECCOMP_ARCHES else []
    common += ["resource limits (memory, core dumps, file size)", "wall-clock limits kept by the grader"]
    order = ["bubblewrap", "unshare", "none"]
    if prefer is not None:
        order = order[order.index(prefer):]
    for level in order:
        if level == "bubblewrap" and shutil.which("bwrap"):
            prefix = bwrap_prefix(tmp_mb << 20)
            if _works(prefix, INSIDE_DIR):
                return Isolation(
                    "bubblewrap",
                    prefix,
                    script_dir=INSIDE_DIR,
                    scratch_root="/tmp",
                    pid_namespace=True,
                    protections=(
                        "user, PID, network, IPC and mount namespaces (no network)",
                        "only the interpreter and NumPy visible, read-only; course files, solutions, checks "
                        f"and other submissions hidden; a private {tmp_mb} MiB /tmp",
                        *common,
                    ),
                )
        if level == "unshare" and shutil.which("unshare"):
            prefix = unshare_prefix()
            if _works(prefix, str(SANDBOX_DIR)):
                return Isolation(
                    "unshare",
                    prefix,
                    pid_namespace=True,
                    protections=(
                        "user, PID and network namespaces (no network)",
                        "WARNING: files are not hidden (install bubblewrap to hide the solutions)",
                        *common,
                    ),
                )
        if level == "none":
            return Isolation(
                "none",
                protections=(
                    "WARNING: no namespaces; student code can read files the grader can read "
                    "(install bubblewrap: apt-get install bubblewrap)",
                    *common,
                ),
            )
    raise ValueError(f"unknown isolation level {prefer!r}")
