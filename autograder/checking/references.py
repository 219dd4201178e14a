"""The reference solutions, as the grader holds them during a run.

Every reference file is read, and every graded one imported, before any student code
runs: the grader never imports a file that student code could have written since. A
reference that changes during the run is found at its end (``changed``), and the run's
grades do not stand.
"""

from __future__ import annotations

import types
from pathlib import Path


class MissingReference(RuntimeError):
    """A check asked for a reference that was not read before grading began (the course has no
    such solution file)."""


def load_reference(path: Path, module: str, source: str):
    """Import a reference solution from its text under a private name (grader side only)."""
    holder = types.ModuleType(f"nnkit_reference_{module}")
    holder.__file__ = str(path)
    exec(compile(source, str(path), "exec"), holder.__dict__)  # noqa: S102 - the course's own reference
    return holder


class References:
    """The texts of a course's reference files, and the imported references of the graded modules."""

    def __init__(self, folder: Path, modules):
        self.folder = Path(folder)
        self.texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(self.folder.glob("*.py"))}
        self._imported = {}
        for module in sorted(modules):
            text = self.texts.get(f"{module}.py")
            if text is not None:
                self._imported[module] = load_reference(self.folder / f"{module}.py", module, text)

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
