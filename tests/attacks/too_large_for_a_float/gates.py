# Appended to the reference gates.py: AND_WEIGHTS starts with an int no float holds. Its check must fail it.

AND_WEIGHTS = (10**400, 0, 0)
