"""A leader's administration is the state it governs: "the Biden administration imposed the
controls", "quy tắc mà chính quyền Biden ban hành".

News names a government by its head ("the Trump administration", "chính quyền Tổng thống
Donald Trump"); the facts told of it (issuing a rule, curbing exports) are the state's,
as for a capital standing for its state (`policy_facts.as_states`). The pair rules read
the sentence again with the person's mention (grown to "Biden administration") as the
state the catalogue gives as the person's country; the facts of that state are kept.
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue
from extract.relations.rules import Match, match_pairs
from extract.spans import Candidate, Found

__all__ = ["administrations"]

_AFTER = {
    "en": re.compile(r"(?:'s|’s)? administration\b(?! of)", re.IGNORECASE),
    "vi": re.compile(r"$^"),  # never: Vietnamese names the government first
}
_BEFORE = {
    "en": re.compile(r"\badministration of (?:president |former president )?$", re.IGNORECASE),
    "vi": re.compile(
        r"\b(?:chính quyền|chính phủ|nội các)(?: của)?(?: (?:cựu )?tổng thống| ông)?\s$",
        re.IGNORECASE,
    ),
}


def administrations(
    text: str, lang: str, mentions: list[Found], catalogue: Catalogue
) -> list[Match]:
    """The pair matches of each administration named by its leader, read as the state.

    Only the matches with the state on one side are new: the others are those of the
    sentence as written (where the person, not a place, stands between the names)."""
    governed = _governed(text, lang, mentions, catalogue)
    if governed is mentions:
        return []
    states = {id(g) for g, m in zip(governed, mentions) if g is not m}
    return [
        m
        for m in match_pairs(text, lang, governed)
        if id(m.source) in states or id(m.target) in states
    ]


def _governed(text: str, lang: str, mentions: list[Found], catalogue: Catalogue) -> list[Found]:
    """`mentions`, with each leader named for the administration read as the state."""
    after, before = _AFTER.get(lang), _BEFORE.get(lang)
    if after is None:
        return mentions
    out = mentions
    for k, m in enumerate(mentions):
        if m.type != "Person" or m.ref:
            continue
        entry = catalogue.entries.get(m.best.id)
        state = catalogue.entries.get(entry.country) if entry and entry.country else None
        if state is None or state.type != "Location":
            continue
        tail = after.match(text, m.end)
        head = before.search(text, max(0, m.start - 40), m.start)
        if tail is None and head is None:
            continue
        if out is mentions:
            out = list(mentions)
        # the mention spans the whole name of the government ("Biden administration")
        start = head.start() if head else m.start
        end = tail.end() if tail else m.end
        cand = Candidate(state.id, state.name, state.type, "catalogue", m.best.confidence)
        out[k] = Found(start, end, text[start:end], [cand], m.sentence, m.ref)
    return out
