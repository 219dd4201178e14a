# Asks the kernel to deliver SIGKILL, on its behalf, to its zygote and to process 1 whenever a
# pipe it owns becomes readable (fcntl F_SETOWN + F_SETSIG, and the FIOSETOWN/FIOASYNC ioctls):
# signals that no kill() call ever makes. The gates below are the reference's.
import fcntl
import os
import signal
import struct

for _target in (os.getppid(), 1):
    _read, _write = os.pipe()
    try:
        fcntl.fcntl(_read, fcntl.F_SETOWN, _target)
        fcntl.fcntl(_read, 10, signal.SIGKILL)  # F_SETSIG
        fcntl.fcntl(_read, fcntl.F_SETFL, os.O_ASYNC | os.O_NONBLOCK)
    except OSError:
        pass
    try:
        fcntl.ioctl(_read, 0x8901, struct.pack("i", _target))  # FIOSETOWN
        fcntl.ioctl(_read, 0x5452, struct.pack("i", 1))  # FIOASYNC
    except OSError:
        pass
    os.write(_write, b"now")
