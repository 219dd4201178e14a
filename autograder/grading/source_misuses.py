"""Calls and names used in a way that cannot do what they seem to, read from the student's text (by
``source_slips.findings``, so only once a check has failed), whatever the exercise:

- ``np.clip(x, 500, -500)``: the bounds given as numbers, the lower one larger than the upper one (NumPy does
  not check them, and every value comes out as the second bound);
- ``np.clip(total, -5, 5)`` before a sigmoid or a tanh: bounds as tight as that change every answer past them;
- an iterator (``zip``, ``map``, ``filter``, ``enumerate``, ``reversed``, a generator) kept under a name and
  gone through twice: the first pass uses it up, the second finds it empty;
- a method named and not called (``[self.h1.feedforward(x), self.h2.feedforward]``): a bound method, not an answer;
- ``prev = n`` at the top of a loop's body, before ``prev`` is read: from then on ``prev`` is the current item;
- a total started at the first item's term and a loop that adds every item's term from the first: the first
  counts twice;
- a running mean kept as ``mean = (mean + x) / (i + 1)``: the earlier mean is divided again at every pass;
- ``np.size([a, b])``: the size of a list that holds both inputs;
- ``np.mean(..., where=...)``: a mean over the places where the condition holds, divided by their count;
- ``if np.array_equal(a, b): return 0``: a shortcut that skips the rest of the function (its checks, its type
  and shape);
- ``x + [1]`` on a parameter: for a list it appends, for a NumPy array it adds 1 to every element.

Pure: a parsed function in, findings ``(line, node, words)`` out; a reading that fails finds nothing.
"""

from __future__ import annotations

import ast

from .loop_habits import LIKELY

ITERATORS = frozenset({"zip", "map", "filter", "enumerate", "reversed", "iter"})
SQUASHERS = frozenset({"sigmoid", "_sigmoid", "tanh", "exp", "logistic"})


def misuses(function) -> list:
    """The misuses in ``function`` (a FunctionDef): ``[(line, node, words), ...]``, node the statement."""
    found = []
    for reader in (_swapped_clips, _tight_clips, _iterators_reused, _methods_not_called, _previous_too_early,
                   _first_counted_twice, _running_means, _sizes_of_both, _means_where, _equal_shortcuts,
                   _list_added):
        try:
            found += reader(function)
        except Exception:  # noqa: BLE001 - a reading that fails says nothing
            continue
    return found


def _statements(function):
    """Every statement of ``function`` with the nodes inside it that are not in a nested statement."""
    for node in ast.walk(function):
        if isinstance(node, ast.stmt) and not isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            yield node


def _own_nodes(statement):
    """The nodes of ``statement`` outside the statements nested in it."""
    todo = [c for c in ast.iter_child_nodes(statement) if not isinstance(c, ast.stmt)]
    while todo:
        node = todo.pop()
        yield node
        todo += [c for c in ast.iter_child_nodes(node) if not isinstance(c, ast.stmt)]


def _call_name(call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _number(node):
    """The number ``node`` writes (``5``, ``-5.0``), or None."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _number(node.operand)
        return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    return None


def _clip_bounds(call):
    """(x, low, high) of ``np.clip(x, low, high)`` or ``x.clip(low, high)``, as written; None for another call."""
    if not (isinstance(call, ast.Call) and _call_name(call) == "clip"):
        return None
    words = {k.arg: k.value for k in call.keywords}
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) and call.func.value.id in ("np", "numpy"):
        args = list(call.args) + [words.get("a_min", words.get("min")), words.get("a_max", words.get("max"))][len(call.args) - 1:]
        return tuple(args[:3]) if len(args) >= 3 else None
    args = [call.func.value, *call.args] if isinstance(call.func, ast.Attribute) else []
    args += [words.get("min"), words.get("max")][len(args) - 1:] if args else []
    return tuple(args[:3]) if len(args) >= 3 else None


def _swapped_clips(function):
    for statement in _statements(function):
        for node in _own_nodes(statement):
            bounds = _clip_bounds(node)
            if bounds is None:
                continue
            low, high = _number(bounds[1]), _number(bounds[2])
            if low is not None and high is not None and low > high:
                return [(statement.lineno, statement, (
                    f"calls np.clip with its bounds the wrong way round ({low:g}, then {high:g}): np.clip(x, a_min, a_max) takes the lower "
                    f"bound first and the upper bound second. NumPy does not check them, and with a_min ({low:g}) "
                    f"larger than a_max ({high:g}) every value comes out as {high:g}, whatever the input. Swap them: "
                    f"the smaller number first." + LIKELY))]
    return []


def _tight_clips(function):
    for statement in _statements(function):
        for node in _own_nodes(statement):
            if not (isinstance(node, ast.Call) and _call_name(node) in SQUASHERS and node.args):
                continue
            inner, where = node.args[0], statement
            if isinstance(inner, ast.Name):  # the clipped value kept under a name first
                where = next((s for s in _statements(function) if isinstance(s, ast.Assign)
                              and [ast.unparse(t) for t in s.targets] == [inner.id]
                              and _clip_bounds(s.value) is not None), statement)
                inner = where.value if where is not statement else inner
            bounds = _clip_bounds(inner)
            if bounds is None:
                continue
            low, high = _number(bounds[1]), _number(bounds[2])
            if low is None or high is None or not 0 < max(abs(low), abs(high)) <= 10:
                continue
            clip, squash = ast.unparse(inner), _call_name(node)
            return [(where.lineno, where, (
                f"clips the value it passes to {squash} to the range [{low:g}, {high:g}] ({clip}): bounds that "
                f"tight change every answer past them, since any value beyond {high:g} comes out as {squash}({high:g}), "
                f"where {squash} still tells such values apart ({squash}({2 * high:g}) is not {squash}({high:g})). np.exp overflows "
                f"only past about 709 (np.tanh never does), so leave the value as it is, or clip at -500 and 500, "
                f"which changes nothing float64 can show." + LIKELY))]
    return []


def _is_iterator(value) -> bool:
    return isinstance(value, ast.GeneratorExp) or (
        isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ITERATORS)


def _iterators_reused(function):
    made = {}
    for statement in _statements(function):
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
            if _is_iterator(statement.value):
                made[statement.targets[0].id] = statement
    for name, statement in made.items():
        stores = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)]
        if len(stores) != 1:
            continue  # made again somewhere: not one iterator
        iters = [n for n in ast.walk(function) if isinstance(n, (ast.For, ast.comprehension))
                 and isinstance(n.iter, ast.Name) and n.iter.id == name]
        iters += [n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                  and n.func.id in ("sum", "list", "tuple", "dict", "set", "max", "min", "sorted", "len")
                  and n.args and isinstance(n.args[0], ast.Name) and n.args[0].id == name]
        if len(iters) >= 2:
            kind = _call_name(statement.value) if isinstance(statement.value, ast.Call) else "generator"
            made_as = f"a {kind}" if kind != "generator" else "a generator"
            return [(statement.lineno, statement, (
                f"keeps {made_as} under the name {name} and goes through it more than once. {name} is an "
                f"iterator: it hands out its items once, so the first pass over it uses it up and every later one "
                f"finds it empty (a sum over it gives 0, a loop over it never runs). Make it a list, {name} = "
                f"list({ast.unparse(statement.value)}), or write the {kind} afresh where each pass needs it." + LIKELY))]
    return []


def _methods_not_called(function, methods=None):
    methods = methods if methods is not None else {"feedforward", "forward", "predict", "backward"}
    for statement in _statements(function):
        called = {id(n.func) for n in _own_nodes(statement) if isinstance(n, ast.Call)}
        for node in _own_nodes(statement):
            if not (isinstance(node, (ast.List, ast.Tuple, ast.BinOp))):
                continue
            parts = node.elts if isinstance(node, (ast.List, ast.Tuple)) else [node.left, node.right]
            for part in parts:
                if (isinstance(part, ast.Attribute) and part.attr in methods and id(part) not in called
                        and isinstance(part.value, (ast.Attribute, ast.Name)) and ast.unparse(part.value) != "self"):
                    code = ast.unparse(part)
                    return [(statement.lineno, statement, (
                        f"names the method {code} without calling it: with no parentheses, {code} is the method "
                        f"itself (a bound method), not the answer it gives, so what follows gets a method where a "
                        f"number belongs. Call it with its argument, {code}(...), as the other calls on the line "
                        f"do." + LIKELY))]
    return []


def _previous_too_early(function):
    for loop in (n for n in ast.walk(function) if isinstance(n, ast.For) and isinstance(n.target, ast.Name)):
        item = loop.target.id
        for index, statement in enumerate(loop.body):
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Name)
                    and statement.value.id == item):
                continue
            name = statement.targets[0].id
            before = [s for s in ast.walk(function) if isinstance(s, ast.Assign) and s.lineno < loop.lineno
                      and any(isinstance(t, ast.Name) and t.id == name for t in s.targets)]
            read_first = any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
                             for s in loop.body[:index] for n in ast.walk(s))
            read_after = any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
                             for s in loop.body[index + 1:] for n in ast.walk(s))
            if before and read_after and not read_first:
                return [(statement.lineno, statement, (
                    f"sets {name} = {item} before anything in the loop's body reads {name}, so when it is read "
                    f"{name} is already the current {item}, not the previous one: the value it was given before "
                    f"the loop (and at the end of each earlier pass) is overwritten too early. Update {name} = "
                    f"{item} at the end of the loop's body, after its use." + LIKELY))]
    return []


def _loop_items(loop):
    """{loop name: the text of the first item it stands for} for ``for x, w in zip(a, b)``, ``for x in a`` and
    ``for i in range(len(a))`` (i stands for 0); None for a loop that does not start at the first item."""
    target, source = loop.target, loop.iter
    if isinstance(source, ast.Name) and isinstance(target, ast.Name):
        return {target.id: f"{source.id}[0]"}
    if isinstance(source, ast.Call) and isinstance(source.func, ast.Name):
        if source.func.id == "zip" and isinstance(target, ast.Tuple) and len(target.elts) == len(source.args) \
                and all(isinstance(a, ast.Name) for a in source.args) and all(isinstance(t, ast.Name) for t in target.elts):
            return {t.id: f"{a.id}[0]" for t, a in zip(target.elts, source.args)}
        if source.func.id == "range" and isinstance(target, ast.Name) and len(source.args) == 1:
            return {target.id: "0"}
    return None


def _first_counted_twice(function):
    for block in (getattr(n, "body", None) for n in ast.walk(function)):
        if not isinstance(block, list):
            continue
        for start, loop in zip(block, block[1:]):
            if not (isinstance(loop, ast.For) and isinstance(start, ast.Assign) and len(start.targets) == 1
                    and isinstance(start.targets[0], ast.Name)):
                continue
            name, items = start.targets[0].id, _loop_items(loop)
            if not items or "[0]" not in ast.unparse(start.value):
                continue
            for statement in loop.body:
                if not (isinstance(statement, ast.AugAssign) and isinstance(statement.op, ast.Add)
                        and isinstance(statement.target, ast.Name) and statement.target.id == name):
                    continue
                term = ast.unparse(statement.value)
                replaced = ast.unparse(_Replace(items).visit(ast.parse(term, mode="eval")).body)
                if replaced == ast.unparse(start.value):
                    return [(start.lineno, start, (
                        f"starts {name} at the first item's term, and the loop on line {loop.lineno} then adds "
                        f"every item's term from the first on, so the first one is counted twice. Start {name} "
                        f"at 0, or keep the start and loop from the second item on." + LIKELY))]
    return []


class _Replace(ast.NodeTransformer):
    def __init__(self, items):
        self.items = items

    def visit_Name(self, node):
        if node.id in self.items:
            return ast.parse(self.items[node.id], mode="eval").body
        return node


def _running_means(function):
    loops = [n for n in ast.walk(function) if isinstance(n, (ast.For, ast.While))]
    for statement in (s for loop in loops for s in ast.walk(loop) if isinstance(s, ast.Assign)):
        if not (len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)):
            continue
        name, value = statement.targets[0].id, statement.value
        if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Div) and isinstance(value.left, ast.BinOp)
                and isinstance(value.left.op, ast.Add) and _number(value.right) is None):
            continue
        sides = [value.left.left, value.left.right]
        if any(isinstance(s, ast.Name) and s.id == name for s in sides):
            count = ast.unparse(value.right)
            count = f"({count})" if isinstance(value.right, ast.BinOp) else count
            return [(statement.lineno, statement, (
                f"keeps a running mean as ({name} + new) / {count}: the earlier {name} is the mean of the items "
                f"before, so it must weigh as much as all of them together, and this divides it again at every "
                f"pass instead (right for one or two items, too small from three on). With n = {count}, the "
                f"number of items so far: {name} = ({name} * (n - 1) + new) / n, or {name} += (new - {name}) / n; "
                f"or add the items up in the loop and divide once, after it." + LIKELY))]
    return []


def _sizes_of_both(function):
    for statement in _statements(function):
        for node in _own_nodes(statement):
            if (isinstance(node, ast.Call) and _call_name(node) == "size" and len(node.args) == 1
                    and isinstance(node.args[0], (ast.List, ast.Tuple)) and len(node.args[0].elts) >= 2
                    and all(isinstance(e, (ast.Name, ast.Attribute)) for e in node.args[0].elts)):
                code, one = ast.unparse(node), ast.unparse(node.args[0].elts[-1])
                return [(statement.lineno, statement, (
                    f"counts with {code}, the size of a list holding both inputs together: that is twice the "
                    f"number of elements of one of them (and inputs of different shapes make a ragged list). The "
                    f"count N is the number of elements of one input: {one}.size." + LIKELY))]
    return []


def _means_where(function):
    for statement in _statements(function):
        for node in _own_nodes(statement):
            if isinstance(node, ast.Call) and _call_name(node) in ("mean", "average", "nanmean") and any(
                    k.arg == "where" for k in node.keywords):
                condition = ast.unparse(next(k.value for k in node.keywords if k.arg == "where"))
                return [(statement.lineno, statement, (
                    f"takes the mean with where={condition}: that averages only the elements where the condition "
                    f"holds and divides by their count, not by the number of all the elements, though the elements "
                    f"it leaves out count in the mean as well. Drop where=: the mean is over every element." + LIKELY))]
    return []


def _equal_shortcuts(function):
    parameters = {a.arg for a in function.args.args} - {"self"}
    for statement in _statements(function):
        if not (isinstance(statement, ast.If) and statement.body and isinstance(statement.body[0], ast.Return)):
            continue
        test = ast.unparse(statement.test)
        returned = statement.body[0].value
        if "array_equal" in test or "allclose" in test or (
                isinstance(statement.test, ast.Compare) and isinstance(statement.test.ops[0], ast.Eq)
                and all(isinstance(n, ast.Name) and n.id in parameters for n in [statement.test.left, *statement.test.comparators])):
            if _number(returned) is None:
                continue
            kind = "the int" if isinstance(returned.value, int) else "the number"
            return [(statement.lineno, statement, (
                f"returns {kind} {ast.unparse(returned)} at once when the inputs are equal: a shortcut that skips "
                f"the rest of the function, its checks (empty inputs, sizes that differ) and the type and shape "
                f"its answer has otherwise (a float, or an array shaped like the inputs). The general formula gives the "
                f"right zero(s) for equal inputs by itself: take the shortcut out." + LIKELY))]
    return []


def _list_added(function):
    parameters = {a.arg for a in function.args.args} - {"self"}
    for statement in _statements(function):
        for node in _own_nodes(statement):
            if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Name)
                    and node.left.id in parameters and isinstance(node.right, ast.List)):
                code, name = ast.unparse(node), node.left.id
                return [(statement.lineno, statement, (
                    f"writes {code}: for a Python list, + appends the new entries, but for a NumPy array + adds "
                    f"them to every element (broadcasting), so with an array {name} keeps its length and the "
                    f"sizes no longer match. Append with np.append({name}, {ast.unparse(node.right.elts[0]) if node.right.elts else '...'}) "
                    f"(or np.concatenate), which works on a list and an array alike." + LIKELY))]
    return []

