"""SecurityService on a real drift server: fixtures written through DriftTablesService.IngestRows
(stored the way the Rust analysis spelled them: ``Critical``, ``FalsePositive``, ``Security``),
exact answers computed by hand, paging across pages, filters in any case, bad input; and the
query plan of every ``queries.security`` function."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest
from google.protobuf.message import Message

from services.common.database import Database
from services.contracts.drift.analysis.v1 import security_pb2 as spb
from services.contracts.drift.analysis.v1 import security_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2 as tpb
from services.contracts.drift.storage.v1 import tables_pb2_grpc
from services.drift_storage.queries import security
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, write_directly


@dataclass
class Client:
    tables: tables_pb2_grpc.DriftTablesServiceStub
    security: security_pb2_grpc.SecurityServiceStub

    async def ingest(self, table: str, *rows: Message) -> None:
        """``rows`` written into ``table`` through IngestRows, in one batch."""
        request = tpb.IngestRowsRequest()
        getattr(request, BY_NAME[table].batch_field).rows.extend(rows)
        [_ack] = [ack async for ack in self.tables.IngestRows(iter([request]))]


@contextlib.asynccontextmanager
async def client(tmp_path: Path) -> AsyncIterator[Client]:
    async with (
        serving(tmp_path / "drift.db") as running,
        grpc.aio.insecure_channel(running.address) as channel,
    ):
        yield Client(
            tables_pb2_grpc.DriftTablesServiceStub(channel),
            security_pb2_grpc.SecurityServiceStub(channel),
        )


async def every_page(
    method: Callable[..., Any], request_class: type[Message], field: str, **request: Any
) -> list[list[Any]]:
    """Each page of a List method, following next_page_token to the end."""
    pages, token = [], ""
    while True:
        page = await method(request_class(page_token=token, **request))
        pages.append(list(getattr(page, field)))
        if not (token := page.next_page_token):
            return pages


def secret(severity: str, pattern: str = "aws_access_key", file: str = "a.py") -> tpb.SecretRow:
    return tpb.SecretRow(
        pattern_name=pattern,
        redacted_value="AKIA****",
        file=file,
        line=3,
        severity=severity,
        entropy=4.5,
        confidence=0.9,
        cwe_ids="CWE-798",
    )


# --- constants, secrets, environment variables ---------------------------------------------------


async def test_constants_summary_counts_constants_env_variables_and_secrets_per_severity(
    tmp_path: Path,
) -> None:
    async with client(tmp_path) as c:
        await c.ingest(
            "constants",
            tpb.ConstantRow(constant_name="MAX", value="10", file="a.py", line=1, language="python",
                            is_named=True, is_used=True),
            tpb.ConstantRow(constant_name="n1", value="42", file="a.py", line=2, language="python",
                            is_named=False, is_used=True),
            tpb.ConstantRow(constant_name="n2", value="7", file="b.py", line=3, language="python",
                            is_named=False, is_used=False),
        )  # fmt: skip
        await c.ingest(
            "env_variables",
            # API_KEY is missing twice (two reads, one name), DB_URL once; PORT has a default,
            # HOME is defined in an env file.
            tpb.EnvVariableRow(env_variable_name="API_KEY", file="a.py", line=1,
                               access_method="os.environ", has_default=False, defined_in_env=False),
            tpb.EnvVariableRow(env_variable_name="API_KEY", file="b.py", line=2,
                               access_method="os.environ", has_default=False, defined_in_env=False),
            tpb.EnvVariableRow(env_variable_name="DB_URL", file="a.py", line=3,
                               access_method="os.getenv", has_default=False, defined_in_env=False),
            tpb.EnvVariableRow(env_variable_name="PORT", file="a.py", line=4,
                               access_method="os.getenv", has_default=True, defined_in_env=False),
            tpb.EnvVariableRow(env_variable_name="HOME", file="a.py", line=5,
                               access_method="os.getenv", has_default=False, defined_in_env=True),
        )  # fmt: skip
        # Debug-cased as the Rust analysis stored them, one snake_case, one unknown.
        await c.ingest(
            "secrets",
            *(secret(s) for s in ("Critical", "critical", "High", "FalsePositive", "Suppressed",
                                  "low", "Weird")),
        )  # fmt: skip
        summary = await c.security.GetConstantsSummary(spb.GetConstantsSummaryRequest())
    assert summary == spb.GetConstantsSummaryResponse(
        constant_count=3,
        magic_number_count=2,  # n1, n2 (is_named = 0)
        dead_constant_count=1,  # n2 (is_used = 0)
        env_variable_count=5,
        missing_env_variable_count=2,  # API_KEY, DB_URL
        secret_count=7,
        secrets_by_severity=spb.SecretSeverityCounts(
            critical=2, high=1, low=1, false_positive=1, suppressed=1, other=1
        ),
    )


async def test_secrets_are_found_by_a_severity_in_any_spelling_and_answered_in_snake_case(
    tmp_path: Path,
) -> None:
    async with client(tmp_path) as c:
        await c.ingest(
            "secrets",
            secret("Critical"),  # id 1
            secret("FalsePositive"),  # id 2
            secret("critical", pattern="github_token"),  # id 3
            secret("High"),  # id 4
        )
        critical = await c.security.ListSecrets(spb.ListSecretsRequest(severity="CRITICAL"))
        false_positive = await c.security.ListSecrets(
            spb.ListSecretsRequest(severity="false_positive")
        )
        debug_spelled = await c.security.ListSecrets(
            spb.ListSecretsRequest(severity="FalsePositive")
        )
        github = await c.security.ListSecrets(
            spb.ListSecretsRequest(severity="critical", pattern_name="github_token")
        )
    assert [(s.id, s.severity) for s in critical.secrets] == [(1, "critical"), (3, "critical")]
    assert false_positive.secrets == debug_spelled.secrets
    assert list(false_positive.secrets) == [
        spb.SecretFinding(id=2, pattern_name="aws_access_key", redacted_value="AKIA****",
                          file="a.py", line=3, severity="false_positive", entropy=4.5,
                          confidence=0.9, cwe_ids=[798]),
    ]  # fmt: skip
    assert [s.id for s in github.secrets] == [3]


async def test_secrets_page_across_pages_in_id_order_with_the_filter_kept(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        # ids 1..7; the High ones are 2, 3, 5, 6, 7.
        await c.ingest(
            "secrets", *(secret(s) for s in ("Low", "High", "High", "Low", "High", "High", "High"))
        )
        pages = await every_page(
            c.security.ListSecrets, spb.ListSecretsRequest, "secrets", severity="high", page_size=2
        )
        first = await c.security.ListSecrets(spb.ListSecretsRequest(severity="high", page_size=2))
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await c.security.ListSecrets(
                spb.ListSecretsRequest(severity="low", page_token=first.next_page_token)
            )
    assert [[s.id for s in page] for page in pages] == [[2, 3], [5, 6], [7]]
    assert failure(raised.value).fields == ["page_token"]


async def test_magic_numbers_are_the_unnamed_constants(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        await c.ingest(
            "constants",
            tpb.ConstantRow(constant_name="MAX", value="10", file="a.py", line=1, language="python",
                            is_named=True, is_used=True),
            tpb.ConstantRow(constant_name="TIMEOUT_MS", value="3000", file="b.ts", line=9,
                            language="typescript", is_named=False, is_used=True),
        )  # fmt: skip
        listed = await c.security.ListMagicNumbers(spb.ListMagicNumbersRequest())
    assert list(listed.magic_numbers) == [
        spb.MagicNumber(id=2, name="TIMEOUT_MS", value="3000", file="b.ts", line=9,
                        language="typescript", is_used=True),
    ]  # fmt: skip
    assert listed.next_page_token == ""


async def test_missing_env_variables_are_reads_without_definition_or_default(
    tmp_path: Path,
) -> None:
    async with client(tmp_path) as c:
        await c.ingest(
            "env_variables",
            tpb.EnvVariableRow(env_variable_name="API_KEY", file="a.py", line=1,
                               access_method="os.environ", has_default=False, defined_in_env=False),
            tpb.EnvVariableRow(env_variable_name="PORT", file="a.py", line=2,
                               access_method="os.getenv", has_default=True, defined_in_env=False),
            tpb.EnvVariableRow(env_variable_name="NEXT_PUBLIC_URL", file="b.ts", line=3,
                               access_method="process.env", has_default=False,
                               defined_in_env=False, framework_prefix="NEXT_PUBLIC_"),
        )  # fmt: skip
        missing = await c.security.ListEnvVariables(spb.ListEnvVariablesRequest(missing=True))
        in_b = await c.security.ListEnvVariables(
            spb.ListEnvVariablesRequest(missing=True, file="b.ts")
        )
        port = await c.security.ListEnvVariables(spb.ListEnvVariablesRequest(name="PORT"))
    assert [(v.id, v.name) for v in missing.env_variables] == [
        (1, "API_KEY"),
        (3, "NEXT_PUBLIC_URL"),
    ]
    assert list(in_b.env_variables) == [
        spb.EnvVariableRead(id=3, name="NEXT_PUBLIC_URL", file="b.ts", line=3,
                            access_method="process.env", framework_prefix="NEXT_PUBLIC_",
                            missing=True),
    ]  # fmt: skip
    assert [(v.id, v.has_default, v.missing) for v in port.env_variables] == [(2, True, False)]


# --- wrappers ------------------------------------------------------------------------------------


def wrapper(name: str, category: str, framework: str, confidence: float, usage: int) -> Message:
    return tpb.WrapperRow(
        wrapper_name=name,
        file="hooks.ts",
        line=1,
        category=category,
        wrapped_primitives='["useState", "useEffect"]',
        framework=framework,
        confidence=confidence,
        is_multi_primitive=True,
        is_exported=True,
        usage_count=usage,
    )


async def test_wrappers_filter_category_and_framework_in_any_case_and_health_aggregates(
    tmp_path: Path,
) -> None:
    async with client(tmp_path) as c:
        await c.ingest(
            "wrappers",
            wrapper("useApi", "DataFetching", "React", 0.9, 3),  # id 1
            wrapper("useStore", "StateManagement", "react", 0.6, 0),  # id 2
            wrapper("fetchJson", "DataFetching", "axios", 0.75, 1),  # id 3
        )
        fetching = await c.security.ListWrappers(spb.ListWrappersRequest(category="data_fetching"))
        react = await c.security.ListWrappers(spb.ListWrappersRequest(framework="REACT"))
        health = await c.security.GetWrapperHealth(spb.GetWrapperHealthRequest())
    assert [(w.id, w.category) for w in fetching.wrappers] == [
        (1, "data_fetching"),
        (3, "data_fetching"),
    ]
    assert [w.id for w in react.wrappers] == [1, 2]
    assert react.wrappers[1] == spb.FrameworkWrapper(
        id=2, name="useStore", file="hooks.ts", line=1, category="state_management",
        framework="react", wrapped_primitives=["useState", "useEffect"], confidence=0.6,
        is_multi_primitive=True, is_exported=True, usage_count=0,
    )  # fmt: skip
    # Mean confidence (0.9 + 0.6 + 0.75) / 3 = 0.75; used at least once: 2 of 3; frameworks
    # React = react and axios: 2; categories 2.
    assert health.wrapper_count == 3
    assert health.consistency == pytest.approx(0.75)
    assert health.overall == pytest.approx(0.75)
    assert health.coverage == pytest.approx(2 / 3)
    assert (health.framework_count, health.category_count) == (2, 2)
    assert [(g.category, g.wrapper_count) for g in health.categories] == [
        ("data_fetching", 2),
        ("state_management", 1),
    ]


async def test_wrapper_health_of_no_wrappers_is_zero(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        health = await c.security.GetWrapperHealth(spb.GetWrapperHealthRequest())
    assert health == spb.GetWrapperHealthResponse()


# --- the OWASP posture ---------------------------------------------------------------------------


def violation(id: str, severity: str, cwe: int | None, owasp: str | None) -> Message:
    return tpb.ViolationRow(
        id=id, file="app.py", line=10, severity=severity, pattern_id="p", rule_id=f"rule-{id}",
        message=f"message {id}", cwe_id=cwe, owasp_category=owasp or "",
    )  # fmt: skip


def taint_flow(sink: str, cwe: int, sanitized: bool) -> Message:
    return tpb.TaintFlowRow(
        source_file="views.py", source_line=5, source_type="user_input", sink_file="db.py",
        sink_line=20, sink_type=sink, cwe_id=cwe, is_sanitized=sanitized, path="[]",
        confidence=0.85,
    )  # fmt: skip


def detection(category: str, confidence: float, cwes: str = "", owasp: str = "") -> Message:
    return tpb.DetectionRow(
        file="auth.py", line=int(confidence * 100), column_num=0, pattern_id=f"{category}-rule",
        category=category, confidence=confidence, detection_method="StringRegex", cwe_ids=cwes,
        owasp=owasp, matched_text=f"{category} match",
    )  # fmt: skip


def owasp_finding(
    id: str, detector: str, line: int, severity: float, cwes: str, owasp: str
) -> Message:
    return tpb.OwaspFindingRow(
        id=id, detector=detector, file="auth.py", line=line, description=f"finding {id}",
        severity=severity, cwes=cwes, owasp_categories=owasp, confidence=severity,
        remediation="fix it",
    )  # fmt: skip


async def owasp_fixture(c: Client) -> None:
    """Eight findings from four sources, and five rows that are none."""
    await c.ingest(
        "violations",
        violation("V1", "Critical", 89, "A03:2021-Injection"),  # 1.0 critical
        violation("V2", "high", 79, None),  # 0.8 high
        violation("V3", "error", None, None),  # no CWE, no OWASP: not a finding
        violation("V4", "warning", None, "A01:2021"),  # a warning: 0.5 medium
        violation("V5", "hint", 22, None),  # outside the map: 0.2 low
    )
    await c.ingest(
        "taint_flows",
        taint_flow("SqlQuery", 89, sanitized=False),  # id 1: 0.9 critical, A03
        taint_flow("http_request", 918, sanitized=True),  # id 2: sanitized, not a finding
        taint_flow("log_output", 117, sanitized=False),  # id 3: 0.4 medium, A09
    )
    await c.ingest(
        "detections",
        detection("Security", 0.95, cwes="798", owasp="A07"),  # id 1, line 95: 0.8 high
        detection("Security", 0.75),  # id 2: carries no CWE nor OWASP: not a finding
        detection("Logging", 0.9, cwes="117"),  # id 3, line 90: not security
    )
    await c.ingest(
        "owasp_findings",
        # O1 re-stores detection 1 (file, line, pattern): counted once, as the detection.
        owasp_finding("O1", "Security-rule", 95, 0.95, "[798]", '["A07"]'),
        # O2 re-stores detection 3, which is no security detection: a finding, 0.9 critical.
        owasp_finding("O2", "Logging-rule", 90, 0.9, '["CWE-117"]', '["A09:2021"]'),
    )


async def test_owasp_compliance_buckets_posture_and_coverage_over_the_merged_sources(
    tmp_path: Path,
) -> None:
    async with client(tmp_path) as c:
        await owasp_fixture(c)
        compliance = await c.security.GetOwaspCompliance(spb.GetOwaspComplianceRequest())
    # critical V1 (1.0), taint 1 (0.9), O2 (0.9); high V2 (0.8), detection 1 (0.8);
    # medium V4 (0.5), taint 3 (0.4); low V5 (0.2).
    # posture = 100 - 20*3 - 10*2 - 3*2 - 1*1 = 100 - 60 - 20 - 6 - 1 = 13.
    # OWASP: A03 (V1, taint 1), A01 (V4), A09 (taint 3, O2), A07 (detection 1): 4 / 10.
    # CWE Top 25: 89 (V1, taint 1), 79 (V2), 798 (detection 1), 22 (V5); 117 is not: 4 / 25.
    assert compliance == spb.GetOwaspComplianceResponse(
        finding_count=8,
        critical_count=3,
        high_count=2,
        medium_count=2,
        low_count=1,
        posture_score=13.0,
        owasp_coverage=0.4,
        cwe_top25_coverage=0.16,
    )


async def test_owasp_compliance_without_findings_is_a_posture_of_100(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        compliance = await c.security.GetOwaspCompliance(spb.GetOwaspComplianceRequest())
    assert compliance == spb.GetOwaspComplianceResponse(posture_score=100.0)


async def test_posture_does_not_go_below_zero(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        # 6 critical: 100 - 20 * 6 = -20, floored at 0.
        await c.ingest("violations", *(violation(f"V{i}", "critical", 89, None) for i in range(6)))
        compliance = await c.security.GetOwaspCompliance(spb.GetOwaspComplianceRequest())
    assert (compliance.critical_count, compliance.posture_score) == (6, 0.0)


async def test_security_findings_page_by_severity_then_source_then_id(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        await owasp_fixture(c)
        pages = await every_page(
            c.security.ListSecurityFindings,
            spb.ListSecurityFindingsRequest,
            "findings",
            page_size=2,
        )
    # 1.0: V1; 0.9: taint_flow 1, then owasp_finding O2 (source order); 0.8: violation V2,
    # then detection 1; 0.5: violation V4 (a warning); 0.4: taint_flow 3; 0.2: V5 (a hint).
    assert [[(f.id, f.severity_level) for f in page] for page in pages] == [
        [("violation:V1", "critical"), ("taint_flow:1", "critical")],
        [("owasp_finding:O2", "critical"), ("violation:V2", "high")],
        [("detection:1", "high"), ("violation:V4", "medium")],
        [("taint_flow:3", "medium"), ("violation:V5", "low")],
    ]
    found = {f.id: f for page in pages for f in page}
    assert found["taint_flow:1"] == spb.SecurityFinding(
        id="taint_flow:1", source="taint_flow", detector="taint", file="db.py", line=20,
        description="unsanitized user_input from views.py:5 reaches a SqlQuery sink",
        severity=0.9, severity_level="critical", cwe_ids=[89], owasp_categories=["A03"],
        confidence=0.85,
    )  # fmt: skip
    assert found["detection:1"] == spb.SecurityFinding(
        id="detection:1", source="detection", detector="Security-rule", file="auth.py", line=95,
        description="Security match", severity=0.8, severity_level="high", cwe_ids=[798],
        owasp_categories=["A07"], confidence=0.95,
    )  # fmt: skip
    assert found["owasp_finding:O2"] == spb.SecurityFinding(
        id="owasp_finding:O2", source="owasp_finding", detector="Logging-rule", file="auth.py",
        line=90, description="finding O2", severity=0.9, severity_level="critical",
        cwe_ids=[117], owasp_categories=["A09:2021"], confidence=0.9, remediation="fix it",
    )  # fmt: skip
    assert found["violation:V2"] == spb.SecurityFinding(
        id="violation:V2", source="violation", detector="rule-V2", file="app.py", line=10,
        description="message V2", severity=0.8, severity_level="high", cwe_ids=[79],
        confidence=0.8,
    )  # fmt: skip


async def test_security_findings_of_one_severity_page_across_sources(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        # Five findings of severity 0.8: three high violations, two confident detections.
        await c.ingest("violations", *(violation(f"V{i}", "High", 79, None) for i in range(3)))
        await c.ingest(
            "detections", detection("security", 0.91, "89"), detection("SECURITY", 0.92, "89")
        )
        pages = await every_page(
            c.security.ListSecurityFindings,
            spb.ListSecurityFindingsRequest,
            "findings",
            page_size=2,
        )
    assert [[f.id for f in page] for page in pages] == [
        ["violation:V0", "violation:V1"],
        ["violation:V2", "detection:1"],
        ["detection:2"],
    ]


# --- crypto --------------------------------------------------------------------------------------


def crypto(category: str, confidence: float, language: str) -> Message:
    return tpb.CryptoFindingRow(
        file="crypto.py", line=int(confidence * 100), category=category,
        description=f"{category} use", code="key = 'hunter2'", confidence=confidence,
        cwe_id=327, owasp="A02:2021", remediation="use a modern algorithm", language=language,
    )  # fmt: skip


async def test_crypto_findings_filter_and_health(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        await c.ingest(
            "crypto_findings",
            crypto("WeakHash", 0.95, "python"),  # id 1: critical
            crypto("HardcodedKey", 0.9, "Python"),  # id 2: critical
            crypto("EcbMode", 0.8, "java"),  # id 3: high
            crypto("weak_hash", 0.5, "python"),  # id 4: medium
        )
        weak = await c.security.ListCryptoFindings(
            spb.ListCryptoFindingsRequest(category="WEAK_HASH")
        )
        python = await c.security.ListCryptoFindings(
            spb.ListCryptoFindingsRequest(language="PYTHON", page_size=2)
        )
        health = await c.security.GetCryptoHealth(spb.GetCryptoHealthRequest())
    assert [(f.id, f.category, f.severity) for f in weak.findings] == [
        (1, "weak_hash", "critical"),
        (4, "weak_hash", "medium"),
    ]
    assert [f.id for f in python.findings] == [1, 2] and python.next_page_token
    assert python.findings[1] == spb.CryptoFinding(
        id=2, file="crypto.py", line=90, category="hardcoded_key", description="HardcodedKey use",
        confidence=0.9, severity="critical", cwe_id=327, owasp="A02:2021",
        remediation="use a modern algorithm", language="Python",
    )  # fmt: skip
    # overall = 100 - 25*2 - 10*1 - 3*1 = 100 - 50 - 10 - 3 = 37.
    assert health == spb.GetCryptoHealthResponse(
        finding_count=4, critical_count=2, high_count=1, medium_count=1, overall=37.0
    )


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "request_message", "field"),
    [
        ("ListSecrets", spb.ListSecretsRequest(severity="urgent"), "severity"),
        ("ListWrappers", spb.ListWrappersRequest(category="widgets"), "category"),
        ("ListCryptoFindings", spb.ListCryptoFindingsRequest(category="md5"), "category"),
        ("ListSecurityFindings", spb.ListSecurityFindingsRequest(page_size=-1), "page_size"),
        ("ListMagicNumbers", spb.ListMagicNumbersRequest(page_token="forged"), "page_token"),
    ],
)
async def test_bad_input_is_invalid_argument_naming_the_field(
    tmp_path: Path, method: str, request_message: Message, field: str
) -> None:
    async with client(tmp_path) as c:
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await getattr(c.security, method)(request_message)
    found = failure(raised.value)
    assert (found.code, found.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])


async def test_an_unknown_member_names_the_accepted_values(tmp_path: Path) -> None:
    async with client(tmp_path) as c:
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await c.security.ListSecrets(spb.ListSecretsRequest(severity="urgent"))
    assert "critical, high, medium, low, info, false_positive, suppressed" in (
        raised.value.details() or ""
    )


# --- query plans ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> apsw.Connection:
    """A migrated drift.db with a few rows of every table the queries read."""
    path = tmp_path_factory.mktemp("plans") / "drift.db"
    write_directly(
        path,
        [
            (BY_NAME["constants"], [tpb.ConstantRow(constant_name="n", value="4", file="a",
                                                    line=1, language="py", is_named=False)]),
            (BY_NAME["env_variables"], [tpb.EnvVariableRow(env_variable_name="X", file="a",
                                                           line=1, access_method="m")]),
            (BY_NAME["secrets"], [secret("Critical"), secret("FalsePositive")]),
            (BY_NAME["wrappers"], [wrapper("w", "ApiClient", "React", 0.9, 1)]),
            (BY_NAME["violations"], [violation("V1", "High", 89, "A03")]),
            (BY_NAME["taint_flows"], [taint_flow("SqlQuery", 89, sanitized=False)]),
            (BY_NAME["detections"], [detection("Security", 0.95, "89", "A03")]),
            (BY_NAME["owasp_findings"], [owasp_finding("O", "d", 1, 0.5, "[89]", '["A03"]')]),
            (BY_NAME["crypto_findings"], [crypto("WeakHash", 0.9, "python")]),
        ],
    )  # fmt: skip
    return Database.at(path).open_reader()


# Summaries count every row of their tables: a whole-table aggregate is their point. Only
# wrapper_health sorts: its handful of per-category groups.
SUMMARIES = [
    (security.constants_summary, ("constants", "env_variables", "secrets"), False),
    (security.wrapper_health, ("wrappers",), True),
    (
        security.owasp_compliance,
        ("violations", "taint_flows", "detections", "owasp_findings"),
        False,
    ),
    (security.crypto_health, ("crypto_findings",), False),
]
LISTINGS = [
    (security.list_secrets, (None, None, None, None, 10)),
    (security.list_secrets, ("false_positive", None, None, [3], 10)),
    (security.list_secrets, (None, "aws_access_key", None, None, 10)),
    (security.list_secrets, (None, None, "a.py", [1], 10)),
    (security.list_magic_numbers, (None, 10)),
    (security.list_magic_numbers, ([5], 10)),
    (security.list_env_variables, (True, None, None, None, 10)),
    (security.list_env_variables, (False, "X", None, None, 10)),
    (security.list_env_variables, (False, None, "a", [2], 10)),
    (security.list_wrappers, ("api_client", None, None, None, 10)),
    (security.list_wrappers, (None, "react", None, None, 10)),
    (security.list_wrappers, (None, None, "a", [4], 10)),
    (security.list_crypto_findings, ("weak_hash", None, None, None, 10)),
    (security.list_crypto_findings, (None, "a", None, None, 10)),
    (security.list_crypto_findings, (None, None, "Python", [2], 10)),
    (security.list_crypto_findings, (None, None, None, None, 10)),
    (security.list_security_findings, (None, 10)),
    # A cursor in each source: the sources before it, after it, and its own tie.
    *(
        (security.list_security_findings, ([0.8, rank, 1, "V1"], 10))
        for rank in range(len(security.FINDING_SOURCES))
    ),
]


@pytest.mark.parametrize(
    ("fn", "tables", "sorts"), SUMMARIES, ids=lambda v: getattr(v, "__name__", "")
)
def test_summaries_only_scan_the_tables_they_count(
    conn: apsw.Connection, fn: Callable[..., Any], tables: tuple[str, ...], sorts: bool
) -> None:
    assert plan_problems(conn, fn, whole_table=tables, sorts=sorts) == []


@pytest.mark.parametrize(("fn", "args"), LISTINGS, ids=lambda v: getattr(v, "__name__", ""))
def test_listings_are_served_by_indexes_in_page_order(
    conn: apsw.Connection, fn: Callable[..., Any], args: tuple[Any, ...]
) -> None:
    assert plan_problems(conn, fn, *args) == []
