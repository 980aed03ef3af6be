"""Injection attempts in every parameter are refused or treated as plain data."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from graph.store import GraphStore

ATTACKS = [
    "x' OR 1=1 //",
    'x" OR 1=1 //',
    "DEVELOPED]->() DETACH DELETE n//",
    "Organization) DETACH DELETE n //",
    "'}) MATCH (n) DETACH DELETE n //",
    "1; MATCH (n) DETACH DELETE n",
    "`Entity` {id:'china'}) DELETE e //",
    "$id",
    "../../etc/passwd",
    "\u0000",
]


def _fingerprint(store: GraphStore) -> str:
    snap = store.snapshot()
    return json.dumps(
        sorted([e.id for e in snap.entities] + [r.id for r in snap.relations]), sort_keys=True
    )


@pytest.mark.parametrize("attack", ATTACKS)
def test_attacks_are_refused_or_harmless(
    seeded: TestClient, store: GraphStore, attack: str
) -> None:
    before = _fingerprint(store)
    requests = [
        ("/v1/entities", {"q": attack}),
        ("/v1/entities", {"q": "china", "type": attack}),
        ("/v1/entities/deepseek/neighborhood", {"types": attack}),
        ("/v1/entities/deepseek/neighborhood", {"entity_types": attack}),
        ("/v1/entities/deepseek/neighborhood", {"as_of": attack}),
        ("/v1/paths", {"from": attack, "to": "nvidia"}),
        ("/v1/paths", {"from": "deepseek", "to": attack}),
        ("/v1/paths", {"from": "deepseek", "to": "nvidia", "exclude": attack}),
        ("/v1/paths", {"from": "deepseek", "to": "nvidia", "types": attack}),
        ("/v1/paths", {"from": "deepseek", "to": "nvidia", "direction": attack}),
        ("/v1/timeline", {"entity": attack}),
        ("/v1/timeline", {"type": attack}),
        ("/v1/snapshot", {"format": attack}),
        ("/v1/snapshot", {"as_of": attack}),
        (f"/v1/entities/{quote(attack, safe='')}", {}),
        (f"/v1/entities/{quote(attack, safe='')}/neighborhood", {}),
        (f"/v1/relations/{quote(attack, safe='')}", {}),
        (f"/v1/documents/{quote(attack, safe='')}", {}),
    ]
    for url, params in requests:
        response = seeded.get(url, params=params)
        assert response.status_code in (200, 400, 404, 422), (url, params, response.text)
        if response.status_code != 200:
            assert response.json()["error"]["message"]
        elif url == "/v1/entities":
            assert all(e["id"] != "" for e in response.json()["data"])
    gone = seeded.delete(f"/v1/documents/{quote(attack, safe='')}")
    assert gone.status_code in (404, 422)
    assert _fingerprint(store) == before


def test_search_treats_quotes_as_text(seeded: TestClient) -> None:
    body = seeded.get("/v1/entities", params={"q": "x' OR 1=1 //"}).json()
    assert body == {"data": [], "count": 0}
