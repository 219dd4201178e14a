"""Readers of the activations checks for the heldout22 classes, each run only once a check has failed:

- softmax's exponentials divided by a constant plus their sum (the "off-by-one" softmax, 1 + sum), replayed
  from the check's own scores, shifted by each slice's maximum or not;
- softmax's rows handed back as a Python list (a comprehension or append over the rows) instead of an array;
- a parameter rebound to its positive part (z = np.maximum(z, 0)) before a later line reads its negative part,
  found in the student's source and confirmed by asking the function again on negative inputs.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import ast
from contextlib import contextmanager

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.grading.function_source import function
from autograder.sandbox.session import StudentError

EXTRA_IN_SUM = (
    "Your softmax divides each exponential by {denominator}: the {c} is an extra term in the denominator{blog}, "
    "so every slice sums to {side} 1 ({total:.4g} for the first one here) and the result is no longer a probability "
    "distribution. softmax divides by the sum alone: exps / np.sum(exps, axis=-1, keepdims=True). Drop the {c} "
    "from the denominator."
)


def _format(c, total):
    denominator = (f"{c:g} + the sum of its slice's exponentials" if c > 0 else
                   f"the sum of its slice's exponentials minus {-c:g}")
    return EXTRA_IN_SUM.format(denominator=denominator, c=f"{abs(c):g}", total=total,
                               blog=" (the 'off-by-one' softmax some posts show)" if c == 1 else "",
                               side="less than" if c > 0 else "more than")


def softmax_extra_hint(z, got):
    """EXTRA_IN_SUM when ``got`` is, on every slice of ``z`` along the last axis, exps / (c + sum(exps)) for one
    round constant c != 0 (exps of z shifted by the slice's maximum, or of z as it is); None otherwise."""
    try:
        z, got = np.asarray(z, dtype=float), np.asarray(got, dtype=float)
        if z.ndim == 0 or got.shape != z.shape or not np.all(np.isfinite(got)) or np.any(got < 0):
            return None
        with np.errstate(all="ignore"):
            for exps in (np.exp(z - z.max(axis=-1, keepdims=True)), np.exp(z)):
                if not np.all(np.isfinite(exps)):
                    continue
                total = exps.sum(axis=-1, keepdims=True)
                seen = got > 1e-12  # an exponential that underflowed to 0 says nothing of c
                if not seen.any() or not np.allclose(got[~seen], exps[~seen] / total.repeat(z.shape[-1], -1)[~seen], atol=1e-12):
                    continue
                c = (exps / np.where(seen, got, 1.0) - total)[seen]  # one c for every entry when got = exps / (c + total)
                first = float(c[0])
                nearest = round(first * 2) / 2
                if nearest != 0 and np.allclose(c, nearest, rtol=1e-6, atol=1e-6):
                    sums = got.sum(axis=-1)
                    return _format(nearest, float(np.ravel(sums)[0]))
    except Exception:
        return None
    return None


ROWS_LISTED = (
    "Your softmax returns a Python list for a {ndim}-D input, one item per row{built}, where it should return an "
    "array of z's shape, {shape} here. Work on the whole array at once, along the last axis: exps = np.exp(z - "
    "np.max(z, axis=-1, keepdims=True)), then exps / np.sum(exps, axis=-1, keepdims=True); if you keep the rows "
    "apart, turn the list back into one array with np.array(...) before returning it."
)


@contextmanager
def rows_listed(student, z):
    """A failure of softmax's check that says its answer is a list (no hint given) said with ROWS_LISTED."""
    try:
        yield
    except CheckFailed as failed:
        if failed.hint or np.ndim(z) < 2 or " returned list" not in failed.message:
            raise
        hint = _rows_listed_hint(student, z)
        if hint is None:
            raise
        raise CheckFailed(failed.message, hint=hint, detail=getattr(failed, "detail", "")) from None


def _rows_listed_hint(student, z):
    try:
        source, node = function(student, "activations", "softmax")
        built = ""
        if node is not None:
            comps = any(isinstance(n, ast.ListComp) for n in ast.walk(node))
            appends = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "append"
                          for n in ast.walk(node))  # fmt: skip
            built = (" (your list comprehension over the rows builds a list)" if comps else
                     " (your loop appends each row to a list)" if appends else "")
        return ROWS_LISTED.format(ndim=np.ndim(z), built=built, shape=np.shape(z))
    except Exception:
        return None


REBOUND = (
    "Line {line} of your activations.py, `{code}`, gives {name} a new value, its positive part, and the later "
    "`{later}` reads that new {name}, whose negative entries are already gone (all 0): so your {function} gives 0 "
    "for every negative input, plain relu (asked again with {name} = {probe}, it gave {answer}). Keep the input "
    "under its own name and give the positive part another one: pos = np.maximum({name}, 0.0), then "
    "pos + alpha * np.minimum({name}, 0.0)."
)
POSITIVE_PARTS = ("maximum", "clip", "relu", "abs", "absolute", "fmax")


@contextmanager
def rebound_named(student, name):
    """A failure of ``name``'s value check said with REBOUND when its source rebinds a parameter to its positive
    part and a later line reads that name's negative side, and the function, asked again, gives 0 for negatives."""
    try:
        yield
    except CheckFailed as failed:
        hint = _rebound_hint(student, name) if name == "leaky_relu" else None
        if hint is None:
            raise
        raise CheckFailed(failed.message, hint=hint, detail=getattr(failed, "detail", "")) from None


def _rebound_hint(student, name):
    try:
        source, node = function(student, "activations", name)
        if node is None:
            return None
        params = {a.arg for a in node.args.args}
        statements = [s for s in ast.walk(node) if isinstance(s, ast.stmt)]
        for statement in statements:
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name) and statement.targets[0].id in params):
                continue
            var = statement.targets[0].id
            call = statement.value
            if not (isinstance(call, ast.Call) and _called(call) in POSITIVE_PARTS
                    and any(isinstance(n, ast.Name) and n.id == var for n in ast.walk(call))):
                continue
            later = next((s for s in statements if s.lineno > statement.lineno and _reads_negative(s, var)), None)
            if later is None:
                continue
            probe = np.array([-2.0, -0.5])
            answer = np.asarray(student.call(name, probe), dtype=float)
            if answer.shape != probe.shape or not np.allclose(answer, 0.0):
                return None
            code = (ast.get_source_segment(source, statement) or ast.unparse(statement)).strip().splitlines()[0]
            later_code = ast.unparse(_negative_part(later, var))
            return REBOUND.format(line=statement.lineno, code=code, name=var, later=later_code, function=name,
                                  probe="[-2, -0.5]", answer="[" + ", ".join(f"{v:g}" for v in answer) + "]")
    except (StudentError, Exception):
        return None
    return None


def _called(call):
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _negative_part(statement, var):
    for n in ast.walk(statement):
        if isinstance(n, ast.Call) and _called(n) in ("minimum", "fmin", "where", "clip") and any(
                isinstance(m, ast.Name) and m.id == var for m in ast.walk(n)):
            return n
        if isinstance(n, ast.Compare) and any(isinstance(m, ast.Name) and m.id == var for m in ast.walk(n)):
            return n
    return None


def _reads_negative(statement, var):
    return not isinstance(statement, (ast.FunctionDef, ast.For, ast.While, ast.If, ast.With)) and \
        _negative_part(statement, var) is not None
