"""The organisation a person moves on to after leaving another one.

"Sutskever left OpenAI to found Safe Superintelligence", "Wang quit Scale AI and joined
Meta", "ông X rời Google để đồng sáng lập Inflection AI", "bà Y rời OpenAI rồi gia nhập
Anthropic". The organisation left stands between the person and the new one, so no pair
rule reaches the pair (the left one is read by `works_for.*.moved`). The verb after the
left organisation says what the person does at the new one: founding it (FOUNDED) or
joining it (WORKS_FOR). Nothing is read when another person or a clause of its own
("A left B, and C founded D") stands between.
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["next_posts"]

RULES = {
    t: PairRule(f"{t.lower()}.next_post", t, "*", "", confidence=0.75)
    for t in ("FOUNDED", "WORKS_FOR")
}

# the person leaving: between the person and the organisation left
_LEFT = {
    "en": re.compile(
        r"\s*(?:,\s*who\s+)?(?:(?:later|then|eventually|recently|abruptly|had|has|have)\s+)?"
        r"(?:left|leaves|leaving|quit|quits|departed|departs|exited|exits)\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:,\s*người\s+)?(?:(?:đã|từng|sau đó|rồi|vừa|cũng)\s+)?(?:rời|rời bỏ|rời khỏi|"
        r"chia tay|nghỉ việc tại|nghỉ việc ở)\s+(?:công ty\s+|hãng\s+|tập đoàn\s+)?$",
        re.IGNORECASE,
    ),
}
# after the organisation left, the step to the new one: (fact type group, regex)
_NEXT = {
    "en": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?(?:in \d{4}\s*|last year\s*|this year\s*)?,?\s*"
        r"(?:(?P<found>to (?:co-found|cofound|found|start|set up|launch|build|create)|and "
        r"(?:later |then |eventually |soon )?(?:co-founded|cofounded|founded|started|set up|"
        r"launched|created))|(?P<join>to (?:join|work for|work at|head to|move to)|and "
        r"(?:later |then |eventually |soon )?(?:joined|went to work for|moved to)|for))\s+"
        r"(?:(?:a|an|the)\s+)?(?:(?:new|rival|own|start-up|startup|lab|company|firm)\s+){0,3}$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:vào |hồi |từ )?năm \d{4}\s*)?,?\s*"
        r"(?:(?P<found>(?:để|và|rồi|và sau đó|sau đó) (?:tự |cùng )?(?:đồng sáng lập|sáng lập|"
        r"thành lập|lập ra|lập))|(?P<join>(?:để|và|rồi|và sau đó|sau đó) (?:gia nhập|về với|"
        r"chuyển sang|sang|về làm việc cho|làm việc cho|đầu quân cho)))\s+"
        r"(?:(?:công ty|hãng|startup|công ty khởi nghiệp|phòng thí nghiệm|tập đoàn)\s+)?"
        r"(?:(?:riêng|mới|đối thủ)\s+)?$",
        re.IGNORECASE,
    ),
}


def next_posts(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """FOUNDED or WORKS_FOR from a person to the organisation taken up after leaving one."""
    left_rx, next_rx = _LEFT.get(lang), _NEXT.get(lang)
    if left_rx is None:
        return []
    out = []
    for k in range(len(mentions) - 2):
        person, left, new = mentions[k], mentions[k + 1], mentions[k + 2]
        if person.type != "Person" or left.type != "Organization" or new.type != "Organization":
            continue
        if left.end - person.end > 80 or new.start - left.end > 80:
            continue
        if not left_rx.fullmatch(text, person.end, left.start):
            continue
        step = next_rx.fullmatch(text, left.end, new.start)
        if step is None:
            continue
        rule = RULES["FOUNDED" if step.group("found") else "WORKS_FOR"]
        out.append(Match(rule, person, new, person.chosen, new.chosen, person.start, new.end, 0))
    return out
