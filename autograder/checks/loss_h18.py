"""Hints of the loss checks the eighteenth held-out corpus asked for, each confirmed on the student's own answers
or source before it is said: a square root typed where the square belongs, a difference divided by the target
(or the prediction) before it is squared, a loss that keeps something from one call to the next (a list on the
function, a global), an array passed to reshape where its shape belongs, and the gradient of the root mean
squared error. Loaded by the loss checks with ``load_sibling``."""

import ast

import numpy as np

from autograder.grading.compare import Misconception
from autograder.grading.function_source import function
from autograder.sandbox.session import StudentError

SQRT = (
    "Your mse_loss takes the square root of each difference (np.sqrt, or ** 0.5) where the MSE squares it: "
    "mse_loss({t}, {p}) gives {got:.6g}, the mean of the square roots, where the mean of the squares is {right:g}; "
    "and a negative difference has no real square root, so it turns into nan. Square each difference: "
    "(y_true - y_pred) ** 2, or np.square(y_true - y_pred)."
)
RELATIVE = (
    "Your mse_loss divides each difference by {by} before squaring it, a relative (percentage) error: "
    "mse_loss({t}, {p}) gives {got:.6g} where the mean squared error is {right:g}, and {zero} of 0 divides by "
    "zero (inf, or nan for 0 / 0). The MSE squares the plain differences, (y_true - y_pred) ** 2, and divides "
    "only once, by the number of elements, when it takes the mean."
)
KEPT = (
    "Your mse_loss gives another answer when it is asked the very same question again ({first:.6g}, then "
    "{second:.6g}): it remembers something from one call to the next{where}, so each answer mixes in the calls "
    "before it (a running average, say). A loss must depend on its two inputs only: compute the mean of this "
    "call's squared differences and return it, keeping nothing between calls."
)
RESHAPED_BY_ARRAY = (
    "Your {name} passes the array {arg} to {call} (line {line}: {code}), where it wants a shape, a tuple of whole "
    "numbers; NumPy then tries to read {arg}'s values as sizes and fails. Give it the array's shape instead: "
    "{arg}.shape."
)
RMSE_GRADIENT = (
    "Your gradient divides by the square root of the MSE, sqrt(mean((y_pred - y_true) ** 2)): that is the "
    "gradient of the root mean squared error (RMSE), not of the MSE. The MSE has no square root, so its "
    "gradient has none either: dL/dy_pred = 2 * (y_pred - y_true) / N."
)

HUBER = (
    "Your mse_loss is the Huber loss (smooth L1): half the square, 0.5 * d ** 2, for a difference of at most 1 and "
    "only |d| - 0.5 beyond it, so small errors count half and large ones grow in a straight line: "
    "mse_loss({t}, {p}) gives {got:.6g} where the mean squared error is {right:g}. The MSE squares every "
    "difference, large or small, with no factor 0.5: the mean of (y_true - y_pred) ** 2."
)

PROBES = (([4.0, 9.0], [0.0, 0.0]), ([2.0, 4.0], [1.0, 2.0]))  # a root, a relative error and the MSE all differ


def _candidates(t, p):
    t, p = np.asarray(t, dtype=float), np.asarray(p, dtype=float)
    d = t - p
    with np.errstate(all="ignore"):
        return {"sqrt": np.mean(np.sqrt(d)), "sqrt_abs": np.mean(np.sqrt(np.abs(d))),
                "y_true": np.mean((d / t) ** 2), "y_pred": np.mean((d / p) ** 2), "huber": np.mean(huber(d))}


def huber(d):
    """The Huber loss of the differences ``d`` at delta 1 (the same as PyTorch's smooth L1)."""
    a = np.abs(d)
    return np.where(a <= 1.0, 0.5 * a ** 2, a - 0.5)


def formula_hint(student):
    """SQRT or RELATIVE where mse_loss's answers to both PROBES are that mistake's values."""
    answers = []
    for t, p in PROBES:
        try:
            answers.append(float(student.call("mse_loss", t, p)))
        except (StudentError, TypeError, ValueError):
            return None
    for key in ("sqrt", "sqrt_abs", "y_true", "y_pred", "huber"):
        values = [_candidates(t, p)[key] for t, p in PROBES]
        if np.allclose(answers, values, rtol=1e-7, atol=1e-12):
            t, p = PROBES[0] if key.startswith("sqrt") else PROBES[1]
            got = answers[0] if key.startswith("sqrt") else answers[1]
            right = float(np.mean((np.asarray(t) - np.asarray(p)) ** 2))
            if key == "huber":
                return HUBER.format(t=PROBES[0][0], p=PROBES[0][1], got=answers[0], right=48.5)
            if key.startswith("sqrt"):
                return SQRT.format(t=t, p=p, got=got, right=right)
            by, zero = ("the target y_true", "a target") if key == "y_true" else ("the prediction y_pred", "a prediction")
            return RELATIVE.format(by=by, zero=zero, t=t, p=p, got=got, right=right)
    return None


def _where(student):
    """Where mse_loss's source keeps its memory: an attribute of the function itself, or a global."""
    _, node = function(student, "loss", "mse_loss")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "mse_loss":
            return f" (it stores values on the function itself, mse_loss.{sub.attr}, which lives as long as the module)"
        if isinstance(sub, ast.Global):
            return f" (it keeps values in the global {sub.names[0]}, which lives as long as the module)"
    return ""


def kept_hint(student):
    """KEPT where three calls of mse_loss with the same inputs do not all give the same answer."""
    try:
        answers = [float(student.call("mse_loss", [1.0, 0.0, 1.0], [0.5, 0.5, 0.0])) for _ in range(3)]
    except (StudentError, TypeError, ValueError):
        return None
    if np.allclose(answers, answers[0], rtol=1e-12, atol=0.0, equal_nan=True):
        return None
    second = next(a for a in answers[1:] if not np.isclose(a, answers[0], rtol=1e-12, atol=0.0))
    return KEPT.format(first=answers[0], second=second, where=_where(student))


SHAPE_TAKERS = ("reshape", "resize", "broadcast_to", "zeros", "ones", "empty", "full")


def error_hint(student, name, exc):
    """RESHAPED_BY_ARRAY where ``exc`` is a TypeError or ValueError and ``name``'s source passes one of its own two
    parameters, bare, as the shape of reshape (a method or np.reshape) or of another function that takes a shape."""
    if exc.raised not in ("TypeError", "ValueError"):
        return None
    if misused := misuse_hint(student, name, exc):
        return misused
    source, node = function(student, "loss", name)
    if node is None:
        return None
    params = {a.arg for a in node.args.args[:2]}
    for call in (c for c in ast.walk(node) if isinstance(c, ast.Call) and isinstance(c.func, (ast.Attribute, ast.Name))):
        called = getattr(call.func, "attr", getattr(call.func, "id", ""))
        if called not in SHAPE_TAKERS:
            continue
        method = isinstance(call.func, ast.Attribute) and not (isinstance(call.func.value, ast.Name)
                                                                 and call.func.value.id in ("np", "numpy"))
        shape_args = call.args if (method and called in ("reshape", "resize")) else call.args[1:2] if called in (
            "reshape", "resize", "broadcast_to") else call.args[:1]
        for arg in shape_args:
            if isinstance(arg, ast.Name) and arg.id in params:
                code = (ast.get_source_segment(source, call) or ast.unparse(call)).strip()
                return RESHAPED_BY_ARRAY.format(name=name, arg=arg.id, call=called, line=call.lineno, code=code)
    return None


def rmse_mistakes(y_true, y_pred):
    """The gradient of the RMSE (and that with the MSE's factor 2 kept) in y_pred's shape."""
    t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if t.size != p.size or p.size == 0:
        return []
    d = p - t.reshape(p.shape)
    with np.errstate(all="ignore"):
        root = np.sqrt(np.mean(d ** 2))
        if not root > 0:
            return []
        return [Misconception(RMSE_GRADIENT, d / (p.size * root)), Misconception(RMSE_GRADIENT, 2 * d / (p.size * root))]


ONE_INPUT = (
    "Your {name} calls {func} with a second argument (line {line}: {code}), but {func} takes one array: a second "
    "positional argument is not {what} but its out, the array to write the result into, hence this TypeError. "
    "{fix}"
)
ONE_INPUT_FUNCS = {
    "square": ("an exponent", "To square, write (y_true - y_pred) ** 2, or np.square(y_true - y_pred) with the "
                              "difference alone inside (np.power(d, 2) is the function that takes an exponent)."),
    "sqrt": ("a second input", "Give it the one array alone."),
    "abs": ("a second input", "Give it the one array alone."),
    "absolute": ("a second input", "Give it the one array alone."),
    "exp": ("a second input", "Give it the one array alone."),
    "log": ("a base", "Give it the one array alone."),
}
ASARRAY_TWO = (
    "Your {name} converts both inputs with one call (line {line}: {code}), but np.{func} converts one input only: "
    "its second argument is the dtype, so NumPy tries to read {second} as a type, hence this TypeError. Convert "
    "each input with its own call: y_true = np.asarray(y_true, dtype=float), and the same for y_pred."
)


def misuse_hint(student, name, exc):
    """ONE_INPUT or ASARRAY_TWO where ``exc`` is a TypeError and ``name``'s source calls np.square (or another
    one-input function of ONE_INPUT_FUNCS) with two positional arguments, or np.asarray/np.array with one of its
    own parameters as the second."""
    if exc.raised != "TypeError":
        return None
    source, node = function(student, "loss", name)
    if node is None:
        return None
    params = {a.arg for a in node.args.args[:2]}
    for call in (c for c in ast.walk(node) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                 and isinstance(c.func.value, ast.Name) and c.func.value.id in ("np", "numpy")):
        code = (ast.get_source_segment(source, call) or ast.unparse(call)).strip()
        func = call.func.attr
        if func in ONE_INPUT_FUNCS and len(call.args) >= 2:
            what, fix = ONE_INPUT_FUNCS[func]
            return ONE_INPUT.format(name=name, func=f"np.{func}", line=call.lineno, code=code, what=what, fix=fix)
        if func in ("asarray", "array", "asanyarray") and len(call.args) >= 2 and isinstance(call.args[1], ast.Name) \
                and call.args[1].id in params:
            return ASARRAY_TWO.format(name=name, line=call.lineno, code=code, func=func, second=call.args[1].id)
    return None


TURNED = (
    "Both inputs have shape {shape} here, yet your gradient has shape {got}, a table of every pair: {how} before "
    "the subtraction, and a row minus a column broadcasts into an (n, n) table. Give y_true exactly y_pred's "
    "shape with y_true.reshape(y_pred.shape) (which leaves a y_true of the same shape as it is), not with .T."
)


def turned_table_hint(got, y_true, y_pred):
    """TURNED where y_true and y_pred have one shape, a column (n, 1) or a row (1, n), and the gradient is the
    (n, n) table; said as y_true transposed where it is 2 * (y_pred - y_true.T) / n exactly."""
    t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    n = p.size
    if t.shape != p.shape or p.ndim != 2 or 1 not in p.shape or n < 2 or np.shape(got) != (n, n):
        return None
    with np.errstate(all="ignore"):
        exact = np.allclose(np.asarray(got, dtype=float), 2.0 * (p - t.T) / n, rtol=1e-6, atol=1e-12)
    how = "your code transposes y_true (y_true.T or np.transpose), which turns it into the other layout" if exact else (
        "one of them was turned into the other layout (a .T, a transpose, or a reshape to a row or column)")
    return TURNED.format(shape=p.shape, got=tuple(np.shape(got)), how=how)


def huber_first(student, known, y_true, y_pred):
    """``known`` with the Huber loss's value for this case first where mse_loss's answers to PROBES confirm it."""
    hint = formula_hint(student)
    if hint is None or not hint.startswith("Your mse_loss is the Huber loss"):
        return known
    d = np.ravel(np.asarray(y_true, dtype=float)) - np.ravel(np.asarray(y_pred, dtype=float))
    return [Misconception(hint, float(np.mean(huber(d))))] + list(known)
