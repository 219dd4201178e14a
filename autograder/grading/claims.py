"""Stories a hint tells about the student's code, checked against that code before the student reads them.

Many hints are stories that a symptom calls up: "the loop that builds it stops too early", "a number takes
another path through your code", "the mistake is in how fit calls them". Each is true of the code that usually
shows the symptom, and false of code that shows it another way; a beginner who is told of a branch they never
wrote looks for it at midnight and doubts what they read next. So each such story is a ``Claim``: words only that
story says (its ``marker``), and what the student's code must show for it to be told (``holds``: a construct
in the functions the check asked about, or the error raised where the story says it was). A paragraph of a hint
whose story the code cannot have is dropped; where the code shows what happened instead (a slice returned, a loop
over a pair, a list emptied by ``pop``), that is said in its place. A story is kept whenever the code cannot be
read (no source, a file that does not parse): the claims only ever take words away from a hint, or replace them
with a reading of the student's own line.

Pure: the hint, the student's source and their error's frames in, a hint (or None) out.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .function_source import IN_PLACE_METHODS, MOST_NODES, as_written, nodes_in
from .tracebacks import Frame


@dataclass(frozen=True)
class Evidence:
    """What a claim is checked against: ``functions``, the student's functions the hint is about (parsed, each
    with its text as ``ast.unparse`` gives it, comments gone); ``frames``, the student's own frames of the error
    the check met, outermost first (none for a wrong answer); and the error itself."""

    functions: tuple[ast.FunctionDef, ...]
    frames: tuple[Frame, ...] = ()
    raised: str = ""
    raised_message: str = ""
    text: str = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "text", "\n".join(ast.unparse(f) for f in self.functions))

    def shows(self, pattern: str) -> bool:
        return re.search(pattern, self.text) is not None


@dataclass(frozen=True)
class Claim:
    """A story (found by ``marker``, words only it says) and when the student's code can have it (``holds``).
    ``instead``: what the code shows in its place, said where the story is not (None: the paragraph goes)."""

    marker: str
    holds: Callable[[Evidence], bool]
    instead: Callable[[Evidence], str | None] = lambda evidence: None


def _walk(evidence):
    for function in evidence.functions:
        yield from ast.walk(function)


def _source_of(node) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 100 else text[:97] + "..."


# -- what the code can show ----------------------------------------------------------------------------------


def _returned_slice(evidence):
    """The first ``return name[a:b]`` of the functions, or None."""
    for node in _walk(evidence):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Subscript) \
                and isinstance(node.value.slice, ast.Slice):  # fmt: skip
            return node
    return None


def _slice_said(evidence):
    node = _returned_slice(evidence)
    return (f"Your loop may well run to its end: the function returns a slice of what it built, `{_source_of(node)}`, "
            "and the slice is what cuts the values short (a loop variable used as a bound, say, ends one short of "
            "the count, or is not set at all when the loop never runs). Return the whole list.")  # fmt: skip


def _loops_over_a_pair(evidence):
    """The first ``for a, b in x, y`` (a loop over a tuple written without zip), or None."""
    for node in _walk(evidence):
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple) and isinstance(node.target, ast.Tuple):
            return node
    return None


def _pair_said(evidence):
    node = _loops_over_a_pair(evidence)
    pair, names = as_written(node.iter), as_written(node.target)
    return (f"`for {names} in {pair}` loops over the pair ({pair}) itself, not over its samples: its first pass "
            f"unpacks the whole of {ast.unparse(node.iter.elts[0])} into the loop's names. Pair each sample with its "
            f"own label: for {names} in zip({pair}).")


def _loop_over_a_name(evidence) -> bool:
    """Whether a loop runs over one array by its name (``for row in data``, ``for x, y in data``)."""
    return any(isinstance(n, ast.For) and isinstance(n.iter, (ast.Name, ast.Attribute)) for n in _walk(evidence))


def _argument_names(function) -> set[str]:
    arguments = function.args
    return {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)} - {"self"}


def _alias_of_argument(evidence) -> bool:
    """Whether a function binds a second name to a list it was given (``outputs = biases``)."""
    for function in evidence.functions:
        given = _argument_names(function)
        if any(isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id in given
               for n in ast.walk(function)):  # fmt: skip
            return True
    return False


def _changing_call(evidence):
    """The first call that changes an argument in place by a method (``biases.pop(0)``), or None."""
    for function in evidence.functions:
        given = _argument_names(function)
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in IN_PLACE_METHODS and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id in given:  # fmt: skip
                return node
    return None


def _changing_said(evidence):
    node = _changing_call(evidence)
    if node is None:
        return None
    owner = node.func.value.id
    return (f"Your function changed a list it was given: `{_source_of(node)}` changes the caller's {owner} itself, "
            f"so the caller (and a second call) finds it changed. Read {owner} without changing it: index it "
            f"(or loop over it), or work on a copy, list({owner}).")


def _max_over_everything(evidence) -> bool:
    """Whether a maximum is taken without an axis (np.max(z), z.max(), max(z)): the maximum of the whole array."""
    for node in _walk(evidence):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in ("max", "amax", "nanmax"):
            continue
        on_array = isinstance(func, ast.Attribute) and not (isinstance(func.value, ast.Name) and func.value.id in ("np", "numpy"))
        positional = len(node.args) if not on_array else len(node.args) + 1
        if positional <= 1 and not any(k.arg == "axis" for k in node.keywords):
            return True
    return False


def _loop_resets_or_returns(evidence) -> bool:
    """Whether a loop's body returns, assigns self's weights or bias afresh, or the samples come from an iterator
    made once (iter, a generator, zip or map bound to a name): the three causes of ONE_PASS."""
    for node in _walk(evidence):
        if isinstance(node, (ast.For, ast.While)):
            inside = [n for statement in node.body for n in ast.walk(statement)]
            if any(isinstance(n, ast.Return) for n in inside):
                return True
            if any(isinstance(n, ast.Assign) and any(isinstance(t, ast.Attribute) for t in n.targets) for n in inside):
                return True
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Call, ast.GeneratorExp)):
            func = getattr(node.value, "func", None)
            if isinstance(node.value, ast.GeneratorExp) or (isinstance(func, ast.Name) and func.id in ("iter", "zip", "map", "enumerate")):
                return True
    return False


def _raised_in_a_part_of(caller: str, parts: tuple[str, ...] = ()):
    """A claim that the error came from what ``caller`` handed a part: its innermost student frame is in
    another function than ``caller`` (in one of ``parts`` when given), or the call itself was refused for its
    arguments. Without frames, nothing tells: the story is kept."""
    def holds(evidence) -> bool:
        own = [f for f in evidence.frames if f.function.isidentifier()]
        if not own:
            return True
        if evidence.raised == "TypeError" and "argument" in evidence.raised_message:
            return True
        start = next((i for i, f in enumerate(own) if f.function == caller), None)
        if start is None:
            return True
        below = [f.function for f in own[start + 1:]]
        return bool(below) and (not parts or any(name in parts for name in below))
    return holds


def _own_guard(evidence) -> bool:
    """Whether the error came from the student's own ``raise`` or ``assert`` (its innermost frame is one)."""
    return bool(evidence.frames) and evidence.frames[-1].code.startswith(("raise", "assert"))


def _guard_counts(evidence) -> bool:
    """Whether the condition of the student's own raise (the ``if`` around it) or assert counts or measures
    something (len, size, shape, ndim): what a story of a size check needs. True where no guard raised."""
    if not _own_guard(evidence):
        return True
    line = evidence.frames[-1].line
    for node in _walk(evidence):
        test = node.test if isinstance(node, ast.Assert) and node.lineno == line else node.test if isinstance(
            node, ast.If) and any(getattr(s, "lineno", 0) == line for s in node.body) else None
        if test is not None:
            return re.search(r"\blen\(|\bsize\b|\bshape\b|\bndim\b", ast.unparse(test)) is not None
    return True


CLAIMS = (
    Claim("the loop that builds it stops too early", lambda e: _returned_slice(e) is None, _slice_said),
    Claim("lost y_pred's shape (ravel, flatten or reshape(-1)",
          lambda e: e.shows(r"\bravel\b|\bflatten\b|\breshape\b|\bsqueeze\b|\.flat\b|\[:, *0\]|\[0\]")),
    Claim("the result is flattened (ravel, flatten or reshape(-1) do this",
          lambda e: e.shows(r"\bravel\b|\bflatten\b|\breshape\b|\.flat\b|\bappend\b|\bfor\b|\bconcatenate\b|\bhstack\b")),
    Claim("takes another path through your code",
          lambda e: e.shows(r"\bif\b|\btry\b|isinstance|\bmath\.|\bndim\b|isscalar|\bshape\b|\bsize\b|\blen\(|\bmax\(|\bmin\(|\bround\(|\bfloat\(|\bint\(|\bitem\(|\bvectorize\b|\bfor\b")),
    Claim("the mistake is in how fit calls them", _raised_in_a_part_of("fit")),
    Claim("train most likely passes a whole array where one sample's value belongs",
          _raised_in_a_part_of("train", ("backprop", "sgd_step"))),
    Claim("Your train unpacks each row of data into two names",
          lambda e: _loops_over_a_pair(e) is None and _loop_over_a_name(e),
          lambda e: _pair_said(e) if _loops_over_a_pair(e) is not None else None),
    Claim("Three mistakes give this: fit", _loop_resets_or_returns),
    Claim("outputs = biases does not copy the list", _alias_of_argument, _changing_said),
    Claim("not the maximum of the whole array", _max_over_everything),
    Claim("exp(z) overflows to inf from z = 710 on", lambda e: e.shows(r"\bexp\b")),
    Claim("it sums where the mean belongs", lambda e: not e.shows(r"\bmean\b|/ *len\(|/ *\w+\.size\b")),
    Claim("reaches past the end of such a short list", lambda e: not _own_guard(e)),
    Claim("its size check saw fewer elements than the inputs hold", _guard_counts),
)


def vet(hint: str | None, evidence: Evidence | None, claims=CLAIMS) -> str | None:
    """``hint`` with every paragraph whose story the code cannot have dropped, or replaced by what the code shows
    instead; None when nothing is left. Unchanged without evidence (no source to read)."""
    if not hint or evidence is None or not evidence.functions:
        return hint
    kept = []
    for paragraph in hint.split("\n\n"):
        for claim in claims:
            if claim.marker in paragraph and not claim.holds(evidence):
                paragraph = claim.instead(evidence)
                break
        if paragraph:
            kept.append(paragraph)
    return "\n\n".join(kept) or None


def functions_named(tree, names) -> tuple[ast.FunctionDef, ...]:
    """The module's functions and methods (``tree``: the parsed file) whose names are in ``names`` (none past
    MOST_NODES: then no story is judged, and every one is kept)."""
    if tree is None:
        return ()
    found = tuple(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name in names)
    return () if nodes_in(*found) > MOST_NODES else found


def told(hint: str | None, claims=CLAIMS) -> bool:
    """Whether ``hint`` tells one of the stories at all (the code is read only then)."""
    return bool(hint) and any(claim.marker in hint for claim in claims)


def defined_names(tree) -> set[str]:
    """The names of every function and method the module defines."""
    return {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))} if tree else set()
