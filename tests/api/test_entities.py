"""Entity search in any language, entity lookup, neighbourhoods."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_search_finds_china_by_its_vietnamese_alias(seeded: TestClient) -> None:
    for q in ("Trung Quốc", "trung quoc", "TRUNG QUỐC"):
        response = seeded.get("/v1/entities", params={"q": q})
        assert response.status_code == 200
        body = response.json()
        assert body["count"] == len(body["data"]) >= 1
        assert body["data"][0]["id"] == "china", q


def test_search_filters_by_type_and_limits(seeded: TestClient) -> None:
    body = seeded.get("/v1/entities", params={"q": "deepseek", "type": "AIModel"}).json()
    assert [e["id"] for e in body["data"]] == ["deepseek-r1"]
    assert seeded.get("/v1/entities", params={"limit": 2}).json()["count"] == 2


def test_search_refuses_unknown_type_and_bad_limit(seeded: TestClient) -> None:
    response = seeded.get("/v1/entities", params={"q": "x", "type": "Spaceship"})
    assert response.status_code == 422
    assert response.json()["error"]["parameter"] == "type"
    assert seeded.get("/v1/entities", params={"limit": 0}).status_code == 422
    assert seeded.get("/v1/entities", params={"limit": 100_000}).status_code == 422


def test_entity_by_id(seeded: TestClient) -> None:
    body = seeded.get("/v1/entities/united-states").json()
    assert body["name"] == "United States" and "Mỹ" in body["aliases"]


def test_unknown_entity_is_a_json_404(seeded: TestClient) -> None:
    response = seeded.get("/v1/entities/atlantis")
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "not_found"
    assert response.json()["error"]["id"] == "atlantis"
    assert seeded.get("/v1/entities/atlantis/neighborhood").status_code == 404


def test_neighborhood_shape_and_evidence(seeded: TestClient) -> None:
    response = seeded.get("/v1/entities/deepseek/neighborhood")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"nodes", "edges", "truncated"}
    assert {n["id"] for n in body["nodes"]} == {"deepseek", "deepseek-r1", "china"}
    assert {e["id"] for e in body["edges"]} == {
        "deepseek:DEVELOPED:deepseek-r1",
        "deepseek:LOCATED_IN:china",
    }
    for edge in body["edges"]:
        ev = edge["evidence"][0]
        assert ev["sentence"] and ev["end"] > ev["start"] and ev["document"]
    assert body["truncated"] is False


def test_neighborhood_filters_accept_commas_and_repeats(seeded: TestClient) -> None:
    url = "/v1/entities/deepseek-r1/neighborhood"
    by_comma = seeded.get(url, params={"types": "USES,COMPETES_WITH"}).json()
    by_repeat = seeded.get(url, params=[("types", "USES"), ("types", "COMPETES_WITH")]).json()
    assert {e["type"] for e in by_comma["edges"]} == {"USES", "COMPETES_WITH"}
    assert by_comma == by_repeat
    models = seeded.get(url, params={"depth": 2, "entity_types": "AIModel,Organization"}).json()
    assert {n["type"] for n in models["nodes"]} <= {"AIModel", "Organization"}


def test_neighborhood_depth_and_as_of(seeded: TestClient) -> None:
    deep = seeded.get("/v1/entities/deepseek/neighborhood", params={"depth": 3}).json()
    assert "united-states" in {n["id"] for n in deep["nodes"]}
    early = seeded.get("/v1/entities/nvidia-h800/neighborhood", params={"as_of": "2024-01"}).json()
    assert {e["type"] for e in early["edges"]} == {"RESTRICTS"}


def test_neighborhood_parameters_out_of_range_are_422(seeded: TestClient) -> None:
    url = "/v1/entities/deepseek/neighborhood"
    for params in (
        {"depth": 9},
        {"depth": 0},
        {"depth": "two"},
        {"limit": 0},
        {"min_confidence": 1.5},
        {"as_of": "yesterday"},
        {"as_of": "2024-13"},
        {"as_of": "2024-02-30"},
        {"types": "INVENTED"},
        {"entity_types": "Spaceship"},
    ):
        response = seeded.get(url, params=params)
        assert response.status_code == 422, params
        assert response.json()["error"]["message"], params
