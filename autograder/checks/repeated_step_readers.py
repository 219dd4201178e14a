"""A training loop that takes its update step twice in one pass: the step line duplicated.

Stochastic (or full-batch) gradient descent takes exactly one step per sample (per epoch): a loop body
that calls the step function twice, both calls run on every pass (neither under an ``if``), moves the
parameters twice. With the same gradients, two steps of a linear update are one step at twice the rate,
so the losses look like those of a doubled learning rate: only the source tells the two apart. The
reader runs only once a check of the training has failed, and reads the student's parsed source.

Loaded with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import ast

from autograder.grading.function_source import calls, function, statement_line

TWICE = (
    "Your {function} calls {step} twice in one pass of its loop, line {first} (`{first_line}`) and line {second} "
    "(`{second_line}`), so the parameters take two steps where the spec takes one.{same} Keep a single {step} "
    "call per {unit} and delete the other."
)
ONE_LINE = (
    "Your {function} calls {step} twice on one line, line {lineno} (`{line}`), on every pass of its loop, so the "
    "parameters take two steps where the spec takes one.{same} Keep a single {step} call per {unit}."
)
SAME = (" Both steps use the same gradients, and two steps of -learn_rate * grads are one step of twice the "
        "learn_rate: that is why your losses are those of training at 2 times the learn_rate given.")


def _unconditional(body):
    """The statements of ``body`` that run on every pass: nested ``with`` and ``try`` bodies included,
    ``if`` branches and inner loops left out."""
    for statement in body:
        if isinstance(statement, ast.With):
            yield from _unconditional(statement.body)
        elif isinstance(statement, ast.Try):
            yield from _unconditional(statement.body)
        elif not isinstance(statement, (ast.If, ast.For, ast.While, ast.FunctionDef, ast.ClassDef)):
            yield statement


def twice_hint(student, module, qualname, step, unit) -> str | None:
    """TWICE where a loop of ``qualname`` in the student's ``module`` calls ``step`` (its last dotted name, so
    sgd_step or self.step) in two statements that both run on every pass; None otherwise, or on any error."""
    try:
        source, node = function(student, module, qualname)
        if node is None:
            return None
        for loop in ast.walk(node):
            if not isinstance(loop, (ast.For, ast.While)):
                continue
            found = [(s, c) for s in _unconditional(loop.body) for c, _, _ in calls(s, {step})]
            if len(found) >= 2:
                (s1, c1), (s2, c2) = found[:2]
                same = SAME if ast.dump(c1) == ast.dump(c2) else ""
                if s1 is s2:
                    return ONE_LINE.format(function=qualname, step=step, line=statement_line(source, s1), lineno=s1.lineno, unit=unit,
                                           same=same)
                return TWICE.format(function=qualname, step=step, first=s1.lineno, second=s2.lineno, unit=unit, same=same,
                                    first_line=statement_line(source, s1), second_line=statement_line(source, s2))
        return None
    except Exception:
        return None
