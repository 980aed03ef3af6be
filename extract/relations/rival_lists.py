"""Rivals named side by side: "A, B and C are locked in a price war", "A, B và C thi nhau
giảm giá", "the race between A and B", "cuộc đua giữa A và B".

The pair rules read a list ("A and B") as one side of a fact, so rivals written as one
coordinated subject, or after "between"/"giữa", never meet as a pair. Here a list of names
of one kind is tied pairwise by COMPETES_WITH when a rivalry verb follows it ("compete",
"vie", "thi nhau", "cạnh tranh") or a rivalry noun and "between"/"giữa" come before it.
A list that competes "with"/"against" a third party ("A and B compete with C") is rivals
of that party, which the pair rules read; the list members are then not tied to each other.

>>> bool(_AFTER["en"].match(" are locked in a price war"))
True
>>> bool(_AFTER["en"].match(" compete with Nvidia"))
False
>>> bool(_AFTER["vi"].match(" thi nhau giảm giá"))
True
>>> bool(_BEFORE["vi"].search("cuộc đua AI giữa "))
True
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.listed import ListTie, tied_lists
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["rival_lists"]

RULE = PairRule("competes.list", "COMPETES_WITH", "*", "", confidence=0.7)

# what may stand between the list and its verb: a few words, none saying it is not so
_EN_FILL = r"(?:(?!(?:not|never|no longer|each)\b)\S+ ){0,3}?"
_VI_FILL = r"(?:(?!(?:không|chưa|chẳng)\b)\S+ ){0,3}?"
_AFTER = {
    "en": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?" + _EN_FILL + r"(?:compete|competed|competing|vie|vied|"
        r"vying|rival each other|battle|battled|battling|jostle|jostled|jostling|race|raced|"
        r"racing|fight|fought|fighting|"
        r"(?:are|were|remain) (?!not |no longer |never )(?:(?!not|no|never)\S+ ){0,2}?(?:rivals|"
        r"competitors)|"
        r"are locked in|were locked in|"
        r"(?:entered|joined|started|waged|waging) (?:a |the )?(?:\S+ )?(?:price |pricing )?war)"
        r"\b(?! with| against| alongside| of)",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?" + _VI_FILL + r"(?:thi nhau|đua nhau|cạnh tranh|đối đầu|"
        r"so kè|kình địch|đua tranh|giành giật|tranh giành|chạy đua|đọ sức|"
        r"là (?:hai |những |các )?(?:\S+ )?đối thủ|"
        r"lao vào cuộc chiến|lao vào cuộc đua|nhập cuộc chiến)(?!\S)(?! với)(?! cùng)",
        re.IGNORECASE,
    ),
}
_BEFORE = {
    "en": re.compile(
        r"(?:race|rivalry|competition|contest|battle|war|showdown|duel|tussle|face-off|"
        r"standoff|fight)(?: \S+){0,3} between (?:the )?$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:cuộc đua|chạy đua|cạnh tranh|cuộc chiến|đối đầu|kình địch|so kè|đọ sức)"
        r"(?: \S+){0,3} giữa (?:các |hai )?$",
        re.IGNORECASE,
    ),
}
# words one of which every match above holds (a cheap first test)
_CUE_WORDS = (
    ("compet", "vie", "vying", "rival", "battl", "jostl", "rac", "fight", "fought", "war",
     "locked", "contest", "showdown", "duel", "tussle", "face-off", "standoff"),
    ("thi nhau", "đua", "cạnh tranh", "đối đầu", "so kè", "kình địch", "giành", "đọ sức",
     "đối thủ", "cuộc chiến"),
)  # fmt: skip


TIE = ListTie(RULE, _AFTER, _BEFORE, _CUE_WORDS)


def rival_lists(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """COMPETES_WITH between the members of each list a rivalry is stated of."""
    return tied_lists(text, lang, mentions, TIE)
