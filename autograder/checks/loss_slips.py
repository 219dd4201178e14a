"""The loss checks' readers for slips no replay gives: an answer close to the right one but not equal (a
narrow float type, or a finite difference where the exact derivative belongs), a gradient that is a table
of every pair, np.broadcast_to asked to turn a flat input into a column, and a range check that rejects
values the mean squared error takes. Also the errors every loss check reads (``known_errors``).

Each reader computes from what the check already holds (its inputs, the student's answers) and runs only
for a check that fails. Loaded by ``test_loss.py`` with ``load_sibling``; handed out with the checks.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import fail_with, list_error_hint
from autograder.grading.formulas import as_numbers
from autograder.sandbox.session import StudentError

loss_hints = load_sibling(__file__, "loss_hints")
raising = load_sibling(__file__, "loss_raise_hints")  # size() called, among others
python_slips = load_sibling(__file__, "loss_error_hints")  # np.float, .flat, a parameter never passed

SIZES_NOT_SHAPES = (
    "Your function raised ValueError for inputs that hold the same number of elements in different shapes, "
    "such as (n,) and (n, 1), or (n,) and (1, n): the rule is about the number of elements, not the shape. "
    "Compare y_true.size with y_pred.size (len() counts only the first axis), and flatten both before "
    "comparing them element by element."
)
FIXED_RESHAPE = (
    "Your code reshapes to a shape written as fixed numbers, which fits only inputs of that size ({raised}): "
    "take the shape from the input the result belongs to, .reshape(y_pred.shape), so that it fits every call."
)
AXIS_NUMBER = (
    "Your code names an axis by its number, and these inputs have no such axis ({raised}). The mean squared "
    "error and its gradient are taken over every element, whatever the inputs' shape, so neither needs an "
    "axis at all: the loss is np.mean of the squared differences without axis=, returned as a float, and the "
    "gradient is computed element by element."
)
BROADCAST_TO = (
    "np.broadcast_to refused to give an input the other's shape ({raised}): broadcast_to only repeats an array "
    "along axes of length 1 or new axes in front, so it cannot turn a flat (n,) into a column (n, 1), nor a "
    "column into a row. Lining up two inputs of the same size is a reshape, not a broadcast: "
    "y_true.reshape(y_pred.shape) keeps the n values in order and gives them y_pred's shape, whatever it is."
)


@contextmanager
def known_errors(shapes_differ=False, wider=lambda exc: None):
    """Calls that include the lesson's example, given as Python lists: code that treats them as
    arrays (subtracts them, reads .shape) fails the check with a hint instead of ending it as an error,
    and so does an axis number the inputs do not have (axis=1 of a 1-D input) or a reshape to fixed numbers.
    ``shapes_differ``: some calls pair inputs of equal size and different shapes, which code that
    compares shapes instead of sizes rejects with its own ValueError (not NumPy's broadcast error)."""
    try:
        yield
    except StudentError as exc:
        hint = list_error_hint(exc.raised, exc.raised_message, "y_true = np.asarray(y_true, dtype=float), and the same for y_pred")
        if shapes_differ and exc.raised == "ValueError" and "broadcast" not in exc.raised_message:
            hint = SIZES_NOT_SHAPES
        if exc.raised == "ValueError" and "cannot reshape" in exc.raised_message:
            hint = FIXED_RESHAPE.format(raised=exc.raised_message)
        if exc.raised == "ValueError" and "remapped shapes" in exc.raised_message:  # the words of np.broadcast_to
            hint = BROADCAST_TO.format(raised=exc.raised_message)
        if exc.raised == "TypeError" and "bitwise_xor" in exc.raised_message:
            hint = loss_hints.CARET
        hint = wider(exc) or raising.called_value_hint(exc) or raising.shape_index_hint(exc) or python_slips.python_slip_hint(exc) or hint
        if exc.raised == "AxisError":
            hint = AXIS_NUMBER.format(raised=exc.raised_message)
        if exc.raised == "ValueError" and "truth value of an array" in exc.raised_message:
            hint = loss_hints.ARRAY_AS_CONDITION
        fail_with(exc, hint)


NARROW = (
    "Your {what} is the right value with only about 3 significant digits ({got!r} where {right:.10g} belongs): "
    "that is float16, half precision, which keeps 3 digits where float64, NumPy's default, keeps 16. A "
    "dtype=np.float16 (in np.mean, astype or np.asarray) rounds every result it touches: compute in float64, "
    "dtype=float, and return float(...) of it."
)


def narrow_hint(got, right, what) -> str | None:
    """NARROW where every value of ``got`` is a float16 number (exactly), close to ``right`` (within 1 %) and
    not equal to it somewhere: a result computed or stored in half precision."""
    got, right = as_numbers(got), np.asarray(right, dtype=float)
    if got is None or got.shape != right.shape or not np.isfinite(got).all():
        return None
    off = ~np.isclose(got, right, rtol=1e-7, atol=1e-12)
    with np.errstate(all="ignore"):
        half = got.astype(np.float16).astype(float)
    if not off.any() or not np.array_equal(half, got) or not np.allclose(got, right, rtol=1e-2, atol=1e-4):
        return None
    at = int(np.flatnonzero(off.ravel())[0])
    return NARROW.format(what=what, got=float(got.ravel()[at]), right=float(right.ravel()[at]))


WRONG_WHEN_FLAT = (
    "This check is about shapes, but your mse_loss is wrong here even with both inputs flat: mse_loss({t}, {p}) "
    "gives {got:.6g}, where the mean of the squared differences is {right:.6g}. So the cause is the formula itself, "
    "the one the check of the lesson's example (mse_values) shows: fix mse_loss first, and this check follows."
)


def wrong_when_flat_hint(student, reference, y_true, y_pred) -> str | None:
    """WRONG_WHEN_FLAT when the student's mse_loss of the same values, both flat, is wrong too: a shape check that
    failed for the formula's sake, not for the shapes'. None when it is right flat, or raises."""
    t, p = np.ravel(y_true), np.ravel(y_pred)
    try:
        got = float(student.call("mse_loss", t, p))
    except (StudentError, TypeError, ValueError):
        return None
    right = float(reference.mse_loss(t, p))
    if np.isclose(got, right, rtol=1e-6, atol=1e-12) or not np.isfinite(got):
        return None
    return WRONG_WHEN_FLAT.format(t=t.tolist(), p=p.tolist(), got=got, right=right)


FINITE_DIFFERENCE = (
    "Your gradient is close to the right one but not equal: every value is off by the same small amount, "
    "{err:.3g} here (the step h / N, with h = {h:.3g}), which is what a {kind} finite difference of the loss, "
    "{formula}, gives: a numerical approximation (a small constant "
    "added to every value, an 'epsilon for safety', gives the same numbers). The spec asks for the exact, analytic "
    "derivative: 2 * (y_pred - y_true) / N for every element at once, from the formula, with no step h and "
    "nothing added."
)
APPROXIMATE = (
    "Your gradient is close to the right one (within 1 %) but not equal to it (largest error {err:.3g}): an "
    "approximation, such as a numerical estimate by a finite difference, or a rounded value, where the spec "
    "asks for the exact derivative, 2 * (y_pred - y_true) / N, computed from the formula."
)


def approximation_hint(cases, replies) -> str | None:
    """For gradients (``replies`` to ``cases`` of (y_true, y_pred, what)) close to the right ones (within 1 %
    of the largest) but not equal: NARROW where they are float16 numbers, FINITE_DIFFERENCE where every
    value of a case is off by one amount h / N for one step h over the cases, APPROXIMATE otherwise."""
    gots, rights, steps = [], [], []
    for (y_true, y_pred, _), (got, _, _) in zip(cases, replies.before_failure()):
        p, got = np.asarray(y_pred, dtype=float), as_numbers(got)
        if got is None or got.shape != p.shape or np.size(y_true) != p.size or not np.isfinite(got).all():
            return None
        right = 2 * (p - np.asarray(y_true, dtype=float).reshape(p.shape)) / p.size
        if not np.all(np.abs(got - right) <= 1e-2 * np.max(np.abs(right), initial=0) + 1e-4):
            return None
        err = got - right
        if np.allclose(err, err.ravel()[0], rtol=1e-2, atol=1e-12):
            steps.append(float(err.ravel()[0]) * p.size)
        gots.append(got.ravel())
        rights.append(right.ravel())
    if not gots:
        return None
    got, right = np.concatenate(gots), np.concatenate(rights)
    if np.allclose(got, right, rtol=1e-5, atol=1e-8):
        return None
    if (narrow := narrow_hint(got, right, "gradient")) is not None:
        return narrow
    if len(steps) == len(gots) and steps[0] != 0 and np.allclose(steps, steps[0], rtol=1e-2):
        h = steps[0]
        return FINITE_DIFFERENCE.format(err=abs(h) / np.asarray(cases[0][1]).size, h=abs(h),
                                        kind="forward" if h > 0 else "backward",
                                        formula="(mse_loss at y_pred + h - mse_loss at y_pred) / h" if h > 0 else
                                        "(mse_loss at y_pred - mse_loss at y_pred - h) / h")
    return APPROXIMATE.format(err=float(np.max(np.abs(got - right))))


PAIR_TABLE = (
    "Your gradient has shape {got}, a table of every pair, where y_pred's shape {want} belongs: one input was "
    "flat, shape ({n},), when it met the other as a {layout} {want}, and subtracting them broadcast into an "
    "(n, n) table. Give y_true exactly y_pred's shape before subtracting, with reshape(y_pred.shape), the whole "
    "shape (a tuple); reshape(y_pred.size), ravel() or flatten() make it flat, (n,), which is the broadcast."
)


def pair_table_hint(got_shape, want) -> str | None:
    """PAIR_TABLE where a gradient of shape ``got_shape`` is (n, n) and y_pred's shape ``want`` is a column
    (n, 1) or a row (1, n) of n > 1 values: a flat input broadcast against the other."""
    want = tuple(want)
    if len(want) != 2 or 1 not in want or max(want) < 2 or tuple(got_shape) != (max(want), max(want)):
        return None
    return PAIR_TABLE.format(got=tuple(got_shape), want=want, n=max(want), layout="column" if want[1] == 1 else "row")


ONE_ELEMENT_NUMBER = (
    "For a y_pred of one element, shape {want}, your gradient is a single number ({kind}) instead of an array of "
    "shape {want}; for more elements it keeps y_pred's shape. Something turns a one-element array into a plain "
    "number: .item(), float(...), [0] or np.squeeze on the result, or a branch for size 1. The gradient has "
    "y_pred's shape whatever its size: return the array as it is (np.asarray(y_pred, dtype=float) for a list "
    "keeps its shape too)."
)


def one_element_hint(got, want, earlier) -> str | None:
    """ONE_ELEMENT_NUMBER where the gradient ``got`` for a y_pred of one element and shape ``want`` (of one
    dimension or more) has shape (), while every ``earlier`` answer of the check, (its shape, its y_pred's
    shape), had its y_pred's shape with more elements than one: the shape is lost for one element only."""
    want = tuple(want)
    if not want or int(np.prod(want)) != 1 or np.shape(got) != () or not earlier:
        return None
    if any(tuple(shape) != tuple(wanted) or int(np.prod(wanted)) < 2 for shape, wanted in earlier):
        return None
    return ONE_ELEMENT_NUMBER.format(want=want, kind=type(got).__name__)


VALUE_RANGE = (
    "Your {name} raised ValueError for inputs the spec accepts ({raised}), and answers the same shapes when "
    "every value lies between 0 and 1: it rejects values, not sizes. The mean squared error takes any real "
    "numbers, targets and predictions alike (they are not probabilities, as in a cross-entropy, and nothing "
    "here is clipped): raise ValueError only when the numbers of elements differ or the inputs are empty."
)


def value_range_hint(student, name, cases, replies, exc) -> str | None:
    """VALUE_RANGE where the first call that raised (``exc``, a ValueError not from broadcasting) holds values
    outside [0, 1] and ``name`` answers the same shapes with its values squeezed into [0, 1] (one more call,
    made only for a check that already fails)."""
    refused = loss_hints.first_refused(cases, replies, exc)
    if refused is None:
        return None
    _, (y_true, y_pred, _) = refused
    t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if t.size != p.size or t.size == 0 or (np.all((t >= 0) & (t <= 1)) and np.all((p >= 0) & (p <= 1))):
        return None
    squeezed = [(a - a.min()) / (np.ptp(a) or 1.0) for a in (t, p)]
    try:
        student.call(name, *squeezed)
    except StudentError:
        return None
    return VALUE_RANGE.format(name=name, raised=exc.raised_message)
