"""Paths between entities named by id, name or alias, each edge with its evidence."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_paths_from_names(seeded: TestClient) -> None:
    response = seeded.get("/v1/paths", params={"from": "DeepSeek", "to": "Nvidia"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"]["id"] == "deepseek" and body["target"]["id"] == "nvidia"
    assert body["count"] == 1
    path = body["data"][0]
    assert [n["id"] for n in path["nodes"]] == ["deepseek", "deepseek-r1", "nvidia-h800", "nvidia"]
    assert path["length"] == 3
    for edge in path["edges"]:
        assert edge["evidence"] and edge["evidence"][0]["sentence"]


def test_paths_resolve_vietnamese_aliases(seeded: TestClient) -> None:
    body = seeded.get("/v1/paths", params={"from": "Mỹ", "to": "Trung Quốc"}).json()
    assert body["source"]["id"] == "united-states" and body["target"]["id"] == "china"
    assert [n["id"] for n in body["data"][0]["nodes"]] == [
        "united-states",
        "us-export-controls",
        "china",
    ]


def test_paths_k_exclude_types_direction(seeded: TestClient) -> None:
    two = seeded.get("/v1/paths", params={"from": "deepseek", "to": "nvidia-h800", "k": 2})
    assert two.json()["count"] == 2
    avoid = seeded.get(
        "/v1/paths",
        params={"from": "deepseek", "to": "nvidia-h800", "k": 2, "exclude": "AIModel,Person"},
    ).json()
    assert [[n["id"] for n in p["nodes"]] for p in avoid["data"]] == [
        ["deepseek", "china", "us-export-controls", "nvidia-h800"]
    ]
    only_uses = seeded.get(
        "/v1/paths", params={"from": "deepseek", "to": "nvidia", "types": "USES,MANUFACTURES"}
    ).json()
    assert only_uses["count"] == 0
    backwards = seeded.get(
        "/v1/paths", params={"from": "nvidia", "to": "deepseek", "direction": "out"}
    ).json()
    assert backwards["count"] == 0


def test_paths_parameters_out_of_range_are_422(seeded: TestClient) -> None:
    base = {"from": "deepseek", "to": "nvidia"}
    for extra in (
        {"max_hops": 99},
        {"max_hops": 0},
        {"k": 50},
        {"k": 0},
        {"direction": "sideways"},
        {"exclude": "Spaceship"},
        {"as_of": "2024-1"},
        {"types": "DEVELOPED]->() DETACH DELETE n//"},
    ):
        response = seeded.get("/v1/paths", params={**base, **extra})
        assert response.status_code == 422, extra
        assert response.json()["error"]["message"]
    assert seeded.get("/v1/paths", params={"from": "deepseek"}).status_code == 422


def test_paths_unknown_end_is_404_and_same_end_is_400(seeded: TestClient) -> None:
    missing = seeded.get("/v1/paths", params={"from": "Atlantis", "to": "nvidia"})
    assert missing.status_code == 404 and missing.json()["error"]["id"] == "Atlantis"
    same = seeded.get("/v1/paths", params={"from": "China", "to": "Trung Quốc"})
    assert same.status_code == 400 and same.json()["error"]["type"] == "invalid_query"
