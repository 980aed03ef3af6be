"""Configuration from the environment, and the store it selects.

Nothing is read at import time: `get_settings()` builds one `Settings` on first
call and caches it; `build_store(settings)` opens the backend it names.

>>> s = Settings(neo4j_uri=None, data_dir="/tmp/rg")
>>> s.backend
'memory'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.store import GraphStore

__all__ = ["Settings", "build_store", "get_settings"]


class Settings(BaseSettings):
    """Every knob of the service.

    Neo4j settings use the standard ``NEO4J_*`` variables; the rest use the
    ``RACEGRAPH_`` prefix (``RACEGRAPH_DATA_DIR``, ``RACEGRAPH_API_KEY``...).
    The backend is Neo4j when ``NEO4J_URI`` is set, else the embedded store
    saved at ``<data_dir>/graph.json``.
    """

    model_config = SettingsConfigDict(env_prefix="RACEGRAPH_", populate_by_name=True)

    neo4j_uri: str | None = Field(None, validation_alias=AliasChoices("NEO4J_URI", "neo4j_uri"))
    neo4j_user: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_USER", "neo4j_user"))
    neo4j_password: str = Field(
        "", validation_alias=AliasChoices("NEO4J_PASSWORD", "neo4j_password")
    )
    neo4j_database: str = Field(
        "neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "neo4j_database")
    )

    data_dir: Path = Path(".racegraph")
    api_key: str | None = None
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    max_body_bytes: int = Field(2_000_000, ge=1)
    cypher_timeout_s: float = Field(10.0, gt=0)
    cypher_max_rows: int = Field(1000, ge=1, le=10_000)

    @property
    def backend(self) -> Literal["neo4j", "memory"]:
        return "neo4j" if self.neo4j_uri else "memory"

    @property
    def memory_path(self) -> Path:
        return self.data_dir / "graph.json"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once."""
    return Settings()


def build_store(settings: Settings) -> GraphStore:
    """Open the store the settings name (no schema work; call `ensure_schema()`).

    Neo4j when ``neo4j_uri`` is set, else a `MemoryStore` at ``<data_dir>/graph.json``.
    """
    if settings.neo4j_uri:
        from graph.neo4j import Neo4jStore

        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password,
            database=settings.neo4j_database,
            query_timeout=settings.cypher_timeout_s,
        )
    from graph.memory import MemoryStore

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return MemoryStore(settings.memory_path)
