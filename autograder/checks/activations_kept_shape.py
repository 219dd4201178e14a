"""A hint of the activations checks for an activation that flattens its input: once a single number came back as
an array of shape (1,), the function is asked again on a 2-D array, and when that comes back as one flat row
of as many values, the hint says the input is flattened, quoting the student's own flatten, ravel or
reshape(-1) line when their source has one (in the function itself, or in the function a derivative is built
on). Asked only after a check failed. Said in words, never as a solution's code line.

Loaded by ``activations_calls.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.grading import function_source as source

BUILT_ON = {"sigmoid_derivative": "sigmoid", "tanh_derivative": "tanh", "relu_derivative": "relu",
            "leaky_relu_derivative": "leaky_relu"}
GRID = np.array([[0.5, -1.0, 2.0], [0.0, 1.5, -0.5]])
FLATTENED = (
    "Your {name} flattens its input{where}: a single number comes back as an array of shape (1,), and a 2-D array "
    "as one flat row (shape (2, 3) gives shape (6,)). An activation works element by element and keeps its "
    "input's shape, whatever it is: NumPy's functions already take a number, a vector or a batch of rows as they "
    "are. Leave out the flatten (flatten, ravel or reshape(-1)); np.asarray(z, dtype=float) alone is enough."
)
BUILT_ON_FLAT = (
    "Your {name} is built on your {function}, which flattens its input{where}: a single number comes back as an "
    "array of shape (1,), and a 2-D array as one flat row (shape (2, 3) gives shape (6,)). An activation keeps "
    "its input's shape: leave out the flatten (flatten, ravel or reshape(-1)) in {function}, and {name} follows."
)


def flattened_hint(student, name):
    """FLATTENED (or BUILT_ON_FLAT) when ``name`` gives a 2-D array back flat; None otherwise."""
    try:
        if not _flat(student, name):
            return None
        line = _flatten_line(student, name)
        if line is None and name in BUILT_ON and _flat(student, BUILT_ON[name]):
            found = _flatten_line(student, BUILT_ON[name])
            where = f" (`{found[0]}`, line {found[1]})" if found else ""
            return BUILT_ON_FLAT.format(name=name, function=BUILT_ON[name], where=where)
        return FLATTENED.format(name=name, where=f" (`{line[0]}`, line {line[1]})" if line else "")
    except Exception:
        return None


def _flat(student, name):
    try:
        got = np.asarray(student.call(name, GRID.copy()))
        return got.shape == (GRID.size,)
    except Exception:
        return False


def _flatten_line(student, name):
    """(text, line number) of the one call in ``name`` that flattens (x.flatten(), x.ravel(), np.ravel(x),
    x.reshape(-1)), or None."""
    text, node = source.function(student, "activations", name)
    if node is None:
        return None
    found = []
    for call in ast.walk(node):
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
            continue
        attr = call.func.attr
        minus_one = [a for a in call.args if isinstance(a, ast.UnaryOp) and isinstance(a.operand, ast.Constant)
                     and a.operand.value == 1]
        if attr in ("flatten", "ravel") or (attr == "reshape" and len(call.args) == 1 and minus_one):
            found.append(call)
    if len(found) != 1:
        return None
    return source.statement_line(text, found[0]), found[0].lineno
