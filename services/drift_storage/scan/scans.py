"""Running scans: allowed roots, the project's root, one scan at a time, cancellation, history.

``ScanService.scan`` is an async generator of events (``Started``, ``Progress``, ``Summary``)
that the Scan RPC translates. The scan itself runs on a thread of its own (``scanner.Scanner``);
its history row is written when it starts and completed however it ends, even when the client
goes away or the service stops.

A drift.db holds one project, whose paths are relative to its root: the first scan records the
root (table ``project``), and a scan of another root is refused (``PROJECT_ROOT_MISMATCH``)
unless it asks to replace it, in which case it rescans in full and the old project's files leave
as removed files. One scan runs at a time per database, whatever its root; a second is
``ABORTED`` naming the running one.

Scan threads are daemon threads: a thread stuck in a read (a hung network file system) cannot
keep the process from exiting. A cancelled scan whose thread does not stop within
``STOP_TIMEOUT_S`` is recorded as ``cancelled`` and abandoned.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from services.common import errors
from services.common.error_mapping import as_storage_error
from services.common.storage import Storage
from services.drift_storage.scan.discovery import DiscoveryOptions
from services.drift_storage.scan.scanner import Progress, ScanCancelled, Scanner, ScanOutcome
from services.drift_storage.store import scan_history

log = logging.getLogger(__name__)

# How long a cancelled scan's thread gets to stop before the scan is recorded and abandoned.
STOP_TIMEOUT_S = 5.0

T = TypeVar("T")


@dataclass(frozen=True)
class Started:
    scan_id: int
    root: str
    # The project's previous root when this scan replaced it, else "".
    previous_root: str = ""


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
    cancelled: asyncio.Event = field(default_factory=asyncio.Event)
    # Set once the scan's history row records how it ended.
    recorded: asyncio.Event = field(default_factory=asyncio.Event)


def _in_thread(fn: Callable[[], T], name: str) -> asyncio.Future[T]:
    """Run ``fn`` on a new daemon thread; the future resolves on the calling loop."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        def unless_done() -> None:
            if not future.done():  # cancelled meanwhile
                outcome()

        with contextlib.suppress(RuntimeError):  # the loop closed: nobody is waiting any more
            loop.call_soon_threadsafe(unless_done)

    def target() -> None:
        try:
            result = fn()
        except BaseException as exc:
            settle(functools.partial(future.set_exception, exc))
        else:
            settle(functools.partial(future.set_result, result))

    threading.Thread(target=target, name=name, daemon=True).start()
    return future


def resolve_directory(root: str, allowed_roots: tuple[Path, ...], field: str = "root") -> Path:
    """``root`` made absolute and real; refused unless inside one of ``allowed_roots``.

    What the file system cannot take is ``INVALID_ARGUMENT`` on ``root``, before or after
    resolving: a NUL byte, a component longer than 255 bytes or a path longer than 4095
    (Linux's NAME_MAX and PATH_MAX less its NUL), a symbolic link loop, and a real path that
    is not UTF-8 (scan paths are strings). A missing root is ``NOT_FOUND``, one the service
    may not read ``PERMISSION_DENIED``.
    """

    def invalid(description: str) -> errors.InvalidArgument:
        return errors.InvalidArgument(errors.FieldViolation(field, description))

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
    if not any(resolved == a or a in resolved.parents for a in allowed_roots):
        allowed = ", ".join(str(a) for a in allowed_roots)
        raise errors.RootOutsideAllowedRoots(
            f"{errors.quote(root)} resolves to {resolved}, outside the allowed roots ({allowed})",
            metadata={"root": str(resolved)},
        )
    try:
        resolved.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise errors.RootNotFound(
            f"{resolved} does not exist", metadata={"root": str(resolved)}
        ) from None
    except OSError as exc:
        raise errors.RootUnreadable(
            f"{resolved} cannot be examined: {exc.strerror}", metadata={"root": str(resolved)}
        ) from exc
    if not resolved.is_dir():
        raise invalid(f"{resolved} is a file")
    return resolved


@dataclass
class ScanService:
    """The scans of one drift database: at most one at a time."""

    storage: Storage
    allowed_roots: tuple[Path, ...]
    _active: _Active | None = None
    _closing: bool = False

    @property
    def running(self) -> _Active | None:
        """The running scan, if any."""
        return self._active

    def resolve_root(self, root: str, field: str = "root") -> Path:
        """``resolve_directory(root, self.allowed_roots, field)``."""
        return resolve_directory(root, self.allowed_roots, field)

    def recover_interrupted(self) -> int:
        """Mark the scans a stopped or crashed process left ``running`` as failed (at start-up,
        under the database's lock, so no live scan can be among them); returns how many."""
        if not self.storage.reads.run_sync(scan_history.running_count):
            return 0
        recovered: int = (
            self.storage.writer.submit("scan_recover", scan_history.recover()).result().value
        )
        return recovered

    def cancel(self, scan_id: int) -> bool:
        """Ask scan ``scan_id`` to stop; False if it is not the running scan."""
        active = self._active
        if active is None or active.scan_id != scan_id or not scan_id:
            return False
        self._cancel(active)
        return True

    def _cancel(self, active: _Active) -> None:
        active.cancelled.set()
        if active.scanner is not None:
            active.scanner.cancel()

    async def shutdown(self, timeout: float) -> None:
        """Refuse new scans, cancel the running one and wait until its history is recorded."""
        self._closing = True
        active = self._active
        if active is None:
            return
        self._cancel(active)
        try:
            await asyncio.wait_for(active.recorded.wait(), timeout + STOP_TIMEOUT_S)
        except TimeoutError:
            log.warning("scan %d did not record its end in time", active.scan_id)

    async def scan(
        self, root: Path, options: DiscoveryOptions, force_full: bool, replace_root: bool = False
    ) -> AsyncIterator[Started | Progress | Summary]:
        """Scan ``root``, yielding Started, Progress events and finally a Summary."""
        if self._closing:
            raise errors.ServiceStopping("the service is stopping; no new scans")
        running = self._active
        if running is not None:
            what = f"scan {running.scan_id}" if running.scan_id else "a scan"
            raise errors.ScanAlreadyRunning(
                f"{what} of {running.root} is running; one scan runs at a time per database:"
                " wait for it or cancel it (CancelScan)",
                metadata={"scanId": str(running.scan_id), "root": str(running.root)},
            )
        active = self._active = _Active(root)
        try:
            async for event in self._run(active, options, force_full, replace_root):
                yield event
        finally:
            self._active = None
            active.recorded.set()

    async def _run(
        self, active: _Active, options: DiscoveryOptions, force_full: bool, replace_root: bool
    ) -> AsyncIterator[Started | Progress | Summary]:
        writer = self.storage.writer
        started = time.perf_counter()
        begun = (
            await writer.execute(
                "scan_start", scan_history.start(int(time.time()), str(active.root), replace_root)
            )
        ).value
        active.scan_id = begun.scan_id
        if begun.previous_root:
            log.warning(
                "scan %d replaces the project root %s with %s: the old files leave as removed",
                begun.scan_id,
                begun.previous_root,
                active.root,
            )
        log.info(
            "scan %d of %s started%s", active.scan_id, active.root, " (full)" if force_full else ""
        )
        yield Started(active.scan_id, str(active.root), begun.previous_root)
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Progress] = asyncio.Queue()
        scanner = active.scanner = Scanner(
            active.root,
            options,
            force_full or bool(begun.previous_root) or begun.full_scan_pending,
            writer,
            self.storage.reads,
            lambda progress: loop.call_soon_threadsafe(events.put_nowait, progress),
            allowed_roots=self.allowed_roots,
        )
        if active.cancelled.is_set():
            scanner.cancel()
        work = _in_thread(scanner.run, f"scan-{active.scan_id}")
        cancelled = asyncio.ensure_future(active.cancelled.wait())
        try:
            while not work.done() and not cancelled.done():
                getter = asyncio.ensure_future(events.get())
                waiting: set[asyncio.Future[Any]] = {work, getter, cancelled}
                await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                if getter.done():
                    yield getter.result()
                else:
                    getter.cancel()
            # The thread's last events were queued before its end was (both go through
            # call_soon_threadsafe, in order): they are all here now, and belong before the
            # summary.
            while not events.empty():
                yield events.get_nowait()
        except BaseException:  # the client went away (cancelled RPC): stop, then record it
            self._cancel(active)
            await asyncio.shield(self._finish(active, work, started))
            raise
        finally:
            cancelled.cancel()
        yield await self._finish(active, work, started)

    async def _finish(
        self, active: _Active, work: asyncio.Future[ScanOutcome], started: float
    ) -> Summary:
        """Wait for the scan thread (bounded once cancelled), decide the status and complete
        the history row."""
        status, error = "complete", ""
        if not work.done():  # only a cancelled scan gets here before its thread ended
            await asyncio.wait({work}, timeout=STOP_TIMEOUT_S)
        if not work.done():
            work.add_done_callback(lambda f: f.cancelled() or f.exception())  # consumed
            status = "cancelled"
            error = (
                f"the scan did not stop within {STOP_TIMEOUT_S:.0f} s of being cancelled (stuck"
                " reading a file); it was abandoned"
            )
        elif isinstance(work.exception(), ScanCancelled):
            status = "cancelled"
        elif (failure := work.exception()) is not None:
            status, error = "failed", as_storage_error(failure).message
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
        active.recorded.set()
        log.info(
            "scan %d of %s %s: %d files (%d added, %d modified, %d removed, %d unchanged),"
            " %d parsed, %d call edges, %d errors, %.2f s%s",
            active.scan_id, active.root, status, out.total, out.added, out.modified, out.removed,
            out.unchanged, out.parsed, out.call_edges, len(out.all_errors), duration_ms / 1000,
            f": {error}" if error else "",
        )  # fmt: skip
        return Summary(active.scan_id, status, out, duration_ms, error)
