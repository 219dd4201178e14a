"""The quantities each activation's formula is written in, for ``grading.formulas``: where a wrong
activation or slope matches no known mistake, the finder says which formula of z (and of the
function's own output) the student's code computes instead. Before the finder: a piecewise function's
sides (relu and leaky ReLU, their slopes) read one by one, another NumPy function in the activation's
place (np.tan for tanh), and a slope that is the right form of the student's own wrong function; after
it, one constant factor over every input tried.

Each function's ingredients are computed here from the spec's definitions, with NumPy alone: the
reference is not asked, so the student's kit (which holds only the reference's recorded answers
to the checks' own calls) can say the same."""

import contextlib

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed
from autograder.grading.formulas import MIN_DISTINCT, Ingredient, as_numbers, explained, named_by_formula
from autograder.grading.value_hints import common_factor
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "activations_hints")  # a sigmoid or tanh that saturates too early
precision = load_sibling(__file__, "activations_precision")  # a slope close to the right one, not exact
readers = load_sibling(__file__, "activations_readers")  # a step moved off 0, the input cut, terms that cancel
h18 = load_sibling(__file__, "activations_h18")  # another activation in its place, a guessed input, np.gradient
h19 = load_sibling(__file__, "activations_h19")  # a value kept from another call, a curve rescaled, a step off 0
h20 = load_sibling(__file__, "activations_h20")  # z = 0 left to no case; an argument kept from an earlier call


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # the same curve as 1 / (1 + exp(-z)), without overflow


def _exp(z):
    with np.errstate(over="ignore"):
        return np.exp(z)


def _quantities(name, z, alpha):
    """(ingredients, the right answer, the right formula in the ingredients' symbols) for ``name`` at
    the arrays ``z``, or None for a function no formula of them describes (the slopes of relu)."""
    zs = tuple(z)
    given = Ingredient("z", "", zs)
    if name == "sigmoid":
        e = Ingredient("e", "exp(-z)", tuple(_exp(-v) for v in zs))
        return [given, e], [_sigmoid(v) for v in zs], "1 / (1 + e), that is 1 / (1 + exp(-z)) (in a form that does not overflow)"
    if name == "sigmoid_derivative":
        s = tuple(_sigmoid(v) for v in zs)
        u = Ingredient("u", "sigmoid(1 - z), the sigmoid taken of 1 - z (not 1 - s, one minus the sigmoid)",
                       tuple(_sigmoid(1 - v) for v in zs), last=True)  # "1 - sigmoid(z)" read as "sigmoid of 1 - z"
        return [given, Ingredient("s", "sigmoid(z)", s), u], [v * (1 - v) for v in s], "s * (1 - s), that is sigmoid(z) * (1 - sigmoid(z))"
    if name == "tanh":
        a, b = (Ingredient("a", "exp(z)", tuple(_exp(v) for v in zs)), Ingredient("b", "exp(-z)", tuple(_exp(-v) for v in zs)))
        return [given, a, b], [np.tanh(v) for v in zs], "(a - b) / (a + b), which np.tanh(z) computes"
    if name == "tanh_derivative":
        t = tuple(np.tanh(v) for v in zs)
        u = Ingredient("u", "tanh(1 - z), tanh taken of 1 - z (not 1 - t, one minus tanh's output)",
                       tuple(np.tanh(1 - v) for v in zs), last=True)
        return [given, Ingredient("t", "tanh(z)", t), u], [1 - v**2 for v in t], "1 - t ** 2, that is 1 - tanh(z) ** 2"
    if name == "relu":
        return [given], [np.maximum(v, 0.0) for v in zs], "max(0, z): z where z > 0 and 0 elsewhere"
    if name == "leaky_relu":
        rate = Ingredient("alpha", f"the alpha given, {alpha}", alpha)
        return [given, rate], [np.where(v > 0, v, alpha * v) for v in zs], "z where z > 0 and alpha * z elsewhere"
    if name == "relu_derivative":
        return [given], [np.where(v > 0, 1.0, 0.0) for v in zs], RIGHT_SIDES[name]
    if name == "leaky_relu_derivative":
        rate = Ingredient("alpha", f"the alpha given, {alpha}", alpha)
        return [given, rate], [np.where(v > 0, 1.0, alpha) for v in zs], RIGHT_SIDES[name]
    return None


RIGHT_SIDES = {  # the spec's pieces, in words: what the side probe and the finder say is asked
    "relu": "z where z > 0 and 0 where z <= 0",
    "relu_derivative": "a step, 1 wherever z > 0 (however small z is) and 0 where z <= 0",
    "leaky_relu": "z where z > 0 and alpha * z where z <= 0",
    "leaky_relu_derivative": "a step, 1 wherever z > 0 and the constant alpha where z <= 0 (z = 0 included)",
}
_PIECES = (  # what one side of a piecewise function can be: (text, values at z, needs alpha); constants first
    ("0", lambda z, a: 0.0 * z, False), ("1", lambda z, a: 1.0 + 0.0 * z, False), ("alpha", lambda z, a: a + 0.0 * z, True),
    ("-1", lambda z, a: -1.0 + 0.0 * z, False), ("-alpha", lambda z, a: -a + 0.0 * z, True),
    ("1 + alpha", lambda z, a: 1.0 + a + 0.0 * z, True), ("1 - alpha", lambda z, a: 1.0 - a + 0.0 * z, True),
    ("z", lambda z, a: z, False), ("alpha * z", lambda z, a: a * z, True), ("-z", lambda z, a: -z, False),
    ("-alpha * z", lambda z, a: -a * z, True),
)
_RIGHT_PIECES = {"relu": ("0", "0", "z"), "relu_derivative": ("0", "0", "1"), "leaky_relu": ("alpha * z", "0", "z"),
                 "leaky_relu_derivative": ("alpha", "alpha", "1")}  # (z < 0, z = 0, z > 0)
_SIDE_WORDS = ("where z < 0", "at z = 0", "where z > 0")


def _piece(z, got, alpha):
    """The first of _PIECES that gives ``got`` at every point ``z`` (one side of 0), or None."""
    for text, values, needs_alpha in _PIECES:
        if needs_alpha and alpha is None:
            continue
        with np.errstate(all="ignore"):
            if np.allclose(got, values(z, alpha), rtol=1e-9, atol=1e-12):
                return text
    return None


def sides_hint(name, inputs, answers, alpha=None):
    """For a piecewise function (relu, leaky ReLU and their slopes): when the student's answers are, on
    each side of 0 (and at 0, where the check tried it), one of a few simple pieces (0, 1, alpha, z,
    alpha * z, their negatives), and some side's piece is not the spec's, a hint saying which side gives
    what; None otherwise (a side that no piece describes is left to the formula finder)."""
    if name not in _RIGHT_PIECES:
        return None
    zs, gots = [], []
    for z, got in zip(inputs, answers):
        z, got = np.asarray(z, dtype=float), as_numbers(got)
        if got is not None and got.shape == z.shape:
            zs.append(z.ravel())
            gots.append(got.ravel())
    if not zs:
        return None
    z, got = np.concatenate(zs), np.concatenate(gots)
    found = []
    for side, where in enumerate((z < 0, z == 0, z > 0)):
        if not where.any():
            found.append(None)
            continue
        piece = _piece(z[where], got[where], alpha)
        if piece is None and np.allclose(got[where], got[where][0], rtol=1e-12, atol=0.0) and np.isfinite(got[where][0]) \
                and (side == 1 or np.unique(z[where]).size >= 2):
            piece = f"{float(got[where][0]):g}"  # one number: np.heaviside's 0.5 at the kink, a bound, a slope carried over
        if piece is None or (side != 1 and piece != _RIGHT_PIECES[name][side] and np.unique(z[where]).size < 2):
            return None  # one point cannot tell a constant from a multiple of z where it is wrong
        found.append(piece)
    wrong = [k for k, (mine, right) in enumerate(zip(found, _RIGHT_PIECES[name])) if mine is not None and mine != right]
    if not wrong:
        return None
    rights = _RIGHT_PIECES[name]
    gives = f"{name}(z, alpha={alpha})" if alpha is not None else f"{name}(z)"
    said = ", ".join(f"{found[k]} {_SIDE_WORDS[k]} (the spec's is {rights[k]})" for k in wrong)
    text = f"Your {gives} gives {said}, at every input the check tried that falls there. The spec's {name} is {RIGHT_SIDES[name]}."
    if found[0] == rights[2] and found[2] == rights[0] and rights[0] != rights[2]:
        text += (" The two sides are swapped: what belongs where z > 0 comes out where z < 0, and the other way "
                 "round (the comparison turned round, or the two values of np.where given in the other order).")
        if name == "relu" or (name == "leaky_relu" and alpha is not None and alpha < 1):
            other = "0" if name == "relu" else "alpha * z"
            text += (f" np.minimum in the place of np.maximum gives the same numbers: {name} keeps the larger of z "
                     f"and {other}, np.maximum(z, {other}), not the smaller.")
    elif any(found[k] == _RIGHT_PIECES[name.removesuffix("_derivative")][k] for k in wrong if k != 1 and name.endswith("_derivative")):
        function = name.removesuffix("_derivative")
        text += (f" Where yours differs it gives {function}'s own value there, not its slope: a slope is how fast "
                 f"{function} changes, and the slope of z is 1, of alpha * z the constant alpha.")
    elif any(found[k] not in [p[0] for p in _PIECES] for k in wrong if k != 1):
        k = next(k for k in wrong if k != 1 and found[k] not in [p[0] for p in _PIECES])
        carried = " (leaky ReLU's slope alpha, 0.1 by default: plain ReLU has none)" if name.startswith("relu") else ""
        text += (f" {found[k]} is a number written in where the spec's side is {_RIGHT_PIECES[name][k]}: two readings "
                 f"give it, a number carried over from another function{carried}, or a bound that lifts or cuts the "
                 f"values there (np.maximum, np.minimum or np.clip with {found[k]}). Drop it.")
    elif wrong == [1]:
        text += (" Only z = 0 itself is wrong: it belongs to the z <= 0 side. A test for z < 0 leaves z = 0 to "
                 "whatever else your code gives it (a default such as 0, or a value of its own at the kink): compare "
                 "with z > 0 once, and give everything else the z <= 0 side's value.")
    return text


def factor_hint(name, answers, right, alpha=None):
    """A hint when the student's answers are one constant times the right ones at every input pooled (at
    least MIN_DISTINCT different values, or both values of a step, 1 and alpha): a factor is off throughout,
    not a term; None otherwise. A factor equal to the ``alpha`` given names both readings, alpha itself or
    that number written in: one call cannot tell them apart."""
    got = [as_numbers(a) for a in answers]
    if any(g is None or g.shape != np.shape(r) for g, r in zip(got, right)) or not got:
        return None
    flat_got = np.concatenate([g.ravel() for g in got])
    flat_right = np.concatenate([np.asarray(r, dtype=float).ravel() for r in right])
    factor = common_factor(flat_got, flat_right)
    step = name == "leaky_relu_derivative" and np.unique(np.round(flat_right, 9)).size == 2  # 1 and alpha, both seen
    if factor is None or (np.unique(np.round(flat_got, 9)).size < MIN_DISTINCT and not step):
        return None
    text = (f"Your {name}(z) is exactly {factor:.4g} times the right value at every input the check tried: the "
            "shape of the curve is right and one constant factor is off (a number written in, or one left out).")
    if alpha is not None and np.isclose(factor, alpha, rtol=1e-9):
        text = (f"Your {name}(z, alpha={alpha}) is exactly {factor:.4g} times the right value at every input the "
                f"check tried, on both sides of 0, and {factor:.4g} is the alpha given: alpha (or that number written "
                "in) multiplies the whole result, where alpha belongs only to the z <= 0 side. Where z > 0 the "
                f"{'slope is 1' if name.endswith('_derivative') else 'value is z itself'}, with no alpha in it.")
        return text
    if name.endswith("_derivative"):
        text += (" A slope found through the chain rule from a scaled input keeps that input's factor too: the "
                 "slope of f(2z) is 2 * f'(2z), so a form such as tanh(z) = 2 * sigmoid(2z) - 1 has the slope "
                 "2 * 2 * sigmoid'(2z), the outer 2 and the inner 2 both.")
    return text


LOOKALIKES = (  # NumPy functions a name slip or a wrong memory puts in an activation's place: (text, function)
    ("np.tan(z), the circular tangent of an angle", np.tan), ("np.arctan(z), the inverse tangent", np.arctan),
    ("np.sinh(z), the hyperbolic sine", np.sinh), ("np.cosh(z), the hyperbolic cosine", np.cosh),
    ("np.arcsinh(z), the inverse hyperbolic sine", np.arcsinh), ("np.sin(z)", np.sin), ("np.cos(z)", np.cos),
    ("np.tanh(z), the hyperbolic tangent", np.tanh), ("np.exp(z)", np.exp), ("np.sign(z)", np.sign),
    ("np.log1p(np.exp(z)), the softplus (the area under the sigmoid, not the sigmoid)", lambda z: np.logaddexp(0.0, z)),
)
NAME_SLIP = "Close names are different functions (tan and tanh, arctan and tanh, sinh and tanh)"
FIX = {"sigmoid": "1 / (1 + exp(-z)) in a form that does not overflow", "tanh": "np.tanh(z)",
       "relu": "np.maximum(z, 0.0)", "leaky_relu": "z where z > 0 and alpha * z elsewhere"}


def lookalike_hint(name, inputs, answers):
    """A hint when the student's ``name`` gives another NumPy function of z at every input the check tried
    (at least MIN_DISTINCT different values): np.tan for tanh, say; None otherwise."""
    if name not in FIX:
        return None
    pairs = [(np.asarray(z, dtype=float), as_numbers(got)) for z, got in zip(inputs, answers)]
    pairs = [(z, got) for z, got in pairs if got is not None and got.shape == z.shape]
    if not pairs:
        return None
    z, got = np.concatenate([z.ravel() for z, _ in pairs]), np.concatenate([g.ravel() for _, g in pairs])
    if not np.isfinite(got).all() or np.unique(np.round(got, 9)).size < MIN_DISTINCT:
        return None
    with np.errstate(all="ignore"):
        right = {"sigmoid": 0.5 * (1.0 + np.tanh(0.5 * z)), "tanh": np.tanh(z), "relu": np.maximum(z, 0.0)}.get(name)
        for text, function in LOOKALIKES:
            values = function(z)
            if right is not None and np.allclose(values, right, rtol=1e-9, atol=1e-12):
                continue  # the right function itself
            if np.allclose(got, values, rtol=1e-6, atol=1e-9):
                slip = f". {NAME_SLIP}: " if name == "tanh" else ", in its place: "
                return (f"Your {name}(z) gives {text}, at every input the check tried: another NumPy function than "
                        f"{name}{slip}{name} is {FIX[name]}.")
    return None


def formula_hint(name, inputs, answers, alpha=None):
    """The finder's hint for the student's ``answers`` of ``name`` at ``inputs`` (one answer per
    input; those not numbers of the input's shape are left out), or None."""
    kept = []
    for z, got in zip(inputs, answers):
        z, got = np.asarray(z, dtype=float), as_numbers(got)
        if got is not None and got.shape == z.shape:
            kept.append((z, got))
    answers = [got for _, got in kept]
    named = sides_hint(name, [z for z, _ in kept], answers, alpha) or lookalike_hint(name, [z for z, _ in kept], answers)
    found = _quantities(name, [z for z, _ in kept], alpha) if kept else None
    if found is not None and not named:  # a step moved off 0, the input cut to whole numbers, terms that cancel
        named = _pooled_reading(name, kept, found[1], alpha)
    if found is not None and named and "a number written in" in named:  # a factor over both sides says more
        named = factor_hint(name, answers, found[1], alpha) or named
    if named or found is None:
        return named
    ingredients, right, formula = found
    gives = f"{name}(z, alpha={alpha})" if alpha is not None else f"{name}(z)"
    return explained(answers, right, ingredients, gives=gives, right=formula) or factor_hint(name, answers, right, alpha)


def _pooled_reading(name, kept, right, alpha):
    """``activations_readers``' readings of the answers in ``kept`` ((z, answer) pairs) pooled, against
    the ``right`` values: the first that fits, or None."""
    z = np.concatenate([np.ravel(v) for v, _ in kept])
    got = np.concatenate([np.ravel(a) for _, a in kept])
    flat_right = np.concatenate([np.ravel(np.asarray(r, dtype=float)) for r in right])
    if not np.isfinite(got).all():
        return None
    moved = None
    if name in _RIGHT_PIECES:
        pieces = {text: values for text, values, _ in _PIECES}
        left_text, _, right_text = _RIGHT_PIECES[name]
        rate = 0.0 if alpha is None else alpha
        moved = readers.moved_step_hint(name, z, got, pieces[left_text](z, rate), pieces[right_text](z, rate),
                                        (left_text, right_text))
    return (moved or readers.cut_input_hint(name, z, got, lambda v: _quantities(name, [v], alpha)[1][0], flat_right)
            or readers.zero_slope_hint(name, got, flat_right))


BUILT_ON = {  # a slope, the function it is written from, and its form in that function's output
    "sigmoid_derivative": ("sigmoid", lambda s: s * (1 - s), "s * (1 - s)"),
    "tanh_derivative": ("tanh", lambda t: 1 - t * t, "1 - t ** 2"),
}
BUILT_ON_WRONG = (
    "Your {name} is the right form, {form}, taken of your own {function}'s values, and your {function} gives wrong "
    "values itself (see the check of {function}'s values): fix {function} first, and {name} follows."
)


def built_on_hint(student, name, inputs, answers):
    """BUILT_ON_WRONG when the student's own function (sigmoid for sigmoid_derivative, tanh for tanh_derivative),
    asked at ``inputs``, is wrong and ``answers`` are the right slope form of its values; None otherwise (the
    student is asked only here, for a failing derivative)."""
    if name not in BUILT_ON or student is None:
        return None
    function, slope, form = BUILT_ON[name]
    try:
        replies = student.map(function, [(z,) for z in inputs]).before_failure()
    except StudentError:  # the child gave no answer at all (a time limit, say): nothing to tell
        return None
    pairs = [(np.asarray(z, dtype=float), as_numbers(v), as_numbers(a)) for z, v, a in zip(inputs, replies, answers)]
    pairs = [(z, v, a) for z, v, a in pairs if v is not None and a is not None and v.shape == a.shape == z.shape]
    if not pairs:
        return None
    right = _sigmoid if function == "sigmoid" else np.tanh
    with np.errstate(all="ignore"):
        if all(np.allclose(v, right(z), rtol=1e-6, atol=1e-9) for z, v, _ in pairs):
            return None  # the student's own function is right: the slope's mistake is its own
        if not all(np.allclose(a, slope(v), rtol=1e-6, atol=1e-9) for _, v, a in pairs):
            return None
    return BUILT_ON_WRONG.format(name=name, form=form, function=function)


def saturation_hint(name, inputs, answers):
    """``activations_hints.saturated_hint`` over every input the check tried at once (those answered with
    numbers of the input's shape), for sigmoid and tanh: a curve that stops changing beyond some |z|."""
    if name not in ("sigmoid", "tanh"):
        return None
    kept = [(np.ravel(np.asarray(z, dtype=float)), np.ravel(a)) for z, a in zip(inputs, map(as_numbers, answers))
            if a is not None and a.shape == np.shape(z)]
    if not kept:
        return None
    z, got = np.concatenate([z for z, _ in kept]), np.concatenate([a for _, a in kept])
    return hints.saturated_hint(name, z, got, _sigmoid(z) if name == "sigmoid" else np.tanh(z))


CAPPED = "cut off at a bound"  # value_hints.capped_hint's words: a side of a step read whole says more


@contextlib.contextmanager
def named(name, cases, replies, kwargs, *, echoed=False, student=None):
    """``named_by_formula`` for a check of ``name`` on ``cases`` ((input, what) pairs) whose
    answers are ``replies``: a failure with numbers and no hint gets the formula found, if any (or, for
    a derivative with the ``student`` given, word that it is built on the student's own wrong function;
    a curve that saturates; a slope close to the right one, not exact). For a piecewise function, a hint
    of values cut off at a bound gives way to what each side of 0 gives, which names both readings."""
    inputs = [z for z, _ in cases]

    def answers():
        values = replies.before_failure()
        return [v[0] for v in values] if echoed else values

    def found():
        got = answers()
        return (h20.zero_hint(student, name, inputs, got) or h19.hint(student, name, inputs, got, kwargs.get("alpha")) or built_on_hint(student, name, inputs, got)
                or h18.hint(student, name, inputs, got, kwargs.get("alpha"))
                or saturation_hint(name, inputs, got)
                or formula_hint(name, inputs, got, kwargs.get("alpha")) or precision.approximation_hint(name, inputs, got))

    try:
        with named_by_formula(found):
            yield
    except CheckFailed as failed:
        if student is not None and (kept := h19.kept_value_hint(student, name) or h20.kept_call_hint(
                student, name, cases, kwargs, answers())) is not None:  # read off its lines, or asked afresh
            raise CheckFailed(failed.message, hint=kept, credit=failed.credit) from None
        if name not in _RIGHT_PIECES or not failed.hint or CAPPED not in failed.hint:
            raise
        kept = [(z, a) for z, a in zip(inputs, answers())]
        sides = sides_hint(name, [z for z, _ in kept], [a for _, a in kept], kwargs.get("alpha"))
        if sides is None:
            raise
        raise CheckFailed(failed.message, hint=sides, credit=failed.credit) from None
