"""A submission that does nothing earns nothing, however it does nothing: raising, answering alike
whatever it is asked, handing back what it was given, answering by chance, or answering each question
by the function's name without computing any of the course.

The blank stubs raise NotImplementedError and score zero (``test_corpus``). A check that cannot
judge its rule must not pass either when the student's code raises another error, returns None,
or raises something no check expects: otherwise `raise ValueError` in every body would earn the
points of every check that steps aside for "a wrong part whose own check says why" (the hidden
rules of the spec's defaults, a stable forward, the caller's data left alone did, once).

Two families of stubs: NOTHINGS replace the body of every stub with one line; TAILORED (a red team's,
2026-12-05) add a helper ``_h(name, self, args, kw)`` to every stub module and answer by the
function's name: a Perceptron whose fit only sets the spec's starting weights (or random ones), an
MLP fit that returns ``epochs`` numbers made from nothing, a count of the sizes' number, train's
losses from the data's length, a copy of params with one key changed, leaky ReLU of alpha alone,
answers that overflow every reader (ints of 400 and 5000 digits), and answers given twice and then
refused (a question that raised once counted as a question not asked). None of them earns a point
(only ``return self`` in the Perceptron's fit, the whole of what fit_returns_self names), and none
makes the grader's own code fail ("the grader could not check").
"""

import re

import pytest
from corpus.mutations import reference_files
from kit import EXERCISES, ROOT

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission

# What each body of the stubs does instead of raising NotImplementedError.
NOTHINGS = {
    "raises_value_error": 'raise ValueError("not done yet")',
    "raises_runtime_error": 'raise RuntimeError("not done yet")',
    "raises_type_error": 'raise TypeError("not done yet")',
    "returns_none": "return None",
    # answers that do not depend on the question: a rule about how answers are given (the caller's data
    # left alone, a stable forward, NumPy numbers like Python ones) holds vacuously for them
    "returns_zero": "return 0",
    "returns_one": "return 1.0",
    "returns_a_list": "return [0.0]",
    "returns_true": "return True",
    # answers that are not answers to the question: what the function was given, handed back, or chance
    # (grading/computed.py): they too keep a rule about how answers are given without computing anything
    "gives_back_its_input": "return next((v for k, v in dict(locals()).items() if k != 'self'), 0)",
    "gives_back_its_second_input": "v = [v for k, v in dict(locals()).items() if k != 'self']; return v[1] if len(v) > 1 else 0",
    "returns_chance": "import random; return random.random()",
    # answers made from the question's shape or length alone, or from nothing but a parameter (the red team's,
    # 2026-12-05): a count of len(layer_sizes), losses of len(data), weights of zeros, leaky ReLU of alpha
    "answers_from_the_shape": ("import numpy; a = next((v for k, v in dict(locals()).items() if k != 'self'), 0); "
                               "return numpy.zeros(numpy.shape(a)) + len(numpy.shape(a)) + 0.05"),
    "counts_its_calls": "import builtins; builtins.calls = getattr(builtins, 'calls', 0) + 1; return builtins.calls",
    "returns_chance_shaped_like_its_input": ("import numpy; a = next((v for k, v in dict(locals()).items() if k != 'self'), "
                                             "0); return numpy.random.rand(*numpy.shape(a))"),
}


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
    "answers_twice_then_refuses": """
import builtins, numpy as np
seen = builtins.__dict__.setdefault('_asked', {})
key = (name, id(self))
seen[key] = seen.get(key, 0) + 1
if name == '__init__': return None
if seen[key] > 2: raise RuntimeError('asked too often')
if name == 'fit' and hasattr(self, 'epochs'):
    self.weights = np.random.rand(np.shape(args[0])[1]); self.bias = 0.0; return self
if name == 'fit': return list(np.random.rand(args[2]))
a = args[0] if args else 0
return np.random.rand(*np.shape(a)) if np.ndim(a) else float(np.random.rand())
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



def _files(family: str, body: str) -> dict[str, str]:
    """The stub modules with every ``raise NotImplementedError`` replaced by ``body`` (NOTHINGS), or by a
    call of the helper ``_h`` whose body is ``body`` (TAILORED)."""
    files = reference_files(EXERCISES)
    if family == "nothing":
        changed = {name: re.sub(r"raise NotImplementedError\b(\([^)]*\))?", body, text) for name, text in files.items()}
        assert all(changed[name] != files[name] for name in files if name.endswith(".py"))
        return changed
    helper = "\n\ndef _h(name, self, args, kw):\n" + "\n".join("    " + line for line in body.strip().splitlines()) + "\n"
    return {name: re.sub(r"raise NotImplementedError\b(\([^)]*\))?", CALL, text) + helper for name, text in files.items()}


CASES = [("nothing", name, body) for name, body in NOTHINGS.items()] + [
    ("tailored", name, body) for name, body in TAILORED.items()]


@pytest.fixture(scope="module")
def graded():
    submissions = [Submission(name, EXERCISES, _files(family, body)) for family, name, body in CASES]
    results = grade(submissions, course=load_course(ROOT / "course.toml"))
    return {sub.id: result for sub, result in zip(submissions, results)}


@pytest.mark.parametrize("family,name", [(family, name) for family, name, _ in CASES])
def test_a_submission_that_computes_nothing_earns_nothing(graded, family, name):
    result = graded[name]
    earned = [f"{e.name}.{t.name}" for e in result.exercises for t in e.tests if t.status == "passed" or t.credit > 0]
    # ``return self`` in fit is the whole of the rule fit_returns_self names, computed or not
    allowed = {"perceptron.fit_returns_self"} if family == "tailored" else set()
    assert set(earned) <= allowed, f"{name} earned points in {earned}"
    broke = [f"{e.name}.{t.name}: {t.message}" for e in result.exercises for t in e.tests
             if "the grader could not check" in (t.message or "") or "ended the process" in (t.message or "")]
    assert broke == [], f"{name} made the grader fail: {broke}"
