"""The lessons of the notebooks: Markdown written for them, with the spec's worked examples.

``LESSONS[module]`` gives a notebook its opening lesson (``intro``), a short
task above each answer cell (``tasks``, keyed by the name the cell defines),
and, where a test checks a cell that its own name does not point to,
where its test cell goes (``tests_after``: the test's name without its
``[parameter]`` -> the answer's name, ``{param}`` filled in). A module of
another course gets a generic notebook: its title, the module's docstring and
one line per answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import figures


@dataclass(frozen=True)
class Lesson:
    intro: str
    tasks: dict = field(default_factory=dict)
    tests_after: dict = field(default_factory=dict)


HOW_TO = """\
**How this notebook works.** Write your answers in the cells that say `# YOUR CODE HERE`
(replace the `raise NotImplementedError()` line). The read-only cells set things up and
must stay as they are. Each **test cell** grades the answer cells *as saved in this
notebook file*, so save it (Ctrl+S) before you run a test cell; the cell's result is the
points that test gives you, out of the number in its first comment. Hidden tests run only
when your notebook is graded. Only the answer cells are graded: a helper function you need
must be written inside one of them."""


GATES = Lesson(
    intro=f"""\
A **perceptron** takes a few inputs, multiplies each by a weight, adds a bias weight and
*fires* (outputs 1) when the total is large enough. With two inputs and the bias weight
`w0` (the weight of a constant input `x0 = 1`) it computes

$$z = w_0 + w_1 x_1 + w_2 x_2, \\qquad \\text{{output}} = \\begin{{cases}} 1 & z \\ge 0.5 \\\\ 0 & \\text{{otherwise}} \\end{{cases}}$$

Feed it the bits 0 and 1 and it behaves like a logic gate. Which gate depends only on the
three weights.

**Worked example: AND.** The weights `(-0.5, 0.6, 0.6)` give these sums:

| x1 | x2 | z = -0.5 + 0.6·x1 + 0.6·x2 | z ≥ 0.5? | AND |
|---|---|---|---|---|
| 0 | 0 | -0.5 | no | 0 |
| 0 | 1 | 0.1 | no | 0 |
| 1 | 0 | 0.1 | no | 0 |
| 1 | 1 | 0.7 | yes | 1 |

Flip every sign and shift the bias, `(0.5, -0.6, -0.6)`, and you get NOR: only `(0, 0)`
gives a sum (0.5) that reaches the threshold. Any weights that reproduce a truth table are
right; the grader tries all four inputs and never compares your numbers with ours.

**XOR is different.** Seen as points in the plane, a perceptron draws one straight line
and answers 1 on one side of it. The ones of AND sit alone in a corner; the ones of XOR sit
on a diagonal, and no single line cuts them off from the zeros:

{figures.markdown_image(figures.gate_planes(), "AND can be separated by one line, XOR cannot")}

Two layers of perceptrons can do it: XOR is true when at least one input is on (OR) *and*
not both are (NAND), so `xor(x1, x2) = AND(OR(x1, x2), NAND(x1, x2))`.""",
    tasks={
        "threshold": "Write `threshold(z)`: 1 where `z >= 0.5`, else 0. A Python number gives an "
        "`int`; a NumPy array gives an integer array of the same shape.",
        "perceptron": "Write `perceptron(x1, x2, weights)`: the threshold of `w0 + w1*x1 + w2*x2`, for "
        "numbers and for arrays.",
        "AND_WEIGHTS": "Set `AND_WEIGHTS = (w0, w1, w2)`, three numbers that make `perceptron` compute "
        "AND (the table above shows one choice). Replace the two stub lines.",
        "OR_WEIGHTS": "Set `OR_WEIGHTS = (w0, w1, w2)` so that `perceptron` computes OR: 1 unless both inputs are 0.",
        "NAND_WEIGHTS": "Set `NAND_WEIGHTS = (w0, w1, w2)` for NAND: 0 only when both inputs are 1.",
        "NOR_WEIGHTS": "Set `NOR_WEIGHTS = (w0, w1, w2)` for NOR: 1 only when both inputs are 0.",
        "xor": "Write `xor(x1, x2)` from two layers of gate perceptrons, using your weight tuples.",
    },
    tests_after={"gate_weights": "{param}_WEIGHTS"},
)

PERCEPTRON = Lesson(
    intro="""\
In the gates exercise you chose the weights. Frank Rosenblatt's perceptron **learns** them
from examples. It starts from zero weights and a zero bias and visits the samples one at a
time, in order. For each sample it predicts with the step function (1 if
`x · weights + bias >= 0`, else 0) and nudges the weights by the error it made:

    update   = lr * (y_i - y_pred_i)
    weights += update * x_i
    bias    += update

A right prediction gives `update = 0` and changes nothing. A missed 1 moves the weights
towards `x_i`; a false 1 moves them away. One pass over the data is an **epoch**.

**Worked example.** Learning AND with `lr = 0.1`, starting from `weights = [0, 0]`, `bias = 0`:

| sample | y | z | prediction | update | weights after | bias after |
|---|---|---|---|---|---|---|
| (0, 0) | 0 | 0.0 | 1 | -0.1 | [0, 0] | -0.1 |
| (0, 1) | 0 | -0.1 | 0 | 0 | [0, 0] | -0.1 |
| (1, 0) | 0 | -0.1 | 0 | 0 | [0, 0] | -0.1 |
| (1, 1) | 1 | -0.1 | 0 | 0.1 | [0.1, 0.1] | 0.0 |

More epochs keep correcting it; AND and OR are learned within ten. The rule is
deterministic, so the grader replays it and expects your weights to match the reference's
after every `fit`. `fit` must not change `X` or `y`, and it returns the perceptron itself.""",
    tasks={
        "Perceptron": "Write the class `Perceptron(lr=0.01, epochs=15)`: `fit(X, y)` applies the rule "
        "above and returns `self`; `predict(X)` returns an integer array of 0s and 1s.",
    },
)

ACTIVATIONS = Lesson(
    intro=f"""\
Stack weighted sums on weighted sums and you still have one weighted sum: a network needs
a **non-linear activation** after each layer to draw anything but straight lines. Gradient
descent then needs each activation's **slope**, so every function here comes with its
derivative, always taken with respect to the input `z`.

{figures.markdown_image(figures.activation_curves(), "sigmoid, its slope, tanh, ReLU and leaky ReLU")}

| activation | formula | derivative in z |
|---|---|---|
| sigmoid | `1 / (1 + exp(-z))` | `sigmoid(z) * (1 - sigmoid(z))` |
| tanh | `tanh(z)` | `1 - tanh(z)**2` |
| ReLU | `max(0, z)` | 1 where `z > 0`, else 0 |
| leaky ReLU | `z` where `z > 0`, else `alpha * z` | 1 where `z > 0`, else `alpha` |

**Worked examples.** `sigmoid(0) = 0.5`, and its slope there is `0.5 * 0.5 = 0.25`, the
steepest it gets. At `z = 2`, `sigmoid(2) = 0.880797`, so the slope is
`0.880797 * 0.119203 = 0.104994`.

**The classic slip.** Books often write the sigmoid's slope as `a * (1 - a)` with
`a = sigmoid(z)`. Plug `z` itself in and you get `2 * (1 - 2) = -2` at `z = 2` instead of
`0.104994`. The grader recognises this mistake and names it.

**Large inputs.** `np.exp(1000)` overflows. Compute the sigmoid so that `exp` only ever
sees `-|z|`, and your function stays finite and silent for `z = ±1000`. `softmax(z)` turns
scores into probabilities along the last axis: `exp(z_i) / sum_j exp(z_j)`. Adding a
constant to every score changes nothing, so subtract the largest score first: then
`softmax([1000, 1000])` is `[0.5, 0.5]` with no overflow, and `softmax([0, log 3])` is
`[0.25, 0.75]`.""",
    tasks={
        "sigmoid": "Write `sigmoid(z)` for numbers and arrays of any shape, finite and warning-free at ±1000.",
        "sigmoid_derivative": "Write `sigmoid_derivative(z)`, the slope at the input `z`.",
        "tanh": "Write `tanh(z)`.",
        "tanh_derivative": "Write `tanh_derivative(z) = 1 - tanh(z)**2`.",
        "relu": "Write `relu(z)`, returning floats.",
        "relu_derivative": "Write `relu_derivative(z)`: 1 where `z > 0`, else 0 (0 at exactly 0).",
        "leaky_relu": "Write `leaky_relu(z, alpha=0.1)`.",
        "leaky_relu_derivative": "Write `leaky_relu_derivative(z, alpha=0.1)`: `alpha` where `z <= 0`.",
        "softmax": "Write `softmax(z)` along the last axis, safe for large scores.",
    },
)

NEURON = Lesson(
    intro="""\
A **neuron** is a perceptron with a smooth activation: it takes the dot product of its
weights with the inputs, adds its bias and applies the sigmoid.

**Worked example.** Weights `[0, 1]`, bias `4`, input `[2, 3]`: the sum is
`0·2 + 1·3 + 4 = 7` and `sigmoid(7) = 0.9990889488055994`.

A **layer** is several neurons reading the same inputs; a **network** chains layers. The
tiny network here has two inputs, a hidden layer of two neurons `h1` and `h2`, and one
output neuron `o1` that reads `h1` and `h2`; every neuron uses the same weights and bias.
With weights `[0, 1]`, bias `0` and input `[2, 3]`: both hidden neurons give
`sigmoid(3) = 0.9526`, and `o1 = sigmoid(0·0.9526 + 1·0.9526 + 0) = 0.7216325609518421`.

**Counting parameters.** Between a layer of width `a` and the next of width `b` there are
`a·b` weights and `b` biases. For widths `[3, 5, 5, 5, 2]`:
`3·5 + 5·5 + 5·5 + 5·2 = 75` weights and `5 + 5 + 5 + 2 = 17` biases, 92 in all.""",
    tasks={
        "Neuron": "Write the class `Neuron(weights, bias)` with `feedforward(inputs)` returning a float.",
        "TinyNetwork": "Write `TinyNetwork(weights, bias)`: neurons `h1`, `h2`, `o1` built with the same "
        "weights and bias; `feedforward(x)` returns `o1`'s output.",
        "layer_output": "Write `layer_output(inputs, weights, biases)` in plain Python: `weights[j]` holds "
        "neuron j's weights; return the list of sums plus biases (no activation).",
        "count_parameters": "Write `count_parameters(layer_sizes)`.",
    },
)

LOSS = Lesson(
    intro=f"""\
To improve a network we first measure how wrong it is. The **mean squared error** averages
the squared differences between the targets and the predictions over all `N` elements:

$$L = \\frac{{1}}{{N}} \\sum_i (\\hat y_i - y_i)^2, \\qquad \\frac{{\\partial L}}{{\\partial \\hat y_i}} = \\frac{{2}}{{N}}(\\hat y_i - y_i)$$

The gradient says, for each prediction, which way (and how hard) to move it to lower the
loss:

{figures.markdown_image(figures.squared_error(), "the squared error and its slope")}

**Worked example.** `y_true = [1, 0, 0, 1]` and `y_pred = [0, 0, 0, 0]`: the squared
differences are `1, 0, 0, 1`, so `L = 2 / 4 = 0.5`; the gradient is
`2 * (y_pred - y_true) / 4 = [-0.5, 0, 0, -0.5]`.

**The broadcasting trap.** Predictions often come as a column of shape `(n, 1)` while
targets are flat, `(n,)`. NumPy then broadcasts `y_pred - y_true` into an `(n, n)` matrix
of every difference with every other, and the mean of that is a wrong number that looks
plausible. Compare element by element (flatten both), and raise `ValueError` when the two
hold different numbers of elements. The gradient has `y_pred`'s shape.""",
    tasks={
        "mse_loss": "Write `mse_loss(y_true, y_pred)`, returning a float.",
        "mse_loss_gradient": "Write `mse_loss_gradient(y_true, y_pred)`, shaped like `y_pred`.",
    },
)

BACKPROP = Lesson(
    intro=f"""\
Training means nudging every weight against its slope, `dL/dw`. **Backpropagation** finds
all the slopes with the chain rule, from the loss back towards the inputs. Here you do it
by hand on a network with two inputs, two hidden neurons and one output, nine parameters
in all:

{figures.markdown_image(figures.network_221(), "the 2-2-1 network and its nine parameters")}

    h1 = sigmoid(w1*x[0] + w2*x[1] + b1)
    h2 = sigmoid(w3*x[0] + w4*x[1] + b2)
    o1 = sigmoid(w5*h1 + w6*h2 + b3)
    L  = (y_true - o1) ** 2

Work backwards: `dL/do1 = -2 (y_true - o1)`; the output's slope `o1 (1 - o1)` turns it into
`dL/db3`; times `h1` it is `dL/dw5`; times `w5` and `h1 (1 - h1)` it reaches `h1`'s sum, and
times `x[0]` it is `dL/dw1`.

**Worked example.** All weights 1, all biases 0, `x = [-2, -1]`, `y_true = 1`. Then
`h1 = h2 = sigmoid(-3) = 0.0474`, `o1 = sigmoid(0.0949) = 0.5237`,
`dL/db3 = -2 (1 - 0.5237) · 0.5237 (1 - 0.5237) = -0.2376176` and
`dL/dw1 = -0.2376176 · 1 · 0.0474 (1 - 0.0474) · (-2) = 0.0214695`.

**The data.** Weight (minus 135 lb) and height (minus 66 in), label 1 for female:

| name | weight | height | label |
|---|---|---|---|
| Alice | -2 | -1 | 1 |
| Bob | 25 | 6 | 0 |
| Charlie | 17 | 4 | 0 |
| Diana | -15 | -6 | 1 |

`train` runs stochastic gradient descent: one sample at a time, in this order, for each
epoch, recording the mean squared error over all four after every epoch. Trained, the
network scores Emily `(-7, -3)` above 0.5 and Frank `(20, 2)` below.""",
    tasks={
        "feedforward": "Write `feedforward(params, x)`, returning `o1` as a float.",
        "backprop": "Write `backprop(params, x, y_true)`: a dict of the nine partial derivatives, keyed "
        "like `params`.",
        "sgd_step": "Write `sgd_step(params, grads, learn_rate)`: a new dict, inputs unchanged.",
        "train": "Write `train(data, all_y_trues, params, learn_rate=0.1, epochs=1000)`, returning "
        "`(trained_params, losses)`.",
    },
)

MLP = Lesson(
    intro="""\
The last step replaces the nine named numbers by matrices, so one line of NumPy handles a
whole layer and a whole batch of samples at once: a **vectorised** multi-layer perceptron
with one hidden layer and sigmoid activations.

| name | shape | meaning |
|---|---|---|
| `X` | `(m, input_size)` | m samples, one per row |
| `W1`, `b1` | `(input_size, hidden_size)`, `(1, hidden_size)` | hidden layer |
| `W2`, `b2` | `(hidden_size, output_size)`, `(1, output_size)` | output layer |
| `A1 = sigmoid(X @ W1 + b1)` | `(m, hidden_size)` | hidden activations |
| `A2 = sigmoid(A1 @ W2 + b2)` | `(m, output_size)` | outputs |

The loss is `L = mean((A2 - Y) ** 2)` over all `m * output_size` outputs, with `Y` the
targets reshaped to `(m, output_size)`. Going backwards, with `k = output_size`:

    dA2 = 2 * (A2 - Y) / (m * k)
    dZ2 = dA2 * A2 * (1 - A2)
    dW2 = A1.T @ dZ2            db2 = dZ2.sum(axis=0, keepdims=True)
    dZ1 = (dZ2 @ W2.T) * A1 * (1 - A1)
    dW1 = X.T @ dZ1             db1 = dZ1.sum(axis=0, keepdims=True)

**The trap.** Many tutorials write `dZ2 = A2 - Y`. That is the gradient for a sigmoid
output with the *cross-entropy* loss; with the mean squared error it misses the sigmoid's
slope and the factor `2 / (m * k)`. A numerical gradient check catches it, and the grader
names it.

`fit` is full-batch gradient descent from the current weights (it does not start again):
each epoch records `loss(X, y)`, then takes one step. With sensible settings the network
learns XOR, which no single perceptron could. Keep it vectorised: a Python loop over the
samples is far slower, and the grader times `fit` against the reference.""",
    tasks={
        "MLP": "Write the class `MLP(input_size, hidden_size, output_size, lr=0.1, seed=None)` with "
        "`forward`, `loss`, `backward`, `step`, `fit` and `predict`.",
    },
)

LESSONS = {
    "gates": GATES,
    "perceptron": PERCEPTRON,
    "activations": ACTIVATIONS,
    "neuron": NEURON,
    "loss": LOSS,
    "backprop": BACKPROP,
    "mlp": MLP,
}
