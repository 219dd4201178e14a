"""More slips of habit read from Python's own errors: a method named without its call, a string raised in
place of an exception, np.array(..., copy=False) under NumPy 2, a shape unpacked with * into reshape, a
generator expression where a list belongs, ``@`` between two numbers, one object unpacked into several names. Each reads the error's type and message (and the student's
line where it needs it) and says the slip and its fix; None when it is not one of these. Pure.
"""

from __future__ import annotations

import re

from . import tracebacks

UNCALLED = re.compile(r"not '(builtin_function_or_method|method)'|'(builtin_function_or_method|method)' object")
GENERATOR = re.compile(r"'generator'")


def more_slip_hint(raised: str, message: str, detail: str = "") -> str | None:
    """The hint for one of this module's slips, or None."""
    for reader in (_uncalled_method, _raised_string, _copy_false, _star_shape, _generator):
        hint = reader(raised, message, detail)
        if hint:
            return hint
    return matmul_on_numbers_hint(raised, message) or unpack_one_hint(raised, message) or item_assignment_hint(raised, message, detail)


def _uncalled_method(raised: str, message: str, detail: str) -> str | None:
    if raised != "TypeError" or not UNCALLED.search(message):
        return None
    code = tracebacks.code_of_last_line(detail)
    named = re.search(r"\.(\w+)\b(?!\s*\()", code) if code else None
    candidates = [m.group(1) for m in re.finditer(r"\.([A-Za-z_]\w*)\b(?!\s*[\(\w])", code)] if code else []
    methods = [c for c in candidates if c in ("mean", "sum", "max", "min", "item", "ravel", "flatten", "copy",
                                              "transpose", "std", "any", "all", "tolist", "argmax", "squeeze")]
    if not methods and not named:
        return None
    name = methods[0] if methods else None
    shown = f".{name}" if name else "a method"
    example = f"x.{name}()" if name else "x.mean()"
    return (f"{shown} is named but never called: without round brackets a method is the method itself, not its "
            f"result, and Python cannot turn it into a number (hence this TypeError). Call it: {example}, with the "
            "brackets.")


def _raised_string(raised: str, message: str, detail: str) -> str | None:
    if raised != "TypeError" or "exceptions must derive from BaseException" not in message:
        return None
    return ("Your code raises a plain string (raise \"...\"), and Python only raises exception objects: raising a "
            "string is itself a TypeError, 'exceptions must derive from BaseException'. Raise the exception class with "
            "the message as its argument: raise ValueError(\"...\").")


def _copy_false(raised: str, message: str, detail: str) -> str | None:
    if raised != "ValueError" or "Unable to avoid copy" not in message:
        return None
    return ("np.array(..., copy=False) no longer means 'copy only if needed': since NumPy 2 it means 'never copy', "
            "and raises ValueError whenever a copy is needed (a list, or a change of dtype). Write "
            "np.asarray(x, dtype=float), which copies only when it must.")


def _star_shape(raised: str, message: str, detail: str) -> str | None:
    if raised != "TypeError" or not re.search(r"reshape\(\) takes exactly 1 argument \(0 given\)", message):
        return None
    code = tracebacks.code_of_last_line(detail)
    if code and "reshape(*" not in code.replace(" ", ""):
        return None
    return ("reshape(*shape) unpacks the shape into separate arguments, and a number's shape is (), which unpacks "
            "into no argument at all, so reshape() gets none and raises this TypeError. Pass the shape as one "
            "tuple: y.reshape(other.shape), without the star.")


def _generator(raised: str, message: str, detail: str) -> str | None:
    if raised != "TypeError" or not GENERATOR.search(message):
        return None
    return ("A generator reached arithmetic: (f(x) for x in data), in round brackets, is a generator expression, "
            "which hands out its values one at a time and is not a list or an array (np.array of it is a 0-d object "
            "array holding the generator, and it can be read only once). Build a list with square brackets, "
            "[f(x) for x in data], and np.array of that is the array of values.")


MATMUL_NUMBERS = re.compile(r"unsupported operand type\(s\) for @: '(?:numpy\.)?(?:float\w*|int\w*)' and '(?:numpy\.)?(?:float\w*|int\w*)'")


def matmul_on_numbers_hint(raised: str, message: str) -> str | None:
    """A hint for ``@`` between two numbers: @ is the matrix product, never an element-wise product or square."""
    if raised != "TypeError" or not MATMUL_NUMBERS.search(message or ""):
        return None
    return ("@ is the matrix product (np.matmul), not an element-wise product: it is defined for arrays with at least "
            "one axis only, so two numbers refuse it, and on a 1-D array t @ t is the dot product, one number (the sum of "
            "the squares), where one value per element belongs. For an element-wise product or square write * or ** "
            "(t * t, t ** 2, np.square(t)).")


UNPACK_ONE = re.compile(r"cannot unpack non-iterable (\w+) object")


def unpack_one_hint(raised: str, message: str) -> str | None:
    """A hint for ``a, b, c = value`` where ``value`` is one object: unpacking takes one item per name."""
    found = UNPACK_ONE.search(message or "") if raised == "TypeError" else None
    if not found:
        return None
    kind = found.group(1)
    return (f"Your code unpacks one {kind} object into several names (a, b, c = ...): unpacking takes the items of "
            f"the right-hand side one per name, so it needs a list or tuple of as many values, and one {kind} is not "
            "iterable. Make one value per name: assign each name on a line of its own (self.h1 = ..., self.h2 = ...), "
            "or unpack a list that holds one new object per name.")


ITEM_ASSIGNMENT = re.compile(r"'(tuple|str)' object does not support item assignment")


def item_assignment_hint(raised: str, message: str, detail: str = "") -> str | None:
    """A hint for ``t[0] = value`` on a tuple (or a string), which cannot be changed once made."""
    found = ITEM_ASSIGNMENT.search(message or "") if raised == "TypeError" else None
    if not found:
        return None
    kind = found.group(1)
    code = tracebacks.code_of_last_line(detail)
    where = f" (`{code}`)" if code else ""
    fix = ("write the new tuple out in full, NAME = (a, b, c), or build it from the old one, (a,) + old[1:]; "
           "use a list, list(old), where the values must change later") if kind == "tuple" else \
        "build a new string instead, or work on a list of characters"
    return (f"Your code sets one item of a {kind}{where}, and a {kind} is immutable: once made, its items cannot be "
            f"changed, hence TypeError: '{kind}' object does not support item assignment. Instead {fix}.")
