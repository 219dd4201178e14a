"""Hints that name two readings of one answer: where two known slips give exactly the student's
numbers on every input a check tried, the check cannot tell which one was made, and says both.

Loaded with ``load_sibling`` (see ``autograder/checking/siblings.py``) by the backprop and mlp hints.
"""

from __future__ import annotations

import numpy as np

from autograder.grading.compare import Misconception, matching_hints
from autograder.grading.formulas import Ingredient, explained

EITHER = (
    "Two slips give exactly your numbers on every input this check tried, so it cannot tell which one is "
    "yours; look for either. {first} Or: {second}"
)


def one_or_either(got, misconceptions, rtol: float, atol: float, most: int = 2) -> str | None:
    """The hint of the one misconception whose value matches ``got``; where two (up to ``most``) with
    different hints match, one hint naming both readings, in the order of ``misconceptions``; else None."""
    matched = matching_hints(got, misconceptions, rtol, atol)
    if not matched or len(matched) > most:
        return None
    ordered = list(dict.fromkeys(m.hint for m in misconceptions if m.hint in matched))
    if len(ordered) == 1:
        return ordered[0]
    return EITHER.format(first=ordered[0], second=" Or: ".join(ordered[1:]))


def step_formula_hint(runs, *, gives: str) -> str | None:
    """The formula of p (a parameter), g (its gradient) and lr that a step's answers give at every rate
    tried (``runs``: (params, grads, answers, rate) each, one value per parameter), so that a number of one
    rate (0.25 is 1 / 4 and 0.5 ** 2) is not read as a constant; None where no short formula gives them all."""
    params = [np.asarray(p, dtype=float) for run in runs for p in run[0]]
    grads = [np.asarray(g, dtype=float) for run in runs for g in run[1]]
    try:
        answers = [np.asarray(a, dtype=float) for run in runs for a in run[2]]
    except (TypeError, ValueError):
        return None
    rates = tuple(np.full(np.shape(p), run[3], dtype=float) for run in runs for p in run[0])
    ingredients = [Ingredient("p", "the parameter", tuple(params)), Ingredient("g", "its gradient", tuple(grads)),
                   Ingredient("lr", f"the learning rate ({', then '.join(f'{run[3]:g}' for run in runs)})", rates)]  # fmt: skip
    right = [p - r * g for p, g, r in zip(params, grads, rates)]
    return explained(answers, right, ingredients, gives=gives,
                     right="p - lr * g, the parameter minus the learning rate times its gradient")  # fmt: skip


def two_rates_hint(params, grads, got, replies, second, names) -> str | None:
    """``step_formula_hint`` for sgd_step at 0.25 (``params``, ``grads``, its answer ``got``) and at the second
    case's rate (``second``: params, grads, rate; ``replies[1]``: its answer), or at 0.25 alone where that
    answer cannot be read."""
    runs = [([params[n] for n in names], [grads[n] for n in names], [got[n] for n in names], 0.25)]
    try:
        other = replies[1][0]
        runs.append(([second[0][n] for n in names], [second[1][n] for n in names], [other[n] for n in names], second[2]))
    except Exception:  # noqa: BLE001 - a StudentError, or an answer without the names: one rate only
        pass
    return step_formula_hint(runs, gives="sgd_step(params, grads, learn_rate)")


SQUASHED_INPUTS = (
    "Your feedforward takes the sigmoid of the inputs x[0] and x[1] before the hidden neurons weigh them: a neuron's "
    "sigmoid belongs around its whole weighted sum, bias included, and the inputs go in as they are: {hidden}."
)


def squashed_inputs(found, hidden) -> list:
    """The Misconception of inputs squashed before the hidden layer (``found``: one
    ``reference.mistakes.feedforward_mistakes`` per sample, where they hold it; ``hidden``: h1's formula)."""
    if not found or "inputs_squashed" not in found[0]:
        return []
    return [Misconception(SQUASHED_INPUTS.format(hidden=hidden), [case["inputs_squashed"] for case in found])]
