"""Domain errors raised by storage code; ``error_mapping`` turns them into gRPC statuses.

Each class names the gRPC status code it maps to and a ``reason``: the stable UPPER_SNAKE
``google.rpc.ErrorInfo.reason`` a client branches on (AIP-193), so storage code can say what
went wrong without knowing about gRPC. A code has one family class (``NotFound``,
``FailedPrecondition``...); every situation the services report is a subclass of its family
with its own reason, documented with the ErrorInfo metadata keys it carries (camelCase). A
family's own reason is the code's name: the fallback for an error no subclass describes. Every
reason is listed in docs/api.md ("Errors"), and a test keeps that table and these classes
in step.

Any error may also carry ``batchIndex`` (the failed batch of an ingest stream, added by
``batch_stream.batch_error``) and ``truncated`` (added by ``error_mapping`` when details were
cut to fit the status trailer).
"""

from __future__ import annotations

from dataclasses import dataclass

import grpc


@dataclass(frozen=True)
class FieldViolation:
    """One invalid request field: its path (``files.path[3]``) and what is wrong with it."""

    field: str
    description: str


class StorageError(Exception):
    """Base of all errors that carry their own status code and a message safe to show a client.

    Raised as such only for a bug: ``error_mapping`` turns an unexpected exception into one whose
    message carries an incident id (the traceback is in the server log). No metadata.
    """

    code = grpc.StatusCode.INTERNAL
    reason = "INTERNAL"

    def __init__(self, message: str, *, metadata: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.metadata: dict[str, str] = dict(metadata or {})


# INVALID_ARGUMENT: the client must fix the request.


class InvalidArgument(StorageError):
    """A request field has a value the method refuses; ``violations`` names the fields.

    The reason of a plain field violation (a negative ``page_size``, an empty ``root``, a bad
    ``options.include`` pattern, a NOT NULL, type or CHECK violation of a written row): the
    ``google.rpc.BadRequest`` detail, always present, names each field and what is wrong with
    it, which is all a client can act on. Situations a client may handle in code have their own
    subclass. No metadata of its own.
    """

    code = grpc.StatusCode.INVALID_ARGUMENT
    reason = "FIELD_INVALID"

    def __init__(
        self,
        violations: list[FieldViolation] | FieldViolation,
        *,
        message: str | None = None,
        metadata: dict[str, str] | None = None,
    ) -> None:
        self.violations = [violations] if isinstance(violations, FieldViolation) else violations
        first = self.violations[0]
        super().__init__(message or f"{first.field}: {first.description}", metadata=metadata)


class InvalidPageToken(InvalidArgument):
    """``page_token`` is not a token this method and service process issued (altered, made up,
    or issued before the service restarted), or was issued for other filters. The client lists
    again from the first page. The BadRequest names ``page_token``; no metadata."""

    reason = "INVALID_PAGE_TOKEN"


class TableNotFound(InvalidArgument):
    """``ExportRows`` or ``GetExportCursor`` names a table the database does not have. The
    BadRequest names ``table``; no metadata."""

    reason = "TABLE_NOT_FOUND"


class MalformedRequest(StorageError):
    """The request's bytes are not a message of the method's request type (no field to name, so
    no BadRequest, and not an ``InvalidArgument``). No metadata."""

    code = grpc.StatusCode.INVALID_ARGUMENT
    reason = "MALFORMED_REQUEST"


# NOT_FOUND


class NotFound(StorageError):
    """Family of NOT_FOUND errors; raised as such only where no subclass fits."""

    code = grpc.StatusCode.NOT_FOUND
    reason = "NOT_FOUND"


class ProjectNotFound(NotFound):
    """No project has the name a request gives (``projects/nope``). Metadata: ``project``, the
    resource name asked for."""

    reason = "PROJECT_NOT_FOUND"


class RootNotFound(NotFound):
    """``Scan`` of a root that does not exist (or whose path goes through a file). Metadata:
    ``root``, the resolved path."""

    reason = "ROOT_NOT_FOUND"


class FunctionNotFound(NotFound):
    """``BatchGetFunctions``, ``ListCallers`` or ``ListCallees`` of function ids the project does
    not have. Metadata: ``functionIds``, the missing ids."""

    reason = "FUNCTION_NOT_FOUND"


class ViolationNotFound(NotFound):
    """``DismissViolation``, ``FixViolation`` or ``SuppressViolation`` of a violation id the
    project does not have. Metadata: ``violationId``, the id asked for."""

    reason = "VIOLATION_NOT_FOUND"


class RowNotFound(NotFound):
    """``Get<Resource>`` of a key no row has. Metadata: ``table``, the table's name."""

    reason = "ROW_NOT_FOUND"


class ScanNotFound(NotFound):
    """A scan id the project has no scan of (``DiffFindings``, ``RecordFindings``). Metadata:
    ``scanId``."""

    reason = "SCAN_NOT_FOUND"


class ReachabilityNotFound(NotFound):
    """``GetReachability`` or ``ListReachableNodes`` of a function key and direction for which
    the analysis stored no reachable set (Rust answered an empty default instead). Metadata:
    ``functionKey``, ``direction``."""

    reason = "REACHABILITY_NOT_FOUND"


class MemoryNotFound(NotFound):
    """A cortex memory id no memory has (or had, at the ``as_of`` time asked). Metadata:
    ``memoryId``."""

    reason = "MEMORY_NOT_FOUND"


class CausalEdgeNotFound(NotFound):
    """A causal edge (source, target) the graph does not have. Metadata: ``sourceId``,
    ``targetId``."""

    reason = "CAUSAL_EDGE_NOT_FOUND"


class SessionNotFound(NotFound):
    """A cortex session id no session has. Metadata: ``sessionId``."""

    reason = "SESSION_NOT_FOUND"


class VersionNotFound(NotFound):
    """A version number a memory has no saved version of. Metadata: ``memoryId``,
    ``version``."""

    reason = "VERSION_NOT_FOUND"


# ALREADY_EXISTS


class AlreadyExists(StorageError):
    """Family of ALREADY_EXISTS errors; raised as such only where no subclass fits."""

    code = grpc.StatusCode.ALREADY_EXISTS
    reason = "ALREADY_EXISTS"


class RowAlreadyExists(AlreadyExists):
    """A written row duplicates the primary key or a unique key of an existing row. Metadata:
    ``column``, when SQLite names it."""

    reason = "ROW_ALREADY_EXISTS"


class MemoryAlreadyExists(AlreadyExists):
    """Creating (or importing) a memory with an id that is taken. Metadata: ``memoryId``."""

    reason = "MEMORY_ALREADY_EXISTS"


class ProjectAlreadyExists(AlreadyExists):
    """Creating or importing a project whose id is taken. Metadata: ``project``, its resource
    name."""

    reason = "PROJECT_ALREADY_EXISTS"


# PERMISSION_DENIED


class PermissionDenied(StorageError):
    """Family of PERMISSION_DENIED errors; raised as such only where no subclass fits."""

    code = grpc.StatusCode.PERMISSION_DENIED
    reason = "PERMISSION_DENIED"


class RootOutsideAllowedRoots(PermissionDenied):
    """``Scan`` of a root that resolves (``..``, symbolic links) outside the service's
    ``--allowed-roots``, or that was moved outside them once the scan began. Metadata: ``root``,
    the resolved path."""

    reason = "ROOT_OUTSIDE_ALLOWED_ROOTS"


class RootUnreadable(PermissionDenied):
    """``Scan`` of a root the service cannot examine (``stat`` fails) or list (the walk fails on
    the root itself, which is then left untouched rather than seen as empty). Metadata:
    ``root``, the resolved path."""

    reason = "ROOT_UNREADABLE"


# FAILED_PRECONDITION: the request is fine, the state of the database or service refuses it.


class FailedPrecondition(StorageError):
    """Family of FAILED_PRECONDITION errors; raised as such only where no subclass fits."""

    code = grpc.StatusCode.FAILED_PRECONDITION
    reason = "FAILED_PRECONDITION"


class ReferencedRowMissing(FailedPrecondition):
    """A written row refers to a row that does not exist (a foreign key). Metadata: ``column``,
    when SQLite names it."""

    reason = "REFERENCED_ROW_MISSING"


class IdempotencyKeyReused(FailedPrecondition):
    """A create whose idempotency key was used before by a different request. Metadata:
    ``idempotencyKey``, ``memoryId`` (what the first request created)."""

    reason = "IDEMPOTENCY_KEY_REUSED"


class MemoryStateConflict(FailedPrecondition):
    """An operation that needs a live memory (supersede, merge, a relationship) was given an
    archived one, or restore/unsupersede one that is not archived or superseded. Metadata:
    ``memoryId``."""

    reason = "MEMORY_STATE_CONFLICT"


class CausalCycle(FailedPrecondition):
    """A causal edge that would close a cycle in the causal graph. Metadata: ``sourceId``,
    ``targetId``."""

    reason = "CAUSAL_CYCLE"


class ConstraintViolated(FailedPrecondition):
    """A write breaks a constraint of the database other than NOT NULL, type, CHECK, unique and
    foreign keys (a trigger's ``RAISE``, for one). Metadata: ``column``, when SQLite names it."""

    reason = "CONSTRAINT_VIOLATED"


class ProjectRootMismatch(FailedPrecondition):
    """A scan names a root other than the one the database's project was recorded with, without
    ``replace_root``. Metadata: ``recordedRoot``, ``requestedRoot``."""

    reason = "PROJECT_ROOT_MISMATCH"


class IdSpaceExhausted(FailedPrecondition):
    """A table's rowid reached 2^63-1, so SQLite can assign no new id (SQLITE_FULL). Metadata:
    ``table``."""

    reason = "ID_SPACE_EXHAUSTED"


class SchemaTooNew(FailedPrecondition):
    """The database was migrated by a newer version of this software; we refuse to touch it.
    Raised at start-up. Metadata: ``databaseVersion``, ``latestKnownVersion``."""

    reason = "SCHEMA_TOO_NEW"


class DatabaseUnusable(FailedPrecondition):
    """The database path cannot hold a database (a directory, an uncreatable directory or lock
    file, no WAL mode), or the file is not a SQLite database, or is damaged; at start-up or when
    SQLite finds the damage while serving. Metadata: ``lockFile`` (the lock file could not be
    created) or ``problem`` (the first finding of the integrity check), when they apply."""

    reason = "DATABASE_UNUSABLE"


class DatabaseLocked(FailedPrecondition):
    """Another process holds the database's lock: it is that database's only writer. Raised at
    start-up. Metadata: ``database`` (its path), ``pid`` (the holder's, empty if unknown)."""

    reason = "DATABASE_LOCKED"


class MigrationError(FailedPrecondition):
    """The migration files are inconsistent (gap, duplicate, bad name) or one failed to apply and
    was rolled back. Raised at start-up and by ``migrate``. Metadata: ``migration``, the file
    that failed, when one did."""

    reason = "MIGRATION_FAILED"


class ProjectBusy(FailedPrecondition):
    """A project cannot be deleted or re-rooted now: a scan of it runs, or requests that use it
    did not end within 5 seconds (DeleteProject). Metadata: ``project``, its resource name."""

    reason = "PROJECT_BUSY"


class FindingsNotRecorded(FailedPrecondition):
    """``DiffFindings`` of a scan whose findings were never recorded: it did not complete, or
    ran before findings were recorded. Metadata: ``scanId``."""

    reason = "FINDINGS_NOT_RECORDED"


class ScanNotComplete(FailedPrecondition):
    """``RecordFindings`` for a scan that is running, failed or was cancelled: only a scan that
    looked at every file has findings to record. Metadata: ``scanId``."""

    reason = "SCAN_NOT_COMPLETE"


class SingleProjectMode(FailedPrecondition):
    """Creating, importing or deleting a project is refused: the service serves the one project
    of a ``--db`` file."""

    reason = "SINGLE_PROJECT_MODE"


# ABORTED: a concurrency conflict; the client may retry once the conflict is gone.


class Aborted(StorageError):
    """Family of ABORTED errors; raised as such only where no subclass fits."""

    code = grpc.StatusCode.ABORTED
    reason = "ABORTED"


class ScanAlreadyRunning(Aborted):
    """``Scan`` while another scan of the same database runs: one runs at a time. Metadata:
    ``scanId`` (the running scan's id, ``0`` before it has one) and ``root`` (its root)."""

    reason = "SCAN_ALREADY_RUNNING"


class PreviousBatchFailed(Aborted):
    """A write is not applied because the write it must follow (the previous batch of its
    stream) failed or was cancelled, so that nothing after a failed batch is written. No
    metadata of its own."""

    reason = "PREVIOUS_BATCH_FAILED"


# UNAVAILABLE: transient; safe to retry later (with backoff).


class Unavailable(StorageError):
    """Family of UNAVAILABLE errors; raised as such only where no subclass fits."""

    code = grpc.StatusCode.UNAVAILABLE
    reason = "UNAVAILABLE"


class DatabaseBusy(Unavailable):
    """SQLite reported the database busy or locked (SQLITE_BUSY, SQLITE_LOCKED) beyond its
    timeout. No metadata."""

    reason = "DATABASE_BUSY"


class ServiceStopping(Unavailable):
    """The service is shutting down and starts no new work (a ``Scan``). No metadata."""

    reason = "SERVICE_STOPPING"


class WriterClosed(Unavailable):
    """The writer is shutting down and accepts no more commands. No metadata."""

    reason = "WRITER_CLOSED"


class WriterFailed(Unavailable):
    """The writer thread died; no write can be applied until the service is restarted. No
    metadata."""

    reason = "WRITER_FAILED"


class AddressUnavailable(Unavailable):
    """The service cannot listen on its address at start-up: the port is in use, or the host is
    not an address of this machine. No metadata."""

    reason = "ADDRESS_UNAVAILABLE"


# RESOURCE_EXHAUSTED


class ResourceExhausted(StorageError):
    """Family of RESOURCE_EXHAUSTED errors; raised as such only where no subclass fits."""

    code = grpc.StatusCode.RESOURCE_EXHAUSTED
    reason = "RESOURCE_EXHAUSTED"


class DiskFull(ResourceExhausted):
    """The database or the disk it is on is full (SQLITE_FULL), so nothing more can be written.
    No metadata."""

    reason = "DISK_FULL"


class TooManyScans(ResourceExhausted):
    """``Scan`` refused because the service already runs as many scans as it allows at once
    (``--max-concurrent-scans``). Metadata: ``limit``, that number."""

    reason = "TOO_MANY_SCANS"


# UNIMPLEMENTED


class Unimplemented(StorageError):
    """The method exists in the contract but this server does not implement it
    (``Health/List``). No metadata."""

    code = grpc.StatusCode.UNIMPLEMENTED
    reason = "UNIMPLEMENTED"


# Client values quoted in messages are cut to this many characters (or bytes).
QUOTE_LIMIT = 80


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``repr(value)`` for a message, shortened when long: ``'aaaa'... (8192 characters)``.

    Every message that echoes client input goes through here, so that one huge value cannot
    blow up the status trailer (clients refuse trailers above 8 KiB by default).
    """
    if isinstance(value, str | bytes) and len(value) > limit:
        unit = "characters" if isinstance(value, str) else "bytes"
        return f"{value[:limit]!r}... ({len(value)} {unit})"
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}..."
