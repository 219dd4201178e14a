"""Rules of train that the backprop exercise's hidden checks judge: reading the losses from
whatever train returned, and the spec's defaults (learn_rate=0.1, epochs=1000).

Loaded by ``test_backprop.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

from __future__ import annotations

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, describe, expect_close, relative_error
from autograder.grading.computed import same_answer
from autograder.sandbox.session import StudentError

DEFAULT_LEARN_RATE, DEFAULT_EPOCHS = 0.1, 1000


UNJUDGED = "See the check of {part}: fix {part} first, and this follows."


def expect_epochs_matter(for_1000, for_5, part) -> None:
    """Fails where train recorded as many losses for 1000 epochs as for 5, the same ones or not (``part``: the
    broken part train is built on, or None): a train whose count ignores epochs gives nothing to judge the
    default of epochs by, and one that answers alike whatever it is asked nothing to judge any default by."""
    if len(for_1000) == len(for_5):
        same = "the same losses" if for_1000 == for_5 else f"{len(for_5)} losses"
        raise CheckFailed(f"train recorded {same} for 1000 epochs as for 5, so its defaults cannot be judged",
                          hint=UNJUDGED.format(part=part or "train's trajectory"))


def expect_same_again(student, losses, args, kwargs, call, part) -> None:
    """Fails where train, asked ``args`` and ``kwargs`` once more, records other losses than ``losses``: answers
    that change from one asking to the next (chance, or no computation at all) give nothing to judge a rule
    about train by (``part``: the broken part train is built on, or None). Asked only of a train already wrong."""
    again = losses_of(student.invoke("train", args, kwargs), call)
    if again != losses:
        raise CheckFailed(f"{call} recorded other losses when asked a second time, so this rule cannot be judged",
                          hint=UNJUDGED.format(part=part or "train's trajectory"))


def expect_values_matter(student, losses, args, kwargs, part) -> None:
    """Fails where train, given data of the same shape with other values (``args``), records the same ``losses``:
    losses made from the number of samples, or from anything but their values, give nothing to judge whether
    train uses its data by (``part``: the broken part train is built on, or None). Asked only of a wrong train."""
    other = losses_of(student.invoke("train", args, kwargs), "train on the lesson's features halved")
    if other == losses:
        raise CheckFailed("train recorded the same losses on the lesson's data with every feature halved, so whether "
                          "it learns from its data cannot be judged", hint=UNJUDGED.format(part=part or "train's trajectory"))


def expect_defaults(losses, at_default_rate, rtol=1e-5, epochs=DEFAULT_EPOCHS):
    """Fail, naming each of the spec's defaults a train called without learn_rate and epochs did
    not use (``losses``: what it recorded; ``at_default_rate``: the first losses of a train at
    learn_rate 0.1 from the same start; ``epochs``: how many losses a train given epochs=1000
    records, which is 1000 unless the student's own train is judged against itself)."""
    problems = []
    if len(losses) != epochs:
        problems.append((f"recorded {len(losses)} losses, not {DEFAULT_EPOCHS}", f"epochs={DEFAULT_EPOCHS}"))
    first = np.asarray(losses[: len(at_default_rate)])
    if first.shape != np.shape(at_default_rate) or (relative_error(first, at_default_rate) > rtol).any():
        problems.append((f"did not train with learn_rate={DEFAULT_LEARN_RATE}", f"learn_rate={DEFAULT_LEARN_RATE}"))
    if problems:
        raise CheckFailed(
            "train(data, all_y_trues, START) on the lesson's first sample, called without learn_rate and epochs, " + " and ".join(m for m, _ in problems),
            hint=(f"The spec gives train the default{'s' if len(problems) > 1 else ''} {' and '.join(d for _, d in problems)}, "
                  f"used when a caller leaves {'them' if len(problems) > 1 else 'it'} out: make "
                  f"{'these the defaults' if len(problems) > 1 else 'this the default'} in train's definition."),
        )  # fmt: skip


def losses_of(answer, call):
    """The losses of one train's answer as floats, wherever they are: its pair's second item, the
    first (a pair swapped) or the answer itself (the losses alone), so that a rule about train is
    judged whatever train's shape of answer (its trajectory check names that); a CheckFailed when
    there are none to read, since a rule about train cannot be judged without them."""
    for where in (lambda a: a[1], lambda a: a[0], lambda a: a):
        try:
            return [float(v) for v in where(answer)]
        except (TypeError, ValueError, IndexError, KeyError, ArithmeticError):  # an int no float holds
            continue
    rows = nested_losses(answer)
    if rows is not None:
        raise CheckFailed(f"{call} returned losses that are {rows[0]} lists of {rows[1]} values each, not one number "
                          "per epoch", hint=NESTED_LOSSES.format(epochs=rows[0], count=rows[1]))  # fmt: skip
    raise CheckFailed(f"{call} returned {describe(answer)}, with no losses to judge this rule by",
                      hint="See the check of train's trajectory: fix train first, and this follows.")  # fmt: skip


NESTED_LOSSES = (
    "Each loss your train records is itself {count} values (a list or an array: the epoch's squared errors, "
    "one per sample, appended as they are), so the losses are {epochs} lists where {epochs} numbers belong. "
    "Record one number per epoch, the mean of those errors (np.mean of the list, or its sum divided by the "
    "number of samples), and append that."
)


def nested_hint(answer):
    """NESTED_LOSSES for train's ``answer`` when its losses are one list of values per epoch, else None."""
    rows = nested_losses(answer)
    return None if rows is None else NESTED_LOSSES.format(epochs=rows[0], count=rows[1])


def nested_losses(answer):
    """(epochs, count) when train's answer holds, where its losses belong (second of its pair), a list
    of equal-length sequences of numbers, one per epoch; else None."""
    losses = answer[1] if isinstance(answer, (tuple, list)) and len(answer) == 2 else None
    try:
        shape = np.shape(np.asarray(losses, dtype=float))
    except (TypeError, ValueError):
        return None
    return shape if len(shape) == 2 and shape[1] > 1 else None


NOT_A_LIST = (
    "Your losses are right, but train returns them as {kind}, where the docstring promises a list of floats "
    "(one per epoch). Return the list you appended the losses to as it is, without converting it."
)


def expect_list_of_losses(losses, call):
    """train's losses, right in value, must come as the list of floats its docstring promises: an
    array or another container costs half the check, with NOT_A_LIST."""
    if not isinstance(losses, list):
        raise CheckFailed(f"{call}: the losses are right, but they come as {describe(losses)}, not a list of floats",
                          hint=NOT_A_LIST.format(kind=f"a {type(losses).__name__}" if not isinstance(losses, np.ndarray)
                                                 else "a NumPy array"), credit=0.5)  # fmt: skip


# Calls train may make with its helpers' arguments in the wrong order: (function, the call as written, the
# arguments from (params, x, y_true, grads, learn_rate), the spec's order).
MISORDERED = [
    ("backprop", "backprop(params, y_true, x)", lambda p, x, y, g, r: (p, y, x), "backprop(params, x, y_true)"),
    ("backprop", "backprop(x, params, y_true)", lambda p, x, y, g, r: (x, p, y), "backprop(params, x, y_true)"),
    ("backprop", "backprop(x, y_true, params)", lambda p, x, y, g, r: (x, y, p), "backprop(params, x, y_true)"),
    ("feedforward", "feedforward(x, params)", lambda p, x, y, g, r: (x, p), "feedforward(params, x)"),
    ("sgd_step", "sgd_step(params, learn_rate, grads)", lambda p, x, y, g, r: (p, r, g), "sgd_step(params, grads, learn_rate)"),
    ("sgd_step", "sgd_step(learn_rate, params, grads)", lambda p, x, y, g, r: (r, p, g), "sgd_step(params, grads, learn_rate)"),
]
MISORDERED_HINT = (
    "train raised {raised}, and your {name} raises exactly that error when called as {wrong}: train most likely "
    "passes {name}'s arguments in the wrong order (Python matches them by position, not by name). The spec's "
    "order is {right}: call it that way (or name each argument, {name}(params=..., ...))."
)


def misordered_hint(student, raised, params, x, y_true, grads) -> str | None:
    """MISORDERED_HINT when the student's helper, called with its arguments in one of the wrong orders of
    MISORDERED, raises the very error train raised (``raised``: that StudentError), else None. Asked only
    once train raised and its parts answer right."""
    from autograder.sandbox.session import StudentError

    for name, wrong, arguments, right in MISORDERED:
        try:
            student.call(name, *arguments(params, x, y_true, grads, 0.1))
        except StudentError as exc:
            if exc.own_exception and (exc.raised, exc.raised_message) == (raised.raised, raised.raised_message) and \
                    not _raises_in_order(student, name, (params, x, y_true, grads), raised):  # fmt: skip
                return MISORDERED_HINT.format(raised=f"{raised.raised} ({raised.raised_message})", name=name,
                                              wrong=wrong, right=right)  # fmt: skip
    return None


def _raises_in_order(student, name, given, raised) -> bool:
    """Whether the helper ``name`` raises ``raised``'s very error when called in the spec's order as well: then
    the order is not what makes it raise (the helper fails on any call), and MISORDERED_HINT would mislead."""
    from autograder.sandbox.session import StudentError

    params, x, y_true, grads = given
    in_order = {"backprop": (params, x, y_true), "feedforward": (params, x), "sgd_step": (params, grads, 0.1)}[name]
    try:
        student.call(name, *in_order)
    except StudentError as exc:
        return (exc.raised, exc.raised_message) == (raised.raised, raised.raised_message)
    return False


AS_LISTS = (
    "Your train fails on (or trains differently from) data and labels given as Python lists, which its "
    "docstring allows (array-like): a list has no .shape or .size, and list arithmetic is not element-wise. "
    "Turn them into arrays first with np.asarray(data, dtype=float) (and the same for all_y_trues), or only "
    "iterate over them (zip, len), which lists and arrays both allow."
)


def expect_lists_taken(replies, arrays, lists, call):
    """Fail unless train on the same data as Python lists (``replies[lists]``) records the losses it records
    for arrays (``replies[arrays]``, judged already): the student's train judged against itself."""
    call = f"{call}, given as Python lists"
    try:
        got = losses_of(replies[lists], call)
    except StudentError as exc:
        if not exc.own_exception:
            raise
        raise CheckFailed(f"{call} raised {exc.raised}: {exc.raised_message}", hint=AS_LISTS) from None
    own = losses_of(replies[arrays], call)
    if len(got) != len(own) or not np.allclose(got, own, rtol=1e-9, atol=1e-12):
        raise CheckFailed(f"{call}, recorded {describe(got)} where the same values as arrays record {describe(own)}",
                          hint=AS_LISTS)  # fmt: skip


def judge_defaults(student, reference, run_cache, data, y_trues, start, broken_part=lambda: None):
    """The defaults check on one sample (``data``, ``y_trues``): train without learn_rate and epochs
    records what the reference's train records with them, or, where train is wrong with both given
    (the trajectory check says why), what the student's own train records with them (not judged, and failed,
    where it records the same for 1000 epochs as for 5; ``broken_part`` names the part train is built on that
    is wrong, or None); and given by position in the spec's order they train as given by name (judged where
    the named call is right)."""
    lesson = run_cache.once("backprop.one_sample",
                            lambda: reference.train(data, y_trues, start, learn_rate=0.1, epochs=5))[1]  # fmt: skip
    batch = student.batch()
    given = batch.invoke("train", (data, y_trues, start), {"learn_rate": 0.1, "epochs": 5})
    default = batch.invoke("train", (data, y_trues, start))
    replies = batch.run()
    reads = load_sibling(__file__, "backprop_read_hints")
    try:
        given_losses = losses_of(replies[given], "train(data, all_y_trues, START, learn_rate=0.1, epochs=5) on one sample")
    except StudentError as exc:  # the rows of data unpacked as pairs fail here too: named here too
        if not exc.own_exception:  # not train's own error
            raise
        part = broken_part()  # a part that answers wrongly is named, as the trajectory check names it
        reads.raise_with(exc, load_sibling(__file__, "backprop_h20").transposed_hint(student, exc) or reads.rows_as_pairs_hint(student, exc, data, y_trues, start) or reads.feedforward_whole_hint(
            student, exc, start, data) or (UNJUDGED.format(part=part) if part else None))
    try:
        losses = losses_of(replies[default], "train(data, all_y_trues, START) on one sample")
    except StudentError as exc:  # raised only without learn_rate and epochs: a default of the wrong kind
        reads.raise_with(exc, reads.epochs_default_hint(exc, given_ran=True))

    def with_all_epochs():  # asked only where the default call's count is wrong: it tells a stop from a default
        return losses_of(student.invoke("train", (data, y_trues, start), {"learn_rate": 0.1, "epochs": DEFAULT_EPOCHS}),
                         f"train(data, all_y_trues, START, learn_rate=0.1, epochs={DEFAULT_EPOCHS}) on one sample")  # fmt: skip

    try:
        expect_close(given_losses, lesson, call="", rtol=1e-5)
    except CheckFailed:  # wrong with both given (the trajectory check says why): judged against its own train
        explicit = with_all_epochs()
        part = broken_part()
        expect_epochs_matter(explicit, given_losses, part)  # a count that ignores epochs: nothing to judge
        call = "train(data, all_y_trues, START, learn_rate=0.1, epochs=5) on one sample"
        expect_same_again(student, given_losses, (data, y_trues, start), {"learn_rate": 0.1, "epochs": 5}, call, part)
        expect_values_matter(student, given_losses, (np.asarray(data) * 0.5, y_trues, start),
                             {"learn_rate": 0.1, "epochs": 5}, part)  # fmt: skip
        # two trains alike that differ depend on chance: then only the count of losses can be judged
        first = explicit[:5] if explicit[:5] == given_losses else losses[:5]
        expect_defaults(losses, first, epochs=len(explicit))
        return
    if len(losses) != DEFAULT_EPOCHS and len(with_all_epochs()) == len(losses):
        raise CheckFailed(f"train(data, all_y_trues, START) on the lesson's first sample recorded {len(losses)} losses "
                          f"without epochs, and {len(losses)} too when given epochs={DEFAULT_EPOCHS}",
                          hint=STOPS_EARLY.format(count=len(losses), epochs=DEFAULT_EPOCHS))  # fmt: skip
    expect_defaults(losses, lesson)
    expect_positional(student, data, y_trues, start, lesson)


STOPS_EARLY = (
    "Your train stops before its epochs are done: told to run {epochs} epochs, it ran {count}. Something ends the "
    "epoch loop early, a break (or a return) inside it, such as one that fires once the loss is small enough, or "
    "a loop bound other than epochs. The spec's train runs every one of its epochs, however small the loss gets, "
    "and returns exactly epochs losses: loop for _ in range(epochs) with no way out before the end."
)
POSITIONAL = (
    "Your train, given learn_rate and epochs by position in the spec's order, train(data, all_y_trues, params, "
    "learn_rate, epochs), does not train as it does when they are given by name: its parameters after params are "
    "not learn_rate and then epochs, in that order. Define train(data, all_y_trues, params, learn_rate=0.1, "
    "epochs=1000), the spec's signature, so that a positional call fills each in its place."
)


def expect_positional(student, data, y_trues, start, lesson):
    """train(data, y_trues, start, 0.1, 5), the rate and the epochs by position, records ``lesson`` (what the
    reference records with them given by name), as the spec's signature orders them."""
    call = "train(data, all_y_trues, START, 0.1, 5) on the lesson's first sample, learn_rate and epochs by position"
    try:
        losses = losses_of(student.invoke("train", (data, y_trues, start, 0.1, 5)), call)
    except StudentError as exc:
        if not exc.own_exception:
            raise
        raise CheckFailed(f"{call} raised {exc.raised}: {exc.raised_message}", hint=POSITIONAL) from None
    if len(losses) != len(lesson) or (relative_error(np.asarray(losses), np.asarray(lesson)) > 1e-5).any():
        raise CheckFailed(f"{call} recorded {len(losses)} losses, {describe(losses)}, where learn_rate=0.1 and "
                          f"epochs=5 given by name record {describe(list(lesson))}", hint=POSITIONAL)  # fmt: skip


PYTHON_FLOATS = (
    "Your sgd_step's values are {kind}, not Python floats, which the module's docstring "
    "promises (backprop and sgd_step return dicts of Python floats). Arithmetic on NumPy arrays, or on values "
    "taken out of them, gives NumPy numbers: build each new value from the dicts' own numbers, or turn it into a "
    "Python float with float(...) as you put it in the new dict."
)


def expect_python_floats(got, names, call, given=(), other=None, again=None):
    """Fail where ``got`` (a dict keyed by ``names``) holds values that are not Python floats (the module's
    docstring), NumPy numbers among them, whether or not the values are right (their own check judges
    those). Judged only on the values that show a computation: not one of the ``given`` dicts' values handed
    back, other for ``other`` (the answer for other grads) and the same in ``again`` (the same question asked
    again); a CheckFailed, earning nothing, where no value does, or there are none to judge."""
    if not isinstance(got, dict) or not set(names) <= set(got):
        raise CheckFailed(f"{call} returned {describe(got)}, with no new parameters to judge: see the check of sgd_step")
    judged = [n for n in names if not any(isinstance(g, dict) and same_answer(got[n], g.get(n)) for g in given)
              and (other is None or not isinstance(other, dict) or not same_answer(got[n], other.get(n)))
              and (again is None or isinstance(again, dict) and same_answer(got[n], again.get(n)))]  # fmt: skip
    if not judged:
        raise CheckFailed(f"{call} gave back the parameters it was given, or values that do not change with the "
                          "gradients, so the type of new parameters cannot be judged: see the check of sgd_step")  # fmt: skip
    kinds = sorted({type(got[n]).__module__.split(".")[0] + "." + type(got[n]).__name__ for n in judged
                    if type(got[n]) is not float})  # fmt: skip
    if kinds:
        raise CheckFailed(f"{call} returned values of type {', '.join(kinds)}; each should be a Python float",
                          hint=PYTHON_FLOATS.format(kind=" and ".join(kinds)))  # fmt: skip


WHOLE_DATA = (
    "Your train gives what the spec's rule gives on the samples made whole numbers: converting the data with "
    "dtype=int (or astype(int), or int()) cuts every fraction off, and rounding gives the same on these samples, "
    "so a feature of 0.5 counts as 0 and the network learns from other samples than the ones it was given. "
    "Convert with dtype=float (or leave the data as it comes), which keeps every value as it is."
)
