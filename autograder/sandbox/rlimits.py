"""The resource limits a sandbox child sets on itself before any student code runs.

Where the platform has them (Python's ``resource`` module: Linux and macOS, not
Windows): memory (address space), the size of any one file, open files, and no
core dumps. Runs inside the sandbox (imported by the zygote and by the
subprocess level's child): standard library only.
"""

try:
    import resource
except ImportError:  # Windows
    resource = None

FILE_BYTES = 16 << 20  # largest file student code may write
OPEN_FILES = 256


def set_limits(memory_bytes, *, required=True):
    """Cap memory (when ``memory_bytes``), file size, open files and core dumps.

    ``required``: a limit that cannot be set raises (the child is not walled in); otherwise
    it is skipped, and the names of the limits that could not be set are returned.
    """
    wanted = [("RLIMIT_CORE", 0), ("RLIMIT_FSIZE", FILE_BYTES), ("RLIMIT_NOFILE", OPEN_FILES)]
    if memory_bytes:
        wanted.insert(0, ("RLIMIT_AS", memory_bytes))
    missing = []
    for name, value in wanted:
        try:
            if resource is None:
                raise OSError(f"no resource limits on this platform ({name})")
            resource.setrlimit(getattr(resource, name), (value, value))
        except (OSError, ValueError, AttributeError):
            if required:
                raise
            missing.append(name)
    return missing
