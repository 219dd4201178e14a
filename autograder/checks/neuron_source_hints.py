"""Slips of the neuron exercise read off the student's own lines, said only where the check's answers already
fit them: a return indented into a loop (count_parameters, TinyNetwork.feedforward), a loop variable reused
by an inner loop (layer_output), a list star-unpacked into feedforward's arguments, a column (n, 1) where a
flat array belongs, a slice written [:1] where [1:] is meant.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

from autograder.grading import function_source as source
from autograder.grading import python_slips_more

RETURN_IN_LOOP = (
    "In your {name}, `{line}` (line {lineno}) sits in the loop's body, indented one level too deep: a return ends "
    "the function at once, so the loop's first pass ends it and the passes after it never run{none}. Dedent the "
    "return to the level of the loop statement, so that it runs once, after the loop."
)
NONE_TOO = ", and a call whose loop has nothing to run (one width, no pair of layers) never reaches it and gives None"
REUSED = (
    "In your {name}, the inner loop (line {inner}) takes the name {var} again, the outer loop's variable (line "
    "{outer}): after the inner loop {var} holds the inner loop's last value, not the outer one's, so the lines "
    "after it that read {var} (the bias of neuron {var}, for one) use the wrong index. Give the inner loop a name "
    "of its own (for k in range(len(inputs))), and keep {var} for the neuron."
)
STARRED = (
    "In your {name}, `{line}` (line {lineno}) unpacks the list with a star: *hidden hands feedforward each "
    "output as an argument of its own, two positional arguments where feedforward takes one, the list of its "
    "inputs (hence the TypeError). Pass the list itself, without the star: o1.feedforward([h1_out, h2_out])."
)
COLUMN = (
    "In your {name}, `{line}` (line {lineno}) makes a column of shape (n, 1) where a flat array of shape (n,) "
    "belongs. np.dot of the flat weights, shape (n,), with a column is an array of one element, shape (1,), not a "
    "number, and float() of it raises this TypeError (NumPy 2 converts only 0-d arrays to a number). Keep the "
    "inputs flat: np.dot(weights, inputs) of two 1-D arrays is one number."
)
COLUMN_OUTER = (
    " Here it comes from `{line}` (line {lineno}), which makes a column of shape (n, 1): a column times a flat "
    "array broadcasts to the (n, n) table of every weight times every input, and its sum is that product of sums. "
    "Keep both flat, shape (n,), and take np.dot(weights, inputs)."
)
SLICE = (
    "Your count_parameters reads `{line}` (line {lineno}): sizes[:1] is the list up to index 1, the first width "
    "alone, so the pairs of layers are never formed. The widths after the first are sizes[1:], the colon after the "
    "1: zip(sizes, sizes[1:]) pairs each layer with the next."
)
ONE_NUMBER = ("only 0-dimensional arrays", "only length-1 arrays", "only size-1 arrays")


def return_in_loop_hint(student, qualname, none=False):
    """RETURN_IN_LOOP when ``qualname``'s own source has a return in a loop's body, else None."""
    text, node = source.function(student, "neuron", qualname)
    found = source.return_in_loop(text, node)
    if found is None:
        return None
    return RETURN_IN_LOOP.format(name=qualname, line=found[0], lineno=found[1], none=NONE_TOO if none else "")


def reused_index_hint(student):
    """REUSED when layer_output's inner loop takes the outer loop's variable and reads it after, else None."""
    text, node = source.function(student, "neuron", "layer_output")
    found = source.reused_loop_name(text, node)
    if found is None:
        return None
    var, outer, inner = found
    return REUSED.format(name="layer_output", var=var, outer=outer, inner=inner)


def tiny_error_hint(student, error):
    """A hint for the error TinyNetwork raised (``error``, a StudentError) read off its own lines: a return in
    the loop over the hidden neurons, feedforward(*list) for the TypeError of too many arguments, a column
    handed on for the TypeError of float() given an array; None otherwise."""
    message = error.raised_message or ""
    if (hint := python_slips_more.unpack_one_hint(error.raised, message)) is not None:
        return hint
    if (hint := return_in_loop_hint(student, "TinyNetwork.feedforward")) is not None:
        return hint
    text, node = source.function(student, "neuron", "TinyNetwork.feedforward")
    if error.raised == "TypeError" and "positional argument" in message and \
            (found := source.starred_call(text, node, "feedforward")) is not None:
        return STARRED.format(name="TinyNetwork.feedforward", line=found[0], lineno=found[1])
    return column_hint(student, "TinyNetwork.feedforward", error)


def column_hint(student, qualname, error):
    """COLUMN for the TypeError of float() given an array, when ``qualname`` makes a column; else None."""
    if error.raised != "TypeError" or not any(text in (error.raised_message or "") for text in ONE_NUMBER):
        return None
    text, node = source.function(student, "neuron", qualname)
    found = source.column_maker(text, node)
    return COLUMN.format(name=qualname, line=found[0], lineno=found[1]) if found is not None else None


def column_outer_words(student):
    """COLUMN_OUTER's sentence when Neuron.feedforward makes a column, else ""."""
    text, node = source.function(student, "neuron", "Neuron.feedforward")
    found = source.column_maker(text, node)
    return COLUMN_OUTER.format(line=found[0], lineno=found[1]) if found is not None else ""


def slice_hint(student):
    """SLICE when count_parameters slices [:1] (where [1:] pairs the layers), else None."""
    text, node = source.function(student, "neuron", "count_parameters")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Slice) and sub.slice.lower is None \
                and isinstance(sub.slice.upper, ast.Constant) and sub.slice.upper.value == 1 and sub.slice.step is None:
            line = (ast.get_source_segment(text, sub) or "[:1]").strip()
            return SLICE.format(line=line, lineno=sub.lineno)
    return None
