"""A seccomp filter for the sandbox child, installed with ctypes (no libseccomp).

Once installed it cannot be removed, and it holds for every thread the child
starts. It refuses, with EPERM:

- new processes (fork, vfork, clone without CLONE_THREAD; clone3 answers ENOSYS
  so that the C library falls back to clone for threads), unless the course
  allows processes; new namespaces always (clone with namespace flags,
  unshare, setns);
- signals to any process but the child itself (kill, tkill, tgkill,
  rt_sigqueueinfo, rt_tgsigqueueinfo, pidfd_send_signal);
- reaching into other processes: ptrace, process_vm_readv/writev,
  pidfd_open and pidfd_getfd (a copy of another process's file descriptor),
  kcmp, process_madvise, and prctl(PR_SET_DUMPABLE), so the child stays a
  process whose memory nobody of its own user can open;
- changing who it is or what it sees: the set*id calls, setgroups, capset,
  mount and the new mount API, pivot_root, chroot;
- kernel interfaces no course answer needs and attackers like: bpf,
  perf_event_open, userfaultfd, io_uring (whose requests bypass this very
  filter), the kernel keyring, open_by_handle_at;
- new sockets of any kind (its own socket is inherited, already connected), and
  binding, connecting, listening or accepting: no network, and no Unix socket of
  another process by its path, whatever the namespaces; no larger socket or pipe
  buffers (kernel memory no limit counts); no inotify or fanotify watches;
- changing modes, owners, times or extended attributes of files (Landlock does
  not govern these), scheduling (priorities, CPU affinity), limits of any other
  process (prlimit), memfd_create (memory no address-space limit counts);
- fcntl and ioctl requests that aim signals at other processes (F_SETOWN,
  F_SETSIG, FIOSETOWN, FIOASYNC), take leases (F_SETLEASE) or fake terminal
  input (TIOCSTI);
- System V IPC and POSIX message queues, which outlive a process and, without an
  IPC namespace, are shared by the whole machine.

Everything else is allowed. Imported inside the sandbox only (the zygote builds the
filters, each child installs one): standard library only.
"""

import ctypes
import errno
import os
import platform
import struct

# BPF opcodes
LD_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
JSET = 0x45  # BPF_JMP | BPF_JSET | BPF_K
RET = 0x06  # BPF_RET | BPF_K

ALLOW = 0x7FFF0000
KILL = 0x80000000  # SECCOMP_RET_KILL_PROCESS
DENY = 0x00050000 | errno.EPERM
NOSYS = 0x00050000 | errno.ENOSYS

CLONE_THREAD = 0x00010000
CLONE_NAMESPACES = 0x7E020000  # NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

# Calls numbered alike on both architectures (added to the kernel after they were unified).
_UNIFIED = {
    "pidfd_send_signal": 424, "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
    "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
    "pidfd_open": 434, "clone3": 435, "pidfd_getfd": 438, "process_madvise": 440, "mount_setattr": 442,
    "process_mrelease": 448, "fchmodat2": 452, "setxattrat": 463, "removexattrat": 466,
}  # fmt: skip

ARCHES = {
    # machine: (AUDIT_ARCH, syscall numbers)
    "x86_64": (0xC000003E, {
        "clone": 56, "fork": 57, "vfork": 58, "kill": 62, "ptrace": 101, "tkill": 200, "tgkill": 234,
        "unshare": 272, "setns": 308, "process_vm_readv": 310, "process_vm_writev": 311,
        "socket": 41, "prctl": 157, "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161,
        "setuid": 105, "setgid": 106, "setreuid": 113, "setregid": 114, "setgroups": 116, "setresuid": 117,
        "setresgid": 119, "setfsuid": 122, "setfsgid": 123, "capset": 126, "add_key": 248, "request_key": 249,
        "keyctl": 250, "perf_event_open": 298, "name_to_handle_at": 303, "open_by_handle_at": 304, "kcmp": 312,
        "bpf": 321, "userfaultfd": 323, "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297,
        "shmget": 29, "shmat": 30, "shmctl": 31, "semget": 64, "semop": 65, "semctl": 66, "semtimedop": 220,
        "msgget": 68, "msgsnd": 69, "msgrcv": 70, "msgctl": 71, "mq_open": 240, "mq_unlink": 241,
        "mq_timedsend": 242, "mq_timedreceive": 243, "mq_notify": 244, "mq_getsetattr": 245,
        "chmod": 90, "fchmod": 91, "fchmodat": 268, "chown": 92, "fchown": 93, "lchown": 94, "fchownat": 260,
        "utime": 132, "utimes": 235, "utimensat": 280, "futimesat": 261, "setxattr": 188, "lsetxattr": 189,
        "fsetxattr": 190, "removexattr": 197, "lremovexattr": 198, "fremovexattr": 199, "fcntl": 72, "ioctl": 16,
        "prlimit64": 302, "sched_setaffinity": 203, "sched_setscheduler": 144, "sched_setparam": 142,
        "sched_setattr": 314, "setpriority": 141, "ioprio_set": 251, "memfd_create": 319, "socketpair": 53,
        "bind": 49, "connect": 42, "listen": 50, "accept": 43, "accept4": 288, "setsockopt": 54,
        "inotify_init": 253, "inotify_init1": 294, "inotify_add_watch": 254, "fanotify_init": 300,
        "fanotify_mark": 301, **_UNIFIED,
    }),
    "aarch64": (0xC00000B7, {
        "unshare": 97, "ptrace": 117, "kill": 129, "tkill": 130, "tgkill": 131, "clone": 220,
        "setns": 268, "process_vm_readv": 270, "process_vm_writev": 271,
        "socket": 198, "prctl": 167, "mount": 40, "umount2": 39, "pivot_root": 41, "chroot": 51,
        "setuid": 146, "setgid": 144, "setreuid": 145, "setregid": 143, "setgroups": 159, "setresuid": 147,
        "setresgid": 149, "setfsuid": 151, "setfsgid": 152, "capset": 91, "add_key": 217, "request_key": 218,
        "keyctl": 219, "perf_event_open": 241, "name_to_handle_at": 264, "open_by_handle_at": 265, "kcmp": 272,
        "bpf": 280, "userfaultfd": 282, "rt_sigqueueinfo": 138, "rt_tgsigqueueinfo": 240,
        "shmget": 194, "shmat": 196, "shmctl": 195, "semget": 190, "semop": 193, "semctl": 191, "semtimedop": 192,
        "msgget": 186, "msgsnd": 189, "msgrcv": 188, "msgctl": 187, "mq_open": 180, "mq_unlink": 181,
        "mq_timedsend": 182, "mq_timedreceive": 183, "mq_notify": 184, "mq_getsetattr": 185,
        "fchmod": 52, "fchmodat": 53, "fchown": 55, "fchownat": 54, "utimensat": 88, "setxattr": 5,
        "lsetxattr": 6, "fsetxattr": 7, "removexattr": 14, "lremovexattr": 15, "fremovexattr": 16, "fcntl": 25,
        "ioctl": 29, "prlimit64": 261, "sched_setaffinity": 122, "sched_setscheduler": 119, "sched_setparam": 118,
        "sched_setattr": 274, "setpriority": 140, "ioprio_set": 30, "memfd_create": 279, "socketpair": 199,
        "bind": 200, "connect": 203, "listen": 201, "accept": 202, "accept4": 242, "setsockopt": 208,
        "inotify_init1": 26, "inotify_add_watch": 27, "fanotify_init": 262, "fanotify_mark": 263, **_UNIFIED,
    }),
}  # fmt: skip

DENIED = (
    "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_open", "pidfd_getfd", "pidfd_send_signal", "kcmp",
    "process_madvise", "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "open_tree", "move_mount",
    "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr", "setuid", "setgid", "setreuid", "setregid",
    "setgroups", "setresuid", "setresgid", "setfsuid", "setfsgid", "capset", "add_key", "request_key", "keyctl",
    "perf_event_open", "name_to_handle_at", "open_by_handle_at", "bpf", "userfaultfd", "io_uring_setup",
    "io_uring_enter", "io_uring_register", "process_mrelease",
    # System V IPC and POSIX message queues: shared by every process of the machine where there is
    # no IPC namespace (the none level), so a child could leave them behind or read a sibling's
    "shmget", "shmat", "shmctl", "semget", "semop", "semctl", "semtimedop", "msgget", "msgsnd", "msgrcv",
    "msgctl", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive", "mq_notify", "mq_getsetattr",
    # Metadata Landlock does not govern: modes, owners, times and extended attributes of any file
    # the child's user owns (outside its scratch too)
    "chmod", "fchmod", "fchmodat", "fchmodat2", "chown", "fchown", "lchown", "fchownat", "utime", "utimes",
    "utimensat", "futimesat", "setxattr", "lsetxattr", "fsetxattr", "removexattr", "lremovexattr",
    "fremovexattr", "setxattrat", "removexattrat",
    # Scheduling of any process (itself included: it stays on the CPU it was given), and memory
    # that no address-space limit counts
    "sched_setaffinity", "sched_setscheduler", "sched_setparam", "sched_setattr", "setpriority", "ioprio_set",
    "memfd_create",
    # Sockets: the child's own is inherited and connected; it may not name, reach or serve any
    # other (Landlock does not govern sockets by path), nor watch files it may not read
    "bind", "connect", "listen", "accept", "accept4", "inotify_init", "inotify_init1", "inotify_add_watch",
    "fanotify_init", "fanotify_mark",
)  # fmt: skip
SOCKET_BUFFERS = (7, 8, 32, 33)  # SO_SNDBUF, SO_RCVBUF and their FORCE forms: kernel memory no limit counts
SOL_SOCKET = 1
# fcntl commands and ioctl requests that set a signal owner, a lease or a fake terminal input
FCNTL_DENIED = (8, 10, 15, 1024, 1026, 1031)  # F_SETOWN, F_SETSIG, F_SETOWN_EX, F_SETLEASE, F_NOTIFY, F_SETPIPE_SZ
IOCTL_DENIED = (0x8901, 0x8902, 0x5452, 0x5412)  # FIOSETOWN, SIOCSPGRP, FIOASYNC, TIOCSTI


def _assemble(program):
    """Resolve label jumps: each item is (code, jt, jf, k) or a label string."""
    labels, flat = {}, []
    for item in program:
        if isinstance(item, str):
            labels[item] = len(flat)
        else:
            flat.append(item)

    def offset(target, index):
        if isinstance(target, int):
            return target
        return labels[target] - index - 1

    return [(code, offset(jt, i), offset(jf, i), k) for i, (code, jt, jf, k) in enumerate(flat)]


def build(pid, allow_processes=False):
    """The filter as a list of BPF instructions for this machine, or None if unknown."""
    machine = platform.machine()
    if machine not in ARCHES:
        return None
    audit_arch, nr = ARCHES[machine]
    program = [
        (LD_ABS, 0, 0, 4),  # seccomp_data.arch
        (JEQ, 0, "kill", audit_arch),
        (LD_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    if machine == "x86_64":
        program.append((JGE, "deny", 0, 0x40000000))  # the x32 ABI's numbers
    denied = list(DENIED)
    if not allow_processes:
        denied += [name for name in ("fork", "vfork", "socketpair") if name in nr]
    program.append((JEQ, "nosys", 0, nr["clone3"]))  # its flags sit in memory a filter cannot read
    program.append((JEQ, "clone", 0, nr["clone"]))
    program.append((JEQ, "deny", 0, nr["socket"]))  # the child's own socket is inherited: it needs no other
    program.append((JEQ, "prctl", 0, nr["prctl"]))
    program.append((JEQ, "fcntl", 0, nr["fcntl"]))
    program.append((JEQ, "ioctl", 0, nr["ioctl"]))
    program.append((JEQ, "self_only", 0, nr["prlimit64"]))
    program.append((JEQ, "setsockopt", 0, nr["setsockopt"]))
    for name in denied:
        program.append((JEQ, "deny", 0, nr[name]))
    for name in ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"):
        program.append((JEQ, "signal", 0, nr[name]))
    program += [
        (RET, 0, 0, ALLOW),
        "clone",
        (LD_ABS, 0, 0, 16),  # low half of args[0]: the flags
        (JSET, "deny", 0, CLONE_NAMESPACES),
        (JSET, "allow", 0, CLONE_THREAD),
        (RET, 0, 0, ALLOW if allow_processes else DENY),
        "fcntl",
        (LD_ABS, 0, 0, 24),  # low half of args[1]: the command
        *[(JEQ, "deny", 0, cmd) for cmd in FCNTL_DENIED],
        (RET, 0, 0, ALLOW),
        "ioctl",
        (LD_ABS, 0, 0, 24),  # low half of args[1]: the request
        *[(JEQ, "deny", 0, request) for request in IOCTL_DENIED],
        (RET, 0, 0, ALLOW),
        "setsockopt",
        (LD_ABS, 0, 0, 24),  # low half of args[1]: the level
        (JEQ, 0, "allow", SOL_SOCKET),
        (LD_ABS, 0, 0, 32),  # low half of args[2]: the option
        *[(JEQ, "deny", 0, option) for option in SOCKET_BUFFERS],
        (RET, 0, 0, ALLOW),
        "self_only",
        (LD_ABS, 0, 0, 16),  # low half of args[0]: the pid (0: itself)
        (JEQ, "allow", 0, pid),
        (JEQ, "allow", "deny", 0),
        "prctl",
        (LD_ABS, 0, 0, 16),  # low half of args[0]: the option
        (JEQ, "deny", "allow", PR_SET_DUMPABLE),
        "signal",
        (LD_ABS, 0, 0, 16),  # low half of args[0]: the target pid (0: own group)
        (JEQ, "allow", 0, pid),
        (JEQ, "allow", "deny", 0),
        "allow",
        (RET, 0, 0, ALLOW),
        "deny",
        (RET, 0, 0, DENY),
        "nosys",
        (RET, 0, 0, NOSYS),
        "kill",
        (RET, 0, 0, KILL),
    ]
    return _assemble(program)


class Filter:
    """The filter made ready before the fork: the child only fills in its pid and
    installs it, which keeps the work done in every child small."""

    def __init__(self, allow_processes=False):
        self.allow_processes = allow_processes
        self.supported = platform.machine() in ARCHES
        self.libc = ctypes.CDLL(None, use_errno=True)

        class Program(ctypes.Structure):
            _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

        self.program_type = Program

    def install(self):
        """Install the filter on this process; returns False where the machine is unknown."""
        if not self.supported:
            return False
        instructions = build(os.getpid(), self.allow_processes)
        raw = b"".join(struct.pack("HBBI", code, jt, jf, k) for code, jt, jf, k in instructions)
        buffer = ctypes.create_string_buffer(raw, len(raw))
        program = self.program_type(len(instructions), ctypes.addressof(buffer))
        if self.libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
        if self.libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(program), 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")
        return True
