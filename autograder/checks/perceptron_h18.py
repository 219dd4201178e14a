"""Hints of the perceptron checks for the classes the eighteenth blind corpus showed: a fit that keeps the averages
of its weights (an averaged perceptron), a weight step divided by the sample's length, a bias (or weights) set
back to zero before every sample, each named by replay (``reference.mistakes.fit_with_mistake``) where it explains
every data set; a fit that trains until it makes no mistake instead of for self.epochs passes, read from fit's own
loop once a fit of 0 epochs is seen to train; and a TypeError of NumPy refusing to subtract two booleans (labels
or a prediction kept as True/False), read from fit's own lines.

Loaded by ``test_perceptron.py`` and ``perceptron_fits.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np
from numpy import shape as np_shape

from autograder.grading import function_source, tracebacks
from autograder.grading.compare import Misconception
from autograder.sandbox.session import StudentError

AVERAGED = (
    "Your weights and bias are the averages of the values they took over all the steps (an averaged "
    "perceptron, with running sums divided by a count at the end), not the values the rule leaves: the spec's "
    "rule keeps the weights and bias exactly as they stand after the last sample of the last epoch. Drop the "
    "running sums and the averaging at the end of fit."
)
STEP_NORM = (
    "Your weights move by update * x_i divided by the length (the norm) of the sample x_i, a normalised step: the "
    "rule moves the weights by update * x_i itself, whatever the sample's length. Drop the division by "
    "np.linalg.norm(x_i) (the bias's step is update, as it already is)."
)
RESET_EACH_SAMPLE = (
    "Your {what} set back to zero before every sample: a line that makes {them} zero sits inside the sample "
    "loop, so each sample's step is thrown away by the next sample and fit keeps only the last sample's step. Start "
    "the weights and the bias at zero once, at the top of fit, before both loops."
)


BIAS_NEGATED = (
    "Your weights are the rule's, but your bias has the opposite sign of the rule's: every bias step goes the "
    "wrong way. One way to get this: a fit that learns the bias as the weight of a constant input -1 (the "
    "'threshold' form, x0 = -1) learns minus the bias, and stores that weight as the bias itself; another is a "
    "minus typed in the bias update (bias -= update). The spec learns the bias as the weight of a constant input "
    "+1: bias += update, with the same update as the weights."
)
FIRST_SAMPLES = (
    "Your fit learns from the first {n} samples only, and {n} is the number of features here, not the number of "
    "samples ({m}): the sample loop counts the columns of X (X.shape[1], or len(X[0])) where it should count its "
    "rows. Loop over every sample: range(len(X)), which is X.shape[0], or zip(X, y)."
)


def replayed_slips(fit_with_mistake, X, y, lr, epochs):
    """A Misconception for each slip above that a replay shows (``fit_with_mistake``:
    ``reference.mistakes.fit_with_mistake``, asked whatever the answer)."""
    rule = fit_with_mistake(X, y, lr, epochs)
    n, m = np_shape(X)[1], np_shape(X)[0]
    first = ([Misconception(FIRST_SAMPLES.format(n=n, m=m), fit_with_mistake(X[:n], y[:n], lr, epochs))]
             if 0 < n < m else [])
    return [*first, Misconception(BIAS_NEGATED, np.append(rule[:-1], -rule[-1])),Misconception(AVERAGED, fit_with_mistake(X, y, lr, epochs, averaged=True)),
            Misconception(STEP_NORM, fit_with_mistake(X, y, lr, epochs, step_norm=True)),
            Misconception(RESET_EACH_SAMPLE.format(what="bias is", them="it"),
                          fit_with_mistake(X, y, lr, epochs, reset_each_sample=("bias",)))]


UNTIL_CLEAN = (
    "Your fit never reads self.epochs: its outer loop, `{line}`, decides for itself how many passes to make "
    "(until a pass makes no mistake, or up to a count of its own), so Perceptron(epochs=0) still trains and "
    "epochs=1 trains on past one pass. The number of passes is the setting: the outer loop runs exactly "
    "self.epochs times, even when the data is learned sooner, and fit does not stop early."
)
EPOCHS_UNREAD = (
    "Your fit never reads self.epochs: its outer loop, `{line}`, runs some other number of passes{data}, so "
    "Perceptron(epochs=0) still trains. The outer loop runs exactly self.epochs times, and inside it one pass "
    "visits every sample."
)

OWN_PARAMETER = (
    "Your fit never reads self.epochs: its outer loop, `{line}`, counts fit's own parameter {name}, which keeps its "
    "default whatever epochs was given to the constructor, Perceptron(epochs=...). The number of passes is the "
    "one __init__ stored: loop over range(self.epochs), and give fit no parameter of its own for it."
)


def _reads_epochs(node) -> bool:
    return any(isinstance(sub, ast.Attribute) and sub.attr == "epochs" for sub in ast.walk(node))


def epochs_hint(student, said, ignored):
    """``said`` (the hint of a fit of 0 epochs that trained, ``ignored``: its text) made precise where fit's own text
    shows the cause: fit never reads .epochs and its outer loop is a while (UNTIL_CLEAN) or a for (EPOCHS_UNREAD);
    ``said`` unchanged otherwise."""
    if said != ignored:
        return said
    source, node = function_source.function(student, "perceptron", "Perceptron.fit")
    if node is None or _reads_epochs(node):
        return said
    loop = next((sub for sub in ast.walk(node) if isinstance(sub, (ast.While, ast.For))), None)
    if loop is None:
        return said
    line = function_source.statement_line(source, loop)
    params = {a.arg for a in node.args.args + node.args.kwonlyargs} - {"self", "X", "y"}
    counted = {n.id for n in ast.walk(loop.iter) if isinstance(n, ast.Name)} & params if isinstance(loop, ast.For) else set()
    if counted:
        return OWN_PARAMETER.format(line=line, name=sorted(counted)[0])
    data = isinstance(loop, ast.For) and any(isinstance(n, ast.Name) and n.id in ("X", "y") for n in ast.walk(loop.iter))
    return (UNTIL_CLEAN if isinstance(loop, ast.While) else EPOCHS_UNREAD).format(
        line=line, data=" (one for each sample, a count taken from the data)" if data else "")


BOOL_SUBTRACT = (
    "NumPy refuses to subtract two booleans (True/False), and `{line}` does so: the error y_i - prediction needs "
    "numbers. {which}Keep the labels as numbers (np.asarray(y, dtype=float)) and make the prediction the number 0 "
    "or 1 (1 if ... else 0, or int(...) of the comparison), so that the error is +1, 0 or -1 (NumPy's own advice, "
    "^, gives only 0 or 1 and loses the sign the rule needs)."
)
BOOL_LINES = "In your fit, {lines} give{s} True/False, not 1/0. "


def _bool_lines(source, node):
    """The lines of ``node`` that make booleans: a conversion to bool (dtype=bool, .astype(bool), bool(...)) and a
    name assigned a bare comparison, in the order they are written."""
    found = {}
    for sub in ast.walk(node):
        made = isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Compare)
        if isinstance(sub, ast.Call):
            args = list(sub.args) + [k.value for k in sub.keywords if k.arg == "dtype"] + [sub.func]
            made = any(isinstance(a, ast.Name) and a.id == "bool" or isinstance(a, ast.Attribute) and a.attr in ("bool_", "bool")
                       for a in args)  # fmt: skip
        if made:
            found.setdefault(sub.lineno, function_source.statement_line(source, sub))
    return [found[k] for k in sorted(found)][:3]


CHAINED = (
    "Your bias is an array, not a number: `{line}` binds both names to one and the same array (a = b = value gives "
    "the one value two names), so the bias is the weight array itself. The weighted sum plus that bias is then an "
    "array, and the if that decides the prediction cannot turn an array into one True or False (the ValueError "
    "about an ambiguous truth value). Start the bias on a line of its own as the number 0.0."
)


def _chained_bias(source, node):
    """The line of ``node`` that assigns one value to self.bias and another self. attribute at once, or None."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign) and len(sub.targets) > 1:
            attrs = {t.attr for t in sub.targets if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                     and t.value.id == "self"}  # fmt: skip
            if "bias" in attrs and len(attrs) > 1:
                return function_source.statement_line(source, sub)
    return None


def fit_error_hint(student, exc):
    """BOOL_SUBTRACT where fit raised NumPy's TypeError about a boolean subtract, with the lines of fit that make
    the booleans where its text shows them; CHAINED where it raised the ValueError of an array's truth value and
    fit binds the bias and another attribute to one value; None otherwise."""
    message = getattr(exc, "raised_message", "") or ""
    if isinstance(exc, StudentError) and getattr(exc, "raised", None) == "ValueError" and "truth value" in message:
        source, node = function_source.function(student, "perceptron", "Perceptron.fit")
        line = _chained_bias(source, node) if node is not None else None
        return CHAINED.format(line=line) if line else None
    if not isinstance(exc, StudentError) or getattr(exc, "raised", None) != "TypeError":
        return None
    if "boolean subtract" not in (getattr(exc, "raised_message", "") or ""):
        return None
    line = tracebacks.code_of_last_line(getattr(exc, "detail", None)) or "y_i - prediction"
    source, node = function_source.function(student, "perceptron", "Perceptron.fit")
    lines = _bool_lines(source, node) if node is not None else []
    which = BOOL_LINES.format(lines=", ".join(f"`{t}`" for t in lines), s="" if len(lines) > 1 else "s") if lines else ""
    return BOOL_SUBTRACT.format(line=line, which=which)
