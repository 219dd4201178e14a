"""The wire between the grader and a sandbox child: plain data only.

A message is a small JSON header followed by zero or more arrays in NumPy's
``.npy`` format. Reading a message never executes code: JSON is parsed by the
standard library and arrays are loaded with ``allow_pickle=False`` and must
have a numeric or boolean dtype.

Values are encoded as a JSON tree. ``None``, ``bool``, ``int``, ``float`` and
``str`` stand for themselves; everything else is a tagged object:

    {"t": "list" | "tuple", "v": [...]}
    {"t": "dict", "v": [[key, value], ...]}
    {"t": "nd", "i": k}          the k-th array after the header
    {"t": "npscalar", "i": k}    a NumPy scalar, sent as a 0-d array
    {"t": "obj", "id": n, "type": "Perceptron"}   an object living in the child
    {"t": "ref", "id": n}        the grader naming such an object back

This module is imported by the child as well as by the grader, so it uses only
the standard library and NumPy.
"""

import io
import json
import struct

import numpy as np

# Frame: 4-byte header length, header, 2-byte array count, then per array
# an 8-byte length and the .npy bytes.
_HEADER = struct.Struct("!I")
_COUNT = struct.Struct("!H")
_BLOB = struct.Struct("!Q")

MAX_HEADER_BYTES = 16 * 1024 * 1024
MAX_ARRAY_BYTES = 512 * 1024 * 1024
MAX_ARRAYS = 4096
MAX_DEPTH = 32
ALLOWED_KINDS = "biufc"  # bool, signed, unsigned, float, complex


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


def _array_bytes(array):
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def encode(value, register=None):
    """Return (tree, arrays) for ``value``.

    ``register(obj) -> (id, type_name)`` is called for objects that are not
    plain data (only the child passes one); without it they raise WireError.
    """
    arrays = []

    def enc(x, depth):
        if depth > MAX_DEPTH:
            raise WireError("value nested too deeply")
        kind = type(x)
        if x is None or kind in (bool, int, str):
            return x
        if kind is float:
            return x
        if isinstance(x, Handle):
            return {"t": "ref", "id": x.id}
        if isinstance(x, np.ndarray) and x.dtype.kind in ALLOWED_KINDS:
            arrays.append(_array_bytes(np.asarray(x)))
            return {"t": "nd", "i": len(arrays) - 1}
        if isinstance(x, np.ndarray):
            raise WireError(f"an array of dtype {x.dtype}, whose entries are not numbers")
        if isinstance(x, np.generic) and np.dtype(type(x)).kind in ALLOWED_KINDS:
            arrays.append(_array_bytes(np.asarray(x)))
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


def _list(v):
    if type(v) is not list:
        raise WireError("malformed container")
    return v


def load_array(data):
    """Read one .npy blob, refusing pickles and non-numeric dtypes."""
    try:
        array = np.load(io.BytesIO(data), allow_pickle=False)
    except Exception as exc:  # a malformed blob is the sender's fault
        raise WireError(f"bad array: {exc}") from None
    if not isinstance(array, np.ndarray) or array.dtype.kind not in ALLOWED_KINDS:
        raise WireError("array of a non-numeric dtype")
    return array


def pack(header, arrays=()):
    """Bytes of one message: the JSON header and the already-encoded arrays."""
    head = json.dumps(header, allow_nan=True, separators=(",", ":")).encode()
    if len(head) > MAX_HEADER_BYTES:
        raise WireError("message header too large")
    parts = [_HEADER.pack(len(head)), head, _COUNT.pack(len(arrays))]
    for blob in arrays:
        parts.append(_BLOB.pack(len(blob)))
        parts.append(blob)
    return b"".join(parts)


def unpack(read_exactly):
    """Read one message with ``read_exactly(n) -> bytes``; returns (header, arrays)."""
    (size,) = _HEADER.unpack(read_exactly(_HEADER.size))
    if size > MAX_HEADER_BYTES:
        raise WireError("message header too large")
    try:
        header = json.loads(read_exactly(size))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WireError(f"bad header: {exc}") from None
    if type(header) is not dict:
        raise WireError("header is not an object")
    (count,) = _COUNT.unpack(read_exactly(_COUNT.size))
    if count > MAX_ARRAYS:
        raise WireError("too many arrays")
    arrays = []
    for _ in range(count):
        (length,) = _BLOB.unpack(read_exactly(_BLOB.size))
        if length > MAX_ARRAY_BYTES:
            raise WireError("array too large")
        arrays.append(load_array(read_exactly(length)))
    return header, arrays
