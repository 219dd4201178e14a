"""The reference solutions, as the grader holds them during a run.

Every reference file is read, and every graded one imported, before any student code
runs: the grader never imports a file that student code could have written since. A
reference that changes during the run is found at its end (``changed``), and the run's
grades do not stand.

Three kinds, one interface (``module(name)``, ``changed()``): the references themselves
(``References``, the instructor's grading), the same written down as the checks use them
(``RecordingReferences``, building a student's kit) and the written-down answers alone
(``PlayedReferences``, a student's kit, which holds no solution code).
"""

from __future__ import annotations

import types
from pathlib import Path

from .recording import RECORD_FILE, PlayedReference, RecordingReference


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


class References:
    """The texts of a course's reference files, and the imported references of the graded modules."""

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

    def module(self, name: str):
        """The imported reference of ``name``."""
        if name not in self._imported:
            raise MissingReference(f"no reference for {name} was loaded before grading began")
        return self._imported[name]

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
