"""Corpus cases for the classes of activations and neuron the nineteenth held-out corpus showed after its blind run,
in our own spellings, with their exact expected outcomes (``mutations.py``): a sigmoid_derivative that reads the
sigmoid's last output from a module-level dict filled by sigmoid (a cache), a tanh shifted and halved into (0, 1), a
relu_derivative that rounds relu(z) to the nearest whole number, a leaky_relu_derivative whose test is z <= alpha, a
softmax built on exp(x) - 1; a Neuron that pairs its weights with the inputs reversed, one that appends the constant 1
at the end while the bias goes in front of the weights, a TinyNetwork that loops its hidden layer twice, builds o1
from weights[1:] or hands o1 np.concatenate([x, hidden]), and a layer_output that calls .dot on the list of weights
or reduces the products without a start value.
"""

from corpus.mutations import bug

SIGMOID_TAIL = "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
SLOPE = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
RELU_SLOPE = "    return (np.asarray(z) > 0).astype(float)\n"
LEAKY_SLOPE = "    return np.where(z > 0, 1.0, alpha)\n"
EXPS = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
NEURON_SUM = "        total = np.dot(self.weights, inputs) + self.bias\n"
TINY_INIT = "        self.o1 = Neuron(weights, bias)\n"
TINY_FEED = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n        return self.o1.feedforward(hidden)\n"
LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs\n"
)
NEURON_WRONG = ["neuron_feedforward", "tiny_network", "neuron_accepts_lists"]

CASES = [
    # ------------------------------------------------------------------ activations
    bug(
        "h19b_act_sigmoid_slope_from_cache_dict", "activations",
        [(SIGMOID_TAIL, "    out = np.where(z >= 0, 1.0, e) / (1.0 + e)\n    _memo['out'] = out\n    return out\n"),
         (SLOPE, "    last = _memo['out']\n    return last - last * last\n"),
         ("import numpy as np\n", "import numpy as np\n\n_memo = {}\n")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="a module-level variable that sigmoid stores its last result in",
        about="sigmoid fills a module-level dict with its last output and sigmoid_derivative reads it back",
    ),
    bug(
        "h19b_act_tanh_halved_and_shifted", "activations",
        [(TANH, "    return 0.5 + 0.5 * np.tanh(np.asarray(z, dtype=float))\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="tanh rescaled into the range 0 to 1",
        about="tanh written as 0.5 + 0.5 * tanh(z), as if every activation gave values between 0 and 1",
    ),
    bug(
        "h19b_act_relu_slope_rounded", "activations",
        [(RELU_SLOPE, "    return np.rint(relu(z))\n")],
        fails=["relu_derivative"],
        hint="rounded to the nearest whole number",
        about="relu_derivative rounds relu(z) to a whole number instead of testing z > 0",
    ),
    bug(
        "h19b_act_leaky_slope_tested_against_alpha", "activations",
        [(LEAKY_SLOPE, "    return np.where(z <= alpha, alpha, 1.0)\n")],
        fails=["leaky_relu_derivative"],
        hint="switches from alpha to 1 at z = alpha",
        about="leaky_relu_derivative takes the left side where z <= alpha, not where z <= 0",
    ),
    bug(
        "h19b_act_softmax_exp_minus_one", "activations",
        [(EXPS, "    exps = np.exp(z - z.max(axis=-1, keepdims=True)) - 1.0\n")],
        fails=["softmax", "softmax_is_stable"],
        hint="exponentials are exp(x) - 1, not exp(x)",
        about="softmax takes exp(x) - 1 of the shifted scores, as np.expm1 does",
    ),
    # ------------------------------------------------------------------ neuron
    bug(
        "h19b_neuron_inputs_reversed", "neuron",
        [(NEURON_SUM, "        total = sum(w * v for w, v in zip(self.weights, reversed(list(inputs)))) + self.bias\n")],
        fails=NEURON_WRONG,
        hint="pairs the weights with the inputs in reverse order",
        about="the weighted sum pairs weights[i] with inputs[n-1-i]",
    ),
    bug(
        "h19b_neuron_bias_folded_at_other_end", "neuron",
        [(NEURON_SUM, "        total = np.append(np.asarray(inputs, dtype=float), 1.0) @ np.insert(self.weights, 0, self.bias)\n")],
        fails=NEURON_WRONG,
        hint="not lined up: the 1 sits at the end of the inputs and the bias at the front",
        about="the bias goes in front of the weights while the constant 1 is appended at the end of the inputs",
    ),
    bug(
        "h19b_neuron_tiny_hidden_loop_twice", "neuron",
        [(TINY_FEED, "        hidden = x\n        for _ in range(2):\n"
                     "            hidden = [self.h1.feedforward(hidden), self.h2.feedforward(hidden)]\n"
                     "        return self.o1.feedforward(hidden)\n")],
        fails=["tiny_network"],
        hint="runs its hidden layer twice",
        about="TinyNetwork loops its hidden layer two times before o1",
    ),
    bug(
        "h19b_neuron_tiny_o1_last_weight_only", "neuron",
        [(TINY_INIT, "        self.o1 = Neuron(weights[1:], bias)\n")],
        fails=["tiny_network"],
        hint="builds o1 from `weights[1:]`",
        about="o1 gets only the last weight, one weight for two hidden outputs",
    ),
    bug(
        "h19b_neuron_tiny_o1_sees_x_too", "neuron",
        [(TINY_FEED, "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
                     "        return self.o1.feedforward(np.concatenate([x, hidden]))\n")],
        fails=["tiny_network"],
        hint="hands o1 the inputs x and the hidden outputs together",
        about="o1 is fed the inputs joined to the hidden outputs",
    ),
    bug(
        "h19b_neuron_layer_list_dot_method", "neuron",
        [(LAYER, "    return (weights.dot(inputs) + np.asarray(biases)).tolist()\n")],
        fails=["layer_output"],
        hint="a list has no .dot",
        about="layer_output calls the array method .dot on weights, a list of lists",
    ),
    bug(
        "h19b_neuron_layer_reduce_from_first_pair", "neuron",
        [(LAYER, "    from functools import reduce\n    outputs = []\n"
                 "    for neuron_weights, bias in zip(weights, biases):\n"
                 "        total = reduce(lambda run, pair: run + pair[0] * pair[1], list(zip(neuron_weights, inputs)))\n"
                 "        outputs.append(total + bias)\n    return outputs\n")],
        fails=["layer_output"],
        hint="reduce is called without a start value",
        about="functools.reduce over (w, x) pairs with no initial value: the first pair is the starting total",
    ),
]
