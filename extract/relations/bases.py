"""A model built on another is based on it, not a user of it.

"Qwen3 is built on Qwen2.5", "FoxBrain được xây dựng trên Llama 3.1": the cue
words of BASED_ON ("built on", "dựa trên") are also cue words of USES ("built on
Nvidia chips"). Between two models of one sentence the reading is the base one,
so a USES match whose source and target also make a BASED_ON match is dropped.
"""

from __future__ import annotations

from extract.relations.rules import Match

__all__ = ["without_uses_of_bases"]


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
