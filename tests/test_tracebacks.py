"""Frames read from a student's traceback as the sandbox reports it."""

from autograder.grading import tracebacks

DETAIL = '''Traceback (most recent call last):
  File "/opt/kit/autograder/sandbox/child.py", line 40, in call
  File "mlp.py", line 100, in forward
    Z1 = X @ self.W1 + self.b1  # the hidden layer
  File "/usr/lib/python3/site-packages/numpy/core/fromnumeric.py", line 7, in dot
    return a.dot(b)
ValueError: shapes (4,2) and (3,4) not aligned'''


def test_frames_keep_file_line_function_and_code_and_tell_the_students_own():
    found = tracebacks.frames(DETAIL)
    assert [(f.file_name, f.line, f.function, f.code) for f in found] == [
        ("child.py", 40, "call", ""),
        ("mlp.py", 100, "forward", "Z1 = X @ self.W1 + self.b1  # the hidden layer"),
        ("fromnumeric.py", 7, "dot", "return a.dot(b)"),
    ]
    assert [f.is_students for f in found] == [False, True, False]


def test_the_last_line_with_code_and_its_code_without_the_comment():
    assert tracebacks.last_with_code(DETAIL).function == "dot"
    assert tracebacks.code_of_last_line(DETAIL.rsplit("  File", 1)[0]) == "Z1 = X @ self.W1 + self.b1"
    assert tracebacks.last_with_code("no traceback") is None and tracebacks.code_of_last_line("") == ""
