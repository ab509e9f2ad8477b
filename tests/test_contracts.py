"""The generated contract code is importable, deterministic and committed exactly as codegen writes
it from protos/; tables.proto's field numbers are locked, and `buf breaking` holds the contracts
to the committed image protos/contract.binpb."""

from __future__ import annotations

import difflib
import importlib
import importlib.metadata
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import grpc
import pytest

from services.contracts import codegen
from services.drift_storage.service import SCHEMA
from services.drift_storage.store import table_protos
from services.drift_storage.store.catalog import TableSpec
from services.drift_storage.store.table_schema import Column, Table, current_tables


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
    """tables.proto and its lock file follow the migrations and
    services/drift_storage/store/catalog.py: run `make protos` if this fails."""
    root = codegen.proto_root()
    committed_lock = table_protos.read_lock(root / table_protos.LOCK)
    text, lock = table_protos.generate(current_tables(SCHEMA), committed_lock)
    assert (root / table_protos.OUTPUT).read_text() == text
    assert (root / table_protos.LOCK).read_text() == table_protos.lock_text(lock)


# --- field numbers: the lock file and buf breaking ------------------------------------------------

REPOSITORY = codegen.CONTRACTS_DIR.parents[1]
BUF = REPOSITORY / "node_modules" / ".bin" / "buf"
CONTRACT_IMAGE = REPOSITORY / "protos" / "contract.binpb"


def committed_lock() -> table_protos.Lock:
    return table_protos.read_lock(codegen.proto_root() / table_protos.LOCK)


def with_a_new_table_and_a_new_filter() -> tuple[Table, ...]:
    """The catalog with a table added in its middle (a copy of coupling_cycles' columns under
    another name) and a filter and a column added to detections."""
    tables = list(current_tables(SCHEMA))
    cycles = next(t for t in tables if t.name == "coupling_cycles")
    new_table = Table(
        TableSpec("review_notes", "ReviewNote", "ReviewNotes", filters=("members",)),
        cycles.columns,
    )
    at = next(i for i, t in enumerate(tables) if t.name == "outliers")
    tables.insert(at, new_table)
    detections = next(i for i, t in enumerate(tables) if t.name == "detections")
    spec = tables[detections].spec
    extra = Column("reviewer", "TEXT", False, None, False, "reviewer")
    tables[detections] = Table(
        replace(spec, filters=(*spec.filters, "line")), (*tables[detections].columns, extra)
    )
    return tuple(tables)


def test_adding_a_table_mid_catalog_a_filter_and_a_column_renumbers_nothing() -> None:
    """Every locked number stays; each new field gets its message's next unused number."""
    before = committed_lock()
    _, after = table_protos.generate(with_a_new_table_and_a_new_filter(), before)
    for message, entry in before.items():
        assert after[message]["fields"].items() >= entry["fields"].items(), message
        assert after[message]["reserved"] == entry["reserved"] == [], message

    def added(message: str) -> dict[str, int]:
        known = before[message]["fields"]
        return {k: v for k, v in after[message]["fields"].items() if k not in known}

    top = {m: max(before[m]["fields"].values()) for m in before}
    assert added("IngestRowsRequest") == {"review_notes": top["IngestRowsRequest"] + 1}
    assert added("DetectionRow") == {"reviewer": top["DetectionRow"] + 1}
    assert added("ListDetectionsRequest") == {"line": top["ListDetectionsRequest"] + 1}
    assert added("CountDetectionsRequest") == {"line": top["CountDetectionsRequest"] + 1}
    assert after["ReviewNoteRow"]["fields"] == before["CouplingCycleRow"]["fields"]


def test_a_removed_field_is_reserved_and_its_number_never_reused() -> None:
    tables = current_tables(SCHEMA)
    detections = next(t for t in tables if t.name == "detections")
    owasp = committed_lock()["DetectionRow"]["fields"]["owasp"]
    without = tuple(
        Table(t.spec, tuple(c for c in t.columns if c.name != "owasp")) if t is detections else t
        for t in tables
    )
    text, removed = table_protos.generate(without, committed_lock())
    assert removed["DetectionRow"]["reserved"] == [owasp]
    assert "owasp" not in removed["DetectionRow"]["fields"]
    row_message = text[text.index("message DetectionRow {") :].split("\n}\n", 1)[0]
    assert f"  reserved {owasp};" in row_message.splitlines()
    _, restored = table_protos.generate(tables, removed)
    assert restored["DetectionRow"]["reserved"] == [owasp]
    assert (
        restored["DetectionRow"]["fields"]["owasp"]
        == max(committed_lock()["DetectionRow"]["fields"].values()) + 1
    )


def test_a_lock_giving_one_number_twice_is_refused() -> None:
    lock = committed_lock()
    lock["RowGroup"] = {"fields": {"value": 1, "is_null": 1, "count": 3}, "reserved": []}
    with pytest.raises(ValueError, match="RowGroup"):
        table_protos.generate(current_tables(SCHEMA), lock)


def buf_breaking(
    tmp_path: Path, tables_proto: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`buf breaking` of a copy of protos/ (with ``tables_proto`` as tables.proto, if given)
    against the committed contract image, as `make test` runs it."""
    if not BUF.exists():
        pytest.skip("buf is not installed: run `npm ci` (make test does)")
    tmp_path.mkdir(exist_ok=True)
    shutil.copy(REPOSITORY / "buf.yaml", tmp_path / "buf.yaml")
    shutil.copytree(REPOSITORY / "protos", tmp_path / "protos")
    if tables_proto is not None:
        (tmp_path / "protos" / table_protos.OUTPUT).write_text(tables_proto)
    return subprocess.run(
        [str(BUF), "breaking", "protos", "--against", str(CONTRACT_IMAGE)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_buf_breaking_accepts_the_protos_as_committed(tmp_path: Path) -> None:
    result = buf_breaking(tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_buf_breaking_refuses_a_renumbered_field(tmp_path: Path) -> None:
    """The control: one field of FunctionRow given another number breaks the contract."""
    text = (codegen.proto_root() / table_protos.OUTPUT).read_text()
    number = committed_lock()["FunctionRow"]["fields"]["file"]
    start = text.index("message FunctionRow {")
    line = f"  string file = {number};"
    at = text.index(line, start)
    renumbered = text[:at] + "  string file = 999;" + text[at + len(line) :]
    result = buf_breaking(tmp_path, renumbered)
    assert result.returncode != 0
    assert f'Previously present field "{number}" with name "file" on message "FunctionRow"' in (
        result.stdout
    )


def test_buf_breaking_accepts_a_table_added_mid_catalog_thanks_to_the_lock(
    tmp_path: Path,
) -> None:
    """With the lock, a table, a filter and a column added in the middle are a compatible change;
    numbered afresh, without it, the same catalog breaks the contract."""
    grown = with_a_new_table_and_a_new_filter()
    locked, _ = table_protos.generate(grown, committed_lock())
    assert buf_breaking(tmp_path / "locked", locked).returncode == 0
    unlocked, _ = table_protos.generate(grown, {})
    assert buf_breaking(tmp_path / "unlocked", unlocked).returncode != 0
