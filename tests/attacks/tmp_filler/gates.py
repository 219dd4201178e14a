# Fills every place it can write (its scratch, /tmp, /dev/shm, /dev) and leaves a folder
# nobody may enter, hoping the next student's child starts with no space and its files.
# The gates below are the reference's.
import os
import time

_block, _until = b"\0" * (1 << 20), time.monotonic() + 0.6  # well within the call's limit
for _folder in (os.getcwd(), "/tmp", "/dev/shm", "/dev", "/var/tmp"):
    try:
        with open(os.path.join(_folder, "nnkit-left-behind"), "wb") as _fh:
            _fh.write(b"left by tmp_filler")
        _locked = os.path.join(_folder, "nnkit-locked")
        os.makedirs(os.path.join(_locked, "inner"), exist_ok=True)
        for _k in range(80):  # up to 80 MiB (more than a private /tmp holds), in 1 MiB files
            if time.monotonic() > _until:
                break
            with open(os.path.join(_locked, "inner", f"fill{_k}"), "wb") as _fh:
                _fh.write(_block)
        os.chmod(os.path.join(_locked, "inner"), 0)
        os.chmod(_locked, 0)
    except OSError:
        pass
