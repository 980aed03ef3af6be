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
from collections import Counter
from dataclasses import dataclass

from extract.catalogue import load_catalogue
from extract.dates import dateline
from extract.furniture import furniture
from extract.language import LANGUAGES, detect_language, get_pipeline
from extract.spans import DocState, Fact, Found
from extract.text import normalise, split_sentences
from graph.errors import ExtractionError
from graph.model import Document, Entity, Evidence, ExtractionResult, Mention, Relation, document_id
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
        for found, cid in ((f.source, f.source_id), (f.target, f.target_id)):
            k = next(i for i, c in enumerate(found.candidates) if c.id == cid)
            if f.confidence > best.get(id(found), (-1.0, 0))[0]:
                best[id(found)] = (f.confidence, k)
    for m in st.mentions:
        if id(m) in best:
            m.chosen = best[id(m)][1]


class _Merger:
    """Entities and relations of a batch, merged by id."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.types: dict[str, Counter[str]] = {}
        self.aliases: dict[str, dict[str, None]] = {}
        self.count: Counter[str] = Counter()
        self.meta: dict[str, tuple[float, str]] = {}
        self.facts: dict[str, list[tuple[Fact, Evidence]]] = {}

    def mention(self, m: Found) -> None:
        c = m.best
        self.names.setdefault(c.id, c.name)
        self.types.setdefault(c.id, Counter())[c.type] += 1
        self.aliases.setdefault(c.id, {c.name: None})
        if not m.ref:
            self.aliases[c.id].setdefault(m.text, None)
            self.count[c.id] += 1
        conf, _ = self.meta.get(c.id, (0.0, ""))
        if c.confidence > conf:
            self.meta[c.id] = (c.confidence, c.source)

    def fact(self, doc: Document, f: Fact) -> None:
        sent = doc.sentences[f.sentence]
        ev = Evidence(
            doc.id, sent.text, f.start, f.end, f.sentence, f.rule, f.confidence, doc.published
        )
        rel = Relation(f.source_id, f.type, f.target_id)
        self.facts.setdefault(rel.id, []).append((f, ev))

    def entities(self, catalogue) -> list[Entity]:
        out = []
        for ident in sorted(self.names):
            entry = catalogue.entries.get(ident)
            conf, source = self.meta[ident]
            type_ = entry.type if entry else self.types[ident].most_common(1)[0][0]
            name = entry.name if entry else self.names[ident]
            aliases = [name] + sorted(a for a in self.aliases[ident] if a != name)
            out.append(
                Entity(
                    ident,
                    name,
                    type_,
                    aliases,
                    entry.qid if entry else None,
                    self.count[ident],
                    round(conf, 3),
                    source,
                )
            )
        return out

    def relations(self, types: dict[str, str]) -> list[Relation]:
        out = []
        for rid in sorted(self.facts):
            items = sorted(self.facts[rid], key=lambda x: (x[1].document, x[1].start, x[1].rule))
            f0 = items[0][0]
            rt = RELATION_TYPES[f0.type]
            st, tt = types.get(f0.source_id), types.get(f0.target_id)
            if st is None or tt is None or not rt.allows(st, tt):
                continue
            miss = 1.0
            for _f, ev in items:
                miss *= 1 - ev.confidence
            dated = sorted((f for f, _ in items if f.date), key=lambda f: -f.confidence)
            out.append(
                Relation(
                    f0.source_id,
                    f0.type,
                    f0.target_id,
                    dated[0].date if dated else None,
                    round(min(0.99, 1 - miss), 3),
                    [ev for _f, ev in items],
                )
            )
        return sorted(out, key=lambda r: r.id)


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
    merger = _Merger()
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
        inner = [x for f in st.facts for x in (f.source, f.target) if id(x) not in listed]
        for m in st.mentions + list({id(x): x for x in inner}.values()):
            merger.mention(m)
            if not m.ref:
                mentions.append(Mention(m.best.id, doc.id, m.start, m.end, m.text, m.sentence))
        for f in st.facts:
            merger.fact(doc, f)
    entities = merger.entities(catalogue)
    types = {e.id: e.type for e in entities}
    return ExtractionResult(
        documents=docs,
        entities=entities,
        relations=merger.relations(types),
        mentions=sorted(mentions, key=lambda m: (m.document, m.start)),
    )
