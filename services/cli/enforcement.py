"""``drift-services check|audit|violations|report``: the project's quality gates, health,
violations and reports, through ``EnforcementService`` and ``ReportsService``.

``check`` is what a CI job runs: exit code 0 when every gate passed, ``FAILED_EXIT`` when one
failed (``--new-only``: judged on the violations the latest recorded scan brought). ``report``
streams a report to stdout or to ``--output`` as the service renders it, chunk by chunk.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import grpc
from rich.table import Table

from services.cli import projects
from services.cli.findings import FAILED_EXIT
from services.cli.output import message_dict, print_json, print_next_page, print_table
from services.cli.paging import RPC_TIMEOUT_S, Paging, fetch
from services.contracts.drift.enforcement.v1 import enforcement_pb2 as pb
from services.contracts.drift.enforcement.v1 import enforcement_pb2_grpc, reports_pb2_grpc
from services.contracts.drift.enforcement.v1 import reports_pb2 as rpb

# A report is streamed; the whole of it may take longer than one RPC's usual deadline.
REPORT_TIMEOUT_S = 600.0


def _counts(counts: pb.ViolationSeverityCounts) -> str:
    return ", ".join(
        f"{getattr(counts, level):,} {level}" for level in ("error", "warning", "info", "hint")
    )


async def check(address: str, project: str | None, new_only: bool, as_json: bool) -> int:
    """``check``: each gate's latest result and the open violations; the exit code."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = enforcement_pb2_grpc.EnforcementServiceStub(channel)
        request = pb.CheckRequest(
            project=await projects.choose(channel, project, Path.cwd()), new_only=new_only
        )
        result = await stub.Check(request, timeout=RPC_TIMEOUT_S)
    if as_json:
        print_json(
            [
                {
                    "overall_passed": result.overall_passed,
                    "total_violations": result.total_violations,
                    **message_dict(result.severity_counts),
                    "failing_gate_ids": list(result.failing_gate_ids),
                    "gates": [message_dict(gate) for gate in result.gates],
                }
            ]
        )
    else:
        table = Table("gate", "status", "passed", "score", "violations", "summary", title="gates")
        for gate in result.gates:
            table.add_row(
                gate.gate_id,
                gate.status,
                "yes" if gate.passed else "no",
                f"{gate.score:.1f}",
                f"{gate.violation_count:,}",
                gate.summary,
            )
        print_table(table)
        which = "new open violations" if new_only else "open violations"
        print(f"{result.total_violations:,} {which}: {_counts(result.severity_counts)}")
        failing = ", ".join(result.failing_gate_ids)
        print("check passed" if result.overall_passed else f"check failed: {failing}")
    return 0 if result.overall_passed else FAILED_EXIT


async def audit(address: str, project: str | None, as_json: bool) -> int:
    """``audit``: the health score and its breakdown (the audit also records them, and approves
    the patterns that meet the thresholds)."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = enforcement_pb2_grpc.EnforcementServiceStub(channel)
        request = pb.AuditRequest(project=await projects.choose(channel, project, Path.cwd()))
        result = await stub.Audit(request, timeout=RPC_TIMEOUT_S)
    if as_json:
        data = message_dict(result)
        data["breakdown"] = message_dict(result.breakdown)
        data["trend"] = pb.AuditTrend.Name(result.trend).removeprefix("AUDIT_TREND_").lower()
        data["degradation_alerts"] = [message_dict(a) for a in result.degradation_alerts]
        print_json([data])
        return 0
    trend = pb.AuditTrend.Name(result.trend).removeprefix("AUDIT_TREND_").lower()
    table = Table("factor", "value", title=f"health {result.health_score:.1f} ({trend})")
    for field in result.breakdown.DESCRIPTOR.fields:
        has = not field.has_presence or result.breakdown.HasField(field.name)
        value = getattr(result.breakdown, field.name)
        table.add_row(field.name, f"{value:.3f}" if has else "(no data)")
    print_table(table)
    print(
        f"{result.pattern_count:,} patterns: {result.auto_approved_count:,} approved"
        f" automatically, {result.needs_review_count:,} need review,"
        f" {result.likely_false_positive_count:,} likely false positives;"
        f" data completeness {result.data_completeness:.0%}"
    )
    for alert in result.degradation_alerts:
        print(f"alert ({alert.severity}): {alert.message}")
    return 0


async def violations(
    address: str,
    project: str | None,
    filters: dict[str, Any],
    paging: Paging,
    as_json: bool,
) -> int:
    """``violations``: the violations, by id, with the given filters."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = enforcement_pb2_grpc.EnforcementServiceStub(channel)
        request = pb.ListViolationsRequest(
            parent=await projects.choose(channel, project, Path.cwd()),
            **{key: value for key, value in filters.items() if value is not None},
        )
        rows, token = await fetch(stub.ListViolations, request, "violations", paging)
    if as_json:
        print_json([message_dict(row) for row in rows])
    else:
        table = Table("id", "severity", "rule", "location", "message", "state", title="violations")
        for row in rows:
            state = ", ".join(
                word for word, on in (("suppressed", row.suppressed), ("new", row.is_new)) if on
            )
            table.add_row(
                row.id, row.severity, row.rule_id, f"{row.file}:{row.line}", row.message, state
            )
        print_table(table)
    print_next_page("violations", token)
    return 0


async def report(
    address: str,
    project: str | None,
    format: str,
    baseline: int,
    include_suppressed: bool,
    output: Path | None,
) -> int:
    """``report``: the report streamed to ``output`` (stdout when None)."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = reports_pb2_grpc.ReportsServiceStub(channel)
        request = rpb.StreamReportRequest(
            project=await projects.choose(channel, project, Path.cwd()),
            format=format,
            baseline_scan=baseline,
            include_suppressed=include_suppressed,
        )
        call = stub.StreamReport(request, timeout=REPORT_TIMEOUT_S)
        if output is None:
            async for message in call:
                sys.stdout.buffer.write(message.chunk)
            sys.stdout.buffer.flush()
            return 0
        # Written beside OUTPUT and renamed once whole: a failed report leaves no half a file.
        partial = output.with_name(output.name + ".partial")
        try:
            with partial.open("wb") as sink:
                async for message in call:
                    sink.write(message.chunk)
            partial.replace(output)
        finally:
            partial.unlink(missing_ok=True)
    return 0
