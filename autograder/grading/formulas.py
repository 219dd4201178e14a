"""What a wrong answer computes, when it is a short formula of what the check knows.

Where no known mistake explains a wrong answer, a beginner is left with two columns of numbers. Yet
most slips in a one-line formula give another short formula of the same quantities: ``1 - s`` where
``s * (1 - s)`` belongs, ``(1 - t) ** 2`` for ``1 - t ** 2``, ``p - g / lr`` for ``p - lr * g``. This
module searches every formula of up to two operations over the quantities a check names (its
``Ingredient``s, with the constants 1 and 2) for one that gives the student's values at every
position the check tried, and says it in the check's own symbols. Pure: arrays in, text out.

A formula is named only where it cannot be a coincidence: the values pooled over the check's inputs
must hold at least ``MIN_DISTINCT`` different finite numbers, and a plain constant times the right
answer is left to ``compare.scale_hint``, which says more about factors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .compare import CheckFailed

MIN_DISTINCT = 4  # fewer different values than this, and too many formulas fit by chance (3 for a few sums)
RTOL, ATOL = 1e-6, 1e-9
ATOM, POWER, PRODUCT, SUM = 4, 3, 2, 1  # how tightly each kind of term binds, for parentheses


@dataclass(frozen=True)
class Ingredient:
    """One quantity a formula may use: its symbol, what it is (for the student; "" for a symbol the
    call itself names, such as z), its values (for each input the check tried: one array per input,
    or a number that is the same for all)."""

    symbol: str
    meaning: str
    values: tuple
    last: bool = False  # tried only where no formula without it fits (the right answer: "g / N" beats nothing)


@dataclass(frozen=True)
class _Term:
    text: str
    value: np.ndarray
    binds: int
    size: int  # number of operations
    uses: frozenset  # symbols of the ingredients it uses


def _wrap(term: _Term, at_least: int) -> str:
    return term.text if term.binds >= at_least else f"({term.text})"


def _binary(op: str, left: _Term, right: _Term) -> _Term:
    if op in ("max", "min"):
        value = (np.maximum if op == "max" else np.minimum)(left.value, right.value)
        return _Term(f"{op}({left.text}, {right.text})", value, ATOM, left.size + right.size + 1, left.uses | right.uses)
    binds = SUM if op in "+-" else PRODUCT
    # a - b - c and a / b / c read left to right: the right operand of - and / needs its own parentheses
    right_at_least = binds + 1 if op in "-/" else binds
    with np.errstate(all="ignore"):
        value = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide}[op](left.value, right.value)
    text = f"{_wrap(left, binds)} {op} {_wrap(right, right_at_least)}"
    return _Term(text, value, binds, left.size + right.size + 1, left.uses | right.uses)


def _unary(kind: str, term: _Term) -> _Term:
    with np.errstate(all="ignore"):
        if kind == "square":
            return _Term(f"{_wrap(term, ATOM)} ** 2", term.value**2, POWER, term.size + 1, term.uses)
        if kind == "root":
            return _Term(f"sqrt({term.text})", np.sqrt(term.value), ATOM, term.size + 1, term.uses)
        if kind == "abs":
            return _Term(f"abs({term.text})", np.abs(term.value), ATOM, term.size + 1, term.uses)
        if kind == "exp":
            return _Term(f"exp({term.text})", np.exp(term.value), ATOM, term.size + 1, term.uses)
        if kind == "exp-":
            return _Term(f"exp(-{_wrap(term, ATOM)})", np.exp(-term.value), ATOM, term.size + 1, term.uses)
        if kind == "neg":
            return _Term(f"-{_wrap(term, POWER)}", -term.value, SUM, term.size + 1, term.uses)
        raise ValueError(kind)


UNARY = ("neg", "square", "root", "abs", "exp", "exp-")
BINARY = ("+", "-", "*", "/", "max", "min")
ORDERED = ("-", "/")  # the others give the same for (a, b) and (b, a)


def _pairs(a: _Term, b: _Term, *, both_orders: bool):
    """Every binary formula of ``a`` and ``b`` (``a`` first; ``b`` first too for - and / when
    ``both_orders``). The constant 0 enters only max and min: 0 + a or 0 * a says nothing new."""
    for op in BINARY:
        if "0" in (a.text, b.text) and op not in ("max", "min"):
            continue
        yield _binary(op, a, b)
        if both_orders and op in ORDERED:
            yield _binary(op, b, a)


def _terms(atoms: list[_Term]):
    """Every formula of up to two operations over ``atoms``, fewer operations first and, among two,
    the factored forms a beginner writes (``t * (1 - t)``) before the expanded ones (``t - t ** 2``).
    Sums and products are built in one order only (a + b, not also b + a); a formula of constants
    alone is skipped."""
    yield from atoms
    unary = [_unary(kind, a) for a in atoms if a.uses for kind in UNARY]
    binary = [term for i, a in enumerate(atoms) for b in atoms[i + 1:] if a.uses | b.uses
              for term in _pairs(a, b, both_orders=True)]  # fmt: skip
    yield from binary
    yield from unary
    for term in binary:
        yield from (_unary(kind, term) for kind in UNARY)
    for term in (*binary, *unary):
        for atom in atoms:
            yield from _pairs(atom, term, both_orders=True)
    yield from (_unary(kind, term) for term in unary for kind in UNARY if not (kind == "neg" and term.text[0] == "-"))


def _pooled(values: tuple, shapes: list[tuple]) -> np.ndarray:
    """One ingredient's values for every input, each broadcast to that input's answer's shape, flat."""
    parts = []
    for value, shape in zip(values, shapes):
        parts.append(np.broadcast_to(np.asarray(value, dtype=np.float64), shape).ravel())
    return np.concatenate(parts)


def find_formula(answers: list, ingredients: list[Ingredient], expected: list, *, min_distinct: int = MIN_DISTINCT) -> str | None:
    """The shortest formula over ``ingredients`` (and the constants 0, 1, 2) that gives every value of
    ``answers`` (one per input the check tried, each ``expected``'s shape), as text in their symbols,
    or None: when none does, when the answers hold too few different values to tell formulas apart,
    when they are not finite numbers, or when they are a constant times ``expected`` (a factor, which
    ``compare.scale_hint`` names)."""
    try:
        got = [np.asarray(a, dtype=np.float64) for a in answers]
        right = [np.asarray(e, dtype=np.float64) for e in expected]
    except (TypeError, ValueError):
        return None
    if len(got) != len(right) or any(g.shape != r.shape for g, r in zip(got, right)):
        return None
    shapes = [r.shape for r in right]
    flat_got, flat_right = _pooled(tuple(got), shapes), _pooled(tuple(right), shapes)
    if not np.isfinite(flat_got).all() or np.unique(np.round(flat_got, 9)).size < min_distinct:
        return None
    if _constant_multiple(flat_got, flat_right):
        return None
    scale = ATOL + RTOL * np.abs(flat_got)
    constants = [_Term(c, np.full(flat_got.shape, float(c)), ATOM, 0, frozenset()) for c in ("0", "1", "2")]
    for allowed in ([i for i in ingredients if not i.last], ingredients):
        atoms = constants + [_Term(i.symbol, _pooled(i.values if isinstance(i.values, tuple) else (i.values,) * len(shapes),
                                                     shapes), ATOM, 0, frozenset({i.symbol})) for i in allowed]  # fmt: skip
        for term in _terms(atoms):
            if term.value.shape == flat_got.shape and np.all(np.abs(term.value - flat_got) <= scale):
                return term.text
        if len(allowed) == len(ingredients):
            break
    return None


def _constant_multiple(got: np.ndarray, right: np.ndarray) -> bool:
    nonzero = np.abs(right) > 1e-12
    if not nonzero.any() or np.any(np.abs(got[~nonzero]) > 1e-12):
        return False
    ratios = got[nonzero] / right[nonzero]
    return bool(np.allclose(ratios, ratios[0], rtol=RTOL, atol=0.0))


def formula_hint(found: str, *, gives: str, ingredients: list[Ingredient], right: str) -> str:
    """The hint for a formula found: what the student's function gives, in symbols the legend explains,
    and the formula the spec asks for in the same symbols."""
    used = [i for i in ingredients if i.meaning and (_mentions(found, i.symbol) or _mentions(right, i.symbol))]
    legend = f" (with {', '.join(f'{i.symbol} = {i.meaning}' for i in used)})" if used else ""
    return (f"Your {gives} gives {found} at every input the check tried{legend}, where the spec asks "
            f"for {right}. Compare the two formulas piece by piece: where they differ is the slip to fix.")


def _mentions(text: str, symbol: str) -> bool:
    """Whether ``symbol`` appears in ``text`` as a name of its own (``z`` in "1 - z", not in "exp")."""
    tokens = "".join(ch if ch.isalnum() or ch == "_" else " " for ch in text).split()
    return symbol in tokens


@contextlib.contextmanager
def named_by_formula(explain: Callable[[], str | None]):
    """Inside this, a check that fails with numbers and no hint, or only the hint its failing values
    show alone (a constant factor on that input), gets ``explain()``'s hint: a formula found over all
    the check's inputs (None leaves the failure as it is). A hint naming a known mistake is never
    replaced, and ``explain`` runs only for a failure that needs it."""
    try:
        yield
    except CheckFailed as failed:
        if failed.hint is not None and not failed.read_off_values:
            raise
        found = explain()
        if found is None:
            raise
        raise CheckFailed(failed.message, hint=found, credit=failed.credit) from None


def explained(answers: list, expected: list, ingredients: list[Ingredient], *, gives: str, right: str,
              min_distinct: int = MIN_DISTINCT) -> str | None:
    """``formula_hint`` for the formula ``find_formula`` finds, or None where it finds none."""
    found = find_formula(answers, ingredients, expected, min_distinct=min_distinct)
    return None if found is None else formula_hint(found, gives=gives, ingredients=ingredients, right=right)


def step_hint(params: list, grads: list, answers: list, rate: float, *, gives: str) -> str | None:
    """``explained`` for a gradient step: ``answers`` (the parameters after the step, one array or
    number per parameter) against ``params`` (p) and ``grads`` (g) at the learning rate ``rate``."""
    ingredients = [Ingredient("p", "the parameter", tuple(params)), Ingredient("g", "its gradient", tuple(grads)),
                   Ingredient("lr", f"the learning rate ({rate:g})", rate)]  # fmt: skip
    right = [np.asarray(p, dtype=np.float64) - rate * np.asarray(g, dtype=np.float64) for p, g in zip(params, grads)]
    return explained(answers, right, ingredients, gives=gives, right="p - lr * g")
