"""Project resource names (AIP-122): ``projects/{project}``, the id a lowercase slug.

Every drift RPC names its project in a ``parent`` (List methods) or ``project`` field holding
``projects/{id}``. An empty field means the project ``default``, so that clients written for a
service with one database keep working.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from services.common import errors

COLLECTION = "projects"
DEFAULT_PROJECT = "default"
# AIP-122: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters,
# not ending with a hyphen.
ID_PATTERN = re.compile(r"^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$")
ID_RULE = (
    "a project id is 1 to 63 lowercase letters, digits and hyphens, starting with a letter and"
    " not ending with a hyphen"
)


def resource_name(project_id: str) -> str:
    """``projects/{project_id}``."""
    return f"{COLLECTION}/{project_id}"


def check_id(project_id: str, field: str) -> str:
    """``project_id`` if it is a valid id, else INVALID_ARGUMENT on ``field``."""
    if not ID_PATTERN.match(project_id):
        raise errors.InvalidArgument(
            errors.FieldViolation(field, f"{errors.quote(project_id)} is not valid: {ID_RULE}")
        )
    return project_id


def parse_name(name: str, field: str) -> str:
    """The project id in the resource name ``name``; empty means ``default``.

    Anything but ``projects/{id}`` is INVALID_ARGUMENT on ``field``.
    """
    if not name:
        return DEFAULT_PROJECT
    collection, _, project_id = name.partition("/")
    if collection != COLLECTION or not project_id:
        raise errors.InvalidArgument(
            errors.FieldViolation(
                field, f"{errors.quote(name)} is not a project name: expected projects/{{id}}"
            )
        )
    return check_id(project_id, field)


def slug_from_root(root: Path) -> str:
    """A project id derived from a root directory's name: ``My Repo.git`` → ``my-repo-git``."""
    ascii_name = unicodedata.normalize("NFKD", root.name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:63].rstrip("-")
    if not slug or not slug[0].isalpha():
        slug = f"p-{slug}".rstrip("-")[:63].rstrip("-")
    return slug if ID_PATTERN.match(slug) else "project"


def stream_mismatch(name: str, first: str, field: str) -> errors.InvalidArgument | None:
    """Why a streamed request naming project ``name`` is refused when the stream's first request
    named ``first`` (a stream writes to one project), or None."""
    if name == first:
        return None
    return errors.InvalidArgument(
        errors.FieldViolation(
            field,
            f"{errors.quote(name)} differs from the stream's first request"
            f" ({errors.quote(first)}): a stream writes to one project",
        )
    )
