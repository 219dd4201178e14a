"""The hints for a module that fails while it is imported: said only where the module's text shows the cause."""

from autograder.grading.import_hints import import_hint


def _detail(*frames):
    return "\n".join(f'  File "m.py", line {line}, in {where}\n    {code}' for line, where, code in frames)


SOURCE = "import numpy as np\n\nprint(f(1))\n\n\ndef f(x, scale=SCALE):\n    return x\n\n\nSCALE = 2\n"


def test_a_top_level_call_of_a_function_defined_below_is_named():
    hint = import_hint("NameError", "name 'f' is not defined", _detail((3, "<module>", "print(f(1))")), SOURCE)
    assert "defines only on line 6" in hint and "if __name__" in hint


def test_a_default_that_needs_a_constant_set_below_is_named():
    source = SOURCE.replace("print(f(1))\n", "")
    hint = import_hint("NameError", "name 'SCALE' is not defined", _detail((5, "<module>", "def f(x, scale=SCALE):")),
                       source)
    assert "a default that uses SCALE" in hint and "only on line 9" in hint


def test_a_default_that_needs_another_parameter_or_self_is_named():
    source = "class A:\n    def g(self, n, k=len(n), lr=self.lr):\n        pass\n"
    frames = [(1, "<module>", "class A:"), (2, "A", "def g(self, n, k=len(n), lr=self.lr):")]
    said = import_hint("NameError", "name 'n' is not defined", _detail(*frames), source)
    assert "parameter k" in said and "if k is None: k = len(n)" in said
    said = import_hint("NameError", "name 'self' is not defined", _detail(*frames), source)
    assert "parameter lr" in said and "there is no self" in said


def test_nothing_is_said_where_the_text_does_not_show_the_cause():
    detail = _detail((3, "<module>", "print(g(1))"))
    assert import_hint("NameError", "name 'g' is not defined", detail, SOURCE.replace("f(1)", "g(1)")) is None
    assert import_hint("NameError", "name 'f' is not defined", detail, None) is None
    assert import_hint("NameError", "name 'f' is not defined", detail, "def (:\n") is None
    assert import_hint("ValueError", "bad", detail, SOURCE) is None


def test_np_array_given_its_numbers_one_by_one_is_named():
    said = import_hint("TypeError", "array() takes from 1 to 2 positional arguments but 3 were given",
                       _detail((1, "<module>", "W = np.array(1, 2, 3)")), "W = np.array(1, 2, 3)\n")
    assert "3 separate arguments" in said and "np.array([a, b, c])" in said


def test_a_file_far_larger_than_a_course_module_is_not_parsed_in_the_grader():
    """The text is parsed in the grader's own process: a hostile file of hundreds of kilobytes gets no reading."""
    detail = _detail((3, "<module>", "print(f(1))"))
    assert import_hint("NameError", "name 'f' is not defined", detail, SOURCE)
    padded = SOURCE + "# padding\n" * 10_000
    assert import_hint("NameError", "name 'f' is not defined", detail, padded) is None
