"""Which one small change makes the student's function right? Read once a check has failed.

A check that fails shows wrong numbers; where they come from is the student's to find. Most beginners'
mistakes are one token (``>`` for ``>=``, ``z`` where ``s`` belongs, ``axis=0`` for ``axis=1``, a ``return``
indented into a loop). So for each module function and method the failed check called and got a wrong
answer from (its first calls, as the session kept them: a method's with how its object was made and what
was done to it before), the changed copies of ``grading.repairs`` are run on the same questions, in a child
of their own that is thrown away after, and a change whose answers all agree with the reference's names
the line and the mend:

    Line 82 of your activations.py, `return s * (1.0 - z)`: written `return s * (1.0 - s)`, your
    sigmoid_derivative answers every question this check asked of it (3 of them) as the spec does.

It is said only when it is certain enough: every question the check asked (up to three) and the same
questions with their floating-point numbers nudged (``_probes``) come out right, the answers hold at least
``MIN_DISTINCT`` different numbers between them (a few 0s and 1s are met by chance), and every change that
does so sits on one line (two places that both mend it say nothing about which one is wrong). The reference
answers the same questions (a method's on a reference object made and used the same way); in a student's
kit those answers are recorded (``record_questions`` asks them while the kit is made), so the kit says what
the instructor's grading says. A function is searched once per submission (``session.repairs``), at most
``MOST_SEARCHES`` of them, each in a child of its own for at most ``REPAIR_SECONDS``.
"""

from __future__ import annotations

import ast
import re
import textwrap
import zlib

import numpy as np

from ..grading.function_source import parsed
from ..grading.repairs import Change, changes
from ..sandbox import wire
from ..sandbox.session import Budget, Session, StudentError
from .plain_copy import plain_copy

MOST_FUNCTIONS = 2  # per failed check: the first functions it called, and the first methods
MOST_SEARCHES = 6  # per submission: each costs a child of its own, and up to REPAIR_SECONDS
REPAIR_SECONDS = 4.0  # all the changed copies of one function, together, in their own child
MIN_DISTINCT = 3
MOST_SOURCE_CHARS = 4_000_000  # the changed copies' text in one request (the wire takes 16 MB of header)
RTOL, ATOL = 1e-7, 1e-10
NOTHING = object()  # a function searched, with nothing found

REPAIRED = (
    "Line {line} of your {file}, `{code}`: {change}, your {name} answers every question this check asked of "
    "it ({count}) as the spec does. That is where your code and the spec part ways; look there first (the mend "
    "shown is one that works, and there may be a clearer way to write it)."
)


def _asked(session, exercise: str) -> list[tuple[str, list]]:
    """What the failed check asked of the exercise's functions and methods in its first request, first ones
    first: (name, questions), ``name`` a function's or ``Class.method``, each question (label, history, args,
    kwargs, answer), ``history`` None for a function, else how the method's object was made and used before
    the call. Only the first request's: the check made them from its seed alone, so the recording run asked
    the very same ones (a later request may be made from the student's answers, or be a reader's question)."""
    asked = [(name, [(label, None, args, kwargs, value) for label, args, kwargs, value
                     in [first, *session.more_answers.get((module, name), [])]])
             for (module, name), first in session.first_answers.items()
             if module == exercise and (module, name) in session.first_request][:MOST_FUNCTIONS]
    asked += [(name, list(entries)) for (module, name), entries in session.method_answers.items()
              if module == exercise and entries and _public_class(name.split(".")[0])][:MOST_FUNCTIONS]  # fmt: skip
    return asked


def _public_class(name: str) -> bool:
    """Whether a class's name, as the student's child sent it, may be looked up in the reference: a plain public
    name (not ``__class__`` or ``_sigmoid``), the child being untrusted."""
    return name.isidentifier() and not name.startswith("_")


def repair_hint(session, exercise: str, reference) -> str | None:
    """REPAIRED for the first function or method of ``exercise`` that the failed check called, that answered it
    wrongly and that one change mends; None when there is none (``reference``: the exercise's reference module,
    as the check saw it)."""
    for name, entries in _asked(session, exercise):
        expected = [_expected(reference, name, history, args, kwargs) for _, history, args, kwargs, _ in entries]
        pairs = [(entry, right) for entry, right in zip(entries, expected) if right is not None]
        if not pairs or all(_agree(_numbers(entry[4]), right) for entry, right in pairs):
            continue  # not wrong on what the check asked: another function's, or no reading of numbers
        found = session.repairs.get((exercise, name))
        if found is None and len(session.repairs) < MOST_SEARCHES:
            questions = [(history, args, kwargs, right) for (_, history, args, kwargs, _), right in pairs]
            questions += [(history, args, kwargs, right) for history, args, kwargs in _probes(name, questions)
                          if (right := _expected(reference, name, history, args, kwargs)) is not None]
            values = np.concatenate([np.ravel(r) for *_, right in questions for r in _flat(right)])
            if np.unique(np.round(values, 9)).size < MIN_DISTINCT:
                continue  # a few values (0s and 1s) are met by chance by many changes
            found = NOTHING
            if (change := _search(session, exercise, name, questions)) is not None:
                found = (change, len(pairs), len(questions) - len(pairs))
            session.repairs[(exercise, name)] = found
        if found is not None and found is not NOTHING:
            return _said(session, exercise, name, *found)
    return None


def record_questions(session, reference, exercise: str) -> None:
    """Ask ``reference`` every question the check under way asked of the exercise's functions and methods, and
    their probes (building a student's kit, whose recording must then hold the answers ``repair_hint`` compares
    with)."""
    for name, entries in _asked(session, exercise):
        asked = [(history, args, kwargs, None) for _, history, args, kwargs, _ in entries]
        for history, args, kwargs, _ in asked + [(*probe, None) for probe in _probes(name, asked)]:
            _expected(reference, name, history, args, kwargs)


def _probes(name: str, questions) -> list[tuple[list | None, list, dict]]:
    """Each question again with its floating-point numbers moved a little (the same way every run, from the
    function's name): a change that mends the function answers these too, one that only fits the check's
    own numbers seldom does. Whole numbers, flags and text stay as they are."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    touched = []

    def moved(value):
        if isinstance(value, float) or (isinstance(value, np.ndarray) and value.dtype.kind == "f" and value.size):
            touched.append(True)
            shape = np.shape(value)
            return value * (1 + 0.1 * rng.standard_normal(shape)) + 0.05 * rng.standard_normal(shape)
        if isinstance(value, (list, tuple)):
            return type(value)(moved(v) for v in value)
        if isinstance(value, dict):
            return {k: moved(v) for k, v in value.items()}
        return value

    probes = []
    for history, args, kwargs, _ in questions:
        touched.clear()
        probe = (history, moved(plain_copy(list(args))), moved(plain_copy(dict(kwargs))))
        if touched:
            probes.append(probe)
    return probes


def _expected(reference, name: str, history, args, kwargs):
    """The reference's answer to the question (for a method: on a reference object made and used as ``history``
    says), as ``wire.number_parts``; None where it has none to give."""
    try:
        if history is None:
            return wire.number_parts(getattr(reference, name)(*plain_copy(args), **plain_copy(kwargs)))
        cls, method = name.split(".", 1)
        (_, _, made_args, made_kwargs), *steps = history
        obj = getattr(reference, cls)(*plain_copy(made_args), **plain_copy(made_kwargs))
        for op, step, step_args, step_kwargs in steps:
            if op == "setmany":
                for attribute, value in step_args[0].items():
                    setattr(obj, attribute, plain_copy(value))
            elif op == "call":
                getattr(obj, step)(*plain_copy(step_args), **plain_copy(step_kwargs))
        return wire.number_parts(getattr(obj, method)(*plain_copy(args), **plain_copy(kwargs)))
    except Exception:  # noqa: BLE001 - no answer (a recording without it, an input the reference refuses)
        return None


def _numbers(value):
    try:
        return wire.number_parts(value)
    except Exception:  # noqa: BLE001 - not numbers (an object of the child's, text)
        return None


def _flat(parts) -> list:
    return [np.asarray(parts)] if isinstance(parts, float) else list(parts)


def _agree(got, right) -> bool:
    """Whether two answers (``wire.number_parts``) are the same numbers, to the checks' tolerance."""
    if got is None or isinstance(got, float) != isinstance(right, float):
        return False
    got, right = _flat(got), _flat(right)
    return len(got) == len(right) and all(
        g.shape == r.shape and bool(np.allclose(g, r, rtol=RTOL, atol=ATOL, equal_nan=True)) for g, r in zip(got, right))


def _search(session, module: str, name: str, questions) -> Change | None:
    """The change of ``name`` (a function, or ``Class.method``) whose answers to every question (history, args,
    kwargs, the reference's answer) agree with the reference's, when all such changes sit on one line (one that
    takes a line out, else the simplest of them); None otherwise."""
    tree = parsed(session.files.get(f"{module}.py"))
    if tree is None:
        return None
    cls, _, method = name.rpartition(".")
    holder = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls), None) if cls else tree
    function = next((n for n in getattr(holder, "body", ()) if isinstance(n, ast.FunctionDef) and n.name == method), None)
    if function is None:
        return None
    helpers = frozenset(n.name for n in tree.body if isinstance(n, ast.FunctionDef) and len(n.args.args) == 1)
    candidates = changes(function, helpers)
    if not candidates:
        return None
    sources = [textwrap.dedent(c.source) for c in candidates]
    while sum(map(len, sources)) > MOST_SOURCE_CHARS:  # a request stays far under the wire's bound
        sources, candidates = sources[: len(sources) // 2], candidates[: len(candidates) // 2]
    right = [question[-1] for question in questions]
    # A budget of its own: the search never eats into the time the submission's own checks have left, so it
    # cannot turn a later check of a slow but honest submission into a timeout.
    fresh = Session(session.sandbox, session.files, Budget(REPAIR_SECONDS + 1.0))
    try:
        # First every copy on the first question alone (most answer it wrongly), then the few that answer it
        # right on them all: a tenth of the calls of asking every copy everything.
        first = _answers(fresh, module, cls, method, name, sources, questions[:1])
        kept = [k for k, a in enumerate(first) if (got := _unpacked(a, 1)) is not None and _agree(got[0], right[0])]
        candidates = [candidates[k] for k in kept]
        answers = _answers(fresh, module, cls, method, name, [sources[k] for k in kept], questions) if kept else []
    except StudentError:
        return None
    finally:
        fresh.close(wait=False)
    if type(answers) is not list or len(answers) != len(candidates):
        return None
    mends = [c for c, a in zip(candidates, answers) if (got := _unpacked(a, len(right))) is not None
             and all(_agree(g, r) for g, r in zip(got, right))]
    if not mends or len({c.line for c in mends}) > 1:
        return None
    return min(mends, key=lambda c: (c.after != "", c.kind))


def _answers(fresh, module: str, cls: str, method: str, name: str, sources: list, questions) -> list:
    """The child's answers of each changed copy (``sources``) to ``questions``: a list per copy, or [] where the
    child sent back something else than one answer per copy."""
    if cls:
        calls = [[history, list(args), dict(kwargs)] for history, args, kwargs, _ in questions]
        answers = fresh.request(module, "method_variants", {"module": module, "name": cls}, f"changed copies of {name}",
                                [calls], make_object=lambda *_: None, within=REPAIR_SECONDS, method=method,
                                sources=sources)  # fmt: skip
    else:
        calls = [[list(args), dict(kwargs)] for _, args, kwargs, _ in questions]
        answers = fresh.request(module, "variants", {"module": module, "name": name}, f"changed copies of {name}",
                                [calls], make_object=lambda *_: None, within=REPAIR_SECONDS, sources=sources)
    return answers if type(answers) is list and len(answers) == len(sources) else []


def _unpacked(answer, calls: int) -> list | None:
    """A changed copy's answers as the child packed them (``[shapes, numbers]``, see ``sandbox/child._packed``),
    one ``wire.number_parts`` per call; None where they are missing or garbled (the child is not trusted)."""
    if type(answer) is not list or len(answer) != 2 or type(answer[0]) is not list or len(answer[0]) != calls \
            or not isinstance(answer[1], np.ndarray) or answer[1].ndim != 1:
        return None
    numbers, at, unpacked = answer[1].astype(np.float64, copy=False), 0, []
    try:
        for shapes in answer[0]:
            if shapes is None:
                unpacked.append(float(numbers[at]))
                at += 1
                continue
            parts = []
            for shape in shapes:
                size = int(np.prod(shape)) if shape else 1
                parts.append(numbers[at:at + size].reshape(shape))
                at += size
            unpacked.append(parts)
    except (TypeError, ValueError, IndexError):
        return None
    return unpacked if at == numbers.size else None


def _rewritten(line: str, change: Change) -> str | None:
    """The student's ``line`` with the changed piece written as ``change.after``: at the columns the piece takes,
    where it sits on one line; else where ``change.before`` (as unparsed) occurs in the line exactly once (a name
    as a whole word); None otherwise."""
    if change.span is not None and line[change.span[0]:change.span[1]].strip():
        start, end = change.span
        after = change.after
        if '"' in line[start:end] and "'" in after and '"' not in after:
            after = after.replace("'", '"')  # unparse writes 'text'; the student wrote "text"
        return (line[:start] + after + line[end:]).strip()
    code = line.strip()
    for was, now in ((change.before, change.after),
                     (change.before.replace("'", '"'), change.after.replace("'", '"'))):  # unparse writes 'text'
        pattern = rf"(?<![\w.]){re.escape(was)}(?!\w)" if was.isidentifier() else re.escape(was)
        found = list(re.finditer(pattern, code))
        if len(found) == 1:
            return code[:found[0].start()] + now + code[found[0].end():]
    return None


def _said(session, module: str, name: str, change: Change, count: int, probes: int) -> str:
    lines = (session.files.get(f"{module}.py") or "").splitlines()
    code = lines[change.line - 1].strip() if 0 < change.line <= len(lines) else change.before
    if change.after == "":
        mend = "without that line"
    elif change.after.startswith("(the same"):
        mend = "with the return moved after the loop (one indent to the left)"
    elif (written := _rewritten(lines[change.line - 1] if 0 < change.line <= len(lines) else "", change)) is not None:
        mend = f"written `{written}`"
    else:
        mend = f"with `{change.after}` in place of `{change.before}`"
    asked = f"{count} of them" if count > 1 else "one"
    asked += f", and {probes} more with their numbers moved a little" if probes else ""
    return REPAIRED.format(line=change.line, file=f"{module}.py", code=code, change=mend, name=name, count=asked)
