"""The perceptron's learning rule as common mistakes write it: what the checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code, which is most of the answer.
"""

import numpy as np


def fit_with_mistake(X, y, lr, epochs, *, sign=1.0, strict=False, bias=True, raw_sum=False, weight_sign=1.0,
                     bias_scale=1.0, minus_one_labels=False, bias_with_input=False, weight_input=True,
                     weights_at="sample", bias_at="sample", unsigned_error=False, nested=False, scaled=None,
                     predict_after=False, fit_bias=True, reset_weights=False, assigned=(), fires_at=0.0,
                     weight_scale=1.0, reset_bias=False, label_shift=0, error_as="error",
                     bias_by_lr=False, label_at=None, stale_update=False, predict_scale=1.0, weight_times="input",
                     frozen=None, half_at_zero=False, signed_stop=False, reset_each_sample=(), averaged=False,
                     step_norm=False):
    """The learning rule as a common mistake would write it (for hints): ``raw_sum`` updates with
    the weighted sum itself where the rule has the 0/1 prediction (Adaline's delta rule);
    ``weight_sign`` -1 subtracts the update from the weights only; ``bias_scale`` multiplies the
    bias's update (the learning rate a second time, say); ``minus_one_labels`` trains on the 0 labels
    turned into -1 (a +-1 tutorial's labels); ``bias_with_input`` adds to the bias the update times
    the sum of the sample's inputs, as if it were a weight; ``weight_input`` False adds the update
    itself to every weight, without multiplying it by the weight's input. ``weights_at`` and ``bias_at`` say at which
    loop level each moves: ``"sample"`` after every sample (the rule), ``"last"`` once per epoch, after
    the sample loop, by the last sample's update only, ``"sum"`` once per epoch by the sum of the
    epoch's updates (a batch update), ``"lr_sum"`` the same written as lr times the summed errors
    (which rounds differently, and a sum of exactly 0 decides a prediction); until it moves, every
    prediction of the epoch uses its old value. ``unsigned_error`` updates by lr for any mistake, whatever
    its direction (the error squared, or y_i != prediction); ``nested`` swaps the loops (each sample
    learned ``epochs`` times in a row, then the next); ``scaled`` learns on X rescaled first: ``"max"``
    divided by its largest absolute value, ``"columns"`` each feature by its own, ``"standard"`` each
    feature standardised; ``predict_after`` updates first and predicts afterwards, so each update uses
    the prediction made for the sample before (0 for the very first); ``scaled`` ``"int"`` learns on X
    truncated to integers. ``fit_bias`` False leaves the bias out of the predictions fit makes (it still
    learns); ``reset_weights`` sets the weights back to zeros at the start of every epoch (the bias
    carries on); ``assigned`` names the parameters (``"weights"``, ``"bias"``) that are set to the
    sample's update instead of moved by it. ``fires_at``: the number the step compares the weighted
    sum with (0 in the rule); ``weight_scale`` multiplies the weights' update only; ``reset_bias`` sets
    the bias back to 0 at the start of every epoch; ``label_shift`` pairs each sample with the label
    that many places before it (np.roll: the first samples take the last labels); ``error_as``
    ``"label"`` updates by lr times the label y_i where the rule has the error y_i - prediction;
    ``bias_by_lr`` moves the bias by lr after every sample, whatever the error; ``label_at`` trains every sample
    against the one label at that index (y[0] typed for y[i]); ``stale_update`` computes the update only after a
    wrong prediction and moves the weights and bias after every sample, a right one moving them again by the last
    update computed (0 before any); ``predict_scale`` multiplies the sample in the predictions fit makes only (X
    scaled by lr, with lr left out of the steps); ``weight_times`` ``"label"`` moves every weight by the update times
    the label y_i where the rule has the input x_i; ``frozen``: the index of a weight that never moves (a loop over
    the features that misses it); ``half_at_zero`` predicts 0.5 where the sum is exactly 0 (np.heaviside(z, 0.5));
    ``signed_stop`` stops after an epoch whose updates, signs and all, add up to 0; ``reset_each_sample`` names the
    parameters (``"weights"``, ``"bias"``) set back to zero before every sample; ``averaged`` leaves the averages of
    the weights and bias over every sample's step (an averaged perceptron); ``step_norm`` divides the weights'
    step by the sample's length, np.linalg.norm(x_i) (1 for a sample of zeros)."""
    X = _scaled(np.asarray(X, dtype=float), scaled)
    if nested or predict_after:
        return (_fit_nested if nested else _fit_predicting_after)(X, y, lr, epochs)
    weights, b = np.zeros(X.shape[1]), 0.0
    y = np.where(np.asarray(y) == 0, -1, y) if minus_one_labels else y
    y = np.roll(np.asarray(y), label_shift) if label_shift else y
    y = np.full(len(y), np.asarray(y)[label_at]) if label_at is not None and len(y) else y
    stale, sums, count = 0.0, np.zeros(X.shape[1] + 1), 0
    for _ in range(epochs):
        weights = np.zeros(X.shape[1]) if reset_weights else weights
        b = 0.0 if reset_bias else b
        moves = {"weights": [], "bias": []}  # per sample: (its update, the same without lr)
        for x_i, y_i in zip(X, y):
            weights = np.zeros(X.shape[1]) if "weights" in reset_each_sample else weights
            b = 0.0 if "bias" in reset_each_sample else b
            z = (predict_scale * x_i) @ weights + (b if fit_bias else 0.0)
            prediction = 1 if (z > fires_at if strict else z >= fires_at) else 0
            prediction = 0.5 if half_at_zero and z == 0 else prediction
            error = sign * (y_i - (z if raw_sum else prediction))
            error = y_i if error_as == "label" else error
            error = float(error != 0) if unsigned_error else error
            update = lr * error
            stale = update if not stale_update or error != 0 else stale
            update = stale if stale_update else update
            times = x_i if weight_input else np.ones_like(x_i)
            times = np.full_like(x_i, y_i) if weight_times == "label" else times
            times = np.where(np.arange(len(x_i)) == frozen % len(x_i), 0.0, times) if frozen is not None else times
            times = times / (np.linalg.norm(x_i) or 1.0) if step_norm else times
            moves["weights"].append((weight_scale * weight_sign * update * times, weight_scale * weight_sign * error * times))
            inputs = np.sum(x_i) if bias_with_input else 1.0
            moves["bias"].append((bias_scale * update * inputs, bias_scale * error * inputs) if bias else (0.0, 0.0))
            moves["bias"][-1] = (lr, 1.0) if bias_by_lr else moves["bias"][-1]
            weights = weights + moves["weights"][-1][0] if weights_at == "sample" else weights
            b = b + moves["bias"][-1][0] if bias_at == "sample" else b
            weights = moves["weights"][-1][0] if "weights" in assigned else weights
            b = moves["bias"][-1][0] if "bias" in assigned else b
            sums, count = (sums + np.append(weights, b), count + 1) if averaged else (sums, count)
        weights = weights + _epoch_move(moves["weights"], weights_at, lr)
        b = b + _epoch_move(moves["bias"], bias_at, lr)
        if signed_stop and sum(update for update, _ in moves["bias"]) == 0:
            break
    return sums / count if averaged and count else np.append(weights, b)


def _epoch_move(moves, level, lr):
    """What one parameter moves by at the end of an epoch, when it moves at ``level`` (see
    ``fit_with_mistake``; ``moves``: each sample's update with and without lr): nothing when it
    moved after every sample."""
    if level == "sample" or not moves:
        return 0.0
    if level == "last":
        return moves[-1][0]
    if level == "sum":
        return np.sum([update for update, _ in moves], axis=0)
    return lr * np.sum([error for _, error in moves], axis=0)


def predict_without_bias(weights, X):
    """predict's labels with the bias left out of the weighted sum."""
    return (np.asarray(X, dtype=float) @ np.asarray(weights, dtype=float) >= 0).astype(int)


def _scaled(X, how):
    """X as a fit that rescales its features first sees it (``how``: see ``fit_with_mistake``)."""
    with np.errstate(all="ignore"):
        if how == "max":
            return X / np.abs(X).max()
        if how == "columns":
            return X / np.abs(X).max(axis=0)
        if how == "int":
            return np.trunc(X)
        if how == "standard":
            return (X - X.mean(axis=0)) / X.std(axis=0)
    return X


def _fit_nested(X, y, lr, epochs):
    """The rule with its loops nested the other way: every sample learned ``epochs`` times in a row."""
    weights, b = np.zeros(X.shape[1]), 0.0
    for x_i, y_i in zip(X, y):
        for _ in range(epochs):
            prediction = 1 if x_i @ weights + b >= 0 else 0
            update = lr * (y_i - prediction)
            weights, b = weights + update * x_i, b + update
    return np.append(weights, b)


def _fit_predicting_after(X, y, lr, epochs):
    """The rule with the update before the prediction: each update uses the previous sample's prediction."""
    weights, b, prediction = np.zeros(X.shape[1]), 0.0, 0
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):
            update = lr * (y_i - prediction)
            weights, b = weights + update * x_i, b + update
            prediction = 1 if x_i @ weights + b >= 0 else 0
    return np.append(weights, b)
