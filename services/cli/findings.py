"""``drift-services diff BASE HEAD``: what changed between two scans, through ``DiffFindings``.

It prints the counts of new, fixed and persisting findings per level, then the findings of one
state (new by default). With ``--fail-on-new`` the exit code says whether the head scan brought
new findings (``FAILED_EXIT``), which is what a CI job gates a change on.
"""

from __future__ import annotations

from pathlib import Path

import grpc
from rich.table import Table

from services.cli import projects
from services.cli.output import message_dict, print_json, print_next_page, print_table
from services.cli.paging import RPC_TIMEOUT_S, Paging, fetch
from services.contracts.drift.enforcement.v1 import findings_pb2 as pb
from services.contracts.drift.enforcement.v1 import findings_pb2_grpc

# Exit code of a check that ran and failed (new findings, failed gates): distinct from 1, an
# error that kept the command from answering, and 2, a bad flag.
FAILED_EXIT = 3
STATES = {"new": pb.FINDING_STATE_NEW, "fixed": pb.FINDING_STATE_FIXED,
          "persisting": pb.FINDING_STATE_PERSISTING}  # fmt: skip


def _counts_line(response: pb.DiffFindingsResponse) -> str:
    by_state: dict[int, list[str]] = {}
    for count in response.counts:
        by_state.setdefault(count.state, []).append(f"{count.count:,} {count.level}")
    parts = []
    for name, state in STATES.items():
        total = getattr(response, f"{name}_count")
        levels = f" ({', '.join(by_state[state])})" if state in by_state else ""
        parts.append(f"{total:,} {name}{levels}")
    return ", ".join(parts)


async def diff(
    address: str,
    project: str | None,
    base: int,
    head: int,
    state: str,
    paging: Paging,
    as_json: bool,
    fail_on_new: bool,
) -> int:
    """``diff``: the findings of ``state`` between scans ``base`` and ``head``; the exit code."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = findings_pb2_grpc.FindingsServiceStub(channel)
        request = pb.DiffFindingsRequest(
            project=await projects.choose(channel, project, Path.cwd()),
            base_scan=base,
            head_scan=head,
            state=STATES[state],
        )
        # The counts come with every page; a page of one fetches them before the listing.
        request.page_size = 1
        first = await stub.DiffFindings(request, timeout=RPC_TIMEOUT_S)
        rows, token = await fetch(stub.DiffFindings, request, "findings", paging)
    if as_json:
        print_json([message_dict(row) for row in rows])
    else:
        print(f"scan {base} -> scan {head}: {_counts_line(first)}")
        table = Table("level", "kind", "rule", "location", "message", title=f"{state} findings")
        for row in rows:
            table.add_row(row.level, row.kind, row.rule, f"{row.file}:{row.line}", row.message)
        print_table(table)
    print_next_page(f"{state} findings", token)
    return FAILED_EXIT if fail_on_new and first.new_count else 0
