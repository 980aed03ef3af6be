"""An organisation's seat told at the end of its apposition.

"SMIC, China's largest contract chipmaker and headquartered in Shanghai,";
"Huawei, tập đoàn viễn thông lớn nhất Trung Quốc có trụ sở tại Thâm Quyến,". The
names inside the apposition (the country of "China's largest chipmaker") stand
between the organisation and the place, so no pair rule reaches the pair. The
apposition must read as a description of the organisation: it opens with an
article, a possessor or a company noun and holds no preposition or relative word
("Nvidia, a supplier to firms based in China" places the firms, not Nvidia).
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["appositive_seats"]

RULE = PairRule("located_in.apposition_seat", "LOCATED_IN", "*", "", confidence=0.75)

# the seat cue right before the place
_CUE = {
    "en": re.compile(
        r"(?:\s*,\s*|\s+and\s+|\s+)(?:(?:which|that) is |is )?(?:based|headquartered|located) "
        r"in (?:the )?$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:\s*,\s*|\s+)(?:và |hiện )?(?:có trụ sở|đặt trụ sở|đóng trụ sở)(?: chính)? (?:tại|ở) "
        r"(?:thành phố |tỉnh |thủ đô )?$",
        re.IGNORECASE,
    ),
}
# the apposition, from the organisation's end to the cue
_APPOSITION = {
    "en": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:the|a|an|one|its|(?-i:[A-Z][\w.-]*)(?:'s|’s))\s"
        r"(?:(?!(?:which|that|who|whose|with|for|to|of|from|by|where|when|while|and)\b)"
        r"[^\s,;.()\"“”]+\s?){1,10}",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:một |là )?(?:công ty|tập đoàn|hãng|startup|doanh nghiệp|"
        r"nhà sản xuất|nhà phát triển|gã khổng lồ|công ty khởi nghiệp)\s"
        r"(?:(?!(?:của|cho|với|từ|mà|nơi|khi|và|hoặc)\s)[^\s,;.()\"“”]+\s?){0,10}",
        re.IGNORECASE,
    ),
}


def appositive_seats(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """LOCATED_IN for each organisation whose apposition ends "headquartered in <place>"."""
    cue_rx = _CUE.get(lang)
    if cue_rx is None:
        return []
    out = []
    for k, place in enumerate(mentions):
        if place.type != "Location" or place.ref:
            continue
        cue = cue_rx.search(text, max(0, place.start - 40), place.start)
        if cue is None:
            continue
        org = next(
            (
                f
                for f in reversed(mentions[:k])
                if f.type == "Organization" and f.end <= cue.start()
            ),
            None,
        )
        if org is None or org.ref or not _APPOSITION[lang].fullmatch(text, org.end, cue.start()):
            continue
        out.append(Match(RULE, org, place, org.chosen, place.chosen, org.start, place.end, 0))
    return out
