# Graded after tmp_filler: looks for anything an earlier child left where it can look,
# and checks it can still write its own files. It answers right only if it found nothing
# and lacked no space, so its score says whether children are kept apart.
import os

_found = []
for _folder in ("/tmp", "/dev/shm", "/dev", "/var/tmp", os.getcwd()):
    try:
        _found += [name for name in os.listdir(_folder) if name.startswith("nnkit-l")]
    except OSError:
        pass
try:
    with open("mine.bin", "wb") as _fh:
        _fh.write(b"\0" * (8 << 20))
except OSError as _exc:
    _found.append(str(_exc))
if _found:
    raise RuntimeError(f"found what an earlier child left: {_found}")
