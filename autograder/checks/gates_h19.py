"""Hints of the gates checks for the classes the nineteenth blind corpus showed, each said only where the student's
own answers or code confirm it: a threshold that hands its input back unchanged, an array of dtype object (what
np.frompyfunc makes), a chained comparison with True that never fires, a threshold that never fires at all, and an
input check with `in` / `not in` that arrays cannot answer.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once a
check has failed, and gives None rather than raise on an odd answer.
"""

import ast

import numpy as np

from autograder.grading import function_source
from autograder.grading.compare import Misconception
from autograder.sandbox.session import StudentError

RETURNS_INPUT = (
    "Your threshold gives back the sums themselves, unchanged (0.5 stays 0.5, -1000 stays -1000), not 0/1 values: "
    "for an array it returns its input z where it should return the thresholded result. Look at the return of the "
    "array branch: compute the 0/1 array, (z >= 0.5).astype(int), and return that, not z."
)


def input_misconception(z):
    """A Misconception for a threshold on an array that returns the array z itself."""
    return [Misconception(RETURNS_INPUT, np.asarray(z, dtype=float))]


OBJECT_ARRAY = (
    "Your {name} returns an array of dtype object: a NumPy array that holds Python objects one by one, not an "
    "array of integers{why}. Such an array is slow, and most of NumPy treats it differently. Make an integer array "
    "instead: compare the whole array at once and convert, (z >= 0.5).astype(int), or add .astype(int) to what "
    "you return."
)
OBJECT_MAKERS = {"frompyfunc": " (np.frompyfunc always makes arrays of dtype object, whatever the function gives)",
                 "vectorize": " (np.vectorize given otypes=[object], or an object type, makes one)"}


def object_hint(student, error, names=("threshold", "perceptron", "xor")):
    """OBJECT_ARRAY where the grader could not read an answer because it was an array of dtype object, naming
    np.frompyfunc or np.vectorize where the student's function (or one it is built on) calls it."""
    try:
        if "dtype object" not in str(getattr(error, "message", "") or error):
            return None
        for name in names:
            _, node = function_source.function(student, "gates", name)
            for _, called, _ in function_source.calls(node, set(OBJECT_MAKERS)):
                return OBJECT_ARRAY.format(name=name, why=OBJECT_MAKERS[called])
        return OBJECT_ARRAY.format(name=names[0], why="")
    except Exception:  # a reader never raises
        return None


CHAINED = (
    "Your threshold compares in a chain: `{line}`. Python reads a chain of comparisons as two comparisons joined "
    "by and: ({first}) and ({second}), and {second} is always False, so the whole comparison is False for every z "
    "and threshold never fires. Comparing with True is not needed at all: z >= 0.5 is already True or False. "
    "Write int(z >= 0.5), with no == True or is True after it."
)
NEVER_FIRES = (
    "Your threshold gives 0 for every number, even for 0.50001 and 1000, so it never fires: it is not only the tie "
    "at exactly 0.5 that goes wrong. Look for a comparison that can never be true (a chain such as z >= 0.5 == "
    "True, a comparison with the wrong value) or a branch that always returns 0: threshold is 1 where z >= 0.5."
)


OPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is",
       ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}


def _chained(node):
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Compare) and len(sub.ops) > 1:
            middle = [sub.left, *sub.comparators]
            if any(isinstance(c, ast.Constant) and isinstance(c.value, bool) for c in middle[1:]):
                return sub
    return None


def numbers_hint(student, numbers, replies, hint):
    """CHAINED where threshold gave 0 where 1 belongs and its text chains a comparison with True or False; where
    it gives 0 for every number and ``hint`` would blame the tie at 0.5 alone, NEVER_FIRES instead; else ``hint``."""
    try:
        ones = [g for z, g in zip(numbers, replies) if z >= 0.5]
        never = all(isinstance(g, (int, np.integer)) and not isinstance(g, bool) and g == 0 for g in ones)
        source, node = function_source.function(student, "gates", "threshold")
        chain = _chained(node)
        if never and chain is not None:
            parts = [ast.get_source_segment(source, part) or "?" for part in (chain.left, *chain.comparators)]
            ops = [OPS.get(type(op), "?") for op in chain.ops]
            at = next(i for i, part in enumerate(chain.comparators) if isinstance(part, ast.Constant) and isinstance(part.value, bool))
            pairs = [f"{parts[i]} {ops[i]} {parts[i + 1]}" for i in range(len(ops))]
            return CHAINED.format(line=function_source.statement_line(source, chain), first=pairs[at - 1 if at else 1],
                                  second=pairs[at])
        if never and hint and "exactly z = 0.5" in hint:
            return NEVER_FIRES
    except Exception:  # a reader never raises
        pass
    return hint


MEMBERSHIP = (
    "Your {name} checks its inputs with `in`: `{line}`. A membership test such as x1 not in (0, 1) asks for one "
    "True/False, so for an array NumPy has to compare the whole array with 0 and cannot say whether that is true "
    "(the ambiguous truth value error), and a list is never equal to 0 or 1. {name} must take arrays and lists as "
    "well as numbers: drop that input check (the perceptrons work element by element on any of them); if you want "
    "to validate, check every element, np.isin(x1, (0, 1)).all()."
)


def _value_membership(node):
    """Whether ``node`` is a test such as x1 not in (0, 1): a name (not type(x)) in a literal of numbers."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn))):
        return False
    group = node.comparators[0]
    return (isinstance(node.left, ast.Name) and isinstance(group, (ast.Tuple, ast.List, ast.Set)) and bool(group.elts)
            and all(isinstance(e, ast.Constant) and isinstance(e.value, (int, float)) for e in group.elts))


def membership_hint(student, names=("xor", "perceptron", "threshold")):
    """MEMBERSHIP for the first of ``names`` whose text tests its inputs with ``in`` or ``not in`` inside an if."""
    try:
        for name in names:
            source, node = function_source.function(student, "gates", name)
            for sub in ast.walk(node) if node is not None else ():
                if isinstance(sub, (ast.If, ast.Assert, ast.IfExp)):
                    test = sub.test
                    if any(_value_membership(c) for c in ast.walk(test)):
                        return MEMBERSHIP.format(name=name, line=function_source.statement_line(source, sub))
    except Exception:  # a reader never raises
        return None
    return None


ANNOTATED = (
    "{name} is in your file as `{line}`, written with a colon: Python reads `name: value` as a type annotation, "
    "which says what the name should hold but assigns nothing, so {name} never exists when the module is imported. "
    "Assign with =: {name} = (w0, w1, w2)."
)
MAIN_ONLY = (
    "{name} is set only inside `{line}`: that block runs when the file is started as a script, never when the grader "
    "(or a notebook) imports it, so the imported module has no {name}. Move the assignment to the top level of the "
    "file, outside the if, and keep only the demo code under it."
)


def unassigned_hint(student, name):
    """ANNOTATED where the module holds ``name: value`` (an annotation with no value), MAIN_ONLY where ``name`` is
    assigned only inside an ``if __name__ == "__main__":`` block; None otherwise."""
    try:
        files = getattr(getattr(student, "session", None), "files", None) or {}
        source = files.get("gates.py")
        tree = function_source.parsed(source)
        if tree is None:
            return None
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and node.value is None and getattr(node.target, "id", None) == name:
                return ANNOTATED.format(name=name, line=function_source.statement_line(source, node))
            if isinstance(node, ast.If) and "__name__" in (ast.get_source_segment(source, node.test) or ""):
                for sub in ast.walk(node):
                    targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target] if isinstance(sub, ast.AnnAssign) else []
                    if any(getattr(t, "id", None) == name for t in targets):
                        return MAIN_ONLY.format(name=name, line=function_source.statement_line(source, node))
    except Exception:  # a reader never raises
        return None
    return None


def weights_of(student, name):
    """student.get(name), its error's hint replaced by ``unassigned_hint`` where that reads the cause."""
    try:
        return student.get(name)
    except StudentError as exc:
        exc.hint = unassigned_hint(student, name) or exc.hint
        raise


LATE_BINDING = (
    "Your xor makes its gates as lambdas in a loop (`{line}`), and a lambda looks {names} up when it is called, not "
    "when it is made: by then the loop has ended, so every one of them uses the last {names} of the loop, and all "
    "your gates are the same gate. Bind the value when the lambda is made, lambda a, b, w=weights: perceptron(a, b, "
    "w), or call perceptron directly with each gate's weights."
)


def late_binding_hint(student):
    """LATE_BINDING where xor's text makes a lambda inside a loop (or comprehension) that reads the loop's variable
    without taking it as a default argument."""
    try:
        source, node = function_source.function(student, "gates", "xor")
        for loop in ast.walk(node) if node is not None else ():
            if isinstance(loop, ast.For):
                targets, body = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}, loop.body
            elif isinstance(loop, (ast.ListComp, ast.DictComp, ast.GeneratorExp, ast.SetComp)):
                targets = {n.id for g in loop.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
                body = [loop]
            else:
                continue
            for lam in (s for part in body for s in ast.walk(part) if isinstance(s, ast.Lambda)):
                own = {a.arg for a in [*lam.args.args, *lam.args.kwonlyargs]}
                read = {n.id for n in ast.walk(lam.body) if isinstance(n, ast.Name)} & targets - own
                if read:
                    return LATE_BINDING.format(line=function_source.statement_line(source, lam),
                                               names=" and ".join(sorted(read)))
    except Exception:  # a reader never raises
        return None
    return None
