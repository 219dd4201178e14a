"""Checks for exercise 5, ``loss``: the mean squared error and its gradient."""

import numpy as np
import pytest

from autograder.checking.siblings import load_sibling
from autograder.grading import gradcheck, tracebacks
from autograder.grading.compare import (
    CheckFailed,
    Misconception,
    describe,
    expect_close,
    expect_float,
    expect_unchanged,
    kind_of,
)
from autograder.grading.common_hint import Undisproved, common_hint
from autograder.grading.formulas import named_by_formula
from autograder.grading.python_slips_more import more_slip_hint
from autograder.grading.shape_hints import argument_shape_hint
from autograder.sandbox.session import StudentError

loss_hints = load_sibling(__file__, "loss_hints")  # the known mistakes' hints
readings = load_sibling(__file__, "loss_readings")  # what every answer together says: a floor, a divisor, lost elements
slips = load_sibling(__file__, "loss_slips")  # a narrow float, a finite difference, a table of pairs, a range check
raising = load_sibling(__file__, "loss_raise_hints")  # an exception returned, a check never true, size(), shape[1]
python_slips = load_sibling(__file__, "loss_error_hints")  # np.float, .flat, a parameter never passed, a tuple of one
h16 = load_sibling(__file__, "loss_h16")  # y_pred[i - 1], a default list, a loop from 1, the outer product
h17 = load_sibling(__file__, "loss_h17")  # dtype=bool, a swallowed error, 2 ** for 2 *, one array of both, fromiter
h18 = load_sibling(__file__, "loss_h18")  # a square root, a relative error, a running memory, reshape(array), RMSE
h19 = load_sibling(__file__, "loss_h19")  # a neighbouring loss, concatenate, an any() test, a diagonal, a kept N
h20 = load_sibling(__file__, "loss_h20")  # inputs sorted or rescaled, a shape as the divisor, a read-only write
h21 = load_sibling(__file__, "loss_h21")  # a neighbouring formula, a foreign keyword, zip_longest, np.asmatrix
h22 = load_sibling(__file__, "loss_h22")  # a whole loss as int, float32, a check of one's own, capped or trimmed errors
shape_calls = load_sibling(__file__, "loss_shape_calls")  # np.squeeze, np.atleast_2d... that change y_pred's shape
LOSS_MISTAKES, GRADIENT_MISTAKES = loss_hints.LOSS_MISTAKES, loss_hints.GRADIENT_MISTAKES

EXERCISE = "loss"

BROADCAST = (
    "One input has shape (n,) and the other (n, 1): subtracting them broadcasts to an (n, n) matrix of every pair. "
    "Flatten both first (np.ravel, or reshape(-1)) so that element i meets element i, and keep the result: "
    "ravel and reshape return a new array and leave the one they are called on as it was, so a y_pred.ravel() "
    "on a line of its own changes nothing; write y_pred = y_pred.ravel()."
)
FACTOR_TWO = "The derivative of (y_pred - y_true)**2 is 2 * (y_pred - y_true): the factor 2 is missing."
SIGN = ("The sign is flipped: dL/dy_pred = 2 * (y_pred - y_true) / N, prediction minus target. (The two parameters "
        "swapped, a function defined as (y_pred, y_true), give the same numbers: the spec's order is y_true, then y_pred.)")
NO_MEAN = "The loss is a mean, so its gradient is divided by N, the number of elements."
FLOORED = ("Your loss is the mean rounded down to a whole number. Either it divides with //, and // is floor division, "
           "or int() cuts the fraction off the result: divide with / (or use np.mean) and return float(...).")
LEN_NOT_SIZE = (
    "N is the number of elements, y_pred.size, not len(y_pred): len counts only the rows of a 2-D array."
)


_known_errors = slips.known_errors
NOT_Y_PRED_SHAPE = (
    "Your gradient has shape {got} where y_pred's shape {want} belongs: it holds the right number of values "
    "but lost y_pred's shape (ravel, flatten or reshape(-1) on y_pred, or on the result). Compute on y_pred as "
    "given, or end with .reshape(y_pred.shape), which fits every input, never with fixed numbers."
)


LIST_RETURNED = (
    "Your gradient is a Python list: return the NumPy array itself (do not convert it with .tolist() or list()), "
    "so that it keeps y_pred's shape and a float dtype; np.asarray turns a list back into an array."
)
ABSOLUTE = (
    "Your value is the mean absolute error: the mean squared error squares each difference, "
    "(y_true - y_pred) ** 2, where yours takes its absolute value, then averages the squares."
)


def _loss_mistakes(reference, y_true, y_pred):
    """The known mistakes' values for this case: the ones from ``reference.mistakes`` (asked whatever
    the student answered, so recorded) and the broadcast, absolute, sum ones."""
    asked = []
    for name, hint in LOSS_MISTAKES.items():
        value = reference.mistakes.loss_with_mistake(y_true, y_pred, name)
        asked += [Misconception(hint, v) for v in (value if isinstance(value, list) else [value])]
    t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    with np.errstate(all="ignore"):
        broadcast = float(np.mean((t - p) ** 2)) if t.shape != p.shape else None
    hints = [Misconception(ABSOLUTE, np.mean(np.abs(t.ravel() - p.ravel())))]
    if broadcast is not None:
        hints.insert(0, Misconception(BROADCAST, broadcast))
    hints += readings.turned_tables(t, p)  # one input turned (.T) before subtracting: an (n, n) table again
    squares = (t.ravel() - p.ravel()) ** 2
    hints.append(Misconception("Divide by the number of elements: it is a mean, not a sum.", np.sum(squares)))
    hints += raising.len_rows(p, squares)  # len(y_pred), the rows, where the count of elements belongs
    hints += h22.robust_mistakes(t, p) + h22.mismatch_mistakes(t, p)  # squares capped at 1, the largest dropped; y_true != y_pred
    return hints + asked


def _both_readings(known):
    """``known`` with the mistakes that give the same value here (one input squared alone, and both
    squared apart, agree wherever y_true holds only 0 and 1) named together, so that the hint says
    both readings instead of nothing; a check whose other cases tell them apart drops one before."""
    merged = list(known)
    for (first, second), hint in loss_hints.BOTH_READINGS.items():
        pairs = [(a, b) for a in merged if a.hint == LOSS_MISTAKES[first] for b in merged
                 if b.hint == LOSS_MISTAKES[second] and np.allclose(a.value, b.value, rtol=1e-9, atol=1e-12)]  # fmt: skip
        same = [id(m) for pair in pairs for m in pair]
        merged = [m for m in merged if id(m) not in same] + [Misconception(hint, a.value) for a, _ in pairs]
    return merged


def _gradient_mistakes(y_true, y_pred, asked=()):
    """The known mistakes' gradients for this case; ``asked``: the ones from ``reference.mistakes``
    (asked whatever the student answered, so recorded)."""
    t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    diff = (p.ravel() - t.ravel()).reshape(p.shape)
    n = p.size
    hints = [
        Misconception(FACTOR_TWO, diff / n),
        Misconception(SIGN, -2 * diff / n),
        Misconception(NO_MEAN, 2 * diff),
        *asked, *h17.power_mistakes(t, p), *h18.rmse_mistakes(t, p),
    ]
    if p.ndim > 1 and len(p) != n:
        hints.append(Misconception(LEN_NOT_SIZE, 2 * diff / len(p)))
    if t.shape != p.shape:
        with np.errstate(all="ignore"):
            hints.insert(0, Misconception(BROADCAST, 2 * (p - t) / n))
            hints.insert(1, Misconception(BROADCAST, 2 * (p - t) / (p - t).size))
    return hints


def _cases(rng, seed):
    t, p = rng.integers(0, 2, size=6).astype(float), rng.uniform(size=6).round(3)
    return [
        ([1.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0], "the lesson's example, as lists"),
        (t, p, f"two (6,) arrays, seed {seed}"),
        (t.reshape(-1, 1), p.reshape(-1, 1), f"two (6, 1) arrays, seed {seed}"),
        (rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), f"two (3, 4) arrays, seed {seed}"),
        (np.array([3, -1, 2, 0, 1]), np.array([1, 2, 2, -2, 4]), "two integer arrays (whole numbers are targets too)"),
    ]


def _expect_one_mean(got, shape, call):
    """Fail, naming keepdims or the axis, when ``got`` is an array where one number belongs: one value
    kept in an array, or what a mean along one axis of inputs of ``shape`` leaves (that axis dropped,
    or kept with length 1)."""
    if not isinstance(got, np.ndarray) or got.ndim == 0:
        return
    failed = f"{call} returned {kind_of(got)}; it should return a single number (a float)"
    if got.size == 1:
        raise CheckFailed(failed, hint=loss_hints.ONE_VALUE_ARRAY.format(got=got.shape))
    for axis in range(len(shape) if len(shape) > 1 else 0):
        if got.shape in (shape[:axis] + shape[axis + 1:], shape[:axis] + (1,) + shape[axis + 1:]):
            kept = {(2, 0): "column", (2, 1): "row"}.get((len(shape), axis), "slice")
            raise CheckFailed(failed, hint=loss_hints.AXIS_MEAN.format(n=got.size, got=got.shape, axis=axis, shape=shape, kept=kept))


def _named_everywhere(mistakes, replies, number=True):
    """The one known mistake whose value matches every answer, when one case alone cannot tell two
    mistakes apart (the lesson's example gives the same number for half the MSE and for the square
    of the mean difference); None when no single mistake explains them all. ``mistakes``: each
    case's ``_loss_mistakes`` (or ``_gradient_mistakes``, with ``number=False``)."""
    try:
        answers = [float(got) if number else got for got, _, _ in replies]
    except (StudentError, TypeError, ValueError):
        return None
    return common_hint(answers, mistakes)


@pytest.mark.weight(2)
def test_mse_values(student, reference, rng, seed):
    """mse_loss is the mean of squared differences over all elements, returned as a float."""
    cases = _cases(rng, seed)
    replies = student.map("mse_loss", [(y_true, y_pred) for y_true, y_pred, _ in cases], echo=True)
    floored = readings.floored_everywhere(cases, replies)
    mistakes = [_loss_mistakes(reference, y_true, y_pred) for y_true, y_pred, _ in cases]
    named = _named_everywhere(mistakes, replies) or readings.zero_everywhere(cases, replies)
    known = Undisproved(mistakes.__getitem__, lambda: [got for got, _, _ in replies.before_failure()])  # by the other cases
    wider = lambda exc: (h22.refused_hint(student, "mse_loss", exc, *cases[len(replies.before_failure())][:2]) or h21.error_hint(student, "mse_loss", exc) or h20.error_hint(student, "mse_loss", exc) or h19.error_hint(student, "mse_loss", exc, *cases[len(replies.before_failure())][:2]) or h17.error_hint(student, "mse_loss", exc) or h18.error_hint(student, "mse_loss", exc) or slips.value_range_hint(student, "mse_loss", cases, replies, exc)  # noqa: E731
                         or raising.second_axis_hint(student, "mse_loss", exc, *cases[len(replies.before_failure())][:2])
                         or readings.lost_elements_hint(cases, replies, exc))
    with _known_errors(wider=wider):
        for index, ((y_true, y_pred, what), (got, (t_after, p_after), _)) in enumerate(zip(cases, replies)):
            call = f"mse_loss(y_true, y_pred) with {what}: y_true = {describe(y_true)}, y_pred = {describe(y_pred)}"
            _expect_one_mean(got, np.shape(y_pred), call)
            h19.expect_reachable_return(student, "mse_loss", got, call)
            if (comma := python_slips.trailing_comma_hint(got)) is not None:
                raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a single number (a float)", hint=comma)
            value = expect_float(got, call=call)
            with h21.named(lambda: h21.formula_hint(student)), named_by_formula(lambda: loss_hints.loss_formula_hint(cases, replies)):
                expect_close(value, reference.mse_loss(y_true, y_pred), call=call,
                             misconceptions=lambda: _both_readings(known.kept(index)),
                             hint=lambda: FLOORED if floored else named or h17.bool_hint(cases, replies) or h16.shifted_hint(cases, replies) or h16.kept_hint(student, y_true, y_pred) or slips.narrow_hint(value, reference.mse_loss(y_true, y_pred), "loss") or h18.formula_hint(student) or h19.neighbour_hint(student) or h20.inputs_hint(student) or h18.kept_hint(student))  # fmt: skip
            expect_unchanged(y_true, t_after, call=call, what="y_true")
            expect_unchanged(y_pred, p_after, call=call, what="y_pred")
    h22.expect_float_when_whole(student)


@pytest.mark.weight(2)
def test_mse_column_against_flat(student, reference, rng, seed):
    """y_true of shape (n,) and y_pred of shape (n, 1) are the same n values (no (n, n) broadcast).

    So are a (1, n) row and a flat (n,): the spec counts elements, whatever the shapes."""
    t = rng.integers(0, 2, size=5).astype(float)
    p = rng.uniform(size=(5, 1)).round(3)
    cases = [(t, p), (t.reshape(-1, 1), p.ravel()), (t.reshape(1, -1), p.ravel())]
    with _known_errors(shapes_differ=True, wider=lambda exc: h21.error_hint(student, "mse_loss", exc) or h20.error_hint(student, "mse_loss", exc) or h19.error_hint(student, "mse_loss", exc) or h17.error_hint(student, "mse_loss", exc) or h18.error_hint(student, "mse_loss", exc)):
        for (y_true, y_pred), got in zip(cases, student.map("mse_loss", cases)):
            call = f"mse_loss(y_true, y_pred) with shapes {y_true.shape} and {y_pred.shape} (seed {seed})"
            _expect_one_mean(got, max(y_true.shape, y_pred.shape, key=len), call)
            if (comma := python_slips.trailing_comma_hint(got)) is not None:
                raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a single number (a float)", hint=comma)
            got = expect_float(got, call=call)
            expect_close(got, reference.mse_loss(t, p.ravel()), call=call,
                         misconceptions=lambda known=_both_readings(_loss_mistakes(reference, y_true, y_pred)): h18.huber_first(student, known, y_true, y_pred),
                         hint=lambda: (h21.formula_hint(student) or slips.narrow_hint(got, reference.mse_loss(t, p.ravel()), "loss")
                                       or h18.formula_hint(student) or h19.neighbour_hint(student) or h20.inputs_hint(student) or h18.kept_hint(student) or slips.wrong_when_flat_hint(student, reference, t, p)))  # fmt: skip


SIZE_CHECK = ("Compare y_true.size with y_pred.size and raise ValueError with a clear message when they differ "
              "(NumPy broadcasts one value against four without a word, so nothing else stops it).")  # fmt: skip
EMPTY_CHECK = ("The inputs are empty, and the mean of no elements is undefined (np.mean gives nan with a warning): "
               "raise ValueError when the inputs hold no elements, after the size check.")  # fmt: skip


def test_mse_rejects_different_sizes(student):
    """Inputs with different numbers of elements, one value against four included, raise ValueError;
    so do empty inputs (the stubs' docstrings say so: the mean of nothing is undefined)."""
    cases = [(np.zeros(4), np.zeros(5), SIZE_CHECK), (np.zeros((3, 1)), np.zeros((2, 3)), SIZE_CHECK),
             (np.zeros(4), np.zeros(1), SIZE_CHECK), (np.zeros(0), np.zeros(0), EMPTY_CHECK)]  # fmt: skip
    for name in ("mse_loss", "mse_loss_gradient"):
        _answers_equal_sizes(student, name)
    stopped = {"mse_loss": [], "mse_loss_gradient": []}  # the ValueErrors each raised for different sizes so far
    for y_true, y_pred, hint in cases:
        for name in ("mse_loss", "mse_loss_gradient"):
            call = f"{name}(y_true, y_pred) with shapes {y_true.shape} and {y_pred.shape}"
            try:
                got = student.call(name, y_true, y_pred)
            except StudentError as exc:
                if exc.raised == "ValueError":
                    stopped[name].append(((y_true.shape, y_pred.shape), exc))
                    continue
                if not exc.own_exception:
                    raise  # not an exception from the call (missing, crashed), or not written yet
                raise CheckFailed(f"{call} failed, but not with ValueError: {exc.message}",
                                  hint=h19.message_hint(student, name, exc) or python_slips.python_slip_hint(exc) or _not_value_error_hint(exc.raised)) from None
            raise CheckFailed(f"{call} returned {kind_of(got)} instead of raising ValueError",
                              hint=h22.fallback_hint(student, name, (y_true.shape, y_pred.shape)) or h21.size_check_hint(student, name) or raising.returned_exception_hint(got, name) or h17.swallowed_hint(student, name) or h20.size_check_hint(student, name) or (hint == SIZE_CHECK and raising.never_fires_hint(
                                  name, stopped[name], (y_true.shape, y_pred.shape))) or hint)


def _not_value_error_hint(raised):
    return loss_hints.NOT_VALUE_ERROR.get(raised, loss_hints.OTHER_ERROR.format(raised=raised))


EQUAL_SIZES = [(np.array([1.0, 0.0, 0.0]), np.array([0.5, 0.0, 1.0])), (np.ones((6, 1)), np.zeros((6, 1))),
               (np.ones(4), np.zeros((4, 1)))]  # fmt: skip


def _answers_equal_sizes(student, name):
    """``name`` must answer at least one of a few inputs of equal sizes without ValueError: a
    ValueError raised whatever it is given says nothing of sizes, and earns nothing here."""
    errors = []
    for y_true, y_pred in EQUAL_SIZES:
        try:
            student.call(name, y_true, y_pred)
            return
        except StudentError as exc:
            if not exc.own_exception:
                raise
            if exc.raised != "ValueError":
                return  # broken in another way, which its own check shows: its ValueError still tells sizes apart
            errors.append(exc)
    raise CheckFailed(f"{name}(y_true, y_pred) raised ValueError for inputs of equal sizes too, so its ValueError "
                      f"cannot tell sizes apart: {errors[0].message}",
                      hint=f"{name} must answer inputs with the same number of elements and raise only when the "
                           "counts differ (or are zero): see its own check for why it raises.")  # fmt: skip


@pytest.mark.weight(3)
def test_mse_gradient(student, reference, rng, seed):
    """mse_loss_gradient matches the numerical gradient of the MSE, with y_pred's shape."""
    *cases, whole = _cases(rng, seed)  # the integer case last: the others show what large errors do first
    cases = cases + [
        (rng.integers(0, 2, size=4).astype(float), rng.uniform(size=(4, 1)).round(3), f"shapes (4,) and (4, 1), seed {seed}"),
        (rng.integers(0, 2, size=4).astype(float), rng.uniform(size=(1, 4)).round(3), f"shapes (4,) and (1, 4), seed {seed}"),
        (np.array([[1.0], [0.0], [1.0]]), np.array([0.25, 0.5, 0.75]), "shapes (3, 1) and (3,): a column of targets"),
        (np.array([0.0, 1.0, 2.0, 3.0]), np.array([10.0, -20.0, 2.5, 15.0]), "large errors (the MSE takes any real targets)"),
        whole, (np.array([1.0]), np.array([0.25]), "one element each, shape (1,)"),
        (np.array([[0.0]]), np.array([[0.75]]), "one element each, shape (1, 1)")]  # y_pred's shape even for one
    replies = student.map("mse_loss_gradient", [(y_true, y_pred) for y_true, y_pred, _ in cases], echo=True)
    known = [_gradient_mistakes(y_true, y_pred, [Misconception(hint, value) for name, hint in GRADIENT_MISTAKES.items()
                                                 for value in reference.mistakes.gradient_with_mistake(y_true, y_pred, name)])
             for y_true, y_pred, _ in cases]  # fmt: skip
    for (y_true, y_pred, what), (got, _, _) in zip(cases, replies.before_failure()):
        if isinstance(got, tuple):
            raise CheckFailed(f"mse_loss_gradient(y_true, y_pred) with {what} returned {kind_of(got)}; it should "
                              "return the gradient alone, a NumPy array of y_pred's shape",
                              hint=loss_hints.several_values_hint(got, y_true, y_pred))
    named = _named_everywhere(known, replies, number=False)
    undisproved = Undisproved(known.__getitem__, lambda: [got for got, _, _ in replies.before_failure()])  # by the other cases
    for index, (y_true, y_pred, what) in enumerate(cases):
        if np.size(y_pred) == 1:  # a refusal of one element is named as that rule
            try:
                replies[index]
            except StudentError as exc:
                _expect_one_element_answered(student, "mse_loss_gradient", exc, f"mse_loss_gradient({y_true.tolist()}, "
                                             f"{y_pred.tolist()})", y_true.item(), y_pred.item())  # fmt: skip
        with _known_errors(shapes_differ=np.shape(y_true) != np.shape(y_pred),
                           wider=lambda exc: h22.refused_hint(student, "mse_loss_gradient", exc, y_true, y_pred) or h21.error_hint(student, "mse_loss_gradient", exc) or h20.error_hint(student, "mse_loss_gradient", exc) or h19.error_hint(student, "mse_loss_gradient", exc, y_true, y_pred) or raising.second_axis_hint(student, "mse_loss_gradient", exc, y_true, y_pred)
                           or h18.error_hint(student, "mse_loss_gradient", exc)):
            got, (t_after, p_after), _ = replies[index]
        y_pred_arr = np.asarray(y_pred, dtype=float)
        call = f"mse_loss_gradient(y_true, y_pred) with {what}"
        if isinstance(got, list):
            raise CheckFailed(f"{call} returned a Python list, {describe(got)}; it should return a NumPy float "
                              "array of y_pred's shape", hint=LIST_RETURNED)  # fmt: skip
        numerical = gradcheck.gradient(lambda q: reference.mse_loss(y_true, q["y_pred"]), {"y_pred": y_pred_arr})["y_pred"]
        shapes = {"y_true": np.shape(y_true), "y_pred": np.shape(y_pred)}
        got_shape = getattr(got, "shape", ())
        shape_hint = argument_shape_hint(got_shape, shapes, expected="y_pred")
        lost = got_shape not in (y_pred_arr.shape, y_pred_arr.shape[::-1])  # a transpose has its own hint
        if shape_hint is None and lost and np.prod(got_shape) == y_pred_arr.size > 1:
            shape_hint = shape_calls.lost_shape_hint(student, got_shape, y_pred_arr.shape) or NOT_Y_PRED_SHAPE.format(got=got_shape, want=y_pred_arr.shape)
        shape_hint = shape_hint or h19.diagonal_hint(got, numerical) or h18.turned_table_hint(got, y_true, y_pred) or slips.pair_table_hint(got_shape, y_pred_arr.shape) or python_slips.column_table_hint(got, y_true, y_pred) or slips.one_element_hint(
            got, y_pred_arr.shape, [(np.shape(a[0]), np.shape(c[1])) for a, c in zip(replies.before_failure()[:index], cases)])
        with h21.named(lambda: h21.gradient_hint(student) or h21.matrix_hint(student, "mse_loss_gradient")), named_by_formula(lambda: loss_hints.gradient_formula_hint(cases, replies)):
            expect_close(got, numerical, call=call, rtol=1e-5, atol=1e-8, float_dtype=True,
                         misconceptions=lambda: undisproved.kept(index),
                         hint=lambda: (h22.axis_sum_hint(student, got, numerical) or h20.shape_divisor_hint(student, got, y_true, y_pred) or h20.rounded_hint(got, y_true, y_pred) or shape_hint or loss_hints.int_result_hint(got, numerical) or h19.kept_hint(student, "mse_loss_gradient") or named or h16.first_skipped_hint(got, numerical)
                                       or readings.divisor_hint(cases, replies) or slips.approximation_hint(cases, replies) or h22.flat_only_hint(student, cases, replies)))  # fmt: skip
        h22.expect_double(got, call)
        expect_unchanged(y_true, t_after, call=call, what="y_true")
        expect_unchanged(y_pred, p_after, call=call, what="y_pred")


@pytest.mark.hidden
def test_numbers_are_one_element(student, reference):
    """Plain numbers are inputs of one element (the module's docstring): each function answers them as
    it answers the same value in a list, mse_loss with a number and mse_loss_gradient with y_pred's shape ().
    A list of one element is answered too (the docstring needs at least one), not refused with ValueError.
    Judged only where the list's answer is right (else its own checks say why): a function that answers
    everything alike is not thereby right on numbers."""
    judged, unjudged = 0, []
    for name, y_true, y_pred in [("mse_loss", 1.0, 0.25), ("mse_loss", 2, 0), ("mse_loss_gradient", 1.0, 0.25)]:
        call, column = f"{name}({y_true}, {y_pred})", ([[y_true], [0.0]], [[y_pred], [1.0]])  # keeps (2, 1)?
        replies = student.map(name, [([y_true], [y_pred]), (y_true, y_pred), column])
        try:
            mine = loss_hints.as_numbers(replies[0])
        except StudentError as exc:  # lists fail already, which their own checks show: numbers cannot be judged
            _expect_one_element_answered(student, name, exc, f"{name}([{y_true}], [{y_pred}])", y_true, y_pred)
            unjudged.append(exc)
            continue
        right = np.ravel(getattr(reference, name)([y_true], [y_pred]))
        if mine is None or mine.size != right.size or not np.allclose(mine.ravel(), right, rtol=1e-6, atol=1e-12):
            unjudged.append(CheckFailed(f"{name}([{y_true}], [{y_pred}]) did not give the right numbers: see its own checks"))
            continue
        try:
            got = replies[1]
        except StudentError as exc:  # an axis or a shape index a number lacks: the axis checks' mistake, not judged
            if exc.raised in ("AxisError", "IndexError"):
                unjudged.append(exc)
                continue
            raise CheckFailed(f"{call} raised {exc.raised}: {exc.raised_message}",
                              hint=more_slip_hint(exc.raised, exc.raised_message or "", exc.detail or "")
                              or loss_hints.NUMBER_RAISED.format(name=name, raised=exc.raised)) from None
        judged += 1
        if name == "mse_loss_gradient" and np.shape(got) != () and loss_hints.keeps_shape(replies, 2, (2, 1)):
            raise CheckFailed(f"{call}: expected shape (), got shape {np.shape(got)}",
                              hint=h21.matrix_hint(student, name) or shape_calls.lost_shape_hint(student, np.shape(got), ()) or loss_hints.NUMBER_SHAPE.format(got=np.shape(got)))
        if np.size(got) == mine.size:
            expect_close(np.ravel(got), mine.ravel(), call=f"{call}, compared with your {name}([{y_true}], [{y_pred}])")
    if not judged:  # nothing earns: a check that judged no number gives no points
        raise unjudged[0] if unjudged else CheckFailed("numbers could not be judged")


def _expect_one_element_answered(student, name, exc, call, y_true, y_pred):
    """Fail, naming the one-element rule, where ``name`` raised ValueError (``exc``) for one element each from a
    line of its own but answers two of the same values (asked only then): a check for empty inputs that also
    refuses a single pair (not a check of the values, which refuses the two as well).
    A ValueError from inside NumPy (np.gradient needs two elements) is another mistake, which its checks name."""
    if exc.raised != "ValueError" or not tracebacks.code_of_last_line(exc.detail).startswith("raise"):
        return  # not raised by a raise statement of its own: inside NumPy (np.gradient needs two elements), say
    try:
        student.call(name, [y_true, y_true], [y_pred, y_pred])
    except StudentError:
        return  # it refuses more than one element: its own checks say why
    raise CheckFailed(f"{call} raised ValueError: {exc.raised_message}", hint=loss_hints.ONE_ELEMENT.format(name=name))
