"""Hints of the backprop checks the twenty-first held-out corpus asked for, each confirmed on the student's own
answers (the mistaken rule replayed with the network's parts computed here) or on their parsed source before it is said: train
skipping the samples already classified right, train stepping once per mini-batch, train returning a dict of losses
(a Keras history), train looping over a fixed number of samples, sgd_step's parenthesis closed after learn_rate,
sgd_step's new values computed in sorted order and zipped with PARAM_NAMES, and backprop rounding its partials.
Loaded by the backprop checks with ``load_sibling``; every reader is called only once a check has failed, and
never raises."""

import ast
import contextlib

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.grading.formulas import named_by_reader as named  # noqa: F401 - the checks' name for it
from autograder.grading.function_source import calls, function, statement_line
from autograder.checking.siblings import load_sibling
from autograder.sandbox.session import StudentError

tiny = load_sibling(__file__, "backprop_h20")  # the tiny network's own parts, computed in the checks


class OwnParts:
    """The network's feedforward, backprop and sgd_step computed here (as ``backprop_h20`` does), so that a replay
    asks the reference nothing that a student's kit, which has only the recorded answers, cannot answer."""

    feedforward = staticmethod(lambda params, x: tiny._forward(params, x)[2])
    backprop = staticmethod(lambda params, x, y: tiny._grads(params, x, y))
    sgd_step = staticmethod(lambda params, grads, rate: {n: params[n] - rate * grads[n] for n in params})


def _line(student, name, test):
    """`` (`line`)``: the first statement line of ``name`` whose node passes ``test``, or ""."""
    source, node = function(student, "backprop", name)
    for sub in ast.walk(node) if node is not None else ():
        if test(sub):
            return f" (`{statement_line(source, sub)}`)"
    return ""


def _epoch_loss(ref, params, data, labels):
    return float(np.mean([(y - ref.feedforward(params, x)) ** 2 for x, y in zip(data, labels)]))


def _skipping(ref, data, labels, start, rate, epochs):
    params, losses = dict(start), []
    for _epoch in range(epochs):
        for x, y in zip(data, labels):
            if round(ref.feedforward(params, x)) == y:
                continue
            params = ref.sgd_step(params, ref.backprop(params, x, y), rate)
        losses.append(_epoch_loss(ref, params, data, labels))
    return losses


def _batches(size, summed):
    def train(ref, data, labels, start, rate, epochs):
        params, losses = dict(start), []
        for _epoch in range(epochs):
            for first in range(0, len(data), size):
                batch = list(zip(data[first:first + size], labels[first:first + size]))
                grads = dict.fromkeys(params, 0.0)
                for x, y in batch:
                    for name, g in ref.backprop(params, x, y).items():
                        grads[name] += g if summed else g / len(batch)
                params = ref.sgd_step(params, grads, rate)
            losses.append(_epoch_loss(ref, params, data, labels))
        return losses
    return train


SKIPS = (
    "Your train skips the samples your network already classifies right{where}: it takes no step for a sample whose "
    "rounded output equals its label (your losses are exactly those of that rule). That is the perceptron's rule, "
    "which learns only from errors; the squared error still has a gradient for a right-side output (0.6 for label 1 "
    "is still 0.4 away), so gradient descent takes one sgd_step with backprop's gradients for every sample, in every "
    "epoch. Remove the test and the continue."
)
BATCHES = (
    "Your train {how} the gradients of {size} samples at a time and takes one step per mini-batch{where} (your losses "
    "are exactly those of that rule). The spec's train is stochastic gradient descent: one sgd_step for each sample, "
    "with that one sample's backprop gradients, in data order: pair each sample with its label (zip) and step "
    "once per pair, never summing or averaging gradients over several samples."
)
HISTORY = (
    "Your train returns its losses as a dict ({keys}), like a Keras History, where the spec asks for (params, losses) "
    "with losses a plain list of floats, one per epoch. Return the list itself as the pair's second item, not wrapped in a dict."
)


def train_hint(student, ref, got, data, labels, start, rate=0.1, epochs=25):
    """HISTORY, SKIPS or BATCHES where train's answer ``got`` shows that rule."""
    try:
        losses = got[1] if isinstance(got, (tuple, list)) and len(got) == 2 else None
        if isinstance(losses, dict):
            return HISTORY.format(keys=", ".join(repr(k) for k in list(losses)[:3]) or "empty")
        losses = np.asarray(losses, dtype=float)
        if losses.shape != (epochs,):
            return None

        def fits(rule):
            values = np.asarray(rule(OwnParts, data, labels, start, rate, epochs))
            return np.allclose(losses, values, rtol=1e-6, atol=1e-10)

        if fits(_skipping):
            return SKIPS.format(where=_line(student, "train", lambda s: isinstance(s, (ast.Continue, ast.If))))
        for size in range(2, len(data)):  # true mini-batches: one step per epoch has its own readings
            for summed in (False, True):
                if fits(_batches(size, summed)):
                    where = _line(student, "train", lambda s: isinstance(s, ast.Call) and ast.unparse(s.func) == "range" and len(s.args) == 3)
                    return BATCHES.format(how="adds up" if summed else "averages", size=size, where=where)
        return None
    except Exception:  # noqa: BLE001
        return None


FIXED_COUNT = (
    "Your train loops over a fixed number of samples, `{line}`: {n} is the size of the lesson's data set, but train "
    "must work on any data it is given (a smaller data set raises IndexError, and a larger one would train on its "
    "first {n} only). Loop over the data itself: for x, y_true in zip(data, all_y_trues), or range(len(data))."
)


def fixed_count_hint(student, exc):
    """FIXED_COUNT for an IndexError in train whose source loops over range(<a number>) and indexes data with it."""
    try:
        if getattr(exc, "raised", "") != "IndexError":
            return None
        source, node = function(student, "backprop", "train")
        inputs = {a.arg for a in node.args.args[:2]} if node is not None else set()
        for loop in ast.walk(node) if node is not None else ():
            if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and isinstance(loop.iter, ast.Call) \
                    and ast.unparse(loop.iter.func) == "range" and len(loop.iter.args) == 1 \
                    and isinstance(loop.iter.args[0], ast.Constant) and isinstance(loop.iter.args[0].value, int) \
                    and any(isinstance(sub, ast.Subscript) and ast.unparse(sub.value) in inputs and ast.unparse(sub.slice) == loop.target.id
                            for sub in ast.walk(loop)):
                return FIXED_COUNT.format(line=statement_line(source, loop), n=loop.iter.args[0].value)
        return None
    except Exception:  # noqa: BLE001
        return None


PARENTHESIS = (
    "Your sgd_step computes (param - learn_rate) * grad, not param - learn_rate * grad{where}: the parenthesis closes "
    "after learn_rate, so the subtraction happens first and its result is multiplied by the gradient. Only the "
    "gradient is multiplied by the rate, and that product is taken from the parameter: "
    "params[name] - learn_rate * grads[name] (with float(...) around the whole expression, if you want one)."
)
SORTED = (
    "Your sgd_step files every new value under another parameter's name: the values are computed in sorted "
    "(alphabetical) order, b1, b2, b3, w1, ..., and then zipped with PARAM_NAMES, w1, ..., b3{where}, so w1 gets b1's "
    "new value. Keep one order for both: compute and name each value by the same key, "
    "{{name: params[name] - learn_rate * grads[name] for name in PARAM_NAMES}}."
)


def step_hint(student, params, grads, got, rate, names):
    """PARENTHESIS or SORTED where sgd_step's answer ``got`` (a dict) is that rule's on every name."""
    try:
        values = [got[n] for n in names]
        if np.allclose(values, [(params[n] - rate) * grads[n] for n in names], rtol=1e-9, atol=1e-12):
            where = _line(student, "sgd_step", lambda s: isinstance(s, ast.BinOp) and isinstance(s.op, ast.Mult)
                          and "learn_rate" in ast.unparse(s.left) and "-" in ast.unparse(s.left))
            return PARENTHESIS.format(where=where)
        order = sorted(params)
        if order != list(names) and np.allclose(values, [params[m] - rate * grads[m] for m in order], rtol=1e-9, atol=1e-12):
            source, node = function(student, "backprop", "sgd_step")
            found = next(iter(calls(node, {"sorted", "sort"})), None)
            if found is None:
                return None
            return SORTED.format(where=f" (`{statement_line(source, found[0])}`)")
        return None
    except Exception:  # noqa: BLE001
        return None


ROUNDED = (
    "Your backprop rounds its partial derivatives{where}: every value you return has at most {k} decimals, so small "
    "partials become 0 and the others lose their later digits, which the gradient check (and train's trajectory, "
    "step after step) notices. The spec's 0.0214695 is only that number shown to 7 decimals; return the full-precision "
    "floats: float(grads[name]), with no round()."
)


def rounded_hint(student, replies):
    """ROUNDED where every partial backprop returned is a whole number of 10 ** -k for some k <= 10 and its source
    calls round (round, np.round, np.around)."""
    try:
        values = [v for got, _, _ in replies.before_failure() if isinstance(got, dict) for v in got.values()]
        values = np.asarray(values, dtype=float)
        if values.size < 9 or np.count_nonzero(values) < 3:
            return None
        for k in range(1, 11):
            if np.allclose(values, np.round(values, k), rtol=0, atol=1e-15):
                source, node = function(student, "backprop", "backprop")
                found = next(iter(calls(node, {"round", "around"})), None)
                if found is None:
                    return None
                return ROUNDED.format(where=f" (`{statement_line(source, found[0])}`)", k=k)
        return None
    except Exception:  # noqa: BLE001
        return None


PAIR_LOOP = (
    "Your train writes `{line}` without zip: the loop runs over the pair ({a}, {b}), two items, so its first pass "
    "unpacks the whole of {a} (all its rows) into {names}, hence the ValueError about unpacking. To walk the "
    "samples with their labels side by side, zip them: for {names} in zip({a}, {b}):"
)
LOSS_ZIPPED = (
    "Your train's epoch loss pairs the predictions with {data}, each a sample's row of features, where the labels "
    "belong (`{line}`): each 'error' is then an array, not a number, and turning their mean into a float fails. The "
    "loss compares each prediction with its own label: zip({labels}, predictions)."
)
IS_LITERAL = (
    "Your backprop compares the label with `is` (`{line}`): is tests identity, whether two names are the very same "
    "object, not equality, and a float label from the data (1.0, 0.0) is never the same object as {value!r}, so "
    "the test is False even where the values are equal, and the sample takes the wrong branch. Compare values with ==, or better, use one formula for every "
    "label: d_L_d_o1 = -2 * (y_true - o1)."
)


def raised_hint(student, exc):
    """FIXED_COUNT, PAIR_LOOP or LOSS_ZIPPED for an error raised in train, each found in train's source."""
    try:
        found = fixed_count_hint(student, exc)
        if found is not None or exc.raised not in ("ValueError", "TypeError"):
            return found
        source, node = function(student, "backprop", "train")
        args = [a.arg for a in node.args.args] if node is not None else []
        if len(args) < 2:
            return None
        data, labels = args[0], args[1]
        for sub in ast.walk(node):
            if exc.raised == "ValueError" and isinstance(sub, ast.For) and isinstance(sub.iter, ast.Tuple) \
                    and "unpack" in (exc.raised_message or "") and len(sub.iter.elts) == 2:
                a, b = (ast.unparse(e) for e in sub.iter.elts)
                return PAIR_LOOP.format(line=statement_line(source, sub), a=a, b=b, names=ast.unparse(sub.target).strip('()'))
            if exc.raised == "TypeError" and isinstance(sub, ast.comprehension) and isinstance(sub.iter, ast.Call) \
                    and ast.unparse(sub.iter.func) == "zip":
                names = [ast.unparse(a) for a in sub.iter.args]
                if data in names and labels not in names and not any(isinstance(c, ast.Call) and "backprop" in ast.unparse(c.func)
                                                                    for c in ast.walk(sub)):
                    return LOSS_ZIPPED.format(data=data, labels=labels, line=statement_line(source, sub.iter))
        return None
    except Exception:  # noqa: BLE001
        return None


def is_literal_hint(student):
    """IS_LITERAL where backprop's source compares with `is` (or `is not`) against a number."""
    try:
        source, node = function(student, "backprop", "backprop")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in sub.ops) \
                    and any(isinstance(c, ast.Constant) and isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
                            for c in [sub.left, *sub.comparators]):
                value = next(c.value for c in [sub.left, *sub.comparators] if isinstance(c, ast.Constant))
                return IS_LITERAL.format(line=statement_line(source, sub), value=value)
        return None
    except Exception:  # noqa: BLE001
        return None


@contextlib.contextmanager
def fixed_count(student):
    """Inside this, train's IndexError gets FIXED_COUNT where its source loops over range(<a number>)."""
    try:
        yield
    except StudentError as exc:
        hint = raised_hint(student, exc)
        if hint is None or not exc.own_exception:
            raise
        raise type(exc)(exc.message, exc.detail, raised=exc.raised, raised_message=exc.raised_message, hint=hint,
                        held=exc.held) from None


