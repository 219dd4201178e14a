"""The parts of copydetect the similarity report uses, without the package's report machinery.

``import copydetect`` runs the package's ``__init__``, which imports its HTML report module
and with it ``matplotlib.pyplot``, ``tqdm`` and ``jinja2``: some 0.7 s on a quiet 2-core machine,
more than the rest of a small class's similarity report. The report needs none of that, only the
fingerprinting functions of ``copydetect/utils.py`` (whose own imports are NumPy, pygments and
markupsafe). So that one file of the installed package is loaded on its own, once a process,
under a private package name; the functions are copydetect's own, unchanged. The version comes from the
package's metadata, and the two thresholds are copydetect's documented defaults (a test compares
them with ``copydetect.defaults``, and the report's matches with ``copydetect.compare_files``).
"""

from __future__ import annotations

import importlib.machinery
import importlib.metadata
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

NOISE_THRESHOLD = 25  # copydetect's default: characters of filtered code per fingerprint
GUARANTEE_THRESHOLD = 25  # copydetect's default: a match this long is always found (window 1: every k-gram kept)


ALIAS = "nnkit_copydetect"  # the name copydetect's folder is known by here, its __init__ never run


@cache
def copydetect_utils() -> ModuleType:
    """copydetect's ``utils`` module, loaded from the installed package without its ``__init__``.

    The folder is registered as the package ``ALIAS``, an empty shell whose ``__path__`` is
    copydetect's folder, so that ``utils``' own relative imports (its winnowing helper) resolve
    there too; ``copydetect`` itself stays unimported, for anyone who imports it later."""
    package = importlib.util.find_spec("copydetect")  # found, not imported
    if package is None or not package.submodule_search_locations:
        raise ImportError("copydetect is not installed: pip install 'copydetect>=0.5,<0.6'")
    folder = next(iter(package.submodule_search_locations))
    shell = importlib.util.module_from_spec(importlib.machinery.ModuleSpec(ALIAS, None, is_package=True))
    shell.__path__ = [folder]
    sys.modules.setdefault(ALIAS, shell)
    spec = importlib.util.spec_from_file_location(f"{ALIAS}.utils", Path(folder) / "utils.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def copydetect_version() -> str:
    return importlib.metadata.version("copydetect")
