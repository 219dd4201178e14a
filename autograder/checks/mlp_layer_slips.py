"""Slips inside one layer of the MLP's forward pass, and the loss as a short formula of its sums.

A layer is a weighted sum, its bias, then its sigmoid; a slip in one of the three gives a forward
that the replays of ``reference.mistakes.forward_mistakes`` name: the bias subtracted where it is
added, or the sigmoid taken of the layer's input before the weights (a parenthesis closed too early)
where it belongs around the whole sum. And where loss(X, y) matches no known mistake, the loss
names which short formula of its sums (the squared errors' sum S, the errors' sum D and sizes' sum
A, and the count N) the student's losses are, over every case of the check (``grading.formulas``).

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import numpy as np

from autograder.grading.compare import Misconception
from autograder.grading.formulas import Ingredient, as_numbers, explained

LAYERS = {"hidden": ("b1", "X", "X @ W1", "A1 = sigmoid(X @ W1 + b1)"),
          "output": ("b2", "A1", "A1 @ W2", "A2 = sigmoid(A1 @ W2 + b2)")}  # fmt: skip

BIAS_SUBTRACTED = (
    "Your {layer} layer subtracts its bias, {product} - {bias}, where the spec adds it: a bias is added to the "
    "weighted sum (gradient descent learns its sign, so the formula never flips it). Write {formula}."
)
SQUASHED_INPUT = (
    "Your {layer} layer takes the sigmoid of its input, sigmoid({input}), before multiplying by the weights, "
    "where the sigmoid belongs around the layer's whole sum, weights and bias included (a parenthesis closed "
    "too early, or the activation applied on the wrong line): the sigmoid comes last in a layer, {formula}."
)


def layer_slips(known) -> list:
    """The Misconceptions of a layer that subtracts its bias, or squashes its input before the weights
    (``known``: ``reference.mistakes.forward_mistakes``, where it holds them)."""
    found = []
    for layer, (bias, given, product, formula) in LAYERS.items():
        if f"{layer}_minus" in known:
            found.append(Misconception(BIAS_SUBTRACTED.format(layer=layer, product=product, bias=bias, formula=formula),
                                       known[f"{layer}_minus"]))  # fmt: skip
            found.append(Misconception(SQUASHED_INPUT.format(layer=layer, input=given, formula=formula),
                                       known[f"{layer}_squashes_input"]))  # fmt: skip
    return found


def loss_formula_hint(kept) -> str | None:
    """What formula of each case's sums the student's losses are (``kept``: (answer, A2, Y[, X]) for every
    case whose answer came back as one number, with the reference's A2 and the targets in its shape), or
    None where no short formula gives them all or too few cases came back."""
    kept = [(as_numbers(got), A2, Y, *X) for got, A2, Y, *X in kept]
    sizes = [np.size(X[0]) for got, _, _, *X in kept if X and got is not None and got.size == 1]
    kept = [(got.reshape(()), (np.asarray(Y, dtype=float) - A2).ravel()) for got, A2, Y, *_ in kept
            if got is not None and got.size == 1]  # fmt: skip
    if len(kept) < 3:
        return None
    sums = {"S": ("the sum of the squared errors (A2 - Y) ** 2", lambda d: np.sum(d**2)),
            "D": ("the sum of the errors A2 - Y", lambda d: -np.sum(d)),
            "A": ("the sum of their sizes |A2 - Y|", lambda d: np.sum(np.abs(d))),
            "N": ("the number of values, m * output_size", np.size)}  # fmt: skip
    ingredients = [Ingredient(symbol, meaning, tuple(float(total(d)) for _, d in kept))
                   for symbol, (meaning, total) in sums.items()]  # fmt: skip
    if len(sizes) == len(kept):  # the inputs' count too: X.size, m * input_size, where N belongs
        ingredients.append(Ingredient("I", "X.size, the number of input values, m * input_size (not the outputs')",
                                      tuple(float(n) for n in sizes)))
    right = [np.mean(d**2) for _, d in kept]
    return explained([got for got, _ in kept], right, ingredients, gives="loss(X, y)", right="S / N", min_distinct=3)
