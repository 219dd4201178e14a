"""Readings of the activations' wrong answers that the seventeenth held-out corpus showed: a leaky_relu that
multiplies by z once too often (positive inputs squared), one that takes the smaller of alpha and z where it
means alpha times z, and a table of slopes indexed with a boolean mask (z > 0) read off the student's own
lines, said only where the check already failed with a wrong shape or an error of boolean indexing. Said in
words, never as a solution's code line.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import ast
from contextlib import contextmanager

import numpy as np

from autograder.grading import function_source as source
from autograder.grading.compare import CheckFailed, Misconception, fail_with
from autograder.sandbox.session import StudentError

LEAKY_SQUARED = (
    "Your leaky_relu multiplies by z once too often: positive inputs come out squared, z * z (0.7 gives 0.49, 3 "
    "gives 9), while the negative side is right. It happens when a choice between z and alpha is multiplied by "
    "z afterwards: the choice already holds z on the positive side. Multiply by z once only: either "
    "choose between the factors 1 and alpha and multiply that by z, or choose between z and alpha * z and leave "
    "it at that."
)
LEAKY_ALL_TIMES_Z = (
    "Every value of your leaky_relu is multiplied by z once too often: z * z on the positive side and alpha * z * z "
    "on the negative one. The values already hold z (z, or alpha * z): do not multiply them by z again."
)
LEAKY_MINIMUM = (
    "Your negative side is the smaller of alpha and z (np.minimum(alpha, z), or min(alpha, z)), where leaky ReLU "
    "has alpha times z: np.minimum compares its two arguments and keeps the smaller, it does not multiply. So "
    "negative inputs keep their whole value (-2 stays -2, a slope of 1, not alpha), and positive ones gain "
    "alpha on top. The negative part is alpha multiplied by the smaller of z and 0."
)
MASK_TABLE = (
    "In your {name}, `{line}` (line {lineno}) looks values up in the table {table} with the boolean mask "
    "{mask} as the index. A mask of True/False is not read as the positions 0 and 1: it selects the table's "
    "entries where the mask is True, and the mask must be as long as the table. So a number gives an array of "
    "the wrong shape, and an array of another length than the table raises IndexError. Turn the mask into "
    "whole numbers first, {mask_int}, to use it as an index, or compare and convert it to floats directly."
)
MASK_SELECTS = (
    "In your {name}, `{line}` (line {lineno}) indexes with the boolean mask {mask}: that selects the entries where "
    "the mask is True and gives a shorter 1-D array of them (the others are dropped), not a result of z's shape. "
    "An element-wise function keeps every entry: choose each value with np.where(mask, a, b), or compute on the "
    "whole of z."
)
LEAKY_CAPPED = (
    "For alpha = {alpha:g} your leaky_relu uses the slope 1 where z <= 0 (it gives z itself there, where the "
    "spec's is alpha * z), while for the small alphas 0.1 and 0.02 it used alpha: it caps alpha at 1, as if a "
    "leaky slope had to be a small fraction. The spec's leaky_relu takes any alpha, greater than 1 too: use "
    "alpha as it is given, and drop whatever limits it (a min(alpha, 1.0), np.clip or a test of alpha)."
)
SHAPE_WORDS = ("expected shape", "boolean index", "too many indices", "shape mismatch")


def leaky_mistakes(z, alpha):
    """leaky_relu with a factor z too many (on the positive side or everywhere), or with np.minimum(alpha, z) in
    place of alpha times the negative part, added to max(z, 0)."""
    z = np.asarray(z, dtype=float)
    right = np.where(z > 0, z, alpha * z)
    return [Misconception(LEAKY_SQUARED, np.where(z > 0, z * z, alpha * z)),
            Misconception(LEAKY_ALL_TIMES_Z, right * z),
            Misconception(LEAKY_MINIMUM, np.maximum(z, 0.0) + np.minimum(alpha, z)),
            *([Misconception(LEAKY_CAPPED.format(alpha=alpha), z)] if alpha > 1 else [])]  # the small alphas passed


def _is_table(node):
    """A literal table of values: [0.0, 1.0], (0, 1), or np.array([...]) of one."""
    if isinstance(node, (ast.List, ast.Tuple)):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("array", "asarray") \
        and len(node.args) == 1 and isinstance(node.args[0], (ast.List, ast.Tuple))


def _is_mask(node):
    """A comparison (z > 0) or a comparison's negation, as an index: a boolean mask."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Invert, ast.Not)):
        node = node.operand
    return isinstance(node, ast.Compare)


def _tables(node):
    """Names assigned a literal table in ``node``: slopes = np.array([0.0, 1.0])."""
    return {t.id for sub in ast.walk(node) if isinstance(sub, ast.Assign) and _is_table(sub.value)
            for t in sub.targets if isinstance(t, ast.Name)}


def mask_index(text, node):
    """The first load ``table[mask]`` in ``node`` whose index is a comparison: (kind, line text, line number, table
    text, mask text), kind "table" when the indexed value is a literal table, else "selects"; or None."""
    tables = _tables(node) if node is not None else set()
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Subscript) and isinstance(sub.ctx, ast.Load) and _is_mask(sub.slice):
            line = (ast.get_source_segment(text, sub) or "").strip().splitlines()
            table = ast.get_source_segment(text, sub.value) or "the table"
            mask = ast.get_source_segment(text, sub.slice) or "z > 0"
            table_like = _is_table(sub.value) or (isinstance(sub.value, ast.Name) and sub.value.id in tables)
            return ("table" if table_like else "selects"), (line[0] if line else ""), sub.lineno, table, mask
    return None


def mask_hint(student, name):
    """MASK_TABLE or MASK_SELECTS for ``name``'s own lines, when they index with a boolean mask; else None."""
    text, node = source.function(student, "activations", name)
    found = mask_index(text, node)
    if found is None:
        return None
    kind, line, lineno, table, mask = found
    if kind == "table":
        return MASK_TABLE.format(name=name, line=line, lineno=lineno, table=table, mask=mask,
                                 mask_int=f"({mask}).astype(int)")
    return MASK_SELECTS.format(name=name, line=line, lineno=lineno, mask=mask)


@contextmanager
def mask_indexed(student, name):
    """A failure of ``name``'s check about a shape (or an IndexError of boolean indexing) said with mask_hint when
    ``name``'s own lines index with a boolean mask; any other failure goes on as it is."""
    try:
        yield
    except CheckFailed as failed:
        if not any(words in failed.message for words in SHAPE_WORDS) or (hint := mask_hint(student, name)) is None:
            raise
        raise CheckFailed(failed.message, hint=hint, detail=getattr(failed, "detail", "")) from None
    except StudentError as exc:
        said = exc.raised_message or ""
        if exc.raised != "IndexError" or not any(words in said for words in SHAPE_WORDS) or \
                (hint := mask_hint(student, name)) is None:
            raise
        fail_with(exc, hint)
