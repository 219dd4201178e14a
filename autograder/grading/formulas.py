"""What a wrong answer computes, when it is a short formula of what the check knows.

Where no known mistake explains a wrong answer, a beginner is left with two columns of numbers. Yet
most slips in a one-line formula give another short formula of the same quantities: ``1 - s`` where
``s * (1 - s)`` belongs, ``(1 - t) ** 2`` for ``1 - t ** 2``, ``p - g / lr`` for ``p - lr * g``. This
module searches every formula of up to two operations over the quantities a check names (its
``Ingredient``s, with the constants 1 and 2, and 0 inside max and min) for one that gives the
student's values at every position the check tried, and says it in the check's own symbols. All
formulas of one kind are computed at once, as one array, so a search of some ten thousand formulas
costs a few milliseconds, and only for a wrong answer no known mistake explains. Where none fits,
``formula_search`` looks one step further (three operations over one or two of the quantities, and
a few constants besides 1 and 2), asking for ``WIDER_DISTINCT`` more different values. Pure: arrays
in, text out.

A formula is named only where it cannot be a coincidence: the values pooled over the check's inputs
must hold at least ``MIN_DISTINCT`` different finite numbers, and a plain constant times the right
answer is left to ``compare.scale_hint``, which says more about factors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import formula_search
from .compare import CheckFailed
from .formula_search import ARITHMETIC, BINARY, ORDERED, UNARY  # the operations, kept with the wider search

MIN_DISTINCT = 4  # fewer different values than this, and too many formulas fit by chance (3 for a few sums)
WIDER_DISTINCT = 2  # the wider search (three operations, more constants) asks for this many more different values
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



# A formula is a recipe: ("atom", k) for the k-th atom, (kind, recipe) for a unary function and
# (op, left, right) for a binary one. Its text is rendered only for the formula that matches.


def _render(recipe, atoms: list[str]) -> tuple[str, int]:
    """The text of ``recipe`` in the atoms' symbols, and how tightly it binds (for parentheses)."""
    if recipe[0] == "atom":
        return atoms[recipe[1]], ATOM
    if len(recipe) == 2:
        text, binds = _render(recipe[1], atoms)
        wrapped = {at_least: text if binds >= at_least else f"({text})" for at_least in (ATOM, POWER)}
        written = {"neg": (f"-{wrapped[POWER]}", SUM), "square": (f"{wrapped[ATOM]} ** 2", POWER),
                   "exp-": (f"exp(-{wrapped[ATOM]})", ATOM), "root": (f"sqrt({text})", ATOM)}  # fmt: skip
        return written.get(recipe[0], (f"{recipe[0]}({text})", ATOM))  # abs(...), exp(...)
    op, (left, left_binds), (right, right_binds) = recipe[0], _render(recipe[1], atoms), _render(recipe[2], atoms)
    if op in ("max", "min"):
        return f"{op}({left}, {right})", ATOM
    binds = SUM if op in "+-" else PRODUCT
    right_at_least = binds + 1 if op in ORDERED else binds  # a - (b - c): the right operand of - and / keeps its own
    left = left if left_binds >= binds else f"({left})"
    right = right if right_binds >= right_at_least else f"({right})"
    return f"{left} {op} {right}", binds


def _first_match(values: np.ndarray, got: np.ndarray, scale: np.ndarray) -> int | None:
    """The first row of ``values`` equal to ``got`` within ``scale`` at every position, or None."""
    if not len(values):
        return None
    close = np.all(np.abs(values - got) <= scale, axis=-1)
    return int(np.argmax(close)) if close.any() else None


def _search(A: np.ndarray, uses: list[bool], zero: list[bool], got: np.ndarray, scale: np.ndarray):
    """The recipe of the first formula of up to two operations over the atoms (rows of ``A``) that
    gives ``got``: fewer operations first and, among two, the factored forms a beginner writes
    (``t * (1 - t)``) before the expanded ones (``t - t ** 2``). Sums and products are built in one
    order only; a formula of constants alone is skipped. Every formula of a kind is computed at once."""
    atoms = [("atom", k) for k in range(len(A))]
    if (k := _first_match(A, got, scale)) is not None:
        return atoms[k]
    binary = [(op, atoms[left], atoms[right]) for i in range(len(A)) for j in range(i + 1, len(A)) if uses[i] or uses[j]
              for op in BINARY if op not in ARITHMETIC or not (zero[i] or zero[j])
              for left, right in ((i, j), (j, i))[: 2 if op in ORDERED else 1]]  # fmt: skip
    unary = [(kind, atoms[k]) for k in range(len(A)) if uses[k] for kind in UNARY]
    B = np.array([BINARY[op](A[left[1]], A[right[1]]) for op, left, right in binary]).reshape(-1, A.shape[1])
    U = np.array([UNARY[kind](A[atom[1]]) for kind, atom in unary]).reshape(-1, A.shape[1])
    for recipes, values in ((binary, B), (unary, U)):
        if (k := _first_match(values, got, scale)) is not None:
            return recipes[k]
    kinds = list(UNARY)
    of_binary = np.stack([UNARY[kind](B) for kind in kinds], axis=1).reshape(-1, A.shape[1])
    if (k := _first_match(of_binary, got, scale)) is not None:
        return (kinds[k % len(kinds)], binary[k // len(kinds)])
    if (found := _pairs_with_atoms(A, zero, binary + unary, np.concatenate([B, U]), got, scale)) is not None:
        return found
    of_unary = np.stack([UNARY[kind](U) for kind in kinds], axis=1).reshape(-1, A.shape[1])
    for k in np.flatnonzero(np.all(np.abs(of_unary - got) <= scale, axis=-1)):
        kind, inner = kinds[k % len(kinds)], unary[k // len(kinds)]
        if not (kind == "neg" and inner[0] == "neg"):
            return (kind, inner)
    return None


def _pairs_with_atoms(A, zero, recipes, L, got, scale):
    """The first (term, atom, op, side) whose formula ``atom op term`` (side 0) or ``term op atom``
    (side 1, for - and / only) gives ``got``, for the one-operation terms ``L`` (rows, with their
    ``recipes``)."""
    best = None
    for o, (op, apply) in enumerate(BINARY.items()):
        for side in (0, 1) if op in ORDERED else (0,):
            values = apply(A[None, :, :], L[:, None, :]) if side == 0 else apply(L[:, None, :], A[None, :, :])
            close = np.all(np.abs(values - got) <= scale, axis=-1)  # (term, atom)
            if op in ARITHMETIC:
                close[:, zero] = False
            for t, a in np.argwhere(close):
                key = (t, a, o, side)
                if best is None or key < best[0]:
                    best = (key, (op, ("atom", a), recipes[t]) if side == 0 else (op, recipes[t], ("atom", a)))
                break  # argwhere runs term by term: the first is this op's best
    return None if best is None else best[1]


def _pooled(values: tuple, shapes: list[tuple]) -> np.ndarray:
    """One ingredient's values for every input, each broadcast to that input's answer's shape, flat."""
    parts = []
    for value, shape in zip(values, shapes):
        parts.append(np.broadcast_to(np.asarray(value, dtype=np.float64), shape).ravel())
    return np.concatenate(parts)


def as_numbers(value) -> np.ndarray | None:
    """``value`` as a float array, or None where it is not numbers (text, ragged lists, objects, or
    an int too large for a float, such as 10**400)."""
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return None


def find_formula(answers: list, ingredients: list[Ingredient], expected: list, *, min_distinct: int = MIN_DISTINCT,
                 wider: bool = True, only_wider: bool = False) -> str | None:
    """The shortest formula over ``ingredients`` (and the constants 0, 1, 2) that gives every value of
    ``answers`` (one per input the check tried, each ``expected``'s shape), as text in their symbols,
    or None: when none does, when the answers hold too few different values to tell formulas apart,
    when they are not finite numbers, or when they are a constant times ``expected`` (a factor, which
    ``compare.scale_hint`` names). ``wider=False`` leaves out ``formula_search``, for a caller whose other readings speak first;
    ``only_wider=True`` is that caller's second asking, after its readings: the wider search alone."""
    got, right = [as_numbers(a) for a in answers], [as_numbers(e) for e in expected]
    if any(v is None for v in (*got, *right)):
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
    for allowed in ([i for i in ingredients if not i.last], ingredients) if not only_wider else ():
        symbols = ["0", "1", "2"] + [i.symbol for i in allowed]
        rows = [np.full(flat_got.shape, float(c)) for c in ("0", "1", "2")]
        rows += [_pooled(i.values if isinstance(i.values, tuple) else (i.values,) * len(shapes), shapes) for i in allowed]
        uses = [False] * 3 + [True] * len(allowed)
        with np.errstate(all="ignore"):
            recipe = _search(np.array(rows), uses, [True, False, False] + [False] * len(allowed), flat_got, scale)
        if recipe is not None:
            return _render(recipe, symbols)[0]
        if len(allowed) == len(ingredients):
            break
    if not wider or np.unique(np.round(flat_got, 9)).size < min_distinct + WIDER_DISTINCT:
        return None
    return _wider(ingredients, shapes, flat_got, scale)


def _wider(ingredients: list[Ingredient], shapes: list[tuple], got: np.ndarray, scale: np.ndarray) -> str | None:
    """``formula_search.search`` over the ingredients: those the same everywhere, and those that are one
    number per input beside arrays (a rate the check gave), join the constants and enter every formula;
    the others vary, the ``last`` ones preferred least. None where nothing fits,
    and where the search itself fails."""
    try:
        pooled = [(i, _pooled(i.values if isinstance(i.values, tuple) else (i.values,) * len(shapes), shapes))
                  for i in ingredients]  # fmt: skip
        number = [all(np.ndim(v) == 0 for v in (i.values if isinstance(i.values, tuple) else (i.values,))) for i in ingredients]
        given = [np.all(row == row[0]) or (is_number and not all(number)) for (_, row), is_number in zip(pooled, number)]
        same = [(i.symbol, row) for (i, row), g in zip(pooled, given) if g]
        varying = [(i.symbol, row) for (i, row), g in sorted(zip(pooled, given), key=lambda p: p[0][0].last) if not g]
        constants = [("0", 0.0), ("1", 1.0), ("2", 2.0)] + [(f"{c:g}", c) for c in formula_search.EXTRA]
        named = [(s, np.full(got.shape, float(c))) for s, c in constants[:3]] + same
        named += [(s, np.full(got.shape, c)) for s, c in constants[3:]] + varying
        rows = np.array([row for _, row in named])
        zero = [k == 0 for k in range(len(named))]
        order = list(range(len(named) - len(varying), len(named)))
        with np.errstate(all="ignore"):
            recipe = formula_search.search(rows, zero, got, scale, varying_order=order,
                                           extras=set(range(3 + len(same), len(named) - len(varying))))
    except Exception:  # noqa: BLE001 - a search's own slip must leave the failure as it was
        return None
    return None if recipe is None else _render(recipe, [s for s, _ in named])[0]


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


@contextlib.contextmanager
def named_by_reader(reader: Callable[[], str | None]):
    """Inside this, a failed check whose cause ``reader()`` confirms (a reading of the student's own text, say)
    gets that hint in place of its own; a reader that finds nothing, or fails itself, leaves the failure as it is."""
    try:
        yield
    except CheckFailed as failed:
        try:
            found = reader()
        except Exception:  # noqa: BLE001 - a reader's own slip must not hide the student's failure
            found = None
        if found is None:
            raise
        raise CheckFailed(failed.message, hint=found, credit=failed.credit, detail=failed.detail) from None


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
