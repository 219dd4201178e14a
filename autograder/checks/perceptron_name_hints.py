"""Hints of the perceptron checks for a fit or predict that raises because of a name: a value the object
keeps (self.lr) used without self., an attribute the object never has (a tutorial's self.learning_rate for
the constructor's self.lr), a comparison with None by == on the weights, and a predict that flattens X
into one row. Each is tested on the student's own Perceptron (a fresh one's attributes read, predict asked
once more on one sample) or on the line the error came from, before it is said.

Loaded by ``test_perceptron.py`` and ``perceptron_fit_errors.py`` with ``load_sibling``; handed out with the
checks. Asked only once a check has met the error.
"""

import re

import numpy as np

from autograder.grading.errors import none_compared_hint
from autograder.sandbox.session import StudentError
from autograder.grading import tracebacks

NO_ATTRIBUTE = re.compile(r"'Perceptron' object has no attribute '(\w+)'")
SETTINGS = {"lr": 0.37, "epochs": 7}  # telling values: the constructor keeps them as given

WITHOUT_SELF = (
    "Inside {method}, {name} on its own is a name {method} does not have (hence the NameError): {name} is kept on "
    "the object, as self.{name} (the constructor stores it there), and a method reaches what the object keeps "
    "through self. Write self.{name}."
)
UNKNOWN_ATTRIBUTE = (
    "Your {method} reads self.{name}, and a Perceptron has no attribute of that name (hence the AttributeError): the "
    "constructor keeps the learning rate as self.lr and the number of passes as self.epochs (Perceptron(lr={lr}, "
    "epochs={epochs}) has self.lr == {lr} and self.epochs == {epochs}), and fit sets self.weights and self.bias. "
    "Read the value under the name it is stored under{guess}."
)
GUESSES = {"lr": ("rate", "lr", "eta", "alpha", "step"), "epochs": ("epoch", "iter", "pass", "n_")}


def _method(exc):
    """The method of the student's code the error was raised in (the traceback's last frame), or ""."""
    frames = tracebacks.student_functions(exc.detail)
    return frames[-1] if frames else ""


def _settings(student, names):
    """The attributes ``names`` of a fresh Perceptron(**SETTINGS), or None where one cannot be read."""
    batch = student.batch()
    p = batch.invoke("Perceptron", kwargs=SETTINGS)
    read = batch.get_many(list(names), on=p)
    try:
        return batch.run()[read]
    except (StudentError, KeyError, TypeError):
        return None


def name_hint(student, exc):
    """WITHOUT_SELF for a NameError of a name a fresh Perceptron has as an attribute; UNKNOWN_ATTRIBUTE for an
    AttributeError of a Perceptron's attribute the constructor keeps under another name (it keeps lr and epochs as
    given); None otherwise."""
    method = _method(exc)
    if method not in ("fit", "predict", "__init__"):  # a function outside the class: self is not at hand there
        return None
    found = tracebacks.NOT_DEFINED.search(exc.raised_message or "") if exc.raised == "NameError" else None
    if found:
        return WITHOUT_SELF.format(method=method, name=found.group(1)) if _settings(student, [found.group(1)]) else None
    found = NO_ATTRIBUTE.search(exc.raised_message or "") if exc.raised == "AttributeError" else None
    if not found or found.group(1) in ("lr", "epochs", "weights", "bias"):
        return None
    kept = _settings(student, ["lr", "epochs"])
    if not kept or kept.get("lr") != SETTINGS["lr"] or kept.get("epochs") != SETTINGS["epochs"]:
        return None
    name = found.group(1)
    meant = [kept_as for kept_as, words in GUESSES.items() if any(w in name.lower() for w in words)]
    guess = f" (for the learning rate, self.lr)" if meant == ["lr"] else (
        " (for the number of passes, self.epochs)" if meant == ["epochs"] else "")
    return UNKNOWN_ATTRIBUTE.format(method=method, name=name, guess=guess, **SETTINGS)


ONE_ROW = (
    "Your predict turns X into one row: X has {samples} samples of {features} features, and the matrix product "
    "met {size} numbers where {features} belong, all of X's numbers side by side (reshape(1, -1), or ravel or "
    "flatten followed by a row, does this). Given one sample, your predict answers right, since one sample is one "
    "row already. predict takes X as it is, of shape (n_samples, n_features): X @ weights then gives one sum "
    "per sample."
)
MATMUL = re.compile(r"size (\d+) is different from (\d+)")


def predict_error_hint(student, exc, X):
    """The hint for predict(X) raising ``exc``: a comparison with None by ==, or ONE_ROW where the product met all
    of X's numbers in one row and predict, asked once more on X's first sample alone (with weights and a bias of
    our own), answers right; None otherwise."""
    said = none_compared_hint(exc.raised, exc.raised_message, exc.detail)
    found = MATMUL.search(exc.raised_message or "") if exc.raised == "ValueError" else None
    data = np.array(X, dtype=float)
    if said or not found or data.ndim != 2 or len(data) < 2 or (int(found.group(1)), int(found.group(2))) != (data.shape[1], data.size):
        return said
    weights, bias = np.linspace(0.5, -0.5, data.shape[1]), -0.25
    batch = student.batch()
    p = batch.invoke("Perceptron")
    batch.invoke("fit", (data, (data @ weights + bias >= 0).astype(int)), on=p)
    batch.set_many({"weights": weights, "bias": bias}, on=p)
    one = batch.invoke("predict", (data[:1],), on=p)
    try:
        got = np.asarray(batch.run()[one], dtype=float).ravel()
    except (StudentError, TypeError, ValueError):
        return None
    right = (data[:1] @ weights + bias >= 0).astype(float)
    if got.shape != right.shape or not np.array_equal(got, right):
        return None
    return ONE_ROW.format(samples=data.shape[0], features=data.shape[1], size=data.size)


SECOND_FIT = (
    "Your fit works on a new perceptron but raises {raised} when the same perceptron is fitted a second time{line}: "
    "there fit reads what the first fit left (self.weights is an array by then){why}. fit starts from zeros every "
    "time it is called: at its start, set self.weights to np.zeros(n_features) and self.bias to 0.0 outright, with "
    "no test of what was there before (an `or` or an `if` on self.weights keeps the old weights, or raises)."
)


def second_fit_hint(exc):
    """SECOND_FIT for the error ``exc`` (a StudentError) that a second fit raised, where a first fit of a new
    perceptron on the same data did not (the caller has seen that)."""
    code = tracebacks.code_of_last_line(exc.detail)
    truth = "truth value" in (exc.raised_message or "")
    why = (", and asks that array for one True or False (with or, and, not or if), which NumPy refuses for an array "
           "of several values: that is the ValueError about an ambiguous truth value" if truth else "")
    return SECOND_FIT.format(raised=exc.raised or "an error", line=f" (at `{code}`)" if code else "", why=why)
