"""``drift-services``: run, migrate and inspect the Drift storage services.

    drift-services serve drift|cortex|bridge [--db PATH] [--host H] [--port N] ...
    drift-services up [--data-dir DIR] [--ingest PATH]
    drift-services migrate [drift|cortex|bridge ...] [--data-dir DIR] [--check]
    drift-services status
    drift-services scan [PATH] [--json] [--force-full] [...]
    drift-services ingest PATH

Server and address options can also be set with ``DRIFT_SERVICES_*`` environment variables
(``--read-pool-size`` is ``DRIFT_SERVICES_READ_POOL_SIZE``); ``--help`` on each command shows
each option's variable.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

from services.cli.definitions import definition
from services.common import errors
from services.common.config import (
    DATA_DIR,
    DEFAULT_HOST,
    DEFAULT_PORTS,
    HOST,
    INTEGRITY_CHECK,
    LOG_LEVEL,
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


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


def cmd_serve(args: argparse.Namespace) -> int:
    from services.common.server import serve

    config = ServerConfig.from_args(args)
    _configure_logging(config.log_level)
    asyncio.run(serve(definition(config.service), config))
    return 0


def cmd_up(args: argparse.Namespace) -> int:
    from services.cli.file_listing import ingest_directory
    from services.cli.supervisor import Supervisor

    ports = {name: getattr(args, f"{name}_port") for name in SERVICES}
    if 0 in ports.values() or len(set(ports.values())) != len(ports):
        raise errors.InvalidArgument(
            errors.FieldViolation("--drift-port", "up needs three distinct, non-zero ports")
        )
    extra = ["--log-level", args.log_level]
    supervisor = Supervisor(Path(args.data_dir), args.host, ports, extra)
    address = f"{args.host}:{ports['drift']}"
    job = None
    if args.scan is not None:
        from rich.console import Console

        from services.cli.scan import run_scan
        from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb

        async def job() -> int:
            return await run_scan(address, Path(args.scan), pb.ScanOptions(), False, Console())
    elif args.ingest is not None:

        async def job() -> int:
            return await ingest_directory(address, Path(args.ingest))

    return asyncio.run(supervisor.run(job))


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
    for name in names:
        service = definition(name)
        database = Database.at(args.db or Path(args.data_dir) / f"{name}.db")
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

    async def statuses() -> list[str]:
        return await asyncio.gather(*(check(getattr(args, f"{name}_address")) for name in SERVICES))

    results = asyncio.run(statuses())
    for name, status in zip(SERVICES, results, strict=True):
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

    return asyncio.run(
        run_scan(
            args.drift_address,
            Path(args.path),
            _scan_options(args),
            args.json,
            Console(),
            replace_root=args.replace_root,
        )
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    from services.cli.file_listing import ingest_directory

    return asyncio.run(ingest_directory(args.drift_address, Path(args.path)))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drift-services", description="Drift storage services (drift, cortex, bridge)."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run one service in the foreground")
    serve.add_argument("service", choices=SERVICES)
    add_options(serve, [*SERVE_OPTIONS, *SERVER_OPTIONS])
    serve.set_defaults(handler=cmd_serve)

    up = commands.add_parser("up", help="run all three services until Ctrl-C")
    add_options(up, [HOST, DATA_DIR, *PORT_OPTIONS, LOG_LEVEL])
    up.add_argument("--ingest", metavar="PATH", help="once up, ingest the file list of PATH")
    up.add_argument("--scan", metavar="PATH", help="once up, scan PATH")
    up.set_defaults(handler=cmd_up)

    mig = commands.add_parser("migrate", help="apply migrations and report schema versions")
    mig.add_argument("services", nargs="*", metavar="SERVICE", help="drift, cortex or bridge")
    mig.add_argument("--db", help="database file, with exactly one SERVICE")
    mig.add_argument("--check", action="store_true", help="report versions without migrating")
    add_options(mig, [DATA_DIR, INTEGRITY_CHECK])
    mig.set_defaults(handler=cmd_migrate)

    status = commands.add_parser("status", help="health of the three services")
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
    add_options(scan, ADDRESS_OPTIONS[:1])
    scan.set_defaults(handler=cmd_scan)

    ingest = commands.add_parser("ingest", help="ingest the file list of PATH into drift")
    ingest.add_argument("path", nargs="?", default=".")
    add_options(ingest, ADDRESS_OPTIONS[:1])
    ingest.set_defaults(handler=cmd_ingest)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except errors.StorageError as exc:
        print(f"drift-services {args.command}: error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
