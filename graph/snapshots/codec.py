"""Plain-dict form of a `Snapshot` (JSON-ready), and back.

Used by the embedded store's file and by the snapshot formats.

>>> from graph.model import Snapshot
>>> snapshot_from_dict(snapshot_to_dict(Snapshot(as_of="2024"))) == Snapshot(as_of="2024")
True
"""

from __future__ import annotations

from typing import Any

from graph.errors import InvalidQuery
from graph.model import Document, DocumentLink, Entity, Relation, Sentence, Snapshot

__all__ = [
    "document_from_dict",
    "document_to_dict",
    "snapshot_from_dict",
    "snapshot_to_dict",
]


def document_to_dict(doc: Document) -> dict[str, Any]:
    """Every field of a document, sentences as dicts."""
    return {
        "id": doc.id,
        "title": doc.title,
        "language": doc.language,
        "published": doc.published,
        "url": doc.url,
        "text": doc.text,
        "ingested_at": doc.ingested_at,
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in doc.sentences
        ],
    }


def document_from_dict(data: dict[str, Any]) -> Document:
    """The inverse of `document_to_dict`."""
    return Document(
        id=data["id"],
        title=data.get("title"),
        language=data.get("language"),
        published=data.get("published"),
        url=data.get("url"),
        text=data.get("text") or "",
        sentences=[Sentence(**s) for s in data.get("sentences") or []],
        ingested_at=data.get("ingested_at"),
    )


def snapshot_to_dict(snapshot: Snapshot) -> dict[str, Any]:
    """A JSON-ready dict with every field of every object."""
    return {
        "as_of": snapshot.as_of,
        "documents": [document_to_dict(d) for d in snapshot.documents],
        "entities": [e.to_dict() for e in snapshot.entities],
        "relations": [r.to_dict() for r in snapshot.relations],
        "links": [
            {"document": k.document, "entity": k.entity, "count": k.count} for k in snapshot.links
        ],
    }


def snapshot_from_dict(data: dict[str, Any]) -> Snapshot:
    """The inverse of `snapshot_to_dict`; raises `InvalidQuery` on a malformed dict."""
    try:
        return Snapshot(
            documents=[document_from_dict(d) for d in data.get("documents", [])],
            entities=[Entity.from_dict(e) for e in data.get("entities", [])],
            relations=[Relation.from_dict(r) for r in data.get("relations", [])],
            links=[
                DocumentLink(k["document"], k["entity"], int(k["count"]))
                for k in data.get("links", [])
            ],
            as_of=data.get("as_of"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise InvalidQuery(f"malformed snapshot data: {err!r}") from None
