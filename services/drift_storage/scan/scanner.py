"""Scanning a directory into drift.db: discovery, incremental hashing, persistence.

A scan runs on a worker thread and is a producer like any client: it sends ``file_metadata``
upserts to the writer in batches as files are read (so memory stays bounded on huge trees),
waits for them, then deletes the rows of files that disappeared, in every table that has rows
per file. The previous ``file_metadata`` is the incremental state: a file whose size and mtime
are unchanged is not read. One drift.db holds one project: its paths are relative to the root
that was scanned.

A changed file is read through ``safe_read.open_regular``, which checks the file it opened, not
its name: whatever the path became since discovery listed it, only a regular file inside the
service's allowed roots is read, a symbolic link only with ``follow_symlinks``, and nothing can
block the scan (a fifo is refused, not waited on). Anything that goes wrong with one file
(refused, unreadable, or an unexpected exception reading, hashing or parsing it, logged with an
incident id) is a per-file error of the summary; the file keeps the rows it had. Only the
database (writes, reads of the previous state) can fail a scan.

Calls are resolved last, once every parsed file's functions are stored (``_link``): those of the
parsed files, and those of the unchanged files whose calls the changes may resolve otherwise (a
function of a name they call was added or deleted), so that their edges and unresolved calls
follow the changes; with ``force_full``, every file whose parse result is cached.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import apsw

from services.common.error_mapping import as_storage_error
from services.common.read_pool import ReadPool
from services.common.writer import Operation, Writer, WriteResult
from services.drift_storage.content_hash import xxh3
from services.drift_storage.parsing import LANGUAGES, ParseResult, from_json, parse
from services.drift_storage.parsing.resolve import Resolver
from services.drift_storage.scan import safe_read
from services.drift_storage.scan.discovery import (
    Candidate,
    DiscoveryOptions,
    DiscoveryStats,
    discover,
)
from services.drift_storage.scan.safe_read import AllowedRoots, Refused
from services.drift_storage.store import files, parsed_files

BATCH_FILES = 500
# Files resolved and written per linking command: smaller, so that progress moves.
LINK_BATCH_FILES = 100
MAX_PENDING_BATCHES = 8
BINARY_SNIFF_BYTES = 8192
PROGRESS_INTERVAL_S = 0.2


class ScanCancelled(Exception):
    """The scan was asked to stop."""


class Previous(NamedTuple):
    size: int
    mtime_secs: int
    mtime_nanos: int
    content_hash: bytes


@dataclass
class Progress:
    phase: str
    files_seen: int
    files_read: int
    files_per_second: float
    # Units of the phase done and in all: files found (the total once discovery has ended),
    # files removed, files linked; total 0 while it is not known.
    done: int = 0
    total: int = 0


@dataclass
class ScanOutcome:
    """What a scan found; ``status`` is decided by the caller (complete, partial, cancelled...)."""

    added: int = 0
    modified: int = 0
    removed: int = 0
    unchanged: int = 0
    unchanged_unread: int = 0
    skipped_binary: int = 0
    parsed: int = 0
    parse_cache_hits: int = 0
    call_edges: int = 0
    parse_ms: float = 0.0
    discovery: DiscoveryStats = field(default_factory=DiscoveryStats)
    errors: list[tuple[str, str]] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)
    discovery_ms: float = 0.0
    persist_ms: float = 0.0

    @property
    def total(self) -> int:
        return self.added + self.modified + self.unchanged

    @property
    def all_errors(self) -> list[tuple[str, str]]:
        return [*self.discovery.errors, *self.errors]


def load_previous(conn: apsw.Connection) -> dict[str, Previous]:
    """The recorded files: the incremental state of the next scan."""
    return {
        path: Previous(*rest)
        for path, *rest in conn.execute(
            "SELECT path, file_size, mtime_secs, mtime_nanos, content_hash FROM file_metadata"
        )
    }


def load_cached_hashes(conn: apsw.Connection) -> set[bytes]:
    return {row[0] for row in conn.execute("SELECT content_hash FROM parse_cache")}


def _read(path: str, limit: int, follow_symlinks: bool, roots: AllowedRoots) -> bytes | None:
    """The file's content (at most ``limit + 1`` bytes), or None for a binary file.

    Opened by ``safe_read.open_regular``: whatever the path became since it was listed, only a
    regular file inside ``roots`` is read (``Refused`` otherwise), a symbolic link only when
    ``follow_symlinks``, and nothing can block. The first 8 KiB are read first: a binary file is
    recognised without reading it whole.
    """
    fd = safe_read.open_regular(path, follow_symlinks=follow_symlinks, roots=roots)
    try:
        head = safe_read.read_upto(fd, BINARY_SNIFF_BYTES)
        if b"\0" in head:
            return None
        if len(head) < BINARY_SNIFF_BYTES:
            return head
        return head + safe_read.read_upto(fd, limit + 1 - len(head))
    finally:
        os.close(fd)


def _failure(exc: Exception) -> str:
    """The per-file error reason for ``exc``; an unexpected exception (a bug) is logged with an
    incident id, which is all the reason shows of it."""
    if isinstance(exc, Refused):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return as_storage_error(exc).message


class Scanner:
    """One scan of ``root``: call ``run`` on a worker thread; ``cancel`` from anywhere."""

    def __init__(
        self,
        root: Path,
        options: DiscoveryOptions,
        force_full: bool,
        writer: Writer,
        reads: ReadPool,
        on_progress: Callable[[Progress], object],
        *,
        allowed_roots: tuple[Path, ...],
    ) -> None:
        self.root = root
        self._root_text = os.fspath(root)
        self.allowed_roots = allowed_roots
        self._roots = AllowedRoots(allowed_roots)
        self.options = options
        self.force_full = force_full
        self._writer = writer
        self._reads = reads
        self._on_progress = on_progress
        self._cancelled = threading.Event()
        # Writes in flight, each with whether its value is a set of function names added or
        # deleted (the files calling them are linked again).
        self._pending: deque[tuple[Future[WriteResult], bool]] = deque()
        self._function_names: set[str] = set()
        self._cached: set[bytes] | None = None
        self._stored_now: set[bytes] = set()
        self._metadata: list[tuple[Any, ...]] = []
        self._parses: list[tuple[str, bytes, ParseResult | None]] = []
        self._batch_results: dict[bytes, ParseResult] = {}
        self._linking: list[tuple[Any, ...]] = []
        self.outcome = ScanOutcome()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise ScanCancelled

    def _submit(self, name: str, operation: Operation, names: bool = False) -> None:
        """Queue a write (``names``: its value is a set of function names added or deleted);
        wait for the oldest when too many are in flight (bounded memory)."""
        self._pending.append((self._writer.submit(name, operation), names))
        while len(self._pending) > MAX_PENDING_BATCHES:
            self._settle()

    def _settle(self) -> None:
        future, names = self._pending.popleft()
        result = future.result()
        if names:
            self._function_names |= result.value

    def _drain(self) -> None:
        while self._pending:
            self._settle()

    def run(self) -> ScanOutcome:
        """Scan; raises ScanCancelled when cancelled (whole batches written so far stay)."""
        out = self.outcome
        started = time.perf_counter()
        gone = self._reads.run_sync(load_previous)
        seen = read = 0

        def report(phase: str, done: int, total: int = 0) -> None:
            rate = seen / (time.perf_counter() - started)
            self._on_progress(Progress(phase, seen, read, rate, done, total))

        last_progress = started
        for candidate in discover(
            self.root, self.options, out.discovery, self._cancelled.is_set, self.allowed_roots
        ):
            self._check_cancelled()
            seen += 1
            if self._examine(candidate, gone.pop(candidate.path, None)):
                read += 1
            if time.perf_counter() - last_progress >= PROGRESS_INTERVAL_S:
                last_progress = time.perf_counter()
                report("discovery", seen)
        self._check_cancelled()
        report("discovery", seen, seen)
        self._flush_metadata()
        self._flush_parses()
        out.discovery_ms = (time.perf_counter() - started) * 1000
        persisting = time.perf_counter()
        self._drain()
        removed = sorted(gone)
        out.removed += len(removed)
        for start in range(0, len(removed), BATCH_FILES):
            report("removal", start, len(removed))
            self._check_cancelled()
            batch = removed[start : start + BATCH_FILES]
            self._submit("scan_remove", parsed_files.remove_files(batch), names=True)
        self._drain()
        if self._linking or self._function_names or self.force_full:
            self._link(lambda done, total: report("linking", done, total))
        out.persist_ms = (time.perf_counter() - persisting) * 1000
        return out

    def _flush_metadata(self) -> None:
        if self._metadata:
            self._submit("scan_files", files.upsert_files(self._metadata))
            self._metadata = []

    def _flush_parses(self) -> None:
        """Store the pending parse results (fetching the cached ones first)."""
        if not self._parses:
            return
        wanted = [digest for _, digest, result in self._parses if result is None]
        if any(digest in self._stored_now for digest in wanted):
            self._drain()  # those results were stored by this scan: make sure they committed
        cached = self._reads.run_sync(parsed_files.cached_results, wanted) if wanted else {}
        batch = []
        for path, digest, result in self._parses:
            if result is None:
                self.outcome.parse_cache_hits += 1
                batch.append((path, digest, from_json(cached[digest]), False))
            else:
                batch.append((path, digest, result, True))
        self._submit("scan_parse", parsed_files.store_parses(batch), names=True)
        fresh = {digest for _, digest, _, is_fresh in batch if is_fresh}
        self._cached = (self._cached or set()) | fresh
        self._stored_now |= fresh
        self._parses = []
        self._batch_results = {}

    def _link(self, progress: Callable[[int, int], None]) -> None:
        """Phase 2: resolve the calls of the parsed files, and of the unchanged files whose
        calls may resolve otherwise now (they call a name of a function added or deleted, or
        one the parsed files define; with ``force_full``, every file), then record their edges,
        unresolved calls and the parsed files' metadata; ``progress(files linked, files to
        link)`` before each batch (the phase can take seconds)."""
        index = self._reads.run_sync(parsed_files.function_index)
        parsed = {row[0] for row in self._linking}
        if self.force_full:
            others = self._reads.run_sync(parsed_files.linkable_files, parsed)
        else:
            defined = {name for file, name, _ in index if file in parsed}
            others = self._reads.run_sync(
                parsed_files.files_to_relink,
                self._function_names | defined,
                self._function_names,
                parsed,
            )
        resolver = Resolver(index, self._reads.run_sync(parsed_files.source_paths) | parsed)
        # (path, content hash, file_metadata row to write: None for an unchanged file)
        work: list[tuple[str, bytes, tuple[Any, ...] | None]]
        work = [(row[0], row[3], row) for row in self._linking]
        work += [(path, digest, None) for path, digest in others]
        for start in range(0, len(work), LINK_BATCH_FILES):
            progress(start, len(work))
            self._check_cancelled()
            batch = work[start : start + LINK_BATCH_FILES]
            texts = self._reads.run_sync(parsed_files.cached_results, [w[1] for w in batch])
            # A parsed file's result was stored by this scan; an unchanged file's may have left
            # the cache since (retention): it keeps its links.
            results = {
                path: from_json(texts[digest])
                for path, digest, row in batch
                if row is not None or digest in texts
            }
            links = resolver.link(results)
            self.outcome.call_edges += len(links.edges)
            metadata = [row for _, _, row in batch if row is not None]
            self._submit("scan_link", parsed_files.record_files(metadata, results, links))
        self._drain()

    def _examine(self, candidate: Candidate, prior: Previous | None) -> bool:
        """Classify one file and queue what must be written; True if it was read."""
        out = self.outcome
        secs, nanos = divmod(candidate.mtime_ns, 1_000_000_000)
        if (
            prior is not None
            and not self.force_full
            and (prior.size, prior.mtime_secs, prior.mtime_nanos) == (candidate.size, secs, nanos)
        ):
            out.unchanged += 1
            out.unchanged_unread += 1
            out.languages[candidate.language or ""] += 1
            return False
        started = time.perf_counter_ns()
        # Everything that concerns this file alone (read, hash, parse) fails this file alone: a
        # per-file error, never a failed scan. Writes and database reads stay outside the try.
        try:
            content = _read(
                os.path.join(self._root_text, candidate.path),
                self.options.max_file_size,
                self.options.follow_symlinks,
                self._roots,
            )
        except Exception as exc:
            return self._failed(candidate.path, prior, exc)
        if content is None:
            out.skipped_binary += 1
            if prior is not None:  # recorded before, binary now: it leaves like a removed file
                self._forget(candidate.path)
            return True
        if len(content) > self.options.max_file_size:
            out.discovery.skipped_large += 1  # it grew since it was listed
            return True
        digest = xxh3(content)
        same_content = prior is not None and prior.content_hash == digest
        language = candidate.language
        # the language to parse the file as, None when it needs no parse
        parse_as = language if not same_content and language in LANGUAGES else None
        result = None
        if parse_as is not None:
            if self._cached is None:  # loaded on the first parse: a no-change rescan needs none
                self._cached = self._reads.run_sync(load_cached_hashes)
            try:
                result = self._parsed(digest, parse_as, content)
            except Exception as exc:
                return self._failed(candidate.path, prior, exc)
        if prior is None:
            out.added += 1
        elif same_content:
            out.unchanged += 1
        else:
            out.modified += 1
        out.languages[candidate.language or ""] += 1
        row = (candidate.path, candidate.language, candidate.size, digest, secs, nanos,
               int(time.time()), (time.perf_counter_ns() - started) // 1000)  # fmt: skip
        if parse_as is None:
            self._metadata.append(row)  # nothing to parse: recorded at once
            if len(self._metadata) >= BATCH_FILES:
                self._flush_metadata()
        else:
            self._queue_parse(candidate.path, digest, result)
            self._linking.append(row)  # recorded with its call edges, after every parse
        return True

    def _failed(self, path: str, prior: Previous | None, exc: Exception) -> bool:
        """Record that file ``path`` could not be examined; True: it counts as read."""
        self.outcome.errors.append((path, _failure(exc)))
        if prior is not None:  # keep its rows: it exists, we just could not examine it now
            self.outcome.unchanged += 1
        return True

    def _parsed(self, digest: bytes, language: str, content: bytes) -> ParseResult | None:
        """The parse of ``content``, or None when ``parse_cache`` has it (``_cached`` loaded)."""
        assert self._cached is not None
        if digest in self._cached:
            return None  # fetched from parse_cache when the batch is stored
        if digest in self._batch_results:
            return self._batch_results[digest]
        started = time.perf_counter()
        result = parse(language, content)
        assert result is not None, language  # the caller parses only the LANGUAGES
        self.outcome.parse_ms += (time.perf_counter() - started) * 1000
        self.outcome.parsed += 1
        self._batch_results[digest] = result
        return result

    def _queue_parse(self, path: str, digest: bytes, result: ParseResult | None) -> None:
        self._parses.append((path, digest, result))
        if len(self._parses) >= BATCH_FILES:
            self._flush_parses()

    def _forget(self, path: str) -> None:
        self._submit("scan_remove", parsed_files.remove_files([path]), names=True)
        self.outcome.removed += 1
