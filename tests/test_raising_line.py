"""What the names on the student's raising line held (``sandbox/raising_line``): plain values described, the
student's own objects, properties and subclasses never run."""

import importlib.util
import sys

import numpy as np

sys.path.insert(0, "autograder/sandbox")  # the child imports its neighbours by name, as here
from raising_line import raising_operands  # noqa: E402

sys.path.pop(0)


def _raise_in(tmp_path, source: str, call: str):
    path = tmp_path / "student.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("student_for_operands", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        eval(call, {"m": module, "np": np})
    except Exception as exc:  # noqa: BLE001
        return exc
    raise AssertionError("no error")


def test_the_arrays_and_numbers_on_the_line_are_described(tmp_path):
    exc = _raise_in(tmp_path, "import numpy as np\ndef f(X, w, b):\n    return X @ w + b\n",
                    "m.f(np.ones((4, 2)), np.ones(3), 0.5)")
    said = raising_operands(exc, str(tmp_path))
    assert said == ("X is an array of shape (4, 2) (float64); w is an array of shape (3,) (float64); "
                    "b is the number 0.5"), said


def test_an_attribute_is_read_from_the_instance_dict_only(tmp_path):
    source = ("import numpy as np\nclass Net:\n    runs = 0\n    def __init__(self):\n        self.W = np.ones((2, 3))\n"
              "    @property\n    def counted(self):\n        Net.runs += 1\n        return np.ones(5)\n"
              "    def forward(self, x):\n        return x @ self.W @ self.counted.T + [1, 2]\n")
    exc = _raise_in(tmp_path, source, "m.Net().forward(np.ones((4, 2)))")
    said = raising_operands(exc, str(tmp_path))
    assert "x is an array of shape (4, 2)" in said and "self.W is an array of shape (2, 3)" in said, said
    assert "counted" not in said and "self is" not in said, said
    assert exc.__traceback__ is not None


def test_a_stub_and_an_error_outside_the_students_files_say_nothing(tmp_path):
    stub = _raise_in(tmp_path, "def f(x):\n    raise NotImplementedError\n", "m.f(1)")
    assert raising_operands(stub, str(tmp_path)) == ""
    assert raising_operands(ValueError("made here"), str(tmp_path)) == ""
    elsewhere = _raise_in(tmp_path, "def f(x):\n    return x\n", "np.ones(2) @ np.ones(3)")
    assert raising_operands(elsewhere, str(tmp_path)) == ""


def test_the_grader_gets_what_the_names_held_from_a_real_child(sandbox):
    from autograder.checking.remote import RemoteModule
    from autograder.sandbox.session import Session, StudentError

    source = "import numpy as np\ndef forward(X, W):\n    Z = X @ W.T\n    return Z\n"
    session = Session(sandbox, {"net.py": source})
    try:
        try:
            RemoteModule(session, "net").call("forward", np.ones((4, 2)), np.ones((3, 2)).T)
        except StudentError as error:
            assert error.held == {"X": "an array of shape (4, 2) (float64)", "W": "an array of shape (2, 3) (float64)"}
            assert "On the line that raised, X is an array of shape (4, 2)" in error.message
        else:
            raise AssertionError("no error")
    finally:
        session.close()


def test_a_dict_property_of_the_students_is_never_run(tmp_path):
    source = ("class Trap:\n    @property\n    def __dict__(self):\n        while True:\n            pass\n"
              "def f(x):\n    trap = Trap()\n    return trap.weights + x\n")
    exc = _raise_in(tmp_path, source, "m.f(1.0)")
    assert raising_operands(exc, str(tmp_path)) == "x is the number 1.0"  # and it returned at all


def test_a_raise_of_the_students_own_also_describes_what_its_if_compared(tmp_path):
    source = ("def feed(weights, inputs):\n    total = 0.0\n    if len(inputs) != len(weights) + 1:  # bias counted\n"
              "        raise ValueError('one input per weight')\n    return total\n")
    exc = _raise_in(tmp_path, source, "m.feed([0.5, -1.0], [2.0, 3.0])")
    said = raising_operands(exc, str(tmp_path))
    assert said == "inputs is a list of 2 numbers [2.0, 3.0]; weights is a list of 2 numbers [0.5, -1.0]", said
