"""The working objects the pipeline components share on a spaCy `Doc`.

Components read and write `doc._.rg` (a `DocState`): the document context, the
mentions found so far, the date expressions and the relations. Everything is a
char span in the document text, so nothing depends on token boundaries after
matching.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from graph.model import Sentence

__all__ = ["Candidate", "DateExpr", "DocState", "Fact", "Found", "overlaps", "state"]


@dataclass(slots=True)
class Candidate:
    """One reading of a mention: which entity it may be, and how we know."""

    id: str
    name: str
    type: str
    source: str = "catalogue"  # catalogue, discovery, statistical
    confidence: float = 1.0


@dataclass(slots=True)
class Found:
    """A mention (or, with `ref`, a pronoun or short reference) in the text."""

    start: int
    end: int
    text: str
    candidates: list[Candidate]
    sentence: int = 0
    ref: bool = False
    chosen: int = 0
    inner: list[Found] = field(default_factory=list)  # catalogue names inside this one

    @property
    def best(self) -> Candidate:
        return self.candidates[self.chosen]

    @property
    def type(self) -> str:
        return self.candidates[self.chosen].type


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression in the text, resolved to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""

    start: int
    end: int
    value: str


@dataclass(slots=True)
class Fact:
    """A relation found by a rule, before entities are merged across documents."""

    source: Found
    type: str
    target: Found
    source_id: str
    target_id: str
    start: int
    end: int
    sentence: int
    rule: str
    confidence: float
    date: str | None = None


@dataclass(slots=True)
class DocState:
    """What the pipeline knows about one document while it works on it."""

    language: str
    published: str | None
    sentences: list[Sentence]
    text: str = ""  # the document text (reading `Doc.text` joins every token each time)
    skip: list[tuple[int, int]] = field(default_factory=list)  # furniture char ranges
    mentions: list[Found] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    date_finder: Callable[[DocState, int], list[DateExpr]] | None = None
    _starts: list[int] = field(default_factory=list)
    _dates: dict[int, list[DateExpr]] = field(default_factory=dict)
    _skip_starts: list[int] | None = None  # sorted starts of `skip`, built on first use
    _skip_reach: list[int] = field(default_factory=list)  # running max of the ends

    def dates_in(self, index: int) -> list[DateExpr]:
        """Date expressions of sentence `index` (found on first request)."""
        if index not in self._dates:
            finder = self.date_finder
            self._dates[index] = finder(self, index) if finder else []
        return self._dates[index]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding char `offset` (the previous one if between)."""
        if not self._starts:
            self._starts = [s.start for s in self.sentences]
        return max(0, bisect_right(self._starts, offset) - 1)

    def skipped(self, start: int, end: int) -> bool:
        """Whether the span lies in page furniture (inside one `skip` range).

        >>> st = DocState("en", None, [], skip=[(0, 5), (2, 20)])
        >>> st.skipped(3, 18), st.skipped(18, 25)
        (True, False)

        Notes
        -----
        O(log n): among the ranges starting at or before `start`, one covers the
        span iff the largest end among them reaches `end` (a running max over
        the ranges sorted by start, built once; `skip` is fixed after set-up).
        """
        if not self.skip:
            return False
        starts = self._skip_starts
        if starts is None:
            ranges = sorted(self.skip)
            starts = self._skip_starts = [a for a, _ in ranges]
            reach, top = [], -1
            for _, b in ranges:
                top = max(top, b)
                reach.append(top)
            self._skip_reach = reach
        k = bisect_right(starts, start)
        return k > 0 and self._skip_reach[k - 1] >= end


def overlaps(mentions: list[Found]):
    """A function giving the mentions (in list order) that overlap a span [a, b).

    >>> near = overlaps([Found(0, 6, "OpenAI", []), Found(10, 15, "Sora2", [])])
    >>> [f.text for f in near(4, 12)], near(6, 10)
    (['OpenAI', 'Sora2'], [])

    Notes
    -----
    For mentions in text order, O(log n + k) per call: binary search for the
    last mention starting before b, then walk back while the running max of
    the ends passes a. Otherwise a plain scan.
    """
    starts = [f.start for f in mentions]
    if any(x > y for x, y in itertools.pairwise(starts)):
        return lambda a, b: [f for f in mentions if not (b <= f.start or a >= f.end)]
    reach = list(itertools.accumulate((f.end for f in mentions), max))

    def overlapping(a: int, b: int) -> list[Found]:
        k = bisect_left(starts, b) - 1
        out = []
        while k >= 0 and reach[k] > a:
            if mentions[k].end > a:
                out.append(mentions[k])
            k -= 1
        out.reverse()
        return out

    return overlapping


if not Doc.has_extension("rg"):
    Doc.set_extension("rg", default=None)


def state(doc: Doc) -> DocState:
    """The `DocState` of `doc`; a bare doc (no context given) gets a fresh one."""
    st = doc._.rg
    if st is None:
        from extract.text import split_sentences

        text = doc.text
        st = DocState(doc.lang_ or "en", None, split_sentences(text), text)
        doc._.rg = st
    return st
