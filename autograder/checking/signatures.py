"""The reader of a student's parameter list: the spec's parameters in another order, or another default.

Every check calls the spec's functions; a student who wrote ``def perceptron(weights, x1, x2)`` for the
spec's ``perceptron(x1, x2, weights)`` gets the wrong values wherever a check passes them by position,
and an answer's values alone cannot say why. So once a check has failed (never before: a passing
submission costs nothing more), and it called a function of the spec with two arguments or more by
position, the grader asks the child for that function's signature (the child's ``signature`` request:
names, kinds and plain defaults, read there, since ``inspect`` runs student code) and compares it with
the spec's, ``SPEC`` below (what the spec prints and the stubs in ``exercises/`` hold; a test keeps it
equal to the solutions'). The reply is checked as plain data and cut to size; anything else reads as
nothing.

Renamed parameters in the spec's order are fine: nothing is said. The spec's names in another order are
named, for the function the failing check called by position; a default other than the spec's is named
by the checks that test the spec's defaults (``DEFAULTS_OF``).

The instructors' decision: where the checks pass arguments by position (the gates' perceptron, the
activations, the loss, the network's layer_output, the backprop partials), a swapped order loses the
points of each check it breaks, and now says why. Where they pass keywords, one hidden check also calls
by position: train's defaults check calls train(data, all_y_trues, params, 0.1, 5), judged only where the
call by name is right (so a mistake in train's body does not cost a second point there); the spec prints
train's signature, and a caller may fill it by position. The constructors' options are left to keywords.
A wrong default is judged (and now named) by the checks that test the defaults.
"""

from __future__ import annotations

import re

from ..grading.compare import CheckFailed
from ..sandbox.session import StudentError

# The spec's signatures: each function or class (its constructor) by module, as (name, default) pairs
# (``NO_DEFAULT`` where there is none).
NO_DEFAULT = object()
_ = NO_DEFAULT
SPEC: dict[str, dict[str, tuple]] = {
    "gates": {"perceptron": (("x1", _), ("x2", _), ("weights", _)), "xor": (("x1", _), ("x2", _))},
    "perceptron": {"Perceptron": (("lr", 0.01), ("epochs", 15))},
    "activations": {"leaky_relu": (("z", _), ("alpha", 0.1)), "leaky_relu_derivative": (("z", _), ("alpha", 0.1))},
    "neuron": {"Neuron": (("weights", _), ("bias", _)), "TinyNetwork": (("weights", _), ("bias", _)),
               "layer_output": (("inputs", _), ("weights", _), ("biases", _))},
    "loss": {"mse_loss": (("y_true", _), ("y_pred", _)), "mse_loss_gradient": (("y_true", _), ("y_pred", _))},
    "backprop": {"feedforward": (("params", _), ("x", _)), "backprop": (("params", _), ("x", _), ("y_true", _)),
                 "sgd_step": (("params", _), ("grads", _), ("learn_rate", _)),
                 "train": (("data", _), ("all_y_trues", _), ("params", _), ("learn_rate", 0.1), ("epochs", 1000))},
    "mlp": {"MLP": (("input_size", _), ("hidden_size", _), ("output_size", _), ("lr", 0.1), ("seed", None))},
}
# The function whose defaults a check of the defaults (a check whose name says "default") tests, by exercise.
DEFAULTS_OF = {"activations": "leaky_relu", "backprop": "train", "mlp": "MLP", "perceptron": "Perceptron"}
KINDS = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL", "KEYWORD_ONLY", "VAR_KEYWORD")
PLAIN = (int, float, bool, str, type(None))


def plain_signature(reply) -> list[tuple] | None:
    """The child's answer as ``[(name, kind, has_default, default), ...]``, or None unless it is the plain
    data the child sends (a hostile child may send anything)."""
    if type(reply) is not list or len(reply) > 12:
        return None
    rows = []
    for row in reply:
        if type(row) is not list or len(row) != 4:
            return None
        name, kind, has_default, default = row
        if type(name) is not str or not name.isidentifier() or len(name) > 100 or kind not in KINDS:
            return None
        if type(has_default) is not bool or type(default) not in PLAIN or type(default) is str and len(default) > 100:
            return None
        rows.append((name, kind, has_default, default))
    return rows


def _spelled(name: str, names) -> str:
    return f"{name}({', '.join(names)})"


def order_hint(name: str, rows: list[tuple], spec: tuple, brief: bool = False) -> str | None:
    """A hint when the student's first positional parameters are the spec's names in another order
    (``brief``: in one short sentence, for a second function named after the first)."""
    wanted = [n for n, _ in spec]
    theirs = [n for n, kind, _, _ in rows if kind in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")][:len(wanted)]
    if sorted(theirs) != sorted(wanted) or theirs == wanted:
        return None
    if brief:
        return f"The same goes for your {name}: defined as {_spelled(name, theirs)}, the spec's order is {_spelled(name, wanted)}."
    first = next(i for i, (a, b) in enumerate(zip(theirs, wanted)) if a != b)
    return (f"Your {name} is defined as {_spelled(name, theirs)}; the spec's order is {_spelled(name, wanted)}, "
            f"and callers pass the arguments by position: what is meant as {wanted[first]} lands in your "
            f"{theirs[first]}. Put the parameters in the spec's order (the names can stay).")


def default_hint(name: str, rows: list[tuple], spec: tuple) -> str | None:
    """A hint when a parameter the spec gives a default has another default, or none, in the student's."""
    theirs = {n: (has, default) for n, _, has, default in rows}
    for parameter, wanted in spec:
        if wanted is NO_DEFAULT or parameter not in theirs:
            continue
        has, default = theirs[parameter]
        if not has:
            return (f"Your {name} has no default for {parameter}; the spec's is {parameter}={wanted!r}, so a call "
                    f"that leaves {parameter} out must work: give it that default in the def line.")
        if default != wanted or type(default) is bool:
            return (f"Your {name}'s default is {parameter}={default!r}; the spec's is {parameter}={wanted!r}. A call "
                    "that leaves it out gets the spec's value: change the default in the def line.")
    return None


def extra_hint(name: str, rows: list[tuple], spec: tuple) -> str | None:
    """A hint when the student's function asks for a parameter, with no default, that the spec's has not."""
    known = {n for n, _ in spec}
    extra = [n for n, kind, has, _ in rows if not has and n not in known and n != "self" and kind not in ("VAR_POSITIONAL", "VAR_KEYWORD")]
    if not extra or len(rows) <= len(spec):
        return None
    them = " and ".join(extra)
    return (f"Your {name} asks for {them}, which the spec's {_spelled(name, [n for n, _ in spec])} does not have, so "
            f"a call as the spec writes it leaves {them} out and Python stops. Remove {them} from the def line and "
            "work the value out inside from what the spec does pass (or give it a default).")


MISSING_ARGUMENT = re.compile(r"([\w.]+)\(\) missing \d+ required (?:positional|keyword-only) arguments?: ")


def lacking_argument(exercise: str, ending) -> tuple[str, str] | None:
    """(exercise, the spec's function or class) when ``ending`` is the TypeError Python raises for a call of
    it that leaves out a parameter the student's def line requires (a default dropped, a parameter added)."""
    if not isinstance(ending, StudentError) or ending.raised != "TypeError":
        return None
    found = MISSING_ARGUMENT.search(ending.raised_message or "")
    if not found:
        return None
    parts = found.group(1).split(".")
    name = parts[-2] if parts[-1] == "__init__" and len(parts) > 1 else parts[-1]
    return (exercise, name) if name in SPEC.get(exercise, {}) else None


def read_signature(session, module: str, name: str) -> list[tuple] | None:
    """The parameters of the student's ``name`` in ``module``, asked of the child (``plain_signature``'s rows),
    or None when the reply is not plain data; raises StudentError when the child fails."""
    return plain_signature(session.request(module, "signature", {"module": module, "name": name},
                                           f"reading the parameters of {name}", make_object=_no_object))


def signature_hint(session, test_name: str, exercise: str, ending, current: str | None) -> str | None:
    """The hint of a check ``test_name`` that ended with ``ending`` (``current``: the hint it has), after
    reading the signatures of the functions of the spec it called by position (and, for a check of the
    defaults, of the function whose defaults it tests). Asks the child only then. A parameter order is a
    fact, not a reading of values: it replaces a generic hint and the reading of an error the call raised
    (arguments in the wrong places raise errors whose readings mislead), and comes before an exercise's
    reading of wrong values (which stays: the values say it); a default is named only where the check's
    hint is generic (the checks of defaults name the ones they see)."""
    wanted = [(module, name) for module, name in sorted(session.positional) if name in SPEC.get(module, {})]
    defaults = (exercise, DEFAULTS_OF[exercise]) if "default" in test_name and exercise in DEFAULTS_OF else \
        lacking_argument(exercise, ending)  # fmt: skip
    if defaults is not None and defaults not in wanted:
        wanted.append(defaults)
    generic = not current or generic_hint_may_go(ending)
    orders, said = [], None  # every function called by position whose order is another: the first in full
    for module, name in wanted:
        try:
            rows = read_signature(session, module, name)
        except StudentError:  # the student's module or child failing: nothing more to say
            break
        if rows is None:
            continue
        if (module, name) in session.positional and order_hint(name, rows, SPEC[module][name]) is not None:
            orders.append(order_hint(name, rows, SPEC[module][name], brief=bool(orders)))
        elif generic and (module, name) == defaults and said is None and not orders:
            said = default_hint(name, rows, SPEC[module][name]) or extra_hint(name, rows, SPEC[module][name])
    if orders:
        order = " ".join(orders)
        raised = isinstance(ending, StudentError) or " raised " in str(getattr(ending, "message", ""))
        return order if generic or raised else f"{order}\n{current}"
    return said or current


def generic_hint_may_go(ending) -> bool:
    """Whether the hint a check ended with is a generic one that a signature's reading outranks: none, a
    reading of the failing values only, or a Python error's reading (an exercise's own hint stays)."""
    if isinstance(ending, CheckFailed):
        return ending.hint is None or ending.read_off_values
    return isinstance(ending, StudentError) and not ending.hint


def _no_object(*_args):
    return None  # an object in a signature's reply makes it unreadable: plain_signature says None
