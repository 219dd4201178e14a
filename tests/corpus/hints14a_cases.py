"""Corpus cases for the gates and perceptron inputs that no check tried before hints14a, in our own
spellings, with their exact expected outcomes (``mutations.py``): NumPy's own numbers and 0-d arrays in
threshold (the module's docstring), inputs other than 0 and 1 in perceptron (the spec's "any numbers",
where x, int(x), bool(x), abs(x) and x * x agree on 0 and 1), an integer X in fit and a list in predict
(the perceptron module's docstring: array-like, its example an integer X), an X truncated in predict, and an
update divided by the number of samples (which one data set, with lr = 1/n, cannot tell from the rule), and a fit
that leaves out the last or first sample or goes backwards (which a fit on one sample cannot show: every prefix must agree).
"""

from corpus.mutations import alternative, bug

G_THRESHOLD = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
P_X = "        X = np.asarray(X, dtype=float)"
P_INIT = "        self.weights = np.zeros(X.shape[1])"
P_PREDICT = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"

CASES = [
    bug(
        "gates_threshold_python_number_types_only", "gates",
        [(G_THRESHOLD, "    if isinstance(z, (int, float)):\n        return int(z >= 0.5)\n    return (z >= 0.5).astype(int)")],
        fails=["threshold_on_numpy_numbers"],
        hint="for NumPy integers such as np.int64 and NumPy floats such as np.float32",
        about="threshold takes the number path for Python ints and floats only, so np.int64 gives a NumPy integer",
    ),
    bug(
        "gates_threshold_number_path_by_ndim", "gates",
        [(G_THRESHOLD, "    if np.ndim(z) == 0:\n        return int(z >= 0.5)\n    return (z >= 0.5).astype(int)")],
        fails=["threshold_on_numpy_numbers"],
        hint="gives a Python int for a 0-d NumPy array",
        about="threshold sends everything without axes, 0-d arrays too, down the number path",
    ),
    bug(
        "gates_perceptron_inputs_made_int", "gates",
        [(G_Z, "    z = w0 + w1 * np.asarray(x1, dtype=int) + w2 * np.asarray(x2, dtype=int)")],
        fails=["perceptron_weighted_sum"],
        hint="each input is cut to a whole number",
        about="perceptron turns its inputs into integer arrays, which is harmless on 0 and 1 only",
    ),
    bug(
        "gates_perceptron_inputs_as_truth_values", "gates",
        [(G_Z, "    z = w0 + w1 * (np.asarray(x1) > 0) + w2 * (np.asarray(x2) > 0)")],
        fails=["perceptron_weighted_sum"],
        hint="each input is made 0 or 1 by its sign",
        about="perceptron reads each input as on or off (x > 0) before weighting it",
    ),
    bug(
        "gates_perceptron_x1_squared", "gates",
        [(G_Z, "    z = w0 + w1 * np.asarray(x1) ** 2 + w2 * np.asarray(x2)")],
        fails=["perceptron_weighted_sum"],
        hint="x1 alone is squared",
        about="perceptron squares its first input, which 0 and 1 hide",
    ),
    bug(
        "gates_perceptron_inputs_abs", "gates",
        [(G_Z, "    z = w0 + w1 * np.abs(x1) + w2 * np.abs(x2)")],
        fails=["perceptron_weighted_sum"],
        hint="made positive, as abs() does",
        about="perceptron weights the inputs' sizes, not the inputs",
    ),
    bug(
        "gates_perceptron_inputs_clipped", "gates",
        [(G_Z, "    z = w0 + w1 * np.clip(x1, 0, 1) + w2 * np.clip(x2, 0, 1)")],
        fails=["perceptron_weighted_sum"],
        hint="clipped to between 0 and 1",
        about="perceptron clips its inputs to the gate range before weighting them",
    ),
    bug(
        "perceptron_weights_zeros_like_sample", "perceptron",
        [(P_X, "        X = np.asarray(X)"), (P_INIT, "        self.weights = np.zeros_like(X[0])")],
        fails=["fit_accepts_lists"],
        hint="fit fails on an integer X",
        about="fit makes its weights zeros_like a sample, integers for an integer X, so the in-place update fails",
    ),
    bug(
        "perceptron_weights_dtype_of_X", "perceptron",
        [(P_X, "        X = np.asarray(X)"), (P_INIT, "        self.weights = np.zeros(X.shape[1], dtype=X.dtype)")],
        fails=["fit_accepts_lists"],
        hint="its weights take X's integer dtype",
        about="fit makes its weights with X's dtype",
    ),
    bug(
        "perceptron_predict_dot_method", "perceptron",
        [(P_PREDICT, "        z = X.dot(self.weights) + self.bias")],
        fails=["fit_accepts_lists"],
        hint="predict must take X as a Python list",
        about="predict calls X.dot, which a list does not have",
    ),
    bug(
        "perceptron_predict_truncates_X", "perceptron",
        [(P_PREDICT, "        z = np.asarray(X, dtype=int) @ self.weights + self.bias")],
        fails=["predict_uses_step_at_zero"],
        hint="those of X with its fractions dropped",
        about="predict turns X into integers before the weighted sum",
    ),
    bug(
        "perceptron_update_error_over_n_samples", "perceptron",
        [("                update = self.lr * (y_i - prediction)", "                update = (y_i - prediction) / len(X)")],
        fails=["weights_after_fit"],
        hint="divides the error by the number of samples",
        about="fit's update is the error over the number of samples, with no learning rate (lr is 1/n on one data set)",
    ),
    bug(
        "perceptron_loop_leaves_out_last_sample", "perceptron",
        [("            for x_i, y_i in zip(X, y):", "            for x_i, y_i in zip(X[:-1], y[:-1]):")],
        fails=["weights_after_fit", "learns_gate[AND]"],
        hint="never learns from the last sample it is given",
        about="fit's loop stops one sample early, which a fit on one sample shows as no step at all",
    ),
    bug(
        "perceptron_loop_slices_off_first_sample", "perceptron",
        [("            for x_i, y_i in zip(X, y):", "            for x_i, y_i in zip(X[1:], y[1:]):")],
        fails=["weights_after_fit", "learns_gate[OR]"],
        hint="never learns from the first sample it is given",
        about="fit's loop starts at the second sample",
    ),
    bug(
        "perceptron_loop_backwards", "perceptron",
        [("            for x_i, y_i in zip(X, y):", "            for x_i, y_i in zip(X[::-1], y[::-1]):")],
        fails=["weights_after_fit"],
        hint="visits the samples from last to first",
        about="fit visits the samples in reverse order, which a fit on one sample cannot show",
    ),
    alternative(
        "var_gates_threshold_isscalar", "gates",
        [(G_THRESHOLD, "    if np.isscalar(z):\n        return int(z >= 0.5)\n    return (np.asarray(z) >= 0.5).astype(int)")],
        about="threshold tells numbers from arrays with np.isscalar (a 0-d array is no scalar to it)",
    ),
    alternative(
        "var_perceptron_X_dtype_kept_float_weights", "perceptron",
        [(P_X, "        X = np.asarray(X)"), (P_INIT, "        self.weights = np.zeros(X.shape[1], dtype=float)")],
        about="fit keeps X's own dtype and makes float weights",
    ),
]
