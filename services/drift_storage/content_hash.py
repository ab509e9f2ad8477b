"""The one hash of drift: xxh3-64 as 8 little-endian bytes, how the Rust system stored every hash
(file contents in ``file_metadata`` and ``parse_cache``, function bodies and signatures)."""

from __future__ import annotations

import xxhash

# Length of every stored hash (a check of IngestFileMetadata and IngestRows).
CONTENT_HASH_BYTES = 8


def xxh3(data: bytes) -> bytes:
    """xxh3-64 of ``data`` as ``CONTENT_HASH_BYTES`` little-endian bytes."""
    return xxhash.xxh3_64_intdigest(data).to_bytes(CONTENT_HASH_BYTES, "little")
