"""A NumPy function given an argument by position that its signature puts in another parameter than the one
the student meant: ``np.max(z, -1, True)`` (True is out, not keepdims), ``np.zeros(3, 1)`` (1 is the dtype,
not a second size), ``np.concatenate(a, b)`` (b is the axis, not a second array), ``np.add(a, b, c)`` (c is
out, not a third term), ``np.reshape(x, 3, 1)`` (1 is the order).

Read off one line of the student's code, the line an error was raised on, with NumPy's own signatures (so
every NumPy function is covered, not a list of them). What it states is a fact about the line (where each
argument goes); it is said only where an argument lands in a parameter that is never given by position on
purpose (out, order, keepdims, where...), or a dtype that is not a type, or a second array where the first
parameter already takes them all. Pure; never raises.
"""

from __future__ import annotations

import ast
import functools
import inspect

import numpy as np

ROLES = {
    "axis": "the axis to work along",
    "out": "the array to write the result into",
    "dtype": "the type of the result's entries",
    "order": "the memory layout, 'C' or 'F'",
    "keepdims": "whether to keep the reduced axis",
    "initial": "the value the reduction starts from",
    "where": "a mask of the entries that take part",
    "casting": "the casting rule",
    "subok": "whether subclasses pass through",
    "copy": "whether to copy",
    "like": "an array whose kind the result takes",
    "ndmin": "the least number of dimensions",
    "device": "the device",
}
MANY_FIRST = ("arrays", "tup")  # np.concatenate, np.stack, np.vstack, np.hstack take every array in one sequence
TYPE_NAMES = {"float", "int", "bool", "complex", "object", "str"}
METHOD_REDUCTIONS = {"max", "min", "sum", "mean", "prod", "std", "var", "any", "all", "argmax", "argmin", "cumsum",
                     "cumprod", "round"}  # an array's method takes its options in np.<name>'s order, less the array
BY_POSITION = (
    "On your line `{code}`, {call} takes its arguments in the order {call}({order}): given by position, {value} "
    "goes to {param} ({role}), not where you meant it{consequence}. {fix}"
)


def _numpy_object(dotted: str) -> object | None:
    """NumPy's object named ``dotted`` (``add``, ``linalg.norm``), or None."""
    found = np
    for part in dotted.split("."):
        found = getattr(found, part, None)
        if found is None:
            return None
    return found


@functools.lru_cache(maxsize=256)
def _positional(dotted: str) -> tuple[str, ...] | None:
    """The names of NumPy's ``dotted`` function's parameters that can be given by position; None when it is not
    one of NumPy's functions or its signature cannot be read."""
    found = _numpy_object(dotted)
    if found is None:
        return None
    try:
        parameters = inspect.signature(found).parameters.values()
    except (TypeError, ValueError):
        return None
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return tuple(p.name for p in parameters if p.kind in kinds)


def _called(node: ast.Call) -> tuple[str, str, bool] | None:
    """(NumPy's dotted name, the name as written, whether it is an array's method) of the call, or None."""
    parts, func = [], node.func
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name) and func.id in ("np", "numpy") and parts:
        dotted = ".".join(reversed(parts))
        return dotted, f"np.{dotted}", False
    if isinstance(node.func, ast.Attribute) and node.func.attr in METHOD_REDUCTIONS and len(parts) == 1:
        return node.func.attr, f".{node.func.attr}", True
    return None


def _is_type(value: ast.expr) -> bool:
    """Whether ``value`` reads as a dtype: float, np.float64, "float32", a name with dtype in it."""
    if isinstance(value, ast.Name):
        return value.id in TYPE_NAMES or "dtype" in value.id.lower() or "type" in value.id.lower()
    if isinstance(value, ast.Attribute):
        return isinstance(value.value, ast.Name) and value.value.id in ("np", "numpy") or "dtype" in value.attr
    return isinstance(value, ast.Constant) and isinstance(value.value, str)


def _is_axis(value: ast.expr) -> bool:
    """Whether ``value`` reads as an axis: a whole number, -1, or a name with axis in it."""
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub):
        value = value.operand
    if isinstance(value, ast.Constant):
        return isinstance(value.value, int) and not isinstance(value.value, bool)
    return isinstance(value, ast.Name) and "axis" in value.id.lower()


def _misplaced(node: ast.Call, params: tuple[str, ...], method: bool):
    """(index of the argument, parameter) of the first argument given by position to a parameter the student
    did not mean, or None (``params``: the positional parameters, less the array for a method)."""
    if any(isinstance(a, ast.Starred) for a in node.args) or len(node.args) > len(params):
        return None  # spread arguments are not read; too many is NumPy's own clear TypeError
    for index, (value, name) in enumerate(zip(node.args, params)):
        if index == 0 and not method:
            continue
        if not method and index == 1 and params[0] in MANY_FIRST and not _is_axis(value):
            return index, name
        if name in ROLES and name != "axis" and not (name == "dtype" and _is_type(value)):
            return index, name
    return None


def _fix(node: ast.Call, call: str, params: tuple[str, ...], index: int, param: str, method: bool) -> tuple[str, str]:
    """(what the misplaced value does, if more is worth saying; the fix) in words."""
    args = [ast.unparse(a) for a in node.args]
    if not method and params[0] in MANY_FIRST and index == 1:
        return "", f"Give {call} all the arrays as one sequence, in brackets: {call}(({', '.join(args)}))."
    if not method and params[0] == "object" and index == 1:
        return "", f"The values go in as one list: {call}([{', '.join(args)}])."
    if index >= 1 and params[index - 1] == "shape":
        lead = "".join(f"{a}, " for a in args[:index - 1])
        as_tuple = f"{call}({lead}({', '.join(args[index - 1:])}))"
        if index > 1:  # np.reshape(x, 3, 1): sizes only
            return "", f"A shape goes in as one tuple: {as_tuple}."
        value, filled = node.args[index], f"np.full({args[0]}, {args[index]})"
        if isinstance(value, ast.Constant) and value.value == 0 and call == "np.zeros":
            return "", f"np.zeros fills with 0 already: leave the 0 out, np.zeros({args[0]})."
        if isinstance(value, ast.Constant) and (value.value == 0 or isinstance(value.value, float)):
            return "", f"{args[index]} is no size: an array filled with {args[index]} is {filled}."
        return "", (f"If {args[index]} is a second size, the shape goes in as one tuple: {as_tuple}; if it is the value "
                    f"to fill with, {filled}.")
    function = _numpy_object(call.split(".", 1)[1]) if not method and "." in call else None
    if param == "out" and isinstance(function, np.ufunc):
        said = ", so the result is written into it (an error when it is not an array, a silent overwrite when it is)"
        if function.nin == 1:
            return said, f"{call} takes one array and nothing more: {call}({args[0]})."
        return said, (f"{call} takes {function.nin} operands only: for more terms use the operators (a + b + c), or "
                      "nest the calls.")
    value = node.args[index]
    keepdims = isinstance(value, ast.Constant) and isinstance(value.value, bool) and "keepdims" in params
    if param == "out" and not keepdims:
        return "", (f"Leave {args[index]} out of this call: {call}({', '.join(args[:index])}) gives the result, and "
                    f"what {args[index]} was for takes a step of its own.")
    first = 0 if method else 1
    named = [*args[:first], *(f"{n}={a}" for n, a in zip(params[first:index], args[first:index]))]
    if keepdims:
        named.append(f"keepdims={args[index]}")
        return "", f"Give the options by name: {call}({', '.join(named)})."
    named.append(f"<name>={args[index]}")
    return "", f"Give the options by name, {call}({', '.join(named)}), with the name help({call}) lists."


def by_position_hint(code: str) -> str | None:
    """BY_POSITION for the first NumPy call on ``code`` (one line) given an argument by position that its
    signature puts in a parameter the student did not mean; None when the line shows none (or does not parse)."""
    try:
        tree = ast.parse(code.strip())
    except (SyntaxError, ValueError, RecursionError):
        return None
    try:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or (called := _called(node)) is None:
                continue
            dotted, call, method = called
            names = _positional(dotted)
            params = names[1:] if method and names else names
            if not params or (found := _misplaced(node, params, method)) is None:
                continue
            index, param = found
            consequence, fix = _fix(node, call, params, index, param, method)
            order = ", ".join(params[:index + 1]) + (", ..." if len(params) > index + 1 else "")
            value = ast.unparse(node.args[index])
            return BY_POSITION.format(code=code.strip() if len(code.strip()) <= 90 else ast.unparse(node),
                                      call=call, order=order, value=value if len(value) <= 30 else "that argument",
                                      param=param, role=ROLES.get(param, "another parameter"),
                                      consequence=consequence, fix=fix)
    except Exception:  # noqa: BLE001 - a reading never raises
        return None
    return None
