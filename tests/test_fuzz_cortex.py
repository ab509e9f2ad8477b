"""Property-based fuzzing of every RPC of the cortex service.

Every RPC of every service cortex serves (enumerated from its definition, so a new RPC or a new
area is fuzzed without a change here) gets requests built from its message descriptor with
hostile values (``tests/fuzzing.py``), ids mostly of memories that exist so that the fuzz gets
past the lookups, and raw bytes that may not even parse. For every call:

- the status is never ``INTERNAL`` or ``UNKNOWN`` (a bug) and the call does not hang (a stream
  that follows changes until the client cancels it is the one allowed to meet its deadline);
- a call that ended with an error wrote nothing: bad input changes nothing;
- the service is still healthy afterwards: health ``SERVING`` and a ``BatchGetMemories`` works.

One cortex service runs for the whole module; before each example the seeded memories are
created again if a fuzzed call deleted them.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf import descriptor_pool
from google.protobuf.descriptor import MethodDescriptor
from grpc_health.v1 import health_pb2
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from services.contracts.cortex.storage.v1 import memories_pb2, memories_pb2_grpc, memory_pb2
from services.cortex_storage.model.types import RELATIONSHIP_TYPES, TYPE_NAMES
from services.cortex_storage.service import DEFINITION as CORTEX
from tests import fuzzing
from tests.fuzzing import Outcome, call, hostile_text, shown

BUGS = (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN, grpc.StatusCode.DEADLINE_EXCEEDED)
CALL_TIMEOUT_S = 10.0
# Server streams that follow changes until the client cancels: called with a short deadline,
# which they may meet.
FOLLOWING_STREAMS = {"WatchMemoryEvents"}
FOLLOW_TIMEOUT_S = 0.5
CORTEX_METHODS: tuple[MethodDescriptor, ...] = tuple(
    method
    for name in CORTEX.service_names
    for method in descriptor_pool.Default().FindServiceByName(name).methods
)
SEEDED = ("m-1", "m-2", "m-3")
ID_FIELDS = (
    "id", "memory_id", "source_id", "target_id", "old_id", "new_id", "memory_id_a",
    "memory_id_b", "node_id", "session_id",
)  # fmt: skip
ID_LISTS = ("ids", "memory_ids", "source_ids")
EXAMPLES = 10
RAW_EXAMPLES = 4


def _insight(text: str) -> str:
    return json.dumps({"observation": text, "evidence": []})


@dataclass
class Fuzzed:
    """The running cortex service and its log of incidents."""

    servers: fuzzing.BackgroundServers
    incidents: fuzzing.IncidentLog = field(default_factory=fuzzing.IncidentLog)

    def __repr__(self) -> str:
        return "Fuzzed(cortex)"  # Hypothesis prints it with every failing example

    @property
    def channel(self) -> grpc.Channel:
        return self.servers.channels["cortex"]

    def commits(self) -> int:
        return self.servers.running["cortex"].storage.writer.stats().commands_committed

    def reseed(self) -> None:
        """Create the seeded memories a fuzzed call deleted (or merged away)."""
        stub = memories_pb2_grpc.MemoriesServiceStub(self.channel)
        found = stub.BatchGetMemories(
            memories_pb2.BatchGetMemoriesRequest(ids=list(SEEDED)), timeout=CALL_TIMEOUT_S
        )
        for memory_id in found.missing:
            memory = memory_pb2.Memory(
                id=memory_id, memory_type="insight", content=_insight(memory_id), tags=["seed"]
            )
            stub.CreateMemory(
                memories_pb2.CreateMemoryRequest(
                    memory=memory,
                    embedding=memories_pb2.Embedding(values=[0.5, 0.25, 1.0, 0.125]),
                    allow_duplicate=True,
                ),
                timeout=CALL_TIMEOUT_S,
            )


@contextlib.contextmanager
def cortex_under_fuzz(base: Path) -> Iterator[Fuzzed]:
    servers = fuzzing.BackgroundServers()
    fuzzed = Fuzzed(servers)
    service_log = logging.getLogger("services")
    service_log.addHandler(fuzzed.incidents)
    try:
        servers.start("cortex", str(base / "cortex.db"))
        fuzzed.reseed()
        yield fuzzed
    finally:
        service_log.removeHandler(fuzzed.incidents)
        servers.close()


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    with cortex_under_fuzz(tmp_path_factory.mktemp("fuzz-cortex")) as running:
        yield running


def _ids() -> st.SearchStrategy[str]:
    return fuzzing.mostly(st.sampled_from(SEEDED), hostile_text())


_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {}


def request_strategy(method: MethodDescriptor) -> st.SearchStrategy[Any]:
    """Requests of ``method`` (lists of 0..3 for a client-streaming RPC)."""
    if method.full_name not in _STRATEGIES:
        overrides: fuzzing.Overrides = {name: _ids() for name in ID_FIELDS}
        overrides.update({name: st.lists(_ids(), max_size=4) for name in ID_LISTS})
        overrides["memory_type"] = fuzzing.mostly(st.sampled_from(TYPE_NAMES), hostile_text())
        overrides["content"] = fuzzing.mostly(st.just(_insight("fuzz")), hostile_text())
        overrides["relationship_type"] = fuzzing.mostly(
            st.sampled_from(RELATIONSHIP_TYPES), hostile_text()
        )
        single = fuzzing.requests(method.input_type, overrides)
        _STRATEGIES[method.full_name] = (
            st.lists(single, max_size=3) if method.client_streaming else single
        )
    return _STRATEGIES[method.full_name]


def raw_strategy(method: MethodDescriptor) -> st.SearchStrategy[Any]:
    """Bytes that are not what a client library would send (lists for client streams)."""
    single = fuzzing.requests(method.input_type).map(lambda m: m.SerializeToString())
    spliced = st.one_of(
        st.binary(max_size=64),
        st.builds(lambda a, n: a[:n], single, st.integers(0, 64)),
        st.builds(lambda a, b: a + b, single, single),
    )
    return st.lists(spliced, max_size=3) if method.client_streaming else spliced


BATCH_GET = CORTEX_METHODS[[m.name for m in CORTEX_METHODS].index("BatchGetMemories")]


def _healthy(fuzzed: Fuzzed) -> str | None:
    """None if cortex answers health SERVING and a BatchGetMemories; else what went wrong."""
    try:
        status = fuzzed.servers.health("cortex").Check(
            health_pb2.HealthCheckRequest(), timeout=CALL_TIMEOUT_S
        )
        fuzzed.channel.unary_unary(
            fuzzing.path_of(BATCH_GET),
            request_serializer=memories_pb2.BatchGetMemoriesRequest.SerializeToString,
            response_deserializer=memories_pb2.BatchGetMemoriesResponse.FromString,
        )(memories_pb2.BatchGetMemoriesRequest(ids=list(SEEDED)), timeout=CALL_TIMEOUT_S)
    except grpc.RpcError as exc:
        return f"afterwards: {exc.code()} {exc.details()}"
    if status.status != health_pb2.HealthCheckResponse.SERVING:
        return f"health afterwards is {status}"
    return None


def _buggy(method: MethodDescriptor, outcome: Outcome) -> bool:
    if method.name in FOLLOWING_STREAMS and outcome.code == grpc.StatusCode.DEADLINE_EXCEEDED:
        return False
    return outcome.code in BUGS or (
        outcome.code == grpc.StatusCode.RESOURCE_EXHAUSTED and "metadata size" in outcome.details
    )


def problems(fuzzed: Fuzzed, method: MethodDescriptor, request: Any, *, raw: bool) -> list[str]:
    """Everything wrong with one call: a bug status, a write by a failed call, and the
    service's health afterwards."""
    fuzzed.reseed()
    before = fuzzed.commits()
    fuzzed.incidents.clear()
    timeout = FOLLOW_TIMEOUT_S if method.name in FOLLOWING_STREAMS else CALL_TIMEOUT_S
    outcome = call(fuzzed.channel, method, request, raw=raw, timeout=timeout)
    written = fuzzed.commits() - before
    found = []
    if _buggy(method, outcome):
        found.append(f"status {outcome.code.name}: {outcome.details}\n{fuzzed.incidents.text()}")
    failed = not outcome.ok and method.name not in FOLLOWING_STREAMS
    # A client stream commits each batch it acknowledged before the one that failed.
    acknowledged = len(outcome.responses) if method.client_streaming else 0
    if failed and written > acknowledged:
        found.append(f"a failed call wrote {written} commands ({outcome.code.name})")
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


def fuzz(fuzzed: Fuzzed, method: MethodDescriptor, strategy: Any, *, raw: bool) -> None:
    def each(request: Any) -> None:
        assert problems(fuzzed, method, request, raw=raw) == []

    # Every run tries one request the generator may never draw: garbage bytes, or an empty one.
    first = b"\xff\xff\xff" if raw else fuzzing.message_class(method.input_type)()
    each = example(request=[first] if method.client_streaming else first)(each)
    examples = RAW_EXAMPLES if raw else EXAMPLES
    settings(FUZZ, max_examples=examples)(given(request=strategy)(each))()


@pytest.mark.parametrize("method", CORTEX_METHODS, ids=lambda m: m.name)
def test_hostile_requests(fuzzed: Fuzzed, method: MethodDescriptor) -> None:
    fuzz(fuzzed, method, request_strategy(method), raw=False)


@pytest.mark.parametrize("method", CORTEX_METHODS, ids=lambda m: m.name)
def test_raw_request_bytes(fuzzed: Fuzzed, method: MethodDescriptor) -> None:
    fuzz(fuzzed, method, raw_strategy(method), raw=True)
