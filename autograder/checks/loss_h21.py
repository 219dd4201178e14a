"""Hints of the loss checks the twenty-first held-out corpus asked for, each confirmed on the student's own answers
(the mistaken rule replayed on two generic probes) or on their parsed source before it is said: a neighbouring
formula in place of the MSE (the squares written as (a - b) * (b - a), a normalised MSE, the hinge loss, a sigmoid
put on the predictions, np.std where the variance belongs), the binary cross-entropy's gradient, a keyword another
library takes (pandas' skipna, PyTorch's dim), itertools.zip_longest padding the shorter input, and np.asmatrix
(always 2-D). Loaded by the loss checks with ``load_sibling``; every reader is called only once a check has failed,
and never raises."""

import ast

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.grading.foreign_names import foreign_name_hint
from autograder.grading.formulas import named_by_reader as named  # noqa: F401 - the checks' name for it
from autograder.grading.function_source import calls, function, statement_line

# generic inputs: targets beyond [0, 1], differences that do not cancel, a variance of y_true that is not 1
PROBES = (([3.0, -1.0, 2.0, 0.5], [1.0, 2.0, 2.5, -2.0]), ([0.2, 1.5, -2.5], [0.9, -0.4, 0.3]))
# predictions strictly between 0 and 1 for the gradient (a cross-entropy gradient divides by p * (1 - p))
GRAD_PROBES = (([1.0, 0.0, 1.0, 0.0], [0.2, 0.7, 0.9, 0.4]), ([0.0, 1.0, 1.0], [0.35, 0.6, 0.15]))


def _arrays(t, p):
    return np.asarray(t, dtype=float).ravel(), np.asarray(p, dtype=float).ravel()


def _mse(t, p):
    t, p = _arrays(t, p)
    return float(np.mean((t - p) ** 2))


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def _d(t, p):
    t, p = _arrays(t, p)
    return t - p


SWAPPED = (
    "Your mse_loss is minus the mean squared error ({got:.6g} where {right:.6g} belongs for mse_loss({t}, {p})): "
    "every squared error comes out negative, where a square is never below 0.{where} A square multiplies a "
    "difference by itself, the same way round: (y_true - y_pred) * (y_true - y_pred), or simply "
    "(y_true - y_pred) ** 2; a product of the difference with its reverse, (y_true - y_pred) * (y_pred - y_true), or "
    "a minus sign in front, gives minus the square."
)
NORMALISED = (
    "Your mse_loss divides the mean squared error by {what}{where}: mse_loss({t}, {p}) gives {got:.6g}, where the "
    "plain MSE is {right:.6g}. That is a normalised MSE (from regression), not this exercise's loss: the MSE is "
    "only the mean of the squared differences, np.mean((y_true - y_pred) ** 2), with no division by the targets' "
    "spread (constant targets, with variance 0, would even divide by zero). Remove the division."
)
HINGE = (
    "Your mse_loss computes the hinge loss, the mean of max(0, 1 - y_true * y_pred){where}: mse_loss({t}, {p}) "
    "gives {got:.6g}, where the MSE is {right:.6g}. The hinge loss belongs to classifiers with labels -1 and 1; "
    "this exercise's loss is the mean squared error: the mean of the squared differences, "
    "np.mean((y_true - y_pred) ** 2), with no max and no product of target and prediction."
)
SIGMOID = (
    "Your mse_loss squashes y_pred through the sigmoid before comparing{where}: mse_loss({t}, {p}) gives "
    "{got:.6g}, which is the MSE of sigmoid(y_pred), where the MSE of the predictions as given is {right:.6g}. "
    "The predictions that reach mse_loss are already the network's outputs (probabilities from its own sigmoid), "
    "not raw scores (logits): use y_pred directly, np.mean((y_true - y_pred) ** 2)."
)
STD = (
    "Your mse_loss uses the standard deviation (np.std) where the variance belongs{where}: mse_loss({t}, {p}) "
    "gives {got:.6g}, where the MSE is {right:.6g}. The identity is mean(d ** 2) = mean(d) ** 2 + var(d) for the "
    "differences d: the variance is the square of the standard deviation, so write np.var(d) (or np.std(d) ** 2), "
    "or simply square the differences: np.mean((y_true - y_pred) ** 2)."
)


def _rules():
    """(hint, source names that show it or None, the rule replayed on (t, p))."""
    m = np.mean
    return [
        (SWAPPED, None, lambda t, p: -_mse(t, p)),
        (NORMALISED, ("var",), lambda t, p: _mse(t, p) / np.var(_arrays(t, p)[0])),
        (NORMALISED, ("var",), lambda t, p: _mse(t, p) / np.var(_arrays(t, p)[1])),
        (NORMALISED, ("std",), lambda t, p: _mse(t, p) / np.std(_arrays(t, p)[0])),
        (HINGE, None, lambda t, p: float(m(np.maximum(0.0, 1.0 - _arrays(t, p)[0] * _arrays(t, p)[1])))),
        (HINGE, None, lambda t, p: float(m(np.maximum(0.0, 1.0 - _arrays(t, p)[0] * _arrays(t, p)[1]) ** 2))),
        (SIGMOID, None, lambda t, p: _mse(t, _sig(_arrays(t, p)[1]))),
        (SIGMOID, None, lambda t, p: _mse(_sig(_arrays(t, p)[0]), _sig(_arrays(t, p)[1]))),
        (STD, ("std",), lambda t, p: float(m(_d(t, p)) ** 2 + np.std(_d(t, p)))),
        (STD, ("std",), lambda t, p: float(np.std(_d(t, p)))),
    ]


def _where(student, name, keys):
    """`` (`line`)``: the first line of ``name`` calling one of ``keys`` (np.var, y.std(), ...), or ""."""
    source, node = function(student, "loss", name)
    for call, _, _ in calls(node, set(keys or ())):
        return f" (`{statement_line(source, call)}`)"
    return ""


def _swapped_line(student):
    """`` (`line`)`` where mse_loss multiplies two differences of the same two names taken opposite ways."""
    source, node = function(student, "loss", "mse_loss")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Mult):
            a, b = sub.left, sub.right
            if all(isinstance(x, ast.BinOp) and isinstance(x.op, ast.Sub) for x in (a, b)) \
                    and ast.dump(a.left) == ast.dump(b.right) and ast.dump(a.right) == ast.dump(b.left):
                return f" Your line `{statement_line(source, sub)}` multiplies two differences taken opposite ways."
    return ""


def formula_hint(student):
    """The hint of the one neighbouring formula whose replay matches mse_loss's answers to both PROBES."""
    try:
        answers = [float(student.call("mse_loss", list(t), list(p))) for t, p in PROBES]
        rights = [_mse(t, p) for t, p in PROBES]
        if not np.all(np.isfinite(answers)) or np.allclose(answers, rights, rtol=1e-7, atol=1e-12):
            return None
        for text, keys, rule in _rules():
            values = [rule(t, p) for t, p in PROBES]
            if np.all(np.isfinite(values)) and np.allclose(answers, values, rtol=1e-7, atol=1e-12):
                where = _swapped_line(student) if text is SWAPPED else _where(student, "mse_loss", keys or ("exp", "maximum", "max"))
                what = {"var": "the variance of the targets (np.var)", "std": "the standard deviation of the targets"}
                t, p = PROBES[0]
                return text.format(t=list(t), p=list(p), got=answers[0], right=rights[0], where=where,
                                   what=what.get((keys or ("",))[0], ""))
        return None
    except Exception:  # noqa: BLE001
        return None


CROSS_ENTROPY = (
    "Your mse_loss_gradient is the gradient of the binary cross-entropy, (y_pred - y_true) / (y_pred * (1 - y_pred)) "
    "/ N{where}: mse_loss_gradient({t}, {p}) gives {got}, where the MSE's gradient is {right}. It divides by zero for a "
    "prediction of exactly 0 or 1 (hence the inf and nan). This exercise's loss is the mean squared error: each "
    "prediction appears in one term (y_pred - y_true) ** 2 / N, whose derivative is 2 * (y_pred - y_true) / N, "
    "with no division by y_pred * (1 - y_pred)."
)


def gradient_hint(student):
    """CROSS_ENTROPY where mse_loss_gradient's answers to both GRAD_PROBES are the cross-entropy's gradient."""
    try:
        for factor in (1.0, 2.0):
            answers, rights, seen = [], [], True
            for t, p in GRAD_PROBES:
                t, p = _arrays(t, p)
                got = np.asarray(student.call("mse_loss_gradient", list(t), list(p)), dtype=float).ravel()
                rule = factor * (p - t) / (p * (1 - p)) / p.size
                seen = seen and got.shape == rule.shape and np.allclose(got, rule, rtol=1e-7, atol=1e-12)
                answers.append(got)
                rights.append(2 * (p - t) / p.size)
            if seen:
                t, p = GRAD_PROBES[0]
                source, node = function(student, "loss", "mse_loss_gradient")
                line = next((statement_line(source, s) for s in ast.walk(node) if isinstance(s, ast.Return)), "") if node else ""
                return CROSS_ENTROPY.format(t=t, p=p, got=np.round(answers[0], 4).tolist(), right=np.round(rights[0], 4).tolist(),
                                            where=f" (`{line}`)" if line else "")
        return None
    except Exception:  # noqa: BLE001
        return None


KEYWORD = "Your {name} passes {key}= to {func}(){where}, so every call raises TypeError: {why}"


def error_hint(student, name, exc):
    """KEYWORD for a TypeError 'unexpected keyword argument' whose keyword the student's ``name`` passes."""
    try:
        message = exc.raised_message or ""
        if exc.raised != "TypeError" or "unexpected keyword argument" not in message:
            return None
        key = message.split("unexpected keyword argument")[1].strip(" '\"")
        source, node = function(student, "loss", name)
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call) and any(k.arg == key for k in sub.keywords):
                func = ast.unparse(sub.func)
                why = foreign_name_hint(exc.raised, message) or (
                    f"NumPy's {func} has no such keyword. Look up {func} in NumPy's documentation for the keywords it "
                    f"takes, and remove {key}=.")
                return KEYWORD.format(name=name, key=key, func=func, where=f" (`{statement_line(source, sub)}`)", why=why)
        return None
    except Exception:  # noqa: BLE001
        return None


ZIP_LONGEST = (
    "Your {name} pairs the values with itertools.zip_longest(...){where}, which pads the shorter input with the "
    "fillvalue, so inputs with different numbers of elements give a number instead of an error. A missing "
    "prediction is not a prediction of 0: check the sizes first and raise ValueError when y_true.size != "
    "y_pred.size (or use zip(..., strict=True), which raises for unequal lengths, or plain NumPy arrays)."
)


def size_check_hint(student, name):
    """ZIP_LONGEST where ``name``'s source calls zip_longest."""
    try:
        source, node = function(student, "loss", name)
        for call, _, _ in calls(node, {"zip_longest", "izip_longest"}):
            return ZIP_LONGEST.format(name=name, where=f" (`{statement_line(source, call)}`)")
        return None
    except Exception:  # noqa: BLE001
        return None


MATRIX = (
    "Your {name} turns an input into an np.matrix{where}: np.asmatrix (or np.matrix, np.mat) is always 2-D, so a "
    "vector of n predictions becomes a (1, n) matrix, and a number a (1, 1) one, and every result computed from it "
    "is an np.matrix too (NumPy even warns that the class is on its way out). Use np.asarray(y_pred, dtype=float), "
    "which keeps y_pred's own shape, (n,) for a vector and () for a number, and returns a plain ndarray."
)


def matrix_hint(student, name):
    """MATRIX where ``name``'s source calls np.asmatrix, np.matrix or np.mat."""
    try:
        if np.ndim(student.call(name, [1.0, 0.0, 1.0], [0.5, 0.25, 0.75])) != 2:  # a vector's answer made 2-D
            return None
        source, node = function(student, "loss", name)
        for call, _, owner in calls(node, {"asmatrix", "matrix", "mat"}):
            if owner in ("np", "numpy", None):
                return MATRIX.format(name=name, where=f" (`{statement_line(source, call)}`)")
        return None
    except Exception:  # noqa: BLE001
        return None
