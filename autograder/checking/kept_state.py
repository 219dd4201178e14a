"""A function whose answer depends on the calls made before it, though asking it twice shows nothing.

``asked_again`` finds a function whose answer changes from one asking to the next. Some keep their memory
and still answer alike each time: a count stored on the first call and used ever after, a cache of
outputs keyed by the input alone, a derivative that reads the value its activation last left in a global.
Their answers come from whatever the checks asked before. So, where the student's own text shows a
store that outlives a call (``store_outliving_a_call``: a global assigned, a value put on a function, a
container of the module or a mutable default changed), the check's first call is asked again in a
child of its own, fresh, that nothing has been asked before: a different answer there (or an error)
confirms it, and the hint names the line. The grading child is not touched, so later checks see
what they would have seen. Asked only once a check has failed, and in at most ``MOST_FRESH_STARTS``
fresh children per submission (the time counts against the submission's own budget).
"""

from __future__ import annotations

import ast

from ..grading.function_source import parsed
from ..sandbox.session import Session, StudentError, StudentTimeout
from .remote import RemoteModule

ASKING_SECONDS = 2.0  # a question asked again (here or in asked_again) is stopped here and says nothing

CHANGERS = frozenset({"append", "extend", "insert", "update", "setdefault", "add", "pop", "clear", "remove",
                      "popitem", "discard", "fill", "put", "sort", "reverse"})
KEPT_STATE = (
    "Your {name} answers differently after other calls: asked {label} in a fresh start, where nothing was "
    "asked before, it {fresh}; asked during the checks it gave {first}. In {keeper}, line {line} of your {file}, "
    "`{code}`, {what}: that outlives the call, so later answers come from earlier calls (their sizes, their inputs, "
    "their outputs), and the numbers the check shows cannot be read as a formula. Every function here must "
    "compute its answer from its own arguments, each time: drop the stored value and compute it inside the call."
)


def store_outliving_a_call(source: str | None, asked: str = ""):
    """(function, line, code, what) of the first statement in one of the module's functions (``asked`` first)
    that keeps a value beyond the call: an assignment to a name declared global, a value put on a module function
    (``f.n = ...``), a change to a container the module made (``CACHE[x] = ...``, ``HISTORY.append(...)``) or to
    a mutable default argument; None when the text shows none (or does not parse)."""
    tree = parsed(source)
    if tree is None:
        return None
    module_names = {t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(t, ast.Name)}
    functions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    for node in sorted((n for n in tree.body if isinstance(n, ast.FunctionDef)), key=lambda n: n.name != asked):
        declared = {name for sub in ast.walk(node) if isinstance(sub, ast.Global) for name in sub.names}
        defaults = {a.arg for a, d in zip(node.args.args[::-1], node.args.defaults[::-1])
                    if isinstance(d, (ast.List, ast.Dict, ast.Set))}
        local = {a.arg for a in node.args.args} - defaults
        aliases = {t.id for sub in ast.walk(node) if isinstance(sub, ast.Assign) and _of_globals(sub.value)
                   for t in sub.targets if isinstance(t, ast.Name)}  # seen = globals().setdefault("SEEN", {})
        for sub in ast.walk(node):
            what = _kept(sub, declared, defaults, (module_names | functions | defaults | aliases) - local, functions)
            if what:
                return node.name, sub.lineno, ast.get_source_segment(source, sub) or ast.unparse(sub), what
    return None


def _of_globals(value) -> bool:
    """Whether ``value`` is the module's namespace or read from it: ``globals()``, ``globals().get(...)``..."""
    while isinstance(value, (ast.Call, ast.Attribute, ast.Subscript)):
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ("globals", "vars"):
            return True
        value = value.func if isinstance(value, ast.Call) else value.value
    return False


def _kept(sub, declared, defaults, outer, functions) -> str | None:
    """What ``sub`` keeps beyond the call, in words, or None."""
    targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target] if isinstance(sub, (ast.AugAssign, ast.AnnAssign)) else []
    for target in targets:
        if isinstance(target, ast.Subscript) and _of_globals(target.value):
            return "puts a value among the module's globals"
        if isinstance(target, ast.Name) and target.id in declared:
            return f"assigns the global {target.id}"
        held = target.value if isinstance(target, (ast.Subscript, ast.Attribute)) else None
        if isinstance(held, ast.Name) and held.id in functions and isinstance(target, ast.Attribute):
            return f"stores {held.id}.{target.attr} on the function itself"
        if isinstance(held, ast.Name) and held.id in outer:
            if held.id in defaults:
                return f"changes the default argument {held.id}, made once when def runs"
            return f"changes {held.id}, which belongs to the module"
    if isinstance(sub, ast.Expr) and isinstance(sub.value, ast.Call) and isinstance(sub.value.func, ast.Attribute):
        owner = sub.value.func.value
        if isinstance(owner, ast.Name) and owner.id in outer and sub.value.func.attr in CHANGERS:
            if owner.id in defaults:
                return f"changes the default argument {owner.id}, made once when def runs, with .{sub.value.func.attr}()"
            return f"changes {owner.id}, which belongs to the module, with .{sub.value.func.attr}()"
    return None


MOST_FRESH_STARTS = 2  # per submission: each costs a child and an import of the student's module
SAID_ALREADY = ("between calls", "from one call to the next", "made twice in a row")  # an exercise's own reading


def kept_state_hint(session, module: str, name: str, label: str, args, kwargs, first, same, shown_apart,
                    current: str | None) -> str | None:
    """KEPT_STATE where the module's text keeps a value beyond a call and ``name``'s answer to the check's first
    question, asked in a fresh child, is not ``first`` (``same``, ``shown_apart``: asked_again's comparison and
    display of two answers); None otherwise, and where the check's hint (``current``) already speaks of it."""
    found = store_outliving_a_call(session.files.get(f"{module}.py"), name)
    if found is None or (current and any(words in current for words in SAID_ALREADY)):
        return None
    if session.fresh_starts >= MOST_FRESH_STARTS:
        return None  # a slow import paid for every failed check would let a submission stretch its own grading
    session.fresh_starts += 1
    fresh = Session(session.sandbox, session.files, session.budget)
    try:
        answer = RemoteModule(fresh, module).invoke(name, args, kwargs, within=ASKING_SECONDS)
    except StudentTimeout:
        return None  # slow, not necessarily kept: nothing is confirmed
    except StudentError as exc:
        answer, said, kept = None, f"raised {exc.message.split(' raised ', 1)[-1]}", shown_apart(first, None)[1]
    finally:
        fresh.close(wait=False)
    if answer is not None:
        if same(first, answer):
            return None
        path, kept, now = shown_apart(first, answer)
        said = f"gave {now}" + (f" (at {path} of its answer)" if path else "")
    keeper, line, code, what = found
    return KEPT_STATE.format(name=name, label=label, fresh=said, first=kept, line=line, file=f"{module}.py",
                             code=code.strip().splitlines()[0], what=what, keeper=keeper)
