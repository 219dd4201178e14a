"""A check of the student's own, an ``assert`` or an ``if ...: raise``, that refuses an input the spec allows.

Read once a check has ended with the student's error: the innermost frame of the traceback is a line of the
student's file that is an ``assert`` or a ``raise`` (so the error is theirs, not Python's or NumPy's), and the
function it sits in is one whose inputs the checks only ever give as the spec allows. The condition of an ``if``
that guards a ``raise`` is read off the student's source when the session's files are at hand. What the
function must take is said in words (``ALLOWED``), never as a solution's line.

Loaded with ``load_sibling`` by the activations and neuron checks; handed out with them.
"""

import ast

from autograder.grading import tracebacks
from autograder.grading.function_source import parsed

ANY_INPUT = ("{name} takes a Python number or an array of any shape, with any values (the module's docstring), "
             "and gives one value per entry: there is no input for it to refuse")
ALLOWED = {
    "sigmoid": ("sigmoid takes any z, however large: at |z| = 1000 it gives 0 or 1, without overflow, when exp only "
                "ever sees -|z| (e = np.exp(-np.abs(z)), the docstring's stable form), so large inputs need no error"),
    "sigmoid_derivative": ("sigmoid_derivative is given the pre-activation z, which can be any number, not the "
                           "sigmoid's output a (between 0 and 1): compute s = sigmoid(z) first, then s * (1 - s)"),
    "tanh_derivative": ("tanh_derivative is given the pre-activation z, which can be any number, not tanh's output "
                        "a (which lies in [-1, 1]): compute t = tanh(z) first, then 1 - t ** 2"),
    "feedforward": ("a neuron takes any real inputs, one per weight (the lesson's example gives the inputs [2, 3] "
                    "to the weights [0, 1]); the bias is no input, it is added on its own: z = weights . inputs + "
                    "bias, then the sigmoid of z"),
    "layer_output": ("weights holds one row per neuron, as many rows as the layer has neurons (len(weights), the "
                     "same as len(biases)), and each row holds one weight per input (len(weights[j]) == "
                     "len(inputs)): the number of neurons need not match the number of inputs"),
    "count_parameters": ("count_parameters takes any list of widths: a single layer, such as [4], is joined to no other "
                         "layer, so it has no weights and no biases, and the module's docstring gives 0 for it; the sum "
                         "over neighbouring pairs, zip(sizes, sizes[1:]), is already 0 there, with no special case"),
}
for _name in ("tanh", "relu", "relu_derivative", "leaky_relu", "leaky_relu_derivative", "softmax"):
    ALLOWED[_name] = ANY_INPUT.format(name=_name)

GUARD = (
    "Line {line} of your {file}, `{code}`, is a check of your own{condition}, and it {verb} an input this check "
    "gave, which the spec allows: {allowed}. Take the {kind} out{fix}, and the check can judge your result."
)


def guard_hint(error, student=None):
    """GUARD when ``error`` (a StudentError) was raised by an ``assert`` or a ``raise`` line of the student's own,
    in a function of ``ALLOWED``; None otherwise (a stub, Python's or NumPy's own error, another function)."""
    try:
        if not getattr(error, "own_exception", False):
            return None  # not written yet, stopped or crashed: no guard of theirs
        shown = tracebacks.frames(getattr(error, "detail", ""))
        if not shown or not shown[-1].is_students or not shown[-1].code:
            return None  # raised inside Python or NumPy, not by a line of the student's
        frame = shown[-1]
        code = frame.code.split("  #", 1)[0].strip()
        kind = "assert" if code.startswith("assert ") else "raise" if code.startswith("raise ") else None
        if kind is None or frame.function not in ALLOWED:
            return None
        condition = _condition(student, frame) if kind == "raise" else ""
        return GUARD.format(
            line=frame.line, file=frame.file_name, code=code if len(code) <= 110 else code[:107] + "...",
            condition=f" (it raises when `{condition}`)" if condition else "",
            verb="asserts against" if kind == "assert" else "raises for",
            allowed=ALLOWED[frame.function], kind="assert" if kind == "assert" else "if and its raise",
            fix="" if kind == "assert" else " (or fix its condition)")
    except Exception:
        return None


def _condition(student, frame):
    """The test of the ``if`` whose body holds the raise on ``frame``'s line, as written; "" when not found."""
    files = getattr(getattr(student, "session", None), "files", None) or {}
    source = files.get(frame.file_name)
    tree = parsed(source)
    if tree is None:
        return ""
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and any(isinstance(s, ast.Raise) and s.lineno == frame.line for s in node.body):
            text = ast.get_source_segment(source, node.test) or ast.unparse(node.test)
            return text if len(text) <= 80 else ""
    return ""
