"""What the grader reads once a check has failed, beside the check's own reading: whether the student's
function answers the same question alike (``asked_again``, ``kept_state``) and what the student's text
shows that no number does (``grading.source_slips``). Asked only for a check that did not pass."""

from __future__ import annotations

import re

from ..grading import claims, tracebacks
from ..grading.function_source import parsed
from ..grading.own_guard import own_guard_hint
from ..grading.follow_ons import FOLLOW_ON
from ..grading.source_habits import STAND_IN
from ..grading.source_slips import LIKELY, slip_hint
from .asked_again import asked_again_hint
from .outcome import error_reading
from .repair import repair_hint
from ..sandbox.session import StudentError
from .signatures import generic_hint_may_go


def second_look(session, exercise: str, ending, current: str | None) -> str | None:
    """The hint of a failed check of ``exercise`` that ended with ``ending`` and has the hint ``current``: a function
    whose answers depend on earlier calls, else a slip in the text of the functions the check asked, or at the
    module's level one that names what the check says is missing: in place of a hint that is none or generic,
    before an exercise's own reading where the slip is certain (a result thrown away, an annotation...), and not
    at all beside one where it may be harmless (code after a return); else ``current``."""
    if current and FOLLOW_ON.search(current):
        return current  # it points to the check where the cause is said: said there, not again here
    if getattr(ending, "own_exception", True) is False:
        return current  # not written yet, stopped or crashed: no answer and no slip of its own to read
    hint = asked_again_hint(session, ending, current)
    if hint is not current:
        return hint
    guard = _own_guard(session, ending)
    if guard is not None and (not current or generic_hint_may_go(ending)):
        return guard
    said = f"{getattr(ending, 'message', '')} {current or ''}"
    asked = {name for module, name in session.first_answers if module == exercise}
    asked |= set(tracebacks.student_functions(getattr(ending, "detail", "")))
    read_error = isinstance(ending, StudentError) and ending.own_exception and bool(current)
    found = slip_hint(session.files.get(f"{exercise}.py"), f"{exercise}.py", asked, said, with_habits=not read_error)
    if found is None or not current or generic_hint_may_go(ending):
        return found or current
    if STAND_IN in found:  # the answers are a stand-in the student's except handed back: nothing to read in them
        return found
    if LIKELY in found:  # a slip that is one for certain comes first; the check's own reading follows it
        return f"{found}\n\nWhat the check read from your answers: {current}"
    return current


def repaired(session, exercise: str, reference, ending, hint: str | None) -> str | None:
    """``hint`` with ``repair``'s finding before it: the one change that makes the functions the failed check
    called answer as the spec does (not after a timeout or a stub, beside a pointer to an earlier check's cause,
    or where the hint already quotes that line)."""
    if getattr(ending, "own_exception", True) is False or (hint and (FOLLOW_ON.search(hint) or STAND_IN in hint)):
        return hint
    found = repair_hint(session, exercise, reference)
    if found is None or (hint and found.split("`")[1] in hint):
        return hint
    return f"{found}\n\nWhat the check read from your answers: {hint}" if hint else found


def _student_error(ending):
    """The student's error ``ending`` is, or was raised from (a check that caught it and failed in words), or None."""
    seen = ending
    for _ in range(4):
        if isinstance(seen, StudentError):
            return seen
        seen = getattr(seen, "__cause__", None) or getattr(seen, "__context__", None)
        if seen is None:
            return None
    return None


def vetted(session, exercise: str, ending, hint: str | None) -> str | None:
    """``hint`` with the stories the student's code cannot have taken out (``grading.claims``): read against the
    functions the check asked, those the error passed through and those the words name."""
    if not claims.told(hint):
        return hint
    tree = parsed(session.files.get(f"{exercise}.py"))
    if tree is None:
        return hint
    error = _student_error(ending)
    frames = tuple(f for f in tracebacks.frames(error.detail) if f.is_students) if error is not None else ()
    names = {frame.function for frame in frames} | {name for module, name in session.first_answers if module == exercise}
    defined = claims.defined_names(tree)
    names |= defined & set(re.findall(r"\w+", f"{getattr(ending, 'message', '')} {hint}"))
    evidence = claims.Evidence(claims.functions_named(tree, names), frames,
                               error.raised if error is not None else "", error.raised_message if error is not None else "")
    kept = claims.vet(hint, evidence)
    if kept is None and error is not None and error.own_exception:  # the story went: the error's own reading stays
        kept = _own_guard(session, error) or error_reading(error)
    return kept


def _own_guard(session, ending) -> str | None:
    """``own_guard_hint`` for a check that ended with the student's own raise or assert (uncaught: the check did
    not want an error there)."""
    if not isinstance(ending, StudentError) or not ending.own_exception:
        return None
    frames = tracebacks.frames(ending.detail)
    source = session.files.get(frames[-1].file_name) if frames else None
    return own_guard_hint(ending.detail, ending.held, source)
