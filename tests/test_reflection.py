"""Server reflection: both grpc.reflection.v1 and v1alpha, on all three services, and it serves
the google.rpc error detail types, so a client decodes ErrorInfo and BadRequest with nothing but
reflection."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType

import grpc
import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, text_format
from grpc_reflection.v1alpha import reflection_pb2 as v1alpha_pb2
from grpc_reflection.v1alpha import reflection_pb2_grpc as v1alpha_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from services.cli.definitions import definition
from services.common.config import ServerConfig
from services.common.server import RunningServer, start_server
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.contracts.grpc.reflection.v1 import reflection_pb2 as v1_pb2
from services.contracts.grpc.reflection.v1 import reflection_pb2_grpc as v1_pb2_grpc

PROTOS = Path(__file__).resolve().parents[1] / "protos"
VERSIONS: dict[str, tuple[ModuleType, ModuleType]] = {
    "v1": (v1_pb2, v1_pb2_grpc),
    "v1alpha": (v1alpha_pb2, v1alpha_pb2_grpc),
}
BOTH = {"grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"}
SERVICES = {
    "drift": {
        "drift.storage.v1.DriftStorageService",
        "drift.storage.v1.DriftProjectsService",
        "drift.storage.v1.DriftTablesService",
        "drift.analysis.v1.GraphService",
        "drift.enforcement.v1.FindingsService",
        "drift.analysis.v1.PatternsService",
        "drift.enforcement.v1.ReportsService",
        "drift.analysis.v1.SecurityService",
        "drift.analysis.v1.StructureService",
        "drift.enforcement.v1.EnforcementService",
    },
    "cortex": {"cortex.storage.v1.MemoriesService"},
    "bridge": set(),
}


@contextlib.asynccontextmanager
async def channel_to(name: str) -> AsyncIterator[tuple[RunningServer, grpc.aio.Channel]]:
    """Service ``name`` on an in-memory database, and a channel to it."""
    config = ServerConfig(service=name, db=":memory:", host="127.0.0.1", port=0, grace_s=0.1)
    server = await start_server(definition(name), config)
    try:
        async with grpc.aio.insecure_channel(server.address) as channel:
            yield server, channel
    finally:
        await server.stop()


@pytest.fixture
async def drift() -> AsyncIterator[tuple[RunningServer, grpc.aio.Channel]]:
    async with channel_to("drift") as served:
        yield served


async def ask(channel: grpc.aio.Channel, version: str, **request: str):
    """The one answer of reflection ``version`` to one request, through a raw stub."""
    messages, stubs = VERSIONS[version]
    call = stubs.ServerReflectionStub(channel).ServerReflectionInfo(
        iter([messages.ServerReflectionRequest(**request)])
    )
    [response] = [response async for response in call]
    assert isinstance(response, messages.ServerReflectionResponse)
    return response


def file_names(response) -> list[str]:
    """The names of the files of a file_descriptor_response, the asked one first."""
    return [
        descriptor_pb2.FileDescriptorProto.FromString(serialized).name
        for serialized in response.file_descriptor_response.file_descriptor_proto
    ]


@pytest.mark.parametrize("version", sorted(VERSIONS))
@pytest.mark.parametrize("name", sorted(SERVICES))
async def test_each_version_lists_the_services_health_and_both_reflections(name, version) -> None:
    async with channel_to(name) as (_, channel):
        response = await ask(channel, version, list_services="")
    listed = {service.name for service in response.list_services_response.service}
    assert listed == SERVICES[name] | {"grpc.health.v1.Health"} | BOTH


@pytest.mark.parametrize("version", sorted(VERSIONS))
@pytest.mark.parametrize(
    ("symbol", "file"),
    [
        ("google.rpc.Status", "google/rpc/status.proto"),
        ("google.rpc.ErrorInfo", "google/rpc/error_details.proto"),
        ("google.rpc.BadRequest", "google/rpc/error_details.proto"),
        ("google.rpc.Code", "google/rpc/code.proto"),
    ],
)
async def test_the_error_detail_types_are_served(drift, version, symbol, file) -> None:
    _, channel = drift
    by_symbol = await ask(channel, version, file_containing_symbol=symbol)
    by_name = await ask(channel, version, file_by_filename=file)
    assert file_names(by_symbol)[0] == file_names(by_name)[0] == file


@pytest.mark.parametrize(
    ("version", "file"),
    [
        ("v1", "grpc/reflection/v1/reflection.proto"),
        ("v1alpha", "grpc_reflection/v1alpha/reflection.proto"),
    ],
)
async def test_each_version_describes_its_own_service(drift, version, file) -> None:
    _, channel = drift
    symbol = f"grpc.reflection.{version}.ServerReflection"
    response = await ask(channel, version, file_containing_symbol=symbol)
    assert file_names(response) == [file]


@pytest.mark.parametrize("version", sorted(VERSIONS))
async def test_an_unknown_symbol_is_a_not_found_answer_echoing_the_request(drift, version) -> None:
    _, channel = drift
    response = await ask(channel, version, file_containing_symbol="no.such.Thing")
    assert response.error_response.error_code == grpc.StatusCode.NOT_FOUND.value[0]
    assert response.original_request.file_containing_symbol == "no.such.Thing"


async def test_a_client_decodes_error_details_with_nothing_but_reflection(drift) -> None:
    """grpcio-reflection's client fills a descriptor pool from the server; the status in the
    trailer of a refused call decodes with the types it fetched (no google.rpc package)."""
    server, channel = drift
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await drift_storage_pb2_grpc.DriftStorageServiceStub(channel).ListFiles(
            pb.ListFilesRequest(page_size=-1)
        )
    [trailer] = [v for k, v in caught.value.trailing_metadata() if k == "grpc-status-details-bin"]

    def decode() -> list[str]:
        # A blocking client, in a thread: the server runs on this test's event loop.
        with grpc.insecure_channel(server.address) as sync_channel:
            pool = descriptor_pool.DescriptorPool(ProtoReflectionDescriptorDatabase(sync_channel))

            def message(name: str, data: bytes):
                cls = message_factory.GetMessageClass(pool.FindMessageTypeByName(name))
                return cls.FromString(data)

            status = message("google.rpc.Status", trailer)
            details = [message(any.type_url.split("/")[-1], any.value) for any in status.details]
        return [text_format.MessageToString(detail, as_one_line=True) for detail in details]

    assert await asyncio.to_thread(decode) == [
        'reason: "FIELD_INVALID" domain: "drift.storage.v1"',
        'field_violations { field: "page_size" description: "must not be negative" }',
    ]


def compiled(*files: str) -> dict[str, descriptor_pb2.FileDescriptorProto]:
    """The descriptors protoc makes of the vendored ``files`` (under protos/), by name."""
    from grpc_tools import protoc  # dev dependency, as in test_contracts

    include = Path(protoc.__file__).parent / "_proto"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "set.binpb"
        args = ["protoc", f"-I{PROTOS}", f"-I{include}", f"--descriptor_set_out={out}", *files]
        assert protoc.main(args) == 0
        found = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
    return {proto.name: without_json_names(proto) for proto in found.file}


def without_json_names(proto: descriptor_pb2.FileDescriptorProto):
    """``proto`` without the fields' ``json_name``: protoc writes it, a pool's copy leaves it out,
    and it is derived from the name anyway."""
    messages = list(proto.message_type)
    while messages:
        message = messages.pop()
        messages.extend(message.nested_type)
        for field in message.field:
            field.ClearField("json_name")
    return proto


def test_the_vendored_google_rpc_files_are_the_ones_served() -> None:
    """A client decoding with protos/google/rpc sees exactly the messages the servers send
    (theirs come from googleapis-common-protos)."""
    files = ("google/rpc/status.proto", "google/rpc/error_details.proto", "google/rpc/code.proto")
    for name, vendored in compiled(*files).items():
        served = descriptor_pb2.FileDescriptorProto()
        descriptor_pool.Default().FindFileByName(name).CopyToProto(served)
        assert vendored == served, name


def test_v1_and_v1alpha_are_the_same_messages_in_another_package() -> None:
    """Which is what lets the v1 service re-encode requests and answers for the v1alpha one."""

    def shape(module: ModuleType, package: str) -> str:
        proto = descriptor_pb2.FileDescriptorProto()
        module.DESCRIPTOR.CopyToProto(proto)
        proto.ClearField("name")
        proto.ClearField("options")
        return text_format.MessageToString(proto).replace(package, "PACKAGE")

    assert shape(v1_pb2, "grpc.reflection.v1") == shape(v1alpha_pb2, "grpc.reflection.v1alpha")
