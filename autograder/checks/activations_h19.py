"""Readings of the activations' wrong answers that the nineteenth held-out corpus showed, each confirmed on the
student's own answers or lines before it is said: a function that reads a value another function kept in a module
variable (a cache of the last call) instead of computing from its own argument, an activation scaled and shifted
into another range, a slope rounded from the activation (np.ceil) instead of tested, a step taken at another
point than 0 (z > alpha), and softmax's exponential swapped for a neighbour (np.expm1, np.exp2, a power of 10).

Loaded by ``test_activations.py`` and ``activations_formulas.py`` with ``load_sibling``; handed out with the
checks. Every reader is called only for a failing check, and gives None (never raises) when it cannot tell.
"""

import ast

import numpy as np

from autograder.grading import function_source as source
from autograder.grading.formulas import as_numbers

TIGHT = {"rtol": 1e-6, "atol": 1e-9}
RIGHT = {
    "sigmoid": lambda z, a: 0.5 * (1.0 + np.tanh(0.5 * z)),
    "tanh": lambda z, a: np.tanh(z),
    "relu": lambda z, a: np.maximum(z, 0.0),
    "leaky_relu": lambda z, a: np.where(z > 0, z, a * z),
}
SLOPES = {"relu_derivative": lambda z, a: (z > 0).astype(float),
          "leaky_relu_derivative": lambda z, a: np.where(z > 0, 1.0, a)}


def _pooled(inputs, answers):
    """(z, got) flattened over every input answered with finite numbers of its shape, or None."""
    try:
        kept = [(np.asarray(z, dtype=float).ravel(), a.ravel()) for z, a in zip(inputs, map(as_numbers, answers))
                if a is not None and a.shape == np.shape(z)]
        if not kept:
            return None
        z, got = np.concatenate([z for z, _ in kept]), np.concatenate([a for _, a in kept]).astype(float)
    except (TypeError, ValueError, OverflowError):
        return None
    return (z, got) if np.isfinite(got).all() and np.isfinite(z).all() else None


# ------------------------------------------------------------------ a value kept from another call
KEPT = (
    "Your {name} does not compute from its own argument: it reads `{var}` (line {lineno}), a module-level variable "
    "that {writer} stores its last result in (a global kept between calls, a cache). So {name}(z) answers for "
    "whatever {writer} was last called with, not for this z, and fails if {writer} was never called. Each function "
    "must work from the z it is given alone: inside {name}, compute {writer}(z) itself (s = {writer}(z)) and use that."
)


def kept_value_hint(student, name):
    """KEPT when ``name``'s own lines read a name that another function of the module declares ``global`` and
    assigns; else None."""
    try:
        text, node = source.function(student, "activations", name)
        tree = source.parsed(text) if node is not None else None
        if tree is None:
            return None
        written = {}  # a global name -> the function that assigns it
        module_names = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
        for other in ast.walk(tree):
            if isinstance(other, ast.FunctionDef) and other.name != name:
                declared = {n for sub in ast.walk(other) if isinstance(sub, ast.Global) for n in sub.names}
                for sub in ast.walk(other):
                    if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store) and sub.id in declared:
                        written.setdefault(sub.id, other.name)
                    elif isinstance(sub, (ast.Subscript, ast.Attribute)) and isinstance(sub.ctx, ast.Store) and \
                            isinstance(sub.value, ast.Name) and sub.value.id in module_names:
                        written.setdefault(sub.value.id, other.name)  # a module-level dict or list filled in
        own = {n for sub in ast.walk(node) if isinstance(sub, ast.Global) for n in sub.names}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id in written and sub.id not in own \
                    and not any(isinstance(a, ast.Name) and isinstance(a.ctx, ast.Store) and a.id == sub.id
                                for a in ast.walk(node)):
                return KEPT.format(name=name, var=sub.id, lineno=sub.lineno, writer=written[sub.id])
    except (SyntaxError, ValueError, RecursionError, AttributeError, TypeError):
        return None
    return None


# ------------------------------------------------------------------ the right curve scaled and shifted
SHIFTED_TANH = (
    "Your tanh gives (tanh(z) + 1) / 2: tanh rescaled into the range 0 to 1, so tanh(0) comes out 0.5 and no value "
    "is ever negative. Not every activation lies between 0 and 1 (that is the sigmoid's range): tanh's values run "
    "from -1 to 1 and are negative for every z < 0. Return np.tanh(z) as it is, without the + 1 and the / 2."
)
AFFINE = (
    "Your {name} gives {a:.4g} * {name}(z) {sign} {b:.4g}: the right curve, rescaled and shifted. {name}'s values "
    "run from {low} to {high}; return {name}(z) itself, with no factor and nothing added."
)
OFFSET = (
    "Every value of your {name} is {b:.4g} {way}: it gives {name}(z) with a constant added, so its values no longer "
    "run from {low} to {high}.{identity} Remove the extra constant."
)
OFFSET_TANH = (
    " Built from the sigmoid, 2 * sigmoid(2z) is tanh(z) + 1: the identity is tanh(z) = 2 * sigmoid(2z) - 1, with "
    "the - 1 (or use np.tanh)."
)
RANGES = {"sigmoid": ("0", "1"), "tanh": ("-1", "1")}


def affine_hint(name, inputs, answers):
    """SHIFTED_TANH or AFFINE when, over every input answered, the answer is a * f(z) + b for the right f, with a
    and b not 1 and 0; else None."""
    if name not in RANGES:
        return None
    pooled = _pooled(inputs, answers)
    if pooled is None:
        return None
    z, got = pooled
    with np.errstate(all="ignore"):
        right = RIGHT[name](z, None)
        if np.unique(np.round(right, 9)).size < 3:
            return None
        a, b = np.polyfit(right, got, 1)
        if not np.allclose(got, a * right + b, **TIGHT) or (np.isclose(a, 1.0) and abs(b) < 1e-9) or abs(a) < 1e-9:
            return None
    if name == "tanh" and np.isclose(a, 0.5, rtol=1e-6) and np.isclose(b, 0.5, rtol=1e-6):
        return SHIFTED_TANH
    low, high = RANGES[name]
    if np.isclose(a, 1.0, rtol=1e-6):
        return OFFSET.format(name=name, b=abs(b), way="too large" if b > 0 else "too small", low=low, high=high,
                             identity=OFFSET_TANH if name == "tanh" and np.isclose(b, 1.0, rtol=1e-6) else "")
    return AFFINE.format(name=name, a=a, sign="+" if b >= 0 else "-", b=abs(b), low=low, high=high)


# ------------------------------------------------------------------ a slope rounded from the activation
ROUNDED = (
    "Your {name} gives {of} {how}: a whole number that grows with z, so it is 0 for z <= 0 but greater than 1 once "
    "z is large enough (at z = {z:g} yours gives {got:g}){note}. The slope of ReLU is only ever 0 or 1, whatever "
    "the size of z: test the sign instead of rounding, (z > 0).astype(float) (1.0 where z > 0, else 0.0){clip}."
)
ROUNDINGS = (("rounded up to a whole number (as np.ceil does)", np.ceil),
             ("rounded to the nearest whole number (as np.round does)", np.round),
             ("cut to a whole number (as np.floor or int does)", np.floor))


def rounded_slope_hint(name, inputs, answers):
    """ROUNDED when relu_derivative's answers are a rounding of relu(z) at every input and wrong somewhere; else
    None."""
    if name != "relu_derivative":
        return None
    pooled = _pooled(inputs, answers)
    if pooled is None:
        return None
    z, got = pooled
    right = SLOPES[name](z, None)
    wrong = ~np.isclose(got, right)
    if not wrong.any():
        return None
    for how, rounding in ROUNDINGS:
        if np.allclose(got, rounding(np.maximum(z, 0.0)), **TIGHT):
            k = int(np.argmax(got)) if np.max(got) > 1 else int(np.argmax(wrong))
            up = rounding is np.ceil
            return ROUNDED.format(name=name, how=how, of="relu(z)", z=z[k], got=got[k],
                                  note="" if up else ", and a small z > 0 gives 0",
                                  clip=", or clip the rounded value to at most 1" if up else "")
    return None


# ------------------------------------------------------------------ a step taken at another point than 0
STEP_AT_ALPHA = (
    "Your {name} switches from alpha to 1 at z = alpha, not at z = 0: every z between 0 and alpha (at z = {z:g}, "
    "alpha = {alpha:g}) gets the slope alpha where it should get 1, as a test z > alpha does{line}. alpha is only the "
    "slope on the left side; where the slope changes is always 0, whatever alpha is: use z > 0 in the test."
)
STEP_ELSEWHERE = (
    "Your {name} changes its value at some z between {low:g} and {high:g}, not at z = 0: the test that picks the "
    "side compares z with something other than 0 (at z = {z:g} yours gives {got:g}). The slope changes at 0 "
    "exactly: test z > 0."
)


def _compares_with(node, word):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Compare) and any(isinstance(n, ast.Name) and n.id == word
                                                for n in (sub.left, *sub.comparators)):
            return sub
    return None


def step_hint(name, inputs, answers, alpha, student=None):
    """STEP_AT_ALPHA or STEP_ELSEWHERE when the answers are the two sides of the right slope with the switch at
    another point than 0; else None."""
    if name not in SLOPES:
        return None
    a = 0.1 if alpha is None else float(alpha)
    low_value = 0.0 if name == "relu_derivative" else a
    pooled = _pooled(inputs, answers)
    if pooled is None or np.isclose(low_value, 1.0):
        return None
    z, got = pooled
    left, right = np.isclose(got, low_value, **TIGHT), np.isclose(got, 1.0, **TIGHT)
    if not (left | right).all() or not left.any() or not right.any():
        return None
    low, high = np.max(z[left]), np.min(z[right])
    if low >= high or (low < 0 <= high):
        return None  # not one step, or a step at 0 (the kink's own check says more)
    wrong = int(np.argmax(left & (z > 0) | right & (z <= 0)))
    if name == "leaky_relu_derivative" and low <= a < high:
        line = ""
        try:
            text, node = source.function(student, "activations", name) if student is not None else (None, None)
            found = _compares_with(node, "alpha") if node is not None else None
            line = f" (line {found.lineno}: `{source.statement_line(text, found)}`)" if found is not None else ""
        except (SyntaxError, ValueError, AttributeError, TypeError):
            line = ""
        return STEP_AT_ALPHA.format(name=name, z=z[wrong], alpha=a, line=line)
    return STEP_ELSEWHERE.format(name=name, low=low, high=high, z=z[wrong], got=got[wrong])


def hint(student, name, inputs, answers, alpha=None):
    """The first of this module's readings that fits a failing check of ``name``, or None."""
    try:
        return (kept_value_hint(student, name) or affine_hint(name, inputs, answers)
                or rounded_slope_hint(name, inputs, answers) or step_hint(name, inputs, answers, alpha, student))
    except (TypeError, ValueError, OverflowError, FloatingPointError, np.linalg.LinAlgError):
        return None


# ------------------------------------------------------------------ softmax with another exponential
EXP_NEIGHBOURS = (
    ("exp(x) - 1, not exp(x) (np.expm1 computes exp(x) - 1, minus one: it is no more precise exp): after the "
     "maximum is subtracted, the largest score gives exp(0) - 1 = 0 and the others negative numbers, so a slice "
     "comes out with negative 'probabilities', or 0 / 0", np.expm1),
    ("2 ** x (np.exp2), not e ** x", np.exp2),
    ("10 ** x, not e ** x", lambda x: np.power(10.0, x)),
)
OTHER_EXP = (
    "Your softmax's exponentials are {words}. Softmax needs the natural exponential: np.exp(z - max), divided by its sum along "
    "the last axis."
)


def softmax_hint(z, got):
    """OTHER_EXP when ``got`` is f(z - max) / sum(f(z - max)) along the last axis for a neighbour f of np.exp;
    else None."""
    try:
        z, got = np.asarray(z, dtype=float), as_numbers(got)
        if got is None or got.shape != z.shape or z.ndim == 0:
            return None
        with np.errstate(all="ignore"):
            shifted = z - np.max(z, axis=-1, keepdims=True)
            for words, f in EXP_NEIGHBOURS:
                e = f(shifted)
                values = e / np.sum(e, axis=-1, keepdims=True)
                if np.allclose(got, values, equal_nan=True, **TIGHT) and not np.allclose(values, np.exp(shifted) / np.sum(
                        np.exp(shifted), axis=-1, keepdims=True), **TIGHT):
                    return OTHER_EXP.format(words=words)
    except (TypeError, ValueError, OverflowError, FloatingPointError):
        return None
    return None
