"""The generated contract code is importable, deterministic and committed exactly as codegen writes
it from protos/."""

from __future__ import annotations

import difflib
import importlib
import importlib.metadata
import shutil
from pathlib import Path

import grpc
import pytest

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


def files_under(directory: Path, roots: tuple[str, ...] | None = None) -> dict[Path, bytes]:
    """Every file under ``directory`` (only under its ``roots`` when given), by relative path."""
    tops = [directory / root for root in roots] if roots is not None else [directory]
    return {
        path.relative_to(directory): path.read_bytes()
        for top in tops
        for path in top.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def _shown(line: str, width: int = 160) -> str:
    """A diff line cut to ``width`` (a ``_pb2.py`` holds its descriptor on one long line)."""
    return line if len(line) <= width else line[:width] + f"... ({len(line)} characters)\n"


def differences(fresh: Path, committed: Path, roots: tuple[str, ...]) -> list[str]:
    """How the committed code under ``committed``'s ``roots`` differs from what codegen just
    wrote to ``fresh``: files missing or extra, and a unified diff of each changed file."""
    generated = files_under(fresh)
    existing = files_under(committed, roots)
    found = [
        f"missing: {path} (generated, not committed)"
        for path in sorted(generated.keys() - existing.keys())
    ]
    found += [
        f"extra: {path} (committed, not generated)"
        for path in sorted(existing.keys() - generated.keys())
    ]
    for path in sorted(generated.keys() & existing.keys()):
        if generated[path] != existing[path]:
            diff = difflib.unified_diff(
                existing[path].decode(errors="replace").splitlines(keepends=True),
                generated[path].decode(errors="replace").splitlines(keepends=True),
                f"committed/{path}",
                f"generated/{path}",
                n=1,
            )
            found.append(f"changed: {path}\n" + "".join(_shown(line) for line in diff))
    return found


def test_committed_code_is_exactly_what_codegen_generates(fresh: Path) -> None:
    """Every generated file (``_pb2.py``, ``_pb2.pyi``, ``_pb2_grpc.py``, ``__init__.py``) is
    committed byte for byte, and nothing else is under the generated packages: a hand edit, a
    proto changed without `make protos`, or another grpcio-tools version fails here."""
    found = differences(fresh, codegen.CONTRACTS_DIR, codegen.PROTO_ROOTS)
    assert not found, (
        f"run `make protos` (with grpcio-tools {importlib.metadata.version('grpcio-tools')}):\n"
        + "\n".join(found)
    )


def test_codegen_output_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    codegen.generate(tmp_path)
    assert files_under(tmp_path) == files_under(fresh)


def test_the_comparison_reports_a_hand_edit_a_missing_and_an_extra_file(
    fresh: Path, tmp_path: Path
) -> None:
    committed = tmp_path / "contracts"
    shutil.copytree(fresh, committed)
    stubs = committed / "drift/storage/v1/drift_storage_pb2_grpc.py"
    route = "/drift.storage.v1.DriftStorageService/ListFiles"
    source = stubs.read_text()
    assert source.count(f"'{route}'") == 2  # the stub's and the experimental API's
    stubs.write_text(source.replace(f"'{route}'", f"'{route}2'", 1))
    (committed / "drift/common/v1/write_stats_pb2.pyi").unlink()
    (committed / "drift/storage/v1/notes.txt").write_text("hand-made\n")
    (committed / "drift/storage/v1/__pycache__").mkdir()
    (committed / "drift/storage/v1/__pycache__/tables_pb2.cpython-311.pyc").write_bytes(b"x")

    found = differences(fresh, committed, codegen.PROTO_ROOTS)

    assert found[:2] == [
        "missing: drift/common/v1/write_stats_pb2.pyi (generated, not committed)",
        "extra: drift/storage/v1/notes.txt (committed, not generated)",
    ]
    assert len(found) == 3
    changed = found[2].splitlines()
    assert changed[:3] == [
        "changed: drift/storage/v1/drift_storage_pb2_grpc.py",
        "--- committed/drift/storage/v1/drift_storage_pb2_grpc.py",
        "+++ generated/drift/storage/v1/drift_storage_pb2_grpc.py",
    ]
    assert f"-                '{route}2'," in changed
    assert f"+                '{route}'," in changed


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
