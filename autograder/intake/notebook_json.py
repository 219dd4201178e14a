"""A notebook's JSON, read as plain data and bounded: never nbformat's objects, never run.

A notebook is hostile: it is read without following links, bounded in size
(``MAX_NOTEBOOK_BYTES``), checked for nesting (``MAX_JSON_DEPTH``, before
``json.loads`` could exhaust the stack) and cells (``MAX_CELLS``); anything
else is a ``NotebookError`` naming the file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from .safe_files import UnsafeFile, read_path

MAX_NOTEBOOK_BYTES = 16 << 20  # outputs with pictures make notebooks large; code never is
MAX_CELLS = 2000
MAX_JSON_DEPTH = 64  # a notebook nests some eight levels deep
DEPTH_CHUNK = 1 << 20  # brackets summed at a time while the depth is checked


class NotebookError(ValueError):
    """A file that cannot be read as a notebook."""


_JSON_STRING = re.compile(r'"[^"]*"')  # a string, once its escaped quotes are gone
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # one level in, one level out (as int8)


def _structure(text: str) -> bytes:
    """The brackets of the JSON ``text`` that are not inside strings, in order. Escapes are
    removed first, left to right as JSON reads them (an escaped backslash, then an escaped
    quote), so what is left of each string is quote, text, quote."""
    unescaped = text.replace("\\\\", "").replace('\\"', "")
    return _NOT_BRACKET.sub("", _JSON_STRING.sub("", unescaped)).encode("ascii")


def nested_deeper_than(text: str, limit: int) -> bool:
    """Whether the JSON ``text`` nests arrays and objects more than ``limit`` levels deep, or its
    brackets do not pair up; found by summing +1 and -1 over its brackets (NumPy, in chunks),
    never by recursion, so a hostile file cannot exhaust the stack or take long."""
    steps = np.frombuffer(_structure(text).translate(_DEPTH_STEPS), dtype=np.int8)
    depth = 0
    for start in range(0, steps.size, DEPTH_CHUNK):
        running = np.cumsum(steps[start : start + DEPTH_CHUNK], dtype=np.int64) + depth
        if running.max() > limit or running.min() < 0:
            return True
        depth = int(running[-1])
    return depth != 0


def json_type(value) -> str:
    """What a JSON value is, in the words of JSON."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string"}.get(type(value), type(value).__name__)


def parse_notebook(data: bytes, name: str) -> dict:
    """The notebook in ``data`` (the bytes of the file ``name``) as plain JSON data, bounded in
    size, nesting and cells; NotebookError, naming the file, for anything else."""
    if len(data) > MAX_NOTEBOOK_BYTES:
        raise NotebookError(f"{name} is larger than {MAX_NOTEBOOK_BYTES >> 20} MiB and was not read")
    text = data.decode("utf-8", errors="replace")
    deep = (f"{name} is not a notebook: its JSON is nested more than {MAX_JSON_DEPTH} levels deep "
            "(or its brackets do not match)")
    if nested_deeper_than(text, MAX_JSON_DEPTH):
        raise NotebookError(deep)
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotebookError(f"{name} is not a notebook (not valid JSON: {exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise NotebookError(deep) from None
    except ValueError as exc:  # a number too long to convert, say
        raise NotebookError(f"{name} is not a notebook (not valid JSON: {exc})") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise NotebookError(f"{name} is not a notebook (it has no list of cells)")
    if len(nb["cells"]) > MAX_CELLS:
        raise NotebookError(f"{name} holds {len(nb['cells'])} cells, more than the {MAX_CELLS} a notebook may")
    return nb


def read_notebook(path: Path) -> dict:
    """The notebook at ``path`` as plain JSON data (never nbformat's objects, never run, never
    read through a symbolic link)."""
    path = Path(path)
    try:
        data = read_path(path, MAX_NOTEBOOK_BYTES)
    except UnsafeFile as exc:
        raise NotebookError(exc.strerror) from None
    except OSError as exc:
        raise NotebookError(f"{path.name} could not be read ({exc.strerror})") from None
    return parse_notebook(data, path.name)
