"""Hints of the count_parameters check: the slips a count of weights and biases makes, by name (the
names of ``neuron_mistakes.count_parameters_slips``), and what to say of a count that is not an int.
Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.grading.computed import same_answer
from autograder.grading.formulas import Ingredient, explained
from autograder.sandbox.session import StudentError

SELF_PAIRS = (
    "Your count pairs each layer with itself (a * a weights and a biases for a layer of a neurons), not with "
    "the layer after it: the pairs are consecutive layers, the first with the second, the second with the "
    "third, and so on. Pair the list with itself shifted by one, layer_sizes and layer_sizes[1:]."
)
NOT_NEIGHBOURS = (
    "Your count also connects layers that are not neighbours (the input layer with the output layer, say), as "
    "two loops over the sizes, one inside the other, do: every layer is paired with several others. A layer is "
    "connected only to the next one, so count one pair per pair of neighbouring layers, the first with the "
    "second, the second with the third, and so on: walk the sizes and the sizes shifted by one side by side."
)
ONLY_OUTPUT_BIASES = (
    "Your weights are counted right, but of the biases only the output layer's are counted: the hidden layers' "
    "are missing. Every layer after the input layer has one bias per neuron, hidden layers and output layer "
    "alike, so each pair of neighbouring layers brings the receiving layer's width in biases."
)
PRODUCT_OF_WIDTHS = (
    "Your biases are counted right, but your weights are all the widths multiplied together, as if every path "
    "through the whole network had its own weight. A weight connects two neighbouring layers only: a layer of a "
    "neurons feeding one of b brings a times b weights, and the network's weights are those products added up, "
    "one per pair of neighbouring layers."
)
MORE_COUNT_SLIPS = {
    "output_biases_missing": "Your weights are counted right, but the output layer's biases are missing: every "
                             "layer after the input layer has one bias per neuron, the last one (the output "
                             "layer) too. Only the input layer has none.",
    "neurons_counted": "Your count is the number of neurons, the layer sizes added up, not the number of "
                       "parameters. Count the weights and the biases: a layer of a neurons feeding one of b brings "
                       "a times b weights (every neuron to every neuron) and b biases (one per receiving neuron).",
    "biases_only": "Your count has only the biases, one per neuron after the input layer: add the weights too, "
                   "a times b between a layer of a neurons and the next one of b.",
    "one_bias_per_pair": "Your weights are counted right, but you count one bias per layer (a * b + 1) where "
                         "every neuron has its own: a layer of b neurons brings b biases, so each pair of layers "
                         "adds a * b + b.",
    **{name: SELF_PAIRS for name in ("self_pairs", "self_pairs_all", "self_pairs_next")},
    "sending_squared": "Your biases are counted right, but the weights between two layers are not: with a neurons "
                       "sending to b, you count a * a, the sending layer's width squared. Every one of the a "
                       "sending neurons connects to every one of the b receiving ones, which makes a times b "
                       "weights: one width times the other.",
    **{name: NOT_NEIGHBOURS for name in ("all_pairs", "all_sending_receiving", "all_later_pairs")},
    **{name: ONLY_OUTPUT_BIASES for name in ("only_output_biases", "only_output_biases_unguarded")},
    **{name: PRODUCT_OF_WIDTHS for name in ("product_of_widths", "product_of_widths_unguarded")},
}
COUNT_LIST = (
    "Your function returns the count of each pair of layers, one number per pair, and their total {total} is "
    "the right answer: count_parameters returns that one total, an int. Add the counts up (sum(...)) before "
    "returning."
)
COUNT_NOT_AN_INT = (
    "count_parameters returns one whole number, an int: the weights and the biases of the whole network "
    "added up, not a list, an array or a float."
)

COUNT_SLIPS = {
    "weights_only": "Your count has only the weights: add the biases too, one per neuron in every layer after the "
                    "input layer.",
    "every_layer": "The input layer has no biases: only the layers after it do.",
    "sending_biases": "Your weights are counted right, but the biases are counted on the sending side of each pair of "
                      "layers: with a neurons sending to b, you add a biases. A bias belongs to the neuron that "
                      "receives, so the pair brings b biases, one per neuron of the next layer (the input layer has "
                      "none, the output layer has its own).",
    "added_widths": "Your biases are counted right, but the weights between two layers are not: you add the two "
                    "sizes, a + b. Every one of the a sending neurons connects to every one of the b receiving ones, "
                    "which makes a times b weights, the product of the two sizes.",
    "added_widths_sending_biases": "Both terms of each pair's count are off. The weights between a layer of a neurons "
                                   "and one of b are a times b (every neuron to every neuron: a product, not a sum), "
                                   "and the biases are b, one per receiving neuron (not a, the sending layer's).",
    "last_pair_missing": "The last pair of layers is missing: count every consecutive pair, "
                         "range(len(layer_sizes) - 1) or zip(layer_sizes, layer_sizes[1:]).",
    "first_pair_missing": "The first pair of layers is missing: count every consecutive pair, input layer to first "
                          "hidden too.",
    **MORE_COUNT_SLIPS,
    "wrapped_pair": "Your count has one pair of layers too many: the last layer paired with the first, as if the "
                    "output layer fed the input layer (its a * b weights and b biases, with a the last width and b "
                    "the first). A loop over every index i that pairs layer_sizes[i - 1] with layer_sizes[i] gives "
                    "this at i = 0: layer_sizes[-1] is the last width (a negative index counts from the end, it "
                    "does not fail). Pairs are neighbouring layers only: start i at 1, or pair the list with "
                    "itself shifted by one.",
}


COUNT_FLOAT = (
    "Your count, {got!r}, {value}, but it is a float, and count_parameters returns an int. A float comes from "
    "float(...), from a division with / (which gives a float even for 10 / 2), or from a NumPy sum over "
    "floats: count with whole numbers throughout, or turn the total into an int with int(...) before "
    "returning it."
)


NO_PAIRS = (
    "Your count is right for every network of two layers or more, but a single layer, {sizes}, gives {got}. A single "
    "layer has no layer after it, so no pair of neighbouring layers: no weights and no biases, and its count is 0 "
    "(the module's docstring). A branch of its own for one layer (if len(layer_sizes) == 1: ...) is where it goes "
    "wrong: make it give 0, or leave it out, since the sum over pairs of layers adds up no pairs there, which is 0."
)


FIXED_DEPTH = (
    "Your count_parameters is right for the networks of {k} layers the check tried ({right}) and {how} for "
    "networks of another number of layers ({other}): it is written for a fixed number of layers, as when the "
    "widths are unpacked into names (n_in, n_hidden, n_out = layer_sizes) or read one by one, layer_sizes[0], "
    "layer_sizes[1], layer_sizes[2]. A network can have any number of layers: go over every pair of neighbouring "
    "widths (a, b), however many there are, each bringing a * b weights and b biases, and add them all up."
)
_UNPACKED = ("values to unpack", "index out of range")


def fixed_depth_hint(all_sizes, outcomes, counts):
    """FIXED_DEPTH when the count is right for every list of ``all_sizes`` of one length (two of them at
    least, of two layers or more) and, for each other length, wrong or raising an unpacking or an index error (``outcomes``: the
    answer, or the StudentError raised, for each list); None otherwise."""
    def right(i):
        return not isinstance(outcomes[i], StudentError) and outcomes[i] == counts[i]

    def off(i):
        got = outcomes[i]
        if isinstance(got, StudentError):
            return got.raised in ("ValueError", "IndexError") and any(t in (got.raised_message or "") for t in _UNPACKED)
        return got != counts[i]

    for k in sorted({len(s) for s in all_sizes} - {0, 1}):  # a single layer's 0 is what most wrong counts give too
        same = [i for i, s in enumerate(all_sizes) if len(s) == k]
        others = [i for i, s in enumerate(all_sizes) if len(s) != k]
        if len(same) >= 2 and others and all(right(i) for i in same) and all(off(i) for i in others):
            raised = any(isinstance(outcomes[i], StudentError) for i in others)
            return FIXED_DEPTH.format(k=k, right=", ".join(str(list(all_sizes[i])) for i in same),
                                      how="raises or is wrong" if raised else "is wrong",
                                      other=", ".join(str(list(all_sizes[i])) for i in others))
    return None


SHORT_LIST = (
    "Your count is right for every list of two widths or more, but raises {error} for {short}: a single layer is "
    "joined to no other, so it has nothing to count, and the module's docstring gives 0 for it. Your code reaches "
    "past the end of such a short list: a recursion whose base case is a list of two widths never meets a list of "
    "one, and sizes[0] with sizes[1] read before the length is looked at do the same. Give 0 for a list of fewer "
    "than two widths (a base case of its own, or a sum over neighbouring pairs, of which a single width has none)."
)


def short_list_hint(all_sizes, outcomes, counts):
    """SHORT_LIST when the count (``outcomes``: the answer, or the StudentError raised, for each list of
    ``all_sizes``) is right for every list of two widths or more and raises for every shorter one; None otherwise."""
    short = [i for i, sizes in enumerate(all_sizes) if len(sizes) < 2]
    longer = [i for i in range(len(all_sizes)) if i not in short]
    if not short or not longer or not all(isinstance(outcomes[i], StudentError) and outcomes[i].raised for i in short):
        return None
    if any(isinstance(outcomes[i], StudentError) or outcomes[i] != counts[i] for i in longer):
        return None
    kinds = sorted({outcomes[i].raised for i in short})
    return SHORT_LIST.format(error=" or ".join(kinds), short=", ".join(str(list(all_sizes[i])) for i in short))


def no_pairs_hint(all_sizes, answers, counts):
    """NO_PAIRS when the ``answers`` are the right ``counts`` for every network with a pair of layers in
    ``all_sizes`` (one at least) and wrong only for a single layer; None otherwise."""
    wrong = [i for i, (got, right) in enumerate(zip(answers, counts)) if got != right]
    if not wrong or any(len(all_sizes[i]) > 1 for i in wrong) or all(len(sizes) < 2 for sizes in all_sizes):
        return None
    return NO_PAIRS.format(sizes=list(all_sizes[wrong[0]]), got=answers[wrong[0]])


NO_LAYERS = (
    "count_parameters([]) gives {got}: a list of no widths is a network without layers, so there is nothing to "
    "count, and the module's docstring gives 0 for it, as for a single layer. {cause}"
)
NO_LAYERS_NONE = (
    "None is what a function gives back when it ends without a return value: a branch of its own for the empty "
    "list (if not layer_sizes: return, or return None) does that. Give 0 there, or leave the branch out: the sum "
    "over pairs of layers adds up no pairs for an empty list, which is 0."
)
NO_LAYERS_OTHER = (
    "A branch of its own for the empty list is where it goes wrong: make it give 0, or leave it out, since the "
    "sum over pairs of layers adds up no pairs there, which is 0."
)


def _a_number(value):
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def expect_no_layers_zero(student):
    """count_parameters([]) is 0, or raises (a list of no widths describes no network: refusing it is as right),
    never None or another number (of what type, the int check judges). Judged only where two real networks of one
    depth get two different numbers: a count that answers alike whatever it is given earns nothing, nor one of the
    depth alone (len(layer_sizes) gives 0 for [] too), and one that raises on them ends with its error."""
    replies = student.map("count_parameters", [([2, 4, 3],), ([5, 1, 2],), ([],)])
    counts = [replies[0], replies[1]]  # a count that raises here ends the check with its own error
    if not all(_a_number(c) for c in counts) or counts[0] == counts[1]:  # of what type, the int check says
        raise CheckFailed("count_parameters gives no two different numbers for [2, 4, 3] and [5, 1, 2], so "
                          "its answer for a network without layers could not be judged: the check of count_parameters "
                          "says what is wrong")  # fmt: skip
    try:
        got = replies[2]
    except StudentError as exc:
        if exc.raised:
            return  # an exception of its own for a list of no widths: a refusal, as right as 0
        raise
    if _a_number(got) and got == 0:
        return
    raise CheckFailed(f"count_parameters([]) returned {got!r}; a network without layers has 0 parameters",
                      hint=NO_LAYERS.format(got=repr(got), cause=NO_LAYERS_NONE if got is None else NO_LAYERS_OTHER))


def count_not_an_int_hint(got, expected):
    """The hint for a count_parameters that returned something other than an int: a list (or array)
    of per-pair counts whose total is right is named as such, and a float says whether its value is
    the right count."""
    if isinstance(got, (float, np.floating)):
        right = np.isfinite(got) and float(got) == expected
        return COUNT_FLOAT.format(got=float(got), value="is the right number" if right else
                                  f"is not the right number either (that is {expected})")
    try:
        values = [int(v) for v in np.asarray(got).ravel()] if isinstance(got, (list, tuple, np.ndarray)) else None
    except (TypeError, ValueError):
        values = None
    if values is not None and len(values) > 0 and sum(values) == expected:
        return COUNT_LIST.format(total=expected)
    return COUNT_NOT_AN_INT if values is not None else None


def _pairs(sizes):
    return [(int(a), int(b)) for a, b in zip(sizes[:-1], sizes[1:])]


def _last_or_first(sizes, at):
    pairs = _pairs(sizes)
    return pairs[at][0] * pairs[at][1] + pairs[at][1] if pairs else 0


COUNT_PARTS = (  # (symbol, meaning, value for one list of sizes): what a count is made of, for the finder
    ("W", "the weights, a * b for each pair of neighbouring layers (a layer of a neurons feeding one of b), added up",
     lambda s: sum(a * b for a, b in _pairs(s))),
    ("B", "the biases, b for each pair, added up: one per neuron after the input layer",
     lambda s: sum(b for _, b in _pairs(s))),
    ("A", "a for each pair, added up: the widths of every layer but the last", lambda s: sum(a for a, _ in _pairs(s))),
    ("N", "every layer's width added up, the input layer's too", lambda s: sum(int(v) for v in s)),
    ("P", "the number of pairs of neighbouring layers", lambda s: len(_pairs(s))),
    ("L", "the count of the last pair of layers alone, a * b + b for the last two (what a running total holds when "
          "each pair replaces it instead of adding to it)", lambda s: _last_or_first(s, -1)),
    ("F", "the count of the first pair of layers alone, a * b + b for the first two (what a return inside the loop "
          "gives)", lambda s: _last_or_first(s, 0)),
)


def count_formula_hint(all_sizes, answers):
    """The formula finder's hint for counts that match no known slip: which short formula of the
    network's weights, biases, widths and pairs (COUNT_PARTS) the student's ``answers`` (one per list of
    ``all_sizes``) are, against the spec's W + B; None when none is, or too few answers differ."""
    ingredients = [Ingredient(symbol, meaning, tuple(float(value(s)) for s in all_sizes))
                   for symbol, meaning, value in COUNT_PARTS]  # fmt: skip
    right = [float(sum(a * b + b for a, b in _pairs(s))) for s in all_sizes]
    return explained([float(a) for a in answers], right, ingredients, gives="count_parameters(layer_sizes)",
                     right="W + B, every weight and one bias per neuron after the input layer")


NUMPY_INT = (
    "Your count, {got}, is a NumPy integer ({kind}), where count_parameters returns a Python "
    "int (its docstring). NumPy arithmetic gives one: np.sum, np.dot or np.prod, or any operation on a NumPy array "
    "of the sizes (and np.sum of an empty array is even the float 0.0). Count with Python's own numbers (sum, a "
    "loop, the sizes as a list), or turn the total into a Python int with int(...) before returning it."
)


def expect_python_int(student, all_sizes):
    """count_parameters of each of ``all_sizes`` is a Python int wherever it is a whole number of some type (its
    value, right or not, is the count's own check's). Judged only where whole numbers of two
    different values came back for sizes of one depth (a count of the depth alone, len(layer_sizes), computes
    nothing of the network): a count that answers alike whatever it is given earns nothing, nor does a rule
    that could not be judged, nor one that answers the same sizes otherwise when asked again (a counter of calls)."""
    replies = student.map("count_parameters", [(list(sizes),) for sizes in (*all_sizes, all_sizes[0])])
    replies = [_reply(student, replies, index, sizes) for index, sizes in enumerate((*all_sizes, all_sizes[0]))]
    judged, raised = set(), []
    for index, sizes in enumerate(all_sizes):
        got = replies[index]
        if isinstance(got, StudentError):
            raised.append(got)
            continue
        if isinstance(got, bool) or not isinstance(got, (int, np.integer)):
            continue  # not a whole number: the count's own check says what it is
        judged.add((len(sizes), int(got)))
        if type(got) is not int:
            raise CheckFailed(f"count_parameters({sizes}) returned {got!r} ({type(got).__name__}); it should return "
                              "a Python int", hint=NUMPY_INT.format(got=int(got), kind=f"{type(got).__module__}.{type(got).__name__}")
                              if isinstance(got, np.generic) else None)
    depths = [depth for depth, _ in judged]
    if len(judged) < 2 and raised:
        raise raised[0]  # nothing judged, and the count raised: its error, as its own check shows it
    if len(set(depths)) == len(depths):  # no depth with two different whole numbers
        raise CheckFailed(f"count_parameters gives no two different whole numbers for sizes of one depth among "
                          f"{', '.join(map(str, all_sizes))}, "
                          "so the type of its answer could not be judged: the check of count_parameters says what is wrong")
    if not same_answer(_reply_or_error(replies, 0), _reply_or_error(replies, len(all_sizes))):
        raise CheckFailed(f"count_parameters({list(all_sizes[0])}) gave another answer when asked a second time, so the "
                          "type of its answer could not be judged: the check of count_parameters says what is wrong")


def _reply(student, replies, index, sizes):
    """count_parameters' answer to ``sizes``, the ``index``-th list of ``replies``, or the StudentError it raised; a
    list after one that raised, which never ran, is asked alone (only then): one width that raises leaves the
    others to judge the type by."""
    try:
        return replies[index]
    except StudentError as exc:
        if index <= len(replies.before_failure()):
            return exc
    try:
        return student.call("count_parameters", list(sizes))
    except StudentError as alone:
        return alone


def _reply_or_error(replies, index):
    got = replies[index]
    return f"raised {got.message}" if isinstance(got, StudentError) else got
