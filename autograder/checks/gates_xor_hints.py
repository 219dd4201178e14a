"""Hints of the gates' xor checks about an xor that returns several values where its one output belongs:
each value read as a gate's truth table, so that the first layer's outputs handed back, never fed to the
second layer, are named as such.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

TABLES = {"AND": (0, 0, 0, 1), "OR": (0, 1, 1, 1), "NAND": (1, 1, 1, 0), "NOR": (1, 0, 0, 0), "XOR": (0, 1, 1, 0),
          "x1": (0, 0, 1, 1), "x2": (0, 1, 0, 1)}  # fmt: skip  (rows (0,0), (0,1), (1,0), (1,1))
FIRST_LAYER = (
    "Your xor returns {n} values where its one output belongs: {what}. {layer}xor is two layers: the second-layer "
    "perceptron, with AND_WEIGHTS, takes the two first-layer outputs (OR and NAND of x1 and x2) as its inputs, "
    "and what it gives is xor's answer, the int 0 or 1 (an array of them for arrays)."
)
HIDDEN = "the outputs of the first layer only, never fed to the second-layer perceptron. "


def _parts(value):
    """The values ``value`` holds when it is a tuple, a list or an array with a first axis of 2 to 4 entries;
    else None."""
    if isinstance(value, (tuple, list)) and 2 <= len(value) <= 4:
        return list(value)
    if isinstance(value, np.ndarray) and value.ndim >= 1 and 2 <= value.shape[0] <= 4:
        return list(value)
    return None


def several_outputs_hint(tables):
    """FIRST_LAYER where xor's replies hold several values each and every value's table (``tables``: one list of
    values per value position, in the rows (0,0), (0,1), (1,0), (1,1)) is that of a gate; else None."""
    names = []
    for table in tables:
        try:
            key = tuple(int(np.asarray(v)) for v in table)
        except (TypeError, ValueError):
            return None
        name = next((n for n, t in TABLES.items() if t == key), None)
        if name is None:
            return None
        names.append(name)
    what = ", ".join(f"{n} of x1 and x2" if n not in ("x1", "x2") else f"the input {n}" for n in names)
    first = len(names) == 2 and set(names) <= {"OR", "NAND", "AND", "NOR"}  # two gates of the inputs: a first layer
    return FIRST_LAYER.format(n=len(names), what=what, layer=("These are " + HIDDEN) if first else "")


def hint_on_numbers(replies):
    """several_outputs_hint for xor's replies on the four gate inputs, each a tuple, a list or an array of the same
    number of values; None otherwise."""
    parts = [_parts(v) for v in replies]
    if any(p is None for p in parts) or len({len(p) for p in parts}) != 1:
        return None
    return several_outputs_hint([list(column) for column in zip(*parts)])


def hint_on_arrays(x1, x2, got):
    """several_outputs_hint for xor's answer on 0/1 arrays ``x1``, ``x2`` that comes back with an axis in front, one
    entry per value returned; None otherwise."""
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.ndim != x1.ndim + 1 or got.shape[1:] != x1.shape or not 2 <= got.shape[0] <= 4:
        return None
    tables = []
    for part in got:
        table = []
        for a, b in ((0, 0), (0, 1), (1, 0), (1, 1)):
            seen = set(part[(x1 == a) & (x2 == b)].tolist())
            if len(seen) != 1:
                return None
            table.append(seen.pop())
        tables.append(table)
    return several_outputs_hint(tables)


NUMPY_KIND = (
    "Your xor gives the right 0s and 1s for two numbers, but as {kind}, where your perceptron gives Python ints: "
    "so xor's answer is not what its last perceptron gives. Either xor computes XOR some other way (with %, ^, "
    "np.logical_xor, a comparison or np.where on inputs made arrays by np.asarray), where the spec asks for two "
    "layers of the gate perceptrons (OR and NAND of x1 and x2, then AND of those two outputs); or it hands its "
    "perceptrons NumPy values, or turns the last one's output into NumPy (np.asarray, np.array, .astype). Give the "
    "perceptrons x1 and x2 as they come, and return what the second-layer perceptron gives, as it is."
)
PERCEPTRON_CALLS = [(x1, x2, (-0.5, 0.6, 0.6)) for x1, x2 in ((0, 0), (0, 1), (1, 0), (1, 1))]


def numpy_kind(value) -> str | None:
    """What NumPy kind of 0/1 ``value`` is, for a message ("a NumPy integer (int64)", "a 0-d array"), or None for
    anything else (a Python int included)."""
    if isinstance(value, (np.integer, np.bool_)):
        return f"a NumPy {'boolean' if isinstance(value, np.bool_) else 'integer'} ({type(value).__name__})"
    if isinstance(value, np.ndarray) and value.shape == ():
        return f"a 0-d array ({value.dtype})"
    return None


ARITHMETIC = (
    "On the four inputs your xor gives {got}, which is {how}: it combines the two first-layer outputs with arithmetic "
    "instead of feeding them into the second layer. The second layer is a perceptron too: pass OR's and NAND's "
    "outputs as the two inputs of a perceptron with AND_WEIGHTS, and return what it gives."
)
COMBINATIONS = {"OR(x1, x2) minus NAND(x1, x2), one output subtracted from the other": lambda o, n: o - n,
                "NAND(x1, x2) minus OR(x1, x2), one output subtracted from the other": lambda o, n: n - o,
                "OR(x1, x2) plus NAND(x1, x2), the sum of the two outputs": lambda o, n: o + n}


def arithmetic_hint(or_table, nand_table, got):
    """ARITHMETIC when xor's answers ``got`` on the four inputs are exactly one arithmetic combination of the
    student's own OR and NAND outputs there (``or_table``, ``nand_table``), and not XOR; else None."""
    o, n = np.asarray(or_table, dtype=float), np.asarray(nand_table, dtype=float)
    found = [how for how, combine in COMBINATIONS.items() if np.array_equal(combine(o, n), np.asarray(got, dtype=float))]
    if len(found) != 1 or list(got) == list(TABLES["XOR"]):
        return None
    return ARITHMETIC.format(how=found[0], got=list(got))


def expect_perceptron_kind(student, replies, inputs):
    """Right values of xor on numbers, as a NumPy number where the student's own perceptron gives Python ints:
    then xor's answer is not its last perceptron's (a shortcut, or a conversion after it). Where the perceptron
    gives NumPy numbers itself, its own checks judge that, and xor follows it."""
    kinds = [numpy_kind(value) for value in replies]
    at = next((k for k, kind in enumerate(kinds) if kind), None)
    if at is None:
        return
    try:
        own = list(student.map("perceptron", PERCEPTRON_CALLS))
    except StudentError:
        return
    if not all(type(value) is int for value in own):
        return
    (x1, x2), value = inputs[at], replies[at]
    raise CheckFailed(f"xor({x1}, {x2}) returned {value!r}, {kinds[at]}; for two numbers it should return the "
                      f"Python int {int(value)}, as your perceptron does", hint=NUMPY_KIND.format(kind=kinds[at]))
