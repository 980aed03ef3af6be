"""One fact with its provenance; dated facts in order."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_relation_carries_its_evidence_and_dates(seeded: TestClient) -> None:
    response = seeded.get("/v1/relations/deepseek:DEVELOPED:deepseek-r1")
    assert response.status_code == 200
    rel = response.json()
    assert (rel["source"], rel["type"], rel["target"]) == ("deepseek", "DEVELOPED", "deepseek-r1")
    assert rel["date"] == "2025-01"
    assert rel["first_seen"] and rel["last_seen"]
    (ev,) = rel["evidence"]
    assert ev["rule"] == "test" and ev["confidence"] == 0.8
    doc = seeded.get(f"/v1/documents/{ev['document']}").json()
    assert doc["text"][ev["start"] : ev["end"]] == "DeepSeek unveiled its DeepSeek-R1"
    assert ev["sentence"] in doc["text"]


def test_unknown_relation_is_404(seeded: TestClient) -> None:
    response = seeded.get("/v1/relations/deepseek:OWNS:nvidia")
    assert response.status_code == 404
    assert response.json()["error"]["kind"] == "relation"


def test_timeline_lists_dated_facts_in_order(seeded: TestClient) -> None:
    body = seeded.get("/v1/timeline").json()
    dates = [r["date"] for r in body["data"]]
    assert body["count"] == 3 and dates == sorted(dates) == ["2023-10", "2024-09", "2025-01"]
    only = seeded.get("/v1/timeline", params={"entity": "OpenAI"}).json()
    assert [r["id"] for r in only["data"]] == ["openai:DEVELOPED:o1"]
    issued = seeded.get("/v1/timeline", params={"type": "ISSUED"}).json()
    assert [r["type"] for r in issued["data"]] == ["ISSUED"]


def test_timeline_refuses_unknown_type(seeded: TestClient) -> None:
    assert seeded.get("/v1/timeline", params={"type": "BOUGHT"}).status_code == 422
    assert seeded.get("/v1/timeline", params={"entity": "Atlantis"}).status_code == 404
