"""Shared fixtures: `store` runs a test once per backend (memory, neo4j).

The neo4j case needs a server: `NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD`
(and optionally `NEO4J_DATABASE`), e.g. from ``eval "$(make -s neo4j)"``.
Without `NEO4J_URI` it is skipped, unless `CI=true` or
`RACEGRAPH_REQUIRE_NEO4J=1`, where it fails: CI must never pass by skipping.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.memory import MemoryStore
from graph.store import GraphStore

BACKENDS = ("memory", "neo4j")


def neo4j_required() -> bool:
    """Whether a missing Neo4j is a failure rather than a skip."""
    return (
        os.environ.get("CI", "").lower() == "true"
        or os.environ.get("RACEGRAPH_REQUIRE_NEO4J") == "1"
    )


def neo4j_settings() -> tuple[str, str, str, str] | None:
    """(uri, user, password, database) from the environment, None without a URI."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return (
        uri,
        os.environ.get("NEO4J_USER", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", ""),
        os.environ.get("NEO4J_DATABASE", "neo4j"),
    )


def pytest_report_header(config: pytest.Config) -> str:
    settings = neo4j_settings()
    if settings is None:
        what = "neo4j cases FAIL" if neo4j_required() else "neo4j cases are skipped"
        return f"neo4j: not configured (NEO4J_URI unset); {what}"
    uri, user, password, _ = settings
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    try:
        with GraphDatabase.driver(uri, auth=(user, password)) as driver:
            agent = driver.get_server_info().agent
    except (DriverError, Neo4jError, OSError) as err:  # the header reports; the fixture fails
        return f"neo4j: {uri} unreachable ({type(err).__name__}: {err})"
    return f"neo4j: {agent} at {uri}"


def _neo4j_store() -> GraphStore:
    settings = neo4j_settings()
    if settings is None:
        if neo4j_required():
            pytest.fail(
                "Neo4j is required (CI=true or RACEGRAPH_REQUIRE_NEO4J=1) but NEO4J_URI "
                "is not set; run `make test` or export NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD",
                pytrace=False,
            )
        pytest.skip("neo4j not configured: set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD")
    from graph.neo4j import Neo4jStore  # imported late: the suite runs without it

    uri, user, password, database = settings
    store = Neo4jStore(uri, user, password, database=database)
    store.ensure_schema()
    store.clear()
    return store


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """A fresh, empty store of each backend."""
    if request.param == "memory":
        made: GraphStore = MemoryStore(tmp_path / "graph.json")
    else:
        made = _neo4j_store()
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def memory_store(tmp_path: Path) -> Iterator[MemoryStore]:
    """A fresh embedded store saved under `tmp_path` (memory-only tests)."""
    made = MemoryStore(tmp_path / "graph.json")
    yield made
    made.close()
