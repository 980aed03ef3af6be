"""Snapshot as CSV files for `neo4j-admin database import full`.

Files: ``entities.csv`` (nodes, labels ``Entity;<Type>``), ``documents.csv``
(nodes, label ``Document``), ``relations.csv`` (typed relationships, evidence
as a JSON string), ``mentions.csv`` (``Document``-[:MENTIONS {count}]->``Entity``).
Headers use neo4j-admin's typed columns; arrays use ``;`` as delimiter, so a
``;`` inside an alias is written as ``,``. All ids share one global id space.

Import with::

    neo4j-admin database import full --nodes=entities.csv --nodes=documents.csv \\
        --relationships=relations.csv --relationships=mentions.csv neo4j
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from graph.model import Snapshot
from graph.ontology import check_entity_type, check_relation_type
from graph.snapshots.codec import document_to_dict

__all__ = ["DOCUMENT_HEADER", "ENTITY_HEADER", "MENTION_HEADER", "RELATION_HEADER", "render_csv"]

ENTITY_HEADER = [
    "id:ID",
    "name",
    "type",
    "aliases:string[]",
    "qid",
    "mentions:int",
    "confidence:float",
    "source",
    ":LABEL",
]
RELATION_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "id",
    "date",
    "confidence:float",
    "first_seen",
    "last_seen",
    "evidence",
]
DOCUMENT_HEADER = [
    "id:ID",
    "title",
    "language",
    "published",
    "url",
    "ingested_at",
    "text",
    "sentences",
    ":LABEL",
]
MENTION_HEADER = [":START_ID", ":END_ID", ":TYPE", "count:int"]


def _table(header: list[str], rows: Iterable[list[object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode("utf-8")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def render_csv(snapshot: Snapshot) -> dict[str, bytes]:
    """The four CSV files, rows sorted by id."""
    entities = [
        [
            e.id,
            e.name,
            e.type,
            ";".join(a.replace(";", ",") for a in e.aliases),
            e.qid,
            e.mentions,
            repr(float(e.confidence)),
            e.source,
            f"Entity;{check_entity_type(e.type)}",
        ]
        for e in sorted(snapshot.entities, key=lambda e: e.id)
    ]
    relations = [
        [
            r.source,
            r.target,
            check_relation_type(r.type),
            r.id,
            r.date,
            repr(float(r.confidence)),
            r.first_seen,
            r.last_seen,
            _json([ev.to_dict() for ev in sorted(r.evidence, key=lambda ev: ev.key)]),
        ]
        for r in sorted(snapshot.relations, key=lambda r: r.id)
    ]
    documents = []
    for d in sorted(snapshot.documents, key=lambda d: d.id):
        data = document_to_dict(d)
        documents.append(
            [
                d.id,
                d.title,
                d.language,
                d.published,
                d.url,
                d.ingested_at,
                d.text,
                _json(data["sentences"]),
                "Document",
            ]
        )
    mentions = [
        [k.document, k.entity, "MENTIONS", k.count]
        for k in sorted(snapshot.links, key=lambda k: (k.document, k.entity))
    ]
    return {
        "entities.csv": _table(ENTITY_HEADER, entities),
        "documents.csv": _table(DOCUMENT_HEADER, documents),
        "relations.csv": _table(RELATION_HEADER, relations),
        "mentions.csv": _table(MENTION_HEADER, mentions),
    }
