"""Two readers of a wrong answer that name a class of mistake in every exercise, whatever the function:
several values returned where one belongs (``return a, b``), and the right values cut or rounded to
whole numbers (int(), astype(int), //, np.round, or a result array of an integer dtype). Pure: values
in, a hint (or None) out. ``compare`` asks them only once an answer is already wrong, after the hints
an exercise gives for the same answer (those name the mistake more precisely)."""

from __future__ import annotations

import re

import numpy as np

ORDINALS = ("first", "second", "third", "fourth", "fifth")
MOST_ITEMS = 4  # a return line of several values lists a few


def _as_numbers(value) -> np.ndarray | None:
    """``value`` as a float64 array, or None when it is not numbers (None, an object, text)."""
    if isinstance(value, (bool, np.bool_, str, bytes)) or value is None:
        return None
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return None
    return array


def _equal(item, expected: np.ndarray) -> bool:
    array = _as_numbers(item)
    if array is None or array.shape != expected.shape or not np.isfinite(array).all():
        return False
    return bool(np.allclose(array, expected, rtol=1e-6, atol=1e-9))


def _zeros_and_ones(array) -> bool:
    return array is not None and array.size > 0 and bool(np.all((array == 0) | (array == 1)))


# the function a check's call text starts with: "sigmoid(z) with ...", "Neuron([0, 1], 4).feedforward([2, 3])"
CALLED = re.compile(r"^(?:([A-Za-z_]\w*)\([^()]*\)\.)?([A-Za-z_]\w*)\(")


def called_name(call) -> str | None:
    """The name of the function (or Class.method) a check's ``call`` text starts with, or None."""
    found = CALLED.match(call or "")
    if found is None:
        return None
    return f"{found.group(1)}.{found.group(2)}" if found.group(1) else found.group(2)


def several_values_hint(got, expected, name: str | None = None) -> str | None:
    """A hint when ``got`` is a tuple or list of two items or more where one value (a number or an
    array: ``expected``, or None where the caller cannot say) belongs, naming the item that is the right
    answer when exactly one is; ``name``: the function the check called, where it knows it ("Your
    function" where not). Plain numbers where an array belongs are that array in list form (of a
    wrong length, maybe), and more than four items a list of values: None. Where the right answer and another item are 0s and 1s (a gate's
    hidden pair), the item equal to it may be a coincidence: which one is not said."""
    if not isinstance(got, (tuple, list)) or not 2 <= len(got) <= MOST_ITEMS:
        return None  # more items than a return line lists: a list of values, one per element
    want = _as_numbers(expected) if expected is not None else None
    if want is not None and want.ndim >= 1 and all(np.ndim(item) == 0 for item in got):
        return None  # numbers where an array belongs: a vector as a list, of a wrong length maybe, not several values
    stacked = _as_numbers(got)
    if want is not None and stacked is not None and stacked.size == want.size:
        return None  # the right count of values in another shape ([[a], [b]] for [a, b]): the shape's reading says it
    kind = "number" if want is None or want.ndim == 0 else "array"
    text = (f"Your {name or 'function'} returns {len(got)} values at once, as a {type(got).__name__} (return a, b makes one), "
            f"where a single {kind} belongs. ")
    right = [i for i, item in enumerate(got) if want is not None and _equal(item, want)]
    if len(right) == 1 and _zeros_and_ones(want) and any(_zeros_and_ones(_as_numbers(item))
                                                         for i, item in enumerate(got) if i != right[0]):
        right = []  # 0s and 1s among other 0s and 1s (a gate's pair): as likely a coincidence as the answer
    if len(right) == 1:
        which = "last" if right[0] == len(got) - 1 and right[0] >= len(ORDINALS) else ORDINALS[min(right[0], 4)]
        return text + (f"The {which} item of your {type(got).__name__} is the right answer: return only it, and keep "
                       "the other values inside the function, where the caller does not need them.")
    return text + ("Return only the value the spec asks for; the others are steps on the way to it and stay inside "
                   "the function.")


MODES = (("cut off after the point", np.trunc, "int() or .astype(int), or a result array of an integer dtype (np.zeros_like(z) "
           "or np.empty_like(z) of an int array is an int array, and so is out= an int array), which cuts every float "
           "put into it"),
          ("rounded down", np.floor, "floor division // or np.floor"),
          ("rounded to the nearest whole number", np.round, "np.round or round() without a number of decimals"))


def whole_numbers_hint(got: np.ndarray, expected: np.ndarray, raw=None) -> str | None:
    """A hint when every wrong value of ``got`` is the right one cut (trunc), floored or rounded to a
    whole number, where the right one is not whole, naming the causes of every such reading the values
    fit (positive values cut and floored alike cannot tell int() from //). Only when that reading cannot
    be another mistake's: wrong values all 0 or 1 (an array of zeros, a step, a comparison, a one-hot) or
    the right values' signs (np.sign) say nothing, unless the result is of an integer kind (``raw``, the
    answer as it came back: an int array, a Python int, a list of them), where zeros are cut values too."""
    if got.shape != expected.shape or got.size == 0 or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    differ = ~np.isclose(got, expected, rtol=1e-6, atol=1e-9)
    if not differ.any() or np.any(expected[differ] == np.round(expected[differ])):
        return None  # a right value that is whole and still differs: not a cut
    wrong = got[differ]
    integer = (isinstance(raw, (np.ndarray, np.generic)) and raw.dtype.kind in "iu" or type(raw) is int
               or type(raw) in (list, tuple) and len(raw) > 0 and all(type(v) is int for v in raw))
    zeros = np.all(wrong == 0) and integer  # an integer result of zeros for values under 1: cut, whatever made it
    if not zeros and (np.all((wrong == 0) | (wrong == 1)) or np.array_equal(wrong, np.sign(expected[differ]))):
        return None
    fits = [(words, causes) for words, cut, causes in MODES if np.array_equal(wrong, cut(expected[differ]))]
    if not fits:
        return None
    index = int(np.flatnonzero(differ.ravel())[0])
    example = f"{float(got.ravel()[index]):g} for {float(expected.ravel()[index]):.6g}"
    dtype = (f" Your result has the integer dtype {raw.dtype}." if hasattr(raw, "dtype") else
             " Your result holds Python ints.") if integer else ""
    causes = "; or ".join(causes for _, causes in fits)
    return (f"Your values are the right ones {fits[0][0]} ({example}): the fractions are lost.{dtype} Something in "
            f"your code makes whole numbers of them: {causes}. Compute in floats and keep the fractions (make arrays "
            "with dtype=float, or convert the input first: z = np.asarray(z, dtype=float)).")


def read_quietly(reader):
    """What ``reader()`` (a hint, or a list of misconceptions, asked for a wrong answer) gives, or None
    when the reader itself fails: the answer is wrong whatever the reader found, so the check fails with
    its own message and no hint, keeping its credit, rather than ending as the grader's error. A failure
    of the sandbox's walls (an exception whose class says ``stops_grading``) still ends the run."""
    try:
        return reader()
    except Exception as exc:  # a reader tripping over an odd answer (an overflow, a student call that raises)
        if getattr(type(exc), "stops_grading", False):
            raise
        return None
