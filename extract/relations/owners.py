"""Owners the pair rules miss or mistake.

"Alphabet, Google's parent, ...": the owner apposed to the company it owns. The two names
joined by a comma form one list group, which the pair rules never pair, so
`apposed_parents` reads them.

A majority owner is no mere investor: the stake read as a tie gives way to ownership.

"Alibaba took a controlling stake in Lazada", "Alibaba mua lại phần lớn cổ phần của
Lazada": the stake rules read a partner tie, the majority-stake rules (`rules_making`)
an OWNS fact; of one sentence's pair the ownership is kept and the tie dropped.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["apposed_parents", "without_ties_of_owners"]

_APPOSED = re.compile(r",\s+(?:the\s+)?$")
_PARENT = re.compile(
    r"\s*(?:'s|’s)\s+(?:corporate\s+)?(?:parent|owner|majority owner|holding company)\b",
    re.IGNORECASE,
)
_RULE = PairRule("owns.en.parent_apposition", "OWNS", "en", "", confidence=0.8)

# rules that read a majority holding: the owner owns, it is no mere investor
_MAJORITY = frozenset({"owns.en.majority_stake", "owns.vi.majority_stake"})


def without_ties_of_owners(matches: list[Match]) -> list[Match]:
    """`matches` without the PARTNERS_WITH matches of a pair a majority stake makes OWNS.

    "Alibaba took a controlling stake in Lazada" is read both as a stake (a partner tie) and
    as a majority holding; the second says more, so the tie is dropped.
    """
    owned = {
        frozenset((m.source.candidates[m.source_cand].id, m.target.candidates[m.target_cand].id))
        for m in matches
        if m.rule.name in _MAJORITY
    }
    if not owned:
        return matches
    return [
        m
        for m in matches
        if m.rule.type != "PARTNERS_WITH"
        or frozenset((m.source.candidates[m.source_cand].id, m.target.candidates[m.target_cand].id))
        not in owned
    ]


def apposed_parents(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """OWNS matches of an owner apposed to the company it owns ("Alphabet, Google's parent")."""
    if lang != "en":
        return []
    out = []
    for owner, owned in pairwise(mentions):
        if owner.type != "Organization" or owned.type != "Organization":
            continue
        if owner.best.id == owned.best.id or _APPOSED.match(text[owner.end : owned.start]) is None:
            continue
        if _PARENT.match(text, owned.end) is None:
            continue
        out.append(
            Match(_RULE, owner, owned, owner.chosen, owned.chosen, owner.start, owned.end, 0)
        )
    return out
