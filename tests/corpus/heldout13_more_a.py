"""Corpus cases for the classes of gates and perceptron the thirteenth held-out corpus showed after its
blind run, in our own spellings, with their exact expected outcomes (``mutations.py``): a name of the
module misspelt (told which name it has instead), isinstance given a function for a type, a NumPy ufunc
given a third operand (its output), a name used on a line before the one that sets it, gate weights
wrapped in a one-item tuple, a weight with its decimal point slipped, a perceptron whose answer for two
numbers is not what threshold gives; predict classifying the data fit kept, fit's prediction made on an
array, the samples visited sorted by label, a bias that only rises, the samples labelled 0 skipped, and
the weights moved by another formula of the update and the inputs than update * x_i, and an update
carried over from the samples before.
"""

from corpus.mutations import bug

P_LOOP = "            for x_i, y_i in zip(X, y):"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_WEIGHTS = "                self.weights += update * x_i  # our own array: safe in place"
P_BIAS = "                self.bias = float(self.bias + update)"
P_INIT_W = "        self.weights = np.zeros(X.shape[1])"
P_PREDICT_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"

CASES = [
    bug(
        'gates_or_weights_in_title_case', 'gates',
        [('OR_WEIGHTS = (0.0, 0.6, 0.6)', 'Or_Weights = (0.0, 0.6, 0.6)'), ('    either = perceptron(x1, x2, OR_WEIGHTS)', '    either = perceptron(x1, x2, Or_Weights)')],
        fails=['gate_weights[OR]'],
        hint='a misspelling of it',
        crashes=True,
        about='OR_WEIGHTS written Or_Weights, in xor too: the module has no OR_WEIGHTS',
    ),
    bug(
        'gates_threshold_isinstance_tuple_with_function', 'gates',
        [('    if isinstance(z, np.ndarray):', '    if isinstance(z, (list, np.asarray)):')],
        fails=['threshold_on_numbers', 'threshold_on_arrays', 'threshold_on_numpy_numbers', 'perceptron_weighted_sum', 'xor_truth_table', 'xor_on_arrays'],
        hint='np.array is the function that makes arrays',
        crashes=True,
        about='threshold tests isinstance(z, (list, np.asarray)): a function in the tuple of types',
    ),
    bug(
        'gates_perceptron_np_add_out_zero', 'gates',
        [(G_Z, '    z = w0 + np.add(w1 * np.asarray(x1), w2 * np.asarray(x2), 0.0)')],
        fails=['perceptron_weighted_sum', 'xor_truth_table', 'xor_on_arrays'],
        hint='0.0 goes to out (the array to write the result into)',
        crashes=True,
        about='np.add given a third argument, 0.0, taken as its output',
    ),
    bug(
        'gates_and_weights_wrapped_twice', 'gates',
        [('AND_WEIGHTS = (-0.5, 0.6, 0.6)', 'AND_WEIGHTS = ((-0.5, 0.6, 0.6),)')],
        fails=['gate_weights[AND]', 'xor_truth_table', 'xor_on_arrays'],
        hint='makes a one-item tuple around your tuple',
        crashes=True,
        about="AND_WEIGHTS is a one-item tuple holding the weights' tuple",
    ),
    bug(
        'gates_and_weight_hundredth', 'gates',
        [('AND_WEIGHTS = (-0.5, 0.6, 0.6)', 'AND_WEIGHTS = (-0.5, 0.06, 0.6)')],
        fails=['gate_weights[AND]', 'xor_truth_table', 'xor_on_arrays'],
        hint='w1 = 0.06 of AND_WEIGHTS looks like a slip of the decimal point',
        about="AND's w1 typed 0.06 for 0.6",
    ),
    bug(
        'gates_nor_bias_tenfold', 'gates',
        [('NOR_WEIGHTS = (0.5, -0.6, -0.6)', 'NOR_WEIGHTS = (5.0, -0.6, -0.6)')],
        fails=['gate_weights[NOR]'],
        hint='w0 = 5 of NOR_WEIGHTS looks like a slip of the decimal point: with 0.5 in its place',
        about="NOR's w0 typed 5.0 for 0.5",
    ),
    bug(
        'gates_perceptron_answer_made_array', 'gates',
        [('    return threshold(z)\n', '    return np.array(threshold(z))\n')],
        fails=['perceptron_weighted_sum'],
        hint='what perceptron returns is not what your threshold gives',
        about='perceptron returns np.array(threshold(z)): a 0-d array for two numbers',
    ),
    bug(
        'perceptron_update_before_prediction', 'perceptron',
        [(P_PRED + '\n                update = self.lr * (y_i - prediction)', '                update = self.lr * (y_i - prediction)\n' + P_PRED)],
        fails=['fit_returns_self', 'weights_after_fit', 'predict_uses_step_at_zero', 'learns_gate[AND]', 'learns_gate[OR]', 'fit_leaves_data_alone', 'attribute_types', 'fit_accepts_lists', 'fit_starts_afresh', 'defaults_as_the_spec'],
        hint='runs before prediction is given its value',
        crashes=True,
        about='fit computes the update from a prediction made on the line after it',
    ),
    bug(
        'perceptron_predict_on_kept_data', 'perceptron',
        [(P_INIT_W, '        self._seen = np.asarray(X, dtype=float)\n' + P_INIT_W), (P_PREDICT_Z, '        z = self._seen @ self.weights + self.bias')],
        fails=['predict_uses_step_at_zero'],
        hint='one for each of the 4 samples fit was given',
        about='predict classifies the data fit kept, not its argument',
    ),
    bug(
        'perceptron_prediction_without_the_sum', 'perceptron',
        [(P_PRED, '                prediction = 1 if x_i * self.weights + self.bias >= 0 else 0')],
        fails=['fit_returns_self', 'weights_after_fit', 'predict_uses_step_at_zero', 'learns_gate[AND]', 'learns_gate[OR]', 'fit_leaves_data_alone', 'attribute_types', 'fit_accepts_lists', 'fit_starts_afresh', 'defaults_as_the_spec'],
        hint='x_i * weights without the sum',
        crashes=True,
        about="fit's prediction compares x_i * weights + bias, an array, with 0",
    ),
    bug(
        'perceptron_visits_positives_first', 'perceptron',
        [(P_LOOP, '            for x_i, y_i in sorted(zip(X, y), key=lambda pair: -pair[1]):')],
        fails=['weights_after_fit'],
        hint='those labelled 1 first',
        about='fit visits the samples sorted with label 1 first',
    ),
    bug(
        'perceptron_bias_clipped_at_zero_update', 'perceptron',
        [(P_BIAS, '                self.bias = float(self.bias + max(update, 0.0))')],
        fails=['weights_after_fit', 'learns_gate[AND]', 'learns_gate[OR]'],
        hint='it moves only when the update is positive',
        about='fit adds only positive updates to the bias',
    ),
    bug(
        'perceptron_label_zero_passed_over', 'perceptron',
        [(P_PRED, '                if not y_i:\n                    continue\n' + P_PRED)],
        fails=['weights_after_fit', 'learns_gate[AND]', 'learns_gate[OR]', 'fit_leaves_data_alone', 'attribute_types', 'fit_accepts_lists', 'fit_starts_afresh', 'defaults_as_the_spec'],
        hint='or the samples labelled 0 are skipped',
        about='fit skips the samples whose label is 0',
    ),
    bug(
        'perceptron_weights_step_input_plus_one', 'perceptron',
        [(P_WEIGHTS, '                self.weights += update * (x_i + 1)')],
        fails=['weights_after_fit'],
        hint='your weights do not move by update * x_i',
        about='fit moves the weights by update * (x_i + 1)',
    ),
    bug(
        'perceptron_update_never_reset', 'perceptron',
        [("        for _ in range(self.epochs):\n", "        update = 0.0\n        for _ in range(self.epochs):\n"),
         (P_UPDATE, P_UPDATE.replace("update = ", "update += "))],
        fails=['weights_after_fit', 'learns_gate[AND]', 'learns_gate[OR]'],
        hint="this sample's update added to the updates of the samples before it in the epoch, carried over",
        about="fit's update is set to 0 once, before the loop over the epochs, and each sample adds its own to it",
    ),
]
