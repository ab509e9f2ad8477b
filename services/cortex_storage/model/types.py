"""The closed sets of the memory model, as the Rust cortex-core defined them
(``../shared/reference/cortex.md`` §3): memory types with their content fields and half-lives,
importance levels, relationship types, audit operations and event types."""

from __future__ import annotations

from dataclasses import dataclass

# JSON kinds of content fields: a string, an optional string (null allowed), a number, a bool,
# any JSON value, a list of strings, a list of objects, an optional date-time string.
STRING, OPT_STRING, NUMBER, BOOL, ANY, STRINGS, OBJECTS, OPT_TIME = (
    "string", "optional string", "number", "bool", "any", "strings", "objects", "optional time",
)  # fmt: skip


@dataclass(frozen=True)
class MemoryType:
    """One of the 23 memory types: its content fields in order, and half-life (None: never
    decays)."""

    name: str
    fields: tuple[tuple[str, str], ...]
    half_life_days: int | None
    # The field a plain text given as content goes to (the CLI's --content).
    text_field: str


MEMORY_TYPES: tuple[MemoryType, ...] = (
    MemoryType("core", (("project_name", STRING), ("description", STRING), ("metadata", ANY)),
               None, "description"),
    MemoryType("tribal", (("knowledge", STRING), ("severity", STRING), ("warnings", STRINGS),
                          ("consequences", STRINGS)), 365, "knowledge"),
    MemoryType("procedural", (("title", STRING), ("steps", OBJECTS), ("prerequisites", STRINGS)),
               180, "title"),
    MemoryType("semantic", (("knowledge", STRING), ("source_episodes", STRINGS),
                            ("consolidation_confidence", NUMBER)), 90, "knowledge"),
    MemoryType("episodic", (("interaction", STRING), ("context", STRING),
                            ("outcome", OPT_STRING)), 7, "interaction"),
    MemoryType("decision", (("decision", STRING), ("rationale", STRING),
                            ("alternatives", OBJECTS)), 180, "decision"),
    MemoryType("insight", (("observation", STRING), ("evidence", STRINGS)), 90, "observation"),
    MemoryType("reference", (("title", STRING), ("url", OPT_STRING), ("citation", STRING)), 60,
               "citation"),
    MemoryType("preference", (("preference", STRING), ("scope", STRING), ("value", ANY)), 120,
               "preference"),
    MemoryType("pattern_rationale", (("pattern_name", STRING), ("rationale", STRING),
                                     ("business_context", STRING), ("examples", STRINGS)), 180,
               "rationale"),
    MemoryType("constraint_override", (("constraint_name", STRING), ("override_reason", STRING),
                                       ("approved_by", STRING), ("scope", STRING),
                                       ("expiry", OPT_TIME)), 90, "override_reason"),
    MemoryType("decision_context", (("decision", STRING), ("context", STRING),
                                    ("adr_link", OPT_STRING), ("trade_offs", STRINGS)), 180,
               "context"),
    MemoryType("code_smell", (("smell_name", STRING), ("description", STRING),
                              ("bad_example", STRING), ("good_example", STRING),
                              ("severity", STRING)), 90, "description"),
    MemoryType("agent_spawn", (("agent_name", STRING), ("configuration", ANY),
                               ("purpose", STRING)), 365, "purpose"),
    MemoryType("entity", (("entity_name", STRING), ("entity_type", STRING),
                          ("description", STRING), ("attributes", ANY)), 180, "description"),
    MemoryType("goal", (("title", STRING), ("description", STRING), ("progress", NUMBER),
                        ("milestones", STRINGS)), 90, "description"),
    MemoryType("feedback", (("feedback", STRING), ("category", STRING), ("source", STRING)), 120,
               "feedback"),
    MemoryType("workflow", (("name", STRING), ("steps", OBJECTS), ("trigger", OPT_STRING)), 180,
               "name"),
    MemoryType("conversation", (("summary", STRING), ("participants", STRINGS),
                                ("key_points", STRINGS)), 30, "summary"),
    MemoryType("incident", (("title", STRING), ("root_cause", STRING), ("impact", STRING),
                            ("resolution", STRING), ("lessons_learned", STRINGS)), 365, "title"),
    MemoryType("meeting", (("title", STRING), ("attendees", STRINGS), ("notes", STRING),
                           ("action_items", STRINGS)), 60, "notes"),
    MemoryType("skill", (("skill_name", STRING), ("proficiency", STRING), ("domain", STRING),
                         ("evidence", STRINGS)), 180, "skill_name"),
    MemoryType("environment", (("name", STRING), ("config", ANY), ("platform", OPT_STRING)), 90,
               "name"),
)  # fmt: skip
BY_NAME = {t.name: t for t in MEMORY_TYPES}
TYPE_NAMES = tuple(t.name for t in MEMORY_TYPES)

# Importance, lowest first, with the Rust weights (decay and ranking).
IMPORTANCE = ("low", "normal", "high", "critical")
IMPORTANCE_WEIGHT = {"low": 0.8, "normal": 1.0, "high": 1.5, "critical": 2.0}

RELATIONSHIP_TYPES = (
    "supersedes", "supports", "contradicts", "related", "derived_from", "owns", "affects",
    "blocks", "requires", "references", "learned_from", "assigned_to", "depends_on",
    "cross_agent",
)  # fmt: skip

# Event types of memory_events (Rust MemoryEventType, 17) plus the service's own: a changed
# embedding, a deletion, a supersession undone, a merge, a content-hash deduplication.
EVENT_TYPES = (
    "created", "content_updated", "confidence_changed", "importance_changed", "tags_modified",
    "link_added", "link_removed", "relationship_added", "relationship_removed",
    "strength_updated", "archived", "restored", "decayed", "validated", "consolidated",
    "reclassified", "superseded", "embedding_updated", "deleted", "unsuperseded", "merged",
)  # fmt: skip

# Audit operations (Rust AuditOperation, 10) plus the service's own.
AUDIT_OPERATIONS = (
    "create", "update", "archive", "restore", "link", "unlink", "decay", "validate",
    "consolidate", "reclassify", "delete", "supersede", "unsupersede", "merge", "dedup",
)  # fmt: skip
