r"""Snapshot as a Cypher script that rebuilds the graph in Neo4j.

Parameter-free statements, one per line, each ending in ``;`` (run it with
``cypher-shell -f graph.cypher``). Every value is a literal made by `literal`,
which escapes quotes, backslashes and control characters; labels and
relationship types are the ontology's (checked, then backtick-quoted) plus the
fixed structural names ``Entity``, ``Document`` and ``MENTIONS``.

>>> print(literal("it's a \\ path\n"))
'it\'s a \\ path\n'
>>> label("DEVELOPED")
'`DEVELOPED`'
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping

from graph.model import Snapshot
from graph.ontology import check_entity_type, check_relation_type
from graph.snapshots.codec import document_to_dict

__all__ = ["STRUCTURAL", "label", "literal", "render_cypher"]

STRUCTURAL = frozenset({"Entity", "Document", "MENTIONS"})

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def literal(value: object) -> str:
    """A Cypher literal for a string, number, bool, None or list of those."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no Cypher literal for {value!r}")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def label(name: str) -> str:
    """A backtick-quoted label or type: ontology names and structural ones only."""
    if name not in STRUCTURAL:
        try:
            check_entity_type(name)
        except ValueError:
            check_relation_type(name)
    return f"`{name}`"


def _sets(var: str, props: Mapping[str, object]) -> list[str]:
    return [f"{var}.{k} = {literal(v)}" for k, v in props.items() if v is not None]


def _props(var: str, props: Mapping[str, object]) -> str:
    sets = _sets(var, props)
    return "SET " + ", ".join(sets) if sets else ""


def _statements(snapshot: Snapshot) -> Iterator[str]:
    yield "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE"
    yield "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE"
    for d in sorted(snapshot.documents, key=lambda d: d.id):
        data = document_to_dict(d)
        data["sentences"] = json.dumps(data["sentences"], ensure_ascii=False, sort_keys=True)
        del data["id"]
        yield f"MERGE (d:{label('Document')} {{id: {literal(d.id)}}}) {_props('d', data)}"
    for e in sorted(snapshot.entities, key=lambda e: e.id):
        props = {k: v for k, v in e.to_dict().items() if k != "id"}
        sets = ", ".join([f"e:{label(e.type)}", *_sets("e", props)])
        yield f"MERGE (e:{label('Entity')} {{id: {literal(e.id)}}}) SET {sets}"
    for r in sorted(snapshot.relations, key=lambda r: r.id):
        evidence = [ev.to_dict() for ev in sorted(r.evidence, key=lambda ev: ev.key)]
        props = {
            "date": r.date,
            "confidence": float(r.confidence),
            "first_seen": r.first_seen,
            "last_seen": r.last_seen,
            "evidence": json.dumps(evidence, ensure_ascii=False, sort_keys=True),
        }
        yield (
            f"MATCH (s:{label('Entity')} {{id: {literal(r.source)}}}), "
            f"(t:{label('Entity')} {{id: {literal(r.target)}}}) "
            f"MERGE (s)-[r:{label(r.type)} {{id: {literal(r.id)}}}]->(t) {_props('r', props)}"
        )
    for k in sorted(snapshot.links, key=lambda k: (k.document, k.entity)):
        yield (
            f"MATCH (d:{label('Document')} {{id: {literal(k.document)}}}), "
            f"(e:{label('Entity')} {{id: {literal(k.entity)}}}) "
            f"MERGE (d)-[m:{label('MENTIONS')}]->(e) SET m.count = {literal(k.count)}"
        )


def render_cypher(snapshot: Snapshot) -> bytes:
    """The whole script as UTF-8 bytes, one statement per line."""
    return "".join(stmt.rstrip() + ";\n" for stmt in _statements(snapshot)).encode("utf-8")
