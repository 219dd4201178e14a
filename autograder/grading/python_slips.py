"""Hints for Python's own errors that a slip of habit gives: an operator or a bracket from another
language, a value called or a function used as a value, a dict read with a dot, a list treated as an
array, a name Python cannot find. Each reads the error's type and message (and, where it needs it, the
student's line from the traceback) and says the slip and its fix; None when it is not one of these.
``errors.python_error_hint`` asks them after its own. Pure.
"""

from __future__ import annotations

import re

from . import tracebacks
from .python_slips_more import more_slip_hint

BITWISE = re.compile(r"unsupported operand type\(s\) for \^: |ufunc 'bitwise_xor' not supported")
NOT_CALLABLE = re.compile(r"'([\w.]+)' object is not callable")
FUNCTION_USED = re.compile(r"unsupported operand type\(s\) for [^:]+: '(\w+)' and '(\w+)'|argument \d+ of type (function|method)")
CALLABLES = {"function", "method", "builtin_function_or_method", "numpy.ufunc", "ufunc", "type"}
NO_ATTRIBUTE = re.compile(r"'(dict|list|tuple)' object has no attribute '(\w+)'")
ARRAY_METHODS = {"shape", "size", "ndim", "T", "reshape", "dot", "sum", "mean", "astype", "ravel", "flatten", "max",
                 "min", "dtype", "clip", "squeeze"}


def slip_hint(raised: str, message: str, detail: str = "") -> str | None:
    """The hint for one of this module's slips, or None."""
    for hint in (_power(raised, message), _called(raised, message, detail), _function_used(raised, message),
                 _dot_on_container(raised, message), _array_arguments(raised, message),
                 _list_times_float(raised, message), _recursion(raised, message, detail),
                 _zero_d_iterated(raised, message), _broadcast(raised, message, detail),
                 _name_missing(raised, message, detail), _numpy_removed(raised, message),
                 _unhashable(raised, message, detail), _tuple_changed(raised, message),
                 _number_as_dtype(raised, message), more_slip_hint(raised, message, detail)):  # fmt: skip
        if hint:
            return hint
    return None


def _power(raised: str, message: str) -> str | None:
    if raised != "TypeError" or not BITWISE.search(message):
        return None
    return (
        "^ is not a power in Python: it is the bitwise exclusive or, defined for whole numbers and booleans only, "
        "which is why floats refuse it (and why on whole numbers it gives a wrong number without a word). For a "
        "power write ** (x ** 2, or np.square(x)); for the xor of two 0/1 values, build it as the exercise asks."
    )


def _called(raised: str, message: str, detail: str) -> str | None:
    found = NOT_CALLABLE.search(message) if raised == "TypeError" else None
    if not found:
        return None
    code = tracebacks.code_of_last_line(detail)
    attribute = re.search(r"\.(size|shape|ndim|T|dtype)\s*\(", code)
    if attribute:
        return (
            f".{attribute.group(1)} is an attribute of an array, not a method: write x.{attribute.group(1)}, with no "
            "brackets after it (the brackets call the number or tuple it gives, hence this TypeError)."
        )
    if found.group(1) in ("numpy.ndarray", "list", "tuple", "dict"):
        return (
            f"A {found.group(1).removeprefix('numpy.')} was called like a function, with round brackets: its items are "
            "read with square brackets, X[i] or params['w1'], not X(i)."
        )
    return (
        f"A {found.group(1)} was called like a function: round brackets right after a value call it. Look on that line "
        "for a name that holds a number but is followed by ( : a variable that took a function's name (sum = ..., "
        "then sum(...)), or a missing operator, 2(x + 1) where 2 * (x + 1) was meant."
    )


def _function_used(raised: str, message: str) -> str | None:
    found = FUNCTION_USED.search(message) if raised == "TypeError" else None
    if not found or not ({found.group(1), found.group(2), found.group(3)} & CALLABLES):
        return None
    return (
        "A function was used as a value: its name without brackets is the function itself, not what it returns, "
        "and Python cannot compute with it. Call it with its arguments, sigmoid(z), self.forward(X) or x.sum(), "
        "where its result is meant."
    )


def _dot_on_container(raised: str, message: str) -> str | None:
    found = NO_ATTRIBUTE.search(message) if raised == "AttributeError" else None
    if not found:
        return None
    kind, name = found.groups()
    if kind == "dict":
        return (
            f"A dict's entries are read with square brackets and the key as a string, d['{name}'], not with a dot "
            f"(d.{name}): a dot reads an attribute, and a dict's keys are not its attributes."
        )
    if name not in ARRAY_METHODS:
        return None
    return (
        f"A Python {kind} has no .{name}: that belongs to NumPy arrays. Turn the {kind} into an array first, "
        "x = np.asarray(x, dtype=float), at the start of the function, so that lists are computed as arrays are."
    )


def _array_arguments(raised: str, message: str) -> str | None:
    found = tracebacks.ARRAY_ARGUMENTS.search(message) if raised == "TypeError" else None
    if not found:
        return None
    return (
        f"np.array was given the values as {found.group(1)} separate arguments. It takes them as one sequence, in "
        "brackets: np.array([a, b, c]), not np.array(a, b, c) (its second argument is the dtype, and there is no "
        "third)."
    )


SEQUENCE_TIMES = re.compile(r"can't multiply sequence by non-int of type '(\w+)'")
KINDS_OF_OTHER = {"float": "a float", "list": "another list", "tuple": "a tuple", "str": "a string",
                  "numpy.float64": "a NumPy float", "dict": "a dict"}


def _list_times_float(raised: str, message: str) -> str | None:
    """A sequence multiplied by something that is not a whole number: what it was multiplied by is the message's own
    word (a float, or another list: lists do not multiply element by element either)."""
    found = SEQUENCE_TIMES.search(message) if raised == "TypeError" else None
    if found is None:
        return None
    other = KINDS_OF_OTHER.get(found.group(1), f"a value of type {found.group(1)}")
    return (
        f"A sequence (a list, a tuple or a string) was multiplied by {other}: * on a sequence repeats it, a whole "
        "number of times, and never multiplies its values. If it holds numbers, make it an array first, "
        "np.asarray(x, dtype=float), and * multiplies element by element. If it is a string, a name meant for a "
        "number holds a dict's key: unpacking a dict, or a loop over it, gives its keys, not its values (read "
        "d['w1'], or loop over d.items())."
    )


def _recursion(raised: str, message: str, detail: str) -> str | None:
    if raised != "RecursionError":
        return None
    frame = tracebacks.last_with_code(detail)
    function, code = (frame.function, frame.code) if frame else ("", "")
    where = f" ({function} calls {function} again: {code})" if function and not function.startswith("<") and \
        re.search(rf"\b{re.escape(function)}\s*\(", code) else ""  # fmt: skip
    return (
        f"A function calls itself, again and again, until Python gives up{where}. Look at the call on that line: "
        "usually another function's name was meant (a derivative calling itself where it needs the function it "
        "is the derivative of, say), or a method calls itself where it means a different one."
    )


def _zero_d_iterated(raised: str, message: str) -> str | None:
    if raised != "TypeError" or "iteration over a 0-d array" not in message:
        return None
    return (
        "A loop (or a comprehension) went over the input, and the input was a single number, a 0-d array, which has "
        "no items to loop over. The function must take numbers as well as arrays: use NumPy's element-wise "
        "functions on the input as a whole (np.maximum, np.where, np.exp), which take both, instead of a loop."
    )


BROADCAST = re.compile(r"operands could not be broadcast together with shapes \(([\d,]*)\) \(([\d,]*)\)")


def _broadcast(raised: str, message: str, detail: str) -> str | None:
    found = BROADCAST.search(message) if raised == "ValueError" else None
    if not found:
        return None
    a, b = (tuple(int(v) for v in shape.split(",") if v) for shape in found.groups())
    code = tracebacks.code_of_last_line(detail)
    if len(a) == len(b) == 2 and a == b[::-1] and a != b:
        return (
            f"An element-wise operation (+, -, *, /) met shapes {a} and {b}: one side is the other transposed. "
            "Element-wise work needs both sides in the same layout: look on that line for a .T that does not "
            "belong (and to square a difference, write d ** 2, not d * d.T)."
        )
    if len(a) == len(b) == 2 and a[1] == b[0] and "*" in code.replace("**", "") and "@" not in code:
        return (
            f"An element-wise * met shapes {a} and {b}, which line up as a matrix product does ({a[1]} = {b[0]}): "
            "* multiplies element by element, the matrix product is @ (or np.dot). Write A @ W where a layer's "
            "sums are meant."
        )
    return None


def _name_missing(raised: str, message: str, detail: str) -> str | None:
    found = tracebacks.NOT_DEFINED.search(message) if raised == "NameError" else None
    if not found:
        return None
    name = found.group(1)
    if re.match(rf"{re.escape(name)}\s*==[^=]", tracebacks.code_of_last_line(detail)):  # == typed for =
        return (f"This line compares with == where it means to assign: `{name} == ...` asks whether {name} equals "
                f"the value (and {name} does not exist yet, hence the NameError), it does not set it. Assign with a "
                f"single =: {name} = ...")
    return (
        f"Python found no {name} where this line runs: not as a variable of the function, nor at the top of the "
        f"module, nor among Python's own names. If {name} is one of the object's attributes (set as self.{name}), "
        f"write self.{name} (inside a method the object's values are reached through self); if it is a module "
        f"such as np or math, import it at the top of the file; otherwise look for a misspelling, or for a "
        "variable set only in another function."
    )


NUMPY_ALIAS = re.compile(r"`np\.(\w+)` was a deprecated alias for the builtin `(\w+)`")
NUMPY_REMOVED = re.compile(r"`np\.(\w+)` was removed in the NumPy ([\d.]+) release\. Use `([^`]+)`")


def _numpy_removed(raised: str, message: str) -> str | None:
    """A name NumPy no longer has, copied from an older tutorial: np.int, np.float (aliases of Python's own types,
    gone since NumPy 1.24), np.float_, np.NaN (gone since NumPy 2.0)."""
    alias = NUMPY_ALIAS.search(message) if raised == "AttributeError" else None
    if alias:
        old, builtin = alias.groups()
        sized = {"int": ", or a NumPy type such as np.int64", "float": ", or a NumPy type such as np.float64"}
        return (f"np.{old} is a name NumPy no longer has: it was only an alias (another name) for Python's own "
                f"{builtin}, and it was removed in NumPy 1.24 (older tutorials and answers online still use it). "
                f"Write {builtin} itself, as in .astype({builtin}){sized.get(builtin, '')}.")
    removed = NUMPY_REMOVED.search(message) if raised == "AttributeError" else None
    if removed:
        old, version, new = removed.groups()
        return (f"np.{old} is a name NumPy no longer has: it was removed in NumPy {version} (older tutorials and "
                f"answers online still use it). Write {new} instead.")
    return None


UNHASHABLE = re.compile(r"unhashable type: '([\w.]+)'")


def _unhashable(raised: str, message: str, detail: str) -> str | None:
    """An array (or a list, a dict) used as a dict's key or put in a set: a cache of results keyed by the inputs."""
    found = UNHASHABLE.search(message) if raised == "TypeError" else None
    if not found:
        return None
    kind = {"numpy.ndarray": "a NumPy array", "list": "a list", "dict": "a dict", "set": "a set"}.get(found.group(1), f"a {found.group(1)}")
    code = tracebacks.code_of_last_line(detail)
    where = f" (at `{code}`)" if code else ""
    return (f"Your code uses {kind} as a dict key, or puts it in a set{where}: a key must be hashable, a value "
            f"that can never change, and {kind} can, so Python refuses it. Numbers and tuples of numbers can be keys, "
            "arrays cannot (nor a tuple that holds one): if this is a cache of answers keyed by the inputs, drop it and "
            "compute the answer "
            "every time; for a lookup table, index an array with the values instead.")


LIST_METHODS = {"pop", "append", "remove", "insert", "extend", "sort", "reverse", "clear"}


def _tuple_changed(raised: str, message: str) -> str | None:
    """A list method (pop, append...) called on a tuple, which cannot change."""
    found = NO_ATTRIBUTE.search(message) if raised == "AttributeError" else None
    if not found or found.group(1) != "tuple" or found.group(2) not in LIST_METHODS:
        return None
    return (f"A tuple has no .{found.group(2)}(): a tuple cannot change, and .{found.group(2)} is a list method, "
            f"which changes the list it is called on (and a caller's list with it). Read the values without changing "
            "the tuple: unpack it, a, b, c = t, or index it, t[0], and t[1:] for the rest.")


NUMBER_AS_DTYPE = re.compile(r"Cannot interpret '(-?\d+)' as a data type")


def _number_as_dtype(raised: str, message: str) -> str | None:
    """A number where NumPy reads a dtype: np.zeros(n, m) for np.zeros((n, m))."""
    found = NUMBER_AS_DTYPE.search(message) if raised == "TypeError" else None
    if not found:
        return None
    return (f"NumPy was given the number {found.group(1)} where it reads a data type (dtype): np.zeros, np.ones and "
            "np.empty take the whole shape as their first argument, and their second is the dtype, so np.zeros(n, m) "
            "asks for dtype m. Give the shape as one tuple, np.zeros((n, m)), or np.zeros(n) for a vector of n values.")
