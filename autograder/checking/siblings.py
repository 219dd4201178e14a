"""Helper modules a course's checks keep beside them.

A check module of an exercise may share helpers with the next one, or grow past a
sitting; its helpers then live in a plain module in the same folder (not named
``test_*``, so pytest does not collect it). Checks are imported by path, without their
folder on ``sys.path`` (two courses may both have a ``test_gates.py``), so a helper is
loaded the same way: ``helpers = load_sibling(__file__, "mlp_network")``. Each file is
loaded once, under a name made from its full path, so two courses' helpers of the same
name never meet.

Most helpers hold hints that only a failing check asks for, so a helper whose compiled
code is already cached (its ``__pycache__`` file matches the source, as Python's own import
would judge it) is run only when something first reads from it. Its bytes are read now,
though, while the checks are collected and before any student code runs: what runs later is
what was on disk then, whatever a submission writes in the meantime (the rule the reference
solutions keep, ``references.py``). A helper with no cached code is imported at once, the
usual way, which writes the cache for the next run.

A helper not run yet may ask for another at its own first line, and that can be after student
code has run: so before grading begins the plugin calls ``hold_folder``, which reads every helper
of the checks' folder not asked for yet (its cached code, or its source to compile when run), and
nothing of a helper is read from disk after that.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import sys
from dataclasses import dataclass
from pathlib import Path

HEADER = 16  # a cached file's magic number, flags, the source's mtime and size
# Asked of every name in a check module while pytest collects it (is it a mock, a wrapper, a
# fixture?): a helper not run yet answers these itself, as a module without them would.
COLLECTION_PROBES = frozenset({"_mock_name"})


def load_sibling(check_file: str, name: str):
    """The module ``<name>.py`` in the folder of ``check_file`` (or, until it is first read
    from, a stand-in holding its cached code)."""
    path = Path(check_file).resolve().with_name(f"{name}.py")
    key = _key(path)
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, path)
    if spec is None or not path.is_file():
        raise ImportError(f"the checks' helper module {path} does not exist")
    code = _cached_code(path)
    if code is not None:
        later = LaterSibling(spec, code)
        sys.modules[key] = later
        return later
    return _run(spec, None)


def hold_folder(checks_dir: Path) -> None:
    """Read now every helper module of ``checks_dir`` that no check has asked for yet, so that one
    asked for later runs what is on disk now (nothing is run here)."""
    for path in sorted(Path(checks_dir).resolve().glob("*.py")):
        if path.name.startswith("test_") or path.name == "__init__.py":
            continue
        key = _key(path)
        if key in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(key, path)
        try:
            code = _cached_code(path) or Source(path.read_bytes())
        except OSError:
            continue
        if spec is not None:
            sys.modules[key] = LaterSibling(spec, code)


def _key(path: Path) -> str:
    return f"nnkit_check_helper_{path.stem}_{hashlib.sha256(str(path).encode()).hexdigest()[:12]}"


def _cached_code(path: Path) -> bytes | None:
    """The marshalled code of ``path`` from its cache file, if that file matches the source."""
    if sys.dont_write_bytecode:
        return None
    try:
        source = path.stat()
        cached = Path(importlib.util.cache_from_source(str(path))).read_bytes()
    except (OSError, NotImplementedError, ValueError):
        return None
    header = cached[:HEADER]
    if (len(cached) <= HEADER or header[:4] != importlib.util.MAGIC_NUMBER or header[4:8] != bytes(4)
            or int.from_bytes(header[8:12], "little") != int(source.st_mtime) & 0xFFFFFFFF
            or int.from_bytes(header[12:16], "little") != source.st_size & 0xFFFFFFFF):  # fmt: skip
        return None
    return cached[HEADER:]


@dataclass(frozen=True)
class Source:
    """A helper's source, read by ``hold_folder`` where no cached code matched it: compiled when run."""

    text: bytes


def _run(spec, code: bytes | Source | None):
    """Run a helper's module and keep it: from ``code`` if given (marshalled code, or the source read
    by ``hold_folder``), else the usual import."""
    module = importlib.util.module_from_spec(spec)
    held = sys.modules.get(spec.name)  # a stand-in keeps what was read before grading, should this fail
    sys.modules[spec.name] = module
    try:
        if code is None:
            spec.loader.exec_module(module)
        else:
            compiled = marshal.loads(code) if isinstance(code, bytes) else compile(code.text, spec.origin, "exec")
            exec(compiled, module.__dict__)  # noqa: S102 - the course's own helper, read before grading
    except BaseException:
        if held is None:
            del sys.modules[spec.name]
        else:
            sys.modules[spec.name] = held
        raise
    return module


class LaterSibling:
    """A helper module not run yet: the first attribute read runs it (from the code read when it
    was asked for) and is answered from it, as is every read after."""

    def __init__(self, spec, code: bytes | Source):
        self.__spec = spec
        self.__code = code
        self.__module = None

    def __getattr__(self, attribute: str):
        if attribute in ("__name__", "__file__", "__spec__", "__loader__"):
            return {"__name__": self.__spec.name, "__file__": self.__spec.origin, "__spec__": self.__spec,
                    "__loader__": self.__spec.loader}[attribute]  # fmt: skip
        if attribute in COLLECTION_PROBES or (attribute.startswith("__") and attribute.endswith("__")):
            raise AttributeError(attribute)
        module = self.__module
        if module is None:
            present = sys.modules.get(self.__spec.name)
            module = present if present is not None and present is not self else _run(self.__spec, self.__code)
            self.__module = module
        return getattr(module, attribute)
