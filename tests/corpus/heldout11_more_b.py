"""Corpus cases for the activations and neuron classes of heldout11 (hints15b), in our own spellings, with
their exact expected outcomes (``mutations.py``): results computed in a narrower float type than float64,
softmax of a number given as an integer, a slope that is a finite difference (close, not exact), a side of
a step given a number of its own (a slope carried over from leaky ReLU, or a bound), a slope that gives the
function's own value on one side, a curve that saturates because z is clipped, a layer returned as a tuple,
a list grown by one number with += (not append), a count of parameters that is a NumPy integer, a neuron
whose weighted sum leaves an input out, a hidden Neuron handed to o1 where its output belongs, and a layer's
outputs each wrapped in a row of one value. Alternatives: correct code near each of them.
"""

from corpus.mutations import alternative, bug

SIG = ("    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
       "    return np.where(z >= 0, 1.0, e) / (1.0 + e)")
DSIG = "    s = sigmoid(z)\n    return s * (1.0 - s)"
RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
DRELU = "    return (np.asarray(z) > 0).astype(float)"
DLEAKY = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)"
SOFT_NUMBER = "        return np.float64(1.0)"
TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
APPEND = "        outputs.append(total + bias)"
COUNT = "    sizes = [int(n) for n in layer_sizes]"

CASES = [
    bug("h15b_relu_in_float32", "activations",
        [(RELU, "    return np.maximum(np.asarray(z, dtype=np.float32), 0.0)")],
        fails=["results_keep_double_precision"], hint="keeps about 7 significant digits",
        about="relu converts its input to float32, so its results keep about 7 digits, not float64's 16"),
    bug("h15b_softmax_number_int_array", "activations",
        [(SOFT_NUMBER, "        return np.array(1)")],
        fails=["results_keep_double_precision"], hint="integer dtype",
        about="softmax gives a number the 0-d integer array 1, where the float 1.0 belongs"),
    bug("h15b_sigmoid_slope_backward_difference", "activations",
        [(DSIG, "    z = np.asarray(z, dtype=float)\n    return (sigmoid(z) - sigmoid(z - 1e-4)) / 1e-4")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"], hint="backward difference",
        about="sigmoid_derivative is a backward finite difference with a step of 1e-4, close but not exact"),
    bug("h15b_relu_slope_left_constant", "activations",
        [(DRELU, "    return np.where(np.asarray(z) > 0, 1.0, 0.01)")],
        fails=["relu_derivative"], hint="a number written in where the spec's side is 0",
        about="relu_derivative gives 0.01 on the left (a leaky slope, or a floor), where ReLU's slope is 0"),
    bug("h15b_leaky_slope_value_on_right", "activations",
        [(DLEAKY, "    z = np.asarray(z, dtype=float)\n    return np.where(z <= 0, alpha, z)")],
        fails=["leaky_relu_derivative"], hint="own value there, not its slope",
        about="leaky_relu_derivative keeps z where z > 0, the function's value, where the slope is 1"),
    bug("h15b_sigmoid_input_clipped", "activations",
        [(SIG, SIG.replace("dtype=float)\n", "dtype=float)\n    z = np.clip(z, -2.0, 2.0)\n", 1))],
        fails=["sigmoid_values", "sigmoid_is_stable", "sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="saturates too early",
        about="sigmoid clips z into [-2, 2] first, so it stops changing beyond |z| = 2"),
    bug("h15b_layer_unpacked_into_tuple", "neuron",
        [("    return outputs", "    return (*outputs,)")],
        fails=["layer_output"], hint="come back as a tuple",
        about="layer_output returns its outputs unpacked into a tuple, where the spec returns a list"),
    bug("h15b_layer_plus_equals_number", "neuron",
        [(APPEND, "        outputs += total + bias")],
        fails=["layer_output"], hint="To add one number to a list, append it",
        about="layer_output grows its list with += and one number, which raises (a float is not iterable)"),
    bug("h15b_count_numpy_sizes", "neuron",
        [(COUNT, "    sizes = np.asarray(layer_sizes)")],
        fails=["count_parameters_gives_a_python_int"], hint="a NumPy integer",
        about="count_parameters works on a NumPy array of the sizes, so its count is an np.int64"),
    bug("h15b_neuron_every_other_input", "neuron",
        [(TOTAL, "        total = np.dot(self.weights[::2], np.asarray(inputs)[::2]) + self.bias")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="does not change when x[1] changes",
        about="Neuron.feedforward steps over the inputs two at a time, so it reads x[0], x[2], ... only"),
    bug("h15b_tiny_first_hidden_neuron_itself", "neuron",
        [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]",
          "        hidden = [self.h1, self.h2.feedforward(x)]")],
        fails=["tiny_network"], hint="a Neuron object itself where numbers belong",
        about="TinyNetwork hands o1 the neuron h1 itself, beside h2's output"),
    bug("h15b_layer_outputs_as_rows", "neuron",
        [(APPEND, "        outputs.append(np.array([total + bias]))")],
        fails=["layer_output"], hint="inside a list (or array) of its own",
        about="layer_output appends each output as an array of one value, so it returns a list of rows"),
    alternative("h15b_alt_count_int_of_numpy", "neuron",
                [(COUNT + "\n    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
                  "    sizes = np.asarray(layer_sizes)\n    return int(np.sum(sizes[:-1] * sizes[1:] + sizes[1:]))")],
                about="count_parameters on a NumPy array, turned into a Python int"),
    alternative("h15b_alt_softmax_number_float", "activations", [(SOFT_NUMBER, "        return 1.0")],
                about="softmax gives a number the Python float 1.0"),
    alternative("h15b_alt_layer_comprehension", "neuron",
                [("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
                  "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n" + APPEND + "\n    return outputs",
                  "    return [sum(x * w for x, w in zip(inputs, row)) + b for row, b in zip(weights, biases)]")],
                about="layer_output as one list comprehension"),
    alternative("h15b_alt_relu_slope_heaviside", "activations",
                [(DRELU, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)")],
                about="relu_derivative as np.heaviside with 0 at the kink"),
]
