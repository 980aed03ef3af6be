"""Schema, connection errors and construction of `Neo4jStore` on a real server."""

from __future__ import annotations

import socket

import pytest

from graph.errors import StoreUnavailable
from graph.neo4j import Neo4jStore


def test_schema_creates_constraints_and_fulltext_index_idempotently(seeded):
    seeded.ensure_schema()  # a second time changes nothing and does not fail
    driver = seeded._driver
    records, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
        "RETURN labelsOrTypes[0] AS label, properties[0] AS prop, type",
        database_=seeded.database,
    )
    unique = {(r["label"], r["prop"]) for r in records if r["type"] == "UNIQUENESS"}
    assert {("Entity", "id"), ("Document", "id"), ("Evidence", "key")} <= unique
    records, _, _ = driver.execute_query(
        "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties RETURN *",
        database_=seeded.database,
    )
    (fulltext,) = [r for r in records if r["name"] == "entity_names"]
    assert fulltext["labelsOrTypes"] == ["Entity"] and "name" in fulltext["properties"]


def test_duplicate_entity_id_is_refused_by_the_constraint(seeded):
    from neo4j.exceptions import ConstraintError

    with pytest.raises(ConstraintError):
        seeded._driver.execute_query("CREATE (:Entity {id: 'quill'})", database_=seeded.database)
    assert seeded.get_entity("quill").name == "Quill"


def test_construction_does_not_contact_the_server():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    store = Neo4jStore(f"bolt://127.0.0.1:{port}", "neo4j", "whatever1")
    try:
        with pytest.raises(StoreUnavailable, match="unavailable"):
            store.ping()
    finally:
        store.close()


def test_wrong_password_is_store_unavailable(settings):
    uri, user, _, database = settings
    store = Neo4jStore(uri, user, "not-the-password", database=database)
    try:
        with pytest.raises(StoreUnavailable, match="login"):
            store.get_entity("quill")
    finally:
        store.close()


def test_fulltext_index_finds_entities_by_alias(seeded):
    _, rows = seeded.cypher(
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
        {"q": "ember"},
    )
    assert rows == [{"id": "ember"}]
