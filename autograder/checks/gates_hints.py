"""Hints of the gates checks that read a wrong answer's pattern: gate weights whose sums miss the
threshold (on it, rounded below it, or on the wrong side), a weighted sum read the wrong way or
thresholded twice, an xor whose second layer is fed a raw input,
an xor written with Python's operators instead of perceptrons. Said in words, never as a solution's line.
The threshold step's own hints (a bool or float for an int, a rounding or scaled threshold) are in
``gates_threshold_hints.py``.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

ONE_INPUT_TWICE = "Your perceptron ignores {other} (it reads {twice} in its place): z = w0 + w1*x1 + w2*x2."
WRONG_SUMS = {
    "no_bias": "w0 multiplies the constant input x0 = 1: z = w0 + w1*x1 + w2*x2.",
    "bias_last": ("The weights come as (w0, w1, w2), bias first: the first of them is w0, the weight of the "
                  "constant input 1, then w1 and w2. Yours treat the last one as the bias."),
    "fires_at_one": ("Your perceptron fires only where the weighted sum reaches 1, not 0.5: the threshold is "
                     "applied twice, as when 0.5 is subtracted from the sum before threshold, which compares "
                     "with 0.5 itself; a sum halved before threshold gives the same outputs. Pass the weighted "
                     "sum to threshold as it is."),
    "bias_subtracted": ("Your perceptron subtracts w0 from the weighted sum. w0 is not a threshold to take away: "
                        "it is the weight of a constant input x0 = 1, added like the other weights, so "
                        "z = w0 + w1*x1 + w2*x2 (the threshold, 0.5, is threshold's business)."),
    "fires_at_zero": ("Your perceptron fires where the weighted sum reaches 0, not 0.5: the sum is shifted by 0.5 "
                      "before threshold, or compared with 0 (the perceptron exercise's step). Here the threshold "
                      "is 0.5: pass the weighted sum itself to threshold."),
    "inputs_swapped": ("Your perceptron pairs each weight with the other input, w1 with x2 and w2 with x1: w1 is "
                       "x1's weight and w2 is x2's, so z = w0 + w1*x1 + w2*x2."),
    "plus_for_times": ("Your weighted sum adds a weight and its input (w + x) where it should multiply them "
                       "(w * x), a + typed for a *: each input is multiplied by its own weight, and those products "
                       "are added to w0."),
    "bias_times_input": ("Your sum multiplies w0 by an input, as brackets around w0 and a weight do, such as "
                         "(w0 + w1) * x1 "
                         "(so at (0, 0) your sum is 0, not w0): w0 is the weight of the constant input x0 = 1, "
                         "added once on its own, z = w0 + w1*x1 + w2*x2."),
    "weights_shifted": ("Your sum pairs each weight with the input one place before its own: w0 with x1, w1 with x2, "
                        "and w2 is never used. zip(weights, (x1, x2)) does that (zip pairs by position and stops at "
                        "the shorter of the two), and so does weights[:2] against (x1, x2). w0 belongs to the constant input x0 = 1, so pair (w0, w1, w2) with "
                        "(1, x1, x2), or write z = w0 + w1*x1 + w2*x2."),
}
SUMS = {
    "no_bias": lambda x1, x2, w: w[1] * x1 + w[2] * x2,
    "bias_last": lambda x1, x2, w: w[2] + w[0] * x1 + w[1] * x2,
    "fires_at_one": lambda x1, x2, w: w[0] + w[1] * x1 + w[2] * x2 - 0.5,
    "fires_at_zero": lambda x1, x2, w: w[0] + w[1] * x1 + w[2] * x2 + 0.5,
    "bias_subtracted": lambda x1, x2, w: -w[0] + w[1] * x1 + w[2] * x2,
    "inputs_swapped": lambda x1, x2, w: w[0] + w[1] * x2 + w[2] * x1,
    "bias_times_input": lambda x1, x2, w: (w[0] + w[1]) * x1 + w[2] * x2,
    "bias_times_x2": lambda x1, x2, w: w[1] * x1 + (w[0] + w[2]) * x2,
    "weights_shifted": lambda x1, x2, w: w[0] * x1 + w[1] * x2,
}
WRONG_SUMS["bias_times_x2"] = WRONG_SUMS["bias_times_input"]
PLUS_FOR_TIMES = [lambda x1, x2, w: w[0] + w[1] + x1 + w[2] * x2, lambda x1, x2, w: w[0] + w[1] * x1 + w[2] + x2,
                  lambda x1, x2, w: w[0] + w[1] + x1 + w[2] + x2]  # fmt: skip
RAGGED_MARK = "inhomogeneous"
RAGGED = (
    "A list that holds numbers and arrays together, such as [1, x1, x2] with x1 and x2 arrays, cannot become one "
    "NumPy array (that is the ValueError about an inhomogeneous shape): np.sum, np.dot or np.array on such a "
    "list works for numbers only (and np.sum would add up every element into one number besides). {fix}"
)
ONE_NUMBER_MARK = "arrays can be converted to Python scalars"  # int() or float() of an array (NumPy 1 and 2)
ONE_NUMBER = "Your {name} gives an array to int() (or float()), which takes one number only: that is this TypeError.{why} {{fix}}"
NUMBER_PATH = (
    " An array went down the path meant for a single number: if threshold tells numbers from arrays with a test, "
    "the test misses NumPy arrays (a NumPy array is no list, for one), or there is no such test."
)


XOR_AS_GIVEN = (
    "Leave the perceptrons' outputs as they are: perceptron already gives 0 or 1, an int for numbers and an "
    "integer array for arrays, so none of them needs int() around it."
)


def one_number_text(name):
    """ONE_NUMBER for ``name``, with a ``{fix}`` left to fill (xor's own fix already in place)."""
    text = ONE_NUMBER.format(name=name, why=NUMBER_PATH if name == "threshold" else "")
    return text.replace("{fix}", XOR_AS_GIVEN) if name == "xor" else text


NESTED = (
    "Your {name} is a tuple of one item, and that item is itself a {kind} of {n} items: a comma after the closing "
    "bracket, (a, b, c), with a comma at the end, makes a one-item tuple around your tuple (so does a pair of "
    "brackets too many, ((a, b, c),)). Take that comma away, so that {name} is the three numbers (w0, w1, w2) "
    "themselves."
)
WEIGHTS_LENGTH = (
    "Your {name} has {n} numbers, and a gate's weights are three, (w0, w1, w2): {what}"
)


def weights_length_hint(name, weights):
    """The hint for gate weights ``name`` that are a tuple or list of another length than three."""
    if not isinstance(weights, (tuple, list)):
        return None
    inner = weights[0] if len(weights) == 1 else None
    if isinstance(inner, (tuple, list)) or getattr(inner, "ndim", 0) == 1:
        return NESTED.format(name=name, n=len(inner), kind={"list": "list", "tuple": "tuple"}.get(type(inner).__name__, "array"))
    if len(weights) == 2:
        return WEIGHTS_LENGTH.format(name=name, n=2, what="w0, the bias, the weight of the constant input 1, comes first, "
                                              "then w1 and w2, the inputs' weights. Two numbers leave out the bias.")
    return WEIGHTS_LENGTH.format(name=name, n=len(weights), what="the bias w0 first, then one weight for each of the two inputs.")


WEIGHT_TWICE = (
    "Your perceptron multiplies both inputs by {twice}, so {other} is never used: z = w0 + w1*x1 + w2*x2. Either the "
    "sum writes {twice} in both terms, or {other} is taken from the wrong place in the tuple: the weights are "
    "(w0, w1, w2), at indices 0, 1 and 2, so {other} is weights[{index}]."
)
SLIPS_ALIKE = (
    "Your weighted sum is not w0 + w1*x1 + w2*x2, each input times its own weight. These outputs are what it gives "
    "with {slips}: check that each input and each weight appears once, in its own place."
)


def weighted_sum_hint(cases, got, one_input_twice):
    """The hint for a wrong weighted sum whose outputs match it on every case, or None
    (``one_input_twice``: the outputs of a sum that reads x1, or x2, in both places). Where several
    copy slips give the same outputs (an input read twice, a weight used twice), all are said."""
    slips = [(ONE_INPUT_TWICE.format(twice=twice, other=other), f"{twice} read in place of {other}")
             for (twice, outputs), other in zip(one_input_twice.items(), ("x2", "x1")) if got == outputs]  # fmt: skip
    for i, (twice, other) in enumerate((("w1", "w2"), ("w2", "w1")), start=1):
        if got == [int(w[0] + w[i] * x1 + w[i] * x2 >= 0.5) for x1, x2, w in cases]:
            slips.append((WEIGHT_TWICE.format(twice=twice, other=other, index=other[1]), f"{twice} used for both inputs"))
    if len(slips) > 1:
        return SLIPS_ALIKE.format(slips=", or ".join(short for _, short in slips))
    if slips:
        return slips[0][0]
    for name, z in [*SUMS.items(), *(("plus_for_times", sum_) for sum_ in PLUS_FOR_TIMES)]:
        if got == [int(z(x1, x2, w) >= 0.5) for x1, x2, w in cases]:
            return WRONG_SUMS[name]
    return None


PYTHON_LOGIC = (
    "Python's and, or, not and if ask an array for a single True/False, which NumPy refuses; its advice "
    "to use a.any() or a.all() is not what this needs. {fix}"
)

XOR_FIX = ("Let the perceptrons do the logic element by element: feed the two first-layer outputs into a "
           "second perceptron, for example perceptron(either, not_both, AND_WEIGHTS).")  # fmt: skip


# xor's table when the lesson's recipe, AND(OR(x1, x2), NAND(x1, x2)), gets a raw input in its second layer
RAW_INPUT_TABLES = {
    (0, 0, 1, 0): ("x1", "the output of OR"),
    (0, 1, 0, 0): ("x2", "the output of OR"),
    (0, 0, 1, 1): ("x1", "the output of NAND"),
    (0, 1, 0, 1): ("x2", "the output of NAND"),
}
RAW_INPUT = (
    "Your xor gives {table}: one of its perceptrons gets the wrong inputs. That table is what the lesson's "
    "AND(OR(x1, x2), NAND(x1, x2)) gives with the raw input {raw} where {output} belongs in the second layer, and "
    "other wirings give it too (a first-layer gate fed another gate's output in place of x1 or x2, say). Check "
    "each perceptron's two inputs: the first layer takes x1 and x2, the second only the two first-layer outputs."
)
SIGN = (
    "Your threshold returns {got} for a sum below 0.5: a sign (np.sign(z - 0.5)) gives -1, 0 or 1, and a threshold "
    "gives only the int 0 or 1. Compare z with 0.5 instead: 1 where z >= 0.5, else 0."
)


def raw_input_hint(got):
    """A hint when xor's four outputs are those of a second layer fed x1 or x2 itself, or None."""
    found = RAW_INPUT_TABLES.get(tuple(got))
    return RAW_INPUT.format(table=list(got), raw=found[0], output=found[1]) if found else None


OPERATOR_TEXTS = ("unsupported operand type(s) for ^", "unsupported operand type(s) for &",
                  "unsupported operand type(s) for |", "bitwise_xor", "bitwise_and", "bitwise_or")  # fmt: skip
XOR_BY_OPERATOR = (
    "Your xor uses one of Python's bitwise operators (^, & or |), which work on integers only: they fail on "
    "floats (1.0 ^ 0.0) and on lists, which xor takes as the perceptron does. Build xor from perceptrons, as "
    "the exercise asks: a first layer of two gates (OR and NAND of x1 and x2) and a second-layer perceptron "
    "with AND_WEIGHTS on their outputs."
)


def operator_hint(raised_message):
    """XOR_BY_OPERATOR for the error a bitwise operator raises on floats or lists, else None."""
    return XOR_BY_OPERATOR if any(text in raised_message for text in OPERATOR_TEXTS) else None


ROUNDED_BELOW = (
    "A weighted sum that should be exactly 0.5, on a row that should output 1, comes out as {z!r} in floating "
    "point, just below the threshold (0.1, 0.7 and 0.9 have no exact binary form), so that row outputs 0. "
    "Choose weights with a margin, so that the rows that should output 1 reach clearly above 0.5."
)
ON_THE_THRESHOLD = (
    "{rows} {give} the weighted sum {z!r}, on the threshold itself, and the perceptron fires at z >= 0.5, so "
    "{it} {output} 1 where {gate} gives 0. Only the rows that should output 1 may reach 0.5: make w0 (or the "
    "weights) smaller, so that the rows that should output 0 stay clearly below 0.5, with a margin."
)


REORDERED = (
    "Your three numbers work, but in another order: the tuple is read as (w0, w1, w2), bias first, so the "
    "weighted sum at (0, 0) is w0 alone. Written as {gate}_WEIGHTS = {order}, the same numbers give {gate}'s "
    "truth table: put the bias, the weight of the constant input 1, first."
)


def _reordered_weights(sums, truth, inputs, on_threshold):
    """The tuple (w0, w1, w2) as another order of the same three numbers, when that order gives
    ``truth`` (the rows that should output 0 clear of the threshold) and the order given does not;
    None otherwise.
    The numbers are read back from the sums at (0, 0), (0, 1) and (1, 0)."""
    at = dict(zip(inputs, sums))
    if not {(0, 0), (0, 1), (1, 0)} <= set(at):
        return None
    w0 = at[(0, 0)]
    given = (w0, at[(1, 0)] - w0, at[(0, 1)] - w0)
    for order in ((1, 2, 0), (2, 0, 1), (1, 0, 2), (2, 1, 0), (0, 2, 1)):  # bias last or in the middle first
        w = tuple(given[i] for i in order)
        moved = [w[0] + w[1] * x1 + w[2] * x2 for x1, x2 in inputs]
        if all(z >= 0.5 - 1e-9 if t else z <= 0.5 - on_threshold for z, t in zip(moved, truth)):
            return "(" + ", ".join(f"{round(v, 6):g}" for v in w) + ")"
    return None


# the row (0, 0) among those that miss, all on one side: its sum is w0 alone, so w1 and w2 cannot move it
W0_ALONE = {
    1: ("With these {gate}_WEIGHTS the sums of the rows that should output 1 stay below 0.5, and (0, 0) is one of "
        "them: with both inputs 0 its sum is w0 alone ({w0}), so no choice of w1 and w2 can lift it. Make w0 at "
        "least 0.5, then choose w1 and w2 so that exactly the rows that should output 1 reach 0.5."),
    0: ("With these {gate}_WEIGHTS rows that should output 0 reach 0.5 too, and (0, 0) is one of them: with both "
        "inputs 0 its sum is w0 alone ({w0}), so no choice of w1 and w2 can lower it. Make w0 less than 0.5, "
        "then choose w1 and w2 so that only the rows that should output 1 reach 0.5."),
}


def gate_weights_hint(gate, sums, got, truth, inputs, on_threshold):
    """How to fix ``{gate}_WEIGHTS``, whose weighted ``sums`` on ``inputs`` make the perceptron give
    ``got`` where ``truth`` belongs: a sum on the threshold (within ``on_threshold`` of 0.5) said by
    the side it fails on, weights right for a threshold at 0, or the direction the rows miss in."""
    wrong = [(x, z, t) for x, z, g, t in zip(inputs, sums, got, truth) if g != t]
    below = [z for _, z, t in wrong if t == 1 and abs(z - 0.5) < on_threshold]
    if below and len(below) == len(wrong):  # the tie alone is wrong: otherwise a fix of it would not fix the rest
        return ROUNDED_BELOW.format(z=below[0])
    on_edge = [(x, z) for x, z, t in wrong if t == 0 and abs(z - 0.5) < on_threshold]
    if on_edge and len(on_edge) == len(wrong):
        rows = " and ".join(f"({x1}, {x2})" for (x1, x2), _ in on_edge)
        many = len(on_edge) > 1
        return ON_THE_THRESHOLD.format(rows=rows, give="give" if many else "gives", z=on_edge[0][1],
                                       it="they" if many else "it", output="output" if many else "outputs", gate=gate)
    reordered = _reordered_weights(sums, truth, inputs, on_threshold)
    if reordered:
        return REORDERED.format(gate=gate, order=reordered)
    if tuple(int(z >= 0) for z in sums) == tuple(truth):
        return (f"These {gate}_WEIGHTS would be right if the perceptron fired at z >= 0, but it fires at "
                "z >= 0.5: add 0.5 to w0.")  # fmt: skip
    missed = {t for _, _, t in wrong}
    if missed and len(missed) == 1 and (0, 0) in [x for x, _, _ in wrong]:
        return W0_ALONE[missed.pop()].format(gate=gate, w0=f"{sums[inputs.index((0, 0))] + 0.0:g}")
    if missed == {1}:
        return (f"With these {gate}_WEIGHTS the sums of the rows that should output 1 stay below 0.5: make "
                "the weights (or w0) larger, until exactly those rows reach 0.5.")  # fmt: skip
    if missed == {0}:
        return (f"With these {gate}_WEIGHTS rows that should output 0 reach 0.5 too: make the weights "
                "(or w0) smaller, until only the rows that should output 1 reach 0.5.")  # fmt: skip
    return ("Write down the four weighted sums w0 + w1*x1 + w2*x2 and choose weights so that "
            "exactly the rows that should output 1 reach 0.5.")


RECIPE = ("AND", "OR", "NAND")  # the lesson's xor: the output gate, then the two hidden gates
RECIPE_SLIP = (
    "Your xor {gives}, which is what the lesson's AND(OR(x1, x2), NAND(x1, x2)) gives {slips}: check "
    "which gate's weights each of your perceptrons uses, the two hidden ones and the output one, and that the "
    "output one is given the two hidden outputs, one each. (Other "
    "recipes work too, NOR(AND(x1, x2), NOR(x1, x2)) for one, as long as every gate is the one the recipe needs.)"
)


def _composed(truth, inputs, output, first, second):
    """xor's table when the gates ``output``(``first``(x1, x2), ``second``(x1, x2)) are used
    (``truth``: each gate's outputs on ``inputs``)."""
    hidden = [(truth[first][row], truth[second][row]) for row in range(len(inputs))]
    return tuple(truth[output][inputs.index(pair)] for pair in hidden)


def recipe_slip_hint(got, truth, inputs, looks_like=None):
    """A hint naming the gate that is another in the lesson's recipe, when ``got`` (xor's table on
    ``inputs``) is what the recipe gives with one gate swapped for another of ``truth`` (each gate's
    outputs on ``inputs``), or with the output gate given one hidden output twice; up to four such
    readings are named, None otherwise. ``looks_like``: the
    gate whose table ``got`` is, if any."""
    slips = []
    roles = ("in the second layer, the output gate", "in the first layer, the hidden pair", "in the first layer, "
             "the hidden pair")
    for position, (role, right) in enumerate(zip(roles, RECIPE)):
        for other in truth:
            gates = list(RECIPE)
            gates[position] = other
            if other != right and _composed(truth, inputs, *gates) == tuple(got):
                slips.append(f"with {other}_WEIGHTS in place of {right}_WEIGHTS {role}")
    for hidden in RECIPE[1:]:  # a wiring slip: the output gate given one hidden output twice
        if _composed(truth, inputs, RECIPE[0], hidden, hidden) == tuple(got):
            slips.append(f"when its output gate is given the {hidden} output twice, as AND({hidden}, {hidden}), "
                         f"in place of the {hidden} output and the {'NAND' if hidden == 'OR' else 'OR'} output")
    if not slips or len(slips) > 4:
        return None
    gives = f"computes {looks_like} ({list(got)})" if looks_like else f"gives {list(got)}"
    return RECIPE_SLIP.format(gives=gives, slips=", or ".join(slips))


TRUNCATED = (
    "Your threshold makes z a whole number before comparing it (z.astype(int), int(z) or a floor cut 0.7 down "
    "to 0), so every z between 0.5 and 1 gives 0. Compare z itself with 0.5, and convert only the comparison's "
    "result (True/False) to int."
)
SEVERAL_VALUES = (
    "Your {name} returns {n} values at once, a {kind} ({values}), where its output alone belongs, the int 0 or 1: "
    "a return with values separated by commas gives back a tuple. Return only the output; keep the other "
    "values (the weighted sum, say) inside the function, where the caller does not see them."
)


def several_values_hint(name, got, expected):
    """SEVERAL_VALUES when ``got`` is a tuple or list of several values one of which is the right
    output ``expected``; None otherwise."""
    if not isinstance(got, (tuple, list)) or len(got) < 2:
        return None
    try:
        if not any(float(np.asarray(item)) == expected for item in got):
            return None
    except (TypeError, ValueError):
        return None
    values = ", ".join(f"{float(np.asarray(v)):g}" if np.asarray(v).size == 1 else "an array" for v in got)
    return SEVERAL_VALUES.format(name=name, n=len(got), kind=type(got).__name__, values=values)

