"""Corpus cases for the classes of activations, neuron and loss the twenty-third held-out corpus showed after its
blind run, in our own spellings, with their exact expected outcomes (``mutations.py``): np.clip with its bounds
swapped, or too tight before a sigmoid; an iterator gone through twice; a method named and not called; the
previous width updated before its use; a total started at the first term and a loop from the first; a
comprehension over range(len(a) - 1); list + [1] for a constant input; a running mean divided again; np.size of
both inputs; np.mean(where=...); a shortcut for equal inputs; np.squeeze or np.atleast_1d on y_pred. ``bug`` for a
mistake, ``alternative`` for correct code written another way.
"""

from corpus.mutations import alternative, bug

A_SIG = ("    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
         "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n")
N_FF = "        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))\n"
N_TINY_FF = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n        return self.o1.feedforward(hidden)\n"
N_LAYER_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
L_MSE_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD_P = "    y_pred = np.asarray(y_pred, dtype=float)\n"
L_GRAD_T = "    y_true = np.asarray(y_true, dtype=float)\n"
L_GRAD_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"

CASES = [
    # ------------------------------------------------------------------ activations
    bug(
        "h23b_act_sigmoid_clip_high_first", "activations",
        [(A_SIG, "    z = np.clip(np.asarray(z, dtype=float), 30.0, -30.0)\n    return 1.0 / (1.0 + np.exp(-z))\n")],
        fails=["sigmoid_values", "sigmoid_is_stable", "sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="with its bounds the wrong way round",
        about="sigmoid clips z with np.clip(z, 30, -30), the upper bound first",
    ),
    alternative(
        "h23b_act_sigmoid_clip_wide", "activations",
        [(A_SIG, "    z = np.clip(np.asarray(z, dtype=float), -500.0, 500.0)\n    return 1.0 / (1.0 + np.exp(-z))\n")],
        about="sigmoid clips z to [-500, 500] before the textbook formula",
    ),
    # ------------------------------------------------------------------ neuron
    bug(
        "h23b_neuron_feedforward_clip_method_tight", "neuron",
        [(N_FF, "        s = np.dot(self.weights, inputs) + self.bias\n        s = s.clip(-4, 4)\n"
                "        return float(_sigmoid(s))\n")],
        fails=["neuron_feedforward", "neuron_accepts_lists"],
        hint="bounds that tight change every answer",
        about="Neuron.feedforward clips the weighted sum to [-4, 4] with the array method",
    ),
    bug(
        "h23b_neuron_tiny_o1_method_uncalled", "neuron",
        [(N_TINY_FF, "        first = self.h1.feedforward(x)\n        return self.o1.feedforward((first, self.h2.feedforward))\n")],
        fails=["tiny_network"],
        hint="names the method self.h2.feedforward without calling it",
        about="TinyNetwork.feedforward hands o1 a tuple holding h2's method, not its output",
    ),
    bug(
        "h23b_neuron_layer_start_at_first_product", "neuron",
        [(N_LAYER_SUM, "        total = neuron_weights[0] * inputs[0]\n"
                       "        for i in range(len(inputs)):\n            total += neuron_weights[i] * inputs[i]\n")],
        fails=["layer_output"],
        hint="so the first one is counted twice",
        about="layer_output starts each sum at the first product, then loops over every index",
    ),
    bug(
        "h23b_neuron_layer_comprehension_one_short", "neuron",
        [(N_LAYER_SUM, "        total = sum([neuron_weights[k] * inputs[k] for k in range(len(neuron_weights) - 1)])\n")],
        fails=["layer_output"],
        hint="ends one early (off by one)",
        about="layer_output sums a list comprehension over range(len(neuron_weights) - 1)",
    ),
    bug(
        "h23b_neuron_feedforward_named_list_plus_one", "neuron",
        [(N_FF, "        extended = inputs + [1.0]\n"
                "        return float(_sigmoid(np.dot(np.append(self.weights, self.bias), extended)))\n")],
        fails=["neuron_feedforward", "tiny_network"],
        hint="for a NumPy array + adds",
        about="Neuron.feedforward appends the bias input with inputs + [1.0], which adds 1 to an array",
    ),
    bug(
        "h23b_neuron_count_map_twice", "neuron",
        [(N_COUNT, "    widths = zip(sizes[:-1], sizes[1:])\n    weights = sum(a * b for a, b in widths)\n"
                   "    biases = 0\n    for _, b in widths:\n        biases += b\n    return weights + biases\n")],
        fails=["count_parameters"],
        hint="the first pass over it uses it up",
        about="count_parameters goes through one zip twice, first for the weights, then for the biases",
    ),
    alternative(
        "h23b_neuron_count_list_of_pairs_twice", "neuron",
        [(N_COUNT, "    widths = list(zip(sizes[:-1], sizes[1:]))\n    weights = sum(a * b for a, b in widths)\n"
                   "    return weights + sum(b for _, b in widths)\n")],
        about="count_parameters keeps the pairs as a list and goes through it twice",
    ),
    bug(
        "h23b_neuron_count_last_width_too_early", "neuron",
        [(N_COUNT, "    last = sizes[0] if sizes else 0\n    total = 0\n    for width in sizes[1:]:\n"
                   "        last = width\n        total += last * width + width\n    return total\n")],
        fails=["count_parameters"],
        hint="is overwritten too early",
        about="count_parameters sets last = width at the top of the loop, before multiplying by it",
    ),
    alternative(
        "h23b_neuron_count_last_width_after_use", "neuron",
        [(N_COUNT, "    last = sizes[0] if sizes else 0\n    total = 0\n    for width in sizes[1:]:\n"
                   "        total += last * width + width\n        last = width\n    return total\n")],
        about="count_parameters keeps the previous width and updates it at the end of the loop",
    ),
    # ------------------------------------------------------------------ loss
    bug(
        "h23b_loss_mse_running_average_enumerate_from_one", "loss",
        [(L_MSE_RET, "    avg = 0.0\n    for k, (a, b) in enumerate(zip(y_true, y_pred), start=1):\n"
                     "        avg = (avg + (a - b) ** 2) / k\n    return float(avg)\n")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="keeps a running mean as (avg + new) / k",
        about="mse_loss keeps a running average as (avg + e) / k",
    ),
    alternative(
        "h23b_loss_mse_running_average_weighed", "loss",
        [(L_MSE_RET, "    avg = 0.0\n    for k, (a, b) in enumerate(zip(y_true, y_pred), start=1):\n"
                     "        avg += ((a - b) ** 2 - avg) / k\n    return float(avg)\n")],
        about="mse_loss keeps a running average updated as avg += (e - avg) / k",
    ),
    bug(
        "h23b_loss_mse_index_loop_after_first", "loss",
        [(L_MSE_RET, "    s = (y_pred[0] - y_true[0]) ** 2\n    for i in range(len(y_true)):\n"
                     "        s += (y_pred[i] - y_true[i]) ** 2\n    return float(s / len(y_true))\n")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="so the first one is counted twice",
        about="mse_loss starts at the first square and loops over every index",
    ),
    bug(
        "h23b_loss_grad_size_of_tuple", "loss",
        [(L_GRAD_RET, "    n = np.size((y_pred, y_true))\n    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / n\n")],
        fails=["mse_gradient"],
        hint="the size of a list holding both inputs",
        about="mse_loss_gradient counts N as np.size of the tuple of both inputs",
    ),
    bug(
        "h23b_loss_mse_mean_where_positive", "loss",
        [(L_MSE_RET, "    sq = (y_true - y_pred) ** 2\n    return float(np.mean(sq, where=sq > 0))\n")],
        fails=["mse_values"],
        hint="takes the mean with where=sq > 0",
        about="mse_loss averages the squares only where they are positive",
    ),
    bug(
        "h23b_loss_grad_allclose_shortcut", "loss",
        [(L_GRAD_T, L_GRAD_T + "    if np.allclose(y_true, y_pred):\n        return 0\n")],
        fails=["mse_rejects_different_sizes"],
        hint="a shortcut that skips the rest of the function",
        about="mse_loss_gradient returns 0 when the inputs are close, before its checks",
    ),
    bug(
        "h23b_loss_grad_squeeze_method", "loss",
        [(L_GRAD_P, "    y_pred = np.asarray(y_pred, dtype=float).squeeze()\n")],
        fails=["mse_gradient"],
        hint="drops every axis of length 1",
        about="mse_loss_gradient squeezes y_pred with the array method",
    ),
    bug(
        "h23b_loss_grad_atleast_1d", "loss",
        [(L_GRAD_P, "    y_pred = np.atleast_1d(np.asarray(y_pred, dtype=float))\n")],
        fails=["numbers_are_one_element"],
        hint="turns a number into a one-element array",
        about="mse_loss_gradient makes y_pred at least 1-D, so a number gets a (1,) gradient",
    ),
]
