"""Unseen names: entities the catalogue does not know, found from context cues.

A name is a run of capitalised (or letter+digit, like `o1`) words next to a
cue that says what it is: "công ty khởi nghiệp X", "mô hình ... X", "CEO X",
"X - nhà nghiên cứu", "X said", "the X model", "X Technologies". Once typed, a
name is found again everywhere in the document (one compiled regex). Names the
catalogue knows resolve to the catalogue entry; a name that is only a run
inside a catalogue alias ("Security Technology") is not a new entity. Ids are
slugs of the name (`adina-yakefu`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc

from extract.catalogue import Catalogue, load_catalogue
from extract.cues import (
    AFTER,
    BEFORE,
    COMPANY_ENDINGS,
    DATE_WORDS,
    DEMONYMS,
    GENERIC_NAMES,
    HEAD_WORDS,
    LEADING_WORDS,
    LEGAL_SUFFIXES,
    ORG_SUFFIXES,
    POLICY_SUFFIXES,
    PRODUCT_SUFFIXES,
    TIME_NOUNS,
    cue_before,
    role_before_comma,
)
from extract.mentions import longest_first, owner_countries
from extract.namecues import (
    PROCESS_NODE,
    country_and_field,
    cue_names,
    name_opening,
    named_for_country,
)
from extract.short_names import short_names
from extract.spans import Candidate, Found, overlaps, state
from extract.text import has_vietnamese, name_key, slug, vi_syllable, whole_words
from extract.variants import with_variants

__all__ = [
    "Discovery",
    "discover_names",
    "inner_runs",
    "list_names",
    "name_runs",
    "run_key",
    "title_case_lines",
]

_UPPER = "A-Z" + "".join(
    c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and "LATIN" in unicodedata.name(c, "")
)
_WORD = rf"(?:[{_UPPER}][\w+.\-]*[\w+]|[{_UPPER}]|[a-z]{{1,3}}\d[\w.\-]*\w|\d+[A-Za-z][\w\-]*)"
# words a number after which counts, dates or cites, not a version: "Tháng 4", "Top 10"
_COUNTED = sorted(
    DATE_WORDS
    | {"May", "Tháng", "Ngày", "Năm", "Quý", "Tuần", "Top", "Phase", "Article", "Section"}
    | {"Chapter", "Điều", "Khoản", "Chương", "Giai", "Vòng", "Round", "No", "Số", "Level"}
)
_NOT_COUNTED = "".join(rf"(?<!\b{re.escape(w)})" for w in _COUNTED)
_EDITIONS = "Pro|Max|Mini|Ultra|Plus|Turbo|Flash|Lite|Nano|Instruct|Chat|Coder|Vision|Omni|Air"
# a version number written apart, then maybe an edition: "Halo 7", "Vega 2.5 Pro"; not a year
_VERSION = (
    rf"(?:(?= \d){_NOT_COUNTED} (?!(?:19|20)\d\d(?!\.\d))\d{{1,4}}(?:\.\d{{1,2}})?(?! ?%)"
    rf"(?: (?:{_EDITIONS}))?)?"
)
# "&" joins partners' names: "Rajah & Tann"
_NAME = rf"{_WORD}(?:(?: | & ){_WORD}){{0,4}}{_VERSION}"
_CONF = {"cue": 0.85, "suffix": 0.8, "statistical": 0.75, "list": 0.75, "place": 0.8}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_RUN = re.compile(rf"(?<![\w\-]){_NAME}(?![\w\-])")
_LINK = re.compile(r"\s*(?:,|và|and|or|hoặc|lẫn|&|, and|, và|as well as)\s*", re.IGNORECASE)
_CLOSE = re.compile(r"\s*(?:,\s*)?(?:và|and|or|hoặc|lẫn|&|as well as)\s*", re.IGNORECASE)
# "Trần Thiên Thạch (Chen Tianshi)": a Vietnamese rendering, then the romanised name
_ROMANISED = re.compile(r" \(((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){1,2})\)")
_NOT_PERSON = frozenset(
    ["University", "Institute", "Academy", "Group", "Company", "Lab", "Labs", "Bank", "Fund"]
)
_TIME_WORDS = DATE_WORDS | {"May", "Today", "Yesterday"}
# "Pennsylvania-based Ansys", "Sequoia-backed Fernhill", "Hong Kong-listed Sunwise": a firm
_BASED_BEFORE = re.compile(r"\w-(?:based|backed|listed|owned|funded|headquartered) $")
_OWNED_BEFORE = re.compile(r"(?<!\w)(?:its|their) $")
# the last word of a name that says its type whatever the cues: laws and devices
_ENDING_TYPES = {
    **dict.fromkeys(POLICY_SUFFIXES, "Policy"),
    **dict.fromkeys(PRODUCT_SUFFIXES, "Product"),
}
# what a one-word name does that only a company does: "TensorWave runs thousands of",
# "Wayve trains its models" (a person named by one word is a known or earlier full name)
_FIRM_VERB_AFTER = re.compile(
    r" (?:also |now |already |recently )?(?:runs (?:thousands|hundreds|tens of thousands) of|"
    r"trains its|rents out|sells its|shipped its|ships its|deployed|deploys|acquired|acquires|"
    r"raised \$|raises \$|is valued at|was valued at|went public|filed for an? (?:IPO|listing))\b"
)
# a Vietnamese company noun and its trade, each word capitalised on its first syllable
_VI_FIRM_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:[Cc]ông ty|[Tt]ập đoàn|[Nn]gân hàng|[Tt]ổng công ty)"
    rf"(?: [{_UPPER}][^\W\d_]*(?: [^\W\d_A-Z]+)?){{1,3}} $"
)
_Item = tuple[int, int, str | None]  # a list member: start, end, type (None: untyped)


def run_key(words: list[str], person: bool) -> str:
    """The key of a word run: `name_key` of the words, a person's words kept apart.

    A person's run keeps its word breaks, so the given name "Lijian" of "Zhao Lijian"
    is no "Li Jian", another man; other runs are glued ("Turbo S" is "TurboS").

    >>> run_key(["Lijian"], True) == run_key(["Li", "Jian"], True), run_key(["Turbo", "S"], False)
    (False, 'turbos')
    """
    if not person:
        return name_key(" ".join(words))
    return "\x00" + " ".join(name_key(w) for w in words)


# the head nouns a body's own name opens or ends with ("Trường Đại học Công nghệ", "Digital
# Ministry"): a generic run without one is a piece of a longer name ("Information Technology")
_BODY_HEADS = frozenset(
    ["ministry", "department", "university", "institute", "academy", "agency", "bureau"]
    + ["office", "commission", "committee", "council", "authority", "administration"]
    + ["centre", "center", "college", "school", "bộ", "trường", "viện", "sở", "cục", "ủy"]
)
# words (Vietnamese: syllables) that say what kind of body a name is, not which one: a run
# of an alias made only of them ("Ministry of Information", "Trường Đại học Công nghệ",
# "Digital Ministry") names any number of bodies, so it identifies no entry
_GENERIC_WORDS = _BODY_HEADS | frozenset(
    ["national", "state", "federal", "public"]
    + ["information", "communications", "communication", "digital", "technology"]
    + ["technologies", "science", "sciences", "economy", "affairs", "research", "development"]
    + ["industry", "trade", "innovation", "telecommunications", "media", "security", "data"]
    + ["general", "central", "people's", "of", "and", "the", "for", "&", ","]
    # Vietnamese syllables of the same nouns: "đại học", "công nghệ", "thông tin"
    + ["đại", "học", "công", "nghệ", "thông", "tin", "truyền"]
    + ["khoa", "kỹ", "thuật", "số", "tổng", "ban", "trung", "tâm"]
    + ["nghiên", "cứu", "phát", "triển", "quốc", "gia", "nhà", "nước", "và", "của", "ngành"]
)


def _generic(words: list[str]) -> bool:
    """Whether a word run only says what kind of body it is ("Bộ Thông tin", "Digital Ministry").

    >>> _generic("Trường Đại học Công nghệ".split()), _generic("Đại học Bách khoa".split())
    (True, False)
    """
    return all(w.strip(",").casefold() in _GENERIC_WORDS for w in words)


def inner_runs(catalogue: Catalogue, generic: bool = False) -> dict[str, str | None]:
    """Keys of word runs inside multi-word catalogue aliases -> entry id (None if several).

    A person's runs are keyed by `run_key` with their word breaks. A run of generic words
    only (`_generic`: "Ministry of Information") identifies nothing by itself and is left
    out; with `generic`, only those runs are kept (of bodies of a country: they name the
    entry where the text names its country, "Vietnam's Ministry of Information").
    """
    runs: dict[str, str | None] = {}
    for entry in catalogue.entries.values():
        person = entry.type == "Person"
        for alias in entry.aliases:
            words = alias.split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    if j - i == len(words) or generic != (not person and _generic(words[i:j])):
                        continue
                    k = run_key(words[i:j], person)
                    runs[k] = entry.id if runs.get(k, entry.id) == entry.id else None
    return runs


@lru_cache(maxsize=4)
def _cues(lang: str) -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    after = {k.lower(): v for k, v in AFTER[lang].items()}
    # Vietnamese puts its tense words before the verb: "X vừa gọi vốn", "Y đã cho biết"
    tense = r"(?:(?:vừa|đã|sẽ|mới|đang|cũng) )?" if lang == "vi" else ""
    after_rx = re.compile(rf" ?{tense}(?P<cue>{_alt(list(AFTER[lang]))})(?!\w)", re.IGNORECASE)
    openers = frozenset(k.lower() for k in BEFORE[lang] if " " not in k)
    return after_rx, after, openers


def name_runs(text: str) -> list[re.Match[str]]:
    """Runs of up to four capitalised (or letter+digit) words: where names may stand."""
    return list(_RUN.finditer(text))


def discover_names(
    text: str,
    lang: str,
    known: list[tuple[int, int]] | None = None,
    runs: list[re.Match[str]] | None = None,
) -> dict[str, tuple[str, str]]:
    """Typed names in `text`: name -> (type, how), from cues and organisation suffixes.

    `runs` are the capitalised runs of `text` when already found (`name_runs`).

    >>> discover_names("Theo nhà phân tích Ray Wang, công ty khởi nghiệp Zeta Lab gọi vốn.", "vi")
    {'Ray Wang': ('Person', 'cue'), 'Zeta Lab': ('Organization', 'cue')}
    """
    lang = lang if lang in BEFORE else "en"
    after_rx, after, openers = _cues(lang)
    found: dict[str, tuple[str, str]] = {}
    starts = [a for a, _ in known or ()]
    headlines = title_case_lines(text)
    for m in name_runs(text) if runs is None else runs:
        if headlines and any(a <= m.start() < b for a, b in headlines):
            continue  # "Americans Love Cheap Phones": every word capitalised, no cue holds
        if known:  # a run that is exactly a known mention needs no discovery
            k = bisect_left(starts, m.start())
            if k < len(starts) and known[k] == m.span():
                continue
        # "New York-based Runway", "Bà Trần Thu Hà", "CEO Sam Lee": cut words before the name
        start, words, dropped = name_opening(text, m.start(), m.group().split(), openers)
        opener = None  # a capitalised cue opening the run, or "-born" before a person
        for word in dropped:
            if word.endswith("-born"):
                opener = "Person"  # "Chilean-born Cristóbal Valenzuela"
            elif word.lower() in openers:
                opener = BEFORE[lang].get(word) or BEFORE[lang].get(word.lower()) or opener
        if not words:
            continue
        name = " ".join(words)
        short = len(name) < 3 and not name.isupper()  # "Di" of "Di động", not "X1"
        if lang == "vi" and len(words) == 1 and (has_vietnamese(name) or short):
            continue  # a capitalised Vietnamese syllable ("Hội nghị Trí tuệ...")
        roman = _ROMANISED.match(text, m.end()) if lang == "vi" else None
        if (
            roman
            and 2 <= len(words) <= 3
            and has_vietnamese(name)
            and not _NOT_PERSON.intersection(roman[1].split())
            and not ORG_SUFFIXES.intersection(roman[1].split())
        ):
            _keep(found, name, "Person", "cue")
            _keep(found, roman[1], "Person", "cue")
            continue
        kind = opener or cue_before(text, start, lang)
        if not kind:  # "Tellura's chief technology officer, Dan Osei,"
            kind = role_before_comma(text, start, lang)
        if not kind and _BASED_BEFORE.search(text, max(0, start - 18), start):
            kind = "Organization"  # "Pennsylvania-based Ansys"
        if not kind and lang == "vi" and _VI_FIRM_BEFORE.search(text, max(0, start - 70), start):
            kind = "Organization"  # "Công ty Chứng khoán SSI", "Tập đoàn Công nghệ CMC"
        if kind:
            _keep(found, name, kind, "cue")
            continue
        cue = after_rx.match(text, m.end())
        kind = after.get(cue["cue"].lower()) if cue else None
        if (
            not kind
            and len(words) == 1
            and lang == "en"
            and not (name.endswith("s") and name[1:].islower())  # "Troops deployed"
            and _FIRM_VERB_AFTER.match(text, m.end())
        ):
            kind = "Organization"
        suffixed = len(words) >= 2 and words[-1] in ORG_SUFFIXES
        ending = _ENDING_TYPES.get(words[-1]) if len(words) >= 2 else None
        if ending:  # "the BIOSECURE Act": a named law; "Rokid Glasses": a named device
            _keep(found, name, ending, "suffix")
        elif kind and not (suffixed and kind == "Person"):  # "Zentrix Labs said": a firm
            _keep(found, name, kind, "cue")
        elif suffixed and _OWNED_BEFORE.search(text, max(0, start - 7), start):
            _keep(found, name, "Product", "suffix")  # "runs its Shakti Cloud": what it owns
        elif suffixed:
            _keep(found, name, "Organization", "suffix")
    return found


# short words a title-case headline leaves in lower case
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with"]
    + ["from", "as", "vs", "via", "is", "are", "its", "và", "của"]
)


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in title case (headlines: "Startup Unveils Its First Robot"):
    four words or more, no full stop at the end, all but short words capitalised.

    >>> title_case_lines("Chinese Startup Unveils New Robot\\nThe startup Zeta Labs said so.")
    [(0, 33)]
    """
    out = []
    at = 0
    for line in text.split("\n"):
        if _title_case(line):
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _title_case(line: str) -> bool:
    """Whether `line` is a headline (see `title_case_lines`); a sentence's full stop or its
    first lowercase word ends the test."""
    if line.rstrip().endswith((".", ":", ";")):
        return False
    capitalised = 0
    for w in line.split():
        if not w[:1].isalpha() or w.lower() in _SMALL_WORDS:
            continue
        if not w[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 4


def list_names(
    text: str,
    typed: list[tuple[int, int, str]],
    found: dict[str, tuple[str, str]],
    runs: list[re.Match[str]] | None = None,
) -> dict[str, tuple[str, str]]:
    """Untyped names that stand in a list with typed ones take the list's type.

    `typed` holds (start, end, type) of known mentions. A list is a chain of
    names joined by commas and closed by a conjunction ("A, B, C và D"); when
    every typed member has one type, the other members get it too. `runs` are
    the capitalised runs of `text` when already found (`name_runs`).

    >>> list_names("Bên cạnh Alibaba, nhóm gồm Zeta Labs, Kora AI và Baidu.",
    ...            [(9, 16, "Organization"), (49, 54, "Organization")], {})
    {'Zeta Labs': ('Organization', 'list'), 'Kora AI': ('Organization', 'list')}
    """
    items: list[_Item] = sorted(typed)
    # a run overlaps a known mention iff, among those starting before the run ends,
    # the furthest end passes the run's start (running max of the ends, by start)
    starts = [a for a, _, _ in items]
    reach = list(itertools.accumulate((b for _, b, _ in items), max))
    for m in name_runs(text) if runs is None else runs:
        words = m.group().split()
        start = m.start()
        while (
            words
            and not named_for_country(words)
            and (words[0] in LEADING_WORDS or words[0] in GENERIC_NAMES)
        ):
            start += len(words.pop(0)) + 1
        if not words:
            continue
        k = bisect_left(starts, m.end())
        if k and reach[k - 1] > start:
            continue
        name = " ".join(words)
        if name in found:  # discovered from a cue: a typed member
            items.append((start, m.end(), found[name][0]))
        elif words[0] not in _TIME_WORDS and not (len(words) == 1 and has_vietnamese(name)):
            items.append((start, m.end(), None))
    items.sort()
    return _type_lists(text, items)


def _type_lists(text: str, items: list[_Item]) -> dict[str, tuple[str, str]]:
    """Names typed by the lists among `items` (in text order), see `list_names`.

    Only a list with an untyped member types anything, so a list is grown around
    each untyped name (lists in text order, each looked at once) rather than
    walked from every member.
    """
    out: dict[str, tuple[str, str]] = {}
    done = 0  # items before this index belong to a list already looked at
    for i, (_a, _b, kind) in enumerate(items):
        if kind is not None or i < done:
            continue
        lo, hi = i, i + 1
        while lo > 0 and _linked(text, items[lo - 1], items[lo]):
            lo -= 1
        while hi < len(items) and _linked(text, items[hi - 1], items[hi]):
            hi += 1
        if hi - lo > 1:
            _type_chain(text, items[lo:hi], out)
        done = hi
    return out


def _linked(text: str, left: _Item, right: _Item) -> bool:
    """Whether only a comma or a conjunction stands between two list members."""
    # pos/endpos: the gap, possibly a long one, is matched in place (not copied)
    return _LINK.fullmatch(text, left[1], max(left[1], right[0])) is not None


# the places a list must name before its other members are taken for places too
_PLACES_IN_LIST = 3


def _type_chain(text: str, chain: list[_Item], out: dict[str, tuple[str, str]]) -> None:
    """Type the untyped members of one list (see `list_names`)."""
    if len(chain) < 2 or not _CLOSE.fullmatch(text[chain[-2][1] : chain[-1][0]]):
        return
    kinds = {k for _, _, k in chain if k}
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    if kind == "Location" and sum(k is not None for _, _, k in chain) < _PLACES_IN_LIST:
        return  # "ở Hà Nội và Zeta": a place and a name; a long list of places is places
    first = chain[0][0]
    for a, b, k in chain:
        # a list's opening word at a sentence start may be an adverb ("Monday, A and B")
        if k is None and not (a == first and (a == 0 or _char_before(text, a) in ".\n")):
            _keep(out, text[a:b], kind, "list")


def _char_before(text: str, at: int) -> str:
    """The last non-space char before `at` ("" if none): `text[:at].rstrip()[-1:]`, uncopied."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1 : at]


def same_person(text: str, mentions: list[Found]) -> None:
    """ "Trần Thiên Thạch (Chen Tianshi)" is one person: both mentions get one entity.

    The catalogue's entry wins; else the romanised (ASCII) name gives the id. A new
    company name before another in brackets is that company ("Trung Kim (CICC)").
    """
    for a, b in itertools.pairwise(mentions):
        if text[a.end : b.start] != " (" or text[b.end : b.end + 1] != ")":
            continue
        ca, cb = a.candidates[a.chosen], b.candidates[b.chosen]
        if ca.type == cb.type == "Organization" and ca.source == "discovery":
            # "Công ty Chứng khoán Trung Kim (CICC)", "Dữ liệu Hàn Giang (HanData)": the name in
            # brackets, known or the brand the company goes by, names it
            a.candidates, a.chosen = b.candidates, b.chosen
            continue
        if a.type != "Person" or b.type != "Person":
            continue
        if ca.source == "catalogue" or (cb.source != "catalogue" and a.text.isascii()):
            b.candidates, b.chosen = a.candidates, a.chosen
        else:
            a.candidates, a.chosen = b.candidates, b.chosen


# a word with a capital inside after a lower-case letter, unless after a surname prefix
# ("McKay", "MacLeod", "LeCun", "DeAndre", "DiMaggio", "VanDyke", "O'Brien" has none)
_CAMEL = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z])[A-Z]?[a-z]+[A-Z]")


def _keep(found: dict[str, tuple[str, str]], name: str, kind: str, how: str) -> None:
    if not name or name in GENERIC_NAMES or name in DEMONYMS or name in HEAD_WORDS or len(name) < 2:
        return  # "the British chip designer": an adjective; "Phone chips": a head noun
    words = name.split()
    if country_and_field(words):
        return  # "the Emirati AI group"
    if words[0] in TIME_NOUNS or PROCESS_NODE.fullmatch(name):
        return  # "Tháng Ba, hãng X": a date; "a 7nm chip": a process node
    if kind == "Person" and any(_CAMEL.match(w) for w in words):
        kind = "Organization"  # "WuXi AppTec said": a brand's inner capital, not "LeCun"
    if kind == "Person" and (len(words) < 2 or any(not w[:1].isupper() for w in words)):
        return
    if kind == "Person" and any(ch.isdigit() for ch in name):
        return
    if kind == "Person" and any(len(w) > 1 and w.isupper() for w in words):
        return  # "PJM Interconnection": an acronym names no person
    found.setdefault(name, (kind, how))


class Discovery:
    """Pipeline component: discovered names into `doc._.rg.mentions`."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.runs = inner_runs(catalogue)
        generic = inner_runs(catalogue, generic=True)
        self.generic_runs = {
            k: i for k, i in generic.items() if i is not None and catalogue.entries[i].country
        }
        self.generic_keys = frozenset(generic)

    def _candidates(self, name: str, kind: str, how: str) -> list[Candidate] | None:
        ids = self.catalogue.lookup(name)
        if how == "place":  # "sang Ý": only a place the catalogue knows
            ids = tuple(i for i in ids if self.catalogue.entries[i].type == kind)
        elif how == "cue" and not name.isupper():
            ids = tuple(i for i in ids if not self._other_acronym(i, name, kind))
        if ids:
            entries = [self.catalogue.entries[i] for i in ids]
            return [Candidate(e.id, e.name, e.type, "catalogue", 0.9) for e in entries]
        if how == "place":
            return None
        hits = [
            self.runs[k] for k in (name_key(name), run_key(name.split(), True)) if k in self.runs
        ]
        if hits:
            inner = hits[0] if all(h == hits[0] for h in hits) else None
            if inner is None and (how != "cue" or vi_syllable(name)):
                return None  # a word of several known names ("Spark"), no cue: none of them
            if inner is not None:
                e = self.catalogue.entries[inner]
                if how != "cue" or e.type == kind:  # a "Turing" chip is no Alan Turing Institute
                    return [Candidate(e.id, e.name, e.type, "catalogue", 0.8)]
        return [Candidate(slug(name), name, kind, "discovery", _CONF[how])]

    def _owned(self, text: str, a: int, b: int, c: list[Candidate]) -> list[Candidate]:
        """A body's generic name ("Ministry of Information") said of a country: the entry of
        that country whose alias holds it ("Vietnam's Ministry of Information")."""
        inner = self.generic_runs.get(name_key(text[a:b]))
        if inner is None:
            return c
        e = self.catalogue.entries[inner]
        if e.country in owner_countries(text, a, b, self.catalogue):
            return [Candidate(e.id, e.name, e.type, "catalogue", 0.8)]
        return c

    def _fragment(self, name: str) -> bool:
        """Whether `name` is a generic piece of a catalogued body's name that no head noun
        opens or ends ("Khoa", "Information Technology"): a piece, not a body of its own."""
        words = name.casefold().split()
        return name_key(name) in self.generic_keys and not (
            words[0] in _BODY_HEADS or words[-1] in _BODY_HEADS
        )

    def _other_acronym(self, entry_id: str, name: str, kind: str) -> bool:
        """Whether a cue typed `name` as another kind than an entry it only spells like an
        acronym: "ứng dụng Lumi" is an app, not the LUMI supercomputer."""
        e = self.catalogue.entries[entry_id]
        key = name_key(name)
        return e.type != kind and all(a.isupper() for a in e.aliases if name_key(a) == key)

    def _without_modifiers(
        self, names: dict[str, tuple[str, str]], lang: str
    ) -> dict[str, tuple[str, str]]:
        """Names without a known name that only qualifies them.

        A person's name never opens with another known entity ("nhà sáng lập Nvidia
        Jensen Huang" is Jensen Huang), and in Vietnamese a country between a company
        noun and a one-word name, or a foreign one after a place written in Vietnamese, is an
        adjective ("tập đoàn quốc phòng Thụy Điển Saab" is Saab, "startup Hà Nội Lumio AI" is
        Lumio AI); a longer name may hold its place ("Tokyo Tech Insights"), as may a trade
        ("Singapore Airlines").
        """
        out = {}
        for name, (kind, how) in names.items():
            words = name.split()
            for k in range(1, len(words) - (kind == "Person")):
                ids = self.catalogue.lookup(" ".join(words[:k]))
                kinds = {self.catalogue.entries[i].type for i in ids}
                rest = words[k:]
                if all(w in COMPANY_ENDINGS for w in rest):
                    break  # "Singapore Airlines": the place is part of the name
                if kinds and (
                    (kind == "Person" and "Person" not in kinds)
                    or (
                        lang == "vi"
                        and kind == "Organization"
                        and kinds == {"Location"}
                        and (len(rest) == 1 or _script_change(words[:k], rest))
                    )
                ):
                    name = " ".join(words[k:])
                    break
            if kind == "Person" and name == " ".join(words):
                org, name = _org_before_person(words)
                if org and not self.catalogue.lookup(name):
                    out.setdefault(org, ("Organization", how))
            out.setdefault(name, (kind, how))
        return out

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        st.mentions = with_variants(st, self.catalogue)
        known = {(f.start, f.end) for f in st.mentions}
        # a run that is exactly a known mention is no new name, nor an untyped list member
        runs = [m for m in name_runs(st.text) if m.span() not in known]
        names = discover_names(st.text, st.language, None, runs)
        names.update(_statistical(st.text, st.language))
        names = cue_names(st, runs, names)
        typed = [(f.start, f.end, f.type) for f in st.mentions]
        names.update(list_names(st.text, typed, names, runs))
        names = self._without_modifiers(names, st.language)
        if not names:
            short_names(st, self.catalogue)
            return doc
        cands = {n: self._candidates(n, *names[n]) for n in names}
        cands = {n: c for n, c in cands.items() if c}
        if not cands:
            short_names(st, self.catalogue)
            return doc
        rx = re.compile(whole_words(list(cands)))
        taken = st.mentions
        overlapping = overlaps(taken)
        new: list[Found] = []
        swallowed: set[int] = set()
        for m in rx.finditer(st.text):
            a, b = m.span()
            if st.skipped(a, b):
                continue
            clash = overlapping(a, b)
            c = [Candidate(x.id, x.name, x.type, x.source, x.confidence) for x in cands[m.group()]]
            if c[0].source == "discovery" and c[0].type == "Organization":
                c = self._owned(st.text, a, b, c)
                if c[0].source == "discovery" and self._fragment(m.group()):
                    continue
            found = Found(a, b, m.group(), c, st.sentence_of(a))
            if clash:
                # "Huawei Cloud" around "Huawei" is another entity; "Kuaishou Technologies"
                # around "Kuaishou" is the same one, named in full; a name typed by a cue
                # holds the names inside it ("KT Anthropic Korea, a joint venture")
                if c[0].source == "catalogue" or not (
                    (len(clash) == 1 and clash[0].start == a) or _holds(c[0], clash, a, b)
                ):
                    continue
                first = clash[0]
                if first.start <= a and first.end >= b:
                    continue
                rest = m.group()[first.end - a :].split()
                if len(clash) == 1 and first.start == a and all(w in LEGAL_SUFFIXES for w in rest):
                    found.candidates = first.candidates
                found.inner.extend(clash)
                swallowed.update(map(id, clash))
            new.append(found)
        kept = [f for f in taken if id(f) not in swallowed]
        st.mentions = sorted(kept + longest_first(new), key=attrgetter("start"))
        same_person(st.text, st.mentions)
        short_names(st, self.catalogue)
        return doc


def _script_change(place: list[str], rest: list[str]) -> bool:
    """Whether a place written in Vietnamese ("Hà Nội") stands before a foreign name."""
    return has_vietnamese(" ".join(place)) and not has_vietnamese(" ".join(rest))


# a romanised Korean name: a one-syllable surname, a hyphenated given name ("Chung Eui-sun")
_KOREAN_NAME = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]+-[a-z]+")


def _org_before_person(words: list[str]) -> tuple[str | None, str]:
    """An unknown company a role title put before its holder's name, and the name.

    "Chủ tịch Hyundai Motor Chung Eui-sun": the run after the title is the company and
    then the person, cut after a company ending ("Motor", "Electronics") with two or three
    words left, or before a Korean name of two words.

    >>> _org_before_person("Hyundai Motor Chung Eui-sun".split())
    ('Hyundai Motor', 'Chung Eui-sun')
    >>> _org_before_person("Maria Luisa Ortega".split())
    (None, 'Maria Luisa Ortega')
    """
    n = len(words)
    for k in range(1, n - 1):
        if words[k - 1] in COMPANY_ENDINGS and n - k in (2, 3) and k >= 2:
            return " ".join(words[:k]), " ".join(words[k:])
    if n >= 3 and _KOREAN_NAME.fullmatch(" ".join(words[-2:])):
        return " ".join(words[:-2]), " ".join(words[-2:])
    return None, " ".join(words)


def _holds(c: Candidate, clash: list[Found], a: int, b: int) -> bool:
    """Whether a name typed by a cue (not a person) holds the known names in it, after its
    own first word ("KT Anthropic Korea", not "Gartner Việt Nam": a known name spelt out)."""
    return (
        c.confidence >= _CONF["cue"]
        and c.type != "Person"
        and c.name[:1].isupper()
        and all(a < k.start and k.end <= b for k in clash)
    )


_LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "PRODUCT": "Product",
    "EVENT": "Event",
    "LAW": "Policy",
}


@lru_cache(maxsize=1)
def _statistical_model():  # pragma: no cover - only when a model happens to be installed
    import spacy
    from spacy.util import is_package

    return spacy.load("en_core_web_sm") if is_package("en_core_web_sm") else None


def _statistical(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Entities of an installed statistical English model (none when not installed)."""
    if lang != "en":
        return {}
    nlp = _statistical_model()
    if nlp is None:
        return {}
    out = {}  # pragma: no cover
    for ent in nlp(text).ents:  # pragma: no cover
        if ent.label_ in _LABELS and len(ent.text) > 1:
            out.setdefault(ent.text, (_LABELS[ent.label_], "statistical"))
    return out  # pragma: no cover


@Language.factory("racegraph_discovery", default_config={"catalogue_path": None})
def make_discovery(nlp: Language, name: str, catalogue_path: str | None) -> Discovery:
    return Discovery(load_catalogue(catalogue_path))
