# Digs a chain of folders thousands deep in its scratch folder (the last ones closed to all),
# deeper than any path may be long or Python's removal may recurse: the clean-up after it
# must neither fail nor touch anything outside the scratch. The gates below are the reference's.
import os

_start = os.open(".", os.O_RDONLY)
try:
    for _ in range(3000):
        os.mkdir("d")
        os.chdir("d")
    os.chmod(".", 0)
except OSError:
    pass
finally:
    os.fchdir(_start)
