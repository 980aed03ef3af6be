"""Organisations a tie is told of without their name: "invested $4bn in it",
"tập đoàn công nghệ này ký hợp tác với Nvidia", "Công ty nhanh chóng được xem là...".

Resolution reads "the company", "its" and a subject "it"; three more ways news
refers back to an organisation, all common around deals and rivalries, become
references (`ref`) here, so the tie rules pair them like names:

- an object "it" after a tie word ("invested in it", "a deal with it", "rivals it"):
  an object pronoun is never its own clause's subject, so it recalls the sentence's
  subject when that is someone else, else the organisation of the sentences before;
- a Vietnamese company noun with a describing word and "này" ("tập đoàn công nghệ
  này", "hãng chip này"): the company in view;
- a Vietnamese sentence opened by a bare company noun and an adverb ("Công ty nhanh
  chóng ...", "Hãng sau đó ..."): the company in view.

Nothing is added where resolution already read the words, or no organisation is in view.

>>> bool(_EN_OBJECT.search("Amazon invested $4 billion in it across 2023"))
True
>>> bool(_EN_OBJECT.search("In it, the firm says"))
False
"""

from __future__ import annotations

import re

from extract.resolution import Salience
from extract.spans import Candidate, Found

__all__ = ["tie_references"]

_ORG = "Organization"
# the words before an object "it" that tie rules read: prepositions of deals and rivalry,
# and verbs of buying, backing and rivalry
_EN_OBJECT = re.compile(
    r"\b(?:(?:invested|invests|investing|stake|stakes|shares|money|cash|billion|million|bn) "
    r"(?:in|into)|(?:partnered|partnership|deal|agreement|alliance|collaboration|contract|"
    r"tie-up|forces|competes|compete|competing|competed|alternative|rival|challenger|answer|"
    r"supplier|customer) (?:with|to|against|of)|acquired|acquires|bought|buys|"
    r"backed|backs|funded|funds|financed|rivals|rivalled|rivaled|challenges|challenged)"
    r" (?P<ref>it)\b(?!['’])"
)
# a company noun, one or two describing words (no name: lowercase, or "AI"), "này"
_VI_DESCRIBED = re.compile(
    r"\b(?P<ref>(?:[Cc]ông ty|[Hh]ãng|[Tt]ập đoàn|[Ss]tartup|[Dd]oanh nghiệp) "
    r"(?P<words>(?:\w+ ){1,2})này)\b"
)
# a bare company noun opening a sentence, then an adverb (resolution reads it before a
# verb); "Công ty con", "Công ty Cổ phần X" are no such noun
_VI_OPENING = re.compile(
    r"(?P<ref>Công ty|Hãng|Tập đoàn|Startup|Doanh nghiệp) (?=(?:nhanh chóng|sau đó|gần đây|"
    r"mới đây|trước đó|hiện nay|hiện tại|vẫn|lại|ngay|liền|thậm chí|luôn|nay|đồng thời|"
    r"cuối cùng|về sau|sớm|chủ yếu|khi đó|lúc đó|năm ngoái|năm nay|từ đó|trước đây|"
    r"cũng đã|hôm qua|tuần trước|tháng trước)\b)"
)
_LEAD = re.compile(r"[^,.;:]{1,60},\s+")  # an opening adverbial
_CUES = {"en": (" it",), "vi": ("này", "Công ty ", "Hãng ", "Tập đoàn ", "Startup ", "Doanh ")}


def _object_it(salience: Salience, st, index: int, a: int, mentions: list[Found]):
    """What an object "it" at `a` recalls: not the organisation that acts on it."""
    before = [f for f in mentions if f.end <= a and f.type == _ORG]
    agent = before[-1].best.id if before else None
    subject = salience.subject(index, _ORG, a)
    if subject is not None and subject.best.id != agent:
        return subject
    found = salience.antecedent(st.sentences[index].start, _ORG, index, True)
    return found if found is not None and found.best.id != agent else None


def _refs(st) -> dict[int, list[tuple[str, int, int]]]:
    """(how, start, end) of each reference pattern of the text, by sentence."""
    text = st.text
    spans = []
    if st.language == "en":
        spans = [("object", *m.span("ref")) for m in _EN_OBJECT.finditer(text)]
    elif st.language == "vi":
        for m in _VI_DESCRIBED.finditer(text):
            if all(w.islower() or w == "AI" for w in m["words"].split()):
                spans.append(("described", *m.span("ref")))
        for sentence in st.sentences:
            lead = _LEAD.match(text, sentence.start, sentence.end)  # "Hồi tháng 4, Hãng ..."
            for at in (sentence.start, lead.end() if lead else None):
                m = _VI_OPENING.match(text, at, sentence.end) if at is not None else None
                if m is not None:
                    spans.append(("described", *m.span("ref")))
                    break
    out: dict[int, list[tuple[str, int, int]]] = {}
    for how, a, b in spans:
        if not st.skipped(a, b):
            out.setdefault(st.sentence_of(a), []).append((how, a, b))
    return out


def tie_references(st, by_sentence: dict[int, list[Found]]) -> None:
    """Add to `by_sentence` the organisation references of the kinds above."""
    cues = _CUES.get(st.language)
    if cues is None or not any(c in st.text for c in cues):
        return
    found = _refs(st)
    if not found:
        return
    salience = Salience(st, by_sentence)
    text = st.text
    for index, refs in sorted(found.items()):
        mentions = old = by_sentence.get(index, [])
        for how, a, b in refs:
            if any(f.start < b and a < f.end for f in mentions):
                continue  # resolution (or the catalogue) read these words already
            if how == "object":
                target = _object_it(salience, st, index, a, mentions)
            else:
                target = salience.antecedent(a, _ORG, index)
            if target is None:
                continue
            c = target.best
            cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
            mentions = sorted([*mentions, Found(a, b, text[a:b], [cand], index, ref=True)],
                              key=lambda f: f.start)  # fmt: skip
        if mentions is not old:
            by_sentence[index] = mentions
