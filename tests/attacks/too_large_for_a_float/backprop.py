# The reference backprop, except that train appends an int no float holds to its losses: the checks
# that read the losses must fail them, not end with the grader's own error.
"""Exercise 6: backpropagation by hand on a 2-2-1 network.

The network has two inputs, two sigmoid hidden neurons and one sigmoid
output, nine numbers in all:

    h1 = sigmoid(w1*x[0] + w2*x[1] + b1)
    h2 = sigmoid(w3*x[0] + w4*x[1] + b2)
    o1 = sigmoid(w5*h1 + w6*h2 + b3)
    L  = (y_true - o1) ** 2          # for one sample

Backpropagation is the chain rule applied from the loss backwards: first how
L moves with o1, then how o1 moves with each of its inputs, then how h1 and
h2 move with theirs. Multiply along the path to reach each parameter. One
step of stochastic gradient descent then moves every parameter a little
against its own derivative, and training repeats that for every sample,
epoch after epoch.

The lesson's data set predicts sex from weight and height, both shifted so
that the averages sit near 0: weight minus 135 lb, height minus 66 in, label
1 for female and 0 for male.

Decisions the course spec leaves open, written down here:

- Parameters live in plain dicts keyed by ``PARAM_NAMES``; ``backprop`` and
  ``sgd_step`` return new dicts of Python floats, in ``PARAM_NAMES`` order.
- ``train`` returns its losses as a Python ``list`` of floats, one per epoch,
  measured after the epoch's updates.
- ``START_PARAMS`` below is a fixed start for training. Its hidden neurons
  differ: from a start where they are equal (say all weights 1, all biases
  0) they get equal gradients and stay twins, one hidden neuron in effect.
  From ``START_PARAMS``, ``train`` at its defaults scores Emily above 0.5
  and Frank below.
"""

import math

import numpy as np

PARAM_NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")

# The lesson's data set: (weight - 135 lb, height - 66 in), label 1 = female.
# The rows are Alice, Bob, Charlie and Diana.
DATA = np.array([[-2.0, -1.0], [25.0, 6.0], [17.0, 4.0], [-15.0, -6.0]])
ALL_Y_TRUES = np.array([1.0, 0.0, 0.0, 1.0])
EMILY = np.array([-7.0, -3.0])  # not in the data: should score above 0.5
FRANK = np.array([20.0, 2.0])  # not in the data: should score below 0.5

# A fixed, symmetry-breaking start for training (see the module docstring).
START_PARAMS = dict(
    zip(PARAM_NAMES, (0.5, -0.3, -0.4, 0.8, 0.7, -0.6, 0.0, 0.0, 0.0))
)


def _sigmoid(z):
    """Logistic function of one number, safe for large |z|."""
    e = math.exp(-abs(z))
    return 1.0 / (1.0 + e) if z >= 0 else e / (1.0 + e)


def feedforward(params, x):
    """Output ``o1`` of the network for one sample.

    Parameters
    ----------
    params : dict
        The nine parameters, keyed by ``PARAM_NAMES``.
    x : sequence of two floats
        One sample (shifted weight, shifted height).

    Returns
    -------
    float
        ``o1``, between 0 and 1.

    Example
    -------
    All weights 1, all biases 0 and x = [-2, -1]: both hidden neurons output
    sigmoid(-3) = 0.0474, and o1 = sigmoid(0.0949):

    >>> ones = {name: (1.0 if name[0] == "w" else 0.0) for name in PARAM_NAMES}
    >>> round(feedforward(ones, [-2, -1]), 4)
    0.5237
    """
    ### BEGIN SOLUTION
    p = params
    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])
    return float(o1)
    ### END SOLUTION


def backprop(params, x, y_true):
    """The nine partial derivatives of ``L = (y_true - o1) ** 2``.

    Work backwards with the chain rule. Write ``s'(a) = a * (1 - a)`` for the
    sigmoid's slope expressed with its output ``a``.

    - ``dL/do1 = -2 * (y_true - o1)``
    - through o1: ``do1/dw5 = h1 * s'(o1)``, ``do1/db3 = s'(o1)``,
      ``do1/dh1 = w5 * s'(o1)`` (and the same with w6, h2)
    - through h1: ``dh1/dw1 = x[0] * s'(h1)``, ``dh1/db1 = s'(h1)``
      (and the same for h2 with w3, w4, b2)
    - e.g. ``dL/dw1 = dL/do1 * do1/dh1 * dh1/dw1``

    Parameters
    ----------
    params : dict keyed by ``PARAM_NAMES``
    x : sequence of two floats
    y_true : float, 0 or 1

    Returns
    -------
    dict
        ``{name: dL/dname}`` for every name in ``PARAM_NAMES``, as floats.

    Example
    -------
    All weights 1, all biases 0, x = [-2, -1], y_true = 1: o1 = 0.5237 is too
    low, so the loss falls as b3 rises (a negative derivative):

    >>> ones = {name: (1.0 if name[0] == "w" else 0.0) for name in PARAM_NAMES}
    >>> grads = backprop(ones, [-2, -1], 1)
    >>> round(grads["w1"], 7), round(grads["b3"], 7)
    (0.0214695, -0.2376176)
    """
    ### BEGIN SOLUTION
    p = params
    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])

    d_L_d_o1 = -2.0 * (y_true - o1)
    # slope of each sigmoid, written with its own output
    d_o1 = o1 * (1.0 - o1)
    d_h1 = h1 * (1.0 - h1)
    d_h2 = h2 * (1.0 - h2)

    d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1
    d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1
    grads = {
        "w1": d_L_d_h1 * x[0] * d_h1,
        "w2": d_L_d_h1 * x[1] * d_h1,
        "w3": d_L_d_h2 * x[0] * d_h2,
        "w4": d_L_d_h2 * x[1] * d_h2,
        "w5": d_L_d_o1 * h1 * d_o1,
        "w6": d_L_d_o1 * h2 * d_o1,
        "b1": d_L_d_h1 * d_h1,
        "b2": d_L_d_h2 * d_h2,
        "b3": d_L_d_o1 * d_o1,
    }
    return {name: float(grads[name]) for name in PARAM_NAMES}
    ### END SOLUTION


def sgd_step(params, grads, learn_rate):
    """One step of gradient descent: ``params - learn_rate * grads``.

    Parameters
    ----------
    params : dict keyed by ``PARAM_NAMES``
    grads : dict keyed by ``PARAM_NAMES``, e.g. from ``backprop``
    learn_rate : float

    Returns
    -------
    dict
        A new dict; ``params`` and ``grads`` are left as they were.

    Example
    -------
    >>> zeros = dict.fromkeys(PARAM_NAMES, 0.0)
    >>> halves = dict.fromkeys(PARAM_NAMES, 0.5)
    >>> sgd_step(zeros, halves, 0.1)["w1"]
    -0.05
    """
    ### BEGIN SOLUTION
    return {
        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES
    }
    ### END SOLUTION


def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):
    """Stochastic gradient descent over the data set, one sample at a time.

    Starting from ``params`` (which is not modified), for each epoch visit the
    samples in data order and take one ``sgd_step`` with that sample's
    ``backprop``. After each epoch, record the mean squared error of the
    network over the whole data set.

    Parameters
    ----------
    data : array-like, shape (n_samples, 2)
    all_y_trues : array-like, shape (n_samples,)
    params : dict keyed by ``PARAM_NAMES``
        The starting point.
    learn_rate : float, default 0.1
    epochs : int, default 1000

    Returns
    -------
    (dict, list of float)
        The trained parameters and the ``epochs`` losses: ``losses[e]`` is
        the MSE over the data set after epoch ``e``.

    Example
    -------
    Trained on the lesson's data from ``START_PARAMS``, the network tells the
    two newcomers apart:

    >>> trained, losses = train(DATA, ALL_Y_TRUES, START_PARAMS)
    >>> feedforward(trained, EMILY) > 0.5 > feedforward(trained, FRANK)
    True
    >>> len(losses), losses[-1] < losses[0]
    (1000, True)
    """
    ### BEGIN SOLUTION
    params = dict(params)
    losses = []
    for _ in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            params = sgd_step(params, backprop(params, x, y_true), learn_rate)
        predictions = [feedforward(params, x) for x in data]
        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]
        losses.append(float(sum(errors) / len(errors)))
    return params, losses + [10**400]
    ### END SOLUTION
