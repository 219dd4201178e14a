"""Python's own errors for slips of habit, read as a teacher would (errors at import: test_import_hints.py): each hint is
asked of the real exception Python raises for the slip (so a Python that words it otherwise fails here),
and says the slip and its fix; an error that is none of them gets no hint from these readers."""

import linecache
import traceback

import numpy as np
import pytest

from autograder.grading.errors import python_error_hint, read_error
from autograder.grading.follow_ons import pointed_to_first_error
from autograder.grading.python_slips import slip_hint
from autograder.grading.results import TestResult


def _raised(source: str, call: str = "", filename: str = "student.py"):
    """(type name, message, the traceback's last lines as the sandbox gives them) of running ``source`` (then
    ``call``) as the student's file ``filename``."""
    space = {"np": np}
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)  # as the child shows code
    try:
        exec(compile(source, filename, "exec"), space)
        if call:
            exec(compile(call, "<grader>", "exec"), space)
    except Exception as exc:  # noqa: BLE001 - the student's error, whatever it is
        lines = traceback.format_exception(exc)
        own = [line for line in lines if filename in line or not line.startswith("  File")]
        return type(exc).__name__, str(exc), "".join(own[:-1]).rstrip()
    raise AssertionError("the slip did not raise")


SLIPS = [
    ("def f(z):\n    return 1 - np.tanh(z) ^ 2\n", "f(np.ones(3))", "not a power", "x ** 2"),
    ("def f(z):\n    return 1 - z ^ 2\n", "f(0.5)", "not a power", "**"),
    ("def f(y):\n    return np.sum(y) / y.size()\n", "f(np.ones(3))", ".size is an attribute", "no brackets"),
    ("def f(y):\n    return y.shape()[0]\n", "f(np.ones(3))", ".shape is an attribute", "x.shape"),
    ("def f(p):\n    return p.w1 * 2\n", "f({'w1': 1.0})", "square brackets", "d['w1']"),
    ("def s(z):\n    return z\ndef f(z):\n    return 1.0 - s\n", "f(1.0)", "used as a value", "sigmoid(z)"),
    ("def f(x):\n    return x.reshape(-1)\n", "f([1.0, 2.0])", "has no .reshape", "np.asarray"),
    ("W = np.array(-0.5, 0.6, 0.6)\n", "", "3 separate arguments", "np.array([a, b, c])"),
    ("def f(p):\n    a, b = p\n    return a * 0.5\n", "f({'w1': 1.0, 'w2': 2.0})", "dict's key", "d.items()"),
    ("def f(x):\n    return [1.0, 2.0] * 0.5\n", "f(1)", "multiplied by a float", "np.asarray(x, dtype=float)"),
    ("def f(x):\n    return x[:-1] * x[1:]\n", "f([3, 5, 2])", "multiplied by another list", "np.asarray(x, dtype=float)"),
    ("def g(z):\n    return g(z)\n", "g(1.0)", "g calls g again", "another function's name"),
    ("def relu(z):\n    return np.array([max(0.0, v) for v in np.asarray(z)])\n", "relu(0.7)", "0-d array",
     "np.maximum"),
    ("def f(a, w):\n    return a * w\n", "f(np.ones((7, 4)), np.ones((4, 2)))", "matrix product is @", "A @ W"),
    ("def f(d):\n    return np.mean(d * d.T)\n", "f(np.ones((6, 2)))", "the other transposed", "d ** 2"),
    ("class P:\n    def __init__(self):\n        self.lr = 0.1\n    def fit(self):\n        return lr * 2\n",
     "P().fit()", "write self.lr", "import it"),
    ("def f(x):\n    return np.asarray(x).astype(np.float)\n", "f([1])", "NumPy no longer has", ".astype(float)"),
    ("def f(x):\n    return np.NaN\n", "f(1)", "NumPy no longer has", "np.nan"),
    ("def f(x):\n    losses = []\n    losses += float(x)\n    return losses\n", "f(1.0)", "append it", "losses += float(x)"),
    ("def f(x, seen={}):\n    seen[x] = 1\n    return x\n", "f(np.ones(2))", "as a dict key", "seen[x] = 1"),
    ("def g(z):\n    return z\ndef f(z):\n    g = g(z)\n    return g\n", "f(1.0)", "meaning the function g",
     "Give your variable another name"),
    ("def f(z):\n    total = z + sum\n    sum = 1\n    return total\n", "f(1.0)", "built-in sum", "another name"),
    ("def f(z):\n    if z > 5:\n        y = 1\n    return y\n", "f(1.0)", "never set", "on every path"),
]


@pytest.mark.parametrize("source, call, said, fix", SLIPS, ids=[s[2] for s in SLIPS])
def test_a_slip_of_habit_is_named_with_its_fix(source, call, said, fix):
    raised, message, detail = _raised(source, call)
    hint = python_error_hint(raised, message, detail)
    assert hint and said in hint and fix in hint, (raised, message, hint)


@pytest.mark.parametrize("source, call", [
    ("def f(x):\n    return x + 1\n", "f('a')"),  # str + int: none of these slips
    ("def f(a, b):\n    return a + b\n", "f(np.ones((3, 2)), np.ones((4, 5)))"),  # shapes that say nothing
    ("def f(p):\n    return p.w9\n", "f([1])"),  # a list's attribute that is no array's
])
def test_other_errors_get_no_slip_hint(source, call):
    raised, message, detail = _raised(source, call)
    assert read_error(raised, message, detail) is None and slip_hint(raised, message, detail) is None


def test_a_later_check_with_only_the_general_reading_points_to_the_first():
    raised, message, detail = _raised("def forward(a, w):\n    return a * w\n", "forward(np.ones((6, 4)), np.ones((4, 2)))")
    general = python_error_hint(raised, message, detail)
    first = TestResult(name="forward", max_score=1.0, status="failed", message=f"forward(X) raised {raised}: {message}")
    later = TestResult(name="loss", max_score=1.0, status="error", message=f"loss(X, y) raised {raised}: {message}",
                       detail=detail, hint=general)
    own = TestResult(name="fit", max_score=1.0, status="error", message=later.message, detail=detail, hint="its own")
    pointed = pointed_to_first_error((first, later, own))
    assert general and "fix forward first" in pointed[1].hint
    assert pointed[2].hint == "its own"  # a check's own hint stays
