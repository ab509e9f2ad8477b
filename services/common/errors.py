"""Domain errors raised by storage code; ``error_mapping`` turns them into gRPC statuses.

Each class names the gRPC status code it maps to, so storage code can say what went wrong without
knowing about gRPC.
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
    """Base of all errors that carry their own status code and a message safe to show a client."""

    code = grpc.StatusCode.INTERNAL
    reason = "INTERNAL"

    def __init__(self, message: str, *, metadata: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.metadata: dict[str, str] = dict(metadata or {})


class InvalidArgument(StorageError):
    """The request is malformed; ``violations`` names the fields."""

    code = grpc.StatusCode.INVALID_ARGUMENT
    reason = "INVALID_ARGUMENT"

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


class MalformedRequest(StorageError):
    """The request's bytes are not a message of the method's request type."""

    code = grpc.StatusCode.INVALID_ARGUMENT
    reason = "MALFORMED_REQUEST"


class NotFound(StorageError):
    code = grpc.StatusCode.NOT_FOUND
    reason = "NOT_FOUND"


class ProjectNotFound(NotFound):
    """No project has the name a request gives."""

    reason = "PROJECT_NOT_FOUND"


class AlreadyExists(StorageError):
    code = grpc.StatusCode.ALREADY_EXISTS
    reason = "ALREADY_EXISTS"


class ProjectAlreadyExists(AlreadyExists):
    """CreateProject or ImportProject with an id another project has. Metadata: ``project``."""

    reason = "PROJECT_ALREADY_EXISTS"


class PermissionDenied(StorageError):
    code = grpc.StatusCode.PERMISSION_DENIED
    reason = "PERMISSION_DENIED"


class FailedPrecondition(StorageError):
    code = grpc.StatusCode.FAILED_PRECONDITION
    reason = "FAILED_PRECONDITION"


class Unavailable(StorageError):
    """Transient: the database is busy or the service is shutting down. Safe to retry."""

    code = grpc.StatusCode.UNAVAILABLE
    reason = "UNAVAILABLE"


class ResourceExhausted(StorageError):
    code = grpc.StatusCode.RESOURCE_EXHAUSTED
    reason = "RESOURCE_EXHAUSTED"


class TooManyScans(ResourceExhausted):
    """As many scans run as ``--max-concurrent-scans`` allows. Metadata: ``limit``."""

    reason = "TOO_MANY_SCANS"


class Aborted(StorageError):
    code = grpc.StatusCode.ABORTED
    reason = "ABORTED"


class SchemaTooNew(FailedPrecondition):
    """The database was migrated by a newer version of this software; we refuse to touch it."""

    reason = "SCHEMA_TOO_NEW"


class DatabaseUnusable(FailedPrecondition):
    """The file is not a SQLite database, or is corrupt."""

    reason = "DATABASE_UNUSABLE"


class DatabaseInUse(FailedPrecondition):
    """Another process holds the database's lock: it is that database's only writer."""

    reason = "DATABASE_IN_USE"


class ProjectRootMismatch(FailedPrecondition):
    """A scan names a root other than the one the database's project was recorded with."""

    reason = "PROJECT_ROOT_MISMATCH"


class ProjectBusy(FailedPrecondition):
    """A project cannot be deleted or re-rooted now: a scan runs, or requests still use it.
    Metadata: ``project``."""

    reason = "PROJECT_BUSY"


class SingleProjectMode(FailedPrecondition):
    """Project management asked of a drift service that serves one ``--db`` file."""

    reason = "SINGLE_PROJECT_MODE"


class MigrationError(FailedPrecondition):
    """The migration files are inconsistent (gap, duplicate, bad name) or one failed to apply."""

    reason = "MIGRATION_FAILED"


class WriterClosed(Unavailable):
    """The writer is shutting down and accepts no more commands."""

    reason = "WRITER_CLOSED"


class Unimplemented(StorageError):
    """The method exists in the contract but this server does not implement it."""

    code = grpc.StatusCode.UNIMPLEMENTED
    reason = "UNIMPLEMENTED"


class IdSpaceExhausted(FailedPrecondition):
    """A table's rowid reached 2^63-1, so SQLite can assign no new id (SQLITE_FULL)."""

    reason = "ID_SPACE_EXHAUSTED"


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


class WriterFailed(Unavailable):
    """The writer thread died; no write can be applied until the service is restarted."""

    reason = "WRITER_FAILED"
