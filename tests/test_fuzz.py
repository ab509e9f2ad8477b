"""Property-based fuzzing of every RPC of the drift service, and of health checks on all three.

Every RPC of ``DriftStorageService`` and ``DriftTablesService`` (enumerated from the contracts,
so a new RPC is fuzzed without a change here) gets requests built from its message descriptor
with hostile values (``tests/fuzzing.py``), and raw bytes that may not even parse. For every call:

- the status is never ``INTERNAL`` or ``UNKNOWN`` (a bug) and the call does not hang;
- a call that ended with an error wrote nothing, beyond the batches it acknowledged (streaming
  ingest) or the history of a scan that started; a read wrote nothing at all;
- a scan never ends with an internal error, nor records a file from outside its allowed roots;
- the service is still healthy afterwards: health ``SERVING`` and a ``ListFiles`` that works.

Health ``Check`` is fuzzed the same way on drift, cortex and bridge.

One drift service runs for the whole module on a database seeded with rows of every table; its
scans may only read a small temporary tree (with links out of it, and odd file names). Examples
are derandomized, so a run is reproducible; ``explicit`` adds the minimal request of every
finding made so far to each run, so a regression fails the same way every time.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf.descriptor import MethodDescriptor
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from services.cli.definitions import definition
from services.contracts.drift.storage.v1 import drift_storage_pb2, tables_pb2
from services.drift_storage.api.tables_servicer import SERVICE as TABLES_SERVICE
from tests import fuzzing
from tests.fuzzing import DRIFT_METHODS, Outcome, call, hostile_int, hostile_text, shown
from tests.table_rows import BY_NAME, READ_ONLY, TABLES, WRITABLE, full_row, write_directly

BUGS = (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN, grpc.StatusCode.DEADLINE_EXCEEDED)
CALL_TIMEOUT_S = 10.0
# Commands a successful call of these RPCs commits (every other RPC only reads), apart from the
# streaming ingests (one per acknowledged batch) and Scan (its history and files).
# The unary RPCs that write: one writer command each when they succeed.
COMMITS_ON_SUCCESS = dict.fromkeys(
    ("RunRetention", "RecordFindings", "Audit", "SetPatternStatus", "DismissViolation",
     "FixViolation", "SuppressViolation"),
    1,
)  # fmt: skip
PROJECT_FILES = {
    "a.py": "def f():\n    return g()\n\ndef g():\n    return 1\n",
    "src/b.ts": "export function h() { return 2; }\n",
    "src/deep/c.txt": "notes\n",
    "README.md": "# project\n",
    ".gitignore": "ignored/\nodd/\n",
    "ignored/d.py": "x = 1\n",
}
SECRET = "OUTSIDE_SECRET.txt"


# --- the service under fuzz ----------------------------------------------------------------------


@dataclass
class Fuzzed:
    """The running services, the drift tree they may scan, and what the seeding produced."""

    servers: fuzzing.BackgroundServers
    root: Path
    tokens: list[str] = field(default_factory=list)
    incidents: fuzzing.IncidentLog = field(default_factory=fuzzing.IncidentLog)

    def __repr__(self) -> str:
        return f"Fuzzed(root={self.root})"  # Hypothesis prints it with every failing example

    @property
    def drift(self) -> grpc.Channel:
        return self.servers.channels["drift"]

    def writes(self) -> tuple[int, Counter[tuple[str, str]]]:
        stats = self.servers.running["drift"].storage.writer.stats()
        return stats.commands_committed, Counter(stats.rows)

    def outside_files_recorded(self) -> int:
        reads = self.servers.running["drift"].storage.reads
        return reads.run_sync(
            lambda conn: (
                conn.execute(
                    "SELECT COUNT(*) FROM file_metadata WHERE path LIKE ?", (f"%{SECRET}%",)
                ).get
            )
        )


def _seed_directly(db: Path) -> None:
    """Two rows in each table scans write (IngestRows cannot), before the service opens ``db``."""
    write_directly(db, [(table, [full_row(table, i) for i in (1, 2)]) for table in READ_ONLY])


def _seed(fuzzed: Fuzzed) -> None:
    """Two rows in every other table through IngestRows, files through both ingests and a scan,
    and a real page token of every List RPC (a table has two rows or more, so a page of one has
    a next page)."""
    ingest_rows = TABLES_SERVICE.methods_by_name["IngestRows"]
    for table in WRITABLE:
        request = tables_pb2.IngestRowsRequest()
        getattr(request, table.batch_field).rows.extend(full_row(table, i) for i in (1, 2))
        outcome = call(fuzzed.drift, ingest_rows, [request], raw=False, timeout=CALL_TIMEOUT_S)
        assert outcome.ok, (table.name, outcome)
    storage = drift_storage_pb2.DESCRIPTOR.services_by_name["DriftStorageService"]
    scan = call(
        fuzzed.drift,
        storage.methods_by_name["Scan"],
        drift_storage_pb2.ScanRequest(root=str(fuzzed.root)),
        raw=False,
        timeout=CALL_TIMEOUT_S,
    )
    assert scan.ok and scan.responses[-1].summary.status == "complete", scan
    # The List RPCs of one function's calls need a function: one the scan recorded.
    running = fuzzed.servers.running["drift"]
    function_id = running.storage.reads.run_sync(
        lambda conn: conn.execute("SELECT MIN(caller_id) FROM call_edges").get
    )
    # ListReachableNodes lists the set stored for one function key: one with two members.
    reachability = BY_NAME["reachability_cache"]
    request = tables_pb2.IngestRowsRequest()
    getattr(request, reachability.batch_field).rows.append(
        full_row(reachability, 1, source_node="a.py::f", direction="forward",
                 reachable_set='["a.py::g", "a.py::h"]')
    )  # fmt: skip
    outcome = call(fuzzed.drift, ingest_rows, [request], raw=False, timeout=CALL_TIMEOUT_S)
    assert outcome.ok, outcome
    required = {
        "ListCallers": {"function_id": function_id},
        "ListCallees": {"function_id": function_id},
        "ListReachableNodes": {"function_key": "a.py::f"},
    }
    for method in DRIFT_METHODS:
        if not method.name.startswith("List"):
            continue
        request = fuzzing.message_class(method.input_type)(
            page_size=1, **required.get(method.name, {})
        )
        outcome = call(fuzzed.drift, method, request, raw=False, timeout=CALL_TIMEOUT_S)
        assert outcome.ok, (method.name, outcome)
        if outcome.responses[0].next_page_token:
            fuzzed.tokens.append(outcome.responses[0].next_page_token)


@contextlib.contextmanager
def services_under_fuzz(base: Path) -> Iterator[Fuzzed]:
    """drift (scans limited to a small tree under ``base``), cortex and bridge, seeded."""
    root = base / "project"
    for relative, text in PROJECT_FILES.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)
    (root / "binary.bin").write_bytes(b"\x00\x01" * 8)
    # Names a file system allows: not UTF-8 (Python sees a surrogate), a newline, 255 bytes.
    # Ignored by the root's .gitignore, so only scans of odd/ (or re-including it) meet them.
    odd = os.fsencode(root / "odd")
    os.mkdir(odd)
    for name in (b"bad\xff.py", b"new\nline.py", b"L" * 252 + b".py"):
        with open(os.path.join(odd, name), "w") as handle:
            handle.write("def f():\n    pass\n")
    outside = base / "outside"
    outside.mkdir()
    (outside / SECRET).write_text("must never be recorded\n")
    # Links out of the allowed root in every directory a fuzzed scan may start from.
    for directory in (root, root / "src", root / "src" / "deep"):
        (directory / "escape").symlink_to(outside, target_is_directory=True)
        (directory / "escape.txt").symlink_to(outside / SECRET)
    (root / "loop").symlink_to(root, target_is_directory=True)
    servers = fuzzing.BackgroundServers()
    fuzzed = Fuzzed(servers, root)
    service_log = logging.getLogger("services")
    service_log.addHandler(fuzzed.incidents)
    try:
        _seed_directly(base / "drift.db")
        servers.start("drift", str(base / "drift.db"), allowed_roots=str(root))
        servers.start("cortex", str(base / "cortex.db"))
        servers.start("bridge", str(base / "bridge.db"))
        _seed(fuzzed)
        yield fuzzed
    finally:
        service_log.removeHandler(fuzzed.incidents)
        servers.close()


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    with services_under_fuzz(tmp_path_factory.mktemp("fuzz")) as running:
        yield running


# --- strategies per RPC --------------------------------------------------------------------------


def _roots(root: Path) -> st.SearchStrategy[str]:
    inside = [
        str(root),
        f"{root}/src",
        f"{root}/odd",
        f"{root}/src/deep",
        f"{root}/a.py",
        f"{root}/missing",
    ]
    hostile = [
        f"{root}/..",
        f"{root}/../outside",
        f"{root}/escape",
        f"{root}/escape.txt",
        f"{root}/loop",
        f"{root}/src/../..",
        f"{root}/\x00",
        f"{root}/{'n' * 300}",
        f"{root}/{'d/' * 2000}",
        "/etc",
        "/",
        "..",
        "../../../../etc",
        "/proc/self",
    ]
    return fuzzing.mostly(
        st.sampled_from(inside), st.one_of(st.sampled_from(hostile), hostile_text())
    )


def _columns() -> st.SearchStrategy[drift_storage_pb2.FileMetadataColumns]:
    """Columnar batches whose columns agree in length (the generic ones mostly do not)."""

    texts = hostile_text()

    def build(draw: Callable[..., Any]) -> drift_storage_pb2.FileMetadataColumns:
        rows = draw(st.integers(1, 3))
        big = hostile_int(*fuzzing.INT64)
        values = {
            "path": fuzzing.mostly(
                st.sampled_from(["a.py", "b.py", "x/../y", "/etc/passwd"]), texts
            ),
            "file_size": fuzzing.mostly(st.integers(0, 10**6), big),
            "content_hash": fuzzing.mostly(st.just(bytes(8)), fuzzing.hostile_bytes()),
            "mtime_secs": fuzzing.mostly(st.integers(0, 2**31), big),
            "mtime_nanos": fuzzing.mostly(st.integers(0, 999_999_999), big),
        }
        optional = {"language": texts, "last_scanned_at": big, "scan_duration_us": big}
        fields = {
            name: draw(st.lists(s, min_size=rows, max_size=rows)) for name, s in values.items()
        }
        for name, strategy in optional.items():
            if draw(st.booleans()):
                fields[name] = draw(st.lists(strategy, min_size=rows, max_size=rows))
        return drift_storage_pb2.FileMetadataColumns(**fields)

    return st.composite(lambda draw: build(draw))()


def _field_names() -> list[str]:
    """The fields of filter, key and time columns: the valid and the invalid ``group_by``s."""
    return sorted(
        {
            table.column(name).field
            for table in TABLES
            for name in (
                *table.spec.filters,
                *table.spec.key,
                *filter(None, [table.spec.time_column]),
            )
        }
    )


_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {}


def request_strategy(fuzzed: Fuzzed, method: MethodDescriptor) -> st.SearchStrategy[Any]:
    """Requests of ``method`` (lists of 0..3 for a client-streaming RPC)."""
    if method.full_name not in _STRATEGIES:
        texts = hostile_text()
        projects = fuzzing.mostly(
            st.just(""), st.one_of(st.sampled_from(["projects/default", "projects/other"]), texts)
        )
        # A 1 MB pattern makes a scan of the tiny tree take seconds (see the report): too slow
        # for the budget, so patterns stay below 20,000 characters.
        patterns = st.lists(
            fuzzing.mostly(st.sampled_from(fuzzing.HOSTILE_PATTERNS), hostile_text(20_000)),
            max_size=3,
        )
        overrides: fuzzing.Overrides = {
            "page_token": fuzzing.page_tokens(fuzzed.tokens),
            "table": st.one_of(
                st.sampled_from([t.name for t in TABLES] + ["sqlite_master", "FILE_METADATA"]),
                texts,
            ),
            # Mostly the project that exists, so that the fuzz reaches what the request asks.
            "parent": projects,
            "project": projects,
            "root": _roots(fuzzed.root),
            "include": patterns,
            "extra_ignore": patterns,
            "group_by": st.one_of(st.sampled_from(_field_names()), texts),
            "replace_files": st.one_of(
                st.just([]),
                st.lists(st.one_of(st.sampled_from(["v1", "v2", "a.py"]), texts), max_size=3),
            ),
            "files": fuzzing.mostly(
                _columns(), fuzzing.requests(drift_storage_pb2.FileMetadataColumns.DESCRIPTOR)
            ),
        }
        single = fuzzing.requests(method.input_type, overrides)
        _STRATEGIES[method.full_name] = (
            st.lists(single, max_size=3) if method.client_streaming else single
        )
    return _STRATEGIES[method.full_name]


def _spliced(method: MethodDescriptor) -> st.SearchStrategy[bytes]:
    """Bytes that are not what a client library would send: garbage, a serialized request cut or
    extended, two requests concatenated (a parser merges them: a oneof gets its last member)."""
    single = fuzzing.requests(method.input_type).map(lambda m: m.SerializeToString())
    return st.one_of(
        st.binary(max_size=64),
        st.builds(lambda a, n: a[:n], single, st.integers(0, 64)),
        st.builds(lambda a, b: a + b, single, st.binary(min_size=1, max_size=8)),
        st.builds(lambda a, b: a + b, single, single),
    )


def raw_strategy(method: MethodDescriptor) -> st.SearchStrategy[Any]:
    """Request bytes of ``method`` (lists of 0..3 for a client-streaming RPC)."""
    spliced = _spliced(method)
    return st.lists(spliced, max_size=3) if method.client_streaming else spliced


# --- the properties -------------------------------------------------------------------------------


LIST_FILES = drift_storage_pb2.DESCRIPTOR.services_by_name["DriftStorageService"].methods_by_name[
    "ListFiles"
]


def _healthy(fuzzed: Fuzzed) -> str | None:
    """None if drift answers health SERVING and a one-row ListFiles; else what went wrong.

    The two calls are in flight together: they run after every example.
    """
    check = fuzzed.servers.health("drift").Check.future(
        health_pb2.HealthCheckRequest(), timeout=CALL_TIMEOUT_S
    )
    listing = fuzzed.drift.unary_unary(
        fuzzing.path_of(LIST_FILES),
        request_serializer=drift_storage_pb2.ListFilesRequest.SerializeToString,
        response_deserializer=drift_storage_pb2.ListFilesResponse.FromString,
    ).future(drift_storage_pb2.ListFilesRequest(page_size=1), timeout=CALL_TIMEOUT_S)
    try:
        status = check.result()
        listing.result()
    except grpc.RpcError as exc:
        return f"afterwards: {exc.code()} {exc.details()}"
    if status.status != health_pb2.HealthCheckResponse.SERVING:
        return f"health afterwards is {status}"
    return None


def _buggy(outcome: Outcome) -> bool:
    """A status that only a bug gives: INTERNAL, UNKNOWN, a hang, or an error status too large
    for the client to receive (gRPC then reports RESOURCE_EXHAUSTED instead)."""
    return outcome.code in BUGS or (
        outcome.code == grpc.StatusCode.RESOURCE_EXHAUSTED and "metadata size" in outcome.details
    )


def _acknowledged(outcome: Outcome) -> tuple[int, int]:
    """Commands and rows the acknowledgements of a streaming ingest account for."""
    rows = sum(r.rows_written + getattr(r, "rows_deleted", 0) for r in outcome.responses)
    return len(outcome.responses), rows


def _scan_errors(method: MethodDescriptor, outcome: Outcome) -> list[str]:
    """The errors of scan summaries that say an internal error ended the scan."""
    if method.name != "Scan":
        return []
    return [r.summary.error for r in outcome.responses if "internal error" in r.summary.error]


def _wrote_too_much(method: MethodDescriptor, outcome: Outcome, commands: int, rows: int) -> str:
    """What a call wrote beyond what it may: a streaming ingest its acknowledged batches, a
    started scan anything, a successful write RPC (``COMMITS_ON_SUCCESS``) one command, every
    other call nothing."""
    if method.client_streaming:
        acknowledged = _acknowledged(outcome)
        if (commands, rows) != acknowledged:
            return f"wrote {commands} commands, {rows} rows; acknowledged {acknowledged}"
        return ""
    if method.name == "Scan" and any(r.WhichOneof("event") == "started" for r in outcome.responses):
        return ""
    allowed = COMMITS_ON_SUCCESS.get(method.name, 0) if outcome.ok else 0
    if commands != allowed or (not outcome.ok and rows):
        return f"wrote {commands} commands, {rows} rows ({outcome.code.name})"
    return ""


def problems(fuzzed: Fuzzed, method: MethodDescriptor, request: Any, *, raw: bool) -> list[str]:
    """Everything wrong with one call: a bug status, writes it should not have made, a file
    recorded from outside the allowed roots, and the service's health afterwards."""
    committed, rows = fuzzed.writes()
    outside = fuzzed.outside_files_recorded() if method.name == "Scan" else 0
    fuzzed.incidents.clear()
    outcome = call(fuzzed.drift, method, request, raw=raw, timeout=CALL_TIMEOUT_S)
    committed_after, rows_after = fuzzed.writes()
    found = []
    if _buggy(outcome):
        found.append(f"status {outcome.code.name}: {outcome.details}\n{fuzzed.incidents.text()}")
    disk_full = outcome.code == grpc.StatusCode.RESOURCE_EXHAUSTED and "disk is full" in (
        outcome.details
    )
    if disk_full:
        found.append(f"{outcome.details} (the disk is not full)")
    if errors := _scan_errors(method, outcome):
        found.append(f"the scan failed with {errors[0]}\n{fuzzed.incidents.text()}")
    written = (rows_after - rows).total()
    if wrote := _wrote_too_much(method, outcome, committed_after - committed, written):
        found.append(wrote)
    if method.name == "Scan":
        recorded = fuzzed.outside_files_recorded()
        # A completed scan lists every file anew; one that failed leaves the previous listing.
        completed = any(r.summary.status in ("complete", "partial") for r in outcome.responses)
        if recorded > outside or (completed and recorded):
            found.append(f"{SECRET}, outside the allowed roots, was recorded")
    if (unhealthy := _healthy(fuzzed)) is not None:
        found.append(unhealthy)
    if found:
        found.insert(0, f"{fuzzing.path_of(method)} {shown(request)} -> {outcome.code.name}")
    return found


FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Examples per RPC: the RPCs with the most code behind their request get more.
EXAMPLES = 15
# The analysis reads (drift.analysis.v1: some 40 RPCs) validate their requests with the same
# few helpers (Keyset paging, closed-set choices), so fewer examples each find what there is
# to find, and keep the suite within its time.
READ_EXAMPLES = 6
MORE_EXAMPLES = {"Scan": 100, "IngestRows": 60, "IngestFileMetadata": 60}
RAW_EXAMPLES = 6


def _filled(method: MethodDescriptor, text: str, blob: bytes) -> Message:
    """A request of ``method`` whose string fields are all ``text`` and bytes fields ``blob``."""
    request = fuzzing.message_class(method.input_type)()
    for fd in method.input_type.fields:
        if fd.is_repeated or fd.message_type is not None:
            continue
        if fd.type == fd.TYPE_STRING:
            setattr(request, fd.name, text)
        elif fd.type == fd.TYPE_BYTES:
            setattr(request, fd.name, blob)
    return request


def explicit(fuzzed: Fuzzed, method: MethodDescriptor, *, raw: bool) -> list[Any]:
    """Requests every run tries before the generated ones: the minimal request of each finding,
    so that a regression fails deterministically."""
    if raw:
        garbage = b"\xff\xff\xff"
        return [[garbage]] if method.client_streaming else [garbage]
    root, fields = str(fuzzed.root), method.input_type.fields_by_name
    found: list[Any] = []
    if method.name == "Scan":
        found += [
            drift_storage_pb2.ScanRequest(root=f"{root}/\x00"),
            drift_storage_pb2.ScanRequest(root=f"{root}/{'n' * 300}"),
            drift_storage_pb2.ScanRequest(root="x" * 20_000),
            drift_storage_pb2.ScanRequest(
                root=root, options=drift_storage_pb2.ScanOptions(include=["[z-a]"])
            ),
            drift_storage_pb2.ScanRequest(
                root=root, options=drift_storage_pb2.ScanOptions(follow_symlinks=True)
            ),
            drift_storage_pb2.ScanRequest(root=f"{root}/odd"),
        ]
    if method.name == "IngestRows":
        # Open (max-rowid): the second row finds no rowid left (the batch is then rolled back
        # whole, so the table is not left poisoned for the rest of the run).
        request = tables_pb2.IngestRowsRequest()
        row = {"task_category": "c", "task_description": "d", "approach_count": 1}
        efforts = {"p10_effort": 0.1, "p50_effort": 0.5, "p90_effort": 0.9}
        request.simulations.rows.extend(
            [
                tables_pb2.SimulationRow(id=2**63 - 1, **row, **efforts),
                tables_pb2.SimulationRow(**row, **efforts),
            ]
        )
        found.append(request)
    if method.name == "IngestFileMetadata":
        # Fixed: with these two files GetFileSummary's SUM overflowed (INTERNAL).
        biggest = [2**63 - 1] * 2
        columns = drift_storage_pb2.FileMetadataColumns(
            path=["huge-1", "huge-2"],
            file_size=biggest,
            content_hash=[bytes(8)] * 2,
            mtime_secs=[0, 0],
            mtime_nanos=[0, 0],
        )
        found.append(drift_storage_pb2.IngestFileMetadataRequest(files=columns))
    # Fixed for ExportRows and GetExportCursor (the table name); open for Get<Table>.
    if (long_values := _filled(method, "x" * 20_000, bytes(20_000))).ListFields():
        found.append(long_values)
    if "page_token" in fields and fuzzing.can_forge():
        found.append(fuzzing.message_class(method.input_type)(page_token=fuzzing.signed(b"[]")))
    return [[request] for request in found] if method.client_streaming else found


def fuzz(
    fuzzed: Fuzzed, method: MethodDescriptor, strategy: st.SearchStrategy[Any], *, raw: bool
) -> None:
    """Check ``problems`` on the explicit requests of ``method``, then on ``strategy``'s."""
    analysis_read = method.containing_service.full_name.startswith("drift.analysis.v1.")
    default = READ_EXAMPLES if analysis_read else EXAMPLES
    examples = RAW_EXAMPLES if raw else MORE_EXAMPLES.get(method.name, default)

    def each(request: Any) -> None:
        assert problems(fuzzed, method, request, raw=raw) == []

    for request in reversed(explicit(fuzzed, method, raw=raw)):
        each = example(request=request)(each)
    settings(FUZZ, max_examples=examples)(given(request=strategy)(each))()


def _in_fuzz_order(method: MethodDescriptor) -> int:
    """Streaming ingests first, so that the reads meet the hostile rows they wrote; then the
    reads; retention and scans, which delete rows, last."""
    if method.client_streaming:
        return 0
    return 2 if method.name in ("RunRetention", "Scan", "CancelScan") else 1


FUZZ_ORDER = sorted(DRIFT_METHODS, key=_in_fuzz_order)


@pytest.mark.parametrize("method", FUZZ_ORDER, ids=lambda m: m.name)
def test_hostile_requests(fuzzed: Fuzzed, method: MethodDescriptor) -> None:
    fuzz(fuzzed, method, request_strategy(fuzzed, method), raw=False)


@pytest.mark.parametrize("method", FUZZ_ORDER, ids=lambda m: m.name)
def test_raw_request_bytes(fuzzed: Fuzzed, method: MethodDescriptor) -> None:
    fuzz(fuzzed, method, raw_strategy(method), raw=True)


HEALTH_CHECK = health_pb2.DESCRIPTOR.services_by_name["Health"].methods_by_name["Check"]
SERVICE_NAMES = [
    "",
    *(
        name
        for service in ("drift", "cortex", "bridge")
        for name in definition(service).service_names
    ),
]


@pytest.mark.parametrize("service", ["drift", "cortex", "bridge"])
@settings(FUZZ, max_examples=20)
@example(request=b"\xff\xff\xff")
@example(request=health_pb2.HealthCheckRequest(service="x" * 20_000))
@given(
    request=st.one_of(
        fuzzing.requests(
            HEALTH_CHECK.input_type,
            {"service": st.one_of(st.sampled_from(SERVICE_NAMES), hostile_text())},
        ),
        _spliced(HEALTH_CHECK),
    )
)
def test_health_check(fuzzed: Fuzzed, service: str, request: Any) -> None:
    """Check of any service name (or of bytes that are no request) answers without a bug
    status, and the service is still SERVING."""
    channel = fuzzed.servers.channels[service]
    raw = isinstance(request, bytes)
    outcome = call(channel, HEALTH_CHECK, request, raw=raw, timeout=CALL_TIMEOUT_S)
    if _buggy(outcome):
        pytest.fail(f"{service} Check {shown(request)}: {outcome.code.name} {outcome.details}")
    status = fuzzed.servers.health(service).Check(health_pb2.HealthCheckRequest(), timeout=5)
    assert status.status == health_pb2.HealthCheckResponse.SERVING
