"""`Neo4jStore`: the `GraphStore` on a Neo4j 5 server, through the official driver.

Merge rules come from `graph.merge` (pure functions shared with the
embedded store), so both backends give the same answers; every Cypher string
lives in `graph.neo4j.queries`. One upsert, delete or load is one write
transaction: a refused batch changes nothing.

>>> store = Neo4jStore("bolt://127.0.0.1:7687", "neo4j", "secret")  # no I/O yet
>>> store.backend
'neo4j'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from graph import query_checks as qc
from graph.errors import (
    DocumentNotFound,
    EntityNotFound,
    InvalidQuery,
    RelationNotFound,
    StoreUnavailable,
)
from graph.merge import check_entity, check_relation, plan_write
from graph.model import (
    DeleteSummary,
    Document,
    DocumentLink,
    Entity,
    ExtractionResult,
    Path,
    Relation,
    Sentence,
    Snapshot,
    Stats,
    Subgraph,
    WriteSummary,
    as_of_bound,
    fold,
)
from graph.neo4j import queries as Q
from graph.neo4j.cypher import run_readonly
from graph.neo4j.readonly import CypherResult
from graph.ontology import RELATION_TYPES, SYMMETRIC_TYPES
from graph.store import Direction

__all__ = ["Neo4jStore"]

R = TypeVar("R")
_REL_ID = re.compile(r"^(.+?):(" + "|".join(RELATION_TYPES) + r"):(.+)$")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _bound(as_of: str | None) -> str | None:
    return None if as_of is None else as_of_bound(as_of)


def _entity(row: dict[str, Any]) -> Entity:
    return Entity.from_dict(row)


def _relation(row: dict[str, Any]) -> Relation:
    # Sorted here too: Neo4j does not always keep a COLLECT subquery's ORDER BY.
    row["evidence"] = sorted(row["evidence"], key=lambda ev: ev["seq"])
    return Relation.from_dict(row)


def _document(doc: dict[str, Any], sentences: list[dict[str, Any]]) -> Document:
    return Document(**doc, sentences=[Sentence(**s) for s in sentences])


class Neo4jStore:
    """The graph on a Neo4j server.

    Parameters
    ----------
    uri, user, password : str
        Where and how to log in (``bolt://127.0.0.1:7687``).
    database : str
        The database to use (Community edition: ``"neo4j"``).
    batch_size : int
        Rows per ``UNWIND`` write query.
    query_timeout : float
        Server-side timeout in seconds for analyst Cypher (`cypher`).

    The driver is built here but contacts the server only on first use.
    """

    backend = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        batch_size: int = 500,
        query_timeout: float = 10.0,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.database = database
        self.batch_size = batch_size
        self.query_timeout = query_timeout
        self._driver = GraphDatabase.driver(
            uri,
            auth=(user, password),
            notifications_min_severity="OFF",
            connection_acquisition_timeout=30.0,
            max_transaction_retry_time=5.0,  # fail fast (StoreUnavailable) when the server is down
        )

    # -- plumbing ----------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver errors into racegraph errors."""
        try:
            yield
        except AuthError as err:
            raise StoreUnavailable(f"Neo4j refused the login: {err.message}") from err
        except ClientError as err:
            raise InvalidQuery(f"Neo4j refused the query: {err.message}") from err
        except (ServiceUnavailable, neo4j.exceptions.SessionExpired) as err:
            raise StoreUnavailable(f"Neo4j is unavailable: {err}") from err
        except (Neo4jError, DriverError) as err:
            raise StoreUnavailable(f"Neo4j failed: {err}") from err

    def _read(self, work: Callable[[ManagedTransaction], R]) -> R:
        with self._errors(), self._driver.session(database=self.database) as session:
            return session.execute_read(work)

    def _write(self, work: Callable[[ManagedTransaction], R]) -> R:
        with self._errors(), self._driver.session(database=self.database) as session:
            return session.execute_write(work)

    def _rows(self, query: str, **params: Any) -> list[dict[str, Any]]:
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(query, params)]

        return self._read(work)

    # -- lifecycle ---------------------------------------------------------

    def ensure_schema(self) -> None:
        """Constraints on entity/document/sentence/evidence ids, indexes, fulltext."""
        with self._errors(), self._driver.session(database=self.database) as session:
            for statement in Q.schema_statements():
                session.run(statement).consume()

    def ping(self) -> bool:
        """True when the server answers a query; raises `StoreUnavailable` otherwise."""
        return self._rows(Q.PING)[0]["ok"] == 1

    def close(self) -> None:
        self._driver.close()

    def clear(self) -> None:
        self._write(lambda tx: tx.run(Q.CLEAR).consume())

    # -- writes ------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        return bool(self._rows(Q.HAS_DOCUMENT, id=document_id)[0]["found"])

    def upsert(self, result: ExtractionResult) -> WriteSummary:
        now = _now()

        def work(tx: ManagedTransaction) -> WriteSummary:
            ids = [d.id for d in result.documents if isinstance(d.id, str)]
            stored = set(tx.run(Q.STORED_DOCUMENTS, ids=ids).single(strict=True)["ids"])
            plan = plan_write(result, stored.__contains__, now)
            summary = WriteSummary(
                documents=len(plan.documents), skipped_documents=len(plan.skipped)
            )
            self._write_documents(tx, plan.documents)
            summary.entities = self._write_entities(tx, plan.entities, None)
            self._write_links(tx, plan.links)
            summary.relations, summary.evidence = self._write_relations(tx, plan.relations)
            return summary

        return self._write(work)

    def _write_documents(self, tx: ManagedTransaction, docs: list[Document]) -> None:
        for rows in Q.batched(Q.document_rows(docs), self.batch_size):
            tx.run(Q.UPSERT_DOCUMENTS, rows=rows).consume()

    def _write_entities(
        self, tx: ManagedTransaction, entities: list[Entity], added: dict[str, int] | None
    ) -> int:
        created = 0
        for type_, type_rows in Q.entity_rows(entities, added).items():
            for rows in Q.batched(type_rows, self.batch_size):
                created += tx.run(Q.upsert_entities(type_), rows=rows).single(strict=True)[0]
        return created

    def _write_links(self, tx: ManagedTransaction, links: list[DocumentLink]) -> None:
        for rows in Q.batched(Q.link_rows(links), self.batch_size):
            tx.run(Q.UPSERT_LINKS, rows=rows).consume()

    def _write_relations(self, tx: ManagedTransaction, rels: list[Relation]) -> tuple[int, int]:
        created = evidence = 0
        for type_, type_rows in Q.relation_rows(rels).items():
            for rows in Q.batched(type_rows, self.batch_size):
                rec = tx.run(Q.upsert_relations(type_), rows=rows, type=type_).single(strict=True)
                created += rec["created"]
                evidence += rec["evidence"]
        return created, evidence

    def delete_document(self, document_id: str) -> DeleteSummary:
        def work(tx: ManagedTransaction) -> DeleteSummary:
            if not tx.run(Q.HAS_DOCUMENT, id=document_id).single(strict=True)["found"]:
                raise DocumentNotFound(document_id)
            summary = DeleteSummary(document=document_id)
            linked = tx.run(Q.DOCUMENT_LINKS, id=document_id).single(strict=True)["entities"]
            touched = []
            for rec in tx.run(Q.DROP_DOCUMENT_EVIDENCE, id=document_id):
                touched.append(rec["rid"])
                summary.evidence_removed += rec["removed"]
            tx.run(Q.DROP_DOCUMENT, id=document_id).consume()
            if touched:
                rec = tx.run(Q.RECOMPUTE_RELATIONS, ids=touched).single()
                summary.relations_removed += rec["removed"] if rec else 0
            rec = tx.run(Q.DROP_ORPHAN_ENTITIES, ids=linked).single()
            if rec:
                summary.entities_removed = rec["entities"]
                summary.relations_removed += rec["relations"]
            return summary

        return self._write(work)

    def load(self, snapshot: Snapshot) -> None:
        """Merge a snapshot in, keeping its timestamps and counts (like MemoryStore)."""

        def work(tx: ManagedTransaction) -> None:
            ids = {e.id for e in snapshot.entities}
            for ent in snapshot.entities:
                check_entity(ent)
            known_ids = [r.source for r in snapshot.relations] + [
                r.target for r in snapshot.relations
            ]
            known_ids += [k.entity for k in snapshot.links]
            stored_entities = {
                r["entity"]["id"] for r in tx.run(Q.GET_ENTITIES, ids=sorted(set(known_ids) - ids))
            }

            def known(eid: str) -> bool:
                return eid in ids or eid in stored_entities

            for rel in snapshot.relations:
                check_relation(rel, known)
            for link in snapshot.links:
                if not known(link.entity):
                    raise InvalidQuery(f"link to unknown entity {link.entity!r}")
            doc_ids = sorted(
                {d.id for d in snapshot.documents} | {k.document for k in snapshot.links}
            )
            stored = set(tx.run(Q.STORED_DOCUMENTS, ids=doc_ids).single(strict=True)["ids"])
            fresh_docs = [d for d in snapshot.documents if d.id not in stored]
            self._write_documents(tx, fresh_docs)
            fresh = {d.id for d in fresh_docs}
            links = [k for k in snapshot.links if k.document in fresh]
            added: dict[str, int] = {}
            for k in links:
                added[k.entity] = added.get(k.entity, 0) + k.count
            self._write_entities(tx, snapshot.entities, added)
            self._write_links(tx, links)
            self._write_relations(tx, snapshot.relations)

        self._write(work)

    # -- reads -------------------------------------------------------------

    def _visible_entity(self, entity_id: str, as_of: str | None) -> Entity:
        if not isinstance(entity_id, str):
            raise EntityNotFound(str(entity_id))
        rows = self._rows(Q.GET_ENTITY, id=entity_id, bound=_bound(as_of))
        if not rows or not rows[0]["ok"]:
            raise EntityNotFound(entity_id)
        return _entity(rows[0]["entity"])

    def get_entity(self, entity_id: str) -> Entity:
        return self._visible_entity(entity_id, None)

    def get_relation(self, relation_id: str) -> Relation:
        match = _REL_ID.match(relation_id) if isinstance(relation_id, str) else None
        if match is None:
            raise RelationNotFound(str(relation_id))
        source, type_, target = match.groups()
        rows = self._rows(Q.get_relation(type_), source=source, target=target, id=relation_id)
        if not rows:
            raise RelationNotFound(relation_id)
        return _relation(rows[0]["relation"])

    def get_document(self, document_id: str) -> Document:
        rows = self._rows(Q.GET_DOCUMENT, id=document_id)
        if not rows:
            raise DocumentNotFound(str(document_id))
        return _document(rows[0]["document"], rows[0]["sentences"])

    def resolve(self, ref: str) -> Entity:
        qc.check_ref(ref)
        rows = self._rows(Q.GET_ENTITY, id=ref, bound=None)
        if not rows:
            rows = self._rows(Q.RESOLVE, key=fold(ref))
        if not rows:
            raise EntityNotFound(ref)
        return _entity(rows[0]["entity"])

    def search(self, q: str, type: str | None = None, limit: int = 20) -> list[Entity]:
        if type is not None:
            qc.check_entity_type(type)
        qc.check_limit(limit)
        rows = self._rows(Q.SEARCH, q=qc.search_key(q or ""), type=type, limit=limit)
        return [_entity(r["entity"]) for r in rows]

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
        rel_types = qc.check_types(types)
        ent_types = list(qc.check_entity_types(entity_types))
        floor = qc.check_min_confidence(min_confidence)
        as_of = qc.check_as_of(as_of)
        start = self._visible_entity(entity_id, as_of)
        params = {"floor": floor, "bound": _bound(as_of), "entity_types": ent_types}

        def work(tx: ManagedTransaction) -> Subgraph:
            order = [start.id]
            frontier = [start.id]
            for _ in range(depth):
                step = Q.neighbors_step(rel_types)
                found = tx.run(step, frontier=frontier, seen=order, **params).value("id")
                frontier = sorted(found)
                order.extend(frontier)
            kept = order[:limit]
            ents = {
                r["entity"]["id"]: _entity(r["entity"]) for r in tx.run(Q.GET_ENTITIES, ids=kept)
            }
            edges = [
                _relation(r["relation"])
                for r in tx.run(Q.edges_among(rel_types), ids=kept, **params)
            ]
            return Subgraph(
                nodes=[ents[n] for n in kept], edges=edges, truncated=len(order) > limit
            )

        return self._read(work)

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
        rel_types = qc.check_types(types)
        way = qc.check_direction(direction)
        excluded = list(qc.check_entity_types(exclude))
        as_of = qc.check_as_of(as_of)
        qc.check_path_ends(source_id, target_id)
        for end in (source_id, target_id):
            self._visible_entity(end, as_of)
        query = Q.shortest_paths(k, max_hops, rel_types, way)
        params = {
            "source": source_id,
            "target": target_id,
            "bound": _bound(as_of),
            "excluded": excluded,
            "symmetric": sorted(SYMMETRIC_TYPES),
        }

        def work(tx: ManagedTransaction) -> list[Path]:
            hidden: list[str] = []
            if as_of is not None:
                hidden = tx.run(Q.HIDDEN_ENTITIES, bound=params["bound"]).single(strict=True)[0]
            found = sorted(
                {
                    (tuple(r["nodes"]), tuple(r["edges"]))
                    for r in tx.run(query, params, hidden=hidden)
                },
                key=lambda p: (len(p[1]), p[0], p[1]),
            )[:k]
            ids = sorted({n for nodes, _ in found for n in nodes})
            ents = {
                r["entity"]["id"]: _entity(r["entity"]) for r in tx.run(Q.GET_ENTITIES, ids=ids)
            }
            rels = self._relations_by_id(tx, {e for _, edges in found for e in edges})
            return [
                Path(nodes=[ents[n] for n in nodes], edges=[rels[e] for e in edges])
                for nodes, edges in found
            ]

        return self._read(work)

    def _relations_by_id(self, tx: ManagedTransaction, ids: set[str]) -> dict[str, Relation]:
        out: dict[str, Relation] = {}
        for rid in sorted(ids):
            match = _REL_ID.match(rid)
            if match is None:
                continue
            source, type_, target = match.groups()
            rec = tx.run(Q.get_relation(type_), source=source, target=target, id=rid).single()
            if rec is not None:
                out[rid] = _relation(rec["relation"])
        return out

    def timeline(
        self, entity_id: str | None = None, type: str | None = None, limit: int = 200
    ) -> list[Relation]:
        if type is not None:
            qc.check_relation_type(type)
        qc.check_limit(limit)
        if entity_id is not None:
            self.get_entity(entity_id)
        rows = self._rows(Q.TIMELINE, entity=entity_id, type=type, limit=limit)
        return [_relation(r["relation"]) for r in rows]

    def snapshot(self, as_of: str | None = None) -> Snapshot:
        as_of = qc.check_as_of(as_of)
        bound = _bound(as_of)

        def work(tx: ManagedTransaction) -> Snapshot:
            docs = [
                _document(r["document"], r["sentences"])
                for r in tx.run(Q.SNAPSHOT_DOCUMENTS, bound=bound)
            ]
            ents = [_entity(r["entity"]) for r in tx.run(Q.SNAPSHOT_ENTITIES, bound=bound)]
            rels = []
            for r in tx.run(Q.SNAPSHOT_RELATIONS, bound=bound):
                rel = _relation(r["relation"])
                rel.evidence.sort(key=lambda ev: ev.key)
                rels.append(rel)
            links = [
                DocumentLink(r["document"], r["entity"], r["count"])
                for r in tx.run(Q.SNAPSHOT_LINKS, bound=bound)
            ]
            return Snapshot(documents=docs, entities=ents, relations=rels, links=links, as_of=as_of)

        return self._read(work)

    def stats(self, top: int = 10) -> Stats:
        qc.check_limit(top, "top")

        def work(tx: ManagedTransaction) -> Stats:
            return Stats(
                entities_by_type={r["type"]: r["n"] for r in tx.run(Q.STATS_ENTITIES)},
                relations_by_type={r["type"]: r["n"] for r in tx.run(Q.STATS_RELATIONS)},
                documents=tx.run(Q.STATS_DOCUMENTS).single(strict=True)["n"],
                most_connected=[
                    (_entity(r["entity"]), r["degree"]) for r in tx.run(Q.STATS_TOP, top=top)
                ],
            )

        return self._read(work)

    # -- analyst Cypher ----------------------------------------------------

    def cypher(
        self, query: str, params: dict[str, Any] | None = None, limit: int = 1000
    ) -> CypherResult:
        """Run read-only Cypher; see `graph.neo4j.cypher.run_readonly`.

        Returns ``(columns, rows)`` (a `CypherResult`, with ``.truncated``).
        Raises `InvalidQuery` for anything but a read, `StoreUnavailable`.
        """
        with self._errors():
            return run_readonly(
                self._driver, self.database, query, params, limit, self.query_timeout
            )
