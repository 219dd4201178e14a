"""The reference solution as a recording: what a student's kit uses instead of the answers.

A check asks the reference for expected values (``reference.sigmoid(z)``,
``reference.MLP(2, 3, 1, seed=0).forward(X)``). When the instructor builds a
handout, the visible checks run once against a ``RecordingReference`` that wraps
the real reference and writes down every plain value it hands out, keyed by the
exact question: the path of calls and attribute reads that led to it, with each
argument's content hashed. In the student's kit a ``PlayedReference`` answers the
same questions from that record, and knows nothing else: it holds no code, and
only the answers to questions the visible checks ask on their fixed inputs.

Two rules make the keys the same in both runs:

- a function of the reference module is pure: its key is its name and arguments;
- an object the reference made (an ``MLP``) keeps a count and a digest of every
  question asked of it before, so ``net.fit(X, y)`` followed by ``net.W1`` is told
  apart from ``net.W1`` before the fit, and ``net.forward(X)`` after ``net.W1 = A``
  from the same after ``net.W1 = B``. The checks must do the same things to such an
  object whatever the student answered.

What counts as a plain value, and how it is stored (JSON, arrays as ``.npy`` files,
never pickle), is in ``encode`` and ``decode``.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
from pathlib import Path

import numpy as np

RECORD_FILE = "recording.json"
ARRAYS_DIR = "arrays"


class RecordingError(ValueError):
    """A value the recording cannot hold (a function, an object inside a list, ...)."""


class RecordingMissing(LookupError):
    """A question the recording has no answer for: the checks asked something they did not ask when it was made.
    Its message is what a student reads (a check ending with it is reported as an error of the kit's)."""


class _NotPlain(Exception):
    pass


# -- keys: the canonical form of a question ----------------------------------------


def _canonical(value):
    """A nested tuple that is equal for equal arguments (arrays by dtype, shape and bytes)."""
    if isinstance(value, Proxy):
        return ("object", value._path)
    if value is None or isinstance(value, (bool, str)):
        return (type(value).__name__, value)
    if isinstance(value, np.ndarray):
        data = np.ascontiguousarray(value)
        if data.dtype.hasobject:
            raise RecordingError("an array of Python objects cannot be recorded")
        return ("array", data.dtype.str, data.shape, hashlib.sha256(data.tobytes()).hexdigest())
    if isinstance(value, np.generic):
        return ("scalar", value.dtype.str, np.asarray(value).tobytes().hex())
    if isinstance(value, int):
        return ("int", value)
    if isinstance(value, float):
        return ("float", value.hex())
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_canonical(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple((_canonical(k), _canonical(v)) for k, v in value.items()))
    raise RecordingError(f"a {type(value).__name__} cannot be part of a recorded question")


def call_step(args: tuple, kwargs: dict) -> tuple:
    return ("call", _canonical(tuple(args)), _canonical(dict(sorted(kwargs.items()))))


def key_of(path: tuple) -> str:
    return hashlib.sha256(repr(path).encode()).hexdigest()[:32]


# -- values: plain data in JSON, arrays in .npy files -------------------------------


def encode(value, arrays: dict) -> object:
    """``value`` as JSON data; arrays are added to ``arrays`` (name -> array). Raises
    ``_NotPlain`` for a value that is not plain data at the top, ``RecordingError`` inside."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, np.ndarray):
        if value.dtype.hasobject:
            raise RecordingError("an array of Python objects cannot be recorded")
        # named by dtype, shape and bytes: two arrays of the same bytes in other shapes ((n,) and (n, 1)) are two files
        name = hashlib.sha256(repr(_canonical(value)[1:]).encode()).hexdigest()[:24] + ".npy"
        arrays[name] = value.copy()  # as it is now: the reference may change it in place later
        return {"array": name}
    if isinstance(value, np.generic):
        return {"scalar": value.dtype.str, "value": encode(value.item(), arrays)}
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"float": repr(value)}
    if isinstance(value, (list, tuple, dict)):
        try:
            if isinstance(value, dict):
                return {"dict": [[encode(k, arrays), encode(v, arrays)] for k, v in value.items()]}
            items = [encode(v, arrays) for v in value]
        except _NotPlain:
            raise RecordingError(f"a {type(value).__name__} holding objects cannot be recorded") from None
        return {"tuple": items} if isinstance(value, tuple) else items
    raise _NotPlain


def decode(data, arrays_dir: Path):
    if isinstance(data, list):
        return [decode(v, arrays_dir) for v in data]
    if not isinstance(data, dict):
        return data
    (tag,) = data.keys() - {"value"}
    if tag == "array":
        name = data["array"]
        if Path(name).name != name:
            raise RecordingError(f"a recorded array named {name!r} is not a plain file name")
        return np.load(arrays_dir / name, allow_pickle=False)
    if tag == "scalar":
        return np.dtype(data["scalar"]).type(decode(data["value"], arrays_dir))
    if tag == "float":
        return float(data["float"])
    if tag == "tuple":
        return tuple(decode(v, arrays_dir) for v in data["tuple"])
    if tag == "dict":
        return {decode(k, arrays_dir): decode(v, arrays_dir) for k, v in data["dict"]}
    raise RecordingError(f"unknown recorded value {tag!r}")


# -- the two references ---------------------------------------------------------------


class Proxy:
    """What a check holds for the reference module or an object it made, in either run."""

    __slots__ = ("_path", "_book", "_steps", "_history", "_target")

    def __init__(self, path: tuple, book, target=None):
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_book", book)
        object.__setattr__(self, "_steps", 0)
        object.__setattr__(self, "_history", "")  # a digest of the questions asked of it so far
        object.__setattr__(self, "_target", target)  # the real object, while recording

    def _next(self, step: tuple) -> tuple:
        """The path of this question: an object's count and digest of earlier questions are part of it."""
        if len(self._path) == 1:  # the module: its functions are pure
            return self._path + (step,)
        count, history = self._steps, self._history
        object.__setattr__(self, "_steps", count + 1)
        object.__setattr__(self, "_history", key_of((history, step)))
        return self._path + ((count, history) + step,)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._book.answer(self, self._next(("attr", name)), lambda target: getattr(target, name))

    def __call__(self, *args, **kwargs):
        step = call_step(args, kwargs)
        return self._book.answer(self, self._next(step),
                                 lambda target: target(*_real(args), **_real(kwargs)))  # fmt: skip

    def __setattr__(self, name, value):
        if len(self._path) == 1:
            raise RecordingError(f"a check may not set {name} on the reference module itself")
        self._book.changed(self, self._next(("set", name, _canonical(value))), name, value)

    def __repr__(self) -> str:
        return f"<reference {_describe(self._path)}>"


def _real(value):
    """Arguments with proxies replaced by the reference objects they stand for (recording only)."""
    if isinstance(value, Proxy):
        return value._target
    if isinstance(value, (list, tuple)):
        return type(value)(_real(v) for v in value)
    if isinstance(value, dict):
        return {k: _real(v) for k, v in value.items()}
    return value


def _describe(path: tuple) -> str:
    text = path[0]
    for step in path[1:]:
        step = step[2:] if isinstance(step[0], int) else step
        text += f".{step[1]}" if step[0] == "attr" else f".{step[1]} = ..." if step[0] == "set" else "(...)"
    return text


class RecordingReference:
    """Wraps the real reference module of ``exercise`` and writes down every plain value it hands out."""

    def __init__(self, module, exercise: str):
        self.exercise = exercise
        self.answers: dict[str, object] = {}
        self.objects: set[str] = set()
        self.arrays: dict[str, np.ndarray] = {}
        self.proxy = Proxy((exercise,), self, module)

    def answer(self, asker: Proxy, path: tuple, ask):
        value = ask(asker._target)
        key = key_of(path)
        try:
            self.answers[key] = encode(value, self.arrays)
        except _NotPlain:
            self.objects.add(key)
            return Proxy(path, self, value)
        # A copy, as a played reference gives: an array the reference changes in place later
        # must not change under the check in one run and not in the other.
        return copy.deepcopy(value)

    def changed(self, asker: Proxy, path: tuple, name: str, value) -> None:
        setattr(asker._target, name, _real(value))
        self.objects.add(key_of(path))  # known, so that playing it back can tell a new change

    def save(self, folder: Path) -> None:
        """Write the record into ``folder`` (merged with what is there: several runs may add to it)."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ARRAYS_DIR).mkdir(exist_ok=True)
        record = {"answers": {}, "objects": []}
        if (folder / RECORD_FILE).exists():
            record = json.loads((folder / RECORD_FILE).read_text(encoding="utf-8"))
        record["answers"].update(self.answers)
        record["objects"] = sorted(set(record["objects"]) | self.objects)
        for name, array in self.arrays.items():
            np.save(folder / ARRAYS_DIR / name, array, allow_pickle=False)
        (folder / RECORD_FILE).write_text(json.dumps(record, sort_keys=True, indent=0), encoding="utf-8")


class PlayedReference:
    """Answers a check's questions from a record, as the reference answered them when it was made."""

    def __init__(self, folder: Path, exercise: str):
        self.folder = Path(folder)
        record = json.loads((self.folder / RECORD_FILE).read_text(encoding="utf-8"))
        self.answers = record["answers"]
        self.objects = set(record["objects"])
        self.proxy = Proxy((exercise,), self)

    def answer(self, asker: Proxy, path: tuple, ask):
        key = key_of(path)
        if key in self.answers:
            return decode(self.answers[key], self.folder / ARRAYS_DIR)
        if key in self.objects:
            return Proxy(path, self)
        raise self._missing(path)

    def changed(self, asker: Proxy, path: tuple, name: str, value) -> None:
        if key_of(path) not in self.objects:
            raise self._missing(path)

    @staticmethod
    def _missing(path: tuple) -> RecordingMissing:
        return RecordingMissing(
            f"this kit lacks a recorded answer for {_describe(path)}: its check asked the reference a question "
            "that was not asked when the kit was made, so it cannot tell whether your answer is right. "
            "This is the kit's fault, not yours: tell your instructor, whose fresh handout fixes it."
        )
