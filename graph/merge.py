"""How a write merges into a graph: pure functions, no storage.

`plan_write` checks an `ExtractionResult` and turns it into exactly what must
be added (new documents stamped with their ingestion time, document->entity
links, entities and relations restricted to the new documents); `merge_entity`
and `merge_relation` fold an incoming object into a stored one;
`recompute_relation` rebuilds a relation's derived fields from the evidence left
after a delete. Nothing here imports networkx, so any backend can reuse it.

Rules (the `GraphStore` contract):

- documents already stored are skipped entirely, with everything they support;
- an entity's `mentions` is the sum of its document links' counts;
- every evidence carries its document's date (`document_date`), the fact's date
  as the span gives it (`date`, else the relation's) and a confidence of at
  least the relation's; a relation's `confidence` is the max over its evidence,
  its `date` the earliest evidence date, `first_seen`/`last_seen` the min/max
  ingestion time of the documents its evidence comes from.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from graph.errors import InvalidQuery
from graph.model import Document, DocumentLink, Entity, Evidence, ExtractionResult, Relation
from graph.ontology import ENTITY_TYPES, RELATION_TYPES

__all__ = [
    "WritePlan",
    "check_entity",
    "check_relation",
    "copy_document",
    "copy_entity",
    "copy_relation",
    "merge_entity",
    "merge_relation",
    "plan_write",
    "recompute_relation",
]


@dataclass(slots=True)
class WritePlan:
    """What one upsert adds: only parts backed by documents not yet stored."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    links: list[DocumentLink] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


def check_entity(entity: Entity) -> None:
    """Raise `InvalidQuery` unless the entity has an id, a name and an ontology type."""
    if not isinstance(entity.id, str) or not entity.id:
        raise InvalidQuery(f"entity without an id: {entity!r}")
    if not isinstance(entity.name, str) or not entity.name:
        raise InvalidQuery(f"entity {entity.id!r} has no name")
    if entity.type not in ENTITY_TYPES:
        raise InvalidQuery(
            f"entity {entity.id!r} has unknown type {entity.type!r}; "
            f"expected one of {', '.join(ENTITY_TYPES)}"
        )


def check_relation(relation: Relation, known: Callable[[str], bool]) -> None:
    """Raise `InvalidQuery` unless the relation is typed, has evidence and known ends."""
    if relation.type not in RELATION_TYPES:
        raise InvalidQuery(
            f"relation {relation.id!r} has unknown type {relation.type!r}; "
            f"expected one of {', '.join(RELATION_TYPES)}"
        )
    if relation.source == relation.target:
        raise InvalidQuery(f"relation {relation.id!r} joins an entity to itself")
    for end in (relation.source, relation.target):
        if not known(end):
            raise InvalidQuery(f"relation {relation.id!r} refers to unknown entity {end!r}")
    if not relation.evidence:
        raise InvalidQuery(f"relation {relation.id!r} has no evidence")
    for ev in relation.evidence:
        if not (isinstance(ev.start, int) and isinstance(ev.end, int) and 0 <= ev.start <= ev.end):
            raise InvalidQuery(f"relation {relation.id!r} has a bad evidence span {ev.key!r}")


def plan_write(result: ExtractionResult, is_stored: Callable[[str], bool], now: str) -> WritePlan:
    """Check `result` and compute what an upsert at time `now` adds.

    Raises `InvalidQuery` (before anything is written) for entities of unknown
    type, relations of unknown type, to unknown entities or without evidence,
    evidence or mentions citing documents outside the batch.

    >>> plan_write(ExtractionResult(), lambda _: False, "2025-01-01T00:00:00Z").documents
    []
    """
    docs = _batch_documents(result)
    entities = _batch_entities(result)
    if entities and not docs:
        raise InvalidQuery("entities given without any document to link them to")
    for rel in result.relations:
        check_relation(rel, entities.__contains__)
        for ev in rel.evidence:
            if ev.document not in docs:
                raise InvalidQuery(f"evidence of {rel.id!r} cites unknown document {ev.document!r}")
    for m in result.mentions:
        if m.document not in docs or m.entity not in entities:
            raise InvalidQuery(f"mention of {m.entity!r} in {m.document!r} is outside the batch")

    plan = WritePlan()
    new: dict[str, Document] = {}
    for doc_id, doc in docs.items():
        if is_stored(doc_id):
            plan.skipped.append(doc_id)
        else:
            new[doc_id] = dataclasses.replace(
                copy_document(doc), ingested_at=doc.ingested_at or now
            )
    plan.documents = list(new.values())

    counts = _link_counts(result, list(docs), entities)
    plan.links = [DocumentLink(d, e, c) for (d, e), c in counts.items() if d in new]
    added = Counter[str]()
    for link in plan.links:
        added[link.entity] += link.count
    plan.entities = [
        dataclasses.replace(copy_entity(ent), mentions=added[eid])
        for eid, ent in entities.items()
        if eid in added
    ]

    merged: dict[str, Relation] = {}
    for rel in result.relations:
        incoming = _new_part(rel, new)
        if incoming is None:
            continue
        old = merged.get(incoming.id)
        merged[incoming.id] = incoming if old is None else merge_relation(old, incoming)[0]
    plan.relations = list(merged.values())
    return plan


def _batch_documents(result: ExtractionResult) -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for doc in result.documents:
        if not isinstance(doc.id, str) or not doc.id:
            raise InvalidQuery(f"document without an id: {doc.title!r}")
        docs.setdefault(doc.id, doc)
    return docs


def _batch_entities(result: ExtractionResult) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for ent in result.entities:
        check_entity(ent)
        old = entities.get(ent.id)
        entities[ent.id] = copy_entity(ent) if old is None else merge_entity(old, ent, 0)
    return entities


def _link_counts(
    result: ExtractionResult, doc_ids: list[str], entities: Mapping[str, Entity]
) -> dict[tuple[str, str], int]:
    """Document->entity mention counts for the batch.

    From `result.mentions` when the entity has any; else, in a one-document
    batch, the entity's own `mentions`; else one per document whose evidence
    names it, else one per document of the batch. An evidence span always
    mentions both ends, so those links exist whatever the mention list says.
    """
    counts: dict[tuple[str, str], int] = dict(
        Counter((m.document, m.entity) for m in result.mentions)
    )
    listed = {e for _, e in counts}
    for eid, ent in entities.items():
        if eid not in listed and len(doc_ids) == 1:
            counts[(doc_ids[0], eid)] = max(ent.mentions, 1)
    for rel in result.relations:
        for ev in rel.evidence:
            for end in (rel.source, rel.target):
                counts.setdefault((ev.document, end), 1)
    linked = {e for _, e in counts}
    for eid in entities:
        if eid not in linked:
            for doc_id in doc_ids:
                counts[(doc_id, eid)] = 1
    return dict(sorted(counts.items()))


def _new_part(rel: Relation, new: Mapping[str, Document]) -> Relation | None:
    """The relation restricted to evidence from new documents, normalised."""
    evidence: dict[tuple[str, int, int, str], Evidence] = {}
    for ev in rel.evidence:
        doc = new.get(ev.document)
        if doc is None or ev.key in evidence:
            continue
        evidence[ev.key] = dataclasses.replace(
            ev,
            document_date=ev.document_date or doc.date,
            date=ev.date or rel.date,
            confidence=max(float(ev.confidence), float(rel.confidence)),
        )
    if not evidence:
        return None
    seen = [new[ev.document].ingested_at or "" for ev in evidence.values()]
    out = Relation(rel.source, rel.type, rel.target, evidence=list(evidence.values()))
    return recompute_relation(out, {}, default_seen=(min(seen), max(seen)))


def merge_entity(old: Entity, new: Entity, added_mentions: int) -> Entity:
    """`old` with `new`'s aliases appended (order kept), a qid if it lacked one.

    The first name, type, confidence and source win; `mentions` grows by `added_mentions`.

    >>> a = Entity("china", "China", "Location", ["China"], mentions=2)
    >>> merge_entity(a, Entity("china", "Trung Quốc", "Location", ["Trung Quốc"]), 1).aliases
    ['China', 'Trung Quốc']
    """
    aliases = list(old.aliases)
    for alias in new.aliases:
        if alias not in aliases:
            aliases.append(alias)
    return dataclasses.replace(
        old, aliases=aliases, qid=old.qid or new.qid, mentions=old.mentions + added_mentions
    )


def merge_relation(old: Relation, new: Relation) -> tuple[Relation, int]:
    """Fold `new` into `old`: evidence appended unless its key is there.

    Returns the merged relation and how many evidence items were added;
    confidence is the max, date the earliest, first/last seen the min/max.
    """
    keys = {ev.key for ev in old.evidence}
    extra = [ev for ev in new.evidence if ev.key not in keys]
    merged = Relation(
        old.source,
        old.type,
        old.target,
        date=_pick(min, old.date, new.date),
        confidence=max(old.confidence, new.confidence),
        evidence=list(old.evidence) + extra,
        first_seen=_pick(min, old.first_seen, new.first_seen),
        last_seen=_pick(max, old.last_seen, new.last_seen),
    )
    return merged, len(extra)


def recompute_relation(
    rel: Relation,
    ingested: Mapping[str, str | None],
    default_seen: tuple[str | None, str | None] | None = None,
) -> Relation:
    """Derive confidence, date and first/last seen from `rel.evidence`.

    `ingested` maps document ids to their `ingested_at`; when none of the
    evidence documents is in it, `default_seen` (else the current values) is kept.
    """
    dates = [ev.date for ev in rel.evidence if ev.date]
    seen = [t for t in (ingested.get(ev.document) for ev in rel.evidence) if t]
    if seen:
        first, last = min(seen), max(seen)
    elif default_seen is not None:
        first, last = default_seen
    else:
        first, last = rel.first_seen, rel.last_seen
    return Relation(
        rel.source,
        rel.type,
        rel.target,
        date=min(dates) if dates else None,
        confidence=max((float(ev.confidence) for ev in rel.evidence), default=rel.confidence),
        evidence=list(rel.evidence),
        first_seen=first,
        last_seen=last,
    )


def _pick(fn: Callable[..., str], a: str | None, b: str | None) -> str | None:
    if a and b:
        return fn(a, b)
    return a or b


def copy_entity(ent: Entity) -> Entity:
    """An independent copy (aliases list included)."""
    return dataclasses.replace(ent, aliases=list(ent.aliases))


def copy_relation(rel: Relation) -> Relation:
    """An independent copy (evidence list included; evidence itself is frozen)."""
    return dataclasses.replace(rel, evidence=list(rel.evidence))


def copy_document(doc: Document) -> Document:
    """An independent copy (sentences list included)."""
    return dataclasses.replace(doc, sentences=[dataclasses.replace(s) for s in doc.sentences])
