"""A wider search for the formula a wrong answer computes: three operations over two quantities.

``formulas.find_formula`` tries every formula of up to two operations over all the quantities a check
names. Some slips sit one step further out: softsign ``z / (1 + abs(z))`` where the sigmoid belongs,
a multiplicative step ``p * (1 - lr * g)``, the bipolar slope ``2 * s * (1 - s)``, or a cap at a
number other than 1 or 2 (``min(max(0, z), 6)``). This module searches, for each pair of varying
quantities (and each alone), every formula of up to three operations over them, the numbers the
check gave (quantities that are the same everywhere) and a few common constants.

Three operations over a dozen atoms are millions of formulas, too many to compute one by one. So
the formulas of up to two operations are computed (once each, as one array, duplicates dropped), and
a third operation is found by working back from the student's values: ``X + y == got`` needs
``X == got - y``, which is looked up among the two-operation formulas in a sorted column, and every
candidate is then checked forward at every position. The search runs on at most ``SAMPLE`` positions
and the one formula found is confirmed on all of them. Pure: arrays in, a formula's recipe out.
"""

from __future__ import annotations

import numpy as np

UNARY = {"neg": np.negative, "square": np.square, "root": np.sqrt, "abs": np.abs, "exp": np.exp,
         "exp-": lambda v: np.exp(-v)}  # fmt: skip
BINARY = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide, "max": np.maximum, "min": np.minimum}
ORDERED = ("-", "/")  # the others give the same for (a, b) and (b, a)
ARITHMETIC = ("+", "-", "*", "/")  # the constant 0 enters only max and min: 0 + a or 0 * a says nothing new
EXTRA = (0.5, 3.0, 6.0, 10.0, 0.1, 0.01)  # caps, slopes and halves a beginner writes besides 1 and 2
MAX_VARYING = 3  # the first three varying quantities only: three pairs at most, to bound the cost
SAMPLE = 16  # positions the search runs on; the formula found is confirmed on all
KEYS = 3  # sorted columns a value is looked up in
MAX_CANDIDATES = 64  # rows checked forward per looked-up value
INVERSE = {"+": lambda g, y: g - y, "-": lambda g, y: g + y, "*": lambda g, y: g / y, "/": lambda g, y: g * y}
INVERSE_LEFT = {"-": lambda g, y: y - g, "/": lambda g, y: y / g}  # y - X == g, y / X == g
UNARY_INVERSE = {"neg": lambda g: -g, "root": np.square, "exp": np.log, "exp-": lambda g: -np.log(g),
                 "square": np.sqrt, "abs": lambda g: g}  # fmt: skip - square and abs: tried with either sign


def evaluate(recipe, rows: np.ndarray) -> np.ndarray:
    """The values of ``recipe`` over the atoms' ``rows``."""
    if recipe[0] == "atom":
        return rows[recipe[1]]
    if len(recipe) == 2:
        return UNARY[recipe[0]](evaluate(recipe[1], rows))
    return BINARY[recipe[0]](evaluate(recipe[1], rows), evaluate(recipe[2], rows))


def _operations(recipe) -> int:
    return 0 if recipe[0] == "atom" else 1 + sum(_operations(part) for part in recipe[1:])


def _levels(A: np.ndarray, varying: list[bool], zero: list[bool], uncommon: set[int]):
    """Every formula of up to two operations over the atoms (rows of ``A``) that uses a varying one,
    simplest first, one of each set of values (the one with fewest ``uncommon`` atoms, then fewest
    varying ones: z / 2 before z * 0.5, t ** 2 / 2 before t * t / 2), finite everywhere: (values,
    recipes, operations)."""
    atoms = [("atom", k) for k in range(len(A))]
    one = [(kind, atoms[k]) for k in range(len(A)) if varying[k] for kind in UNARY]
    one += [(op, atoms[left], atoms[right]) for i in range(len(A)) for j in range(i + 1, len(A)) if varying[i] or varying[j]
            for op in BINARY if op not in ARITHMETIC or not (zero[i] or zero[j])
            for left, right in ((i, j), (j, i))[: 2 if op in ORDERED else 1]]  # fmt: skip
    weight = np.array([100 * (k in uncommon) + varying[k] for k in range(len(A))])
    V1, picked = _distinct(np.array([evaluate(r, A) for r in one]), A, [_weighed(r, weight) for r in one])
    one = [one[k] for k in picked]
    u1 = np.array([_weighed(r, weight) for r in one])
    V2, u2, blocks = [np.stack([UNARY[kind](V1) for kind in UNARY], axis=1).reshape(-1, A.shape[1])], [np.repeat(u1, len(UNARY))], []
    for op, apply in BINARY.items():
        usable = [k for k in range(len(A)) if op not in ARITHMETIC or not zero[k]]
        for side in (0, 1) if op in ORDERED else (0,):
            pairs = (V1[:, None, :], A[None, usable, :]) if side == 0 else (A[None, usable, :], V1[:, None, :])
            V2.append(apply(*pairs).reshape(-1, A.shape[1]))
            u2.append((u1[:, None] + weight[None, usable]).ravel())
            blocks.append((op, side == 1 or op not in ORDERED, usable))  # 1 + abs(z), max(0, z): the atom first where free
    V2, picked = _distinct(np.concatenate(V2), np.concatenate([A, V1]), np.concatenate(u2))

    def made(i: int):
        """The recipe of the ``i``-th formula of two operations as built above."""
        if i < len(one) * len(UNARY):
            return (list(UNARY)[i % len(UNARY)], one[i // len(UNARY)])
        i -= len(one) * len(UNARY)
        for op, first, usable in blocks:
            if i < len(one) * len(usable):
                r, k = one[i // len(usable)], atoms[usable[i % len(usable)]]
                return (op, k, r) if first else (op, r, k)
            i -= len(one) * len(usable)
        raise IndexError(i)

    values = np.concatenate([A, V1, V2])
    return values, _Recipes(atoms + one, made, picked), np.array([0] * len(A) + [1] * len(one) + [2] * len(V2))


class _Recipes:
    """The recipes of a search's formulas by row: those of up to one operation kept as they are,
    those of two made only when asked for (the few that match)."""

    def __init__(self, fixed: list, made, picked: np.ndarray):
        self.fixed, self.made, self.picked = fixed, made, picked

    def __getitem__(self, row):
        row = int(row)
        return self.fixed[row] if row < len(self.fixed) else self.made(int(self.picked[row - len(self.fixed)]))


def _distinct(values: np.ndarray, seen: np.ndarray, rank):
    """``values`` without non-finite rows and without rows equal to one of lower ``rank`` (or earlier,
    of the same) or to a row of ``seen``, in the order of their rank; and the kept rows' indices."""
    finite = np.all(np.isfinite(values), axis=1)
    order = np.flatnonzero(finite)[np.argsort(np.asarray(rank)[finite], kind="stable")]
    probe = np.random.default_rng(0).normal(size=values.shape[1])
    fingerprint = lambda v: np.round(np.round(v, 9) @ probe, 6)  # noqa: E731
    _, first = np.unique(np.concatenate([fingerprint(seen), fingerprint(values[order])]), return_index=True)
    keep = order[np.sort(first[first >= len(seen)] - len(seen))]
    return values[keep], keep


def _looked_up(sorted_keys, order, keys, targets: np.ndarray, key_col: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """For each target row, the rows whose value at its key position lies near the target's there."""
    found = []
    for c in range(len(keys)):
        rows = np.flatnonzero(key_col == c)
        value = targets[rows, keys[c]]
        tol = 1e-5 * (np.abs(value) + 1.0)
        lo, hi = np.searchsorted(sorted_keys[c], value - tol), np.searchsorted(sorted_keys[c], value + tol)
        found += [(t, order[c][a : min(b, a + MAX_CANDIDATES)]) for t, a, b in zip(rows[hi > lo], lo[hi > lo], hi[hi > lo])]
    return found


def _key_columns(targets: np.ndarray, keys: list[int], usable: np.ndarray | None = None) -> np.ndarray:
    """For each target row, the index in ``keys`` of the first position where it is finite (and
    usable), or -1."""
    ok = np.isfinite(targets[:, keys]) & (True if usable is None else usable[:, keys])
    return np.where(ok.any(axis=1), np.argmax(ok, axis=1), -1)


def _third_operation(values, recipes, ops, got, scale, keys):
    """Every (preference, recipe) of a formula of three operations whose last step is looked up."""
    order = [np.argsort(values[:, c], kind="stable") for c in keys]
    sorted_keys = [values[o, c] for o, c in zip(order, keys)]
    found = []
    for side_op in [(op, 0) for op in BINARY] + [(op, 1) for op in ORDERED]:
        op, side = side_op
        for y_ops in (0, 1):
            Y_idx = np.flatnonzero(ops == y_ops)
            Y = values[Y_idx]
            with np.errstate(all="ignore"):
                if op in ("max", "min"):
                    targets, usable = np.broadcast_to(got, Y.shape), np.abs(got - Y) > scale
                else:
                    targets = (INVERSE_LEFT[op] if side else INVERSE[op])(got, Y)
                    usable = None
            col = _key_columns(targets, keys, usable)
            for t, rows in _looked_up(sorted_keys, order, keys, targets, col):
                rows = rows[ops[rows] + y_ops <= 2]
                pair = (values[rows], Y[t]) if side == 0 else (Y[t], values[rows])
                with np.errstate(all="ignore"):
                    close = np.all(np.abs(BINARY[op](*pair) - got) <= scale, axis=1)
                y = recipes[Y_idx[t]]
                found += [((y_ops, side), (op, recipes[x], y) if side == 0 and (op in ORDERED or ops[x] < y_ops)
                           else (op, y, recipes[x])) for x in rows[close]]  # fmt: skip - p * (1 - lr * g): the simpler first
    for kind, inverse in UNARY_INVERSE.items():
        with np.errstate(all="ignore"):
            base = inverse(got)
        for sign in (1, -1) if kind in ("square", "abs") else (1,):
            target = sign * base[None, :]
            col = _key_columns(target, keys)
            for _, rows in _looked_up(sorted_keys, order, keys, target, col):
                rows = rows[ops[rows] == 2]
                with np.errstate(all="ignore"):
                    close = np.all(np.abs(UNARY[kind](values[rows]) - got) <= scale, axis=1)
                found += [((2, 2), (kind, recipes[x])) for x in rows[close]]
    return found


def search(rows: np.ndarray, zero: list[bool], got: np.ndarray, scale: np.ndarray, *, varying_order: list[int],
           extras: set[int] = frozenset()):
    """The recipe (over ``rows``, atoms whose first ones are constants) of the simplest formula of up
    to three operations that gives ``got`` and uses one or two of the varying atoms (``varying_order``,
    in the order to prefer them), or None. Fewer operations first, then fewer uses of the ``extras``
    (the uncommon constants), then of numbers other than 0 and 1, then the earlier pair of varying atoms."""
    n = rows.shape[1]
    sample = _sample(got, n)
    constants = [k for k in range(len(rows)) if k not in varying_order]
    chosen = varying_order[:MAX_VARYING]
    groups = [[v] for v in chosen] if len(chosen) == 1 else [[a, b] for i, a in enumerate(chosen) for b in chosen[i + 1 :]]
    best = None
    for rank, group in enumerate(groups):
        index = constants + group
        A = rows[index][:, sample]
        varying = [k >= len(constants) for k in range(len(index))]
        local_extras = {k for k, row in enumerate(index) if row in extras}
        values, recipes, ops = _levels(A, varying, [zero[k] for k in index], local_extras)
        s_got, s_scale = got[sample], scale[sample]
        direct = np.flatnonzero(np.all(np.abs(values - s_got) <= s_scale, axis=1) & (ops > 0))
        numbers = {k for k, row in enumerate(index) if row in constants and np.all((rows[row] != 0) & (rows[row] != 1))}
        extra = lambda recipe: (_uses(recipe, local_extras), _uses(recipe, numbers))  # noqa: E731 - 1 - t ** 2 / 2 first
        options = [((int(ops[k]), extra(recipes[k]), rank, 0, 0, k), recipes[k]) for k in direct]
        if not direct.size and (best is None or best[0][0] > 2):
            keys = [int(c) for c in _key_positions(s_got)]
            for prefer, recipe in _third_operation(values, recipes, ops, s_got, s_scale, keys):
                options.append(((_operations(recipe), extra(recipe), rank, *prefer, len(options)), recipe))
        for key, recipe in sorted(options, key=lambda o: o[0]):
            if best is not None and best[0] <= key:
                break
            if key[1][0] > 1:
                continue  # two uncommon constants in one formula (z / 10 + 0.5) read as a fit made to measure
            full = _remapped(recipe, index)
            with np.errstate(all="ignore"):
                if np.all(np.abs(evaluate(full, rows) - got) <= scale):
                    best = (key, full)
                    break
    return None if best is None else best[1]


def _uses(recipe, atoms: set[int]) -> int:
    """How many times ``recipe`` uses one of ``atoms``."""
    if recipe[0] == "atom":
        return int(recipe[1] in atoms)
    return sum(_uses(part, atoms) for part in recipe[1:])


def _weighed(recipe, weight: np.ndarray) -> int:
    """The sum of ``weight`` over the atoms ``recipe`` uses."""
    if recipe[0] == "atom":
        return int(weight[recipe[1]])
    return sum(_weighed(part, weight) for part in recipe[1:])


def _remapped(recipe, index: list[int]):
    """``recipe`` over a group's atoms, rewritten over all the rows."""
    if recipe[0] == "atom":
        return ("atom", index[recipe[1]])
    return (recipe[0], *(_remapped(part, index) for part in recipe[1:]))


def _sample(got: np.ndarray, n: int) -> np.ndarray:
    """At most ``SAMPLE`` positions, spread over all, those with different values first."""
    _, first = np.unique(np.round(got, 9), return_index=True)
    first = np.sort(first)
    rest = np.setdiff1d(np.arange(n), first)
    return np.concatenate([first, rest])[:SAMPLE]


def _key_positions(got: np.ndarray) -> np.ndarray:
    """The sampled positions to look values up at: those whose value is least like a plain number."""
    plain = np.isclose(got, np.round(got * 2) / 2)  # 0, 1, -1, 0.5: many formulas give these
    return np.argsort(plain, kind="stable")[:KEYS]
