"""Offices that name their department: "Commerce Secretary Howard Lutnick" leads Commerce.

A cabinet title says which department its holder runs even when the department
itself is never named ("Gina Raimondo, then the commerce secretary, said ...",
"Bộ trưởng Thương mại Mỹ Howard Lutnick"). A title written right before a person,
or as the apposition right after one, gives LEADS from that person to the
department the catalogue holds under the title's id. A past post ("former",
"cựu") gives nothing.
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Candidate, Found

__all__ = ["office_titles"]

_RULE = PairRule("leads.office_title", "LEADS", "*", "", confidence=0.8)
# title -> catalogue id of the department its holder leads
_OFFICES = {
    "en": (
        (r"commerce secretary|secretary of commerce", "us-department-of-commerce"),
        (r"treasury secretary|secretary of the treasury", "us-treasury"),
        (r"secretary of state", "us-state-department"),
        (
            r"defen[cs]e secretary|secretary of defen[cs]e|war secretary|secretary of war",
            "us-department-of-defense",
        ),
        (r"energy secretary|secretary of energy", "us-department-of-energy"),
        (r"(?:china's|chinese) commerce minister", "mofcom"),
    ),
    "vi": (
        (r"bộ trưởng (?:bộ )?thương mại (?:mỹ|hoa kỳ)", "us-department-of-commerce"),
        (r"bộ trưởng (?:bộ )?tài chính (?:mỹ|hoa kỳ)", "us-treasury"),
        (r"ngoại trưởng (?:mỹ|hoa kỳ)", "us-state-department"),
        (r"bộ trưởng (?:bộ )?(?:quốc phòng|chiến tranh) (?:mỹ|hoa kỳ)", "us-department-of-defense"),
        (r"bộ trưởng (?:bộ )?năng lượng (?:mỹ|hoa kỳ)", "us-department-of-energy"),
        (r"bộ trưởng (?:bộ )?thương mại trung quốc", "mofcom"),
    ),
}
_TITLE = {
    lang: re.compile(
        r"(?<![\w-])(?:(?:us|u\.s\.) )?(?:" + "|".join(f"(?P<o{k}>{rx})" for k, (rx, _) in
        enumerate(offices)) + r")(?![\w-])",
        re.IGNORECASE,
    )
    for lang, offices in _OFFICES.items()
}  # fmt: skip
# a title naming its department but not the country ("Bộ trưởng Thương mại Gina Raimondo",
# "commerce minister Wang Wentao"): the department of the holder's country (catalogue)
_BY_HOLDER = {
    "en": re.compile(r"(?<![\w'’-])(?P<dept>commerce) minister(?![\w-])", re.IGNORECASE),
    "vi": re.compile(
        r"(?<![\w-])(?:bộ trưởng (?:bộ )?(?P<dept>thương mại|tài chính|quốc phòng|chiến tranh|"
        r"năng lượng)|(?P<foreign>ngoại trưởng))(?![\w-])(?! (?:mỹ|hoa kỳ|trung quốc)(?![\w-]))",
        re.IGNORECASE,
    ),
}
_DEPARTMENTS = {
    ("commerce", "china"): "mofcom",
    ("thương mại", "united-states"): "us-department-of-commerce",
    ("thương mại", "china"): "mofcom",
    ("tài chính", "united-states"): "us-treasury",
    ("ngoại trưởng", "united-states"): "us-state-department",
    ("quốc phòng", "united-states"): "us-department-of-defense",
    ("chiến tranh", "united-states"): "us-department-of-defense",
    ("năng lượng", "united-states"): "us-department-of-energy",
}
_PAST = re.compile(r"(?:former|ex-|cựu|nguyên) ?$", re.IGNORECASE)
# between a person and the title in apposition: "X, then the commerce secretary,"
_APPOSED = re.compile(r",\s*(?:the |then |then-|now |current |(?:ông|bà) )*$", re.IGNORECASE)


def office_titles(st, by_sentence: dict[int, list[Found]], catalogue: Catalogue):
    """(sentence index, LEADS match) for each person written with a department's title."""
    rx = _TITLE.get(st.language)
    if rx is None:
        return []
    offices = _OFFICES[st.language]
    text = st.text
    out = []
    for index, mentions in by_sentence.items():
        people = [m for m in mentions if m.type == "Person" and not m.ref]
        if not people:
            continue
        told = st.sentences[index]
        hits = [
            (hit, catalogue.entries.get(offices[int(hit.lastgroup[1:])][1]))
            for hit in rx.finditer(text, told.start, told.end)
        ]
        hits += [
            (hit, None) for hit in _BY_HOLDER[st.language].finditer(text, told.start, told.end)
        ]
        for hit, entry in hits:
            if _PAST.search(text, max(told.start, hit.start() - 8), hit.start()):
                continue
            person = _holder(text, hit, people)
            if person is None:
                continue
            if entry is None and hit.re is not rx:
                entry = _department(hit, person, catalogue)
            if entry is None:
                continue
            office = Found(
                hit.start(),
                hit.end(),
                hit.group(),
                [Candidate(entry.id, entry.name, entry.type, "catalogue", 0.9)],
                index,
                ref=True,
            )
            start, end = min(person.start, hit.start()), max(person.end, hit.end())
            out.append((index, Match(_RULE, person, office, person.chosen, 0, start, end, 99)))
    return out


def _department(hit: re.Match[str], person: Found, catalogue: Catalogue):
    """The catalogue entry of the department a countryless title names, in its holder's
    country, or None when the catalogue gives the holder no country or none fits."""
    holder = catalogue.entries.get(person.best.id)
    if holder is None or not holder.country:
        return None
    dept = (hit.group("dept") or hit.groupdict().get("foreign") or "").lower()
    ident = _DEPARTMENTS.get((dept, holder.country))
    return catalogue.entries.get(ident) if ident else None


def _holder(text: str, hit: re.Match[str], people: list[Found]) -> Found | None:
    """The person the title belongs to: right after it, or before it in apposition."""
    for p in people:
        if 0 <= p.start - hit.end() <= 1:
            return p  # "Commerce Secretary Howard Lutnick"
        if p.end <= hit.start() and _APPOSED.fullmatch(text, p.end, hit.start()):
            return p  # "Gina Raimondo, then the commerce secretary,"
    return None
