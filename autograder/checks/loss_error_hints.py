"""The loss checks' readings of Python slips that stop a call before any value: a NumPy alias that no longer
exists (np.float), the flat iterator (.flat) used as an array, a parameter the spec's calls never pass, and a
value returned with a trailing comma (a tuple of one).

Each reads the error Python raised (its type and words, which say the fact) or the answer the check holds.
Loaded by ``test_loss.py`` and ``loss_slips.py`` with ``load_sibling``; handed out with the checks.
"""

from __future__ import annotations

import re

import numpy as np

from autograder.grading.python_slips_more import more_slip_hint

REMOVED_ALIAS = re.compile(r"module 'numpy' has no attribute '(float|int|bool|object|complex|str|long|unicode)'")
FLAT_ITERATOR = re.compile(r"'numpy\.flatiter' object has no attribute '(\w+)'")
MISSING_ARGUMENT = re.compile(r"(\w+)\(\) missing (\d+) required positional arguments?: (.+)")

ALIAS = (
    "np.{name} was only another name for Python's own {name}, and NumPy removed it (version 1.24; older tutorials "
    "still use it), so the attribute no longer exists. Write plain {name} instead, as in dtype={name}, or "
    "{numpy}."
)
FLAT = (
    "x.flat is an iterator over the elements, not an array: it has no .{name}, nor most of an array's "
    "attributes and methods. For a flat array of the elements, write x.ravel() (or x.reshape(-1)), and use that."
)
EXTRA_PARAMETER = (
    "Your {function} asks for {parameters} beyond the spec's two: the spec's call is {function}(y_true, "
    "y_pred), which never passes {them}: so Python stops with this TypeError. Remove {them} from the def line "
    "and work {it} out inside the function from the inputs{count}."
)
COUNTS = {"n", "N", "size", "n_samples", "num", "count", "length", "m", "M"}
TRAILING_COMMA = (
    "Your mse_loss returns a tuple of one value, {got!r}, where a single number belongs. A comma after the value "
    "makes a tuple: return value, (with a trailing comma) returns (value,). Remove the comma from the return "
    "line (the same goes for an assignment such as loss = np.mean(...),)."
)


def python_slip_hint(exc) -> str | None:
    """The hint of an error (``exc``, a StudentError) Python raised for one of the slips above, or None."""
    raised, message = getattr(exc, "raised", ""), getattr(exc, "raised_message", "") or ""
    if raised == "AttributeError" and (found := REMOVED_ALIAS.search(message)):
        name = found.group(1)
        numpy = {"float": "np.float64", "int": "np.int64", "bool": "np.bool_", "complex": "np.complex128"}.get(name)
        return ALIAS.format(name=name, numpy=f"{numpy} where you want NumPy's own type" if numpy else "its NumPy form")
    if raised == "AttributeError" and (found := FLAT_ITERATOR.search(message)):
        return FLAT.format(name=found.group(1))
    if raised == "TypeError" and (found := MISSING_ARGUMENT.search(message)):
        function, count = found.group(1), int(found.group(2))
        names = re.findall(r"'(\w+)'", found.group(3))
        if function not in ("mse_loss", "mse_loss_gradient") or not names:
            return None
        spelled = " and ".join(repr(n) for n in names)
        counted = all(n in COUNTS for n in names)
        return EXTRA_PARAMETER.format(
            function=function, parameters=f"an extra parameter, {spelled}," if count == 1 else f"extra parameters, {spelled},",
            them="it" if count == 1 else "them", it="it" if count == 1 else "them",
            count=", N = y_pred.size, the number of elements" if counted else "")
    return more_slip_hint(raised, message, getattr(exc, "detail", "") or "")


def trailing_comma_hint(got) -> str | None:
    """TRAILING_COMMA where mse_loss returned a tuple holding one number."""
    if type(got) is not tuple or len(got) != 1 or isinstance(got[0], (bool, np.bool_)):
        return None
    try:
        float(got[0])
    except (TypeError, ValueError):
        return None
    return TRAILING_COMMA.format(got=got)


COLUMN_TABLE = (
    "Your gradient has shape {got}, a table of every pair, where y_pred's shape ({n},) belongs: y_{column} was made "
    "a column of shape ({n}, 1) (reshape(len(y_pred), -1), reshape(-1, 1), [:, None] or np.newaxis all do), and a "
    "column minus a flat array of {n} values broadcasts into a table of shape ({n}, {n}) instead of pairing element i with "
    "element i. Give y_true exactly y_pred's shape instead: y_true.reshape(y_pred.shape), which fits flat, column "
    "and row inputs alike."
)


def column_table_hint(got, y_true, y_pred) -> str | None:
    """COLUMN_TABLE where y_pred is flat, (n,) with n > 1, and the gradient ``got`` is the (n, n) table of
    every y_pred[j] - y_true[i] (or its transpose), times one factor throughout: one input made a column."""
    t, p = np.asarray(y_true, dtype=float).ravel(), np.asarray(y_pred, dtype=float)
    n = p.size
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if p.ndim != 1 or n < 2 or t.size != n or got.shape != (n, n):
        return None
    for column, table in (("true", p[None, :] - t[:, None]), ("pred", p[:, None] - t[None, :])):
        scale = np.vdot(table, got) / max(np.vdot(table, table), 1e-300)
        if np.any(table) and scale > 0 and np.allclose(got, scale * table, rtol=1e-6, atol=1e-12):
            return COLUMN_TABLE.format(got=got.shape, n=n, column=column)
    return None
