"""Which call in the student's mse_loss_gradient changes y_pred's shape: read once the gradient came back with a
shape other than y_pred's (the check's shape branch), from the student's own text.

``np.squeeze`` drops every axis of length 1 (an (n, 1) column becomes (n,), a (1,) array a 0-d one);
``np.atleast_2d`` adds one in front ((n,) becomes (1, n), a number (1, 1)); ``np.atleast_1d`` turns a number
into shape (1,). (A flattened column has the check's own hint.) The hint quotes the student's line and
says what the call does to the shape, where the gradient's shape shows that very change.
"""

from __future__ import annotations

import ast

from autograder.grading.function_source import function, statement_line

CHANGES = {
    "squeeze": "drops every axis of length 1: an (n, 1) column becomes (n,), a one-element array a 0-d one",
    "atleast_2d": "adds an axis in front of anything with fewer than two: a vector (n,) becomes a row (1, n), "
                  "a number (1, 1)",
    "atleast_1d": "turns a number into a one-element array of shape (1,)",
    "atleast_3d": "adds axes until there are three",
}
SAID = (
    "Line {line} of your loss.py, `{code}`: {call} {change}. That is why your gradient has shape {got} where "
    "y_pred's shape {want} belongs: the gradient must have y_pred's own shape, one partial derivative per "
    "prediction, whatever shape y_pred comes in. Convert with np.asarray(y_pred, dtype=float) alone, which keeps "
    "the shape, and leave out {name}."
)


def _fits(name: str, got: tuple, want: tuple) -> bool:
    """Whether ``name``'s change of shape turns ``want`` into ``got``."""
    if name == "squeeze":
        return got == tuple(n for n in want if n != 1)
    if name == "atleast_2d":
        return len(want) < 2 and got == (1,) * (2 - len(want)) + want
    if name == "atleast_1d":
        return want == () and got == (1,)
    if name == "atleast_3d":
        return len(want) < 3 and len(got) == 3
    return False


def lost_shape_hint(student, got, want) -> str | None:
    """SAID for the call of the student's mse_loss_gradient whose change of shape turns y_pred's ``want`` into the
    gradient's ``got``; None when no call there makes that change."""
    try:
        source, node = function(student, "loss", "mse_loss_gradient")
        if node is None:
            return None
        got, want = tuple(got), tuple(want)
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name in CHANGES and _fits(name, got, want) and "y_pred" in ast.unparse(call):
                statement = next(s for s in ast.walk(node) if isinstance(s, ast.stmt) and not isinstance(s, ast.FunctionDef)
                                 and any(c is call for c in ast.walk(s)) and s.lineno == call.lineno)
                return SAID.format(line=call.lineno, code=statement_line(source, statement), call=ast.unparse(call),
                                   change=CHANGES[name], got=got, want=want, name=name)
        return None
    except Exception:  # noqa: BLE001 - a reading that fails says nothing
        return None
