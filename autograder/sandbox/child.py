"""The sandbox side: a zygote that forks one child per piece of student work.

Started by the grader as ``python -I child.py <control-fd>``. It imports NumPy
once, then waits on the control socket. For each "spawn" request it receives
two file descriptors (the child's request socket and its output pipe), forks,
and answers with the child's pid. It never sees a reference solution, a check
or a submission: the student's source reaches the child only after the fork,
over the child's own socket.

The child runs student code and answers requests on its socket:

    load    {"files": {"gates.py": "..."}}    write the files, put them on sys.path
    import  {"module": "gates"}
    call    {"target": {...}, "args": [args, kwargs], "strict": bool, "echo": bool}
    get     {"target": {...}}
    set     {"target": {...}, "args": [[value], {}]}
    setmany / getmany   several attributes of one object at once
    each    {"steps": [{"op": "call", "target": {...}, ...}, ...], "args": [[args, kwargs], ...]}
            several call/get/set steps in order, stopping at the first that raises;
            answers {"values": [...]} and, after a failure, "failed" and "error"

A target names a module attribute (``{"module": "gates", "name": "xor"}``), an
attribute of an object the child holds (``{"obj": 3, "name": "fit"}``) or, within
an "each" request, of the value an earlier step returned (``{"step": 0, "name":
"feedforward"}``). Nothing here decides whether an answer is right.

Between the fork and the first line of student code the child walls itself in
(``_become_child``), in this order: its own session and output; a private /tmp
and /dev/shm where mounts are possible; its scratch folder; the kernel's first
choice for the OOM killer; its own user and no capabilities (``_become_student``);
resource limits; Landlock; and last the seccomp filter. The zygote is not
dumpable, so no child can open its memory. If any step fails, the child exits
with SETUP_FAILED before reading a request, and the grader reports the sandbox,
not the student.
"""

import ctypes
import gc
import json
import os
import resource
import signal
import socket
import sys
import traceback
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# One BLAS thread per child: fair timing, and many children side by side.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402  (imported once, before any fork)

# What student code and the child's own error reports commonly need, loaded once here
# rather than in every child: NumPy 2 imports numpy.random only on first use, which
# would cost each child that draws random weights some 20 ms.
import importlib  # noqa: E402
import linecache  # noqa: E402, F401
import numpy.random  # noqa: E402, F401

import landlock  # noqa: E402
from cleanup import remove_tree  # noqa: E402
import seccomp  # noqa: E402
import wire  # noqa: E402

MAX_TEXT = 4000
FILE_BYTES = 16 << 20  # largest file student code may write
OPEN_FILES = 256
SETUP_FAILED = 121  # a child's exit code when the sandbox, not the student, failed to set it up
SHARED_WRITABLE = ("/tmp", "/var/tmp", "/dev/shm", "/dev/mqueue")
SHM_BYTES = 8 << 20  # a child's private /dev/shm
DEVICES = ["/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"]
PR_SET_CHILD_SUBREAPER = 36
PR_SET_DUMPABLE = 4
PR_CAPBSET_DROP = 24
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
PR_SET_KEEPCAPS = 8
CAP_DAC_READ_SEARCH = 2
OOM_FIRST = b"1000"  # under memory pressure, the kernel kills a child before anything else
_LINUX_CAPABILITY_VERSION_3 = 0x20080522
CLONE_NEWNS = 0x00020000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 0x1, 0x2, 0x4, 0x20, 0x1000, 0x4000, 0x40000


class MissingName(Exception):
    """The module or object has no attribute of the requested name."""


def _safe_text(produce, limit=MAX_TEXT):
    """Call ``produce()`` for a message; student objects may make that fail."""
    try:
        text = produce()
        if type(text) is not str:
            text = "<message that is not text>"
    except BaseException:  # noqa: BLE001 - hostile __str__ and friends
        text = "<message that could not be shown>"
    return text if len(text) <= limit else text[:limit] + " ..."


def _student_traceback(exc, scratch):
    """The traceback lines that point into the student's own files."""
    try:
        frames = [
            f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(scratch)
        ]
        lines = [
            f'  File "{os.path.basename(f.filename)}", line {f.lineno}, in {f.name}\n    {f.line}'
            for f in frames[-6:]
        ]
        return "\n".join(lines)
    except BaseException:  # noqa: BLE001
        return ""


class Child:
    def __init__(self, sock, scratch):
        self.sock = sock
        self.scratch = scratch
        self.objects = {}
        self.ids = {}
        self.inbox = bytearray()
        self.receive_buffer = bytearray(1 << 16)  # one reusable receive buffer
        self.receive_view = memoryview(self.receive_buffer)
        self.modules = {}
        self.steps = []  # what the steps of the "each" request under way returned

    # -- plumbing -------------------------------------------------------
    def next_frame(self):
        """The body of the next request, reading as much as is there at each recv."""
        while True:
            body = wire.take_frame(self.inbox)
            if body is not None:
                return body
            count = self.sock.recv_into(self.receive_buffer)
            if not count:
                raise EOFError
            self.inbox += self.receive_view[:count]

    def send(self, header, arrays=()):
        self.sock.sendall(wire.pack(header, arrays))

    def register(self, obj):
        key = id(obj)
        if key not in self.ids:
            self.ids[key] = len(self.objects) + 1
            self.objects[self.ids[key]] = obj
        type_name = _safe_text(lambda: type(obj).__name__, 100)
        return self.ids[key], type_name

    def resolve(self, tag):
        if tag["t"] != "ref" or tag["id"] not in self.objects:
            raise wire.WireError("unknown object")
        return self.objects[tag["id"]]

    # -- requests -------------------------------------------------------
    def target(self, spec):
        name = spec["name"]
        if "module" in spec:
            holder = self.modules[spec["module"]]
        elif "step" in spec:
            holder = self.steps[spec["step"]]
        else:
            holder = self.objects[spec["obj"]]
        return holder, name

    @staticmethod
    def lookup(holder, name):
        try:
            return getattr(holder, name)
        except AttributeError:
            raise MissingName(name) from None

    def handle(self, header, arrays):
        op = header["op"]
        if op == "load":
            for filename, text in header["files"].items():
                path = os.path.join(self.scratch, os.path.basename(filename))
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text)
            sys.path.insert(0, self.scratch)
            return None
        if op == "import":
            self.modules[header["module"]] = importlib.import_module(header["module"])
            return None
        if op == "each":
            return self.each(header["steps"], wire.decode(header["args"], arrays, self.resolve))
        args, kwargs = wire.decode(header["args"], arrays, self.resolve)
        return self.run(header, args, kwargs)

    def each(self, steps, arguments):
        """Run the steps in order; stop at the first that raises and say which it was."""
        try:
            for index, (step, (args, kwargs)) in enumerate(zip(steps, arguments)):
                try:
                    self.steps.append(self.run(step, args, kwargs))
                except BaseException as exc:  # noqa: BLE001 - student code may raise anything
                    return {"values": self.steps, "failed": index, "error": self.describe_error(exc)}
            return {"values": self.steps}
        finally:
            self.steps = []

    def run(self, header, args, kwargs):
        """One call, get or set (or several of the latter two) on a target."""
        op = header["op"]
        holder, name = self.target(header["target"])
        if op == "get":
            return self.lookup(holder, name)
        if op == "set":
            setattr(holder, name, args[0])
            return None
        if op == "setmany":  # holder is an object; args[0] maps attribute names to values
            for attribute, value in args[0].items():
                setattr(holder, attribute, value)
            return None
        if op == "getmany":
            return {attribute: self.lookup(holder, attribute) for attribute in args[0]}
        if op == "call":
            function = self.lookup(holder, name)
            if header.get("strict"):
                # Warnings become exceptions, so the grader can tell an overflow happened.
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    with np.errstate(over="raise", divide="raise", invalid="raise"):
                        value = function(*args, **kwargs)
            else:
                value = function(*args, **kwargs)
            # "echo" sends the arguments back too: did the call modify them?
            return [value, args, kwargs] if header.get("echo") else value
        raise ValueError(f"unknown op {op!r}")

    def describe_error(self, exc):
        """What the grader is told about an exception."""
        return {
            "type": _safe_text(lambda: type(exc).__name__, 200),
            "message": _safe_text(lambda: str(exc)),
            "traceback": _student_traceback(exc, self.scratch),
        }

    def serve(self):
        while True:
            try:
                header, arrays = wire.unpack_body(self.next_frame(), wire.REQUEST)
            except EOFError:
                return
            reply = {"id": header.get("id")}
            try:
                value = self.handle(header, arrays)
            except BaseException as exc:  # noqa: BLE001 - student code may raise anything
                reply["error"] = self.describe_error(exc)
                self.send(reply)
                continue
            try:
                tree, blobs = wire.encode(value, self.register)
            except BaseException as exc:  # noqa: BLE001
                problem = exc
                reply["error"] = {"type": "UnsendableValue", "message": _safe_text(lambda: str(problem)), "traceback": ""}
                self.send(reply)
                continue
            reply["value"] = tree
            self.send(reply, blobs)


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


def _become_student(config, scratch):
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


def _become_child(config, rpc_fd, out_fd, filters):
    """Everything between the fork and the first line of student code; returns the socket."""
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
    _become_student(config, scratch)
    memory = config.get("memory_bytes")
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_BYTES, FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_NOFILE, (OPEN_FILES, OPEN_FILES))
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
        else:
            reply = _reap(request["pid"], live.pop(request["pid"], {}), live, removers)
            if request.get("quiet"):
                continue  # the grader did not wait for this one
        control.send(json.dumps(reply).encode())


def _spawn(request, fds, control, filters):
    rpc_fd, out_fd = fds
    pid = os.fork()
    if pid == 0:
        try:
            control.close()
            sock = _become_child(request, rpc_fd, out_fd, filters)
        except BaseException:  # noqa: BLE001 - the grader must learn it was not the student
            traceback.print_exc()
            os._exit(SETUP_FAILED)
        try:
            Child(sock, request["scratch"]).serve()
        finally:
            os._exit(0)
    os.close(rpc_fd)
    os.close(out_fd)
    return {"pid": pid}


def _reap(pid, spawned, live, removers):
    """Kill the child and all it left behind, collect its exit status, remove its files."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        _, status = os.waitpid(pid, 0)
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
    me = os.getpid()
    found = []
    try:
        if os.readlink("/proc/self") != str(me):
            return found  # a /proc of another PID namespace: its numbers are not ours
    except OSError:
        return found
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in live:
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        if int(fields[1]) == me:
            found.append(int(entry))
    return found


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
