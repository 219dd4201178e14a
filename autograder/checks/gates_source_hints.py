"""Hints of the gates check of the gate weights that the module's text explains: weights written as a generator
expression (used up by their first use), two gates' names bound to one list (changing one changes both), a weight
written with floor division (// rounds 3 // 5 down to 0). Each told only where the text has it and the weights
the student's module holds show its effect.

Loaded by ``gates_form_hints.py`` and ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

from autograder.grading import function_source

GENERATOR = (
    "Your {name} is a generator, not a tuple: brackets around an expression with `for` make a generator "
    "expression, which hands out its values once and is then used up (exhausted), so the first perceptron "
    "that reads it empties it and every later use finds nothing to unpack. Make it a tuple: tuple(... for ...), "
    "or write the three numbers out, (w0, w1, w2)."
)
ALIASED = (
    "Your {name} and {other} are one and the same list: `{alias}` gives that list a second name, it makes no copy, "
    "so setting an entry of either, {other}[0] = ..., changes the other too (both hold {values} now). Give each gate weights of its "
    "own, a tuple written out, {other} = (w0, w1, w2), or a copy, list({name}), before changing it."
)
FLOORED = (
    "Your {name} has {parts} written with //, floor division, which rounds down to a whole number ({example}): "
    "that is why {name} holds {values}. Divide with /, which keeps the fraction, or write the decimal out."
)
GATES = ("AND_WEIGHTS", "OR_WEIGHTS", "NAND_WEIGHTS", "NOR_WEIGHTS")


def _tree(source):
    return function_source.parsed(source)


def generator_hint(source, name, weights):
    """GENERATOR when ``weights`` came back as a generator object (``source``: the module's text, unused: the
    kind of the value says it all)."""
    return GENERATOR.format(name=name) if getattr(weights, "type_name", None) == "generator" else None


def aliased_hint(source, name, weights, values):
    """ALIASED when the module's text binds ``name`` and another gate's name to each other (``A = B`` at the top
    level), ``name`` holds a list and the other gate's weights (``values``: name -> weights read) are the same."""
    tree = _tree(source)
    if tree is None or not isinstance(weights, list):
        return None
    for statement in tree.body:
        if (isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)
                and isinstance(statement.value, ast.Name)):  # fmt: skip
            pair = {statement.targets[0].id, statement.value.id}
            if name in pair and pair <= set(GATES) and len(pair) == 2:
                other = (pair - {name}).pop()
                if list(values.get(other) or ()) == list(weights) and _items_set(tree, pair):
                    return ALIASED.format(name=name, other=other, alias=ast.get_source_segment(source, statement),
                                          values=list(weights))
    return None


def _items_set(tree, names):
    """Whether the module's top level (a loop there included) sets an entry of one of ``names`` (``A[0] = ...`` or ``A[0] += ...``)."""
    statements = [n for top in tree.body if not isinstance(top, (ast.FunctionDef, ast.ClassDef)) for n in ast.walk(top)]
    targets = [t for s in statements if isinstance(s, (ast.Assign, ast.AugAssign)) for t in getattr(s, "targets", [getattr(s, "target", None)])]
    return any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in names for t in targets)


def _value(node, floor=True):
    """The number a node of plain numbers and + - * / // gives (// as / when not ``floor``); None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _value(node.operand, floor)
        return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
    if isinstance(node, ast.BinOp):
        left, right = _value(node.left, floor), _value(node.right, floor)
        if left is None or right is None or (isinstance(node.op, (ast.Div, ast.FloorDiv)) and right == 0):
            return None
        ops = {ast.Add: lambda: left + right, ast.Sub: lambda: left - right, ast.Mult: lambda: left * right,
               ast.Div: lambda: left / right, ast.FloorDiv: (lambda: left // right) if floor else (lambda: left / right)}
        return ops[type(node.op)]() if type(node.op) in ops else None
    return None


def floored_hint(source, name, weights):
    """FLOORED when the module's text writes ``name`` as a tuple or list literal whose entries use // and that //
    changes their value, and those are the values ``weights`` holds."""
    tree = _tree(source)
    node = None
    for statement in tree.body if tree is not None else []:
        if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in statement.targets):
            node = statement.value
    if not isinstance(node, (ast.Tuple, ast.List)):
        return None
    floored = [e for e in node.elts if any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.FloorDiv) for n in ast.walk(e))]
    changed = [e for e in floored if _value(e) is not None and _value(e, floor=False) is not None and _value(e) != _value(e, floor=False)]
    if not changed or [_value(e) for e in node.elts] != [float(w) for w in weights]:
        return None
    parts = ", ".join(ast.get_source_segment(source, e) or "" for e in changed)
    example = f"{ast.get_source_segment(source, changed[0])} is {_value(changed[0])}, where / gives {_value(changed[0], floor=False):g}"
    return FLOORED.format(name=name, parts=parts, example=example, values=list(weights))
