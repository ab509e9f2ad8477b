"""Running scans: allowed roots, one scan per root, cancellation, history, events.

``ScanService.scan`` is an async generator of events (``Started``, ``Progress``, ``Summary``)
that the Scan RPC translates. The scan itself runs on a worker thread (``scanner.Scanner``); the
history row is written when it starts and completed however it ends, even when the client goes
away.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from services.common import errors
from services.common.error_mapping import as_storage_error
from services.common.server import Storage
from services.drift_storage import scan_history
from services.drift_storage.discovery import DiscoveryOptions
from services.drift_storage.scanner import Progress, ScanCancelled, Scanner, ScanOutcome

MAX_CONCURRENT_SCANS = 2


@dataclass(frozen=True)
class Started:
    scan_id: int
    root: str


@dataclass(frozen=True)
class Summary:
    scan_id: int
    status: str
    outcome: ScanOutcome
    duration_ms: float
    error: str = ""


@dataclass
class _Active:
    root: Path
    scan_id: int = 0
    scanner: Scanner | None = None
    cancel_requested: bool = False


@dataclass
class ScanService:
    """The scans of one drift service."""

    storage: Storage
    allowed_roots: tuple[Path, ...]
    _by_root: dict[Path, _Active] = field(default_factory=dict)
    _by_id: dict[int, _Active] = field(default_factory=dict)
    _executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(MAX_CONCURRENT_SCANS, thread_name_prefix="scan")
    )

    def resolve_root(self, root: str) -> Path:
        """``root`` made absolute and real; refused unless inside an allowed root.

        What the file system cannot take is ``INVALID_ARGUMENT`` on ``root``, before or after
        resolving: a NUL byte, a component longer than 255 bytes or a path longer than 4095
        (Linux's NAME_MAX and PATH_MAX less its NUL), a symbolic link loop, and a real path that
        is not UTF-8 (scan paths are strings). A missing root is ``NOT_FOUND``, one the service
        may not read ``PERMISSION_DENIED``.
        """

        def invalid(description: str) -> errors.InvalidArgument:
            return errors.InvalidArgument(errors.FieldViolation("root", description))

        def too_long(raw: bytes) -> str | None:
            if len(raw) > 4095:
                return f"longer than 4095 bytes ({len(raw)})"
            longest = max(len(component) for component in raw.split(b"/"))
            return f"with a component of {longest} bytes (255 at most)" if longest > 255 else None

        def printable(raw: bytes) -> str:
            return raw.decode("utf-8", "backslashreplace")  # undecodable bytes as \xNN

        if not root:
            raise invalid("is required")
        if "\0" in root:
            raise invalid("must not contain a NUL byte")
        if problem := too_long(str(Path.cwd() / root).encode()):
            raise invalid(f"is a path {problem}")
        try:
            resolved = (Path.cwd() / root).resolve()  # resolves `..` and symbolic links
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symbolic link loop
            reason = printable(str(exc).encode("utf-8", "surrogateescape"))
            raise invalid(f"cannot be resolved: {reason}") from exc
        raw = str(resolved).encode("utf-8", "surrogateescape")
        if printable(raw) != str(resolved):
            raise invalid(f"resolves to {printable(raw)}, which is not valid UTF-8")
        if problem := too_long(raw):
            raise invalid(f"resolves to a path {problem}")
        if not any(resolved == a or a in resolved.parents for a in self.allowed_roots):
            allowed = ", ".join(str(a) for a in self.allowed_roots)
            raise errors.PermissionDenied(
                f"{root!r} resolves to {resolved}, outside the allowed roots ({allowed})",
                metadata={"root": str(resolved)},
            )
        try:
            resolved.stat()
        except (FileNotFoundError, NotADirectoryError):
            raise errors.NotFound(
                f"{resolved} does not exist", metadata={"root": str(resolved)}
            ) from None
        except OSError as exc:
            raise errors.PermissionDenied(
                f"{resolved} cannot be examined: {exc.strerror}", metadata={"root": str(resolved)}
            ) from exc
        if not resolved.is_dir():
            raise invalid(f"{resolved} is a file")
        return resolved

    def cancel(self, scan_id: int) -> bool:
        """Ask scan ``scan_id`` to stop; False if no such scan is running."""
        active = self._by_id.get(scan_id)
        if active is None:
            return False
        active.cancel_requested = True
        if active.scanner is not None:
            active.scanner.cancel()
        return True

    def close(self) -> None:
        """Stop every running scan and wait for their threads."""
        for active in list(self._by_id.values()):
            self.cancel(active.scan_id)
        self._executor.shutdown(wait=True)

    async def scan(
        self, root: Path, options: DiscoveryOptions, force_full: bool
    ) -> AsyncIterator[Started | Progress | Summary]:
        """Scan ``root``, yielding Started, Progress events and finally a Summary."""
        if root in self._by_root:
            raise errors.Aborted(
                f"{root} is already being scanned (scan {self._by_root[root].scan_id}); wait for"
                " it or cancel it",
                metadata={"root": str(root)},
            )
        active = self._by_root[root] = _Active(root)
        try:
            async for event in self._run(active, options, force_full):
                yield event
        finally:
            del self._by_root[root]
            self._by_id.pop(active.scan_id, None)

    async def _run(
        self, active: _Active, options: DiscoveryOptions, force_full: bool
    ) -> AsyncIterator[Started | Progress | Summary]:
        writer = self.storage.writer
        started = time.perf_counter()
        begun = await writer.execute(
            "scan_start",
            scan_history.start(int(time.time()), str(active.root), frozenset(self._by_id)),
        )
        active.scan_id = begun.value
        self._by_id[active.scan_id] = active
        yield Started(active.scan_id, str(active.root))
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Progress] = asyncio.Queue()
        scanner = active.scanner = Scanner(
            active.root,
            options,
            force_full,
            writer,
            self.storage.reads,
            lambda progress: loop.call_soon_threadsafe(events.put_nowait, progress),
            allowed_roots=self.allowed_roots,
        )
        if active.cancel_requested:
            scanner.cancel()
        work = asyncio.wrap_future(self._executor.submit(scanner.run))
        try:
            while not work.done():
                getter = asyncio.ensure_future(events.get())
                await asyncio.wait({work, getter}, return_when=asyncio.FIRST_COMPLETED)
                if getter.done():
                    yield getter.result()
                else:
                    getter.cancel()
        except BaseException:  # the client went away (cancelled RPC): stop, then record it
            scanner.cancel()
            await asyncio.shield(self._finish(active, work, started))
            raise
        yield await self._finish(active, work, started)

    async def _finish(
        self, active: _Active, work: asyncio.Future[ScanOutcome], started: float
    ) -> Summary:
        """Wait for the scan thread, decide the status and complete the history row."""
        status, error = "complete", ""
        try:
            await work
        except ScanCancelled:
            status = "cancelled"
        except Exception as exc:
            status, error = "failed", as_storage_error(exc).message
        assert active.scanner is not None
        out = active.scanner.outcome
        if status == "complete" and out.all_errors:
            status = "partial"
        duration_ms = (time.perf_counter() - started) * 1000
        await self.storage.writer.execute(
            "scan_complete",
            scan_history.complete(
                active.scan_id,
                scan_history.Completion(
                    status=status,
                    completed_at=int(time.time()),
                    total=out.total,
                    added=out.added,
                    modified=out.modified,
                    removed=out.removed,
                    unchanged=out.unchanged,
                    duration_ms=int(duration_ms),
                    error=error or None,
                ),
            ),
        )
        return Summary(active.scan_id, status, out, duration_ms, error)
