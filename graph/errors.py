"""The error hierarchy of racegraph.

Domain code raises these; only `app` turns them into HTTP status codes.
"""

from __future__ import annotations

__all__ = [
    "DocumentNotFound",
    "EntityNotFound",
    "ExtractionError",
    "InvalidQuery",
    "NotFound",
    "RacegraphError",
    "RelationNotFound",
    "StoreUnavailable",
    "UnsupportedOperation",
]


class RacegraphError(Exception):
    """Root of every error racegraph raises on purpose."""


class NotFound(RacegraphError):
    """Something asked for by id does not exist."""

    kind = "item"

    def __init__(self, ident: str):
        self.ident = ident
        super().__init__(f"{self.kind} {ident!r} not found")


class EntityNotFound(NotFound):
    kind = "entity"


class RelationNotFound(NotFound):
    kind = "relation"


class DocumentNotFound(NotFound):
    kind = "document"


class StoreUnavailable(RacegraphError):
    """The graph store cannot be reached (server down, wrong credentials...)."""


class InvalidQuery(RacegraphError):
    """A query or parameter was refused (bad value, write attempt in read-only Cypher...)."""


class UnsupportedOperation(RacegraphError):
    """The store in use cannot do this (e.g. Cypher on the embedded store)."""


class ExtractionError(RacegraphError):
    """Text could not be extracted (empty, not text, unknown language...)."""
