"""The one error-mapping place: exceptions become canonical codes with rich details."""

from __future__ import annotations

import apsw
import pytest
from google.rpc import code_pb2, error_details_pb2

from services.common import errors
from services.common.error_mapping import to_rpc_status


def sqlite_error(sql: str) -> apsw.Error:
    conn = apsw.Connection(":memory:")
    conn.execute(
        "PRAGMA foreign_keys = ON;"
        "CREATE TABLE p (id INTEGER PRIMARY KEY) STRICT;"
        "CREATE TABLE c (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, p INTEGER REFERENCES p(id))"
        " STRICT; INSERT INTO c (id, n) VALUES (1, 1);"
    )
    with pytest.raises(apsw.Error) as caught:
        conn.execute(sql)
    return caught.value


def details(status):
    info, bad = error_details_pb2.ErrorInfo(), error_details_pb2.BadRequest()
    found = {}
    for detail in status.details:
        if detail.Unpack(info):
            found["info"] = info
        elif detail.Unpack(bad):
            found["bad"] = bad
    return found


@pytest.mark.parametrize(
    ("sql", "code", "column"),
    [
        ("INSERT INTO c (id, n) VALUES (2, NULL)", code_pb2.INVALID_ARGUMENT, "n"),
        ("INSERT INTO c (id, n) VALUES (2, 'x')", code_pb2.INVALID_ARGUMENT, "n"),
        ("INSERT INTO c (id, n) VALUES (1, 1)", code_pb2.ALREADY_EXISTS, "id"),
        ("INSERT INTO c (id, n, p) VALUES (3, 1, 99)", code_pb2.FAILED_PRECONDITION, None),
    ],
)
def test_constraint_violations_map_to_a_code_naming_the_column(sql, code, column) -> None:
    status = to_rpc_status(sqlite_error(sql), "drift.storage.v1")
    assert status.code == code
    found = details(status)
    assert found["info"].domain == "drift.storage.v1"
    if code == code_pb2.INVALID_ARGUMENT:
        assert found["bad"].field_violations[0].field == column
    elif column:
        assert found["info"].metadata["column"] == column


def test_validation_errors_carry_bad_request_field_violations() -> None:
    error = errors.InvalidArgument(
        [errors.FieldViolation("files.path[3]", "must not be empty")],
        metadata={"batchIndex": "2"},
    )
    status = to_rpc_status(error, "drift.storage.v1")
    found = details(status)
    assert status.code == code_pb2.INVALID_ARGUMENT
    assert status.message == "files.path[3]: must not be empty"
    assert found["info"].reason == "INVALID_ARGUMENT"
    assert found["info"].metadata["batchIndex"] == "2"
    assert [(v.field, v.description) for v in found["bad"].field_violations] == [
        ("files.path[3]", "must not be empty")
    ]


def test_a_busy_database_is_unavailable_so_clients_may_retry() -> None:
    assert to_rpc_status(apsw.BusyError("database is locked"), "d").code == code_pb2.UNAVAILABLE


def test_a_newer_schema_is_failed_precondition() -> None:
    status = to_rpc_status(errors.SchemaTooNew("too new"), "d")
    assert status.code == code_pb2.FAILED_PRECONDITION
    assert details(status)["info"].reason == "SCHEMA_TOO_NEW"


def test_unexpected_errors_are_internal_without_internals(caplog) -> None:
    """The client gets an incident id; the message and traceback go to the server log only."""
    status = to_rpc_status(KeyError("secret_column_name"), "d")
    assert status.code == code_pb2.INTERNAL
    assert "secret_column_name" not in status.message
    assert "incident" in status.message
    assert "secret_column_name" in caplog.text
