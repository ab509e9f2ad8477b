"""``drift-services``: run, migrate and inspect the Drift storage services.

    drift-services serve drift|cortex|bridge [--db PATH] [--host H] [--port N] ...
    drift-services up [--data-dir DIR] [--scan PATH] [server options]
    drift-services migrate [drift|cortex|bridge ...] [--data-dir DIR] [--check]
    drift-services status [drift|cortex|bridge]
    drift-services scan [PATH] [--json] [--force-full] [...]
    drift-services scans|files|functions [--json] [--page-size N] [--page-token T] [--all] [...]
    drift-services callers|callees FUNCTION [--json] [...]

Server and address options can also be set with ``DRIFT_SERVICES_*`` environment variables
(``--read-pool-size`` is ``DRIFT_SERVICES_READ_POOL_SIZE``); ``--help`` on each command shows
each option's variable.
"""

from __future__ import annotations

import services.cli.grpc_quiet  # noqa: F401  (first: before anything imports grpc)

# isort: split
import argparse
import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

from services.cli.definitions import definition
from services.cli.errors import error_line
from services.cli.logs import configure_logging
from services.common import errors
from services.common.config import (
    DATA_DIR,
    DEFAULT_HOST,
    DEFAULT_PORTS,
    HOST,
    INTEGRITY_CHECK,
    SERVER_OPTIONS,
    SERVICES,
    Option,
    ServerConfig,
    add_options,
    port_number,
)
from services.common.database import Database
from services.common.migrations import read_version
from services.common.storage import open_database

ADDRESS_OPTIONS = [
    Option(f"--{name}-address", str, f"{DEFAULT_HOST}:{port}", f"address of the {name} service")
    for name, port in DEFAULT_PORTS.items()
]
SERVE_OPTIONS = [
    Option("--db", str, None, "database file; ':memory:' for a throw-away test database",
           "<data-dir>/<service>.db"),
    Option("--port", port_number, None, "port to listen on; 0 picks a free one",
           "50051 drift, 50052 cortex, 50053 bridge"),
]  # fmt: skip
PORT_OPTIONS = [
    Option(f"--{name}-port", port_number, port, f"port of the {name} service")
    for name, port in DEFAULT_PORTS.items()
]


def cmd_serve(args: argparse.Namespace) -> int:
    from services.common.server import serve

    config = ServerConfig.from_args(args)
    configure_logging(config.log_level, config.log_format)
    asyncio.run(serve(definition(config.service), config))
    return 0


def _allowed_roots(args: argparse.Namespace) -> str:
    """``--allowed-roots`` of ``up``'s children: the given ones (default: the working directory),
    plus the directory ``--scan`` names, so that ``up --scan PATH`` may scan PATH."""
    roots = [r for r in args.allowed_roots.split(os.pathsep) if r] or [os.getcwd()]
    resolved = [Path(r).resolve() for r in roots]
    if args.scan is not None:
        target = Path(args.scan).resolve()
        if not any(target == root or root in target.parents for root in resolved):
            resolved.append(target)
    return os.pathsep.join(str(root) for root in resolved)


def _child_args(args: argparse.Namespace) -> list[str]:
    """The server options of ``up`` as flags of each ``serve`` child (host, port and database
    are the supervisor's)."""
    extra = []
    for option in SERVER_OPTIONS:
        if option in (HOST, DATA_DIR):
            continue
        value = getattr(args, option.dest)
        if option.dest == "allowed_roots":
            value = _allowed_roots(args)
        extra += [option.flag, option.text(value)]
    return extra


def _where_results_are(args: argparse.Namespace, project: str) -> str:
    """After ``up --scan`` into ``project``: where the results are and the commands that show
    them (which find the project from the working directory, or need ``--project``)."""
    data_dir = Path(args.data_dir).resolve()
    addresses = {
        name: f" --{name}-address {args.host}:{getattr(args, f'{name}_port')}"
        for name in SERVICES
        if (args.host, getattr(args, f"{name}_port")) != (DEFAULT_HOST, DEFAULT_PORTS[name])
    }
    drift = addresses.get("drift", "")
    scanned = Path(args.scan).resolve()
    if not (scanned == Path.cwd() or scanned in Path.cwd().parents):  # found from the cwd
        drift += f" --project {project.removeprefix('projects/')}"
    return (
        f"up: results in project {project} (data directory {data_dir}); look at them with"
        f" `drift-services status{''.join(addresses.values())}`, `drift-services files{drift}`"
        f" and `drift-services functions{drift}`"
    )


def cmd_up(args: argparse.Namespace) -> int:
    from services.cli.supervisor import Job, Supervisor

    configure_logging(args.log_level, args.log_format)
    ports = {name: getattr(args, f"{name}_port") for name in SERVICES}
    if 0 in ports.values() or len(set(ports.values())) != len(ports):
        raise errors.InvalidArgument(
            errors.FieldViolation("--drift-port", "up needs three distinct, non-zero ports")
        )
    supervisor = Supervisor(Path(args.data_dir), args.host, ports, _child_args(args))
    address = f"{args.host}:{ports['drift']}"
    job = None
    if args.scan is not None:
        from rich.console import Console

        from services.cli.scan import run_scan
        from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb

        async def scan(stop: asyncio.Event) -> int:
            import grpc

            from services.cli.projects import for_scan

            async with grpc.aio.insecure_channel(address) as channel:
                project = await for_scan(channel, None, Path(args.scan))
            code = await run_scan(
                address, Path(args.scan), pb.ScanOptions(), False, Console(), stop=stop,
                project=project,
            )  # fmt: skip
            if code == 0:
                print(_where_results_are(args, project), flush=True)
            return code

        job = Job(f"scan of {args.scan}", scan)

    return asyncio.run(supervisor.run(job))


def _databases(names: list[str], args: argparse.Namespace) -> list[tuple[str, Database]]:
    """The databases ``migrate`` works on: ``--db``, else each service's file in the data
    directory, and for drift every project's database there."""
    from services.drift_storage.projects.layout import Layout

    if args.db:
        return [(names[0], Database.at(args.db))]
    found = []
    for name in names:
        if name == "drift":
            layout = Layout(Path(args.data_dir))
            databases = layout.discover().values()
            if not databases:
                print(f"drift: no projects in {layout.projects_dir}")
            found += [(name, Database.at(path)) for path in databases]
        else:
            found.append((name, Database.at(Path(args.data_dir) / f"{name}.db")))
    return found


def cmd_migrate(args: argparse.Namespace) -> int:
    names = args.services or list(SERVICES)
    unknown = sorted(set(names) - set(SERVICES))
    if unknown:
        raise errors.InvalidArgument(
            errors.FieldViolation("SERVICE", f"unknown service {unknown[0]!r}")
        )
    if args.db and len(names) != 1:
        raise errors.InvalidArgument(
            errors.FieldViolation("--db", "needs exactly one service name")
        )
    for name, database in _databases(names, args):
        service = definition(name)
        label = f"{name} database {database}"
        if args.check:
            inspector = database.open_inspector()
            try:
                version = 0 if inspector is None else read_version(inspector, service.schema, label)
            finally:
                if inspector is not None:
                    inspector.close()
            latest = service.schema.latest
            state = "up to date" if version == latest else f"{latest - version} pending"
            print(f"{name}: {database} at version {version} of {latest} ({state})")
            continue
        opened = open_database(
            database, service.schema, label, integrity_check=args.integrity_check
        )
        opened.conn.close()
        if opened.lock is not None:
            opened.lock.release()
        report = opened.report
        applied = ", ".join(report.applied) or "nothing to apply"
        versions = f"{report.from_version} -> {report.to_version}"
        print(f"{name}: {database} version {versions} ({applied})")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from services.cli.health import check

    names = [args.service] if args.service else list(SERVICES)

    async def statuses() -> list[str]:
        return await asyncio.gather(*(check(getattr(args, f"{name}_address")) for name in names))

    results = asyncio.run(statuses())
    for name, status in zip(names, results, strict=True):
        print(f"{name:<7} {getattr(args, f'{name}_address'):<22} {status}")
    return 0 if all(status == "SERVING" for status in results) else 1


def _scan_options(args: argparse.Namespace) -> Any:
    from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb

    return pb.ScanOptions(
        force_full=args.force_full,
        max_file_size=args.max_file_size,
        include=args.include,
        extra_ignore=args.extra_ignore,
        follow_symlinks=args.follow_symlinks,
    )


def cmd_scan(args: argparse.Namespace) -> int:
    from rich.console import Console

    from services.cli.scan import run_scan

    async def scan() -> int:
        # The first Ctrl-C or SIGTERM cancels the scan on the service and shows what it did; a
        # second one stops waiting for that.
        stop = asyncio.Event()
        task = asyncio.current_task()
        assert task is not None

        def on_signal() -> None:
            if stop.is_set():
                task.cancel()
            stop.set()

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, on_signal)
        return await run_scan(
            args.drift_address,
            Path(args.path),
            _scan_options(args),
            args.json,
            Console(),
            replace_root=args.replace_root,
            stop=stop,
            project=args.project,
        )

    try:
        return asyncio.run(scan())
    except asyncio.CancelledError:
        return 130


# -- projects (services/cli/projects.py) ------------------------------------------------------


def cmd_projects(args: argparse.Namespace) -> int:
    from services.cli import projects

    address = args.drift_address
    if args.action == "list":
        return asyncio.run(projects.list_projects(address, args.json))
    if args.action == "create":
        work = projects.create_project(
            address, args.id, Path(args.root), args.display_name, args.json
        )
        return asyncio.run(work)
    if args.action == "delete":
        return asyncio.run(projects.delete_project(address, args.id))
    root = Path(args.root) if args.root else None
    work = projects.import_project(
        address, Path(args.path), args.project, root, args.move, args.json
    )
    return asyncio.run(work)


def _add_project_commands(commands: Any) -> None:
    """``projects list|create|delete|import``."""
    group = commands.add_parser("projects", help="the drift service's projects")
    actions = group.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="every project, by id")
    create = actions.add_parser("create", help="create a project rooted at a directory")
    create.add_argument("id", metavar="ID", help="lowercase letters, digits and hyphens")
    create.add_argument("--root", required=True, metavar="DIR", help="the repository's directory")
    create.add_argument("--display-name", default="", help="a name shown to people")
    delete = actions.add_parser("delete", help="delete a project and its database")
    delete.add_argument("id", metavar="ID")
    imported = actions.add_parser(
        "import", help="make an existing drift.db (ours or the Rust system's) a project"
    )
    imported.add_argument("path", metavar="PATH", help="the drift.db file")
    imported.add_argument("--project", required=True, metavar="ID", help="the new project's id")
    imported.add_argument(
        "--root", metavar="DIR", help="the project's root (default: the one the database records)"
    )
    imported.add_argument("--move", action="store_true", help="move the file instead of copying it")
    for parser in (listing, create, delete, imported):
        if parser is not delete:
            parser.add_argument("--json", action="store_true", help="print JSON")
        add_options(parser, ADDRESS_OPTIONS[:1])
        parser.set_defaults(handler=cmd_projects)


# -- memories (services/cli/memories.py) --------------------------------------------------------


def cmd_memories(args: argparse.Namespace) -> int:
    from services.cli import memories

    address = args.cortex_address
    if args.action == "add":
        content = memories.content_of(args.type, args.content, args.content_json)
        work = memories.add(
            address, args.type, content, args.summary, args.tag, args.importance, args.json
        )
        return asyncio.run(work)
    return asyncio.run(memories.get(address, args.id, args.json))


def _add_memory_commands(commands: Any) -> None:
    """``memories add|get``."""
    group = commands.add_parser("memories", help="the cortex service's memories")
    actions = group.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a memory")
    add.add_argument("--type", required=True, metavar="TYPE", help="one of the 23 memory types")
    text = add.add_mutually_exclusive_group(required=True)
    text.add_argument("--content", metavar="TEXT", help="the type's main text")
    text.add_argument("--content-json", metavar="JSON", help="the type's whole content object")
    add.add_argument("--summary", default="", help="a one-line summary")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument("--importance", default="", help="low, normal (default), high or critical")
    get = actions.add_parser("get", help="a memory with its links")
    get.add_argument("id", metavar="ID")
    for parser in (add, get):
        parser.add_argument("--json", action="store_true", help="print JSON")
        add_options(parser, ADDRESS_OPTIONS[1:2])
        parser.set_defaults(handler=cmd_memories)


# -- results: scans, files, functions, callers, callees (services/cli/results.py) -------------


class _VersionAction(argparse.Action):
    """``--version``: the installed distribution's version, looked up only when asked for
    (importlib.metadata costs every other command ~20 ms of start-up)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            shown = version("drift-services")
        except PackageNotFoundError:  # run from a source tree that was never installed
            shown = "(not installed)"
        print(f"{parser.prog} {shown}")
        parser.exit()


def cmd_scans(args: argparse.Namespace) -> int:
    from services.cli import results
    from services.cli.paging import Paging

    paging = Paging.from_args(args)
    return asyncio.run(
        results.list_scans(args.drift_address, args.project, args.status, paging, args.json)
    )


def cmd_files(args: argparse.Namespace) -> int:
    from services.cli import results
    from services.cli.paging import Paging

    paging = Paging.from_args(args)
    return asyncio.run(
        results.list_files(args.drift_address, args.project, args.language, paging, args.json)
    )


def cmd_functions(args: argparse.Namespace) -> int:
    from services.cli import results
    from services.cli.paging import Paging

    paging = Paging.from_args(args)
    work = results.list_functions(
        args.drift_address, args.project, args.file, args.qualified_name, paging, args.json
    )
    return asyncio.run(work)


def cmd_calls(args: argparse.Namespace) -> int:
    from services.cli import results
    from services.cli.paging import Paging

    other = "caller" if args.command == "callers" else "callee"
    work = results.list_calls(
        args.drift_address, args.project, args.function, other, Paging.from_args(args), args.json
    )
    return asyncio.run(work)


def cmd_diff(args: argparse.Namespace) -> int:
    from services.cli import findings
    from services.cli.paging import Paging

    work = findings.diff(
        args.drift_address,
        args.project,
        args.base,
        args.head,
        args.state,
        Paging.from_args(args),
        args.json,
        args.fail_on_new,
    )
    return asyncio.run(work)


def cmd_check(args: argparse.Namespace) -> int:
    from services.cli import enforcement

    return asyncio.run(
        enforcement.check(args.drift_address, args.project, args.new_only, args.json)
    )


def cmd_audit(args: argparse.Namespace) -> int:
    from services.cli import enforcement

    return asyncio.run(enforcement.audit(args.drift_address, args.project, args.json))


def cmd_violations(args: argparse.Namespace) -> int:
    from services.cli import enforcement
    from services.cli.paging import Paging

    filters = {
        "file": args.file,
        "severity": args.severity,
        "rule_id": args.rule,
        "pattern_id": args.pattern,
        "suppressed": args.suppressed,
        "is_new": True if args.new else None,
    }
    work = enforcement.violations(
        args.drift_address, args.project, filters, Paging.from_args(args), args.json
    )
    return asyncio.run(work)


def cmd_report(args: argparse.Namespace) -> int:
    from services.cli import enforcement

    work = enforcement.report(
        args.drift_address,
        args.project,
        args.format,
        args.baseline,
        args.include_suppressed,
        Path(args.output) if args.output else None,
    )
    return asyncio.run(work)


def _add_enforcement_commands(commands: Any) -> None:
    """Register check, audit, violations and report."""
    from services.cli.paging import add_listing_arguments

    check = commands.add_parser("check", help="the quality gates: exit 3 if one failed")
    check.add_argument(
        "--new-only",
        action="store_true",
        help="judge only the violations the latest recorded scan brought",
    )
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    audit = commands.add_parser(
        "audit", help="score the project's health and approve the patterns that qualify"
    )
    audit.add_argument("--json", action="store_true", help="print the result as JSON")
    listing = commands.add_parser("violations", help="the violations, by id")
    add_listing_arguments(listing)
    listing.add_argument("--file", help="only the violations of this file (relative path)")
    listing.add_argument("--severity", help="error, warning, info or hint (any case)")
    listing.add_argument("--rule", help="only the violations of this rule id")
    listing.add_argument("--pattern", help="only the violations of this pattern id")
    listing.add_argument(
        "--suppressed",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="only suppressed (--suppressed) or only open (--no-suppressed) violations",
    )
    listing.add_argument("--new", action="store_true", help="only violations marked new")
    report = commands.add_parser("report", help="a report of the violations, streamed")
    report.add_argument(
        "--format",
        required=True,
        help="sarif, json, html, junit, sonarqube, console, github or gitlab",
    )
    report.add_argument(
        "--baseline",
        type=int,
        default=0,
        metavar="SCAN",
        help="SARIF: mark each result new, unchanged, updated or absent against scan SCAN",
    )
    report.add_argument("--include-suppressed", action="store_true")
    report.add_argument("--output", metavar="FILE", help="write to FILE [default stdout]")
    handlers = [(check, cmd_check), (audit, cmd_audit), (listing, cmd_violations),
                (report, cmd_report)]  # fmt: skip
    for parser, handler in handlers:
        parser.add_argument(
            "--project",
            metavar="ID",
            help="the project (default: the one whose root holds the working directory, else"
            " default)",
        )
        add_options(parser, ADDRESS_OPTIONS[:1])
        parser.set_defaults(handler=handler)


def _add_result_commands(commands: Any) -> None:
    """Register the commands that list the drift service's results."""
    from services.cli.paging import add_listing_arguments

    scans = commands.add_parser("scans", help="the scan history, oldest first")
    scans.add_argument("--status", help="only scans of this status (complete, partial, ...)")
    files = commands.add_parser("files", help="the recorded files, by path")
    files.add_argument("--language", help="only files of this language (e.g. Python)")
    functions = commands.add_parser("functions", help="the extracted functions, by id")
    functions.add_argument("--file", help="only the functions of this file (relative path)")
    functions.add_argument("--qualified-name", help="only functions of this qualified name")
    callers = commands.add_parser("callers", help="the functions that call FUNCTION")
    callees = commands.add_parser("callees", help="the functions FUNCTION calls")
    for calls in (callers, callees):
        calls.add_argument("function", metavar="FUNCTION", help="id, FILE:NAME or FILE:NAME:LINE")
    diff = commands.add_parser(
        "diff", help="the findings new, fixed or persisting between scans BASE and HEAD"
    )
    diff.add_argument("base", metavar="BASE", type=int, help="the scan compared against")
    diff.add_argument("head", metavar="HEAD", type=int, help="the scan compared")
    diff.add_argument(
        "--state", choices=("new", "fixed", "persisting"), default="new", help="[default new]"
    )
    diff.add_argument(
        "--fail-on-new", action="store_true", help="exit 3 if HEAD has findings BASE lacks"
    )
    for parser, handler in [(scans, cmd_scans), (files, cmd_files), (functions, cmd_functions),
                            (callers, cmd_calls), (callees, cmd_calls),
                            (diff, cmd_diff)]:  # fmt: skip
        add_listing_arguments(parser)
        parser.add_argument(
            "--project",
            metavar="ID",
            help="the project (default: the one whose root holds the working directory, else"
            " default)",
        )
        add_options(parser, ADDRESS_OPTIONS[:1])
        parser.set_defaults(handler=handler)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drift-services", description="Drift storage services (drift, cortex, bridge)."
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run one service in the foreground")
    serve.add_argument("service", choices=SERVICES)
    add_options(serve, [*SERVE_OPTIONS, *SERVER_OPTIONS])
    serve.set_defaults(handler=cmd_serve)

    up = commands.add_parser("up", help="run all three services until Ctrl-C")
    add_options(up, [*SERVER_OPTIONS, *PORT_OPTIONS])
    up.add_argument(
        "--scan", metavar="PATH", help="once up, scan PATH (added to the allowed roots)"
    )
    up.set_defaults(handler=cmd_up)

    mig = commands.add_parser("migrate", help="apply migrations and report schema versions")
    mig.add_argument("services", nargs="*", metavar="SERVICE", help="drift, cortex or bridge")
    mig.add_argument("--db", help="database file, with exactly one SERVICE")
    mig.add_argument("--check", action="store_true", help="report versions without migrating")
    add_options(mig, [DATA_DIR, INTEGRITY_CHECK])
    mig.set_defaults(handler=cmd_migrate)

    status = commands.add_parser("status", help="health of the three services")
    status.add_argument("service", nargs="?", choices=SERVICES, help="check only this service")
    add_options(status, ADDRESS_OPTIONS)
    status.set_defaults(handler=cmd_status)

    scan = commands.add_parser("scan", help="scan PATH with the drift service")
    scan.add_argument("path", nargs="?", default=".")
    scan.add_argument("--json", action="store_true", help="print the summary as JSON")
    scan.add_argument("--force-full", action="store_true", help="re-read unchanged files too")
    scan.add_argument("--max-file-size", type=int, default=0, help="bytes; 0 means 1 MiB")
    scan.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="PATTERN",
        help="only files matching this gitignore-style pattern (repeatable)",
    )
    scan.add_argument(
        "--extra-ignore",
        action="append",
        default=[],
        metavar="PATTERN",
        help="also skip files matching this pattern (repeatable)",
    )
    scan.add_argument("--follow-symlinks", action="store_true")
    scan.add_argument(
        "--replace-root",
        action="store_true",
        help="make PATH the project's root even if the database holds another project (whose"
        " files are then removed)",
    )
    scan.add_argument(
        "--project",
        metavar="ID",
        help="the project to scan into (default: the one whose root holds PATH, created if none"
        " does)",
    )
    add_options(scan, ADDRESS_OPTIONS[:1])
    scan.set_defaults(handler=cmd_scan)

    _add_project_commands(commands)
    _add_memory_commands(commands)

    _add_result_commands(commands)
    _add_enforcement_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        line = error_line(exc)
        if line is None:  # a bug: its traceback is what a report needs
            raise
        print(f"drift-services {args.command}: error: {line}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
