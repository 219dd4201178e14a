# Appended to the reference backprop.py: train appends an int no float holds to its losses. The checks
# that read the losses must fail them, not end with the grader's own error.

_reference_train = train  # noqa: F821 - the reference's, defined above this in the submitted file


def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):
    params, losses = _reference_train(data, all_y_trues, params, learn_rate=learn_rate, epochs=epochs)
    return params, losses + [10**400]
