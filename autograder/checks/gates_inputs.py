"""What the gates checks ask of the kinds of input the spec lets in: Python lists where arrays go,
float 0.0/1.0 arrays in xor, and Python and NumPy numbers in threshold (which give a Python int);
and the truth table read off an element-wise xor.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, describe, expect_close, list_error_hint
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "gates_hints")

INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]  # the gate inputs, in the order of a truth table


def expect_lists_taken(student, reference, weights):
    """perceptron takes Python lists as it takes arrays: its docstring promises "array-like"."""
    x1, x2 = [0, 1, 1, 0], [0, 0, 1, 1]
    call = f"perceptron({x1}, {x2}, {weights}) with Python lists"
    convert = "x1, x2 = np.asarray(x1), np.asarray(x2), before the weighted sum"
    try:
        got = student.call("perceptron", x1, x2, weights)
    except StudentError as exc:
        hint = list_error_hint(exc.raised, exc.raised_message, convert)
        if hint is None:
            raise
        raise CheckFailed(f"{exc.message}\n  perceptron must take lists as it takes arrays", hint=hint) from None
    expect_close(got, reference.perceptron(np.array(x1), np.array(x2), weights), call=call,
                 hint=f"Convert the inputs first, {convert}, so that lists are computed as arrays are.")  # fmt: skip


def truth_table(x1, x2, got):
    """The four outputs for (0,0), (0,1), (1,0), (1,1) read off an element-wise answer, or None
    if the answer is not one 0/1 value per input pair."""
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != x1.shape:
        return None
    table = []
    for a, b in INPUTS:
        seen = set(got[(x1 == a) & (x2 == b)].tolist())
        if len(seen) != 1 or not seen <= {0.0, 1.0}:
            return None
        table.append(int(seen.pop()))
    return table


def expect_floats_and_lists(student):
    """xor takes float 0.0/1.0 arrays and Python lists as perceptron does (its docstring: scalars or
    arrays; the perceptrons it is built from take lists)."""
    pairs = [(np.array([0.0, 0.0, 1.0, 1.0]), np.array([0.0, 1.0, 0.0, 1.0]), "float arrays"),
             ([0, 0, 1, 1], [0, 1, 0, 1], "Python lists")]  # fmt: skip
    for x1, x2, what in pairs:
        call = f"xor({describe(x1)}, {describe(x2)}) ({what})"
        try:
            got = student.call("xor", x1, x2)
        except StudentError as exc:
            hint = hints.operator_hint(exc.raised_message)
            if hint is None and isinstance(x1, list) and exc.raised in ("TypeError", "AttributeError"):
                hint = ("xor must take lists as perceptron does: build it only from perceptron calls, which take "
                        "lists, or convert x1 and x2 with np.asarray first (if your perceptron fails on lists, "
                        "its own check says so: fix perceptron first).")  # fmt: skip
            if hint is None:
                raise
            raise CheckFailed(f"{exc.message}\n  xor must take {what}", hint=hint) from None
        expect_close(got, [0.0, 1.0, 1.0, 0.0], call=call)


def _kind(z) -> str:
    """The kind of number ``z`` is, in the words of a hint."""
    if isinstance(z, np.floating):
        return "np.float64 numbers (Python floats too, but NumPy's)"
    if isinstance(z, np.integer):
        return "NumPy integers such as np.int64"
    return "Python ints" if isinstance(z, int) else "Python floats"


def expect_python_ints(numbers, replies):
    """threshold's right 0/1 answers to ``numbers`` are Python ints, not NumPy integers (which print alike):
    fails naming which kinds of number come back as NumPy integers and which do not."""
    wrong = [(z, got) for z, got in zip(numbers, replies) if not isinstance(got, int)]
    if not wrong:
        return
    z, got = wrong[0]
    bad = list(dict.fromkeys(_kind(z) for z, _ in wrong))
    good = list(dict.fromkeys(_kind(z) for z, g in zip(numbers, replies) if isinstance(g, int)))
    said = f"Your threshold gives a NumPy integer ({type(got).__name__}) for {' and '.join(bad)}"
    said += f", where it gives a Python int for {' and '.join(good)}" if good else ""
    raise CheckFailed(
        f"threshold({z!r}) returned {got!r}, a NumPy integer ({type(got).__name__}); for a number it should return "
        f"the Python int {int(got)}",
        hint=(f"{said}. The right 0 or 1, but not the kind the spec asks for: a Python int for every number, Python's "
              "or NumPy's (np.float64 is what a weighted sum of numbers gives, so perceptron passes threshold one). "
              f"{'Your test that picks the number path (an isinstance, say) lets these through to the array path, ' if good else 'Either these numbers take your array path, '}"
              f"{'' if good else 'or your number path builds a NumPy integer (np.int64(...), say), '}"
              "where a NumPy operation gives a NumPy scalar: let only real NumPy arrays (np.ndarray) take the array "
              "path, and give every other number back as a Python int, with int(...)."),
    )  # fmt: skip
