"""hints16L's readers, on their own: a check that called several functions by position names every one
defined in another order; the several-values hint names the function the check called."""


from autograder.checking.signatures import signature_hint
from autograder.grading.compare import CheckFailed
from autograder.grading.generic_readers import called_name, several_values_hint

ROWS = {"sgd_step": ["params", "learn_rate", "grads"], "backprop": ["x", "params", "y_true"],
        "feedforward": ["params", "x"]}


class _Session:
    """What signature_hint asks of a session: the functions called by position, and their parameters."""

    def __init__(self, names):
        self.positional = {("backprop", name) for name in names}

    def request(self, module, op, target, label, make_object=None):
        return [[name, "POSITIONAL_OR_KEYWORD", False, None] for name in ROWS[target["name"]]]


def test_every_function_called_by_position_in_another_order_is_named():
    ending = CheckFailed("train(...) raised TypeError", hint=None)
    hint = signature_hint(_Session(["sgd_step", "backprop", "feedforward"]), "train_trajectory", "backprop", ending, None)
    assert hint.startswith("Your backprop is defined as backprop(x, params, y_true); the spec's order is "
                           "backprop(params, x, y_true)")
    assert ("The same goes for your sgd_step: defined as sgd_step(params, learn_rate, grads), the spec's order is "
            "sgd_step(params, grads, learn_rate).") in hint
    assert "feedforward" not in hint  # in the spec's order: nothing to say


def test_one_function_in_another_order_is_said_as_before():
    hint = signature_hint(_Session(["sgd_step"]), "sgd_step", "backprop", CheckFailed("wrong", hint=None), None)
    assert hint.startswith("Your sgd_step is defined as") and "The same goes" not in hint


def test_several_values_name_the_function_the_check_called():
    assert called_name("Neuron([0.0, 1.0], 4.0).feedforward([2.0, 3.0]) (the lesson's example)") == "Neuron.feedforward"
    assert called_name("mse_loss(y_true, y_pred) with two (6,) arrays") == "mse_loss"
    assert called_name("after fit on XOR, predict(X)") is None
    assert several_values_hint((0.5, 0.25), 0.25, "sigmoid").startswith("Your sigmoid returns 2 values at once")
    assert several_values_hint((0.5, 0.25), 0.25).startswith("Your function returns 2 values at once")
