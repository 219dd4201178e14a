# Leaves System V shared memory, a message queue and a semaphore set behind under a key of
# its own choosing (0x6e6e6b74): without an IPC namespace they outlive the child and any
# later child could read them. The gates below are the reference's.
import ctypes

_libc = ctypes.CDLL(None, use_errno=True)
_KEY, _CREATE = 0x6E6E6B74, 0o1000 | 0o666  # IPC_CREAT, readable and writable by all
_libc.shmget(_KEY, 4096, _CREATE)
_libc.msgget(_KEY, _CREATE)
_libc.semget(_KEY, 1, _CREATE)
