"""Hints for Python's and NumPy's own errors, raised by a student's code, that say their usual cause.

A check that knows more (which function, which shapes) gives its own hint; these are what a
failing call gets when no check said anything: the error's message read the way a teacher
would read it to a beginner. Pure: they see only the exception's type name and message, and the
traceback's last line where the line says which construct raised (a def line at import: its defaults).
"""

from __future__ import annotations

import builtins
import re
import sys

from . import tracebacks
from .error_lines import line_reading, product_line
from .foreign_names import foreign_name_hint
from .numpy_by_position import by_position_hint
from .python_slips import slip_hint

MATMUL = re.compile(r"matmul: .*mismatch in its core dimension.*\(size (\d+) is different from (\d+)\)")
ALIGNED = re.compile(r"shapes \(([\d, ]*)\) and \(([\d, ]*)\) not aligned")
NON_BROADCASTABLE = re.compile(r"non-broadcastable output operand with shape \(([\d, ]*)\) doesn't match the "
                               r"broadcast shape \(([\d, ]*)\)")
INTEGER_OUTPUT = re.compile(r"Cannot cast ufunc '(\w+)' output from dtype\('(float\w*)'\) to dtype\('((?:u?int|bool)\w*)'\)")
MATMUL_NUMBER = re.compile(r"matmul: Input operand \d does not have enough dimensions \(has 0")
ONE_NUMBER_USED = re.compile(r"'(?:int|float|numpy\.\w+)' object is not (?:iterable|subscriptable)|object of type "
                             r"'(?:int|float|numpy\.\w+)' has no len\(\)|invalid index to scalar variable")
ONE_PASS = re.compile(r"'(generator|map|zip|filter|reversed|enumerate)' object is not subscriptable|object of type "
                      r"'(generator|map|zip|filter|reversed|enumerate)' has no len\(\)")
NO_ATTRIBUTE = re.compile(r"'(\w+)' object has no attribute '(\w+)'")
UNBOUND = re.compile(r"cannot access local variable '(\w+)'|local variable '(\w+)' referenced before assignment")
BUILT_IN_TYPES = {"list", "tuple", "dict", "str", "int", "float", "bool", "NoneType", "set"}


def python_error_hint(raised: str, raised_message: str, detail: str = "") -> str | None:
    """A hint for the error ``raised`` (its type's name) that said ``raised_message``, or None
    when it is not one whose usual cause is known (``detail``: the traceback, whose last line of the
    student's code some hints name): a reading of the error itself, else a slip guessed from it, else
    what the student's line shows of an index, an axis or two shapes (``error_lines``)."""
    return (read_error(raised, raised_message, detail) or slip_hint(raised, raised_message, detail)
            or line_reading(raised, raised_message, detail))


def read_error(raised: str, raised_message: str, detail: str = "") -> str | None:
    """The hint that the error itself says (a missing key, an in-place shape, a None compared...),
    without the slips ``python_slips`` guesses from it; None when the error says none."""
    for hint in (_by_position(detail), none_compared_hint(raised, raised_message, detail), _matmul(raised, raised_message, detail), _in_place_shape(raised, raised_message),
                 _attribute(raised, raised_message), _str_index(raised, raised_message),
                 _to_one_number(raised, raised_message), _integer_array_updated(raised_message),
                 _key(raised, raised_message), _matmul_number(raised, raised_message),
                 _number_iterated(raised, raised_message, detail), _one_pass(raised, raised_message),
                 _not_a_type(raised, raised_message), _before_assignment(raised, raised_message, detail),
                 _ufunc_output(raised, raised_message, detail), _not_imported(raised, raised_message, detail),
                 _not_installed(raised, raised_message), foreign_name_hint(raised, raised_message)):  # fmt: skip
        if hint:
            return hint
    return None


def _by_position(detail: str) -> str | None:
    """An argument the student's raising line gives a NumPy function by position that lands in another parameter
    than the one meant (np.max(z, -1, True), np.zeros(3, 1)): whatever the error, that is its cause."""
    frame = tracebacks.last_with_code(detail, students=True)
    return by_position_hint(frame.code.split("  #", 1)[0]) if frame else None


def _matmul(raised: str, message: str, detail: str = "") -> str | None:
    if raised != "ValueError":
        return None
    found = MATMUL.search(message)
    if found:
        sizes = f"one side has {found.group(2)} where the other has {found.group(1)}"
        line = product_line(int(found.group(2)), int(found.group(1)), detail)
    else:
        aligned = ALIGNED.search(message)
        if not aligned:
            return None
        sizes = f"the shapes were ({aligned.group(1)}) and ({aligned.group(2)})"
        left, right = (tuple(int(v) for v in g.split(",") if v.strip()) for g in aligned.groups())
        line = product_line(left[-1] if left else 0, right[0] if right else 0, detail, aligned.groups())
    return line + (
        f"A matrix product A @ B (or np.dot) needs A's last dimension to equal B's first, and here {sizes}. "
        "Write down the shape of each side: usually an array was made with the wrong size (one entry per "
        "sample where one per feature belongs, X.shape[0] for X.shape[1]), or a transpose (.T) was added "
        "that the shapes do not need, or one they need is missing."
    )


def _in_place_shape(raised: str, message: str) -> str | None:
    found = NON_BROADCASTABLE.search(message) if raised == "ValueError" else None
    if not found:
        return None
    return (
        f"An in-place update (-=, +=) of an array of shape ({found.group(1)}) failed: what was added or subtracted "
        f"does not have that shape, and the two broadcast to shape ({found.group(2)}), which the array cannot hold "
        "(NumPy names the broadcast result, not the other operand's own shape). A gradient must have exactly the "
        "shape of its parameter. If the gradient comes from "
        "another of your functions (backward, say), that function is where the shape goes wrong (see its check): "
        "fix it first, and this follows."
    )


def _attribute(raised: str, message: str) -> str | None:
    found = NO_ATTRIBUTE.search(message) if raised == "AttributeError" else None
    if not found or found.group(1) in BUILT_IN_TYPES or found.group(1).startswith(("ndarray", "numpy")):
        return None
    owner, name = found.groups()
    return (
        f"Your code reads self.{name}, which this {owner} does not have when that line runs. Either nothing ever "
        f"sets self.{name}: the name is misspelt, or is not the one the constructor (__init__) stores the value "
        "under (compare with its self.... = lines); or only another method sets it (forward, say), and an attribute "
        "set there exists only after that method ran, while the checks call each method on its own: then recompute "
        "what you need inside the method that uses it, from its own arguments and the current parameters."
    )


NONE_COMPARED = re.compile(r"[!=]=\s*None\b|\bNone\s*[!=]=")
TRUTH_VALUE_MARK = "truth value of an array with more than one element is ambiguous"


def none_compared_hint(raised: str, message: str, detail: str = "") -> str | None:
    """A hint when an if (or and, or, not) on a line that compares something with None by == or != raised the
    ambiguous truth value error: the thing compared was an array, which == compares entry by entry."""
    code = tracebacks.code_of_last_line(detail)
    if raised != "ValueError" or TRUTH_VALUE_MARK not in message or not NONE_COMPARED.search(code):
        return None
    return (
        f"Your line `{code[:100]}` compares with None by == (or !=). Where the other side is a NumPy array, such "
        "as the weights once fit has made them, == compares each of its entries with None and gives an array of "
        "False, which an if cannot turn into one True or False: that is the ValueError about an ambiguous truth "
        "value. To ask whether a name holds None, write `is None` (or `is not None`): it asks about the object "
        "itself, not its entries, and works for arrays and None alike."
    )


def _str_index(raised: str, message: str) -> str | None:
    if raised != "TypeError" or "list indices must be integers or slices, not str" not in message:
        return None
    return (
        "A list was indexed with a name, as one indexes a dict: a value that should be a dict keyed by names "
        "(the gradients, the parameters) is a list here. Return a dict, {name: value, ...}, where names are "
        "asked for; if one of your own functions returns the list, fix that function first."
    )


def _to_one_number(raised: str, message: str) -> str | None:
    # NumPy 2 says "only 0-dimensional arrays ...", NumPy 1 "only size-1 arrays ..."
    if raised != "TypeError" or "arrays can be converted to Python scalars" not in message:
        return None
    return (
        "An array was used where Python needs one number. The functions of the math module (math.exp, "
        "math.sqrt, math.log) take one number at a time: use NumPy's own, np.exp, np.sqrt, np.log, which work "
        "on whole arrays. And float(x) or int(x) needs x to be one number without axes: an x from np.mean or "
        "np.sum along an axis keeps one value per row or column, and one with keepdims=True (or a slice such "
        "as a[0:1]) still has an axis of length 1 even though it holds one value; take the mean or sum over "
        "every element, without axis or keepdims, or read the one value with x.item()."
    )


def _integer_array_updated(message: str) -> str | None:
    # NumPy's in-place operators (+=, -=, *=) keep the array's dtype and refuse to cast floats into it
    found = INTEGER_OUTPUT.search(message)
    if not found:
        return None
    operation, _, kept = found.groups()
    return (
        f"An in-place update ({_OPERATORS.get(operation, operation)}) put float results into an array created "
        f"with the integer dtype {kept}; an in-place operation keeps its array's dtype, so NumPy refuses. If the "
        "array is one your function made, create it with a float dtype: np.zeros(n) is float already (leave out "
        "dtype=int), and np.zeros_like or np.array of integer data copy its integer dtype unless you pass "
        "dtype=float. If it is an input your function was given (np.asarray of an input is the same array), do "
        "not update it in place at all: that would also change the caller's data. Put the result under a new "
        "name instead, scaled = w * x."
    )


_OPERATORS = {"add": "+=", "subtract": "-=", "multiply": "*=", "divide": "/=", "true_divide": "/="}


def _key(raised: str, message: str) -> str | None:
    if raised != "KeyError" or not re.fullmatch(r"'[^']+'", message.strip()):
        return None
    return (
        f"A dict was asked for the key {message.strip()}, which it does not hold. Keys are compared exactly: "
        "upper and lower case, underscores and spelling all count ('W1' and 'w1' are two different keys). If the "
        "dict comes from another of your functions (the gradients from backward, say), that function writes its "
        "keys under other names (see its check): fix it first, and this follows."
    )


def _matmul_number(raised: str, message: str) -> str | None:
    if raised != "ValueError" or not MATMUL_NUMBER.search(message):
        return None
    return (
        "A matrix product @ was given a single number (or None, or a 0-d array) where an array belongs: @ "
        "multiplies vectors and matrices only. Find the name on the line that raised that holds no array "
        "(the message lists what each held) and where it got its value. Often a name meant for a row of data holds one value, "
        "for example when the names of a loop over zip(X, y) are unpacked in the other order (zip gives each "
        "sample's row first, then its label), when a loop runs over enumerate(X), which gives each row's index "
        "(a number) first and the row second, never the label (zip(X, y) pairs each row with its label), or when "
        "a loop runs over the entries of one row."
    )


# a for loop over one name, attribute, subscript or len(...): for _ in self.epochs, for i in len(X)
FOR_OVER = re.compile(r"for\s+[\w\s,()]+?\s+in\s+((?:len\()?[A-Za-z_][\w.]*(?:\[[\w.\-]+\])*\)?)\s*:")
COUNT = re.compile(r"^len\(|\.shape\[|(?:^|[._])(?:epochs?|n|N|num\w*|n_\w+|count\w*|size|iters?|iterations|steps|"
                   r"times|rounds|repeats)$")
NUMBER_LOOPED = (
    "Your loop `{code}` goes over {what}, which is one number (hence \"object is not iterable\"): a for loop needs "
    "something that holds several values to step through, such as a list, an array or a range. To repeat "
    "something a number of times, loop over range of that number: for ... in range({what})."
)


GROWN_BY_A_NUMBER = (
    "Your list is grown by a single number with an operation that takes a whole sequence{line}: list.extend(...) "
    "and += on a list add each item of what they are given, so one number, which has no items, is this TypeError "
    "('{kind}' object is not iterable). To add one number to a list, append it: append adds its argument as one "
    "item, extend adds the items of another list."
)
NOT_ITERABLE = re.compile(r"'(float|int|numpy\.\w+)' object is not iterable")


def grown_by_number(raised: str, message: str, detail: str = "") -> str | None:
    """GROWN_BY_A_NUMBER when the student's code raised "'float' object is not iterable" on a line of its own
    that extends a list or adds to it in place (the last frame of the traceback); None otherwise."""
    found = NOT_ITERABLE.search(message) if raised == "TypeError" else None
    code = tracebacks.code_of_last_line(detail)
    if not found or not re.search(r"\.extend\(|\+=", code):
        return None
    return GROWN_BY_A_NUMBER.format(kind=found.group(1), line=_last_line(detail))


def _number_iterated(raised: str, message: str, detail: str = "") -> str | None:
    if raised not in ("TypeError", "IndexError") or not ONE_NUMBER_USED.search(message):
        return None
    grown = grown_by_number(raised, message, detail)
    if grown:
        return grown
    code = tracebacks.code_of_last_line(detail)
    looped = FOR_OVER.fullmatch(code) if "is not iterable" in message else None
    if looped and COUNT.search(looped.group(1)):  # a count (not data that lost its values on the way: see below)
        return NUMBER_LOOPED.format(code=code, what=looped.group(1))
    return (
        "Your code used a single number where a list or an array belongs (to loop over it, zip it, index it or "
        "take its len()). Either your function was given a number and must take one too (np.asarray(value, "
        "dtype=float) turns a number into an array NumPy can work on, as it does a list), or a name that held "
        "the data was given one value on the way: a loop variable with the name of what it loops over (for x_i, "
        "y in zip(X, y) leaves y holding the last label, and the next pass over zip(X, y) fails), or an "
        "assignment to that name inside the loop. Give loop variables names of their own, such as x_i and y_i."
    )


def _one_pass(raised: str, message: str) -> str | None:
    found = ONE_PASS.search(message) if raised == "TypeError" else None
    if not found:
        return None
    kind = found.group(1) or found.group(2)
    made = ("round brackets around a for, (... for ... in ...), make a generator"
            if kind == "generator" else f"{kind}(...) gives one")
    return (
        f"Your code takes an index, a slice or the len() of a {kind} object, and it has none: {made}, which hands "
        "out its values one at a time, once, and has no positions and no length (a second loop over it finds "
        "nothing left). Make a list of the values where you need them by position or more than once: "
        + ("square brackets, [... for ... in ...], in place of the round ones, or list(...) around it."
           if kind == "generator" else f"list({kind}(...)).")
    )


def _not_a_type(raised: str, message: str) -> str | None:
    if raised != "TypeError" or "isinstance() arg 2 must be a type" not in message:
        return None
    return (
        "isinstance(value, kind) asks whether value is of the type kind, so its second argument must be a type "
        "(or a tuple of types), and yours is something else. A function is no type: np.array is the function "
        "that makes arrays, and the type of a NumPy array is np.ndarray, so the test is isinstance(z, np.ndarray); "
        "int and float are types, but a value such as int(z) or 0.5 is not."
    )


def _last_line(detail: str) -> str:
    """`` (line 7 of perceptron.py: bias += update)``: the traceback's last frame with its code, or ""."""
    frame = tracebacks.last_with_code(detail)
    return f" (line {frame.line} of {frame.file_name}: {frame.code[:120]})" if frame else ""


def _before_assignment(raised: str, message: str, detail: str = "") -> str | None:
    found = UNBOUND.search(message) if raised == "UnboundLocalError" else None
    if not found:
        return None
    name = found.group(1) or found.group(2)
    if hasattr(builtins, name) and not name.startswith("_"):  # Python's own name, made local by an assignment
        return (
            f"Your function uses Python's built-in {name}{_last_line(detail)}, and it also assigns to {name} "
            f"somewhere (a line such as {name} = ..., or a loop for {name} in ...). An assignment anywhere in a function makes that name a local "
            f"variable in the whole function, so the built-in {name} is hidden there, even on the lines above the "
            f"assignment: that is this UnboundLocalError. Give your variable another name (total, result, ...), "
            f"and the built-in {name} works again."
        )
    if re.search(rf"(?<![\w.]){re.escape(name)}\s*\(", tracebacks.code_of_last_line(detail)):  # called: a function, shadowed
        return (
            f"Your function calls {name}(...){_last_line(detail)}, meaning the function {name}, and it also assigns "
            f"to {name} somewhere (a line such as {name} = {name}(...)). An assignment anywhere in a function makes "
            f"{name} a local variable in the whole function, so the function {name} is hidden there, even on the lines "
            f"above the assignment: that is this UnboundLocalError. Give your variable another name, and the function "
            f"{name} works again."
        )
    return (
        f"Your code uses {name} on a line that runs before {name} is given its value{_last_line(detail)}: Python runs the lines of a "
        f"function, and of a loop's body, from top to bottom, so the first time through, {name} does not exist yet "
        f"where it is used (and later on, it would hold the previous pass's value, not this one's). Either the line "
        f"that computes {name} comes after a line that uses it (put it above every line that uses it), or it sits "
        f"under an if (or in a loop) that did not run this time, so {name} was never set: give {name} its value on "
        f"every path, not only when that condition holds."
    )


OUT_KEYWORD = re.compile(r"\bout\s*=(?!=)")
OUT_INTO_NUMBER = (
    "Your line{line} writes a NumPy function's result into an existing variable with out=: out= must name an "
    "array, and here that variable holds a single number (a NumPy scalar, as a function gives for a number "
    "input), not an array, hence this TypeError. With an array it runs, but it also overwrites that array, which "
    "is easy to lose track of. Leave out= out and keep the result instead: result = np.multiply(a, b), or a * b."
)


OTHER_PACKAGES = {"scipy", "sklearn", "torch", "tensorflow", "keras", "pandas", "matplotlib", "jax", "sympy", "numba",
                  "autograd", "seaborn", "statsmodels", "cupy"}  # packages a beginner reaches for, which the course has not
NOT_INSTALLED = (
    "Your code imports {name}, a package the grader does not have (No module named '{name}'): the course's code uses "
    "NumPy alone, with Python's standard library, and the grader runs nothing else, even where {name} is installed "
    "on your own computer. Write this computation with NumPy's own functions (np.exp, np.tanh, np.maximum, np.where, "
    "np.sum and the like take whole arrays), and leave the {name} import out."
)


def _not_installed(raised: str, message: str) -> str | None:
    found = re.match(r"No module named '([\w.]+)'", message) if raised == "ModuleNotFoundError" else None
    name = found.group(1).split(".")[0] if found else None
    return NOT_INSTALLED.format(name=name) if name in OTHER_PACKAGES else None


def _ufunc_output(raised: str, message: str, detail: str = "") -> str | None:
    if raised != "TypeError" or "return arrays must be of ArrayType" not in message:
        return None
    if OUT_KEYWORD.search(code := tracebacks.code_of_last_line(detail)):
        return OUT_INTO_NUMBER.format(line=f" `{code}`" if len(code) <= 80 else "")
    return (
        "A NumPy function (a ufunc such as np.add, np.multiply or np.exp) got an argument after its operands: "
        "NumPy takes that one as out, the array to write the result into, and here it is not an array, hence this "
        "TypeError (with an array the call runs and overwrites it). Give the function its operands only, "
        "np.add(a, b) or np.exp(z), and name any other setting by keyword; more than two terms are added with "
        "+ (a + b + c)."
    )


MODULE_ALIASES = {"np": "numpy"}  # the names a course's code gives its modules (with the standard library's own)


def _not_imported(raised: str, message: str, detail: str = "") -> str | None:
    """A NameError for a name that is a module (the standard library's, such as math, or numpy and its np), used
    on the line that raised as a module is, name.attribute: the import line is missing."""
    found = tracebacks.NOT_DEFINED.search(message) if raised == "NameError" else None
    frame = tracebacks.last_with_code(detail)
    if not found or not frame or not re.search(rf"(?<![\w.]){found.group(1)}\.\w", frame.code):
        return None
    name = found.group(1)
    module = MODULE_ALIASES.get(name, name)
    if module not in sys.stdlib_module_names and module not in MODULE_ALIASES.values():
        return None
    line = f"import {module}" if module == name else f"import {module} as {name}"
    also = " NumPy's own functions (np.exp, np.sqrt) do the same and take whole arrays too." if name == "math" else ""
    return (
        f"{name} is {'the name of a module' if module == name else 'the name ' + module + ' is imported under'}, and "
        f"your code uses it ({name}.something) without importing it: a module's "
        f"name exists in a file only after an import line, {line}, at the top of that file (each file imports "
        f"what it uses, whatever another file or the notebook imported).{also}"
    )



def missing_name_hint(name: str, close: str, own: list[str]) -> str | None:
    """The hint for a check that asked the student's module (or object) for ``name`` and found none:
    ``close``, a name spelt almost like it, or else ``own``, the public functions and classes the module
    defines itself (methods, for an object), any of which may be the one meant under another name."""
    if close:
        return (f"There is no {name} in your code, but there is {close}, a misspelling of it, it seems: the grader "
                "looks names up exactly as the exercise writes them, letter for letter and in the same case. "
                f"Rename {close} to {name}.")
    others = [n for n in own if n.isidentifier() and n != name]
    if not others:
        return None
    listed = ", ".join(others[:-1]) + f" and {others[-1]}" if len(others) > 1 else others[0]
    return (f"There is no {name} in your code, which defines {listed}. The grader calls each function by the name "
            f"the exercise gives it, letter for letter: if one of these is meant as {name} (a name from another "
            f"library or tutorial, say), rename it to {name}; if {name} is missing, write it.")
