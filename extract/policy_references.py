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
    if not policies or not heads:
        return []
    before = _BEFORE.get(lang)
    after = _AFTER.get(lang, _AFTER["en"])
    starts = [m.start for m in mentions]
    out = []
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
