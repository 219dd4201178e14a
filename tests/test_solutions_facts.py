"""Does every fact of COURSE_SPEC.md hold for the reference solutions?"""

import ast
import importlib.util
import inspect
import math
import warnings
from pathlib import Path

import numpy as np
import pytest

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


def _solution(name):
    spec = importlib.util.spec_from_file_location(f"nnkit_solution_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gates = _solution("gates")
perceptron = _solution("perceptron")
activations = _solution("activations")
neuron = _solution("neuron")
loss = _solution("loss")
backprop = _solution("backprop")
mlp = _solution("mlp")

X1 = np.array([0, 0, 1, 1])
X2 = np.array([0, 1, 0, 1])
TRUTH = {
    "AND_WEIGHTS": [0, 0, 0, 1],
    "OR_WEIGHTS": [0, 1, 1, 1],
    "NAND_WEIGHTS": [1, 1, 1, 0],
    "NOR_WEIGHTS": [1, 0, 0, 0],
}
XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
XOR_Y = np.array([0, 1, 1, 0])


def _numerical_gradient(f, point, h=1e-6):
    """Central differences of the scalar function f at the array point (restored after)."""
    grad = np.zeros_like(point)
    for index in np.ndindex(point.shape):
        old = point[index]
        point[index] = old + h
        plus = f()
        point[index] = old - h
        minus = f()
        point[index] = old
        grad[index] = (plus - minus) / (2 * h)
    return grad


def _relative_error(a, b):
    return np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b)))


# 1. gates ---------------------------------------------------------------

def test_threshold_gives_int_for_a_number_and_int_array_for_an_array():
    assert gates.threshold(0.5) == 1 and type(gates.threshold(0.5)) is int
    assert gates.threshold(0.4999) == 0 and type(gates.threshold(0.4999)) is int
    out = gates.threshold(np.array([[0.5, 0.2], [3.0, -1.0]]))
    assert out.shape == (2, 2) and np.issubdtype(out.dtype, np.integer)
    assert out.tolist() == [[1, 0], [1, 0]]


@pytest.mark.parametrize("gate", sorted(TRUTH))
def test_each_gate_weight_tuple_reproduces_its_truth_table(gate):
    weights = getattr(gates, gate)
    assert isinstance(weights, tuple) and len(weights) == 3
    assert all(isinstance(w, float) for w in weights)
    assert gates.perceptron(X1, X2, weights).tolist() == TRUTH[gate]
    scalars = [gates.perceptron(int(a), int(b), weights) for a, b in zip(X1, X2)]
    assert scalars == TRUTH[gate]


def test_the_spec_known_gate_weights_work():
    assert gates.perceptron(X1, X2, (-0.5, 0.6, 0.6)).tolist() == TRUTH["AND_WEIGHTS"]
    assert gates.perceptron(X1, X2, (0.5, -0.6, -0.6)).tolist() == TRUTH["NOR_WEIGHTS"]


def test_xor_on_scalars_and_arrays():
    assert [gates.xor(int(a), int(b)) for a, b in zip(X1, X2)] == [0, 1, 1, 0]
    assert gates.xor(X1, X2).tolist() == [0, 1, 1, 0]


# 2. perceptron ----------------------------------------------------------

def test_perceptron_defaults_are_lr_001_and_15_epochs():
    model = perceptron.Perceptron()
    assert (model.lr, model.epochs) == (0.01, 15)


@pytest.mark.parametrize("gate", ["AND_WEIGHTS", "OR_WEIGHTS"])
def test_perceptron_learns_and_and_or_within_10_epochs(gate):
    y = np.array(TRUTH[gate])
    model = perceptron.Perceptron(epochs=10)
    assert model.fit(XOR_X, y) is model
    prediction = model.predict(XOR_X)
    assert np.issubdtype(prediction.dtype, np.integer)
    assert prediction.tolist() == TRUTH[gate]


def test_perceptron_attributes_and_inputs_left_alone():
    X, y = XOR_X.astype(float), np.array([0.0, 0.0, 0.0, 1.0])
    X_before, y_before = X.copy(), y.copy()
    model = perceptron.Perceptron(lr=0.1, epochs=7).fit(X, y)
    assert np.array_equal(X, X_before) and np.array_equal(y, y_before)
    assert model.weights.shape == (2,) and model.weights.dtype == float
    assert type(model.bias) is float


def test_perceptron_one_epoch_follows_the_rule_by_hand():
    # (0,0) predicted 1 -> bias -0.1; (0,1), (1,0) right; (1,1) predicted 0 -> +0.1 each
    model = perceptron.Perceptron(lr=0.1, epochs=1).fit(XOR_X, [0, 0, 0, 1])
    assert np.allclose(model.weights, [0.1, 0.1]) and model.bias == pytest.approx(0.0)


# 3. activations ---------------------------------------------------------

ELEMENTWISE = {
    "sigmoid": lambda z: 1 / (1 + math.exp(-z)),
    "sigmoid_derivative": lambda z: math.exp(-z) / (1 + math.exp(-z)) ** 2,
    "tanh": math.tanh,
    "tanh_derivative": lambda z: 1 / math.cosh(z) ** 2,
    "relu": lambda z: max(z, 0.0),
    "relu_derivative": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: z if z > 0 else 0.1 * z,
    "leaky_relu_derivative": lambda z: 1.0 if z > 0 else 0.1,
}
POINTS = [-3.0, -0.5, 0.0, 0.25, 2.0]


@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_activation_values_match_an_independent_formula(name):
    f, reference = getattr(activations, name), ELEMENTWISE[name]
    assert np.allclose(f(np.array(POINTS)), [reference(z) for z in POINTS], atol=1e-12)


@pytest.mark.parametrize("name", sorted(ELEMENTWISE) + ["softmax"])
def test_activation_keeps_shape_gives_floats_and_takes_scalars(name):
    f = getattr(activations, name)
    z = np.arange(-12, 12).reshape(2, 3, 4)  # integer input
    z_before = z.copy()
    out = f(z)
    assert out.shape == z.shape and np.issubdtype(out.dtype, np.floating)
    assert np.array_equal(z, z_before)
    scalar = f(2)
    assert np.shape(scalar) == () and np.issubdtype(np.asarray(scalar).dtype, np.floating)


@pytest.mark.parametrize(
    "function, derivative",
    [("sigmoid", "sigmoid_derivative"), ("tanh", "tanh_derivative"),
     ("relu", "relu_derivative"), ("leaky_relu", "leaky_relu_derivative")],
)
def test_derivatives_match_central_differences(function, derivative):
    f, df = getattr(activations, function), getattr(activations, derivative)
    z = np.array([-2.5, -0.7, 0.3, 1.9])  # away from ReLU's kink
    h = 1e-6
    assert np.allclose(df(z), (f(z + h) - f(z - h)) / (2 * h), atol=1e-7)


def test_relu_derivatives_at_zero_take_the_left_slope():
    assert activations.relu_derivative(0.0) == 0.0
    assert activations.leaky_relu_derivative(0.0, alpha=0.2) == pytest.approx(0.2)
    assert activations.leaky_relu(-2.0, alpha=0.2) == pytest.approx(-0.4)


def test_sigmoid_derivative_is_not_the_z_times_one_minus_z_slip():
    assert activations.sigmoid_derivative(2.0) == pytest.approx(0.10499358540350662)
    assert activations.sigmoid_derivative(2.0) != pytest.approx(2.0 * (1 - 2.0))


def test_sigmoid_and_softmax_are_finite_and_silent_at_magnitude_1000():
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        s = activations.sigmoid(np.array([-1000.0, 1000.0]))
        ds = activations.sigmoid_derivative(np.array([-1000.0, 1000.0]))
        p = activations.softmax(np.linspace(-1000.0, 1000.0, 1000))
    assert np.array_equal(s, [0.0, 1.0]) and np.all(np.isfinite(ds))
    assert np.all(np.isfinite(p)) and p.sum() == pytest.approx(1.0)


def test_tanh_is_exact_at_magnitude_1000():
    assert np.array_equal(activations.tanh(np.array([-1000.0, 1000.0])), [-1.0, 1.0])
    assert np.array_equal(activations.tanh_derivative(np.array([-1000.0, 1000.0])), [0.0, 0.0])


def test_softmax_slices_sum_to_one_and_ignore_a_shift():
    z = np.random.default_rng(0).normal(size=(3, 5))
    p = activations.softmax(z)
    assert np.allclose(p.sum(axis=-1), 1.0) and np.all(p > 0)
    assert np.allclose(activations.softmax(z + 123.0), p)
    assert np.allclose(p[1], np.exp(z[1]) / np.exp(z[1]).sum())


# 4. neuron --------------------------------------------------------------

def test_neuron_and_tiny_network_facts():
    out = neuron.Neuron([0, 1], 4).feedforward([2, 3])
    assert type(out) is float and out == pytest.approx(0.9990889488055994, abs=1e-15)
    assert neuron.TinyNetwork([0, 1], 0).feedforward([2, 3]) == pytest.approx(
        0.7216325609518421, abs=1e-15
    )


def test_layer_output_is_the_plain_weighted_sum():
    assert neuron.layer_output([1.0, 2.0], [[0.5, -1.0], [2.0, 0.25]], [0.5, -1.0]) == [-1.0, 1.5]


def test_count_parameters_fact_and_small_cases():
    assert neuron.count_parameters([3, 5, 5, 5, 2]) == 92
    assert neuron.count_parameters([2, 1]) == 3
    assert neuron.count_parameters([4]) == 0


# 5. loss ----------------------------------------------------------------

def test_mse_fact_returns_a_float():
    value = loss.mse_loss([1, 0, 0, 1], [0, 0, 0, 0])
    assert type(value) is float and value == 0.5


def test_mse_treats_n_and_n_by_1_as_the_same_values():
    y_true, y_pred = np.array([1.0, 2.0, 3.0]), np.array([[1.5], [2.0], [2.0]])
    assert loss.mse_loss(y_true, y_pred) == pytest.approx((0.25 + 0 + 1) / 3)
    grad = loss.mse_loss_gradient(y_true, y_pred)
    assert grad.shape == (3, 1)
    assert np.allclose(grad.ravel(), 2 * (y_pred.ravel() - y_true) / 3)


def test_mse_gradient_matches_central_differences():
    rng = np.random.default_rng(1)
    y_true, y_pred = rng.normal(size=(4, 2)), rng.normal(size=(4, 2))
    numerical = _numerical_gradient(lambda: loss.mse_loss(y_true, y_pred), y_pred)
    assert _relative_error(loss.mse_loss_gradient(y_true, y_pred), numerical) < 1e-7


@pytest.mark.parametrize("function", ["mse_loss", "mse_loss_gradient"])
def test_mse_rejects_different_element_counts(function):
    with pytest.raises(ValueError, match="3.*2|2.*3"):
        getattr(loss, function)([1, 2, 3], [1, 2])


# 6. backprop ------------------------------------------------------------

ONES = {name: (1.0 if name.startswith("w") else 0.0) for name in backprop.PARAM_NAMES}


def test_backprop_param_names():
    assert backprop.PARAM_NAMES == ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")


def test_backprop_facts():
    o1 = backprop.feedforward(ONES, [-2, -1])
    assert type(o1) is float and o1 == pytest.approx(0.5237, abs=5e-5)
    grads = backprop.backprop(ONES, [-2, -1], 1)
    assert tuple(grads) == backprop.PARAM_NAMES
    assert all(type(value) is float for value in grads.values())
    assert grads["w1"] == pytest.approx(0.0214695, abs=5e-8)
    assert grads["b3"] == pytest.approx(-0.2376176, abs=5e-8)


def test_backprop_matches_central_differences():
    params = dict(zip(backprop.PARAM_NAMES, np.random.default_rng(2).normal(size=9)))
    x, y_true = [0.7, -1.3], 1.0
    grads = backprop.backprop(params, x, y_true)
    for name in backprop.PARAM_NAMES:
        h = 1e-6
        plus, minus = dict(params), dict(params)
        plus[name] += h
        minus[name] -= h
        loss_plus = (y_true - backprop.feedforward(plus, x)) ** 2
        loss_minus = (y_true - backprop.feedforward(minus, x)) ** 2
        assert grads[name] == pytest.approx((loss_plus - loss_minus) / (2 * h), rel=1e-6, abs=1e-10)


def test_sgd_step_returns_a_new_dict_and_leaves_inputs_alone():
    grads = dict.fromkeys(backprop.PARAM_NAMES, 0.5)
    params_before, grads_before = dict(ONES), dict(grads)
    new = backprop.sgd_step(ONES, grads, 0.1)
    assert new is not ONES and ONES == params_before and grads == grads_before
    assert new["w1"] == pytest.approx(0.95) and new["b1"] == pytest.approx(-0.05)


def test_trained_network_tells_emily_from_frank():
    start = dict(backprop.START_PARAMS)
    trained, losses = backprop.train(backprop.DATA, backprop.ALL_Y_TRUES, start)
    assert start == backprop.START_PARAMS
    assert backprop.feedforward(trained, [-7, -3]) > 0.5
    assert backprop.feedforward(trained, [20, 2]) < 0.5
    assert len(losses) == 1000 and losses[-1] < 0.01 < losses[0]
    last = np.mean([(y - backprop.feedforward(trained, x)) ** 2
                    for x, y in zip(backprop.DATA, backprop.ALL_Y_TRUES)])
    assert losses[-1] == pytest.approx(last)  # losses[e] is measured after epoch e


def test_lesson_data_set():
    assert backprop.DATA.tolist() == [[-2, -1], [25, 6], [17, 4], [-15, -6]]
    assert backprop.ALL_Y_TRUES.tolist() == [1, 0, 0, 1]


# 7. mlp -----------------------------------------------------------------

def _net(seed=3):
    return mlp.MLP(3, 5, 2, lr=0.1, seed=seed)


def test_mlp_shapes_zero_biases_and_seeded_weights():
    net = _net()
    assert (net.W1.shape, net.b1.shape, net.W2.shape, net.b2.shape) == ((3, 5), (1, 5), (5, 2), (1, 2))
    assert not net.b1.any() and not net.b2.any()
    assert np.array_equal(net.W1, _net().W1) and not np.array_equal(net.W1, _net(seed=4).W1)
    assert inspect.signature(mlp.MLP).parameters["lr"].default == 0.1


def test_mlp_fits_from_its_own_initial_weights():
    net = mlp.MLP(2, 4, 1, lr=1.0, seed=3)
    losses = net.fit(XOR_X, XOR_Y, epochs=5)
    assert losses.shape == (5,) and np.all(np.isfinite(losses)) and np.ptp(net.W1) > 0


def test_mlp_loss_is_the_mean_over_all_outputs():
    net, X = _net(), np.random.default_rng(5).normal(size=(7, 3))
    y = np.random.default_rng(6).random(14)  # flat: reshaped to (7, 2)
    A2 = net.forward(X)
    assert A2.shape == (7, 2)
    value = net.loss(X, y)
    assert type(value) is float and value == pytest.approx(np.mean((A2 - y.reshape(7, 2)) ** 2))


def test_mlp_backward_matches_central_differences():
    rng = np.random.default_rng(7)
    net, X, y = _net(), rng.normal(size=(7, 3)), rng.random((7, 2))
    grads = net.backward(X, y)
    for name in ("W1", "b1", "W2", "b2"):
        param = getattr(net, name)
        numerical = _numerical_gradient(lambda: net.loss(X, y), param, h=1e-5)
        assert grads[name].shape == param.shape
        assert _relative_error(grads[name], numerical) < 1e-7, name


def test_mlp_step_updates_the_arrays_in_place():
    net = _net()
    W1, W1_before = net.W1, net.W1.copy()
    grads = {name: np.ones_like(getattr(net, name)) for name in ("W1", "b1", "W2", "b2")}
    net.step(grads)
    assert net.W1 is W1 and np.allclose(net.W1, W1_before - 0.1)
    assert np.allclose(net.b2, -0.1)


def test_mlp_fit_records_the_loss_then_steps_and_never_reinitialises():
    net, twin = mlp.MLP(2, 4, 1, lr=2.0, seed=0), mlp.MLP(2, 4, 1, lr=2.0, seed=0)
    losses = net.fit(XOR_X, XOR_Y, epochs=5)
    assert isinstance(losses, np.ndarray) and losses.shape == (5,)
    by_hand = []
    for _ in range(5):
        by_hand.append(twin.loss(XOR_X, XOR_Y))
        twin.step(twin.backward(XOR_X, XOR_Y))
    assert losses.tolist() == by_hand
    assert net.fit(XOR_X, XOR_Y, epochs=1)[0] == twin.loss(XOR_X, XOR_Y)


def test_mlp_learns_xor_with_the_documented_settings():
    net = mlp.MLP(2, 4, 1, lr=2.0, seed=0)
    losses = net.fit(XOR_X, XOR_Y, epochs=5000)
    prediction = net.predict(XOR_X)
    assert prediction.shape == (4, 1) and np.issubdtype(prediction.dtype, np.integer)
    assert prediction.ravel().tolist() == [0, 1, 1, 0]
    assert losses[-1] < 0.001


def test_mlp_has_no_python_loop_over_samples():
    tree = ast.parse((SOLUTIONS / "mlp.py").read_text(encoding="utf-8"))
    methods = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    for name in ("forward", "loss", "backward", "predict"):
        assert not any(isinstance(n, (ast.For, ast.While, ast.comprehension))
                       for n in ast.walk(methods[name])), name
