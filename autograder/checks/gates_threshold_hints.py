"""Hints of the gates checks about the threshold step: a bool, a float or a 0-d array where the int 0
or 1 belongs, a threshold that rounds or fires below 0.5, a perceptron that returns its sum unthresholded,
one that is right on top of a wrong threshold, and one whose sum is scaled before the threshold (or
compared with another number). Said in words, never as a solution's line.

Loaded by ``test_gates.py`` and ``gates_inputs.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.grading import function_source
from autograder.sandbox.session import StudentError


INTEGER_ARRAY = ("Your threshold gives the right 0s and 1s, but as {kind}: the spec asks for an integer array. "
                 "Convert the comparison's result with .astype(int).")  # fmt: skip

ROUNDS = (
    "Your threshold rounds z, and rounding is not a threshold: it returns any whole number (round(1000.0) is "
    "1000), and round(0.5) is 0. Compare z with 0.5 instead: 1 where z >= 0.5, else 0."
)

NO_THRESHOLD = (
    "perceptron returns the weighted sum itself. Pass the sum through threshold and return what threshold "
    "gives: the int 0 or 1."
)


def _is_bool(value) -> bool:
    return isinstance(value, (bool, np.bool_)) or (isinstance(value, np.ndarray) and value.dtype.kind == "b")


def int_hint(name, got, threshold_gives=None):
    """A hint when ``name`` returned a bool or a float where the int 0 or 1 belongs, or None for any
    other kind. ``threshold_gives``: what the student's threshold returned for a number, when
    ``name`` is built on it, so that a bool passed on from threshold names threshold."""
    if name != "threshold" and threshold_gives is not None and (_is_bool(threshold_gives)
                                                                 or isinstance(threshold_gives, float)):
        return (f"{name} passes on what your threshold returns for a number, {threshold_gives!r}, which is not "
                "an int (see the check of threshold on numbers): fix threshold first, with int(...) around the "
                f"comparison, and {name} follows.")  # fmt: skip
    if _is_bool(got):
        return (f"Your {name} returns a comparison's result, a bool (True/False), where the int 0 or 1 belongs: "
                "convert it with int(...) for a number (and .astype(int) for an array).")  # fmt: skip
    if isinstance(got, np.ndarray) and got.ndim == 0 and name == "threshold":
        return ("Your threshold returns a 0-d NumPy array for a number, as np.where (or another NumPy function) "
                "gives even for one number, where the int 0 or 1 belongs: for a Python number return "
                "int(...) of the comparison, and keep the array answer for arrays.")  # fmt: skip
    if isinstance(got, (float, np.floating)):
        return (f"Your {name} returns a float ({got!r}) where the int 0 or 1 belongs: convert it with int(...) "
                "for a number (and .astype(int) for an array).")  # fmt: skip
    return None


def threshold_first_hint(student, sums, replies):
    """A hint when the student's threshold, given the right weighted ``sums``, is wrong itself and gives
    exactly what perceptron returned (``replies``): perceptron is right on top of a wrong threshold.
    Asked only once perceptron is known to be wrong; None otherwise."""
    try:
        passed = [int(v) for v in student.map("threshold", [(z,) for z in sums])]
        replied = [int(g) for g in replies]
    except (StudentError, TypeError, ValueError):
        return None
    if passed == [int(z >= 0.5) for z in sums] or passed != replied:
        return None
    return ("perceptron gives what your threshold gives for the right weighted sums, and threshold is wrong itself "
            "(see the check of threshold): fix threshold first, and perceptron follows.")  # fmt: skip


BELOW_HALF = (
    "Your threshold already fires at {z!r}, below 0.5: it compares z with a smaller number than 0.5 (a digit "
    "slipped, say). It fires where z >= 0.5, and nowhere below."
)
SCALED_SUM = (
    "Your perceptron fires {where}: its outputs are those of the weighted sum {scaled} before the threshold"
    "{mean}, or of the sum compared with {other} in place of 0.5 (the same outputs). A perceptron adds its three "
    "terms, z = w0 + w1*x1 + w2*x2, with nothing divided or multiplied afterwards, and fires where that z "
    "reaches 0.5."
)
FIRE_PROBES = (0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.49, 0.51, 0.55, 0.6, 0.75, 0.9, 0.99, 1.01, 1.1, 1.25, 1.4, 1.49,
               1.51, 1.6, 1.75, 1.99, 2.01, 2.5, 3.0, 4.0, 6.0, 10.0)  # fmt: skip


def scaled_sum_hint(student, sums, got):
    """SCALED_SUM when perceptron fires from another weighted sum on than 0.5: the sums where it starts
    to fire are read from the student's perceptron on (0, 0) with weights (t, 0, 0), whose sum is t, and
    must agree with its outputs ``got`` on the check's cases (``sums``: their right weighted sums). A
    sum divided by a constant and a sum compared with another number give the same outputs: both are
    said. Asked only once perceptron is known to be wrong; None otherwise."""
    try:
        fired = [int(v) for v in student.map("perceptron", [(0, 0, (t, 0.0, 0.0)) for t in FIRE_PROBES])]
    except (StudentError, TypeError, ValueError):
        return None
    if set(fired) != {0, 1} or fired != sorted(fired) or fired[FIRE_PROBES.index(0.51)] != fired[FIRE_PROBES.index(0.49)]:
        return None  # never or always fires, not from one point on, or starts between 0.49 and 0.51
    start = fired.index(1)
    low, high = FIRE_PROBES[start - 1], FIRE_PROBES[start]  # it fires from a point in (low, high]
    ones, zeros = [z for z, g in zip(sums, got) if g == 1], [z for z, g in zip(sums, got) if g == 0]
    if max(zeros, default=low) >= min(ones, default=high) or max([low, *zeros]) >= min([high, *ones]):
        return None  # no one point from which it fires explains both the probes and the check's cases
    middle = (low + high) / 2  # where it fires; the sum it compares with 0.5 is the right one over 2 * middle
    if high < 0.5:
        return SCALED_SUM.format(where=f"already where the weighted sum reaches between {low:g} and {high:g}, below "
                                 "0.5", scaled=f"multiplied by about {0.5 / middle:.3g}", mean="",
                                 other=f"a smaller number, about {middle:.3g},")  # fmt: skip
    mean = " (a mean of the three terms divides their sum by 3, their count)" if low < 1.5 <= high else ""
    return SCALED_SUM.format(where=f"only where the weighted sum reaches between {low:g} and {high:g}, above 0.5",
                             scaled=f"divided by about {2 * middle:.3g}", mean=mean,
                             other=f"a larger number, about {middle:.3g},")  # fmt: skip


ONE_VALUE_ARRAYS = (np.array([0.7]), np.array([[0.3]]))  # arrays of one value: still arrays, of shapes (1,) and (1, 1)
ONE_VALUE = (
    "Your threshold handles an array of several values but not an array with a single element, such as np.array([0.7]): "
    "that one {went}. The test that chooses between the number path and the array path looks at how many values z "
    "holds (z.size > 1, len(z) > 1, z.ndim > 0 ...) instead of whether z is a NumPy array. An array of one value "
    "is still an array, and gives an integer array of its own shape, array([1]) here: let every NumPy array take "
    "the array path (isinstance(z, np.ndarray) alone decides)."
)


def one_value_hint(student):
    """ONE_VALUE when the student's threshold gives an integer array for an array of two values but no array of
    the same shape for an array of one value (it raises, or gives a number): the test that picks the array path
    counts the values. Tested on the student's threshold itself; None otherwise."""
    try:
        several = student.call("threshold", np.array([0.2, 0.7]))
    except StudentError:
        return None
    if not (isinstance(several, np.ndarray) and several.shape == (2,) and several.tolist() == [0, 1]):
        return None
    went = []
    for z in ONE_VALUE_ARRAYS:
        try:
            got = student.call("threshold", z)
        except StudentError as exc:
            went.append(f"raised {exc.raised or 'an error'} (it went down the number path, where int() takes no array)")
            continue
        if not isinstance(got, np.ndarray) or got.shape != z.shape:
            went.append(f"gave {type(got).__name__} {got!r}, not an array of shape {z.shape}")
    return ONE_VALUE.format(went=went[0]) if went else None


AFTER_RETURN = (
    "In your {name}, `{line}` (line {lineno}) comes before the rest of the function, and a return ends the "
    "function at once: every call returns there, arrays too, so the lines after it are never reached.{why} "
    "Put the array case first (if z is a NumPy array, return "
    "the array answer), and only after it return int(...) for a number."
)


def after_return_hint(student, name="threshold"):
    """AFTER_RETURN when the student's ``name`` (read from the submitted source) has a return at the top level of
    its body with more statements after it, which can never run, and ``name`` indeed gives no array for an array
    of two values; None otherwise."""
    files = getattr(getattr(student, "session", None), "files", None) or {}
    source = files.get(f"{getattr(student, 'name', 'gates')}.py")
    tree = function_source.parsed(source)
    if tree is None:
        return None
    function = next((node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == name), None)
    body = function.body if function is not None else []
    early = next((k for k, node in enumerate(body) if isinstance(node, ast.Return)), None)
    if early is None or early == len(body) - 1:
        return _loop_return_hint(student, name)
    try:
        got = student.call(name, np.array([0.2, 0.7]))
        if isinstance(got, np.ndarray) and got.shape == (2,):
            return None
    except StudentError:
        pass
    line = ast.get_source_segment(source, body[early]) or "return"
    why = " That is why an array goes to int(), which takes one number only." if "int(" in line else ""
    return AFTER_RETURN.format(name=name, line=line, lineno=body[early].lineno, why=why)


IN_LOOP = (
    "The return on line {returns} of your {name} sits inside its loop (line {loop}), so {name} returns in the "
    "loop's first round: only the first entry is set, and the others keep the value they started with. Indent "
    "`{line}` out of the loop, to the level of the for, so that it runs once the loop has visited every entry."
)


def _loop_return_hint(student, name):
    """IN_LOOP when ``name`` has a loop with a return in its own body and its answer for an array of 0.7s sets only
    the first entry; None otherwise."""
    found = function_source.return_in_loop(*function_source.function(student, getattr(student, "name", "gates"), name))
    if found is None:
        return None
    try:
        got = np.asarray(student.call(name, np.array([0.7, 0.7, 0.7])), dtype=float)
    except (StudentError, TypeError, ValueError):
        return None
    if got.shape != (3,) or got.tolist() != [1.0, 0.0, 0.0]:
        return None
    line, returns, loop = found
    return IN_LOOP.format(name=name, returns=returns, loop=loop, line=line)


PRINTS = (
    "Your {name} prints its answer (print(...) on line {lineno}) instead of returning it: print only shows a value "
    "on the screen, and a function that ends without a return gives back None. Write return where the print is, "
    "so that the caller gets the answer itself."
)
NO_RETURN = (
    "Your {name} gave back None for {given}: a function gives back only what a return statement hands it, and one "
    "that ends without reaching a return gives None. Make every path through {name} end in a return of its answer."
)
PASSED_NONE = (
    "{name} passes on what your threshold gives for a number, None (see the check of threshold on numbers): fix "
    "threshold first, so that it returns its answer, and {name} follows."
)


def none_hint(student, name, given):
    """A hint when ``name`` returned None for ``given`` (a number, said as text): built on a threshold that returns
    None (PASSED_NONE); a print in the function's source where its answer should be returned (PRINTS); else
    NO_RETURN. Asked only once ``name`` is known to have returned None."""
    if name != "threshold":
        try:
            if student.call("threshold", 0.7) is None:
                return PASSED_NONE.format(name=name)
        except StudentError:
            pass
    function = _function(student, name)
    blocks = [getattr(node, field) for node in ast.walk(function) for field in ("body", "orelse")
              if isinstance(getattr(node, field, None), list) and getattr(node, field)] if function is not None else []
    prints = [block[-1] for block in blocks if isinstance(block[-1], ast.Expr) and isinstance(block[-1].value, ast.Call)
              and isinstance(block[-1].value.func, ast.Name) and block[-1].value.func.id == "print"]  # a path ends in print
    if prints:
        return PRINTS.format(name=name, lineno=prints[0].lineno)
    return NO_RETURN.format(name=name, given=given)


def _function(student, name):
    """The def of ``name`` at the top level of the student's gates.py, or None."""
    files = getattr(getattr(student, "session", None), "files", None) or {}
    tree = function_source.parsed(files.get(f"{getattr(student, 'name', 'gates')}.py"))
    if tree is None:
        return None
    return next((node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == name), None)
