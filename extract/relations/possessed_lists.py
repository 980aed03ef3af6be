"""Lists whose items each carry their owner after them: "Gemini của Google và Llama của Meta".

The pair-rule engine shares a fact with the items coordinated with its
argument, and knows the English order where the owner stands first ("A's X
and B's Y"). Vietnamese puts the owner after the item ("X của A và Y của B"),
so the owner stands between two items of the list and ends the group. Here a
fact whose later argument opens such a list is shared with the next items:
"Qwen3 vượt Gemini của Google và Llama của Meta" gives Qwen3 OUTPERFORMS both
models.

>>> _OWNER.match(" của ") is not None, _NEXT.match(" lẫn ") is not None
(True, True)
"""

from __future__ import annotations

import re

from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["possessed_lists"]

_OWNER = re.compile(r"\s+của\s+(?:công ty |hãng |tập đoàn )?$", re.IGNORECASE)
_NEXT = re.compile(r"\s*(?:,|và|lẫn|cùng|hoặc|cũng như|, và|, cùng)\s+(?:cả\s+)?$", re.IGNORECASE)


def _next_item(text: str, mentions: list[Found], k: int, type_: str) -> tuple[int, int] | None:
    """(index, candidate) of the `type_` item after mention `k` in "k của <owner> và <item>"."""
    if k + 2 >= len(mentions):
        return None
    here, owner, item = mentions[k], mentions[k + 1], mentions[k + 2]
    if owner.type != "Organization" or item.best.id == here.best.id:
        return None
    cand = next((i for i, c in enumerate(item.candidates) if c.type == type_), None)
    if cand is None or _OWNER.fullmatch(text, here.end, owner.start) is None:
        return None
    if _NEXT.fullmatch(text, owner.end, item.start) is None:
        return None
    return k + 2, cand


def possessed_lists(
    text: str, lang: str, mentions: list[Found], matches: list[Match]
) -> list[Match]:
    """Copies of `matches` for the owned items that follow their later argument (Vietnamese)."""
    if lang != "vi" or len(mentions) < 3:
        return []
    at = {id(m): k for k, m in enumerate(mentions)}
    out = []
    for m in matches:
        if m.rule.expand != "both":
            continue
        later_is_target = m.target.start > m.source.start
        later, cand = (m.target, m.target_cand) if later_is_target else (m.source, m.source_cand)
        type_ = later.candidates[cand].type
        k = at.get(id(later))
        while k is not None and (nxt := _next_item(text, mentions, k, type_)) is not None:
            k, ci = nxt
            item = mentions[k]
            end = max(m.end, item.end)
            if later_is_target:
                out.append(Match(m.rule, m.source, item, m.source_cand, ci, m.start, end, m.words))
            else:
                out.append(Match(m.rule, item, m.target, ci, m.target_cand, m.start, end, m.words))
    return out
