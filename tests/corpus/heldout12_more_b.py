"""Corpus cases for the activations and neuron classes the twelfth held-out corpus showed after its blind
run: a count that gives no 0 for a network without layers (None) or for a single layer (its width), sizes
kept in a one-pass object that cannot be sliced, a neuron that takes its sigmoid twice or makes its z a
whole number first, a TinyNetwork whose neurons are built with other numbers than the network's, a layer
whose list lives on between calls, and a softmax of negated or scaled scores. Our own spellings (not the
blind corpus's), with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

N_COUNT = "    sizes = [int(n) for n in layer_sizes]\n"
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
A_SHIFT = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))"

CASES = [
    bug(
        "neuron_count_no_layers_bare_return", "neuron",
        [(N_COUNT, N_COUNT + "    if len(sizes) == 0:\n        return\n")],
        fails=["count_parameters_of_no_layers"],
        hint="a list of no widths is a network without layers",
        about="count_parameters ends with a bare return for an empty list, which gives None where 0 belongs",
    ),
    bug(
        "neuron_count_single_layer_neurons", "neuron",
        [(N_COUNT, N_COUNT + "    if len(sizes) < 2:\n        return sum(sizes)\n")],
        fails=["count_parameters"],
        hint="but a single layer, [4], gives 4",
        about="count_parameters counts the neurons of a network of one layer, where there is nothing to count",
    ),
    bug(
        "neuron_count_sizes_mapped", "neuron",
        [(N_COUNT, "    sizes = map(int, layer_sizes)\n")],
        fails=["count_parameters", "count_parameters_gives_a_python_int", "count_parameters_of_no_layers",
               "count_parameters_takes_a_tuple"],
        hint="of a map object, and it has none",
        about="count_parameters keeps the sizes as map(int, ...), which cannot be sliced",
        crashes=True,
    ),
    bug(
        "neuron_feedforward_sigmoid_in_total", "neuron",
        [(N_TOTAL, "        total = _sigmoid(np.dot(self.weights, inputs) + self.bias)\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="Your neuron takes the sigmoid twice",
        about="feedforward takes the sigmoid into its total and then the sigmoid of that total again",
    ),
    bug(
        "neuron_feedforward_total_rounded", "neuron",
        [(N_TOTAL, "        total = round(np.dot(self.weights, inputs) + self.bias)\n")],
        fails=["neuron_feedforward", "tiny_network"],
        hint="a whole number before its sigmoid",
        about="feedforward rounds the weighted sum plus the bias to a whole number before the sigmoid",
    ),
    bug(
        "neuron_tiny_h1_weights_reversed", "neuron",
        [("        self.h1 = Neuron(weights, bias)", "        self.h1 = Neuron(list(reversed(weights)), bias)")],
        fails=["tiny_network"],
        hint="h1 gives other outputs than a Neuron built from the weights and the bias",
        about="TinyNetwork builds h1 with the weights in reverse order",
    ),
    bug(
        "neuron_tiny_weights_rounded", "neuron",
        [("        self.h1 = Neuron(weights, bias)",
          "        weights = [round(float(w)) for w in weights]\n        self.h1 = Neuron(weights, bias)")],
        fails=["tiny_network"],
        hint="the weights rounded to whole numbers",
        about="TinyNetwork rounds the weights to whole numbers before building its three neurons",
    ),
    bug(
        "neuron_tiny_h2_bias_zero", "neuron",
        [("        self.h2 = Neuron(weights, bias)", "        self.h2 = Neuron(weights, 0)")],
        fails=["tiny_network"],
        hint="no bias: the bias left out, or 0 passed in its place",
        about="TinyNetwork builds h2 with the bias 0 where the network's bias belongs",
    ),
    bug(
        "neuron_tiny_h2_fed_input_reversed", "neuron",
        [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]",
          "        hidden = [self.h1.feedforward(x), self.h2.feedforward([x[1], x[0]])]")],
        fails=["tiny_network"],
        hint="feedforward hands them other inputs than these",
        about="TinyNetwork's feedforward gives h2 the two inputs in the other order; every neuron is right alone",
    ),
    bug(
        "neuron_tiny_neurons_listed_h2_reversed", "neuron",
        [("        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n        self.o1 = Neuron(weights, bias)",
          "        self.layer = [Neuron(weights, bias), Neuron(weights[::-1], bias)]\n        self.out = Neuron(weights, bias)"),
         ("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n        return self.o1.feedforward(hidden)",
          "        return self.out.feedforward([n.feedforward(x) for n in self.layer])")],
        fails=["tiny_network"],
        hint="h2 built with the weights in reverse order, [1, 0] (or h2 given the input x in reverse order)",
        about="TinyNetwork keeps its neurons under other names, the second hidden one built with the weights reversed",
    ),
    bug(
        "neuron_layer_module_list", "neuron",
        [("def layer_output(inputs, weights, biases):", "_OUTPUTS = []\n\n\ndef layer_output(inputs, weights, biases):"),
         ("    outputs = []\n    for neuron_weights", "    outputs = _OUTPUTS\n    for neuron_weights")],
        fails=["layer_output"],
        hint="for the very same call made twice in a row",
        about="layer_output appends to one list made at the module's top level, so it grows from call to call",
    ),
    bug(
        "act_tanh_derivative_made_one_number", "activations",
        [("    return 1.0 - tanh(z) ** 2", "    return 1.0 - float(tanh(z)) ** 2")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        hint="tanh_derivative works element by element",
        about="tanh_derivative turns tanh(z) into one Python float, which fails for an array",
        crashes=True,
    ),
    bug(
        "act_softmax_shift_reversed", "activations",
        [(A_SHIFT, "    exps = np.exp(np.max(z, axis=-1, keepdims=True) - z)")],
        fails=["softmax", "softmax_is_stable"],
        hint="gives the largest score the smallest probability",
        about="softmax takes exp(max - z), the shift written the wrong way round",
        also={"softmax_is_stable": "softmax(-z)"},
    ),
    bug(
        "act_softmax_exponentials_squared", "activations",
        [(A_SHIFT, A_SHIFT + "\n    exps = exps * exps")],
        fails=["softmax", "softmax_is_stable"],
        hint="softmax(2 * z)",
        about="softmax squares its exponentials, which is the softmax of the doubled scores",
    ),
]
