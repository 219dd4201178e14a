"""Habits in the student's text that hide an error or make a function depend on more than its arguments
(``grading.source_habits``), named through ``source_slips.slip_hint`` as a failed check reads them."""

import textwrap

import pytest

from autograder.grading.source_slips import slip_hint

HABITS = [
    ("hidden error", "mse_loss", """
        def mse_loss(y_true, y_pred):
            try:
                return np.mean((y_true - y_pred) ** 2)
            except ValueError:
                return 0.0
     """, ("catches ValueError", "`return 0.0`", "Take the try/except out")),
    ("bare except passes", "fit", """
        def fit(X, y):
            for x in X:
                try:
                    step(x, y)
                except:
                    pass
     """, ("catches every error", "`pass`")),
    ("shared default", "count", """
        def count(sizes, seen=[]):
            seen.append(sum(sizes))
            return seen[-1] + len(seen)
     """, ("default of []", "if seen is None: seen = []")),
    ("class-level list", "MLP", """
        class MLP:
            losses = []
            def fit(self, X, y, epochs):
                for _ in range(epochs):
                    self.losses.append(1.0)
                return self.losses
     """, ("every MLP shares", "self.losses = []")),
    ("rate decayed", "train", """
        def train(params, data, lr=0.1, epochs=10):
            for epoch in range(epochs):
                lr *= 0.99
                params = step(params, data, lr)
            return params
     """, ("changes lr inside a loop", "do not assign to it")),
    ("unseeded shuffle", "fit", """
        def fit(self, X, y):
            order = np.random.permutation(len(X))
            return X[order], y[order]
     """, ("draws at random (np.random.permutation) in fit", "Leave out the random draw")),
    ("generator without seed", "MLP", """
        class MLP:
            def __init__(self, sizes, seed=0):
                rng = np.random.default_rng()
                self.W1 = rng.normal(size=sizes)
     """, ("without a seed", "np.random.default_rng(seed)")),
    ("is with a number", "backprop", """
        def backprop(x, y_true):
            if y_true is 1:
                return x
            return 0.0
     """, ("uses `is`", "with ==")),
    ("one array, two names", "Perceptron", """
        class Perceptron:
            def fit(self, X, y):
                self.weights = self.bias = np.zeros(X.shape[1])
                self.bias += y[0]
                return self
     """, ("self.weights and self.bias one and the same new zeros", "one assignment per name")),
]


@pytest.mark.parametrize("name, asked, source, said", HABITS, ids=[h[0] for h in HABITS])
def test_a_habit_is_named_with_its_line_and_fix(name, asked, source, said):
    hint = slip_hint(textwrap.dedent(source), "student.py", {asked})
    assert hint is not None, name
    for words in said:
        assert words in hint, (words, hint)
    assert "likely why the check fails" in hint


CLEAN = [
    ("a try that computes another way", "relu", """
        def relu(z):
            try:
                return np.maximum(z, 0.0)
            except TypeError:
                return max(z, 0.0)
     """),
    ("a default of None", "count", """
        def count(sizes, seen=None):
            seen = [] if seen is None else seen
            seen.append(1)
            return len(seen) + len(sizes)
     """),
    ("a list in __init__", "MLP", """
        class MLP:
            def __init__(self):
                self.losses = []
            def fit(self):
                self.losses.append(1.0)
     """),
    ("a seeded generator and the rate read", "MLP", """
        class MLP:
            def __init__(self, sizes, seed=0, lr=0.1):
                rng = np.random.default_rng(seed)
                self.W1 = rng.normal(size=sizes)
                self.lr = lr
            def fit(self, epochs):
                for _ in range(epochs):
                    step = self.lr * 2
     """),
    ("is None", "fit", """
        def fit(self, X):
            if self.weights is None:
                self.weights = np.zeros(X.shape[1])
     """),
    ("an epoch counter counting down", "train", """
        def train(epochs):
            while epochs > 0:
                epochs -= 1
     """),
]


@pytest.mark.parametrize("name, asked, source", CLEAN, ids=[c[0] for c in CLEAN])
def test_code_without_the_habit_gets_no_such_hint(name, asked, source):
    assert slip_hint(textwrap.dedent(source), "student.py", {asked}) is None


def test_a_habit_in_a_function_the_check_did_not_ask_is_not_said():
    source = "def other(x, seen=[]):\n    seen.append(x)\n    return seen\n\ndef relu(z):\n    return z\n"
    assert slip_hint(source, "student.py", {"relu"}) is None


MORE_HABITS = [
    ("a parameter unread", "leaky_relu", """
        def leaky_relu(z, alpha=0.1):
            return np.where(z > 0, z, 0.01 * z)
     """, ("never uses its parameter alpha", "Use the alpha it is given")),
    ("epochs unread", "MLP", """
        class MLP:
            def fit(self, X, y, epochs=1000):
                for _ in range(self.epochs):
                    self.step(self.backward(X, y))
                return self
     """, ("never uses its parameter epochs",)),
    ("an argument replaced first", "backprop", """
        def backprop(params, x, y_true):
            x = DATA[0]
            return params["w1"] * x[0] - y_true
     """, ("`x = DATA[0]`", "replaces the parameter x before anything reads it")),
    ("break in the sample loop", "fit", """
        def fit(self, X, y):
            for epoch in range(self.epochs):
                for xi, yi in zip(X, y):
                    if self.predict(xi) != yi and y is not None:
                        self.weights += self.lr * (yi - self.predict(xi)) * xi
                        break
            return self
     """, ("ends the inner loop (`for xi, yi in zip(X, y)`)", "write continue")),
]


@pytest.mark.parametrize("name, asked, source, said", MORE_HABITS, ids=[h[0] for h in MORE_HABITS])
def test_an_ignored_parameter_or_a_break_is_named(name, asked, source, said):
    hint = slip_hint(textwrap.dedent(source), "student.py", {asked})
    assert hint is not None, name
    for words in said:
        assert words in hint, (words, hint)


@pytest.mark.parametrize("source", [
    "def f(x):\n    x = np.asarray(x, dtype=float)\n    return x\n",  # read as it is replaced
    "def f(z, alpha=0.1):\n    raise NotImplementedError\n",  # a stub
    "def fit(self, X, y):\n    for e in range(3):\n        if e > 1:\n            break\n        for xi in X:\n            continue\n    return y\n",
])
def test_a_parameter_read_or_a_break_of_the_outer_loop_is_no_habit(source):
    assert slip_hint(source, "student.py", {"f", "fit"}) is None


def test_every_parameter_of_the_reference_solutions_is_read():
    """What ``_ignored_parameters`` rests on: no function of the course leaves a parameter unread."""
    from pathlib import Path

    from autograder.grading.source_slips import findings

    for path in sorted((Path(__file__).resolve().parents[1] / "solutions").glob("*.py")):
        said = [words for _, _, words, _ in findings(path.read_text(encoding="utf-8"))]
        assert not said, (path.name, said)


def test_a_module_level_list_changed_by_a_function_is_named_for_that_function():
    source = "SEEN = []\n\ndef relu(z):\n    SEEN.append(z)\n    return SEEN[0]\n\ndef other(z):\n    return z\n"
    hint = slip_hint(source, "activations.py", {"relu"})
    assert hint and hint.startswith("Line 1 of your activations.py, `SEEN = []`, makes one list for the whole module")
    assert slip_hint(source, "activations.py", {"other"}) is None
    assert slip_hint("WEIGHTS = [0.5, 0.5]\n\ndef f(x):\n    return WEIGHTS[0] * x\n", "g.py", {"f"}) is None


@pytest.mark.parametrize("source, line", [
    ("def step(self, grads):\n    for name in grads:\n        param = getattr(self, name)\n"
     "        param = param - self.lr * grads[name]\n", "`param = param - self.lr * grads[name]`"),
    ("def fit(self, X, y):\n    bias = self.bias.copy()\n    for xi in X:\n        bias += self.lr * y[0] * xi\n"
     "    return self\n", "`bias += self.lr * y[0] * xi`"),
    ("def sgd_step(params, grads, learn_rate):\n    w = params['w1']\n    w = w - learn_rate * grads['w1']\n"
     "    return params\n", "`w = w - learn_rate * grads['w1']`"),
])
def test_an_update_nothing_reads_is_named(source, line):
    hint = slip_hint(source, "student.py", {"step", "fit", "sgd_step"})
    assert hint and line in hint and "nothing reads afterwards" in hint, hint


@pytest.mark.parametrize("source", [
    "def f(xs):\n    total = 0.0\n    for x in xs:\n        total = total + x\n    return total\n",
    "def f(xs):\n    w = xs[0]\n    w -= 1.0\n    return xs\n",  # in place on the caller's array: not lost
    "def f(xs, n):\n    for _ in range(n):\n        xs = xs * 2\n    return xs\n",
    "def f(x):\n    while x > 1:\n        x = x / 2\n    return 1\n",  # read by the while's own test
])
def test_an_update_that_is_read_is_no_habit(source):
    assert slip_hint(source, "student.py", {"f"}) is None


def test_a_parameter_only_converted_is_an_unread_one_not_a_lost_update():
    source = ("def fit(self, X, y):\n    y = np.asarray(y, dtype=float)\n    for i, x in enumerate(X):\n"
              "        self.weights += x\n    return self\n")
    hint = slip_hint(source, "perceptron.py", {"fit"})
    assert hint and "never uses its parameter y beyond converting it" in hint and "nothing reads afterwards" not in hint


def test_a_function_far_larger_than_the_courses_is_not_read_for_habits():
    """Some readings pair every store of a name with every read: a hostile file's giant function must not make
    the grader spend its time there (a normal one is read, the same habit past MOST_NODES is not)."""
    from autograder.grading.source_habits import MOST_NODES

    small = "def f(z, seen=[]):\n    seen.append(z)\n    return z\n"
    assert slip_hint(small, "a.py", {"f"}) is not None
    padding = "".join(f"    z = z + {i}\n" for i in range(MOST_NODES // 4))
    large = small.replace("    return z\n", padding + "    return z\n")
    assert slip_hint(large, "a.py", {"f"}) is None


def test_after_a_hidden_error_the_checks_reading_of_the_stand_in_is_not_told():
    """The answers a check read are the except's stand-in, not the code's: the reading of them goes."""
    from autograder.checking.second_look import second_look
    from autograder.grading.compare import CheckFailed

    class Session:
        first_answers = {("gates", "perceptron"): ("perceptron(1, 2)", [1, 2], {}, object())}  # not asked again
        files = {"gates.py": textwrap.dedent(HABITS[0][2]).replace("mse_loss", "perceptron")}

    ending = CheckFailed("perceptron(...) gave 0", hint="Your perceptron takes the smallest of the sums.")
    said = second_look(Session(), "gates", ending, ending.hint)
    assert "catches ValueError" in said and "takes the smallest" not in said


LOOP_HABITS = [
    ("a return in the loop's body", "xor", """
        def xor(x1, x2):
            hidden = []
            for weights in HIDDEN:
                hidden.append(perceptron(x1, x2, weights))
                return perceptron(hidden[0], hidden[-1], OUT)
     """, ("Line 6", "sits in the body of `for weights in HIDDEN` under no if", "during the loop's first pass",
           "Move the return after the loop")),
    ("a break in a while loop's body", "fit", """
        def fit(self, X, y):
            epoch = 0
            while epoch < self.epochs:
                self.step(X, y)
                epoch += 1
                break
            return self
     """, ("`break`", "while epoch < self.epochs", "Drop the break")),
    ("a total set back between two loops", "count_parameters", """
        def count_parameters(layer_sizes):
            total = 0
            for a, b in zip(layer_sizes, layer_sizes[1:]):
                total += a * b
            total = 0
            for b in layer_sizes[1:]:
                total += b
            return total
     """, ("Line 6", "`total = 0`", "after the loop of line 4 added to it", "all that loop added up is lost")),
    ("a total started again in every pass", "mse_loss", """
        def mse_loss(y_true, y_pred):
            for i in range(len(y_true)):
                total = 0.0
                total += (y_true[i] - y_pred[i]) ** 2
            return total / len(y_true)
     """, ("Line 4", "at the top of every pass of the loop of line 3", "Start total once, before the loop")),
    ("a loop that ends one early", "mse_loss", """
        def mse_loss(y_true, y_pred):
            total = 0.0
            for i in range(len(y_true) - 1):
                total += (y_true[i] - y_pred[i]) ** 2
            return total / len(y_true)
     """, ("`for i in range(len(y_true) - 1):`", "ends one early", "the last item", "range(len(y_true))")),
    ("a loop that starts one late", "layer_output", """
        def layer_output(inputs, weights, biases):
            outputs = []
            for j in range(1, len(weights)):
                outputs.append(sigmoid(np.dot(weights[j], inputs) + biases[j]))
            return np.array(outputs)
     """, ("starts one late", "weights[0], the first item", "Python counts from 0")),
]


@pytest.mark.parametrize("name, asked, source, said", LOOP_HABITS, ids=[h[0] for h in LOOP_HABITS])
def test_a_loop_that_loses_passes_or_items_is_named(name, asked, source, said):
    hint = slip_hint(textwrap.dedent(source), "student.py", {asked})
    assert hint is not None, name
    for words in said:
        assert words in hint, (words, hint)


@pytest.mark.parametrize("source", [
    # a return under an if: the loop goes on while the if does not hold
    "def first_positive(z):\n    for v in z:\n        if v > 0:\n            return v\n    return 0.0\n",
    # a total started per epoch and read inside the loop (a loss per epoch)
    "def fit(X, epochs):\n    losses = []\n    for _ in range(epochs):\n        total = 0.0\n        for x in X:\n"
    "            total += x\n        losses.append(total)\n    return losses\n",
    # two totals of their own, each read before the next starts
    "def count(sizes):\n    total = 0\n    for s in sizes:\n        total += s\n    first = total\n    total = 0\n"
    "    for s in sizes:\n        total += 2 * s\n    return first + total\n",
    # the last layer handled after the loop
    "def forward(weights, x):\n    for i in range(len(weights) - 1):\n        x = relu(weights[i] @ x)\n"
    "    return weights[-1] @ x\n",
    # neighbours: every pair of layers
    "def count(sizes):\n    total = 0\n    for i in range(1, len(sizes)):\n        total += sizes[i - 1] * sizes[i] + sizes[i]\n"
    "    return total\n",
    # the first weight is the bias, read apart
    "def perceptron(x, w):\n    z = w[0]\n    for i in range(1, len(w)):\n        z += w[i] * x[i - 1]\n    return z\n",
])
def test_a_loop_that_visits_what_it_must_is_no_habit(source):
    asked = source.split("(")[0].removeprefix("def ")
    assert slip_hint(source, "student.py", {asked}) is None


CLASS_AND_TOTAL_HABITS = [
    ("a misspelt attribute written", "Perceptron", """
        class Perceptron:
            def fit(self, X, y):
                self.weights = np.zeros(X.shape[1] + 1)
                for xi, target in zip(X, y):
                    update = target - self.predict(xi)
                    self.wieghts = self.weights + update * np.append(1, xi)
                return self
            def predict(self, X):
                return np.where(X @ self.weights[1:] + self.weights[0] >= 0, 1, 0)
     """, ("Line 7", "writes self.wieghts, which nothing in Perceptron reads", "read self.weights (written on line 4)",
           "Write self.weights")),
    ("a value stored on the class", "MLP", """
        class MLP:
            def __init__(self, sizes, seed=None):
                rng = np.random.default_rng(seed)
                MLP.W1 = rng.normal(size=sizes)
            def forward(self, X):
                return X @ self.W1
     """, ("`MLP.W1 = rng.normal(size=sizes)`", "stores W1 on the class MLP itself", "Write self.W1")),
    ("a total never started again", "train", """
        def train(data, ys, epochs):
            losses = []
            total = 0.0
            for epoch in range(epochs):
                for x, y in zip(data, ys):
                    total += (y - x) ** 2
                losses.append(total / len(data))
            return losses
     """, ("Line 4", "starts total once, before the loop of line 5", "what line 8 reads in each pass",
           "Start total at the top of each pass")),
]


@pytest.mark.parametrize("name, asked, source, said", CLASS_AND_TOTAL_HABITS, ids=[h[0] for h in CLASS_AND_TOTAL_HABITS])
def test_a_class_or_total_slip_is_named(name, asked, source, said):
    hint = slip_hint(textwrap.dedent(source), "student.py", {asked})
    assert hint is not None, name
    for words in said:
        assert words in hint, (words, hint)


@pytest.mark.parametrize("source", [
    # attributes the caller reads and the class does not, and two close names both read
    "class MLP:\n    def __init__(self, seed):\n        self.losses = []\n        self.W1 = seed\n        self.W2 = seed\n"
    "    def forward(self, X):\n        return X @ self.W1 @ self.W2\n",
    # a total started afresh in each pass, read there
    "def train(data, epochs):\n    losses = []\n    for _ in range(epochs):\n        total = 0.0\n        for x in data:\n"
    "            total += x\n        losses.append(total)\n    return losses\n",
    # a count over everything, read once after the loops
    "def count(data, epochs):\n    seen = 0\n    for _ in range(epochs):\n        for x in data:\n            seen += 1\n"
    "    return seen\n",
])
def test_a_class_or_total_used_as_meant_is_no_habit(source):
    asked = "MLP" if source.startswith("class") else source.split("(")[0].removeprefix("def ")
    assert slip_hint(source, "student.py", {asked}) is None
