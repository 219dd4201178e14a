"""Hints of the gates checks for the classes the eighteenth blind corpus showed, each said only where the student's
own code confirms it: np.where given the condition alone (positions, not 0/1 values), a threshold that stops
firing above some number (an upper bound on z), a perceptron whose outputs are those of its weights divided by
their length, an xor whose every output is the opposite of XOR's (XNOR) from a recipe other than the lesson's,
inputs flattened to 1-D so that a number comes back as an array of shape (1,), and NOT written as a minus sign.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.grading import function_source
from autograder.sandbox.session import StudentError

WHERE_ONE = (
    "Your {name} calls {said}: `{line}`. {how} answers the positions where the condition holds (indices), not a "
    "0/1 value for every entry, so the answer has another shape and holds indices. Give np.where the two values "
    "to choose between as well, np.where(condition, 1, 0), or turn the comparison itself into integers with "
    ".astype(int)."
)
POSITIONS = {"nonzero", "argwhere", "flatnonzero"}  # NumPy's functions that answer positions, as np.where(cond) does


def _own(student, name):
    return function_source.function(student, "gates", name)


def where_hint(student, names=("threshold", "perceptron", "xor")):
    """WHERE_ONE for the first of ``names`` whose text calls np.where with one argument and no keywords, or one of
    NumPy's functions that answer positions (np.nonzero, np.argwhere, np.flatnonzero)."""
    for name in names:
        source, node = _own(student, name)
        for call, called, _ in function_source.calls(node, {"where", *POSITIONS}):
            alone = len(call.args) == 1 and not call.keywords and not isinstance(call.args[0], ast.Starred)
            if called in POSITIONS or alone:
                said, how = (("np.where with the condition alone", "Given one argument, np.where") if called == "where"
                             else (f"np.{called} on the condition", f"np.{called}"))
                return WHERE_ONE.format(name=name, said=said, line=function_source.statement_line(source, call), how=how)
    return None


UPPER_BOUND = (
    "Your threshold fires at z = {fires} but gives 0 at z = {stops}: it stops firing for sums above some number, as "
    "if z had an upper bound too (a band such as 0.5 <= z <= 1). The step has no upper limit: every z >= 0.5, "
    "however large (1.2, 1000), gives 1, and only sums below 0.5 give 0. Keep the one comparison z >= 0.5; the "
    "range 0 to 1 is what threshold answers, not a range of z."
)
SWEEP = [0.5, 0.75, 1.0, 1.2, 1.5, 2.0, 5.0, 1000.0]


def upper_bound_hint(student):
    """UPPER_BOUND where the student's threshold, asked on numbers from 0.5 upwards, gives 1 and then 0 for a
    larger number; None otherwise (or where it raises or answers other than 0 and 1)."""
    try:
        replies = [int(r) for r in student.map("threshold", [(z,) for z in SWEEP])]
    except (StudentError, TypeError, ValueError):
        return None
    fired = [z for z, r in zip(SWEEP, replies) if r == 1]
    later = [z for z, r in zip(SWEEP, replies) if r == 0 and fired and z > fired[0]]
    if not fired or not later or set(replies) - {0, 1}:
        return None
    return UPPER_BOUND.format(fires=fired[0], stops=later[0])


NORMALISED = (
    "Your perceptron answers as if its weights were first divided by {what}{line}: that rescales the sum and "
    "moves where it crosses 0.5, so a sum of 0.3 can grow past 0.5 and fire. The weights are used as they are "
    "given: z = w0 + w1 * x1 + w2 * x2, with no division."
)
SCALES = {  # how a student may "normalise" weights, the words for it, and the calls its line would hold
    "their length (their norm, sqrt(w0**2 + w1**2 + w2**2))": (lambda w: np.linalg.norm(w), {"norm", "sqrt"}),
    "the sum of their sizes (np.abs(w).sum())": (lambda w: np.abs(w).sum(), {"abs", "fabs"}),
    "their largest size (np.abs(w).max())": (lambda w: np.abs(w).max(), {"max", "amax"}),
    "the sum of the weights, a weighted mean as np.average(..., weights=w) computes,": (lambda w: w.sum(), {"sum", "average"}),
}


def _replay(cases, scale):
    for x1, x2, weights in cases:
        w = np.asarray(weights, dtype=float)
        by = scale(w) or 1.0
        yield int((w[0] + w[1] * x1 + w[2] * x2) / by >= 0.5), int(w[0] + w[1] * x1 + w[2] * x2 >= 0.5)


def normalised_hint(student, cases, replies):
    """NORMALISED where every reply of the student's perceptron on ``cases`` ((x1, x2, weights) numbers) is what the
    weights divided by one of SCALES give, and the spec's own weights give otherwise somewhere. Where several
    scales fit the replies, the student's division line picks one by the calls it makes (norm, max, abs, sum);
    failing that, they are named as possibilities."""
    try:
        got = [int(r) for r in replies]
    except (TypeError, ValueError):
        return None
    fitting = []
    for what, (scale, _) in SCALES.items():
        pairs = list(_replay(cases, scale))
        if all(g == scaled for g, (scaled, _) in zip(got, pairs)) and any(a != b for a, b in pairs):
            fitting.append(what)
    if not fitting:
        return None
    source, node = _own(student, "perceptron")
    division = next((sub for sub in ast.walk(node) if isinstance(sub, (ast.BinOp, ast.AugAssign))
                     and isinstance(sub.op, ast.Div)), None) if node is not None else None
    division = division or next((c for c, _, _ in function_source.calls(node, {"average"})), None)  # np.average divides too
    line = f" (`{function_source.statement_line(source, division)}`)" if division is not None else ""
    called = {name for _, name, _ in function_source.calls(division, set().union(*(c for _, c in SCALES.values())))}
    named = [what for what in fitting if SCALES[what][1] & called]
    what = (named or fitting)[0] if len(named or fitting) == 1 else "a measure of their size (" + " or ".join(named or fitting) + ")"
    return NORMALISED.format(what=what, line=line)


XNOR = (
    "Every output of your xor is the opposite of XOR's: [1, 0, 0, 1] is XNOR, 1 where the two inputs are equal "
    "('both or neither'). Your recipe, with {names}, computes that XNOR (both on, or both off), not XOR. XOR is "
    "1 where at least one input is on (OR) and not both are (NAND): the lesson's AND(OR(x1, x2), NAND(x1, x2))."
)
LESSON = {"OR_WEIGHTS", "NAND_WEIGHTS", "AND_WEIGHTS"}


def _weights_used(node):
    return [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id.endswith("_WEIGHTS")] if node is not None else []


def xnor_hint(student, got):
    """XNOR where xor's table ``got`` is XNOR's and xor's text uses gate weights other than the lesson's three."""
    if list(got) != [1, 0, 0, 1]:
        return None
    _, node = _own(student, "xor")
    used = list(dict.fromkeys(_weights_used(node)))
    if not used or set(used) <= LESSON:
        return None  # the lesson's gates only: a swap inside its recipe, which the recipe's reading names
    return XNOR.format(names=", ".join(used))


FLATTENED = (
    "Your {name} flattens its inputs into 1-D arrays first: `{line}`. A number flattened becomes an array of one "
    "element, so {name}(0, 0) answers array([0]) (shape (1,)) where it should answer the int 0, and a 2-D grid "
    "comes back flat. perceptron works on numbers and on arrays of any shape as they are: pass x1 and x2 on "
    "unchanged, without ravel, flatten, reshape(-1) or np.atleast_1d."
)
FLATTENERS = {"ravel", "flatten", "atleast_1d", "reshape"}


def flattened_hint(student, name, value):
    """FLATTENED where ``name`` answered two numbers with an array of shape (1,) and its text (or that of a function
    it is built on) flattens something."""
    if not (isinstance(value, np.ndarray) and value.shape == (1,)):
        return None
    for part in dict.fromkeys((name, "perceptron", "threshold")):
        source, node = _own(student, part)
        for call, called, _ in function_source.calls(node, FLATTENERS):
            if called != "reshape" or any(isinstance(a, ast.UnaryOp) and isinstance(a.op, ast.USub) for a in call.args):
                return FLATTENED.format(name=part, line=function_source.statement_line(source, call))
    return None


MINUS_NOT = (
    "Your xor writes NOT as a minus sign: `{line}`. On a 0/1 value, -x is not its opposite: -0 is still 0 and -1 "
    "is -1, so 'not x' of an input that is off stays off, and the gate fed with it never sees a 1 there. The NOT "
    "of a 0/1 value is 1 - x (or use the NAND or NOR perceptron, whose weights already negate)."
)


def minus_not_hint(student):
    """MINUS_NOT where the student's xor (whose answers are wrong) negates something other than a number."""
    source, node = _own(student, "xor")
    for sub in ast.walk(node) if node is not None else ():
        if _negates(sub):
            return MINUS_NOT.format(line=function_source.statement_line(source, sub))
    return None


def _negates(sub) -> bool:
    """Whether ``sub`` negates a value that is not a number written out: -x, 0 - x, -1 * x or x * -1."""
    def number(n, value):
        n = n.operand if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and isinstance(n.operand, ast.Constant) and value < 0 else n
        return isinstance(n, ast.Constant) and isinstance(n.value, (int, float)) and n.value == abs(value)
    if isinstance(sub, ast.UnaryOp) and isinstance(sub.op, ast.USub):
        return not isinstance(sub.operand, ast.Constant)
    if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Sub):
        return number(sub.left, 0) and not isinstance(sub.right, ast.Constant)
    if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Mult):
        return (number(sub.left, -1) and not isinstance(sub.right, ast.Constant)) or (number(sub.right, -1) and not isinstance(sub.left, ast.Constant))
    return False


ROWS = (
    "{scaled}{gate}_WEIGHTS give the wrong output on {count} of the 4 rows. Each row of the truth table asks one "
    "thing of the weights, the perceptron firing at a sum of 0.5: {rows}. Settle w0 first, from the (0, 0) row, "
    "then w1 and w2 from the rows where one input is on, and check the (1, 1) row last."
)
SCALED = (
    "Your {gate}_WEIGHTS are all {how} of weights that give {gate}'s table: scaling every weight does not keep a "
    "gate, because the threshold stays at 0.5 and does not scale with them. "
)
_TERMS = {(0, 0): "w0", (0, 1): "w0 + w2", (1, 0): "w0 + w1", (1, 1): "w0 + w1 + w2"}


def rows_hint(gate, weights, truth, inputs):
    """ROWS: what each row of ``gate``'s truth table asks of the weights, with the student's sum and whether it
    meets it (SCALED first where the weights doubled or halved give the table); None where no row is wrong."""
    sums = [weights[0] + weights[1] * a + weights[2] * b for a, b in inputs]
    wrong = sum(int(z >= 0.5) != t for z, t in zip(sums, truth))
    if not wrong:
        return None
    rows = "; ".join(f"{x} needs {_TERMS[x]} {'>=' if t else '<'} 0.5, yours is {z:.4g} ({'right' if int(z >= 0.5) == t else 'wrong'})"
                     for x, z, t in zip(inputs, sums, truth))  # fmt: skip
    scaled = ""
    for factor, how in ((2.0, "half"), (0.5, "twice")):
        moved = [w * factor for w in weights]
        if all(int(moved[0] + moved[1] * a + moved[2] * b >= 0.5) == t for (a, b), t in zip(inputs, truth)):
            scaled = SCALED.format(how=how, gate=gate)
            break
    return ROWS.format(gate=gate, count=wrong, rows=rows, scaled=scaled)


def scaled_hint(gate, weights, truth, inputs):
    """ROWS with SCALED where the weights doubled or halved give ``gate``'s table; None otherwise."""
    said = rows_hint(gate, weights, truth, inputs)
    return said if said and "scaling every weight" in said else None


def with_rows(said, gate, weights, truth, inputs):
    """``said`` (a sign slip named) followed by what each row asks of the weights, where turning the sign alone does
    not give the table (its text says when it does); None where nothing was said."""
    if not said or "your numbers give" in said:
        return said
    rows = rows_hint(gate, weights, truth, inputs)
    return f"{said} The sign is not all: {rows}" if rows else said
