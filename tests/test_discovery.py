"""discover(): which files a scan records, checked on real temporary trees, with git as the oracle
for the ignore rules."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from services.drift_storage.scan import discovery
from services.drift_storage.scan.discovery import (
    DEFAULT_EXCLUDES,
    DEFAULT_MAX_FILE_SIZE,
    Candidate,
    DiscoveryOptions,
    DiscoveryStats,
    discover,
)
from services.drift_storage.scan.file_language import language_of

BIG = DiscoveryOptions(max_file_size=1 << 40)
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def make_tree(root: Path, spec: dict[str, str | bytes]) -> Path:
    """Create files (and their directories) under ``root``; a key ending in '/' is a directory."""
    for rel, content in spec.items():
        path = root / rel
        if rel.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return root


def run(root: Path, options: DiscoveryOptions = BIG, **kw) -> tuple[list[str], DiscoveryStats]:
    """The discovered paths (in yield order) and the stats."""
    stats = DiscoveryStats()
    return [c.path for c in discover(root, options, stats, **kw)], stats


def git_env(home: Path) -> dict[str, str]:
    """An environment isolating git from the user's and system's configuration."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "xdg"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.com",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.com",
    )
    return env


def git_init(root: Path, home: Path, info_exclude: str = "") -> dict[str, str]:
    """``git init`` in ``root`` with the given ``.git/info/exclude``; returns the git env."""
    env = git_env(home)
    subprocess.run(["git", "init", "-q", str(root)], env=env, check=True)
    (root / ".git" / "info").mkdir(parents=True, exist_ok=True)
    (root / ".git" / "info" / "exclude").write_text(info_exclude)
    return env


def git_files(root: Path, env: dict[str, str]) -> list[str]:
    """What git shows: tracked and untracked files that are not ignored, sorted."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "-co", "--exclude-standard"],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
    ).stdout
    return sorted(out.decode("utf-8", "surrogateescape").split("\0")[:-1])


ORACLE_TREE: dict[str, str | bytes] = {
    ".gitignore": "\n".join(
        [
            "# comment",
            "*.log",
            "!important.log",
            "/root_only.txt",
            "tmp/",
            "docs/**/draft.md",
            "**/cache",
            "secret/",
            "!secret/keep.txt",
            "*.bak",
            "generated/*",
            "!generated/keep/",
            "\\!bang.txt",
            "",
        ]
    ),
    "a.log": "",
    "important.log": "",
    "also.log": "",
    "x.excluded": "",
    "root_only.txt": "",
    "!bang.txt": "",
    "keep.txt": "",
    "cache": "",
    "sub/root_only.txt": "",
    "sub/tmp": "a file named like a directory-only pattern",
    "tmp/x.txt": "",
    "docs/draft.md": "",
    "docs/a/b/draft.md": "",
    "docs/a/readme.md": "",
    "deep/x/cache/y.txt": "",
    "deep/x/z.bak": "",
    "deep/x/z.txt": "",
    "secret/keep.txt": "",
    "secret/other.txt": "",
    "generated/out.js": "",
    "generated/keep/k.js": "",
    "generated/sub/s.js": "",
    "sub/.gitignore": "!*.log\n/local.txt\nnested/\n!y.excluded\n",
    "sub/x.log": "",
    "sub/y.excluded": "",
    "sub/local.txt": "",
    "sub/deeper/local.txt": "",
    "sub/nested/n.txt": "",
    "sub/deeper/.gitignore": "*.txt\n!keep.txt\n",
    "sub/deeper/keep.txt": "",
    "sub/deeper/drop.txt": "",
    "sub/deeper/x.log": "",
    ".hidden/file.txt": "",
    ".env": "",
}


@needs_git
def test_matches_git_ls_files(tmp_path: Path) -> None:
    """On a tree with nested .gitignore files (negations, anchored patterns, '**', directory-only
    patterns, a negation below an excluded directory that must not re-include, an escaped '!') and
    a .git/info/exclude, discover() lists exactly what `git ls-files -co --exclude-standard` does,
    in sorted order."""
    root = make_tree(tmp_path / "repo", ORACLE_TREE)
    env = git_init(root, tmp_path / "home", info_exclude="*.excluded\n!also.log\n")
    expected = git_files(root, env)
    got, stats = run(root)
    assert got == sorted(got)
    assert got == expected
    # Spot checks, so that a git behaving differently would not go unnoticed.
    assert "secret/keep.txt" not in got and "generated/keep/k.js" in got
    assert "sub/x.log" in got and "sub/y.excluded" in got and "also.log" not in got
    assert "sub/root_only.txt" in got and "sub/tmp" in got and "!bang.txt" not in got
    assert stats.errors == []


@needs_git
def test_ignore_file_syntax_matches_git(tmp_path: Path) -> None:
    """Ignore-file syntax details agree with git: a UTF-8 BOM, CRLF line ends, trailing spaces
    (stripped unless escaped), escaped '#', and lines pathspec rejects (a trailing backslash, a
    lone '!'), which are skipped without disabling the rest of the file."""
    root = make_tree(
        tmp_path / "repo",
        {
            ".gitignore": b"\xef\xbb\xbf*.log\r\na\\\r\n!\r\n"
            b"spaced.txt   \r\nkept\\ \r\n\\#hash\r\n",
            "a.log": "",
            "b.txt": "",
            "spaced.txt": "",
            "kept ": "",
            "kept": "",
            "#hash": "",
            "sub/c.log": "",
        },
    )
    env = git_init(root, tmp_path / "home")
    expected = git_files(root, env)
    got, stats = run(root)
    assert got == expected
    assert got == [".gitignore", "b.txt", "kept"]
    assert stats.errors == []


def test_unknown_regex_shape_falls_back_to_pathspec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If pathspec ever compiles a pattern to a regex shape the per-entry rules do not recognise,
    the pattern is still applied, with pathspec's own test."""
    root = make_tree(
        tmp_path,
        {".gitignore": "*.log\n!keep.log\nout/\n", "a.log": "", "keep.log": "", "out/x": ""},
    )
    monkeypatch.setattr(discovery, "_entry_regexes", lambda pattern: None)
    discovery._compile.cache_clear()
    try:
        assert run(root)[0] == [".gitignore", "keep.log"]
    finally:
        discovery._compile.cache_clear()


NAMES_DIRS = ["a", "b", "c", "d.log"]
NAMES_FILES = ["x.txt", "y.log", "z.py", "a", "b", ".h", "c.bak"]
PATTERNS = [
    "*.log",
    "!*.log",
    "x.txt",
    "!x.txt",
    "/x.txt",
    "a/",
    "!a/",
    "a",
    "/a",
    "!a",
    "b/*",
    "!b/c/",
    "**/z.py",
    "a/**/y.log",
    "*",
    "!*/",
    "c/**",
    "!c/**/x.txt",
    "!z.py",
    "b/",
    "/c/",
    "a/x.txt",
    "**/b",
    "?.txt",
    "[xy].*",
    "!.h",
    ".*",
    "*.bak",
    "!d.log/",
    "c/*.py",
    "**/a/**",
    "a/**/",
    "!a/**/",
    "**/",
    "*/",
    "**",
    "a/**",
    "/**/",
    "**/a/**/",
    "!**/",
    "a/**/c/**/",
    "d.log/**",
    "[!x]*",
    "x.txt  ",
    "a\\",
    "!",
    "[",
]


def random_tree(rng: random.Random, root: Path, depth: int = 0) -> None:
    """A random directory level: subdirectories, files and sometimes a .gitignore."""
    root.mkdir(parents=True, exist_ok=True)
    names = rng.sample(NAMES_FILES, rng.randint(1, 4))
    for name in names:
        (root / name).write_text(name)
    if depth < 3:
        free = [n for n in NAMES_DIRS if n not in names]
        for name in rng.sample(free, min(len(free), rng.randint(0, 3))):
            random_tree(rng, root / name, depth + 1)
    if rng.random() < 0.5:
        lines = rng.sample(PATTERNS, rng.randint(1, 5))
        (root / ".gitignore").write_text("\n".join(lines) + "\n")


@needs_git
@pytest.mark.parametrize("seed", range(60))
def test_matches_git_on_random_trees(tmp_path: Path, seed: int) -> None:
    """Random trees with random .gitignore files and info/exclude drawn from a vocabulary of
    interacting patterns (negations, '**', anchors, directory-only rules, '*' with '!*/'):
    discover() and git agree on every one."""
    rng = random.Random(seed)
    root = tmp_path / "repo"
    random_tree(rng, root)
    info = "\n".join(rng.sample(PATTERNS, rng.randint(0, 3)))
    env = git_init(root, tmp_path / "home", info_exclude=info)
    expected = git_files(root, env)
    got, stats = run(root)
    assert got == expected, (seed, info)
    assert stats.errors == []


def test_driftignore_applies_after_gitignore(tmp_path: Path) -> None:
    """A .driftignore has gitignore syntax and applies in its directory after that directory's
    .gitignore: a nested .driftignore excludes what a .gitignore re-included, a .driftignore in the
    same directory overrides its .gitignore, and a deeper .gitignore still overrides a shallower
    .driftignore."""
    root = make_tree(
        tmp_path,
        {
            ".gitignore": "*.log\n!keep.log\n",
            "keep.log": "",
            "drop.log": "",
            ".driftignore": "!drop.log\nfixtures/\n",
            "fixtures/f.txt": "",
            "sub/.driftignore": "keep.log\n",
            "sub/keep.log": "",
            "same/.gitignore": "!*.log\n",
            "same/.driftignore": "b.log\n",
            "same/a.log": "",
            "same/b.log": "",
            "deep/.gitignore": "!fixtures/\n",
            "deep/fixtures/g.txt": "",
        },
    )
    got, stats = run(root)
    assert got == [
        ".driftignore",
        ".gitignore",
        "deep/.gitignore",
        "deep/fixtures/g.txt",
        "drop.log",
        "keep.log",
        "same/.driftignore",
        "same/.gitignore",
        "same/a.log",
        "sub/.driftignore",
    ]
    # fixtures/, sub/keep.log, same/b.log
    assert stats.skipped_ignored == 3


def test_default_excludes(tmp_path: Path) -> None:
    """The 18 default excludes are directory names excluded at any depth, each counted once (the
    files below are not walked); a file with such a name and a similar directory name are kept."""
    assert len(DEFAULT_EXCLUDES) == 18 and len(set(DEFAULT_EXCLUDES)) == 18
    assert DEFAULT_MAX_FILE_SIZE == 1_048_576
    tree: dict[str, str | bytes] = {f"{n}/f.js": "" for n in DEFAULT_EXCLUDES if n != ".git"}
    tree.update(
        {
            "pkg/node_modules/dep/index.js": "",
            "pkg/deep/er/.venv/lib/x.py": "",
            "crate/target/debug/out": "",
            "app/__pycache__/m.cpython-311.pyc": "",
            "app/m.py": "",
            "tools/build": "a file named build",
            "builds/b.txt": "",
            "my_vendor/v.php": "",
        }
    )
    root = make_tree(tmp_path, tree)
    got, stats = run(root)
    assert got == ["app/m.py", "builds/b.txt", "my_vendor/v.php", "tools/build"]
    assert stats.skipped_ignored == 17 + 4


def test_git_dir_never_listed_and_info_exclude(tmp_path: Path) -> None:
    """`.git` (a directory at the root or a gitdir file below) is neither listed nor counted; the
    repository's info/exclude applies at the root, also when .git is a `gitdir:` file pointing to
    the git directory elsewhere (a worktree or submodule checkout), if that lies inside the
    allowed roots; outside them it is not read, and that is reported."""
    root = make_tree(
        tmp_path / "repo",
        {
            ".git/config": "",
            ".git/info/exclude": "*.tmp\n",
            "sub/.git": "gitdir: ../.git/modules/sub\n",
            "a.tmp": "",
            "a.txt": "",
        },
    )
    got, stats = run(root)
    assert got == ["a.txt"]
    assert stats.skipped_ignored == 1

    work = make_tree(
        tmp_path / "worktree",
        {".git": "gitdir: ../gitdirs/wt\n", "a.tmp": "", "a.txt": ""},
    )
    make_tree(tmp_path / "gitdirs", {"wt/commondir": "../common\n", "common/info/exclude": "*.tmp"})
    assert run(work, allowed_roots=[tmp_path])[0] == ["a.txt"]
    got, stats = run(work)  # allowed: the worktree only: its repository's rules are not read
    assert got == ["a.tmp", "a.txt"]
    assert stats.errors == []


def test_extra_ignore_and_include(tmp_path: Path) -> None:
    """extra_ignore patterns are root-relative and have the last word (a '!' re-includes what a
    .gitignore or a default exclude dropped); include keeps only the files it matches, after the
    ignores; both exclusions are counted in skipped_ignored."""
    root = make_tree(
        tmp_path,
        {
            ".gitignore": "*.log\n",
            "important.log": "",
            "other.log": "",
            "README.md": "",
            "docs/guide.md": "",
            "docs/x.py": "",
            "src/docs/y.py": "",
            "src/test_a.py": "",
            "src/a.py": "",
            "bin/tool.sh": "",
            "pyproject.toml": "",
        },
    )
    options = DiscoveryOptions(extra_ignore=("*.md", "/docs/", "!important.log", "!bin/"))
    got, stats = run(root, options)
    assert got == [
        ".gitignore",
        "bin/tool.sh",
        "important.log",
        "pyproject.toml",
        "src/a.py",
        "src/docs/y.py",
        "src/test_a.py",
    ]
    assert stats.skipped_ignored == 3  # other.log, README.md, docs/

    options = DiscoveryOptions(include=("src/", "*.toml", "!test_*.py"))
    got, stats = run(root, options)
    assert got == ["pyproject.toml", "src/a.py", "src/docs/y.py"]
    # other.log, bin/ (ignored); .gitignore, important.log, README.md, docs/guide.md, docs/x.py,
    # src/test_a.py (not included)
    assert stats.skipped_ignored == 8


def test_size_limit(tmp_path: Path) -> None:
    """Files larger than max_file_size are left out and counted in skipped_large; a file of exactly
    the limit is kept, also at the 1 MiB default."""
    root = make_tree(tmp_path, {"ten": b"x" * 10, "eleven": b"x" * 11, "empty": b""})
    with open(root / "limit", "wb") as fh:
        fh.truncate(DEFAULT_MAX_FILE_SIZE)
    with open(root / "over", "wb") as fh:
        fh.truncate(DEFAULT_MAX_FILE_SIZE + 1)
    got, stats = run(root, DiscoveryOptions(max_file_size=10))
    assert got == ["empty", "ten"] and stats.skipped_large == 3
    got, stats = run(root, DiscoveryOptions())
    assert got == ["eleven", "empty", "limit", "ten"] and stats.skipped_large == 1
    assert stats.skipped_ignored == 0


def test_candidate_fields(tmp_path: Path) -> None:
    """A candidate carries its size, its nanosecond mtime and the language of languages.py,
    including names with tricky suffixes."""
    names = ["a.py", "b.PY", "c.tsx", "x.", ".py", "..py", "a.b.rs", "Makefile", ".bashrc", "h.h"]
    root = make_tree(tmp_path, {f"d/{n}": "abc" for n in names})
    os.utime(root / "d" / "a.py", ns=(1, 1_700_000_000_123_456_789))
    stats = DiscoveryStats()
    found = {c.path: c for c in discover(root, DiscoveryOptions(), stats)}
    assert sorted(found) == sorted(f"d/{n}" for n in names)
    for path, cand in found.items():
        assert cand.language == language_of(path), path
        assert cand.size == 3
        assert cand.mtime_ns == os.stat(root / path).st_mtime_ns
    assert found["d/a.py"] == Candidate("d/a.py", 3, 1_700_000_000_123_456_789, "Python")
    assert found["d/b.PY"].language == "Python" and found["d/..py"].language == "Python"
    assert found["d/.py"].language is None and found["d/Makefile"].language is None


def test_hidden_files_listed(tmp_path: Path) -> None:
    """Hidden files and directories are scanned like any other."""
    root = make_tree(tmp_path, {".env": "", ".github/workflows/ci.yml": "", ".a/.b/.c": ""})
    assert run(root)[0] == [".a/.b/.c", ".env", ".github/workflows/ci.yml"]


def test_sorted_order(tmp_path: Path) -> None:
    """Candidates come in the order of their '/'-joined paths, not directory by directory: 'a-b/x'
    and 'a.txt' sort before 'a/x', which sorts before 'a0'."""
    paths = ["a-b/x", "a/x", "a/b/c", "a.txt", "a0", "A", "_", "b", "a/b-c", "a/b.d/e"]
    root = make_tree(tmp_path, dict.fromkeys(paths, ""))
    got = run(root)[0]
    assert got == sorted(paths)
    assert got.index("a-b/x") < got.index("a.txt") < got.index("a/b/c") < got.index("a0")


def test_symlinks_not_followed_by_default(tmp_path: Path) -> None:
    """With follow_symlinks=False symlinks (to files, to directories, dangling, and a symlinked
    .gitignore, which git does not read either) are not listed, entered, counted or reported."""
    root = make_tree(tmp_path / "root", {"real/f.txt": "", "a.log": "", "rules": "*.log\n"})
    (root / "file_link").symlink_to(root / "real" / "f.txt")
    (root / "dir_link").symlink_to(root / "real", target_is_directory=True)
    (root / "dangling").symlink_to(root / "missing")
    (root / ".gitignore").symlink_to(root / "rules")
    got, stats = run(root)
    assert got == ["a.log", "real/f.txt", "rules"]
    assert stats == DiscoveryStats()


def test_symlinks_followed_with_loop_detection(tmp_path: Path) -> None:
    """With follow_symlinks=True a symlink is listed or entered as its target under its own path;
    a directory link to an ancestor is reported as a loop and not entered; dangling and
    self-referencing links are reported; ignore rules see a directory link as a directory."""
    root = make_tree(
        tmp_path / "root",
        {"real/f.txt": "12345", "real/sub/g.txt": "", ".gitignore": "ignored_link/\n"},
    )
    (root / "file_link").symlink_to(root / "real" / "f.txt")
    (root / "dir_link").symlink_to("real", target_is_directory=True)
    (root / "ignored_link").symlink_to("real", target_is_directory=True)
    (root / "real" / "sub" / "up").symlink_to("..", target_is_directory=True)
    (root / "real" / "top").symlink_to(root, target_is_directory=True)
    (root / "dangling").symlink_to(root / "missing")
    (root / "self").symlink_to(root / "self")
    stats = DiscoveryStats()
    found = {c.path: c for c in discover(root, DiscoveryOptions(follow_symlinks=True), stats)}
    assert sorted(found) == [
        ".gitignore",
        "dir_link/f.txt",
        "dir_link/sub/g.txt",
        "file_link",
        "real/f.txt",
        "real/sub/g.txt",
    ]
    assert found["file_link"].size == 5
    errors = dict(stats.errors)
    assert sorted(errors) == [
        "dangling",
        "dir_link/sub/up",
        "dir_link/top",
        "real/sub/up",
        "real/top",
        "self",
    ]
    assert "loop" in errors["real/top"] and "loop" in errors["dir_link/sub/up"]
    assert "broken symlink" in errors["dangling"] and "broken symlink" in errors["self"]
    assert stats.skipped_ignored == 1


def test_followed_symlinks_stay_inside_the_allowed_roots(tmp_path: Path) -> None:
    """A followed link to a file or a directory outside the allowed roots (by default the root
    itself) is reported and neither listed nor entered, wherever it sits; an ignored one is just
    ignored. Allowing the outside directory lets the same links through."""
    root = make_tree(tmp_path / "root", {"in.txt": "", ".gitignore": "ignored_link\n"})
    outside = make_tree(tmp_path / "outside", {"secret.txt": "12345", "sub/more.txt": ""})
    (root / "file_link").symlink_to(outside / "secret.txt")
    (root / "dir_link").symlink_to(outside, target_is_directory=True)
    (root / "ignored_link").symlink_to(outside, target_is_directory=True)
    make_tree(root, {"deeper/x.txt": ""})
    (root / "deeper" / "up").symlink_to("../..", target_is_directory=True)
    follow = DiscoveryOptions(follow_symlinks=True)
    got, stats = run(root, follow)
    assert got == [".gitignore", "deeper/x.txt", "in.txt"]
    outside_error = "outside the allowed roots"
    assert stats.errors == [
        ("deeper/up", outside_error),
        ("dir_link", outside_error),
        ("file_link", outside_error),
    ]
    assert stats.skipped_ignored == 1
    got, stats = run(root, follow, allowed_roots=[root, outside])
    assert got == [".gitignore", "deeper/x.txt", "dir_link/secret.txt", "dir_link/sub/more.txt",
                   "file_link", "in.txt"]  # fmt: skip
    assert stats.errors == [("deeper/up", outside_error)]


@pytest.mark.parametrize("follow", [False, True], ids=["links-not-followed", "links-followed"])
def test_a_directory_swapped_for_a_symlink_after_listing_is_not_entered(
    tmp_path: Path, follow: bool
) -> None:
    """A directory listed as one and replaced by a symbolic link (to a directory outside the
    root) before the walk enters it is reported, not entered: it is opened relative to its
    parent without following links, whether or not links are followed."""
    root = make_tree(tmp_path / "root", {"a.txt": "", "d/mine.txt": ""})
    outside = make_tree(tmp_path / "outside", {"secret.txt": ""})
    stats = DiscoveryStats()
    walk = discover(root, DiscoveryOptions(follow_symlinks=follow), stats)
    assert next(walk).path == "a.txt"
    shutil.rmtree(root / "d")
    (root / "d").symlink_to(outside, target_is_directory=True)
    assert list(walk) == []
    assert stats.errors == [("d", "a symbolic link (not followed)")]


def test_a_walk_closes_every_directory_descriptor(tmp_path: Path) -> None:
    """The walk holds a descriptor per directory on its current path: all are closed when it
    ends, when it is abandoned halfway (closed, as a cancelled scan's iterator is) and when a
    directory is opened but not entered (a loop)."""
    tree = {f"d{i}/e{j}/f.txt": "" for i in range(3) for j in range(3)}
    root = make_tree(tmp_path / "root", tree)
    (root / "d2" / "looped").symlink_to("..", target_is_directory=True)

    def open_fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    before = open_fds()
    assert len(run(root, DiscoveryOptions(follow_symlinks=True))[0]) == 9
    assert open_fds() == before
    walk = discover(root, DiscoveryOptions(), DiscoveryStats())
    assert next(walk).path == "d0/e0/f.txt"
    assert open_fds() == before + 3  # root, d0, d0/e0
    walk.close()
    assert open_fds() == before


def test_names_that_are_not_utf8_are_reported_not_listed(tmp_path: Path) -> None:
    """A file or directory whose name is not UTF-8 is reported with the bytes escaped and not
    listed (nothing below such a directory either); one excluded by an ignore rule is only
    counted as ignored."""
    root = make_tree(tmp_path, {"a.txt": "", ".gitignore": "*.tmp\n"})
    raw = os.fsencode(root)
    for name in (b"/b\xff.txt", b"/c\xe9\xff.tmp", b"/ok\xc3\xa9.txt"):
        os.close(os.open(raw + name, os.O_CREAT | os.O_WRONLY))
    os.mkdir(raw + b"/d\xfe")
    os.close(os.open(raw + b"/d\xfe/inner.txt", os.O_CREAT | os.O_WRONLY))
    got, stats = run(root)
    assert got == [".gitignore", "a.txt", "ok\u00e9.txt"]
    assert stats.errors == [
        ("b\\xff.txt", "name is not valid UTF-8: not scanned"),
        ("d\\xfe", "name is not valid UTF-8: not scanned"),
    ]
    assert stats.skipped_ignored == 1


UNREADABLE_PROBE = """
import json, sys
from pathlib import Path
from services.drift_storage.scan.discovery import DiscoveryOptions, DiscoveryStats, discover
stats = DiscoveryStats()
paths = [c.path for c in discover(Path(sys.argv[1]), DiscoveryOptions(), stats)]
print(json.dumps([paths, stats.errors]))
"""


def discover_without_dac_override(root: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """discover() in a child process running as root without the capabilities that bypass file
    permissions (so that chmod 000 takes effect); skips the test when that cannot be arranged."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, where chmod 000 has no effect, and setpriv is missing")
    caps = "-dac_override,-dac_read_search"
    proc = subprocess.run(
        [setpriv, f"--bounding-set={caps}", sys.executable, "-c", UNREADABLE_PROBE, str(root)],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.skip(f"running as root and cannot drop capabilities: {proc.stderr.strip()}")
    paths, errors = json.loads(proc.stdout)
    return paths, [tuple(e) for e in errors]


def test_unreadable_directory(tmp_path: Path) -> None:
    """A directory that cannot be listed is reported in errors and skipped; the walk goes on. As
    root (where chmod 000 has no effect) the check runs in a child process without the
    permission-bypassing capabilities, or is skipped if that is impossible."""
    root = make_tree(tmp_path, {"a.txt": "", "locked/secret.txt": "", "z/z.txt": ""})
    locked = root / "locked"
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            got, errors = discover_without_dac_override(root)
        else:
            got, stats = run(root)
            errors = stats.errors
        assert got == ["a.txt", "z/z.txt"]
        assert len(errors) == 1
        path, reason = errors[0]
        assert path == "locked" and "denied" in reason.lower()
    finally:
        locked.chmod(0o755)


def test_non_regular_files_skipped(tmp_path: Path) -> None:
    """Fifos (and other non-regular files) are neither listed nor reported."""
    root = make_tree(tmp_path, {"a.txt": ""})
    os.mkfifo(root / "pipe")
    got, stats = run(root)
    assert got == ["a.txt"] and stats == DiscoveryStats()


def test_root_must_be_a_directory(tmp_path: Path) -> None:
    """A missing root or a file root raises at the call, before any iteration."""
    with pytest.raises(FileNotFoundError):
        discover(tmp_path / "missing", DiscoveryOptions(), DiscoveryStats())
    (tmp_path / "file").write_text("")
    with pytest.raises(NotADirectoryError):
        discover(tmp_path / "file", DiscoveryOptions(), DiscoveryStats())


def test_cancellation_stops_early(tmp_path: Path) -> None:
    """Once cancelled() returns true the iterator ends without yielding anything more."""
    root = make_tree(tmp_path, {f"d{i}/f{j}.txt": "" for i in range(10) for j in range(10)})
    got: list[str] = []
    for cand in discover(root, DiscoveryOptions(), DiscoveryStats(), lambda: len(got) >= 3):
        got.append(cand.path)
    assert got == ["d0/f0.txt", "d0/f1.txt", "d0/f2.txt"]
    assert list(discover(root, DiscoveryOptions(), DiscoveryStats(), lambda: True)) == []


def test_large_flat_tree_streams(tmp_path: Path) -> None:
    """In a flat directory of 20,000 files each file is stat-ed only when the walk reaches it: a
    file grown after the first candidate is yielded shows its new size, and one deleted by then is
    reported as vanished instead of listed."""
    root = tmp_path / "flat"
    root.mkdir()
    for i in range(20_000):
        (root / f"f{i:05d}").write_bytes(b"")
    stats = DiscoveryStats()
    it = discover(root, DiscoveryOptions(), stats)
    first = next(it)
    assert first.path == "f00000"
    (root / "f19999").write_bytes(b"grown")
    (root / "f19998").unlink()
    rest = list(it)
    assert len(rest) == 19_998
    assert rest[-1] == Candidate("f19999", 5, rest[-1].mtime_ns, None)
    assert stats.errors == [("f19998", "vanished during the scan")]


def test_deep_tree_walked_lazily(tmp_path: Path) -> None:
    """Directories are listed only when the walk reaches them: after the first candidate, a file
    added to a later directory is found, and a later directory removed by then is reported."""
    root = make_tree(tmp_path, {f"d{i:03d}/f{j:02d}": "" for i in range(100) for j in range(50)})
    stats = DiscoveryStats()
    it = discover(root, DiscoveryOptions(), stats)
    assert next(it).path == "d000/f00"
    (root / "d099" / "new").write_text("")
    shutil.rmtree(root / "d098")
    rest = [c.path for c in it]
    assert len(rest) == 98 * 50 + 50 - 1 + 1
    assert rest[-1] == "d099/new"
    assert [path for path, _ in stats.errors] == ["d098"]
