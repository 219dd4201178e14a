"""Remove a folder whatever a child did to it (standard library only: the zygote imports it too)."""

import os
import shutil


def remove_tree(path):
    """Remove a folder whatever its modes: a child may have left folders no one can enter."""

    def unlock(function, failed, _):
        for folder in {os.path.dirname(failed), failed}:
            try:
                os.chmod(folder, 0o700)
            except OSError:
                pass
        try:
            function(failed)
        except OSError:
            pass

    if os.path.lexists(path):
        shutil.rmtree(path, onerror=unlock)
        if os.path.lexists(path):
            shutil.rmtree(path, ignore_errors=True)
