"""Opening the files of a scanned tree: only regular files, only inside the allowed roots, never
blocking.

A scan reads files named by a tree it does not control: any of them may be, or become between
the listing and the read, a symbolic link to ``/etc/shadow``, a fifo that would block ``open``
forever, or a device whose driver acts on ``open``. So a path is checked on the file that was
actually opened, not on the name, in three steps (``open_regular``):

1. ``open(path, O_PATH)``, with ``O_NOFOLLOW`` unless symbolic links are followed. An ``O_PATH``
   descriptor only names the file the kernel resolved: it never blocks (not even on a fifo),
   reads nothing and does not invoke a device's ``open``. With ``O_NOFOLLOW`` a symbolic link is
   opened itself rather than followed, and refused in step 2.
2. ``fstat`` of that descriptor must be a regular file, and the descriptor's location, the
   kernel's own path of the opened file (``readlink("/proc/self/fd/N")``: absolute, every
   symbolic link and ``..`` resolved, whatever the path went through), must lie inside one of
   the allowed roots. As both are asked about the descriptor, a rename, a swapped symbolic link
   or a swapped parent directory cannot make them describe another file than the one opened.
3. ``open("/proc/self/fd/N", O_RDONLY | O_NONBLOCK)`` reopens that very file (the magic link
   designates the open file, not a path), for reading.

Comparing ``fstat`` of a descriptor with ``stat`` of ``os.path.realpath(path)`` would not do:
``realpath`` walks the names again, and a directory swapped for a symbolic link after that walk
makes both calls agree on a file outside. The price of the robust way is Linux: ``O_PATH`` and
``/proc/self/fd`` (mounted in every container runtime; without it every read is refused, never
allowed unchecked).
"""

from __future__ import annotations

import os
import stat as stat_mod
from collections.abc import Iterable
from pathlib import Path

# Descriptors are never inherited by the parsers' or anyone's child processes.
_PATH_FLAGS = os.O_PATH | os.O_CLOEXEC
# O_NONBLOCK: a regular file ignores it; it is there so that nothing can make this open wait.
_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
_KINDS = (
    (stat_mod.S_ISDIR, "a directory"),
    (stat_mod.S_ISLNK, "a symbolic link (not followed)"),
    (stat_mod.S_ISFIFO, "a fifo"),
    (stat_mod.S_ISSOCK, "a socket"),
    (stat_mod.S_ISCHR, "a character device"),
    (stat_mod.S_ISBLK, "a block device"),
)

OUTSIDE = "outside the allowed roots"


class Refused(Exception):
    """The file must not be read; the message is the reason shown as the file's scan error."""


class AllowedRoots:
    """The directories a scan may read below, as resolved absolute paths."""

    __slots__ = ("_prefixes", "_roots")

    def __init__(self, roots: Iterable[Path | str]) -> None:
        # rstrip: '/' itself becomes '' whose prefix '/' holds everything.
        self._roots = tuple(os.fspath(root).rstrip("/") for root in roots)
        self._prefixes = tuple(root + "/" for root in self._roots)

    def __contains__(self, location: str) -> bool:
        """Whether the absolute, resolved ``location`` is one of the roots or below one."""
        return location in self._roots or location.startswith(self._prefixes)

    def check(self, fd: int) -> None:
        """Raise ``Refused`` unless the open file ``fd`` lies inside the roots."""
        try:
            where = location(fd)
        except OSError as exc:  # no /proc: refuse, never read unchecked
            raise Refused(f"its location cannot be checked: {exc.strerror}") from exc
        if where not in self:
            raise Refused(OUTSIDE)


def location(fd: int) -> str:
    """Where the open file ``fd`` is: the kernel's absolute path of it, links resolved.

    A file deleted since it was opened reads as ``<path> (deleted)``.
    """
    return os.readlink(f"/proc/self/fd/{fd}")


def open_regular(
    path: str,
    *,
    follow_symlinks: bool,
    roots: AllowedRoots | None,
    dir_fd: int | None = None,
) -> int:
    """A descriptor for reading the regular file ``path`` (see the module docstring).

    ``path`` is relative to ``dir_fd`` when given. ``roots`` None skips the location check, for
    names opened without following links relative to a directory already checked. Raises
    ``Refused`` for a file that is not regular or lies outside ``roots``, ``OSError`` when the
    file cannot be opened (missing, permissions).
    """
    flags = _PATH_FLAGS if follow_symlinks else _PATH_FLAGS | os.O_NOFOLLOW
    handle = os.open(path, flags, dir_fd=dir_fd)
    try:
        if roots is not None:
            roots.check(handle)
        mode = os.fstat(handle).st_mode
        if not stat_mod.S_ISREG(mode):
            raise Refused(next((kind for test, kind in _KINDS if test(mode)), "not a regular file"))
        return os.open(f"/proc/self/fd/{handle}", _READ_FLAGS)
    finally:
        os.close(handle)


def read_upto(fd: int, size: int) -> bytes:
    """Up to ``size`` bytes from ``fd``'s position, fewer only at the end of the file."""
    chunks = []
    while size > 0:
        chunk = os.read(fd, size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_regular(
    path: str,
    *,
    follow_symlinks: bool,
    roots: AllowedRoots | None,
    dir_fd: int | None = None,
) -> bytes:
    """The whole content of the regular file ``path``, opened as ``open_regular`` does."""
    fd = open_regular(path, follow_symlinks=follow_symlinks, roots=roots, dir_fd=dir_fd)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def open_directory(
    path: str, *, follow_symlinks: bool, roots: AllowedRoots | None, dir_fd: int | None = None
) -> int:
    """A descriptor of the directory ``path`` for listing (``os.scandir(fd)``).

    ``O_DIRECTORY`` makes anything else fail with ``ENOTDIR`` before it is opened (a fifo cannot
    block it, a device is not opened); ``O_NOFOLLOW`` (unless ``follow_symlinks``) makes a
    symbolic link fail with ``ELOOP``. The location check is the one of ``open_regular``.
    """
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
    fd = os.open(path, flags if follow_symlinks else flags | os.O_NOFOLLOW, dir_fd=dir_fd)
    if roots is not None:
        try:
            roots.check(fd)
        except BaseException:
            os.close(fd)
            raise
    return fd


def check_inside(path: str, roots: AllowedRoots, *, dir_fd: int | None = None) -> None:
    """Raise ``Refused`` unless ``path``, symbolic links followed, lies inside ``roots``
    (``OSError`` when it cannot be resolved); nothing is opened for reading."""
    handle = os.open(path, _PATH_FLAGS, dir_fd=dir_fd)
    try:
        roots.check(handle)
    finally:
        os.close(handle)
