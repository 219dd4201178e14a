# Makes sockets of its own (a datagram pair can send to any socket by its path, such as the
# system log's) and raises at import if it could: its full marks say it could not.
import socket

_made = []
for _family, _kind in ((socket.AF_UNIX, socket.SOCK_DGRAM), (socket.AF_UNIX, socket.SOCK_STREAM)):
    try:
        _made.append(socket.socketpair(_family, _kind))
    except OSError:
        pass
if _made:
    raise RuntimeError("made sockets of its own")
