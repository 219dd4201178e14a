"""The loss checks' hints for known mistakes: each names what went wrong and how to fix it.

``LOSS_MISTAKES`` and ``GRADIENT_MISTAKES`` are keyed by the names ``reference.mistakes`` replays
(``loss_mistakes.py``, instructor-side); the others answer an error the student's code raised.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.formulas import Ingredient, as_numbers, explained
from autograder.sandbox.session import StudentError

HALF = ("Your loss is exactly half of the mean squared error: either it has a factor 0.5 (or a division by 2), the "
        "'half MSE' some books use, or it divides the sum of the squares by 2N, twice the number of elements "
        "(y_true.size + y_pred.size counts the elements of both inputs). This course's MSE has neither: drop the "
        "factor 0.5, and divide by N, the number of elements of one input (np.mean does that for you).")


LOSS_MISTAKES = {
    "root": "Your value is the square root of the mean squared error (the RMSE): the MSE is the mean of the "
            "squares itself, with no square root at the end.",
    "n_minus_1": "Divide the sum of the squares by the number of elements N, not by N - 1 (that is the sample "
                 "variance's correction, which a mean does not have).",
    "square_of_mean": "You average before you square: the mean of the differences, or the mean of y_true minus the "
                      "mean of y_pred (the same number), is squared once, so positive and negative errors cancel: "
                      "square each difference first (one per pair of elements), then take the mean of those squares.",
    "half": HALF,
    "variance": "Your value is the variance of the differences (what np.var gives): it subtracts the mean of the "
                "differences before squaring them. The MSE squares the differences (y_true - y_pred) themselves "
                "and takes the mean of those squares.",
    "squares_apart": "Your value is the mean of y_true squared minus y_pred squared (or the other way round): the "
                     "two inputs were squared apart and then subtracted. The square of a difference is not the "
                     "difference of the squares: subtract first, square each difference, then take the mean.",
    "over_n_again": "Your value is the mean squared error divided by N once more (N, the number of elements): "
                    "the sum of the squares was divided by N twice, N * N in all. Dividing each difference by N "
                    "before squaring it does that (the square turns 1/N into 1/N**2), and so does dividing the "
                    "mean by N again. Square the differences as they are, then divide their sum by N once.",
    "one_left_out": "Your value is the mean squared error with one element's square left out, the last or the "
                    "first: a loop over the indices that stops one short (range(len(y) - 1)) or starts at 1, or a "
                    "slice such as [:-1] or [1:], never adds it. Visit every index, range(len(y_true)), or skip "
                    "the loop: np.mean of all the squared differences takes them all.",
    "first_only": "Your value counts only the first element's squared difference (divided by N, or alone): the "
                  "loop over the pairs ended in its first pass. Most often the return sits inside the loop, indented "
                  "one level too deep, so the function returns during the first pass (a break does the same). Put "
                  "the return after the loop, level with the for, once every squared difference is added.",
    "last_only": "Your value counts only the last element's squared difference (divided by N, or alone): each pass "
                 "of the loop replaces the total (total = ... where total += ... belongs), so only the last pass is "
                 "left. Add every squared difference to the total with +=, then divide by N after the loop.",
    "whole_numbers": "Your value is the mean squared error of the inputs cut to whole numbers: converting them with "
                     "dtype=int (or astype(int), or int()) drops every fraction, so a prediction of 0.7 counts as 0. "
                     "Convert the inputs with dtype=float, which keeps them as they are.",
    "clipped": "Your value is the mean squared error of the predictions clipped into [0, 1] (np.clip, or "
               "min/max), not of the predictions as given. The MSE measures any real numbers, and this check "
               "gives predictions outside [0, 1]: compare y_pred as it comes, without clipping or rounding it.",
    "doubled": "Your value is the mean of the differences times 2, not of their squares: * 2 multiplies each "
               "difference by two, where ** 2 (or np.square) squares it. Square each difference, then take the mean.",
    "n_plus_1": "You divide the sum of the squares by N + 1, one more than the number of elements: a mean divides by "
                "N itself (the number of elements, y_true.size), or use np.mean, which counts for you.",
    "one_squared": "Your value squares only one of the two inputs, as y_true - y_pred ** 2 does: ** binds tighter "
                   "than -, so without parentheses the power reaches y_pred alone (or y_true alone). Put the "
                   "difference in parentheses before squaring it, (y_true - y_pred) ** 2, then take the mean.",
    "expanded": "Your value is the mean of (y_true - y_pred) ** 2 written out with a sign or a factor wrong: the "
                "square of a difference is y_true ** 2 - 2 * y_true * y_pred + y_pred ** 2, minus only on the "
                "middle term (a mean of squares is never negative). Check each sign and the 2, or skip the "
                "expansion and square the difference itself, (y_true - y_pred) ** 2.",
    "median": "Your value is the median of the squared differences (np.median: the middle one once they are sorted); "
              "the MSE is their mean, the sum divided by N: np.mean.",
    "largest": "Your value is the largest squared difference (np.max), not their mean: the MSE adds every squared "
               "difference and divides by N (np.mean).",
    "rounded": "Your value is the mean squared error of the predictions rounded to whole numbers (np.round or "
               "round(): 0/1 labels) instead of the predictions themselves: the loss measures how far the raw "
               "outputs are from the targets, so a prediction of 0.7 for a target of 1 must cost (1 - 0.7) ** 2. "
               "Use y_pred as given, without rounding it.",
    "norm": "Your value uses the norm of the differences (np.linalg.norm, the square root of the sum of the "
            "squares) where the sum of the squares belongs: the norm is not squared. The MSE is the sum of the "
            "squared differences divided by N: square the norm (norm ** 2 / N), or take np.mean of the squares.",
}

BOTH_READINGS = {  # mistakes that give the same value on some inputs: (first, second) -> a hint naming both
    ("first_only", "last_only"): (
        "Your value counts only one element's squared difference, the first or the last (on these inputs both give "
        "the same number): either the return sits inside the loop over the pairs, so the function ends in the first "
        "pass, or each pass replaces the total (= where += belongs), so only the last is left. Add every squared "
        "difference with +=, and divide the sum by N after the loop, with the return level with the for."
    ),
    ("one_squared", "squares_apart"): (
        "Your value is the mean of y_true minus y_pred squared, without squaring the difference: either only "
        "y_pred is squared (** binds tighter than -, so y_true - y_pred ** 2 squares y_pred alone), or the two "
        "inputs are squared apart and then subtracted (with targets of 0 and 1 both give the same number). "
        "Subtract first, square each difference, (y_true - y_pred) ** 2, then take the mean."
    ),
    ("whole_numbers", "rounded"): (
        "Your value is the mean squared error of the inputs made whole numbers before comparing: either rounded "
        "(np.round or round(), labels where the raw predictions belong) or cut (dtype=int, astype(int) or int() "
        "drop every fraction); on these inputs both give the same number. Compare y_pred as given: convert the "
        "inputs with dtype=float and neither round nor cut them."
    ),
}


GRADIENT_MISTAKES = {
    "sign": "Your gradient holds only the sign of each difference (+1, -1 or 0, scaled), which is the gradient of "
            "the mean absolute error. The squared error's slope grows with the size of the miss: use the "
            "difference y_pred - y_true itself, times 2 / N, not np.sign of it.",
    "floored": "Your gradient is what floor division gives: // rounds down to a whole number, so 2 // N is 0 once N "
               "is 3 or more and the gradient vanishes (int(2 / N) does the same), and a // N of the differences "
               "rounds each of them down. Divide with /: 2 * (y_pred - y_true) / N.",
    "one_term_divided": "Your gradient divides only one of y_pred and y_true by N: / binds tighter than -, so in "
                        "y_pred - y_true / N only y_true is divided (a parenthesis closed in the wrong place, or "
                        "missing). Put the whole difference in parentheses before dividing: 2 * (y_pred - y_true) / N.",
    "over_n_again": "Your gradient is divided by N twice, by N * N in all (N, the number of elements): the mean's "
                    "1 / N appears once in the loss, so once in its gradient, 2 * (y_pred - y_true) / N. Look for a "
                    "second division by the size, or a size that is squared.",
    "plus": "Your gradient adds y_true to y_pred where it subtracts it: 2 * (y_pred + y_true) / N (or its negative). "
            "Where y_pred is 0 that looks like a flipped sign, but on other predictions the sizes are wrong too: the "
            "gradient is the difference, prediction minus target, 2 * (y_pred - y_true) / N.",
    "first_only": "Only the first entry of your gradient is filled in, and the others stay 0: the loop that fills it "
                  "ended in its first pass. Most often the return sits inside the loop, indented one level too deep "
                  "(a break does the same). Put the return after the loop, level with the for, or skip the loop: "
                  "2 * (y_pred - y_true) / N works on whole arrays at once.",
    "whole_numbers": "Your gradient is the right formula on inputs cut to whole numbers: converting y_true or y_pred "
                     "with dtype=int (or astype(int), or int()) drops every fraction, so a target of 0.7 counts as 0. "
                     "Convert both inputs with dtype=float, which keeps every value as it is.",
    "half": "Your gradient carries the factor 0.5 where the derivative of a square has 2 (0.5 belongs to the "
            "'half MSE' some books use; this course's loss has no 0.5): 2 * (y_pred - y_true) / N.",
    "n_minus_1": "Your gradient divides by N - 1, one less than the number of elements (the sample variance's "
                 "correction, which a mean does not have): the loss is a mean over all N elements, so its "
                 "gradient is 2 * (y_pred - y_true) / N, with N = y_pred.size.",
    "n_plus_1": "Your gradient divides by N + 1, one more than the number of elements: the loss is a mean over all "
                "N elements, so its gradient is 2 * (y_pred - y_true) / N, with N = y_pred.size.",
    "two_on_one_term": "Your gradient applies the 2 (or the division by N) to one term of the difference only, as "
                       "2 * y_pred - y_true does: * and / bind tighter than -, so without parentheses the factor "
                       "reaches y_pred alone. Put the whole difference in parentheses first: 2 * (y_pred - y_true) / N.",
    "unit_length": "Your gradient has length 1: it was divided by its own norm (np.linalg.norm), normalised to a unit "
                   "'direction'. The gradient's size matters (it says how far each prediction is from its target, "
                   "and gradient descent steps by it): return 2 * (y_pred - y_true) / N itself, not normalised.",
    "neighbours": "Your gradient is what np.gradient (or np.diff) gives: differences between neighbouring elements of "
                  "an array, a numerical slope along the array, not the derivative of the loss with respect to each "
                  "prediction. Each entry depends on its own pair only: dL/dy_pred = 2 * (y_pred - y_true) / N.",
    "sigmoid_slope": "Your gradient is also multiplied by y_pred * (1 - y_pred), the slope of a sigmoid. That factor "
                     "belongs to a network's chain rule, where a sigmoid made y_pred; the loss's own gradient takes "
                     "y_pred as given: 2 * (y_pred - y_true) / N, with no activation's slope in it.",
    "summary_for_values": "Your gradient compares the predictions with a mean (the mean of y_true, of y_pred, or "
                          "the mean difference) where each element belongs: each prediction has its own target, so "
                          "entry i of the gradient is 2 * (y_pred[i] - y_true[i]) / N, element by element. The 'mean' "
                          "of the mean squared error is the division by N, which the loss already does: take no "
                          "np.mean of an input.",
}


ALWAYS_ZERO = (
    "Your loss is 0 for every pair of inputs here, though no prediction equals its target: it never sees how "
    "y_pred differs from y_true. Most often one input is used for both, a copy slip while converting them "
    "(y_pred made from y_true, or y_true from y_pred), so the loss compares an input with itself. Convert each "
    "input from its own argument.{floored}"
)
ALWAYS_ZERO_FLOORED = (
    " (A mean rounded down to a whole number, with // or int(), is 0 on all these inputs too: if that is yours, "
    "divide with /.)"
)


CARET = (
    "In Python ^ is not a power: it is bitwise xor (exclusive or) of whole numbers, which NumPy refuses for "
    "floats, hence 'bitwise_xor' in the error. Square with ** 2 (or np.square)."
)


NOT_VALUE_ERROR = {
    "AssertionError": "An assert statement raises AssertionError, not the ValueError the spec asks for (and Python "
                      "skips asserts altogether when run with -O). Test the sizes with an if and raise the error "
                      "yourself: raise ValueError(\"...\") with a message saying what differs.",
}
OTHER_ERROR = (
    "The spec asks for ValueError here and your function raised {raised}: either it raises the wrong type on "
    "purpose (raise ValueError(...) instead), or it starts computing before it compares the sizes and the "
    "computation fails first. Check the element counts (.size) at the start, before any arithmetic, and raise "
    "ValueError when they differ or are zero."
)


SEVERAL_VALUES = (
    "Your function returns {count} values packed in a tuple ({kinds}): a return with commas, return a, b, gives "
    "back a tuple. mse_loss_gradient returns one thing, the gradient, an array in y_pred's shape{which}; "
    "the loss itself is mse_loss's job. Return the gradient alone."
)


def several_values_hint(got: tuple, y_true, y_pred) -> str:
    """What to say of a tuple returned where one gradient array belongs: how many values, of what
    kinds, and which of them (if any) is the right gradient, 2 * (p - y) / N, for these inputs."""
    p = np.asarray(y_pred, dtype=float)
    right = 2 * (p - np.asarray(y_true, dtype=float).reshape(p.shape)) / max(p.size, 1)
    kinds = []
    which = ""
    for index, item in enumerate(got):
        shape = np.shape(item) if isinstance(item, (np.ndarray, np.generic, int, float, list)) else None
        kinds.append("a number" if shape == () else f"an array of shape {shape}" if shape else type(item).__name__)
        try:
            if shape == np.shape(right) and np.allclose(np.asarray(item, dtype=float), right, rtol=1e-5, atol=1e-8):
                which = f" (item {index + 1} of yours is the right gradient)"
        except (TypeError, ValueError):
            pass
    return SEVERAL_VALUES.format(count=len(got), kinds=", ".join(kinds), which=which)


def gradient_formula_hint(cases, replies) -> str | None:
    """What formula of y_pred (p), y_true (y, read in p's shape) and their number of elements N the
    student's gradients give, for the cases ((y_true, y_pred, what)) whose ``replies`` (echoed calls)
    came back in y_pred's shape; None where no short formula gives them (``grading.formulas``)."""
    kept = []
    for (y_true, y_pred, _), (got, _, _) in zip(cases, replies.before_failure()):
        p, y, got = np.asarray(y_pred, dtype=float), np.asarray(y_true, dtype=float), as_numbers(got)
        if got is not None and got.shape == p.shape and y.size == p.size:
            kept.append((got, p, y.reshape(p.shape)))
    if not kept:
        return None
    ingredients = [Ingredient("p", "y_pred", tuple(p for _, p, _ in kept)),
                   Ingredient("y", "y_true", tuple(y for _, _, y in kept)),
                   Ingredient("N", "the number of elements", tuple(float(p.size) for _, p, _ in kept))]  # fmt: skip
    right = [2 * (p - y) / p.size for _, p, y in kept]
    ingredients.append(Ingredient("g", "the right gradient", tuple(right), last=True))
    return explained([got for got, _, _ in kept], right, ingredients, gives="mse_loss_gradient(y_true, y_pred)",
                     right="2 * (p - y) / N")  # fmt: skip


def loss_formula_hint(cases, replies) -> str | None:
    """What formula of a case's sums the student's losses are, over the cases ((y_true, y_pred, what))
    whose ``replies`` (echoed calls) came back as one number: S, the sum of the squared differences,
    D and A, the sums of the differences and of their sizes, and N; None where no short formula
    gives every loss (``grading.formulas``)."""
    kept = []
    for (y_true, y_pred, _), (got, _, _) in zip(cases, replies.before_failure()):
        t, p = np.asarray(y_true, dtype=float).ravel(), np.asarray(y_pred, dtype=float).ravel()
        got = as_numbers(got)
        if got is not None and got.size == 1 and t.size == p.size > 0 and np.isfinite(got).all():
            kept.append((got.reshape(()), t, p))  # an inf (a division by a sum of 0) says nothing the others do not
    if not kept:
        return None
    sums = {"S": ("the sum of the squared differences (y_true - y_pred) ** 2", lambda t, p: np.sum((t - p) ** 2)),
            "D": ("the sum of the differences y_true - y_pred", lambda t, p: np.sum(t - p)),
            "A": ("the sum of their sizes |y_true - y_pred|", lambda t, p: np.sum(np.abs(t - p))),
            "N": ("the number of elements (y_true.size)", lambda t, p: t.size),
            "T": ("the sum of the values of y_true (y_true.sum())", lambda t, p: np.sum(t)),
            "P": ("the sum of the values of y_pred (y_pred.sum())", lambda t, p: np.sum(p))}  # fmt: skip
    ingredients = [Ingredient(symbol, meaning, tuple(float(total(t, p)) for _, t, p in kept),
                              last=symbol in "TP")  # a sum of values where a count belongs, tried after the others
                   for symbol, (meaning, total) in sums.items()]  # fmt: skip
    right = [np.mean((t - p) ** 2) for _, t, p in kept]
    # one number per case, and two cases hold the same data in two shapes: three values must do, from few sums
    said = explained([got for got, _, _ in kept], right, ingredients, gives="mse_loss(y_true, y_pred)", right="S / N",
                     min_distinct=3)  # fmt: skip
    return said + load_sibling(__file__, "loss_h16").OUTER if said and " D * D " in said else said


NUMBER_RAISED = (
    "Your {name} raised {raised} when given plain numbers: the module's docstring lets the inputs be numbers "
    "as well as lists or arrays (a number is one element). list(...), len(), a loop over an input or an axis "
    "number fails on a number, which has no elements to iterate and no axis: np.asarray(value, dtype=float) "
    "takes numbers, lists and arrays alike, and np.ravel (or .size) works on what it gives."
)
ONE_ELEMENT = (
    "Your {name} raised ValueError for inputs of one element each, which it must answer: the mean of one squared "
    "difference is that square itself (the docstring needs at least one element, not two). Its check for empty "
    "inputs refuses one element too: raise only when there are no elements at all, size == 0 (not size <= 1 or "
    "size < 2), or when the two counts differ."
)
NUMBER_SHAPE = (
    "Your mse_loss_gradient gives shape {got} for a number y_pred, where y_pred's shape () belongs: a number "
    "gives a NumPy float, not a one-element array. np.atleast_1d, np.array([...]) around it, reshape(-1) or "
    "ravel() without reshaping back adds an axis; keep y_pred's own shape (np.asarray(y_pred, dtype=float) "
    "keeps a number 0-d, and the formula keeps it so)."
)


AXIS_MEAN = (
    "Your mse_loss returns {n} values, shape {got}: the mean was taken along axis {axis} of a {shape} array "
    "only, which keeps one value per {kept}. The MSE is one number, the mean over every element: take np.mean "
    "without an axis (or flatten both inputs first) and return it as a float."
)
ONE_VALUE_ARRAY = (
    "Your mse_loss returns an array holding one value, shape {got}, where a number belongs: np.mean (or np.sum) "
    "with keepdims=True keeps every axis it averaged over, with length 1, and along one axis it keeps the "
    "others (axis=0 of an (n, 1) array leaves shape (1,)). Take np.mean over every element, without axis "
    "and without keepdims, and return it as a float (float() of an array that still has an axis fails in "
    "recent NumPy)."
)


def keeps_shape(replies, index, shape) -> bool:
    """Whether the reply at ``index`` (of a student.map) came back with ``shape``: a function that loses
    y_pred's shape for every input is the shape check's, not the numbers' (a failed call keeps nothing)."""
    try:
        return np.shape(replies[index]) == shape
    except Exception:  # noqa: BLE001 - a StudentError, or a reply with no shape: nothing kept
        return False


ARRAY_AS_CONDITION = (
    "NumPy will not say whether an array of several elements is true or false (hence 'truth value ... "
    "ambiguous'): an if, while, not, and or or was given an array, such as if not y_true: written to test for "
    "emptiness. Ask the question of a number instead: the number of elements, y_true.size == 0 (NumPy's own "
    "suggestion, a.any() or a.all(), asks something else: whether some or all values are nonzero)."
)


INT_RESULT = (
    "Your gradient came back as an integer array ({dtype}) for integer inputs, so its fractions were cut off "
    "({right:g} became {got:g}). An array keeps the dtype it was made with: one made from (or like) an integer "
    "input, such as np.zeros_like(y_pred), holds only whole numbers, and so does .astype of the input's dtype. "
    "Turn the inputs into floats first, np.asarray(y_pred, dtype=float), and build the result from those."
)


def int_result_hint(got, right) -> str | None:
    """INT_RESULT where ``got`` is an integer array whose values are the right ones with their fractions cut
    off (rounded down, toward zero, or to the nearest): what any integer dtype does to them, whatever the code."""
    if not isinstance(got, np.ndarray) or got.dtype.kind not in "iu" or got.shape != np.shape(right):
        return None
    right = np.asarray(right, dtype=float)
    if not any(np.array_equal(got, cut(right)) for cut in (np.trunc, np.floor, np.round)):
        return None
    at = int(np.argmax(np.abs(right - got)))
    return INT_RESULT.format(dtype=got.dtype, right=right.flat[at], got=got.flat[at])


def first_refused(cases, replies, exc):
    """(index, case) of the first of ``cases`` whose reply in ``replies`` raised, where ``exc``, the error that
    ends the check, is a ValueError not from broadcasting (a check of the student's own that refused the
    inputs); None otherwise, and where every reply came back."""
    if exc.raised != "ValueError" or "broadcast" in exc.raised_message:
        return None
    for index, case in enumerate(cases):
        try:
            replies[index]
        except StudentError:
            return index, case
    return None
