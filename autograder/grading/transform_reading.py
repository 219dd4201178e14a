"""A wrong result that is the right one passed through some transform: moved by a constant, reordered, shifted
by one place, summed as it goes, stripped of its signs, squared or square-rooted, divided by its largest value or
its total, transposed, or reduced to one number. Whatever the exercise, a result like that says plainly what the
code did to the right answer, and the hint says so with the student's own numbers.

Each reading is named only where it matches every value of the result (to a tight tolerance) and the values hold
enough structure to rule out a coincidence: a reordering needs three distinct values (0s and 1s sorted are just
another gate's labels), a constant moved needs two distinct right values, a number's square root needs a number
that is not 0 or 1. Pure: values in, a hint (or None) out; asked only after a check found the result wrong.
"""

from __future__ import annotations

import numpy as np

TIGHT = {"rtol": 1e-9, "atol": 1e-12}  # a transform replays exactly; what matches only loosely is something else


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool(np.allclose(a, b, **TIGHT))


def _distinct(values: np.ndarray) -> int:
    return len(np.unique(np.round(values.ravel(), 9)))


def _example(got: np.ndarray, expected: np.ndarray) -> str:
    differ = ~np.isclose(got, expected, **TIGHT)
    index = int(np.flatnonzero(differ.ravel())[0]) if differ.any() else 0
    return f"{float(got.ravel()[index]):.6g} where {float(expected.ravel()[index]):.6g} belongs"


def _last_axis(array: np.ndarray) -> np.ndarray:
    return array if array.ndim >= 1 else array.reshape(1)


def _offset(got, expected) -> str | None:
    moved = got - expected
    shift = float(moved.ravel()[0])
    if got.size < 2 or _distinct(expected) < 2 or abs(shift) < 1e-9 or not np.allclose(moved, shift, **TIGHT):
        return None
    return (f"Every value of yours is the right one {'plus' if shift > 0 else 'minus'} {abs(shift):.6g} "
            f"({_example(got, expected)}): your result follows the input as it should, but the same constant is "
            f"{'added to' if shift > 0 else 'taken from'} all of it. Look for a term that does not depend on the "
            "input: a number added or subtracted, a bias counted twice or left out, a total that starts from "
            "something other than 0.")


def _reordered(got, expected) -> str | None:
    if got.size < 3 or _distinct(expected) < 3 or not _same(np.sort(got, axis=None), np.sort(expected, axis=None)):
        return None
    rows, flat = _last_axis(got), _last_axis(expected)
    if _same(rows, np.sort(flat, axis=-1)) or _same(rows, -np.sort(-flat, axis=-1)):
        how = ("sorted", "something sorts them (np.sort, sorted(), .sort(), or a loop that picks the smallest): "
                         "drop the sort")
    elif _same(rows, flat[..., ::-1]) or _same(got, expected[::-1]):
        how = ("in reverse order", "something reverses them ([::-1], reversed(), np.flip, a loop that runs "
                                   "backwards or inserts at the front with insert(0, ...)): keep the inputs' order")
    elif got.ndim == 2 and got.shape[0] == got.shape[1] and _same(got, expected.T):
        how = ("transposed (rows and columns swapped)", "check the order of a product's factors (A @ B, not B @ A) "
                                                        "and any .T or index order ([j, i] for [i, j])")
    else:
        how = ("in other places", "something mixes up their order (an index off, a loop over a set or a dict, a "
                                  "sort, rows and columns swapped): each result belongs at the position of the input "
                                  "it comes from")
    return (f"Your result holds exactly the right values, but {how[0]} ({_example(got, expected)}): {how[1]}.")


def _shifted(got, expected) -> str | None:
    rows, flat = _last_axis(got), _last_axis(expected)
    if rows.shape[-1] < 3 or _distinct(expected) < 3:
        return None
    if _same(rows[..., 1:], flat[..., :-1]):
        side = "later"
    elif _same(rows[..., :-1], flat[..., 1:]):
        side = "earlier"
    else:
        return None
    return (f"Your values are the right ones moved one place {side} ({_example(got, expected)}): each position holds "
            f"the value of its neighbour. Look for an index off by one (i - 1 or i + 1 for i, range starting at 1), a "
            "value recorded before it is updated instead of after, or a list that starts with an extra entry.")


def _running(got, expected) -> str | None:
    rows, flat = _last_axis(got), _last_axis(expected)
    if rows.shape[-1] < 2 or np.isclose(got, expected, **TIGHT).all():
        return None
    totals = np.cumsum(flat, axis=-1)
    if _same(rows, totals) and not _same(totals, flat):
        return (f"Your values are running totals of the right ones: each is the sum of the right values up to it "
                f"({_example(got, expected)}). A total kept across the loop is not started again: set it to 0 where "
                "each new value begins (inside the loop), or drop np.cumsum where the values themselves belong.")
    means = totals / np.arange(1, flat.shape[-1] + 1)
    if _same(rows, means):
        return (f"Your values are running means of the right ones: each is the mean of the right values up to it "
                f"({_example(got, expected)}). A sum kept across the loop is not started again: set it to 0 where "
                "each new value begins (inside the loop) and average only that value's own terms.")
    return None


def _signs_lost(got, expected) -> str | None:
    negative = expected < -1e-9
    if not negative.any() or not _same(got, np.abs(expected)):
        return None
    return (f"Your values have the right sizes but never the minus sign: where the right value is negative, yours "
            f"is positive ({_example(got, expected)}). Look for abs(), np.abs, or a square root of a square "
            "(np.sqrt(x ** 2)); the result keeps its sign.")


def _powered(got, expected) -> str | None:
    telling = (np.abs(np.abs(expected) - 1) > 1e-6) & (np.abs(expected) > 1e-6)  # 0 and 1 are their own squares
    if not telling.any() or (expected.size == 1 and float(expected.ravel()[0]) == round(float(expected.ravel()[0]), 2)):
        return None  # one round number (0.5, sigmoid(0)) squared is as likely a coincidence as a square
    if _same(got, expected**2):
        return (f"Your values are the right ones squared ({_example(got, expected)}): a ** 2 (or a product of the "
                "value with itself) is applied once too often. Square only what the formula squares.")
    if (expected >= 0).all() and _same(got, np.sqrt(expected)):
        return (f"Your values are the square roots of the right ones ({_example(got, expected)}): take no np.sqrt "
                "(or ** 0.5) at the end; the value wanted is the one before the root (a mean of squares, not its "
                "root).")
    return None


def _normalised(got, expected) -> str | None:
    if _distinct(expected) < 2:
        return None
    for words, by in (("their largest value", np.max(np.abs(expected))), ("their total", np.sum(expected)),
                      ("their total size", np.sum(np.abs(expected)))):
        if abs(by) > 1e-9 and abs(by - 1) > 1e-9 and _same(got, expected / by):
            return (f"Your values are the right ones divided by {words} ({_example(got, expected)}): nothing in the "
                    "spec rescales these values. Drop the division (by np.max, np.sum or a norm) and return them as "
                    "computed.")
    return None


READINGS = (_normalised, _offset, _reordered, _shifted, _running, _signs_lost, _powered)


def transform_hint(got: np.ndarray, expected: np.ndarray) -> str | None:
    """What transform of ``expected`` gives ``got`` exactly (same shape), said with the student's numbers;
    None where none does, or where the values cannot tell."""
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    if got.shape != expected.shape or got.size == 0 or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    if np.allclose(got, expected, **TIGHT):
        return None
    for reading in READINGS:
        if text := reading(got, expected):
            return text
    return None


REDUCTIONS = (("sum", np.sum, "adds them up (np.sum, sum())"), ("mean", np.mean, "averages them (np.mean)"),
              ("largest", np.max, "takes the largest (np.max, max())"),
              ("smallest", np.min, "takes the smallest (np.min, min())"))


def reduced_hint(got: np.ndarray, expected: np.ndarray) -> str | None:
    """A hint when ``got`` is ``expected`` reduced over all its values or over one axis (a sum, mean, max or min),
    confirmed by the values: which reduction it is, and over what."""
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    if got.size == 0 or expected.size < 2 or got.size >= expected.size or _distinct(expected) < 2 \
            or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    for axis in (None, *range(expected.ndim)) if expected.ndim > 1 else (None,):
        for words, reduce, how in REDUCTIONS:
            if words in ("largest", "smallest") and _distinct(expected) < 3:
                continue  # a 1 from 0s and 1s is as likely a coincidence
            if _same(got, reduce(expected, axis=axis)):
                over = "all the right values" if axis is None else f"the right values along axis {axis}"
                yours = "You return one number" if got.ndim == 0 else f"Your result (shape {got.shape}) is"
                return (f"{yours}{',' if got.ndim == 0 else ''} the {words} of {over}, where one value per element "
                        f"(shape {expected.shape}) belongs: your code {how}. Keep every value; reduce only where the "
                        "spec asks for one number.")
    return None
