"""The generated contract code is committed, importable and up to date with protos/."""

from __future__ import annotations

import importlib
from pathlib import Path

import grpc
import pytest
from google.protobuf import descriptor_pb2

from services.contracts import codegen


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    codegen.generate(out)
    return out


def module_name(proto: Path) -> str:
    return "services.contracts." + str(proto.with_suffix("")).replace("/", ".") + "_pb2"


def test_every_proto_has_committed_generated_modules() -> None:
    for proto in codegen.proto_files():
        module = importlib.import_module(module_name(proto))
        assert module.DESCRIPTOR.name == str(proto)
        importlib.import_module(module_name(proto) + "_grpc")


def strip_json_names(messages) -> None:
    """protoc's descriptor sets carry json_name; the generated modules' descriptors do not."""
    for message in messages:
        for field in message.field:
            field.ClearField("json_name")
        strip_json_names(message.nested_type)


def test_committed_code_matches_the_protos(tmp_path: Path) -> None:
    """The descriptors inside the committed modules equal what protoc compiles from protos/:
    run `make protos` if this fails."""
    from grpc_tools import protoc

    out = tmp_path / "descriptors.pb"
    include = Path(protoc.__file__).parent / "_proto"
    protos = [str(p) for p in codegen.proto_files()]
    root = codegen.proto_root()
    assert (
        protoc.main(["protoc", f"-I{root}", f"-I{include}", f"--descriptor_set_out={out}", *protos])
        == 0
    )
    compiled = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
    assert sorted(f.name for f in compiled.file) == sorted(protos)
    for fresh_file in compiled.file:
        strip_json_names(fresh_file.message_type)
        committed = descriptor_pb2.FileDescriptorProto()
        importlib.import_module(module_name(Path(fresh_file.name))).DESCRIPTOR.CopyToProto(
            committed
        )
        assert committed == fresh_file, f"{fresh_file.name} changed: run `make protos`"


def test_generated_files_are_the_committed_files(fresh: Path) -> None:
    """No generated module is missing from, or extra in, services/contracts."""
    generated = {p.relative_to(fresh) for p in fresh.rglob("*.py*")}
    committed = {
        p.relative_to(codegen.CONTRACTS_DIR)
        for name in codegen.PROTO_ROOTS
        for p in (codegen.CONTRACTS_DIR / name).rglob("*.py*")
        if "__pycache__" not in p.parts
    }
    assert committed == generated


def test_every_rpc_has_a_stub_method() -> None:
    from services.contracts.drift.storage.v1 import drift_storage_pb2, drift_storage_pb2_grpc

    service = drift_storage_pb2.DESCRIPTOR.services_by_name["DriftStorageService"]
    stub = drift_storage_pb2_grpc.DriftStorageServiceStub(grpc.insecure_channel("localhost:1"))
    for method in service.methods:
        assert hasattr(stub, method.name), method.name


def test_tables_proto_is_what_the_generator_makes_of_the_schema_and_catalog() -> None:
    """tables.proto follows the migrations and services/drift_storage/store/catalog.py: run
    `make protos` if this fails."""
    from services.drift_storage.store import table_protos

    committed = (codegen.proto_root() / table_protos.OUTPUT).read_text()
    assert committed == table_protos.render(table_protos.current_tables())
