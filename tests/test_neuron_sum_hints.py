"""The neuron checks' pure hint rules for a weighted sum spelled wrong and a count that is not an int,
on inputs of their own: when do they speak, and when must they keep quiet? The corpus
(``tests/corpus/heldout8_more_b.py``) shows them end to end."""

from types import SimpleNamespace

from autograder.checks import neuron_count_hints, neuron_sum_hints

CASE = ([0.5, -1.0, 1.5], 0.25, [1.0, 2.0, -0.5], "random, seed 1")


def test_an_output_that_never_changes_with_the_input_is_named():
    # the probes: the same neuron given another input, and other weights given the same input
    assert "never reads the inputs" in neuron_sum_hints.unread_hint(0.6, CASE, [0.6, 0.3])
    assert "never reads the weights" in neuron_sum_hints.unread_hint(0.3, CASE, [0.6, 0.3])
    assert "never reads the weights or the inputs" in neuron_sum_hints.unread_hint(0.6, CASE, [0.6, 0.6])


def test_an_output_that_changes_or_saturates_is_not_called_unread():
    assert neuron_sum_hints.unread_hint(0.6, CASE, [0.61, 0.59]) is None
    assert neuron_sum_hints.unread_hint(1.0, CASE, [1.0, 1.0]) is None  # a saturated sigmoid is 1 for many inputs
    assert neuron_sum_hints.unread_hint(0.6, CASE, [RuntimeError("raised"), 0.59]) is None
    # weights whose probe has the same right output (2w + 1 keeps this dot product): nothing to tell apart
    same_sum = ([0.5, -1.0, 2.0], 0.25, [1.0, 2.0, -0.5], "random, seed 1")
    assert neuron_sum_hints.unread_hint(0.3, same_sum, [0.6, 0.3]) is None


def test_only_an_output_outside_0_to_1_is_out_of_range():
    assert "1.5, is not between 0 and 1" in neuron_sum_hints.out_of_range_hint([0.5, 1.5])
    assert neuron_sum_hints.out_of_range_hint([0.0, 1.0, 0.5]) is None


def test_a_list_times_a_number_is_told_apart_from_two_lists_and_other_errors():
    def error(raised, message):
        return SimpleNamespace(raised=raised, raised_message=message)

    hint = neuron_sum_hints.list_times_number_hint
    assert hint(error("TypeError", "can't multiply sequence by non-int of type 'float'")) == neuron_sum_hints.LIST_TIMES_NUMBER
    assert hint(error("TypeError", "can't multiply sequence by non-int of type 'list'")) == neuron_sum_hints.LIST_TIMES_LIST
    assert hint(error("TypeError", "unsupported operand type(s) for +: 'int' and 'list'")) is None
    assert hint(error("ValueError", "can't multiply sequence by non-int of type 'float'")) is None


def test_a_float_count_says_whether_its_value_is_right():
    assert "is the right number, but it is a float" in neuron_count_hints.count_not_an_int_hint(92.0, 92)
    assert "is not the right number either (that is 92)" in neuron_count_hints.count_not_an_int_hint(101.0, 92)
    assert "their total 92 is the right answer" in neuron_count_hints.count_not_an_int_hint([20, 30, 30, 12], 92)
