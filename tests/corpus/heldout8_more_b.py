"""Corpus cases for the classes of mistake in neuron that the eighth held-out corpus's run on main left
unnamed: a weighted sum that never reads the inputs (or the weights), the bias added inside the products,
one sigmoid per product (or any output no sigmoid gives), a whole list where one number belongs in a layer's
product, a layer's bias multiplied or taken from the inputs (by a zip, or by an index that runs off the inputs and
was told the weights' indices were swapped), a count returned as a float, the sending width
squared, layers paired with layers that are not their neighbours, and a neuron of TinyNetwork given one
value. Our own spellings, not heldout8's, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_RETURN = "        return float(_sigmoid(total))"
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
L_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
NEURON_FAILS = ["neuron_feedforward", "tiny_network", "neuron_accepts_lists"]

CASES = [
    bug(
        "neuron_weights_squared_in_a_loop", "neuron",
        [(N_TOTAL, "        total = sum(w * w for w in self.weights) + self.bias")],
        fails=NEURON_FAILS,
        hint="Your neuron multiplies the weights with themselves",
        about="feedforward squares each weight where it multiplies it by its input",
    ),
    bug(
        "neuron_sum_of_the_weights_only", "neuron",
        [(N_TOTAL, "        total = self.weights.sum() + self.bias")],
        fails=NEURON_FAILS,
        hint="its weighted sum never reads the inputs",
        about="feedforward adds up the weights alone, so its output is the same for every input",
    ),
    bug(
        "neuron_bias_added_to_the_inputs", "neuron",
        [(N_TOTAL, "        total = np.dot(self.weights, np.asarray(inputs, dtype=float) + self.bias)")],
        fails=["neuron_feedforward", "tiny_network"],
        hint="Your neuron adds the bias to every input (x + bias)",
        about="feedforward adds the bias to each input inside the dot product, so it is multiplied by each weight",
    ),
    bug(
        "neuron_one_sigmoid_per_product_in_a_loop", "neuron",
        [(N_TOTAL + "\n" + N_RETURN,
          "        total = 0.0\n        for w, x in zip(self.weights, inputs):\n            total += _sigmoid(w * x)\n"
          "        return float(total + self.bias)")],
        fails=NEURON_FAILS,
        hint="Your neuron takes one sigmoid per product weights[i] * x[i], adds them up, then adds the bias",
        about="feedforward adds up one sigmoid per product, then the bias, where one sigmoid of the whole sum belongs",
    ),
    bug(
        "neuron_two_sigmoids_added", "neuron",
        [(N_TOTAL + "\n" + N_RETURN,
          "        return float(_sigmoid(np.dot(self.weights, inputs)) + _sigmoid(self.bias))")],
        fails=NEURON_FAILS,
        hint="is not between 0 and 1, where every sigmoid's output lies",
        about="feedforward adds the sigmoid of the weighted sum and the sigmoid of the bias: an output above 1",
    ),
    bug(
        "neuron_layer_row_indexed_by_input", "neuron",
        [(L_SUM, "        total = 0.0\n        for i, x in enumerate(inputs):\n            total += x * weights[i]")],
        fails=["layer_output"],
        hint="Python cannot multiply a list by a float",
        about="layer_output multiplies each input by weights[i], a whole row, where one weight belongs",
    ),
    bug(
        "neuron_layer_bias_as_a_factor", "neuron",
        [("        outputs.append(total + bias)", "        outputs.append(bias * total)")],
        fails=["layer_output"],
        hint="Your neurons multiply their weighted sum by their bias",
        about="layer_output multiplies each neuron's sum by its bias",
    ),
    bug(
        "neuron_layer_biases_zipped_from_inputs", "neuron",
        [("    for neuron_weights, bias in zip(weights, biases):", "    for bias, neuron_weights in zip(inputs, weights):")],
        fails=["layer_output"],
        hint="Each of your neurons adds inputs[j], the input of its own index, where its bias belongs",
        about="layer_output pairs the rows of weights with the inputs, which it adds as the biases",
    ),
    bug(
        "neuron_layer_bias_indexed_in_inputs", "neuron",
        [("        outputs.append(total + bias)", "        outputs.append(total + inputs[len(outputs)])")],
        fails=["layer_output"],
        hint="Each of your neurons adds inputs[j], the input of its own index, where its bias belongs, biases[j]: "
             "with 2 inputs and 3 neurons, inputs[j] runs off the end",
        about="layer_output adds inputs[j] as neuron j's bias: an IndexError with more neurons than inputs, which "
              "is not the weights read with swapped indices",
    ),
    bug(
        "neuron_count_halved_doubles", "neuron",
        [(N_COUNT, "    return sum(a * b * 2 + 2 * b for a, b in zip(sizes, sizes[1:])) / 2")],
        fails=["count_parameters", "count_parameters_gives_a_python_int"],
        hint="Your count, 92.0, is the right number, but it is a float",
        about="count_parameters divides with /, which returns the right count as a float",
    ),
    bug(
        "neuron_count_sending_width_power", "neuron",
        [(N_COUNT, "    return sum(a ** 2 + b for a, b in zip(sizes, sizes[1:]))")],
        fails=["count_parameters"],
        hint="you count a * a, the sending layer's width squared",
        about="count_parameters counts a ** 2 weights between layers of a and b neurons",
    ),
    bug(
        "neuron_count_every_later_layer", "neuron",
        [(N_COUNT, "    return sum(a * b + b for i, a in enumerate(sizes) for b in sizes[i + 1:])")],
        fails=["count_parameters"],
        hint="Your count also connects layers that are not neighbours",
        about="count_parameters pairs each layer with every later one, not only the next",
    ),
    bug(
        "neuron_tiny_output_given_h1_alone", "neuron",
        [("        return self.o1.feedforward(hidden)", "        return self.o1.feedforward(hidden[0])")],
        fails=["tiny_network"],
        hint="raises this very error when it is given a single number",
        about="TinyNetwork gives the output neuron only h1's output, one number, where it takes [h1, h2]",
    ),
]
