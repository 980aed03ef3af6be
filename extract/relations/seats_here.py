"""Seats told with "here" or "there": the place is the one the text is about.

"Thâm Quyến ... Thành phố này có lợi thế, với Huawei, Tencent và hãng robot UBTech đặt
trụ sở tại đây"; "Toulouse courts the industry: Airbus and Thales are headquartered
there". The companies listed right before the cue are based in the place in view: a
place named earlier in the sentence, else the first place of the nearest sentence
before it that names one (its subject, as a rule). A seat cue with a place of its
own ("đặt trụ sở tại Hà Nội") is the pair rules' business.
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Candidate, Found

__all__ = ["seats_here"]

RULE = PairRule("located_in.carried.here", "LOCATED_IN", "*", "", confidence=0.65)

_CUE = {
    "vi": re.compile(
        r"\s(?:(?:cũng|đều|vẫn|hiện|đã|từng) ){0,2}(?:đặt|có|đóng) trụ sở(?: chính)? "
        r"(?:tại|ở) (?:đây|đó)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s(?:(?:are|is|were|was|have been|has been|all|also|still|now) ){0,2}(?:based|"
        r"headquartered) (?:there|here)\b",
        re.IGNORECASE,
    ),
}
# between two names of the list the cue closes, a kind word allowed ("và hãng robot")
_JOIN = re.compile(
    r"\s*(?:,|,?\s(?:và|and)|&)\s(?:(?:hãng|công ty|tập đoàn|startup|nhà sản xuất)(?: [\w-]+){0,2} "
    r"|(?:the |a )?(?:[\w-]+ ){0,2}?(?:firm|company|group|maker|start-up|startup|lab|giant)s? )?"
    r"\s*",
    re.IGNORECASE,
)
# between the last name and the cue: nothing but the name's own short apposition
_TO_CUE = re.compile(r"(?:\s\([^)]{0,40}\))?", re.IGNORECASE)


def seats_here(st, by_sentence: dict[int, list[Found]]) -> list[tuple[int, Match]]:
    """(sentence, match) for each company listed before "đặt trụ sở tại đây" / "based there"."""
    cue_rx = _CUE.get(st.language)
    if cue_rx is None:
        return []
    text = st.text
    out = []
    for index, mentions in by_sentence.items():
        sentence = st.sentences[index]
        for cue in cue_rx.finditer(text, sentence.start, sentence.end):
            orgs = [
                m
                for m in mentions
                if m.type == "Organization" and not m.ref and m.end <= cue.start()
            ]
            if not orgs or not _TO_CUE.fullmatch(text, orgs[-1].end, cue.start()):
                continue
            listed = [orgs[-1]]
            for m in reversed(orgs[:-1]):
                if not _JOIN.fullmatch(text, m.end, listed[0].start):
                    break
                listed.insert(0, m)
            place = _place_in_view(by_sentence, index, listed[0].start)
            if place is None:
                continue
            at = Found(cue.start() + 1, cue.end(), text[cue.start() + 1 : cue.end()],
                       [_copy(place.best)], index, ref=True)  # fmt: skip
            for m in listed:
                out.append((index, Match(RULE, m, at, m.chosen, 0, m.start, cue.end(), 0)))
    return out


def _place_in_view(by_sentence: dict[int, list[Found]], index: int, before: int) -> Found | None:
    """The place named earlier in sentence `index` (before `before`), else the first place
    of the nearest of the two sentences before it that names one."""
    here = [m for m in by_sentence.get(index, ()) if m.type == "Location" and m.end <= before]
    if here:
        return here[0]
    for back in (index - 1, index - 2):
        places = [m for m in by_sentence.get(back, ()) if m.type == "Location" and not m.ref]
        if places:
            return places[0]
    return None


def _copy(c: Candidate) -> Candidate:
    return Candidate(c.id, c.name, c.type, c.source, c.confidence)
