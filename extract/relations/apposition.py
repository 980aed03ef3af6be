"""Appositions that tie two organisations: "Microsoft, OpenAI's largest backer, ...".

The pair-rule engine reads "A, B" as a list when both names are organisations, so
an apposition naming the second by its tie to the first never reaches a rule.
Here "A, B's <tie noun>," (closed by a comma, a parenthesis or the sentence end)
gives the tie between A and B: backer/investor/partner/supplier -> PARTNERS_WITH,
rival/competitor -> COMPETES_WITH, unit/lab/subsidiary -> A PART_OF B.

>>> TIES["backer"], TIES["rival"], TIES["subsidiary"]
('PARTNERS_WITH', 'COMPETES_WITH', 'PART_OF')
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["TIES", "tied_appositions"]

TIES = {
    **dict.fromkeys(
        ["backer", "investor", "partner", "shareholder", "supplier", "customer"], "PARTNERS_WITH"
    ),
    **dict.fromkeys(
        ["rival", "competitor", "challenger", "arch-rival", "archrival", "nemesis"], "COMPETES_WITH"
    ),
    **dict.fromkeys(["unit", "division", "subsidiary", "arm", "lab", "research lab"], "PART_OF"),
}
RULES = {t: PairRule(f"{t.lower()}.en.tie_apposition", t, "en", "", confidence=0.8) for t in
         set(TIES.values())}  # fmt: skip

_TIE = re.compile(
    r"(?:'s|’s) (?:(?:largest|biggest|main|key|major|early|lead|top|principal|closest|chief|"
    r"fiercest|nearest|strategic|long-time|longtime|new|AI|research|cloud|chip|own|fierce|bitter|"
    r"old|local|domestic|bigger|smaller|larger) ){0,2}"
    r"(?P<noun>"
    + "|".join(sorted(TIES, key=len, reverse=True))
    + r")s?(?: (?:in|for|on|at) [^,;()]{1,30})?(?=\s*(?:[,;)]|$|\.\s))"
)
_COMMA = re.compile(r",\s*(?:the |a )?$")


def tied_appositions(text: str, mentions: list[Found], end: int) -> list[Match]:
    """Ties stated by "A, B's <noun>," among one sentence's `mentions` (English only).

    `end` is where the sentence ends: a tie noun may close it.
    """
    out = []
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.type != "Organization" or b.type != "Organization" or a.best.id == b.best.id:
            continue
        if text[a.end : b.start] != ", ":
            continue
        if k >= 2 and _COMMA.search(text, mentions[k - 2].end, a.start):
            continue  # "Amazon, Microsoft, OpenAI's backers": a list, not an apposition
        m = _TIE.match(text, b.end, min(len(text), end + 1))
        if m is None:
            continue
        type_ = TIES[m.group("noun").lower()]
        out.append(Match(RULES[type_], a, b, a.chosen, b.chosen, a.start, m.end(), 2))
    return out
