"""Readers of the gates checks that look for one call or one assignment in the student's own functions, once a
check has failed, and say it with its line: a NumPy reduction without an axis (np.sum of a list of arrays adds up
every element into one number), a sigmoid put before the threshold (it moves where the perceptron fires from 0.5 to
0), a stacking helper that turns two numbers into an array (np.column_stack, np.hstack, ...), and an input
parameter of xor given a new value (a gate's output stored back into x1 or x2).

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks. Every reader gives None rather than
raise, and names only a construct found in the student's parsed source.
"""

import ast

import numpy as np

from autograder.grading import function_source

GATE_FUNCTIONS = ("xor", "perceptron", "threshold")
REDUCERS = {"sum", "mean", "prod", "max", "min", "amax", "amin", "average", "nansum", "median"}
NO_AXIS = (
    "Line {lineno} of your {function}, `{line}`, calls {call} without an axis: NumPy then adds up (or reduces) every "
    "element of everything it is given into one single number, so for arrays of 50 inputs your {function} returns "
    "one value (shape ()) instead of one value per element (two numbers happen to work: there is one element each). "
    "Keep the values element by element: write the sum out, {fix}, or give the axis that runs across your terms "
    "(axis=0 for a list of arrays)."
)
SIGMOID = (
    "Line {lineno} of your perceptron, `{line}`, passes the weighted sum through a sigmoid (1 / (1 + exp(-z))) "
    "before threshold. The sigmoid of z reaches 0.5 exactly when z reaches 0, so your perceptron fires at a weighted "
    "sum of 0 instead of 0.5: every answer it gave here is 1 exactly where the sum is >= 0. The perceptron of this "
    "exercise has no sigmoid (that comes in a later lesson): pass the weighted sum itself to threshold."
)
STACKERS = {"column_stack", "hstack", "vstack", "stack", "concatenate", "atleast_1d", "atleast_2d", "dstack", "row_stack"}
STACKED = (
    "Line {lineno} of your {function}, `{line}`, puts values together with np.{name}: for two numbers that makes an "
    "array (here of shape {shape}), so {function}(0, 0) returns an array instead of the int 0 or 1 (and 2-D inputs "
    "would lose their shape). There is no need to stack anything: pass the two hidden outputs straight to the "
    "second-layer perceptron, perceptron(either, not_both, AND_WEIGHTS), which works element by element on numbers "
    "and arrays alike."
)
REBOUND = (
    "Line {lineno} of your xor, `{line}`, stores a result back into {name}, the name of xor's own input: from that "
    "line on, {name} no longer holds the input, so every later line that reads {name} (`{later}`) gets that output "
    "instead of the input. Reusing the same variable name for two things is the mistake: keep the inputs as they "
    "are and give each hidden output its own name (either = ..., not_both = ...)."
)


def _function(student, name):
    return function_source.function(student, "gates", name)


def _line(source, node):
    return function_source.statement_line(source, node), node.lineno


def reduced_hint(student, got):
    """NO_AXIS where a gate gave one value (shape ()) for arrays and one of the gate functions calls a NumPy
    reduction (np.sum, np.mean, ..., or the method .sum()) with no axis on anything but a single name."""
    try:
        if np.shape(got) != ():
            return None
        for function in GATE_FUNCTIONS:
            source, node = _function(student, function)
            for call, name, owner in function_source.calls(node, REDUCERS):
                if any(k.arg in ("axis", "keepdims") for k in call.keywords):
                    continue
                numpy_call = owner in ("np", "numpy") and len(call.args) == 1
                method = isinstance(call.func, ast.Attribute) and owner not in ("np", "numpy") and not call.args
                if not (numpy_call or method):
                    continue
                line, lineno = _line(source, call)
                terms = call.args[0] if call.args else call.func.value
                fix = (" + ".join(ast.unparse(e) for e in terms.elts) if isinstance(terms, (ast.List, ast.Tuple))
                       else "with + between the terms")  # fmt: skip
                return NO_AXIS.format(lineno=lineno, function=function, line=line, fix=fix,
                                      call=f"np.{name}" if numpy_call else f".{name}()")
    except Exception:  # a reader never raises
        return None
    return None


def _has_exp(node):
    return any(True for _ in function_source.calls(node, {"exp", "expit", "sigmoid", "logistic"}))


def sigmoid_hint(student, cases, replies):
    """SIGMOID where perceptron's text calls exp (or a sigmoid) and every answer is the step at a sum of 0."""
    try:
        source, node = _function(student, "perceptron")
        if node is None or not _has_exp(node):
            return None
        at_zero = [int(w0 + w1 * x1 + w2 * x2 >= 0) for x1, x2, (w0, w1, w2) in cases]
        if [int(np.asarray(g)) for g in replies] != at_zero:
            return None
        call = next(c for c, _, _ in function_source.calls(node, {"exp", "expit", "sigmoid", "logistic"}))
        line, lineno = _line(source, call)
        return SIGMOID.format(lineno=lineno, line=line)
    except Exception:  # a reader never raises
        return None


def stacked_hint(student, got):
    """STACKED where xor (or perceptron) answered two numbers with an array and its text calls a stacking helper."""
    try:
        if not isinstance(got, np.ndarray) or got.shape == ():
            return None
        for function in ("xor", "perceptron"):
            source, node = _function(student, function)
            for call, name, _ in function_source.calls(node, STACKERS):
                line, lineno = _line(source, call)
                return STACKED.format(lineno=lineno, function=function, line=line, name=name, shape=got.shape)
    except Exception:  # a reader never raises
        return None
    return None


def _pairs(target, value):
    """(name, value) for each name a plain or tuple assignment binds."""
    if isinstance(target, ast.Name):
        return [(target.id, value)]
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts):
        return [p for t, v in zip(target.elts, value.elts) for p in _pairs(t, v)]
    return []


def _new_value(value, name, params):
    """Whether ``value`` is something else than input ``name`` itself: a gate's output or a mix with another input."""
    read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
    return bool(read & (params - {name})) or any(True for _ in function_source.calls(value, {"perceptron", "threshold", "xor"}))


def rebound_input_hint(student):
    """REBOUND where xor assigns a new value to one of its own parameters and reads that name on a later line."""
    try:
        source, node = _function(student, "xor")
        if node is None:
            return None
        params = {a.arg for a in node.args.args}
        for sub in ast.walk(node):
            if not isinstance(sub, ast.Assign):
                continue
            for target in sub.targets:
                for name, value in _pairs(target, sub.value):
                    if name not in params or not _new_value(value, name, params):
                        continue  # x1 = np.asarray(x1): the same input, converted
                    later = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == name
                             and isinstance(n.ctx, ast.Load) and n.lineno > sub.end_lineno]  # fmt: skip
                    if later:
                        line, lineno = _line(source, sub)
                        return REBOUND.format(lineno=lineno, line=line, name=name,
                                              later=function_source.statement_line(source, later[0]))
    except Exception:  # a reader never raises
        return None
    return None
