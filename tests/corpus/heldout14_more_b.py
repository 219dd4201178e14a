"""Corpus cases for the activations and neuron classes the fourteenth held-out corpus showed after its
blind run, in our own spellings, with their exact expected outcomes (``mutations.py``): ^ written for a
power, a function used without being called, a boolean mask assigned a whole array, a derivative that calls
itself, a loop over z that a single number cannot take, a sigmoid's or a neuron's denominator left without
its brackets, relu's (|z| + z) / 2 with one term halved, a softmax written for rows (a sum reshaped to a
column, a comprehension over the first axis), a def line whose default names something that does not exist
yet; a module used without its import, hidden outputs made whole numbers before o1, a bias added on a line
whose result is thrown away, a count that reads two widths before looking at the length, a network that
keeps a neuron under another name, and a Neuron that takes arrays but not the list o1 is handed. Also
correct spellings those hints must leave alone.
"""

from corpus.mutations import alternative, bug

A_SIG_DERIV = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_SOFTMAX_RETURN = "    return exps / np.sum(exps, axis=-1, keepdims=True)"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_FF = N_TOTAL + "\n        return float(_sigmoid(total))"
N_HIDDEN = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]"
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
)

CASES = [
    bug(
        "act_sigmoid_slope_square_as_caret", "activations",
        [("    return s * (1.0 - s)", "    return s - s ^ 2")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="^ is not a power",
        also={"derivatives_on_large_inputs": "fix sigmoid_derivative first"},
        crashes=True,
        about="sigmoid_derivative writes s - s ^ 2, taking ^ for the power",
    ),
    bug(
        "act_tanh_slope_function_squared", "activations",
        [("    return 1.0 - tanh(z) ** 2", "    return 1.0 - tanh ** 2")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        hint="a function's name alone, without brackets, is the function",
        crashes=True,
        about="tanh_derivative squares the function tanh itself, never called on z",
    ),
    bug(
        "act_leaky_slope_mask_gets_full_array", "activations",
        [("    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)",
          "    z = np.asarray(z, dtype=float)\n    slope = np.ones_like(z)\n"
          "    slope[z <= 0] = alpha * np.ones_like(z)\n    return slope")],
        fails=["leaky_relu_derivative", "leaky_relu_default_alpha"],
        hint="with the same mask, or assign a single number",
        crashes=True,
        about="leaky_relu_derivative assigns a whole array of alphas to the entries a mask picks",
    ),
    bug(
        "act_sigmoid_slope_calls_itself", "activations",
        [(A_SIG_DERIV, "    s = sigmoid_derivative(z)\n    return s * (1.0 - s)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="call sigmoid(z), not sigmoid_derivative(z)",
        crashes=True,
        about="sigmoid_derivative takes s from sigmoid_derivative(z), itself, without end",
    ),
    bug(
        "act_relu_slope_comprehension", "activations",
        [("    return (np.asarray(z) > 0).astype(float)", "    return np.array([1.0 if v > 0 else 0.0 for v in z])")],
        fails=["relu_derivative"],
        hint="goes through z entry by entry",
        crashes=True,
        about="relu_derivative is a comprehension over z, which a single number cannot be looped over",
    ),
    bug(
        "act_sigmoid_left_branch_unbracketed", "activations",
        [("    return np.where(z >= 0, 1.0, e) / (1.0 + e)", "    return np.where(z >= 0, 1.0 / (1.0 + e), e / 1.0 + e)")],
        fails=["sigmoid_values", "sigmoid_derivative"],
        hint="For z < 0 yours gives exp(z) + exp(z)",
        also={"sigmoid_derivative": "fix sigmoid first"},
        about="sigmoid's branch for negative z is e / 1.0 + e, its denominator without brackets",
    ),
    bug(
        "act_relu_abs_halved_alone", "activations",
        [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return z + np.abs(z) / 2")],
        fails=["relu_values"],
        hint="only |z| is halved",
        about="relu is z + |z| / 2, the identity (z + |z|) / 2 without its brackets",
    ),
    bug(
        "act_softmax_sum_reshaped_to_column", "activations",
        [(A_SOFTMAX_RETURN, "    return exps / np.sum(exps, axis=-1).reshape(-1, 1)")],
        fails=["softmax"],
        hint="it is written for rows",
        about="softmax puts the row sums back as a column with reshape(-1, 1): 1-D gives shape (1, n)",
    ),
    bug(
        "act_softmax_rows_comprehension", "activations",
        [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n" + A_SOFTMAX_RETURN,
          "    return np.array([np.exp(row - row.max()) / np.exp(row - row.max()).sum() for row in z])")],
        fails=["softmax"],
        hint="each score of the vector was normalised on its own",
        about="softmax normalises each item of z's first axis alone: a 1-D vector's scores all become 1",
    ),
    bug(
        "act_leaky_slope_default_names_itself", "activations",
        [("def leaky_relu_derivative(z, alpha=0.1):", "def leaky_relu_derivative(z, alpha=alpha):")],
        fails=["sigmoid_values", "sigmoid_is_stable", "sigmoid_derivative", "tanh_values", "tanh_on_large_inputs",
               "tanh_derivative", "relu_values", "relu_derivative", "leaky_relu", "leaky_relu_derivative", "softmax",
               "softmax_is_stable", "derivatives_on_large_inputs", "functions_take_python_lists",
               "leaky_relu_default_alpha", "results_keep_double_precision"],
        hint="gives the parameter alpha a default that uses alpha",
        also={"results_keep_double_precision": "alpha=alpha names the parameter itself"},
        crashes=True,
        about="leaky_relu_derivative's def line gives alpha the default alpha: NameError when the module is imported",
    ),
    alternative(
        "act_relu_abs_identity", "activations",
        [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return (np.abs(z) + z) / 2")],
        about="relu as (|z| + z) / 2, brackets and all",
    ),
    alternative(
        "act_softmax_sum_ellipsis_none", "activations",
        [(A_SOFTMAX_RETURN, "    return exps / exps.sum(axis=-1)[..., None]")],
        about="softmax puts the summed axis back with [..., None], which works for any number of axes",
    ),
    bug(
        "neuron_numpy_spelt_out_unimported", "neuron",
        [(N_FF, N_TOTAL + "\n        return float(1.0 / (1.0 + numpy.exp(-total)))")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="import numpy, at the top of that file",
        crashes=True,
        about="feedforward calls numpy.exp, but the module imports numpy only as np",
    ),
    bug(
        "neuron_tiny_hidden_int_array", "neuron",
        [(N_HIDDEN, "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)], dtype=int)")],
        fails=["tiny_network"],
        hint="the hidden outputs become whole numbers on the way to o1",
        about="TinyNetwork puts the hidden outputs in an integer array, which cuts them to 0",
    ),
    bug(
        "neuron_layer_bias_sum_on_its_own_line", "neuron",
        [("        outputs.append(total + bias)", "        total + bias\n        outputs.append(total)")],
        fails=["layer_output"],
        hint="computes a sum and throws it away",
        about="layer_output computes total + bias on a line of its own and appends total",
    ),
    bug(
        "neuron_count_first_pair_unguarded", "neuron",
        [(N_COUNT, "    sizes = [int(n) for n in layer_sizes]\n    total = sizes[0] * sizes[1] + sizes[1]\n"
                   "    for a, b in zip(sizes[1:], sizes[2:]):\n        total += a * b + b\n    return total")],
        fails=["count_parameters"],
        hint="right for every list of two widths or more, but raises IndexError for [4], [1]",
        about="count_parameters counts the first pair before any loop, so a single width raises",
    ),
    bug(
        "neuron_sigmoid_reciprocal_unbracketed", "neuron",
        [(N_FF, N_TOTAL + "\n        return float(1 / 1 + 1 / np.exp(total))")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="the brackets around the sigmoid's denominator are missing",
        also={"tiny_network": "fix Neuron first", "neuron_accepts_lists": "fix Neuron first"},
        about="feedforward returns 1 / 1 + 1 / exp(total), that is 1 + exp(-total)",
    ),
    bug(
        "neuron_tiny_output_stored_as_out", "neuron",
        [("        self.o1 = Neuron(weights, bias)", "        self.out = Neuron(weights, bias)")],
        fails=["tiny_network"],
        hint="Your TinyNetwork has no o1 once __init__ has run",
        about="TinyNetwork keeps its output neuron as self.out, and feedforward reads self.o1",
    ),
    bug(
        "neuron_feedforward_list_has_no_dot", "neuron",
        [(N_TOTAL, "        total = inputs.dot(self.weights) + self.bias")],
        fails=["tiny_network", "neuron_accepts_lists"],
        hint="raises this very error when it is given the same input as a Python list",
        about="feedforward calls inputs.dot, which an array has and the list o1 is handed has not",
    ),
    alternative(
        "neuron_tiny_hidden_float_array", "neuron",
        [(N_HIDDEN, "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)], dtype=float)")],
        about="TinyNetwork hands o1 the hidden outputs as a float array",
    ),
    alternative(
        "neuron_count_recursion_short_base", "neuron",
        [(N_COUNT, "    sizes = [int(n) for n in layer_sizes]\n    if len(sizes) < 2:\n        return 0\n"
                   "    return sizes[0] * sizes[1] + sizes[1] + count_parameters(sizes[1:])")],
        about="count_parameters by recursion, with 0 for fewer than two widths",
    ),
    alternative(
        "neuron_layer_bias_added_in_place", "neuron",
        [("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
          "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
          "        outputs.append(total + bias)\n    return outputs",
          "    outputs = [sum(x * w for x, w in zip(inputs, row)) for row in weights]\n"
          "    for j in range(len(outputs)):\n        outputs[j] += biases[j]\n    return outputs")],
        about="layer_output sums first, then adds each bias in place with +=",
    ),
]
