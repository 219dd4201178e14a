"""A child of the ``subprocess`` level: a fresh interpreter that serves one session's requests.

Where the zygote cannot be had (macOS, Windows, a Python without ``os.fork``), the grader
(``plain_host``) starts this script with ``subprocess.Popen`` for each piece of student work:

    python -I -B plain_child.py <scratch> <memory-bytes> <marker>

Requests arrive on its stdin and answers leave on its stdout, in the frames of ``wire``,
served by the same ``child.RequestServer`` as a forked child's. Before student code runs,
the two request pipes move to descriptors of their own: what the student prints, on
stdout or stderr, goes to the stderr pipe, which the grader reads and caps, and stdin
reads nothing. Before each answer the child writes ``<marker><request id>`` to that pipe,
so the grader knows it holds all that was printed before the answer.

Nothing is walled in beyond a fresh process, a scratch folder as the working folder, and
the resource limits the platform has (``rlimits``): see ``Isolation.gaps``. A failure
before the first request ends the child with ``wire.SETUP_FAILED``.
"""

import os
import signal
import sys
import traceback

# Started as a script (-I: the script's folder is not on sys.path): its neighbours are imported from here.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import numpy  # noqa: F401  (loaded before the first request, as in a forked child)

    import rlimits
    from child import RequestServer
    from wire import SETUP_FAILED, output_mark
except BaseException:  # noqa: BLE001 - a Python without NumPy, say: the grader must learn it was not the student
    traceback.print_exc()
    sys.stderr.flush()
    os._exit(121)  # wire.SETUP_FAILED, which could not be imported


class PipeEnds:
    """The child's ends of its request and answer pipes, with the two calls
    ``RequestServer`` makes of a socket."""

    def __init__(self, read_fd, write_fd):
        self._reader = open(read_fd, "rb", buffering=0)
        self._writer = open(write_fd, "wb", buffering=0)

    def recv_into(self, buffer):
        return self._reader.readinto(buffer)

    def sendall(self, data):
        view = memoryview(data)
        while view:
            view = view[self._writer.write(view) :]


def output_marking(marker, output_fd):
    """What the request server calls before each answer: mark the output pipe (see the module's text)."""

    def before_answer(header):
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # noqa: BLE001 - the student may have replaced or closed them
            pass
        try:
            os.write(output_fd, output_mark(marker, header.get("id")))  # shorter than a pipe's atomic write
        except OSError:
            return header  # the grader then does not wait for a mark
        return dict(header, marked=True)

    return before_answer


def set_up(scratch, memory_bytes):
    """Move the request pipes aside, send what is printed to the output pipe, and make the
    scratch folder the working folder; returns (requests fd, answers fd, output fd)."""
    requests, answers, output = os.dup(0), os.dup(1), os.dup(2)
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)
    os.close(nothing)
    os.dup2(2, 1)
    # Keep what the student printed even if the process is killed mid-way.
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)
    os.makedirs(scratch, mode=0o700)
    os.chdir(scratch)
    for variable in ("HOME", "USERPROFILE", "TMPDIR", "TEMP", "TMP"):
        os.environ[variable] = scratch
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large file is an OSError, not a kill
    rlimits.set_limits(memory_bytes, required=False)
    return requests, answers, output


def main(scratch, memory_bytes, marker):
    try:
        requests, answers, output = set_up(scratch, memory_bytes)
    except BaseException:  # noqa: BLE001 - the grader must learn it was not the student
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(SETUP_FAILED)
    try:
        RequestServer(PipeEnds(requests, answers), scratch, output_marking(marker, output)).serve()
    finally:
        os._exit(0)  # no student atexit handler or thread keeps the process alive


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3].encode())
