"""Hints of the backprop checks the eighteenth held-out corpus asked for, each confirmed on the student's own
answers (a replay worked out here on the 2-2-1 network) or source before it is said: a hidden slope written with
the neuron's weighted sum, z * (1 - z), where its output belongs; a chain that divides by w5 or w6 where it
multiplies; a sgd_step whose braces build a set, not a dict; a train whose recorded loss is the cross-entropy;
and a train that shifts (or centres) its data once more before training. Loaded by the backprop checks with
``load_sibling``."""

import ast

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import Misconception
from autograder.grading.function_source import function

h16 = load_sibling(__file__, "backprop_h16")
NAMES = h16.NAMES

HIDDEN_OF_Z = (
    "Your hidden {slope} written with the neuron's weighted sum z (the input of its sigmoid), "
    "z * (1 - z), where its output belongs: the formula s * (1 - s) holds for the sigmoid's output s. Write "
    "{right} (h = sigmoid(z)), so the partials of {names} come out right."
)
DIVIDED = (
    "Your dL/d{h} divides by {w} where the chain rule multiplies: going backwards through a weight does not undo "
    "it, it multiplies by it again (the derivative of {w} * {h} with respect to {h} is {w}). Write "
    "dL/d{h} = dL/do1 * o1 * (1 - o1) * {w}; then the partials of {names} follow."
)
SET_RETURNED = (
    "Your sgd_step returns a set, not a dict: braces around values alone, {value for name in ...} (a set "
    "comprehension) or {a, b, c}, build a set, which keeps no names and no order. A dict needs each key before "
    "its value, with a colon: {name: ... for name in PARAM_NAMES}."
)
CROSS_ENTROPY = (
    "Your train's parameters are right, but each recorded loss is the binary cross-entropy (log loss), "
    "-mean(y * log(o) + (1 - y) * log(1 - o)), not the mean squared error this network is trained on. Record "
    "the MSE over the whole data set: the mean of (y_true - feedforward(params, x)) ** 2."
)
SHIFTED = (
    "Your train changes the data before it trains (line {line}: {code}): it {how}. The data train is given are "
    "ready to use (the lesson's shift of weight and height was done before they were written down), so "
    "training on changed samples learns, and records losses for, other points. Use data as it comes; leave any "
    "shifting or scaling to the caller."
)


def _parts(p, x, y, of_z=(), divide=()):
    h1, h2, o1 = h16._forward(p, x)
    a, s = -2.0 * (y - o1), o1 * (1.0 - o1)
    z1 = p["w1"] * x[0] + p["w2"] * x[1] + p["b1"]
    z2 = p["w3"] * x[0] + p["w4"] * x[1] + p["b2"]
    s1 = z1 * (1.0 - z1) if 1 in of_z else h1 * (1.0 - h1)
    s2 = z2 * (1.0 - z2) if 2 in of_z else h2 * (1.0 - h2)
    with np.errstate(all="ignore"):
        d1 = (a / p["w5"] if 1 in divide else a * p["w5"]) * s * s1
        d2 = (a / p["w6"] if 2 in divide else a * p["w6"]) * s * s2
    return [d1 * x[0], d1 * x[1], d2 * x[0], d2 * x[1], a * s * h1, a * s * h2, d1, d2, a * s]


def mistakes(params, x, y_true):
    """The replays of a hidden slope of z (h1's, h2's or both) and of a chain that divides by w5 or w6 (or both),
    in NAMES order."""
    if float(params["w5"]) == 0.0 or float(params["w6"]) == 0.0:
        return []
    found = []
    for keys, slope, right, names in (((1, 2), "slopes are", "h1 * (1 - h1) and h2 * (1 - h2)", "w1 to w4, b1 and b2"),
                                      ((1,), "slope of h1 is", "h1 * (1 - h1)", "w1, w2 and b1"),
                                      ((2,), "slope of h2 is", "h2 * (1 - h2)", "w3, w4 and b2")):
        found.append(Misconception(HIDDEN_OF_Z.format(slope=slope, right=right, names=names),
                                   _parts(params, x, y_true, of_z=keys)))
    both = DIVIDED.format(h="h1", w="w5", names="w1 to w4, b1 and b2").replace(
        "Your dL/dh1 divides by w5", "Your dL/dh1 and dL/dh2 divide by w5 and w6").replace(
        "Write dL/dh1 = dL/do1 * o1 * (1 - o1) * w5;", "Write dL/dh1 = dL/do1 * o1 * (1 - o1) * w5 and dL/dh2 = "
        "dL/do1 * o1 * (1 - o1) * w6;")
    found.append(Misconception(both, _parts(params, x, y_true, divide=(1, 2))))
    found += [Misconception(DIVIDED.format(h=h, w=w, names=names), _parts(params, x, y_true, divide=(k,)))
              for k, h, w, names in ((1, "h1", "w5", "w1, w2 and b1"), (2, "h2", "w6", "w3, w4 and b2"))]
    return found


def set_hint(got):
    """SET_RETURNED where sgd_step's answer is a set."""
    kind = getattr(got, "type_name", type(got).__name__)  # a set stays in the sandbox: only its type name comes back
    return SET_RETURNED if kind in ("set", "frozenset") else None


def _preds(p, data):
    return np.array([h16._forward(p, x)[2] for x in data])


def cross_entropy_hint(losses, trained, data, ys, start, lr, epochs):
    """CROSS_ENTROPY where the trained parameters are the spec's and each loss is the mean log loss after its epoch."""
    run = h16.student_run(losses, trained, data, ys, epochs)
    if run is None:
        return None
    got, params, data, ys = run
    seen = h16._train(data, ys, start, lr, epochs)
    if not np.allclose(params, [seen[-1][n] for n in NAMES], rtol=1e-6, atol=1e-12):
        return None
    with np.errstate(all="ignore"):
        logs = [float(-np.mean(ys * np.log(o) + (1 - ys) * np.log(1 - o))) for o in map(lambda p: _preds(p, data), seen)]
    return CROSS_ENTROPY if np.allclose(got, logs, rtol=1e-6, atol=1e-12) else None


def _constant(node):
    try:
        value = np.asarray(ast.literal_eval(node), dtype=float)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    return value if value.ndim <= 1 else None


def _is_data(node, name):
    """Whether ``node`` is ``name`` itself or a conversion of it (np.asarray(name, ...), np.array(name), ...)."""
    if isinstance(node, ast.Name):
        return node.id == name
    return (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Name) and node.args[0].id == name
            and isinstance(node.func, (ast.Attribute, ast.Name))
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("asarray", "array", "asanyarray", "float64"))


def _changes(value, name):
    """(how, transform) where ``value`` is ``name`` minus (or plus) constants, or minus its own column means."""
    if not isinstance(value, ast.BinOp) or not isinstance(value.op, (ast.Sub, ast.Add)) or not _is_data(value.left, name):
        return None
    sign = -1.0 if isinstance(value.op, ast.Sub) else 1.0
    if (shift := _constant(value.right)) is not None:
        word = "subtracts" if sign < 0 else "adds"
        return f"{word} {ast.unparse(value.right)} from every sample", lambda d: d + sign * shift
    right = value.right
    if (sign < 0 and isinstance(right, ast.Call) and getattr(right.func, "attr", "") == "mean" and right.args
            and _is_data(right.args[0], name)) or (sign < 0 and isinstance(right, ast.Call)
                                                     and getattr(right.func, "attr", "") == "mean" and not right.args
                                                     and isinstance(right.func.value, ast.Name) and right.func.value.id == name):
        return "subtracts the mean of the data (centres it)", lambda d: d - d.mean(axis=0)
    return None


def shifted_hint(student, losses, trained, data, ys, start, lr, epochs):
    """SHIFTED where train's source reassigns its data parameter to that parameter minus (or plus) constants (or its
    mean), and the student's losses and trained parameters are the spec's training on data changed that way."""
    run = h16.student_run(losses, trained, data, ys, epochs)
    source, node = function(student, "backprop", "train")
    if run is None or node is None or not node.args.args:
        return None
    got, params, data, ys = run
    name = node.args.args[0].arg
    for sub in ast.walk(node):
        if not (isinstance(sub, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in sub.targets)):
            continue
        found = _changes(sub.value, name)
        if found is None:
            continue
        how, transform = found
        with np.errstate(all="ignore"):
            moved = transform(data.copy())
            if moved.shape != data.shape:
                continue
            seen = h16._train(moved, ys, start, lr, epochs)
            right = [float(np.mean((ys - _preds(p, moved)) ** 2)) for p in seen]
        if np.allclose(params, [seen[-1][n] for n in NAMES], rtol=1e-6, atol=1e-12) and np.allclose(got, right, rtol=1e-6):
            code = (ast.get_source_segment(source, sub) or ast.unparse(sub)).strip()
            return SHIFTED.format(line=sub.lineno, code=code, how=how)
    return None


def train_hint(student, losses, trained, data, ys, start, lr, epochs):
    """CROSS_ENTROPY or SHIFTED, whichever the student's losses and trained parameters confirm; else None."""
    return cross_entropy_hint(losses, trained, data, ys, start, lr, epochs) or shifted_hint(
        student, losses, trained, data, ys, start, lr, epochs)


ABSOLUTE = (
    "Your dL/do1 takes the absolute value of the error, -2 * abs(y_true - o1) (or a square root of its square): "
    "it is right while o1 is below the label, but wherever o1 is above it (every sample labelled 0) the sign is "
    "lost, and with it the direction of every partial. The sign is the point: dL/do1 = -2 * (y_true - o1), "
    "with no abs."
)


def _abs_parts(p, x, y):
    h1, h2, o1 = h16._forward(p, x)
    a, s = -2.0 * abs(y - o1), o1 * (1.0 - o1)
    d1, d2 = a * p["w5"] * s * h1 * (1.0 - h1), a * p["w6"] * s * h2 * (1.0 - h2)
    return [d1 * x[0], d1 * x[1], d2 * x[0], d2 * x[1], a * s * h1, a * s * h2, d1, d2, a * s]


def absolute_hint(cases, replies):
    """ABSOLUTE where every answered backprop is the replay with dL/do1 = -2 * abs(y_true - o1), and that replay
    differs from the right partials somewhere."""
    told = False
    for (params, x, y_true, _), reply in zip(cases, replies.before_failure()):
        try:
            got = [float(reply[0][n]) for n in NAMES]
        except (TypeError, ValueError, KeyError, IndexError):
            return None
        mine = _abs_parts(params, x, y_true)
        if not np.allclose(got, mine, rtol=1e-6, atol=1e-12):
            return None
        right = h16._partials(params, x, y_true)
        told = told or not np.allclose(mine, [right[n] for n in NAMES], rtol=1e-6, atol=1e-12)
    return ABSOLUTE if told else None
