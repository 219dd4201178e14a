"""What the names on the student's raising line held when it raised, said as plain text for the grader.

An error such as ``matmul: Input operand 1 has a mismatch in its core dimension 0`` says that two shapes do not
fit, not which of the student's variables has which shape. This module looks at the last frame of the traceback
that runs in the student's own files and describes, for each name written on that line, what it held: ``X is an
array of shape (4, 2) (float64); w is an array of shape (3,) (float64); b is the number 0.0``. Attribute chains
are followed through instances' own ``__dict__`` only (``self.weights``), so no property or ``__getattr__`` of the
student's runs; values are described by their exact type (an ndarray subclass is only named), so no method of
theirs runs either.

Runs in the sandbox child (imported by it before the fork): standard library and NumPy only. What it sends is
text, and the grader shows it as text, cut to a length; it decides nothing.
"""

import keyword
import linecache
import re

import numpy as np

MOST_NAMES = 6
NAME_CHAIN = re.compile(r"(?<![\w.'\"])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)")
TYPE_DICT = type.__dict__["__dict__"]  # a class's own namespace, read without its metaclass
TYPE_MRO = type.__dict__["__mro__"]  # a class's bases in order, read without its metaclass
GETSET = type(TYPE_DICT)  # how CPython exposes an instance's __dict__ slot
NUMPY_SCALARS = frozenset(np.sctypeDict.values())  # NumPy's own number types, not a subclass of the student's
QUIET = ("NotImplementedError", "RecursionError", "KeyboardInterrupt", "SystemExit", "MemoryError", "NameError")


def raising_operands(exc, scratch: str) -> str:
    """``X is an array of shape (4, 2) (float64); w is ...`` for the student's raising line; "" where there is
    nothing to say (an error from outside the student's files, a stub, a line with no values on it)."""
    if type(exc).__name__ in QUIET:
        return ""
    tb, last = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.startswith(scratch):
            last = tb
        tb = tb.tb_next
    if last is None:
        return ""
    filename = last.tb_frame.f_code.co_filename
    line = linecache.getline(filename, last.tb_lineno)
    text = line.split("#")[0]
    if text.strip().startswith("raise"):  # the student's own raise: the names its condition compared say why
        text += " " + _guarding_condition(filename, last.tb_lineno, len(line) - len(line.lstrip()))
    local = last.tb_frame.f_locals
    said, seen = [], set()
    for chain in NAME_CHAIN.findall(text):
        parts = chain.split(".")
        if parts[0] in keyword.kwlist or parts[0] not in local:
            continue
        name, value = _followed(parts, local[parts[0]])
        if name in seen or (text := describe(value)) is None:
            continue
        seen.add(name)
        said.append(f"{name} is {text}")
        if len(said) == MOST_NAMES:
            break
    return "; ".join(said)


def _guarding_condition(filename: str, lineno: int, indent: int) -> str:
    """The ``if``/``elif`` line a few lines above a ``raise`` that it guards (less indented), or ""."""
    for number in range(lineno - 1, max(0, lineno - 6), -1):
        above = linecache.getline(filename, number)
        if above.strip() and len(above) - len(above.lstrip()) < indent:
            return above.split("#")[0] if above.strip().startswith(("if ", "elif ")) else ""
    return ""


def _followed(parts: list[str], value) -> tuple[str, object]:
    """(the longest written chain whose value is an instance attribute, its value): ``self.weights`` when the
    instance's own dict holds ``weights``; ``x`` for ``x.shape``."""
    reached = 1
    for attr in parts[1:]:
        try:  # the instance dict through the class's own slot: a __dict__ property of the student's never runs
            classes = TYPE_MRO.__get__(type(value))
            slot = next((TYPE_DICT.__get__(k)["__dict__"] for k in classes if "__dict__" in TYPE_DICT.__get__(k)), None)
            if type(slot) is not GETSET:
                break
            own = slot.__get__(value)
        except Exception:  # noqa: BLE001 - no instance dict, or a strange object: stop here
            break
        if type(own) is not dict or attr not in own:
            break
        value, reached = own[attr], reached + 1
    return ".".join(parts[:reached]), value


def describe(value) -> str | None:
    """Plain words for a value of a plain kind; None for modules, functions, classes and the student's objects
    (whose ``self`` says nothing by itself)."""
    kind = type(value)
    if kind is np.ndarray:
        return f"an array of shape {value.shape} ({value.dtype})"
    if kind in NUMPY_SCALARS:
        return f"the NumPy number {value.item()!r} ({value.dtype})"
    if kind in (bool, int, float):
        return f"the number {value!r}" if kind is not bool else f"the bool {value!r}"
    if value is None:
        return "None"
    if kind is str:
        return f"the text {value[:30]!r}"
    if kind in (list, tuple):
        inner = {type(item) for item in value[:50]}
        what = ("numbers" if inner and inner <= {int, float, bool} else "lists" if inner == {list}
                else "arrays" if inner == {np.ndarray} else "items")
        if not value:
            return f"an empty {kind.__name__}"
        small = len(value) <= 4 and all(type(item) is float or (type(item) is int and -10**12 < item < 10**12) for item in value)
        shown = f" {list(value)!r}" if small else ""  # a few plain numbers are shown (never a huge int's digits)
        return f"a {kind.__name__} of {len(value)} {what[:-1] if len(value) == 1 else what}{shown}"
    if kind is dict:
        keys = [k for k in list(value)[:6] if type(k) is str]
        return f"a dict with keys {', '.join(keys)}" if keys else f"a dict of {len(value)} items"
    return None
