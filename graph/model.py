"""The graph model: plain objects that flow from `extract` into a `GraphStore`.

`extract` builds an `ExtractionResult`; stores keep `Document`, `Entity` and
`Relation` objects (relations carry their `Evidence`); reads return the same
objects, or `Subgraph` / `Path` / `Snapshot` made of them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from graph.ontology import SYMMETRIC_TYPES

__all__ = [
    "DeleteSummary",
    "Document",
    "DocumentLink",
    "Entity",
    "Evidence",
    "ExtractionResult",
    "Mention",
    "Path",
    "Relation",
    "Sentence",
    "Snapshot",
    "Stats",
    "Subgraph",
    "WriteSummary",
    "as_of_bound",
    "document_id",
    "fold",
    "relation_id",
    "visible_as_of",
]


def fold(text: str) -> str:
    """The key names are compared by: NFC, casefolded, spaces collapsed.

    >>> fold("  Trung  QUỐC ")
    'trung quốc'
    """
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def document_id(text: str) -> str:
    """Content hash of a document's text (NFC, whitespace-normalised), 16 hex chars.

    The same text always gets the same id, which makes ingestion idempotent.
    """
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def relation_id(source: str, type_: str, target: str) -> str:
    """Stable, readable id of a relation; symmetric types are ordered.

    >>> relation_id("kuaishou", "COMPETES_WITH", "bytedance")
    'bytedance:COMPETES_WITH:kuaishou'
    """
    if type_ in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    return f"{source}:{type_}:{target}"


def as_of_bound(as_of: str) -> str:
    """Upper bound for comparing partial ISO dates as strings.

    Dates are strings `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or longer timestamps);
    a fact dated `d` is known as of `as_of` when `d <= as_of_bound(as_of)`.
    `~` sorts after digits and `-`, so `2024-11` covers the whole month.

    >>> "2024-11-30" <= as_of_bound("2024-11") < "2024-12"
    True
    """
    return as_of + "~"


def visible_as_of(date: str | None, as_of: str | None) -> bool:
    """Whether something first known on `date` is part of the graph as of `as_of`."""
    if as_of is None:
        return True
    if not date:
        return False
    return date <= as_of_bound(as_of)


@dataclass(slots=True)
class Sentence:
    """One sentence of a document, with its character span in the document text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Document:
    """A news article: id is the content hash of its text."""

    id: str
    title: str | None = None
    language: str | None = None
    published: str | None = None  # YYYY-MM-DD (from the caller or the dateline)
    url: str | None = None
    text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    ingested_at: str | None = None  # ISO timestamp, set by the store on first write

    @property
    def date(self) -> str | None:
        """The day the document speaks from: its published date, else its ingestion day."""
        return self.published or (self.ingested_at[:10] if self.ingested_at else None)

    def header(self) -> dict[str, Any]:
        """The document as the extraction JSON lists it (no text)."""
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "published": self.published,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was asserted.

    `start`/`end` are character offsets in the document text of the span that
    asserted the fact (from the first to the last of source, cue and target);
    `sentence` is the text of the sentence holding it.
    """

    document: str
    sentence: str
    start: int
    end: int
    sentence_index: int = 0
    rule: str = ""
    confidence: float = 0.5
    document_date: str | None = None  # the document's date, for as_of
    date: str | None = None  # the fact's date as this span gives it (relation date = earliest)

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (self.document, self.start, self.end, self.rule)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in a document."""

    entity: str
    document: str
    start: int
    end: int
    text: str
    sentence_index: int = 0


@dataclass(slots=True)
class Entity:
    """A real thing: one id across languages and spellings."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    qid: str | None = None
    mentions: int = 0
    confidence: float = 1.0
    source: str = "catalogue"  # how it was found: catalogue, discovery, statistical...

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": self.mentions,
            "qid": self.qid,
            "confidence": self.confidence,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Relation:
    """A typed, directed fact between two entities, with its evidence.

    Symmetric types are normalised so that `source <= target`.
    `first_seen`/`last_seen` are ingestion timestamps filled by the store;
    `known_from` is the earliest date the fact is known (its own date, else
    the earliest date of a document asserting it), used by `as_of`.
    """

    source: str
    type: str
    target: str
    date: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None

    def __post_init__(self) -> None:
        if self.type in SYMMETRIC_TYPES and self.target < self.source:
            self.source, self.target = self.target, self.source

    @property
    def id(self) -> str:
        return relation_id(self.source, self.type, self.target)

    @property
    def known_from(self) -> str | None:
        if self.date:
            return self.date
        dates = [e.document_date for e in self.evidence if e.document_date]
        if dates:
            return min(dates)
        return self.first_seen[:10] if self.first_seen else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "type": self.type,
            "target": self.target,
            "date": self.date,
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return cls(
            source=data["source"],
            type=data["type"],
            target=data["target"],
            date=data.get("date"),
            confidence=float(data.get("confidence", 0.5)),
            evidence=[Evidence.from_dict(e) for e in data.get("evidence", [])],
            first_seen=data.get("first_seen"),
            last_seen=data.get("last_seen"),
        )


@dataclass(slots=True)
class ExtractionResult:
    """What `extract` returns for a batch of documents (see ontology.md)."""

    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The ontology's extraction JSON (documents without their text)."""
        return {
            "documents": [d.header() for d in self.documents],
            "entities": [e.to_dict() for e in self.entities],
            "relations": [
                {k: v for k, v in r.to_dict().items() if k not in ("first_seen", "last_seen")}
                for r in self.relations
            ],
        }


@dataclass(frozen=True, slots=True)
class DocumentLink:
    """A document mentions an entity `count` times (what provenance of entities rests on)."""

    document: str
    entity: str
    count: int


@dataclass(slots=True)
class Snapshot:
    """The whole graph (or the part known as of a date), as frozen data.

    Loading a snapshot into an empty store and taking a snapshot again gives
    an equal snapshot.
    """

    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    links: list[DocumentLink] = field(default_factory=list)
    as_of: str | None = None


@dataclass(slots=True)
class Subgraph:
    nodes: list[Entity] = field(default_factory=list)
    edges: list[Relation] = field(default_factory=list)
    truncated: bool = False


@dataclass(slots=True)
class Path:
    """A path: `nodes[i]` and `nodes[i+1]` are joined by `edges[i]` (in either direction)."""

    nodes: list[Entity]
    edges: list[Relation]

    @property
    def length(self) -> int:
        return len(self.edges)


@dataclass(slots=True)
class WriteSummary:
    documents: int = 0
    skipped_documents: int = 0
    entities: int = 0
    relations: int = 0
    evidence: int = 0


@dataclass(slots=True)
class DeleteSummary:
    document: str
    evidence_removed: int = 0
    relations_removed: int = 0
    entities_removed: int = 0


@dataclass(slots=True)
class Stats:
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_type: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    most_connected: list[tuple[Entity, int]] = field(default_factory=list)
