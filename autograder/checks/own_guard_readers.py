"""A check of the student's own, an ``assert`` or an ``if ...: raise``, that refuses an input the spec allows.

Read once a check has ended with the student's error: the innermost frame of the traceback is a line of the
student's file that is an ``assert`` or a ``raise`` (so the error is theirs, not Python's or NumPy's), and the
function it sits in is one whose inputs the checks only ever give as the spec allows. The kit's general reading
(``grading.own_guard``: the line, the condition that fired, what its names held) is said first; what the function
must take follows, in words (``ALLOWED``), never as a solution's line.

Loaded with ``load_sibling`` by the activations and neuron checks; handed out with them.
"""

from autograder.grading import tracebacks
from autograder.grading.own_guard import own_guard_hint

ANY_INPUT = ("{name} takes a Python number or an array of any shape, with any values (the module's docstring), "
             "and gives one value per entry: there is no input for it to refuse")
ALLOWED = {
    "sigmoid": ("sigmoid takes any z, however large: at |z| = 1000 it gives 0 or 1, without overflow, when exp only "
                "ever sees -|z| (e = np.exp(-np.abs(z)), the docstring's stable form), so large inputs need no error"),
    "sigmoid_derivative": ("sigmoid_derivative is given the pre-activation z, which can be any number, not the "
                           "sigmoid's output a (between 0 and 1): take the sigmoid of z first, then that output times one minus it"),
    "tanh_derivative": ("tanh_derivative is given the pre-activation z, which can be any number, not tanh's output "
                        "a (which lies in [-1, 1]): take tanh of z first, then one minus its square"),
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


def guard_hint(error, student=None):
    """The kit's own reading of a guard of the student's (``grading.own_guard``), with what the function must take
    (``ALLOWED``) said after it, when ``error`` (a StudentError) was raised by an ``assert`` or a ``raise`` line of the
    student's own in a function of ``ALLOWED``; None otherwise (a stub, Python's or NumPy's own error, another
    function)."""
    try:
        if not getattr(error, "own_exception", False):
            return None  # not written yet, stopped or crashed: no guard of theirs
        shown = tracebacks.frames(getattr(error, "detail", ""))
        if not shown or not shown[-1].is_students or shown[-1].function not in ALLOWED:
            return None
        files = getattr(getattr(student, "session", None), "files", None) or {}
        read = own_guard_hint(error.detail, getattr(error, "held", None), files.get(shown[-1].file_name))
        kind = "assert" if shown[-1].code.startswith("assert") else "raise"
        return f"{read} Here, where your {kind} fires: {ALLOWED[shown[-1].function]}." if read else None
    except Exception:
        return None
