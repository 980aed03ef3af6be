"""Catalogue matching: every alias of every catalogue entry, found in one pass.

One spaCy `PhraseMatcher` (Cython, on lowercased tokens) holds all spellings of
all aliases; it is built once per pipeline. A match is kept when its case fits
(short, all-caps and ambiguous aliases must match exactly: `US` is not `us`,
`Mỹ` is not the `mỹ` of `thẩm mỹ`), and an ambiguous alias ("Apollo", "Meta")
also needs context: another unambiguous mention of the same entity in the
document, a type cue next to it, or a related entity in the same sentence.
Overlapping matches keep the longest.
"""

from __future__ import annotations

from operator import attrgetter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.catalogue import Catalogue, CatalogueEntry, load_catalogue, variants
from extract.cues import cue_before
from extract.spans import Candidate, Found, state
from extract.text import has_vietnamese

__all__ = ["CatalogueMatcher", "longest_first"]

_STRICT_LEN = 4
_START = attrgetter("start")


def _strict(alias: str, entry: CatalogueEntry) -> bool:
    return (
        len(alias) <= _STRICT_LEN
        or alias.isupper()
        or alias.casefold() in entry.ambiguous
        or not alias[:1].isupper()
    )


class CatalogueMatcher:
    """Pipeline component: catalogue mentions into `doc._.rg.mentions`."""

    def __init__(self, nlp: Language, catalogue: Catalogue):
        self.catalogue = catalogue
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact: dict[str, frozenset[str]] = {}
        self.loose: dict[str, frozenset[str]] = {}
        self.ambiguous: dict[str, frozenset[str]] = {}
        for entry in catalogue.entries.values():
            exact, loose, amb = set(), set(), set()
            for alias in entry.aliases:
                for form in variants(alias):
                    exact.add(form)
                    if form[:1].islower() and " " in form:
                        exact.add(form[0].upper() + form[1:])  # opening a sentence
                    if alias.casefold() in entry.ambiguous:
                        amb.add(form)
                    elif not _strict(alias, entry):
                        loose.add(form.casefold())
            self.exact[entry.id] = frozenset(exact)
            self.loose[entry.id] = frozenset(loose)
            self.ambiguous[entry.id] = frozenset(amb)
            self.matcher.add(entry.id, list(nlp.tokenizer.pipe(sorted(exact))))
        # Per-id lookups built once: (exact, loose, ambiguous, sure candidate, ambiguous
        # candidate). Candidates are never mutated downstream, so mentions share them.
        self._by_id: dict[str, tuple] = {}
        for entry in catalogue.entries.values():
            sure = Candidate(entry.id, entry.name, entry.type, "catalogue", 1.0)
            weak = Candidate(entry.id, entry.name, entry.type, "catalogue", 0.8)
            self._by_id[entry.id] = (
                self.exact[entry.id],
                self.loose[entry.id],
                self.ambiguous[entry.id],
                sure,
                weak,
            )
        self._names: dict[int, str] = {}  # match id -> entry id (vocab string lookups)

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        spans: dict[tuple[int, int], list[str]] = {}
        names = self._names
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            ident = names.get(match_id)
            if ident is None:
                ident = names[match_id] = strings[match_id]
            key = (start, end)
            if key in spans:
                spans[key].append(ident)
            else:
                spans[key] = [ident]
        if not spans:
            return doc
        # char offsets of the matched tokens only, without building Span objects
        by_id, full = self._by_id, st.text
        found: list[Found] = []
        for (start, end), ids in spans.items():
            a = doc[start].idx
            last = doc[end - 1]
            b = last.idx + len(last)
            text = full[a:b]
            folded = None
            cands = []
            for i in ids:
                exact, loose, amb, sure, weak = by_id[i]
                if text not in exact:
                    if folded is None:
                        folded = text.casefold()
                    if folded not in loose:
                        continue
                cands.append(weak if text in amb else sure)
            if not cands or st.skipped(a, b):
                continue
            found.append(Found(a, b, text, cands, st.sentence_of(a)))
        found = longest_first(found)
        found = self._context_filter(st, found)
        st.mentions.extend(found)
        return doc

    def _context_filter(self, st, found: list[Found]) -> list[Found]:
        """Drop ambiguous matches without support; order candidates by the cue before.

        An ambiguous alias is kept when the document also names the entity unambiguously,
        a type cue stands right before it, a related entity (parent, developer, country)
        is in the same sentence, or it is a capitalised non-Vietnamese word inside a
        sentence (long enough not to be a common Vietnamese word). Once kept, its other
        exact-case occurrences in the document are kept too.
        """
        text, lang = st.text, st.language
        sure = {c.id for f in found for c in f.candidates if c.confidence >= 1.0}
        by_sentence: dict[int, set[str]] | None = None  # ids per sentence, built on first need
        kept: list[tuple[Found, list[Candidate]]] = []
        dropped = False
        for f in found:
            cands = f.candidates
            if len(cands) == 1:
                only = cands[0]
                if only.confidence >= 1.0 or only.id in sure:
                    kept.append((f, [only]))  # kept whatever the cue: no need to read it
                    continue
                cue_type = None  # read below only when nothing else keeps it
            else:
                cue_type = cue_before(text, f.start, lang)
                if cue_type:
                    cands.sort(key=lambda c: c.type != cue_type)
            keep = []
            for c in cands:
                if c.confidence >= 1.0 or c.id in sure or cue_type == c.type:
                    keep.append(c)
                    continue
                if by_sentence is None:
                    by_sentence = {}
                    for g in found:
                        by_sentence.setdefault(g.sentence, set()).update(x.id for x in g.candidates)
                entry = self.catalogue.entries[c.id]
                related = any(r in by_sentence[f.sentence] for r in entry.related())
                phrase = " " in f.text and len(f.text) >= 10  # a specific multi-word phrase
                if related or phrase or self._plain_name(st, f, lang):
                    keep.append(c)
                elif len(cands) == 1 and cue_before(text, f.start, lang) == c.type:
                    keep.append(c)  # a type cue right before it
            dropped = dropped or not keep
            kept.append((f, keep))
        if not dropped:
            out = []
            for f, keep in kept:
                f.candidates = keep
                out.append(f)
            return out
        accepted = {(f.text, c.id) for f, keep in kept for c in keep}
        out = []
        for f, keep in kept:
            if not keep:
                keep = [c for c in f.candidates if (f.text, c.id) in accepted]
            if keep:
                f.candidates = keep
                out.append(f)
        return out

    @staticmethod
    def _plain_name(st, f: Found, lang: str) -> bool:
        """A capitalised, non-Vietnamese word that does not open its sentence."""
        word = f.text
        if not word[:1].isupper() or has_vietnamese(word):
            return False
        if len(word) < (2 if lang == "en" else 4) and not any(ch.isdigit() for ch in word):
            return False
        start = st.sentences[f.sentence].start
        return st.text[start : f.start].strip(" \"“‘'([") != ""


def longest_first(found: list[Found]) -> list[Found]:
    """Non-overlapping mentions, longer ones winning, in text order.

    A shorter match inside a kept one is remembered in its `inner` list
    ("Nvidia" inside "Nvidia H800").

    >>> a = Found(0, 10, "Qwen team x", []); b = Found(0, 4, "Qwen", [])
    >>> [(f.text, [i.text for i in f.inner]) for f in longest_first([b, a])]
    [('Qwen team x', ['Qwen'])]

    Notes
    -----
    Matches are cut into clusters of overlapping spans first (one sort), so the
    quadratic choice only runs inside the rare clusters of more than one match.
    """
    out: list[Found] = []
    cluster: list[Found] = []
    end = -1
    merged = False  # whether some cluster held several matches (its order may change)
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if cluster and f.start >= end:
            if len(cluster) == 1:
                out.append(cluster[0])
            else:
                out.extend(_resolve(cluster))
                merged = True
            cluster = []
        cluster.append(f)
        end = max(end, f.end) if len(cluster) > 1 else f.end
    merged = merged or len(cluster) > 1
    out.extend(_resolve(cluster))
    return sorted(out, key=_START) if merged else out


def _resolve(cluster: list[Found]) -> list[Found]:
    if len(cluster) <= 1:
        return cluster
    taken: list[Found] = []
    for f in sorted(cluster, key=lambda f: (f.start - f.end, f.start)):
        clash = [t for t in taken if not (f.end <= t.start or f.start >= t.end)]
        if not clash:
            taken.append(f)
        elif len(clash) == 1 and clash[0].start <= f.start and f.end <= clash[0].end:
            clash[0].inner.append(f)
    return taken


@Language.factory("racegraph_catalogue", default_config={"catalogue_path": None})
def make_catalogue_matcher(
    nlp: Language, name: str, catalogue_path: str | None
) -> CatalogueMatcher:
    return CatalogueMatcher(nlp, load_catalogue(catalogue_path))
