"""Hints of the backprop checks the twenty-second held-out corpus asked for, each confirmed on the student's own
answers (the mistaken rule replayed on every case) or on their parsed source before it is said: backprop returning
the parameters instead of their partials, partials cut to whole numbers by int(), a hidden bias inside the first
product's bracket, a multiplicative sgd step, and train centring its data. Loaded by the backprop checks with
``load_sibling``; every reader is called only once a check has failed, and never raises."""

import ast

import numpy as np

from autograder.grading.function_source import function, statement_line

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")


def _numbers(got):
    return [float(got[n]) for n in NAMES]


PARAMS_BACK = (
    "Your backprop returns the parameters themselves, not their partial derivatives: on every case its nine values "
    "are exactly the params it was given (in the first case 1 for each weight and 0 for each bias){where}. The "
    "partials are computed, then the returned dict reads the wrong one: build it from the derivatives (grads[name], "
    "dL/dw1 and so on), not from params[name]."
)


def params_back_hint(student, cases, replies):
    """PARAMS_BACK where every answer before the failure holds exactly its case's params."""
    try:
        answers = list(replies.before_failure())
        if not answers:
            return None
        for (params, _, _, _), (got, _, _) in zip(cases, answers):
            if not isinstance(got, dict) or not np.allclose(_numbers(got), [params[n] for n in NAMES], rtol=0, atol=1e-12):
                return None
        source, node = function(student, "backprop", "backprop")
        found = [s for s in ast.walk(node) if isinstance(s, ast.Return)] if node is not None else []
        where = f" (`{statement_line(source, found[-1])}`)" if found else ""
        return PARAMS_BACK.format(where=where)
    except Exception:  # noqa: BLE001
        return None


TRUNCATED = (
    "Every partial your backprop returns is a whole number ({shown}), where the right ones lie mostly between -1 and "
    "1: `{line}` converts each derivative with int(), which cuts off everything after the decimal point (0.73 "
    "becomes 0, -0.2 becomes 0). Convert with float(...) instead, so that the derivatives keep their fractions."
)


def truncated_hint(student, replies):
    """TRUNCATED where every partial of every answer before the failure is a whole number and backprop's source
    calls int() (or .astype(int))."""
    try:
        answers = [got for got, _, _ in replies.before_failure()]
        if not answers or not all(isinstance(g, dict) for g in answers):
            return None
        values = [v for g in answers for v in _numbers(g)]
        if not all(float(v).is_integer() for v in values):
            return None
        source, node = function(student, "backprop", "backprop")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call) and (ast.unparse(sub.func) == "int" or (
                    ast.unparse(sub.func).endswith("astype") and sub.args and ast.unparse(sub.args[0]) == "int")):
                shown = ", ".join(f"{n} = {answers[0][n]!r}" for n in NAMES[:3]) + ", ..."
                return TRUNCATED.format(shown=shown, line=statement_line(source, sub))
        return None
    except Exception:  # noqa: BLE001
        return None


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


BIAS_BRACKET = (
    "Your feedforward gives, on every case, what hidden neurons with the bias inside the bracket of a product give: "
    "{form}, so the bias is multiplied by the weight instead of added once (with biases 0 the slip hides). Each "
    "hidden neuron is sigmoid(w1 * x[0] + w2 * x[1] + b1) (and w3, w4, b2 for h2): close the bracket after x[{i}], "
    "or write no bracket at all."
)


def bias_bracket_hint(cases, replies):
    """BIAS_BRACKET where feedforward's answers are o1 with h1 = sigmoid(w1 * (x0 + b1) + w2 * x1) (or the bias with
    x1) on every case answered, at least one of them with a non-zero bias."""
    try:
        answers = [got for got, _, _ in replies.before_failure()]
        for i, form in ((0, "w1 * (x[0] + b1) + w2 * x[1]"), (1, "w1 * x[0] + w2 * (x[1] + b1)")):
            told = 0
            for (p, x, _), got in zip(cases, answers):
                xs = [x[0], x[1]]
                h = []
                for wa, wb, b in (("w1", "w2", "b1"), ("w3", "w4", "b2")):
                    ins = list(xs)
                    ins[i] = ins[i] + p[b]
                    h.append(_sig(p[wa] * ins[0] + p[wb] * ins[1]))
                replay = _sig(p["w5"] * h[0] + p["w6"] * h[1] + p["b3"])
                if not np.isclose(float(got), replay, rtol=1e-7, atol=1e-12):
                    break
                told += p["b1"] != 0 or p["b2"] != 0
            else:
                if told:
                    return BIAS_BRACKET.format(form=form, i=i)
        return None
    except Exception:  # noqa: BLE001
        return None


MULTIPLICATIVE = (
    "Your sgd_step scales each parameter, param * (1 - learn_rate * grad): a multiplicative update, which moves a "
    "parameter in proportion to its own size (a parameter at 0 never moves). Gradient descent subtracts: "
    "param - learn_rate * grad, the same step whatever the parameter's value."
)


def multiplicative_hint(params, grads, got, rate):
    """MULTIPLICATIVE where every value of ``got`` is params * (1 - rate * grads)."""
    try:
        replay = [params[n] * (1 - rate * grads[n]) for n in NAMES]
        return MULTIPLICATIVE if np.allclose(_numbers(got), replay, rtol=1e-9, atol=1e-12) else None
    except Exception:  # noqa: BLE001
        return None


CENTRED = (
    "Your train subtracts the mean of the data (centres it) before it trains (`{line}`), so it learns from other "
    "samples than the ones it is given{inplace}. The lesson's data are already shifted (weight minus 135 lb, height minus 66 in), "
    "and train's job is to train on data as they come: remove that line."
)


def centred_hint(student):
    """CENTRED where train's source subtracts a mean from its data parameter (data -= data.mean(...), or
    data = data - np.mean(data, ...))."""
    try:
        source, node = function(student, "backprop", "train")
        if node is None or not node.args.args:
            return None
        data = node.args.args[0].arg
        for sub in ast.walk(node):
            value = None
            if isinstance(sub, ast.AugAssign) and isinstance(sub.op, ast.Sub) and ast.unparse(sub.target) == data:
                value, inplace = sub.value, True
            elif isinstance(sub, ast.Assign) and isinstance(sub.value, ast.BinOp) and isinstance(sub.value.op, ast.Sub) \
                    and ast.unparse(sub.value.left) == data:
                value, inplace = sub.value.right, False
            if value is not None and any(isinstance(c, ast.Call) and ast.unparse(c.func).split(".")[-1] == "mean"
                                         for c in ast.walk(value)):
                return CENTRED.format(line=statement_line(source, sub),
                                      inplace=", and -= on a float array changes the caller's data as well" if inplace else "")
        return None
    except Exception:  # noqa: BLE001
        return None


HIDDEN_NEGATED = (
    "Your partials of w1, w2, w3, w4, b1 and b2 are exactly the negatives of the right ones on every case, and those "
    "of the output layer (w5, w6, b3) are right: the sign flips on the way back through the output neuron. Going "
    "back through a layer never changes the sign: dL/dh1 = dL/do1 * w5 * o1 * (1 - o1) and dL/dh2 = dL/do1 * w6 * "
    "o1 * (1 - o1), with no minus in front; only dL/do1 = -2 * (y_true - o1) has one."
)


def _right_partials(p, x, y):
    """The nine partials of (y - o1) ** 2, in NAMES order, written out here (the reference is not asked)."""
    first = _sig(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    second = _sig(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    out = _sig(p["w5"] * first + p["w6"] * second + p["b3"])
    at_out = 2.0 * (out - y) * out * (1 - out)
    back1, back2 = at_out * p["w5"] * first * (1 - first), at_out * p["w6"] * second * (1 - second)
    return [back1 * x[0], back1 * x[1], back2 * x[0], back2 * x[1], at_out * first, at_out * second, back1, back2, at_out]


def hidden_negated_hint(cases, replies):
    """HIDDEN_NEGATED where, on every case answered, the six hidden-layer partials are minus the right ones and
    the output layer's three are right (and some hidden partial is not 0)."""
    try:
        answers = [got for got, _, _ in replies.before_failure()]
        told = False
        for (p, x, y, _), got in zip(cases, answers):
            right = np.array(_right_partials(p, x, y))
            mine = np.array(_numbers(got))
            hidden = np.array([0, 1, 2, 3, 6, 7])
            output = np.array([4, 5, 8])
            if not (np.allclose(mine[hidden], -right[hidden], rtol=1e-6, atol=1e-12)
                    and np.allclose(mine[output], right[output], rtol=1e-6, atol=1e-12)):
                return None
            told = told or bool(np.any(np.abs(right[hidden]) > 1e-9))
        return HIDDEN_NEGATED if answers and told else None
    except Exception:  # noqa: BLE001
        return None
