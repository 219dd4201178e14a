"""Corpus cases for the classes of backprop and mlp the twenty-third held-out corpus showed after its blind run, in
our own spellings, with their exact expected outcomes (``mutations.py``): an sgd_step that moves every parameter by
one amount (the sum of the gradients); bias partials multiplied by the bias; the two hidden slopes stored under each
other's names; sgd_step called twice per sample on one line; a step written with out= into the gradients; a fit that
steps with a running total of the gradients, one that skips its first step or steps with the previous pass's
gradients; a loss divided by the inputs' count; a 1-D bias gradient from a vector of ones. ``bug`` for a mistake,
``alternative`` for correct code written another way.
"""

from corpus.mutations import alternative, bug

B_SGD = ("    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
         "    }\n")
B_BIASES = ("        \"b1\": d_L_d_h1 * d_h1,\n        \"b2\": d_L_d_h2 * d_h2,\n"
            "        \"b3\": d_L_d_o1 * d_o1,\n")
B_SLOPES = "    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)\n"
B_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
M_STEP = ("        for name in PARAM_NAMES:\n            param = getattr(self, name)\n"
          "            param -= self.lr * grads[name]\n")
M_FIT_BODY = "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
M_LOSS_RET = "        return float(np.mean((A2 - Y) ** 2))\n"
M_DB1 = "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"

CASES = [
    bug(
        'h23c_bp_sgd_step_sum_of_grads', 'backprop',
        [(B_SGD,
          '    total = sum(grads.values())\n'
          '    new = {}\n'
          '    for key in PARAM_NAMES:\n'
          '        new[key] = float(params[key] - learn_rate * total)\n'
          '    return new\n')],
        fails=['sgd_step', 'train_trajectory', 'training_separates_emily_and_frank'],
        hint='subtracts the same amount from all nine parameters',
        about='sgd_step moves every parameter by learn_rate times the sum of all the gradients',
    ),
    bug(
        'h23c_bp_bias_partials_times_bias', 'backprop',
        [(B_BIASES,
          '        "b1": p["b1"] * d_L_d_h1 * d_h1,\n'
          '        "b2": p["b2"] * d_L_d_h2 * d_h2,\n'
          '        "b3": p["b3"] * d_L_d_o1 * d_o1,\n')],
        fails=['backprop_gradients', 'train_trajectory'],
        hint="multiplied by the bias's own value",
        about='backprop multiplies each bias partial by the bias itself',
    ),
    bug(
        'h23c_bp_hidden_slopes_crossed', 'backprop',
        [(B_SLOPES, '    d_h1 = h2 * (1.0 - h2)\n    d_h2 = h1 * (1.0 - h1)\n')],
        fails=['backprop_gradients', 'train_trajectory'],
        hint='the two hidden slopes are swapped',
        about="backprop stores h2's slope as d_h1 and h1's as d_h2, on two lines",
    ),
    bug(
        'h23c_bp_train_step_nested_twice', 'backprop',
        [(B_STEP,
          '            g = backprop(params, x, y_true)\n'
          '            params = sgd_step(sgd_step(params, g, learn_rate), g, learn_rate)\n')],
        fails=['train_trajectory'],
        hint='calls sgd_step twice on one line',
        about='train steps twice per sample, sgd_step(sgd_step(...)) on one line',
    ),
    bug(
        'h23c_mlp_step_add_out_into_grads', 'mlp',
        [(M_STEP,
          '        for name in PARAM_NAMES:\n'
          '            np.add(getattr(self, name), -self.lr * grads[name], out=grads[name])\n')],
        fails=['step', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised'],
        hint='writes its result with out=grads[name]',
        about='step writes np.add(param, -lr * grad, out=grads[name]), so the gradient receives the result',
    ),
    bug(
        'h23c_mlp_fit_running_gradient_total', 'mlp',
        [(M_FIT_BODY,
          '            losses[epoch] = self.loss(X, y)\n'
          '            fresh = self.backward(X, y)\n'
          '            if epoch == 0:\n'
          '                running = fresh\n'
          '            else:\n'
          '                running = {k: running[k] + fresh[k] for k in fresh}\n'
          '            self.step(running)\n')],
        fails=['fit_trajectory', 'learns_xor', 'fit_is_vectorised'],
        hint='steps with the sum of all the gradients so far',
        about='fit steps with a running total of the gradients, started in epoch 0 and never reset',
    ),
    bug(
        'h23c_mlp_fit_first_step_skipped', 'mlp',
        [(M_FIT_BODY,
          '            losses[epoch] = self.loss(X, y)\n'
          '            if epoch > 0:\n'
          '                self.step(self.backward(X, y))\n')],
        fails=['fit_trajectory', 'fit_is_vectorised'],
        hint='the right ones one epoch late',
        about='fit skips the step in its first epoch (if epoch > 0)',
    ),
    bug(
        'h23c_mlp_fit_steps_with_pending_grads', 'mlp',
        [(M_FIT_BODY,
          '            losses[epoch] = self.loss(X, y)\n'
          '            if epoch:\n'
          '                self.step(pending)\n'
          '            pending = self.backward(X, y)\n')],
        fails=['fit_trajectory', 'fit_is_vectorised'],
        hint='computed in the previous pass of the loop',
        about='fit steps with the gradients kept from the previous pass of the loop',
    ),
    bug(
        'h23c_mlp_loss_over_input_entries', 'mlp',
        [(M_LOSS_RET,
          '        rows, cols = np.shape(X)\n'
          '        return float(((A2 - Y) ** 2).sum() / (rows * cols))\n')],
        fails=['loss', 'fit_trajectory', 'fit_is_vectorised'],
        hint='I = X.size, the number of input values',
        about='loss divides the summed squared errors by rows * cols of X',
    ),
    bug(
        'h23c_mlp_db1_ones_vector_right', 'mlp',
        [(M_DB1, '            "b1": dZ1.T @ np.ones(len(X)),\n')],
        fails=['backward_gradient_check'],
        hint='Your db1 is a 1-D vector',
        about="backward's b1 gradient is dZ1.T @ np.ones(m), a 1-D vector",
    ),
    alternative(
        'h23c_alt_mlp_step_subtract_out_param', 'mlp',
        [(M_STEP,
          '        for name in PARAM_NAMES:\n'
          '            np.subtract(getattr(self, name), self.lr * grads[name], out=getattr(self, name))\n')],
        about='step writes np.subtract(param, lr * grad, out=param), into the parameter itself',
    ),
    alternative(
        'h23c_alt_mlp_fit_grads_before_loss', 'mlp',
        [(M_FIT_BODY,
          '            grads = self.backward(X, y)\n'
          '            losses[epoch] = self.loss(X, y)\n'
          '            self.step(grads)\n')],
        about='fit computes the gradients before recording the loss, then steps with them',
    ),
    alternative(
        'h23c_alt_bp_sgd_step_items', 'backprop',
        [(B_SGD, '    return {key: float(value - learn_rate * grads[key]) for key, value in params.items()}\n')],
        about='sgd_step builds the new dict from params.items()',
    ),
]
