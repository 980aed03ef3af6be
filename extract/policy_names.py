"""What a policy phrase names: a catalogue policy, one named before, or a new one.

A phrase (found by `extract.policies`) is compared by its core words: its words
without the head noun, the maker and plain adjectives, so "US export rules",
"US export controls" and "lệnh hạn chế xuất khẩu của Mỹ" share the core of
"export controls" (a law and a rule never meet). First match wins:

1. a catalogue policy with the same core words whose state is the phrase's maker,
   or any, when no maker is written (a law only with its maker: "state AI laws" are
   not the EU AI Act); with a maker, also one of that maker whose core holds the
   phrase's ("danh sách đen của Washington" is the Entity List);
2. a policy the document names before whose core words include the phrase's
   ("the diffusion rule" after "AI Diffusion Rule");
3. a new policy named by the phrase, with its maker when written outside it
   ("China's export curbs", "quy định kiểm soát xuất khẩu của Hà Lan").

>>> [(family, sorted(words)) for family, words in (core("the new US export rules"),
...     core("lệnh hạn chế xuất khẩu của Mỹ"), core("the TikTok divestiture law"))]
[('rule', ['export']), ('rule', ['khẩu', 'xuất']), ('law', ['divestiture', 'tiktok'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.catalogue import Catalogue
from extract.spans import Candidate, Found
from extract.text import has_vietnamese, slug

__all__ = ["PLAIN", "STATES", "Phrase", "catalogue_cores", "core", "referent"]

# demonyms and short state names a phrase may open with -> catalogue id of the state
STATES = {
    "american": "united-states", "us": "united-states", "u.s.": "united-states",
    "mỹ": "united-states", "hoa kỳ": "united-states", "washington": "united-states",
    "chinese": "china", "china": "china", "trung quốc": "china", "beijing": "china",
    "dutch": "netherlands", "hà lan": "netherlands", "japanese": "japan", "nhật bản": "japan",
    "korean": "south-korea", "south korean": "south-korea", "hàn quốc": "south-korea",
    "taiwanese": "taiwan", "đài loan": "taiwan", "european": "european-union",
    "eu": "european-union", "british": "united-kingdom", "uk": "united-kingdom",
    "french": "france", "german": "germany", "indian": "india", "russian": "russia",
    "vietnamese": "vietnam", "việt nam": "vietnam", "emirati": "united-arab-emirates",
    "saudi": "saudi-arabia", "canadian": "canada", "australian": "australia",
    "israeli": "israel", "singaporean": "singapore", "iranian": "iran",
    "north korean": "north-korea", "norwegian": "norway", "swedish": "sweden",
    "swiss": "switzerland", "italian": "italy", "spanish": "spain", "finnish": "finland",
    "danish": "denmark", "belgian": "belgium", "irish": "ireland", "polish": "poland",
    "austrian": "austria", "brazilian": "brazil", "mexican": "mexico", "malaysian": "malaysia",
    "indonesian": "indonesia", "thai": "thailand", "filipino": "philippines",
    "turkish": "turkey", "qatari": "qatar", "kuwaiti": "kuwait", "pakistani": "pakistan",
    "ukrainian": "ukraine", "argentine": "argentina", "egyptian": "egypt",
    "nigerian": "nigeria", "kenyan": "kenya", "south african": "south-africa",
    "chilean": "chile", "bangladeshi": "bangladesh",
}  # fmt: skip
# adjectives a phrase may hold that do not make it a policy, nor part of its core
PLAIN = frozenset([
    "new", "latest", "tighter", "tough", "tougher", "toughest", "sweeping", "strict",
    "stricter", "strictest", "broad", "broader", "expanded", "updated", "existing", "earlier",
    "additional", "further", "fresh", "draft", "proposed", "final", "so-called", "federal",
    "national", "global", "worldwide", "country-wide", "blanket", "current", "previous",
    "recent", "controversial", "landmark", "harsh", "harsher", "stringent", "planned",
])  # fmt: skip
# words no core is made of: heads, the curbing words that say "rule" in Vietnamese, makers
_NOT_CORE = re.compile(
    r"(?<!\w)(?:the|a|an|its|their|new|same|requirements?|regulations?|restrictions?|controls?|"
    r"curbs?|bans?|embargo(?:es)?|rules?|guidance|laws?|acts?|measures|sanctions|regime|lệnh|"
    r"cấm vận|cấm|hạn chế|kiểm soát|trừng phạt|biện pháp|bộ|quy định|quy tắc|đạo luật|dự luật|"
    r"luật|sắc lệnh|về|của|các|những|on|for|of|"
    + "|".join(re.escape(w) for w in sorted(STATES, key=len, reverse=True))
    + r")(?!\w)"
)
_LAW = re.compile(r"(?<!\w)(?:laws?|acts?|bills?|luật|đạo luật|dự luật)(?!\w)", re.IGNORECASE)
_CONFIDENCE = 0.8
_OF_STATE = re.compile(
    r"(?<!\w)của (?:"
    + "|".join(re.escape(w) for w in sorted(STATES, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)  # "của Việt Nam": the maker written after a phrase


@lru_cache(maxsize=4096)
def core(phrase: str) -> tuple[str, frozenset[str]]:
    """The family of a policy phrase ("law" or "rule") and its core words (cached)."""
    lowered = phrase.lower().replace("’", "'").replace("'s ", " ")
    family = "law" if _LAW.search(lowered) else "rule"
    words = _NOT_CORE.sub(" ", lowered).split()
    return family, frozenset(w.strip('.,;:"“”') for w in words if w not in PLAIN)


@dataclass(slots=True)
class Phrase:
    """A policy phrase found in the text, before it is resolved to an entity."""

    start: int
    end: int
    inner: list[Found] = field(default_factory=list)  # makers and products inside it
    maker: str | None = None  # the state that made it, when written
    maker_text: str = ""  # how the maker is written, when outside the phrase
    possessive: bool = False  # the maker stands before it, as "X's"
    catalogue_only: bool = False  # names only a catalogue policy ("export controls on HBM")


def referent(
    text: str,
    phrase: Phrase,
    same: Found | None,
    catalogue: Catalogue,
    cores: dict[tuple[str, frozenset[str]], set[str]],
    named: list[Found],
) -> Candidate | None:
    """The entity a phrase names (None: the mention it covers already names it, or none)."""
    words = text[phrase.start : phrase.end]
    family, words_core = core(words)
    if not words_core and same is None:
        return None
    entry = _catalogued(catalogue, cores, family, words_core, phrase, same)
    if entry is not None:
        if same is not None and same.best.id == entry.id and not phrase.inner:
            return None
        return Candidate(entry.id, entry.name, entry.type, "catalogue", _CONFIDENCE)
    if phrase.catalogue_only:
        return None
    if phrase.maker is None and words_core:
        ids = {
            m.best.id for m in named if m.start < phrase.start and _covers(m, family, words_core)
        }
        if len(ids) == 1:
            c = next(m.best for m in named if m.best.id in ids)
            return Candidate(c.id, c.name, c.type, c.source, c.confidence)
    if same is not None and phrase.maker is None:
        return None  # the catalogue's words, no other maker: the catalogue's policy stands
    # described, not named: a law told again, or a rule with its maker; else no name
    if not phrase.inner and _described(words):
        before = _law_before(phrase, family, named)
        if before is not None or phrase.maker is None:
            return before
    name = _name(words, phrase)
    return Candidate(slug(name), name, "Policy", "discovery", _CONFIDENCE)


def _catalogued(
    catalogue: Catalogue,
    cores: dict[tuple[str, frozenset[str]], set[str]],
    family: str,
    words: frozenset[str],
    phrase: Phrase,
    same: Found | None,
):
    """The catalogue policy a phrase names, if one fits (see module doc), else None.

    Same core words first, else the policy the phrase covers; with a maker
    written, also a policy of that maker whose core words hold the phrase's
    ("danh sách đen của Washington" is the Entity List).
    """
    ids = cores.get((family, words), set())
    if (
        not ids
        and same is not None
        and same.best.source == "catalogue"
        and not phrase.catalogue_only
    ):
        ids = {same.best.id}
    if not ids and phrase.maker is not None and words:
        ids = {
            i
            for (fam, ws), found in cores.items()
            if fam == family and words <= ws
            for i in found
            if catalogue.entries[i].country == phrase.maker
        }
    if len(ids) != 1:
        return None
    entry = catalogue.entries[next(iter(ids))]
    if phrase.maker is None:
        # a law is named by its maker ("the EU's AI law"); "state AI laws" are not the AI Act
        return entry if family == "rule" or same is not None else None
    return entry if entry.country in (None, phrase.maker) else None


def _described(words: str) -> bool:
    """Whether a Vietnamese phrase describes a policy rather than names it: a lowercase
    head and no capitalised word past it but acronyms ("quy định về AI", "dự luật phân
    loại hệ thống AI", "luật riêng đầu tiên về AI của Việt Nam" after its maker)."""
    if not has_vietnamese(words) or not words[:1].islower():
        return False
    rest = _OF_STATE.sub("", words).split()
    return not any(w[:1].isupper() and not w.isupper() for w in rest)


def _law_before(phrase: Phrase, family: str, named: list[Found]) -> Candidate | None:
    """The law a described law refers back to: the last one named before it (None for a
    described rule, or when no law came before)."""
    if family != "law":
        return None
    for m in reversed(named):
        if m.start >= phrase.start or core(m.best.name)[0] != "law":
            continue
        c = m.best
        return Candidate(c.id, c.name, c.type, c.source, c.confidence)
    return None


def _covers(m: Found, family: str, words: frozenset[str]) -> bool:
    """Whether policy mention `m` is of `family` and its name or words hold all of `words`."""
    own_family, by_name = core(m.best.name)
    return own_family == family and words <= by_name | core(m.text)[1]


def _name(words: str, phrase: Phrase) -> str:
    """A new policy's name: its words, with a maker written outside ("China's ...")."""
    words = re.sub(r"\blicense requirement", "licence requirement", words)
    if phrase.maker_text and phrase.possessive:
        return f"{phrase.maker_text}'s {words}"
    if phrase.maker_text:
        return f"{words} của {phrase.maker_text}"
    return words


def catalogue_cores(catalogue: Catalogue) -> dict[tuple[str, frozenset[str]], set[str]]:
    """(family, core words) of every catalogue policy alias -> the policies' ids."""
    out: dict[tuple[str, frozenset[str]], set[str]] = {}
    for entry in catalogue.entries.values():
        if entry.type != "Policy":
            continue
        for alias in (entry.name, *entry.aliases):
            key = core(alias)
            if key[1]:
                out.setdefault(key, set()).add(entry.id)
    return out
