"""Hints of the mlp checks the twentieth held-out corpus asked for, each confirmed on the student's own answers and
source before it is said: a fit that assigns a new value to one of its own arguments (y = self.predict(X)) inside
its epoch loop, so later epochs train on something else; and a step that updates only some of the parameters (the
update line dedented out of the for loop runs once, for the last name; a return inside the loop stops after the
first). Loaded by the mlp checks with ``load_sibling``; every reader runs only once a check has failed, and never
raises."""

import ast

import numpy as np

from autograder.grading.function_source import function, return_in_loop, statement_line

PARAMS = ("W1", "b1", "W2", "b2")


def _close(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-6, atol=1e-10))


REBOUND = (
    "Your fit assigns a new value to its argument {name} inside the epoch loop (`{line}`): from that line on, {name} "
    "no longer holds the {what} fit was given, so every later epoch's loss and step use that new value in their "
    "place (your first recorded loss is right, the later ones drift off). Leave fit's arguments X and y as they "
    "came: give the new value a name of its own (predictions = self.predict(X)), or drop the line."
)
WHAT = {0: "inputs", 1: "targets"}


def _loops(node):
    return [sub for sub in ast.walk(node) if isinstance(sub, (ast.For, ast.While))]


def rebound_hint(student, recorded, expected):
    """REBOUND where fit's source assigns to its X or y parameter inside a loop (from something other than a plain
    conversion of the same name) and the first recorded loss is right while the losses are not."""
    try:
        recorded, expected = np.asarray(recorded, dtype=float), np.asarray(expected, dtype=float)
        if recorded.shape != expected.shape or recorded.size < 2 or not _close(recorded[:1], expected[:1]) \
                or _close(recorded, expected):
            return None
        source, node = function(student, "mlp", "MLP.fit")
        if node is None:
            return None
        given = [a.arg for a in node.args.args[1:3]]  # X, y (as the student named them)
        for loop in _loops(node):
            for stmt in (s for body in (loop.body, loop.orelse) for top in body for s in ast.walk(top)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
                for target in targets:
                    for name in (n.id for n in ast.walk(target) if isinstance(n, ast.Name) and n.id in given):
                        value = ast.unparse(stmt.value) if stmt.value is not None else ""
                        plain = name in {n.id for n in ast.walk(stmt.value) if isinstance(n, ast.Name)} and "self." not in value
                        if not plain:
                            return REBOUND.format(name=name, line=statement_line(source, stmt).split("\n")[0].strip(),
                                                  what=WHAT[given.index(name)])
    except Exception:  # noqa: BLE001 - a reading never raises
        return None
    return None


ONLY_SOME = (
    "After step, only {moved} moved by lr * grad; {kept} kept {their} old values. {cause} Every parameter must be "
    "updated at each step: {fix}"
)
INDENT = ("the line that subtracts lr * grads[name] belongs inside the for loop over the names, indented under it, so it "
          "runs once for each of them.")
NO_RETURN = "take the return out of the loop (step returns nothing), so that the loop runs through all four names."
DEDENTED = ("Your update line `{line}` sits after the for loop, at the loop's own level, not inside it: it runs once, "
            "when the loop is over, with the loop's last name ({last}).")
RETURNED = "Your step returns inside the for loop (`{line}`), so the loop stops after its first name."
NO_CAUSE = ("Look for an update that runs only once: a line dedented out of the loop, a return or break inside it, "
            "or a loop over fewer names than the four.")


def _after_loop(source, node):
    """The first statement after a for loop in one of ``node``'s blocks that uses the loop's variable."""
    for owner in ast.walk(node):
        body = getattr(owner, "body", None)
        for index, stmt in enumerate(body if isinstance(body, list) else ()):
            if isinstance(stmt, ast.For):
                looped = {n.id for n in ast.walk(stmt.target) if isinstance(n, ast.Name)}
                for later in body[index + 1:]:
                    if looped & {n.id for n in ast.walk(later) if isinstance(n, ast.Name)}:
                        return statement_line(source, later).split("\n")[0].strip()
    return None


def only_some_hint(student, params, grads, replies, read, lr):
    """ONLY_SOME where, after one step, some parameters are exactly params - lr * grads and the others are exactly as
    they were (at least one of each); the cause named where the source shows it."""
    try:
        after = replies[read]
        moved = [n for n in PARAMS if _close(after[n], params[n] - lr * np.asarray(grads[n], dtype=float))]
        kept = [n for n in PARAMS if _close(after[n], params[n])]
        if not moved or not kept or len(moved) + len(kept) != len(PARAMS) or set(moved) & set(kept):
            return None
        source, node = function(student, "mlp", "MLP.step")
        cause, fix = NO_CAUSE, INDENT
        if node is not None and moved == [PARAMS[-1]] and (line := _after_loop(source, node)):
            cause = DEDENTED.format(line=line, last=PARAMS[-1])
        elif node is not None and moved == [PARAMS[0]] and (found := return_in_loop(source, node)):
            cause, fix = RETURNED.format(line=(found[0] if isinstance(found, tuple) else str(found)).split("\n")[0].strip()), NO_RETURN
        return ONLY_SOME.format(moved=" and ".join(moved), kept=", ".join(kept), their="its" if len(kept) == 1 else "their",
                                cause=cause, fix=fix)
    except Exception:  # noqa: BLE001
        return None
