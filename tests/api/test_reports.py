"""Stats and snapshots in every format."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from fastapi.testclient import TestClient


def test_stats_counts_the_sample(seeded: TestClient) -> None:
    body = seeded.get("/v1/stats").json()
    assert body["documents"] == 3
    assert body["entities"] == 9 and body["relations"] == 10
    assert body["entities_by_type"]["Organization"] == 3
    assert body["relations_by_type"]["DEVELOPED"] == 2
    top = body["most_connected"][0]
    assert top["degree"] >= 3 and top["entity"]["id"]


def test_json_snapshot_round_trips_the_graph(seeded: TestClient) -> None:
    response = seeded.get("/v1/snapshot")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    data = json.loads(response.content)
    assert len(data["nodes"]) == 9
    early = json.loads(seeded.get("/v1/snapshot", params={"as_of": "2023-12"}).content)
    assert len(early["nodes"]) < len(data["nodes"])


@pytest.mark.parametrize(
    ("fmt", "media", "marker"),
    [
        ("graphml", "application/graphml+xml", b"<graphml"),
        ("gexf", "application/gexf+xml", b"<gexf"),
        ("cypher", "text/plain; charset=utf-8", b"deepseek"),
    ],
)
def test_single_file_snapshots(seeded: TestClient, fmt: str, media: str, marker: bytes) -> None:
    response = seeded.get("/v1/snapshot", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"] == media
    assert marker in response.content
    assert "attachment" in response.headers["content-disposition"]


def test_csv_snapshot_is_a_zip(seeded: TestClient) -> None:
    response = seeded.get("/v1/snapshot", params={"format": "csv"})
    assert response.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = set(archive.namelist())
        assert {"entities.csv", "relations.csv"} <= names
        assert "Trung Quốc" in archive.read("entities.csv").decode("utf-8")


def test_snapshot_refuses_unknown_format_and_date(seeded: TestClient) -> None:
    assert seeded.get("/v1/snapshot", params={"format": "xlsx"}).status_code == 422
    assert seeded.get("/v1/snapshot", params={"as_of": "soon"}).status_code == 422
