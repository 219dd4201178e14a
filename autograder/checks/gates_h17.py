"""Hints of the gates checks read from the student's own functions, each said only where the answers already
fit it: a step made with np.clip and a cut to int, ``~`` taken for NOT, a result kept in a module-level global
between calls, perceptron called with its two inputs packed into one tuple, the sums turned into a Python list
before the threshold, and a threshold that loops over an array's elements (which a 0-d array refuses).

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import function_source
from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

h18 = load_sibling(__file__, "gates_h18")  # np.where given the condition alone

CLIP = (
    "Your {name} uses np.clip as its step: `{line}`. Clipping only squeezes each value into the range [0, 1] and "
    "keeps it as it is inside that range, and the conversion to int that follows truncates (cuts off the fraction), "
    "so 0.7 becomes 0 and only values of 1 or more give 1. A step compares instead: {fix}."
)
TILDE = (
    "Your xor uses ~ as NOT: `{line}`. On 0/1 integers ~ is not NOT but bitwise invert, which gives -(x + 1): "
    "~1 is -2 and ~0 is -1, so the next perceptron gets -1 or -2 where it expects 0 or 1. For the NOT of a 0/1 "
    "value write 1 - x, or use the NAND perceptron (NAND_WEIGHTS) as the lesson does."
)
GLOBAL = (
    "Your {name} keeps values in a module-level global (`{line}`) from one call to the next: the first call's "
    "results are stored there and every later call reuses them, whatever its own inputs are. Compute everything "
    "afresh inside each call, in local variables, and drop the global."
)
PAIR = (
    "Your xor calls perceptron with {count} argument{s} where it takes three, x1, x2 and weights: `{line}` packs "
    "the two hidden outputs into one tuple, which lands in x1, so the weights land in x2 and weights is missing. "
    "Pass the two inputs as two separate arguments: perceptron(first, second, AND_WEIGHTS)."
)
COUNT = (
    "Your xor calls perceptron with {count} argument{s} where it takes three, x1, x2 and weights: `{line}`. "
    "Give every call the two inputs and the gate's weights, perceptron(a, b, SOME_WEIGHTS)."
)
TOLIST = (
    "Your perceptron turns the sums into a Python list before the threshold: `{line}`. For numbers that is harmless, "
    "but for arrays threshold then gets a list, and a list cannot be compared with 0.5 element by element "
    "(hence TypeError: '>=' not supported between 'list' and 'float'). Pass the NumPy array z itself to threshold: "
    "drop the .tolist()."
)
ZERO_D_LOOP = (
    "Your threshold loops over the array's elements, and a 0-d array such as np.array(0.7) (an array with no axes) "
    "has no elements to loop over: Python raises TypeError: iteration over a 0-d array. The module's docstring "
    "sends every array, a 0-d one too, down the array path. Compare the whole array at once, "
    "(z >= 0.5).astype(int), which works for every shape, 0-d included."
)
ZERO_D_RAISES = (
    "Your threshold takes 1-D arrays but raises {error} for a 0-d array such as np.array(0.7) (an array with no "
    "axes). The module's docstring sends every array, a 0-d one too, down the array path, which should give an "
    "integer array of shape (): compare the whole array at once, (z >= 0.5).astype(int)."
)


def _own(student, name):
    return function_source.function(student, "gates", name)


def clip_hint(student, name="threshold", module="gates", qualname=None, fix="(z >= 0.5).astype(int)"):
    """CLIP when the student's ``name`` (a wrong step already seen in its answers) calls clip; the perceptron's
    predict asks it too (``module``, ``qualname``)."""
    source, node = function_source.function(student, module, qualname or name)
    for call, _, _ in function_source.calls(node, {"clip"}):
        return CLIP.format(name=name, line=function_source.statement_line(source, call), fix=fix)
    return None


def tilde_hint(student):
    """TILDE when the student's xor (whose answers are wrong) applies ~ to something."""
    source, node = _own(student, "xor")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.UnaryOp) and isinstance(sub.op, ast.Invert):
            return TILDE.format(line=function_source.statement_line(source, sub))
    return None


def global_hint(student, name="xor"):
    """GLOBAL when the student's ``name`` (whose answers are wrong) declares a global it assigns, or reads
    globals(): state kept between calls."""
    source, node = _own(student, name)
    if node is None:
        return None
    declared = {n for sub in ast.walk(node) if isinstance(sub, ast.Global) for n in sub.names}
    for sub in ast.walk(node):
        targets = sub.targets if isinstance(sub, ast.Assign) else [getattr(sub, "target", None)] if isinstance(sub, (ast.AugAssign, ast.AnnAssign)) else []
        if any(isinstance(t, ast.Name) and t.id in declared for t in targets):
            said = next(g for g in ast.walk(node) if isinstance(g, ast.Global))
            return GLOBAL.format(name=name, line=function_source.statement_line(source, said))
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "globals":
            return GLOBAL.format(name=name, line=function_source.statement_line(source, sub))
    return None


def xor_call_hint(student, exc):
    """PAIR (or COUNT) when xor raised perceptron's TypeError for a call with a wrong number of arguments and the
    student's xor has such a call (a tuple or list packed into one argument named as PAIR)."""
    message = getattr(exc, "raised_message", "") or ""
    if getattr(exc, "raised", None) != "TypeError" or not ("perceptron() missing" in message or "perceptron() takes" in message):
        return None
    source, node = _own(student, "xor")
    for sub in ast.walk(node) if node is not None else ():
        if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "perceptron" and not sub.keywords
                and not any(isinstance(a, ast.Starred) for a in sub.args) and len(sub.args) != 3):  # fmt: skip
            count = len(sub.args)
            text = PAIR if any(isinstance(a, (ast.Tuple, ast.List)) for a in sub.args) and count < 3 else COUNT
            return text.format(count=count, s="" if count == 1 else "s", line=function_source.statement_line(source, sub))
    return None


def tolist_hint(student, exc):
    """TOLIST when perceptron on arrays raised a TypeError about a list and the student's perceptron calls .tolist()."""
    if getattr(exc, "raised", None) != "TypeError" or "'list'" not in (getattr(exc, "raised_message", "") or ""):
        return None
    source, node = _own(student, "perceptron")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "tolist":
            return TOLIST.format(line=function_source.statement_line(source, sub))
    return None


def expect_zero_d_taken(student):
    """Fail (CheckFailed) when the student's threshold takes 1-D arrays but raises an error of its own for a 0-d
    array, which the module's docstring sends down the array path; nothing when it refuses 1-D arrays too (the
    check of arrays says why) or takes 0-d arrays."""
    try:
        one_d = student.call("threshold", np.array([0.2, 0.7]))
        student.call("threshold", np.array([0.7]))
    except StudentError:
        return
    one_d_right = isinstance(one_d, np.ndarray) and one_d.shape == (2,) and one_d.tolist() == [0, 1]
    for z in (np.array(0.7), np.array(0.2)):
        try:
            student.call("threshold", z)
        except StudentError as exc:
            if not exc.raised:  # a crash or a timeout: the message says what happened
                return
            hint = ZERO_D_LOOP if "iteration over a 0-d array" in (exc.raised_message or "") else ZERO_D_RAISES.format(error=exc.raised)
            hint = h18.where_hint(student, ("threshold",)) or (hint if one_d_right else None)  # 1-D ones wrong too: not "takes"
            raise CheckFailed(f"threshold(np.array({float(z)})), a 0-d array, raised {exc.raised}: {exc.raised_message}; "
                              "it should give an integer array of shape ()", hint=hint, detail=exc.detail) from None


UNUSED_LAST = (
    "Your {name} computes its last gate into `{unused}` (line {lineno}) and then returns `{returned}`, a value "
    "from an earlier line, so the last gate's result is never used and {name} gives that earlier gate's answer. "
    "Return the last result: return {unused}."
)


def unused_last_hint(student, name="xor"):
    """UNUSED_LAST when the student's ``name`` (whose answers are wrong) assigns its last result and returns
    another name."""
    source, node = _own(student, name)
    found = function_source.unused_last_result(source, node)
    return UNUSED_LAST.format(name=name, returned=found[0], unused=found[1], lineno=found[2]) if found else None
