"""What the grader reads once a check has failed, beside the check's own reading: whether the student's
function answers the same question alike (``asked_again``, ``kept_state``) and what the student's text
shows that no number does (``grading.source_slips``). Asked only for a check that did not pass."""

from __future__ import annotations

from ..grading import tracebacks
from ..grading.follow_ons import FOLLOW_ON
from ..grading.source_slips import LIKELY, slip_hint
from .asked_again import asked_again_hint
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
    said = f"{getattr(ending, 'message', '')} {current or ''}"
    asked = {name for module, name in session.first_answers if module == exercise}
    asked |= set(tracebacks.student_functions(getattr(ending, "detail", "")))
    found = slip_hint(session.files.get(f"{exercise}.py"), f"{exercise}.py", asked, said)
    if found is None or not current or generic_hint_may_go(ending):
        return found or current
    if LIKELY in found:  # a slip that is one for certain comes first; the check's own reading follows it
        return f"{found}\n\nWhat the check read from your answers: {current}"
    return current
