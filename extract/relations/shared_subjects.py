"""Facts a subject shares with the one named before it: an agency's parent, a partner.

The pair rules give a fact to the nearest subject only. Two constructions hand it on
to a name just before that subject, which the rules pass over as a nearer argument:

- "the Commerce Department's Bureau of Industry and Security issued the controls":
  the bureau's parent (a ministry or a state) issues the rule as well;
- "SiliconFlow partnered with Huawei Cloud to offer DeepSeek-R1", "SiliconFlow hợp tác
  với Huawei Cloud để cung cấp DeepSeek-R1": both partners serve (or use) the model.

Each shared fact keeps the span of the match it came from, with lower confidence.
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["shared_subjects"]

# "<parent>'s <agency>": the parent owns the agency that acts (the agency may be an acronym
# after its long name: "'s Bureau of Industry and Security (BIS)")
_PARENT = re.compile(r"\s*(?:'s|’s)\s+(?:[A-Z][^\s()]*\s+(?:(?:of|and|for|on|the|&)\s+)*)*\(?")
# "<A> partnered with <B>" right before B (A's name ends where this starts)
_PARTNER = {
    "en": re.compile(
        r"^\s*(?:has |have |had |also |recently )?(?:partnered|partners|teamed up|teams up|"
        r"joined forces|worked|works|is working|has worked) with (?:the )?$"
    ),
    "vi": re.compile(
        r"^\s*(?:đã |vừa |cũng |đang )?(?:hợp tác|bắt tay|liên kết|phối hợp|liên doanh) "
        r"(?:với |cùng )?$"
    ),
}
# what B does for the pair: "to offer", "để cung cấp" (B's rule match starts at B)
_PURPOSE = {
    "en": re.compile(r"\s*,?\s*to (?:offer|serve|host|provide|deploy|distribute|run|sell)\b"),
    "vi": re.compile(r"\s*,?\s*(?:để|nhằm) (?:cung cấp|phân phối|triển khai|lưu trữ|đưa|bán)\b"),
}
RULES = {
    "ISSUED": PairRule("issued.parent_agency", "ISSUED", "*", "", confidence=0.65),
    "HOSTS": PairRule("hosts.partnered_to_offer", "HOSTS", "*", "", confidence=0.6),
}


def shared_subjects(
    text: str, lang: str, mentions: list[Found], matches: list[Match]
) -> list[Match]:
    """The facts of `matches` (one sentence) that the parent or partner before a subject shares."""
    if not matches:
        return []
    out = []
    index = {id(m): k for k, m in enumerate(mentions)}
    for m in matches:
        k = index.get(id(m.source))
        if not k or m.source.type != "Organization":
            continue
        first = k  # "Bureau of Industry and Security (BIS)": the name before its acronym
        while first and mentions[first - 1].best.id == m.source.best.id:
            first -= 1
        if not first:
            continue
        before = mentions[first - 1]
        if before.type not in ("Organization", "Location"):
            continue
        gap = text[before.end : mentions[first].start]
        if m.rule.type == "ISSUED" and _PARENT.fullmatch(gap):
            out.append(_shared(m, before, "ISSUED"))
        elif (
            m.rule.type == "HOSTS"
            and before.type == "Organization"
            and _PARTNER[lang if lang in _PARTNER else "en"].match(gap)
            and _PURPOSE[lang if lang in _PURPOSE else "en"].match(text, m.source.end)
        ):
            out.append(_shared(m, before, "HOSTS"))
    return out


def _shared(m: Match, subject: Found, type_: str) -> Match:
    """`m` with `subject` as its source, under the shared rule of `type_`."""
    start = min(m.start, subject.start)
    return Match(
        RULES[type_], subject, m.target, subject.chosen, m.target_cand, start, m.end, m.words
    )
