"""Helper modules a course's checks keep beside them.

A check module of an exercise may share helpers with the next one, or grow past a
sitting; its helpers then live in a plain module in the same folder (not named
``test_*``, so pytest does not collect it). Checks are imported by path, without their
folder on ``sys.path`` (two courses may both have a ``test_gates.py``), so a helper is
loaded the same way: ``helpers = load_sibling(__file__, "mlp_network")``. Each file is
loaded once, under a name made from its full path, so two courses' helpers of the same
name never meet.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path


def load_sibling(check_file: str, name: str):
    """The module ``<name>.py`` in the folder of ``check_file``."""
    path = Path(check_file).resolve().with_name(f"{name}.py")
    key = f"nnkit_check_helper_{name}_{hashlib.sha256(str(path).encode()).hexdigest()[:12]}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, path)
    if spec is None or not path.is_file():
        raise ImportError(f"the checks' helper module {path} does not exist")
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[key]
        raise
    return module
