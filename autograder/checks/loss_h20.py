"""Hints of the loss checks the twentieth held-out corpus asked for, each confirmed on the student's own answers
or source before it is said: inputs reordered or rescaled before they are compared (sorted, reversed, divided by
their maximum, squeezed into [0, 1]), a gradient divided by y_pred's shape (a tuple) where the number of elements
belongs, and a write into an array NumPy marks read-only (np.nditer without op_flags=['readwrite'], the view of
np.broadcast_to). Loaded by the loss checks with ``load_sibling``; every reader is called only once a check has
failed, and never raises."""

import ast

import numpy as np

from autograder.grading.function_source import function, statement_line

# generic inputs: targets beyond [0, 1], maxima that differ from the largest magnitude, orders that matter
PROBES = (([3.0, -1.0, 2.0, 0.5], [1.0, 2.0, 2.5, -2.0]), ([0.2, 1.5, -2.5], [0.9, -0.4, 0.3]))

ORDER = "order"
SCALE = "scale"


def _by_max(v):
    return v / v.max()


def _min_max(v):
    return (v - v.min()) / (v.max() - v.min())


def _changes():
    """(kind, words, change of (t, p)) for each way of reordering or rescaling the inputs before comparing them."""
    return [
        (ORDER, "sorts both inputs (np.sort, sorted or .sort()) before comparing them, so the smallest target meets "
                "the smallest prediction, not its own", lambda t, p: (np.sort(t), np.sort(p))),
        (ORDER, "sorts y_pred (only) before comparing", lambda t, p: (t, np.sort(p))),
        (ORDER, "sorts y_true (only) before comparing", lambda t, p: (np.sort(t), p)),
        (ORDER, "sorts one input up and the other down", lambda t, p: (np.sort(t), np.sort(p)[::-1])),
        (ORDER, "reverses one input ([::-1], np.flip) before comparing", lambda t, p: (t, p[::-1])),
        (SCALE, "divides y_true by its maximum (y_true / y_true.max())", lambda t, p: (_by_max(t), p)),
        (SCALE, "divides y_pred by its maximum (y_pred / y_pred.max())", lambda t, p: (t, _by_max(p))),
        (SCALE, "divides both inputs by their maximum", lambda t, p: (_by_max(t), _by_max(p))),
        (SCALE, "divides y_true by its largest magnitude (np.abs(y_true).max())", lambda t, p: (t / np.abs(t).max(), p)),
        (SCALE, "squeezes y_true into [0, 1] ((y_true - min) / (max - min))", lambda t, p: (_min_max(t), p)),
        (SCALE, "squeezes both inputs into [0, 1] ((v - min) / (max - min))", lambda t, p: (_min_max(t), _min_max(p))),
        (SCALE, "divides y_true by its sum", lambda t, p: (t / t.sum(), p)),
    ]


REORDERED = (
    "Your mse_loss {what}: mse_loss({t}, {p}) gives {got:.6g}, which is the MSE of the inputs reordered that way, "
    "where the MSE of the inputs as given is {right:.6g}. The MSE pairs each target with its own prediction, element i "
    "of y_true with element i of y_pred, in the order they come: do not sort or reorder either input, only flatten them."
)
RESCALED = (
    "Your mse_loss {what}: mse_loss({t}, {p}) gives {got:.6g}, which is the MSE of the rescaled inputs, where the MSE "
    "of the inputs as given is {right:.6g}. The targets may be any real numbers, not only values between 0 and 1, and "
    "the MSE compares the values exactly as given: remove the rescaling (normalising) line and square the plain "
    "differences, np.mean((y_true - y_pred) ** 2)."
)


def _mse(t, p):
    return float(np.mean((np.asarray(t, dtype=float) - np.asarray(p, dtype=float)) ** 2))


def inputs_hint(student):
    """REORDERED or RESCALED where mse_loss's answers to both PROBES are the MSE of the inputs changed one way."""
    try:
        answers = [float(student.call("mse_loss", list(t), list(p))) for t, p in PROBES]
        if not np.all(np.isfinite(answers)):
            return None
        rights = [_mse(t, p) for t, p in PROBES]
        if np.allclose(answers, rights, rtol=1e-7, atol=1e-12):
            return None
        for kind, what, change in _changes():
            values = [_mse(*change(np.asarray(t, dtype=float), np.asarray(p, dtype=float))) for t, p in PROBES]
            if np.all(np.isfinite(values)) and np.allclose(answers, values, rtol=1e-7, atol=1e-12) \
                    and not np.allclose(values, rights, rtol=1e-7, atol=1e-12):
                t, p = PROBES[0]
                text = REORDERED if kind == ORDER else RESCALED
                return text.format(what=what, t=list(t), p=list(p), got=answers[0], right=rights[0])
    except Exception:  # noqa: BLE001 - a reading never raises (a StudentError, an odd answer)
        return None
    return None


SHAPE_DIVISOR = (
    "Your gradient is divided by y_pred's shape, {shape}, where the number of elements N belongs: a shape is a tuple "
    "of lengths, not a number, so NumPy turns it into the array {array} and divides element by element, broadcasting "
    "against the last axis: here the {given} input gave a result of shape {got}{values}. Divide by the number of "
    "elements instead, y_pred.size (the product of the shape's lengths): 2 * (y_pred - y_true) / y_pred.size."
)


def _by_shape(t, p):
    t, p = np.asarray(t, dtype=float), np.asarray(p, dtype=float)
    return 2.0 * (p - t.reshape(p.shape)) / np.array(p.shape, dtype=float)


def shape_divisor_hint(student, got, y_true, y_pred):
    """SHAPE_DIVISOR where ``got`` (the answer for y_true, y_pred of 2 or more axes) is 2 * (y_pred - y_true) divided
    by the array of y_pred's shape, and the student's gradient, asked again on a (3, 2) pair, is that too."""
    try:
        p = np.asarray(y_pred, dtype=float)
        if p.ndim < 2 or np.shape(got) != _by_shape(y_true, y_pred).shape:
            return None
        if not np.allclose(np.asarray(got, dtype=float), _by_shape(y_true, y_pred), rtol=1e-7, atol=1e-12):
            return None
        t2 = np.array([[0.5, -1.0], [1.0, 3.0], [2.5, 0.0]])  # (3, 2): divisible by its shape's array [3, 2]
        p2 = np.array([[1.5, 0.5], [0.0, 1.0], [1.0, 2.0]])
        again = np.asarray(student.call("mse_loss_gradient", t2, p2), dtype=float)
        if again.shape != (3, 2) or not np.allclose(again, _by_shape(t2, p2), rtol=1e-7, atol=1e-12):
            return None
        values = "" if np.shape(got) != p.shape else ", each column divided by another length"
        return SHAPE_DIVISOR.format(shape=p.shape, array=list(p.shape), given=p.shape, got=np.shape(got), values=values)
    except Exception:  # noqa: BLE001
        return None


READ_ONLY = (
    "Your {name} writes into an array NumPy marks read-only (ValueError: assignment destination is read-only){where}. "
    "{why} Compute the result with whole-array arithmetic, 2 * (y_pred - y_true) / N, or write into an array of your "
    "own, made with np.empty_like(...), np.zeros_like(...) or .copy()."
)
WHY = {
    "nditer": "np.nditer hands out its operands read-only unless you ask otherwise, so an assignment such as "
              "`out[...] = ...` inside the loop is refused: it needs op_flags=[['readwrite'], ['readonly']] (one flag list per operand), or better, "
              "no loop at all.",
    "broadcast_to": "np.broadcast_to returns a read-only view (one value shared by many places), which may not be "
                    "written into.",
    "writeable": "An array whose flags.writeable is False may not be written into.",
    "": "A view such as np.nditer's operands (without op_flags=['readwrite']) or np.broadcast_to's result may not be "
        "written into: look for the line that assigns into one of those.",
}


def error_hint(student, name, exc):
    """READ_ONLY for NumPy's read-only ValueError, naming np.nditer or np.broadcast_to where ``name``'s source calls it."""
    try:
        if exc.raised != "ValueError" or "read-only" not in (exc.raised_message or ""):
            return None
        source, node = function(student, "loss", name)
        kind, where = "", ""
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call):
                called = ast.unparse(sub.func)
                for key in ("nditer", "broadcast_to"):
                    if called.endswith(key) and not kind:
                        kind, where = key, f" (`{statement_line(source, sub).split(chr(10))[0].strip()}`)"
            if isinstance(sub, ast.Attribute) and sub.attr == "writeable" and not kind:
                kind = "writeable"
        return READ_ONLY.format(name=name, where=where, why=WHY[kind])
    except Exception:  # noqa: BLE001
        return None


UNRAISED = (
    "Your {name} builds the exception but never raises it: `{line}` makes a ValueError object and throws it away, "
    "so the function goes on as if the sizes were fine (one value against four broadcasts and gives a number). An "
    "exception stops the function only with raise in front: raise ValueError(...)."
)
BROADCAST_TEST = (
    "Your {name} tests the inputs with `{line}`, which asks whether NumPy can broadcast the two shapes, not whether "
    "they hold the same number of elements: (4,) against (1,) broadcasts (NumPy repeats the single value), so it "
    "passes and the function returns a number. Compare the element counts instead: "
    "raise ValueError when y_true.size and y_pred.size differ."
)
CHECK_IN_EXCEPT = (
    "Your {name} subtracts the inputs first and checks (and flattens) them only in `except` (`{line}`), that is "
    "only when NumPy raises. But many mismatches never raise: (4,) against (1,) broadcasts the single value, and "
    "(n,) against (n, 1) broadcasts into an (n, n) table of every pair, so the size check never runs. Flatten both "
    "inputs and compare their sizes first, before any arithmetic, with no try around it."
)


def size_check_hint(student, name):
    """UNRAISED, BROADCAST_TEST or CHECK_IN_EXCEPT where ``name`` (which let inputs of different sizes through)
    has, in its source, an exception built on a line of its own, a broadcast test, or its raise inside an except."""
    try:
        source, node = function(student, "loss", name)
        if node is None:
            return None
        first = lambda sub: statement_line(source, sub).split("\n")[0].strip()  # noqa: E731
        raised = {ast.unparse(sub.exc) for sub in ast.walk(node) if isinstance(sub, ast.Raise) and sub.exc is not None}
        for sub in ast.walk(node):
            built = isinstance(getattr(sub, "value", None), ast.Call) and \
                ast.unparse(sub.value.func).split(".")[-1].endswith(("Error", "Exception"))
            if built and isinstance(sub, ast.Expr):
                return UNRAISED.format(name=name, line=f"{ast.unparse(sub.value.func)}(...)")
            if built and isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name) \
                    and sub.targets[0].id not in raised:
                return UNRAISED.format(name=name, line=f"{sub.targets[0].id} = {ast.unparse(sub.value.func)}(...)")
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and ast.unparse(sub.func).split(".")[-1] in (
                    "broadcast_shapes", "broadcast_arrays", "broadcast", "broadcast_to"):
                return BROADCAST_TEST.format(name=name, line=first(sub))
        for sub in ast.walk(node):
            if isinstance(sub, ast.Try):
                for handler in sub.handlers:
                    inner = list(ast.walk(ast.Module(handler.body, [])))
                    sizes = ("size", "shape", "ravel", "reshape", "flatten", "len")
                    if any(isinstance(s, ast.Raise) for s in inner) and any(
                            (isinstance(s, ast.Attribute) and s.attr in sizes)
                            or (isinstance(s, ast.Call) and ast.unparse(s.func).split(".")[-1] in sizes) for s in inner):
                        return CHECK_IN_EXCEPT.format(name=name, line=first(handler))
    except Exception:  # noqa: BLE001
        return None
    return None


ROUNDED = (
    "Your gradient is the right one rounded to {k} decimals (np.round or round(..., {k})): {got:.10g} where the exact "
    "value is {right:.10g}. Gradients are often tiny, and rounding turns them into steps of 1e-{k} (or into 0), so do "
    "not round inside the function: return the full value, 2 * (y_pred - y_true) / N, and round only when you print."
)


def rounded_hint(got, y_true, y_pred):
    """ROUNDED where ``got`` equals the exact gradient rounded to k decimals (k from 0 to 8) and is not exact."""
    try:
        t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
        right = 2.0 * (p - t.reshape(p.shape)) / p.size
        got = np.asarray(got, dtype=float)
        if got.shape != right.shape or np.allclose(got, right, rtol=1e-9, atol=1e-12):
            return None
        for k in range(9):
            if np.allclose(got, np.round(right, k), rtol=1e-12, atol=1e-12):
                at = int(np.argmax(np.abs(got - right)))
                return ROUNDED.format(k=k, got=float(got.flat[at]), right=float(right.flat[at]))
    except Exception:  # noqa: BLE001
        return None
    return None
