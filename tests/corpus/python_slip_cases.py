"""Corpus cases for Python's own errors that a slip of habit gives, read by ``grading/python_slips.py``
and ``grading/import_hints.py``: a default computed from another argument when the def line runs, a line
at the top of the file that uses a class defined below it, ``^`` for a power, a dict
read as if its keys were attributes, and ``*`` where the matrix product belongs. With their exact expected
outcomes (``mutations.py``).
"""

from corpus.mutations import bug

BP_ALL = ['feedforward', 'backprop_gradients', 'train_uses_learn_rate', 'sgd_step', 'sgd_step_gives_python_floats',
          'train_trajectory', 'training_separates_emily_and_frank', 'train_uses_its_data', 'train_defaults']
MLP_ALL = ['fresh_network', 'forward', 'loss', 'backward_gradient_check', 'step', 'fit_trajectory', 'learns_xor',
           'fit_is_vectorised', 'predict_threshold', 'spec_defaults', 'forward_is_stable', 'callers_data_left_alone',
           'backward_takes_any_y']

CASES = [
    bug(
        'bp_train_epochs_default_from_data', 'backprop',
        [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
          "def train(data, all_y_trues, params, learn_rate=0.1, epochs=len(data) * 100):")],
        fails=BP_ALL,
        hint='gives the parameter epochs a default that uses data',
        also={'train_defaults': 'if epochs is None'},
        crashes=True,
        about="train's default epochs computed from data on the def line: NameError at import",
    ),
    bug(
        'mlp_tries_itself_before_the_class', 'mlp',
        [("\n\nclass MLP:", "\n\nprint(MLP(2, 3, 1).forward(np.ones((1, 2))))\n\n\nclass MLP:")],
        fails=MLP_ALL,
        hint='which the file defines only on line',
        also={'forward': 'if __name__ == "__main__":'},
        crashes=True,
        about="a line trying the class out, placed above class MLP: NameError at import",
    ),
    bug(
        'act_sigmoid_derivative_caret_square', 'activations',
        [("    return s * (1.0 - s)", "    return s - s ^ 2")],
        fails=['sigmoid_derivative', 'derivatives_on_large_inputs'],
        hint='^ is not a power',
        also={'derivatives_on_large_inputs': 'fix sigmoid_derivative first'},
        crashes=True,
        about="sigmoid_derivative squares with ^, Python's bitwise xor",
    ),
    bug(
        'bp_sgd_step_getattr_on_dict', 'backprop',
        [("        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES",
          "        name: float(getattr(params, name) - learn_rate * grads[name]) for name in PARAM_NAMES")],
        fails=['sgd_step', 'train_uses_learn_rate', 'sgd_step_gives_python_floats', 'train_trajectory',
               'training_separates_emily_and_frank', 'train_uses_its_data', 'train_defaults'],
        hint='read with square brackets',
        also={'sgd_step_gives_python_floats': 'fix sgd_step first'},
        crashes=True,
        about="sgd_step reads each parameter with getattr(params, name), as if the dict's keys were attributes",
    ),
    bug(
        'mlp_backward_hidden_error_elementwise', 'mlp',
        [("        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)", "        dZ1 = (dZ2 * self.W2.T) * A1 * (1.0 - A1)")],
        fails=['backward_gradient_check'],
        hint='those two shapes fit a matrix product (@)',
        about="backward multiplies dZ2 by W2.T element-wise where the matrix product belongs",
    ),
]
