"""Corpus cases for the classes of mistake the fifth held-out corpus found in perceptron, backprop and mlp.

``tests/heldout5/`` (written blind) showed two classes no hint named: an update made at the wrong
loop level (the perceptron's bias moved once per epoch, after the loop over the samples) and a
loss recorded at the wrong time or level (train recording inside its loop over the samples).
Each case here is another spelling of one of those classes, written for this file, with its
exact expected outcome; same helpers and rules as ``mutations.py``. Two more classes came with
the work: a sigmoid's slope taken at another neuron's output (the review of heldout5 found its
hint named suspects, not the slip), and weights moved without the sample's inputs (heldout4's
case kept its name only by a misleading hint once a perceptron mistake had to explain every data
set). An MLP stepped per sample has no case here: such a fit is slow too, and the timed check's
verdict then depends on the machine's load; ``tests/test_loop_level_hints.py`` pins it.
"""

from corpus.mutations import bug

PERCEPTRON_UPDATE = ("                self.weights += update * x_i  # our own array: safe in place\n"
                     "                self.bias = float(self.bias + update)\n")

SAMPLE_LOOP = ("        for x, y_true in zip(data, all_y_trues):\n"
               "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")
EPOCH_LOSS = ("        predictions = [feedforward(params, x) for x in data]\n"
              "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
              "        losses.append(float(sum(errors) / len(errors)))\n")

MLP_FIT = ("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
           "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n")

CASES = [
    bug(
        'perceptron_weights_update_after_sample_loop', 'perceptron',
        [(PERCEPTRON_UPDATE, "                self.bias = float(self.bias + update)\n"
                             "            self.weights += update * x_i\n")],
        fails=['weights_after_fit', 'learns_gate[OR]'],
        hint='Your weights move once per epoch, after the loop over the samples, by the last sample',
        about='fit moves the weights after the sample loop (once per epoch, by the last update), the bias after every sample',
    ),
    bug(
        'perceptron_batch_update_per_epoch', 'perceptron',
        [("            for x_i, y_i in zip(X, y):\n", "            total_w, total_b = np.zeros_like(self.weights), 0.0\n"
                                                     "            for x_i, y_i in zip(X, y):\n"),
         (PERCEPTRON_UPDATE, "                total_w += update * x_i\n                total_b += update\n"
                             "            self.weights += total_w\n            self.bias = float(self.bias + total_b)\n")],
        fails=['weights_after_fit'],
        hint='Your fit learns what a batch update learns',
        about="fit adds up the epoch's updates and applies them after the sample loop (a batch perceptron)",
    ),
    bug(
        'perceptron_bias_sums_epoch_errors', 'perceptron',
        [("            for x_i, y_i in zip(X, y):\n", "            errors = 0.0\n            for x_i, y_i in zip(X, y):\n"),
         (PERCEPTRON_UPDATE, "                self.weights += update * x_i\n                errors += y_i - prediction\n"
                             "            self.bias += self.lr * errors\n")],
        fails=['weights_after_fit'],
        hint='Your bias moves once per epoch, by the sum of the epoch',
        about="fit moves the bias once per epoch by lr times the epoch's summed errors, the weights per sample",
    ),
    bug(
        'bp_train_records_each_sample_loss', 'backprop',
        [(SAMPLE_LOOP + EPOCH_LOSS, "        for x, y_true in zip(data, all_y_trues):\n"
                                    "            losses.append(float((y_true - feedforward(params, x)) ** 2))\n"
                                    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")],
        fails=['train_trajectory'],
        hint="each sample's own squared error before its step: one for every sample",
        about="train appends each sample's squared error inside the sample loop, before its step, and no epoch loss",
    ),
    bug(
        'bp_train_loss_before_first_epoch', 'backprop',
        [("    losses = []\n", "    start = [feedforward(params, x) for x in data]\n"
                               "    losses = [float(np.mean((np.asarray(all_y_trues) - start) ** 2))]\n")],
        fails=['train_trajectory'],
        hint='with one more in front, the MSE at the starting parameters',
        about="train records the starting parameters' MSE before the first epoch, then one per epoch",
    ),
    bug(
        'bp_train_loss_running_total', 'backprop',
        [("    losses = []\n", "    losses = []\n    total = 0.0\n"),
         ("        losses.append(float(sum(errors) / len(errors)))\n",
          "        total += sum(errors) / len(errors)\n        losses.append(float(total))\n")],
        fails=['train_trajectory'],
        hint="the sum of the epochs' losses so far",
        about='train appends a running total of the epoch losses, never reset',
    ),
    bug(
        'bp_train_step_after_sample_loop', 'backprop',
        [(SAMPLE_LOOP, "        for x, y_true in zip(data, all_y_trues):\n            grads = backprop(params, x, y_true)\n"
                       "        params = sgd_step(params, grads, learn_rate)\n")],
        fails=['train_trajectory', 'training_separates_emily_and_frank'],
        hint="with the last sample's gradient only",
        about="train's sgd_step sits after the sample loop: one step per epoch, with the last sample's gradient",
    ),
    bug(
        'bp_train_one_mean_step_per_epoch', 'backprop',
        [(SAMPLE_LOOP, "        all_grads = [backprop(params, x, y_true) for x, y_true in zip(data, all_y_trues)]\n"
                       "        mean = {name: np.mean([g[name] for g in all_grads]) for name in PARAM_NAMES}\n"
                       "        params = sgd_step(params, mean, learn_rate)\n")],
        fails=['train_trajectory'],
        hint="by the mean of the epoch's gradients",
        about="train averages the epoch's gradients and takes one sgd_step per epoch (batch gradient descent)",
    ),
    bug(
        'mlp_fit_loss_computed_once', 'mlp',
        [(MLP_FIT, "        losses = np.empty(epochs)\n        start_loss = self.loss(X, y)\n"
                   "        for epoch in range(epochs):\n            losses[epoch] = start_loss\n"
                   "            self.step(self.backward(X, y))\n")],
        fails=['fit_trajectory', 'fit_is_vectorised'],
        hint="Every loss your fit records is the one at the starting weights",
        about='fit computes loss(X, y) once before the epoch loop and stores that value in every epoch',
    ),
    bug(
        'mlp_fit_losses_summed_up', 'mlp',
        [(MLP_FIT, "        losses, total = [], 0.0\n        for epoch in range(epochs):\n"
                   "            total += self.loss(X, y)\n            losses.append(total)\n"
                   "            self.step(self.backward(X, y))\n"),
         ("        return losses\n", "        return np.array(losses)\n")],
        fails=['fit_trajectory', 'fit_is_vectorised'],
        hint="the sum of the epochs' losses so far",
        about='fit appends a running total of the losses',
    ),
    bug(
        'mlp_fit_final_loss_appended', 'mlp',
        [(MLP_FIT, "        losses = []\n        for epoch in range(epochs):\n            losses.append(self.loss(X, y))\n"
                   "            self.step(self.backward(X, y))\n        losses.append(self.loss(X, y))\n"),
         ("        return losses\n", "        return np.array(losses)\n")],
        fails=['fit_trajectory', 'fit_is_vectorised'],
        hint="and one more after the epoch loop, the loss the last step left",
        about='fit appends the loss once more after the epoch loop, 41 losses for 40 epochs',
    ),
    bug(
        'perceptron_both_updates_after_sample_loop', 'perceptron',
        [(PERCEPTRON_UPDATE, "            self.weights = self.weights + update * x_i\n"
                             "            self.bias = float(self.bias + update)\n")],
        fails=['weights_after_fit', 'learns_gate[AND]', 'learns_gate[OR]'],
        hint='Your weights and bias move once per epoch, after the loop over the samples, by the last sample',
        about="fit's two update lines sit after the sample loop: one update per epoch, the last sample's",
    ),
    bug(
        'bp_train_mse_after_every_step', 'backprop',
        [(SAMPLE_LOOP + EPOCH_LOSS, SAMPLE_LOOP + "            outputs = [feedforward(params, sample) for sample in data]\n"
                                    "            losses.append(float(np.mean((np.asarray(all_y_trues) - outputs) ** 2)))\n")],
        fails=['train_trajectory'],
        hint="the MSE over the data set after each sample's step: one for every sample",
        about="train records the data set's MSE after every sample's step, inside the sample loop",
    ),
    bug(
        'bp_h2_slope_copied_from_h1', 'backprop',
        [("    d_h2 = h2 * (1.0 - h2)", "    d_h2 = h1 * (1.0 - h1)")],
        fails=['backprop_gradients', 'train_trajectory'],
        hint="take the slope of h2's sigmoid at h1's output",
        about="backprop's line for h2's slope is copied from h1's and not edited",
    ),
    bug(
        'perceptron_weights_step_without_inputs', 'perceptron',
        [("                self.weights += update * x_i  # our own array: safe in place\n",
          "                self.weights += self.lr * (y_i - prediction)\n")],
        fails=['weights_after_fit', 'learns_gate[AND]', 'learns_gate[OR]'],
        hint="Your weights all move by the update itself, without the sample's inputs",
        about="fit adds lr * error to every weight, not multiplied by the sample's inputs",
    ),
]
