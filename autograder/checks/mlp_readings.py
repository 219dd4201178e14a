"""Hints of the mlp checks that read one more thing than the value: the formula of a step at both of the
learning rates the check tried, a dict looped over for its keys, a fit that calls its right parts the
wrong way, a reshape to a size of the network that is not the output's, and inputs cut to whole numbers.

Loaded by ``test_mlp.py`` and ``mlp_fresh.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

from __future__ import annotations

import re

import numpy as np

from autograder.grading.compare import Misconception
from autograder.grading.formulas import Ingredient, explained, step_hint
from autograder.sandbox.session import StudentError

PARAMS = ("W1", "b1", "W2", "b2")


def step_formula_hint(mine, rate, replies, other, params, grads, other_rate) -> str | None:
    """The formula of p (the parameter), g (its gradient) and lr that the student's step gives at both rates
    the check tried (``mine``: params, grads and the values after step at ``rate``; ``replies[other]``: the
    parameters after one step at ``other_rate``), so that a number of one rate (0.5 is 1 / 2 and 1 - 0.5)
    is not read as a constant; at ``rate`` alone where the other step cannot be read."""
    try:
        again = replies[other]
        more = [[params[n] for n in PARAMS], [grads[n] for n in PARAMS], [again[n] for n in PARAMS]]
        rates = tuple(np.full(np.shape(p), r, dtype=float) for r, group in ((rate, mine[0]), (other_rate, more[0]))
                      for p in group)  # fmt: skip
        ingredients = [Ingredient("p", "the parameter", tuple(mine[0] + more[0])),
                       Ingredient("g", "its gradient", tuple(mine[1] + more[1])),
                       Ingredient("lr", f"the learning rate ({rate:g}, then {other_rate:g})", rates)]  # fmt: skip
        right = [np.asarray(p, dtype=float) - r * np.asarray(g, dtype=float)
                 for p, g, r in zip(mine[0] + more[0], mine[1] + more[1], rates)]  # fmt: skip
        answers = [np.asarray(v, dtype=float) for v in mine[2] + more[2]]
        found = explained(answers, right, ingredients, gives="step(grads)",
                          right="p - lr * g, the parameter minus the learning rate times its gradient")  # fmt: skip
        if found is not None:
            return found
    except (StudentError, TypeError, ValueError, KeyError):
        pass
    return step_hint(*mine, rate, gives="step(grads)")


DICT_KEYS = (
    "Your step multiplied the learning rate by a sequence, a string or a list, where a gradient array belongs "
    "({raised}). Looping over a dict (for g in grads, or zip(names, grads)) gives its keys, the names 'W1', "
    "'b1', ... and not the arrays they hold; a list made of them fails the same way. Take each gradient by its "
    "name, grads[name] (or loop over grads.items(), which gives each name with its array)."
)


def keys_hint(wrong) -> str | None:
    """DICT_KEYS where step raised because it multiplied a number by a string or a list (``wrong``: what
    the check caught), else None."""
    message = getattr(wrong, "raised_message", "") or ""
    if getattr(wrong, "raised", "") != "TypeError":
        return None
    if "can't multiply sequence" in message or ("'str'" in message and "operand" in message):
        return DICT_KEYS.format(raised=message)
    return None


FIT_WIRING = (
    "Your fit raised {raised} ({message}), although forward, loss, backward and step each give the right answers "
    "when the grader calls them alone: the mistake is in how fit calls them. Each epoch records loss(X, y), a "
    "number, and then calls step with what backward(X, y) returns, the dict of the four gradients (step reads "
    "each by its name, so given anything else, the loss for one, it fails). Pass each method what it takes."
)


def fit_wiring_hint(exc) -> str | None:
    """FIT_WIRING for a fit that raised (``exc``) while every part it is built on is right (the caller knows)."""
    if not exc.raised or exc.raised == "NotImplementedError":
        return None
    return FIT_WIRING.format(raised=exc.raised, message=exc.raised_message)


RESHAPE_WIDTH = (
    "Your code reshapes an array of {size} values, y's (m * output_size = {m} * {out}), with {width}, {what}, "
    "where the output width output_size = {out} belongs ({raised}). Y takes A2's shape (m, output_size): "
    "reshape y to A2.shape (or to (-1, W2.shape[1])), never to a width read from the first layer."
)


def reshape_width_hint(message: str, sizes, m: int) -> str | None:
    """RESHAPE_WIDTH where a reshape of y's m * output_size values failed for a width that is another size of
    the network (``sizes``: input, hidden and output sizes): the hidden width or the input width, named."""
    found = re.search(r"cannot reshape array of size (\d+) into shape \(([^)]*)\)", message or "")
    if found is None or int(found.group(1)) != m * sizes[2]:
        return None
    widths = [int(v) for v in re.findall(r"-?\d+", found.group(2)) if int(v) > 0 and int(v) != m]
    names = {sizes[1]: "the hidden width hidden_size (W1.shape[1], b1's width)", sizes[0]: "the input width input_size (W1.shape[0], X.shape[1])"}
    named = [(w, names[w]) for w in widths if w in names and w != sizes[2]]
    if len(named) != 1 or len({sizes[0], sizes[1]} & {named[0][0]}) != 1 or sizes[0] == sizes[1]:
        return None
    width, what = named[0]
    return RESHAPE_WIDTH.format(size=found.group(1), m=m, out=sizes[2], width=width, what=what, raised=message)


WHOLE_CUT = (
    "Your forward gives what the spec's formulas give on X cut to whole numbers: converting X with dtype=int (or "
    "astype(int)) drops every fraction, so a feature of 0.7 counts as 0. Convert X with dtype=float, which keeps "
    "every value as it is."
)
WHOLE_ROUNDED = (
    "Your forward gives what the spec's formulas give on X rounded to whole numbers (np.round or round()), so a "
    "feature of 0.7 counts as 1. Use X as it comes, converted with dtype=float, without rounding it."
)


def whole_inputs(known) -> list:
    """The forward of X cut to whole numbers and of X rounded (``known``: ``reference.mistakes.forward_mistakes``)."""
    if "X_cut" not in known:
        return []
    return [Misconception(WHOLE_CUT, known["X_cut"]), Misconception(WHOLE_ROUNDED, known["X_rounded"])]


def square_forward_hint(student, network, hints, params, X, known):
    """``hints.square_forward_hint`` for the student's forward on the network of ``hints.SQUARE_SIZES``."""
    try:
        return hints.square_forward_hint(network.student_call(student, hints.SQUARE_SIZES, params, "forward", (X,)), known)
    except StudentError:
        return None


PRECEDENCE = (
    "Your loss is {factor:g} times the right one, {big} ** 2 with {big} = {value}: the division by m * output_size "
    "(the number of outputs) was written without parentheses, as / {small} * {big}, which divides by {small} and "
    "then multiplies by {big}. Put the product in parentheses, / ({small} * {big}), or take np.mean of the squared "
    "differences, which divides by every element's count for you."
)


def precedence_slips(expected, shape) -> list:
    """The loss of a sum of squares divided by one of m and output_size and multiplied by the other (a
    missing parenthesis), where that other is not 1 (``expected``: the right loss; ``shape``: A2's, (m, out))."""
    m, out = shape
    return [Misconception(PRECEDENCE.format(factor=big**2, big=name, value=big, small=other), expected * big**2)
            for big, name, other in ((out, "output_size", "m"), (m, "m", "output_size")) if big > 1 and m != out]
