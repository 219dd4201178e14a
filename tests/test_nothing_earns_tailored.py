"""Stubs written to earn points without computing any of the course, each function answering what it is asked
by its name (a red team's, 2026-12-05): a Perceptron whose fit only sets the spec's starting weights (or random
ones) and returns itself, an MLP fit that returns `epochs` numbers made from nothing, a count of the sizes'
number, train's losses from the data's length, a copy of params with one key changed, leaky ReLU of alpha alone,
and answers that overflow every reader (ints of 400 and 5000 digits). Each scores 0, and nothing in them makes
the grader's own code fail ("the grader could not check").

Each body is the body of a helper ``_h(name, self, args, kw)`` added to every stub module; every
``raise NotImplementedError`` of the stubs calls it with the function's name and its arguments.
"""

import re

import pytest
from corpus.mutations import reference_files
from kit import EXERCISES, ROOT

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission

CALL = ("import sys as _s; _f = _s._getframe(); _l = dict(_f.f_locals); _self = _l.pop('self', None); "
        "return _h(_f.f_code.co_name, _self, list(_l.values()), _l)")

TAILORED = {
    "tailored_len": """
import numpy as np
if name == '__init__': return None
if name == 'fit' and hasattr(self, 'epochs'):   # Perceptron
    X = np.asarray(args[0], dtype=float)
    self.weights = np.zeros(X.shape[1]) + len(X) / 100; self.bias = float(len(X)); return self
if name == 'fit':   # MLP: epochs numbers from nothing
    ep = args[2]
    return [1.0 / (i + 1) for i in range(ep)]
if name == 'count_parameters':
    return len(args[0]) * 3
if name == 'sgd_step':
    d = {k: float(v) for k, v in args[0].items()}; d[next(iter(d))] += 1.0; return d
if name == 'train':
    params, ep = dict(args[2]), args[4]
    params = {k: float(v) + 0.0 for k, v in params.items()}; params[next(iter(params))] += 1.0
    n = len(args[0])
    return params, [float(n) / (i + 1) for i in range(ep)]
if name == 'backprop':
    return {k: float(len(args[1])) for k in args[0]}
a = args[0] if args else 0
try: return np.zeros(np.shape(a)) + np.size(a) / 10 + 0.05 if np.ndim(a) else 0.55
except Exception: return 0.55
""",
    "perc_random": """
import numpy as np
if name == '__init__': return None
if name == 'fit' and hasattr(self, 'epochs'):
    self.weights = np.random.rand(np.shape(args[0])[1]); self.bias = 0.0; return self
raise NotImplementedError
""",
    "all_nothing": """
import numpy as np
if name == '__init__': return None
if name == 'fit' and hasattr(self, 'epochs'):            # Perceptron: the spec's start, no rule
    self.weights = np.zeros(np.shape(args[0])[1]); self.bias = 0.0; return self
if name == 'fit': return [0.0] * args[2]                  # MLP: `epochs` numbers from nothing
if name == 'step': return None
if name == 'count_parameters': return len(args[0])        # depends on the sizes' count only
if name == 'sgd_step':                                    # a copy with one key changed
    d = {k: float(v) for k, v in args[0].items()}; d['w1'] = 7.0; return d
if name == 'train':                                       # the data's length, `epochs` times
    return dict(args[2]), [float(len(args[0]))] * args[4]
if name in ('leaky_relu', 'leaky_relu_derivative'):      # alpha, broadcast to z's shape
    return np.zeros(np.shape(args[0])) + kw['alpha']
raise NotImplementedError
""",
    "self_everywhere": """
import numpy as np
if name == '__init__': return None
if self is not None: return self
a = args[0] if args else 0
return np.zeros(np.shape(a)) + np.size(a) / 10 + 0.05 if np.ndim(a) else 0.55
""",
    "weird_huge": """
import numpy as np
if name == '__init__': return None
if name == 'count_parameters': return 10 ** 5000
if name == 'train': return {k: 10 ** 400 for k in args[2]}, [10 ** 400] * args[4]
if name == 'sgd_step': return {k: 10 ** 400 for k in args[0]}
if name == 'fit' and hasattr(self, 'epochs'):
    self.weights = np.array([1 + 2j] * np.shape(args[0])[1]); self.bias = 10 ** 400; return self
if name == 'fit': return [10 ** 400] * args[2]
return 10 ** 400
""",
}


def _tailored(body: str) -> dict[str, str]:
    helper = "\n\ndef _h(name, self, args, kw):\n" + "\n".join("    " + line for line in body.strip().splitlines()) + "\n"
    return {name: re.sub(r"raise NotImplementedError\b(\([^)]*\))?", CALL, text) + helper
            for name, text in reference_files(EXERCISES).items()}


@pytest.fixture(scope="module")
def graded():
    submissions = [Submission(name, EXERCISES, _tailored(body)) for name, body in TAILORED.items()]
    results = grade(submissions, course=load_course(ROOT / "course.toml"))
    return {sub.id: result for sub, result in zip(submissions, results)}


@pytest.mark.parametrize("name", TAILORED)
def test_a_stub_tailored_to_the_checks_earns_nothing(graded, name):
    result = graded[name]
    earned = [f"{e.name}.{t.name}" for e in result.exercises for t in e.tests if t.status == "passed" or t.credit > 0]
    # ``return self`` in fit is the whole of the rule fit_returns_self names, computed or not (as in test_nothing_earns)
    assert set(earned) <= {"perceptron.fit_returns_self"}, f"{name} earned points in {earned}"
    broke = [f"{e.name}.{t.name}: {t.message}" for e in result.exercises for t in e.tests
             if "the grader could not check" in (t.message or "") or "ended the process" in (t.message or "")]
    assert broke == []
