"""What a neuron and a layer give as common mistakes write them: what the checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code.
"""

import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def feedforward_bias_subtracted(weights, bias, x):
    """A neuron that subtracts its bias from the weighted sum."""
    return float(_sigmoid(np.dot(weights, x) - bias))


def feedforward_slips(weights, bias, x):
    """What Neuron.feedforward gives for slips in its weighted sum, by name: ``"mean"`` (the
    products averaged, not added up), ``"bias_times"`` (the sum multiplied by the bias),
    ``"added_pairs"`` (each weight added to its input, not multiplied by it), ``"weights_squared"``
    and ``"inputs_squared"`` (one operand of the dot product copied into the other's place),
    ``"bias_in_weights"`` and ``"bias_in_inputs"`` (the bias added to every weight, or to every input,
    inside the products), ``"sigmoid_each"``, ``"sigmoid_each_bias_after"`` and ``"sigmoid_each_mean"``
    (one sigmoid per product, with or without the bias inside, added up or averaged), ``"product_of_sums"``
    (the sum of the weights times the sum of the inputs), ``"inputs_truncated"``, ``"weights_truncated"`` and ``"bias_truncated"`` (the
    inputs, the weights or the bias made whole numbers first) and ``"sigmoid_of_inputs"`` (the sigmoid taken of each input, none of the sum)."""
    weights, x = np.asarray(weights, dtype=float), np.asarray(x, dtype=float)
    return {"mean": float(_sigmoid(np.mean(weights * x) + bias)),
            "bias_times": float(_sigmoid(np.dot(weights, x) * bias)),
            "added_pairs": float(_sigmoid(np.sum(weights + x) + bias)),
            "weights_squared": float(_sigmoid(np.dot(weights, weights) + bias)),
            "inputs_squared": float(_sigmoid(np.dot(x, x) + bias)),
            "bias_in_weights": float(_sigmoid(np.dot(weights + bias, x))),
            "bias_in_inputs": float(_sigmoid(np.dot(weights, x + bias))),
            "sigmoid_each": float(np.sum(_sigmoid(weights * x + bias))),
            "sigmoid_each_bias_after": float(np.sum(_sigmoid(weights * x)) + bias),
            "sigmoid_each_mean": float(np.mean(_sigmoid(weights * x + bias))),
            "product_of_sums": float(_sigmoid(np.sum(weights) * np.sum(x) + bias)),
            "inputs_truncated": float(_sigmoid(np.dot(weights, np.trunc(x)) + bias)),
            "weights_truncated": float(_sigmoid(np.dot(np.trunc(weights), x) + bias)),
            "bias_truncated": float(_sigmoid(np.dot(weights, x) + np.trunc(bias))),
            "sigmoid_of_inputs": float(np.dot(weights, _sigmoid(x)) + bias)}


def layer_with_mistake(inputs, weights, biases, *, sigmoid=False, first_bias_only=False, one_row=None,
                       carried=None, bias_times=False, biases_from_inputs=False, product_of_sums=False,
                       first_inputs=None, shifted=None, last_term=False):
    """layer_output as a mistake writes it: ``sigmoid`` passes each neuron's sum through the
    sigmoid; ``first_bias_only`` adds biases[0] to every neuron; ``bias_times`` multiplies each
    neuron's sum by its bias; ``biases_from_inputs`` takes neuron j's bias from inputs[j] (the rows
    paired with the inputs, not the biases: as many outputs as the shorter list); ``one_row`` (an index) weighs
    the inputs with that one row of weights for every neuron; ``carried`` keeps one running total
    for all the neurons, never set back to 0: ``"sums"`` (the weighted sums carried, each neuron's
    own bias added on output) or ``"outputs"`` (the bias added into the running total too);
    ``product_of_sums`` weighs with the sum of the inputs times the sum of the row (every input times every
    weight); ``first_inputs`` (a count) reads only that many inputs, the first ones; ``shifted`` pairs the inputs
    with the weights one place out, skipping the first of ``"weights"`` (each row's first weight taken for a bias
    weight) or of ``"inputs"``; ``last_term`` keeps of each sum only its last product (a total replaced, not
    added to)."""
    outputs, running = [], 0.0
    if biases_from_inputs:
        weights, biases = weights[:len(inputs)], inputs
    for j, neuron_weights in enumerate(weights):
        if one_row is not None:
            neuron_weights = weights[one_row]
        weighted = sum(x * w for x, w in zip(inputs[:first_inputs], neuron_weights))
        if shifted is not None:
            pairs = zip(inputs, neuron_weights[1:]) if shifted == "weights" else zip(inputs[1:], neuron_weights)
            weighted = sum(x * w for x, w in pairs)
        if last_term:
            weighted = [x * w for x, w in zip(inputs, neuron_weights)][-1]
        if product_of_sums:
            weighted = sum(inputs) * sum(neuron_weights)
        bias = biases[0 if first_bias_only else j]
        if carried == "sums":
            running += weighted
            total = running + bias
        elif carried == "outputs":
            running += weighted + bias
            total = running
        else:
            total = weighted * bias if bias_times else weighted + bias
        outputs.append(float(_sigmoid(total)) if sigmoid else total)
    return outputs


def tiny_network_without_bias(weights, bias, x):
    """TinyNetwork's output when some of its neurons leave the bias out, by which ones do:
    ``"o1"`` (the output neuron), ``"hidden"`` (h1 and h2), ``"all"`` (every neuron)."""
    weights, x = np.asarray(weights, dtype=float), np.asarray(x, dtype=float)

    def network(hidden_bias, output_bias):
        hidden = float(_sigmoid(np.dot(weights, x) + hidden_bias))
        return float(_sigmoid(np.dot(weights, [hidden, hidden]) + output_bias))

    return {"o1": network(bias, 0.0), "hidden": network(0.0, bias), "all": network(0.0, 0.0)}


def tiny_network_layers(weights, bias, x):
    """What TinyNetwork computes on the way to its output: ``"hidden_sums"`` (h1's and h2's weighted
    sums), ``"hidden"`` ([h1, h2]), ``"hidden_total"`` (h1 + h2) and ``"output_sum"`` (o1's weighted sum,
    before its sigmoid)."""
    weights, x = np.asarray(weights, dtype=float), np.asarray(x, dtype=float)
    hidden_sum = float(np.dot(weights, x) + bias)
    hidden = float(_sigmoid(hidden_sum))
    output_sum = float(np.dot(weights, [hidden, hidden]) + bias)
    return {"hidden_sums": [hidden_sum, hidden_sum], "hidden": [hidden, hidden], "hidden_total": 2 * hidden,
            "output_sum": output_sum}


def count_parameters_slips(layer_sizes):
    """What count_parameters gives for the usual slips, by name: only the weights; biases for every
    layer, the input layer's too; the biases of the sending layer of each pair (a) for the receiving
    one's (b); a + b weights for a * b, with the right biases or the sending ones; the first or the
    last pair of layers left out; the output layer's biases left out; the neurons counted (the
    sizes added up); only the biases; one bias per pair of layers, not one per neuron; each layer
    paired with itself (all of them, or all but the last, or all but the first), not with the next one;
    the sending width squared for the weights (a * a + b); every layer paired with every layer after the
    first, with every later one, or every sending one with every receiving one (nested loops, not pairs);
    only the output layer's biases; the weights as the product of all the widths (with 0 for a network
    without pairs, or not: the ``_unguarded`` ones); one pair more, the last layer feeding the first (a loop
    from index 0 pairing sizes[i - 1] with sizes[i])."""
    pairs = list(zip(layer_sizes, layer_sizes[1:]))
    weights = sum(a * b for a, b in pairs)
    receiving, sending = sum(b for _, b in pairs), sum(a for a, _ in pairs)
    added = sum(a + b for a, b in pairs)
    each = [a * b + b for a, b in pairs]
    return {
        "weights_only": weights,
        "every_layer": weights + sum(layer_sizes),
        "sending_biases": weights + sending,
        "added_widths": added + receiving,
        "added_widths_sending_biases": added + sending,
        "last_pair_missing": sum(each[:-1]),
        "first_pair_missing": sum(each[1:]),
        "output_biases_missing": weights + sum(layer_sizes[1:-1]),
        "neurons_counted": sum(layer_sizes),
        "biases_only": receiving,
        "one_bias_per_pair": weights + len(pairs),
        "self_pairs": sum(a * a + a for a in layer_sizes[:-1]),
        "self_pairs_all": sum(a * a + a for a in layer_sizes),
        "self_pairs_next": sum(b * b + b for b in layer_sizes[1:]),
        "sending_squared": sum(a * a + b for a, b in pairs),
        "all_pairs": sum(a * b + b for a in layer_sizes for b in layer_sizes[1:]),
        "all_sending_receiving": sum(a * b + b for a in layer_sizes[:-1] for b in layer_sizes[1:]),
        "all_later_pairs": sum(a * b + b for i, a in enumerate(layer_sizes) for b in layer_sizes[i + 1:]),
        "only_output_biases": weights + layer_sizes[-1] if pairs else 0,
        "only_output_biases_unguarded": weights + layer_sizes[-1],
        "product_of_widths": int(np.prod(layer_sizes)) + receiving if pairs else 0,
        "product_of_widths_unguarded": int(np.prod(layer_sizes)) + receiving,
        "wrapped_pair": weights + receiving + layer_sizes[-1] * layer_sizes[0] + layer_sizes[0] if layer_sizes else 0,
    }
