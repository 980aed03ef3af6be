"""Where a company is from, said with a nationality adjective (English).

"Micron, an American memory maker," and "the Chinese start-up DeepSeek" place
the company in a country, but "American" names no entity, so no pair rule sees
a place. Here a nationality adjective in a description of the company (an
apposition right after its name, or the words right before it) becomes a
mention of its state, and the company LOCATED_IN it. The description must be a
kind of firm ("start-up", "chip designer"): "Nvidia, the American chips inside
it" says nothing of the kind.
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue
from extract.policy_names import STATES
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.relations.rules_places import EN_FIRMS
from extract.spans import Candidate, Found

__all__ = ["demonym_homes"]

_RULE = PairRule("located_in.en.demonym", "LOCATED_IN", "en", "", confidence=0.7)
_DEMONYM = (
    r"(?P<dem>(?-i:American|Chinese|Japanese|South Korean|Korean|Taiwanese|Dutch|British|French|"
    r"German|Indian|Israeli|Emirati|Saudi|Canadian|Australian|Russian|Vietnamese|Singaporean|"
    r"Norwegian|Swedish|Swiss|Italian|Spanish|Finnish|Danish|Belgian|Irish|Polish|Austrian|"
    r"Brazilian|Mexican|Malaysian|Indonesian|Thai|Filipino|Turkish|Qatari|Kuwaiti|Pakistani|"
    r"Ukrainian|Argentine|Egyptian|Nigerian|Kenyan|South African|Chilean|Bangladeshi))"
)
_KIND = r"(?:[\w-]+ ){0,2}(?:" + EN_FIRMS + r"|chip designer|group|unit|laboratory)s?\b"
# "X, an American group": the apposition right after the name
_AFTER = re.compile(r", (?:a|an|the) (?:[\w-]+ )?" + _DEMONYM + " " + _KIND, re.IGNORECASE)
# "the Chinese start-up X": the words right before the name
_BEFORE = re.compile(r"\b" + _DEMONYM + " " + _KIND + r",? $", re.IGNORECASE)
# "Chinese labs such as X": a plural kind listing its members
_LISTED = re.compile(
    r"\b" + _DEMONYM + r" " + _KIND[:-4] + r"s,? (?:such as|like|including|notably) (?:the )?$",
    re.IGNORECASE,
)
# people by nationality: "a Chinese national, X", "Singaporeans X and Y", "X, a Malaysian citizen"
_PERSON_BEFORE = re.compile(
    r"\b" + _DEMONYM + r"(?:s| (?:national|citizen|resident)s?,?) $", re.IGNORECASE
)
_PERSON_AFTER = re.compile(r", (?:a|an) " + _DEMONYM + r" (?:national|citizen|resident)\b")
# the next name of a list: "such as A, B and C"
_JOIN = re.compile(r"\s*(?:,|,? and|,? or|&)\s*")


def demonym_homes(st, by_sentence: dict[int, list[Found]], catalogue: Catalogue):
    """(sentence, match) for each organisation described by a nationality (English text)."""
    if st.language != "en":
        return []
    text = st.text
    out = []
    for mentions in by_sentence.values():
        listed = None  # the nationality a list of names shares, and the type of the names
        for k, m in enumerate(mentions):
            if m.ref or m.type not in ("Organization", "Person"):
                listed = None
                continue
            if listed is not None and (
                m.type != listed[1] or not _JOIN.fullmatch(text, mentions[k - 1].end, m.start)
            ):
                listed = None
            hit = listed[0] if listed is not None else _described(text, m)
            if hit is None:
                continue
            if hit.re in (_LISTED, _PERSON_BEFORE) and listed is None:
                listed = (hit, m.type)  # the names that follow share it
            entry = catalogue.entries.get(STATES.get(hit["dem"].lower(), ""))
            if entry is None:
                continue
            cand = Candidate(entry.id, entry.name, entry.type, "catalogue", 0.9)
            home = Found(hit.start("dem"), hit.end("dem"), hit["dem"], [cand], m.sentence)
            start, end = min(m.start, home.start), max(m.end, home.end)
            out.append((m.sentence, Match(_RULE, m, home, m.chosen, 0, start, end, 99)))
    return out


def _described(text: str, m: Found) -> re.Match[str] | None:
    """The nationality a description right after or before name `m` gives it, if any."""
    if m.type == "Person":
        hit = _PERSON_AFTER.match(text, m.end, m.end + 60)
        return hit or _PERSON_BEFORE.search(text, max(0, m.start - 40), m.start)
    hit = _AFTER.match(text, m.end, m.end + 80)
    if hit is None:
        hit = _BEFORE.search(text, max(0, m.start - 60), m.start)
    if hit is None:
        hit = _LISTED.search(text, max(0, m.start - 80), m.start)
    return hit
