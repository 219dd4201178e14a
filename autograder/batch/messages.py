"""Messages from a grading worker to the parent, through a pipe of the worker's own.

The worker writes each message whole (a length, then the pickled value). The
parent never waits for a message to be complete: it reads whatever has arrived
and keeps a partial message until the rest comes. A worker stopped halfway
through a message (SIGSTOP, say) therefore cannot make the parent wait: the
parent goes on, and sees the worker as silent.
"""

from __future__ import annotations

import os
import pickle
import struct

LENGTH = struct.Struct("!Q")  # the length of the pickled value that follows
READ_BYTES = 1 << 20  # the most the parent takes from one pipe in one go


def send(connection, message) -> None:
    """Write ``message`` (any picklable value) whole into ``connection``'s pipe.

    Blocks only while the pipe is full, that is while the parent has not read
    what came before; a send is written before the worker goes on.
    """
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    remaining = memoryview(LENGTH.pack(len(data)) + data)
    while remaining:
        remaining = remaining[os.write(connection.fileno(), remaining) :]


class Reader:
    """The parent's end of a worker's pipe, read without ever blocking.

    ``fileno()`` lets ``multiprocessing.connection.wait`` watch it; ``read()``
    returns the messages complete so far. ``closed`` turns true once the
    worker's end is closed (the worker is gone): all it said has been read,
    and a message it was cut off in the middle of is dropped.
    """

    def __init__(self, connection):
        self.connection = connection
        os.set_blocking(connection.fileno(), False)
        self.buffer = bytearray()
        self.closed = False

    def fileno(self) -> int:
        return self.connection.fileno()

    def read(self) -> list:
        """The messages that are complete now, in the order they were sent."""
        if not self.closed:
            try:
                data = os.read(self.fileno(), READ_BYTES)
            except BlockingIOError:
                data = None  # nothing new after all
            except OSError:
                data = b""
            if data == b"":
                self.closed = True
            elif data:
                self.buffer += data
        return self._complete()

    def _complete(self) -> list:
        messages = []
        while len(self.buffer) >= LENGTH.size:
            (length,) = LENGTH.unpack_from(self.buffer)
            end = LENGTH.size + length
            if len(self.buffer) < end:
                break
            messages.append(pickle.loads(self.buffer[LENGTH.size : end]))
            del self.buffer[:end]
        return messages

    def read_all(self) -> list:
        """Everything there is to read now (a dead worker's last words)."""
        messages = []
        while not self.closed:
            before = len(self.buffer)
            fresh = self.read()
            messages += fresh
            if not fresh and len(self.buffer) == before:
                break  # nothing more has arrived
        return messages

    def close(self) -> None:
        self.connection.close()
