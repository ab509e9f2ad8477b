"""Errors as the command line shows them: one line, and a hint when there is something to do.

``main`` prints ``drift-services COMMAND: error: LINE`` for every error a user can meet (a server
status, a service that is not running, a local refusal such as a database in use) instead of a
traceback. A server status shows as ``CODE: message``; its ``google.rpc.ErrorInfo`` reason picks
the hint (``PROJECT_ROOT_MISMATCH`` → ``--replace-root``).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import grpc
from google.rpc import error_details_pb2, status_pb2

from services.common import errors

STATUS_DETAILS_KEY = "grpc-status-details-bin"

# What the user can do about an error, by its ErrorInfo reason.
HINTS = {
    "PROJECT_ROOT_MISMATCH": "use --replace-root to make PATH the project's root",
    "SCAN_ALREADY_RUNNING": "wait for that scan to end, or stop it with Ctrl-C where it runs",
    "DATABASE_LOCKED": "stop that process first (`drift-services up` or `serve`), or use another"
    " --data-dir",
    "SCHEMA_TOO_NEW": "use the newer drift-services that migrated it",
    "WRITER_FAILED": "restart the service; its log says why the writer stopped",
    "ROOT_OUTSIDE_ALLOWED_ROOTS": "allow it with --allowed-roots or DRIFT_SERVICES_ALLOWED_ROOTS",
}


class CliError(Exception):
    """An error whose message is already the line to show."""


def error_reason(exc: grpc.aio.AioRpcError) -> str | None:
    """The ErrorInfo reason in the status details of ``exc``; None if it carries none."""
    for key, value in exc.trailing_metadata() or ():
        if key != STATUS_DETAILS_KEY or not isinstance(value, bytes):
            continue
        status = status_pb2.Status.FromString(value)
        for detail in status.details:
            info = error_details_pb2.ErrorInfo()
            if detail.Unpack(info):
                reason: str = info.reason  # google.rpc ships no typed stubs
                return reason
    return None


def _with_hint(message: str, reason: str | None) -> str:
    hint = HINTS.get(reason or "")
    return f"{message}; {hint}" if hint else message


def rpc_error_line(exc: grpc.aio.AioRpcError) -> str:
    """``CODE: the server's message``, with the hint for its reason."""
    return _with_hint(f"{exc.code().name}: {exc.details()}", error_reason(exc))


def error_line(exc: BaseException) -> str | None:
    """The one line for an error a user can meet; None for anything else (a bug)."""
    if isinstance(exc, CliError):
        line = str(exc)
    elif isinstance(exc, grpc.aio.AioRpcError):
        line = rpc_error_line(exc)
    elif isinstance(exc, errors.StorageError):
        line = _with_hint(exc.message, exc.reason)
    elif isinstance(exc, OSError):
        line = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
    else:
        return None
    return " ".join(line.split())


@contextlib.asynccontextmanager
async def reaching(service: str, address: str) -> AsyncIterator[None]:
    """Turn "nothing listens at ``address``" into a line that says how to start ``service``.

    A connection failure is UNAVAILABLE without status details; a running service's own
    UNAVAILABLE (stopping, writer failed) carries its ErrorInfo and passes through unchanged.
    """
    try:
        yield
    except grpc.aio.AioRpcError as exc:
        if exc.code() != grpc.StatusCode.UNAVAILABLE or error_reason(exc) is not None:
            raise
        raise CliError(
            f"UNAVAILABLE: no {service} service at {address}; start it with `drift-services up`"
            f" (all three services) or `drift-services serve {service}`"
        ) from None
