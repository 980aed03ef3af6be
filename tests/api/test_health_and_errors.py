"""Health, and the JSON shape of every kind of error."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from graph.neo4j import Neo4jStore


def test_health_reports_backend_and_store(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["store_ok"] is True
    assert body["backend"] in ("memory", "neo4j")


def test_health_is_503_when_the_store_does_not_answer(tmp_path) -> None:
    # A real driver aimed at a port where nothing listens: the app still starts.
    store = Neo4jStore("bolt://127.0.0.1:9", "neo4j", "wrong")
    app = create_app(Settings(neo4j_uri=None, data_dir=tmp_path), store)
    try:
        with TestClient(app) as client:
            response = client.get("/health")
            search = client.get("/v1/entities", params={"q": "x"})
    finally:
        store.close()
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "backend": "neo4j", "store_ok": False}
    assert search.status_code == 503
    assert search.json()["error"]["type"] == "store_unavailable"


def test_unknown_route_answers_json_404(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["message"]


def test_wrong_method_answers_json_405(client: TestClient) -> None:
    response = client.put("/v1/stats")
    assert response.status_code == 405
    assert response.json()["error"]["type"] == "method_not_allowed"
