"""Checks for exercise 4, ``neuron``: a neuron, a tiny network, a layer, parameter counts."""

import numpy as np
import pytest

from autograder.grading.compare import (RETURNED_NONE, CheckFailed, Misconception, describe, diagnose, expect_close,
                                        expect_float, fail_with, is_number, kind_of, list_error_hint)
from autograder.checking.siblings import load_sibling
from autograder.grading.common_hint import common_hint, disproved_hints
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "neuron_hints")  # a TinyNetwork that answers with a layer on the way to o1
count_hints = load_sibling(__file__, "neuron_count_hints")
sums = load_sibling(__file__, "neuron_sum_hints")  # a neuron's or a layer's weighted sum spelled wrong
layers = load_sibling(__file__, "neuron_layer_hints")  # a layer's list read as a whole: its order, its numbers
neurons = load_sibling(__file__, "neuron_feedforward")  # one neuron's known mistakes; one number, not an array
calls = load_sibling(__file__, "neuron_calls")  # each network asked twice, its input echoed; sizes left alone
parts = load_sibling(__file__, "neuron_tiny_parts")  # a wrong TinyNetwork's neurons asked alone
readers = load_sibling(__file__, "neuron_readers")  # a scaled sum, hidden sums fed on, lists paired otherwise
pyslips = load_sibling(__file__, "neuron_slips")  # a star parameter, append's None kept or one loop too deep, x written
lines = load_sibling(__file__, "neuron_source_hints")  # slips read off the student's lines: a return in a loop, a column
h17 = load_sibling(__file__, "neuron_h17")  # np.sum's axis, an outer product, a dict's keys, text, .index, a running total
h18 = load_sibling(__file__, "neuron_h18")  # one number in a list, a bias subtracted, pairs skipped or once, np.cross
h19 = load_sibling(__file__, "neuron_h19")  # weights paired in reverse or a bias folded in unaligned, a layer run twice
h20 = load_sibling(__file__, "neuron_h20")  # inputs rescaled, x + w for x * w, one neuron short, sum() from a list
spec = load_sibling(__file__, "neuron_spec_examples")  # asked as the spec writes them: lists, a square layer
passes = load_sibling(__file__, "neuron_later_neurons")  # a layer's later neurons fed the first one's leftovers
tally = load_sibling(__file__, "neuron_count_readings")  # a count with prev never moved, widths overflowed, lists times lists
fed = load_sibling(__file__, "neuron_tiny_fed")  # what o1 was handed: [hidden, 0.0] when a slot is never written
guards = load_sibling(__file__, "own_guard_readers")  # an assert or raise of the student's own on an allowed input
h22 = load_sibling(__file__, "neuron_h22")  # softsign for the sigmoid, o1 fed the previous call's hidden outputs, a total reset

EXERCISE = "neuron"

SWAPPED = (
    "weights[j] is neuron j's list of weights, one per input, so neuron j's output is the sum over i of "
    "inputs[i] * weights[j][i], plus biases[j]. Your code seems to read weights[i][j], with the two indices "
    "swapped{where}."
)
BIAS_PER_INPUT = (
    "The bias is added once per input, inside the sum: add biases[j] once per neuron, after summing "
    "inputs[i] * weights[j][i]."
)
LAYER_SIGMOID = (
    "Your outputs are the sigmoid of the right ones: layer_output has no activation. Return each neuron's "
    "weighted sum plus its bias, without the sigmoid."
)
LAYER_NO_BIAS = (
    "Your outputs are the weighted sums without the biases: no bias reaches the list you return. Either it is never "
    "added, or it is added where the result is not kept: a line such as outputs[j] + biases[j] alone computes a sum "
    "and throws it away (+= or an assignment stores it), and adding to a loop variable or a copy leaves the list as "
    "it was. Neuron j's output is the sum over i of inputs[i] * weights[j][i], plus its own bias, biases[j]."
)
FIRST_BIAS_ONLY = "Every neuron got biases[0]: neuron j adds its own bias, biases[j]."
LOOPS_OVER_INPUTS = (
    "Your list has one entry per input ({inputs}), and the layer has {neurons} neurons: the result holds one "
    "output per neuron, so the outer loop runs over the neurons, len(weights) of them, and the inner sum "
    "over the inputs."
)


@pytest.mark.weight(2)
def test_neuron_feedforward(student, reference, rng, seed):
    """Neuron(weights, bias).feedforward(x) = sigmoid(weights . x + bias), a float."""
    cases = [([0.0, 1.0], 4.0, [2.0, 3.0], "the lesson's example")]
    for _ in range(3):
        n = int(rng.integers(2, 6))
        cases.append((rng.normal(size=n).round(3).tolist(), round(float(rng.normal()), 3),
                      rng.normal(size=n).round(3).tolist(), f"random, seed {seed}"))  # fmt: skip
    asked = cases + sums.probes(cases[1])  # the probes: other inputs, weights
    found = calls.feedforwards(student, "Neuron", asked)
    replies = [answer for answer, _, _ in found]
    replies, probed = replies[:len(cases)], replies[len(cases):]
    answered = replies + probed
    mistakes = [neurons.neuron_mistakes(reference, weights, bias, x, slips=True) for weights, bias, x, _ in cases]
    numbers = [got for got in replies if is_number(got)]
    common = common_hint(numbers, mistakes) if len(numbers) == len(cases) else None  # saturated sums look alike
    unnamed = h22.squash_hint(cases, replies) or sums.whole_sum_hint(asked, answered) or \
        h20.combined_hint(asked, answered) or sums.unread_hint(replies[1], cases[1], probed) or sums.out_of_range_hint(numbers)
    wrong = len(numbers) == len(cases) and any(not np.isclose(got, sums.right(*case[:3]), rtol=1e-7, atol=1e-12)
                                               for got, case in zip(numbers, cases))  # fmt: skip
    if unnamed is None and common is None and wrong:  # the finder and the probe run only for a wrong answer
        common = h19.feedforward_hint(student, asked, answered)
        unnamed = h20.rescaled_inputs_hint(asked, answered) or \
            h20.bias_times_input_hint(asked, answered) or \
            h20.feedforward_paired_hint(asked, answered) or \
            sums.sum_formula_hint(asked, answered, wider=False) or \
            readers.scaled_sum_hint(asked, answered) or \
            sums.sum_formula_hint(asked, answered, only_wider=True) or \
            sums.unread_inputs_hint(student, cases, replies)
    plain = [neurons.neuron_mistakes(reference, weights, bias, x) for weights, bias, x, _ in cases]
    ruled_out = h20.widened(disproved_hints(replies, plain), plain)  # a mistake one case shows and another rules out
    for (weights, bias, x, what), got, alone in zip(cases, replies, plain):
        if isinstance(got, StudentError) and got.own_exception and (star := pyslips.feedforward_star_hint(student, weights, bias)):
            fail_with(got, star)
        with neurons.one_number(first=lambda exc: guards.guard_hint(exc, student) or h18.scalar_index_hint(exc) or h17.feedforward_error_hint(student, exc) or
                                lines.column_hint(student, "Neuron.feedforward", exc)):
            neurons.raise_error(got)
        call = f"Neuron({weights}, {bias}).feedforward({x}) ({what})"
        got = neurons.one_float(got, len(x), call)
        expected = reference.Neuron(np.array(weights), bias).feedforward(np.array(x))
        known = () if common else [m for m in alone if m.hint not in ruled_out]
        try:
            expect_close(got, expected, call=call, misconceptions=known,
                         hint=lambda: common or unnamed or h18.cross_hint(student, cases, replies))
        except CheckFailed as failed:  # the product of sums a column makes: the column named
            if (folded := h20.folded_zero_hint(student, failed.hint, neurons.NO_BIAS)) is not None:  # the bias given input 0
                raise CheckFailed(failed.message, hint=folded) from None
            if failed.hint != sums.FEEDFORWARD_SLIPS["product_of_sums"] or not (column := lines.column_outer_words(student)):
                raise
            raise CheckFailed(failed.message, hint=failed.hint + column) from None
    calls.expect_repeatable("Neuron", cases, found)


@pytest.mark.weight(2)
def test_tiny_network(student, reference, rng, seed):
    """TinyNetwork(weights, bias).feedforward(x): two hidden neurons feed one output neuron."""
    cases = [([0.0, 1.0], 0.0, [2.0, 3.0], "the lesson's example")]
    for _ in range(3):
        cases.append((rng.normal(size=2).round(3).tolist(), round(float(rng.normal()), 3),
                      rng.normal(size=2).round(3).tolist(), f"random, seed {seed}"))  # fmt: skip
    found = calls.feedforwards(student, "TinyNetwork", cases)
    replies = [answer for answer, _, _ in found]
    expected = [reference.TinyNetwork(np.array(weights), bias).feedforward(np.array(x)) for weights, bias, x, _ in cases]
    layers = [reference.mistakes.tiny_network_layers(weights, bias, x) for weights, bias, x, _ in cases]
    mistakes = [_tiny_mistakes(reference, weights, bias, x, known) for (weights, bias, x, _), known in zip(cases, layers)]
    numbers = [got for got in replies if not isinstance(got, StudentError)]
    common = common_hint(numbers, mistakes) if len(numbers) == len(cases) else None  # a lesson example may be ambiguous
    if common is None and len(numbers) == len(cases):  # hidden outputs cut to whole numbers, or o1's weights fixed
        common = h22.lagged_hint(student, cases, found, expected) or parts.whole_hidden_hint(student, cases, numbers) or hints.fixed_output_weights_hint(numbers, cases, layers)
    for index, ((weights, bias, x, what), got, right, known, misconceptions) in enumerate(
            zip(cases, replies, expected, layers, mistakes)):
        if isinstance(got, StudentError) and got.raised and hints.swapped_arguments_hint(student, weights, bias, x, got):
            raise CheckFailed(got.message, hint=hints.ARGUMENTS_SWAPPED)
        if isinstance(got, StudentError) and got.own_exception and hints.neuron_works(student, weights, bias, x):
            raise CheckFailed(got.message, hint=h17.tiny_dict_hint(student, got) or lines.tiny_error_hint(student, got) or readers.lazy_fed_hint(got)
                              or h19.tiny_error_hint(student, got) or hints.fed_wrong_hint(student, weights, bias, x, got))
        if isinstance(got, StudentError) and got.own_exception and hints.neuron_not_a_number_hint(student, weights, bias, x):
            raise CheckFailed(got.message, hint=hints.NEURON_NOT_A_NUMBER)
        with neurons.one_number(first=lambda exc: h17.feedforward_error_hint(student, exc) or
                                lines.column_hint(student, "Neuron.feedforward", exc)):
            neurons.raise_error(got)
        call = f"TinyNetwork({weights}, {bias}).feedforward({x}) ({what})"
        pyslips.expect_no_pair(got, right, known["hidden"], call)
        hints.expect_not_a_layer(got, known, call)
        hints.expect_called(got, "TinyNetwork.feedforward", call)
        h18.expect_not_wrapped(student, got, call)
        got = expect_float(got, call=call, expected=right)
        try:
            expect_close(got, right, call=call, misconceptions=misconceptions, hint=common)
        except CheckFailed as wrong:
            cause = _neuron_first(student, reference, weights, bias, x, got, (known["hidden"][0], right)) or h22.loop_rebinds_hint(student) or \
                calls.neuron_changes_input(student, weights, bias, x) or \
                pyslips.tiny_writes_x_hint(x, found[index][1], known["hidden"])
            hint = cause or wrong.hint or fed.slot_left_hint(student, cases, numbers, layers) or h19.tiny_hint(cases, numbers) or parts.parts_hint(student, weights, bias, x, cases, numbers)  # neurons alone
            raise CheckFailed(wrong.message, hint=hint) from None
    calls.expect_repeatable("TinyNetwork", cases, found)
    _expect_networks_apart(student, reference, cases[0], cases[1])
    spec.expect_tiny_from_lists(student)  # the spec's example, TinyNetwork([0, 1], 0): lists, not arrays


def _tiny_mistakes(reference, weights, bias, x, layers):
    """What a TinyNetwork gives for known wiring mistakes on this case."""
    one_layer = reference.Neuron(np.array(weights), bias).feedforward(np.array(x))
    without_bias = reference.mistakes.tiny_network_without_bias(weights, bias, x)
    return [Misconception(hints.HIDDEN_OUTPUT, one_layer), Misconception(hints.OUTPUT_SUM, layers["output_sum"]),
            Misconception(hints.HIDDEN_TOTAL, layers["hidden_total"]),
            Misconception(readers.HIDDEN_SUMS_FED, readers.hidden_sums_fed(weights, bias, layers)),
            *[Misconception(TINY_WITHOUT_BIAS[which], value) for which, value in without_bias.items()],
            *[Misconception(text, value) for text, value in hints.tiny_twice_mistakes(weights, bias, layers)]]


TINY_WITHOUT_BIAS = {
    which: f"Your network's {words} without the bias. All three neurons, h1, h2 and o1, are built from the same "
           "two arguments, the weights and the bias, so each one adds the bias to its own weighted sum: pass the "
           "bias on to every neuron you build, not 0 and not nothing."
    for which, words in (("o1", "output neuron o1 works"), ("hidden", "hidden neurons h1 and h2 work"),
                         ("all", "neurons all work"))
}
SHARED_NEURONS = (
    "A TinyNetwork built before another one gives the newer network's output: its neurons are shared by "
    "every network, as class attributes (TinyNetwork.h1 = ...) or a module-level variable are. Keep each "
    "network's neurons as attributes of the instance, self, which every network has of its own."
)


def _expect_networks_apart(student, reference, first, second):
    """Two TinyNetworks built one after the other keep their own neurons: the first still gives its
    own output once the second exists (``first`` and ``second``: cases of test_tiny_network)."""
    batch = student.batch()
    networks = [batch.invoke("TinyNetwork", (np.array(weights), bias)) for weights, bias, _, _ in (first, second)]
    outputs = [batch.invoke("feedforward", (np.array(first[2]),), on=network) for network in networks]
    replies = batch.run()
    weights, bias, x, _ = first
    call = (f"TinyNetwork({weights}, {bias}).feedforward({x}), asked after a second TinyNetwork({second[0]}, "
            f"{second[1]}) was built")
    expected = reference.TinyNetwork(np.array(weights), bias).feedforward(np.array(x))
    newer = expect_float(replies[outputs[1]], call=call)
    expect_close(expect_float(replies[outputs[0]], call=call), expected, call=call,
                 misconceptions=[Misconception(SHARED_NEURONS, newer)])  # fmt: skip


def _neuron_first(student, reference, weights, bias, x, got, output=None):
    """A hint naming Neuron when the student's own Neuron is wrong on this case: TinyNetwork is
    made of Neurons, so that is the first thing to fix. Stronger when ``got`` is exactly what
    three of the student's Neurons wired as the spec says would give. ``output`` (the right hidden
    value h and the network's right output) also asks the output neuron o1's question, Neuron on [h, h]."""
    try:
        hidden = expect_float(student.new("Neuron", np.array(weights), bias).call("feedforward", np.array(x)), call="")
        right = reference.Neuron(np.array(weights), bias).feedforward(np.array(x))
        on_hidden = True if output is None else np.isclose(expect_float(student.new("Neuron", np.array(weights), bias).call(
            "feedforward", np.array([output[0], output[0]])), call=""), output[1], rtol=1e-6, atol=1e-9)
        if np.isclose(hidden, right, rtol=1e-6, atol=1e-9) and on_hidden:
            return None  # the student's Neuron is right here: the mistake is TinyNetwork's own
        output = student.new("Neuron", np.array(weights), bias).call("feedforward", np.array([hidden, hidden]))
    except (CheckFailed, StudentError):
        return "TinyNetwork is made of Neurons, and your Neuron fails on this input: fix Neuron first."
    if diagnose(got, [Misconception("wired", output)]):
        return ("TinyNetwork is wired the right way, but it is made of your Neuron, which gives wrong outputs "
                "(see the check of Neuron.feedforward): fix Neuron first, and TinyNetwork follows.")  # fmt: skip
    return ("Your Neuron gives wrong outputs too (see the check of Neuron.feedforward), and TinyNetwork "
            "is made of Neurons: fix Neuron first.")


@pytest.mark.weight(2)
def test_layer_output(student, reference, rng, seed):
    """layer_output(inputs, weights, biases) gives one weighted sum plus bias per neuron, as a list."""
    cases = [([1.0, 2.0], [[0.5, -1.0], [2.0, 0.0], [0.0, 0.25]], [0.5, 1.0, -1.0], "a small example")]
    n_in, n_out = int(rng.integers(2, 5)), int(rng.integers(1, 5))
    cases.append((rng.normal(size=n_in).round(2).tolist(), rng.normal(size=(n_out, n_in)).round(2).tolist(),
                  rng.normal(size=n_out).round(2).tolist(), f"random, seed {seed}"))  # fmt: skip
    cases.append(layers.THREE_INPUTS)  # whatever the seed drew: a bias per input is not a bias added twice here
    replies = student.map("layer_output", [(inputs, weights, biases) for inputs, weights, biases, _ in cases], echo=True)
    mistakes = [(reference.mistakes.layer_with_mistake(inputs, weights, biases, sigmoid=True),
                 reference.mistakes.layer_with_mistake(inputs, weights, biases, first_bias_only=True),
                 hints.layer_one_row_mistakes(reference, inputs, weights, biases)
                 + sums.layer_sum_mistakes(reference, inputs, weights, biases)
                 + readers.layer_mistakes(reference, inputs, weights, biases),
                 [reference.mistakes.layer_with_mistake(inputs, weights, biases, carried=how) for how in ("sums", "outputs")])
                for inputs, weights, biases, _ in cases]  # fmt: skip
    square_from_inputs = reference.mistakes.layer_with_mistake(*sums.SQUARE, biases_from_inputs=True)
    for index, (inputs, weights, biases, what) in enumerate(cases):
        call = f"layer_output({inputs}, {weights}, {biases}) ({what})"
        try:
            got, arguments_after, _ = replies[index]
        except StudentError as exc:
            if (kept := pyslips.append_kept_hint(student, exc)) is not None:
                fail_with(exc, kept)
            if (too_short := readers.result_too_short_hint(exc, len(inputs), len(biases))) is not None:
                raise CheckFailed(exc.message, hint=too_short) from None
            if exc.raised == "IndexError" and layers.swapped(inputs, weights, biases) is None:
                where = (f" (with {len(inputs)} inputs and {len(biases)} neurons, weights[i][j] runs off "
                         "the end of a list: that is the IndexError)")  # fmt: skip
                hint = sums.index_error_hint(student, layers.swapped(*sums.SQUARE), square_from_inputs,
                                             SWAPPED.format(where=where), len(inputs), len(biases))
                raise CheckFailed(exc.message, hint=hint) from None
            if exc.raised and (other_way := readers.paired_other_way_hint(
                    student, inputs, weights, biases, reference.layer_output(inputs, weights, biases))):
                raise CheckFailed(exc.message, hint=other_way) from None
            if layers.grown_by_number_hint(exc):
                raise CheckFailed(exc.message, hint=layers.grown_by_number_hint(exc)) from None
            if sums.list_times_number_hint(exc):
                raise CheckFailed(exc.message, hint=sums.list_times_number_hint(exc)) from None
            if (read := guards.guard_hint(exc, student) or h19.layer_error_hint(student, exc) or h20.sum_start_hint(student, exc)) is not None:  # a list's .T, reduce without a start
                raise CheckFailed(exc.message, hint=read) from None
            raise
        expected = reference.layer_output(inputs, weights, biases)
        if not isinstance(got, (list, tuple)):
            raise CheckFailed(
                f"{call} returned {kind_of(got)}; it should return a Python list with one number per neuron",
                hint=layers.not_a_list_hint(got, expected),
            )
        swapped = layers.swapped(inputs, weights, biases)
        known = [Misconception(SWAPPED.format(where=""), swapped)] if swapped is not None else []
        if (per_input_hint := layers.bias_per_input_hint(cases, replies, BIAS_PER_INPUT)) is not None:  # 2 inputs: or twice
            known.append(Misconception(per_input_hint, [total + (len(inputs) - 1) * b for total, b in zip(expected, biases)]))
        known += [Misconception(LAYER_NO_BIAS, [total - b for total, b in zip(expected, biases)]), *h18.layer_mistakes(expected, biases)]
        known += [Misconception(LAYER_SIGMOID, mistakes[index][0]), Misconception(FIRST_BIAS_ONLY, mistakes[index][1])]
        known += [Misconception(text, value) for text, value in mistakes[index][2]]
        known += [Misconception(hints.LAYER_CARRIED, value) for value in mistakes[index][3]]
        try:
            with layers.named_by_formula(cases, replies):  # a failure no hint names: the finder, over every case
                expect_close(got, expected, call=call,
                             misconceptions=lambda: h19.shared_bias(known, FIRST_BIAS_ONLY, cases, replies),
                             hint=lambda: passes.later_neurons_hint(student, cases, replies) or h20.length_hint(cases, replies, LOOPS_OVER_INPUTS) or h20.layer_paired_hint(cases, replies)
                             or pyslips.append_too_deep_hint(got, inputs, weights, biases) or layers.nested_hint(got)
                             or hints.joined_lists_hint(got, expected, biases)
                             or layers.other_bias_hint(got, inputs, weights, biases))  # fmt: skip
        except CheckFailed as failed:  # an answer that changes from one call to the next says so first
            kept = layers.kept_between_calls_hint(student, inputs, weights, biases) or \
                h17.aliased_rows_hint(student, failed.hint, hints.ONE_ROW) or (None if failed.hint else (
                h17.layer_text_hint(got) or h17.layer_key_hint(student, got, expected) or lines.reused_index_hint(student)))
            if kept is None:
                raise
            raise CheckFailed(failed.message, hint=kept) from None
        for what, before, after in zip(("inputs", "weights", "biases"), (inputs, weights, biases), arguments_after):
            h20.expect_left_alone(student, before, after, call, what, layers.LIST_CHANGED)
        layers.expect_python_floats(got, call)
        layers.expect_a_list(got, call)
    spec.expect_square_layers(student, reference)  # weights[j] is neuron j's row on a square layer too


@pytest.mark.weight(2)
def test_count_parameters(student, reference):
    """count_parameters(layer_sizes) counts weights and biases of a fully connected network.

    An empty list is asked by a hidden check (a list of no widths describes no network: raising for it
    is as right as 0); single layers, inputs only, are asked here (0), of two widths: [1] alone
    cannot tell a count of 0 weights and biases from one that takes max(1, ...)."""
    all_sizes = ([3, 5, 5, 5, 2], [2, 2, 1], [4, 1], [784, 128, 10], [4], [1])
    echoed = student.map("count_parameters", [(list(sizes),) for sizes in all_sizes], echo=True)  # left as given?
    slips = [reference.mistakes.count_parameters_slips(sizes) for sizes in all_sizes]  # asked whatever the answers
    counts = [reference.count_parameters(sizes) for sizes in all_sizes]
    answers = []
    for index, sizes in enumerate(all_sizes):
        try:
            got = echoed[index][0]
        except StudentError as exc:  # a count written for one number of layers raises for the others
            outcomes = [_count_or_error(student, echoed, i, sizes) for i, sizes in enumerate(all_sizes)]
            hint = guards.guard_hint(exc, student) or (exc.own_exception and pyslips.count_star_hint(student)) or tally.lists_multiplied_hint(student, exc) or count_hints.fixed_depth_hint(all_sizes, outcomes, counts) or \
                count_hints.short_list_hint(all_sizes, outcomes, counts)
            fail_with(exc, hint)
        if isinstance(got, bool) or not isinstance(got, (int, np.integer)):
            raise CheckFailed(f"count_parameters({sizes}) returned {kind_of(got)}; it should return an int",
                              hint=(lines.return_in_loop_hint(student, "count_parameters", none=True) or RETURNED_NONE) if got is None else h20.count_text_hint(got, counts[index]) or count_hints.count_not_an_int_hint(got, counts[index]))  # fmt: skip
        answers.append(int(got))
    # a slip is named only when it gives every answer: one size alone may fit two slips
    hint = diagnose(answers, [Misconception(words, [found[name] for found in slips]) for name, words in count_hints.COUNT_SLIPS.items()])
    for sizes, got, expected in zip(all_sizes, answers, counts):
        if got != expected:
            raise CheckFailed(f"count_parameters({sizes}): expected {expected}, got {got}",
                              hint=h22.reset_hint(student, sizes, got, expected) or hint or tally.first_width_hint(student, all_sizes, answers) or tally.wrapped_hint(student, all_sizes, answers, counts) or h17.count_hint(student, all_sizes, answers) or lines.return_in_loop_hint(student, "count_parameters") or lines.slice_hint(student)
                              or count_hints.no_pairs_hint(all_sizes, answers, counts)
                              or count_hints.count_formula_hint(all_sizes, answers)
                              or count_hints.fixed_depth_hint(all_sizes, answers, counts) or h18.count_hint(student, all_sizes, answers))
    calls.expect_sizes_unchanged(all_sizes, echoed)


def _count_or_error(student, echoed, index, sizes):
    """count_parameters' answer to the ``index``-th list, ``sizes``, or the StudentError it raised (a list
    after the one that raised, which never ran, is asked alone: only for a count that raised)."""
    try:
        return echoed[index][0]
    except StudentError as exc:
        if index > len(echoed.before_failure()):
            try:
                return student.call("count_parameters", list(sizes))
            except StudentError as alone:
                return alone
        return exc


@pytest.mark.hidden
def test_neuron_accepts_lists(student, reference):
    """Neuron works when weights and inputs are plain lists, and gives its float at float64's precision.

    The instructor's reading of the spec's "feedforward(inputs) returns ... as a float" (the docstring's
    ``float``), the same as every other "a float" check of the course (backprop's feedforward, mse_loss,
    MLP.loss): one real number. A Python float, an np.float64 and a 0-d float64 array each count (each is that
    float in every use the course makes: arithmetic, comparisons, float(), its printed digits), and the
    visible checks take them. An np.float32 (or a 0-d float32 array) does not: it keeps about 7 digits where
    the spec's facts show 16, as the activations' hidden check says of float32 results. Judged here, hidden,
    on the spec's fact, only once the answer is right."""
    call = "Neuron([0, 1], 4).feedforward([2, 3])"
    try:
        answer = student.new("Neuron", [0.0, 1.0], 4.0).call("feedforward", [2.0, 3.0])
    except StudentError as exc:
        hint = list_error_hint(exc.raised, exc.raised_message, "self.weights = np.asarray(weights, dtype=float)")
        hint = hint or h17.feedforward_error_hint(student, exc) or lines.column_hint(student, "Neuron.feedforward", exc) or \
            neurons.one_number_hint(exc.message) or \
            neurons.list_joined_hint(exc)
        fail_with(exc, hint)
    got = expect_float(answer, call=call)
    expect_close(got, 0.9990889488055994, call=f"{call} -> {describe(got)}",
                 misconceptions=lambda: h19.unruled_mistakes(student, reference, neurons, neurons.neuron_mistakes(
                     reference, [0.0, 1.0], 4.0, [2.0, 3.0])), hint=lambda: neurons.same_as_array_hint(student, got))  # fmt: skip
    neurons.expect_double_precision(answer, "Neuron.feedforward", call)


@pytest.mark.hidden
def test_count_parameters_gives_a_python_int(student):
    """count_parameters returns a Python int (its docstring), not a NumPy integer."""
    count_hints.expect_python_int(student, ([3, 5, 5, 5, 2], [4, 1], [1], [2, 4, 3], [5, 1, 2]))


@pytest.mark.hidden
def test_count_parameters_of_no_layers(student):
    """count_parameters([]) is 0 (the module's docstring: a single layer, or none, is 0), or an error of its own:
    never None or another number."""
    count_hints.expect_no_layers_zero(student)


@pytest.mark.hidden
def test_count_parameters_takes_a_tuple(student):
    """count_parameters takes the widths as any sequence of int (its docstring), a tuple as a list."""
    calls.expect_tuple_taken(student)
