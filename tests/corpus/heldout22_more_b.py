"""Corpus cases for the classes of activations and neuron the twenty-second held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``). ``bug`` for a mistake, ``alternative`` for
correct code written another way. Activations: a check of the student's own (raise or assert) that refuses an input
the spec allows, a constant added to softmax's denominator, softmax's rows appended to a list, z clipped to its
positive part before leaky_relu reads its negatives. Neuron: tanh for the sigmoid, a raise on negative inputs or on
a layer with more neurons than inputs, o1 fed the hidden outputs kept from the call before, a count reset to 0
between its two loops, a raise for a single layer.
"""

from corpus.mutations import alternative, bug  # noqa: F401 - the cases below use them

A_SIG = ("    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
         "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n")
A_SIGD = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_SOFT = ("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
          "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n"
N_FF = "        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))\n"
N_TINY = ("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
          "        return self.o1.feedforward(hidden)\n")
N_LAYER = "    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
N_COUNT_RET = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

CASES = [
    # ------------------------------------------------------------------ activations
    bug(
        "h22b_act_sigmoid_refuses_big_scores", "activations",
        [(A_SIG, "    if np.max(np.abs(z)) > 500:\n        raise ValueError('scores too large for exp')\n" + A_SIG)],
        fails=["sigmoid_is_stable", "derivatives_on_large_inputs"],
        hint="Here, where your raise fires: sigmoid takes any z, however large",
        crashes=True,
        about="sigmoid raises its own ValueError once some |z| passes 500, where the spec asks for 0 and 1",
    ),
    bug(
        "h22b_act_sigmoid_derivative_asserts_unit_interval", "activations",
        [(A_SIGD, "    z = np.asarray(z, dtype=float)\n    assert ((z >= 0) & (z <= 1)).all(), 'give me sigmoid(z)'\n" + A_SIGD)],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="sigmoid_derivative is given the pre-activation z",
        crashes=True,
        about="sigmoid_derivative asserts its input lies in [0, 1], as if it were given the sigmoid's output",
    ),
    bug(
        "h22b_act_softmax_half_added_below", "activations",
        [(A_SOFT, "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
                  "    return exps / (exps.sum(axis=-1, keepdims=True) + 0.5)\n")],
        fails=["softmax", "softmax_is_stable"],
        hint="0.5 + the sum of its slice's exponentials: the 0.5 is an extra term in the denominator",
        about="softmax adds 0.5 to its denominator, so no slice sums to 1",
    ),
    bug(
        "h22b_act_softmax_rows_appended", "activations",
        [(A_SOFT, "    if z.ndim > 1:\n        out = []\n        for row in z:\n            out.append(softmax(row))\n"
                  "        return out\n" + A_SOFT)],
        fails=["softmax"],
        hint="one item per row (your loop appends each row to a list)",
        about="softmax appends the softmax of each row to a list and returns the list for a 2-D input",
    ),
    bug(
        "h22b_act_leaky_clipped_then_where", "activations",
        [(A_LEAKY, "    z = np.clip(z, 0.0, None)\n    return np.where(z > 0, z, alpha * z)\n")],
        fails=["leaky_relu", "leaky_relu_default_alpha"],
        hint="gives z a new value, its positive part",
        about="leaky_relu clips z to its positive part under the same name before np.where picks alpha * z",
    ),
    alternative(
        "h22b_act_softmax_guards_non_finite", "activations",
        [(A_SOFT, "    if not np.all(np.isfinite(z)):\n        raise ValueError('softmax needs finite scores')\n" + A_SOFT)],
        about="softmax raises only for a score that is inf or nan, which no check gives",
    ),
    alternative(
        "h22b_act_leaky_negative_part_kept_first", "activations",
        [(A_LEAKY, "    negative = np.minimum(z, 0.0)\n    z = np.maximum(z, 0.0)\n    return z + alpha * negative\n")],
        about="leaky_relu keeps the negative part before it rebinds z to the positive part",
    ),
    # ------------------------------------------------------------------ neuron
    bug(
        "h22b_neuron_fast_sigmoid_shifted", "neuron",
        [(N_FF, "        total = np.dot(self.weights, inputs) + self.bias\n"
                "        return float(0.5 + 0.5 * total / (1 + abs(total)))  # quick sigmoid\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="the softsign moved into (0, 1)",
        about="Neuron.feedforward squashes its total with a softsign moved into (0, 1) in place of the sigmoid",
    ),
    bug(
        "h22b_neuron_refuses_negative_inputs", "neuron",
        [(N_FF, "        if min(inputs) < 0:\n            raise ValueError('inputs must not be negative')\n" + N_FF)],
        fails=["neuron_feedforward", "tiny_network"],
        hint="stops the call when `min(inputs) < 0` holds",
        crashes=True,
        about="Neuron.feedforward raises for a negative input, which the random cases give",
    ),
    bug(
        "h22b_tiny_feeds_last_outputs", "neuron",
        [(N_TINY, "        out = self.o1.feedforward(self.last if hasattr(self, 'last') else [0.5, 0.5])\n"
                  "        self.last = [self.h1.feedforward(x), self.h2.feedforward(x)]\n        return out\n")],
        fails=["tiny_network"],
        hint="o1 is fed the hidden outputs kept from the call before",
        about="TinyNetwork feeds o1 the hidden outputs stored on self by the previous call",
    ),
    bug(
        "h22b_layer_asserts_one_bias_per_input", "neuron",
        [(N_LAYER, "    assert len(biases) == len(inputs), 'one bias per input'\n" + N_LAYER)],
        fails=["layer_output"],
        hint="weights holds one row per neuron",
        about="layer_output asserts there are as many biases (neurons) as inputs",
    ),
    bug(
        "h22b_count_reset_between_loops", "neuron",
        [(N_COUNT_RET, "    count = 0\n    for a, b in zip(sizes, sizes[1:]):\n        count = count + a * b\n"
                       "    count = 0\n    for b in sizes[1:]:\n        count = count + b\n    return count\n")],
        fails=["count_parameters"],
        hint="sets count back to 0 after the loop",
        about="count_parameters sets its count back to 0 between the weights' loop and the biases' loop",
    ),
    bug(
        "h22b_count_raises_for_one_layer", "neuron",
        [(N_COUNT_RET, "    if len(sizes) < 2:\n        raise ValueError('need an input and an output layer')\n" + N_COUNT_RET)],
        fails=["count_parameters"],
        hint="count_parameters takes any list of widths",
        about="count_parameters raises for a single layer, where the docstring gives 0",
    ),
    bug(
        "h22b_tiny_loop_chains_hidden_neurons", "neuron",
        [(N_TINY, "        signal = x\n        for unit in [self.h1, self.h2]:\n"
                  "            signal = [unit.feedforward(signal), unit.feedforward(signal)]\n"
                  "        return self.o1.feedforward(signal)\n")],
        fails=["tiny_network"],
        hint="rebinds signal inside the loop over the neurons",
        about="TinyNetwork's loop feeds h2 the pair of h1's outputs (and o1 h2's) under one rebound name",
    ),
    alternative(
        "h22b_tiny_layers_looped", "neuron",
        [(N_TINY, "        for layer in ([self.h1, self.h2], [self.o1]):\n"
                  "            x = [unit.feedforward(x) for unit in layer]\n        return x[0]\n")],
        about="TinyNetwork loops over its two layers, each neuron of a layer fed the same input",
    ),
    alternative(
        "h22b_tiny_hidden_kept_on_self", "neuron",
        [(N_TINY, "        self.hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
                  "        return self.o1.feedforward(self.hidden)\n")],
        about="TinyNetwork keeps this call's hidden outputs on self and feeds o1 those",
    ),
    alternative(
        "h22b_count_two_loops_one_total", "neuron",
        [(N_COUNT_RET, "    total = 0\n    for a, b in zip(sizes, sizes[1:]):\n        total += a * b\n"
                       "    for b in sizes[1:]:\n        total += b\n    return total\n")],
        about="count_parameters adds the weights and then the biases into one total, set to 0 once",
    ),
]
