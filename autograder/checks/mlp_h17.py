"""Hints of the MLP checks the seventeenth held-out corpus asked for, each confirmed on the student's own answers
(a replay worked out here) or source before it is said: random numbers in forward or fit (dropout, a shuffle of X
alone), X turned into True/False (dtype=bool), a row bias added in the column-per-sample layout, an operand
transposed inside an element-wise product, W2.reshape(W2.shape[::-1]) read as W2.T, and gradients named from 0.
Loaded by the mlp checks through ``mlp_more_hints``."""

import ast
import re

import numpy as np

from autograder.grading import tracebacks
from autograder.grading.function_source import function

SHUFFLE = (
    "Your fit shuffles X at random ({code}, line {line}): that reorders the rows of X but not the targets in y, so "
    "samples no longer match their labels; np.random.shuffle works in place, so the caller's X is reordered too; "
    "and each run of fit trains differently. This fit is full-batch gradient descent: every epoch uses all of X at "
    "once, so the order of the rows changes nothing. Drop the shuffle (a mini-batch version would index X and y "
    "together, X[order] and y[order], with one permutation, on copies)."
)
RANDOM = (
    "Your {method} uses random numbers ({code}, line {line}), so the same X gives a different answer on each call: "
    "dropout or added noise makes the outputs, the loss and the predictions random, and backward's gradients no "
    "longer fit the loss. The spec's {method} is deterministic: remove the random mask or noise (dropout is not "
    "part of this network); only __init__ draws random numbers, for the starting weights."
)
BOOL = (
    "Your forward turns X into True/False values (dtype=bool or astype(bool)): every nonzero feature then enters "
    "the network as 1, so 0.3 and -2 both count as 1 (0/1 inputs such as XOR's hide it). Convert X with "
    "np.asarray(X, dtype=float)."
)
ROW_BIAS = (
    "Your forward computes a layer in the column-per-sample layout, shape ({h}, m) (neurons down, samples across, "
    "from {W}.T @ {A}.T), and then adds its bias as the row the spec stores, shape (1, {h}): that row runs along the "
    "samples, not the neurons, so the shapes ({h}, {m}) and (1, {h}) do not fit (and when m equals {h} they "
    "silently add neuron j's bias to sample j). Either stay in the spec's layout, {A} @ {W} + {b} with samples as "
    "rows, or add the bias as a column, {b}.T, while you are in the transposed layout."
)
TRANSPOSED = (
    "The line multiplies element by element two arrays whose shapes are each other's transpose, {a} and {b}, and "
    "it has {names}, a transposed operand, inside that element-wise product, which needs both operands in one "
    "shape. A1 and its slope A1 * (1 - A1) have A1's shape (m, hidden_size), the shape of dZ2 @ W2.T: drop the .T "
    "there (only the matrix products, such as W2.T in dZ2 @ W2.T, need a transpose)."
)
RESHAPED = (
    "Your dW1 and db1 are what W2.reshape(W2.shape[::-1]) gives where W2.T belongs: reshape to the swapped shape is "
    "not a transpose. reshape keeps the entries in their memory order and refills the new shape row by row, so the "
    "weights end up in the wrong places (with one output the two agree, which hides it). Use W2.T: "
    "dZ1 = (dZ2 @ W2.T) * A1 * (1 - A1)."
)
KEYS_FROM_ZERO = (
    "Your gradients dict has the keys {keys}, where step and the checks look for W1, b1, W2 and b2: the layers are "
    "numbered from 0 (enumerate and range count from 0), so your 'W0' is the hidden layer's gradient, your 'W1' is "
    "the output layer's (shape {w1}, W2's shape), and 'W2' and 'b2' are missing. Number the layers from 1, "
    "enumerate(layers, start=1), or write the four keys out."
)


def _s(z):
    return 1.0 / (1.0 + np.exp(-z))


def _seeded(source, node):
    """Whether ``node`` calls a seed, default_rng or RandomState with an argument: its draws repeat from call to call."""
    return any(isinstance(sub, ast.Call) and (sub.args or sub.keywords) and re.search(
        r"seed|default_rng|RandomState", ast.get_source_segment(source, sub.func) or "") for sub in ast.walk(node))


def _random_call(student, method):
    """(code, line, called) of the first call in MLP.``method`` whose name chain mentions random, shuffle or
    permutation, in a method that seeds no generator of its own (whose draws would repeat)."""
    source, node = function(student, "mlp", f"MLP.{method}")
    if node is None or _seeded(source, node):
        return None
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            text = ast.get_source_segment(source, sub.func) or ""
            if re.search(r"random|shuffle|permutation|\brng\b", text) and not re.search(r"seed|default_rng|RandomState", text):
                return (ast.get_source_segment(source, sub) or text).strip().splitlines()[0], sub.lineno, text
    return None


def random_hint(student, method, shuffle_only=False):
    """SHUFFLE where fit shuffles or permutes, RANDOM where ``method`` calls into random numbers otherwise (not with
    ``shuffle_only``)."""
    found = _random_call(student, method)
    if found is None:
        return None
    code, line, func = found
    if method == "fit" and re.search(r"shuffle|permutation", func):
        return SHUFFLE.format(code=code, line=line)
    return None if shuffle_only else RANDOM.format(method=method, code=code, line=line)


def random_anywhere(student):
    """RANDOM (or SHUFFLE) for the first of fit, forward, loss, backward and step that draws random numbers."""
    return next((hint for method in ("fit", "forward", "loss", "backward", "step") if (hint := random_hint(student, method))), None)


def forward_hint(student, params, X, got):
    """BOOL where ``got`` is forward with X made 0/1 by != 0 (and differs from the right output); else RANDOM where
    forward's source draws random numbers."""
    try:
        got = np.asarray(got, dtype=float)
        Xb = (np.asarray(X, dtype=float) != 0).astype(float)
        bool_out = _s(_s(Xb @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"])
    except (TypeError, ValueError, KeyError):
        return random_hint(student, "forward")
    if got.shape == bool_out.shape and np.allclose(got, bool_out, rtol=1e-6, atol=1e-9) and not np.array_equal(Xb, X):
        return BOOL
    return random_hint(student, "forward")


def _broadcast_shapes(message):
    found = re.search(r"could not be broadcast together with shapes \((\d+),(\d+)\) \((\d+),(\d+)\)", message or "")
    return tuple(int(v) for v in found.groups()) if found else None


def row_bias_hint(exc, sizes, samples):
    """ROW_BIAS where forward's broadcast error is between (h, m) and (1, h) for a layer width h, on a line with a
    transpose."""
    shapes = _broadcast_shapes(exc.raised_message) if exc.raised else None
    if shapes is None or ".T" not in tracebacks.code_of_last_line(exc.detail):
        return None
    a, b, c, d = shapes
    if c == 1 and d == a and b == samples and a in sizes[1:] and a != samples:
        names = dict(W="W1", A="X", b="b1") if a == sizes[1] else dict(W="W2", A="A1", b="b2")
        return ROW_BIAS.format(h=a, m=b, **names)
    return None


def _transposed_in_product(code):
    """The names transposed (x.T) in ``code`` whose nearest enclosing binary operation is element-wise."""
    try:
        tree = ast.parse(code.split("=", 1)[1].strip() if "=" in code and "==" not in code.split("=", 1)[0] else code)
    except SyntaxError:
        return []
    found = []

    def walk(node, op):
        if isinstance(node, ast.Attribute) and node.attr == "T" and op is not None and not isinstance(op, ast.MatMult):
            found.append(ast.unparse(node))
        if isinstance(node, ast.BinOp):
            op = node.op
        for child in ast.iter_child_nodes(node):
            walk(child, op)

    walk(tree, None)
    return found


def slope_transposed_hint(exc):
    """TRANSPOSED where backward's broadcast error is between (a, b) and (b, a) and the failing line transposes
    something inside an element-wise product (not inside a matrix product)."""
    shapes = _broadcast_shapes(exc.raised_message) if exc.raised else None
    if shapes is None or shapes[:2] != shapes[:1:-1] or shapes[0] == shapes[1]:
        return None
    names = sorted(set(_transposed_in_product(tracebacks.code_of_last_line(exc.detail))))
    if not names:
        return None
    return TRANSPOSED.format(a=shapes[:2], b=shapes[2:], names=" and ".join(names))


def backward_hint(got, params, X, y):
    """KEYS_FROM_ZERO where the gradients' keys are numbered from 0; RESHAPED where dW1 and db1 are the replay of
    W2.reshape(W2.shape[::-1]) for W2.T (and W2 is not a vector, where the two agree)."""
    if not isinstance(got, dict):
        return None
    keys = sorted(str(k) for k in got)
    if "W0" in keys and "W2" not in keys:
        return KEYS_FROM_ZERO.format(keys=", ".join(keys), w1=np.shape(got.get("W1")))
    W1, b1, W2, b2 = (params[n] for n in ("W1", "b1", "W2", "b2"))
    if 1 in W2.shape:
        return None
    inputs = np.asarray(X, dtype=float)
    hidden = _s(inputs @ W1 + b1)
    out = _s(hidden @ W2 + b2)
    target = np.reshape(np.asarray(y, dtype=float), out.shape)
    delta = (out - target) * (2.0 / out.size) * out * (1.0 - out)
    scrambled = (delta @ W2.reshape(W2.shape[::-1])) * hidden * (1.0 - hidden)
    try:
        mine = [np.asarray(got["W1"], dtype=float), np.asarray(got["b1"], dtype=float)]
    except (KeyError, TypeError, ValueError):
        return None
    replay = [inputs.T @ scrambled, scrambled.sum(axis=0, keepdims=True)]
    if all(m.size == r.size and np.allclose(m.ravel(), r.ravel(), rtol=1e-5, atol=1e-10) for m, r in zip(mine, replay)):
        return RESHAPED
    return None
