"""A NumPy reduction (np.max, np.sum, ...) handed its options by position: np.max(z, -1, True) gives True to out,
the third positional parameter, not to keepdims, and NumPy raises "return arrays must be of ArrayType". Read off
the student's line the error names; used by ``errors.py`` for that TypeError."""

import ast

REDUCTIONS = {"max", "min", "sum", "mean", "amax", "amin", "prod", "std", "var", "any", "all", "nanmax", "nanmin",
              "nansum", "nanmean", "argmax", "argmin", "cumsum", "median", "average", "ptp"}
REDUCTION_OUT = (
    "Your line{line} hands {call}'s options by position: after {before}, the next positional "
    "parameter of {call} is out (an array to write the result into), not keepdims, so your {value} went to out, "
    "which must be an array: hence this TypeError. Give the options by name: {fix}."
)


def reduction_out_hint(code: str):
    """REDUCTION_OUT when ``code`` (one line of the student's) calls a NumPy reduction with an out position
    filled: np.max(z, axis, x) or z.max(axis, x); else None."""
    try:
        tree = ast.parse(code.strip())
    except (SyntaxError, ValueError, RecursionError):
        return None
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REDUCTIONS):
            continue
        owner = node.func.value
        module = isinstance(owner, ast.Name) and owner.id in ("np", "numpy")
        at = 2 if module else 1  # np.max(a, axis, out) or a.max(axis, out)
        if len(node.args) > at:
            call = f"np.{node.func.attr}" if module else f".{node.func.attr}"
            line = f" `{code.strip()}`" if len(code.strip()) <= 80 else ""
            value = ast.unparse(node.args[at]) if len(ast.unparse(node.args[at])) <= 20 else "value"
            fix = f"{call}(z, axis=-1, keepdims=True)" if module else f"z{call}(axis=-1, keepdims=True)"
            return REDUCTION_OUT.format(line=line, call=call, value=value, fix=fix,
                                        before="the array and the axis" if module else "the axis")
    return None
