"""How the activations checks call the student's functions: with NumPy's warnings turned into errors
(an overflow fails the check with a hint), on arrays that Python's if, max, and, or cannot take as one
truth value, and on single numbers, which a branch of their own may compute apart from arrays (a
math.exp that raises OverflowError where np.exp gives inf).

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

from contextlib import contextmanager

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, expect_close, fail_with, truth_value_hint
from autograder.sandbox.session import StudentError

shaped = load_sibling(__file__, "activations_kept_shape")  # an input flattened
errors = load_sibling(__file__, "activations_errors")  # ^ for a power, a function not called, a mask, a recursion
guards = load_sibling(__file__, "own_guard_readers")  # an assert or raise of the student's own on an allowed input

ELEMENT_WISE = {
    "relu": "Use np.maximum(z, 0), which compares element by element.",
    "relu_derivative": "Compare element-wise and convert: (z > 0).astype(float).",
}
ELEMENT_WISE_ANY = "Use NumPy's element-wise functions (np.maximum, np.minimum, np.where) instead."


@contextmanager
def element_wise(name, student=None):
    """Calls of ``name`` on arrays: code that asks a whole array for one True/False (Python's max,
    if, and, or) fails the check with a hint naming that instead of NumPy's a.any() advice; another error
    whose words name its cause (activations_errors) ends the check as it is, with that cause as its hint."""
    try:
        yield
    except StudentError as exc:
        if exc.raised == "TypeError" and "arrays can be converted to Python scalars" in (exc.raised_message or ""):
            exc.hint = exc.hint or ONE_NUMBER_MADE.format(name=name)  # the error as it is, with its cause
            raise
        if exc.own_exception and (read := guards.guard_hint(exc, student) or errors.error_hint(name, exc)):
            exc.hint = exc.hint or read
            raise
        hint = truth_value_hint(exc.raised_message, ELEMENT_WISE.get(name, ELEMENT_WISE_ANY))
        fail_with(exc, hint, also=f"\n  {name} must work element-wise on arrays")


ONE_NUMBER_MADE = (
    "{name} works element by element: given an array, it returns an array of the same shape, one value per element. "
    "float(...) and int(...) make one number, and the math module's functions (math.exp, math.sqrt) take one, so "
    "they fail on an array of more than one element: leave float() and int() out of the result, and use NumPy's "
    "functions (np.exp, np.sqrt), which work on whole arrays (a number given still comes back as a number, a "
    "np.float64, which the spec allows)."
)


def raise_unimportable(error):
    """Raise ``error`` again when it is the module failing to import (then nothing of it can be judged, and the
    error says why); return for any other failure, which a function's own check judges."""
    if isinstance(error, StudentError) and not error.raised and "could not be imported" in error.message:
        raise error


def warning_free(answer, call, *, hint, invalid_hint=None):
    """``answer()``, a call made with NumPy's warnings turned into errors; a warning fails the check, with
    ``hint`` for an overflow and ``invalid_hint`` (when given) for another warning, such as the
    "invalid value" of 0 / 0."""
    try:
        return answer()
    except StudentError as exc:
        if exc.raised not in ("FloatingPointError", "RuntimeWarning"):
            exc.hint = exc.hint or guards.guard_hint(exc)  # a check of the student's own refused the input
            raise
        overflow = "overflow" in exc.raised_message
        what = "overflowed" if overflow else "made NumPy warn"
        chosen = hint if overflow or invalid_hint is None else invalid_hint
        raise CheckFailed(f"{call} {what}: NumPy warned ({exc.raised}: {exc.raised_message})", hint=chosen) from None


LARGE_NUMBERS = (-1000.0, 1000.0)  # single Python numbers of the size the spec asks sigmoid to survive
NUMBER_PATH = (
    "Your sigmoid is stable on an array of large scores, but not on one large number alone: {what}. A single "
    "number takes another path through your code than an array (a branch of its own for numbers, or math.exp, "
    "which raises OverflowError where np.exp would give inf): give a number the same stable computation as an "
    "array, for instance by converting it first with np.asarray(z, dtype=float) and using one formula for both."
)


def expect_stable_numbers(replies, steps, on_array, student=None):
    """sigmoid of each of LARGE_NUMBERS (the batch ``replies`` of ``steps``, asked with warnings as errors)
    is finite, silent and right (0 and 1), once the array of large scores gave ``on_array`` right: a number
    that fails where the array passed has gone down a path of its own, which the hint says."""
    for value, step in zip(LARGE_NUMBERS, steps):
        call = f"sigmoid({value}) (a single Python number)"
        try:
            got = replies[step]
        except StudentError as exc:
            if exc.raised not in ("FloatingPointError", "RuntimeWarning", "OverflowError"):
                raise
            what = f"sigmoid({value}) raised {exc.raised} ({exc.raised_message})"
            raise CheckFailed(f"{call}: {exc.message}", hint=NUMBER_PATH.format(what=what)) from None
        expected = 0.0 if value < 0 else 1.0
        flat = np.shape(got) == (1,) and student is not None and shaped.flattened_hint(student, "sigmoid")
        expect_close(got, expected, call=call,
                     hint=flat or NUMBER_PATH.format(what=f"sigmoid({value}) gives {got!r}, where it is {expected}"))  # fmt: skip


NUMBER_ALONE = (
    "Your {name} is right for an array holding {z!r}, but wrong for the number {z!r} alone: a single number "
    "takes another path through your code than an array (a branch of its own for numbers, behind a test of "
    "the type or of np.ndim, or Python's max, round, math functions or a conditional expression, which can "
    "also hand back an int where floats are asked). Give numbers the computation arrays get: convert first, "
    "z = np.asarray(z, dtype=float), and use one formula for both."
)

NUMBER_AS_ARRAY = (
    "Your {name} gives an array of one value, shape (1,), for the single number {z!r}, where the result has the "
    "input's shape, and a number's shape is (): np.atleast_1d, np.array([z]) or a reshape(-1) make a number into "
    "a list of one. Convert with np.asarray(z, dtype=float), which keeps a number a number (shape ())."
)


@contextmanager
def number_path(student, name, z, kwargs, expected):
    """Around the comparison of ``name(z)`` for a Python number ``z`` (anything else passes through):
    a failure with no hint of a known mistake is asked again as an array of that one number, and
    when the array's answer is ``expected`` (as floats), the hint says that numbers take a path of
    their own. Asked only once the number's answer failed."""
    try:
        yield
    except CheckFailed as failed:
        if isinstance(z, (bool, np.ndarray)) or not isinstance(z, (int, float)):
            raise
        if failed.hint is not None and not failed.read_off_values and "dtype" not in failed.message:
            raise
        if "expected shape" in failed.message:  # the number came back as an array: the same path as an array's
            if "expected shape (), got shape (1,)" not in failed.message:
                raise
            hint = shaped.flattened_hint(student, name) or NUMBER_AS_ARRAY.format(name=name, z=z)
            raise CheckFailed(failed.message, hint=hint, credit=failed.credit) from None
        try:
            answer = np.asarray(student.invoke(name, (np.array([z]),), kwargs))
        except StudentError:
            raise failed from None
        if (answer.shape != (1,) or answer.dtype.kind != "f"
                or not np.allclose(answer, np.ravel(expected), rtol=1e-6, atol=1e-9)):  # fmt: skip
            raise
        raise CheckFailed(failed.message, hint=NUMBER_ALONE.format(name=name, z=z), credit=failed.credit) from None


def expect_at_zero(student, name, answer, expected, kwargs):
    """``answer()``, ``name`` asked at the kink as the single number 0.0 (with ``kwargs``), is ``expected``
    as a float, once the array holding 0 was right: a wrong number is told apart from a wrong array."""
    given = "".join(f", {k}={v}" for k, v in kwargs.items())
    with number_path(student, name, 0.0, kwargs, expected):
        expect_close(answer(), expected, call=f"{name}(0.0{given}) (a single Python number, at the kink)",
                     float_dtype=True)  # fmt: skip
