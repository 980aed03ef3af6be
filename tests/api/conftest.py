"""API fixtures: a TestClient over the parametrised `store` (memory and neo4j)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from graph.store import GraphStore
from tests.api.sample_graph import sample_results

MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(store: GraphStore, tmp_path: Path) -> Iterator[MakeClient]:
    """Build a started TestClient on `store`; keyword arguments go to `Settings`."""
    clients: list[TestClient] = []

    def make(**settings: object) -> TestClient:
        config = Settings(neo4j_uri=None, data_dir=tmp_path / "data", **settings)
        client = TestClient(create_app(config, store))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    """A client on an empty store."""
    return make_client()


@pytest.fixture
def seeded(store: GraphStore, client: TestClient) -> TestClient:
    """A client on a store holding the three sample articles."""
    for result in sample_results():
        store.upsert(result)
    return client
