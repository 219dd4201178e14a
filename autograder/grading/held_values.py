"""A student's error read with what the names on the raising line held (``StudentError.held``, read by the
sandbox child): where the error says an operand is of the wrong kind (None, a single number where ``@`` needs an
array, a Python list in arithmetic), the hint names the variable that holds it instead of guessing where it came
from. Pure: the error's type name, its message and the held values in words come in, a hint (or None) goes out.
"""

from __future__ import annotations

import re

from . import tracebacks

NONE_USED = re.compile(r"'NoneType'|NoneType")
MATMUL_NUMBER = re.compile(r"matmul: Input operand \d does not have enough dimensions \(has 0")
MATMUL_OPERAND = re.compile(r"([A-Za-z_][\w.]*)\s*(?=@)|(?<=@)\s*([A-Za-z_][\w.]*)")
LIST_ARITHMETIC = re.compile(r"can't multiply sequence by non-int|unsupported operand type\(s\) for [^:]+: '(?:list|tuple)'|"
                             r"unsupported operand type\(s\) for [^:]+: '\w+' and '(?:list|tuple)'|"
                             r"can only concatenate (?:list|tuple) \(not|bad operand type for unary -: '(?:list|tuple)'")


def _names(held: dict[str, str], test) -> list[str]:
    return [name for name, said in held.items() if test(said)]


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def held_hint(raised: str, message: str, held: dict[str, str] | None, detail: str = "") -> str | None:
    """The hint naming the variable whose value is of the wrong kind for the error ``raised`` said ``message``
    (``detail``: the traceback, whose last line tells the operands of @ from the other names); None where the held
    values do not single one out."""
    if not held or raised not in ("TypeError", "ValueError", "AttributeError", "IndexError"):
        return None
    if raised == "IndexError":
        return _indexed_no_axes(message, held, detail)
    nones = _names(held, lambda said: said == "None")
    if nones and (NONE_USED.search(message) or MATMUL_NUMBER.search(message)):
        these = _listed(nones)
        return (f"When your line raised, {these} {'was' if len(nones) == 1 else 'were'} None, not a value: None is "
                "what a function gives back when it ends without return, what methods that change a list or array "
                "in place give back (.append, .sort, .fill), and what an attribute holds while it still has the "
                f"starting value __init__ gave it. Find where {these} got {'its' if len(nones) == 1 else 'their'} "
                "value and make it the result itself (return it, or keep the array rather than what the in-place "
                "method returned).")
    if MATMUL_NUMBER.search(message):
        multiplied = {a or b for a, b in MATMUL_OPERAND.findall(tracebacks.code_of_last_line(detail))}
        numbers = _names(held, lambda said: said.startswith(("the number", "the NumPy number", "the bool"))
                         or said.startswith("an array of shape ()"))
        numbers = [name for name in numbers if name in multiplied] if multiplied else numbers
        if numbers:
            these = _listed(numbers)
            return (f"When your line raised, {these} held a single number, {held[numbers[0]]}, where @ needs an array "
                    "(a vector or a matrix). Find where it got that value: a loop over zip(X, y) whose names are in "
                    "the other order (zip gives each row first, then its label), a loop over the entries of one row, "
                    "an index that picks one element, np.zeros_like or np.ones_like of a count (which gives one "
                    "number, shaped like the count) or a sum where the whole array was meant.")
    if LIST_ARITHMETIC.search(message):
        lists = _names(held, lambda said: said.startswith(("a list", "a tuple", "an empty list", "an empty tuple")))
        if lists:
            these = _listed(lists)
            return (f"When your line raised, {these} {'was' if len(lists) == 1 else 'were'} a Python "
                    f"{'list' if 'list' in held[lists[0]] else 'tuple'} ({held[lists[0]]}). Python's lists do no "
                    "arithmetic entry by entry: * repeats a list, + joins two lists, and - or / do not exist for them. "
                    f"Turn it into an array first, np.asarray({lists[0]}, dtype=float), and NumPy computes entry by "
                    "entry.")
    return None


NO_AXES = re.compile(r"too many indices for array: array is 0-dimensional")  # a number indexed: errors.py's reading


def _indexed_no_axes(message: str, held: dict[str, str], detail: str) -> str | None:
    """A 0-d array indexed with [i]: the one the raising line indexes, named (a number indexed, a name rebound to
    one item, say, is errors.py's reading)."""
    if not NO_AXES.search(message):
        return None
    line = tracebacks.code_of_last_line(detail)
    indexed = {m.group(1) for m in re.finditer(r"([A-Za-z_][\w.]*)\s*\[", line)}
    zero_d = [name for name, said in held.items() if name in indexed and said.startswith("an array of shape ()")]
    if not zero_d:
        return None
    name = zero_d[0]
    return (f"When your line raised, {name} was {held[name]}: a single value with no axes, so it has no entries to "
            f"take with [...]. Find where {name} was made: np.empty_like, np.zeros_like or np.ones_like of a count "
            "(which copy the count's shape, and a number has none), np.array of one number, or a sum or mean where "
            f"the whole array was meant. Make it with the size you need, np.zeros(n) for n entries.")
