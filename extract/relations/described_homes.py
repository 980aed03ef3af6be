"""Whether a sentence describes a company by the country the catalogue puts it in.

The catalogue knows DeepSeek is Chinese; a sentence naming DeepSeek and China
says so only when China qualifies a description of the company: "SMIC, China's
largest contract chipmaker", "Stargate, the US data-centre venture", "the United
Arab Emirates' MGX", "hãng chip Mỹ Nvidia", "Scale AI, công ty gán nhãn lớn nhất
nước Mỹ", or a definite description just after the name that takes it up ("...
worked with Nvidia on the US chip giant's robot", "Nvidia ... cho hãng chip Mỹ").
"Nvidia expects a charge after the US told it ...", "sales to China", "bán tại thị
trường Trung Quốc" name the country for another reason. A plural description
("China's tech giants", "các hãng Trung Quốc") describes one of its members only
when the names are listed after it ("Chinese labs such as A and B", "những hãng
AI hàng đầu Mỹ, từ A đến B").
"""

from __future__ import annotations

import re

from extract.spans import Found

__all__ = ["describes"]

# what a company (or a public body) is called when described
_EN_NOUN = (
    r"(?:start-up|startup|company|firm|lab|laboratory|group|giant|chipmaker|toolmaker|carmaker|"
    r"automaker|drugmaker|developer|unicorn|conglomerate|consultancy|institute|fund|investor|"
    r"studio|foundry|manufacturer|maker|supplier|designer|operator|provider|champion|outfit|"
    r"venture|specialist|brokerage|bank|lender|insurer|agency|authority|regulator|watchdog|"
    r"bureau|ministry|university|hospital|think tank|broadcaster|carrier|project|exchange|"
    r"rival|player|unit|subsidiary|body|organisation|organization)"
)
_VI_NOUN = (
    r"(?:công ty khởi nghiệp|công ty|hãng|tập đoàn|doanh nghiệp|startup|nhà sản xuất|"
    r"nhà cung cấp|nhà phát triển|nhà sản xuất chip|đối thủ|quỹ|ngân hàng|cơ quan|viện|"
    r"trường đại học|đại học|bệnh viện|gã khổng lồ|ông lớn|nhà mạng|dự án|phòng thí nghiệm)"
)
_LIST = r"(?:such as|like|including|notably|from|như|gồm|bao gồm|từ|trong đó có)"

# the country right before the name: "the United Arab Emirates' MGX", "US Bureau of ..."
_ADJACENT = re.compile(r"(?:'s|’s|'|’)?\s?", re.IGNORECASE)
# a place after a preposition is where something happens: "in China Huawei ..."
_PREPOSITION = re.compile(
    r"\b(?:in|into|to|at|from|of|for|on|across|outside|inside|tại|ở|sang|từ|của|với|cho|đến|"
    r"khỏi|vào)\s$",
    re.IGNORECASE,
)
# between the country and the name it comes before: "'s largest chip designer, the "
_EN_BEFORE = re.compile(
    r"(?:'s|’s|')?\s(?:[\w-]+\s){0,3}?" + _EN_NOUN + r"(?:,\s(?:known as\s|called\s)?(?:the\s)?"
    r"|\s)",
    re.IGNORECASE,
)
# ... a plural one, listing its members: "Chinese labs such as ", "'s AI start-ups, including "
_EN_LISTED = re.compile(
    r"(?:'s|’s|')?\s(?:[\w-]+\s){0,3}?" + _EN_NOUN + r"s,?\s" + _LIST + r"\s(?:the\s)?",
    re.IGNORECASE,
)
# after the name, an apposition whose words the country opens: ", China's largest ", ", the US "
_EN_APPOSED = re.compile(
    r"(?:\s\([^)]{0,40}\))?,\s(?:(?:a|an|the|one of|another)\s(?:[\w-]+\s){0,2})?$",
    re.IGNORECASE,
)
# ... and the noun it closes: "'s largest contract chipmaker", " data-centre venture"
_EN_CLOSED = re.compile(r"(?:'s|’s|')?\s(?:[\w-]+\s){0,3}?" + _EN_NOUN + r"\b", re.IGNORECASE)
# ... plural after "one of": ", one of China's best-funded start-ups"
_EN_ONE_OF = re.compile(r",\sone of\s", re.IGNORECASE)
_EN_CLOSED_MANY = re.compile(r"(?:'s|’s|')?\s(?:[\w-]+\s){0,3}?" + _EN_NOUN + r"s\b", re.IGNORECASE)
# a definite description taking up the name: "the US chip giant"
_EN_THE = re.compile(r"\bthe\s$", re.IGNORECASE)
_EN_TAKEN_UP = re.compile(r"(?:'s|’s)?\s(?:[\w-]+\s){0,2}?" + _EN_NOUN + r"\b(?!-)", re.IGNORECASE)

# Vietnamese: the noun before the country ("hãng chip Mỹ", "công ty gán nhãn lớn nhất nước Mỹ")
_VI_DESCRIBED = re.compile(
    r"(?<!các )(?<!những )(?<!nhiều )(?<!mấy )(?<!vài )\b"
    + _VI_NOUN
    + r"(?:\s(?!tại\s|ở\s|sang\s|cho\s|với\s|từ\s|và\s)[^\s,.;:()\"“”]+){0,6}?"
    r"\s(?:của\s)?(?:nước\s)?$",
    re.IGNORECASE,
)
_VI_PLURAL = re.compile(
    r"\b(?:các|những|nhiều)\s" + _VI_NOUN + r"(?:\s[^\s,.;:()\"“”]+){0,4}?\s(?:của\s)?(?:nước\s)?$",
    re.IGNORECASE,
)
# an apposition after the name opening the description: ", từng là ", ", "
_VI_APPOSED = re.compile(r"(?:\s\([^)]{0,40}\))?\s?[,(–-]\s?(?:\S+\s){0,2}?$", re.IGNORECASE)
# between two names of one list
_JOIN = re.compile(r"\s*(?:,|,?\s(?:and|or|và|hay|hoặc|đến|tới)|&)\s*", re.IGNORECASE)
# the members listed right after a plural description: ", từ ", " như "
_VI_LISTED = re.compile(r"(?:\s[^\s,.;]+){0,3}?,?\s" + _LIST + r"\s$", re.IGNORECASE)
# a name right after the description: "Đối thủ Hàn Quốc Samsung"
_VI_NOUN_END = re.compile(r"\b" + _VI_NOUN + r"(?:\s[^\s,.;:()]+){0,2}?\s$", re.IGNORECASE)


def describes(text: str, org: Found, place: Found, mentions: list[Found]) -> bool:
    """Whether `place` (a country) qualifies a description of `org` in `text`; `mentions`
    are the sentence's names (a description ending right before another name is that
    name's, and one after `org` past another organisation may take up that one).

    >>> from extract.spans import Candidate
    >>> def f(s, e, t):
    ...     return Found(s, e, t, [Candidate(t.lower(), t, "Organization")])
    >>> t = "SMIC, China's largest contract chipmaker, said so."
    >>> describes(t, f(0, 4, "SMIC"), f(6, 11, "China"), [])
    True
    >>> t = "Nvidia said sales to China need a licence."
    >>> describes(t, f(0, 6, "Nvidia"), f(21, 26, "China"), [])
    False
    """
    if place.start < org.start:
        if org.start - place.end > 60:
            return False
        gap = text[place.end : _first_listed(text, place, org, mentions)]
        if _EN_BEFORE.fullmatch(gap) or _EN_LISTED.fullmatch(gap):
            return True
        if _ADJACENT.fullmatch(gap) and not _PREPOSITION.search(
            text, max(0, place.start - 12), place.start
        ):
            return True
        if gap.strip() == "" and _VI_NOUN_END.search(text, max(0, place.start - 40), place.start):
            return True
        plural = _VI_PLURAL.search(text, max(0, place.start - 60), place.start)
        return plural is not None and _VI_LISTED.fullmatch(gap) is not None
    if any(
        m.type == "Organization" and m.start >= place.end and not text[place.end : m.start].strip()
        for m in mentions
    ):
        return False  # "the US chip giant Micron": the description of the name after it
    after = text[place.end : place.end + 80]
    near = place.start - org.end <= 60
    apposed = _EN_APPOSED.fullmatch(text, org.end, place.start) if near else None
    if apposed and (
        _EN_CLOSED.match(after)
        or (_EN_ONE_OF.search(apposed.group()) and _EN_CLOSED_MANY.match(after))
    ):
        return True
    vi = _VI_DESCRIBED.search(text, max(org.end, place.start - 80), place.start)
    if vi is not None and near and _VI_APPOSED.fullmatch(text, org.end, vi.start()):
        return True
    if any(m.type == "Organization" and org.end <= m.start < place.start for m in mentions):
        return False  # a description further on may take up the nearer name
    if vi is not None:
        return True  # "Nvidia cho biết ..., một quy định có thể khiến hãng chip Mỹ thiệt hại"
    return (
        _EN_THE.search(text, max(org.end, place.start - 5), place.start) is not None
        and _EN_TAKEN_UP.match(after) is not None
    )


def _first_listed(text: str, place: Found, org: Found, mentions: list[Found]) -> int:
    """Where the list holding `org` starts, if names joined by list words stand between
    `place` and `org` ("từ OpenAI đến Google", "such as A, B and C"); else `org`'s start."""
    listed = [m for m in mentions if m.type == "Organization" and place.end <= m.start < org.start]
    if not listed:
        return org.start
    for a, b in zip(listed, listed[1:] + [org], strict=True):
        if not _JOIN.fullmatch(text, a.end, b.start):
            return org.start
    return listed[0].start
