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
from itertools import pairwise

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match, groups
from extract.spans import Found

__all__ = ["joint_partners"]

RULE = PairRule("partners_with.joint", "PARTNERS_WITH", "*", "", confidence=0.75)
_KINDS = ("Organization", "Person")
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


def _lists(text: str, mentions: list[Found]) -> list[list[Found]]:
    """Runs of two or more coordinated names of organisations or of people."""
    out: list[list[Found]] = []
    run: list[Found] = []
    last = None
    for g, f in zip(groups(text, mentions), mentions):
        if g != last:
            if len(run) > 1:
                out.append(run)
            run, last = [], g
        if f.type in _KINDS and not f.ref and all(f.best.id != r.best.id for r in run):
            run.append(f)
    if len(run) > 1:
        out.append(run)
    return out


def joint_partners(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """PARTNERS_WITH between the members of each list a reciprocal tie is stated of."""
    kinds = [f.type for f in mentions]
    if not any(a == b and a in _KINDS for a, b in pairwise(kinds)):
        return []  # no two names of one kind side by side: no list to tie
    near = text[max(0, mentions[0].start - 60) : mentions[-1].end + 120].lower()
    if not any(word in near for word in _CUE_WORDS[lang == "vi"]):
        return []  # no tie word near the names: nothing below can match
    after, before = _AFTER.get(lang, _AFTER["en"]), _BEFORE.get(lang, _BEFORE["en"])
    out = []
    for run in _lists(text, mentions):
        head, last = run[0], run[-1]
        cue = after.match(text, last.end, last.end + 120)
        if cue is not None:
            start, end = head.start, cue.end()
        elif before.search(text, max(0, head.start - 60), head.start):
            start, end = max(0, head.start - 60), last.end
        else:
            continue
        for k, a in enumerate(run):
            for b in run[k + 1 :]:
                out.append(Match(RULE, a, b, a.chosen, b.chosen, start, end, 0))
    return out
