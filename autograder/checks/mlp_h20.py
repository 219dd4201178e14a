"""Hints of the mlp checks the twentieth held-out corpus asked for, each confirmed on the student's own answers and
source before it is said: a fit that assigns a new value to one of its own arguments (y = self.predict(X)) inside
its epoch loop, so later epochs train on something else; and a step that updates only some of the parameters (the
update line dedented out of the for loop runs once, for the last name; a return inside the loop stops after the
first). Loaded by the mlp checks with ``load_sibling``; every reader runs only once a check has failed, and never
raises."""

import ast

import numpy as np

from autograder.grading.value_hints import same_values
from autograder.grading.function_source import function, return_in_loop, statement_line

PARAMS = ("W1", "b1", "W2", "b2")


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
        if recorded.shape != expected.shape or recorded.size < 2 or not same_values(recorded[:1], expected[:1]) \
                or same_values(recorded, expected):
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
        moved = [n for n in PARAMS if same_values(after[n], params[n] - lr * np.asarray(grads[n], dtype=float))]
        kept = [n for n in PARAMS if same_values(after[n], params[n])]
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


STEP_UNDER_IF = (
    "Your fit takes a step only in the epochs where `{test}` holds: `{line}` is indented under that if, so in every "
    "other epoch the network does not learn (your recorded losses stay the same from one epoch to the next). Only "
    "the logging (the print) belongs under the if: dedent the step line to the epoch loop's own level, so that "
    "every epoch takes one step."
)


def step_under_if_hint(student, recorded, expected):
    """STEP_UNDER_IF where fit's source calls self.step (or self.backward) inside an if within its epoch loop, and the
    first recorded loss is right while two later ones in a row are equal (no step between them)."""
    try:
        recorded, expected = np.asarray(recorded, dtype=float), np.asarray(expected, dtype=float)
        if recorded.shape != expected.shape or recorded.size < 3 or not same_values(recorded[:1], expected[:1]):
            return None
        if not any(recorded[i] == recorded[i + 1] for i in range(1, recorded.size - 1)):
            return None
        source, node = function(student, "mlp", "MLP.fit")
        for loop in _loops(node) if node is not None else ():
            for branch in (s for top in loop.body for s in ast.walk(top) if isinstance(s, ast.If)):
                for sub in (s for top in branch.body for s in ast.walk(top)):
                    if isinstance(sub, ast.Call) and ast.unparse(sub.func) in ("self.step", "self.backward"):
                        stmt = next(s for s in branch.body if any(c is sub for c in ast.walk(s)))
                        return STEP_UNDER_IF.format(test=f"if {ast.unparse(branch.test)}:",
                                                    line=statement_line(source, stmt).split("\n")[0].strip())
    except Exception:  # noqa: BLE001
        return None
    return None


def fit_hint(student, recorded, expected):
    """A reading of fit's loop: an argument rebound in it, or its step under an if."""
    return rebound_hint(student, recorded, expected) or step_under_if_hint(student, recorded, expected)


UNCALLED = (
    "`{code}` uses {method} without its call parentheses: written so, it is the method itself (a function object), "
    "not the {what} it would give, and NumPy cannot compute with a method (hence the {raised}). Call it, "
    "{method}(){alt}."
)
METHODS = {"transpose": ("transposed matrix", ", or write .T"), "T": None, "ravel": ("flat array", ""),
           "flatten": ("flat array", ""), "copy": ("copy", ""), "sum": ("sum", ""), "mean": ("mean", ""),
           "reshape": ("reshaped array", ""), "max": ("maximum", ""), "min": ("minimum", "")}


def uncalled_method_hint(student, exc):
    """UNCALLED where the line that raised (the innermost frame's) has an arithmetic operand that is an attribute named
    like an array method (.transpose, .sum, ...) and not called."""
    try:
        from autograder.grading.tracebacks import code_of_last_line

        if exc.raised not in ("ValueError", "TypeError"):
            return None
        code = code_of_last_line(exc.detail)
        tree = None
        for text in (code.rstrip(":") + ("\n    pass" if code.endswith(":") else ""), "{" + code.rstrip(",") + "}",
                     "(" + code.rstrip(",") + ")"):  # a line of its own, a dict's entry, an argument
            try:
                tree = ast.parse(text)
                break
            except SyntaxError:
                continue
        for sub in ast.walk(tree) if tree is not None else ():
            if isinstance(sub, ast.BinOp):
                for side in (sub.left, sub.right):
                    if isinstance(side, ast.Attribute) and METHODS.get(side.attr):
                        what, alt = METHODS[side.attr]
                        method = ast.unparse(side)
                        alt = f"{alt} ({ast.unparse(side.value)}.T)" if alt else ""
                        return UNCALLED.format(code=code, method=method, what=what, raised=exc.raised, alt=alt)
    except Exception:  # noqa: BLE001
        return None
    return None


LITERAL_ATTRIBUTE = (
    "`{code}` asks self for an attribute literally called '{attr}', not for the one whose name the variable {attr} "
    "holds ('W1', 'b1', ...): self.{attr} never looks inside the variable, hence \"no attribute '{attr}'\". To "
    "reach an attribute by a name kept in a variable, use getattr(self, {attr}) to read it (and change that array in "
    "place, getattr(self, {attr})[...] -= ...), or setattr(self, {attr}, new_value) to replace it."
)


def literal_attribute_hint(student, exc):
    """LITERAL_ATTRIBUTE where an AttributeError names an attribute 'x' of the object, and the line that raised reads
    self.x in an MLP method where x is also a local name (a loop variable, a parameter, an assigned name)."""
    try:
        import re

        from autograder.grading.tracebacks import code_of_last_line

        if exc.raised != "AttributeError":
            return None
        found = re.search(r"has no attribute '(\w+)'", exc.raised_message or "")
        code = code_of_last_line(exc.detail)
        if not found or f"self.{found.group(1)}" not in code:
            return None
        attr = found.group(1)
        for method in ("step", "fit", "forward", "backward", "loss", "predict", "__init__"):
            _, node = function(student, "mlp", f"MLP.{method}")
            if node is None or f"self.{attr}" not in ast.unparse(node):
                continue
            local = {a.arg for a in node.args.args} | {n.id for n in ast.walk(node)
                                                       if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
            if attr in local:
                return LITERAL_ATTRIBUTE.format(code=code, attr=attr)
    except Exception:  # noqa: BLE001
        return None
    return None


APPEND_LOST = (
    "Your fit calls `{line}` on a line of its own, but np.{func} does not change the array it is given: unlike a "
    "list's .append, it returns a new, longer array, and your line throws that away, so the losses array stays as it "
    "began{empty}. Keep the result, writing the array's name and = in front of that call, or collect the losses in a Python list with "
    ".append and return np.array(that_list)."
)


def thrown_away_hint(student):
    """APPEND_LOST where fit's source calls np.append (or concatenate, hstack, insert) as a statement of its own."""
    try:
        source, node = function(student, "mlp", "MLP.fit")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Expr) and isinstance(sub.value, ast.Call) and isinstance(sub.value.func, ast.Attribute) \
                    and ast.unparse(sub.value.func.value) in ("np", "numpy") \
                    and sub.value.func.attr in ("append", "concatenate", "hstack", "insert", "r_"):
                return APPEND_LOST.format(line=statement_line(source, sub).split("\n")[0].strip(), func=sub.value.func.attr,
                                          empty=" (empty, if it began as np.array([]))")
    except Exception:  # noqa: BLE001
        return None
    return None
