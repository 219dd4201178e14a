"""Hints of the activations checks for an error an activation's own code raised, read from what Python or
NumPy said: ^ taken for a power, a function used as a value without being called, a boolean mask assigned
a whole array, a function that calls itself without end, and a number gone through entry by entry (a loop
or an index written for 1-D arrays). Said in words, never as a solution's code line.

Loaded by ``activations_calls.py`` with ``load_sibling``; handed out with the checks.
"""

import re

from autograder.checking.siblings import load_sibling
from autograder.grading import tracebacks

h20 = load_sibling(__file__, "activations_h20")  # dtype= given to a comparison
torch = load_sibling(__file__, "activations_torch_names")  # dim= for axis=, z.clamp for np.maximum

BUILT_ON = {"sigmoid_derivative": "sigmoid", "tanh_derivative": "tanh"}  # slopes written with the function's value

CARET = (
    "In Python, ^ is not a power: it is the bitwise exclusive or (xor) of two whole numbers, so NumPy refuses "
    "it on floats (the error names 'bitwise_xor', or the operand types of ^). A square is written with **, "
    "t ** 2, or as t * t."
)
NOT_CALLED = (
    "Your {name} computes with a function itself, where the number it gives belongs (the error names the type "
    "'{kind}'): a function's name alone, without brackets, is the function, and only a call, with brackets and "
    "its argument, such as sigmoid(z) or z.max(), gives its value. Call the function wherever you mean its value."
)
MASK_ASSIGNED = (
    "z[mask] = value writes into the {picked} entries the mask picks, so the value must have one entry per picked "
    "entry, or be a single number; yours has {given}, one per entry of the whole array, as a right-hand side "
    "computed on all of z has. Pick the same entries on both sides, with the same mask, or assign a single number, "
    "or leave the assignment out and choose entry by entry with np.where(mask, a, b)."
)
CALLS_ITSELF = (
    "Your {name} calls {name} again from inside itself, which calls it again, without end, until Python stops it "
    "(RecursionError: maximum recursion depth). {built}"
)
BUILT_ON_WORDS = (
    "{name} is built on {function}: where its formula needs {function}'s value, call {function}(z), not {name}(z) "
    "(the two names start alike)."
)
CALL_CYCLE = (
    "Your {first} and {second} call each other, without end, until Python stops them (RecursionError: maximum "
    "recursion depth): a function may use another one, but not one that comes back to it. Compute one of them "
    "from z alone."
)
NUMBER_WALKED = (
    "Your {name} goes through z entry by entry (a for loop, a comprehension, len(z) or z[i]), and a single "
    "number, z = {z}, has no entries to go through (its shape is ()); a loop written for 1-D arrays also "
    "breaks on a 2-D one, whose entries are whole rows. NumPy's element-wise functions (np.maximum, np.where, "
    "np.exp, comparisons such as z > 0) take any shape at once, a single number included: use them on the whole "
    "of z, without the loop."
)
NUMBER_MEASURED = (
    "Your {name} asks for len(z){code}, and a single number, z = {z}, has no length (its shape is ()): len() is for "
    "lists and arrays with at least one axis, and on a 2-D array it counts the rows only. An array built to z's "
    "length (np.zeros(len(z)), range(len(z))) is not needed: NumPy's element-wise functions and comparisons take "
    "a plain number as the other operand, 0 say, and broadcast it to whatever shape z has, a single number included."
)
WALKED = re.compile(r"iteration over a 0-d array|'(?:int|float|numpy\.float64)' object is not iterable|len\(\) of "
                    r"unsized object|object of type '(?:int|float|numpy\.float64)' has no len\(\)|array is "
                    r"0-dimensional, but \d+ (?:were|was) indexed|invalid index to scalar variable|'(?:int|float)' "
                    r"object is not subscriptable")


def error_hint(name, error):
    """A hint for the StudentError ``error`` that ``name`` (an activation or a derivative, called by the
    checks) raised, when what Python said names its cause; None otherwise."""
    raised, said = error.raised, error.raised_message or ""
    if (spelled := torch.torch_hint(name, error)) is not None:
        return spelled
    if (compared := h20.dtype_error_hint(error)) is not None:
        return compared
    if raised == "TypeError" and ("'bitwise_xor'" in said or "for ^:" in said or "for ^=:" in said):
        return CARET
    kind = re.search(r"'(function|builtin_function_or_method|method|numpy\.ufunc)'", said)
    if raised == "TypeError" and kind and "operand" in said:
        return NOT_CALLED.format(name=name, kind=kind.group(1))
    sizes = re.search(r"cannot assign (\d+) input values to the (\d+) output values where the mask is true", said)
    if raised == "ValueError" and sizes:
        return MASK_ASSIGNED.format(given=sizes.group(1), picked=sizes.group(2))
    if raised == "RecursionError":
        return _recursion_hint(name, error.detail)
    number = re.match(rf"{name}\((-?\d[\d.e+-]*)[,)]", error.message or "")
    if raised in ("TypeError", "IndexError") and number and WALKED.search(said):
        code = tracebacks.code_of_last_line(error.detail)
        if "len()" in said and "len(" in code and not re.search(r"\bfor\b|\[", code):  # measured, not looped over
            return NUMBER_MEASURED.format(name=name, z=number.group(1), code=f" (`{code}`)" if len(code) <= 80 else "")
        return NUMBER_WALKED.format(name=name, z=number.group(1))
    return None


def _recursion_hint(name, detail):
    """CALLS_ITSELF when the traceback's innermost frames of the student's code repeat one function, ``name`` (a
    derivative told which function it is built on), CALL_CYCLE when they go round two; None otherwise."""
    frames = tracebacks.student_functions(detail)[-6:]
    if len(frames) < 2:
        return None
    if set(frames) == {name}:
        built = BUILT_ON_WORDS.format(name=name, function=BUILT_ON[name]) if name in BUILT_ON else (
            "Compute its value from z with NumPy, without calling itself.")
        return CALLS_ITSELF.format(name=name, built=built)
    if len(set(frames)) == 2 and name in frames:
        first, second = name, next(f for f in frames if f != name)
        return CALL_CYCLE.format(first=first, second=second)
    return None
