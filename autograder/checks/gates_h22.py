"""Hints of the gates checks for the classes the twenty-second blind corpus showed, each said only where the
student's own answers or code confirm it: z converted to an array before the type test that picks threshold's
path, an integer result built on np.zeros_like (which keeps z's float dtype), gate weights scaled by 10, 100 or
1000 (in percent, say) while the threshold stays at 0.5, inputs mapped to -1/+1 (the bipolar convention) before the
weighted sum, and an xor whose loop over the hidden neurons overwrites one name.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once a
check has failed, and gives None rather than raise on an odd answer.
"""

import ast

import numpy as np

from autograder.grading import function_source
from autograder.grading.compare import CheckFailed

CONVERTERS = {"asarray", "array", "asanyarray", "atleast_1d"}
CONVERTED_FIRST = (
    "Line {lineno} of your threshold, `{line}`, converts z to a NumPy array before your type test `{test}` runs, so "
    "the test is always true: every number, Python's too, is an array (a 0-d one) by then and takes the array path, "
    "which gives a NumPy integer, not the Python int the spec asks for a number. Test the type of the z you were "
    "given first, and convert only inside the array branch (or leave the conversion out: an np.ndarray needs none)."
)
LIKE_DTYPE = (
    "`{line}` makes the result with np.{name}(z), which copies z's dtype: for an array of float sums that is a float "
    "array (dtype float64), so the 0s and 1s you write into it stay floats, not the integers the spec asks for. Give "
    "it an integer dtype, np.{name}(z, dtype=int), or build the result from the comparison: (z >= 0.5).astype(int)."
)
SCALED = (
    "Your {gate}_WEIGHTS {weights} are {factor} times weights that give {gate}'s truth table, {scaled}: written in "
    "{unit}, perhaps. Scaling every weight does not scale the threshold: the perceptron still fires at a weighted sum "
    "of 0.5, so your sums ({sums}) reach it on rows where {gate} should give 0. Divide the weights by {factor}: "
    "{gate}_WEIGHTS = {scaled}."
)
UNITS = {10: "tenths", 100: "percent", 1000: "thousandths"}
BIPOLAR = (
    "Your perceptron answers as if it first mapped the inputs from 0/1 to -1/+1 (2 * x - 1, the bipolar convention "
    "of some other tutorials) and then took the weighted sum: w0 + w1 * (2*x1 - 1) + w2 * (2*x2 - 1) >= 0.5 gives "
    "every answer it gave here; on {call} that sum is {bipolar:.4g}, where the course's sum is {z:.4g}. The gates' "
    "weights are made for inputs as they are, 0 and 1: compute z = w0 + w1 * x1 + w2 * x2 with no mapping."
)
OVERWRITTEN = (
    "Your xor's loop (`{loop}`) assigns `{line}` on every pass, so each pass overwrites the hidden output of the one "
    "before: after the loop {name} holds only the last one, and the second layer gets that one output where it "
    "needs two different ones (OR's and NAND's). Keep both hidden outputs: give each perceptron call its own name "
    "(one for OR's output, one for NAND's), or append each to a list, and feed the two to the AND perceptron."
)


def _function(student, name):
    return function_source.function(student, "gates", name)


def _converted_first(source, node):
    """(assignment, isinstance call) where ``z = np.asarray(z)`` (of the same name) comes before an isinstance test
    of that name against an ndarray; None otherwise."""
    converts = []
    for sub in ast.walk(node):
        if (isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name)
                and isinstance(sub.value, ast.Call) and getattr(sub.value.func, "attr", getattr(sub.value.func, "id", None)) in CONVERTERS
                and sub.value.args and isinstance(sub.value.args[0], ast.Name) and sub.value.args[0].id == sub.targets[0].id):  # fmt: skip
            converts.append(sub)
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and getattr(sub.func, "id", None) == "isinstance" and len(sub.args) == 2:
            tested, kind = sub.args
            if isinstance(tested, ast.Name) and "ndarray" in ast.dump(kind):
                before = [c for c in converts if c.targets[0].id == tested.id and c.lineno < sub.lineno]
                if before:
                    return before[-1], sub
    return None


def python_ints(student, expect):
    """Runs ``expect`` (the check of Python ints); where it fails and threshold converts z before its type test,
    fails with CONVERTED_FIRST instead."""
    try:
        expect()
    except CheckFailed as wrong:
        said = None
        try:
            source, node = _function(student, "threshold")
            found = _converted_first(source, node) if node is not None else None
            if found:
                convert, test = found
                said = CONVERTED_FIRST.format(lineno=convert.lineno, line=function_source.statement_line(source, convert),
                                              test=ast.get_source_segment(source, test) or "isinstance(...)")
            elif node is not None and "where it gives a Python int for Python floats" in (wrong.hint or ""):  # NumPy's alone
                said = bool_arithmetic_hint(source, node)
        except Exception:  # a reader never raises
            said = None
        if said:
            raise CheckFailed(wrong.message, hint=said) from None
        raise


def like_dtype_hint(student, got):
    """LIKE_DTYPE where threshold gave a float array and its text builds a result with np.zeros_like (or ones_like,
    empty_like, full_like) without a dtype."""
    try:
        if not (isinstance(got, np.ndarray) and got.dtype.kind == "f"):
            return None
        source, node = _function(student, "threshold")
        names = {"zeros_like", "ones_like", "empty_like", "full_like"}
        for call, _, _ in function_source.calls(node, names) if node is not None else ():
            if not any(k.arg == "dtype" for k in call.keywords):
                name = getattr(call.func, "attr", getattr(call.func, "id", "zeros_like"))
                return LIKE_DTYPE.format(line=function_source.statement_line(source, call), name=name)
    except Exception:  # a reader never raises
        return None
    return None


def _table(weights, inputs):
    return tuple(int(weights[0] + weights[1] * a + weights[2] * b >= 0.5) for a, b in inputs)


def scaled_hint(gate, weights, truth, inputs):
    """SCALED where the weights divided by 10, 100 or 1000 (and not as they are) give ``gate``'s table."""
    try:
        if _table(weights, inputs) == tuple(truth) or _one_weight_slipped(weights, truth, inputs):
            return None  # one weight off by a power of ten: the decimal point's reading (gates_weight_hints) says it
        for factor in (100, 10, 1000):
            scaled = [w / factor for w in weights]
            if _table(scaled, inputs) == tuple(truth):
                sums = ", ".join(f"{weights[0] + weights[1] * a + weights[2] * b:g}" for a, b in inputs)
                return SCALED.format(gate=gate, weights="(" + ", ".join(f"{w:g}" for w in weights) + ")", factor=factor,
                                     scaled="(" + ", ".join(f"{w:g}" for w in scaled) + ")", unit=UNITS[factor], sums=sums)
    except Exception:  # a reader never raises
        return None
    return None


def _one_weight_slipped(weights, truth, inputs) -> bool:
    """Whether moving the decimal point of one weight alone (x or / 10, 100) gives ``truth``: fewer changes than
    scaling all of them, so the likelier slip."""
    for k in range(len(weights)):
        for factor in (10, 100, 0.1, 0.01):
            moved = [w * factor if i == k else w for i, w in enumerate(weights)]
            if _table(moved, inputs) == tuple(truth):
                return True
    return False


def bipolar_hint(cases, replies):
    """BIPOLAR where every answer of perceptron is the step at 0.5 of the sum over inputs mapped to -1/+1, and not
    every answer is the course's."""
    try:
        got = [int(np.asarray(g)) for g in replies]
        bipolar = [w0 + w1 * (2 * x1 - 1) + w2 * (2 * x2 - 1) for x1, x2, (w0, w1, w2) in cases]
        plain = [w0 + w1 * x1 + w2 * x2 for x1, x2, (w0, w1, w2) in cases]
        if [int(z >= 0.5) for z in bipolar] != got or [int(z >= 0.5) for z in plain] == got:
            return None
        index = next(i for i, z in enumerate(plain) if int(z >= 0.5) != got[i])
        x1, x2, weights = cases[index]
        return BIPOLAR.format(call=f"perceptron({x1}, {x2}, {tuple(weights)})", bipolar=bipolar[index], z=plain[index])
    except Exception:  # a reader never raises
        return None


def overwritten_hint(student):
    """OVERWRITTEN where xor's text assigns one name anew on each pass of a loop (no append, no use of it inside the
    loop) and reads that name after the loop."""
    try:
        source, node = _function(student, "xor")
        if node is None:
            return None
        for loop in [s for s in ast.walk(node) if isinstance(s, ast.For)]:
            for sub in ast.walk(loop):
                if not (isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name)
                        and isinstance(sub.value, ast.Call)):  # fmt: skip
                    continue
                name = sub.targets[0].id
                used_inside = any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in ast.walk(loop))
                after = any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) and n.lineno > loop.end_lineno
                            for n in ast.walk(node))  # fmt: skip
                if not used_inside and after:
                    return OVERWRITTEN.format(loop=function_source.statement_line(source, loop),
                                              line=function_source.statement_line(source, sub), name=name)
    except Exception:  # a reader never raises
        return None
    return None


RETURN_IN_LOOP = (
    "Line {lineno} of your xor, `{line}`, is indented inside the loop of line {loop}, so it runs on the loop's first "
    "pass, when only one hidden output has been made{held}: the second layer is called before the other hidden "
    "neuron exists (or gets the first one twice). Dedent the return so it runs after the loop, once both hidden outputs are there."
)
BOOL_ARITHMETIC = (
    "`{line}` turns the comparison into a number by arithmetic. For a Python float the comparison is a Python bool, "
    "and the arithmetic gives a Python int; but for a NumPy number (perceptron hands threshold an np.float64) the "
    "comparison is a NumPy bool (np.bool_), and the arithmetic on it gives a NumPy integer (np.int64), not the Python "
    "int the spec asks for. Convert with int(...) instead: int(z >= 0.5)."
)


def return_in_loop_hint(student, exc):
    """RETURN_IN_LOOP where xor raised its own error and its text holds a return in a loop's own body."""
    try:
        if exc is not None and not getattr(exc, "own_exception", False):  # None: xor answered, wrongly
            return None
        source, node = _function(student, "xor")
        found = function_source.return_in_loop(source, node) if node is not None else None
        if not found:
            return None
        line, lineno, loop = found
        held = next((f" ({k} is {v})" for k, v in (getattr(exc, "held", None) or {}).items() if "list of 1" in v), "")
        return RETURN_IN_LOOP.format(lineno=lineno, line=line, loop=loop, held=held)
    except Exception:  # a reader never raises
        return None


def bool_arithmetic_hint(source, node):
    """BOOL_ARITHMETIC where threshold's text adds 0 to (or multiplies by 1) a comparison outside any .astype."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, (ast.Add, ast.Mult)):
            sides = (sub.left, sub.right)
            if any(isinstance(s, ast.Compare) for s in sides) and any(isinstance(s, ast.Constant) and s.value in (0, 1) for s in sides):
                return BOOL_ARITHMETIC.format(line=function_source.statement_line(source, sub))
    return None
