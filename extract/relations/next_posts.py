"""The organisation a person moves on to after leaving another one.

"Sutskever left OpenAI to found Safe Superintelligence", "Wang quit Scale AI and joined
Meta", "ông X rời Google để đồng sáng lập Inflection AI", "bà Y rời OpenAI rồi gia nhập
Anthropic". The organisation left stands between the person and the new one, so no pair
rule reaches the pair (the left one is read by `works_for.*.moved`). The verb after the
left organisation says what the person does at the new one: founding it (FOUNDED),
running it (LEADS: "left Google to run Inflection") or joining it, or running a part of it
(WORKS_FOR: "rời Scale để dẫn dắt bộ phận AI của Meta"). Nothing is read when another
person or a clause of its own
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
    for t in ("FOUNDED", "WORKS_FOR", "LEADS")
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
        r"(?:later |then |eventually |soon )?(?:joined|went to work for|moved to)|for)|"
        r"(?P<lead>to (?:run|lead|head)|and (?:later |then |eventually |now )?(?:ran|runs|led|"
        r"leads|headed|heads)))\s+"
        r"(?:(?:a|an|the)\s+)?(?:(?:new|rival|own|start-up|startup|lab|company|firm)\s+){0,3}$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:vào |hồi |từ )?năm \d{4}\s*)?,?\s*"
        r"(?:(?P<found>(?:để|và|rồi|và sau đó|sau đó) (?:tự |cùng )?(?:đồng sáng lập|sáng lập|"
        r"thành lập|lập ra|lập))|(?P<join>(?:để|và|rồi|và sau đó|sau đó) (?:gia nhập|về với|"
        r"chuyển sang|sang|về làm việc cho|làm việc cho|đầu quân cho))|"
        r"(?P<lead>(?:để|và|rồi|và sau đó|sau đó) (?:về )?(?:dẫn dắt|lãnh đạo|điều hành|đứng đầu)"
        # "rời Scale để dẫn dắt bộ phận siêu trí tuệ của Meta": a part of the new one
        r"(?P<unit> (?:bộ phận|mảng|đơn vị|nhóm|phòng thí nghiệm|khối)(?: \S+){0,5} (?:của|tại|"
        r"thuộc))?))\s+"
        r"(?:(?:công ty|hãng|startup|công ty khởi nghiệp|phòng thí nghiệm|tập đoàn)\s+)?"
        r"(?:(?:riêng|mới|đối thủ)\s+)?$",
        re.IGNORECASE,
    ),
}


# "to run Meta's superintelligence unit": the part run, after the organisation's name
_UNIT_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:division|unit|business|arm|team|lab|group|department)s?\b",
    re.IGNORECASE,
)


def next_posts(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """FOUNDED, LEADS or WORKS_FOR from a person to the organisation taken up after
    leaving one."""
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
        if step.group("found"):
            type_ = "FOUNDED"
        elif step.group("lead") and not (
            step.groupdict().get("unit") or _UNIT_AFTER.match(text, new.end)
        ):
            type_ = "LEADS"
        else:
            type_ = "WORKS_FOR"  # joining, or heading a part of it ("to run Meta's AI unit")
        rule = RULES[type_]
        out.append(Match(rule, person, new, person.chosen, new.chosen, person.start, new.end, 0))
    return out
