# Asks for far more memory than the limit.
import numpy as np


class MLP:
    def __init__(self, *args, **kwargs):
        self.hoard = [np.ones(1 << 27) for _ in range(64)]  # 64 GiB
