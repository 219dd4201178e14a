"""The parts train is built on (feedforward, backprop, sgd_step), asked on one fixed case: what they
must give, the first of them that answers wrongly, and the hint that names it as the cause of a wrong
training (or says the mistake is in train itself).

Loaded by ``test_backprop.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

from autograder.checking.parts import first_wrong_part
from autograder.sandbox.session import StudentError

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")  # as in test_backprop.py
TRAIN_ITSELF = (
    "Your feedforward, backprop and sgd_step give the right answers, so the mistake is in train itself: start from a "
    "copy of params; in each epoch visit the samples in data order, one sgd_step with that sample's backprop each; "
    "then record the MSE over the whole data set."
)
PART_PARAMS = dict(zip(NAMES, (0.3, -0.2, 0.5, 0.1, -0.4, 0.6, 0.05, -0.15, 0.2)))  # h1 != h2: a slip between them shows
# seven digits: a step that rounds its result (to keep it tidy) differs here too
PART_GRADS = dict(zip(NAMES, (0.1234567, 0.2345678, -0.3141593, 0.4142136, -0.5772157, 0.618034, -0.7071068, 0.8660254,
                              -0.9189385)))
PART_X, PART_Y = [1.5, -0.5], 1.0


def parts_expected(reference, run_cache):
    """What feedforward, backprop and sgd_step must give on the one fixed case that tells which
    part a wrong training comes from. Asked whatever the student answered: a student's kit
    answers it from its recording."""
    return run_cache.once("backprop.parts", lambda: {
        "feedforward": reference.feedforward(PART_PARAMS, PART_X),
        "backprop": reference.backprop(PART_PARAMS, PART_X, PART_Y),
        "backprop at label 0": reference.backprop(PART_PARAMS, PART_X, 0.0),  # o1 above its label: wrong signs show
        "sgd_step": reference.sgd_step(PART_PARAMS, PART_GRADS, 0.5),
        "sgd_step at another rate": reference.sgd_step(PART_PARAMS, PART_GRADS, 0.3),  # 0.5 alone: 1 - lr passes
    })  # fmt: skip


def broken_part(student, expected, raised_is_wrong=True):
    """The first of feedforward, backprop and sgd_step that gives a wrong answer on the fixed
    case (``expected``: ``parts_expected``), or None when all three are right (then train
    itself is wrong). A backprop that changes the params it is given counts as wrong (its check says so): train
    then steps twice per sample. ``raised_is_wrong``: as in ``first_wrong_part``."""
    batch = student.batch()
    steps = {"feedforward": batch.invoke("feedforward", (PART_PARAMS, PART_X)),
             "backprop": batch.invoke("backprop", (PART_PARAMS, PART_X, PART_Y)),
             "backprop at label 0": batch.invoke("backprop", (PART_PARAMS, PART_X, 0.0)),  # a backprop right only for label 1
             "sgd_step": batch.invoke("sgd_step", (PART_PARAMS, PART_GRADS, 0.5)),
             "sgd_step at another rate": batch.invoke("sgd_step", (PART_PARAMS, PART_GRADS, 0.3))}  # fmt: skip
    echoed = batch.invoke("backprop", (PART_PARAMS, PART_X, PART_Y), echo=True)  # last: its params as it left them
    try:
        replies = batch.run()
    except StudentError:
        return None  # cannot tell: the other checks say what happened
    part = first_wrong_part(replies, steps, expected, rtol=1e-6, atol=1e-12, raised_is_wrong=raised_is_wrong)
    if part in (None, "sgd_step", "sgd_step at another rate") and _changed(replies, echoed):
        return "backprop"
    return part and part.split(" at ")[0]


def _changed(replies, step) -> bool:
    """Whether the echoed backprop call ``step`` left its params other than PART_PARAMS."""
    try:
        after = replies[step][1][0]
        return any(float(after[name]) != PART_PARAMS[name] for name in NAMES)
    except (StudentError, KeyError, TypeError, ValueError, IndexError):
        return False


def parts_hint(student, expected, raised_is_wrong=True) -> str:
    """Where a wrong training comes from: a broken part named, or train itself. When train itself
    raised (``raised_is_wrong`` False), a part that raises is not named: its error is the one
    train met and shows (a stub, a missing backprop.py)."""
    part = broken_part(student, expected, raised_is_wrong)
    if part is None:
        return TRAIN_ITSELF
    does = "gives wrong answers itself"
    if part == "backprop" and _changed(*_echoed_backprop(student)):
        does = "changes the params it is given (a step of its own, say, so that train steps twice per sample)"
    return (f"train is built on your {part}, which {does} (see the check of {part}): "
            f"fix {part} first, and train follows.")  # fmt: skip


def _echoed_backprop(student):
    """The replies of one echoed backprop call on the fixed case, and its step."""
    batch = student.batch()
    step = batch.invoke("backprop", (PART_PARAMS, PART_X, PART_Y), echo=True)
    try:
        return batch.run(), step
    except StudentError:
        return {}, step
