"""Tools of the fuzz suite (``test_fuzz.py``): hostile values, requests built from message
descriptors, the RPCs of the drift service enumerated from its contracts, and the three services
running on a background event loop so that synchronous Hypothesis tests can drive them."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import math
import threading
from dataclasses import dataclass, field
from typing import Any

import grpc
from google.protobuf import descriptor_pool, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from grpc_health.v1 import health_pb2_grpc
from hypothesis import strategies as st

from services.cli.definitions import definition
from services.common import pagination
from services.common.config import ServerConfig
from services.common.server import RunningServer, start_server
from services.drift_storage.service import DEFINITION as DRIFT

# --- the RPCs -------------------------------------------------------------------------------------

# Every service drift serves but the projects' (whose creations and deletions would fuzz the
# data directory rather than the RPCs): an RPC added to a served .proto is fuzzed without a
# change here.
DRIFT_SERVICES = tuple(
    descriptor_pool.Default().FindServiceByName(name)
    for name in DRIFT.service_names
    if name != "drift.storage.v1.DriftProjectsService"
)
DRIFT_METHODS: tuple[MethodDescriptor, ...] = tuple(
    method for service in DRIFT_SERVICES for method in service.methods
)


def path_of(method: MethodDescriptor) -> str:
    """The HTTP/2 path of an RPC: ``/package.Service/Method``."""
    return f"/{method.containing_service.full_name}/{method.name}"


def message_class(descriptor: Descriptor) -> type[Message]:
    """The generated class of a message descriptor."""
    return message_factory.GetMessageClass(descriptor)


# --- hostile values -------------------------------------------------------------------------------

INT64 = (-(2**63), 2**63 - 1)
INT32 = (-(2**31), 2**31 - 1)
HUGE_TEXT = "x" * 1_000_000

HOSTILE_TEXT = (
    "",
    " ",
    "\x00",
    "a\x00b",
    ".",
    "..",
    "../..",
    "../../../../etc/passwd",
    "/",
    "/etc",
    "/etc/passwd",
    "/dev/zero",
    "~",
    "C:\\Windows\\system32",
    "\\\\server\\share",
    "*",
    "**",
    "[",
    "!",
    "#",
    "%s%n%x",
    "' OR 1=1 --",
    '"; DROP TABLE file_metadata; --',
    "file_metadata",
    "sqlite_master",
    "\u202eevil",
    "\ufeffbom",
    "e\u0301",
    "\U0001f600" * 3,
    "\U0010ffff",
    "\n\r\t\x0b\x0c",
    "NaN",
    "-1",
    "9223372036854775808",
    "x" * 255,
    "x" * 300,
    "a/" * 2000,
    "x" * 20_000,
    HUGE_TEXT,
)

# Gitignore-style patterns for the scan options.
HOSTILE_PATTERNS = (
    "*",
    "**",
    "!*",
    "[",
    "[]",
    "[!]",
    "\\",
    "/",
    "#",
    "!",
    "**/***",
    "a/**/b",
    "*.py",
    "!*.txt",
    "src/",
    "\x00",
    "[z-a]",
)


def _weird_text() -> st.SearchStrategy[str]:
    # Any code point but surrogates, which a protobuf string cannot carry.
    return st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)


def hostile_text(longest: int = len(HUGE_TEXT)) -> st.SearchStrategy[str]:
    """Hostile strings of at most ``longest`` characters, and random ones."""
    return st.one_of(st.sampled_from([t for t in HOSTILE_TEXT if len(t) <= longest]), _weird_text())


def _extremes(low: int, high: int) -> list[int]:
    """Integers at and next to the edges of ``low..high``, of int32 and of exact doubles."""
    return [0, 1, -1, 7, low, high, low + 1, high - 1, 2**31, -(2**31) - 1, 2**53 + 1]


def hostile_int(low: int, high: int) -> st.SearchStrategy[int]:
    """Integers of ``low..high``: its extremes, and any."""
    values = sorted({v for v in _extremes(low, high) if low <= v <= high}, key=abs)
    return st.one_of(st.sampled_from(values), st.integers(low, high))


def hostile_double() -> st.SearchStrategy[float]:
    """NaN, the infinities, the largest and smallest doubles, and any."""
    special = [0.0, -0.0, 0.5, math.nan, math.inf, -math.inf, 1e308, -1e308, 5e-324, 2.0**63]
    return st.one_of(st.sampled_from(special), st.floats())


def hostile_bytes() -> st.SearchStrategy[bytes]:
    """Empty, 1 MiB, hash-sized and not quite hash-sized values, and any."""
    # 8 bytes is the xxh3-64 content hash length; the others are wrong lengths.
    special = [b"", b"\x00", bytes(7), bytes(8), b"\xff" * 8, bytes(9), bytes(32), bytes(1 << 20)]
    return st.one_of(st.sampled_from(special), st.binary(max_size=40))


# Values that make a row likely to be written, so the fuzz reaches constraints and upserts and
# fills tables for the reads, rather than stopping at the first validation.
PLAUSIBLE = {
    "int": st.sampled_from([1, 2, 3]),
    "double": st.sampled_from([0.5, 1.0]),
    "text": st.sampled_from(["a", "b", "src/a.py"]),
    "bytes": st.sampled_from([bytes(8), b"\x01" * 8]),
    "time": st.sampled_from([Timestamp(seconds=1_700_000_000), Timestamp(seconds=0)]),
}


# --- page tokens ----------------------------------------------------------------------------------


def _b64(raw: bytes) -> str:
    """Unpadded base64url, as page tokens are written."""
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _query_of(token: str) -> Any:
    """The query a token of the current format is bound to (None if it is not one)."""
    try:
        payload = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))[:-8]
        return json.loads(payload)["q"]
    except (ValueError, KeyError, TypeError):
        return None


# The token format signs its payload with a key in the source code, so anyone can sign a
# payload of their own: a forger's tokens are part of the fuzz while the format allows them.
_SIGN = getattr(pagination, "_checksum", None)


def can_forge() -> bool:
    """Whether tokens can still be signed by anyone who reads the source."""
    return _SIGN is not None


def signed(payload: bytes) -> str:
    """A token carrying ``payload`` with a valid checksum, as a forger would make it."""
    assert _SIGN is not None
    return _b64(payload + _SIGN(payload))


def is_forged(token: str) -> bool:
    """Whether ``token`` has a valid checksum over a payload the server would not have issued
    (anything but a JSON object with a list cursor of int or str values and a string query)."""
    if _SIGN is None:
        return False
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (ValueError, TypeError):
        return False
    payload, checksum = raw[:-8], raw[-8:]
    if len(raw) <= 8 or _SIGN(payload) != checksum:
        return False
    try:
        decoded = json.loads(payload)
    except ValueError:
        return True
    if not isinstance(decoded, dict) or not isinstance(decoded.get("q"), str):
        return True
    cursor = decoded.get("c")
    return not (
        isinstance(cursor, list)
        and len(cursor) == 1
        and isinstance(cursor[0], int | str)
        and not isinstance(cursor[0], bool)
        and (not isinstance(cursor[0], int) or INT64[0] <= cursor[0] <= INT64[1])
    )


def _forged(real: list[str]) -> st.SearchStrategy[str]:
    """Signed tokens whose payload the server never issues, bound to real queries or not."""
    queries = [q for q in map(_query_of, real) if q is not None] or ["0" * 16]
    cursor = st.one_of(
        st.sampled_from(
            [[], [None], [True], [1.5], [2**70], [-(2**70)], [{"x": 1}], [[1]], [1, 2]]
        ),
        st.lists(st.one_of(st.integers(), _weird_text()), max_size=2),
        _weird_text(),
        st.integers(),
        st.none(),
    )
    payload = st.one_of(
        st.builds(
            lambda c, q: json.dumps({"c": c, "q": q}).encode(), cursor, st.sampled_from(queries)
        ),
        st.builds(lambda q: json.dumps({"q": q}).encode(), st.sampled_from(queries)),
        st.sampled_from([b"", b"null", b"[]", b"{}", b"1", b'"q"', b"\xff\xfe", b"{"]),
        st.binary(max_size=24),
    )
    return payload.map(signed)


def page_tokens(real: list[str]) -> st.SearchStrategy[str]:
    """Empty, real tokens (possibly from another method or filter), altered real tokens, random
    base64, text, and (while the format allows it) validly signed forged payloads."""
    choices: list[st.SearchStrategy[str]] = [
        st.just(""),
        st.binary(max_size=48).map(_b64),
        st.binary(max_size=48).map(lambda raw: base64.b64encode(raw).decode()),
        hostile_text(),
    ]
    if real:
        tokens = st.sampled_from(real)
        choices[1:1] = [
            tokens,
            st.builds(
                lambda t, i, c: t[:i] + c + t[i + 1 :],
                tokens,
                st.integers(0, 40),
                st.sampled_from("A_-=/+ \x00"),
            ),
            st.builds(lambda t, n: t[:n], tokens, st.integers(0, 40)),
            st.builds(lambda t, s: t + s, tokens, st.sampled_from(["=", "==", "A", "\x00"])),
        ]
    if _SIGN is not None:
        choices.append(_forged(real))
    return st.one_of(choices)


# --- requests from descriptors -------------------------------------------------------------------

Overrides = dict[str, st.SearchStrategy[Any]]


def _scalar(fd: FieldDescriptor, plausible: bool) -> st.SearchStrategy[Any]:
    """Hostile values of a scalar field's type, mixed with ``PLAUSIBLE`` ones if asked."""
    t = fd.type
    kinds = {
        "int64": (
            FieldDescriptor.TYPE_INT64,
            FieldDescriptor.TYPE_SINT64,
            FieldDescriptor.TYPE_SFIXED64,
        ),
        "int32": (
            FieldDescriptor.TYPE_INT32,
            FieldDescriptor.TYPE_SINT32,
            FieldDescriptor.TYPE_SFIXED32,
        ),
    }
    if t in kinds["int64"]:
        base, kind = hostile_int(*INT64), "int"
    elif t in kinds["int32"]:
        base, kind = hostile_int(*INT32), "int"
    elif t in (FieldDescriptor.TYPE_UINT64, FieldDescriptor.TYPE_FIXED64):
        base, kind = hostile_int(0, 2**64 - 1), "int"
    elif t in (FieldDescriptor.TYPE_UINT32, FieldDescriptor.TYPE_FIXED32):
        base, kind = hostile_int(0, 2**32 - 1), "int"
    elif t == FieldDescriptor.TYPE_DOUBLE:
        base, kind = hostile_double(), "double"
    elif t == FieldDescriptor.TYPE_FLOAT:
        base, kind = st.floats(width=32), "double"
    elif t == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    elif t == FieldDescriptor.TYPE_STRING:
        base, kind = hostile_text(), "text"
    elif t == FieldDescriptor.TYPE_BYTES:
        base, kind = hostile_bytes(), "bytes"
    elif t == FieldDescriptor.TYPE_ENUM:
        numbers = [v.number for v in fd.enum_type.values]
        # Open enums: a number the contract does not define still parses.
        return st.one_of(st.sampled_from(numbers), hostile_int(*INT32))
    else:
        raise TypeError(f"no strategy for field {fd.full_name} of type {t}")
    return st.one_of(PLAUSIBLE[kind], base) if plausible else base


def _field(fd: FieldDescriptor, overrides: Overrides, depth: int) -> st.SearchStrategy[Any]:
    """The values of one field (a list for a repeated field)."""
    if fd.name in overrides:
        return overrides[fd.name]
    plausible = fd.containing_type.name.endswith("Row")
    if fd.message_type is not None:
        if fd.message_type.GetOptions().map_entry:
            key, value = (
                fd.message_type.fields_by_name["key"],
                fd.message_type.fields_by_name["value"],
            )
            return st.dictionaries(_scalar(key, False), _scalar(value, False), max_size=3)
        single = requests(fd.message_type, overrides, depth + 1)
        if plausible and fd.message_type.full_name == Timestamp.DESCRIPTOR.full_name:
            single = st.one_of(PLAUSIBLE["time"], single)
    else:
        single = _scalar(fd, plausible)
    if fd.is_repeated:
        return st.lists(single, max_size=4)
    return single


_UNSET = object()


def mostly(usual: st.SearchStrategy[Any], rare: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Values of ``usual`` three times in four, else of ``rare``."""
    # Hypothesis favours the first values of a choice: the rare one comes last.
    return st.sampled_from((0, 1, 2, 3)).flatmap(lambda i: rare if i == 3 else usual)


def _sometimes_unset(strategy: st.SearchStrategy[Any], one_in: int) -> st.SearchStrategy[Any]:
    """``strategy``'s values, or (one time in ``one_in``) ``_UNSET``."""
    # Hypothesis favours the first values of a choice: the rare one comes last.
    rare = one_in - 1
    return st.tuples(st.sampled_from(range(one_in)), strategy).map(
        lambda t: _UNSET if t[0] == rare else t[1]
    )


def _one_member(oneof: Any, overrides: Overrides, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    """One member of ``oneof`` set (as a one-item dict), or (one time in eight) none."""
    members = {fd.name: _field(fd, overrides, depth) for fd in oneof.fields}
    one = st.sampled_from(sorted(members)).flatmap(
        lambda name: members[name].map(lambda value: {name: value})
    )
    return _sometimes_unset(one, 8).map(lambda member: {} if member is _UNSET else member)


def _synthetic(oneof: Any) -> bool:
    """Whether a oneof is the one protoc makes for a proto3 ``optional`` field."""
    return len(oneof.fields) == 1 and oneof.name == f"_{oneof.fields[0].name}"


def requests(
    descriptor: Descriptor, overrides: Overrides | None = None, depth: int = 0
) -> st.SearchStrategy[Message]:
    """Messages of ``descriptor``: every field drawn from its hostile strategy (``overrides`` by
    field name); a field with presence may stay unset (a scalar one time in two, a message one
    time in four); of each oneof, one member is set, or none; below depth 3 messages stay
    empty."""
    overrides = overrides or {}
    cls = message_class(descriptor)
    if depth > 3:
        return st.just(cls())
    oneofs = [oneof for oneof in descriptor.oneofs if not _synthetic(oneof)]
    members = {fd.name for oneof in oneofs for fd in oneof.fields}
    fields: Overrides = {}
    for fd in descriptor.fields:
        if fd.name in members:
            continue
        strategy = _field(fd, overrides, depth)
        if fd.has_presence:
            strategy = _sometimes_unset(strategy, 4 if fd.message_type is not None else 2)
        fields[fd.name] = strategy
    chosen = st.tuples(*(_one_member(o, overrides, depth) for o in oneofs))

    def build(values: dict[str, Any], members: tuple[dict[str, Any], ...]) -> Message:
        kwargs = {name: value for name, value in values.items() if value is not _UNSET}
        for member in members:
            kwargs.update(member)
        return cls(**kwargs)

    return st.builds(build, st.fixed_dictionaries(fields), chosen)


# --- calling -------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """How a call ended: its status, and the responses received before it."""

    code: grpc.StatusCode
    details: str
    responses: list[Any] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.code == grpc.StatusCode.OK


def call(
    channel: grpc.Channel, method: MethodDescriptor, request: Any, *, raw: bool, timeout: float
) -> Outcome:
    """Call ``method`` with ``request`` (a message, or for a client-streaming RPC a list of them;
    with ``raw``, serialized bytes sent as they are) and collect everything it returned."""
    path = path_of(method)
    serialize = None if raw else message_class(method.input_type).SerializeToString
    deserialize = message_class(method.output_type).FromString
    kinds = {
        (False, False): channel.unary_unary,
        (False, True): channel.unary_stream,
        (True, False): channel.stream_unary,
        (True, True): channel.stream_stream,
    }
    stub = kinds[(method.client_streaming, method.server_streaming)](
        path, request_serializer=serialize, response_deserializer=deserialize
    )
    argument = iter(request) if method.client_streaming else request
    responses: list[Any] = []
    try:
        if method.server_streaming:
            for response in stub(argument, timeout=timeout):
                responses.append(response)
        else:
            responses.append(stub(argument, timeout=timeout))
    except grpc.RpcError as exc:
        return Outcome(exc.code(), exc.details() or "", responses)
    return Outcome(grpc.StatusCode.OK, "", responses)


def shown(request: Any, limit: int = 2000) -> str:
    """A request as text for a failure message, long values cut."""
    if isinstance(request, list):
        text = "[" + ", ".join(shown(r, limit // max(len(request), 1)) for r in request) + "]"
    elif isinstance(request, bytes):
        text = repr(request)
    else:
        text = f"{type(request).__name__}({str(request).strip()!s})"
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"


# --- the servers ----------------------------------------------------------------------------------


class IncidentLog(logging.Handler):
    """Keeps the tracebacks the error mapping logs for INTERNAL errors, for failure messages."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))

    def clear(self) -> None:
        self.records = []

    def text(self) -> str:
        """The last three tracebacks."""
        return "\n".join(self.records[-3:])


class BackgroundServers:
    """Servers running on an event loop of their own thread, called from synchronous code."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="fuzz-loop", daemon=True
        )
        self._thread.start()
        self.running: dict[str, RunningServer] = {}
        self.channels: dict[str, grpc.Channel] = {}

    def run(self, coroutine: Any, timeout: float = 30) -> Any:
        """Run ``coroutine`` on the servers' loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def start(self, name: str, db: str, **settings: Any) -> RunningServer:
        """Start service ``name`` on ``db`` (a loopback port of its own) and open a channel."""
        config = ServerConfig(service=name, db=db, port=0, grace_s=1.0, **settings)
        running = self.running[name] = self.run(start_server(definition(name), config))
        self.channels[name] = grpc.insecure_channel(running.address)
        return running

    def health(self, name: str) -> health_pb2_grpc.HealthStub:
        return health_pb2_grpc.HealthStub(self.channels[name])

    def close(self) -> None:
        """Close the channels, stop the servers gracefully, then the loop."""
        for channel in self.channels.values():
            channel.close()
        for running in self.running.values():
            self.run(running.stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
