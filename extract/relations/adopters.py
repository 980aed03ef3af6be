"""Companies named after a use as doing the same: "..., along with Oppo and Vivo".

"Honor integrated DeepSeek-R1 into its assistant, along with Oppo and Vivo",
"Honor tích hợp DeepSeek-R1 vào trợ lý, cùng với Huawei, Oppo và Vivo": a list of
organisations that closes the clause after "along with"/"cùng với" shares the
clause's subject, so each of them uses what that subject uses. Only a list that ends
the clause counts ("cùng Nvidia xây dựng ..." starts a new predicate). Those the
subject followed did it first: "BYD tích hợp R1 vào hệ thống Xuanji, sau Geely và Great
Wall Motor vài ngày", "..., days after Geely and Great Wall", "..., following Geely".
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["fellow_adopters"]

_ALONG = {
    "en": re.compile(
        r",\s*(?:along with|together with|alongside|as did|as have|as had|as do|following|"
        r"(?:(?:a few|several|two|three|\d+) )?(?:days?|weeks?) after|just after|shortly after)"
        r"\s+(?:rivals?\s+|peers?\s+)?$"
    ),
    "vi": re.compile(
        r",\s*(?:cùng với|cùng|bên cạnh|sau|theo chân|tiếp bước|nối gót)\s+(?:các hãng\s+|"
        r"các đối thủ\s+|đối thủ\s+)?$"
    ),
}
_JOIN = re.compile(r"\s*(?:,|and|và|&|, and|, và)\s*$")
# the clause ends after the list, maybe past how long before they did it ("vài ngày")
_CLOSE = re.compile(
    r"(?:\s+(?:vài|mấy|một|hai|ba|\d+)\s+(?:ngày|tuần|tháng)(?:\s+trước(?:\s+đó)?)?)?"
    r"\s*(?:[.;!?]|$)"
)
_RULE = PairRule("uses.fellow_adopters", "USES", "*", "", confidence=0.6)


def fellow_adopters(
    text: str, lang: str, mentions: list[Found], matches: list[Match]
) -> list[Match]:
    """USES matches for the organisations listed after "along with" at a use's clause end."""
    along = _ALONG.get(lang)
    uses = [m for m in matches if m.rule.type == "USES" and m.source.type == "Organization"]
    if along is None or not uses:
        return []
    out = []
    for k, first in enumerate(mentions):
        if first.type != "Organization":
            continue
        if along.search(text, max(0, first.start - 40), first.start) is None:
            continue
        fellows = [first]
        for nxt in mentions[k + 1 :]:
            if nxt.type != "Organization" or not _JOIN.match(text[fellows[-1].end : nxt.start]):
                break
            fellows.append(nxt)
        if _CLOSE.match(text, fellows[-1].end) is None:
            continue
        cue = first.start
        for m in uses:
            if max(m.source.end, m.target.end) > cue:
                continue
            out.extend(
                Match(_RULE, f, m.target, f.chosen, m.target_cand, m.start, f.end, 0)
                for f in fellows
                if f.best.id != m.source.best.id
            )
    return out
