"""sgd_step read as one amount for all nine parameters: every parameter moved by the same number.

A beginner who reduces the whole dict of gradients to one number (its mean, its sum, its largest entry
or its norm) and subtracts learn_rate times that number from every parameter gives a new dict whose
nine moves ``params[name] - new[name]`` are all equal. The reader runs only once the check of sgd_step
has failed; it asks nothing: it replays the reductions with NumPy on the check's own params and grads,
at both of the check's rates, and names the one that matches every reply.

Loaded by ``test_backprop.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import numpy as np

ONE_AMOUNT = (
    "Your sgd_step subtracts the same amount from all nine parameters, {amount:.6g} here (learn_rate {rate:g} times "
    "{what}), so no parameter follows its own gradient. Each parameter has its own partial derivative and takes "
    "its own step: new[name] = params[name] - learn_rate * grads[name], one name at a time (no np.mean, np.sum or "
    "other reduction over the gradients)."
)
ONE_AMOUNT_UNKNOWN = (
    "Your sgd_step subtracts the same amount from all nine parameters, {amount:.6g} here, so no parameter follows its "
    "own gradient: the step was computed once for the whole dict and not name by name. Each parameter takes its "
    "own step: new[name] = params[name] - learn_rate * grads[name]."
)
REDUCTIONS = {
    "the mean of all nine gradients, np.mean(list(grads.values()))": np.mean,
    "the sum of all nine gradients, sum(grads.values())": np.sum,
    "the largest gradient, max(grads.values())": np.max,
    "the smallest gradient, min(grads.values())": np.min,
    "the length of the gradient vector, np.linalg.norm": np.linalg.norm,
    "the mean of the gradients' sizes, np.mean(np.abs(...))": lambda g: np.mean(np.abs(g)),
}


def _moves(reply, params, names):
    got = reply[0]
    if not isinstance(got, dict) or not all(n in got for n in names):
        return None
    moves = np.array([float(params[n]) - float(got[n]) for n in names])
    return moves if np.all(np.isfinite(moves)) else None


def one_amount_hint(replies, questions, names) -> str | None:
    """ONE_AMOUNT when every answered question ((params, grads, rate) in ``questions``) moved all the
    parameters by one amount and that amount is rate times one reduction of the gradients in every one;
    ONE_AMOUNT_UNKNOWN when the amounts are equal but no reduction gives them; None otherwise."""
    try:
        seen = []
        for reply, (params, grads, rate) in zip(replies.before_failure(), questions):
            moves = _moves(reply, params, names)
            if moves is None:
                return None
            if not np.allclose(moves, moves[0], rtol=1e-9, atol=1e-12) or np.allclose(moves, 0.0, atol=1e-12):
                return None  # other moves, or none at all (the parameters given back unchanged: its own reading)
            right = np.array([rate * grads[n] for n in names])
            if np.allclose(moves, right, rtol=1e-9, atol=1e-12):
                return None  # a right step (all gradients equal) tells nothing
            seen.append((float(moves[0]), np.array([float(grads[n]) for n in names]), rate))
        if not seen:
            return None
        amount, _, rate = seen[0]
        for what, reduce in REDUCTIONS.items():
            if all(np.isclose(m, r * float(reduce(g)), rtol=1e-7, atol=1e-12) for m, g, r in seen):
                return ONE_AMOUNT.format(amount=amount, rate=rate, what=what)
        return ONE_AMOUNT_UNKNOWN.format(amount=amount)
    except Exception:
        return None
