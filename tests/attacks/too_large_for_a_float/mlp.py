# Appended to the reference mlp.py: the reference MLP, except that backward leaves an int too large for
# any float in b2 and predict returns one. The checks that read them must fail them, not end with the
# grader's own error.


class MLP(MLP):  # noqa: F821 - the reference's, defined above this in the submitted file
    def backward(self, X, y):
        gradients = super().backward(X, y)
        self.b2 = 10**400  # no float holds it: the check reading it back must still judge
        return gradients

    def predict(self, X):
        return 10**400
