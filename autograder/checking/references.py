"""The reference solutions, as the grader holds them during a run.

Every reference file is read, and every graded one imported, before any student code
runs: the grader never imports a file that student code could have written since. A
reference that changes during the run is found at its end (``changed``), and the run's
grades do not stand.

Three kinds, one interface (``module(name)``, ``changed()``): the references themselves
(``References``, the instructor's grading, each slow question answered once per run),
the same written down as the checks use them (``RecordingReferences``, building a student's
kit) and the written-down answers alone (``PlayedReferences``, a student's kit, which holds
no solution code).
"""

from __future__ import annotations

import time
import types
from pathlib import Path

import numpy as np

from .plain_copy import plain_copy
from .recording import RECORD_FILE, PlayedReference, RecordingError, RecordingReference, call_step

# At most this many answers are kept per run. The questions every submission asks come first (the
# first submission asks them all), so the cap holds memory flat when a check asks the reference
# about each student's own values, questions that are never asked again.
MOST_ANSWERS_KEPT = 4096
# Seconds: an answer quicker to compute than this is not worth keeping (keying and copying a kept one
# costs some 20-70 microseconds).
KEEP_SLOWER_THAN = 0.0002


class MissingReference(RuntimeError):
    """A check asked for a reference that was not read before grading began (the course has no
    such solution file), or for mistakes its checks folder has no module for."""


def load_reference(path: Path, module: str, source: str):
    """Import a reference solution from its text under a private name (grader side only)."""
    holder = types.ModuleType(f"nnkit_reference_{module}")
    holder.__file__ = str(path)
    exec(compile(source, str(path), "exec"), holder.__dict__)  # noqa: S102 - the course's own reference
    return holder


class NoMistakes:
    """``reference.mistakes`` of an exercise whose checks folder has no ``<module>_mistakes.py``:
    a check that asks it is told which file is missing (a course author who copied another
    exercise's checks also copies that file)."""

    def __init__(self, path: Path):
        self._path = path

    def __getattr__(self, name):
        raise MissingReference(f"the checks ask reference.mistakes.{name}, but there is no {self._path.name} "
                               f"in {self._path.parent}")


class AnswersOnce:
    """The answers of a run's reference functions, each slow one computed the first time its question is asked.

    A function of a reference module (or of its ``mistakes``) is pure: what it returns depends on
    its arguments' values alone, the rule a student's kit is recorded by. The checks ask the same
    questions of every submission (their inputs come from seeds), so a batch worker computes each
    answer once, not once per student. A question is its function's name and its arguments' values
    (arrays by dtype, shape and bytes); a kept answer is plain data (numbers, strings, arrays, and
    lists, tuples and dicts of them), handed out as a copy, and computed on copies of its arguments.

    Keeping an answer costs its key and its copies, some tens of microseconds: a function that
    answered in less than ``KEEP_SLOWER_THAN`` seconds is called directly from then on, until a call
    of it takes longer. Which way an answer comes changes nothing but the time. Other values (a class,
    an object, a question with an argument that cannot be keyed) are computed at every call.
    """

    def __init__(self):
        self._kept: dict[tuple, object] = {}
        self._quick: set[str] = set()  # the functions called directly

    def ask(self, name: str, function, args: tuple, kwargs: dict):
        """``function(*args, **kwargs)``, computed once per slow question (``name``: the function's own)."""
        if name in self._quick:
            started = time.perf_counter()
            answer = function(*args, **kwargs)
            if time.perf_counter() - started >= KEEP_SLOWER_THAN:
                self._quick.discard(name)
            return answer
        try:
            question = (name, call_step(args, kwargs))
        except RecordingError:
            return function(*args, **kwargs)
        if question in self._kept:
            return plain_copy(self._kept[question])
        started = time.perf_counter()
        answer = function(*plain_copy(args), **plain_copy(kwargs))
        if time.perf_counter() - started < KEEP_SLOWER_THAN:
            self._quick.add(name)
        elif len(self._kept) < MOST_ANSWERS_KEPT and _plain(answer):
            self._kept[question] = plain_copy(answer)
        return answer


def _plain(value) -> bool:
    """Whether ``value`` is plain data: what can key a question can be kept as an answer."""
    try:
        call_step((value,), {})
    except RecordingError:
        return False
    return True


class AnsweringModule:
    """A reference module as the checks see it in the instructor's grading: its functions (and those
    of its ``mistakes``) answer through the run's ``AnswersOnce``; its classes, constants and objects
    are the module's own."""

    __slots__ = ("_module", "_name", "_answers")

    def __init__(self, module, name: str, answers: AnswersOnce):
        self._module, self._name, self._answers = module, name, answers

    def __getattr__(self, attribute: str):
        value = getattr(self._module, attribute)
        name = f"{self._name}.{attribute}"
        if isinstance(value, types.ModuleType):
            return AnsweringModule(value, name, self._answers)
        if isinstance(value, types.FunctionType):
            return lambda *args, **kwargs: self._answers.ask(name, value, args, kwargs)
        return value

    def __repr__(self) -> str:
        return f"<reference {self._name}>"


class References:
    """The texts of a course's reference files, and the imported references of the graded modules
    (``module`` hands them out answering through one ``AnswersOnce`` for the whole run)."""

    def __init__(self, folder: Path, modules, checks_dir: Path | None = None):
        self.folder = Path(folder)
        self.texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(self.folder.glob("*.py"))}
        self._imported = {}
        for module in sorted(modules):
            text = self.texts.get(f"{module}.py")
            if text is not None:
                self._imported[module] = load_reference(self.folder / f"{module}.py", module, text)
                mistakes = Path(checks_dir or "") / f"{module}_mistakes.py"
                if checks_dir is not None and mistakes.is_file():
                    # What common mistakes compute, beside the checks: asked through the reference, it is
                    # recorded with it, and a student's kit gets the outputs, not this code.
                    self._imported[module].mistakes = load_reference(mistakes, f"{module}_mistakes",
                                                                     mistakes.read_text(encoding="utf-8"))
                elif checks_dir is not None:
                    self._imported[module].mistakes = NoMistakes(mistakes)
        answers = AnswersOnce()
        self._answering = {name: AnsweringModule(module, name, answers) for name, module in self._imported.items()}

    def module(self, name: str):
        """The imported reference of ``name``, its functions answering through the run's ``AnswersOnce``."""
        if name not in self._imported:
            raise MissingReference(f"no reference for {name} was loaded before grading began")
        return self._answering[name]

    def changed(self) -> list[str]:
        """The reference files whose text is no longer what was read at the start of the run."""
        changed = []
        for name, text in self.texts.items():
            try:
                now = (self.folder / name).read_text(encoding="utf-8")
            except OSError:
                now = None
            if now != text:
                changed.append(name)
        return changed


class RecordingReferences(References):
    """The real references, each wrapped so that every plain answer it gives is written down
    (building a student's kit: ``save`` writes one record per exercise)."""

    def __init__(self, folder: Path, modules, checks_dir: Path | None = None):
        super().__init__(folder, modules, checks_dir)
        self._recordings = {name: RecordingReference(module, name) for name, module in self._imported.items()}

    def module(self, name: str):
        super().module(name)  # the same refusal for a module without a reference
        return self._recordings[name].proxy

    def save(self, folder: Path) -> None:
        for name, recording in self._recordings.items():
            recording.save(Path(folder) / name)


class PlayedReferences:
    """A student's kit's references: the recorded answers of each exercise, and no code."""

    texts: dict[str, str] = {}

    def __init__(self, folder: Path, modules):
        self._played = {name: PlayedReference(Path(folder) / name, name) for name in sorted(modules)
                        if (Path(folder) / name / RECORD_FILE).is_file()}  # fmt: skip

    def module(self, name: str):
        if name not in self._played:
            raise MissingReference(f"this kit has no recorded expected results for {name}")
        return self._played[name].proxy

    def changed(self) -> list[str]:
        return []
