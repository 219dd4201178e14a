"""How the neuron checks ask a Neuron or a TinyNetwork for its output: all the cases in one request,
each network asked twice with the same input (a feedforward that changes its own weights or bias
answers the second time with other numbers) and the input echoed back (a feedforward that writes into
the caller's array changes what the next neuron reads), and a count of parameters that must leave the
caller's list of sizes as it was. Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import CheckFailed, expect_close, expect_unchanged, is_number
from autograder.grading.judged import alike
from autograder.sandbox.session import StudentError

ASKED_AGAIN = (
    "Your {cls} answers {first:.8g} the first time and {second:.8g} when feedforward is asked again with the "
    "same input: feedforward changes the object itself (an attribute such as self.weights or self.bias is "
    "assigned or added to inside it), so each call starts from other numbers. Leave the attributes as __init__ "
    "set them: keep what feedforward works out in local variables (total = ...), which start afresh every call."
)
MADE_OF = {"Neuron": "", "TinyNetwork": " TinyNetwork is made of Neurons: if your Neuron changes itself too (see the "
                                          "check of Neuron.feedforward), fix Neuron first."}
INPUT_CHANGED = (
    "Your feedforward changed the caller's input x: the array holds other numbers after the call. "
    "np.asarray(inputs, dtype=float) makes no copy of an array that already holds floats, it hands back the "
    "caller's own array, so x *= ..., x += ... or x[...] = ... on it change the caller's data (in TinyNetwork, "
    "h1 would change x before h2 reads it). Build new arrays instead (weights * x is one), or copy first with "
    "np.array(inputs, dtype=float)."
)
NEURON_CHANGES_INPUT = (
    "Your Neuron changes the input array it is given (see the check of Neuron.feedforward), and TinyNetwork "
    "hands the same x to h1 and then to h2, so h2 reads what h1 left in it: fix Neuron first, and TinyNetwork "
    "follows."
)
SIZES_CHANGED = (
    "Your count_parameters changed the caller's list of sizes: after the call it holds other numbers (pop, "
    "append, insert, remove, reverse, sort or an assignment into it change the list the caller passed in, and "
    "a second count of the same network then gives another answer). Read the sizes without changing them: "
    "walk them with a loop or zip, or work on a copy, list(layer_sizes)."
)


def feedforwards(student, cls, cases):
    """``cls(weights, bias).feedforward(x)`` for each case, in one request, each object asked twice with x
    (the first time echoed): a list of (answer, x after the first call, the second answer) per case,
    where an answer that raised is its StudentError (raised again by the check that reads it)."""
    batch = student.batch()
    steps = []
    for weights, bias, x, _ in cases:
        made = batch.invoke(cls, (np.array(weights), bias))
        steps.append((batch.invoke("feedforward", (np.array(x),), on=made, echo=True),
                      batch.invoke("feedforward", (np.array(x),), on=made)))  # fmt: skip
    replies = batch.run()
    found = []
    for first, second in steps:
        try:
            answer, (after,), _ = replies[first]
        except StudentError as exc:
            answer, after = exc, None
        try:
            again = replies[second]
        except StudentError as exc:
            again = exc
        found.append((answer, after, again))
    return found


def expect_repeatable(cls, cases, found):
    """Once every case's first answer is right: each input came back as it was given, and the same object
    asked again with the same input gave the same number."""
    for (weights, bias, x, what), (first, after, again) in zip(cases, found):
        call = f"{cls}({weights}, {bias}).feedforward({x}) ({what})"
        if after is not None:
            expect_unchanged(np.array(x), after, call=call, what="the caller's input x", hint=INPUT_CHANGED)
        if isinstance(again, StudentError):
            raise CheckFailed(f"{call}, asked a second time of the same {cls}: {again.message}",
                              hint=ASKED_AGAIN.format(cls=cls, first=float(first), second=float("nan")) + MADE_OF[cls])
        if is_number(again) and is_number(first):
            expect_close(again, first, call=f"{call}, asked a second time of the same {cls}",
                         hint=ASKED_AGAIN.format(cls=cls, first=float(first), second=float(again)) + MADE_OF[cls])


def neuron_changes_input(student, weights, bias, x):
    """NEURON_CHANGES_INPUT when the student's own Neuron(weights, bias) writes into the array x it is
    given (asked only once TinyNetwork failed); None otherwise."""
    try:
        _, (after,), _ = student.new("Neuron", np.array(weights), bias).invoke("feedforward", (np.array(x),), echo=True)
        expect_unchanged(np.array(x), after, call="")
    except StudentError:
        return None
    except CheckFailed:
        return NEURON_CHANGES_INPUT
    return None


def expect_sizes_unchanged(all_sizes, replies):
    """Each list of sizes came back from count_parameters as it was given (``replies``: echoed)."""
    for sizes, (_, (after,), _) in zip(all_sizes, replies):
        expect_unchanged(list(sizes), after, call=f"count_parameters({sizes})", what="the caller's list of sizes",
                         hint=SIZES_CHANGED)  # fmt: skip


TUPLE_SIZES = ((4, 3, 3, 2), (3, 6, 2))  # two networks: a count that ignores its sizes cannot be judged
TUPLE_NOT_TAKEN = (
    "Your count_parameters counts a list of sizes but not the same sizes as a tuple, {sizes}, which its docstring "
    "allows (a sequence of int): something in it only a list can do (+ with a list, .append, .pop or .copy on "
    "the sizes, or a test such as == []). Read the sizes with what every sequence has (len, indexing, slicing, "
    "a for loop, zip), or make a list of them first, list(layer_sizes)."
)


def _numbers(replies, index):
    """The answer of ``replies[index]`` as an array of finite numbers (a count, or a list of them), or None."""
    try:
        got = np.asarray(replies[index], dtype=float)
    except (StudentError, TypeError, ValueError):
        return None
    return got if got.size and np.isfinite(got).all() else None


def expect_tuple_taken(student):
    """count_parameters of each of TUPLE_SIZES as a tuple is what the student's own count gives for it as a
    list (right or wrong: its own check judges the count), judged only where the two lists give numbers
    that differ, so that the counts depend on the sizes."""
    replies = student.map("count_parameters", [*((list(sizes),) for sizes in TUPLE_SIZES),
                                               *((sizes,) for sizes in TUPLE_SIZES)])  # fmt: skip
    for index in range(len(TUPLE_SIZES)):
        replies[index]  # a count that raises on a list ends the check with its error: nothing can be judged
    first, second = (_numbers(replies, index) for index in range(len(TUPLE_SIZES)))
    if first is None or second is None or alike(first, second):
        shown = " and ".join(str(list(sizes)) for sizes in TUPLE_SIZES)
        raise CheckFailed(f"count_parameters of {shown} does not give two different counts, so whether a tuple is "
                          "taken could not be checked: the check of count_parameters says what is wrong")  # fmt: skip
    for index, (sizes, expected) in enumerate(zip(TUPLE_SIZES, (first, second)), start=len(TUPLE_SIZES)):
        call = f"count_parameters({sizes}) (a tuple)"
        try:
            got = replies[index]
        except StudentError as exc:
            raise CheckFailed(f"{call}: {exc.message}", hint=TUPLE_NOT_TAKEN.format(sizes=sizes)) from None
        found = _numbers(replies, index)
        if found is None or found.shape != expected.shape or not np.array_equal(found, expected):
            raise CheckFailed(f"{call}: got {got!r}, where the list {list(sizes)} gives {replies[index - len(TUPLE_SIZES)]!r}",
                              hint=TUPLE_NOT_TAKEN.format(sizes=sizes))  # fmt: skip
