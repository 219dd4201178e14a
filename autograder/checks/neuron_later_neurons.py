"""A hint of the layer_output check for a layer whose first neuron is right on every case and whose later neurons
are not: the first neuron used up or replaced what the others read. Two causes are told apart, each confirmed on
the student's own source and on every case's numbers: the inputs made a one-pass iterator (map, filter, iter, zip,
a generator expression) that the first neuron's pass empties, so every later neuron gives just its bias; and the
inputs' name assigned again inside the loop over the neurons, so each later neuron reads what the one before it
left there (the previous neuron's products, when the numbers say so). Asked only after the check failed. Said in
words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.grading import function_source as source

ONE_PASS = (
    "Only your first neuron is right: every later neuron gives just its own bias, as if it found no inputs at "
    "all. `{line}` (line {lineno}) makes {name} a one-pass iterator ({kind} hands out its items once and is then "
    "empty), so the first neuron's pass over it uses it up and the later neurons' sums start and end at 0. Make "
    "a list instead, which can be read again for every neuron: {name} = [float(x) for x in {name}] (or "
    "list(...) around it)."
)
REBOUND = (
    "Only your first neuron is right: inside the loop over the neurons, `{line}` (line {lineno}) assigns a new "
    "value to {name}, the layer's inputs, so every later neuron reads {what} instead of the inputs the layer was "
    "given. Each neuron needs the same inputs: keep {name} as it is, and store what you compute under another "
    "name (products = [...], total = ...)."
)
PRODUCTS = "the previous neuron's products (its inputs times its weights)"
LEFT_OVER = "what the neuron before it left there"
ITERATORS = {"map": "a map", "filter": "a filter", "iter": "an iterator", "zip": "a zip", "reversed": "reversed()"}


def later_neurons_hint(student, cases, replies):
    """ONE_PASS or REBOUND, confirmed on the source and on every case; None otherwise."""
    try:
        answers = []
        for index, (inputs, weights, biases, _) in enumerate(cases):
            got = list(replies[index][0])
            if len(got) != len(biases):
                return None
            answers.append([float(v) for v in got])
        right = [[sum(x * w for x, w in zip(inputs, row)) + b for row, b in zip(weights, biases)]
                 for inputs, weights, biases, _ in cases]
        if not all(np.isclose(got[0], want[0], rtol=1e-7, atol=1e-9) for got, want in zip(answers, right)):
            return None
        if all(np.allclose(got, want, rtol=1e-7, atol=1e-9) for got, want in zip(answers, right)):
            return None
        text, node = source.function(student, "neuron", "layer_output")
        if node is None or not node.args.args:
            return None
        name = node.args.args[0].arg
        bias_only = all(np.allclose(got[1:], biases[1:], rtol=1e-7, atol=1e-9)
                        for got, (_, _, biases, _) in zip(answers, cases))
        if bias_only and (made := _one_pass(node, name)) is not None:
            statement, kind = made
            return ONE_PASS.format(line=source.statement_line(text, statement), lineno=statement.lineno, name=name,
                                   kind=kind)
        if (statement := _rebound_in_loop(node, name)) is not None:
            what = PRODUCTS if all(np.allclose(got, _products_fed(inputs, weights, biases), rtol=1e-7, atol=1e-9)
                                   for got, (inputs, weights, biases, _) in zip(answers, cases)) else LEFT_OVER
            return REBOUND.format(line=source.statement_line(text, statement), lineno=statement.lineno, name=name,
                                  what=what)
        return None
    except Exception:
        return None


def _products_fed(inputs, weights, biases):
    replayed, seen = [], list(inputs)
    for row, b in zip(weights, biases):
        products = [x * w for x, w in zip(seen, row)]
        replayed.append(sum(products) + b)
        seen = products
    return replayed


def _assigns(statement, name):
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    return any(isinstance(t, ast.Name) and t.id == name for t in targets)


def _one_pass(node, name):
    """(statement, kind in words) of the one assignment of a one-pass iterator to ``name``, or None."""
    found = []
    for statement in ast.walk(node):
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None and _assigns(statement, name):
            value = statement.value
            if isinstance(value, ast.GeneratorExp):
                found.append((statement, "a generator expression"))
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ITERATORS:
                found.append((statement, ITERATORS[value.func.id]))
    return found[0] if len(found) == 1 else None


def _rebound_in_loop(node, name):
    """The one statement inside a for or while loop of ``node`` that assigns ``name`` again, or None."""
    found = []
    for loop in ast.walk(node):
        if not isinstance(loop, (ast.For, ast.While)):
            continue
        for statement in ast.walk(loop):
            if isinstance(statement, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and _assigns(statement, name):
                found.append(statement)
    found = list({id(s): s for s in found}.values())
    return found[0] if len(found) == 1 else None
