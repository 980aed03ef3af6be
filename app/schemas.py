"""API schemas: what goes over HTTP, kept apart from the graph model objects.

Routers convert graph objects with ``XOut.model_validate(obj)`` (attributes are
read straight from the dataclasses); list responses are ``{data, count}``.

>>> from graph.model import Entity
>>> EntityOut.model_validate(Entity("china", "China", "Location", ["Trung Quốc"])).aliases
['Trung Quốc']
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CypherIn",
    "CypherOut",
    "DegreeOut",
    "DeleteOut",
    "DocumentIn",
    "DocumentOut",
    "EntityOut",
    "EvidenceOut",
    "HealthOut",
    "IngestOut",
    "Page",
    "PathOut",
    "PathsOut",
    "RelationOut",
    "SentenceOut",
    "StatsOut",
    "SubgraphOut",
]

T = TypeVar("T")

_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Page(BaseModel, Generic[T]):
    """A list response."""

    data: list[T]
    count: int


class EntityOut(_Out):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    mentions: int = 0
    qid: str | None = None
    confidence: float = 1.0
    source: str = "catalogue"


class EvidenceOut(_Out):
    """Where a fact was asserted: document, sentence text and character span."""

    document: str
    sentence: str
    start: int
    end: int
    sentence_index: int = 0
    rule: str = ""
    confidence: float
    document_date: str | None = None
    date: str | None = None


class RelationOut(_Out):
    id: str
    source: str
    type: str
    target: str
    date: str | None = None
    confidence: float
    evidence: list[EvidenceOut] = []
    first_seen: str | None = None
    last_seen: str | None = None


class SentenceOut(_Out):
    index: int
    start: int
    end: int
    text: str


class DocumentOut(_Out):
    id: str
    title: str | None = None
    language: str | None = None
    published: str | None = None
    url: str | None = None
    ingested_at: str | None = None
    text: str = ""
    sentences: list[SentenceOut] = []


class DocumentIn(BaseModel):
    """An article to extract and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article text")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    language: str | None = Field(None, pattern=r"^[a-z]{2,3}$", description="en, vi...")
    published: str | None = Field(None, pattern=_DATE, description="YYYY[-MM[-DD]]")


class IngestOut(BaseModel):
    """The outcome of `POST /v1/documents`; counts are what this request added."""

    id: str
    created: bool
    entities: int = 0
    relations: int = 0
    evidence: int = 0


class DeleteOut(_Out):
    document: str
    evidence_removed: int
    relations_removed: int
    entities_removed: int


class SubgraphOut(_Out):
    nodes: list[EntityOut]
    edges: list[RelationOut]
    truncated: bool = False


class PathOut(_Out):
    """`nodes[i]` and `nodes[i+1]` are joined by `edges[i]` (in either direction)."""

    length: int
    nodes: list[EntityOut]
    edges: list[RelationOut]


class PathsOut(BaseModel):
    source: EntityOut
    target: EntityOut
    data: list[PathOut]
    count: int


class DegreeOut(BaseModel):
    entity: EntityOut
    degree: int


class StatsOut(BaseModel):
    documents: int
    entities: int
    relations: int
    entities_by_type: dict[str, int]
    relations_by_type: dict[str, int]
    most_connected: list[DegreeOut]


class CypherIn(BaseModel):
    """Read-only Cypher; values go in `params`, never pasted into `query`."""

    model_config = ConfigDict(extra="forbid")

    query: str = Field(min_length=1)
    params: dict[str, Any] = Field(default_factory=dict)
    limit: int | None = Field(None, ge=1, le=10_000)


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool


class HealthOut(BaseModel):
    status: str
    backend: str
    store_ok: bool
