"""Hints of the loss checks the nineteenth held-out corpus asked for, each confirmed on the student's own answers
or source before it is said: a neighbouring loss (squared log error, log-cosh, cross-entropy, absolute error)
in place of the MSE, np.concatenate used to flatten, an emptiness test written with any() or all(), a gradient
returned as a diagonal (Jacobian) matrix, and a value kept on the function from one call to the next. Loaded by
the loss checks with ``load_sibling``; every reader is called only once a check has failed, and never raises."""

import ast

import numpy as np

from autograder.grading.function_source import function, statement_line
from autograder.grading.kept_between_calls import stored_line
from autograder.sandbox.session import StudentError

PROBES = (([1.0, 0.0, 1.0], [0.2, 0.4, 0.9]), ([0.0, 1.0], [0.7, 0.3]))  # inside (0, 1): every member is defined


def _family(t, p):
    t, p = np.asarray(t, dtype=float), np.asarray(p, dtype=float)
    d = t - p
    with np.errstate(all="ignore"):
        return {
            "the mean squared logarithmic error, mean((log(1 + y_true) - log(1 + y_pred)) ** 2) (np.log1p)":
                np.mean((np.log1p(t) - np.log1p(p)) ** 2),
            "the log-cosh loss, mean(log(cosh(y_true - y_pred)))": np.mean(np.log(np.cosh(d))),
            "the binary cross-entropy, -mean(y_true * log(y_pred) + (1 - y_true) * log(1 - y_pred))":
                -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)),
            "the mean absolute error, mean(|y_true - y_pred|)": np.mean(np.abs(d)),
            "the mean of the squared differences of the logs, mean((log(y_true) - log(y_pred)) ** 2)":
                np.mean((np.log(np.where(t > 0, t, np.nan)) - np.log(p)) ** 2),
        }


NEIGHBOUR = (
    "Your mse_loss computes {what}, a neighbouring loss, not the mean squared error: mse_loss({t}, {p}) gives "
    "{got:.6g}, where the mean of the squared differences is {right:.6g}. The MSE takes no log, cosh or absolute "
    "value: square the plain differences and take their mean, np.mean((y_true - y_pred) ** 2)."
)


def neighbour_hint(student):
    """NEIGHBOUR where mse_loss's answers to both PROBES are one neighbouring loss's values."""
    try:
        answers = [float(student.call("mse_loss", t, p)) for t, p in PROBES]
        for what in _family(*PROBES[0]):
            values = [_family(t, p)[what] for t, p in PROBES]
            if np.all(np.isfinite(values)) and np.allclose(answers, values, rtol=1e-7, atol=1e-12):
                t, p = PROBES[0]
                right = float(np.mean((np.asarray(t) - np.asarray(p)) ** 2))
                return NEIGHBOUR.format(what=what, t=t, p=p, got=answers[0], right=right)
    except Exception:  # noqa: BLE001 - a reading never raises (a StudentError, an odd answer)
        return None
    return None


CONCATENATED = (
    "Your {name} flattens its inputs with np.concatenate (`{line}`), but np.concatenate joins a list of arrays "
    "into one: handed a 1-D array (or a list of numbers) it reads each number as an array of no dimensions, which "
    "it cannot join, so a flat input raises ValueError (only a column happened to work). To flatten any input, use "
    "np.ravel(y) or np.asarray(y, dtype=float).reshape(-1)."
)
EMPTY_BY_VALUE = (
    "Your {name} raised ValueError for inputs that are not empty: its emptiness test `{line}` asks about the "
    "values, not their number. {why} Here {arg} is all zeros ({shown}), which is not empty. Test how many elements "
    "there are instead: if {arg}.size == 0: raise ValueError(...)."
)
WHY = {"any": "any() is True when some value is nonzero, so `not x.any()` is True for all-zero values too.",
       "all": "all() is True only when every value is nonzero, so `not x.all()` is True as soon as one value is 0.",
       "bare": "An array used as a condition asks about its values, so all-zero values count as false."}


def _value_tests(node):
    """(if-statement, kind, argument name) of each if whose test asks any()/all() of a parameter and whose body raises."""
    for sub in ast.walk(node):
        if not isinstance(sub, ast.If) or not any(isinstance(s, ast.Raise) for s in ast.walk(ast.Module(sub.body, []))):
            continue
        for part in ast.walk(sub.test):
            if isinstance(part, ast.Call):
                called = ast.unparse(part.func)
                for kind in ("any", "all"):
                    if called.endswith(f".{kind}") and called != f"np.{kind}":
                        yield sub, kind, ast.unparse(part.func.value)
                    elif called in (f"np.{kind}", f"numpy.{kind}", kind) and part.args:
                        yield sub, kind, ast.unparse(part.args[0])


def error_hint(student, name, exc, y_true=None, y_pred=None):
    """CONCATENATED for NumPy's concatenate error where ``name``'s source calls concatenate; EMPTY_BY_VALUE for a
    ValueError raised on non-empty inputs of which one is all zeros, where the source raises under an any()/all()
    test of that input. ``y_true``, ``y_pred``: the inputs of the call that raised, when known."""
    try:
        if exc.raised != "ValueError":
            return None
        source, node = function(student, "loss", name)
        if node is None:
            return None
        if "concatenate" in exc.raised_message:
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and ast.unparse(sub.func).endswith("concatenate"):
                    stmts = [s for s in ast.walk(node) if isinstance(s, ast.stmt) and s is not node and sub in list(ast.walk(s))]
                    line = statement_line(source, stmts[-1]).split("\n")[0] if stmts else ast.unparse(sub)
                    return CONCATENATED.format(name=name, line=line.strip())
            return None
        if y_pred is None:
            return None
        given = {"y_true": y_true, "y_pred": y_pred}
        for test, kind, arg in _value_tests(node):
            values = np.asarray(given.get(arg, []), dtype=float)
            if values.size and not values.any():
                return EMPTY_BY_VALUE.format(name=name, line=statement_line(source, test).split("\n")[0],
                                             why=WHY[kind], arg=arg, shown=np.asarray(given[arg]).tolist())
    except Exception:  # noqa: BLE001 - a reading never raises
        return None
    return None


DIAGONAL = (
    "Your gradient is a ({n}, {n}) matrix with the right gradient on its diagonal and zeros elsewhere (np.diag of "
    "it, the Jacobian of an element-wise function): each prediction's derivative belongs in its own place, not on "
    "a diagonal. Return the gradient itself, 2 * (y_pred - y_true) / N, with y_pred's shape {shape}."
)


def diagonal_hint(got, numerical):
    """DIAGONAL where ``got`` is square, holds ``numerical`` (flattened) on its diagonal and zeros elsewhere."""
    try:
        got, right = np.asarray(got, dtype=float), np.asarray(numerical, dtype=float)
        n = right.size
        if n < 2 or got.shape != (n, n):
            return None
        if np.allclose(np.diag(got), right.ravel(), rtol=1e-5, atol=1e-8) and np.allclose(got - np.diag(np.diag(got)), 0.0):
            return DIAGONAL.format(n=n, shape=right.shape)
    except Exception:  # noqa: BLE001
        return None
    return None


KEPT = (
    "Your {name} keeps a value from one call to the next: {what} (`{line}`). A later call then reuses what an earlier "
    "call computed (from other inputs, of another size), so its answers are right only for inputs like the first. "
    "Compute everything inside each call, from this call's y_true and y_pred (N = y_pred.size each time), and "
    "keep nothing between calls."
)


def kept_hint(student, name):
    """KEPT where ``name``'s source stores a value between calls (and its check failed)."""
    found = stored_line(student, "loss", name)
    if found is None:
        return None
    line, what = found
    return KEPT.format(name=name, what=what, line=line.split("\n")[0])


UNREACHABLE = (
    "Your {name} returned None although it has a return line: `{line}` sits in the same block as `{before}`, after "
    "it, so it can never run (a raise or return ends the block), and every call that does not raise falls off the end "
    "of the function, which gives None. Dedent the return out of the if, to the function's own level, below the checks."
)


def expect_reachable_return(student, name, got, call):
    """Fail with UNREACHABLE where ``got`` is None and ``name``'s source has a return straight after a raise (or
    return) in one block; else do nothing."""
    if got is not None:
        return
    hint = None
    try:
        source, node = function(student, "loss", name)
        for owner in ast.walk(node) if node is not None else ():
            for field in ("body", "orelse"):
                block = getattr(owner, field, None)
                for first, then in zip(block, block[1:]) if isinstance(block, list) else ():
                    if isinstance(first, (ast.Raise, ast.Return)) and isinstance(then, ast.Return) and then.value is not None:
                        hint = UNREACHABLE.format(name=name, line=statement_line(source, then).split("\n")[0].strip(),
                                                  before=statement_line(source, first).split("\n")[0].strip())
    except Exception:  # noqa: BLE001 - a reading never raises
        hint = None
    if hint:
        from autograder.grading.compare import CheckFailed
        raise CheckFailed(f"{call} returned None (NoneType); it should return a single number (a float)", hint=hint)


MESSAGE_SUM = (
    "The {raised} comes from the line that builds your error message, `{line}`: + joins a str only to another str, "
    "not to a number such as y_true.size (an int). So the ValueError you meant to raise is never made. Build the message with an f-string, "
    "f\"y_true has {{y_true.size}} values ...\", or wrap each number in str(...)."
)


def message_hint(student, name, exc):
    """MESSAGE_SUM where ``exc`` is a TypeError about str and int and ``name``'s source raises with a message built by
    + of a string and something else."""
    try:
        if exc.raised != "TypeError" or "str" not in exc.raised_message:
            return None
        source, node = function(student, "loss", name)
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Raise) and sub.exc is not None:
                for part in ast.walk(sub.exc):
                    if isinstance(part, ast.BinOp) and isinstance(part.op, ast.Add) and any(
                            isinstance(s, ast.Constant) and isinstance(s.value, str) for s in (part.left, part.right)):
                        text = ast.unparse(part)
                        return MESSAGE_SUM.format(raised=exc.raised, line=text if len(text) < 90 else text[:87] + "...")
    except Exception:  # noqa: BLE001
        return None
    return None
