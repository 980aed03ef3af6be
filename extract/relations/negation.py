"""Facts a sentence denies are not facts: "Alibaba không hợp tác với OpenAI".

A match is dropped when a negation stands in its own clause between its two
names ("X did not partner with Y", "X chưa ký thỏa thuận với Y"), or when a
denial opens the clause its first name stands in ("DeepSeek denied that it used
H100 chips", "DeepSeek phủ nhận việc dùng chip H100"). "Not only" / "không chỉ"
adds rather than denies, and a negation behind a comma belongs to another clause
("Nvidia, which does not make phones, partnered with X").
"""

from __future__ import annotations

import re
from functools import cache

from extract.folding import plain_lower
from extract.relations.rules import Match

__all__ = ["undenied"]

_NOT = {
    "en": re.compile(
        r"\b(?:not|never|no longer|n't|denied|denies|deny|refused to|declined to)\b"
        r"(?! (?:only|just|merely)\b)(?![^,;:()]*[,;:()])",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?<!\w)(?:không|chưa|chẳng|chưa từng|không còn|phủ nhận|bác bỏ|từ chối)(?!\w)"
        r"(?! (?:chỉ|những)(?!\w))(?![^,;:()]*[,;:()])",
        re.IGNORECASE,
    ),
}
# a denial opening the clause before the first name: "denied that it", "phủ nhận việc"
_DENIED_BEFORE = {
    "en": re.compile(r"\b(?:denied|denies|deny|rejected|dismissed) (?:that |reports that )?$"),
    "vi": re.compile(r"(?:phủ nhận|bác bỏ)(?: thông tin| việc| rằng)? $"),
}
_WORD = {
    "en": re.compile(r"not|never|n't|den|refus|declin", re.IGNORECASE),
    "vi": re.compile(r"không|chưa|chẳng|phủ|bác|từ chối", re.IGNORECASE),
}
_WORD_LITERALS = {lang: tuple(rx.pattern.split("|")) for lang, rx in _WORD.items()}


def _may_deny(text: str, lang: str, start: int, end: int) -> bool:
    """Whether `_WORD` finds a word in text[start:end]: by substring on plainly folding text."""
    low = plain_lower(text[start:end])
    if low is None:
        return _WORD[lang].search(text, start, end) is not None
    return any(map(low.__contains__, _WORD_LITERALS[lang]))


@cache
def _reads_negation(between: str) -> bool:
    return any(w in between for w in ("không", "chưa", "chẳng", "not", "n't", "never"))


def undenied(text: str, lang: str, start: int, end: int, matches: list[Match]) -> list[Match]:
    """`matches` of the sentence text[start:end] without those the sentence denies."""
    if lang not in _WORD or not matches or not _may_deny(text, lang, start, end):
        return matches
    inside, before = _NOT[lang], _DENIED_BEFORE[lang]
    out = []
    for m in matches:
        if _reads_negation(m.rule.between):
            out.append(m)  # "R1 chưa đạt tới mức của o3": the rule reads the negation itself
            continue
        left, right = (
            (m.source, m.target) if m.source.start < m.target.start else (m.target, m.source)
        )
        if inside.search(text, left.end, right.start) is not None:
            continue
        if before.search(text, max(start, left.start - 40), left.start) is not None:
            continue
        out.append(m)
    return out
