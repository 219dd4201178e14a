"""Remove a folder whatever a child did to it (standard library only: the zygote imports it too).

A child may leave folders no one may enter, nested deeper than any path may be long or
Python may recurse. The walk here holds one open folder at a time, climbs back through
"..", never recurses, and changes modes only of what lies inside the folder it removes.
Where folders cannot be opened (Windows: the ``subprocess`` level), ``shutil.rmtree`` does
what it can.
"""

import errno
import os
import shutil
import stat

OPEN_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _open_inside(name, parent_fd):
    """Open the folder ``name`` inside ``parent_fd``, making it enterable first if need be."""
    try:
        return os.open(name, OPEN_FOLDER, dir_fd=parent_fd)
    except PermissionError:
        os.chmod(name, 0o700, dir_fd=parent_fd, follow_symlinks=False)
        return os.open(name, OPEN_FOLDER, dir_fd=parent_fd)


def _empty_of_files(fd):
    """Unlink every entry of the open folder but its subfolders; the first subfolder's name, if any."""
    os.fchmod(fd, 0o700)  # a folder left unwritable: its entries could not go otherwise
    for entry in os.scandir(fd):
        try:
            if entry.is_dir(follow_symlinks=False):
                return entry.name
            os.unlink(entry.name, dir_fd=fd)
        except FileNotFoundError:
            pass
    return None


def remove_tree(path):
    """Remove ``path`` and all beneath it; never raises (what cannot go, stays)."""
    if os.open not in os.supports_dir_fd:
        shutil.rmtree(path, ignore_errors=True)
        return
    try:
        info = os.lstat(path)
    except OSError:
        return
    try:
        if not stat.S_ISDIR(info.st_mode):
            os.unlink(path)
            return
        parent = os.open(os.path.dirname(path) or ".", OPEN_FOLDER)
        try:
            fd, names = _open_inside(os.path.basename(path), parent), []
        finally:
            os.close(parent)
    except OSError:
        return
    try:
        while True:
            sub = _empty_of_files(fd)
            if sub is not None:  # go down
                down = _open_inside(sub, fd)
                os.close(fd)
                fd = down
                names.append(sub)
                continue
            if not names:
                break
            up = os.open("..", OPEN_FOLDER, dir_fd=fd)  # climb back and remove the folder just emptied
            os.close(fd)
            fd = up
            try:
                os.rmdir(names.pop(), dir_fd=fd)
            except OSError as exc:
                if exc.errno != errno.ENOENT:
                    return
        os.close(fd)
        fd = -1
        os.rmdir(path)
    except OSError:
        return
    finally:
        if fd >= 0:
            try:
                os.close(fd)
            except OSError:
                pass
