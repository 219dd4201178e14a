"""What wrong gradients of the MLP look like next to the right ones, in words, when no known
mistake matches them: which of dW1, db1, dW2, db2 are wrong, the link of the chain they share,
and for each one whether it is the right one scaled by one factor (which, if the loss's m,
N = m * output_size or 2 explain it), of a transposed or other shape, or off entry by entry.

Loaded by ``mlp_hints.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

ORDER = ("W1", "b1", "W2", "b2")
WHERE = [
    ({"W1", "b1"}, "dW2 and db2 are right, so dZ2 is too: look at the way back into the hidden layer, "
                   "dA1 = dZ2 @ W2.T, times the hidden sigmoid's slope A1 * (1 - A1) to give dZ1, then "
                   "dW1 = X.T @ dZ1 and db1 = dZ1 summed over the samples (axis 0, keepdims=True)"),
    ({"W2", "b2"}, "dW1 and db1 are right, so dZ2 is too: look at dW2 = A1.T @ dZ2 and db2 = dZ2 summed over "
                   "the samples (axis 0, keepdims=True)"),
    (set(ORDER), "every gradient starts from dZ2, so look there first: dL/dA2 = 2 * (A2 - Y) / (m * output_size), "
                 "times the output sigmoid's slope A2 * (1 - A2)"),
    ({"W1"}, "dW1 = X.T @ dZ1, X's transpose times the hidden layer's dZ1"),
    ({"b1"}, "db1 = dZ1 summed over the samples (axis 0, keepdims=True)"),
    ({"W2"}, "dW2 = A1.T @ dZ2, with A1 the hidden layer's output (not X, not Z1)"),
    ({"b2"}, "db2 = dZ2 summed over the samples (axis 0, keepdims=True)"),
]  # fmt: skip


def _factor(value, right):
    """The one number c with value = c * right everywhere, or None."""
    big = np.abs(right) > 1e-12 * max(1.0, float(np.max(np.abs(right), initial=0.0)))
    if not big.any() or np.any(np.abs(value[~big]) > 1e-9):
        return None
    ratios = value[big] / right[big]
    c = float(np.median(ratios))
    return c if np.allclose(ratios, c, rtol=1e-4, atol=0.0) else None


def _factor_words(c, m, n):
    """How ``c`` times the right gradient reads, naming the loss's constants when one explains it."""
    known = [(2.0, "2 times the right one (one factor 2 too many)"), (0.5, "half the right one (the factor 2 is missing)"),
             (n, f"N = m * output_size = {n} times the right one (the division by N is missing)"),
             (1.0 / n, f"the right one divided by N = m * output_size = {n} a second time"),
             (n / 2.0, f"N/2 = {n / 2:g} times the right one (the factor 2 / N is missing)"),
             (m, f"m = {m} times the right one (the division by the number of samples is missing)"),
             (1.0 / m, f"the right one divided by m = {m} once more (a division by the number of samples too many: "
                       "dZ2 already carries the mean's division, by N = m * output_size, and nothing after it divides again)"),
             (n / m, f"output_size = {n // m} times the right one (divided by m, not by N = m * output_size)")]  # fmt: skip
    sign = "minus " if c < 0 else ""
    for value, words in known:  # the first that fits: 2 may also be m or output_size
        if value != 1.0 and abs(abs(c) - value) <= 1e-4 * value:
            return sign + words
    return "the right one with its sign flipped" if abs(c + 1) <= 1e-4 else f"{c:.4g} times the right one"


def _looks(name, got, right, m, n):
    """What the student's gradient of ``name`` looks like next to ``right`` (``m`` samples, ``n``
    outputs in all)."""
    try:
        value = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return f"d{name} is not an array of numbers"
    if value.shape != right.shape:
        if name[0] == "b" and value.shape == (m, right.shape[-1]):
            return (f"d{name} has one row per sample, shape {value.shape}: a bias is shared by all samples, so "
                    f"its gradient is summed over them (axis 0, keepdims=True), to {name}'s shape {right.shape}")  # fmt: skip
        if value.shape == right.T.shape:
            return f"d{name} has the transposed shape {value.shape}; {name}'s shape is {right.shape}"
        return f"d{name} has shape {value.shape}; it must have {name}'s shape, {right.shape}"
    if not np.all(np.isfinite(value)):
        return f"d{name} holds nan or inf"
    c = _factor(value, right)
    if c is not None:
        return f"d{name} is {_factor_words(c, m, n)}"
    if np.array_equal(np.sign(value), np.sign(right)):
        return (f"d{name} has the right signs but each entry is off by its own factor: a factor that changes "
                "from sample to sample or neuron to neuron (a sigmoid's slope, an input) is missing or extra")  # fmt: skip
    return f"d{name} differs from the right one entry by entry, signs included"


SWAPPED = (
    "Your dict holds the right gradients under the wrong keys: under {a!r} is the gradient of {b}, and under {b!r} "
    "the gradient of {a} (the two are swapped where the dict is built). Each key names the parameter its gradient "
    "belongs to: {a!r}: d{a}, {b!r}: d{b}, each with its parameter's shape."
)


def _swapped_pair(got, right):
    """The pair of names (W1, W2) or (b1, b2) whose right gradients ``got`` holds under each other's key, or None."""
    def same(value, wanted):
        try:
            value = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            return False
        wanted = np.asarray(wanted, dtype=float)
        return value.shape == wanted.shape and np.allclose(value, wanted, rtol=1e-5, atol=1e-8)
    for a, b in (("W1", "W2"), ("b1", "b2")):
        if a in got and b in got and same(got[a], right[b]) and same(got[b], right[a]):
            return a, b
    return None


def wrong_gradients_hint(got, failed, right, outputs_shape):
    """A hint naming the wrong gradients (``failed``), the part of the chain they share, and what
    each looks like next to the right one (``right``: the reference's, by name), or None.
    ``outputs_shape``: (m, output_size), the shape of the check's A2."""
    wrong = [name for name in ORDER if name in failed]
    if not wrong or not isinstance(got, dict):
        return None
    if (swapped := _swapped_pair(got, right)) is not None:
        return SWAPPED.format(a=swapped[0], b=swapped[1])
    m, out = outputs_shape
    names = ", ".join(f"d{n}" for n in wrong[:-1]) + (" and " if len(wrong) > 1 else "") + f"d{wrong[-1]}"
    which = "All four gradients are wrong" if len(wrong) == len(ORDER) else f"Only {names} {'is' if len(wrong) == 1 else 'are'} wrong"
    where = next((f": {words}" for group, words in WHERE if group == set(wrong)), "")
    looks = "; ".join(_looks(name, got[name], np.asarray(right[name], dtype=float), m, m * out) if name in got
                      else f"d{name} is missing from the dict" for name in wrong)  # fmt: skip
    return f"{which}{where}. Yours: {looks}."


OWN_FORWARD = (
    "Your gradients are the right chain rule taken at a wrong A1 or A2: backward recomputes the forward pass "
    "its own way, and {what}. Compute A1 and A2 in backward exactly as forward does, A1 = sigmoid(X @ W1 + b1) "
    "and A2 = sigmoid(A1 @ W2 + b2) (or reuse forward's code, so that the two cannot drift apart)."
)
OWN_SLIPS = {
    "no_b1": "its hidden layer leaves out b1, A1 = sigmoid(X @ W1)",
    "no_b2": "its output layer leaves out b2, A2 = sigmoid(A1 @ W2)",
    "no_b1_and_b2": "it leaves out both biases, b1 and b2",
    "z1_to_output": "its output layer is fed Z1 = X @ W1 + b1, the hidden layer before its sigmoid, where A1 belongs",
    "no_hidden_sigmoid": "it takes Z1 = X @ W1 + b1 as the hidden output, without the hidden sigmoid",
    "no_output_sigmoid": "its A2 lacks the output sigmoid, A2 = A1 @ W2 + b2",
}


def own_forward_hint(got, known):
    """OWN_FORWARD when every gradient in ``got`` is what the right chain rule gives at A1 and A2 from
    one slip of the forward pass (``known``: ``reference.mistakes.backward_mistakes``), else None."""
    for slip, grads in known.get("own_forward", {}).items():
        try:
            if all(np.shape(got[name]) == np.shape(grads[name])
                   and np.allclose(np.asarray(got[name], dtype=float), grads[name], rtol=1e-5, atol=1e-8) for name in ORDER):
                return OWN_FORWARD.format(what=OWN_SLIPS[slip])
        except (KeyError, TypeError, ValueError):
            return None
    return None
