"""`GraphState`: what the embedded store holds, and how writes change it.

A networkx `MultiDiGraph` (entities as nodes keyed by id with data ``entity``,
relations as edges keyed by relation id with data ``relation``) plus documents
and document->entity links. Not thread-safe by itself: `MemoryStore` holds the
lock. Merge rules come from `graph.merge`.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable

import networkx as nx

from graph.errors import DocumentNotFound, InvalidQuery
from graph.merge import (
    WritePlan,
    check_entity,
    check_relation,
    copy_document,
    copy_entity,
    copy_relation,
    merge_entity,
    merge_relation,
    recompute_relation,
)
from graph.model import (
    DeleteSummary,
    Document,
    DocumentLink,
    Entity,
    Relation,
    Snapshot,
    WriteSummary,
    visible_as_of,
)

__all__ = ["GraphState"]


class GraphState:
    """The embedded graph's data and its write operations."""

    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()
        self.docs: dict[str, Document] = {}
        self.links: dict[str, dict[str, int]] = {}  # document -> entity -> count
        self.entity_docs: dict[str, set[str]] = {}  # entity -> documents linking it
        self.rel_ends: dict[str, tuple[str, str]] = {}  # relation id -> (source, target)

    # -- access --------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        """The stored entity (not a copy), or None."""
        if not isinstance(entity_id, str) or entity_id not in self.g:
            return None
        return self.g.nodes[entity_id]["entity"]

    def relation(self, relation_id: str) -> Relation | None:
        """The stored relation (not a copy), or None."""
        ends = self.rel_ends.get(relation_id)
        if ends is None:
            return None
        return self.g.edges[ends[0], ends[1], relation_id]["relation"]

    def visibility(self, as_of: str | None) -> Callable[[str], bool]:
        """Entity visibility as of a date: some document linking it is that old."""
        cache: dict[str, bool] = {}

        def visible(eid: str) -> bool:
            if as_of is None:
                return True
            if eid not in cache:
                cache[eid] = any(
                    visible_as_of(self.docs[d].date, as_of)
                    for d in self.entity_docs.get(eid, ())
                    if d in self.docs
                )
            return cache[eid]

        return visible

    # -- writes --------------------------------------------------------------

    def apply(self, plan: WritePlan) -> WriteSummary:
        """Add what `graph.merge.plan_write` decided."""
        summary = WriteSummary(documents=len(plan.documents), skipped_documents=len(plan.skipped))
        for doc in plan.documents:
            self.docs[doc.id] = doc
            self.links[doc.id] = {}
        for link in plan.links:
            self._add_link(link)
        for ent in plan.entities:
            summary.entities += self._put_entity(ent, ent.mentions)
        for rel in plan.relations:
            created, added = self._put_relation(rel)
            summary.relations += created
            summary.evidence += added
        return summary

    def check_snapshot(self, snapshot: Snapshot) -> None:
        """Raise `InvalidQuery` unless `snapshot` can be loaded as it is."""
        ids = {e.id for e in snapshot.entities}
        for ent in snapshot.entities:
            check_entity(ent)

        def known(eid: str) -> bool:
            return eid in ids or eid in self.g

        for rel in snapshot.relations:
            check_relation(rel, known)
        for link in snapshot.links:
            if not known(link.entity):
                raise InvalidQuery(f"link to unknown entity {link.entity!r}")

    def load(self, snapshot: Snapshot) -> None:
        """Merge a checked snapshot in, keeping its timestamps and counts."""
        fresh = {d.id for d in snapshot.documents if d.id not in self.docs}
        fresh |= {k.document for k in snapshot.links if k.document not in self.docs}
        for doc in snapshot.documents:
            if doc.id in fresh and doc.id not in self.docs:
                self.docs[doc.id] = copy_document(doc)
                self.links[doc.id] = {}
        added = Counter[str]()
        for link in snapshot.links:
            if link.document in fresh:
                self.links.setdefault(link.document, {})
                self._add_link(link)
                added[link.entity] += link.count
        for ent in snapshot.entities:
            self._put_entity(ent, added[ent.id])
        for rel in snapshot.relations:
            self._put_relation(rel)

    def _add_link(self, link: DocumentLink) -> None:
        self.links[link.document][link.entity] = link.count
        self.entity_docs.setdefault(link.entity, set()).add(link.document)

    def _put_entity(self, ent: Entity, added_mentions: int) -> int:
        """Merge or insert; returns 1 when the entity is new."""
        old = self.entity(ent.id)
        if old is not None:
            self.g.nodes[ent.id]["entity"] = merge_entity(old, ent, added_mentions)
            return 0
        self.g.add_node(ent.id, entity=copy_entity(ent))
        return 1

    def _put_relation(self, rel: Relation) -> tuple[int, int]:
        """Merge or insert; returns (1 if new, evidence items added)."""
        old = self.relation(rel.id)
        if old is not None:
            merged, added = merge_relation(old, rel)
            self.g.edges[rel.source, rel.target, rel.id]["relation"] = merged
            return 0, added
        self.g.add_edge(rel.source, rel.target, key=rel.id, relation=copy_relation(rel))
        self.rel_ends[rel.id] = (rel.source, rel.target)
        return 1, len(rel.evidence)

    def delete_document(self, document_id: str) -> DeleteSummary:
        """Remove a document, its links and evidence, and whatever only it supported."""
        if document_id not in self.docs:
            raise DocumentNotFound(document_id)
        summary = DeleteSummary(document=document_id)
        del self.docs[document_id]
        for eid, count in self.links.pop(document_id).items():
            ent = self.g.nodes[eid]["entity"]
            ent.mentions = max(ent.mentions - count, 0)
            self.entity_docs[eid].discard(document_id)
        ingested = {d.id: d.ingested_at for d in self.docs.values()}
        for s, t, key, rel in list(self.g.edges(keys=True, data="relation")):
            kept = [ev for ev in rel.evidence if ev.document != document_id]
            if len(kept) == len(rel.evidence):
                continue
            summary.evidence_removed += len(rel.evidence) - len(kept)
            if kept:
                rest = dataclasses.replace(rel, evidence=kept)
                self.g.edges[s, t, key]["relation"] = recompute_relation(rest, ingested)
            else:
                self._remove_edge(s, t, key)
                summary.relations_removed += 1
        for eid in [e for e, docs in self.entity_docs.items() if not docs]:
            touching = list(self.g.in_edges(eid, keys=True)) + list(
                self.g.out_edges(eid, keys=True)
            )
            for s, t, key in touching:
                self._remove_edge(s, t, key)
                summary.relations_removed += 1
            self.g.remove_node(eid)
            del self.entity_docs[eid]
            summary.entities_removed += 1
        return summary

    def _remove_edge(self, s: str, t: str, key: str) -> None:
        self.g.remove_edge(s, t, key)
        self.rel_ends.pop(key, None)

    # -- snapshot ------------------------------------------------------------

    def snapshot(self, as_of: str | None) -> Snapshot:
        """Everything visible as of `as_of`, sorted by id, as independent copies."""
        visible = self.visibility(as_of)
        docs = sorted(
            (d for d in self.docs.values() if visible_as_of(d.date, as_of)), key=lambda d: d.id
        )
        ents = sorted((e for n, e in self.g.nodes(data="entity") if visible(n)), key=lambda e: e.id)
        rels = sorted(
            (
                dataclasses.replace(r, evidence=sorted(r.evidence, key=lambda ev: ev.key))
                for s, t, r in self.g.edges(data="relation")
                if visible_as_of(r.known_from, as_of) and visible(s) and visible(t)
            ),
            key=lambda r: r.id,
        )
        links = [
            DocumentLink(d.id, e, c)
            for d in docs
            for e, c in sorted(self.links.get(d.id, {}).items())
            if visible(e)
        ]
        return Snapshot(
            documents=[copy_document(d) for d in docs],
            entities=[copy_entity(e) for e in ents],
            relations=rels,
            links=links,
            as_of=as_of,
        )
