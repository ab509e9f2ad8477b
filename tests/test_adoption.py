"""Adoption of drift.db files the Rust system left behind, in the states it could leave them."""

from __future__ import annotations

import shutil
from pathlib import Path

import apsw
import grpc
import pytest

from services.common import errors
from services.common.database import Database
from services.common.migrations import Schema, UserVersionStore, migrate
from services.common.server import start_server
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.service import DEFINITION, SCHEMA
from tests.conftest import drift_config, serving


def rust_database(tmp_path: Path, version: int, wal: bool) -> Path:
    """A drift.db at ``version`` as the Rust runner made it (our files 0001..version, which
    reproduce its schema), holding one file_metadata row, in WAL mode or not."""
    directory = tmp_path / "rust-migrations"
    directory.mkdir()
    for migration in SCHEMA.migrations()[:version]:
        shutil.copy(migration.path, directory)
    path = tmp_path / "drift.db"
    conn = apsw.Connection(str(path))
    conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}").fetchall()
    migrate(conn, Schema("drift", directory, UserVersionStore()))
    conn.execute(
        "INSERT INTO file_metadata (path, language, file_size, content_hash, mtime_secs,"
        " mtime_nanos, last_scanned_at) VALUES ('src/app.py', 'Python', 10, x'01', 1, 2, 3)"
    )
    if wal:
        # A process that died without checkpointing: the row lives only in the -wal file.
        snapshot = tmp_path / "crashed"
        snapshot.mkdir()
        for suffix in ("", "-wal", "-shm"):
            shutil.copy(f"{path}{suffix}", snapshot / f"drift.db{suffix}")
        conn.close()
        assert (snapshot / "drift.db-wal").stat().st_size > 0
        return snapshot / "drift.db"
    conn.close()
    return path


@pytest.mark.parametrize("wal", [True, False], ids=["with-wal", "without-wal"])
@pytest.mark.parametrize("version", range(1, 10))
async def test_the_service_adopts_a_rust_database_at_every_version(
    tmp_path: Path, version: int, wal: bool
) -> None:
    """At any user_version 1..9, with or without an uncheckpointed -wal file, the service starts
    on the file, migrates it in place to the latest version and serves the old rows."""
    path = rust_database(tmp_path, version, wal)
    async with serving(path) as running:
        assert running.storage.migration.from_version == version
        assert running.storage.migration.to_version == SCHEMA.latest
        files = await running.storage.reads.run(
            lambda conn: conn.execute("SELECT path, language FROM file_metadata").fetchall()
        )
        assert files == [("src/app.py", "Python")]
    check = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    assert check.execute("PRAGMA integrity_check").get == "ok"
    assert check.execute("PRAGMA user_version").get == SCHEMA.latest


def test_a_rust_database_that_crashed_inside_v008_is_adopted(tmp_path: Path) -> None:
    """Rust autocommitted v008's ALTER TABLE before bumping user_version: a crash in between left
    `audit_snapshots.scan_root` at version 7. The 0008 guard recognises it; nothing is lost."""
    path = rust_database(tmp_path, 7, wal=False)
    rust = apsw.Connection(str(path))
    rust.execute("ALTER TABLE audit_snapshots ADD COLUMN scan_root TEXT DEFAULT ''")
    rust.execute(
        "INSERT INTO audit_snapshots (health_score, avg_confidence, approval_ratio,"
        " compliance_rate, cross_validation_rate, duplicate_free_rate, scan_root)"
        " VALUES (90.0, 0.9, 0.5, 0.9, 0.7, 1.0, '/repo')"
    )
    rust.close()
    conn = Database.at(path).open_writer()
    report = migrate(conn, SCHEMA)
    assert report.from_version == 7 and report.to_version == SCHEMA.latest
    assert "0008_enforcement_fixes.sql" in report.applied
    assert conn.execute("SELECT scan_root FROM audit_snapshots").fetchall() == [("/repo",)]
    assert conn.execute("SELECT COUNT(*) FROM file_metadata").get == 1


async def test_adopted_rows_are_listed_through_the_api(tmp_path: Path) -> None:
    """The end-to-end view: a Rust v9 file, adopted, answers ListFiles."""
    async with (
        serving(rust_database(tmp_path, 9, wal=True)) as running,
        grpc.aio.insecure_channel(running.address) as channel,
    ):
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        page = await stub.ListFiles(pb.ListFilesRequest())
    assert [(f.path, f.file_size) for f in page.files] == [("src/app.py", 10)]


def damage(path: Path) -> None:
    """Overwrite the header and cell pointers of a b-tree page in the middle of the file."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + 300] = b"\xab" * 300
    path.write_bytes(bytes(data))


async def test_a_damaged_database_is_refused_before_adoption_and_left_untouched(
    tmp_path: Path,
) -> None:
    """A Rust file whose pages are damaged is not migrated: start-up fails with a clear
    message and the file keeps every byte."""
    path = rust_database(tmp_path, 3, wal=False)
    conn = apsw.Connection(str(path))
    conn.executemany(
        "INSERT INTO functions (file, name, language, line, end_line) VALUES (?, ?, 'Go', ?, ?)",
        [("src/x.go", f"f{i}" * 20, i, i) for i in range(3000)],
    )
    conn.close()
    damage(path)
    before = path.read_bytes()
    with pytest.raises(errors.DatabaseUnusable, match="is damaged") as caught:
        await start_server(DEFINITION, drift_config(path))
    assert "left untouched" in caught.value.message
    assert path.read_bytes() == before
