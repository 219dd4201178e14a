# Looks through its environment for anything of the grader's (a token, the grader's folder):
# it refuses to import if it finds any, so its full marks say the environment was clean.
import os

_found = [k for k, v in os.environ.items() if "nnkit-secret" in v or k in ("PWD", "OLDPWD", "SECRET_API_TOKEN")]
if _found:
    raise RuntimeError(f"the grader's environment reached student code: {_found}")
