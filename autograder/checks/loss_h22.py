"""Hints and small checks of the loss exercise the twenty-second held-out corpus asked for: a loss returned as an
int when it is a whole number, a float32 gradient, a check of the student's own that refuses inputs the spec
accepts (a column y_pred, targets other than 0 and 1), squared errors capped at 1, the largest error dropped as an
outlier, and a gradient divided by N only for flat inputs. Loaded by the loss checks with ``load_sibling``; the
readers run only once a check has failed and never raise; the two checks (``expect_float_when_whole``,
``expect_double``) ask the student once more, or look at the answer already in hand."""

import ast

import numpy as np

from autograder.grading import tracebacks
from autograder.grading.compare import CheckFailed, Misconception
from autograder.grading.function_source import function, statement_line
from autograder.grading.own_guard import own_guard_hint

WHOLE = (
    "Your mse_loss returns {kind} {got!r} where the loss is the whole number {want}: the spec says mse_loss returns "
    "a float every time, whole or not (code that adds losses up or prints them expects one type). Return "
    "float(...) of the mean and do not turn whole numbers into an int (int(loss), round(loss) or a // division)."
)


def expect_float_when_whole(student):
    """mse_loss must return a float (not an int) for a loss that is a whole number: [1, 0] against [0, 1] is 1.0 and
    [2, 2] against [2, 2] is 0.0. Wrong values or errors here are for the other cases of the check to name."""
    for y_true, y_pred, want in (([1.0, 0.0], [0.0, 1.0], 1.0), ([2.0, 2.0], [2.0, 2.0], 0.0)):
        try:
            got = student.call("mse_loss", y_true, y_pred)
        except Exception:  # noqa: BLE001 - raising is named by the other cases
            return
        if isinstance(got, (int, np.integer)) and not isinstance(got, (bool, np.bool_)) and got == want:
            kind = "the Python int" if isinstance(got, int) else f"the NumPy integer ({np.asarray(got).dtype})"
            raise CheckFailed(f"mse_loss({y_true}, {y_pred}) returned {kind} {got!r}; it should return the float {want}",
                              hint=WHOLE.format(kind=kind, got=got, want=want))


NARROW = (
    "Your gradient is {dtype}, which keeps only about {digits} significant digits: the spec's float array is NumPy's "
    "default, float64. Wherever you convert the inputs or the result, use dtype=float (or np.float64), not "
    "{dtype}, so that the gradient is computed and returned in double precision."
)


def expect_double(got, call):
    """A gradient whose values are right but whose dtype is a narrower float than float64 (float32, float16)."""
    dtype = getattr(got, "dtype", None)
    if dtype is not None and dtype.kind == "f" and dtype.itemsize < 8:
        raise CheckFailed(f"{call}: the gradient has dtype {dtype}; it should be float64",
                          hint=NARROW.format(dtype=dtype, digits={4: 7, 2: 3}.get(dtype.itemsize, 7)))


ALLOWED = ("Here, where your raise fires: {why} The only errors the spec asks for are different numbers of "
           "elements, or none: remove this check{fix}.")  # said after the kit's general reading (grading.own_guard)
SHAPE_WHY = ("Inputs may have any shape, an (n, 1) column of predictions included, as long as the element counts "
             "match; the gradient then has y_pred's shape.")
VALUES_WHY = ("It looks at the targets' values (it rejects values, not sizes), and the MSE takes any real targets, not only 0 or 1: the lesson's 0/1 labels are one example, not a rule "
              "(a regression target may be 3.7 or -2).")


def _refusing_if(node, message):
    """The ``if`` of ``node`` whose body raises ValueError with a text found in ``message``, or None."""
    found = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.If):
            for stmt in sub.body:
                if isinstance(stmt, ast.Raise) and stmt.exc is not None:
                    texts = [c.value for c in ast.walk(stmt.exc) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
                    if "ValueError" in ast.unparse(stmt.exc) and any(t.strip() and t.strip() in message for t in texts):
                        found.append(sub)
    return found[0] if len(found) == 1 else None


def refused_hint(student, name, exc, y_true, y_pred):
    """The kit's reading of the student's own raise (``own_guard_hint``: the line, the condition that fired, what
    its names held), with what the MSE takes (ALLOWED) after it, where ``name`` raised ValueError from a raise
    statement of its own whose condition looks at the shape (ndim, shape) or at the values (not at the size),
    for inputs of equal, non-zero sizes."""
    try:
        if exc.raised != "ValueError" or not tracebacks.code_of_last_line(exc.detail).startswith("raise"):
            return None
        t, p = np.asarray(y_true), np.asarray(y_pred)
        if t.size != p.size or p.size == 0:
            return None
        source, node = function(student, "loss", name)
        found = _refusing_if(node, exc.raised_message or "") if node is not None else None
        if found is None:
            return None
        cond = ast.unparse(found.test)
        if "size" in cond or "shape[0]" in cond:
            return None  # a count of elements, the other readers' story
        if "ndim" in cond or "shape" in cond:
            why, fix = SHAPE_WHY, " (flatten inside the function if you need flat arrays, and reshape the result to y_pred.shape)"
        elif "len(" not in cond and {n.id for n in ast.walk(found.test) if isinstance(n, ast.Name)} & {"y_true", "y_pred"} == {"y_true"}:
            why, fix = VALUES_WHY, ""
        else:
            return None
        read = own_guard_hint(exc.detail, getattr(exc, "held", None), source)
        return f"{read} {ALLOWED.format(why=why, fix=fix)}" if read else None
    except Exception:  # noqa: BLE001
        return None


CAPPED = ("Your loss caps each squared error at 1 (np.minimum(d ** 2, 1), np.clip or min(..., 1)), so an error larger "
          "than 1 counts as 1: that is a 'robust', truncated loss, not the MSE. Average the squared differences as "
          "they are, np.mean((y_true - y_pred) ** 2), however large they get.")
TRIMMED = ("Your loss leaves out the largest squared error (as an outlier) before it averages the others: the MSE "
           "averages every squared difference, the largest included. Drop the sort, max or [:-1] and take "
           "np.mean((y_true - y_pred) ** 2) over all N elements.")


def robust_mistakes(t, p):
    """The squared errors capped at 1, and the mean without the largest one, for inputs ``t`` and ``p``."""
    try:
        squares = (np.asarray(t, dtype=float).ravel() - np.asarray(p, dtype=float).ravel()) ** 2
        if squares.size < 2 or np.ptp(squares) == 0:
            return []
        found = [Misconception(TRIMMED, float(np.mean(np.sort(squares)[:-1])))]
        if squares.max() > 1:
            found.append(Misconception(CAPPED, float(np.mean(np.minimum(squares, 1.0)))))
        return found
    except Exception:  # noqa: BLE001
        return []


FLAT_ONLY = (
    "Your gradient is right for a flat y_pred but {factor} times too large for y_pred of shape {shape}: there it is "
    "not divided by N. {where}Divide 2 * (y_pred - y_true) by N = y_pred.size for every shape, not only for "
    "1-D inputs: the mean runs over all the elements, whatever the shape."
)


def flat_only_hint(student, cases, replies):
    """FLAT_ONLY where every 1-D case before the failure is right and every case with more axes is the undivided
    2 * (y_pred - y_true), and the student's gradient looks at ndim or shape."""
    try:
        flat_right, undivided, first = 0, 0, None
        for (y_true, y_pred, _), (got, _, _) in zip(cases, replies.before_failure()):
            t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
            if t.size != p.size or p.size < 2:
                continue
            diff = (p.ravel() - t.ravel()).reshape(p.shape)
            got = np.asarray(got, dtype=float)
            if got.shape != p.shape:
                return None
            if p.ndim == 1 and np.allclose(got, 2 * diff / p.size, rtol=1e-6, atol=1e-12):
                flat_right += 1
            elif p.ndim > 1 and np.allclose(got, 2 * diff, rtol=1e-6, atol=1e-12):
                undivided += 1
                first = first or p.shape
            else:
                return None
        if not (flat_right and undivided):
            return None
        source, node = function(student, "loss", "mse_loss_gradient")
        ifs = [s for s in ast.walk(node) if isinstance(s, ast.If) and ("ndim" in ast.unparse(s.test) or "shape" in ast.unparse(s.test))] if node else []
        where = f"Line {ifs[0].lineno}, `{statement_line(source, ifs[0])}`, sends the other shapes past the division. " if ifs else ""
        return FLAT_ONLY.format(factor=int(np.prod(first)), shape=first, where=where)
    except Exception:  # noqa: BLE001
        return None


FALLBACK = (
    "Line {line} of your loss.py, in {name}, `{handler}`, catches the ValueError that comes when the two inputs cannot be lined "
    "up (different numbers of elements) and carries on with another computation{then}: there NumPy broadcasts one "
    "value against several without a word, so shapes {t} and {p} give a gradient instead of an error. Do not catch "
    "that error: take the try/except away (reshape's own ValueError is then the answer), or compare y_true.size with "
    "y_pred.size first and raise ValueError when they differ."
)


def fallback_hint(student, name, shapes):
    """FALLBACK where ``name``'s source has a try whose handler for ValueError (or every exception) does not raise
    or return but goes on (an assignment, a fallback); ``shapes``: the two shapes that went through."""
    try:
        source, node = function(student, "loss", name)
        for sub in ast.walk(node) if node is not None else ():
            if not isinstance(sub, ast.Try) or not any(
                    (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub)) or (isinstance(n, ast.Attribute) and n.attr == "reshape")
                    for b in sub.body for n in ast.walk(b)):
                continue  # a try that lines up or subtracts the inputs, nothing else
            for handler in sub.handlers:
                caught = ast.unparse(handler.type) if handler.type is not None else "Exception"
                if not any(n in caught for n in ("ValueError", "Exception")):
                    continue
                if any(isinstance(s, (ast.Raise, ast.Return)) for b in handler.body for s in ast.walk(b)):
                    continue
                assigns = [s for s in handler.body if isinstance(s, (ast.Assign, ast.AugAssign))]
                if not assigns:
                    continue
                then = f" (`{statement_line(source, assigns[0])}`)"
                return FALLBACK.format(line=handler.lineno, name=name, handler=statement_line(source, handler),
                                       then=then, t=shapes[0], p=shapes[1])
        return None
    except Exception:  # noqa: BLE001
        return None


MISMATCHES = ("Your loss is the fraction of predictions that differ from their targets (np.mean(y_true != y_pred), an "
              "error rate): it counts each mismatch as 1, however near or far. The MSE squares each difference and "
              "averages the squares: np.mean((y_true - y_pred) ** 2).")


def mismatch_mistakes(t, p):
    """The fraction of elements where ``t`` and ``p`` differ."""
    try:
        t, p = np.asarray(t, dtype=float).ravel(), np.asarray(p, dtype=float).ravel()
        return [Misconception(MISMATCHES, float(np.mean(t != p)))] if t.size == p.size > 0 else []
    except Exception:  # noqa: BLE001
        return []


AXIS_SUM = (
    "Your gradient has shape {got} where y_pred's shape {want} belongs: `{line}` sums it along an axis, which removes "
    "that axis (and, where it has several columns, adds them together). The gradient has one value per element of "
    "y_pred, in y_pred's shape: return 2 * (y_pred - y_true) / N without the sum."
)


def axis_sum_hint(student, got, right):
    """AXIS_SUM where ``got`` is ``right`` (the right gradient) summed along one axis, and mse_loss_gradient's source
    calls sum with an axis."""
    try:
        right = np.asarray(right, dtype=float)
        got = np.asarray(got, dtype=float)
        if right.ndim < 2 or got.shape == right.shape:
            return None
        if not any(got.shape == right.sum(axis=a).shape and np.allclose(got, right.sum(axis=a), rtol=1e-6, atol=1e-12)
                   for a in range(right.ndim)):
            return None
        source, node = function(student, "loss", "mse_loss_gradient")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call) and ast.unparse(sub.func).split(".")[-1] == "sum" and any(k.arg == "axis" for k in sub.keywords):
                return AXIS_SUM.format(got=got.shape, want=right.shape, line=statement_line(source, sub))
        return None
    except Exception:  # noqa: BLE001
        return None
