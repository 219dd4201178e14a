"""Habits that show in the student's text and make a function depend on more than its arguments, or hide what
went wrong, whatever the exercise (read by ``source_slips.findings``, so once a check has failed):

- an error caught and hidden: ``try: ... except: return 0`` (or ``pass``, ``continue``, a stand-in value), so
  the check sees the stand-in and never the error that explains it;
- a default argument that is a list or a dict and that the function changes (``def f(x, seen=[])``): Python makes
  it once, so every call shares it;
- a list or a dict written in a class's body and changed through ``self`` (``losses = []`` under ``class MLP``):
  one list for every network of the class;
- the learning rate (or another setting) changed inside a loop (``lr *= 0.9``): the course trains at one rate;
- a random draw outside the constructor, or a random generator made without the seed: the course's functions
  are deterministic, and only ``MLP(..., seed=...)`` draws, from ``np.random.default_rng(seed)``;
- ``x is 1`` (identity, not equality), and ``a = b = np.zeros(n)`` (two names for one array);
- a parameter never read, or replaced before anything reads it (``x = DATA[0]``): every function of the course
  reads each of its parameters, so one left unread is a number or a name standing where it belongs;
- a ``break`` in a loop inside another loop (the samples of one pass, the inputs of one neuron): every one of them
  counts in this course, and ``break`` drops the rest of them;
- an update that nothing reads: ``p = p - lr * g`` (or ``b += 1`` on a copy or a number) as the last word on a
  local name, so the new value is lost when the function ends or the loop's next pass binds the name afresh;
- and those of ``loop_habits``: loops that lose passes or items, totals started again where they should go on
  (or never), attributes written under a misspelt name or on the class.

Pure: a parsed function (or class) in, findings ``(line, node, words)`` out.
"""

from __future__ import annotations

import ast
import difflib

from .function_source import IN_PLACE_METHODS, MOST_NODES, as_written, names_of, new_container, nodes_in, position, reads
from .loop_habits import LIKELY, NEW_ARRAYS, class_habits, loop_habits

STAND_IN = "the check sees the stand-in"  # what a hidden error's words say: the answers the check read are not the code's
SETTINGS = frozenset({"lr", "learning_rate", "rate", "eta", "alpha"})  # epochs may count down in a while loop
RANDOM_DRAWS = frozenset({"shuffle", "permutation", "rand", "randn", "random", "choice", "uniform", "normal",
                          "randint", "integers", "standard_normal", "random_sample"})


def habits(top) -> list:
    """The habits of a top-level function or class ``top``: ``[(line, node, words), ...]``. Some readings compare
    every store of a name with every read, so a function past MOST_NODES is left unread: the grader's time is not
    the student's to spend."""
    found = []
    functions = [n for n in ast.walk(top) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for function in functions:
        if nodes_in(function) > MOST_NODES:
            continue
        own = _hidden_errors(function) + _shared_defaults(function) + _settings_changed(function)
        own += _random_draws(function) + _identity_tests(function) + _one_array_two_names(function)
        own += _inner_breaks(function) + _lost_updates(function) + loop_habits(function)
        found += own or _ignored_parameters(function)  # an unread seed beside a generator made without it: one story
    if isinstance(top, ast.ClassDef):
        found += _shared_class_lists(top) + class_habits(top)
    return found


def _stand_in(handler: ast.ExceptHandler) -> str | None:
    """What a handler hands back in place of the error: "pass", "continue", "return 0.0"... or None when it
    does something with the error (raises, logs and re-raises, computes another way)."""
    body = [s for s in handler.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if not body:
        return "pass"
    last = body[-1]
    if len(body) == 1 and isinstance(last, (ast.Pass, ast.Continue, ast.Break)):
        return type(last).__name__.lower()
    if len(body) == 1 and isinstance(last, ast.Return) and (
            last.value is None or isinstance(last.value, ast.Constant)
            or (isinstance(last.value, (ast.List, ast.Tuple, ast.Dict)) and not getattr(last.value, "elts", True))):  # fmt: skip
        return ast.unparse(last)
    return None


def _hidden_errors(function):
    for node in ast.walk(function):
        if isinstance(node, ast.Try):
            for handler in node.handlers:
                stand_in = _stand_in(handler)
                caught = ast.unparse(handler.type) if handler.type is not None else "every error"
                if stand_in is not None:
                    return [(handler.lineno, handler, (
                        f"catches {caught} and carries on with `{stand_in}`: whatever goes wrong in the try block is "
                        f"hidden, and {STAND_IN} instead of the error that explains it. Take the "
                        "try/except out, run the check again and read the error it shows." + LIKELY))]
    return []


def _shared_defaults(function):
    arguments = function.args
    defaults = list(zip(arguments.args[len(arguments.args) - len(arguments.defaults):], arguments.defaults))
    defaults += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults) if d is not None]
    for argument, default in defaults:
        if not new_container(default):
            continue
        if _changed(function, lambda target: isinstance(target, ast.Name) and target.id == argument.arg):
            return [(default.lineno, default, (
                f"gives {argument.arg} a default of {ast.unparse(default)}, which Python makes once, when the def "
                f"runs: every call that changes it changes the same one, so each call sees what the earlier ones "
                f"left. Default to None and make a new one inside: if {argument.arg} is None: "
                f"{argument.arg} = {ast.unparse(default) if not isinstance(default, ast.Call) else default.func.id + '()'}."
                + LIKELY))]
    return []


def _changed(scope, is_target) -> bool:
    """Whether ``scope`` changes in place (a changing method, item assignment, +=) a value ``is_target`` picks."""
    for node in ast.walk(scope):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in IN_PLACE_METHODS \
                and is_target(node.func.value):  # fmt: skip
            return True
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) else []
        if any((isinstance(t, ast.Subscript) and is_target(t.value)) or (isinstance(node, ast.AugAssign) and is_target(t))
               for t in targets):  # fmt: skip
            return True
    return False


def _shared_class_lists(cls: ast.ClassDef):
    for statement in cls.body:
        if not (isinstance(statement, ast.Assign) and isinstance(statement.value, (ast.List, ast.Dict))):
            continue
        for target in (t for t in statement.targets if isinstance(t, ast.Name)):
            def through_self(node, name=target.id):
                return isinstance(node, ast.Attribute) and node.attr == name and isinstance(node.value, ast.Name) \
                    and node.value.id == "self"  # fmt: skip
            if _changed(cls, through_self):
                return [(statement.lineno, statement, (
                    f"makes {target.id} in the class's body, so every {cls.name} shares that one "
                    f"{type(statement.value).__name__.lower()}: what one object adds through self.{target.id}, "
                    f"every other sees (a second network starts with the first one's). Make it in __init__ instead: "
                    f"self.{target.id} = {ast.unparse(statement.value)}." + LIKELY))]
    return []


def _setting_name(target) -> str | None:
    if isinstance(target, ast.Name) and target.id in SETTINGS:
        return target.id
    if isinstance(target, ast.Attribute) and target.attr in SETTINGS and isinstance(target.value, ast.Name):
        return ast.unparse(target)
    return None


def _settings_changed(function):
    for loop in (n for n in ast.walk(function) if isinstance(n, (ast.For, ast.While))):
        for node in (n for statement in loop.body for n in ast.walk(statement)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) else []
            for name in filter(None, map(_setting_name, targets)):
                return [(node.lineno, node, (
                    f"changes {name} inside a loop, so later passes use another value than the one given: the "
                    f"course keeps each setting as it was passed in (one learning rate for the whole training, "
                    f"say). Read {name}; do not assign to it." + LIKELY))]
    return []


def _random_draws(function):
    in_constructor = function.name == "__init__"
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = ast.unparse(node.func.value)
        if owner in ("np.random", "numpy.random", "random") and node.func.attr == "default_rng" and not node.args \
                and not node.keywords:  # fmt: skip
            return [(node.lineno, node, (
                "makes a random generator without a seed: it draws other numbers on every run, so two networks "
                "built with the same seed differ. Give it the seed: np.random.default_rng(seed)." + LIKELY))]
        if owner in ("np.random", "numpy.random", "random") and node.func.attr in RANDOM_DRAWS and not in_constructor:
            return [(node.lineno, node, (
                f"draws at random ({owner}.{node.func.attr}) in {function.name}: the course's functions give the "
                "same answer to the same question every time, and visit the samples in the order they are "
                "given. Leave out the random draw." + LIKELY))]
    return []


def _identity_tests(function):
    for node in ast.walk(function):
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
            others = [node.left, *node.comparators]
            if any(isinstance(o, ast.Constant) and isinstance(o.value, (int, float, str)) and not isinstance(o.value, bool)
                   for o in others):  # fmt: skip
                return [(node.lineno, node, (
                    "uses `is` to compare with a number or a string: `is` asks whether two names are the very same "
                    "object, and 1.0, np.int64(1) or a computed 1 are not the object 1. Compare values with == "
                    "(or != for `is not`)." + LIKELY))]
    return []


def _one_array_two_names(function):
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) > 1 and isinstance(node.value, ast.Call):
            func = node.value.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in NEW_ARRAYS:
                names = " and ".join(ast.unparse(t) for t in node.targets)
                return [(node.lineno, node, (
                    f"gives {names} one and the same new {name}(...): a change made through one name (+=, or an "
                    "entry set) shows through the other. Make each its own: one assignment per name." + LIKELY))]
    return []


def _parameters(function) -> list[str]:
    arguments = function.args
    return [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)
            if a.arg not in ("self", "cls") and not a.arg.startswith("_")]


def _ignored_parameters(function):
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if not body or all(isinstance(s, (ast.Pass, ast.Raise)) for s in body):
        return []  # a stub: nothing written yet
    for name in _parameters(function):
        if not any(reads(statement, name) and not _converts(statement, name) for statement in body):
            converted = " beyond converting it" if any(_converts(statement, name) for statement in body) else ""
            return [(function.lineno, function, (
                f"never uses its parameter {name}{converted}: whatever {name} the caller passes, {function.name} answers the "
                f"same (a fixed number, or another name, stands where {name} belongs). Use the {name} it is given."
                + LIKELY))]
        first = next((s for s in body if reads(s, name) or any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(s))), None)
        if isinstance(first, ast.Assign) and not reads(first.value, name) and any(
                isinstance(t, ast.Name) and t.id == name for t in first.targets):  # fmt: skip
            return [(first.lineno, first, (
                f"replaces the parameter {name} before anything reads it, so {function.name} answers the same "
                f"whatever {name} the caller passes. Use the {name} it is given: give the new value another name, "
                "or delete the line." + LIKELY))]
    return []


def _inner_breaks(function):
    for outer in (n for n in ast.walk(function) if isinstance(n, (ast.For, ast.While))):
        for inner in (n for statement in outer.body for n in ast.walk(statement) if isinstance(n, ast.For)):
            own = [n for statement in inner.body for n in _outside_loops(statement)]
            found = next((n for n in own if isinstance(n, ast.Break)), None)
            if found is not None:
                return [(found.lineno, found, (
                    f"ends the inner loop (`for {as_written(inner.target)} in {ast.unparse(inner.iter)}`) there: the "
                    "rest of its items are never visited in that pass, though each of them counts. To skip only "
                    "this one, write continue; to visit them all, drop the break." + LIKELY))]
    return []


def _outside_loops(node):
    """``node`` and what it holds, without going into loops (or functions) nested in it."""
    yield node
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.For, ast.While, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield from _outside_loops(child)


def module_habits(tree: ast.Module) -> list:
    """A list or dict made at the module's level and changed by a function or class of it: ``[(line, node, words,
    where)]``, ``where`` the top-level function or class that changes it (what a failing check must have asked)."""
    found = []
    if nodes_in(tree) > 20 * MOST_NODES:
        return found
    made = [(t.id, node) for node in tree.body if isinstance(node, ast.Assign) and new_container(node.value)
            for t in node.targets if isinstance(t, ast.Name)]  # fmt: skip
    for name, node in made:
        for top in (n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))):
            if _changed(top, lambda target, name=name: isinstance(target, ast.Name) and target.id == name):
                found.append((node.lineno, node, (
                    f"makes one {type(node.value).__name__.lower() if not isinstance(node.value, ast.Call) else node.value.func.id} "
                    f"for the whole module, and {top.name} changes it: it lives as long as the module, so every call "
                    f"sees what the earlier ones left in {name}. Make it inside the function, afresh on every call "
                    "(or keep it on the object, self.something, made in __init__)." + LIKELY), top.name))
    return found


COPIES = frozenset({"copy", "array", "list", "float", "int", "deepcopy", "astype"})


def _lost_updates(function):
    """The first update of a local name (``x = x ...``, or ``x op= ...`` on a name bound to a copy or a number)
    that nothing reads afterwards: not later in the function, nor on the loop's next pass before the name is
    bound afresh."""
    loops = [n for n in ast.walk(function) if isinstance(n, (ast.For, ast.While))]
    stores = [n for n in ast.walk(function) if isinstance(n, (ast.Assign, ast.AugAssign))
              and len(getattr(n, "targets", [None])) == 1 and isinstance(getattr(n, "target", None) or n.targets[0], ast.Name)]
    loads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
    for store in sorted(stores, key=position):
        name = (store.target if isinstance(store, ast.AugAssign) else store.targets[0]).id
        if isinstance(store, ast.Assign) and (not reads(store.value, name) or _converts(store, name)):
            continue  # not an update of the name (a conversion left unread is an unread parameter's story)
        if isinstance(store, ast.AugAssign) and not _bound_to_a_copy(stores, store, name):
            continue  # += on an array changes it in place, which the caller may see: no update lost
        end = (store.end_lineno, store.end_col_offset)
        if any(n.id == name and position(n) > end for n in loads):
            continue
        if any(s is not store and position(s) > end and names_of(s) == {name} for s in stores):
            continue  # stored again later: that later store is the one judged
        loop = next((lp for lp in reversed(loops) if any(n is store for n in ast.walk(lp))), None)
        if loop is not None and not _bound_afresh(loop, name) and not _feeds_only_itself(loop, stores, name, loads):
            continue  # the next pass reads the new value, and uses it for more than its own update
        return [(store.lineno, store, (
            f"gives {name} a new value that nothing reads afterwards: {name} is a local name, so the update is lost "
            f"{'when the next pass binds ' + name + ' afresh' if loop is not None else 'when the function ends'}. "
            f"Update what the result must hold (self's attribute, the dict entry, the list) or return {name}."
            + LIKELY))]
    return []


def _bound_to_a_copy(stores, update, name) -> bool:
    earlier = [s for s in stores if isinstance(s, ast.Assign) and names_of(s) == {name} and position(s) < position(update)]
    if not earlier:
        return False
    value = earlier[-1].value
    if isinstance(value, ast.Constant) and isinstance(value.value, (int, float)):
        return True
    func = value.func if isinstance(value, ast.Call) else None
    called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return called in COPIES


def _bound_afresh(loop, name) -> bool:
    """Whether the loop's body binds ``name`` anew (without reading it) before anything of the body reads it."""
    for statement in loop.body:
        mentions = [n for n in ast.walk(statement) if isinstance(n, ast.Name) and n.id == name]
        if not mentions:
            continue
        return isinstance(statement, ast.Assign) and names_of(statement) == {name} and not reads(statement.value, name)
    return False


def _feeds_only_itself(loop, stores, name, loads) -> bool:
    """Whether every read of ``name`` in ``loop`` is part of an update of ``name`` itself, and nothing after the
    loop reads it: a total that grows and is never used."""
    updates = [s for s in stores if names_of(s) == {name}]
    inside = [n for n in loads if n.id == name and any(n is m for m in ast.walk(loop))]
    if any(n.id == name and position(n) > (loop.end_lineno, loop.end_col_offset) for n in loads):
        return False
    return all(any(n is m for s in updates for m in ast.walk(s)) for n in inside)


def _converts(statement, name: str) -> bool:
    """Whether ``statement`` only converts ``name`` into itself (``y = np.asarray(y, dtype=float)``): a read that
    uses nothing of it yet."""
    return isinstance(statement, ast.Assign) and [ast.unparse(t) for t in statement.targets] == [name] \
        and isinstance(statement.value, ast.Call) and any(isinstance(a, ast.Name) and a.id == name for a in statement.value.args) \
        and (ast.unparse(statement.value.func).split(".")[-1] in COPIES | {"asarray", "atleast_1d", "atleast_2d", "ravel"})

