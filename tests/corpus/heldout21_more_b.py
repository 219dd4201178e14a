"""Corpus cases for the classes of activations and neuron the twenty-first held-out corpus showed after its blind run, in our
own spellings, with their exact expected outcomes (``mutations.py``): ``bug`` for a mistake, ``alternative`` for
correct code written another way. Activations: PyTorch's spellings in NumPy code (keepdim=, a tensor's .tanh()), an
input flattened with np.ravel or reshape(-1), leaky_relu's alpha clipped to 1. Neuron: a TinyNetwork that asks the
weights for .astype (a list has none: the spec's example is a list), a layer_output that guesses the layout of square
weights, inputs made a generator that the first neuron uses up, inputs rebound to the products in the loop, o1 handed
[0.0, h] (both writes to hidden[1]), a count whose previous width never moves, widths overflowed in int16, and two
slices of a list multiplied.
"""

from corpus.mutations import alternative, bug  # noqa: F401

A_SIG = ("    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
         "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n")
A_SOFT = ("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
          "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
A_LEAKY = "    z = np.asarray(z, dtype=float)\n    # positive part plus alpha times the negative part: one of them is 0\n"
N_TINY = "        self.h1 = Neuron(weights, bias)\n"
N_TINY_FF = ("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
             "        return self.o1.feedforward(hidden)\n")
N_LAYER_LOOP = (
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
)
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
)
N_COUNT_RET = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
SOFTMAX_WRONG = ["softmax", "softmax_is_stable"]
COUNT_WRONG = ["count_parameters", "count_parameters_gives_a_python_int", "count_parameters_of_no_layers",
               "count_parameters_takes_a_tuple"]

CASES = [
    # ------------------------------------------------------------------ activations
    bug(
        "h21b_act_softmax_keepdim_torch", "activations",
        [(A_SOFT, "    exps = np.exp(z - z.max(axis=-1, keepdim=True))\n"
                  "    return exps / exps.sum(axis=-1, keepdim=True)\n")],
        fails=SOFTMAX_WRONG,
        hint="keepdim= is PyTorch's name",
        about="softmax writes PyTorch's keepdim= for NumPy's keepdims=: an unexpected keyword, a TypeError",
    ),
    bug(
        "h21b_act_tanh_tensor_method", "activations",
        [(A_TANH, "    return np.asarray(z, dtype=float).tanh()\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="is a PyTorch tensor's method",
        crashes=True,
        about="tanh calls z.tanh(), a tensor's method: a NumPy array has none (AttributeError)",
    ),
    bug(
        "h21b_act_relu_reshaped_flat", "activations",
        [(A_RELU, "    z = np.asarray(z, dtype=float).reshape(-1)\n    return np.maximum(z, 0.0)\n")],
        fails=["relu_values"],
        hint="Your relu flattens its input (`z = np.asarray(z, dtype=float).reshape(-1)`",
        about="relu reshapes its input to one axis with reshape(-1): a number comes back of shape (1,), a batch flat",
    ),
    bug(
        "h21b_act_leaky_alpha_clipped", "activations",
        [(A_LEAKY, A_LEAKY + "    alpha = float(np.clip(alpha, 0.0, 1.0))\n")],
        fails=["leaky_relu"],
        hint="it caps alpha at 1",
        about="leaky_relu clips alpha into [0, 1]: alpha = 1.5 uses the slope 1 on the left",
    ),
    # ------------------------------------------------------------------ neuron
    bug(
        "h21b_neuron_tiny_weights_astype", "neuron",
        [(N_TINY, "        weights = weights.astype(float)\n" + N_TINY)],
        fails=["tiny_network"],
        hint="your code asks a list for .astype",
        about="TinyNetwork calls weights.astype(float): the spec's example passes a plain list, which has no astype",
    ),
    bug(
        "h21b_neuron_layer_square_read_by_columns", "neuron",
        [(N_LAYER_LOOP, "    if len(weights) == len(weights[0]):  # a square matrix: one column per neuron\n"
                        "        weights = list(map(list, zip(*weights)))\n" + N_LAYER_LOOP)],
        fails=["layer_output"],
        hint="on a square layer",
        about="layer_output transposes the weights whenever they are square",
    ),
    bug(
        "h21b_neuron_layer_inputs_generator", "neuron",
        [(N_LAYER_LOOP, "    inputs = (float(value) for value in inputs)\n" + N_LAYER_LOOP)],
        fails=["layer_output"],
        hint="one-pass iterator (a generator expression",
        about="layer_output makes the inputs a generator: the first neuron empties it, the later ones give their bias",
    ),
    bug(
        "h21b_neuron_layer_inputs_replaced_by_products", "neuron",
        [(N_LAYER_LOOP, "    for neuron_weights, bias in zip(weights, biases):\n"
                        "        inputs = list(map(lambda pair: pair[0] * pair[1], zip(inputs, neuron_weights)))\n"
                        "        outputs.append(sum(inputs) + bias)\n")],
        fails=["layer_output"],
        hint="the previous neuron's products",
        about="layer_output stores each neuron's products under the name inputs, which the next neuron reads",
    ),
    bug(
        "h21b_neuron_tiny_both_into_slot_one", "neuron",
        [(N_TINY_FF, "        hidden = np.zeros(2)\n"
                     "        hidden[1] = self.h1.feedforward(x)\n"
                     "        hidden[1] = self.h2.feedforward(x)\n"
                     "        return self.o1.feedforward(hidden)\n")],
        fails=["tiny_network"],
        hint="hidden[0] stays 0.0",
        about="TinyNetwork.feedforward writes both hidden outputs into hidden[1]: o1 gets [0.0, h]",
    ),
    bug(
        "h21b_neuron_count_last_width_kept", "neuron",
        [(N_COUNT_RET, "    count = 0\n"
                       "    last = sizes[0] if sizes else 0\n"
                       "    for n in sizes[1:]:\n"
                       "        count += last * n + n\n"
                       "    return count\n")],
        fails=["count_parameters"],
        hint="last holds the previous layer's width",
        about="count_parameters keeps the previous width in last and never moves it on",
    ),
    bug(
        "h21b_neuron_count_int16_vectorised", "neuron",
        [(N_COUNT, "    sizes = np.array(layer_sizes).astype(np.int16)\n"
                   "    return int(np.sum(sizes[:-1] * sizes[1:] + sizes[1:]))\n")],
        fails=["count_parameters"],
        hint="the mark of an integer overflow",
        about="count_parameters keeps the widths in int16: 784 * 128 wraps round",
    ),
    bug(
        "h21b_neuron_count_slices_of_list_multiplied", "neuron",
        [(N_COUNT, "    widths = list(layer_sizes)\n"
                   "    return sum(widths[:-1] * widths[1:]) + sum(widths[1:])\n")],
        fails=COUNT_WRONG,
        hint="multiplies two lists with *",
        crashes=True,
        about="count_parameters multiplies two slices of a list: a TypeError",
    ),
    alternative(
        "h21b_neuron_v_tiny_weights_as_array", "neuron",
        [(N_TINY, "        weights = np.asarray(weights, dtype=float)\n" + N_TINY)],
        about="TinyNetwork converts the weights with np.asarray first, which takes a list or an array",
    ),
    alternative(
        "h21b_neuron_v_layer_inputs_listed", "neuron",
        [(N_LAYER_LOOP, "    inputs = list(map(float, inputs))\n" + N_LAYER_LOOP)],
        about="layer_output makes the inputs a list of floats once, before the loop",
    ),
]
