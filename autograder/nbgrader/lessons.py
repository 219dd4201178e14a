"""The lessons of the notebooks, read from beside the checks: ``lesson_<module>.md``.

An exercise's lesson is Markdown that sits with its checks (``checks/test_gates.py``,
``checks/lesson_gates.md``), so an exercise is one unit. The file holds, in order:

- the opening lesson of the notebook (``intro``): anything Markdown and Jupyter show,
  with pictures as local images beside it (``![alt](lesson_gates.svg)``), which
  are put into the notebook as ``data:`` URIs;
- one section ``## Task: `name``` per answer: the task shown above the answer
  cell that defines ``name``;
- optionally a section ``## Where tests go`` with lines ``- `test` after `name```:
  the test cells of ``test`` (its name without ``[parameter]``) go after the
  answer that defines ``name`` (``{param}`` is the test's parameter), where the
  test's own name does not point to it.

An exercise without a lesson file gets a generic notebook: its title, the
module's docstring and one line per answer.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from pathlib import Path

HOW_TO = """\
**How this notebook works.** Write your answers in the cells that say `# YOUR CODE HERE`
(replace the `raise NotImplementedError()` line). The read-only cells set things up and
must stay as they are. Each **test cell** grades the answer cells *as saved in this
notebook file*, so save it (Ctrl+S) before you run a test cell; the cell's result is the
points that test gives you, out of the number in its first comment. Hidden tests run only
when your notebook is graded. Only the answer cells are graded: a helper function you need
must be written inside one of them."""

IMAGE_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
_SECTION = re.compile(r"^## (?:Task: `(?P<task>[^`]+)`|(?P<placing>Where tests go))[ \t]*$", re.M)
_PLACING = re.compile(r"^- `(?P<test>[^`]+)` after `(?P<answer>[^`]+)`$")
_LOCAL_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<file>[^():\s]+)\)")


class LessonError(ValueError):
    """A lesson file that cannot be read as one; the message names the file and the line."""


@dataclass(frozen=True)
class Lesson:
    intro: str
    tasks: dict = field(default_factory=dict)  # answer name -> the task above its cell
    tests_after: dict = field(default_factory=dict)  # test name without [parameter] -> answer name


def _inline_images(text: str, folder: Path) -> str:
    """``text`` with each local image ``![alt](file)`` made a ``data:`` URI of the file beside it."""

    def inline(match: re.Match) -> str:
        path = folder / match["file"]
        kind = IMAGE_TYPES.get(path.suffix.lower())
        if kind is None or not path.is_file():
            raise LessonError(f"{path} is not a picture beside the lesson ({', '.join(IMAGE_TYPES)})")
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"![{match['alt']}](data:{kind};base64,{data})"

    return _LOCAL_IMAGE.sub(inline, text)


def parse_lesson(text: str, folder: Path, name: str = "the lesson") -> Lesson:
    """The ``Lesson`` in the Markdown ``text``, its pictures read from ``folder``."""
    sections = list(_SECTION.finditer(text))
    intro = text[: sections[0].start()] if sections else text
    tasks, tests_after = {}, {}
    for section, following in zip(sections, [*sections[1:], None]):
        body = text[section.end() : following.start() if following else len(text)].strip()
        if section["task"]:
            tasks[section["task"]] = _inline_images(body, folder)
            continue
        for line in filter(None, (line.strip() for line in body.splitlines())):
            placing = _PLACING.match(line)
            if placing is None:
                number = text[: section.end()].count("\n") + 1
                raise LessonError(f"{name}, after line {number}: {line!r} is not '- `test` after `answer`'")
            tests_after[placing["test"]] = placing["answer"]
    return Lesson(_inline_images(intro.strip("\n"), folder), tasks, tests_after)


def lesson_for(checks_dir: Path, module: str) -> Lesson | None:
    """The lesson of ``module`` from ``checks_dir/lesson_<module>.md``; None when there is none."""
    path = Path(checks_dir) / f"lesson_{module}.md"
    if not path.is_file():
        return None
    return parse_lesson(path.read_text(encoding="utf-8"), path.parent, path.name)
