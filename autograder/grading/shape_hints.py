"""What a result's shape says about the mistake that made it: too few or too many values from a
loop, one number for many, a transpose, an axis of length 1 dropped or added. Pure: shapes and
values in, a hint (or None) out."""

from __future__ import annotations

import numpy as np

from .transform_reading import reduced_hint


def length_hint(got, expected) -> str | None:
    """A hint when a 1-D result is right as far as it goes but has too few or too many values: the
    loop that builds it ends too early (a return inside it, a range one short) or runs too long."""
    try:
        got, expected = np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if got.ndim != 1 or expected.ndim != 1 or got.size == 0 or got.size == expected.size:
        return None
    common = min(got.size, expected.size)
    if not np.allclose(got[:common], expected[:common], rtol=1e-6, atol=1e-9, equal_nan=True):
        return None
    if got.size == 1:
        return (f"Your result holds only the first of the {expected.size} values, and that one is right: the "
                "function returned during the first pass of its loop. Put the return after the loop, not inside "
                "it (look at its indentation).")  # fmt: skip
    if got.size < expected.size:
        return (f"Your result holds the first {got.size} of the {expected.size} values, all right: the loop "
                "that builds it stops too early. Count its passes (range(n) runs n times, range(1, n) and "
                "range(n - 1) one fewer).")  # fmt: skip
    extra = got.size - expected.size
    return (f"Your result has {extra} value{'s' if extra > 1 else ''} too many, and the first {expected.size} "
            f"are right: the loop that builds it runs {extra} time{'s' if extra > 1 else ''} too often. Count its "
            "passes (range(n) runs n times, range(n + 1) and range(0, n + 1) once more).")  # fmt: skip


def shape_hint(got: tuple, expected: tuple) -> str | None:
    """How to fix a result of shape ``got`` where ``expected`` belongs, when the two shapes show
    the usual cause: the values reduced to one number, transposed, or flattened (or given an axis)."""
    if got == () and expected != ():
        return (f"You return one number where one value per element (shape {expected}) is expected: your code "
                "reduces the elements to one value somewhere, with np.sum, np.mean, np.max or np.min (or a "
                "method such as z.max()). Note that np.max(z, 0) is the largest entry of z, not max(z, 0) entry "
                "by entry: the element-wise forms are np.maximum and np.minimum. Keep one value per element.")  # fmt: skip
    if len(got) == 2 and got[::-1] == expected and got != expected:
        return (f"Your result is transposed: shape {got} where {expected} is expected. Check the order of a "
                "product's factors (A @ B, not B @ A) and any .T you added.")  # fmt: skip
    if got and expected and int(np.prod(got)) == int(np.prod(expected)) and [n for n in got if n != 1] == [
        n for n in expected if n != 1
    ]:
        return (f"Your result has shape {got} where {expected} is expected: an axis of length 1 is dropped or "
                "added (ravel, flatten and reshape(-1) drop one, and so does a sum or max over an axis without "
                "keepdims=True). Keep that axis, or restore the shape from the array the result belongs to, "
                ".reshape(a.shape) with a that array: fixed numbers fit only this input.")  # fmt: skip
    return None


def argument_shape_hint(got: tuple, arguments: dict, expected: str) -> str | None:
    """A hint when a result of shape ``got`` has the shape of one of the call's other ``arguments``
    (name -> shape) where the shape of the argument named ``expected`` belongs: the computation
    was brought to the wrong argument's shape (that one reshaped, or the other flattened, to match)."""
    want = tuple(arguments[expected])
    if tuple(got) == want:
        return None
    like = [name for name, shape in arguments.items() if name != expected and tuple(shape) == tuple(got)]
    if len(like) != 1:
        return None
    return (f"Your result has {like[0]}'s shape {tuple(got)}, but it must have {expected}'s shape {want}: the "
            f"result takes the shape of what it is computed from. Bring {like[0]} to {expected}'s shape before you "
            f"compute (reshape it to {expected}.shape), not {expected} to {like[0]}'s.")


def wrong_shape_hint(got: np.ndarray, expected: np.ndarray) -> str | None:
    """The reading of a result whose shape is wrong: right as far as it goes (``length_hint``), the right values
    reduced (``reduced_hint``), or else what the two shapes alone show (``shape_hint``)."""
    return length_hint(got, expected) or reduced_hint(got, expected) or shape_hint(got.shape, expected.shape)
