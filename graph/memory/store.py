"""`MemoryStore`: the embedded `GraphStore` on a networkx `MultiDiGraph`.

Entities are nodes keyed by id (data ``entity``); relations are edges keyed by
relation id (data ``relation``); documents and document->entity links live
beside the graph. With a `path`, the whole store is a JSON file rewritten
atomically (temporary file + rename) after every write and read back on start.

>>> from graph.model import Entity, ExtractionResult, Document
>>> store = MemoryStore()
>>> doc = Document(id="d1", text="DeepSeek ...")
>>> ent = Entity("deepseek", "DeepSeek", "Organization", ["DeepSeek"], mentions=1)
>>> store.upsert(ExtractionResult(documents=[doc], entities=[ent])).entities
1
>>> store.resolve("deepseek").name
'DeepSeek'
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path as FilePath

from graph import query_checks as qc
from graph.errors import DocumentNotFound, EntityNotFound, RelationNotFound
from graph.memory import persist
from graph.memory.state import GraphState
from graph.memory.traverse import bounded_bfs, k_shortest_simple_paths
from graph.merge import (
    copy_document,
    copy_entity,
    copy_relation,
    plan_write,
)
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
    fold,
    visible_as_of,
)
from graph.store import Direction

__all__ = ["MemoryStore"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class MemoryStore:
    """The embedded graph store; see `graph.store.GraphStore` for the contract.

    Parameters
    ----------
    path : pathlib.Path, optional
        JSON file holding the store (read if it exists, rewritten after each
        write). None keeps everything in memory only.
    """

    backend = "memory"

    def __init__(self, path: FilePath | str | None = None) -> None:
        self._path = FilePath(path) if path is not None else None
        self._lock = threading.RLock()
        self._reset()
        if self._path is not None and self._path.exists():
            self._state.load(persist.read(self._path))

    def _reset(self) -> None:
        self._state = GraphState()

    # -- lifecycle ---------------------------------------------------------

    def ensure_schema(self) -> None:
        """Nothing to set up for the embedded store."""

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""

    def clear(self) -> None:
        with self._lock:
            self._reset()
            self._save()

    # -- writes ------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self._lock:
            return document_id in self._state.docs

    def upsert(self, result: ExtractionResult) -> WriteSummary:
        with self._lock:
            plan = plan_write(result, self._state.docs.__contains__, _now())
            summary = self._state.apply(plan)
            if plan.documents:
                self._save()
            return summary

    def load(self, snapshot: Snapshot) -> None:
        with self._lock:
            self._state.check_snapshot(snapshot)
            self._state.load(snapshot)
            self._save()

    def delete_document(self, document_id: str) -> DeleteSummary:
        with self._lock:
            summary = self._state.delete_document(document_id)
            self._save()
            return summary

    # -- reads -------------------------------------------------------------

    def get_entity(self, entity_id: str) -> Entity:
        with self._lock:
            return copy_entity(self._entity(entity_id))

    def _entity(self, entity_id: str) -> Entity:
        ent = self._state.entity(entity_id)
        if ent is None:
            raise EntityNotFound(str(entity_id))
        return ent

    def get_relation(self, relation_id: str) -> Relation:
        with self._lock:
            rel = self._state.relation(relation_id)
            if rel is None:
                raise RelationNotFound(relation_id)
            return copy_relation(rel)

    def get_document(self, document_id: str) -> Document:
        with self._lock:
            if document_id not in self._state.docs:
                raise DocumentNotFound(document_id)
            return copy_document(self._state.docs[document_id])

    def resolve(self, ref: str) -> Entity:
        qc.check_ref(ref)
        with self._lock:
            if ref in self._state.g:
                return copy_entity(self._entity(ref))
            key = fold(ref)
            hits = [
                e
                for _, e in self._state.g.nodes(data="entity")
                if key in {fold(e.id), fold(e.name), *(fold(a) for a in e.aliases)}
            ]
            if not hits:
                raise EntityNotFound(ref)
            return copy_entity(min(hits, key=lambda e: (-e.mentions, e.id)))

    def search(self, q: str, type: str | None = None, limit: int = 20) -> list[Entity]:
        if type is not None:
            qc.check_entity_type(type)
        qc.check_limit(limit)
        key = qc.search_key(q or "")
        with self._lock:
            ranked = []
            for _, e in self._state.g.nodes(data="entity"):
                if type is not None and e.type != type:
                    continue
                rank = qc.search_rank(key, [e.name, *e.aliases])
                if rank is not None:
                    ranked.append((rank, -e.mentions, e.id, e))
            ranked.sort(key=lambda r: r[:3])
            return [copy_entity(r[3]) for r in ranked[:limit]]

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
    ) -> Subgraph:
        qc.check_depth(depth)
        qc.check_limit(limit)
        rel_types = set(qc.check_types(types))
        ent_types = set(qc.check_entity_types(entity_types))
        floor = qc.check_min_confidence(min_confidence)
        as_of = qc.check_as_of(as_of)
        with self._lock:
            visible = self._state.visibility(as_of)
            self._entity(entity_id)
            if not visible(entity_id):
                raise EntityNotFound(entity_id)

            def edge_ok(rel: Relation) -> bool:
                return (
                    (not rel_types or rel.type in rel_types)
                    and rel.confidence >= floor
                    and visible_as_of(rel.known_from, as_of)
                )

            def node_ok(eid: str) -> bool:
                typ = self._state.g.nodes[eid]["entity"].type
                return (not ent_types or typ in ent_types) and visible(eid)

            nodes, edges, truncated = bounded_bfs(
                self._state.g, entity_id, depth, limit, edge_ok, node_ok
            )
            return Subgraph(
                nodes=[copy_entity(self._entity(n)) for n in nodes],
                edges=[self._relation(e) for e in edges],
                truncated=truncated,
            )

    def _relation(self, relation_id: str) -> Relation:
        rel = self._state.relation(relation_id)
        assert rel is not None  # ids come from the graph itself
        return copy_relation(rel)

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
    ) -> list[Path]:
        qc.check_k(k)
        qc.check_hops(max_hops)
        rel_types = set(qc.check_types(types))
        way = qc.check_direction(direction)
        excluded = set(qc.check_entity_types(exclude))
        as_of = qc.check_as_of(as_of)
        qc.check_path_ends(source_id, target_id)
        with self._lock:
            visible = self._state.visibility(as_of)
            for end in (source_id, target_id):
                self._entity(end)
                if not visible(end):
                    raise EntityNotFound(end)

            def edge_ok(rel: Relation) -> bool:
                return (not rel_types or rel.type in rel_types) and visible_as_of(
                    rel.known_from, as_of
                )

            def inner_ok(eid: str) -> bool:
                return self._state.g.nodes[eid]["entity"].type not in excluded and visible(eid)

            found = k_shortest_simple_paths(
                self._state.g,
                source_id,
                target_id,
                k=k,
                max_hops=max_hops,
                direction=way,
                edge_ok=edge_ok,
                inner_ok=inner_ok,
            )
            return [
                Path(
                    nodes=[copy_entity(self._entity(n)) for n in nodes],
                    edges=[self._relation(e) for e in edges],
                )
                for nodes, edges in found
            ]

    def timeline(
        self, entity_id: str | None = None, type: str | None = None, limit: int = 200
    ) -> list[Relation]:
        if type is not None:
            qc.check_relation_type(type)
        qc.check_limit(limit)
        with self._lock:
            if entity_id is not None:
                self._entity(entity_id)
                edges = list(self._state.g.out_edges(entity_id, data="relation")) + list(
                    self._state.g.in_edges(entity_id, data="relation")
                )
            else:
                edges = list(self._state.g.edges(data="relation"))
            rels = [r for _, _, r in edges if r.date and (type is None or r.type == type)]
            rels.sort(key=lambda r: (r.date, r.id))
            return [copy_relation(r) for r in rels[:limit]]

    def snapshot(self, as_of: str | None = None) -> Snapshot:
        as_of = qc.check_as_of(as_of)
        with self._lock:
            return self._state.snapshot(as_of)

    def stats(self, top: int = 10) -> Stats:
        qc.check_limit(top, "top")
        with self._lock:
            by_type = Counter(e.type for _, e in self._state.g.nodes(data="entity"))
            rel_types = Counter(r.type for _, _, r in self._state.g.edges(data="relation"))
            degrees = sorted(self._state.g.degree(), key=lambda nd: (-nd[1], nd[0]))[:top]
            return Stats(
                entities_by_type=dict(sorted(by_type.items())),
                relations_by_type=dict(sorted(rel_types.items())),
                documents=len(self._state.docs),
                most_connected=[(copy_entity(self._entity(n)), d) for n, d in degrees],
            )

    # -- persistence -------------------------------------------------------

    def _save(self) -> None:
        if self._path is not None:
            persist.write(self._path, self._state.snapshot(None))
