"""Sources a sentence is attributed to take no part in its facts.

"According to Reuters, Tencent bought a stake in Zhipu AI" and "Tencent bought
a stake in Zhipu AI, Reuters reported." state a tie between Tencent and Zhipu
AI only; Reuters is who told it. Without this, the attribution reads as one
more list member or argument ("Reuters, Tencent" looks like a list), so the
matches that take it as an argument are dropped. A mention is an attribution
when it names an organisation or a person and either follows "According to" /
"Theo" / "Citing" (optionally "a report by", "số liệu của") at the start of a
clause with a comma after it, or has a comma before it and only a reporting
verb ("said", "reported", "cho biết", "đưa tin") and a short tail after it
up to the sentence end. ("Theo lệnh cấm, ..." is "under the ban": no source.)
"""

from __future__ import annotations

import re

from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["without_attributions"]

# what may stand between the opener and the source: "a report by", "dữ liệu của hãng"
_FILLER_EN = r"(?: (?:a|an|the|new|recent|latest) )?(?: ?[a-z]+){0,3} (?:by|from|of)"
_FILLER_VI = r"(?: [a-zà-ỹđ]+){1,4} (?:của|từ)"
_OPENING = re.compile(
    rf"(?:^|[,;:] )(?:(?:[Aa]ccording to|[Cc]iting)(?:{_FILLER_EN})?|[Tt]heo(?:{_FILLER_VI})?) $"
)
_TELLERS = frozenset({"Organization", "Person"})
# a word every attribution holds: sentences without one are not looked at further
_TOLD = (
    "ccording", "heo", "iting", "said", "says", "report", "wrote", "noted", "told", "cho biết",
    "cho hay", "đưa tin", "dẫn nguồn", "nhận định", "tiết lộ",
)  # fmt: skip
_REPORTED = re.compile(
    r"(?:said|says|reported|reports|wrote|noted|told \w+|cho biết|cho hay|đưa tin|"
    r"dẫn nguồn|nhận định|tiết lộ)\b[^,;:()]{0,40}$"
)


def without_attributions(
    text: str, mentions: list[Found], start: int, end: int, matches: list[Match]
) -> list[Match]:
    """`matches` of the sentence text[start:end] minus those that take a source as argument.

    What the sentence says of the source itself stays ("Theo SemiAnalysis, công ty
    nghiên cứu của Mỹ, ...": LOCATED_IN).
    """
    if len(mentions) < 3 or not any(map(text[start:end].__contains__, _TOLD)):
        return matches
    sources = {id(m) for m in mentions if _attributed(text, m, start, end)}
    if not sources:
        return matches
    return [
        m
        for m in matches
        if m.rule.type == "LOCATED_IN"
        or (id(m.source) not in sources and id(m.target) not in sources)
    ]


def _attributed(text: str, m: Found, start: int, end: int) -> bool:
    if m.type not in _TELLERS:
        return False  # "Theo lệnh cấm, ...": under a policy, not told by one
    after = text[m.end : end]
    if after.startswith(","):
        return _OPENING.search(text[start : m.start]) is not None
    if text[max(start, m.start - 2) : m.start] != ", ":
        return False
    tail = after.strip().rstrip(".!?”\"'")
    return bool(tail) and _REPORTED.match(tail) is not None
