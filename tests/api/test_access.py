"""With RACEGRAPH_API_KEY set, writes, deletes and Cypher need the X-API-Key header."""

from __future__ import annotations

from tests.api.test_documents import ARTICLE


def test_writes_need_the_api_key(make_client) -> None:
    client = make_client(api_key="s3cret-key")
    missing = client.post("/v1/documents", json={"text": ARTICLE})
    assert missing.status_code == 401
    assert missing.json()["error"]["type"] == "unauthorized"
    wrong = client.post("/v1/documents", json={"text": ARTICLE}, headers={"X-API-Key": "guess"})
    assert wrong.status_code == 403
    assert wrong.json()["error"]["type"] == "forbidden"
    assert client.get("/v1/stats").json()["documents"] == 0

    good = {"X-API-Key": "s3cret-key"}
    created = client.post("/v1/documents", json={"text": ARTICLE}, headers=good)
    assert created.status_code == 201
    doc_id = created.json()["id"]
    assert client.delete(f"/v1/documents/{doc_id}").status_code == 401
    assert (
        client.delete(f"/v1/documents/{doc_id}", headers={"X-API-Key": "nope"}).status_code == 403
    )
    assert client.post("/v1/cypher", json={"query": "RETURN 1"}).status_code == 401
    assert client.delete(f"/v1/documents/{doc_id}", headers=good).status_code == 200


def test_reads_stay_open_with_a_key_set(make_client) -> None:
    client = make_client(api_key="s3cret-key")
    assert client.get("/health").status_code == 200
    assert client.get("/v1/entities").status_code == 200
    assert client.get("/v1/stats").status_code == 200


def test_no_key_configured_means_open_writes(client) -> None:
    assert client.post("/v1/documents", json={"text": ARTICLE}).status_code == 201
