"""The loss checks' readings of a size check that stops nothing and of errors a habit from elsewhere raises:
an exception object returned where it is raised, a condition that is never true (NumPy's own broadcast
error the only ValueError met), a NumPy attribute called like a method (``y_pred.size()``), and a second
axis read from an input that has one (``y_pred.shape[1]`` of a flat array).

Each reader tests its own reading on what the check holds (the replies, the error) or with one more call
of the student's function, and runs only for a check that fails. Loaded by ``test_loss.py`` and
``loss_slips.py`` with ``load_sibling``; handed out with the checks.
"""

from __future__ import annotations

import builtins
import re

import numpy as np

from autograder.grading import tracebacks
from autograder.grading.compare import Misconception
from autograder.sandbox.session import StudentError

RETURNED_EXCEPTION = (
    "Your {name} gives the exception back as its answer: return {kind}(...) makes the error object and hands it "
    "to the caller like any other value, so nothing stops and the caller takes it for the result. An error is "
    "signalled with raise: raise {kind}(...) ends the function there and the caller sees the error. Write raise "
    "where you wrote return."
)


def returned_exception_hint(got, name: str) -> str | None:
    """RETURNED_EXCEPTION where ``got`` (an object that stayed in the sandbox) is an exception: one of
    Python's own exception types, or a class of the student's named ...Error or ...Exception."""
    kind = getattr(got, "type_name", None)
    if not isinstance(kind, str):
        return None
    known = getattr(builtins, kind, None)
    if not (isinstance(known, type) and issubclass(known, BaseException)) and not kind.endswith(("Error", "Exception")):
        return None
    return RETURNED_EXCEPTION.format(name=name, kind=kind)


NEVER_FIRES = (
    "No size check of your {name} ever raised: the ValueError for {stopped} was NumPy's own (it cannot subtract "
    "arrays of those lengths, and says 'could not be broadcast'), and {passed} went through, because NumPy "
    "repeats a single value against all the others without a word. Compare y_true.size with y_pred.size and "
    "raise ValueError yourself when they differ. If your code has such a check, its condition is never true "
    "here: two conditions joined with and where or belongs (both must then hold), or with | or &, which bind "
    "tighter than != and ==, so that a != b | a == 0 reads as a != (b | a) == 0 (join them with or, and put "
    "each comparison in parentheses if you use |)."
)


def _own_raise(exc: StudentError) -> bool:
    """Whether ``exc`` came from a raise statement of the student's own (its last frame of their code)."""
    return tracebacks.code_of_last_line(exc.detail).startswith("raise")


def never_fires_hint(name: str, earlier, passed) -> str | None:
    """NEVER_FIRES where every ValueError ``name`` raised so far for inputs of different sizes (``earlier``:
    (shapes, StudentError) pairs) was NumPy's broadcast error, none from a raise of its own, and the inputs
    of shapes ``passed`` gave an answer; None when it raised some of them itself (a check that fires, only
    not here) or raised none."""
    if not earlier or any(_own_raise(exc) or "broadcast" not in exc.raised_message for _, exc in earlier):
        return None
    stopped = " and ".join(f"{a} against {b}" for (a, b), _ in earlier)
    return NEVER_FIRES.format(name=name, stopped=f"shapes {stopped}", passed=f"shapes {passed[0]} against {passed[1]}")


CALLED = re.compile(r"'(int|float|tuple|numpy\.ndarray)' object is not callable")
CALLED_ATTRIBUTE = {
    "int": "size and ndim are attributes that hold a number, written without brackets: y_pred.size, not "
           "y_pred.size() (np.size(y_pred) is the function form)",
    "tuple": "shape is an attribute that holds a tuple, written without brackets: y_pred.shape, not y_pred.shape()",
    "numpy.ndarray": "T is an attribute that holds the transposed array, written without brackets: y_pred.T, not "
                     "y_pred.T()",
}
NUMBER_CALLED = (
    "Your code calls {what} as if it were a function{line}: a value followed by brackets is a call. In NumPy, "
    "{attribute}.{number}"
)
NUMBER_BEFORE_BRACKETS = (
    " Python also reads a number written right before brackets as a call: 2(y_pred - y_true) calls 2; a "
    "product needs its *, 2 * (y_pred - y_true)."
)
WHAT = {"int": "a whole number", "float": "a number", "tuple": "a tuple", "numpy.ndarray": "an array"}


def _last_line(detail: str) -> str:
    own = [frame for frame in tracebacks.frames(detail) if frame.is_students and frame.code]
    return f" (`{own[-1].code[:100]}`)" if own else ""


def called_value_hint(exc: StudentError) -> str | None:
    """NUMBER_CALLED for a TypeError saying an int, a float, a tuple or an array is not callable: an attribute
    of NumPy's (size, ndim, shape, T) called like a method, or, for a number, brackets right after it (both
    readings named for an int, whose message cannot tell them apart)."""
    found = CALLED.search(exc.raised_message or "") if exc.raised == "TypeError" else None
    if not found:
        return None
    kind = found.group(1)
    attribute = CALLED_ATTRIBUTE.get(kind, "an attribute is read without brackets")
    if kind == "float":
        attribute = "attributes are read without brackets, and a float is never a method"
    number = NUMBER_BEFORE_BRACKETS if kind in ("int", "float") else ""
    return NUMBER_CALLED.format(what=WHAT[kind], line=_last_line(exc.detail), attribute=attribute, number=number)


SECOND_AXIS = (
    "Your {name} raised IndexError ({message}) for {given}, and answers the same values given as a column of shape "
    "({n}, 1): it reads an entry of the shape that a flat array does not have, such as y_pred.shape[1] (the shape "
    "of an (n,) array is (n,), one entry; a number's is (), none). The number of elements N is y_pred.size, "
    "whatever the shape: use it instead of multiplying axes."
)


def second_axis_hint(student, name: str, exc: StudentError, y_true, y_pred) -> str | None:
    """SECOND_AXIS where ``name`` raised IndexError 'tuple index out of range' on flat inputs (``y_true``,
    ``y_pred``) and answers the same values as (n, 1) columns without raising (asked now, once)."""
    if exc.raised != "IndexError" or "tuple index out of range" not in (exc.raised_message or ""):
        return None
    t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if p.ndim > 1 or t.size != p.size or p.size == 0:
        return SHAPE_INDEX.format(name=name)
    try:
        student.call(name, t.reshape(-1, 1), p.reshape(-1, 1))
    except StudentError:
        return SHAPE_INDEX.format(name=name)
    given = "a number" if p.ndim == 0 else "flat inputs of shape " + str(p.shape)
    return SECOND_AXIS.format(name=name, message=exc.raised_message, given=given, n=p.size)


SHAPE_INDEX = (
    "Your {name} indexes a tuple past its end (tuple index out of range), and the tuple this code most likely "
    "indexes is a shape: y_pred.shape[1] needs a 2-D array, while a flat array's shape (n,) has one entry only "
    "(after ravel, reshape(-1) or for lists made arrays, every input is flat). The number of elements N is "
    "y_pred.size whatever the shape: count with it, and index no axis."
)


LEN_ROWS = (
    "Your loss divides the sum of the squares by len(y_pred), the number of rows ({rows} here), where the number of "
    "elements N = y_pred.size ({n} here) belongs: len() counts only the first axis of a 2-D array (for a flat array "
    "the two agree, which hides it). Divide by y_pred.size, or take np.mean of the squares, which counts every element."
)


def len_rows(y_pred, squares) -> list:
    """The Misconception of a sum of ``squares`` divided by len(y_pred), where that is not the element count."""
    p = np.asarray(y_pred)
    if p.ndim < 2 or len(p) == p.size:
        return []
    return [Misconception(LEN_ROWS.format(rows=len(p), n=p.size), float(np.sum(squares)) / len(p))]


def shape_index_hint(exc: StudentError) -> str | None:
    """SHAPE_INDEX for an IndexError 'tuple index out of range' of the loss function the failed call names."""
    if exc.raised != "IndexError" or "tuple index out of range" not in (exc.raised_message or ""):
        return None
    name = re.match(r"\s*(mse_loss_gradient|mse_loss)\(", exc.message or "")
    return SHAPE_INDEX.format(name=name.group(1) if name else "function")
