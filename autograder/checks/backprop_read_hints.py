"""backprop's hints for how the code reads its data and hands its results on: the params dict read as an
object (params.w1) or unpacked into its keys, data's rows unpacked as (x, y_true) pairs, a sgd_step that
returns None or the parameters it was given, a default of epochs that is a float, and train's loss recorded
once, after the epoch loop, where one per epoch belongs.

Each hint tests its reading on the student's code: the error it raised, an answer it gave, or one more call
with telling inputs (made only for a check that fails). Loaded by ``test_backprop.py`` with ``load_sibling``;
handed out with the checks.
"""

from __future__ import annotations

import re

import numpy as np

from autograder.grading import tracebacks
from autograder.grading.compare import Misconception
from autograder.sandbox.session import StudentError

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")

def raise_with(exc: StudentError, hint: str | None):
    """Raise ``exc`` again, with ``hint`` where one is found (its status, an error, kept)."""
    if hint is None:
        raise exc
    raise type(exc)(exc.message, exc.detail, raised=exc.raised, raised_message=exc.raised_message, hint=hint) from None


DICT_AS_OBJECT = (
    "Your feedforward reads params.{name}, as one reads an object's attribute, but params is a dict: a dict "
    "holds its values under keys, read with square brackets and the key as a string, params[\"{name}\"] (and "
    "likewise for the other eight names). Attributes with a dot are for objects such as exercise 4's Neuron."
)


def dict_as_object_hint(exc: StudentError) -> str | None:
    """DICT_AS_OBJECT for an AttributeError saying a dict has no attribute that is one of the nine names, said
    of the function of the student's that raised it (the innermost frame of their code)."""
    found = re.search(r"'dict' object has no attribute '(\w+)'", exc.raised_message or "")
    if exc.raised != "AttributeError" or not found or found.group(1) not in NAMES:
        return None
    where = (tracebacks.student_functions(exc.detail) or ["feedforward"])[-1]
    return DICT_AS_OBJECT.format(name=found.group(1)).replace("Your feedforward", f"Your {where}")


def dict_errors(replies) -> None:
    """Raise, with DICT_AS_OBJECT, the error of a call among ``replies`` that read the params dict with a dot;
    any other error is left to the check, which meets it in its own order."""
    try:
        list(replies)
    except StudentError as exc:
        if (hint := dict_as_object_hint(exc)) is not None:
            raise_with(exc, hint)


DICT_KEYS = (
    "Your feedforward multiplies a string by a number: the names it computes with hold the dict's keys, 'w1', "
    "'w2', ..., not their values. Unpacking a dict, w1, w2, ..., b3 = params, or looping over it, gives its keys "
    "(called with whole-number inputs, your feedforward even gets as far as a string of repeated keys, which is "
    "what the error then names). Read each value by its key, params[\"w1\"], or unpack params[name] for each "
    "name in order."
)


def dict_keys_hint(student, exc: StudentError, params, x) -> str | None:
    """DICT_KEYS where feedforward raised "can't multiply sequence by non-int" on (``params``, ``x``), raises the
    same with x as a float array (so the sequence is not x), and with x as whole numbers fails on a str (a key
    times an int repeats the string, which only a str does)."""
    if exc.raised != "TypeError" or "can't multiply sequence by non-int" not in (exc.raised_message or ""):
        return None
    try:  # one call each: in a batch, a step after one that raised never runs
        student.call("feedforward", params, np.asarray(x, dtype=float))
        return None
    except StudentError as again:
        if "can't multiply sequence by non-int" not in (again.raised_message or ""):
            return None
    try:
        student.call("feedforward", params, [2, 1])
        return None
    except StudentError as with_ints:
        if "str" in (with_ints.raised_message or ""):
            return DICT_KEYS
        return SEQUENCE_TIMES_NUMBER if "can't multiply sequence" in (with_ints.raised_message or "") else None


SEQUENCE_TIMES_NUMBER = (
    "Your feedforward multiplies a sequence, a string or a list, by a number, and x is not that sequence (given as "
    "an array it fails the same way). Either the names it computes with hold the dict's keys, 'w1', 'w2', ..., not "
    "their values (unpacking a dict, w1, w2, ..., b3 = params, or looping over it, gives its keys: read each value "
    "as params[\"w1\"]), or a Python list of numbers is multiplied by a number, which repeats the list instead of "
    "scaling its entries (make it an np.array, or multiply each entry)."
)


ROWS_AS_PAIRS = (
    "Your train unpacks each row of data into two names, as for x, y_true in data does: a row holds one sample's "
    "two features, so x gets the first feature (a single number) and y_true the second, and all_y_trues is never "
    "read (given data with three columns, your train fails at that very line, 'too many values to unpack'). Pair "
    "each row with its own label: for x, y_true in zip(data, all_y_trues)."
)


def rows_as_pairs_hint(student, exc: StudentError, data, y_trues, params) -> str | None:
    """ROWS_AS_PAIRS where train raised (``exc``) and, given the same data with a third column of zeros (which
    backprop and feedforward never read), raises 'too many values to unpack (expected 2)' in train itself."""
    if not exc.own_exception:
        return None
    wider = np.column_stack([np.asarray(data, dtype=float), np.zeros(len(data))])
    try:
        student.call("train", wider, y_trues, params, learn_rate=0.1, epochs=1)
        return None
    except StudentError as again:
        frames = tracebacks.student_functions(again.detail)
        if "too many values to unpack (expected 2" not in (again.raised_message or "") or frames[-1:] != ["train"]:
            return None
    return ROWS_AS_PAIRS


STEP_NONE = (
    "Your sgd_step returns None: either it has no return statement (a function that ends without one gives None), "
    "or it returns what a method that changes its object in place gives back, such as new_params.update(...), "
    "a list's append or sort: those change the object and return None. Return the new dict itself: make it, fill "
    "it, and end with return new_params."
)
STEP_NONE_IN_PLACE = (
    "Your sgd_step changes the params it was given in place and returns None: it must leave params as they are "
    "and return a new dict with each parameter's new value under its name, ending with return and that dict."
)


STEP_SEQUENCE = (
    "Your sgd_step returns a {kind} of the {count} new values, with no names: train and the checks read each new "
    "parameter by its name, new_params[\"w1\"], which a {kind} does not have. Return a dict keyed by the nine "
    "names, as the docstring says, each new value under its own parameter's name (a dict comprehension over "
    "PARAM_NAMES makes one)."
)


def step_none_hint(got, params, params_after) -> str | None:
    """A hint for a sgd_step that returned None (STEP_NONE_IN_PLACE where it changed its params, else STEP_NONE),
    or the new values in a list or tuple without their names (STEP_SEQUENCE)."""
    if isinstance(got, (list, tuple)) and got and all(isinstance(v, (int, float)) for v in got):
        return STEP_SEQUENCE.format(kind=type(got).__name__, count=len(got))
    if got is not None:
        return None
    try:
        changed = any(float(params_after[n]) != float(params[n]) for n in NAMES)
    except (KeyError, TypeError, ValueError):
        changed = False
    return STEP_NONE_IN_PLACE if changed else STEP_NONE


def unchanged_hint(replies, cases) -> str | None:
    """UNCHANGED where sgd_step's answers to both ``cases`` ((params, grads, rate) each) hold exactly the params
    it was given, although every gradient is nonzero."""
    try:
        for reply, (params, grads, _) in zip(replies, cases):
            got = reply[0] if isinstance(reply, tuple) else reply
            if any(float(got[n]) != float(params[n]) or grads[n] == 0 for n in NAMES):
                return None
    except Exception:  # noqa: BLE001 - a StudentError, or an answer without the names
        return None
    return UNCHANGED


UNCHANGED = (
    "Your sgd_step returns the parameters it was given, unchanged, at both rates: each update is computed and then "
    "lost, never stored in the dict it returns. A loop such as for name, value in new_params.items(): value -= "
    "learn_rate * grads[name] changes only the loop variable (a float is not changed in place: value is made to "
    "name a new number, and the dict keeps the old one). Store each new value under its key in the dict you "
    "return (new_params[name] = ...), or build the new dict with a comprehension."
)

EPOCHS_FLOAT = (
    "Your train fails when called without epochs ({message}), and runs when given epochs=5: its default for epochs "
    "is a float, such as 1e3 or 1000.0 (e-notation always makes a float), and range() takes whole numbers only. "
    "Write the spec's default as an int: epochs=1000."
)


def epochs_default_hint(exc: StudentError, given_ran: bool) -> str | None:
    """EPOCHS_FLOAT where train without learn_rate and epochs raised "'float' object cannot be interpreted as an
    integer" and the same call with them given ran (``given_ran``): the float is the default of epochs, the only
    whole-number parameter."""
    if not given_ran or exc.raised != "TypeError" or "'float' object cannot be interpreted as an integer" not in (
            exc.raised_message or ""):
        return None
    return EPOCHS_FLOAT.format(message=exc.raised_message)


RECORDED_ONCE = (
    "Your train's losses hold one loss for {epochs} epochs, the loss after the last one: only the last epoch's "
    "append survives. One common cause is a list made afresh inside the epoch loop (losses = [] at the top of "
    "each epoch throws the earlier epochs' losses away); another is loss lines that sit after the epoch loop "
    "(dedented one level too far), so they run once, when every epoch is done. Create the list once, before the "
    "epoch loop, and append each epoch's loss inside the loop, after the loop over the samples."
)


def recorded_once(ref_losses) -> list:
    """The Misconception of a train whose losses list is made in the epoch loop, or whose loss lines sit after
    it: one loss, the last epoch's."""
    return [Misconception(RECORDED_ONCE.format(epochs=len(ref_losses)), list(np.asarray(ref_losses, dtype=float)[-1:]))]


RUNNING = (
    "Your losses are running losses: in each epoch, every sample's squared error is taken just before its own "
    "update and the errors are averaged as the samples go by, so each term is measured with other parameters. "
    "losses[e] is the MSE over the whole data set with the parameters the epoch ends with: after the loop over "
    "the samples, run feedforward on every sample once more and take the mean of the squared errors."
)


FEEDFORWARD_WHOLE = (
    "Your train hands feedforward the whole data set at once, feedforward(params, data), and feedforward takes one "
    "sample: x[0] and x[1] are then whole rows of data, not numbers, and it fails ({raised}; your feedforward "
    "raises the same when given data). The error comes from that call to feedforward in train, as the traceback "
    "shows. Score the samples one at a time, feedforward of each sample's x in a loop or a comprehension over "
    "data, and take the mean of the squared errors over them."
)


def feedforward_whole_hint(student, exc: StudentError, params, data) -> str | None:
    """FEEDFORWARD_WHOLE where train's error (``exc``) was raised in a call train made to feedforward (the frame
    under train's), and the student's feedforward given all of ``data`` raises the very same error."""
    frames = tracebacks.student_functions(exc.detail)
    if "train" not in frames or frames[len(frames) - 1 - frames[::-1].index("train"):][1:2] != ["feedforward"]:
        return None
    try:
        student.call("feedforward", params, np.asarray(data, dtype=float))
        return None
    except StudentError as again:
        if not again.raised or (again.raised, again.raised_message) != (exc.raised, exc.raised_message):
            return None
    return FEEDFORWARD_WHOLE.format(raised=f"{exc.raised}: {exc.raised_message}")


CROSS_ENTROPY = (
    "Your nine partials are the right ones divided by 2 * o1 * (1 - o1){sign}: the output's delta is o1 - y_true, the "
    "shortcut of a sigmoid output with the cross-entropy loss, where the sigmoid's slope cancels out. This network's "
    "loss is the squared error, L = (y_true - o1) ** 2: dL/do1 = -2 * (y_true - o1), times the output slope "
    "o1 * (1 - o1), and every path back (w5, w6, b3, and through w5 and w6 to the hidden layer) starts from that product."
)


def cross_entropy(vector, o1) -> list:
    """The Misconceptions of an output delta o1 - y_true (or y_true - o1) in place of dL/do1 times the output
    slope: every partial of ``vector`` (the right ones) divided by 2 * o1 * (1 - o1) (``o1``: the right output)."""
    scale = 2.0 * o1 * (1.0 - o1)
    if not scale:
        return []
    right = np.asarray(vector, dtype=float) / scale
    return [Misconception(CROSS_ENTROPY.format(sign=""), right),
            Misconception(CROSS_ENTROPY.format(sign=", with the sign flipped too (y_true - o1 where o1 - y_true belongs)"), -right)]
