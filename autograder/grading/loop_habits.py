"""Habits of loops, totals and classes that change answers without an error (read with ``source_habits``, so once
a check has failed):

- a ``return`` (or ``break``) straight in a loop's body, under no ``if``: the loop never gets past its first pass;
- a total built in a loop and then set back (``total = 0``) before anything reads it, or set back at the top of
  every pass of a loop and read only after it: what the loop added up is lost, or only the last pass is kept;
- ``range(len(a) - 1)`` or ``range(1, len(a))`` over the items ``a[i]``, when nothing else reads the one item
  left out (``a[-1]``, ``a[0]``) nor a neighbour (``a[i + 1]``, ``a[i - 1]``): one item is never visited;
- a total started once before a loop, added to in an inner loop and read in every pass (``losses.append(total)``)
  but never started again: each pass reads the sum of all the passes so far;
- in a class: an attribute written and never read, spelt almost like one the class reads (``self.wieghts``
  beside ``self.weights``), a new attribute rather than the one meant; a value stored on the class itself
  (``MLP.W1 = ...`` in a method), which every object then shares.

Pure: a parsed function (or class) in, findings ``(line, node, words)`` out.
"""

from __future__ import annotations

import ast
import difflib

from .function_source import as_written, names_of, new_container, position, reads

LIKELY = " This is likely why the check fails; fix it first, then read the check's numbers again."
NEW_ARRAYS = frozenset({"zeros", "ones", "empty", "full", "array", "zeros_like", "ones_like", "list", "dict"})


def loop_habits(function) -> list:
    """The loop and total habits of one function."""
    return _one_pass_loops(function) + _totals_set_back(function) + _one_item_short(function) + \
        _totals_never_restarted(function)


def class_habits(cls: ast.ClassDef) -> list:
    """The attribute habits of one class."""
    return _misspelt_attributes(cls) + _stored_on_the_class(cls)


def _one_pass_loops(function):
    """A ``return`` or ``break`` that is a statement of a loop's own body (under no ``if`` or ``try``)."""
    for loop in (n for n in ast.walk(function) if isinstance(n, (ast.For, ast.While))):
        ender = next((s for s in loop.body if isinstance(s, (ast.Return, ast.Break))), None)
        if ender is None:
            continue
        head = f"for {as_written(loop.target)} in {ast.unparse(loop.iter)}" if isinstance(loop, ast.For) \
            else f"while {ast.unparse(loop.test)}"
        what = "returns" if isinstance(ender, ast.Return) else "leaves the loop"
        fix = ("Move the return after the loop (one indent to the left), so that it runs once every pass is done"
               if isinstance(ender, ast.Return) else "Drop the break, or put it under the if that should end the loop")
        return [(ender.lineno, ender, (
            f"sits in the body of `{head}` under no if, so {function.name} {what} during the loop's first pass: "
            f"every pass after the first never runs. {fix}." + LIKELY))]
    return []


def _set_to_start(statement, name: str) -> bool:
    """Whether ``statement`` is ``name = 0`` (a number, or a new empty list, array...): a total's start."""
    if not (isinstance(statement, ast.Assign) and names_of(statement) == {name} and len(statement.targets) == 1):
        return False
    value = statement.value
    return (isinstance(value, ast.Constant) and isinstance(value.value, (int, float)) and not isinstance(value.value, bool)) \
        or new_container(value) or (isinstance(value, ast.Call) and ast.unparse(value.func).split(".")[-1] in NEW_ARRAYS)


def _grows(loop, name: str) -> bool:
    """Whether ``loop`` adds to ``name``: ``name += ...``, ``name = name + ...`` or ``name.append(...)``."""
    for node in ast.walk(loop):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return True
        if isinstance(node, ast.Assign) and names_of(node) == {name} and isinstance(node.value, ast.BinOp) \
                and reads(node.value, name):
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("append", "extend") \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == name:
            return True
    return False


def _read_apart_from_growing(nodes, name: str) -> bool:
    """Whether something in ``nodes`` reads ``name`` other than to add to it."""
    for node in nodes:
        for sub in ast.walk(node):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name) and sub.target.id == name:
                if reads(sub.value, name):
                    return True
                continue
            if isinstance(sub, ast.Assign) and names_of(sub) == {name}:
                continue  # its own update: judged by what reads the total, not by this
            if isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Load) \
                    and not _in_own_update(node, sub, name):
                return True
    return False


def _in_own_update(root, name_node, name: str) -> bool:
    """Whether ``name_node`` (a read of ``name``) is part of an update of ``name`` itself within ``root``."""
    for sub in ast.walk(root):
        if isinstance(sub, ast.Assign) and names_of(sub) == {name} and any(n is name_node for n in ast.walk(sub.value)):
            return True
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.value is name_node \
                and sub.func.attr in ("append", "extend"):
            return True
    return False


def _totals_set_back(function):
    """A total a loop built and set back to its start before anything reads it; or set back at the top of every
    pass of a loop and read only after the loop (each pass starts it again, so the loop's last pass alone is kept)."""
    blocks = [getattr(n, field) for n in ast.walk(function) for field in ("body", "orelse")
              if isinstance(getattr(n, field, None), list)]
    for block in blocks:
        for k, loop in enumerate(block):
            if not isinstance(loop, (ast.For, ast.While)):
                continue
            for later_k in range(k + 1, len(block)):
                statement = block[later_k]
                names = [name for name in names_of(statement) if _set_to_start(statement, name)] \
                    if isinstance(statement, ast.Assign) else []
                for name in names:
                    between = block[k + 1:later_k]
                    if _grows(loop, name) and not _read_apart_from_growing(between, name) \
                            and any(_set_to_start(s, name) for s in block[:k]):
                        return [(statement.lineno, statement, (
                            f"sets {name} back to its start after the loop of line {loop.lineno} added to it, and "
                            f"nothing read {name} in between: all that loop added up is lost. Read (or return) "
                            f"{name} before starting it again, or give the second total a name of its own." + LIKELY))]
            starts = [s for s in loop.body[:1] if isinstance(s, ast.Assign)]
            for start in starts:
                for name in (n for n in names_of(start) if _set_to_start(start, n)):
                    rest = loop.body[1:]
                    if _grows(ast.Module(body=rest, type_ignores=[]), name) and not _read_apart_from_growing(rest, name) \
                            and _read_apart_from_growing(block[k + 1:], name):
                        return [(start.lineno, start, (
                            f"starts {name} again at the top of every pass of the loop of line {loop.lineno}, and "
                            f"only after the loop is {name} read: it then holds what the last pass added, not the "
                            f"whole loop's. Start {name} once, before the loop." + LIKELY))]
    return []


def _one_item_short(function):
    """``for i in range(len(a) - 1)`` or ``range(1, len(a))`` over ``a[i]`` (a loop, or a comprehension such as
    ``sum(a[i] * b[i] for i in range(len(a) - 1))``), with the item left out read nowhere."""
    statements = [n for n in ast.walk(function) if isinstance(n, ast.stmt)]
    loops = [(n, n) for n in ast.walk(function) if isinstance(n, ast.For)]
    loops += [(g, next(s for s in reversed(statements) if any(m is g for m in ast.walk(s))))
              for n in ast.walk(function) if isinstance(n, (ast.GeneratorExp, ast.ListComp)) for g in n.generators[:1]]
    for loop, statement in loops:
        if not (isinstance(loop.target, ast.Name) and isinstance(loop.iter, ast.Call)
                and ast.unparse(loop.iter.func) == "range" and not loop.iter.keywords):
            continue
        index, args = loop.target.id, [ast.unparse(a) for a in loop.iter.args]
        sized = [a for a in args if a.startswith("len(") and a.endswith(")")]
        if args[-1:] and args[-1].startswith("len(") and args[-1].endswith(" - 1") and len(args) == 1:
            array, words = args[0][4:-5], "ends one early (off by one): {a}[len({a}) - 1], the last item"
        elif len(args) == 2 and args[0] == "1" and sized == [args[1]]:
            array, words = args[1][4:-1], "starts one late: {a}[0], the first item (Python counts from 0)"
        else:
            continue
        if not array.isidentifier() and not array.replace("self.", "", 1).isidentifier():
            continue
        read = [ast.unparse(n.slice) for n in ast.walk(function) if isinstance(n, ast.Subscript) and ast.unparse(n.value) == array]
        neighbours = {f"{index} + 1", f"{index} - 1", f"{index}+1", f"{index}-1", "-1", "0", f"len({array}) - 1"}
        if index not in read or any(r in neighbours or r.startswith(("-1", "0,", f"{index} + 1", f"{index} - 1")) for r in read):
            continue
        return [(statement.lineno, statement, (
            f"{words.format(a=array)}, is never visited, though every item of {array} counts. Loop over "
            f"range(len({array})) to visit them all." + LIKELY))]
    return []


def _totals_never_restarted(function):
    """A total started before a loop, added to in a loop inside it, and read in each of its passes after that inner
    loop (``losses.append(total)``), but never started again in the outer loop."""
    blocks = [getattr(n, field) for n in ast.walk(function) for field in ("body", "orelse")
              if isinstance(getattr(n, field, None), list)]
    for block in blocks:
        for k, outer in enumerate(block):
            if not isinstance(outer, (ast.For, ast.While)):
                continue
            for start in (s for s in block[:k] if isinstance(s, ast.Assign)):
                for name in (n for n in names_of(start) if _set_to_start(start, n)):
                    inner = [j for j, s in enumerate(outer.body) if isinstance(s, (ast.For, ast.While)) and _grows(s, name)]
                    if not inner or any(_set_to_start(s, name) for s in ast.walk(outer) if isinstance(s, ast.Assign)):
                        continue
                    after = outer.body[inner[0] + 1:]
                    reader = next((s for s in after if _read_apart_from_growing([s], name)), None)
                    if reader is None or any(_set_to_start(s, name) for s in block[k + 1:] if isinstance(s, ast.Assign)):
                        continue
                    return [(start.lineno, start, (
                        f"starts {name} once, before the loop of line {outer.lineno}, and never again: what line "
                        f"{reader.lineno} reads in each pass is the sum of every pass so far, not of this one. Start "
                        f"{name} at the top of each pass (move this line into the loop)." + LIKELY))]
    return []


def _self_attributes(cls: ast.ClassDef, context) -> dict[str, ast.AST]:
    """``self.NAME`` written (``ast.Store``) or read (``ast.Load``) in the class's methods: name -> first node."""
    found = {}
    for node in ast.walk(cls):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, context) and isinstance(node.value, ast.Name) \
                and node.value.id == "self" and not node.attr.startswith("__"):
            found.setdefault(node.attr, node)
    return found


def _misspelt_attributes(cls: ast.ClassDef):
    """An attribute written and never read in the class, spelt almost like one the class writes and reads."""
    written, read = _self_attributes(cls, ast.Store), _self_attributes(cls, ast.Load)
    for name, node in sorted(written.items(), key=lambda item: position(item[1])):
        if name in read or not 4 <= len(name) <= 40:
            continue  # (a hostile name of many thousand letters would cost the matcher seconds)
        meant = difflib.get_close_matches(name, [n for n in read if n in written and n != name and len(n) <= 40], n=1,
                                          cutoff=0.8)  # fmt: skip
        if meant and name.lower() != meant[0].lower().replace("_", "") and len(name) >= 4:
            statement = next(s for s in ast.walk(cls) if isinstance(s, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                             and any(n is node for n in ast.walk(s)))
            return [(statement.lineno, statement, (
                f"writes self.{name}, which nothing in {cls.name} reads, while its methods read self.{meant[0]} "
                f"(written on line {written[meant[0]].lineno}): a name spelt another way makes a new attribute and "
                f"leaves self.{meant[0]} as it was. Write self.{meant[0]}." + LIKELY))]
    return []


def _stored_on_the_class(cls: ast.ClassDef):
    """``ClassName.attr = ...`` (or ``type(self).attr``, ``self.__class__.attr``) inside a method of the class."""
    owners = {cls.name, "type(self)", "self.__class__"}
    for method in (n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
        for node in ast.walk(method):
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Attribute) and ast.unparse(target.value) in owners:
                        return [(node.lineno, node, (
                            f"stores {target.attr} on the class {cls.name} itself, not on the object: every "
                            f"{cls.name} shares that one value, so a second object overwrites the first one's. "
                            f"Write self.{target.attr}." + LIKELY))]
    return []
