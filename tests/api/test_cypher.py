"""`POST /v1/cypher`: 501 on the embedded store, read-only on Neo4j."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.store import GraphStore


def test_cypher_is_read_only_or_unsupported(seeded: TestClient, store: GraphStore) -> None:
    query = {"query": "MATCH (e:Entity {id: $id}) RETURN e.name AS name", "params": {"id": "china"}}
    response = seeded.post("/v1/cypher", json=query)
    if store.backend == "memory":
        assert response.status_code == 501
        assert "Neo4j" in response.json()["error"]["message"]
        return
    assert response.status_code == 200, response.text
    assert response.json() == {"columns": ["name"], "rows": [{"name": "China"}], "truncated": False}


def test_cypher_refuses_writes_and_changes_nothing(seeded: TestClient, store: GraphStore) -> None:
    before = seeded.get("/v1/stats").json()
    for text in (
        "MATCH (n) DETACH DELETE n",
        "CREATE (:Entity {id: 'fake'})",
        "MATCH (n) SET n.name = 'x' RETURN n",
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "CALL dbms.components()",
        "RETURN 1; MATCH (n) DELETE n",
    ):
        response = seeded.post("/v1/cypher", json={"query": text})
        expected = 501 if store.backend == "memory" else 400
        assert response.status_code == expected, (text, response.text)
        assert response.json()["error"]["message"]
    assert seeded.get("/v1/stats").json() == before


def test_cypher_truncates_at_the_limit(seeded: TestClient, store: GraphStore) -> None:
    response = seeded.post("/v1/cypher", json={"query": "MATCH (e:Entity) RETURN e.id", "limit": 2})
    if store.backend == "memory":
        assert response.status_code == 501
        return
    body = response.json()
    assert len(body["rows"]) == 2 and body["truncated"] is True


def test_cypher_body_is_validated(seeded: TestClient) -> None:
    assert seeded.post("/v1/cypher", json={"query": ""}).status_code == 422
    assert seeded.post("/v1/cypher", json={"query": "RETURN 1", "limit": 0}).status_code == 422
    assert seeded.post("/v1/cypher", json={"cypher": "RETURN 1"}).status_code == 422
