"""Partners named side by side: "A and B signed a deal", "A và B ký thỏa thuận",
"a joint venture between A and B", "thỏa thuận hợp tác giữa A và B".

The pair rules read a list ("A and B") as one side of a fact, so two partners
written as a coordinated subject, or after "between"/"giữa", never meet as a
pair. Here a list of organisations or of people is tied pairwise when a
reciprocal verb follows it ("partnered", "signed an agreement", "bắt tay",
"ký thỏa thuận") or a tie noun and "between"/"giữa" come before it. A deal
"with" a third party, or one each signed on its own ("each", "đều"), ties
none of them to each other.

>>> bool(_AFTER["en"].match(" signed a $2 billion deal on Monday"))
True
>>> bool(_AFTER["en"].match(" each signed a deal with Nvidia"))
False
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.listed import ListTie, tied_lists
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["joint_partners"]

RULE = PairRule("partners_with.joint", "PARTNERS_WITH", "*", "", confidence=0.75)
_EN_TIE = (
    r"(?:partnership|alliance|deal|agreement|pact|joint venture|tie-up|memorandum of "
    r"understanding|collaboration|accord)"
)
_VI_TIE = (
    r"(?:thỏa thuận|thoả thuận|hợp đồng|biên bản ghi nhớ|bản ghi nhớ|liên doanh|liên minh|"
    r"hợp tác|quan hệ đối tác)"
)
# what may stand between the list and its verb: a few words, none saying "each on its own"
_EN_FILL = r"(?:(?!(?:each|separately|both|not|never|no longer)\b)\S+ ){0,3}?"
_VI_FILL = r"(?:(?!(?:đều|riêng|không|chưa|cũng)\b)\S+ ){0,4}?"
_AFTER = {
    "en": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?" + _EN_FILL + r"(?:(?:partnered|partner|teamed up|team up|"
        r"joined forces|join forces|collaborated|collaborate|are partners|have partnered)\b"
        r"(?! with| on a deal with)|(?:signed|sign|struck|strike|inked|formed|form|announced|"
        r"unveiled|agreed|reached|sealed|set up|created|launched) (?:a |an |the )?"
        r"(?:\S+ ){0,3}?" + _EN_TIE + r"s?\b(?!\s+with\b))",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?" + _VI_FILL + r"(?:(?:hợp tác|bắt tay|liên minh|liên doanh|"
        r"ký kết)\b|(?:ký|thành lập|công bố|lập|đạt được|đạt|thiết lập) (?:\S+ )?" + _VI_TIE + r")"
        r"(?!(?: \S+){0,3} với\b)",
        re.IGNORECASE,
    ),
}
_BEFORE = {
    "en": re.compile(_EN_TIE + r"s?(?: \S+){0,3} between (?:the )?$", re.IGNORECASE),
    "vi": re.compile(_VI_TIE + r"(?: \S+){0,3} giữa $", re.IGNORECASE),
}


# words one of which every match above holds (a cheap first test): tie nouns and verbs
_CUE_WORDS = (
    ("partner", "alliance", "deal", "agreement", "pact", "venture", "tie-up", "memorandum",
     "collaborat", "accord", "team", "forces"),
    ("thỏa thuận", "thoả thuận", "hợp đồng", "ghi nhớ", "liên doanh", "liên minh", "hợp tác",
     "đối tác", "bắt tay", "ký kết"),
)  # fmt: skip


TIE = ListTie(RULE, _AFTER, _BEFORE, _CUE_WORDS, frozenset({"Organization", "Person"}))


def joint_partners(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """PARTNERS_WITH between the members of each list a reciprocal tie is stated of."""
    return tied_lists(text, lang, mentions, TIE)
