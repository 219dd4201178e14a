"""Hints of the backprop checks the twentieth held-out corpus asked for, each confirmed on the student's own answers
or source before it is said: a backprop (or feedforward) that gives the same answer whatever sample x it is given
(a fixed sample of the data used in place of its argument), a backprop whose answer to one question changes when it
is asked again (gradients added up from call to call), a train that hands sgd_step another argument where the
learning rate belongs, and a train that pairs the samples with the wrong labels (always the first, or shifted).
Loaded by the backprop checks with ``load_sibling``; every reader runs only once a check has failed, and never
raises."""

import ast
import math

import numpy as np

from autograder.grading.function_source import function, statement_line
from autograder.grading.kept_between_calls import stored_line

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")
PARAMS = dict(zip(NAMES, (0.42, -0.71, 0.33, 0.58, -0.9, 1.17, 0.12, -0.26, 0.35)))  # generic: no symmetry, no ones
SAMPLES = ([0.7, -1.3], [-2.1, 0.4], [1.9, 2.6])


def _sig(z):
    return 1.0 / (1.0 + math.exp(-max(min(z, 700.0), -700.0)))


def _forward(p, x):
    h1 = _sig(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = _sig(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    return h1, h2, _sig(p["w5"] * h1 + p["w6"] * h2 + p["b3"])


def _grads(p, x, y):
    h1, h2, o1 = _forward(p, x)
    d = -2.0 * (y - o1) * o1 * (1 - o1)
    g1, g2 = d * p["w5"] * h1 * (1 - h1), d * p["w6"] * h2 * (1 - h2)
    return {"w1": g1 * x[0], "w2": g1 * x[1], "w3": g2 * x[0], "w4": g2 * x[1], "w5": d * h1, "w6": d * h2,
            "b1": g1, "b2": g2, "b3": d}


def _vector(got):
    """The nine partials of a backprop answer (a dict), as floats in NAMES order; None for anything else."""
    if not isinstance(got, dict) or any(n not in got for n in NAMES):
        return None
    return [float(got[n]) for n in NAMES]


def _x_line(student, name):
    """`x = ...` in ``name``'s source (the argument thrown away), or a line that reads a module-level sample."""
    source, node = function(student, "backprop", name)
    if node is None:
        return None
    for sub in ast.walk(node):
        if isinstance(sub, (ast.Assign, ast.AnnAssign)):
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
            if any(isinstance(n, ast.Name) and n.id == "x" for t in targets for n in ast.walk(t)):
                return statement_line(source, sub).split("\n")[0].strip()
    return None


IGNORES_X = (
    "Your {name} gives the same answer whatever sample x it is given: {name}(params, {x1}{y}) and "
    "{name}(params, {x2}{y}) both give {shown}, where the right answers differ. So it does not use its argument x: "
    "{where} Every sample must be run through the network with its own features: use the x that {name} is given, "
    "x[0] and x[1], and nothing in its place."
)


def ignores_x_hint(student, name="backprop"):
    """IGNORES_X where ``name`` (backprop or feedforward), asked with two different samples, answers alike where the
    right answers differ."""
    try:
        y = (1.0,) if name == "backprop" else ()
        answers = [student.call(name, dict(PARAMS), list(x), *y) for x in SAMPLES]
        if name == "backprop":
            got = [_vector(a) for a in answers]
            right = [[_grads(PARAMS, x, 1.0)[n] for n in NAMES] for x in SAMPLES]
        else:
            got, right = [[float(a)] for a in answers], [[_forward(PARAMS, x)[2]] for x in SAMPLES]
        if None in got or np.allclose(right[0], right[1], rtol=1e-3) or np.allclose(got[0], 0.0, atol=1e-12):
            return None
        if name == "feedforward" and got[0][0] in (0.0, 1.0):
            return None  # a 0/1 decision where o1 belongs: another mistake, which alike answers do not tell apart
        line = _x_line(student, name)
        where = (f"`{line}` replaces the argument with another sample, so every call runs that one." if line else
                 "look for a sample written in its place (DATA[0], a global x, a sample left in from testing).")
        args = dict(name=name, x1=SAMPLES[0], x2=SAMPLES[1], y=", 1" if y else "", where=where)
        if all(np.allclose(got[0], other, rtol=1e-12, atol=1e-15) for other in got[1:]):
            shown = "the same nine partials" if name == "backprop" else f"{got[0][0]:.6g}"
            return IGNORES_X.format(shown=shown, **args)
        through = [NAMES.index(n) for n in ("w5", "w6", "b1", "b2", "b3")]  # x reaches these only through h1, h2, o1
        if name == "backprop" and all(np.allclose(np.take(got[0], through), np.take(other, through), rtol=1e-12, atol=1e-15)
                                      for other in got[1:]) \
                and not np.allclose(np.take(got[0], through), 0.0, atol=1e-12):
            return FORWARD_IGNORES_X.format(**args)
    except Exception:  # noqa: BLE001 - a reading never raises (a StudentError, an odd answer)
        return None
    return None


FORWARD_IGNORES_X = (
    "The forward pass inside your backprop does not use its argument x: backprop(params, {x1}{y}) and "
    "backprop(params, {x2}{y}) give the same partials for w5, w6, b1, b2 and b3, which depend on x only through h1, "
    "h2 and o1, where the right ones differ. So h1, h2 and o1 are computed from some other sample: {where} Compute "
    "h1, h2 and o1 from the x that backprop is given, x[0] and x[1], and nothing in its place."
)



ASKED_TWICE = (
    "Your backprop gave another answer when asked the very same question again: backprop(params, {x}, {y:g}) gave "
    "dL/d{key} = {first:.6g} during the check and {again:.6g} when asked again now. It keeps something from one call to the next{where}, "
    "so each answer adds in (or mixes in) the calls before it, and the partials above are not a formula's. backprop "
    "must compute this call's nine partials from its params, x and y_true alone and return them: keep no running "
    "total (gradients are not accumulated here; each sgd_step uses one sample's gradient)."
)


def asked_twice_hint(student, cases, replies):
    """ASKED_TWICE where backprop, asked the first case again, answers otherwise than it did the first time."""
    try:
        params, x, y_true, _ = cases[0]
        first = _vector(replies[0][0])
        again = _vector(student.call("backprop", dict(params), list(x), y_true))
        if first is None or again is None or np.allclose(first, again, rtol=1e-12, atol=1e-15):
            return None
        key = max(range(9), key=lambda i: abs(first[i] - again[i]))
        found = stored_line(student, "backprop", "backprop")
        where = f": {found[1]} (`{found[0].split(chr(10))[0].strip()}`)" if found else ""
        return ASKED_TWICE.format(x=list(x), y=y_true, key=NAMES[key], first=first[key], again=again[key], where=where)
    except Exception:  # noqa: BLE001
        return None


def _train(data, labels, start, rate, epochs, scored=None):
    """The spec's train on ``labels`` (the losses scored against ``scored``, the true labels): (params, losses)."""
    p, losses = dict(start), []
    scored = labels if scored is None else scored
    for _epoch in range(epochs):
        for x, y in zip(data, labels):
            g = _grads(p, x, y)
            p = {n: p[n] - rate * g[n] for n in NAMES}
        losses.append(float(np.mean([(y - _forward(p, x)[2]) ** 2 for x, y in zip(data, scored)])))
    return p, losses


OTHER_RATE = (
    "Your train hands sgd_step `{arg}` where the learning rate belongs (`{line}`): at learn_rate={rate:g} and "
    "epochs={epochs} that is a step size of {value:g}, and your losses are exactly those of training at {value:g}. "
    "Pass train's own learn_rate on, unchanged: sgd_step(params, grads, learn_rate)."
)
_OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
        ast.Div: lambda a, b: a / b, ast.Pow: lambda a, b: a ** b}


def _value(expr, names):
    """The number ``expr`` (a name of train's parameters, a constant, or + - * / ** of those) stands for; else None."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, (int, float)) and not isinstance(expr.value, bool):
        return float(expr.value)
    if isinstance(expr, ast.Name) and isinstance(names.get(expr.id), (int, float)):
        return float(names[expr.id])
    if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.USub):
        inner = _value(expr.operand, names)
        return None if inner is None else -inner
    if isinstance(expr, ast.BinOp) and type(expr.op) in _OPS:
        left, right = _value(expr.left, names), _value(expr.right, names)
        if left is not None and right is not None and abs(right) < 1e6:
            return float(_OPS[type(expr.op)](left, right))
    return None


def _rate_argument(student):
    """(line, argument node, train's parameter names) of train's sgd_step call whose learning-rate argument is not
    the name of train's learn_rate parameter."""
    source, node = function(student, "backprop", "train")
    if node is None:
        return None
    order = [a.arg for a in node.args.args]
    rate_name = order[3] if len(order) > 3 else "learn_rate"
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and ast.unparse(sub.func).split(".")[-1] == "sgd_step":
            given = sub.args[2] if len(sub.args) > 2 else next((k.value for k in sub.keywords if k.arg == "learn_rate"), None)
            if given is not None and ast.unparse(given) != rate_name:
                return statement_line(source, sub).split("\n")[0].strip(), given, order
    return None


def other_rate_hint(student, data, labels, start, losses, rate=0.1, epochs=5):
    """OTHER_RATE where train's sgd_step call passes something other than its learn_rate as the rate (another
    parameter, a number, a sum or product of those) and ``losses`` (train's at ``rate``, ``epochs``) are those of
    training at what that stands for."""
    try:
        found = _rate_argument(student)
        if found is None:
            return None
        line, given, order = found
        value = _value(given, dict(zip(order[3:5], (rate, epochs))))
        if value is None or not math.isfinite(value) or abs(value - rate) < 1e-12:
            return None
        expected = _train(np.asarray(data, dtype=float), list(labels), start, value, epochs)[1]
        with np.errstate(all="ignore"):
            if len(losses) == epochs and np.allclose(np.asarray(losses, dtype=float), expected, rtol=1e-6, atol=1e-12):
                return OTHER_RATE.format(arg=ast.unparse(given), line=line, value=value, rate=rate, epochs=epochs)
    except Exception:  # noqa: BLE001
        return None
    return None


WRONG_LABELS = (
    "Your train pairs the samples with the wrong labels: its trained parameters are exactly those of training {how}. "
    "{where}Each sample must be trained with its own label: zip(data, all_y_trues), or data[i] with all_y_trues[i] "
    "(the same index i for both)."
)


def _label_families(labels):
    y = np.asarray(labels, dtype=float)
    return [
        (f"every sample with one and the same label, {y[0]:g}, the first sample's", np.full_like(y, y[0])),
        (f"every sample with one and the same label, {y[-1]:g}, the last sample's", np.full_like(y, y[-1])),
        ("each sample with the label of the sample before it (an index off by one, i - 1)", np.roll(y, 1)),
        ("each sample with the label of the sample after it (an index off by one, i + 1)", np.roll(y, -1)),
        ("the samples with the labels in reverse order", y[::-1]),
    ]


def _label_line(student):
    """A line of train that reads the labels at a fixed index (all_y_trues[0]), if any."""
    source, node = function(student, "backprop", "train")
    if node is None or len(node.args.args) < 2:
        return None
    labels = node.args.args[1].arg
    for sub in ast.walk(node):
        if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and sub.value.id == labels \
                and isinstance(sub.slice, (ast.Constant, ast.UnaryOp)):
            return statement_line(source, sub).split("\n")[0].strip()
    return None


COLUMNS = (
    "Your train loops over the columns of data, not its rows: its trained parameters are exactly those of training "
    "on zip(data.T, all_y_trues), where each 'sample' is a column (every sample's first feature, then every sample's "
    "second) and only {k} steps are taken per epoch, with the first {k} labels. Each row of data is one sample: loop "
    "over zip(data, all_y_trues), with no transpose (.T)."
)
NESTED = (
    "Your train nests its loops the wrong way round: its trained parameters are exactly those of taking all "
    "{epochs} epochs of steps on the first sample, then all {epochs} on the next, and so on{where}. An epoch is one "
    "pass over the whole data set: the loop over the epochs goes outside, the loop over the samples inside it, and "
    "the loss is recorded once per epoch, after the inner loop."
)


def _nested(data, labels, start, rate, epochs):
    p = dict(start)
    for x, y in zip(data, labels):
        for _epoch in range(epochs):
            g = _grads(p, x, y)
            p = {n: p[n] - rate * g[n] for n in NAMES}
    return p


def _nested_line(student):
    """The line of an epoch loop (over range(...)) that sits inside another for loop of train, if any."""
    source, node = function(student, "backprop", "train")
    for outer in ast.walk(node) if node is not None else ():
        if isinstance(outer, ast.For):
            for inner in ast.walk(ast.Module(outer.body, [])):
                if isinstance(inner, ast.For) and "range" in ast.unparse(inner.iter):
                    return statement_line(source, inner).split("\n")[0].strip()
    return None


def labels_hint(student, data, labels, start, trained, rate, epochs):
    """WRONG_LABELS, COLUMNS or NESTED where ``trained`` (train's parameters from ``start``) are those of training
    with one of the label families in place of ``labels``, on data's columns, or with the loops swapped."""
    try:
        got = [float(trained[n]) for n in NAMES]
        same = lambda p: np.allclose(got, [p[n] for n in NAMES], rtol=1e-6, atol=1e-10)  # noqa: E731
        data = np.asarray(data, dtype=float)
        for how, wrong in _label_families(labels):
            if np.array_equal(wrong, np.asarray(labels, dtype=float)):
                continue
            if same(_train(data, list(wrong), start, rate, epochs)[0]):
                line = _label_line(student) if "same label" in how else None
                where = f"`{line}` reads one fixed label, not the one of the sample in hand. " if line else ""
                return WRONG_LABELS.format(how=how, where=where)
        if data.ndim == 2 and data.shape[0] != data.shape[1] and same(_train(data.T, list(labels), start, rate, epochs)[0]):
            return COLUMNS.format(k=min(data.shape[1], len(labels)))
        if len(data) > 1 and same(_nested(data, list(labels), start, rate, epochs)):
            line = _nested_line(student)
            return NESTED.format(epochs=epochs, where=f" (`{line}` sits inside the loop over the samples)" if line else "")
    except Exception:  # noqa: BLE001
        return None
    return None


TRANSPOSED = (
    "Your train loops over a transpose of its data (`{line}`), so each 'sample' it hands to backprop is a column of "
    "data, all the samples' values of one feature, not a row. With one sample, a column holds one number, and "
    "x[1] finds no second feature: hence the {raised}. Each row of data is one sample: loop over "
    "zip(data, all_y_trues), with no .T."
)


def transposed_hint(student, exc):
    """TRANSPOSED where train raised IndexError and its source loops over data's transpose (.T, np.transpose)."""
    try:
        if exc.raised != "IndexError":
            return None
        source, node = function(student, "backprop", "train")
        if node is None or len(node.args.args) < 1:
            return None
        data = node.args.args[0].arg
        for loop in ast.walk(node):
            if isinstance(loop, (ast.For, ast.comprehension)):
                for sub in ast.walk(loop.iter):
                    turned = (isinstance(sub, ast.Attribute) and sub.attr == "T") or (
                        isinstance(sub, ast.Call) and ast.unparse(sub.func).split(".")[-1] in ("transpose", "swapaxes"))
                    if turned and data in {n.id for n in ast.walk(sub) if isinstance(n, ast.Name)}:
                        line = statement_line(source, loop).split("\n")[0].strip() if isinstance(loop, ast.For) else ast.unparse(loop.iter)
                        return TRANSPOSED.format(line=line, raised=exc.raised)
    except Exception:  # noqa: BLE001
        return None
    return None


EARLY_RETURN = (
    "Your backprop returns a dict without {missing}: its return `{line}` comes before the code that works them out "
    "(`{after}` and what follows it), and a return ends the function, so those lines never run. Move the return to "
    "the end, after all nine partials are computed, and return all nine."
)


def early_return_hint(student, got):
    """EARLY_RETURN where ``got`` (a backprop answer) is a dict lacking some of the nine partials and backprop's source
    has a return followed by further statements in the same block."""
    try:
        if not isinstance(got, dict) or all(n in got for n in NAMES):
            return None
        missing = [n for n in NAMES if n not in got]
        source, node = function(student, "backprop", "backprop")
        for owner in ast.walk(node) if node is not None else ():
            block = getattr(owner, "body", None)
            for first, then in zip(block, block[1:]) if isinstance(block, list) else ():
                if isinstance(first, ast.Return):
                    line = lambda n: statement_line(source, n).split("\n")[0].strip()  # noqa: E731
                    return EARLY_RETURN.format(missing=", ".join(missing), line=line(first), after=line(then))
    except Exception:  # noqa: BLE001
        return None
    return None
