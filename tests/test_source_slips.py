"""Slips read off the student's text (``grading/source_slips.py``): pure, text in, findings out."""

from autograder.grading.source_slips import findings, slip_hint

TEXT = '''import numpy as np
OR_WEIGHTS: (0.0, 0.6, 0.6)

def relu(z):
    np.maximum(z, 0.0)
    return z

def step(params, grads):
    for name in params:
        params[name] - 0.1 * grads[name]
    return params

def check(x):
    if x is None:
        raise ValueError("no x")
        return 0
    return x

def gates():
    return [lambda a: a * w for w in (1, 2)]

def fine(z):
    z = np.maximum(z, 0.0)
    z.sort()
    print(z)
    return z

if __name__ == "__main__":
    NOR_WEIGHTS = (0.5, -1.0, -1.0)
'''


def test_each_kind_of_slip_is_found_where_it_is():
    found = {(line, where): words for line, _, words, where in findings(TEXT)}
    assert "annotation, not an assignment" in found[(2, "")]
    assert "maximum() and throws it away" in found[(5, "relu")]
    assert "a line of arithmetic alone changes nothing" in found[(10, "step")]
    assert "never run: it comes after the raise on line 15" in found[(16, "check")]
    assert "lambda in a loop that reads the loop's w" in found[(20, "gates")]
    assert "only when the file is run as a script" in found[(29, "")]
    assert not any(where == "fine" for _, where in found)


def test_a_slip_is_named_only_for_what_the_check_asked_or_names():
    assert slip_hint(TEXT, "m.py", {"relu"}).startswith("Line 5 of your m.py, `np.maximum(z, 0.0)`")
    assert slip_hint(TEXT, "m.py", {"fine"}) is None
    assert "Line 2 of your m.py, `OR_WEIGHTS: (0.0, 0.6, 0.6)`" in slip_hint(TEXT, "m.py", set(), "no OR_WEIGHTS")
    assert "Line 29" in slip_hint(TEXT, "m.py", set(), "there is no NOR_WEIGHTS")


def test_a_function_the_asked_one_calls_is_read_too_and_a_method_stands_for_its_class():
    text = ("import numpy as np\n\ndef helper(z):\n    z.reshape(-1)\n    return z\n\ndef outer(z):\n"
            "    return helper(z)\n\nclass Net:\n    def fit(self, X):\n        np.add(self.w, X)\n")
    assert "Line 4" in slip_hint(text, "m.py", {"outer"})
    assert "Line 12" in slip_hint(text, "m.py", {"fit"})


def test_text_that_does_not_parse_has_no_slips():
    assert not findings("def broken(:\n")
    assert slip_hint(None, "m.py", {"f"}) is None
