"""``drift.storage.v1.DriftTablesService``: typed ingest, List and Get for every drift.db table.

The RPCs are generated (``tables.proto``), and so are their handlers: one handler per RPC kind,
specialised per table from the catalog and the schema. Servicers only translate: SQL lives in
``table_writes`` and ``table_reads``.

An ``IngestRows`` request sets one member of the ``batch`` oneof. On the wire a client can send
several, and protobuf's parser silently keeps the last one, so requests are decoded by
``decode_ingest_request``, which also looks at which members the bytes carry, and refuses a
request with two tables as a failing batch.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import apsw
import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import DecodeError, Message

from services.common import errors, pagination
from services.common.batch_stream import ingest_batches
from services.common.storage import Storage
from services.common.writer import Operation, WriteResult
from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.drift_storage.store import table_reads
from services.drift_storage.store.catalog import TABLES
from services.drift_storage.store.table_schema import Table, load_tables, snake
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


def _failing(exc: errors.StorageError) -> Operation:
    """An operation that fails with ``exc`` in the writer, so the error names its batch."""

    def run(conn: apsw.Connection) -> WriteResult:
        raise exc

    return run


def _row_message(table: Table) -> Callable[[tuple[Any, ...]], Message]:
    row_class: type[Message] = getattr(pb, f"{table.spec.resource}Row")
    names = [c.name for c in table.columns]

    def build(values: tuple[Any, ...]) -> Message:
        return row_class(**{n: v for n, v in zip(names, values, strict=True) if v is not None})

    return build


def _filters(table: Table, request: Any) -> tuple[dict[str, Any], int | None, int | None]:
    """The equality filters and time bounds a List or Count request sets."""
    spec = table.spec
    filters = {name: getattr(request, name) for name in spec.filters if request.HasField(name)}
    bounds = [None, None]
    if spec.time_column:
        for i, suffix in enumerate(("from", "to")):
            name = f"{spec.time_column}_{suffix}"
            if request.HasField(name):
                bounds[i] = getattr(request, name)
    return filters, bounds[0], bounds[1]


def _group(value: Any, count: int) -> pb.RowGroup:
    if value is None:
        return pb.RowGroup(is_null=True, count=count)
    return pb.RowGroup(value=str(_fingerprint_value(value)), count=count)


def _fingerprint_value(value: Any) -> Any:
    """A value as JSON and messages can carry it: bytes as hex."""
    return value.hex() if isinstance(value, bytes) else value


class TablesServicer:
    def __init__(self, storage: Storage, tables: tuple[Table, ...]) -> None:
        self._writer = storage.writer
        self._reads = storage.reads
        self._writers = {snake(t.spec.plural): TableWriter(t, snake(t.spec.plural)) for t in tables}

    def _operation(self, request: pb.IngestRowsRequest | RefusedRequest) -> Operation:
        if isinstance(request, RefusedRequest):
            return _failing(request.error)
        field = request.WhichOneof("batch")
        try:
            if field is None:
                raise errors.InvalidArgument(
                    errors.FieldViolation("batch", "set the rows of one table")
                )
            batch = getattr(request, field)
            return self._writers[field].operation(batch.rows, request.replace_files)
        except errors.StorageError as exc:
            return _failing(exc)

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

        async for ack in ingest_batches(
            self._writer, request_iterator, "ingest_rows", self._operation, acknowledge
        ):
            yield ack

    def list_handler(self, table: Table) -> Callable[..., Any]:
        spec = table.spec
        response_class: type[Message] = getattr(pb, f"List{spec.plural}Response")
        field = snake(spec.plural)
        build = _row_message(table)

        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Message]) -> Message:
            size = pagination.page_size(request.page_size)
            filters, since, until = _filters(table, request)
            query = pagination.fingerprint(
                method=f"List{spec.plural}",
                since=since,
                until=until,
                **{n: _fingerprint_value(v) for n, v in filters.items()},
            )
            cursor = pagination.decode_token(request.page_token, query, cursor=(int,))  # [rowid]
            after = cursor[0] if cursor else 0
            rows = await self._reads.run(
                table_reads.list_rows, table, filters, since, until, after, size + 1
            )
            token = pagination.encode_token([rows[size - 1][0]], query) if len(rows) > size else ""
            return response_class(
                **{field: [build(row[1:]) for row in rows[:size]]}, next_page_token=token
            )

        return handle

    def count_handler(self, table: Table) -> Callable[..., Any]:
        spec = table.spec
        response_class: type[Message] = getattr(pb, f"Count{spec.plural}Response")

        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Message]) -> Message:
            if request.group_by and request.group_by not in spec.filters:
                allowed = ", ".join(spec.filters) or "none"
                raise errors.InvalidArgument(
                    errors.FieldViolation("group_by", f"must be one of: {allowed}")
                )
            filters, since, until = _filters(table, request)
            total, groups = await self._reads.run(
                table_reads.count_rows, table, filters, since, until, request.group_by or None
            )
            return response_class(
                count=total,
                groups=[_group(value, count) for value, count in groups[: table_reads.MAX_GROUPS]],
                groups_truncated=len(groups) > table_reads.MAX_GROUPS,
            )

        return handle

    def get_handler(self, table: Table) -> Callable[..., Any]:
        spec = table.spec
        response_class: type[Message] = getattr(pb, f"Get{spec.resource}Response")
        field = snake(spec.resource)
        build = _row_message(table)

        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Message]) -> Message:
            key = {name: getattr(request, name) for name in spec.key}
            row = await self._reads.run(table_reads.get_row, table, key)
            if row is None:
                shown = ", ".join(
                    f"{n}={errors.quote(_fingerprint_value(v))}" for n, v in key.items()
                )
                raise errors.NotFound(f"no {spec.table} row with {shown}")
            return response_class(**{field: build(row)})

        return handle


def register(server: grpc.aio.Server, storage: Storage) -> None:
    """Add DriftTablesService, its handlers built from the catalog and the live schema."""
    tables = storage.reads.run_sync(load_tables, TABLES)
    servicer = TablesServicer(storage, tables)
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
