"""backprop's partials multiplied by their own parameter's value: a bias (or weight) taken as its own input.

The partial of a weight is the neuron's delta times the input that weight multiplies; a bias is the
weight of the constant input 1, so its partial is the delta alone. A beginner who treats the bias as
the input of its own weight writes dL/db1 = dL/dh1 * s'(h1) * b1 (and the same with a weight: times w1
where x[0] belongs), so zero biases get zero gradients. The reader runs only once the check of
backprop has failed; it asks nothing: it computes the exact partials with NumPy on the check's own
cases, and names the parameters whose every answer is the right partial times that parameter's value.

Loaded by ``test_backprop.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import numpy as np

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")

OWN_VALUE = (
    "Your {listed} {are} the right partial derivative multiplied by the {kind}'s own value ({example}): "
    "{which} is treated as the input of its own weight, so a {kind} of 0 gets a gradient of 0 and never learns. "
    "{why} Take the factor {names} out: {fix}."
)
BIAS_WHY = "A bias is the weight of a constant input 1: its partial is the neuron's delta times 1, nothing more."
WEIGHT_WHY = "A weight's partial is the neuron's delta times the input that weight multiplies (x[0], x[1], h1 or h2), not times the weight."
BIAS_FIX = "dL/db1 = dL/dh1 * h1 * (1 - h1), dL/db2 = dL/dh2 * h2 * (1 - h2), dL/db3 = dL/do1 * o1 * (1 - o1)"
WEIGHT_FIX = "for example dL/dw1 = dL/dh1 * h1 * (1 - h1) * x[0]"


def exact_partials(params, x, y_true) -> dict:
    """The nine exact partials of (y_true - o1) ** 2 for the 2-2-1 network of the exercise."""
    p = {n: float(params[n]) for n in NAMES}
    x0, x1 = float(x[0]), float(x[1])
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    h1, h2 = sig(p["w1"] * x0 + p["w2"] * x1 + p["b1"]), sig(p["w3"] * x0 + p["w4"] * x1 + p["b2"])
    o1 = sig(p["w5"] * h1 + p["w6"] * h2 + p["b3"])
    d_o = -2.0 * (float(y_true) - o1) * o1 * (1.0 - o1)
    d_h1, d_h2 = d_o * p["w5"] * h1 * (1.0 - h1), d_o * p["w6"] * h2 * (1.0 - h2)
    return {"w1": d_h1 * x0, "w2": d_h1 * x1, "w3": d_h2 * x0, "w4": d_h2 * x1, "w5": d_o * h1, "w6": d_o * h2,
            "b1": d_h1, "b2": d_h2, "b3": d_o}


def _close(a, b):
    return abs(a - b) <= 1e-6 * max(abs(b), 1e-6)


def own_value_hint(cases, replies) -> str | None:
    """OWN_VALUE when, on every answered case ((params, x, y_true, what) in ``cases``), each partial is
    right or the right one times its parameter's value, the wrong ones are the same names on every case
    and all biases or all weights, and at least one case shows the factor on a value that is neither 0
    nor 1 (so the product is not the right partial by chance). None otherwise."""
    try:
        wrong, telling = None, False
        for (params, x, y_true, _), (got, _, _) in zip(cases, replies.before_failure()):
            if not isinstance(got, dict):
                return None
            right = exact_partials(params, x, y_true)
            times = set()
            for n in NAMES:
                value = float(got[n])
                if _close(value, right[n] * float(params[n])) and not _close(value, right[n]):
                    times.add(n)
                elif not _close(value, right[n]) and not _close(value, right[n] * float(params[n])):
                    return None
                if _close(value, right[n] * float(params[n])) and float(params[n]) not in (0.0, 1.0) and not _close(value, right[n]):
                    telling = True
            if times:
                wrong = times if wrong is None else wrong | times
        if not wrong or not telling or len({n[0] for n in wrong}) != 1:
            return None
        names = [n for n in NAMES if n in wrong]
        kind = "bias" if names[0][0] == "b" else "weight"
        params = next(p for p, *_ in cases if any(float(p[n]) not in (0.0, 1.0) for n in names))
        example = ", ".join(f"{n} = {float(params[n]):g}" for n in names[:2])
        listed = ", ".join(f"dL/d{n}" for n in names[:-1]) + (" and " if len(names) > 1 else "") + f"dL/d{names[-1]}"
        return OWN_VALUE.format(listed=listed, are="are" if len(names) > 1 else "is", kind=kind, example=example,
                                which="each " + kind if len(names) > 1 else names[0], names=", ".join(names),
                                why=BIAS_WHY if kind == "bias" else WEIGHT_WHY, fix=BIAS_FIX if kind == "bias" else WEIGHT_FIX)
    except Exception:
        return None
