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

import re
from operator import attrgetter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.catalogue import Catalogue, CatalogueEntry, load_catalogue, variants
from extract.cues import (
    COMPANY_ENDINGS,
    DATE_WORDS,
    DEMONYMS,
    GENERIC_NAMES,
    LEADING_WORDS,
    cue_before,
    opens_clause,
)
from extract.language import punct_tokenizer
from extract.spans import Candidate, Found, state
from extract.text import has_vietnamese

__all__ = ["CatalogueMatcher", "foreign_body", "longest_first", "owner_countries"]

_STRICT_LEN = 4
_LAST_WORD = re.compile(r"(\w[\w.\-]*) $")  # the word right before a name, one space apart
_NEXT_WORD = re.compile(r" ([a-z]+)\b")  # the lowercase word right after a name
_NEXT_CHAR = re.compile(r" (\w)")  # the first letter of the word after a name
_START = attrgetter("start")
_MODEL_NUMBER = re.compile(
    r"[A-Za-z]*\d+[A-Z]?$"
)  # "H100", "MI300X", "910B": a chip's model number
# capitalised titles before a surname ("Senator Schumer"); cue words ("CEO") are read as cues
_TITLES = frozenset(
    ["Senator", "Sen", "Governor", "Gov", "Premier", "Chancellor", "Vice", "Representative"]
    + ["Rep", "General", "Gen", "Judge", "Justice", "Ambassador", "Speaker", "Leader", "Mayor"]
    + ["Chief", "Chairman", "Chair", "Minister", "Commissioner", "President", "Secretary"]
)


_MADE = frozenset({"Hardware", "AIModel", "Product"})  # what a maker's name may open


def _strict(alias: str, entry: CatalogueEntry) -> bool:
    """Whether `alias` must match with its own case: short, all-caps, ambiguous or
    lowercase aliases, and a person's Vietnamese reading, whose syllables in lower case are
    ordinary words ("giá lý tưởng" is no Lý Tưởng, "quá trình duy trì" no Trình Duy)."""
    return (
        len(alias) <= _STRICT_LEN
        or alias.isupper()
        or alias.casefold() in entry.ambiguous
        or not alias[:1].isupper()
        or (entry.type == "Person" and has_vietnamese(alias))
    )


class CatalogueMatcher:
    """Pipeline component: catalogue mentions into `doc._.rg.mentions`."""

    def __init__(self, nlp: Language, catalogue: Catalogue):
        self.catalogue = catalogue
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # aliases are tokenised by a tokenizer of their own: the pipeline's caches every
        # string it sees, and tens of thousands of alias strings in its cache made it
        # several times slower on the articles themselves
        alias_tokenizer = punct_tokenizer(nlp)
        # per match key (the hash of an entry id): the reading of each spelling that may
        # match, exact spellings first, then casefolded ones (loose: case may differ).
        # Candidates are never mutated downstream, so mentions share them.
        self._exact: dict[int, dict[str, Candidate]] = {}
        self._loose: dict[int, dict[str, Candidate]] = {}
        self._related: dict[str, tuple[str, ...]] = {}
        for entry in catalogue.entries.values():
            sure = Candidate(entry.id, entry.name, entry.type, "catalogue", 1.0)
            weak = Candidate(entry.id, entry.name, entry.type, "catalogue", 0.8)
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
            if entry.type == "Hardware":
                # "10,000 H100s", "Nvidia's H20s": a chip model counted in the plural
                plural = {f + "s" for f in exact if _MODEL_NUMBER.search(f)}
                amb |= {f + "s" for f in amb if f + "s" in plural}
                exact |= plural
            key = nlp.vocab.strings.add(entry.id)
            self._exact[key] = {form: weak if form in amb else sure for form in exact}
            self._loose[key] = dict.fromkeys(loose, sure)  # never ambiguous
            self._related[entry.id] = entry.related()
            self.matcher.add(entry.id, list(alias_tokenizer.pipe(sorted(exact))))

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        found = self._matches(doc, st)
        if found:
            kept = self._context_filter(st, longest_first(found))
            kept = _not_inside_other_names(st, kept)
            kept = self._makers_joined(st.text, kept)
            kept = _codes_joined(st.text, kept)
            kept = [f for f in kept if not _licence_name(st.text, f)]
            kept = _not_heads_of_other_names(st, kept)
            kept = [f for f in kept if not foreign_body(st.text, f, self.catalogue)]
            for f in kept:
                if f.inner:
                    f.inner = [i for i in f.inner if not self._foreign(i, f)]
            st.mentions.extend(kept)
        return doc

    def _makers_joined(self, text: str, kept: list[Found]) -> list[Found]:
        """A maker written right before its own product ("AMD MI325X", "Huawei Pura 80")
        is part of the product's name, as in the catalogue's "Nvidia H100": one mention
        holding the maker inside, so nothing stands between the product and its user."""
        entries = self.catalogue.entries
        out: list[Found] = []
        for f in kept:
            prev = out[-1] if out else None
            entry = entries.get(f.best.id) if f.best.source == "catalogue" else None
            if (
                prev is not None
                and entry is not None
                and f.type in _MADE
                and prev.type == "Organization"
                and prev.best.id in (entry.developer, entry.parent)
                and text[prev.end : f.start] == " "
            ):
                out[-1] = Found(
                    prev.start, f.end, text[prev.start : f.end], f.candidates, f.sentence,
                    f.ref, f.chosen, [prev, *f.inner],
                )  # fmt: skip
                continue
            out.append(f)
        return out

    def _foreign(self, inner: Found, outer: Found) -> bool:
        """Whether a name inside another belongs to another country ("Bộ Tài chính" of
        Vietnam inside "Bộ Tài chính Mỹ"): then it says nothing about the outer name."""
        entries = self.catalogue.entries
        mine = {entries[c.id].country for c in outer.candidates if c.id in entries}
        theirs = {entries[c.id].country for c in inner.candidates if c.id in entries}
        return None not in mine and None not in theirs and not mine & theirs

    def _matches(self, doc: Doc, st) -> list[Found]:
        """Phrase matches whose case fits, outside furniture: one mention per span, with
        a reading per entry it may name (weaker for an ambiguous alias)."""
        found: dict[tuple[int, int], Found] = {}
        exact_of, loose_of, full = self._exact, self._loose, st.text
        skipped, sentence_of = st.skipped, st.sentence_of
        for key, start, end in self.matcher(doc):
            a = doc[start].idx
            last = doc[end - 1]
            b = last.idx + len(last)
            text = full[a:b]
            cand = exact_of[key].get(text) or loose_of[key].get(text.casefold())
            if cand is None:
                continue
            same = found.get((a, b))
            if same is not None:
                same.candidates.append(cand)
            elif not skipped(a, b):
                found[a, b] = Found(a, b, text, [cand], sentence_of(a))
        return list(found.values())

    def _context_filter(self, st, found: list[Found]) -> list[Found]:
        """Drop ambiguous matches without support; order candidates by the cue before.

        An ambiguous alias is kept when the document also names the entity unambiguously,
        a type cue stands right before it, a related entity (parent, developer, country)
        is in the same sentence, or it is a capitalised non-Vietnamese word inside a
        sentence (long enough not to be a common Vietnamese word), or a bare national body of
        a country the document names (`_home`). Once kept, its other
        exact-case occurrences in the document are kept too. A mention with one reading
        of an entity named for sure is left as it is (most of them).
        """
        sure = {c.id for f in found for c in f.candidates if c.confidence >= 1.0}
        doubtful = [f for f in found if len(f.candidates) > 1 or f.candidates[0].id not in sure]
        if not doubtful:
            return found
        text, lang = st.text, st.language
        named = {(g.sentence, c.id) for g in found for c in g.candidates}  # who each sentence names
        ids = {g.best.id for g in found}  # who the document names
        kept: dict[int, list[Candidate]] = {}  # id(mention) -> readings kept, when doubtful
        for f in doubtful:
            cands = f.candidates
            cue_type = None  # read below only when nothing else keeps a single reading
            if len(cands) > 1:
                cue_type = cue_before(text, f.start, lang)
                if cue_type:
                    cands.sort(key=lambda c: c.type != cue_type)
            keep = []
            for c in cands:
                if c.confidence >= 1.0 or c.id in sure or cue_type == c.type:
                    keep.append(c)
                    continue
                related = any((f.sentence, r) in named for r in self._related[c.id])
                phrase = " " in f.text and len(f.text) >= 10  # a specific multi-word phrase
                if (
                    related
                    or phrase
                    or self._plain_name(st, f, lang)
                    or self._home(c, f, found, ids)
                ):
                    keep.append(c)
                elif len(cands) == 1 and cue_before(text, f.start, lang) == c.type:
                    keep.append(c)  # a type cue right before it
            kept[id(f)] = keep
        if all(kept.values()):
            for f in doubtful:
                f.candidates = kept[id(f)]
            return found
        accepted = {(f.text, c.id) for f in found for c in kept.get(id(f), f.candidates)}
        out = []
        for f in found:
            keep = kept.get(id(f), f.candidates)
            if not keep:
                keep = [c for c in f.candidates if (f.text, c.id) in accepted]
            if keep:
                f.candidates = keep
                out.append(f)
        return out

    def _home(self, c: Candidate, f: Found, found: list[Found], ids: set[str]) -> bool:
        """Whether a bare institution ("Quốc hội", "Chính phủ", "Congress") is the one of a
        country the document names, with no other body of that name in it ("Quốc hội Hàn
        Quốc" makes a later bare "Quốc hội" Korea's)."""
        entry = self.catalogue.entries[c.id]
        if entry.type != "Organization" or entry.country is None or " " not in f.text:
            return False
        return entry.country in ids and not any(
            f.text in g.text and g.text != f.text and g.best.id != c.id for g in found
        )

    @staticmethod
    def _plain_name(st, f: Found, lang: str) -> bool:
        """A capitalised, non-Vietnamese word standing as a name of its own: inside its
        sentence, or opening it as the subject of a verb ("Apple picked ..."), and not
        the last word of a longer capitalised name ("Lim Wei Ling")."""
        word, text = f.text, st.text
        if not word[:1].isupper() or has_vietnamese(word):
            return False
        if len(word) < (2 if lang == "en" else 4) and not any(ch.isdigit() for ch in word):
            return False
        before = _LAST_WORD.search(text, max(0, f.start - 40), f.start)
        if before and before.group(1)[:1].isupper() and before.group(1) not in DATE_WORDS:
            return False  # the tail of a longer name ("In February Mistral ..." is not)
        start = st.sentences[f.sentence].start
        if text[start : f.start].strip(" \"“‘'([") != "":
            return True
        after = _NEXT_WORD.match(text, f.end)
        if lang == "vi":  # "Honor dùng Qwen": a foreign word opening a Vietnamese clause
            nxt = _NEXT_CHAR.match(text, f.end)
            return word.isascii() and nxt is not None and nxt.group(1).islower()
        return after is not None and opens_clause(after.group(1), len(f.candidates) == 1)


# a title-case word after a one-word company name that leaves it that company: a legal or
# trade ending ("Quanta Computer", "Baidu Inc"), a title ("Nvidia Chief ..."), a date word
_SAME_AFTER = (
    COMPANY_ENDINGS
    | _TITLES
    | GENERIC_NAMES
    | DATE_WORDS
    | frozenset(["Chairman", "Founder", "Co-founder", "Director", "Head", "Executive", "The"])
)
_TITLE_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w\-])")


# the head nouns of a public body's name: "Ministry of Information", "Bộ Tài chính"
_BODY_NAME = re.compile(
    r"(?:^|\b)(?:Ministry|Department|Bureau|Agency|Commission|Authority|Council|"
    r"Bộ|Cục|Tổng cục|Ủy ban|Uỷ ban)\b|\bMinistry$"
)
# a country's possessive before a body's name, maybe over other words of that name:
# "Kenya's Ministry of Information", "Indonesia's Communications and Digital Ministry"
_OWNER_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<c>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})(?:'s|’s) "
    r"(?:(?:[A-Z][\w\-]*|of|and|the|for|&),? ){0,6}$"
)
# a country right after a Vietnamese body's name: "Bộ Tài chính Kenya"
_OWNER_AFTER = re.compile(r" (?P<c>[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})")


def _codes_joined(text: str, kept: list[Found]) -> list[Found]:
    """A chip's code and its family's name side by side ("GB300 Grace Blackwell", "Blackwell
    B200") name one chip, the one the code names: one mention, the family's inside it."""
    out: list[Found] = []
    for f in kept:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.type == prev.type == "Hardware"
            and text[prev.end : f.start] == " "
            and _has_digit(prev.text) != _has_digit(f.text)
            and prev.best.id != f.best.id
        ):
            code, family = (prev, f) if _has_digit(prev.text) else (f, prev)
            if not _family_name(family.text):
                out.append(f)  # "H100 GPUs": a kind of chip, no family's name
                continue
            out[-1] = Found(
                prev.start, f.end, text[prev.start : f.end], code.candidates, f.sentence,
                code.ref, code.chosen, [*code.inner, family, *family.inner],
            )  # fmt: skip
            continue
        out.append(f)
    return out


# a software licence named for a body: "under the MIT licence", "a permissive Apache license"
_LICENCE_AFTER = re.compile(r" [Ll]icen[cs]es?\b")
_LICENCE_BEFORE = re.compile(
    r"\b(?:under|permissive|modified|open[- ]source|standard)(?: (?:a|an|the|its))?"
    r"(?: [a-z][\w-]*){0,3} $"
)


def _licence_name(text: str, f: Found) -> bool:
    """Whether an organisation's name only names a software licence ("released under the
    MIT licence"): no mention of the body."""
    return (
        f.type == "Organization"
        and _LICENCE_AFTER.match(text, f.end) is not None
        and _LICENCE_BEFORE.search(text, max(0, f.start - 50), f.start) is not None
    )


def _has_digit(name: str) -> bool:
    return any(ch.isdigit() for ch in name)


def _family_name(name: str) -> bool:
    """Whether `name` is written as a family's name ("Grace Blackwell"), not an acronym of a
    kind of chip ("GPUs", "TPU")."""
    return name[:1].isupper() and any(ch.islower() for ch in name) and not name[:-1].isupper()


def owner_countries(text: str, start: int, end: int, catalogue: Catalogue) -> set[str]:
    """Countries named as the owner of a body's name at text[start:end]: a possessive before
    it ("Kenya's Ministry of Information") or, in Vietnamese order, a name right after it
    ("Bộ Tài chính Kenya")."""
    places = []
    m = _OWNER_BEFORE.search(text, max(0, start - 90), start)
    if m is not None:
        places.append(m["c"])
    m = _OWNER_AFTER.match(text, end)
    if m is not None:
        words = m["c"].split()
        places += [" ".join(words[:k]) for k in range(1, len(words) + 1)]
    entries = catalogue.entries
    out = set()
    for place in places:
        ids = [i for i in catalogue.lookup(place) if entries[i].type == "Location"]
        if ids and all(entries[i].country is None for i in ids):
            out.update(ids)
    return out


def foreign_body(text: str, f: Found, catalogue: Catalogue) -> bool:
    """Whether a public body's name is said of another country than its entry's.

    "Kenya's Ministry of Information" is not Vietnam's, "Bộ Tài chính Kenya" is not
    Vietnam's Bộ Tài chính (`owner_countries`).
    """
    entry = catalogue.entries.get(f.best.id) if f.best.source == "catalogue" else None
    if entry is None or entry.type != "Organization" or entry.country is None:
        return False
    if not _BODY_NAME.search(f.text):
        return False
    owners = owner_countries(text, f.start, f.end, catalogue)
    return bool(owners) and entry.country not in owners


def _not_heads_of_other_names(st, found: list[Found]) -> list[Found]:
    """`found` without a one-word company name that opens a longer unknown name.

    "Quanta Forge" is not Quanta Computer: a title-case word right after an ambiguous
    one-word company alias, read by no other mention and no company ending ("Quanta
    Computer", "Baidu Inc") nor title, makes another name (headlines aside, where every
    word is capitalised). A sure one-word name ("Tencent Mobility") stays: a unit of it.
    """
    from extract.discovery import title_case_lines  # discovery imports this module

    text = st.text
    heads = None
    out = []
    for i, f in enumerate(found):
        m = None
        if (
            f.type == "Organization"
            and " " not in f.text
            and all(c.confidence < 1.0 for c in f.candidates)
            and not has_vietnamese(f.text)
        ):
            m = _TITLE_WORD.match(text, f.end)
        if m is None or m[1] in _SAME_AFTER or m[1] in DEMONYMS:
            out.append(f)
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and nxt.start < m.end(1):
            out.append(f)  # "Nvidia Blackwell": the next word is a name of its own
            continue
        if heads is None:
            heads = title_case_lines(text)
        if any(a <= f.start < b for a, b in heads):
            out.append(f)
    return out


def _not_inside_other_names(st, found: list[Found]) -> list[Found]:
    """`found` without a person's one-word alias that ends someone else's name.

    "Ellison" names Larry Ellison, but "Mark Ellison" is another man: a given name
    right before the surname (a capitalised word that is no title, no sentence
    opener and no part of another mention) leaves the surname unread.
    """
    text, lang = st.text, st.language
    out = []
    for k, f in enumerate(found):
        if " " in f.text or any(c.type != "Person" for c in f.candidates):
            out.append(f)
            continue
        before = _LAST_WORD.search(text, max(0, f.start - 40), f.start)
        word = before.group(1) if before else ""
        given = (
            word[:1].isupper()
            and word.isalpha()
            and word not in LEADING_WORDS
            and word not in DEMONYMS
            and word not in _TITLES
            and (k == 0 or found[k - 1].end < before.start())
            and cue_before(text, f.start, lang, descriptors=False) is None
        )
        if not given:
            out.append(f)
    return out


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
    for f in sorted(found, key=_START):  # same-start matches overlap: one cluster
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
