# Digs a chain of folders up to two thousand deep in its scratch folder (the last ones closed to all),
# deeper than any path may be long or Python's removal may recurse: the clean-up after it
# must neither fail nor touch anything outside the scratch. The gates below are the reference's.
import os
import time

_start, _until = os.open(".", os.O_RDONLY), time.monotonic() + 0.5  # well within the call's limit
try:
    for _ in range(2000):  # past Python's recursion limit of 1000
        if time.monotonic() > _until:
            break
        os.mkdir("d")
        os.chdir("d")
    os.chmod(".", 0)
except OSError:
    pass
finally:
    os.fchdir(_start)
