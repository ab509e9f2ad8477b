"""StructureService through a real server: coupling, constraints, contracts, DNA and
decomposition answered from rows ingested through DriftTablesService.IngestRows (file_metadata,
which scans own, written into the file before the server opens it).

One fixture project (``ROWS``) serves every test; the expected numbers are worked out by hand from
it in the comments. Stored spellings are mixed on purpose, as the Rust analysis left them
(``ZoneOfPain``, ``FieldMissing``, ``High``) next to ours (``main_sequence``, ``low``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from services.common.database import Database
from services.contracts.drift.analysis.v1 import structure_pb2 as spb
from services.contracts.drift.analysis.v1 import structure_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2 as tpb
from services.contracts.drift.storage.v1 import tables_pb2_grpc
from services.drift_storage.queries import structure as q
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, TIME, full_row, write_directly
from tests.test_tables_service import batch, ingest


def at(offset: int) -> Timestamp:
    return Timestamp(seconds=TIME + offset)


def metric(module: str, ce: int, ca: int, i: float, a: float, d: float, zone: str) -> Message:
    return tpb.CouplingMetricRow(
        module=module, ce=ce, ca=ca, instability=i, abstractness=a, distance=d, zone=zone
    )


# --- the fixture project --------------------------------------------------------------------------

# Modules are the first two path segments of their files (a file of two segments or fewer is its
# own module). Files: README.md -> README.md; src/api -> 2; src/core -> 1 (src/coreutils/x.ts
# is another directory); src/models -> 0; src/util -> 2; docs/guide.md and src/util.ts lie in no
# module of coupling_metrics. total_files = 1 + 2 + 1 + 0 + 2 = 6.
FILES = [
    "README.md",
    "docs/guide.md",
    "src/api/handlers/users.ts",
    "src/api/routes.ts",
    "src/core/db.ts",
    "src/coreutils/x.ts",
    "src/util.ts",
    "src/util/dates.ts",
    "src/util/strings.ts",
]

COUPLING_METRICS = [
    metric("README.md", 0, 0, 0.0, 0.0, 1.0, "isolated"),  # a zone of no set: other_zone_count
    metric("src/api", 3, 1, 0.75, 0.25, 0.0, "MainSequence"),
    metric("src/core", 0, 4, 0.0, 0.0, 1.0, "ZoneOfPain"),
    metric("src/models", 3, 1, 0.75, 1.0, 0.75, "ZoneOfUselessness"),
    metric("src/util", 1, 1, 0.5, 0.5, 0.0, "main_sequence"),
]

COUPLING_CYCLES = [
    tpb.CouplingCycleRow(
        members='["src/api", "src/core"]',
        break_suggestions='[{"edge": "src/core->src/api"}, {"edge": "src/api->src/core"}]',
        created_at=at(1),
    ),
    tpb.CouplingCycleRow(
        members='["src/util", "src/models", "src/api"]',
        break_suggestions='[{"edge": "src/api->src/util"}]',
        created_at=at(2),
    ),
    # Not JSON arrays (written by another client): no members, no suggestions.
    tpb.CouplingCycleRow(members="not json", break_suggestions="{}", created_at=at(3)),
]


def constraint(cid: str, enabled: bool = True) -> Message:
    return tpb.ConstraintRow(
        id=cid,
        description=f"{cid} holds",
        invariant_type="LayerBoundary",
        target="src",
        source="Manual",
        enabled=enabled,
    )


def verification(cid: str, passed: bool, violations: str, offset: int) -> Message:
    return tpb.ConstraintVerificationRow(
        constraint_id=cid, passed=passed, violations=violations, verified_at=at(offset)
    )


LAYER_VIOLATIONS = (
    '[{"file": "src/api/routes.ts", "line": 12, "message": "api imports db",'
    ' "expected": "no import of src/core", "actual": "import db"},'
    ' {"file": "src/core/db.ts", "line": null, "message": "core imports api",'
    ' "expected": "", "actual": ""}]'
)
CONSTRAINTS = [constraint(c) for c in ("c-exists", "c-layers", "c-naming", "c-size", "c-strings")]
CONSTRAINTS.append(constraint("c-off", enabled=False))
# Latest verification of each enabled constraint (by verified_at, then id):
#   c-exists  none                          -> unverified
#   c-layers  id 4, failed (2 violations)   -> failing
#   c-naming  id 2, passed (id 1 failed before) -> passing
#   c-size    id 6, failed; same second as id 5, the higher id wins -> failing, raw text
#   c-strings id 7, failed, a list of strings -> failing
# c-off is disabled: not counted. total 5 = passing 1 + failing 3 + unverified 1.
VERIFICATIONS = [
    verification("c-naming", False, '[{"file": "a.py", "line": 1, "message": "old"}]', 0),  # 1
    verification("c-naming", True, "[]", 10),  # 2
    verification("c-layers", True, "[]", 0),  # 3
    verification("c-layers", False, LAYER_VIOLATIONS, 20),  # 4
    verification("c-size", False, '[{"file": "big.py", "message": "earlier"}]', 5),  # 5
    verification("c-size", False, "file too big", 5),  # 6
    verification("c-strings", False, '["first", "second"]', 7),  # 7
    verification("c-off", False, '[{"file": "off.py", "message": "ignored"}]', 30),  # 8
]


def contract(cid: str, paradigm: str, framework: str, endpoints: str) -> Message:
    return tpb.ContractRow(
        id=cid,
        paradigm=paradigm,
        source_file=cid.split(":")[0],
        framework=framework,
        confidence=0.9,
        endpoints=endpoints,
        updated_at=at(40),
    )


CONTRACTS = [
    contract(
        "src/api/routes.ts:express",
        "rest",
        "express",
        '[{"method": "GET", "path": "/users", "line": 3, "request_fields": 0,'
        ' "response_fields": 2}, {"method": "POST", "path": "/users", "line": 9,'
        ' "request_fields": 3, "response_fields": 1}]',
    ),
    contract(
        "src/api/trpc.ts:trpc",
        "RPC",
        "tRPC",
        '[{"method": "query", "path": "user.get", "line": 5, "request_fields": 1,'
        ' "response_fields": 1}]',
    ),
    contract("web/app.ts:frontend", "frontend", "frontend", "[]"),
    contract("web/old.ts:Express", "REST", "Express", "garbage"),
]


def mismatch(severity: str, kind: str, n: int) -> Message:
    return tpb.ContractMismatchRow(
        backend_endpoint=f"GET /users/{n}",
        frontend_call=f"fetch('/users/{n}')",
        mismatch_type=kind,
        severity=severity,
        message=f"mismatch {n}",
        created_at=at(50 + n),
    )


# ids 1..5 in this order.
CONTRACT_MISMATCHES = [
    mismatch("High", "FieldMissing", 1),
    mismatch("critical", "type_mismatch", 2),
    mismatch("Medium", "FieldMissing", 3),
    mismatch("HIGH", "Nullable", 4),
    mismatch("low", "RequiredOptional", 5),
]

DNA_GENES = [
    tpb.DnaGeneRow(
        gene_id="ApiResponseFormat",
        dna_gene_name="API response format",
        description="how responses are shaped",
        dominant_allele="envelope",
        alleles='[{"name": "envelope"}, {"name": "bare"}, {"name": "jsonapi"}]',
        confidence=0.8,
        consistency=0.6,
        exemplars="[]",
    ),
    tpb.DnaGeneRow(
        gene_id="ConfigPattern",
        dna_gene_name="Config pattern",
        description="where configuration comes from",
        dominant_allele="env",
        alleles='[{"name": "env"}]',
        confidence=1.0,
        consistency=1.0,
        exemplars="[]",
    ),
    tpb.DnaGeneRow(
        gene_id="LoggingFormat",
        dna_gene_name="Logging format",
        description="how logs are written",
        alleles='[{"name": "json"}, {"name": "text"}]',
        confidence=0.4,
        consistency=0.0,
        exemplars="[]",
    ),
]


def mutation(mid: str, file: str, gene: str, impact: str, resolved: bool) -> Message:
    return tpb.DnaMutationRow(
        id=mid,
        file=file,
        line=7,
        gene_id=gene,
        expected="envelope",
        actual="bare",
        impact=impact,
        code="return data",
        suggestion="wrap it",
        detected_at=at(60),
        resolved=resolved,
        resolved_at=at(70) if resolved else None,
    )


DNA_MUTATIONS = [
    mutation("mut-1", "src/api/routes.ts", "ApiResponseFormat", "High", False),
    mutation("mut-2", "src/api/users.ts", "ApiResponseFormat", "medium", True),
    mutation("mut-3", "src/core/db.ts", "LoggingFormat", "LOW", False),
    mutation("mut-4", "src/core/db.ts", "LoggingFormat", "Low", True),
]


def decision(module: str, n: int) -> Message:
    return tpb.DecompositionDecisionRow(
        dna_profile_hash=module,
        adjustment=json.dumps({"Split": {"module": module}}),
        confidence=0.85,
        dna_similarity=0.9,
        narrative=f"decision {n}",
        source_dna_hash="ref-xyz",
        applied_weight=0.765,
        created_at=at(80 + n),
    )


# src/api has 2 applied priors, src/util 1.
DECISIONS = [decision("src/api", 1), decision("src/util", 2), decision("src/api", 3)]

ROWS = [
    ("coupling_metrics", COUPLING_METRICS),
    ("coupling_cycles", COUPLING_CYCLES),
    ("constraints", CONSTRAINTS),
    ("constraint_verifications", VERIFICATIONS),
    ("contracts", CONTRACTS),
    ("contract_mismatches", CONTRACT_MISMATCHES),
    ("dna_genes", DNA_GENES),
    ("dna_mutations", DNA_MUTATIONS),
    ("decomposition_decisions", DECISIONS),
]


def file_rows() -> list[Message]:
    table = BY_NAME["file_metadata"]
    return [full_row(table, i, path=path) for i, path in enumerate(FILES)]


@pytest.fixture
async def stub(tmp_path: Path) -> AsyncIterator[structure_pb2_grpc.StructureServiceStub]:
    """StructureService of a server on the fixture project."""
    db = tmp_path / "drift.db"
    write_directly(db, [(BY_NAME["file_metadata"], file_rows())])
    async with serving(db) as server, grpc.aio.insecure_channel(server.address) as channel:
        tables = tables_pb2_grpc.DriftTablesServiceStub(channel)
        await ingest(tables, [batch(BY_NAME[name], rows) for name, rows in ROWS])
        yield structure_pb2_grpc.StructureServiceStub(channel)


async def pages(call: Callable[..., Any], field: str, **request: Any) -> list[list[Any]]:
    """Every page of a List call, followed through next_page_token."""
    found, token = [], ""
    while True:
        page = await call(request | {"page_token": token})
        found.append(list(getattr(page, field)))
        if not (token := page.next_page_token):
            return found


def request_of(call: Callable[..., Any]) -> Callable[..., Any]:
    """``call`` taking the request's fields as a dict."""
    name = call._method.decode().rsplit("/", 1)[1]  # type: ignore[attr-defined]
    message = getattr(spb, f"{name}Request")
    return lambda fields: call(message(**fields))


async def refused(call: Any, request: Message) -> Any:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(request)
    return failure(caught.value)


# --- coupling -------------------------------------------------------------------------------------


async def test_coupling_summary_counts_modules_per_zone_in_either_spelling(stub) -> None:
    summary = await stub.GetCouplingSummary(spb.GetCouplingSummaryRequest())
    # main_sequence: src/api (MainSequence), src/util (main_sequence); zone_of_pain: src/core;
    # zone_of_uselessness: src/models; README.md's "isolated" is none of them.
    assert (
        summary.module_count,
        summary.main_sequence_count,
        summary.zone_of_pain_count,
        summary.zone_of_uselessness_count,
        summary.other_zone_count,
        summary.cycle_count,
    ) == (5, 2, 1, 1, 1, 3)
    # instability (0 + 0.75 + 0 + 0.75 + 0.5) / 5 = 0.4; abstractness (0 + 0.25 + 0 + 1 + 0.5)
    # / 5 = 0.35; distance (1 + 0 + 1 + 0.75 + 0) / 5 = 0.55
    assert summary.average_instability == pytest.approx(0.4)
    assert summary.average_abstractness == pytest.approx(0.35)
    assert summary.average_distance == pytest.approx(0.55)


async def test_coupling_metrics_page_by_module_with_zones_in_one_spelling(stub) -> None:
    found = await pages(request_of(stub.ListCouplingMetrics), "coupling_metrics", page_size=2)
    assert [[(m.module, m.zone) for m in page] for page in found] == [
        [("README.md", "isolated"), ("src/api", "main_sequence")],
        [("src/core", "zone_of_pain"), ("src/models", "zone_of_uselessness")],
        [("src/util", "main_sequence")],
    ]
    assert found[0][1] == spb.CouplingMetric(
        module="src/api",
        ce=3,
        ca=1,
        instability=0.75,
        abstractness=0.25,
        distance=0.0,
        zone="main_sequence",
    )


@pytest.mark.parametrize("zone", ["main_sequence", "MAIN_SEQUENCE", "MainSequence"])
async def test_a_zone_filter_finds_both_stored_spellings(stub, zone: str) -> None:
    found = await pages(
        request_of(stub.ListCouplingMetrics), "coupling_metrics", zone=zone, page_size=1
    )
    assert [[m.module for m in page] for page in found] == [["src/api"], ["src/util"]]
    first = await stub.ListCouplingMetrics(spb.ListCouplingMetricsRequest(zone=zone, page_size=1))
    assert first.total_size == 2


async def test_coupling_cycles_count_members_and_suggestions(stub) -> None:
    found = await pages(request_of(stub.ListCouplingCycles), "coupling_cycles", page_size=2)
    assert found == [
        [
            spb.CouplingCycle(
                id=1,
                members=["src/api", "src/core"],
                break_suggestion_count=2,
                create_time=at(1),
            ),
            spb.CouplingCycle(
                id=2,
                members=["src/util", "src/models", "src/api"],
                break_suggestion_count=1,
                create_time=at(2),
            ),
        ],
        [spb.CouplingCycle(id=3, break_suggestion_count=0, create_time=at(3))],
    ]


# --- constraints ----------------------------------------------------------------------------------


async def test_each_enabled_constraint_counts_once_by_its_latest_verification(stub) -> None:
    summary = await stub.GetConstraintSummary(spb.GetConstraintSummaryRequest())
    assert summary == spb.GetConstraintSummaryResponse(
        total_constraints=5, passing=1, failing=3, unverified=1
    )


async def test_violations_come_from_the_latest_failing_verifications_expanded(stub) -> None:
    found = await pages(
        request_of(stub.ListConstraintViolations), "constraint_violations", page_size=2
    )

    def violation(cid: str, vid: int, position: int, when: int, **fields: Any) -> Message:
        return spb.ConstraintViolation(
            constraint_id=cid,
            verification_id=vid,
            position=position,
            verify_time=at(when),
            **fields,
        )

    assert found == [
        [
            violation(
                "c-layers",
                4,
                0,
                20,
                file="src/api/routes.ts",
                line=12,
                message="api imports db",
                expected="no import of src/core",
                actual="import db",
            ),
            violation("c-layers", 4, 1, 20, file="src/core/db.ts", message="core imports api"),
        ],
        # Not a JSON array: the stored text is the message, as the Rust binding returned it.
        [
            violation("c-size", 6, 0, 5, message="file too big"),
            violation("c-strings", 7, 0, 7, message="first"),
        ],
        [violation("c-strings", 7, 1, 7, message="second")],
    ]
    assert not found[0][1].HasField("line")  # "line": null


async def test_violations_total_size_counts_every_page(stub) -> None:
    page = await stub.ListConstraintViolations(spb.ListConstraintViolationsRequest(page_size=1))
    assert page.total_size == 5  # c-layers 2 + c-size 1 + c-strings 2


# --- contracts ------------------------------------------------------------------------------------


async def test_contracts_carry_their_endpoints(stub) -> None:
    found = await pages(request_of(stub.ListApiContracts), "api_contracts", page_size=3)
    assert [[(c.id, c.paradigm, c.endpoint_count) for c in page] for page in found] == [
        [
            ("src/api/routes.ts:express", "rest", 2),
            ("src/api/trpc.ts:trpc", "rpc", 1),  # stored "RPC"
            ("web/app.ts:frontend", "frontend", 0),
        ],
        [("web/old.ts:Express", "rest", 0)],  # endpoints "garbage": not a JSON array
    ]
    assert found[0][0] == spb.ApiContract(
        id="src/api/routes.ts:express",
        paradigm="rest",
        source_file="src/api/routes.ts",
        framework="express",
        confidence=0.9,
        endpoint_count=2,
        endpoints=[
            spb.ApiEndpoint(
                method="GET", path="/users", line=3, request_field_count=0, response_field_count=2
            ),
            spb.ApiEndpoint(
                method="POST", path="/users", line=9, request_field_count=3, response_field_count=1
            ),
        ],
        update_time=at(40),
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"paradigm": "REST"}, ["src/api/routes.ts:express", "web/old.ts:Express"]),
        ({"paradigm": "rpc"}, ["src/api/trpc.ts:trpc"]),
        ({"framework": "EXPRESS"}, ["src/api/routes.ts:express", "web/old.ts:Express"]),
        ({"framework": "trpc", "paradigm": "rpc"}, ["src/api/trpc.ts:trpc"]),
        ({"framework": "flask"}, []),
    ],
)
async def test_contract_filters_ignore_case(stub, filters: dict[str, str], expected) -> None:
    page = await stub.ListApiContracts(spb.ListApiContractsRequest(**filters))
    assert ([c.id for c in page.api_contracts], page.total_size) == (expected, len(expected))


async def test_contract_summary(stub) -> None:
    summary = await stub.GetContractSummary(spb.GetContractSummaryRequest())
    # endpoints 2 + 1 + 0 + 0; paradigms rest/RPC/frontend/REST -> 3; frameworks
    # express/tRPC/frontend/Express -> 3; mismatches High, critical, Medium, HIGH, low.
    assert summary == spb.GetContractSummaryResponse(
        contract_count=4,
        endpoint_count=3,
        paradigm_count=3,
        framework_count=3,
        mismatch_count=5,
        critical_mismatches=1,
        high_mismatches=2,
        medium_mismatches=1,
        low_mismatches=1,
    )


async def test_contract_mismatches_in_one_spelling(stub) -> None:
    found = await pages(request_of(stub.ListContractMismatches), "contract_mismatches", page_size=3)
    assert [[(m.id, m.severity, m.mismatch_type) for m in page] for page in found] == [
        [
            (1, "high", "field_missing"),
            (2, "critical", "type_mismatch"),
            (3, "medium", "field_missing"),
        ],
        [(4, "high", "nullable"), (5, "low", "required_optional")],
    ]
    assert found[0][0] == spb.ContractMismatch(
        id=1,
        backend_endpoint="GET /users/1",
        frontend_call="fetch('/users/1')",
        mismatch_type="field_missing",
        severity="high",
        message="mismatch 1",
        create_time=at(51),
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"severity": "high"}, [1, 4]),  # stored High and HIGH
        ({"mismatch_type": "field_missing"}, [1, 3]),  # stored FieldMissing
        ({"mismatch_type": "FieldMissing"}, [1, 3]),
        ({"mismatch_type": "REQUIRED_OPTIONAL"}, [5]),
        ({"severity": "HIGH", "mismatch_type": "field_missing"}, [1]),
    ],
)
async def test_mismatch_filters_match_any_case(stub, filters: dict[str, str], expected) -> None:
    page = await stub.ListContractMismatches(spb.ListContractMismatchesRequest(**filters))
    assert ([m.id for m in page.contract_mismatches], page.total_size) == (expected, len(expected))


# --- DNA ------------------------------------------------------------------------------------------


async def test_dna_profile_genes_and_health(stub) -> None:
    profile = await stub.GetDnaProfile(spb.GetDnaProfileRequest())
    assert list(profile.genes) == [
        spb.DnaGene(
            id="ApiResponseFormat",
            name="API response format",
            description="how responses are shaped",
            dominant_allele="envelope",
            allele_count=3,
            confidence=0.8,
            consistency=0.6,
        ),
        spb.DnaGene(
            id="ConfigPattern",
            name="Config pattern",
            description="where configuration comes from",
            dominant_allele="env",
            allele_count=1,
            confidence=1.0,
            consistency=1.0,
        ),
        spb.DnaGene(
            id="LoggingFormat",
            name="Logging format",
            description="how logs are written",
            allele_count=2,
            confidence=0.4,
            consistency=0.0,
        ),
    ]
    assert not profile.genes[2].HasField("dominant_allele")
    # unresolved mutations: mut-1, mut-3 -> 2 of 3 genes: mutation_score = 1 - 2/3 = 1/3;
    # consistency (0.6 + 1 + 0) / 3 = 1.6/3; confidence (0.8 + 1 + 0.4) / 3 = 2.2/3;
    # overall = (1.6/3 + 2.2/3 + 1/3) / 3 = 1.6/3
    health = profile.health
    assert health.consistency == pytest.approx(1.6 / 3)
    assert health.confidence == pytest.approx(2.2 / 3)
    assert health.mutation_score == pytest.approx(1 / 3)
    assert health.overall == pytest.approx(1.6 / 3)
    assert (profile.unresolved_mutation_count, profile.genetic_diversity) == (2, 3.0)


async def test_dna_mutations_are_the_unresolved_ones_by_default(stub) -> None:
    found = await pages(request_of(stub.ListDnaMutations), "dna_mutations", page_size=1)
    assert [[(m.id, m.impact) for m in page] for page in found] == [
        [("mut-1", "high")],
        [("mut-3", "low")],  # stored LOW
    ]
    assert found[0][0] == spb.DnaMutation(
        id="mut-1",
        file="src/api/routes.ts",
        line=7,
        gene_id="ApiResponseFormat",
        expected="envelope",
        actual="bare",
        impact="high",
        code="return data",
        suggestion="wrap it",
        resolved=False,
        detect_time=at(60),
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"include_resolved": True}, ["mut-1", "mut-2", "mut-3", "mut-4"]),
        ({"impact": "low"}, ["mut-3"]),
        ({"impact": "LOW", "include_resolved": True}, ["mut-3", "mut-4"]),
        ({"gene_id": "loggingformat"}, ["mut-3"]),
        ({"gene_id": "APIRESPONSEFORMAT", "include_resolved": True}, ["mut-1", "mut-2"]),
        ({"file": "src/core/db.ts", "include_resolved": True}, ["mut-3", "mut-4"]),
        ({"file": "SRC/core/db.ts"}, []),  # paths are exact
    ],
)
async def test_dna_mutation_filters(stub, filters: dict[str, Any], expected) -> None:
    page = await stub.ListDnaMutations(spb.ListDnaMutationsRequest(**filters))
    assert ([m.id for m in page.dna_mutations], page.total_size) == (expected, len(expected))


async def test_a_resolved_mutation_has_its_resolve_time(stub) -> None:
    page = await stub.ListDnaMutations(
        spb.ListDnaMutationsRequest(include_resolved=True, gene_id="ApiResponseFormat")
    )
    resolved = page.dna_mutations[1]
    assert (resolved.id, resolved.resolved, resolved.resolve_time) == ("mut-2", True, at(70))
    assert not page.dna_mutations[0].HasField("resolve_time")


# --- decomposition --------------------------------------------------------------------------------


async def test_decomposition_summary_counts_the_files_of_the_modules(stub) -> None:
    summary = await stub.GetDecompositionSummary(spb.GetDecompositionSummaryRequest())
    # files 1 + 2 + 1 + 0 + 2 = 6 (see FILES); cohesion 1 - distance: (0 + 1 + 0 + 0.25 + 1) / 5
    # = 0.45; coupling = instability: 2.0 / 5 = 0.4
    assert (summary.module_count, summary.total_files) == (5, 6)
    assert summary.average_cohesion == pytest.approx(0.45)
    assert summary.average_coupling == pytest.approx(0.4)


async def test_decomposition_modules(stub) -> None:
    found = await pages(
        request_of(stub.ListDecompositionModules), "decomposition_modules", page_size=4
    )

    def module(name, files, ca, ce, cohesion, coupling, priors) -> Message:
        return spb.DecompositionModule(
            name=name,
            file_count=files,
            public_interface_count=ca,
            internal_function_count=ce,
            cohesion=cohesion,
            coupling=coupling,
            estimated_complexity=ce + ca,
            applied_prior_count=priors,
        )

    assert found == [
        [
            module("README.md", 1, 0, 0, 0.0, 0.0, 0),  # the file is its own module
            module("src/api", 2, 1, 3, 1.0, 0.75, 2),  # complexity 3 + 1 = 4
            module("src/core", 1, 4, 0, 0.0, 0.0, 0),  # not src/coreutils/x.ts
            module("src/models", 0, 1, 3, 0.25, 0.75, 0),
        ],
        [module("src/util", 2, 1, 1, 1.0, 0.5, 1)],
    ]


async def test_decomposition_decisions_page_by_id(stub) -> None:
    found = await pages(
        request_of(stub.ListDecompositionDecisions), "decomposition_decisions", page_size=2
    )
    assert [[(d.id, d.dna_profile_hash, d.narrative) for d in page] for page in found] == [
        [(1, "src/api", "decision 1"), (2, "src/util", "decision 2")],
        [(3, "src/api", "decision 3")],
    ]
    assert found[0][0] == spb.DecompositionDecision(
        id=1,
        dna_profile_hash="src/api",
        adjustment='{"Split": {"module": "src/api"}}',
        confidence=0.85,
        dna_similarity=0.9,
        narrative="decision 1",
        source_dna_hash="ref-xyz",
        applied_weight=0.765,
        create_time=at(81),
    )


# --- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "request_message", "field"),
    [
        ("ListCouplingMetrics", spb.ListCouplingMetricsRequest(zone="pain"), "zone"),
        ("ListApiContracts", spb.ListApiContractsRequest(paradigm="graphql"), "paradigm"),
        (
            "ListContractMismatches",
            spb.ListContractMismatchesRequest(severity="urgent"),
            "severity",
        ),
        (
            "ListContractMismatches",
            spb.ListContractMismatchesRequest(mismatch_type="missing"),
            "mismatch_type",
        ),
        ("ListDnaMutations", spb.ListDnaMutationsRequest(impact="huge"), "impact"),
        ("ListCouplingCycles", spb.ListCouplingCyclesRequest(page_size=-1), "page_size"),
    ],
)
async def test_an_unknown_value_is_invalid_argument_naming_the_field(
    stub, method: str, request_message: Message, field: str
) -> None:
    refusal = await refused(getattr(stub, method), request_message)
    assert (refusal.code, refusal.reason, refusal.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "FIELD_INVALID",
        [field],
    )


async def test_an_unknown_zone_names_the_accepted_ones(stub) -> None:
    refusal = await refused(stub.ListCouplingMetrics, spb.ListCouplingMetricsRequest(zone="pain"))
    assert refusal.message == (
        "zone: must be one of main_sequence, zone_of_pain, zone_of_uselessness (any case),"
        " got 'pain'"
    )


async def test_a_token_is_bound_to_its_filters(stub) -> None:
    first = await stub.ListCouplingMetrics(
        spb.ListCouplingMetricsRequest(zone="main_sequence", page_size=1)
    )
    refusal = await refused(
        stub.ListCouplingMetrics,
        spb.ListCouplingMetricsRequest(zone="zone_of_pain", page_token=first.next_page_token),
    )
    assert (refusal.code, refusal.reason, refusal.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAGE_TOKEN",
        ["page_token"],
    )


async def test_an_oversized_page_is_clamped(stub) -> None:
    page = await stub.ListCouplingMetrics(spb.ListCouplingMetricsRequest(page_size=5000))
    assert (len(page.coupling_metrics), page.next_page_token) == (5, "")


async def test_an_empty_project_answers_zeros(tmp_path: Path) -> None:
    async with (
        serving(tmp_path / "drift.db") as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        stub = structure_pb2_grpc.StructureServiceStub(channel)
        dna = await stub.GetDnaProfile(spb.GetDnaProfileRequest())
        coupling = await stub.GetCouplingSummary(spb.GetCouplingSummaryRequest())
    # No genes: consistency and confidence 0, mutation_score 1, overall (0 + 0 + 1) / 3.
    assert dna.health == spb.DnaHealth(mutation_score=1.0, overall=1 / 3)
    assert coupling == spb.GetCouplingSummaryResponse()


# --- query plans ----------------------------------------------------------------------------------


@pytest.fixture
def conn(tmp_path: Path) -> apsw.Connection:
    """The fixture project written straight into a migrated file."""
    db = tmp_path / "drift.db"
    write_directly(
        db,
        [(BY_NAME["file_metadata"], file_rows())] + [(BY_NAME[name], rows) for name, rows in ROWS],
    )
    return Database.at(db).open_writer()


# Summaries that count every row of a table name it; so do the unfiltered listings' total_size
# (a COUNT(*) over the table's smallest index, cheap at a table's scale of modules or findings).
PLANS = [
    (q.coupling_summary, (), {"coupling_metrics"}),
    (q.coupling_metrics, (None, None, 10), {"coupling_metrics"}),
    (q.coupling_metrics, ("zone_of_pain", ["a"], 10), set()),
    (q.coupling_cycles, (None, 10), set()),
    (q.coupling_cycles, ([1], 10), set()),
    (q.constraint_summary, (), set()),
    (q.constraint_violations, (None, 10), set()),
    (q.constraint_violations, (["c-layers", 0], 10), set()),
    (q.api_contracts, (None, "", ["a"], 10), {"contracts"}),
    (q.api_contracts, ("rest", "", ["a"], 10), set()),
    (q.api_contracts, (None, "express", ["a"], 10), set()),
    (q.api_contracts, ("rest", "express", ["a"], 10), set()),
    (q.contract_mismatches, (None, None, [1], 10), {"contract_mismatches"}),
    (q.contract_mismatches, ("high", None, [1], 10), set()),
    (q.contract_mismatches, (None, "field_missing", [1], 10), set()),
    (q.contract_mismatches, ("high", "field_missing", [1], 10), set()),
    (q.contract_summary, (), {"contracts", "contract_mismatches"}),
    (q.dna_profile, (), set()),
    (q.dna_mutations, ("", None, "", False, ["a"], 10), set()),
    (q.dna_mutations, ("", None, "", True, ["a"], 10), {"dna_mutations"}),
    (q.dna_mutations, ("LoggingFormat", None, "", False, ["a"], 10), set()),
    (q.dna_mutations, ("", "low", "", True, ["a"], 10), set()),
    (q.dna_mutations, ("", None, "src/core/db.ts", True, ["a"], 10), set()),
    (q.decomposition_summary, (), {"coupling_metrics"}),
    (q.decomposition_modules, (["a"], 10), {"coupling_metrics"}),
    (q.decomposition_decisions, ([1], 10), set()),
]


@pytest.mark.parametrize(
    ("fn", "args", "whole"), PLANS, ids=[f"{fn.__name__}{i}" for i, (fn, _, _) in enumerate(PLANS)]
)
def test_every_statement_is_served_by_indexes(conn, fn, args, whole) -> None:
    assert plan_problems(conn, fn, *args, whole_table=whole) == []
