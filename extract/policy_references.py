"""Short references to a policy: "the same rule", "the ban", "quy định này", "đạo luật này".

A reference is a policy head noun (found by `extract.policies`) after "the" (and
at most one plain or topic word: "the same rule", "the licence requirement") in
English, before "này"/"đó" in Vietnamese. It points at the nearest policy named
before it, in its own sentence or in the two before: a law word at a law, a list
word at a list, any other rule word at a policy that is neither. It becomes a
`ref` mention (usable by relation rules, with lower confidence; never an alias).

>>> bool(_BEFORE["en"].search("AMD was caught by the same ", 0, 27))
True
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extract.spans import Candidate, Found

__all__ = ["policy_references"]

# what stands before (English) or after (Vietnamese) a head noun that refers back
_BEFORE = {
    "en": re.compile(
        r"\b[Tt]he (?:same |new |latest |original |earlier |existing |US |American |"
        r"Biden-era |Trump-era |licen[cs]e |licensing |export )?$"
    )
}
_AFTER = {
    "en": re.compile(r"(?! of\b)"),
    "vi": re.compile(r" (?:này|đó|nói trên|mới này)(?!\w)"),
}
_LAW = re.compile(r"\b(?:law|act|bill|luật)\b", re.IGNORECASE)
_LIST = re.compile(r"\b(?:list|blacklist|danh sách)\b", re.IGNORECASE)
_BACK = 2  # sentences
# a list with no name of its own, after the words that put something on it
_BARE_LIST = {
    "en": re.compile(
        r"\b(?:added|adds|adding|placed|put|moved|was|were|is|are|been|remains|remain|stay|stays)"
        r"(?: \S+){0,6}? (?:to|on|onto) (?P<h>the (?:same |trade |export )?(?:list|blacklist))"
        r"(?![\w-]| of| for)"
    ),
    "vi": re.compile(
        r"(?<!\w)(?:đưa|liệt|thêm|bổ sung|đưa thêm)(?: \S+){0,6}? (?:vào|lên) (?P<h>danh sách)"
        r"(?=[,.;:)]| (?:cùng|từ|năm|hồi|vào|này|đó|trên|khi|và|với|do)(?!\w))"
    ),
}


def _kind(words: str) -> str:
    return "law" if _LAW.search(words) else "list" if _LIST.search(words) else "rule"


def policy_references(
    text: str,
    lang: str,
    mentions: list[Found],
    heads: list[re.Match[str]],
    sentence_of,
) -> list[Found]:
    """Ref mentions for the short policy references of `text`.

    `mentions` are in text order; `heads` are the policy head nouns of the text.
    """
    policies = [m for m in mentions if m.type == "Policy"]
    if not policies:
        return []
    out = _bare_lists(text, lang, mentions, policies, sentence_of)
    if not heads:
        return out
    before = _BEFORE.get(lang)
    after = _AFTER.get(lang, _AFTER["en"])
    starts = [m.start for m in mentions]
    for h in heads:
        a, b = h.span()
        if before is not None:
            t = before.search(text, max(0, a - 40), a)
            if t is None:
                continue
            a = t.start()
        t = after.match(text, b)
        if t is None:
            continue
        b = t.end()
        k = bisect_left(starts, b)
        if k and mentions[k - 1].end > a:
            continue  # part of a name already found
        target = _antecedent(policies, a, sentence_of(a), _kind(h.group()))
        if target is not None:
            c = target.best
            cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
            out.append(Found(a, b, text[a:b], [cand], sentence_of(a), ref=True))
    return out


def _bare_lists(text: str, lang: str, mentions: list[Found], policies: list[Found], sentence_of):
    """Ref mentions for a bare "the list" / "danh sách" something is put on or is on.

    "Cambricon bị đưa vào danh sách", "the chipmaker was added to the list": the list
    is the last list the document named, however far back.
    """
    out = []
    taken = [(m.start, m.end) for m in mentions]
    for hit in _BARE_LIST.get(lang, _BARE_LIST["en"]).finditer(text):
        a, b = hit.span("h")
        if any(s < b and a < e for s, e in taken):
            continue
        target = next(
            (
                m
                for m in reversed(policies)
                if m.end <= a and _kind(f"{m.best.name} {m.text}") == "list"
            ),
            None,
        )
        if target is not None:
            c = target.best
            cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
            out.append(Found(a, b, text[a:b], [cand], sentence_of(a), ref=True))
    return out


def _antecedent(policies: list[Found], at: int, sentence: int, kind: str) -> Found | None:
    """The nearest policy of `kind` before `at`, at most `_BACK` sentences back."""
    for m in reversed(policies):
        if m.start >= at:
            continue
        if m.sentence < sentence - _BACK:
            return None
        if _kind(f"{m.best.name} {m.text}") == kind:
            return m
    return None
