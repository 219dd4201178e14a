"""The modules of a submission folder: its top, or the one subfolder that holds them, and a
course module missing there that one other folder holds (see ``elsewhere``).

Only the ``.py`` files of the chosen folder are read, through ``safe_files``
(relative to their open folder, with ``O_NOFOLLOW``): a link inside the
submission is skipped with a note, and so is a ``.py`` entry that is not a
regular file or not a module name.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from .elsewhere import borrowed, near_misses
from .modules import LINK_NOTE, MODULE_NAME, NOT_A_MODULE_NAME, choose_folder, read_modules
from .safe_files import FILE, FOLDER, LINK, MAX_ITEMS, OTHER, Folder

MAX_SUBFOLDERS = 64  # folders of a submission looked into for its modules


def _skipped(items, prefix: str = "") -> list[str]:
    """Notes on what a folder holds that is not read: links, and .py entries that are not modules."""
    notes = []
    for item in items:
        where = prefix + item.name
        if item.kind == LINK:
            notes.append(LINK_NOTE.format(where))
        elif item.name.endswith(".py") and item.kind == OTHER:
            notes.append(f"{where} is not a regular file; it was not read")
        elif item.name.endswith(".py") and item.kind == FILE and not MODULE_NAME.fullmatch(item.name):
            notes.append(f"{where}{NOT_A_MODULE_NAME}")
    return notes


def _module_files(items) -> list[str]:
    return [item.name for item in items if item.kind == FILE and MODULE_NAME.fullmatch(item.name)]


def _listing(folder: Folder, prefix: str) -> tuple[list, list[str]]:
    """(the folder's entries, notes on what of them is skipped)."""
    items, more = folder.items()
    notes = _skipped(items, prefix)
    if more:
        where = prefix or "the submission"
        notes.append(f"{where} holds more than {MAX_ITEMS} entries; only {MAX_ITEMS} were looked at")
    return items, notes


def modules_in_folder(path: Path, expected: frozenset) -> tuple[dict, list]:
    """``({"gates.py": text}, notes)`` of the folder ``path`` or of its one subfolder of modules,
    with the course modules missing there that one other folder holds."""
    with Folder(path) as top:
        items, notes = _listing(top, "")
        listings = {"": (items, [])}
        subfolders = [i.name for i in items if i.kind == FOLDER and not i.name.startswith((".", "__"))]
        if len(subfolders) > MAX_SUBFOLDERS:
            notes.append(f"only the first {MAX_SUBFOLDERS} of its {len(subfolders)} folders were looked into")
        for name in subfolders[:MAX_SUBFOLDERS]:
            with top.sub(name) as folder:
                listings[name] = _listing(folder, f"{name}/")
        modules = {name: {m[:-3] for m in _module_files(found)} for name, (found, _) in listings.items()}
        folders = {name: found for name, found in modules.items() if found}
        chosen = choose_folder(folders, expected, f"{path.name}/", "exercise modules", borrows=True) if folders else ""
        extra, moved = borrowed(folders, chosen, expected)
        if chosen:
            notes += [f"the modules were read from {chosen}/", *listings[chosen][1]]
        missing = set(expected) - modules[chosen] - {name[:-3] for name in extra}
        near, named = near_misses({name: [i.name for i in found if i.kind == FILE] for name, (found, _) in listings.items()},
                                  missing)  # fmt: skip
        notes = [note for note in notes if note.removesuffix(NOT_A_MODULE_NAME) not in named] + moved + near
        with contextlib.ExitStack() as opened:
            folder_of = {name: opened.enter_context(top.sub(name)) if name else top for name in {chosen, *extra.values()}}
            files, read_notes = read_modules(lambda name, limit: folder_of[extra.get(name, chosen)].read(name, limit),
                                             _module_files(listings[chosen][0]) + list(extra), expected)  # fmt: skip
    return files, notes + read_notes
