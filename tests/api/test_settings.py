"""Settings come from NEO4J_* and RACEGRAPH_* variables and pick the backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import Settings, build_store, get_settings
from graph.memory import MemoryStore


def test_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://db.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    monkeypatch.setenv("RACEGRAPH_API_KEY", "k")
    monkeypatch.setenv("RACEGRAPH_MAX_BODY_BYTES", "1234")
    settings = Settings()
    assert settings.backend == "neo4j" and settings.neo4j_uri == "bolt://db.example:7687"
    assert (settings.neo4j_user, settings.neo4j_password) == ("neo4j", "pw")
    assert settings.api_key == "k" and settings.max_body_bytes == 1234


def test_without_a_neo4j_uri_the_store_is_embedded(tmp_path: Path) -> None:
    settings = Settings(neo4j_uri=None, data_dir=tmp_path / "d")
    store = build_store(settings)
    assert isinstance(store, MemoryStore) and settings.memory_path == tmp_path / "d" / "graph.json"


def test_bad_values_are_refused() -> None:
    with pytest.raises(ValueError):
        Settings(port=70_000)
    with pytest.raises(ValueError):
        Settings(max_body_bytes=0)


def test_settings_are_cached() -> None:
    assert get_settings() is get_settings()
