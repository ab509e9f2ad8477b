"""Scans of hostile trees: links out of the allowed roots, files swapped between the listing and
the read, fifos, names that are not UTF-8, roots the file system cannot take.

Scans go through the Scan RPC of a real drift server; the swaps between the listing and the read
(a window no RPC can hit on purpose) drive ``discover`` and the scanner's examination of one
listed file directly, as ``Scanner.run`` chains them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest

from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.scan import scanner as scanner_module
from services.drift_storage.scan.discovery import (
    Candidate,
    DiscoveryOptions,
    DiscoveryStats,
    discover,
)
from services.drift_storage.scan.scanner import Scanner
from tests.conftest import serving
from tests.grpc_errors import failure

OUTSIDE = "outside the allowed roots"
SECRET = "the secret outside the allowed roots\n"


def make_tree(root: Path, files: dict[str, str]) -> Path:
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    return root


@contextlib.asynccontextmanager
async def drift(tmp_path: Path, *allowed: Path):
    """A drift server on tmp_path/drift.db allowed to scan ``allowed``, and a stub for it."""
    roots = os.pathsep.join(str(a) for a in allowed)
    async with (
        serving(tmp_path / "drift.db", allowed_roots=roots) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield server, drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


async def scan(stub, root: Path | str, **options) -> pb.ScanSummary:
    """The summary of a scan of ``root``; the timeout only keeps a hanging scan from hanging
    the suite."""
    call = stub.Scan(pb.ScanRequest(root=str(root), options=options), timeout=60)
    events = [event async for event in call]
    assert events[-1].WhichOneof("event") == "summary"
    return events[-1].summary


def errors_of(summary: pb.ScanSummary) -> list[tuple[str, str]]:
    return [(e.path, e.reason) for e in summary.errors]


async def stored(server) -> list[str]:
    return await server.storage.reads.run(
        lambda conn: [row[0] for row in conn.execute("SELECT path FROM file_metadata ORDER BY 1")]
    )


@contextlib.contextmanager
def unblocking(*fifos: Path) -> Iterator[None]:
    """On the way out, open each fifo for writing once: a reader stuck opening it (the defect
    under test) is released, so that a failing test fails instead of hanging the suite."""
    try:
        yield
    finally:
        for fifo in fifos:
            with contextlib.suppress(OSError):  # ENXIO: nobody is waiting, as it should be
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A directory next to the project, not among the allowed roots, with a secret in it."""
    return make_tree(tmp_path / "outside", {"secret.txt": SECRET, "deep/more.txt": SECRET})


async def test_followed_links_out_of_the_allowed_roots_are_errors_and_never_read(
    tmp_path: Path, outside: Path
) -> None:
    """With follow_symlinks, links to a file or a directory outside the allowed roots (and to
    /etc) are per-file errors and nothing of them is listed or read; links inside the allowed
    roots, even outside the scanned root, are followed."""
    root = make_tree(tmp_path / "project", {"a.py": "a = 1\n"})
    shared = make_tree(tmp_path / "shared", {"lib.py": "lib = 1\n"})
    (root / "secret.txt").symlink_to(outside / "secret.txt")
    (root / "outside_dir").symlink_to(outside, target_is_directory=True)
    (root / "etc").symlink_to("/etc", target_is_directory=True)
    (root / "up").symlink_to("..", target_is_directory=True)
    (root / "lib.py").symlink_to(shared / "lib.py")
    (root / "shared").symlink_to(shared, target_is_directory=True)
    async with drift(tmp_path, root, shared) as (server, stub):
        summary = await scan(stub, root, follow_symlinks=True)
        assert summary.status == "partial"
        assert errors_of(summary) == [
            ("etc", OUTSIDE),
            ("outside_dir", OUTSIDE),
            ("secret.txt", OUTSIDE),
            ("up", OUTSIDE),
        ]
        assert await stored(server) == ["a.py", "lib.py", "shared/lib.py"]
        assert (summary.files_total, summary.files_skipped_large) == (3, 0)


def listed(root: Path, follow_symlinks: bool, allowed: Path) -> Iterator[Candidate]:
    return discover(
        root, DiscoveryOptions(follow_symlinks=follow_symlinks), DiscoveryStats(), lambda: False,
        (allowed,),
    )  # fmt: skip


async def examine(tmp_path: Path, candidate: Candidate, root: Path, follow: bool) -> Scanner:
    """A scanner of ``root`` (allowed: ``root`` only) that examined the listed ``candidate`` as
    ``Scanner.run`` does with each file discovery yields, on a worker thread, as there; the
    timeout only keeps a hanging read from hanging the suite."""
    async with serving(tmp_path / "drift.db", allowed_roots=str(root)) as server:
        scanner = Scanner(
            root,
            DiscoveryOptions(follow_symlinks=follow),
            False,
            server.storage.writer,
            server.storage.reads,
            lambda progress: None,
            allowed_roots=(root,),
        )
        examine_it = asyncio.to_thread(scanner._examine, candidate, None)
        assert await asyncio.wait_for(examine_it, timeout=30) is True
        return scanner


async def test_a_file_swapped_for_a_fifo_after_listing_is_an_error_not_a_hang(
    tmp_path: Path,
) -> None:
    """A file listed as regular (a followed link, stat-ed when its directory was listed) that is
    a fifo by the time it is read is refused at once, as a per-file error: opening the fifo for
    reading used to block the scan forever."""
    root = make_tree(tmp_path / "project", {"target.txt": "text\n"})
    (root / "link.txt").symlink_to("target.txt")
    candidate = next(c for c in listed(root, True, root) if c.path == "link.txt")
    (root / "target.txt").unlink()
    os.mkfifo(root / "target.txt")
    with unblocking(root / "target.txt"):
        scanner = await examine(tmp_path, candidate, root, follow=True)
    assert scanner.outcome.errors == [("link.txt", "a fifo")]
    assert (scanner.outcome.added, scanner.outcome.total) == (0, 0)


@pytest.mark.parametrize("follow", [False, True], ids=["links-not-followed", "links-followed"])
async def test_a_file_swapped_for_a_symlink_out_of_the_allowed_roots_is_not_read(
    tmp_path: Path, outside: Path, follow: bool
) -> None:
    """A regular file replaced, after it was listed, by a link to a file outside the allowed
    roots is not read: not followed at all when links are not followed, refused by where the
    opened file is when they are."""
    root = make_tree(tmp_path / "project", {"a.txt": "mine\n"})
    (candidate,) = listed(root, follow, root)
    (root / "a.txt").unlink()
    (root / "a.txt").symlink_to(outside / "secret.txt")
    scanner = await examine(tmp_path, candidate, root, follow)
    reason = OUTSIDE if follow else "a symbolic link (not followed)"
    assert scanner.outcome.errors == [("a.txt", reason)]
    assert scanner.outcome.total == 0


async def test_a_directory_swapped_for_a_symlink_before_the_read_is_checked_on_the_file(
    tmp_path: Path, outside: Path
) -> None:
    """The check is on the opened file, not the path: with d/secret.txt listed, d replaced by a
    link to the outside directory makes the same path open the outside file, which is refused
    (O_NOFOLLOW alone guards only the last component)."""
    root = make_tree(tmp_path / "project", {"d/secret.txt": "mine\n"})
    (candidate,) = listed(root, False, root)
    (root / "d" / "secret.txt").unlink()
    (root / "d").rmdir()
    (root / "d").symlink_to(outside, target_is_directory=True)
    scanner = await examine(tmp_path, candidate, root, follow=False)
    assert scanner.outcome.errors == [("d/secret.txt", OUTSIDE)]


@pytest.mark.parametrize("where", [".git", "gitdir/commondir"])
async def test_a_scan_of_a_tree_with_fifos_completes(tmp_path: Path, where: str) -> None:
    """Fifos where files are expected (a source file, a followed link to one, the `.git` file
    of a worktree, or its `commondir`, which are read to find `info/exclude`) never block a
    scan: the git file is reported, the others are not files."""
    root = make_tree(tmp_path / "project", {"a.py": "a = 1\n"})
    if where != ".git":
        (root / ".git").write_text("gitdir: gitdir\n")
        (root / "gitdir").mkdir()
    os.mkfifo(root / where)
    os.mkfifo(root / "pipe.py")
    (root / "pipe_link.py").symlink_to("pipe.py")
    with unblocking(root / where, root / "pipe.py"):
        async with drift(tmp_path, root) as (server, stub):
            summary = await scan(stub, root, follow_symlinks=True)
            assert (summary.status, errors_of(summary)) == ("partial", [(where, "a fifo")])
            assert await stored(server) == ["a.py"]


async def test_names_that_are_not_utf8_are_per_file_errors(tmp_path: Path) -> None:
    """A file and a directory whose names are not UTF-8 are skipped with an error naming them
    with the bytes escaped (one that an ignore rule excludes is just ignored); the rest of the
    tree is recorded, on the first scan and on every rescan."""
    root = make_tree(tmp_path / "project", {"a.py": "a = 1\n", ".gitignore": "*.tmp\n"})
    raw = os.fsencode(root)
    os.close(os.open(raw + b"/bad\xff.py", os.O_CREAT | os.O_WRONLY))
    os.close(os.open(raw + b"/ignored\xff.tmp", os.O_CREAT | os.O_WRONLY))
    os.mkdir(raw + b"/dir\xfe")
    os.close(os.open(raw + b"/dir\xfe/inner.py", os.O_CREAT | os.O_WRONLY))
    expected = [
        ("bad\\xff.py", "name is not valid UTF-8: not scanned"),
        ("dir\\xfe", "name is not valid UTF-8: not scanned"),
    ]
    async with drift(tmp_path, root) as (server, stub):
        first = await scan(stub, root)
        assert (first.status, errors_of(first), first.files_added) == ("partial", expected, 2)
        again = await scan(stub, root)
        assert (again.status, errors_of(again), again.files_unchanged) == ("partial", expected, 2)
        assert await stored(server) == [".gitignore", "a.py"]
        history = await server.storage.reads.run(
            lambda conn: conn.execute("SELECT status FROM scan_history ORDER BY id").fetchall()
        )
        assert history == [("partial",), ("partial",)]


async def test_an_exception_examining_one_file_is_an_error_of_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug met on one file (here the parser raising on it, injected: the real parsers have no
    known input that makes them raise) is a per-file error with an incident id; the other files
    are recorded and the scan is partial, not failed."""
    real_parse = scanner_module.parse

    def parse(language: str, content: bytes):
        if b"BOOM" in content:
            raise RuntimeError("a parser bug")
        return real_parse(language, content)

    monkeypatch.setattr(scanner_module, "parse", parse)
    root = make_tree(tmp_path / "project", {"a.py": "a = 1\n", "boom.py": "BOOM\n", "c.md": ""})
    async with drift(tmp_path, root) as (server, stub):
        summary = await scan(stub, root)
        assert summary.status == "partial"
        [(path, reason)] = errors_of(summary)
        assert path == "boom.py"
        assert re.fullmatch(r"internal error \(incident [0-9a-f]{12}\); see the server log", reason)
        assert await stored(server) == ["a.py", "c.md"]


@pytest.mark.parametrize(
    ("root", "description"),
    [
        ("/a\0b", "must not contain a NUL byte"),
        ("/" + "n" * 256, "is a path with a component of 256 bytes (255 at most)"),
        ("/d" * 2048, "is a path longer than 4095 bytes (4096)"),
        ("{base}/loop", None),
        ("{base}/to_bad", "resolves to {base}/bad\\xff, which is not valid UTF-8"),
    ],
    ids=["nul", "long-component", "long-path", "symlink-loop", "not-utf8"],
)
async def test_roots_the_file_system_cannot_take_are_invalid_arguments(
    tmp_path: Path, root: str, description: str | None
) -> None:
    """A root with a NUL byte, a component or a path too long for the file system, a symbolic
    link loop, or a real path that is not UTF-8 is INVALID_ARGUMENT on `root`, not INTERNAL."""
    base = tmp_path / "project"
    base.mkdir()
    (base / "loop").symlink_to("loop")
    os.mkdir(os.fsencode(base) + b"/bad\xff")
    os.symlink(os.fsencode(base) + b"/bad\xff", os.fsencode(base) + b"/to_bad")
    async with drift(tmp_path, base) as (_, stub):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await scan(stub, root.format(base=base))
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["root"])
    if description is None:  # the loop: the rest of the message is Python's, naming the link
        assert error.message.startswith("root: cannot be resolved: ")
    else:
        assert error.message == "root: " + description.format(base=base)


async def test_a_root_that_cannot_be_listed_fails_the_scan_and_removes_nothing(
    tmp_path: Path,
) -> None:
    root = tmp_path / "project"
    make_tree(root, {"a.py": "x = 1\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        await scan(stub, root)
        root.chmod(0o100)  # enterable, not listable
        try:
            if os.access(root, os.R_OK):
                pytest.skip("running as root: permissions do not stop listing")
            summary = await scan(stub, root)
        finally:
            root.chmod(0o755)
        assert summary.status == "failed"
        assert "cannot be listed" in summary.error
        assert await stored(server) == ["a.py"]


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"include": ["src/", "[z-a]"]}, "options.include[1]"),
        ({"extra_ignore": ["x" * 5000]}, "options.extra_ignore[0]"),
    ],
    ids=["bad-range", "too-long"],
)
async def test_a_pattern_of_the_request_that_cannot_be_used_is_invalid_argument(
    tmp_path: Path, options: dict, field: str
) -> None:
    root = tmp_path / "project"
    make_tree(root, {"a.py": "x = 1\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        request = pb.ScanRequest(root=str(root), options=pb.ScanOptions(**options))
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            [event async for event in stub.Scan(request)]
        error = failure(caught.value)
        assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])
        assert await stored(server) == []


async def test_a_bad_range_in_a_gitignore_is_skipped_as_git_skips_it(tmp_path: Path) -> None:
    root = tmp_path / "project"
    make_tree(root, {".gitignore": "[z-a]\n*.log\n", "a.py": "x = 1\n", "b.log": "x\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        summary = await scan(drift_storage_pb2_grpc.DriftStorageServiceStub(channel), root)
        assert summary.status == "complete"
        assert await stored(server) == [".gitignore", "a.py"]
