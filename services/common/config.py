"""Configuration: command-line flags, each with a ``DRIFT_SERVICES_*`` environment equivalent.

A flag given on the command line wins over its environment variable, which wins over the
default. Defaults work with no configuration at all: local ports, SQLite files under ``./.drift``.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.common.read_pool import DEFAULT_READERS
from services.common.writer import (
    DEFAULT_MAX_GROUP_COMMANDS,
    DEFAULT_MAX_GROUP_DELAY,
    DEFAULT_QUEUE_CAPACITY,
)

ENV_PREFIX = "DRIFT_SERVICES_"
SERVICES = ("drift", "cortex", "bridge")
DEFAULT_PORTS = {"drift": 50051, "cortex": 50052, "bridge": 50053}
DEFAULT_HOST = "127.0.0.1"
DEFAULT_DATA_DIR = ".drift"


@dataclass(frozen=True)
class Option:
    """A flag of the CLI; its environment variable is derived from its name."""

    flag: str
    type: Callable[[str], Any]
    default: Any
    help: str
    shown_default: str | None = None
    # The flag's text for a parsed value (``up`` passes its options on to its children).
    text: Callable[[Any], str] = str

    @property
    def dest(self) -> str:
        return self.flag.lstrip("-").replace("-", "_")

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.dest.upper()


def _naming_the_variable(option: Option, raw: str) -> Callable[[str], Any]:
    """``option.type``, with errors about the environment variable's value naming the variable."""

    def convert(text: str) -> Any:
        try:
            return option.type(text)
        except (ValueError, argparse.ArgumentTypeError) as exc:
            if text != raw:
                raise
            raise argparse.ArgumentTypeError(f"{exc} (from {option.env}={raw!r})") from None

    convert.__name__ = getattr(option.type, "__name__", "value")
    return convert


def add_options(parser: argparse.ArgumentParser, options: list[Option]) -> None:
    """Add ``options`` to ``parser``, each defaulting to its environment variable if set."""
    for option in options:
        # argparse converts string defaults with ``type``, so a bad environment value gets the
        # same clear error as a bad flag.
        raw = os.environ.get(option.env)
        shown = option.shown_default or option.default
        parser.add_argument(
            option.flag,
            type=option.type if raw is None else _naming_the_variable(option, raw),
            default=option.default if raw is None else raw,
            help=f"{option.help} [env {option.env}; default {shown}]",
        )


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def port_number(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port number 0..65535 (0 = any), got {value}")
    return value


def non_negative_float(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {value}")
    return value


def integrity_mode(text: str) -> bool:
    """``quick`` (check the database with ``PRAGMA quick_check`` at start) or ``off``."""
    if text not in ("quick", "off"):
        raise argparse.ArgumentTypeError(f"must be quick or off, got {text!r}")
    return text == "quick"


LOG_LEVELS = ("debug", "info", "warning", "error")
LOG_FORMATS = ("text", "json")


def log_level(text: str) -> str:
    """One of ``LOG_LEVELS`` (any case); refused otherwise, before anything starts."""
    if text.lower() not in LOG_LEVELS:
        raise argparse.ArgumentTypeError(f"must be one of {', '.join(LOG_LEVELS)}, got {text!r}")
    return text.lower()


def log_format(text: str) -> str:
    """``text`` (human-readable lines) or ``json`` (one JSON object per line)."""
    if text not in LOG_FORMATS:
        raise argparse.ArgumentTypeError(f"must be one of {', '.join(LOG_FORMATS)}, got {text!r}")
    return text


@dataclass(frozen=True)
class ServerConfig:
    """Everything one service process needs to run, with the one copy of every default (the
    flags below take theirs from ``DEFAULTS``; the writer's and the read pool's come from those
    modules)."""

    service: str
    host: str = DEFAULT_HOST
    port: int = 0
    # The service's database file; for drift, "" serves the projects of ``data_dir`` instead.
    db: str = ""
    data_dir: str = DEFAULT_DATA_DIR
    read_pool_size: int = DEFAULT_READERS
    queue_capacity: int = DEFAULT_QUEUE_CAPACITY
    max_group_commands: int = DEFAULT_MAX_GROUP_COMMANDS
    max_group_delay_ms: float = DEFAULT_MAX_GROUP_DELAY * 1000
    max_message_mb: int = 64
    keepalive_time_s: int = 60
    keepalive_timeout_s: int = 20
    grace_s: float = 10.0
    retention_interval_h: float = 0.0
    allowed_roots: str = ""
    integrity_check: bool = True
    log_level: str = "info"
    log_format: str = "text"
    max_open_projects: int = 16
    max_concurrent_scans: int = 2
    project_idle_s: float = 600.0

    @property
    def scan_roots(self) -> tuple[Path, ...]:
        """The directories scans may read: ``--allowed-roots``, or the working directory."""
        roots = [r for r in self.allowed_roots.split(os.pathsep) if r] or [os.getcwd()]
        return tuple(Path(r).resolve() for r in roots)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> ServerConfig:
        """From parsed ``serve`` arguments. ``--db`` defaults to ``<data-dir>/<service>.db``, but
        for drift, whose projects live in ``<data-dir>/projects/``."""
        db = args.db or (
            "" if args.service == "drift" else str(Path(args.data_dir) / f"{args.service}.db")
        )
        port = DEFAULT_PORTS[args.service] if args.port is None else args.port
        fields = {o.dest: getattr(args, o.dest) for o in SERVER_OPTIONS}
        fields["data_dir"] = str(fields["data_dir"])
        return cls(service=args.service, port=port, db=db, **fields)


DEFAULTS = ServerConfig(service="")


HOST = Option("--host", str, DEFAULTS.host, "address to listen on (0.0.0.0 for all interfaces)")
DATA_DIR = Option(
    "--data-dir",
    Path,
    DEFAULT_DATA_DIR,
    "directory of the databases: cortex.db, bridge.db and drift's projects/{id}/drift.db",
)
INTEGRITY_CHECK = Option(
    "--integrity-check",
    integrity_mode,
    "quick" if DEFAULTS.integrity_check else "off",
    "check the database before use: quick (PRAGMA quick_check, which reads the whole file) or off"
    " (for huge files whose start should not read them whole)",
    text=lambda value: "quick" if value else "off",
)
LOG_LEVEL = Option(
    "--log-level", log_level, DEFAULTS.log_level, "logging level: debug, info, warning, error"
)
LOG_FORMAT = Option(
    "--log-format",
    log_format,
    DEFAULTS.log_format,
    "log lines as text or json (one JSON object per line)",
)

SERVER_OPTIONS = [
    HOST,
    DATA_DIR,
    Option(
        "--read-pool-size",
        positive_int,
        DEFAULTS.read_pool_size,
        "read-only connections (one thread each)",
    ),
    Option(
        "--queue-capacity",
        positive_int,
        DEFAULTS.queue_capacity,
        "writer queue capacity; producers wait when full",
    ),
    Option(
        "--max-group-commands",
        positive_int,
        DEFAULTS.max_group_commands,
        "commands per writer transaction at most",
    ),
    Option(
        "--max-group-delay-ms",
        non_negative_float,
        DEFAULTS.max_group_delay_ms,
        "ms a writer transaction waits for more commands once the queue is empty",
    ),
    Option(
        "--max-message-mb",
        positive_int,
        DEFAULTS.max_message_mb,
        "largest gRPC message accepted or sent, in MiB",
    ),
    Option(
        "--keepalive-time-s",
        positive_int,
        DEFAULTS.keepalive_time_s,
        "seconds between keepalive pings to clients",
    ),
    Option(
        "--keepalive-timeout-s",
        positive_int,
        DEFAULTS.keepalive_timeout_s,
        "seconds to wait for a keepalive ack",
    ),
    Option(
        "--grace-s", non_negative_float, DEFAULTS.grace_s, "seconds in-flight RPCs get at shutdown"
    ),
    Option(
        "--retention-interval-h",
        non_negative_float,
        DEFAULTS.retention_interval_h,
        "hours between scheduled retention runs (drift); 0 = only on request",
    ),
    Option(
        "--allowed-roots",
        str,
        DEFAULTS.allowed_roots,
        f"directories drift may scan, separated by {os.pathsep!r}",
        "the working directory",
    ),
    Option(
        "--max-open-projects",
        positive_int,
        DEFAULTS.max_open_projects,
        "drift projects open at once; the least recently used idle one is closed beyond that",
    ),
    Option(
        "--max-concurrent-scans",
        positive_int,
        DEFAULTS.max_concurrent_scans,
        "drift scans running at once, over all projects (one per project at most)",
    ),
    Option(
        "--project-idle-s",
        non_negative_float,
        DEFAULTS.project_idle_s,
        "seconds after which an unused drift project is closed; 0 = only when over the limit",
    ),
    INTEGRITY_CHECK,
    LOG_LEVEL,
    LOG_FORMAT,
]
