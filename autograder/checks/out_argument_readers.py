"""A NumPy update written with ``out=`` into the wrong array: the result lands in the gradient, not the parameter.

``np.subtract(param, lr * grad, out=param)`` updates the parameter in place; ``out=`` names the array that
receives the result, so ``out=grad`` (or any array other than the one being updated) leaves the parameter as
it was and overwrites the other array. The reader runs only once the check of a step has failed and some
parameter kept its old value; it reads the student's parsed source for an ``np.subtract`` or ``np.add`` whose
``out=`` is not its first operand.

Loaded with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import ast

import numpy as np

from autograder.grading.function_source import calls, function, statement_line

OUT_ELSEWHERE = (
    "Line {lineno} of your {module}.py, in {function}, `{line}`, writes its result with out={target}: out= names the array that "
    "receives the result, so the new values land in {target} and the parameter itself ({kept} here) keeps its old "
    "value{grads}. Write the result into the parameter: out={first} (np.{call}({first}, ..., out={first})), or simply "
    "{first} -= self.lr * grads[name]."
)


def out_elsewhere_hint(student, module, qualname, params, after) -> str | None:
    """OUT_ELSEWHERE where some parameter in ``after`` (its values after one step, by name) equals its value in
    ``params`` and ``qualname``'s source has np.subtract / np.add whose out= is not its first operand."""
    try:
        kept = [n for n in params if np.array_equal(np.asarray(after[n], dtype=float), np.asarray(params[n], dtype=float))]
        if not kept:
            return None
        source, node = function(student, module, qualname)
        for call, name, _ in calls(node, {"subtract", "add"}):
            out = next((k.value for k in call.keywords if k.arg == "out"), None)
            if out is None or not call.args:
                continue
            target, first = ast.unparse(out), ast.unparse(call.args[0])
            if target.strip("() ,") == first:
                continue
            statement = next(s for s in ast.walk(node) if isinstance(s, ast.stmt) and not isinstance(s, (ast.For, ast.While, ast.If, ast.With, ast.FunctionDef))
                             and any(c is call for c in ast.walk(s)))
            grads = ", and the gradients you were given are overwritten" if "grad" in target.lower() else ""
            return OUT_ELSEWHERE.format(lineno=statement.lineno, module=module, function=qualname, line=statement_line(source, statement),
                                        target=target, kept=", ".join(kept), grads=grads, first=first, call=name)
        return None
    except Exception:
        return None
