"""File discovery for a scan: which files under a root are recorded, following git's ignore rules.

``discover`` walks the tree depth-first with ``os.scandir`` and yields a ``Candidate`` per file, in
the order of the ``'/'``-joined relative paths, lazily: only the listings of the directories on the
current path are held in memory (bounded by the largest single directory, not by the tree), and a
file is ``stat``-ed only when the walk reaches it.

What is recorded (ARCHITECTURE.md "What a scan records"; drift-api.md §2), decided per directory
entry, each step able to exclude:

1. Ignore files, with git's semantics: patterns of a file are relative to its directory; for an
   entry, the ignore files of its directory and of every ancestor up to the root are consulted
   from the most to the least specific (per directory ``.driftignore`` before ``.gitignore``, and
   after the root's ``.gitignore`` the repository's ``info/exclude``); the first file with a rule
   matching the entry decides, the last matching rule within a file wins, ``!`` re-includes. An
   excluded directory is not entered, so nothing below it can be re-included (git's rule, and what
   keeps the walk fast). ``pathspec`` compiles each pattern, but a rule must match the entry
   itself, as in git: ``GitIgnoreSpec.check_file`` answers for whole file paths and lets a rule
   match a file through its directories, which differs from git across ignore files and even
   within one (it keeps ``d/keep.txt`` for ``!keep.txt`` then ``d/``), so it is not used for this
   (see ``_Rules``). A line pathspec rejects is skipped. Ignore files are read only when they are
   regular files (git does not follow symlinked ``.gitignore`` files either). Not consulted: the
   global git excludes file (``core.excludesFile``) and ignore files above the root, which is
   treated as the repository root; ``.gitignore`` files apply whether or not the root is a git
   repository.
2. ``DEFAULT_EXCLUDES``: directories (not files) with one of these names, at any depth.
3. ``DiscoveryOptions.extra_ignore``: root-relative gitignore patterns checked last, so they have
   the final word on steps 1-2: a plain pattern excludes, a matching ``!`` pattern re-includes an
   entry excluded by an ignore file or a default exclude (``!bin/`` scans ``bin`` directories).
4. ``DiscoveryOptions.include``: when non-empty, a whitelist of gitignore patterns for files, with
   ``GitIgnoreSpec.match_file`` semantics (a file is kept when the patterns would ignore it,
   through its directories too: ``src/`` keeps every file under ``src``; ``!`` and last-match-wins
   apply). Directories are always entered, since files below them may match.
5. The size limit: ``size > max_file_size`` is counted in ``skipped_large``.

An entry named ``.git`` (directory or file, at any depth) is never listed nor counted. Hidden files
are listed. Non-regular files (fifos, sockets, devices) are skipped silently: they are never
opened. A name that is not valid UTF-8 (paths are TEXT in drift.db and strings in the API) is
reported in ``errors`` under ``_printable(path)`` (``bad\\xff.py``) and not listed, nor anything
below a directory so named; one that an ignore rule excludes is only counted as ignored.

The walk opens each directory relative to its parent's descriptor and lists it with
``os.scandir(fd)``, so no path is resolved twice: a directory listed as one is opened with
``O_NOFOLLOW``, and one swapped for a symbolic link before the walk reaches it is reported
(``a symbolic link (not followed)``), never entered. Ignore files are read the same way
(``safe_read``: regular files only, never blocking, a swapped-in link or fifo is reported).

Symlinks: with ``follow_symlinks=False`` (the default, as the Rust scanner) a symlink is neither
listed nor entered nor counted anywhere (git would list it as a file; the scanner never recorded
symlinks). With ``follow_symlinks=True`` a symlink is treated as what it points to, under the
link's own path: a file is listed with its target's size and mtime, a directory is entered (ignore
rules see it as a directory), but only when what it leads to lies inside ``allowed_roots``
(checked on the opened directory, or on an ``O_PATH`` descriptor of the file); otherwise it is
reported as ``outside the allowed roots`` and neither listed nor entered. A directory symlink
pointing to a directory on the current path (a loop) is reported in ``errors`` and not entered; a
dangling or self-referential symlink is reported in ``errors``. A directory reachable by two
non-looping links is listed under both. ``.git/info/exclude`` and, for a worktree, the ``.git``
file and ``commondir`` on the way to it are read only inside ``allowed_roots`` too (a worktree
whose main repository is outside them gets an error and no ``info/exclude`` rules). The scanner
checks the file it opens again (``scanner._read``), so a listing gone stale cannot make it read
outside.

Counting: ``skipped_ignored`` counts one per excluded entry (steps 1-4) at the level where it was
excluded: an excluded directory counts 1, the files below it are not walked to be counted.
``errors`` holds ``(relative path, reason)`` for directories that cannot be listed (the root is
``"."``), unreadable ignore files (treated as empty), files that vanished between listing and
``stat``, names that are not UTF-8, symlink errors and links leading outside the allowed roots;
the walk goes on past them.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import re
import stat as stat_mod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from pathspec import GitIgnoreSpec
from pathspec.patterns.gitignore.spec import GitIgnoreSpecPattern

from services.common import errors as service_errors
from services.drift_storage.scan import safe_read
from services.drift_storage.scan.file_language import language_of
from services.drift_storage.scan.safe_read import AllowedRoots, Refused

log = logging.getLogger(__name__)

DEFAULT_EXCLUDES: tuple[str, ...] = (
    "node_modules",
    ".git",
    "dist",
    "build",
    "target",
    ".next",
    ".nuxt",
    "__pycache__",
    ".pytest_cache",
    "coverage",
    ".nyc_output",
    "vendor",
    ".venv",
    "venv",
    ".tox",
    ".mypy_cache",
    "bin",
    "obj",
)
DEFAULT_MAX_FILE_SIZE = 1_048_576

IGNORE_FILES = (".driftignore", ".gitignore")  # per directory, in precedence order

_DEFAULT_EXCLUDED = frozenset(DEFAULT_EXCLUDES)
_FILE, _DIR, _BROKEN = 0, 1, 2
# A directory entry: (sort key, name, kind, DirEntry, the stat of a followed symbolic link or None,
# why a _BROKEN entry is reported or None); the sort key of a directory is its name + '/', which
# sorts the walk's output by full path ('a-b/x' before 'a/x').
_Entry = tuple[str, str, int, os.DirEntry[str], os.stat_result | None, str | None]


@dataclass(frozen=True)
class DiscoveryOptions:
    """How ``discover`` filters the tree (see the module docstring for the exact order)."""

    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # gitignore-syntax patterns; when non-empty, only matching files are kept (a whitelist),
    # applied after ignores
    include: tuple[str, ...] = ()
    # gitignore-syntax patterns relative to the root, applied like a root-level .driftignore after
    # everything else
    extra_ignore: tuple[str, ...] = ()
    follow_symlinks: bool = False

    def __post_init__(self) -> None:
        """Refuse request patterns up front (``options.include[i]``...): one that is too long,
        or that git's syntax cannot compile (``[z-a]``). In an ignore file such a line is
        skipped, as git skips it; in a request it is the client's mistake, and silently matching
        nothing would scan what the client meant to leave out."""
        for name in ("include", "extra_ignore"):
            patterns = getattr(self, name)
            if len(patterns) > MAX_PATTERNS:
                raise _bad_option(name, f"has {len(patterns)} patterns, {MAX_PATTERNS} at most")
            for index, pattern in enumerate(patterns):
                field = f"{name}[{index}]"
                if len(pattern) > MAX_PATTERN_CHARS:
                    raise _bad_option(
                        field, f"is {len(pattern)} characters long, {MAX_PATTERN_CHARS} at most"
                    )
                try:
                    GitIgnoreSpec.from_lines([pattern])
                except (ValueError, re.error) as exc:
                    raise _bad_option(field, f"is not a gitignore pattern: {exc}") from None


# Limits on the patterns of a request: long regex alternations slow every entry's match.
MAX_PATTERNS = 1000
MAX_PATTERN_CHARS = 4096


def _bad_option(field: str, description: str) -> service_errors.InvalidArgument:
    return service_errors.InvalidArgument(
        service_errors.FieldViolation(f"options.{field}", description)
    )


class Candidate(NamedTuple):
    """A file to scan (a NamedTuple: one is built per file, and this is the cheap kind)."""

    path: str  # relative to the root, '/'-separated
    size: int
    mtime_ns: int
    language: str | None  # languages.language_of(path)


@dataclass
class DiscoveryStats:
    """What ``discover`` left out; filled in while the iterator is consumed.

    ``skipped_ignored`` counts one per excluded directory entry (an excluded directory counts 1,
    whatever is below it is not walked); ``errors`` holds ``(relative path, reason)``.
    """

    skipped_ignored: int = 0
    skipped_large: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


_ANY_DIRS = "(?:.+/)?"  # how pathspec starts the regex of a pattern without a slash
_Search = Callable[[str], object]


class _Rules:
    """One ignore file (or ``extra_ignore``) compiled for matching a single directory entry.

    ``pathspec.GitIgnoreSpec`` answers "is this *file* ignored", letting a pattern match a file
    through one of its parent directories (``build/`` matches ``build/x.js``) and, in its regexes,
    marking the slash after a directory with a named group. The walk needs git's own question, "does
    the pattern match this entry itself" (ancestors were decided at their own level), so each
    pattern's regex is split at that directory mark into a regex for files (the mark can never
    match: reaching a file through a directory is not a match) and one for directories (the mark
    must be the end of the path). The entry's path is always given without a trailing slash.

    ``decide`` returns True (ignored), False (re-included by ``!``) or None (no rule matches) from
    the last matching rule. Most paths match nothing, so a single alternation of all the rules is
    tried first and only a hit pays for the rule-by-rule scan.
    """

    __slots__ = ("dir_gate", "dir_rules", "file_gate", "file_rules")

    def __init__(self, patterns: list[GitIgnoreSpecPattern]) -> None:
        file_rules: list[tuple[_Search, bool]] = []
        dir_rules: list[tuple[_Search, bool]] = []
        file_texts: list[str] | None = []
        dir_texts: list[str] | None = []
        for pattern in reversed(patterns):  # the last matching rule wins
            if pattern.regex is None:  # a blank line or a comment: _patterns keeps none
                continue
            include = bool(pattern.include)
            texts = _entry_regexes(pattern)
            try:
                file_search = re.compile(texts[0]).search if texts else None
                dir_search = re.compile(texts[1]).search if texts else None
            except re.error:
                texts = file_search = dir_search = None
            if texts is None or file_search is None or dir_search is None:
                # A regex shape not known here: pathspec's own test (which also matches through
                # directories), and no pre-check for this file.
                search = pattern.regex.search
                file_rules.append((search, include))
                dir_rules.append((_as_directory(search), include))
                file_texts = dir_texts = None
                continue
            file_rules.append((file_search, include))
            dir_rules.append((dir_search, include))
            if file_texts is not None and dir_texts is not None:
                file_texts.append(texts[0])
                dir_texts.append(texts[1])
        self.file_rules = file_rules
        self.dir_rules = dir_rules
        self.file_gate = _alternation(file_texts) if file_texts else None
        self.dir_gate = _alternation(dir_texts) if dir_texts else None

    def decide(self, path: str, is_dir: bool) -> bool | None:
        """True: ignored, False: re-included (``!``), None: no rule matches ``path``."""
        if is_dir:
            gate, rules = self.dir_gate, self.dir_rules
        else:
            gate, rules = self.file_gate, self.file_rules
        if gate is not None and gate(path) is None:
            return None
        for search, include in rules:
            if search(path) is not None:
                return include
        return None


def _patterns(lines: Iterable[str]) -> list[GitIgnoreSpecPattern]:
    """The patterns of gitignore ``lines``, compiled by pathspec one by one, so that a line it
    rejects (a trailing backslash, a lone '!', a bad range) is skipped as git does, not fatal;
    blank lines and comments are dropped."""
    patterns: list[GitIgnoreSpecPattern] = []
    for line in lines:
        try:
            compiled = GitIgnoreSpec.from_lines([line]).patterns
        except (ValueError, re.error):  # re.error: a range like [z-a], which git never matches
            continue
        patterns.extend(p for p in compiled if p.include is not None and p.regex is not None)
    return patterns


def _as_directory(search: _Search) -> _Search:
    """``search`` of a directory's path, given as pathspec's regexes expect it (a trailing '/')."""
    return lambda path: search(path + "/")


def _entry_regexes(pattern: GitIgnoreSpecPattern) -> tuple[str, str] | None:
    """The regexes (file, directory) matching what ``pattern`` matches itself, or None.

    pathspec marks a directory match with a single named group ``(?P<ps_d>/)``: for a file that
    group can never match, for a directory it is the end of the path. A regex without the group
    (``^a/`` for ``a/**``, ``.`` for ``*``) already matches entries themselves. pathspec writes
    ``a/**/`` (directories strictly inside ``a``) like ``a/`` (``a`` itself); that is restored.
    """
    regex = pattern.regex
    if regex is None:
        return None
    text = regex.pattern
    if not isinstance(text, str) or regex.flags & ~re.UNICODE:
        return None
    names = list(regex.groupindex)
    if not names:
        return text, text
    mark = f"(?P<{names[0]}>/)"
    if len(names) != 1 or text.count(mark) != 1:
        return None
    before, after = text.split(mark)
    dir_text = before + r"\Z" + after
    if not after and before not in ("", "^") and str(pattern.pattern).rstrip(" ").endswith("/**/"):
        dir_text = before + r"/.+\Z"
    return before + "(?!)" + after, dir_text


def _alternation(texts: list[str]) -> _Search | None:
    """The ``search`` of one regex matching where any of ``texts`` matches, or None.

    Arranged for speed without changing what it matches: a leading ``^`` shared by all is
    factored out (``re`` then tries only position 0), and so is the ``(?:.+/)?`` prefix of the
    unanchored patterns (one scan for the directory part, not one per pattern).
    """
    try:
        if not all(text.startswith("^") for text in texts):
            return re.compile("|".join(f"(?:{text})" for text in texts)).search
        anywhere = [t[1 + len(_ANY_DIRS) :] for t in texts if t.startswith(_ANY_DIRS, 1)]
        anchored = [t[1:] for t in texts if not t.startswith(_ANY_DIRS, 1)]
        if anywhere:
            anchored.append(f"{_ANY_DIRS}(?:{'|'.join(f'(?:{t})' for t in anywhere)})")
        return re.compile(f"^(?:{'|'.join(f'(?:{t})' for t in anchored)})").search
    except re.error:
        return None


# The rules in force: (length of the rule file's directory prefix, rules), most specific first.
_Chain = tuple[tuple[int, _Rules], ...]


class _Frame:
    """A directory being walked: its descriptor, entries not walked yet (in reverse path order,
    popped as they are walked, which frees them as we go) and the rules in force inside it.

    The entries were listed from ``fd`` (``os.scandir(fd)``), so their ``stat`` is relative to
    it: ``fd`` stays open until the frame is popped.
    """

    __slots__ = ("chain", "dir_id", "entries", "fd", "prefix")

    def __init__(
        self,
        prefix: str,
        entries: list[_Entry],
        chain: _Chain,
        dir_id: tuple[int, int] | None,
        fd: int,
    ) -> None:
        self.prefix = prefix  # '' for the root, else 'a/b/'
        self.entries = entries
        self.chain = chain
        self.dir_id = dir_id
        self.fd = fd


def discover(
    root: Path,
    options: DiscoveryOptions,
    stats: DiscoveryStats,
    cancelled: Callable[[], bool] = lambda: False,
    allowed_roots: Iterable[Path] | None = None,
) -> Iterator[Candidate]:
    """Candidates in sorted path order (the order of '/'-joined relative paths), lazily, with
    bounded memory for huge trees; stops early when cancelled() is true.

    Raises ``FileNotFoundError`` / ``NotADirectoryError`` at once (not on the first ``next``) when
    ``root`` is missing or not a directory. ``stats`` is updated as the iterator is consumed.
    ``cancelled`` is polled before each directory entry is handled. ``allowed_roots`` (resolved,
    absolute; by default ``root`` itself) confine what followed symbolic links may reach and
    where ``.git/info/exclude`` may be read from; the first ``next`` raises
    ``errors.RootOutsideAllowedRoots`` if ``root`` itself no longer lies inside them, and
    ``errors.RootUnreadable`` if it cannot be listed (rather than listing nothing, which would
    make every recorded file look removed).
    """
    root_str = os.fspath(root)
    root_stat = os.stat(root_str)
    if not stat_mod.S_ISDIR(root_stat.st_mode):
        raise NotADirectoryError(f"not a directory: {root_str}")
    roots = AllowedRoots([os.path.realpath(root_str)] if allowed_roots is None else allowed_roots)
    return _walk(root_str, roots, options, stats, cancelled)


@functools.lru_cache(maxsize=256)
def _compile(lines: tuple[str, ...]) -> _Rules | None:
    """The rules of gitignore ``lines``, or None when no line is a pattern.

    Cached by content: rules never change once built, and a rescan of the same tree (or a tree
    sharing ignore files) then skips the regex compilation, a large share of a small scan.
    """
    patterns = _patterns(lines)
    return _Rules(patterns) if patterns else None


def _read_spec(dir_fd: int, name: str, rel: str, stats: DiscoveryStats) -> _Rules | None:
    """The compiled ignore file ``name`` of the directory ``dir_fd``; an unreadable one is
    reported and treated as empty.

    It is opened as the scanner opens files (``safe_read.open_regular``), without following a
    link: one swapped for a symbolic link or a fifo since it was listed is refused, not read or
    waited on. Lines are split on LF with a trailing CR dropped and a leading UTF-8 BOM skipped,
    as git does.
    """
    try:
        data = safe_read.read_regular(name, follow_symlinks=False, roots=None, dir_fd=dir_fd)
    except (OSError, Refused) as exc:
        stats.errors.append((rel, _reason(exc)))
        return None
    return _parse_spec(data)


def _parse_spec(data: bytes) -> _Rules | None:
    text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    return _compile(tuple(line.removesuffix("\r") for line in text.split("\n")))


class _Unusable(Exception):
    """A git file that is there but cannot be used (already reported)."""


def _git_file(path: str, root: str, roots: AllowedRoots, stats: DiscoveryStats) -> bytes | None:
    """The content of the git file ``path`` (``.git``, ``commondir``, ``info/exclude``), links
    followed; None when it does not exist. Raises ``_Unusable`` after reporting it in ``errors``
    when it cannot be read, and without reporting it when it lies outside ``roots`` (a worktree
    whose main repository is not an allowed root: its ``info/exclude`` is not applied)."""
    try:
        return safe_read.read_regular(path, follow_symlinks=True, roots=roots)
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the path
        return None
    except Refused as exc:
        if str(exc) == safe_read.OUTSIDE:
            # A worktree whose main repository is not an allowed root: its info/exclude is not
            # read (confinement wins), and that is no error of the scan's files.
            log.info("not reading %s: %s", path, exc)
            raise _Unusable from exc
        stats.errors.append((os.path.relpath(path, root), _reason(exc)))
        raise _Unusable from exc
    except OSError as exc:
        stats.errors.append((os.path.relpath(path, root), _reason(exc)))
        raise _Unusable from exc


def _first_line(data: bytes | None) -> str | None:
    """The first line of a small git file, stripped; None if absent or not UTF-8."""
    try:
        return None if data is None else data.decode("utf-8").split("\n", 1)[0].strip()
    except UnicodeDecodeError:
        return None


def _info_exclude(root: str, roots: AllowedRoots, stats: DiscoveryStats) -> _Rules | None:
    """The rules of the repository's ``info/exclude``: under ``.git``, or for a worktree or
    submodule whose ``.git`` is a ``gitdir:`` file, under its (common) git directory.

    None when there is none; every git file on the way is read as ``_git_file`` says, so one that
    cannot be read or lies outside ``roots`` is reported in ``errors`` and gives no rules.
    """
    dot_git = os.path.join(root, ".git")
    try:
        if os.path.isdir(dot_git):
            git_dir = dot_git
        else:
            first = _first_line(_git_file(dot_git, root, roots, stats))
            if first is None or not first.startswith("gitdir:"):
                return None
            git_dir = os.path.join(root, first.removeprefix("gitdir:").strip())
            common = _first_line(_git_file(os.path.join(git_dir, "commondir"), root, roots, stats))
            if common:
                git_dir = os.path.join(git_dir, common)
        data = _git_file(os.path.join(git_dir, "info", "exclude"), root, roots, stats)
    except _Unusable:
        return None
    return None if data is None else _parse_spec(data)


def _reason(exc: OSError | Refused) -> str:
    if isinstance(exc, Refused):
        return str(exc)
    return exc.strerror or str(exc) or type(exc).__name__


def _vanished_or(exc: OSError) -> str:
    return "vanished during the scan" if isinstance(exc, FileNotFoundError) else _reason(exc)


def _is_utf8(name: str) -> bool:
    """Whether ``name`` (decoded by ``os`` with ``surrogateescape``) was valid UTF-8 on disk."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(path: str) -> str:
    """``path`` as valid UTF-8: the bytes that are not UTF-8 shown as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _list_dir(
    fd: int, rel: str, follow: bool, stats: DiscoveryStats
) -> tuple[list[_Entry], list[str]] | None:
    """The entries of the directory ``fd`` in reverse path order (the walk pops them), and the
    names of its ignore files (precedence order). Returns None (and reports the error) when the
    directory cannot be listed.
    """
    entries: list[_Entry] = []
    ignore_files: set[str] = set()
    try:
        with os.scandir(fd) as it:
            for entry in it:
                name = entry.name
                if name == ".git":
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        entries.append((name + "/", name, _DIR, entry, None, None))
                    elif entry.is_file(follow_symlinks=False):
                        entries.append((name, name, _FILE, entry, None, None))
                        if name in IGNORE_FILES:
                            ignore_files.add(name)
                    elif follow and entry.is_symlink():
                        entries.append(_resolve_link(entry))
                except OSError as exc:  # d_type unknown and the entry vanished
                    entries.append((name, name, _BROKEN, entry, None, _vanished_or(exc)))
    except OSError as exc:
        stats.errors.append((rel or ".", _reason(exc)))
        return None
    entries.sort(key=itemgetter(0), reverse=True)  # sort keys are distinct: no ties
    return entries, [name for name in IGNORE_FILES if name in ignore_files]


def _resolve_link(entry: os.DirEntry[str]) -> _Entry:
    """A followed symlink as the entry it points to, or as a broken entry carrying the error."""
    name = entry.name
    try:
        st = entry.stat(follow_symlinks=True)
    except OSError as exc:  # dangling, or a loop of links (ELOOP)
        return (name, name, _BROKEN, entry, None, f"broken symlink: {_reason(exc)}")
    if stat_mod.S_ISDIR(st.st_mode):
        return (name + "/", name, _DIR, entry, st, None)
    if stat_mod.S_ISREG(st.st_mode):
        return (name, name, _FILE, entry, st, None)
    return (name, name, _BROKEN, entry, None, None)  # a link to a fifo, socket or device: skipped


def _root_frame(
    fd: int, root: str, roots: AllowedRoots, follow: bool, stats: DiscoveryStats
) -> _Frame | None:
    """The frame of the root directory ``fd``, which it then owns; None (``fd`` closed, the
    error reported) when it cannot be listed."""
    frame = None
    try:
        listed = _list_dir(fd, "", follow, stats)
        if listed is None:
            return None
        entries, ignore_files = listed
        chain: list[tuple[int, _Rules]] = []
        for name in ignore_files:
            spec = _read_spec(fd, name, name, stats)
            if spec is not None:
                chain.append((0, spec))
        info_exclude = _info_exclude(root, roots, stats)
        if info_exclude is not None:
            chain.append((0, info_exclude))
        root_id = None
        if follow:
            st = os.fstat(fd)
            root_id = (st.st_dev, st.st_ino)
        frame = _Frame("", entries, tuple(chain), root_id, fd)
        return frame
    finally:
        if frame is None:
            os.close(fd)


def _enter(
    parent: _Frame,
    name: str,
    rel: str,
    via_link: bool,
    follow: bool,
    roots: AllowedRoots,
    on_path: set[tuple[int, int]],
    stats: DiscoveryStats,
) -> _Frame | None:
    """The frame of the directory ``name`` of ``parent``, which owns the directory's descriptor,
    or None when it is not entered (the reason reported in ``stats.errors``).

    It is opened relative to the parent's descriptor, so the walk never goes through a path again:
    a directory listed as one is opened without following a link (one swapped for a symbolic link
    since is refused), and a followed symbolic link (``via_link``) is entered only when the
    directory opened lies inside ``roots``. With ``follow``, a directory already on the walk's
    path is a loop.
    """
    try:
        fd = safe_read.open_directory(
            name, follow_symlinks=via_link, roots=roots if via_link else None, dir_fd=parent.fd
        )
    except Refused as exc:
        stats.errors.append((rel, str(exc)))
        return None
    except OSError as exc:
        swapped = (
            not via_link and exc.errno in (errno.ELOOP, errno.ENOTDIR) and _is_link(parent, name)
        )
        stats.errors.append(
            (rel, "a symbolic link (not followed)" if swapped else _vanished_or(exc))
        )
        return None
    frame = None
    try:
        dir_id = None
        if follow:
            st = os.fstat(fd)
            dir_id = (st.st_dev, st.st_ino)
            if dir_id in on_path:
                stats.errors.append((rel, "symlink loop: points to a directory above it"))
                return None
        listed = _list_dir(fd, rel, follow, stats)
        if listed is None:
            return None
        sub_entries, ignore_files = listed
        chain = parent.chain
        base = len(rel) + 1
        for ignore in reversed(ignore_files):  # .gitignore first, so .driftignore ends on top
            spec = _read_spec(fd, ignore, f"{rel}/{ignore}", stats)
            if spec is not None:
                chain = ((base, spec), *chain)
        frame = _Frame(rel + "/", sub_entries, chain, dir_id, fd)
        return frame
    finally:
        if frame is None:
            os.close(fd)


def _is_link(parent: _Frame, name: str) -> bool:
    """Whether ``name`` in ``parent`` is now a symbolic link (``O_NOFOLLOW`` refuses one with
    ``ELOOP`` or, with ``O_DIRECTORY``, ``ENOTDIR``, which a file swapped in also gives)."""
    try:
        return stat_mod.S_ISLNK(os.stat(name, dir_fd=parent.fd, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _walk(
    root: str,
    roots: AllowedRoots,
    options: DiscoveryOptions,
    stats: DiscoveryStats,
    cancelled: Callable[[], bool],
) -> Iterator[Candidate]:
    """The walk. Each directory's descriptor is closed when the walk leaves it, or when the
    generator is closed (cancelled, or an exception)."""
    follow = options.follow_symlinks
    max_size = options.max_file_size
    extra = _compile(tuple(options.extra_ignore))
    # The whitelist keeps pathspec's file semantics: a file is included when the patterns would
    # ignore it, through its directories too ("src/" includes every file below src).
    include = GitIgnoreSpec(_patterns(options.include)) if options.include else None
    errors = stats.errors
    default_excluded = _DEFAULT_EXCLUDED
    languages: dict[str, str | None] = {}  # language_of by suffix, which is all it depends on

    if cancelled():
        return
    try:
        root_fd = safe_read.open_directory(root, follow_symlinks=True, roots=roots)
    except Refused as exc:  # it was inside when the scan was asked for: moved since
        raise service_errors.RootOutsideAllowedRoots(
            f"{_printable(root)} is now {exc}", metadata={"root": _printable(root)}
        ) from exc
    first = _root_frame(root_fd, root, roots, follow, stats)
    if first is None:
        # A walk that lists nothing would make every recorded file look removed.
        reason = next((why for path, why in errors if path == "."), "it cannot be listed")
        raise service_errors.RootUnreadable(
            f"the root {_printable(root)} cannot be listed ({reason}); nothing was changed",
            metadata={"root": _printable(root)},
        )
    stack = [first]
    on_path = {first.dir_id} if first.dir_id is not None else set()
    try:
        while stack:
            frame = stack[-1]
            if not frame.entries:
                stack.pop()
                os.close(frame.fd)
                if frame.dir_id is not None and stack:
                    on_path.discard(frame.dir_id)
                continue
            _, name, kind, entry, followed, problem = frame.entries.pop()
            if cancelled():
                return
            rel = frame.prefix + name
            is_dir = kind == _DIR

            ignored = False
            for base, rules in frame.chain:
                decision = rules.decide(rel[base:], is_dir)
                if decision is not None:
                    ignored = decision
                    break
            if is_dir and name in default_excluded:
                ignored = True
            if extra is not None:
                decision = extra.decide(rel, is_dir)
                if decision is not None:
                    ignored = decision
            if ignored:
                stats.skipped_ignored += 1
                continue

            # A path is TEXT in drift.db and a string in the API: a name that is not UTF-8 cannot
            # be recorded (nor anything below a directory so named). isascii() is nearly free.
            if not name.isascii() and not _is_utf8(name):
                errors.append((_printable(rel), "name is not valid UTF-8: not scanned"))
                continue

            if kind == _BROKEN:
                if problem is not None:  # None: a link to something neither file nor directory
                    errors.append((rel, problem))
                continue

            if is_dir:
                sub = _enter(frame, name, rel, followed is not None, follow, roots, on_path, stats)
                if sub is not None:
                    if sub.dir_id is not None:
                        on_path.add(sub.dir_id)
                    stack.append(sub)
                continue

            if include is not None and not include.match_file(rel):
                stats.skipped_ignored += 1
                continue
            try:
                st = followed if followed is not None else entry.stat(follow_symlinks=False)
            except OSError as exc:
                errors.append((rel, _vanished_or(exc)))
                continue
            if not stat_mod.S_ISREG(st.st_mode):
                continue
            if followed is not None:  # a followed symbolic link: where it leads must be allowed
                try:
                    safe_read.check_inside(name, roots, dir_fd=frame.fd)
                except OSError as exc:
                    errors.append((rel, _vanished_or(exc)))
                    continue
                except Refused as exc:
                    errors.append((rel, str(exc)))
                    continue
            if st.st_size > max_size:
                stats.skipped_large += 1
                continue
            # the suffix as PurePath defines it, the only input of language_of
            dot = name.rfind(".")
            suffix = name[dot:] if 0 < dot < len(name) - 1 else ""
            try:
                language = languages[suffix]
            except KeyError:
                if len(languages) > 4096:
                    languages.clear()
                language = languages[suffix] = language_of(name)
            yield Candidate(rel, st.st_size, st.st_mtime_ns, language)
    finally:
        for frame in stack:
            os.close(frame.fd)
