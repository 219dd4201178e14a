"""Hints of the gates checks for the classes the twenty-first blind corpus showed, each said only where the
student's own answers or code confirm it: a comparison turned into a number with an idiom from another language
(a unary plus, a double tilde), .astype given NumPy's abstract np.integer, a weighted sum made as a matrix product
over stacked inputs, and an xor wrapped in np.vectorize.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once a
check has failed, and gives None rather than raise on an odd answer.
"""

import ast

import numpy as np

from autograder.grading import function_source
from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

UNARY_PLUS = (
    "`{line}` turns the comparison into a number with a unary plus, +(...). That works on a Python bool (+True is "
    "1), but NumPy has no unary plus for booleans: on a NumPy number (perceptron hands threshold one) or an array "
    "the comparison gives NumPy booleans, and + raises this error. Say the conversion in NumPy's words: "
    "int(z >= 0.5) for a number, (z >= 0.5).astype(int) for an array."
)
ABSTRACT = (
    "`{line}` asks for np.{name}, but that is one of NumPy's abstract base classes (np.integer covers int8, int16, "
    "int32, int64...), not a concrete dtype, so NumPy cannot make an array of it (the TypeError). Name a concrete "
    "type: .astype(int) (NumPy's int64 on most machines)."
)
ABSTRACT_TYPES = {"integer", "signedinteger", "unsignedinteger", "floating", "inexact", "number", "generic", "complexfloating"}
TILDE = (
    "`{line}` {does}. On NumPy booleans, which z >= 0.5 gives for a NumPy number or an array, ~ is logical NOT, so "
    "{gives}, never the integers 0 and 1. Convert with NumPy's own words instead: int(z >= 0.5) for a number, "
    "(z >= 0.5).astype(int) for an array."
)
TILDE_DOES = {  # ~~ twice (True) or a single ~ (False): what the line does, and what NumPy gives for it
    True: ("turns the comparison into a number with ~~, a JavaScript idiom", "~~ just gives the same booleans back (True, not 1)"),
    False: ("applies ~ to a comparison", "it gives booleans again (True/False)"),
}
STACKED = (
    "Your perceptron makes the weighted sum a matrix product over the inputs stacked into one array (`{line}`). "
    "Stacking two numbers gives a (2, 1) array, so the product is an array of shape (1,), not a number; and 2-D "
    "grids of inputs, stacked row on row, no longer match the two weights (a shape error). Keep x1 and x2 apart "
    "and let NumPy work element by element: z = w0 + w1 * x1 + w2 * x2 gives a number for two numbers and an "
    "array of the inputs' shape for arrays."
)
STACKERS = {"vstack", "stack", "column_stack", "row_stack", "hstack", "array", "asarray", "concatenate"}
VECTORIZE = (
    "Your xor wraps a function of one input pair in np.vectorize (`{line}`): np.vectorize always answers with NumPy "
    "arrays, so two numbers give a 0-d array instead of the Python int your perceptron gives (and an empty array "
    "raises, as vectorize needs otypes to know what it would return). No wrapper is needed: your perceptrons work "
    "on whole arrays already, so call them on x1 and x2 directly, with no loop or wrapper: the OR and NAND "
    "perceptrons of x1 and x2, then the AND perceptron of those two outputs, whose answer xor returns as it is."
)


def _function(student, name):
    return function_source.function(student, "gates", name)


def threshold_error_hint(student, exc):
    """UNARY_PLUS or ABSTRACT where threshold raised and its text holds the construct that raises so."""
    try:
        if not isinstance(exc, StudentError) or not exc.own_exception:
            return None
        source, node = _function(student, "threshold")
        if node is None:
            return None
        said = exc.raised_message or ""
        for sub in ast.walk(node):
            if isinstance(sub, ast.UnaryOp) and isinstance(sub.op, ast.UAdd) and "positive" in said:
                return UNARY_PLUS.format(line=function_source.statement_line(source, sub))
            if isinstance(sub, ast.Call) and "dtype" in said:
                given = [*(sub.args if getattr(sub.func, "attr", None) == "astype" else ()), *(k.value for k in sub.keywords if k.arg == "dtype")]
                abstract = next((a.attr for a in given if isinstance(a, ast.Attribute) and a.attr in ABSTRACT_TYPES), None)
                if abstract:
                    return ABSTRACT.format(line=function_source.statement_line(source, sub), name=abstract)
    except Exception:  # a reader never raises
        return None
    return None


def mapped(student, name, calls):
    """``student.map(name, calls)`` as a list; an error threshold raised gets threshold_error_hint's reading."""
    try:
        return list(student.map(name, calls))
    except StudentError as exc:
        exc.hint = threshold_error_hint(student, exc) or exc.hint
        raise


def tilde_hint(student, got):
    """TILDE where threshold answered a bool and its text applies ~ (or ~~) to a comparison."""
    try:
        if not isinstance(got, (bool, np.bool_)) and not (isinstance(got, np.ndarray) and got.dtype == bool):
            return None
        source, node = _function(student, "threshold")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.UnaryOp) and isinstance(sub.op, ast.Invert):
                inner = sub.operand
                twice = isinstance(inner, ast.UnaryOp) and isinstance(inner.op, ast.Invert)
                if twice or isinstance(inner, ast.Compare):
                    does, gives = TILDE_DOES[twice]
                    return TILDE.format(line=function_source.statement_line(source, sub), does=does, gives=gives)
    except Exception:  # a reader never raises
        return None
    return None


def stacked_hint(student, got):
    """STACKED where perceptron answered two numbers with a shape-(1,) array and its text multiplies (@, np.dot,
    np.matmul) by a stack of the inputs."""
    try:
        if np.shape(got) != (1,):
            return None
        source, node = _function(student, "perceptron")
        if node is None:
            return None
        products = [s for s in ast.walk(node) if isinstance(s, ast.BinOp) and isinstance(s.op, ast.MatMult)]
        products += [c for c, _, _ in function_source.calls(node, {"dot", "matmul", "inner"})]
        stacks = [c for c, _, _ in function_source.calls(node, STACKERS)
                  if c.args and isinstance(c.args[0], (ast.List, ast.Tuple)) and len(c.args[0].elts) == 2]
        if products and stacks:
            inside = [p for p in products if any(s in ast.walk(p) for s in stacks)]
            return STACKED.format(line=function_source.statement_line(source, (inside or products)[0]))
    except Exception:  # a reader never raises
        return None
    return None


def vectorize_hint(student):
    """VECTORIZE where xor's text calls np.vectorize."""
    try:
        source, node = _function(student, "xor")
        for call, _, _ in function_source.calls(node, {"vectorize"}):
            return VECTORIZE.format(line=function_source.statement_line(source, call))
    except Exception:  # a reader never raises
        return None
    return None


def expect_xor_kind(student, replies, inputs, xor_hints):
    """xor_hints.expect_perceptron_kind, its hint VECTORIZE where xor's text calls np.vectorize."""
    try:
        xor_hints.expect_perceptron_kind(student, replies, inputs)
    except CheckFailed as wrong:
        wrong.hint = vectorize_hint(student) or wrong.hint
        raise


PRECEDENCE = (
    "`{line}` means to turn the comparison into integers with {tail}, but {op} binds tighter than the comparison, so "
    "Python reads it as z >= (0.5 {tail}): it only changes the number z is compared with, and the result stays "
    "booleans (True/False). Put the comparison in brackets first: (z >= 0.5) {tail}, or say it plainly with "
    "(z >= 0.5).astype(int)."
)


def precedence_hint(student, got):
    """PRECEDENCE where threshold answered booleans and its text compares with a right side that is something
    times 1 (or plus 0), a conversion that lands on the number instead of the comparison."""
    try:
        if not (isinstance(got, (bool, np.bool_)) or (isinstance(got, np.ndarray) and got.dtype == bool)):
            return None
        source, node = _function(student, "threshold")
        for sub in ast.walk(node) if node is not None else ():
            if not isinstance(sub, ast.Compare):
                continue
            for right in sub.comparators:
                if isinstance(right, ast.BinOp) and isinstance(right.right, ast.Constant) and (
                        (isinstance(right.op, ast.Mult) and right.right.value == 1) or (isinstance(right.op, ast.Add) and right.right.value == 0)):
                    op = "*" if isinstance(right.op, ast.Mult) else "+"
                    return PRECEDENCE.format(line=function_source.statement_line(source, sub), op=op, tail=f"{op} {right.right.value}")
    except Exception:  # a reader never raises
        return None
    return None


LOGICAL = (
    "Your xor combines {what} with np.{called} (`{line}`), which gives booleans (np.True_ and np.False_, or a "
    "boolean array), not the ints 0 and 1, and is not the network the spec asks for: OR and NAND perceptrons of x1 "
    "and x2, then the AND perceptron of those two outputs. Let a perceptron do that last step too: "
    "the AND perceptron of the two outputs, perceptron(either, not_both, AND_WEIGHTS), which gives 0/1 integers "
    "like every gate."
)


def logical_hint(student, value):
    """LOGICAL where xor answered a NumPy bool and its text calls np.logical_and (or _or, _xor, _not)."""
    try:
        if not (isinstance(value, np.bool_) or (isinstance(value, np.ndarray) and value.dtype == bool)):
            return None
        source, node = _function(student, "xor")
        for call, called, _ in function_source.calls(node, {"logical_and", "logical_or", "logical_xor", "logical_not"}):
            what = " and ".join(ast.get_source_segment(source, a) or "?" for a in call.args) or "its inputs"
            return LOGICAL.format(called=called, line=function_source.statement_line(source, call), what=what)
    except Exception:  # a reader never raises
        return None
    return None


LAYER = (
    "On `{line}`, {name}[:, k] holds one weight per hidden neuron (2 values), while x1 and x2 hold one input per "
    "sample: multiplying them pairs neurons with samples, which NumPy cannot line up for arrays (the shapes (2,) "
    "and ({n},) cannot broadcast) and which works only for two numbers, one value each. Compute each hidden neuron on its "
    "own, on the whole arrays: the OR perceptron of x1 and x2 with its weight tuple, perceptron(x1, x2, "
    "OR_WEIGHTS), and the NAND one with NAND_WEIGHTS."
)


def xor_error_hint(student, exc):
    """LAYER where xor raised a broadcast error between 2 neurons and the samples and indexes a weight matrix's
    columns ([:, k])."""
    try:
        said = getattr(exc, "raised_message", "") or ""
        if not exc.own_exception or "broadcast" not in said or "(2,)" not in said:
            return None
        n = next((s for s in said.replace("(2,)", "", 1).split("(")[1:] if s.split(")")[0].rstrip(",").isdigit()), None)
        source, node = _function(student, "xor")
        for sub in ast.walk(node) if node is not None else ():
            if (isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and isinstance(sub.slice, ast.Tuple)
                    and sub.slice.elts and isinstance(sub.slice.elts[0], ast.Slice)):
                return LAYER.format(line=function_source.statement_line(source, sub), name=sub.value.id,
                                    n=n.split(")")[0].rstrip(",") if n else "n")
    except Exception:  # a reader never raises
        return None
    return None
