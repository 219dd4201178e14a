"""Hints of the gates' perceptron check about which weights a wrong perceptron really uses: none of
its argument's (the same outputs whatever weights it is given), or its argument's made whole numbers.

Such a perceptron gives the same outputs for every weight triple between -1 and 1 once they are cut
to whole numbers (all become 0), so a few weights beyond 1 (``WIDE_WEIGHTS``) tell the two readings
apart; the student's perceptron is asked them only once it is known to be wrong.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.sandbox.session import StudentError

INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]
WIDE_WEIGHTS = [(1.7, -1.4, 0.3), (-1.6, 2.3, 1.2), (0.7, -2.6, 1.8)]  # beyond 1: cut to whole numbers, they stay apart
WIDE_CASES = [(x1, x2, weights) for weights in WIDE_WEIGHTS for x1, x2 in INPUTS]

IGNORED = (
    "Your perceptron gives the same four outputs, {table} for (0,0), (0,1), (1,0), (1,1), whatever weights it is "
    "given (it was given {count} different triples): it does not use its weights argument.{gate} Unpack w0, w1, "
    "w2 from the weights passed in, so that each call's own weights decide its outputs."
)
IGNORED_GATE = (" {table} is the truth table of {gate}: weights fixed inside the function ({gate}_WEIGHTS, say, "
                "or numbers typed in) take the place of the argument.")  # fmt: skip
CUT = {
    "truncated": "cut to whole numbers towards zero, as int() does (0.6 becomes 0, -1.4 becomes -1)",
    "rounded": "rounded to whole numbers, as round() or np.round do (0.6 becomes 1, 0.3 becomes 0)",
}
WEIGHTS_CUT = (
    "Your perceptron's outputs, on every weight triple it was given, are what the weights give once {how}. The "
    "weights are floats and the perceptron uses them as they are: make none of them an integer (no int(), round() "
    "or astype(int) on the weights, nor an integer array to keep them in)."
)


def _tables(outputs):
    """The outputs, four per weight triple (in the order of INPUTS), as tuples."""
    return [tuple(outputs[i:i + 4]) for i in range(0, len(outputs), 4)]


def weights_use_hint(student, got, cut, wide_cut, truth):
    """IGNORED or WEIGHTS_CUT where the student's perceptron, which gave ``got`` (0/1 ints, four per
    weight triple of the check), and on WIDE_CASES (asked here), gives what one reading does everywhere;
    None otherwise. ``cut`` and ``wide_cut``: ``outputs_with_weights_cut`` of the check's cases and of
    WIDE_CASES (recorded); ``truth``: the gates' truth tables by name."""
    try:
        wide = [int(np.asarray(v)) for v in student.map("perceptron", WIDE_CASES)]
    except (StudentError, TypeError, ValueError):
        return None
    tables = set(_tables(got + wide))
    if len(tables) == 1:
        table = tables.pop()
        gate = next((name for name, t in truth.items() if tuple(t) == table), None)
        return IGNORED.format(table=list(table), count=len(got + wide) // 4,
                              gate=IGNORED_GATE.format(table=list(table), gate=gate) if gate else "")  # fmt: skip
    readings = [CUT[how] for how in CUT if cut[how] == got and wide_cut[how] == wide]
    if readings:
        return WEIGHTS_CUT.format(how=", or ".join(readings))
    return None


# The gates' hints that only say which way the sums miss: a sign slip, where one shows, says more.
GENERIC_GATE_HINTS = ("With these ", "Write down the four weighted sums")
NEEDS = {"AND": 1, "OR": 1, "NAND": -1, "NOR": -1}  # the sign both input weights need: an input that is on pushes
SIGN_SLIP = (
    "{which} of {gate}_WEIGHTS {has} the wrong sign: {gate} treats its two inputs alike, and an input that is on "
    "must push the sum {way}, so both input weights (w1 and w2) are {kind}.{fixed} Check the signs of w1 and w2 "
    "(a minus typed or dropped), then the four sums."
)


def sign_hint(gate, weights, truth):
    """SIGN_SLIP where one input weight, or both, has the sign the gate cannot work with (any weights that give
    the truth table have both input weights of the gate's sign); None otherwise."""
    need = NEEDS.get(gate)
    if need is None:
        return None
    wrong = [i for i in (1, 2) if weights[i] * need < 0]
    if not wrong:
        return None
    names = [f"w{i} = {weights[i]:g}" for i in wrong]
    flipped = tuple(-w if i in wrong else w for i, w in enumerate(weights))
    table = tuple(int(flipped[0] + flipped[1] * x1 + flipped[2] * x2 >= 0.5) for x1, x2 in INPUTS)
    fixed = (f" With {'those signs' if len(wrong) > 1 else 'that sign'} turned, your numbers give {gate}'s truth table."
             if table == tuple(truth) else "")  # fmt: skip
    return SIGN_SLIP.format(which=" and ".join(names), has="have" if len(wrong) > 1 else "has", gate=gate,
                            way="up" if need > 0 else "down", kind="positive" if need > 0 else "negative", fixed=fixed)


OTHER_GATE = " These {gate}_WEIGHTS compute {other}'s truth table, not {gate}'s."
SWAPPED = (
    "Your {gate}_WEIGHTS = {weights} compute {other}'s truth table, not {gate}'s, and your {other}_WEIGHTS compute "
    "{gate}'s: the two tuples are exchanged (each holds the other gate's numbers). Swap them back."
)


def other_gate_hint(student, gate, weights, got, truth, said):
    """Where ``got`` (the gate's outputs on INPUTS) is the truth table of another gate of ``truth``: SWAPPED where
    that gate's own weights (read from the student's module) give this gate's table, else ``said`` (the hint
    that says which way the sums miss) with OTHER_GATE after it; None otherwise."""
    other = next((name for name, table in truth.items() if name != gate and tuple(table) == tuple(got)), None)
    if other is None:
        return None
    try:
        theirs = [float(w) for w in student.get(f"{other}_WEIGHTS")]
        swapped = len(theirs) == 3 and tuple(int(theirs[0] + theirs[1] * a + theirs[2] * b >= 0.5)
                                             for a, b in INPUTS) == tuple(truth[gate])  # fmt: skip
    except (StudentError, TypeError, ValueError):
        swapped = False
    if swapped:
        return SWAPPED.format(gate=gate, other=other, weights="(" + ", ".join(f"{w:g}" for w in weights) + ")")
    return said + OTHER_GATE.format(gate=gate, other=other)



NEGATED = (
    "Your {gate}_WEIGHTS are your {other}_WEIGHTS with every sign turned. If they are meant as NOT {other}: turning "
    "every sign of a gate's weights does not give the opposite gate when the perceptron fires at z >= 0.5 (a sum "
    "of 0 stays below 0.5 either way, and a sum of 0.5 turns into -0.5, below it too).{opposite} {said}"
)


def negated_hint(student, gate, weights, truth, said):
    """NEGATED, with ``said`` (the hint that says which way the sums miss) after it, where ``weights`` are another
    gate's weights in the student's module (a gate of ``truth``) with every sign turned; None otherwise."""
    for other in truth:
        try:
            theirs = [float(w) for w in student.get(f"{other}_WEIGHTS")]
        except (StudentError, TypeError, ValueError):
            continue
        if other != gate and len(theirs) == 3 and np.allclose(theirs, [-float(w) for w in weights], rtol=1e-12, atol=1e-12):
            table = tuple(1 - t for t in truth[other])  # NOT other's truth table
            complement = next((name for name, right in truth.items() if tuple(right) == table), None)
            opposite = f" (And NOT {other} is {complement}, not {gate}.)" if complement not in (None, gate) else ""
            return NEGATED.format(gate=gate, other=other, opposite=opposite, said=said)
    return None


DECIMAL_SLIP = (
    "{which} of {gate}_WEIGHTS look{s} like a slip of the decimal point: with {fixed} in {its} place, your "
    "{gate}_WEIGHTS give {gate}'s truth table. A zero too many or too few after the point (0.06 for 0.6), or a "
    "point in the wrong place (-6.0 for -0.6), makes a weight ten times too large or too small, and the four "
    "sums land on the wrong side of 0.5. Check each weight's digits."
)
DECIMAL_SETS = [(0,), (1,), (2,), (1, 2), (0, 1, 2)]  # one weight, the two input weights, all three
DECIMAL_FACTORS = (10.0, 0.1, 100.0, 0.01)


def _gives(weights, truth, margin=1e-9):
    """Whether ``weights`` give ``truth`` on INPUTS: the rows that should output 1 reach 0.5 (within float
    rounding), those that should output 0 stay clearly below it."""
    sums = [weights[0] + weights[1] * x1 + weights[2] * x2 for x1, x2 in INPUTS]
    return all(z >= 0.5 - margin if t else z <= 0.5 - margin for z, t in zip(sums, truth))


def decimal_hint(gate, weights, truth):
    """DECIMAL_SLIP where the same digits with the decimal point moved (one weight, both input weights or all
    three, times 10, 100, 1/10 or 1/100) give the gate's truth table (see ``_gives``); None otherwise."""
    for which in DECIMAL_SETS:
        if any(weights[i] == 0 for i in which):
            continue
        for factor in DECIMAL_FACTORS:
            moved = [float(np.round(w * factor, 10)) if i in which else w for i, w in enumerate(weights)]
            if _gives(moved, truth):
                names = [f"w{i} = {weights[i]:g}" for i in which]
                fixed = " and ".join(f"{moved[i]:g}" for i in which)
                return DECIMAL_SLIP.format(which=" and ".join(names), s="s" if len(which) == 1 else "",
                                           gate=gate, fixed=fixed, its="its" if len(which) == 1 else "their")
    return None
