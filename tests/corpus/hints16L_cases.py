"""Corpus cases for the classes hints16L names, in our own spellings, with their exact expected outcomes
(``mutations.py``): a fit that hands step something other than backward's gradients, where every part is
right, points every fit check to how fit calls them (not only the first); gate weights whose row (0, 0)
misses (w0 alone decides it) and gate weights that are another gate's negated; a perceptron fit whose
weights are a view of a row of X, one that changes X otherwise, and one whose epoch ends at the first
sample it predicts right; Neuron.feedforward's float: float32 loses the hidden check of its answer's form (neuron_accepts_lists), a 0-d float64
array and an np.float64 are the float the spec asks for.
"""

from corpus.mutations import alternative, bug

MLP_STEP = "            self.step(self.backward(X, y))"
FIT_WIRING = "the mistake is in how fit calls them"
LATER_FITS = ("fit_trajectory", "learns_xor", "fit_is_vectorised")

CASES = [
    # -- mlp: fit hands step the loss (or another value) where backward's gradients belong
    bug(
        "hints16L_mlp_fit_steps_with_the_recorded_loss", "mlp",
        [(MLP_STEP, "            self.step(losses[epoch])")],
        fails=["fresh_network", *LATER_FITS], crashes=True, hint=FIT_WIRING,
        also={name: FIT_WIRING for name in LATER_FITS},
        about="fit hands step the loss it has just recorded instead of backward's gradients",
    ),
    bug(
        "hints16L_mlp_fit_steps_with_forward", "mlp",
        [(MLP_STEP, "            self.step(self.forward(X))")],
        fails=["fresh_network", *LATER_FITS], crashes=True, hint=FIT_WIRING,
        also={name: FIT_WIRING for name in LATER_FITS},
        about="fit hands step forward's outputs instead of backward's gradients",
    ),
]

CASES += [
    # -- gates: (0, 0) among the rows that miss, all on one side: w0 alone decides it
    bug(
        "hints16L_gates_nand_w0_too_small", "gates",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (0.3, -0.1, -0.1)")],
        fails=["gate_weights[NAND]", "xor_truth_table", "xor_on_arrays"],
        hint="and (0, 0) is one of them: with both inputs 0 its sum is w0 alone (0.3)",
        about="NAND's weights are all too small: (0, 0) sums to w0 = 0.3, below 0.5",
    ),
    bug(
        "hints16L_gates_and_w0_too_large", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (0.6, 0.6, 0.6)")],
        fails=["gate_weights[AND]", "xor_truth_table", "xor_on_arrays"],
        hint="so no choice of w1 and w2 can lower it. Make w0 less than 0.5",
        about="AND's w0 typed as its input weights, 0.6: (0, 0) sums to 0.6 and fires",
    ),
    # -- gates: another gate's weights with every sign turned, meant as its opposite
    bug(
        "hints16L_gates_nand_as_or_negated", "gates",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (0.1, -0.7, -0.7)"),
         ("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (-0.1, 0.7, 0.7)")],
        fails=["gate_weights[NAND]", "xor_truth_table", "xor_on_arrays"],
        hint="Your NAND_WEIGHTS are your OR_WEIGHTS with every sign turned",
        about="NAND written as its own OR weights (-0.1, 0.7, 0.7) negated, NOT OR; at the 0.5 threshold it never fires",
    ),
]

P_ZEROS = "        self.weights = np.zeros(X.shape[1])"
P_BIAS = "                self.bias = float(self.bias + update)"
CASES += [
    # -- perceptron: fit writes into X (the weights a view of one of its rows, or X changed otherwise)
    bug(
        "hints16L_perceptron_weights_view_of_last_row", "perceptron",
        [(P_ZEROS, "        self.weights = X[-1]\n        self.weights[:] = 0.0")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]", "fit_leaves_data_alone"],
        hint="after fit, row 3 of X holds exactly the weights fit learned",
        about="fit starts its weights as X's last row set to zeros, a view: every update writes into X",
    ),
    bug(
        "hints16L_perceptron_centres_X_in_place", "perceptron",
        [(P_ZEROS, "        X -= X.mean(axis=0)\n" + P_ZEROS)],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]", "fit_leaves_data_alone"],
        hint="Your fit changes the X it is given",
        about="fit centres X in place before learning, which changes the caller's X and what is learned",
    ),
    # -- perceptron: an epoch that ends at the first sample predicted right
    bug(
        "hints16L_perceptron_break_when_no_update", "perceptron",
        [(P_BIAS, P_BIAS + "\n                if update == 0:\n                    break")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="Your fit ends each epoch at the first sample it already predicts right",
        about="fit leaves the epoch's loop at the first sample whose update is 0",
    ),
]

N_RETURN = "        return float(_sigmoid(total))"
CASES += [
    # -- neuron: feedforward's float at float64's precision (the instructor's reading: test_neuron.py)
    bug(
        "hints16L_neuron_feedforward_float32", "neuron",
        [(N_RETURN, "        return np.float32(_sigmoid(total))")],
        fails=["neuron_accepts_lists"],
        hint="float32 keeps about 7 significant digits, where a Python float (and np.float64) keeps 16",
        about="Neuron.feedforward returns its activation as an np.float32",
    ),
    bug(
        "hints16L_neuron_feedforward_float32_sum", "neuron",
        [(N_RETURN, "        return _sigmoid(np.asarray(total, dtype=np.float32))")],
        fails=["neuron_accepts_lists"],
        hint="a narrower float32 does not. Compute in float64",
        about="Neuron.feedforward takes the sigmoid of its sum made float32",
    ),
    alternative(
        "hints16L_neuron_feedforward_0d_array", "neuron",
        [(N_RETURN, "        return _sigmoid(np.asarray(total))")],
        about="Neuron.feedforward returns the sigmoid as a 0-d float64 array: a float, as the spec reads",
    ),
    alternative(
        "hints16L_neuron_feedforward_np_float64", "neuron",
        [(N_RETURN, "        return np.float64(_sigmoid(total))")],
        about="Neuron.feedforward returns an np.float64",
    ),
]

CASES += [
    # -- several values where one belongs: the hint names the function the check called
    bug(
        "hints16L_act_sigmoid_derivative_returns_sigmoid_too", "activations",
        [("    return s * (1.0 - s)", "    return s * (1.0 - s), s")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"], hint="Your sigmoid_derivative returns 2 values at once",
        about="sigmoid_derivative returns its slope together with the sigmoid it was computed from",
    ),
]
