"""Hints of the perceptron checks read from the student's own class, each said only where the answers already
fit it (fit raised, its weights are wrong, predict raised or fires at the wrong sums): the weights set on the
class, enumerate counting from 1, np.append taken for +, an attribute named like a method, labels kept unsigned
(np.uint8), a label read from the wrong end of a stacked row, the samples reordered without their labels,
np.clip as predict's step, and a fit that changes its own settings (self.epochs counted down).

Loaded by ``test_perceptron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import function_source
from autograder.sandbox.session import StudentError

ON_CLASS = (
    "Your {method} sets {cls}.{attr}, an attribute of the class, where the perceptron's own self.{attr} belongs: "
    "`{line}`. Each perceptron still has its own self.{attr} (None, from __init__), which hides the class attribute, "
    "so the rule reads None. Write self.{attr} = ... instead of {cls}.{attr} = ...."
)
ENUMERATE_FROM = (
    "Your fit counts the samples with `{line}`, which numbers them from {start}, not 0: y[i] then reads the next "
    "sample's label (one position off), and the last sample's number is one past the end of y (hence the "
    "IndexError). Count from 0, enumerate(X), or walk the pairs with zip(X, y)."
)
APPEND = (
    "np.append does not add: it joins arrays end to end, so `{line}` makes the weights longer (2 weights become 4) "
    "instead of changing their values, and the next weighted sum fails because the lengths no longer match. Add "
    "element by element: self.weights = self.weights + update * x_i (or self.weights += update * x_i)."
)
SHADOWED = (
    "Your {where} sets self.{name} (`{line}`), an attribute with the same name as the method {name}: on the "
    "perceptron the attribute shadows (hides) the method, so p.{name}(X) finds the {kind} and calling it raises "
    "TypeError: '{kind}' object is not callable. Give the attribute another name (self.{name}_seen, say)."
)
UNSIGNED = (
    "Your fit keeps the labels as unsigned integers (`{line}`): an unsigned type cannot hold a negative number, so "
    "when a label 0 is predicted 1, y_i - prediction is not -1 but wraps round (overflows) to 255, and the weights "
    "jump far the wrong way. Keep the labels as floats (dtype=float), which hold -1 as they hold 0 and 1."
)
FRONT = (
    "Your fit joins X and y with `{stack}`, which puts the label in the last column, but reads the label from the "
    "front of each row (`{line}`): it trains on the first feature as the label and on the other features plus the "
    "label as the inputs. Read the label from the end: x_i, y_i = row[:-1], row[-1]."
)
REORDERED = (
    "Your fit reorders the samples (`{line}`) but leaves y in its old order, so each sample is now paired with "
    "another sample's label and the rule learns from wrong pairs. Reorder X and y with the same index, "
    "order = ...; X, y = X[order], y[order], or simply visit the samples in the order given."
)
def _class(student):
    """(source, ClassDef) of the student's Perceptron, or (None, None)."""
    source, node = function_source.function(student, "perceptron", "Perceptron.fit")
    tree = function_source.parsed(source) if source else None
    found = next((n for n in reversed(tree.body) if isinstance(n, ast.ClassDef) and n.name == "Perceptron"), None) if tree else None
    return (source, found) if found is not None else (None, None)


def _methods(cls):
    return [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _targets(sub):
    if isinstance(sub, ast.Assign):
        return [t for target in sub.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
    return [sub.target] if isinstance(sub, (ast.AugAssign, ast.AnnAssign)) else []


def _is_self(node, attr=None):
    return (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"
            and (attr is None or node.attr == attr))  # fmt: skip


def class_attribute_hint(student):
    """ON_CLASS where a method of the class assigns weights or bias on the class itself (Perceptron.weights = ...)."""
    source, cls = _class(student)
    for method in _methods(cls) if cls is not None else ():
        for sub in ast.walk(method):
            for t in _targets(sub):
                if (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in (cls.name, "cls")
                        and t.attr in ("weights", "bias")) or (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Attribute)
                                                               and t.value.attr == "__class__" and t.attr in ("weights", "bias")):  # fmt: skip
                    return ON_CLASS.format(method=method.name, cls=cls.name, attr=t.attr, line=function_source.statement_line(source, sub))
    return None


def _fit(student):
    return function_source.function(student, "perceptron", "Perceptron.fit")


def enumerate_hint(student, exc=None):
    """ENUMERATE_FROM where fit numbers its samples with enumerate(..., start) from another number than 0 (said on
    an IndexError, or on wrong weights)."""
    if exc is not None and getattr(exc, "raised", None) != "IndexError":
        return None
    source, node = _fit(student)
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "enumerate":
            start = sub.args[1] if len(sub.args) > 1 else next((k.value for k in sub.keywords if k.arg == "start"), None)
            if isinstance(start, ast.Constant) and isinstance(start.value, int) and start.value != 0:
                return ENUMERATE_FROM.format(line=function_source.statement_line(source, sub), start=start.value)
    return None


def append_hint(student):
    """APPEND where fit sets its weights with np.append (the weights grow where they should change)."""
    source, node = _fit(student)
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Assign) and any(_is_self(t, "weights") for t in sub.targets) and any(
                isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "append"
                and isinstance(c.func.value, ast.Name) and c.func.value.id in ("np", "numpy") for c in ast.walk(sub.value)):  # fmt: skip
            return APPEND.format(line=function_source.statement_line(source, sub))
    return None


def fit_error_hint(student, exc):
    """The hint for a fit that raised ``exc`` when its own text shows why; None otherwise."""
    if not getattr(exc, "raised", None):
        return None
    return class_attribute_hint(student) or enumerate_hint(student, exc) or append_hint(student)


def shadow_hint(student, exc):
    """SHADOWED where calling a method raised "... object is not callable" and a method of the class assigns an
    attribute of the same name as one of the class's methods."""
    message = getattr(exc, "raised_message", "") or ""
    if getattr(exc, "raised", None) != "TypeError" or "object is not callable" not in message:
        return None
    source, cls = _class(student)
    names = {m.name for m in _methods(cls)} if cls is not None else set()
    for method in _methods(cls) if cls is not None else ():
        for sub in ast.walk(method):
            for t in _targets(sub):
                if _is_self(t) and t.attr in names - {"__init__"}:
                    kind = message.split("'")[1] if message.count("'") >= 2 else "value"
                    return SHADOWED.format(where="__init__" if method.name == "__init__" else method.name, name=t.attr,
                                           line=function_source.statement_line(source, sub), kind=kind)
    return None


def _mentions_unsigned(node) -> bool:
    return any((isinstance(n, ast.Attribute) and n.attr.startswith("uint")) or (isinstance(n, ast.Constant)
               and isinstance(n.value, str) and n.value.startswith("uint")) for n in ast.walk(node))  # fmt: skip


def _names_y(node) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "y" for n in ast.walk(node))


def weights_hint(student):
    """The hint for wrong weights after fit when fit's own text shows why: labels made unsigned, a label read
    from the front of a row that has it at the end, the samples reordered without their labels; None otherwise."""
    source, node = _fit(student)
    if node is None:
        return None
    statements = [s for s in ast.walk(node) if isinstance(s, (ast.Assign, ast.AugAssign))]
    for s in statements:
        if _mentions_unsigned(s.value) and _names_y(s.value):
            return UNSIGNED.format(line=function_source.statement_line(source, s))
    return _front_hint(source, node) or _reordered_hint(source, node, statements) or class_attribute_hint(student)


STACKERS = ("column_stack", "hstack", "c_", "concatenate")


def _front_hint(source, node):
    stack = next((s for s in ast.walk(node) if isinstance(s, (ast.Call, ast.Subscript)) and any(
        isinstance(n, ast.Attribute) and n.attr in STACKERS for n in [getattr(s, "func", None), getattr(s, "value", None)])
        and _names_y(s)), None)  # fmt: skip
    if stack is None:
        return None
    for s in ast.walk(node):
        if isinstance(s, ast.Subscript) and isinstance(s.value, ast.Name) and isinstance(s.slice, ast.Constant) and s.slice.value == 0:
            holders = [a for a in ast.walk(node) if isinstance(a, ast.Assign) and any(n is s for n in ast.walk(a.value))]
            if holders and any(isinstance(n, ast.Name) and n.id.startswith("y") for a in holders for t in a.targets for n in ast.walk(t)):
                return FRONT.format(stack=ast.get_source_segment(source, stack) or function_source.statement_line(source, stack), line=function_source.statement_line(source, holders[0]))
    return None


def _reordered_hint(source, node, statements):
    """REORDERED where fit rebinds X to X indexed by something (X = X[order]) or shuffles X in place, and never
    does the same to y."""
    def indexed(s, name):
        return (isinstance(s, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in s.targets)
                and isinstance(s.value, ast.Subscript) and isinstance(s.value.value, ast.Name) and s.value.value.id == name
                and not isinstance(s.value.slice, (ast.Slice, ast.Constant)))  # fmt: skip

    def shuffled(name):
        return next((c for c in ast.walk(node) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                     and c.func.attr == "shuffle" and c.args and isinstance(c.args[0], ast.Name) and c.args[0].id == name), None)  # fmt: skip
    moved = next((s for s in statements if indexed(s, "X")), None) or shuffled("X")
    if moved is None or any(indexed(s, "y") for s in statements) or shuffled("y"):
        return None
    return REORDERED.format(line=function_source.statement_line(source, moved))


def clip_hint(student, got, X, weights, bias):
    """CLIP where predict's labels are what clipping the sums into [0, 1] and cutting them to int gives, and the
    student's predict calls clip."""
    cut = np.clip(X @ weights + bias, 0, 1).astype(int)
    try:
        if not np.array_equal(np.asarray(got, dtype=float), cut):
            return None
    except (TypeError, ValueError):
        return None
    return load_sibling(__file__, "gates_h17").clip_hint(
        student, "predict", "perceptron", "Perceptron.predict", fix="(z >= 0).astype(int) on the sums z")


SETTINGS_CHANGED = (
    "Your fit changes the perceptron's settings: after its fits, Perceptron(lr=0.1, epochs=3) holds {changed}. "
    "fit reads lr and epochs and leaves them as they were; counting self.epochs down (self.epochs -= 1) uses "
    "the setting up, so a second fit on the same perceptron trains fewer epochs, or none. Count with a "
    "variable of fit's own, for _ in range(self.epochs), and never assign to self.lr or self.epochs in fit."
)


def settings_hint(replies, settings):
    """SETTINGS_CHANGED where lr or epochs no longer hold the values the perceptron was made with; else None."""
    try:
        held = replies[settings]
        changed = [f"{name} = {held[name]!r}" for name, made in (("lr", 0.1), ("epochs", 3))
                   if not (isinstance(held[name], (int, float)) and held[name] == made)]
    except (StudentError, KeyError, TypeError):
        return None
    return SETTINGS_CHANGED.format(changed=" and ".join(changed)) if changed else None
