"""Short names: an organisation named in full once, then by its head word.

"Talen Energy sold the campus ... Talen said" and "Kairos Power, a startup ...
Kairos signed with Google": news names a company in full once and then by the
words before its trade or legal suffix. Once the document names an organisation
whose last words are such suffixes ("Energy", "Power", "Technologies", "Labs"),
its head ("Talen", "Black Forest") standing alone elsewhere in the document is
the same organisation (also where a cue found the head as a name of its own), unless the head is itself a known name, a sentence
opener or a common capitalised word, or stands inside another mention. (A person's
surname or given name standing alone is resolution's `_short_names`.)
"""

from __future__ import annotations

import re
from operator import attrgetter

from extract.catalogue import Catalogue
from extract.cues import COMPANY_ENDINGS, DATE_WORDS, DEMONYMS, GENERIC_NAMES, LEADING_WORDS
from extract.spans import Candidate, Found, overlaps
from extract.text import whole_words

__all__ = ["short_names"]


def short_names(st, catalogue: Catalogue) -> None:
    """Add to `st.mentions` the head words of its organisations where they stand alone."""
    heads: dict[str, Candidate] = {}
    for m in st.mentions:
        cand = m.candidates[m.chosen]
        if cand.type != "Organization" or m.ref:
            continue
        head = _head(m.text)
        if head and head not in heads and not catalogue.lookup(head):
            heads[head] = cand
    if not heads:
        return
    for m in st.mentions:  # the head found on its own from a cue: the same company
        c = heads.get(m.text)
        if c is not None and m.best.source == "discovery" and m.best.type == "Organization":
            m.candidates, m.chosen = [_reading(c)], 0
    taken = overlaps(st.mentions)
    new = []
    for hit in re.finditer(whole_words(list(heads)), st.text):
        a, b = hit.span()
        if taken(a, b) or st.skipped(a, b) or st.text[b : b + 1] == "-":
            continue
        new.append(Found(a, b, hit.group(), [_reading(heads[hit.group()])], st.sentence_of(a)))
    if new:
        st.mentions = sorted(st.mentions + new, key=attrgetter("start"))


def _reading(c: Candidate) -> Candidate:
    return Candidate(c.id, c.name, c.type, c.source, round(c.confidence * 0.9, 3))


def _head(name: str) -> str | None:
    """The words of `name` before its trailing suffixes, when they may stand alone."""
    words = name.split()
    k = len(words)
    while k > 1 and words[k - 1] in COMPANY_ENDINGS:
        k -= 1
    if k == len(words) or k == 0:
        return None  # no suffix to drop
    head = words[:k]
    first = head[0]
    if (
        len(" ".join(head)) < 4
        or not first[:1].isupper()
        or first in LEADING_WORDS
        or first in GENERIC_NAMES
        or first in DEMONYMS
        or first in DATE_WORDS
        or any(w.isupper() and len(w) <= 3 for w in head)  # "SK", "LG": too short to stand
    ):
        return None
    return " ".join(head)
