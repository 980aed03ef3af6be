"""Every Cypher statement of the Neo4j store, and the pure functions feeding them.

Values always travel as ``$parameters``. Labels and relationship types, which
Cypher cannot take as parameters, come only from `graph.ontology`: builders
check each name (`check_entity_type` / `check_relation_type`) and backtick-quote
it; variable-length bounds are validated integers.

The graph model in Neo4j::

    (:Entity:<Type> {id, name, type, aliases, search_keys, search_text, qid,
                     mentions, confidence, source})
    (:Entity)-[:<RELATION TYPE> {id, date, confidence, first_seen, last_seen,
                                 known_from, evidence_count}]->(:Entity)
    (:Document {id, title, language, published, url, text, ingested_at, date})
    (:Document)-[:HAS_SENTENCE]->(:Sentence {id, document, index, start, end, text})
    (:Document)-[:MENTIONS {count}]->(:Entity)
    (:Evidence {key, relation_id, source, type, target, document, sentence, start,
                end, sentence_index, rule, confidence, document_date, date, seq})
    (:Evidence)-[:FROM]->(:Document), (:Evidence)-[:IN]->(:Sentence)

>>> relation_pattern(["DEVELOPED", "OWNS"])
':`DEVELOPED`|`OWNS`'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, TypeVar

from graph.model import Document, DocumentLink, Entity, Evidence, Relation, fold
from graph.ontology import RELATION_TYPES, check_entity_type, check_relation_type
from graph.query_checks import search_key

__all__ = [
    "SCHEMA",
    "batched",
    "document_rows",
    "edges_among",
    "entity_label",
    "entity_rows",
    "link_rows",
    "neighbors_step",
    "quote",
    "relation_pattern",
    "relation_rows",
    "shortest_paths",
    "upsert_entities",
    "upsert_relations",
]

T = TypeVar("T")

SCHEMA: tuple[str, ...] = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (v:Evidence) REQUIRE v.key IS UNIQUE",
    "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relation_id)",
    "CREATE INDEX evidence_document IF NOT EXISTS FOR (v:Evidence) ON (v.document)",
    "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
    "CREATE INDEX entity_search_keys IF NOT EXISTS FOR (e:Entity) ON (e.search_keys)",
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.search_text]",
)
SCHEMA_RELATION_INDEX = "CREATE INDEX {name} IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.id)"


def schema_statements() -> list[str]:
    """SCHEMA plus one relationship-id index per ontology relation type."""
    rel = [
        SCHEMA_RELATION_INDEX.format(name=f"rel_id_{t.lower()}", type=relation_pattern([t])[1:])
        for t in RELATION_TYPES
    ]
    return [*SCHEMA, *rel]


def batched(rows: Iterable[T], size: int) -> Iterator[list[T]]:
    """Cut `rows` into lists of at most `size` items.

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def quote(name: str) -> str:
    """Backtick-quote a name that has already been checked against the ontology."""
    return "`" + name.replace("`", "``") + "`"


def entity_label(type_: str) -> str:
    """The extra label of an entity type, checked: ``entity_label("AIModel") == ":`AIModel`"``."""
    return ":" + quote(check_entity_type(type_))


def relation_pattern(types: Sequence[str] | None) -> str:
    """A relationship type expression such as ``:`A`|`B```; all ontology types if empty."""
    names = list(types) if types else list(RELATION_TYPES)
    return ":" + "|".join(quote(check_relation_type(t)) for t in names)


# ---------------------------------------------------------------- rows (pure)


def document_rows(docs: Iterable[Document]) -> list[dict[str, Any]]:
    return [
        {
            "id": d.id,
            "title": d.title,
            "language": d.language,
            "published": d.published,
            "url": d.url,
            "text": d.text,
            "ingested_at": d.ingested_at,
            "date": d.date,
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
                for s in d.sentences
            ],
        }
        for d in docs
    ]


def entity_rows(
    entities: Iterable[Entity], added: dict[str, int] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Rows grouped by entity type (each type gets its own label in the query).

    `added` is what a stored entity's `mentions` grows by (default: the
    entity's own `mentions`); a new entity starts at its own `mentions`.
    """
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in entities:
        grouped[check_entity_type(e.type)].append(
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "qid": e.qid,
                "mentions": e.mentions,
                "added": e.mentions if added is None else added.get(e.id, 0),
                "confidence": e.confidence,
                "source": e.source,
                "search_keys": search_keys(e),
                "fold_keys": fold_keys(e),
            }
        )
    return dict(grouped)


def link_rows(links: Iterable[DocumentLink]) -> list[dict[str, Any]]:
    return [{"document": k.document, "entity": k.entity, "count": k.count} for k in links]


def relation_rows(relations: Iterable[Relation]) -> dict[str, list[dict[str, Any]]]:
    """Rows grouped by relation type (one query per type from the closed list)."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in relations:
        grouped[check_relation_type(r.type)].append(
            {
                "id": r.id,
                "source": r.source,
                "target": r.target,
                "date": r.date,
                "confidence": r.confidence,
                "first_seen": r.first_seen,
                "last_seen": r.last_seen,
                "evidence": [
                    {
                        "key": evidence_key(r.id, e),
                        "document": e.document,
                        "sentence": e.sentence,
                        "start": e.start,
                        "end": e.end,
                        "sentence_index": e.sentence_index,
                        "rule": e.rule,
                        "confidence": e.confidence,
                        "document_date": e.document_date,
                        "date": e.date,
                    }
                    for e in r.evidence
                ],
            }
        )
    return dict(grouped)


def evidence_key(relation_id: str, ev: Evidence) -> str:
    """Unique id of an evidence node: its relation plus the model's evidence key.

    >>> evidence_key("a:USES:b", Evidence("d1", "s", 3, 9, rule="uses"))
    'a:USES:b|d1|3|9|uses'
    """
    return "|".join([relation_id, *map(str, ev.key)])


def fold_keys(entity: Entity) -> list[str]:
    """What `resolve` matches: folded id, name and aliases."""
    return sorted({fold(x) for x in [entity.id, entity.name, *entity.aliases]})


def search_keys(entity: Entity) -> list[str]:
    """The folded names an entity is found by (name first, then aliases)."""
    keys: list[str] = []
    for name in [entity.name, *entity.aliases]:
        key = search_key(name)
        if key and key not in keys:
            keys.append(key)
    return keys


# ---------------------------------------------------------------- writes

STORED_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN collect(d.id) AS ids"

UPSERT_DOCUMENTS = """
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.title = row.title, d.language = row.language, d.published = row.published,
              d.url = row.url, d.text = row.text, d.ingested_at = row.ingested_at,
              d.date = row.date
WITH d, row
UNWIND row.sentences AS s
MERGE (x:Sentence {id: row.id + ':' + toString(s.index)})
ON CREATE SET x.document = row.id, x.index = s.index, x.start = s.start, x.end = s.end,
              x.text = s.text
MERGE (d)-[:HAS_SENTENCE]->(x)
"""

_UPSERT_ENTITIES = """
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {{id: row.id}})
WITH row, old IS NULL AS created
MERGE (e:Entity {{id: row.id}})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.qid = row.qid,
              e.mentions = row.mentions, e.confidence = row.confidence, e.source = row.source,
              e.search_keys = row.search_keys, e.fold_keys = row.fold_keys, e{label}
ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases],
             e.qid = coalesce(e.qid, row.qid),
             e.mentions = e.mentions + row.added,
             e.search_keys = e.search_keys + [k IN row.search_keys WHERE NOT k IN e.search_keys],
             e.fold_keys = e.fold_keys + [k IN row.fold_keys WHERE NOT k IN e.fold_keys]
SET e.search_text = reduce(t = '', k IN e.search_keys | t + ' ' + k)
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
"""


def upsert_entities(type_: str) -> str:
    """MERGE entities of one type; a stored one keeps name, type, confidence and source.

    Aliases are appended (order kept), a missing qid filled, `mentions` grows
    by the row's ``added``. Returns the number of entities created.
    """
    return _UPSERT_ENTITIES.format(label=entity_label(type_))


UPSERT_LINKS = """
UNWIND $rows AS row
MATCH (d:Document {id: row.document}), (e:Entity {id: row.entity})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count
"""

_UPSERT_RELATIONS = """
UNWIND $rows AS row
MATCH (s:Entity {{id: row.source}}), (t:Entity {{id: row.target}})
OPTIONAL MATCH (s)-[old{type}]->(t)
WITH row, s, t, old IS NULL AS created
MERGE (s)-[r{type}]->(t)
ON CREATE SET r.id = row.id, r.date = row.date, r.confidence = row.confidence,
              r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence_count = 0
ON MATCH SET r.date = CASE WHEN r.date IS NULL OR row.date < r.date THEN row.date ELSE r.date END,
             r.confidence = CASE WHEN row.confidence > r.confidence
                                 THEN row.confidence ELSE r.confidence END,
             r.first_seen = CASE WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen
                                 THEN row.first_seen ELSE r.first_seen END,
             r.last_seen = CASE WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen
                                THEN row.last_seen ELSE r.last_seen END
WITH r, row, created, r.evidence_count AS base
CALL (r, row, base) {{
  UNWIND range(0, size(row.evidence) - 1) AS i
  WITH row, base, i, row.evidence[i] AS ev
  MERGE (v:Evidence {{key: ev.key}})
  ON CREATE SET v += ev, v.relation_id = row.id, v.source = row.source, v.type = $type,
                v.target = row.target, v.seq = base + i
  WITH v, ev
  OPTIONAL MATCH (d:Document {{id: ev.document}})
  OPTIONAL MATCH (x:Sentence {{id: ev.document + ':' + toString(ev.sentence_index)}})
  FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (v)-[:FROM]->(d))
  FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | MERGE (v)-[:IN]->(x))
  RETURN count(*) AS written
}}
WITH r, created, base
CALL (r) {{
  MATCH (v:Evidence {{relation_id: r.id}})
  RETURN count(v) AS n, min(v.document_date) AS first_doc
}}
SET r.evidence_count = n,
    r.known_from = coalesce(r.date, first_doc, substring(r.first_seen, 0, 10))
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(n - base) AS evidence
"""


def upsert_relations(type_: str) -> str:
    """MERGE relations of one type with their evidence, folding into a stored one.

    Confidence is the max, date the earliest, first/last seen the min/max;
    evidence is added unless its key is there, in order (``seq``);
    ``known_from`` is refreshed. Takes ``$rows`` (see `relation_rows`) and
    ``$type``; returns relations created and evidence added.
    """
    return _UPSERT_RELATIONS.format(type=relation_pattern([type_]))


# ---------------------------------------------------------------- deletes

CLEAR = "MATCH (n) WHERE n:Entity OR n:Document OR n:Sentence OR n:Evidence DETACH DELETE n"

DOCUMENT_LINKS = """
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
SET e.mentions = CASE WHEN e.mentions - m.count < 0 THEN 0 ELSE e.mentions - m.count END
RETURN collect(e.id) AS entities
"""

DROP_DOCUMENT_EVIDENCE = """
MATCH (v:Evidence {document: $id})
WITH v.relation_id AS rid, collect(v) AS gone
FOREACH (v IN gone | DETACH DELETE v)
RETURN rid, size(gone) AS removed
"""

RECOMPUTE_RELATIONS = """
UNWIND $ids AS rid
MATCH ()-[r]->() WHERE r.id = rid
OPTIONAL MATCH (v:Evidence {relation_id: rid})
OPTIONAL MATCH (d:Document {id: v.document})
WITH r, collect(v) AS kept, collect(d.ingested_at) AS seen
WITH r, kept, seen, size(kept) = 0 AS empty
SET r.date = reduce(m = null, v IN kept |
                    CASE WHEN m IS NULL OR v.date < m THEN coalesce(v.date, m) ELSE m END),
    r.confidence = CASE WHEN empty THEN r.confidence
                        ELSE reduce(m = -1.0, v IN kept |
                                    CASE WHEN v.confidence > m THEN v.confidence ELSE m END) END,
    r.first_seen = CASE WHEN size(seen) = 0 THEN r.first_seen
                        ELSE reduce(m = null, x IN seen |
                                    CASE WHEN m IS NULL OR x < m THEN x ELSE m END) END,
    r.last_seen = CASE WHEN size(seen) = 0 THEN r.last_seen
                       ELSE reduce(m = null, x IN seen |
                                   CASE WHEN m IS NULL OR x > m THEN x ELSE m END) END,
    r.evidence_count = size(kept)
WITH r, kept, empty
SET r.known_from = coalesce(r.date, reduce(m = null, v IN kept |
                     CASE WHEN m IS NULL OR v.document_date < m
                          THEN coalesce(v.document_date, m) ELSE m END),
                     substring(r.first_seen, 0, 10))
WITH r, empty WHERE empty
DELETE r
RETURN count(*) AS removed
"""

DROP_DOCUMENT = """
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s, d
"""

DROP_ORPHAN_ENTITIES = f"""
UNWIND $ids AS eid
MATCH (e:Entity {{id: eid}})
WHERE NOT EXISTS {{ (:Document)-[:MENTIONS]->(e) }}
OPTIONAL MATCH (e)-[r{relation_pattern(None)}]-(:Entity)
WITH collect(DISTINCT e) AS ents, collect(DISTINCT r) AS rels
WITH ents, rels, [r IN rels | r.id] AS rids
CALL (rids) {{
  MATCH (v:Evidence) WHERE v.relation_id IN rids
  DETACH DELETE v
}}
FOREACH (r IN rels | DELETE r)
FOREACH (e IN ents | DETACH DELETE e)
RETURN size(ents) AS entities, size(rels) AS relations
"""


# ---------------------------------------------------------------- reads

ENTITY_MAP = "{.id, .name, .type, .aliases, .qid, .mentions, .confidence, .source}"
_REL_MAP = """{{id: {r}.id, type: type({r}), source: startNode({r}).id, target: endNode({r}).id,
  date: {r}.date, confidence: {r}.confidence, first_seen: {r}.first_seen,
  last_seen: {r}.last_seen,
  evidence: COLLECT {{ MATCH (ev_:Evidence {{relation_id: {r}.id}})
    RETURN ev_ {{.document, .sentence, .start, .end, .sentence_index, .rule, .confidence,
              .document_date, .date, .seq}} ORDER BY ev_.seq }}}}"""


def relation_map(var: str = "r") -> str:
    """A map projection of relationship `var` with its evidence (in insertion order)."""
    if not var.isidentifier():
        raise ValueError(f"not a Cypher variable: {var!r}")
    return _REL_MAP.format(r=var)


VISIBLE = "($bound IS NULL OR EXISTS {{ MATCH (vd:Document)-[:MENTIONS]->({n}) "
VISIBLE += "WHERE vd.date <= $bound }})"


def visible(var: str) -> str:
    """Predicate: entity `var` is linked by a document dated on or before ``$bound``."""
    if not var.isidentifier():
        raise ValueError(f"not a Cypher variable: {var!r}")
    return VISIBLE.format(n=var)


GET_ENTITY = f"MATCH (e:Entity {{id: $id}}) RETURN e {ENTITY_MAP} AS entity, {visible('e')} AS ok"
RESOLVE = f"""
MATCH (e:Entity) WHERE $key IN e.fold_keys
RETURN e {ENTITY_MAP} AS entity ORDER BY e.mentions DESC, e.id LIMIT 1
"""
SEARCH = f"""
MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH e, CASE WHEN $q = '' THEN 2
             WHEN $q IN e.search_keys THEN 0
             WHEN any(k IN e.search_keys WHERE k STARTS WITH $q) THEN 1
             WHEN any(k IN e.search_keys WHERE k CONTAINS $q) THEN 2 END AS rank
WHERE rank IS NOT NULL
RETURN e {ENTITY_MAP} AS entity ORDER BY rank, e.mentions DESC, e.id LIMIT $limit
"""
GET_DOCUMENT = """
MATCH (d:Document {id: $id})
RETURN d {.id, .title, .language, .published, .url, .text, .ingested_at} AS document,
       COLLECT { MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
                 RETURN s {.index, .start, .end, .text} ORDER BY s.index } AS sentences
"""
HAS_DOCUMENT = "MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found"


def get_relation(type_: str) -> str:
    """One relation by its ends and type (taken from its id)."""
    return f"""
MATCH (s:Entity {{id: $source}})-[r{relation_pattern([type_])} {{id: $id}}]->(t:Entity {{id: $target}})
RETURN {relation_map("r")} AS relation
"""


_EDGE_OK = "r.confidence >= $floor AND ($bound IS NULL OR r.known_from <= $bound)"


def neighbors_step(types: Sequence[str] | None) -> str:
    """One BFS hop: entities next to ``$frontier`` not yet ``$seen``, edges either way."""
    return f"""
MATCH (u:Entity)-[r{relation_pattern(types)}]-(v:Entity)
WHERE u.id IN $frontier AND NOT v.id IN $seen AND {_EDGE_OK}
  AND (size($entity_types) = 0 OR v.type IN $entity_types) AND {visible("v")}
RETURN DISTINCT v.id AS id
"""


def edges_among(types: Sequence[str] | None) -> str:
    """Every accepted edge between two of ``$ids``, ordered by relation id."""
    return f"""
MATCH (u:Entity)-[r{relation_pattern(types)}]->(v:Entity)
WHERE u.id IN $ids AND v.id IN $ids AND {_EDGE_OK}
RETURN {relation_map("r")} AS relation ORDER BY r.id
"""


GET_ENTITIES = f"UNWIND $ids AS id MATCH (e:Entity {{id: id}}) RETURN e {ENTITY_MAP} AS entity"

_DIRECTION = {
    "any": "true",
    "out": "(type(r) IN $symmetric OR startNode(r) = u)",
    "in": "(type(r) IN $symmetric OR endNode(r) = u)",
}


def shortest_paths(k: int, max_hops: int, types: Sequence[str] | None, direction: str) -> str:
    """All simple paths of the `k` shortest lengths (``SHORTEST k GROUPS``).

    `k` and `max_hops` are inlined (Neo4j 5 takes no parameter there), so both
    must be small positive integers; the caller orders the paths and keeps `k`.
    Parameters: ``$source``, ``$target``, ``$bound``, ``$excluded`` (entity types),
    ``$hidden`` (entity ids, see `HIDDEN_ENTITIES`), ``$symmetric``.

    >>> "SHORTEST 2 GROUPS" in shortest_paths(2, 4, ["OWNS"], "out")
    True
    """
    for name, value, top in (("k", k, 100), ("max_hops", max_hops, 10)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
            raise ValueError(f"{name} must be an integer from 1 to {top}, got {value!r}")
    if direction not in _DIRECTION:
        raise ValueError(f"unknown direction {direction!r}")
    step = f"""((u:Entity)-[r{relation_pattern(types)}]-(v:Entity)
    WHERE {_DIRECTION[direction]} AND ($bound IS NULL OR r.known_from <= $bound)
      AND (v.id = $target OR NOT (v.type IN $excluded OR v.id IN $hidden))){{1,{max_hops}}}"""
    ends = "(a:Entity {id: $source})", "(b:Entity {id: $target})"
    if max_hops == 1:  # one edge is always simple (and Neo4j 5.26 rejects {1,1} in parens)
        pattern = f"{ends[0]} {step} {ends[1]}"
    else:  # a WHERE inside the parentheses filters before selection, not after
        pattern = f"""({ends[0]}
  {step}
  {ends[1]}
  WHERE NOT a IN v AND all(i IN range(0, size(v) - 2) WHERE NOT v[i] IN v[i + 1..]))"""
    return f"""
MATCH p = SHORTEST {k} GROUPS {pattern}
RETURN [n IN nodes(p) | n.id] AS nodes, [x IN relationships(p) | x.id] AS edges
"""


HIDDEN_ENTITIES = f"""
MATCH (e:Entity) WHERE NOT {visible("e")}
RETURN collect(e.id) AS ids
"""


TIMELINE = f"""
MATCH (s:Entity)-[r{relation_pattern(None)}]->(t:Entity)
WHERE ($entity IS NULL OR s.id = $entity OR t.id = $entity)
  AND ($type IS NULL OR type(r) = $type) AND r.date IS NOT NULL AND r.date <> ''
RETURN {relation_map("r")} AS relation ORDER BY r.date, r.id LIMIT $limit
"""

SNAPSHOT_DOCUMENTS = """
MATCH (d:Document) WHERE $bound IS NULL OR d.date <= $bound
RETURN d {.id, .title, .language, .published, .url, .text, .ingested_at} AS document,
       COLLECT { MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
                 RETURN s {.index, .start, .end, .text} ORDER BY s.index } AS sentences
ORDER BY d.id
"""
SNAPSHOT_ENTITIES = f"""
MATCH (e:Entity) WHERE {visible("e")}
RETURN e {ENTITY_MAP} AS entity ORDER BY e.id
"""
SNAPSHOT_RELATIONS = f"""
MATCH (s:Entity)-[r{relation_pattern(None)}]->(t:Entity)
WHERE ($bound IS NULL OR r.known_from <= $bound) AND {visible("s")} AND {visible("t")}
RETURN {relation_map("r")} AS relation ORDER BY r.id
"""
SNAPSHOT_LINKS = f"""
MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
WHERE ($bound IS NULL OR d.date <= $bound) AND {visible("e")}
RETURN d.id AS document, e.id AS entity, m.count AS count ORDER BY d.id, e.id
"""

STATS_ENTITIES = "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY type"
STATS_RELATIONS = f"""
MATCH (:Entity)-[r{relation_pattern(None)}]->(:Entity)
RETURN type(r) AS type, count(*) AS n ORDER BY type
"""
STATS_DOCUMENTS = "MATCH (d:Document) RETURN count(d) AS n"
STATS_TOP = f"""
MATCH (e:Entity)
WITH e, COUNT {{ (e)-[{relation_pattern(None)}]-(:Entity) }} AS degree
RETURN e {ENTITY_MAP} AS entity, degree ORDER BY degree DESC, e.id LIMIT $top
"""
PING = "RETURN 1 AS ok"

EXPLAIN_PREFIX = "EXPLAIN "  # analyst Cypher is planned first; see graph.neo4j.cypher
