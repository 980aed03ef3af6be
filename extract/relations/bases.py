"""A model built on another: the base read over a use, and an apposed successor.

"Qwen3 is built on Qwen2.5", "FoxBrain được xây dựng trên Llama 3.1": the cue
words of BASED_ON ("built on", "dựa trên") are also cue words of USES ("built on
Nvidia chips"). Between two models of one sentence the reading is the base one,
so a USES match whose source and target also make a BASED_ON match is dropped.

"a successor to Sonnet 4, Claude Sonnet 4.5", "bản kế nhiệm của Turbo S, Hunyuan-T1":
the newer model is apposed to the one it succeeds. Two names joined by a comma form
one list group, which the pair rules never pair, so `apposed_successors` reads them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["apposed_successors", "without_uses_of_bases"]

# what stands right before the older model: "a successor to", "bản kế nhiệm của"
_SUCCESSOR = {
    "en": re.compile(
        r"\b(?:successor|follow-up|sequel|upgrade)\s+(?:to|of)\s+(?:its\s+|the\s+)?$", re.IGNORECASE
    ),
    "vi": re.compile(
        r"\b(?:bản|phiên bản|mô hình)\s+(?:kế nhiệm|nâng cấp|kế tiếp)\s+(?:của\s+|cho\s+)?$",
        re.IGNORECASE,
    ),
}
# between the two names: a comma, maybe a short descriptor ("the new", "mô hình")
_APPOSED = {
    "en": re.compile(r",\s+(?:the\s+|its\s+|a\s+)?(?:new\s+|newer\s+|latest\s+)?$"),
    "vi": re.compile(r",\s+(?:mô hình\s+|phiên bản\s+)?$"),
}
_RULE = PairRule("based_on.apposed_successor", "BASED_ON", "*", "", confidence=0.7)


def without_uses_of_bases(matches: list[Match]) -> list[Match]:
    """`matches` without the USES matches that repeat a BASED_ON pair of the same sentence."""
    bases = {
        (m.source.candidates[m.source_cand].id, m.target.candidates[m.target_cand].id)
        for m in matches
        if m.rule.type == "BASED_ON"
    }
    if not bases:
        return matches
    return [
        m
        for m in matches
        if m.rule.type != "USES"
        or (m.source.candidates[m.source_cand].id, m.target.candidates[m.target_cand].id)
        not in bases
    ]


def apposed_successors(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """BASED_ON matches of the newer model apposed to the one a successor phrase names."""
    head, apposed = _SUCCESSOR.get(lang), _APPOSED.get(lang)
    if head is None:
        return []
    out = []
    for old, new in pairwise(mentions):
        if old.type != "AIModel" or new.type != "AIModel" or old.best.id == new.best.id:
            continue
        if apposed.match(text[old.end : new.start]) is None:
            continue
        if head.search(text, max(0, old.start - 40), old.start) is None:
            continue
        out.append(Match(_RULE, new, old, new.chosen, old.chosen, old.start, new.end, 0))
    return out
