"""Fixtures for tests that need a real Neo4j server (never a mock driver).

Skipped with a reason when `NEO4J_URI` is unset; failing instead when
`CI=true` or `RACEGRAPH_REQUIRE_NEO4J=1` (see `tests/conftest.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from graph.model import Document, Entity, Evidence, ExtractionResult, Relation, Sentence
from tests.conftest import neo4j_required, neo4j_settings


def _settings() -> tuple[str, str, str, str]:
    settings = neo4j_settings()
    if settings is None:
        if neo4j_required():
            pytest.fail("Neo4j is required but NEO4J_URI is not set", pytrace=False)
        pytest.skip("neo4j not configured: set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD")
    return settings


@pytest.fixture(scope="module")
def settings() -> tuple[str, str, str, str]:
    return _settings()


def small_world() -> ExtractionResult:
    """Three entities and two facts, in sentences written for these tests."""
    text = "Lumen Labs trained the Quill model. Quill runs on Ember chips."
    doc = Document(
        id="doc-quill",
        title="Quill",
        language="en",
        published="2024-11-05",
        text=text,
        sentences=[Sentence(0, 0, 35, text[:35]), Sentence(1, 36, len(text), text[36:])],
    )
    return ExtractionResult(
        documents=[doc],
        entities=[
            Entity("lumen-labs", "Lumen Labs", "Organization", ["Lumen Labs"]),
            Entity("quill", "Quill", "AIModel", ["Quill"]),
            Entity("ember", "Ember", "Hardware", ["Ember chips"]),
        ],
        relations=[
            Relation(
                "lumen-labs",
                "DEVELOPED",
                "quill",
                date="2024-10",
                confidence=0.9,
                evidence=[Evidence("doc-quill", text[:35], 0, 35, 0, "dev")],
            ),
            Relation(
                "quill",
                "USES",
                "ember",
                confidence=0.7,
                evidence=[Evidence("doc-quill", text[36:], 36, len(text), 1, "uses")],
            ),
        ],
    )


@pytest.fixture(scope="module")
def seeded(settings: tuple[str, str, str, str]) -> Iterator[Any]:
    """A `Neo4jStore` with the schema and `small_world` loaded (shared by a module)."""
    from graph.neo4j import Neo4jStore

    uri, user, password, database = settings
    store = Neo4jStore(uri, user, password, database=database, query_timeout=5.0)
    store.ensure_schema()
    store.clear()
    store.upsert(small_world())
    yield store
    store.clear()
    store.close()
