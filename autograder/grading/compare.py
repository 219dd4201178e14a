"""Compare a student's answer with the expected one and say precisely what differs.

Everything here is pure: it sees plain data that came back from the sandbox
(numbers, lists, tuples, dicts, NumPy arrays, or handles to objects that stayed
in the sandbox) and raises ``CheckFailed`` with a message a student can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

import numpy as np

from .generic_readers import called_name, read_quietly, several_values_hint, whole_numbers_hint
from .shape_hints import length_hint, wrong_shape_hint  # noqa: F401 - length_hint is the checks' too
from .transform_reading import transform_hint
from .value_hints import capped_hint, rounded_hint, scale_hint

RTOL = 1e-6  # relative tolerance for "the same number" after float round-off
ATOL = 1e-9


class CheckFailed(AssertionError):
    """A wrong answer: the test fails with this message, hint and partial credit."""

    def __init__(self, message: str, *, hint: str | None = None, credit: float = 0.0, read_off_values: bool = False,
                 generic_hint: str | None = None, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.credit = credit
        self.read_off_values = read_off_values  # the hint only says what the failing values show (a factor)
        self.generic_hint = generic_hint  # a generic reader's words, said only where no check names the mistake
        self.detail = detail  # the traceback of the student's error this failure reads (``fail_with``)


def fail_with(error: Exception, hint: str | None, also: str = "") -> NoReturn:
    """Fail the check with ``error``'s message (plus ``also``), its traceback and a hint that names the mistake;
    with no hint found, ``error`` goes on as it is. Code that raised no exception of its own (it crashed, ran
    out of time, or is not written yet) gave no wrong answer: it keeps its status, the hint beside it."""
    if hint is None:
        raise error
    if not getattr(error, "own_exception", True):
        error.hint = hint
        raise error
    raise CheckFailed(error.message + also, hint=hint, detail=getattr(error, "detail", "")) from None


@dataclass(frozen=True)
class Misconception:
    """A known mistake: what it would have produced, and what to tell the student."""

    hint: str
    value: object


def describe(value, limit: int = 8) -> str:
    """A short human description of a value for feedback messages."""
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return f"{value.item()!r} (a 0-d array)"
        if value.size <= limit and value.dtype.kind in "biuf":
            return f"array({_entries(value)}, shape {value.shape})"
        return f"array of shape {value.shape} ({value.dtype})"
    if isinstance(value, np.generic):
        return f"{value.item()!r} ({type(value).__name__})"
    if isinstance(value, (list, tuple)):
        if len(value) <= limit and all(isinstance(v, (int, float)) for v in value):
            return repr(value) if len(repr(value)) < 120 else f"{type(value).__name__} of {len(value)} numbers"
        return f"{type(value).__name__} of {len(value)} items"
    if isinstance(value, dict):
        return "dict with keys " + ", ".join(repr(k) for k in list(value)[:12])
    if isinstance(value, float):
        return repr(value)
    if value is None or isinstance(value, (int, str, bool)):
        return repr(value)
    return f"a {getattr(value, 'type_name', type(value).__name__)} object"


def _entries(array: np.ndarray) -> str:
    """``[[1.5, -2.0], [0.25, 1e-07]]``: a small array's entries to 7 significant digits
    (np.array2string says the same at some hundred times the cost)."""
    if array.ndim > 1:
        return "[" + ", ".join(_entries(row) for row in array) + "]"
    if array.dtype.kind == "f":
        return "[" + ", ".join(_number(x) for x in array.tolist()) + "]"
    return str(array.tolist())


def _number(x: float) -> str:
    text = f"{x:.7g}"
    return text if any(c in text for c in ".ena") else text + ".0"  # 2 -> 2.0; nan, inf, 1e-07 as they are


def kind_of(value) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    if hasattr(value, "type_name"):  # an object that stayed in the sandbox
        return describe(value)
    if isinstance(value, np.generic):  # describe already names its type
        return f"{value.item()!r} (a NumPy {value.dtype} scalar)"
    return f"{describe(value)} ({type(value).__name__})"


def to_array(got, *, call: str, expected=None) -> np.ndarray:
    """``got`` as a float64 array, or CheckFailed if it is not numbers."""
    if isinstance(got, (np.ndarray, np.generic, int, float, list, tuple)) and not isinstance(got, bool):
        try:
            array = np.asarray(got)
        except (ValueError, TypeError):
            array = None
        if array is not None and array.dtype.kind in "biuf":
            return array.astype(np.float64)
    raise CheckFailed(f"{call} returned {kind_of(got)}, not numbers", hint=returned_nothing_hint(got),
                      generic_hint=several_values_hint(got, expected, called_name(call)))


def _close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """``np.isclose(a, b, rtol, atol, equal_nan=True)`` for float64 arrays, without its
    general-purpose overhead (the grader calls it some hundred times per submission).

    As there: ``|a - b| <= atol + rtol * |b|`` where ``b`` is finite; infinities equal
    only themselves; nan equals nan.
    """
    with np.errstate(invalid="ignore", over="ignore"):
        close = np.abs(a - b) <= atol + rtol * np.abs(b)
        finite = np.isfinite(b)
        if close.all() and finite.all():
            return close
        return close & finite | (a == b) | (np.isnan(a) & np.isnan(b))


def diagnose(got, misconceptions=(), rtol: float = 1e-5, atol: float = 1e-7) -> str | None:
    """The hint of the misconception whose value matches ``got``, if any. When mistakes with
    different hints give this same value, the value cannot tell which one was made: None, rather
    than a hint that may name a mistake the student did not make."""
    matched = matching_hints(got, misconceptions, rtol, atol)
    return next(iter(matched)) if len(matched) == 1 else None


def matching_hints(got, misconceptions=(), rtol: float = 1e-5, atol: float = 1e-7) -> set[str]:
    """The hints of every misconception whose value matches ``got`` (empty when ``got`` is not numbers)."""
    try:
        got_array = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return set()
    matched = set()
    for m in misconceptions:
        try:
            wrong = np.asarray(m.value, dtype=np.float64)
        except (TypeError, ValueError, OverflowError):
            continue
        if wrong.shape == got_array.shape and _close(got_array, wrong, rtol, atol).all():
            matched.add(m.hint)
    return matched


def mismatch_report(got: np.ndarray, expected: np.ndarray, rtol: float, atol: float, show: int = 3) -> str:
    """Count, position and size of the differences between two same-shape arrays.

    Errors are measured only where both values are finite; nan and inf are
    counted separately, so a message never calls a nan "an error of 0". The
    relative error is taken against the expected value, only where that is not 0.
    """
    ok = _close(got, expected, rtol, atol)
    if expected.ndim == 0:
        if not np.isfinite(got):
            return f"expected {float(expected):.8g}, got {float(got)}"
        off = abs(float(got) - float(expected))
        return f"expected {float(expected):.8g}, got {float(got):.8g} (off by {off:.3g})"
    bad = np.argwhere(~ok)
    lines = [f"{len(bad)} of {expected.size} values differ"]
    for index in bad[:show]:
        where = tuple(int(i) for i in index)
        label = f"[{', '.join(map(str, where))}]" if where else "value"
        lines.append(f"  at {label}: expected {expected[where]:.8g}, got {got[where]:.8g}")
    finite = np.isfinite(got) & np.isfinite(expected) & ~ok  # the finite values that differ
    if finite.any():
        diff = np.abs(got[finite] - expected[finite])
        text = f"  largest absolute error {diff.max():.3g}"
        scale = np.abs(expected[finite])
        if (scale > 1e-8).any():  # relative to the expected value, where that is not 0
            text += f", largest relative error {(diff[scale > 1e-8] / scale[scale > 1e-8]).max():.3g}"
        lines.append(text)
    not_finite = int(np.sum(~np.isfinite(got)))
    if not_finite:
        lines.append(f"  {not_finite} of your values are nan or inf")
    return "\n".join(lines)


def expect_close(
    got,
    expected,
    *,
    call: str,
    rtol: float = RTOL,
    atol: float = ATOL,
    misconceptions=(),
    float_dtype: bool = False,
    hint=None,
) -> None:
    """Fail unless ``got`` has ``expected``'s shape and values (within tolerance).

    ``call`` says what was called with what, for example
    ``"sigmoid(z) with z = array of shape (3, 4) (seed 7)"``. ``misconceptions``
    is a list of ``Misconception`` or a function returning one, and ``hint`` a text, None or a
    function returning one of those; both functions are called only when the answer is wrong.
    """
    expected = np.asarray(expected, dtype=np.float64)
    got_array = to_array(got, call=call, expected=expected)
    if callable(hint):
        wrong = got_array.shape != expected.shape or not _close(got_array, expected, rtol, atol).all()
        hint = read_quietly(hint) if wrong else None  # a hint that costs a search is searched only for a wrong answer

    def found():
        # computed only for a wrong answer: some mistakes are costly to replay
        known = read_quietly(misconceptions) if callable(misconceptions) else misconceptions
        return diagnose(got_array, known or ())

    if got_array.shape != expected.shape:
        several = several_values_hint(got, expected, called_name(call))  # then the shape's readings are no better than it
        raise CheckFailed(f"{call}: expected shape {expected.shape}, got shape {got_array.shape}", generic_hint=several,
                          hint=found() or hint or (None if several else wrong_shape_hint(got_array, expected)))
    if not _close(got_array, expected, rtol, atol).all():
        named = (found() or (FLOAT32_HINT if _is_float32(got) else None) or hint or rounded_hint(got_array, expected)
                 or capped_hint(got_array, expected))
        scaled = None if named else transform_hint(got_array, expected) or scale_hint(got_array, expected)
        raise CheckFailed(f"{call}:\n{mismatch_report(got_array, expected, rtol, atol)}", hint=named or scaled,
                          read_off_values=named is None,
                          generic_hint=None if named or scaled else whole_numbers_hint(got_array, expected, got))
    if float_dtype and not _is_float(got):
        raise CheckFailed(f"{call} returned {kind_of(got)}; the result should have a float dtype",
                          hint=dtype_hint(got))  # fmt: skip


RETURNED_NONE = (
    "None is what a function gives back when it ends without returning a value (and what an attribute "
    "holds that was never set). print only shows a value on the screen, it does not give it back: "
    "end the function with return and the value."
)
UNCALLED = (
    "Your {what} returns a {kind} object: a function itself, not the value it gives. A function or method "
    "named without brackets is not called; it is handed over as a thing, as a value would be. Call it, with the "
    "brackets and its arguments, and return what that call gives back."
)
CALLABLES = ("method", "function", "builtin_function_or_method", "method-wrapper", "partial", "ufunc",
             "_ArrayFunctionDispatcher")  # NumPy 2 wraps np.mean and its like in the last


def returned_nothing_hint(got, what: str = "function") -> str | None:
    """What to say of an answer that is no value at all: None (no return), or a function or method
    returned without being called (an object of a callable kind that stayed in the sandbox; ``what``
    names the student's function where the caller knows it)."""
    if got is None:
        return RETURNED_NONE
    kind = getattr(got, "type_name", None)
    return UNCALLED.format(what=what, kind=kind) if kind in CALLABLES else None


TRUTH_VALUE = "truth value of an array"  # what NumPy says when Python's max, if, and, or meets an array
PYTHON_ON_ARRAYS = (
    "Python's max, min, if, and, or ask the whole array for one True/False, which NumPy refuses; its advice "
    "to use a.any() or a.all() is not what this needs: work element-wise on the array. {fix}"
)


def truth_value_hint(raised_message: str, fix: str) -> str | None:
    """A hint for an error raised because Python's max/if/and/or met an array (``raised_message``:
    what the student's code raised said), with ``fix`` saying what to use instead, or None for
    any other error."""
    return PYTHON_ON_ARRAYS.format(fix=fix) if TRUTH_VALUE in raised_message else None


FLOAT32_HINT = (
    "Your result is float32, which keeps about 7 significant digits. Compute in float64, "
    "NumPy's default (for example np.asarray(x, dtype=float)): the checks compare more digits than float32 has."
)


BOOL_HINT = (
    "Your result holds booleans (True/False), which is what a comparison such as z > 0 gives. "
    "Turn them into numbers with .astype(float), for example (z > 0).astype(float)."
)
INTEGER_HINT = (
    "Your result has an integer dtype, and the spec asks for floats whatever the input: np.where(z > 0, 1, 0) "
    "gives integers, and so does np.maximum(0, z) when z holds integers. Use float constants (1.0, 0.0), "
    "or convert the input first with z = np.asarray(z, dtype=float)."
)


def dtype_hint(value) -> str | None:
    """What to do about numbers of the right value but not of a float dtype (booleans, integers)."""
    kind = value.dtype.kind if isinstance(value, (np.ndarray, np.generic)) else None
    if kind == "b" or isinstance(value, bool):
        return BOOL_HINT
    if kind in ("i", "u") or isinstance(value, int):
        return INTEGER_HINT
    return None


def list_error_hint(raised: str, raised_message: str, convert: str) -> str | None:
    """A hint for a call on Python lists that failed the way unconverted lists fail: a TypeError
    or AttributeError (``raised``) about a list or a sequence ([1, 0] - [0, 0], [1, 0] * 0.5,
    [1, 0].shape). ``convert`` shows the fix, for example ``"y_true = np.asarray(y_true, dtype=float)"``."""
    if raised not in ("TypeError", "AttributeError"):
        return None
    if not ("'list'" in raised_message or "sequence" in raised_message):
        return None
    return (
        "Your code was given Python lists, and lists have no element-wise arithmetic: [1, 0] - [0, 0] "
        "is a TypeError, [1, 0] * 0.5 too, and a list has no .shape, .size or .ravel(). "
        f"Convert every input to an array before computing, for example {convert}."
    )


def _is_float32(value) -> bool:
    return isinstance(value, (np.ndarray, np.generic)) and value.dtype == np.float32


def _is_float(value) -> bool:
    if isinstance(value, (np.ndarray, np.generic)):
        return value.dtype.kind == "f"
    return isinstance(value, float)


def is_number(value) -> bool:
    """One real number: a Python or NumPy int or float, or a 0-d numeric array (not a bool)."""
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, (int, float, np.integer, np.floating)):
        return True
    return isinstance(value, np.ndarray) and value.ndim == 0 and value.dtype.kind in "iuf"


def _one_of_several(got, expected) -> str | None:
    """A hint when ``got`` is a tuple or list of several values and exactly one of them is the
    ``expected`` number: the function returns what it computed on the way along with its answer."""
    if expected is None or not isinstance(got, (tuple, list)) or len(got) < 2:
        return None
    right = [i for i, item in enumerate(got) if is_number(item) and np.isclose(float(item), expected, rtol=RTOL, atol=ATOL)]
    if len(right) != 1:
        return None
    which = "last" if right[0] == len(got) - 1 else f"value number {right[0] + 1}"
    return (f"You return {len(got)} values at once, as a {type(got).__name__}, and the {which} of them is the right "
            "answer: return only that one, as a single float. The other values are steps on the way to it; keep "
            "them inside the function (local variables), where the caller does not see them.")


def expect_float(got, *, call: str, expected: float | None = None) -> float:
    """``got`` must be one real number: a Python or NumPy scalar, or a 0-d array.

    An array holding one value, such as shape (1,) or (1, 1), is not a number:
    code that uses it as one (in a sum, a comparison, a list of losses) breaks.
    With ``expected`` (the right number), a tuple or list that holds it among other
    values is named as such.
    """
    if not is_number(got):
        hint = _one_of_several(got, expected)
        if isinstance(got, np.ndarray) and got.size == 1:
            hint = "Return a plain number, for example float(value)."
        elif isinstance(got, np.ndarray) and got.size > 1 and got.dtype.kind in "biuf":
            hint = (f"You return {got.size} values, one per element, where a single number belongs: combine them "
                    "into one, as the spec says (for a mean, float(np.mean(...))), and return that.")  # fmt: skip
        hint = returned_nothing_hint(got) or hint
        raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a single number (a float)", hint=hint,
                          generic_hint=None if hint else several_values_hint(got, expected, called_name(call)))
    return float(np.asarray(got, dtype=np.float64))


def relative_error(a, b, floor: float = 1e-8) -> np.ndarray:
    """Element-wise ``|a - b| / max(floor, |a| + |b|)``: 0 for equal, 1 for opposite."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        error = np.abs(a - b) / np.maximum(floor, np.abs(a) + np.abs(b))
    return np.where(np.isfinite(error), error, np.inf)


IN_PLACE_HINT = (
    "Your function changed the caller's data. Work on a copy (np.array(x, dtype=float) for an array, "
    "dict(params) for a dict), or build new values instead of using +=, -= or x[...] = ."
)


def _same_data(a, b) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_data(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and len(a) != len(b):
        return False
    try:
        return bool(np.array_equal(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)))
    except (TypeError, ValueError, OverflowError):
        return a == b


def expect_unchanged(before, after, *, call: str, what: str = "its input", hint: str = IN_PLACE_HINT) -> None:
    """Fail if the student's call modified an argument (the child echoes it back)."""
    if not _same_data(before, after):
        raise CheckFailed(f"{call} modified {what} in place", hint=hint)
