"""The public entry point: `extract(documents) -> ExtractionResult`.

Each document is normalised (NFC), split into sentences, its furniture marked,
its language and date found when not given, then run through the cached blank
spaCy pipeline of its language (catalogue -> discovery -> resolution -> dates
-> relations). Entities are merged across the batch by id and relations by
(source, type, target), each relation keeping every piece of evidence.
Output order is deterministic: entities by id, relations by id.

>>> result = extract([DocumentInput("OpenAI launched o3 in December 2024.", published="2025-01-02")])
>>> [r.id for r in result.relations]  # doctest: +SKIP
['openai:DEVELOPED:o3']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from extract.catalogue import load_catalogue
from extract.dates import dateline
from extract.furniture import furniture
from extract.language import LANGUAGES, detect_language, get_pipeline
from extract.spans import DocState, Fact, Found
from extract.text import normalise, split_sentences
from graph.errors import ExtractionError
from graph.model import (
    Document,
    Entity,
    Evidence,
    ExtractionResult,
    Mention,
    Relation,
    document_id,
    relation_id,
)
from graph.ontology import RELATION_TYPES

__all__ = ["DocumentInput", "extract", "extract_document"]

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(slots=True)
class DocumentInput:
    """A text to extract from, with what the caller knows about it."""

    text: str
    title: str | None = None
    url: str | None = None
    language: str | None = None  # "en", "vi"; detected when None
    published: str | None = None  # YYYY-MM-DD; read from the dateline when None


def _check(item: object, index: int) -> DocumentInput:
    if not isinstance(item, DocumentInput):
        raise ExtractionError(
            f"document {index}: expected a DocumentInput, got {type(item).__name__}"
        )
    if not isinstance(item.text, str) or not item.text.strip():
        raise ExtractionError(f"document {index}: text is empty or only whitespace")
    if item.language is not None and item.language not in LANGUAGES:
        raise ExtractionError(
            f"document {index}: unsupported language {item.language!r}; expected one of "
            f"{', '.join(LANGUAGES)}"
        )
    if item.published is not None and not _ISO.match(str(item.published)):
        raise ExtractionError(
            f"document {index}: published must be YYYY-MM-DD, got {item.published!r}"
        )
    return item


def _title(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:300]
    return None


def extract_document(item: DocumentInput, catalogue_path: str | None = None):
    """Run one document through its pipeline; returns (Document, DocState)."""
    text = normalise(item.text)
    lang = item.language or detect_language(text)
    published = str(item.published)[:10] if item.published else dateline(text)
    sentences = split_sentences(text)
    doc_model = Document(
        id=document_id(text),
        title=item.title or _title(text),
        language=lang,
        published=published,
        url=item.url,
        text=text,
        sentences=sentences,
    )
    nlp = get_pipeline(lang, catalogue_path)
    doc = nlp.make_doc(text)
    doc._.rg = DocState(lang, published, sentences, text, furniture(text))
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc_model, doc._.rg


def _choose(st: DocState) -> None:
    """Each mention reads as the candidate its most confident fact used."""
    best: dict[int, tuple[float, int]] = {}
    for f in st.facts:
        conf = f.confidence
        for found, cid in ((f.source, f.source_id), (f.target, f.target_id)):
            key = id(found)
            old = best.get(key)
            if old is None or conf > old[0]:
                k = 0
                for k, c in enumerate(found.candidates):
                    if c.id == cid:
                        break
                best[key] = (conf, k)
    if best:
        for m in st.mentions:
            hit = best.get(id(m))
            if hit is not None:
                m.chosen = hit[1]


class _Seen:
    """What the batch says about one entity id (first name, types, spellings, trust)."""

    __slots__ = ("aliases", "confidence", "count", "name", "source", "types")

    def __init__(self, name: str) -> None:
        self.name = name
        self.types: dict[str, int] = {}
        self.aliases: dict[str, None] = {name: None}
        self.count = 0
        self.confidence = 0.0
        self.source = ""


class _Merger:
    """Entities and relations of a batch, merged by id."""

    def __init__(self, catalogue) -> None:
        self.catalogue = catalogue
        self.seen: dict[str, _Seen] = {}
        self.facts: dict[str, list[tuple[Fact, Document]]] = {}

    def mention(self, m: Found) -> None:
        """Record one mention (see `mentions`)."""
        self.mentions((m,), "", [])

    def mentions(self, found, doc_id: str, out: list[Mention]) -> None:
        """Record each of `found` under its chosen candidate; named ones also go to `out`."""
        seen = self.seen
        for m in found:
            c = m.candidates[m.chosen]
            rec = seen.get(c.id)
            if rec is None:
                rec = seen[c.id] = _Seen(c.name)
            types = rec.types
            types[c.type] = types.get(c.type, 0) + 1
            if not m.ref:
                rec.aliases.setdefault(m.text, None)
                rec.count += 1
                out.append(Mention(c.id, doc_id, m.start, m.end, m.text, m.sentence))
            if c.confidence > rec.confidence:
                rec.confidence, rec.source = c.confidence, c.source

    def fact(self, doc: Document, f: Fact) -> None:
        rid = relation_id(f.source_id, f.type, f.target_id)
        items = self.facts.get(rid)
        if items is None:
            self.facts[rid] = [(f, doc)]
        else:
            items.append((f, doc))

    def entities(self) -> list[Entity]:
        out = []
        entries = self.catalogue.entries
        for ident in sorted(self.seen):
            rec = self.seen[ident]
            entry = entries.get(ident)
            if entry is not None:
                name, type_, qid = entry.name, entry.type, entry.qid
            else:  # the most frequent type, the first seen on a tie (as Counter.most_common)
                name, type_, qid = rec.name, max(rec.types, key=rec.types.__getitem__), None
            aliases = [name] + sorted(a for a in rec.aliases if a != name)
            out.append(
                Entity(
                    ident,
                    name,
                    type_,
                    aliases,
                    qid,
                    rec.count,
                    round(rec.confidence, 3),
                    rec.source,
                )
            )
        return out

    def relations(self, types: dict[str, str]) -> list[Relation]:
        """Relations in id order; evidence built only for relations whose types fit."""
        out = []
        for rid in sorted(self.facts):
            items = self.facts[rid]
            if len(items) > 1:
                items.sort(key=lambda x: (x[1].id, x[0].start, x[0].rule))
            f0 = items[0][0]
            st, tt = types.get(f0.source_id), types.get(f0.target_id)
            if st is None or tt is None or not RELATION_TYPES[f0.type].allows(st, tt):
                continue
            miss = 1.0
            evidence = []
            dated = None
            for f, doc in items:
                miss *= 1 - f.confidence
                evidence.append(
                    Evidence(
                        doc.id,
                        doc.sentences[f.sentence].text,
                        f.start,
                        f.end,
                        f.sentence,
                        f.rule,
                        f.confidence,
                        doc.published,
                    )
                )
                if f.date and (dated is None or f.confidence > dated.confidence):
                    dated = f  # the most confident dated fact, the first on a tie
            out.append(
                Relation(
                    f0.source_id,
                    f0.type,
                    f0.target_id,
                    dated.date if dated else None,
                    round(min(0.99, 1 - miss), 3),
                    evidence,
                )
            )
        return out  # already in id order: Relation.id == relation_id(...) == rid


def extract(
    documents: list[DocumentInput], *, catalogue_path: str | None = None
) -> ExtractionResult:
    """Extract entities and relations from `documents` (one batch); pure and deterministic.

    Raises `ExtractionError` for an empty batch item, empty text or a bad field.
    """
    if isinstance(documents, DocumentInput):
        documents = [documents]
    items = [_check(d, i) for i, d in enumerate(documents)]
    catalogue = load_catalogue(catalogue_path)
    merger = _Merger(catalogue)
    docs: list[Document] = []
    mentions: list[Mention] = []
    seen: set[str] = set()
    for item in items:
        doc, st = extract_document(item, catalogue_path)
        if doc.id in seen:
            continue
        seen.add(doc.id)
        docs.append(doc)
        _choose(st)
        listed = {id(m) for m in st.mentions}
        inner: dict[int, Found] = {}  # fact arguments not in the mention list, first seen
        for f in st.facts:
            for x in (f.source, f.target):
                if id(x) not in listed and id(x) not in inner:
                    inner[id(x)] = x
        merger.mentions(st.mentions, doc.id, mentions)
        merger.mentions(inner.values(), doc.id, mentions)
        for f in st.facts:
            merger.fact(doc, f)
    entities = merger.entities()
    types = {e.id: e.type for e in entities}
    mentions.sort(key=attrgetter("document", "start"))
    return ExtractionResult(
        documents=docs,
        entities=entities,
        relations=merger.relations(types),
        mentions=mentions,
    )
