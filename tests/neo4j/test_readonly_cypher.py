"""Analyst Cypher on a real server: every write or escape is refused, and nothing changes.

Each attack must raise `InvalidQuery`, and a fingerprint of the database (nodes,
relationships, labels, types, property keys, indexes, constraints, users,
databases) must be the same before and after.
"""

from __future__ import annotations

from typing import Any

import neo4j
import pytest

from graph.errors import InvalidQuery
from graph.neo4j.cypher import fetch_rows, query_kind

ATTACKS: dict[str, str] = {
    "create": "CREATE (:Entity {id: 'intruder'})",
    "merge": "MERGE (:Entity {id: 'intruder'})",
    "merge_lower_case": "merge (n:Entity {id: 'intruder'}) return n",
    "set": "MATCH (n:Entity) SET n.name = 'renamed'",
    "set_label": "MATCH (n:Entity) SET n:Hacked",
    "delete": "MATCH (n:Document) DELETE n",
    "detach_delete": "MATCH (n) DETACH DELETE n",
    "remove_property": "MATCH (n:Entity) REMOVE n.name",
    "remove_label": "MATCH (n:Entity) REMOVE n:Entity",
    "foreach": "FOREACH (x IN [1, 2] | CREATE (:Entity {id: toString(x)}))",
    "foreach_set": "MATCH (n) WITH collect(n) AS ns FOREACH (n IN ns | SET n.hacked = true)",
    "with_then_create": "WITH 1 AS x CREATE (:Entity {id: 'late'})",
    "load_csv_file": "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "load_csv_http": "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
    "dbms_components": "CALL dbms.components()",
    "dbms_create_user": "CALL dbms.security.createUser('eve', 'password123', false)",
    "db_create_label": "CALL db.createLabel('Hacked')",
    "db_create_property": "CALL db.createProperty('hacked')",
    "backtick_procedure": "CALL `db.createLabel`('Hacked')",
    "backtick_namespace": "CALL `db`.`createLabel`('Hacked')",
    "apoc_procedure": "CALL apoc.create.node(['Hacked'], {})",
    "apoc_function": "RETURN apoc.version() AS v",
    "call_in_transactions": "CALL { CREATE (:Entity {id: 'batch'}) } IN TRANSACTIONS",
    "call_scoped_in_transactions": "MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 5 ROWS",
    "write_in_subquery": "CALL { CREATE (:Entity {id: 'sub'}) RETURN 1 AS one } RETURN one",
    "write_in_exists": "MATCH (n) WHERE EXISTS { CREATE (m:Entity) } RETURN n",
    "write_in_collect": "RETURN COLLECT { MATCH (n) SET n.x = 1 RETURN n } AS xs",
    "create_index": "CREATE INDEX hack FOR (n:Entity) ON (n.name)",
    "create_constraint": "CREATE CONSTRAINT hack FOR (n:Entity) REQUIRE n.name IS UNIQUE",
    "drop_index": "DROP INDEX entity_type",
    "drop_constraint": "DROP CONSTRAINT entity_id",
    "show_users": "SHOW USERS",
    "show_databases": "SHOW DATABASES",
    "show_indexes": "SHOW INDEXES",
    "create_user": "CREATE USER eve SET PASSWORD 'password123'",
    "alter_user": "ALTER USER neo4j SET PASSWORD 'password123'",
    "create_role": "CREATE ROLE spy",
    "grant": "GRANT ROLE admin TO neo4j",
    "stop_database": "STOP DATABASE neo4j",
    "terminate": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "use_system": "USE system SHOW USERS",
    "use_database": "USE neo4j MATCH (n) RETURN n",
    "two_statements": "MATCH (n) RETURN n; CREATE (:Entity {id: 'two'})",
    "semicolon_after_comment": "MATCH (n) RETURN n /* ; */ ; MATCH (m) DETACH DELETE m",
    "block_comment_prefix": "/* just a read */ CREATE (:Entity {id: 'c1'})",
    "line_comment_prefix": "// just a read\nCREATE (:Entity {id: 'c2'})",
    "quote_in_comment": "MATCH (n) RETURN n // it's fine\nCREATE (:Entity {id: 'c3'})",
    "keyword_split_by_comment": "CRE/**/ATE (:Entity {id: 'c4'})",
    "fullwidth_keyword": "\uff23\uff32\uff25\uff21\uff34\uff25 (:Entity {id: 'wide'})",
    "zero_width_space": "CRE\u200bATE (:Entity {id: 'zw'})",
    "explain_prefix": "EXPLAIN CREATE (:Entity {id: 'e'})",
    "profile_prefix": "PROFILE CREATE (:Entity {id: 'p'})",
    "cypher_options": "CYPHER runtime=slotted CREATE (:Entity {id: 'o'})",
    "union_write": "MATCH (n) RETURN n.id AS id UNION CREATE (m:Entity {id: 'u'}) RETURN m.id AS id",
    "unterminated_string": "MATCH (n) WHERE n.id = 'x RETURN n",
    "not_cypher": "please delete everything",
}


def fingerprint(store: Any) -> dict[str, Any]:
    """What an attack could change, read straight from the server."""
    driver: neo4j.Driver = store._driver
    out: dict[str, Any] = {}
    queries = {
        "nodes": "MATCH (n) RETURN count(n) AS v",
        "relationships": "MATCH ()-[r]->() RETURN count(r) AS v",
        "labels": "CALL db.labels() YIELD label RETURN collect(label) AS v",
        "types": "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS v",
        "keys": "CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS v",
        "indexes": "SHOW INDEXES YIELD name RETURN collect(name) AS v",
        "constraints": "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS v",
        "hacked": "MATCH (n) WHERE n.hacked IS NOT NULL OR n.x IS NOT NULL RETURN count(n) AS v",
        "names": "MATCH (n:Entity) RETURN collect(n.name) AS v",
    }
    for key, query in queries.items():
        records, _, _ = driver.execute_query(query, database_=store.database)
        value = records[0]["v"]
        out[key] = sorted(value) if isinstance(value, list) else value
    for key, query in {
        "users": "SHOW USERS YIELD user RETURN collect(user) AS v",
        "databases": "SHOW DATABASES YIELD name, currentStatus RETURN collect(name + currentStatus) AS v",
    }.items():
        records, _, _ = driver.execute_query(query, database_="system")
        out[key] = sorted(records[0]["v"])
    return out


def test_there_are_at_least_thirty_attacks():
    assert len(ATTACKS) >= 30


@pytest.mark.parametrize("query", list(ATTACKS.values()), ids=list(ATTACKS))
def test_attack_is_refused_and_changes_nothing(seeded, query):
    before = fingerprint(seeded)
    with pytest.raises(InvalidQuery):
        seeded.cypher(query)
    assert fingerprint(seeded) == before


@pytest.mark.parametrize(
    "params",
    [
        {"id": "x'}) DETACH DELETE n //"},
        {"id": "quill' OR 1=1 CREATE (:Entity {id: 'p'}) //"},
        {"id": ["quill", "`; DROP INDEX entity_type"]},
    ],
)
def test_parameters_carry_values_not_code(seeded, params):
    before = fingerprint(seeded)
    columns, rows = seeded.cypher("MATCH (n:Entity) WHERE n.id = $id RETURN n.id AS id", params)
    assert (columns, rows) == (["id"], [])
    assert fingerprint(seeded) == before


def test_parameter_names_must_be_strings(seeded):
    with pytest.raises(InvalidQuery, match="parameter names"):
        seeded.cypher("RETURN $x AS x", {1: "one"})


def test_the_planner_gate_alone_refuses_writes(seeded):
    """Gate 2 without gate 1: EXPLAIN classifies writes and admin commands."""
    with seeded._driver.session(database=seeded.database) as session:
        assert query_kind(session, "CREATE (:Entity {id: 'g'})", {}, 5.0) == "w"
        assert query_kind(session, "MATCH (n) SET n.x = 1 RETURN n", {}, 5.0) == "rw"
        assert query_kind(session, "CREATE INDEX g FOR (n:Entity) ON (n.g)", {}, 5.0) == "s"
        assert query_kind(session, "MATCH (n:Entity) RETURN n", {}, 5.0) == "r"


def test_the_read_transaction_alone_refuses_writes(seeded):
    """Gate 3 without gates 1 and 2: a READ transaction cannot write."""
    before = fingerprint(seeded)
    with (
        seeded._driver.session(database=seeded.database) as session,
        pytest.raises(neo4j.exceptions.ClientError),
    ):
        fetch_rows(session, "CREATE (:Entity {id: 'rt'})", {}, 10, 5.0)
    assert fingerprint(seeded) == before


def test_long_query_hits_the_server_timeout(settings):
    from graph.neo4j import Neo4jStore

    uri, user, password, database = settings
    store = Neo4jStore(uri, user, password, database=database, query_timeout=0.5)
    try:
        with pytest.raises(InvalidQuery):
            store.cypher(
                "UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n"
            )
    finally:
        store.close()


def test_match_with_params_returns_rows(seeded):
    columns, rows = seeded.cypher(
        "MATCH (e:Entity {id: $id})-[r:DEVELOPED]->(m) RETURN e.name AS who, m.name AS what",
        {"id": "lumen-labs"},
    )
    assert columns == ["who", "what"]
    assert rows == [{"who": "Lumen Labs", "what": "Quill"}]


def test_nodes_relationships_and_paths_are_serialised(seeded):
    _, rows = seeded.cypher(
        "MATCH p = (e:Entity {id: 'lumen-labs'})-[r:DEVELOPED]->(m:Entity) RETURN e, r, p"
    )
    (row,) = rows
    node, rel, path = row["e"], row["r"], row["p"]
    assert node["_labels"] == ["Entity", "Organization"] and node["id"] == "lumen-labs"
    assert isinstance(node["_id"], str)
    assert rel["_type"] == "DEVELOPED" and rel["id"] == "lumen-labs:DEVELOPED:quill"
    assert rel["_start"] == node["_id"] and rel["_end"] == path["nodes"][1]["_id"]
    assert [n["id"] for n in path["nodes"]] == ["lumen-labs", "quill"]
    assert [r["_type"] for r in path["relationships"]] == ["DEVELOPED"]


def test_temporal_values_become_strings(seeded):
    _, rows = seeded.cypher("RETURN date('2024-11-05') AS day, duration('P1D') AS span")
    assert rows == [{"day": "2024-11-05", "span": "P1D"}]


def test_limit_caps_rows_and_reports_truncation(seeded):
    result = seeded.cypher("UNWIND range(1, 50) AS x RETURN x", limit=10)
    _, rows = result
    assert len(rows) == 10 and result.truncated
    assert not seeded.cypher("UNWIND range(1, 5) AS x RETURN x", limit=10).truncated


@pytest.mark.parametrize("limit", [0, 10_001, True, "5"])
def test_limit_out_of_range_is_refused(seeded, limit):
    with pytest.raises(InvalidQuery, match="limit"):
        seeded.cypher("RETURN 1 AS one", limit=limit)


@pytest.mark.parametrize(
    "query",
    [
        "CALL db.labels() YIELD label RETURN label ORDER BY label",
        "CALL db.index.fulltext.queryNodes('entity_names', 'quill') YIELD node RETURN node.id AS id",
        "MATCH (n:`CREATE`) RETURN n  // a label spelt like a keyword, quoted",
        "MATCH (n:Entity) RETURN n.id AS id ORDER BY id;",
        "MATCH (v:Evidence)-[:IN]->(s:Sentence) RETURN v.start AS start, s.text AS text",
    ],
)
def test_reads_pass_every_gate(seeded, query):
    columns, _ = seeded.cypher(query)
    assert columns


def test_evidence_is_queryable_to_its_sentence(seeded):
    _, rows = seeded.cypher(
        "MATCH (v:Evidence {relation_id: $rid})-[:IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document) "
        "RETURN d.id AS document, s.index AS sentence, v.start AS start, v.end AS end",
        {"rid": "quill:USES:ember"},
    )
    assert rows == [{"document": "doc-quill", "sentence": 1, "start": 36, "end": 62}]
