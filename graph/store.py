"""The `GraphStore` interface every backend implements.

Two backends: `graph.neo4j.Neo4jStore` (the server) and
`graph.memory.MemoryStore` (networkx, embedded). `tests/contract/` holds
both to the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

from graph.model import (
    DeleteSummary,
    Document,
    Entity,
    ExtractionResult,
    Path,
    Relation,
    Snapshot,
    Stats,
    Subgraph,
    WriteSummary,
)

__all__ = ["MAX_DEPTH", "MAX_HOPS", "MAX_PATHS", "Direction", "GraphStore"]

Direction = Literal["any", "out", "in"]

MAX_DEPTH = 3  # neighborhood depth
MAX_HOPS = 6  # path length
MAX_PATHS = 10  # k shortest paths


@runtime_checkable
class GraphStore(Protocol):
    """What the service needs from a graph backend.

    Writes are idempotent: the same `ExtractionResult` twice adds nothing.
    Reads raise `graph.errors.EntityNotFound` (and friends) for unknown ids,
    `graph.errors.InvalidQuery` for out-of-range parameters and
    `graph.errors.StoreUnavailable` when the backend cannot be reached.
    `as_of` is a date `YYYY[-MM[-DD]]`: only facts known by then are shown
    (see `graph.model.Relation.known_from` and `graph.model.visible_as_of`).
    """

    backend: str  # "neo4j" or "memory"

    def ensure_schema(self) -> None: ...

    def ping(self) -> bool: ...

    def close(self) -> None: ...

    # writes
    def has_document(self, document_id: str) -> bool: ...

    def upsert(self, result: ExtractionResult) -> WriteSummary: ...

    def delete_document(self, document_id: str) -> DeleteSummary: ...

    def load(self, snapshot: Snapshot) -> None: ...

    def clear(self) -> None: ...

    # reads
    def get_entity(self, entity_id: str) -> Entity: ...

    def get_relation(self, relation_id: str) -> Relation: ...

    def get_document(self, document_id: str) -> Document: ...

    def resolve(self, ref: str) -> Entity: ...

    def search(self, q: str, type: str | None = None, limit: int = 20) -> list[Entity]: ...

    def neighborhood(
        self,
        entity_id: str,
        *,
        depth: int = 1,
        limit: int = 50,
        types: Sequence[str] | None = None,
        entity_types: Sequence[str] | None = None,
        min_confidence: float = 0.0,
        as_of: str | None = None,
    ) -> Subgraph: ...

    def paths(
        self,
        source_id: str,
        target_id: str,
        *,
        k: int = 1,
        max_hops: int = 4,
        types: Sequence[str] | None = None,
        direction: Direction = "any",
        exclude: Sequence[str] = (),
        as_of: str | None = None,
    ) -> list[Path]: ...

    def timeline(
        self, entity_id: str | None = None, type: str | None = None, limit: int = 200
    ) -> list[Relation]: ...

    def snapshot(self, as_of: str | None = None) -> Snapshot: ...

    def stats(self, top: int = 10) -> Stats: ...
