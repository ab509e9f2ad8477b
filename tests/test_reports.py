"""ReportsService.StreamReport: each format accepted by its consumer (SARIF and the JSON formats
by their JSON schemas, JUnit by junitparser, HTML by html.parser), golden reports of known rows,
suppressed violations, fingerprints, chunking of a large report, empty projects, bad formats and
the query plans of the store functions."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import apsw
import grpc
import jsonschema
import pytest
from junitparser import JUnitXml

from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.enforcement.v1 import reports_pb2 as pb
from services.contracts.drift.enforcement.v1 import reports_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2, tables_pb2_grpc
from services.drift_storage.reports import rows
from services.drift_storage.service import SCHEMA
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, write_directly

SCHEMAS = Path(__file__).parent / "fixtures" / "schemas"
DOCS = Path(__file__).parents[1] / "docs"
FORMATS = ("sarif", "json", "html", "junit", "sonarqube", "console", "github", "gitlab")

V = tables_pb2.ViolationRow
G = tables_pb2.GateResultRow
# Stored severities in the cases writers used; "critical" is outside the set: a warning.
VIOLATIONS = [
    V(id="v1", file="src/app.py", line=3, column_num=5, end_line=3, end_column=9,
      severity="ERROR", pattern_id="security/eval", rule_id="no-eval", message="Use of eval",
      quick_fix_strategy="rename", quick_fix_description="Call ast.literal_eval", cwe_id=95,
      owasp_category="A03:2021"),
    V(id="v2", file="src/app.py", line=10, severity="Warning", pattern_id="sql/concat",
      rule_id="sql-concat", message="SQL built by concatenation", is_new=True),
    V(id="v3", file="src/util.py", line=7, severity="info", pattern_id="style/todo",
      rule_id="todo", message="TODO left <script>alert(1)</script>"),
    V(id="v4", file="src/util.py", line=9, severity="HINT", pattern_id="style/todo",
      rule_id="todo:v2,beta", message="later, maybe\r\n100%", suppressed=True),
    V(id="v5", file="lib/x.py", line=2, severity="critical", pattern_id="security/eval",
      rule_id="no-eval", message="Use of eval"),
]  # fmt: skip
# pattern-compliance failed, then passed: its latest result is the pass.
GATES = [
    G(gate_id="pattern-compliance", status="failed", passed=False, score=50.0, summary="old"),
    G(gate_id="security-boundaries", status="Failed", passed=False, score=40.0,
      summary="2 boundary violations", violation_count=2, execution_time_ms=1500),
    G(gate_id="pattern-compliance", status="passed", passed=True, score=100.0,
      summary="all patterns compliant", execution_time_ms=20),
]  # fmt: skip


def _schema(path: Path) -> Any:
    return json.loads(path.read_text())


SARIF = jsonschema.Draft4Validator(_schema(SCHEMAS / "sarif-schema-2.1.0.json"))
REPORT = jsonschema.Draft202012Validator(_schema(DOCS / "report.schema.json"))
GITLAB_ITEM = jsonschema.Draft7Validator(_schema(SCHEMAS / "gitlab-codeclimate.json"))
GITLAB = jsonschema.Draft7Validator(_schema(SCHEMAS / "gitlab-code-quality-report.json"))
SONAR = jsonschema.Draft7Validator(_schema(SCHEMAS / "sonarqube-generic-issues.json"))


# --- a server with known rows --------------------------------------------------------------


async def _ingest(channel: grpc.aio.Channel, table: str, messages: list[Any]) -> None:
    request = tables_pb2.IngestRowsRequest()
    getattr(request, BY_NAME[table].batch_field).rows.extend(messages)
    async for _ in tables_pb2_grpc.DriftTablesServiceStub(channel).IngestRows(iter([request])):
        pass


@pytest.fixture
async def channel(tmp_path: Path) -> AsyncIterator[grpc.aio.Channel]:
    """A server holding VIOLATIONS and GATES, written through IngestRows."""
    async with (
        serving(tmp_path / "drift.db") as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        await _ingest(channel, "violations", VIOLATIONS)
        for gate in GATES:  # one batch each: ids in this order
            await _ingest(channel, "gate_results", [gate])
        yield channel


@pytest.fixture
async def empty(tmp_path: Path) -> AsyncIterator[grpc.aio.Channel]:
    async with (
        serving(tmp_path / "drift.db") as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield channel


async def stream(channel: grpc.aio.Channel, format: str, **request: Any) -> list[Any]:
    stub = reports_pb2_grpc.ReportsServiceStub(channel)
    return [m async for m in stub.StreamReport(pb.StreamReportRequest(format=format, **request))]


async def report(channel: grpc.aio.Channel, format: str, **request: Any) -> str:
    return b"".join(m.chunk for m in await stream(channel, format, **request)).decode()


# --- what each consumer accepts ------------------------------------------------------------


class PageChecker(HTMLParser):
    """Parses a page, checking that every element is closed in order, and collects what a
    self-contained page must not have (scripts, external resources) and the text."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input", "col", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []
        self.rows = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "link", "img", "iframe", "object", "embed"):
            self.problems.append(f"<{tag}>")
        self.problems.extend(f"{tag}[{k}]" for k, _ in attrs if k in ("src", "href"))
        if tag == "tr" and "tbody" in self.open:
            self.rows += 1
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"</{tag}> closes nothing open")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_page(text: str) -> PageChecker:
    checker = PageChecker()
    checker.feed(text)
    checker.close()
    assert text.startswith("<!DOCTYPE html>")
    assert (checker.problems, checker.open) == ([], [])
    return checker


def accepted(format: str, text: str) -> int:
    """Check ``text`` the way the format's consumer reads it; the number of violations in it."""
    if format == "sarif":
        doc = json.loads(text)
        SARIF.validate(doc)
        return len(doc["runs"][0]["results"])
    if format == "json":
        doc = json.loads(text)
        REPORT.validate(doc)
        return len(doc["violations"])
    if format == "html":
        return html_page(text).rows
    if format == "junit":
        xml = JUnitXml.fromstring(text)
        return sum(suite.tests for suite in xml if suite.name != "drift gates")
    if format == "sonarqube":
        doc = json.loads(text)
        SONAR.validate(doc)
        return len(doc["issues"])
    if format == "gitlab":
        doc = json.loads(text)
        GITLAB.validate(doc)
        for item in doc:
            GITLAB_ITEM.validate(item)
        return len(doc)
    if format == "github":
        lines = text.splitlines()
        assert all(re.fullmatch(r"::(error|warning|notice) [^:]*::.*", line) for line in lines)
        return sum(" file=" in line for line in lines)
    last = text.splitlines()[-1]
    match = re.fullmatch(r"(\d+) violations? in \d+ files?: .*", last)
    assert match, last
    return int(match.group(1))


# --- each format, golden -------------------------------------------------------------------

# Order of every report: (file, line, id): lib/x.py:2 v5, src/app.py:3 v1, src/app.py:10 v2,
# src/util.py:7 v3, and src/util.py:9 v4 when suppressed ones are included.


async def test_sarif_has_rules_levels_regions_and_validates_against_the_official_schema(
    channel,
) -> None:
    doc = json.loads(await report(channel, "sarif"))
    SARIF.validate(doc)
    run = doc["runs"][0]
    results = [{k: v for k, v in r.items() if k != "partialFingerprints"} for r in run["results"]]

    def location(uri: str, **region: int) -> list[Any]:
        artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"}
        return [{"physicalLocation": {"artifactLocation": artifact, "region": region}}]

    assert run["tool"]["driver"] == {
        "name": "drift",
        "rules": [  # the most severe violation of each rule gives its default level
            {"id": "no-eval", "defaultConfiguration": {"level": "error"}},
            {"id": "sql-concat", "defaultConfiguration": {"level": "warning"}},
            {"id": "todo", "defaultConfiguration": {"level": "note"}},
        ],
    }
    assert results == [
        {"ruleId": "no-eval", "ruleIndex": 0, "level": "warning",  # stored "critical"
         "message": {"text": "Use of eval"}, "locations": location("lib/x.py", startLine=2),
         "properties": {"violationId": "v5", "patternId": "security/eval",
                        "severity": "warning", "isNew": False}},
        {"ruleId": "no-eval", "ruleIndex": 0, "level": "error",
         "message": {"text": "Use of eval"},
         "locations": location("src/app.py", startLine=3, startColumn=5, endLine=3,
                               endColumn=9),
         "properties": {"violationId": "v1", "patternId": "security/eval", "severity": "error",
                        "isNew": False, "cweId": 95, "owaspCategory": "A03:2021",
                        "quickFixStrategy": "rename",
                        "quickFixDescription": "Call ast.literal_eval"}},
        {"ruleId": "sql-concat", "ruleIndex": 1, "level": "warning",
         "message": {"text": "SQL built by concatenation"},
         "locations": location("src/app.py", startLine=10),
         "properties": {"violationId": "v2", "patternId": "sql/concat", "severity": "warning",
                        "isNew": True}},
        {"ruleId": "todo", "ruleIndex": 2, "level": "note",
         "message": {"text": "TODO left <script>alert(1)</script>"},
         "locations": location("src/util.py", startLine=7),
         "properties": {"violationId": "v3", "patternId": "style/todo", "severity": "info",
                        "isNew": False}},
    ]  # fmt: skip
    assert run["properties"]["gates"] == [
        {"gateId": "pattern-compliance", "status": "passed", "passed": True, "score": 100.0,
         "summary": "all patterns compliant"},
        {"gateId": "security-boundaries", "status": "failed", "passed": False, "score": 40.0,
         "summary": "2 boundary violations"},
    ]  # fmt: skip


async def test_sarif_includes_suppressed_violations_as_results_with_suppressions(
    channel,
) -> None:
    doc = json.loads(await report(channel, "sarif", include_suppressed=True))
    SARIF.validate(doc)
    run = doc["runs"][0]
    suppressed = [r for r in run["results"] if "suppressions" in r]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [
        "no-eval", "sql-concat", "todo", "todo:v2,beta"
    ]  # fmt: skip
    assert [(r["properties"]["violationId"], r["ruleIndex"], r["level"], r["suppressions"])
            for r in suppressed] == [("v4", 3, "note",
                                      [{"kind": "external", "status": "accepted"}])]  # fmt: skip
    assert len(run["results"]) == 5


async def test_a_fingerprint_ignores_the_line_and_tells_identical_violations_apart(
    empty,
) -> None:
    twin = {"file": "a.py", "severity": "error", "pattern_id": "p", "rule_id": "r",
            "message": "same  text"}  # fmt: skip
    await _ingest(empty, "violations", [V(id="a", line=3, **twin), V(id="b", line=8, **twin)])
    before = json.loads(await report(empty, "json"))["violations"]
    # Code added above both moves them (and the whitespace of the message changes).
    moved = {**twin, "message": "same text"}
    await _ingest(empty, "violations", [V(id="a", line=13, **moved), V(id="b", line=18, **moved)])
    after = json.loads(await report(empty, "json"))["violations"]
    assert before[0]["fingerprint"] != before[1]["fingerprint"]
    assert [v["fingerprint"] for v in after] == [v["fingerprint"] for v in before]
    sarif = json.loads(await report(empty, "sarif"))["runs"][0]["results"]
    assert [r["partialFingerprints"]["drift/v1"] for r in sarif] == [
        v["fingerprint"] for v in after
    ]


async def test_lines_below_1_are_line_1_and_columns_below_1_absent(empty) -> None:
    """Lines are 1-based; a 0 (a Rust-era 0-based top row, or no line known) is line 1."""
    await _ingest(empty, "violations", [
        V(id="z", file="a.py", line=0, column_num=0, end_line=0, end_column=0, severity="error",
          pattern_id="p", rule_id="r", message="m"),
    ])  # fmt: skip
    doc = json.loads(await report(empty, "sarif"))
    SARIF.validate(doc)
    location = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["region"] == {"startLine": 1}


async def test_json_report_is_the_documented_shape_with_exact_summary(channel) -> None:
    doc = json.loads(await report(channel, "json"))
    REPORT.validate(doc)
    fingerprints = [v.pop("fingerprint") for v in doc["violations"]]
    gates = [{k: v for k, v in gate.items() if k != "run_at"} for gate in doc.pop("gates")]
    violations = doc.pop("violations")
    assert doc == {
        "version": 1,
        "project": "projects/default",
        "include_suppressed": False,
        # v1 error; v5 (critical) and v2 warnings; v3 info; v4 suppressed, left out;
        # files lib/x.py, src/app.py, src/util.py.
        "summary": {"violations": 4, "errors": 1, "warnings": 2, "infos": 1, "hints": 0,
                    "suppressed": 0, "new": 1, "files": 3},
    }  # fmt: skip
    assert gates == [
        {"gate_id": "pattern-compliance", "status": "passed", "passed": True, "score": 100.0,
         "summary": "all patterns compliant", "violation_count": 0, "warning_count": 0,
         "execution_time_ms": 20, "details": None, "error": None},
        {"gate_id": "security-boundaries", "status": "failed", "passed": False, "score": 40.0,
         "summary": "2 boundary violations", "violation_count": 2, "warning_count": 0,
         "execution_time_ms": 1500, "details": None, "error": None},
    ]  # fmt: skip
    assert [v["id"] for v in violations] == ["v5", "v1", "v2", "v3"]
    assert violations[1] == {
        "id": "v1", "file": "src/app.py", "line": 3, "column": 5, "end_line": 3,
        "end_column": 9, "severity": "error", "pattern_id": "security/eval",
        "rule_id": "no-eval", "message": "Use of eval", "quick_fix_strategy": "rename",
        "quick_fix_description": "Call ast.literal_eval", "cwe_id": 95,
        "owasp_category": "A03:2021", "suppressed": False, "is_new": False,
    }  # fmt: skip
    assert len(set(fingerprints)) == 4


async def test_json_report_with_suppressed_counts_them(channel) -> None:
    doc = json.loads(await report(channel, "json", include_suppressed=True))
    REPORT.validate(doc)
    # The four above and v4 (HINT, suppressed).
    assert doc["summary"] == {"violations": 5, "errors": 1, "warnings": 2, "infos": 1,
                              "hints": 1, "suppressed": 1, "new": 1, "files": 3}  # fmt: skip
    assert [(v["id"], v["severity"], v["suppressed"]) for v in doc["violations"]][-1] == (
        "v4",
        "hint",
        True,
    )


async def test_html_is_one_self_contained_page_with_every_value_escaped(channel) -> None:
    text = await report(channel, "html", include_suppressed=True)
    page = html_page(text)
    assert page.rows == 5
    assert "<script>" not in text
    assert "TODO left &lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "TODO left <script>alert(1)</script>" in page.text  # shown as text


async def test_junit_has_a_suite_of_gates_and_one_per_rule_with_a_failure_per_error(
    channel,
) -> None:
    xml = JUnitXml.fromstring(await report(channel, "junit"))
    suites = {
        suite.name: (
            suite.tests,
            suite.failures,
            [(case.name, [type(r).__name__ for r in case.result]) for case in suite],
        )
        for suite in xml
    }
    assert suites == {
        "drift gates": (2, 1, [("pattern-compliance", []),
                               ("security-boundaries", ["Failure"])]),
        "no-eval": (2, 1, [("lib/x.py:2", []), ("src/app.py:3:5", ["Failure"])]),
        "sql-concat": (1, 0, [("src/app.py:10", [])]),
        "todo": (1, 0, [("src/util.py:7", [])]),
    }  # fmt: skip
    # 2 gates + 4 violations; the failed gate and the one error.
    assert (xml.tests, xml.failures) == (6, 2)


async def test_gitlab_code_quality_validates_against_gitlabs_schemas(channel) -> None:
    doc = json.loads(await report(channel, "gitlab"))
    GITLAB.validate(doc)
    for item in doc:
        GITLAB_ITEM.validate(item)
    assert [(i["check_name"], i["severity"], i["categories"], i["location"]) for i in doc] == [
        ("no-eval", "major", ["Style"], {"path": "lib/x.py", "lines": {"begin": 2}}),
        ("no-eval", "critical", ["Security"],
         {"path": "src/app.py", "lines": {"begin": 3, "end": 3}}),
        ("sql-concat", "major", ["Style"], {"path": "src/app.py", "lines": {"begin": 10}}),
        ("todo", "minor", ["Style"], {"path": "src/util.py", "lines": {"begin": 7}}),
    ]  # fmt: skip
    assert len({i["fingerprint"] for i in doc}) == 4


async def test_sonarqube_generic_issues_validate_with_rules_and_zero_based_columns(
    channel,
) -> None:
    doc = json.loads(await report(channel, "sonarqube"))
    SONAR.validate(doc)
    assert [(r["id"], r["cleanCodeAttribute"], r["impacts"]) for r in doc["rules"]] == [
        ("no-eval", "TRUSTWORTHY", [{"softwareQuality": "SECURITY", "severity": "HIGH"}]),
        ("sql-concat", "CONVENTIONAL",
         [{"softwareQuality": "MAINTAINABILITY", "severity": "MEDIUM"}]),
        ("todo", "CONVENTIONAL", [{"softwareQuality": "MAINTAINABILITY", "severity": "LOW"}]),
    ]  # fmt: skip
    assert [(i["ruleId"], i["primaryLocation"]["textRange"]) for i in doc["issues"]] == [
        ("no-eval", {"startLine": 2}),
        # columns 5..9 counted from 1 are 4..8 counted from 0
        ("no-eval", {"startLine": 3, "endLine": 3, "startColumn": 4, "endColumn": 8}),
        ("sql-concat", {"startLine": 10}),
        ("todo", {"startLine": 7}),
    ]


async def test_console_lists_violations_by_file_then_gates_then_totals(channel) -> None:
    assert await report(channel, "console") == (
        "drift report for projects/default\n"
        "\nlib/x.py\n"
        "  2        warning  Use of eval  [no-eval]\n"
        "\nsrc/app.py\n"
        "  3:5      error    Use of eval  [no-eval]\n"
        "  10       warning  SQL built by concatenation  [sql-concat] (new)\n"
        "\nsrc/util.py\n"
        "  7        info     TODO left <script>alert(1)</script>  [todo]\n"
        "\ngates\n"
        "  pattern-compliance  passed  score 100.0  all patterns compliant\n"
        "  security-boundaries  failed  score 40.0  2 boundary violations\n"
        "\n4 violations in 3 files: 1 error, 2 warnings, 1 info, 0 hints\n"
    )


async def test_github_workflow_commands_escape_data_and_properties(channel) -> None:
    assert (await report(channel, "github", include_suppressed=True)).splitlines() == [
        "::warning file=lib/x.py,line=2,title=no-eval::Use of eval",
        "::error file=src/app.py,line=3,col=5,endLine=3,endColumn=9,title=no-eval::Use of eval",
        "::warning file=src/app.py,line=10,title=sql-concat::SQL built by concatenation",
        "::notice file=src/util.py,line=7,title=todo::TODO left <script>alert(1)</script>",
        # ":" and "," escaped in the title; %, CR and LF in the message
        "::notice file=src/util.py,line=9,title=todo%3Av2%2Cbeta::[suppressed] later, maybe"
        "%0D%0A100%25",
        "::error title=drift gate security-boundaries::2 boundary violations",
    ]


# --- streaming, empty projects, bad requests -----------------------------------------------


async def test_a_large_report_arrives_in_chunks_that_reassemble_into_one_valid_document(
    tmp_path: Path,
) -> None:
    """5,000 violations: read in ten pages of 500, sent in chunks of at most 64 KiB. (JUnit,
    since junitparser reads it in a fraction of the time jsonschema takes over 5,000 items.)"""
    db = tmp_path / "drift.db"
    many = [
        V(id=f"v{i:05d}", file=f"src/m{i % 50}.py", line=i + 1, severity="warning",
          pattern_id="p", rule_id=f"rule-{i % 7}", message=f"violation {i} " + "x" * 100)
        for i in range(5000)
    ]  # fmt: skip
    write_directly(db, [(BY_NAME["violations"], many)])
    async with serving(db) as server, grpc.aio.insecure_channel(server.address) as channel:
        messages = await stream(channel, "junit")
    sizes = [len(m.chunk) for m in messages]
    xml = JUnitXml.fromstring(b"".join(m.chunk for m in messages).decode())
    names = {suite.name: [case.name for case in suite] for suite in xml}
    assert len(messages) > 1 and max(sizes) <= 64 * 1024
    assert [(m.content_type, m.file_extension) for m in messages[:2]] == [
        ("application/xml", ".xml"),
        ("", ""),
    ]
    # Each violation once, in its rule's suite, in (file, line) order within the rule.
    assert names == {
        f"rule-{r}": [
            f"{v.file}:{v.line}"
            for v in sorted(many, key=lambda v: (v.file, v.line))
            if v.rule_id == f"rule-{r}"
        ]
        for r in range(7)
    }
    assert xml.tests == 5000


@pytest.mark.parametrize("format", FORMATS)
async def test_an_empty_project_gives_a_valid_empty_report(empty, format: str) -> None:
    assert accepted(format, await report(empty, format)) == 0


@pytest.mark.parametrize("format", FORMATS)
async def test_every_format_is_accepted_by_its_consumer(channel, format: str) -> None:
    """All five violations (v4 suppressed) reach every format's consumer."""
    assert accepted(format, await report(channel, format, include_suppressed=True)) == 5


async def test_formats_are_matched_in_any_case(channel) -> None:
    assert await report(channel, "SARIF") == await report(channel, "sarif")


@pytest.mark.parametrize("format", ["pdf", ""])
async def test_an_unknown_or_missing_format_is_refused_naming_the_accepted_ones(
    empty, format: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await stream(empty, format)
    refused = failure(raised.value)
    assert (refused.code, refused.reason, refused.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "FIELD_INVALID",
        ["format"],
    )
    assert "sarif, json, html, junit, sonarqube, console, github, gitlab" in refused.message


async def test_an_unknown_project_is_not_found(empty) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await stream(empty, "json", project="projects/nope")
    assert failure(raised.value).reason == "PROJECT_NOT_FOUND"


# --- query plans ---------------------------------------------------------------------------


@pytest.fixture
def conn(tmp_path: Path) -> apsw.Connection:
    db = tmp_path / "drift.db"
    write_directly(db, [(BY_NAME["violations"], VIOLATIONS), (BY_NAME["gate_results"], GATES)])
    connection = Database.at(db).open_writer()
    migrate(connection, SCHEMA)
    return connection


def test_every_report_read_is_served_by_an_index(conn: apsw.Connection) -> None:
    after = ("src/app.py", 3, "v1")
    assert plan_problems(conn, rows.violations_page, False, None, 500) == []
    assert plan_problems(conn, rows.violations_page, True, after, 500) == []
    assert plan_problems(conn, rows.violations_page, False, None, 500, "todo") == []
    assert plan_problems(conn, rows.violations_page, False, after, 500, "no-eval") == []
    # Sorts one row per gate.
    assert plan_problems(conn, rows.latest_gates, sorts=True) == []
    # Summaries count every violation.
    assert plan_problems(conn, rows.totals, False, whole_table=["violations"]) == []
    assert plan_problems(conn, rows.rule_totals, True, whole_table=["violations"]) == []
