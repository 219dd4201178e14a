"""Small changes to a student's function, each one a guess at the single slip that makes it wrong.

``checking/repair.py`` runs every changed copy on the questions a failed check asked and keeps a change
that answers them all as the reference does: that names the line where the code and the spec part, and
what would mend it. The changes are the slips beginners make one token at a time:

- an operator: ``+``/``-``, ``*``/``/``/``@``, ``**`` for ``*``, ``>`` for ``>=`` (and the other comparisons);
- the two sides of ``-``, ``/``, ``@`` or ``**`` swapped; a minus sign too many; a term or factor too many;
- a number: 0, 1, 2, one more or one less, the other sign (``range(1, n)``, ``z > 1``, ``0.5``);
- an axis: ``axis=0`` for ``axis=1``, an axis left out, ``keepdims``;
- one name for another of the function (``z`` where ``s`` belongs, ``a1`` for ``a2``), one key for another
  (``p["w5"]`` where ``p["w6"]`` belongs);
- a NumPy function for its neighbour (``sum``/``mean``, ``max``/``min``, ``dot``/``outer``), the branches
  of ``np.where`` swapped, an ``np.clip``, ``np.abs`` or rounding too many, a ``.T`` too many or too few, a call of the module's own function (``sigmoid(z)``)
  left out or added;
- a statement too many (deleted), a ``return`` indented into a loop (moved after it), the answer's sign.

Pure: a parsed function in, ``Change``s out, each with the whole function's text as changed. Bounded:
a function past ``MOST_NODES`` gets none, and at most ``MOST_OF_A_KIND`` of each kind are made.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass
from difflib import SequenceMatcher

MOST_NODES = 400  # a function of this course is under 300 nodes; a larger one is not read
LONGEST_NAME = 40  # names longer than this are never taken for one another
MOST_OF_A_KIND = 250  # changes of one kind (names, numbers...): a long function's first ones

OPERATORS = {
    ast.Add: (ast.Sub,), ast.Sub: (ast.Add,), ast.Mult: (ast.Div, ast.MatMult, ast.Add, ast.Pow),
    ast.Div: (ast.Mult, ast.FloorDiv), ast.FloorDiv: (ast.Div,), ast.MatMult: (ast.Mult,), ast.Pow: (ast.Mult,),
}
POWERS = (ast.Pow, ast.Mult)  # ``x ** 2`` for ``x * 2`` and back: only with a number on the right
COMPARISONS = {
    ast.Gt: (ast.GtE, ast.Lt), ast.GtE: (ast.Gt, ast.LtE), ast.Lt: (ast.LtE, ast.Gt), ast.LtE: (ast.Lt, ast.GtE),
    ast.Eq: (ast.NotEq,), ast.NotEq: (ast.Eq,),
}
ORDERED = (ast.Sub, ast.Div, ast.MatMult, ast.Pow, ast.FloorDiv)  # whose sides may be swapped
NEIGHBOURS = {"sum": ("mean",), "mean": ("sum",), "max": ("min", "maximum"), "min": ("max", "minimum"),
              "maximum": ("minimum", "max"), "minimum": ("maximum", "min"), "argmax": ("argmin",), "argmin": ("argmax",),
              "dot": ("outer", "multiply"), "outer": ("dot",), "matmul": ("multiply",), "multiply": ("dot", "matmul"),
              "exp": ("log",), "log": ("exp",), "ceil": ("floor", "round"), "floor": ("ceil", "round"),
              "round": ("floor",), "zeros": ("ones",), "ones": ("zeros",), "zeros_like": ("ones_like",),
              "ones_like": ("zeros_like",)}  # fmt: skip
UNWRAPPED = frozenset({"clip", "abs", "absolute", "round", "rint", "floor", "ceil", "trunc", "around", "squeeze"})
KINDS = ("an operator", "the sides of an operator", "a number", "an axis", "a name", "a function",
         "a transpose", "a term", "a call", "a statement")


@dataclass(frozen=True)
class Change:
    """One changed copy of the function: ``before`` (as unparsed, on ``line``, at the columns ``span``) becomes
    ``after`` ("" for a statement taken out); ``source`` is the whole function so changed; ``kind`` indexes KINDS
    (the smaller, the simpler the slip)."""

    line: int
    before: str
    after: str
    source: str
    kind: int
    span: tuple[int, int] | None = None  # the columns ``before`` takes on its line, where it sits on one line


def changes(function: ast.FunctionDef, module_functions: frozenset[str] = frozenset()) -> list[Change]:
    """The changed copies of ``function`` (a top-level def), simplest kinds first; [] for one past MOST_NODES.
    ``module_functions``: the module's other one-argument functions, which a change may call or stop calling.
    ``function`` itself is left as it was: the changes are made to a copy without its docstring."""
    if sum(1 for _ in ast.walk(function)) > MOST_NODES:
        return []
    try:
        return _changes(function, module_functions)
    except (RecursionError, MemoryError, ValueError):  # a hostile nesting too deep to copy or write out: none
        return []


def _changes(function, module_functions: frozenset[str]) -> list[Change]:
    function = copy.deepcopy(function)
    if len(function.body) > 1 and isinstance(function.body[0], ast.Expr) and isinstance(function.body[0].value, ast.Constant):
        del function.body[0]  # the docstring: text to write out again for every copy, and nothing to change
    made: list[Change] = []
    text = _Text(function)
    for kind, maker in enumerate((_operators, _sides, _numbers, _axes, _names, _functions, _transposes, _terms,
                                  _calls, _statements)):
        of_kind = 0
        for change in maker(function, module_functions, text):
            if change is not None and change[3] is not None:
                node = change[0]
                span = (node.col_offset, node.end_col_offset) if node.lineno == getattr(node, "end_lineno", None) else None
                made.append(Change(node.lineno, *change[1:4], kind, span))
                of_kind += 1
            if of_kind >= MOST_OF_A_KIND:
                break
    return made


class _Text:
    """The function's text, written out again after a change: only the top-level statement that holds the
    changed node is unparsed anew (a long function has thirty of them)."""

    def __init__(self, function):
        self.function = function
        bare = copy.copy(function)
        bare.body = [ast.Pass()]
        self.header = ast.unparse(bare).rsplit("\n", 1)[0]
        self.owner = {id(n): i for i, statement in enumerate(function.body) for n in ast.walk(statement)}
        self.parts = [ast.unparse(statement) for statement in function.body]

    def __call__(self, near=None) -> str | None:
        try:
            if near is None or id(near) not in self.owner:
                return ast.unparse(self.function)
            parts = list(self.parts)
            index = self.owner[id(near)]
            parts[index] = ast.unparse(self.function.body[index])
        except (ValueError, RecursionError, AttributeError, TypeError):
            return None
        return self.header + "\n" + "\n".join("    " + line for part in parts for line in part.splitlines())


def _swap(text, node, field: str, value, shown=None):
    """(line, before, after, source) with ``node.field`` set to ``value`` for the copy, then put back."""
    old = getattr(node, field)
    before = ast.unparse(shown or node)
    setattr(node, field, value)
    try:
        after, source = ast.unparse(shown or node), text(node)
    finally:
        setattr(node, field, old)
    return None if source is None else (shown or node, before, after, source)


def _operators(function, _, text):
    for node in ast.walk(function):
        if isinstance(node, (ast.BinOp, ast.AugAssign)):
            number = isinstance(getattr(node, "right", None) or node.value, ast.Constant)
            for other in OPERATORS.get(type(node.op), ()):
                if number or not (other in POWERS and isinstance(node.op, POWERS)):
                    yield _swap(text, node, "op", other())
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and not _asks_about_form(node):
            for other in COMPARISONS.get(type(node.ops[0]), ()):
                yield _swap(text, node, "ops", [other()])


def _asks_about_form(test) -> bool:
    """Whether a comparison asks what a value is rather than what it holds (``z.ndim > 1``, ``len(x) == 2``):
    turning it round sends the inputs down another branch, which mends nothing in the branch that is wrong."""
    return any((isinstance(n, ast.Attribute) and n.attr in ("ndim", "shape", "size", "dtype"))
               or (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("len", "type", "isinstance"))
               for n in ast.walk(test))


def _sides(function, _, text):
    for node in ast.walk(function):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ORDERED):
            left, right = node.left, node.right
            before = ast.unparse(node)
            node.left, node.right = right, left
            try:
                yield node, before, ast.unparse(node), text(node)
            finally:
                node.left, node.right = left, right
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            yield from _replaced(text, node, node.operand)



def _replaced(text, node, replacement):
    """(line, before, after, source) with ``node`` replaced by ``replacement`` wherever its parent holds it."""
    for parent in ast.walk(text.function):
        for field, value in ast.iter_fields(parent):
            if value is node:
                before = ast.unparse(node)
                setattr(parent, field, replacement)
                try:
                    yield node, before, ast.unparse(replacement), text(parent)
                finally:
                    setattr(parent, field, node)
                return
            if isinstance(value, list) and any(v is node for v in value):
                index = next(i for i, v in enumerate(value) if v is node)
                before = ast.unparse(node)
                value[index] = replacement
                try:
                    yield node, before, ast.unparse(replacement), text(parent)
                finally:
                    value[index] = node
                return


def _numbers(function, _, text):
    """Each number changed, but not in a test of what a value is (``z.ndim == 0``) nor in an equality test
    (``d != 0``): changed there, the test holds always or never, which mends by sending every input one way."""
    fixed = {id(n) for test in ast.walk(function) if isinstance(test, ast.Compare)
             and (_asks_about_form(test) or any(isinstance(op, (ast.Eq, ast.NotEq)) for op in test.ops))
             for n in ast.walk(test)}
    # a term (+ 1) or a factor (* 2) made neutral is the term or factor taken out: said so by ``_terms``
    neutral = {id(side): 0 for n in ast.walk(function) if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.Sub))
               for side in (n.left, n.right)}
    neutral |= {id(side): 1 for n in ast.walk(function) if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Mult, ast.Div, ast.Pow))
                for side in ((n.left, n.right) if isinstance(n.op, ast.Mult) else (n.right,))}
    for node in ast.walk(function):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float) and hasattr(node, "lineno") \
                and id(node) not in fixed:
            value = node.value
            others = [0, 1, 2, -value] + ([value + 1, value - 1] if type(value) is int else [])
            for other in dict.fromkeys(type(value)(o) for o in others):
                if other != value and neutral.get(id(node)) != other:
                    yield _swap(text, node, "value", other)


def _axes(function, _, text):
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        for keyword in node.keywords:
            if keyword.arg == "axis" and isinstance(keyword.value, ast.Constant) and type(keyword.value.value) is int:
                for other in (0, 1, -1):
                    if other != keyword.value.value:
                        yield _swap(text, keyword.value, "value", other, shown=node)
                kept = list(node.keywords)
                node.keywords = [k for k in kept if k is not keyword]
                try:
                    yield node, ast.unparse(ast.Call(node.func, node.args, kept)), ast.unparse(node), text(node)
                finally:
                    node.keywords = kept
        if any(k.arg == "axis" for k in node.keywords) and not any(k.arg == "keepdims" for k in node.keywords):
            kept = list(node.keywords)
            node.keywords = kept + [ast.keyword("keepdims", ast.Constant(True))]
            try:
                yield node, ast.unparse(ast.Call(node.func, node.args, kept)), ast.unparse(node), text(node)
            finally:
                node.keywords = kept


def _local_names(function) -> list[str]:
    arguments = function.args
    names = [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs) if a.arg != "self"]
    names += [n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
    return list(dict.fromkeys(names))


def _alike(one: str, other: str) -> bool:
    """Whether a student could write one name for the other: two short names (``z``, ``s``, ``a1``), or names
    that share most of their letters (``hidden``/``hiddens``, ``d_o1``/``d_h1``)."""
    if one == other or max(len(one), len(other)) > LONGEST_NAME:
        return False  # (a hostile name of many thousand letters would cost the matcher seconds)
    return (len(one) <= 2 and len(other) <= 2) or SequenceMatcher(None, one, other).ratio() >= 0.5


def _degenerate(node, parents) -> bool:
    """Whether the nearest operation above ``node`` has two equal sides (``y[0] - y[0]``, ``a / a``): a change that
    makes one is a way of writing 0 or 1, not a mend a student would mean."""
    above = parents.get(id(node))
    while above is not None and not isinstance(above, ast.BinOp):
        above = parents.get(id(above))
    return above is not None and isinstance(above.op, (ast.Sub, ast.Div, ast.FloorDiv)) \
        and ast.unparse(above.left) == ast.unparse(above.right)


def _names(function, _, text):
    names = _local_names(function)
    parents = {id(child): node for node in ast.walk(function) for child in ast.iter_child_nodes(node)}
    keys = list(dict.fromkeys(n.slice.value for n in ast.walk(function) if isinstance(n, ast.Subscript)
                              and isinstance(n.slice, ast.Constant) and type(n.slice.value) is str))
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in names:
            for other in names:
                if _alike(node.id, other):
                    node.id, was = other, node.id
                    odd = _degenerate(node, parents)
                    node.id = was
                    if not odd:
                        yield _swap(text, node, "id", other)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and isinstance(node.slice, ast.Constant) \
                and node.slice.value in keys:
            for other in keys:
                if _alike(node.slice.value, other):  # p["w5"] where p["w6"] belongs
                    yield _swap(text, node.slice, "value", other, shown=node)


def _functions(function, _, text):
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                and node.func.value.id in ("np", "numpy"):
            for other in NEIGHBOURS.get(node.func.attr, ()):
                yield _swap(text, node.func, "attr", other, shown=node)
            if node.func.attr == "where" and len(node.args) == 3:
                yield _swap(text, node, "args", [node.args[0], node.args[2], node.args[1]])
            if node.func.attr in UNWRAPPED and node.args:  # a clip, a rounding or an abs too many
                yield from _replaced(text, node, node.args[0])


def _transposes(function, _, text):
    for node in ast.walk(function):
        if isinstance(node, ast.Attribute) and node.attr == "T" and isinstance(node.ctx, ast.Load):
            yield from _replaced(text, node, node.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            for side in ("left", "right"):
                operand = getattr(node, side)
                if not (isinstance(operand, ast.Attribute) and operand.attr == "T"):
                    yield _swap(text, node, side, ast.Attribute(operand, "T", ast.Load()))


def _terms(function, _, text):
    """A term or a factor too many: ``z * z`` for ``z``, ``(s - 1) / n`` for ``s - 1``."""
    for node in ast.walk(function):
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Add, ast.Sub, ast.Div, ast.Pow)):
            yield from _replaced(text, node, node.left)
            if not isinstance(node.op, ast.Pow):
                yield from _replaced(text, node, node.right)


def _calls(function, module_functions, text):
    """A call of the module's own one-argument function left out, or one put round a name: not round a name
    already inside such a call (``relu(sigmoid(z))`` is no beginner's mend), nor round a parameter that is
    not the first (``alpha``, ``learn_rate``: settings, not the values the function transforms)."""
    arguments = [a.arg for a in (*function.args.posonlyargs, *function.args.args) if a.arg != "self"]
    names = set(_local_names(function)) - set(arguments[1:])
    inside = {id(n) for call in ast.walk(function) if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
              and call.func.id in module_functions for n in ast.walk(call)}
    inside |= {id(s.value) for s in ast.walk(function) if isinstance(s, (ast.Return, ast.Assign)) and s.value is not None}
    # (nor round a whole returned or assigned value: ``return relu(out)`` changes what out is, not a formula)
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords and isinstance(node.func, ast.Name) \
                and node.func.id in module_functions:
            yield from _replaced(text, node, node.args[0])
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in names and id(node) not in inside:
            for wrapper in sorted(module_functions - {function.name}):
                yield from _replaced(text, node, ast.Call(ast.Name(wrapper, ast.Load()), [node], []))


def _statements(function, _, text):
    for block_owner in ast.walk(function):
        for field in ("body", "orelse"):
            block = getattr(block_owner, field, None)
            if not isinstance(block, list) or not block or block_owner is function and field == "orelse":
                continue
            for index, statement in enumerate(block):
                if isinstance(statement, (ast.Assign, ast.AugAssign, ast.Expr)) and len(block) > 1 \
                        and not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)):
                    del block[index]
                    try:
                        yield statement, ast.unparse(statement), "", text(block_owner)
                    finally:
                        block.insert(index, statement)
                if isinstance(statement, (ast.For, ast.While)) and isinstance(statement.body[-1], ast.Return) \
                        and len(statement.body) > 1:
                    moved = statement.body.pop()
                    block.insert(index + 1, moved)
                    try:
                        yield moved, ast.unparse(moved), "(the same, after the loop)", text(block_owner)
                    finally:
                        del block[index + 1]
                        statement.body.append(moved)
    for node in ast.walk(function):
        if isinstance(node, ast.Return) and node.value is not None and not isinstance(node.value, (ast.Tuple, ast.Dict, ast.List)):
            yield _swap(text, node, "value", ast.UnaryOp(ast.USub(), node.value))
