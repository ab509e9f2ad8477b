"""``drift.storage.v1.DriftTablesService``: typed ingest, List, Count and Get for drift.db's tables.

The RPCs are generated (``tables.proto``), and so are their handlers: one handler per RPC kind,
specialised per table from the catalog and the latest schema. Every request names its project
and is served inside a lease of it (``Projects``). Servicers only translate between fields and
column values (flags are bools, times Timestamps: ``table_schema.Column``); SQL lives in
``table_writes`` and ``table_reads``.

An IngestRows stream writes to the project its first request names; a later request naming
another fails as its batch. A request sets one member of the ``batch`` oneof. On the wire a
client can send several, and protobuf's parser silently keeps the last one, so requests are
decoded by ``decode_ingest_request``, which also looks at which members the bytes carry, and
refuses a request with two tables as a failing batch.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import DecodeError, Message
from google.protobuf.timestamp_pb2 import Timestamp

from services.common import errors, pagination
from services.common.batch_stream import batch_error, failing_operation, ingest_batches, peek
from services.common.writer import Operation, WriteResult
from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.store import table_reads
from services.drift_storage.store.table_schema import (
    Column,
    Table,
    current_tables,
    seconds_of,
    snake,
)
from services.drift_storage.store.table_writes import TableWriter

SERVICE = pb.DESCRIPTOR.services_by_name["DriftTablesService"]


def _batch_members_class() -> type[Message]:
    """A message with the ``batch`` oneof's members as optional bytes fields, outside a oneof.

    Parsing a request's bytes with it keeps every member present on the wire (proto2 optional
    fields have presence, so even an empty batch counts) without parsing any row: its fields
    have the members' numbers, and a length-delimited member reads as bytes.
    """
    fields = descriptor_pb2.FieldDescriptorProto
    source = descriptor_pb2.FileDescriptorProto(
        name="drift/storage/v1/ingest_rows_batch_members.proto",
        package="drift.storage.v1.internal",
        syntax="proto2",
    )
    members = source.message_type.add(name="IngestRowsBatchMembers")
    for field in pb.IngestRowsRequest.DESCRIPTOR.oneofs_by_name["batch"].fields:
        members.field.add(
            name=field.name,
            number=field.number,
            type=fields.TYPE_BYTES,
            label=fields.LABEL_OPTIONAL,
        )
    pool = descriptor_pool.DescriptorPool()
    pool.Add(source)
    return message_factory.GetMessageClass(
        pool.FindMessageTypeByName(f"{source.package}.{members.name}")
    )


_BATCH_MEMBERS = _batch_members_class()


@dataclass(frozen=True)
class RefusedRequest:
    """An IngestRows request refused while it was decoded: it becomes a failing batch."""

    error: errors.StorageError


def decode_ingest_request(data: bytes) -> pb.IngestRowsRequest | RefusedRequest:
    """The IngestRows request in ``data``, or why it is refused (not a message, two tables)."""
    try:
        request = pb.IngestRowsRequest.FromString(data)
        members = [field.name for field, _ in _BATCH_MEMBERS.FromString(data).ListFields()]
    except DecodeError as exc:
        return RefusedRequest(
            errors.MalformedRequest(f"the request is not a valid IngestRowsRequest: {exc}")
        )
    if len(members) > 1:
        return RefusedRequest(
            errors.InvalidArgument(
                errors.FieldViolation(
                    "batch",
                    f"sets {len(members)} tables ({', '.join(members)}); a request carries the "
                    "rows of one table",
                )
            )
        )
    return request


def _row_message(table: Table) -> Callable[[tuple[Any, ...]], Message]:
    row_class: type[Message] = getattr(pb, f"{table.spec.resource}Row")
    # Only flags and times need converting; the other values are the fields' as they are.
    fields = [(c.field, c.message_value if c.is_flag or c.is_time else None) for c in table.columns]

    def build(values: tuple[Any, ...]) -> Message:
        return row_class(
            **{
                field: value if convert is None else convert(value)
                for (field, convert), value in zip(fields, values, strict=True)
                if value is not None
            }
        )

    return build


def _seconds(value: Timestamp, field: str) -> int:
    try:
        return seconds_of(value)
    except ValueError as exc:
        raise errors.InvalidArgument(errors.FieldViolation(field, str(exc))) from None


def _column_value(column: Column, value: Any) -> Any:
    """A request field's value as the column holds it: flags 0 or 1, times Unix seconds."""
    if column.is_time:
        return _seconds(value, column.field)
    return int(value) if column.is_flag else value


def _filters(table: Table, request: Any) -> tuple[dict[str, Any], int | None, int | None]:
    """The equality filters (by column) and time bounds a List or Count request sets."""
    spec = table.spec
    filters = {}
    for name in spec.filters:
        column = table.column(name)
        if request.HasField(column.field):
            filters[name] = _column_value(column, getattr(request, column.field))
    bounds: list[int | None] = [None, None]
    if spec.time_column:
        for i, suffix in enumerate(("from", "to")):
            field = f"{table.column(spec.time_column).field}_{suffix}"
            if request.HasField(field):
                bounds[i] = _seconds(getattr(request, field), field)
    return filters, bounds[0], bounds[1]


def _group(column: Column, value: Any, count: int) -> pb.RowGroup:
    if value is None:
        return pb.RowGroup(is_null=True, count=count)
    if column.is_flag:
        return pb.RowGroup(value="true" if value else "false", count=count)
    return pb.RowGroup(value=str(_fingerprint_value(value)), count=count)


def _fingerprint_value(value: Any) -> Any:
    """A value as JSON and messages can carry it: bytes as hex."""
    return value.hex() if isinstance(value, bytes) else value


class TablesServicer:
    def __init__(self, projects: Projects, tables: tuple[Table, ...]) -> None:
        self._projects = projects
        self._writers = {t.batch_field: TableWriter(t) for t in tables if not t.spec.read_only}

    def _operation(self, request: pb.IngestRowsRequest) -> Operation:
        field = request.WhichOneof("batch")
        try:
            if field is None:
                raise errors.InvalidArgument(
                    errors.FieldViolation("batch", "set the rows of one table")
                )
            batch = getattr(request, field)
            return self._writers[field].operation(batch.rows, request.replace_files)
        except errors.StorageError as exc:
            return failing_operation(exc)

    async def ingest_rows(
        self,
        request_iterator: AsyncIterator[pb.IngestRowsRequest | RefusedRequest],
        context: grpc.aio.ServicerContext[
            pb.IngestRowsRequest | RefusedRequest, pb.IngestRowsResponse
        ],
    ) -> AsyncIterator[pb.IngestRowsResponse]:

        def acknowledge(index: int, result: WriteResult) -> pb.IngestRowsResponse:
            table, written, deleted = result.value
            return pb.IngestRowsResponse(
                batch_index=index, table=table, rows_written=written, rows_deleted=deleted
            )

        first, requests = await peek(request_iterator)
        if first is None:
            return
        if isinstance(first, RefusedRequest):
            # Not even the project is known: the stream fails as its first batch would.
            raise batch_error(first.error, 0)
        project_name = first.project

        def operation(request: pb.IngestRowsRequest | RefusedRequest) -> Operation:
            if isinstance(request, RefusedRequest):
                return failing_operation(request.error)
            refused = names.stream_mismatch(request.project, project_name, "project")
            return failing_operation(refused) if refused else self._operation(request)

        async with self._projects.lease(project_name, "project") as project:
            async for ack in ingest_batches(
                project.storage.writer, requests, "ingest_rows", operation, acknowledge
            ):
                yield ack

    def list_handler(self, table: Table) -> Callable[..., Any]:
        spec = table.spec
        response_class: type[Message] = getattr(pb, f"List{spec.plural}Response")
        build = _row_message(table)

        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Message]) -> Message:
            size = pagination.page_size(request.page_size)
            filters, since, until = _filters(table, request)
            query = pagination.fingerprint(
                method=f"List{spec.plural}",
                project=names.parse_name(request.parent, "parent"),
                since=since,
                until=until,
                **{n: _fingerprint_value(v) for n, v in filters.items()},
            )
            cursor = pagination.decode_token(request.page_token, query, cursor=(int,))  # [rowid]
            after = cursor[0] if cursor else 0
            rows = await self._projects.read(
                request.parent,
                "parent",
                table_reads.list_rows,
                table,
                filters,
                since,
                until,
                after,
                size + 1,
            )
            token = pagination.encode_token([rows[size - 1][0]], query) if len(rows) > size else ""
            return response_class(
                **{table.batch_field: [build(row[1:]) for row in rows[:size]]},
                next_page_token=token,
            )

        return handle

    def count_handler(self, table: Table) -> Callable[..., Any]:
        spec = table.spec
        response_class: type[Message] = getattr(pb, f"Count{spec.plural}Response")
        groupable = {table.column(name).field: table.column(name) for name in spec.filters}

        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Message]) -> Message:
            group = groupable.get(request.group_by) if request.group_by else None
            if request.group_by and group is None:
                allowed = ", ".join(groupable) or "none"
                raise errors.InvalidArgument(
                    errors.FieldViolation("group_by", f"must be one of: {allowed}")
                )
            filters, since, until = _filters(table, request)
            total, groups = await self._projects.read(
                request.parent,
                "parent",
                table_reads.count_rows,
                table,
                filters,
                since,
                until,
                group.name if group else None,
            )
            shown = groups[: table_reads.MAX_GROUPS]
            return response_class(
                count=total,
                groups=[_group(group, value, count) for value, count in shown] if group else [],
                groups_truncated=len(groups) > table_reads.MAX_GROUPS,
            )

        return handle

    def get_handler(self, table: Table) -> Callable[..., Any]:
        spec = table.spec
        response_class: type[Message] = getattr(pb, f"Get{spec.resource}Response")
        field = snake(spec.resource)
        build = _row_message(table)
        key_columns = [table.column(name) for name in spec.key]

        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Message]) -> Message:
            key = {c.name: _column_value(c, getattr(request, c.field)) for c in key_columns}
            row = await self._projects.read(
                request.parent, "parent", table_reads.get_row, table, key
            )
            if row is None:
                shown = ", ".join(
                    f"{c.field}={errors.quote(_fingerprint_value(key[c.name]))}"
                    for c in key_columns
                )
                raise errors.RowNotFound(
                    f"no {spec.table} row with {shown}", metadata={"table": spec.table}
                )
            return response_class(**{field: build(row)})

        return handle


def register(server: grpc.aio.Server, projects: Projects) -> None:
    """Add DriftTablesService, its handlers built from the catalog and the latest schema."""
    # service.py imports this module to register it, so its schema is imported only now.
    from services.drift_storage.service import SCHEMA

    tables = current_tables(SCHEMA)
    servicer = TablesServicer(projects, tables)
    handlers = {
        "IngestRows": grpc.stream_stream_rpc_method_handler(
            servicer.ingest_rows,
            request_deserializer=decode_ingest_request,
            response_serializer=pb.IngestRowsResponse.SerializeToString,
        )
    }
    for table in tables:
        spec = table.spec
        rpcs = [
            (f"List{spec.plural}", servicer.list_handler(table)),
            (f"Count{spec.plural}", servicer.count_handler(table)),
        ]
        if spec.key:
            rpcs.append((f"Get{spec.resource}", servicer.get_handler(table)))
        for name, handler in rpcs:
            method = SERVICE.methods_by_name[name]
            handlers[name] = grpc.unary_unary_rpc_method_handler(
                handler,
                request_deserializer=getattr(pb, method.input_type.name).FromString,
                response_serializer=getattr(pb, method.output_type.name).SerializeToString,
            )
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(SERVICE.full_name, handlers),)
    )
