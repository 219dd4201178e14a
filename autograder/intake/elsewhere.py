"""Course modules that are not where the chosen folder's modules are: in another folder of the
submission, or under a name Python would not import as the module.

A module missing from the chosen folder but present in exactly one other folder is read from
there, with a note saying so: the submission then means one thing only, and grading it beats
telling the student "no mlp.py" about a file they handed in. Found in several other folders, it
is ambiguous: nothing is read, and the note names the folders. A file named almost like a
missing module is never read (which of several near names was meant is a guess), but the note
says where it is and how to name it: another case (``Gates.py``), a browser's second download
(``mlp (1).py``), a copy (``mlp copy.py``), or a notebook (``mlp.ipynb``) beside the ``.py`` files.
"""

from __future__ import annotations

import re

ONE_FOLDER = "keep all the modules in one folder"


def shown(folder: str) -> str:
    """A folder as a note names it: ``part2/``, or ``the top folder`` for the submission's own."""
    return f"{folder}/" if folder else "the top folder"


def borrowed(modules: dict[str, set], chosen: str, expected) -> tuple[dict[str, str], list[str]]:
    """``({"mlp.py": "part2"}, notes)``: for each course module missing from the folder ``chosen``,
    the one other folder it is read from (``modules``: each folder's module names), and notes on
    that and on modules found in several other folders, which are not read."""
    read, notes = {}, []
    for module in sorted(set(expected) - modules.get(chosen, set())):
        holders = sorted(folder for folder, names in modules.items() if folder != chosen and module in names)
        if len(holders) == 1:
            read[f"{module}.py"] = holders[0]
            notes.append(f"{module}.py was read from {shown(holders[0])}, the other modules from {shown(chosen)}: "
                         f"{ONE_FOLDER}")  # fmt: skip
        elif holders:
            places = ", ".join(shown(folder) for folder in holders)
            notes.append(f"{module}.py was found in {places} but not read: there is none in {shown(chosen)}, and "
                         f"which of them is meant cannot be told; {ONE_FOLDER}")  # fmt: skip
    return read, notes


def _near(name: str, module: str) -> str | None:
    """What is wrong with the file ``name`` as the module ``module``, or None if it is not named
    like it."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or stem == module and suffix == "py":
        return None
    if suffix == "py" and stem.lower() == module.lower():
        return f"Python's module names are case-sensitive: rename it {module}.py"
    if suffix == "py" and re.fullmatch(rf"{re.escape(module)}\s*(\(\d+\)|-\s*\d+|[\s_-]*copy(\s*\d+)?)|copy of {re.escape(module)}",
                                       stem, flags=re.IGNORECASE):  # fmt: skip
        return f"it looks like a second download or a copy of {module}.py: rename it {module}.py"
    if suffix == "ipynb" and stem.lower() == module.lower():
        return (f"it is a notebook, and the modules are read from .py files: save it as {module}.py "
                "(in Jupyter: File > Download as > Python (.py))")  # fmt: skip
    return None


def near_misses(files: dict[str, list[str]], missing) -> tuple[list[str], set[str]]:
    """(notes, the paths they name) on the files named almost like a missing module (``files``:
    each folder's file names, any extension)."""
    notes, named = [], set()
    for folder, names in files.items():
        for name in names:
            for module in sorted(missing):
                why = _near(name, module)
                if why:
                    path = f"{folder}/{name}" if folder else name
                    notes.append(f"{path} was not read as {module}.py: {why}")
                    named.add(path)
    return notes, named
