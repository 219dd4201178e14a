"""Corpus cases for the classes of activations and neuron the fifteenth held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``): a softmax in another base, a slope times z, a softmax
left transposed, a relu slope true for negative z (a nonzero test, or a test true everywhere); a star parameter, a dict
for a list, append's None kept, an append one loop too deep, a built-in's name assigned, a TinyNetwork that returns its
hidden outputs too or writes them into x. Also correct spellings those hints must leave alone.
"""

from corpus.mutations import alternative, bug

A_SOFTMAX = (
    "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
    "    return exps / np.sum(exps, axis=-1, keepdims=True)"
)
A_RELU_SLOPE = "    return (np.asarray(z) > 0).astype(float)"
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_TINY = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)"
)
N_LAYER = (
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)"
)
N_SIZES = "    sizes = [int(n) for n in layer_sizes]"
N_COUNT = N_SIZES + "\n    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
COUNT_ALL = ["count_parameters", "count_parameters_gives_a_python_int", "count_parameters_of_no_layers",
             "count_parameters_takes_a_tuple"]

CASES = [
    bug(
        "act_softmax_base_ten", "activations",
        [(A_SOFTMAX, "    exps = 10.0 ** (z - z.max(axis=-1, keepdims=True))\n"
                     "    return exps / exps.sum(axis=-1, keepdims=True)")],
        fails=["softmax", "softmax_is_stable"],
        hint="it raises 10 to the scores",
        about="softmax raises 10 to the shifted scores instead of e",
    ),
    bug(
        "act_tanh_slope_times_input", "activations",
        [("    return 1.0 - tanh(z) ** 2", "    return (1.0 - tanh(z) ** 2) * np.asarray(z, dtype=float)")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        hint="an extra factor z",
        about="tanh_derivative multiplies the slope by z, a chain rule applied once too often",
    ),
    bug(
        "act_relu_slope_abs_positive", "activations",
        [(A_RELU_SLOPE, "    return (np.abs(np.asarray(z, dtype=float)) > 0) * 1.0")],
        fails=["relu_derivative"],
        hint="it tests z != 0",
        about="relu_derivative is 1 wherever |z| > 0, so negative inputs get slope 1",
    ),
    bug(
        "act_relu_slope_of_clipped_input", "activations",
        [(A_RELU_SLOPE, "    return np.where(np.maximum(np.asarray(z, dtype=float), 0.0) >= 0, 1.0, 0.0)")],
        fails=["relu_derivative"],
        hint="gives 1 for every input",
        about="relu_derivative tests relu's output against 0, which it always passes",
    ),
    bug(
        "act_softmax_by_columns", "activations",
        [(A_SOFTMAX, "    cols = np.exp(z.T - z.T.max(axis=0))\n    return cols / cols.sum(axis=0)")],
        fails=["softmax", "softmax_is_stable"],
        hint="right but transposed",
        about="softmax works down the columns of z.T and never turns the result back",
    ),
    alternative(
        "act_softmax_by_columns_turned_back", "activations",
        [(A_SOFTMAX, "    cols = np.exp(z.T - z.T.max(axis=0))\n    return (cols / cols.sum(axis=0)).T")],
        about="softmax works down the columns of z.T and transposes the result back",
    ),
    alternative(
        "act_relu_slope_greater_times_one", "activations",
        [(A_RELU_SLOPE, "    return np.greater(np.asarray(z, dtype=float), 0.0) * 1.0")],
        about="relu_derivative as np.greater(z, 0) times 1.0",
    ),
    bug(
        "neuron_count_star_widths", "neuron",
        [("def count_parameters(layer_sizes):", "def count_parameters(*widths):"),
         (N_SIZES, "    sizes = [int(n) for n in widths]")],
        fails=COUNT_ALL,
        hint="remove the star from the def line",
        crashes=True,
        about="count_parameters gathers its arguments with *widths, so the list arrives inside a tuple",
    ),
    bug(
        "neuron_feedforward_star_x", "neuron",
        [("    def feedforward(self, inputs):", "    def feedforward(self, *x):"),
         (N_TOTAL, "        total = np.dot(self.weights, x) + self.bias")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="remove the star from the def line",
        crashes=True,
        about="Neuron.feedforward is defined with *x, so the input arrives inside a tuple",
    ),
    bug(
        "neuron_layer_dict_by_length", "neuron",
        [("    outputs = []\n", "    outputs = dict()\n"),
         (N_LAYER, "        outputs[len(outputs)] = bias + sum(x * w for x, w in zip(inputs, neuron_weights))")],
        fails=["layer_output"],
        hint="but layer_output returns a list",
        about="layer_output fills a dict keyed 0, 1, 2, ... and returns it",
    ),
    bug(
        "neuron_layer_append_reassigned", "neuron",
        [(N_LAYER, "        value = bias + sum(x * w for x, w in zip(inputs, neuron_weights))\n"
                   "        outputs = outputs.append(value)")],
        fails=["layer_output"],
        hint="gives back None",
        about="layer_output keeps what append returns, None, as its list",
    ),
    bug(
        "neuron_layer_append_per_term", "neuron",
        [(N_LAYER, "        running = bias\n"
                   "        for w, x in zip(neuron_weights, inputs):\n"
                   "            running = running + w * x\n"
                   "            outputs.append(running)")],
        fails=["layer_output"],
        hint="indented one level too deep",
        about="layer_output appends its running sum after every input, inside the inner loop",
    ),
    bug(
        "neuron_count_list_name_assigned", "neuron",
        [(N_COUNT, "    sizes = list(int(n) for n in layer_sizes)\n"
                   "    list = [a * b + b for a, b in zip(sizes, sizes[1:])]\n"
                   "    return sum(list)")],
        fails=COUNT_ALL,
        hint="Give your variable another name",
        crashes=True,
        about="count_parameters names a variable list, so list(...) above it raises UnboundLocalError",
    ),
    bug(
        "neuron_tiny_hidden_first", "neuron",
        [(N_TINY, "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
                  "        return hidden, self.o1.feedforward(hidden)")],
        fails=["tiny_network"],
        hint="o1's output alone is the answer",
        about="TinyNetwork.feedforward returns the hidden outputs and then o1's output",
    ),
    bug(
        "neuron_tiny_hidden_into_x", "neuron",
        [(N_TINY, "        x[1] = self.h2.feedforward(x)\n"
                  "        x[0] = self.h1.feedforward(x)\n"
                  "        return self.o1.feedforward(x[:2])")],
        fails=["tiny_network"],
        hint="Your feedforward writes into x",
        about="TinyNetwork.feedforward stores h2's and h1's outputs into the caller's x",
    ),
]
