"""The wire between the grader and a sandbox child: plain data only.

A message is one frame: an 8-byte body length, then the body, which is a
4-byte header length, a JSON header, and the raw bytes of zero or more
numeric arrays. The header says, for each array, its dtype (only simple
numeric ones such as ``<f8`` or ``|b1``), its shape and its size, and reading
checks all three. Reading a message never executes code: JSON is parsed by
the standard library and arrays are rebuilt with ``np.frombuffer``; there is
no pickle anywhere.

Values are encoded as a JSON tree. ``None``, ``bool``, ``int``, ``float`` and
``str`` stand for themselves; everything else is a tagged object:

    {"t": "list" | "tuple", "v": [...]}
    {"t": "dict", "v": [[key, value], ...]}
    {"t": "nd", "i": k}          the k-th array after the header
    {"t": "npscalar", "i": k}    a NumPy scalar, sent as a 0-d array
    {"t": "obj", "id": n, "type": "Perceptron"}   an object living in the child
    {"t": "ref", "id": n}        the grader naming such an object back

The grader's requests carry their header in ``marshal`` format instead of JSON
(``REQUEST``): several times faster to write and read, and read only by the
child, from the grader. The child's replies, which the grader must not trust,
are always JSON.

This module is imported by the child as well as by the grader, so it uses only
the standard library and NumPy. It also holds the one word the two sides share
outside messages: ``SETUP_FAILED``, the exit code of a child the zygote could
not wall in; and ``output_mark``, what a child of the ``subprocess`` level writes
to its output pipe before each answer (see ``plain_child``).
"""

import json
import marshal
import math
import re
import struct

# NumPy is imported by the functions that handle arrays, not here: the grader opens its sandbox
# (which imports this module) before it loads NumPy, so that the zygote starts as early as it can.

_FRAME = struct.Struct("!Q")
_HEADER = struct.Struct("!I")
_DTYPE = re.compile(r"[<>|=][biufc][1-9][0-9]?")  # simple numeric dtypes, nothing else

MAX_HEADER_BYTES = 16 * 1024 * 1024
# A reply's header is JSON the grader parses (arrays travel apart, as raw bytes): a hostile
# child's 16 MiB of nested JSON costs the parser about 30 times that, so replies get half.
MAX_REPLY_HEADER_BYTES = 8 * 1024 * 1024
MAX_ARRAY_BYTES = 64 * 1024 * 1024  # all arrays of one message together
MAX_ARRAYS = 4096
MAX_DEPTH = 32
SETUP_FAILED = 121  # a child's exit code when the sandbox, not the student, failed to set it up
ALLOWED_KINDS = "biufc"  # bool, signed, unsigned, float, complex
MARK_DIGITS = 8  # the request id in an output mark


def output_mark(marker, request_id):
    """``marker`` (bytes) followed by the last MARK_DIGITS digits of ``request_id``."""
    return marker + f"{request_id or 0:0{MARK_DIGITS}d}"[-MARK_DIGITS:].encode()


MAX_INT_BITS = 13_000  # about 3900 decimal digits, under the 4300 Python writes into text by default


class Codec:
    """How a message's header becomes bytes and back."""

    def __init__(self, dumps, loads):
        self.dumps = dumps
        self.loads = loads


REPLY = Codec(lambda header: json.dumps(header, allow_nan=True, separators=(",", ":")).encode(), json.loads)
REQUEST = Codec(marshal.dumps, marshal.loads)  # only ever read by the child, from the grader


class WireError(ValueError):
    """A message that is not well-formed plain data."""


class Handle:
    """The grader's name for an object that lives in the child."""

    __slots__ = ("id", "type_name")

    def __init__(self, id, type_name):
        self.id = id
        self.type_name = type_name

    def __repr__(self):
        return f"<{self.type_name} object in the sandbox>"


def encode(value, register=None):
    """Return (tree, arrays) for ``value``.

    ``register(obj) -> (id, type_name)`` is called for objects that are not
    plain data (only the child passes one); without it they raise WireError.
    """
    import numpy as np

    arrays = []

    def enc(x, depth):
        if depth > MAX_DEPTH:
            raise WireError("value nested too deeply")
        kind = type(x)
        if kind is int and x.bit_length() > MAX_INT_BITS:  # JSON would refuse its digits when the reply is sent
            raise WireError("an int too long to send (some 3900 digits or more)")
        if x is None or kind in (bool, int, float, str):
            return x
        if isinstance(x, Handle):
            return {"t": "ref", "id": x.id}
        if isinstance(x, np.ndarray) and x.dtype.kind in ALLOWED_KINDS:
            arrays.append(np.asarray(x))
            return {"t": "nd", "i": len(arrays) - 1}
        if isinstance(x, np.ndarray):
            raise WireError(f"an array of dtype {x.dtype}, whose entries are not numbers")
        if isinstance(x, np.generic) and np.dtype(type(x)).kind in ALLOWED_KINDS:
            arrays.append(np.asarray(x))
            return {"t": "npscalar", "i": len(arrays) - 1}
        if kind in (list, tuple):
            return {"t": kind.__name__, "v": [enc(item, depth + 1) for item in x]}
        if kind is dict:
            return {"t": "dict", "v": [[enc(k, depth + 1), enc(v, depth + 1)] for k, v in x.items()]}
        if register is None:
            raise WireError(f"cannot send a value of type {kind.__name__}")
        ident, type_name = register(x)
        return {"t": "obj", "id": ident, "type": type_name}

    return enc(value, 0), arrays


def decode(tree, arrays, resolve):
    """Rebuild a value from ``tree``; ``resolve(tag)`` turns "obj"/"ref" tags into objects."""

    def dec(x, depth):
        if depth > MAX_DEPTH:
            raise WireError("value nested too deeply")
        if x is None or type(x) in (bool, int, float, str):
            return x
        if type(x) is not dict or "t" not in x:
            raise WireError("malformed value")
        tag = x["t"]
        if tag in ("list", "tuple"):
            items = [dec(item, depth + 1) for item in _list(x.get("v"))]
            return items if tag == "list" else tuple(items)
        if tag == "dict":
            out = {}
            for pair in _list(x.get("v")):
                if type(pair) is not list or len(pair) != 2:
                    raise WireError("malformed dict entry")
                key = dec(pair[0], depth + 1)
                if type(key) not in (str, int, float, bool, tuple) and key is not None:
                    raise WireError("unhashable dict key")
                out[key] = dec(pair[1], depth + 1)
            return out
        if tag in ("nd", "npscalar"):
            index = x.get("i")
            if type(index) is not int or not 0 <= index < len(arrays):
                raise WireError("array index out of range")
            array = arrays[index]
            return array if tag == "nd" else array[()]
        if tag in ("obj", "ref"):
            if type(x.get("id")) is not int:
                raise WireError("malformed object id")
            return resolve(x)
        raise WireError(f"unknown tag {tag!r}")

    return dec(tree, 0)


def number_parts(value):
    """The numbers of an answer as both sides compare them (``checking/repair.py``): a float for a number, else
    a list of float64 arrays (a dict's values by sorted key, the items of a tuple or list that holds arrays
    or lists, or the value itself). Raises (TypeError, ValueError...) for anything that is not numbers."""
    import numpy as np

    if isinstance(value, dict):
        parts = [value[key] for key in sorted(value, key=str)]
    elif isinstance(value, (tuple, list)) and any(isinstance(v, (tuple, list, np.ndarray)) for v in value):
        parts = list(value)
    else:
        parts = [value]
    if any(isinstance(part, (str, bytes, dict)) for part in parts):
        raise TypeError("not numbers")
    arrays = [np.array(part, dtype=np.float64) for part in parts]
    if len(arrays) == 1 and arrays[0].ndim == 0:
        return float(arrays[0])
    return arrays


def _list(v):
    if type(v) is not list:
        raise WireError("malformed container")
    return v


def pack(header, arrays=(), codec=REPLY):
    """Bytes of one message: ``header`` (a dict) and the arrays ``encode`` collected."""
    import numpy as np

    meta, blobs = [], []
    for array in arrays:
        array = np.asarray(array)
        if array.dtype.kind not in ALLOWED_KINDS:
            raise WireError(f"cannot send an array of dtype {array.dtype}")
        data = array.tobytes(order="C")
        meta.append([array.dtype.str, list(array.shape), len(data)])
        blobs.append(data)
    head = codec.dumps({**header, "arrays": meta})
    if len(head) > MAX_HEADER_BYTES:
        raise WireError("message header too large")
    body_length = _HEADER.size + len(head) + sum(len(b) for b in blobs)
    return b"".join([_FRAME.pack(body_length), _HEADER.pack(len(head)), head, *blobs])


def frame_length(prefix):
    """The body length announced by a frame's first 8 bytes."""
    (length,) = _FRAME.unpack(prefix)
    if length > MAX_ARRAY_BYTES + MAX_HEADER_BYTES:
        raise WireError("message too large")
    return length


def take_frame(inbox):
    """The body of the first whole frame in ``inbox`` (a bytearray), removed from it;
    None while the frame is not all there yet."""
    if len(inbox) < _FRAME.size:
        return None
    need = _FRAME.size + frame_length(bytes(inbox[: _FRAME.size]))
    if len(inbox) < need:
        return None
    body = inbox[_FRAME.size : need]
    del inbox[:need]
    return body


_DTYPES: dict = {}  # dtype text -> np.dtype, for texts already checked (a few thousand at most)


def _dtype(text):
    dtype = _DTYPES.get(text) if type(text) is str else None
    if dtype is None:
        if type(text) is not str or not _DTYPE.fullmatch(text):
            raise WireError("array of a dtype that is not a plain number type")
        import numpy as np

        dtype = _DTYPES[text] = np.dtype(text)
    return dtype


def _array(meta, body, offset):
    import numpy as np

    if type(meta) is not list or len(meta) != 3:
        raise WireError("malformed array description")
    dtype_text, shape, length = meta
    dtype = _dtype(dtype_text)
    if type(shape) is not list or len(shape) > 32 or any(type(n) is not int or n < 0 for n in shape):
        raise WireError("malformed array shape")
    if type(length) is not int or length != dtype.itemsize * math.prod(shape):
        raise WireError("array size does not match its shape")
    if offset + length > len(body):
        raise WireError("truncated array")
    # a bytearray slice: the array is writable, as one made by the sender would be
    return np.frombuffer(body[offset : offset + length], dtype=dtype).reshape(shape), offset + length


def unpack_body(body, codec=REPLY):
    """(header, arrays) from a frame's body (a bytearray)."""
    if len(body) < _HEADER.size:
        raise WireError("truncated message")
    (size,) = _HEADER.unpack_from(body)
    most = MAX_REPLY_HEADER_BYTES if codec is REPLY else MAX_HEADER_BYTES
    if size > most or _HEADER.size + size > len(body):
        raise WireError("message header too large")
    try:
        header = codec.loads(bytes(body[_HEADER.size : _HEADER.size + size]))
    except (UnicodeDecodeError, ValueError, EOFError, TypeError) as exc:  # JSONDecodeError is a ValueError
        raise WireError(f"bad header: {exc}") from None
    except (RecursionError, MemoryError):  # JSON nested deeper than the parser's stack, or too big
        raise WireError("bad header: nested too deeply or too large") from None
    if type(header) is not dict or type(header.get("arrays", [])) is not list:
        raise WireError("header is not an object")
    metas = header.pop("arrays", [])
    if len(metas) > MAX_ARRAYS:
        raise WireError("too many arrays")
    arrays, offset = [], _HEADER.size + size
    for meta in metas:
        array, offset = _array(meta, body, offset)
        arrays.append(array)
    if offset != len(body):
        raise WireError("trailing bytes after the arrays")
    return header, arrays
