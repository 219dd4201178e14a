"""Readings of the activations' wrong answers that the twentieth held-out corpus showed, each confirmed on the
student's own answers, lines or a fresh asking before it is said: a value wrong only at z = 0 exactly (two
cases, z > 0 and z < 0, that leave zero out), dtype= given to a comparison (np.greater(z, 0, dtype=float)), a
slope built from tanh(z) = 2 * sigmoid(2z) - 1 with a factor or the inner 2z lost, a slope form written of z and
wrapped in the function (sigmoid(z * (1 - z))), softmax's scores divided by a statistic of their row instead of
shifted by the maximum, softmax divided by a running sum (np.cumsum), and an alpha kept from an earlier call.

Loaded by ``test_activations.py``, ``activations_formulas.py`` and ``activations_errors.py`` with
``load_sibling``; handed out with the checks. Every reader is called only for a failing check and gives None
(never raises) when it cannot tell.
"""

import re

import numpy as np

from autograder.grading import tracebacks
from autograder.grading.compare import Misconception
from autograder.grading.formulas import as_numbers


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _sigmoid_slope(z):
    return _sigmoid(z) * _sigmoid(-z)  # the same product, sigmoid(-z) being one minus sigmoid(z)


RIGHT = {"sigmoid": _sigmoid, "tanh": np.tanh, "sigmoid_derivative": _sigmoid_slope,
         "tanh_derivative": lambda z: 1.0 - np.tanh(z) ** 2}


def _pairs(inputs, answers):
    """(z, got) flattened over every input answered with numbers of its shape, or None."""
    try:
        kept = [(np.asarray(z, dtype=float).ravel(), a.ravel().astype(float)) for z, a in
                zip(inputs, map(as_numbers, answers)) if a is not None and a.shape == np.shape(z)]
        if not kept:
            return None
        return np.concatenate([z for z, _ in kept]), np.concatenate([a for _, a in kept])
    except (TypeError, ValueError, OverflowError):
        return None


# ------------------------------------------------------------------ z = 0 left to no case
ZERO_LEFT_OUT = (
    "Your {name} is right at every input the check tried except z = 0 exactly, where it gives {got:g} instead of "
    "{right:g}. Zero falls through your cases: {cause} Make one of the two cases take zero too (z >= 0 in place of "
    "z > 0, or let the second case be everything the first is not, ~pos or an else), so that every z gets a formula."
)
ZERO_SEEN = (
    "your code tests z > 0 and z < 0, and z = 0 is neither, so it keeps the value the result started with "
    "(0 from np.zeros_like, or whatever the default is)."
)
ZERO_LOOK = (
    "look for two tests, z > 0 and z < 0 (masks, np.where, or if / elif with no else), that both leave z = 0 out, "
    "so it keeps the value the result started with."
)


def zero_hint(student, name, inputs, answers):
    """ZERO_LEFT_OUT when the answers are right at every z but z = 0, and wrong at 0 (at least five other values
    right); None otherwise."""
    if name not in RIGHT:
        return None
    pooled = _pairs(inputs, answers)
    if pooled is None:
        return None
    z, got = pooled
    with np.errstate(all="ignore"):
        right = RIGHT[name](z)
        at_zero = z == 0
        if not at_zero.any() or (~at_zero).sum() < 5:
            return None
        if not np.allclose(got[~at_zero], right[~at_zero], rtol=1e-7, atol=1e-12):
            return None
        if np.allclose(got[at_zero], right[at_zero], rtol=1e-7, atol=1e-12) or not np.isfinite(got[at_zero]).all():
            return None
    cause = ZERO_LOOK
    try:
        if _strict_tests_both_ways(student, name):
            cause = ZERO_SEEN
    except Exception:  # a reading of the text that fails says nothing
        pass
    first = int(np.flatnonzero(at_zero & ~np.isclose(got, right, rtol=1e-7, atol=1e-12))[0])
    return ZERO_LEFT_OUT.format(name=name, got=float(got[first]), right=float(right[first]), cause=cause)


def _strict_tests_both_ways(student, name):
    """True when ``name``'s own lines compare with 0 strictly both ways (z > 0 and z < 0, either side written
    first) and never with >= or <= 0."""
    import ast

    from autograder.grading import function_source as source
    _, node = source.function(student, "activations", name)
    if node is None:
        return False
    seen = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Compare) and len(sub.ops) == 1:
            left, op, right = sub.left, sub.ops[0], sub.comparators[0]
            zero_right = isinstance(right, ast.Constant) and right.value == 0
            zero_left = isinstance(left, ast.Constant) and left.value == 0
            if not (zero_right or zero_left):
                continue
            if isinstance(op, (ast.GtE, ast.LtE)):
                return False
            if isinstance(op, (ast.Gt, ast.Lt)):
                seen.add((isinstance(op, ast.Gt)) == zero_right)  # True: "z above 0"
    return seen == {True, False}


# ------------------------------------------------------------------ dtype= given to a comparison
COMPARISON_DTYPE = (
    "On line {line}, `{code}`, dtype= is given to a comparison ({ufunc}). dtype= does not convert the result: it "
    "picks the type the comparison is computed in, and NumPy has no comparison that gives floats (a comparison "
    "always gives True/False), hence the TypeError 'No loop matching the specified signature'. Compare first, "
    "then convert the booleans: (z > 0).astype(float), or np.where(z > 0, 1.0, 0.0)."
)
COMPARISONS = ("greater_equal", "greater", "less_equal", "less", "equal", "not_equal", "logical_and", "logical_or",
               "logical_not", "isfinite")


def dtype_error_hint(error):
    """COMPARISON_DTYPE for a TypeError 'No loop matching...' of a comparison ufunc whose raising line gives
    dtype=; None otherwise."""
    try:
        said = error.raised_message or ""
        found = re.search(r"No loop matching the specified signature.*ufunc (\w+)", said)
        if error.raised != "TypeError" or not found or found.group(1) not in COMPARISONS:
            return None
        frame = tracebacks.last_with_code(error.detail, students=True)
        if frame is None or "dtype" not in frame.code:
            return None
        return COMPARISON_DTYPE.format(line=frame.line, code=frame.code.strip(), ufunc=f"np.{found.group(1)}")
    except Exception:
        return None


# ------------------------------------------------------------------ slopes: a neighbour of the right formula
TANH_FROM_SIGMOID = (
    "Your tanh_derivative gives {form}. From tanh(z) = 2 * sigmoid(2z) - 1 the chain rule gives "
    "2 * 2 * sigmoid'(2z) = 4 * sigmoid_derivative(2 * z): the outer 2, the 2 of the inner 2z, and the slope taken "
    "at 2z, not at z. Simpler still, write it with tanh itself: 1 - np.tanh(z) ** 2."
)
WRAPPED = (
    "Your {name} gives {f}({inner}): the slope's form is written with z and then put inside {f}. The form "
    "{outer} holds for the output of {f}, not for z: compute {a} = {f}(z) first, then {outer} of that {a}, "
    "with no {f} around it."
)


def slope_mistakes(name, z):
    """Misconceptions of ``name`` (sigmoid_derivative or tanh_derivative) at ``z``: a neighbour of the identity
    tanh = 2 sigmoid(2z) - 1 and the slope form of z wrapped in the function."""
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        if name == "sigmoid_derivative":
            return [Misconception(WRAPPED.format(name=name, f="sigmoid", inner="z * (1 - z)", outer="s * (1 - s)", a="s"),
                                  _sigmoid(z * (1.0 - z)))]
        if name != "tanh_derivative":
            return []
        family = [(f"{c} * sigmoid_derivative({k})", c * _sigmoid_slope(scale * z))
                  for c, k, scale in ((4, "z", 1.0), (2, "2 * z", 2.0), (2, "z", 1.0), (1, "2 * z", 2.0),
                                      (4, "z / 2", 0.5))]
        return [*(Misconception(TANH_FROM_SIGMOID.format(form=form), value) for form, value in family),
                Misconception(WRAPPED.format(name=name, f="tanh", inner="1 - z ** 2", outer="1 - t ** 2", a="t"),
                              np.tanh(1.0 - z ** 2))]


# ------------------------------------------------------------------ softmax: a divided score, a running sum
SCORES_DIVIDED = (
    "Your softmax gives the softmax of z divided by {stat} of its slice (np.exp(z / {short})): the scores were "
    "divided where the stable recipe subtracts. Dividing changes the probabilities (softmax(z / 3) is not "
    "softmax(z)); subtracting one number from a whole slice does not. Write np.exp(z - np.max(z, axis=-1, "
    "keepdims=True)), then divide the exponentials by their sum."
)
STATISTICS = (
    ("the largest score", "max", lambda z: np.max(z, axis=-1, keepdims=True)),
    ("the sum of the scores", "sum", lambda z: np.sum(z, axis=-1, keepdims=True)),
    ("the largest |score|", "max|z|", lambda z: np.max(np.abs(z), axis=-1, keepdims=True)),
    ("the length (norm) of the scores", "norm", lambda z: np.linalg.norm(z, axis=-1, keepdims=True)),
    ("the mean of the scores", "mean", lambda z: np.mean(z, axis=-1, keepdims=True)),
    ("the smallest score", "min", lambda z: np.min(z, axis=-1, keepdims=True)),
)
RUNNING_SUM = (
    "Your softmax divides each exponential by a running total, the sum of the exponentials up to it "
    "(np.cumsum), not by the total of its whole slice: only the last entry of each slice comes out right, and the "
    "slices do not sum to 1{zero}. Divide by np.sum(exps, axis=-1, keepdims=True), one total per slice."
)


def _softmax(z):
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


TELLING = np.array([[-3.0, 1.0, 1.5], [2.0, -0.5, 0.75]])  # every statistic of a row different from the others


def softmax_hint(z, got, student=None):
    """SCORES_DIVIDED or RUNNING_SUM when ``got`` is that neighbour of softmax at ``z`` and not softmax itself (a
    division that two statistics of ``z`` explain alike is settled by the ``student``'s softmax asked on TELLING);
    None otherwise."""
    found = _softmax_readings(z, got)
    if len(found) > 1 and student is not None:
        try:
            again = _softmax_readings(TELLING, student.call("softmax", TELLING.copy()))
        except Exception:
            return None
        found = [hint for hint in found if hint in again]
    return found[0] if len(found) == 1 else None


def _softmax_readings(z, got):
    """Every reading of SCORES_DIVIDED and RUNNING_SUM that fits ``got`` at ``z``."""
    try:
        z, got = np.asarray(z, dtype=float), as_numbers(got)
        if got is None or got.shape != z.shape or z.ndim == 0 or z.size < 2 or not np.isfinite(got).all():
            return []
        with np.errstate(all="ignore"):
            if np.allclose(got, _softmax(z), rtol=1e-7, atol=1e-12):
                return []
            e = np.exp(z - np.max(z, axis=-1, keepdims=True))
            running = e / np.cumsum(e, axis=-1)
            if np.isfinite(running).all() and np.allclose(got, running, rtol=1e-7, atol=1e-12):
                return [RUNNING_SUM.format(zero="")]
            found = []
            for stat, short, value in STATISTICS:
                d = value(z)
                if not np.isfinite(d).all() or (np.abs(d) < 1e-12).any():
                    continue
                guess = _softmax(z / d)
                if np.isfinite(guess).all() and np.allclose(got, guess, rtol=1e-7, atol=1e-12):
                    found.append(SCORES_DIVIDED.format(stat=stat, short=short))
            return found
    except (TypeError, ValueError, OverflowError, FloatingPointError):
        return []
    return []


ASKED = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])


def reasked_softmax_hint(student):
    """softmax_hint of the student's softmax asked on ASKED (small scores: no warning) once it warned on large
    ones; a running sum is told with why it warned (a first exponential of 0 gives 0 / 0). None otherwise."""
    try:
        got = student.call("softmax", ASKED.copy())
    except Exception:
        return None
    found = softmax_hint(ASKED, got, student)
    if found == RUNNING_SUM.format(zero=""):
        return RUNNING_SUM.format(zero=" (and where a slice's first exponential is 0, its running total is 0 too, "
                                  "and 0 / 0 is nan: the warning above)")
    return found


# ------------------------------------------------------------------ an argument kept from an earlier call
def kept_call_hint(student, name, cases, kwargs, answers):
    """kept_state's reading of ``name`` asked afresh with the first case whose answer is wrong (leaky_relu with an
    alpha given after an earlier call's, say), where the text keeps a value beyond a call; None otherwise."""
    try:
        from autograder.checking.asked_again import _same, shown_apart
        from autograder.checking.kept_state import kept_state_hint
        right = {"leaky_relu": lambda z: np.where(z > 0, z, kwargs.get("alpha", 0.1) * z),
                 "relu": lambda z: np.maximum(z, 0.0), **RIGHT}.get(name)
        if right is None or not kwargs:
            return None
        for (z, _), got in zip(cases, answers):
            values = as_numbers(got)
            zf = np.asarray(z, dtype=float)
            if values is None or values.shape != zf.shape or not np.allclose(values, right(zf), rtol=1e-7, atol=1e-12):
                label = f"{name}({z!r}, {', '.join(f'{k}={v}' for k, v in kwargs.items())})"
                return kept_state_hint(student.session, "activations", name, label, (z,), dict(kwargs), got,
                                       _same, shown_apart, None)
    except Exception:
        return None
    return None


# ------------------------------------------------------------------ tanh infinite: another function, asked again
SMALL = np.array([-2.0, -1.25, -0.5, 0.3, 0.9, 1.7, 2.6])


def reasked_tanh_hint(student, lookalike_hint):
    """``lookalike_hint``'s reading (activations_formulas: another NumPy function in tanh's place) of the student's
    tanh asked on SMALL, where no value overflows, once it gave nan or inf on large inputs; None otherwise."""
    try:
        got = student.call("tanh", SMALL.copy())
        return lookalike_hint("tanh", [SMALL], [got])
    except Exception:
        return None
