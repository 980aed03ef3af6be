"""Ingesting, reading and retracting documents over HTTP; nothing written on errors."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.model import document_id
from graph.store import GraphStore

ARTICLE = (
    "Chinese start-up DeepSeek released the DeepSeek-R1 model in January 2025. "
    "Nvidia designs the H800 chip."
)
BAI_VIET = "Công ty DeepSeek của Trung Quốc đã ra mắt mô hình DeepSeek-R1 vào tháng 1 năm 2025."


def _counts(client: TestClient) -> tuple[int, int, int]:
    s = client.get("/v1/stats").json()
    return s["documents"], s["entities"], s["relations"]


def test_ingest_is_idempotent_by_content(client: TestClient) -> None:
    first = client.post("/v1/documents", json={"text": ARTICLE, "published": "2025-02-01"})
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["created"] is True and body["id"] == document_id(ARTICLE)
    assert body["entities"] > 0 and body["relations"] > 0
    before = _counts(client)

    again = client.post("/v1/documents", json={"text": ARTICLE, "title": "same text again"})
    assert again.status_code == 200
    assert again.json() == {
        "id": body["id"],
        "created": False,
        "entities": 0,
        "relations": 0,
        "evidence": 0,
    }
    assert _counts(client) == before


def test_ingested_document_can_be_read_back(client: TestClient) -> None:
    doc_id = client.post("/v1/documents", json={"text": BAI_VIET, "title": "Bài thử"}).json()["id"]
    response = client.get(f"/v1/documents/{doc_id}")
    assert response.status_code == 200
    doc = response.json()
    assert doc["title"] == "Bài thử" and doc["language"] == "vi"
    assert doc["text"] == BAI_VIET and doc["sentences"]


def test_deleting_a_document_retracts_its_facts(client: TestClient) -> None:
    doc_id = client.post("/v1/documents", json={"text": ARTICLE}).json()["id"]
    response = client.delete(f"/v1/documents/{doc_id}")
    assert response.status_code == 200
    summary = response.json()
    assert summary["document"] == doc_id and summary["evidence_removed"] > 0
    assert client.get(f"/v1/documents/{doc_id}").status_code == 404
    assert _counts(client)[0] == 0 and _counts(client)[2] == 0


def test_unknown_document_is_a_json_404(client: TestClient) -> None:
    for response in (client.get("/v1/documents/abc"), client.delete("/v1/documents/abc")):
        assert response.status_code == 404
        assert response.json()["error"] == {
            "type": "not_found",
            "message": "document 'abc' not found",
            "kind": "document",
            "id": "abc",
        }


def test_malformed_json_is_422_and_writes_nothing(client: TestClient, store: GraphStore) -> None:
    response = client.post(
        "/v1/documents",
        content=b'{"text": "DeepSeek released R1",',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["message"] == "request body is not valid JSON"
    assert store.stats().documents == 0


def test_bad_document_fields_are_422(client: TestClient) -> None:
    for body in (
        {},
        {"text": ""},
        {"text": "   "},
        {"text": ARTICLE, "published": "last Tuesday"},
        {"text": ARTICLE, "language": "Vietnamese!"},
        {"text": ARTICLE, "surprise": 1},
        {"text": 42},
    ):
        response = client.post("/v1/documents", json=body)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["error"]["message"]
    assert _counts(client) == (0, 0, 0)


def test_body_over_the_limit_is_413(make_client) -> None:
    small = make_client(max_body_bytes=1000)
    big = {"text": "DeepSeek trained R1 on Nvidia chips. " * 100}
    response = small.post("/v1/documents", json=big)
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "payload_too_large"

    def chunks():  # no Content-Length: the limit is checked on the stream
        for _ in range(20):
            yield b'{"text": "' + b"x" * 100

    streamed = small.post(
        "/v1/documents", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413
    assert small.get("/v1/stats").json()["documents"] == 0
    assert small.post("/v1/documents", json={"text": ARTICLE}).status_code == 201
